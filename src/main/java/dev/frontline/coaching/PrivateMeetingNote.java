package dev.frontline.coaching;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The manager's private notes of one 1:1 (empty text and version 0 when none were written yet).
 */
public record PrivateMeetingNote(long meetingId, long repId, String text, @Nullable Instant updatedAt,
                                 @Nullable String updatedBy, int version) {
}
