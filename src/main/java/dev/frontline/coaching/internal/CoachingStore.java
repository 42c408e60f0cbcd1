package dev.frontline.coaching.internal;

import static dev.frontline.system.SqlValues.date;
import static dev.frontline.system.SqlValues.ids;
import static dev.frontline.system.SqlValues.instant;
import static dev.frontline.system.SqlValues.time;

import dev.frontline.coaching.ActionItem;
import dev.frontline.coaching.AgendaItem;
import dev.frontline.coaching.Cadence;
import dev.frontline.coaching.CadenceSetting;
import dev.frontline.coaching.MeetingStatus;
import dev.frontline.coaching.Owner;
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

/** SQL over the coaching module's own tables. Writes guarded by a version answer false when the row moved on. */
@Repository
public class CoachingStore {

    private final JdbcClient jdbc;

    CoachingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A 1:1 as stored. */
    public record MeetingRow(long id, long repId, Instant startsAt, int durationMinutes, @Nullable Instant slotAt,
                             MeetingStatus status, String sharedNotes, String createdBy, boolean demo, int version) {
    }

    /** A meeting's private notes. */
    public record PrivateRow(long meetingId, String text, Instant updatedAt, String updatedBy, int version) {
    }

    // ---- cadences ----

    public Optional<CadenceSetting> cadence(long repId) {
        return jdbc.sql("select * from coaching_cadence where rep_id = :rep").param("rep", repId)
                .query(CoachingStore::cadence).optional();
    }

    public List<CadenceSetting> cadences(Collection<Long> repIds) {
        return jdbc.sql("select * from coaching_cadence where rep_id = any(:ids)").param("ids", ids(repIds))
                .query(CoachingStore::cadence).list();
    }

    public List<CadenceSetting> allCadences() {
        return jdbc.sql("select * from coaching_cadence").query(CoachingStore::cadence).list();
    }

