package dev.frontline.forecast;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.forecast.internal.CallStore;
import dev.frontline.forecast.internal.CategoryStore;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.Stage;
import dev.frontline.results.Goals;
import dev.frontline.results.TeamQuotas;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.Charts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts: the system forecast of every rep and team in scope, the calls reps and managers submit beside it, the
 * forecast categories of open deals, office roll-ups and the backtest. Reps see their own forecast and set their own
 * deals' categories and their own call; managers their team; directors their office; the admin everything.
 *
 * <p>A team's forecast learns from the whole team's history (its rates shrink each rep towards the team), so a
 * rep's forecast is computed from their team's deals; only the rep's own deals are shown to them.
 */
@Service
@Transactional(readOnly = true)
public class Forecasts {

    static final int HISTORY_PERIODS = 6;
    /** Why the forecast reads a whole team for a rep: their rates are shrunk towards the team's (only they leave). */
    static final String TEAM_RATES = "the team's rates a rep's forecast is shrunk towards";
    static final int DRIVERS = 10;

    private final Organization organization;
    private final Pipeline pipeline;
    private final Goals goals;
    private final CallStore calls;
    private final CategoryStore categories;
    private final Charts charts;
    private final FiscalCalendar calendar;

    Forecasts(Organization organization, Pipeline pipeline, Goals goals, CallStore calls, CategoryStore categories,
              Charts charts, FiscalCalendar calendar) {
        this.organization = organization;
        this.pipeline = pipeline;
        this.goals = goals;
        this.calls = calls;
        this.categories = categories;
        this.charts = charts;
        this.calendar = calendar;
    }

    private LocalDate today(Scope scope) {
        return calendar.today(scope);
    }

    /** A team's forecast for the period, with each rep's. Reps and viewers outside the team get 404. */
    public TeamForecast team(Scope scope, long teamId, SalesPeriod period) {
        TeamData data = load(scope, teamInScope(scope, teamId));
        return team(scope, data, data.outlook(period));
    }

    /** A rep's forecast for the period: for the rep, and for those who see their deals; else 404. */
    public RepForecast rep(Scope scope, long repId, SalesPeriod period) {
        Member rep = repInScope(scope, repId);
        TeamData data = load(scope, organization.team(scope.widenedForAggregates(TEAM_RATES), teamOf(rep)));
        return rep(scope, data, data.outlook(period), rep);
    }

    /**
     * Everything the team's forecast page shows, computed from one read of the team: the forecast, its card (this
     * period, the next, the last six periods' forecasts against quota and won, and the fan chart) and the reps' call
     * records.
     */
    public TeamView teamView(Scope scope, long teamId, SalesPeriod period) {
        TeamData data = load(scope, teamInScope(scope, teamId));
        Outlook current = data.outlook(period);
        return new TeamView(team(scope, data, current), teamCard(scope, data, current), callRecords(data));
    }

    /** Everything the rep's forecast page shows: the forecast, its card, every open deal and the rep's calls. */
    public RepView repView(Scope scope, long repId, SalesPeriod period) {
        Member rep = repInScope(scope, repId);
        TeamData data = load(scope, organization.team(scope.widenedForAggregates(TEAM_RATES), teamOf(rep)));
        Outlook current = data.outlook(period);
        List<Call> periodCalls = calls.ofReps(List.of(repId), period.firstMonth()).stream()
                .filter(c -> c.period().equals(period)).toList();
        return new RepView(rep(scope, data, current, rep), repCard(scope, data, current, repId),
                openDeals(scope, data, current, rep), periodCalls);
    }

    /** A rep's card: this period and the next, the last six periods' forecasts against quota and won, and the chart. */
    public ForecastCard repCard(Scope scope, long repId, SalesPeriod period) {
        Member rep = repInScope(scope, repId);
        TeamData data = load(scope, organization.team(scope.widenedForAggregates(TEAM_RATES), teamOf(rep)));
        return repCard(scope, data, data.outlook(period), repId);
    }

