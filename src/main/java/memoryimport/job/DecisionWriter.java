package memoryimport.job;

import java.util.List;
import memoryimport.model.Decision;
import memoryimport.model.DecisionKind;
import memoryimport.model.Memory;
import memoryimport.store.DecisionStore;
import memoryimport.store.MemoryStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's decisions, takes replaced memories out of the memory store and adds what it kept, in the chunk's transaction. Without a memory
 * store (a dry run) it writes the decisions only.
 */
public class DecisionWriter implements ItemWriter<Decision> {

    private final String runId;
    private final DecisionStore decisions;
    private final MemoryStore memories;

    public DecisionWriter(String runId, DecisionStore decisions, MemoryStore memories) {
        this.runId = runId;
        this.decisions = decisions;
        this.memories = memories;
    }

    @Override
    public void write(Chunk<? extends Decision> chunk) {
        decisions.save(runId, chunk.getItems());
        List<Memory> kept = chunk.getItems().stream()
                .filter(d -> d.decision() == DecisionKind.KEPT)
                .map(d -> new Memory(d.entryId(), d.entry().userId(), d.entry().text(), d.category(),
                        d.entry().savedAt(), runId))
                .toList();
        List<String[]> replaced = chunk.getItems().stream().filter(d -> d.replaces() != null)
                .map(d -> new String[] {d.entry().userId(), d.replaces()}).toList();
        if (memories != null && !replaced.isEmpty()) {
            memories.remove(replaced);
        }
        if (memories != null && !kept.isEmpty()) {
            memories.add(kept);
        }
    }
}
