package dev.frontline.imports.internal;

import dev.frontline.imports.RowError;
import dev.frontline.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    @Nullable BigDecimal crmAmount(String column, boolean decimalComma) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> amount = CrmValues.amount(value, decimalComma);
        if (amount.isEmpty()) {
            fail(column, value, decimalComma ? "is not an amount (such as 1234,50, 1.234,50 or 1.234,50 €)"
                    : "is not an amount (such as 1234.50, 1,234.50 or $1,234.50)");
        } else if (amount.get().signum() < 0) {
            fail(column, value, "must not be negative");
        } else if (!Money.fits(amount.get())) {
            fail(column, value, "is larger than the largest amount Frontline keeps (" + Money.MAX.toPlainString() + ")");
        } else {
            return amount.get();
        }
        return null;
    }

    /**
     * A date as CRM exports write it, read in its column's format ({@link DateColumns}); blank is none. A value the
     * format does not read but exactly one other does — or exactly one of those the file's dates settle
     * ({@link DateColumns#settled()}) — is read that way, with a warning; any other value fails, naming the column's
     * format.
     */
    @Nullable LocalDate crmDate(String column, @Nullable DateFormat format, Set<DateFormat> settled) {
        String value = row.get(column);
        DateFormat read = value.isEmpty() ? null : formatFor(column, value, format, settled);
        return read == null ? null : read.parse(value);
    }

    /** A moment as CRM exports write it, read as {@link #crmDate} reads dates; a time without a zone is in {@code zone}. */
    java.time.@Nullable Instant crmInstant(String column, @Nullable DateFormat format, Set<DateFormat> settled,
                                           java.time.ZoneId zone) {
        String value = row.get(column);
        DateFormat read = value.isEmpty() ? null : formatFor(column, value, format, settled);
        java.time.Instant instant = read == null ? null : read.instant(value, zone);
        if (read != null && instant == null) {
            fail(column, value, "has no valid time of day");
        }
        return instant;
    }

    private @Nullable DateFormat formatFor(String column, String value, @Nullable DateFormat format,
                                           Set<DateFormat> settled) {
        if (format != null && format.parse(value) != null) {
            return format;
        }
        Set<DateFormat> others = DateFormat.possible(value);
        Set<DateFormat> likely = EnumSet.noneOf(DateFormat.class);
        likely.addAll(others);
        likely.retainAll(settled);
        if (format != null && (others.size() == 1 || likely.size() == 1)) {
            DateFormat other = (others.size() == 1 ? others : likely).iterator().next();
            warn(column, value, "was read as " + other.label() + ", unlike this column's other dates ("
                    + format.label() + ")");
            return other;
        }
        fail(column, value, format != null && !others.isEmpty()
                ? "is not a date in this column's format, " + format.label() + ", and reads more than one other way ("
                + others.stream().map(DateFormat::label).collect(Collectors.joining(" or ")) + ")"
                : "is not a date (such as 2026-03-04, 03/04/2026, 04.03.2026 or a date and time)");
        return null;
    }
}
