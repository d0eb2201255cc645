package memoryimport.classify;

import static org.assertj.core.api.Assertions.assertThat;

import memoryimport.model.Entry;
import memoryimport.model.ScreenedEntry;
import memoryimport.model.SensitiveFinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values a tester found passing in clear: ids before a sentence's full stop, passwords, bank accounts, addresses and
 * birth dates said in Italian, Dutch, Portuguese and Japanese, and a user / password pair after a label.
 */
class SensitiveLocalesTest {

    private static final SensitiveScreen DROP = new SensitiveScreen();

    private static ScreenedEntry screen(String text) {
        return DROP.screen(Entry.of("u1", "u1/memory.md", 3, "2024-05-01", null, text));
    }

    /** text | expected kind | the sensitive parts (';'-separated) that must not survive masking. */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # ---- a full stop ends the sentence, not the number
            - Seu CPF é 529.982.247-25. | government_id | 529.982.247-25;982.247
            Seu CPF é 529.982.247-25. Mora em Recife | government_id | 529.982.247-25
            - AHV number: 756.9217.0769.85. | government_id | 756.9217.0769.85;9217.0769
            AHV 756.9217.0769.85.\\nUses Vim | government_id | 756.9217.0769.85
            Door code is 4471. | credential | 4471
            Gate code 4455, for the warehouse | credential | 4455
            # ---- passwords said in Italian, Dutch, Portuguese, Japanese
            La password del server è Roma!2024 | credential | Roma!2024;Roma
            La password della VPN è Milano2023 | credential | Milano2023
            Het wachtwoord van de NAS is Tulp2024! | credential | Tulp2024
            Wachtwoord: Fiets!99 | credential | Fiets!99
            A senha do banco é Pao2024# | credential | Pao2024
            Minha senha é Brasil2024 | credential | Brasil2024
            パスワードは tanaka1234 です | credential | tanaka1234
            パスワード：Sakura!2024 | credential | Sakura!2024
            WiFiのパスワードは「abc12345」 | credential | abc12345
            密码是 abc12345 | credential | abc12345
            # ---- a user / password pair after a label
            Zugangsdaten für Jira: vhoffmann / Sommer2024! | credential | Sommer2024
            Credenciais do Jira: joao.silva / Inverno2024! | credential | Inverno2024
            Credentials for the staging box: deploy / Depl0yKey9 | credential | Depl0yKey9
            Jira: vhoffmann / Sommer2024! | credential | Sommer2024
            Old Confluence account: m.rossi / Estate#2023 | credential | Estate#2023
            # ---- environment variables named for a credential: '_' joins the name, so \\b finds no word in it
            DATABASE_PASSWORD=Kp9!vR2mXq7Lw | credential | Kp9!vR2mXq7Lw;vR2mXq7Lw
            OPENWEATHER_API_KEY=3b9c0f8e7d6a5b4c3d2e1f0a9b8c7d6e | credential | 3b9c0f8e7d6a5b4c3d2e1f0a9b8c7d6e
            DD_API_KEY=a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6 in the agent config | credential | a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6
            export TWILIO_AUTH_TOKEN=9f8e7d6c5b4a39281706f5e4d3c2b1a0 | credential | 9f8e7d6c5b4a39281706f5e4d3c2b1a0
            MY_APP_SECRET: s3cr3tV4lue | credential | s3cr3tV4lue
            DB_PWD=hunter | credential | hunter
            db_password: hunter2x | credential | hunter2x
            `"client_secret": "Xy8Q~abC1dEfG2hIjK3lMnO4pQ"` | credential | abC1dEfG2hIjK3lMnO4pQ
            api_key=3b9c0f8e7d6a5b4c3d2e | credential | 3b9c0f8e7d6a5b4c3d2e
            `STRIPE_SECRET="whsec 9f8e7d6c"` | credential | 9f8e7d6c;whsec
            # ---- a credential word, a short phrase about what it is for, then 'is' or ':' and a value
            Kennwort fürs Büro-WLAN: Tannenbaum!88 | credential | Tannenbaum;!88
            Passwort meines Routers: FritzBox#4471x | credential | FritzBox#4471x
            WLAN-Schlüssel zu Hause ist 8392017465 | credential | 8392017465
            Hasło do wifi: Kotek2024! | credential | Kotek2024
            Code wifi : MaisonBleue2023 | credential | MaisonBleue2023
            Le code du digicode est 4B17A | credential | 4B17A
            The deploy key for the staging box is Zx9-kQ2mP7vL-stg | credential | Zx9-kQ2mP7vL-stg;kQ2mP7vL
            Azure AD client secret Xy8Q~abC1dEfG2hIjK3lMnO4pQrS5tUvW6xYz7 | credential | abC1dEfG2hIjK3lMnO4pQrS5tUvW6xYz7
            Vault unseal key: 7d3f9a2b1c8e4f6a0b5d7c9e1f3a5b7d9c1e3f5a7b9d | credential | 7d3f9a2b1c8e4f6a0b5d7c9e1f3a5b7d9c1e3f5a7b9d
            password for my bank account at Chase is Hunter2Chase! | credential | Hunter2Chase;Chase!
            The password I use everywhere: correcthorse77 | credential | correcthorse77
            API-Schlüssel für DeepL: 8f3a2b1c-4d5e-6f7a-8b9c-0d1e2f3a4b5c:fx | credential | 8f3a2b1c-4d5e-6f7a-8b9c-0d1e2f3a4b5c
            chiave API di OpenRouter: or-v1-8f3a2b1c4d5e6f7a8b9c | credential | 8f3a2b1c4d5e6f7a8b9c
            clé API Mistral : Xq8vR2mL9pK3nT7wZ5yB1cD4 | credential | Xq8vR2mL9pK3nT7wZ5yB1cD4
            # ---- the credential word is the only cue: no other keyword of the detector in the text
            Minha chave de API do Stripe é Zx9Qw7Er5Ty3Ui1Op8As | credential | Zx9Qw7Er5Ty3Ui1Op8As
            Chave API do Mapbox: Zx9Qw7Er5Ty3Ui1Op8Ab | credential | Zx9Qw7Er5Ty3Ui1Op8Ab
            WLAN-Code: Sonnenblume4711 | credential | Sonnenblume4711
            Le code du wifi est MaisonBleue2023 | credential | MaisonBleue2023
            WPA2 code: Tannenzapfen#42 | credential | Tannenzapfen#42
            Mi número de pasaporte es XDA123456 | government_id | XDA123456
            Mi número de pasaporte es C01X00T47 | government_id | C01X00T47
            Meine Krankenversicherungsnummer ist A123456780 | government_id | A123456780
            Hasla do banku i poczty: Kasztan#88 | credential | Kasztan#88
            Netzwerk-Code vom Router: Kx7mP92qaZ | credential | Kx7mP92qaZ
            Bot für den Discord-Server: MTI4NzQ1OTk4MjM0NTY3ODkwMQ.GxK3pQ.Zq8vN2mR7tY4wL1sB6cH9dF0aJ5eK3uI2oP7 | credential | MTI4NzQ1OTk4MjM0NTY3ODkwMQ;Zq8vN2mR7tY4wL1sB6cH9dF0aJ5eK3uI2oP7
            三菱UFJ銀行 渋谷支店 普通 1234567 | bank_account | 1234567
            給与振込先はみずほ銀行新宿支店 普通預金 7654321 | bank_account | 7654321
            Numéro de passeport : 18AB12345 | government_id | 18AB12345
            # ---- API keys and passwords in Japanese, gate codes keyed in with '#', seeds and wallet keys
            APIキー: 8f3a2b1c4d5e6f7a8b9c0d1e | credential | 8f3a2b1c4d5e6f7a8b9c0d1e
            Instagramのパスワード hanako1990 | credential | hanako1990
            Gate code to the garage 2580# | credential | 2580
            TOTP seed JBSWY3DPEHPK3PXP | credential | JBSWY3DPEHPK3PXP
            2FA secret: jbsw y3dp ehpk 3pxp | credential | jbsw y3dp;3pxp
            My wallet seed phrase is abandon ability able about above absent absorb abstract absurd abuse access accident | credential | abandon;absurd;accident
            Recovery phrase: legal winner thank year wave sausage worth useful legal winner thank yellow | credential | sausage;yellow
            Chiave privata ETH 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 | credential | 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318
            Mailgun key-3ax6xnjp29jd6fds4gc373sgvjxteol0 | credential | 3ax6xnjp29jd6fds4gc373sgvjxteol0
            # ---- the numbers that go with a card or account: PIN, CVC, sort code
            PIN do karty 4821 | credential | 4821
            PIN der EC-Karte: 7305 | credential | 7305
            Visa 4111 1111 1111 1111, CVC 381 | card | 4111 1111 1111 1111;381
            card 4111 1111 1111 1111 cvv 381 | card | 381
            Card security code is 7742 | card | 7742
            Security code on the back of the debit card: 912 | card | 912
            Account 12345678 sort 60 16 13 | bank_account | 12345678;60 16 13
            Barclays sort 601613 for rent | bank_account | 601613
            # ---- the whole value: a word before the part with digits, 'immer noch', a trailing '!'
            Mein Passwort ist immer noch Sommer2024 | credential | Sommer2024
            Passwort: Sommer 2024! | credential | Sommer;2024
            Password: la solita, Gattino2019 | credential | Gattino2019
            The password is still Winter 2025 | credential | Winter;2025
            Apple ID password: Lisbon2019! | credential | 2019!
            WiFi code for guests: Welcome2024 | credential | Welcome2024
            Passwort fürs Handy ist 482193 | credential | 482193
            # ---- a key as a URL's user, curl's user:password, an e-mail login, Polish 'to', compound licence words
            Error tracking DSN https://9c2e4f1a7b3d5e8f@o4411.ingest.sentry.io/2201 | credential | 9c2e4f1a7b3d5e8f
            Clone with https://Qx7pLm2Zr9Vk4Tw8@git.example.org/team/app.git | credential | Qx7pLm2Zr9Vk4Tw8
            Notion bot uses secret_Pq7Lm2Zx9Vk4Rt8Np3Wb6Yc1Hd0Jf5Sa2Ge8Ku3Mi9 | credential | Pq7Lm2Zx9Vk4Rt8Np3Wb6Yc1Hd0Jf5Sa2Ge8Ku3Mi9
            Health check: curl -u monitor:Tq4!zP8w https://status.internal | credential | Tq4!zP8w
            wget --user=ci --password in the cron; curl --user ci:Rb7xQ2mn | credential | Rb7xQ2mn
            The demo login is demo@shop.example / Spring#2025x | credential | Spring#2025x
            Hasło do poczty to Lipa#2024 | credential | Lipa#2024
            Moje hasło jest Sosna!77 | credential | Sosna!77
            Set the kiosk password to Qv8!mn3z | credential | Qv8!mn3z
            PIN karty: 7391 | credential | 7391
            Home office address: 12 Elm Street, Leeds | home_address | 12 Elm Street
            Born on 3 May 1985, joined the project in 2019 | birth_date | 3 May 1985
            The project lead was born on 12/06/1988 | birth_date | 12/06/1988
            Works at the Acme office. Lives at 27 Kingsway Road, Leeds | home_address | 27 Kingsway
            Key for the maps API is 9f2a7c4e1b8d3f6a0c5e2b9d4f7a1c3e | credential | 9f2a7c4e1b8d3f6a0c5e2b9d4f7a1c3e
            SID AC00aa and token 5e8d1c7b3a9f2e6d4c0b8a7f1e3d5c9b | credential | 5e8d1c7b3a9f2e6d4c0b8a7f1e3d5c9b
            Bot token MTE5NzQ0MzIxMDk4NzY1NDMyMQ.Gx7Kq2.Pz9Lm3Xv8Rw5Np2Yb7Hc4Jd1Fg6SaQ9Ex | credential | Pz9Lm3Xv8Rw5Np2Yb7Hc4Jd1Fg6SaQ9Ex
            Personal access token (Azure DevOps): p4k8m2q9w3e7r1t5y0u6i2o8a4s1d7f3g9h5j2k6l0z4 | credential | p4k8m2q9w3e7r1t5y0u6i2o8a4s1d7f3g9h5j2k6l0z4
            Tax ID (EIN) 98-7654321 for the LLC | government_id | 98-7654321
            cache pass = Wm4!xQ9z | credential | Wm4!xQ9z
            credentials: admin / toor456! | credential | toor456
            PIN des Diensthandys: 4830 | credential | 4830
            Reisepassnummer C4J7K9L2M | government_id | C4J7K9L2M
            Passport no. YB29FK7Q1 for the visa | government_id | YB29FK7Q1
            Le code du portail est 4582B | credential | 4582B
            Código de la puerta: 9173 | credential | 9173
            Kod do bramy to 2468 | credential | 2468
            Report https://cdn.example.net/q.csv?X-Amz-Signature=7e2d9c4b1a6f3e8d5c2b9a7f4e1d8c3b | credential | 7e2d9c4b1a6f3e8d5c2b9a7f4e1d8c3b
            https://storage.example.com/f?X-Goog-Signature=a1b2c3d4e5f60718&X-Amz-Security-Token=QmFzZTY0VG9rZW4 | credential | a1b2c3d4e5f60718;QmFzZTY0VG9rZW4
            Password: see12Tx!q | credential | see12Tx!q
            Führerscheinnummer B072RRE2I55 | government_id | B072RRE2I55
            Numer prawa jazdy: 01234/19/0123 | government_id | 01234/19/0123
            # ---- bank accounts said with 'conto', 'rekening', 'conta'
            Bank: Intesa Sanpaolo, conto n. 1000/12345678 | bank_account | 1000/12345678;12345678
            Il conto corrente è 000012345678 | bank_account | 000012345678
            Numero di conto 12345678 presso UniCredit | bank_account | 12345678
            Rekeningnummer 123456789 bij de ING | bank_account | 123456789
            Mijn rekening is 1234 5678 90 | bank_account | 1234 5678 90
            Conta corrente nº 12345-6 agência 0001 | bank_account | 12345-6
            A conta é 98765-4 no Itaú | bank_account | 98765-4
            # ---- Japanese address and birthday, Portuguese birth date
            自宅は東京都渋谷区神南1-2-3です | home_address | 神南1-2-3;渋谷区
            住所：大阪府大阪市北区梅田3丁目1番1号 | home_address | 梅田3丁目1番1号
            渋谷区神南1-2-3-405に住んでいる | home_address | 神南1-2-3;405
            自宅は東京都渋谷区神南１－２－３です | home_address | 神南１－２－３
            普通預金 7654321（みずほ銀行 新宿支店） | bank_account | 7654321
            My national  insurance number: ab123456c | government_id | ab123456c
            Seed  phrase: abandon ability able about above absent absorb abstract absurd abuse access accident | credential | abandon ability
            Wohne auf  dem Hügel 12 in Jena | home_address | Hügel 12
            lives at 221 W 42nd St, NYC | home_address | 42nd
            We live at 15 Ocean Parade, Bondi | home_address | Ocean Parade
            j'habite 15 av. Victor Hugo à Lyon | home_address | Victor Hugo
            vivo en la calle Mayor 5, 28013 Madrid | home_address | Mayor 5
            Abito in Via Roma, 10, 00184 Roma | home_address | Via Roma
            Carte bancaire\u00A0: 4556\u00A00726\u00A02401\u00A02026 | card | 0726
            Carta di credito 5555–7785–9863–6511 | card | 7785
            Company card is 5105 - 6509 - 3300 - 2896 | card | 6509
            VISA-4716612490652863 for ads | card | 4716612490652863
            クレジットカード番号 ４９２９ ６５８６ ６２６６ ６２００ | card | ６５８６
            Kontoverbindung: DE85\u00A07015\u00A00000\u00A05434\u00A07187\u00A013 | iban | 5434
            mobil 0171–2345678 | phone | 2345678
            電話番号は０９０－１２３４－５６７８です | phone | ５６７８
            Privatmail max@müller-bau.de | email | müller-bau
            Old address jörg.müller@gmx.de | email | jörg
            DB_PASS=3KFLKn#7XrBg8CX | credential | 3KFLKn#7XrBg8CX
            Routerpasswort: Hunter69!05 | credential | Hunter69!05
            Stripe webhook: whsec_UzDzV8fUkkibjL5DZPjN0MEQ7wjJJiba | credential | UzDzV8fUkkibjL5DZPjN0MEQ7wjJJiba
            Vault login: hvs.4Fs9Z6YkRYU7oe1wNWqku5Nr | credential | 4Fs9Z6YkRYU7oe1wNWqku5Nr
            mysql -u root -pVqyvzPe9hB9 -h 10.0.0.12 | credential | VqyvzPe9hB9
            sshpass -p 'AqrI1YiJCD9' ssh deploy@10.0.3.7 | credential | AqrI1YiJCD9
            Oracle: sqlplus scott/Tqflkwyla49@//ora01:1521/ORCL | credential | Tqflkwyla49
            passwords: Blume#772 | credential | Blume#772
            La contraseña sigue siendo Gatto!2020 | credential | Gatto!2020
            A senha do Netflix é: Sakura63!55 | credential | Sakura63!55
            La contraseña de Netflix sigue siendo Gattino70%10 | credential | Gattino70%10
            p/w for the office printer admin: Gattino52$43 | credential | Gattino52$43
            email anna.schmidt AT gmx DOT de | email | anna.schmidt
            mi correo es maria.garcia arroba gmail punto com | email | maria.garcia
            geb. am 14.05.1990 | birth_date | 14.05.1990
            D.O.B. 14-May-1990 | birth_date | 14-May-1990
            my bday is 14/03/1990 | birth_date | 14/03/1990
            生まれは1998年5月14日 | birth_date | 1998年5月14日
            パスポート番号: TK1234567 | government_id | TK1234567
            passeport n° 12AB34567 | government_id | 12AB34567
            Carte d'identité n° 120375012345 | government_id | 120375012345
            Personalausweis-Nr.: L01X00T47 | government_id | L01X00T47
            Número de la Seguridad Social: 28/12345678/40 | government_id | 12345678
            Paspoortnummer: NW3RK6L82 | government_id | NW3RK6L82
            Mi CURP es GODE800514HDFRRN09 | government_id | GODE800514HDFRRN09
            IBAN DE 89 3704 0044 0532 0130 00 | iban | 0532
            NI no. PR-56-60-13-B | government_id | PR-56-60-13-B
            Steuer ID: 535 879 561 09 | government_id | 561 09
            Tax forms need my SS# 435/51/8489 | government_id | 435/51/8489
            `PHP config: 'password' => 'p4ss_ldOKMgwK',` | credential | p4ss_ldOKMgwK
            code secret de ma CB : 3550 | credential | 3550
            Mail anna{at}gmx.de | email | anna
            Le code de ma carte bleue est 7695 | credential | 7695
            iPhone-Code: 048784 | credential | 048784
            Zugangscode fürs Büro: 5236 | credential | 5236
            RAILS_MASTER_KEY=kgtqJ09bbg7SVmqb1MOKDHpSCgw3gTlc | credential | kgtqJ09bbg7SVmqb1MOKDHpSCgw3gTlc
            config.yml has db_pass: JMyPuaYV#yCtl | credential | JMyPuaYV#yCtl
            `appsettings.json: {"password": "HxN5LvSHV0!"}` | credential | HxN5LvSHV0
            `Driver={ODBC Driver 18};Server=sql01;Uid=sa;Pwd=PqRyRTLoAt9;` | credential | PqRyRTLoAt9
            誕生日は2月14日 | birth_date | 2月14日
            誕生日：12月3日です | birth_date | 12月3日
            2月14日生まれ | birth_date | 2月14日
            Nasceu em 14/02/1986 | birth_date | 14/02/1986
            Nasci em 3 de março de 1990 em Braga | birth_date | 3 de março de 1990
            Data de nascimento: 14/02/1986 | birth_date | 14/02/1986
            Nascida em 3 de março de 1990 | birth_date | 3 de março de 1990
            Nascido em 14/02/1986 no Porto | birth_date | 14/02/1986
            """)
    void masks(String text, String kind, String secrets) {
        ScreenedEntry s = screen(text.replace("\\n", "\n"));
        assertThat(s.findings()).extracting(SensitiveFinding::kind).as(text).contains(kind);
        assertThat(s.mustDrop()).isTrue();
        for (String secret : secrets.split(";")) {
            assertThat(s.entry().text()).as("masked text").doesNotContain(secret);
        }
    }

    /**
     * Numbers, ids, birth dates, addresses and e-mail addresses a probe found passing in clear: text | expected kind |
     * the sensitive parts (';'-separated) that must not survive masking.
     */
    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # ---- cards and IBANs in groups joined by '.' or '-'
            Carte bancaire 4539.5260.1815.9083 | card | 4539.5260.1815.9083;5260.1815
            Carte bancaire 4539.5260.1815.9083. | card | 4539.5260.1815.9083
            Zweitkonto: DE89-3704-0044-0532-0130-00 | iban | DE89-3704-0044-0532-0130-00;0532-0130
            Zweitkonto: DE89.3704.0044.0532.0130.00 | iban | 0532.0130
            # ---- birth dates: words and abbreviations in more languages, Polish months, Japanese era years
            Geb. 14.05.1990 | birth_date | 14.05.1990
            Nací el 3 de noviembre de 1985 | birth_date | 3 de noviembre de 1985;1985
            Cumple años el 3 de noviembre | birth_date | 3 de noviembre
            Compie gli anni il 21 settembre | birth_date | 21 settembre
            Urodziłem się 14 maja 1990 | birth_date | 14 maja 1990;1990
            Data urodzenia: 3 października 1985 | birth_date | 3 października 1985
            b. 03/11/1985 | birth_date | 03/11/1985
            fecha nac. 03-11-1985 | birth_date | 03-11-1985
            data ur. 14.05.1990 | birth_date | 14.05.1990
            生年月日：平成2年5月14日 | birth_date | 平成2年5月14日;5月14日
            昭和60年1月3日生まれ | birth_date | 昭和60年1月3日
            # ---- home addresses: German streets starting with a preposition, Italian and Polish streets, UK postcodes
            Ich wohne Unter den Linden 77 | home_address | Unter den Linden 77;Linden 77
            Wohnt Am Kirchberg 3 | home_address | Am Kirchberg 3;Kirchberg 3
            Wir wohnen Auf dem Berg 7 in Marburg | home_address | Berg 7
            Anschrift der Eltern: An der Alster 12 | home_address | Alster 12
            Elternhaus An der Alster 12, 20099 Hamburg | home_address | Alster 12;20099
            Corso Vittorio Emanuele II 45, Milano | home_address | Vittorio Emanuele II 45;II 45
            Vive in Vicolo del Cinque 4 a Roma | home_address | Cinque 4
            Mieszkam na Marszałkowskiej 10 m. 5 | home_address | Marszałkowskiej 10;m. 5
            Mieszka na ulicy Polnej 5 | home_address | Polnej 5
            Rose Cottage, Church Lane, Little Snoring NR21 0AB | home_address | Rose Cottage;Church Lane;NR21 0AB
            Lives at 4 Mill Close, Ely CB7 4AB | home_address | Mill Close;CB7 4AB
            # ---- e-mail addresses with a full-width '@', spaces around it, or a dot said in German or Spanish
            kenji_t＠yahoo.co.jp | email | kenji_t;yahoo.co.jp
            Mail: anna.schmidt87 @ gmx.de | email | anna.schmidt87;gmx.de
            # ---- government ids: checksum numbers near their name, ids said as such, lower-case forms
            PESEL: 90051412343 | government_id | 90051412343
            Mój PESEL to 90051412343 | government_id | 90051412343
            NIP 526-000-12-46 | government_id | 526-000-12-46;000-12
            NIP firmy: 5260001246 | government_id | 5260001246
            Numer dowodu osobistego ABS123456 | government_id | ABS123456
            Numer paszportu EA1234567 | government_id | EA1234567
            Carta d'identità CA12345AB | government_id | CA12345AB
            RG 12.345.678-9 | government_id | 12.345.678-9;345.678
            pan card no. abcpe1234f | government_id | abcpe1234f
            ni jg103792b | government_id | jg103792b
            DL# D1234567 | government_id | D1234567
            Pass-Nr. C01X00T47 | government_id | C01X00T47
            Passnummer C01X00T47 | government_id | C01X00T47
            Krankenversichertennummer A123456780 | government_id | A123456780
            Mijn sofinummer is 141705863 | government_id | 141705863
            BSN van mijn dochter: 1417.05.863 | government_id | 1417.05.863;05.863
            My social is 536 22 8841 | government_id | 536 22 8841;8841
            Chave Pix: 529.982.247-25 | government_id | 529.982.247-25;982.247
            Pix 52998224725 | government_id | 52998224725
            Documento 529.982.247-25 no cadastro | government_id | 529.982.247-25
            Rijksregisternummer 85.07.30-033.28 | government_id | 85.07.30-033.28;033.28
            Sozialversicherungsnummer 12 140590 M 123 | government_id | 140590;M 123
            運転免許証番号 123456789012 | government_id | 123456789012
            T.C. kimlik numaram 10000000146 | government_id | 10000000146
            Kimlik no: 52718340962, annemin adına | government_id | 52718340962
            Mi CUIL es 27-28033514-9 | government_id | 27-28033514-9;28033514
            Factura a nombre de CUIT 30-71234567-1 | government_id | 30-71234567-1
            # ---- bank accounts: Polish NRB, Mexican CLABE, Japanese
            Numer rachunku 12 1090 1014 0000 0712 1981 2874 | bank_account | 1090 1014;1981 2874
            Konto w mBanku 61109010140000071219812874 | bank_account | 61109010140000071219812874
            Przelew na 61 1090 1014 0000 0712 1981 2874 | bank_account | 0712 1981
            CLABE 002180700123456789 | bank_account | 002180700123456789
            Mi CLABE es 002 010 07777777777 1 | bank_account | 07777777777
            銀行口座 三菱UFJ 普通 1234567 | bank_account | 1234567
            口座番号 1234567 | bank_account | 1234567
            口座番号は7654321です | bank_account | 7654321
            # ---- still a bank account and a phone
            Bank account 123456789012 for rent | bank_account | 123456789012
            Handy 0151 2345678 | phone | 2345678
            Tel. privat 0 30 / 12 34 56 78 | phone | 12 34 56 78
            Festnetz 089 / 2345 6789 | phone | 2345 6789
            Call me on +49 171 2345678 | phone | 2345678
            Ring 212 736 4019 after five | phone | 736 4019
            Schreib an anna punkt schmidt at gmx punkt de | email | anna punkt schmidt;gmx punkt de
            Correo: juan punto perez at gmail punto com | email | juan punto perez;gmail
            """)
    void masksNumbersIdsDatesAndAddresses(String text, String kind, String secrets) {
        masks(text, kind, secrets);
    }

    /** Look-alikes of the values above that are not sensitive. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Version 4539.5260.1815.9083.1 of the firmware
            Build 4539.5260-1815 9083
            Ratio 4.111111111111111 in the model
            Part DE89-3704-0044-0532-0130-01 in stock
            Mum's birthday present ordered on 2024-05-10
            Birthday cake booked for 14.05.2024
            Web. 14.05.2024 release notes
            Spotkanie 14 maja 2024 w biurze
            平成2年の予算
            Wir treffen uns am Montag 3 mal
            Am Wochenende 2 Spiele
            Im Kapitel 3 geht es um Tests
            Zur Version 2 migriert
            Wohnt gern am Meer und arbeitet im Team 4
            Corso di Python 3 completato
            Corso Python 3 iniziato
            Lebt in Berlin, arbeitet im Team 4
            Visited Rose Cottage, Bath BA1 1AA on holiday
            Vicolo cieco nel design
            Mieszkam w Warszawie od 2019
            Ships from warehouse SW1A 1AA
            Acme Ltd, Mill House, London EC1A 1BB
            Uses the B4 0AA postcode in test fixtures
            Meet @ cafe.de on Friday
            Ping the team @ slack.com
            Der Punkt ist at gmx punkt nicht wichtig
            Uses AWS account 123456789012 for prod
            The GCP account 123456789012 hosts staging
            Kundennummer 1234567890 bei der Telekom
            Vertragsnummer 0151234567
            Customer number 0151234567 at Vodafone
            Order 90051412343 shipped
            Ticket 141705864 about the BSN form
            Frying pan no. 2 is the big one
            Social is 10 people max
            DL 2024 downloads
            RG 12 members
            Test value 111.111.111-11 for the CPF field
            Build 529.982.247-26 released
            Ticket ABS123457 about the dowód form
            Trace id 12109010140000071219812874 in the logs
            CLABE format has 18 digits
            口座開設は2024年
            普通は1234567件
            """)
    void leavesLookAlikesAlone(String text) {
        leavesOrdinaryTextAlone(text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Uses Python 3.12.
            The password is in 1Password
            Password manager I use: 1Password
            Token limit for GPT-4: 8192
            Token budget 4096
            Secret Santa budget is 50EUR
            Secret Santa on December 20
            The app uses environment variables for secrets
            Password policy at work: 12 chars
            The API key for the weather app is in the .env file
            La password è la stessa del 2023
            Deploy key for staging: see the wiki
            Code wifi : sur le routeur
            Le digicode est en panne
            Le digicode est cassé
            Client secret rotation is every 90 days
            The password is still valid until 2025
            Uses passport-jwt for auth
            Dropped a pin on the map at the cafe
            Token usage for GPT-4o: 1.2M per month
            Token count of the prompt is 12k
            Password expiry for service accounts is 3650 days
            Password expiry for service accounts is 365000 days
            Token limit per request: 128000 tokens
            Context window token limit for Claude: 200000
            The secret to good sourdough: 72% hydration
            Session token TTL for mobile: 3600s
            Password requirements for the portal: 12+ chars
            Mot de passe oublié pour le portail : voir IT
            Secret management: uses Doppler
            Pinned 4821 items on the board
            Security code 2024 rollout for the office alarm
            Sort 10 20 30 numbers ascending
            Sort the backlog by 2024 priority
            CVE-2024-3094 patched on the build hosts
            The CVV field takes 3 or 4 digits
            Uses TOTP for 2FA on every account
            Authenticator app key rotation is yearly
            Keeps the seed phrase written down in a notebook that sits in the safe at her parents place
            Recovery words are written on steel plates stored at home with the deed
            The seed phrase is stored offline
            Private key is in ~/.ssh/id_ed25519
            Sha256 of the release is 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318
            Uses key-value stores like Redis
            Gate code policy for the office 2024
            Gate code for the office 2580 rollout
            API キー は環境変数に保存
            Instagramのパスワード 忘れた
            Set API_KEY in the .env file
            Reads OPENAI_API_KEY from the environment
            DATABASE_PASSWORD is read from Vault
            Set API_KEY=<your key> in .env
            Set DATABASE_PASSWORD=${DB_PASS} in compose
            API_KEY=xxxx for local dev
            TOKEN_LIMIT=4096
            MAX_TOKENS=2048
            AUTH_PROVIDER=google
            PASSWORD_MIN_LENGTH=12
            JWT_SECRET_ROTATION=30d
            PWD: /home/jane/projects
            AUTHOR: Jane Doe
            access_token: ${TOKEN}
            max_tokens: 4096
            auth_token_ttl: 3600
            sk_secret_name: prod-db
            Team of 12 engineers.
            Sprint 24 ends on 2024-05-01.
            Ticket 1000/12345 is about login
            Ticket 1000/12345 is about login.
            Version 756.1234.5678.97.1 of the tool
            CPF 529.982.247-25.1 is a test fixture id
            Door code is 4471.5 metres away
            Door code is 4471,5 metres from the gate
            The door code changed on 2024-05-01.
            La password del server è scaduta
            La password è nel vault
            La password è obbligatoria per lo staging
            Het wachtwoord van de NAS is verlopen
            Het wachtwoord is opgeslagen in 1Password
            A senha do banco é pessoal
            A senha é obrigatória para o staging
            パスワードは忘れた
            パスワードは8文字以上
            パスワードは 1Password で管理
            パスワードはLastPassに保存
            Zugangsdaten für Jira: im Passwortmanager
            Stack: React / TypeScript
            Stack: react / TypeScript5
            Editors: VSCode / IntelliJ 2024
            Frontend: Vue 3 / Vite 5.2
            Paths: src / main/java/App2024.java
            Conto economico 2024 chiuso
            Il racconto 2024 è pronto
            Rekening 2024 voor de kantine
            Conta de luz 2024 paga
            Contact 12345678 support desk
            Account 2023/2024 budget review
            Conto 2023/2024 chiuso
            PIN reset requests this quarter: 1200 tickets
            Key takeaway: ship smaller PRs
            Key: F5 reloads the dashboard
            Boarding pass: printed at the desk
            Token (JWT): short-lived, 15 minutes
            Token budget 8000 tokens for the summariser
            The secret ingredient is test coverage
            Office address: Example AG, Seestrasse 12, 8002 Zürich
            Visitors go to Globex Ltd, 40 Bank Street, Canary Wharf
            Unser Firmensitz ist Hafenstraße 3, Hamburg
            Zamówienie 66012345 było testowe
            Passport photos must be 35x45 mm
            Door code rollout finished in March
            Search results use ?page_token=abc123xyz for paging
            Birthday reminders feature launches 2025-06-01 in the HR tool
            Birthday campaign goes live on 01.07.2025
            The project was born on 2019-04-01 as a hackathon idea
            Our newsletter was born on 14.03.2021 and now has 4000 readers
            Password: see the 1Password vault Infra
            Passwort: siehe KeePass-Eintrag Jenkins
            Mot de passe : voir le coffre Bitwarden de l'équipe
            Password: ask Marta on Slack
            Timestamps like 1714567890 in the access log
            Cutover at unix time 1712345678 on the old cluster
            Ratio 20 / 30 / 40 across the three pools
            Clone over https://git@github.com/acme/app.git
            Runs docker run -u 1000:1000 for the builder
            Changed the password to something longer
            Set the password to expire yearly
            Hasło to podstawa bezpieczeństwa
            Support mailbox help@acme.example / ticket queue
            東京都渋谷区のオフィスで勤務
            渋谷区のイベントは2024年5月1日
            大阪市の人口は270万人
            第3区画の12番
            誕生日パーティーは計画中
            Release 2月14日 for the 生产 cluster
            会議は2月14日です
            Nasceu o projeto em 2024
            Nascimento do produto em 14/02/2024 no roadmap
            Integer overflow at 2147483647 in the billing service
            The bug only reproduces with pagination offset 60012345
            Clone the repo via git@github.com:acme/api.git
            SORT_KEY=created_at in the events table
            PRIMARY_KEY=id for every table
            Connect with mysql -u app -p and type it when asked
            Handy code 1234 lines long for the parser
            The code secret sauce is 2024 ready
            Ci vediamo in piazza alle 5 dopo lo standup
            Sends the weekly report via email 5 minutes before the call
            Password remains the default until the SSO rollout
            Team offsite at 747 Howard Street, Moscone Center
            Send the demo hardware to the warehouse at 12 Industrial Way
            Conference venue: 1 Market Street, San Francisco
            IP allowlist: 192.168.10.0/24 and 10.20.30.40
            Amazon order 309-8246469-2469973 is the replacement keyboard
            Employee ID no. 204817 for the HR portal
            Customer account 100234567 in Salesforce escalated twice
            Company birthday (founded 14.05.2010) is celebrated each year
            The DOB field in the HR form is optional since 2023-01-01
            Meeting: born-digital archive project kickoff on 2024-05-14
            """)
    void leavesOrdinaryTextAlone(String text) {
        ScreenedEntry s = screen(text);
        assertThat(s.findings()).as(text).isEmpty();
        assertThat(s.entry().text()).isEqualTo(text);
    }

    /**
     * A red-team pass of 2026-11-27 (every value made up): sensitive values as people write them, in nine languages,
     * which must be masked (S), and work lines that look like them, which must be left alone (N). The lines the screen
     * got right then; this keeps them right.
     */
    @ParameterizedTest(name = "[{index}] {0} {1}: {3}")
    @CsvFileSource(resources = "/sensitive/written-values.csv", numLinesToSkip = 1,
            ignoreLeadingAndTrailingWhitespace = false)
    void screensValuesAsPeopleWriteThem(String expect, String category, String value, String text) {
        ScreenedEntry s = screen(text);
        if (expect.equals("S")) {
            assertThat(s.entry().text()).as(text).doesNotContain(value);
            if (category.equals("business-id")) { // a business's number is its own kind, never a phone or a person's id
                assertThat(s.findings()).as(text).extracting(f -> f.kind()).containsOnly(SensitivePolicy.BUSINESS_ID);
            }
        } else {
            assertThat(s.findings()).as(text).isEmpty();
        }
    }
}
