package dev.frontline.pipeline;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a deal list inside the viewer's scope.
 *
 * @param ownerIds only these owners' deals; {@code null} for every owner in scope
 * @param stage    a stage name, case-insensitive
 * @param outcomes only deals with these outcomes; {@code null} or empty for any
 * @param closedFrom only deals closed on or after this day
 * @param closedTo   only deals closed on or before this day
 */
public record DealFilter(@Nullable Set<Long> ownerIds, @Nullable String stage, @Nullable Set<Outcome> outcomes,
                         @Nullable LocalDate closedFrom, @Nullable LocalDate closedTo, @Nullable String product,
                         @Nullable String sector) {

    public DealFilter(@Nullable Set<Long> ownerIds, @Nullable String stage, @Nullable Set<Outcome> outcomes) {
        this(ownerIds, stage, outcomes, null, null, null, null);
    }

    /** The same filter, narrowed to deals closed in [from, to]. */
    public DealFilter closedBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new DealFilter(ownerIds, stage, outcomes, from, to, product, sector);
    }

    /** The same filter, narrowed to a product and an account sector (each optional). */
    public DealFilter about(@Nullable String productName, @Nullable String sectorName) {
        return new DealFilter(ownerIds, stage, outcomes, closedFrom, closedTo, productName, sectorName);
    }

    public static DealFilter of(@Nullable Set<Long> ownerIds, @Nullable String stage, @Nullable Outcome outcome) {
        return new DealFilter(ownerIds, stage, outcome == null ? null : Set.of(outcome));
    }

    public static DealFilter none() {
        return new DealFilter(null, null, null);
    }
}
