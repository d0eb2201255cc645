package memoryimport.job;

import memoryimport.model.ScreenedEntry;
import memoryimport.store.EntryStaging;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Stages a parse partition's chunks for the decide step. The staging's mark is saved with each chunk's commit, and a
 * restarted partition first rewinds to it: entries of a chunk that never committed are read, and staged, again.
 */
public class StagingWriter implements ItemStreamWriter<ScreenedEntry> {

    private static final String MARK = "staging.mark";

    private final EntryStaging staging;
    private final String runId;
    private final int partition;
    private EntryStaging.Appender appender;

    public StagingWriter(EntryStaging staging, String runId, int partition) {
        this.staging = staging;
        this.runId = runId;
        this.partition = partition;
    }

    @Override
    public void open(ExecutionContext context) {
        appender = staging.appender(runId, partition);
        appender.rewindTo(context.getString(MARK, ""));
    }

    @Override
    public void write(Chunk<? extends ScreenedEntry> chunk) {
        appender.append(chunk.getItems());
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(MARK, appender.mark());
    }

    @Override
    public void close() {
        if (appender != null) {
            appender.close();
        }
    }
}
