package dev.frontline.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Frontline's backup and restore: {@code bin/backup FILE} and {@code bin/restore FILE}.
 * <p>
 * A backup is a zip: {@code manifest.properties} (schema version, every table of the {@code public} schema with its
 * columns, row count and checksum, every sequence's position — less the browser sessions, whose ids would let the
 * backup's holder in, and the job locks: a restored Frontline starts with none) and one {@code data/<table>.copy} per table in
 * PostgreSQL's COPY text format, all read in one repeatable-read snapshot. It needs no client tools and works for
 * any server version, the embedded PostgreSQL 17 as much as an external 15 (a {@code pg_dump} must be at least as
 * new as the server, and the embedded binaries carry none).
 * <p>
 * A restore goes into a fresh database only: Flyway builds the schema up to the backup's version from the migrations
 * in this build, then one transaction drops the foreign keys, empties what the migrations seeded, loads every table,
 * puts the foreign keys back (which checks them), sets the sequences and compares every table's row count and
 * checksum with the manifest — all or nothing. A later Frontline then migrates the restored database as usual.
 */
public final class DatabaseBackup {

    static final String FORMAT = "frontline-backup 1";
    static final String MANIFEST = "manifest.properties";
    static final String MIGRATIONS = "classpath:db/migration";
    private static final String HISTORY = "flyway_schema_history";
    /** What the nodes keep only for the moment, never backed up (and so never restored): sign-ins and job locks. */
    private static final Set<String> MOMENTARY = Set.of("spring_session", "spring_session_attributes", "shedlock");

    private DatabaseBackup() {
    }

    /** What a backup holds, as its manifest says. */
    record Manifest(String schemaVersion, Map<String, TableSummary> tables, Map<String, SequenceState> sequences) {

        long rows() {
            return tables.values().stream().mapToLong(TableSummary::rows).sum();
        }
    }

    /** A table's columns (COPY order), row count and {@link #CHECKSUM} in the snapshot. */
    record TableSummary(List<String> columns, long rows, String md5) {
    }

    record SequenceState(long lastValue, boolean called) {
    }

    /**
     * md5 of all rows as text, sorted bytewise so that the collation of the server cannot change it; the session
     * settings of {@link #standardSession} fix how dates, times and numbers print.
     */
    static final String CHECKSUM = "select count(*), md5(coalesce(string_agg(r::text, E'\\n' order by r::text collate \"C\"), ''))"
            + " from %s r";

    /** Writes a backup of the database behind {@code connection} to {@code file}; the connection is left as it was. */
    public static Manifest backup(Connection connection, Path file, Clock clock) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            standardSession(connection);
            Manifest manifest = survey(connection);
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                write(manifest, clock.instant()).store(zip, FORMAT);
                zip.closeEntry();
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (var table : manifest.tables().entrySet()) {
                    zip.putNextEntry(new ZipEntry(dataEntry(table.getKey())));
                    copy.copyOut("copy " + qualified(table.getKey()) + " (" + columnList(table.getValue().columns())
                            + ") to stdout", zip);
                    zip.closeEntry();
                }
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
            connection.rollback();
            connection.setReadOnly(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Restores {@code file} into the empty database behind {@code dataSource}.
     *
     * @throws IllegalStateException if the database already has tables, the backup's schema version is not among
     *                               this build's migrations, or what was loaded differs from the manifest
     */
    public static Manifest restore(DataSource dataSource, Path file) throws SQLException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Manifest manifest = manifest(zip);
            try (Connection connection = dataSource.getConnection()) {
                List<String> existing = tables(connection);
                if (!existing.isEmpty()) {
                    throw new IllegalStateException("Restore goes into a fresh database only; this one has "
                            + existing.size() + " tables (" + String.join(", ", existing.subList(0, Math.min(5, existing.size()))) + ", …)");
                }
            }
            Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).target(manifest.schemaVersion())
                    .cleanDisabled(true).load().migrate();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    load(connection, zip, manifest);
                    connection.commit();
                } catch (SQLException | IOException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
            return manifest;
        }
    }

    private static void load(Connection connection, ZipFile zip, Manifest manifest) throws SQLException, IOException {
        standardSession(connection);
        Map<String, List<String>> schema = columns(connection);
        Map<String, List<String>> expected = new TreeMap<>();
        manifest.tables().forEach((table, summary) -> expected.put(table, summary.columns()));
        if (!schema.equals(expected)) {
            throw new IllegalStateException("The schema built by this Frontline's migrations up to version "
                    + manifest.schemaVersion() + " differs from the backup's: " + difference(expected, schema));
        }
        List<String> foreignKeys = dropForeignKeys(connection);
        execute(connection, "truncate " + String.join(", ", manifest.tables().keySet().stream().map(DatabaseBackup::qualified).toList()));
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        // the rows come back exactly as they were: the tables' own triggers (derived columns) stay out of it
        for (String table : manifest.tables().keySet()) {
            execute(connection, "alter table " + qualified(table) + " disable trigger user");
        }
        for (var table : manifest.tables().entrySet()) {
            ZipEntry entry = Objects.requireNonNull(zip.getEntry(dataEntry(table.getKey())),
                    () -> "The backup has no data for " + table.getKey());
            try (InputStream data = zip.getInputStream(entry)) {
                copy.copyIn("copy " + qualified(table.getKey()) + " (" + columnList(table.getValue().columns())
                        + ") from stdin", data);
            }
        }
        for (String table : manifest.tables().keySet()) {
            execute(connection, "alter table " + qualified(table) + " enable trigger user");
        }
        for (String statement : foreignKeys) {
            execute(connection, statement);
        }
        for (var sequence : manifest.sequences().entrySet()) {
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                setval.setString(1, qualified(sequence.getKey()));
                setval.setLong(2, sequence.getValue().lastValue());
                setval.setBoolean(3, sequence.getValue().called());
                setval.execute();
            }
        }
        for (var table : manifest.tables().entrySet()) {
            TableSummary loaded = summarize(connection, table.getKey(), table.getValue().columns());
            if (loaded.rows() != table.getValue().rows() || !loaded.md5().equals(table.getValue().md5())) {
                throw new IllegalStateException("Table " + table.getKey() + " restored with " + loaded.rows()
                        + " rows (checksum " + loaded.md5() + ") where the backup has " + table.getValue().rows()
                        + " (" + table.getValue().md5() + ")");
            }
        }
    }

    /** The statements that put back the foreign keys this drops, so that tables load in any order. */
    private static List<String> dropForeignKeys(Connection connection) throws SQLException {
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select c.relname, k.conname, pg_get_constraintdef(k.oid)
                     from pg_constraint k join pg_class c on c.oid = k.conrelid
                     where k.contype = 'f' and k.connamespace = 'public'::regnamespace
                     order by c.relname, k.conname""")) {
            while (rs.next()) {
                String table = qualified(rs.getString(1));
                String constraint = identifier(rs.getString(2));
                drop.add("alter table " + table + " drop constraint " + constraint);
                restore.add("alter table " + table + " add constraint " + constraint + " " + rs.getString(3));
            }
        }
        for (String statement : drop) {
            execute(connection, statement);
        }
        return restore;
    }

    private static Manifest survey(Connection connection) throws SQLException {
        Map<String, List<String>> columns = columns(connection);
        if (!columns.containsKey(HISTORY)) {
            throw new IllegalStateException("No " + HISTORY + " table: this is not a Frontline database");
        }
        String version;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select version from " + HISTORY
                     + " where success and version is not null order by installed_rank desc limit 1")) {
            version = rs.next() ? rs.getString(1) : "";
        }
        if (version.isEmpty()) {
            throw new IllegalStateException("No successful migration in " + HISTORY);
        }
        Map<String, TableSummary> tables = new LinkedHashMap<>();
        for (var table : columns.entrySet()) {
            tables.put(table.getKey(), summarize(connection, table.getKey(), table.getValue()));
        }
        Map<String, SequenceState> sequences = new LinkedHashMap<>();
        for (String sequence : names(connection, "S")) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select last_value, is_called from " + qualified(sequence))) {
                rs.next();
                sequences.put(sequence, new SequenceState(rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return new Manifest(version, tables, sequences);
    }

    private static TableSummary summarize(Connection connection, String table, List<String> columns) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(CHECKSUM.formatted(qualified(table)))) {
            rs.next();
            return new TableSummary(columns, rs.getLong(1), rs.getString(2));
        }
    }

    /** Every ordinary table of {@code public} but the momentary ones, with its stored (not generated) columns in order. */
    private static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select c.relname, a.attname
                     from pg_class c join pg_attribute a on a.attrelid = c.oid
                     where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
                       and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                     order by c.relname, a.attnum""")) {
            while (rs.next()) {
                if (!MOMENTARY.contains(rs.getString(1))) {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return columns;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        return names(connection, "r");
    }

    private static List<String> names(Connection connection, String relkind) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select relname from pg_class
                where relnamespace = 'public'::regnamespace and relkind = ?::"char" order by relname""")) {
            statement.setString(1, relkind);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Fixes how values print for this transaction, so that a backup reads back the same on any server. */
    static void standardSession(Connection connection) throws SQLException {
        execute(connection, "set local datestyle = iso");
        execute(connection, "set local intervalstyle = postgres");
        execute(connection, "set local timezone = 'UTC'");
        execute(connection, "set local extra_float_digits = 3");
        execute(connection, "set local bytea_output = hex");
    }

    private static Properties write(Manifest manifest, Instant created) {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("created", created.toString());
        properties.setProperty("schema.version", manifest.schemaVersion());
        properties.setProperty("tables", String.join(",", manifest.tables().keySet()));
        manifest.tables().forEach((table, summary) -> {
            properties.setProperty("table." + table + ".columns", String.join(",", summary.columns()));
            properties.setProperty("table." + table + ".rows", Long.toString(summary.rows()));
            properties.setProperty("table." + table + ".md5", summary.md5());
        });
        properties.setProperty("sequences", String.join(",", manifest.sequences().keySet()));
        manifest.sequences().forEach((sequence, state) ->
                properties.setProperty("sequence." + sequence, state.lastValue() + "," + state.called()));
        return properties;
    }

    static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new IllegalStateException(zip.getName() + " is not a Frontline backup (no " + MANIFEST + ")");
        }
        Properties properties = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            properties.load(in);
        }
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new IllegalStateException(zip.getName() + " is not a backup of format " + FORMAT);
        }
        Map<String, TableSummary> tables = new LinkedHashMap<>();
        for (String table : list(properties.getProperty("tables"))) {
            tables.put(table, new TableSummary(list(required(properties, "table." + table + ".columns")),
                    Long.parseLong(required(properties, "table." + table + ".rows")),
                    required(properties, "table." + table + ".md5")));
        }
        Map<String, SequenceState> sequences = new LinkedHashMap<>();
        for (String sequence : list(properties.getProperty("sequences"))) {
            String[] state = required(properties, "sequence." + sequence).split(",");
            sequences.put(sequence, new SequenceState(Long.parseLong(state[0]), Boolean.parseBoolean(state[1])));
        }
        return new Manifest(required(properties, "schema.version"), tables, sequences);
    }

    private static String required(Properties properties, String key) {
        return Objects.requireNonNull(properties.getProperty(key), () -> "The backup's manifest lacks " + key);
    }

    private static List<String> list(@Nullable String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }

    private static String difference(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        List<String> differences = new ArrayList<>();
        expected.forEach((table, columns) -> {
            if (!actual.containsKey(table)) {
                differences.add("no table " + table);
            } else if (!actual.get(table).equals(columns)) {
                differences.add(table + " has columns " + actual.get(table) + ", the backup " + columns);
            }
        });
        actual.keySet().stream().filter(table -> !expected.containsKey(table))
                .forEach(table -> differences.add("table " + table + " is not in the backup"));
        return String.join("; ", differences);
    }

    private static String dataEntry(String table) {
        return "data/" + table + ".copy";
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::identifier).toList());
    }

    private static String qualified(String name) {
        return "public." + identifier(name);
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    // ---- the command ------------------------------------------------------------------------------------------

    /**
     * {@code backup FILE} or {@code restore FILE}. The database is {@code SPRING_DATASOURCE_URL} (with
     * {@code SPRING_DATASOURCE_USERNAME} and {@code _PASSWORD}) when set, else the embedded one in
     * {@code FRONTLINE_DATA_DIR} ({@code ./data/postgres}): a running Frontline's server is used as it runs (backup
     * only), otherwise the command starts the embedded server itself and stops it afterwards.
     */
    public static void main(String[] args) {
        System.setProperty("logback.configurationFile", "frontline-tool-logback.xml");
        PrintStream out = System.out;
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("usage: backup FILE | restore FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]).toAbsolutePath().normalize();
        try (Target target = Target.fromEnvironment(System.getenv(), args[0].equals("restore"))) {
            if (args[0].equals("backup")) {
                Files.createDirectories(file.getParent());
                Manifest manifest;
                try (Connection connection = target.dataSource().getConnection()) {
                    manifest = backup(connection, file, Clock.systemUTC());
                }
                out.printf("Backed up %s: %d tables, %d rows, schema version %s, to %s (%d bytes)%n", target.name(),
                        manifest.tables().size(), manifest.rows(), manifest.schemaVersion(), file, Files.size(file));
            } else {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("No backup file " + file);
                }
                Manifest manifest = restore(target.dataSource(), file);
                out.printf("Restored %s into %s: %d tables, %d rows, schema version %s; every table's row count and"
                                + " checksum match the backup%n", file, target.name(), manifest.tables().size(),
                        manifest.rows(), manifest.schemaVersion());
            }
        } catch (Exception e) {
            System.err.println((args[0].equals("backup") ? "Backup" : "Restore") + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The database a command works on, and the embedded server it started for it, if any. */
    private record Target(String name, DataSource dataSource, @Nullable EmbeddedPostgres started) implements AutoCloseable {

        static Target fromEnvironment(Map<String, String> env, boolean restore) throws IOException {
            String url = env.getOrDefault("SPRING_DATASOURCE_URL", "");
            if (!url.isBlank()) {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(url);
                if (env.containsKey("SPRING_DATASOURCE_USERNAME")) {
                    dataSource.setUser(env.get("SPRING_DATASOURCE_USERNAME"));
                }
                if (env.containsKey("SPRING_DATASOURCE_PASSWORD")) {
                    dataSource.setPassword(env.get("SPRING_DATASOURCE_PASSWORD"));
                }
                return new Target(url.replaceAll("\\?.*", ""), dataSource, null);
            }
            Path directory = Path.of(env.getOrDefault("FRONTLINE_DATA_DIR", "./data/postgres")).toAbsolutePath().normalize();
            String name = "the embedded database in " + directory;
            if (StalePostmaster.heldByLiveFrontline(directory)) {
                if (restore) {
                    throw new IllegalStateException("Frontline is running on " + directory
                            + "; restore goes into a fresh data directory (stop Frontline, or set FRONTLINE_DATA_DIR to a new one)");
                }
                var pidFile = StalePostmaster.PidFile.read(directory)
                        .orElseThrow(() -> new IllegalStateException("Frontline holds " + directory + " but its server is not up"));
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL("jdbc:postgresql://localhost:" + pidFile.port() + "/postgres");
                dataSource.setUser("postgres");
                return new Target(name + " (running Frontline)", dataSource, null);
            }
            if (!restore && !Files.exists(directory.resolve("PG_VERSION"))) {
                throw new IllegalStateException("No embedded database in " + directory + " (set FRONTLINE_DATA_DIR)");
            }
            EmbeddedPostgres postgres = EmbeddedDatabase.start(new EmbeddedDatabase.Settings(directory, false, 0, true));
            return new Target(name, postgres.getPostgresDatabase(), postgres);
        }

        @Override
        public void close() {
            if (started != null) {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
