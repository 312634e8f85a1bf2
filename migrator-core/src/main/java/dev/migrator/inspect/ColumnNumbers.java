package dev.migrator.inspect;

import java.util.Arrays;

/**
 * Column numbers as PostgreSQL prints its key arrays: {@code {1,3}} for an {@code int2[]} such as
 * {@code pg_constraint.conkey}, {@code 1 3} for an {@code int2vector} such as {@code pg_index.indkey}.
 */
final class ColumnNumbers {

    private static final int[] NONE = new int[0];

    private ColumnNumbers() {
    }

    /** The numbers in order; none for null or an empty array. */
    static int[] parse(String text) {
        if (text == null) {
            return NONE;
        }
        int[] numbers = new int[text.length() / 2 + 1];
        int count = 0;
        int value = 0;
        boolean inNumber = false;
        boolean negative = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                inNumber = true;
            } else if (c == '-') {
                negative = true;
            } else if (inNumber) {
                numbers[count++] = negative ? -value : value;
                value = 0;
                inNumber = false;
                negative = false;
            }
        }
        if (inNumber) {
            numbers[count++] = negative ? -value : value;
        }
        return Arrays.copyOf(numbers, count);
    }
}
