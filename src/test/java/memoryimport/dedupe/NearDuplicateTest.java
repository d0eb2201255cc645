package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import memoryimport.model.DuplicateMatch;
import memoryimport.model.Memory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact and near-exact matching, paraphrase off: no embedding model anywhere in this class. */
class NearDuplicateTest {

    static Stream<Arguments> merged() {
        return Stream.of(
                Arguments.of("Always use Go for backend examples.", "always use go for backend examples", "exact"),
                Arguments.of("Uses Python and Go", "Uses Go and Python", "exact"),
                Arguments.of("每周给客户发一次进度报告。", "每周给客户发一次进度报告", "exact"),
                // with no model, words of one meaning fold as synonyms and the folded words alone merge at the near
                // threshold
                Arguments.of("Verwendet Ansible für alle Deployments", "Nutzt Ansible für alle Deployments", "near"),
                Arguments.of("Korzysta z Jenkinsa do budowania obrazów", "Używa Jenkinsa do budowania obrazów", "near"),
                Arguments.of("Gillar långa kodgranskningar", "Föredrar långa kodgranskningar", "near"),
                Arguments.of("Uses Kotlin, Go and Postgres at work", "Uses Postgres, Kotlin and Go at work", "exact"),
                Arguments.of("Writes C# for Unity", "writes c# for unity!", "exact"),
                Arguments.of("Prefers DARK mode!!", "prefers dark mode", "exact"),
                // a thousands separator, or none
                Arguments.of("Supports 3,000 customers", "Supports 3000 customers", "exact"),
                Arguments.of("Quota of €1.200.000 for the year", "Quota of €1,200,000 for the year", "exact"),
                Arguments.of("Uses Postgres for analytics", "Uses PostgreSQL for analytics", "near"),
                Arguments.of("Deploys services to k8s", "Deploys services to Kubernetes", "near"),
                // "dislikes", "hates" and "doesn't like" say the same; each is a negation
                Arguments.of("Hates long status meetings", "Dislikes long status meetings", "near"),
                Arguments.of("Doesn't like long status meetings", "Dislikes long status meetings", "near"),
                Arguments.of("Writes the frontend in JS", "Writes the frontend in JavaScript", "near"),
                Arguments.of("Uses Kubernetes for deployments", "Uses Kubernets for deployments", "near"),
                Arguments.of("Prefers dark mode in the editor", "Prefers dark mode in the code editor", "near"),
                Arguments.of("Prefers concise answers with code examples", "Prefers concise answers with short code examples", "near"),
                Arguments.of("Uses Terraform for infrastructure", "Using Terraform for infrastructure", "near"),
                Arguments.of("Has two kids", "Has 2 kids", "near"),
                Arguments.of("Hat fünf Enkel", "Hat 5 Enkel", "near"),
                Arguments.of("Is a back-end developer", "Is a backend developer", "exact"),
                Arguments.of("Likes TypeScript", "Likes Typescript a lot", "near"),
                Arguments.of("Previously worked at Initech as a developer", "Previously worked at Initech as a web developer", "near"),
                // one word written as two or hyphenated, and a common short form
                Arguments.of("Works in the Europe/Berlin timezone", "Works in the Europe/Berlin time zone", "exact"),
                Arguments.of("Works at a fintech startup", "Works at a fintech start-up", "exact"),
                Arguments.of("Uses Ansible for configuration management", "Uses Ansible for config management", "near"),
                Arguments.of("Never use jargon in the documentation", "Never use jargon in the docs", "near"),
                Arguments.of("Keeps job descriptions under 400 words", "Keeps JDs under 400 words", "near"),
                Arguments.of("Links the PR in every ticket", "Links the pull request in every ticket", "near"),
                // "User" is the subject of a third-person export, not a fact: the user's own name in its place merges
                Arguments.of("Rui prefers TypeScript strict mode!", "User prefers TypeScript strict mode.", "near"),
                Arguments.of("Kai wants answers without emojis.", "The user wants answers without emojis.", "near"),
                Arguments.of("Designer at a web agency in Kraków", "designer at a web agency in Krakow", "near"),
                // a synonym, also in an inflection the list does not spell out, is no swapped value
                Arguments.of("Wants unit tests included with every code sample",
                        "Always include unit tests with every code sample", "near"),
                Arguments.of("Wants survey questions reviewed for leading wording",
                        "Wants survey questions checked for leading wording", "near"),
                Arguments.of("Uses IntelliJ IDEA for Kotlin development", "Uses IntelliJ IDEA for Kotlin dev", "near"),
                // a short form, a British name of a thing, another article
                Arguments.of("Uses Lattice for performance reviews", "Uses Lattice for perf reviews", "near"),
                Arguments.of("Teaches computer science at a secondary school",
                        "Teaches computer science at a high school", "near"),
                Arguments.of("Préfère des réponses courtes", "Préfère les réponses courtes", "near"),
                Arguments.of("Uses Jupyter notebooks for exploratory analysis",
                        "Uses Jupyter notebooks for exploratory analyses", "near"),
                // an acronym's plural names the acronym; one with an alias of its own still says its alias
                Arguments.of("Wants architecture decisions recorded as ADRs",
                        "Wants architecture decisions recorded as ADR", "near"),
                Arguments.of("Reviews pull requests for the payments team", "Reviews PRs for the payments team", "near"),
                Arguments.of("Keeps REST APIs versioned in the URL path", "Keeps REST API versioned in the URL path", "near"),
                // all capitals tell no acronym's plural: "SLAS" may be "SLAs", either way round
                Arguments.of("TRACKS SLAS FOR EVERY VENDOR CONTRACT", "Tracks the SLAs for every vendor contract", "near"),
                Arguments.of("Wants RFCs written before any migration (still true)", "WANTS RFCS WRITTEN BEFORE ANY MIGRATION", "near"),
                // a note that the memory still holds adds no detail
                Arguments.of("Prefers Celsius in weather reports", "Prefers Celsius in weather reports (still true)", "near"),
                Arguments.of("Tutoie toujours ses collègues", "Tutoie toujours ses collègues, toujours vrai", "near"),
                Arguments.of("Her brother lives in Porto", "Brother lives in Porto", "near"),
                // "The user" as subject is the subject-less line the assistant writes: the same words
                Arguments.of("Has a son called Tomas", "The user has a son called Tomas", "exact"),
                Arguments.of("Is employed by Harbor Works as a welder", "Works as a welder at Harbor Works", "near"),
                // a bound said in other words is the same bound
                Arguments.of("Keeps answers under 150 words", "Keeps answers at most 150 words", "near"),
                Arguments.of("Their team's retro is on Mondays", "Also: their team's retro is on Mondays", "near"),
                // a name or an abbreviation written with and without a gap
                Arguments.of("Edits Rust in VS Code", "Edits Rust in VSCode", "exact"),
                Arguments.of("Ships beta builds through Test Flight", "Ships beta builds through TestFlight", "exact"),
                Arguments.of("Standup is at 10 a.m. sharp", "Standup is at 10am sharp", "exact"),
                Arguments.of("Cycles 20 km to the office", "Cycles 20km to the office", "exact"),
                // one number in other notations: a scale word or ending, an ordinal, a leading zero
                Arguments.of("Podcast has 12k listeners", "Podcast has 12,000 listeners", "near"),
                Arguments.of("Podcast has twelve thousand listeners", "Podcast has 12k listeners", "near"),
                Arguments.of("Closed a 2.5 million deal in Q2", "Closed a 2.5M deal in Q2", "near"),
                Arguments.of("Launch party is on the 21st of June", "Launch party is on 21 June", "near"),
                Arguments.of("Sprint planning starts at 09:30", "Sprint planning starts at 9:30", "near"),
                // a 12-hour clock time and its 24-hour form
                Arguments.of("Weekly review is at 4pm", "Weekly review is at 16:00", "near"),
                Arguments.of("Leaves the office at 5:45 pm", "Leaves the office at 17:45", "near"),
                Arguments.of("Office opens at 8:00", "Office opens at 8 am", "near"),
                // a currency sign and its name, a month or a unit and its short form, initials, British and American spelling
                Arguments.of("Pays 40 dollars a month for hosting", "Pays $40 a month for hosting", "near"),
                Arguments.of("Performance reviews happen in Dec", "Performance reviews happen in December", "near"),
                Arguments.of("Organises the mentoring programme for new hires",
                        "Organizes the mentoring program for new hires", "near"),
                Arguments.of("Sells mostly to customers in the USA", "Sells mostly to customers in the US", "near"),
                Arguments.of("Presents quarterly numbers on grey slides", "Presents quarterly numbers on gray slides", "near"),
                Arguments.of("Owns the quality assurance checklist", "Owns the QA checklist", "near"),
                Arguments.of("Rides 12 kilometres each way to work", "Rides 12 km each way to work", "near"),
                Arguments.of("Blocks 2 hrs for deep work daily", "Blocks 2 hours for deep work daily", "near"),
                Arguments.of("Arbeitet nie am Wochenende", "Arbeitet niemals am Wochenende", "near"),
                // adjacent names aliased together, a date with a month name and its ISO form, a decimal with a scale
                Arguments.of("Relocated to the United Kingdom in 2021", "Relocated to the UK in 2021", "near"),
                Arguments.of("Board meeting on 2025-06-12", "Board meeting on June 12, 2025", "near"),
                Arguments.of("Board meeting on 12 June 2025", "Board meeting on 2025-06-12", "near"),
                Arguments.of("Raised 2.5M in the seed round", "Raised 2,500,000 in the seed round", "near"),
                Arguments.of("Raised 2.5 million in the seed round", "Raised 2,500,000 in the seed round", "near"),
                // "skip" and "éviter" negate as "without" and "pas" do
                Arguments.of("Skip the small talk in replies", "Replies without small talk", "near"),
                Arguments.of("Évite les réunions le vendredi", "Pas de réunions le vendredi", "near"),
                // a range of hours ending below its start ends in the afternoon; a time zone spelled out is its code
                Arguments.of("Works 10-6 on weekdays", "Works 10 to 18 on weekdays", "near"),
                Arguments.of("Works 8 to 4, Central European Time", "Works 8 to 16 CET", "near"),
                // a negated bound is the other bound, without a negation
                Arguments.of("Replies of no more than five lines", "Replies of at most 5 lines", "near"),
                Arguments.of("Risposte di non più di tre frasi", "Risposte di massimo tre frasi", "near"),
                Arguments.of("Stack: Ruby on Rails, Redis, hosted on Fly.io", "Tech stack is Rails and Redis, deployed to Fly.io", "near"),
                // the "not" of an alternative the other text never names opposes nothing in it
                Arguments.of("Wants answers in plain English, not legalese", "Wants answers in plain English", "near"),
                Arguments.of("Sends invoices every fortnight", "Sends invoices every two weeks", "near"),
                // a hyphenated "-free" or "-neutral" negates the word before it
                Arguments.of("Bakes dairy-free cakes for the office", "Bakes cakes without dairy for the office", "near"),
                Arguments.of("Writes job ads in gender-neutral language", "Never writes job ads in gendered language", "near"),
                // an adverb says what its adjective does
                Arguments.of("Comments code thoroughly in tutorials", "Wants thorough code comments in tutorials", "near"),
                Arguments.of("Names branches descriptively", "Use descriptive branch names", "near"),
                // words moved on one side of the one comparison word both say ("before") swap nothing
                Arguments.of("Check the invoices by hand before month end", "Wants invoices checked by hand before month end", "near"),
                Arguments.of("Benchmark queries in staging before deploying", "Wants staging query benchmarks before deploying", "near"),
                Arguments.of("Don't use \"simply\" or \"just\" in tutorials", "Never use 'simply' or 'just' in tutorials", "near"),
                // "please" says no more than "bitte" does
                Arguments.of("Summaries in bullet points, please", "Wants summaries in bullet points", "near"),
                // "never longer than" is "at most", "free of" is "without"
                Arguments.of("Keep replies no longer than 100 words", "Keep replies to at most 100 words", "near"),
                Arguments.of("Never more than 3 bullet points", "At most 3 bullet points", "near"),
                Arguments.of("Emails free of jargon", "Emails without jargon", "near"),
                Arguments.of("Lunch boxes dairy-free and free of nuts", "Lunch boxes without dairy and without nuts", "near"),
                // a list in another order, or clauses in another order, swap no values
                Arguments.of("Likes apples, pears and plums", "Likes plums, pears and apples", "exact"),
                Arguments.of("Reviews PRs in the morning and writes code in the afternoon",
                        "Writes code in the afternoon and reviews PRs in the morning", "exact"),
                // Portuguese "no" before a name is "in the", no negation
                Arguments.of("Engenheiro de software na Alfa Digital, no Recife", "Engenheiro de software na Alfa Digital (Recife)",
                        "near"),
                Arguments.of("É professora de química no Colégio Atlântico, no Funchal",
                        "professora de química no Colégio Atlântico (Funchal)", "near"),
                // minutes with a clock ending ("4:15pm") as "4:15 pm" and "16:15"; "every other" as "every second"
                Arguments.of("Retro is at 4:15pm every Friday", "Retro happens at 16:15 every Friday", "near"),
                Arguments.of("Is on call every other weekend", "Is on call every second weekend", "near"),
                Arguments.of("Ships a release every 2 weeks", "Ships a release fortnightly", "near"),
                // a name and its number written as one word or two
                Arguments.of("Audits the suppliers against ISO27001 and ISO 9001", "Audits suppliers against ISO 27001 and ISO9001", "near"),
                Arguments.of("Exports the recordings as MP4 files", "Exports recordings as MP 4 files", "near"),
                // a business acronym said in full
                Arguments.of("Sets OKRs for the sales org each quarter", "Sets objectives and key results for the sales org each quarter", "near"),
                Arguments.of("Negotiates SLAs with the hosting vendors", "Negotiates service level agreements with hosting vendors", "near"),
                // two words of one place
                Arguments.of("Put the totals under the table", "Put the totals below the table", "near"),
                Arguments.of("Runs the annual partner summit in Lisbon each May", "Runs the yearly partner summit in Lisbon every May",
                        "near"),
                // a product and a role by their initials; a name's or a letter's number after a hyphen
                Arguments.of("Tracks campaigns in Google Analytics 4", "Tracks campaigns in GA4", "near"),
                Arguments.of("Coaches 9 account executives on discovery calls", "Coaches 9 AEs on discovery calls", "near"),
                Arguments.of("Works as an SDE-2 at Quillpay", "Works as an SDE 2 at Quillpay", "exact"),
                Arguments.of("Staff engineer at level E-6", "Staff engineer at level E6", "exact"),
                // hedges and the Scandinavian "som" (as) say nothing; hiring is recruiting
                Arguments.of("Hosts the podcast mainly from the home studio", "Hosts the podcast mostly from the home studio", "near"),
                Arguments.of("Wants release emails short yet warm", "Wants release emails short but warm", "near"),
                Arguments.of("Arbetar som jurist på Nordbank", "Är jurist på Nordbank", "near"),
                Arguments.of("Hiring for two backend roles this quarter", "Recruiting for two backend roles this quarter", "near"),
                // typed without diacritics, or with German umlauts written out: accents are no edit, however the stemmer
                // cut the two forms
                Arguments.of("Píše návody pro zákazníky v češtině", "Pise navody pro zakazniky v cestine", "near"),
                Arguments.of("Prüft die Lieferantenverträge für die Geschäftsführung", "Prueft die Lieferantenvertraege fuer die Geschaeftsfuehrung", "near"),
                Arguments.of("Pregătește rapoartele lunare în română", "Pregateste rapoartele lunare in romana", "near"),
                // ... nor detail a text adds beside a list word ("o" is "or" in Spanish, "a" in Romanian)
                Arguments.of("Predă chimie la o școală din Iași", "Preda chimie la o scoala din Iasi", "near"),
                // a bound after its number is the bound before it
                Arguments.of("Keep standup notes under 120 words", "Keep standup notes to 120 words max", "near"),
                Arguments.of("Answers with at most 5 bullet points", "Answers with 5 bullet points or fewer", "near"),
                // "one ... per" says "a ... per"
                Arguments.of("Files one expense report per trip", "Files an expense report for each trip", "near"));
    }

