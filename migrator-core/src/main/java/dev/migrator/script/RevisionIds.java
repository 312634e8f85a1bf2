package dev.migrator.script;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * Creates revision ids and checks ids and branch labels written by people.
 *
 * <p>Ids and labels appear inside target expressions such as {@code reporting@head}, {@code 3f2a1b4c5d6e+2} and
 * {@code base:head}, and id lists in SQL headers are separated by spaces or commas. So an id or label must not be
 * empty, must not contain whitespace, control characters or any of {@code @ - + : ,}, and must not be one of the
 * words {@code base}, {@code head} or {@code heads}.
 */
public final class RevisionIds {

    private static final int GENERATED_LENGTH = 12;
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    private static final String TARGET_SYNTAX = "@-+:,";
    private static final Set<String> TARGET_WORDS = Set.of("base", "head", "heads");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionIds() {
    }

    /** A new id of 12 random lowercase hexadecimal characters, for example {@code 3f2a1b4c5d6e}. */
    public static String generate() {
        byte[] bytes = new byte[GENERATED_LENGTH / 2];
        RANDOM.nextBytes(bytes);
        char[] id = new char[GENERATED_LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            id[2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xf];
            id[2 * i + 1] = HEX_DIGITS[bytes[i] & 0xf];
        }
        return new String(id);
    }

    /**
     * Returns {@code id} if it can be used as a revision id.
     *
     * @throws InvalidRevisionIdException saying what is wrong with it
     */
    public static String requireValidId(String id) {
        problemWith("revision id", id).ifPresent(problem -> {
            throw new InvalidRevisionIdException(problem);
        });
        return id;
    }

    /**
     * Returns {@code label} if it can be used as a branch label.
     *
     * @throws InvalidRevisionIdException saying what is wrong with it
     */
    public static String requireValidBranchLabel(String label) {
        problemWith("branch label", label).ifPresent(problem -> {
            throw new InvalidRevisionIdException(problem);
        });
        return label;
    }

    /** Whether {@code id} can be used as a revision id or branch label. */
    public static boolean isValid(String id) {
        return problemWith("revision id", id).isEmpty();
    }

    /**
     * What is wrong with {@code value} as an id or label, phrased for a user, or empty when nothing is.
     *
     * @param what how the message calls the value, for example {@code "branch label"}
     */
    static Optional<String> problemWith(String what, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("A " + what + " must not be empty.");
        }
        if (TARGET_WORDS.contains(value)) {
            return Optional.of("The " + what + " '" + value + "' is a reserved word in targets (base, head, heads);"
                    + " choose another one.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.of("The " + what + " '" + value + "' contains whitespace or a control character;"
                        + " use letters, digits and underscores.");
            }
            if (TARGET_SYNTAX.indexOf(c) >= 0) {
                return Optional.of("The " + what + " '" + value + "' contains '" + c + "', which has a meaning in"
                        + " targets (label@head, rev+2, from:to) and id lists; use letters, digits and underscores.");
            }
        }
        return Optional.empty();
    }
}
