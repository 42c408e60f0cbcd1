package dev.frontline.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.shared.DataChanged;
import dev.frontline.system.FiscalCalendar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A team's forecast is computed once per version of the data it is read from: a second view sends fewer
 * statements and simulates nothing; a call, a category or a quota of the team computes it anew with the new
 * figures; another team's change leaves it kept; an office's roll-up costs the same statements for 2 teams as for 6.
 */
@IntegrationTest
class ForecastCacheTest {

    /** Far from the demo's periods and from the other tests' (ForecastApiTest calls 2031-Q3). */
    static final String PERIOD = "2031-Q1";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ForecastCache cache;

    @Autowired
    ApplicationEventPublisher events;

    /** Read once after everything changed, so that neither office pays for the fiscal setting. */
    @Autowired
    FiscalCalendar calendar;

    private final List<Runnable> cleanUp = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestAdded() {
        cleanUp.forEach(Runnable::run);
        events.publishEvent(DataChanged.everything());
    }

    @Test
    void aSecondViewOfTheTeamForecastSendsFewerStatementsAndSimulatesNothing() throws Exception {
        long team = teams().get(0);
        events.publishEvent(DataChanged.teams(List.of(team)));
        String uri = "/teams/" + team + "/forecast?period=" + PERIOD;

        long before = cache.simulations();
        Statements.Count first = Statements.during(() -> page(uri));
        long afterFirst = cache.simulations();
        Statements.Count second = Statements.during(() -> page(uri));
        Statements.Count api = Statements.during(() -> json("/api/v1/teams/" + team + "/forecast?period=" + PERIOD));

        assertThat(afterFirst).as("the first view simulates").isGreaterThan(before);
        assertThat(cache.simulations()).as("the second view and the API share what the first computed")
                .isEqualTo(afterFirst);
        assertThat(second.total()).as(first + "\nthen " + second).isLessThan(first.total());
        assertThat(api.sql()).as("the cached API reads no deal, quota or call").noneMatch(s -> s.contains("deal")
                || s.contains("quota") || s.contains("forecast_call") || s.contains("forecast_category"));
    }

    @Test
    void aTeamsCallComputesItsForecastAnewAndShowsTheCall() throws Exception {
        long team = teams().get(0);
        String uri = "/api/v1/teams/" + team + "/forecast?period=" + PERIOD;
        json(uri);
        long kept = cache.simulations();

        cleanUp.add(() -> jdbc.sql("delete from forecast_call where team_id = :t and amount = 271828")
                .param("t", team).update());
        submit("/api/v1/teams/" + team + "/calls", "{\"period\":\"" + PERIOD + "\",\"amount\":271828}");
        String after = json(uri);

        assertThat(number(after, "$.call.amount")).isEqualByComparingTo("271828");
        assertThat(cache.simulations()).as("computed anew").isGreaterThan(kept);
    }

    @Test
    void aRepsCallComputesTheirTeamsForecastAnew() throws Exception {
        long team = teams().get(0);
        long rep = jdbc.sql("select id from person where team_id = :t and title = 'REP' order by id limit 1")
                .param("t", team).query(Long.class).single();
        String uri = "/api/v1/teams/" + team + "/forecast?period=" + PERIOD;
        json(uri);

        cleanUp.add(() -> jdbc.sql("delete from forecast_call where rep_id = :r and amount = 31415")
                .param("r", rep).update());
        submit("/api/v1/reps/" + rep + "/calls", "{\"period\":\"" + PERIOD + "\",\"amount\":31415}");
        String after = json(uri);

        assertThat(number(after, "$.reps[?(@.rep.id == " + rep + ")].call.amount")).isEqualByComparingTo("31415");
    }

    @Test
    void aCategoryOnTheTeamsLargestDealShowsOnTheNextView() throws Exception {
        long team = teams().get(0);
        String uri = "/api/v1/teams/" + team + "/forecast?period=2026-Q4";
        String before = json(uri);
        // the largest of the team's deals without a category (other tests may have set some and kept them)
        long deal = JsonPath.<List<Object>>read(before, "$.drivers[?(@.type == 'deal')].opportunityId").stream()
                .map(id -> ((Number) id).longValue())
                .filter(id -> jdbc.sql("select count(*) from forecast_category where opportunity_id = :id")
                        .param("id", id).query(Long.class).single() == 0)
                .findFirst().orElseThrow(() -> new AssertionError("every deal driver has a category already"));
        cleanUp.add(() -> jdbc.sql("delete from forecast_category where opportunity_id = :id").param("id", deal)
                .update());
        long kept = cache.simulations();

        submit("/api/v1/opportunities/" + deal + "/forecast-category", "{\"category\":\"COMMIT\"}");
        String after = json(uri);

        assertThat(JsonPath.<List<String>>read(after, "$.drivers[?(@.opportunityId == " + deal + ")].category"))
                .containsExactly("COMMIT");
        assertThat(cache.simulations()).as("computed anew").isGreaterThan(kept);
    }

