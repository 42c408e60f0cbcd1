package dev.frontline.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.shared.DataChanged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every page and endpoint over several teams reads with the same number of SQL statements however many teams there
 * are: each is counted on the demo organisation, then again after 60 more teams (two reps and three deals each) join
 * the Central office — and the second reading must show those teams, so that a page which stopped reading them could
 * not pass. The teams are written in the test's transaction and rolled back (MockMvc runs on the test's thread).
 */
@IntegrationTest
@Transactional
class RollupStatementsTest {

    static final int GROWN_TEAMS = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void pagesOverManyTeamsReadTheSameStatementsWhenTheOrganisationGrows() throws Exception {
        long central = jdbc.sql("select id from region where name = 'Central'").query(Long.class).single();
        Map<String, String[]> requests = new LinkedHashMap<>();
        requests.put("admin /teams", new String[] {"admin", "/teams?period=2026-Q4"});
        requests.put("admin /teams, page 2", new String[] {"admin", "/teams?period=2026-Q4&page=1"});
        requests.put("admin home", new String[] {"admin", "/?period=2026-Q4"});
        requests.put("director home", new String[] {"director.central", "/?period=2026-Q4"});
        requests.put("office results page", new String[] {"director.central", "/regions/" + central + "/results?period=2026-Q4"});
        requests.put("office results API", new String[] {"director.central", "/api/v1/regions/" + central + "/results?period=2026-Q4"});
        requests.put("admin offices page", new String[] {"admin", "/regions?period=2026-Q4"});
        requests.put("director coaching overview", new String[] {"director.central", "/coaching"});
        requests.put("admin coaching overview", new String[] {"admin", "/coaching"});

        // in this transaction nothing is served from a cache, before the growth as after it: the counts compare
        events.publishEvent(DataChanged.everything());
        Map<String, Integer> before = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> r : requests.entrySet()) {
            before.put(r.getKey(), count(r.getValue()[0], r.getValue()[1]).total());
        }
        growCentral(central);
        Map<String, Integer> after = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> r : requests.entrySet()) {
            String[] body = new String[1];
            Statements.Count c = Statements.during(() -> body[0] = perform(r.getValue()[0], r.getValue()[1])
                    .getResponse().getContentAsString());
            after.put(r.getKey(), c.total());
            bodies.put(r.getKey(), body[0]);
        }

        assertThat(after).as("statements per request, before %s and after %d more teams", before, GROWN_TEAMS)
                .isEqualTo(before);
        assertThat(bodies.get("director home")).contains("Zzgrow team 07").contains("Zzgrow team 48")
                .contains("Teams 1–50 of 62");
        assertThat(bodies.get("office results API")).contains("Zzgrow team 07").contains("Zzgrow team 60");
        assertThat(bodies.get("office results page")).contains("Zzgrow team 60");
        assertThat(bodies.get("director coaching overview")).contains("Zzgrow team 60");
        assertThat(bodies.get("admin /teams")).contains("Teams 1–50 of " + (teams()));
        assertThat(bodies.get("admin /teams, page 2")).contains("Teams 51–" + teams() + " of " + teams());
    }

    @Test
    void theListOfTeamsPagesItsTeamsAndTotalsThemOnce() throws Exception {
        long central = jdbc.sql("select id from region where name = 'Central'").query(Long.class).single();
        growCentral(central);
        String first = perform("admin", "/teams?period=2026-Q4").getResponse().getContentAsString();
        String second = perform("admin", "/teams?period=2026-Q4&page=1").getResponse().getContentAsString();
        String beyond = perform("admin", "/teams?period=2026-Q4&page=99").getResponse().getContentAsString();
        int shownFirst = rows(first);
        int shownSecond = rows(second);
        assertThat(shownFirst).isEqualTo(Boards.TEAMS_PER_PAGE);
        assertThat(shownFirst + shownSecond).isEqualTo(teams());
        assertThat(links(beyond)).as("a page past the end shows the last one").isEqualTo(links(second))
                .contains("Zzgrow team 60");
    }

    private Statements.Count count(String user, String url) throws Exception {
        return Statements.during(() -> perform(user, url));
    }

    private MvcResult perform(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "demo"))).andExpect(status().isOk()).andReturn();
    }

    private int teams() {
        return jdbc.sql("select count(*) from team").query(Integer.class).single();
    }

    private static List<String> links(String html) {
        return Pattern.compile("<a href=\"/teams/\\d+\\?period=[^\"]*\">([^<]*)</a>").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    private static int rows(String html) {
        return html.split("<a href=\"/teams/\\d+\\?period=").length - 1;
    }

    /** 60 teams in the office, named "Zzgrow team 01" to "60", each with two reps, each rep with a won, a lost and an open deal. */
    private void growCentral(long region) {
        jdbc.sql("""
                insert into team (name, region_id)
                select 'Zzgrow team ' || lpad(g::text, 2, '0'), :r from generate_series(1, :n) g
                """).param("r", region).param("n", GROWN_TEAMS).update();
        jdbc.sql("""
                insert into person (username, first_name, last_name, display_name, title, team_id)
                select 'zzgrow.' || t.id || '.' || k, 'Zzgrow', 'Rep' || t.id || k, 'Zzgrow Rep ' || t.id || '-' || k,
                       'REP', t.id
                  from team t cross join generate_series(1, 2) k where t.name like 'Zzgrow team%'
                """).update();
        jdbc.sql("""
                insert into opportunity (external_id, owner_id, product_id, account_id, stage_id, amount, engage_date,
                                         close_date, created_date)
                select 'ZZGROW-' || p.id || '-' || s.outcome, p.id, (select min(id) from product),
                       (select min(id) from account), s.id,
                       case s.outcome when 'WON' then 1000 + p.id % 7 * 100 when 'LOST' then 0 end,
                       date '2026-09-01' + (p.id % 20)::int,
                       case s.outcome when 'OPEN' then null else date '2026-10-15' + (p.id % 30)::int end,
                       date '2026-09-01'
                  from person p
                  cross join lateral (select distinct on (outcome) id, outcome from stage order by outcome, position) s
                 where p.display_name like 'Zzgrow Rep%'
                """).update();
        events.publishEvent(DataChanged.everything());
    }
}
