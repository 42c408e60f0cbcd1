package dev.frontline.coaching;

/**
 * An action as one meeting shows it.
 *
 * @param carriedOver raised in an earlier meeting and still open when this one started
 * @param doneSince   marked done after this meeting started (so it was open during it)
 */
public record ShownAction(ActionItem action, boolean carriedOver, boolean doneSince) {
}
