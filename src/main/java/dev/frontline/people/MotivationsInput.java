package dev.frontline.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rep's ranked drivers, most important first, and the version they were read at (0 when there were none).
 */
public record MotivationsInput(@Nullable List<DriverInput> drivers, @Nullable Integer version) {

    /** One driver ({@code EARNINGS}, {@code MASTERY}, …) and the rep's note on it. */
    public record DriverInput(@Nullable String driver, @Nullable String note) {
    }
}
