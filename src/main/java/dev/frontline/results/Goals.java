package dev.frontline.results;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.results.internal.GoalRow;
import dev.frontline.results.internal.GoalStore;
import dev.frontline.results.internal.QuotaRow;
import dev.frontline.results.internal.RampRow;
import dev.frontline.results.internal.StartRow;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.RowOutcome;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import dev.frontline.shared.Money;
import dev.frontline.shared.StaleVersion;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goals: the fiscal calendar, quotas per rep and team, other goals, and quota suggestions drawn from each rep's
 * track record. Managers edit their teams', directors their office's, the admin everyone's; reps read only.
 */
@Service
@Transactional(readOnly = true)
public class Goals {

    /** How many completed past periods a suggestion averages. */
    static final int TRAILING_PERIODS = 4;
    public static final String DEMO = "DEMO";

    private final GoalStore store;
    private final Organization organization;
    private final Pipeline pipeline;
    private final FiscalCalendar calendar;

    Goals(GoalStore store, Organization organization, Pipeline pipeline, FiscalCalendar calendar) {
        this.store = store;
        this.organization = organization;
        this.pipeline = pipeline;
        this.calendar = calendar;
    }

    /** Sets the month the fiscal year starts in. Admin only; a stale version answers a conflict. */
    @Transactional
    public void setFiscalFirstMonth(Scope scope, int month, int expectedVersion) {
        if (!scope.isAdmin()) {
            throw new AccessDeniedException("Only an administrator sets the fiscal year");
        }
        calendar.setFirstMonth(month, expectedVersion);
    }

    /**
     * A rep's quota for any period (see {@link QuotaBook}): for the rep themself and those who see their deals;
     * {@code null} when none is set. Anyone else gets {@link NotFoundException}.
     */
    public @Nullable BigDecimal repQuota(Scope scope, long repId, SalesPeriod period) {
        if (!scope.seesDealsOf(repId)) {
            throw new NotFoundException("rep", repId);
        }
        return book(List.of(repId), List.of()).forRep(repId, period);
    }

    /**
     * A team's quota for any period — its own, else the sum of its reps' — and each rep's, by rep id (reps
     * without one are left out). For the team's manager, its director and the admin; reps get 404.
     */
    public TeamQuotas teamQuotas(Scope scope, long teamId, SalesPeriod period) {
        teamForEditors(scope, teamId);
        List<Long> ids = reps(scope, teamId).stream().map(Member::id).toList();
        QuotaBook book = book(ids, List.of(teamId));
        Map<Long, BigDecimal> byRep = new java.util.HashMap<>();
        ids.forEach(id -> {
            BigDecimal q = book.forRep(id, period);
            if (q != null) {
                byRep.put(id, q);
            }
        });
        return new TeamQuotas(book.forTeam(teamId, ids, period), byRep);
    }

    /**
     * The quotas of several teams for several periods, each as {@link #teamQuotas(Scope, long, SalesPeriod)} gives
     * it, from one read of the quotas, starts and ramps (three statements, however many teams and periods).
     * {@code repsByTeam}: each team's reps, as the caller read them. For whoever leads every team and sees every
     * rep's deals; {@link NotFoundException} otherwise.
     */
    public Map<Long, Map<SalesPeriod, TeamQuotas>> teamQuotas(Scope scope, Map<Long, List<Long>> repsByTeam,
                                                              Collection<SalesPeriod> periods) {
        repsByTeam.forEach((team, reps) -> {
            scope.requireTeamLead(team, "team quotas");
            reps.forEach(rep -> requireDealsOf(scope, rep));
        });
        List<Long> allReps = repsByTeam.values().stream().flatMap(List::stream).distinct().toList();
        QuotaBook book = book(allReps, repsByTeam.keySet());
        Map<Long, Map<SalesPeriod, TeamQuotas>> out = new java.util.HashMap<>();
        repsByTeam.forEach((team, reps) -> {
            Map<SalesPeriod, TeamQuotas> byPeriod = new java.util.HashMap<>();
            for (SalesPeriod period : periods) {
                Map<Long, BigDecimal> byRep = new java.util.HashMap<>();
                reps.forEach(id -> {
                    BigDecimal q = book.forRep(id, period);
                    if (q != null) {
                        byRep.put(id, q);
                    }
                });
                byPeriod.put(period, new TeamQuotas(book.forTeam(team, reps, period), byRep));
            }
            out.put(team, byPeriod);
        });
        return out;
    }

