package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.frontline.IntegrationTest;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.RepJoinedTeam;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disabling a login, resetting its password, giving it a new role or place, or moving its rep to another team ends
 * its sessions at once: the next request of an old session is anonymous (401 from the API).
 */
@IntegrationTest
class SessionEndingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    Accounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    TestLogins logins;

    @BeforeEach
    void logins() {
        logins = new TestLogins(organization, accounts);
    }

    @Test
    void aDisabledLoginLosesItsSessionAtOnceAndCannotWritePrivateNotes() throws Exception {
        TestLogins.Made director = logins.director("Desmond Disabled", "East");
        MockHttpSession session = signIn(director.username());
        long violet = organization.findByUsername("violet.mclelland").orElseThrow().id();
        // an empty note is refused as invalid (422): proof that the session may write private notes
        assertThat(writeNote(session, violet).getStatus()).isEqualTo(422);

        adminPost("/admin/logins/" + director.accountId() + "/disable", director.login(accounts).version());

        assertThat(me(session).getStatus()).isEqualTo(401);
        assertThat(writeNote(session, violet).getStatus()).isEqualTo(401);
    }

    @Test
    void aPasswordResetEndsTheSessions() throws Exception {
        TestLogins.Made director = logins.director("Rex Reset", "West");
        MockHttpSession first = signIn(director.username());
        MockHttpSession second = signIn(director.username());

        adminPost("/admin/logins/" + director.accountId() + "/reset", director.login(accounts).version());

        assertThat(me(first).getStatus()).isEqualTo(401);
        assertThat(me(second).getStatus()).isEqualTo(401);
        MockHttpServletResponse page = mvc.perform(get("/").session(second).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aNewOfficeEndsTheSessionsAndTheNextSignInSeesTheNewOne() throws Exception {
        TestLogins.Made director = logins.director("Olive Office", "East");
        MockHttpSession old = signIn(director.username());
        long west = logins.office("West").id();

        mvc.perform(post("/admin/logins/" + director.accountId() + "/role").with(csrf()).with(httpBasic("admin", "demo"))
                .param("version", Integer.toString(director.login(accounts).version())).param("role", "DIRECTOR")
                .param("regionId", Long.toString(west))).andReturn();

        assertThat(me(old).getStatus()).isEqualTo(401);
        MockHttpServletResponse fresh = me(signIn(director.username()));
        assertThat(fresh.getStatus()).isEqualTo(200);
        assertThat(organization.findById(director.personId()).orElseThrow().regionId()).isEqualTo(west);
    }

    @Test
    void aRepMovedToAnotherTeamByAnImportLosesTheirSessions() throws Exception {
        TestLogins.Made person = logins.director("Ivo Import", "Central");
        MockHttpSession session = signIn(person.username());
        Member violet = organization.findByUsername("violet.mclelland").orElseThrow();
        Member moses = organization.findByUsername("moses.frase").orElseThrow();
        try {
            // what a roster import announces when it moves a rep (the onboarding it opens is removed below)
            transactions.executeWithoutResult(tx -> events.publishEvent(
                    new RepJoinedTeam(person.personId(), violet.teamId(), moses.teamId())));

            assertThat(me(session).getStatus()).isEqualTo(401);
        } finally {
            jdbc.sql("delete from onboarding where rep_id = :rep").param("rep", person.personId()).update();
        }
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        TestLogins.Made director = logins.director("Pia Password", "Central");
        MockHttpSession here = signIn(director.username());
        MockHttpSession elsewhere = signIn(director.username());

        MockHttpServletResponse changed = mvc.perform(post("/account/password").session(here).with(csrf())
                .param("currentPassword", TestLogins.PASSWORD).param("newPassword", "another-long-secret")
                .param("confirmPassword", "another-long-secret")).andReturn().getResponse();

        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(me(here).getStatus()).isEqualTo(200);
        assertThat(me(elsewhere).getStatus()).isEqualTo(401);
    }

    @Test
    void anUntouchedLoginKeepsItsSession() throws Exception {
        TestLogins.Made director = logins.director("Una Untouched", "West");
        TestLogins.Made other = logins.director("Otto Other", "West");
        MockHttpSession session = signIn(director.username());

        adminPost("/admin/logins/" + other.accountId() + "/disable", other.login(accounts).version());

        assertThat(me(session).getStatus()).isEqualTo(200);
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", TestLogins.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MockHttpServletResponse me(MockHttpSession session) throws Exception {
        return mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse();
    }

    private MockHttpServletResponse writeNote(MockHttpSession session, long repId) throws Exception {
        return mvc.perform(post("/api/v1/reps/" + repId + "/notes").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}")).andReturn().getResponse();
    }

    private void adminPost(String uri, int version) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(uri).with(csrf()).with(httpBasic("admin", "demo"))
                .param("version", Integer.toString(version))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("data-testid=\"problem\"");
    }
}
