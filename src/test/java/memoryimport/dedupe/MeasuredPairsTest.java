package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import memoryimport.model.DuplicateMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pairs of /work/shared/notes/measurements.md, with the real in-process model (one load for the class). */
class MeasuredPairsTest extends WithParaphraseModel {

    static Stream<Arguments> paraphrasesMerged() {
        return Stream.of(
                // "Working on" frames the line and says no value: "for the river district" beside it is detail
                Arguments.of("Working on the Eastfield flood barrier design", "Designing the Eastfield flood barrier for the river district"),
                // ... and "Works as" frames a role: the other may open with the title
                Arguments.of("Pâtissière (baker) in a Lyon bistro", "Works as a baker in a Lyon bistro"),
                // "X, not Y" ranks as "X over Y" does, wherever the other shared words stand
                Arguments.of("Prefers Pinia over Vuex for app state", "Uses Pinia for app state, not Vuex"),
                // a product and a role by their initials
                Arguments.of("Tracks campaigns in Google Analytics 4", "Tracks campaigns in GA4"),
                Arguments.of("Coaches 9 account executives on discovery calls", "Coaches 9 AEs on discovery calls"),
                // a word said twice in one phrase ("hour-by-hour") is said once: no second place for a value
                Arguments.of("Wants the on-call rota as an hour-by-hour table", "Wants on-call rota tables per hour"),
                Arguments.of("Hiring for two backend roles this quarter", "Recruiting for two backend roles this quarter"),
                Arguments.of("Hosts the podcast mainly from the home studio", "Hosts the podcast mostly from the home studio"),
                Arguments.of("Wants release emails short yet warm", "Wants release emails short but warm"),
                Arguments.of("Arbetar som jurist på Nordbank", "Är jurist på Nordbank"),
                Arguments.of("Prefers concise answers", "Likes short, to-the-point replies"),
                // short forms engineers write: a credential, a kind of test, a code host, a rota; an acronym spelled
                // out as one word right after it, or by the other line's words (cosine 0.55)
                Arguments.of("Holds CKA and CKS certifications", "Holds CKA and CKS certs"),
                Arguments.of("Uses Cypress for end-to-end tests", "Uses Cypress for E2E tests"),
                Arguments.of("Reviews the on-call rotation every Friday", "Reviews the on-call rota every Friday"),
                Arguments.of("Loads events into BigQuery every hour", "Loads events into BQ (BigQuery) every hour"),
                Arguments.of("Uses Snyk for software composition analysis", "Uses Snyk for SCA"),
                Arguments.of("Maintains ferrule, a Python package for parsing GPX tracks (about 300 GitHub stars)",
                        "Maintainer of ferrule (Python package, GPX track parser, ~300 stars on GH)"),
                // the people who report to the user are a team of that many; a developer develops; advice is suggestions
                Arguments.of("Infra lead at Orchard Labs, manages a team of 4 engineers",
                        "Leads infra at Orchard Labs; four engineers report to him"),
                Arguments.of("Firmware developer at Corvid Motors, Pune (battery management)",
                        "At Corvid Motors (Pune) she develops firmware for battery management"),
                Arguments.of("Wants debugging advice backed by flame graphs", "Debugging suggestions should come with flame graphs"),
                // a TL;DR is a short summary, and the top of an answer is what comes first
                Arguments.of("Wants a short summary at the top, then the details", "Wants a TL;DR first, then the details"),
                // being employed somewhere is working there, in each language
                Arguments.of("Är anställd på Vindel som testare", "Arbetar på Vindel som testare"),
                Arguments.of("Is in dienst bij Kaasfabriek Noord als planner", "Werkt bij Kaasfabriek Noord als planner"),
                Arguments.of("Jest zatrudniona w Orbita jako księgowa", "Pracuje w Orbita jako księgowa"),
                // prefer in Polish, Czech and Turkish, and "likes X better than Y" as "prefers X over Y"
                Arguments.of("Woli odpowiedzi po angielsku", "Preferuje odpowiedzi po angielsku"),
                Arguments.of("Má raději tabulky než odstavce", "Preferuje tabulky než odstavce"),
                Arguments.of("Likes Vim better than Emacs for editing configs", "Prefers Vim over Emacs for editing configs"),
                // "come" is the Italian "as", no word of the line's own
                Arguments.of("Wants sources cited for factual claims", "Asks that facts come with citations"),
                Arguments.of("Uses Kotlin and Postgres at work", "Works with Kotlin + PostgreSQL"),
                Arguments.of("Never use emojis in replies", "Do not put emoji in responses"),
                Arguments.of("Is a senior backend engineer at Ledgerly", "Works at Ledgerly as a senior back-end developer"),
                // each text adds words where the other has none: detail, not a swapped value
                Arguments.of("Tech lead of the platform team", "Leads the platform team, all backend engineers"),
                // a shared word said twice, with no own word between its two places, is detail all the same
                Arguments.of("Tech lead of the Search team (team of 7)", "Leads the Search team, seven engineers"),
                Arguments.of("Call me Alex", "Prefers to be called Alex in replies"),
                // cosine 0.55, below the plain threshold: the shorter one's words are all in the longer one
                Arguments.of("Prefers brief answers with a code sample first and the explanation after",
                        "Likes short replies that start with the code"),
                // makes = creates (synonyms), one word each in the same place: not a swapped value
                Arguments.of("Creates worksheets in Google Docs", "Makes worksheets in Google Docs"),
                // "short" in other languages folds as the English one does
                Arguments.of("Quiere resúmenes cortos de cada reunión", "Quiere resúmenes breves de cada reunión"),
                Arguments.of("Möchte kurze Zusammenfassungen der Tickets", "Möchte knappe Zusammenfassungen der Tickets"),
                // a framing word for a framing word ("wants" / "add", "stack:" / "uses") is no swapped value
                Arguments.of("Wants docstrings on every public function", "Always add docstrings to public functions"),
                Arguments.of("Tech stack: Flask, Celery, Redis", "Uses Redis and Celery with Flask"),
                Arguments.of("Stack: Astro, Sanity, Netlify", "Builds with Netlify, Sanity and Astro"),
                // verbs of one meaning, and "wants" and "answers" in other languages, fold as synonyms
                Arguments.of("Leads a team of four analysts", "Manages a team of 4 analysts"),
                Arguments.of("Is based in Ghent", "Lives in Ghent"),
                Arguments.of("Has a cat named Miso", "Has a cat called Miso"),
                Arguments.of("Deploys to Fly.io", "Deployment target is Fly.io"),
                Arguments.of("Préfère des résumés courts", "Veut des résumés brefs"),
                Arguments.of("Bevorzugt Antworten auf Englisch", "Möchte Antworten auf Englisch"),
                // "siempre" says no more than "always" does
                Arguments.of("Responde siempre en inglés", "Prefiere respuestas en inglés"),
                // "pull request" is one word: its "request" is not "wants"
                Arguments.of("Keep pull request descriptions brief", "Prefers brief pull request descriptions"),
                // words of one pole of a line of opposites ("top" / "start") are no swapped value
                Arguments.of("Wants the key numbers at the top of each report", "Put the key numbers at the start of every report"),
                // "und" lists names as "and" does
                Arguments.of("Arbeitet mit Rust und Go", "Nutzt Go und Rust"),
                // "keep" and "add" frame a line too, in other languages as well
                Arguments.of("Keep commit messages short", "Prefers short commit messages"),
                Arguments.of("Ajoute toujours des tests unitaires", "Veut des tests unitaires"),
                // the rejected alternative ("not cups") is one the other text never names
                Arguments.of("Wants recipes in grams, not cups", "Prefers recipes in grams"),
                // a preamble is an intro, an equation a formula
                Arguments.of("Start answers without a preamble", "Start answers without an intro"),
                Arguments.of("Write out the equation before putting numbers in", "Write out the formula before putting numbers in"),
                // "runs on" and "managed with" use a tool, "recommend" suggests, "open with" starts
                Arguments.of("Uses MySQL for the shop backend", "Shop backend runs on MySQL"),
                Arguments.of("Servers are managed with Puppet", "Uses Puppet for the servers"),
                Arguments.of("Recommend Black for formatting Python", "Suggest Black for formatting Python"),
                Arguments.of("Start every report with the key figure", "Wants reports to open with the key figure"),
                // wanting, using, short and answers in Portuguese, Dutch, Swedish and French forms; German contractions
                // and Dutch, Portuguese and Swedish articles and prepositions are no words of the line's own
                Arguments.of("Nutzt Grafana für das Monitoring", "Arbeitet mit Grafana im Monitoring"),
                Arguments.of("Réponds toujours en espagnol", "Préfère les réponses en espagnol"),
                Arguments.of("Quer relatórios curtos", "Prefere relatórios breves"),
                Arguments.of("Gebruikt Excel voor de begroting", "Werkt met Excel voor de begroting"),
                Arguments.of("Använder Slack för teamet", "Jobbar med Slack för teamet"),
                Arguments.of("Föredrar korta mejl", "Vill ha korta mejl"),
                // bullet points are bullets in any form, a recap is a summary
                Arguments.of("Answers in bullet points", "Answers in bulleted form"),
                Arguments.of("Wants a weekly recap of sales", "Wants a weekly summary of sales"),
                // what the user does or is, framed by another verb: "writes ... with" / "uses ... for", "works as" / "is"
                Arguments.of("Writes integration tests with JUnit", "Uses JUnit for integration testing"),
                Arguments.of("Arbeitet als Datenanalystin bei Vantor", "Ist Datenanalystin bei Vantor"),
                Arguments.of("Travaille comme comptable chez Norel", "Est comptable chez Norel"),
                Arguments.of("Trabaja como profesora en Valencia", "Es profesora en Valencia"),
                Arguments.of("Uses Podman for local builds", "Local builds run in Podman"),
                // leading, managing and owning in other words and languages
                Arguments.of("Is manager of the design team", "Manages the design team"),
                Arguments.of("Dirige l'équipe support", "Gère l'équipe support"),
                Arguments.of("Lidera el equipo de ventas", "Dirige el equipo de ventas"),
                Arguments.of("Is responsible for the release process", "Owns the release process"),
                // the doer of a verb, and one word written apart
                Arguments.of("Maintains the internal UI kit", "Is the maintainer of the internal UI kit"),
                Arguments.of("Edits the weekly newsletter", "Is the editor of the weekly newsletter"),
                Arguments.of("Builds the dataset loader in Python", "Writes the data set loader in Python"),
                Arguments.of("Fixes bugs in the web-shop checkout", "Fixes webshop checkout bugs"),
                // a bound with its number ("shorter than", "under"), "due" as a deadline (not the Italian two), German prepositions
                Arguments.of("Wants pull requests shorter than 400 lines", "Wants pull requests under 400 lines"),
                Arguments.of("The audit report is due on June 14", "Audit report deadline is June 14"),
                Arguments.of("Betreut ein Team aus vier Testern", "Betreut ein Team von 4 Testern"),
                // a sentence built otherwise moves its names without swapping their roles; "VS" of VS Code is no "versus"
                Arguments.of("Uses Grafana for Kafka monitoring", "Kafka monitoring runs in Grafana"),
                Arguments.of("Uses Bitrise as CI for the Android app", "CI for the Android app is Bitrise"),
                Arguments.of("Main IDE is VS Code", "Uses VS Code as the main IDE"),
                // "se servir de" uses, "le gustan" likes
                Arguments.of("Se sert de Jira pour le suivi des tickets", "Utilise Jira pour le suivi des tickets"),
                Arguments.of("Le gustan los informes breves", "Prefiere informes cortos"),
                // moving is migrating, preparing for an exam studying, the biggest the main one, choosing preferring
                Arguments.of("Is migrating the payroll system to Azure", "Moving the payroll system onto Azure"),
                Arguments.of("Is preparing for the bar exam", "Studying for the bar exam"),
                Arguments.of("Her main customer is a hospital chain", "Biggest customer is a hospital chain"),
                Arguments.of("Chooses SQLite for prototypes", "Prefers SQLite for prototypes"),
                Arguments.of("Wants status updates without fluff", "Wants status updates with no filler"),
                // preparing and taking frame what the user does as writing and using do, in Italian too
                Arguments.of("Writes the quarterly investor update", "Prepares the quarterly investor update"),
                Arguments.of("Takes meeting notes in Logseq", "Uses Logseq for meeting notes"),
                Arguments.of("Prepara i preventivi in Excel", "Usa Excel per i preventivi"),
                // a verb and its noun ("communicates" / "communication"), an Italian teacher of what she teaches
                Arguments.of("Uses Discord for community communication", "Community communicates on Discord"),
                Arguments.of("Insegna chimica in un liceo", "È insegnante di chimica al liceo"),
                // "already", "him", possessives of other languages, Italian "un" and "come" add no fact
                Arguments.of("Assume she already knows Git", "Assume she knows Git"),
                Arguments.of("Answer him in French", "Wants answers in French"),
                Arguments.of("Lavora come avvocato a Roma", "È un avvocato a Roma"),
                Arguments.of("Fait ses diagrammes avec Miro", "Utilise Miro pour les diagrammes"),
                // "nunca" negates alone as "no" does; "poner" puts as "use" does; "non-profit" is "nonprofit"
                Arguments.of("No uses tablas en las respuestas", "Nunca pongas tablas en las respuestas"),
                Arguments.of("Writes grant reports for a non-profit", "Prepares grant reports for a nonprofit"),
                // candid is blunt is honest, a critique feedback, sugarcoating softening; reporting on covers; docs
                Arguments.of("Wants candid critique of her slides", "Wants blunt feedback on her slides"),
                Arguments.of("Give him honest feedback and don't sugarcoat it", "Wants blunt criticism without softening"),
                Arguments.of("Is a reporter covering local elections", "Reports on local elections as a reporter"),
                Arguments.of("Writes the API docs in Markdown", "Writes the API documentation in Markdown"),
                // a scope moved across the order word ("In every X, A comes before B" / "A ahead of B in each X") swaps
                // nothing; "ahead of" is "before", "comes" and "goes" frame a line, "first" and "before" are one pole
                Arguments.of("In every release note, breaking changes come before new features",
                        "Puts breaking changes ahead of new features in each release note"),
                Arguments.of("For each sales proposal, pricing goes first", "Puts pricing first in every sales proposal"),
                Arguments.of("Each onboarding pack needs a contract and a handbook", "Needs a handbook and a contract in every onboarding pack"),
                // a currency before its amount is the one said after it
                Arguments.of("Manages a marketing budget of three million dollars", "Manages a $3M marketing budget"),
                // titles by their initials or short forms; "PM" of a project or a product manager, a weekday as a habit
                Arguments.of("Sr. analyst at Fenwick Capital", "Senior analyst at Fenwick Capital"),
                Arguments.of("COO of Harrow Freight", "Chief operating officer of Harrow Freight"),
                Arguments.of("Reviews NDAs from new clients", "Reviews non-disclosure agreements from new clients"),
                Arguments.of("Content PM at Pellucid Media", "Content project manager at Pellucid Media"),
                Arguments.of("Holds office hours on Wednesdays", "Holds office hours every Wednesday"),
                // verbs of office work said with another verb
                Arguments.of("Drafts the grant narrative for the foundation", "Writes the grant narrative for the foundation"),
                Arguments.of("Signs off the weekly timesheets", "Approves the weekly timesheets"),
                Arguments.of("Circulates the minutes to the steering group", "Sends the minutes to the steering group"),
                Arguments.of("Looks after the lab inventory", "Manages the lab inventory"),
                Arguments.of("Logs incidents in ServiceNow", "Records incidents in ServiceNow"),
                Arguments.of("Joins the Thursday planning call", "Attends the Thursday planning call"),
                Arguments.of("Deals with supplier disputes", "Handles supplier disputes"),
                Arguments.of("Answers about fifty emails a day", "Answers around 50 emails daily"),
                Arguments.of("Verfasst die Angebote für Neukunden", "Schreibt die Angebote für Neukunden"),
                Arguments.of("Rédige les devis pour les clients", "Écrit les devis pour les clients"),
                // "X, not Y" rejects Y as "X instead of Y" ranks it lower; "point her to" cites; a bid is a proposal
                Arguments.of("Wants flowcharts drawn in Mermaid, not Visio", "Prefers flowcharts drawn in Mermaid instead of Visio"),
                Arguments.of("Refer her to the clinical protocol", "Wants answers to cite the clinical protocol"),
                Arguments.of("Every tender needs a method statement", "Needs a method statement in each proposal"),
                Arguments.of("Wants the pictures in the appendix", "Wants the images in the appendix"),
                // "needs" wants; an instruction to give is a want
                Arguments.of("Needs page numbers on every handout", "Wants page numbers on every handout"),
                Arguments.of("Give feedback on her design drafts", "Wants feedback on her design drafts"),
                // speaking somewhere is giving a talk there
                Arguments.of("Speaks at three meetups a year", "Gives talks at 3 meetups a year"),
                // an instruction opening with a verb in its base form frames a want, as "Wants" does
                Arguments.of("Wants commit messages in the imperative mood", "Write commit messages in imperative mood"),
                Arguments.of("Wants citations for all factual claims", "Cite sources for factual claims"),
                Arguments.of("Use APA 7 style for references", "The user wants references in APA 7 format"),
                Arguments.of("Lead with the conclusion, then the details", "Wants the conclusion first, then the details"),
                // "UK" is "British", style is format, staff are employees, Portuguese "works as" is "is"
                Arguments.of("The user prefers UK spelling", "Use British spelling"),
                Arguments.of("Trabalha como enfermeira em Lisboa", "É enfermeira em Lisboa"),
                Arguments.of("The user writes grant proposals for a medical research charity",
                        "Writes grant applications for a medical research charity"),
                // French "au" is "à le": no word of the line's own
                Arguments.of("Avocat associé en droit social au cabinet Vernet, à Lyon", "Avocat associé en droit social chez Vernet (Lyon)"),
                // "not only" adds and negates nothing, so narrows nothing; whole is full; a bound after its number
                Arguments.of("Wants the whole build log, not just the failing step", "Show the full build log, not only the failing step"),
                Arguments.of("Keep status emails to 150 words max", "Prefers status emails under 150 words"),
                // an acronym and the words it is the initials of, in the other text or beside it; H&S; a structure is a template
                Arguments.of("Reports p95 latency with CIs", "Reports p95 latency with confidence intervals"),
                Arguments.of("Rates each finding by AP (action priority)", "Rates each finding by action priority"),
                Arguments.of("Site inspections cover H&S first", "Site inspections cover health and safety first"),
                Arguments.of("Proposal structure: problem, approach, cost", "Proposals follow her template: problem, approach, cost"),
                // to summarise is to give a summary
                Arguments.of("Summarize meeting notes as bullet points", "Wants meeting summaries as bullet points"),
                // a developer in Spanish; its small "en" and "de" are no detail
                Arguments.of("Senior backend developer at Rumbo (fintech, Quito)", "Desarrolladora backend senior en Rumbo, una fintech de Quito"));
    }

