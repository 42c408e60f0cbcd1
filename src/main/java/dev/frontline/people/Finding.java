package dev.frontline.people;

/**
 * A strength or a weakness, with the evidence that makes it one.
 *
 * @param key      stable for as long as the finding holds: {@code competency:closing}, {@code winRate:product:GTX Pro}
 * @param source   RATINGS when it comes from the competency ratings, NUMBERS when from results against the team
 */
public record Finding(String key, Kind kind, String title, String evidence, Source source) {

    public enum Kind { STRENGTH, WEAKNESS }

    public enum Source { RATINGS, NUMBERS }
}
