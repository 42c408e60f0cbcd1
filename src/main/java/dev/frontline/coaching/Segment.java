package dev.frontline.coaching;

import dev.frontline.pipeline.DealFact;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a plan's number to the deals of one product or one account sector: {@code product:GTX Pro},
 * {@code sector:retail}. Matching ignores case.
 */
public record Segment(Kind kind, String value) {

    public enum Kind { PRODUCT, SECTOR }

    /** Parses {@code product:NAME} or {@code sector:NAME}; null or blank is no segment. */
    public static @Nullable Segment parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon < 0 || text.substring(colon + 1).isBlank()) {
            throw new dev.frontline.shared.Malformed("segment", "'" + text + "' is not a segment: use product:NAME or sector:NAME");
        }
        String kind = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).trim();
        return switch (kind) {
            case "product" -> new Segment(Kind.PRODUCT, value);
            case "sector" -> new Segment(Kind.SECTOR, value);
            default -> throw new dev.frontline.shared.Malformed("segment", "'" + text + "' is not a segment: use product:NAME or sector:NAME");
        };
    }

    public boolean matches(DealFact deal) {
        String of = kind == Kind.PRODUCT ? deal.product() : deal.sector();
        return of != null && of.equalsIgnoreCase(value);
    }

    /** "on GTX Pro", "in retail". */
    public String words() {
        return (kind == Kind.PRODUCT ? "on " : "in ") + value;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
