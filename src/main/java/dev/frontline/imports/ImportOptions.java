package dev.frontline.imports;

/**
 * How to import.
 *
 * @param shiftMonths whole months added to every date of a pipeline file (the demo uses it to look current);
 *                    0 imports dates as they are
 */
public record ImportOptions(int shiftMonths) {

    public static ImportOptions asIs() {
        return new ImportOptions(0);
    }
}
