package dev.frontline.pipeline;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a deal list inside the viewer's scope.
 *
 * @param ownerIds only these owners' deals; {@code null} for every owner in scope
 * @param stage    a stage name, case-insensitive
 * @param outcomes only deals with these outcomes; {@code null} or empty for any
 */
public record DealFilter(@Nullable Set<Long> ownerIds, @Nullable String stage, @Nullable Set<Outcome> outcomes) {

    public static DealFilter of(@Nullable Set<Long> ownerIds, @Nullable String stage, @Nullable Outcome outcome) {
        return new DealFilter(ownerIds, stage, outcome == null ? null : Set.of(outcome));
    }

    public static DealFilter none() {
        return new DealFilter(null, null, null);
    }
}
