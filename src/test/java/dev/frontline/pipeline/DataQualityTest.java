package dev.frontline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.ApiClient.Part;
import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.shared.DataChanged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-quality page and API: a small team imported in the test and spoiled by SQL with one problem of each kind
 * (rolled back after each test), the scope rules, ignoring and counting again, and the shipped dataset's counts
 * against plain SQL written here. The tests' today is 27 November 2026.
 */
@IntegrationTest
@Transactional
class DataQualityTest {

    private static final String TEAMS = "sales_agent,manager,regional_office\n"
            + "Zq Onerep,Zq Manager,Zq Office\nZq Tworep,Zq Manager,Zq Office\n";
    private static final String DEALS = """
            opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
            ZQ1,Zq Onerep,GTX Basic,Cancity,Won,2026-10-01,2026-11-10,1000
            ZQ2,Zq Onerep,GTX Basic,Cancity,Engaging,2026-10-01,,
            ZQ3,Zq Onerep,GTX Basic,Cancity,Won,2026-08-01,2026-09-01,1000
            ZQ4,Zq Tworep,GTX Basic,Cancity,Lost,2026-10-01,2026-11-02,0
            ZQ5,Zq Tworep,GTX Basic,Cancity,Won,2026-10-01,2026-11-03,900
            ZQ6,Zq Tworep,GTX Basic,Cancity,Won,2026-10-01,2026-11-04,900
            ZQ7,Zq Tworep,GTX Basic,Cancity,Won,2026-10-01,2026-11-05,900
            ZQ8,Zq Tworep,GTX Basic,Cancity,Won,2026-10-01,2026-11-06,900
            ZQ9,Zq Tworep,GTX Basic,Cancity,Won,2026-10-01,2026-11-07,900
            """;

    /** Each check's count over the owners whose ids the subquery {@code %s} selects, as plain SQL. */
    private static final Map<String, String> BY_SQL = new LinkedHashMap<>();

    static {
        String ignored = " and not exists (select 1 from data_quality_ignore i where i.opportunity_id = o.id"
                + " and i.check_key = '%s')";
        String base = "select count(*) from opportunity o join stage s on s.id = o.stage_id where o.owner_id in (%s) and ";
        BY_SQL.put("won-without-amount", base + "s.outcome = 'WON' and o.amount is null"
                + ignored.formatted("WON_WITHOUT_AMOUNT"));
        BY_SQL.put("close-date-passed", base + "s.outcome = 'OPEN' and o.close_date < date '2026-11-27'"
                + ignored.formatted("CLOSE_DATE_PASSED"));
        BY_SQL.put("closed-before-created", base + "o.close_date < coalesce(o.created_date, o.engage_date)"
                + ignored.formatted("CLOSED_BEFORE_CREATED"));
        BY_SQL.put("no-account", base + "o.account_id is null" + ignored.formatted("NO_ACCOUNT"));
        BY_SQL.put("no-product", base + "o.product_id is null" + ignored.formatted("NO_PRODUCT"));
        BY_SQL.put("duplicate", """
                select count(*) from (select lower(o.name), o.account_id from opportunity o
                  where o.owner_id in (%s) and o.name is not null and o.account_id is not null
                    and not exists (select 1 from data_quality_ignore i where i.opportunity_id = o.id
                                     and i.check_key = 'DUPLICATE')
                  group by lower(o.name), o.account_id having count(*) > 1) g
                """);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void findsEachKindOfProblemOnce() {
        long team = spoiledTeam();

        Map<String, Integer> counts = counts(admin().get("/api/v1/data-quality?teamId=" + team));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("won-without-amount", 1, "close-date-passed", 1,
                "closed-before-created", 1, "no-account", 1, "no-product", 1, "duplicate", 1));
        Answer answer = admin().get("/api/v1/data-quality?teamId=" + team);
        assertThat(ids(answer, "won-without-amount")).containsExactly("ZQ1");
        assertThat(ids(answer, "close-date-passed")).containsExactly("ZQ2");
        assertThat(ids(answer, "closed-before-created")).containsExactly("ZQ3");
        assertThat(ids(answer, "no-account")).containsExactly("ZQ4");
        assertThat(ids(answer, "no-product")).containsExactly("ZQ5");
        assertThat(ids(answer, "duplicate")).as("ZQ8 has the name at another account").containsExactly("ZQ6", "ZQ7");
        assertThat(counts).isEqualTo(bySql("select id from person where team_id = " + team));
    }

