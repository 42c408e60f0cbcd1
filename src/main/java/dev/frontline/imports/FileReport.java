package dev.frontline.imports;

import java.util.List;

/**
 * What an import did, or would have done, with one file.
 *
 * @param kind         the layout recognised from the header ({@code UNKNOWN} when none matched)
 * @param rows         data rows read
 * @param errors       why rows were refused (at most {@link ImportReport#MAX_ERRORS} across the batch)
 * @param warnings     rows imported as they are that a person should know about, such as a won deal without an
 *                     amount (at most {@link ImportReport#MAX_ERRORS} across the batch)
 * @param warningCount how many warnings the file has in all, listed or not
 */
public record FileReport(String name, String kind, int rows, int created, int updated, int unchanged,
                         List<RowError> errors, List<RowError> warnings, int warningCount) {

    public FileReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** A report without warnings. */
    public FileReport(String name, String kind, int rows, int created, int updated, int unchanged,
                      List<RowError> errors) {
        this(name, kind, rows, created, updated, unchanged, errors, List.of(), 0);
    }

    /** This report with the rows the write created, updated and left unchanged. */
    FileReport written(int created, int updated, int unchanged) {
        return new FileReport(name, kind, rows, created, updated, unchanged, errors, warnings, warningCount);
    }
}
