package dev.frontline.pipeline.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a deal list, the page's, the CSV's and the API's alike. Blank values mean "any".
 *
 * <ul>
 *   <li>who and what: {@code teamId}, {@code owner} (a username), {@code stage}, {@code status} (open|won|lost);</li>
 *   <li>search: {@code q}, part of the deal's id or name, its account's or its product's name, any case;</li>
 *   <li>amounts: {@code minAmount}, {@code maxAmount} (inclusive) on the amount shown: the deal's own, else the
 *       product's list price;</li>
 *   <li>dates (ISO, inclusive): {@code closedFrom}, {@code closedTo} (won or lost deals closed then),
 *       {@code createdFrom}, {@code createdTo} (the CRM's created date, else the engage date);</li>
 *   <li>the drill-down from results: {@code product}, {@code sector} (exact names);</li>
 *   <li>{@code sort}: {@code column} or {@code column,desc}, column one of {@code externalId}, {@code owner},
 *       {@code account}, {@code product}, {@code stage}, {@code amount}, {@code createdDate}, {@code engageDate},
 *       {@code closeDate}; blank is open deals first, then the newest close;</li>
 *   <li>{@code flagged}: {@code stale} or {@code slipped}, only the open deals carrying that flag.</li>
 * </ul>
 */
public record DealParams(@Nullable Long teamId, @Nullable String owner, @Nullable String stage,
                         @Nullable String status, @Nullable LocalDate closedFrom, @Nullable LocalDate closedTo,
                         @Nullable String product, @Nullable String sector,
                         @Nullable @Size(max = 100, message = "is at most 100 characters") String q,
                         @Nullable @PositiveOrZero(message = "is zero or more")
                         @Digits(integer = 12, fraction = 2, message = "has at most 12 digits and 2 decimals")
                         BigDecimal minAmount,
                         @Nullable @PositiveOrZero(message = "is zero or more")
                         @Digits(integer = 12, fraction = 2, message = "has at most 12 digits and 2 decimals")
                         BigDecimal maxAmount,
                         @Nullable LocalDate createdFrom, @Nullable LocalDate createdTo, @Nullable String sort,
                         @Nullable String flagged) {

    public DealParams {
        owner = blankToNull(owner);
        stage = blankToNull(stage);
        status = blankToNull(status);
        product = blankToNull(product);
        sector = blankToNull(sector);
        q = blankToNull(q);
        sort = blankToNull(sort);
        flagged = blankToNull(flagged);
    }

    /** True when the list is narrowed by anything at all (the sort does not narrow). */
    public boolean any() {
        return q != null || filtered() || drillDown();
    }

    /** True when one of the page's filters (who, stage, status, amounts, dates) narrows the list. */
    public boolean filtered() {
        return teamId != null || owner != null || stage != null || status != null || minAmount != null
                || maxAmount != null || createdFrom != null || createdTo != null || closedFrom != null
                || closedTo != null || flagged != null;
    }

    /** True when a results page narrowed the list by close window, product or sector. */
    public boolean drillDown() {
        return closedFrom != null || closedTo != null || product != null || sector != null;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
