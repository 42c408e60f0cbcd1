package dev.frontline.pipeline;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the deal list flags on an open deal (a won or lost one is never flagged).
 *
 * @param stale          no change recorded in more than {@code staleAfterDays} days before today
 * @param lastChange     the day of the last recorded change (its history, else when the deal was last written)
 * @param staleAfterDays the owner's team's limit (its pipeline setting, else {@link #DEFAULT_STALE_AFTER_DAYS})
 * @param slippedFrom    the fiscal quarter ({@code 2026-Q3}) its close date was moved out of into a later one, and is
 *                       still later than; {@code null} when it did not slip. {@code "an earlier quarter"} when the
 *                       old date lies before the quarters the list knows.
 */
public record DealFlags(boolean stale, @Nullable LocalDate lastChange, int staleAfterDays,
                        @Nullable String slippedFrom) {

    /** An open deal with no change in more days than this is stale, for a team that set nothing. */
    public static final int DEFAULT_STALE_AFTER_DAYS = 30;

    public static final DealFlags NONE = new DealFlags(false, null, DEFAULT_STALE_AFTER_DAYS, null);

    public boolean slipped() {
        return slippedFrom != null;
    }

    public boolean any() {
        return stale || slipped();
    }
}
