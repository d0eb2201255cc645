package memoryimport.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What the command line asked for.
 *
 * @param input    folder of exports
 * @param output   folder that receives run folders (and, by default, the database)
 * @param reimport import files again even when a completed run already imported them
 * @param dryRun   decide and report, but write no memory edits and leave the memory store and file registry as they are
 * @param schedule cron expression: stay up and import on that schedule; null to import once
 * @param paraphrase match paraphrases with the embedding model (off: exact and near repeats only, model never loaded)
 * @param rules    folder whose rule files replace the shipped ones of the same name, or null
 * @param overrides a reviewer's overrides.csv to apply besides those found in the input folder, or null
 * @param hidePersonalText show only category and reason of dropped personal entries in the report
 * @param contactPolicy {@code drop} (default): an entry with a phone number or email is dropped; {@code mask}: the
 *                      value is masked and the entry classified like any other
 */
public record ImportOptions(Path input, Path output, boolean reimport, boolean dryRun, String schedule,
                            boolean paraphrase, Path rules, Path overrides, boolean hidePersonalText,
                            String contactPolicy) {

    /** From named options, looked up by name; an absent option takes its default, a bare flag means true. */
    public static ImportOptions from(UnaryOperator<String> option) {
        String input = option.apply("input");
        String output = option.apply("output");
        String schedule = option.apply("schedule");
        String paraphrase = option.apply("paraphrase");
        return new ImportOptions(Path.of(input == null ? "input" : input).toAbsolutePath().normalize(),
                Path.of(output == null ? "output" : output).toAbsolutePath().normalize(),
                flag(option.apply("reimport")), flag(option.apply("dry-run")),
                schedule == null || schedule.isBlank() ? null : schedule.strip(),
                paraphrase == null || flag(paraphrase), path(option.apply("rules")), path(option.apply("overrides")),
                flag(option.apply("hide-personal-text")),
                option.apply("contact-policy") == null ? "drop" : option.apply("contact-policy").strip());
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value).toAbsolutePath().normalize();
    }

    private static boolean flag(String value) {
        return value != null && !value.equalsIgnoreCase("false");
    }

    /**
     * The options {@link #from} reads, and {@code mode} ({@link RunMode}); anything else must be a Spring property (a
     * typo would otherwise pass unnoticed).
     */
    private static final List<String> OPTIONS = List.of("input", "output", "reimport", "dry-run", "schedule",
            "paraphrase", "contact-policy", "rules", "overrides", "hide-personal-text", "mode");
    private static final List<String> FLAGS = List.of("reimport", "dry-run", "paraphrase", "hide-personal-text");
    private static final List<String> PROPERTY_PREFIXES = List.of("memory-import.", "spring.", "logging.",
            "management.", "server.");

    /** An argument that is not an option of the job or a Spring property, or a flag set to neither true nor false. */
    public static String argumentProblem(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                return "unexpected argument '" + arg + "': options are written --name=value (see the README)";
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(2, eq < 0 ? arg.length() : eq);
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            if (!OPTIONS.contains(name) && PROPERTY_PREFIXES.stream().noneMatch(name::startsWith)) {
                return "unknown option --" + name + " (the job's options: --" + String.join(", --", OPTIONS)
                        + "; and --memory-import.*, --spring.* properties)";
            }
            if (FLAGS.contains(name) && !List.of("", "true", "false").contains(value.toLowerCase(Locale.ROOT))) {
                return "--" + name + "=" + value + " is not one of true, false";
            }
        }
        return null;
    }

    /** Reads {@code --name=value} and bare {@code --name} flags among Spring's own arguments. */
    public static ImportOptions fromArgs(String... args) {
        return from(name -> optionValue(name, args));
    }

    /** The value of {@code --name=value} (the last one given), "" for a bare {@code --name}, null when absent. */
    static String optionValue(String name, String... args) {
        String value = null;
        for (String arg : args) {
            if (arg.equals("--" + name)) {
                value = "";
            } else if (arg.startsWith("--" + name + "=")) {
                value = arg.substring(name.length() + 3);
            }
        }
        return value;
    }
}
