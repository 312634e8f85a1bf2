package dev.migrator.schema;

import java.util.List;

/** Argument checks shared by the model's records. */
final class Names {

    private Names() {
    }

    static String require(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be null or empty");
        }
        return name;
    }

    static List<String> requireColumns(List<String> columns, String what) {
        List<String> copy = List.copyOf(columns);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        copy.forEach(column -> require(column, what + " column"));
        return copy;
    }
}
