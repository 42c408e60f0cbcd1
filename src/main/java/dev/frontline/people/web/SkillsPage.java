package dev.frontline.people.web;

import dev.frontline.people.SkillsMap;

/** The skills map page: the map and a chart of the team's average manager rating and self-rating per competency. */
public record SkillsPage(SkillsMap map, String chart) {

    /** A CSS class for a heat-map cell by level (1 red … 5 green). */
    public static String heat(Integer level) {
        return level == null ? "heat-none" : "heat-" + level;
    }
}
