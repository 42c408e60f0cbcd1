package dev.frontline.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How pages write numbers, money and dates — the one number format: money in whole dollars, percentages with at most
 * one decimal, coverage as {@code 9.5×}, days whole, plain numbers with at most one decimal. Templates call these and
 * never format a number themselves.
 */
public final class Fmt {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Fmt() {
    }

    public static String money(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        BigDecimal dollars = amount.setScale(0, RoundingMode.HALF_UP);
        String grouped = grouped(dollars.abs().toPlainString());
        return dollars.signum() < 0 ? "-$" + grouped : "$" + grouped;
    }

    public static String count(long n) {
        String grouped = grouped(Long.toString(Math.abs(n)));
        return n < 0 ? "-" + grouped : grouped;
    }

    /**
     * Digits grouped by thousands as en-US writes them ({@code 1234567} → {@code 1,234,567}): a page of 200 rows
     * writes some 1,400 amounts, each without building a {@link NumberFormat}.
     */
    private static String grouped(String digits) {
        int n = digits.length();
        if (n <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(n + n / 3);
        int first = n % 3 == 0 ? 3 : n % 3;
        out.append(digits, 0, first);
        for (int i = first; i < n; i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** A percentage given in percent ({@code 46.25} → {@code 46.3%}, {@code 50.0} → {@code 50%}). */
    public static String percent(@Nullable BigDecimal pct) {
        return pct == null ? "—" : decimal(pct) + "%";
    }

    /** A chance given as a fraction of one, in whole percent ({@code 0.921} → {@code 92%}). */
    public static String chance(@Nullable BigDecimal fraction) {
        return fraction == null ? "—" : fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Pipeline coverage, a multiple of what is still to win ({@code 9.54} → {@code 9.5×}). */
    public static String coverage(@Nullable BigDecimal times) {
        return times == null ? "—" : decimal(times) + "×";
    }

    /** A number of days, whole ({@code 68.5} → {@code 69}). */
    public static String days(@Nullable BigDecimal days) {
        return days == null ? "—" : count(days.setScale(0, RoundingMode.HALF_UP).longValue());
    }

    /** A plain number with at most one decimal ({@code 3.25} → {@code 3.3}, {@code 12.0} → {@code 12}). */
    public static String decimal(@Nullable BigDecimal n) {
        if (n == null) {
            return "—";
        }
        BigDecimal rounded = n.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.signum() == 0 ? BigDecimal.ZERO : rounded).toPlainString();
    }

    /** An amount for a form field: a whole number without grouping ({@code 48000.40} → {@code 48000}); "" for none. */
    public static String wholeInput(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String period(Object period) {
        return period.toString();
    }
}
