package dev.frontline.organization.internal;

import dev.frontline.organization.Member;
import dev.frontline.organization.Region;
import dev.frontline.organization.RosterRep;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the organization's own tables: region, team, person. */
@Repository
public class OrganizationStore {

    private static final String TEAM_SELECT = """
            select t.id, t.name, t.region_id, r.name as region, t.manager_id,
                   m.display_name as manager, m.username as manager_username,
                   (select count(*) from person p where p.team_id = t.id and p.title = 'REP' and p.active) as member_count
              from team t
              join region r on r.id = t.region_id
              left join person m on m.id = t.manager_id
            """;

    private static final String PERSON_SELECT = """
            select p.id, p.username, p.display_name, p.first_name, p.last_name, p.title,
                   p.team_id, t.name as team, coalesce(p.region_id, t.region_id) as region_id, r.name as region
              from person p
              left join team t on t.id = p.team_id
              left join region r on r.id = coalesce(p.region_id, t.region_id)
            """;

    private final JdbcClient jdbc;

    OrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TeamSummary> teams(boolean all, Set<Long> teamIds) {
        return jdbc.sql(TEAM_SELECT + " where :all or t.id = any(:ids) order by r.name, t.name")
                .param("all", all).param("ids", toArray(teamIds))
                .query(OrganizationStore::team).list();
    }

    /** A page of the teams: {@code limit} from {@code offset}, ordered by office and name. */
    public List<TeamSummary> teams(boolean all, Set<Long> teamIds, int offset, int limit) {
        return jdbc.sql(TEAM_SELECT + " where :all or t.id = any(:ids) order by r.name, t.name, t.id offset :o limit :l")
                .param("all", all).param("ids", toArray(teamIds)).param("o", offset).param("l", limit)
                .query(OrganizationStore::team).list();
    }

    public int countTeams(boolean all, Set<Long> teamIds) {
        return jdbc.sql("select count(*) from team t where :all or t.id = any(:ids)")
                .param("all", all).param("ids", toArray(teamIds)).query(Integer.class).single();
    }

    /** The teams of the given offices, ordered by office and name. */
    public List<TeamSummary> teamsOfRegions(Collection<Long> regionIds) {
        return jdbc.sql(TEAM_SELECT + " where t.region_id = any(:r) order by r.name, t.name, t.id")
                .param("r", toArray(regionIds)).query(OrganizationStore::team).list();
    }

    public Optional<TeamSummary> team(long id) {
        return jdbc.sql(TEAM_SELECT + " where t.id = :id").param("id", id).query(OrganizationStore::team).optional();
    }

    public List<Member> members(long teamId) {
        return jdbc.sql(PERSON_SELECT + " where p.team_id = :team and p.active order by p.display_name")
                .param("team", teamId).query(OrganizationStore::member).list();
    }

    /** Everyone placed in one of the given teams, by name. */
    public List<Member> members(Collection<Long> teamIds) {
        return jdbc.sql(PERSON_SELECT + " where p.team_id = any(:teams) and p.active order by p.display_name, p.id")
                .param("teams", toArray(teamIds)).query(OrganizationStore::member).list();
    }

    public List<Member> people(boolean all, Set<Long> ids) {
        return jdbc.sql(PERSON_SELECT + " where :all or p.id = any(:ids) order by p.display_name")
                .param("all", all).param("ids", toArray(ids)).query(OrganizationStore::member).list();
    }

    public Optional<Member> person(long id) {
        return jdbc.sql(PERSON_SELECT + " where p.id = :id").param("id", id).query(OrganizationStore::member).optional();
    }

    public Optional<Member> personByUsername(String username) {
        return jdbc.sql(PERSON_SELECT + " where lower(p.username) = lower(:u)").param("u", username)
                .query(OrganizationStore::member).optional();
    }

    public Optional<Member> personByDisplayName(String name) {
        return jdbc.sql(PERSON_SELECT + " where lower(p.display_name) = lower(:n)").param("n", name)
                .query(OrganizationStore::member).optional();
    }

