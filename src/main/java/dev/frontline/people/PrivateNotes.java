package dev.frontline.people;

import dev.frontline.shared.StaleVersion;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.shared.InvalidInput;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.people.internal.PeopleStore;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private notes on a rep: for the rep's manager and director only. For everyone else — the rep themself, peers,
 * other managers and directors, and the admin — they do not exist (404). Every read and write is written to the
 * audit log in the same transaction, which only the admin reads.
 */
@Service
@Transactional
public class PrivateNotes {

    static final int MAX_TEXT = 5000;

    private final PeopleStore store;
    private final Organization organization;
    private final FiscalCalendar calendar;

    PrivateNotes(PeopleStore store, Organization organization, FiscalCalendar calendar) {
        this.store = store;
        this.organization = organization;
        this.calendar = calendar;
    }

    /** The rep's notes, newest first; each note read is audited (an empty list once, without a note). */
    public List<PrivateNote> read(Scope scope, long repId) {
        requireReader(scope, repId);
        List<PrivateNote> notes = store.notes(repId);
        Instant now = calendar.now();
        if (notes.isEmpty()) {
            audit(scope, "READ", repId, null, now);
        }
        notes.forEach(n -> audit(scope, "READ", repId, n.id(), now));
        return notes;
    }

    /** Adds a note. */
    public PrivateNote add(Scope scope, long repId, @Nullable String text) {
        requireReader(scope, repId);
        String words = valid(text);
        Instant now = calendar.now();
        long id = store.insertNote(repId, scope.viewer().personId(), scope.viewer().displayName(), words, now);
        audit(scope, "CREATE", repId, id, now);
        return store.note(id).orElseThrow();
    }

    /** Edits a note; only its author (403 for the other reader); a stale version 409. */
    public PrivateNote edit(Scope scope, long repId, long noteId, @Nullable String text, @Nullable Integer version) {
        requireReader(scope, repId);
        PrivateNote note = store.note(noteId).filter(n -> n.repId() == repId)
                .orElseThrow(() -> new NotFoundException("note", noteId));
        if (!Objects.equals(store.noteAuthorId(noteId).orElse(null), scope.viewer().personId())) {
            throw new AccessDeniedException("Only the author edits a note");
        }
        String words = valid(text);
        if (version == null) {
            throw new InvalidInput("version", "required, the version you read (now " + note.version() + ")");
        }
        Instant now = calendar.now();
        if (!store.updateNote(noteId, version, words, now)) {
            throw new StaleVersion("Note " + noteId, store.note(noteId).map(PrivateNote::version).orElse(0));
        }
        audit(scope, "UPDATE", repId, noteId, now);
        return store.note(noteId).orElseThrow();
    }

    /** Whether the viewer may read and write the rep's private notes. */
    @Transactional(readOnly = true)
    public boolean mayRead(Scope scope, long repId) {
        return scope.isManagerOf(repId) || scope.isDirectorOf(repId);
    }

    /** The audit log, newest first, optionally for one rep. Admin only (403). */
    @Transactional(readOnly = true)
    public List<AuditEntry> audit(Scope scope, @Nullable Long repId, int limit) {
        if (!scope.isAdmin()) {
            throw new AccessDeniedException("Only an administrator reads the audit log");
        }
        if (limit < 1 || limit > 1000) {
            throw new InvalidInput("limit", "must be 1 to 1000, not " + limit);
        }
        Map<Long, String> names = organization.everyone().stream()
                .collect(Collectors.toMap(Member::id, Member::displayName, (a, b) -> a));
        return store.auditLog(repId, limit).stream().map(e -> new AuditEntry(e.id(), e.at(), e.actor(), e.actorRole(),
                e.action(), e.repId(), names.getOrDefault(e.repId(), "#" + e.repId()), e.noteId())).toList();
    }

    private void requireReader(Scope scope, long repId) {
        Member rep = organization.rep(scope, repId);
        if (!mayRead(scope, rep.id())) {
            throw new NotFoundException("notes", repId);
        }
    }

    private static String valid(@Nullable String text) {
        String words = text == null ? "" : text.trim();
        if (words.isEmpty() || words.length() > MAX_TEXT) {
            throw new InvalidInput("text", "required, at most " + MAX_TEXT + " characters");
        }
        return words;
    }

    private void audit(Scope scope, String action, long repId, @Nullable Long noteId, Instant at) {
        store.audit(at, scope.viewer().username(), scope.viewer().role().name(), action, repId, noteId);
    }

}
