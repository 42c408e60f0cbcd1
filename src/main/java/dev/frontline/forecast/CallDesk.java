package dev.frontline.forecast;

import dev.frontline.forecast.internal.CallStore;
import dev.frontline.forecast.internal.CategoryStore;
import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.DataChanged;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.Scope;
import dev.frontline.shared.StaleVersion;
import dev.frontline.system.FiscalCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What people put beside the system forecast: the calls reps and managers make, how those calls compared with what
 * was won, and the forecast categories of open deals. A call or a category set announces what it changed
 * ({@link DataChanged}: the rep, the deal's owner or the team), so the forecasts kept of it are computed anew.
 */
@Component
class CallDesk {

    private final CallStore calls;
    private final CategoryStore categories;
    private final Pipeline pipeline;
    private final FiscalCalendar calendar;
    private final ApplicationEventPublisher events;

    /** The order calls are read in: newest first. */
    static final Comparator<Call> NEWEST_FIRST = Comparator.comparing(Call::submittedAt).reversed()
            .thenComparing(Comparator.comparingLong(Call::id).reversed());

    CallDesk(CallStore calls, CategoryStore categories, Pipeline pipeline, FiscalCalendar calendar,
             ApplicationEventPublisher events) {
        this.calls = calls;
        this.categories = categories;
        this.pipeline = pipeline;
        this.calendar = calendar;
        this.events = events;
    }

    /** The reps' latest calls for the period, by rep. */
    Map<Long, Call> latestRepCalls(TeamEntry entry, SalesPeriod period) {
        Map<Long, Call> out = new HashMap<>();
        repCalls(entry).stream().filter(c -> c.period().equals(period)).forEach(c -> out.putIfAbsent(c.repId(), c));
        return out;
    }

    /** A rep's calls for the period, newest first. */
    List<Call> repCalls(TeamEntry entry, long repId, SalesPeriod period) {
        return repCalls(entry).stream().filter(c -> Long.valueOf(repId).equals(c.repId()))
                .filter(c -> c.period().equals(period)).toList();
    }

    /** A team's calls for the period, newest first. */
    List<Call> teamCalls(TeamEntry entry, SalesPeriod period) {
        return teamCalls(entry).stream().filter(c -> c.period().equals(period)).toList();
    }

    /** Every call of the team's reps, newest first: one query per version of the team's data. */
    private List<Call> repCalls(TeamEntry entry) {
        return entry.memo(TeamEntry.REP_CALLS, () -> calls.ofReps(entry.repIds(), calendar.firstMonth()));
    }

    /** Every call of the team, newest first: one query per version of the team's data. */
    private List<Call> teamCalls(TeamEntry entry) {
        return entry.memo(TeamEntry.TEAM_CALLS, () -> calls.ofTeams(List.of(entry.teamId()), calendar.firstMonth()));
    }

    /** Reads the calls of the teams whose entries lack them, all in two queries, and keeps them in the entries. */
    void readCalls(Collection<TeamEntry> entries) {
        List<TeamEntry> lacking = entries.stream()
                .filter(e -> !e.has(TeamEntry.REP_CALLS) || !e.has(TeamEntry.TEAM_CALLS)).toList();
        if (lacking.isEmpty()) {
            return;
        }
        int firstMonth = calendar.firstMonth();
        Map<Long, List<Call>> byRep = calls.ofReps(lacking.stream().flatMap(e -> e.repIds().stream()).toList(),
                firstMonth).stream().collect(Collectors.groupingBy(Call::repId));
        Map<Long, List<Call>> byTeam = calls.ofTeams(lacking.stream().map(TeamEntry::teamId).toList(), firstMonth)
                .stream().collect(Collectors.groupingBy(Call::teamId));
        for (TeamEntry e : lacking) {
            e.keep(TeamEntry.REP_CALLS, e.repIds().stream().flatMap(id -> byRep.getOrDefault(id, List.of()).stream())
                    .sorted(NEWEST_FIRST).toList());
            e.keep(TeamEntry.TEAM_CALLS, byTeam.getOrDefault(e.teamId(), List.of()));
        }
    }

    /** Every call of the rep, newest first. */
    List<Call> repCalls(long repId) {
        return calls.ofReps(List.of(repId), calendar.firstMonth());
    }

    /** Every call of the team, newest first. */
    List<Call> teamCalls(long teamId) {
        return calls.ofTeams(List.of(teamId), calendar.firstMonth());
    }

    /** How each rep's past calls compared with what they won, and how the system's median did beside them. */
    List<CallRecord> records(TeamEntry entry) {
        TeamData data = entry.data();
        LocalDate today = data.today();
        Map<Long, List<Call>> byRep = repCalls(entry).stream()
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

    /**
     * Sets an open deal's forecast category; a closed deal takes none (422). {@code version}: the one read (0: it
     * had none), or null to set it whatever it is; a stale one is 409. Answers the version now stored. A change is
     * recorded in the deal's history (the pipeline's), in the same transaction.
     */
    int setCategory(Scope scope, long opportunityId, ForecastCategory category, @Nullable Integer version) {
        Deal deal = pipeline.deal(scope, opportunityId);
        if (deal.outcome() != Outcome.OPEN) {
            throw new InvalidInput("category", "Only open deals take a forecast category; " + deal.externalId()
                    + " is " + deal.stage());
        }
        CategoryStore.@Nullable Set before = categories.of(List.of(opportunityId)).get(opportunityId);
        if (!categories.set(opportunityId, category, scope.viewer().username(), calendar.now(), version)) {
            throw new StaleVersion("The forecast category of " + deal.externalId(), categories.version(opportunityId));
        }
        pipeline.recordCategoryChange(scope, opportunityId, before == null ? null : before.category().name(),
                category.name());
        events.publishEvent(DataChanged.people(List.of(deal.ownerId())));
        return categories.version(opportunityId);
    }

    /** The rep themself (or the admin) may call the rep's period; others get 403. */
    void checkRepCaller(Scope scope, long repId) {
        if (!scope.isAdmin() && !Long.valueOf(repId).equals(scope.viewer().personId())) {
            throw new AccessDeniedException("A rep's call is theirs to make");
        }
    }

    /** The team's manager (or the admin) may call the team's period; others get 403. */
    void checkTeamCaller(Scope scope, TeamSummary team) {
        if (!scope.isAdmin()
                && (team.managerId() == null || !team.managerId().equals(scope.viewer().personId()))) {
            throw new AccessDeniedException("The team's call is its manager's to make");
        }
    }

    /** A call needs an amount of zero or more within money's bound, for a period that has not ended (422 otherwise). */
    void checkCall(Scope scope, SalesPeriod period, @Nullable BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new InvalidInput("amount", "A call needs an amount of zero or more");
        }
        dev.frontline.shared.Money.of("amount", amount);
        if (period.end().isBefore(calendar.today(scope))) {
            throw new InvalidInput("period", "A call is for a period that has not ended; " + period + " has");
        }
    }

    /** Stores a rep's call with the system's range of the moment beside it. */
    Call submitRep(Scope scope, long repId, SalesPeriod period, BigDecimal amount, @Nullable String note,
                   Forecast system) {
        events.publishEvent(DataChanged.people(List.of(repId)));
        return stored(calls.insert(repId, null, period, amount, note(note), system.p10(), system.p50(), system.p90(),
                scope.viewer().username(), calendar.now()), period, repId, null);
    }

    /** Stores a team's call with the system's range of the moment beside it. */
    Call submitTeam(Scope scope, long teamId, SalesPeriod period, BigDecimal amount, @Nullable String note,
                    Dist system) {
        events.publishEvent(DataChanged.teams(List.of(teamId)));
        return stored(calls.insert(null, teamId, period, amount, note(note), Money.of(system.p10()),
                Money.of(system.p50()), Money.of(system.p90()), scope.viewer().username(), calendar.now()),
                period, null, teamId);
    }

    private Call stored(long id, SalesPeriod period, @Nullable Long repId, @Nullable Long teamId) {
        List<Call> list = repId != null ? calls.ofReps(List.of(repId), period.firstMonth())
                : calls.ofTeams(List.of(Objects.requireNonNull(teamId)), period.firstMonth());
        return list.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > 2000) {
            throw new InvalidInput("note", "A note is at most 2000 characters");
        }
        return note.trim();
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
}
