package memoryimport.job;

import java.util.List;
import memoryimport.dedupe.TextNormalizer;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.Memory;
import memoryimport.model.RemovedMemory;
import memoryimport.store.DecisionStore;
import memoryimport.store.MemoryStore;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Appends a decide partition's decisions, takes replaced memories out of the memory store and adds what it kept, in
 * the chunk's transaction. Without a memory store (a dry run) it writes the decisions only.
 */
public class DecisionWriter extends AppendingWriter<Decision> {

    private final String runId;
    private final MemoryStore memories;

    public DecisionWriter(String runId, int partition, DecisionStore decisions, MemoryStore memories) {
        super(() -> decisions.appender(runId, partition));
        this.runId = runId;
        this.memories = memories;
    }

    @Override
    public void write(Chunk<? extends Decision> chunk) {
        super.write(chunk);
        if (memories == null) {
            return;
        }
        List<String[]> replaced = chunk.getItems().stream().filter(d -> d.replaces() != null)
                .map(d -> new String[] {d.entry().userId(), d.replaces()}).toList();
        if (!replaced.isEmpty()) {
            memories.remove(replaced);
            memories.forget(chunk.getItems().stream().filter(d -> d.replaces() != null)
                    .map(d -> new RemovedMemory(d.entry().userId(), TextNormalizer.normalize(d.replacedText()),
                            "replaced by " + d.entryId() + " in run " + runId, d.entry().savedAt(), runId))
                    .toList());
        }
        List<Memory> kept = chunk.getItems().stream()
                .filter(d -> d.decision() == DecisionKind.KEPT)
                .map(d -> new Memory(d.entryId(), d.entry().userId(), d.entry().text(), d.category(),
                        d.entry().savedAt(), runId))
                .toList();
        if (!kept.isEmpty()) {
            memories.add(kept);
        }
    }
}
