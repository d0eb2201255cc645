package memoryimport.job;

import memoryimport.store.FileRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/** After register: a run with no new or changed file (export or overrides) ends there, without an empty run folder. */
public class NothingToDoDecider implements JobExecutionDecider {

    public static final String NOTHING_TO_DO = "NOTHING_TO_DO";
    public static final String WORK = "WORK";

    private final FileRegistry registry;

    public NothingToDoDecider(FileRegistry registry) {
        this.registry = registry;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        String runId = jobExecution.getJobParameters().getString("runId");
        boolean anythingToRead = registry.files(runId).stream().anyMatch(FileRegistry.RegisteredFile::toRead);
        return new FlowExecutionStatus(anythingToRead ? WORK : NOTHING_TO_DO);
    }
}
