package memoryimport.job;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch's Micrometer metrics (job, step, item and chunk timers), plus the last run's exit code, kept in a
 * Prometheus registry and written to {@code OUTPUT/metrics.prom} after every run, for node_exporter's textfile
 * collector or any tool that reads the Prometheus text format.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    public PrometheusMeterRegistry prometheusMeterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    /**
     * With this bean, Boot registers Spring Batch's observability post-processor on jobs and steps. Item read and
     * process observations are left out: one per entry took a sixth of the job's time; chunk and step timers remain.
     */
    @Bean
    public ObservationRegistry observationRegistry(PrometheusMeterRegistry meters) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig()
                .observationHandler(new DefaultMeterObservationHandler(meters))
                .observationPredicate((name, context) -> !name.startsWith("spring.batch.item."));
        return registry;
    }

    @Bean
    public MetricsFile metricsFile(PrometheusMeterRegistry meters, ImportOptions options) {
        return new MetricsFile(meters, options.output().resolve("metrics.prom"));
    }

    /** Writes the registry's current state, replacing the file atomically so a collector never reads half of it. */
    public static class MetricsFile {

        private final PrometheusMeterRegistry meters;
        private final Path file;
        private final AtomicInteger lastExitCode = new AtomicInteger(-1);

        MetricsFile(PrometheusMeterRegistry meters, Path file) {
            this.meters = meters;
            this.file = file;
            Gauge.builder("memory_import.last.exit.code", lastExitCode, AtomicInteger::get)
                    .description("exit code of the last run: 0 completed, 1 failed, 3 refused, 4 stopped, 5 nothing to do")
                    .register(meters);
        }

        void write(int exitCode) throws IOException {
            lastExitCode.set(exitCode);
            Path next = file.resolveSibling("." + file.getFileName() + ".next");
            Files.writeString(next, meters.scrape());
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
