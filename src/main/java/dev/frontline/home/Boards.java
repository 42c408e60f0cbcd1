package dev.frontline.home;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.RepNumbers;
import dev.frontline.results.Figures;
import dev.frontline.results.Results;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import dev.frontline.system.Whose;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Assembles team boards from the organisation's rosters and the pipeline's figures, inside the viewer's scope. */
@Component
class Boards {

    private final Organization organization;
    private final Pipeline pipeline;
    private final Charts charts;
    private final FiscalCalendar calendar;
    private final Results results;

    Boards(Organization organization, Pipeline pipeline, Charts charts, FiscalCalendar calendar, Results results) {
        this.organization = organization;
        this.pipeline = pipeline;
        this.charts = charts;
        this.calendar = calendar;
        this.results = results;
    }

    SalesPeriod period(@Nullable String text, Scope scope) {
        return calendar.periodOrCurrent(text, scope);
    }

    boolean isCurrent(SalesPeriod period, Scope scope) {
        return period.contains(calendar.today(scope));
    }

    Board board(Scope scope, long teamId, SalesPeriod period) {
        TeamSummary team = organization.team(scope, teamId);
        List<Member> reps = organization.members(scope, teamId);
        Map<Long, RepNumbers> numbers = pipeline.numbers(scope, reps.stream().map(Member::id).toList(),
                period.start(), period.end());
        List<Board.Row> rows = reps.stream().map(r -> new Board.Row(r, numbers.get(r.id()))).toList();
        List<Board.Row> visible = rows.stream().filter(r -> r.numbers() != null).toList();
        boolean whole = visible.size() == rows.size();
        boolean onlyOwn = !whole && scope.viewer().personId() != null
                && numbers.keySet().equals(Set.of(scope.viewer().personId()));
        RepNumbers sum = numbers.values().stream().reduce(RepNumbers.empty(0), RepNumbers::plus);
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("Won revenue", visible.stream().map(r -> r.numbers().wonRevenue()).toList());
        String chart = charts.bar(visible.stream().map(r -> r.rep().displayName()).toList(), series, "Won revenue ($)");
        Figures figures = scope.isRep() ? null : results.team(scope, teamId, period).total();
        return new Board(team, period, isCurrent(period, scope), rows, whole || onlyOwn ? sum : null,
                whole ? Whose.team(team.name()) : Whose.yours(), chart, whole ? figures : null);
    }

    /** Each team in scope with its total for the period. */
    List<TeamTotal> totals(Scope scope, SalesPeriod period) {
        return organization.teams(scope).stream().map(team -> {
            List<Long> reps = organization.members(scope, team.id()).stream().map(Member::id).toList();
            Map<Long, RepNumbers> numbers = pipeline.numbers(scope, reps, period.start(), period.end());
            RepNumbers total = numbers.values().stream().reduce(RepNumbers.empty(0), RepNumbers::plus);
            return new TeamTotal(team, numbers.size() == reps.size() ? total : null);
        }).toList();
    }
}
