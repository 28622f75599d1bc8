package com.partsbridge.tradein.feed.control;

import com.partsbridge.tradein.partner.entity.Offer;
import com.partsbridge.tradein.partner.entity.SupplyTerms;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes a feed chunk's offers to {@code trd_offer} as set-based JDBC batches, in the caller's transaction (the
 * datasource hands out the connection already enlisted in it, the one the persistence context uses). The
 * decisions (new, revised, unchanged) are made before, on {@link Offer} and {@link SupplyTerms}; this only
 * stores them. Half of an offer feed's time went to Hibernate's per-entity persist, dirty checking and flush
 * (bench/offer-feed.sh, JFR): rows that are only written need none of it. On PostgreSQL the datasource sets
 * {@code reWriteBatchedInserts}, so a batch of inserts travels as a few multi-row statements.
 */
@Dependent
public class OfferTable {

    private static final String INSERT = "insert into trd_offer (id, partner_id, partner_part_number,"
            + " our_part_number, price, currency, stock, lead_time_days) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "update trd_offer set our_part_number = ?, price = ?, currency = ?,"
            + " stock = ?, lead_time_days = ? where id = ?";

    @Resource(lookup = "java:jboss/datasources/PartsBridgeDS")
    DataSource dataSource;

    /** An offer as stored: enough to decide whether a row revises it. */
    public record Stored(long id, String ourPartNumber, SupplyTerms terms) {}

    /** A stored offer given new terms. */
    public record Revision(long id, String ourPartNumber, SupplyTerms terms) {}

    /** Inserts new offers of one partner, and stores revised terms of existing ones. */
    public void write(long partnerId, List<Offer> created, List<Revision> revised) {
        if (created.isEmpty() && revised.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!created.isEmpty()) {
                insert(connection, partnerId, created);
            }
            if (!revised.isEmpty()) {
                update(connection, revised);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("offers not written: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection connection, long partnerId, List<Offer> offers) throws SQLException {
        long[] ids = ids(connection, offers.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < offers.size(); i++) {
                Offer offer = offers.get(i);
                SupplyTerms terms = offer.terms();
                insert.setLong(1, ids[i]);
                insert.setLong(2, partnerId);
                insert.setString(3, offer.partnerPartNumber());
                insert.setString(4, offer.ourPartNumber());
                insert.setBigDecimal(5, terms.price().amount());
                insert.setString(6, terms.price().currency());
                insert.setInt(7, terms.stock());
                insert.setInt(8, terms.leadTimeDays());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void update(Connection connection, List<Revision> revisions) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Revision revision : revisions) {
                update.setString(1, revision.ourPartNumber());
                update.setBigDecimal(2, revision.terms().price().amount());
                update.setString(3, revision.terms().price().currency());
                update.setInt(4, revision.terms().stock());
                update.setInt(5, revision.terms().leadTimeDays());
                update.setLong(6, revision.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Ids for new offers from the offer sequence, the way Hibernate's pooled optimizer reads it (so entity
     * inserts and these never meet): each value v of the sequence (incremented by {@link Offer#ID_BLOCK})
     * stands for the block v - ID_BLOCK + 1 .. v. A block reaching below 1 (the sequence's first value) is
     * skipped.
     */
    static long[] ids(Connection connection, int count) throws SQLException {
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            for (long top : nextValues(connection, (count - filled + Offer.ID_BLOCK - 1) / Offer.ID_BLOCK)) {
                for (long id = top - Offer.ID_BLOCK + 1; id <= top && filled < count; id++) {
                    if (id >= 1) {
                        ids[filled++] = id;
                    }
                }
            }
        }
        return ids;
    }

    private static List<Long> nextValues(Connection connection, int blocks) throws SQLException {
        List<Long> values = new ArrayList<>(blocks);
        if (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
            // one round trip for all blocks
            try (PreparedStatement next =
                    connection.prepareStatement("select nextval('trd_offer_seq') from generate_series(1, ?)")) {
                next.setInt(1, blocks);
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getLong(1));
                    }
                }
            }
        } else { // H2 runs in the server's JVM: a call is cheap
            try (PreparedStatement next = connection.prepareStatement("select nextval('trd_offer_seq')")) {
                for (int i = 0; i < blocks; i++) {
                    try (ResultSet rs = next.executeQuery()) {
                        rs.next();
                        values.add(rs.getLong(1));
                    }
                }
            }
        }
        return values;
    }
}
