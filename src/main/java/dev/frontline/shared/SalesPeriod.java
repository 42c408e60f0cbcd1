package dev.frontline.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sales period: a month ({@code 2026-11}), a fiscal quarter ({@code 2026-Q4}) or a fiscal year ({@code 2026}).
 * The fiscal year starts on the first day of {@code firstMonth} and is named by the calendar year it starts in; with
 * the default first month, January, fiscal and calendar periods are the same. First and last day are inclusive.
 */
public record SalesPeriod(Grain grain, LocalDate start, int firstMonth) {

    public enum Grain { MONTH, QUARTER, YEAR }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public SalesPeriod {
        if (firstMonth < 1 || firstMonth > 12) {
            throw new InvalidInput("firstMonth", "must be 1 to 12, not " + firstMonth);
        }
    }

    /** A calendar period (fiscal year starting in January). */
    public SalesPeriod(Grain grain, LocalDate start) {
        this(grain, start, 1);
    }

    /** Parses a calendar period. */
    public static SalesPeriod parse(String text) {
        return parse(text, 1);
    }

    /**
     * Parses {@code 2026-11}, {@code 2026-Q4} or {@code 2026} in a fiscal calendar whose year starts in
     * {@code firstMonth}.
     *
     * @throws IllegalArgumentException naming the text when it is no period
     */
    public static SalesPeriod parse(String text, int firstMonth) {
        String t = text == null ? "" : text.trim().toUpperCase();
        Matcher m;
        if ((m = QUARTER.matcher(t)).matches()) {
            LocalDate yearStart = LocalDate.of(Integer.parseInt(m.group(1)), firstMonth, 1);
            return new SalesPeriod(Grain.QUARTER, yearStart.plusMonths((Integer.parseInt(m.group(2)) - 1) * 3L), firstMonth);
        }
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return new SalesPeriod(Grain.MONTH, LocalDate.of(Integer.parseInt(m.group(1)), month, 1), firstMonth);
            }
        }
        if ((m = YEAR.matcher(t)).matches()) {
            return new SalesPeriod(Grain.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), firstMonth, 1), firstMonth);
        }
        throw new Malformed("period", Echo.quote(text) + " is not a period: use 2026-Q4, 2026-11 or 2026");
    }

    public static SalesPeriod quarterOf(LocalDate day) {
        return of(Grain.QUARTER, day, 1);
    }

    public static SalesPeriod monthOf(LocalDate day) {
        return of(Grain.MONTH, day, 1);
    }

    /** The period of the given grain that contains the day. */
    public static SalesPeriod of(Grain grain, LocalDate day, int firstMonth) {
        LocalDate yearStart = LocalDate.of(day.getMonthValue() >= firstMonth ? day.getYear() : day.getYear() - 1,
                firstMonth, 1);
        return switch (grain) {
            case MONTH -> new SalesPeriod(grain, YearMonth.from(day).atDay(1), firstMonth);
            case QUARTER -> new SalesPeriod(grain,
                    yearStart.plusMonths(ChronoUnit.MONTHS.between(yearStart, day.withDayOfMonth(1)) / 3 * 3), firstMonth);
            case YEAR -> new SalesPeriod(grain, yearStart, firstMonth);
        };
    }

    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public SalesPeriod next() {
        return new SalesPeriod(grain, start.plusMonths(months()), firstMonth);
    }

    public SalesPeriod previous() {
        return new SalesPeriod(grain, start.minusMonths(months()), firstMonth);
    }

    /** The period {@code n} steps before this one (0 is this one). */
    public SalesPeriod minus(int n) {
        return new SalesPeriod(grain, start.minusMonths((long) months() * n), firstMonth);
    }

    public int months() {
        return switch (grain) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end()) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    /** True when the other period lies wholly inside this one. */
    public boolean encloses(SalesPeriod other) {
        return !other.start.isBefore(start) && !other.end().isAfter(end());
    }

    /**
     * How much of the period has passed on {@code today}: 0 before it starts, 1 after it ends, else the share of its
     * days up to and including today.
     */
    public double elapsed(LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        if (today.isAfter(end())) {
            return 1;
        }
        return (double) (ChronoUnit.DAYS.between(start, today) + 1) / days();
    }

    private int fiscalYear() {
        return start.getMonthValue() >= firstMonth ? start.getYear() : start.getYear() - 1;
    }

    @Override
    public String toString() {
        return switch (grain) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> fiscalYear() + "-Q" + ((start.getMonthValue() - firstMonth + 12) % 12 / 3 + 1);
            case YEAR -> Integer.toString(fiscalYear());
        };
    }
}
