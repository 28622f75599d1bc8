package com.partsbridge.tradein.feed.entity;

/** How a feed is written: RFC 4180 CSV with a header row, or a JSON array of offer objects. */
public enum FeedFormat {
    CSV,
    JSON
}
