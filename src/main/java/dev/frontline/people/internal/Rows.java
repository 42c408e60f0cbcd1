package dev.frontline.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/** The row-mapping helpers every store of the module shares: id arrays, instants in and out of timestamptz. */
final class Rows {

    private Rows() {
    }

    static Long[] ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
