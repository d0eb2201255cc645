package memoryimport.classify.sensitive;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import memoryimport.classify.SensitivePolicy;

/**
 * Numbers read out digit by digit, as people dictate a card, a phone or a PIN: "four one one seven ...", "oh seven
 * seven zero zero, nine double one", "cinque otto tre zero". A run of four number words or more, joined by spaces,
 * commas or dashes, is a card when Luhn-valid, a phone near a word about phones, a PIN near a word about a code (four
 * to eight digits) and otherwise, from seven digits, an id or account number. One pass over the words, no pattern: the
 * number words are common enough ("one", "un", "een") that a regex tried at every word would cost the screen a third
 * of its speed. The words are data: context groups {@code spelled-digit} ("word digit" a line) and
 * {@code spelled-repeat} ("word times").
 */
final class SpelledNumbers implements Detector {

    private static final int MIN_WORDS = 4;

    private final Map<String, Character> digits;
    private final Map<String, Integer> repeats;
    /** the length of the longest number word: a longer word is none, and is not cut out of the text to look it up */
    private final int longestWord;
    private final Words phoneCues;
    private final Words codeWords;

    private SpelledNumbers(Map<String, Character> digits, Map<String, Integer> repeats, Words phoneCues, Words codeWords) {
        this.digits = Map.copyOf(digits);
        this.repeats = Map.copyOf(repeats);
        this.longestWord = java.util.stream.Stream.concat(digits.keySet().stream(), repeats.keySet().stream())
                .mapToInt(String::length).max().orElse(0);
        this.phoneCues = phoneCues;
        this.codeWords = codeWords;
    }

    static SpelledNumbers from(ContextWords words) {
        Map<String, Character> digits = new HashMap<>();
        for (String line : words.get("spelled-digit")) {
            int space = line.lastIndexOf(' ');
            digits.put(line.substring(0, space).strip().toLowerCase(Locale.ROOT), line.charAt(space + 1));
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (String line : words.get("spelled-repeat")) {
            int space = line.lastIndexOf(' ');
            repeats.put(line.substring(0, space).strip().toLowerCase(Locale.ROOT), Integer.parseInt(line.substring(space + 1)));
        }
        return new SpelledNumbers(digits, repeats, Words.of(words.get("phone-cue")), Words.of(words.get("spelled-code-context")));
    }

    @Override
    public String id() {
        return "spelled-number";
    }

    @Override
    public String kind() {
        return SensitivePolicy.GOVERNMENT_ID;
    }

    @Override
    public void detect(Text text) {
        String s = text.lower();
        StringBuilder said = new StringBuilder();
        int runStart = -1;
        int runEnd = -1; // after the run's last number word
        int joinFrom = -1; // after its last word, "and" too
        int words = 0;
        int repeat = 1;
        int i = 0;
        while (i <= s.length()) {
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = i - start <= longestWord ? s.substring(start, i) : "";
                Character d = digits.get(word);
                Integer times = repeats.get(word);
                boolean joined = joinFrom >= 0 && gap(s, joinFrom, start);
                if (d != null || times != null) {
                    if (!joined) {
                        report(text, runStart, runEnd, words, said);
                        said.setLength(0);
                        words = 0;
                        runStart = start;
                    }
                    if (times != null) {
                        repeat = times;
                    } else {
                        said.append(String.valueOf(d).repeat(repeat));
                        repeat = 1;
                        words++;
                    }
                    runEnd = i;
                    joinFrom = i;
                } else if (joined && word.equals("and")) {
                    joinFrom = i;
                } else {
                    report(text, runStart, runEnd, words, said);
                    said.setLength(0);
                    words = 0;
                    joinFrom = -1;
                    repeat = 1;
                }
            } else if (i < s.length() && Character.isDigit(s.charAt(i))) {
                report(text, runStart, runEnd, words, said); // "one 2 three": not a number said in words
                said.setLength(0);
                words = 0;
                joinFrom = -1;
                i++;
            } else {
                i++;
            }
        }
        report(text, runStart, runEnd, words, said);
    }

    /** Only spaces, commas, semicolons and dashes between two words of a run. */
    private static boolean gap(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (" \t,;-–".indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return to - from <= 4;
    }

    private void report(Text text, int start, int end, int words, CharSequence said) {
        if (start < 0 || words < MIN_WORDS || !text.isFree(start, end)) {
            return;
        }
        String d = said.toString();
        if (d.length() >= 13 && Checks.card(d)) {
            add(text, "spelled-card", SensitivePolicy.CARD, start, end, "card number in words, Luhn-valid");
        } else if (d.length() >= 7 && near(text, phoneCues, start, end)) {
            add(text, "spelled-phone", SensitivePolicy.PHONE, start, end, "phone number in words near a word about phones");
        } else if (d.length() <= 8 && near(text, codeWords, start, end)) {
            add(text, "spelled-pin", SensitivePolicy.CREDENTIAL, start, end, "PIN or code in words near a word about one");
        } else if (d.length() >= 7) {
            add(text, "spelled-number", SensitivePolicy.GOVERNMENT_ID, start, end, "long number (id, account) in words");
        }
    }

    private static boolean near(Text text, Words words, int start, int end) {
        return text.hasWord(words, start - 50, start) || text.hasWord(words, end, end + 25);
    }

    private static void add(Text text, String id, String kind, int start, int end, String description) {
        text.findings().add(RegexDetector.finding(id, kind, start, end, 0.85, description));
    }
}
