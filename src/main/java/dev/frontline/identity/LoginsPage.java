package dev.frontline.identity;

import dev.frontline.organization.Member;
import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The admin's logins page: every login, the people without one, and the places a role can be given. */
public record LoginsPage(List<Login> logins, List<Member> withoutLogin, List<TeamSummary> teams,
                         List<Region> regions, List<Role> roles, @Nullable String notice, @Nullable String problem) {
}
