package dev.frontline.imports.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which column (lower-case name) of one CRM file holds each of Frontline's deal fields: read off a recognised
 * layout's header, or given by the admin for a file whose header matched no layout.
 */
public record ColumnMap(Map<DealField, String> columns) {

    /** Per CRM layout and field, the columns that may hold it, the first present winning. */
    private static final Map<Layout, Map<DealField, List<String>>> CANDIDATES = Map.of(
            Layout.SALESFORCE_REPORT, Map.of(
                    DealField.ID, List.of("opportunity id"),
                    DealField.NAME, List.of("opportunity name"),
                    DealField.ACCOUNT, List.of("account name"),
                    DealField.OWNER, List.of("opportunity owner"),
                    DealField.STAGE, List.of("stage"),
                    DealField.AMOUNT, List.of("amount", "amount (converted)"),
                    DealField.CLOSE_DATE, List.of("close date"),
                    DealField.CREATED_DATE, List.of("created date")),
            Layout.SALESFORCE_EXPORT, Map.of(
                    DealField.ID, List.of("id"),
                    DealField.NAME, List.of("name"),
                    DealField.ACCOUNT, List.of("account.name", "accountname", "account name", "accountid"),
                    DealField.OWNER, List.of("owner.name", "opportunityowner", "opportunity owner", "owner name",
                            "ownername", "owner.username", "owner.email", "ownerid"),
                    DealField.STAGE, List.of("stagename"),
                    DealField.AMOUNT, List.of("amount"),
                    DealField.CLOSE_DATE, List.of("closedate"),
                    DealField.CREATED_DATE, List.of("createddate")),
            Layout.HUBSPOT_DEALS, Map.of(
                    DealField.ID, List.of("record id"),
                    DealField.NAME, List.of("deal name"),
                    DealField.ACCOUNT, List.of("associated company (primary)", "associated company",
                            "company name"),
                    DealField.OWNER, List.of("deal owner"),
                    DealField.STAGE, List.of("deal stage"),
                    DealField.AMOUNT, List.of("amount", "amount in company currency"),
                    DealField.CLOSE_DATE, List.of("close date"),
                    DealField.CREATED_DATE, List.of("create date")));

    /** Column names (letters and digits only) that suggest a field in a header no layout knows. */
    private static final Map<DealField, List<String>> SYNONYMS = Map.of(
            DealField.ID, List.of("id", "opportunityid", "dealid", "recordid", "externalid", "oppid"),
            DealField.NAME, List.of("name", "opportunityname", "dealname", "opportunity", "deal", "title"),
            DealField.ACCOUNT, List.of("account", "accountname", "company", "companyname", "customer", "client"),
            DealField.OWNER, List.of("owner", "opportunityowner", "dealowner", "ownername", "rep", "salesrep",
                    "salesagent", "agent", "assignedto"),
            DealField.STAGE, List.of("stage", "dealstage", "stagename", "salesstage", "status"),
            DealField.AMOUNT, List.of("amount", "dealamount", "value", "dealvalue", "closevalue"),
            DealField.CLOSE_DATE, List.of("closedate", "expectedclosedate", "expectedclose", "closingdate",
                    "closedon"),
            DealField.CREATED_DATE, List.of("createddate", "createdate", "created", "createdon"),
            DealField.PRODUCT, List.of("product", "productname"));

    public @Nullable String column(DealField field) {
        return columns.get(field);
    }

    /** A recognised CRM layout's columns in this header. */
    public static ColumnMap of(Layout layout, List<String> header) {
        Map<DealField, String> columns = new EnumMap<>(DealField.class);
        CANDIDATES.getOrDefault(layout, Map.of()).forEach((field, names) -> names.stream()
                .filter(header::contains).findFirst().ifPresent(column -> columns.put(field, column)));
        return new ColumnMap(columns);
    }

    /**
     * The admin's mapping of fields (by {@link DealField#key()}) to columns of this table, in any case.
     *
     * @throws IllegalArgumentException naming the problem when a field or column is unknown or a required field
     *                                  is missing
     */
    public static ColumnMap mapped(CsvTable table, Map<String, String> answer) {
        return mapped(table, answer, Set.of());
    }

    /**
     * The admin's mapping of fields to columns, where a required field with a default ({@code defaulted}, by
     * {@link DealField#key()}) needs no column.
     */
    public static ColumnMap mapped(CsvTable table, Map<String, String> answer, Set<String> defaulted) {
        Map<DealField, String> columns = new EnumMap<>(DealField.class);
        answer.forEach((key, label) -> {
            DealField field = DealField.byKey(key).orElseThrow(() -> new dev.frontline.shared.Malformed("mapping",
                    "The column mapping for " + table.name() + " names the field '" + key + "'; fields are "
                            + DealField.keys()));
            if (label == null || label.isBlank()) {
                return;
            }
            String column = label.trim().toLowerCase(Locale.ROOT);
            if (!table.header().contains(column)) {
                throw new dev.frontline.shared.Malformed("mapping", "The column mapping for " + table.name() + " maps " + field.key()
                        + " to '" + label + "', which is not a column of the file (" + String.join(", ", table.labels())
                        + ")");
            }
            columns.put(field, column);
        });
        List<String> missing = new ArrayList<>();
        for (DealField field : DealField.values()) {
            if (field.required() && !columns.containsKey(field) && !defaulted.contains(field.key().toLowerCase(Locale.ROOT))) {
                missing.add(field.key());
            }
        }
        if (!missing.isEmpty()) {
            throw new dev.frontline.shared.Malformed("mapping", "The column mapping for " + table.name() + " needs a column for "
                    + String.join(", ", missing));
        }
        return new ColumnMap(columns);
    }

    /** A guess at the mapping of a header no layout knows, to pre-fill the admin's choice. */
    public static Map<DealField, String> suggest(List<String> header) {
        Map<DealField, String> guess = new EnumMap<>(DealField.class);
        Set<String> used = new HashSet<>();
        for (DealField field : DealField.values()) {
            for (String column : header) {
                if (!used.contains(column) && SYNONYMS.get(field).contains(DealField.squash(column))) {
                    guess.put(field, column);
                    used.add(column);
                    break;
                }
            }
        }
        return guess;
    }

    @Override
    public String toString() {
        return columns.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
