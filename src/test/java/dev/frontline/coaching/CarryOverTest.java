package dev.frontline.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryOverTest {

    private static final Instant M1 = Instant.parse("2026-10-06T10:00:00Z");
    private static final Instant M2 = Instant.parse("2026-10-20T10:00:00Z");
    private static final Instant M3 = Instant.parse("2026-11-03T10:00:00Z");
    private static final Instant M4 = Instant.parse("2026-11-17T10:00:00Z");

    private static ActionItem action(long id, long meeting, Instant raisedAt, Instant doneAt) {
        return new ActionItem(id, 7, meeting, raisedAt, "action " + id, Owner.REP, null, doneAt, null, "x", false, 0);
    }

    @Test
    void anOpenActionShowsOnEveryLaterMeetingUntilDone() {
        List<ActionItem> actions = List.of(action(1, 1, M1, null), action(2, 1, M1, M2.plusSeconds(3600)),
                action(3, 2, M2, null));

        assertThat(CarryOver.on(1, M1, actions)).extracting(a -> a.action().id()).containsExactly(1L, 2L);
        assertThat(CarryOver.on(2, M2, actions)).extracting(a -> a.action().id()).containsExactly(1L, 2L, 3L);
        assertThat(CarryOver.on(3, M3, actions)).extracting(a -> a.action().id()).containsExactly(1L, 3L);
        assertThat(CarryOver.on(4, M4, actions)).extracting(a -> a.action().id()).containsExactly(1L, 3L);
    }

    @Test
    void marksWhatWasCarriedOverAndWhatWasDoneAfterTheMeetingStarted() {
        List<ActionItem> actions = List.of(action(1, 1, M1, null), action(2, 1, M1, M2.plusSeconds(3600)));

        List<ShownAction> onSecond = CarryOver.on(2, M2, actions);

        assertThat(onSecond).allMatch(ShownAction::carriedOver);
        assertThat(onSecond.get(1).doneSince()).isTrue();
        assertThat(CarryOver.on(1, M1, actions)).noneMatch(ShownAction::carriedOver);
    }

    @Test
    void anActionDoneBeforeAMeetingStartsDoesNotShowThere() {
        List<ActionItem> actions = List.of(action(1, 1, M1, M2.minusSeconds(60)));

        assertThat(CarryOver.on(2, M2, actions)).isEmpty();
    }

    @Test
    void anEarlierMeetingDoesNotShowActionsRaisedLater() {
        List<ActionItem> actions = List.of(action(1, 3, M3, null));

        assertThat(CarryOver.on(1, M1, actions)).isEmpty();
        assertThat(CarryOver.on(4, M4, actions)).hasSize(1);
    }
}
