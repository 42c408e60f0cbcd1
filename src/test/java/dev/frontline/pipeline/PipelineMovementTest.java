package dev.frontline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import dev.frontline.ApiClient.Part;
import dev.frontline.IntegrationTest;
import dev.frontline.Statements;
import dev.frontline.shared.DataChanged;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipeline movement of a small team imported in each test (and rolled back after it), for 2026-Q4 (1 October to 31
 * December; the tests' today is 27 November 2026), with history rows written by hand at midday UTC, so that no time
 * zone moves them across a day:
 *
 * <pre>
 * ZM1  open, 1000, closing 10 Dec; on 10 Nov its close date moved to 15 Jan 2027         pushed out
 * ZM2  open, 2000, closing 1 Feb 2027; on 12 Nov pulled in to 5 Dec                       pulled in
 * ZM3  open, 700, engaged 15 Nov, closing 20 Dec                                          new
 * ZM4  open, 2500 → 3000 on 5 Nov, closing 15 Dec                                         grew by 500
 * ZM5  won on 18 Nov (stage changed that day), 1500                                       won
 * ZM6  lost on 8 Nov, no amount: GTX Basic's list price                                   lost
 * ZM7  open, 400, closing 1 Dec, nothing changed                                          start and end
 * ZM8  won on 15 Oct, 900                                                                 before 1 Nov: nowhere
 * ZM9  open, closing 1 Mar 2027                                                           outside the quarter
 * ZM10 engaged 26 Nov, 100, closing 10 Dec                                                after 25 Nov: nowhere
 * ZM11 Won in the export on 15 Dec, after today, 5000                                     open: start and end
 * ZM12 1800, lost on 12 Nov (the CRM history sets its amount to 0 that day)               lost at 1800
 * </pre>
 */
@IntegrationTest
@Transactional
class PipelineMovementTest {

    private static final String TEAMS = "sales_agent,manager,regional_office\nZm Moverep,Zm Movemanager,Zm Moveoffice\n";
    private static final String DEALS = """
            opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
            ZM1,Zm Moverep,GTX Basic,Cancity,Engaging,2026-09-01,2027-01-15,1000
            ZM2,Zm Moverep,GTX Basic,Cancity,Engaging,2026-09-01,2026-12-05,2000
            ZM3,Zm Moverep,GTX Basic,Cancity,Engaging,2026-11-15,2026-12-20,700
            ZM4,Zm Moverep,GTX Basic,Cancity,Engaging,2026-09-15,2026-12-15,3000
            ZM5,Zm Moverep,GTX Basic,Cancity,Won,2026-09-10,2026-11-18,1500
            ZM6,Zm Moverep,GTX Basic,Cancity,Lost,2026-09-20,2026-11-08,0
            ZM7,Zm Moverep,GTX Basic,Cancity,Engaging,2026-08-01,2026-12-01,400
            ZM8,Zm Moverep,GTX Basic,Cancity,Won,2026-08-01,2026-10-15,900
            ZM9,Zm Moverep,GTX Basic,Cancity,Engaging,2026-09-01,2027-03-01,800
            ZM10,Zm Moverep,GTX Basic,Cancity,Engaging,2026-11-26,2026-12-10,100
            ZM11,Zm Moverep,GTX Basic,Cancity,Won,2026-10-05,2026-12-15,5000
            ZM12,Zm Moverep,GTX Basic,Cancity,Lost,2026-09-05,2026-11-12,0
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    long team;
    BigDecimal listPrice;

    @BeforeEach
    void importTheTeamAndWriteItsHistory() {
        Answer imported = admin().upload("/api/v1/imports", List.of(Part.csv("teams.csv", TEAMS),
                Part.csv("deals.csv", DEALS)), Map.of("confirm", "true"), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long rep = jdbc.sql("select id from person where display_name = 'Zm Moverep'").query(Long.class).single();
        team = jdbc.sql("select team_id from person where id = :id").param("id", rep).query(Long.class).single();
        listPrice = jdbc.sql("select sales_price from product where name = 'GTX Basic'").query(BigDecimal.class)
                .single();
        history("ZM1", "2026-11-10", "close_date", "2026-12-10", "2027-01-15");
        history("ZM2", "2026-11-12", "close_date", "2027-02-01", "2026-12-05");
        history("ZM4", "2026-11-05", "amount", "2500.00", "3000.00");
        history("ZM5", "2026-11-18", "stage", "Engaging", "Won");
        history("ZM12", "2026-11-12", "stage", "Engaging", "Lost");
        history("ZM12", "2026-11-12", "amount", "1800.00", "0.00");
        events.publishEvent(DataChanged.everything());
    }

    private void history(String deal, String day, String field, @org.jspecify.annotations.Nullable String oldValue,
                         @org.jspecify.annotations.Nullable String newValue) {
        jdbc.sql("""
                insert into opportunity_history (opportunity_id, changed_at, field, old_value, new_value, source)
                select id, cast(:at as timestamptz), :field, :old, :new, 'crm' from opportunity where external_id = :deal
                """).param("at", day + " 12:00:00+00").param("field", field).param("old", oldValue)
                .param("new", newValue).param("deal", deal).update();
    }

    @Test
    void eachDealLandsInItsBucketAndTheBucketsAddUp() {
        String json = ok("/api/v1/teams/" + team + "/pipeline-movement?period=2026-Q4&from=2026-11-01&to=2026-11-25");

        assertThat(JsonPath.<String>read(json, "$.from")).isEqualTo("2026-11-01");
        assertThat(JsonPath.<String>read(json, "$.to")).isEqualTo("2026-11-25");
        assertThat(JsonPath.<String>read(json, "$.periodStart")).isEqualTo("2026-10-01");
        assertThat(JsonPath.<Integer>read(json, "$.changesRecorded")).isEqualTo(6);
        BigDecimal lost = listPrice;
        expect(json, "start", new BigDecimal("1000").add(new BigDecimal("2500")).add(new BigDecimal("1500")).add(lost)
                .add(new BigDecimal("400")).add(new BigDecimal("5000")).add(new BigDecimal("1800")),
                "ZM1", "ZM4", "ZM5", "ZM6", "ZM7", "ZM11", "ZM12");
        expect(json, "new", new BigDecimal("700"), "ZM3");
        expect(json, "pulledIn", new BigDecimal("2000"), "ZM2");
        expect(json, "pushedOut", new BigDecimal("1000"), "ZM1");
        expect(json, "grew", new BigDecimal("500"), "ZM4");
        expect(json, "shrank", BigDecimal.ZERO);
        expect(json, "won", new BigDecimal("1500"), "ZM5");
        expect(json, "lost", lost.add(new BigDecimal("1800")), "ZM6", "ZM12");
        expect(json, "end", new BigDecimal("2000").add(new BigDecimal("700")).add(new BigDecimal("3000"))
                .add(new BigDecimal("400")).add(new BigDecimal("5000")), "ZM2", "ZM3", "ZM4", "ZM7", "ZM11");
        assertAddsUp(json);
    }

    @Test
    void theDaysDefaultToThePeriodsStartAndToday() {
        String json = ok("/api/v1/teams/" + team + "/pipeline-movement?period=2026-Q4");

        assertThat(JsonPath.<String>read(json, "$.from")).isEqualTo("2026-10-01");
        assertThat(JsonPath.<String>read(json, "$.to")).isEqualTo("2026-11-27");
        // from 1 October: ZM8 was open then and was won on 15 October; ZM10 (engaged on 26 November) and ZM11
        // (5 October) are new
        assertThat(externalIds(json, "won")).containsExactlyInAnyOrder("ZM5", "ZM8");
        assertThat(externalIds(json, "new")).containsExactlyInAnyOrder("ZM3", "ZM10", "ZM11");
        assertThat(externalIds(json, "start")).containsExactlyInAnyOrder("ZM1", "ZM4", "ZM5", "ZM6", "ZM7", "ZM8",
                "ZM12");
        assertAddsUp(json);

        String ended = ok("/api/v1/teams/" + team + "/pipeline-movement?period=2026-Q3");
        assertThat(JsonPath.<String>read(ended, "$.from")).isEqualTo("2026-07-01");
        assertThat(JsonPath.<String>read(ended, "$.to")).as("an ended period: to its end").isEqualTo("2026-09-30");
    }

    @Test
    void anEditInFrontlineTodayMovesTheDeal() {
        String uri = "/api/v1/teams/" + team + "/pipeline-movement?period=2026-Q4";
        assertThat(externalIds(ok(uri), "end")).contains("ZM7");
        long id = jdbc.sql("select id from opportunity where external_id = 'ZM7'").query(Long.class).single();
        int version = jdbc.sql("select version from opportunity where id = :id").param("id", id)
                .query(Integer.class).single();

        Answer edited = admin().patch("/api/v1/opportunities/" + id,
                "{\"version\": %d, \"closeDate\": \"2027-01-20\", \"amount\": 650}".formatted(version));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        String json = ok(uri);
        assertThat(externalIds(json, "pushedOut")).contains("ZM7");
        assertThat(externalIds(json, "end")).doesNotContain("ZM7");
        assertThat(JsonPath.<List<Object>>read(json, "$.buckets.pushedOut.deals[?(@.externalId == 'ZM7')].amount"))
                .as("pushed out at what it counted for at the start").singleElement()
                .satisfies(a -> assertThat(new BigDecimal(a.toString())).isEqualByComparingTo("400"));
        String yesterday = ok(uri + "&to=2026-11-26");
        assertThat(externalIds(yesterday, "end")).as("as of yesterday the edit had not happened").contains("ZM7");
        assertAddsUp(json);
    }

    @Test
    void wrongDaysAre422NamingTheParameterAndMalformedOnes400() {
        String base = "/api/v1/teams/" + team + "/pipeline-movement?period=2026-Q4";
        assertProblem(base + "&from=2026-11-20&to=2026-11-10", 422, "from");
        assertProblem(base + "&to=2026-11-30", 422, "to");
        assertProblem(base + "&from=2026-06-01", 422, "from");
        assertProblem(base + "&from=2026-07-05", 200, null);
        assertProblem(base + "&from=2026-11-31", 400, "from");
        assertProblem(base + "&to=yesterday", 400, "to");
        assertProblem("/api/v1/teams/" + team + "/pipeline-movement?period=2026-Q9", 422, "period");
    }

    @Test
    void repsAndManagersOfOtherTeamsGet404() {
        String uri = "/api/v1/teams/" + team + "/pipeline-movement";
        assertThat(ApiClient.mock(mvc).demo("cara.losch").get(uri).status()).isEqualTo(404);
        assertThat(ApiClient.mock(mvc).demo("violet.mclelland").get(uri).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/teams/987654321/pipeline-movement").status()).isEqualTo(404);
    }

    @Test
    void oneStatementReadsTheMovementHoweverManyDeals() throws Exception {
        long big = jdbc.sql("""
                select p.team_id from person p join opportunity o on o.owner_id = p.id
                 where p.team_id is not null group by p.team_id order by count(*) desc limit 1
                """).query(Long.class).single();
        ok("/api/v1/teams/" + team + "/pipeline-movement");
        ok("/api/v1/teams/" + big + "/pipeline-movement");
        Statements.Count small = Statements.during(() -> ok("/api/v1/teams/" + team + "/pipeline-movement"));
        Statements.Count large = Statements.during(() -> ok("/api/v1/teams/" + big + "/pipeline-movement"));

        assertThat(large.total()).as(large.toString()).isEqualTo(small.total());
        assertThat(large.sql().stream().filter(s -> s.contains("in_window")).count())
                .as("the movement is one statement").isEqualTo(1);

        ok("/teams/" + team + "/forecast");
        Statements.Count before = Statements.during(() -> ok("/teams/" + team + "/forecast"));
        StringBuilder more = new StringBuilder(DEALS.lines().findFirst().orElseThrow()).append('\n');
        for (int i = 1; i <= 40; i++) {
            more.append("ZMX").append(i).append(",Zm Moverep,GTX Basic,Cancity,Engaging,2026-09-01,2026-12-0")
                    .append(1 + i % 9).append(',').append(100 * i).append('\n');
        }
        Answer imported = admin().upload("/api/v1/imports", List.of(Part.csv("deals.csv", more.toString())),
                Map.of("confirm", "true"), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        for (int i = 1; i <= 40; i++) {
            history("ZMX" + i, "2026-11-0" + (1 + i % 9), "amount", "50.00", 100 * i + ".00");
        }
        events.publishEvent(DataChanged.everything());
        ok("/teams/" + team + "/forecast");
        Statements.Count after = Statements.during(() -> ok("/teams/" + team + "/forecast"));
        assertThat(after.total()).as(before + "\n\n" + after).isEqualTo(before.total());
        assertThat(after.sql().stream().filter(s -> s.contains("array_agg(h.new_value")).count())
                .as("the movement's one statement").isEqualTo(1);
    }

    /**
     * Whatever the history says — changes of stage, amount and close date at random times, in random order, values
     * out of the period, stages that open a closed deal again — the buckets add up, for windows of every length.
     */
    @Test
    void theBucketsAddUpWhateverTheHistorySays() {
        java.util.Random random = new java.util.Random(20261127);
        String[] stages = {"Prospecting", "Engaging", "Won", "Lost"};
        for (int i = 0; i < 60; i++) {
            String deal = "ZM" + (1 + random.nextInt(12));
            String day = java.time.LocalDate.of(2026, 9, 1).plusDays(random.nextInt(88)).toString();
            switch (random.nextInt(3)) {
                case 0 -> history(deal, day, "stage", stages[random.nextInt(4)], stages[random.nextInt(4)]);
                case 1 -> history(deal, day, "amount", random.nextInt(5) == 0 ? null : random.nextInt(5000) + ".00",
                        random.nextInt(5000) + ".50");
                default -> history(deal, day, "close_date",
                        java.time.LocalDate.of(2026, 8, 1).plusDays(random.nextInt(240)).toString(),
                        random.nextInt(6) == 0 ? null
                                : java.time.LocalDate.of(2026, 8, 1).plusDays(random.nextInt(240)).toString());
            }
        }
        events.publishEvent(DataChanged.everything());
        int moved = 0;
        for (String window : List.of("", "&from=2026-10-01&to=2026-10-01", "&from=2026-09-15&to=2026-11-27",
                "&from=2026-11-03&to=2026-11-21", "&from=2026-07-01&to=2026-10-31")) {
            String json = ok("/api/v1/teams/" + team + "/pipeline-movement?period=2026-Q4" + window);
            assertAddsUp(json);
            moved += JsonPath.<Integer>read(json, "$.buckets.pushedOut.count")
                    + JsonPath.<Integer>read(json, "$.buckets.pulledIn.count");
        }
        assertThat(moved).as("the random history moves deals in and out").isPositive();
    }

    @Test
    void theForecastPageDrawsTheWaterfallAndSaysWhenNothingMoved() {
        String page = ok("/teams/" + team + "/forecast?period=2026-Q4");
        assertThat(page).contains("Pipeline movement since")
                .contains("data-chart=\"movement-chart\"").contains("id=\"movement-chart\"")
                .contains("data-testid=\"movement-table\"").contains("data-bucket=\"pushedOut\"")
                .doesNotContain("data-testid=\"movement-empty\"");

        String future = ok("/teams/" + team + "/forecast?period=2027-Q2");
        assertThat(future).contains("data-testid=\"movement-empty\"")
                .contains("No recorded changes yet: movement shows once re-imports, edits or a CRM history record them")
                .doesNotContain("data-chart=\"movement-chart\"");
    }

    private void expect(String json, String bucket, BigDecimal amount, String... deals) {
        assertThat(number(json, "$.buckets." + bucket + ".amount")).as(bucket).isEqualByComparingTo(amount);
        assertThat(JsonPath.<Integer>read(json, "$.buckets." + bucket + ".count")).as(bucket).isEqualTo(deals.length);
        assertThat(externalIds(json, bucket)).as(bucket).containsExactlyInAnyOrder(deals);
    }

    private static List<String> externalIds(String json, String bucket) {
        return JsonPath.read(json, "$.buckets." + bucket + ".deals[*].externalId");
    }

    /** start + new + pulled in − pushed out + grew − shrank − won − lost = end, in money and in deals. */
    private static void assertAddsUp(String json) {
        BigDecimal money = BigDecimal.ZERO;
        int deals = 0;
        for (String b : List.of("start", "new", "pulledIn")) {
            money = money.add(number(json, "$.buckets." + b + ".amount"));
            deals += JsonPath.<Integer>read(json, "$.buckets." + b + ".count");
        }
        for (String b : List.of("pushedOut", "won", "lost")) {
            money = money.subtract(number(json, "$.buckets." + b + ".amount"));
            deals -= JsonPath.<Integer>read(json, "$.buckets." + b + ".count");
        }
        money = money.add(number(json, "$.buckets.grew.amount")).subtract(number(json, "$.buckets.shrank.amount"));
        assertThat(money).isEqualByComparingTo(number(json, "$.buckets.end.amount"));
        assertThat(deals).isEqualTo(JsonPath.<Integer>read(json, "$.buckets.end.count"));
    }

    private void assertProblem(String uri, int status, String field) {
        Answer answer = admin().get(uri);
        assertThat(answer.status()).as(uri + ": " + answer.body()).isEqualTo(status);
        if (field != null) {
            assertThat(answer.body()).as(uri).contains(field);
        }
    }

    private String ok(String uri) {
        Answer answer = admin().get(uri);
        assertThat(answer.status()).as(uri + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private ApiClient admin() {
        return ApiClient.mock(mvc).demo("admin");
    }

    private static BigDecimal number(String json, String path) {
        return new BigDecimal(JsonPath.<Object>read(json, path).toString());
    }
}
