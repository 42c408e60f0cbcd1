package dev.frontline.imports;

import java.util.List;

/** The result of an import: all files written ({@code COMPLETED}), or none ({@code REJECTED}). */
public record ImportReport(Status status, List<FileReport> files) {

    /** At most this many errors are reported, across all files. */
    public static final int MAX_ERRORS = 100;

    public enum Status { COMPLETED, REJECTED }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    public int errorCount() {
        return files.stream().mapToInt(f -> f.errors().size()).sum();
    }
}
