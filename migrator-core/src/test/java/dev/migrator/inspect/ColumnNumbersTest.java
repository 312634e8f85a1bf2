package dev.migrator.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnNumbersTest {

    @Test
    void readsAnArrayAndAVectorInOrder() {
        assertThat(ColumnNumbers.parse("{3,1,12}")).containsExactly(3, 1, 12);
        assertThat(ColumnNumbers.parse("2 0 10")).containsExactly(2, 0, 10);
    }

    @Test
    void nullAndEmptyAreNoColumns() {
        assertThat(ColumnNumbers.parse(null)).isEmpty();
        assertThat(ColumnNumbers.parse("{}")).isEmpty();
        assertThat(ColumnNumbers.parse("")).isEmpty();
    }
}
