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
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

    private final Organization organization;
    private final Pipeline pipeline;
    private final FiscalCalendar calendar;

    TeamReads(Organization organization, Pipeline pipeline, FiscalCalendar calendar) {
        this.organization = organization;
        this.pipeline = pipeline;
        this.calendar = calendar;
    }

    /** A team's reps in name order and all their deals, read with the team's full view. */
    TeamData load(Scope scope, TeamSummary team) {
        Scope teamView = teamView(scope);
        List<Member> reps = organization.reps(teamView, team.id());
        List<DealFact> facts = pipeline.facts(teamView, reps.stream().map(Member::id).toList());
        return new TeamData(team, reps, facts.stream().map(Fact::of).toList(), pipeline.lastOpenStage().name(),
                calendar.today(scope));
    }

    /** The whole team of a rep the caller sees. */
    TeamData teamOf(Scope scope, Member rep) {
        return load(scope, organization.team(teamView(scope), Objects.requireNonNull(rep.teamId())));
    }

    /** A deal's owner, whoever may see the deal. */
    Member owner(Scope scope, Deal deal) {
        return organization.person(teamView(scope), deal.ownerId());
    }

    /** One open deal of the team, read with the team's full view. */
    Deal deal(Scope scope, long opportunityId) {
        return pipeline.deal(teamView(scope), opportunityId);
    }

    /** The open deals of the team's reps, read with the team's full view. */
    List<Deal> openDeals(Scope scope, Collection<Long> repIds) {
        return pipeline.deals(teamView(scope), DealFilter.of(Set.copyOf(repIds), null, Outcome.OPEN),
                PageRequest.of(0, 5000)).getContent();
    }

    /** A team the caller sees; reps get 404. */
    TeamSummary teamInScope(Scope scope, long teamId) {
        scope.requireTeamLead(teamId, "team forecast");
        return organization.team(scope, teamId);
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
