package dev.migrator.autoconfigure;

import dev.migrator.dialect.Dialects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * Checks of single property values, run by the setters while Boot binds them. A check that throws makes Boot's
 * binder fail start-up with a report that names the property, its value and where it was set, followed by the
 * reason given here.
 */
final class PropertyChecks {

    private PropertyChecks() {
    }

    static String packageName(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The migration package must not be blank. Give the Java package that"
                    + " holds the migrations, for example com.example.db.migrations.");
        }
        String trimmed = value.trim();
        if (!SourceVersion.isName(trimmed)) {
            throw new IllegalArgumentException("'" + value + "' is not a Java package name. Give a package such as"
                    + " com.example.db.migrations, with dots, not a path with slashes.");
        }
        return trimmed;
    }

    static List<String> packageNames(List<String> values) {
        List<String> checked = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (!SourceVersion.isName(value.trim())) {
                    throw new IllegalArgumentException("'" + value + "' is not a Java package name. List entity"
                            + " packages such as com.example.model.");
                }
                checked.add(value.trim());
            }
        }
        return checked;
    }

    static String notBlank(String value, String expected) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The value must not be blank; give " + expected + ".");
        }
        return value.trim();
    }

    static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Duration notNegative(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("The lock timeout must be zero or positive, for example 30s or 2m;"
                    + " was " + value + ".");
        }
        return value;
    }

    /** Fails for a dialect name no dialect on the classpath answers to; the message lists the known ones. */
    static String dialect(String value) {
        String name = blankAsNull(value);
        if (name != null) {
            Dialects.forName(name);
        }
        return name;
    }
}