    /**
     * One open deal as its rep's forecast page lists it for the current period: the chance it is won inside the
     * period, its expected value, its forecast category and why. Whoever sees the deal may read it (404 otherwise);
     * empty for a closed deal and for a deal whose owner is not a rep on a team (no forecast covers it). Costs one
     * simulation of the owner's team for the current period.
     */
    public Optional<Driver> openDeal(Scope scope, long opportunityId) {
        Deal deal = pipeline.deal(scope, opportunityId);
        Member rep = organization.person(scope.widenedForAggregates(TEAM_RATES), deal.ownerId());
        if (deal.outcome() != Outcome.OPEN || rep.title() != Title.REP || rep.teamId() == null) {
            return Optional.empty();
        }
        TeamData data = load(scope, organization.team(scope.widenedForAggregates(TEAM_RATES), teamOf(rep)));
        Outlook current = data.outlook(calendar.current(Grain.QUARTER, scope));
        return openDeals(scope, data, current, rep).stream()
                .filter(d -> Long.valueOf(opportunityId).equals(d.opportunityId())).findFirst();
    }

    private TeamForecast team(Scope scope, TeamData data, Outlook outlook) {
        SalesPeriod period = outlook.period();
        long teamId = data.team().id();
        TeamQuotas quotas = goals.teamQuotas(scope, teamId, period);
        Map<Long, Call> repCalls = latestRepCalls(data.repIds(), period);
        List<Call> teamCalls = calls.ofTeams(List.of(teamId), period.firstMonth()).stream()
                .filter(c -> c.period().equals(period)).toList();
        Forecast total = forecast(outlook, outlook.team(), quotas.team(), drivers(scope, data, outlook, data.repIds()),
                expectedNew(outlook));
        List<RepForecast> reps = data.reps().stream().map(m -> new RepForecast(m, forecast(outlook,
                outlook.reps().get(m.id()).dist(), quotas.byRep().get(m.id()), List.of(),
                outlook.reps().get(m.id()).expectedNew()), repCalls.get(m.id()))).toList();
        return new TeamForecast(data.team(), total, reps, teamCalls.isEmpty() ? null : teamCalls.get(0), teamCalls);
    }

    private RepForecast rep(Scope scope, TeamData data, Outlook outlook, Member rep) {
        Forecast forecast = repForecast(scope, data, outlook, rep.id(), goals.repQuota(scope, rep.id(), outlook.period()));
        return new RepForecast(rep, forecast, latestRepCalls(List.of(rep.id()), outlook.period()).get(rep.id()));
    }

    private ForecastCard teamCard(Scope scope, TeamData data, Outlook current) {
        long teamId = data.team().id();
        Function<Outlook, Forecast> forecastOf = o -> forecast(o, o.team(),
                goals.teamQuotas(scope, teamId, o.period()).team(), List.of(), expectedNew(o));
        SalesPeriod period = current.period();
        List<PastPeriod> history = history(data, period, data.repIds(), p -> goals.teamQuotas(scope, teamId, p).team());
        return card(forecastOf.apply(current), forecastOf.apply(data.outlook(period.next())), history);
    }

    private ForecastCard repCard(Scope scope, TeamData data, Outlook current, long repId) {
        Function<Outlook, Forecast> forecastOf = o -> forecast(o, o.reps().get(repId).dist(),
                goals.repQuota(scope, repId, o.period()), List.of(), o.reps().get(repId).expectedNew());
        SalesPeriod period = current.period();
        List<PastPeriod> history = history(data, period, List.of(repId), p -> goals.repQuota(scope, repId, p));
        return card(forecastOf.apply(current), forecastOf.apply(data.outlook(period.next())), history);
    }

    private static long expectedNew(Outlook o) {
        return o.reps().values().stream().mapToLong(Outlook.RepOutlook::expectedNew).sum();
    }

