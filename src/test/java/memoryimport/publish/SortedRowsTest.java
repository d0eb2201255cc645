package memoryimport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedRowsTest {

    @TempDir
    Path dir;

    @Test
    void rowsComeOutInKeyOrderAcrossTemporaryFilesAndNoFileIsLeft() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keys.add((i % 3 == 0 ? "User-" : "user-") + i);
        }
        Collections.shuffle(keys, new Random(7));
        String longRow = "x".repeat(70_000) + "\n"; // longer than DataOutput.writeUTF allows
        StringWriter out = new StringWriter();
        try (SortedRows rows = new SortedRows(dir, 1_000)) {
            for (String key : keys) {
                rows.add(key, key.equals("user-250") ? longRow : key + "\n");
            }
            try (var files = Files.list(dir)) {
                assertThat(files.count()).as("runs spilled to files").isGreaterThan(1);
            }
            rows.writeTo(out);
        }

        List<String> expected = new ArrayList<>(keys);
        expected.sort(SortedRows.KEY_ORDER);
        List<String> written = out.toString().lines().map(l -> l.startsWith("x") ? "user-250" : l).toList();
        assertThat(written).containsExactlyElementsOf(expected);
        assertThat(out.toString()).contains(longRow);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void keysIgnoreCaseFirstThenTellCaseApart() {
        List<String> keys = new ArrayList<>(List.of("bob", "Anna", "anna", "Bob", "carl"));
        keys.sort(SortedRows.KEY_ORDER);
        assertThat(keys).containsExactly("Anna", "anna", "Bob", "bob", "carl");
    }
}
