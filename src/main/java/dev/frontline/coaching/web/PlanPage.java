package dev.frontline.coaching.web;

import dev.frontline.coaching.PlanProgress;
import dev.frontline.organization.Member;

/** One coaching plan's page with its chart. */
public record PlanPage(PlanProgress progress, Member rep, Can can, String chart, Times t, Flash flash) {
}
