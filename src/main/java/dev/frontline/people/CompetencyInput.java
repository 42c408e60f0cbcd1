package dev.frontline.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A competency as the admin writes it. {@code key} names a new one (lower case, digits and underscores) and cannot
 * change; {@code version} is required when editing.
 */
public record CompetencyInput(@Nullable String key, @Nullable String name, @Nullable String description,
                              @Nullable List<String> levels, @Nullable Boolean active, @Nullable Integer version) {
}
