package dev.frontline.imports.internal;

import dev.frontline.imports.RowError;
import dev.frontline.imports.internal.Validation.Checked;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Products;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import dev.frontline.pipeline.HistoryLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Reads the opportunities of a CRM file through its {@link ColumnMap}: what in it needs mapping first (stages and
 * owners Frontline does not know), then every row checked into a {@link CrmDeal}.
 */
public final class CrmValidation {

    /** A CRM opportunity checked but not yet tied to ids; its owner is the file's value, resolved when written. */
    public record CrmDeal(String externalId, String owner, String stage, @Nullable String name,
                          @Nullable String account, @Nullable String product, @Nullable BigDecimal amount,
                          @Nullable LocalDate closeDate, @Nullable LocalDate createdDate,
                          List<HistoryLine> history) {

        CrmDeal withHistory(List<HistoryLine> lines) {
            return new CrmDeal(externalId, owner, stage, name, account, product, amount, closeDate, createdDate,
                    List.copyOf(lines));
        }
    }

    /** A stage the batch names that Frontline does not know, with its rows and the outcome they suggest. */
    public record StageTally(String name, Outcome suggestion, int rows) {

        StageTally plus(Outcome rowSuggestion) {
            return new StageTally(name, rowSuggestion.ordinal() > suggestion.ordinal() ? rowSuggestion : suggestion,
                    rows + 1);
        }
    }

    /** An owner value that names no known person, with its rows. */
    public record OwnerTally(String value, int rows) {
    }

    private CrmValidation() {
    }

    /** Adds to the tallies the stages of this file that are not in {@code known} and its owners nobody resolves. */
    public static void tally(CsvTable table, ColumnMap columns, Set<String> knownStages,
                             Predicate<String> ownerKnown, Map<String, StageTally> stages,
                             Map<String, OwnerTally> owners) {
        String stageColumn = columns.column(DealField.STAGE);
        String ownerColumn = columns.column(DealField.OWNER);
        for (CsvTable.Row row : table.rows()) {
            String stage = row.get(stageColumn);
            String key = stage.toLowerCase(Locale.ROOT);
            if (!stage.isEmpty() && !knownStages.contains(key)) {
                stages.merge(key, new StageTally(stage, Outcome.OPEN, 0).plus(suggest(stage, row)),
                        (a, b) -> a.plus(b.suggestion()));
            }
            String owner = row.get(ownerColumn);
            if (!owner.isEmpty() && !ownerKnown.test(owner)) {
                owners.merge(owner.toLowerCase(Locale.ROOT), new OwnerTally(owner, 1),
                        (a, b) -> new OwnerTally(a.value(), a.rows() + 1));
            }
        }
    }

    /**
     * The outcome a stage of a row suggests: a Salesforce export's flags ({@code IsWon}, {@code IsClosed}) when it
     * has them, else the name ("Closed Won", "closedwon" → won; "Closed Lost", "closedlost" → lost), else open.
     */
    static Outcome suggest(String stage, CsvTable.Row row) {
        String isWon = row.get("iswon");
        String isClosed = row.get("isclosed");
        if (!isWon.isEmpty() || !isClosed.isEmpty()) {
            if (isWon.equalsIgnoreCase("true")) {
                return Outcome.WON;
            }
            return isClosed.equalsIgnoreCase("true") ? Outcome.LOST : Outcome.OPEN;
        }
        String name = DealField.squash(stage);
        if (name.contains("closedwon")) {
            return Outcome.WON;
        }
        return name.contains("closedlost") ? Outcome.LOST : Outcome.OPEN;
    }

