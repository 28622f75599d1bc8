package com.partsbridge.rma.casework.control;

import com.partsbridge.rma.casework.entity.LadderStep;
import com.partsbridge.rma.casework.entity.Topic;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Who answers what, from MicroProfile Config (system properties, or environment variables such as
 * {@code PARTSBRIDGE_CASES_ROTA_PARTS=rita,admin}): a rota and a reply deadline per topic, the team lead and
 * the executive with their deadlines, and staff display names. Defaults fit the demo accounts.
 */
@Dependent
public class CaseStaff {

    static final String PREFIX = "partsbridge.cases.";

    /** Defaults; leadership has the shortest deadline, it goes straight to the executive. */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("rota.parts", "rita,admin"),
            Map.entry("rota.rma", "rita,admin"),
            Map.entry("rota.billing", "admin,rita"),
            Map.entry("rota.other", "rita,admin"),
            Map.entry("deadline-hours.parts", "24"),
            Map.entry("deadline-hours.rma", "24"),
            Map.entry("deadline-hours.billing", "48"),
            Map.entry("deadline-hours.other", "72"),
            Map.entry("deadline-hours.leadership", "8"),
            Map.entry("team-lead", "lena"),
            Map.entry("team-lead.deadline-hours", "24"),
            Map.entry("executive", "victor"),
            Map.entry("executive.deadline-hours", "8"),
            Map.entry("staff", "rita,admin,lena,victor"),
            Map.entry("staff.rita.name", "Rita Alvarez, Customer Care"),
            Map.entry("staff.admin.name", "Sam Becker, Customer Care"),
            Map.entry("staff.lena.name", "Lena Ortiz, Customer Care Team Lead"),
            Map.entry("staff.victor.name", "Victor Hale, Chief Executive"));

    @Inject
    Config config;

    /** The owner at the start: the executive for letters to leadership, else the topic's rota. */
    public LadderStep firstStep(Topic topic) {
        return topic == Topic.LEADERSHIP ? LadderStep.EXECUTIVE : LadderStep.OWNER;
    }

    public Rota rota(Topic topic) {
        if (topic == Topic.LEADERSHIP) {
            return new Rota(List.of(executive()));
        }
        return new Rota(list("rota." + topic.key()));
    }

    public Instant deadline(Topic topic, Instant from) {
        return from.plus(Duration.ofHours(hours("deadline-hours." + topic.key())));
    }

    /**
     * The time whoever holds a case at {@code step} has to answer it, from {@code from}: the topic's on its
     * first rung, the ladder's above it (as when it climbed there).
     */
    public Instant deadline(Topic topic, LadderStep step, Instant from) {
        if (step == firstStep(topic)) {
            return deadline(topic, from);
        }
        Ladder ladder = ladder();
        return from.plus(step == LadderStep.TEAM_LEAD ? ladder.teamLeadTime() : ladder.executiveTime());
    }

    public Ladder ladder() {
        return new Ladder(
                value("team-lead"),
                Duration.ofHours(hours("team-lead.deadline-hours")),
                executive(),
                Duration.ofHours(hours("executive.deadline-hours")));
    }

    public String executive() {
        return value("executive");
    }

    /** Everyone a case may be handed to. */
    public List<String> staff() {
        return list("staff");
    }

    public boolean isStaff(String username) {
        return staff().contains(username);
    }

    /** A person's name as customers read it; the username when none is configured. */
    public String name(String username) {
        return optional("staff." + username + ".name").orElse(username);
    }

    private long hours(String key) {
        String raw = value(key);
        try {
            long hours = Long.parseLong(raw.trim());
            if (hours < 1) {
                throw new NumberFormatException();
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(PREFIX + key + " must be a whole number of hours, at least 1: " + raw);
        }
    }

    private List<String> list(String key) {
        return Arrays.stream(value(key).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private String value(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException("no configuration for " + PREFIX + key));
    }

    private Optional<String> optional(String key) {
        return config.getOptionalValue(PREFIX + key, String.class).or(() -> Optional.ofNullable(DEFAULTS.get(key)));
    }
}
