package dev.frontline.identity;

import dev.frontline.organization.Member;
import dev.frontline.organization.Region;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The admin's logins page: the logins that match the search (all when it is empty) with their current team or office,
 * the people without one, the places a role can be given, and the failed sign-ins of the last day.
 *
 * @param total   how many logins there are in all
 * @param query   the search, empty for none
 * @param waiting login names and addresses that must wait before they may try again
 */
public record LoginsPage(List<Login> logins, int total, String query, List<Member> withoutLogin,
                         List<TeamSummary> teams, List<Region> regions, List<Role> roles, @Nullable String notice,
                         @Nullable String problem, List<SignInFailure> failures, List<Waiting> waiting) {

    /** A login name ({@code login:…}) or address ({@code address:…}) waiting until the time given. */
    public record Waiting(String key, int failures, String until) {
    }
}
