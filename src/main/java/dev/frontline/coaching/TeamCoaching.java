package dev.frontline.coaching;

import dev.frontline.organization.LedTeam;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coaching view of a team (its manager, its director, the admin; reps 404 as for team results) and of every
 * team in scope side by side (a director's office).
 */
@Service
@Transactional(readOnly = true)
public class TeamCoaching {

    private final Organization organization;
    private final OneOnOnes oneOnOnes;
    private final CoachingPlans plans;

    TeamCoaching(Organization organization, OneOnOnes oneOnOnes, CoachingPlans plans) {
        this.organization = organization;
        this.oneOnOnes = oneOnOnes;
        this.plans = plans;
    }

    /** One team's coaching. */
    public TeamCoachingView team(Scope scope, long teamId) {
        LedTeam led = organization.ledTeam(scope, teamId, "team coaching");
        return views(scope, List.of(led.team()), Map.of(teamId, led.reps())).get(0);
    }

    /**
     * Every team in scope (a director's office, the admin's all, a manager's own): the same few queries however many
     * teams — their rosters, plans, requests and schedules are each read once for all of them.
     */
    public List<TeamCoachingView> teams(Scope scope) {
        if (scope.isRep()) {
            return List.of();
        }
        List<TeamSummary> teams = organization.teams(scope);
        return views(scope, teams, organization.reps(scope, teams.stream().map(TeamSummary::id).toList()));
    }

    private List<TeamCoachingView> views(Scope scope, List<TeamSummary> teams, Map<Long, List<Member>> repsOf) {
        List<Member> reps = teams.stream().flatMap(t -> repsOf.getOrDefault(t.id(), List.of()).stream()).toList();
        List<Long> ids = reps.stream().map(Member::id).toList();
        Map<Long, List<PlanProgress>> byRep = plans.plansOf(scope, ids).stream()
                .collect(Collectors.groupingBy(p -> p.plan().repId()));
        Map<Long, List<TopicRequest>> asked = plans.requestsOf(ids).stream().filter(TopicRequest::open)
                .collect(Collectors.groupingBy(TopicRequest::repId));
        Map<String, String> names = plans.competencyNames();
        Map<Long, RepSchedule> schedules = new HashMap<>();
        oneOnOnes.schedules(scope, reps).forEach(s -> schedules.put(s.rep().id(), s));
        return teams.stream().map(team -> new TeamCoachingView(team, repsOf.getOrDefault(team.id(), List.of()).stream()
                .map(rep -> row(schedules.get(rep.id()), byRep.getOrDefault(rep.id(), List.of()),
                        asked.getOrDefault(rep.id(), List.of()), names)).toList())).toList();
    }

    private static TeamCoachingView.Row row(RepSchedule s, List<PlanProgress> own, List<TopicRequest> asked,
                                            Map<String, String> names) {
        List<String> coachedOn = new ArrayList<>(own.stream().sorted(java.util.Comparator.comparing(
                        (PlanProgress p) -> p.plan().startsOn()).reversed())
                .map(p -> names.getOrDefault(p.plan().competencyKey(), p.plan().competencyKey()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return new TeamCoachingView.Row(s, own.stream().filter(p -> p.plan().active()).toList(),
                own.stream().filter(p -> !p.plan().active()).toList(), asked, coachedOn);
    }
}
