package dev.migrator.dialect;

/**
 * Thrown when a database needs to know part of a column's current definition to alter it, and the
 * migration did not state it. MariaDB and MySQL, for example, restate the whole column in
 * {@code MODIFY COLUMN}, so changing only nullability still needs the existing type.
 */
public class ExistingDefinitionRequiredException extends RuntimeException {

    public ExistingDefinitionRequiredException(String database, String object, String missingHint, String why) {
        super(database + " " + why + " (" + object + "), so it needs the column's current " + missingHint
                + ": add ." + hintMethod(missingHint) + "(...) to the alterColumn call.");
    }

    private static String hintMethod(String missingHint) {
        return "existing" + Character.toUpperCase(missingHint.charAt(0)) + missingHint.substring(1);
    }
}
