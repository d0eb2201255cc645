package memoryimport.classify.sensitive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import static memoryimport.classify.SensitivePolicy.CREDENTIAL;

/**
 * A wallet's seed phrase with no word about a wallet near it ("Written on the card in the safe: engage acoustic ...",
 * or the phrase alone): twelve to twenty-four words of the BIP39 list in a row whose checksum holds. The pattern is
 * a scan for runs of small lower-case words (cheaper than a regex on every text: no keyword can pre-filter it), the
 * validator the list and the checksum, which a sentence or a list of tags made of such words passes once in 16 or
 * more.
 */
final class SeedWordRun implements Detector {

    static final String ID = "seed-phrase-checksum";
    private static final String DESCRIPTION = "wallet seed phrase: twelve to twenty-four BIP39 words whose checksum holds";
    /** twelve words of three letters and the spaces between */
    private static final int MIN_LENGTH = 12 * 4 - 1;

    private final Map<String, Integer> index = new HashMap<>();

    SeedWordRun(List<String> wordList) {
        if (wordList.size() != 2048) {
            throw new IllegalStateException("the BIP39 word list has 2048 words, not " + wordList.size());
        }
        for (int i = 0; i < wordList.size(); i++) {
            index.put(wordList.get(i), i);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String kind() {
        return CREDENTIAL;
    }

    @Override
    public void detect(Text text) {
        String s = text.text();
        int n = s.length();
        int[] words = new int[24];
        int count = 0;
        int runStart = 0;
        int runEnd = 0;
        int i = 0;
        while (i < n) {
            if (count == 0 && n - i < MIN_LENGTH) {
                return; // no room left for twelve words
            }
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            // the words of a phrase stand apart by spaces, line breaks or commas: anything else ends the run
            if (count > 0 && !onlySpaces(s, runEnd, start)) {
                report(text, words, count, runStart, runEnd);
                count = 0;
            }
            // as written on the backup card, in capitals too: "PICNIC SUDDEN ALREADY ..."
            Integer w = i - start >= 3 && i - start <= 8 && oneCaseAscii(s, start, i)
                    ? index.get(s.substring(start, i).toLowerCase(java.util.Locale.ROOT)) : null;
            if (w == null || count == 24) {
                report(text, words, count, runStart, runEnd);
                count = 0;
            }
            if (w != null) {
                if (count == 0) {
                    runStart = start;
                }
                words[count++] = w;
                runEnd = i;
            }
        }
        report(text, words, count, runStart, runEnd);
    }

    private static boolean onlySpaces(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\n' && c != ',' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** All small or all capital letters a-z: a phrase is written one way, not as a name ("Orange", "Apple"). */
    private static boolean oneCaseAscii(String s, int from, int to) {
        boolean upper = s.charAt(from) >= 'A' && s.charAt(from) <= 'Z';
        char lo = upper ? 'A' : 'a';
        char hi = upper ? 'Z' : 'z';
        for (int k = from; k < to; k++) {
            if (s.charAt(k) < lo || s.charAt(k) > hi) {
                return false;
            }
        }
        return true;
    }

    private void report(Text text, int[] words, int count, int runStart, int runEnd) {
        if (count < 12 || !text.isFree(runStart, runEnd) || !anyValidPhrase(words, count)) {
            return;
        }
        text.findings().add(RegexDetector.finding(ID, CREDENTIAL, runStart, runEnd, 0.9, DESCRIPTION));
    }

    /** Some 12, 15, 18, 21 or 24 words of the run, from some word on, form a phrase whose checksum holds. */
    private static boolean anyValidPhrase(int[] words, int count) {
        for (int length = 24; length >= 12; length -= 3) {
            for (int from = 0; from + length <= count; from++) {
                if (checksumHolds(words, from, length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** BIP39: the words' 11-bit indices hold the entropy and, in their last length/3 bits, its SHA-256's first bits. */
    static boolean checksumHolds(int[] words, int from, int length) {
        int bits = length * 11;
        int checksumBits = bits / 33;
        int entropyBits = bits - checksumBits;
        byte[] entropy = new byte[entropyBits / 8];
        int checksum = 0;
        for (int b = 0; b < bits; b++) {
            int bit = words[from + b / 11] >> (10 - b % 11) & 1;
            if (b < entropyBits) {
                entropy[b / 8] |= (byte) (bit << (7 - b % 8));
            } else {
                checksum = checksum << 1 | bit;
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(entropy);
            return (hash[0] & 0xFF) >> (8 - checksumBits) == checksum;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
