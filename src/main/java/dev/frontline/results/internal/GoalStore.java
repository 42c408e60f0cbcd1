package dev.frontline.results.internal;

import dev.frontline.results.Metric;
import dev.frontline.shared.DataChanged;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the results module's own tables: quota, goal, quota_policy, rep_start, quota_ramp. */
@Repository
public class GoalStore {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    GoalStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Quotas, ramps and starts are what forecasts weigh their outcomes against: a change is announced. */
    private boolean changed(boolean changed, @Nullable Long repId, @Nullable Long teamId) {
        if (changed) {
            events.publishEvent(repId != null ? DataChanged.people(List.of(repId))
                    : DataChanged.teams(teamId == null ? List.of() : List.of(teamId)));
        }
        return changed;
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

    /** Inserts a quota at version 1 unless one exists for the period ("expect absent"); answers whether it did. */
    public boolean insertQuota(@Nullable Long repId, @Nullable Long teamId, SalesPeriod period, BigDecimal amount,
                               String source, String by) {
        return changed(jdbc.sql("""
                        insert into quota (rep_id, team_id, grain, start_date, amount, source, updated_by, version)
                        values (:rep, :team, :grain, :start, :amount, :source, :by, 1)
                        on conflict do nothing
                        """)
                .param("rep", repId).param("team", teamId).param("grain", period.grain().name())
                .param("start", period.start()).param("amount", amount).param("source", source).param("by", by)
                .update() == 1, repId, teamId);
    }

    /** Updates a quota if its version still matches; answers whether it did. */
    public boolean updateQuota(long id, int expectedVersion, BigDecimal amount, String source, String by) {
        List<Long[]> updated = jdbc.sql("""
                        update quota set amount = :amount, source = :source, updated_by = :by, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :v
                        returning rep_id, team_id
                        """)
                .param("amount", amount).param("source", source).param("by", by).param("id", id)
                .param("v", expectedVersion)
                .query((rs, n) -> new Long[] {rs.getObject(1, Long.class), rs.getObject(2, Long.class)}).list();
        return !updated.isEmpty() && changed(true, updated.get(0)[0], updated.get(0)[1]);
    }

    public List<GoalRow> goals(Collection<Long> repIds) {
        return jdbc.sql("select id, rep_id, grain, start_date, metric, target, version from goal where rep_id = any(:reps)")
                .param("reps", repIds.toArray(Long[]::new))
                .query((rs, n) -> new GoalRow(rs.getLong("id"), rs.getLong("rep_id"),
                        SalesPeriod.Grain.valueOf(rs.getString("grain")), rs.getObject("start_date", LocalDate.class),
                        Metric.valueOf(rs.getString("metric")), rs.getBigDecimal("target"), rs.getInt("version")))
                .list();
    }

    /** The goal's version, if one is set for the rep, period and metric. */
    public Optional<Integer> goalVersion(long repId, SalesPeriod period, Metric metric) {
        return jdbc.sql("select version from goal where rep_id = :rep and grain = :grain and start_date = :start and metric = :metric")
                .param("rep", repId).param("grain", period.grain().name()).param("start", period.start())
                .param("metric", metric.name()).query(Integer.class).optional();
    }

    /**
     * Writes a goal from the version the editor read: 0 inserts at version 1 only if none exists ("expect absent"),
     * another updates only if it is still current; answers whether it did.
     */
    public boolean saveGoal(long repId, SalesPeriod period, Metric metric, BigDecimal target, int expectedVersion) {
        String sql = expectedVersion == 0 ? """
                insert into goal (rep_id, grain, start_date, metric, target, version)
                values (:rep, :grain, :start, :metric, :target, 1) on conflict do nothing
                """ : """
                update goal set target = :target, updated_at = now(), version = version + 1
                 where rep_id = :rep and grain = :grain and start_date = :start and metric = :metric and version = :v
                """;
        return jdbc.sql(sql).param("rep", repId).param("grain", period.grain().name()).param("start", period.start())
                .param("metric", metric.name()).param("target", target).param("v", expectedVersion).update() == 1;
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

    public List<StartRow> starts(Collection<Long> repIds) {
        return jdbc.sql("select rep_id, team_id, joined_on, source, version from rep_start where rep_id = any(:reps)")
                .param("reps", repIds.toArray(Long[]::new)).query(GoalStore::start).list();
    }

    public Optional<StartRow> start(long repId) {
        return jdbc.sql("select rep_id, team_id, joined_on, source, version from rep_start where rep_id = :rep")
                .param("rep", repId).query(GoalStore::start).optional();
    }

    /** Records a start unless the rep has one already; answers whether it did. */
    public boolean insertStart(long repId, @Nullable Long teamId, @Nullable LocalDate joinedOn, String source,
                               String by) {
        return changed(jdbc.sql("""
                        insert into rep_start (rep_id, team_id, joined_on, source, updated_by)
                        values (:rep, :team, :joined, :source, :by) on conflict (rep_id) do nothing
                        """)
                .param("rep", repId).param("team", teamId).param("joined", joinedOn).param("source", source)
                .param("by", by).update() == 1, repId, null);
    }

    /** The rep moved: their start stays, the ramp of their new team applies. */
    public void moveStart(long repId, long teamId) {
        changed(jdbc.sql("update rep_start set team_id = :team where rep_id = :rep").param("team", teamId)
                .param("rep", repId).update() > 0, repId, null);
    }

    /** Changes a start if its version still matches; answers whether it did. */
    public boolean updateStart(long repId, int expectedVersion, @Nullable Long teamId, @Nullable LocalDate joinedOn,
                               String source, String by) {
        return changed(jdbc.sql("""
                        update rep_start set joined_on = :joined, team_id = coalesce(:team, team_id), source = :source,
                               updated_by = :by, updated_at = now(), version = version + 1
                         where rep_id = :rep and version = :v
                        """)
                .param("joined", joinedOn).param("team", teamId).param("source", source).param("by", by)
                .param("rep", repId).param("v", expectedVersion).update() == 1, repId, null);
    }

    public List<RampRow> ramps(Collection<Long> teamIds) {
        return jdbc.sql("select team_id, steps, version from quota_ramp where team_id = any(:teams)")
                .param("teams", teamIds.toArray(Long[]::new)).query(GoalStore::ramp).list();
    }

    /** Saves a team's ramp if {@code expectedVersion} is current (0 when none was saved); answers whether it did. */
    public boolean saveRamp(long teamId, int expectedVersion, List<Integer> steps, String by) {
        Integer[] array = steps.toArray(Integer[]::new);
        if (expectedVersion == 0) {
            int inserted = jdbc.sql("""
                            insert into quota_ramp (team_id, steps, updated_by) values (:t, cast(:steps as smallint[]), :by)
                            on conflict (team_id) do nothing
                            """)
                    .param("t", teamId).param("steps", array).param("by", by).update();
            if (inserted == 1) {
                return changed(true, null, teamId);
            }
        }
        return changed(jdbc.sql("""
                        update quota_ramp set steps = cast(:steps as smallint[]), updated_by = :by, updated_at = now(),
                               version = version + 1
                         where team_id = :t and version = :v
                        """)
                .param("steps", array).param("by", by).param("t", teamId).param("v", expectedVersion).update() == 1,
                null, teamId);
    }

    private static StartRow start(ResultSet rs, int n) throws SQLException {
        return new StartRow(rs.getLong("rep_id"), rs.getObject("team_id", Long.class),
                rs.getObject("joined_on", LocalDate.class), rs.getString("source"), rs.getInt("version"));
    }

    private static RampRow ramp(ResultSet rs, int n) throws SQLException {
        List<Integer> steps = new ArrayList<>();
        for (Object step : (Object[]) rs.getArray("steps").getArray()) {
            steps.add(((Number) step).intValue());
        }
        return new RampRow(rs.getLong("team_id"), List.copyOf(steps), rs.getInt("version"));
    }

    private static QuotaRow quota(ResultSet rs, int n) throws SQLException {
        return new QuotaRow(rs.getLong("id"), rs.getObject("rep_id", Long.class), rs.getObject("team_id", Long.class),
                SalesPeriod.Grain.valueOf(rs.getString("grain")), rs.getObject("start_date", LocalDate.class),
                rs.getBigDecimal("amount"), rs.getString("source"), rs.getInt("version"));
    }
}
