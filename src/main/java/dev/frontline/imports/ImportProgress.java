package dev.frontline.imports;

/** Told how far an import has come: a phase and a count of rows done out of a total. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    void report(String phase, long done, long total);
}
