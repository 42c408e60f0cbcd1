package dev.frontline.home;

import dev.frontline.shared.SalesPeriod;
import java.util.List;

/** Teams side by side for a period: the director's office, the admin's whole company. */
public record Overview(String heading, SalesPeriod period, boolean current, List<TeamTotal> teams, String chart) {
}