    /**
     * Every open deal of the rep with its probability, expected value and forecast category, largest expected value
     * first (deals the model gives no chance at the end).
     */
    private List<Driver> openDeals(Scope scope, TeamData data, Outlook outlook, Member rep) {
        long repId = rep.id();
        List<Driver> modelled = dealDrivers(scope, data, outlook, List.of(repId), Integer.MAX_VALUE);
        Set<Long> seen = modelled.stream().map(Driver::opportunityId).collect(Collectors.toSet());
        List<Deal> others = pipeline.deals(scope, dev.frontline.pipeline.DealFilter.of(Set.of(repId), null, Outcome.OPEN),
                org.springframework.data.domain.PageRequest.of(0, 2000)).getContent().stream()
                .filter(d -> !seen.contains(d.id())).toList();
        Map<Long, ForecastCategory> cats = categories.of(others.stream().map(Deal::id).toList());
        List<Driver> out = new ArrayList<>(modelled);
        for (Deal d : others) {
            out.add(new Driver(Driver.Kind.DEAL, d.id(), d.externalId(), repId, rep.displayName(), d.account(),
                    d.product(), null, d.amount() == null ? BigDecimal.ZERO : d.amount().setScale(0, RoundingMode.HALF_UP),
                    d.amountEstimated(), BigDecimal.ZERO.setScale(3), BigDecimal.ZERO, cats.get(d.id()),
                    d.engageDate() == null ? "Not engaged yet: deals like it are in the new deals the rep usually wins."
                            : "No deal this old has closed in periods like this one."));
        }
        return out;
    }

    /**
     * Replays history at the start of every period and scores Frontline against the weighted pipeline and the run
     * rate, over the teams in scope. Reps get 404.
     */
    public Backtest backtest(Scope scope, BacktestLevel level, Grain grain) {
        if (scope.isRep()) {
            throw new NotFoundException("backtest", scope.viewer().username());
        }
        List<Backtester.Team> teams = new ArrayList<>();
        for (TeamSummary team : organization.teams(scope)) {
            TeamData data = load(scope, team);
            teams.add(new Backtester.Team(team.id(), team.name(), data.modelReps(), data.facts()));
        }
        Map<String, Long> prices = new HashMap<>();
        pipeline.listPrices().forEach((name, price) -> prices.put(name, Money.cents(price)));
        return Backtest.of(Backtester.run(teams, level, grain, calendar.firstMonth(), pipeline.lastOpenStage().name(), prices,
                ForecastModel.DRAWS));
    }

    /** An office's roll-up: each team's forecast, its manager's call and its reps' calls. Directors and the admin. */
    public OfficeForecast office(Scope scope, long regionId, SalesPeriod period) {
        if (scope.isRep() || scope.isManager() || !scope.seesRegion(regionId)) {
            throw new NotFoundException("office", regionId);
        }
        Region region = organization.regions(scope).stream().filter(r -> r.id() == regionId).findFirst()
                .orElseThrow(() -> new NotFoundException("office", regionId));
        List<OfficeForecast.TeamLine> lines = new ArrayList<>();
        List<Dist> dists = new ArrayList<>();
        BigDecimal quota = null;
        BigDecimal managerCalls = null;
        BigDecimal repCallTotal = null;
        Outlook any = null;
        for (TeamSummary team : organization.teams(scope)) {
            if (team.regionId() != regionId) {
                continue;
            }
            TeamData data = load(scope, team);
            Outlook o = data.outlook(period);
            any = o;
            dists.add(o.team());
            BigDecimal teamQuota = goals.teamQuotas(scope, team.id(), period).team();
            quota = add(quota, teamQuota);
            List<Call> teamCalls = calls.ofTeams(List.of(team.id()), period.firstMonth()).stream()
                    .filter(c -> c.period().equals(period)).toList();
            Call managerCall = teamCalls.isEmpty() ? null : teamCalls.get(0);
            Map<Long, Call> repCalls = latestRepCalls(data.repIds(), period);
            BigDecimal repSum = repCalls.values().stream().map(Call::amount).reduce(BigDecimal::add).orElse(null);
            managerCalls = managerCall == null ? managerCalls : add(managerCalls, managerCall.amount());
            repCallTotal = add(repCallTotal, repSum);
            lines.add(new OfficeForecast.TeamLine(team, forecast(o, o.team(), teamQuota, List.of(), expectedNew(o)),
                    managerCall, repSum,
                    repCalls.size(), data.reps().size()));
        }
        Dist total = Dist.sum(dists);
        long fresh = lines.stream().mapToLong(l -> Money.cents(l.forecast().expectedFromNewDeals())).sum();
        Forecast office = any == null ? emptyForecast(period, today(scope)) : forecast(any, total, quota, List.of(), fresh);
        return new OfficeForecast(region, period, lines, office, managerCalls, repCallTotal);
    }

