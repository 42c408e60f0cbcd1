package dev.frontline.forecast;

import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The backtest over the teams in scope: their reps and deals, the list prices, and the replay itself. */
@Component
class Backtests {

    private final Organization organization;
    private final TeamReads reads;
    private final Pipeline pipeline;
    private final FiscalCalendar calendar;

    Backtests(Organization organization, TeamReads reads, Pipeline pipeline, FiscalCalendar calendar) {
        this.organization = organization;
        this.reads = reads;
        this.pipeline = pipeline;
        this.calendar = calendar;
    }

    Backtest run(Scope scope, BacktestLevel level, Grain grain) {
        List<Backtester.Team> teams = new ArrayList<>();
        for (TeamSummary team : organization.teams(scope)) {
            TeamData data = reads.entry(scope, team.id()).data();
            teams.add(new Backtester.Team(team.id(), team.name(), data.modelReps(), data.facts()));
        }
        Map<String, Long> prices = new HashMap<>();
        pipeline.listPrices().forEach((name, price) -> prices.put(name, Money.cents(price)));
        return Backtest.of(Backtester.run(teams, level, grain, calendar.firstMonth(), pipeline.lastOpenStage().name(),
                prices, ForecastModel.DRAWS));
    }
}
