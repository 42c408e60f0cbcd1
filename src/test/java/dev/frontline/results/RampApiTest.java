package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.RepJoinedTeam;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New hires' quotas prorated by their team's ramp, through the API and on the demo; suggestions for the next period;
 * "accept all" saying what it changed. Writes go to Dustin Brinkmann's team (no newcomer there) or to far periods,
 * and are undone, so that the rest of the suite sees the demo as loaded.
 */
@IntegrationTest
class RampApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Autowired
    MockMvc mvc;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDemosNewcomersJoinedOnTheFirstOfTheMonthAndTheirQuotaRampsFromThere() throws Exception {
        // The newcomers are the agents without a single deal in the dataset; everyone else joined before it starts.
        Set<String> dealers = Dataset.rows("sales_pipeline.csv").stream().map(r -> r[1]).collect(Collectors.toSet());
        Set<String> newcomers = Dataset.rows("sales_teams.csv").stream().map(r -> r[0])
                .filter(a -> !dealers.contains(a)).collect(Collectors.toSet());
        List<String> joined = jdbc.sql("""
                select p.display_name from rep_start s join person p on p.id = s.rep_id
                 where s.joined_on = date '2026-11-01' and s.source = 'DEMO'
                """).query(String.class).list();
        assertThat(joined).containsExactlyInAnyOrderElementsOf(newcomers).hasSize(5);
        Set<String> agents = Dataset.rows("sales_teams.csv").stream().map(r -> r[0]).collect(Collectors.toSet());
        List<String> everyJoined = jdbc.sql("""
                select p.display_name from rep_start s join person p on p.id = s.rep_id where s.joined_on is not null
                """).query(String.class).list();
        assertThat(everyJoined.stream().filter(agents::contains)).as("the dataset's agents with a join date")
                .containsExactlyInAnyOrderElementsOf(newcomers);

        String team = team("cara.losch");
        String ramp = json(get("/api/v1/teams/" + team + "/ramp"), "cara.losch", 200);
        assertThat(JsonPath.<List<Integer>>read(ramp, "$.steps")).containsExactly(25, 50, 75, 100);
        assertThat(one(ramp, "$.reps[?(@.rep.username == 'elizabeth.anderson')].joinedOn")).isEqualTo("2026-11-01");
        assertThat(one(ramp, "$.reps[?(@.rep.username == 'violet.mclelland')].joinedOn")).isNull();

        // 2026: nothing set before she joined; Q4's full quota A counts (0 + 25% + 50%) / 3 = A × 0.25.
        String grid = json(get("/api/v1/teams/" + team + "/quotas").param("year", "2026"), "cara.losch", 200);
        String row = "$.reps[?(@.rep.username == 'elizabeth.anderson')]";
        assertThat(one(grid, row + ".joinedOn")).isEqualTo("2026-11-01");
        for (int q = 0; q < 3; q++) {
            assertThat(one(grid, row + ".cells[" + q + "].amount")).isNull();
            assertThat(one(grid, row + ".cells[" + q + "].ramp")).isEqualTo("before joining");
        }
        BigDecimal full = number(one(grid, row + ".cells[3].amount"));
        assertThat(full).isPositive();
        assertThat(number(one(grid, row + ".cells[3].effective"))).isEqualByComparingTo(cents(full.multiply(q("0.25"))));
        assertThat(one(grid, row + ".cells[3].ramp"))
                .isEqualTo("joined 1 Nov 2026 · ramping: 25% in November, 50% in December");

        // Results for 2026-Q4 count the prorated quota; due by 27 Nov: A/3 × 25% × 27/30 days = A × 0.075.
        String results = json(get("/api/v1/teams/" + team + "/results").param("period", "2026-Q4"), "cara.losch", 200);
        String figures = "$.reps[?(@.rep.username == 'elizabeth.anderson')].figures";
        assertThat(number(one(results, figures + ".quota"))).isEqualByComparingTo(cents(full.multiply(q("0.25"))));
        assertThat(number(one(results, figures + ".expectedToDate")))
                .isCloseTo(full.multiply(q("0.075")), within(q("0.01")));
        // A rep who was there all along keeps the full quota.
        BigDecimal violet = number(one(grid, "$.reps[?(@.rep.username == 'violet.mclelland')].cells[3].amount"));
        assertThat(number(one(results, "$.reps[?(@.rep.username == 'violet.mclelland')].figures.quota")))
                .isEqualByComparingTo(violet);

        // 2027-Q1: 75% in January, then full: B × 2.75 / 3.
        String next = json(get("/api/v1/teams/" + team + "/quotas").param("year", "2027"), "cara.losch", 200);
        BigDecimal b = number(one(next, row + ".cells[0].amount"));
        assertThat(number(one(next, row + ".cells[0].effective")))
                .isCloseTo(b.multiply(q("2.75")).divide(q("3"), 2, RoundingMode.HALF_UP), within(q("0.01")));
        assertThat(one(next, row + ".cells[0].ramp")).isEqualTo("ramping: 75% in January");
        assertThat(one(next, row + ".cells[1].ramp")).isNull();
    }

    @Test
    void theQuotaGridAnswersAnUnknownFieldWith400AndABadValueWith422NamingTheField() throws Exception {
        String team = team("dustin.brinkmann");
        String before = json(get("/api/v1/teams/" + team + "/quotas").param("year", "2099"), "dustin.brinkmann", 200);

        assertThat(grid(team, "amount:anna.snelling", "10").getStatus()).isEqualTo(400);
        assertThat(grid(team, "colour", "red").getStatus()).isEqualTo(400);
        var badVersion = mvc.perform(post("/teams/" + team + "/quotas").param("year", "2099")
                .param("amount:anna.snelling:2099-Q1", "10").param("version:anna.snelling:2099-Q1", "two")
                .accept(MediaType.TEXT_HTML).with(httpBasic("dustin.brinkmann", "demo")).with(csrf()))
                .andReturn().getResponse();
        var badYear = mvc.perform(post("/teams/" + team + "/quotas").param("year", "later")
                .accept(MediaType.TEXT_HTML).with(httpBasic("dustin.brinkmann", "demo")).with(csrf()))
                .andReturn().getResponse();

        assertThat(badVersion.getStatus()).isEqualTo(422);
        assertThat(badVersion.getContentAsString(StandardCharsets.UTF_8))
                .contains("version:anna.snelling:2099-Q1", "two", "is not a whole number");
        assertThat(badYear.getStatus()).isEqualTo(422);
        assertThat(badYear.getContentAsString(StandardCharsets.UTF_8)).contains("year:", "later");
        assertThat(json(get("/api/v1/teams/" + team + "/quotas").param("year", "2099"), "dustin.brinkmann", 200))
                .as("nothing saved").isEqualTo(before);
    }

    private org.springframework.mock.web.MockHttpServletResponse grid(String team, String field, String value)
            throws Exception {
        return mvc.perform(post("/teams/" + team + "/quotas").param("year", "2099").param(field, value)
                .accept(MediaType.TEXT_HTML).with(httpBasic("dustin.brinkmann", "demo")).with(csrf()))
                .andReturn().getResponse();
    }

    @Test
    void aRampIsValidatedVersionedAndProratesTheNewHiresOfItsTeam() throws Exception {
        String team = team("dustin.brinkmann");
        Member anna = organization.findByUsername("anna.snelling").orElseThrow();
        String ramp = json(get("/api/v1/teams/" + team + "/ramp"), "dustin.brinkmann", 200);
        int version = JsonPath.read(ramp, "$.version");
        assertThat(one(ramp, "$.reps[?(@.rep.username == 'anna.snelling')].joinedOn")).isNull();
        int annaVersion = (Integer) one(ramp, "$.reps[?(@.rep.username == 'anna.snelling')].version");

        assertThat(errors(putRamp(team, "{\"steps\":[50,25],\"version\":" + version + "}", 422)))
                .anyMatch(e -> e.startsWith("steps: month 2 (25%) is below month 1 (50%)"));
        assertThat(errors(putRamp(team, "{\"steps\":[120],\"version\":" + version + "}", 422)))
                .anyMatch(e -> e.startsWith("steps: month 1 must be 0 to 100%"));
        assertThat(errors(putRamp(team, "{\"steps\":[5,5,5,5,5,5,5,5,5,5,5,5,5],\"version\":" + version + "}", 422)))
                .anyMatch(e -> e.startsWith("steps: at most 12 months"));
        assertThat(errors(putRamp(team, "{\"steps\":[50]}", 422))).anyMatch(e -> e.startsWith("version:"));
        assertThat(errors(putRamp(team, "{\"version\":" + version + "}", 422))).anyMatch(e -> e.startsWith("steps:"));
        mvc.perform(put("/api/v1/teams/" + team + "/ramp").contentType(MediaType.APPLICATION_JSON)
                .content("{\"steps\":[50],\"version\":0}").with(httpBasic("moses.frase", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/teams/" + team + "/ramp").contentType(MediaType.APPLICATION_JSON)
                .content("{\"steps\":[50],\"version\":0}").with(httpBasic("cara.losch", "demo")))
                .andExpect(status().isNotFound());

        String gridBefore = json(get("/api/v1/teams/" + team + "/quotas").param("year", "2026"), "dustin.brinkmann", 200);
        BigDecimal full = number(one(gridBefore, "$.reps[?(@.rep.username == 'anna.snelling')].cells[3].amount"));
        try {
            String saved = putRamp(team, "{\"steps\":[50,100],\"version\":" + version + "}", 200);
            assertThat(JsonPath.<List<Integer>>read(saved, "$.steps")).containsExactly(50, 100);
            assertThat(JsonPath.<Integer>read(saved, "$.version")).isEqualTo(version + 1);
            putRamp(team, "{\"steps\":[25],\"version\":" + version + "}", 409);

            // Anna "joined" 16 Nov: Q4 = Oct 0 + Nov F/3 × 50% × 15/30 + Dec F/3 × 100% = F × 5/12.
            String start = putStart(anna.id(), "{\"joinedOn\":\"2026-11-16\",\"version\":" + annaVersion + "}", 200);
            assertThat(JsonPath.<String>read(start, "$.joinedOn")).isEqualTo("2026-11-16");
            assertThat(JsonPath.<String>read(start, "$.now"))
                    .isEqualTo("joined 16 Nov 2026 · ramping: 50% in November from the 16th");
            assertThat(annaQuota(team)).isCloseTo(full.multiply(q("5")).divide(q("12"), 2, RoundingMode.HALF_UP),
                    within(q("0.01")));
            putStart(anna.id(), "{\"joinedOn\":null,\"version\":" + annaVersion + "}", 409);
            putStart(anna.id(), "{\"joinedOn\":null}", 422);
            mvc.perform(put("/api/v1/reps/" + anna.id() + "/start").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"joinedOn\":null,\"version\":1}").with(httpBasic("cara.losch", "demo")))
                    .andExpect(status().isNotFound());
        } finally {
            putStart(anna.id(), "{\"joinedOn\":null,\"version\":" + (annaVersion + 1) + "}", 200);
            putRamp(team, "{\"steps\":[25,50,75,100],\"version\":" + (version + 1) + "}", 200);
        }
        assertThat(annaQuota(team)).isEqualByComparingTo(full);
    }

    @Test
    void acceptAllSaysWhatItChangedAndWhatWasAlreadyAsSuggested() throws Exception {
        String team = team("cara.losch");
        String period = "2037-Q1";
        String suggestions = json(get("/api/v1/teams/" + team + "/quota-suggestions").param("period", period),
                "cara.losch", 200);
        List<String> reps = JsonPath.read(suggestions, "$[*].rep.username");
        BigDecimal violet = number(one(suggestions, "$[?(@.rep.username == 'violet.mclelland')].suggested"));

        String first = accept(team, "{\"period\":\"" + period + "\"}", 200);
        assertThat(JsonPath.<List<Object>>read(first, "$.changed")).hasSize(reps.size());
        assertThat(JsonPath.<List<Object>>read(first, "$.changed[*].before")).containsOnlyNulls();
        assertThat(JsonPath.<String>read(first, "$.message"))
                .startsWith("Set " + reps.size() + " quotas for 2037-Q1: ")
                .contains("Violet Mclelland " + money(violet) + " (was none)");

        mvc.perform(put("/api/v1/quotas").contentType(MediaType.APPLICATION_JSON).with(httpBasic("cara.losch", "demo"))
                .content("[{\"rep\":\"violet.mclelland\",\"period\":\"" + period + "\",\"amount\":1234}]"))
                .andExpect(status().isOk());
        String second = accept(team, "{\"period\":\"" + period + "\"}", 200);
        assertThat(JsonPath.<List<String>>read(second, "$.changed[*].rep.username")).containsExactly("violet.mclelland");
        assertThat(number(JsonPath.read(second, "$.changed[0].before"))).isEqualByComparingTo("1234");
        assertThat(JsonPath.<List<Object>>read(second, "$.unchanged")).hasSize(reps.size() - 1);
        assertThat(JsonPath.<String>read(second, "$.message")).startsWith("Set 1 quota for 2037-Q1: Violet Mclelland "
                + money(violet) + " (was $1,234); " + (reps.size() - 1) + " already as suggested (");

        assertThat(JsonPath.<String>read(accept(team, "{\"period\":\"" + period + "\"}", 200), "$.message"))
                .startsWith("No quota changed for 2037-Q1; " + reps.size() + " already as suggested");
        assertThat(errors(accept(team, "{}", 422))).anyMatch(e -> e.startsWith("period:"));
        mvc.perform(post("/api/v1/teams/" + team + "/quota-suggestions/accept").contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\":\"" + period + "\"}").with(httpBasic("violet.mclelland", "demo")))
                .andExpect(status().isForbidden());

        // The page: back to the same year's grid, saying what it set.
        MvcResult page = mvc.perform(post("/teams/" + team + "/quotas/accept").param("period", "2037-Q2")
                        .param("year", "2024").param("grain", "quarter").with(csrf()).with(httpBasic("cara.losch", "demo")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page.getResponse().getRedirectedUrl())
                .isEqualTo("/teams/" + team + "/quotas?grain=quarter&year=2024&period=2037-Q2#suggestions");
        assertThat((String) page.getFlashMap().get("accepted")).isEqualTo("Set " + reps.size() + " quotas for 2037-Q2:");
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) page.getFlashMap().get("acceptedItems");
        assertThat(items).hasSize(reps.size()).allMatch(i -> i.endsWith("(was none)"));
    }

    @Test
    void nextPeriodsSuggestionsAreReachableFromTheGridOfAnyYear() throws Exception {
        String team = team("cara.losch");
        for (String year : List.of("2024", "2026", "2031")) {
            String grid = json(get("/api/v1/teams/" + team + "/quotas").param("year", year), "cara.losch", 200);
            assertThat(JsonPath.<String>read(grid, "$.nextPeriod")).isEqualTo("2027-Q1");
            String html = mvc.perform(get("/teams/" + team + "/quotas").param("year", year)
                            .with(httpBasic("cara.losch", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("href=\"/teams/" + team + "/quotas?year=" + year
                            + "&amp;grain=quarter&amp;period=2027-Q1#suggestions\"", "Suggested quotas for 2027-Q1",
                    "Accept all suggestions for 2027-Q1", "Fiscal year " + year);
        }
        String months = json(get("/api/v1/teams/" + team + "/quotas").param("year", "2025").param("grain", "month"),
                "cara.losch", 200);
        assertThat(JsonPath.<String>read(months, "$.nextPeriod")).isEqualTo("2026-12");
        String suggestions = json(get("/api/v1/teams/" + team + "/quota-suggestions"), "cara.losch", 200);
        assertThat(JsonPath.<List<String>>read(suggestions, "$[*].period")).isNotEmpty().containsOnly("2027-Q1");
    }

    @Test
    void aRepPlacedForTheFirstTimeJoinsTodayUnlessTheirDealsReachBackAndAMoveKeepsTheStart() {
        Member director = organization.findByUsername("director.central").orElseThrow();
        Member anna = organization.findByUsername("anna.snelling").orElseThrow();
        long teamA = organization.findByUsername("violet.mclelland").orElseThrow().teamId();
        try {
            // No deals: a new hire, joining today.
            publish(new RepJoinedTeam(director.id(), anna.teamId(), null));
            assertThat(jdbc.sql("select joined_on from rep_start where rep_id = :r").param("r", director.id())
                    .query(LocalDate.class).single()).isEqualTo(TODAY);

            // Deals before today: placed with a track record, so no start date.
            jdbc.sql("delete from rep_start where rep_id = :r").param("r", anna.id()).update();
            publish(new RepJoinedTeam(anna.id(), anna.teamId(), null));
            assertThat(jdbc.sql("select count(*) from rep_start where rep_id = :r and joined_on is null")
                    .param("r", anna.id()).query(Long.class).single()).isEqualTo(1);

            // Moved: the start stays, the new team's ramp applies.
            publish(new RepJoinedTeam(director.id(), teamA, anna.teamId()));
            assertThat(jdbc.sql("select team_id from rep_start where rep_id = :r").param("r", director.id())
                    .query(Long.class).single()).isEqualTo(teamA);
        } finally {
            jdbc.sql("delete from rep_start where rep_id = :r").param("r", director.id()).update();
        }
    }

    private void publish(RepJoinedTeam event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }

    private BigDecimal annaQuota(String team) throws Exception {
        String results = json(get("/api/v1/teams/" + team + "/results").param("period", "2026-Q4"), "dustin.brinkmann", 200);
        return number(one(results, "$.reps[?(@.rep.username == 'anna.snelling')].figures.quota"));
    }

    private String putRamp(String team, String body, int expected) throws Exception {
        return json(put("/api/v1/teams/" + team + "/ramp").contentType(MediaType.APPLICATION_JSON).content(body),
                "dustin.brinkmann", expected);
    }

    private String putStart(long rep, String body, int expected) throws Exception {
        return json(put("/api/v1/reps/" + rep + "/start").contentType(MediaType.APPLICATION_JSON).content(body),
                "dustin.brinkmann", expected);
    }

    private String accept(String team, String body, int expected) throws Exception {
        return json(post("/api/v1/teams/" + team + "/quota-suggestions/accept").contentType(MediaType.APPLICATION_JSON)
                .content(body), "cara.losch", expected);
    }

    private String json(AbstractMockHttpServletRequestBuilder<?> request, String user,
                        int expected) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo"))).andExpect(status().is(expected)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String team(String manager) throws Exception {
        String me = json(get("/api/v1/me"), manager, 200);
        return JsonPath.<List<Object>>read(me, "$.teamIds").get(0).toString();
    }

    private static List<String> errors(String problem) {
        return JsonPath.read(problem, "$.errors");
    }

    private static @Nullable Object one(String json, String path) {
        List<Object> found = JsonPath.read(json, path);
        assertThat(found).as(path).hasSize(1);
        return found.get(0);
    }

    private static BigDecimal number(@Nullable Object value) {
        assertThat(value).isNotNull();
        return new BigDecimal(value.toString());
    }

    private static BigDecimal q(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }
}
