package dev.frontline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import dev.frontline.IntegrationTest;
import dev.frontline.identity.Accounts;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A rep who leaves drops out of the current roster and loses their login; they can come back. */
@IntegrationTest
class RepLeavingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeactivatedRepLeavesTheRosterAndCannotSignInUntilReactivated() throws Exception {
        long teamA = jdbc.sql("select t.id from team t join person m on m.id = t.manager_id where m.username = 'cara.losch'")
                .query(Long.class).single();
        long rep = organization.createPerson("Lena Leaving", Title.REP, teamA, null);
        String password = accounts.grantLogin(rep, Role.REP, teamA, null);
        Scope all = Scope.system("test: the team's roster");
        assertThat(organization.reps(all, teamA)).extracting(Member::id).contains(rep);
        assertThat(me("lena.leaving", password)).isEqualTo(403);
        int version = jdbc.sql("select version from person where id = :id").param("id", rep).query(Integer.class).single();

        assertThat(change("dustin.brinkmann", rep, "{\"version\":" + version + ",\"active\":false}")).isEqualTo(404);
        assertThat(change("violet.mclelland", rep, "{\"version\":" + version + ",\"active\":false}")).isEqualTo(404);
        assertThat(change("cara.losch", rep, "{\"active\":false}")).isEqualTo(422);
        assertThat(change("cara.losch", rep, "{\"version\":" + version + ",\"active\":false}")).isEqualTo(200);
        assertThat(change("cara.losch", rep, "{\"version\":" + version + ",\"active\":true}")).isEqualTo(409);

        assertThat(organization.reps(all, teamA)).extracting(Member::id).doesNotContain(rep);
        assertThat(organization.former(java.util.List.of(rep))).containsExactly(rep);
        assertThat(jdbc.sql("select enabled from user_account where person_id = :id").param("id", rep)
                .query(Boolean.class).single()).isFalse();
        assertThat(me("lena.leaving", password)).isEqualTo(401);
        long deal = jdbc.sql("""
                insert into opportunity (external_id, owner_id, stage_id)
                select 'LEAVING-1', :o, min(id) from stage returning id
                """).param("o", rep).query(Long.class).single();
        String deals = mvc.perform(get("/opportunities?owner=lena.leaving").accept(MediaType.TEXT_HTML)
                .with(httpBasic("cara.losch", "demo"))).andReturn().getResponse().getContentAsString();
        jdbc.sql("delete from opportunity where id = :id").param("id", deal).update();
        assertThat(deals).contains("Lena Leaving (former)");

        assertThat(change("admin", rep, "{\"version\":" + (version + 1) + ",\"active\":true}")).isEqualTo(200);
        assertThat(organization.reps(all, teamA)).extracting(Member::id).contains(rep);
        assertThat(change("admin", rep, "{\"version\":" + (version + 2) + ",\"active\":false}")).isEqualTo(200);
    }

    private int me(String username, String password) throws Exception {
        return mvc.perform(get("/api/v1/me").accept(MediaType.APPLICATION_JSON).with(httpBasic(username, password)))
                .andReturn().getResponse().getStatus();
    }

    private int change(String username, long rep, String body) throws Exception {
        return mvc.perform(patch("/api/v1/reps/" + rep).contentType(MediaType.APPLICATION_JSON).content(body)
                        .accept(MediaType.APPLICATION_JSON).with(httpBasic(username, "demo")).with(csrf()))
                .andReturn().getResponse().getStatus();
    }
}
