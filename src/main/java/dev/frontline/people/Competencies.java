package dev.frontline.people;

import dev.frontline.shared.StaleVersion;
import dev.frontline.shared.InvalidInput;
import dev.frontline.people.internal.PeopleStore;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The competency framework: readable by everyone signed in, edited by the admin. */
@Service
@Transactional(readOnly = true)
public class Competencies {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,39}");

    private final PeopleStore store;

    Competencies(PeopleStore store) {
        this.store = store;
    }

    /** Every competency, retired ones included, in the framework's order. */
    public List<Competency> all() {
        return store.competencies();
    }

    /** The competencies reps are rated on. */
    public List<Competency> active() {
        return all().stream().filter(Competency::active).toList();
    }

    /**
     * Edits a competency's name, description, level lines and whether it is active. Admin only (403); unknown key
     * 404; invalid fields 422; a stale version 409.
     */
    @Transactional
    public Competency update(Scope scope, String key, CompetencyInput input) {
        requireAdmin(scope);
        Competency current = store.competency(key).orElseThrow(() -> new NotFoundException("competency", key));
        List<String> errors = validate(input);
        if (input.version() == null) {
            errors.add("version: required (the version you edited; now " + current.version() + ")");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        boolean active = input.active() == null ? current.active() : input.active();
        if (!store.updateCompetency(current.id(), input.version(), input.name().trim(), description(input),
                levels(input), active)) {
            throw new StaleVersion("Competency " + key, store.competency(key).map(Competency::version).orElse(0));
        }
        return store.competency(key).orElseThrow();
    }

    /** Adds a competency at the end of the framework. Admin only; a key in use or invalid fields 422. */
    @Transactional
    public Competency add(Scope scope, CompetencyInput input) {
        requireAdmin(scope);
        List<String> errors = validate(input);
        String key = input.key() == null ? "" : input.key().trim().toLowerCase(Locale.ROOT);
        if (!KEY.matcher(key).matches()) {
            errors.add("key: 2 to 40 lower-case letters, digits or underscores, starting with a letter, not '" + key + "'");
        } else if (store.competency(key).isPresent()) {
            errors.add("key: '" + key + "' is already in use");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        store.insertCompetency(key, input.name().trim(), description(input), levels(input));
        return store.competency(key).orElseThrow();
    }

    private static List<String> validate(CompetencyInput input) {
        List<String> errors = new ArrayList<>();
        if (input.name() == null || input.name().isBlank() || input.name().trim().length() > 80) {
            errors.add("name: required, at most 80 characters");
        }
        if (input.description() != null && input.description().length() > 300) {
            errors.add("description: at most 300 characters");
        }
        if (input.levels() == null || input.levels().size() != 5) {
            errors.add("levels: exactly five lines, one per level from 1 to 5");
        } else {
            for (int i = 0; i < 5; i++) {
                String line = input.levels().get(i);
                if (line == null || line.isBlank() || line.length() > 300) {
                    errors.add("levels[" + i + "]: level " + (i + 1) + " needs a line of at most 300 characters");
                }
            }
        }
        return errors;
    }

    private static String description(CompetencyInput input) {
        return input.description() == null ? "" : input.description().trim();
    }

    private static List<String> levels(CompetencyInput input) {
        return input.levels().stream().map(String::trim).toList();
    }

    private static void requireAdmin(Scope scope) {
        if (!scope.isAdmin()) {
            throw new AccessDeniedException("Only an administrator edits the competency framework");
        }
    }
}
