package dev.frontline.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One read or write of a private note. A read of a rep's notes writes one entry per note read, or one without a
 * note when there were none.
 */
public record AuditEntry(long id, Instant at, String actor, String actorRole, String action, long repId,
                         String repName, @Nullable Long noteId) {
}
