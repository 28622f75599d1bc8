package com.partsbridge.web.pages.admin.catalog;

import com.partsbridge.catalog.audit.boundary.ChangeView;
import com.partsbridge.web.api.problem.Failure;
import com.partsbridge.web.api.problem.Failures;
import com.partsbridge.web.pages.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A catalog form sent on a view of a part or model that someone changed since the page loaded it. Nothing is
 * saved: the page loads it again, fills its forms with the values as they are now and says who changed what,
 * from the fresh trail, so the admin decides again knowing the other change instead of silently undoing it.
 */
final class ChangedMeanwhile {

    private ChangedMeanwhile() {}

    /**
     * Runs a change of the catalog: when it is refused because the page's view was stale, {@code reloadAndSay}
     * loads the subject again and tells the admin; any other refusal is shown as {@link Messages} shows it.
     */
    static <T> T attempt(Supplier<T> change, Map<String, String> fieldIds, Runnable reloadAndSay) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            Failure failure = Failures.classify(e);
            if (refused(failure)) {
                reloadAndSay.run();
            } else {
                Messages.refused(failure, fieldIds);
            }
            return null;
        }
    }

    /** Refused because the view was stale: the boundary's check, or two saves of one view at once. */
    private static boolean refused(Failure failure) {
        return failure.status() == 409
                && (failure.code().startsWith("stale-") || failure.code().equals("concurrent-change"));
    }

    /** "BD-880-U was changed by admin at 12:01 PM (list price: 12.40 EUR to 13.00 EUR) while you had it open; ..." */
    static String message(String subject, List<ChangeView> recent, Function<Instant, String> time) {
        String by = recent.isEmpty()
                ? "someone"
                : recent.get(0).actor() + " at " + time.apply(recent.get(0).at()) + " (" + change(recent.get(0)) + ")";
        return subject + " was changed by " + by + " while you had it open, so your change was not saved. Here it"
                + " is as it is now: check it and make your change again if it is still needed.";
    }

    private static String change(ChangeView c) {
        return c.before() == null ? c.what() + ": " + c.after() : c.what() + ": " + c.before() + " to " + c.after();
    }
}