    /** How each rep's past calls of the team compared with what they won. For those who see the team's results. */
    public List<CallRecord> callRecords(Scope scope, long teamId) {
        return callRecords(load(scope, teamInScope(scope, teamId)));
    }

    private List<CallRecord> callRecords(TeamData data) {
        LocalDate today = data.today();
        Map<Long, List<Call>> byRep = calls.ofReps(data.repIds(), calendar.firstMonth()).stream()
                .filter(c -> c.period().end().isBefore(today))
                .collect(Collectors.groupingBy(Call::repId, LinkedHashMap::new, Collectors.toList()));
        List<CallRecord> out = new ArrayList<>();
        for (Member rep : data.reps()) {
            Map<SalesPeriod, Call> last = new LinkedHashMap<>();
            byRep.getOrDefault(rep.id(), List.of()).forEach(c -> last.putIfAbsent(c.period(), c));
            List<CallRecord.Called> periods = new ArrayList<>();
            last.forEach((period, call) -> {
                BigDecimal won = Money.exact(Baselines.won(data.facts(), Set.of(rep.id()), period));
                periods.add(new CallRecord.Called(period, call.amount(), won, call.systemP50(),
                        percentError(call.amount(), won)));
            });
            periods.sort(Comparator.comparing((CallRecord.Called c) -> c.period().start()).reversed());
            out.add(new CallRecord(rep, periods, meanError(periods.stream().map(CallRecord.Called::errorPercent).toList()),
                    meanError(periods.stream().map(c -> c.systemP50() == null ? null : percentError(c.systemP50(), c.won()))
                            .toList())));
        }
        return out;
    }

    /** The rep's calls, newest first: for the rep and those who see their deals. */
    public List<Call> repCalls(Scope scope, long repId) {
        repInScope(scope, repId);
        return calls.ofReps(List.of(repId), calendar.firstMonth());
    }

    /** The team's calls, newest first. */
    public List<Call> teamCalls(Scope scope, long teamId) {
        teamInScope(scope, teamId);
        return calls.ofTeams(List.of(teamId), calendar.firstMonth());
    }

    /**
     * Sets an open deal's forecast category. Anyone who sees the deal may (a rep their own deals); a deal outside
     * scope is 404; a closed deal takes no category (400).
     */
    @Transactional
    public void setCategory(Scope scope, long opportunityId, ForecastCategory category) {
        Deal deal = pipeline.deal(scope, opportunityId);
        if (deal.outcome() != Outcome.OPEN) {
            throw new IllegalArgumentException("Only open deals take a forecast category; " + deal.externalId()
                    + " is " + deal.stage());
        }
        categories.set(opportunityId, category, scope.viewer().username(), calendar.now());
    }

    /**
     * Submits a rep's call for a period that has not ended: the rep themself (or the admin); others who see the rep
     * get 403, those who do not 404. The system forecast of the moment is kept beside it.
     */
    @Transactional
    public Call submitRepCall(Scope scope, long repId, SalesPeriod period, BigDecimal amount, @Nullable String note) {
        repInScope(scope, repId);
        if (!scope.isAdmin() && !Long.valueOf(repId).equals(scope.viewer().personId())) {
            throw new AccessDeniedException("A rep's call is theirs to make");
        }
        checkCall(scope, period, amount);
        Forecast now = rep(scope, repId, period).forecast();
        return stored(calls.insert(repId, null, period, amount, note(note), now.p10(), now.p50(), now.p90(),
                scope.viewer().username(), calendar.now()), period, repId, null);
    }

