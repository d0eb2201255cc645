package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/** Which partition requests a worker runs: new ones, orphaned ones; not finished ones, nor ones another worker runs. */
class PartitionWorkerTests {

    private final JobRepository repository = mock(JobRepository.class);
    private final Step step = mock(Step.class);
    private static final DecisionSettings SETTINGS = new DecisionSettings(true, "drop", "shipped");

    private final PartitionWorker worker = new PartitionWorker(repository, name -> step, Duration.ofMinutes(5),
            Duration.ofMillis(10), SETTINGS);

    @Test
    void runsANewPartition() throws Exception {
        StepExecution execution = partition(BatchStatus.STARTING, null);

        worker.handle("parseFiles 7");

        verify(step).execute(execution);
    }

    @Test
    void doesNotRunAPartitionAgainThatHasEnded() throws Exception {
        partition(BatchStatus.COMPLETED, LocalDateTime.now());

        worker.handle("parseFiles 7");

        verify(step, never()).execute(any());
    }

    @Test
    void takesOverAPartitionWhoseWorkerHasCommittedNothingForLong() throws Exception {
        StepExecution execution = partition(BatchStatus.STARTED, LocalDateTime.now().minusMinutes(6));

        worker.handle("parseFiles 7");

        verify(step).execute(execution);
    }

    @Test
    void watchesAPartitionAnotherWorkerRunsUntilItEnds() throws Exception {
        StepExecution running = stepExecution(BatchStatus.STARTED, LocalDateTime.now());
        StepExecution done = stepExecution(BatchStatus.COMPLETED, LocalDateTime.now());
        when(repository.getStepExecution(7L)).thenReturn(running, running, done);

        worker.handle("parseFiles 7");

        verify(step, never()).execute(any());
    }

    @Test
    void aFailingStepIsRecordedAsAFailedPartition() throws Exception {
        StepExecution execution = partition(BatchStatus.STARTING, null);
        org.mockito.Mockito.doThrow(new IllegalStateException("boom")).when(step).execute(execution);

        worker.handle("parseFiles 7");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getFailureExceptions()).extracting(Throwable::getMessage).containsExactly("boom");
        verify(repository).update(execution);
    }

    @Test
    void refusesAPartitionOfARunStartedWithOtherDecisionOptions() throws Exception {
        StepExecution execution = partition(BatchStatus.STARTING, null,
                new DecisionSettings(false, "mask", "shipped").addTo(new JobParametersBuilder().addString("runId", "r1")));

        worker.handle("decideUsers 7");

        verify(step, never()).execute(any());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getFailureExceptions()).extracting(Throwable::getMessage).singleElement().asString()
                .contains("run r1", "--paraphrase=true here, false in the run", "--contact-policy=drop here, mask in the run");
        verify(repository).update(execution);
    }

    @Test
    void runsAPartitionOfARunStartedWithTheSameDecisionOptions() throws Exception {
        StepExecution execution = partition(BatchStatus.STARTING, null,
                SETTINGS.addTo(new JobParametersBuilder().addString("runId", "r1")));

        worker.handle("decideUsers 7");

        verify(step).execute(execution);
    }

    private StepExecution partition(BatchStatus status, LocalDateTime lastUpdated) {
        return partition(status, lastUpdated, new JobParametersBuilder().addString("runId", "r1"));
    }

    private StepExecution partition(BatchStatus status, LocalDateTime lastUpdated, JobParametersBuilder parameters) {
        StepExecution execution = stepExecution(status, lastUpdated, parameters);
        when(repository.getStepExecution(7L)).thenReturn(execution);
        return execution;
    }

    private static StepExecution stepExecution(BatchStatus status, LocalDateTime lastUpdated) {
        return stepExecution(status, lastUpdated, new JobParametersBuilder().addString("runId", "r1"));
    }

    private static StepExecution stepExecution(BatchStatus status, LocalDateTime lastUpdated,
                                               JobParametersBuilder parameters) {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, MemoryImportJobConfiguration.JOB_NAME),
                parameters.toJobParameters());
        StepExecution execution = new StepExecution(7L, "parseFiles:partition0", job);
        execution.setStatus(status);
        execution.setLastUpdated(lastUpdated);
        return execution;
    }
}
