package dev.frontline.coaching;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action item: raised in a 1:1, carried by the rep or the manager, open until marked done.
 *
 * @param raisedIn   the meeting it was raised in
 * @param raisedAt   when that meeting starts: the action shows on every later meeting until done
 */
public record ActionItem(long id, long repId, long raisedIn, Instant raisedAt, String text, Owner owner,
                         @Nullable LocalDate dueOn, @Nullable Instant doneAt, @Nullable String doneBy,
                         String createdBy, boolean demo, int version) {

    public boolean done() {
        return doneAt != null;
    }

    /** Open and past its due date on {@code today}. */
    public boolean late(LocalDate today) {
        return !done() && dueOn != null && dueOn.isBefore(today);
    }
}
