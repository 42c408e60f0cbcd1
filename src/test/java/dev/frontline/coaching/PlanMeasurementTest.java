package dev.frontline.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.TestClock;
import dev.frontline.ApiClient;
import dev.frontline.ApiClient.Answer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Coaching plans measured before and after they started, against the same figures computed here straight from the
 * dataset's CSV files (dates shifted by the demo's 108 months): Cecily Lampkin's plans, made by Dustin Brinkmann,
 * started on 1 August 2026, reviewed on 31 December; today is 27 November 2026.
 */
@IntegrationTest
class PlanMeasurementTest {

    static final LocalDate START = LocalDate.of(2026, 8, 1);
    static final LocalDate REVIEW = LocalDate.of(2026, 12, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    record Deal(String product, String stage, LocalDate engage, LocalDate close, BigDecimal closeValue) {
    }

    @Autowired
    MockMvc mvc;

    ApiClient api;

    Lookups people;

    @BeforeEach
    void client() {
        api = ApiClient.mock(mvc).accept("application/json");
        people = new Lookups(api);
    }

    private static List<Deal> deals(String agent) {
        return Dataset.demoPipeline().stream().filter(r -> r[1].equals(agent))
                .map(r -> new Deal(r[2], r[4], shift(r[5]), shift(r[6]), r[7].isEmpty() ? null : new BigDecimal(r[7])))
                .toList();
    }

    private static Map<String, BigDecimal> prices() {
        Map<String, BigDecimal> prices = new HashMap<>();
        Dataset.rows("products.csv").forEach(r -> prices.put(r[0].replace(" ", "").toLowerCase(), new BigDecimal(r[2])));
        return prices;
    }

    /** The figure of the deals of a window, worked out from the CSV rows. */
    private static BigDecimal expected(String metric, String product, List<Deal> all, LocalDate from, LocalDate to) {
        List<Deal> deals = all.stream().filter(d -> product == null || d.product().replace(" ", "")
                .equalsIgnoreCase(product.replace(" ", ""))).toList();
        List<Deal> closed = deals.stream().filter(d -> d.close() != null && !d.close().isBefore(from)
                && !d.close().isAfter(to) && (d.stage().equals("Won") || d.stage().equals("Lost"))).toList();
        List<Deal> won = closed.stream().filter(d -> d.stage().equals("Won")).toList();
        return switch (metric) {
            case "CONVERSION" -> closed.isEmpty() ? null : BigDecimal.valueOf(100.0 * won.size() / closed.size())
                    .setScale(1, RoundingMode.HALF_UP);
            case "MEDIAN_CYCLE" -> {
                List<Long> days = won.stream().map(d -> ChronoUnit.DAYS.between(d.engage(), d.close())).sorted().toList();
                int n = days.size();
                yield n == 0 ? null : n % 2 == 1 ? BigDecimal.valueOf(days.get(n / 2)).setScale(1)
                        : BigDecimal.valueOf((days.get(n / 2 - 1) + days.get(n / 2)) / 2.0).setScale(1, RoundingMode.HALF_UP);
            }
            case "AVG_DEAL" -> won.isEmpty() ? null : won.stream().map(Deal::closeValue).reduce(BigDecimal.ZERO,
                    BigDecimal::add).divide(BigDecimal.valueOf(won.size()), 2, RoundingMode.HALF_UP);
            case "PIPELINE_CREATED" -> deals.stream().filter(d -> d.engage() != null && !d.engage().isBefore(from)
                            && !d.engage().isAfter(to))
                    .map(d -> d.closeValue() != null ? d.closeValue() : prices().get(d.product().replace(" ", "").toLowerCase()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            default -> throw new IllegalArgumentException(metric);
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", value = {"CONVERSION, -, 70", "MEDIAN_CYCLE, -, 40", "AVG_DEAL, -, 3000",
            "PIPELINE_CREATED, -, 300000", "CONVERSION, GTX Basic, 75"})
    void measuresThePlansNumberBeforeAndAfterItStartedAsTheDatasetSays(String metric, String product, String target)
            throws Exception {
        long rep = people.personId("cecily.lampkin");
        String segment = product == null ? "" : ",\"segment\":\"product:" + product + "\"";
        Answer made = api.demo("dustin.brinkmann").post("/api/v1/reps/" + rep + "/coaching-plans",
                "{\"competency\":\"closing\",\"metric\":\"" + metric + "\"" + segment + ",\"target\":" + target
                        + ",\"startsOn\":\"" + START + "\",\"reviewOn\":\"" + REVIEW + "\",\"actions\":[\"Close plans\"]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);

        List<Deal> deals = deals("Cecily Lampkin");
        long days = ChronoUnit.DAYS.between(START, TODAY) + 1;
        LocalDate beforeFrom = START.minusDays(days);
        LocalDate beforeTo = START.minusDays(1);
        long planned = ChronoUnit.DAYS.between(START, REVIEW) + 1;
        BigDecimal baseline = expected(metric, product, deals, START.minusDays(planned), beforeTo);
        BigDecimal before = expected(metric, product, deals, beforeFrom, beforeTo);
        BigDecimal after = expected(metric, product, deals, START, TODAY);

        assertThat(made.<String>read("$.progress.after.from")).isEqualTo("2026-08-01");
        assertThat(made.<String>read("$.progress.after.to")).isEqualTo("2026-11-27");
        assertThat(made.<String>read("$.progress.before.from")).isEqualTo(beforeFrom.toString());
        assertThat(((Number) made.read("$.progress.before.days")).longValue()).isEqualTo(days);
        assertThat(decimal(made, "$.progress.before.value")).isEqualByComparingTo(before);
        assertThat(decimal(made, "$.progress.after.value")).isEqualByComparingTo(after);
        assertThat(decimal(made, "$.baseline")).isEqualByComparingTo(baseline);
        assertThat(made.<String>read("$.baselineFrom")).isEqualTo(START.minusDays(planned).toString());
        assertThat(made.<String>read("$.baselineTo")).isEqualTo(beforeTo.toString());
        assertThat(((Number) made.read("$.progress.before.deals")).intValue()).isPositive();
        assertThat(((Number) made.read("$.progress.after.deals")).intValue()).isPositive();
        List<Number> sliceDeals = made.read("$.progress.slices[?(@.after == true)].deals");
        assertThat(sliceDeals.stream().mapToInt(Number::intValue).sum())
                .isEqualTo(((Number) made.read("$.progress.after.deals")).intValue());
    }

    @Test
    void aFinishedPlanKeepsWhatItMeasuredAndNoLongerChanges() throws Exception {
        long rep = people.personId("cecily.lampkin");
        Answer made = api.demo("dustin.brinkmann").post("/api/v1/reps/" + rep + "/coaching-plans",
                "{\"competency\":\"negotiation\",\"metric\":\"AVG_DEAL\",\"target\":2500,\"startsOn\":\"2026-09-01\","
                        + "\"reviewOn\":\"2027-01-31\",\"actions\":[\"Give-and-gets\",\"Role-play\"]}");
        long plan = made.id();
        List<Number> actions = made.read("$.actions[*].id");

        Answer ticked = api.demo("cecily.lampkin").patch("/api/v1/coaching-plans/" + plan,
                "{\"actionsDone\":[" + actions.get(0) + "],\"version\":0}");
        assertThat(ticked.status()).as(ticked.body()).isEqualTo(200);
        assertThat(ticked.<List<Boolean>>read("$.actions[*].done")).containsExactly(true, false);
        assertThat(api.demo("dustin.brinkmann").patch("/api/v1/coaching-plans/" + plan,
                "{\"actionsDone\":[],\"version\":0}").status()).isEqualTo(409);
        assertThat(api.demo("cecily.lampkin").patch("/api/v1/coaching-plans/" + plan,
                "{\"finish\":true,\"version\":1}").status()).isEqualTo(403);

        Answer finished = api.demo("dustin.brinkmann").patch("/api/v1/coaching-plans/" + plan,
                "{\"finish\":true,\"note\":\"Deal sizes held.\",\"version\":1}");
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        List<Deal> deals = deals("Cecily Lampkin");
        long days = ChronoUnit.DAYS.between(LocalDate.of(2026, 9, 1), TODAY) + 1;
        assertThat(finished.<String>read("$.status")).isEqualTo("FINISHED");
        assertThat(finished.<String>read("$.outcome.finishedOn")).isEqualTo(TODAY.toString());
        assertThat(decimal(finished, "$.outcome.after")).isEqualByComparingTo(
                expected("AVG_DEAL", null, deals, LocalDate.of(2026, 9, 1), TODAY));
        assertThat(decimal(finished, "$.outcome.before")).isEqualByComparingTo(expected("AVG_DEAL", null, deals,
                LocalDate.of(2026, 9, 1).minusDays(days), LocalDate.of(2026, 8, 31)));
        assertThat(finished.<String>read("$.outcome.note")).isEqualTo("Deal sizes held.");

        Answer again = api.demo("dustin.brinkmann").patch("/api/v1/coaching-plans/" + plan,
                "{\"actionsDone\":[],\"version\":2}");
        assertThat(again.status()).isEqualTo(422);
        List<Object> listed = api.demo("cecily.lampkin").get("/api/v1/reps/" + rep + "/coaching-plans")
                .read("$[?(@.id == " + plan + " && @.status == 'FINISHED')]");
        assertThat(listed).hasSize(1);
    }

    @Test
    void aPlanThatMakesNoSenseIsRefusedNamingEachProblem() throws Exception {
        long rep = people.personId("cecily.lampkin");
        Answer bad = api.demo("dustin.brinkmann").post("/api/v1/reps/" + rep + "/coaching-plans",
                "{\"competency\":\"juggling\",\"metric\":\"HAPPINESS\",\"segment\":\"colour:red\",\"target\":-1,"
                        + "\"startsOn\":\"2026-12-01\",\"reviewOn\":\"2026-11-01\"}");
        assertThat(bad.status()).isEqualTo(422);
        List<String> errors = bad.read("$.errors");
        assertThat(errors).anyMatch(e -> e.startsWith("competency: unknown competency 'juggling'"))
                .anyMatch(e -> e.startsWith("metric: 'HAPPINESS' is not a metric"))
                .anyMatch(e -> e.startsWith("segment: 'colour:red' is not a segment"))
                .anyMatch(e -> e.startsWith("reviewOn: must come after the start"))
                .anyMatch(e -> e.startsWith("target: -1 is out of range"));
        assertThat(api.demo("cecily.lampkin").post("/api/v1/reps/" + rep + "/coaching-plans",
                "{\"competency\":\"closing\"}").status()).isEqualTo(403);
        assertThat(api.demo("cara.losch").post("/api/v1/reps/" + rep + "/coaching-plans",
                "{\"competency\":\"closing\"}").status()).isEqualTo(404);
    }

    @Test
    void theFocusSuggestsPlansThatCanBePostedAsTheyAre() throws Exception {
        long rep = people.personId("cecily.lampkin");
        Answer focus = api.demo("dustin.brinkmann").get("/api/v1/reps/" + rep + "/coaching-focus");
        assertThat(focus.status()).isEqualTo(200);
        List<Map<String, Object>> items = focus.read("$");
        assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i).containsKeys("area", "evidence", "competency",
                "suggestion", "number", "plan", "inPlan"));
        Map<String, Object> item = items.stream().filter(i -> i.get("competency") != null && i.get("plan") != null)
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked") Map<String, Object> plan = (Map<String, Object>) item.get("plan");
        @SuppressWarnings("unchecked") Map<String, Object> number = (Map<String, Object>) item.get("number");
        // The plan's baseline is the number the suggestion quotes, over the same window.
        assertThat(new BigDecimal(plan.get("baseline").toString()))
                .isEqualByComparingTo(new BigDecimal(number.get("value").toString()));
        assertThat(plan.get("baselineFrom")).isEqualTo(number.get("from"));
        assertThat(plan.get("baselineTo")).isEqualTo(number.get("to"));
        String draft = new tools.jackson.databind.json.JsonMapper().writeValueAsString(plan);
        Answer made = api.demo("dustin.brinkmann").post("/api/v1/reps/" + rep + "/coaching-plans", draft);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(decimal(made, "$.baseline")).isEqualByComparingTo(new BigDecimal(plan.get("baseline").toString()));
        assertThat(made.<String>read("$.baselineFrom")).isEqualTo(plan.get("baselineFrom"));
        assertThat(api.demo("cara.losch").get("/api/v1/reps/" + rep + "/coaching-focus").status()).isEqualTo(404);
    }

    private static BigDecimal decimal(Answer a, String path) {
        Object v = a.read(path);
        return v == null ? null : new BigDecimal(Objects.toString(v));
    }

    /** The demo's dates are moved already (see {@link Dataset#demoPipeline}). */
    private static LocalDate shift(String date) {
        return date.isEmpty() ? null : LocalDate.parse(date);
    }
}
