package dev.frontline.imports;

import dev.frontline.shared.Echo;
import org.jspecify.annotations.Nullable;

/**
 * Why a row (or a whole file, when {@code row} is null) was refused.
 *
 * @param row the row number in the file as a spreadsheet shows it: the header is row 1
 */
public record RowError(@Nullable Integer row, @Nullable String column, @Nullable String value, String message) {

    /** The value is kept as the file has it, cut to a few dozen characters ({@link Echo}). */
    public RowError {
        value = value == null ? null : Echo.of(value);
    }

    public static RowError file(String message) {
        return new RowError(null, null, null, message);
    }
}