    /**
     * Submits a team's call for a period that has not ended: the team's manager (or the admin); directors get 403,
     * reps and viewers outside the team 404.
     */
    @Transactional
    public Call submitTeamCall(Scope scope, long teamId, SalesPeriod period, BigDecimal amount, @Nullable String note) {
        TeamSummary team = teamInScope(scope, teamId);
        if (!scope.isAdmin()
                && (team.managerId() == null || !team.managerId().equals(scope.viewer().personId()))) {
            throw new AccessDeniedException("The team's call is its manager's to make");
        }
        checkCall(scope, period, amount);
        TeamData data = load(scope, team);
        Outlook o = data.outlook(period);
        return stored(calls.insert(null, teamId, period, amount, note(note), Money.of(o.team().p10()),
                Money.of(o.team().p50()), Money.of(o.team().p90()), scope.viewer().username(), calendar.now()),
                period, null, teamId);
    }

    // ---- loading ----

    /** A team's reps in name order and all their deals; read with the viewer's identity but the team's full view. */
    /**
     * A team's reps in name order and all their deals as known today (see {@link Pipeline#facts}); read with the
     * viewer's identity but the team's full view.
     */
    private record TeamData(TeamSummary team, List<Member> reps, List<Fact> facts, String openStage, LocalDate today) {

        List<Long> repIds() {
            return reps.stream().map(Member::id).toList();
        }

        List<ForecastModel.Rep> modelReps() {
            return reps.stream().map(m -> new ForecastModel.Rep(m.id(), m.displayName())).toList();
        }

        /** The outlook as of today. */
        Outlook outlook(SalesPeriod period) {
            return outlook(period, today);
        }

        /** The outlook as of a day: the model sees the deals as they were known then. */
        Outlook outlook(SalesPeriod period, LocalDate asOf) {
            return ForecastModel.forecast(facts, modelReps(), period, asOf, openStage, ForecastModel.DRAWS,
                    ForecastModel.seed(team.name()));
        }
    }

    private TeamData load(Scope scope, TeamSummary team) {
        Scope teamView = scope.widenedForAggregates(TEAM_RATES);
        List<Member> reps = organization.reps(teamView, team.id());
        List<DealFact> facts = pipeline.facts(teamView, reps.stream().map(Member::id).toList());
        return new TeamData(team, reps, facts.stream().map(Fact::of).toList(), pipeline.lastOpenStage().name(), today(scope));
    }


    private TeamSummary teamInScope(Scope scope, long teamId) {
        scope.requireTeamLead(teamId, "team forecast");
        return organization.team(scope, teamId);
    }

    private Member repInScope(Scope scope, long repId) {
        Member rep = organization.person(scope, repId);
        if (!scope.seesDealsOf(repId) || rep.title() != Title.REP || rep.teamId() == null) {
            throw new NotFoundException("rep", repId);
        }
        return rep;
    }

    private static long teamOf(Member rep) {
        return Objects.requireNonNull(rep.teamId());
    }

    // ---- assembling ----

    private Forecast repForecast(Scope scope, TeamData data, Outlook outlook, long repId, @Nullable BigDecimal quota) {
        Outlook.RepOutlook rep = outlook.reps().get(repId);
        return forecast(outlook, rep.dist(), quota, drivers(scope, data, outlook, List.of(repId)), rep.expectedNew());
    }

