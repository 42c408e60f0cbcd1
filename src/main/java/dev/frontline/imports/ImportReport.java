package dev.frontline.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of an import: all files written ({@code COMPLETED}), none ({@code REJECTED}), or none yet because the
 * admin must first map stages, owners or columns ({@code NEEDS_MAPPING}, with {@code mapping} saying what) or
 * confirm the moves a team file makes ({@code NEEDS_CONFIRMATION}, with {@code moves} and their
 * {@code confirmation} fingerprint). A completed import lists the moves it made.
 */
public record ImportReport(Status status, List<FileReport> files,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable MappingRequest mapping,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Move> moves,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String confirmation) {

    /** At most this many errors are reported, across all files. */
    public static final int MAX_ERRORS = 100;

    public enum Status { COMPLETED, REJECTED, NEEDS_MAPPING, NEEDS_CONFIRMATION }

    public ImportReport {
        moves = List.copyOf(moves);
    }

    public ImportReport(Status status, List<FileReport> files) {
        this(status, files, null);
    }

    public ImportReport(Status status, List<FileReport> files, @Nullable MappingRequest mapping) {
        this(status, files, mapping, List.of(), null);
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    public boolean needsMapping() {
        return status == Status.NEEDS_MAPPING;
    }

    public boolean needsConfirmation() {
        return status == Status.NEEDS_CONFIRMATION;
    }

    /** Warnings across the files, listed or not. */
    public int warningCount() {
        return files.stream().mapToInt(FileReport::warningCount).sum();
    }

    public int errorCount() {
        return files.stream().mapToInt(f -> f.errors().size()).sum();
    }
}