    /**
     * A rep's quotas for several periods, each as {@link #repQuota} gives it, from one read; periods without one
     * are left out. For the rep themself and those who see their deals; {@link NotFoundException} otherwise.
     */
    public Map<SalesPeriod, BigDecimal> repQuotas(Scope scope, long repId, Collection<SalesPeriod> periods) {
        requireDealsOf(scope, repId);
        QuotaBook book = book(List.of(repId), List.of());
        Map<SalesPeriod, BigDecimal> out = new java.util.HashMap<>();
        for (SalesPeriod period : periods) {
            BigDecimal q = book.forRep(repId, period);
            if (q != null) {
                out.put(period, q);
            }
        }
        return out;
    }

    private static void requireDealsOf(Scope scope, long repId) {
        if (!scope.seesDealsOf(repId)) {
            throw new NotFoundException("rep", repId);
        }
    }

    QuotaBook book(Collection<Long> repIds, Collection<Long> teamIds) {
        return new QuotaBook(store.quotas(repIds, teamIds), starts(repIds));
    }

    /** The new hires among the reps: when each joined and the ramp of the team they are in. */
    private Map<Long, Proration.Start> starts(Collection<Long> repIds) {
        List<StartRow> rows = store.starts(repIds).stream().filter(r -> r.joinedOn() != null).toList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Ramp> ramps = new java.util.HashMap<>();
        store.ramps(rows.stream().map(StartRow::teamId).filter(Objects::nonNull).distinct().toList())
                .forEach(r -> ramps.put(r.teamId(), new Ramp(r.steps())));
        Map<Long, Proration.Start> starts = new java.util.HashMap<>();
        rows.forEach(r -> starts.put(r.repId(), new Proration.Start(r.joinedOn(),
                r.teamId() == null ? Ramp.NONE : ramps.getOrDefault(r.teamId(), Ramp.NONE))));
        return starts;
    }

    List<GoalRow> goals(Collection<Long> repIds) {
        return store.goals(repIds);
    }

    /**
     * Sets quotas, all or none. Reps are named by username, teams by id; both must be in the editor's scope (else
     * 404); reps cannot set quotas (403); a change carrying a version that is no longer current is refused (409).
     */
    @Transactional
    public void setQuotas(Scope scope, List<QuotaChange> changes, String source) {
        requireEditor(scope);
        noneMissing(changes, "quota is an object {rep|team, period, amount, version?}");
        for (QuotaChange change : changes) {
            if ((change.rep() == null) == (change.team() == null)) {
                throw new InvalidInput("rep", "each quota names either a rep or a team (" + change.period() + ")");
            }
            if (change.amount() == null || change.amount().signum() < 0) {
                throw new InvalidInput("amount", "a quota must be zero or more (" + change.period() + ")");
            }
            Money.of("amount", change.amount());
            SalesPeriod period = calendar.parse(change.period());
            Long repId = change.rep() == null ? null : repInScope(scope, change.rep()).id();
            Long teamId = change.team();
            if (teamId != null) {
                organization.team(scope, teamId);
            }
            Optional<QuotaRow> existing = store.quota(repId, teamId, period);
            String by = scope.viewer().username();
            String what = "The quota of " + (change.rep() != null ? change.rep() : "team " + teamId) + " for " + period;
            if (existing.isEmpty()) {
                if (change.version() != null && change.version() > 0) {
                    throw new StaleVersion(what, 0);
                }
                if (!store.insertQuota(repId, teamId, period, change.amount(), source, by)) {
                    throw new StaleVersion(what, quotaVersion(repId, teamId, period));
                }
            } else {
                QuotaRow row = existing.get();
                if (change.version() != null && change.version() == 0) {
                    throw new StaleVersion(what, row.version());
                }
                int expected = change.version() == null ? row.version() : change.version();
                if (row.amount().compareTo(change.amount()) == 0 && expected == row.version()) {
                    continue;
                }
                if (!store.updateQuota(row.id(), expected, change.amount(), source, by)) {
                    throw new StaleVersion(what, quotaVersion(repId, teamId, period));
                }
            }
        }
    }

