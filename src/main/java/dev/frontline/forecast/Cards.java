package dev.frontline.forecast;

import dev.frontline.results.Goals;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A forecast's card: this period and the next, the last six periods' forecasts against quota and won, the chart. */
@Component
class Cards {

    static final int HISTORY_PERIODS = 6;

    private final Goals goals;
    private final Charts charts;

    Cards(Goals goals, Charts charts) {
        this.goals = goals;
        this.charts = charts;
    }

    ForecastCard team(Scope scope, TeamData data, Outlook current) {
        long teamId = data.team().id();
        Function<Outlook, Forecast> forecastOf = o -> Figures.team(o, goals.teamQuotas(scope, teamId, o.period()).team(),
                List.of());
        SalesPeriod period = current.period();
        List<PastPeriod> history = history(data, period, data.repIds(), p -> goals.teamQuotas(scope, teamId, p).team());
        return card(forecastOf.apply(current), forecastOf.apply(data.outlook(period.next())), history);
    }

    ForecastCard rep(Scope scope, TeamData data, Outlook current, long repId) {
        Function<Outlook, Forecast> forecastOf = o -> Figures.rep(o, repId, goals.repQuota(scope, repId, o.period()),
                List.of());
        SalesPeriod period = current.period();
        List<PastPeriod> history = history(data, period, List.of(repId), p -> goals.repQuota(scope, repId, p));
        return card(forecastOf.apply(current), forecastOf.apply(data.outlook(period.next())), history);
    }

    /** Each of the last periods that has ended, forecast as of its eve, beside what was won and the quota. */
    private static List<PastPeriod> history(TeamData data, SalesPeriod period, List<Long> repIds,
                                            Function<SalesPeriod, @Nullable BigDecimal> quota) {
        List<PastPeriod> out = new ArrayList<>();
        LocalDate today = data.today();
        for (int i = HISTORY_PERIODS; i >= 1; i--) {
            SalesPeriod p = period.minus(i);
            if (!p.end().isBefore(today)) {
                continue;
            }
            Outlook o = data.outlook(p, p.start().minusDays(1));
            Dist d = repIds.size() == 1 ? o.reps().get(repIds.get(0)).dist() : o.team();
            long won = Baselines.won(data.facts(), Set.copyOf(repIds), p);
            if (out.isEmpty() && won == 0 && !o.history()) {
                continue;
            }
            out.add(new PastPeriod(p, Money.exact(won), Money.of(d.p10()), Money.of(d.p50()), Money.of(d.p90()),
                    quota.apply(p), o.history()));
        }
        return out;
    }

    private ForecastCard card(Forecast current, Forecast next, List<PastPeriod> history) {
        return new ForecastCard(current, next, history, FanChart.spec(charts, current, next, history));
    }
}
