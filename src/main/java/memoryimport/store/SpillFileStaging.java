package memoryimport.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;

/**
 * Staging in local files under {@code ROOT/<run-id>/}, for runs whose partitions all run in this process: no database
 * row per entry, which cost more than parsing the line (see {@link SpillFiles}).
 */
public class SpillFileStaging extends SpillFileStore<ScreenedEntry> implements EntryStaging {

    private static final SpillFiles.Codec<ScreenedEntry> CODEC = new SpillFiles.Codec<>() {
        @Override
        public void write(SpillOutput out, ScreenedEntry s) throws IOException {
            Entry e = s.entry();
            out.writeString(e.userId());
            out.writeString(e.sourceFile());
            out.writeInt(e.line());
            out.writeString(e.id());
            out.writeString(e.savedAt());
            out.writeString(e.heading());
            out.writeString(e.text());
            out.writeString(e.invalidReason());
            out.writeBoolean(s.mustDrop());
            out.writeString(FindingCodec.encode(s.findings()));
        }

        @Override
        public ScreenedEntry read(SpillInput in) throws IOException {
            String userId = in.readString();
            String sourceFile = in.readString();
            int line = in.readInt();
            String id = in.readString();
            Entry entry = new Entry(userId, sourceFile, line, in.readString(), in.readString(), in.readString(),
                    in.readString(), id);
            boolean mustDrop = in.readBoolean();
            return new ScreenedEntry(entry, FindingCodec.decode(in.readString()), mustDrop);
        }

        @Override
        public String userOf(ScreenedEntry s) {
            return s.entry().userId();
        }
    };

    public SpillFileStaging(Path root) {
        this(root, SpillFiles.IN_MEMORY_BYTES);
    }

    /** @param inMemoryBytes a slice whose files are larger is read a bucket at a time */
    public SpillFileStaging(Path root, long inMemoryBytes) {
        super(root, CODEC, inMemoryBytes);
    }

    @Override
    public Iterator<ScreenedEntry> slice(String runId, int from, int to) {
        return files(runId).slice(from, to, DECIDE_ORDER);
    }

    @Override
    public void clear(String runId, int from, int to) {
        files(runId).clear(from, to);
    }
}
