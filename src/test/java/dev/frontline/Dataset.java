package dev.frontline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped dataset read straight from its CSV files with a plain split (the files hold no quoted commas), so
 * tests compute expected figures without the code under test.
 */
public final class Dataset {

    public static final Path DIR = Path.of("src/main/resources/demo/crm-sales-opportunities");

    private Dataset() {
    }

    /** The data rows of a file, each split on commas (empty trailing fields kept). */
    public static List<String[]> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\r", "").split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
