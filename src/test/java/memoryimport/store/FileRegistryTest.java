package memoryimport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import memoryimport.store.FileRegistry.Fingerprint;
import memoryimport.store.FileRegistry.RegisteredFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FileRegistryTest {

    private FileRegistry registry;

    @BeforeEach
    void database() {
        registry = new FileRegistry(InMemoryDatabase.withSchema());
    }

    @Test
    void aPublishedRunsReadFilesAndOverridesCountAsImportedByPathAndFingerprint() {
        // given a run that read two exports, applied overrides and passed over two files
        registry.record("r1", List.of(file(0, "ann/a.md", "aaa", FileRegistry.PENDING),
                file(1, "ann/b.json", "bbb", FileRegistry.PENDING),
                file(2, "overrides.csv", "ooo", FileRegistry.OVERRIDES),
                file(3, "ann/photo.png", "ppp", FileRegistry.UNSUPPORTED),
                file(4, "ann/old.md", "zzz", FileRegistry.ALREADY_IMPORTED)));

        // when it is marked imported, twice (a resumed publish)
        registry.markImported("r1");
        registry.markImported("r1");

        // then exactly its read files count, each with its own fingerprint only
        assertThat(registry.imported(List.of(new Fingerprint("ann/a.md", "aaa"), new Fingerprint("ann/b.json", "bbb"),
                new Fingerprint("overrides.csv", "ooo"), new Fingerprint("ann/photo.png", "ppp"),
                new Fingerprint("ann/old.md", "zzz"), new Fingerprint("ann/a.md", "changed"))))
                .containsExactlyInAnyOrder(new Fingerprint("ann/a.md", "aaa"), new Fingerprint("ann/b.json", "bbb"),
                        new Fingerprint("overrides.csv", "ooo"));
    }

    @Test
    void importedFilesAreFoundAmongMoreFilesThanOneLookupTakes() {
        // given 1,200 files of an earlier run, every third one since changed
        List<RegisteredFile> earlier = new ArrayList<>();
        List<Fingerprint> now = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            earlier.add(file(i, "user-" + i + "/export.md", "sha" + i, FileRegistry.PENDING));
            now.add(new Fingerprint("user-" + i + "/export.md", i % 3 == 0 ? "changed" + i : "sha" + i));
        }
        registry.record("r1", earlier);
        registry.markImported("r1");

        // when / then
        assertThat(registry.imported(now)).hasSize(800).allMatch(f -> f.sha256().startsWith("sha"));
        assertThat(registry.imported(List.of())).isEmpty();
    }

    private static RegisteredFile file(int no, String path, String sha256, String status) {
        return new RegisteredFile(no, path, sha256, 10, "text", status, null);
    }
}
