package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.system.BaseUrl;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Absolute URLs come from the configured base URL (here unset: {@code http://localhost:<port>}), never from the
 * request's Host header: a request sent with {@code Host: evil.example} gets no link to evil.example.
 */
@IntegrationTest
class BaseUrlTest {

    /** Cara Losch's team has the demo's 1:1s; her feed is turned off again at the end, as the demo has it. */
    private static final String MANAGER = "cara.losch";

    @Autowired
    MockMvc mvc;

    @Autowired
    BaseUrl baseUrl;

    @LocalServerPort
    int port;

    @Test
    void theCalendarFeedUrlAndItsLinksIgnoreTheHostHeader() throws Exception {
        try {
            MockHttpServletResponse made = mvc.perform(post("/api/v1/me/calendar-feed").header("Host", "evil.example")
                    .with(httpBasic(MANAGER, "demo"))).andReturn().getResponse();
            String url = JsonPath.read(made.getContentAsString(StandardCharsets.UTF_8), "$.url");
            String read = JsonPath.read(mvc.perform(get("/api/v1/me/calendar-feed").header("Host", "evil.example:8443")
                    .with(httpBasic(MANAGER, "demo"))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8), "$.url");
            Object team = JsonPath.<java.util.List<Object>>read(mvc.perform(get("/api/v1/teams")
                    .with(httpBasic(MANAGER, "demo"))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8), "$[*].id").get(0);
            String teamPage = mvc.perform(get("/teams/" + team + "/coaching").header("Host", "evil.example")
                    .with(httpBasic(MANAGER, "demo"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String ics = mvc.perform(get(URI.create(url).getPath()).header("Host", "evil.example")).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);

            String base = "http://localhost:" + port;
            assertThat(url).startsWith(base + "/calendar/").doesNotContain("evil");
            assertThat(read).isEqualTo(url);
            assertThat(teamPage).contains(url).doesNotContain("evil.example");
            assertThat(ics).contains("BEGIN:VCALENDAR").doesNotContain("evil.example");
            assertThat(ics.replace("\r\n ", "")).containsPattern("URL:" + base + "/one-on-ones/\\d+");
        } finally {
            mvc.perform(request(HttpMethod.DELETE, "/api/v1/me/calendar-feed").with(httpBasic(MANAGER, "demo")));
        }
    }

    @Test
    void theBaseUrlIsTheServersOwnAddressWhenNotConfigured() {
        assertThat(baseUrl.configured()).isFalse();
        assertThat(baseUrl.base()).isEqualTo("http://localhost:" + port);
        assertThat(baseUrl.link("/calendar/x.ics")).isEqualTo("http://localhost:" + port + "/calendar/x.ics");
    }
}
