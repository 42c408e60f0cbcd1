package dev.frontline.people;

import dev.frontline.people.Outlook.Direction;
import dev.frontline.people.Outlook.Variability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rep's track record for the coming quarter. Plain arithmetic over completed months, so that every number
 * in the summary can be checked by hand:
 *
 * <ul>
 *   <li>the base is the last {@value #MONTHS} completed months, counted from the rep's first month with a closed
 *       deal (earlier months would only say they had not started); at least {@value #MIN_MONTHS} are needed;</li>
 *   <li>run rate = mean won revenue per month; spread = the sample standard deviation of those months;</li>
 *   <li>variability = spread ÷ run rate: under 20% consistent, under 40% moderate, else volatile;</li>
 *   <li>direction = the least-squares slope through the months, as a share of the run rate per month: +5% or more
 *       rising, −5% or less falling, else steady;</li>
 *   <li>expected = run rate × the quarter's months; range = expected ± spread × √months (months treated as
 *       independent), never below zero. The trend is reported, not extrapolated: a few months make a poor line;</li>
 *   <li>win rate of the later half of the months against the earlier half, when both halves closed deals;</li>
 *   <li>against the coming quarter's quota, when one is set.</li>
 * </ul>
 */
final class Outlooks {

    static final int MONTHS = 6;
    static final int MIN_MONTHS = 3;

    private Outlooks() {
    }

    /** One completed month of the record. */
    record Month(String label, BigDecimal wonRevenue, int won, int lost) {

        boolean closedAny() {
            return won + lost > 0;
        }
    }

    /**
     * @param history   completed months, oldest first (the current month left out)
     * @param period    the coming quarter's name
     * @param months    how many months it has
     * @param quota     its quota, if one is set
     */
    static Outlook of(List<Month> history, String period, int months, @Nullable BigDecimal quota) {
        int first = 0;
        while (first < history.size() && !history.get(first).closedAny()) {
            first++;
        }
        List<Month> base = history.subList(Math.max(first, history.size() - MONTHS), history.size());
        if (base.size() < MIN_MONTHS) {
            String why = first >= history.size() ? "No closed deals yet" : "Only " + base.size()
                    + " completed month" + (base.size() == 1 ? "" : "s") + " since their first closed deal";
            return new Outlook(period, why + ": too little history to read a trend. Look at their pipeline and "
                    + "activity instead, and revisit once " + MIN_MONTHS + " months have closed.",
                    List.of("An outlook needs at least " + MIN_MONTHS + " completed months with a track record."),
                    null, null, null, Direction.UNKNOWN, Variability.UNKNOWN);
        }
        int n = base.size();
        double[] y = base.stream().mapToDouble(m -> m.wonRevenue().doubleValue()).toArray();
        double mean = mean(y);
        double spread = sd(y, mean);
        double slope = slope(y);
        Direction direction = mean <= 0 ? Direction.STEADY
                : slope / mean >= 0.05 ? Direction.RISING : slope / mean <= -0.05 ? Direction.FALLING : Direction.STEADY;
        double cv = mean <= 0 ? 0 : spread / mean;
        Variability variability = mean <= 0 ? Variability.CONSISTENT
                : cv < 0.2 ? Variability.CONSISTENT : cv < 0.4 ? Variability.MODERATE : Variability.VOLATILE;
        BigDecimal expected = money(mean * months);
        BigDecimal low = money(Math.max(0, mean * months - spread * Math.sqrt(months)));
        BigDecimal high = money(mean * months + spread * Math.sqrt(months));

        List<String> reasons = new ArrayList<>();
        String span = base.get(0).label() + " to " + base.get(n - 1).label();
        reasons.add("Run rate: " + Findings.money(money(mean)) + " won per month on average over the " + n
                + " completed months " + span + ".");
        reasons.add(switch (direction) {
            case RISING -> "Direction: rising, about " + pct(slope / mean) + "% of the run rate more each month.";
            case FALLING -> "Direction: falling, about " + pct(-slope / mean) + "% of the run rate less each month.";
            default -> "Direction: steady (the monthly trend is within ±5% of the run rate).";
        });
        reasons.add(switch (variability) {
            case CONSISTENT -> "Variability: consistent, months stay within about " + pct(cv) + "% of the run rate.";
            case MODERATE -> "Variability: moderate swings of about " + pct(cv) + "% from month to month.";
            default -> "Variability: volatile, months swing by about " + pct(cv) + "% of the run rate.";
        });
        winRates(base).ifPresent(reasons::add);
        String versusQuota = "";
        if (quota != null && quota.signum() > 0) {
            BigDecimal share = expected.multiply(BigDecimal.valueOf(100)).divide(quota, 0, RoundingMode.HALF_UP);
            versusQuota = ", about " + share + "% of its " + Findings.money(quota) + " quota";
            reasons.add("Quota for " + period + ": " + Findings.money(quota) + "; the run rate covers about " + share + "%.");
        }
        String headline = label(direction, variability) + ": if the run rate holds, expect about "
                + Findings.money(expected) + " in " + period + versusQuota + " (likely between " + Findings.money(low)
                + " and " + Findings.money(high) + ")." + advice(direction, variability);
        return new Outlook(period, headline, reasons, expected, low, high, direction, variability);
    }

    private static java.util.Optional<String> winRates(List<Month> base) {
        int half = base.size() / 2;
        List<Month> earlier = base.subList(0, base.size() - half);
        List<Month> later = base.subList(base.size() - half, base.size());
        Integer before = rate(earlier);
        Integer after = rate(later);
        if (before == null || after == null) {
            return java.util.Optional.empty();
        }
        String move = after > before ? "up from " : after < before ? "down from " : "the same as ";
        return java.util.Optional.of("Win rate: " + after + "% in the last " + later.size() + " months, " + move + before
                + "% in the " + earlier.size() + " before.");
    }

    private static @Nullable Integer rate(List<Month> months) {
        int won = months.stream().mapToInt(Month::won).sum();
        int closed = won + months.stream().mapToInt(Month::lost).sum();
        return closed == 0 ? null : (int) Math.round(100.0 * won / closed);
    }

    private static String label(Direction direction, Variability variability) {
        String d = switch (direction) {
            case RISING -> "Rising";
            case FALLING -> "Falling";
            default -> "Steady";
        };
        return d + switch (variability) {
            case CONSISTENT -> " and consistent";
            case MODERATE -> " with moderate swings";
            default -> " but volatile";
        };
    }

    private static String advice(Direction direction, Variability variability) {
        if (direction == Direction.FALLING) {
            return " The trend points lower: check pipeline coverage early.";
        }
        if (variability == Variability.VOLATILE) {
            return " Treat the figure as a wide range: a few deals decide their quarter.";
        }
        if (direction == Direction.RISING) {
            return " The trend points higher, so this may prove cautious.";
        }
        return "";
    }

    static double mean(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return sum / y.length;
    }

    static double sd(double[] y, double mean) {
        if (y.length < 2) {
            return 0;
        }
        double squares = 0;
        for (double v : y) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (y.length - 1));
    }

    /** Least-squares slope of y against 0, 1, 2, … */
    static double slope(double[] y) {
        int n = y.length;
        double xMean = (n - 1) / 2.0;
        double yMean = mean(y);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - xMean) * (y[i] - yMean);
            den += (i - xMean) * (i - xMean);
        }
        return den == 0 ? 0 : num / den;
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP);
    }

    private static long pct(double share) {
        return Math.round(share * 100);
    }
}
