package dev.frontline.identity;

import static dev.frontline.ApiClient.basicHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.IntegrationTest;
import dev.frontline.organization.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HTTP Basic (and a token) authenticates by itself alone and leaves no session behind; a request with a session
 * cookie is CSRF-checked whatever Authorization header it also carries; browsers are never asked for Basic
 * credentials. Over real HTTP, as a browser and a script send them.
 */
@IntegrationTest
class StatelessCredentialsTest {

    @LocalServerPort
    int port;

    @Autowired
    Organization organization;

    ApiClient http;
    long violet;

    @BeforeEach
    void client() {
        http = ApiClient.http(port);
        violet = organization.findByUsername("violet.mclelland").orElseThrow().id();
    }

    @Test
    void basicRequestsToTheApiAndToPagesMakeNoSession() {
        List<Answer> responses = new ArrayList<>();
        for (String path : List.of("/api/v1/me", "/api/v1/teams", "/", "/teams", "/opportunities", "/coaching",
                "/account/password", "/reps/" + violet, "/no-such-page", "/api/v1/opportunities/999999999")) {
            for (int i = 0; i < 3; i++) {
                responses.add(http.get(path, "Authorization", basicHeader("cara.losch", "demo")));
            }
        }
        responses.add(http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", basicHeader("cara.losch", "demo")));

        assertThat(responses).extracting(Answer::status).contains(200, 404, 422).doesNotContain(401, 403);
        assertThat(responses).allSatisfy(r -> assertThat(r.sessionCookies()).as(r.uri()).isEmpty());
    }

    @Test
    void wrongBasicCredentialsFailEvenBesideAValidSessionOfTheSameLogin() {
        http.signIn("cara.losch", "demo");

        Answer me = http.get("/api/v1/me", "Authorization", basicHeader("cara.losch", "WRONG"));
        Answer page = http.get("/", "Authorization", basicHeader("cara.losch", "WRONG"));

        assertThat(me.status()).isEqualTo(401);
        assertThat(page.status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me").status()).as("the session itself still works").isEqualTo(200);
    }

    @Test
    void aSessionCookieIsCsrfCheckedWhateverBasicHeaderComesWithIt() {
        http.signIn("cara.losch", "demo");

        Answer apiWrong = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", basicHeader("cara.losch", "WRONG"));
        Answer apiRight = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", basicHeader("cara.losch", "demo"));
        Answer pageForm = http.postForm("/account/password", Map.of("currentPassword", "not-it",
                "newPassword", "whatever-long", "confirmPassword", "whatever-long"),
                "Authorization", basicHeader("cara.losch", "WRONG"));

        assertThat(apiWrong.status()).isEqualTo(403);
        assertThat(apiRight.status()).isEqualTo(403);
        assertThat(pageForm.status()).isEqualTo(403);
        // with the session's CSRF token the same write goes through to validation (an empty note: 422)
        String token = http.csrfOf("/account/tokens");
        assertThat(http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}", "X-CSRF-TOKEN", token)
                .status()).isEqualTo(422);
    }

    @Test
    void aScriptWithBasicAndNoCookieNeedsNoCsrfToken() {
        Answer write = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", basicHeader("cara.losch", "demo"));

        assertThat(write.status()).isEqualTo(422);
    }

    @Test
    void aScriptIsChallengedForBasicButABrowserNever() {
        Answer script = http.get("/api/v1/me");
        Answer fetch = http.get("/api/v1/me", "Sec-Fetch-Mode", "cors", "Sec-Fetch-Site", "same-origin");
        Answer htmx = http.get("/api/v1/me", "HX-Request", "true");
        Answer page = http.get("/teams", "X-Requested-With", "XMLHttpRequest");
        Answer wrongFromBrowser = http.get("/api/v1/me", "Authorization", basicHeader("cara.losch", "WRONG"),
                "User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0");

        assertThat(script.status()).isEqualTo(401);
        assertThat(script.headers("WWW-Authenticate")).contains("Basic realm=\"Frontline\"");
        for (Answer browser : List.of(fetch, htmx, page, wrongFromBrowser)) {
            assertThat(browser.status()).isEqualTo(401);
            assertThat(browser.headers("WWW-Authenticate")).as(browser.uri())
                    .isNotEmpty().noneMatch(h -> h.regionMatches(true, 0, "Basic", 0, 5));
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        Answer login = http.get("/login");

        assertThat(login.sessionCookies()).singleElement().satisfies(cookie -> assertThat(cookie)
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }
}
