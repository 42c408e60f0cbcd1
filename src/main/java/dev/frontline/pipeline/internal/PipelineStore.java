package dev.frontline.pipeline.internal;

import dev.frontline.pipeline.AccountLine;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.OpportunityLine;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.ProductLine;
import dev.frontline.pipeline.Products;
import dev.frontline.pipeline.RepNumbers;
import dev.frontline.pipeline.Stage;
import dev.frontline.pipeline.Upserted;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL over the pipeline's own tables (account, product, stage, opportunity): figures, facts and imports; lists are in
 * {@link DealListStore}.
 */
@Repository
public class PipelineStore {

    /**
     * The one definition of a deal as it stands on {@code :today}, which every read of deals starts from: nothing
     * dated after today has happened yet. A deal the data records as closed on a later day is open — at the last
     * open stage, expected to close on that day, for its amount (a loss's zero close value is no amount);
     * {@code recorded_as} keeps the stage the data records. A deal created after today is not there yet, unless
     * {@code :unborn} asks for it (one deal read by its id).
     */
    private static final String AS_OF = """
            with last_open as (
                select name, position from stage where outcome = 'OPEN' order by position desc limit 1
            ), deal as (
                select o.id, o.external_id, o.name, o.owner_id, o.product_id, o.account_id, o.engage_date,
                       o.close_date, coalesce(o.created_date, o.engage_date) as created_date,
                       case when d.ahead then coalesce(lo.name, s.name) else s.name end as stage,
                       case when d.ahead then coalesce(lo.position, s.position) else s.position end as position,
                       case when d.ahead then 'OPEN' else s.outcome end as outcome,
                       case when d.ahead then s.name end as recorded_as,
                       case when d.ahead and s.outcome = 'LOST' and o.amount = 0 then null else o.amount end as amount
                  from opportunity o
                  join stage s on s.id = o.stage_id
                  left join last_open lo on true
                 cross join lateral (select (s.outcome <> 'OPEN' and o.close_date > cast(:today as date)) as ahead) d
                 where cast(:unborn as boolean)
                    or not coalesce(coalesce(o.created_date, o.engage_date) > cast(:today as date), false)
            )
            """;

    private final JdbcClient jdbc;
    private final Staging staging;
    private final HistoryStore history;

