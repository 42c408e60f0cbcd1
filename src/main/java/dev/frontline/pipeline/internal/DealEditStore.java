package dev.frontline.pipeline.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A deal as it is stored, for its edit: the fields an edit may change, with its owner and version. */
@Repository
public class DealEditStore {

    private final JdbcClient jdbc;

    DealEditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored fields an edit may change (its stage as stored, not as it stands today). */
    public record Stored(long id, String externalId, long ownerId, long stageId, String stage, String outcome,
                         @Nullable BigDecimal amount, @Nullable LocalDate closeDate, @Nullable String nextStep,
                         int version) {
    }

    public Optional<Stored> stored(long id) {
        return jdbc.sql("""
                        select o.id, o.external_id, o.owner_id, o.stage_id, s.name as stage, s.outcome, o.amount,
                               o.close_date, o.next_step, o.version
                          from opportunity o join stage s on s.id = o.stage_id
                         where o.id = :id
                        """).param("id", id)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("external_id"), rs.getLong("owner_id"),
                        rs.getLong("stage_id"), rs.getString("stage"), rs.getString("outcome"),
                        rs.getBigDecimal("amount"),
                        rs.getDate("close_date") == null ? null : rs.getDate("close_date").toLocalDate(),
                        rs.getString("next_step"), rs.getInt("version")))
                .optional();
    }

    /**
     * Writes the deal's new fields if it is still at {@code version}, giving it the next version; answers whether
     * it did (not: someone changed it meanwhile).
     */
    public boolean update(long id, int version, long stageId, @Nullable BigDecimal amount,
                          @Nullable LocalDate closeDate, @Nullable String nextStep) {
        return jdbc.sql("""
                        update opportunity
                           set stage_id = :stage, amount = :amount, close_date = :close, next_step = :next,
                               updated_at = now(), version = version + 1
                         where id = :id and version = :version
                        """)
                .param("stage", stageId).param("amount", amount).param("close", closeDate).param("next", nextStep)
                .param("id", id).param("version", version).update() == 1;
    }
}
