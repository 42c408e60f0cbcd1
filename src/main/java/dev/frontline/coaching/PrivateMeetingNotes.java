package dev.frontline.coaching;

import dev.frontline.shared.StaleVersion;
import dev.frontline.audit.AuditAction;
import dev.frontline.audit.AuditLog;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.coaching.internal.CoachingStore;
import dev.frontline.coaching.internal.CoachingStore.MeetingRow;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 1:1's private notes: written by the rep's manager, readable by the manager and the director of the rep's
 * office, as the dossier's private notes are. For everyone else — the rep, peers, other managers and directors,
 * the admin — they do not exist (404). Every read and every write is written to the {@link AuditLog} (kind
 * {@value #KIND}) in the same transaction, and so is every refused read or write.
 */
@Service
@Transactional
public class PrivateMeetingNotes {

    static final int MAX_TEXT = 10000;
    static final String KIND = "coaching";

    private final CoachingStore store;
    private final OneOnOnes oneOnOnes;
    private final FiscalCalendar calendar;
    private final AuditLog auditLog;

    PrivateMeetingNotes(CoachingStore store, OneOnOnes oneOnOnes, FiscalCalendar calendar, AuditLog auditLog) {
        this.store = store;
        this.oneOnOnes = oneOnOnes;
        this.calendar = calendar;
        this.auditLog = auditLog;
    }

    /** Whether the viewer may read the private notes of the rep's 1:1s. */
    @Transactional(readOnly = true)
    public boolean mayRead(Scope scope, long repId) {
        return scope.isManagerOf(repId) || scope.isDirectorOf(repId);
    }

    /** Reads a meeting's private notes; audited. */
    public PrivateMeetingNote read(Scope scope, long meetingId) {
        MeetingRow row = readable(scope, meetingId);
        auditLog.record(scope, AuditAction.READ, KIND, row.repId(), meetingId);
        return note(row);
    }

    /** Writes a meeting's private notes (the rep's manager only; 403 for the director); audited; stale 409. */
    public PrivateMeetingNote write(Scope scope, long meetingId, @Nullable String text, @Nullable Integer version) {
        MeetingRow row = readable(scope, meetingId);
        if (!scope.isManagerOf(row.repId())) {
            throw new AccessDeniedException("Only the rep's manager writes private notes");
        }
        List<String> errors = new ArrayList<>();
        String words = text == null ? "" : text.strip();
        if (words.length() > MAX_TEXT) {
            errors.add("text: at most " + MAX_TEXT + " characters");
        }
        OneOnOnes.version(version, errors);
        OneOnOnes.reject(errors);
        Instant now = calendar.now();
        if (!store.savePrivateNote(meetingId, version, words, scope.viewer().displayName(), now)) {
            throw new StaleVersion("The private notes", store.privateNote(meetingId).map(p -> p.version()).orElse(0));
        }
        auditLog.record(scope, AuditAction.WRITE, KIND, row.repId(), meetingId);
        return note(row);
    }

    /** The meeting when the viewer may read its private notes; otherwise 404, and the refused attempt audited. */
    private MeetingRow readable(Scope scope, long meetingId) {
        MeetingRow row;
        try {
            row = oneOnOnes.meetingInScope(scope, meetingId);
        } catch (NotFoundException outOfScope) {
            auditLog.refused(scope, KIND, store.meeting(meetingId).map(MeetingRow::repId).orElse(null), meetingId);
            throw outOfScope;
        }
        if (!mayRead(scope, row.repId())) {
            auditLog.refused(scope, KIND, row.repId(), meetingId);
            throw new NotFoundException("private notes", meetingId);
        }
        return row;
    }

    private PrivateMeetingNote note(MeetingRow row) {
        return store.privateNote(row.id()).map(p -> new PrivateMeetingNote(row.id(), row.repId(), p.text(),
                p.updatedAt(), p.updatedBy(), p.version()))
                .orElse(new PrivateMeetingNote(row.id(), row.repId(), "", null, null, 0));
    }
}
