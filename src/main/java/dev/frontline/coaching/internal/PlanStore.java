package dev.frontline.coaching.internal;

import static dev.frontline.system.SqlValues.date;
import static dev.frontline.system.SqlValues.ids;
import static dev.frontline.system.SqlValues.instant;
import static dev.frontline.system.SqlValues.time;

import dev.frontline.coaching.CoachingPlan;
import dev.frontline.coaching.PlanAction;
import dev.frontline.coaching.PlanMetric;
import dev.frontline.coaching.PlanStatus;
import dev.frontline.coaching.TopicRequest;
import dev.frontline.coaching.Verdict;
import dev.frontline.coaching.Window;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Coaching plans with their actions, and the coaching topics reps ask for. */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- plans ----

    public long insertPlan(long repId, String competency, PlanMetric metric, @Nullable String segment,
                           @Nullable BigDecimal baseline, @Nullable Window baselineWindow, BigDecimal target,
                           LocalDate startsOn, LocalDate reviewOn, String by, Instant at, boolean demo) {
        return jdbc.sql("""
                        insert into coaching_plan (rep_id, competency_key, metric, segment, baseline, baseline_from,
                                                   baseline_to, target, starts_on, review_on, created_by, created_at, demo)
                        values (:rep, :c, :metric, :segment, :baseline, :bfrom, :bto, :target, :starts, :review, :by, :at,
                                :demo)
                        returning id
                        """)
                .param("rep", repId).param("c", competency).param("metric", metric.name()).param("segment", segment)
                .param("baseline", baseline)
                .param("bfrom", baselineWindow == null ? null : Date.valueOf(baselineWindow.from()))
                .param("bto", baselineWindow == null ? null : Date.valueOf(baselineWindow.to()))
                .param("target", target).param("starts", Date.valueOf(startsOn))
                .param("review", Date.valueOf(reviewOn)).param("by", by).param("at", time(at)).param("demo", demo)
                .query(Long.class).single();
    }

    public void insertPlanAction(long planId, int position, String text, boolean done) {
        jdbc.sql("insert into coaching_plan_action (plan_id, position, text, done) values (:p, :pos, :text, :done)")
                .param("p", planId).param("pos", position).param("text", text).param("done", done).update();
    }

    /** The reps' plans with their actions, newest start first. */
    public List<CoachingPlan> plans(Collection<Long> repIds) {
        List<CoachingPlan> plans = jdbc.sql("select * from coaching_plan where rep_id = any(:ids) order by starts_on desc, id desc")
                .param("ids", ids(repIds)).query(PlanStore::plan).list();
        return withActions(plans);
    }

    public Optional<CoachingPlan> plan(long id) {
        return withActions(jdbc.sql("select * from coaching_plan where id = :id").param("id", id)
                .query(PlanStore::plan).list()).stream().findFirst();
    }

    private List<CoachingPlan> withActions(List<CoachingPlan> plans) {
        if (plans.isEmpty()) {
            return plans;
        }
        List<PlanAction> actions = jdbc.sql("select * from coaching_plan_action where plan_id = any(:ids) order by position, id")
                .param("ids", plans.stream().map(CoachingPlan::id).toArray(Long[]::new))
                .query((rs, n) -> new PlanAction(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("position"),
                        rs.getString("text"), rs.getBoolean("done"))).list();
        return plans.stream().map(p -> p.withActions(actions.stream().filter(a -> a.planId() == p.id()).toList()))
                .toList();
    }

    /** Moves the plan to its next version (for a change of its actions); false when stale. */
    public boolean touchPlan(long id, int expectedVersion) {
        return jdbc.sql("update coaching_plan set version = version + 1 where id = :id and version = :v")
                .param("id", id).param("v", expectedVersion).update() == 1;
    }

    public void setPlanActionDone(long planId, long actionId, boolean done) {
        jdbc.sql("update coaching_plan_action set done = :done where plan_id = :p and id = :id")
                .param("done", done).param("p", planId).param("id", actionId).update();
    }

    public boolean finishPlan(long id, int expectedVersion, LocalDate on, @Nullable BigDecimal before,
                              @Nullable BigDecimal after, Verdict verdict, @Nullable String note) {
        return jdbc.sql("""
                        update coaching_plan set status = 'FINISHED', finished_on = :on, before_value = :before,
                               after_value = :after, verdict = :verdict, outcome_note = :note, version = version + 1
                         where id = :id and version = :v and status = 'ACTIVE'
                        """)
                .param("on", Date.valueOf(on)).param("before", before).param("after", after)
                .param("verdict", verdict.name()).param("note", note).param("id", id).param("v", expectedVersion)
                .update() == 1;
    }

    // ---- coaching topics asked for ----

    public long insertRequest(long repId, @Nullable String competency, String text, Instant at, boolean demo) {
        return jdbc.sql("""
                        insert into coaching_request (rep_id, competency_key, text, created_at, demo)
                        values (:rep, :c, :text, :at, :demo) returning id
                        """)
                .param("rep", repId).param("c", competency).param("text", text).param("at", time(at))
                .param("demo", demo).query(Long.class).single();
    }

    public List<TopicRequest> requests(Collection<Long> repIds) {
        return jdbc.sql("select * from coaching_request where rep_id = any(:ids) order by created_at desc, id desc")
                .param("ids", ids(repIds)).query(PlanStore::request).list();
    }

    public Optional<TopicRequest> request(long id) {
        return jdbc.sql("select * from coaching_request where id = :id").param("id", id)
                .query(PlanStore::request).optional();
    }

    public boolean addressRequest(long id, int expectedVersion, Instant at, String by) {
        return jdbc.sql("""
                        update coaching_request set addressed_at = :at, addressed_by = :by, version = version + 1
                         where id = :id and version = :v
                        """)
                .param("at", time(at)).param("by", by).param("id", id).param("v", expectedVersion).update() == 1;
    }

    private static CoachingPlan plan(ResultSet rs, int n) throws SQLException {
        String verdict = rs.getString("verdict");
        LocalDate baselineFrom = date(rs, "baseline_from");
        return new CoachingPlan(rs.getLong("id"), rs.getLong("rep_id"), rs.getString("competency_key"),
                PlanMetric.valueOf(rs.getString("metric")), rs.getString("segment"), rs.getBigDecimal("baseline"),
                baselineFrom == null ? null : new Window(baselineFrom, date(rs, "baseline_to")), rs.getBigDecimal("target"), date(rs, "starts_on"), date(rs, "review_on"),
                PlanStatus.valueOf(rs.getString("status")), date(rs, "finished_on"), rs.getBigDecimal("before_value"),
                rs.getBigDecimal("after_value"), verdict == null ? null : Verdict.valueOf(verdict),
                rs.getString("outcome_note"), List.of(), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getBoolean("demo"), rs.getInt("version"));
    }
    private static TopicRequest request(ResultSet rs, int n) throws SQLException {
        OffsetDateTime addressed = rs.getObject("addressed_at", OffsetDateTime.class);
        return new TopicRequest(rs.getLong("id"), rs.getLong("rep_id"), rs.getString("competency_key"),
                rs.getString("text"), instant(rs, "created_at"), addressed == null ? null : addressed.toInstant(),
                rs.getString("addressed_by"), rs.getBoolean("demo"), rs.getInt("version"));
    }
}
