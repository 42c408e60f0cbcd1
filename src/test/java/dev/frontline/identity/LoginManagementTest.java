package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.frontline.IntegrationTest;
import dev.frontline.organization.Organization;
import dev.frontline.organization.Region;
import dev.frontline.organization.Title;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's management of logins, through the logins page as a browser would use it. Each test gives a login to
 * a new person of its own, made a director (directors are in no team, so team figures stay those of the dataset).
 */
@IntegrationTest
class LoginManagementTest {

    private static final Pattern ONE_TIME = Pattern.compile("(?i:one-time password): ([A-Za-z0-9]{12})");
    private static final String NEW_PASSWORD = "a-long-new-secret";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** A person with a login just granted: who they are and the one-time password the page showed. */
    record Granted(long personId, String username, String oneTimePassword) {
    }

    @Test
    void aNewLoginWorksOnlyForThePasswordChangeUntilTheOneTimePasswordIsChanged() throws Exception {
        Granted g = grantDirectorLogin("Olga Onetime");

        assertThat(api(g.username(), g.oneTimePassword()).getStatus()).isEqualTo(403);
        assertThat(api(g.username(), g.oneTimePassword()).getContentAsString(StandardCharsets.UTF_8))
                .contains("Change your one-time password");
        MockHttpServletResponse home = mvc.perform(get("/").accept(MediaType.TEXT_HTML)
                .with(httpBasic(g.username(), g.oneTimePassword()))).andReturn().getResponse();
        assertThat(home.getStatus()).isEqualTo(302);
        assertThat(home.getRedirectedUrl()).endsWith("/account/password");

        MockHttpServletResponse changed = changePassword(g.username(), g.oneTimePassword(), NEW_PASSWORD);

        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(changed.getRedirectedUrl()).isEqualTo("/");
        MockHttpServletResponse me = api(g.username(), NEW_PASSWORD);
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentAsString(StandardCharsets.UTF_8)).contains("\"DIRECTOR\"");
        assertThat(api(g.username(), g.oneTimePassword()).getStatus()).isEqualTo(401);
    }

    @Test
    void aResetPasswordMustBeChangedAgain() throws Exception {
        Granted g = grantDirectorLogin("Rita Reset");
        changePassword(g.username(), g.oneTimePassword(), NEW_PASSWORD);
        Login login = loginOf(g);

        String page = adminPost("/admin/logins/" + login.id() + "/reset", "version", login.version(), 200);
        String reset = oneTimePassword(page);

        assertThat(api(g.username(), NEW_PASSWORD).getStatus()).isEqualTo(401);
        assertThat(api(g.username(), reset).getStatus()).isEqualTo(403);
        changePassword(g.username(), reset, "another-new-secret");
        assertThat(api(g.username(), "another-new-secret").getStatus()).isEqualTo(200);
    }

    @Test
    void aDisabledLoginCannotSignIn() throws Exception {
        Granted g = grantDirectorLogin("Dora Disabled");
        changePassword(g.username(), g.oneTimePassword(), NEW_PASSWORD);
        Login login = loginOf(g);

        String page = adminPost("/admin/logins/" + login.id() + "/disable", "version", login.version(), 200);

        assertThat(page).contains("Login disabled.");
        assertThat(api(g.username(), NEW_PASSWORD).getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(httpBasic(g.username(), NEW_PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aChangeMadeOnAStaleVersionIsAConflictAndChangesNothing() throws Exception {
        Granted g = grantDirectorLogin("Stan Stale");
        changePassword(g.username(), g.oneTimePassword(), NEW_PASSWORD);
        Login current = loginOf(g);
        String hash = hashOf(g.username());
        int stale = current.version() - 1;

        String reset = adminPost("/admin/logins/" + current.id() + "/reset", "version", stale, 409);
        String disable = adminPost("/admin/logins/" + current.id() + "/disable", "version", stale, 409);

        assertThat(reset).contains("Someone else changed this login meanwhile").doesNotContain("One-time password:");
        assertThat(disable).contains("Someone else changed this login meanwhile");
        assertThat(loginOf(g)).isEqualTo(current);
        assertThat(hashOf(g.username())).isEqualTo(hash);
        assertThat(api(g.username(), NEW_PASSWORD).getStatus()).isEqualTo(200);
    }

    @Test
    void aPersonGetsAtMostOneLogin() throws Exception {
        Granted g = grantDirectorLogin("Greta Twice");

        String page = adminPost("/admin/logins", List.of("personId", g.personId(), "role", "DIRECTOR", "regionId",
                east().id()), 422);

        assertThat(page).contains("Greta Twice already has a login");
        assertThat(api(g.username(), g.oneTimePassword()).getStatus()).isEqualTo(403);
    }

    @Test
    void aPasswordChangeRefusesAWrongCurrentPasswordOrATooShortNewOne() throws Exception {
        Granted g = grantDirectorLogin("Walt Wrong");

        assertThat(changePassword(g.username(), g.oneTimePassword(), "short").getStatus()).isEqualTo(422);
        MockHttpServletResponse wrongCurrent = mvc.perform(post("/account/password").with(csrf())
                .with(httpBasic(g.username(), g.oneTimePassword())).param("currentPassword", "not-it")
                .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD)).andReturn().getResponse();

        assertThat(wrongCurrent.getStatus()).isEqualTo(422);
        assertThat(wrongCurrent.getContentAsString(StandardCharsets.UTF_8))
                .contains("The current password is not correct");
        assertThat(api(g.username(), g.oneTimePassword()).getStatus()).isEqualTo(403);
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() throws Exception {
        Granted g = grantDirectorLogin("Hanna Hashed");

        List<String> hashes = jdbc.sql("select password_hash from user_account").query(String.class).list();

        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("{bcrypt}"));
        assertThat(hashOf(g.username())).startsWith("{bcrypt}").doesNotContain(g.oneTimePassword());
    }

    private Granted grantDirectorLogin(String fullName) throws Exception {
        long personId = organization.createPerson(fullName, Title.REP, null, null);
        String username = organization.findById(personId).orElseThrow().username();

        String page = adminPost("/admin/logins", List.of("personId", personId, "role", "DIRECTOR", "regionId",
                east().id()), 200);

        assertThat(page).contains("Login created for " + username);
        assertThat(organization.findById(personId).orElseThrow().title()).isEqualTo(Title.DIRECTOR);
        return new Granted(personId, username, oneTimePassword(page));
    }

    private Region east() {
        return organization.allRegions().stream().filter(r -> r.name().equals("East")).findFirst().orElseThrow();
    }

    private Login loginOf(Granted g) {
        return accounts.loginOf(g.personId()).orElseThrow();
    }

    private String hashOf(String username) {
        return jdbc.sql("select password_hash from user_account where username = :u").param("u", username)
                .query(String.class).single();
    }

    private static String oneTimePassword(String page) {
        Matcher m = ONE_TIME.matcher(page);
        assertThat(m.find()).as("a one-time password on the page").isTrue();
        return m.group(1);
    }

    private MockHttpServletResponse api(String username, String password) throws Exception {
        return mvc.perform(get("/api/v1/me").with(httpBasic(username, password))).andReturn().getResponse();
    }

    private MockHttpServletResponse changePassword(String username, String current, String next) throws Exception {
        return mvc.perform(post("/account/password").with(csrf()).with(httpBasic(username, current))
                .param("currentPassword", current).param("newPassword", next).param("confirmPassword", next))
                .andReturn().getResponse();
    }

    private String adminPost(String uri, String name, Object value, int status) throws Exception {
        return adminPost(uri, List.of(name, value), status);
    }

    private String adminPost(String uri, List<Object> params, int status) throws Exception {
        var request = post(uri).with(csrf()).with(httpBasic("admin", "demo")).accept(MediaType.TEXT_HTML);
        for (int i = 0; i < params.size(); i += 2) {
            request.param(params.get(i).toString(), params.get(i + 1).toString());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
