package dev.frontline.imports.web;

import dev.frontline.imports.ImportMapping;
import dev.frontline.pipeline.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.frontline.shared.InvalidInput;
import dev.frontline.system.web.KeyedFields;
import java.util.Set;

/**
 * The mapping form of the import page: {@code stage.<i>.name} and {@code stage.<i>.outcome};
 * {@code owner.<i>.value} and {@code owner.<i>.person} (a username, or {@code create:<team id>} to create the owner
 * as a new rep of that team); {@code file.<i>} and {@code column.<i>.<field>}; {@code default.<field>} for
 * owner, product and stage; {@code date.<i>.file}, {@code date.<i>.column} and {@code date.<i>.format} for the
 * format of an ambiguous date column.
 * Stages (owners) count as answered when the form showed them. Parsed by {@link KeyedFields}: an unknown field name
 * answers 400; an outcome that is not won or lost is 422 naming its field.
 */
final class MappingForm {

    static final Map<String, Integer> FIELDS = Map.of("stage", 2, "owner", 2, "file", 1, "column", 2, "default", 1,
            "date", 2);

    private MappingForm() {
    }

    static ImportMapping parse(Map<String, String[]> parameters) {
        KeyedFields form = KeyedFields.parse(parameters, Set.of(), FIELDS, '.');
        Map<String, Outcome> stages = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, Long> created = new LinkedHashMap<>();
        Map<String, Map<String, String>> dates = new LinkedHashMap<>();
        boolean stagesShown = false;
        boolean ownersShown = false;
        for (Map.Entry<String, String> field : form.values().entrySet()) {
            String[] key = field.getKey().split("\\.");
            if (key[0].equals("stage") && key[2].equals("name")) {
                stagesShown = true;
                stages.put(field.getValue(), outcome(form, "stage." + key[1] + ".outcome"));
            } else if (key[0].equals("owner") && key[2].equals("value")) {
                ownersShown = true;
                String person = value(form, "owner." + key[1] + ".person");
                if (person.startsWith(CREATE)) {
                    created.put(field.getValue(), team(person, "owner." + key[1] + ".person"));
                } else {
                    owners.put(field.getValue(), person);
                }
            } else if (key[0].equals("default")) {
                defaults.put(key[1], field.getValue());
            } else if (key[0].equals("date") && key[2].equals("column")) {
                String format = value(form, "date." + key[1] + ".format");
                if (!format.isBlank()) {
                    dates.computeIfAbsent(value(form, "date." + key[1] + ".file"), f -> new LinkedHashMap<>())
                            .put(field.getValue(), format);
                }
            } else if (key[0].equals("file")) {
                columns.put(field.getValue(), fields(form, key[1]));
            }
        }
        return new ImportMapping(stagesShown ? stages : null, ownersShown ? owners : null, columns, defaults, created,
                dates);
    }

    /** The prefix of an owner answer that creates the owner as a rep of a team: {@code create:4}. */
    static final String CREATE = "create:";

    private static long team(String answer, String field) {
        try {
            return Long.parseLong(answer.substring(CREATE.length()));
        } catch (NumberFormatException e) {
            throw new dev.frontline.shared.Malformed(field, "'" + answer + "' names no team: use create:<team id>");
        }
    }

    private static Outcome outcome(KeyedFields form, String field) {
        try {
            return Outcome.parse(value(form, field));
        } catch (InvalidInput e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, String> fields(KeyedFields form, String file) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.under("column").forEach((key, value) -> {
            String[] parts = key.split("\\.", 2);
            if (parts[0].equals(file) && !value.isBlank()) {
                fields.put(parts[1], value);
            }
        });
        return fields;
    }

    private static String value(KeyedFields form, String key) {
        String value = form.get(key);
        return value == null ? "" : value;
    }
}
