package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import memoryimport.model.DuplicateMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The person a line is said in: the user's own words ("I work as ..."), addressed ("You want ...") or named ("User
 * prefers ...", "Owen is ...") compare with the assistant's subject-less third person, either way round; near-misses
 * stay apart. With the real model (one load for the class).
 */
class SubjectTest extends WithParaphraseModel {

    static Stream<Arguments> samePerson() {
        return Stream.of(
                Arguments.of("I work as a physiotherapist at a sports clinic in Leeds", "Is a physiotherapist at a sports clinic in Leeds"),
                Arguments.of("I like slide decks that open with a one-line summary", "Prefers slide decks that open with a one-line summary"),
                Arguments.of("I'm a data engineer on the payments team", "Is a data engineer on the payments team"),
                Arguments.of("You want commit messages in the imperative mood", "Prefers commit messages in the imperative mood"),
                Arguments.of("The user is a chemistry teacher at a school in Porto", "Is a chemistry teacher at a school in Porto"),
                // "UX" reads as "user experience": its "user" is no subject acting on the user
                Arguments.of("User is a senior UX writer at Ferrolux, a Lisbon payments startup", "Senior UX writer at Ferrolux, a payments startup in Lisbon"),
                // German, Spanish and Dutch first and second persons
                Arguments.of("Ich bevorzuge kurze Antworten mit Beispielen", "Bevorzugt kurze Antworten mit Beispielen"),
                Arguments.of("Du bist Lehrerin an einer Berufsschule in Kassel", "Ist Lehrerin an einer Berufsschule in Kassel"),
                Arguments.of("Ich arbeite als Steuerberaterin in Graz", "Arbeitet als Steuerberaterin in Graz"),
                Arguments.of("Prefiero respuestas en español", "Prefiere respuestas en español"),
                Arguments.of("Soy contable en una gestoría de Sevilla", "Es contable en una gestoría de Sevilla"),
                Arguments.of("Ik werk als verpleegkundige in Zwolle", "Werkt als verpleegkundige in Zwolle"),
                // Portuguese, Polish, Czech and Swedish first persons
                Arguments.of("Sou enfermeira num hospital em Braga", "É enfermeira num hospital em Braga"),
                Arguments.of("Pracuję jako księgowa w Gdańsku", "Pracuje jako księgowa w Gdańsku"),
                Arguments.of("Jsem učitelka na základní škole v Olomouci", "Je učitelka na základní škole v Olomouci"),
                Arguments.of("Jag är sjuksköterska i Umeå", "Är sjuksköterska i Umeå"));
    }

    @ParameterizedTest
    @MethodSource("samePerson")
    void theSameFactInAnotherPersonMerges(String a, String b) {
        assertThat(lookup("u1", a, b)).as(b).isPresent();
        assertThat(lookup("u1", b, a)).as(a).isPresent();
    }

    static Stream<Arguments> apart() {
        return Stream.of(
                // the verb put in the third person keeps its negation, tense and poles
                Arguments.of("I like long explanations with background", "Dislikes long explanations with background"),
                Arguments.of("I don't use Jira for planning", "Uses Jira for planning"),
                Arguments.of("I used to work at Halden Robotics", "Works at Halden Robotics"),
                Arguments.of("I worked at Halden Robotics", "Works at Halden Robotics"),
                Arguments.of("You want short answers", "Wants detailed answers"),
                Arguments.of("I am a junior developer at Tallgrass", "Is a senior developer at Tallgrass"),
                Arguments.of("Ich arbeite nicht mehr bei Siemens", "Arbeitet bei Siemens"),
                // another person's fact, and someone the user hires, stay theirs
                Arguments.of("My sister is a nurse in Leeds", "Is a nurse in Leeds"),
                Arguments.of("The user's client wants invoices monthly", "Wants invoices monthly"),
                Arguments.of("I'm hiring a data engineer", "Is a data engineer"));
    }

