package dev.frontline.pipeline.internal;

import dev.frontline.pipeline.AccountLine;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealDetails;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.DealFlags;
import dev.frontline.pipeline.DealSort;
import dev.frontline.pipeline.DealSort.Column;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.ProductLine;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.system.FiscalCalendar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Deal lists over the opportunity table for any filter and sort: a page, a count, or every deal streamed. Every
 * condition and every order is on the opportunity table alone, so that the indexes of {@code V10} serve them; the
 * names shown (stage, account, product) are joined to the page's rows only.
 *
 * <p>Columns whose values live elsewhere (rep, account, product, stage) sort by walking their keys in name order:
 * each key's deals come from an index on {@code (key, id)}, so a page reads about as many rows as it shows. A
 * filtered set of at most {@link #SMALL_SET} deals is sorted by PostgreSQL in one query instead.
 *
 * <p>The flags of open deals (stale, slipped: {@link FlagSql}) are computed in the same query, for the rows a page
 * keeps, by a probe of the history index per row; the "flagged" filter is the one condition that reads beyond the
 * opportunity table (the same probes, as the walk meets the rows).
 */
@Repository
public class DealListStore {

    /** A filtered set this small is sorted in one query; a larger one is walked key by key. */
    static final int SMALL_SET = 10_000;
    static final int FETCH_SIZE = 500;

    /**
     * The rows a list keeps, as they stand on {@code :today} (the rule of {@link PipelineStore#AS_OF}): a deal the
     * data closes after today shows open, at {@code :lastOpenStage}, with {@code recorded_as} saying what the data
     * records (and a loss's zero close value is no amount: the list price stands in).
     */
    static final String DISPLAY = """
            select o.id, o.external_id, o.name, o.owner_id, a.name as account, p.name as product,
                   case when d.ahead then cast(:lastOpenStage as text) else s.name end as stage,
                   case when d.ahead then 'OPEN' else s.outcome end as outcome,
                   case when d.ahead then s.name end as recorded_as,
                   case when d.ahead and s.outcome = 'LOST' and o.amount = 0 then p.sales_price else o.value end as amount,
                   (o.amount is null and o.value is not null) or (d.ahead and s.outcome = 'LOST' and o.amount = 0)
                       as estimated,
                   o.engage_date, o.close_date, coalesce(o.created_date, o.engage_date) as created_date,
                   f.stale_after,
            """ + " " + FlagSql.day("f.last_change") + " as last_change_day,\n"
            + " coalesce(" + FlagSql.day("f.last_change") + " < cast(:today as date) - f.stale_after, false) as stale,\n"
            + " case when f.slip_bucket = 0 then '" + FlagSql.EARLIER + "'"
            + " when f.slip_bucket is not null then (cast(:flagNames as text[]))[f.slip_bucket] end as slipped_from\n"
            + """
              from (%s) o
              join stage s on s.id = o.stage_id
              cross join lateral (select (s.outcome <> 'OPEN' and o.close_date > cast(:today as date)) as ahead) d
              cross join lateral (select s.outcome = 'OPEN' or d.ahead as open) op
              cross join lateral (select
            """ + " case when op.open then " + FlagSql.LAST_CHANGE + " end as last_change,\n"
            + " case when op.open then " + FlagSql.SLIP_BUCKET + " end as slip_bucket,\n"
            + " " + FlagSql.STALE_AFTER + " as stale_after) f\n"
            + """
              left join product p on p.id = o.product_id
              left join account a on a.id = o.account_id
             order by %s
            """;



    private final NamedParameterJdbcTemplate named;
    private final NamedParameterJdbcTemplate streaming;

    private final FiscalCalendar calendar;

    DealListStore(DataSource dataSource, FiscalCalendar calendar) {
        this.calendar = calendar;
        this.named = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
    }

    /**
     * The conditions of a list, with names (stages, statuses, a product, a sector, the search's accounts and
     * products) resolved to ids.
     *
     * @param allOwners true when every owner's deals are in (the admin, unfiltered by owner)
     * @param owners    otherwise, the owners whose deals are in
     */
    public Where where(boolean allOwners, Collection<Long> owners, DealFilter filter, LocalDate today) {
        return where(allOwners, owners, filter, today, calendar.defaultZone(), Map.of());
    }

    /**
     * As {@link #where(boolean, Collection, DealFilter, LocalDate)}, with the flags read as the viewer reads them.
     *
     * @param zone         the viewer's time zone, that the days of changes are counted in
     * @param staleByOwner the stale limit of the people of teams that set one (others have the default)
     */
    public Where where(boolean allOwners, Collection<Long> owners, DealFilter filter, LocalDate today, ZoneId zone,
                       Map<Long, Integer> staleByOwner) {
        return ListSql.where(allOwners, owners, filter, today, stages(), this::ids, rules(today, zone, staleByOwner));
    }

    private FlagSql.Rules rules(LocalDate today, ZoneId zone, Map<Long, Integer> staleByOwner) {
        return FlagSql.Rules.of(today, zone, calendar.periodOf(Grain.QUARTER, today), staleByOwner,
                DealFlags.DEFAULT_STALE_AFTER_DAYS);
    }

    /** One page of deals in the sort's order. */
    public List<Deal> page(Where where, DealSort sort, long offset, int limit) {
        return page(where, sort, offset, limit, SMALL_SET);
    }

    /** Every deal of the list in the sort's order, streamed to the consumer (for an export). */
    public void each(Where where, DealSort sort, Consumer<Deal> consumer) {
        each(where, sort, consumer, SMALL_SET);
    }

    /** A page, walking key columns when more than {@code smallSet} deals match. */
    List<Deal> page(Where where, DealSort sort, long offset, int limit, int smallSet) {
        List<Deal> page = new ArrayList<>(limit);
        if (walks(where, sort, smallSet)) {
            walk(where, sort, offset, limit, page::add, named);
        } else {
            ListSql.Query q = ListSql.sorted(where, sort, keysFor(where, sort), offset, limit);
            page.addAll(named.query(q.sql(), q.params(), DealListStore::deal));
        }
        return page;
    }

    void each(Where where, DealSort sort, Consumer<Deal> consumer, int smallSet) {
        if (walks(where, sort, smallSet)) {
            walk(where, sort, 0, Long.MAX_VALUE, consumer, streaming);
        } else {
            ListSql.Query q = ListSql.sorted(where, sort, keysFor(where, sort), 0, Long.MAX_VALUE);
            streaming.query(q.sql(), q.params(), rs -> {
                consumer.accept(deal(rs, 0));
            });
        }
    }

    private boolean walks(Where where, DealSort sort, int smallSet) {
        return !sort.isDefault() && sort.column().byKey() && count(where, smallSet) > smallSet;
    }

    /** How many deals the list holds, counted up to {@code upTo}: a larger list answers {@code upTo + 1}. */
    public long count(Where where, long upTo) {
        ListSql.Query q = ListSql.count(where, null, upTo);
        return named.queryForObject(q.sql(), q.params(), Long.class);
    }

    /** How many deals the list holds. */
    public long count(Where where) {
        return count(where, Long.MAX_VALUE);
    }

    /** One deal as it stands on {@code today}; asked for by its id, also one created after today. */
    public Optional<Deal> deal(long id, LocalDate today) {
        return deal(id, today, calendar.defaultZone(), Map.of());
    }

    /** One deal as it stands on {@code today}, its flags read as the viewer reads them (see {@link #where}). */
    public Optional<Deal> deal(long id, LocalDate today, ZoneId zone, Map<Long, Integer> staleByOwner) {
        Map<String, Object> p = new java.util.HashMap<>(rules(today, zone, staleByOwner).params(true, Set.of()));
        p.put("id", id);
        p.put("today", today);
        p.put("lastOpenStage", ListSql.lastOpen(stages()).name());
        return named.query(DISPLAY.formatted("select * from opportunity where id = :id", "o.id"), p,
                DealListStore::deal).stream().findFirst();
    }

    public Optional<DealDetails> details(long id, LocalDate today) {
        return details(id, today, calendar.defaultZone(), Map.of());
    }

    /** Everything known of one deal, its flags read as the viewer reads them (see {@link #where}). */
    public Optional<DealDetails> details(long id, LocalDate today, ZoneId zone, Map<Long, Integer> staleByOwner) {
        return deal(id, today, zone, staleByOwner).map(deal -> named.queryForObject("""
                        select o.created_date, o.created_at, o.updated_at, o.version, o.next_step,
                               a.name as account, a.sector, a.year_established, a.revenue_musd, a.employees,
                               a.office_location, a.parent_name, p.name as product, p.series, p.sales_price
                          from opportunity o
                          left join account a on a.id = o.account_id
                          left join product p on p.id = o.product_id
                         where o.id = :id
                        """, Map.of("id", id), (rs, n) -> new DealDetails(deal, localDate(rs.getDate("created_date")),
                        rs.getString("account") == null ? null : new AccountLine(rs.getString("account"),
                                rs.getString("sector"), rs.getObject("year_established", Integer.class),
                                rs.getBigDecimal("revenue_musd"), rs.getObject("employees", Integer.class),
                                rs.getString("office_location"), rs.getString("parent_name")),
                        rs.getString("product") == null ? null : new ProductLine(rs.getString("product"),
                                rs.getString("series"), rs.getBigDecimal("sales_price")),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                        rs.getInt("version"), rs.getString("next_step"))));
    }

    // ---- sorting by a key: rep, account, product, stage ----

    /** The keys of a key column in the order it sorts by (ascending), or none for other sorts. */
    List<Long> keysFor(Where where, DealSort sort) {
        if (sort.isDefault() || !sort.column().byKey()) {
            return List.of();
        }
        return switch (sort.column()) {
            case OWNER -> ownerKeys(where, sort.ownerOrder());
            case ACCOUNT -> named.queryForList("select id from account order by lower(name) collate \"C\", id", Map.of(), Long.class);
            case PRODUCT -> named.queryForList("select id from product order by lower(name) collate \"C\", id", Map.of(), Long.class);
            case STAGE -> stageKeys();
            default -> throw new IllegalStateException(sort.column().name());
        };
    }

    /**
     * The stages in pipeline order, with {@link ListSql#AHEAD} — the deals the data closes after today, which stand
     * at the last open stage today — right after the last open stage.
     */
    private List<Long> stageKeys() {
        List<ListSql.StageRow> stages = stages();
        long lastOpen = ListSql.lastOpen(stages).id();
        List<Long> keys = new ArrayList<>();
        for (ListSql.StageRow s : stages) {
            keys.add(s.id());
            if (s.id() == lastOpen) {
                keys.add(ListSql.AHEAD);
            }
        }
        return keys;
    }

    /** The owners in the given name order, then any other owner of a deal in the list by id. */
    private List<Long> ownerKeys(Where where, List<Long> nameOrder) {
        Set<Long> owners = where.allOwners() ? distinctOwners() : where.owners();
        Set<Long> keys = new LinkedHashSet<>();
        nameOrder.stream().filter(owners::contains).forEach(keys::add);
        owners.stream().filter(id -> !keys.contains(id)).sorted().forEach(keys::add);
        return List.copyOf(keys);
    }

    /** Every owner of a deal, by a skip scan over {@code opportunity_owner_id_idx}: one probe per owner. */
    private Set<Long> distinctOwners() {
        return new HashSet<>(named.queryForList("""
                with recursive owners(id) as (
                    (select owner_id from opportunity order by owner_id limit 1)
                    union all
                    select (select o.owner_id from opportunity o where o.owner_id > owners.id order by o.owner_id limit 1)
                      from owners where owners.id is not null)
                select id from owners where id is not null
                """, Map.of(), Long.class));
    }

    /**
     * Walks the keys in order (reversed when descending, blanks last ascending and first descending), skipping whole
     * keys by a count capped at what is still to skip, and reads each key's deals by id until the page is full.
     */
    private void walk(Where where, DealSort sort, long offset, long limit, Consumer<Deal> consumer,
                      NamedParameterJdbcTemplate jdbc) {
        List<ListSql.Segment> segments = ListSql.segments(where, sort, keysFor(where, sort));
        long skip = offset;
        long wanted = limit;
        for (ListSql.Segment segment : segments) {
            if (wanted <= 0) {
                return;
            }
            if (skip > 0) {
                ListSql.Query count = ListSql.count(where, segment, skip + 1);
                long inSegment = named.queryForObject(count.sql(), count.params(), Long.class);
                if (inSegment <= skip) {
                    skip -= inSegment;
                    continue;
                }
            }
            ListSql.Query q = ListSql.segment(where, segment, sort.descending(), skip, wanted);
            long[] read = {0};
            jdbc.query(q.sql(), q.params(), rs -> {
                consumer.accept(deal(rs, 0));
                read[0]++;
            });
            skip = 0;
            wanted -= read[0];
        }
    }

    // ---- resolving names ----

    private List<ListSql.StageRow> stages() {
        return named.query("select id, name, outcome from stage order by position", Map.of(),
                (rs, n) -> new ListSql.StageRow(rs.getLong("id"), rs.getString("name"),
                        Outcome.valueOf(rs.getString("outcome"))));
    }

    private Set<Long> ids(String sql, Map<String, ?> params) {
        return new HashSet<>(named.queryForList(sql, params, Long.class));
    }

    static Deal deal(ResultSet rs, int n) throws SQLException {
        return new Deal(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"), rs.getLong("owner_id"),
                rs.getString("account"), rs.getString("product"), rs.getString("stage"),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("recorded_as"), rs.getBigDecimal("amount"),
                rs.getBoolean("estimated"),
                localDate(rs.getDate("engage_date")), localDate(rs.getDate("close_date")),
                localDate(rs.getDate("created_date")),
                new DealFlags(rs.getBoolean("stale"), localDate(rs.getDate("last_change_day")),
                        rs.getInt("stale_after"), rs.getString("slipped_from")));
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /**
     * A list's conditions over the opportunity table and their parameters.
     *
     * @param restricts  for a key column, the only keys the conditions let through (a product, a sector's accounts,
     *                   some stages), so that walking skips the others without reading them
     * @param countOrder the column of a range filter (amount, created, closed), whose index a capped count walks
     */
    public record Where(List<String> conditions, Map<String, Object> params, boolean allOwners, Set<Long> owners,
                        Map<Column, Set<Long>> restricts, @Nullable String countOrder) {

        public Where {
            conditions = List.copyOf(conditions);
            params = Map.copyOf(params);
            owners = Set.copyOf(owners);
            restricts = Map.copyOf(restricts);
        }
    }
}
