package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.frontline.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What CRM import tests may change, remembered before a test and put back after it: the opportunities, accounts
 * and stages it created, the stage positions it moved and the history its re-imports recorded. Tests share one database, so other tests still see the
 * dataset as loaded.
 */
record DataSnapshot(long maxOpportunityId, long maxAccountId, Map<Long, Integer> stagePositions, long opportunities,
                    long accounts, long maxHistoryId) {

    static DataSnapshot take(JdbcClient jdbc) {
        Map<Long, Integer> positions = new HashMap<>();
        jdbc.sql("select id, position from stage").query(rs -> {
            positions.put(rs.getLong("id"), rs.getInt("position"));
        });
        return new DataSnapshot(max(jdbc, "opportunity"), max(jdbc, "account"), positions,
                count(jdbc, "opportunity"), count(jdbc, "account"), max(jdbc, "opportunity_history"));
    }

    /** Puts the deals back as they were, and tells the caches (which don't see raw SQL) that everything changed. */
    void restore(JdbcClient jdbc, ApplicationEventPublisher events) {
        jdbc.sql("delete from opportunity where id > :id").param("id", maxOpportunityId).update();
        jdbc.sql("delete from opportunity_history where id > :id").param("id", maxHistoryId).update();
        jdbc.sql("delete from account where id > :id").param("id", maxAccountId).update();
        jdbc.sql("delete from stage where not (id = any(:ids))")
                .param("ids", stagePositions.keySet().toArray(Long[]::new)).update();
        stagePositions.forEach((id, position) -> jdbc.sql("update stage set position = :p where id = :id")
                .param("p", position).param("id", id).update());
        assertThat(count(jdbc, "opportunity")).isEqualTo(opportunities);
        assertThat(count(jdbc, "account")).isEqualTo(accounts);
        assertThat(jdbc.sql("select id from stage").query(Long.class).list())
                .containsExactlyInAnyOrderElementsOf(stagePositions.keySet());
        events.publishEvent(DataChanged.everything());
    }

    /** Opportunities, accounts and stages now, to compare with a snapshot: nothing written means all equal. */
    List<Long> counts(JdbcClient jdbc) {
        return List.of(count(jdbc, "opportunity"), count(jdbc, "account"), count(jdbc, "stage"));
    }

    List<Long> counts() {
        return List.of(opportunities, accounts, (long) stagePositions.size());
    }

    private static long max(JdbcClient jdbc, String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
