package dev.frontline.pipeline.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code pipeline_team_setting}: each team's own deal-list settings. */
@Repository
public class TeamSettingStore {

    /** A team's stored row. */
    public record Row(long teamId, int staleAfterDays, int version) {
    }

    private final JdbcClient jdbc;

    TeamSettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> row(long teamId) {
        return jdbc.sql("select team_id, stale_after_days, version from pipeline_team_setting where team_id = :t")
                .param("t", teamId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getInt(3))).optional();
    }

    /** Every team's stale limit, for the teams that set one. */
    public Map<Long, Integer> staleAfterDays() {
        Map<Long, Integer> days = new HashMap<>();
        jdbc.sql("select team_id, stale_after_days from pipeline_team_setting")
                .query(rs -> {
                    days.put(rs.getLong(1), rs.getInt(2));
                });
        return days;
    }

    /**
     * Writes the limit if {@code expectedVersion} is current: 0 inserts (only while the team has no row), more
     * updates that version.
     *
     * @return whether it was written
     */
    public boolean save(long teamId, int expectedVersion, int staleAfterDays, String by) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                            insert into pipeline_team_setting (team_id, stale_after_days, updated_by)
                            values (:t, :d, :by) on conflict (team_id) do nothing
                            """)
                    .param("t", teamId).param("d", staleAfterDays).param("by", by).update() == 1;
        }
        return jdbc.sql("""
                        update pipeline_team_setting
                           set stale_after_days = :d, version = version + 1, updated_at = now(), updated_by = :by
                         where team_id = :t and version = :v
                        """)
                .param("t", teamId).param("d", staleAfterDays).param("by", by).param("v", expectedVersion)
                .update() == 1;
    }
}
