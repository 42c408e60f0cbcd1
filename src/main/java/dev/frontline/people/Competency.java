package dev.frontline.people;

import java.util.List;

/**
 * One competency of the framework.
 *
 * @param levels what levels 1 to 5 look like, one line each (index 0 is level 1)
 * @param active retired competencies keep their history but are no longer rated
 */
public record Competency(long id, String key, String name, String description, List<String> levels, int position,
                         boolean active, int version) {

    public String level(int level) {
        return level >= 1 && level <= 5 ? levels.get(level - 1) : "";
    }
}
