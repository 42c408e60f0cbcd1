package dev.frontline.people;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What drives a rep, most important first, as the rep ranked it.
 *
 * @param version 0 when nothing is saved yet; a save must carry the version it was made from
 */
public record Motivations(List<Choice> drivers, int version, boolean demo, @Nullable Instant updatedAt) {

    /** One ranked driver (rank 1 first) and the rep's note on it. */
    public record Choice(Driver driver, int rank, @Nullable String note) {
    }

    public static Motivations none() {
        return new Motivations(List.of(), 0, false, null);
    }

    public boolean captured() {
        return !drivers.isEmpty();
    }
}
