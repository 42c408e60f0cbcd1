package dev.frontline.imports.internal;

import dev.frontline.imports.RowError;
import dev.frontline.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Reads typed values out of one row, recording an error naming row, column, value and reason for each bad one. */
final class RowChecker {


    private final CsvTable.Row row;
    private final List<RowError> errors;
    private final List<RowError> warnings;
    private final UnaryOperator<String> label;
    private boolean failed;

    RowChecker(CsvTable.Row row, List<RowError> errors, List<RowError> warnings) {
        this(row, errors, warnings, UnaryOperator.identity());
    }

    /** A checker that names columns in its errors and warnings by {@code label} (their spelling in the file). */
    RowChecker(CsvTable.Row row, List<RowError> errors, List<RowError> warnings, UnaryOperator<String> label) {
        this.row = row;
        this.errors = errors;
        this.warnings = warnings;
        this.label = label;
    }

    CsvTable.Row row() {
        return row;
    }

    boolean failed() {
        return failed;
    }

    void fail(@Nullable String column, @Nullable String value, String message) {
        failed = true;
        errors.add(new RowError(row.number(), column == null ? null : label.apply(column), value, message));
    }

    /** Records something the row is imported with but a person should know (it does not fail the row). */
    void warn(@Nullable String column, @Nullable String value, String message) {
        warnings.add(new RowError(row.number(), column == null ? null : label.apply(column), value, message));
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
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            fail(column, value, "is not a number");
            return null;
        }
        if (!Money.fits(amount)) {
            fail(column, value, "is larger than the largest amount Frontline keeps (" + Money.MAX.toPlainString() + ")");
            return null;
        }
        if (amount.signum() < 0) {
            fail(column, value, "must not be negative");
            return null;
        }
        return Money.of(amount).amount();
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

    /** An amount as CRM exports write it ({@link CrmValues#amount}); blank is none. */
    @Nullable BigDecimal crmAmount(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> amount = CrmValues.amount(value);
        if (amount.isEmpty()) {
            fail(column, value, "is not an amount (such as 1234.50, 1,234.50 or $1,234.50)");
        } else if (amount.get().signum() < 0) {
            fail(column, value, "must not be negative");
        } else if (!Money.fits(amount.get())) {
            fail(column, value, "is larger than the largest amount Frontline keeps (" + Money.MAX.toPlainString() + ")");
        } else {
            return amount.get();
        }
        return null;
    }

    /** A date as CRM exports write it ({@link CrmValues#date}); blank is none. */
    @Nullable LocalDate crmDate(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        return CrmValues.date(value).orElseGet(() -> {
            fail(column, value, "is not a valid date (YYYY-MM-DD, M/D/YYYY or a date and time)");
            return null;
        });
    }
}
