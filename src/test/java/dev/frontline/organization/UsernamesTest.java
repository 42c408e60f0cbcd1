package dev.frontline.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsernamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Cara Losch, cara.losch",
            "Mei-Mei Johns, mei-mei.johns",
            "Director Central, director.central",
            "'  Rosie   Papadopoulos ', rosie.papadopoulos",
            "Zoë Ågren, zoe.agren",
            "Anna van der Berg, anna.van.der.berg",
            "Seán O'Brien, sean.obrien",
            "Cher, cher"
    })
    void makesFirstDotLastInLowerCaseFromAFullName(String fullName, String username) {
        assertThat(Usernames.ofFullName(fullName)).isEqualTo(username);
    }

    @Test
    void splitsTheFirstNameFromTheRest() {
        assertThat(Usernames.split(" Anna  van der Berg ")).containsExactly("Anna", "van der Berg");
        assertThat(Usernames.split("Cher")).containsExactly("Cher", "");
    }
}
