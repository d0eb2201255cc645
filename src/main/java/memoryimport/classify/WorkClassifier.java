package memoryimport.classify;

import java.util.BitSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import memoryimport.model.BoundedCache;
import memoryimport.model.Classification;
import memoryimport.model.DecisionKind;
import memoryimport.model.Entry;
import memoryimport.model.RuleFiles;
import memoryimport.model.ScreenedEntry;
import memoryimport.model.TextCase;

/**
 * Keep work, drop personal, and say why. Signals: category lexicons matched longest-first on whole words (so "pet
 * project" is a project, not a pet), the export heading as a prior, technical-looking names as a weak work cue,
 * and stated purposes ("for a client", "for fun"). The decision table is {@link #decide}.
 */
public final class WorkClassifier {

    static final Pattern TECHNICAL = Pattern.compile(
            "[A-Z]{2,}[A-Za-z0-9]*|[A-Za-z]+[A-Z][A-Za-z0-9]*|[A-Za-z]+\\d+[A-Za-z0-9]*|\\d+(?:\\.\\d+)+");

    /** the lexicon of jobs and employers, whose words a personal word before them only qualifies */
    private static final String JOB_LEXICON = "work_role";
    /** How far into the entry a verb of covering or negotiating is looked for, and how many words its subject spans. */
    private static final int SUBJECT_VERB_REACH = 6;
    private static final int SUBJECT_WORDS = 5;
    private static final String TOOLS_LEXICON = "tools";
    /** the category of the user's own car or motorbike, and of their age */
    private static final String OTHER_PERSONAL_CATEGORY = "other_personal";
    /** "Turns 35 next month", "turning 40 in June": an age ("turns 3 alerts into one ticket" counts things) */
    private static final Pattern TURNS_AN_AGE = Pattern.compile("(?i)\\bturn(?:s|ing)\\s+(?:1[89]|[2-9]\\d)"
            + "(?=\\s+(?:next|this|in|on|soon|today|tomorrow|and)\\b|\\s*[,;.!)]|\\s*$)");
    /**
     * Training for a race by its name: "Training for the Great North Run", "the Leeds 10K", "the Cardiff Half"; a race
     * named by its short word, which alone is no leisure word ("Run the linter", "10K users").
     */
    private static final Pattern TRAINING_FOR_A_RACE = Pattern.compile("\\b(?i:training|trains)\\s+for\\s+(?i:the|a|an|my|his|her)\\s+"
            + "(?:(?:first|next|\\p{Lu}[\\p{L}'-]*)\\s+){1,4}(?:Run|Half|Marathon|Ultra|Sportive|Triathlon|Swim|Ride|\\d{1,3}(?:K|k|km|-miler))\\b");
    /** small words inside an institution's name: "the Byzantine and Christian Museum", "the Museum of Childhood" */
    private static final Set<String> NAME_JOINERS = Set.of("and", "of", "&", "for", "the");
    /** the category of the user's family, whose words after "for" may be anyone's */
    private static final String FAMILY_CATEGORY = "family";
    /** the category of a sports fan's team and of training for a race */
    private static final String LEISURE_CATEGORY = "leisure";
    /** lexicons of people close to the user, whose words are never acronyms of their own */
    private static final Set<String> KIN_LEXICONS = Set.of("family", "relationships");
    private static final String BELIEFS_LEXICON = "beliefs";
    /** the category of the user's home, whose "moved to" may be a move at work */
    private static final String HOME_CATEGORY = "home";
    private static final Set<String> EMPLOYER_PREPOSITIONS = Set.of("at", "for");
    private static final Set<String> WORK_VERBS = Set.of("work", "works", "working", "worked");
    /**
     * What an assistant calls the user in its languages, after an article or alone: "The user", "El usuario", "Der
     * Nutzer", "L'utilisateur", "Użytkownik", "Användaren".
     */
    private static final Set<String> USER_NOUNS = Set.of("user", "usuario", "usuaria", "nutzer", "nutzerin",
            "benutzer", "benutzerin", "utilisateur", "utilisatrice", "utente", "usuário", "usuária", "utilizador",
            "utilizadora", "gebruiker", "gebruikster", "użytkownik", "użytkowniczka", "användaren", "brugeren", "brukeren");
    /** the articles before a user noun: "the", "el", "la", "der", "die", "l'", "il", "o", "a", "de" */
    private static final Set<String> USER_ARTICLES = Set.of("the", "el", "la", "der", "die", "l", "il", "o", "a", "de");
    /** the user as a pronoun: "He", "Sie", "Elle", "Ella", "Lei", "Ele", "Hij", "Hon" */
    private static final Set<String> USER_PRONOUNS = Set.of("he", "she", "they", "er", "sie", "il", "elle", "él",
            "ella", "lui", "lei", "ele", "ela", "hij", "zij", "hon", "han", "ona");
    /** the words that may stand before the user's own verb, a user noun's article among them */
    private static final Set<String> USER_SUBJECTS = Stream.of(USER_NOUNS, USER_ARTICLES, USER_PRONOUNS)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** "is" in the languages the lexicons cover, before a job: "Is a nurse", "Es enfermera", "Est infirmière" */
    private static final Set<String> COPULAS = Set.of("is", "es", "est", "ist", "è", "é");
    /** a verb of working and its "as": "trabaja como", "travaille comme", "arbeitet als", "werkt als" */
    private static final Set<String> WORKING = Set.of("trabaja", "travaille", "arbeitet", "lavora", "trabalha", "werkt",
            "pracuje", "arbetar", "jobbar", "atua");
    private static final Set<String> AS = Set.of("as", "como", "comme", "als", "come", "jako", "som");
    private static final Set<String> INDEFINITE = Set.of("un", "una", "une", "ein", "eine", "een", "um", "uma", "uno");
    private static final Set<String> POSSESSIVES = Set.of("my", "his", "her", "their", "our", "your");
    private static final Set<String> PREPOSITIONS = Set.of("as", "at", "for", "to", "of", "with", "in", "on", "by");
    /** between a work verb and its workplace: "works at", "trabaja en", "arbeitet bei", "travaille chez" */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "for", "in", "on", "with", "en", "bei", "im",
            "chez", "dans", "presso", "em", "na", "no", "bij", "voor", "op", "para", "pour", "für", "a");
    /** after a verb of working, where the user works from, not an employer: "Works from a café", "trabaja desde casa" */
    private static final Set<String> WORKS_FROM = Set.of("from", "desde", "depuis", "von", "vanuit", "da", "dalla", "dal");
    /** articles and the user's own before a noun, in the languages the lexicons cover */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "own", "some",
            "un", "una", "uno", "unos", "unas", "el", "la", "los", "las", "le", "l", "les", "des", "du", "il", "lo",
            "gli", "ein", "eine", "einer", "einem", "einen", "der", "die", "das", "dem", "den", "um", "uma", "een",
            "su", "sa", "son", "ses", "sein", "seine", "seiner", "ihre", "ihrer", "sua", "seu");
    /** a noun's kind after it, in the Romance languages and others: "tienda de mascotas", "cours de yoga" */
    private static final Set<String> KIND_AFTER = Set.of("de", "del", "d", "à", "au", "aux", "di", "della", "dei",
            "delle", "per", "pour", "para", "für", "van", "voor", "do", "da", "dos", "das");
    /** words that end a noun phrase */
    private static final Set<String> PHRASE_ENDS = Set.of("and", "or", "but", "who", "which", "that", "where", "while",
            "since", "y", "o", "et", "ou", "e", "und", "oder", "que", "qui", "che", "en", "con", "avec", "mit");
    /** the pronoun before a Romance verb of liking: "Le gusta", "Le encanta", "Lui plaît" */
    private static final Set<String> CLITICS = Set.of("le", "les", "lui", "gli", "me", "mi");
    /** a language's infinitive right after a verb of wanting: "quiere viajar", "veut partir", "vuole correre" */
    private static final Pattern ROMANCE_INFINITIVE = Pattern.compile("\\p{L}{2,}(?:ar|er|ir|re|ere|ire)");

    private final ClassifierRules rules;
    private final Map<String, List<ClassifierRules.Match>> index;
    private final AffixIndex affixes;
    private final List<ClassifierRules.Match> inTextTerms;
    private static final HeadingCategory NO_HEADING_CATEGORY = new HeadingCategory(null, false);
    /** a bounded heap however many distinct headings a run's exports have */
    private final BoundedCache<String, HeadingCategory> headingCategories = new BoundedCache<>(10_000);
    private final List<String> categoryOrder;
    /** positions in the rules' purpose list, by the purpose phrase's first word */
    private final Map<String, List<Integer>> purposesByFirstWord = new HashMap<>();
    private static final Set<String> TOOL_PREPOSITIONS = Set.of("from", "to");
    /** the jobs of the rules' work domains, by their first word */
    private final Map<String, List<DomainJob>> domainJobs = new HashMap<>();

    /** A job's words and the domain it opens; a special one's words are special categories' ("chemo" for an oncologist). */
    private record DomainJob(List<String> words, ClassifierRules.WorkDomain domain, boolean special) {
    }

    public WorkClassifier(ClassifierRules rules) {
        this.rules = rules;
        this.index = rules.index();
        this.affixes = rules.affixes();
        this.inTextTerms = inTextTerms(rules);
        this.categoryOrder = rules.categoriesInOrder();
        for (int i = 0; i < rules.purposes().size(); i++) {
            List<String> words = rules.purposes().get(i).words();
            if (!words.isEmpty()) {
                purposesByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(i);
            }
        }
        for (ClassifierRules.WorkDomain domain : rules.workDomains()) {
            for (List<String> job : domain.jobs()) {
                domainJobs.computeIfAbsent(job.get(0), w -> new ArrayList<>()).add(new DomainJob(job, domain, false));
            }
        }
        for (ClassifierRules.WorkDomain domain : rules.specialDomains()) {
            for (List<String> job : domain.jobs()) {
                domainJobs.computeIfAbsent(job.get(0), w -> new ArrayList<>()).add(new DomainJob(job, domain, true));
            }
        }
    }

    public static WorkClassifier fromClasspath() {
        return new WorkClassifier(ClassifierRules.load(RuleFiles.shipped()));
    }

    public Classification classify(ScreenedEntry screened) {
        return classify(screened, UserWork.NONE);
    }

    /** As {@link #classify(ScreenedEntry)}, reading the personal words of the user's own job as words of their work. */
    public Classification classify(ScreenedEntry screened, UserWork userWork) {
        if (screened.mustDrop()) {
            String kinds = screened.findings().stream().map(f -> f.kind() + " (" + f.detector() + ")")
                    .distinct().collect(Collectors.joining(", "));
            return new Classification(DecisionKind.DROPPED_SENSITIVE, screened.findings().get(0).kind(),
                    "dropped: sensitive " + kinds);
        }
        return decide(signals(screened.entry(), userWork));
    }

    /**
     * What the user's entries kept as work say of their job: for each job of the rules' work domains that one of them
     * names ("Equine vet at a clinic in Utrecht"), that domain's personal words. Entries that are someone else's job
     * ("Her husband is a chef") are not kept, so they say nothing of the user's.
     */
    public UserWork userWork(List<ScreenedEntry> entries) {
        Map<String, String> jobOfWord = new HashMap<>();
        Map<String, String> specialJobOfWord = new HashMap<>();
        for (ScreenedEntry screened : entries) {
            if (screened.mustDrop() || screened.entry().isInvalid()) {
                continue;
            }
            if (!mayNameADomainJob(screened.entry().text())) {
                continue; // most entries: no word of them starts a job of the work domains
            }
            UserWork named = domainJobsIn(new CueText(screened.entry().text()));
            // the entry is read with its own job's words as work: "Gardener at a botanic garden"
            DecisionKind decision = named.isEmpty() ? null : decide(signals(screened.entry(), named)).decision();
            if (decision == DecisionKind.KEPT) {
                named.jobOfWord().forEach(jobOfWord::putIfAbsent);
            }
            // a special field's job is named only as a stated job: "Psychotherapist in private practice, mostly CBT"
            // says it though its special word, in another clause, sends the entry itself to review
            if (decision == DecisionKind.KEPT || decision == DecisionKind.NEEDS_REVIEW) {
                named.specialJobOfWord().forEach(specialJobOfWord::putIfAbsent);
            }
        }
        return jobOfWord.isEmpty() && specialJobOfWord.isEmpty() ? UserWork.NONE
                : new UserWork(jobOfWord, specialJobOfWord);
    }

    /**
     * Whether a run of letters of the text, lower-cased and folded, starts a job of the work domains: a quick check
     * before {@link CueText}, which would read every entry of every user a second time.
     */
    private boolean mayNameADomainJob(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int n = lower.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            String word = lower.substring(start, i);
            if (domainJobs.containsKey(word) || domainJobs.containsKey(CueText.fold(word))) {
                return true;
            }
        }
        return false;
    }

    /** The personal words of the work domains whose jobs the text names, each with the first job that does. */
    private UserWork domainJobsIn(CueText text) {
        Map<String, String> jobOfWord = new LinkedHashMap<>();
        Map<String, String> specialJobOfWord = new LinkedHashMap<>();
        WorkPhrases at = null;
        for (int i = 0; i < text.words.size(); i++) {
            for (DomainJob job : domainJobs.getOrDefault(text.words.get(i), List.of())) {
                if (text.words.subList(i, Math.min(i + job.words().size(), text.words.size())).equals(job.words())) {
                    if (job.special()) {
                        // a special field's job only as the user's stated job or workplace, not "Booked a GP appointment"
                        at = at != null ? at : workPhrases(text);
                        if (!overlaps(at.job(), i, job.words().size()) && !overlaps(at.place(), i, job.words().size())) {
                            continue;
                        }
                    }
                    String named = String.join(" ", job.words());
                    job.domain().words().forEach(w -> (job.special() ? specialJobOfWord : jobOfWord).putIfAbsent(w, named));
                }
            }
        }
        return new UserWork(jobOfWord, specialJobOfWord);
    }

    /** Whether words {@code at} to {@code at + n} share a word with the span (null: none). */
    private static boolean overlaps(int[] span, int at, int n) {
        return span != null && at < span[1] && span[0] < at + n;
    }

    /**
     * The decision table. Special category alone: dropped; with a work fact: review, never kept. Other personal
     * cues: dropped, unless a work purpose is stated (kept) or work clearly outweighs them (review). Work cues only:
     * kept. Nothing: review.
     */
    Classification decide(Signals s) {
        Side work = s.work();
        Side personal = s.personal();
        if (s.special() != null) {
            return work.score() >= 1.0
                    ? review(s.special().category(), "special category " + s.shown(s.special()) + " mixed with work " + s.shown(work.best()), s)
                    : new Classification(DecisionKind.DROPPED_PERSONAL, s.special().category(),
                    "dropped: " + s.shown(s.special()) + score(s));
        }
        if (s.personalHeading() != null) {
            return review(work.best().category(), "work " + s.shown(work.best()) + " under the heading \"" + s.personalHeading()
                    + "\"", s);
        }
        if (personal.score() > 0 && work.score() > 0) {
            if (s.workPurpose() != null) {
                return new Classification(DecisionKind.KEPT, work.best().category(), "kept: " + s.shown(work.best())
                        + ", work purpose \"" + s.workPurpose() + "\" outweighs " + s.shown(personal.best()) + score(s));
            }
            if (s.personalPurpose() == null && work.score() - personal.score() >= rules.mixedReviewBand()) {
                return review(work.best().category(), "work " + s.shown(work.best()) + " mixed with " + s.shown(personal.best()), s);
            }
            if (s.workHeading() != null && personal.score() <= 1.0) {
                return review(personal.best().category(), s.shown(personal.best()) + " under the heading \"" + s.workHeading()
                        + "\"", s); // the export filed it as work: one personal word may not drop it unseen
            }
            return new Classification(DecisionKind.DROPPED_PERSONAL, personal.best().category(),
                    "dropped: " + s.shown(personal.best()) + " (also work " + s.shown(work.best()) + ")" + score(s));
        }
        if (personal.score() > 0) {
            return new Classification(DecisionKind.DROPPED_PERSONAL, personal.best().category(),
                    "dropped: " + s.shown(personal.best()) + score(s));
        }
        // beside words of the user's job, a name no lexicon knows ("brews his own IPA") is too weak to keep an entry
        if (work.score() - (s.workWords().isEmpty() ? 0 : s.technical()) >= rules.keepBand()) {
            return new Classification(DecisionKind.KEPT, work.best().category(), "kept: " + s.shown(work.best()) + score(s));
        }
        if (!s.workWords().isEmpty()) {
            if (work.hits().isEmpty() && figureOfTheWork(s.text())) {
                return new Classification(DecisionKind.KEPT, JOB_LEXICON, "kept: a figure of " + usersWork(s) + score(s));
            }
            if (work.hits().isEmpty()) {
                return review(null, "no other cue than words of the user's work", s);
            }
            return review(work.best().category(), "no other work cue than unknown names " + s.shown(work.best())
                    + " beside words of the user's work", s);
        }
        return new Classification(DecisionKind.NEEDS_REVIEW, null, "review: no work or personal cue");
    }

    /**
     * Whether an entry with no cue but personal words of the user's own job states a figure of that work ("Recall
     * interval for kids is 3 months" from a paediatric dentist, "Cellar holds 1,400 bottles" from a sommelier) rather
     * than something the user does ("Plays D&D every Friday" from a game programmer): a digit, and no opening verb.
     */
    private static boolean figureOfTheWork(CueText text) {
        boolean digit = false;
        for (int i = 0; i < text.lower.length() && !digit; i++) {
            digit = Character.isDigit(text.lower.charAt(i));
        }
        if (!digit || text.words.isEmpty()) {
            return false;
        }
        String first = text.words.get(0);
        String written = text.original.get(0).toLowerCase(java.util.Locale.ROOT); // "Plays", not its folded "play"
        return !(written.endsWith("s") || OWN_STATES.contains(first) || USER_SUBJECTS.contains(first));
    }

    private static Classification review(String category, String why, Signals s) {
        return new Classification(DecisionKind.NEEDS_REVIEW, category, "review: " + why + score(s));
    }

    private static String score(Signals s) {
        String score = "; score work " + oneDecimal(s.work().score()) + ", personal " + oneDecimal(s.personal().score());
        return s.workWords().isEmpty() ? score : score + "; " + usersWork(s);
    }

    /** "horse, dog: words of the user's work (equine)" */
    private static String usersWork(Signals s) {
        return String.join(", ", s.workWords().keySet()) + ": words of the user's work ("
                + String.join(", ", new LinkedHashSet<>(s.workWords().values())) + ")";
    }

    /** Scores are sums of weights like 0.5: one decimal, without String.format's cost on every entry. */
    private static String oneDecimal(double x) {
        long tenths = Math.round(x * 10);
        return (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    /** What one category collected: its cue words (as the rules match them) and their total weight. */
    record Hit(String category, Set<String> cues, double score) {

        /** Cues shown in a reason, each cut to a length: a long paste must not make a reason longer than its column. */
        private static final int CUES_SHOWN = 8;
        private static final int CUE_SHOWN_LENGTH = 40;

        /** "instructions (always, examples)": each cue as {@code text} writes it, not folded ("alway", "example"). */
        String shown(CueText text) {
            StringBuilder out = new StringBuilder(category).append(" (");
            int shown = 0;
            for (String cue : cues) {
                if (shown == CUES_SHOWN) {
                    out.append(", +").append(cues.size() - shown).append(" more");
                    break;
                }
                String written = text.asWritten(cue);
                out.append(shown++ == 0 ? "" : ", ").append(written.length() <= CUE_SHOWN_LENGTH ? written
                        : written.substring(0, CUE_SHOWN_LENGTH) + "…");
            }
            return out.append(')').toString();
        }
    }

    /** One side (work or personal): every category that fired, in the rules' category order, and the total. */
    record Side(Map<String, Hit> hits) {
        double score() {
            double total = 0; // a loop, not a stream: asked up to six times an entry
            for (Hit h : hits.values()) {
                total += h.score();
            }
            return total;
        }

        /** The highest-scoring category; on a tie, the one the rules list first. */
        Hit best() {
            Hit best = null;
            for (Hit h : hits.values()) {
                if (best == null || h.score() > best.score()) {
                    best = h;
                }
            }
            return best;
        }
    }

    /** Everything the entry says about itself. */
    record Signals(CueText text, Side work, Side personal, Hit special, String workPurpose, String personalPurpose,
                   String personalHeading, String workHeading, Map<String, String> workWords, double technical) {

        /** A hit as a reason shows it, its cues as this entry writes them. */
        String shown(Hit hit) {
            return hit.shown(text);
        }
    }

    /** The phrases of a text that make a personal word part of its work ("a clinic for dogs"), found once a text. */
    private record WorkPhrases(int[] job, int[] place, int[] employer, int[] service, int[] clients, int[] servedOf,
                               int staff, int[] care, int[] switched, int[] subject, boolean romance, boolean german,
                               boolean coverage, int[] lending) {
    }

    private WorkPhrases workPhrases(CueText text) {
        int[] job = jobPhrase(text);
        if (job == null) {
            job = openingJob(text);
        }
        if (job == null) {
            job = jobAtAnEmployer(text);
        }
        return new WorkPhrases(job, workplacePhrase(text, job), employerDescribed(text, job), servicePhrase(text),
                clientPhrase(text), servedOf(text), managedStaff(text), careTask(text), employerSwitch(text),
                subjectOfWork(text), written(text, rules.homographContext()), written(text, rules.germanContext()),
                coversPolitics(text), lendingBetweenInstitutions(text));
    }

    /**
     * Whether the personal term {@code m} at word {@code i} is about the user's work here, so no personal cue: a
     * method of its own, not a condition inside {@link #signals}, so the JIT compiles and recompiles the two apart.
     */
    private boolean personalWordAtWork(CueText text, int i, ClassifierRules.Match m, WorkPhrases at, UserWork userWork,
                                       Map<String, String> workWords, List<SpecialAt> specialOfWork) {
        int n = m.term().words().size();
        return inside(at.switched(), i, n)
                || inside(at.subject(), i, n)
                || !m.lexicon().special() && inside(at.lending(), i, n)
                || !m.lexicon().special() && namesAComponent(text, i + n)
                || insideAnInstitutionsName(text, i, n)
                || !at.german() && partOfName(text, i, m.term())
                || prefixOfNextWord(text, i, n)
                || kinWordAsAcronym(text, i, n, m.lexicon())
                || insideAName(text, i, n, m.lexicon())
                || afterAModelNumber(text, i, m.term())
                || namesAKind(text, i, i + n, m.lexicon().special() && !fieldOfWork(m, text, i))
                || m.lexicon().special() && madeForAKind(text, i + n)
                || acronymOfWork(text, i, n, m.term())
                || seasonAsTime(text, i, n, m.term())
                || doneByOthers(text, i)
                || movedToWork(text, i + n, m)
                || titleBeforeAName(text, i, n, m)
                || errandForAPrincipal(text, m)
                || hobbyVerbOnATool(text, i + n, m)
                || namesTheEmployer(text, i, m.term())
                || aboutATool(text, i + n)
                || objectOfWork(text, i, i + n)
                || namesAStaffGroup(text, i + n)
                || rules.membershipTerms().contains(m.term().cue()) && professionalBody(text, i + n)
                || kindOfJob(at.job(), i, n, m.lexicon().special() && !fieldOfWork(m, text, i))
                || i == at.staff()
                || clientsPossessive(text, i)
                || inside(at.employer(), i, n)
                || inside(at.care(), i, n) && !LEISURE_CATEGORY.equals(m.lexicon().category())
                || conditionOfOthers(text, i)
                || !(m.lexicon().special() && inside(at.clients(), i, n))
                        && (kindOfServedGroup(text, i, i + n) || groupAfterFor(text, i))
                || whoseServed(text, i)
                || text.quoted(i, i + n)
                || forbiddenOutput(text, i)
                || namesKindOfData(text, i, i + n)
                || m.lexicon().special() && soldThing(text, i, i + n)
                || m.lexicon().special() && fieldWorkplace(text, at.place()) && inside(at.place(), i, n)
                || fieldOfWork(m, text, i)
                        && (inside(at.place(), i, n) || inside(at.service(), i, n) || afterAnOccupation(text, i)
                        || amongSectors(text, i, i + n))
                || at.romance() && n == 1 && rules.homographs().contains(text.words.get(i))
                || n == 1 && rules.ageWords().contains(text.words.get(i)) && !anAge(text, i)
                || !m.lexicon().special() && (inside(at.place(), i, n) || inside(at.service(), i, n)
                        || inside(at.clients(), i, n) || taughtSubject(text, i)
                        || at.servedOf() != null && i + n == at.servedOf()[0] || othersHouseholds(text, i)
                        || clientsOwn(text, i) || afterWorksWith(text, i) || forPeopleInGeneral(text, i, m.lexicon())
                        || thingsLiveIn(text, i) || gerundAsThings(text, i, m.term())
                        || usersWorkWord(userWork, text, i, m.term(), workWords))
                || m.lexicon().special() && i > opening(text) && usersSpecialWord(userWork, m, i, specialOfWork);
    }

    /**
     * Whether the special category's term {@code m} is a word of the user's own job ("chemo" for an oncologist): noted
     * in {@code specialOfWork}, it is read so only once the whole entry is read ({@link #specialAtWork}). Never the
     * entry's opening word: "Queer and autistic, prefers bullet points" says who the user is.
     */
    private static boolean usersSpecialWord(UserWork userWork, ClassifierRules.Match m, int at,
                                            List<SpecialAt> specialOfWork) {
        if (userWork.specialJobOf(m.term().cue()) == null) {
            return false;
        }
        specialOfWork.add(new SpecialAt(m, at));
        return true;
    }

    /** A special category's term of the user's job and the word it starts at. */
    private record SpecialAt(ClassifierRules.Match m, int at) {
    }

    /**
     * Whether the special category's words of the user's job in this entry are about that work: only with a work cue
     * of their own beside them, and nothing saying they are the user's: no word of the user's own ("her wife", "my
     * scan", "herself") but a client's ("her patients"), and no verb of being, having or living through one opening
     * the entry ("Has ADHD; wants short answers", "Was diagnosed ...", "Going through IVF", "Joined the Green Party").
     */
    private boolean specialAtWork(CueText text, Map<String, Hit> work, Set<String> technical, boolean statesAJob,
                                  List<SpecialAt> specialOfWork, BitSet workAt) {
        for (SpecialAt special : specialOfWork) {
            if (!sharesAClause(text, special.at(), workAt)) {
                return false; // "In remission since 2021; prefers a calm tone": the work cue is another clause's
            }
        }
        double cues = new Side(work).score();
        if (cues - (technical.isEmpty() ? 0 : rules.technicalWeight()) < rules.keepBand()) {
            return false;
        }
        int verb = opening(text);
        if (verb >= 0 && verb < text.words.size() && OWN_STATES.contains(text.words.get(verb))
                && !(statesAJob && STATING.contains(text.words.get(verb)))) {
            return false; // "Is a fertility nurse at an IVF clinic" states a job
        }
        List<String> w = text.words;
        for (int k = 0; k < w.size(); k++) {
            if (HAVING_STATES.contains(w.get(k))) {
                return false; // "Oncology nurse; has had chemo herself"
            }
            boolean own = w.get(k).equals("i") ? "I".equals(text.original.get(k)) // Swedish, Polish "i": in, and
                    : OWNED.contains(w.get(k)) || USERS_OWN.contains(w.get(k));
            if (own && !(k + 1 < w.size() && servedNoun(w.get(k + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of {@code workAt} is in the clause of word {@code at}, no pause between them. */
    private static boolean sharesAClause(CueText text, int at, BitSet workAt) {
        for (int p = workAt.nextSetBit(0); p >= 0; p = workAt.nextSetBit(p + 1)) {
            if (text.runsOn(Math.min(p, at), Math.max(p, at) + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Those a job serves, after a possessive: "her patients", "ses patients", "sus clientes". */
    private boolean servedNoun(String word) {
        return rules.clientNouns().contains(word) || rules.chargeNouns().contains(word)
                || rules.carePeople().contains(word) || rules.othersWith().contains(word);
    }

    /** Words saying the user went through it themself: "Going through a divorce herself", "Hat selbst zwei Söhne". */
    private static final Set<String> REFLEXIVE_OWN = Set.of("herself", "himself", "myself", "themselves", "themself",
            "selbst", "elle-même", "lui-même", "själv", "zelf");

    private static boolean anyOf(CueText text, Set<String> words) {
        for (String w : text.words) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of being, which may state a job rather than a state: "Is a fertility nurse", "Es capellán". */
    private static final Set<String> STATING = Set.of("is", "am", "ist", "est", "es", "é", "är", "è", "jest");
    /** Anywhere in the entry, words of having or living through something oneself, folded. */
    private static final Set<String> HAVING_STATES = Set.of("has", "have", "had", "hat", "hatte", "tiene", "tenía",
            "tem", "tinha", "har", "hade", "heeft", "diagnosed", "suffer", "suffers", "suffering", "leidet", "souffre",
            "sufre", "sofre", "lider", "lijdt", "soffre", "cierpi", "pregnant", "schwanger", "enceinte", "embarazada",
            "grávida", "gravid", "zwanger", "incinta", "member", "survivor", "devout", "observant", "practising",
            "practicing", "herself", "himself", "myself", "selbst", "elle-même",
            "lui-même", "misma", "mismo", "själv");
    /** Verbs opening an entry that say the user is, has or goes through something, folded. */
    private static final Set<String> OWN_STATES = Set.of("is", "am", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "having", "got", "get", "diagnosed", "suffer", "suffers", "suffering", "live", "lives",
            "living", "going", "goe", "goes", "went", "undergoing", "recovering", "started", "starting", "start",
            "finished", "finishing", "pregnant", "expecting", "converted", "married", "attend", "attends", "pray",
            "vote", "votes", "take", "took", "taking", "on", "off", "fast", "fasting", "keep", "kept", "observe",
            "celebrate", "join", "joined", "joining", "rejoined", "left", "quit", "became", "become", "member", "ist", "war", "hat", "hatte", "leidet", "lebt", "est", "était", "avait", "souffre",
            "vit", "es", "está", "era", "tiene", "tenía", "sufre", "vive", "é", "tem", "tinha", "sofre", "är", "var",
            "har", "hade", "lider", "lever", "heeft", "lijdt", "leeft", "ha", "aveva", "soffre", "è", "jest",
            "miał", "miała", "cierpi");

    Signals signals(Entry entry, UserWork userWork) {
        CueText text = new CueText(entry.text());
        Map<String, String> workWords = new LinkedHashMap<>(); // personal words read as the user's work, with the job
        Map<String, Hit> work = new LinkedHashMap<>();
        Map<String, Hit> personal = new LinkedHashMap<>();
        Hit special = null;
        List<SpecialAt> specialOfWork = userWork.specialJobOfWord().isEmpty() ? List.of() : new ArrayList<>(2);
        BitSet workAt = new BitSet(); // where work cues start, for special words of the user's job
        boolean[] covered = new boolean[text.words.size()];
        WorkPhrases at = workPhrases(text);
        List<String> fired = new ArrayList<>(4); // the categories matched at the current word
        for (int i = 0; i < text.words.size(); ) {
            int length = 0;
            int topic = 0; // a topic's words are passed over whole: "health" in "writes about mental health" too
            fired.clear();
            for (ClassifierRules.Match m : candidates(text.words.get(i))) {
                int n = m.term().words().size();
                if (!m.lexicon().work() && length == 0 && (topicOfWork(text, i)
                        || at.coverage() && BELIEFS_LEXICON.equals(m.lexicon().name())) && matchesAt(text, i, m.term())) {
                    topic = Math.max(topic, n);
                } else if ((length == 0 || n == length) && matchesAt(text, i, m.term())
                        && !(m.lexicon().work() ? afterAName(text, i, m.lexicon())
                        : personalWordAtWork(text, i, m, at, userWork, workWords, specialOfWork))) {
                    length = n;
                    if (m.term().affix() != Lexicon.Affix.NONE && fired.contains(m.lexicon().category())) {
                        continue; // a stem adds nothing to a word its category already matched: "raporty", "raport*"
                    }
                    fired.add(m.lexicon().category());
                    Hit hit = add(m.lexicon().work() ? work : personal, m.lexicon().category(),
                            m.term().cue(), m.term().weight());
                    if (m.lexicon().work()) {
                        workAt.set(i);
                    }
                    if (m.lexicon().special() && (special == null || hit.score() > special.score())) {
                        special = hit;
                    }
                }
            }
            for (int k = i; k < i + length; k++) {
                covered[k] = true;
            }
            i += Math.max(Math.max(length, topic), 1);
        }
        if (at.job() != null) {
            add(work, JOB_LEXICON, text.words.get(at.job()[1] - 1), rules.occupationWeight());
        }
        if (at.staff() >= 0) {
            add(work, JOB_LEXICON, text.words.get(at.staff()), 1.0); // "Supervises two therapists": a manager's
        }
        if (at.servedOf() != null) {
            add(work, JOB_LEXICON, text.words.get(at.servedOf()[1]), 1.0); // "the parents of her pupils": a job's
        }
        if (at.place() != null && rules.workplaceNouns().contains(text.words.get(at.place()[2]))) {
            add(work, JOB_LEXICON, text.words.get(at.place()[2]), 1.0); // "Runs a dog grooming business": a job
        }
        if (at.service() != null) {
            add(work, JOB_LEXICON, text.words.get(at.service()[2]), 1.0); // "Gives piano lessons": a job
        }
        if (at.switched() != null) {
            add(work, JOB_LEXICON, text.words.get(at.switched()[0]), 1.0); // "Left Siemens for Bosch": a change of job
        }
        if (at.lending() != null) {
            add(work, JOB_LEXICON, text.words.get(at.lending()[1] - 1), 1.0); // "Loan from the Benaki Museum": a curator's
        }
        if (at.care() != null && work.isEmpty()) {
            add(work, JOB_LEXICON, text.words.get(at.care()[0] - 1), 1.0); // "Prescribes antidepressants": a job's task
        }
        // the in-text terms are all in scripts written without spaces (Thai, kana, Han, from U+0E00 on): a text with
        // no such letter holds none of them, and most texts have none
        if (hasCharFrom(text.lower, '\u0E00')) {
            for (ClassifierRules.Match m : inTextTerms) {
                if (text.lower.contains(m.term().text())) {
                    add(m.lexicon().work() ? work : personal, m.lexicon().category(), m.term().text(), m.term().weight());
                }
            }
        }
        Set<String> technical = new LinkedHashSet<>();
        // in a line written in capitals every word looks like an acronym
        int checked = inCapitals(text.original) ? 0 : text.original.size();
        for (int i = 0; i < checked; i++) {
            String word = text.original.get(i);
            if (!covered[i] && technical(word)) {
                technical.add(word);
            }
        }
        double weight = rules.technicalWeight(); // once, however many such words
        for (String word : technical) {
            add(work, TOOLS_LEXICON, word, weight);
            weight = 0;
        }
        if (bareLiking(text, work) || bareWanting(text, work) || bareUse(text, work)) {
            work.clear();
        }
        if (ownVehicle(text, work, technical)) {
            work.clear();
            add(personal, OTHER_PERSONAL_CATEGORY, text.words.get(opening(text)) + " " + text.original.get(opening(text) + 2), 1.0);
        }
        if (text.lower.contains("train") && TRAINING_FOR_A_RACE.matcher(entry.text()).find()) {
            add(personal, LEISURE_CATEGORY, "training for a race", 1.0);
        }
        if (text.lower.contains("turn")) {
            Matcher age = TURNS_AN_AGE.matcher(entry.text());
            if (age.find()) {
                add(personal, OTHER_PERSONAL_CATEGORY, age.group(), 1.0);
            }
        }
        if (work.isEmpty() && personal.isEmpty() && fanOf(text)) {
            add(personal, LEISURE_CATEGORY, String.join(" ", text.original), 1.0); // "Supports Leeds United": a fan's
        } else if (fanOfTeamPlaying(text)) {
            add(personal, LEISURE_CATEGORY, text.words.get(opening(text)) + " " + text.original.get(opening(text) + 1), 1.0);
        }
        if (!specialOfWork.isEmpty()) {
            for (int[] span : new int[][] {at.job(), at.place(), at.service(), at.care(), at.clients()}) {
                if (span != null) {
                    workAt.set(span[0]);
                }
            }
            if (specialAtWork(text, work, technical, at.job() != null, specialOfWork, workAt)) {
                specialOfWork.forEach(sp -> workWords.putIfAbsent(sp.m().term().cue(), userWork.specialJobOf(sp.m().term().cue())));
            } else {
                for (SpecialAt sp : specialOfWork) { // the user's own after all: a special category's cue
                    ClassifierRules.Match m = sp.m();
                    Hit hit = add(personal, m.lexicon().category(), m.term().cue(), m.term().weight());
                    if (special == null || hit.score() > special.score()) {
                        special = hit;
                    }
                }
            }
        }
        if (special != null && faithsServed(userWork, special)) {
            personal.remove(special.category()); // the faiths a chaplain or funeral director serves, not the user's
            special.cues().forEach(c -> workWords.putIfAbsent(c, userWork.specialJobOf(FAITH_WORD)));
            special = null;
        }
        HeadingCategory heading = headingCategory(entry.heading());
        String personalHeading = headingPrior(entry.heading(), heading, work, personal);
        ClassifierRules.Purpose workPurpose = purpose(text, true);
        if (workPurpose != null && !workPurpose.job() && relativesPurpose(text, workPurpose)) {
            workPurpose = null; // "Husband is abroad for work; she raises their son alone": his work, her family
        }
        if (workPurpose == null || !workPurpose.job()) {
            ClassifierRules.Purpose forClients = at.clients() == null ? null : purposeOf(text, at.clients());
            workPurpose = forClients != null ? forClients : workPurpose;
            if (workPurpose != null && work.isEmpty()) {
                // "Handles tax returns for small businesses", "Scrive la carta dei vini per il ristorante": a job's
                add(work, JOB_LEXICON, workPurpose.phrase(), 1.0);
            }
        }
        if (workPurpose != null && workPurpose.job()) {
            add(work, JOB_LEXICON, workPurpose.phrase(), 1.0); // "writes children's books for a living": a job
        }
        ClassifierRules.Purpose personalPurpose = purpose(text, false);
        return new Signals(text, new Side(inRuleOrder(work)), new Side(inRuleOrder(personal)), special,
                workPurpose == null ? null : workPurpose.phrase(), personalPurpose == null ? null : personalPurpose.phrase(),
                personalHeading, heading.work() ? entry.heading() : null, workWords, technical.isEmpty() ? 0 : rules.technicalWeight());
    }

    /** A word of the faith field in special-domains.txt: whether the user's stated job is a faith worker's. */
    private static final String FAITH_WORD = "faith";
    /** How many faiths named in one entry make it a list of those a job serves rather than the user's own. */
    private static final int FAITHS_LISTED = 3;

    /**
     * Whether a beliefs hit lists three faiths or more ("Keeps a rota of Catholic, Muslim and Sikh visitors") from a
     * user whose stated job serves faiths (a chaplain, a funeral director): the faiths the job serves. One faith
     * ("Anglican priest", "Goes to Mass") is still the user's.
     */
    private boolean faithsServed(UserWork userWork, Hit special) {
        return BELIEFS_LEXICON.equals(special.category()) && special.cues().size() >= FAITHS_LISTED
                && userWork.specialJobOf(FAITH_WORD) != null;
    }

    /**
     * Whether the personal term at {@code at} is a word of the user's own job ("horse" from an equine vet), noting it
     * in {@code workWords}; not when the user owns it ("her horse", "his two dogs").
     */
    private static boolean usersWorkWord(UserWork userWork, CueText text, int at, Lexicon.Term term,
                                         Map<String, String> workWords) {
        String cue = term.cue();
        String job = userWork.jobOf(cue);
        if (job == null) {
            return false;
        }
        for (int k = Math.max(0, at - 2); k < at; k++) {
            String word = text.words.get(k);
            if (OWNED.contains(word)) {
                return false;
            }
        }
        if (hasOwn(text, at) || anyOf(text, REFLEXIVE_OWN)) {
            return false; // "Going through a divorce herself": the user's, not a family lawyer's case
        }
        workWords.put(cue, job);
        return true;
    }

    /** A verb of having opening the entry, up to three words before, makes a thing the user's: "Has two toddlers". */
    private static boolean hasOwn(CueText text, int at) {
        int verb = opening(text);
        return verb >= 0 && verb < at && at - verb <= 3 && HAVING.contains(text.words.get(verb));
    }

    private static final Set<String> HAVING = Set.of("has", "have", "had", "hat", "hatte", "tiene", "tenía", "heeft",
            "ha", "tem", "possède", "possiede", "ma", "má");

    /** "Likes Barolo": a verb of liking and a short object, no other work cue; the verb alone says nothing of work. */
    private boolean bareLiking(CueText text, Map<String, Hit> work) {
        Hit preferences = work.get("preferences");
        return work.size() == 1 && preferences != null && text.words.size() <= 1 + rules.likingShortObjectWords()
                && rules.likingVerbs().containsAll(preferences.cues());
    }

    /**
     * "Wants to visit Iceland someday", "Would like to retire early", "Quiere viajar a Islandia": a verb of wanting
     * before an action, whatever its length, and no other work cue; the verb alone says nothing of work. "Wants
     * answers in bullet points" has no action and "Wants to become a staff engineer" has a job in it.
     */
    private boolean bareWanting(CueText text, Map<String, Hit> work) {
        Hit preferences = work.get("preferences");
        if (work.size() != 1 || preferences == null || !rules.wantingVerbs().containsAll(preferences.cues())) {
            return false;
        }
        List<String> w = text.words;
        int verb = opening(text);
        if (verb >= 0 && verb + 1 < w.size() && (w.get(verb).equals("would") || CLITICS.contains(w.get(verb)))
                && rules.wantingVerbs().contains(w.get(verb + 1))) {
            verb++; // "Would like to", "Le gusta pescar"
        }
        if (verb < 0 || verb + 1 >= w.size() || !rules.wantingVerbs().contains(w.get(verb))) {
            return false;
        }
        if (verb + 2 < w.size() && w.get(verb + 1).equals("de")) {
            verb++; // "Gosta de pescar"
        }
        String next = text.original.get(verb + 1);
        if (w.get(verb + 1).equals("to")) {
            return true;
        }
        if (w.get(verb).equals("möchte")) { // German puts the infinitive last, in small letters: "... reisen"
            String last = text.original.get(w.size() - 1);
            return w.size() > verb + 2 && last.endsWith("en") && Character.isLowerCase(last.charAt(0));
        }
        return Character.isLowerCase(next.charAt(0)) && ROMANCE_INFINITIVE.matcher(next).matches()
                && !w.get(verb).equals("want") && !w.get(verb).equals("like");
    }

    /**
     * "Uses Hinge to find dates": "uses", a name no lexicon knows and a purpose with no work cue; the verb alone says
     * nothing of work ("Uses Jira to track sprints" names a tool, "Uses Figma..." is technical-looking or known).
     */
    private boolean bareUse(CueText text, Map<String, Hit> work) {
        Hit tools = work.get(TOOLS_LEXICON);
        if (work.size() != 1 || tools == null || !tools.cues().equals(Set.of("use"))) {
            return false;
        }
        List<String> w = text.words;
        int verb = opening(text);
        if (verb < 0 || verb + 2 >= w.size() || !w.get(verb).equals("use")) {
            return false;
        }
        for (int k = verb + 1; k < Math.min(verb + 4, w.size()); k++) {
            if (w.get(k).equals("to")) {
                return k > verb + 1;
            }
            if (!Character.isUpperCase(text.original.get(k).charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Drives a BMW X5", "Rides a Yamaha MT-07": a verb of driving opening the entry, an article or possessive, a
     * capitalised make, its technical-looking model the only work cue and no "for" (not "Drives a Volvo FH16 for a
     * haulier"): the user's own vehicle, personal.
     */
    private boolean ownVehicle(CueText text, Map<String, Hit> work, Set<String> technical) {
        List<String> w = text.words;
        int verb = opening(text);
        Hit tools = work.get(TOOLS_LEXICON);
        return verb >= 0 && verb + 2 < w.size() && rules.vehicleVerbs().contains(w.get(verb))
                && DETERMINERS.contains(w.get(verb + 1)) && Character.isUpperCase(text.original.get(verb + 2).charAt(0))
                && work.size() == 1 && tools != null && technical.containsAll(tools.cues()) && !w.contains("for");
    }

    /**
     * "Supports Leeds United", "Follows the Boston Celtics": a verb of following a team opening the entry and a name
     * (one to four capitalised words) ending it, no cue either way: a fan's, whatever the team is called.
     */
    private boolean fanOf(CueText text) {
        List<String> w = text.words;
        int name = teamNameStart(text);
        if (name < 0 || name >= w.size() || w.size() - name > 4) {
            return false;
        }
        for (int k = name; k < w.size(); k++) {
            if (!Character.isUpperCase(text.original.get(k).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Where a team's name starts after a verb of following one opening the entry ("Supports (the) ..."), or -1. */
    private int teamNameStart(CueText text) {
        List<String> w = text.words;
        int verb = opening(text);
        if (verb < 0 || !rules.fanVerbs().contains(w.get(verb))) {
            return -1;
        }
        return verb + 1 < w.size() && w.get(verb + 1).equals("the") ? verb + 2 : verb + 1;
    }

    /**
     * "Supports Rovers; no calls during their matches": a verb of following a team opening the entry, a name (one to
     * four capitalised words, none technical) up to a pause, and a word of its games after it: a fan's, whatever else
     * the rest asks (a schedule kept clear for the games is the fan's too).
     */
    private boolean fanOfTeamPlaying(CueText text) {
        List<String> w = text.words;
        int name = teamNameStart(text);
        if (name < 0) {
            return false;
        }
        int end = name;
        while (end < w.size() && end - name < 4 && text.runsOn(name, end + 1)
                && Character.isUpperCase(text.original.get(end).charAt(0)) && !technical(text.original.get(end))) {
            end++;
        }
        if (end == name || end >= w.size() || text.runsOn(name, end + 1)) {
            return false; // no name, or no pause after it
        }
        for (int k = end; k < w.size(); k++) {
            if (rules.fanEvents().contains(w.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Wechselte von Bosch zu Continental", "Left Siemens for Bosch", "Saiu da Vodafone para a Altice": a verb of
     * switching opening the entry, a name (capitalised words) after it or after a word of from, and a name after a
     * word of to. The span from the verb to the end of the second name, or null. A verb that also says a move of home
     * needs a name that looks like a company ("Moved from Leeds to Bristol" is not a job).
     */
    private int[] employerSwitch(CueText text) {
        ClassifierRules.EmployerSwitch rule = rules.employerSwitch();
        List<String> w = text.words;
        int verb = opening(text);
        if (verb >= 0 && verb + 1 < w.size() && rule.auxiliaries().contains(w.get(verb))) {
            verb++; // "Est passée de ...", "Se fue de ...": the verb after its auxiliary or reflexive
        }
        if (verb < 0 || verb >= w.size() || !rule.verbs().contains(w.get(verb))) {
            return null;
        }
        int at = verb + 1;
        for (int k = at; k < Math.min(at + 3, w.size()); k++) {
            if (rule.fromWords().contains(w.get(k))) {
                at = k + 1; // "Wechselte im Frühjahr von Henkel ...": a time may come before the old name
                break;
            }
        }
        int[] first = nameAt(text, at, rule.articles());
        if (first == null || first[1] >= w.size() || !(rule.toWords().contains(w.get(first[1]))
                || rule.fromWords().contains(w.get(first[1])))) {
            return null;
        }
        int[] second = nameAt(text, first[1] + 1, rule.articles());
        if (second == null) {
            return null;
        }
        if (rule.verbsNeedingACompany().contains(w.get(verb))
                && !companyName(text, first, rule.companyWords()) && !companyName(text, second, rule.companyWords())) {
            return null;
        }
        if (namesAPersonalThing(text, first) || namesAPersonalThing(text, second)) {
            return null; // "Switched from Netflix to Disney+": a service the user pays for, not an employer
        }
        return new int[]{verb, second[1]};
    }

    /** A name holding a word a personal lexicon knows: a streaming service, a club, a gym chain. */
    private boolean namesAPersonalThing(CueText text, int[] name) {
        for (int k = name[0]; k < name[1]; k++) {
            if (personalTermAt(text, k)) {
                return true;
            }
        }
        return false;
    }

    /** A name at a word (after an article or not): one to three capitalised words, as {start, end}; null if none. */
    private static int[] nameAt(CueText text, int at, Set<String> articles) {
        if (at < text.words.size() && articles.contains(text.words.get(at))
                && !Character.isUpperCase(text.original.get(at).charAt(0))) {
            at++;
        }
        int end = at;
        while (end < text.words.size() && end - at < 3 && Character.isUpperCase(text.original.get(end).charAt(0))) {
            end++;
        }
        return end > at ? new int[]{at, end} : null;
    }

    /** A name that looks like a company's: an acronym of four letters or more, or a word such as "AG", "Group". */
    private static boolean companyName(CueText text, int[] name, Set<String> companyWords) {
        for (int k = name[0]; k < name[1]; k++) {
            String word = text.original.get(k);
            if (companyWords.contains(text.words.get(k)) || word.length() >= 4 && technical(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Covers the Labour party conference", "Periodista que cubre al PSOE", "Verhandelt mit der Gewerkschaft": the few
     * words after a verb of covering, tracking or negotiating near the entry's start are the work's subject or
     * counterpart, not the user's politics or union, as {start, end}; null when there is no such verb or those words
     * hold the user's own ("her", "sus").
     */
    private int[] subjectOfWork(CueText text) {
        List<String> w = text.words;
        for (int k = 0; k < Math.min(SUBJECT_VERB_REACH, w.size()); k++) {
            if (rules.subjectVerbs().contains(w.get(k))) {
                int end = Math.min(w.size(), k + 1 + SUBJECT_WORDS);
                for (int j = k + 1; j < end; j++) {
                    if (OWN.contains(w.get(j))) {
                        return null; // "to track her marathon training": the user's own
                    }
                }
                return new int[]{k + 1, end};
            }
        }
        return null;
    }

    /**
     * "Journalistin, berichtet für die Zeitung über den SPD-Parteitag": a job of reporting or analysing and a verb of
     * covering anywhere in one entry make the parties and votes named the work's subject.
     */
    private boolean coversPolitics(CueText text) {
        boolean job = false;
        boolean covers = false;
        for (String word : text.words) {
            job |= rules.coverageJobs().contains(word);
            covers |= rules.coverageVerbs().contains(word);
        }
        return job && covers;
    }

    /** The word the entry's statement opens with: after "He", "She", "The user", "El usuario", "Der Nutzer"; -1 when there is none. */
    private static int opening(CueText text) {
        List<String> w = text.words;
        if (w.isEmpty()) {
            return -1;
        }
        if (w.size() > 1 && USER_ARTICLES.contains(w.get(0)) && USER_NOUNS.contains(w.get(1))) {
            return 2;
        }
        return USER_NOUNS.contains(w.get(0)) || USER_PRONOUNS.contains(w.get(0)) ? 1 : 0;
    }

    /**
     * "Loan from the Benaki Museum", "Arranges loans of paintings from other museums": a word of lending and, within
     * its clause and eight words, an institution that lends collections: a curator's loan between institutions, not
     * the user's debt. The span from the lending word to the institution, or null.
     */
    private int[] lendingBetweenInstitutions(CueText text) {
        List<String> w = text.words;
        for (int i = 0; i < w.size(); i++) {
            if (rules.lendingWords().contains(w.get(i))) {
                for (int k = i + 1; k < Math.min(w.size(), i + 9) && text.runsOn(i, k + 1); k++) {
                    if (rules.institutionNouns().contains(w.get(k))) {
                        return new int[]{i, k + 1};
                    }
                }
            }
        }
        return null;
    }

    /**
     * A kebab-case name of a component: a personal word joined by a hyphen to the next ("loan-origination",
     * "mortgage-servicing") before a thing built ("the loan-origination service") or in an entry with a technical word
     * ("loan-approval p95"): the system's name, not the user's loan. Not "wedding-planning" with no such word.
     */
    private boolean namesAComponent(CueText text, int next) {
        List<String> w = text.words;
        if (next >= w.size() || !text.hyphenBefore(next)) {
            return false;
        }
        int end = next;
        while (end + 1 < w.size() && text.hyphenBefore(end + 1)) {
            end++;
        }
        if (end + 1 < w.size() && rules.artifactNouns().contains(w.get(end + 1))) {
            return true;
        }
        for (int k = 0; k < w.size(); k++) {
            if (k != next - 1 && (technical(text.original.get(k)) || termAt(text, k, TOOLS_LEXICON, t -> true))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised personal word inside a capitalised name that ends in an institution ("the Byzantine and Christian
     * Museum", "the Museum of Childhood" too, the name's words joined by "and", "of"): the institution's name.
     */
    private boolean insideAnInstitutionsName(CueText text, int at, int length) {
        List<String> w = text.words;
        if (at == 0 || !Character.isUpperCase(text.original.get(at).charAt(0))) {
            return false;
        }
        for (int k = at - 1; k >= 0 && at - k < 6; k--) { // back to the name's first word, an institution before it too
            if (rules.institutionNouns().contains(w.get(k)) && Character.isUpperCase(text.original.get(k).charAt(0))) {
                return true;
            }
            if (!NAME_JOINERS.contains(w.get(k)) && !Character.isUpperCase(text.original.get(k).charAt(0))) {
                break;
            }
        }
        for (int k = at + length; k < w.size() && k - at < 6; k++) {
            if (rules.institutionNouns().contains(w.get(k)) && Character.isUpperCase(text.original.get(k).charAt(0))) {
                return true;
            }
            if (!NAME_JOINERS.contains(w.get(k)) && !Character.isUpperCase(text.original.get(k).charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static boolean inside(int[] span, int at, int length) {
        return span != null && at >= span[0] && at + length <= span[1];
    }

    /**
     * After a work verb opening the entry ("Works for", "Runs", "Owns", "Trabaja en") or after a stated job and "at"
     * or such a verb ("Is a bartender at", "Accountant running"), a noun phrase that ends in a workplace noun: "a pet
     * insurance company", "a dog grooming business", "a wine bar", "una tienda de mascotas". Its words, and the verb,
     * name the kind of business, not the user's life. As {from, to, the workplace noun}; null when there is none, or
     * the phrase is someone's ("her husband's bar").
     */
    private int[] workplacePhrase(CueText text, int[] job) {
        List<String> w = text.words;
        // after a stated job ("Sommelier at a wine bar", "Accountant running a small practice"), or opening the entry
        int end = job != null ? job[1] : w.size() > 2 && rules.occupations().contains(w.get(0)) ? 1 : -1;
        int k;
        int verb = -1;
        if (end >= 0 && end < w.size() && PLACE_PREPOSITIONS.contains(w.get(end))) {
            k = end;
        } else if (end >= 0 && end < w.size() && rules.workplaceVerbs().contains(w.get(end))) {
            verb = end;
            k = verb + 1;
        } else {
            verb = opening(text);
            if (verb < 0 || verb >= w.size() || !rules.workplaceVerbs().contains(w.get(verb))) {
                return null;
            }
            k = verb + 1;
        }
        if (verb >= 0 && k < w.size() && WORKS_FROM.contains(w.get(k))) {
            return null; // "Works from a shelter during air-raid alerts": where the user sits, not the employer
        }
        for (int p = 0; p < 2 && k < w.size() && PLACE_PREPOSITIONS.contains(w.get(k)); p++) {
            k++;
        }
        int[] phrase = nounPhrase(text, k, word -> rules.artifactNouns().contains(word)
                || rules.workplaceNouns().contains(word));
        if (phrase != null && verb >= 0) {
            phrase[0] = verb; // the verb is the phrase's too: "running" a practice is no jogging
        }
        return phrase;
    }

    /**
     * A stated job, "at" or "for" and the employer's name, then what the employer is or does: "Product manager at
     * Acme, which makes baby monitors", "Nurse at Holt (a children's hospice)". The words from the name to the end
     * of the clause describe the employer, not the user's life; as {from, to}. Null when a clause of the user's
     * own follows the name instead ("Nurse at Holt, married with two kids").
     */
    private int[] employerDescribed(CueText text, int[] job) {
        List<String> w = text.words;
        int end = job != null ? job[1] : -1;
        if (end < 0 || end + 2 >= w.size() || !EMPLOYER_PREPOSITIONS.contains(w.get(end))
                || !Character.isUpperCase(text.original.get(end + 1).charAt(0))) {
            return null;
        }
        int name = end + 1;
        int after = name + 1;
        while (after < w.size() && Character.isUpperCase(text.original.get(after).charAt(0))) {
            after++;
        }
        boolean described = after < w.size() && (text.wordAfter('(', name) == after || DESCRIBING.contains(w.get(after)));
        return described ? new int[] {name, text.wordAfter(';', name)} : null;
    }

    /**
     * What an instruction forbids the assistant to produce, up to three words after its verb: "Never give medical
     * advice", "Never make a diagnosis", "Don't offer legal opinions"; not someone's ("Never mention my diabetes").
     */
    private static boolean forbiddenOutput(CueText text, int at) {
        List<String> w = text.words;
        int verb = w.size() > 2 && w.get(0).equals("do") && w.get(1).equals("not") ? 2
                : w.size() > 1 && FORBIDDING.contains(w.get(0)) ? 1 : -1;
        if (verb < 0 || !PRODUCING.contains(w.get(verb)) || at <= verb || at - verb > 3) {
            return false;
        }
        for (int k = verb + 1; k <= at; k++) {
            if (OWNED.contains(w.get(k)) || text.withApostrophe(k) && k < at) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> FORBIDDING = Set.of("never", "don't", "dont", "avoid");
    /** verbs of what an assistant produces, as CueText folds them */
    private static final Set<String> PRODUCING = Set.of("give", "make", "offer", "provide", "suggest", "write", "state",
            "draft", "produce", "issue", "attempt");

    /**
     * The end of a job named with its kind after it, from {@code after} the occupation: "médico de familia", "médecin
     * de famille", "medico di famiglia" (the family doctor of others), not "enfermera de mi madre" (someone's).
     */
    private static int kindAfterJob(List<String> w, int after) {
        return after + 1 < w.size() && KIND_AFTER.contains(w.get(after)) && !OWNED.contains(w.get(after + 1))
                && !DETERMINERS.contains(w.get(after + 1)) ? after + 2 : after;
    }

    /** An entry opening with a bare job, "at" or "for" and a name: "Producer at Lowtide Audio"; as {from, to}. */
    private int[] jobAtAnEmployer(CueText text) {
        List<String> w = text.words;
        int o = Math.max(opening(text), 0);
        return o + 2 < w.size() && rules.occupations().contains(w.get(o)) && EMPLOYER_PREPOSITIONS.contains(w.get(o + 1))
                && Character.isUpperCase(text.original.get(o + 2).charAt(0)) ? new int[] {o, o + 1} : null;
    }

    /** Words that open a description of the employer right after its name: "Acme, which makes", "Acme, a bank". */
    private static final Set<String> DESCRIBING = Set.of("a", "an", "the", "which", "that", "where", "whose", "making",
            "building", "selling", "hiring", "working", "developing", "providing", "serving", "offering", "running",
            "operating", "producing", "supporting", "helping", "designing", "manufacturing", "funding", "caring");

    /**
     * Opening the entry, a verb of giving or teaching and a noun phrase ending in a service sold: "Teaches piano
     * lessons", "Gives swimming lessons", "Da clases de yoga"; as {from, to, the service noun}. Not "Takes piano
     * lessons" (a verb of receiving) nor "Gives her kids piano lessons" (someone's).
     */
    private int[] servicePhrase(CueText text) {
        int verb = opening(text);
        if (verb < 0 || verb >= text.words.size() || !rules.serviceVerbs().contains(text.words.get(verb))) {
            return null;
        }
        return nounPhrase(text, verb + 1, rules.serviceNouns()::contains);
    }

    /**
     * Opening the entry, a task of a caring, clinical, pastoral or legal job in its -s form ("Prescribes", "Fits",
     * "Counsels": {@code care.verbs}, {@code care.verbsAlone}) and its clause, up to a pause or a word of time or reason;
     * as {from, to} of the words after the verb, whose personal words are what the work handles. A verb anyone may do
     * for themselves needs people served or a place of care in the clause ("Fits hearing aids for patients", "Treats leg
     * ulcers in a community clinic", not "Treats migraines with ibuprofen"); none in an entry with the user's own ("Treats her hay fever", "Fits my schedule around the kids").
     */
    private int[] careTask(CueText text) {
        int verb = opening(text);
        if (verb < 0 || verb + 1 >= text.words.size()) {
            return null;
        }
        String word = text.words.get(verb);
        boolean alone = rules.careVerbsAlone().contains(word);
        if (!alone && !rules.careVerbs().contains(word) || !text.original.get(verb).toLowerCase(java.util.Locale.ROOT).endsWith("s")
                || NO_OBJECT.contains(text.words.get(verb + 1))) {
            return null;
        }
        if (anyOf(text, USERS_OWN)) {
            return null;
        }
        int end = verb + 1;
        boolean people = alone;
        while (end < text.words.size() && text.runsOn(verb, end + 1) && !CLAUSE_TURNS.contains(text.words.get(end))) {
            String w = text.words.get(end);
            // a capitalised word in mid-entry is part of a name, no one served: "Supports Arsenal Women"
            people |= !Character.isUpperCase(text.original.get(end).charAt(0)) && (served(w) || rules.othersWith().contains(w) || rules.carePeople().contains(w)
                    || rules.othersPlurals().contains(text.original.get(end).toLowerCase(java.util.Locale.ROOT))
                    || rules.carePlaces().contains(w))
                    && (end + 1 == text.words.size() || !OF.contains(text.words.get(end + 1))
                    || !ARTICLES.contains(text.words.get(end - 1))); // not "a couple of"
            end++;
        }
        return people ? new int[] {verb + 1, end} : null;
    }

    /** The user's own anywhere in an entry: "Treats her migraines", "Counsels myself". Not "their", the served's. */
    private static final Set<String> USERS_OWN = Set.of("my", "her", "his", "our", "your", "own", "herself",
            "himself", "myself", "ourselves", "yourself", "i", "me", "we", "us");
    /** After a care verb, no object: "Assesses whether to move", "Fits in a swim". */
    private static final Set<String> NO_OBJECT = Set.of("whether", "if", "how", "what", "when", "in", "out", "up",
            "around", "round", "into", "it", "them", "him", "herself", "himself");
    /** Words that turn a care task's clause to a time or a reason, perhaps the user's own: "around the school run". */
    private static final Set<String> CLAUSE_TURNS = Set.of("around", "round", "because", "while", "whilst", "when",
            "since", "until", "though", "although", "but", "so");

    /**
     * From word {@code k}: determiners, then up to four words ending in a noun {@code head} accepts (or that noun
     * followed by its kind, "tienda de mascotas"); as {from, to, the noun}. Null when a preposition, a conjunction,
     * a possessive or someone's ("husband's") comes first.
     */
    private static int[] nounPhrase(CueText text, int k, Predicate<String> head) {
        List<String> w = text.words;
        for (int d = 0; d < 2 && k < w.size() && DETERMINERS.contains(w.get(k)); d++) {
            if (POSSESSIVES.contains(w.get(k)) && k + 1 < w.size() && !w.get(k + 1).equals("own")) {
                return null; // "her kids", "his wife's": someone's; "her own bakery" is the user's
            }
            k++;
        }
        for (int j = k; j < Math.min(k + 5, w.size()); j++) {
            String word = w.get(j);
            if (breaksNounPhrase(text, j)) {
                return null;
            }
            if (head.test(word)) {
                int to = j + 1;
                if (to < w.size() && !endsANounPhrase(text, to)) {
                    return null; // the noun only qualifies another: "a bank account", "the school run"
                }
                if (j == k && to + 1 < w.size() && KIND_AFTER.contains(w.get(to))) {
                    to++;
                    while (to < Math.min(j + 6, w.size()) && !PHRASE_ENDS.contains(w.get(to))
                            && !PREPOSITIONS.contains(w.get(to))) {
                        to++;
                    }
                }
                return new int[] {k, to, j};
            }
        }
        return null;
    }

    /** A preposition, a conjunction, a possessive or someone's ("husband's"): no noun phrase goes on past it. */
    private static boolean breaksNounPhrase(CueText text, int at) {
        String word = text.words.get(at);
        return PREPOSITIONS.contains(word) || PHRASE_ENDS.contains(word) || POSSESSIVES.contains(word)
                || text.withApostrophe(at);
    }

    /**
     * Whether word {@code at} may follow a noun phrase's last noun: a preposition, a conjunction, a noun's kind
     * after it ("tienda de mascotas"), a name, a number or a word of place or time ("downtown", "part-time").
     */
    private static boolean endsANounPhrase(CueText text, int at) {
        String word = text.words.get(at);
        char first = text.original.get(at).charAt(0);
        return PREPOSITIONS.contains(word) || PHRASE_ENDS.contains(word) || KIND_AFTER.contains(word)
                || PLACE_PREPOSITIONS.contains(word) || ABOUT.contains(word) || Character.isUpperCase(first) || Character.isDigit(first)
                || AFTER_A_PLACE.contains(word);
    }

    /** Words of place, time and manner that may follow a workplace: "Works at a wine bar downtown". */
    private static final Set<String> AFTER_A_PLACE = Set.of("downtown", "nearby", "near", "locally", "abroad", "now",
            "currently", "called", "named", "based", "full", "part", "part-time", "full-time", "every", "each", "most",
            "since", "during", "twice", "two", "three", "four", "five", "weekend", "weekday", "evening", "night",
            "morning", "shift", "day", "remotely", "online", "together", "alone", "there", "here", "close", "from",
            "out", "over", "around", "across", "after", "before", "until", "when", "because", "as", "so");

    /** Right after a teaching verb opening the entry, what is taught: "Teaches yoga", "Enseña piano". */
    private boolean taughtSubject(CueText text, int at) {
        int verb = opening(text);
        return verb >= 0 && at == verb + 1 && rules.teachingVerbs().contains(text.words.get(verb))
                && !text.withApostrophe(at);
    }

    /**
     * "of" and the user's clients or pupils after a personal word: "the parents of her pupils", "les parents des
     * joueuses", "die Familien der Patienten": whose they are. As {the "of", the client noun}; null when there is none.
     */
    private int[] servedOf(CueText text) {
        List<String> w = text.words;
        for (int of = 1; of < w.size() - 1; of++) {
            if (!OF.contains(w.get(of))) {
                continue;
            }
            int k = of + 1;
            for (int d = 0; d < 2 && k < w.size() - 1 && (DETERMINERS.contains(w.get(k)) || OWN.contains(w.get(k))); d++) {
                k++;
            }
            String word = w.get(k);
            if (served(word) && plural(text, k)) {
                return new int[] {of, k};
            }
        }
        return null;
    }

    private static final Set<String> OF = Set.of("of", "de", "des", "du", "der", "van", "di", "dei", "degli", "delle",
            "dos", "das", "do", "da");

    /**
     * "their" after a client or a pupil a few words back makes a personal word theirs: "reports for each player and
     * their parents", "patients and their carers", "élèves et leurs parents"; not the user's family.
     */
    private boolean clientsOwn(CueText text, int at) {
        List<String> w = text.words;
        if (at < 2 || !THEIR.contains(w.get(at - 1))) {
            return false;
        }
        for (int k = at - 2; k >= Math.max(0, at - 6); k--) {
            if (served(w.get(k))) {
                return true;
            }
            if (POSSESSIVES.contains(w.get(k)) && !w.get(k).equals("their")) {
                return false; // "my daughter and their friends": someone of the user's own comes first
            }
        }
        return false;
    }

    /**
     * A client's or a pupil's "'s" one or two words before a personal word makes it theirs, a special category's too:
     * "a player's injury", "each patient's drug allergies", "the client's divorce settlement".
     */
    private boolean clientsPossessive(CueText text, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            String word = text.words.get(k);
            if (text.withApostrophe(k) && served(word)) {
                return true;
            }
        }
        return false;
    }

    /** A client noun or a charge noun: those the user serves at work ("clients", "patients", "pupils", "players"). */
    private boolean served(String word) {
        return rules.clientNouns().contains(word) || rules.chargeNouns().contains(word);
    }

    private static final Set<String> THEIR = Set.of("their", "leur", "leurs", "ihre", "ihren", "ihrer", "sus", "hun", "loro",
            "seus", "suas");

    /**
     * A word of a household or its feasts in the plural and not the user's own ("families", "weddings", not "our
     * families") names those the user serves: "a caseload of 18 families", "photographs weddings".
     */
    private boolean othersHouseholds(CueText text, int at) {
        return rules.othersPlurals().contains(text.original.get(at).toLowerCase(java.util.Locale.ROOT))
                && (at == 0 || !OWN.contains(text.words.get(at - 1)) && !text.withApostrophe(at - 1));
    }

    /** Right after "works with" (no possessive between), whom the user works with: "Works with children in care". */
    private static boolean afterWorksWith(CueText text, int at) {
        List<String> w = text.words;
        return at >= 2 && WITH.contains(w.get(at - 1)) && (WORK_VERBS.contains(w.get(at - 2)) || WORKING.contains(w.get(at - 2)));
    }

    private static final Set<String> WITH = Set.of("with", "con", "mit", "avec", "com", "met");

    /**
     * A condition of the clients, pupils or animals the user works with, "with" (or a verb in -ing and "with" or "from") and up
     * to three words before it: "patients with type 2 diabetes", "children living with HIV", "dogs with chronic kidney disease", "alumnos con dislexia". Not someone's
     * ("my son's friends with asthma") nor the user's ("Lives with type 1 diabetes").
     */
    private boolean conditionOfOthers(CueText text, int at) {
        List<String> w = text.words;
        for (int k = at - 1; k >= Math.max(1, at - 4); k--) {
            boolean from = w.get(k).equals("from") && w.get(k - 1).endsWith("ing"); // "clients recovering from addiction"
            if (WITH.contains(w.get(k)) || from) {
                int whoAt = k - 1;
                if (whoAt >= 1 && w.get(whoAt).endsWith("ing") && text.runsOn(whoAt - 1, k)) {
                    whoAt--; // "adults living with dementia", "passengers travelling with a service dog"
                }
                String who = w.get(whoAt);
                return (plural(text, whoAt) || oneServed(text, whoAt)) && !text.withApostrophe(whoAt)
                        && (served(who) || rules.othersWith().contains(who))
                        && (whoAt < 1 || !POSSESSIVES.contains(w.get(whoAt - 1)) || w.get(whoAt - 1).equals("their"));
            }
            if (PREPOSITIONS.contains(w.get(k)) || POSSESSIVES.contains(w.get(k)) || text.withApostrophe(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * One of those the user serves, after an article and not said of the user: "a client with multiple sclerosis",
     * "each patient with a stoma"; not "Is a patient with lupus", "as a client with ...".
     */
    private boolean oneServed(CueText text, int at) {
        List<String> w = text.words;
        return at >= 1 && served(w.get(at)) && ONE.contains(w.get(at - 1))
                && (at < 2 || !BEING.contains(w.get(at - 2)));
    }

    private static final Set<String> ONE = Set.of("a", "an", "the", "each", "every", "one", "another", "any");
    private static final Set<String> BEING = Set.of("is", "was", "am", "be", "been", "being", "became", "becomes", "as");

    /**
     * A personal word right before those the user serves or works with, in the plural, names what kind they are, a
     * special category's too: "diabetic patients", "wheelchair users", "schwangere Passagierinnen". Not someone's
     * ("her husband's clients") nor, for those who may be the user's own, after a possessive ("her two diabetic cats").
     * The noun itself, when personal ("autistic children"), still counts. A special category's word in a service done
     * "for" clients still sends the entry to review: that purpose alone would keep "Raises money for cancer patients".
     */
    private boolean kindOfServedGroup(CueText text, int at, int next) {
        if (next >= text.words.size() || text.withApostrophe(next - 1) || text.withApostrophe(next)
                || !plural(text, next)) {
            return false;
        }
        String who = text.words.get(next);
        if (served(who)) {
            return true;
        }
        if (!rules.othersWith().contains(who)) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            if (OWNED.contains(text.words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Between "for" and a plural of people that ends the phrase, with nothing the user's own, no number and no word of
     * family between, the kind of people a piece of work is for: "for refugee women", "for Deaf and disabled adults",
     * "for young carers and children", "for single fathers" (the family noun too, once a word qualifies it); not "for
     * her two sons", "for nieces and nephews".
     */
    private boolean groupAfterFor(CueText text, int at) {
        List<String> w = text.words;
        int f = -1;
        for (int k = at - 1; k >= Math.max(0, at - 5); k--) {
            if (FOR.contains(w.get(k))) {
                f = k;
                break;
            }
            if (!qualifiesPeople(text, k)) {
                return false;
            }
        }
        if (f < 0 || !text.runsOn(f, at + 1)) {
            return false;
        }
        for (int j = at; j < Math.min(w.size(), at + 5); j++) {
            if (j > at && (!text.runsOn(j - 1, j + 1) || !qualifiesPeople(text, j) && !peopleNoun(text, j))) {
                return false;
            }
            if (j > f + 1 && peopleNoun(text, j)
                    && (j + 1 == w.size() || !text.runsOn(j, j + 1) || endsANounPhrase(text, j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A plural of people: those the user serves or works with ("patients", "adults"), or of a family ("mothers"). */
    private boolean peopleNoun(CueText text, int at) {
        String word = text.words.get(at);
        return plural(text, at) && !text.withApostrophe(at)
                && (served(word) || rules.othersWith().contains(word) || termAt(text, at, FAMILY_CATEGORY, t -> true));
    }

    /** A word that may say what kind of people follow: not the user's own, an article, a number or a word of family. */
    private static final Set<String> HOW_MANY = Set.of("both", "all", "each", "every", "two", "three", "four", "five",
            "beide", "alle", "deux", "trois", "tous", "toutes", "dos", "tres", "ambos", "todos", "due", "tutti");
    private static final Set<String> AND_OR = Set.of("and", "or", "y", "o", "et", "ou", "und", "oder", "e");

    private boolean qualifiesPeople(CueText text, int at) {
        String word = text.words.get(at);
        return !DETERMINERS.contains(word) && !OWNED.contains(word) && !Character.isDigit(word.charAt(0))
                && !text.withApostrophe(at) && !PREPOSITIONS.contains(word) && !HOW_MANY.contains(word)
                && (!PHRASE_ENDS.contains(word) || AND_OR.contains(word))
                && (!termAt(text, at, FAMILY_CATEGORY, t -> true) || rules.othersWith().contains(word));
    }

    /**
     * A personal word in a clause opened by "whose" (or "who", not after the user's own or a number) after those the
     * user serves, in the plural: "pupils whose parents are separating", "tenants whose children have asthma", "des
     * élèves dont les parents divorcent", "pupils who stammer": theirs.
     */
    private boolean whoseServed(CueText text, int at) {
        List<String> w = text.words;
        for (int k = at - 1; k >= Math.max(1, at - 5); k--) {
            if (WHOSE.contains(w.get(k)) || w.get(k).equals("who") && !ownedOrCounted(text, k - 1)) {
                String who = w.get(k - 1);
                return text.runsOn(k, at) && (served(who) || rules.othersWith().contains(who)) && plural(text, k - 1);
            }
        }
        return false;
    }

    /** The user's own or counted, one or two words before: "her two children who ...", "both kids who ...". */
    private static boolean ownedOrCounted(CueText text, int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) {
            String word = text.words.get(k);
            if (OWNED.contains(word) || HOW_MANY.contains(word) || Character.isDigit(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WHOSE = Set.of("whose", "dont", "deren", "dessen", "cuyo", "cuya", "cuyos",
            "cuyas", "wier", "wiens", "cui");

    /**
     * Right after "for", with no article or an indefinite plural one, people in general: "routines for children aged 6
     * to 10", "des fiches pour des enfants de 4 ans", not "for the kids", "for her son" nor "for a family-run hotel".
     */
    private static boolean forPeopleInGeneral(CueText text, int at, Lexicon lexicon) {
        if (!lexicon.category().equals(FAMILY_CATEGORY)) {
            return false;
        }
        List<String> w = text.words;
        int f = at >= 2 && SOME.contains(w.get(at - 1)) ? at - 2 : at - 1;
        return f >= 0 && FOR.contains(w.get(f));
    }

    /**
     * "live" without its -s after a word that is no person's ("the models live in a monorepo", "Client files live in
     * the CRM"), or "lives" after a small noun mid-entry ("the staff rota lives in Google Sheets"): things kept
     * somewhere, not where the user lives ("Lives in", "He now lives in", "I live in", "wants to live in").
     */
    private static boolean thingsLiveIn(CueText text, int at) {
        String word = text.original.get(at);
        if (word.equals("lives")) {
            return at >= 2 && Character.isLowerCase(text.original.get(at - 1).charAt(0))
                    && !LIVING.contains(text.original.get(at - 1)) && !ONE_LIVING.contains(text.original.get(at - 1));
        }
        return at > 0 && word.equals("live") && !LIVING.contains(text.words.get(at - 1));
    }

    /**
     * A pastime's -ing word in the plural names things, not the pastime: "checks readings against the manuscripts",
     * "gas meter readings", "paintings in the archive" (the folded word is the pastime's, "reading").
     */
    private static boolean gerundAsThings(CueText text, int at, Lexicon.Term term) {
        return term.words().size() == 1 && term.text().endsWith("ing")
                && text.original.get(at).toLowerCase(java.util.Locale.ROOT).equals(term.text() + "s");
    }

    /**
     * The first occupation in the plural after a verb of managing staff, with no one's between: the user's staff, not
     * the user's own ("Supervises two newly qualified therapists", not "Sees her therapists"); -1 for none.
     */
    private int managedStaff(CueText text) {
        for (int at = 1; at < text.words.size(); at++) {
            // the plural's "s" first: a char test on every word, the set lookup on few
            if (text.original.get(at).endsWith("s") && rules.occupations().contains(text.words.get(at))) {
                for (int k = at - 1; k >= Math.max(0, at - 4) && !POSSESSIVES.contains(text.words.get(k)); k--) {
                    if (rules.staffVerbs().contains(text.words.get(k))) {
                        return at;
                    }
                }
            }
        }
        return -1;
    }

    /** words before "lives" that make it a person's: "he lives", "the user lives", "who lives" */
    private static final Set<String> ONE_LIVING = Set.of("he", "she", "who", "user", "person", "one", "alone", "that");

    /** words before "live" that make it a person's: "I live", "we both live", "wants to live" */
    private static final Set<String> LIVING = Set.of("i", "we", "they", "you", "to", "and", "both", "still", "now",
            "also", "currently", "together");

    /** indefinite plural articles: "des", "unos", "dei" ... */
    private static final Set<String> SOME = Set.of("des", "unos", "unas", "dei", "degli", "delle", "uns", "umas");

    /**
     * "Tiene 34 años", "A 42 ans": years after a number, not after a word of duration ("desde hace cinco años",
     * "depuis 5 ans", "il y a 3 ans") nor without a number ("el año pasado"), are the user's age.
     */
    private boolean anAge(CueText text, int at) {
        List<String> w = text.words;
        if (at == 0 || !Character.isDigit(text.original.get(at - 1).charAt(0))) {
            return false;
        }
        boolean ilYA = at >= 3 && w.get(at - 3).equals("y") && w.get(at - 2).equals("a");
        return !ilYA && (at < 2 || !rules.durationWords().contains(w.get(at - 2)));
    }

    /**
     * Written in a language told by its small words, as written: French or Spanish ("son" there is "his" or "are",
     * not a child), German (whose nouns are capitalised: "Hat Diabetes" names no product).
     */
    private static boolean written(CueText text, Set<String> smallWords) {
        for (int i = 0; i < text.words.size(); i++) {
            // as written, but the opening word capitalised as any: "Hat Diabetes", "Las reuniones son"
            if (smallWords.contains(i == 0 ? text.words.get(0) : text.original.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Handles tax returns for small businesses", "para pequeñas empresas", "Plans menus for her diabetic patients",
     * "pour ses élèves": a service done for businesses, clients or the user's own pupils is a job, whatever it handles:
     * a work purpose, and a work cue when the entry has no other. "for", up to three words and a client noun ending
     * the phrase (a charge noun, "students", only after the user's own "her", "ses", ...); as {from, to} of the words
     * between, whose everyday personal words say what kind of client ("family businesses") and are no cue.
     */
    private int[] clientPhrase(CueText text) {
        List<String> w = text.words;
        for (int f = 1; f < w.size() - 1; f++) {
            if (!FOR.contains(w.get(f))) {
                continue;
            }
            int k = f + 1;
            boolean owned = false; // the user's own: "for her clients", "für seine Schüler", "per i suoi pazienti"
            for (int d = 0; d < 2 && k < w.size() && (ARTICLES.contains(w.get(k)) || OWN.contains(w.get(k))); d++) {
                owned |= OWN.contains(w.get(k++));
            }
            for (int j = k; j < Math.min(k + 4, w.size()); j++) {
                String word = w.get(j);
                if ((rules.clientNouns().contains(word) || owned && rules.chargeNouns().contains(word))
                        && plural(text, j)) {
                    if (j + 1 < w.size() && !endsANounPhrase(text, j + 1)) {
                        break; // "for a company picnic": the noun only qualifies another
                    }
                    return new int[] {f, j + 1};
                }
                if (breaksNounPhrase(text, j) || DETERMINERS.contains(word)) {
                    break;
                }
            }
        }
        return null;
    }

    private static ClassifierRules.Purpose purposeOf(CueText text, int[] span) {
        List<String> words = List.copyOf(text.words.subList(span[0], span[1]));
        return new ClassifierRules.Purpose(true, false, String.join(" ", words), words);
    }

    /** The user's own before a noun: "her clients", "sus pacientes", "ses élèves", "seine Kunden", "haar leerlingen". */
    private static final Set<String> OWN = Set.of("her", "his", "their", "my", "our", "su", "sus", "sa", "ses",
            "leur", "leurs", "sein", "seine", "seinen", "ihr", "ihre", "ihren", "haar", "zijn", "hun", "suo", "sua",
            "suoi", "sue", "seu", "seus", "suas");

    /** What makes a thing the user's own, whatever their job: OWN, POSSESSIVES, and "own" and "my" in more languages. */
    private static final Set<String> OWNED = Stream.of(OWN, POSSESSIVES, Set.of("own", "eigen", "eigene", "eigenen",
                    "propio", "propia", "propre", "proprio", "propria", "próprio", "própria", "własny", "własna", "własne",
                    "własnego", "swój", "swoja", "swoje", "jej", "jego", "mein", "meine", "mi", "mis", "mon", "ma", "mes",
                    "mio", "mia", "mijn", "meu", "minha"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> FOR = Set.of("for", "para", "für", "pour", "per", "voor");
    /** plurals that do not end in s */
    private static final Set<String> PLURALS = Set.of("kunden", "mandanten", "unternehmen", "firmen", "aziende",
            "clienti", "società", "patienten", "pazienti", "klanten", "alunni", "studenti", "schüler", "leerlingen",
            "schülerinnen", "patiënten", "people", "children", "women", "men", "kinder", "menschen", "erwachsene",
            "kinderen", "mensen", "bambini", "persone", "passagiere", "passagierinnen", "versicherte", "mieter", "mieterinnen",
            "bewohner", "bewohnerinnen", "klienten", "klientinnen");

    /**
     * Businesses or clients, not one: a service sold to many ("for small businesses") is a job; "saving for a
     * business" is not.
     */
    private static boolean plural(CueText text, int at) {
        String lower = text.original.get(at).toLowerCase(java.util.Locale.ROOT);
        return !lower.equals(text.words.get(at)) || PLURALS.contains(lower);
    }

    /** Most words (and at least three) written in capitals: "NEVER USE EMOJIS IN REPLIES". */
    static boolean inCapitals(List<String> words) {
        int capitals = 0;
        for (String w : words) {
            if (w.length() > 1 && TextCase.writtenInCapitals(w)) {
                capitals++;
            }
        }
        return capitals >= 3 && capitals * 2 > words.size();
    }

    /** A technical-looking word: an acronym, a CamelCase name, a version ("PS5", "GitLab", "3.12"). */
    private static boolean technical(String word) {
        return mayBeTechnical(word) && TECHNICAL.matcher(word).matches();
    }

    /** Each branch of {@link #TECHNICAL} needs a digit or a capital after the first letter; most words have neither. */
    static boolean mayBeTechnical(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9' || i > 0 && c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private Map<String, Hit> inRuleOrder(Map<String, Hit> hits) {
        if (hits.size() < 2) {
            return hits; // most sides hold one category or none: nothing to order
        }
        Map<String, Hit> ordered = new LinkedHashMap<>();
        for (String category : categoryOrder) {
            if (hits.containsKey(category)) {
                ordered.put(category, hits.get(category));
            }
        }
        return ordered;
    }

    private static boolean hasCharFrom(String s, char first) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= first) {
                return true;
            }
        }
        return false;
    }

    private static List<ClassifierRules.Match> inTextTerms(ClassifierRules rules) {
        List<ClassifierRules.Match> terms = new ArrayList<>();
        for (Lexicon lexicon : rules.lexicons()) {
            lexicon.inText().forEach(t -> terms.add(new ClassifierRules.Match(lexicon, t)));
        }
        return terms;
    }

    /**
     * "Is a family therapist", "Works as a freelance wedding photographer" (after "He", "She", "The user" ...): the words from after the article to the occupation, as {from, to}; null when the entry states no job.
     */
    private int[] jobPhrase(CueText text) {
        List<String> w = text.words;
        for (int at = 0; at < Math.min(3, w.size() - 2); at++) {
            if (at > 0 && !USER_SUBJECTS.contains(w.get(at - 1))) {
                return null; // someone else's job: "Her husband is a software engineer"
            }
            int article = COPULAS.contains(w.get(at)) ? at + 1
                    : (w.get(at).startsWith("work") || WORKING.contains(w.get(at)) || rules.qualifyingVerbs().contains(w.get(at)))
                    && AS.contains(w.get(at + 1))
                    ? at + 2 : -1;
            if (article < 0 || article >= w.size()) {
                continue;
            }
            if (!ARTICLES.contains(w.get(article)) && !INDEFINITE.contains(w.get(article))) {
                // no article, as Spanish, French, German or Dutch name a job: "Es farmacéutica", "Ist Erste Offizierin"
                for (int k = article; k < Math.min(article + 2, w.size()); k++) {
                    if (rules.occupations().contains(w.get(k))) {
                        return new int[] {article, kindAfterJob(w, k + 1)};
                    }
                }
                continue;
            }
            int marker = -1;
            for (int k = article + 1; k < Math.min(article + 5, w.size()); k++) {
                String word = w.get(k);
                if (rules.notOccupations().contains(word) || PREPOSITIONS.contains(word) || word.equals("and")) {
                    break;
                }
                if (rules.occupations().contains(word)) {
                    return new int[] {article + 1, k + 1};
                }
                if (marker < 0 && rules.occupationMarkers().contains(word)) {
                    marker = k;
                }
            }
            // no known occupation: "a professional footballer" is one all the same, the word after the marker
            return marker >= 0 && marker + 1 < w.size() && !PREPOSITIONS.contains(w.get(marker + 1))
                    ? new int[] {article + 1, marker + 2} : null;
        }
        return null;
    }

    /**
     * An entry that opens with a job, with words before it that say what kind ("Family doctor in Leeds", "Divorce
     * lawyer"): those words, as {from, to}; null when the job stands alone, is someone's ("Son's football coach") or
     * the entry goes on as a sentence about it ("Family doctor says to rest").
     */
    private int[] openingJob(CueText text) {
        List<String> w = text.words;
        for (int k = 0; k < Math.min(4, w.size()); k++) {
            String word = w.get(k);
            if (rules.notOccupations().contains(word) || PREPOSITIONS.contains(word) || ARTICLES.contains(word)
                    || word.equals("and") && !joinsKindWords(text, k)
                    || COPULAS.contains(word)) { // "Su marido es panadero" is someone's
                return null;
            }
            if (rules.occupations().contains(word)) {
                while (k + 1 < w.size() && rules.occupations().contains(w.get(k + 1))) {
                    k++; // a job of two nouns: "Fertility nurse specialist", "Clinical nurse manager"
                }
                boolean ends = k + 1 == w.size() || rules.afterOpeningJob().contains(w.get(k + 1));
                if (!ends) {
                    continue; // an occupation qualifying the job: "Consultant medical oncologist at ..."
                }
                // alone only before a word that goes on about the job: "Paramedic who ...", "Rabbi at ..."
                return (k > 0 || k + 1 < w.size()) && !possessiveBefore(text, k) ? new int[] {0, k + 1} : null;
            }
        }
        return null;
    }

    /** An apostrophe before word {@code k} makes the job someone's: "Son's football coach", "Kids' swim coach". */
    private static boolean possessiveBefore(CueText text, int k) {
        int end = text.lower.indexOf(text.original.get(k).toLowerCase(java.util.Locale.ROOT));
        for (int i = 0; i < end; i++) {
            char c = text.lower.charAt(i);
            if (c == '\'') { // CueText writes a typographic apostrophe straight
                return true;
            }
        }
        return false;
    }

    /**
     * "and" inside a job's kind ("Art and design teacher", "Food and beverage manager"), not between two roles or
     * people ("Mum and nurse", "Wife and mother"): no occupation and no personal term on either side of it.
     */
    private boolean joinsKindWords(CueText text, int and) {
        if (and == 0 || and + 1 >= text.words.size()) {
            return false;
        }
        for (int k : new int[] {and - 1, and + 1}) {
            if (rules.occupations().contains(text.words.get(k)) || personalTermAt(text, k)) {
                return false;
            }
        }
        return true;
    }

    private boolean personalTermAt(CueText text, int at) {
        for (ClassifierRules.Match m : candidates(text.words.get(at))) {
            if (!m.lexicon().work() && matchesAt(text, at, m.term())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A personal word naming a kind of data, not the user's: right before a data noun ("patients' health data", "the
     * ethnicity field") or after one, with only other such words and list words between ("data on ethnicity and
     * disability", "monitoring data (ethnicity, religion)"); not the user's own ("her health data").
     */
    private boolean namesKindOfData(CueText text, int at, int next) {
        List<String> w = text.words;
        if (at > 0 && OWNED.contains(w.get(at - 1))) {
            return false;
        }
        if (next < w.size() && rules.dataNouns().contains(w.get(next))) {
            return true;
        }
        for (int k = at - 1; k >= Math.max(0, at - 5); k--) {
            if (rules.dataNouns().contains(w.get(k))) {
                return true;
            }
            if (!DATA_LIST_WORDS.contains(w.get(k)) && !personalTermAt(text, k)) {
                return false;
            }
        }
        return false;
    }

    /** between a data noun and the kinds of data it lists: "data on", "data such as", "data including", "e.g." */
    private static final Set<String> DATA_LIST_WORDS = Set.of("on", "about", "such", "as", "like", "including", "and",
            "or", "e", "g", "eg", "sobre", "sur", "über", "zu", "su", "over", "como", "comme", "wie", "come", "y",
            "et", "und", "o", "ou", "oder");

    /**
     * After a verb of selling, up to three words on and qualifying the noun after it, a special category word says
     * what is sold ("a shop selling Asian snack boxes", "sells kosher wine", "vend des produits halal"), not who
     * the user is. Not past a preposition, a possessive or someone's ("sells her Christian books").
     */
    private boolean soldThing(CueText text, int at, int next) {
        List<String> w = text.words;
        if (next >= w.size() || endsANounPhrase(text, next) || text.withApostrophe(at)) {
            return false; // "Sells to Muslim customers" qualifies a person; the word must qualify a thing after it
        }
        for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
            if (rules.sellingVerbs().contains(w.get(k))) {
                return true;
            }
            if (breaksNounPhrase(text, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A personal phrase ending in "from" or "to" whose object is a tool is said of work: "Moved from AWS to GCP",
     * "moved from Java to Kotlin" (not "moved to Berlin").
     */
    private boolean aboutATool(CueText text, int next) {
        if (next == 0 || next >= text.words.size() || !TOOL_PREPOSITIONS.contains(text.words.get(next - 1))) {
            return false;
        }
        String word = text.original.get(next);
        if (technical(word)) {
            return true;
        }
        return termAt(text, next, TOOLS_LEXICON, term -> true);
    }

    /** A special word hyphened to one of kind.words: what a thing is made for ("dyslexia-friendly fonts"), not the user. */
    private boolean madeForAKind(CueText text, int next) {
        return next < text.words.size() && text.hyphenBefore(next) && rules.kindWords().contains(text.words.get(next));
    }

    /** One of acronym.terms in capitals in a text that is not: an acronym of work ("the head of BI"). */
    private boolean acronymOfWork(CueText text, int at, int length, Lexicon.Term term) {
        if (length != 1 || !rules.acronymTerms().contains(term.cue())) {
            return false;
        }
        String word = text.original.get(at);
        return word.length() > 1 && TextCase.writtenInCapitals(word) && !inCapitals(text.original);
    }

    /** A feast of weeks before a work word, or after "during", "in" ... in an entry with one: when ("hours during Ramadan"). */
    private boolean seasonAsTime(CueText text, int at, int length, Lexicon.Term term) {
        if (!rules.seasonWords().contains(term.cue())) {
            return false;
        }
        if (at + length < text.words.size() && workTermAt(text, at + length)) {
            return true; // "Ramadan working hours"
        }
        if (at == 0 || !rules.seasonPrepositions().contains(text.words.get(at - 1))) {
            return false;
        }
        for (int k = 0; k < text.words.size(); k++) { // a time of what? of work only beside a work word: not "Fastet im Ramadan"
            if (workTermAt(text, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A personal word in a clause whose subject is those the user serves, doing something: "patients fasting during
     * Ramadan", "pupils grieving a parent" (their -ing verb right after them, not after the user's own "her").
     */
    private boolean doneByOthers(CueText text, int at) {
        List<String> w = text.words;
        for (int k = at; k >= Math.max(1, at - 3); k--) {
            String who = w.get(k - 1);
            if (w.get(k).endsWith("ing") && text.runsOn(k - 1, at + 1) && plural(text, k - 1)
                    && (served(who) || rules.othersWith().contains(who)) && !text.withApostrophe(k - 1)
                    && (k < 2 || !POSSESSIVES.contains(w.get(k - 2)))) {
                return true;
            }
        }
        return false;
    }

    /** A move of home's "moved to" before a work word: a move at work ("Moved to day shifts", "moved to the payments team"). */
    private boolean movedToWork(CueText text, int next, ClassifierRules.Match m) {
        if (!HOME_CATEGORY.equals(m.lexicon().category()) || next == 0 || next >= text.words.size()) {
            return false;
        }
        if (movedToADate(text, next)) {
            return true;
        }
        if (!text.words.get(next - 1).equals("to")) {
            return false;
        }
        int at = ARTICLES.contains(text.words.get(next)) ? next + 1 : next;
        for (int k = at; k < Math.min(at + 2, text.words.size()); k++) { // "to night shifts": a word between
            if (workTermAt(text, k) && text.runsOn(next - 1, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Frau Keller prüft die Rechnungen": a word of kin that is also a title, right before a capitalised name and after
     * no article or possessive ("meine Frau Anna" is a wife), is how a colleague is addressed.
     */
    private boolean titleBeforeAName(CueText text, int i, int n, ClassifierRules.Match m) {
        if (n != 1 || i + 1 >= text.words.size() || !rules.titleWords().contains(text.words.get(i))
                || !text.runsOn(i, i + 2)) {
            return false;
        }
        String next = text.original.get(i + 1);
        return Character.isUpperCase(next.charAt(0)) && !rules.germanContext().contains(text.words.get(i + 1))
                && (i == 0 || !DETERMINERS.contains(text.words.get(i - 1)) && !KIN_POSSESSIVES.contains(text.words.get(i - 1)));
    }

    /** German possessives and articles before a word of kin that make it the user's or someone's relative. */
    private static final Set<String> KIN_POSSESSIVES = Set.of("meine", "meiner", "mein", "deine", "deiner", "ihre",
            "ihrer", "unsere", "unserer", "eure", "eurer", "seine", "seiner", "die", "der", "eine", "einer");

    /**
     * "Book the CEO window seats", "Arrange hotels for the directors": an errand verb opening the entry and a
     * principal after "the" make its travel and leisure words an assistant's work for someone else.
     */
    private boolean errandForAPrincipal(CueText text, ClassifierRules.Match m) {
        if (!LEISURE_CATEGORY.equals(m.lexicon().category())) {
            return false;
        }
        int verb = opening(text);
        if (verb < 0 || verb >= text.words.size() || !rules.errandVerbs().contains(text.words.get(verb))) {
            return false;
        }
        for (int k = verb + 2; k < text.words.size(); k++) {
            if (rules.principalNouns().contains(text.words.get(k)) && text.words.get(k - 1).equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** "moved from 16 to 23 September", "moved to 13 May": a date put off or brought forward, no move of home. */
    private static boolean movedToADate(CueText text, int next) {
        String word = text.words.get(next);
        if (!MONTHS.contains(word) && !(Character.isDigit(word.charAt(0)) && word.length() <= 2)) {
            return false; // "moved to 42 Elm Street" is a home
        }
        for (int k = next; k < Math.min(next + 4, text.words.size()) && text.runsOn(next - 1, k + 1); k++) {
            if (MONTHS.contains(text.words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Month names, folded, in English and the main European languages the lexicons cover. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** A hobby's verb in -ing before a tool, a word between or not: "needs help reading candump traces". */
    private boolean hobbyVerbOnATool(CueText text, int next, ClassifierRules.Match m) {
        if (!LEISURE_CATEGORY.equals(m.lexicon().category()) || !m.term().cue().endsWith("ing")) {
            return false;
        }
        for (int k = next; k < Math.min(next + 2, text.words.size()); k++) {
            if (termAt(text, k, TOOLS_LEXICON, t -> true) && text.runsOn(next - 1, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a term of a work lexicon starts at word {@code at}. */
    private boolean workTermAt(CueText text, int at) {
        for (ClassifierRules.Match m : candidates(text.words.get(at))) {
            if (m.lexicon().work() && matchesAt(text, at, m.term())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Right after "works at", "works for", "joined": the employer's name ("Works at Netflix", "Joined Headspace"). A
     * name the lexicon writes capitalised right after "joined" is a membership ("Joined Weight Watchers"), unless a job
     * follows ("Joined Netflix as a data engineer").
     */
    private static boolean namesTheEmployer(CueText text, int at, Lexicon.Term term) {
        List<String> w = text.words;
        int after = at + term.words().size();
        return at >= 1 && w.get(at - 1).equals("joined")
                && (!term.properCase() || after < w.size() && w.get(after).equals("as"))
                || at >= 2 && EMPLOYER_PREPOSITIONS.contains(w.get(at - 1)) && WORK_VERBS.contains(w.get(at - 2));
    }

    /**
     * A special category's word that also names a field of work: "political" in "a political reporter"; a stem's by the
     * word it matched ("religious" for "religi*").
     */
    private boolean fieldOfWork(ClassifierRules.Match m, CueText text, int at) {
        return m.lexicon().special() && (rules.specialFields().contains(m.term().cue())
                || m.term().affix() != Lexicon.Affix.NONE && rules.specialFields().contains(text.words.get(at)));
    }

    /**
     * A workplace whose noun names a field of work ("a Catholic diocese", "an Anglican cathedral"): its special
     * category words are the employer's kind, a denomination too; not "a Catholic school".
     */
    private boolean fieldWorkplace(CueText text, int[] place) {
        return place != null && rules.specialFields().contains(text.words.get(place[2]));
    }

    /** Right after an occupation, as a Romance language qualifies one: "journaliste politique", "periodista política". */
    private boolean afterAnOccupation(CueText text, int at) {
        return at > 0 && rules.occupations().contains(text.words.get(at - 1));
    }

    /**
     * A field of work listed with a sector or practice word, before or after it: "public sector and health", "the
     * health and energy sectors", "health practice" name the markets a firm serves, not the user's health.
     */
    private boolean amongSectors(CueText text, int at, int next) {
        List<String> w = text.words;
        for (int k = next; k < Math.min(next + 4, w.size()) && text.runsOn(at, k + 1); k++) {
            if (rules.sectorNouns().contains(w.get(k))) {
                return true;
            }
        }
        int before = at - 1;
        while (before >= 0 && SECTOR_JOINERS.contains(w.get(before))) {
            before--;
        }
        return before >= 0 && rules.sectorNouns().contains(w.get(before)) && text.runsOn(before, at + 1);
    }

    /** words joining sectors in a list: "public sector and health", "sector & health" */
    private static final Set<String> SECTOR_JOINERS = Set.of("and", "&", "und", "et", "y", "e", "en");

    /** A personal term inside the job phrase names the kind of job; a special category one still counts, but not the occupation itself. */
    private static boolean kindOfJob(int[] job, int at, int length, boolean special) {
        return job != null && at >= job[0] && at + length <= job[1] && (!special || at + length == job[1]);
    }

    /**
     * A personal term between an article and a job noun or a thing built at work names the kind of job or thing ("a
     * family lawyer", "the parent dashboard"), not the writer's family; so does one before a word of owning a
     * business ("a family-owned firm") or after such a thing and "for" ("an app for kids"). A special category's word
     * before a job says who the user is ({@code identity}: "a gay nurse"), unless it names a field ("a political reporter").
     */
    private boolean namesAKind(CueText text, int at, int next, boolean identity) {
        List<String> w = text.words;
        int f = at - 1; // "for", after a service up to two words before: "classes for first-time parents"
        while (f > 0 && at - f < 3 && !FOR.contains(w.get(f)) && !breaksNounPhrase(text, f)) {
            f--;
        }
        if (f > 0 && FOR.contains(w.get(f)) && (rules.serviceNouns().contains(w.get(f - 1))
                || f == at - 1 && rules.artifactNouns().contains(w.get(f - 1)))) {
            return true; // "a reading app for kids", "antenatal classes for parents": whom a thing built or taught serves
        }
        if (at > 0 && w.get(at).equals("family") && technical(text.original.get(at - 1))) {
            return true; // a model's family: "the Airbus A320 family", "the STM32 family"
        }
        if (next >= w.size() || at > 0 && (POSSESSIVES.contains(w.get(at - 1)) || text.withApostrophe(at - 1))) {
            return false;
        }
        if (rules.productNouns().contains(w.get(next))) {
            return true; // what a business sells: "prices disability products", "a range of baby products"
        }
        // joined by a hyphen: "a family-run bakery", "audits family-owned firms" (not "Family runs a shop")
        if (rules.ownerWords().contains(w.get(next)) && text.lower.contains(
                (text.original.get(next - 1) + "-" + text.original.get(next)).toLowerCase(java.util.Locale.ROOT))) {
            return true; // who owns a business, not the user's family
        }
        if (at >= 2 && ARTICLES.contains(w.get(at - 2)) && rules.artifactNouns().contains(w.get(next))) {
            return true; // a word between: "the new savings app", "a simple budgeting feature"
        }
        if (at == 0 || !ARTICLES.contains(w.get(at - 1))) {
            return false;
        }
        if (w.get(next).equals("of") && next + 1 < w.size()) { // "a family of R packages", "a family of products"
            String word = text.original.get(next + 1);
            return rules.artifactNouns().contains(w.get(next + 1)) || termAt(text, next + 1, TOOLS_LEXICON, t -> true)
                    || technical(word);
        }
        if (rules.artifactNouns().contains(w.get(next))) {
            return true;
        }
        // before a job, a special category's word says who the user is, unless it names a field: "a gay nurse"
        return !identity && termAt(text, next, JOB_LEXICON, term -> !PREPOSITIONS.contains(term.words().get(term.words().size() - 1)));
    }

    /**
     * Opening the entry or right after its opening verb, a personal word before a work object names its kind or
     * is done to it: "Handles divorce cases", "Bills clients by the day".
     */
    private boolean objectOfWork(CueText text, int at, int next) {
        if (at > 1 || next >= text.words.size() || text.withApostrophe(at)
                || at == 1 && POSSESSIVES.contains(text.words.get(0))) {
            return false; // someone's: "Her husband's app", "My family doctor"
        }
        String word = text.words.get(next);
        // an occupation opening the entry is the user's job only as openingJob reads it ("Family doctor says...")
        return rules.workObjects().contains(word)
                || at == 1 && (rules.occupations().contains(word) || rules.artifactNouns().contains(word));
    }

    /** A personal word before a staff group's noun with a work word between: "the LGBTQ+ staff network". */
    private boolean namesAStaffGroup(CueText text, int next) {
        boolean work = false;
        for (int k = next; k < Math.min(next + 4, text.words.size()); k++) {
            if (work && rules.groupNouns().contains(text.words.get(k))) {
                return true;
            }
            for (ClassifierRules.Match m : candidates(text.words.get(k))) {
                work |= m.lexicon().work() && matchesAt(text, k, m.term());
            }
        }
        return false;
    }

    /**
     * A professional body after "member of the": a body's noun and, apart from it, a work word or occupation in its
     * name ("the Royal Institute of British Architects", "the Law Society"), not a party, church or club ("the Women's
     * Institute" names no work).
     */
    private boolean professionalBody(CueText text, int next) {
        boolean body = false;
        boolean work = false;
        for (int k = next; k < Math.min(next + 7, text.words.size()) && !PHRASE_ENDS.contains(text.words.get(k)); k++) {
            String word = text.words.get(k);
            if (rules.bodyNouns().contains(word)) {
                body = true;
                continue;
            }
            work |= rules.occupations().contains(word);
            for (ClassifierRules.Match m : candidates(word)) {
                work |= m.lexicon().work() && matchesAt(text, k, m.term());
            }
        }
        return body && work;
    }

    /**
     * The topic of the user's writing, teaching or advice, the verb's work object between or not: "Writes about
     * mental health", "lectures on divorce law", "Advises clients on their retirement accounts".
     */
    private boolean topicOfWork(CueText text, int at) {
        List<String> w = text.words;
        int on = at - 1; // "on their mortgage options": an article or possessive between
        if (on >= 0 && (ARTICLES.contains(w.get(on)) || POSSESSIVES.contains(w.get(on)))) {
            on--;
        }
        if (isAboutOrOn(w.get(at))) {
            on = at; // a term that starts with it: "a webinar on parental leave rules"
        }
        if (on < 1 || !isAboutOrOn(w.get(on))) {
            return listedTopic(text, at);
        }
        return rules.topicVerbs().contains(w.get(on - 1))
                || on >= 2 && rules.workObjects().contains(w.get(on - 1)) && rules.topicVerbs().contains(w.get(on - 2))
                || listedTopic(text, at);
    }

    /**
     * A topic further on: the entry opens with a verb of writing or teaching, its object, "about" or "on" and a list
     * of topics, with nothing the user's own: "Teaches Year 9 about Sikhism and Hinduism", "Writes guides on grief,
     * divorce and custody"; or any verb with a piece of such work before "on": "Gives talks on Islam and Sikhism".
     * Not "Writes on the train with her kids".
     */
    private boolean listedTopic(CueText text, int at) {
        List<String> w = text.words;
        int verb = opening(text);
        if (verb < 0 || verb >= at) {
            return false;
        }
        boolean writing = rules.topicVerbs().contains(w.get(verb));
        for (int k = at - 1; k > verb; k--) {
            String word = w.get(k);
            if (OWNED.contains(word) && !THEIR.contains(word) || text.withApostrophe(k) || at - k > 5) {
                return false;
            }
            if (isAboutOrOn(word)) {
                // or a piece of such work before it: "Plans lessons on consent, contraception and sexual health"
                return (writing || rules.topicVerbs().contains(w.get(k - 1))) && k - verb <= 4 && text.runsOn(verb, k)
                        && noneOwned(text, verb, k);
            }
            if (PREPOSITIONS.contains(word) || PHRASE_ENDS.contains(word) && !AND_OR.contains(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean noneOwned(CueText text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (OWNED.contains(text.words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** "about" and "on" in the languages the lexicons cover: "un cours sur", "een cursus over", "un curso sobre" */
    private static final Set<String> ABOUT = Set.of("about", "on", "sur", "sobre", "über", "over");

    private static boolean isAboutOrOn(String word) {
        return ABOUT.contains(word);
    }

    /** Whether a term of {@code category} that also passes {@code also} stands at word {@code at}. */
    private boolean termAt(CueText text, int at, String category, Predicate<Lexicon.Term> also) {
        for (ClassifierRules.Match m : candidates(text.words.get(at))) {
            if (m.lexicon().category().equals(category) && also.test(m.term()) && matchesAt(text, at, m.term())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word for a relative written in capitals in a text that is not is an acronym: "the MOM guidelines" (Singapore's
     * Ministry of Manpower), not a mother.
     */
    private static boolean kinWordAsAcronym(CueText text, int at, int length, Lexicon lexicon) {
        if (length != 1 || !KIN_LEXICONS.contains(lexicon.name())) {
            return false;
        }
        String word = text.original.get(at);
        return word.length() > 1 && TextCase.writtenInCapitals(word)
                && text.original.stream().anyMatch(w -> !w.equals(w.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * A word of two letters hyphened to the next is a prefix: "bi-weekly", "ex-colleague", not "bi" or "ex"; so is one
     * before an acronym in a text not all in capitals: "ARCA (ex AFIP)" is the body's former name.
     */
    private static boolean prefixOfNextWord(CueText text, int at, int length) {
        if (length != 1 || text.words.get(at).length() > 2 || at + 1 >= text.words.size()) {
            return false;
        }
        String next = text.original.get(at + 1);
        return text.hyphenBefore(at + 1) || next.length() > 1 && TextCase.writtenInCapitals(next)
                && !inCapitals(text.original);
    }

    /** A personal word capitalised in mid-entry ("the Lingobee Kids app") names something; it says nothing personal. */
    private static boolean partOfName(CueText text, int at, Lexicon.Term term) {
        String word = text.original.get(at);
        return at > 0 && !term.properCase() && Character.isUpperCase(word.charAt(0))
                && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * A capitalised word of a {@code name.lexicons} lexicon between "the" and another capitalised word is part of a
     * place's or a thing's name: "the Black Forest", "the Black Sea resorts"; not "a Black British family".
     */
    private boolean insideAName(CueText text, int at, int length, Lexicon lexicon) {
        int next = at + length;
        return at > 0 && next < text.words.size() && text.words.get(at - 1).equals("the")
                && rules.nameLexicons().contains(lexicon.name())
                && Character.isUpperCase(text.original.get(next).charAt(0));
    }

    /** An acronym right after a number ends a model's name: "a Fluke 1664 FC meter", not "Leeds United FC". */
    private static boolean afterAModelNumber(CueText text, int at, Lexicon.Term term) {
        return at > 0 && term.text().length() > 1 && TextCase.writtenInCapitals(term.text())
                && Character.isDigit(text.original.get(at - 1).charAt(0));
    }

    /**
     * A tool's name right after a capitalised word no lexicon knows, in mid-entry, ends a person's or a title's name:
     * "Likes Taylor Swift", not "Likes Swift" nor "A TEST PLAN" in a line of capitals.
     */
    private boolean afterAName(CueText text, int at, Lexicon lexicon) {
        if (at < 2 || !lexicon.category().equals(TOOLS_LEXICON)) {
            return false;
        }
        String before = text.original.get(at - 1);
        return Character.isUpperCase(before.charAt(0)) && !mayBeTechnical(before) && !TextCase.writtenInCapitals(before)
                && Character.isUpperCase(text.original.get(at).charAt(0)) && candidates(text.words.get(at - 1)).isEmpty();
    }

    /**
     * Capitalised and in the term's own form, not a plural or a verb's: "Spring", "Slack's", not "spring", "Reacts"
     * (an everyday word that is also a name: {@code =Spring}); an acronym ({@code =EST}) only in capitals.
     */
    private static boolean asWritten(String token, Lexicon.Term term) {
        String plain = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
        if (term.text().length() > 1 && term.text().equals(term.text().toUpperCase(java.util.Locale.ROOT))) {
            return plain.equals(term.text()); // an acronym as written: "EST", not the French "est" or German "Ist"
        }
        return Character.isUpperCase(token.charAt(0))
                && (term.words().size() > 1 || plain.equalsIgnoreCase(term.text()));
    }

    /** The terms that may match at a word: those it starts, longest first, then the stems and compound parts it holds. */
    private List<ClassifierRules.Match> candidates(String word) {
        List<ClassifierRules.Match> whole = index.getOrDefault(word, List.of());
        List<ClassifierRules.Match> affixed = affixes.matches(word);
        if (affixed.isEmpty()) {
            return whole;
        }
        List<ClassifierRules.Match> all = new ArrayList<>(whole);
        all.addAll(affixed);
        return all;
    }

    private static boolean matchesAt(CueText text, int at, Lexicon.Term term) {
        List<String> words = text.words;
        if (term.affix() != Lexicon.Affix.NONE) {
            String word = words.get(at);
            String part = term.words().get(0);
            return term.affix() == Lexicon.Affix.STEM ? word.startsWith(part) : word.endsWith(part);
        }
        if (term.atStart()) {
            // an imperative as written: "Keep answers short", not the statement "Keeps a budget"
            return at == 0 && text.original.get(0).toLowerCase(java.util.Locale.ROOT).equals(term.text());
        }
        List<String> t = term.words();
        if (at + t.size() > words.size() || t.size() > 1 && !text.runsOn(at, at + t.size())) {
            return false; // a term's words in one clause: not the "school run" of "for the school; runs the staff CPD"
        }
        for (int k = 0; k < t.size(); k++) {
            if (!t.get(k).equals(words.get(at + k)) || term.capitalisedOnly() && !asWritten(text.original.get(at + k), term)) {
                return false;
            }
        }
        return true;
    }

    private static Hit add(Map<String, Hit> side, String category, String cue, double weight) {
        Hit old = side.get(category);
        Set<String> cues = new LinkedHashSet<>(old == null ? Set.of() : old.cues());
        double score = old == null ? 0 : old.score();
        if (cues.add(cue)) {
            score += weight;
        }
        Hit hit = new Hit(category, cues, score);
        side.put(category, hit);
        return hit;
    }

    /**
     * Adds the heading's prior to its side. A personal heading over a text that alone states clear work (a work
     * score of {@code band.heading_review} or more, no personal cue: "Learning Rust to build CLI tools" under
     * "Personal") is not added but returned: the heading may not drop such an entry, only send it to review.
     */
    private String headingPrior(String heading, HeadingCategory c, Map<String, Hit> work, Map<String, Hit> personal) {
        if (c == NO_HEADING_CATEGORY) {
            return null;
        }
        if (!c.work() && personal.isEmpty() && new Side(work).score() >= rules.headingReviewBand()) {
            return heading;
        }
        add(c.work() ? work : personal, c.category(), "heading: " + heading, rules.headingWeight());
        return null;
    }

    /** The category a heading's words name, {@link #NO_HEADING_CATEGORY} for none or no heading. */
    private HeadingCategory headingCategory(String heading) {
        return heading == null || heading.isBlank() ? NO_HEADING_CATEGORY
                : headingCategories.get(heading, this::findHeadingCategory);
    }

    /** The category a heading's words name; worked out once per heading, as an export's entries share a few. */
    private HeadingCategory findHeadingCategory(String heading) {
        CueText text = new CueText(heading);
        List<String> words = text.words;
        for (Map.Entry<String, List<List<String>>> e : rules.headingWords().entrySet()) {
            for (List<String> phrase : e.getValue()) {
                // a word of a script written without spaces stands inside the heading's run: "仕事" in "仕事の好み"
                boolean unspaced = phrase.size() == 1 && TextCase.writtenWithoutSpaces(phrase.get(0).codePointAt(0));
                if (unspaced ? text.lower.contains(phrase.get(0)) : java.util.Collections.indexOfSubList(words, phrase) >= 0) {
                    return new HeadingCategory(e.getKey(), rules.lexicons().stream()
                            .anyMatch(l -> l.category().equals(e.getKey()) && l.work()));
                }
            }
        }
        return NO_HEADING_CATEGORY;
    }

    private record HeadingCategory(String category, boolean work) {
    }

    /** Whether the purpose stands in a first clause whose subject is a relative ("Her brother is in Doha for work"). */
    private boolean relativesPurpose(CueText text, ClassifierRules.Purpose purpose) {
        List<String> w = text.words;
        int subject = !w.isEmpty() && POSSESSIVES.contains(w.get(0)) ? 1 : 0;
        if (subject >= w.size() || !termAt(text, subject, FAMILY_CATEGORY, t -> true)) {
            return false;
        }
        int end = Math.min(text.wordAfter(';', 0), text.wordAfter(',', 0));
        List<String> p = purpose.words();
        for (int at = subject + 1; at + p.size() <= end; at++) {
            if (w.subList(at, at + p.size()).equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** The first purpose, in the rules' order, whose words stand together in the text. */
    private ClassifierRules.Purpose purpose(CueText text, boolean work) {
        int first = Integer.MAX_VALUE;
        for (int at = 0; at < text.words.size(); at++) {
            for (int i : purposesByFirstWord.getOrDefault(text.words.get(at), List.of())) {
                List<String> words = rules.purposes().get(i).words();
                if (i < first && rules.purposes().get(i).work() == work && at + words.size() <= text.words.size()
                        && text.words.subList(at, at + words.size()).equals(words)) {
                    first = i;
                }
            }
        }
        return first == Integer.MAX_VALUE ? null : rules.purposes().get(first);
    }
}
