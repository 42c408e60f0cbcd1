package dev.frontline.forecast;

import java.time.LocalDate;

/** Months counted from year 0, so that whole-month distances are plain subtraction. */
final class Months {

    private Months() {
    }

    static int index(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    static LocalDate start(int index) {
        return LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
    }
}
