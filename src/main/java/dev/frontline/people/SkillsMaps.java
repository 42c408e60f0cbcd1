package dev.frontline.people;

import dev.frontline.organization.LedTeam;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.people.internal.RatingStore;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Team skills maps: for the team's manager, its director and the admin; reps get 404, as for team results. */
@Service
@Transactional(readOnly = true)
public class SkillsMaps {

    private final RatingStore store;
    private final Organization organization;
    private final Competencies competencies;

    SkillsMaps(RatingStore store, Organization organization, Competencies competencies) {
        this.store = store;
        this.organization = organization;
        this.competencies = competencies;
    }

    public SkillsMap map(Scope scope, long teamId) {
        LedTeam led = organization.ledTeam(scope, teamId, "skills map");
        TeamSummary team = led.team();
        List<Member> reps = led.reps();
        List<Competency> active = competencies.active();
        List<RatingStore.RepRating> ratings = store.ratingsOfReps(reps.stream().map(Member::id).toList());
        Map<Long, List<Rating>> byRep = ratings.stream().collect(Collectors.groupingBy(RatingStore.RepRating::repId,
                Collectors.mapping(RatingStore.RepRating::rating, Collectors.toList())));
        Map<Long, Map<String, Standing>> standings = new HashMap<>();
        byRep.forEach((id, list) -> standings.put(id, Standings.byKey(Standings.of(active, list))));
        boolean demo = ratings.stream().anyMatch(r -> r.rating().demo());
        return SkillsMath.map(team, active, reps, standings, demo);
    }
}