    static Stream<Arguments> apart() {
        return Stream.of(
                // Chinese and Japanese have no spaces: a sentence is one word, and one sign more or other is no typo
                Arguments.of("我喜欢早上开短会", "我不喜欢早上开短会"),
                Arguments.of("每周给客户发一次进度报告", "每月给客户发一次进度报告"),
                Arguments.of("毎週テストを書きます", "毎月テストを書きます"),
                // folded synonyms leave a swapped value, a negation or a number: no merge
                Arguments.of("Verwendet Ansible für alle Deployments", "Nutzt Puppet für alle Deployments"),
                Arguments.of("Gillar långa kodgranskningar", "Föredrar inte långa kodgranskningar"),
                Arguments.of("Korzysta z 3 serwerów testowych", "Używa 5 serwerów testowych"),
                Arguments.of("Prefers tabs for indentation", "Prefers spaces for indentation"),
                Arguments.of("Likes long status meetings", "Dislikes long status meetings"),
                Arguments.of("Dislikes emojis in replies", "Likes emojis in replies"),
                // names compare as written: "US" is not "use" stemmed, the product "Teams" not the word "team"
                Arguments.of("Never use British spelling in replies", "Never use US spelling in replies"),
                Arguments.of("Team uses Jira", "Uses Teams"),
                // "X, not Y" is a preference: its reverse is the opposite one
                Arguments.of("Uses Tailwind CSS, not styled-components.", "Uses styled-components, not Tailwind CSS."),
                Arguments.of("Reviews PRs in the morning, not the afternoon", "Reviews PRs in the afternoon, not the morning"),
                // a role the user fills with someone else is not the user's own role
                Arguments.of("Is hiring a site reliability engineer", "Is a site reliability engineer"),
                Arguments.of("Is hiring a QA lead for the checkout team", "Is a QA lead in the checkout team at Fabrikam"),
                Arguments.of("Is looking for a product designer for the app", "Is a product designer for the app"),
                // a fact of the past is not the same fact now
                Arguments.of("Used to work at Google as a software engineer", "Works at Google as a software engineer"),
                Arguments.of("Former manager is Anna Berg", "Manager is Anna Berg"),
                Arguments.of("Worked at Acme Corp as a data engineer", "Works at Acme Corp as a data engineer"),
                Arguments.of("Managed the billing migration in 2023", "Manages the billing migration"),
                Arguments.of("Studied the churn model with the data team", "Studies the churn model with the data team"),
                Arguments.of("Planned the quarterly offsite", "Planning the quarterly offsite"),
                Arguments.of("Team used GitHub Actions for CI", "Team uses GitHub Actions for CI"),
                Arguments.of("Was the tech lead of the Payments team until 2023", "Is the tech lead of the Payments team"),
                Arguments.of("Likes TypeScript", "Dislikes TypeScript"),
                Arguments.of("Likes TypeScript", "Doesn't like TypeScript"),
                Arguments.of("Manages a team of 5", "Manages a team of 50"),
                Arguments.of("Supports 3,000 customers", "Supports 30,000 customers"),
                Arguments.of("Doses of 0.125 mg", "Doses of 125 mg"),
                Arguments.of("Wants responses under 200 words", "Wants responses over 200 words"),
                Arguments.of("Keep answers to at least 3 bullet points", "Keep answers to 3 bullet points"),
                Arguments.of("Manages a team of five", "Manages a team of 50"),
                Arguments.of("Uses Python 2", "Uses Python 3"),
                Arguments.of("Uses Python 3.11", "Uses Python 3.12"),
                Arguments.of("Orders a cortado every morning", "Orders a flat white every morning"),
                Arguments.of("Working on project Atlas", "Working on project Apollo"),
                Arguments.of("Prefers formal tone", "Prefers casual tone"),
                Arguments.of("Prefers light mode", "Prefers dark mode"),
                Arguments.of("Works at Ledgerly", "Works at Brightledger"),
                Arguments.of("Has a team of 5 in 2 cities", "Has a team of 2 in 5 cities"),
                Arguments.of("Is vegetarian", "Is not vegetarian"),
                Arguments.of("Has two kids", "Uses Terraform daily"),
                // names in another order with more than a list between them: their roles swapped
                Arguments.of("Prefers Python to Java", "Prefers Java to Python"),
                Arguments.of("Reports to Anna and manages Ben", "Reports to Ben and manages Anna"),
                Arguments.of("Migrating from MySQL to PostgreSQL", "Migrating from PostgreSQL to MySQL"),
                // a sign that makes a name or a value
                Arguments.of("Uses C# for the game engine", "Uses C++ for the game engine"),
                Arguments.of("Writes F# at work", "Writes F at work"),
                Arguments.of("Timezone is UTC+2", "Timezone is UTC-2"),
                // a short name one letter off is someone else
                Arguments.of("Reports to Mario Lopez", "Reports to Maria Lopez"),
                Arguments.of("REPORTS TO MARIO LOPEZ", "Reports to Maria Lopez"),
                Arguments.of("USES TEAMS FOR CHAT", "Team uses Slack for chat"),
                // a line that opens with another person states that person's fact
                Arguments.of("Brother lives in Porto", "Lives in Porto"),
                // each lists an item the other lacks
                Arguments.of("Board update covers hiring and churn", "Board update covers churn and fundraising"),
                // a word said twice may stand where the other has its value
                Arguments.of("Mentors 4 new analysts in the finance team", "Mentors 4 new analysts in the mentoring team"),
                Arguments.of("My boss prefers Teams over Zoom", "Prefers Teams over Zoom"),
                Arguments.of("Customer wants a monthly invoice", "Wants a monthly invoice"),
                // words that are articles in one language and codes in another are not stop words
                Arguments.of("Replies in DE", "Replies in EN"),
                Arguments.of("Timezone is IST", "Timezone is EST"),
                // another currency, month or scale is another value
                Arguments.of("Day rate is $120 an hour", "Day rate is €120 an hour"),
                Arguments.of("Invoices 900 GBP per day", "Invoices €900 per day"),
                Arguments.of("Quarterly review is in March", "Quarterly review is in May"),
                Arguments.of("Repo has 3k stars on GitHub", "Repo has 3M stars on GitHub"),
                Arguments.of("Startup is valued at 2 million", "Startup is valued at 2 billion"),
                Arguments.of("Weekly review is at 4am", "Weekly review is at 4pm"),
                Arguments.of("Office opens at 8:00", "Office opens at 8:15"),
                // negations of German, French and Portuguese, and "without" in French, Spanish and Italian
                Arguments.of("Mag keinen Kaffee am Nachmittag", "Mag Kaffee am Nachmittag"),
                Arguments.of("Prend son thé sans lait", "Prend son thé avec du lait"),
                Arguments.of("Toma el café sin azúcar", "Toma el café con azúcar"),
                Arguments.of("N'utilise pas Windows au travail", "Utilise Windows au travail"),
                Arguments.of("Não usa Windows no trabalho", "Usa Windows no trabalho"),
                // ... and of Dutch, Swedish, Norwegian, Danish and Turkish
                Arguments.of("Drinkt geen koffie op kantoor", "Drinkt koffie op kantoor"),
                Arguments.of("Gebruikt nooit tabs", "Gebruikt tabs"),
                Arguments.of("Vill inte ha möten på fredagar", "Vill ha möten på fredagar"),
                Arguments.of("Spiser aldri kjøtt på hverdager", "Spiser kjøtt på hverdager"),
                Arguments.of("Holder ikke møder om fredagen", "Holder møder om fredagen"),
                Arguments.of("Toplantılar uzun değil", "Toplantılar uzun"),
                Arguments.of("Board meeting on June 12, 2025", "Board meeting on 2025-06-13"),
                Arguments.of("Raised 2.5M in the seed round", "Raised 25M in the seed round"),
                Arguments.of("Lives in the United Kingdom", "Lives in the United States"),
                Arguments.of("Skip the small talk in replies", "Start replies with small talk"),
                Arguments.of("Works 10-6 on weekdays", "Works 10 to 16 on weekdays"),
                Arguments.of("Version 9.5 of the API", "Version 9.17 of the API"),
                Arguments.of("Replies of no more than five lines", "Replies of at least 5 lines"),
                Arguments.of("Replies of no more than five lines", "Replies of more than five lines"),
                Arguments.of("Reviews code in the morning", "Reviews code only in the morning"),
                Arguments.of("Wants replies in Spanish, not English", "Wants replies in English"),
                Arguments.of("Use metric units, not imperial", "Use imperial units"),
                Arguments.of("Sends invoices every fortnight", "Sends invoices every three weeks"),
                Arguments.of("Orders lactose-free milk for the team", "Orders milk with lactose for the team"),
                Arguments.of("Writes job ads in gender-neutral language", "Writes job ads in gendered language"),
                Arguments.of("Explain the maths before the code", "Explain the code before the maths"),
                Arguments.of("Review designs before the sprint starts", "Review the sprint before designs start"),
                Arguments.of("Answers publicly in the forum", "Answers privately in the forum"),
                // a vague word ("things") is still a word of its own: merged, the narrower line would be lost
                Arguments.of("Tracks things in Jira", "Tracks bugs in Jira"),
                Arguments.of("Emails free of jargon", "Emails with jargon"),
                // two words trading places across more than a list: two slots' values swapped
                Arguments.of("Prefers tabs in Go and spaces in Python", "Prefers spaces in Go and tabs in Python"),
                Arguments.of("Tea in the morning, coffee after lunch", "Coffee in the morning, tea after lunch"),
                Arguments.of("Never more than 3 bullet points", "At least 3 bullet points"),
                Arguments.of("Replies shorter than 50 words", "Replies longer than 50 words"),
                // a quoted word is a value, stop words too
                Arguments.of("Cut the word \"quite\" from slide text", "Cut the word \"rather\" from slide text"),
                Arguments.of("Never write \"we\" in the changelog", "Never write \"you\" in the changelog"),
                Arguments.of("Replace 'should' with 'must' in the specs", "Replace 'could' with 'must' in the specs"),
                // an English "no" before a name still negates, and Portuguese "não" does
                Arguments.of("Wants no Docker examples in the guide", "Wants Docker examples in the guide"),
                Arguments.of("Não usa o Jira no trabalho", "Usa o Jira no trabalho"),
                Arguments.of("Não usa Windows no trabalho", "Usa Windows no trabalho"),
                // the client's client is another party; two edits that change the first letter are another word
                Arguments.of("Her client's client is a hospital", "Her client is a hospital"),
                Arguments.of("Works in pediatric oncology", "Works in geriatric oncology"),
                Arguments.of("Retro is at 4:15pm every Friday", "Retro is at 4:15am every Friday"),
                Arguments.of("Reviews code first, tests after", "Reviews tests first, code after"),
                // "every day" counts one, "every other day" two, whichever text is kept; so in Spanish
                Arguments.of("Has standup every other day", "Has standup every day"),
                Arguments.of("Revisa el presupuesto cada dos semanas", "Revisa el presupuesto cada semana"),
                // a place on the page, though its word is a stop word: under, above and beside are three places
                Arguments.of("Wants the byline under each headline", "Wants the byline above each headline"),
                Arguments.of("Put the totals beneath the table", "Put the totals beside the table"),
                Arguments.of("Keep the menu on the left of the page", "Keep the menu on the right of the page"),
                Arguments.of("Wants the version in the header of each runbook", "Wants the version in the footer of each runbook"),
                // a name's number, joined to it or not, is still a number
                Arguments.of("Targets ES2019 in the build config", "Targets ES 2022 in the build config"),
                Arguments.of("Tests the app on Android14 phones", "Tests the app on Android 13 phones"),
                // what the user wants is not what the user is or does
                Arguments.of("Wants a code reviewer for the Rust crate", "Is a code reviewer for the Rust crate"),
                Arguments.of("Wants help with pivot tables", "Helps with pivot tables"),
                Arguments.of("Wants a walkthrough of the billing flow", "Does a walkthrough of the billing flow"),
                // moving away from a tool is the opposite of moving to it
                Arguments.of("Is migrating the reports to Looker", "Is migrating the reports away from Looker"),
                // staging and production are two environments; a time zone's signed offset stays signed
                Arguments.of("Deploys the ledger service to staging on Tuesdays", "Deploys the ledger service to production on Tuesdays"),
                Arguments.of("Works on UTC-3 hours", "Works on UTC+3 hours"),
                Arguments.of("Promotion packet for SDE-2", "Promotion packet for SDE-3"),
                // a bound after its number is a bound: at most is not at least; a "max" before the next number bounds that one
                Arguments.of("Keep standup notes to 120 words max", "Keep standup notes to 120 words minimum"),
                Arguments.of("Keep standup notes to 120 words max", "Keep standup notes over 120 words"),
                Arguments.of("Standup notes of 120 words, max 3 links", "Standup notes of max 120 words, 3 links"),
                // ... but is 1 against another count
                Arguments.of("Files one expense report per trip", "Files two expense reports per trip"),
                Arguments.of("Ships one release per sprint", "Ships 3 releases per sprint"),
                // a word with another accent that is another word stays apart where the words are short
                Arguments.of("Prefere respostas só em português", "Prefere respostas sobre português"));
    }