    @Test
    void aQuotaForTheTeamShowsOnTheNextView() throws Exception {
        long team = teams().get(0);
        String uri = "/api/v1/teams/" + team + "/forecast?period=" + PERIOD;
        json(uri);

        cleanUp.add(() -> jdbc.sql("delete from quota where team_id = :t and amount = 1234567").param("t", team)
                .update());
        submit("/api/v1/quotas", "[{\"team\":" + team + ",\"period\":\"" + PERIOD + "\",\"amount\":1234567}]");
        String after = json(uri);

        assertThat(number(after, "$.quota")).isEqualByComparingTo("1234567");
    }

    @Test
    void anotherTeamsChangeLeavesTheTeamsForecastKept() throws Exception {
        List<Long> teams = teams();
        String uri = "/api/v1/teams/" + teams.get(0) + "/forecast?period=" + PERIOD;
        json(uri);
        Statements.Count kept = Statements.during(() -> json(uri));

        cleanUp.add(() -> jdbc.sql("delete from forecast_call where team_id = :t and amount = 161803")
                .param("t", teams.get(1)).update());
        submit("/api/v1/teams/" + teams.get(1) + "/calls", "{\"period\":\"" + PERIOD + "\",\"amount\":161803}");
        long simulations = cache.simulations();
        Statements.Count after = Statements.during(() -> json(uri));

        assertThat(cache.simulations()).isEqualTo(simulations);
        assertThat(after.total()).as(after.toString()).isEqualTo(kept.total());
    }

    @Test
    void everythingChangedComputesEveryForecastAnew() throws Exception {
        long team = teams().get(0);
        String uri = "/api/v1/teams/" + team + "/forecast?period=" + PERIOD;
        String first = json(uri);
        long kept = cache.simulations();

        events.publishEvent(DataChanged.everything());
        String after = json(uri);

        assertThat(cache.simulations()).isGreaterThan(kept);
        assertThat(after).as("the same data, the same forecast").isEqualTo(first);
    }

