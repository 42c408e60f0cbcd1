package dev.frontline.coaching.internal;

import static dev.frontline.system.SqlValues.time;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calendar feed tokens, one per person. */
@Repository
public class FeedStore {

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- calendar feeds ----

    public Optional<Long> feedOwner(String token) {
        return jdbc.sql("select person_id from calendar_feed where token = :t").param("t", token).query(Long.class)
                .optional();
    }

    public Optional<String> feedToken(long personId) {
        return jdbc.sql("select token from calendar_feed where person_id = :p").param("p", personId)
                .query(String.class).optional();
    }

    public void saveFeed(long personId, String token, Instant at) {
        jdbc.sql("""
                        insert into calendar_feed (person_id, token, created_at) values (:p, :t, :at)
                        on conflict (person_id) do update set token = excluded.token, created_at = excluded.created_at
                        """)
                .param("p", personId).param("t", token).param("at", time(at)).update();
    }

    public int deleteFeed(long personId) {
        return jdbc.sql("delete from calendar_feed where person_id = :p").param("p", personId).update();
    }

}
