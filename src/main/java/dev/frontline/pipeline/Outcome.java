package dev.frontline.pipeline;

import java.util.Locale;

/** Where a stage leaves a deal: still open, won or lost. */
public enum Outcome {
    OPEN, WON, LOST;

    public static Outcome parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new dev.frontline.shared.Malformed("status", "'" + text + "' is not a status: use open, won or lost");
        }
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
