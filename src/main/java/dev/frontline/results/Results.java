package dev.frontline.results;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.Stage;
import dev.frontline.results.internal.GoalRow;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results: every figure of a period for a team and its reps, trends over periods and roll-ups per office. Reads
 * only the deals of the team asked for, so a team's figures cost the same in a small or a large organisation.
 */
@Service
@Transactional(readOnly = true)
public class Results {

    private final Organization organization;
    private final Pipeline pipeline;
    private final Goals goals;
    private final FiscalCalendar calendar;

    Results(Organization organization, Pipeline pipeline, Goals goals, FiscalCalendar calendar) {
        this.organization = organization;
        this.pipeline = pipeline;
        this.goals = goals;
        this.calendar = calendar;
    }

    /**
     * A team's results for the period as of today: the team's figures, each rep's beside them with ranks and gaps,
     * the funnel and the breakdowns by product and by sector. Reps cannot read team results (404), nor can anyone
     * outside the team's scope.
     */
    public TeamResults team(Scope scope, long teamId, SalesPeriod period) {
        TeamSummary team = teamInScope(scope, teamId);
        List<Member> reps = goals.reps(scope, teamId);
        List<Long> ids = reps.stream().map(Member::id).toList();
        List<DealFact> facts = pipeline.facts(scope, ids);
        QuotaBook book = goals.book(ids, List.of(teamId));
        LocalDate today = calendar.today(scope);
        BigDecimal cycle = ResultsMath.medianCycle(facts);
        Map<Long, List<DealFact>> byRep = facts.stream().collect(Collectors.groupingBy(DealFact::ownerId));
        Figures total = ResultsMath.figures(facts, period, today, book.forTeam(teamId, ids, period),
                book.expectedForTeam(teamId, ids, period, today), cycle);
        Map<Long, Figures> repFigures = new HashMap<>();
        for (Member rep : reps) {
            repFigures.put(rep.id(), ResultsMath.figures(byRep.getOrDefault(rep.id(), List.of()), period, today,
                    book.forRep(rep.id(), period), book.expectedForRep(rep.id(), period, today), cycle));
        }
        Map<Long, Map<String, Integer>> ranks = ResultsMath.ranks(repFigures);
        Map<Long, List<GoalRow>> goalRows = goals.goals(ids).stream().collect(Collectors.groupingBy(GoalRow::repId));
        List<RepResults> rows = reps.stream().map(rep -> new RepResults(rep, repFigures.get(rep.id()),
                ranks.get(rep.id()), ResultsMath.versusTeam(repFigures.get(rep.id()), total, reps.size()),
                progress(goalRows.getOrDefault(rep.id(), List.of()), period, repFigures.get(rep.id())))).toList();
        List<Stage> stages = pipeline.stages();
        return new TeamResults(team, period, today, total, rows, ResultsMath.funnel(facts, stages, period, today),
                ResultsMath.breakdown(facts, DealFact::product, period),
                ResultsMath.breakdown(facts, DealFact::sector, period), book.anyFrom(Goals.DEMO));
    }

    /** One rep's figures for each of the last {@code count} periods of a grain, oldest first. */
    public List<TrendPoint> repTrend(Scope scope, long repId, Grain grain, int count) {
        Member rep = organization.person(scope, repId);
        if (!scope.seesDealsOf(repId)) {
            throw new NotFoundException("rep", repId);
        }
        List<DealFact> facts = pipeline.facts(scope, List.of(repId));
        List<Long> team = rep.teamId() == null ? List.of() : List.of(rep.teamId());
        QuotaBook book = goals.book(List.of(repId), team);
        BigDecimal cycle = ResultsMath.medianCycle(facts);
        LocalDate today = calendar.today(scope);
        return trend(scope, grain, count, p -> ResultsMath.figures(facts, p, today, book.forRep(repId, p),
                book.expectedForRep(repId, p, today), cycle));
    }

