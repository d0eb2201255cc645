package memoryimport.dedupe;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import memoryimport.model.TextCase;

/**
 * What dedupe compares about one text, computed once: the normalised form, an order-free key, content words (aliases
 * applied, lightly stemmed, stop words out), the same with synonyms folded, numbers, negation count and names.
 */
final class TextAnalysis {

    final String source;
    final String normalized;
    /** normalised words after aliases, for slot patterns */
    final String aliased;
    /** sorted set of the normalised words, then the numbers in order: same key = same words in another order */
    final String orderFreeKey;
    /** aliased, stemmed words without stop and negation words, in order */
    final List<String> content;
    final Set<String> contentSet;
    /** as content, with synonyms folded (paraphrase signal and swapped-word guard), each word once in order */
    final List<String> canonical;
    final Set<String> canonicalSet;
    /** canonical words it says more than once, usually none */
    final Set<String> repeated;
    /** as canonical, each word where it is said last: canonical itself when no word is repeated */
    final List<String> canonicalByLast;
    /** the poles of dedupe-opposites.txt its canonical words say, usually none */
    final int[] poles;
    /** every aliased stemmed word, stop words included (a name must appear here in the other text) */
    final Set<String> allWords;
    /** numbers, digits and number words, in order of appearance */
    final List<String> numbers;
    final List<String> sortedNumbers;
    final int negations;
    /** its one number is a "one" that says "a" ("one table per cluster"): a text with no number says the same */
    final boolean articleOne;
    /** states a preference between two things ("X over Y", "X rather than Y") */
    final boolean comparative;
    /** the "not"s of "X, not Y" tails, and the words of their Ys, stemmed: the alternatives the text rejects */
    final int contrastNegations;
    final Set<String> rejected;
    /** no lower-case letter at all ("NEEDS SOPS SIGNED"): its capitals tell no acronym's plural */
    final boolean caseless;
    /** at least half its letters are Latin: an English sentence model can read it */
    final boolean latinScript;
    /** the other person its first word names ("Sister lives in Oslo", "My boss wants"), stemmed; null: the user's own fact */
    final String otherPerson;
    /** the acronym plurals it writes as such ("SOPs"), lower case with their s */
    final Set<String> acronymPlurals;
    /** words that begin with a negation prefix (dislike, unsure), each with the word the prefix negates */
    final List<PrefixForm> prefixForms;
    /** the aliased words of its quoted spans ("Never write \"very\""), a value as a name is; usually none */
    final Set<String> quoted;
    /** its first two normalised words ("" when it has fewer): where a line's verb is, with or without a subject */
    final String firstWord;
    /** opens with a giving verb in its "-s" form ("Gives feedback on drafts"): what the user gives, not wants given */
    final boolean opensWithOwnGiving;
    /** the canonical verb it opens with in its base form when that frames a want ("Write ...", "Format ..."), else null */
    final String imperativeFrame;
    final String secondWord;
    /** LSH band keys, computed once by the user memory that asks first */
    long[] bandKeys;
    /** contentSet's words as ids of that user memory's dictionary, in set order and sorted; set with bandKeys */
    int[] contentIds;
    int[] sortedContentIds;
    /** the sentence embedding of {@code aliased}, once a paraphrase lookup asks for it (a kept entry's own is kept) */
    float[] vector;
    /** what the guards read of this text alone, once they first compare it */
    Guards.TextFacts guardFacts;

    private final String nfkc;
    private final List<String> aliasedWords;
    private final DedupeRules rules;
    /** what only the guards ask, worked out when they first do: most texts are never compared with another */
    private Names names;
    private Set<String> surfaceWords;
    private Set<String> rankedLower;
    private List<List<String>> compounds;
    private Map<String, String> asides;

    private static final int[] NO_POLES = new int[0];

    /** words joined by hyphens or slashes: "YYYY-MM-DD", "DD/MM/YYYY", whose order is their meaning */
    private static final Pattern COMPOUND = Pattern.compile("[\\p{L}\\p{N}]+(?:[-/][\\p{L}\\p{N}]+)+");

    /** a span in double quotes of any kind, or in single quotes that no letter touches outside ("kids' club" has none) */
    private static final Pattern QUOTED = Pattern.compile(
            "[\"“„«‹]([^\"“”„«»‹›]{1,80})[\"”“»›]|(?<![\\p{L}\\p{N}])['‘]([^'‘’]{1,60}?)['’](?![\\p{L}\\p{N}])");

    /** "X, not Y" and "X but not Y", with Y up to the next punctuation; "X, not only Y" takes Y too, rejecting nothing */
    private static final Pattern CONTRAST = Pattern.compile(
            "(?i)(?:,|\\bbut)\\s+not\\b(?!\\s+(?:just|only|merely|simply)\\b)([^.,;:!?()]*)");

    TextAnalysis(String text, DedupeRules rules) {
        this(text, TextNormalizer.normalize(text), rules);
    }

    /** {@code normalized} is {@link TextNormalizer#normalize}'s form of {@code text}, when the caller has it already. */
    TextAnalysis(String text, String normalized, DedupeRules rules) {
        this(text, normalized, rules, Set.of());
    }

