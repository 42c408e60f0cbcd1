package dev.frontline.imports;

import java.util.List;

/**
 * What an import did, or would have done, with one file.
 *
 * @param kind  the layout recognised from the header ({@code UNKNOWN} when none matched)
 * @param rows  data rows read
 */
public record FileReport(String name, String kind, int rows, int created, int updated, int unchanged,
                         List<RowError> errors) {
}