    /**
     * Checks every row: id, owner and stage required; the owner a person {@code ownerKnown} resolves; the stage one
     * {@code outcomes} knows; amounts and dates as CRM exports write them; a closed deal has a close date; a product,
     * if mapped, known. Errors name the column as the file spells it.
     */
    public static Checked<CrmDeal> deals(CsvTable table, Layout layout, ColumnMap columns, DateColumns dates,
                                         Function<String, @Nullable Outcome> outcomes, Predicate<String> ownerKnown,
                                         Set<String> productKeys, Map<String, String> defaults, ZoneId zone) {
        Map<String, String> stageDates = layout == Layout.HUBSPOT_DEALS ? CrmHistory.hubspotStageColumns(table)
                : Map.of();
        List<RowError> errors = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        List<CrmDeal> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RowChecker c = Validation.widthChecked(table, new RowChecker(row, errors, warnings, table::label));
            CrmDeal deal = deal(c, table.separator() == ';', layout, columns, dates, outcomes, ownerKnown, productKeys,
                    defaults);
            if (!stageDates.isEmpty() && !deal.externalId().isEmpty()) {
                deal = deal.withHistory(CrmHistory.hubspotStages(c, deal.externalId(), stageDates, dates, zone));
            }
            Integer first = deal.externalId().isEmpty() ? null : seen.putIfAbsent(deal.externalId(), row.number());
            if (first != null) {
                c.fail(columns.column(DealField.ID), row.get(columns.column(DealField.ID)),
                        "appears twice in this file (first at row " + first + ")");
            }
            if (!c.failed()) {
                lines.add(deal);
            }
        }
        return new Checked<>(lines, errors, warnings);
    }

    private static CrmDeal deal(RowChecker c, boolean decimalComma, Layout layout, ColumnMap columns,
                                DateColumns dates, Function<String, @Nullable Outcome> outcomes,
                                Predicate<String> ownerKnown,
                                Set<String> productKeys, Map<String, String> defaults) {
        String id = c.required(columns.column(DealField.ID));
        String owner = orDefault(c, columns, DealField.OWNER, defaults);
        String stage = orDefault(c, columns, DealField.STAGE, defaults);
        String product = optional(c, columns, DealField.PRODUCT);
        if (product == null) {
            product = defaults.get(DealField.PRODUCT.key());
        }
        String amountColumn = columns.column(DealField.AMOUNT);
        BigDecimal amount = amountColumn == null ? null : c.crmAmount(amountColumn, decimalComma);
        LocalDate close = date(c, columns, dates, DealField.CLOSE_DATE);
        LocalDate created = date(c, columns, dates, DealField.CREATED_DATE);
        if (!owner.isEmpty() && !ownerKnown.test(owner)) {
            c.fail(columns.column(DealField.OWNER) == null ? DealField.OWNER.label() : columns.column(DealField.OWNER), owner,
                    "is not a known person (by username, name or e-mail) and is not mapped to one");
        }
        Outcome outcome = stage.isEmpty() ? null : outcomes.apply(stage);
        if (!stage.isEmpty() && outcome == null) {
            c.fail(columns.column(DealField.STAGE) == null ? DealField.STAGE.label() : columns.column(DealField.STAGE),
                    stage, "is not a known stage and is not mapped to an outcome");
        }
        if (outcome != null && outcome != Outcome.OPEN && close == null && !c.failed()) {
            String column = columns.column(DealField.CLOSE_DATE);
            c.fail(column == null ? DealField.CLOSE_DATE.label() : column, "",
                    "is required for a " + outcome.label().toLowerCase(Locale.ROOT) + " deal");
        }
        if (outcome == Outcome.WON && amount == null && !c.failed()) {
            c.warn(amountColumn == null ? DealField.AMOUNT.label() : amountColumn, "", Validation.WON_WITHOUT_AMOUNT);
        }
        if (product != null && !productKeys.contains(Products.matchKey(product))) {
            c.fail(columns.column(DealField.PRODUCT) == null ? DealField.PRODUCT.label()
                    : columns.column(DealField.PRODUCT), product, "is not a known product");
        }
        String externalId = id.isEmpty() ? "" : layout.prefix()
                + (layout == Layout.SALESFORCE_REPORT || layout == Layout.SALESFORCE_EXPORT
                ? CrmValues.salesforceId(id) : id);
        return new CrmDeal(externalId, owner, stage, optional(c, columns, DealField.NAME),
                optional(c, columns, DealField.ACCOUNT), product, amount, close, created, List.of());
    }

    /**
     * A required field's value: its column's, else the mapping's default; a row with neither fails (named by the
     * column, or by the field when the file has no column for it).
     */
    private static String orDefault(RowChecker c, ColumnMap columns, DealField field, Map<String, String> defaults) {
        String column = columns.column(field);
        String value = column == null ? "" : c.row().get(column);
        if (!value.isEmpty()) {
            return value;
        }
        String fallback = defaults.get(field.key());
        if (fallback != null) {
            return fallback;
        }
        c.fail(column == null ? field.label() : column, "", column == null
                ? "is required: the file has no column for it; map one or give a default " + field.key()
                : "is required");
        return "";
    }

    private static @Nullable String optional(RowChecker c, ColumnMap columns, DealField field) {
        String column = columns.column(field);
        return column == null ? null : c.optional(column);
    }

    private static @Nullable LocalDate date(RowChecker c, ColumnMap columns, DateColumns dates, DealField field) {
        String column = columns.column(field);
        return column == null ? null : c.crmDate(column, dates.formatOf(column), dates.settled());
    }

    /** The file's date columns, lower case: those its close and created dates are mapped to. */
    public static List<String> dateColumns(ColumnMap columns) {
        return java.util.stream.Stream.of(DealField.CLOSE_DATE, DealField.CREATED_DATE).map(columns::column)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }
}
