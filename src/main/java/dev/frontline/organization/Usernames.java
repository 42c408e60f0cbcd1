package dev.frontline.organization;

import java.text.Normalizer;
import java.util.Locale;

/** The username convention: {@code first.last} in lower case, accents and odd characters dropped. */
public final class Usernames {

    private Usernames() {
    }

    public static String of(String first, String last) {
        return clean(first) + "." + clean(last).replace(' ', '.');
    }

    public static String[] split(String fullName) {
        String name = fullName.trim().replaceAll("\\s+", " ");
        int space = name.indexOf(' ');
        return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    public static String ofFullName(String fullName) {
        String[] parts = split(fullName);
        return parts[1].isEmpty() ? clean(parts[0]) : of(parts[0], parts[1]);
    }

    private static String clean(String part) {
        String ascii = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 .-]", "").trim();
    }
}
