package dev.frontline.people;

import java.time.Instant;

/** A manager's or director's private note on a rep: never shown to the rep or their peers. */
public record PrivateNote(long id, long repId, String author, String text, Instant createdAt, Instant updatedAt,
                          int version) {
}
