package memoryimport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFilesTest {

    @TempDir
    Path dir;

    @Test
    void overrideFoldersWithTheSameFilesHaveTheSameFingerprintWhereverTheyAre() throws IOException {
        Path a = folder("a", "dedupe.properties", "near.threshold=0.7\n");
        Path b = folder("b", "dedupe.properties", "near.threshold=0.7\n");
        Path other = folder("c", "dedupe.properties", "near.threshold=0.8\n");
        Path renamed = folder("d", "classifier.properties", "near.threshold=0.7\n");

        assertThat(new RuleFiles(a).fingerprint()).isEqualTo(new RuleFiles(b).fingerprint()).hasSize(64)
                .isNotEqualTo(new RuleFiles(other).fingerprint())
                .isNotEqualTo(new RuleFiles(renamed).fingerprint());
        assertThat(RuleFiles.shipped().fingerprint()).isEqualTo("shipped");
    }

    private Path folder(String name, String file, String content) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve(file), content);
        return folder;
    }
}
