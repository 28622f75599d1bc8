package com.partsbridge.tradein.feed.boundary;

/** A large feed was stored and waits for its batch job; fired inside the upload's transaction. */
public record FeedQueued(long feedId) {}
