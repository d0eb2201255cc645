package memoryimport.classify;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words and phrases that signal one category. A line of its file is a term, optionally {@code ; weight}; a
 * leading {@code ^} matches only at the start of the entry, a leading {@code =} only where the text capitalises it
 * too; see {@link Term} for capitals. Terms in scripts written without spaces (Chinese,
 * Japanese) match inside the text instead of on whole words.
 *
 * @param name     lexicon name (its file name)
 * @param category category reported when it fires
 * @param work     true for work lexicons
 * @param special  true for special categories (health, beliefs, sexuality, ethnicity)
 * @param terms    word terms
 * @param inText   terms matched inside the text
 */
record Lexicon(String name, String category, boolean work, boolean special, List<Term> terms, List<Term> inText) {

    private static final Set<UnicodeScript> UNSPACED =
            Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.THAI);

    /**
     * One term: its folded words (or its text for unspaced scripts), weight and anchoring. A term written in lower
     * case is an ordinary word: capitalised in mid-entry it is part of a name ("Lingobee Kids", "Vantix Health").
     * Words always capitalised (German nouns, religions) are written capitalised in the lexicon. One that is another
     * word in lower case ("Kind", German for child, and the English "kind") is written {@code =Kind}: it matches only
     * capitalised.
     */
    record Term(String text, List<String> words, double weight, boolean atStart, boolean capitalisedOnly) {
        boolean properCase() {
            return !text.equals(text.toLowerCase(java.util.Locale.ROOT));
        }
    }

    static Lexicon of(String name, String category, boolean work, boolean special, List<String> lines) {
        List<Term> terms = new ArrayList<>();
        List<Term> inText = new ArrayList<>();
        for (String line : lines) {
            String[] termAndWeight = line.split(";", 2);
            String term = termAndWeight[0].strip();
            double weight = termAndWeight.length > 1 ? Double.parseDouble(termAndWeight[1].strip()) : 1.0;
            boolean atStart = term.startsWith("^");
            if (atStart) {
                term = term.substring(1).strip();
            }
            boolean capitalisedOnly = term.startsWith("=");
            if (capitalisedOnly) {
                term = term.substring(1).strip();
            }
            if (!term.isEmpty() && UNSPACED.contains(UnicodeScript.of(term.codePointAt(0)))) {
                inText.add(new Term(term, List.of(), weight, false, false));
            } else {
                List<String> words = CueText.termWords(term);
                if (!words.isEmpty()) {
                    terms.add(new Term(term, words, weight, atStart, capitalisedOnly));
                }
            }
        }
        return new Lexicon(name, category, work, special, List.copyOf(terms), List.copyOf(inText));
    }
}
