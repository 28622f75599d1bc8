package com.partsbridge.kernel;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of results and the total count, so a client can page on. */
public record Page<T>(List<T> items, int page, int size, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
