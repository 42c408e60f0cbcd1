package dev.frontline.people;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rep's career goal and the development actions towards it.
 *
 * @param targetBy when they aim to get there: a period such as {@code 2027-Q4} or {@code 2028}
 * @param version  0 when nothing is saved yet
 */
public record Aspirations(@Nullable String targetRole, @Nullable String targetBy, List<Action> actions, int version,
                          boolean demo, @Nullable Instant updatedAt) {

    /** One development action. */
    public record Action(String text, boolean done) {
    }

    public static Aspirations none() {
        return new Aspirations(null, null, List.of(), 0, false, null);
    }

    public boolean captured() {
        return targetRole != null && !targetRole.isBlank();
    }
}
