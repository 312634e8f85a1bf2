package dev.migrator.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RevisionClassNamesTest {

    @Test
    void camelCasesTheWordsOfTheMessage() {
        assertThat(RevisionClassNames.of("1975ea83b712", "add account table"))
                .isEqualTo("V1975ea83b712_AddAccountTable");
    }

    @Test
    void dropsCharactersThatCannotBeInANameAndKeepsTheCaseOfTheRest() {
        assertThat(RevisionClassNames.of("ab", "Add 'API' key (v2) -- for users' e-mail!"))
                .isEqualTo("Vab_AddAPIKeyV2ForUsersEMail");
    }

    @Test
    void aMessageWithoutWordsGivesJustTheId() {
        assertThat(RevisionClassNames.of("ab", "")).isEqualTo("Vab");
        assertThat(RevisionClassNames.of("ab", " -- !! ")).isEqualTo("Vab");
    }

    @Test
    void cutsLongMessagesAtAWord() {
        String name = RevisionClassNames.camelCase("add the table that holds every invoice line of every customer");

        assertThat(name).isEqualTo("AddTheTableThatHoldsEveryInvoiceLineOf");
        assertThat(name.length()).isLessThanOrEqualTo(RevisionClassNames.MAX_MESSAGE_LENGTH);
    }

    @Test
    void cutsASingleOverlongWord() {
        assertThat(RevisionClassNames.camelCase("x".repeat(60))).isEqualTo("X" + "x".repeat(39));
    }

    @Test
    void replacesIdCharactersThatCannotBeInAName() {
        assertThat(RevisionClassNames.of("v1.2", "init")).isEqualTo("Vv1_2_Init");
    }
}
