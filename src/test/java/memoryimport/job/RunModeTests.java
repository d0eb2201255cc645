package memoryimport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import memoryimport.MemoryImportApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** --mode: local by default, manager and worker only with a database they can share. No broker is needed for these. */
@ExtendWith(OutputCaptureExtension.class)
class RunModeTests {

    @TempDir
    Path work;

    @Test
    void theModeIsLocalUnlessAnotherIsNamed() {
        assertThat(RunMode.fromArgs("--input=x")).isEqualTo(RunMode.LOCAL);
        assertThat(RunMode.fromArgs("--mode=Manager")).isEqualTo(RunMode.MANAGER);
        assertThat(RunMode.fromArgs("--mode=worker")).isEqualTo(RunMode.WORKER);
        assertThat(RunMode.fromArgs("--mode=cluster")).isNull();
    }

    @Test
    void anUnknownModeIsBadUsage(CapturedOutput console) {
        int exit = MemoryImportApplication.run("--mode=cluster", "--input=src/test/resources/functional/input",
                "--output=" + work.resolve("output"));

        assertThat(exit).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(console.getErr()).contains("--mode is not one of local, manager, worker");
    }

    @Test
    void aManagerWithoutASharedDatabaseRefusesToStartAndCreatesNoDatabaseOfItsOwn(CapturedOutput console) {
        Path output = work.resolve("output");

        int exit = MemoryImportApplication.run("--mode=manager", "--input=src/test/resources/functional/input",
                "--output=" + output);

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(console.getErr()).contains("need one database they all share");
        assertThat(output.resolve("db")).doesNotExist();
    }

    @Test
    void aWorkerOnAnHsqldbFileRefusesToStart(CapturedOutput console) {
        int exit = MemoryImportApplication.run("--mode=worker", "--input=src/test/resources/functional/input",
                "--spring.datasource.url=" + MemoryImportApplication.defaultDatabaseUrl(work));

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(console.getErr()).contains("need one database they all share");
    }

    @Test
    void aPartitionRequestTravelsAsStepNameAndStepExecutionId() {
        String text = PartitionWorker.requestText(new StepExecutionRequest("decideUsers", 42L));

        assertThat(text).isEqualTo("decideUsers 42");
        StepExecutionRequest back = PartitionWorker.request(text);
        assertThat(back.getStepName()).isEqualTo("decideUsers");
        assertThat(back.getStepExecutionId()).isEqualTo(42L);
    }
}
