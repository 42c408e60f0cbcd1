package dev.frontline.imports.internal;

import dev.frontline.imports.RowError;
import dev.frontline.organization.RosterLine;
import dev.frontline.pipeline.AccountLine;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.ProductLine;
import dev.frontline.pipeline.Products;
import dev.frontline.results.QuotaLine;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Validates each layout's rows into typed lines. References (a deal's rep, product, account and stage) must exist
 * already or arrive in the same batch.
 */
public final class Validation {

    /** What is known before the batch and what the batch itself brings. */
    public record Known(Set<String> people, Set<String> productKeys, Set<String> accounts,
                        Map<String, Outcome> stages) {
    }

    /** A pipeline row checked but not yet tied to ids. */
    public record DealRow(String externalId, String rep, @Nullable String product, @Nullable String account,
                          String stage, @Nullable BigDecimal amount, @Nullable LocalDate engageDate,
                          @Nullable LocalDate closeDate) {
    }

    /**
     * The outcome of validating one file: its typed lines, or its errors; and the warnings of rows it imports as
     * they are but a person should know about (a won deal without an amount).
     */
    public record Checked<T>(List<T> lines, List<RowError> errors, List<RowError> warnings) {

        public Checked(List<T> lines, List<RowError> errors) {
            this(lines, errors, List.of());
        }
    }

    /** The warning of a won deal imported without an amount. */
    static final String WON_WITHOUT_AMOUNT = "is blank for a won deal: it is imported as a win with its amount "
            + "unknown (it counts as a win and adds nothing to revenue; see Data quality)";

    private Validation() {
    }

