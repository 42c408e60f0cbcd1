package dev.frontline.people;

import dev.frontline.shared.StaleVersion;
import dev.frontline.audit.AuditAction;
import dev.frontline.audit.AuditLog;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.shared.InvalidInput;
import dev.frontline.organization.Organization;
import dev.frontline.people.internal.NoteStore;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private notes on a rep: for the rep's manager and director only. For everyone else — the rep themself, peers,
 * other managers and directors, and the admin — they do not exist (404). Every read and write is written to the
 * {@link AuditLog} (kind {@value #KIND}) in the same transaction, and so is every refused attempt.
 */
@Service
@Transactional
public class PrivateNotes {

    static final int MAX_TEXT = 5000;
    static final String KIND = "dossier";

    private final NoteStore store;
    private final Organization organization;
    private final FiscalCalendar calendar;
    private final AuditLog auditLog;

    PrivateNotes(NoteStore store, Organization organization, FiscalCalendar calendar, AuditLog auditLog) {
        this.store = store;
        this.organization = organization;
        this.calendar = calendar;
        this.auditLog = auditLog;
    }

    /** The rep's notes, newest first; the read is audited once, however many notes there are. */
    public List<PrivateNote> read(Scope scope, long repId) {
        requireReader(scope, repId);
        auditLog.record(scope, AuditAction.READ, KIND, repId, null);
        return store.notes(repId);
    }

    /** Adds a note. */
    public PrivateNote add(Scope scope, long repId, @Nullable String text) {
        requireReader(scope, repId);
        String words = valid(text);
        Instant now = calendar.now();
        long id = store.insertNote(repId, scope.viewer().personId(), scope.viewer().displayName(), words, now);
        auditLog.record(scope, AuditAction.CREATE, KIND, repId, id);
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
        auditLog.record(scope, AuditAction.UPDATE, KIND, repId, noteId);
        return store.note(noteId).orElseThrow();
    }

    /** Whether the viewer may read and write the rep's private notes. */
    @Transactional(readOnly = true)
    public boolean mayRead(Scope scope, long repId) {
        return scope.isManagerOf(repId) || scope.isDirectorOf(repId);
    }

    /** The viewer may read the rep's notes; otherwise 404, and the refused attempt is audited. */
    private void requireReader(Scope scope, long repId) {
        boolean entitled;
        try {
            entitled = mayRead(scope, organization.rep(scope, repId).id());
        } catch (NotFoundException outOfScope) {
            entitled = false;
        }
        if (!entitled) {
            auditLog.refused(scope, KIND, repId, null);
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

}
