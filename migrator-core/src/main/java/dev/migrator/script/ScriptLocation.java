package dev.migrator.script;

import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * The Java package that holds a project's migrations: the {@code @Revision} classes and, as resources at the same
 * path, the {@code .sql} scripts. Subpackages belong to the location too; nothing else on the classpath is scanned.
 */
public final class ScriptLocation {

    private final String packageName;

    private ScriptLocation(String packageName) {
        this.packageName = packageName;
    }

    /**
     * @param packageName a package name such as {@code com.example.db.migrations}
     * @throws IllegalArgumentException if it is not a valid package name
     */
    public static ScriptLocation of(String packageName) {
        Objects.requireNonNull(packageName, "packageName");
        if (!SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name. Give the script"
                    + " location as a package such as com.example.db.migrations, not as a path.");
        }
        return new ScriptLocation(packageName);
    }

    public String packageName() {
        return packageName;
    }

    /** The package as a classpath resource path, for example {@code com/example/db/migrations}. */
    public String resourcePath() {
        return packageName.replace('.', '/');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScriptLocation location && location.packageName.equals(packageName);
    }

    @Override
    public int hashCode() {
        return packageName.hashCode();
    }

    @Override
    public String toString() {
        return packageName;
    }
}
