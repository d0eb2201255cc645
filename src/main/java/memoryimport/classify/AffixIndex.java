package memoryimport.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stems and compounds' last parts of the lexicons ({@code toplantı*}, {@code *verfahren}), found for a word by its
 * start or its end. Each is a trie walked one letter at a time: a word leaves it at the first letter no term continues
 * with, most words after one or two letters, without building a substring.
 */
final class AffixIndex {

    private final Node stems = new Node();
    /** the compounds' last parts, spelt backwards */
    private final Node heads = new Node();

    AffixIndex(List<ClassifierRules.Match> terms) {
        for (ClassifierRules.Match m : terms) {
            String word = m.term().words().get(0);
            if (m.term().affix() == Lexicon.Affix.STEM) {
                stems.add(word, m);
            } else {
                heads.add(new StringBuilder(word).reverse().toString(), m);
            }
        }
    }

    /** The stems the word starts with and the compounds' last parts it ends with, shortest first; none for most words. */
    List<ClassifierRules.Match> matches(String word) {
        List<ClassifierRules.Match> found = null;
        Node node = stems;
        for (int i = 0; i < word.length() && (node = node.child(word.charAt(i))) != null; i++) {
            found = node.collect(found);
        }
        node = heads;
        for (int i = word.length() - 1; i >= 0 && (node = node.child(word.charAt(i))) != null; i--) {
            found = node.collect(found);
        }
        return found == null ? List.of() : found;
    }

    /** One letter's place in the trie: its next letters, sorted, and the terms that end here. */
    private static final class Node {
        private char[] letters = new char[0];
        private Node[] next = new Node[0];
        private List<ClassifierRules.Match> terms = List.of();

        void add(String word, ClassifierRules.Match m) {
            Node node = this;
            for (int i = 0; i < word.length(); i++) {
                node = node.childOrNew(word.charAt(i));
            }
            if (node.terms.isEmpty()) {
                node.terms = new ArrayList<>();
            }
            node.terms.add(m);
        }

        Node child(char c) {
            int at = Arrays.binarySearch(letters, c);
            return at < 0 ? null : next[at];
        }

        private Node childOrNew(char c) {
            int at = Arrays.binarySearch(letters, c);
            if (at >= 0) {
                return next[at];
            }
            int insert = -at - 1;
            letters = insertAt(letters, insert, c);
            Node[] grown = Arrays.copyOf(next, next.length + 1);
            System.arraycopy(next, insert, grown, insert + 1, next.length - insert);
            grown[insert] = new Node();
            next = grown;
            return grown[insert];
        }

        private static char[] insertAt(char[] a, int at, char c) {
            char[] grown = Arrays.copyOf(a, a.length + 1);
            System.arraycopy(a, at, grown, at + 1, a.length - at);
            grown[at] = c;
            return grown;
        }

        List<ClassifierRules.Match> collect(List<ClassifierRules.Match> found) {
            if (terms.isEmpty()) {
                return found;
            }
            List<ClassifierRules.Match> all = found == null ? new ArrayList<>() : found;
            all.addAll(terms);
            return all;
        }
    }
}
