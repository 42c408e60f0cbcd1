package dev.frontline.audit;

import dev.frontline.audit.internal.AuditStore;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one audit log of private content, for every module that keeps some. A module calls {@link #record} in the
 * transaction of the read or write it audits (so both land or neither does), and {@link #refused} when it answers
 * an attempt with 404 (that entry is written in a transaction of its own, since the refusal rolls the caller's
 * back). A kind names the content ({@code dossier}: a manager's notes on a rep; {@code coaching}: a 1:1's private
 * notes); the subject is the person whose content it is.
 */
@Service
@Transactional
public class AuditLog {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,39}");

    private final AuditStore store;
    private final Organization organization;
    private final FiscalCalendar calendar;

    AuditLog(AuditStore store, Organization organization, FiscalCalendar calendar) {
        this.store = store;
        this.organization = organization;
        this.calendar = calendar;
    }

    /** Records that the viewer did {@code action} to {@code kind} content of the subject (one entry per call). */
    public void record(Scope scope, AuditAction action, String kind, @Nullable Long subjectId,
                       @Nullable Long objectId) {
        store.insert(calendar.now(), scope.viewer().username(), scope.viewer().role().name(), action.name(),
                validKind(kind), subjectId, objectId);
    }

    /**
     * Records a refused attempt on {@code kind} content of the subject (null when the attempt named nobody who
     * exists); committed even when the caller's transaction rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(Scope scope, String kind, @Nullable Long subjectId, @Nullable Long objectId) {
        record(scope, AuditAction.REFUSED, kind, subjectId, objectId);
    }

    /** The objects of {@code kind} content of the subject that any entry names (say, 1:1s whose notes were read). */
    @Transactional(readOnly = true)
    public Set<Long> auditedObjects(String kind, long subjectId) {
        return Set.copyOf(store.objects(validKind(kind), subjectId));
    }

    /** One page of the log, newest first, as the query filters it. Admin only (403). */
    @Transactional(readOnly = true)
    public AuditPage search(Scope scope, AuditQuery query) {
        requireAdmin(scope);
        var rows = store.search(query);
        // Names for the page's subjects only: the cost follows the page, not the organisation.
        Map<Long, String> names = organization.people(scope, rows.stream().map(r -> r.subjectId())
                        .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(Member::id, Member::displayName, (a, b) -> a));
        List<AuditEntry> entries = rows.stream().map(r -> new AuditEntry(r.id(), r.at(), r.actor(),
                r.actorRole(), AuditAction.valueOf(r.action()), r.kind(), r.subjectId(),
                r.subjectId() == null ? "(nobody)" : names.getOrDefault(r.subjectId(), "#" + r.subjectId()),
                r.objectId())).toList();
        return new AuditPage(entries, query.page(), query.size(), store.count(query));
    }

    /** The kinds of content the log holds entries of, alphabetically. Admin only (403). */
    @Transactional(readOnly = true)
    public List<String> kinds(Scope scope) {
        requireAdmin(scope);
        return store.kinds();
    }

    private static void requireAdmin(Scope scope) {
        if (!scope.isAdmin()) {
            throw new AccessDeniedException("Only an administrator reads the audit log");
        }
    }

    private static String validKind(String kind) {
        if (!KIND.matcher(kind).matches()) {
            throw new InvalidInput("kind", "lower-case letters and dashes, at most 40, not " + kind);
        }
        return kind;
    }
}
