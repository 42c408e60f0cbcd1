package dev.frontline.pipeline.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.stereotype.Component;

/**
 * Streams rows into a staging table with PostgreSQL's {@code COPY ... FROM STDIN} (text format), on the connection of
 * the caller's transaction: one round trip for the whole batch instead of one statement per row. Values are written
 * as PostgreSQL's text format reads them back exactly: {@code \N} for null, and a backslash, tab, newline or carriage
 * return inside a value escaped ({@link #escape}).
 */
@Component
class Staging {

    /** How much text is buffered before it is sent to the server. */
    private static final int FLUSH_AT = 1 << 16;

    private final DataSource dataSource;

    Staging(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Copies the rows into the table's columns; each row gives one value per column, in order (null, text, numbers and
     * dates as their {@code toString}, {@link BigDecimal} in plain notation).
     *
     * @return how many rows the server took
     */
    <T> long copy(String table, List<String> columns, List<T> rows, Function<T, @Nullable Object[]> values) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        try {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                StringBuilder text = new StringBuilder(FLUSH_AT + 1024);
                for (T row : rows) {
                    line(text, values.apply(row), columns.size());
                    if (text.length() >= FLUSH_AT) {
                        send(in, text);
                    }
                }
                send(in, text);
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw translate(sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void line(StringBuilder text, @Nullable Object[] values, int columns) {
        if (values.length != columns) {
            throw new IllegalArgumentException("A row gives " + values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                text.append("\\N");
            } else {
                escape(text, value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
        }
        text.append('\n');
    }

    /** Appends the value as COPY's text format reads it back: backslash, tab, newline and carriage return escaped. */
    static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static void send(CopyIn in, StringBuilder text) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private static DataAccessException translate(String sql, SQLException e) {
        DataAccessException translated = new SQLExceptionSubclassTranslator().translate("COPY", sql, e);
        return translated != null ? translated : new UncategorizedSQLException("COPY", sql, e);
    }
}
