package dev.frontline.people.internal;

import static dev.frontline.system.SqlValues.ids;
import static dev.frontline.system.SqlValues.instant;
import static dev.frontline.system.SqlValues.time;

import dev.frontline.people.Rater;
import dev.frontline.people.Rating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Competency ratings, by the manager and by the rep: every one dated and kept. */
@Repository
public class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rating of the reps, oldest first. */
    public List<Rating> ratings(Collection<Long> repIds) {
        return ratingsOfReps(repIds).stream().map(RepRating::rating).toList();
    }

    /** Every rating of the reps, oldest first, each with the rep it is about. */
    public List<RepRating> ratingsOfReps(Collection<Long> repIds) {
        return jdbc.sql("""
                        select r.rep_id, c.key, r.rater, r.level, r.note, r.rated_at, r.demo, r.rated_by_name
                          from competency_rating r
                          join competency c on c.id = r.competency_id
                         where r.rep_id = any(:ids)
                         order by r.rated_at, r.id
                        """)
                .param("ids", ids(repIds)).query((rs, n) -> new RepRating(rs.getLong("rep_id"), rating(rs, n))).list();
    }

    /** A rating with the rep it is about. */
    public record RepRating(long repId, Rating rating) {
    }

    public void insertRating(long repId, long competencyId, Rater rater, @Nullable Long ratedBy, String ratedByName,
                             int level, @Nullable String note, Instant at, boolean demo) {
        jdbc.sql("""
                        insert into competency_rating (rep_id, competency_id, rater, rated_by, rated_by_name, level, note,
                                                       rated_at, demo)
                        values (:rep, :c, :rater, :by, :name, :level, :note, :at, :demo)
                        """)
                .param("rep", repId).param("c", competencyId).param("rater", rater.name()).param("by", ratedBy)
                .param("name", ratedByName)
                .param("level", level).param("note", note).param("at", time(at)).param("demo", demo).update();
    }

    public boolean anyRatings() {
        return jdbc.sql("select exists (select 1 from competency_rating)").query(Boolean.class).single();
    }

    /** Whether the rep has a manager rating given at or after the moment. */
    public boolean managerRatedSince(long repId, Instant since) {
        return jdbc.sql("""
                        select exists (select 1 from competency_rating
                                        where rep_id = :rep and rater = 'MANAGER' and rated_at >= :since)
                        """)
                .param("rep", repId).param("since", time(since)).query(Boolean.class).single();
    }


    private static Rating rating(ResultSet rs, int n) throws SQLException {
        return new Rating(rs.getString("key"), Rater.valueOf(rs.getString("rater")), rs.getInt("level"),
                rs.getString("note"), instant(rs, "rated_at"), rs.getString("rated_by_name"), rs.getBoolean("demo"));
    }
}
