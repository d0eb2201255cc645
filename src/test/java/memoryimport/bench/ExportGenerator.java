package memoryimport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a realistic input folder of N users × M entries for the benchmark, in the shapes assistants print when asked
 * for everything they remember.
 *
 * <p>Per user 2–3 export files, each in a shape chosen at random: a fenced block of {@code [YYYY-MM-DD] - text} lines
 * with prose and {@code ##} section headings around it, {@code - [date] text} bullets, {@code 1. [May 1, 2024] - text}
 * numbering, undated {@code * text}, {@code **[date]** - text}, JSON Lines and a JSON document. Users are taken in
 * groups of 50; each group has one bulk CSV ({@code user_id,saved_at,content}, RFC 4180) at the top of the folder that
 * holds the first user of the group alone and, for about one user in five, one of their sources.
 *
 * <p>Entry mix, roughly: 55 % work (instructions, role, projects, tools, preferences), 25 % personal (family, hobbies,
 * health, home, finances), 5 % sensitive values (fake but valid-looking: Luhn-valid test cards, AWS and GitHub key
 * shapes, emails, phone numbers from fictional ranges, example IBANs, passwords), 15 % repeats of the user's earlier
 * entries: exact, near (a word added, case or punctuation changed) and paraphrases from a small table. Texts come from
 * many templates filled from word lists, so that they are varied as real memories are.
 *
 * <p>Deterministic for a seed: every user has its own random stream (seed and user index), so a user's files do not
 * depend on how many users are generated. Files are written streaming; per user only a bounded pool of earlier texts
 * (for repeats) is held.
 *
 * <pre>java -cp target/test-classes memoryimport.bench.ExportGenerator OUTPUT_DIR USERS ENTRIES_PER_USER [SEED]</pre>
 */
public final class ExportGenerator {

    /** Users per bulk CSV. */
    static final int GROUP = 50;
    /** Earlier texts per section kept as sources of repeats. */
    private static final int POOL = 256;

    // ---------------------------------------------------------------- word lists

    private static final String[] LANG = {"Python", "Kotlin", "Java", "TypeScript", "Go", "Rust", "C#", "SQL", "R",
            "Scala", "Swift", "Ruby", "PHP", "Elixir", "Bash", "MATLAB"};
    private static final String[] TOOL = {"Excel", "SAP", "Figma", "Terraform", "PostgreSQL", "Jira", "Confluence",
            "Salesforce", "Tableau", "Power BI", "Notion", "Slack", "Kubernetes", "Docker", "Airflow", "dbt", "Snowflake",
            "HubSpot", "Zendesk", "QuickBooks", "Xero", "AutoCAD", "Photoshop", "Looker", "GitLab", "Jenkins", "Datadog",
            "Workday", "NetSuite", "SPSS"};
    private static final String[] ROLE = {"data analyst", "backend engineer", "product manager", "nurse practitioner",
            "tax advisor", "payroll specialist", "UX designer", "solutions architect", "high-school teacher",
            "logistics coordinator", "cardiologist", "contract lawyer", "compliance officer", "sales engineer",
            "financial controller", "site reliability engineer", "marketing lead", "research scientist",
            "procurement manager", "HR business partner", "QA lead", "technical writer", "civil engineer", "pharmacist"};
    private static final String[] COMPANY = {"Northwind", "Contoso", "Fabrikam", "Initech", "Globex", "Umbrella Health",
            "Acme Logistics", "Tailspin Toys", "Wide World Importers", "Blue Yonder Airlines", "Litware", "Adventure Works",
            "Proseware", "Woodgrove Bank", "Lucerne Publishing", "Coho Winery", "Trey Research", "Alpine Ski House",
            "the city council", "St. Mary's Hospital"};
    private static final String[] TEAM = {"platform", "billing", "data", "growth", "infrastructure", "mobile", "payments",
            "claims", "risk", "onboarding", "supply chain", "customer success", "finance", "legal", "clinical",
            "research", "security", "analytics"};
    private static final String[] PROJECT = {"Atlas", "Phoenix", "Orion", "Helix", "Nimbus", "Falcon", "Aurora", "Mercury",
            "Quartz", "Beacon", "Harbor", "Summit", "Lighthouse", "Polaris", "Cascade", "Everest", "Juniper", "Keystone"};
    private static final String[] TOPIC = {"the data-warehouse", "the ERP", "the CRM", "the billing", "the payroll",
            "the cloud", "the identity", "the reporting", "the ticketing", "the inventory", "the API gateway",
            "the patient-records", "the pricing", "the search"};
    private static final String[] FORMAT = {"bullet points", "a short summary", "tables", "numbered steps",
            "code first", "the answer first", "plain English", "British spelling", "US spelling", "metric units",
            "ISO dates", "a TL;DR line", "headings", "no emojis", "citations"};
    private static final String[] TONE = {"formal", "friendly", "concise", "direct", "neutral", "encouraging",
            "technical", "plain"};
    private static final String[] CLIENT = {"retail", "banking", "insurance", "healthcare", "public-sector",
            "automotive", "energy", "telecom", "pharma", "education", "media", "logistics"};
    private static final String[] DAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] CITY = {"Lisbon", "Berlin", "Toronto", "Austin", "Manchester", "Lyon", "Melbourne",
            "Dublin", "Warsaw", "Madrid", "Seattle", "Singapore", "Cape Town", "Oslo", "Porto", "Denver"};
    private static final String[] DOC = {"design doc", "quarterly report", "board deck", "SOP", "release notes",
            "incident report", "grant proposal", "lesson plan", "audit memo", "RFP response", "runbook", "test plan"};
    private static final String[] METHOD = {"Scrum", "Kanban", "OKRs", "SAFe", "Shape Up", "Six Sigma", "ITIL",
            "GAAP", "IFRS", "ISO 27001", "SOC 2", "HIPAA", "GDPR"};
    private static final String[] KID = {"Mia", "Leo", "Ava", "Noah", "Emma", "Lucas", "Zoe", "Max", "Lily", "Sam",
            "Ella", "Ben", "Nora", "Finn", "Ivy", "Theo"};
    private static final String[] PET = {"Miso", "Biscuit", "Luna", "Pepper", "Olive", "Rocky", "Mochi", "Ziggy",
            "Nala", "Hazel", "Scout", "Tofu"};
    private static final String[] HOBBY = {"bouldering", "sourdough baking", "birdwatching", "chess", "trail running",
            "pottery", "salsa dancing", "gardening", "woodworking", "knitting", "sailing", "photography", "tennis",
            "cycling", "painting", "board games", "fishing", "yoga", "the piano", "the guitar"};
    private static final String[] SPORT = {"football", "basketball", "swimming", "hockey", "volleyball", "judo",
            "gymnastics", "tennis", "rugby", "athletics"};
    private static final String[] HEALTH = {"a gluten intolerance", "type 2 diabetes", "migraines", "asthma",
            "a bad knee", "high blood pressure", "a peanut allergy", "insomnia", "lower back pain", "hay fever"};
    private static final String[] FOOD = {"Thai curry", "sushi", "lasagne", "ramen", "tacos", "falafel", "pho",
            "paella", "dumplings", "shakshuka"};
    private static final String[] RELATIVE = {"mother", "father", "sister", "brother", "grandmother", "partner",
            "husband", "wife", "daughter", "son", "aunt", "uncle"};
    private static final String[] JOB = {"nurse", "chef", "teacher", "firefighter", "architect", "dentist", "pilot",
            "accountant", "musician", "electrician"};
    private static final String[] HOME = {"a two-bedroom flat", "a terraced house", "a farmhouse", "a loft",
            "a houseboat", "a bungalow", "a studio apartment"};
    private static final String[] SHOW = {"The Bear", "Succession", "Bluey", "The Crown", "Severance", "Ted Lasso",
            "Only Murders in the Building", "Slow Horses"};
    private static final String[] ADVERB = {"really", "usually", "always", "generally", "definitely", "mostly"};

    // ---------------------------------------------------------------- templates

    /** Slot names map to word lists; {n} is a small number, {q} a quarter, {y} a year. */
    private static final String[] INSTRUCTION_T = {
            "Prefers answers with {format}", "Wants {lang} examples in every coding answer",
            "Always answer in a {tone} tone", "Never use {format} in replies", "Keep answers under {n}0 words",
            "Start every answer with {format}", "Use {lang} rather than {lang} for scripts",
            "Explain {method} terms before using them", "Cite sources when talking about {method}",
            "Ask before rewriting whole {doc}s", "Do not suggest {tool}; the company does not license it",
            "Format dates as ISO 8601 in {doc}s", "Prefers {tone} emails to {client} clients",
            "Wants step-by-step reasoning for {tool} questions", "Reply in English even when the question is in French",
            "Uses {format} for anything longer than {n} paragraphs", "Point out risks first when reviewing any {doc}",
            "Avoid jargon when drafting for {client} clients", "Show {tool} formulas, not just results",
            "Wants a checklist at the end of every {doc}"};
    private static final String[] WORK_T = {
            "Works as a {role} at {company}", "Is a {role} in the {team} team at {company}",
            "Leads a team of {n} people in the {team} group", "Goal for Q{q}: ship {topic} migration",
            "Writes {doc}s for {client} clients every week", "Is preparing the {method} audit for {company}",
            "Reviews {client} contracts before signing", "Uses {tool} and {tool} every day",
            "Maintains the {project} service, written in {lang}", "Is migrating {topic} system from {tool} to {tool}",
            "Works on project {project} with the {team} team", "Reports to the head of {team}",
            "Has a standing {team} sync every {day}", "Their company follows {method}",
            "Manages a budget of {n}00k for the {team} team", "Is the on-call owner for {project} this quarter",
            "Switched the {team} dashboards from {tool} to {tool} in {y}", "Onboarding {n} new hires in the {team} team",
            "Presents the {doc} to the leadership team every {day}", "Is learning {lang} for the {project} project",
            "Project {project} launches in Q{q} {y}", "Their main stakeholders are in {client}",
            "Works remotely from {city} and travels to {city} monthly", "Writes the {team} newsletter every {day}",
            "Prefers {tool} over {tool} for {team} work", "Keeps all {doc}s in {tool}",
            "Is responsible for {method} compliance at {company}", "Joined {company} in {y} as a {role}",
            "Is hiring a {role} for the {team} team", "Uses {lang} notebooks for {client} analyses",
            "Is writing a {doc} about {topic} platform", "Their team's sprint review is on {day}s",
            "Tracks {team} OKRs in {tool}", "Runs the {project} retrospective every {n} weeks",
            "Builds {client} forecasts in {tool}", "Needs {doc}s approved by legal before sending",
            "Is the {tool} administrator for {company}", "Automates {topic} reports with {lang} and {tool}",
            "Supports {n} {client} accounts", "Is preparing a talk on {method} for a conference in {city}",
            "Moved the {project} pipeline to {tool} last quarter", "Wants {project} documented in a {doc}"};
    private static final String[] PERSONAL_T = {
            "Has two kids, {kid} and {kid}", "Has three kids; the youngest, {kid}, is {n}", "Their daughter {kid} plays {sport}", "Goes {hobby} every weekend",
            "Is training for the {city} marathon", "Their {relative} is a {job}", "Adopted a dog named {pet}",
            "Has a cat called {pet}", "Lives in {home} in {city}", "Is saving for a house in {city}",
            "Has {health}", "Is allergic to cats", "Takes medication for {health}", "Loves {food}",
            "Is vegetarian since {y}", "Their {relative}'s birthday is in {month}", "Is planning a trip to {city} in {month}",
            "Watches {show} with their {relative}", "Is paying off a car loan", "Pays {n}00 a month into a pension",
            "Is renovating the kitchen", "Volunteers at the {city} food bank", "Their son {kid} started school in {y}",
            "Is learning {hobby} with their {relative}", "Sleeps badly because of {health}",
            "Has a mortgage with {n} years left", "Got married in {city} in {y}", "Is recovering from knee surgery",
            "Plays {sport} on {day} evenings", "Keeps a budget spreadsheet for household bills"};
    private static final String[] SENSITIVE_T = {
            "Card for travel bookings: {card}", "Company card number is {card}", "My VPN password is {password}",
            "The wifi password is {password}", "AWS access key for the sandbox: {akia}", "GitHub token: {ghp}",
            "Personal email is {email}", "Work email: {email}", "Mobile number is {phone}", "Call me on {phone}",
            "Salary goes to {iban}", "IBAN for invoices: {iban}", "Laptop login password is {password}",
            "Use {email} for the {tool} account, password is {password}"};
    /** Pairs of texts that say the same thing differently, per section; both sides share the slots. */
    private static final String[][][] PARAPHRASE_T = {{
            {"Prefers concise answers", "Likes short, to-the-point replies"},
            {"Wants {lang} examples in answers", "Prefers code samples written in {lang}"},
            {"Does not want emojis in replies", "Avoid using emojis when answering"},
            {"Prefers bullet points over paragraphs", "Likes lists rather than long paragraphs"},
            {"Wants answers in a {tone} tone", "Keep the tone {tone}"},
            {"Always put the answer first", "Lead with the conclusion, then explain"}}, {
            {"Works as a {role} at {company}", "Is employed by {company} as a {role}"},
            {"Uses {tool} every day", "Works in {tool} daily"},
            {"Leads the {team} team", "Is the manager of the {team} team"},
            {"Reports go out every {day}", "Sends the weekly report on {day}s"},
            {"Is migrating to {tool}", "Is moving the team's work over to {tool}"},
            {"Is preparing for the {method} audit", "Has a {method} audit coming up"},
            {"Works on project {project}", "Is part of the {project} project"}}, {
            {"Has a dog named {pet}", "Owns a dog called {pet}"},
            {"Enjoys {hobby}", "Spends free time on {hobby}"},
            {"Is based in {city}", "Lives in {city}"},
            {"Has {health}", "Lives with {health}"},
            {"Their {relative} is a {job}", "Their {relative} works as a {job}"}}};

    private static final String[] MONTH = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] TEST_CARDS = {"4111111111111111", "5555555555554444", "4012888888881881",
            "5105105105105100", "6011111111111117", "4000056655665556"};
    private static final String[] IBANS = {"DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32",
            "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00", "DE89370400440532013000"};
    private static final String[] FIRST = {"anna", "james", "li", "maria", "omar", "sophie", "raj", "elena", "tom",
            "yuki", "carlos", "fatima", "jonas", "chloe"};
    private static final String[] LAST = {"smith", "nguyen", "muller", "garcia", "khan", "rossi", "dubois", "kowalski",
            "tanaka", "okafor", "berg", "silva"};
    private static final String ALNUM_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static final Template[] INSTRUCTIONS = Template.all(INSTRUCTION_T);
    private static final Template[] WORK = Template.all(WORK_T);
    private static final Template[] PERSONAL = Template.all(PERSONAL_T);
    private static final Template[] SENSITIVE = Template.all(SENSITIVE_T);
    private static final Template[][][] PARAPHRASES = new Template[3][][];

    static {
        for (int s = 0; s < 3; s++) {
            PARAPHRASES[s] = new Template[PARAPHRASE_T[s].length][];
            for (int i = 0; i < PARAPHRASE_T[s].length; i++) {
                PARAPHRASES[s][i] = Template.all(PARAPHRASE_T[s][i]);
            }
        }
    }

    // ---------------------------------------------------------------- prose around the entries

    private static final String[] INTRO = {"Here is everything I remember about you:",
            "Sure! These are the memories I have saved:", "Below is a complete list of what I know about you.",
            "Of course. Here's what I've stored in memory so far:", "This is what I remember from our conversations:",
            "Here you go — all saved memories, verbatim:"};
    private static final String[] OUTRO = {"Let me know if you want me to forget anything.",
            "If any of this is out of date, tell me and I'll update it.",
            "That's everything I have saved. Anything you'd like me to change?",
            "You can ask me to delete any of these at any time.", ""};
    private static final String[] SECTION = {"Instructions", "Work", "Personal details"};
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    /** The shapes of per-user files. */
    enum Shape {
        FENCED("md"), DASH_BULLETS("md"), NUMBERED("txt"), STAR_UNDATED("md"), BOLD_DATES("md"), JSONL("jsonl"),
        JSON("json");

        final String extension;

        Shape(String extension) {
            this.extension = extension;
        }
    }

    private static final String[] ASSISTANT = {"chatgpt", "claude", "gemini", "copilot", "assistant", "memories",
            "export", "saved-memories"};

    private final long seed;
    private long entries;
    private long files;

    public ExportGenerator(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ExportGenerator OUTPUT_DIR USERS ENTRIES_PER_USER [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int users = Integer.parseInt(args[1]);
        int perUser = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        long start = System.nanoTime();
        ExportGenerator generator = new ExportGenerator(seed);
        long written = generator.write(out, users, perUser);
        System.out.printf(Locale.ROOT, "wrote %d entries in %d files for %d users under %s in %.1f s%n", written,
                generator.files, users, out, (System.nanoTime() - start) / 1e9);
    }

    /** Writes the folder; returns the number of entries written. */
    public long write(Path out, int users, int perUser) throws IOException {
        Files.createDirectories(out);
        entries = 0;
        files = 0;
        for (int group = 0; group * GROUP < users; group++) {
            Path csvPath = out.resolve(String.format(Locale.ROOT, "bulk-%04d.csv", group + 1));
            try (Sink bulk = new Sink(Shape.JSON, csvPath, true)) {
                files++;
                bulk.out.write("user_id,saved_at,content\r\n");
                for (int u = group * GROUP; u < Math.min(users, (group + 1) * GROUP); u++) {
                    new UserWriter(out, u, perUser, bulk).write();
                }
            }
        }
        return entries;
    }

    // ---------------------------------------------------------------- one user

    /** Writes one user's sources, entry by entry. */
    private final class UserWriter {
        private final SplittableRandom random;
        private final String user;
        private final Path folder;
        private final int perUser;
        private final Sink bulk;
        private final List<Sink> sinks = new ArrayList<>();
        /** Earlier texts per section (0 instructions, 1 work, 2 personal), ring buffers. */
        private final String[][] pool = new String[3][POOL];
        private final int[] pooled = new int[3];
        private final LocalDate firstDay;
        private final int spanDays;

        private final boolean csvOnly;

        UserWriter(Path out, int u, int perUser, Sink bulk) {
            this.csvOnly = u % GROUP == 0;
            this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + u * 0xBF58476D1CE4E5B9L + 1);
            this.user = String.format(Locale.ROOT, "user-%06d", u);
            this.folder = out.resolve(user);
            this.perUser = perUser;
            this.bulk = bulk;
            this.firstDay = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365));
            this.spanDays = 60 + random.nextInt(600);
        }

        void write() throws IOException {
            try {
                if (csvOnly) {
                    sinks.add(bulk);
                } else {
                    Files.createDirectories(folder);
                    int count = 2 + random.nextInt(2);
                    boolean withCsv = random.nextInt(5) == 0;
                    List<String> names = new ArrayList<>();
                    for (int f = 0; f < count; f++) {
                        if (withCsv && f == count - 1) {
                            sinks.add(bulk);
                            break;
                        }
                        Shape shape = Shape.values()[random.nextInt(Shape.values().length)];
                        String name = ASSISTANT[random.nextInt(ASSISTANT.length)];
                        while (names.contains(name)) {
                            name = name + "-" + (f + 1);
                        }
                        names.add(name);
                        Sink sink = new Sink(shape, folder.resolve(name + "." + shape.extension), false);
                        files++;
                        sinks.add(sink);
                        sink.begin(user, random);
                    }
                }
                writeEntries();
            } finally {
                for (Sink sink : sinks) {
                    if (sink != bulk) {
                        sink.close();
                    }
                }
            }
        }

        /** Instructions, then work, then personal: every file prints its sections in that order, as assistants do. */
        private void writeEntries() throws IOException {
            int instructions = perUser * 15 / 100;
            int work = perUser * 55 / 100 - instructions;
            int[] ends = {instructions, instructions + work, perUser};
            int i = 0;
            for (int section = 0; section < 3; section++) {
                for (Sink sink : sinks) {
                    sink.section(section);
                }
                while (i < ends[section]) {
                    i += writeOne(section, i);
                }
            }
        }

        /** Writes one entry (two for a paraphrase pair); returns how many. */
        private int writeOne(int section, int i) throws IOException {
            LocalDate day = firstDay.plusDays((long) i * spanDays / Math.max(perUser, 1));
            int roll = random.nextInt(1000);
            // shares of the whole: sensitive 5 %, exact repeats 7 %, near repeats 5 %, paraphrase pairs 3 % (1.5 % × 2)
            if (roll < 50) {
                emit(pick(), day, SENSITIVE[random.nextInt(SENSITIVE.length)].fill(this), -1);
                return 1;
            }
            if (pooled[section] >= 5 && roll < 120) {
                emit(pick(), day, earlier(section), -1);
                return 1;
            }
            if (pooled[section] >= 5 && roll < 170) {
                emit(pick(), day, nearRepeat(earlier(section)), -1);
                return 1;
            }
            if (roll < 185 && i + 1 < perUser && sinks.size() > 1) {
                Template[] pair = PARAPHRASES[section][random.nextInt(PARAPHRASES[section].length)];
                Map<String, String> slots = new HashMap<>();
                String a = pair[0].fill(this, slots);
                String b = pair[1].fill(this, slots);
                int first = random.nextInt(sinks.size());
                int second = (first + 1 + random.nextInt(sinks.size() - 1)) % sinks.size();
                emit(sinks.get(first), day, a, section);
                emit(sinks.get(second), day.plusDays(random.nextInt(30)), b, -1);
                return 2;
            }
            Template[] templates = section == 0 ? INSTRUCTIONS : section == 1 ? WORK : PERSONAL;
            emit(pick(), day, templates[random.nextInt(templates.length)].fill(this), section);
            return 1;
        }

        private Sink pick() {
            return sinks.get(random.nextInt(sinks.size()));
        }

        private String earlier(int section) {
            return pool[section][random.nextInt(Math.min(pooled[section], POOL))];
        }

        private void emit(Sink sink, LocalDate day, String text, int poolSection) throws IOException {
            if (poolSection >= 0) {
                pool[poolSection][pooled[poolSection]++ % POOL] = text;
                if (pooled[poolSection] >= 2 * POOL) {
                    pooled[poolSection] -= POOL; // keeps the counter small while the ring stays full
                }
            }
            sink.entry(user, day, random, text);
            entries++;
        }

        /** The same memory written a little differently: a word added, case or punctuation changed. */
        private String nearRepeat(String text) {
            switch (random.nextInt(8)) {
                case 0:
                    return text + ".";
                case 1:
                    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text + "!";
                case 2:
                    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
                case 3:
                    return text.toUpperCase(Locale.ROOT);
                case 4: {
                    int space = text.indexOf(' ');
                    return space < 0 ? text + " really" : text.substring(0, space) + " "
                            + ADVERB[random.nextInt(ADVERB.length)] + text.substring(space);
                }
                case 5:
                    return "Also: " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
                case 6:
                    return text.replace(" ", "  ");
                default:
                    return text + " (still true)";
            }
        }

        String word(String slot, Map<String, String> shared) {
            if (shared != null && shared.containsKey(slot)) {
                return shared.get(slot);
            }
            String value = switch (slot) {
                case "lang" -> any(LANG);
                case "tool" -> any(TOOL);
                case "role" -> any(ROLE);
                case "company" -> any(COMPANY);
                case "team" -> any(TEAM);
                case "project" -> any(PROJECT);
                case "topic" -> any(TOPIC);
                case "format" -> any(FORMAT);
                case "tone" -> any(TONE);
                case "client" -> any(CLIENT);
                case "day" -> any(DAY);
                case "city" -> any(CITY);
                case "doc" -> any(DOC);
                case "method" -> any(METHOD);
                case "kid" -> any(KID);
                case "pet" -> any(PET);
                case "hobby" -> any(HOBBY);
                case "sport" -> any(SPORT);
                case "health" -> any(HEALTH);
                case "food" -> any(FOOD);
                case "relative" -> any(RELATIVE);
                case "job" -> any(JOB);
                case "home" -> any(HOME);
                case "show" -> any(SHOW);
                case "month" -> any(MONTH);
                case "n" -> Integer.toString(2 + random.nextInt(18));
                case "q" -> Integer.toString(1 + random.nextInt(4));
                case "y" -> Integer.toString(2015 + random.nextInt(10));
                case "card" -> card();
                case "password" -> password();
                case "akia" -> "AKIA" + chars(ALNUM_UPPER, 16);
                case "ghp" -> "ghp_" + chars(ALNUM, 36);
                case "email" -> any(FIRST) + (random.nextBoolean() ? "." : "") + any(LAST)
                        + (random.nextInt(3) == 0 ? Integer.toString(random.nextInt(100)) : "")
                        + (random.nextBoolean() ? "@example.com" : "@example.org");
                case "phone" -> phone();
                case "iban" -> any(IBANS);
                default -> throw new IllegalStateException("no word list for {" + slot + "}");
            };
            if (shared != null) {
                shared.put(slot, value);
            }
            return value;
        }

        private String any(String[] words) {
            return words[random.nextInt(words.length)];
        }

        private String chars(String alphabet, int n) {
            char[] c = new char[n];
            for (int k = 0; k < n; k++) {
                c[k] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            return new String(c);
        }

        /** A known test card, or a random Luhn-valid Visa number; spaced, dashed or plain. */
        private String card() {
            String digits;
            if (random.nextBoolean()) {
                digits = any(TEST_CARDS);
            } else {
                int[] d = new int[16];
                d[0] = 4;
                for (int k = 1; k < 15; k++) {
                    d[k] = random.nextInt(10);
                }
                int sum = 0;
                for (int k = 14; k >= 0; k--) { // doubled: every second digit from the right, check digit excluded
                    int v = (14 - k) % 2 == 0 ? d[k] * 2 : d[k];
                    sum += v > 9 ? v - 9 : v;
                }
                d[15] = (10 - sum % 10) % 10;
                StringBuilder b = new StringBuilder(16);
                for (int v : d) {
                    b.append(v);
                }
                digits = b.toString();
            }
            return switch (random.nextInt(3)) {
                case 0 -> digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");
                case 1 -> digits.replaceAll("(\\d{4})(?=\\d)", "$1-");
                default -> digits;
            };
        }

        private String password() {
            return switch (random.nextInt(3)) {
                case 0 -> any(PET) + (1990 + random.nextInt(30)) + "!";
                case 1 -> "P" + Integer.toHexString(random.nextInt()) + "#x";
                default -> chars(ALNUM, 12);
            };
        }

        /** Numbers from ranges reserved for fiction (Ofcom 020 7946 0xxx, NANP 555-01xx). */
        private String phone() {
            int k = random.nextInt(1000);
            return switch (random.nextInt(3)) {
                case 0 -> String.format(Locale.ROOT, "+44 20 7946 0%03d", k);
                case 1 -> String.format(Locale.ROOT, "+1 202-555-01%02d", k % 100);
                default -> String.format(Locale.ROOT, "020 7946 0%03d", k);
            };
        }
    }

    // ---------------------------------------------------------------- templates, compiled once

    /** A template split into literal parts and slots, so that filling it is a few appends. */
    private record Template(String[] literals, String[] slots) {

        static Template[] all(String[] texts) {
            Template[] t = new Template[texts.length];
            for (int i = 0; i < texts.length; i++) {
                t[i] = of(texts[i]);
            }
            return t;
        }

        static Template of(String text) {
            List<String> literals = new ArrayList<>();
            List<String> slots = new ArrayList<>();
            int from = 0;
            int open;
            while ((open = text.indexOf('{', from)) >= 0) {
                int close = text.indexOf('}', open);
                literals.add(text.substring(from, open));
                slots.add(text.substring(open + 1, close));
                from = close + 1;
            }
            literals.add(text.substring(from));
            return new Template(literals.toArray(String[]::new), slots.toArray(String[]::new));
        }

        String fill(UserWriter w) {
            return fill(w, null);
        }

        /** Fills the slots; with {@code shared}, a slot name used before (by the other side of a pair) keeps its value. */
        String fill(UserWriter w, Map<String, String> shared) {
            StringBuilder b = new StringBuilder(64);
            for (int i = 0; i < slots.length; i++) {
                b.append(literals[i]);
                b.append(w.word(slots[i], shared));
            }
            return b.append(literals[slots.length]).toString();
        }
    }

    // ---------------------------------------------------------------- one file

    /** One export file being written, in its shape. */
    private static final class Sink implements AutoCloseable {
        private final Shape shape;
        private final boolean csv;
        final Writer out;
        private boolean headings;
        private String outro = "";
        private int number;
        private boolean first = true;
        private boolean open;
        private String user;

        Sink(Shape shape, Path path, boolean csv) throws IOException {
            this.shape = shape;
            this.csv = csv;
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
                    1 << 16);
        }

        /** Prose or the document opening; the random stream is the user's, so files stay deterministic. */
        void begin(String user, SplittableRandom random) throws IOException {
            this.user = user;
            this.headings = shape == Shape.FENCED || random.nextBoolean();
            this.outro = OUTRO[random.nextInt(OUTRO.length)];
            if (shape != Shape.JSONL && shape != Shape.JSON) {
                out.write(INTRO[random.nextInt(INTRO.length)] + "\n\n");
            }
        }

        void section(int s) throws IOException {
            if (csv || shape == Shape.JSONL || shape == Shape.JSON || !headings) {
                return;
            }
            if (shape == Shape.FENCED && open) {
                out.write("```\n\n");
            } else if (!first) {
                out.write("\n");
            }
            out.write("## " + SECTION[s] + "\n\n");
            if (shape == Shape.FENCED) {
                out.write("```\n");
                open = true;
            }
        }

        void entry(String user, LocalDate day, SplittableRandom random, String text) throws IOException {
            if (csv) {
                out.write(user);
                out.write(',');
                out.write(day.toString());
                out.write(',');
                writeCsvCell(text);
                out.write("\r\n");
                return;
            }
            if (shape == Shape.FENCED && !open) {
                out.write("```\n");
                open = true;
            }
            switch (shape) {
                case FENCED -> out.write("[" + day + "] - " + text + "\n");
                case DASH_BULLETS -> out.write("- [" + day + "] " + text + "\n");
                case NUMBERED -> out.write(++number + ". [" + (random.nextInt(4) == 0 ? day.format(SHORT_DATE)
                        : day.format(LONG_DATE)) + "] - " + text + "\n");
                case STAR_UNDATED -> out.write("* " + text + "\n");
                case BOLD_DATES -> out.write("**[" + day + "]** - " + text + "\n");
                case JSONL -> out.write("{\"content\": \"" + json(text) + "\", \"saved_at\": \"" + day + "T"
                        + time(random) + "Z\"}\n");
                case JSON -> {
                    if (first) {
                        out.write("{\n  \"user_id\": \"" + json(user) + "\",\n  \"memories\": [\n");
                    } else {
                        out.write(",\n");
                    }
                    out.write("    {\"content\": \"" + json(text) + "\", \"created_at\": \"" + day + "T"
                            + time(random) + "Z\"}");
                }
            }
            first = false;
        }

        private static String time(SplittableRandom random) {
            int s = random.nextInt(86_400);
            return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }

        private void writeCsvCell(String text) throws IOException {
            boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0;
            if (!quote) {
                out.write(text);
                return;
            }
            out.write('"');
            out.write(text.replace("\"", "\"\""));
            out.write('"');
        }

        private static String json(String s) {
            StringBuilder b = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\' || c < 0x20) {
                    if (b == null) {
                        b = new StringBuilder(s.length() + 8).append(s, 0, i);
                    }
                    switch (c) {
                        case '"' -> b.append("\\\"");
                        case '\\' -> b.append("\\\\");
                        case '\n' -> b.append("\\n");
                        default -> b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                } else if (b != null) {
                    b.append(c);
                }
            }
            return b == null ? s : b.toString();
        }

        @Override
        public void close() throws IOException {
            try {
                if (!csv) {
                    switch (shape) {
                        case JSONL -> { }
                        case JSON -> out.write(first ? "{\n  \"user_id\": \"" + json(user)
                                + "\",\n  \"memories\": []\n}\n" : "\n  ]\n}\n");
                        case FENCED -> out.write((open ? "```\n" : "") + "\n" + outro + "\n");
                        default -> out.write("\n" + outro + "\n");
                    }
                }
            } finally {
                out.close();
            }
        }
    }
}
