package memoryimport.job;

import memoryimport.model.ScreenedEntry;
import memoryimport.store.EntryStaging;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages a chunk of screened entries for the decide step. */
public class StagingWriter implements ItemWriter<ScreenedEntry> {

    private final String runId;
    private final EntryStaging staging;

    public StagingWriter(String runId, EntryStaging staging) {
        this.runId = runId;
        this.staging = staging;
    }

    @Override
    public void write(Chunk<? extends ScreenedEntry> chunk) {
        staging.stage(runId, chunk.getItems());
    }
}
