package dev.migrator.autogenerate;

import java.util.Objects;

/** Comments as compared: databases report a missing comment as null or as an empty string. */
final class Comments {

    private Comments() {
    }

    static String orNull(String comment) {
        return comment == null || comment.isEmpty() ? null : comment;
    }

    static boolean same(String target, String live) {
        return Objects.equals(orNull(target), orNull(live));
    }
}
