package dev.frontline.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.DealSort;
import dev.frontline.pipeline.DealSort.Column;
import dev.frontline.pipeline.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walking a key column key by key (what a list of more than {@link DealListStore#SMALL_SET} deals does) gives exactly
 * the order PostgreSQL gives when it sorts the whole set in one query, on every page and in the export. The demo's
 * 8,800 deals are under the threshold, so each side is forced here.
 */
@IntegrationTest
class DealListWalkTest {

    private static final java.time.LocalDate TODAY = java.time.LocalDate.ofInstant(dev.frontline.TestClock.NOW, java.time.ZoneOffset.UTC);

    private static final int ALWAYS_WALK = 0;
    private static final int NEVER_WALK = Integer.MAX_VALUE;

    @Autowired
    DealListStore store;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    PlatformTransactionManager transactions;

    static Stream<Arguments> lists() {
        List<Arguments> out = new ArrayList<>();
        List<DealFilter> filters = List.of(DealFilter.none(), DealFilter.of(null, null, Outcome.WON),
                DealFilter.none().about(null, "retail"), DealFilter.none().about("GTX Pro", null),
                DealFilter.none().matching("gtx"), DealFilter.of(null, "Engaging", null));
        for (Column column : List.of(Column.OWNER, Column.ACCOUNT, Column.PRODUCT, Column.STAGE)) {
            for (boolean descending : List.of(false, true)) {
                for (DealFilter filter : filters) {
                    out.add(Arguments.of(column, descending, filter));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} desc={1} {2}")
    @MethodSource("lists")
    void walkingGivesTheSameOrderAsOneSortedQuery(Column column, boolean descending, DealFilter filter) {
        DealListStore.Where where = store.where(true, Set.of(), filter, TODAY);
        DealSort sort = DealSort.by(column, descending).withOwnerOrder(ownersByName());
        long total = store.count(where);

        for (long offset : List.of(0L, 7L, 480L, total / 2, Math.max(0, total - 10), total + 5)) {
            assertThat(ids(store.page(where, sort, offset, 25, ALWAYS_WALK)))
                    .as("offset %d of %d", offset, total)
                    .containsExactlyElementsOf(ids(store.page(where, sort, offset, 25, NEVER_WALK)));
        }
    }

    static Stream<Arguments> exports() {
        return lists().filter(a -> a.get()[2].equals(DealFilter.none()) || a.get()[2].equals(DealFilter.none().matching("gtx")));
    }

    @ParameterizedTest(name = "{0} desc={1} {2}")
    @MethodSource("exports")
    void walkingExportsEveryDealInTheSameOrder(Column column, boolean descending, DealFilter filter) {
        DealListStore.Where where = store.where(true, Set.of(), filter, TODAY);
        DealSort sort = DealSort.by(column, descending).withOwnerOrder(ownersByName());
        List<Long> walked = new ArrayList<>();
        List<Long> sorted = new ArrayList<>();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            store.each(where, sort, d -> walked.add(d.id()), ALWAYS_WALK);
            store.each(where, sort, d -> sorted.add(d.id()), NEVER_WALK);
        });

        assertThat(walked).hasSize((int) store.count(where)).containsExactlyElementsOf(sorted);
    }

    /** Every person by display name, as the web layer orders owners (names live in the organization). */
    private List<Long> ownersByName() {
        return named.queryForList("select id from person order by lower(display_name) collate \"C\", id", Map.of(),
                Long.class);
    }

    private static List<Long> ids(List<Deal> deals) {
        return deals.stream().map(Deal::id).toList();
    }
}
