package dev.migrator.testsupport;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Names for fresh schemas and databases. Random rather than counted, so that test JVMs running at the
 * same time against one server (parallel CI jobs, a developer's IDE) do not collide.
 */
final class FreshNames {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FreshNames() {
    }

    /** A lower-case identifier such as {@code mt_3f9a0c12d4e6b7a8}, valid unquoted on every database. */
    static String next() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "mt_" + HexFormat.of().formatHex(bytes);
    }
}
