package dev.frontline.pipeline.internal;

import dev.frontline.pipeline.AccountLine;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.OpportunityLine;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.ProductLine;
import dev.frontline.pipeline.Products;
import dev.frontline.pipeline.RepNumbers;
import dev.frontline.pipeline.Stage;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    private final NamedParameterJdbcTemplate named;

    PipelineStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
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

    /** Adds an account by name unless one of that name (in any case) exists; answers whether it was added. */
    public boolean insertAccountIfAbsent(String name) {
        return jdbc.sql("insert into account (name) values (:n) on conflict ((lower(name))) do nothing")
                .param("n", name).update() > 0;
    }

    /** Inserts or updates a product by its match key; answers whether it was created, updated or unchanged. */
    public Change upsertProduct(ProductLine line) {
        String key = Products.matchKey(line.name());
        var existing = jdbc.sql("select name, series, sales_price from product where match_key = :k").param("k", key)
                .query((rs, n) -> new ProductLine(rs.getString("name"), rs.getString("series"),
                        rs.getBigDecimal("sales_price")))
                .optional();
        if (existing.isEmpty()) {
            jdbc.sql("insert into product (name, match_key, series, sales_price) values (:n, :k, :s, :p)")
                    .param("n", line.name()).param("k", key).param("s", line.series()).param("p", line.salesPrice())
                    .update();
            return Change.CREATED;
        }
        ProductLine old = existing.get();
        if (old.name().equals(line.name()) && Objects.equals(old.series(), line.series())
                && sameNumber(old.salesPrice(), line.salesPrice())) {
            return Change.UNCHANGED;
        }
        jdbc.sql("update product set name = :n, series = :s, sales_price = :p, version = version + 1 where match_key = :k")
                .param("n", line.name()).param("k", key).param("s", line.series()).param("p", line.salesPrice())
                .update();
        return Change.UPDATED;
    }

    public Change upsertAccount(AccountLine line) {
        var existing = jdbc.sql("""
                        select name, sector, year_established, revenue_musd, employees, office_location, parent_name
                          from account where lower(name) = lower(:n)
                        """)
                .param("n", line.name())
                .query((rs, n) -> new AccountLine(rs.getString("name"), rs.getString("sector"),
                        rs.getObject("year_established", Integer.class), rs.getBigDecimal("revenue_musd"),
                        rs.getObject("employees", Integer.class), rs.getString("office_location"),
                        rs.getString("parent_name")))
                .optional();
        var params = new MapSqlParameterSource()
                .addValue("n", line.name()).addValue("sector", line.sector())
                .addValue("year", line.yearEstablished()).addValue("revenue", line.revenueMillions())
                .addValue("employees", line.employees()).addValue("office", line.officeLocation())
                .addValue("parent", line.subsidiaryOf());
        if (existing.isEmpty()) {
            named.update("""
                    insert into account (name, sector, year_established, revenue_musd, employees, office_location, parent_name)
                    values (:n, :sector, :year, :revenue, :employees, :office, :parent)
                    """, params);
            return Change.CREATED;
        }
        AccountLine old = existing.get();
        if (old.name().equals(line.name()) && Objects.equals(old.sector(), line.sector())
                && Objects.equals(old.yearEstablished(), line.yearEstablished())
                && sameNumber(old.revenueMillions(), line.revenueMillions())
                && Objects.equals(old.employees(), line.employees())
                && Objects.equals(old.officeLocation(), line.officeLocation())
                && Objects.equals(old.subsidiaryOf(), line.subsidiaryOf())) {
            return Change.UNCHANGED;
        }
        named.update("""
                update account set name = :n, sector = :sector, year_established = :year, revenue_musd = :revenue,
                       employees = :employees, office_location = :office, parent_name = :parent, version = version + 1
                 where lower(name) = lower(:n)
                """, params);
        return Change.UPDATED;
    }

    /** Upserts opportunities by external id in batches; answers each line's change in order. */
    public List<Change> upsertOpportunities(List<OpportunityLine> lines) {
        Map<String, Long> products = productIdsByKey();
        Map<String, Long> accounts = accountIdsByName();
        Map<String, Long> stages = new HashMap<>();
        stages().forEach(s -> stages.put(s.name().toLowerCase(), s.id()));
        Map<String, StoredOpportunity> existing = new HashMap<>();
        jdbc.sql("""
                        select external_id, owner_id, product_id, account_id, stage_id, name, amount, engage_date, close_date,
                               created_date
                          from opportunity where external_id = any(:ids)
                        """)
                .param("ids", lines.stream().map(OpportunityLine::externalId).toArray(String[]::new))
                .query(rs -> {
                    existing.put(rs.getString("external_id"), new StoredOpportunity(rs.getLong("owner_id"),
                            rs.getObject("product_id", Long.class), rs.getObject("account_id", Long.class),
                            rs.getLong("stage_id"), rs.getString("name"), rs.getBigDecimal("amount"),
                            localDate(rs.getDate("engage_date")), localDate(rs.getDate("close_date")),
                            localDate(rs.getDate("created_date"))));
                });
        List<Change> changes = new ArrayList<>(lines.size());
        List<MapSqlParameterSource> inserts = new ArrayList<>();
        List<MapSqlParameterSource> updates = new ArrayList<>();
        for (OpportunityLine line : lines) {
            var wanted = new StoredOpportunity(line.ownerId(),
                    line.product() == null ? null : products.get(Products.matchKey(line.product())),
                    line.account() == null ? null : accounts.get(line.account().toLowerCase()),
                    Objects.requireNonNull(stages.get(line.stage().toLowerCase()), line.stage()),
                    line.name(), line.amount(), line.engageDate(), line.closeDate(), line.createdDate());
            StoredOpportunity old = existing.get(line.externalId());
            if (old == null) {
                inserts.add(wanted.params(line.externalId()));
                changes.add(Change.CREATED);
            } else if (old.sameAs(wanted)) {
                changes.add(Change.UNCHANGED);
            } else {
                updates.add(wanted.params(line.externalId()));
                changes.add(Change.UPDATED);
            }
        }
        named.batchUpdate("""
                insert into opportunity (external_id, owner_id, product_id, account_id, stage_id, name, amount, engage_date, close_date,
                                         created_date)
                values (:ext, :owner, :product, :account, :stage, :name, :amount, :engage, :close, :created)
                """, inserts.toArray(MapSqlParameterSource[]::new));
        named.batchUpdate("""
                update opportunity set owner_id = :owner, product_id = :product, account_id = :account, stage_id = :stage,
                       name = :name, amount = :amount, engage_date = :engage, close_date = :close, created_date = :created,
                       updated_at = now(), version = version + 1
                 where external_id = :ext
                """, updates.toArray(MapSqlParameterSource[]::new));
        return changes;
    }

    public enum Change { CREATED, UPDATED, UNCHANGED }

    private record StoredOpportunity(long owner, @Nullable Long product, @Nullable Long account, long stage,
                                     @Nullable String name, @Nullable BigDecimal amount,
                                     @Nullable LocalDate engage, @Nullable LocalDate close,
                                     @Nullable LocalDate created) {

        boolean sameAs(StoredOpportunity o) {
            return owner == o.owner && Objects.equals(product, o.product) && Objects.equals(account, o.account)
                    && stage == o.stage && Objects.equals(name, o.name) && sameNumber(amount, o.amount)
                    && Objects.equals(engage, o.engage) && Objects.equals(close, o.close)
                    && Objects.equals(created, o.created);
        }

        MapSqlParameterSource params(String externalId) {
            return new MapSqlParameterSource().addValue("ext", externalId).addValue("owner", owner)
                    .addValue("product", product).addValue("account", account).addValue("stage", stage)
                    .addValue("name", name).addValue("amount", amount)
                    .addValue("engage", engage).addValue("close", close).addValue("created", created);
        }
    }

    private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

}
