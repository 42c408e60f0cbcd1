package dev.frontline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The project's own files, for the tests that keep rules by reading the sources (tables, scope, templates). */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** Every file under {@code root} whose name ends with {@code suffix} and that {@code keep} accepts, in order. */
    public static List<Path> under(Path root, String suffix, Predicate<Path> keep) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> under(Path root, String suffix) {
        return under(root, suffix, f -> true);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
