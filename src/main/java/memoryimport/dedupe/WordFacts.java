package memoryimport.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * What the dedupe rules say about one word, worked out once per word: a text's analysis looked each of its words up in
 * up to ten sets and stemmed it twice, for every text.
 *
 * @param stem            the word lightly stemmed
 * @param negation        a negation word ("not", "never")
 * @param stop            a stop word
 * @param personOpener    may open a text before the person it names ("my", "her")
 * @param otherPerson     its stem names another person ("sister", "boss")
 * @param numberFold      the digits of a number word ("five" gives "5"), else the word
 * @param canonical       its stem with synonym inflections folded, as canonical words hold it
 * @param pole            the pole of dedupe-opposites.txt its canonical form says; {@link #NO_POLE}: none
 * @param comparison      states a preference between two things ("over", "rather")
 * @param numberLike      a number, or digits and letters together (v2, q3)
 * @param stemPrefixForms its stem read as a negation prefix on a word ("dislike" on "like"), usually none
 */
record WordFacts(String stem, boolean negation, boolean stop, boolean personOpener, boolean otherPerson,
                 String numberFold, String canonical, int pole, boolean comparison, boolean numberLike,
                 List<TextAnalysis.PrefixForm> stemPrefixForms) {

    static final int NO_POLE = -1;

    static WordFacts of(String word, DedupeRules rules) {
        String stem = TextAnalysis.Stemmer.stem(word);
        String canonical = rules.canonicalStem(word);
        Integer pole = rules.poles.get(canonical);
        List<TextAnalysis.PrefixForm> forms = new ArrayList<>(0);
        for (String prefix : rules.negationPrefixes) {
            if (stem.length() > prefix.length() + 2 && stem.startsWith(prefix)) {
                forms.add(new TextAnalysis.PrefixForm(stem, stem.substring(prefix.length())));
            }
        }
        return new WordFacts(stem, rules.negationWords.contains(word), rules.stopWords.contains(word),
                rules.personOpeners.contains(word), rules.otherPeople.contains(stem),
                rules.numberWords.getOrDefault(word, word), canonical, pole == null ? NO_POLE : pole,
                rules.comparisonWords.contains(word),
                TextAnalysis.isNumber(word) || TextAnalysis.mixesDigitsAndLetters(word), List.copyOf(forms));
    }
}
