package memoryimport.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HSQLDB's automatic checkpoint, triggered by log size in the middle of a step, waits for every open transaction
 * while those transactions wait for it: partitions deadlock. The database URL turns it off (hsqldb.log_size=0), and
 * this listener checkpoints after each step instead, when no chunk transaction is open, so the log stays bounded.
 */
public class HsqldbCheckpoint implements StepExecutionListener {

    private final JdbcTemplate jdbc;
    private final boolean hsqldb;

    public HsqldbCheckpoint(JdbcTemplate jdbc, String databaseUrl) {
        this.jdbc = jdbc;
        this.hsqldb = databaseUrl.startsWith("jdbc:hsqldb:");
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (hsqldb) {
            jdbc.execute("CHECKPOINT");
        }
        return stepExecution.getExitStatus();
    }
}