    @Test
    void ignoringTakesAFindingOutOfTheCountAndUnignoringPutsItBack() {
        long team = spoiledTeam();
        long zq6 = deal("ZQ6");
        long zq1 = deal("ZQ1");

        assertThat(admin().put("/api/v1/data-quality/ignored/duplicate/" + zq6, null).status()).isEqualTo(204);
        assertThat(admin().put("/api/v1/data-quality/ignored/won-without-amount/" + zq1, null).status()).isEqualTo(204);
        Answer after = admin().get("/api/v1/data-quality?teamId=" + team);

        assertThat(counts(after)).containsEntry("duplicate", 0).containsEntry("won-without-amount", 0)
                .containsEntry("no-account", 1);
        assertThat(JsonPath.<List<String>>read(after.body(), "$[?(@.check=='duplicate')].ignored[*].externalId"))
                .containsExactly("ZQ6");
        assertThat(JsonPath.<List<String>>read(after.body(), "$[?(@.check=='duplicate')].ignored[*].ignoredBy"))
                .containsExactly("admin");
        assertThat(JsonPath.<List<Integer>>read(after.body(), "$[?(@.check=='duplicate')].ignoredCount"))
                .containsExactly(1);
        assertThat(counts(after)).isEqualTo(bySql("select id from person where team_id = " + team));

        assertThat(admin().delete("/api/v1/data-quality/ignored/duplicate/" + zq6).status()).isEqualTo(204);
        assertThat(counts(admin().get("/api/v1/data-quality?teamId=" + team))).containsEntry("duplicate", 1)
                .containsEntry("won-without-amount", 0);
    }

    @Test
    void thePageIgnoresWithTheFormsCsrfTokenOnly() {
        long team = spoiledTeam();
        long zq4 = deal("ZQ4");
        ApiClient browser = ApiClient.mock(mvc).signIn("admin", ApiClient.DEMO_PASSWORD);
        Map<String, String> form = Map.of("opportunityId", String.valueOf(zq4), "check", "no-account",
                "teamId", String.valueOf(team));

        assertThat(browser.postForm("/data-quality/ignored", form).status()).isEqualTo(403);
        assertThat(counts(admin().get("/api/v1/data-quality?teamId=" + team))).containsEntry("no-account", 1);
        assertThat(browser.submit("/data-quality/ignored", form).status()).isEqualTo(302);
        assertThat(counts(admin().get("/api/v1/data-quality?teamId=" + team))).containsEntry("no-account", 0);

        String page = admin().get("/data-quality?teamId=" + team).body();
        assertThat(page).contains("data-testid=\"ignored-no-account\"").contains("Un-ignore")
                .contains("href=\"/opportunities/" + deal("ZQ1") + "\"");
        assertThat(browser.submit("/data-quality/ignored/delete", form).status()).isEqualTo(302);
        assertThat(counts(admin().get("/api/v1/data-quality?teamId=" + team))).containsEntry("no-account", 1);
    }

    @Test
    void aManagerSeesTheirOwnTeamsOnlyAndARepNothing() {
        ApiClient cara = ApiClient.mock(mvc).demo("cara.losch");
        long teamA = jdbc.sql("select t.id from team t join person p on p.id = t.manager_id where p.username = 'cara.losch'")
                .query(Long.class).list().get(0);
        long teamB = jdbc.sql("select t.id from team t join person p on p.id = t.manager_id where p.username = 'dustin.brinkmann'")
                .query(Long.class).single();

        Answer own = cara.get("/api/v1/data-quality");
        assertThat(own.status()).isEqualTo(200);
        assertThat(counts(own)).isEqualTo(bySql("""
                select p.id from person p join team t on t.id = p.team_id join person m on m.id = t.manager_id
                 where m.username = 'cara.losch'"""));
        List<Number> owners = JsonPath.read(own.body(), "$[*].deals[*].ownerId");
        List<Long> teamMembers = jdbc.sql("select p.id from person p join team t on t.id = p.team_id join person m"
                + " on m.id = t.manager_id where m.username = 'cara.losch'").query(Long.class).list();
        assertThat(owners).isNotEmpty().allSatisfy(o -> assertThat(teamMembers).contains(o.longValue()));
        assertThat(cara.get("/api/v1/data-quality?teamId=" + teamA).status()).isEqualTo(200);
        assertThat(cara.get("/api/v1/data-quality?teamId=" + teamB).status()).isEqualTo(404);
        assertThat(cara.get("/data-quality?teamId=" + teamB).status()).isEqualTo(404);
        assertThat(ApiClient.mock(mvc).demo("violet.mclelland").get("/api/v1/data-quality").status()).isEqualTo(404);
        assertThat(ApiClient.mock(mvc).demo("violet.mclelland").get("/data-quality").status()).isEqualTo(404);
    }