    /** A list sent with a {@code null} in it ({@code [null]}) is refused naming the item, before anything is read. */
    private static void noneMissing(List<?> items, String each) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidInput("[" + i + "]", "is missing: each " + each);
            }
        }
    }

    private int quotaVersion(@Nullable Long repId, @Nullable Long teamId, SalesPeriod period) {
        return store.quota(repId, teamId, period).map(QuotaRow::version).orElse(0);
    }

    /**
     * Writes quotas from an import file (already validated: every rep exists), in the importer's transaction;
     * answers each line's outcome.
     */
    @Transactional
    public List<RowOutcome> importQuotas(List<QuotaLine> lines) {
        List<RowOutcome> outcomes = new ArrayList<>();
        for (QuotaLine line : lines) {
            long repId = organization.findByUsername(line.rep()).map(Member::id)
                    .orElseThrow(() -> new dev.frontline.shared.InvalidInput("rep", "unknown rep " + dev.frontline.shared.Echo.quote(line.rep())));
            Optional<QuotaRow> existing = store.quota(repId, null, line.period());
            if (existing.isEmpty()) {
                store.insertQuota(repId, null, line.period(), line.amount(), "IMPORT", "import");
                outcomes.add(RowOutcome.CREATED);
            } else if (existing.get().amount().compareTo(line.amount()) == 0) {
                outcomes.add(RowOutcome.UNCHANGED);
            } else {
                store.updateQuota(existing.get().id(), existing.get().version(), line.amount(), "IMPORT", "import");
                outcomes.add(RowOutcome.UPDATED);
            }
        }
        return outcomes;
    }

    /** Sets non-revenue goals for reps in scope, all or none (upsert per rep, period and metric). */
    @Transactional
    public void setGoals(Scope scope, List<GoalChange> changes) {
        requireEditor(scope);
        noneMissing(changes, "goal is an object {rep, period, metric, target, version?}");
        for (GoalChange change : changes) {
            if (change.metric() == null || change.target() == null || change.target().signum() < 0) {
                throw new InvalidInput("target", "each goal needs a metric and a target of zero or more ("
                        + change.rep() + ", " + change.period() + ")");
            }
            Money.of("target", change.target());
            long repId = repInScope(scope, change.rep()).id();
            SalesPeriod period = calendar.parse(change.period());
            if (change.version() == null) {
                store.upsertGoal(repId, period, change.metric(), change.target());
            } else if (!store.saveGoal(repId, period, change.metric(), change.target(), change.version())) {
                throw new StaleVersion("The " + change.metric() + " goal of " + change.rep() + " for " + period,
                        store.goalVersion(repId, period, change.metric()).orElse(0));
            }
        }
    }

    /** The goals set for the team's reps for a period: rep id → metric → target. */
    public Map<Long, Map<Metric, BigDecimal>> goals(Scope scope, long teamId, SalesPeriod period) {
        teamForEditors(scope, teamId);
        List<Long> ids = reps(scope, teamId).stream().map(Member::id).toList();
        Map<Long, Map<Metric, BigDecimal>> out = new java.util.HashMap<>();
        store.goals(ids).stream().filter(g -> g.grain() == period.grain() && g.start().equals(period.start()))
                .forEach(g -> out.computeIfAbsent(g.repId(), k -> new java.util.EnumMap<>(Metric.class))
                        .put(g.metric(), g.target()));
        return out;
    }

    /** The growth factor (percent) a team's quota suggestions apply. */
    public BigDecimal growth(Scope scope, long teamId) {
        teamForEditors(scope, teamId);
        return store.growth(teamId);
    }

    @Transactional
    public void setGrowth(Scope scope, long teamId, BigDecimal percent) {
        requireEditor(scope);
        organization.team(scope, teamId);
        if (percent.compareTo(BigDecimal.valueOf(-90)) < 0 || percent.compareTo(BigDecimal.valueOf(500)) > 0) {
            throw new InvalidInput("growth", "must be between -90% and 500%, not " + percent + "%");
        }
        store.setGrowth(teamId, percent);
    }

    /** The team's quota grid for a fiscal year at a grain (quarter or month). */
    public QuotaGrid grid(Scope scope, long teamId, int year, Grain grain) {
        TeamSummary team = teamForEditors(scope, teamId);
        List<Member> reps = reps(scope, teamId);
        List<Long> repIds = reps.stream().map(Member::id).toList();
        QuotaBook book = book(repIds, List.of(teamId));
        SalesPeriod fiscalYear = calendar.parse("year", Integer.toString(year));
        List<SalesPeriod> periods = new ArrayList<>();
        for (SalesPeriod p = calendar.periodOf(grain, fiscalYear.start());
             !p.start().isAfter(fiscalYear.end()); p = p.next()) {
            periods.add(p);
        }
        periods.add(fiscalYear);
        Map<Long, LocalDate> joined = new java.util.HashMap<>();
        store.starts(repIds).stream().filter(r -> r.joinedOn() != null).forEach(r -> joined.put(r.repId(), r.joinedOn()));
        List<QuotaGrid.Row> rows = reps.stream().map(rep -> new QuotaGrid.Row(rep, periods.stream()
                .map(p -> cell(book.exact(r -> Objects.equals(r.repId(), rep.id()), p), p, book.forRep(rep.id(), p),
                        book.note(rep.id(), p)))
                .toList(), joined.get(rep.id()))).toList();
        QuotaGrid.Row teamRow = new QuotaGrid.Row(null, periods.stream()
                .map(p -> cell(book.exact(r -> Objects.equals(r.teamId(), teamId), p), p,
                        book.forTeam(teamId, repIds, p), null))
                .toList(), null);
        return new QuotaGrid(team, year, grain.name().toLowerCase(), periods.stream().map(SalesPeriod::toString).toList(),
                rows, teamRow, store.growth(teamId), book.anyFrom(DEMO), nextPeriod(scope, grain).toString());
    }

    /** The period after today's, at the grain (a year's grid suggests for the next quarter). */
    public SalesPeriod nextPeriod(Scope scope, Grain grain) {
        return calendar.current(grain == Grain.YEAR ? Grain.QUARTER : grain, scope).next();
    }

    private static QuotaGrid.Cell cell(@Nullable QuotaRow row, SalesPeriod period, @Nullable BigDecimal effective,
                                       @Nullable String ramp) {
        return row == null ? new QuotaGrid.Cell(period.toString(), null, null, null, effective, ramp)
                : new QuotaGrid.Cell(period.toString(), row.amount(), row.version(), row.source(), effective, ramp);
    }

    /**
     * Suggested quotas for a team's reps: the average revenue each won over the last four completed periods of the
     * same grain before the period (counting only periods from their first closed deal on), times (1 + the team's
     * growth); a rep without a track record gets the team's median suggestion.
     */
    public List<QuotaSuggestion> suggestions(Scope scope, long teamId, SalesPeriod period) {
        teamForEditors(scope, teamId);
        List<Member> reps = reps(scope, teamId);
        List<Long> ids = reps.stream().map(Member::id).toList();
        Map<Long, List<DealFact>> facts = pipeline.facts(scope, ids).stream()
                .collect(Collectors.groupingBy(DealFact::ownerId));
        QuotaBook book = book(ids, List.of());
        BigDecimal growth = store.growth(teamId);
        return Suggestions.suggest(reps, facts, period, calendar.today(scope), growth, TRAILING_PERIODS, book);
    }

    /**
     * Sets the suggested quotas of a team's reps for a period (of those named, or all), all or none, and answers
     * what changed: each quota set with the one set for exactly that period before. Reps whose quota already is
     * the suggestion are left alone. Editors only (reps 403), in scope (else 404); the period is required (422).
     */
    @Transactional
    public AcceptedSuggestions acceptSuggestions(Scope scope, long teamId, @Nullable String periodText,
                                                 @Nullable Collection<String> only) {
        requireEditor(scope);
        organization.team(scope, teamId);
        if (periodText == null || periodText.isBlank()) {
            throw new InvalidInput("period", "required: the period to accept the suggestions for, e.g. 2027-Q1");
        }
        SalesPeriod period = calendar.parse(periodText);
        List<QuotaSuggestion> suggestions = suggestions(scope, teamId, period).stream()
                .filter(s -> only == null || only.contains(s.rep().username())).toList();
        List<AcceptedSuggestions.Change> changed = new ArrayList<>();
        List<Member> unchanged = new ArrayList<>();
        List<QuotaChange> changes = new ArrayList<>();
        for (QuotaSuggestion s : suggestions) {
            BigDecimal before = store.quota(s.rep().id(), null, period).map(QuotaRow::amount).orElse(null);
            if (before != null && before.compareTo(s.suggested()) == 0) {
                unchanged.add(s.rep());
                continue;
            }
            changed.add(new AcceptedSuggestions.Change(s.rep(), before, s.suggested()));
            changes.add(new QuotaChange(s.rep().username(), null, period.toString(), s.suggested(), null));
        }
        setQuotas(scope, changes, "SUGGESTION");
        return new AcceptedSuggestions(period.toString(), changed, unchanged);
    }

    /** A team's ramp for new hires and when each of its reps joined. For its manager, director and the admin. */
    public RampSetting ramp(Scope scope, long teamId) {
        teamForEditors(scope, teamId);
        List<Member> reps = reps(scope, teamId);
        List<Long> ids = reps.stream().map(Member::id).toList();
        RampRow ramp = store.ramps(List.of(teamId)).stream().findFirst().orElse(new RampRow(teamId, List.of(), 0));
        Map<Long, StartRow> rows = new java.util.HashMap<>();
        store.starts(ids).forEach(r -> rows.put(r.repId(), r));
        QuotaBook book = book(ids, List.of());
        SalesPeriod quarter = calendar.current(Grain.QUARTER, scope);
        List<RampSetting.RepStart> starts = reps.stream().map(rep -> {
            StartRow row = rows.get(rep.id());
            return row == null ? new RampSetting.RepStart(rep, null, null, 0, null)
                    : new RampSetting.RepStart(rep, row.joinedOn(), row.source(), row.version(),
                    book.note(rep.id(), quarter));
        }).toList();
        return new RampSetting(teamId, ramp.steps(), ramp.version(), starts);
    }

    /**
     * Sets a team's ramp: percent of the full quota in the 1st, 2nd, … month after joining, each 0–100, never
     * going down, at most twelve (else 422 naming {@code steps}); {@code version} is required (0 when none was
     * saved) and a stale one answers 409. Editors only (reps 403), in scope (else 404).
     */
    @Transactional
    public RampSetting setRamp(Scope scope, long teamId, RampChange change) {
        requireEditor(scope);
        organization.team(scope, teamId);
        Ramp ramp = new Ramp(change.steps());
        if (change.version() == null) {
            throw new InvalidInput("version", "required: the version you saw (0 when no ramp was set)");
        }
        if (!store.saveRamp(teamId, change.version(), ramp.steps(), scope.viewer().username())) {
            throw new StaleVersion("The ramp of team " + teamId,
                    store.ramps(List.of(teamId)).stream().findFirst().map(RampRow::version).orElse(0));
        }
        return ramp(scope, teamId);
    }

    /**
     * Corrects when a rep joined (null: before Frontline's records, nothing prorated); {@code version} is required
     * (0 when none was recorded) and a stale one answers 409. Editors of the rep's team only (reps 403), the rep in
     * scope (else 404).
     */
    @Transactional
    public RampSetting.RepStart setStart(Scope scope, long repId, StartChange change) {
        requireEditor(scope);
        Member rep = organization.findById(repId).filter(p -> p.title() == Title.REP && scope.seesDealsOf(p.id()))
                .orElseThrow(() -> new NotFoundException("rep", repId));
        if (change.version() == null) {
            throw new InvalidInput("version", "required: the version you saw (0 when no start was recorded)");
        }
        String by = scope.viewer().username();
        boolean saved = store.start(repId).isEmpty() && change.version() == 0
                ? store.insertStart(repId, rep.teamId(), change.joinedOn(), "MANUAL", by)
                : store.updateStart(repId, change.version(), rep.teamId(), change.joinedOn(), "MANUAL", by);
        if (!saved) {
            throw new StaleVersion("When " + rep.displayName() + " joined",
                    store.start(repId).map(StartRow::version).orElse(0));
        }
        StartRow row = store.start(repId).orElseThrow();
        return new RampSetting.RepStart(rep, row.joinedOn(), row.source(), row.version(),
                book(List.of(repId), List.of()).note(repId, calendar.current(Grain.QUARTER, scope)));
    }

    /** Corrects several reps' join dates of one team, all or none (see {@link #setStart}). */
    @Transactional
    public void setStarts(Scope scope, long teamId, Map<Long, StartChange> changes) {
        requireEditor(scope);
        organization.team(scope, teamId);
        List<Long> members = reps(scope, teamId).stream().map(Member::id).toList();
        changes.forEach((repId, change) -> {
            if (!members.contains(repId)) {
                throw new NotFoundException("rep", repId);
            }
            setStart(scope, repId, change);
        });
    }

    /**
     * A rep was placed in a team. Placed for the first time, they are a new hire joining today — unless their deals
     * already reach back before today (a roster imported with its history: they were selling before Frontline knew
     * them), whose start is recorded as "before the records". Moved, they keep their start and take their new
     * team's ramp.
     */
    @Transactional
    void recordJoin(long repId, long teamId, @Nullable Long fromTeamId) {
        if (store.start(repId).isPresent()) {
            store.moveStart(repId, teamId);
            return;
        }
        if (fromTeamId != null) {
            return;
        }
        LocalDate today = calendar.today();
        boolean trackRecord = pipeline.facts(Scope.system("join dates: whether a rep placed in a team has a track record"), List.of(repId)).stream()
                .anyMatch(d -> before(d.createdDate(), today) || before(d.engageDate(), today)
                        || before(d.closeDate(), today));
        store.insertStart(repId, teamId, trackRecord ? null : today, "JOINED", "organization");
    }

    private static boolean before(@Nullable LocalDate day, LocalDate today) {
        return day != null && day.isBefore(today);
    }

    /** The demo's ramp for every team: a quarter of the full quota in the joining month, half, three quarters. */
    static final Ramp DEMO_RAMP = new Ramp(List.of(25, 50, 75, 100));

    /**
     * Demo mode: every team ramps new hires 25/50/75/100%; the newcomers (reps placed without a single deal) joined
     * on the first day of the current month; then every rep's quarterly quota is set from its suggestion, for each
     * quarter from the first one that has a track record to the next quarter — for a newcomer from the quarter they
     * joined in (their quota is prorated from the join date). Marked as demo quotas.
     */
    @Transactional
    public int seedDemoQuotas(Scope everything) {
        int set = 0;
        LocalDate firstClose = null;
        LocalDate joinedOn = calendar.current(Grain.MONTH, everything).start();
        Map<Long, LocalDate> joined = new java.util.HashMap<>();
        for (TeamSummary team : organization.teams(everything)) {
            List<Long> ids = reps(everything, team.id()).stream().map(Member::id).toList();
            for (DealFact d : pipeline.facts(everything, ids)) {
                if (!d.open() && d.closeDate() != null && (firstClose == null || d.closeDate().isBefore(firstClose))) {
                    firstClose = d.closeDate();
                }
            }
            store.saveRamp(team.id(), 0, DEMO_RAMP.steps(), "demo");
            for (StartRow start : store.starts(ids)) {
                if (start.joinedOn() != null && store.updateStart(start.repId(), start.version(), team.id(), joinedOn,
                        DEMO, "demo")) {
                    joined.put(start.repId(), joinedOn);
                }
            }
        }
        if (firstClose == null) {
            return 0;
        }
        SalesPeriod last = calendar.current(Grain.QUARTER, everything).next();
        for (SalesPeriod q = calendar.periodOf(Grain.QUARTER, firstClose).next();
             !q.start().isAfter(last.start()); q = q.next()) {
            for (TeamSummary team : organization.teams(everything)) {
                for (QuotaSuggestion s : suggestions(everything, team.id(), q)) {
                    LocalDate start = joined.get(s.rep().id());
                    if (start != null && q.end().isBefore(start)) {
                        continue;
                    }
                    if (s.suggested().signum() > 0 && store.quota(s.rep().id(), null, q).isEmpty()) {
                        store.insertQuota(s.rep().id(), null, q, s.suggested(), DEMO, "demo");
                        set++;
                    }
                }
            }
        }
        return set;
    }

    List<Member> reps(Scope scope, long teamId) {
        return organization.reps(scope, teamId);
    }

    private Member repInScope(Scope scope, String username) {
        return organization.personByUsername(scope, username)
                .filter(p -> p.title() == Title.REP && scope.seesDealsOf(p.id()))
                .orElseThrow(() -> new NotFoundException("rep", username));
    }

    /** A team's quotas and suggestions are for its manager, director and the admin: reps get 404. */
    private TeamSummary teamForEditors(Scope scope, long teamId) {
        scope.requireTeamLead(teamId, "team quotas");
        return organization.team(scope, teamId);
    }

    private static void requireEditor(Scope scope) {
        if (scope.isRep()) {
            throw new AccessDeniedException("Reps do not set quotas or goals");
        }
    }

}
