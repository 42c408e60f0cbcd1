package dev.frontline.pipeline.internal;

import dev.frontline.pipeline.PipelineMovement;
import dev.frontline.pipeline.PipelineMovement.Bucket;
import dev.frontline.pipeline.PipelineMovement.Kind;
import dev.frontline.pipeline.PipelineMovement.MovedDeal;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pipeline movement: each deal of the given owners as it stood at the start of one day and at the end of another,
 * reconstructed from the deal's row and its history ({@code opportunity_history}), and sorted into the waterfall's
 * buckets — one statement, however many deals.
 */
@Repository
public class MovementStore {

    /**
     * A field's value at a time t: the new value of its latest change before t; else the old value of its earliest
     * change from t on; else the deal's value now. A deal exists at t when it was created before t (its created date,
     * else its engage date, else its first recorded change; none of them: always). A deal whose stage at t is won or
     * lost but whose close date at t is later than t's day is still open at t (nothing dated later has happened). Its
     * value at t is its amount at t, else its product's list price; a lost deal's zero close value is no amount, and a
     * deal lost by the end counts there at the amount it had at the start when it has none of its own.
     *
     * <p>Each deal is in the start ({@code ms}) when it existed at {@code :s_at}, open and closing inside the period;
     * in the end side ({@code me}) when it exists at {@code :e_at} closing inside the period, and is open then or
     * closed between the two times. Every bucket is then one of those two memberships or a difference of them, so that
     * the buckets add up whatever the history says. The typed values and the memberships are materialized: inlined, each bucket's
     * expression would compute the whole reconstruction again; text is parsed only where history supplies it.
     */
    private static final String MOVEMENT = """
            with d as (
                select o.id, o.external_id, o.name, o.amount, o.close_date, st.name as stage, st.outcome,
                       coalesce(o.created_date, o.engage_date) as created, p.sales_price as price
                  from opportunity o
                  join stage st on st.id = o.stage_id
                  left join product p on p.id = o.product_id
                 where o.owner_id = any(:owners)
            ), h as (
                select h.opportunity_id as id, h.field, min(h.changed_at) as first_at,
                       bool_or(h.changed_at < :s_at) as s_before, bool_or(h.changed_at >= :s_at) as s_after,
                       (array_agg(h.new_value order by h.changed_at desc, h.id desc)
                            filter (where h.changed_at < :s_at))[1] as s_new,
                       (array_agg(h.old_value order by h.changed_at, h.id)
                            filter (where h.changed_at >= :s_at))[1] as s_old,
                       bool_or(h.changed_at < :e_at) as e_before, bool_or(h.changed_at >= :e_at) as e_after,
                       (array_agg(h.new_value order by h.changed_at desc, h.id desc)
                            filter (where h.changed_at < :e_at))[1] as e_new,
                       (array_agg(h.old_value order by h.changed_at, h.id)
                            filter (where h.changed_at >= :e_at))[1] as e_old,
                       count(*) filter (where h.changed_at >= :s_at and h.changed_at < :e_at) as in_window
                  from opportunity_history h
                 where h.opportunity_id in (select id from d)
                 group by h.opportunity_id, h.field
            ), v as (
                select d.id, d.external_id, d.name, d.outcome, d.price,
                       case when hs.id is null then d.stage when hs.s_before then hs.s_new else hs.s_old end as stage_s,
                       case when hs.id is null then d.stage when hs.e_before then hs.e_new else hs.e_old end as stage_e,
                       ha.id is not null as amount_changed, d.amount,
                       case when ha.s_before then ha.s_new else ha.s_old end as amount_s,
                       case when ha.e_before then ha.e_new else ha.e_old end as amount_e,
                       hc.id is not null as close_changed, d.close_date,
                       case when hc.s_before then hc.s_new else hc.s_old end as close_s,
                       case when hc.e_before then hc.e_new else hc.e_old end as close_e,
                       coalesce(d.created < cast(:from as date), f.first_at < :s_at, true) as s_exists,
                       coalesce(d.created <= cast(:to as date), f.first_at < :e_at, true) as e_exists
                  from d
                  left join h hs on hs.id = d.id and hs.field = 'stage'
                  left join h ha on ha.id = d.id and ha.field = 'amount'
                  left join h hc on hc.id = d.id and hc.field = 'close_date'
                  left join (select id, min(first_at) as first_at from h group by id) f on f.id = d.id
            ), typed as materialized (
                select v.id, v.external_id, v.name, v.s_exists, v.e_exists,
                       coalesce(ss.outcome, v.outcome) as stage_outcome_s,
                       coalesce(se.outcome, v.outcome) as stage_outcome_e,
                       case when not v.close_changed then v.close_date
                            when v.close_s ~ '^\\d{4}-\\d{2}-\\d{2}$' then cast(v.close_s as date) end as close_s,
                       case when not v.close_changed then v.close_date
                            when v.close_e ~ '^\\d{4}-\\d{2}-\\d{2}$' then cast(v.close_e as date) end as close_e,
                       v.outcome, v.price, a.s as amount_s, a.e as amount_e
                  from v
                  left join stage ss on lower(ss.name) = lower(v.stage_s)
                  left join stage se on lower(se.name) = lower(v.stage_e)
                 cross join lateral (select
                        case when not v.amount_changed then v.amount
                             when v.amount_s ~ '^ *-?[0-9]+(\\.[0-9]+)? *$' then cast(v.amount_s as numeric) end as s,
                        case when not v.amount_changed then v.amount
                             when v.amount_e ~ '^ *-?[0-9]+(\\.[0-9]+)? *$' then cast(v.amount_e as numeric) end as e
                       ) a
            ), state as (
                select t.id, t.external_id, t.name, t.s_exists, t.e_exists, t.close_s, t.close_e,
                       case when t.stage_outcome_s <> 'OPEN' and t.close_s >= cast(:from as date) then 'OPEN'
                            else t.stage_outcome_s end as outcome_s,
                       case when t.stage_outcome_e <> 'OPEN' and t.close_e > cast(:to as date) then 'OPEN'
                            else t.stage_outcome_e end as outcome_e,
                       coalesce(t.close_s between cast(:p_start as date) and cast(:p_end as date), false) as in_s,
                       coalesce(t.close_e between cast(:p_start as date) and cast(:p_end as date), false) as in_e,
                       t.outcome, t.price, t.amount_s, t.amount_e
                  from typed t
            ), valued as (
                select s.*,
                       coalesce(case when (s.outcome = 'LOST' or s.outcome_s = 'LOST') and s.amount_s = 0 then null
                                     else s.amount_s end, s.price, 0) as value_s,
                       coalesce(case when (s.outcome = 'LOST' or s.outcome_e = 'LOST') and s.amount_e = 0 then null
                                     else s.amount_e end,
                                case when s.outcome_e = 'LOST' then nullif(s.amount_s, 0) end, s.price, 0) as value_e
                  from state s
            ), member as materialized (
                select s.*,
                       s.s_exists and s.outcome_s = 'OPEN' and s.in_s as ms,
                       s.e_exists and s.in_e
                           and (s.outcome_e = 'OPEN' or not (s.s_exists and s.outcome_s <> 'OPEN')) as me
                  from valued s
            ), bucket as (
                select b.kind, m.id, m.external_id, m.name, b.amount,
                       sum(b.amount) over k as total, count(*) over k as deals,
                       row_number() over (partition by b.kind order by b.amount desc, m.id) as rank
                  from member m
                 cross join lateral (values
                        ('START', m.ms, m.value_s),
                        ('NEW', m.me and not m.ms and not m.s_exists, m.value_e),
                        ('PULLED_IN', m.me and not m.ms and m.s_exists, m.value_e),
                        ('PUSHED_OUT', m.ms and not m.me, m.value_s),
                        ('GREW', m.ms and m.me and m.value_e > m.value_s, m.value_e - m.value_s),
                        ('SHRANK', m.ms and m.me and m.value_e < m.value_s, m.value_s - m.value_e),
                        ('WON', m.me and m.outcome_e = 'WON', m.value_e),
                        ('LOST', m.me and m.outcome_e = 'LOST', m.value_e),
                        ('END', m.me and m.outcome_e = 'OPEN', m.value_e)
                       ) as b(kind, member, amount)
                 where (m.ms or m.me) and b.member
                window k as (partition by b.kind)
            )
            select kind, rank, id, external_id, name, amount, total, deals from bucket where rank <= :listed
            union all
            select 'CHANGES', 0, null, null, null, null, null, coalesce(sum(in_window), 0)
              from h where field in ('stage', 'amount', 'close_date')
             order by 1, 2
            """;