    /** Stays apart: too few words shared and a cosine of 0.37. */
    static Stream<Arguments> paraphrasesMissed() {
        return Stream.of(
                Arguments.of("Explain things step by step", "Likes explanations broken into steps"));
    }

    static Stream<Arguments> apart() {
        return Stream.of(
                // the reverse ranking, and environments as opposite values
                Arguments.of("Uses Pinia for app state, not Vuex", "Prefers Vuex over Pinia for app state"),
                Arguments.of("Runs smoke tests against staging after each merge", "Runs smoke tests against production after each merge"),
                // two values swapped in two places, however much more one text says
                Arguments.of("Runs JMeter stress tests against the search service before each release",
                        "Runs JMeter soak tests against the payments service"),
                Arguments.of("Sends a weekly digest to the marketing team with open rates by campaign and channel",
                        "Sends a monthly digest to the sales team with open rates"),
                Arguments.of("Works as an SDE-2 at Quillpay", "Works as an SDE-3 at Quillpay"),
                // charging a battery is no billing: only "charges a" (rate, fee) is
                Arguments.of("Charges the team laptops overnight", "Bills the team for laptops overnight"),
                // cosine 0.62 on the few English words of two Hinglish lines that share three of their twelve: two facts
                Arguments.of("Quarterly board pack mein cash burn per product aur gross margin dono dikhane hain",
                        "Gross margin ko product-wise track karti hai; hardware line sabse kamzor hai"),
                // the English model reads Korean and Russian as a few unknown pieces: any two such lines come out alike
                Arguments.of("거래처 방문 전에 준비물 목록을 만들어 달라고 함", "거래처 계약서는 항상 법무팀 검토를 받음"),
                Arguments.of("분기 보고서는 결론부터 쓰길 원함", "매출 자료는 소수점 둘째 자리까지 표시하길 원함"),
                Arguments.of("Отчёты пишет по-русски для клиентов", "Отчёты отправляет клиентам по пятницам"),
                // "ska vara" (shall be) is no shared fact, as "should be" is not
                Arguments.of("Vill att mejl till kunder ska vara korta och vänliga", "Vill att rapporter på engelska ska vara på brittisk engelska"),
                // a line naming only what the other ranks lower says another fact
                Arguments.of("Prefer CSS Grid over flexbox for page layouts", "Uses flexbox for component layouts"),
                Arguments.of("Prefers Kotlin over Java for new Android modules", "Uses Java for new Android modules"),
                Arguments.of("Prefers tabs for indentation", "Prefers spaces for indentation"),
                Arguments.of("Likes TypeScript", "Dislikes TypeScript"),
                Arguments.of("Manages a team of 5", "Manages a team of 50"),
                Arguments.of("Uses Python 2", "Uses Python 3"),
                Arguments.of("Orders a cortado every morning", "Orders a flat white every morning"),
                Arguments.of("Working on project Atlas", "Working on project Apollo"),
                Arguments.of("Prefers formal tone", "Prefers casual tone"),
                Arguments.of("Has two kids", "Uses Terraform daily"),
                // more near-misses of the same shapes
                Arguments.of("Prefers light mode", "Prefers dark mode"),
                Arguments.of("Likes TypeScript", "Does not like TypeScript"),
                Arguments.of("Prefers formal tone", "Prefers informal tone"),
                Arguments.of("Works at Ledgerly", "Works at Brightledger"),
                Arguments.of("Has two kids", "Has 3 kids"),
                Arguments.of("Uses Java 17 at work", "Uses Java 21 at work"),
                Arguments.of("Prefers dark mode in all editors", "Prefers light mode"),
                Arguments.of("Always use emojis in replies", "Never use emojis in replies"),
                Arguments.of("Prefers concise answers", "Prefers detailed answers"),
                Arguments.of("Quiere resúmenes cortos de cada reunión", "Quiere resúmenes largos de cada reunión"),
                // the same words in another order, and values swapped and moved
                Arguments.of("Wants the code first, then the explanation", "Wants the explanation first, then the code"),
                Arguments.of("In emails, wants a formal tone", "Wants a casual tone in emails"),
                Arguments.of("Prefers single quotes in JavaScript code", "In JavaScript code, use double quotes"),
                Arguments.of("Wants the summary at the top of every report", "Every report should end with the summary"),
                // two values differ, more words than they share: no single swap, but opposite words (cosine 0.75)
                Arguments.of("Prefers short answers during the week", "Prefers detailed answers on weekends"),
                // "follows" is not "uses": the text that uses the terms would contain the one that follows the method
                Arguments.of("Explain Extreme Programming terms before using them in answers",
                        "Their company follows Extreme Programming"),
                // different facts about one thing, sharing little but it (cosine 0.65 and 0.63)
                Arguments.of("Works on the ranking model", "Works on a recommendation model for the search team"),
                Arguments.of("Prefers advanced explanations", "Prefers examples with comments explaining each step"),
                // a framing word pairs only with another: "writes" and "reviews" are values
                Arguments.of("Writes unit tests before the code", "Reviews unit tests before the code"),
                Arguments.of("Stack: Flask, Celery, Redis", "Stack: Flask, Celery, RabbitMQ"),
                Arguments.of("Leads a team of four analysts", "Leads a team of 14 analysts"),
                Arguments.of("Vuole spiegazioni brevi", "Vuole spiegazioni dettagliate"),
                Arguments.of("Arbeitet mit Rust und Go", "Arbeitet mit Rust und Zig"),
                Arguments.of("Keep commit messages short", "Writes short commit messages"),
                // a preference narrowed to some cases is not the plain one
                Arguments.of("Likes a playful tone", "Likes a playful tone with friends only"),
                // remote and office work are opposite poles
                Arguments.of("Works remotely from Porto", "Works from the Porto office"),
                // a line about a relative or colleague, opened with a possessive of another language, is theirs
                Arguments.of("Su hermano vive en Sevilla", "Vive en Sevilla"),
                Arguments.of("Meine Frau arbeitet bei Bosch in Stuttgart", "Arbeitet bei Bosch in Stuttgart"),
                Arguments.of("Sa femme travaille à Lyon", "Travaille à Lyon"),
                Arguments.of("Sua mãe mora em Braga", "Mora em Braga"),
                Arguments.of("Mia sorella insegna a Torino", "Insegna a Torino"),
                Arguments.of("Min syster bor i Malmö", "Bor i Malmö"),
                Arguments.of("Emails open with a greeting", "Emails end with a greeting"),
                Arguments.of("Suggest Rust for CLI tools", "Recommend Go for CLI tools"),
                Arguments.of("Wil korte antwoorden", "Wil lange antwoorden"),
                Arguments.of("Föredrar korta svar", "Föredrar långa svar"),
                Arguments.of("Wants answers in bullet points", "Wants answers in a numbered list"),
                Arguments.of("Wants a weekly recap of sales", "Wants a weekly forecast of sales"),
                // near-misses of the verb frames, doers, compounds and bounds above
                Arguments.of("Writes the integration tests", "Runs the integration tests"),
                Arguments.of("Works near the Lyon office", "Lives near the Lyon office"),
                Arguments.of("Ist Datenanalystin bei Vantor", "Ist Datenanalystin bei Korbel"),
                Arguments.of("Gère l'équipe support", "Rejoint l'équipe support"),
                Arguments.of("Edits the weekly newsletter", "Is the editor of the monthly newsletter"),
                Arguments.of("Wants pull requests shorter than 400 lines", "Wants pull requests longer than 400 lines"),
                Arguments.of("The invoice is due in 2 weeks", "The invoice is due in 3 weeks"),
                // names traded in one frame
                Arguments.of("Uses Jenkins for Android builds and Bitrise for iOS", "Uses Bitrise for Android builds and Jenkins for iOS"),
                Arguments.of("Moved the API from Heroku to Render", "Moved the API from Render to Heroku"),
                Arguments.of("Le gustan los informes breves", "No le gustan los informes breves"),
                // a shared word said twice gives the swapped value no single place: still a swap
                Arguments.of("Flies economy on business trips", "Flies business class on business trips"),
                // synonyms and frame words above fold the frame, never the value
                Arguments.of("Is migrating the API to GraphQL", "Is migrating the API to gRPC"),
                Arguments.of("Main client is a bank", "Smallest client is a bank"),
                Arguments.of("Takes notes in Logseq", "Takes notes in Obsidian"),
                Arguments.of("Prepares the tax returns", "Reviews the tax returns"),
                // "nunca" and "mai" negate alone
                Arguments.of("Nunca uses tablas en las respuestas", "Usa tablas en las respuestas"),
                Arguments.of("Mai usare il grassetto nelle risposte", "Usa il grassetto nelle risposte"),
                // "every other" is every 2, "every week" every 1; "first" and "after" order two things
                Arguments.of("Has a one-to-one every other week", "Has a one-to-one every week"),
                Arguments.of("Wants the risks first, the benefits after", "Wants the benefits first, the risks after"),
                Arguments.of("Wants blunt feedback on his code", "Wants gentle feedback on his code"),
                Arguments.of("Covers city politics for the paper", "Covers city sports for the paper"),
                // the order words and abbreviations above never fold a value
                Arguments.of("In every release note, put fixes ahead of features", "In every release note, put features ahead of fixes"),
                Arguments.of("Uploads the payroll file before the bank cutoff", "Uploads the payroll file after the bank cutoff"),
                Arguments.of("Product manager at Orbital Apps", "Project manager at Orbital Apps"),
                Arguments.of("Senior PM at Orbital Apps", "Senior engineering manager at Orbital Apps"),
                Arguments.of("Manages a $3M budget", "Manages a €3M budget"),
                Arguments.of("Writes the audit report", "Approves the audit report"),
                Arguments.of("Logs incidents in ServiceNow", "Closes incidents in ServiceNow"),
                Arguments.of("Sends the invoices on Mondays", "Sends the invoices on Fridays"),
                Arguments.of("Answers about fifty emails a day", "Answers about fifty emails a week"),
                Arguments.of("Préfère les appels le matin", "Préfère les appels le soir"),
                Arguments.of("Show the confidence intervals in every chart", "Hide the confidence intervals in every chart"),
                Arguments.of("Wants flowcharts drawn in Mermaid, not Visio", "Wants flowcharts drawn in Visio rather than Mermaid"),
                Arguments.of("Prefers Mermaid, not Visio", "Prefers Visio over Mermaid"),
                Arguments.of("Refer her to the clinical protocol", "Refer her to the clinical audit"),
                Arguments.of("Wants the figures in the appendix", "Wants the figures in the summary"),
                // what the user gives ("Gives", "Provides") is not what the user wants or needs given
                Arguments.of("Gives feedback on the design drafts", "Wants feedback on the design drafts"),
                Arguments.of("Provides training for new starters", "Needs training for new starters"),
                Arguments.of("Speaks at three meetups a year", "Speaks at three meetups a month"),
                // what the user wants is not what the user is or does ("Is", "Does", "Helps", "Mentors")
                Arguments.of("Wants a mentor for product strategy", "Is a mentor for product strategy"),
                Arguments.of("Wants help with Excel macros", "Helps with Excel macros"),
                // a place on the page, even said by a stop word
                Arguments.of("Put the photo credit under each picture", "Put the photo credit above each picture"),
                // "Writes" is the user's habit, not an instruction: only the base form frames a want
                Arguments.of("Wants short commit messages", "Writes short commit messages"),
                // leading a thing is more than being on it; a name opening a line, acting on the user, is theirs
                Arguments.of("Is on the platform team", "Leads the platform team"),
                Arguments.of("The user leads the QA team", "The user is on the QA team"),
                Arguments.of("Reports to Priya", "Priya reports to the user"),
                // words joined by hyphens or slashes in another order, a past said in another language
                Arguments.of("Dates in YYYY-MM-DD format", "Dates in DD/MM/YYYY format"),
                Arguments.of("È medico a Bologna", "Era medico a Bologna"),
                Arguments.of("Arbeitet bei Siemens in Erlangen", "War bei Siemens in Erlangen"),
                Arguments.of("Format answers as Markdown", "Format answers as plain text"),
                Arguments.of("Use APA 7 style for references", "Use MLA style for references"),
                // "only" narrows where no "not" widens it; the reverse contrast; at most is not at least
                Arguments.of("Show the full build log, not only the failing step", "Show only the failing step of the build log"),
                Arguments.of("Wants the full build log, not just the failing step", "Wants the failing step, not the full build log"),
                Arguments.of("Keep status emails to 150 words max", "Keep status emails to 150 words or more"),
                // acronyms the other text does not spell out, or spells out as another
                Arguments.of("Tracks MTTR for the payments API", "Tracks MTBF for the payments API"),
                Arguments.of("Uses Snyk for SCA", "Uses Snyk for SAST"),
                // refusing negates as avoiding does
                Arguments.of("Refuses to run schema migrations on Fridays", "Runs schema migrations on Fridays"),
                Arguments.of("Keeps events in BQ (BigQuery) for 30 days", "Keeps events in BigQuery for 90 days"),
                Arguments.of("Infra lead at Orchard Labs, manages a team of 4 engineers",
                        "Leads infra at Orchard Labs; six engineers report to him"),
                Arguments.of("Four engineers report to him", "Four engineers report to his manager"),
                Arguments.of("Uses Playwright for E2E tests", "Uses Playwright for unit tests"),
                Arguments.of("Reviews the on-call rota every Friday", "Reviews the release rota every Friday"),
                Arguments.of("Rates each finding by AP (action priority)", "Rates each finding by RPN (risk priority number)"),
                Arguments.of("Reports p95 latency with CIs", "Reports p95 latency with standard deviations"),
                Arguments.of("Summarises each sprint in Confluence", "Plans each sprint in Confluence"),
                Arguments.of("Entwickler bei Siemens", "Tester bei Siemens"),
                Arguments.of("Desarrolladora backend en Pagos Rumbo", "Diseñadora backend en Pagos Rumbo"));
    }

