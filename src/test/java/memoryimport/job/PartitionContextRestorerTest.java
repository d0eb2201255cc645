package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.StepExecution;

class PartitionContextRestorerTest {

    @Test
    void aRestartedPartitionWhoseSavedContextWasLostGetsItsIndexAndTheSplitsCountBack() throws Exception {
        // given: a restart split of eight partitions, made when the run had other settings (grid size 4 now),
        // where partition 3's context came back empty from the database
        JobExecution job = new JobExecution(1L, new JobInstance(1L, MemoryImportJobConfiguration.JOB_NAME),
                new JobParameters());
        Set<StepExecution> restored = new LinkedHashSet<>();
        for (int i = 0; i < 8; i++) {
            StepExecution partition = new StepExecution(10L + i, "parseFiles:partition" + i, job);
            if (i != 3) {
                partition.getExecutionContext().putInt(ModuloPartitioner.INDEX, i);
                partition.getExecutionContext().putInt(ModuloPartitioner.COUNT, 8);
                partition.getExecutionContext().putLong(ExportFilesReader.BYTES_DONE, 1000L * i);
            }
            restored.add(partition);
        }
        StepExecutionSplitter splitter = new PartitionContextRestorer(new StepExecutionSplitter() {
            @Override
            public String getStepName() {
                return "parseFiles";
            }

            @Override
            public Set<StepExecution> split(StepExecution manager, int gridSize) {
                return restored;
            }
        }, new ModuloPartitioner(), new ResourcelessJobRepository());

        // when
        Set<StepExecution> split = splitter.split(new StepExecution(9L, "parse", job), 4);

        // then: partition 3 starts over as partition 3 of 8; the others keep what they saved
        Map<String, String> contexts = split.stream().collect(Collectors.toMap(StepExecution::getStepName,
                s -> s.getExecutionContext().getInt(ModuloPartitioner.INDEX) + "/"
                        + s.getExecutionContext().getInt(ModuloPartitioner.COUNT) + " at "
                        + s.getExecutionContext().getLong(ExportFilesReader.BYTES_DONE, 0L)));
        assertThat(contexts).containsEntry("parseFiles:partition3", "3/8 at 0")
                .containsEntry("parseFiles:partition2", "2/8 at 2000")
                .containsEntry("parseFiles:partition7", "7/8 at 7000").hasSize(8);
    }
}
