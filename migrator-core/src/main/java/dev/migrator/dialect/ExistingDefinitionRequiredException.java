package dev.migrator.dialect;

/**
 * Thrown when a database needs to know part of a column's current definition to alter it, and the
 * migration did not state it. MariaDB and MySQL, for example, restate the whole column in
 * {@code MODIFY COLUMN}, so changing only nullability still needs the existing type.
 */
public class ExistingDefinitionRequiredException extends RuntimeException {

    public ExistingDefinitionRequiredException(String database, String object, String missingHint, String why) {
        this(database + " " + why + " (" + object + "), so it needs the column's current " + missingHint
                + ": add ." + hintMethod(missingHint) + "(...) to the alterColumn call.");
    }

    private ExistingDefinitionRequiredException(String message) {
        super(message);
    }

    /**
     * The migration did not say whether the column is an identity. Unlike the other hints both answers
     * are meaningful, so the message says what each one does.
     */
    public static ExistingDefinitionRequiredException identityUnknown(String database, String object, String why) {
        return new ExistingDefinitionRequiredException(database + " " + why + " (" + object + "), so it needs to"
                + " know whether the column is an identity (AUTO_INCREMENT) now: add .existingIdentity(true) to the"
                + " alterColumn call to keep it, or .existingIdentity(false) if the column has none.");
    }

    private static String hintMethod(String missingHint) {
        return "existing" + Character.toUpperCase(missingHint.charAt(0)) + missingHint.substring(1);
    }
}
