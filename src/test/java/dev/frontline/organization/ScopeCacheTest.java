package dev.frontline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.shared.DataChanged;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import dev.frontline.shared.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A viewer's scope is resolved once and kept until the organisation changes: later requests don't ask the
 * database who is in the viewer's teams, and a change to the organisation is in the very next scope.
 */
@IntegrationTest
class ScopeCacheTest {

    @Autowired
    Organization organization;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void removeTheNewcomer() {
        for (String table : new String[] {"onboarding", "rep_start"}) {
            jdbc.sql("delete from " + table + " where rep_id in (select id from person where display_name = 'Zzscope Newcomer')")
                    .update();
        }
        jdbc.sql("delete from person where display_name = 'Zzscope Newcomer'").update();
        events.publishEvent(DataChanged.organization());
    }

    private Viewer cara() {
        Member cara = organization.findByUsername("cara.losch").orElseThrow();
        return new Viewer(9_999, "cara.losch", cara.displayName(), Role.MANAGER, cara.id());
    }

    @Test
    void aScopeIsResolvedOnceUntilTheOrganisationChanges() throws Exception {
        Viewer cara = cara();
        Scope first = organization.scopeFor(cara);
        Statements.Count again = Statements.during(() -> assertThat(organization.scopeFor(cara)).isSameAs(first));
        assertThat(again.total()).isZero();

        long team = first.teamIds().iterator().next();
        long newcomer = organization.createPerson("Zzscope Newcomer", Title.REP, null, null);
        assertThat(organization.scopeFor(cara).personIds()).doesNotContain(newcomer);
        organization.assignToTeam(newcomer, team);
        assertThat(organization.scopeFor(cara).personIds()).contains(newcomer);
    }

    @Test
    void aRepeatedRequestDoesNotResolveTheScopeAgain() throws Exception {
        mvc.perform(get("/api/v1/teams").with(httpBasic("cara.losch", "demo"))).andExpect(status().isOk());
        Statements.Count warm = Statements.during(() -> mvc.perform(get("/api/v1/teams")
                .with(httpBasic("cara.losch", "demo"))).andExpect(status().isOk()));
        events.publishEvent(DataChanged.organization());
        Statements.Count afterAChange = Statements.during(() -> mvc.perform(get("/api/v1/teams")
                .with(httpBasic("cara.losch", "demo"))).andExpect(status().isOk()));
        assertThat(afterAChange.total()).as(afterAChange.toString()).isGreaterThan(warm.total());
        assertThat(warm.sql()).doesNotContain("select id from team where manager_id = ?");
        assertThat(afterAChange.sql()).contains("select id from team where manager_id = ?");
    }
}
