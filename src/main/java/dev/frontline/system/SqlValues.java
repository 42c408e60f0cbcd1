package dev.frontline.system;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The values every module's stores pass to and read from PostgreSQL the same way: id lists as {@code bigint[]}
 * parameters, instants as {@code timestamptz} in UTC, dates. One copy for all stores, so that no module writes its own.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** Ids as an array parameter, for {@code = any(:ids)}. */
    public static Long[] ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /** An instant as a {@code timestamptz} parameter. */
    public static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** A non-null {@code timestamptz} column. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** A nullable {@code timestamptz} column. */
    public static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A nullable {@code date} column. */
    public static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
