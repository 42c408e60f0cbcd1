package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Quotas and goals through the API: scope, roles, concurrency, the grid and the suggestions' arithmetic. */
@IntegrationTest
class QuotasApiTest {

    // Far from the demo's quarters, so nothing else in the suite depends on these quotas.
    static final String PERIOD = "2031-Q2";

    @Autowired
    MockMvc mvc;

    @Test
    void managerSetsQuotasForOwnRepsAndTeamAndReadsThemInTheGrid() throws Exception {
        putQuotas("cara.losch", "[{\"rep\":\"wilburn.farren\",\"period\":\"" + PERIOD + "\",\"amount\":120000},"
                + "{\"team\":" + teamOf("cara.losch") + ",\"period\":\"2031\",\"amount\":900000}]", 200);
        String grid = mvc.perform(get("/api/v1/teams/" + teamOf("cara.losch") + "/quotas").param("year", "2031")
                        .with(httpBasic("cara.losch", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Object> cell = JsonPath.read(grid, "$.reps[?(@.rep.username == 'wilburn.farren')].cells[1].amount");
        assertThat(new BigDecimal(cell.get(0).toString())).isEqualByComparingTo("120000");
        assertThat(new BigDecimal(JsonPath.<Object>read(grid, "$.teamRow.cells[4].amount").toString()))
                .isEqualByComparingTo("900000");
        assertThat(JsonPath.<String>read(grid, "$.teamRow.cells[4].period")).isEqualTo("2031");
    }

    @Test
    void aMonthTakesItsShareOfTheQuarterQuota() throws Exception {
        putQuotas("cara.losch", "[{\"rep\":\"violet.mclelland\",\"period\":\"2031-Q3\",\"amount\":90000}]", 200);
        String results = mvc.perform(get("/api/v1/teams/" + teamOf("cara.losch") + "/results")
                        .param("period", "2031-08").with(httpBasic("cara.losch", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Object> quota = JsonPath.read(results, "$.reps[?(@.rep.username == 'violet.mclelland')].figures.quota");
        assertThat(new BigDecimal(quota.get(0).toString())).isEqualByComparingTo("30000");
    }

    @Test
    void staleVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        putQuotas("cara.losch", "[{\"rep\":\"garret.kinder\",\"period\":\"2031-Q4\",\"amount\":50000}]", 200);
        putQuotas("cara.losch", "[{\"rep\":\"garret.kinder\",\"period\":\"2031-Q4\",\"amount\":60000,\"version\":1}]", 200);
        putQuotas("cara.losch", "[{\"rep\":\"garret.kinder\",\"period\":\"2031-Q4\",\"amount\":70000,\"version\":1}]", 409);
        putQuotas("cara.losch", "[{\"rep\":\"garret.kinder\",\"period\":\"2031-Q4\",\"amount\":70000,\"version\":0}]", 409);
        String grid = mvc.perform(get("/api/v1/teams/" + teamOf("cara.losch") + "/quotas").param("year", "2031")
                .with(httpBasic("cara.losch", "demo"))).andReturn().getResponse().getContentAsString();
        List<Object> cell = JsonPath.read(grid, "$.reps[?(@.rep.username == 'garret.kinder')].cells[3].amount");
        assertThat(new BigDecimal(cell.get(0).toString())).isEqualByComparingTo("60000");
    }

    @Test
    void aStaleVersionAnswers409WithTheVersionNowStored() throws Exception {
        putQuotas("cara.losch", "[{\"rep\":\"corliss.cosme\",\"period\":\"2033-Q1\",\"amount\":1000,\"version\":0}]", 200);
        putQuotas("cara.losch", "[{\"rep\":\"corliss.cosme\",\"period\":\"2033-Q1\",\"amount\":2000,\"version\":1}]", 200);
        mvc.perform(put("/api/v1/quotas").contentType(MediaType.APPLICATION_JSON).with(httpBasic("cara.losch", "demo"))
                        .content("[{\"rep\":\"corliss.cosme\",\"period\":\"2033-Q1\",\"amount\":3000,\"version\":1}]"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("corliss.cosme")));
    }

    @Test
    void creatingIsExpectAbsentSoTheSecondOfTwoCreatesGets409() throws Exception {
        String body = "[{\"rep\":\"violet.mclelland\",\"period\":\"2034-Q2\",\"amount\":%d,\"version\":0}]";
        putQuotas("cara.losch", body.formatted(1000), 200);
        mvc.perform(put("/api/v1/quotas").contentType(MediaType.APPLICATION_JSON).with(httpBasic("cara.losch", "demo"))
                        .content(body.formatted(2000)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1));
        assertThat(quota("violet.mclelland", "2034", 1)).isEqualByComparingTo("1000");
    }

    @Test
    void ofTwoConcurrentCreatesOneWinsAndTheOtherGets409() throws Exception {
        String body = "[{\"rep\":\"rosie.papadopoulos\",\"period\":\"2034-Q3\",\"amount\":%d,\"version\":0}]";
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int amount : new int[] {1000, 2000}) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(put("/api/v1/quotas").contentType(MediaType.APPLICATION_JSON)
                            .with(httpBasic("cara.losch", "demo")).content(body.formatted(amount)))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        BigDecimal kept = quota("rosie.papadopoulos", "2034", 2);
        assertThat(kept.compareTo(new BigDecimal("1000")) == 0 || kept.compareTo(new BigDecimal("2000")) == 0)
                .as("the quota kept is one of the two written, not a mix: " + kept).isTrue();
    }

    private BigDecimal quota(String rep, String year, int quarterCell) throws Exception {
        String grid = mvc.perform(get("/api/v1/teams/" + teamOf("cara.losch") + "/quotas").param("year", year)
                .with(httpBasic("cara.losch", "demo"))).andReturn().getResponse().getContentAsString();
        List<Object> cell = JsonPath.read(grid, "$.reps[?(@.rep.username == '" + rep + "')].cells[" + quarterCell + "].amount");
        return new BigDecimal(cell.get(0).toString());
    }

    @Test
    void aBatchWithOneBadQuotaWritesNothing() throws Exception {
        putQuotas("cara.losch", "[{\"rep\":\"rosie.papadopoulos\",\"period\":\"2032-Q1\",\"amount\":1000},"
                + "{\"rep\":\"rosie.papadopoulos\",\"period\":\"2032-Q5\",\"amount\":1000}]", 422);
        String grid = mvc.perform(get("/api/v1/teams/" + teamOf("cara.losch") + "/quotas").param("year", "2032")
                .with(httpBasic("cara.losch", "demo"))).andReturn().getResponse().getContentAsString();
        List<Object> cell = JsonPath.read(grid, "$.reps[?(@.rep.username == 'rosie.papadopoulos')].cells[0].amount");
        assertThat(cell.get(0)).isNull();
    }

    @Test
    void repsCannotSetQuotasAndManagersCannotReachAnotherTeam() throws Exception {
        putQuotas("wilburn.farren", "[{\"rep\":\"wilburn.farren\",\"period\":\"" + PERIOD + "\",\"amount\":1}]", 403);
        putQuotas("melvin.marxen", "[{\"rep\":\"wilburn.farren\",\"period\":\"" + PERIOD + "\",\"amount\":1}]", 404);
        putQuotas("melvin.marxen", "[{\"team\":" + teamOf("cara.losch") + ",\"period\":\"" + PERIOD + "\",\"amount\":1}]", 404);
        mvc.perform(get("/api/v1/teams/" + teamOf("cara.losch") + "/quotas").with(httpBasic("melvin.marxen", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void goalsAreSetAndTheirProgressShowsInResults() throws Exception {
        mvc.perform(put("/api/v1/goals").contentType(MediaType.APPLICATION_JSON).with(httpBasic("cara.losch", "demo"))
                        .content("[{\"rep\":\"corliss.cosme\",\"period\":\"2026-Q4\",\"metric\":\"DEALS_WON\",\"target\":64}]"))
                .andExpect(status().isOk());
        String results = mvc.perform(get("/api/v1/teams/" + teamOf("cara.losch") + "/results").param("period", "2026-Q4")
                .with(httpBasic("cara.losch", "demo"))).andReturn().getResponse().getContentAsString();
        List<Object> won = JsonPath.read(results, "$.reps[?(@.rep.username == 'corliss.cosme')].figures.won");
        List<Object> pct = JsonPath.read(results,
                "$.reps[?(@.rep.username == 'corliss.cosme')].goals[?(@.metric == 'DEALS_WON')].percent");
        BigDecimal expected = BigDecimal.valueOf(((Number) won.get(0)).intValue() * 100L)
                .divide(BigDecimal.valueOf(64), 1, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(pct.get(0).toString())).isEqualByComparingTo(expected);
    }

    @Test
    void suggestionAveragesTheLastCompletedQuartersFromTheDataset() throws Exception {
        // Corliss Cosme, for 2026-Q4: quarters before it that have ended by 27 Nov 2026 and that end after her
        // first closed deal, at most four, newest first; each quarter's revenue summed straight from the CSV.
        List<String[]> rows = Dataset.demoPipeline().stream().filter(r -> r[1].equals("Corliss Cosme")).toList();
        LocalDate firstClose = rows.stream().filter(r -> !r[6].isEmpty()).map(r -> shift(r[6])).min(LocalDate::compareTo).orElseThrow();
        List<BigDecimal> quarters = new ArrayList<>();
        for (LocalDate q = LocalDate.of(2026, 7, 1); quarters.size() < 4 && !q.plusMonths(3).minusDays(1).isBefore(firstClose); q = q.minusMonths(3)) {
            LocalDate from = q;
            LocalDate to = q.plusMonths(3).minusDays(1);
            quarters.add(rows.stream().filter(r -> r[4].equals("Won")).filter(r -> {
                LocalDate close = shift(r[6]);
                return !close.isBefore(from) && !close.isAfter(to);
            }).map(r -> new BigDecimal(r[7])).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        BigDecimal average = quarters.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(quarters.size()), 0, RoundingMode.HALF_UP);
        mvc.perform(get("/api/v1/teams/" + teamOf("cara.losch") + "/quota-suggestions").param("period", "2026-Q4")
                        .with(httpBasic("cara.losch", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rep.username == 'corliss.cosme')].suggested").value(average.intValue()))
                .andExpect(jsonPath("$[?(@.rep.username == 'corliss.cosme')].history.length()").value(quarters.size()))
                .andExpect(jsonPath("$[?(@.rep.username == 'elizabeth.anderson')].history.length()").value(0));
    }

    private void putQuotas(String user, String body, int expected) throws Exception {
        mvc.perform(put("/api/v1/quotas").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(user, "demo"))).andExpect(status().is(expected));
    }

    private long teamOf(String login) throws Exception {
        String me = mvc.perform(get("/api/v1/me").with(httpBasic(login, "demo"))).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.<List<Object>>read(me, "$.teamIds").get(0)).longValue();
    }

    /** The demo's dates are moved already (see {@link Dataset#demoPipeline}). */
    private static LocalDate shift(String date) {
        return LocalDate.parse(date);
    }
}
