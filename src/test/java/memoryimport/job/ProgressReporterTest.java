package memoryimport.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class ProgressReporterTest {

    private final LocalDateTime now = LocalDateTime.of(2026, 11, 27, 3, 5, 21);

    @Test
    void aStepsFirstLineRatesItOverTheTimeSinceItStartedNotTheWholeInterval() {
        // given: parse staged a million entries; decide started two seconds ago and wrote 2,000
        JobExecution job = new JobExecution(1L, new JobInstance(1L, MemoryImportJobConfiguration.JOB_NAME),
                new JobParameters());
        StepExecution parse = worker(job, "parseFiles:partition0", BatchStatus.COMPLETED, 1_000_000, now.minusSeconds(30));
        StepExecution decide = worker(job, "decideUsers:partition0", BatchStatus.STARTED, 2_000, now.minusSeconds(2));
        job.addStepExecutions(List.of(parse, decide));
        ProgressReporter reporter = new ProgressReporter(Duration.ofSeconds(10), null);

        // when: the reporter ticks now and ten seconds later
        List<String> first = reporter.report(job, now);
        decide.setWriteCount(402_000);
        List<String> second = reporter.report(job, now.plusSeconds(10));

        // then: 1,000/s over its two seconds, then 40,000/s over the ten since the last line
        assertEquals(List.of("decide: 2,000 of 1,000,000 entries (1,000/s, about 998 s left)"), first);
        assertEquals(List.of("decide: 402,000 of 1,000,000 entries (40,000/s, about 15 s left)"), second);
    }

    private static StepExecution worker(JobExecution job, String name, BatchStatus status, long written,
                                        LocalDateTime started) {
        StepExecution step = new StepExecution(name, job);
        step.setStatus(status);
        step.setWriteCount(written);
        step.setStartTime(started);
        return step;
    }
}
