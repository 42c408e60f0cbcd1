package dev.frontline.people.internal;

import static dev.frontline.system.SqlValues.ids;
import static dev.frontline.system.SqlValues.instant;
import static dev.frontline.system.SqlValues.time;

import dev.frontline.people.Aspirations;
import dev.frontline.people.Competency;
import dev.frontline.people.Driver;
import dev.frontline.people.Motivations;
import dev.frontline.people.Remark;
import dev.frontline.people.Topic;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the people module's competency framework, motivations, aspirations, remarks, strengths and onboarding. */
@Repository
public class PeopleStore {

    private final JdbcClient jdbc;

    PeopleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- competencies ----

    public List<Competency> competencies() {
        return jdbc.sql("select * from competency order by position, id").query(PeopleStore::competency).list();
    }

    public Optional<Competency> competency(String key) {
        return jdbc.sql("select * from competency where lower(key) = lower(:k)").param("k", key)
                .query(PeopleStore::competency).optional();
    }

    public boolean updateCompetency(long id, int expectedVersion, String name, String description, List<String> levels,
                                    boolean active) {
        return jdbc.sql("""
                        update competency set name = :n, description = :d, level_1 = :l1, level_2 = :l2, level_3 = :l3,
                               level_4 = :l4, level_5 = :l5, active = :a, version = version + 1
                         where id = :id and version = :v
                        """)
                .param("n", name).param("d", description).param("l1", levels.get(0)).param("l2", levels.get(1))
                .param("l3", levels.get(2)).param("l4", levels.get(3)).param("l5", levels.get(4))
                .param("a", active).param("id", id).param("v", expectedVersion).update() == 1;
    }

    public long insertCompetency(String key, String name, String description, List<String> levels) {
        return jdbc.sql("""
                        insert into competency (key, name, description, level_1, level_2, level_3, level_4, level_5, position)
                        values (:k, :n, :d, :l1, :l2, :l3, :l4, :l5, (select coalesce(max(position), 0) + 1 from competency))
                        returning id
                        """)
                .param("k", key).param("n", name).param("d", description).param("l1", levels.get(0))
                .param("l2", levels.get(1)).param("l3", levels.get(2)).param("l4", levels.get(3))
                .param("l5", levels.get(4)).query(Long.class).single();
    }

    // ---- motivations and aspirations ----

    public Motivations motivations(long repId) {
        var profile = jdbc.sql("select version, demo, updated_at from motivation_profile where rep_id = :rep")
                .param("rep", repId).query((rs, n) -> new Motivations(List.of(), rs.getInt("version"),
                        rs.getBoolean("demo"), instant(rs, "updated_at"))).optional();
        if (profile.isEmpty()) {
            return Motivations.none();
        }
        List<Motivations.Choice> drivers = jdbc.sql(
                        "select driver, rank, note from motivation_driver where rep_id = :rep order by rank")
                .param("rep", repId).query((rs, n) -> new Motivations.Choice(Driver.valueOf(rs.getString("driver")),
                        rs.getInt("rank"), rs.getString("note"))).list();
        Motivations m = profile.get();
        return new Motivations(drivers, m.version(), m.demo(), m.updatedAt());
    }

    /** Replaces the rep's drivers when the profile is still at the expected version (0: none yet); false if stale. */
    public boolean saveMotivations(long repId, int expectedVersion, List<Motivations.Choice> drivers, String by,
                                   Instant at, boolean demo) {
        int changed = expectedVersion == 0
                ? jdbc.sql("""
                        insert into motivation_profile (rep_id, updated_at, updated_by, demo, version)
                        values (:rep, :at, :by, :demo, 1) on conflict (rep_id) do nothing
                        """).param("rep", repId).param("at", time(at)).param("by", by).param("demo", demo).update()
                : jdbc.sql("""
                        update motivation_profile set updated_at = :at, updated_by = :by, demo = :demo,
                               version = version + 1
                         where rep_id = :rep and version = :v
                        """).param("rep", repId).param("at", time(at)).param("by", by).param("demo", demo)
                        .param("v", expectedVersion).update();
        if (changed != 1) {
            return false;
        }
        jdbc.sql("delete from motivation_driver where rep_id = :rep").param("rep", repId).update();
        for (Motivations.Choice c : drivers) {
            jdbc.sql("insert into motivation_driver (rep_id, driver, rank, note) values (:rep, :d, :r, :n)")
                    .param("rep", repId).param("d", c.driver().name()).param("r", c.rank()).param("n", c.note())
                    .update();
        }
        return true;
    }

