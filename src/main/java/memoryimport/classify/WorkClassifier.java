package memoryimport.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import memoryimport.model.Classification;
import memoryimport.model.DecisionKind;
import memoryimport.model.ScreenedEntry;

/**
 * Work or personal, from category lexicons matched on whole words. Lexicons are data:
 * {@code rules/lexicon.txt}, one {@code kind category: word word ...} line each.
 */
public final class WorkClassifier {

    private final Map<String, Set<String>> workWords = new LinkedHashMap<>();
    private final Map<String, Set<String>> personalWords = new LinkedHashMap<>();

    public WorkClassifier(InputStream lexicon) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(lexicon, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] kindAndRest = line.split("\\s+", 2);
                String[] categoryAndWords = kindAndRest[1].split(":", 2);
                Set<String> words = Set.of(categoryAndWords[1].strip().toLowerCase(Locale.ROOT).split("\\s+"));
                ("work".equals(kindAndRest[0]) ? workWords : personalWords).put(categoryAndWords[0].strip(), words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicon", e);
        }
    }

    public static WorkClassifier fromClasspath() {
        return new WorkClassifier(WorkClassifier.class.getResourceAsStream("/rules/lexicon.txt"));
    }

    public Classification classify(ScreenedEntry screened) {
        if (screened.mustDrop()) {
            String kinds = screened.findings().stream().map(f -> f.kind() + " (" + f.detector() + ")")
                    .distinct().collect(Collectors.joining(", "));
            return new Classification(DecisionKind.DROPPED_SENSITIVE, screened.findings().get(0).kind(), "sensitive: " + kinds);
        }
        List<String> tokens = List.of(screened.entry().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+"));
        Hit personal = best(personalWords, tokens);
        Hit work = best(workWords, tokens);
        if (personal != null && work == null) {
            return new Classification(DecisionKind.DROPPED_PERSONAL, personal.category, "personal: " + personal);
        }
        if (work != null && personal == null) {
            return new Classification(DecisionKind.KEPT, work.category, "work: " + work);
        }
        if (work != null) {
            return new Classification(DecisionKind.NEEDS_REVIEW, personal.category, "mixed: " + work + "; " + personal);
        }
        return new Classification(DecisionKind.NEEDS_REVIEW, null, "no work or personal cue");
    }

    private record Hit(String category, List<String> cues) {
        @Override
        public String toString() {
            return category + " (" + String.join(", ", cues) + ")";
        }
    }

    private static Hit best(Map<String, Set<String>> lexicons, List<String> tokens) {
        Hit best = null;
        for (Map.Entry<String, Set<String>> lexicon : lexicons.entrySet()) {
            List<String> cues = new ArrayList<>();
            for (String token : tokens) {
                if (lexicon.getValue().contains(token) && !cues.contains(token)) {
                    cues.add(token);
                }
            }
            if (!cues.isEmpty() && (best == null || cues.size() > best.cues.size())) {
                best = new Hit(lexicon.getKey(), cues);
            }
        }
        return best;
    }
}
