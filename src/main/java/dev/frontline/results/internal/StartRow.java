package dev.frontline.results.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a rep joined, as results keeps it: the team whose ramp applies and the join date (null: they joined before
 * Frontline's records, so nothing is prorated).
 */
public record StartRow(long repId, @Nullable Long teamId, @Nullable LocalDate joinedOn, String source, int version) {
}