    public Aspirations aspirations(long repId) {
        var row = jdbc.sql("select * from aspiration where rep_id = :rep").param("rep", repId)
                .query((rs, n) -> new Aspirations(rs.getString("target_role"), rs.getString("target_by"), List.of(),
                        rs.getInt("version"), rs.getBoolean("demo"), instant(rs, "updated_at"))).optional();
        if (row.isEmpty()) {
            return Aspirations.none();
        }
        List<Aspirations.Action> actions = jdbc.sql(
                        "select text, done from development_action where rep_id = :rep order by position")
                .param("rep", repId).query((rs, n) -> new Aspirations.Action(rs.getString("text"), rs.getBoolean("done")))
                .list();
        Aspirations a = row.get();
        return new Aspirations(a.targetRole(), a.targetBy(), actions, a.version(), a.demo(), a.updatedAt());
    }

    public boolean saveAspirations(long repId, int expectedVersion, String targetRole, @Nullable String targetBy,
                                   List<Aspirations.Action> actions, String by, Instant at, boolean demo) {
        int changed = expectedVersion == 0
                ? jdbc.sql("""
                        insert into aspiration (rep_id, target_role, target_by, updated_at, updated_by, demo, version)
                        values (:rep, :role, :by_when, :at, :by, :demo, 1) on conflict (rep_id) do nothing
                        """).param("rep", repId).param("role", targetRole).param("by_when", targetBy)
                        .param("at", time(at)).param("by", by).param("demo", demo).update()
                : jdbc.sql("""
                        update aspiration set target_role = :role, target_by = :by_when, updated_at = :at,
                               updated_by = :by, demo = :demo, version = version + 1
                         where rep_id = :rep and version = :v
                        """).param("rep", repId).param("role", targetRole).param("by_when", targetBy)
                        .param("at", time(at)).param("by", by).param("demo", demo).param("v", expectedVersion).update();
        if (changed != 1) {
            return false;
        }
        jdbc.sql("delete from development_action where rep_id = :rep").param("rep", repId).update();
        for (int i = 0; i < actions.size(); i++) {
            jdbc.sql("insert into development_action (rep_id, position, text, done) values (:rep, :p, :t, :d)")
                    .param("rep", repId).param("p", i + 1).param("t", actions.get(i).text())
                    .param("d", actions.get(i).done()).update();
        }
        return true;
    }

    // ---- the manager's words and shared strengths ----

    public List<Remark> remarks(long repId) {
        return jdbc.sql("select * from manager_remark where rep_id = :rep").param("rep", repId)
                .query((rs, n) -> new Remark(Topic.valueOf(rs.getString("topic")), rs.getString("text"),
                        rs.getString("author"), instant(rs, "updated_at"), rs.getInt("version"),
                        rs.getBoolean("demo"))).list();
    }

