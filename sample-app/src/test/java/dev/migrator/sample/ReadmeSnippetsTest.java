package dev.migrator.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's snippets work as written: every Java block compiles against the real API (whole classes
 * as they are, fragments inside a method that has the README's variables), and every property it shows
 * is one Migrator or Spring Boot knows.
 */
class ReadmeSnippetsTest {

    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    /** What a fragment may use without declaring it: the README introduces these names in its prose. */
    private static final String FRAGMENT_CONTEXT = """
            import dev.migrator.command.*;
            import dev.migrator.revision.*;
            import dev.migrator.autoconfigure.MigrationRunner;
            import java.util.*;
            import javax.sql.DataSource;

            class Fragment%d {
                void run(DataSource dataSource, MigrationRunner runner) throws Exception {
            %s
                }
            }
            """;

    private static List<String> blocks(String language) throws IOException {
        String readme = Files.readString(readme());
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(readme);
        while (matcher.find()) {
            if (matcher.group(1).equals(language)) {
                blocks.add(matcher.group(2));
            }
        }
        return blocks;
    }

    private static Path readme() {
        Path here = Path.of("").toAbsolutePath();
        return Stream.of(here.resolve("README.md"), here.getParent().resolve("README.md"))
                .filter(Files::exists).findFirst().orElseThrow(() -> new IllegalStateException("no README.md near " + here));
    }

    @Test
    void everyJavaSnippetCompiles(@TempDir Path sources) throws IOException {
        List<String> snippets = blocks("java");
        assertThat(snippets).isNotEmpty();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            Path file;
            if (snippet.startsWith("package ")) {
                String pkg = snippet.substring(8, snippet.indexOf(';'));
                Matcher type = Pattern.compile("public (?:final )?class (\\w+)").matcher(snippet);
                assertThat(type.find()).as("a class in snippet %d", i).isTrue();
                file = sources.resolve(pkg.replace('.', '/')).resolve(type.group(1) + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, snippet);
            } else {
                file = sources.resolve("Fragment" + i + ".java");
                Files.writeString(file, FRAGMENT_CONTEXT.formatted(i, snippet.indent(8)));
            }
            files.add(file);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        List<String> options = List.of("-proc:none", "-d", sources.resolve("out").toString(),
                "-cp", System.getProperty("java.class.path"));
        boolean compiled;
        try (var fileManager = javac.getStandardFileManager(null, null, null)) {
            compiled = javac.getTask(errors, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
        }
        assertThat(compiled).as("README snippets compile:%n%s", errors).isTrue();
    }

    @Test
    void everyPropertyTheReadmeShowsIsKnown() throws IOException {
        Set<String> known = knownProperties();
        Set<String> shown = new TreeSet<>();
        for (String block : blocks("properties")) {
            Properties properties = new Properties();
            properties.load(new java.io.StringReader(block));
            shown.addAll(properties.stringPropertyNames());
        }
        assertThat(shown).isNotEmpty();
        assertThat(shown).allSatisfy(property -> assertThat(isKnown(property, known))
                .as("%s is a property Spring Boot or Migrator knows", property).isTrue());
    }

    /**
     * A property is known when the metadata names it, or when it is an entry of
     * {@code spring.migrator.instances.<name>.*} whose key is one of Migrator's own properties (each instance
     * takes the top-level keys) or {@code data-source}.
     */
    private static boolean isKnown(String property, Set<String> known) {
        if (known.contains(property)) {
            return true;
        }
        String instances = "spring.migrator.instances.";
        if (!property.startsWith(instances) || property.indexOf('.', instances.length()) < 0) {
            return false;
        }
        String key = property.substring(property.indexOf('.', instances.length()) + 1);
        return key.equals("data-source") || known.contains("spring.migrator." + key);
    }

    /** Every property named in the configuration metadata of the jars on the class path. */
    private static Set<String> knownProperties() throws IOException {
        Set<String> names = new TreeSet<>();
        JsonMapper json = JsonMapper.builder().build();
        var resources = ReadmeSnippetsTest.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
        while (resources.hasMoreElements()) {
            try (InputStream in = resources.nextElement().openStream()) {
                JsonNode properties = json.readTree(in).path("properties");
                properties.forEach(property -> names.add(property.path("name").asString()));
            }
        }
        return names;
    }
}
