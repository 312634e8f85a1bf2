package dev.migrator.script;

/** Source text of small migration classes for in-test compilation. */
final class MigrationSources {

    private MigrationSources() {
    }

    /** A valid migration class with the given annotation attributes, for example {@code id = "a1", down = "a0"}. */
    static String migration(String className, String revisionAttributes) {
        return migration(className, revisionAttributes, "");
    }

    static String migration(String className, String revisionAttributes, String body) {
        int dot = className.lastIndexOf('.');
        return "package " + className.substring(0, dot) + ";\n"
                + "import dev.migrator.Migration;\n"
                + "import dev.migrator.Revision;\n"
                + "import dev.migrator.operations.Operations;\n"
                + "@Revision(" + revisionAttributes + ")\n"
                + "public class " + className.substring(dot + 1) + " implements Migration {\n"
                + body + "\n"
                + "  public void upgrade(Operations op) { op.execute(\"upgrade " + className + "\"); }\n"
                + "  public void downgrade(Operations op) { }\n"
                + "}\n";
    }
}
