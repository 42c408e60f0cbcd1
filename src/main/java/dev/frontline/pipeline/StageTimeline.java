package dev.frontline.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * A deal's stages over time, from its history ({@code opportunity_history}, field {@code stage}): the stage it was
 * in before its first recorded change, then each change in order. Answers, for any day, which stage the deal was in
 * at the end of that day and since when.
 *
 * @param initial the stage before the first change (the first change's old value; else its new value)
 * @param changes the changes, oldest first, dated in the viewer's time zone
 */
public record StageTimeline(String initial, List<Change> changes) {

    /** The deal entered {@code stage} on {@code on}. */
    public record Change(LocalDate on, String stage) {
    }

    public StageTimeline {
        changes = List.copyOf(changes);
    }

    /** The stage at the end of the day. */
    public String stageAt(LocalDate day) {
        String stage = initial;
        for (Change c : changes) {
            if (c.on().isAfter(day)) {
                break;
            }
            stage = c.stage();
        }
        return stage;
    }

    /**
     * The day the deal entered the stage it was in at the end of {@code day}: the last change on or before it, else
     * {@code created} (the deal's own start).
     */
    public LocalDate since(LocalDate day, LocalDate created) {
        LocalDate since = created;
        for (Change c : changes) {
            if (c.on().isAfter(day)) {
                break;
            }
            since = c.on();
        }
        return since;
    }
}
