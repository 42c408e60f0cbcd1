package dev.frontline.imports.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The file layouts Frontline recognises by their header row, in the order a batch is written (people before the
 * deals that name them). A header matches a layout when it holds all of the layout's columns.
 */
public enum Layout {
    TEAMS("sales_agent", "manager", "regional_office"),
    PRODUCTS("product", "series", "sales_price"),
    ACCOUNTS("account", "sector", "year_established", "revenue", "employees", "office_location", "subsidiary_of"),
    PIPELINE("opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date",
            "close_value");

    private final List<String> columns;

    Layout(String... columns) {
        this.columns = List.of(columns);
    }

    public List<String> columns() {
        return columns;
    }

    public static Optional<Layout> recognise(List<String> header) {
        return Stream.of(values()).filter(l -> header.containsAll(l.columns))
                .max(Comparator.comparingInt(l -> l.columns.size()));
    }

    public static String describeAll() {
        return Stream.of(values()).map(l -> l.name().toLowerCase() + " (" + String.join(", ", l.columns) + ")")
                .collect(Collectors.joining("; "));
    }
}
