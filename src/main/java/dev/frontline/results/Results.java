package dev.frontline.results;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.TeamReps;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.SalesCycles;
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
import java.util.Optional;
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
    private final ResultsCache offices;

    Results(Organization organization, Pipeline pipeline, Goals goals, FiscalCalendar calendar, ResultsCache offices) {
        this.offices = offices;
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
        LocalDate today = calendar.today(scope);
        ResultsCache.TeamKey key = new ResultsCache.TeamKey(teamId, period, today);
        Optional<TeamResults> kept = offices.team(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        long rosterBefore = offices.rosterVersion();
        TeamReps during = organization.repsSince(scope, teamId, period.start());
        List<Long> candidates = during.reps().stream().map(Member::id).toList();
        ResultsCache.Reading reading = offices.reading(List.of(teamId), candidates);
        TeamResults results = computeTeam(scope, team, during, candidates, period, today);
        offices.keep(key, results, reading, rosterBefore);
        return results;
    }

    /**
     * The team's results from its reps over the period: the active ones, and those who left since it began and sold
     * in it (listed as former).
     */
    private TeamResults computeTeam(Scope scope, TeamSummary team, TeamReps during, List<Long> candidates,
                                    SalesPeriod period, LocalDate today) {
        long teamId = team.id();
        List<DealFact> facts = pipeline.facts(scope, candidates, period.start(), period.end());
        Set<Long> sold = facts.stream().map(DealFact::ownerId).collect(Collectors.toSet());
        List<Member> reps = during.reps().stream().filter(r -> !during.isFormer(r.id()) || sold.contains(r.id()))
                .toList();
        List<Long> ids = reps.stream().map(Member::id).toList();
        QuotaBook book = goals.book(ids, List.of(teamId));
        BigDecimal cycle = pipeline.medianCycles(scope, groupOf(ids, teamId)).all();
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
                progress(goalRows.getOrDefault(rep.id(), List.of()), period, repFigures.get(rep.id())),
                during.isFormer(rep.id()))).toList();
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
        List<SalesPeriod> periods = periods(scope, grain, count);
        List<DealFact> facts = pipeline.facts(scope, List.of(repId), periods.get(0).start(),
                periods.get(periods.size() - 1).end());
        List<Long> team = rep.teamId() == null ? List.of() : List.of(rep.teamId());
        QuotaBook book = goals.book(List.of(repId), team);
        BigDecimal cycle = pipeline.medianCycles(scope, Map.of(repId, repId)).all();
        LocalDate today = calendar.today(scope);
        return trend(periods, p -> ResultsMath.figures(facts, p, today, book.forRep(repId, p),
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
        SalesPeriod last = calendar.current(grain, scope);
        LocalDate from = last.minus(count - 1).start();
        LocalDate to = last.end();
        List<DealFact> teamFacts = pipeline.facts(team, ids, from, to);
        Map<Long, List<DealFact>> byRep = teamFacts.stream().collect(Collectors.groupingBy(DealFact::ownerId));
        List<DealFact> own = byRep.getOrDefault(repId, List.of());
        QuotaBook book = goals.book(ids, summary == null ? List.of() : List.of(summary.id()));
        LocalDate today = calendar.today(scope);
        Map<Long, Long> eachOwn = new HashMap<>();
        ids.forEach(id -> eachOwn.put(id, id));
        SalesCycles cycles = pipeline.medianCycles(team, eachOwn);
        BigDecimal cycle = cycles.all();
        BigDecimal ownCycle = cycles.of(repId);
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
        List<Stage> stages = pipeline.stages();
        boolean withTeam = summary != null;
        return new RepRecord(rep, summary, ids.size(), from, to, today,
                ResultsMath.figures(own, from, to, today, ownCycle),
                withTeam ? ResultsMath.figures(teamFacts, from, to, today, cycle) : null,
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
        List<SalesPeriod> periods = periods(scope, grain, count);
        LocalDate today = calendar.today(scope);
        ResultsCache.TrendKey key = new ResultsCache.TrendKey(teamId, grain, count, today);
        Optional<List<TrendPoint>> kept = offices.trend(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        long rosterBefore = offices.rosterVersion();
        List<Long> ids = goals.reps(scope, teamId).stream().map(Member::id).toList();
        ResultsCache.Reading reading = offices.reading(List.of(teamId), ids);
        List<DealFact> facts = pipeline.facts(scope, ids, periods.get(0).start(),
                periods.get(periods.size() - 1).end());
        QuotaBook book = goals.book(ids, List.of(teamId));
        BigDecimal cycle = pipeline.medianCycles(scope, groupOf(ids, teamId)).all();
        List<TrendPoint> trend = trend(periods,
                p -> ResultsMath.figures(facts, p, today, book.forTeam(teamId, ids, p),
                        book.expectedForTeam(teamId, ids, p, today), cycle));
        offices.keep(key, trend, reading, rosterBefore);
        return trend;
    }

    /**
     * Each team of an office with its figures, and the office total. Directors see their office, the admin all. Reads
     * with the same few queries however many teams the office has.
     */
    public RegionResults region(Scope scope, long regionId, SalesPeriod period) {
        if (scope.isRep() || scope.isManager() || !scope.seesRegion(regionId)) {
            throw new NotFoundException("office", regionId);
        }
        Region region = organization.regions(scope).stream().filter(r -> r.id() == regionId).findFirst()
                .orElseThrow(() -> new NotFoundException("office", regionId));
        return kept(scope, List.of(region), period).get(0);
    }

    /** The offices in scope with their roll-ups: a director's one, the admin's all; the same few queries for all. */
    public List<RegionResults> regions(Scope scope, SalesPeriod period) {
        if (scope.isRep() || scope.isManager()) {
            return List.of();
        }
        return kept(scope, organization.regions(scope), period);
    }

    /**
     * The offices' roll-ups: those kept since their data last changed from {@link ResultsCache}, the others computed
     * together (and kept). Only whole offices are kept: every viewer who sees one sees all of it.
     */
    private List<RegionResults> kept(Scope scope, List<Region> regions, SalesPeriod period) {
        LocalDate today = calendar.today(scope);
        Map<Long, RegionResults> found = new HashMap<>();
        List<Region> missing = new ArrayList<>();
        for (Region region : regions) {
            offices.get(new ResultsCache.Key(region.id(), period, today)).ifPresentOrElse(
                    r -> found.put(region.id(), r), () -> missing.add(region));
        }
        if (!missing.isEmpty()) {
            rollUp(scope, missing, period).forEach(r -> found.put(r.region().id(), r));
        }
        return regions.stream().map(r -> found.get(r.id())).toList();
    }

    /**
     * The offices' roll-ups, set-based: one read of their teams, one of their reps, one of the period's deals, one of
     * the quotas and two of the sales cycles (per team, per office), then grouped here.
     */
    private List<RegionResults> rollUp(Scope scope, List<Region> regions, SalesPeriod period) {
        long rosterBefore = offices.rosterVersion();
        List<TeamSummary> teams = organization.teamsOfRegions(scope, regions.stream().map(Region::id).toList());
        List<Long> teamIds = teams.stream().map(TeamSummary::id).toList();
        Map<Long, List<Long>> repsOf = new HashMap<>();
        organization.reps(scope, teamIds).forEach((team, reps) -> repsOf.put(team, reps.stream().map(Member::id).toList()));
        Map<Long, Long> teamOf = new HashMap<>();
        Map<Long, Long> regionOf = new HashMap<>();
        Map<Long, Long> regionOfTeam = new HashMap<>();
        teams.forEach(t -> {
            regionOfTeam.put(t.id(), t.regionId());
            repsOf.getOrDefault(t.id(), List.of()).forEach(rep -> {
                teamOf.put(rep, t.id());
                regionOf.put(rep, t.regionId());
            });
        });
        List<Long> ids = new ArrayList<>(teamOf.keySet());
        Map<Long, ResultsCache.Reading> readings = new HashMap<>();
        for (Region region : regions) {
            List<Long> officeTeams = teams.stream().filter(t -> t.regionId() == region.id()).map(TeamSummary::id).toList();
            List<Long> officeReps = officeTeams.stream().flatMap(t -> repsOf.getOrDefault(t, List.of()).stream()).toList();
            readings.put(region.id(), offices.reading(officeTeams, officeReps));
        }
        List<DealFact> facts = ids.isEmpty() ? List.of() : pipeline.facts(scope, ids, period.start(), period.end());
        Map<Long, QuotaBook> books = goals.book(ids, teamIds).byTeam(teamOf);
        QuotaBook none = new QuotaBook(List.of());
        SalesCycles teamCycles = ids.isEmpty() ? new SalesCycles(Map.of(), null) : pipeline.medianCycles(scope, teamOf);
        SalesCycles regionCycles = ids.isEmpty() ? new SalesCycles(Map.of(), null)
                : pipeline.medianCycles(scope, regionOf);
        Map<Long, List<DealFact>> byTeam = facts.stream().collect(Collectors.groupingBy(f -> teamOf.get(f.ownerId())));
        LocalDate today = calendar.today(scope);
        Map<Long, List<RegionResults.TeamRow>> rows = new HashMap<>();
        Map<Long, BigDecimal> quotas = new HashMap<>();
        Map<Long, BigDecimal> expected = new HashMap<>();
        for (TeamSummary team : teams) {
            List<Long> reps = repsOf.getOrDefault(team.id(), List.of());
            QuotaBook book = books.getOrDefault(team.id(), none);
            BigDecimal teamQuota = book.forTeam(team.id(), reps, period);
            BigDecimal teamExpected = book.expectedForTeam(team.id(), reps, period, today);
            if (teamQuota != null) {
                quotas.merge(team.regionId(), teamQuota, BigDecimal::add);
            }
            if (teamExpected != null) {
                expected.merge(team.regionId(), teamExpected, BigDecimal::add);
            }
            rows.computeIfAbsent(team.regionId(), r -> new ArrayList<>()).add(new RegionResults.TeamRow(team,
                    ResultsMath.figures(byTeam.getOrDefault(team.id(), List.of()), period, today, teamQuota,
                            teamExpected, teamCycles.of(team.id()))));
        }
        Map<Long, List<DealFact>> byRegion = facts.stream()
                .collect(Collectors.groupingBy(f -> regionOfTeam.get(teamOf.get(f.ownerId()))));
        List<RegionResults> results = regions.stream().map(r -> new RegionResults(r, period,
                rows.getOrDefault(r.id(), List.of()),
                ResultsMath.figures(byRegion.getOrDefault(r.id(), List.of()), period, today, quotas.get(r.id()),
                        expected.get(r.id()), regionCycles.of(r.id())))).toList();
        if (scope.isAdmin() || scope.isDirector()) {
            results.forEach(r -> offices.keep(new ResultsCache.Key(r.region().id(), period, today), r,
                    readings.get(r.region().id()), rosterBefore));
        }
        return results;
    }

    private static Map<Long, Long> groupOf(List<Long> owners, long group) {
        Map<Long, Long> groups = new HashMap<>();
        owners.forEach(id -> groups.put(id, group));
        return groups;
    }

    private TeamSummary teamInScope(Scope scope, long teamId) {
        scope.requireTeamLead(teamId, "team results");
        return organization.team(scope, teamId);
    }

    /** The last {@code count} periods of a grain, the current one last. */
    private List<SalesPeriod> periods(Scope scope, Grain grain, int count) {
        if (count < 1 || count > 36) {
            throw new dev.frontline.shared.InvalidInput("periods", "must be between 1 and 36, not " + count);
        }
        SalesPeriod last = calendar.current(grain, scope);
        List<SalesPeriod> periods = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            periods.add(last.minus(i));
        }
        return periods;
    }

    private static List<TrendPoint> trend(List<SalesPeriod> periods,
                                          java.util.function.Function<SalesPeriod, Figures> figures) {
        return periods.stream().map(p -> new TrendPoint(p, figures.apply(p))).toList();
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
