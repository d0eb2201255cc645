package memoryimport.dedupe;

import java.math.BigInteger;
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
 * @param numberFold      the digits of a number word ("five" gives "5", "thousand" "1000"), an ordinal ("14th" gives
 *                        "14"), a number with a scale ending ("10k" gives "10000"), an hour with a clock ending ("7pm"
 *                        gives "19") or leading zeros ("09" gives "9"),
 *                        else the word
 * @param scale           the factor of a scale word that may follow a number ("million"), else 0
 * @param hourShift       the hours a 12-hour clock word adds to the hour before it ("pm" 12), else -1
 * @param canonical       its stem with synonym inflections folded, as canonical words hold it
 * @param pole            the pole of dedupe-opposites.txt its canonical form says; {@link #NO_POLE}: none
 * @param comparison      states a preference between two things ("over", "rather")
 * @param numberLike      a number, or digits and letters together (v2, q3)
 * @param stemPrefixForms its stem read as a negation prefix on a word ("dislike" on "like"), usually none
 */
record WordFacts(String stem, boolean negation, boolean stop, boolean personOpener, boolean otherPerson,
                 String numberFold, long scale, int hourShift, String canonical, int pole, boolean comparison, boolean numberLike,
                 List<TextAnalysis.PrefixForm> stemPrefixForms) {

    static final int NO_POLE = -1;

    private static final List<String> ORDINAL_ENDINGS = List.of("st", "nd", "rd", "th");

    private static String numberFold(String word, DedupeRules rules) {
        String number = rules.numberWords.get(word);
        if (number != null) {
            return number;
        }
        Long alone = rules.numberScales.get(word);
        if (alone != null && word.length() > 1) {
            return Long.toString(alone);
        }
        int digits = 0;
        while (digits < word.length() && TextNormalizer.isAsciiDigit(word.charAt(digits))) {
            digits++;
        }
        String ending = word.substring(digits);
        Integer shift = rules.hourEndings.get(ending);
        if (digits > 0 && shift != null && isHour(word.substring(0, digits))) {
            return onClock(word.substring(0, digits), shift);
        }
        Long scale = rules.numberScales.get(ending);
        if (digits == 0 || !ending.isEmpty() && scale == null && !ORDINAL_ENDINGS.contains(ending)) {
            return word;
        }
        int zeros = 0;
        while (zeros < digits - 1 && word.charAt(zeros) == '0') {
            zeros++;
        }
        String plain = word.substring(zeros, digits);
        return scale == null ? plain : scaled(plain, scale);
    }

    /** The hours the clock ending of two minute digits adds ("30pm" of "9:30pm": 12), else -1. */
    static int minutesClockShift(String word, DedupeRules rules) {
        if (word.length() < 3 || !TextNormalizer.isAsciiDigit(word.charAt(0)) || !TextNormalizer.isAsciiDigit(word.charAt(1))
                || word.charAt(0) > '5') {
            return -1;
        }
        return rules.hourEndings.getOrDefault(word.substring(2), -1);
    }

    /** One or two digits from 1 to 12: an hour a 12-hour clock word may follow. */
    static boolean isHour(String digits) {
        return digits.length() <= 2 && TextAnalysis.isDigits(digits)
                && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= 12;
    }

    /** The 24-hour hour of {@code hour} (1 to 12) on the half of the day {@code shift} says: 12am is 0, 12pm 12. */
    static String onClock(String hour, int shift) {
        return Integer.toString(Integer.parseInt(hour) % 12 + shift);
    }

    /** {@code digits} times {@code scale}, as digits. */
    static String scaled(String digits, long scale) {
        return new BigInteger(digits).multiply(BigInteger.valueOf(scale)).toString();
    }

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
                numberFold(word, rules), word.length() > 1 ? rules.numberScales.getOrDefault(word, 0L) : 0,
                rules.hourEndings.getOrDefault(word, -1), canonical, pole == null ? NO_POLE : pole,
                rules.comparisonWords.contains(word),
                TextAnalysis.isNumber(word) || TextAnalysis.mixesDigitsAndLetters(word), List.copyOf(forms));
    }
}
