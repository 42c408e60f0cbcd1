package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.identity.internal.TokenStore;
import dev.frontline.identity.internal.UserAccountRepository;
import dev.frontline.organization.Organization;
import jakarta.servlet.http.Cookie;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Personal access tokens: made, named, read-only or read-write, expiring, revocable, stored only as SHA-256 hashes,
 * shown once; a token request needs no CSRF token and makes no session.
 */
@IntegrationTest
class ApiTokensTest {

    private static final Pattern SECRET = Pattern.compile("value=\"(fl_[A-Za-z0-9_-]{43})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TokenStore store;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    AccountDetailsService principals;

    @LocalServerPort
    int port;

    TestLogins logins;

    @BeforeEach
    void logins() {
        logins = new TestLogins(organization, accounts);
    }

    @Test
    void aTokenIsShownOnceStoredOnlyAsItsHashAndActsAsItsLogin() throws Exception {
        TestLogins.Made owner = logins.director("Theo Token", "East");

        Answer made = make(owner.username(), TestLogins.PASSWORD, "{\"name\":\"nightly export\",\"access\":\"read\"}");

        assertThat(made.status()).isEqualTo(201);
        String body = made.body();
        String secret = JsonPath.read(body, "$.token");
        assertThat(secret).matches("fl_[A-Za-z0-9_-]{43}");
        assertThat(JsonPath.<String>read(body, "$.expiresAt")).startsWith(TestClock.NOW.plus(Duration.ofDays(90))
                .toString().substring(0, 10));
        String listed = api().basic(owner.username(), TestLogins.PASSWORD).get("/api/v1/me/tokens").body();
        assertThat(listed).contains("nightly export", secret.substring(0, 7)).doesNotContain(secret);
        Map<String, Object> row = jdbc.sql("select * from api_token where name = 'nightly export' and account_id = :a")
                .param("a", owner.accountId()).query().singleRow();
        assertThat(row.get("token_hash")).isEqualTo(sha256(secret));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(secret));

        Answer me = bearer("GET", "/api/v1/me", secret, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains(owner.username(), "DIRECTOR");
    }

    @Test
    void aReadOnlyTokenMayOnlyReadAndAReadWriteTokenWritesWithoutCsrf() throws Exception {
        String cara = secret(make("cara.losch", "demo", "{\"name\":\"reader\",\"access\":\"read\",\"expiresInDays\":7}"));
        String writer = secret(make("cara.losch", "demo", "{\"name\":\"writer\",\"access\":\"read-write\"}"));
        long violet = organization.findByUsername("violet.mclelland").orElseThrow().id();
        String emptyNote = "{\"text\":\"\"}";

        assertThat(bearer("GET", "/api/v1/reps/" + violet + "/notes", cara, null).status()).isEqualTo(200);
        Answer refused = bearer("POST", "/api/v1/reps/" + violet + "/notes", cara, emptyNote);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("read-only");
        // no CSRF token, no session: the write reaches validation (an empty note: 422)
        assertThat(bearer("POST", "/api/v1/reps/" + violet + "/notes", writer, emptyNote).status()).isEqualTo(422);
    }

    @Test
    void aTokenRequestMakesNoSessionAndWithASessionCookieIsStillCsrfChecked() {
        String secret = secret(make("cara.losch", "demo", "{\"name\":\"over http\",\"access\":\"read-write\"}"));
        long violet = organization.findByUsername("violet.mclelland").orElseThrow().id();
        ApiClient http = ApiClient.http(port);

        Answer me = http.get("/api/v1/me", "Authorization", "Bearer " + secret);
        Answer write = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", "Bearer " + secret);
        http.signIn("dustin.brinkmann", "demo");
        Answer withCookie = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", "Bearer " + secret);
        Answer readWithCookie = http.get("/api/v1/me", "Authorization", "Bearer " + secret);

        assertThat(me.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(422);
        assertThat(me.sessionCookies()).isEmpty();
        assertThat(write.sessionCookies()).isEmpty();
        assertThat(withCookie.status()).isEqualTo(403);
        assertThat(readWithCookie.body()).as("the token, not the session, says who calls").contains("cara.losch");
    }

    @Test
    void aRevokedExpiredOrUnknownTokenOrOneOfADisabledLoginIsRefused() throws Exception {
        TestLogins.Made owner = logins.director("Reva Revoke", "Central");
        Answer made = make(owner.username(), TestLogins.PASSWORD, "{\"name\":\"to revoke\",\"access\":\"read\"}");
        String revoked = secret(made);
        long id = made.id();
        String kept = secret(make(owner.username(), TestLogins.PASSWORD, "{\"name\":\"kept\",\"access\":\"read\",\"expiresInDays\":1}"));

        Answer otherRevokes = api().demo("moses.frase").delete("/api/v1/me/tokens/" + id);
        Answer ownerRevokes = api().basic(owner.username(), TestLogins.PASSWORD).delete("/api/v1/me/tokens/" + id);

        assertThat(otherRevokes.status()).isEqualTo(404);
        assertThat(ownerRevokes.status()).isEqualTo(204);
        Answer afterRevoke = bearer("GET", "/api/v1/me", revoked, null);
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.header("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(bearer("GET", "/api/v1/me", "fl_" + "x".repeat(43), null).status()).isEqualTo(401);
        assertThat(bearer("GET", "/api/v1/me", kept, null).status()).isEqualTo(200);
        Clock twoDaysOn = Clock.fixed(TestClock.NOW.plus(Duration.ofDays(2)), ZoneOffset.UTC);
        assertThat(new ApiTokens(store, repository, principals, twoDaysOn).authenticate(kept)).isEmpty();

        accounts.disable(owner.accountId(), owner.login(accounts).version());
        assertThat(bearer("GET", "/api/v1/me", kept, null).status()).isEqualTo(401);
    }

    @Test
    void aTokenCannotMakeTokensAndBadInputIsNamed() throws Exception {
        String secret = secret(make("moses.frase", "demo", "{\"name\":\"maker\",\"access\":\"read-write\"}"));

        assertThat(bearer("POST", "/api/v1/me/tokens", secret, "{\"name\":\"child\",\"access\":\"read\"}").status())
                .isEqualTo(403);
        Answer bad = make("moses.frase", "demo", "{\"name\":\" \",\"access\":\"admin\",\"expiresInDays\":4000}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.<List<String>>read("$.errors"))
                .hasSize(3).anyMatch(e -> e.startsWith("name:")).anyMatch(e -> e.startsWith("access:"))
                .anyMatch(e -> e.startsWith("expiresInDays:"));
    }

    @Test
    void thePageMakesATokenShowsItOnceAndRevokesIt() throws Exception {
        TestLogins.Made owner = logins.director("Paula Page", "West");
        Cookie session = signIn(owner.username());

        MvcResult made = mvc.perform(post("/account/tokens").with(csrf()).cookie(session).param("name", "spreadsheet")
                .param("access", "read").param("expiresInDays", "30")).andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/account/tokens");
        // the session carries the token to the next page, and only to that one
        String shown = mvc.perform(get("/account/tokens").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = SECRET.matcher(shown);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        String again = mvc.perform(get("/account/tokens").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(again).contains("spreadsheet", secret.substring(0, 7) + "…").doesNotContain(secret);
        assertThat(bearer("GET", "/api/v1/me", secret, null).status()).isEqualTo(200);
        long id = jdbc.sql("select id from api_token where account_id = :a").param("a", owner.accountId())
                .query(Long.class).single();
        MvcResult revoked = mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).cookie(session))
                .andReturn();
        assertThat(revoked.getFlashMap().get("notice")).isEqualTo("Token revoked: it no longer works.");
        assertThat(bearer("GET", "/api/v1/me", secret, null).status()).isEqualTo(401);
        MockHttpServletResponse blank = mvc.perform(post("/account/tokens").with(csrf()).cookie(session)
                .param("name", "").param("access", "read")).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString(StandardCharsets.UTF_8)).contains("give the token a name");
    }

    /** The session cookie of a sign-in through the form (the sessions live in the database). */
    private Cookie signIn(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", TestLogins.PASSWORD)).andReturn();
        Cookie cookie = result.getResponse().getCookie("JSESSIONID");
        assertThat(cookie).as("the session cookie of the sign-in").isNotNull();
        return new Cookie(cookie.getName(), cookie.getValue());
    }

    private Answer make(String username, String password, String json) {
        return api().basic(username, password).post("/api/v1/me/tokens", json);
    }

    private Answer bearer(String method, String uri, String secret, String json) {
        return api().token(secret).send(method, uri, json);
    }

    private static String secret(Answer made) {
        return made.read("$.token");
    }

    private ApiClient api() {
        return ApiClient.mock(mvc);
    }

    private static String sha256(String secret) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        return String.format("%064x", new BigInteger(1, digest));
    }
}
