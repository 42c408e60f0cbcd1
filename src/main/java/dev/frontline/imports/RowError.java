package dev.frontline.imports;

import org.jspecify.annotations.Nullable;

/**
 * Why a row (or a whole file, when {@code row} is null) was refused.
 *
 * @param row the row number in the file as a spreadsheet shows it: the header is row 1
 */
public record RowError(@Nullable Integer row, @Nullable String column, @Nullable String value, String message) {

    public static RowError file(String message) {
        return new RowError(null, null, null, message);
    }
}
