package dev.frontline.system;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone a person chose (or their browser reported), for work done for them without them signing in — their
 * calendar feed, a digest. The logins keep it; whoever needs it asks here.
 */
public interface PersonZones {

    /** The person's own time zone, if they have one. */
    Optional<ZoneId> zoneOf(long personId);
}
