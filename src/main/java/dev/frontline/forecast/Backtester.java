package dev.frontline.forecast;

import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Replays history at the start of every period (month or fiscal quarter) from the first one with enough history,
 * forecasting it with only what was known the day before, and scores Frontline, the weighted pipeline and the run
 * rate against what was won.
 *
 * <p>Enough history: three complete months of recorded closes, the shortest history in which every month of a
 * quarter has been seen. A period is replayed once the data reaches its last day.
 */
final class Backtester {

    static final int HISTORY_MONTHS = 3;
    static final String FRONTLINE = "frontline";
    static final String WEIGHTED_PIPELINE = "weighted-pipeline";
    static final String RUN_RATE = "run-rate";

    /** A team with its reps (in name order) and all their deals. */
    record Team(long id, String name, List<ForecastModel.Rep> reps, List<Fact> facts) {
    }

    /** One team-period or rep-period: what happened and what each method said, in cents. */
    record Row(SalesPeriod period, long teamId, String team, @Nullable Long repId, @Nullable String rep, long actual,
               long p10, long p50, long p90, long mean, long weightedPipeline, long runRate) {

        boolean covered() {
            return p10 <= actual && actual <= p90;
        }
    }

    /** A method's accuracy in percent: MAPE and bias over rows with a won revenue, coverage over all rows. */
    record Method(String name, double mape, double bias, @Nullable Double coverage, int rows) {
    }

    record Result(BacktestLevel level, Grain grain, List<Method> methods, List<Row> rows) {
    }

    private Backtester() {
    }

    static Result run(List<Team> teams, BacktestLevel level, Grain grain, int firstMonth, String openStage,
                      Map<String, Long> listPrices, int draws) {
        LocalDate horizon = teams.stream().flatMap(t -> t.facts().stream())
                .flatMap(f -> java.util.stream.Stream.of(f.created(), f.closed())).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        List<Row> rows = new ArrayList<>();
        for (Team team : teams) {
            LocalDate firstClose = team.facts().stream().map(Fact::closed).filter(Objects::nonNull)
                    .min(LocalDate::compareTo).orElse(null);
            if (firstClose == null || horizon == null) {
                continue;
            }
            LocalDate firstFullMonth = firstClose.getDayOfMonth() == 1 ? firstClose
                    : firstClose.withDayOfMonth(1).plusMonths(1);
            LocalDate earliest = firstFullMonth.plusMonths(HISTORY_MONTHS);
            SalesPeriod p = SalesPeriod.of(grain, earliest, firstMonth);
            if (p.start().isBefore(earliest)) {
                p = p.next();
            }
            for (; !p.end().isAfter(horizon); p = p.next()) {
                rows.addAll(replay(team, level, p, openStage, listPrices, firstClose, draws));
            }
        }
        List<Method> methods = List.of(
                score(FRONTLINE, rows, Row::p50, true),
                score(WEIGHTED_PIPELINE, rows, Row::weightedPipeline, false),
                score(RUN_RATE, rows, Row::runRate, false));
        return new Result(level, grain, methods, rows);
    }

    private static List<Row> replay(Team team, BacktestLevel level, SalesPeriod period, String openStage,
                                    Map<String, Long> listPrices, LocalDate firstClose, int draws) {
        LocalDate asOf = period.start().minusDays(1);
        Outlook outlook = ForecastModel.forecast(team.facts(), team.reps(), period, asOf, openStage, draws,
                ForecastModel.seed(team.name()));
        List<Fact> known = team.facts().stream().map(f -> f.asOf(asOf, openStage)).filter(Objects::nonNull).toList();
        List<Row> rows = new ArrayList<>();
        if (level == BacktestLevel.TEAM) {
            Set<Long> owners = new HashSet<>(team.reps().stream().map(ForecastModel.Rep::id).toList());
            rows.add(row(team, null, period, owners, outlook.team(), known, asOf, listPrices, firstClose));
        } else {
            for (ForecastModel.Rep rep : team.reps()) {
                rows.add(row(team, rep, period, Set.of(rep.id()), outlook.reps().get(rep.id()).dist(), known, asOf,
                        listPrices, firstClose));
            }
        }
        return rows;
    }

    private static Row row(Team team, ForecastModel.@Nullable Rep rep, SalesPeriod period, Set<Long> owners,
                           Dist dist, Collection<Fact> known, LocalDate asOf, Map<String, Long> listPrices,
                           LocalDate firstClose) {
        return new Row(period, team.id(), team.name(), rep == null ? null : rep.id(), rep == null ? null : rep.name(),
                Baselines.won(team.facts(), owners, period), dist.p10(), dist.p50(), dist.p90(), dist.mean(),
                Baselines.weightedPipeline(known, owners, period, asOf, listPrices),
                Baselines.runRate(team.facts(), owners, period, firstClose));
    }

    /** MAPE and bias (percent) over rows with a won revenue; coverage of P10–P90 over all rows, for Frontline. */
    static Method score(String name, List<Row> rows, ToLongFunction<Row> forecast, boolean withCoverage) {
        double absolute = 0;
        double signed = 0;
        int scored = 0;
        for (Row r : rows) {
            if (r.actual() > 0) {
                double error = (double) (forecast.applyAsLong(r) - r.actual()) / r.actual();
                absolute += Math.abs(error);
                signed += error;
                scored++;
            }
        }
        Double coverage = withCoverage && !rows.isEmpty()
                ? 100.0 * rows.stream().filter(Row::covered).count() / rows.size() : null;
        return new Method(name, scored == 0 ? 0 : 100 * absolute / scored, scored == 0 ? 0 : 100 * signed / scored,
                coverage, rows.size());
    }
}
