package com.partsbridge.web.impact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import org.junit.jupiter.api.Test;

/**
 * What watching costs a customer's request that went well: the path match, the role check and two clock reads
 * (no database, no allocation beyond the journey lookup). Printed so the README's figure can be checked.
 */
class RequestWatchCostTest {

    @Test
    void aRequestThatWentWellCostsMicrosecondsAtMost() throws Exception {
        RequestWatch watch = new RequestWatch();
        watch.faults = new FaultSwitch(false);
        HttpServletRequest request = stub(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getRequestURI" -> "/api/v1/my/rmas";
            case "getContextPath" -> "";
            case "getMethod" -> "GET";
            case "getUserPrincipal" -> (Principal) () -> "alice";
            case "isUserInRole" -> true;
            default -> null;
        });
        HttpServletResponse response = stub(HttpServletResponse.class, (method, args) -> switch (method) {
            case "getStatus" -> 200;
            default -> null;
        });
        FilterChain chain = (req, res) -> {};

        for (int i = 0; i < 100_000; i++) { // warm-up
            watch.doFilter(request, response, chain);
        }
        int runs = 300_000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            watch.doFilter(request, response, chain);
        }
        double nanos = (System.nanoTime() - start) / (double) runs;

        System.out.printf("RequestWatch on a request that went well: %.0f ns%n", nanos);
        assertTrue(nanos < 50_000, "well under a millisecond: " + nanos + " ns");
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object value = answer.answer(method.getName(), args);
            if (value == null && method.getReturnType() == boolean.class) {
                return false;
            }
            if (value == null && method.getReturnType() == int.class) {
                return 0;
            }
            return value;
        });
    }
}
