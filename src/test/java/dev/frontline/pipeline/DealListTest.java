package dev.frontline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import dev.frontline.pipeline.DatasetDeals.Row;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The deal list's sorts, search, filters and CSV export, through the API and the page, against figures computed from
 * the shipped CSV files ({@link DatasetDeals}).
 */
@IntegrationTest
class DealListTest {

    private static final List<Row> DEALS = DatasetDeals.ALL;
    private static final Comparator<String> NAME = Comparator.comparing(s -> s.toLowerCase(Locale.ROOT));

    @Autowired
    MockMvc mvc;

    @Test
    void sortsByAmountLargestFirstAcrossPages() throws Exception {
        List<BigDecimal> expected = DEALS.stream().map(Row::value).sorted(Comparator.reverseOrder()).toList();

        List<BigDecimal> shown = new ArrayList<>(amounts(json("/api/v1/opportunities?sort=amount,desc&size=100")));
        shown.addAll(amounts(json("/api/v1/opportunities?sort=amount,desc&size=100&page=1")));

        assertThat(shown).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected.subList(0, 200));
    }

    @Test
    void sortsByAmountSmallestFirst() throws Exception {
        List<BigDecimal> expected = DEALS.stream().map(Row::value).sorted().toList();

        assertThat(amounts(json("/api/v1/opportunities?sort=amount&size=300"))).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expected.subList(0, 300));
    }

    @Test
    void sortsByCloseDateWithOpenDealsAsTheLatest() throws Exception {
        long open = DEALS.stream().filter(r -> r.closed() == null).count();
        List<LocalDate> closes = DEALS.stream().map(Row::closed).filter(Objects::nonNull)
                .sorted(Comparator.reverseOrder()).toList();
        List<LocalDate> oldestFirst = closes.stream().sorted().toList();

        // the page where the deals without a close date end: the last of them, then the latest (expected) closes
        int index = (int) (open / 50);
        int nulls = (int) (open % 50);
        List<String> page = JsonPath.read(json("/api/v1/opportunities?sort=closeDate,desc&size=50&page=" + index),
                "$.content[*].closeDate");
        List<String> oldest = JsonPath.read(json("/api/v1/opportunities?sort=closeDate&size=50"), "$.content[*].closeDate");

        assertThat(nulls).as("a page holding both").isBetween(1, 49);
        assertThat(page.subList(0, nulls)).containsOnlyNulls();
        assertThat(page.subList(nulls, 50)).containsExactlyElementsOf(closes.subList(0, 50 - nulls).stream()
                .map(LocalDate::toString).toList());
        assertThat(oldest).containsExactlyElementsOf(oldestFirst.subList(0, 50).stream().map(LocalDate::toString).toList());
    }

    @Test
    void sortsByAccountByNameWithDealsWithoutOneLast() throws Exception {
        List<String> expected = DEALS.stream().map(r -> r.account() == null ? "" : r.account())
                .sorted(Comparator.comparing((String a) -> a.isEmpty()).thenComparing(NAME)).toList();

        List<String> shown = new ArrayList<>();
        for (int page = 0; page < 18; page++) {
            List<String> accounts = JsonPath.read(json("/api/v1/opportunities?sort=account&size=500&page=" + page),
                    "$.content[*].account");
            accounts.forEach(a -> shown.add(a == null ? "" : a));
        }

        assertThat(shown).containsExactlyElementsOf(expected);
    }

    @Test
    void sortsByRepNameAndByStageInPipelineOrder() throws Exception {
        List<String> reps = DEALS.stream().map(Row::agent).sorted(NAME.reversed()).toList();
        List<String> stages = List.of("Prospecting", "Engaging", "Won", "Lost");

        List<String> byRep = JsonPath.read(json("/api/v1/opportunities?sort=owner,desc&size=500"),
                "$.content[*].owner.displayName");
        List<String> byStage = JsonPath.read(json("/api/v1/opportunities?sort=stage&size=500&page=1"),
                "$.content[*].stage");

        List<String> inOrder = DEALS.stream().map(Row::stage).sorted(Comparator.comparingInt(stages::indexOf)).toList();

        assertThat(byRep).containsExactlyElementsOf(reps.subList(0, 500));
        // deals 500 – 999 in pipeline order, each at the stage it stands at today
        assertThat(byStage).containsExactlyElementsOf(inOrder.subList(500, 1000));
    }

    @Test
    void sortsByDealIdByteByByte() throws Exception {
        List<String> expected = DEALS.stream().map(Row::id).sorted().toList();
        List<String> lastFirst = DEALS.stream().map(Row::id).sorted(Comparator.reverseOrder()).toList();

        List<String> shown = JsonPath.read(json("/api/v1/opportunities?sort=externalId&size=500"), "$.content[*].externalId");
        List<String> last = JsonPath.read(json("/api/v1/opportunities?sort=externalId,desc&size=5"), "$.content[*].externalId");

        assertThat(shown).containsExactlyElementsOf(expected.subList(0, 500));
        assertThat(last).containsExactlyElementsOf(lastFirst.subList(0, 5));
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource({"cancity", "CANCITY", "1c1i", "gtx pro", "Ma", "zz9", "100%", "_"})
    void searchesIdsAccountsAndProductsIgnoringCase(String q) throws Exception {
        long expected = DEALS.stream().filter(r -> r.matches(q)).count();

        // MockMvc encodes the URI itself: "gtx pro" goes as gtx%20pro, "100%" as 100%25
        assertThat(total("/api/v1/opportunities?size=1&q=" + q)).isEqualTo(expected);
    }

    @Test
    void searchFindsTheDealWhoseIdIsTyped() throws Exception {
        List<String> ids = JsonPath.read(json("/api/v1/opportunities?q=1C1I7A6R"), "$.content[*].externalId");

        assertThat(ids).containsExactly("1C1I7A6R");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "minAmount=1000&maxAmount=2000; 1000; 2000",
            "minAmount=4821; 4821; ",
            "maxAmount=0; ; 0",
            "maxAmount=55.5; ; 55.5"})
    void filtersByAmountInclusive(String query, BigDecimal min, BigDecimal max) throws Exception {
        long expected = DEALS.stream().filter(r -> (min == null || r.value().compareTo(min) >= 0)
                && (max == null || r.value().compareTo(max) <= 0)).count();

        assertThat(expected).isPositive();
        assertThat(total("/api/v1/opportunities?size=1&" + query)).isEqualTo(expected);
    }

    @Test
    void filtersByCreatedAndClosedDates() throws Exception {
        LocalDate from = LocalDate.parse("2026-04-01");
        LocalDate to = LocalDate.parse("2026-06-30");
        Predicate<LocalDate> inside = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
        long created = DEALS.stream().filter(r -> inside.test(r.engaged())).count();
        long closed = DEALS.stream().filter(r -> !r.open() && inside.test(r.closed())).count();
        long wonBig = DEALS.stream().filter(r -> r.stage().equals("Won") && inside.test(r.closed())
                && r.value().compareTo(BigDecimal.valueOf(3000)) >= 0).count();

        assertThat(total("/api/v1/opportunities?size=1&createdFrom=2026-04-01&createdTo=2026-06-30")).isEqualTo(created);
        assertThat(total("/api/v1/opportunities?size=1&closedFrom=2026-04-01&closedTo=2026-06-30")).isEqualTo(closed);
        assertThat(total("/api/v1/opportunities?size=1&status=won&minAmount=3000&closedFrom=2026-04-01&closedTo=2026-06-30"))
                .isEqualTo(wonBig);
    }

    @Test
    void searchFiltersAndSortCombineAndStayInScope() throws Exception {
        Set<String> team = Dataset.rows("sales_teams.csv").stream().filter(r -> r[1].equals("Cara Losch"))
                .map(r -> r[0]).collect(Collectors.toSet());
        List<Row> expected = DEALS.stream().filter(r -> team.contains(r.agent()) && r.matches("gtx")
                        && r.value().compareTo(BigDecimal.valueOf(500)) >= 0)
                .sorted(Comparator.comparing(Row::value).reversed()).toList();

        String json = json("/api/v1/opportunities?q=GTX&minAmount=500&sort=amount,desc&size=500", "cara.losch");

        assertThat(JsonPath.<Integer>read(json, "$.page.totalElements")).isEqualTo(expected.size());
        assertThat(amounts(json)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expected.stream().map(Row::value).toList());
        assertThat(JsonPath.<List<String>>read(json, "$.content[*].owner.displayName")).allMatch(team::contains);
    }

    @Test
    void exportsEveryMatchingDealAsCsvInTheListsOrder() throws Exception {
        Map<String, Row> byId = DEALS.stream().collect(Collectors.toMap(Row::id, Function.identity()));
        List<Row> won = DEALS.stream().filter(r -> r.stage().equals("Won"))
                .sorted(Comparator.comparing(Row::value).reversed()).toList();

        MockHttpServletResponse response = mvc.perform(get("/opportunities.csv?status=won&sort=amount,desc")
                .with(httpBasic("admin", "demo"))).andReturn().getResponse();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8))).getRecords();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(rows).hasSize(won.size());
        assertThat(rows.stream().map(r -> new BigDecimal(r.get("close_value"))).toList())
                .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(won.stream().map(Row::value).toList());
        for (CSVRecord r : rows) {
            Row d = byId.get(r.get("opportunity_id"));
            assertThat(List.of(r.get("sales_agent"), r.get("product"), r.get("account"), r.get("deal_stage"),
                    r.get("engage_date"), r.get("close_date"), r.get("status"), r.get("amount_estimated")))
                    .as(d.id()).containsExactly(d.agent(), d.product(), d.account() == null ? "" : d.account(), "Won",
                            d.engaged().toString(), d.closed().toString(), "won", "false");
        }
    }

    @Test
    void aManagersCsvHoldsTheirTeamsDealsOnly() throws Exception {
        Set<String> team = Dataset.rows("sales_teams.csv").stream().filter(r -> r[1].equals("Cara Losch"))
                .map(r -> r[0]).collect(Collectors.toSet());
        List<Row> open = DEALS.stream().filter(r -> team.contains(r.agent()) && r.open()).toList();

        String csv = mvc.perform(get("/opportunities.csv?status=open").with(httpBasic("cara.losch", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertThat(rows).hasSize(open.size());
        assertThat(rows).allSatisfy(r -> assertThat(team).contains(r.get("sales_agent")));
        // an open deal's amount, if it has one, is in the layout's value column; without one the list price shows
        // as the amount, flagged
        Map<String, Row> byId = open.stream().collect(Collectors.toMap(Row::id, r -> r));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("close_value").isEmpty())
                .isEqualTo(byId.get(r.get("opportunity_id")).estimated()));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("amount_estimated"))
                .isEqualTo(Boolean.toString(byId.get(r.get("opportunity_id")).estimated())));
    }

    @ParameterizedTest(name = "{0} → {1} naming {2}")
    @CsvSource(delimiter = ';', value = {
            "sort=bogus; 422; sort",
            "sort=amount,sideways; 422; sort",
            "sort=amount,desc&sort=closeDate; 422; sort",
            "minAmount=-1; 422; minAmount",
            "minAmount=500&maxAmount=100; 422; maxAmount",
            "closedFrom=2026-06-01&closedTo=2026-05-01; 422; closedTo",
            "createdFrom=2026-06-01&createdTo=2026-05-01; 422; createdTo",
            "status=bogus; 422; status",
            "stage=Nope; 422; stage",
            "page=-1; 422; page",
            "size=501; 422; size",
            "minAmount=lots; 400; minAmount",
            "createdFrom=2026-13-01; 400; createdFrom",
            "teamId=abc; 400; teamId"})
    void answersBadParametersNamingThem(String query, int status, String parameter) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/opportunities?" + query)
                .with(httpBasic("admin", "demo"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String detail = JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.detail");
        assertThat(detail).contains(parameter).doesNotContain("Exception");
    }

    @Test
    void thePageShowsInvalidFiltersInTheFormWith422() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/opportunities?sort=bogus&minAmount=-5&q=cancity")
                .accept(MediaType.TEXT_HTML).with(httpBasic("cara.losch", "demo"))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body).contains("data-testid=\"errors\"").contains("bogus").contains("is not a column to sort by")
                .contains("minAmount: is zero or more").contains("value=\"cancity\"").contains("Cara Losch");
    }

    @Test
    void thePageCountsSortsAndLinksEachDealToItsPage() throws Exception {
        long won = DEALS.stream().filter(r -> r.stage().equals("Won")).count();
        BigDecimal largest = DEALS.stream().filter(r -> r.stage().equals("Won")).map(Row::value)
                .max(Comparator.naturalOrder()).orElseThrow();
        Map<String, Row> byId = DEALS.stream().collect(Collectors.toMap(Row::id, Function.identity()));

        String body = mvc.perform(get("/opportunities?status=won&sort=amount,desc").accept(MediaType.TEXT_HTML)
                .with(httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("data-deal=\"([^\"]+)\"").matcher(body);

        assertThat(body).contains(String.format(Locale.US, "%,d deals", won))
                .contains("aria-sort=\"descending\"")
                .contains("href=\"/opportunities.csv?status=won&amp;sort=amount,desc\"")
                .containsPattern("href=\"/opportunities/\\d+\" class=\"deal-link\"><code>[A-Z0-9]{8}</code>");
        assertThat(first.find()).isTrue();
        assertThat(byId.get(first.group(1)).value()).isEqualByComparingTo(largest);
    }

    private String json(String uri) throws Exception {
        return json(uri, "admin");
    }

    private String json(String uri, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).with(httpBasic(user, "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long total(String uri) throws Exception {
        return JsonPath.<Integer>read(json(uri), "$.page.totalElements");
    }

    private static List<BigDecimal> amounts(String json) {
        return JsonPath.<List<Object>>read(json, "$.content[*].amount").stream()
                .map(a -> new BigDecimal(a.toString())).toList();
    }
}
