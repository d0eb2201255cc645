package memoryimport.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stems and compounds' last parts of the lexicons ({@code toplantı*}, {@code *verfahren}), found for a word by its
 * start or its end. Most words start and end with two letters no such term does: those cost two bit lookups.
 */
final class AffixIndex {

    private final Map<String, List<ClassifierRules.Match>> stems = new HashMap<>();
    private final Map<String, List<ClassifierRules.Match>> heads = new HashMap<>();
    private final int[] stemLengths;
    private final int[] headLengths;
    /** hashes of the first two characters of the stems, of the last two of the compound parts */
    private final BitSet stemStarts = new BitSet(1 << 16);
    private final BitSet headEnds = new BitSet(1 << 16);

    AffixIndex(List<ClassifierRules.Match> terms) {
        TreeSet<Integer> stemLengthSet = new TreeSet<>();
        TreeSet<Integer> headLengthSet = new TreeSet<>();
        for (ClassifierRules.Match m : terms) {
            String word = m.term().words().get(0);
            if (m.term().affix() == Lexicon.Affix.STEM) {
                stems.computeIfAbsent(word, k -> new ArrayList<>()).add(m);
                stemLengthSet.add(word.length());
                stemStarts.set(pair(word, 0));
            } else {
                heads.computeIfAbsent(word, k -> new ArrayList<>()).add(m);
                headLengthSet.add(word.length());
                headEnds.set(pair(word, word.length() - 2));
            }
        }
        stemLengths = stemLengthSet.stream().mapToInt(Integer::intValue).toArray();
        headLengths = headLengthSet.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int pair(String word, int at) {
        return word.length() < 2 ? word.hashCode() & 0xFFFF : (word.charAt(at) * 31 + word.charAt(at + 1)) & 0xFFFF;
    }

    /** The stems the word starts with and the compounds' last parts it ends with; none for most words. */
    List<ClassifierRules.Match> matches(String word) {
        int n = word.length();
        if (n < 2) {
            return List.of();
        }
        List<ClassifierRules.Match> found = null;
        if (stemStarts.get(pair(word, 0))) {
            for (int length : stemLengths) {
                if (length > n) {
                    break;
                }
                List<ClassifierRules.Match> m = stems.get(word.substring(0, length));
                if (m != null) {
                    found = found == null ? new ArrayList<>() : found;
                    found.addAll(m);
                }
            }
        }
        if (headEnds.get(pair(word, n - 2))) {
            for (int length : headLengths) {
                if (length > n) {
                    break;
                }
                List<ClassifierRules.Match> m = heads.get(word.substring(n - length));
                if (m != null) {
                    found = found == null ? new ArrayList<>() : found;
                    found.addAll(m);
                }
            }
        }
        return found == null ? List.of() : found;
    }
}
