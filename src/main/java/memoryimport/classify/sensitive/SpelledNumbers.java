package memoryimport.classify.sensitive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Numbers read out digit by digit, as people dictate a card, a phone or a PIN: "four one one seven ...", "oh seven
 * seven zero zero, nine double one", "cinque otto tre zero". The number words of each language and the words that
 * repeat a digit ("double", "doble") are data: context groups {@code spelled-digit} ("word digit" a line) and
 * {@code spelled-repeat} ("word times").
 */
final class SpelledNumbers {

    private final Map<String, Character> digits;
    private final Map<String, Integer> repeats;
    private final String run;

    private SpelledNumbers(Map<String, Character> digits, Map<String, Integer> repeats) {
        this.digits = Map.copyOf(digits);
        this.repeats = Map.copyOf(repeats);
        String digit = "(?:(?:" + alternatives(repeats.keySet()) + ")\\s+)?(?:" + alternatives(digits.keySet()) + ")";
        // words joined by spaces, commas or dashes (and "and"), four or more; a word of its own each time
        this.run = "(?iu)(?<![\\p{L}\\d])" + digit + "(?:(?:\\s*[,;-]\\s*|\\s+)(?:and\\s+)?" + digit + "){3,}(?![\\p{L}\\d])";
    }

    static SpelledNumbers from(ContextWords words) {
        Map<String, Character> digits = new HashMap<>();
        for (String line : words.get("spelled-digit")) {
            int space = line.lastIndexOf(' ');
            digits.put(line.substring(0, space).strip().toLowerCase(java.util.Locale.ROOT), line.charAt(space + 1));
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (String line : words.get("spelled-repeat")) {
            int space = line.lastIndexOf(' ');
            repeats.put(line.substring(0, space).strip().toLowerCase(java.util.Locale.ROOT), Integer.parseInt(line.substring(space + 1)));
        }
        return new SpelledNumbers(digits, repeats);
    }

    /**
     * A detector of runs that say at least {@code minDigits} digits which {@code check} accepts, with one of
     * {@code near} close by when it is not empty.
     */
    RegexDetector of(String id, String kind, int minDigits, String description, Predicate<String> check, List<String> near) {
        RegexDetector d = RegexDetector.of(id, kind, run, description)
                .keywords(List.copyOf(digits.keySet()))
                .validate((text, start, end, m) -> {
                    String said = Checks.spelledDigits(text.substring(start, end), digits, repeats);
                    return said.length() >= minDigits && check.test(said) ? end : -1;
                }).score(0.85);
        return near.isEmpty() ? d : d.near(near, 50, 25);
    }

    private static String alternatives(java.util.Collection<String> words) {
        return String.join("|", words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
    }
}
