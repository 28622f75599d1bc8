package com.partsbridge.tradein.feed.entity;

/** What one chunk of feed rows did to the partner's offers. */
public record ChunkResult(int rows, int created, int updated, int unchanged, int rejected) {}
