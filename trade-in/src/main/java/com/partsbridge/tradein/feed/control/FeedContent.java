package com.partsbridge.tradein.feed.control;

import com.partsbridge.kernel.InvalidInputException;
import com.partsbridge.kernel.TooLargeException;
import com.partsbridge.tradein.feed.entity.FeedChunk;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;

/** An uploaded feed's bytes: received in slices with a size limit and a digest, stored, and read back. */
@Dependent
public class FeedContent {

    @PersistenceContext(unitName = "tradein")
    EntityManager em;

    /** The body of an upload, read into memory slices (bounded by {@code maxBytes}). */
    public record Received(List<byte[]> slices, long size, String sha256) {

        public InputStream stream() {
            List<InputStream> parts = new ArrayList<>();
            slices.forEach(s -> parts.add(new ByteArrayInputStream(s)));
            return new SequenceInputStream(Collections.enumeration(parts));
        }
    }

    public static Received receive(InputStream body, long maxBytes) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<byte[]> slices = new ArrayList<>();
        long size = 0;
        try (InputStream in = new DigestInputStream(body, sha)) {
            while (true) {
                byte[] slice = in.readNBytes(FeedChunk.SIZE);
                if (slice.length == 0) {
                    break;
                }
                size += slice.length;
                if (size > maxBytes) {
                    throw new TooLargeException(
                            "feed-too-large", "a feed is at most " + maxBytes + " bytes; split it into several feeds");
                }
                slices.add(slice);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("body", "the upload broke off before its end; send the feed again");
        }
        return new Received(slices, size, HexFormat.of().formatHex(sha.digest()));
    }

    public void store(long feedId, Received content) {
        for (int i = 0; i < content.slices().size(); i++) {
            em.persist(new FeedChunk(feedId, i, content.slices().get(i)));
        }
    }

    /** The stored feed, one slice fetched at a time as the reader needs it. */
    public InputStream read(long feedId) {
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private int next;
            private byte[] ahead = fetch(0);

            @Override
            public boolean hasMoreElements() {
                return ahead != null;
            }

            @Override
            public InputStream nextElement() {
                if (ahead == null) {
                    throw new NoSuchElementException();
                }
                InputStream current = new ByteArrayInputStream(ahead);
                ahead = fetch(++next);
                return current;
            }

            private byte[] fetch(int seq) {
                FeedChunk chunk = em.find(FeedChunk.class, new FeedChunk.Key(feedId, seq));
                if (chunk == null) {
                    return null;
                }
                byte[] data = chunk.data();
                em.detach(chunk); // read once; keep the persistence context small
                return data;
            }
        });
    }

    /** Applied feeds need their rows no more; the report stays. */
    public void discard(long feedId) {
        em.createQuery("delete from FeedChunk c where c.feedId = :feed")
                .setParameter("feed", feedId)
                .executeUpdate();
    }
}
