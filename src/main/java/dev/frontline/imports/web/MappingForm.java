package dev.frontline.imports.web;

import dev.frontline.imports.ImportMapping;
import dev.frontline.pipeline.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The mapping form of the import page: {@code stage.<i>.name} and {@code stage.<i>.outcome};
 * {@code owner.<i>.value} and {@code owner.<i>.person}; {@code file.<i>} and {@code column.<i>.<field>}.
 * Stages (owners) count as answered when the form showed them.
 */
final class MappingForm {

    private static final Pattern STAGE = Pattern.compile("stage\\.(\\d+)\\.name");
    private static final Pattern OWNER = Pattern.compile("owner\\.(\\d+)\\.value");
    private static final Pattern FILE = Pattern.compile("file\\.(\\d+)");
    private static final Pattern COLUMN = Pattern.compile("column\\.(\\d+)\\.(\\w+)");

    private MappingForm() {
    }

    static ImportMapping parse(MultiValueMap<String, String> form) {
        Map<String, Outcome> stages = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        boolean stagesShown = false;
        boolean ownersShown = false;
        for (String key : form.keySet()) {
            Matcher m;
            if ((m = STAGE.matcher(key)).matches()) {
                stagesShown = true;
                stages.put(form.getFirst(key), Outcome.parse(value(form, "stage." + m.group(1) + ".outcome")));
            } else if ((m = OWNER.matcher(key)).matches()) {
                ownersShown = true;
                owners.put(form.getFirst(key), value(form, "owner." + m.group(1) + ".person"));
            } else if ((m = FILE.matcher(key)).matches()) {
                columns.put(form.getFirst(key), fields(form, m.group(1)));
            }
        }
        return new ImportMapping(stagesShown ? stages : null, ownersShown ? owners : null, columns);
    }

    private static Map<String, String> fields(MultiValueMap<String, String> form, String file) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            Matcher m = COLUMN.matcher(key);
            if (m.matches() && m.group(1).equals(file) && !value(form, key).isBlank()) {
                fields.put(m.group(2), value(form, key));
            }
        });
        return fields;
    }

    private static String value(MultiValueMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value;
    }
}
