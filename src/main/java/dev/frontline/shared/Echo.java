package dev.frontline.shared;

/**
 * What an error message may repeat of the input it refuses: at most {@value #MAX} characters, so that a megabyte of
 * bad input is not sent back, and never a line break.
 */
public final class Echo {

    public static final int MAX = 60;

    private Echo() {
    }

    /** The value as text, cut to {@value #MAX} characters with an ellipsis. */
    public static String of(Object value) {
        String text = String.valueOf(value).replaceAll("[\\r\\n\\t]+", " ");
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }

    /** The value in single quotes, cut as {@link #of}. */
    public static String quote(Object value) {
        return "'" + of(value) + "'";
    }
}
