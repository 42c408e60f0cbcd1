package dev.frontline.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a deal list inside the viewer's scope. Every part is optional ({@code null}: any).
 *
 * @param ownerIds    only these owners' deals; {@code null} for every owner in scope
 * @param stage       a stage name, case-insensitive
 * @param outcomes    only deals with these outcomes; {@code null} or empty for any
 * @param closedFrom  only deals closed (won or lost) on or after this day
 * @param closedTo    only deals closed (won or lost) on or before this day
 * @param product     a product's name, exactly
 * @param sector      an account sector, exactly
 * @param minAmount   only deals whose value (amount, else the product's list price) is at least this
 * @param maxAmount   only deals whose value is at most this
 * @param createdFrom only deals created (the CRM's created date, else the engage date) on or after this day
 * @param createdTo   only deals created on or before this day
 * @param text        only deals whose external id, name, account name or product name contains this, ignoring case
 * @param flagged     only the open deals carrying this flag
 */
public record DealFilter(@Nullable Set<Long> ownerIds, @Nullable String stage, @Nullable Set<Outcome> outcomes,
                         @Nullable LocalDate closedFrom, @Nullable LocalDate closedTo, @Nullable String product,
                         @Nullable String sector, @Nullable BigDecimal minAmount, @Nullable BigDecimal maxAmount,
                         @Nullable LocalDate createdFrom, @Nullable LocalDate createdTo, @Nullable String text,
                         @Nullable DealFlag flagged) {

    public DealFilter(@Nullable Set<Long> ownerIds, @Nullable String stage, @Nullable Set<Outcome> outcomes,
                      @Nullable LocalDate closedFrom, @Nullable LocalDate closedTo, @Nullable String product,
                      @Nullable String sector, @Nullable BigDecimal minAmount, @Nullable BigDecimal maxAmount,
                      @Nullable LocalDate createdFrom, @Nullable LocalDate createdTo, @Nullable String text) {
        this(ownerIds, stage, outcomes, closedFrom, closedTo, product, sector, minAmount, maxAmount, createdFrom,
                createdTo, text, null);
    }

    public DealFilter(@Nullable Set<Long> ownerIds, @Nullable String stage, @Nullable Set<Outcome> outcomes) {
        this(ownerIds, stage, outcomes, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter, narrowed to deals closed in [from, to]. */
    public DealFilter closedBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new DealFilter(ownerIds, stage, outcomes, from, to, product, sector, minAmount, maxAmount,
                createdFrom, createdTo, text, flagged);
    }

    /** The same filter, narrowed to a product and an account sector (each optional). */
    public DealFilter about(@Nullable String productName, @Nullable String sectorName) {
        return new DealFilter(ownerIds, stage, outcomes, closedFrom, closedTo, productName, sectorName, minAmount,
                maxAmount, createdFrom, createdTo, text, flagged);
    }

    /** The same filter, narrowed to deals worth between {@code min} and {@code max} (each optional, inclusive). */
    public DealFilter worth(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return new DealFilter(ownerIds, stage, outcomes, closedFrom, closedTo, product, sector, min, max,
                createdFrom, createdTo, text, flagged);
    }

    /** The same filter, narrowed to deals created in [from, to]. */
    public DealFilter createdBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new DealFilter(ownerIds, stage, outcomes, closedFrom, closedTo, product, sector, minAmount, maxAmount,
                from, to, text, flagged);
    }

    /** The same filter, narrowed to deals whose id, name, account or product contains the text. */
    public DealFilter matching(@Nullable String searchText) {
        return new DealFilter(ownerIds, stage, outcomes, closedFrom, closedTo, product, sector, minAmount, maxAmount,
                createdFrom, createdTo, searchText == null || searchText.isBlank() ? null : searchText.trim(), flagged);
    }

    /** The same filter, narrowed to the open deals carrying the flag ({@code null}: flagged or not). */
    public DealFilter withFlag(@Nullable DealFlag flag) {
        return new DealFilter(ownerIds, stage, outcomes, closedFrom, closedTo, product, sector, minAmount, maxAmount,
                createdFrom, createdTo, text, flag);
    }

    public static DealFilter of(@Nullable Set<Long> ownerIds, @Nullable String stage, @Nullable Outcome outcome) {
        return new DealFilter(ownerIds, stage, outcome == null ? null : Set.of(outcome));
    }

    public static DealFilter none() {
        return new DealFilter(null, null, null);
    }
}
