package dev.frontline.coaching;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.ApiClient;
import java.util.List;

/** The demo's people and teams by name, read through the API as the admin. */
final class Lookups {

    private final ApiClient admin;

    Lookups(ApiClient api) {
        this.admin = api.demo("admin");
    }

    /** The id of a rep by username. */
    long personId(String username) {
        List<Object> teams = JsonPath.read(admin.get("/api/v1/teams").body(), "$[*].id");
        for (Object team : teams) {
            List<Object> found = admin.get("/api/v1/teams/" + team + "/members")
                    .read("$[?(@.username == '" + username + "')].id");
            if (!found.isEmpty()) {
                return ((Number) found.get(0)).longValue();
            }
        }
        throw new IllegalArgumentException("No rep " + username);
    }

    /** The id of the team a manager leads. */
    long teamOf(String manager) {
        List<Object> ids = admin.get("/api/v1/teams").read("$[?(@.managerUsername == '" + manager + "')].id");
        return ((Number) ids.get(0)).longValue();
    }
}
