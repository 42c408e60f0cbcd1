package dev.frontline.coaching;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.system.PersonZones;
import biweekly.io.TimezoneAssignment;
import java.time.ZoneId;
import java.util.TimeZone;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.Duration;
import dev.frontline.coaching.internal.FeedStore;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import dev.frontline.shared.Viewer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar feeds of the 1:1 schedule, in iCalendar (RFC 5545): a rep's own 1:1s, or a manager's 1:1s with
 * every rep of the teams they manage, from three months back to the twelve weeks the schedule is laid out ahead.
 *
 * <p>The feed URL holds a random token (256 bits) and needs no login, so that calendar apps can subscribe; the
 * token is the only key. Regenerating replaces it (the old URL answers 404 from then on); revoking removes it.
 * Only reps and managers have feeds, each their own. Events carry who and when and a link to the meeting page,
 * never the agenda or notes: whoever holds the URL sees the schedule, nothing more.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    static final java.time.Duration PAST = java.time.Duration.ofDays(92);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedStore store;
    private final Organization organization;
    private final OneOnOnes oneOnOnes;
    private final FiscalCalendar calendar;
    private final PersonZones zones;

    CalendarFeeds(FeedStore store, Organization organization, OneOnOnes oneOnOnes, FiscalCalendar calendar,
                  PersonZones zones) {
        this.zones = zones;
        this.store = store;
        this.organization = organization;
        this.oneOnOnes = oneOnOnes;
        this.calendar = calendar;
    }

    /** Whether the viewer can have a feed: reps and managers. */
    public boolean offered(Scope scope) {
        Role role = scope.viewer().role();
        return scope.viewer().personId() != null && (role == Role.REP || role == Role.MANAGER);
    }

    /** The viewer's current feed token, if they have one. */
    public Optional<String> token(Scope scope) {
        return offered(scope) ? store.feedToken(scope.viewer().personId()) : Optional.empty();
    }

    /** Makes a new token for the viewer's feed, replacing any earlier one (whose URL stops working). */
    @Transactional
    public String regenerate(Scope scope) {
        requireOffered(scope);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.saveFeed(scope.viewer().personId(), token, calendar.now());
        return token;
    }

    /** Turns the viewer's feed off; its URL answers 404 from then on. */
    @Transactional
    public boolean revoke(Scope scope) {
        requireOffered(scope);
        return store.deleteFeed(scope.viewer().personId()) > 0;
    }

    /**
     * The feed for a token as iCalendar text, or empty when no feed has that token.
     *
     * @param baseUrl where Frontline runs, for the link to each meeting's page
     */
    public Optional<String> render(String token, String baseUrl) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return store.feedOwner(token).flatMap(organization::findById).map(owner -> calendar(owner, baseUrl));
    }

    private String calendar(Member owner, String baseUrl) {
        Role role = owner.title() == Title.MANAGER ? Role.MANAGER : Role.REP;
        Scope scope = organization.scopeFor(new Viewer(0, owner.username(), owner.displayName(), role, owner.id()));
        List<Member> reps = new ArrayList<>();
        Map<Long, String> managers = new HashMap<>();
        if (owner.title() == Title.MANAGER) {
            for (TeamSummary team : organization.teams(scope)) {
                reps.addAll(organization.reps(scope, team.id()));
            }
        } else if (owner.title() == Title.REP) {
            reps.add(owner);
            if (owner.teamId() != null) {
                TeamSummary team = organization.team(scope, owner.teamId());
                if (team.manager() != null) {
                    managers.put(owner.id(), team.manager());
                }
            }
        }
        Instant now = calendar.now();
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Frontline//1:1 schedule//EN");
        ical.setName("Frontline 1:1s · " + owner.displayName());
        ical.setExperimentalProperty("X-WR-CALNAME", "Frontline 1:1s · " + owner.displayName());
        ical.setRefreshInterval(new Duration.Builder().hours(1).build());
        ical.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
        // times in the owner's time zone (a global TZID, which calendar programs resolve themselves)
        ZoneId zone = zones.zoneOf(owner.id()).orElse(calendar.defaultZone());
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), zone.getId()));
        ical.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        for (Meeting m : oneOnOnes.meetingsOf(reps, now.minus(PAST), now.plus(Schedule.HORIZON).plusSeconds(86400))) {
            if (m.status() == MeetingStatus.CANCELLED) {
                continue;
            }
            VEvent event = new VEvent();
            event.setUid("one-on-one-" + m.id() + "@frontline");
            event.setDateTimeStamp(Date.from(now));
            event.setDateStart(Date.from(m.startsAt()), true);
            event.setDateEnd(Date.from(m.endsAt()), true);
            String other = owner.title() == Title.MANAGER ? m.repName() : managers.getOrDefault(m.repId(), "your manager");
            event.setSummary("1:1 with " + other);
            event.setStatus(Status.confirmed());
            event.setSequence(m.version());
            String link = baseUrl + "/one-on-ones/" + m.id();
            event.setUrl(link);
            event.setDescription("Agenda, notes and actions: " + link);
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go();
    }

    private static void requireOffered(Scope scope) {
        Role role = scope.viewer().role();
        if (scope.viewer().personId() == null || (role != Role.REP && role != Role.MANAGER)) {
            throw new AccessDeniedException("Calendar feeds are for reps and managers");
        }
    }
}
