package memoryimport.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import memoryimport.model.TextCase;

/**
 * An entry's text as the classifier matches it: whole-word tokens, lower case, plurals and possessives folded
 * ("answers" and "answer's" match "answer"), with the original spelling kept for telling technical names apart.
 * Masked values ({@code [REDACTED:phone]}) are not words of the entry.
 */
final class CueText {

    private static final Pattern MASK = Pattern.compile("\\[REDACTED:[^\\]]*]");

    final List<String> words;
    final List<String> original;
    final String lower;
    /** the text as tokenized (normalized, apostrophes folded) and where in it each word starts */
    private final String folded;
    private final int[] starts;
    /** the indices of the words written inside double quotes; null when the text has none */
    private final BitSet quoted;
    /** the indices of the words that follow a pause: ',', ';', ':', '!', '?' or a full stop and a space */
    private final BitSet pauses = new BitSet();

    /** French and Italian elided words: "l'escalade" is "l" and "escalade", not one word like "answer's" */
    private static final Set<String> ELIDED = Set.of("l", "d", "j", "qu", "n", "s", "c", "m", "t",
            "lorsqu", "puisqu", "jusqu", "dell", "all", "nell", "dall", "sull", "un", "quest", "quell");

    CueText(String text) {
        String unmasked = text.contains("[REDACTED:") ? MASK.matcher(text).replaceAll(" ") : text;
        String normalized = Normalizer.normalize(unmasked, Normalizer.Form.NFKC);
        // a typographic apostrophe is the same apostrophe: "husband’s" is one word, someone's, as "husband's" is
        String folded = normalized.indexOf('\u2019') < 0 ? normalized : normalized.replace('\u2019', '\'');
        this.folded = folded;
        lower = folded.toLowerCase(Locale.ROOT);
        words = new ArrayList<>();
        original = new ArrayList<>();
        quoted = folded.indexOf('"') >= 0 || folded.indexOf('\u201C') >= 0 || folded.indexOf('\u201E') >= 0
                || folded.indexOf('\u00AB') >= 0 ? new BitSet() : null;
        List<String> tokens = tokens(folded, quoted, pauses);
        starts = new int[tokens.size()];
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            starts[i] = at = folded.indexOf(token, at);
            at += token.length();
            original.add(token);
            words.add(fold(token.toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * The index of the first word after the first {@code c} written after word {@code from}: the words up to a
     * bracket or a semicolon. The word count when the text has no such {@code c}.
     */
    int wordAfter(char c, int from) {
        int at = folded.indexOf(c, starts[from]);
        if (at < 0) {
            return words.size();
        }
        int i = from;
        while (i < starts.length && starts[i] < at) {
            i++;
        }
        return i;
    }

    /** Whether words {@code from} to {@code to} (exclusive) are all written inside double quotes: "say 'participants'". */
    boolean quoted(int from, int to) {
        return quoted != null && quoted.nextClearBit(from) >= to;
    }

    /** Whether words {@code from} to {@code to} (exclusive) run on with no pause between: "school run", not "school; runs". */
    boolean runsOn(int from, int to) {
        int pause = pauses.nextSetBit(from + 1);
        return pause < 0 || pause >= to;
    }

    /**
     * A cue as this text writes it, for a reader: the first run of words it matches, in the text's spelling ("always"
     * for the folded "alway", "SQL" for "sql"), the entry's first word in lower case. A cue that is no run of the
     * text's words (a heading, a name) is returned as it is.
     */
    String asWritten(String cue) {
        String[] cueWords = cue.indexOf(' ') < 0 ? new String[] {cue} : cue.split(" ");
        for (int i = 0; i + cueWords.length <= words.size(); i++) {
            int k = 0;
            while (k < cueWords.length && cueWords[k].equals(words.get(i + k))) {
                k++;
            }
            if (k == cueWords.length) {
                StringBuilder out = new StringBuilder();
                for (k = 0; k < cueWords.length; k++) {
                    String token = original.get(i + k);
                    out.append(k == 0 ? "" : hyphenBefore(i + k) ? "-" : " ")
                            .append(i + k == 0 ? token.toLowerCase(Locale.ROOT) : token);
                }
                return out.toString();
            }
        }
        return cue;
    }

    /** Whether word {@code at} is joined to the word before it by a hyphen alone: "day" in "four-day week". */
    boolean hyphenBefore(int at) {
        int end = starts[at - 1] + original.get(at - 1).length();
        return starts[at] == end + 1 && folded.charAt(end) == '-';
    }

    /** Whether token {@code at} is written with an apostrophe: someone's ("husband's"), or a contraction. */
    boolean withApostrophe(int at) {
        return original.get(at).indexOf('\'') >= 0;
    }

    /**
     * The text's tokens: runs of letters, marks and digits, each with a trailing run of + or # ("C++", "C#") or an
     * apostrophe and letters ("answer's"). The regex {@code [\p{L}\p{M}\p{N}]+(?:[+#]+|'\p{L}+)?}, scanned by hand
     * (a regex find was a third of the classifier's time).
     */
    static List<String> tokens(String text) {
        return tokens(text, null, null);
    }

    /**
     * As {@link #tokens(String)}, setting in {@code quoted} the index of each token inside double quotes and in
     * {@code pauses} that of each token after a pause (either may be null).
     */
    private static List<String> tokens(String text, BitSet quoted, BitSet pauses) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean inQuotes = false;
        boolean pause = false;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordPart(cp)) {
                pause |= cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?'
                        || cp == '.' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)));
                if (quoted != null) {
                    // '"' and '“' open or close; '„' and '«' open ('„Familie“'), '”' and '»' close
                    inQuotes = cp == '"' || cp == '\u201C' ? !inQuotes : cp == '\u201E' || cp == '\u00AB' || inQuotes && cp != '\u201D' && cp != '\u00BB';
                }
                i += Character.charCount(cp);
                continue;
            }
            if (inQuotes) {
                quoted.set(tokens.size());
            }
            if (pause && pauses != null) {
                pauses.set(tokens.size());
            }
            pause = false;
            int start = i;
            boolean unspaced = TextCase.writtenWithoutSpaces(cp);
            // Chinese and Japanese put no space between words: "毎日TypeScriptとReactを使っている" holds two tool names
            while (i < n && isWordPart(cp = text.codePointAt(i)) && TextCase.writtenWithoutSpaces(cp) == unspaced) {
                i += Character.charCount(cp);
            }
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '#')) {
                while (i < n && (text.charAt(i) == '+' || text.charAt(i) == '#')) {
                    i++;
                }
            } else if (i + 1 < n && text.charAt(i) == '\'' && Character.isLetter(text.codePointAt(i + 1))
                    && !ELIDED.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                i++;
                while (i < n && Character.isLetter(cp = text.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    /** \p{L}, \p{M} or \p{N}. */
    private static boolean isWordPart(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Tokens of a lexicon term, folded the same way as entry text. */
    static List<String> termWords(String term) {
        return new CueText(term).words;
    }

    /**
     * Turkish case endings written after a name's apostrophe: "Excel'de", "CHP'ye", "Ramazan'da" are the name ("Excel",
     * "CHP", "Ramazan") as a lexicon lists it.
     */
    private static final Set<String> NAME_CASE_ENDINGS = Set.of("de", "da", "te", "ta", "den", "dan", "ten", "tan",
            "deki", "daki", "teki", "taki", "e", "a", "ye", "ya", "i", "ı", "u", "ü", "yi", "yı", "yu", "yü", "in", "ın",
            "un", "ün", "nin", "nın", "nun", "nün", "le", "la", "yle", "yla", "ler", "lar");

    /** Light English folding: possessive and plural endings only, so a lexicon lists other forms explicitly. */
    static String fold(String word) {
        int apostrophe = word.indexOf('\'');
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2)
                : apostrophe > 0 && NAME_CASE_ENDINGS.contains(word.substring(apostrophe + 1)) ? word.substring(0, apostrophe) : word;
        int n = w.length();
        if (n < 4 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
