package dev.frontline.imports.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The file layouts Frontline recognises by their header row, in the order a batch is written (people before the
 * deals that name them). A header matches a layout when it holds all of the layout's columns (in any case, among
 * any others). CRM layouts carry the prefix their opportunity ids get; {@link #MAPPED} is never recognised: it is
 * a file whose columns the admin mapped.
 */
public enum Layout {
    TEAMS(null, "sales_agent", "manager", "regional_office"),
    PRODUCTS(null, "product", "series", "sales_price"),
    ACCOUNTS(null, "account", "sector", "year_established", "revenue", "employees", "office_location", "subsidiary_of"),
    PIPELINE(null, "opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date",
            "close_value"),
    SALESFORCE_REPORT("sf:", "opportunity id", "opportunity owner", "stage"),
    SALESFORCE_EXPORT("sf:", "id", "stagename"),
    HUBSPOT_DEALS("hubspot:", "record id", "deal owner", "deal stage"),
    /** Salesforce's {@code OpportunityHistory} export: a snapshot of a deal per change, after the deals it names. */
    SALESFORCE_HISTORY("sf:", "opportunityid", "stagename", "createddate"),
    QUOTAS(null, "rep", "period", "amount"),
    MAPPED("csv:");

    private final @Nullable String prefix;
    private final List<String> columns;

    Layout(@Nullable String prefix, String... columns) {
        this.prefix = prefix;
        this.columns = List.of(columns);
    }

    public List<String> columns() {
        return columns;
    }

    /** Whether files of this layout are CRM opportunity exports (read through a {@link ColumnMap}). */
    public boolean crm() {
        return prefix != null && this != SALESFORCE_HISTORY;
    }

    /** What opportunity ids of this layout are prefixed with, so that ids of different sources never collide. */
    public String prefix() {
        return prefix == null ? "" : prefix;
    }

    public static Optional<Layout> recognise(List<String> header) {
        return Stream.of(values()).filter(l -> !l.columns.isEmpty() && header.containsAll(l.columns))
                .max(Comparator.comparingInt(l -> l.columns.size()));
    }

    public static String describeAll() {
        return Stream.of(values()).filter(l -> !l.columns.isEmpty())
                .map(l -> l.name().toLowerCase() + " (" + String.join(", ", l.columns) + ")")
                .collect(Collectors.joining("; "));
    }
}
