package dev.frontline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.organization.Organization;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one audit log: the admin filters it by who, whose notes, kind, action and dates, a page at a time; the old
 * 1:1 log's address moves to it; and its migration moves every row of the two old logs. Entries here are about
 * Elizabeth Anderson (whose notes no other test reads) and carry this class's own actors' traces.
 */
@IntegrationTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    long rep() {
        return organization.findByUsername("elizabeth.anderson").orElseThrow().id();
    }

    MockHttpServletResponse api(String uri, String user) throws Exception {
        return mvc.perform(get(uri).accept(MediaType.APPLICATION_JSON).with(httpBasic(user, "demo"))).andReturn()
                .getResponse();
    }

    @Test
    void theAdminFiltersByWhoWhoseKindActionAndDateAPageAtATime() throws Exception {
        long rep = rep();
        String notes = "/api/v1/reps/" + rep + "/notes";
        mvc.perform(post(notes).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Check in on the move\"}")
                .with(httpBasic("cara.losch", "demo")));
        api(notes, "cara.losch");
        api(notes, "director.east");
        api(notes, "dustin.brinkmann");
        api(notes, "violet.mclelland");

        String base = "/api/v1/audit?kind=dossier&repId=" + rep;
        String refused = api(base + "&action=REFUSED", "admin").getContentAsString();
        assertThat(JsonPath.<List<String>>read(refused, "$[*].actor")).contains("dustin.brinkmann", "violet.mclelland")
                .doesNotContain("cara.losch", "director.east");
        String cara = api(base + "&actor=cara.losch", "admin").getContentAsString();
        assertThat(JsonPath.<List<String>>read(cara, "$[*].action")).startsWith("READ", "CREATE").doesNotContain("REFUSED");

        LocalDate today = TestClock.NOW.atZone(ZoneOffset.UTC).toLocalDate();
        MockHttpServletResponse all = api(base, "admin");
        long total = Long.parseLong(all.getHeader("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(5);
        assertThat(api(base + "&from=" + today + "&to=" + today, "admin").getHeader("X-Total-Count")).isEqualTo(Long.toString(total));
        assertThat(api(base + "&to=" + today.minusDays(1), "admin").getHeader("X-Total-Count")).isEqualTo("0");

        List<Integer> ids = JsonPath.read(all.getContentAsString(), "$[*].id");
        MockHttpServletResponse second = api(base + "&limit=2&page=1", "admin");
        assertThat(JsonPath.<List<Integer>>read(second.getContentAsString(), "$[*].id")).containsExactlyElementsOf(ids.subList(2, 4));
        assertThat(second.getHeader("X-Total-Count")).isEqualTo(Long.toString(total));
    }

    @Test
    void aBadFilterIsAClearClientError() throws Exception {
        assertThat(api("/api/v1/audit?limit=0", "admin").getStatus()).isEqualTo(422);
        assertThat(api("/api/v1/audit?page=-1", "admin").getStatus()).isEqualTo(422);
        assertThat(api("/api/v1/audit?from=2026-12-02&to=2026-12-01", "admin").getStatus()).isEqualTo(422);
        assertThat(api("/api/v1/audit?action=PEEKED", "admin").getStatus()).isEqualTo(400);
        assertThat(api("/api/v1/audit?from=yesterday", "admin").getStatus()).isEqualTo(400);
    }

    @Test
    void thePageShowsTheFilteredEntriesAndTheOldCoachingAddressMovedPermanently() throws Exception {
        long rep = rep();
        api("/api/v1/reps/" + rep + "/notes", "moses.frase");
        MockHttpServletResponse page = mvc.perform(get("/admin/audit?action=REFUSED&actor=moses.frase&repId=" + rep)
                .accept(MediaType.TEXT_HTML).with(httpBasic("admin", "demo"))).andReturn().getResponse();
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(html).contains("Audit log of private notes", "moses.frase", "Elizabeth Anderson", "data-action=\"REFUSED\"")
                .doesNotContain("data-action=\"READ\"");

        MockHttpServletResponse moved = mvc.perform(get("/admin/audit/coaching?repId=" + rep)
                .with(httpBasic("admin", "demo"))).andReturn().getResponse();
        assertThat(moved.getStatus()).isEqualTo(301);
        assertThat(moved.getHeader("Location")).isEqualTo("/admin/audit?kind=coaching&repId=" + rep);
    }

    @Test
    void theMigrationMovesEveryRowOfBothOldLogsInTimeOrderAndDropsThem() {
        List<Map<String, Object>> moved = transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.execute("create schema audit_migration_check");
            jdbc.execute("set local search_path to audit_migration_check");
            jdbc.execute("""
                    create table note_audit (id bigserial primary key, at timestamptz not null, actor text not null,
                        actor_role text not null, action text not null check (action in ('READ', 'CREATE', 'UPDATE')),
                        rep_id bigint not null, note_id bigint);
                    create table coaching_audit (id bigserial primary key, at timestamptz not null, actor text not null,
                        actor_role text not null, action text not null check (action in ('READ', 'WRITE')),
                        rep_id bigint not null, one_on_one_id bigint not null);
                    insert into note_audit (at, actor, actor_role, action, rep_id, note_id) values
                        ('2026-03-01T09:00Z', 'cara.losch', 'MANAGER', 'CREATE', 11, 501),
                        ('2026-03-03T09:00Z', 'director.east', 'DIRECTOR', 'READ', 11, null),
                        ('2026-03-05T09:00Z', 'cara.losch', 'MANAGER', 'UPDATE', 12, 502);
                    insert into coaching_audit (at, actor, actor_role, action, rep_id, one_on_one_id) values
                        ('2026-03-02T09:00Z', 'dustin.brinkmann', 'MANAGER', 'WRITE', 21, 901),
                        ('2026-03-04T09:00Z', 'director.central', 'DIRECTOR', 'READ', 21, 901);
                    """);
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V14__audit_log.sql"));
                return null;
            });
            assertThat(jdbc.queryForObject("""
                    select count(*) from information_schema.tables where table_schema = 'audit_migration_check'
                       and table_name in ('note_audit', 'coaching_audit')""", Long.class)).isZero();
            return jdbc.queryForList("""
                    select actor, action, kind, subject_id, object_id from audit_migration_check.audit_log order by id""");
        });

        assertThat(moved).extracting(r -> r.get("actor") + " " + r.get("action") + " " + r.get("kind") + " "
                        + r.get("subject_id") + " " + r.get("object_id"))
                .containsExactly("cara.losch CREATE dossier 11 501", "dustin.brinkmann WRITE coaching 21 901",
                        "director.east READ dossier 11 null", "director.central READ coaching 21 901",
                        "cara.losch UPDATE dossier 12 502");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata "
                + "where schema_name = 'audit_migration_check'", Long.class)).as("rolled back").isZero();
    }
}
