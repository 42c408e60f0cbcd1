package dev.frontline.forecast;

import dev.frontline.pipeline.Outcome;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Small fixtures: deals as the model sees them. */
final class Deals {

    private static final AtomicLong IDS = new AtomicLong(1);

    private Deals() {
    }

    static Fact won(long rep, String product, long dollars, String created, String closed) {
        return new Fact(IDS.getAndIncrement(), rep, product, "Won", Outcome.WON, dollars * 100, LocalDate.parse(created),
                LocalDate.parse(closed), null);
    }

    static Fact lost(long rep, String product, String created, String closed) {
        return new Fact(IDS.getAndIncrement(), rep, product, "Lost", Outcome.LOST, null, LocalDate.parse(created),
                LocalDate.parse(closed), null);
    }

    static Fact open(long rep, String product, String created) {
        return new Fact(IDS.getAndIncrement(), rep, product, "Engaging", Outcome.OPEN, null, LocalDate.parse(created),
                null, null);
    }
}
