package dev.frontline.imports.internal;

import dev.frontline.imports.ImportFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read into a header and rows, or refused with a reason a person understands.
 *
 * @param header    the column names in lower case, as rows are keyed
 * @param labels    the column names as the file spells them, in the same order
 * @param encoding  the encoding the file was read in ({@link TextDecoding})
 * @param separator the character that separates its columns ({@link Separators})
 */
public record CsvTable(String name, List<String> header, List<String> labels, List<Row> rows, String encoding,
                       char separator) {

    /** One data row; {@code number} counts the header as row 1. */
    public record Row(int number, Map<String, String> values, int width) {

        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    /** Why a whole file cannot be read. */
    public static class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    public static CsvTable read(ImportFile file) throws Unreadable {
        TextDecoding.Decoded decoded = TextDecoding.decode(file.content());
        String text = decoded.text();
        if (text.isBlank()) {
            throw new Unreadable("The file is empty: it needs a header row and data rows");
        }
        if (text.indexOf('\0') >= 0) {
            throw new Unreadable("This is not a CSV file: it holds binary content");
        }
        if (text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Separators.Detected separator = Separators.detect(text);
        text = separator.text();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator.separator())
                .setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<String> labels = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (blank(record)) {
                    continue;
                }
                if (header == null) {
                    labels = labels(record);
                    header = labels.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    values.put(header.get(i), record.get(i).trim());
                }
                rows.add(new Row((int) record.getRecordNumber(), values, record.size()));
            }
            if (header == null) {
                throw new Unreadable("The file is empty: it needs a header row and data rows");
            }
            return new CsvTable(file.name(), header, labels, rows, decoded.encoding(), separator.separator());
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("This file cannot be read as CSV: " + e.getMessage());
        }
    }

    /** A blank line is skipped but still counted, so row numbers stay those a spreadsheet shows. */
    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /** How a report names a separator: comma, semicolon, tab, pipe. */
    public static String separatorName(char separator) {
        return Separators.name(separator);
    }

    /** The column as the file spells it, given its lower-case name. */
    public String label(String column) {
        int i = header.indexOf(column);
        return i < 0 ? column : labels.get(i);
    }

    /** The same table without its last rows that hold a single cell: the footer a Salesforce report ends with. */
    public CsvTable withoutFooter() {
        int end = rows.size();
        while (end > 0 && header.size() > 1 && rows.get(end - 1).width() == 1) {
            end--;
        }
        return end == rows.size() ? this : new CsvTable(name, header, labels, rows.subList(0, end), encoding,
                separator);
    }

    private static List<String> labels(CSVRecord record) throws Unreadable {
        List<String> labels = new ArrayList<>();
        for (String cell : record) {
            String column = cell.trim();
            if (column.isEmpty()) {
                throw new Unreadable("The header row has an empty column name (column " + (labels.size() + 1) + ")");
            }
            labels.add(column);
        }
        return labels;
    }
}
