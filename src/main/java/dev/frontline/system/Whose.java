package dev.frontline.system;

import java.util.Locale;

/**
 * Whose figures a block of a page shows, so that every label says it: "Your won revenue", "Moses Frase's won
 * revenue", "Cara Losch's team won revenue". A view model decides it once, from what the viewer may see; templates
 * only ask for {@link #label}.
 *
 * @param owner the possessive that starts each label ("Your", "Moses Frase's", "Cara Losch's team")
 */
public record Whose(String owner) {

    /** The viewer's own figures. */
    public static Whose yours() {
        return new Whose("Your");
    }

    /** One person's figures, seen by someone else. */
    public static Whose person(String displayName) {
        return new Whose(displayName + (displayName.endsWith("s") ? "'" : "'s"));
    }

    /** A whole team's figures; a team called after its manager ("Cara Losch's team") keeps its name. */
    public static Whose team(String teamName) {
        return new Whose(teamName.toLowerCase(Locale.ROOT).endsWith("team") ? teamName : teamName + " team");
    }

    /** The figure's label, e.g. {@code label("won revenue")} → "Your won revenue". */
    public String label(String figure) {
        return owner + " " + figure;
    }
}
