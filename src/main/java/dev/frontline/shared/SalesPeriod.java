package dev.frontline.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar sales period: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year ({@code 2026}).
 * The first and last day are inclusive.
 */
public record SalesPeriod(Grain grain, LocalDate start) {

    public enum Grain { MONTH, QUARTER, YEAR }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public static SalesPeriod parse(String text) {
        String t = text.trim().toUpperCase();
        Matcher m;
        if ((m = QUARTER.matcher(t)).matches()) {
            return quarterOf(LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
        }
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return new SalesPeriod(Grain.MONTH, LocalDate.of(Integer.parseInt(m.group(1)), month, 1));
            }
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return new SalesPeriod(Grain.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
        }
        throw new IllegalArgumentException("'" + text + "' is not a period: use 2026-Q4, 2026-11 or 2026");
    }

    public static SalesPeriod quarterOf(LocalDate day) {
        return new SalesPeriod(Grain.QUARTER, LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1));
    }

    public static SalesPeriod monthOf(LocalDate day) {
        return new SalesPeriod(Grain.MONTH, YearMonth.from(day).atDay(1));
    }

    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public SalesPeriod next() {
        return new SalesPeriod(grain, switch (grain) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        });
    }

    public SalesPeriod previous() {
        return new SalesPeriod(grain, switch (grain) {
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
            case YEAR -> start.minusYears(1);
        });
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    @Override
    public String toString() {
        return switch (grain) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
