package dev.frontline.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.frontline.IntegrationTest;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.DealSort;
import dev.frontline.pipeline.DealSort.Column;
import dev.frontline.pipeline.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list's queries have a shape an index serves: for every sort, the rows of a page come from an index scan in the
 * wanted order, with no sort of the matching rows. On the demo's 8,800 deals a sequential scan and a sort are cheap,
 * so the planner would often take them; each plan is therefore asked for with both priced out
 * ({@code enable_seqscan} and {@code enable_sort} off, inside the test's transaction). PostgreSQL still sorts when no
 * index can deliver the order, so a plan without a Sort node under the page's Limit proves that an index does.
 * {@code DealListBenchmark} shows the planner choosing these plans by itself on 880,000 deals.
 */
@IntegrationTest
class DealListPlansTest {

    private static final java.time.LocalDate TODAY = java.time.LocalDate.ofInstant(dev.frontline.TestClock.NOW, java.time.ZoneOffset.UTC);

    @Autowired
    DealListStore store;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    PlatformTransactionManager transactions;

    static Stream<Arguments> sorts() {
        return Stream.of(
                Arguments.of(DealSort.DEFAULT, "opportunity_list_idx"),
                Arguments.of(DealSort.by(Column.EXTERNAL_ID, false), "opportunity_external_id_c_idx"),
                Arguments.of(DealSort.by(Column.EXTERNAL_ID, true), "opportunity_external_id_c_idx"),
                Arguments.of(DealSort.by(Column.AMOUNT, true), "opportunity_value_idx"),
                Arguments.of(DealSort.by(Column.AMOUNT, false), "opportunity_value_idx"),
                Arguments.of(DealSort.by(Column.CREATED, true), "opportunity_created_idx"),
                Arguments.of(DealSort.by(Column.ENGAGED, false), "opportunity_engage_idx"),
                Arguments.of(DealSort.by(Column.CLOSED, true), "opportunity_close_idx"),
                Arguments.of(DealSort.by(Column.CLOSED, false), "opportunity_close_idx"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("sorts")
    void theAdminsPageInEachOrderIsReadFromAnIndex(DealSort sort, String index) {
        DealListStore.Where all = store.where(true, Set.of(), DealFilter.none(), TODAY);

        Map<String, Object> page = pageNode(plan(ListSql.sorted(all, sort, List.of(), 500, 25)));

        assertThat(nodeTypes(page)).doesNotContain("Sort", "Incremental Sort", "Seq Scan");
        assertThat(indexes(page)).contains(index);
    }

    static Stream<Arguments> filtered() {
        return Stream.of(
                Arguments.of("open deals, default order", DealFilter.of(null, null, Outcome.OPEN), DealSort.DEFAULT,
                        "opportunity_list_idx"),
                Arguments.of("won deals by amount", DealFilter.of(null, null, Outcome.WON),
                        DealSort.by(Column.AMOUNT, true), "opportunity_value_idx"),
                Arguments.of("an amount range by close date", DealFilter.none().worth(BigDecimal.valueOf(1000),
                        BigDecimal.valueOf(2000)), DealSort.by(Column.CLOSED, true), "opportunity_close_idx"),
                Arguments.of("a created window by amount", DealFilter.none().createdBetween(LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-03-31")), DealSort.by(Column.AMOUNT, false), "opportunity_value_idx"),
                Arguments.of("a search by id", DealFilter.none().matching("1c1i"), DealSort.by(Column.EXTERNAL_ID, false),
                        "opportunity_external_id_c_idx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filtered")
    void aFilteredPageIsReadFromTheSortsIndex(String what, DealFilter filter, DealSort sort, String index) {
        DealListStore.Where where = store.where(true, Set.of(), filter, TODAY);

        Map<String, Object> page = pageNode(plan(ListSql.sorted(where, sort, List.of(), 0, 25)));

        assertThat(nodeTypes(page)).doesNotContain("Sort", "Incremental Sort", "Seq Scan");
        assertThat(indexes(page)).contains(index);
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(Column.OWNER, "opportunity_owner_id_idx"),
                Arguments.of(Column.ACCOUNT, "opportunity_account_idx"),
                Arguments.of(Column.PRODUCT, "opportunity_product_idx"),
                Arguments.of(Column.STAGE, "opportunity_stage_id_idx"));
    }

    /**
     * Each key's deals come in id order from the key's index or, for a key with many deals (the planner's choice:
     * the page is then found after few rows), from the primary key filtered by the key; neither sorts.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("keys")
    void sortingByAKeyReadsEachKeysDealsFromAnIndexInIdOrder(Column column, String index) {
        DealListStore.Where all = store.where(true, Set.of(), DealFilter.none(), TODAY);
        DealSort sort = DealSort.by(column, true);
        long key = store.keysFor(all, sort).get(0);

        Map<String, Object> page = pageNode(plan(ListSql.segment(all, new ListSql.Segment(ListSql.keyColumn(column), key),
                true, 10, 26)));
        Map<String, Object> skip = pageNode(plan(ListSql.count(all, new ListSql.Segment(ListSql.keyColumn(column), key),
                30)));

        assertThat(nodeTypes(page)).doesNotContain("Sort", "Incremental Sort", "Seq Scan");
        assertThat(indexes(page)).containsAnyOf(index, "opportunity_pkey");
        assertThat(nodeTypes(skip)).doesNotContain("Seq Scan");
        assertThat(indexes(skip)).isNotEmpty();
    }

    @Test
    void theDealsWithoutAnAccountAreReadInIdOrderFromAnIndex() {
        DealListStore.Where all = store.where(true, Set.of(), DealFilter.none(), TODAY);

        Map<String, Object> page = pageNode(plan(ListSql.segment(all, new ListSql.Segment("o.account_id", null),
                false, 0, 26)));

        assertThat(nodeTypes(page)).doesNotContain("Sort", "Seq Scan");
        assertThat(indexes(page)).containsAnyOf("opportunity_account_idx", "opportunity_pkey");
    }

    @Test
    void theSearchIsServedByTheTrigramIndexAndTheAccountAndProductIndexes() {
        // "cancity" names an account and no product; "gtx pro" names a product and no account
        DealListStore.Where byAccount = store.where(true, Set.of(), DealFilter.none().matching("cancity"), TODAY);
        DealListStore.Where byProduct = store.where(true, Set.of(), DealFilter.none().matching("gtx pro"), TODAY);

        List<String> account = indexes(plan(ListSql.count(byAccount, null, Long.MAX_VALUE)));
        List<String> product = indexes(plan(ListSql.count(byProduct, null, Long.MAX_VALUE)));

        assertThat(account).contains("opportunity_search_idx", "opportunity_account_idx");
        assertThat(product).contains("opportunity_search_idx", "opportunity_product_idx");
    }

    @Test
    void aManagersPageIsReadThroughTheOwnerIndex() {
        Set<Long> team = Set.copyOf(named.queryForList(
                "select owner_id from opportunity group by owner_id order by owner_id limit 5", Map.of(), Long.class));
        DealListStore.Where where = store.where(false, team, DealFilter.none(), TODAY);

        Map<String, Object> plan = plan(ListSql.sorted(where, DealSort.by(Column.AMOUNT, true), List.of(), 0, 25));

        assertThat(nodeTypes(plan)).doesNotContain("Seq Scan");
        assertThat(indexes(plan)).isNotEmpty();
    }

    /** The plan of a query, with sequential scans and sorts priced out, as JSON turned into maps and lists. */
    private Map<String, Object> plan(ListSql.Query query) {
        return new TransactionTemplate(transactions).execute(status -> {
            named.getJdbcTemplate().execute("set local enable_seqscan = off");
            named.getJdbcTemplate().execute("set local enable_sort = off");
            String json = named.queryForObject("explain (format json) " + query.sql(), query.params(), String.class);
            return JsonPath.<Map<String, Object>>read(json, "$[0].Plan");
        });
    }

    /** The Limit node that cuts the page out of the opportunity table: the innermost one. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> pageNode(Map<String, Object> plan) {
        Map<String, Object> found = null;
        List<Map<String, Object>> todo = new ArrayList<>(List.of(plan));
        while (!todo.isEmpty()) {
            Map<String, Object> node = todo.remove(0);
            if ("Limit".equals(node.get("Node Type"))) {
                found = node;
            }
            todo.addAll((List<Map<String, Object>>) node.getOrDefault("Plans", List.of()));
        }
        assertThat(found).as("a Limit node in %s", plan).isNotNull();
        return found;
    }

    private static List<String> nodeTypes(Map<String, Object> node) {
        return collect(node, "Node Type");
    }

    private static List<String> indexes(Map<String, Object> node) {
        return collect(node, "Index Name");
    }

    @SuppressWarnings("unchecked")
    private static List<String> collect(Map<String, Object> node, String key) {
        List<String> out = new ArrayList<>();
        if (node.get(key) != null) {
            out.add(node.get(key).toString());
        }
        ((List<Map<String, Object>>) node.getOrDefault("Plans", List.of())).forEach(child -> out.addAll(collect(child, key)));
        return out;
    }
}
