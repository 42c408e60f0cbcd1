package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.identity.internal.TokenStore;
import dev.frontline.identity.internal.UserAccountRepository;
import dev.frontline.organization.Organization;
import java.math.BigInteger;
import java.net.http.HttpResponse;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
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

        MockHttpServletResponse made = make(owner.username(), TestLogins.PASSWORD, "{\"name\":\"nightly export\",\"access\":\"read\"}");

        assertThat(made.getStatus()).isEqualTo(201);
        String body = made.getContentAsString(StandardCharsets.UTF_8);
        String secret = JsonPath.read(body, "$.token");
        assertThat(secret).matches("fl_[A-Za-z0-9_-]{43}");
        assertThat(JsonPath.<String>read(body, "$.expiresAt")).startsWith(TestClock.NOW.plus(Duration.ofDays(90))
                .toString().substring(0, 10));
        String listed = mvc.perform(get("/api/v1/me/tokens").with(httpBasic(owner.username(), TestLogins.PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).contains("nightly export", secret.substring(0, 7)).doesNotContain(secret);
        Map<String, Object> row = jdbc.sql("select * from api_token where name = 'nightly export' and account_id = :a")
                .param("a", owner.accountId()).query().singleRow();
        assertThat(row.get("token_hash")).isEqualTo(sha256(secret));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(secret));

        MockHttpServletResponse me = bearer("GET", "/api/v1/me", secret, null);
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentAsString(StandardCharsets.UTF_8)).contains(owner.username(), "DIRECTOR");
    }

    @Test
    void aReadOnlyTokenMayOnlyReadAndAReadWriteTokenWritesWithoutCsrf() throws Exception {
        String cara = secret(make("cara.losch", "demo", "{\"name\":\"reader\",\"access\":\"read\",\"expiresInDays\":7}"));
        String writer = secret(make("cara.losch", "demo", "{\"name\":\"writer\",\"access\":\"read-write\"}"));
        long violet = organization.findByUsername("violet.mclelland").orElseThrow().id();
        String emptyNote = "{\"text\":\"\"}";

        assertThat(bearer("GET", "/api/v1/reps/" + violet + "/notes", cara, null).getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = bearer("POST", "/api/v1/reps/" + violet + "/notes", cara, emptyNote);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("read-only");
        // no CSRF token, no session: the write reaches validation (an empty note: 422)
        assertThat(bearer("POST", "/api/v1/reps/" + violet + "/notes", writer, emptyNote).getStatus()).isEqualTo(422);
    }

    @Test
    void aTokenRequestMakesNoSessionAndWithASessionCookieIsStillCsrfChecked() {
        String secret = secret(makeQuietly("cara.losch", "demo", "{\"name\":\"over http\",\"access\":\"read-write\"}"));
        long violet = organization.findByUsername("violet.mclelland").orElseThrow().id();
        RealHttp http = new RealHttp(port);

        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", "Bearer " + secret);
        HttpResponse<String> write = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", "Bearer " + secret);
        http.signIn("dustin.brinkmann", "demo");
        HttpResponse<String> withCookie = http.send("POST", "/api/v1/reps/" + violet + "/notes", "{\"text\":\"\"}",
                "Authorization", "Bearer " + secret);
        HttpResponse<String> readWithCookie = http.get("/api/v1/me", "Authorization", "Bearer " + secret);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(write.statusCode()).isEqualTo(422);
        assertThat(RealHttp.sessionCookies(me)).isEmpty();
        assertThat(RealHttp.sessionCookies(write)).isEmpty();
        assertThat(withCookie.statusCode()).isEqualTo(403);
        assertThat(readWithCookie.body()).as("the token, not the session, says who calls").contains("cara.losch");
    }

    @Test
    void aRevokedExpiredOrUnknownTokenOrOneOfADisabledLoginIsRefused() throws Exception {
        TestLogins.Made owner = logins.director("Reva Revoke", "Central");
        MockHttpServletResponse made = make(owner.username(), TestLogins.PASSWORD, "{\"name\":\"to revoke\",\"access\":\"read\"}");
        String revoked = secret(made);
        long id = ((Number) JsonPath.read(made.getContentAsString(StandardCharsets.UTF_8), "$.id")).longValue();
        String kept = secret(make(owner.username(), TestLogins.PASSWORD, "{\"name\":\"kept\",\"access\":\"read\",\"expiresInDays\":1}"));

        MockHttpServletResponse otherRevokes = mvc.perform(request(HttpMethod.DELETE, "/api/v1/me/tokens/" + id)
                .with(httpBasic("moses.frase", "demo"))).andReturn().getResponse();
        MockHttpServletResponse ownerRevokes = mvc.perform(request(HttpMethod.DELETE, "/api/v1/me/tokens/" + id)
                .with(httpBasic(owner.username(), TestLogins.PASSWORD))).andReturn().getResponse();

        assertThat(otherRevokes.getStatus()).isEqualTo(404);
        assertThat(ownerRevokes.getStatus()).isEqualTo(204);
        MockHttpServletResponse afterRevoke = bearer("GET", "/api/v1/me", revoked, null);
        assertThat(afterRevoke.getStatus()).isEqualTo(401);
        assertThat(afterRevoke.getHeader("WWW-Authenticate")).contains("invalid_token");
        assertThat(bearer("GET", "/api/v1/me", "fl_" + "x".repeat(43), null).getStatus()).isEqualTo(401);
        assertThat(bearer("GET", "/api/v1/me", kept, null).getStatus()).isEqualTo(200);
        Clock twoDaysOn = Clock.fixed(TestClock.NOW.plus(Duration.ofDays(2)), ZoneOffset.UTC);
        assertThat(new ApiTokens(store, repository, principals, twoDaysOn).authenticate(kept)).isEmpty();

        accounts.disable(owner.accountId(), owner.login(accounts).version());
        assertThat(bearer("GET", "/api/v1/me", kept, null).getStatus()).isEqualTo(401);
    }

    @Test
    void aTokenCannotMakeTokensAndBadInputIsNamed() throws Exception {
        String secret = secret(make("moses.frase", "demo", "{\"name\":\"maker\",\"access\":\"read-write\"}"));

        assertThat(bearer("POST", "/api/v1/me/tokens", secret, "{\"name\":\"child\",\"access\":\"read\"}").getStatus())
                .isEqualTo(403);
        MockHttpServletResponse bad = make("moses.frase", "demo", "{\"name\":\" \",\"access\":\"admin\",\"expiresInDays\":4000}");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(bad.getContentAsString(StandardCharsets.UTF_8), "$.errors"))
                .hasSize(3).anyMatch(e -> e.startsWith("name:")).anyMatch(e -> e.startsWith("access:"))
                .anyMatch(e -> e.startsWith("expiresInDays:"));
    }

    @Test
    void thePageMakesATokenShowsItOnceAndRevokesIt() throws Exception {
        TestLogins.Made owner = logins.director("Paula Page", "West");
        MockHttpSession session = signIn(owner.username());

        MvcResult made = mvc.perform(post("/account/tokens").with(csrf()).session(session).param("name", "spreadsheet")
                .param("access", "read").param("expiresInDays", "30")).andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/account/tokens");
        // the session carries the token to the next page, and only to that one
        String shown = mvc.perform(get("/account/tokens").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = SECRET.matcher(shown);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        String again = mvc.perform(get("/account/tokens").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(again).contains("spreadsheet", secret.substring(0, 7) + "…").doesNotContain(secret);
        assertThat(bearer("GET", "/api/v1/me", secret, null).getStatus()).isEqualTo(200);
        long id = jdbc.sql("select id from api_token where account_id = :a").param("a", owner.accountId())
                .query(Long.class).single();
        MvcResult revoked = mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).session(session))
                .andReturn();
        assertThat(revoked.getFlashMap().get("notice")).isEqualTo("Token revoked: it no longer works.");
        assertThat(bearer("GET", "/api/v1/me", secret, null).getStatus()).isEqualTo(401);
        MockHttpServletResponse blank = mvc.perform(post("/account/tokens").with(csrf()).session(session)
                .param("name", "").param("access", "read")).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString(StandardCharsets.UTF_8)).contains("give the token a name");
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", TestLogins.PASSWORD)).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MockHttpServletResponse make(String username, String password, String json) throws Exception {
        return mvc.perform(post("/api/v1/me/tokens").with(httpBasic(username, password))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    private MockHttpServletResponse makeQuietly(String username, String password, String json) {
        try {
            return make(username, password, json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletResponse bearer(String method, String uri, String secret, String json) throws Exception {
        var builder = request(HttpMethod.valueOf(method), uri).header("Authorization", "Bearer " + secret);
        if (json != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
        return response;
    }

    private static String secret(MockHttpServletResponse made) {
        try {
            return JsonPath.read(made.getContentAsString(StandardCharsets.UTF_8), "$.token");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String secret) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        return String.format("%064x", new BigInteger(1, digest));
    }
}
