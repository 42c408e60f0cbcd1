package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Frontline as a user runs it: a separate JVM ({@code dev.frontline.FrontlineApplication} on the application's own
 * class path, without the test classes), its embedded PostgreSQL in a data directory of the test's choosing, with
 * the default settings — no test profile, none of this JVM's {@code SPRING_*} or {@code FRONTLINE_*} variables (CI's
 * second pass points those at an external server; these processes are about the embedded one).
 */
final class FrontlineProcess implements AutoCloseable {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Process process;
    final int port;
    final Path dataDirectory;
    private final Path log;
    /** The password of every login this test uses (the demo's, unless the test made its own administrator). */
    String password = "demo";

    private FrontlineProcess(Process process, int port, Path dataDirectory, Path log) {
        this.process = process;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.log = log;
    }

    /** The application's class path: this JVM's, less the test classes (their configurations would be scanned). */
    static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** An environment without the variables that would point the child at another database or change its mode. */
    static void cleanEnvironment(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("FRONTLINE_")
                || name.equals("PORT") || name.equals("JAVA_TOOL_OPTIONS"));
    }

    static FrontlineProcess start(Path dataDirectory, Path log, String... arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", applicationClassPath(), "dev.frontline.FrontlineApplication",
                "--server.port=" + port,
                "--frontline.embedded.data-directory=" + dataDirectory.toAbsolutePath(),
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        cleanEnvironment(builder.environment());
        return new FrontlineProcess(builder.start(), port, dataDirectory, log);
    }

    /** Waits until {@code /actuator/health} answers 200; fails at once, with the log's tail, if the JVM exits. */
    FrontlineProcess awaitUp(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Frontline exited with " + process.exitValue() + " before it was up:\n" + logTail());
            }
            try {
                if (call("GET", "/actuator/health", null, null).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Frontline was not up within " + timeout + ":\n" + logTail());
    }

    HttpResponse<String> call(String method, String path, @Nullable String username, @Nullable String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (username != null) {
            String credentials = username + ":" + password;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String ok(String method, String path, String username, @Nullable String json) throws IOException, InterruptedException {
        HttpResponse<String> response = call(method, path, username, json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }

    /** The embedded postmaster, from the {@code postmaster.pid} of the data directory. */
    ProcessHandle postmaster() {
        var pidFile = StalePostmaster.PidFile.read(dataDirectory).orElseThrow(() -> new AssertionError("No postmaster.pid"));
        return ProcessHandle.of(pidFile.pid()).orElseThrow(() -> new AssertionError("No postmaster " + pidFile.pid()));
    }

    /** The postmaster and its children (backends, WAL writer, checkpointer …) as they are now. */
    List<ProcessHandle> postgresProcesses() {
        ProcessHandle postmaster = postmaster();
        return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
    }

    /** {@code kill -9} of the JVM alone. */
    void killJava() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the JVM died").isTrue();
    }

    /** A normal stop (SIGTERM): Spring closes, the embedded PostgreSQL shuts down. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Kills whatever postmaster still runs on a data directory (a test's last resort, so that none outlives it). */
    static void killPostmaster(Path dataDirectory) {
        StalePostmaster.PidFile.read(dataDirectory.toAbsolutePath().normalize())
                .flatMap(StalePostmaster.PidFile::process)
                .ifPresent(postmaster -> {
                    List<ProcessHandle> all = Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
                    all.forEach(ProcessHandle::destroyForcibly);
                    all.forEach(p -> p.onExit().join());
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
