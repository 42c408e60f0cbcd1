package dev.frontline.coaching.web;

/**
 * What the viewer may do with a rep's coaching.
 *
 * @param manage      the rep's manager: cadence, scheduling, plans, private notes
 * @param party       the rep or their manager: agenda, shared notes, actions
 * @param self        the rep themself: asks for coaching topics
 * @param readPrivate the manager or the director: private notes (audited)
 */
public record Can(boolean manage, boolean party, boolean self, boolean readPrivate) {
}
