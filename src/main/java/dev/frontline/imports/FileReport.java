package dev.frontline.imports;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an import did, or would have done, with one file.
 *
 * @param kind         the layout recognised from the header ({@code UNKNOWN} when none matched)
 * @param rows         data rows read
 * @param errors       why rows were refused (at most {@link ImportReport#MAX_ERRORS} across the batch)
 * @param warnings     rows imported as they are that a person should know about, such as a won deal without an
 *                     amount (at most {@link ImportReport#MAX_ERRORS} across the batch)
 * @param warningCount how many warnings the file has in all, listed or not
 * @param encoding     the encoding the file was read in ({@code UTF-8}, {@code UTF-8 with BOM}, {@code Windows-1252},
 *                     …), null when it could not be read
 * @param separator    what separates its columns ({@code comma}, {@code semicolon}, {@code tab}, {@code pipe}), null
 *                     when it could not be read
 * @param dateFormats  per date column (as the file spells it), the format its dates were read in and how it was found
 *                     ({@code "MM/DD/YY (detected)"})
 */
public record FileReport(String name, String kind, int rows, int created, int updated, int unchanged,
                         List<RowError> errors, List<RowError> warnings, int warningCount,
                         @Nullable String encoding, @Nullable String separator, Map<String, String> dateFormats) {

    public FileReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        dateFormats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dateFormats));
    }

    /** A report of a file not read as text (or before its reading is known). */
    public FileReport(String name, String kind, int rows, int created, int updated, int unchanged,
                      List<RowError> errors, List<RowError> warnings, int warningCount) {
        this(name, kind, rows, created, updated, unchanged, errors, warnings, warningCount, null, null, Map.of());
    }

    /** A report without warnings. */
    public FileReport(String name, String kind, int rows, int created, int updated, int unchanged,
                      List<RowError> errors) {
        this(name, kind, rows, created, updated, unchanged, errors, List.of(), 0);
    }

    /** This report with the rows the write created, updated and left unchanged. */
    FileReport written(int created, int updated, int unchanged) {
        return new FileReport(name, kind, rows, created, updated, unchanged, errors, warnings, warningCount, encoding,
                separator, dateFormats);
    }
}
