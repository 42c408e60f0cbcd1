package dev.frontline.coaching;

import dev.frontline.organization.Member;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A rep whose 1:1 is overdue for their cadence. */
public record Overdue(Member rep, Cadence cadence, @Nullable LocalDate lastHeld, LocalDate due, long daysOverdue) {
}
