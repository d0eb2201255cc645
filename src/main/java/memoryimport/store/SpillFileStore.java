package memoryimport.store;

import java.nio.file.Path;

/** What the stores kept in spill files share: a folder with one {@link SpillFiles} per run, and appending to it. */
abstract class SpillFileStore<T> {

    final Path root;
    private final SpillFiles.Codec<T> codec;
    private final long inMemoryBytes;

    /** @param inMemoryBytes a slice whose files are larger is read a bucket at a time */
    SpillFileStore(Path root, SpillFiles.Codec<T> codec, long inMemoryBytes) {
        this.root = root;
        this.codec = codec;
        this.inMemoryBytes = inMemoryBytes;
    }

    SpillFiles<T> files(String runId) {
        return new SpillFiles<>(root.resolve(runId), codec, inMemoryBytes);
    }

    /** Where one partition of run {@code runId} appends. */
    public Appender<T> appender(String runId, int partition) {
        return files(runId).appender(partition);
    }
}