    private final JdbcClient jdbc;

    MovementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The movement of the owners' pipeline for the period from {@code sAt} (the start of {@code from}) to {@code eAt}
     * (the end of {@code to}).
     */
    public PipelineMovement movement(Collection<Long> owners, SalesPeriod period, LocalDate from, LocalDate to,
                                     Instant sAt, Instant eAt) {
        Map<Kind, BigDecimal> totals = new EnumMap<>(Kind.class);
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        Map<Kind, List<MovedDeal>> deals = new EnumMap<>(Kind.class);
        long[] changes = {0};
        jdbc.sql(MOVEMENT)
                .param("owners", owners.toArray(Long[]::new))
                .param("s_at", Timestamp.from(sAt)).param("e_at", Timestamp.from(eAt))
                .param("from", from).param("to", to)
                .param("p_start", period.start()).param("p_end", period.end())
                .param("listed", PipelineMovement.DEALS_LISTED)
                .query(rs -> {
                    String kind = rs.getString("kind");
                    if (kind.equals("CHANGES")) {
                        changes[0] = rs.getLong("deals");
                        return;
                    }
                    Kind k = Kind.valueOf(kind);
                    totals.put(k, rs.getBigDecimal("total"));
                    counts.put(k, rs.getInt("deals"));
                    deals.computeIfAbsent(k, x -> new ArrayList<>()).add(new MovedDeal(rs.getLong("id"),
                            rs.getString("external_id"), rs.getString("name"), rs.getBigDecimal("amount")));
                });
        List<Bucket> buckets = new ArrayList<>();
        for (Kind k : Kind.values()) {
            buckets.add(new Bucket(k, totals.getOrDefault(k, BigDecimal.ZERO), counts.getOrDefault(k, 0),
                    deals.getOrDefault(k, List.of())));
        }
        return new PipelineMovement(period, from, to, buckets, changes[0]);
    }
}