    /** Sets the cadence when it is still at the expected version (0: none yet); false when stale. */
    public boolean saveCadence(long repId, int expectedVersion, Cadence cadence, Instant firstAt, int minutes,
                               Instant since, String by, boolean demo) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                            insert into coaching_cadence (rep_id, cadence, first_at, duration_minutes, since, updated_by,
                                                          demo, version)
                            values (:rep, :c, :first, :min, :since, :by, :demo, 1) on conflict (rep_id) do nothing
                            """)
                    .param("rep", repId).param("c", cadence.name()).param("first", time(firstAt)).param("min", minutes)
                    .param("since", time(since)).param("by", by).param("demo", demo).update() == 1;
        }
        return jdbc.sql("""
                        update coaching_cadence set cadence = :c, first_at = :first, duration_minutes = :min,
                               updated_by = :by, demo = false, version = version + 1
                         where rep_id = :rep and version = :v
                        """)
                .param("rep", repId).param("c", cadence.name()).param("first", time(firstAt)).param("min", minutes)
                .param("by", by).param("v", expectedVersion).update() == 1;
    }

    // ---- meetings ----

    public long insertMeeting(long repId, Instant startsAt, int minutes, @Nullable Instant slotAt, MeetingStatus status,
                              String sharedNotes, String by, Instant at, boolean demo) {
        return jdbc.sql("""
                        insert into one_on_one (rep_id, starts_at, duration_minutes, slot_at, status, shared_notes,
                                                created_by, created_at, demo)
                        values (:rep, :starts, :min, :slot, :status, :notes, :by, :at, :demo) returning id
                        """)
                .param("rep", repId).param("starts", time(startsAt)).param("min", minutes)
                .param("slot", slotAt == null ? null : time(slotAt)).param("status", status.name())
                .param("notes", sharedNotes).param("by", by).param("at", time(at)).param("demo", demo)
                .query(Long.class).single();
    }

    /** Adds the cadence's meeting for a slot unless one already fills it (moved or cancelled ones included). */
    public boolean insertSlotIfAbsent(long repId, Instant slotAt, int minutes, String by, Instant at, boolean demo) {
        return jdbc.sql("""
                        insert into one_on_one (rep_id, starts_at, duration_minutes, slot_at, created_by, created_at, demo)
                        values (:rep, :slot, :min, :slot, :by, :at, :demo)
                        on conflict (rep_id, slot_at) where slot_at is not null do nothing
                        """)
                .param("rep", repId).param("slot", time(slotAt)).param("min", minutes).param("by", by)
                .param("at", time(at)).param("demo", demo).update() == 1;
    }

    /**
     * Removes the cadence's future meetings that nothing was written into yet (no agenda, action, shared or private
     * note), so that a changed cadence can lay out its own.
     */
    public int deleteUntouchedFutureSlots(long repId, Instant now, Collection<Long> audited) {
        return jdbc.sql("""
                        delete from one_on_one m
                         where m.rep_id = :rep and m.slot_at is not null and m.status = 'SCHEDULED'
                           and m.starts_at > :now and m.shared_notes = ''
                           and not exists (select 1 from agenda_item a where a.one_on_one_id = m.id)
                           and not exists (select 1 from coaching_action c where c.one_on_one_id = m.id)
                           and not exists (select 1 from one_on_one_private_note p where p.one_on_one_id = m.id)
                           and not (m.id = any(:audited))
                        """)
                .param("rep", repId).param("now", time(now)).param("audited", ids(audited)).update();
    }

    public Optional<MeetingRow> meeting(long id) {
        return jdbc.sql("select * from one_on_one where id = :id").param("id", id).query(CoachingStore::meeting)
                .optional();
    }

    /** The reps' meetings, oldest first. */
    public List<MeetingRow> meetings(Collection<Long> repIds) {
        return jdbc.sql("select * from one_on_one where rep_id = any(:ids) order by starts_at, id")
                .param("ids", ids(repIds)).query(CoachingStore::meeting).list();
    }

    public boolean updateMeeting(long id, int expectedVersion, Instant startsAt, int minutes, MeetingStatus status,
                                 String sharedNotes) {
        return jdbc.sql("""
                        update one_on_one set starts_at = :starts, duration_minutes = :min, status = :status,
                               shared_notes = :notes, version = version + 1
                         where id = :id and version = :v
                        """)
                .param("starts", time(startsAt)).param("min", minutes).param("status", status.name())
                .param("notes", sharedNotes).param("id", id).param("v", expectedVersion).update() == 1;
    }

    // ---- agenda ----

    public long insertAgenda(long meetingId, Owner by, String author, String text, Instant at) {
        return jdbc.sql("""
                        insert into agenda_item (one_on_one_id, author_role, author, text, created_at)
                        values (:m, :role, :author, :text, :at) returning id
                        """)
                .param("m", meetingId).param("role", by.name()).param("author", author).param("text", text)
                .param("at", time(at)).query(Long.class).single();
    }

    public List<AgendaItem> agenda(Collection<Long> meetingIds) {
        return jdbc.sql("select * from agenda_item where one_on_one_id = any(:ids) order by created_at, id")
                .param("ids", ids(meetingIds))
                .query((rs, n) -> new AgendaItem(rs.getLong("id"), rs.getLong("one_on_one_id"),
                        Owner.valueOf(rs.getString("author_role")), rs.getString("author"), rs.getString("text"),
                        instant(rs, "created_at"))).list();
    }

    // ---- private notes ----

    public Optional<PrivateRow> privateNote(long meetingId) {
        return jdbc.sql("select * from one_on_one_private_note where one_on_one_id = :m").param("m", meetingId)
                .query((rs, n) -> new PrivateRow(rs.getLong("one_on_one_id"), rs.getString("text"),
                        instant(rs, "updated_at"), rs.getString("updated_by"), rs.getInt("version"))).optional();
    }

    public boolean savePrivateNote(long meetingId, int expectedVersion, String text, String by, Instant at) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                            insert into one_on_one_private_note (one_on_one_id, text, updated_at, updated_by, version)
                            values (:m, :text, :at, :by, 1) on conflict (one_on_one_id) do nothing
                            """)
                    .param("m", meetingId).param("text", text).param("at", time(at)).param("by", by).update() == 1;
        }
        return jdbc.sql("""
                        update one_on_one_private_note set text = :text, updated_at = :at, updated_by = :by,
                               version = version + 1
                         where one_on_one_id = :m and version = :v
                        """)
                .param("m", meetingId).param("text", text).param("at", time(at)).param("by", by)
                .param("v", expectedVersion).update() == 1;
    }

    // ---- action items ----

    public long insertAction(long repId, long meetingId, String text, Owner owner, @Nullable LocalDate dueOn, String by,
                             Instant at, boolean demo) {
        return jdbc.sql("""
                        insert into coaching_action (rep_id, one_on_one_id, text, owner, due_on, created_by, created_at,
                                                     demo)
                        values (:rep, :m, :text, :owner, :due, :by, :at, :demo) returning id
                        """)
                .param("rep", repId).param("m", meetingId).param("text", text).param("owner", owner.name())
                .param("due", dueOn == null ? null : Date.valueOf(dueOn)).param("by", by).param("at", time(at))
                .param("demo", demo).query(Long.class).single();
    }

    private static final String ACTIONS = """
            select c.*, m.starts_at as raised_at from coaching_action c join one_on_one m on m.id = c.one_on_one_id
            """;

    /** The reps' action items, in the order they were raised. */
    public List<ActionItem> actions(Collection<Long> repIds) {
        return jdbc.sql(ACTIONS + " where c.rep_id = any(:ids) order by m.starts_at, c.id").param("ids", ids(repIds))
                .query(CoachingStore::action).list();
    }

    public Optional<ActionItem> action(long id) {
        return jdbc.sql(ACTIONS + " where c.id = :id").param("id", id).query(CoachingStore::action).optional();
    }

    public boolean updateAction(long id, int expectedVersion, String text, Owner owner, @Nullable LocalDate dueOn,
                                @Nullable Instant doneAt, @Nullable String doneBy) {
        return jdbc.sql("""
                        update coaching_action set text = :text, owner = :owner, due_on = :due, done_at = :done,
                               done_by = :by, version = version + 1
                         where id = :id and version = :v
                        """)
                .param("text", text).param("owner", owner.name()).param("due", dueOn == null ? null : Date.valueOf(dueOn))
                .param("done", doneAt == null ? null : time(doneAt)).param("by", doneBy).param("id", id)
                .param("v", expectedVersion).update() == 1;
    }

    public boolean anyCadence() {
        return jdbc.sql("select exists (select 1 from coaching_cadence)").query(Boolean.class).single();
    }

    // ---- mapping ----

    private static CadenceSetting cadence(ResultSet rs, int n) throws SQLException {
        return new CadenceSetting(rs.getLong("rep_id"), Cadence.valueOf(rs.getString("cadence")),
                instant(rs, "first_at"), rs.getInt("duration_minutes"), instant(rs, "since"),
                rs.getString("updated_by"), rs.getBoolean("demo"), rs.getInt("version"));
    }

    private static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
        OffsetDateTime slot = rs.getObject("slot_at", OffsetDateTime.class);
        return new MeetingRow(rs.getLong("id"), rs.getLong("rep_id"), instant(rs, "starts_at"),
                rs.getInt("duration_minutes"), slot == null ? null : slot.toInstant(),
                MeetingStatus.valueOf(rs.getString("status")), rs.getString("shared_notes"), rs.getString("created_by"),
                rs.getBoolean("demo"), rs.getInt("version"));
    }

    private static ActionItem action(ResultSet rs, int n) throws SQLException {
        OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
        return new ActionItem(rs.getLong("id"), rs.getLong("rep_id"), rs.getLong("one_on_one_id"),
                instant(rs, "raised_at"), rs.getString("text"), Owner.valueOf(rs.getString("owner")),
                date(rs, "due_on"), done == null ? null : done.toInstant(), rs.getString("done_by"),
                rs.getString("created_by"), rs.getBoolean("demo"), rs.getInt("version"));
    }

}
