package dev.frontline.results;

import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new hire's quota, prorated from the join date, free of Spring and the database. The quota set for a period is
 * the full quota; what counts is, over the period's months, each month's share of the full quota × the ramp's
 * percent for that month (the joining month is the ramp's 1st), × the share of that month's days from the join
 * date on for the joining month. Months before the joining month count 0; months after the ramp's last step 100%.
 */
final class Proration {

    /** Intermediate precision; results are rounded to cents at the end. */
    static final int SCALE = 10;

    private Proration() {
    }

    /** When a rep joined and the ramp their team applies. */
    record Start(LocalDate joinedOn, Ramp ramp) {
    }

    /** The share (0–1) of a month's full quota the rep carries in that month. */
    static BigDecimal factor(Start start, YearMonth month) {
        return factorToDate(start, month, month.atEndOfMonth());
    }

    /**
     * The share (0–1) of a month's full quota due by {@code upTo} (inclusive): the ramp's percent × the days of the
     * month from the later of its first day and the join date, to the earlier of {@code upTo} and its last day, over
     * all the month's days.
     */
    static BigDecimal factorToDate(Start start, YearMonth month, LocalDate upTo) {
        YearMonth joined = YearMonth.from(start.joinedOn());
        if (month.isBefore(joined)) {
            return BigDecimal.ZERO;
        }
        LocalDate from = month.equals(joined) ? start.joinedOn() : month.atDay(1);
        LocalDate to = upTo.isBefore(month.atEndOfMonth()) ? upTo : month.atEndOfMonth();
        long days = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal step = start.ramp().factor((int) ChronoUnit.MONTHS.between(joined, month));
        if (days == month.lengthOfMonth()) {
            return step;
        }
        return step.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(month.lengthOfMonth()), SCALE,
                RoundingMode.HALF_UP);
    }

    static List<YearMonth> months(SalesPeriod period) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth first = YearMonth.from(period.start());
        for (int i = 0; i < period.months(); i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    /** Whether some month of the period carries less than its full quota. */
    static boolean prorates(Start start, SalesPeriod period) {
        return months(period).stream().anyMatch(m -> factor(start, m).compareTo(BigDecimal.ONE) < 0);
    }

    /** Σ over the months of full(month) × factor(month), in cents. */
    static BigDecimal prorate(Start start, Map<YearMonth, BigDecimal> fullByMonth) {
        return fullByMonth.entrySet().stream().map(e -> e.getValue().multiply(factor(start, e.getKey())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /** What of the prorated quota is due by {@code today}: Σ full(month) × factorToDate(month, today), in cents. */
    static BigDecimal dueBy(Start start, Map<YearMonth, BigDecimal> fullByMonth, LocalDate today) {
        return fullByMonth.entrySet().stream().map(e -> e.getValue().multiply(factorToDate(start, e.getKey(), today)))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The share of a period's full quota the rep carries, its months weighing equally (as a quota set for the
     * period spreads over them): the average of the months' factors.
     */
    static BigDecimal share(Start start, SalesPeriod period) {
        List<YearMonth> months = months(period);
        return months.stream().map(m -> factor(start, m)).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(months.size()), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * In words, how the period is prorated: {@code before joining} (the whole period, which counts 0),
     * {@code joined 16 Nov 2026 · ramping: 25% in November from the 16th, 50% in December},
     * {@code ramping: 75% in January}; null when the period carries its full quota.
     */
    static @Nullable String note(Start start, SalesPeriod period) {
        if (!prorates(start, period)) {
            return null;
        }
        YearMonth joined = YearMonth.from(start.joinedOn());
        List<YearMonth> months = months(period);
        if (months.get(months.size() - 1).isBefore(joined)) {
            return "before joining";
        }
        List<String> ramping = new ArrayList<>();
        boolean below = false;
        for (YearMonth m : months) {
            if (m.isBefore(joined)) {
                continue;
            }
            BigDecimal step = start.ramp().factor((int) ChronoUnit.MONTHS.between(joined, m));
            boolean partial = m.equals(joined) && start.joinedOn().getDayOfMonth() > 1;
            String name = m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String from = partial ? " from the " + ordinal(start.joinedOn().getDayOfMonth()) : "";
            if (step.compareTo(BigDecimal.ONE) < 0) {
                ramping.add(percent(step) + " in " + name + from);
                below = true;
            } else if (partial) {
                ramping.add(name + from);
            }
        }
        String text = (below ? "ramping: " : "prorated: ") + String.join(", ", ramping);
        return months.contains(joined) ? "joined " + day(start.joinedOn()) + " · " + text : text;
    }

    private static String percent(BigDecimal factor) {
        return factor.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + date.getYear();
    }

    static String ordinal(int day) {
        String suffix = day % 100 >= 11 && day % 100 <= 13 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return day + suffix;
    }
}