    @ParameterizedTest
    @MethodSource("merged")
    void repeatsMerge(String stored, String incoming, String kind) {
        Optional<DuplicateMatch> match = new UserMemory(List.of(memory("m1", stored))).findRepeat(incoming);
        assertThat(match).as(incoming).isPresent();
        assertThat(match.get().kind()).isEqualTo(kind);
        assertThat(match.get().memory().entryId()).isEqualTo("m1");
        assertThat(match.get().score()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @MethodSource("apart")
    void nearMissesStayApart(String a, String b) {
        assertThat(new UserMemory(List.of(memory("m1", a))).findRepeat(b)).as(b).isEmpty();
        assertThat(new UserMemory(List.of(memory("m1", b))).findRepeat(a)).as(a).isEmpty();
    }

    @Test
    void anEntryThatSaysLessMergesIntoTheMemoryThatSaysMoreButNotTheReverse() {
        assertThat(new UserMemory(List.of(memory("m1", "Uses Go and Rust"))).findRepeat("Uses Go")).isPresent();
        assertThat(new UserMemory(List.of(memory("m1", "Uses Go"))).findRepeat("Uses Go and Rust")).isEmpty();
        assertThat(new UserMemory(List.of(memory("m1", "Manages a team of 8"))).findRepeat("Manages a team")).isPresent();
        assertThat(new UserMemory(List.of(memory("m1", "Manages a team"))).findRepeat("Manages a team of 8")).isEmpty();
        // two words more, or one more item of a list, are detail the memory lacks; one modifier more is not
        assertThat(new UserMemory(List.of(memory("m1", "Reviews pull requests for the mobile team on weekday mornings")))
                .findRepeat("Reviews pull requests for the mobile team")).isPresent();
        assertThat(new UserMemory(List.of(memory("m1", "Reviews pull requests for the mobile team")))
                .findRepeat("Reviews pull requests for the mobile team on weekday mornings")).isEmpty();
        assertThat(new UserMemory(List.of(memory("m1", "Is allergic to peanuts and sesame")))
                .findRepeat("Is allergic to peanuts")).isPresent();
        assertThat(new UserMemory(List.of(memory("m1", "Is allergic to peanuts")))
                .findRepeat("Is allergic to peanuts and sesame")).isEmpty();
    }

    @Test
    void earlierRunsAndThisRunAreBothMatched() {
        UserMemory user = new UserMemory(List.of(
                memory("old-1", "Uses PostgreSQL at work"),
                memory("old-2", "Prefers concise answers")));
        assertThat(user.findRepeat("uses postgres at work")).get()
                .extracting(m -> m.memory().entryId()).isEqualTo("old-1");
        assertThat(user.findRepeat("Manages a team of 8")).isEmpty();
        user.add(memory("new-1", "Manages a team of 8"));
        assertThat(user.findRepeat("Manages a team of eight people")).get()
                .extracting(m -> m.memory().entryId()).isEqualTo("new-1");
        assertThat(user.size()).isEqualTo(3);
    }

    @Test
    void firstHeldIsTheOneReported() {
        UserMemory user = new UserMemory(List.of());
        user.add(memory("newest", "Prefers dark mode in the editor"));
        user.add(memory("older", "Prefers dark mode in the editor, always"));
        assertThat(user.findRepeat("prefers dark mode in the editor")).get()
                .extracting(m -> m.memory().entryId()).isEqualTo("newest");
    }

    @Test
    void paraphraseOffNeverLoadsTheModel() {
        try (Deduper deduper = Deduper.create(false)) {
            UserMemory user = deduper.forUser(List.of(memory("m1", "Prefers concise answers")));
            // the synonyms alone find this one; a paraphrase sharing no folded word only the model could
            assertThat(user.findRepeat("Likes short, to-the-point replies")).get()
                    .extracting(DuplicateMatch::kind).isEqualTo("near");
            assertThat(user.findRepeat("Keep it brief when you respond")).isEmpty();
            assertThat(deduper.modelLoaded()).isFalse();
            assertThat(deduper.embeddings()).isZero();
        }
    }

    @Test
    void lookupCostStaysBoundedAt20000Memories() {
        Random random = new Random(42);
        List<Memory> stored = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            stored.add(memory("m" + i, randomLine(random)));
        }
        stored.add(memory("target", "Prefers concise answers with Kotlin code examples"));
        UserMemory user = new UserMemory(stored);
        DedupeRules rules = DedupeRules.defaults();
        long maxRead = (long) rules.lshBands * rules.nearMaxBucketScan;

        assertThat(user.findRepeat("Prefers concise answers with Kotlin code example")).get()
                .extracting(m -> m.memory().entryId()).isEqualTo("target");
        assertThat(user.lastCandidatesScored()).isLessThanOrEqualTo(rules.nearMaxCandidates);
        assertThat(user.lastEntriesRead()).isLessThanOrEqualTo(maxRead);

        long worstScored = 0;
        long worstRead = 0;
        for (int i = 0; i < 500; i++) {
            user.findRepeat(randomLine(random) + " today");
            worstScored = Math.max(worstScored, user.lastCandidatesScored());
            worstRead = Math.max(worstRead, user.lastEntriesRead());
        }
        assertThat(worstScored).isLessThanOrEqualTo(rules.nearMaxCandidates);
        assertThat(worstRead).isLessThanOrEqualTo(maxRead);
    }

    private static final String[] VERBS = {"Prefers", "Uses", "Likes", "Wants", "Avoids", "Needs", "Writes", "Reads"};
    private static final String[] THINGS = {"Kotlin", "Go", "Rust", "Python", "Terraform", "React", "Kafka", "Excel",
        "tests", "diagrams", "tables", "examples", "summaries", "reviews", "docs", "scripts", "queries", "charts"};
    private static final String[] TAILS = {"at work", "for reports", "in the evening", "with the team", "for clients",
        "on weekends", "in meetings", "for side projects", "when debugging", "in code reviews"};

    static String randomLine(Random r) {
        return VERBS[r.nextInt(VERBS.length)] + " " + THINGS[r.nextInt(THINGS.length)] + " and "
                + THINGS[r.nextInt(THINGS.length)] + " " + TAILS[r.nextInt(TAILS.length)] + " " + r.nextInt(100_000);
    }

    static Memory memory(String id, String text) {
        return new Memory(id, "u1", text, "preferences", "2024-01-01", "run-0");
    }
}
