package dev.frontline.results;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team's ramp as the manager sets it.
 *
 * @param steps   percent of the full quota per month after joining, e.g. {@code [25, 50, 75, 100]}; {@code []} for none
 * @param version the version the editor saw (0 when none was saved); required
 */
public record RampChange(@Nullable List<Integer> steps, @Nullable Integer version) {
}
