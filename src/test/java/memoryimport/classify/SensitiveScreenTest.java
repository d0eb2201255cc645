package memoryimport.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import memoryimport.model.SensitiveFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensitiveScreenTest {

    private static final SensitiveScreen DROP = new SensitiveScreen();
    private static final SensitiveScreen MASK = new SensitiveScreen(SensitivePolicy.CONTACT_MASK);

    private static ScreenedEntry screen(SensitiveScreen screen, String text) {
        return screen.screen(Entry.of("u1", "u1/memory.md", 3, "2024-05-01", null, text));
    }

    /** text | expected kind | the sensitive parts (';'-separated) that must never survive masking. */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # ---- credentials
            AWS key AKIAIOSFODNN7EXAMPLE in the old deploy script | credential | AKIAIOSFODNN7EXAMPLE
            Temp creds ASIAY34FZKBOKMUTVV7A expire hourly | credential | ASIAY34FZKBOKMUTVV7A
            aws secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in .env | credential | wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            GitHub token ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ12 for CI | credential | ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ12
            OAuth gho_16C7e42F292c6912E7710c838347Ae178B4a set | credential | gho_16C7e42F292c6912E7710c838347Ae178B4a
            App uses ghs_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 | credential | ghs_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789
            User token ghu_ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210 | credential | ghu_ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210
            PAT github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz012345 | credential | github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz012345
            Slack bot xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx | credential | xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx
            Slack user xoxp-987654321098-9876543210987-ZyXwVuTsRqPoNm | credential | xoxp-987654321098-9876543210987-ZyXwVuTsRqPoNm
            Old xoxa-2-1234567890-abcdefABCDEF token | credential | xoxa-2-1234567890-abcdefABCDEF
            Socket mode xapp-1-A0123456789-1234567890123-abcdef0123 | credential | xapp-1-A0123456789-1234567890123-abcdef0123
            OpenAI key sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56 in notebook | credential | sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56
            Claude key sk-ant-api03-Xy12Zw34Vu56Ts78Rq90PoNm-AbCd_Ef | credential | sk-ant-api03-Xy12Zw34Vu56Ts78Rq90PoNm-AbCd_Ef
            Legacy key sk-A1b2C3d4E5f6G7h8I9j0K1l2M3n4 | credential | sk-A1b2C3d4E5f6G7h8I9j0K1l2M3n4
            Maps key AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW used | credential | AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW
            Stripe sk_live_51H8abcDEF123ghiJKL456mno | credential | sk_live_51H8abcDEF123ghiJKL456mno
            Restricted rk_live_51H8xyzUVW987tsrQPO654 | credential | rk_live_51H8xyzUVW987tsrQPO654
            Publishable pk_live_51H8lmnOPQ246rstUVW135 | credential | pk_live_51H8lmnOPQ246rstUVW135
            Session eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U cookie | credential | eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9
            Deploy key -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ | credential | b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ
            DB is postgres://admin:S3cr!t#9@db.internal:5432/app | credential | S3cr!t#9;db.internal
            Atlas mongodb+srv://svc:p@ss!w0rd@cluster0.ab1cd.mongodb.net/test | credential | p@ss!w0rd;cluster0.ab1cd.mongodb.net
            My email password is Tr0ub4dor&3 | credential | Tr0ub4dor&3
            The password is swordfish | credential | swordfish
            Apple ID password: Lisbon2019! | credential | Lisbon2019
            Bank card PIN: 4921 | credential | 4921
            the token is 9f8e7d6c5b4a3210ffee | credential | 9f8e7d6c5b4a3210ffee
            Das Passwort ist Sommer2023! | credential | Sommer2023
            Kennwort: Hallo1234 | credential | Hallo1234
            Mi contraseña es gatito99 | credential | gatito99
            Le mot de passe est Chaton!42 | credential | Chaton!42
            Wifi mot de passe : soleil2020 | credential | soleil2020
            Meeting ID 845 2931 0072, passcode 918273 | credential | 918273
            Zoom https://zoom.us/j/84529310072?pwd=abc123XYZ | credential | abc123XYZ
            Alerts go to https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx | credential | abcdefghijklmnopqrstuvwx
            CI publishes with npm_abcdefghijklmnopqrstuvwxyz0123456789 | credential | npm_abcdefghijklmnopqrstuvwxyz0123456789
            Calls staging with Authorization: Bearer abcdef0123456789abcdef0123456789abcdef01 | credential | abcdef0123456789abcdef0123456789abcdef01
            Heroku API key 01234567-89ab-cdef-0123-456789abcdef for deploys | credential | 01234567-89ab-cdef-0123-456789abcdef
            redis://:hunter2pass@cache.local:6379/0 | credential | hunter2pass
            VPN pw: hunter2x | credential | hunter2x
            pw=Pa$$w0rd99 for the test rig | credential | Pa$$w0rd99
            The wifi password at the office is CorrectHorse99 | credential | CorrectHorse99
            The Jenkins admin password is still admin123 | credential | admin123
            Credentials are user deploy, pass Depl0yPass | credential | Depl0yPass
            Login admin / Adm1nPass22 | credential | Adm1nPass22
            Door code is 4471 | credential | 4471
            Recovery codes 4821-9930, 1177-0042 | credential | 4821-9930;1177-0042
            Backup codes: 9f3k2-8d7h1 7c4m2-5x9z0 | credential | 9f3k2-8d7h1;7c4m2-5x9z0
            `password: "S3cr3t Phrase!"` | credential | S3cr3t;Phrase
            My password is correct horse battery staple | credential | correct horse battery staple;horse;staple
            PGP passphrase correct horse battery staple | credential | horse;battery;staple
            The passphrase: tiny purple otter dances, for the backup key | credential | tiny purple otter dances;otter
            GitLab token glpat-x1Y2z3A4b5C6d7E8f9G0 for the runner | credential | glpat-x1Y2z3A4b5C6d7E8f9G0
            SendGrid key 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 in mailer | credential | ngeVfQFYQlKU0ufo8x5d1A;TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr
            Hugging Face token hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456 | credential | hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456
            Shopify admin shpat_0123456789abcdef0123456789abcdef | credential | 0123456789abcdef0123456789abcdef
            Shop secret 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 set | credential | fedcba9876543210fedcba9876543210
            Alerts post to https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdEFGH | credential | AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdEFGH
            Old hook https://discordapp.com/api/webhooks/987654321/ZyXwVuTsRqPoNmLkJiHgFeDcBa987654 | credential | ZyXwVuTsRqPoNmLkJiHgFeDcBa987654
            Telegram bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ posts builds | credential | AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawQ
            Staging wants Authorization: Basic dXNlcjpwYXNzd29yZDEyMw== on every call | credential | dXNlcjpwYXNzd29yZDEyMw==
            Blob store DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net | credential | Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw
            API token for Grafana glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345_abcd1234 | credential | glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345_abcd1234
            Door code to the office is 4711 | credential | 4711
            Alarm code for the office: 9911 | credential | 9911
            Gate code 4455 for the warehouse | credential | 4455
            Le mot de passe du VPN est Soleil#2025 | credential | Soleil#2025
            Mon mot de passe Gmail est chaton99 | credential | chaton99
            Mot de passe du NAS : Soleil2029 | credential | Soleil2029
            La contraseña del wifi es Gato2024 | credential | Gato2024
            Mi contraseña de Gmail es perrito77 | credential | perrito77
            Das WLAN-Passwort ist Sonne2024 | credential | Sonne2024
            Das Passwort für den Jenkins ist Mond2023 | credential | Mond2023
            Uses login jsmith with password hunter2 on the intranet | credential | hunter2
            Logs in as admin with password Winter2025 | credential | Winter2025
            Jenkins password Winter2026 | credential | Winter2026
            The intranet password? It's Winter2027 | credential | Winter2027
            ssh root@10.0.0.5 with pass kR8!zzQ1 | credential | kR8!zzQ1
            # ---- payment cards
            Visa 4111 1111 1111 1111 exp 12/27 | card | 4111 1111 1111 1111
            Amex 3782 822463 10005 for travel | card | 3782 822463 10005
            Mastercard 5555-5555-5555-4444 | card | 5555-5555-5555-4444
            # ---- IBAN
            Salary to DE89 3704 0044 0532 0130 00 at Commerzbank | iban | 0532 0130 00
            UK account GB82 WEST 1234 5698 7654 32 | iban | GB82 WEST 1234 5698 7654 32
            French account FR14 2004 1010 0505 0001 3M02 606 | iban | 3M02 606
            Cuenta ES91 2100 0418 4502 0005 1332 en CaixaBank | iban | 0005 1332
            invoices to be68 5390 0754 7034 | iban | be68 5390 0754 7034
            Old IBAN GB82 WEST 1234 5698 7654 33 was mistyped | iban | 5698 7654 33
            # ---- bank accounts
            Checking account 4829103756 at Chase | bank_account | 4829103756
            Bank routing 071000013 for direct deposit | bank_account | 071000013
            Kontonummer 1234567890 bei der Sparkasse | bank_account | 1234567890
            Son numéro de compte 00012345678 | bank_account | 00012345678
            # ---- government ids
            SSN 287-65-4321 on file | government_id | 287-65-4321
            Tax form uses 287-65-4321 | government_id | 287-65-4321
            SSN is 287654321 | government_id | 287654321
            NI number JK 48 21 93 B | government_id | JK 48 21 93 B
            Passport number CB7429105 expires 2031 | government_id | CB7429105
            Passport number (renewed last year) CB7429105 | government_id | CB7429105
            DNI 53192846X para el banco | government_id | 53192846X
            Personnummer 850312-4573 | government_id | 850312-4573
            NIR 1 85 05 78 006 084 91 | government_id | 1 85 05 78 006 084 91
            SIN 046 454 286 for payroll | government_id | 046 454 286
            Codice fiscale RSSMTT85C12F205L | government_id | RSSMTT85C12F205L
            Steuer-ID 47 036 892 815 | government_id | 47 036 892 815
            Tax ID 98-7654321 for the LLC | government_id | 98-7654321
            National ID number: A12345678 | government_id | A12345678
            Driver's licence number DOYLE801018J99AB | government_id | DOYLE801018J99AB
            driver's license: D1234567 | government_id | D1234567
            Führerschein B072RRE2I55 seit 2010 | government_id | B072RRE2I55
            CPF 529.982.247-25 | government_id | 529.982.247-25
            meu CPF é 52998224725 | government_id | 52998224725
            burgerservicenummer 123456782 | government_id | 123456782
            BSN 111222333 | government_id | 111222333
            PAN ABCPE1234F | government_id | ABCPE1234F
            PAN card number ABCPE1234F | government_id | ABCPE1234F
            Aadhaar number 4991-1866-5246 | government_id | 4991-1866-5246
            身份证 11010519491231002X | government_id | 11010519491231002X
            身份证号码：11010519491231002X | government_id | 11010519491231002X
            マイナンバー 1234 5678 9012 | government_id | 1234 5678 9012
            codice fiscale rssmra85t10a562s | government_id | rssmra85t10a562s
            AHV-Nummer 756.1234.5678.97 | government_id | 756.1234.5678.97
            # ---- phones
            Mobile +34 612 345 678 | phone | 612 345 678
            Call +91 98765 43210 after six | phone | 98765 43210
            Mum on 087 123 4567 | phone | 087 123 4567
            Mobile 07700 900461 | phone | 07700 900461
            Singapore office +65 9123 4567 | phone | 9123 4567
            Team standup dial-in is +1 415 555 0199 | phone | 415 555 0199
            London desk +44 20 7946 0958 | phone | 7946 0958
            Call me at (415) 555-0199 or 415.555.0199 | phone | 555-0199;555.0199
            Phone number 612345678 | phone | 612345678
            Order hotline 612345678 | phone | 612345678
            Ticket desk: call 612 345 678 | phone | 612 345 678
            on-call mobile 138 0013 8000 | phone | 138 0013 8000
            Her mobile is 13800138000 | phone | 13800138000
            # ---- e-mail
            Work email is x@corp.com | email | x@corp.com
            Personal mail anna.schmidt+news@gmail.com | email | anna.schmidt+news@gmail.com
            Invoices to john.doe [at] example [dot] com | email | john.doe;example
            Write to jane (at) corp.example.org | email | jane;corp.example
            Reach me at jane dot doe at acme dot com | email | jane;doe;acme
            Invoices go to jane at acme.com | email | jane;acme.com
            Old address j.smith at mail.example.co.uk | email | j.smith;example
            # ---- home addresses
            Home: 14 Glenview Park, Rathfarnham, Dublin 14 | home_address | Glenview Park;Rathfarnham;Dublin 14
            Lives at 1187 Maple Crest Drive, Decatur, GA 30030. | home_address | Maple Crest;Decatur;30030
            Morada: Rua das Flores 112, 2º Esq, Lisboa | home_address | Flores 112;Esq;Lisboa
            New flat at Rua das Flores 112, 2º Esq, Lisboa | home_address | Flores 112;Esq;Lisboa
            Adresse: Hauptstraße 5, 10115 Berlin | home_address | Hauptstraße 5;10115 Berlin
            Wohnt in der Musterstraße 12, 80331 München | home_address | Musterstraße 12;80331
            Mi dirección: Calle Mayor 23, 3º B, Madrid | home_address | Mayor 23;Madrid
            Lives at 12 rue de Rivoli, 75001 Paris | home_address | Rivoli;75001
            Flat 3, 27 Oak Road, Leeds LS6 2AB | home_address | Flat 3;Oak Road;LS6 2AB
            Keizersgracht 123, 1015 CJ Amsterdam | home_address | Keizersgracht 123;1015 CJ;Amsterdam
            Damstraat 5, 1012 JL Amsterdam | home_address | Damstraat 5;1012 JL
            Prinsengracht 263, Amsterdam | home_address | Prinsengracht 263;Amsterdam
            Rua Augusta, 1500, apto 42, São Paulo | home_address | Augusta;1500;apto 42;São Paulo
            ul. Marszałkowska 10/12, 00-590 Warszawa | home_address | Marszałkowska;10/12;00-590;Warszawa
            # ---- dates of birth
            Born on 11 February 1987 in Cork | birth_date | 11 February 1987
            Geboren am 02.09.1990 in Köln | birth_date | 02.09.1990
            Date of birth: 23/07/1991 | birth_date | 23/07/1991
            DOB 14 March 1988 | birth_date | 14 March 1988
            Birthday is 1987-02-11 | birth_date | 1987-02-11
            Fecha de nacimiento: 5 de mayo de 1992 | birth_date | 5 de mayo de 1992
            Nacida el 12/03/1985 en Sevilla | birth_date | 12/03/1985
            Née le 14 mars 1988 à Lyon | birth_date | 14 mars 1988
            Date de naissance : 03/04/1979 | birth_date | 03/04/1979
            Birthday is March 3 | birth_date | March 3
            Her birthday: 14 May | birth_date | 14 May
            Celebrates his birthday on the 12th of June | birth_date | 12th of June
            Geburtstag am 3. März | birth_date | 3. März
            14 March 1988 is her birthday | birth_date | 14 March 1988
            geboren op 3 maart 1988 | birth_date | 3 maart 1988
            geboortedatum 03-03-1988 | birth_date | 03-03-1988
            verjaardag op 3 maart | birth_date | 3 maart
            1988年3月3日生まれ | birth_date | 1988年3月3日
            出生日期 1988年3月3日 | birth_date | 1988年3月3日
            生年月日 1988/03/03 | birth_date | 1988/03/03
            """)
    void detectsMasksAndExplainsWithoutTheValue(String text, String kind, String secrets) {
        for (SensitiveScreen screen : new SensitiveScreen[] {DROP, MASK}) {
            ScreenedEntry s = screen(screen, text);

            assertThat(s.findings()).extracting(SensitiveFinding::kind).as(text).contains(kind);
            assertThat(s.entry().text()).contains("[REDACTED:" + kind + "]");
            for (String secret : secrets.split(";")) {
                assertThat(s.entry().text()).as("masked text").doesNotContain(secret);
                assertThat(s.findings()).allSatisfy(f -> assertThat(f.explanation()).doesNotContain(secret)
                        .contains(f.detector()).contains(f.kind()).contains(f.start() + "-" + f.end()));
            }
            boolean contactOnly = s.findings().stream().allMatch(f -> SensitivePolicy.CONTACT_KINDS.contains(f.kind()));
            assertThat(s.mustDrop()).as("mustDrop under " + screen.policy())
                    .isEqualTo(screen.policy() == SensitivePolicy.CONTACT_DROP || !contactOnly);
        }
        boolean contact = SensitivePolicy.CONTACT_KINDS.contains(kind);
        assertThat(screen(DROP, text).mustDrop()).isTrue();
        if (!contact) {
            assertThat(screen(MASK, text).mustDrop()).isTrue();
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Uses Python 3.12 and Java 17
            Team of 50 engineers, ships release 2024.05
            Deadline 2025-03-14 for the Q2 launch
            Prefers ISO dates like 2024-05-01
            Works on ticket JIRA-4521
            Order id 12345678
            Uses Bearer authentication for the internal APIs
            Rotates the API key every 90 days
            Stores the access token in the keychain
            Meet at (the) office on Mondays
            Tracks ticket 612345678 in Jira for the billing migration
            Order #612345678 shipped late
            Invoice no. 612345678 is overdue
            Rechnung 612345678 bezahlt
            Runs Postgres 16 on port 5432
            The token bucket rate limiter design
            Password managers: prefers 1Password
            Reads the public API docs
            Born and raised in Lisbon
            Skipped step 3 of 10
            Uses a 4-space indent
            The secret is to write tests first
            The password is stored in the vault
            Home is where the dog is
            Lives in Dublin since 2019
            Build 20240501 shipped on 2024-05-02
            Invoice 2024-000123 paid on 14 March 2024
            Uses 8 GB RAM and a 27 inch 2560x1440 monitor
            Ran 10000 iterations in 12.5 seconds
            Account manager since 2019
            Birthday party planning for the team offsite in June
            Sprint review on March 3 with the platform team
            Omar 3 is a test user born in the fixtures
            Wants answers under 200 words
            Version 10.4.12 of the SDK
            Joined the company in March 2021
            Email address not shared with vendors
            Address: 10.0.0.1 for the NAS
            Card ending 4111 1111 1111 1112 was declined
            Meeting on 12/03/2024 at 10:30, room 4521
            Copyright 2019-2024 Acme
            The api key is in 1Password
            His PIN is not set
            Uses 2FA code from the app daily
            Sin embargo no es nada
            Mein Kennwort ist geheim
            The secret ingredient is cinnamon
            Clones https://user@github.com/org/repo.git
            Token limit is 4096 for the model
            Use port 8080 or 8443 for the proxy
            ISBN 978-3-16-148410-0
            Kids born in 2015 and 2018
            Ships v2.3.1 on 2024-06-01
            Pallet label GB82WEST12345698765433 on the crate
            Reference RSSMTT85C12F205X
            Password resets go through the IT portal
            Wants password policies explained simply
            Rotates the admin password every 90 days
            Uses 1Password for team secrets
            The login page uses OAuth
            The login page / OAuth2 flow needs work
            The password is changed every quarter by IT
            The password is still required for staging
            The passphrase policy requires four random words
            User research / interviews on Fridays
            Login flow, pass rate 95 percent
            Recovery codes are stored in the vault
            Backup codes 2024 rotation done
            The door code is on the fridge
            Password at least 12 characters is required
            The wifi password at home is shared with guests
            Uses the "Password" field label in forms
            Driver's license expires in 2027
            Driving licence 2027 renewal is booked
            Driver's licence class B2 since 2010
            Meets the team at 9 at the office
            Works at Acme dot com startup
            She works at booking.com on search
            Works as QA lead at Booking.com on the payments team
            Is a tech lead at booking.com building checkout
            Senior designer at figma.com for the editor
            Docs are at docs.python.org
            Our API lives at api.example.io
            Lunch at noon at the cafe
            Uses Basic auth only on the staging proxy
            Prefers the basic plan over enterprise
            Bot 123456789:AAbc is a short test handle
            Reads the Hugging Face docs on hf_hub_download
            Grafana dashboards use glsa_ service accounts
            Code review takes 2 days
            Error code 404 means not found
            Uses code 128 barcodes
            The door code changed last week
            Gate code policy is set by facilities
            Alarm code for the office 2024 rollout
            Le mot de passe du VPN est expiré
            Das WLAN-Passwort ist geheim
            Le mot de passe Wi-Fi est partagé
            Uses a password manager for the team
            Password strength rules follow NIST
            Never writes passwords in tickets
            Asked for the Wi-Fi password again
            Jenkins password rotation is monthly
            Password isn't required for guests
            Password e-mails go to the IT desk
            Stores password SHA256 hashes only
            The intranet password? It's on the wiki
            Upgraded to Postgres 16.2 on 2024-03-03
            Ticket JIRA-4821 blocks the release
            Follows ISO 27001 controls
            Office postcode 1015 CJ
            The pan handles 500 requests per second
            Meets the CPF team on Mondays
            Works on the Damstraat office move
            Uses a PAN-like format in the fixtures
            Release on 2024/03/03 for the 生产 cluster
            """)
    void doesNotFlagOrdinaryText(String text) {
        ScreenedEntry s = screen(DROP, text);
        assertThat(s.findings()).as(text).isEmpty();
        assertThat(s.mustDrop()).isFalse();
        assertThat(s.entry().text()).isEqualTo(text);
    }

    @Test
    void contactMaskKeepsWorkEntriesMasked() {
        ScreenedEntry phone = screen(MASK, "Team standup dial-in is +1 415 555 0199");
        assertThat(phone.mustDrop()).isFalse();
        assertThat(phone.entry().text()).isEqualTo("Team standup dial-in is [REDACTED:phone]");

        ScreenedEntry email = screen(MASK, "Work email is x@corp.com");
        assertThat(email.mustDrop()).isFalse();
        assertThat(email.entry().text()).isEqualTo("Work email is [REDACTED:email]");

        assertThat(screen(DROP, "Work email is x@corp.com").mustDrop()).isTrue();

        // a business's tax number names a sole trader: dropped by default, kept masked as a contact is under mask
        String vat = "Partita IVA della mia ditta: 03958120472, on every invoice";
        assertThat(screen(DROP, vat).mustDrop()).isTrue();
        ScreenedEntry business = screen(MASK, vat);
        assertThat(business.mustDrop()).isFalse();
        assertThat(business.entry().text()).isEqualTo("Partita IVA della mia ditta: [REDACTED:business_id], on every invoice");
        assertThat(screen(MASK, "Work email is x@corp.com, card 4111 1111 1111 1111").mustDrop()).isTrue();
    }

    @Test
    void pemBlockIsMaskedToItsEndLineOrToTheEndOfATruncatedEntry() {
        String full = "Server key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq9\nZm9vYmFy\n"
                + "-----END RSA PRIVATE KEY-----\nrotate yearly";
        ScreenedEntry s = screen(DROP, full);
        assertThat(s.entry().text()).isEqualTo("Server key:\n[REDACTED:credential]\nrotate yearly");
        assertThat(s.mustDrop()).isTrue();

        String truncated = "Key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQ";
        assertThat(screen(DROP, truncated).entry().text()).isEqualTo("Key: [REDACTED:credential]");
    }

    @Test
    void addressIsMaskedToTheEndOfItsClause() {
        assertThat(screen(DROP, "Home: 14 Glenview Park, Rathfarnham, Dublin 14, and works in town").entry().text())
                .isEqualTo("Home: [REDACTED:home_address], and works in town");
        assertThat(screen(DROP, "Lives at 1187 Maple Crest Drive, Decatur, GA 30030. Has two cats").entry().text())
                .isEqualTo("Lives at [REDACTED:home_address]. Has two cats");
    }

    @Test
    void aQuotedOrSpokenPassphraseIsMaskedWhole() {
        assertThat(screen(DROP, "password: \"S3cr3t Phrase!\" for the NAS").entry().text())
                .isEqualTo("password: \"[REDACTED:credential]\" for the NAS");
        assertThat(screen(DROP, "My password is correct horse battery staple. Uses Vim").entry().text())
                .isEqualTo("My password is [REDACTED:credential]. Uses Vim");
        assertThat(screen(DROP, "PGP passphrase correct horse battery staple, rotated yearly").entry().text())
                .isEqualTo("PGP passphrase [REDACTED:credential], rotated yearly");
        assertThat(screen(DROP, "The password is swordfish and nobody knows").entry().text())
                .isEqualTo("The password is [REDACTED:credential] and nobody knows");
    }

    @Test
    void anInvalidEntryIsShownMaskedAndStaysInvalid() {
        ScreenedEntry s = DROP.screen(Entry.invalid("u1", "u1/m.csv", 4, "password: hunter2 Uses Terraform",
                "row has no date"));
        assertThat(s.entry().text()).doesNotContain("hunter2").contains("[REDACTED:credential]");
        assertThat(s.entry().invalidReason()).isEqualTo("row has no date");
        assertThat(s.mustDrop()).isFalse();
    }

    @Test
    void aBirthDateReadAsTheSavedDateIsDroppedAndTheDateLetGo() {
        // the parser took the date beside the birth word for the day the memory was saved
        for (Entry read : List.of(Entry.of("u1", "u1/m.md", 2, "2015-03-12", null, "Daughter's birthday"),
                Entry.of("u1", "u1/m.md", 3, "1988-03-12", null, "Birthday"),
                Entry.of("u1", "u1/m.md", 4, "1988-04-03", null, "Was born on this day at the old hospital"))) {
            ScreenedEntry s = DROP.screen(read);
            assertThat(s.mustDrop()).as(read.text()).isTrue();
            assertThat(s.entry().savedAt()).as(read.text()).isNull();
            assertThat(s.findings()).extracting(SensitiveFinding::kind).contains("birth_date");
        }
        // a memory about a birthday, saved on a day of its own, and one that gives the birth date in its text
        ScreenedEntry saved = DROP.screen(Entry.of("u1", "u1/m.md", 5, "2024-09-08", null,
                "Their father's birthday is in May"));
        assertThat(saved.findings()).isEmpty();
        assertThat(saved.entry().savedAt()).isEqualTo("2024-09-08");
        ScreenedEntry inText = DROP.screen(Entry.of("u1", "u1/m.md", 6, "2024-04-04", null, "Born on 1985-02-03"));
        assertThat(inText.entry().savedAt()).isEqualTo("2024-04-04");
        assertThat(inText.entry().text()).isEqualTo("Born on [REDACTED:birth_date]");
    }

    @Test
    void aUserIdHoldingAKeyMakesTheEntryInvalidWithTheKeyMasked() {
        ScreenedEntry broken = DROP.screen(Entry.of("u2,Uses AKIAIOSFODNN7EXAMPLE", "bulk.csv", 2, null, null,
                "Prefers concise answers"));
        assertThat(broken.entry().userId()).isEqualTo("u2,Uses [REDACTED:credential]");
        assertThat(broken.entry().invalidReason()).isEqualTo("user id holds a sensitive value");

        // an e-mail address names a user: it stays, and so does the entry
        ScreenedEntry named = DROP.screen(Entry.of("lena@example.com", "bulk.csv", 3, null, null,
                "Prefers concise answers"));
        assertThat(named.entry().userId()).isEqualTo("lena@example.com");
        assertThat(named.entry().isInvalid()).isFalse();
    }

    @Test
    void connectionStringIsMaskedFromSchemeThroughHost() {
        assertThat(screen(DROP, "Use mongodb+srv://svc:p@ss!w0rd@cluster0.ab1cd.mongodb.net/test daily")
                .entry().text()).isEqualTo("Use [REDACTED:credential]/test daily");
    }

    /**
     * A payment provider's documented test card, AWS's sample key, an address at a reserved example domain, in an entry
     * about tests or examples: masked, and kept. (Said as someone's own, with no such word, the table above drops them.)
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            QA checks the decline path with card 4000 0000 0000 0002 in the sandbox | card
            The e2e suite pays with 4242-4242-4242-4242 and any CVC in test mode | card
            Checkout tests use the Braintree Visa 4111111111111111 | card
            Adyen's 3DS2 test Mastercard 5555 3412 4444 1115 is in the fixtures | card
            Sandbox Amex 3782 822463 10005 for the currency tests | card
            The IAM policy doc quotes AKIAIOSFODNN7EXAMPLE as its sample key | credential
            Any doc-style key ending in EXAMPLE such as AKIAJ3MPLQ7ZXEXAMPLE is a sample | credential
            Seed users are named like ops@staging.example.com in the fixtures | email
            """)
    void publishedTestValuesAreMaskedButNeverDropTheEntry(String text, String kind) {
        for (SensitiveScreen screen : new SensitiveScreen[] {DROP, MASK}) {
            ScreenedEntry s = screen(screen, text);
            assertThat(s.findings()).as(text).extracting(SensitiveFinding::kind).containsExactly(kind);
            assertThat(s.entry().text()).as(text).contains("[REDACTED:" + kind + "]");
            assertThat(s.mustDrop()).as(text).isFalse();
        }
        // a published value beside a person's own still drops the entry for the person's
        assertThat(screen(DROP, text + ", and my own card is 4539 5260 1815 9083").mustDrop()).isTrue();
    }

    /**
     * With words between an id's name and a number, the id's check digit decides: the same texts with the right digit
     * are in written-values.csv and are masked.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ІПН чоловіка 2904117381
            ΑΦΜ του συζύγου μου 056139282
            CNP tata 1960827400314
            TAJ száma a fiamnak 115 204 785
            תעודת זהות של אבא 312456784
            """)
    void aNumberNearAnIdsNameWithAWrongCheckDigitIsNotThatId(String text) {
        assertThat(screen(DROP, text).findings()).as(text).isEmpty();
    }

    /** Published values the text presents as someone's, with no word about a test or an example: dropped as any. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Paid the hotel deposit with 4242 4242 4242 4242
            Her Visa is 4000 0000 0000 0002, valid to 11/28
            Private mail: lukas.brandt@example.net
            """)
    void publishedValuesSaidAsSomeonesAreStillDropped(String text) {
        assertThat(screen(DROP, text).mustDrop()).as(text).isTrue();
    }

    @Test
    void severalFindingsInOneEntryAreAllMasked() {
        ScreenedEntry s = screen(DROP, "Card 4111 1111 1111 1111, SSN 287-65-4321, call +44 20 7946 0958");
        assertThat(s.findings()).extracting(SensitiveFinding::kind).containsExactly("card", "government_id", "phone");
        assertThat(s.entry().text())
                .isEqualTo("Card [REDACTED:card], SSN [REDACTED:government_id], call [REDACTED:phone]");
    }

    @Test
    void invalidEntriesAreLeftAlone() {
        Entry bad = Entry.invalid("u1", "u1/memory.md", 9, "password is hunter2", "unreadable");
        ScreenedEntry s = DROP.screen(bad);
        assertThat(s.findings()).isEmpty();
        assertThat(s.mustDrop()).isFalse();
    }

    @Test
    void policyParses() {
        assertThat(SensitivePolicy.parse(null)).isEqualTo(SensitivePolicy.CONTACT_DROP);
        assertThat(SensitivePolicy.parse("contact=drop")).isEqualTo(SensitivePolicy.CONTACT_DROP);
        assertThat(SensitivePolicy.parse("contact=mask")).isEqualTo(SensitivePolicy.CONTACT_MASK);
        assertThat(Arrays.stream(new String[] {"credential", "card", "bank_account", "iban", "government_id",
                "birth_date", "home_address"})).allMatch(SensitivePolicy.CONTACT_MASK::mustDrop);
        assertThat(SensitivePolicy.CONTACT_MASK.mustDrop("phone")).isFalse();
        assertThat(SensitivePolicy.CONTACT_MASK.mustDrop("business_id")).isFalse();
        assertThat(SensitivePolicy.CONTACT_DROP.mustDrop("business_id")).isTrue();
        assertThat(SensitivePolicy.CONTACT_DROP.mustDrop("email")).isTrue();
    }
}
