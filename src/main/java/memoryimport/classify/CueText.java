package memoryimport.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry's text as the classifier matches it: whole-word tokens, lower case, plurals and possessives folded
 * ("answers" and "answer's" match "answer"), with the original spelling kept for telling technical names apart.
 * Masked values ({@code [REDACTED:phone]}) are not words of the entry.
 */
final class CueText {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[+#]+|'\\p{L}+)?");
    private static final Pattern MASK = Pattern.compile("\\[REDACTED:[^\\]]*]");

    final List<String> words;
    final List<String> original;
    final String lower;

    CueText(String text) {
        String unmasked = text.contains("[REDACTED:") ? MASK.matcher(text).replaceAll(" ") : text;
        String folded = Normalizer.normalize(unmasked, Normalizer.Form.NFKC);
        lower = folded.toLowerCase(Locale.ROOT);
        words = new ArrayList<>();
        original = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            original.add(m.group());
            words.add(fold(m.group().toLowerCase(Locale.ROOT)));
        }
    }

    /** Tokens of a lexicon term, folded the same way as entry text. */
    static List<String> termWords(String term) {
        return new CueText(term).words;
    }

    /** Light English folding: possessive and plural endings only, so a lexicon lists other forms explicitly. */
    static String fold(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
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
