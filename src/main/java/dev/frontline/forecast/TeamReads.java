package dev.frontline.forecast;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The forecast's reads: who is in the caller's scope, and a team's reps and deals. A team's forecast learns from the
 * whole team (a rep's rates shrink towards the team's), so the team is read beyond the caller's scope — here, and
 * only here; what leaves the module is filtered back to the caller.
 */
@Component
class TeamReads {

    /** Why the forecast reads a whole team for a rep: their rates are shrunk towards the team's (only they leave). */
    static final String TEAM_RATES = "the team's rates a rep's forecast is shrunk towards";

    /** How many open deals of a team one read brings; any beyond are read one by one. */
    static final int OPEN_DEALS_READ = 5000;

    private final Organization organization;
    private final Pipeline pipeline;
    private final FiscalCalendar calendar;
    private final ForecastCache cache;

    TeamReads(Organization organization, Pipeline pipeline, FiscalCalendar calendar, ForecastCache cache) {
        this.organization = organization;
        this.pipeline = pipeline;
        this.calendar = calendar;
        this.cache = cache;
    }

    /**
     * The team's entry for the caller's today: the one kept while the data it was read from is unchanged (no
     * statement), else its reps in name order and all their deals read with the team's full view. The caller has
     * checked the viewer may see what leaves the module.
     */
    TeamEntry entry(Scope scope, long teamId) {
        LocalDate today = calendar.today(scope);
        TeamEntry kept = cache.valid(teamId, today);
        if (kept != null) {
            return kept;
        }
        long before = cache.rosterVersion(teamId);
        Scope teamView = teamView(scope);
        TeamSummary team = organization.team(teamView, teamId);
        List<Member> reps = organization.reps(teamView, teamId);
        List<String> subjects = ForecastCache.subjects(teamId, reps.stream().map(Member::id).toList());
        long version = cache.version(subjects);
        List<Long> repIds = reps.stream().map(Member::id).toList();
        List<DealFact> facts = pipeline.facts(teamView, repIds);
        Map<Long, dev.frontline.pipeline.StageTimeline> stages = pipeline.stageTimelines(teamView, repIds);
        TeamEntry entry = new TeamEntry(new TeamData(team, reps, facts.stream()
                .map(d -> Fact.of(d).withStages(stages.get(d.id())))
                .sorted(Comparator.comparingLong(Fact::id)).toList(),
                pipeline.lastOpenStage().name(), today), version, subjects, cache);
        if (cache.rosterVersion(teamId) == before) {
            cache.keep(entry);
        }
        return entry;
    }

    /**
     * The entries of several teams the caller sees in full (an office): those kept, and the others read together —
     * the roster, the deals and the stages in one statement each, however many teams.
     */
    Map<Long, TeamEntry> entries(Scope scope, List<TeamSummary> teams) {
        LocalDate today = calendar.today(scope);
        Map<Long, TeamEntry> out = new LinkedHashMap<>();
        List<TeamSummary> missing = new ArrayList<>();
        for (TeamSummary team : teams) {
            TeamEntry kept = cache.valid(team.id(), today);
            out.put(team.id(), kept);
            if (kept == null) {
                missing.add(team);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        Map<Long, Long> before = new HashMap<>();
        missing.forEach(t -> before.put(t.id(), cache.rosterVersion(t.id())));
        Scope teamView = teamView(scope);
        Set<Long> missingIds = missing.stream().map(TeamSummary::id).collect(Collectors.toSet());
        Map<Long, List<Member>> reps = new HashMap<>();
        organization.people(scope).stream()
                .filter(m -> m.title() == Title.REP && m.teamId() != null && missingIds.contains(m.teamId()))
                .sorted(Comparator.comparing(Member::displayName).thenComparingLong(Member::id))
                .forEach(m -> reps.computeIfAbsent(m.teamId(), k -> new ArrayList<>()).add(m));
        Map<Long, List<String>> subjects = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        for (TeamSummary team : missing) {
            List<String> s = ForecastCache.subjects(team.id(),
                    reps.getOrDefault(team.id(), List.of()).stream().map(Member::id).toList());
            subjects.put(team.id(), s);
            versions.put(team.id(), cache.version(s));
        }
        List<Long> allReps = reps.values().stream().flatMap(List::stream).map(Member::id).toList();
        Map<Long, dev.frontline.pipeline.StageTimeline> stages = pipeline.stageTimelines(teamView, allReps);
        Map<Long, List<Fact>> factsByOwner = pipeline.facts(teamView, allReps).stream()
                .map(d -> Fact.of(d).withStages(stages.get(d.id())))
                .collect(Collectors.groupingBy(Fact::ownerId));
        String openStage = pipeline.lastOpenStage().name();
        for (TeamSummary team : missing) {
            List<Member> members = reps.getOrDefault(team.id(), List.of());
            List<Fact> facts = members.stream().flatMap(m -> factsByOwner.getOrDefault(m.id(), List.of()).stream())
                    .sorted(Comparator.comparingLong(Fact::id)).toList();
            TeamEntry entry = new TeamEntry(new TeamData(team, members, facts, openStage, today),
                    versions.get(team.id()), subjects.get(team.id()), cache);
            if (cache.rosterVersion(team.id()) == before.get(team.id())) {
                cache.keep(entry);
            }
            out.put(team.id(), entry);
        }
        return out;
    }

    /** The whole team of a rep the caller sees. */
    TeamEntry teamOf(Scope scope, Member rep) {
        return entry(scope, Objects.requireNonNull(rep.teamId()));
    }

    /** A deal's owner, whoever may see the deal. */
    Member owner(Scope scope, Deal deal) {
        return organization.person(teamView(scope), deal.ownerId());
    }

    /** One open deal of the team, read with the team's full view. */
    Deal deal(Scope scope, long opportunityId) {
        return pipeline.deal(teamView(scope), opportunityId);
    }

    /**
     * Every open deal of the team's reps by id, in the deal list's order: read with the team's full view in one
     * query, once per version of the team's data.
     */
    Map<Long, Deal> openDeals(Scope scope, TeamEntry entry) {
        return entry.openDeals(() -> {
            Map<Long, Deal> byId = new LinkedHashMap<>();
            if (!entry.repIds().isEmpty()) {
                pipeline.deals(teamView(scope), DealFilter.of(Set.copyOf(entry.repIds()), null, Outcome.OPEN),
                        PageRequest.of(0, OPEN_DEALS_READ)).getContent().forEach(d -> byId.put(d.id(), d));
            }
            return byId;
        });
    }

    /** A team the caller sees, with its entry; reps get 404. */
    TeamEntry teamInScope(Scope scope, long teamId) {
        scope.requireTeamLead(teamId, "team forecast");
        return entry(scope, teamId);
    }

    /** A rep on a team whose deals the caller sees; 404 otherwise. */
    Member repInScope(Scope scope, long repId) {
        Member rep = organization.person(scope, repId);
        if (!scope.seesDealsOf(repId) || rep.title() != Title.REP || rep.teamId() == null) {
            throw new NotFoundException("rep", repId);
        }
        return rep;
    }

    private static Scope teamView(Scope scope) {
        return scope.widenedForAggregates(TEAM_RATES);
    }
}
