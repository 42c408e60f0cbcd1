package dev.frontline.organization;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One rep going from one team to another, named as the people page asks to confirm it: "Courtney Brown: Cara
 * Losch's team → Dustin Brinkmann's team". The sentence is the one a team file's move is said in
 * ({@link #sentence}), so that a move reads the same whether it comes from an import or from the page.
 *
 * @param fromTeam  the team they leave ("no team" for someone the admin placed nowhere)
 * @param effective the day the move takes effect: today, where the viewer is
 * @param version   the rep's version the move was worked out from; confirming it at another version is stale
 */
public record TeamMove(long repId, String rep, @Nullable Long fromTeamId, String fromTeam, long toTeamId,
                       String toTeam, LocalDate effective, int version) {

    /** How a team move is said, here and in the moves of a team file: "moves Courtney Brown from A to B". */
    public static String sentence(String who, String from, String to) {
        return "moves " + who + " from " + from + " to " + to;
    }

    /**
     * What goes along with a rep who moves, as Frontline computes it: a team's figures (results, boards, forecasts)
     * are those of the reps in it now, so the rep's deals, open and closed, past periods included, count in the new
     * team once the move is made. Their quotas are theirs and go with them.
     */
    public static String along(String who, String from, String to) {
        return who + "'s deals stay " + who + "'s, open and closed. Team figures (results, boards, forecasts) count "
                + "the deals of the reps in a team now, in every period, past ones included: from the move on "
                + from + "'s figures leave " + who + "'s deals out and " + to + "'s count them. " + who
                + "'s quotas and join date go with them; an onboarding checklist opens for them in " + to
                + ", and "
                + who + "'s open sessions end (their scope changes).";
    }

    /** The move named: "Courtney Brown: Team A → Team B". */
    public String named() {
        return rep + ": " + fromTeam + " → " + toTeam;
    }

    /** The move in words, as a team file's is said. */
    public String text() {
        return sentence(rep, fromTeam, toTeam);
    }

    /** What goes along with the rep ({@link #along}). */
    public String consequences() {
        return along(rep, fromTeam, toTeam);
    }
}
