package dev.frontline.audit;

import dev.frontline.shared.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A filter over the audit log: each criterion optional (who by username, whose content by person id, kind, action,
 * a date range in UTC, both ends included), one page of {@code size} entries, newest first.
 */
public record AuditQuery(@Nullable String actor, @Nullable Long subjectId, @Nullable String kind,
                         @Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to, int page,
                         int size) {

    public static final int MAX_SIZE = 1000;

    public AuditQuery {
        List<String> errors = new ArrayList<>();
        actor = blankToNull(actor);
        kind = blankToNull(kind);
        if (page < 0) {
            errors.add("page: 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("limit: 1 to " + MAX_SIZE + ", not " + size);
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to: on or after from (" + from + ")");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Everything, newest first, {@code size} at a time. */
    public static AuditQuery all(int size) {
        return new AuditQuery(null, null, null, null, null, null, 0, size);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
