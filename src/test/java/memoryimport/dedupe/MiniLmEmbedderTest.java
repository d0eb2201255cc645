package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    @Test
    void leavesNoFolderOfNativeLibrariesInTheTempDirectory() {
        try (MiniLmEmbedder model = new MiniLmEmbedder()) {
            assertThat(model.embed("Uses Kotlin at work")).hasSize(384);
        }

        assertThat(MiniLmEmbedder.nativeLibraryFolder()).as("onnxruntime's folder").isNotNull().doesNotExist();
    }
}
