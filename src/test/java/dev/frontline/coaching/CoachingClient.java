package dev.frontline.coaching;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Calls the API as a demo login (password {@code demo}) and reads the answers. */
final class CoachingClient {

    record Answer(int status, String body) {

        <T> T read(String path) {
            return JsonPath.read(body, path);
        }

        long id() {
            return ((Number) read("$.id")).longValue();
        }
    }

    private final MockMvc mvc;

    CoachingClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    Answer call(String method, String uri, String user, String json) throws Exception {
        var builder = request(HttpMethod.valueOf(method), uri).accept(MediaType.APPLICATION_JSON)
                .with(httpBasic(user, "demo"));
        if (json != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
        return new Answer(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8));
    }

    Answer get(String uri, String user) throws Exception {
        return call("GET", uri, user, null);
    }

    /** The id of a person by username, read as the admin. */
    long personId(String username) throws Exception {
        String teams = get("/api/v1/teams", "admin").body();
        List<Object> ids = JsonPath.read(teams, "$[*].id");
        for (Object team : ids) {
            String members = get("/api/v1/teams/" + team + "/members", "admin").body();
            List<Object> found = JsonPath.read(members, "$[?(@.username == '" + username + "')].id");
            if (!found.isEmpty()) {
                return ((Number) found.get(0)).longValue();
            }
        }
        throw new IllegalArgumentException("No rep " + username);
    }

    long teamOf(String manager) throws Exception {
        List<Object> ids = JsonPath.read(get("/api/v1/teams", "admin").body(),
                "$[?(@.managerUsername == '" + manager + "')].id");
        return ((Number) ids.get(0)).longValue();
    }
}
