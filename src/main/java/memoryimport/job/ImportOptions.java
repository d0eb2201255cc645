package memoryimport.job;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What the command line asked for.
 *
 * @param input    folder of exports
 * @param output   folder that receives run folders (and, by default, the database)
 * @param reimport import files again even when a completed run already imported them
 */
public record ImportOptions(Path input, Path output, boolean reimport) {

    /** From named options, looked up by name ({@code input}, {@code output}, {@code reimport}); absent → default. */
    public static ImportOptions from(UnaryOperator<String> option) {
        String input = option.apply("input");
        String output = option.apply("output");
        String reimport = option.apply("reimport");
        return new ImportOptions(Path.of(input == null ? "input" : input).toAbsolutePath().normalize(),
                Path.of(output == null ? "output" : output).toAbsolutePath().normalize(),
                reimport != null && !reimport.equalsIgnoreCase("false"));
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
