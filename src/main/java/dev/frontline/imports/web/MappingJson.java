package dev.frontline.imports.web;

import dev.frontline.imports.ImportMapping;
import dev.frontline.pipeline.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's mapping field: {@code {"stages":{"Negotiation":"open"}, "owners":{"0055x…":"cara.losch",
 * "Courtney Brown":{"create":{"team":4}}}, "columns":{"deals.csv":{"id":"Deal ID","owner":"Rep","stage":"Status"}},
 * "defaults":{"owner":"cara.losch","product":"GTX Pro","stage":"Won"},
 * "dateFormats":{"Opportunity.csv":{"CloseDate":"DD/MM/YY"}}}}, every part optional.
 */
final class MappingJson {

    private MappingJson() {
    }

    record Body(@Nullable Map<String, @Nullable String> stages, @Nullable Map<String, @Nullable Object> owners,
                @Nullable Map<String, Map<String, @Nullable String>> columns,
                @Nullable Map<String, @Nullable String> defaults,
                @Nullable Map<String, Map<String, @Nullable String>> dateFormats) {
    }

    static ImportMapping parse(JsonMapper json, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return ImportMapping.none();
        }
        Body body;
        try {
            body = json.readValue(text, Body.class);
        } catch (JacksonException e) {
            throw new dev.frontline.shared.Malformed("mapping", "The mapping is not valid JSON of the form {\"stages\":{…}, "
                    + "\"owners\":{…}, \"columns\":{…}, \"defaults\":{…}, \"dateFormats\":{…}}: " + e.getOriginalMessage());
        }
        if (body == null) {
            return ImportMapping.none();
        }
        Map<String, String> owners = body.owners() == null ? null : new LinkedHashMap<>();
        Map<String, Long> created = new LinkedHashMap<>();
        if (body.owners() != null) {
            body.owners().forEach((owner, answer) -> {
                if (answer == null || answer instanceof String) {
                    owners.put(owner, answer == null ? "" : (String) answer);
                } else {
                    created.put(owner, teamToCreateIn(owner, answer));
                }
            });
        }
        return new ImportMapping(body.stages() == null ? null : outcomes(body.stages()),
                owners == null || (owners.isEmpty() && !created.isEmpty()) ? null : owners,
                body.columns() == null ? Map.of() : columns(body.columns()),
                body.defaults() == null ? Map.of() : blankForNull(body.defaults()), created,
                body.dateFormats() == null ? Map.of() : columns(body.dateFormats()));
    }

    /** The team of an owner answer {@code {"create":{"team":4}}}. */
    private static long teamToCreateIn(String owner, Object answer) {
        if (answer instanceof Map<?, ?> map && map.size() == 1 && map.get("create") instanceof Map<?, ?> create
                && create.get("team") instanceof Number team && team.longValue() == team.doubleValue()) {
            return team.longValue();
        }
        throw new dev.frontline.shared.Malformed("mapping", "The mapping answers owner '" + owner + "' with " + answer
                + "; answer a person's username (\"cara.losch\") or {\"create\":{\"team\":<team id>}}");
    }

    private static Map<String, Outcome> outcomes(Map<String, @Nullable String> stages) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        stages.forEach((stage, outcome) -> {
            if (outcome == null || outcome.isBlank()) {
                throw new dev.frontline.shared.Malformed("mapping", "The mapping gives stage '" + stage + "' no outcome: "
                        + "use open, won or lost");
            }
            outcomes.put(stage, Outcome.parse(outcome));
        });
        return outcomes;
    }

    private static Map<String, Map<String, String>> columns(Map<String, Map<String, @Nullable String>> files) {
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        files.forEach((file, fields) -> columns.put(file, fields == null ? Map.of() : blankForNull(fields)));
        return columns;
    }

    private static Map<String, String> blankForNull(Map<String, @Nullable String> map) {
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return copy;
    }
}