    /** Writes a remark when it is still at the expected version (0: none yet); an empty text removes it. */
    public boolean saveRemark(long repId, Topic topic, int expectedVersion, String text, String author, Instant at) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                            insert into manager_remark (rep_id, topic, text, author, updated_at, version)
                            values (:rep, :t, :text, :a, :at, 1) on conflict (rep_id, topic) do nothing
                            """).param("rep", repId).param("t", topic.name()).param("text", text).param("a", author)
                    .param("at", time(at)).update() == 1;
        }
        return jdbc.sql("""
                        update manager_remark set text = :text, author = :a, updated_at = :at, version = version + 1,
                               demo = false
                         where rep_id = :rep and topic = :t and version = :v
                        """).param("rep", repId).param("t", topic.name()).param("text", text).param("a", author)
                .param("at", time(at)).param("v", expectedVersion).update() == 1;
    }

    /** The demo's words of the manager on a topic, flagged as demo content. */
    public void insertDemoRemark(long repId, Topic topic, String text, String author, Instant at) {
        jdbc.sql("""
                        insert into manager_remark (rep_id, topic, text, author, updated_at, version, demo)
                        values (:rep, :t, :text, :a, :at, 1, true) on conflict (rep_id, topic) do nothing
                        """).param("rep", repId).param("t", topic.name()).param("text", text).param("a", author)
                .param("at", time(at)).update();
    }

    public Set<String> sharedStrengths(long repId) {
        return Set.copyOf(jdbc.sql("select strength_key from shared_strength where rep_id = :rep").param("rep", repId)
                .query(String.class).list());
    }

    public void shareStrengths(long repId, Collection<String> keys) {
        jdbc.sql("delete from shared_strength where rep_id = :rep").param("rep", repId).update();
        for (String key : keys) {
            jdbc.sql("insert into shared_strength (rep_id, strength_key) values (:rep, :k)").param("rep", repId)
                    .param("k", key).update();
        }
    }

    // ---- onboarding ----

    /** An onboarding checklist as stored. */
    public record OnboardingRow(long id, long repId, long teamId, @Nullable Long fromTeamId, Instant openedAt) {
    }

    public List<OnboardingRow> openOnboardings(Collection<Long> teamIds, boolean all) {
        return jdbc.sql("""
                        select * from onboarding where closed_at is null and (:all or team_id = any(:teams))
                         order by opened_at, id
                        """).param("all", all).param("teams", ids(teamIds))
                .query((rs, n) -> new OnboardingRow(rs.getLong("id"), rs.getLong("rep_id"), rs.getLong("team_id"),
                        rs.getObject("from_team_id", Long.class), instant(rs, "opened_at"))).list();
    }

    public Optional<OnboardingRow> openOnboarding(long repId) {
        return openOnboardings(List.of(), true).stream().filter(o -> o.repId() == repId).findFirst();
    }

    /** Opens a checklist for the rep in the team, closing any other open one (they moved on). */
    public void openOnboarding(long repId, long teamId, @Nullable Long fromTeamId, Instant at) {
        jdbc.sql("""
                        update onboarding set closed_at = :at, closed_why = 'MOVED_ON'
                         where rep_id = :rep and closed_at is null and team_id <> :team
                        """).param("at", time(at)).param("rep", repId).param("team", teamId).update();
        jdbc.sql("""
                        insert into onboarding (rep_id, team_id, from_team_id, opened_at) values (:rep, :team, :from, :at)
                        on conflict (rep_id) where closed_at is null do nothing
                        """).param("rep", repId).param("team", teamId).param("from", fromTeamId).param("at", time(at))
                .update();
    }

    /** A rep's latest onboarding checklist: the team it was opened for, when, and why it closed (null while open). */
    public record JoinRow(long repId, long teamId, Instant openedAt, @Nullable String closedWhy) {
    }

    /** The latest onboarding checklist of each of the reps that has one. */
    public List<JoinRow> latestOnboardings(Collection<Long> repIds) {
        return jdbc.sql("""
                        select distinct on (rep_id) rep_id, team_id, opened_at, closed_why from onboarding
                         where rep_id = any(:ids)
                         order by rep_id, opened_at desc, id desc
                        """).param("ids", ids(repIds))
                .query((rs, n) -> new JoinRow(rs.getLong("rep_id"), rs.getLong("team_id"), instant(rs, "opened_at"),
                        rs.getString("closed_why"))).list();
    }

    public void closeOnboarding(long repId, String why, Instant at) {
        jdbc.sql("update onboarding set closed_at = :at, closed_why = :why where rep_id = :rep and closed_at is null")
                .param("at", time(at)).param("why", why).param("rep", repId).update();
    }

    // ---- mapping ----

    private static Competency competency(ResultSet rs, int n) throws SQLException {
        return new Competency(rs.getLong("id"), rs.getString("key"), rs.getString("name"), rs.getString("description"),
                List.of(rs.getString("level_1"), rs.getString("level_2"), rs.getString("level_3"),
                        rs.getString("level_4"), rs.getString("level_5")),
                rs.getInt("position"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
