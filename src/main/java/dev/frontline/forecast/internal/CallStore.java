package dev.frontline.forecast.internal;

import dev.frontline.forecast.Call;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls, append-only: every submission is kept. */
@Repository
public class CallStore {

    private final JdbcClient jdbc;

    CallStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(@Nullable Long repId, @Nullable Long teamId, SalesPeriod period, BigDecimal amount,
                       @Nullable String note, @Nullable BigDecimal p10, @Nullable BigDecimal p50,
                       @Nullable BigDecimal p90, String by, Instant at) {
        return jdbc.sql("""
                        insert into forecast_call (rep_id, team_id, grain, start_date, amount, note, system_p10,
                                                   system_p50, system_p90, submitted_by, submitted_at)
                        values (:rep, :team, :grain, :start, :amount, :note, :p10, :p50, :p90, :by, :at)
                        returning id
                        """)
                .param("rep", repId).param("team", teamId).param("grain", period.grain().name())
                .param("start", period.start()).param("amount", amount).param("note", note).param("p10", p10)
                .param("p50", p50).param("p90", p90).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The reps' calls, newest first, in the fiscal calendar whose year starts in {@code firstMonth}. */
    public List<Call> ofReps(Collection<Long> repIds, int firstMonth) {
        return jdbc.sql("select * from forecast_call where rep_id = any(:ids) order by submitted_at desc, id desc")
                .param("ids", repIds.toArray(Long[]::new)).query((rs, n) -> call(rs, firstMonth)).list();
    }

    /** The teams' calls, newest first. */
    public List<Call> ofTeams(Collection<Long> teamIds, int firstMonth) {
        return jdbc.sql("select * from forecast_call where team_id = any(:ids) order by submitted_at desc, id desc")
                .param("ids", teamIds.toArray(Long[]::new)).query((rs, n) -> call(rs, firstMonth)).list();
    }

    private static Call call(ResultSet rs, int firstMonth) throws SQLException {
        Grain grain = Grain.valueOf(rs.getString("grain"));
        return new Call(rs.getLong("id"), new SalesPeriod(grain, rs.getDate("start_date").toLocalDate(), firstMonth),
                rs.getObject("rep_id", Long.class), rs.getObject("team_id", Long.class), rs.getBigDecimal("amount"),
                rs.getString("note"), rs.getBigDecimal("system_p10"), rs.getBigDecimal("system_p50"),
                rs.getBigDecimal("system_p90"), rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant());
    }
}
