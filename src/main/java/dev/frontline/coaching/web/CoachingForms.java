package dev.frontline.coaching.web;

import dev.frontline.coaching.Inputs;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The coaching pages' forms, each bound to a record ({@code @Valid} with a {@code BindingResult}, checked by
 * {@link dev.frontline.system.web.FormBinding}): a whole number that is not one, or a negative version, comes back to
 * the page named by its field. Blank optional fields mean "not given". The dates and times stay text here: the
 * coaching facade reads them in the viewer's time zone and names the field when one does not parse.
 */
final class CoachingForms {

    private CoachingForms() {
    }

    record Cadence(@Nullable String cadence, @Nullable String firstAt, @Nullable Integer durationMinutes,
                   @Nullable @PositiveOrZero(message = "is zero or more") Integer version) {

        Inputs.CadenceInput input() {
            return new Inputs.CadenceInput(cadence, firstAt, durationMinutes, version);
        }
    }

    record Booking(@Nullable String startsAt, @Nullable Integer durationMinutes) {

        Inputs.MeetingInput input() {
            return new Inputs.MeetingInput(startsAt, durationMinutes);
        }
    }

    record MeetingChange(@Nullable String startsAt, @Nullable Integer durationMinutes, @Nullable String status,
                         @Nullable String sharedNotes,
                         @Nullable @PositiveOrZero(message = "is zero or more") Integer version) {

        MeetingChange {
            startsAt = blank(startsAt);
            status = blank(status);
        }

        Inputs.MeetingChange input() {
            return new Inputs.MeetingChange(startsAt, durationMinutes, status, sharedNotes, version);
        }

        /** What the change did, for the notice. */
        String notice() {
            return status != null ? switch (status) {
                case "HELD" -> "Recorded as held.";
                case "CANCELLED" -> "Cancelled.";
                default -> "Saved.";
            } : startsAt != null ? "Moved." : "Shared notes saved.";
        }
    }

    record Action(@Nullable String text, @Nullable String owner, @Nullable String dueOn) {

        Inputs.ActionInput input() {
            return new Inputs.ActionInput(text, owner, blank(dueOn));
        }
    }

    /** Ticking an action done or open again; {@code back} is where the form came from. */
    record ActionChange(@Nullable String done, @Nullable @PositiveOrZero(message = "is zero or more") Integer version,
                        @Nullable String back) {

        boolean isDone() {
            return "true".equals(done);
        }

        Inputs.ActionChange input() {
            return new Inputs.ActionChange(isDone(), null, null, null, version);
        }
    }

    record PrivateNote(@Nullable String text, @Nullable @PositiveOrZero(message = "is zero or more") Integer version) {
    }

    /**
     * A new plan. The baseline and target stay text, read by {@code CoachingPages.decimal} (which also takes "$1,200"
     * and "35%"); the actions are one per line.
     */
    record Plan(@Nullable String competency, @Nullable String metric, @Nullable String segment,
                @Nullable String baseline, @Nullable String baselineFrom, @Nullable String baselineTo,
                @Nullable String target, @Nullable String startsOn, @Nullable String reviewOn,
                @Nullable String actions) {

        Plan {
            segment = blank(segment);
            baselineFrom = blank(baselineFrom);
            baselineTo = blank(baselineTo);
            startsOn = blank(startsOn);
        }

        List<String> actionLines() {
            List<String> lines = new ArrayList<>();
            for (String line : (actions == null ? "" : actions).split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
    }

    /** Ticking a plan's actions done, or finishing the plan with a note. */
    record PlanChange(@Nullable List<Long> done, @Nullable String finish, @Nullable String note,
                      @Nullable @PositiveOrZero(message = "is zero or more") Integer version) {

        boolean finishes() {
            return "true".equals(finish);
        }

        Inputs.PlanChange input() {
            return new Inputs.PlanChange(finishes() ? null : done == null ? List.of() : done, finishes(), note, version);
        }
    }

    record Topic(@Nullable String competency, @Nullable String text) {

        Inputs.TopicInput input() {
            return new Inputs.TopicInput(blank(competency), text);
        }
    }

    /** Marking a coaching request addressed; {@code back} is where the form came from. */
    record Addressed(@Nullable @PositiveOrZero(message = "is zero or more") Integer version, @Nullable String back) {
    }

    static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