    public static Checked<RosterLine> teams(CsvTable table) {
        List<RowError> errors = new ArrayList<>();
        List<RosterLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RowChecker c = checker(table, row, errors);
            String rep = c.required("sales_agent");
            String manager = c.required("manager");
            String office = c.required("regional_office");
            duplicate(c, seen, "sales_agent", rep.toLowerCase(Locale.ROOT), rep, row.number());
            if (!rep.isEmpty() && rep.equalsIgnoreCase(manager)) {
                c.fail("manager", manager, "is the same person as the sales agent");
            }
            if (!c.failed()) {
                lines.add(new RosterLine(rep, manager, office));
            }
        }
        return new Checked<>(lines, errors);
    }

    public static Checked<ProductLine> products(CsvTable table) {
        List<RowError> errors = new ArrayList<>();
        List<ProductLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RowChecker c = checker(table, row, errors);
            String name = c.required("product");
            String series = c.optional("series");
            BigDecimal price = c.amount("sales_price");
            duplicate(c, seen, "product", Products.matchKey(name), name, row.number());
            if (!c.failed()) {
                lines.add(new ProductLine(name, series, price));
            }
        }
        return new Checked<>(lines, errors);
    }

    public static Checked<AccountLine> accounts(CsvTable table) {
        List<RowError> errors = new ArrayList<>();
        List<AccountLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RowChecker c = checker(table, row, errors);
            String name = c.required("account");
            String sector = c.optional("sector");
            Integer year = c.integer("year_established");
            BigDecimal revenue = c.amount("revenue");
            Integer employees = c.integer("employees");
            String office = c.optional("office_location");
            String parent = c.optional("subsidiary_of");
            duplicate(c, seen, "account", name.toLowerCase(Locale.ROOT), name, row.number());
            if (!c.failed()) {
                lines.add(new AccountLine(name, sector, year, revenue, employees, office, parent));
            }
        }
        return new Checked<>(lines, errors);
    }

    public static Checked<DealRow> pipeline(CsvTable table, Known known, int shiftMonths) {
        List<RowError> errors = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        List<DealRow> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RowChecker c = widthChecked(table, new RowChecker(row, errors, warnings));
            String id = c.required("opportunity_id");
            String rep = c.required("sales_agent");
            String product = c.optional("product");
            String account = c.optional("account");
            String stage = c.required("deal_stage");
            LocalDate engage = c.date("engage_date");
            LocalDate close = c.date("close_date");
            BigDecimal value = c.amount("close_value");
            duplicate(c, seen, "opportunity_id", id, id, row.number());
            if (!rep.isEmpty() && !known.people().contains(rep.toLowerCase(Locale.ROOT))) {
                c.fail("sales_agent", rep, "is not a known sales agent (import the team file first or with it)");
            }
            if (product != null && !known.productKeys().contains(Products.matchKey(product))) {
                c.fail("product", product, "is not a known product");
            }
            if (account != null && !known.accounts().contains(account.toLowerCase(Locale.ROOT))) {
                c.fail("account", account, "is not a known account");
            }
            Outcome outcome = stage.isEmpty() ? null : known.stages().get(stage.toLowerCase(Locale.ROOT));
            if (!stage.isEmpty() && outcome == null) {
                c.fail("deal_stage", stage, "is not a known stage (known: " + String.join(", ", known.stages().keySet()) + ")");
            }
            if (outcome != null && outcome != Outcome.OPEN) {
                if (close == null && !c.failed()) {
                    c.fail("close_date", "", "is required for a " + outcome.label().toLowerCase() + " deal");
                }
                if (outcome == Outcome.WON && value == null && !c.failed()) {
                    c.warn("close_value", "", WON_WITHOUT_AMOUNT);
                }
            }
            if (engage != null && close != null && close.isBefore(engage)) {
                c.fail("close_date", row.get("close_date"), "is before the engage date " + engage);
            }
            if (!c.failed()) {
                lines.add(new DealRow(id, rep, product, account, stage, value, shift(engage, shiftMonths),
                        shift(close, shiftMonths)));
            }
        }
        return new Checked<>(lines, errors, warnings);
    }

    /**
     * A quota file: rep (username), period ({@code 2026-Q4}, {@code 2026-11}, {@code 2026} in the fiscal calendar)
     * and amount; each rep must be a known rep or arrive in the same batch.
     */
    public static Checked<QuotaLine> quotas(CsvTable table, Set<String> reps, int fiscalFirstMonth) {
        List<RowError> errors = new ArrayList<>();
        List<QuotaLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RowChecker c = checker(table, row, errors);
            String rep = c.required("rep");
            String periodText = c.required("period");
            BigDecimal amount = c.amount("amount");
            if (row.get("amount").isEmpty()) {
                c.fail("amount", "", "is required");
            }
            if (!rep.isEmpty() && !reps.contains(rep.toLowerCase(Locale.ROOT))) {
                c.fail("rep", rep, "is not a known rep's username");
            }
            SalesPeriod period = null;
            if (!periodText.isEmpty()) {
                try {
                    period = SalesPeriod.parse(periodText, fiscalFirstMonth);
                } catch (IllegalArgumentException e) {
                    c.fail("period", periodText, "is not a period: use 2026-Q4, 2026-11 or 2026");
                }
            }
            if (period != null) {
                duplicate(c, seen, "period", rep.toLowerCase(Locale.ROOT) + " " + period, periodText, row.number());
            }
            if (!c.failed()) {
                lines.add(new QuotaLine(rep, period, amount));
            }
        }
        return new Checked<>(lines, errors);
    }

    private static @Nullable LocalDate shift(@Nullable LocalDate date, int months) {
        return date == null ? null : date.plusMonths(months);
    }

    private static RowChecker checker(CsvTable table, CsvTable.Row row, List<RowError> errors) {
        return widthChecked(table, new RowChecker(row, errors, new ArrayList<>()));
    }

    static RowChecker widthChecked(CsvTable table, RowChecker c) {
        CsvTable.Row row = c.row();
        if (row.width() != table.header().size()) {
            c.fail(null, null, "has " + row.width() + " columns; the header has " + table.header().size());
        }
        return c;
    }

    private static void duplicate(RowChecker c, Map<String, Integer> seen, String column, String key, String value,
                                  int row) {
        if (key.isEmpty()) {
            return;
        }
        Integer first = seen.putIfAbsent(key, row);
        if (first != null) {
            c.fail(column, value, "appears twice in this file (first at row " + first + ")");
        }
    }
}
