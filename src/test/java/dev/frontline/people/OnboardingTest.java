package dev.frontline.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import dev.frontline.IntegrationTest;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.RepJoinedTeam;
import dev.frontline.organization.RosterLine;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import dev.frontline.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onboarding: the organisation announces reps joining a team, people opens a checklist for the manager that ticks
 * itself. Roster changes run in transactions that are rolled back, so the shared demo data stays as it is.
 */
@IntegrationTest
@RecordApplicationEvents
class OnboardingTest {

    @Autowired
    Organization organization;

    @Autowired
    Onboarding onboarding;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    Member member(String username) {
        return organization.findByUsername(username).orElseThrow();
    }

    @Test
    void theRosterImportAnnouncesNewRepsAndRepsWhoMoved(ApplicationEvents recorded) {
        Member moses = member("moses.frase");
        long teamA = member("violet.mclelland").teamId();

        transactions.executeWithoutResult(tx -> {
            organization.applyRoster(List.of(new RosterLine("Nora Newcomer", "Cara Losch", "East"),
                    new RosterLine("Moses Frase", "Cara Losch", "East"), new RosterLine("Violet Mclelland", "Cara Losch", "East")));
            long nora = organization.findByUsername("nora.newcomer").orElseThrow().id();
            assertThat(recorded.stream(RepJoinedTeam.class)).containsExactly(new RepJoinedTeam(nora, teamA, null),
                    new RepJoinedTeam(moses.id(), teamA, moses.teamId()));
            tx.setRollbackOnly();
        });

        assertThat(organization.findByUsername("nora.newcomer")).isEmpty();
        assertThat(member("moses.frase").teamId()).isEqualTo(moses.teamId());
    }

    @Test
    void theAdminAssigningARepToAnotherTeamAnnouncesItButNotASamePlacement(ApplicationEvents recorded) {
        Member moses = member("moses.frase");
        long teamA = member("violet.mclelland").teamId();

        transactions.executeWithoutResult(tx -> {
            organization.assignToTeam(moses.id(), moses.teamId());
            organization.assignToTeam(moses.id(), teamA);
            assertThat(recorded.stream(RepJoinedTeam.class)).containsExactly(new RepJoinedTeam(moses.id(), teamA, moses.teamId()));
            tx.setRollbackOnly();
        });
    }

    @Test
    void inTheDemoTheRepsWithoutASingleDealAreTheNewcomersAndTheirManagersSeeTheChecklist() throws Exception {
        List<Checklist> open = onboarding.open(Scope.everything(new Viewer(0, "t", "T", Role.ADMIN, null)));

        assertThat(open).extracting(c -> c.rep().displayName()).containsExactlyInAnyOrder("Elizabeth Anderson",
                "Mei-Mei Johns", "Natalya Ivanova", "Carol Thompson", "Carl Lin");
        assertThat(open).allSatisfy(c -> assertThat(c.items()).extracting(i -> i.key() + "=" + i.done())
                .containsExactly("motivations=true", "aspirations=true", "ratings=false", "quota=true"));
        String home = mvc.perform(get("/").with(httpBasic("cara.losch", "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("data-testid=\"onboarding\"", "Elizabeth Anderson", "First ratings by the manager");
        String otherHome = mvc.perform(get("/").with(httpBasic("dustin.brinkmann", "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(otherHome).doesNotContain("data-testid=\"onboarding\"");
    }

    @Test
    void joiningATeamOpensAChecklistThatTicksItselfAndLeavesTheHomeWhenDone() throws Exception {
        Member anna = member("anna.snelling");
        try {
            transactions.executeWithoutResult(tx -> events.publishEvent(new RepJoinedTeam(anna.id(), anna.teamId(), null)));

            assertThat(home("dustin.brinkmann")).contains("data-testid=\"onboarding\"", "Anna Snelling</a>",
                    "First ratings by the manager");
            mvc.perform(put("/api/v1/reps/" + anna.id() + "/ratings").contentType(MediaType.APPLICATION_JSON)
                    .content("[{\"key\":\"prospecting\",\"level\":3}]").with(httpBasic("dustin.brinkmann", "demo")));

            assertThat(home("dustin.brinkmann")).doesNotContain("data-testid=\"onboarding\"");
        } finally {
            jdbc.sql("delete from onboarding where rep_id = :rep").param("rep", anna.id()).update();
        }
    }

    private String home(String user) throws Exception {
        return mvc.perform(get("/").with(httpBasic(user, "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