    public List<Long> teamIdsManagedBy(long personId) {
        return jdbc.sql("select id from team where manager_id = :p").param("p", personId).query(Long.class).list();
    }

    public List<Long> teamIdsInRegion(long regionId) {
        return jdbc.sql("select id from team where region_id = :r").param("r", regionId).query(Long.class).list();
    }

    /** Members and managers of the given teams. */
    public List<Long> peopleOfTeams(Collection<Long> teamIds) {
        return jdbc.sql("""
                        select id from person where team_id = any(:ids)
                        union
                        select manager_id from team where id = any(:ids) and manager_id is not null
                        """)
                .param("ids", toArray(teamIds)).query(Long.class).list();
    }

    /** Each person placed in a team, and that team: {@code [personId, teamId]}. */
    public List<long[]> teamOfPeople() {
        return jdbc.sql("select id, team_id from person where team_id is not null")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    public List<Long> membersOfTeams(Collection<Long> teamIds) {
        return jdbc.sql("select id from person where team_id = any(:ids)")
                .param("ids", toArray(teamIds)).query(Long.class).list();
    }

    public List<Region> regions(boolean all, Set<Long> ids) {
        return jdbc.sql("select id, name from region where :all or id = any(:ids) order by name")
                .param("all", all).param("ids", toArray(ids))
                .query((rs, n) -> new Region(rs.getLong("id"), rs.getString("name"))).list();
    }

    public Optional<Long> regionIdByName(String name) {
        return jdbc.sql("select id from region where lower(name) = lower(:n)").param("n", name).query(Long.class).optional();
    }

    public long insertRegion(String name) {
        return jdbc.sql("insert into region (name) values (:n) returning id").param("n", name).query(Long.class).single();
    }

    public Optional<Long> teamIdManagedBy(long managerId) {
        return jdbc.sql("select id from team where manager_id = :m order by id limit 1").param("m", managerId)
                .query(Long.class).optional();
    }

    public long insertTeam(String name, long regionId, long managerId) {
        return jdbc.sql("insert into team (name, region_id, manager_id) values (:n, :r, :m) returning id")
                .param("n", name).param("r", regionId).param("m", managerId).query(Long.class).single();
    }

    public int updateTeamRegion(long teamId, long regionId) {
        return jdbc.sql("update team set region_id = :r, version = version + 1 where id = :t and region_id <> :r")
                .param("r", regionId).param("t", teamId).update();
    }

    public void setTeamManager(long teamId, @Nullable Long managerId) {
        jdbc.sql("update team set manager_id = null, version = version + 1 where manager_id = :m and id <> :t")
                .param("m", managerId).param("t", teamId).update();
        jdbc.sql("update team set manager_id = :m, version = version + 1 where id = :t")
                .param("m", managerId).param("t", teamId).update();
    }

    public boolean hasPeople() {
        return jdbc.sql("select exists (select 1 from person)").query(Boolean.class).single();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from person where lower(username) = lower(:u)").param("u", username)
                .query(Long.class).single() > 0;
    }

    public long insertPerson(String username, String first, String last, String displayName, Title title,
                             @Nullable Long teamId, @Nullable Long regionId) {
        return jdbc.sql("""
                        insert into person (username, first_name, last_name, display_name, title, team_id, region_id)
                        values (:u, :f, :l, :d, :t, :team, :region) returning id
                        """)
                .param("u", username).param("f", first).param("l", last).param("d", displayName)
                .param("t", title.name()).param("team", teamId).param("region", regionId)
                .query(Long.class).single();
    }

    public void placePerson(long personId, Title title, @Nullable Long teamId, @Nullable Long regionId) {
        jdbc.sql("""
                        update person set title = :t, team_id = :team, region_id = :region, version = version + 1
                         where id = :id
                        """)
                .param("t", title.name()).param("team", teamId).param("region", regionId).param("id", personId)
                .update();
    }

    /** The person's version and whether they are active, or empty when absent. */
    public Optional<int[]> activity(long personId) {
        return jdbc.sql("select version, active from person where id = :id").param("id", personId)
                .query((rs, n) -> new int[] {rs.getInt("version"), rs.getBoolean("active") ? 1 : 0}).optional();
    }

    /** Sets whether the person is active (a rep who left is not), at the expected version; answers the rows changed. */
    public int setActive(long personId, boolean active, int expectedVersion, java.time.Instant at) {
        return jdbc.sql("""
                        update person set active = :a, left_at = case when :a then null else cast(:at as timestamptz) end,
                               version = version + 1
                         where id = :id and version = :v
                        """)
                .param("a", active).param("at", java.sql.Timestamp.from(at)).param("id", personId)
                .param("v", expectedVersion).update();
    }

    /** Places a rep in another team at the expected version; answers the rows changed (0: stale or not a rep). */
    public int moveRep(long personId, long teamId, int expectedVersion) {
        return jdbc.sql("""
                        update person set team_id = :t, version = version + 1
                         where id = :id and version = :v and title = 'REP'
                        """)
                .param("t", teamId).param("id", personId).param("v", expectedVersion).update();
    }

    /** The reps of the given teams, former ones included, by name: one query. */
    public List<RosterRep> rosterReps(Collection<Long> teamIds) {
        return jdbc.sql("""
                        select id, username, display_name, team_id, active, left_at, version from person
                         where title = 'REP' and team_id = any(:teams) order by display_name, id
                        """)
                .param("teams", toArray(teamIds)).query(OrganizationStore::rosterRep).list();
    }

    /**
     * The reps of a team who were in it on or after {@code since}: the active ones and those who left since, with
     * whether each is active, by name: one query.
     */
    public List<Dated> repsSince(long teamId, java.time.Instant since) {
        return jdbc.sql(PERSON_SELECT.replace("select p.id,", "select p.active, p.id,") + """
                         where p.team_id = :team and p.title = 'REP' and (p.active or p.left_at >= :since)
                         order by p.display_name, p.id
                        """)
                .param("team", teamId).param("since", java.sql.Timestamp.from(since))
                .query((rs, n) -> new Dated(member(rs, n), rs.getBoolean("active"))).list();
    }

    /** A rep of a team over a span of time, and whether they are active now. */
    public record Dated(Member member, boolean active) {
    }

    /** Everyone whose display name is this one (ignoring case and repeated spaces): who already carries a name. */
    public List<Named> peopleNamed(String name) {
        return jdbc.sql("""
                        select p.id, p.title, p.active, p.team_id, t.name as team from person p
                          left join team t on t.id = p.team_id
                         where lower(p.display_name) = lower(:n) order by p.id
                        """)
                .param("n", name).query((rs, n) -> new Named(rs.getLong("id"), Title.valueOf(rs.getString("title")),
                        rs.getBoolean("active"), rs.getObject("team_id", Long.class), rs.getString("team")))
                .list();
    }

    /** A person who carries a name, with what tells them apart. */
    public record Named(long id, Title title, boolean active, @Nullable Long teamId, @Nullable String team) {
    }

    private static RosterRep rosterRep(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp left = rs.getTimestamp("left_at");
        return new RosterRep(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("team_id"), rs.getBoolean("active"), left == null ? null : left.toInstant(),
                rs.getInt("version"));
    }

    /** The ids among these of people who left (deactivated). */
    public List<Long> former(Collection<Long> ids) {
        return jdbc.sql("select id from person where id = any(:ids) and not active").param("ids", toArray(ids))
                .query(Long.class).list();
    }

    static Long[] toArray(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    private static TeamSummary team(ResultSet rs, int n) throws SQLException {
        return new TeamSummary(rs.getLong("id"), rs.getString("name"), rs.getLong("region_id"),
                rs.getString("region"), rs.getObject("manager_id", Long.class), rs.getString("manager"),
                rs.getString("manager_username"), rs.getInt("member_count"));
    }

    private static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("first_name"), rs.getString("last_name"), Title.valueOf(rs.getString("title")),
                rs.getObject("team_id", Long.class), rs.getString("team"),
                rs.getObject("region_id", Long.class), rs.getString("region"));
    }
}
