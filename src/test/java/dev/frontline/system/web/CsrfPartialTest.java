package dev.frontline.system.web;

import static dev.frontline.SourceFiles.read;
import dev.frontline.SourceFiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.SourceFiles;
import dev.frontline.SourceFiles;
import dev.frontline.SourceFiles;
import dev.frontline.SourceFiles;
import java.nio.file.Path;
import dev.frontline.SourceFiles;
import java.util.ArrayList;
import dev.frontline.SourceFiles;
import java.util.List;
import dev.frontline.SourceFiles;
import java.util.regex.Matcher;
import dev.frontline.SourceFiles;
import java.util.regex.Pattern;
import dev.frontline.SourceFiles;
import dev.frontline.SourceFiles;
import org.junit.jupiter.api.Test;

/**
 * The CSRF token goes into a form one way: {@code @template.layout.csrf(shell = shell)}. Reads the templates as
 * written, so a hand-written hidden input or a post form without the token fails here rather than with a 403 in
 * front of a user. A fragment loaded only by htmx ({@code hx-post}) has no shell and needs none: htmx sends the token
 * in the header that {@code static/js/frontline.js} reads from the page's {@code csrf-token} meta tag.
 */
class CsrfPartialTest {

    private static final Path JTE = Path.of("src/main/jte");
    private static final Path PARTIAL = JTE.resolve("layout/csrf.jte");
    private static final String CALL = "@template.layout.csrf(shell = shell)";
    private static final Pattern POST_FORM =
            Pattern.compile("<form\\b[^>]*\\bmethod=\"post\"[^>]*>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateWritesTheCsrfInputByHand() {
        List<String> byHand = new ArrayList<>();
        for (Path template : templates()) {
            if (template.equals(PARTIAL)) {
                continue;
            }
            String text = read(template);
            if (text.contains("csrfParameter()") || text.matches("(?s).*name=\"_csrf\".*")) {
                byHand.add(JTE.relativize(template).toString());
            }
        }
        assertThat(byHand).as("templates writing the CSRF input themselves").isEmpty();
        assertThat(read(PARTIAL)).contains("shell.csrfParameter()", "shell.csrfToken()");
    }

    @Test
    void everyPostFormCarriesTheToken() {
        List<String> without = new ArrayList<>();
        int forms = 0;
        for (Path template : templates()) {
            Matcher form = POST_FORM.matcher(read(template));
            while (form.find()) {
                if (form.group().lines().findFirst().orElse("").contains("hx-post=")) {
                    continue;
                }
                forms++;
                if (!form.group(1).contains(CALL)) {
                    without.add(JTE.relativize(template) + ": " + form.group().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(forms).as("post forms found").isGreaterThan(40);
        assertThat(without).as("post forms without the CSRF partial").isEmpty();
    }

    private static List<Path> templates() {
        return SourceFiles.under(JTE, ".jte");
    }

}
