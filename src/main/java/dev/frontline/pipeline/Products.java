package dev.frontline.pipeline;

import java.util.Locale;

/** How product names match: case, spaces and punctuation do not count ("GTXPro" is "GTX Pro"). */
public final class Products {

    private Products() {
    }

    public static String matchKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    }
}
