package dev.frontline.pipeline.internal;

import dev.frontline.pipeline.QualityCheck;
import dev.frontline.pipeline.QualityDeal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The data-quality checks as SQL over the opportunity table: one statement counts every check, one reads the page of
 * findings of every check, whatever the number of deals, owners or teams. Ignored findings are kept in
 * {@code data_quality_ignore} (V22).
 */
@Repository
public class QualityStore {

    /**
     * Every finding in the owners' deals, as {@code (check_key, id, grp, ignored)}. A duplicate group is the deals
     * sharing {@code lower(name)} and account; it counts while two or more of its deals are not ignored, and its
     * grp is its lowest deal id.
     */
    private static final String FINDINGS = """
            with d as (
                select o.id, o.name, o.account_id, o.product_id, o.amount, o.close_date,
                       coalesce(o.created_date, o.engage_date) as created, s.outcome
                  from opportunity o
                  join stage s on s.id = o.stage_id
                 where (:all or o.owner_id = any(:owners))
            ), dup as (
                select id, min(id) over w as grp, count(*) over w as n
                  from d
                 where name is not null and account_id is not null
                window w as (partition by lower(name), account_id)
            ), flagged as (
                select 'WON_WITHOUT_AMOUNT' as check_key, id, cast(null as bigint) as grp
                  from d where outcome = 'WON' and amount is null
                union all
                select 'CLOSE_DATE_PASSED', id, null from d where outcome = 'OPEN' and close_date < :today
                union all
                select 'CLOSED_BEFORE_CREATED', id, null from d where close_date < created
                union all
                select 'NO_ACCOUNT', id, null from d where account_id is null
                union all
                select 'NO_PRODUCT', id, null from d where product_id is null
                union all
                select 'DUPLICATE', id, grp from dup where n > 1
            ), marked as (
                select f.check_key, f.id, f.grp, i.opportunity_id is not null as ignored, i.ignored_by, i.ignored_at
                  from flagged f
                  left join data_quality_ignore i on i.opportunity_id = f.id and i.check_key = f.check_key
            ), live as (
                select grp from marked where check_key = 'DUPLICATE' and not ignored
                 group by grp having count(*) > 1
            ), found as (
                select m.*, (not m.ignored and (m.grp is null or m.grp in (select grp from live))) as counts
                  from marked m
            )
            """;

    private static final String COUNTS = FINDINGS + """
            select check_key,
                   case when check_key = 'DUPLICATE' then count(distinct grp) filter (where counts)
                        else count(*) filter (where counts) end as found,
                   count(*) filter (where ignored) as ignored
              from found
             group by check_key
            """;

    /** The page of each check's findings (whole groups for duplicates), and as many of its ignored ones. */
    private static final String PAGE = FINDINGS + """
            , ranked as (
                select f.*,
                       case when f.check_key = 'DUPLICATE' and f.counts
                            then dense_rank() over (partition by f.check_key, f.counts order by f.grp)
                            else row_number() over (partition by f.check_key, f.counts order by f.id) end as rank
                  from found f
                 where (f.counts or f.ignored) and (cast(:check as text) is null or f.check_key = :check)
            )
            select r.check_key, r.grp, r.ignored_by, r.ignored_at, o.id, o.external_id, o.name, o.owner_id,
                   a.name as account, p.name as product, s.name as stage, o.amount,
                   coalesce(o.created_date, o.engage_date) as created_date, o.close_date
              from ranked r
              join opportunity o on o.id = r.id
              join stage s on s.id = o.stage_id
              left join account a on a.id = o.account_id
              left join product p on p.id = o.product_id
             where (r.counts and r.rank > :offset and r.rank <= :offset + :limit)
                or (r.ignored and r.rank <= :limit)
             order by r.check_key, r.ignored, r.grp nulls first, o.id
            """;

    /** How many findings of a check count and how many are ignored. */
    public record Count(QualityCheck check, long found, long ignored) {
    }

    /** A finding as read: its check and the deal. */
    public record Row(QualityCheck check, QualityDeal deal) {
    }

    private final JdbcClient jdbc;

    QualityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every check's counts over the owners' deals (all deals when {@code allOwners}): one statement. */
    public List<Count> counts(boolean allOwners, Collection<Long> owners, LocalDate today) {
        return jdbc.sql(COUNTS).param("all", allOwners).param("owners", owners.toArray(Long[]::new))
                .param("today", today)
                .query((rs, n) -> new Count(QualityCheck.valueOf(rs.getString("check_key")), rs.getLong("found"),
                        rs.getLong("ignored"))).list();
    }

    /**
     * The findings from {@code offset} (deals, or groups for duplicates), {@code limit} of them, of one check or of
     * all, and up to {@code limit} ignored ones of each: one statement.
     */
    public List<Row> page(boolean allOwners, Collection<Long> owners, LocalDate today, @Nullable QualityCheck check,
                          long offset, int limit) {
        return jdbc.sql(PAGE).param("all", allOwners).param("owners", owners.toArray(Long[]::new))
                .param("today", today).param("check", check == null ? null : check.name())
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Row(QualityCheck.valueOf(rs.getString("check_key")), deal(rs))).list();
    }

    /** The owner of a deal, if it exists. */
    public Optional<Long> ownerOf(long dealId) {
        return jdbc.sql("select owner_id from opportunity where id = :id").param("id", dealId).query(Long.class)
                .optional();
    }

    /** Ignores a finding; ignoring it again keeps the first who and when. */
    public void ignore(long dealId, QualityCheck check, String by, Instant at) {
        jdbc.sql("""
                insert into data_quality_ignore (opportunity_id, check_key, ignored_by, ignored_at)
                values (:id, :check, :by, :at)
                on conflict (opportunity_id, check_key) do nothing
                """).param("id", dealId).param("check", check.name()).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** Counts a finding again. */
    public void unignore(long dealId, QualityCheck check) {
        jdbc.sql("delete from data_quality_ignore where opportunity_id = :id and check_key = :check")
                .param("id", dealId).param("check", check.name()).update();
    }

    private static QualityDeal deal(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("ignored_at");
        return new QualityDeal(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
                rs.getLong("owner_id"), rs.getString("account"), rs.getString("product"), rs.getString("stage"),
                rs.getBigDecimal("amount"), rs.getObject("created_date", LocalDate.class),
                rs.getObject("close_date", LocalDate.class), rs.getObject("grp", Long.class),
                rs.getString("ignored_by"), at == null ? null : at.toInstant());
    }
}
