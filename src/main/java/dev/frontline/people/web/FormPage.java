package dev.frontline.people.web;

import dev.frontline.organization.Member;
import dev.frontline.people.Aspirations;
import dev.frontline.people.Competency;
import dev.frontline.people.Driver;
import dev.frontline.people.Motivations;
import dev.frontline.people.Rater;
import dev.frontline.people.Standing;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The edit forms of a dossier: ratings, motivations, aspirations. {@code values} holds what was submitted when a
 * save is refused, so that nothing typed is lost.
 */
public record FormPage(Member rep, boolean self, @Nullable Rater rater, List<Standing> standings,
                       Motivations motivations, Aspirations aspirations, List<String> problems,
                       Map<String, String> values) {

    public String value(String name, @Nullable Object fallback) {
        String v = values.get(name);
        return v != null ? v : fallback == null ? "" : fallback.toString();
    }

    /** The level the form starts from for a competency: what was submitted, else this rater's latest. */
    public String level(Standing s) {
        var latest = rater == Rater.MANAGER ? s.manager() : s.self();
        return value("level:" + s.competency().key(), latest == null ? null : latest.level());
    }

    public String note(Standing s) {
        var latest = rater == Rater.MANAGER ? s.manager() : s.self();
        return value("note:" + s.competency().key(), latest == null ? null : latest.note());
    }

    public Driver[] drivers() {
        return Driver.values();
    }

    public String rank(Driver d) {
        return value("rank:" + d.name(), motivations.drivers().stream().filter(c -> c.driver() == d).findFirst()
                .map(Motivations.Choice::rank).orElse(null));
    }

    public String driverNote(Driver d) {
        return value("note:" + d.name(), motivations.drivers().stream().filter(c -> c.driver() == d).findFirst()
                .map(Motivations.Choice::note).orElse(null));
    }

    /** Action rows to show: the saved ones plus empty rows to add more, at least five. */
    public List<Aspirations.Action> actionRows() {
        List<Aspirations.Action> rows = new java.util.ArrayList<>(aspirations.actions());
        while (rows.size() < Math.max(5, aspirations.actions().size() + 2)) {
            rows.add(new Aspirations.Action("", false));
        }
        return rows;
    }

    public static String levelText(Competency c, int level) {
        return c.level(level);
    }
}