    /**
     * As {@link #TextAnalysis(String, String, DedupeRules)}, for a user whose own names (lower case) are
     * {@code ownNames}: a line opening with one of them ("Owen is a ...", "Owen prefers ...") states the user's fact.
     */
    TextAnalysis(String text, String normalized, DedupeRules rules, Set<String> ownNames) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        this.source = text;
        this.normalized = normalized;
        List<String> words = withoutSubject(joinHyphenatedPrefixes(nfkc,
                normalized.isEmpty() ? List.of() : lettersApartFromDigits(normalized.split(" "), rules), rules),
                rules, ownNames);
        this.firstWord = words.isEmpty() ? "" : words.get(0);
        this.secondWord = words.size() < 2 ? "" : words.get(1);
        this.opensWithOwnGiving = firstWord.endsWith("s") && rules.givingWords.contains(rules.facts(firstWord).canonical());
        Set<String> acronymPlurals = acronymPlurals(nfkc, rules);
        this.acronymPlurals = acronymPlurals;
        List<String> foldedNumbers = new ArrayList<>(words.size());
        boolean articleOne = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            WordFacts f = rules.facts(w);
            int last = foldedNumbers.size() - 1;
            if (last >= 0 && isDigits(foldedNumbers.get(last)) && (f.scale() > 0 || isDigit(w, 0))) {
                // "1.5M", "1.5 million" and "1,5 Mio" as "1500000", as "1,500,000" is folded
                String decimal;
                if (f.scale() == 0) {
                    decimal = decimalScaled(nfkc, words.get(i - 1), w, rules);
                } else if (last > 0 && isDigits(foldedNumbers.get(last - 1))) {
                    decimal = decimalScaled(nfkc, words.get(i - 2), words.get(i - 1), f.scale());
                } else {
                    decimal = null;
                }
                if (decimal != null) {
                    if (f.scale() > 0) {
                        foldedNumbers.remove(last--);
                    }
                    foldedNumbers.set(last, decimal);
                    continue;
                }
            }
            if (f.scale() > 0 && last >= 0 && isDigits(foldedNumbers.get(last))) {
                // "ten thousand" as "10000", "1.5 million" as "1 5000000", as "10k" and "1.5M" are folded
                foldedNumbers.set(last, WordFacts.scaled(foldedNumbers.get(last), f.scale()));
                continue;
            }
            if (f.hourShift() >= 0 && last >= 0) {
                // "7 pm" and "7:30 pm" as "19" and "19 30", as "7pm" is folded; elsewhere "am" is a word
                int hour = WordFacts.isHour(foldedNumbers.get(last)) ? last
                        : last > 0 && isDigits(foldedNumbers.get(last)) && WordFacts.isHour(foldedNumbers.get(last - 1))
                        ? last - 1 : -1;
                if (hour >= 0) {
                    foldedNumbers.set(hour, WordFacts.onClock(foldedNumbers.get(hour), f.hourShift()));
                    continue;
                }
            }
            int minutesShift = WordFacts.minutesClockShift(w, rules);
            if (minutesShift >= 0 && last >= 0 && WordFacts.isHour(foldedNumbers.get(last))) {
                // "9:30am" as "9 30", as "9:30 am" is folded; ":00am" minutes say nothing
                foldedNumbers.set(last, WordFacts.onClock(foldedNumbers.get(last), minutesShift));
                if (!w.startsWith("00")) {
                    foldedNumbers.add(w.substring(0, 2));
                }
                continue;
            }
            String afternoon = last >= 0 ? afternoonEnd(nfkc, foldedNumbers, f.numberFold(), rules) : null;
            if (afternoon != null) {
                foldedNumbers.add(afternoon);
                continue;
            }
            if (w.equals("00") && last >= 0 && isDigits(foldedNumbers.get(last))) {
                continue; // "9:00" says the hour 9
            }
            articleOne |= rules.numberOneArticles.contains(w) && distributive(words, i, rules);
            // "APIs" as "API": the stemmer keeps the s of a word in -is (analysis, axis)
            foldedNumbers.add(acronymPlurals.contains(w) ? w.substring(0, w.length() - 1) : f.numberFold());
        }
        List<String> aliasedWords = currenciesAfterAmounts(datesAsNumbers(rules.aliases.apply(foldedNumbers), rules), rules);
        if (aliasedWords.contains("no") && NO_BEFORE_A_NAME.matcher(nfkc).find()
                && aliasedWords.stream().anyMatch(rules.portugueseWords::contains)) {
            aliasedWords = aliasedWords.stream().filter(w -> !w.equals("no")).toList(); // "na Socimar, no Porto": "in the"
        }
        this.aliased = String.join(" ", aliasedWords);

        List<WordFacts> aliasedFacts = new ArrayList<>(aliasedWords.size());
        List<String> content = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        List<WordFacts> firstOfEachStem = new ArrayList<>();
        Set<String> negationStems = new HashSet<>(2);
        int neg = 0;
        boolean compoundsNegate = compoundsNegate(nfkc, aliasedWords, rules);
        boolean concordNegates = aliasedWords.stream().noneMatch(rules.negationConcordAfter::contains);
        for (String w : aliasedWords) {
            WordFacts f = rules.facts(w);
            aliasedFacts.add(f);
            String stem = f.stem();
            if (all.add(stem)) {
                firstOfEachStem.add(f);
            }
            if (f.negation() || compoundsNegate && rules.negationCompoundEnds.contains(w)
                    || concordNegates && rules.negationConcordWords.contains(w)) {
                neg++;
                negationStems.add(stem);
            } else if (rules.negationConcordWords.contains(w)) {
                continue; // the "nunca" of "no ... nunca" says the "no" again
            } else if (!f.stop()) {
                content.add(stem);
            }
        }
        this.negations = neg;
        WordFacts first = rules.facts("");
        for (WordFacts f : aliasedFacts) {
            if (!f.personOpener()) {
                first = f;
                break;
            }
        }
        this.otherPerson = first.otherPerson() ? first.stem() : null;
        List<PrefixForm> forms = new ArrayList<>();
        for (WordFacts f : firstOfEachStem) {
            // "dislikes" is counted as a negation already: "doesn't like" says the same
            if (!negationStems.contains(f.stem())) {
                forms.addAll(f.stemPrefixForms());
            }
        }
        this.prefixForms = List.copyOf(forms);
        this.content = List.copyOf(content);
        // insertion-ordered sets, used as built: the same iteration order in every run (Set.copyOf's varies by JVM)
        this.contentSet = new LinkedHashSet<>(content);
        this.allWords = all;

        Set<String> canonical = new LinkedHashSet<>();
        Set<String> repeated = Set.of();
        List<String> said = new ArrayList<>();
        int[] poles = NO_POLES;
        for (String w : rules.synonyms.apply(aliasedWords)) {
            WordFacts f = rules.facts(w);
            if (!f.negation() && !f.stop() && !(compoundsNegate && rules.negationCompoundEnds.contains(w))
                    && !rules.negationConcordWords.contains(w)) {
                String folded = f.canonical();
                said.add(folded);
                if (!canonical.add(folded)) {
                    repeated = repeated.isEmpty() ? new HashSet<>(2) : repeated;
                    repeated.add(folded);
                } else if (f.pole() != WordFacts.NO_POLE) {
                    poles = withPole(poles, f.pole());
                }
            } else if (f.stop() && f.pole() != WordFacts.NO_POLE) {
                poles = withPole(poles, f.pole()); // a stop word of place ("under" / "above each chart") still says a pole
            }
        }
        this.canonical = List.copyOf(canonical);
        this.canonicalSet = canonical;
        String opener = canonical.isEmpty() ? "" : this.canonical.get(0);
        // "Writes", "Writing" and "Written" say what the user does or did; "Write" asks for it, as "Wants" does
        this.imperativeFrame = rules.imperativeFrames.contains(opener) && !firstWord.endsWith("s")
                && !firstWord.endsWith("ing") && !firstWord.endsWith("ed") && !rules.facts(firstWord).stop() ? opener : null;
        if (!repeated.isEmpty()) {
            repeated = saidOnceInPhrases(repeated, aliasedWords, rules);
        }
        this.repeated = repeated;
        if (repeated.isEmpty()) {
            this.canonicalByLast = this.canonical;
        } else {
            Set<String> byLast = new LinkedHashSet<>();
            for (int i = said.size() - 1; i >= 0; i--) {
                byLast.add(said.get(i));
            }
            List<String> inOrder = new ArrayList<>(byLast);
            Collections.reverse(inOrder);
            this.canonicalByLast = List.copyOf(inOrder);
        }
        this.poles = poles;

        List<String> nums = new ArrayList<>();
        boolean comparative = false;
        for (int i = 0; i < aliasedWords.size(); i++) {
            WordFacts f = aliasedFacts.get(i);
            if (f.numberLike()) {
                nums.add(bound(aliasedWords, i, rules) + aliasedWords.get(i)); // versions and codes too: v2, q3, p99
            }
            comparative |= f.comparison();
        }
        int contrastNots = 0;
        Set<String> rejected = Set.of();
        if (normalized.contains("not")) { // the regex only where it can match
            Matcher m = CONTRAST.matcher(text);
            while (m.find()) {
                contrastNots++;
                rejected = rejected.isEmpty() ? new HashSet<>(4) : rejected;
                for (String w : rules.aliases.apply(Arrays.asList(TextNormalizer.normalize(m.group(1)).split(" ")))) {
                    WordFacts f = rules.facts(w);
                    if (!w.isEmpty() && !f.stop() && !f.negation()) {
                        rejected.add(f.stem());
                    }
                }
            }
        }
        this.contrastNegations = contrastNots;
        this.rejected = rejected;
        // "X, not Y" prefers X to Y as "X over Y" does: "Uses Tailwind, not styled-components" is not its reverse
        this.comparative = comparative || contrastNots > 0;
        this.numbers = List.copyOf(nums);
        this.articleOne = articleOne && nums.equals(List.of("1"));
        this.orderFreeKey = sortedDistinct(words) + " |" + String.join(" ", nums);
        List<String> sorted = new ArrayList<>(nums);
        sorted.sort(null);
        this.sortedNumbers = List.copyOf(sorted);
        this.nfkc = nfkc;
        this.aliasedWords = aliasedWords;
        this.rules = rules;
        this.caseless = TextCase.writtenInCapitals(nfkc);
        this.latinScript = mostlyLatin(nfkc);
        this.quoted = quotedWords(nfkc, rules);
    }

    /**
     * {@code repeated} without the words said twice only in one phrase around a stop word ("hour-by-hour", "side by
     * side", "day-to-day"): such a phrase says its word once, with no second place a value could stand in.
     */
    private static Set<String> saidOnceInPhrases(Set<String> repeated, List<String> words, DedupeRules rules) {
        Set<String> left = repeated;
        for (int i = 0; i + 2 < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(words.get(i + 2)) && rules.facts(words.get(i + 1)).stop()) {
                String folded = rules.facts(w).canonical();
                if (left.contains(folded) && Collections.frequency(words, w) == 2) {
                    left = left == repeated ? new HashSet<>(repeated) : left;
                    left.remove(folded);
                }
            }
        }
        return left;
    }

    private static boolean mostlyLatin(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp)) {
                letters++;
                if (cp < 0x80 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return 2 * latin >= letters;
    }

    /** The aliased words of the text's quoted spans, stop words too: a word quoted is a value. */
    private static Set<String> quotedWords(String nfkc, DedupeRules rules) {
        if (!hasQuote(nfkc)) {
            return Set.of();
        }
        Set<String> quoted = new HashSet<>(4);
        Matcher m = QUOTED.matcher(nfkc);
        while (m.find()) {
            String span = TextNormalizer.normalize(m.group(1) != null ? m.group(1) : m.group(2));
            if (!span.isEmpty()) {
                quoted.addAll(rules.aliases.apply(Arrays.asList(span.split(" "))));
            }
        }
        return quoted;
    }

    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("\"'“”„«»‹›‘’".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** a small "no" before a capitalised word: Portuguese "no Porto" (in the), in a text that is Portuguese */
    private static final Pattern NO_BEFORE_A_NAME = Pattern.compile("(?<!\\p{L})no\\s+\\p{Lu}");

    /**
     * A negation prefix that is a word too, written apart by a hyphen ("non-profit"), joined to its word as written
     * together ("nonprofit"): one word, not a "non" that negates the line.
     */
    /**
     * A name of two or more letters and its number written as one word ("MARC21", "ISO27001") or hyphened ("SDE-2") say
     * "MARC 21", "ISO 27001", "SDE 2"; "v2" and "q3" stay codes, and so does a signed offset ("UTC-2" is not "UTC 2").
     */
    static List<String> lettersApartFromDigits(String[] words, DedupeRules rules) {
        List<String> out = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // most words end in a letter: no matcher for them (this runs on every word of millions of entries)
            int digits = !w.isEmpty() && Character.isDigit(w.charAt(w.length() - 1))
                    && LETTERS_THEN_DIGITS.matcher(w).matches() ? firstDigit(w) : -1;
            if (digits > 1 && w.charAt(digits - 1) == '-' && rules.signedOffsets.contains(w.substring(0, digits - 1))) {
                digits = -1;
            } else if (digits == 2 && w.charAt(1) == '-') {
                // a letter and its number hyphened ("L-5") is the code "L5", as "v2" is
                out = out == null ? new ArrayList<>(Arrays.asList(words).subList(0, i)) : out;
                out.add(w.charAt(0) + w.substring(2));
                continue;
            }
            if (digits > 0 && out == null) {
                out = new ArrayList<>(Arrays.asList(words).subList(0, i));
            }
            if (digits > 0) {
                boolean hyphened = w.charAt(digits - 1) == '-';
                out.add(words[i].substring(0, hyphened ? digits - 1 : digits));
                out.add(words[i].substring(digits));
            } else if (out != null) {
                out.add(words[i]);
            }
        }
        return out == null ? Arrays.asList(words) : out;
    }

    private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("\\p{L}(?:\\p{L}+-?|-)\\d+");

    private static int firstDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code words} with the subject they open with (rules/dedupe-subjects.txt: "I", "User", "You are", "Ich bin", or
     * the user's own name) as the assistant's subject-less third person says it, its verb put in that person: "I like maps"
     * as "likes maps".
     */
    private static List<String> withoutSubject(List<String> words, DedupeRules rules, Set<String> ownNames) {
        int named = 0;
        while (named < Math.min(2, words.size() - 1) && ownNames.contains(words.get(named))
                && words.get(named).length() > 2 && !rules.stopWords.contains(words.get(named))) {
            named++;
        }
        // the name is the subject of a verb in the third person ("Owen is", "Owen prefers"); "Owen's manager" is
        // another person's fact
        String verb = named > 0 ? words.get(named) : "";
        if (named > 0 && (verb.length() > 2 && verb.endsWith("s") || rules.nameVerbs.contains(verb))) {
            return words.subList(named, words.size());
        }
        for (int n = Math.min(rules.longestSubject, words.size() - 1); n >= 1; n--) {
            String phrase = n == 1 ? words.get(0) : String.join(" ", words.subList(0, n));
            DedupeRules.Subject subject = rules.subjects.get(phrase);
            if (subject != null) {
                List<String> out = new ArrayList<>(words.size());
                out.addAll(subject.replacement());
                out.addAll(words.subList(n, words.size()));
                if (subject.language() != null) {
                    thirdPerson(out, subject.replacement().size(), subject.language(), rules);
                }
                return out;
            }
        }
        return words;
    }

    /** The verb at {@code at} (in English after "always", "don't" and the like) in {@code language}'s third person. */
    private static void thirdPerson(List<String> words, int at, String language, DedupeRules rules) {
        Map<String, String> irregular = rules.thirdPersons.getOrDefault(language, Map.of());
        for (int i = at; i < Math.min(words.size(), at + 3); i++) {
            String w = words.get(i);
            String third = irregular.get(w);
            if (third != null) {
                words.set(i, third);
                return;
            }
            if (language.equals("en") && (rules.stopWords.contains(w) || rules.negationWords.contains(w))) {
                continue; // "I always write", "I never use": the verb comes after
            }
            if (!Stemmer.isLetters(w)) {
                return;
            }
            words.set(i, switch (language) {
                case "en" -> englishThirdPerson(w);
                case "de" -> w.endsWith("st") ? germanThirdPerson(w.substring(0, w.length() - 2))
                        : w.endsWith("e") ? germanThirdPerson(w.substring(0, w.length() - 1)) : w;
                case "nl" -> w.endsWith("t") || w.endsWith("d") ? w : w + "t";
                default -> w;
            });
            return;
        }
    }

    /** likes, watches, fixes, goes, studies; a past ("I worked", "I used to") stays as it is. */
    private static String englishThirdPerson(String w) {
        int n = w.length();
        if (w.endsWith("ed")) {
            return w;
        }
        if (w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x") || w.endsWith("z")) {
            return w + "es";
        }
        if (n > 2 && w.endsWith("y") && "aeiou".indexOf(w.charAt(n - 2)) < 0) {
            return w.substring(0, n - 1) + "ies";
        }
        return w + "s";
    }

    /** "arbeit" as "arbeitet", "bevorzug" as "bevorzugt", "arbeite" (of "arbeitest") as "arbeitet". */
    private static String germanThirdPerson(String stem) {
        return stem.endsWith("e") ? stem + "t" : stem.endsWith("t") || stem.endsWith("d") ? stem + "et" : stem + "t";
    }

    private static List<String> joinHyphenatedPrefixes(String nfkc, List<String> words, DedupeRules rules) {
        if (nfkc.indexOf('-') < 0) {
            return words;
        }
        String lower = nfkc.toLowerCase(Locale.ROOT);
        List<String> joined = null;
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            if (rules.negationPrefixes.contains(w) && rules.negationWords.contains(w)
                    && lower.contains(w + "-" + words.get(i + 1))) {
                joined = joined == null ? new ArrayList<>(words) : joined;
                int at = joined.size() - (words.size() - i);
                joined.set(at, w + words.get(i + 1));
                joined.remove(at + 1);
                i++;
            }
        }
        return joined == null ? words : joined;
    }

    /**
     * Whether each word of {@code words} that may end a negating compound ends one in the text ("gluten-free"), so
     * counts as a negation; when one stands alone ("a free tier"), none is counted.
     */
    private static boolean compoundsNegate(String nfkc, List<String> words, DedupeRules rules) {
        int ends = 0;
        for (String w : words) {
            if (rules.negationCompoundEnds.contains(w)) {
                ends++;
            }
        }
        if (ends == 0) {
            return false;
        }
        String lower = nfkc.toLowerCase(Locale.ROOT);
        int compounds = 0;
        for (String end : rules.negationCompoundEnds) {
            for (int at = lower.indexOf("-" + end); at >= 0; at = lower.indexOf("-" + end, at + 1)) {
                int after = at + 1 + end.length();
                if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))
                        && (after == lower.length() || !Character.isLetterOrDigit(lower.charAt(after)))) {
                    compounds++;
                }
            }
        }
        return compounds == ends;
    }

    /**
     * {@code whole} and {@code fraction} written as one decimal number ("1.5", "1,5") before a scale ending of
     * {@code scaled} ("5M"), as the digits of its value; null when they are not, or the value is no whole number.
     */
    private static String decimalScaled(String nfkc, String whole, String scaled, DedupeRules rules) {
        int digits = 0;
        while (digits < scaled.length() && TextNormalizer.isAsciiDigit(scaled.charAt(digits))) {
            digits++;
        }
        Long scale = digits == scaled.length() ? null : rules.numberScales.get(scaled.substring(digits));
        return scale == null ? null : decimalScaled(nfkc, whole, scaled.substring(0, digits), scale);
    }

    /** As above, with the scale given: "1.5 million". */
    private static String decimalScaled(String nfkc, String whole, String fraction, long scale) {
        if (!isDigits(whole) || !isDigits(fraction)
                || !nfkc.contains(whole + "." + fraction) && !nfkc.contains(whole + "," + fraction)) {
            return null;
        }
        BigDecimal value = new BigDecimal(whole + "." + fraction).multiply(BigDecimal.valueOf(scale));
        return value.stripTrailingZeros().scale() > 0 ? null : value.toBigInteger().toString();
    }

    /**
     * The 24-hour hour of {@code hour} when it ends a range of clock hours that starts at a later one ("9 to 5", "8-4"):
     * working hours, as "9–17" gives them; null when it does not.
     */
    private static String afternoonEnd(String nfkc, List<String> folded, String hour, DedupeRules rules) {
        if (!WordFacts.isHour(hour)) {
            return null;
        }
        int last = folded.size() - 1;
        boolean worded = rules.rangeWords.contains(folded.get(last)) && last > 0;
        String start = folded.get(worded ? last - 1 : last);
        boolean range = worded || nfkc.contains(start + "-" + hour) || nfkc.contains(start + "–" + hour);
        return range && WordFacts.isHour(start) && Integer.parseInt(start) > Integer.parseInt(hour)
                ? Integer.toString(Integer.parseInt(hour) + 12) : null;
    }

    /**
     * Dates written with a month name ("March 3, 2025", "3 March 2025") as the year, month and day numbers an ISO date
     * ("2025-03-03") gives; a month without a day and a year stays a word ("reviews in March").
     */
    private static List<String> datesAsNumbers(List<String> words, DedupeRules rules) {
        List<String> out = null; // made for the few texts that have a date
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!isYear(words.get(i + 2))) {
                continue; // the cheap test first: most texts hold no year
            }
            String month = rules.months.get(words.get(i));
            boolean monthFirst = month != null;
            if (!monthFirst) {
                month = rules.months.get(words.get(i + 1));
            }
            String day = monthFirst ? words.get(i + 1) : words.get(i);
            if (month != null && isDay(day)) {
                if (out == null) {
                    out = new ArrayList<>(words);
                }
                out.set(i, words.get(i + 2));
                out.set(i + 1, month);
                out.set(i + 2, day);
                i += 2;
            }
        }
        return out == null ? words : out;
    }

    /** A currency before its amount ("eur 2000000" of "€2M") after it, as "2 million euros" says it. */
    private static List<String> currenciesAfterAmounts(List<String> words, DedupeRules rules) {
        List<String> out = null; // made for the few texts that have one
        for (int i = 0; i + 1 < words.size(); i++) {
            if (isDigit(words.get(i + 1), 0) && rules.currencies.contains(words.get(i))) {
                if (out == null) {
                    out = new ArrayList<>(words);
                }
                out.set(i, words.get(i + 1));
                out.set(i + 1, words.get(i));
                i++;
            }
        }
        return out == null ? words : out;
    }

    private static boolean isDay(String w) {
        return w.length() <= 2 && isDigits(w) && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31;
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && isDigits(w) && (w.startsWith("19") || w.startsWith("20"));
    }

    private static boolean isDigit(String w, int at) {
        return w.length() > at && TextNormalizer.isAsciiDigit(w.charAt(at));
    }

    /** Capitalised words not opening a sentence, and words with inner capitals or all caps; aliased, stemmed. */
    Set<String> names() {
        return foundNames().stems();
    }

    /** Its words joined by hyphens or slashes, each group in its order, lower case; worked out when first asked. */
    List<List<String>> compounds() {
        if (compounds == null) {
            List<List<String>> found = new ArrayList<>(0);
            Matcher m = COMPOUND.matcher(nfkc);
            while (m.find()) {
                found.add(List.of(m.group().toLowerCase(Locale.ROOT).split("[-/]")));
            }
            compounds = found;
        }
        return compounds;
    }

    /** The same names as written, aliased but not stemmed ("Teams" is not "team"). */
    Set<String> nameForms() {
        return foundNames().forms();
    }

    private Names foundNames() {
        if (names == null) {
            names = findNames();
        }
        return names;
    }

    /** A capitalised name and a short description in parentheses after it: "Parcelwise (parcel tracking)". */
    private static final Pattern NAME_ASIDE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}&'-]*)\\s*\\(([^()\\p{N}]{1,60})\\)");

    /**
     * The words of a short description in parentheses right after a name, of four words at most and no number, each
     * with the name it describes (both lower case, normalised): "(insurance)", "(field-service scheduling SaaS)".
     */
    Map<String, String> asides() {
        if (asides == null) {
            Map<String, String> found = Map.of();
            if (source.indexOf('(') >= 0) {
                Matcher m = NAME_ASIDE.matcher(source);
                while (m.find()) {
                    String[] words = TextNormalizer.normalize(m.group(2)).split(" ");
                    if (words.length > 4 || words[0].isEmpty()) {
                        continue;
                    }
                    if (found.isEmpty()) {
                        found = new java.util.HashMap<>(4);
                    }
                    String anchor = TextNormalizer.normalize(m.group(1));
                    for (String w : words) {
                        found.put(w, anchor);
                    }
                }
            }
            asides = found;
        }
        return asides;
    }

    /** Whether it writes {@code form} (a lower-case name form) in capitals, as an acronym: "AP", "CIs". */
    boolean writesInCapitals(String form) {
        String upper = form.toUpperCase(Locale.ROOT);
        for (int start = tokenStart(nfkc, 0); start >= 0; ) {
            int end = tokenEnd(nfkc, start);
            if (nfkc.startsWith(upper, start) && (end - start == upper.length()
                    || end - start == upper.length() + 1 && nfkc.charAt(end - 1) == 's')) {
                return true;
            }
            start = tokenStart(nfkc, end);
        }
        return false;
    }

    /** Every aliased word, not stemmed: where another text's names are looked for. */
    Set<String> surfaceWords() {
        if (surfaceWords == null) {
            surfaceWords = new HashSet<>(aliasedWords);
        }
        return surfaceWords;
    }

    /**
     * The content stems after the text's ranking word ("rather than Java", "over Java", "instead of Java"): what it ranks
     * lower, and what follows that; asked only of a comparative text that another's "X, not Y" is compared with.
     */
    Set<String> rankedLower() {
        if (rankedLower == null) {
            Set<String> lower = new HashSet<>(4);
            boolean after = false;
            for (String w : aliasedWords) {
                WordFacts f = rules.facts(w);
                if (rules.rankingWords.contains(w)) {
                    after = true;
                } else if (after && !f.stop() && !f.negation()) {
                    lower.add(f.stem());
                }
            }
            rankedLower = lower;
        }
        return rankedLower;
    }

    /** A word of {@code numbers.distributive} ("per", "each") one to three words after {@code at}, no number between. */
    private static boolean distributive(List<String> words, int at, DedupeRules rules) {
        for (int i = at + 1; i < Math.min(words.size(), at + 4); i++) {
            if (rules.numberDistributiveWords.contains(words.get(i))) {
                return i > at + 1;
            }
            if (rules.facts(words.get(i)).numberLike()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "<" for a number after "under" or "less than", or before "max" ("200 words max"), ">" after "over" or "at least",
     * or before "or more", else nothing.
     */
    private static String bound(List<String> words, int number, DedupeRules rules) {
        for (int i = number - 1; i >= Math.max(0, number - 2); i--) {
            if (rules.numberBelowWords.contains(words.get(i))) {
                return "<";
            }
            if (rules.numberAboveWords.contains(words.get(i))) {
                return ">";
            }
        }
        for (int i = number + 1; i <= Math.min(words.size() - 1, number + 4); i++) {
            // a bound word before a number of its own bounds that one: "10 lines, max 20 columns"
            if (rules.facts(words.get(i)).numberLike()
                    || i + 1 < words.size() && rules.facts(words.get(i + 1)).numberLike()) {
                break;
            }
            if (rules.numberBelowAfterWords.contains(words.get(i))) {
                return "<";
            }
            if (rules.numberAboveAfterWords.contains(words.get(i))) {
                return ">";
            }
        }
        return "";
    }

    private record Names(Set<String> stems, Set<String> forms) {
    }

    private Names findNames() {
        Set<String> names = new LinkedHashSet<>();
        Set<String> nameForms = new LinkedHashSet<>();
        // adjacent names are aliased together: "United Kingdom" is the "UK" of the other text
        List<String> run = new ArrayList<>(2);
        int last = 0;
        boolean sentenceStart = true;
        for (int start = tokenStart(nfkc, 0); start >= 0; start = tokenStart(nfkc, last)) {
            int end = tokenEnd(nfkc, start);
            while (end < nfkc.length() && TextNormalizer.partOfWord(nfkc.charAt(end), nfkc, end + 1)) {
                end = runEnd(nfkc, end + 1); // C#, C++, UTC+2: the name as the normalised text has it
            }
            if (last > 0 && endsSentence(nfkc, last, start)) {
                sentenceStart = true;
            }
            if (!nfkc.substring(last, start).isBlank()) {
                addNames(run, names, nameForms);
            }
            String raw = nfkc.substring(start, end);
            String lower = raw.toLowerCase(Locale.ROOT);
            if (isNumber(raw) || rules.numberWords.containsKey(lower) || rules.numberScales.containsKey(lower)
                    || rules.months.containsKey(lower)) {
                // numbers come from the aliased words; a month is a number in a date, and an opposite pole elsewhere
                addNames(run, names, nameForms);
            } else if (isName(raw, sentenceStart) && !rules.stopWords.contains(lower)
                    && !rules.negationWords.contains(lower)) {
                String name = acronymPlurals.contains(lower) ? raw.substring(0, raw.length() - 1) : raw;
                run.addAll(lettersApartFromDigits(TextNormalizer.normalize(name).split(" "), rules));
            } else {
                addNames(run, names, nameForms);
            }
            sentenceStart = false;
            last = end;
        }
        addNames(run, names, nameForms);
        return new Names(names, nameForms);
    }

    /** The names of {@code run}, aliased, added to {@code names} (stemmed) and {@code forms}; the run emptied. */
    private void addNames(List<String> run, Set<String> names, Set<String> forms) {
        for (String part : rules.aliases.apply(run)) {
            names.add(Stemmer.stem(part));
            forms.add(part);
        }
        run.clear();
    }

    /**
     * The text's acronym plurals, lower case, that have no alias of their own ("PRs" has): "ADRs" names what "ADR"
     * does, and names compare as written.
     */
    private static Set<String> acronymPlurals(String nfkc, DedupeRules rules) {
        Set<String> found = null; // made for the few texts that have one
        for (int start = tokenStart(nfkc, 0); start >= 0; ) {
            int end = tokenEnd(nfkc, start);
            if (isAcronymPlural(nfkc, start, end)) {
                String lower = nfkc.substring(start, end).toLowerCase(Locale.ROOT);
                if (rules.aliases.get(lower) == null) {
                    if (found == null) {
                        found = new HashSet<>(4);
                    }
                    found.add(lower);
                }
            }
            start = tokenStart(nfkc, end);
        }
        return found == null ? Set.of() : found;
    }

    /** Two or more capitals and a plural s: APIs, ADRs, KPIs (not CSS, iOS). */
    private static boolean isAcronymPlural(String s, int start, int end) {
        if (end - start < 3 || s.charAt(end - 1) != 's') {
            return false;
        }
        for (int i = start; i < end - 1; i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code poles} with {@code pole} added once; most texts say none (no array made for them). */
    private static int[] withPole(int[] poles, int pole) {
        for (int p : poles) {
            if (p == pole) {
                return poles;
            }
        }
        int[] more = Arrays.copyOf(poles, poles.length + 1);
        more[poles.length] = pole;
        return more;
    }

    /** Where the next token {@code [\p{L}\p{N}]+(?:[.,][\p{L}\p{N}]+)*} starts at or after {@code from}; -1: none. */
    static int tokenStart(String s, int from) {
        int i = from;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Where the token starting at {@code start} ends: letters and numbers, joined by single dots or commas. */
    static int tokenEnd(String s, int start) {
        int i = runEnd(s, start);
        while (i + 1 < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',') && isLetterOrNumber(s.codePointAt(i + 1))) {
            i = runEnd(s, i + 1);
        }
        return i;
    }

    private static int runEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isLetterOrNumber(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** \p{L} or \p{N}. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The words sorted, each once, joined by spaces. */
    private static String sortedDistinct(List<String> words) {
        String[] sorted = words.toArray(new String[0]);
        Arrays.sort(sorted);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || !sorted[i].equals(sorted[i - 1])) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(sorted[i]);
            }
        }
        return key.toString();
    }

    /** {@code \d+(?:[.,]\d+)*}, without a regex matcher per word */
    static boolean isNumber(String w) {
        int n = w.length();
        if (n == 0 || !TextNormalizer.isAsciiDigit(w.charAt(0)) || !TextNormalizer.isAsciiDigit(w.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = w.charAt(i);
            if (!TextNormalizer.isAsciiDigit(c)
                    && !((c == '.' || c == ',') && TextNormalizer.isAsciiDigit(w.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** Only ASCII digits, at least one. */
    static boolean isDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!TextNormalizer.isAsciiDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    static boolean mixesDigitsAndLetters(String w) {
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && letter;
    }

    private static boolean endsSentence(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (".!?:;".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    record PrefixForm(String word, String negated) {
    }

    private static boolean isName(String raw, boolean sentenceStart) {
        if (!Character.isLetter(raw.charAt(0))) {
            return false;
        }
        for (int i = 1; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i))) {
                return true; // TypeScript, PostgreSQL, CET, iOS
            }
        }
        return !sentenceStart && Character.isUpperCase(raw.charAt(0));
    }

    /** Light English stemming: plural -s/-es/-ies, -sis/-ses, -ing, -ed, final -e, doubled final consonant. */
    static final class Stemmer {
        private Stemmer() {
        }

        static String stem(String w) {
            if (w.length() < 3 || !isLetters(w)) {
                return w;
            }
            String s = adjectiveOf(w);
            if (s.endsWith("sis") && s.length() >= 6) {
                return s.substring(0, s.length() - 2); // analysis as analyses: both "analys"
            }
            if (s.endsWith("ies") && s.length() > 4) {
                s = s.substring(0, s.length() - 3) + "y";
            } else if (s.endsWith("sses")) {
                s = s.substring(0, s.length() - 2);
            } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
                s = s.substring(0, s.length() - 1);
            }
            if (s.endsWith("ing") && s.length() >= 5) {
                s = undouble(s.substring(0, s.length() - 3));
            } else if (s.endsWith("ed") && s.length() >= 4) {
                s = undouble(s.substring(0, s.length() - 2));
            }
            if (s.endsWith("e") && s.length() >= 3) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        }

        /** words in -ly that are no adverb of their base, or whose base means something else (friend, short) */
        private static final Set<String> NOT_ADVERBS = Set.of("friendly", "fatherly", "motherly", "brotherly",
                "sisterly", "shortly", "unlikely", "elderly", "assembly", "anomaly", "monopoly", "butterfly");

        /**
         * The adjective of an adverb of seven letters or more ("concisely" as "concise", "heavily" as "heavy", "notably"
         * as "notable"), so "Writes clearly" says what "Clear writing" does; shorter ones are often no adverb (reply,
         * family, likely).
         */
        private static String adjectiveOf(String w) {
            int n = w.length();
            if (n < 7 || !w.endsWith("ly") || NOT_ADVERBS.contains(w)) {
                return w;
            }
            return w.endsWith("ily") ? w.substring(0, n - 3) + "y"
                    : w.endsWith("bly") ? w.substring(0, n - 1) + "e" : w.substring(0, n - 2);
        }

        private static String undouble(String s) {
            int n = s.length();
            if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                    && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
                return s.substring(0, n - 1);
            }
            return s;
        }

        static boolean isLetters(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
