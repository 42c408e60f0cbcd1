package dev.frontline.home;

import dev.frontline.shared.SalesPeriod;
import java.util.List;

/** Teams side by side for a period, a page of them: the director's office, the admin's whole company. */
public record Overview(String heading, SalesPeriod period, boolean current, Teams teams, String chart) {

    /**
     * One page of the teams.
     *
     * @param number the page, from 0
     * @param size   teams a page
     * @param total  teams in scope
     */
    public record Teams(List<TeamTotal> rows, int number, int size, int total) {

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return (long) (number + 1) * size < total;
        }

        public boolean paged() {
            return total > size;
        }

        /** "Teams 51–100 of 600", or "600 teams" on a single page. */
        public String text() {
            if (!paged()) {
                return total + (total == 1 ? " team" : " teams");
            }
            int first = number * size + 1;
            return "Teams " + first + "–" + (first + rows.size() - 1) + " of " + total;
        }
    }
}
