package memoryimport.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import memoryimport.model.DuplicateMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A role restated with a short description of its employer in parentheses, a technician's short form, a territory
 * "covered", an Italian "responsabile", and an instruction restated as a label with a list: one memory either way
 * round; near-misses stay apart. With the real model.
 */
class RoleRestatedTest extends WithParaphraseModel {

    static Stream<Arguments> sameRole() {
        return Stream.of(
                Arguments.of("Frontend developer at Quillmark (legal e-signing), Bristol", "Frontend dev at Quillmark, Bristol"),
                Arguments.of("Actuary at Harborline Assurance (pensions), longevity modelling team",
                        "Longevity modelling actuary at Harborline Assurance"),
                Arguments.of("Support tech at Brindle Dental Systems in Cork", "Support technician at Brindle Dental Systems, Cork"),
                Arguments.of("Account manager at Tovik (warehouse robotics SaaS), handles twelve accounts",
                        "Account manager at Tovik; handles 12 accounts"),
                Arguments.of("Field sales rep for Corvane Tools, covering rural Queensland farms",
                        "Field sales rep, Corvane Tools - rural Queensland"),
                Arguments.of("Responsabile del negozio Libri Sereni in Via Po, Torino", "Store manager di Libri Sereni in Via Po (Torino)"),
                // managers placed by a recruiter are not managed by her
                Arguments.of("Headhunter at Brightpath Search in Denver, placing engineering managers", "Headhunter at Brightpath Search (Denver); places engineering managers"),
                // an instruction as a label with a list: a bound after or before its number, "tone" beside its words
                Arguments.of("Status reports: risks first, then progress, then asks; 2 pages max",
                        "Wants status reports to open with risks, then progress, then asks, at most two pages"),
                Arguments.of("Replies to suppliers: brief, friendly tone, no legalese", "Write replies to suppliers brief and friendly, with no legalese"));
    }

    @ParameterizedTest
    @MethodSource("sameRole")
    void aRoleRestatedMerges(String a, String b) {
        assertThat(lookup(a, b)).as(b).isPresent();
        assertThat(lookup(b, a)).as(a).isPresent();
    }

    static Stream<Arguments> apart() {
        return Stream.of(
                // another employer or city in the parentheses, another number, a tech lead is no technician
                Arguments.of("Frontend developer at Quillmark (Bristol)", "Frontend developer at Quillmark (Leeds)"),
                Arguments.of("Backend developer at Quillmark (logistics)", "Backend developer at Ardent (logistics)"),
                Arguments.of("Store manager at Libri Sereni", "Works at Libri Sereni"),
                Arguments.of("Account manager at Tovik (warehouse robotics), handles 12 accounts",
                        "Account manager at Tovik (warehouse robotics), handles 20 accounts"),
                Arguments.of("Tech lead at Brindle Dental Systems", "Support technician at Brindle Dental Systems"),
                Arguments.of("Moved the launch from 4 to 11 March", "Launch is on 4 March"),
                Arguments.of("Uses Postgres (and Redis for caching)", "Uses Postgres"),
                Arguments.of("Status reports: risks first, then progress; 2 pages max", "Status reports: progress first, then risks; 2 pages max"),
                Arguments.of("Status reports: 2 pages max", "Status reports: at least 2 pages"),
                Arguments.of("Replies to suppliers: friendly tone", "Replies to suppliers: formal tone"),
                Arguments.of("Manages the Denver recruiting team", "Recruiter on the Denver recruiting team"));
    }

    @ParameterizedTest
    @MethodSource("apart")
    void nearMissesStayApart(String a, String b) {
        assertThat(lookup(a, b)).as(b).isEmpty();
        assertThat(lookup(b, a)).as(a).isEmpty();
    }

    private static Optional<DuplicateMatch> lookup(String stored, String incoming) {
        return repeatOf("u1", "work", stored, incoming);
    }
}
