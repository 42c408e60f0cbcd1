package dev.frontline.coaching;

import dev.frontline.organization.LedTeam;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.Scope;
import java.util.ArrayList;
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
        TeamSummary team = led.team();
        List<Member> reps = led.reps();
        List<Long> ids = reps.stream().map(Member::id).toList();
        Map<Long, List<PlanProgress>> byRep = plans.plansOf(scope, ids).stream()
                .collect(Collectors.groupingBy(p -> p.plan().repId()));
        Map<Long, List<TopicRequest>> asked = plans.requestsOf(ids).stream().filter(TopicRequest::open)
                .collect(Collectors.groupingBy(TopicRequest::repId));
        Map<String, String> names = plans.competencyNames();
        List<TeamCoachingView.Row> rows = new ArrayList<>();
        for (RepSchedule s : oneOnOnes.schedules(scope, reps)) {
            List<PlanProgress> own = byRep.getOrDefault(s.rep().id(), List.of());
            List<String> coachedOn = new ArrayList<>(own.stream().sorted(java.util.Comparator.comparing(
                            (PlanProgress p) -> p.plan().startsOn()).reversed())
                    .map(p -> names.getOrDefault(p.plan().competencyKey(), p.plan().competencyKey()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            rows.add(new TeamCoachingView.Row(s, own.stream().filter(p -> p.plan().active()).toList(),
                    own.stream().filter(p -> !p.plan().active()).toList(), asked.getOrDefault(s.rep().id(), List.of()),
                    coachedOn));
        }
        return new TeamCoachingView(team, rows);
    }

    /** Every team in scope (a director's office, the admin's all, a manager's own). */
    public List<TeamCoachingView> teams(Scope scope) {
        if (scope.isRep()) {
            return List.of();
        }
        return organization.teams(scope).stream().map(t -> team(scope, t.id())).toList();
    }
}
