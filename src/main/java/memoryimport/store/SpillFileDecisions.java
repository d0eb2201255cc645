package memoryimport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.Entry;

/**
 * Decisions in local files under {@code ROOT/<run-id>/}, for runs whose partitions all run in this process: no
 * database row per entry (see {@link SpillFiles}). Kept after the run, as a reviewer's overrides look decisions up.
 */
public class SpillFileDecisions extends SpillFileStore<Decision> implements DecisionStore {

    /** The order publish reads decisions in: the order decide made them ({@link EntryStaging#ENTRY_ORDER}). */
    static final Comparator<Decision> DECIDED_ORDER = Comparator.comparing(Decision::entry, EntryStaging.ENTRY_ORDER);

    private static final SpillFiles.Codec<Decision> CODEC = new SpillFiles.Codec<>() {
        @Override
        public void write(SpillOutput out, Decision d) throws IOException {
            Entry e = d.entry();
            out.writeString(e.userId());
            out.writeString(e.sourceFile());
            out.writeInt(e.line());
            out.writeString(e.id());
            out.writeString(e.savedAt());
            out.writeString(e.text());
            out.writeString(d.decision().word());
            out.writeString(d.category());
            out.writeString(d.reason());
            out.writeString(d.duplicateOf());
            out.writeString(d.replaces());
            out.writeString(d.replacedText());
        }

        @Override
        public Decision read(SpillInput in) throws IOException {
            String userId = in.readString();
            String sourceFile = in.readString();
            int line = in.readInt();
            String id = in.readString();
            Entry entry = new Entry(userId, sourceFile, line, in.readString(), null, in.readString(), null, id);
            return new Decision(entry, DecisionKind.fromWord(in.readString()), in.readString(),
                    in.readString(), in.readString(), in.readString(),
                    in.readString());
        }

        @Override
        public String userOf(Decision d) {
            return d.entry().userId();
        }
    };

    public SpillFileDecisions(Path root) {
        this(root, SpillFiles.IN_MEMORY_BYTES);
    }

    /** @param inMemoryBytes a slice whose files are larger is read a bucket at a time */
    public SpillFileDecisions(Path root, long inMemoryBytes) {
        super(root, CODEC, inMemoryBytes);
    }

    /** Streamed as decide wrote them: a slice's decisions come from the one partition that decided it, in order. */
    @Override
    public void forEachByUser(String runId, Consumer<Decision> action) {
        files(runId).forEachInOrder(DECIDED_ORDER, action);
    }

    @Override
    public List<String> runsNewestFirst() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> runs = Files.list(root)) {
            return runs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