    /**
     * One rep's record beside their team's over the last {@code count} periods of a grain (the current one
     * included), oldest first: each period's figures, the team's and the rep's percentile on won revenue, and the
     * whole span by product, sector and funnel. Readable by whoever may see the rep's deals, the rep included: the
     * team's deals are read to compute its aggregates and the rep's rank, and only those leave this method.
     */
    public RepRecord repRecord(Scope scope, long repId, Grain grain, int count) {
        Member rep = organization.person(scope, repId);
        if (!scope.seesDealsOf(repId)) {
            throw new NotFoundException("rep", repId);
        }
        if (count < 1 || count > 36) {
            throw new dev.frontline.shared.InvalidInput("periods", "must be between 1 and 36, not " + count);
        }
        Scope team = scope.widenedForAggregates("the team's aggregates and percentile a rep's record is set beside");
        TeamSummary summary = rep.teamId() == null ? null : organization.team(team, rep.teamId());
        List<Long> ids = summary == null ? List.of(repId)
                : goals.reps(team, summary.id()).stream().map(Member::id).toList();
        List<DealFact> teamFacts = pipeline.facts(team, ids);
        Map<Long, List<DealFact>> byRep = teamFacts.stream().collect(Collectors.groupingBy(DealFact::ownerId));
        List<DealFact> own = byRep.getOrDefault(repId, List.of());
        QuotaBook book = goals.book(ids, summary == null ? List.of() : List.of(summary.id()));
        LocalDate today = calendar.today(scope);
        BigDecimal cycle = ResultsMath.medianCycle(teamFacts);
        SalesPeriod last = calendar.current(grain, scope);
        List<RepRecord.Period> periods = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            SalesPeriod p = last.minus(i);
            Map<Long, Figures> each = new HashMap<>();
            ids.forEach(id -> each.put(id, ResultsMath.figures(byRep.getOrDefault(id, List.of()), p, today,
                    book.forRep(id, p), book.expectedForRep(id, p, today), cycle)));
            Figures mine = each.get(repId);
            Figures teamFigures = summary == null ? null
                    : ResultsMath.figures(teamFacts, p, today, book.forTeam(summary.id(), ids, p),
                            book.expectedForTeam(summary.id(), ids, p, today), cycle);
            List<BigDecimal> others = ids.stream().filter(id -> id != repId).map(id -> each.get(id).wonRevenue())
                    .toList();
            periods.add(new RepRecord.Period(p, mine, teamFigures,
                    summary == null ? null : ResultsMath.percentile(mine.wonRevenue(), others),
                    ResultsMath.breakdown(own, DealFact::product, p), ResultsMath.breakdown(own, DealFact::sector, p)));
        }
        LocalDate from = last.minus(count - 1).start();
        LocalDate to = last.end();
        List<Stage> stages = pipeline.stages();
        boolean withTeam = summary != null;
        return new RepRecord(rep, summary, ids.size(), from, to, today, ResultsMath.figures(own, from, to, today),
                withTeam ? ResultsMath.figures(teamFacts, from, to, today) : null,
                ResultsMath.breakdown(own, DealFact::product, from, to),
                withTeam ? ResultsMath.breakdown(teamFacts, DealFact::product, from, to) : List.of(),
                ResultsMath.breakdown(own, DealFact::sector, from, to),
                withTeam ? ResultsMath.breakdown(teamFacts, DealFact::sector, from, to) : List.of(),
                ResultsMath.funnel(own, stages, from, to, today),
                withTeam ? ResultsMath.funnel(teamFacts, stages, from, to, today) : List.of(), periods);
    }

    /** The team's figures for each of the last {@code count} periods of a grain, oldest first. */
    public List<TrendPoint> teamTrend(Scope scope, long teamId, Grain grain, int count) {
        teamInScope(scope, teamId);
        List<Long> ids = goals.reps(scope, teamId).stream().map(Member::id).toList();
        List<DealFact> facts = pipeline.facts(scope, ids);
        QuotaBook book = goals.book(ids, List.of(teamId));
        BigDecimal cycle = ResultsMath.medianCycle(facts);
        LocalDate today = calendar.today(scope);
        return trend(scope, grain, count,
                p -> ResultsMath.figures(facts, p, today, book.forTeam(teamId, ids, p),
                        book.expectedForTeam(teamId, ids, p, today), cycle));
    }

    /** Each team of an office with its figures, and the office total. Directors see their office, the admin all. */
    public RegionResults region(Scope scope, long regionId, SalesPeriod period) {
        if (scope.isRep() || scope.isManager() || !scope.seesRegion(regionId)) {
            throw new NotFoundException("office", regionId);
        }
        Region region = organization.regions(scope).stream().filter(r -> r.id() == regionId).findFirst()
                .orElseThrow(() -> new NotFoundException("office", regionId));
        LocalDate today = calendar.today(scope);
        List<RegionResults.TeamRow> rows = new ArrayList<>();
        List<DealFact> all = new ArrayList<>();
        BigDecimal quota = null;
        BigDecimal expected = null;
        for (TeamSummary team : organization.teams(scope)) {
            if (team.regionId() != regionId) {
                continue;
            }
            List<Long> ids = goals.reps(scope, team.id()).stream().map(Member::id).toList();
            List<DealFact> facts = pipeline.facts(scope, ids);
            QuotaBook book = goals.book(ids, List.of(team.id()));
            BigDecimal teamQuota = book.forTeam(team.id(), ids, period);
            BigDecimal teamExpected = book.expectedForTeam(team.id(), ids, period, today);
            quota = teamQuota == null ? quota : quota == null ? teamQuota : quota.add(teamQuota);
            expected = teamExpected == null ? expected : expected == null ? teamExpected : expected.add(teamExpected);
            rows.add(new RegionResults.TeamRow(team, ResultsMath.figures(facts, period, today, teamQuota, teamExpected,
                    ResultsMath.medianCycle(facts))));
            all.addAll(facts);
        }
        return new RegionResults(region, period, rows,
                ResultsMath.figures(all, period, today, quota, expected, ResultsMath.medianCycle(all)));
    }

    /** The offices in scope with their roll-ups: a director's one, the admin's all. */
    public List<RegionResults> regions(Scope scope, SalesPeriod period) {
        if (scope.isRep() || scope.isManager()) {
            return List.of();
        }
        return organization.regions(scope).stream().map(r -> region(scope, r.id(), period)).toList();
    }

    private TeamSummary teamInScope(Scope scope, long teamId) {
        scope.requireTeamLead(teamId, "team results");
        return organization.team(scope, teamId);
    }

    private List<TrendPoint> trend(Scope scope, Grain grain, int count,
                                   java.util.function.Function<SalesPeriod, Figures> figures) {
        if (count < 1 || count > 36) {
            throw new dev.frontline.shared.InvalidInput("periods", "must be between 1 and 36, not " + count);
        }
        SalesPeriod last = calendar.current(grain, scope);
        List<TrendPoint> points = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            SalesPeriod p = last.minus(i);
            points.add(new TrendPoint(p, figures.apply(p)));
        }
        return points;
    }

    private static List<GoalProgress> progress(List<GoalRow> rows, SalesPeriod period, Figures figures) {
        Map<Metric, BigDecimal> targets = new HashMap<>();
        rows.stream().filter(g -> g.grain() == period.grain() && g.start().equals(period.start()))
                .forEach(g -> targets.put(g.metric(), g.target()));
        List<GoalProgress> out = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            BigDecimal actual = switch (metric) {
                case DEALS_WON -> BigDecimal.valueOf(figures.won());
                case PIPELINE_CREATED -> figures.pipelineCreated();
                case OPPORTUNITIES_CREATED -> BigDecimal.valueOf(figures.created());
            };
            BigDecimal target = targets.get(metric);
            out.add(new GoalProgress(metric, target, actual, target == null ? null : ResultsMath.percent(actual, target)));
        }
        return out;
    }

}