    private static Forecast forecast(Outlook o, Dist d, @Nullable BigDecimal quota, List<Driver> drivers,
                                     long expectedNewCents) {
        BigDecimal chance = quota == null ? null
                : BigDecimal.valueOf(d.probabilityOfReaching(Money.cents(quota))).setScale(3, RoundingMode.HALF_UP);
        List<Outlook.DealOutlook> open = openDeals(o, d);
        String headline = Headline.of(o.history(), d.wonToDate(), d.p10(), d.p90(), quota == null ? null : Money.cents(quota),
                chance == null ? null : chance.doubleValue(), open.size(),
                open.stream().mapToLong(Outlook.DealOutlook::amountCents).sum());
        return new Forecast(o.period(), o.asOf(), o.history(), o.references(), basis(o), Money.exact(d.wonToDate()),
                Money.of(d.p10()), Money.of(d.p50()), Money.of(d.p90()), Money.of(d.mean()), quota, chance,
                Money.of(o.history() ? expectedNewCents : 0), drivers, headline,
                o.history() && Headline.rangeShown(d.wonToDate(), d.p10(), d.p90()));
    }

    /** The open deals behind a distribution: the team's, or one rep's (none for an office's sum). */
    private static List<Outlook.DealOutlook> openDeals(Outlook o, Dist d) {
        if (d == o.team()) {
            return o.reps().values().stream().flatMap(r -> r.deals().stream()).toList();
        }
        return o.reps().values().stream().filter(r -> r.dist() == d).findFirst().map(Outlook.RepOutlook::deals)
                .orElse(List.of());
    }

    private static Forecast emptyForecast(SalesPeriod period, LocalDate today) {
        return new Forecast(period, today, false, 0, "No team.", BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, BigDecimal.ZERO, List.of(),
                "No team to forecast.", false);
    }

    private static String basis(Outlook o) {
        if (!o.history()) {
            return "Not enough history yet: no earlier complete period like this one (" + ForecastModel.kind(o.period())
                    + ") to learn from, so this is only what is won to date.";
        }
        ForecastModel.Structure st = Objects.requireNonNull(o.structure());
        Map.Entry<ForecastModel.PipelineWay, Double> pipe = st.pipeline().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        Map.Entry<ForecastModel.NewWay, Double> fresh = st.fresh().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        String unit = switch (o.period().grain()) {
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case YEAR -> "year";
        };
        String learned = "Learned from the team's last " + (o.references() == 1 ? unit : o.references() + " " + unit + "s")
                + ", each replayed at this point with what was known then. Open deals: odds mostly from "
                + pipe.getKey().words + " (" + pct(pipe.getValue()) + " of the weight); new deals: mostly "
                + fresh.getKey().words + " (" + pct(fresh.getValue()) + ").";
        return learned + (st.validations() == 0 ? " Too little history yet to tell which way forecasts this team best,"
                + " so every way counts alike."
                : " These are the ways that would have forecast the team's last " + (st.validations() == 1 ? unit
                : st.validations() + " " + unit + "s") + " best.");
    }

    /** The largest expected contributions among the reps' deals and new deals. */
    private List<Driver> drivers(Scope scope, TeamData data, Outlook outlook, List<Long> repIds) {
        List<Driver> all = new ArrayList<>(dealDrivers(scope, data, outlook, repIds, DRIVERS));
        for (Long id : repIds) {
            Outlook.RepOutlook rep = outlook.reps().get(id);
            if (rep.expectedNew() > 0) {
                all.add(new Driver(Driver.Kind.NEW_DEALS, null, null, id, rep.rep().name(), null, null, null,
                        Money.of(rep.newAverage()), true, null, Money.of(rep.expectedNew()), null,
                        String.format(java.util.Locale.ROOT, "New deals %s is expected to create and win inside the "
                                + "period: %.1f, about %s each.", first(rep.rep().name()), rep.newRate(),
                                money(rep.newAverage()))));
            }
        }
        all.sort(Comparator.comparing(Driver::expectedValue).reversed());
        return all.subList(0, Math.min(DRIVERS, all.size()));
    }

