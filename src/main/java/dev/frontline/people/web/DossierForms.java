package dev.frontline.people.web;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dossier's forms whose fields are keyed by competency, driver or row. Their fixed fields bind to these records
 * ({@code @Valid}, checked by {@link dev.frontline.system.web.FormBinding}); the keyed ones are parsed by
 * {@link dev.frontline.system.web.KeyedFields} — an unknown field name answers 400, a bad value 422 naming the field:
 * <ul>
 *   <li>ratings: {@code level:<competency>} and {@code note:<competency>};</li>
 *   <li>motivations: {@code rank:<DRIVER>} and {@code note:<DRIVER>}, with the {@code version} read;</li>
 *   <li>aspirations: {@code action:<row>} and {@code done:<row>} (rows 0 to 19), with {@code targetRole},
 *       {@code targetBy} and the {@code version} read.</li>
 * </ul>
 */
final class DossierForms {

    static final Map<String, Integer> RATING_FIELDS = Map.of("level", 1, "note", 1);
    static final Map<String, Integer> MOTIVATION_FIELDS = Map.of("rank", 1, "note", 1);
    static final Map<String, Integer> ASPIRATION_FIELDS = Map.of("action", 1, "done", 1);
    static final int ACTION_ROWS = 20;

    private DossierForms() {
    }

    /** The version a form was read at. */
    record Versioned(@Nullable @PositiveOrZero(message = "is zero or more") Integer version) {

        static final Set<String> FIXED = Set.of("version");
    }

    record Aspirations(@Nullable String targetRole, @Nullable String targetBy,
                       @Nullable @PositiveOrZero(message = "is zero or more") Integer version) {

        static final Set<String> FIXED = Set.of("targetRole", "targetBy", "version");
    }

    /** What a refused form shows again: its keyed fields and its fixed ones, by field name. */
    static Map<String, String> echo(Map<String, String> keyed, Map<String, @Nullable Object> fixed) {
        Map<String, String> values = new LinkedHashMap<>(keyed);
        fixed.forEach((name, value) -> {
            if (value != null) {
                values.put(name, value.toString());
            }
        });
        return values;
    }
}
