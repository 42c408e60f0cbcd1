package dev.frontline.pipeline.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a deal list, the page's and the API's alike: who and what ({@code teamId}, {@code owner}
 * as a username, {@code stage}, {@code status} open|won|lost) and the drill-down from results (a close-date window,
 * a product, an account sector). Blank values mean "any".
 */
public record DealParams(@Nullable Long teamId, @Nullable String owner, @Nullable String stage,
                         @Nullable String status, @Nullable LocalDate closedFrom, @Nullable LocalDate closedTo,
                         @Nullable String product, @Nullable String sector) {

    public DealParams {
        owner = blankToNull(owner);
        stage = blankToNull(stage);
        status = blankToNull(status);
        product = blankToNull(product);
        sector = blankToNull(sector);
    }

    /** True when the list is narrowed by anything at all. */
    public boolean any() {
        return teamId != null || owner != null || stage != null || status != null || drillDown();
    }

    /** True when a results page narrowed the list by close window, product or sector. */
    public boolean drillDown() {
        return closedFrom != null || closedTo != null || product != null || sector != null;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
