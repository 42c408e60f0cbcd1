package dev.frontline.people.internal;

import static dev.frontline.system.SqlValues.instant;
import static dev.frontline.system.SqlValues.time;

import dev.frontline.people.PrivateNote;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A manager's private notes on a rep (their audit is the audit module's). */
@Repository
public class NoteStore {

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PrivateNote> notes(long repId) {
        return jdbc.sql("select * from private_note where rep_id = :rep order by created_at desc, id desc")
                .param("rep", repId).query(NoteStore::note).list();
    }

    public Optional<PrivateNote> note(long id) {
        return jdbc.sql("select * from private_note where id = :id").param("id", id).query(NoteStore::note).optional();
    }

    public Optional<Long> noteAuthorId(long id) {
        return jdbc.sql("select author_id from private_note where id = :id").param("id", id).query(Long.class)
                .optional();
    }

    public long insertNote(long repId, @Nullable Long authorId, String author, String text, Instant at) {
        return jdbc.sql("""
                        insert into private_note (rep_id, author_id, author, text, created_at, updated_at)
                        values (:rep, :aid, :a, :t, :at, :at) returning id
                        """).param("rep", repId).param("aid", authorId).param("a", author).param("t", text)
                .param("at", time(at)).query(Long.class).single();
    }

    public boolean updateNote(long id, int expectedVersion, String text, Instant at) {
        return jdbc.sql("""
                        update private_note set text = :t, updated_at = :at, version = version + 1
                         where id = :id and version = :v
                        """).param("t", text).param("at", time(at)).param("id", id).param("v", expectedVersion)
                .update() == 1;
    }


    private static PrivateNote note(ResultSet rs, int n) throws SQLException {
        return new PrivateNote(rs.getLong("id"), rs.getLong("rep_id"), rs.getString("author"), rs.getString("text"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
    }
}
