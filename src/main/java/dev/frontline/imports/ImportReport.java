package dev.frontline.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of an import: all files written ({@code COMPLETED}), none ({@code REJECTED}), or none yet because the
 * admin must first map stages, owners or columns ({@code NEEDS_MAPPING}, with {@code mapping} saying what).
 */
public record ImportReport(Status status, List<FileReport> files,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable MappingRequest mapping) {

    /** At most this many errors are reported, across all files. */
    public static final int MAX_ERRORS = 100;

    public enum Status { COMPLETED, REJECTED, NEEDS_MAPPING }

    public ImportReport(Status status, List<FileReport> files) {
        this(status, files, null);
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    public boolean needsMapping() {
        return status == Status.NEEDS_MAPPING;
    }

    public int errorCount() {
        return files.stream().mapToInt(f -> f.errors().size()).sum();
    }
}
