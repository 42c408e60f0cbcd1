package dev.frontline.coaching;

import dev.frontline.organization.Member;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A rep whose 1:1s need their manager: overdue for their cadence, or on no cadence at all ({@code cadence} null,
 * then {@code due} is null and {@code daysOverdue} 0).
 */
public record Overdue(Member rep, @Nullable Cadence cadence, @Nullable LocalDate lastHeld, @Nullable LocalDate due,
                      long daysOverdue) {

    /** No cadence is set: nothing reminds anyone of the next 1:1. */
    public boolean noCadence() {
        return cadence == null;
    }
}
