package dev.frontline.organization.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/teams")
class TeamApi {

    private final Organization organization;

    TeamApi(Organization organization) {
        this.organization = organization;
    }

    record TeamJson(long id, String name, String region, long regionId, @Nullable String manager,
                    @Nullable String managerUsername, int memberCount) {
        static TeamJson of(TeamSummary t) {
            return new TeamJson(t.id(), t.name(), t.region(), t.regionId(), t.manager(), t.managerUsername(),
                    t.memberCount());
        }
    }

    record MemberJson(long id, String username, String displayName, String firstName, String lastName, String title,
                      @Nullable Long teamId) {
        static MemberJson of(Member m) {
            return new MemberJson(m.id(), m.username(), m.displayName(), m.firstName(), m.lastName(),
                    m.title().name(), m.teamId());
        }
    }

    @GetMapping
    @Operation(summary = "The teams in the caller's scope",
            description = "A rep gets their own team, a manager the teams they lead, a director their office's, the "
                    + "admin every team; ordered by office and name. Each with its office, manager and member count.")
    List<TeamJson> teams(Scope scope) {
        return organization.teams(scope).stream().map(TeamJson::of).toList();
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "Everyone of a team in scope: its reps and its manager",
            description = "For the teams GET /api/v1/teams lists (a rep their own team); any other team 404.")
    List<MemberJson> members(Scope scope, @PathVariable long id) {
        return organization.members(scope, id).stream().map(MemberJson::of).toList();
    }
}
