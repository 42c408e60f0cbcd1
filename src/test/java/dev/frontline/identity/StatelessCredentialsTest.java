package dev.frontline.identity;

import static dev.frontline.identity.RealHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import dev.frontline.organization.Organization;
import java.net.http.HttpResponse;
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

    RealHttp http;
    long violet;

    @BeforeEach
    void client() {
        http = new RealHttp(port);
        violet = organization.findByUsername("violet.mclelland").orElseThrow().id();
    }

    @Test
    void basicRequestsToTheApiAndToPagesMakeNoSession() {
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (String path : List.of("/api/v1/me", "/api/v1/teams", "/", "/teams", "/opportunities", "/coaching",
                "/account/password", "/reps/" + violet, "/no-such-page", "/api/v1/opportunities/999999999")) {
            for (int i = 0; i < 3; i++) {
                responses.add(http.get(path, "Authorization", basic("cara.losch", "demo")));
            }
        }
        responses.add(http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", basic("cara.losch", "demo")));

        assertThat(responses).extracting(HttpResponse::statusCode).contains(200, 404, 422).doesNotContain(401, 403);
        assertThat(responses).allSatisfy(r -> assertThat(RealHttp.sessionCookies(r)).as(r.uri().toString()).isEmpty());
    }

    @Test
    void wrongBasicCredentialsFailEvenBesideAValidSessionOfTheSameLogin() {
        http.signIn("cara.losch", "demo");

        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", basic("cara.losch", "WRONG"));
        HttpResponse<String> page = http.get("/", "Authorization", basic("cara.losch", "WRONG"));

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/me").statusCode()).as("the session itself still works").isEqualTo(200);
    }

    @Test
    void aSessionCookieIsCsrfCheckedWhateverBasicHeaderComesWithIt() {
        http.signIn("cara.losch", "demo");

        HttpResponse<String> apiWrong = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", basic("cara.losch", "WRONG"));
        HttpResponse<String> apiRight = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", basic("cara.losch", "demo"));
        HttpResponse<String> pageForm = http.postForm("/account/password", Map.of("currentPassword", "not-it",
                "newPassword", "whatever-long", "confirmPassword", "whatever-long"),
                "Authorization", basic("cara.losch", "WRONG"));

        assertThat(apiWrong.statusCode()).isEqualTo(403);
        assertThat(apiRight.statusCode()).isEqualTo(403);
        assertThat(pageForm.statusCode()).isEqualTo(403);
        // with the session's CSRF token the same write goes through to validation (an empty note: 422)
        String token = http.csrfOf("/account/tokens");
        assertThat(http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}", "X-CSRF-TOKEN", token)
                .statusCode()).isEqualTo(422);
    }

    @Test
    void aScriptWithBasicAndNoCookieNeedsNoCsrfToken() {
        HttpResponse<String> write = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", basic("cara.losch", "demo"));

        assertThat(write.statusCode()).isEqualTo(422);
    }

    @Test
    void aScriptIsChallengedForBasicButABrowserNever() {
        HttpResponse<String> script = http.get("/api/v1/me");
        HttpResponse<String> fetch = http.get("/api/v1/me", "Sec-Fetch-Mode", "cors", "Sec-Fetch-Site", "same-origin");
        HttpResponse<String> htmx = http.get("/api/v1/me", "HX-Request", "true");
        HttpResponse<String> page = http.get("/teams", "X-Requested-With", "XMLHttpRequest");
        HttpResponse<String> wrongFromBrowser = http.get("/api/v1/me", "Authorization", basic("cara.losch", "WRONG"),
                "User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0");

        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().allValues("WWW-Authenticate")).contains("Basic realm=\"Frontline\"");
        for (HttpResponse<String> browser : List.of(fetch, htmx, page, wrongFromBrowser)) {
            assertThat(browser.statusCode()).isEqualTo(401);
            assertThat(browser.headers().allValues("WWW-Authenticate")).as(browser.uri().toString())
                    .isNotEmpty().noneMatch(h -> h.regionMatches(true, 0, "Basic", 0, 5));
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        HttpResponse<String> login = http.get("/login");

        assertThat(RealHttp.sessionCookies(login)).singleElement().satisfies(cookie -> assertThat(cookie)
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }
}
