package dev.frontline.coaching.web;

import dev.frontline.coaching.TeamCoachingView;
import java.util.List;

/** The coaching cadence of every team in scope, side by side. */
public record OverviewPage(String heading, List<TeamCoachingView> teams, Times t) {
}
