package dev.frontline.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void laysOutOnlyFutureOccurrencesWithinTwelveWeeks() {
        Instant first = Instant.parse("2026-09-01T10:00:00Z");

        List<Instant> weekly = Schedule.upcoming(Cadence.WEEKLY, first, NOW, ZoneOffset.UTC);

        assertThat(weekly).first().isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(weekly).hasSize(12).allMatch(i -> i.isAfter(NOW) && !i.isAfter(NOW.plus(Schedule.HORIZON)));
        assertThat(Schedule.upcoming(Cadence.BIWEEKLY, first, NOW, ZoneOffset.UTC)).first()
                .isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
        assertThat(Schedule.upcoming(Cadence.MONTHLY, first, NOW, ZoneOffset.UTC))
                .containsExactly(Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2027-01-01T10:00:00Z"),
                        Instant.parse("2027-02-01T10:00:00Z"));
    }

    @Test
    void keepsTheLocalTimeAcrossADaylightSavingChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant first = Instant.parse("2026-10-20T08:00:00Z");

        List<Instant> weekly = Schedule.upcoming(Cadence.WEEKLY, first, Instant.parse("2026-10-21T00:00:00Z"), berlin);

        assertThat(weekly).allMatch(i -> i.atZone(berlin).getHour() == 10);
    }

    @Test
    void aFutureFirstMeetingStartsTheSeries() {
        Instant first = Instant.parse("2026-12-10T09:00:00Z");

        assertThat(Schedule.upcoming(Cadence.BIWEEKLY, first, NOW, ZoneOffset.UTC)).first().isEqualTo(first);
    }

    @Test
    void isOverdueOnceAStepHasPassedSinceTheLastOneHeld() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        LocalDate since = LocalDate.of(2026, 1, 1);

        assertThat(Schedule.due(Cadence.WEEKLY, LocalDate.of(2026, 11, 20), since, null)).isEqualTo(today);
        assertThat(Schedule.daysOverdue(today, today)).isZero();
        assertThat(Schedule.daysOverdue(Schedule.due(Cadence.WEEKLY, LocalDate.of(2026, 11, 10), since, null), today))
                .isEqualTo(10);
        assertThat(Schedule.due(Cadence.MONTHLY, LocalDate.of(2026, 10, 31), since, null)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Schedule.due(Cadence.BIWEEKLY, null, LocalDate.of(2026, 11, 20), null)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void aNewCadenceIsAFreshStartNotABacklog() {
        assertThat(Schedule.due(Cadence.WEEKLY, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 25), null))
                .isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aRepWhoJoinedTodayIsNotOverdueCadencesStartAtTheJoinDate() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        // Cadence set nine days ago (18 Nov), nothing held, the rep joined today: due a week after today, not 2 days ago.
        LocalDate due = Schedule.due(Cadence.WEEKLY, null, LocalDate.of(2026, 11, 18), today);

        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(Schedule.daysOverdue(due, today)).isZero();
        // Without the join date the same cadence is 2 days overdue (due 25 Nov).
        assertThat(Schedule.daysOverdue(Schedule.due(Cadence.WEEKLY, null, LocalDate.of(2026, 11, 18), null), today))
                .isEqualTo(2);
        // A 1:1 held after joining counts from the 1:1.
        assertThat(Schedule.due(Cadence.BIWEEKLY, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 12, 4));
    }
}
