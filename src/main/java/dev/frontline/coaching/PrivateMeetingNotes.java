package dev.frontline.coaching;

import dev.frontline.shared.StaleVersion;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.coaching.internal.CoachingStore;
import dev.frontline.coaching.internal.CoachingStore.MeetingRow;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 1:1's private notes: written by the rep's manager, readable by the manager and the director of the rep's
 * office, as the dossier's private notes are. For everyone else — the rep, peers, other managers and directors,
 * the admin — they do not exist (404). Every read and every write is audited in the same transaction, and only the
 * admin reads the audit log.
 */
@Service
@Transactional
public class PrivateMeetingNotes {

    static final int MAX_TEXT = 10000;

    private final CoachingStore store;
    private final OneOnOnes oneOnOnes;
    private final Organization organization;
    private final FiscalCalendar calendar;

    PrivateMeetingNotes(CoachingStore store, OneOnOnes oneOnOnes, Organization organization, FiscalCalendar calendar) {
        this.store = store;
        this.oneOnOnes = oneOnOnes;
        this.organization = organization;
        this.calendar = calendar;
    }

    /** Whether the viewer may read the private notes of the rep's 1:1s. */
    @Transactional(readOnly = true)
    public boolean mayRead(Scope scope, long repId) {
        return scope.isManagerOf(repId) || scope.isDirectorOf(repId);
    }

    /** Reads a meeting's private notes; audited. */
    public PrivateMeetingNote read(Scope scope, long meetingId) {
        MeetingRow row = readable(scope, meetingId);
        store.audit(calendar.now(), scope.viewer().username(), scope.viewer().role().name(), "READ", row.repId(),
                meetingId);
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
        store.audit(now, scope.viewer().username(), scope.viewer().role().name(), "WRITE", row.repId(), meetingId);
        return note(row);
    }

    /** The audit log of private 1:1 notes, newest first, optionally of one rep. Admin only (403). */
    @Transactional(readOnly = true)
    public List<CoachingAuditEntry> audit(Scope scope, @Nullable Long repId, int limit) {
        if (!scope.isAdmin()) {
            throw new AccessDeniedException("Only an administrator reads the audit log");
        }
        if (limit < 1 || limit > 1000) {
            throw new dev.frontline.shared.InvalidInput("limit", "must be 1 to 1000, not " + limit);
        }
        Map<Long, String> names = organization.everyone().stream()
                .collect(Collectors.toMap(Member::id, Member::displayName, (a, b) -> a));
        return store.auditLog(repId, limit).stream().map(e -> new CoachingAuditEntry(e.id(), e.at(), e.actor(),
                e.actorRole(), e.action(), e.repId(), names.getOrDefault(e.repId(), "#" + e.repId()), e.meetingId()))
                .toList();
    }

    private MeetingRow readable(Scope scope, long meetingId) {
        MeetingRow row = oneOnOnes.meetingInScope(scope, meetingId);
        if (!mayRead(scope, row.repId())) {
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
