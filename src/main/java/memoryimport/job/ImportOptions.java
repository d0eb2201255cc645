package memoryimport.job;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What the command line asked for.
 *
 * @param input    folder of exports
 * @param output   folder that receives run folders (and, by default, the database)
 * @param reimport import files again even when a completed run already imported them
 * @param dryRun   decide and report, but write no memory edits and leave the memory store and file registry as they are
 * @param schedule cron expression: stay up and import on that schedule; null to import once
 */
public record ImportOptions(Path input, Path output, boolean reimport, boolean dryRun, String schedule) {

    /** From named options, looked up by name; an absent option takes its default, a bare flag means true. */
    public static ImportOptions from(UnaryOperator<String> option) {
        String input = option.apply("input");
        String output = option.apply("output");
        String schedule = option.apply("schedule");
        return new ImportOptions(Path.of(input == null ? "input" : input).toAbsolutePath().normalize(),
                Path.of(output == null ? "output" : output).toAbsolutePath().normalize(),
                flag(option.apply("reimport")), flag(option.apply("dry-run")),
                schedule == null || schedule.isBlank() ? null : schedule.strip());
    }

    private static boolean flag(String value) {
        return value != null && !value.equalsIgnoreCase("false");
    }

    /** Reads {@code --name=value} and bare {@code --name} flags among Spring's own arguments. */
    public static ImportOptions fromArgs(String... args) {
        return from(name -> {
            String value = null;
            for (String arg : args) {
                if (arg.equals("--" + name)) {
                    value = "";
                } else if (arg.startsWith("--" + name + "=")) {
                    value = arg.substring(name.length() + 3);
                }
            }
            return value;
        });
    }
}
