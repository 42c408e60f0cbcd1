package dev.frontline.imports.internal;

import dev.frontline.organization.Member;
import dev.frontline.organization.Usernames;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the person a CRM owner value names: by username ({@code cara.losch}), by display name ({@code Cara Losch})
 * or by the local part of an e-mail address ({@code cara.losch@acme.com}, also inside {@code Cara <…>} or
 * {@code Cara (…)}), ignoring case. People a team file of the same batch brings are known by name, without an id
 * yet ({@link #UNSAVED}).
 */
public final class OwnerDirectory {

    /** The id of a person known from the batch but not yet written. */
    public static final long UNSAVED = -1;

    private static final Pattern EMAIL = Pattern.compile("([^\\s<>()@]+)@[^\\s<>()@]+");

    private final Map<String, Long> byUsername = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();

    public OwnerDirectory(Iterable<Member> people) {
        people.forEach(p -> {
            byUsername.put(key(p.username()), p.id());
            byName.put(key(p.displayName()), p.id());
        });
    }

    /** Adds a person a file of the batch names by their full name. */
    public void addUnsaved(String fullName) {
        byName.putIfAbsent(key(fullName), UNSAVED);
        byUsername.putIfAbsent(key(Usernames.ofFullName(fullName)), UNSAVED);
    }

    public Optional<Long> find(String value) {
        String wanted = key(value);
        Long id = byUsername.containsKey(wanted) ? byUsername.get(wanted) : byName.get(wanted);
        if (id != null) {
            return Optional.of(id);
        }
        Matcher email = EMAIL.matcher(value);
        if (email.find()) {
            return Optional.ofNullable(byUsername.get(key(email.group(1))));
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
