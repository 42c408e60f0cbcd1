package dev.frontline.audit.internal;

import dev.frontline.audit.AuditQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_log table: appended to, filtered, never edited. */
@Repository
public class AuditStore {

    /** One row as stored. */
    public record Row(long id, Instant at, String actor, String actorRole, String action, String kind,
                      @Nullable Long subjectId, @Nullable Long objectId) {
    }

    private static final String FILTER = """
             where (cast(:actor as text) is null or actor = :actor)
               and (cast(:subject as bigint) is null or subject_id = :subject)
               and (cast(:kind as text) is null or kind = :kind)
               and (cast(:action as text) is null or action = :action)
               and (cast(:from as timestamptz) is null or at >= :from)
               and (cast(:to as timestamptz) is null or at < :to)
            """;

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, String actor, String role, String action, String kind, @Nullable Long subjectId,
                       @Nullable Long objectId) {
        jdbc.sql("""
                        insert into audit_log (at, actor, actor_role, action, kind, subject_id, object_id)
                        values (:at, :actor, :role, :action, :kind, :subject, :object)
                        """)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("actor", actor).param("role", role).param("action", action)
                .param("kind", kind).param("subject", subjectId).param("object", objectId).update();
    }

    public List<Row> search(AuditQuery q) {
        return filtered(jdbc.sql("select * from audit_log" + FILTER + " order by at desc, id desc limit :size offset :skip"), q)
                .param("size", q.size()).param("skip", (long) q.page() * q.size())
                .query(AuditStore::row).list();
    }

    public long count(AuditQuery q) {
        return filtered(jdbc.sql("select count(*) from audit_log" + FILTER), q).query(Long.class).single();
    }

    public List<Long> objects(String kind, long subjectId) {
        return jdbc.sql("""
                        select distinct object_id from audit_log
                         where kind = :kind and subject_id = :subject and object_id is not null
                        """)
                .param("kind", kind).param("subject", subjectId).query(Long.class).list();
    }

    public List<String> kinds() {
        return jdbc.sql("select distinct kind from audit_log order by kind").query(String.class).list();
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec sql, AuditQuery q) {
        return sql.param("actor", q.actor()).param("subject", q.subjectId()).param("kind", q.kind())
                .param("action", q.action() == null ? null : q.action().name())
                .param("from", start(q.from())).param("to", start(q.to() == null ? null : q.to().plusDays(1)));
    }

    private static @Nullable OffsetDateTime start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("actor_role"), rs.getString("action"), rs.getString("kind"),
                rs.getObject("subject_id", Long.class), rs.getObject("object_id", Long.class));
    }
}
