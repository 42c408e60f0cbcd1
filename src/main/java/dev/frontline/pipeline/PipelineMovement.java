package dev.frontline.pipeline;

import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a team's pipeline for a period moved between two days: the open deals closing in the period at the start of
 * {@code from} ({@link Kind#START}), what came in, was pulled in or pushed out, grew or shrank, was won or lost by
 * the end of {@code to}, and the open deals closing in the period then ({@link Kind#END}). The buckets add up by
 * construction: start + new + pulled in − pushed out + grew − shrank − won − lost = end, in money and (without grew
 * and shrank) in deals.
 *
 * @param buckets         every kind, in order, zero when nothing is in it
 * @param changesRecorded how many recorded changes of stage, amount or close date of these deals fall in the days:
 *                        zero means the movement is read from the deals' dates alone
 */
public record PipelineMovement(SalesPeriod period, LocalDate from, LocalDate to, List<Bucket> buckets,
                               long changesRecorded) {

    /** How many deals each bucket lists; its amount and count are over all of them. */
    public static final int DEALS_LISTED = 20;

    public PipelineMovement {
        buckets = List.copyOf(buckets);
    }

    /** A bucket of the waterfall, and whether it adds to the pipeline (+1), takes from it (−1) or is a total (0). */
    public enum Kind {
        START("Start", 0), NEW("New", 1), PULLED_IN("Pulled in", 1), PUSHED_OUT("Pushed out", -1),
        GREW("Grew", 1), SHRANK("Shrank", -1), WON("Won", -1), LOST("Lost", -1), END("End", 0);

        private final String label;
        private final int sign;

        Kind(String label, int sign) {
            this.label = label;
            this.sign = sign;
        }

        public String label() {
            return label;
        }

        public int sign() {
            return sign;
        }

        /** The JSON name: {@code start}, {@code new}, {@code pulledIn}, … */
        public String key() {
            String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    /**
     * A bucket: its money and number of deals over all its deals, and the first {@link #DEALS_LISTED} of them, the
     * largest first.
     */
    public record Bucket(Kind kind, BigDecimal amount, int count, List<MovedDeal> deals) {
        public Bucket {
            deals = List.copyOf(deals);
        }
    }

    /**
     * A deal in a bucket, for what it counts there: its pipeline value (amount, else its product's list price), or
     * for grew and shrank the size of the change.
     */
    public record MovedDeal(long id, String externalId, @Nullable String name, BigDecimal amount) {
    }

    public Bucket bucket(Kind kind) {
        return buckets.stream().filter(b -> b.kind() == kind).findFirst().orElseThrow();
    }

    public Map<Kind, Bucket> byKind() {
        Map<Kind, Bucket> map = new EnumMap<>(Kind.class);
        buckets.forEach(b -> map.put(b.kind(), b));
        return map;
    }

    /** True when nothing came in, went out, grew, shrank, closed or moved: start and end are the same deals. */
    public boolean nothingMoved() {
        return buckets.stream().filter(b -> b.kind().sign() != 0).allMatch(b -> b.count() == 0);
    }
}
