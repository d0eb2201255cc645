package memoryimport.job;

import memoryimport.store.EntryStaging;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * After publish: the staged (masked) entry texts are no longer needed. Deletes them a slice of buckets per call, so
 * each slice commits on its own: one transaction deleting a whole run from a table makes the database hold every
 * deleted row until the commit (a 1M-entry run ran out of heap that way). Deleting again what is gone is harmless.
 */
public class ClearStagingTasklet implements Tasklet {

    private final EntryStaging staging;
    private final String runId;
    private int from;

    public ClearStagingTasklet(EntryStaging staging, String runId) {
        this.staging = staging;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        int to = Math.min(from + EntryStaging.SLICE, EntryStaging.BUCKETS);
        staging.clear(runId, from, to);
        from = to;
        return RepeatStatus.continueIf(from < EntryStaging.BUCKETS);
    }
}
