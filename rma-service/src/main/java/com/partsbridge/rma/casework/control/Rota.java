package com.partsbridge.rma.casework.control;

import java.util.List;
import java.util.Map;

/**
 * Picks a case's owner from a topic's rota: whoever has the fewest open cases, the first in the rota on a
 * tie. Loads come from the database, so every node picks alike and nothing lives in memory.
 */
public record Rota(List<String> members) {

    public Rota {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a rota names at least one owner");
        }
        members = List.copyOf(members);
    }

    public String pick(Map<String, Long> openCases) {
        String chosen = members.get(0);
        long least = openCases.getOrDefault(chosen, 0L);
        for (String member : members) {
            long load = openCases.getOrDefault(member, 0L);
            if (load < least) {
                chosen = member;
                least = load;
            }
        }
        return chosen;
    }
}
