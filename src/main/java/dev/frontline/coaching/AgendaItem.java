package dev.frontline.coaching;

import java.time.Instant;

/** One agenda item, added before the meeting by the rep or the manager. */
public record AgendaItem(long id, long meetingId, Owner by, String author, String text, Instant createdAt) {
}
