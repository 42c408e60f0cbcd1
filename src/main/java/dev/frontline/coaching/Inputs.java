package dev.frontline.coaching;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What callers send. Dates and times come as text (ISO: {@code 2026-12-01}, {@code 2026-12-01T10:00} in the
 * schedule's time zone, or with an offset) so that a wrong one is named in a 422 rather than a bare 400.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A cadence: {@code weekly}, {@code biweekly} or {@code monthly}, from a first meeting, for a duration. */
    public record CadenceInput(@Nullable String cadence, @Nullable String firstAt, @Nullable Integer durationMinutes,
                               @Nullable Integer version) {
    }

    /** A 1:1 scheduled by hand. */
    public record MeetingInput(@Nullable String startsAt, @Nullable Integer durationMinutes) {
    }

    /** A change to a 1:1: any of its time, length, status and shared notes, with the version read. */
    public record MeetingChange(@Nullable String startsAt, @Nullable Integer durationMinutes, @Nullable String status,
                                @Nullable String sharedNotes, @Nullable Integer version) {
    }

    public record AgendaInput(@Nullable String text) {
    }

    /** A new action item: what, who carries it ({@code rep} or {@code manager}) and by when. */
    public record ActionInput(@Nullable String text, @Nullable String owner, @Nullable String dueOn) {
    }

    /** A change to an action item: done or not, and optionally its text, owner and due date. */
    public record ActionChange(@Nullable Boolean done, @Nullable String text, @Nullable String owner,
                               @Nullable String dueOn, @Nullable Integer version) {
    }

    public record PrivateNoteInput(@Nullable String text, @Nullable Integer version) {
    }

    /**
     * A new coaching plan. {@code baseline} may be left out: it is then measured over {@code baselineFrom} to
     * {@code baselineTo} when given, else over the planned length just before the start. A baseline given with its
     * window says which days it was measured over (a suggestion's plan does); one given without is kept as entered.
     * {@code startsOn} defaults to today and may lie up to a year back (a plan agreed earlier).
     */
    public record PlanInput(@Nullable String competency, @Nullable String metric, @Nullable String segment,
                            @Nullable BigDecimal baseline, @Nullable String baselineFrom, @Nullable String baselineTo,
                            @Nullable BigDecimal target, @Nullable String startsOn, @Nullable String reviewOn,
                            @Nullable List<String> actions) {
    }

    /** A change to a plan: actions ticked (their ids) and, to finish it, {@code finish: true} with a note. */
    public record PlanChange(@Nullable List<Long> actionsDone, @Nullable Boolean finish, @Nullable String note,
                             @Nullable Integer version) {
    }

    /** A coaching topic the rep asks for: optionally a competency, and what they want help with. */
    public record TopicInput(@Nullable String competency, @Nullable String text) {
    }
}
