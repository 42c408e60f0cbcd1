package dev.frontline.audit.web;

import dev.frontline.audit.AuditEntry;
import dev.frontline.audit.AuditLog;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit log of private content for the admin: filtered and paged, the total in {@code X-Total-Count}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Audit")
class AuditApi {

    private final AuditLog log;

    AuditApi(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit log of private content, newest first (admin only)",
            description = "Administrators only; everyone else 403. Filters: actor, repId (whose content), kind "
                    + "(dossier, coaching, …), action (READ, CREATE, UPDATE, WRITE, REFUSED), from and to (ISO "
                    + "dates, UTC, inclusive); page from 0, limit per page (default 200, at most 1000). The number "
                    + "of matching entries is in X-Total-Count. A malformed action or date 400; a page or limit out "
                    + "of range 422.")
    ResponseEntity<List<EntryJson>> audit(Scope scope, AuditParams params) {
        var page = log.search(scope, params.query(200));
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(page.total()))
                .body(page.entries().stream().map(EntryJson::of).toList());
    }

    /** One entry; {@code noteId} and {@code meetingId} repeat {@code objectId} for the dossier's and 1:1 notes. */
    record EntryJson(long id, Instant at, String actor, String actorRole, String action, String kind,
                     @Nullable Long repId, String rep, @Nullable Long objectId, @Nullable Long noteId,
                     @Nullable Long meetingId) {

        static EntryJson of(AuditEntry e) {
            return new EntryJson(e.id(), e.at(), e.actor(), e.actorRole(), e.action().name(), e.kind(), e.subjectId(),
                    e.subjectName(), e.objectId(), e.kind().equals("dossier") ? e.objectId() : null,
                    e.kind().equals("coaching") ? e.objectId() : null);
        }
    }
}
