package dev.frontline.identity;

import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity")
class MeApi {

    private final Organization organization;

    MeApi(Organization organization) {
        this.organization = organization;
    }

    record Me(String username, String displayName, List<String> roles, List<Long> teamIds) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who is signed in, their roles and the teams in their scope")
    Me me(Scope scope) {
        var viewer = scope.viewer();
        return new Me(viewer.username(), viewer.displayName(), List.of(viewer.role().name()),
                organization.teams(scope).stream().map(TeamSummary::id).toList());
    }
}
