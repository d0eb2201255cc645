package memoryimport.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Near-misses that similarity alone would merge. Any guard that fires keeps two texts apart, whatever the score:
 * negation parity (or a dis-/un-/non- form of the other's word), different numbers, a name one text has and the other
 * lacks, opposite words (short/detailed, weekdays/weekend), and a single swapped span of words with the rest shared
 * (tabs/spaces, cortado/flat white).
 */
final class Guards {

    private final DedupeRules rules;

    Guards(DedupeRules rules) {
        this.rules = rules;
    }

    /**
     * The first guard that keeps {@code a} (the entry that would be marked duplicate) and {@code b} (the memory it
     * would repeat) apart, or empty when they may merge. A name or number only the memory gives is detail the
     * memory keeps; one only the entry gives would be lost, so it blocks.
     */
    Optional<String> blocks(TextAnalysis a, TextAnalysis b) {
        return blocks(a, b, false);
    }

    /**
     * As {@link #blocks(TextAnalysis, TextAnalysis)}; with {@code replacesB}, {@code a} takes the place of {@code b}
     * (the same line, edited), so detail only {@code a} gives is not lost.
     */
    Optional<String> blocks(TextAnalysis a, TextAnalysis b, boolean replacesB) {
        if (negationsAgainst(a, b) % 2 != negationsAgainst(b, a) % 2 || prefixNegated(a, b) || prefixNegated(b, a)) {
            return Optional.of("negation");
        }
        // different numbers differ ("team of 5" / "of 50"); with two or more their order matters too ("5 in 2 cities"
        // vs "2 in 5 cities"): stay apart if unsure
        if (!a.numbers.isEmpty() && !(a.articleOne && b.numbers.isEmpty()) && (!a.sortedNumbers.equals(b.sortedNumbers)
                || (a.numbers.size() > 1 && !a.numbers.equals(b.numbers)))) {
            return Optional.of("number");
        }
        TextFacts fa = facts(a);
        TextFacts fb = facts(b);
        if (fa.every() > 0 && fb.every() > 0 && fa.every() != fb.every()) {
            return Optional.of("number"); // "every Monday" is not "every other Monday", whichever is kept
        }
        if (aboutOther(a, b) || aboutOther(b, a) || fa.possessiveChain() != fb.possessiveChain()
                || nameActsOnUser(a, b) || nameActsOnUser(b, a) || namedSubject(a, b) || namedSubject(b, a)) {
            return Optional.of("person");
        }
        if (fa.past() != fb.past() || opensInPastOf(a, b) || opensInPastOf(b, a)) {
            return Optional.of("tense");
        }
        if (fa.narrows() != fb.narrows()) {
            return Optional.of("scope");
        }
        if (fa.staffing() != fb.staffing()) {
            return Optional.of("staffing");
        }
        if (fa.leads() != fb.leads()) {
            return Optional.of("lead"); // "Leads the platform team" is more than "Is on the platform team"
        }
        if (!namesPresent(a, b) || acronymMisread(a, b) || acronymMisread(b, a)) {
            return Optional.of("name");
        }
        if (opposite(a, b)) {
            return Optional.of("opposite");
        }
        if (wantsWhatTheOtherDoes(a, b) || wantsWhatTheOtherDoes(b, a)) {
            return Optional.of("want");
        }
        if (repeatsInPlaceOf(a, b) || repeatsInPlaceOf(b, a) || swappedSpan(a, b) || swappedTwice(a, b)) {
            return Optional.of("swap");
        }
        if (reversedComparison(a, b) || namesReordered(a, b) || wordsTransposed(a, b) || compoundReordered(a, b)
                || onlyWhatIsRankedLower(a, b) || onlyWhatIsRankedLower(b, a)) {
            return Optional.of("order");
        }
        if (!replacesB && addsDetail(a, b)) {
            return Optional.of("detail");
        }
        return Optional.empty();
    }

    /** What the guards read of one text alone; a held memory meets many entries, so it is worked out once a text. */
    record TextFacts(int every, boolean possessiveChain, boolean past, boolean narrows, boolean staffing, boolean leads) {
    }

    private TextFacts facts(TextAnalysis t) {
        TextFacts f = t.guardFacts;
        if (f == null) {
            f = new TextFacts(everyCount(t), possessiveChain(t), says(t, rules.pastWords), narrows(t),
                    says(t, rules.staffingWords), leads(t));
            t.guardFacts = f;
        }
        return f;
    }

    /**
     * {@code a} says all {@code b} says and more, two or more words of its own ("on the podcast team"), or lists an item
     * {@code b} lacks where {@code b} says only less or lists too ("nuts and shellfish", "hiring and churn" / "churn and
     * fundraising"). Merged, that detail would be lost; a single modifier is not.
     */
    private boolean addsDetail(TextAnalysis a, TextAnalysis b) {
        List<String> own = new ArrayList<>(ownWords(a, b));
        own.removeAll(rules.detailIgnores);
        own.removeAll(rules.detailFrames);
        // "Parcelwise (parcel tracking)": what a name both give is, said in passing, is no fact of the user's
        for (String w : a.asides().keySet()) {
            if (describesSharedName(w, a, b)) {
                own.remove(rules.canonicalStem(rules.synonyms.apply(List.of(w)).get(0)));
            }
        }
        // a word of two small letters is a function word the stop words leave out (Spanish "en", "de"), not a name ("Go")
        own.removeIf(w -> w.length() <= 2 && !isNumber(w) && !a.names().contains(w));
        if (!a.numbers.isEmpty()) {
            // the number guard has judged a bound with its number: "shorter than 50" says what "under 50" does
            own.removeIf(w -> rules.boundWords.contains(w) || w.equals("than"));
        }
        if (own.isEmpty()) {
            return false;
        }
        List<String> ownOfB = ownWords(b, a);
        // a word typed otherwise ("bancă" / "banca") is no detail of either
        pairOff(own, ownOfB, this::typoClose);
        if (own.isEmpty()) {
            return false;
        }
        boolean onlyMore = ownOfB.isEmpty();
        // a word of two letters only b has is a function word the stop words leave out (Dutch "de", also a language
        // code), and one most lines imply ("prefers") says nothing: neither makes a's added clause a rewording
        if (own.size() >= rules.detailMinWords
                && ownOfB.stream().allMatch(w -> w.length() <= 2 || rules.detailIgnores.contains(w))) {
            return true;
        }
        if (!onlyMore && !listsItems(b)) {
            return false; // a rewording, not two lists
        }
        String[] words = a.aliased.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (rules.itemWords.contains(words[i])
                    && (lacks(b, words, i, -1) || lacks(b, words, i + 1, 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean listsItems(TextAnalysis t) {
        for (String w : t.surfaceWords()) {
            if (rules.itemWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first word from {@code from} in direction {@code step}, stop words skipped ("and the shellfish"), is not in b. */
    private boolean lacks(TextAnalysis b, String[] words, int from, int step) {
        int i = from + (step < 0 ? -1 : 0);
        while (i >= 0 && i < words.length && rules.stopWords.contains(words[i])) {
            i += step;
        }
        if (i < 0 || i >= words.length) {
            return false;
        }
        String stem = TextAnalysis.Stemmer.stem(words[i]);
        return !b.allWords.contains(stem) && !isNumber(stem)
                && !b.canonicalSet.contains(rules.canonicalStem(rules.synonyms.apply(List.of(words[i])).get(0)));
    }

    /** Every word of {@code form} is in a parenthesised description {@code a} gives of a name {@code b} also gives. */
    private static boolean describesSharedName(String form, TextAnalysis a, TextAnalysis b) {
        Map<String, String> asides = a.asides();
        if (asides.isEmpty()) {
            return false;
        }
        for (String w : form.split(" ")) {
            String anchor = asides.get(w);
            if (anchor == null || !b.surfaceWords().contains(anchor)) {
                return false;
            }
        }
        return true;
    }

    /** {@code a} states another person's fact ("Sister lives in Oslo") and {@code b} never names that person. */
    private static boolean aboutOther(TextAnalysis a, TextAnalysis b) {
        return a.otherPerson != null && !b.allWords.contains(a.otherPerson);
    }

    /** The count of the text's first "every": the number after it, 1 without one; 0 when it says none. */
    private int everyCount(TextAnalysis t) {
        String[] words = t.aliased.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (rules.everyWords.contains(words[i])) {
                String next = i + 1 < words.length ? words[i + 1] : "";
                return TextAnalysis.isDigits(next) && next.length() < 6 ? Math.max(1, Integer.parseInt(next)) : 1;
            }
        }
        return 0;
    }

    /** "manager's manager": one more of the same word along, another person, whom the word set alone cannot tell. */
    private static boolean possessiveChain(TextAnalysis t) {
        String[] words = t.aliased.split(" ");
        for (int i = 0; i + 2 < words.length; i++) {
            if (words[i + 1].equals("s") && words[i].equals(words[i + 2])) {
                return true;
            }
        }
        return false;
    }

    /** One text says a pole of a line of opposites that the other does not, and the other another pole of it. */
    private static boolean opposite(TextAnalysis a, TextAnalysis b) {
        for (int pa : a.poles) {
            for (int pb : b.poles) {
                if (pa != pb && pa / DedupeRules.POLES == pb / DedupeRules.POLES && !has(b.poles, pa) && !has(a.poles, pb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean has(int[] poles, int pole) {
        for (int p : poles) {
            if (p == pole) {
                return true;
            }
        }
        return false;
    }

    /**
     * The negations of {@code a} that may oppose {@code b}: not the "not" of a rejected alternative {@code b} never
     * names, or names only as what it ranks lower ("Use metric units, not imperial" / "Prefers metric units").
     */
    private static int negationsAgainst(TextAnalysis a, TextAnalysis b) {
        if (a.contrastNegations == 0 || a.rejected.isEmpty()) {
            return a.negations;
        }
        for (String w : a.rejected) {
            // "Kotlin, not Java" says what "Kotlin rather than Java" does: the other text ranks the rejected one lower
            if (b.allWords.contains(w) && !(b.comparative && b.rankedLower().contains(w))) {
                return a.negations;
            }
        }
        return a.negations - a.contrastNegations;
    }

    /** {@code a} has "dislike" where {@code b} has "like" (and the reverse is checked by the caller). */
    private static boolean prefixNegated(TextAnalysis a, TextAnalysis b) {
        for (TextAnalysis.PrefixForm form : a.prefixForms) {
            if (!b.allWords.contains(form.word()) && b.allWords.contains(form.negated())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text narrows what it says to some cases ("only", "unless"): the plain statement says more. "Not only"
     * widens it ("the full trace, not only the message"): a scope word right after a negation narrows nothing.
     */
    private boolean narrows(TextAnalysis t) {
        for (String w : rules.scopeWords) {
            if (t.allWords.contains(w) && !alwaysNegated(t.aliased.split(" "), w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every {@code word} of {@code words} comes right after a negation word. */
    private boolean alwaysNegated(String[] words, String word) {
        boolean seen = false;
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(word)) {
                if (i == 0 || !rules.negationWords.contains(words[i - 1])) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    /** Whether the text has one of these words or phrases ("was", "used to"), whole words. */
    private static boolean says(TextAnalysis t, Set<String> wordsOrPhrases) {
        String words = " " + t.aliased + " ";
        for (String w : wordsOrPhrases) {
            if (words.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code a} opens with the regular past of the verb {@code b} opens with, after a subject or not: "Worked at
     * Acme" is a former job where "Works at Acme" is the current one, "Team used Jenkins" a tool it left.
     */
    private static boolean opensInPastOf(TextAnalysis a, TextAnalysis b) {
        return a.firstWord.equals(b.firstWord) ? isPastOf(a.secondWord, b.secondWord) : isPastOf(a.firstWord, b.firstWord);
    }

    /** worked / works, managed / manage, studied / studies, planned / planning. */
    private static boolean isPastOf(String past, String present) {
        if (past.length() < 4 || !past.endsWith("ed") || present.equals(past)) {
            return false;
        }
        String stem = past.substring(0, past.length() - 2);
        String last = stem.substring(stem.length() - 1);
        for (String verb : List.of(stem, stem + "e", last.equals("i") ? stem.substring(0, stem.length() - 1) + "y" : "",
                stem.length() > 2 && stem.endsWith(last + last) ? stem.substring(0, stem.length() - 1) : "")) {
            if (!verb.isEmpty() && (present.equals(verb) || present.equals(verb + "s") || present.equals(verb + "es")
                    || verb.endsWith("y") && present.equals(verb.substring(0, verb.length() - 1) + "ies")
                    || present.equals(verb + "ing") || verb.endsWith("e") && present.equals(stem + "ing"))) {
                return true;
            }
        }
        return false;
    }

    private boolean namesPresent(TextAnalysis a, TextAnalysis b) {
        // a quoted word is a value as a name is, stop words too ("Never write \"very\"" / "Never write \"really\"")
        for (String word : a.quoted) {
            if (!b.surfaceWords().contains(word)) {
                return false;
            }
        }
        for (String name : a.nameForms()) {
            if (describesSharedName(name, a, b)) {
                continue;
            }
            // as written, not stemmed: the product "Teams" is not the word "team"
            // a short name one letter off is another name (Maria, Mario); a long one is more likely a typo (Kubernets)
            if (!b.surfaceWords().contains(name) && !sameButAccents(name, b.surfaceWords())
                    && !aliasedAway(name, a) && !spellsOutAcronymOf(name, a, b)
                    && !acronymPluralShouted(name, a, b) && spelledOut(name, a, b) == null
                    && (name.length() < rules.typoTwoEditsMinLength || !typoCloseToAny(name, b.surfaceWords()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of {@code b} that spell out {@code name}, an acronym {@code a} writes in capitals and {@code b} lacks:
     * words in a row, of {@code b}'s own, whose initials it is ("AP" / "action priority", "MTTR" / "mean time to
     * recovery", "CIs" / "confidence intervals"), a stop word between them skipped. Where {@code a} spells it out
     * itself, right before or after it ("AP (action priority)", or one word after it holding its letters: "SF
     * (Snowflake)"), and {@code b} has those words, no words (an empty list). Null: {@code b} does not say it.
     */
    private List<String> spelledOut(String name, TextAnalysis a, TextAnalysis b) {
        if (name.length() < 2 || name.length() > 6 || !a.writesInCapitals(name)) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetter(name.charAt(i))) {
                return null;
            }
        }
        String[] words = b.aliased.split(" ");
        for (int start = 0; start + name.length() <= words.length; start++) {
            int end = initialsEnd(name, words, start);
            if (end > 0 && noneIn(words, start, end, a.surfaceWords())) {
                return Arrays.asList(words).subList(start, end);
            }
        }
        String[] own = a.aliased.split(" ");
        for (int at = 0; at < own.length; at++) {
            if (own[at].equals(name)) {
                int after = initialsEnd(name, own, at + 1);
                if (after > 0 && allIn(own, at + 1, after, b.surfaceWords())
                        || at + 1 < own.length && shortFor(name, own[at + 1]) && b.surfaceWords().contains(own[at + 1])) {
                    return List.of();
                }
                for (int start = Math.max(0, at - 2 * name.length()); start < at; start++) {
                    if (initialsEnd(name, own, start) == at && allIn(own, start, at, b.surfaceWords())) {
                        return List.of();
                    }
                }
            }
        }
        return null;
    }

    /**
     * {@code a}'s synonym-folded words with each acronym that {@code b} spells out ("SAST" / "static application security
     * testing") replaced by the folded words that spell it, so the word overlap of the paraphrase rules sees them
     * shared; {@code a}'s own set (no copy) when it has none.
     */
    Set<String> spellingOutAcronyms(TextAnalysis a, TextAnalysis b) {
        Set<String> words = a.canonicalSet;
        for (String name : a.nameForms()) {
            List<String> spelled = b.surfaceWords().contains(name) ? null : spelledOut(name, a, b);
            if (spelled != null && !spelled.isEmpty()) {
                if (words == a.canonicalSet) {
                    words = new HashSet<>(words);
                }
                words.remove(rules.facts(name).canonical());
                for (String w : spelled) {
                    words.add(rules.facts(w).canonical());
                }
            }
        }
        return words;
    }

    /** {@code name} is a short form of the one {@code word} right after it, its letters in order ("SF (Snowflake)"). */
    private static boolean shortFor(String name, String word) {
        if (word.length() <= name.length() || word.charAt(0) != name.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < word.length() && at < name.length(); i++) {
            if (word.charAt(i) == name.charAt(at)) {
                at++;
            }
        }
        return at == name.length();
    }

    /**
     * A name of letters that {@code a}'s own words no longer hold: an alias of a phrase has put it in other words ("FE
     * engineer" as "frontend engineer"), which are compared as words.
     */
    private static boolean aliasedAway(String name, TextAnalysis a) {
        return !a.surfaceWords().contains(name) && TextAnalysis.Stemmer.isLetters(name);
    }

    /** {@code name} is one of the words of {@code a} that spell out an acronym {@code b} writes ("Los Angeles" / "LA"). */
    private boolean spellsOutAcronymOf(String name, TextAnalysis a, TextAnalysis b) {
        for (String acronym : b.nameForms()) {
            if (!a.surfaceWords().contains(acronym)) {
                List<String> words = spelledOut(acronym, b, a);
                if (words != null && words.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code b} writes an acronym in capitals that {@code a} neither names nor spells out, where {@code a} has words
     * of its own that begin as its initials would ("MTTR" / "mean time between failures"): another term of the same
     * family, not the acronym said in full. A name only the memory gives is detail it keeps; not where it stands for
     * the other's words.
     */
    private boolean acronymMisread(TextAnalysis a, TextAnalysis b) {
        for (String name : b.nameForms()) {
            if (name.length() < 3 || name.length() > 6 || a.surfaceWords().contains(name) || !b.writesInCapitals(name)
                    || spelledOut(name, b, a) != null) {
                continue;
            }
            String[] words = a.aliased.split(" ");
            for (int i = 0; i + 1 < words.length; i++) {
                if (!words[i].isEmpty() && words[i].charAt(0) == name.charAt(0) && !b.surfaceWords().contains(words[i])
                        && initialsEnd(name.substring(0, 2), words, i) > 0 && initialsEnd(name, words, i) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the words from {@code start} whose initials spell {@code name} end (exclusive), stop words skipped; -1: none. */
    private int initialsEnd(String name, String[] words, int start) {
        int letter = 0;
        int k = start;
        while (letter < name.length() && k < words.length && !words[k].isEmpty()) {
            if (words[k].charAt(0) == name.charAt(letter)) {
                letter++;
                k++;
            } else if (k > start && rules.facts(words[k]).stop()) {
                k++;
            } else {
                break;
            }
        }
        return letter == name.length() ? k : -1;
    }

    private static boolean noneIn(String[] words, int from, int to, Set<String> set) {
        for (int i = from; i < to; i++) {
            if (set.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean allIn(String[] words, int from, int to, Set<String> set) {
        for (int i = from; i < to; i++) {
            if (!set.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** "SOPS" in a text of all capitals, where the other writes "SOPs" (and names "SOP"), either way round. */
    private static boolean acronymPluralShouted(String name, TextAnalysis a, TextAnalysis b) {
        return a.caseless ? b.acronymPlurals.contains(name)
                : b.caseless && a.acronymPlurals.contains(name + "s") && b.surfaceWords().contains(name + "s");
    }

    /** Kraków and Krakow, Geschäft and Geschaeft. */
    private static boolean sameButAccents(String word, Iterable<String> others) {
        for (String other : others) {
            if (sameButAccents(word, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same letters but for accents, or German umlauts written out ("für" / "fur" / "fuer", "češtině" /
     * "cestine"): a text typed without diacritics says the same words.
     */
    static boolean sameButAccents(String x, String y) {
        if (ascii(x) && ascii(y)) {
            return false;
        }
        return withoutAccents(x, false).equals(withoutAccents(y, false))
                || withoutAccents(x, true).equals(withoutAccents(y, true));
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Latin letters (U+00C0 to U+024F, U+1E00 to U+1EFF) without their marks; {@code umlautsOut}: ä as ae, ß as ss. */
    private static String withoutAccents(String word, boolean umlautsOut) {
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String to = umlautsOut ? switch (c) {
                case 'ä' -> "ae";
                case 'ö' -> "oe";
                case 'ü' -> "ue";
                case 'ß' -> "ss";
                default -> null;
            } : null;
            char base = TextNormalizer.withoutAccent(c);
            if (to == null && base == c) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(word.length() + 2).append(word, 0, i);
            }
            if (to != null) {
                out.append(to);
            } else {
                out.append(base);
            }
        }
        return out == null ? word : out.toString();
    }


    private boolean typoCloseToAny(String word, Iterable<String> others) {
        for (String other : others) {
            if (typoClose(word, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each text has words the other lacks (after synonyms, typo-close pairs and numbers set aside), the shared words
     * are at least as many as either side's own, and one text's own words stand where the other has its own: one value
     * swapped in an otherwise equal statement.
     */
    private boolean swappedSpan(TextAnalysis a, TextAnalysis b) {
        List<String> onlyA = ownWords(a, b);
        List<String> onlyB = ownWords(b, a);
        // a word that only joins items ("et", kept from the stop words as a time zone) is no value of either side
        onlyA.removeAll(rules.itemWords);
        onlyB.removeAll(rules.itemWords);
        int shared = a.canonical.size() - countNotIn(a.canonical, b.canonicalSet);
        // a typo-close pair takes one word off each side: the difference of the two sides stays, and each keeps one
        int fewest = Math.max(onlyA.size(), onlyB.size()) - Math.min(onlyA.size(), onlyB.size()) + 1;
        if (onlyA.isEmpty() || onlyB.isEmpty() || fewest > rules.swapMaxSpan || fewest > shared) {
            return false;
        }
        // frames and poles paired still count to the span (a longer rewording stays one)
        int paired = pairSameValues(a, onlyA, b, onlyB);
        // a word framing the line left on one side stands for no value of the other's words, which are detail
        // ("Working on the X upgrade design" / "Designing the X upgrade for the catchment")
        if (onlyA.isEmpty() || onlyB.isEmpty() || onlyFramesAgainstDetail(onlyA, a, onlyB, b)
                || onlyFramesAgainstDetail(onlyB, b, onlyA, a)) {
            return false;
        }
        int most = Math.max(onlyA.size(), onlyB.size()) + paired;
        return most <= rules.swapMaxSpan && shared >= most && !onlyAdded(a, onlyA, b, onlyB);
    }

    /**
     * {@code own} holds only words framing the line ("Working on", "Wants") and the other text's own words frame
     * nothing and do not open it: they add detail where the frame stands for no value. A verb in the frame's place is
     * another fact ("Works near the office" / "Lives near the office", "Wants" / "Writes short commit messages"), but
     * not a title where the frame says what the user works as ("Trabalha como sommelier" / "Escanção (sommelier)").
     */
    private boolean onlyFramesAgainstDetail(List<String> own, TextAnalysis framed, List<String> others, TextAnalysis other) {
        if (!rules.emptyFrames.containsAll(own)) {
            return false;
        }
        for (String w : others) {
            if (frames(w, other) || rules.activityFrameWords.contains(w)
                    || w.equals(other.canonical.get(0)) && !framesARole(framed)) {
                return false;
            }
        }
        return true;
    }

    /** A framing word right before a word of "as" ("Works as", "Trabalha como", "Arbetar som"): a role follows. */
    private boolean framesARole(TextAnalysis t) {
        String[] words = t.aliased.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (rules.asWords.contains(words[i + 1]) && rules.emptyFrames.contains(rules.facts(words[i]).canonical())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes off pairs of own words that say one value: typos, other forms of one word ("maintains" / "maintainer",
     * "micro-service" / "microservice"), a framing word for a framing word ("Wants type hints" / "Always add type
     * hints") and words of one pole of a line of opposites ("top" / "start"); how many frames and poles paired.
     */
    private int pairSameValues(TextAnalysis a, List<String> onlyA, TextAnalysis b, List<String> onlyB) {
        pairOff(onlyA, onlyB, this::typoClose);
        pairOff(onlyA, onlyB, Guards::derivedOf);
        pairCompounds(onlyA, onlyB);
        pairCompounds(onlyB, onlyA);
        return pairOff(onlyA, onlyB, (w, o) -> frames(w, a) && frames(o, b)
                        && !wantAgainstGiving(w, o, b) && !wantAgainstGiving(o, w, a)
                || rules.activityFrameWords.contains(w) && rules.activityFrameWords.contains(o)
                || rules.poles.containsKey(w) && rules.poles.get(w).equals(rules.poles.get(o)));
    }

    /**
     * The shared words come in the same order and two or more of the gaps between them hold one word of each text's
     * own: two values swapped ("load tests against the cart API" / "smoke tests against the search API after each
     * deploy"), where one text says more words apart than the single swapped span judges.
     */
    private boolean swappedTwice(TextAnalysis a, TextAnalysis b) {
        List<String> onlyA = ownWords(a, b);
        List<String> onlyB = ownWords(b, a);
        if (onlyA.size() + onlyB.size() < 4) {
            return false; // two swaps need two words on each side
        }
        onlyA.removeAll(rules.itemWords);
        onlyB.removeAll(rules.itemWords);
        pairSameValues(a, onlyA, b, onlyB);
        // within the single span's reach, swappedSpan has judged them (and lets a rewording of two words pass)
        if (onlyA.size() < 2 || onlyB.size() < 2 || Math.max(onlyA.size(), onlyB.size()) <= rules.swapMaxSpan) {
            return false;
        }
        // a word said twice must show the two swaps at both its places ("cite ... references" aligns either way)
        return swapGaps(a.canonical, onlyA, a.canonicalSet, b.canonical, onlyB, b.canonicalSet) >= 2
                && (a.repeated.isEmpty() && b.repeated.isEmpty() || swapGaps(a.canonicalByLast, onlyA, a.canonicalSet,
                        b.canonicalByLast, onlyB, b.canonicalSet) >= 2);
    }

    /**
     * With the shared words in the same order, how many gaps between them hold one own word of each text, a word for a
     * word (a longer span there is a rewording); else 0.
     */
    private static int swapGaps(List<String> wordsA, List<String> onlyA, Set<String> setA,
                                List<String> wordsB, List<String> onlyB, Set<String> setB) {
        List<String> sharedA = wordsA.stream().filter(setB::contains).toList();
        List<String> sharedB = wordsB.stream().filter(setA::contains).toList();
        if (sharedA.size() < 2 || !sharedA.equals(sharedB)) {
            return 0;
        }
        int[] inA = ownPerGap(wordsA, onlyA, setB, sharedA.size());
        int[] inB = ownPerGap(wordsB, onlyB, setA, sharedA.size());
        int swaps = 0;
        for (int gap = 0; gap < inA.length; gap++) {
            if (inA[gap] == 1 && inB[gap] == 1) {
                swaps++;
            }
        }
        return swaps;
    }

    /** For each gap of the shared sequence (before the first shared word, between two, after the last), its own words. */
    private static int[] ownPerGap(List<String> words, List<String> own, Set<String> other, int shared) {
        int[] perGap = new int[shared + 1];
        int sharedBefore = 0;
        for (String w : words) {
            if (other.contains(w)) {
                sharedBefore++;
            } else if (own.contains(w)) {
                perGap[sharedBefore]++;
            }
        }
        return perGap;
    }

    /**
     * {@code a} opens with a name {@code b} has later and names the user after it: "Priya reports to the user" is
     * Priya's act, "Reports to Priya" the user's.
     */
    private boolean nameActsOnUser(TextAnalysis a, TextAnalysis b) {
        String[] words = a.aliased.split(" ");
        // a first word is capitalised anyway: it is a name where the other text has it inside
        if (words.length < 2 || !b.nameForms().contains(words[0]) || b.aliased.startsWith(words[0] + " ")) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (rules.userWords.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code a} opens with a name and "is" ("Joana is a hydrologist") and {@code b} never names her: her fact, not the
     * user's (the user's own name is no subject by then, see {@link TextAnalysis}).
     */
    private boolean namedSubject(TextAnalysis a, TextAnalysis b) {
        String[] words = a.aliased.split(" ");
        return words.length >= 3 && rules.beingWords.contains(words[1]) && !rules.facts(words[0]).stop()
                && TextAnalysis.Stemmer.isLetters(words[0]) && Character.isUpperCase(a.source.codePointAt(0))
                && !b.surfaceWords().contains(words[0]);
    }

    /** {@code w}, a word of {@code t}, frames its line: a framing word, or the verb it opens with as an instruction. */
    private boolean frames(String w, TextAnalysis t) {
        return rules.frameWords.contains(w) || w.equals(t.imperativeFrame);
    }

    /** The same words joined by hyphens or slashes in another order: "YYYY-MM-DD" is not "DD/MM/YYYY". */
    private static boolean compoundReordered(TextAnalysis a, TextAnalysis b) {
        for (List<String> x : a.compounds()) {
            for (List<String> y : b.compounds()) {
                if (!x.equals(y) && x.size() == y.size() && new HashSet<>(x).equals(new HashSet<>(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code wanting} says the user wants something and {@code doing}, without a want, opens with the user being, doing or
     * serving it ("Wants a mentor" / "Is a mentor", "Wants help with SQL" / "Helps with SQL"): two facts.
     */
    private boolean wantsWhatTheOtherDoes(TextAnalysis wanting, TextAnalysis doing) {
        return rules.doingOpeners.contains(doing.firstWord) && saysAny(wanting.canonicalSet, rules.wantWords)
                && !saysAny(doing.canonicalSet, rules.wantWords);
    }

    /** It says the user leads: a lead word other than a plural naming the people led or placed ("SDR managers"). */
    private boolean leads(TextAnalysis t) {
        if (!saysAny(t.canonicalSet, rules.leadWords)) {
            return false;
        }
        int leadWords = 0;
        for (String w : t.canonical) {
            leadWords += rules.leadWords.contains(w) ? 1 : 0;
        }
        int plurals = 0;
        for (String w : t.aliased.split(" ")) {
            plurals += rules.leadPlurals.contains(w) ? 1 : 0;
        }
        return leadWords > plurals;
    }

    private static boolean saysAny(Set<String> words, Set<String> any) {
        for (String w : any) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code want} wants what {@code giver}, opening with "Gives" or "Provides", says the user gives: two facts. */
    private boolean wantAgainstGiving(String want, String giving, TextAnalysis giver) {
        return giver.opensWithOwnGiving && rules.wantWords.contains(want) && rules.givingWords.contains(giving);
    }

    /**
     * One stem is the other's doer or its noun: "own" / "owner", "maintain" / "maintainer", "creat" / "creator",
     * "communicat" / "communication", "insegna" / "insegnant".
     */
    static boolean derivedOf(String x, String y) {
        String base = x.length() < y.length() ? x : y;
        String agent = base == x ? y : x;
        return base.length() >= 3 && agent.startsWith(base) && DERIVED_ENDINGS.contains(agent.substring(base.length()));
    }

    private static final List<String> DERIVED_ENDINGS = List.of("er", "or", "ion", "ation", "ant", "nt");

    /**
     * Removes a word of {@code whole} that two adjacent words of {@code parts} spell together ("keybind" / "key bind"):
     * one word written apart, which exact matching allows too ("VS Code" / "VSCode").
     */
    static void pairCompounds(List<String> whole, List<String> parts) {
        for (Iterator<String> it = whole.iterator(); it.hasNext(); ) {
            String w = it.next();
            for (int i = 0; i + 1 < parts.size(); i++) {
                if (w.equals(parts.get(i) + parts.get(i + 1))) {
                    it.remove();
                    parts.remove(i + 1);
                    parts.remove(i);
                    break;
                }
            }
        }
    }

    /** Removes pairs of a word of {@code onlyA} and one of {@code onlyB} that {@code pair} accepts; how many. */
    private static int pairOff(List<String> onlyA, List<String> onlyB, BiPredicate<String, String> pair) {
        int pairs = 0;
        for (Iterator<String> it = onlyA.iterator(); it.hasNext(); ) {
            String w = it.next();
            for (Iterator<String> other = onlyB.iterator(); other.hasNext(); ) {
                if (pair.test(w, other.next())) {
                    it.remove();
                    other.remove();
                    pairs++;
                    break;
                }
            }
        }
        return pairs;
    }

    /**
     * {@code a} has no word of its own but says one twice that {@code b} says once, and {@code b} has a word of its
     * own: the repeat may stand where {@code b} has its value ("hires in the onboarding team" / "in the growth team").
     */
    private boolean repeatsInPlaceOf(TextAnalysis a, TextAnalysis b) {
        if (a.repeated.isEmpty() || !ownWords(a, b).isEmpty()) {
            return false;
        }
        // a framing word is no value a repeat could stand for: "Cite sources for claims" / "Wants citations for claims"
        List<String> values = ownWords(b, a);
        values.removeIf(w -> frames(w, b));
        for (String w : a.repeated) {
            // a name may hold the word once more ("Works at Adventure Works"); a framing word said twice frames two
            // clauses ("Pipelines use Nextflow and run on Slurm") and stands for no value
            if (!b.repeated.contains(w) && !a.names().contains(w) && !frames(w, a) && !values.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code a} that {@code b} lacks, numbers aside (the number guard has judged those), and the bound
     * words of its bounded numbers ("max" of "200 words max" / "under 200 words").
     */
    private List<String> ownWords(TextAnalysis a, TextAnalysis b) {
        List<String> own = new ArrayList<>(4);
        boolean bounded = bounded(a);
        for (String w : a.canonical) {
            if (!b.canonicalSet.contains(w) && !isNumber(w) && !(bounded && rules.boundStems.contains(w))) {
                own.add(w);
            }
        }
        if (!own.isEmpty()) {
            withoutAcronymsSpelledOut(own, a, b);
        }
        return own;
    }

    /** Takes off {@code own} an acronym of {@code a} that {@code b} spells out, and the words of {@code a} spelling one of {@code b}'s. */
    private void withoutAcronymsSpelledOut(List<String> own, TextAnalysis a, TextAnalysis b) {
        for (String name : a.nameForms()) {
            if (!b.surfaceWords().contains(name) && spelledOut(name, a, b) != null) {
                own.remove(rules.facts(name).canonical());
            }
        }
        for (String name : b.nameForms()) {
            List<String> words = a.surfaceWords().contains(name) ? null : spelledOut(name, b, a);
            if (words != null) {
                for (String w : words) {
                    own.remove(rules.facts(w).canonical());
                }
            }
        }
    }

    private static boolean bounded(TextAnalysis t) {
        for (String n : t.numbers) {
            if (n.startsWith("<") || n.startsWith(">")) {
                return true;
            }
        }
        return false;
    }

    private static int countNotIn(List<String> words, Set<String> other) {
        int n = 0;
        for (String w : words) {
            if (!other.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The shared words come in the same order and no gap between them holds own words of both texts: each text only
     * adds detail where the other has none ("Tech lead of the Payouts team" / "Leads the Payouts team, six engineers"),
     * no value stands in another's place. Reordered texts are not judged: a value swapped and moved looks the same.
     * A word said twice is aligned at both places ("business class for business trips" / "economy for business trips").
     */
    private static boolean onlyAdded(TextAnalysis a, List<String> onlyA, TextAnalysis b, List<String> onlyB) {
        return onlyAdded(a.canonical, onlyA, a.canonicalSet, b.canonical, onlyB, b.canonicalSet)
                && (a.repeated.isEmpty() && b.repeated.isEmpty() || onlyAdded(a.canonicalByLast, onlyA, a.canonicalSet,
                        b.canonicalByLast, onlyB, b.canonicalSet));
    }

    private static boolean onlyAdded(List<String> wordsA, List<String> onlyA, Set<String> setA,
                                     List<String> wordsB, List<String> onlyB, Set<String> setB) {
        List<String> sharedA = wordsA.stream().filter(setB::contains).toList();
        List<String> sharedB = wordsB.stream().filter(setA::contains).toList();
        if (!sharedA.equals(sharedB)) {
            return false;
        }
        Set<Integer> gapsA = gapsOf(wordsA, onlyA, setB);
        Set<Integer> gapsB = gapsOf(wordsB, onlyB, setA);
        gapsA.retainAll(gapsB);
        return gapsA.isEmpty();
    }

    /** For each own word, how many shared words precede it: the gap of the shared sequence it sits in. */
    private static Set<Integer> gapsOf(List<String> words, List<String> own, Set<String> other) {
        Set<Integer> gaps = new HashSet<>();
        int sharedBefore = 0;
        for (String w : words) {
            if (other.contains(w)) {
                sharedBefore++;
            } else if (own.contains(w)) {
                gaps.add(sharedBefore);
            }
        }
        return gaps;
    }

    /** "Helm over Kustomize" and "Kustomize over Helm": a comparison whose two sides appear in reverse order. */
    private boolean reversedComparison(TextAnalysis a, TextAnalysis b) {
        if (!a.comparative || !b.comparative) {
            return false;
        }
        String[] wordsA = a.aliased.split(" ");
        String[] wordsB = b.aliased.split(" ");
        int atA = soleComparison(a, wordsA);
        int atB = soleComparison(b, wordsB);
        if (atA >= 0 && atB >= 0 && wordsA[atA].equals(wordsB[atB])) {
            // one comparison word, the same in both: the two sides swap only where shared words cross it both ways
            // ("Helm over Kustomize" / "Kustomize over Helm"); words moved on one side ("Review PRs thoroughly before
            // merging" / "Wants thorough PR reviews before merging") or a scope moved across it ("In every memo, X
            // comes before Y" / "X before Y in every memo") do not
            boolean toRight = false;
            boolean toLeft = false;
            for (String w : a.contentSet) {
                if (b.contentSet.contains(w)) {
                    boolean leftInA = firstAt(wordsA, w) < atA;
                    boolean leftInB = firstAt(wordsB, w) < atB;
                    toRight |= leftInA && !leftInB;
                    toLeft |= !leftInA && leftInB;
                }
            }
            return toRight && toLeft;
        }
        if (rejectsAgainstRanking(a, b, atB, wordsB) || rejectsAgainstRanking(b, a, atA, wordsA)) {
            return rejectsWhatIsRankedHigher(a, b) || rejectsWhatIsRankedHigher(b, a);
        }
        // a bound goes before or after its number ("max 10 slides" / "10 slides at most"): the number guard has judged it
        List<String> sharedA = a.content.stream().filter(b.contentSet::contains).filter(w -> !boundWord(w, a)).distinct().toList();
        List<String> sharedB = b.content.stream().filter(a.contentSet::contains).filter(w -> !boundWord(w, b)).distinct().toList();
        for (int i = 0; i < sharedA.size(); i++) {
            for (int j = i + 1; j < sharedA.size(); j++) {
                if (sharedB.indexOf(sharedA.get(i)) > sharedB.indexOf(sharedA.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word of a bound on a number of {@code t}'s ("max", "at least"), where {@code t} has a number. */
    private boolean boundWord(String w, TextAnalysis t) {
        return !t.numbers.isEmpty() && rules.boundWords.contains(w);
    }

    /**
     * {@code contrast} rejects a thing ("Uses Riverpod for state management, not Bloc") and compares nothing else, and
     * {@code ranking} ranks one thing over another with its one comparison word at {@code at}: the two rank alike
     * where the rejected thing is the one ranked lower, wherever the other shared words stand.
     */
    private boolean rejectsAgainstRanking(TextAnalysis contrast, TextAnalysis ranking, int at, String[] rankingWords) {
        return contrast.contrastNegations > 0 && ranking.contrastNegations == 0 && at >= 0
                && rules.rankingWords.contains(rankingWords[at]) && !saysAny(contrast.allWords, rules.comparisonWords);
    }

    /** {@code contrast} rejects a thing {@code other} names, not as the thing it ranks lower. */
    private static boolean rejectsWhatIsRankedHigher(TextAnalysis contrast, TextAnalysis other) {
        if (contrast.contrastNegations == 0) {
            return false;
        }
        for (String w : contrast.rejected) {
            if (other.contentSet.contains(w) && !other.rankedLower().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ranked} puts one thing over another ("Prefer CSS Grid over flexbox for page layouts") and {@code other},
     * comparing nothing, names only the thing ranked lower ("Uses flexbox for component layouts"): another fact. The
     * things are up to three words either side of the comparison word, the text's opening verb not among them.
     */
    private boolean onlyWhatIsRankedLower(TextAnalysis ranked, TextAnalysis other) {
        if (!ranked.comparative || other.comparative) {
            return false;
        }
        String[] words = ranked.aliased.split(" ");
        int at = soleComparison(ranked, words);
        if (at < 0 || !rules.rankingWords.contains(words[at])) {
            return false;
        }
        boolean higher = false;
        boolean lower = false;
        for (int i = Math.max(1, at - 3); i < Math.min(words.length, at + 4); i++) {
            String stem = TextAnalysis.Stemmer.stem(words[i]);
            if (i != at && ranked.contentSet.contains(stem) && other.contentSet.contains(stem)) {
                higher |= i < at;
                lower |= i > at;
            }
        }
        return lower && !higher;
    }

    /**
     * The same words, two of them trading places with more than a list between them: the values of two slots swapped
     * ("short answers in the morning and long ones at night" / "long answers in the morning and short ones at night").
     * A list in another order ("Go, Python and Rust") swaps nothing.
     */
    private boolean wordsTransposed(TextAnalysis a, TextAnalysis b) {
        List<String> x = a.content;
        List<String> y = b.content;
        if (x.size() != y.size()) {
            return false;
        }
        int first = -1;
        int second = -1;
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                if (second >= 0) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                }
            }
        }
        if (second - first < 2 || !x.get(first).equals(y.get(second)) || !x.get(second).equals(y.get(first))) {
            return false;
        }
        int content = -1;
        for (String w : a.aliased.split(" ")) {
            WordFacts f = rules.facts(w);
            if (!f.stop() && !f.negation()) {
                content++;
            } else if (content >= first && content < second && !rules.listWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Where the text's one comparison word stands, if it says exactly one, once, and no "X, not Y"; else -1. */
    private int soleComparison(TextAnalysis t, String[] words) {
        int at = -1;
        for (int i = 0; i < words.length; i++) {
            if (rules.comparisonWords.contains(words[i])) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        return t.contrastNegations > 0 ? -1 : at;
    }

    /** Where the first word of {@code words} whose stem is {@code stem} stands. */
    private static int firstAt(String[] words, String stem) {
        for (int i = 0; i < words.length; i++) {
            if (TextAnalysis.Stemmer.stem(words[i]).equals(stem)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Two names both texts give, in the other order in {@code b}, with a word between them in {@code a} that does
     * more than list them: "Reports to Anna and manages Ben" / "Reports to Ben and manages Anna".
     */
    private boolean namesReordered(TextAnalysis a, TextAnalysis b) {
        if (a.names().size() < 2 || b.names().size() < 2) {
            return false;
        }
        List<String> shared = a.names().stream().filter(b.names()::contains).toList();
        List<String> inB = b.names().stream().filter(a.names()::contains).toList();
        if (shared.size() < 2 || shared.equals(inB)) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (String w : a.aliased.split(" ")) {
            words.add(TextAnalysis.Stemmer.stem(w));
        }
        for (int i = 0; i < shared.size(); i++) {
            for (int j = i + 1; j < shared.size(); j++) {
                if (inB.indexOf(shared.get(i)) > inB.indexOf(shared.get(j))
                        && !onlyListBetween(words, shared.get(i), shared.get(j), a.names())) {
                    // a sentence built otherwise ("Uses GitHub Actions for CI" / "CI runs on GitHub Actions") moves its
                    // names without swapping them: only the same frame around them swaps
                    return skeleton(a).equals(skeleton(b));
                }
            }
        }
        return false;
    }

    /** The text's words, synonyms folded, each run of names as one "_": "reports to _ and manages _". */
    private List<String> skeleton(TextAnalysis t) {
        List<String> frame = new ArrayList<>();
        for (String w : rules.synonyms.apply(List.of(t.aliased.split(" ")))) {
            WordFacts f = rules.facts(w);
            String token = t.names().contains(f.stem()) ? "_" : f.stop() ? f.stem() : f.canonical();
            if (!(token.equals("_") && !frame.isEmpty() && frame.get(frame.size() - 1).equals("_"))) {
                frame.add(token);
            }
        }
        return frame;
    }

    /** Only list words and other names between the two: "Kotlin, Go and Postgres". */
    private boolean onlyListBetween(List<String> words, String first, String second, Set<String> names) {
        int from = words.indexOf(first);
        int to = words.lastIndexOf(second);
        for (int k = from + 1; k < to; k++) {
            if (!rules.listWords.contains(words.get(k)) && !names.contains(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** Same word with a typo: one edit from a word this long, two from a longer one; accents are no edit. */
    boolean typoClose(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (!ascii(x) || !ascii(y)) {
            // a text typed without diacritics, which light stemming may have cut otherwise ("češtině" / "cestin")
            if (withoutAccents(x, true).equals(withoutAccents(y, true))) {
                return true;
            }
            x = withoutAccents(x, false);
            y = withoutAccents(y, false);
            if (x.equals(y)) {
                return true;
            }
        }
        if (ideographic(x) || ideographic(y)) {
            return false; // a run of Chinese, Japanese or Korean is a phrase: one sign more or other ("不", "周"/"月") is another fact
        }
        int len = Math.min(x.length(), y.length());
        // two edits only where the first letter agrees: "pediatric" / "geriatric" are two words, not a typo
        int allowed = len >= rules.typoTwoEditsMinLength && x.charAt(0) == y.charAt(0) ? 2
                : len >= rules.typoOneEditMinLength ? 1 : 0;
        return allowed > 0 && Math.abs(x.length() - y.length()) <= allowed && editDistance(x, y, allowed) <= allowed;
    }

    /** Whether {@code w} holds a CJK sign or kana (U+2E80 to U+9FFF), a Hangul syllable or a CJK compatibility form. */
    private static boolean ideographic(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 0x2E80 && (c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF || c >= 0xF900 && c <= 0xFAFF
                    || c >= 0xFF65 && c <= 0xFFDC)) {
                return true;
            }
        }
        return false;
    }

    /** Damerau (optimal string alignment) distance, cut off above {@code max}. */
    static int editDistance(String x, String y, int max) {
        int n = x.length();
        int m = y.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
