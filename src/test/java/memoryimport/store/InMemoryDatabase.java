package memoryimport.store;

import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A fresh in-memory HSQLDB with the job's tables, as cached tables like the file database's, for one test. */
final class InMemoryDatabase {

    private InMemoryDatabase() {
    }

    static JdbcTemplate withSchema() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:hsqldb:mem:" + UUID.randomUUID() + ";hsqldb.default_table_type=cached", "SA", "");
        new ResourceDatabasePopulator(new ClassPathResource("schema/memory-import.sql")).execute(dataSource);
        return new JdbcTemplate(dataSource);
    }
}
