package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.IntegrationTest;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.RepJoinedTeam;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
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
    void aDisabledLoginLosesItsSessionAtOnceAndCannotWritePrivateNotes() {
        TestLogins.Made director = logins.director("Desmond Disabled", "East");
        ApiClient session = signIn(director.username());
        long violet = organization.findByUsername("violet.mclelland").orElseThrow().id();
        // an empty note is refused as invalid (422): proof that the session may write private notes
        assertThat(writeNote(session, violet).status()).isEqualTo(422);

        adminPost("/admin/logins/" + director.accountId() + "/disable", director.login(accounts).version());

        assertThat(me(session).status()).isEqualTo(401);
        assertThat(writeNote(session, violet).status()).isEqualTo(401);
    }

    @Test
    void aPasswordResetEndsTheSessions() {
        TestLogins.Made director = logins.director("Rex Reset", "West");
        ApiClient first = signIn(director.username());
        ApiClient second = signIn(director.username());

        adminPost("/admin/logins/" + director.accountId() + "/reset", director.login(accounts).version());

        assertThat(me(first).status()).isEqualTo(401);
        assertThat(me(second).status()).isEqualTo(401);
        Answer page = second.get("/", "Accept", "text/html");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aNewOfficeEndsTheSessionsAndTheNextSignInSeesTheNewOne() {
        TestLogins.Made director = logins.director("Olive Office", "East");
        ApiClient old = signIn(director.username());
        long west = logins.office("West").id();

        admin().submit("/admin/logins/" + director.accountId() + "/role", Map.of("version",
                Integer.toString(director.login(accounts).version()), "role", "DIRECTOR", "regionId", Long.toString(west)));

        assertThat(me(old).status()).isEqualTo(401);
        Answer fresh = me(signIn(director.username()));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(organization.findById(director.personId()).orElseThrow().regionId()).isEqualTo(west);
    }

    @Test
    void aRepMovedToAnotherTeamByAnImportLosesTheirSessions() {
        TestLogins.Made person = logins.director("Ivo Import", "Central");
        ApiClient session = signIn(person.username());
        Member violet = organization.findByUsername("violet.mclelland").orElseThrow();
        Member moses = organization.findByUsername("moses.frase").orElseThrow();
        try {
            // what a roster import announces when it moves a rep (the onboarding it opens is removed below)
            transactions.executeWithoutResult(tx -> events.publishEvent(
                    new RepJoinedTeam(person.personId(), violet.teamId(), moses.teamId())));

            assertThat(me(session).status()).isEqualTo(401);
        } finally {
            jdbc.sql("delete from onboarding where rep_id = :rep").param("rep", person.personId()).update();
        }
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        TestLogins.Made director = logins.director("Pia Password", "Central");
        ApiClient here = signIn(director.username());
        ApiClient elsewhere = signIn(director.username());

        Answer changed = here.submit("/account/password", Map.of("currentPassword", TestLogins.PASSWORD,
                "newPassword", "another-long-secret", "confirmPassword", "another-long-secret"));

        assertThat(changed.status()).isEqualTo(302);
        assertThat(me(here).status()).isEqualTo(200);
        assertThat(me(elsewhere).status()).isEqualTo(401);
    }

    @Test
    void anUntouchedLoginKeepsItsSession() {
        TestLogins.Made director = logins.director("Una Untouched", "West");
        TestLogins.Made other = logins.director("Otto Other", "West");
        ApiClient session = signIn(director.username());

        adminPost("/admin/logins/" + other.accountId() + "/disable", other.login(accounts).version());

        assertThat(me(session).status()).isEqualTo(200);
    }

    private ApiClient signIn(String username) {
        ApiClient session = ApiClient.mock(mvc);
        Answer done = session.signInAnswer(username, TestLogins.PASSWORD);
        assertThat(done.header("Location")).hasValue("/");
        return session;
    }

    private Answer me(ApiClient session) {
        return session.get("/api/v1/me");
    }

    private Answer writeNote(ApiClient session, long repId) {
        return session.withCsrf().post("/api/v1/reps/" + repId + "/notes", "{\"text\":\"\"}");
    }

    private void adminPost(String uri, int version) {
        Answer response = admin().submit(uri, Map.of("version", Integer.toString(version)));
        assertThat(response.status()).as(uri).isEqualTo(200);
        assertThat(response.body()).doesNotContain("data-testid=\"problem\"");
    }

    private ApiClient admin() {
        return ApiClient.mock(mvc).demo("admin");
    }
}
