package dev.frontline.pipeline;

import dev.frontline.shared.Malformed;
import java.util.Locale;

/** A flag the deal list can be narrowed to: only the open deals carrying it. */
public enum DealFlag {
    STALE, SLIPPED;

    public static DealFlag parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Malformed("flagged", "'" + text + "' is not a flag: use stale or slipped");
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
