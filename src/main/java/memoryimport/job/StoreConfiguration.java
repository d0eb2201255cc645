package memoryimport.job;

import javax.sql.DataSource;
import memoryimport.store.DecisionStore;
import memoryimport.store.EntryStaging;
import memoryimport.store.FileRegistry;
import memoryimport.store.MemoryStore;
import memoryimport.store.SpillFileDecisions;
import memoryimport.store.SpillFileStaging;
import memoryimport.store.TableDecisions;
import memoryimport.store.TableStaging;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The job's own tables beside the job repository, in whichever database Spring's datasource points at. */
@Configuration
public class StoreConfiguration {

    @Bean
    public ImportOptions importOptions(Environment env) {
        return ImportOptions.from(env::getProperty);
    }

    @Bean
    @Profile("!" + RunMode.WORKER_PROFILE) // the manager creates the tables; workers starting at once would race
    public InitializingBean importSchema(DataSource dataSource, MemoryStore memoryStore, PlatformTransactionManager tm) {
        return () -> {
            new ResourceDatabasePopulator(new ClassPathResource("schema/memory-import.sql")).execute(dataSource);
            new TransactionTemplate(tm).executeWithoutResult(status -> memoryStore.moveRowsIntoSets());
        };
    }

    @Bean
    public FileRegistry fileRegistry(JdbcTemplate jdbc) {
        return new FileRegistry(jdbc);
    }

    /**
     * {@code files} (default of a local run) under {@code OUTPUT/.staging}; {@code database} (default of the remote
     * modes) in the shared database, which workers on other machines reach.
     */
    @Bean
    public EntryStaging entryStaging(JdbcTemplate jdbc, ImportOptions options,
                                     @Value("${memory-import.staging}") String staging,
                                     @Value("${memory-import.spill-slice-bytes}") long sliceBytes) {
        return inFiles(staging) ? new SpillFileStaging(options.output().resolve(".staging"), sliceBytes)
                : new TableStaging(jdbc);
    }

    /** Where entries are staged, decisions go: {@code OUTPUT/.decisions} or the shared database. */
    @Bean
    public DecisionStore decisionStore(JdbcTemplate jdbc, ImportOptions options,
                                       @Value("${memory-import.staging}") String staging,
                                       @Value("${memory-import.spill-slice-bytes}") long sliceBytes) {
        return inFiles(staging) ? new SpillFileDecisions(options.output().resolve(".decisions"), sliceBytes)
                : new TableDecisions(jdbc);
    }

    private static boolean inFiles(String staging) {
        return switch (staging) {
            case "files" -> true;
            case "database" -> false;
            default -> throw new IllegalArgumentException(
                    "memory-import.staging must be files or database, not " + staging);
        };
    }

    @Bean
    public MemoryStore memoryStore(JdbcTemplate jdbc) {
        return new MemoryStore(jdbc);
    }
}