    @ParameterizedTest
    @MethodSource("apart")
    void nearMissesInAnotherPersonStayApart(String a, String b) {
        assertThat(lookup("u1", a, b)).as(b).isEmpty();
        assertThat(lookup("u1", b, a)).as(a).isEmpty();
    }

    @Test
    void theUsersOwnNameAsSubjectIsTheUsersFact() {
        // the user id names the user: "Marta is ..." is what "Is ..." says; someone else's name is not
        assertThat(lookup("marta-oliveira", "Marta is a hydrologist at the Tagus water board", "Is a hydrologist at the Tagus water board")).isPresent();
        assertThat(lookup("marta-oliveira", "Is a hydrologist at the Tagus water board", "Marta is a hydrologist at the Tagus water board")).isPresent();
        assertThat(lookup("marta-oliveira", "Is a hydrologist at the Tagus water board", "Joana is a hydrologist at the Tagus water board")).isEmpty();
        // "Marta's manager" is another person's fact
        assertThat(lookup("marta-oliveira", "Prefers weekly reports", "Marta's manager prefers weekly reports")).isEmpty();
    }

    @Test
    void anAcronymMatchesOnlyTheWordsItAbbreviates() {
        // MTBF is not MTTR, whichever of the two is held
        assertThat(lookup("u1", "Tracks MTTR for the billing API", "Tracks mean time between failures for the billing API")).isEmpty();
        assertThat(lookup("u1", "Tracks mean time between failures for the billing API", "Tracks MTTR for the billing API")).isEmpty();
        assertThat(lookup("u1", "Reports MTTR to the ops board", "Reports mean time between failures to the ops board")).isEmpty();
    }

    @Test
    void theWordsAnAcronymAbbreviatesAreNoNamesOfTheirOwn() {
        // "Los Angeles" spells out what "LA" writes, and an alias of a phrase ("FE engineer") leaves no name behind
        assertThat(lookup("u1", "Sound designer based in LA, mostly games and trailers", "Sound designer in Los Angeles, mostly games and trailers")).isPresent();
        assertThat(lookup("u1", "Sound designer in Los Angeles, mostly games and trailers", "Sound designer based in LA, mostly games and trailers")).isPresent();
        assertThat(lookup("u1", "Lead frontend engineer at Quillby in Denver", "Lead FE engineer @ Quillby (Denver)")).isPresent();
        assertThat(lookup("u1", "Lead backend engineer at Quillby in Denver", "Lead FE engineer @ Quillby (Denver)")).isEmpty();
        assertThat(lookup("u1", "Sound designer in Las Vegas, mostly games and trailers", "Sound designer based in LA, mostly games and trailers")).isEmpty();
    }

    @Test
    void aFramingWordTheLongerLineAddsIsNoDetail() {
        // "written in the X format" frames what "use X" says: the same facts either way round
        String a = "Wants code review comments written in the Conventional Comments format (label, subject, discussion)";
        String b = "Code review comments: use Conventional Comments (label, subject, discussion)";
        assertThat(lookup("u1", a, b)).isPresent();
        assertThat(lookup("u1", b, a)).isPresent();
        // "builds with" and "via" frame the tools both lines name
        String c = "Maven with the Quarkus plugin; Flux rolls out to AKS";
        String d = "Builds with Maven (Quarkus plugin), rolls out to AKS via Flux";
        assertThat(lookup("u1", c, d)).isPresent();
        assertThat(lookup("u1", d, c)).isPresent();
        // ... but a real added clause still keeps the longer line
        assertThat(lookup("u1", "Uses Maven for builds", "Uses Maven for builds and Nexus for the artifact store")).isEmpty();
    }

    @Test
    void sheAndHeAsSubjectAreTheUsersFact() {
        assertThat(lookup("u1", "Runs the night shift at a bakery in Porto", "She runs the night shift at a bakery in Porto")).isPresent();
        assertThat(lookup("u1", "He is a locksmith in Galway", "Is a locksmith in Galway")).isPresent();
    }

    private static Optional<DuplicateMatch> lookup(String userId, String stored, String incoming) {
        return repeatOf(userId, "preferences", stored, incoming);
    }
}
