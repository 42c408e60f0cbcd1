package dev.frontline.coaching;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which action items a meeting shows: those raised in it, and those raised in an earlier meeting of the rep that
 * were still open when it started (not done, or done only after its start). So an open action shows on every
 * later meeting until it is marked done, and a past meeting still shows what was open at the time.
 */
final class CarryOver {

    private CarryOver() {
    }

    static List<ShownAction> on(long meetingId, Instant startsAt, List<ActionItem> actionsOfRep) {
        return actionsOfRep.stream()
                .filter(a -> a.raisedIn() == meetingId || (a.raisedAt().isBefore(startsAt)
                        && (a.doneAt() == null || !a.doneAt().isBefore(startsAt))))
                .sorted(Comparator.comparing(ActionItem::raisedAt).thenComparingLong(ActionItem::id))
                .map(a -> new ShownAction(a, a.raisedIn() != meetingId,
                        a.doneAt() != null && !a.doneAt().isBefore(startsAt)))
                .toList();
    }
}
