package dev.frontline.imports;

import dev.frontline.pipeline.Outcome;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The admin's answers to a {@link MappingRequest}, sent with the same files again. Stage names and owner values
 * match ignoring case.
 *
 * @param stages  the outcome of each stage Frontline does not know yet; {@code null} when stages were not
 *                answered (an import then asks), otherwise a stage left out is a row error
 * @param owners  the person (username or display name) each unknown owner value stands for; a blank person leaves
 *                the value unmapped; {@code null} when owners were not answered (an import then asks), otherwise
 *                an owner left unmapped is a row error
 * @param columns per file name, per field ({@code id}, {@code owner}, {@code stage}, {@code closeDate}, …), the
 *                column that holds it, for files whose header matches no layout
 */
public record ImportMapping(@Nullable Map<String, Outcome> stages, @Nullable Map<String, String> owners,
                            Map<String, Map<String, String>> columns) {

    public ImportMapping {
        stages = stages == null ? null : lowerKeys(stages);
        owners = owners == null ? null : lowerKeys(owners);
        columns = Map.copyOf(columns);
    }

    public static ImportMapping none() {
        return new ImportMapping(null, null, Map.of());
    }

    public boolean answersStages() {
        return stages != null;
    }

    public boolean answersOwners() {
        return owners != null;
    }

    /** The outcome the admin gave a stage, if any. */
    public @Nullable Outcome outcomeOf(String stage) {
        return stages == null ? null : stages.get(key(stage));
    }

    /** The person the admin mapped an owner value to, if any (never blank). */
    public @Nullable String personFor(String owner) {
        String person = owners == null ? null : owners.get(key(owner));
        return person == null || person.isBlank() ? null : person.trim();
    }

    /** The columns the admin mapped for a file, if any. */
    public @Nullable Map<String, String> columnsOf(String file) {
        return columns.get(file);
    }

    /** These answers with the later ones added, the later winning where both answer the same question. */
    public ImportMapping and(ImportMapping later) {
        return new ImportMapping(merge(stages, later.stages), merge(owners, later.owners),
                merge(columns, later.columns));
    }

    private static <V> @Nullable Map<String, V> merge(@Nullable Map<String, V> first, @Nullable Map<String, V> then) {
        if (first == null || then == null) {
            return first == null ? then : first;
        }
        Map<String, V> merged = new LinkedHashMap<>(first);
        merged.putAll(then);
        return merged;
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> map) {
        Map<String, V> lower = new HashMap<>();
        map.forEach((k, v) -> lower.put(key(k), v));
        return Map.copyOf(lower);
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
