package dev.frontline.imports;

import org.jspecify.annotations.Nullable;

/**
 * A change a team file would make to people already in Frontline, said in words. An import that would make any
 * writes nothing until the admin confirms ({@link ImportReport.Status#NEEDS_CONFIRMATION}).
 *
 * @param kind    what moves
 * @param subject who or what moves: a team's or a person's name, or the new office's
 * @param from    where it is now (an office, a team, a person's current place), or {@code null} for a new office
 * @param to      where it goes
 * @param text    the whole move in words, such as "moves Cara Losch's team, 6 reps, from East to a new office Atlantis"
 */
public record Move(Kind kind, String subject, @Nullable String from, String to, String text) {

    public enum Kind {
        /** A new office, in an organisation that has offices already. */
        OFFICE_CREATED,
        /** An existing team, with the reps who stay in it, goes to another office. */
        TEAM_OFFICE,
        /** Every rep of an existing team (two or more) goes to one other manager's team. */
        TEAM_MANAGER,
        /** One person already in Frontline goes to another team, or from managing or directing to a team. */
        PERSON_TEAM,
        /** A person already in Frontline, not a manager, becomes the manager of a new team. */
        BECOMES_MANAGER
    }
}
