package dev.frontline.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * How good a backtest is, from its rows alone (independently of how the backtester scores itself): MAPE and bias of
 * each method over rows with a won revenue, the share of rows whose P10–P90 held what was won, the sharpness of the
 * range (the median of (P90 − P10) / P50) and the interval score of the P10–P90 range, a proper score that rewards
 * narrow ranges and punishes misses (Gneiting and Raftery 2007, α = 0.2), in percent of the average won revenue.
 */
record Scores(int rows, double mape, double bias, double pipelineMape, double runRateMape, double coverage,
              double width, double intervalScore) {

    static final double ALPHA = 0.2;

    static Scores of(List<Backtester.Row> rows) {
        double won = rows.stream().mapToLong(Backtester.Row::actual).average().orElse(0);
        List<Double> widths = new ArrayList<>();
        double interval = 0;
        int covered = 0;
        for (Backtester.Row r : rows) {
            if (r.p50() > 0) {
                widths.add((double) (r.p90() - r.p10()) / r.p50());
            }
            interval += (r.p90() - r.p10()) + 2 / ALPHA * (Math.max(0, r.p10() - r.actual())
                    + Math.max(0, r.actual() - r.p90()));
            covered += r.p10() <= r.actual() && r.actual() <= r.p90() ? 1 : 0;
        }
        return new Scores(rows.size(), mape(rows, Backtester.Row::p50), bias(rows, Backtester.Row::p50),
                mape(rows, Backtester.Row::weightedPipeline), mape(rows, Backtester.Row::runRate),
                rows.isEmpty() ? 0 : 100.0 * covered / rows.size(), 100 * median(widths),
                won == 0 ? 0 : 100 * interval / rows.size() / won);
    }

    /** The better baseline's MAPE. */
    double baseline() {
        return Math.min(pipelineMape, runRateMape);
    }

    boolean beatsBothBaselines() {
        return mape < pipelineMape && mape < runRateMape;
    }

    String line() {
        return String.format(Locale.ROOT, "%4d | %6.1f%% | %+6.1f%% | %6.1f%% | %6.1f%% | %5.1f%% | %5.0f%% | %5.0f%%",
                rows, mape, bias, pipelineMape, runRateMape, coverage, width, intervalScore);
    }

    static double mape(List<Backtester.Row> rows, ToLongFunction<Backtester.Row> forecast) {
        return rows.stream().filter(r -> r.actual() > 0)
                .mapToDouble(r -> Math.abs(forecast.applyAsLong(r) - r.actual()) / (double) r.actual()).average()
                .orElse(0) * 100;
    }

    static double bias(List<Backtester.Row> rows, ToLongFunction<Backtester.Row> forecast) {
        return rows.stream().filter(r -> r.actual() > 0)
                .mapToDouble(r -> (forecast.applyAsLong(r) - r.actual()) / (double) r.actual()).average().orElse(0)
                * 100;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