    @ParameterizedTest
    @MethodSource("paraphrasesMerged")
    void paraphraseMerges(String older, String newer) {
        Optional<DuplicateMatch> match = lookup(older, newer);
        assertThat(match).as(newer).isPresent();
        assertThat(match.get().kind()).isIn("paraphrase", "near");
        assertThat(lookup(newer, older)).as("symmetric: " + older).isPresent();
    }

    @ParameterizedTest
    @MethodSource("paraphrasesMissed")
    void paraphraseNotCaught(String older, String newer) {
        assertThat(lookup(older, newer)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("apart")
    void nearMissesAndUnrelatedStayApart(String a, String b) {
        assertThat(lookup(a, b)).as(b).isEmpty();
        assertThat(lookup(b, a)).as(a).isEmpty();
    }

    @Test
    void anEntryThatAddsDetailDoesNotMergeIntoTheShorterMemory() {
        // cosine 0.84 and 0.75: the shorter one merges into the longer one, never the reverse
        assertThat(lookup("Works at Canva on the print team", "Works at Canva")).isPresent();
        assertThat(lookup("Works at Canva", "Works at Canva on the print team")).isEmpty();
        assertThat(lookup("Prefers short answers", "Prefers short answers with diagrams and examples")).isEmpty();
    }

    @Test
    void aPassiveLineMergesIntoTheActiveOneThatSaysMore() {
        // "are written in X" uses X; "use" said twice frames two clauses and stands for no value of the other's
        assertThat(lookup("Uses Airflow DAGs on the shared Kubernetes cluster", "DAGs are written in Airflow and run on Kubernetes"))
                .isPresent();
        assertThat(lookup("DAGs are written in Airflow and run on Kubernetes", "Uses Airflow DAGs on the shared Kubernetes cluster"))
                .isEmpty();
    }

    @Test
    void anInstructionWithAnAddedClauseDoesNotMergeIntoTheShorterOneInAnyLanguage() {
        // "always" of Dutch, Polish and Swedish, and a Dutch "de", only the shorter one has: no rewording
        assertThat(lookup("Antwoord altijd in het Engels", "Antwoord in het Engels en geef de bronnen")).isEmpty();
        assertThat(lookup("Zawsze pisz po angielsku", "Pisz po angielsku i dodawaj krótkie podsumowanie")).isEmpty();
        assertThat(lookup("Skriv alltid på engelska", "Skriv på engelska och lägg till en kort sammanfattning")).isEmpty();
        assertThat(lookup("Maak de grafieken in Excel", "Maak grafieken in Excel met een legenda bij elke as")).isEmpty();
        // "prefers", which most lines imply, is no word of the shorter one's own
        assertThat(lookup("Preferisce report brevi in tedesco", "Report brevi in tedesco, con una tabella riassuntiva in fondo")).isEmpty();
        // a join word ("et") is no value: "answers" stand where "meetings" stood (cosine 0.71)
        assertThat(lookup("Aime les réunions courtes", "Préfère les réponses courtes et directes")).isEmpty();
    }

    @Test
    void vectorsAreUnitLengthAndCached() {
        UserMemory memory = deduper.forUser(List.of(memory("u1", "preferences", "Prefers concise answers")));
        long before = deduper.embeddings();
        memory.findRepeat("Likes short, to-the-point replies");
        memory.findRepeat("Likes short, to-the-point replies!");
        assertThat(deduper.embeddings() - before).isLessThanOrEqualTo(2);
    }

    private static Optional<DuplicateMatch> lookup(String stored, String incoming) {
        return repeatOf("u1", "preferences", stored, incoming);
    }
}
