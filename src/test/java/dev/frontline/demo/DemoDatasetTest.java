package dev.frontline.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo load holds the shipped dataset as it stands on the tests' today: every figure is asserted against the
 * number the dataset is known for and as counted straight from the CSV files (see {@link Dataset#demoPipeline}).
 */
@IntegrationTest
class DemoDatasetTest {

    private static final List<String[]> TEAMS = Dataset.rows("sales_teams.csv");
    private static final List<String[]> DEALS = Dataset.rows("sales_pipeline.csv");
    private static final List<String[]> DEMO = Dataset.demoPipeline();
    private static final int AGENT = 0;
    private static final int MANAGER = 1;
    private static final int DEAL_AGENT = 1;
    private static final int STAGE = 4;
    private static final int CLOSE_DATE = 6;
    private static final int CLOSE_VALUE = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsOneTeamPerManagerOfTheTeamFile() throws Exception {
        Set<String> managers = TEAMS.stream().map(r -> r[MANAGER]).collect(toSet());

        List<String> loaded = JsonPath.read(adminGet("/api/v1/teams"), "$[*].manager");

        assertThat(managers).hasSize(6);
        assertThat(loaded).hasSize(6).containsExactlyInAnyOrderElementsOf(managers);
    }

    @Test
    void placesEveryRepOfTheTeamFileInTheirManagersTeam() throws Exception {
        Map<String, Set<String>> repsByManager = TEAMS.stream()
                .collect(groupingBy(r -> r[MANAGER], mapping(r -> r[AGENT], toSet())));
        String teams = adminGet("/api/v1/teams");
        List<Integer> ids = JsonPath.read(teams, "$[*].id");
        List<Integer> memberCounts = JsonPath.read(teams, "$[*].memberCount");

        int members = 0;
        for (Integer id : ids) {
            String manager = JsonPath.<List<String>>read(teams, "$[?(@.id == " + id + ")].manager").get(0);
            List<String> names = JsonPath.read(adminGet("/api/v1/teams/" + id + "/members"), "$[*].displayName");
            assertThat(names).as("reps of %s", manager).containsExactlyInAnyOrderElementsOf(repsByManager.get(manager));
            members += names.size();
        }

        assertThat(TEAMS).hasSize(35);
        assertThat(members).isEqualTo(TEAMS.size());
        assertThat(memberCounts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(TEAMS.size());
    }

    @Test
    void loadsEveryAccountAndProduct() {
        int accounts = Dataset.rows("accounts.csv").size();
        int products = Dataset.rows("products.csv").size();

        assertThat(accounts).isEqualTo(85);
        assertThat(products).isEqualTo(7);
        assertThat(count("account")).isEqualTo(accounts);
        assertThat(count("product")).isEqualTo(products);
    }

    @Test
    void loadsEveryOpportunity() throws Exception {
        assertThat(DEALS).hasSize(8_800);
        assertThat(totalElements("/api/v1/opportunities?size=1")).isEqualTo(DEALS.size());
        assertThat(count("opportunity")).isEqualTo(DEALS.size());
    }

    @ParameterizedTest(name = "{0}: {1} deals in the file")
    @CsvSource({
            "Won, 4238, status=won",
            "Lost, 2473, status=lost",
            "Engaging, 1589, stage=Engaging",
            "Prospecting, 500, stage=Prospecting"
    })
    void loadsEachStageWithTheDealsTheFileHasAsOfToday(String stage, long known, String query) throws Exception {
        long inFile = DEALS.stream().filter(r -> r[STAGE].equals(stage)).count();
        long asOfToday = DEMO.stream().filter(r -> r[STAGE].equals(stage)).count();

        assertThat(inFile).isEqualTo(known);
        assertThat(totalElements("/api/v1/opportunities?size=1&" + query)).isEqualTo(asOfToday);
    }

    @Test
    void nothingClosesAfterTodayAndWhatTheFileClosesLaterIsOpenPipeline() {
        LocalDate today = LocalDate.ofInstant(TestClock.NOW, java.time.ZoneOffset.UTC);
        long closedLater = DEMO.stream().filter(r -> r[STAGE].equals("Engaging") && !r[CLOSE_DATE].isEmpty()
                && LocalDate.parse(r[CLOSE_DATE]).isAfter(today)).count();

        long closedAfterToday = jdbc.sql("""
                        select count(*) from opportunity o join stage s on s.id = o.stage_id
                         where s.outcome <> 'OPEN' and o.close_date > :today
                        """).param("today", today).query(Long.class).single();
        long openExpectedLater = jdbc.sql("""
                        select count(*) from opportunity o join stage s on s.id = o.stage_id
                         where s.name = 'Engaging' and o.close_date > :today
                        """).param("today", today).query(Long.class).single();

        assertThat(closedLater).as("deals the file closes after the tests' today").isPositive();
        assertThat(closedAfterToday).isZero();
        assertThat(openExpectedLater).isEqualTo(closedLater);
    }

    @Test
    void everyDealBelongsToTheRepTheFileNames() {
        Map<String, Long> perRep = DEALS.stream().collect(groupingBy(r -> r[DEAL_AGENT], counting()));
        Map<String, Long> loaded = jdbc.sql("""
                        select p.display_name, count(*) as deals
                          from opportunity o join person p on p.id = o.owner_id
                         group by p.display_name
                        """)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(loaded).isEqualTo(perRep);
    }

    @Test
    void wonRevenueIsTheSumOfTheWonCloseValues() {
        BigDecimal inFile = DEALS.stream().filter(r -> r[STAGE].equals("Won"))
                .map(r -> new BigDecimal(r[CLOSE_VALUE])).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal asOfToday = DEMO.stream().filter(r -> r[STAGE].equals("Won"))
                .map(r -> new BigDecimal(r[CLOSE_VALUE])).reduce(BigDecimal.ZERO, BigDecimal::add);

        BigDecimal loaded = jdbc.sql("""
                        select sum(o.amount) from opportunity o join stage s on s.id = o.stage_id
                         where s.name = 'Won'
                        """)
                .query(BigDecimal.class).single();

        assertThat(inFile).isEqualByComparingTo("10005534");
        assertThat(loaded).isEqualByComparingTo(asOfToday);
    }

    @Test
    void shiftsTheLatestExpectedCloseDateByTheDemoMonths() {
        LocalDate latestInFile = DEALS.stream().filter(r -> !r[CLOSE_DATE].isEmpty())
                .map(r -> LocalDate.parse(r[CLOSE_DATE])).max(LocalDate::compareTo).orElseThrow();

        LocalDate latest = jdbc.sql("select max(close_date) from opportunity").query(LocalDate.class).single();

        assertThat(latestInFile).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(latest).isEqualTo(latestInFile.plusMonths(TestClock.DEMO_SHIFT_MONTHS));
    }

    private String adminGet(String uri) throws Exception {
        return mvc.perform(get(uri).with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long totalElements(String uri) throws Exception {
        return JsonPath.<Number>read(adminGet(uri), "$.page.totalElements").longValue();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
