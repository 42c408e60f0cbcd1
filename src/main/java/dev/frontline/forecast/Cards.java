package dev.frontline.forecast;

import dev.frontline.shared.SalesPeriod;
import dev.frontline.system.Charts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A forecast's card: this period and the next, the last six periods' forecasts against quota and won, the chart.
 * Every forecast on it comes from the team's {@link TeamEntry} (simulated once per version of the data), the
 * quotas of all its periods from one read.
 */
@Component
class Cards {

    static final int HISTORY_PERIODS = 6;

    private final Quotas quotas;
    private final Charts charts;

    Cards(Quotas quotas, Charts charts) {
        this.quotas = quotas;
        this.charts = charts;
    }

    ForecastCard team(dev.frontline.shared.Scope scope, TeamEntry entry, Outlook current) {
        SalesPeriod period = current.period();
        var byPeriod = quotas.team(scope, entry, periods(entry, period));
        Function<SalesPeriod, @Nullable BigDecimal> quota = p -> byPeriod.get(p).team();
        return card(Figures.team(current, quota.apply(period), List.of()),
                Figures.team(entry.outlook(period.next()), quota.apply(period.next()), List.of()),
                history(entry, period, entry.repIds(), quota));
    }

    ForecastCard rep(dev.frontline.shared.Scope scope, TeamEntry entry, Outlook current, long repId) {
        SalesPeriod period = current.period();
        var byPeriod = quotas.rep(scope, entry, repId, periods(entry, period));
        Function<SalesPeriod, @Nullable BigDecimal> quota = p -> byPeriod.get(p).orElse(null);
        return card(Figures.rep(current, repId, quota.apply(period), List.of()),
                Figures.rep(entry.outlook(period.next()), repId, quota.apply(period.next()), List.of()),
                history(entry, period, List.of(repId), quota));
    }

    /** The periods a card shows: this one, the next and the last ones that have ended. */
    private static List<SalesPeriod> periods(TeamEntry entry, SalesPeriod period) {
        List<SalesPeriod> out = new ArrayList<>(List.of(period, period.next()));
        out.addAll(past(entry.today(), period));
        return out;
    }

    private static List<SalesPeriod> past(LocalDate today, SalesPeriod period) {
        List<SalesPeriod> out = new ArrayList<>();
        for (int i = HISTORY_PERIODS; i >= 1; i--) {
            SalesPeriod p = period.minus(i);
            if (p.end().isBefore(today)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Each of the last periods that has ended, forecast as of its eve, beside what was won and the quota. */
    private static List<PastPeriod> history(TeamEntry entry, SalesPeriod period, List<Long> repIds,
                                            Function<SalesPeriod, @Nullable BigDecimal> quota) {
        List<PastPeriod> out = new ArrayList<>();
        for (SalesPeriod p : past(entry.today(), period)) {
            TeamEntry.Past o = entry.past(p);
            long[] d = repIds.size() == 1 ? o.reps().get(repIds.get(0)) : o.team();
            long won = Baselines.won(entry.data().facts(), Set.copyOf(repIds), p);
            if (out.isEmpty() && won == 0 && !o.history()) {
                continue;
            }
            out.add(new PastPeriod(p, Money.exact(won), Money.of(d[0]), Money.of(d[1]), Money.of(d[2]),
                    quota.apply(p), o.history()));
        }
        return out;
    }

    private ForecastCard card(Forecast current, Forecast next, List<PastPeriod> history) {
        return new ForecastCard(current, next, history, FanChart.spec(charts, current, next, history));
    }
}
