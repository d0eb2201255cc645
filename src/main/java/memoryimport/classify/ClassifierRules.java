package memoryimport.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import memoryimport.model.RuleFiles;

/**
 * The classifier's rules, all data: lexicons per category ({@code rules/lexicon/*.txt}), export headings as priors
 * ({@code rules/headings.txt}), stated purposes ({@code rules/purposes.txt}) and weights and bands
 * ({@code rules/classifier.properties}), and the jobs whose subject matter is personal for
 * anyone else ({@code rules/work-domains.txt}), and those whose subject matter is a special category
 * ({@code rules/special-domains.txt}).
 */
public record ClassifierRules(List<Lexicon> lexicons, Map<String, List<List<String>>> headingWords,
                              List<Purpose> purposes, Set<String> artifactNouns, Set<String> productNouns, Set<String> occupations,
                              Set<String> occupationMarkers, Set<String> notOccupations, Set<String> afterOpeningJob,
                              Set<String> workObjects, Set<String> groupNouns, Set<String> topicVerbs,
                              Set<String> likingVerbs, int likingShortObjectWords, Set<String> wantingVerbs,
                              Set<String> workplaceVerbs, Set<String> workplaceNouns, Set<String> serviceVerbs,
                              Set<String> serviceNouns, Set<String> teachingVerbs, Set<String> clientNouns,
                              Set<String> chargeNouns, Set<String> othersPlurals, Set<String> othersWith, Set<String> homographs,
                              Set<String> homographContext, Set<String> germanContext,
                              Set<String> ownerWords, Set<String> kindWords, Set<String> acronymTerms,
                              Set<String> seasonWords, Set<String> seasonPrepositions,
                              Set<String> vehicleVerbs, Set<String> fanVerbs,
                              Set<String> ageWords, Set<String> durationWords, List<WorkDomain> workDomains,
                              double occupationWeight, double headingWeight,
                              double technicalWeight, double mixedReviewBand, double keepBand, double headingReviewBand,
                              Set<String> dataNouns, Set<String> sellingVerbs,
                              Set<String> careVerbs, Set<String> careVerbsAlone, Set<String> carePeople,
                              Set<String> staffVerbs, Set<String> specialFields, Set<String> nameLexicons,
                              Set<String> carePlaces, Set<String> qualifyingVerbs, Set<String> bodyNouns,
                              Set<String> membershipTerms, EmployerSwitch employerSwitch, Set<String> subjectVerbs,
                              Set<String> coverageJobs, Set<String> coverageVerbs, Set<String> fanEvents,
                              Set<String> lendingWords, Set<String> institutionNouns, List<WorkDomain> specialDomains,
                              Set<String> titleWords, Set<String> errandVerbs, Set<String> principalNouns,
                              Set<String> sectorNouns) {

    /**
     * A move from one employer to another said by their names alone ("Left Siemens for Bosch"): its verbs (those that
     * also say a move of home need a name that looks like a company), the words before the old and the new name, the
     * articles that may come between, the words that make a name a company's, and the auxiliaries or reflexives that
     * may come before the verb.
     */
    public record EmployerSwitch(Set<String> verbs, Set<String> verbsNeedingACompany, Set<String> fromWords,
                                 Set<String> toWords, Set<String> articles, Set<String> companyWords,
                                 Set<String> auxiliaries) {
    }

    /** A phrase that states what an entry is for, and which side it puts it on; a job one says the activity is a job. */
    public record Purpose(boolean work, boolean job, String phrase, List<String> words) {
    }

    /**
     * Jobs whose subject matter is personal for anyone else, and the personal words (as cues are written) that are words
     * of that work for a user who does one of them.
     */
    public record WorkDomain(List<List<String>> jobs, Set<String> words) {
    }

    public static ClassifierRules load(RuleFiles files) {
        Properties p = new Properties();
        try (InputStream in = files.open("classifier.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classifier.properties", e);
        }
        Set<String> special = Set.of(p.getProperty("special.lexicons", "").split("\\s*,\\s*"));
        List<Lexicon> lexicons = new ArrayList<>();
        for (String side : List.of("work", "personal")) {
            for (String name : p.getProperty(side + ".lexicons").split("\\s*,\\s*")) {
                lexicons.add(Lexicon.of(name, p.getProperty("category." + name, name), side.equals("work"),
                        special.contains(name), files.lines("lexicon/" + name + ".txt")));
            }
        }
        Map<String, List<List<String>>> headings = new LinkedHashMap<>();
        for (String line : files.lines("headings.txt")) {
            String[] categoryAndWords = line.split(":", 2);
            headings.put(categoryAndWords[0].strip(), phrases(categoryAndWords[1]).toList());
        }
        List<Purpose> purposes = files.lines("purposes.txt").stream().map(line -> {
            String[] sideAndPhrase = line.split(":", 2);
            String phrase = sideAndPhrase[1].strip();
            String side = sideAndPhrase[0].strip();
            return new Purpose(!side.equals("personal"), side.equals("job"), phrase, CueText.termWords(phrase));
        }).toList();
        Set<String> artifactNouns = words(p, "artifact.nouns");
        return new ClassifierRules(List.copyOf(lexicons), headings, purposes, artifactNouns, foldedWords(p, "product.nouns"),
                words(p, "occupations"), words(p, "occupation.markers"), words(p, "occupation.notAfter"), words(p, "occupation.openingFollowers"),
                words(p, "work.objects"), words(p, "group.nouns"), words(p, "topic.verbs"),
                words(p, "liking.verbs"), Integer.parseInt(p.getProperty("liking.shortObjectWords", "0")),
                foldedWords(p, "wanting.verbs"), foldedWords(p, "workplace.verbs"), foldedWords(p, "workplace.nouns"),
                foldedWords(p, "service.verbs"), foldedWords(p, "service.nouns"), foldedWords(p, "teaching.verbs"),
                foldedWords(p, "client.nouns"), foldedWords(p, "charge.nouns"), words(p, "others.plurals"), foldedWords(p, "others.with"),
                foldedWords(p, "homograph.terms"), words(p, "homograph.context"), words(p, "german.context"),
                foldedWords(p, "owner.words"), foldedWords(p, "kind.words"), foldedWords(p, "acronym.terms"),
                foldedWords(p, "season.words"), foldedWords(p, "season.prepositions"), foldedWords(p, "vehicle.verbs"), foldedWords(p, "fan.verbs"),
                foldedWords(p, "age.words"), words(p, "duration.words"), workDomains(files.lines("work-domains.txt")),
                Double.parseDouble(p.getProperty("weight.occupation", "1.5")),
                Double.parseDouble(p.getProperty("weight.heading", "0.5")),
                Double.parseDouble(p.getProperty("weight.technical", "0.5")),
                Double.parseDouble(p.getProperty("band.mixed_review", "2.0")),
                Double.parseDouble(p.getProperty("band.keep", "0.5")),
                Double.parseDouble(p.getProperty("band.heading_review", "2.0")),
                foldedWords(p, "data.nouns"), foldedWords(p, "selling.verbs"),
                foldedWords(p, "care.verbs"), foldedWords(p, "care.verbsAlone"), foldedWords(p, "care.people"),
                foldedWords(p, "staff.verbs"), foldedWords(p, "special.fields"),
                words(p, "name.lexicons"), foldedWords(p, "care.places"),
                foldedWords(p, "occupation.asVerbs"), foldedWords(p, "body.nouns"),
                phrases(p.getProperty("membership.terms", "")).map(w -> String.join(" ", w))
                        .collect(Collectors.toUnmodifiableSet()),
                new EmployerSwitch(foldedWords(p, "switch.verbs"), foldedWords(p, "switch.verbsNeedingACompany"),
                        foldedWords(p, "switch.from"), foldedWords(p, "switch.to"), foldedWords(p, "switch.articles"),
                        foldedWords(p, "switch.companyWords"),
                        foldedWords(p, "switch.auxiliaries")),
                foldedWords(p, "subject.verbs"), foldedWords(p, "coverage.jobs"), foldedWords(p, "coverage.verbs"),
                foldedWords(p, "fan.events"), foldedWords(p, "lending.words"), foldedWords(p, "institution.nouns"),
                workDomains(files.lines("special-domains.txt")),
                foldedWords(p, "title.words"), foldedWords(p, "errand.verbs"), foldedWords(p, "principal.nouns"),
                foldedWords(p, "sector.nouns"));
    }

    private static Set<String> words(Properties p, String key) {
        return Set.of(p.getProperty(key, "").strip().split("\\s*,\\s*"));
    }

    private static List<WorkDomain> workDomains(List<String> lines) {
        return lines.stream().map(line -> {
            String[] jobsAndWords = line.split(":", 2);
            return new WorkDomain(phrases(jobsAndWords[0]).toList(),
                    phrases(jobsAndWords[1]).map(w -> String.join(" ", w)).collect(Collectors.toUnmodifiableSet()));
        }).toList();
    }

    /** Comma-separated terms, each folded as entry text is. */
    private static Stream<List<String>> phrases(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(w -> CueText.termWords(w.strip())).filter(w -> !w.isEmpty());
    }

    /** A list of single words folded as entry text is ("Unternehmen", "lessons" match as written). */
    private static Set<String> foldedWords(Properties p, String key) {
        return words(p, key).stream().map(w -> String.join(" ", CueText.termWords(w)))
                .filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Work categories in priority order, for ties. */
    List<String> categoriesInOrder() {
        return lexicons.stream().map(Lexicon::category).distinct().collect(Collectors.toList());
    }

    /** Terms by their first word, longest first, for one pass of longest-match over an entry (stems and compound parts: {@link #affixes}). */
    Map<String, List<Match>> index() {
        Map<String, List<Match>> index = new HashMap<>();
        for (Lexicon lexicon : lexicons) {
            for (Lexicon.Term term : lexicon.terms()) {
                if (term.affix() == Lexicon.Affix.NONE) {
                    index.computeIfAbsent(term.words().get(0), k -> new ArrayList<>()).add(new Match(lexicon, term));
                }
            }
        }
        index.values().forEach(list -> list.sort((a, b) -> b.term().words().size() - a.term().words().size()));
        return index;
    }

    /** The stems and compounds' last parts of all lexicons, looked up by a word's start or end. */
    AffixIndex affixes() {
        List<Match> affixed = new ArrayList<>();
        for (Lexicon lexicon : lexicons) {
            for (Lexicon.Term term : lexicon.terms()) {
                if (term.affix() != Lexicon.Affix.NONE) {
                    affixed.add(new Match(lexicon, term));
                }
            }
        }
        return new AffixIndex(affixed);
    }

    /** A lexicon term that can match. */
    record Match(Lexicon lexicon, Lexicon.Term term) {
    }
}
