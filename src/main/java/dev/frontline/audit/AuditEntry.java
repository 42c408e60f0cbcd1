package dev.frontline.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One access to private content: when, who (username and role), what they did, of which kind ({@code dossier},
 * {@code coaching}, …), whose content it was (the subject, by id and name; null when a refused attempt named no
 * one) and the note or 1:1 when there was one.
 */
public record AuditEntry(long id, Instant at, String actor, String actorRole, AuditAction action, String kind,
                         @Nullable Long subjectId, String subjectName, @Nullable Long objectId) {
}
