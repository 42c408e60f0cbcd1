package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.IntegrationTest;
import dev.frontline.organization.Organization;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Single sign-on with OpenID Connect against the stand-in provider ({@link StandInIssuer}), the whole way over real
 * HTTP: Frontline sends the browser to the provider, the provider back with a code, Frontline redeems it (client
 * secret, PKCE), checks the signed ID token and its nonce, and matches the e-mail to a login.
 */
@IntegrationTest
class SingleSignOnTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    Accounts accounts;

    TestLogins logins;

    @BeforeEach
    void logins() {
        logins = new TestLogins(organization, accounts);
    }

    @Test
    void theSignInPageOffersTheProvider() {
        Answer page = ApiClient.http(port).get("/login");

        assertThat(page.body()).contains("href=\"/oauth2/authorization/oidc\"", "Sign in with the stand-in provider");
    }

    @Test
    void aPersonTheProviderSignsInIsMatchedByTheEMailTheAdminSet() throws Exception {
        TestLogins.Made director = logins.director("Selma Single", "East");
        adminSetsEmail(director, "Selma.S@corp.example");

        ApiClient browser = signInAtProvider("selma.s@corp.example", true);

        Answer me = browser.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"" + director.username() + "\"", "DIRECTOR");
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    void anEMailOfTheConfiguredDomainMatchesTheLoginNamedByItsLocalPart() {
        ApiClient browser = signInAtProvider("moses.frase@" + StandInIssuer.USERNAME_DOMAIN, null);

        assertThat(browser.get("/api/v1/me").body()).contains("\"moses.frase\"");
    }

    @Test
    void anUnknownUnverifiedOrDisabledEMailIsRefusedAndLogged() throws Exception {
        TestLogins.Made director = logins.director("Dana Disabled", "West");
        adminSetsEmail(director, "dana@corp.example");
        accounts.disable(director.accountId(), director.login(accounts).version());

        for (var who : new String[][] {{"nobody@corp.example", "true"}, {"moses.frase@elsewhere.example", "true"},
                {"moses.frase@" + StandInIssuer.USERNAME_DOMAIN, "false"}, {"dana@corp.example", "true"}}) {
            ApiClient browser = ApiClient.http(port);
            Answer back = throughProvider(browser, who[0], Boolean.valueOf(who[1]));
            assertThat(back.header("Location")).as(who[0]).hasValueSatisfying(l -> assertThat(l)
                    .endsWith("/login?sso-failed"));
            assertThat(browser.get("/api/v1/me").status()).as(who[0]).isEqualTo(401);
        }
        String page = mvc.perform(get("/admin/logins").accept(MediaType.TEXT_HTML).with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("nobody@corp.example", "single sign-on: no login with this e-mail");
        assertThat(ApiClient.http(port).get("/login?sso-failed").body()).contains("found no enabled Frontline login");
    }

    @Test
    void anEMailCanBelongToOneLoginOnly() throws Exception {
        TestLogins.Made first = logins.director("Ed First", "Central");
        TestLogins.Made second = logins.director("Ed Second", "Central");
        adminSetsEmail(first, "ed@corp.example");

        MockHttpServletResponse taken = mvc.perform(post("/admin/logins/" + second.accountId() + "/email").with(csrf())
                .with(httpBasic("admin", "demo")).param("version", Integer.toString(second.login(accounts).version()))
                .param("email", "ED@corp.example")).andReturn().getResponse();

        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(taken.getContentAsString(StandardCharsets.UTF_8)).contains("already has ED@corp.example");
    }

    private ApiClient signInAtProvider(String email, @Nullable Boolean verified) {
        ApiClient browser = ApiClient.http(port);
        Answer back = throughProvider(browser, email, verified);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location").orElseThrow()).doesNotContain("/login");
        return browser;
    }

    /** The browser's round trip: Frontline, the provider (already signed in as the person), Frontline's callback. */
    private Answer throughProvider(ApiClient browser, String email, @Nullable Boolean verified) {
        StandInIssuer.shared().signInAs(email, verified);
        Answer toProvider = browser.remember(browser.get("/oauth2/authorization/oidc"));
        assertThat(toProvider.status()).isEqualTo(302);
        String authorize = toProvider.header("Location").orElseThrow();
        assertThat(authorize).startsWith(StandInIssuer.shared().issuer() + "/authorize")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/oidc");
        Answer fromProvider = browser.get(authorize);
        assertThat(fromProvider.status()).isEqualTo(302);
        URI callback = URI.create(fromProvider.header("Location").orElseThrow());
        return browser.remember(browser.get(callback.getRawPath() + "?" + callback.getRawQuery()));
    }

    private void adminSetsEmail(TestLogins.Made login, String email) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/logins/" + login.accountId() + "/email")
                .with(csrf()).with(httpBasic("admin", "demo"))
                .param("version", Integer.toString(login.login(accounts).version())).param("email", email))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("E-mail set to " + email);
    }
}
