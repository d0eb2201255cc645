package memoryimport.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import memoryimport.model.RuleFiles;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The options that change what a run decides. They travel with the run as job parameters (not identifying), so a
 * worker on another machine, started with its own command line, can refuse to decide a run's partitions differently.
 *
 * @param rules the rule files' {@link RuleFiles#fingerprint()}, since the folder's path may differ between machines
 */
public record DecisionSettings(boolean paraphrase, String contactPolicy, String rules) {

    public static DecisionSettings of(ImportOptions options) {
        return new DecisionSettings(options.paraphrase(), options.contactPolicy(),
                new RuleFiles(options.rules()).fingerprint());
    }

    /** The settings a run was started with; empty for a run started by a version that did not record them. */
    private static Optional<DecisionSettings> of(JobParameters parameters) {
        String paraphrase = parameters.getString("paraphrase");
        if (paraphrase == null) {
            return Optional.empty();
        }
        return Optional.of(new DecisionSettings(Boolean.parseBoolean(paraphrase), parameters.getString("contactPolicy"),
                parameters.getString("rules")));
    }

    public JobParametersBuilder addTo(JobParametersBuilder parameters) {
        return parameters.addString("paraphrase", Boolean.toString(paraphrase), false)
                .addString("contactPolicy", contactPolicy, false)
                .addString("rules", rules, false);
    }

    /**
     * What differs here from the settings of the run with these job parameters, as the options to change; empty when
     * they agree or the run did not record them.
     */
    public List<String> differencesFrom(JobParameters run) {
        return of(run).map(this::differencesFrom).orElse(List.of());
    }

    private List<String> differencesFrom(DecisionSettings run) {
        List<String> differences = new ArrayList<>();
        if (paraphrase != run.paraphrase) {
            differences.add("--paraphrase=" + paraphrase + " here, " + run.paraphrase + " in the run");
        }
        if (!contactPolicy.equals(run.contactPolicy)) {
            differences.add("--contact-policy=" + contactPolicy + " here, " + run.contactPolicy + " in the run");
        }
        if (!rules.equals(run.rules)) {
            differences.add("--rules: the rule files differ from the run's (" + describe(rules) + " here, "
                    + describe(run.rules) + " in the run)");
        }
        return differences;
    }

    private static String describe(String fingerprint) {
        return fingerprint.equals("shipped") ? "the shipped rules" : "overrides " + fingerprint.substring(0, 12);
    }
}
