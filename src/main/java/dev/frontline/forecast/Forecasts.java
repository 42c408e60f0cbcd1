package dev.frontline.forecast;

import dev.frontline.organization.Member;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.pipeline.PipelineMovement;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts: the system forecast of every rep and team in scope, the calls reps and managers submit beside it, the
 * forecast categories of open deals, office roll-ups and the backtest. Reps see their own forecast and set their own
 * deals' categories and their own call; managers their team; directors their office; the admin everything.
 *
 * <p>A team's forecast learns from the whole team's history (its rates shrink each rep towards the team), so a
 * rep's forecast is computed from their team's deals; only the rep's own deals are shown to them.
 *
 * <p>A team's forecasts are computed once per version of the data they are read from ({@link ForecastCache}): every
 * page and endpoint here, and the homes that show a rep's card, share them; what each viewer sees is cut from them
 * on every call.
 *
 * <p>The facade checks who may do what and hands each job to its class: {@link TeamReads} (scope and the team's
 * data), {@link Rollups} (rep, team and office), {@link Cards}, {@link Drivers}, {@link Quotas}, {@link CallDesk}
 * (calls and categories) and {@link Backtests}.
 */
@Service
@Transactional(readOnly = true)
public class Forecasts {

    private final TeamReads reads;
    private final Rollups rollups;
    private final Cards cards;
    private final Drivers drivers;
    private final CallDesk calls;
    private final Backtests backtests;
    private final Pipeline pipeline;
    private final FiscalCalendar calendar;

    Forecasts(TeamReads reads, Rollups rollups, Cards cards, Drivers drivers, CallDesk calls, Backtests backtests,
              Pipeline pipeline, FiscalCalendar calendar) {
        this.reads = reads;
        this.rollups = rollups;
        this.cards = cards;
        this.drivers = drivers;
        this.calls = calls;
        this.backtests = backtests;
        this.pipeline = pipeline;
        this.calendar = calendar;
    }

    /** A team's forecast for the period, with each rep's. Reps and viewers outside the team get 404. */
    public TeamForecast team(Scope scope, long teamId, SalesPeriod period) {
        TeamEntry entry = reads.teamInScope(scope, teamId);
        return rollups.team(scope, entry, entry.outlook(period));
    }

    /** A rep's forecast for the period: for the rep, and for those who see their deals; else 404. */
    public RepForecast rep(Scope scope, long repId, SalesPeriod period) {
        Member rep = reads.repInScope(scope, repId);
        TeamEntry entry = reads.teamOf(scope, rep);
        return rollups.rep(scope, entry, entry.outlook(period), rep);
    }

    /**
     * Everything the team's forecast page shows, computed from one read of the team: the forecast, its card (this
     * period, the next, the last six periods' forecasts against quota and won, and the fan chart) and the reps' call
     * records.
     */
    public TeamView teamView(Scope scope, long teamId, SalesPeriod period) {
        TeamEntry entry = reads.teamInScope(scope, teamId);
        Outlook current = entry.outlook(period);
        return new TeamView(rollups.team(scope, entry, current), cards.team(scope, entry, current),
                calls.records(entry), movement(scope, entry, period, null, null));
    }

    /**
     * How the team's pipeline for the period moved between two days (defaults: the period's start and today; see
     * {@link Pipeline#movement}): for the team's manager, its director and the admin; reps and anyone else 404. The
     * team's reps are those the forecast reads (kept while the data is unchanged); their deals cost one statement.
     */
    public PipelineMovement movement(Scope scope, long teamId, SalesPeriod period, java.time.@Nullable LocalDate from,
                                     java.time.@Nullable LocalDate to) {
        return movement(scope, reads.teamInScope(scope, teamId), period, from, to);
    }

    private PipelineMovement movement(Scope scope, TeamEntry entry, SalesPeriod period,
                                      java.time.@Nullable LocalDate from, java.time.@Nullable LocalDate to) {
        return pipeline.movement(scope, entry.data().reps().stream().map(Member::id).toList(), period, from, to);
    }

    /** Everything the rep's forecast page shows: the forecast, its card, every open deal and the rep's calls. */
    public RepView repView(Scope scope, long repId, SalesPeriod period) {
        Member rep = reads.repInScope(scope, repId);
        TeamEntry entry = reads.teamOf(scope, rep);
        Outlook current = entry.outlook(period);
        return new RepView(rollups.rep(scope, entry, current, rep), cards.rep(scope, entry, current, repId),
                drivers.openDeals(scope, entry, current, rep), calls.repCalls(entry, repId, period));
    }

