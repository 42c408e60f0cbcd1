package dev.frontline.people;

import java.time.Instant;

/** The manager's own words on one topic of a rep's dossier; {@code demo} when the demo wrote them. */
public record Remark(Topic topic, String text, String author, Instant updatedAt, int version, boolean demo) {
}
