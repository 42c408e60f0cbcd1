package dev.frontline.coaching.web;

import dev.frontline.coaching.Meeting;
import dev.frontline.coaching.ShownAction;
import dev.frontline.organization.Member;
import java.util.List;

/** One 1:1's page. */
public record MeetingPage(Meeting meeting, Member rep, Can can, Times t, Flash flash) {

    public List<ShownAction> carried() {
        return meeting.actions().stream().filter(ShownAction::carriedOver).toList();
    }

    public List<ShownAction> raisedHere() {
        return meeting.actions().stream().filter(a -> !a.carriedOver()).toList();
    }
}
