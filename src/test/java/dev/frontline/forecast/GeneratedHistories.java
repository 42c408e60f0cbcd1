package dev.frontline.forecast;

import dev.frontline.forecast.HistoryGenerator.History;
import dev.frontline.forecast.HistoryGenerator.Recipe;
import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generated histories the forecast is backtested on: eight that each push one dimension to the end of its range,
 * then histories whose make-up is drawn at random (fixed seeds) across all the ranges at once — teams of 3–15 reps,
 * deal creation halving to quadrupling a year, quarter-end pull-in none to strong, median cycles from two weeks to
 * six months, win rates 0.2–0.8 with rep-to-rep spread, reps joining and leaving, missing amounts, stale deals.
 */
final class GeneratedHistories {

    /** Every history is exported on this day (a Friday; the tests' today). */
    static final LocalDate EXPORTED = LocalDate.of(2026, 11, 27);

    private GeneratedHistories() {
    }

    /** The full sweep: the eight corner cases and {@code drawn} histories drawn across the ranges. */
    static List<Recipe> sweep(int drawn) {
        List<Recipe> out = new ArrayList<>(corners());
        SplittableRandom random = new SplittableRandom(20261127L);
        for (int i = 1; i <= drawn; i++) {
            double growth = Math.exp(Math.log(0.5) + random.nextDouble() * (Math.log(4) - Math.log(0.5)));
            int cycle = (int) Math.round(Math.exp(Math.log(14) + random.nextDouble() * (Math.log(180) - Math.log(14))));
            out.add(new Recipe(String.format(Locale.ROOT, "drawn%02d", i), 1000L + i, 2 + random.nextInt(3),
                    3 + random.nextInt(13), 24 + random.nextInt(13), growth, random.nextDouble(), cycle, 0.2 + 0.6 * random.nextDouble(),
                    0.02 + 0.1 * random.nextDouble(), 8 + 32 * random.nextDouble(), 0.2 * random.nextDouble(),
                    0.4 * random.nextDouble(), random.nextDouble(), 0.3 * random.nextDouble()));
        }
        return out;
    }

    /** Eight histories, each at the end of one range, the rest middling. */
    static List<Recipe> corners() {
        return List.of(
                new Recipe("flat", 1, 3, 10, 30, 1, 0.2, 45, 0.5, 0.05, 20, 0.1, 0.2, 0.5, 0.1),
                new Recipe("quadrupling", 2, 3, 8, 30, 4, 0.2, 45, 0.5, 0.05, 12, 0.1, 0.2, 0.5, 0.1),
                new Recipe("halving", 3, 3, 12, 30, 0.5, 0.2, 90, 0.45, 0.05, 30, 0.1, 0.2, 0.5, 0.1),
                new Recipe("pull-in", 4, 3, 10, 30, 1.2, 0.9, 45, 0.5, 0.05, 20, 0.1, 0.2, 0.5, 0.1),
                new Recipe("two-week-cycle", 5, 3, 6, 30, 1.5, 0.3, 14, 0.55, 0.08, 25, 0.1, 0.2, 0.3, 0.05),
                new Recipe("six-month-cycle", 6, 3, 15, 30, 1.3, 0.3, 180, 0.4, 0.05, 30, 0.1, 0.2, 0.8, 0.2),
                new Recipe("low-win", 7, 3, 4, 30, 1, 0.1, 60, 0.2, 0.03, 15, 0.15, 0.4, 0.9, 0.25),
                new Recipe("high-win", 8, 3, 15, 30, 2, 0.5, 30, 0.8, 0.1, 35, 0.05, 0.1, 0.2, 0.0));
    }

    static History generate(Recipe recipe) {
        return HistoryGenerator.generate(recipe, EXPORTED);
    }

    /** One history's backtests: team-months, team-quarters and rep-months, and how many deals a month it wins. */
    /**
     * @param bigTeams the team-months and team-quarters of the teams that win 50 deals or more a month, for sharpness
     */
    record Result(Recipe recipe, Scores month, Scores quarter, Scores repMonth, double winsPerMonth,
                  Scores bigTeamMonths, Scores bigTeamQuarters) {
    }

    /** One history's backtest: team-months, and team-quarters and rep-months when {@code reps}. */
    static Result backtest(Recipe recipe, boolean reps) {
        History h = generate(recipe);
        List<Backtester.Team> teams = h.modelTeams();
        Backtester.Result month = run(teams, BacktestLevel.TEAM, SalesPeriod.Grain.MONTH);
        Backtester.Result quarter = reps ? run(teams, BacktestLevel.TEAM, SalesPeriod.Grain.QUARTER)
                : new Backtester.Result(BacktestLevel.TEAM, SalesPeriod.Grain.QUARTER, List.of(), List.of());
        Scores repMonth = reps ? Scores.of(run(teams, BacktestLevel.REP, SalesPeriod.Grain.MONTH).rows())
                : Scores.of(List.of());
        return result(recipe, teams, month, quarter, repMonth);
    }

    static Result result(Recipe recipe, List<Backtester.Team> teams, Backtester.Result month, Backtester.Result quarter,
                         Scores repMonth) {
        java.util.Set<Long> big = new java.util.HashSet<>();
        for (Backtester.Team t : teams) {
            List<Backtester.Row> own = month.rows().stream().filter(r -> r.teamId() == t.id()).toList();
            if (winsPerMonth(teams, own) >= 50) {
                big.add(t.id());
            }
        }
        return new Result(recipe, Scores.of(month.rows()), Scores.of(quarter.rows()), repMonth,
                winsPerMonth(teams, month.rows()),
                Scores.of(month.rows().stream().filter(r -> big.contains(r.teamId())).toList()),
                Scores.of(quarter.rows().stream().filter(r -> big.contains(r.teamId())).toList()));
    }

    static Backtester.Result run(List<Backtester.Team> teams, BacktestLevel level, SalesPeriod.Grain grain) {
        return Backtester.run(teams, level, grain, 1, "Engaging", DatasetTeams.listPrices(), ForecastModel.DRAWS);
    }

    private static double winsPerMonth(List<Backtester.Team> teams, List<Backtester.Row> rows) {
        long wins = 0;
        for (Backtester.Row r : rows) {
            for (Backtester.Team t : teams) {
                if (t.id() == r.teamId()) {
                    wins += t.facts().stream().filter(f -> f.wonBetween(r.period().start().minusDays(1), r.period().end()))
                            .count();
                }
            }
        }
        return rows.isEmpty() ? 0 : (double) wins / rows.size();
    }
}
