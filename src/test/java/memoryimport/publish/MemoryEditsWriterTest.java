package memoryimport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryEditsWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesOneJsonObjectALineAndTheImportBoxForm() throws IOException {
        List<MemoryEdit> edits = List.of(
                new MemoryEdit("add", "e1", "Prefers \"Java\"\nand Kotlin ✓", "tools", "2024-05-01",
                        List.of(new MemoryEdit.Source("e1", "ann/a.md", 3), new MemoryEdit.Source("e2", "ann/b.md", 9)),
                        null),
                new MemoryEdit("replace", "e3", "Works at Acme", "work_role", null,
                        List.of(new MemoryEdit.Source("e3", "ann/a.md", 4)), new MemoryEdit.Replaced("e0", "Works at Initech")),
                new MemoryEdit("remove", "e4", "Uses Vim", null, "2023", List.of(), null));

        new MemoryEditsWriter(dir).write("ann", edits);

        assertThat(Files.readString(dir.resolve("ann.jsonl"))).isEqualTo(
                "{\"op\":\"add\",\"user_id\":\"ann\",\"entry_id\":\"e1\",\"text\":\"Prefers \\\"Java\\\"\\nand Kotlin ✓\","
                        + "\"category\":\"tools\",\"saved_at\":\"2024-05-01\",\"sources\":[{\"entry_id\":\"e1\","
                        + "\"file\":\"ann/a.md\",\"line\":3},{\"entry_id\":\"e2\",\"file\":\"ann/b.md\",\"line\":9}]}\n"
                        + "{\"op\":\"replace\",\"user_id\":\"ann\",\"entry_id\":\"e3\",\"text\":\"Works at Acme\","
                        + "\"category\":\"work_role\",\"saved_at\":null,\"replaces\":{\"entry_id\":\"e0\",\"text\":"
                        + "\"Works at Initech\"},\"sources\":[{\"entry_id\":\"e3\",\"file\":\"ann/a.md\",\"line\":4}]}\n"
                        + "{\"op\":\"remove\",\"user_id\":\"ann\",\"entry_id\":\"e4\",\"text\":\"Uses Vim\",\"category\":null,"
                        + "\"saved_at\":\"2023\",\"sources\":[]}\n");
        assertThat(Files.readString(dir.resolve("ann.txt")))
                .isEqualTo("[2024-05-01] - Prefers \"Java\" and Kotlin ✓\n[unknown] - Works at Acme\n");
    }

    @Test
    void aUserWithoutEditsGetsNoFiles() throws IOException {
        new MemoryEditsWriter(dir).write("bob", List.of());

        assertThat(dir.resolve("bob.jsonl")).doesNotExist();
        assertThat(dir.resolve("bob.txt")).doesNotExist();
    }
}