    PipelineStore(JdbcClient jdbc, Staging staging, HistoryStore history) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.history = history;
    }

    public List<Stage> stages() {
        return jdbc.sql("select id, name, position, outcome from stage order by position")
                .query((rs, n) -> new Stage(rs.getLong("id"), rs.getString("name"), rs.getInt("position"),
                        Outcome.valueOf(rs.getString("outcome"))))
                .list();
    }

    /** Per owner: won and lost in [from, to], open now; reads only the deals closed in the days or open. */
    private static final String NUMBERS = """
            select o.owner_id,
                   coalesce(sum(o.amount) filter (where o.outcome = 'WON'), 0) as won_revenue,
                   count(*) filter (where o.outcome = 'WON') as won,
                   count(*) filter (where o.outcome = 'LOST') as lost,
                   count(*) filter (where o.outcome = 'OPEN') as open_deals,
                   coalesce(sum(coalesce(o.amount, p.sales_price)) filter (where o.outcome = 'OPEN'), 0)
                       as open_value
              from deal o
              left join product p on p.id = o.product_id
             where o.owner_id = any(:owners)
               and (o.outcome = 'OPEN' or o.close_date between :from and :to)
             group by o.owner_id
            """;

    /**
     * Per owner, as of {@code today}: deals won and lost with a close date in [from, to], and everything open now
     * (see {@link #AS_OF}).
     */
    public List<RepNumbers> numbers(Collection<Long> owners, LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql(AS_OF + NUMBERS)
                .param("owners", owners.toArray(Long[]::new)).param("from", from).param("to", to)
                .param("today", today).param("unborn", false)
                .query((rs, n) -> new RepNumbers(rs.getLong("owner_id"), rs.getBigDecimal("won_revenue"),
                        rs.getInt("won"), rs.getInt("lost"), rs.getInt("open_deals"), rs.getBigDecimal("open_value")))
                .list();
    }

    private static final String FACTS = """
            select o.id, o.owner_id, p.name as product, a.sector, o.stage, o.position, o.outcome,
                   o.amount, coalesce(o.amount, p.sales_price) as value, o.created_date, o.engage_date,
                   o.close_date
              from deal o
              left join product p on p.id = o.product_id
              left join account a on a.id = o.account_id
             where o.owner_id = any(:owners)
            """;

    /** The deals that count for the days [from, to]: closed or created in them, or open. */
    private static final String IN_PERIOD = """
               and (o.outcome = 'OPEN' or o.close_date between :from and :to
                    or o.created_date between :from and :to)
            """;

    /** Median days from engage to close of won deals per group of owners, and over all of them. */
    private static final String CYCLES = """
            select g.grp, grouping(g.grp) as whole,
                   percentile_cont(0.5) within group (order by o.close_date - o.engage_date) as days
              from deal o
              join unnest(cast(:owners as bigint[]), cast(:groups as bigint[])) as g(owner_id, grp)
                on g.owner_id = o.owner_id
             where o.outcome = 'WON'
               and o.engage_date is not null and o.close_date is not null
             group by grouping sets ((g.grp), ())
            having count(*) > 0
            """;

    /** Every deal of the given owners, as it stands on {@code today}, with the facts results are computed from. */
    public List<DealFact> facts(Collection<Long> owners, LocalDate today) {
        return jdbc.sql(AS_OF + FACTS)
                .param("owners", owners.toArray(Long[]::new)).param("today", today).param("unborn", false)
                .query(PipelineStore::fact).list();
    }

    /**
     * The deals of the given owners that count for the days [from, to] as of {@code today}: closed inside them,
     * created inside them, or open on {@code today}.
     */
    public List<DealFact> facts(Collection<Long> owners, LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql(AS_OF + FACTS + IN_PERIOD)
                .param("owners", owners.toArray(Long[]::new)).param("from", from).param("to", to)
                .param("today", today).param("unborn", false)
                .query(PipelineStore::fact).list();
    }

    /**
     * The median days from engage to close of the deals won by {@code today}, per group of owners ({@code groups[i]}
     * is the group of {@code owners[i]}) and over all of them (the row whose group is null): one query.
     */
    public List<GroupCycle> medianCycles(Long[] owners, Long[] groups, LocalDate today) {
        return jdbc.sql(AS_OF + CYCLES)
                .param("owners", owners).param("groups", groups).param("today", today).param("unborn", false)
                .query((rs, n) -> new GroupCycle(rs.getInt("whole") == 1 ? null : rs.getLong("grp"),
                        BigDecimal.valueOf(rs.getDouble("days"))))
                .list();
    }

    /** A group's median sales cycle in days; the group is null for all the owners together. */
    public record GroupCycle(@Nullable Long group, BigDecimal days) {
    }

    private static DealFact fact(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DealFact(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("product"),
                rs.getString("sector"), rs.getString("stage"), rs.getInt("position"),
                Outcome.valueOf(rs.getString("outcome")), rs.getBigDecimal("amount"), rs.getBigDecimal("value"),
                localDate(rs.getDate("created_date")), localDate(rs.getDate("engage_date")),
                localDate(rs.getDate("close_date")));
    }

    public Map<String, BigDecimal> listPrices() {
        Map<String, BigDecimal> prices = new HashMap<>();
        jdbc.sql("select name, sales_price from product where sales_price is not null").query(rs -> {
            prices.put(rs.getString("name"), rs.getBigDecimal("sales_price"));
        });
        return prices;
    }

    // ---- imports ----

    public Map<String, Long> productIdsByKey() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, match_key from product").query(rs -> {
            ids.put(rs.getString("match_key"), rs.getLong("id"));
        });
        return ids;
    }

    public Map<String, Long> accountIdsByName() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, lower(name) as name from account").query(rs -> {
            ids.put(rs.getString("name"), rs.getLong("id"));
        });
        return ids;
    }

    /**
     * Adds a stage after the last stage of its outcome or of an outcome before it (open, won, lost), moving the
     * stages after it down one place.
     */
    public Stage insertStage(String name, Outcome outcome) {
        String[] upTo = Arrays.stream(Outcome.values()).filter(o -> o.ordinal() <= outcome.ordinal())
                .map(Outcome::name).toArray(String[]::new);
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from stage where outcome = any(:outcomes)")
                .param("outcomes", upTo).query(Integer.class).single();
        jdbc.sql("update stage set position = position + 1 where position >= :p").param("p", position).update();
        long id = jdbc.sql("insert into stage (name, position, outcome) values (:n, :p, :o) returning id")
                .param("n", name).param("p", position).param("o", outcome.name()).query(Long.class).single();
        return new Stage(id, name, position, outcome);
    }

    /** Adds an account, known by name only, for each name no account has (in any case); answers how many. */
    public int insertAccountsIfAbsent(List<String> names) {
        return jdbc.sql("""
                        insert into account (name)
                        select n from unnest(cast(:names as text[])) with ordinality as t(n, ord) order by ord
                        on conflict ((lower(name))) do nothing
                        """)
                .param("names", names.toArray(String[]::new)).update();
    }

    /**
     * Inserts or updates products by their match keys in one statement; a product whose fields are all as the line
     * gives them is left alone (no new version).
     */
    public Upserted upsertProducts(List<ProductLine> lines) {
        jdbc.sql("""
                create temp table product_import (
                    ord integer not null, name text not null, match_key text not null, series text,
                    sales_price numeric(14, 2)
                ) on commit drop
                """).update();
        staging.copy("product_import", List.of("ord", "name", "match_key", "series", "sales_price"), numbered(lines),
                l -> new Object[] {l.ord(), l.line().name(), Products.matchKey(l.line().name()), l.line().series(),
                        l.line().salesPrice()});
        return written(lines.size(), "product_import", """
                insert into product (name, match_key, series, sales_price)
                select name, match_key, series, sales_price from product_import order by ord
                on conflict (match_key) do update
                   set name = excluded.name, series = excluded.series, sales_price = excluded.sales_price,
                       version = product.version + 1
                 where (product.name, product.series, product.sales_price)
                       is distinct from (excluded.name, excluded.series, excluded.sales_price)
                returning xmax = 0 as created
                """);
    }

    /**
     * Inserts or updates accounts by their names (in any case) in one statement; an account whose fields are all as
     * the line gives them is left alone (no new version).
     */
    public Upserted upsertAccounts(List<AccountLine> lines) {
        jdbc.sql("""
                create temp table account_import (
                    ord integer not null, name text not null, sector text, year_established integer,
                    revenue_musd numeric(14, 2), employees integer, office_location text, parent_name text
                ) on commit drop
                """).update();
        staging.copy("account_import", List.of("ord", "name", "sector", "year_established", "revenue_musd",
                        "employees", "office_location", "parent_name"), numbered(lines),
                l -> new Object[] {l.ord(), l.line().name(), l.line().sector(), l.line().yearEstablished(),
                        l.line().revenueMillions(), l.line().employees(), l.line().officeLocation(),
                        l.line().subsidiaryOf()});
        return written(lines.size(), "account_import", """
                insert into account (name, sector, year_established, revenue_musd, employees, office_location,
                                     parent_name)
                select name, sector, year_established, revenue_musd, employees, office_location, parent_name
                  from account_import order by ord
                on conflict ((lower(name))) do update
                   set name = excluded.name, sector = excluded.sector, year_established = excluded.year_established,
                       revenue_musd = excluded.revenue_musd, employees = excluded.employees,
                       office_location = excluded.office_location, parent_name = excluded.parent_name,
                       version = account.version + 1
                 where (account.name, account.sector, account.year_established, account.revenue_musd,
                        account.employees, account.office_location, account.parent_name)
                       is distinct from (excluded.name, excluded.sector, excluded.year_established,
                        excluded.revenue_musd, excluded.employees, excluded.office_location, excluded.parent_name)
                returning xmax = 0 as created
                """);
    }

    /**
     * Inserts or updates opportunities by external id: the lines are copied ({@code COPY}) into a staging table,
     * their products, accounts and stages resolved here, and one statement upserts them all, giving each new row its
     * value (amount, else its product's price) so that the value trigger need not query per row. An opportunity whose
     * fields are all as its line gives them is left alone (no new version, no new {@code updated_at}). The external
     * ids must be distinct (the importer rejects a file that repeats one). Before the upsert, one statement records in
     * the deals' history each stage, amount, close date and owner the lines change ({@link HistoryStore}).
     */
    public Upserted upsertOpportunities(List<OpportunityLine> lines) {
        Map<String, Long> products = productIdsByKey();
        Map<String, Long> accounts = accountIdsByName();
        Map<String, Long> stages = new HashMap<>();
        stages().forEach(s -> stages.put(s.name().toLowerCase(Locale.ROOT), s.id()));
        jdbc.sql("""
                create temp table opportunity_import (
                    ord integer not null, external_id text not null, owner_id bigint not null, product_id bigint,
                    account_id bigint, stage_id bigint not null, name text, amount numeric(14, 2), engage_date date,
                    close_date date, created_date date
                ) on commit drop
                """).update();
        staging.copy("opportunity_import", List.of("ord", "external_id", "owner_id", "product_id", "account_id",
                        "stage_id", "name", "amount", "engage_date", "close_date", "created_date"), numbered(lines),
                n -> {
                    OpportunityLine l = n.line();
                    return new Object[] {n.ord(), l.externalId(), l.ownerId(),
                            l.product() == null ? null : known(products, Products.matchKey(l.product()), l.product()),
                            l.account() == null ? null
                                    : known(accounts, l.account().toLowerCase(Locale.ROOT), l.account()),
                            known(stages, l.stage().toLowerCase(Locale.ROOT), l.stage()),
                            l.name(), l.amount(), l.engageDate(), l.closeDate(), l.createdDate()};
                });
        history.recordImportChanges();
        return written(lines.size(), "opportunity_import", """
                insert into opportunity (external_id, owner_id, product_id, account_id, stage_id, name, amount,
                                         value, engage_date, close_date, created_date)
                select s.external_id, s.owner_id, s.product_id, s.account_id, s.stage_id, s.name, s.amount,
                       coalesce(s.amount, p.sales_price), s.engage_date, s.close_date, s.created_date
                  from opportunity_import s
                  left join product p on p.id = s.product_id
                 order by s.ord
                on conflict (external_id) do update
                   set owner_id = excluded.owner_id, product_id = excluded.product_id, account_id = excluded.account_id,
                       stage_id = excluded.stage_id, name = excluded.name, amount = excluded.amount,
                       engage_date = excluded.engage_date, close_date = excluded.close_date,
                       created_date = excluded.created_date, updated_at = now(), version = opportunity.version + 1
                 where (opportunity.owner_id, opportunity.product_id, opportunity.account_id, opportunity.stage_id,
                        opportunity.name, opportunity.amount, opportunity.engage_date, opportunity.close_date,
                        opportunity.created_date)
                       is distinct from (excluded.owner_id, excluded.product_id, excluded.account_id,
                        excluded.stage_id, excluded.name, excluded.amount, excluded.engage_date, excluded.close_date,
                        excluded.created_date)
                returning xmax = 0 as created
                """);
    }

    /** Runs the upsert (which returns whether it created each row it wrote), then drops its staging table. */
    private Upserted written(int lines, String stagingTable, String upsert) {
        Upserted counts = jdbc.sql("with written as (" + upsert + """
                        )
                        select count(*) filter (where created) as created, count(*) filter (where not created) as updated
                          from written
                        """)
                .query((rs, n) -> new Upserted(rs.getInt("created"), rs.getInt("updated"),
                        lines - rs.getInt("created") - rs.getInt("updated")))
                .single();
        jdbc.sql("drop table " + stagingTable).update();
        return counts;
    }

    private static Long known(Map<String, Long> ids, String key, String value) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("'" + value + "' was checked but is not found");
        }
        return id;
    }

    /** A line with its place in the file, so that rows are inserted (and get their ids) in the file's order. */
    private record Numbered<T>(int ord, T line) {
    }

    private static <T> List<Numbered<T>> numbered(List<T> lines) {
        List<Numbered<T>> numbered = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(new Numbered<>(i, lines.get(i)));
        }
        return numbered;
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

}
