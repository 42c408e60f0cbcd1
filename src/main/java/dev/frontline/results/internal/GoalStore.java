package dev.frontline.results.internal;

import dev.frontline.results.Metric;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the results module's own tables: quota, goal, quota_policy. */
@Repository
public class GoalStore {

    private final JdbcClient jdbc;

    GoalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QuotaRow> quotas(Collection<Long> repIds, Collection<Long> teamIds) {
        return jdbc.sql("""
                        select id, rep_id, team_id, grain, start_date, amount, source, version from quota
                         where rep_id = any(:reps) or team_id = any(:teams)
                        """)
                .param("reps", repIds.toArray(Long[]::new)).param("teams", teamIds.toArray(Long[]::new))
                .query(GoalStore::quota).list();
    }

    public Optional<QuotaRow> quota(@Nullable Long repId, @Nullable Long teamId, SalesPeriod period) {
        return jdbc.sql("""
                        select id, rep_id, team_id, grain, start_date, amount, source, version from quota
                         where (rep_id = :rep or team_id = :team) and grain = :grain and start_date = :start
                        """)
                .param("rep", repId).param("team", teamId).param("grain", period.grain().name())
                .param("start", period.start()).query(GoalStore::quota).optional();
    }

    public void insertQuota(@Nullable Long repId, @Nullable Long teamId, SalesPeriod period, BigDecimal amount,
                            String source, String by) {
        jdbc.sql("""
                        insert into quota (rep_id, team_id, grain, start_date, amount, source, updated_by)
                        values (:rep, :team, :grain, :start, :amount, :source, :by)
                        """)
                .param("rep", repId).param("team", teamId).param("grain", period.grain().name())
                .param("start", period.start()).param("amount", amount).param("source", source).param("by", by)
                .update();
    }

    /** Updates a quota if its version still matches; answers whether it did. */
    public boolean updateQuota(long id, int expectedVersion, BigDecimal amount, String source, String by) {
        return jdbc.sql("""
                        update quota set amount = :amount, source = :source, updated_by = :by, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :v
                        """)
                .param("amount", amount).param("source", source).param("by", by).param("id", id)
                .param("v", expectedVersion).update() == 1;
    }

    public List<GoalRow> goals(Collection<Long> repIds) {
        return jdbc.sql("select id, rep_id, grain, start_date, metric, target, version from goal where rep_id = any(:reps)")
                .param("reps", repIds.toArray(Long[]::new))
                .query((rs, n) -> new GoalRow(rs.getLong("id"), rs.getLong("rep_id"),
                        SalesPeriod.Grain.valueOf(rs.getString("grain")), rs.getObject("start_date", LocalDate.class),
                        Metric.valueOf(rs.getString("metric")), rs.getBigDecimal("target"), rs.getInt("version")))
                .list();
    }

    public void upsertGoal(long repId, SalesPeriod period, Metric metric, BigDecimal target) {
        jdbc.sql("""
                        insert into goal (rep_id, grain, start_date, metric, target) values (:rep, :grain, :start, :metric, :target)
                        on conflict (rep_id, grain, start_date, metric)
                        do update set target = excluded.target, updated_at = now(), version = goal.version + 1
                        """)
                .param("rep", repId).param("grain", period.grain().name()).param("start", period.start())
                .param("metric", metric.name()).param("target", target).update();
    }

    public BigDecimal growth(long teamId) {
        return jdbc.sql("select growth_pct from quota_policy where team_id = :t").param("t", teamId)
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    public void setGrowth(long teamId, BigDecimal pct) {
        jdbc.sql("""
                        insert into quota_policy (team_id, growth_pct) values (:t, :g)
                        on conflict (team_id) do update set growth_pct = excluded.growth_pct, version = quota_policy.version + 1
                        """)
                .param("t", teamId).param("g", pct).update();
    }

    private static QuotaRow quota(ResultSet rs, int n) throws SQLException {
        return new QuotaRow(rs.getLong("id"), rs.getObject("rep_id", Long.class), rs.getObject("team_id", Long.class),
                SalesPeriod.Grain.valueOf(rs.getString("grain")), rs.getObject("start_date", LocalDate.class),
                rs.getBigDecimal("amount"), rs.getString("source"), rs.getInt("version"));
    }
}
