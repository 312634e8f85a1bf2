package dev.migrator.script;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a scan of a script location found, by name only: no class has been loaded.
 *
 * @param classNames binary names of every class file in the location and its subpackages
 * @param sqlFiles the {@code .sql} resources, each once even if several classpath roots hold it
 */
record LocationContents(List<String> classNames, List<SqlFile> sqlFiles) {

    /** A SQL script's resource path and its text. */
    record SqlFile(String path, String text) {
    }

    LocationContents {
        classNames = List.copyOf(classNames);
        sqlFiles = List.copyOf(sqlFiles);
    }

    /** The packages that contain at least one class: where revision indexes may exist. */
    Set<String> packagesWithClasses() {
        return classNames.stream()
                .map(name -> name.substring(0, Math.max(0, name.lastIndexOf('.'))))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
