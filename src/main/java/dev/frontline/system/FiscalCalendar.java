package dev.frontline.system;

import dev.frontline.shared.DataChanged;
import dev.frontline.shared.StaleVersion;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.shared.Viewer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one calendar every module reads time from: the clock, "today" in a viewer's time zone, and the fiscal year
 * (the month it starts in, kept in {@code fiscal_setting}) that periods are parsed and named in.
 *
 * <p>The setting is read once and kept until it changes, on this node or another ({@link DataVersions}).
 *
 * <p>"Today" is the viewer's: their own time zone when they set one, else Frontline's default zone
 * ({@code frontline.time-zone}, else the clock's). Nothing dated after today counts as having happened.
 */
@Component
public class FiscalCalendar {

    private final Clock clock;
    private final JdbcClient jdbc;
    private final ZoneId defaultZone;
    private final DataVersions versions;
    private final ApplicationEventPublisher events;
    private volatile @Nullable Setting setting;

    FiscalCalendar(Clock clock, JdbcClient jdbc, DataVersions versions, ApplicationEventPublisher events,
                   @Value("${frontline.time-zone:}") String zone) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.versions = versions;
        this.events = events;
        this.defaultZone = zone.isBlank() ? clock.getZone() : ZoneId.of(zone.trim());
    }

    /** The setting as read, and the version of the settings it was read at (on this node). */
    private record Setting(int firstMonth, int version, long dataVersion) {
    }

    public Instant now() {
        return clock.instant();
    }

    /** Frontline's default time zone: for viewers without one of their own and for its own jobs. */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    public ZoneId zone(Viewer viewer) {
        return viewer.zone() == null ? defaultZone : viewer.zone();
    }

    /** Today in Frontline's default time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), defaultZone);
    }

    /** Today where the viewer is. */
    public LocalDate today(Viewer viewer) {
        return LocalDate.ofInstant(clock.instant(), zone(viewer));
    }

    public LocalDate today(Scope scope) {
        return today(scope.viewer());
    }

    /** The month (1–12) the fiscal year starts in. */
    public int firstMonth() {
        return setting().firstMonth();
    }

    /** The version of the fiscal setting, for optimistic locking of its edit form. */
    public int version() {
        return setting().version();
    }

    /**
     * Sets the month the fiscal year starts in, if {@code expectedVersion} is still current (else a conflict).
     * Callers check that the viewer may (the admin only).
     */
    @Transactional
    public void setFirstMonth(int month, int expectedVersion) {
        if (month < 1 || month > 12) {
            throw new InvalidInput("firstMonth", "the fiscal year's first month must be 1 to 12, not " + month);
        }
        int updated = jdbc.sql("""
                        update fiscal_setting set first_month = :m, version = version + 1
                         where id = 1 and version = :v
                        """)
                .param("m", month).param("v", expectedVersion).update();
        setting = null;
        if (updated != 1) {
            throw new StaleVersion("The fiscal year setting", version());
        }
        events.publishEvent(DataChanged.settings());
    }

    /** The period of the grain that holds the day. */
    public SalesPeriod periodOf(Grain grain, LocalDate day) {
        return SalesPeriod.of(grain, day, firstMonth());
    }

    /** The period of the grain that holds the viewer's today. */
    public SalesPeriod current(Grain grain, Scope scope) {
        return periodOf(grain, today(scope));
    }

    /** The period of the grain that holds today in the default zone (for Frontline's own jobs). */
    public SalesPeriod current(Grain grain) {
        return periodOf(grain, today());
    }

    /**
     * Parses {@code 2026-11}, {@code 2026-Q4} or {@code 2026} in the fiscal calendar.
     *
     * @throws InvalidInput naming the field {@code period} when the text is no period
     */
    public SalesPeriod parse(String text) {
        return parse("period", text);
    }

    /** As {@link #parse(String)}, naming {@code field} when the text is no period. */
    public SalesPeriod parse(String field, String text) {
        try {
            return SalesPeriod.parse(text, firstMonth());
        } catch (dev.frontline.shared.Malformed e) {
            throw new InvalidInput(field, e.problem());
        }
    }

    /** The period asked for, or the viewer's current quarter when none is. */
    public SalesPeriod periodOrCurrent(@Nullable String text, Scope scope) {
        return text == null || text.isBlank() ? current(Grain.QUARTER, scope) : parse(text);
    }

    /** A time-zone id as a user or a browser names it ({@code Europe/Berlin}); 422 naming the field otherwise. */
    public static ZoneId zoneId(String field, String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new InvalidInput(field, "'" + text + "' is not a time zone (use a name such as Europe/Berlin)");
        }
    }

    private Setting setting() {
        Setting s = setting;
        long now = versions.version(DataChanged.SETTINGS);
        if (s == null || s.dataVersion() != now) {
            s = jdbc.sql("select first_month, version from fiscal_setting where id = 1")
                    .query((rs, n) -> new Setting(rs.getInt("first_month"), rs.getInt("version"), now))
                    .optional().orElse(new Setting(1, 0, now));
            setting = s;
        }
        return s;
    }
}
