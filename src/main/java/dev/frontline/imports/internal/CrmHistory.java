package dev.frontline.imports.internal;

import dev.frontline.imports.RowError;
import dev.frontline.imports.internal.Validation.Checked;
import dev.frontline.pipeline.HistoryLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A CRM's own history of its deals, read into the changes Frontline's deal history keeps (stage, amount, close date,
 * forecast category). Salesforce's {@code OpportunityHistory} export holds one snapshot of a deal per change
 * ({@code OpportunityId, CreatedDate, StageName, Amount, CloseDate, Probability, ForecastCategory}): a deal's
 * snapshots in time order give its first values, then each value that differs from the snapshot before. A HubSpot
 * deals export holds, per stage, the moment the deal entered it ({@code Date entered "Closed Won (Sales Pipeline)"}):
 * in time order, each is a change of stage from the one entered before.
 */
public final class CrmHistory {

    /** HubSpot's column of the moment a deal entered a stage: {@code Date entered "<stage> (<pipeline>)"}. */
    private static final Pattern HUBSPOT_ENTERED = Pattern.compile(
            "date entered \"?(.+?)(?: \\([^()]*\\))?\"?", Pattern.CASE_INSENSITIVE);

    /** Salesforce's forecast categories, by their API names and labels, as Frontline names them. */
    private static final Map<String, String> SALESFORCE_CATEGORIES = Map.of(
            "pipeline", "PIPELINE", "bestcase", "BEST_CASE", "commit", "COMMIT", "omitted", "OMITTED");

    private CrmHistory() {
    }

    /** A snapshot of one deal at one moment; a null value is blank. */
    private record Snapshot(String externalId, Instant at, int row, @Nullable String stage, @Nullable String amount,
                            @Nullable String closeDate, @Nullable String category) {

        @Nullable String value(String field) {
            return switch (field) {
                case "stage" -> stage;
                case "amount" -> amount;
                case "close_date" -> closeDate;
                default -> category;
            };
        }
    }

    private static final List<String> SNAPSHOT_FIELDS = List.of("stage", "amount", "close_date", "forecast_category");

    /**
     * Reads a Salesforce {@code OpportunityHistory} export: every row needs its deal's id and the moment
     * ({@code CreatedDate}); amounts, dates and forecast categories as Salesforce writes them. A time without a zone
     * is in {@code zone}.
     */
    public static Checked<HistoryLine> salesforce(CsvTable table, DateColumns dates, ZoneId zone) {
        List<RowError> errors = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        Map<String, List<Snapshot>> deals = new LinkedHashMap<>();
        boolean decimalComma = table.separator() == ';';
        for (CsvTable.Row row : table.rows()) {
            RowChecker c = Validation.widthChecked(table, new RowChecker(row, errors, warnings, table::label));
            String id = c.required("opportunityid");
            Instant at = c.row().get("createddate").isEmpty() ? null
                    : c.crmInstant("createddate", dates.formatOf("createddate"), dates.settled(), zone);
            if (c.row().get("createddate").isEmpty()) {
                c.fail("createddate", "", "is required: the moment of the change");
            }
            BigDecimal amount = table.header().contains("amount") ? c.crmAmount("amount", decimalComma) : null;
            LocalDate close = table.header().contains("closedate")
                    ? c.crmDate("closedate", dates.formatOf("closedate"), dates.settled()) : null;
            String category = category(c);
            if (!c.failed()) {
                String externalId = Layout.SALESFORCE_HISTORY.prefix() + CrmValues.salesforceId(id);
                deals.computeIfAbsent(externalId, k -> new ArrayList<>()).add(new Snapshot(externalId,
                        Objects.requireNonNull(at), row.number(), c.optional("stagename"),
                        amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), close == null ? null : close.toString(),
                        category));
            }
        }
        List<HistoryLine> lines = new ArrayList<>();
        deals.values().forEach(snapshots -> {
            snapshots.sort(Comparator.comparing(Snapshot::at).thenComparingInt(Snapshot::row));
            Snapshot before = null;
            for (Snapshot now : snapshots) {
                for (String field : SNAPSHOT_FIELDS) {
                    String old = before == null ? null : before.value(field);
                    String value = now.value(field);
                    if (!Objects.equals(old, value) && (before != null || value != null)) {
                        lines.add(new HistoryLine(now.externalId(), now.at(), field, old, value));
                    }
                }
                before = now;
            }
        });
        return new Checked<>(lines, errors, warnings);
    }

    private static @Nullable String category(RowChecker c) {
        String value = c.row().get("forecastcategory");
        if (value.isEmpty() || DealField.squash(value).equals("closed")) {
            return null;
        }
        String category = SALESFORCE_CATEGORIES.get(DealField.squash(value));
        if (category == null) {
            c.fail("forecastcategory", value, "is not a Salesforce forecast category (Pipeline, Best Case, Commit, "
                    + "Closed, Omitted)");
        }
        return category;
    }

    /** The columns of a HubSpot export that hold when a deal entered a stage, by lower-case name, with the stage. */
    public static Map<String, String> hubspotStageColumns(CsvTable table) {
        Map<String, String> stages = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            Matcher m = HUBSPOT_ENTERED.matcher(table.labels().get(i));
            if (m.matches()) {
                stages.put(table.header().get(i), m.group(1).trim());
            }
        }
        return stages;
    }

    /**
     * The stage changes one HubSpot deal row records: the stages it entered, in time order, each from the one
     * before (the first from none).
     */
    static List<HistoryLine> hubspotStages(RowChecker c, String externalId, Map<String, String> stageColumns,
                                           DateColumns dates, ZoneId zone) {
        record Entered(Instant at, String stage) {
        }
        List<Entered> entered = new ArrayList<>();
        stageColumns.forEach((column, stage) -> {
            Instant at = c.crmInstant(column, dates.formatOf(column), dates.settled(), zone);
            if (at != null) {
                entered.add(new Entered(at, stage));
            }
        });
        entered.sort(Comparator.comparing(Entered::at));
        List<HistoryLine> lines = new ArrayList<>();
        String before = null;
        for (Entered e : entered) {
            if (!e.stage().toLowerCase(Locale.ROOT).equals(before == null ? null : before.toLowerCase(Locale.ROOT))) {
                lines.add(new HistoryLine(externalId, e.at(), "stage", before, e.stage()));
            }
            before = e.stage();
        }
        return lines;
    }
}
