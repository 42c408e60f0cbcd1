package dev.frontline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.TestClock;
import dev.frontline.imports.MoveSandbox;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The people page and its API: adding a rep, moving one (named and confirmed first), deactivating and reactivating
 * one, each within the caller's scope. The sandbox: Zzmove Rep A and B in Zzmove Manager One's team and Rep C in
 * Two's, both in the East office (director.east's); Rep D in Zzmove Manager Central's team in Central. It goes after
 * each test ({@link MoveSandbox#remove}), with the deals a test gave its people.
 */
@IntegrationTest
class RosterPageTest {

    static final String ONE = "Zzmove Manager One's team";
    static final String TWO = "Zzmove Manager Two's team";
    static final String CENTRAL = "Zzmove Manager Central's team";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    long one;
    long two;
    long central;
    long teamA;

    @BeforeEach
    void sandbox() {
        MoveSandbox.remove(jdbc, events);
        organization.applyRoster(List.of(new RosterLine("Zzmove Rep A", "Zzmove Manager One", "East"),
                new RosterLine("Zzmove Rep B", "Zzmove Manager One", "East"),
                new RosterLine("Zzmove Rep C", "Zzmove Manager Two", "East"),
                new RosterLine("Zzmove Rep D", "Zzmove Manager Central", "Central")));
        one = team(ONE);
        two = team(TWO);
        central = team(CENTRAL);
        teamA = jdbc.sql("select t.id from team t join person m on m.id = t.manager_id where m.username = 'cara.losch'")
                .query(Long.class).single();
    }

    @AfterEach
    void removeSandbox() {
        jdbc.sql("delete from opportunity where owner_id in (select id from person where display_name like 'Zzmove%')")
                .update();
        MoveSandbox.remove(jdbc, events);
    }

    @Test
    void addsARepThroughTheApiAndThroughThePage() throws Exception {
        MockHttpServletResponse added = api(post("/api/v1/reps"), "admin",
                "{\"fullName\":\"  Zzmove   New One \",\"teamId\":" + one + "}");
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        String body = added.getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.fullName")).isEqualTo("Zzmove New One");
        assertThat(JsonPath.<String>read(body, "$.team")).isEqualTo(ONE);
        assertThat(JsonPath.<Boolean>read(body, "$.active")).isTrue();
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove New One")).isEqualTo(ONE);

        MockHttpServletResponse page = form(post("/reps").param("fullName", "Zzmove New Two")
                .param("teamId", Long.toString(teamA)), "cara.losch");
        assertThat(page.getStatus()).isEqualTo(302);
        long id = person("Zzmove New Two");
        assertThat(page.getRedirectedUrl()).isEqualTo("/reps#rep-" + id);
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove New Two")).isEqualTo(
                jdbc.sql("select name from team where id = :t").param("t", teamA).query(String.class).single());
        assertThat(organization.reps(dev.frontline.shared.Scope.system("test"), teamA)).extracting(Member::id)
                .contains(id);
        assertThat(html("/reps", "cara.losch")).contains("Zzmove New Two");
        assertThat(jdbc.sql("select count(*) from user_account where person_id = :p").param("p", id)
                .query(Long.class).single()).as("a rep added on the page has no login yet").isZero();
    }

    @Test
    void refusesANewRepWithoutANameOrTeamOrWithANameInUse() throws Exception {
        assertThat(api(post("/api/v1/reps"), "admin", "{\"fullName\":\" \",\"teamId\":" + one + "}").getStatus())
                .isEqualTo(422);
        assertThat(api(post("/api/v1/reps"), "admin", "{\"fullName\":\"Zzmove Someone\"}").getStatus()).isEqualTo(422);
        MockHttpServletResponse unknown = api(post("/api/v1/reps"), "admin",
                "{\"fullName\":\"Zzmove Someone\",\"teamId\":999999999}");
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentAsString()).contains("No team has the id 999999999");
        MockHttpServletResponse taken = api(post("/api/v1/reps"), "director.east",
                "{\"fullName\":\"zzmove  rep A\",\"teamId\":" + two + "}");
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(taken.getContentAsString()).contains("already names an active rep (" + ONE + ")");
        assertThat(person("Zzmove Rep A")).as("no second Zzmove Rep A").isPositive();

        long b = person("Zzmove Rep B");
        organization.setActive(dev.frontline.shared.Scope.system("test"), b, false, version(b));
        MockHttpServletResponse former = api(post("/api/v1/reps"), "admin",
                "{\"fullName\":\"Zzmove Rep B\",\"teamId\":" + two + "}");
        assertThat(former.getStatus()).isEqualTo(422);
        assertThat(former.getContentAsString()).contains("names a former rep (" + ONE + "): reactivate them instead");

        MockHttpServletResponse page = form(post("/reps").param("fullName", "").param("teamId", Long.toString(teamA)),
                "cara.losch");
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"add-errors\"",
                "Give the rep's full name");
        assertThat(jdbc.sql("select count(*) from person where display_name = 'Zzmove Someone'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void addingOutsideScopeIsNotFoundAndRepsMayNotAdd() throws Exception {
        assertThat(api(post("/api/v1/reps"), "director.central", "{\"fullName\":\"Zzmove X\",\"teamId\":" + one + "}")
                .getStatus()).isEqualTo(404);
        assertThat(api(post("/api/v1/reps"), "dustin.brinkmann", "{\"fullName\":\"Zzmove X\",\"teamId\":" + teamA + "}")
                .getStatus()).isEqualTo(404);
        assertThat(api(post("/api/v1/reps"), "cara.losch", "{\"fullName\":\"Zzmove X\",\"teamId\":" + one + "}")
                .getStatus()).as("another team's manager").isEqualTo(404);
        assertThat(api(post("/api/v1/reps"), "violet.mclelland", "{\"fullName\":\"Zzmove X\",\"teamId\":" + teamA + "}")
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from person where display_name = 'Zzmove X'").query(Long.class).single())
                .isZero();
    }

    @Test
    void movesARepOnlyOnceTheNamedMoveIsConfirmed() throws Exception {
        long a = person("Zzmove Rep A");
        int version = version(a);
        String choose = html("/reps/" + a + "/move", "director.east");
        assertThat(choose).contains("data-testid=\"choose-team\"", TWO).doesNotContain(CENTRAL);

        String confirm = html("/reps/" + a + "/move?teamId=" + two, "director.east");
        assertThat(confirm).contains("Zzmove Rep A: " + ONE + " → " + TWO,
                "27 Nov 2026", "past ones included", "name=\"version\" value=\"" + version + "\"");
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep A")).as("nothing is written before the confirmation")
                .isEqualTo(ONE);

        MockHttpServletResponse done = form(post("/reps/" + a + "/move").param("teamId", Long.toString(two))
                .param("version", Integer.toString(version)), "director.east");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/reps#rep-" + a);
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep A")).isEqualTo(TWO);
        assertThat(jdbc.sql("select team_id from onboarding where rep_id = :r and closed_at is null").param("r", a)
                .query(Long.class).single()).as("an onboarding checklist opens in the new team").isEqualTo(two);

        assertThat(form(post("/reps/" + a + "/move").param("teamId", Long.toString(one))
                .param("version", Integer.toString(version)), "director.east").getStatus())
                .as("confirmed at a version that is no longer current").isEqualTo(409);
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep A")).isEqualTo(TWO);
    }

    @Test
    void movesARepThroughTheApiWithinTheCallersScope() throws Exception {
        long a = person("Zzmove Rep A");
        int version = version(a);
        String move = "{\"version\":" + version + ",\"teamId\":" + two + "}";
        assertThat(api(patch("/api/v1/reps/" + a), "director.central", move).getStatus()).isEqualTo(404);
        assertThat(api(patch("/api/v1/reps/" + a), "director.east",
                "{\"version\":" + version + ",\"teamId\":" + central + "}").getStatus())
                .as("a team of another office").isEqualTo(404);
        assertThat(api(patch("/api/v1/reps/" + a), "director.east", "{\"teamId\":" + two + "}").getStatus())
                .isEqualTo(422);
        assertThat(api(patch("/api/v1/reps/" + a), "director.east",
                "{\"version\":" + version + ",\"teamId\":" + one + "}").getStatus()).as("the team they are in")
                .isEqualTo(422);
        assertThat(api(patch("/api/v1/reps/" + a), "director.east",
                "{\"version\":" + version + ",\"teamId\":" + two + ",\"active\":true}").getStatus()).isEqualTo(422);
        long violet = jdbc.sql("select id from person where username = 'violet.mclelland'").query(Long.class).single();
        assertThat(api(patch("/api/v1/reps/" + violet), "cara.losch",
                "{\"version\":" + version(violet) + ",\"teamId\":" + teamA + "}").getStatus())
                .as("a manager does not move reps").isEqualTo(403);
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep A")).isEqualTo(ONE);

        MockHttpServletResponse moved = api(patch("/api/v1/reps/" + a), "director.east", move);
        assertThat(moved.getStatus()).as(moved.getContentAsString()).isEqualTo(200);
        String body = moved.getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(body, "$.move.named")).isEqualTo("Zzmove Rep A: " + ONE + " → " + TWO);
        assertThat(JsonPath.<String>read(body, "$.move.text")).isEqualTo("moves Zzmove Rep A from " + ONE + " to " + TWO);
        assertThat(JsonPath.<String>read(body, "$.move.effective")).isEqualTo("2026-11-27");
        assertThat(JsonPath.<Integer>read(body, "$.version")).isEqualTo(version + 1);
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep A")).isEqualTo(TWO);
        assertThat(api(patch("/api/v1/reps/" + a), "admin", move).getStatus()).isEqualTo(409);

        long d = person("Zzmove Rep D");
        assertThat(api(patch("/api/v1/reps/" + d), "admin", "{\"version\":" + version(d) + ",\"teamId\":" + one + "}")
                .getStatus()).as("the admin moves across offices").isEqualTo(200);
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep D")).isEqualTo(ONE);
    }

    @Test
    void aMovedRepsDealsCountInTheNewTeamInEveryPeriod() throws Exception {
        long c = person("Zzmove Rep C");
        BigDecimal amount = new BigDecimal("1234.00");
        jdbc.sql("""
                insert into opportunity (external_id, owner_id, stage_id, product_id, account_id, amount,
                                         created_date, engage_date, close_date)
                select 'ZZMOVE-1', :o, (select min(id) from stage where outcome = 'WON'), (select min(id) from product),
                       (select min(id) from account), :amount, date '2026-10-01', date '2026-10-01', date '2026-10-15'
                """).param("o", c).param("amount", amount).update();
        events.publishEvent(dev.frontline.shared.DataChanged.everything());
        assertThat(wonRevenue(two)).isEqualByComparingTo(amount);
        assertThat(wonRevenue(one)).isEqualByComparingTo(BigDecimal.ZERO);

        assertThat(api(patch("/api/v1/reps/" + c), "admin", "{\"version\":" + version(c) + ",\"teamId\":" + one + "}")
                .getStatus()).isEqualTo(200);

        assertThat(wonRevenue(one)).as("a past month's won deal goes along with the rep").isEqualByComparingTo(amount);
        assertThat(wonRevenue(two)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(jdbc.sql("select owner_id from opportunity where external_id = 'ZZMOVE-1'").query(Long.class).single())
                .isEqualTo(c);
    }

    @Test
    void aFormerRepIsListedAsFormerInTheResultsOfAPeriodTheySoldIn() throws Exception {
        long c = person("Zzmove Rep C");
        BigDecimal amount = new BigDecimal("2345.00");
        jdbc.sql("""
                insert into opportunity (external_id, owner_id, stage_id, product_id, account_id, amount,
                                         created_date, engage_date, close_date)
                select 'ZZMOVE-2', :o, (select min(id) from stage where outcome = 'WON'), (select min(id) from product),
                       (select min(id) from account), :amount, date '2026-10-01', date '2026-10-01', date '2026-10-15'
                """).param("o", c).param("amount", amount).update();
        assertThat(api(patch("/api/v1/reps/" + c), "director.east", "{\"version\":" + version(c) + ",\"active\":false}")
                .getStatus()).isEqualTo(200);
        jdbc.sql("update person set left_at = timestamptz '2026-10-20 12:00:00Z' where id = :p").param("p", c).update();
        events.publishEvent(dev.frontline.shared.DataChanged.everything());

        String october = results(two, "2026-10");
        assertThat(JsonPath.<List<String>>read(october, "$.reps[*].rep.displayName")).containsExactly("Zzmove Rep C");
        assertThat(JsonPath.<List<Boolean>>read(october, "$.reps[*].former")).containsExactly(true);
        assertThat(new BigDecimal(JsonPath.read(october, "$.totals.wonRevenue").toString()))
                .as("the team won what the rep sold while in it").isEqualByComparingTo(amount);
        String page = mvc.perform(get("/teams/" + two + "/results?period=2026-10").accept(MediaType.TEXT_HTML)
                .with(httpBasic("director.east", "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Zzmove Rep C (former)");

        assertThat(JsonPath.<List<String>>read(results(two, "2026-11"), "$.reps[*].rep.displayName"))
                .as("a month that began after they left").isEmpty();
    }

    @Test
    void deactivatesAndReactivatesThroughThePageWithTheConsequencesNamed() throws Exception {
        long b = person("Zzmove Rep B");
        int version = version(b);
        String confirm = html("/reps/" + b + "/active?active=false", "director.east");
        assertThat(confirm).contains("Zzmove Rep B: active → former (left 27 Nov 2026)", "login is disabled",
                "Zzmove Rep B (former)", "name=\"version\" value=\"" + version + "\"");
        assertThat(organization.former(List.of(b))).as("nothing written before the confirmation").isEmpty();

        assertThat(form(post("/reps/" + b + "/active").param("active", "false")
                .param("version", Integer.toString(version)), "director.east").getStatus()).isEqualTo(302);
        assertThat(organization.former(List.of(b))).containsExactly(b);
        assertThat(jdbc.sql("select left_at from person where id = :p").param("p", b).query(java.sql.Timestamp.class)
                .single().toInstant()).as("left today, by the application's clock").isEqualTo(TestClock.NOW);
        String people = html("/reps", "director.east");
        assertThat(people).contains("Zzmove Rep B (former)", "left 27 Nov 2026", "/reps/" + b + "/active?active=true");

        assertThat(form(post("/reps/" + b + "/active").param("active", "true")
                .param("version", Integer.toString(version)), "admin").getStatus()).isEqualTo(409);
        assertThat(html("/reps/" + b + "/active?active=true", "admin")).contains("former → active",
                "login stays disabled");
        assertThat(form(post("/reps/" + b + "/active").param("active", "true")
                .param("version", Integer.toString(version + 1)), "admin").getStatus()).isEqualTo(302);
        assertThat(organization.former(List.of(b))).isEmpty();
        assertThat(jdbc.sql("select left_at from person where id = :p").param("p", b).query(java.sql.Timestamp.class)
                .optional()).isEmpty();
    }

    @Test
    void aManagerAddsAndDeactivatesTheirOwnTeamsRepsButMovesNone() throws Exception {
        assertThat(form(post("/reps").param("fullName", "Zzmove Cara Hire").param("teamId", Long.toString(teamA)),
                "cara.losch").getStatus()).isEqualTo(302);
        long hire = person("Zzmove Cara Hire");
        String people = html("/reps", "cara.losch");
        assertThat(people).contains("Zzmove Cara Hire", "/reps/" + hire + "/active?active=false")
                .doesNotContain("/move\"", "Zzmove Rep A", "Zzmove Rep D");
        assertThat(status(get("/reps/" + hire + "/move"), "cara.losch")).isEqualTo(403);
        assertThat(status(get("/reps/" + hire + "/active?active=false"), "dustin.brinkmann")).isEqualTo(404);
        assertThat(form(post("/reps/" + hire + "/active").param("active", "false")
                .param("version", Integer.toString(version(hire))), "dustin.brinkmann").getStatus()).isEqualTo(404);
        assertThat(form(post("/reps/" + hire + "/active").param("active", "false")
                .param("version", Integer.toString(version(hire))), "cara.losch").getStatus()).isEqualTo(302);
        assertThat(organization.former(List.of(hire))).containsExactly(hire);
    }

    @Test
    void thePageListsEachOfficesTeamsAndRepsInScope() throws Exception {
        String east = html("/reps", "director.east");
        assertThat(east).contains("East office", "Zzmove Rep A", "Zzmove Rep C", "/reps/" + person("Zzmove Rep A") + "/move")
                .doesNotContain("Zzmove Rep D", "Central office");
        String central = html("/reps", "director.central");
        assertThat(central).contains("Zzmove Rep D").doesNotContain("Zzmove Rep A");
        String all = html("/reps", "admin");
        assertThat(all).contains("East office", "Central office", "Zzmove Rep A", "Zzmove Rep D");
        assertThat(all.indexOf("Zzmove Rep A")).isLessThan(all.indexOf("Zzmove Rep B"));
        assertThat(status(get("/reps"), "violet.mclelland")).isEqualTo(403);
    }

    @Test
    void thePageCostsTheSameStatementsHoweverManyReps() throws Exception {
        Statements.Count before = Statements.during(() -> html("/reps", "admin"));
        organization.applyRoster(List.of(new RosterLine("Zzmove Rep E", "Zzmove Manager Four", "East"),
                new RosterLine("Zzmove Rep F", "Zzmove Manager Four", "East")));
        html("/reps", "admin");
        Statements.Count after = Statements.during(() -> html("/reps", "admin"));
        assertThat(after.total()).as(after.toString()).isEqualTo(before.total());
    }

    private BigDecimal wonRevenue(long teamId) throws Exception {
        return new BigDecimal(JsonPath.read(results(teamId, "2026-10"), "$.totals.wonRevenue").toString());
    }

    private String results(long teamId, String period) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/teams/" + teamId + "/results?period=" + period)
                .accept(MediaType.APPLICATION_JSON).with(httpBasic("admin", "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long team(String name) {
        return jdbc.sql("select id from team where name = :n").param("n", name).query(Long.class).single();
    }

    private long person(String name) {
        return jdbc.sql("select id from person where display_name = :n").param("n", name).query(Long.class).single();
    }

    private int version(long person) {
        return jdbc.sql("select version from person where id = :p").param("p", person).query(Integer.class).single();
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String user, String body)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body)
                .accept(MediaType.APPLICATION_JSON).with(httpBasic(user, "demo")).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse form(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML).with(httpBasic(user, "demo")).with(csrf()))
                .andReturn().getResponse();
    }

    private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
        return form(request, user).getStatus();
    }

    private String html(String uri, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).accept(MediaType.TEXT_HTML)
                .with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri + " for " + user).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