    @Test
    void theShippedDatasetsCountsAreThoseOfPlainSql() {
        Answer all = admin().get("/api/v1/data-quality");

        assertThat(counts(all)).isEqualTo(bySql("select id from person"));
        System.out.println("Shipped dataset, data quality: " + counts(all));
    }

    @Test
    void thePageCostsTheSameFewStatementsWhateverTheOrganisation() throws Exception {
        ApiClient admin = admin();
        Statements.Count whole = Statements.during(() -> admin.get("/data-quality"));
        Statements.Count api = Statements.during(() -> admin.get("/api/v1/data-quality"));

        assertThat(whole.sql().stream().filter(s -> s.contains("data_quality_ignore")).count()).as(whole.toString())
                .isEqualTo(2);
        assertThat(api.sql().stream().filter(s -> s.contains("data_quality_ignore")).count()).as(api.toString())
                .isEqualTo(2);
        assertThat(whole.sql().stream().filter(s -> s.contains("from opportunity") || s.contains("from person")
                || s.contains("from team")).count()).as(whole.toString()).isLessThanOrEqualTo(6);
        System.out.println("Data-quality page: " + whole.total() + " statements; API: " + api.total());
    }

    private long spoiledTeam() {
        Answer imported = admin().upload("/api/v1/imports", List.of(Part.csv("teams.csv", TEAMS),
                Part.csv("deals.csv", DEALS)), Map.of("confirm", "true"), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        jdbc.sql("update opportunity set amount = null where external_id = 'ZQ1'").update();
        jdbc.sql("update opportunity set close_date = date '2026-11-01' where external_id = 'ZQ2'").update();
        jdbc.sql("update opportunity set created_date = date '2026-10-01' where external_id = 'ZQ3'").update();
        jdbc.sql("update opportunity set account_id = null where external_id = 'ZQ4'").update();
        jdbc.sql("update opportunity set product_id = null where external_id = 'ZQ5'").update();
        jdbc.sql("update opportunity set name = 'Big Deal' where external_id in ('ZQ6', 'ZQ8')").update();
        jdbc.sql("update opportunity set name = 'big deal' where external_id = 'ZQ7'").update();
        jdbc.sql("""
                update opportunity set account_id = (select id from account where lower(name) <> 'cancity'
                                                      order by id limit 1)
                 where external_id = 'ZQ8'""").update();
        events.publishEvent(DataChanged.everything());
        return jdbc.sql("select team_id from person where display_name = 'Zq Onerep'").query(Long.class).single();
    }

    private Map<String, Integer> bySql(String owners) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        BY_SQL.forEach((check, sql) -> counts.put(check,
                jdbc.sql(sql.formatted(owners)).query(Integer.class).single()));
        return counts;
    }

    private static Map<String, Integer> counts(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map<String, Object>> checks = JsonPath.read(answer.body(), "$[*]");
        checks.forEach(c -> counts.put((String) c.get("check"), ((Number) c.get("count")).intValue()));
        return counts;
    }

    private static List<String> ids(Answer answer, String check) {
        return JsonPath.read(answer.body(), "$[?(@.check=='" + check + "')].deals[*].externalId");
    }

    private long deal(String externalId) {
        return jdbc.sql("select id from opportunity where external_id = :id").param("id", externalId)
                .query(Long.class).single();
    }

    private ApiClient admin() {
        return ApiClient.mock(mvc).demo("admin");
    }
}
