package dev.frontline.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One's own settings: the time zone "today" is counted in.
 *
 * @param zone    the zone in use (one's own, else Frontline's default)
 * @param ownZone whether it is one's own choice (or one's browser's), rather than the default
 */
public record ProfilePage(String zone, boolean ownZone, String defaultZone, List<String> zones, int version,
                          String today, @Nullable String notice, @Nullable String problem) {
}
