package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.frontline.Dataset;
import dev.frontline.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's logins page shows each login's current team or office, read against the shipped team file (each
 * manager's team is named after them), and can be searched.
 */
@IntegrationTest
class LoginsPageTest {

    private static final Pattern ROW = Pattern.compile(
            "<tr data-login=\"([^\"]+)\">\\s*<td><code>[^<]*</code></td>\\s*<td>([^<]*)</td>\\s*<td data-testid=\"place\">([^<]*)</td>");

    @Autowired
    MockMvc mvc;

    @Test
    void everyDemoLoginShowsTheTeamOrOfficeTheTeamFileGivesIt() throws Exception {
        Map<String, String> expected = new HashMap<>();
        for (String[] row : Dataset.rows("sales_teams.csv")) {
            expected.put(row[0], row[1] + "'s team");
            expected.put(row[1], row[1] + "'s team");
        }
        Set.of("Central", "East", "West").forEach(office -> expected.put("Director " + office, office));

        Map<String, String> shown = places(page(""));

        assertThat(shown).containsAllEntriesOf(expected);
        assertThat(shown).containsEntry("admin", "—");
    }

    @Test
    void theSearchFindsEveryWordInNameLoginRoleOrPlace() throws Exception {
        List<String> dustinsTeam = Dataset.rows("sales_teams.csv").stream().filter(r -> r[1].equals("Dustin Brinkmann"))
                .map(r -> r[0]).toList();

        String found = page("dustin brinkmann");
        String rep = page("violet mclelland");
        String nothing = page("no such login anywhere");

        assertThat(places(found).keySet()).containsExactlyInAnyOrderElementsOf(
                concat(dustinsTeam, "Dustin Brinkmann"));
        assertThat(found).contains((dustinsTeam.size() + 1) + " of ");
        assertThat(places(rep)).containsOnlyKeys("Violet Mclelland");
        assertThat(places(nothing)).isEmpty();
        assertThat(nothing).contains("0 of ");
        assertThat(places(page("director east"))).containsKey("Director East").doesNotContainKey("Director West");
    }

    private static List<String> concat(List<String> names, String name) {
        return java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(name)).toList();
    }

    /** Display name (or username when there is no person) → place, as the page shows them. */
    private static Map<String, String> places(String html) {
        Map<String, String> places = new LinkedHashMap<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            String name = unescape(m.group(2));
            places.put(name.equals("—") ? m.group(1) : name, unescape(m.group(3)));
        }
        return places;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&amp;", "&").trim();
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/admin/logins").param("q", query).accept(MediaType.TEXT_HTML)
                .with(httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
