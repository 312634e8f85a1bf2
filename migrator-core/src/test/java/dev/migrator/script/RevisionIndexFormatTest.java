package dev.migrator.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionIndexFormatTest {

    @Test
    void roundTripsMessagesWithTabsNewlinesBackslashesAndUnicode() {
        String message = "Tabs\there,\nnew lines\r\n, back\\slashes \\t, control \u0001 and ünïcødé 📚";
        RevisionIndexFormat.Entry entry = new RevisionIndexFormat.Entry("com.example.V1$Nested",
                new RevisionMetadata("3f2a1b4c5d6e", List.of("aaa", "bbb"), List.of("reporting"),
                        List.of("odd,label"), message, "2026-11-29T10:15:30Z"));

        String text = RevisionIndexFormat.write(List.of(entry));

        assertThat(text.lines().skip(2)).singleElement()
                .satisfies(line -> assertThat(line.split("\t", -1)).hasSize(7));
        assertThat(RevisionIndexFormat.read(text)).hasValue(List.of(entry));
    }

    @Test
    void writesOneLinePerClassSortedByClassName() {
        RevisionMetadata base = new RevisionMetadata("a1", List.of(), List.of(), List.of(), "", "");
        String text = RevisionIndexFormat.write(List.of(new RevisionIndexFormat.Entry("p.B", base),
                new RevisionIndexFormat.Entry("p.A", base)));
        assertThat(text).isEqualTo(RevisionIndexFormat.FIRST_LINE + "\n"
                + "# class\tid\tdown\tbranch-labels\tdepends-on\tcreated\tmessage\n"
                + "p.A\ta1\t\t\t\t\t\n"
                + "p.B\ta1\t\t\t\t\t\n");
    }

    @Test
    void ignoresTextInAnotherFormat() {
        assertThat(RevisionIndexFormat.read("# migrator revision index 99\nx\ty\n")).isEmpty();
        assertThat(RevisionIndexFormat.read(RevisionIndexFormat.FIRST_LINE + "\nonly\tthree\tfields\n")).isEmpty();
        assertThat(RevisionIndexFormat.read(RevisionIndexFormat.FIRST_LINE + "\np.A\ta\\q\t\t\t\t\t\n")).isEmpty();
    }
}
