package memoryimport.classify.sensitive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;

/**
 * Every keyword of every detector found in one pass over a text (Aho-Corasick), where scanning the text once a
 * keyword, for some 300 keywords, was most of the screen's time. A keyword found sets its detectors' bits. Matches
 * anywhere, like {@link String#contains}: no word boundaries. A space in a keyword matches any run of white space,
 * as {@code \s+} does in the patterns the keywords stand for: "sort\tcode" holds "sort code".
 */
final class KeywordAutomaton {

    /** ASCII characters move by a full table, one array read a character; others by the trie and its failure links */
    private static final int TABLE = 128;

    private final int[] next;
    private final char[][] otherChars;
    private final int[][] otherNext;
    private final int[] failure;
    private final long[][] bits;

    /** @param keywords each keyword with the bits (detector numbers) it turns on */
    KeywordAutomaton(Map<String, long[]> keywords, int words) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<long[]> ends = new ArrayList<>();
        children.add(new TreeMap<>());
        ends.add(null);
        keywords.forEach((keyword, tags) -> {
            int state = 0;
            for (char c : keyword.toCharArray()) {
                Integer child = children.get(state).get(c);
                if (child == null) {
                    child = children.size();
                    children.get(state).put(c, child);
                    children.add(new TreeMap<>());
                    ends.add(null);
                }
                state = child;
            }
            ends.set(state, or(ends.get(state), tags, words));
        });
        int states = children.size();
        next = new int[states * TABLE];
        otherChars = new char[states][];
        otherNext = new int[states][];
        failure = new int[states];
        bits = new long[states][];
        Queue<Integer> breadthFirst = new ArrayDeque<>();
        breadthFirst.add(0);
        while (!breadthFirst.isEmpty()) {
            int state = breadthFirst.remove();
            bits[state] = state == 0 ? null : or(ends.get(state), bits[failure[state]], words);
            List<Character> other = new ArrayList<>();
            for (Map.Entry<Character, Integer> child : children.get(state).entrySet()) {
                char c = child.getKey();
                int to = child.getValue();
                failure[to] = state == 0 ? 0 : step(failure[state], c);
                breadthFirst.add(to);
                if (c >= TABLE) {
                    other.add(c);
                }
            }
            otherChars[state] = new char[other.size()];
            otherNext[state] = new int[other.size()];
            for (int i = 0; i < other.size(); i++) {
                otherChars[state][i] = other.get(i);
                otherNext[state][i] = children.get(state).get(other.get(i));
            }
            for (char c = 0; c < TABLE; c++) {
                Integer child = children.get(state).get(c);
                next[state * TABLE + c] = child != null ? child : state == 0 ? 0 : next[failure[state] * TABLE + c];
            }
        }
    }

    /** Sets into {@code found} the bits of every keyword that occurs in {@code s}. */
    void scan(String s, long[] found) {
        int state = 0;
        boolean afterSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c <= ' ' && isPatternSpace(c);
            if (space && afterSpace) {
                continue;
            }
            afterSpace = space;
            state = step(state, space ? ' ' : c);
            long[] b = bits[state];
            if (b != null) {
                for (int k = 0; k < b.length; k++) {
                    found[k] |= b[k];
                }
            }
        }
    }

    /** White space as a pattern's {@code \s} knows it. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private int step(int state, char c) {
        if (c < TABLE) {
            return next[state * TABLE + c];
        }
        for (int s = state; ; s = failure[s]) {
            char[] chars = otherChars[s];
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == c) {
                    return otherNext[s][i];
                }
            }
            if (s == 0) {
                return 0;
            }
        }
    }

    private static long[] or(long[] a, long[] b, int words) {
        if (a == null && b == null) {
            return null;
        }
        long[] r = new long[words];
        for (int k = 0; k < words; k++) {
            r[k] = (a == null ? 0 : a[k]) | (b == null ? 0 : b[k]);
        }
        return r;
    }
}
