package dev.frontline.system.web;

import dev.frontline.shared.Echo;
import dev.frontline.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a form whose names carry a key — a quota grid's {@code amount:<rep>:<period>}, a join-date list's
 * {@code joined:<rep>} — validated as a whole before any is read. The parse step:
 * <ol>
 *   <li>every field is one of the form's fixed names (bound to its record), a Spring marker starting with {@code _}
 *       (the CSRF token), or {@code <prefix>:<key>} with a known prefix and a key of {@code parts} non-blank parts
 *       separated by {@code :} — anything else is malformed and answers 400 ({@link IllegalArgumentException});</li>
 *   <li>a keyed field sent twice is malformed too (400);</li>
 *   <li>the values are then read by the caller, which answers a bad one with {@link InvalidInput} (422) naming the
 *       field, e.g. through {@link #wholeNumber}.</li>
 * </ol>
 *
 * The separator is {@code :} unless a form's names were cut with another ({@code .} in the import's mapping form).
 *
 * @param values    each keyed field's value by its full name, in the order the form sent them
 * @param separator what separates a name's prefix and the parts of its key
 */
public record KeyedFields(Map<String, String> values, char separator) {

    public KeyedFields {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Parses a request's parameters.
     *
     * @param parameters the request's parameters ({@code request.getParameterMap()})
     * @param fixed      the form's fixed field names, bound to its record and skipped here
     * @param prefixes   each known prefix and how many {@code :}-separated parts its key has
     */
    public static KeyedFields parse(Map<String, String[]> parameters, Set<String> fixed, Map<String, Integer> prefixes) {
        return parse(parameters, fixed, prefixes, ':');
    }

    /** As {@link #parse(Map, Set, Map)}, for names cut with another separator. */
    public static KeyedFields parse(Map<String, String[]> parameters, Set<String> fixed, Map<String, Integer> prefixes,
                                    char separator) {
        String cut = java.util.regex.Pattern.quote(String.valueOf(separator));
        Map<String, String> keyed = new LinkedHashMap<>();
        parameters.forEach((name, sent) -> {
            if (fixed.contains(name) || name.startsWith("_")) {
                return;
            }
            int colon = name.indexOf(separator);
            Integer parts = colon < 0 ? null : prefixes.get(name.substring(0, colon));
            String[] key = colon < 0 ? new String[0] : name.substring(colon + 1).split(cut, -1);
            if (parts == null || key.length != parts || java.util.Arrays.stream(key).anyMatch(String::isBlank)) {
                throw new dev.frontline.shared.Malformed(Echo.of(name), "is an unknown field of this form");
            }
            if (sent.length != 1) {
                throw new dev.frontline.shared.Malformed(Echo.of(name), "was sent "
                        + sent.length + " times");
            }
            keyed.put(name, sent[0]);
        });
        return new KeyedFields(keyed, separator);
    }

    /** The fields under one prefix, by their key (the name after {@code prefix:}), in the form's order. */
    public Map<String, String> under(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix + separator)) {
                out.put(name.substring(prefix.length() + 1), value);
            }
        });
        return out;
    }

    /** One keyed field's value, or null when the form did not send it. */
    public @Nullable String get(String name) {
        return values.get(name);
    }

    /** A whole number, null when blank; {@link InvalidInput} naming the field when it is not one. */
    public static @Nullable Integer wholeNumber(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, Echo.quote(text) + " is not a whole number");
        }
    }
}
