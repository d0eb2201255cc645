package memoryimport.classify.sensitive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import memoryimport.model.RuleFiles;

/**
 * Word lists read from the rule file {@code sensitive-context.txt} ({@link RuleFiles}): {@code [group]} headers, one
 * word or phrase a line, {@code #} comments. Words with an upper-case letter are matched case-sensitively.
 */
public final class ContextWords {

    public static final String FILE = "sensitive-context.txt";

    private final Map<String, List<String>> groups;

    private ContextWords(Map<String, List<String>> groups) {
        this.groups = groups;
    }

    public static ContextWords load(RuleFiles rules) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : rules.lines(FILE)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = groups.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(FILE + ": word '" + line + "' before any [group] header");
            } else {
                current.add(Words.hasUpper(line) ? line : line.toLowerCase(java.util.Locale.ROOT));
            }
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return new ContextWords(Map.copyOf(groups));
    }

    /** The words of a group; fails fast when the data file lacks it. */
    public List<String> get(String group) {
        List<String> words = groups.get(group);
        if (words == null) {
            throw new IllegalStateException("Missing [" + group + "] in " + FILE);
        }
        return words;
    }
}
