package com.partsbridge.kernel;

/** A page of a list: zero-based index and a bounded size. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Deep enough for any real list; with the largest size the offset still fits an int. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "page must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
