package dev.frontline.forecast;

import dev.frontline.forecast.GeneratedHistories.Result;
import dev.frontline.forecast.HistoryGenerator.Recipe;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The backtest across the generated histories and the shipped dataset, one row per history and a summary against the
 * issue's acceptance. A documented command, not part of {@code ./mvnw verify}:
 *
 * <pre>./mvnw -Psweep test</pre>
 *
 * ({@code -Dsweep.drawn=N} sets how many histories are drawn besides the eight corner cases; 24 by default.)
 */
@Tag("sweep")
class BacktestSweep {

    @Test
    void backtestEveryGeneratedHistory() throws Exception {
        int drawn = Integer.getInteger("sweep.drawn", 24);
        List<Recipe> recipes = GeneratedHistories.sweep(drawn);
        long started = System.nanoTime();
        List<Result> results = run(recipes, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), true);
        print(System.out, results, dataset());
        System.out.printf(Locale.ROOT, "%d histories in %.0f s%n", results.size(), (System.nanoTime() - started) / 1e9);
    }

    /** Backtests the histories on up to {@code threads} threads: team-months and team-quarters, rep-months if asked. */
    static List<Result> run(List<Recipe> recipes, int threads, boolean quartersAndReps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            recipes.forEach(r -> futures.add(pool.submit(() -> GeneratedHistories.backtest(r, quartersAndReps))));
            List<Result> out = new ArrayList<>();
            for (Future<Result> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    static Result dataset() {
        List<Backtester.Team> teams = DatasetTeams.teams();
        return GeneratedHistories.result(new Recipe("shipped dataset", 0, 6, 6, 10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0), teams,
                GeneratedHistories.run(teams, BacktestLevel.TEAM, dev.frontline.shared.SalesPeriod.Grain.MONTH),
                GeneratedHistories.run(teams, BacktestLevel.TEAM, dev.frontline.shared.SalesPeriod.Grain.QUARTER),
                Scores.of(GeneratedHistories.run(teams, BacktestLevel.REP, dev.frontline.shared.SalesPeriod.Grain.MONTH).rows()));
    }

    static void print(PrintStream out, List<Result> results, Result dataset) {
        out.println();
        out.println("Columns per grain: rows | Frontline MAPE | bias | weighted-pipeline MAPE | run-rate MAPE | "
                + "P10–P90 coverage | median (P90−P10)/P50 | interval score (% of average won)");
        out.println();
        out.println("| history | wins/mo | team-month: rows, MAPE, bias, WP, RR, cover, width, IS "
                + "| team-quarter: same | rep-month: same |");
        out.println("|---|---:|---|---|---|");
        for (Result r : results) {
            out.printf(Locale.ROOT, "| %s | %.0f | %s | %s | %s |%n", r.recipe().name(), r.winsPerMonth(),
                    r.month().line(), r.quarter().line(), r.repMonth().line());
        }
        out.printf(Locale.ROOT, "| %s | — | %s | %s | %s |%n", dataset.recipe().name(), dataset.month().line(),
                dataset.quarter().line(), dataset.repMonth().line());
        out.println();
        summary(out, "team-month", results, Result::month, Result::bigTeamMonths);
        summary(out, "team-quarter", results, Result::quarter, Result::bigTeamQuarters);
        summary(out, "rep-month", results, Result::repMonth, r -> Scores.of(List.of()));
        out.println();
        results.forEach(r -> out.println("  " + r.recipe()));
    }

    static void summary(PrintStream out, String grain, List<Result> results, Function<Result, Scores> scores,
                        Function<Result, Scores> big) {
        int n = results.size();
        long beats = results.stream().filter(r -> scores.apply(r).beatsBothBaselines()).count();
        double worst = results.stream().mapToDouble(r -> scores.apply(r).mape() / scores.apply(r).baseline()).max()
                .orElse(0);
        long calibrated = results.stream().filter(r -> scores.apply(r).coverage() >= 70 && scores.apply(r).coverage() <= 90)
                .count();
        List<Double> bigWidths = results.stream().filter(r -> big.apply(r).rows() > 0).map(r -> big.apply(r).width())
                .toList();
        out.printf(Locale.ROOT, "%s: beats both baselines in %d of %d (%.0f%%); worst MAPE / better baseline %.2f; "
                        + "coverage 70–90%% in %d of %d (%.0f%%); median coverage %.1f%%; median MAPE %.1f%% (WP %.1f%%, RR %.1f%%); "
                        + "median width %.0f%%, %d histories with teams winning 50+ a month: their median width %.0f%% (max %.0f%%); median IS %.0f%%%n",
                grain, beats, n, 100.0 * beats / n, worst, calibrated, n, 100.0 * calibrated / n,
                Scores.median(results.stream().map(r -> scores.apply(r).coverage()).toList()),
                Scores.median(results.stream().map(r -> scores.apply(r).mape()).toList()),
                Scores.median(results.stream().map(r -> scores.apply(r).pipelineMape()).toList()),
                Scores.median(results.stream().map(r -> scores.apply(r).runRateMape()).toList()),
                Scores.median(results.stream().map(r -> scores.apply(r).width()).toList()), bigWidths.size(),
                Scores.median(bigWidths), bigWidths.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                Scores.median(results.stream().map(r -> scores.apply(r).intervalScore()).toList()));
    }
}
