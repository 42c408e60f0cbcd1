package dev.frontline.results;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A rep's join date as the manager corrects it.
 *
 * @param joinedOn the day they joined; null for "joined before Frontline's records" (no proration)
 * @param version  the version the editor saw (0 when none was recorded); required
 */
public record StartChange(@Nullable LocalDate joinedOn, @Nullable Integer version) {
}
