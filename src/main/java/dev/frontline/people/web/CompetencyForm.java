package dev.frontline.people.web;

import dev.frontline.people.CompetencyInput;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The admin's form for one competency: its name, description, the five level descriptions ({@code level1} to
 * {@code level5}), whether it is active (a checkbox, so {@code present} marks that the form carried the box at all)
 * and the version it was read at. Bound with {@code @Valid}; {@link dev.frontline.system.web.FormBinding} names a
 * version that is not a whole number.
 */
record CompetencyForm(@Nullable String key, @Nullable String name, @Nullable String description,
                      @Nullable String level1, @Nullable String level2, @Nullable String level3,
                      @Nullable String level4, @Nullable String level5, @Nullable String present,
                      @Nullable String active, @Nullable @PositiveOrZero(message = "is zero or more") Integer version) {

    /** The input for the competency {@code key}: the path's when editing, the form's own when adding. */
    CompetencyInput input(@Nullable String key) {
        List<String> levels = java.util.stream.Stream.of(level1, level2, level3, level4, level5)
                .map(l -> Objects.requireNonNullElse(l, "")).toList();
        return new CompetencyInput(key, name, description, levels, present != null ? active != null : null, version);
    }
}
