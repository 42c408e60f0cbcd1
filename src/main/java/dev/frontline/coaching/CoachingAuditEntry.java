package dev.frontline.coaching;

import java.time.Instant;

/** One read or write of a 1:1's private notes. */
public record CoachingAuditEntry(long id, Instant at, String actor, String actorRole, String action, long repId,
                                 String repName, long meetingId) {
}
