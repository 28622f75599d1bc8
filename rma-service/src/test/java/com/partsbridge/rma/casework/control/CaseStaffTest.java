package com.partsbridge.rma.casework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partsbridge.rma.casework.entity.Topic;
import org.junit.jupiter.api.Test;

/** The shipped defaults keep the promises the README makes. */
class CaseStaffTest {

    private static long hours(String key) {
        return Long.parseLong(CaseStaff.DEFAULTS.get(key));
    }

    @Test
    void lettersToLeadershipHaveTheShortestDeadline() {
        long leadership = hours("deadline-hours.leadership");
        for (Topic topic : Topic.values()) {
            if (topic != Topic.LEADERSHIP) {
                assertTrue(leadership < hours("deadline-hours." + topic.key()), topic::name);
            }
        }
    }

    @Test
    void everyTopicButLeadershipHasARotaOfNamedStaff() {
        for (Topic topic : Topic.values()) {
            if (topic != Topic.LEADERSHIP) {
                for (String owner :
                        CaseStaff.DEFAULTS.get("rota." + topic.key()).split(",")) {
                    assertTrue(CaseStaff.DEFAULTS.containsKey("staff." + owner + ".name"), owner);
                }
            }
        }
        assertEquals("victor", CaseStaff.DEFAULTS.get("executive"));
    }
}
