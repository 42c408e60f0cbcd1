package dev.frontline.imports.internal;

import dev.frontline.imports.RowError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads typed values out of one row, recording an error naming row, column, value and reason for each bad one. */
final class RowChecker {

    private final CsvTable.Row row;
    private final List<RowError> errors;
    private boolean failed;

    RowChecker(CsvTable.Row row, List<RowError> errors) {
        this.row = row;
        this.errors = errors;
    }

    boolean failed() {
        return failed;
    }

    void fail(@Nullable String column, @Nullable String value, String message) {
        failed = true;
        errors.add(new RowError(row.number(), column, value, message));
    }

    String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            fail(column, value, "is required");
        }
        return value;
    }

    @Nullable String optional(String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : value;
    }

    @Nullable Integer integer(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            fail(column, value, "is not a whole number");
            return null;
        }
    }

    @Nullable BigDecimal amount(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0) {
                fail(column, value, "must not be negative");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            fail(column, value, "is not a number");
            return null;
        }
    }

    @Nullable LocalDate date(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            fail(column, value, "is not a valid date (YYYY-MM-DD)");
            return null;
        }
    }
}