    private List<Driver> dealDrivers(Scope scope, TeamData data, Outlook outlook, List<Long> repIds, int limit) {
        List<Outlook.DealOutlook> deals = repIds.stream().flatMap(id -> outlook.reps().get(id).deals().stream())
                .sorted(Comparator.comparingLong(Outlook.DealOutlook::expectedCents).reversed()
                        .thenComparingLong(Outlook.DealOutlook::dealId))
                .limit(limit).toList();
        Map<Long, ForecastCategory> cats = categories.of(deals.stream().map(Outlook.DealOutlook::dealId).toList());
        Scope teamView = scope.widenedForAggregates(TEAM_RATES);
        List<Driver> out = new ArrayList<>();
        Map<Long, Deal> info = new HashMap<>();
        if (deals.size() > DRIVERS) {
            pipeline.deals(teamView, dev.frontline.pipeline.DealFilter.of(Set.copyOf(repIds), null, Outcome.OPEN),
                    org.springframework.data.domain.PageRequest.of(0, 5000)).forEach(d -> info.put(d.id(), d));
        }
        for (Outlook.DealOutlook d : deals) {
            Deal deal = info.computeIfAbsent(d.dealId(), id -> pipeline.deal(teamView, id));
            Outlook.RepOutlook rep = outlook.reps().get(d.ownerId());
            out.add(new Driver(Driver.Kind.DEAL, d.dealId(), deal.externalId(), d.ownerId(), rep.rep().name(),
                    deal.account(), d.product(), d.ageMonths(), Money.of(d.amountCents()), d.amountEstimated(),
                    BigDecimal.valueOf(d.probability()).setScale(3, RoundingMode.HALF_UP), Money.of(d.expectedCents()),
                    cats.get(d.dealId()), why(outlook, rep, d)));
        }
        return out;
    }

    private static String why(Outlook outlook, Outlook.RepOutlook rep, Outlook.DealOutlook d) {
        String name = first(rep.rep().name());
        String age = d.ageMonths() == 0 ? "Created this month" : "Open " + d.ageMonths()
                + (d.ageMonths() == 1 ? " month" : " months");
        StringBuilder why = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%s. In the periods the forecast learns from, %s of deals that old at this point closed by the "
                        + "period's end, and %s won %s of such closes (team %s).", age, pct(d.closeRate()), name,
                pct(d.winShare()), pct(d.teamWinShare())));
        if (d.amountEstimated()) {
            why.append(" Amount: ").append(name).append("'s average won ").append(d.product() == null ? "deal"
                    : d.product() + " deal").append(" (the team's where ").append(name).append(" has won none).");
        }
        return why.toString();
    }

    private List<PastPeriod> history(TeamData data, SalesPeriod period, List<Long> repIds,
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

    private Map<Long, Call> latestRepCalls(List<Long> repIds, SalesPeriod period) {
        Map<Long, Call> out = new HashMap<>();
        calls.ofReps(repIds, period.firstMonth()).stream().filter(c -> c.period().equals(period))
                .forEach(c -> out.putIfAbsent(c.repId(), c));
        return out;
    }

    private Call stored(long id, SalesPeriod period, @Nullable Long repId, @Nullable Long teamId) {
        List<Call> list = repId != null ? calls.ofReps(List.of(repId), period.firstMonth())
                : calls.ofTeams(List.of(Objects.requireNonNull(teamId)), period.firstMonth());
        return list.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private void checkCall(Scope scope, SalesPeriod period, @Nullable BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("A call needs an amount of zero or more");
        }
        if (period.end().isBefore(today(scope))) {
            throw new IllegalArgumentException("A call is for a period that has not ended; " + period + " has");
        }
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > 2000) {
            throw new IllegalArgumentException("A note is at most 2000 characters");
        }
        return note.trim();
    }

    private static @Nullable BigDecimal add(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    static @Nullable BigDecimal percentError(BigDecimal forecast, BigDecimal actual) {
        return actual.signum() == 0 ? null : forecast.subtract(actual).multiply(BigDecimal.valueOf(100))
                .divide(actual, 1, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal meanError(List<@Nullable BigDecimal> errors) {
        List<BigDecimal> known = errors.stream().filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 1, RoundingMode.HALF_UP);
    }

    private static String first(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String money(long cents) {
        return dev.frontline.system.Fmt.money(Money.exact(cents));
    }
}
