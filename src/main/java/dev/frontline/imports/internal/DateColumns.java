package dev.frontline.imports.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The date format of each date column of a file, found from all of the column's values: the one format that reads
 * every readable value; when several do ({@code 03/04/24} and its like only), the one another date column of the
 * same file settled on, else the admin's answer, else the column is ambiguous and the import asks. A column whose
 * values no single format reads takes the format that reads most of them, and its other values are row errors.
 */
public final class DateColumns {

    /**
     * One date column.
     *
     * @param column     its name in lower case, as rows are keyed
     * @param format     the format its values are read in; null while ambiguous or when it has no value
     * @param candidates the formats that read every readable value (several when ambiguous)
     * @param examples   a few of its values, for the question
     * @param how        how the format was found ({@code "detected"}, {@code "as <column>"}, {@code "answered"})
     */
    public record Column(String column, @Nullable DateFormat format, Set<DateFormat> candidates,
                         List<String> examples, String how) {

        public boolean ambiguous() {
            return format == null && candidates.size() > 1;
        }
    }

    private final Map<String, Column> columns;
    private final Set<DateFormat> settled;

    private DateColumns(Map<String, Column> columns, Set<DateFormat> settled) {
        this.columns = columns;
        this.settled = settled;
    }

    /**
     * The formats the file's dates settle: its columns' formats and the formats of values only one format reads
     * ({@code 11/13/2026}). A value outside its column's format that reads several ways is read the settled way.
     */
    public Set<DateFormat> settled() {
        return settled;
    }

    /**
     * Finds the formats of the given columns of the table.
     *
     * @param answers the admin's format per column (lower-case name), which wins over detection
     */
    public static DateColumns detect(CsvTable table, List<String> dateColumns, Map<String, DateFormat> answers) {
        Map<String, Column> found = new LinkedHashMap<>();
        Set<DateFormat> settled = EnumSet.noneOf(DateFormat.class);
        for (String column : dateColumns) {
            found.put(column, detect(table, column, answers.get(column), settled));
        }
        for (Map.Entry<String, Column> entry : found.entrySet()) {
            Column c = entry.getValue();
            if (c.ambiguous()) {
                found.values().stream().filter(o -> o.format() != null && !o.how().startsWith("as ")
                                && c.candidates().contains(o.format())).findFirst()
                        .ifPresent(o -> entry.setValue(new Column(c.column(), o.format(), c.candidates(),
                                c.examples(), "as " + table.label(o.column()))));
            }
        }
        found.values().stream().map(Column::format).filter(java.util.Objects::nonNull).forEach(settled::add);
        return new DateColumns(found, settled);
    }

    private static Column detect(CsvTable table, String column, @Nullable DateFormat answer,
                                 Set<DateFormat> settled) {
        Set<DateFormat> common = EnumSet.allOf(DateFormat.class);
        Map<DateFormat, Integer> reads = new EnumMap<>(DateFormat.class);
        List<String> examples = new ArrayList<>();
        int readable = 0;
        for (CsvTable.Row row : table.rows()) {
            String value = row.get(column);
            if (value.isEmpty()) {
                continue;
            }
            Set<DateFormat> possible = DateFormat.possible(value);
            if (possible.isEmpty()) {
                continue;
            }
            readable++;
            if (possible.size() == 1) {
                settled.addAll(possible);
            }
            common.retainAll(possible);
            possible.forEach(f -> reads.merge(f, 1, Integer::sum));
            if (examples.size() < 3 && !examples.contains(value)) {
                examples.add(value);
            }
        }
        if (answer != null) {
            return new Column(column, answer, common, examples, "answered");
        }
        if (readable == 0) {
            return new Column(column, null, Set.of(), examples, "no dates");
        }
        if (common.size() == 1) {
            return new Column(column, common.iterator().next(), common, examples, "detected");
        }
        if (common.isEmpty()) {
            DateFormat most = reads.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return new Column(column, most, EnumSet.of(most), examples, "most values");
        }
        return new Column(column, null, common, examples, "ambiguous");
    }

    /** The column's format, or null when it has none (no dates, or still ambiguous). */
    public @Nullable DateFormat formatOf(String column) {
        Column c = columns.get(column);
        return c == null ? null : c.format();
    }

    /** The columns whose format only the admin can tell. */
    public List<Column> ambiguous() {
        return columns.values().stream().filter(Column::ambiguous).toList();
    }

    /** The format used per column, by the column's lower-case name. */
    public Map<String, DateFormat> used() {
        Map<String, DateFormat> used = new LinkedHashMap<>();
        columns.values().stream().filter(c -> c.format() != null).forEach(c -> used.put(c.column(), c.format()));
        return used;
    }

    /** Every date column, in the order given. */
    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    public static DateColumns none() {
        return new DateColumns(Map.of(), Set.of());
    }
}
