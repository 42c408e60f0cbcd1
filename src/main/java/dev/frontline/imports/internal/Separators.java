package dev.frontline.imports.internal;

/**
 * The character that separates a CSV file's columns: a comma, or a semicolon (Excel where the decimal separator is
 * a comma), a tab (Excel's "Unicode text", copies from a spreadsheet) or a pipe. Excel's own hint line
 * ({@code sep=;}) decides when present; otherwise the candidate that occurs most often outside quotes in the header
 * row, a comma when none does.
 */
final class Separators {

    private static final String CANDIDATES = ",;\t|";

    /** The separator and the text from which a hint line was removed. */
    record Detected(char separator, String text, boolean hinted) {
    }

    private Separators() {
    }

    static Detected detect(String text) {
        int start = firstContentLine(text);
        int end = lineEnd(text, start);
        String first = text.substring(start, end).trim();
        if (first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4)) {
            int next = end < text.length() && text.charAt(end) == '\r' ? end + 1 : end;
            next = next < text.length() && text.charAt(next) == '\n' ? next + 1 : next;
            return new Detected(first.charAt(4), text.substring(next), true);
        }
        return new Detected(mostFrequent(text, start), text, false);
    }

    /** How a separator is named in a report. */
    static String name(char separator) {
        return switch (separator) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "'" + separator + "'";
        };
    }

    private static char mostFrequent(String text, int start) {
        int[] counts = new int[CANDIDATES.length()];
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                int k = CANDIDATES.indexOf(c);
                if (k >= 0) {
                    counts[k]++;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES.charAt(best);
    }

    private static int firstContentLine(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == ' ')) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