    @Test
    void anOfficesRollUpCostsTheSameStatementsForTwoTeamsAsForSix() throws Exception {
        long two = office("Zzcache Two", 2);
        long six = office("Zzcache Six", 6);
        events.publishEvent(DataChanged.everything());
        calendar.firstMonth();

        Statements.Count coldTwo = Statements.during(() -> json("/api/v1/regions/" + two + "/forecast?period=2026-Q4"));
        Statements.Count coldSix = Statements.during(() -> json("/api/v1/regions/" + six + "/forecast?period=2026-Q4"));
        Statements.Count pageTwo = Statements.during(() -> page("/regions/" + two + "/forecast?period=2026-Q4"));
        Statements.Count pageSix = Statements.during(() -> page("/regions/" + six + "/forecast?period=2026-Q4"));
        String json = json("/api/v1/regions/" + six + "/forecast?period=2026-Q4");

        assertThat(coldSix.total()).as(coldTwo + "\nagainst " + coldSix).isEqualTo(coldTwo.total());
        assertThat(pageSix.total()).as(pageTwo + "\nagainst " + pageSix).isEqualTo(pageTwo.total());
        assertThat(pageSix.total()).as("kept").isLessThan(coldSix.total());
        assertThat(JsonPath.<List<Object>>read(json, "$.teams")).hasSize(6);
        BigDecimal won = number(json, "$.wonToDate");
        BigDecimal teamsWon = JsonPath.<List<Object>>read(json, "$.teams[*].wonToDate").stream()
                .map(o -> new BigDecimal(o.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(won).isPositive().isEqualByComparingTo(teamsWon);
    }

    @Test
    void anOfficesRollUpIsKeptWholeUntilOneOfItsTeamsChanges() throws Exception {
        long region = office("Zzcache Kept", 3);
        events.publishEvent(DataChanged.everything());
        String uri = "/api/v1/regions/" + region + "/forecast?period=2026-Q4";
        String first = json(uri);
        json(uri);
        Statements.Count kept = Statements.during(() -> assertThat(json(uri)).isEqualTo(first));
        assertThat(kept.sql()).as(kept.toString()).noneMatch(sql -> sql.contains("opportunity")
                || sql.contains("quota") || sql.contains("forecast_call") || sql.contains("person"));

        long team = jdbc.sql("select min(id) from team where region_id = :r").param("r", region).query(Long.class)
                .single();
        cleanUp.add(() -> jdbc.sql("delete from forecast_call where team_id = :t").param("t", team).update());
        submit("/api/v1/teams/" + team + "/calls", "{\"period\":\"2026-Q4\",\"amount\":161803}");
        assertThat(number(json(uri), "$.managerCalls")).isEqualByComparingTo("161803");
    }

    /** An office of that many teams, each of two reps given the whole history of two of the dataset's reps. */
    private long office(String name, int teams) {
        cleanUp.add(() -> removeOffice(name));
        long region = jdbc.sql("insert into region (name) values (:n) returning id").param("n", name)
                .query(Long.class).single();
        List<Long> sources = jdbc.sql("""
                        select id from person where title = 'REP' and team_id is not null
                           and exists (select 1 from opportunity o where o.owner_id = person.id) order by id limit :n""")
                .param("n", 2 * teams).query(Long.class).list();
        for (int t = 0; t < teams; t++) {
            String prefix = "zzcache." + name.toLowerCase().replace(' ', '.') + "." + t;
            long manager = jdbc.sql("""
                            insert into person (username, first_name, last_name, display_name, title)
                            values (:u, 'Zzcache', 'Manager', :d, 'MANAGER') returning id""")
                    .param("u", prefix + ".manager").param("d", name + " Manager " + t).query(Long.class).single();
            long team = jdbc.sql("insert into team (name, region_id, manager_id) values (:n, :r, :m) returning id")
                    .param("n", name + " team " + t).param("r", region).param("m", manager).query(Long.class).single();
            for (int r = 0; r < 2; r++) {
                long rep = jdbc.sql("""
                                insert into person (username, first_name, last_name, display_name, title, team_id)
                                values (:u, 'Zzcache', 'Rep', :d, 'REP', :t) returning id""")
                        .param("u", prefix + ".rep" + r).param("d", name + " Rep " + t + "." + r).param("t", team)
                        .query(Long.class).single();
                jdbc.sql("""
                        insert into opportunity (external_id, owner_id, product_id, account_id, stage_id, amount,
                                                 engage_date, close_date, created_date)
                        select external_id || '-' || :u, :rep, product_id, account_id, stage_id, amount, engage_date,
                               close_date, created_date
                          from opportunity where owner_id = :source
                        """).param("u", prefix + ".rep" + r).param("rep", rep).param("source", sources.get(2 * t + r))
                        .update();
            }
        }
        events.publishEvent(DataChanged.everything());
        return region;
    }

    private void removeOffice(String name) {
        String people = "select p.id from person p where p.display_name like :n || '%'";
        jdbc.sql("delete from opportunity where owner_id in (" + people + ")").param("n", name).update();
        jdbc.sql("update team set manager_id = null where name like :n || '%'").param("n", name).update();
        jdbc.sql("update person set team_id = null where display_name like :n || '%'").param("n", name).update();
        jdbc.sql("delete from team where name like :n || '%'").param("n", name).update();
        jdbc.sql("delete from person where display_name like :n || '%'").param("n", name).update();
        jdbc.sql("delete from region where name = :n").param("n", name).update();
    }

    /** The demo's teams, by id. */
    private List<Long> teams() {
        return jdbc.sql("select id from team where name not like 'Zz%' order by id").query(Long.class).list();
    }

    private String json(String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).accept(MediaType.APPLICATION_JSON)
                .with(httpBasic("admin", "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri + " " + response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String page(String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).accept(MediaType.TEXT_HTML)
                .with(httpBasic("admin", "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString();
    }

    private void submit(String uri, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(put(uri).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic("admin", "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri + ": " + response.getContentAsString()).isEqualTo(200);
    }

    private static BigDecimal number(String json, String path) {
        Object value = JsonPath.read(json, path);
        if (value instanceof List<?> list) {
            assertThat(list).as(path).hasSize(1);
            value = list.get(0);
        }
        return new BigDecimal(String.valueOf(value));
    }
}
