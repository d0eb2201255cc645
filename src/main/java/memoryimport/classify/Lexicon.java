package memoryimport.classify;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words and phrases that signal one category. A line of its file is a term, optionally {@code ; weight}; a
 * leading {@code ^} matches only at the start of the entry, a leading {@code =} only where the text capitalises it
 * too; see {@link Term} for capitals. Terms in scripts written without spaces (Chinese,
 * Japanese) match inside the text instead of on whole words. A one-word term ending in {@code *} is a stem, matching
 * the words it starts (an inflected or suffixed word: Korean "팀장*" matches "팀장을", Turkish "toplantı*"
 * "toplantıda"); one starting with {@code *} is a compound's last part, matching the words it ends (German
 * "*verfahren" matches "Sorgerechtsverfahren").
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
    record Term(String text, List<String> words, String cue, double weight, boolean atStart, boolean capitalisedOnly,
                Affix affix, boolean properCase) {
        Term(String text, List<String> words, double weight, boolean atStart, boolean capitalisedOnly, Affix affix) {
            // the folded words as a reason names the cue, and whether the term is written with capitals, worked out
            // once here rather than at each match
            this(text, words, String.join(" ", words), weight, atStart, capitalisedOnly, affix,
                    !text.equals(text.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** How a one-word term matches a word: whole, as the word's start (a stem) or as its end (a compound's last part). */
    enum Affix { NONE, STEM, HEAD }

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
            Affix affix = Affix.NONE;
            if (term.length() > 1 && term.endsWith("*")) {
                affix = Affix.STEM;
                term = term.substring(0, term.length() - 1).strip();
            } else if (term.length() > 1 && term.startsWith("*")) {
                affix = Affix.HEAD;
                term = term.substring(1).strip();
            }
            if (!term.isEmpty() && UNSPACED.contains(UnicodeScript.of(term.codePointAt(0)))) {
                inText.add(new Term(term, List.of(), weight, false, false, Affix.NONE));
            } else {
                List<String> words = CueText.termWords(term);
                if (affix != Affix.NONE && (words.size() != 1 || words.get(0).length() < 2)) {
                    throw new IllegalArgumentException("a stem or compound part is one word of two letters or more: " + line);
                }
                if (!words.isEmpty()) {
                    terms.add(new Term(term, words, weight, atStart, capitalisedOnly, affix));
                }
            }
        }
        return new Lexicon(name, category, work, special, List.copyOf(terms), List.copyOf(inText));
    }
}
