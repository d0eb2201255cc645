package memoryimport.job;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.integration.config.EnableIntegration;

/**
 * What manager and workers share: the ActiveMQ Artemis broker that carries the parse and decide partitions from the
 * manager to the workers, and a check that they share a database too (the job repository and the job's tables, which
 * is how a worker finds its partition and how the manager learns that it has finished). Only in the remote modes:
 * a local run loads none of this and connects to no broker.
 */
@Configuration(proxyBeanMethods = false)
@Profile({RunMode.MANAGER_PROFILE, RunMode.WORKER_PROFILE})
@EnableIntegration
public class RemotePartitioningConfiguration {

    /** Runs before any bean is made, so a missing shared database is reported as such, not as a placeholder error. */
    @Bean
    public static BeanFactoryPostProcessor sharedDatabaseCheck(Environment env) {
        return beanFactory -> {
            String url = env.getProperty("spring.datasource.url");
            if (url == null || url.isBlank() || url.startsWith("jdbc:hsqldb:file:") || url.startsWith("jdbc:hsqldb:mem:")) {
                throw new IllegalStateException("--mode=manager and --mode=worker need one database they all share"
                        + " (give --spring.datasource.url=jdbc:postgresql://HOST:5432/DB with --spring.datasource.username"
                        + " and --spring.datasource.password); got " + (url == null || url.isBlank() ? "none" : url));
            }
        };
    }

    /**
     * The broker, from Spring Boot's usual {@code spring.artemis.*} properties. No consumer buffer: a worker takes a
     * partition from the queue only when it has a thread free for it, so the partitions spread over all workers
     * instead of queuing behind the first one to connect.
     */
    @Bean
    public ConnectionFactory remotePartitionsConnectionFactory(
            @Value("${spring.artemis.broker-url:tcp://localhost:61616}") String brokerUrl,
            @Value("${spring.artemis.user:#{null}}") String user,
            @Value("${spring.artemis.password:#{null}}") String password) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl, user, password);
        factory.setConsumerWindowSize(0);
        return factory;
    }
}
