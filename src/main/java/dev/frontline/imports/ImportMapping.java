package dev.frontline.imports;

import dev.frontline.pipeline.Outcome;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * @param defaults per field ({@code owner}, {@code product}, {@code stage}), the value every row of the batch's CRM
 *                files takes when its file has no column for the field or the row's cell is blank
 * @param newReps per owner value (as the file spells it), the id of the team to create that owner in as a new rep,
 *                with the import and without a login
 * @param dateFormats per file name, per date column (as the file spells it, any case), the format its dates are
 *                written in ({@code "DD/MM/YY"}, see the import's date questions), for columns whose values more than
 *                one format reads
 */
public record ImportMapping(@Nullable Map<String, Outcome> stages, @Nullable Map<String, String> owners,
                            Map<String, Map<String, String>> columns, Map<String, String> defaults,
                            Map<String, Long> newReps, Map<String, Map<String, String>> dateFormats) {

    /** The fields a mapping may give a default value. */
    public static final java.util.Set<String> DEFAULTABLE = java.util.Set.of("owner", "product", "stage");

    public ImportMapping {
        stages = stages == null ? null : lowerKeys(stages);
        owners = owners == null ? null : lowerKeys(owners);
        columns = Map.copyOf(columns);
        defaults = defaults(defaults);
        newReps = lowerKeys(newReps);
        Map<String, Map<String, String>> formats = new LinkedHashMap<>();
        dateFormats.forEach((file, byColumn) -> formats.put(file, lowerKeys(byColumn)));
        dateFormats = Map.copyOf(formats);
    }

    public ImportMapping(@Nullable Map<String, Outcome> stages, @Nullable Map<String, String> owners,
                         Map<String, Map<String, String>> columns, Map<String, String> defaults,
                         Map<String, Long> newReps) {
        this(stages, owners, columns, defaults, newReps, Map.of());
    }

    public ImportMapping(@Nullable Map<String, Outcome> stages, @Nullable Map<String, String> owners,
                         Map<String, Map<String, String>> columns) {
        this(stages, owners, columns, Map.of(), Map.of(), Map.of());
    }

    public static ImportMapping none() {
        return new ImportMapping(null, null, Map.of());
    }

    /** The default the admin gave a field ({@code owner}, {@code product}, {@code stage}), if any (never blank). */
    public @Nullable String defaultOf(String field) {
        return defaults.get(field);
    }

    /** The team the admin chose to create an owner value in as a new rep, if they did. */
    public @Nullable Long newRepTeam(String owner) {
        return newReps.get(key(owner));
    }

    /** Whether the admin answered the owner question: mapped or to be created. */
    public boolean answersOwner(String owner) {
        return personFor(owner) != null || newRepTeam(owner) != null;
    }

    public boolean answersStages() {
        return stages != null;
    }

    public boolean answersOwners() {
        return owners != null || !newReps.isEmpty();
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

    /** The date formats the admin gave a file's columns, by lower-case column name (labels as given). */
    public Map<String, String> dateFormatsOf(String file) {
        return dateFormats.getOrDefault(file, Map.of());
    }

    /** These answers with the later ones added, the later winning where both answer the same question. */
    public ImportMapping and(ImportMapping later) {
        Map<String, String> owners = merge(this.owners, later.owners);
        Map<String, Long> created = new LinkedHashMap<>(newReps);
        if (later.owners != null) {
            later.owners.keySet().forEach(created::remove);
        }
        created.putAll(later.newReps);
        if (owners != null) {
            Map<String, String> mapped = new LinkedHashMap<>(owners);
            later.newReps.keySet().forEach(mapped::remove);
            owners = mapped;
        }
        return new ImportMapping(merge(stages, later.stages), owners, merge(columns, later.columns),
                Objects.requireNonNull(merge(defaults, later.defaults)), created,
                Objects.requireNonNull(merge(dateFormats, later.dateFormats)));
    }

    private static Map<String, String> defaults(Map<String, String> given) {
        Map<String, String> defaults = new HashMap<>();
        given.forEach((field, value) -> {
            String key = field.trim().toLowerCase(Locale.ROOT);
            if (!DEFAULTABLE.contains(key)) {
                throw new dev.frontline.shared.Malformed("mapping", "The mapping gives a default for '" + field
                        + "'; defaults can be given for owner, product and stage");
            }
            if (value != null && !value.isBlank()) {
                defaults.put(key, value.trim());
            }
        });
        return Map.copyOf(defaults);
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