    /** A rep's card: this period and the next, the last six periods' forecasts against quota and won, and the chart. */
    public ForecastCard repCard(Scope scope, long repId, SalesPeriod period) {
        Member rep = reads.repInScope(scope, repId);
        TeamEntry entry = reads.teamOf(scope, rep);
        return cards.rep(scope, entry, entry.outlook(period), repId);
    }

    /**
     * One open deal as its rep's forecast page lists it for the current period: the chance it is won inside the
     * period, its expected value, its forecast category and why. Whoever sees the deal may read it (404 otherwise);
     * empty for a closed deal and for a deal whose owner is not a rep on a team (no forecast covers it). Costs one
     * simulation of the owner's team for the current period, unless one is kept for the data as it stands.
     */
    public Optional<Driver> openDeal(Scope scope, long opportunityId) {
        Deal deal = pipeline.deal(scope, opportunityId);
        Member rep = reads.owner(scope, deal);
        if (deal.outcome() != Outcome.OPEN || rep.title() != Title.REP || rep.teamId() == null) {
            return Optional.empty();
        }
        TeamEntry entry = reads.teamOf(scope, rep);
        Outlook current = entry.outlook(calendar.current(Grain.QUARTER, scope));
        return drivers.openDeals(scope, entry, current, rep).stream()
                .filter(d -> Long.valueOf(opportunityId).equals(d.opportunityId())).findFirst();
    }

    /**
     * Replays history at the start of every period and scores Frontline against the weighted pipeline and the run
     * rate, over the teams in scope. Reps get 404.
     */
    public Backtest backtest(Scope scope, BacktestLevel level, Grain grain) {
        if (scope.isRep()) {
            throw new NotFoundException("backtest", scope.viewer().username());
        }
        return backtests.run(scope, level, grain);
    }

    /** An office's roll-up: each team's forecast, its manager's call and its reps' calls. Directors and the admin. */
    public OfficeForecast office(Scope scope, long regionId, SalesPeriod period) {
        if (scope.isRep() || scope.isManager() || !scope.seesRegion(regionId)) {
            throw new NotFoundException("office", regionId);
        }
        return rollups.office(scope, regionId, period);
    }

    /** How each rep's past calls of the team compared with what they won. For those who see the team's results. */
    public List<CallRecord> callRecords(Scope scope, long teamId) {
        return calls.records(reads.teamInScope(scope, teamId));
    }

    /** The rep's calls, newest first: for the rep and those who see their deals. */
    public List<Call> repCalls(Scope scope, long repId) {
        reads.repInScope(scope, repId);
        return calls.repCalls(repId);
    }

    /** The team's calls, newest first. */
    public List<Call> teamCalls(Scope scope, long teamId) {
        scope.requireTeamLead(teamId, "team forecast");
        reads.entry(scope, teamId);
        return calls.teamCalls(teamId);
    }

    /**
     * Sets an open deal's forecast category. Anyone who sees the deal may (a rep their own deals); a deal outside
     * scope is 404; a closed deal takes no category (422). {@code version}: the one read (0: it had none), or null
     * to set it whatever it is; a stale one is 409. Answers the version now stored.
     */
    @Transactional
    public int setCategory(Scope scope, long opportunityId, ForecastCategory category, @Nullable Integer version) {
        return calls.setCategory(scope, opportunityId, category, version);
    }

    /**
     * Submits a rep's call for a period that has not ended: the rep themself (or the admin); others who see the rep
     * get 403, those who do not 404. The system forecast of the moment is kept beside it.
     */
    @Transactional
    public Call submitRepCall(Scope scope, long repId, SalesPeriod period, BigDecimal amount, @Nullable String note) {
        reads.repInScope(scope, repId);
        calls.checkRepCaller(scope, repId);
        calls.checkCall(scope, period, amount);
        Forecast now = rep(scope, repId, period).forecast();
        return calls.submitRep(scope, repId, period, amount, note, now);
    }

    /**
     * Submits a team's call for a period that has not ended: the team's manager (or the admin); directors get 403,
     * reps and viewers outside the team 404.
     */
    @Transactional
    public Call submitTeamCall(Scope scope, long teamId, SalesPeriod period, BigDecimal amount, @Nullable String note) {
        TeamEntry entry = reads.teamInScope(scope, teamId);
        calls.checkTeamCaller(scope, entry.data().team());
        calls.checkCall(scope, period, amount);
        return calls.submitTeam(scope, teamId, period, amount, note, entry.outlook(period).team());
    }
}
