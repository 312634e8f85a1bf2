package dev.migrator.script;

/**
 * Nothing on the classpath exists at the configured script location.
 */
public final class ScriptLocationNotFoundException extends ScriptException {

    ScriptLocationNotFoundException(ScriptLocation location) {
        super("No migration scripts location '" + location.packageName() + "' on the classpath (looked for "
                + location.resourcePath() + "/). Create the package " + location.packageName()
                + " (a directory src/main/java/" + location.resourcePath() + " or src/main/resources/"
                + location.resourcePath() + ") or configure the location where your migrations are.");
    }
}
