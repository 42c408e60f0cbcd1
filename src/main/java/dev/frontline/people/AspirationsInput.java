package dev.frontline.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rep's career goal: the role they aim for, by when (a period such as {@code 2027-Q4} or {@code 2028}), the
 * development actions towards it, and the version they were read at (0 when there were none).
 */
public record AspirationsInput(@Nullable String targetRole, @Nullable String targetBy,
                               @Nullable List<ActionInput> actions, @Nullable Integer version) {

    public record ActionInput(@Nullable String text, @Nullable Boolean done) {
    }
}
