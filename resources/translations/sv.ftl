# Payment Insights på svenska (översatt från en.ftl).

days = { " " }dagar

job-is-still-running-wait-until = "{ $job }" körs fortfarande. Vänta tills det är klart, eller avbryt det.

what-could-not-be-started-reason = "{ $what }" kunde inte startas: { $reason }. Stäng andra program och försök igen.

what-stopped-unexpectedly-try-again-if = "{ $what }" avbröts oväntat. Försök igen; om det händer igen, kontrollera filerna.

none-3c6b18 = (inget)

not-in-file = (finns inte i filen)

required-not-found = (obligatoriskt: hittades inte)

assumed-no-discounts-in-the-data = , antaget: inga rabatter i data

n1-year = 1 år

n1-30-days-overdue = 1–30 dagar förfallna

n3-months = 3 månader

n31-60-days-overdue = 31–60 dagar förfallna

n6-months = 6 månader

a-cash-discount-of-value-is = En kassarabatt på { $value } % ligger utanför det tillåtna intervallet 0 till { $max } %.

a-credit-limit-of-value-is = En kreditgräns på { $value } ligger utanför det tillåtna intervallet 0 till { $max }.

a-log-loss-at-least-15 = A: log loss minst 15 % under den naiva baslinjen; B: 8–15 %; C: 3–8 %; D: mindre än 3 % (knappt bättre än att gissa de vanliga andelarna).

a-model-that-learns-from-it = En modell som lär sig av det ser utmärkt ut på tidigare fakturor, men värdet är inte känt för öppna fakturor, så modellens förutsägelser för dem blir fel. Använd det bara för att testa.

a-model-trained-only-on-what =
    { $open ->
        [one] En modell som bara tränats på det som var känt { $date } ({ $invoices } betalda fakturor att lära av) förutsade den { $open } faktura som var öppen den dagen. { $outcomes }
       *[other] En modell som bara tränats på det som var känt { $date } ({ $invoices } betalda fakturor att lära av) förutsade de { $open } fakturor som var öppna den dagen. { $outcomes }
    }

a-payment-reminder-had-gone-out = En betalningspåminnelse hade skickats när fakturan bedöms, före dess förfallodag.

a-payment-reminder-has-been-sent = En betalningspåminnelse har skickats

a-policy-needs-a-name-and = En policy behöver ett namn och gäller en kund eller ett filter, inte en enskild faktura

a-reminder-value-days-before-the =
    { $value ->
        [one] En påminnelse { $value } dag före förfallodagen ligger utanför det tillåtna intervallet 0 till { $max } dagar.
       *[other] En påminnelse { $value } dagar före förfallodagen ligger utanför det tillåtna intervallet 0 till { $max } dagar.
    }

accuracy = Träffsäkerhet

after = Efter

all-months-together-accuracy-accuracy-log = Alla månader tillsammans: träffsäkerhet { $accuracy }, log loss { $log_loss }, betyg { $grade }

always-used-predictions-depend-on-the = Används alltid: förutsägelserna beror på fakturans ålder

amount = Belopp

any = Alla

appearance = Utseende

apply-to-invoices-open-now-too = Tillämpa även på fakturor som är öppna nu

as-of = Per

as-the-model-saw-the-customer = Så som modellen såg kunden i början av { $date }, före den dagens betalningar ({ $count }).

average-days-after-the-due-date = Genomsnittligt antal dagar efter förfallodatum som kunden betalade (negativt: i förtid).

average-days-late = Genomsnittligt antal dagar sent

average-days-late-of-the-customers = Genomsnittligt antal dagar sent för kundens fem senast betalda fakturor.

back-to-customer = Tillbaka till { $customer }

backtest = Backtest

backtest-12-months = Backtest (12 månader)

backtest-done = Backtest klart

backtest-training-as-of-date = Backtest: träning per { $date }

bad-debt-rate-of-very-late = Kundförlustandel för mycket sena belopp

baseline-accuracy = Baslinjens träffsäkerhet

baseline-log-loss = Baslinjens log loss

before = Före

before-trusting-a-model-see-how = Innan du litar på en modell, se hur den skulle ha klarat sig: välj ett tidigare datum, så förutsäger en modell som bara tränats på det som var känt då de fakturor som var öppna då, bredvid hur de faktiskt betalades.

benefit-of-earlier-cash = Nytta av tidigare betalning

benefit-of-fewer-very-late = Nytta av färre mycket sena

both-columns-are-measured-on-the = Båda kolumnerna mäts på kandidatens testfakturor (den senaste femtedelen av dess data). Listan Versioner nedan visar varje versions resultat på dess egna testfakturor när den tränades, så den publicerade versionens siffror där kan skilja sig något.

bucket = Kategori

building-point-in-time-features = Bygger egenskaper vid given tidpunkt

by-today-every-one-of-them = Per { $today } har var och en av dem ett utfall.

csv = CSV

csv-dialect = CSV, { $dialect }

calendar-month-of-the-invoice-date = Kalendermånad för fakturadatumet.

cancel = Avbryt

cancelled = Avbrutet.

candidate = Kandidat

candidate-version-version-trained-trained-at =
    { $rows ->
        [one] Kandidat: version { $version } tränad { $trained_at } på { $invoices } fakturor ({ $rows } rad)
       *[other] Kandidat: version { $version } tränad { $trained_at } på { $invoices } fakturor ({ $rows } rader)
    }

cannot-be-used-reason = Kan inte användas: { $reason }

cannot-open-file-reason-check-that = Det går inte att öppna { $file }: { $reason }. Kontrollera att filen finns och inte är öppen i ett annat program.

cannot-read-the-mapping-file-file = Det går inte att läsa mappningsfilen { $file }: { $reason }. Kontrollera sökvägen som angavs med --mapping.

cash-discount-8d858c = Kassarabatt %

cash-discount-days = Kassarabattdagar

cash-discount-offered-for-early-payment = Kassarabatt som erbjuds vid tidig betalning, 0 om ingen.

cash-forecast = Likviditetsprognos

change = Ändring

change-payment-terms = Ändra betalningsvillkor

change-the-credit-limit = Ändra kreditgränsen

change-the-mapping-and-import-again = Ändra mappningen och importera igen…

changes = Ändringar

changes-apply-at-once-and-are = Ändringar gäller direkt och sparas till nästa start.

check-the-mapping-of-files-file =
    { $files ->
        [one] Kontrollera mappningen av filen och importera sedan
       *[other] Kontrollera mappningen av { $files } filer och importera sedan
    }

checking-file = Kontrollerar { $file }

choose-csv-or-excel-files-customers = Välj CSV- eller Excel-filer: kunder, fakturor och betalningar, eller en fakturalista med betaldatum

choose-a-column-for-every-required = Välj först en kolumn för varje obligatoriskt fält (markerat med *) och ordningen för tvetydiga datum

choose-a-customer = Välj en kund

choose-an-open-invoice-to-see = Välj en öppen faktura för att se orsakerna.

choose-another-customer = Välj en annan kund…

choose-customers-invoices-and-payments-or = Välj kunder, fakturor och betalningar (eller en fakturalista)

choose-files = Välj filer…

choose-how-these-dates-are-written = Välj hur dessa datum är skrivna

choose-your-companys-history-as-csv = Välj företagets historik som CSV- eller Excel-filer: kunder, fakturor och betalningar som tre tabeller, eller en fakturalista med det datum då varje faktura betalades. Kolumnerna matchas automatiskt (engelska, svenska och nederländska namn samt exporter från Dynamics 365, Business Central, SAP, QuickBooks och Xero); kontrollera matchningarna nedan innan du importerar.

choosing-files = Väljer filer

choosing-the-regularisation-by-validation = Väljer regularisering genom validering

clear-filter = Rensa filter

close-the-look-back = Stäng tillbakablicken

collections-worklist = Arbetslista för inkasso

column = Kolumn

column-in-the-file = Kolumn i filen

columns-never-offered = Kolumner som aldrig erbjuds

# Kolumnrubrik på skärmen Fält: hur stor andel av raderna som har ett värde.
complete = Fullständighet

cost-of-capital-a-year = Kapitalkostnad (% per år)

country-region = Land/region

country-region-region = Land/region: { $region }

credit-limit-8240d4 = Kreditgräns

credit-limit-amount = Kreditgräns { $amount }

credit-use = Kreditutnyttjande

currency = Valuta

current-exposure = Aktuell exponering

customer = Kund

customer-id-1186e5 = Kund-ID

customer-contains = Kund innehåller

customer-for-days = Kund i { $days }

customer-for-years-years = Kund i { $years } år

customer-group = Kundgrupp

customer-group-empty-any = Kundgrupp (tom: alla)

customer-group-group = Kundgrupp: { $group }

customer-has-paid-count-invoices-before =
    { $count ->
        [one] Kunden har betalat { $count } faktura tidigare
       *[other] Kunden har betalat { $count } fakturor tidigare
    }

customer-has-count-open-invoices =
    { $count ->
        [one] Kunden har { $count } öppen faktura
       *[other] Kunden har { $count } öppna fakturor
    }

customer-history = Kundhistorik

customer-id-52f2d5 = Kund-id

customer-last-paid-days-ago = Kunden betalade senast för { $days } sedan

customer-name = Kundnamn

customer-paid-share-of-past-invoices-a6f358 = Kunden betalade { $share } av tidigare fakturor 1–{ $n } dagar sent

customer-paid-share-of-past-invoices-5c7451 = Kunden betalade { $share } av tidigare fakturor mer än { $n } dagar sent

customer-pays-days-early-on-average = Kunden betalar i genomsnitt { $days } för tidigt

customer-pays-days-late-on-average = Kunden betalar i genomsnitt { $days } för sent

customer-uses-share-of-its-credit = Kunden utnyttjar { $share } av sin kreditgräns

customers-open-invoices-total-amount = Kundens öppna fakturor uppgår till { $amount }

customers-overdue-invoices-total-amount = Kundens förfallna fakturor uppgår till { $amount }

customers = Kunder

customers-ranked-by-the-amount-expected = Kunder rangordnade efter belopp som förväntas betalas sent eller mycket sent

customers-with-the-largest-amount-expected = Kunder med störst belopp som förväntas betalas sent eller mycket sent visas först. En kund eller faktura som klickas på skärmen Förutsägelser öppnas också här.

dso-90-days = DSO (90 dagar)

dark = Mörkt

data = Data

data-as-of = Data per

data-folder = Datamapp

day-first-d-m-yyyy = Dag först (D/M/YYYY)

days-after-the-invoice-date-within = Antal dagar efter fakturadatumet inom vilka rabatten får utnyttjas, 0 om ingen.

days-between-the-invoice-date-and = Antal dagar mellan fakturadatum och förfallodatum.

days-from-the-prediction-date-to = Antal dagar från förutsägelsedatumet till förfallodatumet (negativt när det har passerat).

days-late-caf3c4 = Dagar sent

days-past-due-0517f8 = Dagar efter förfallodatum

days-past-due-of-the-customers = Antal dagar efter förfallodatum för kundens äldsta förfallna faktura, 0 om ingen.

days-since-the-customer-last-paid = Antal dagar sedan kunden senast betalade något.

days-since-the-customers-first-invoice = Antal dagar sedan kundens första faktura.

days-the-invoice-is-already-past = Antal dagar som fakturan redan är förfallen, 0 om den inte har förfallit ännu.

days-to-cash-after = Dagar till betalning efter

days-to-cash-before = Dagar till betalning före

delete-policy = Ta bort { $policy }

delivery-paper-electronic = Leverans (papper/elektronisk)

description = Beskrivning

discard = Förkasta

discount = Rabatt %

discount-cost = Rabattkostnad

discount-days-of-value-are-more = { $value } rabattdagar är fler än betalningsvillkoret på { $terms } dagar: rabatten måste utnyttjas inom villkoret.

discount-days-of-value-are-outside = { $value } rabattdagar ligger utanför det tillåtna intervallet 0 till { $max } dagar.

discount-if-paid-within-days = Rabatt vid betalning inom { $days }

dismiss = Stäng

disputed-465681 = Omtvistad

do-not-publish = Publicera inte

done = Klart

drop-csv-or-excel-files-to = Släpp CSV- eller Excel-filer här för att importera dem: kunder, fakturor och betalningar, eller en fakturalista

due = Förfaller

due-date = Förfallodatum

due-date-passed-days-ago = Förföll för { $days } sedan

due-in-days = Förfaller om { $days }

dunning-level = Påminnelsenivå

electronic-billing-5cb2c8 = E-fakturering

empty-for-open-missing-of-open = Tomt för { $open_missing } av { $open } öppna fakturor men ifyllt för betalda: värdet blir känt först efter betalning.

every-invoice-in-this-data-is = Alla fakturor i dessa data är betalda, så per { $as_of } finns det inget att förutsäga. Blicka tillbaka till ett tidigare datum för att se vad en modell som tränats på det som var känt då skulle ha förutsagt för de fakturor som var öppna då, och hur de faktiskt betalades.

excel-error-value-in-the-cell = Excel-felvärde i cellen

excel-workbook = Excel-arbetsbok

excel-sheet-sheet = Excel, blad "{ $sheet }"

expected-amount = Förväntat belopp

expected-amounts-by-how-overdue-the = Förväntade belopp efter hur länge fakturorna varit förfallna

expected-cash-in-per-week-by = Förväntade inbetalningar per vecka, efter den kategori som pengarna förväntas komma in i

expected-late-very-late = Förväntat sent + mycket sent

expected-very-late = Förväntat mycket sent

expected-bucket = Förväntat { $bucket }

explaining-every-open-invoice = Förklarar varje öppen faktura

export-csv = Exportera CSV…

export-excel = Exportera Excel…

exported-rows-predictions-to-path =
    { $rows ->
        [one] Exporterade { $rows } förutsägelse till { $path }.
       *[other] Exporterade { $rows } förutsägelser till { $path }.
    }

exporting-predictions = Exporterar förutsägelser

f1 = F1

field-c326a4 = Fält

field-field-was-not-used-reason = Fältet { $field } användes inte: { $reason }

fields = Fält

fields-the-model-learns-from = Fält som modellen lär sig av

file-2c3caf = Fil

file-526613 = Fil:

files-read = Inlästa filer

filter-d7decf = Filter

filter-6eab89 = Filter:

filtering-and-sorting-total-invoices =
    { $total ->
        [one] Filtrerar och sorterar { $total } faktura…
       *[other] Filtrerar och sorterar { $total } fakturor…
    }

finding-the-invoices-to-learn-from = Söker fakturor att lära av

first-value = Första värdet

fitting-on-the-earlier-invoices = Anpassar på de tidigare fakturorna

flag = Flagga

flag-for-collections-when-p-on = Flagga för inkasso när P(i tid) är under

flagged = Flaggad

flagged-p-on-time-threshold = Flaggad (P(i tid) < { $threshold })

flagged-only = Endast flaggade

for-data-where-very-late-payments = För data där mycket sena betalningar är sällsynta

for-each-of-the-last-12 = För var och en av de senaste 12 månadsstarterna: träna på det som var känt då, förutsäg de fakturor som var öppna då och jämför med hur de betalades

form-one-invoice-ledger-with-paid = Form: en fakturalista med betaldatum.

form-separate-tables-customers-invoices-payments = Form: separata tabeller (kunder, fakturor, betalningar).

gives-the-outcome-away-reason = Avslöjar utfallet: { $reason }

grade = Betyg

grade-grade-accuracy-accuracy-log-loss = Betyg { $grade }, träffsäkerhet { $accuracy }, log loss { $log_loss }, { $fields } fält

group = Grupp

how-it-is-worked-out-formula = Så beräknas det: { $formula }

how-long-the-invoice-has-been = Hur länge fakturan har varit öppen när förutsägelsen görs.

how-many-days-before-the-due = Hur många dagar före förfallodagen den senaste påminnelsen skickades; tomt tills en har skickats, och när fakturan har förfallit.

how-many-of-the-customers-invoices = Hur många av kundens fakturor som hade betalats före denna tidpunkt.

import = Importera

import-data-before-training-a-model = Importera data innan du tränar en modell.

import-data-first = Importera data först.

import-data-first-the-fields-are = Importera data först: fälten är kolumnerna i dina filer.

import-more-history = Importera mer historik.

import-report-no-problems-found = Importrapport: inga problem hittades.

import-report-issues-issues = Importrapport: { $issues } problem

import-these-files = Importera dessa filer

import-your-own-data = Importera egna data…

imported-column-name-category = Importerad kolumn "{ $name }" (kategori).

imported-column-name-date = Importerad kolumn "{ $name }" (datum).

imported-column-name-number = Importerad kolumn "{ $name }" (tal).

imported-column-name-days-after-the = Importerad kolumn "{ $name }": dagar efter fakturadatumet.

# Rubrik för importinställningarna på skärmen Inställningar.
importing = Import

importing-data = Importerar data

improving = Förbättras

in-effect = Gäller

in-file-column-column-is-used = I { $file } används kolumnen "{ $column }" som { $field } men innehåller inga datum (till exempel "{ $example }"). Datum läses som { $formats }. Välj en annan kolumn för { $field }, eller ange kolumnens format under [ROLE.date_formats] i mappningsfilen.

influence = Påverkan

instead-of-the-systems-file-dialog = I stället för systemets fildialog: för datorer där den dialogen inte öppnas

invoice = Faktura

invoice-age = Fakturaålder

invoice-amount = Fakturabelopp

invoice-amount-at-least = Fakturabelopp minst

invoice-amount-amount = Fakturabelopp { $amount }

invoice-date = Fakturadatum

invoice-dated-in-the-last-two-02c76b = Fakturan är daterad under de två sista veckorna i december.

invoice-dated-in-the-last-two-704f62 = Fakturan är daterad under de två sista veckorna i ett kvartal.

invoice-id = Faktura-id

invoice-is-days-old = Fakturan är { $days } gammal

invoice-is-times-the-customers-average = Fakturan är { $times }× kundens genomsnitt

invoice-ledger-with-paid-date = Fakturalista (med betaldatum)

invoice-number = Fakturanummer

invoiced-amount-of-the-customers-unpaid-ccf826 = Fakturerat belopp för kundens obetalda fakturor (delbetalningar inte avdragna), denna inräknad.

invoiced-amount-of-the-customers-unpaid-aea6fd = Fakturerat belopp för kundens obetalda fakturor som redan har förfallit (delbetalningar inte avdragna).

invoiced-in-currency = Fakturerad i { $currency }

invoices = Fakturor

invoices-paid-more-than-n-days = Fakturor som betalas mer än N dagar efter förfallodatum räknas som mycket sena

invoices-to-learn-from-counts = Fakturor att lära av: { $counts }.

invoices-with-an-outcome = Fakturor med utfall

issued-in-month = Utfärdad i { $month }

it-learned-from-fields-that-give = Den lärde sig av fält som avslöjar utfallet: { $fields }. Deras värden blir kända först när en faktura har betalats, så resultaten på tidigare fakturor ser mycket bättre ut än förutsägelserna för öppna fakturor kommer att bli.

it-never-varied-in-the-training = Värdet varierade aldrig i träningsdata, så modellen kan inte lära sig dess effekt.

it-uses-other-buckets-buckets-so = Den använder andra kategorier ({ $buckets }), så dess mått skulle mäta något annat.

its-name-word-suggests-it-is = Namnet ("{ $word }") tyder på att det beräknas från betalningen, som inte är känd för öppna fakturor.

keep-it-out = Uteslut det

language = Språk

larger-files-are-refused-saying-the = Större filer avvisas med uppgift om hur mycket minne de skulle kräva: en CSV-fil kräver ungefär nio gånger sin storlek.

largest-file-to-import-mb = Största fil att importera (MB)

last-payment = Senaste betalning

last-reminder-date = Senaste påminnelsedatum

late = Sent

late-1-n-days = Sent (1–{ $n } dagar)

late-means-1-to-n-days = Sent betyder 1 till N dagar efter förfallodatum; N =

later = Senare

later-after-these-weeks-or-past = Senare: efter dessa veckor, eller förfallet längre än någon betald faktura någonsin varit, så det går inte att säga när betalningen kommer.

learned-from-fields-that-give-the = Lärde sig av fält som avslöjar utfallet ({ $fields }): resultaten nedan överdriver hur väl den förutsäger öppna fakturor.

left-out-for-too-little-history = Utelämnade på grund av för lite historik före dem att träna på: { $months }

light = Ljust

like-the-system = Som systemet

listing-the-fields = Listar fälten

loading-the-data = Läser in data…

loading-the-published-model = Läser in den publicerade modellen

log-loss = Log loss

look-back = Tillbakablick

look-back-to = Blicka tillbaka till

look-back-done = Tillbakablick klar

look-back-predictions-as-of-date = Tillbakablick: förutsägelser per { $date }

looking-back = Blickar tillbaka

looks-like-an-identifier-almost-every = Ser ut som en identifierare: nästan varje rad har ett eget värde.

macro-f1 = Makro-F1

manage-policies = Hantera policyer…

match = Matchning

model = Modell

model-file-file-cannot-be-used = Modellfilen { $file } kan inte användas: { $problem }

model-file-file-problem = Modellfilen { $file }: { $problem }

model-version-version-does-not-exist = Modellversion { $version } finns inte. `list` visar versionerna.

models-of-the-data-in-use = Modeller för de data som används

month = Månad

month-first-m-d-yyyy = Månad först (M/D/YYYY)

more-than-60-days-overdue = Mer än 60 dagar förfallna

most-likely = Mest sannolik

most-likely-bucket = Mest sannolik kategori

name = Namn

nearness-to-the-due-date = Närhet till förfallodagen

needs-a-published-model-and-no = Kräver en publicerad modell och att inget jobb körs

net-benefit = Nettonytta

new-folder = Ny mapp

no = Nej

no-credit-limit-0edd96 = Ingen kreditgräns

no-customer-has-this-id = Ingen kund har detta id

no-customers-id-or-name-contains = Ingen kunds id eller namn innehåller denna text.

no-data-folder-could-be-found = Ingen datamapp kunde hittas eller skapas, så inställningar och modeller sparas inte när appen stängs.

no-data-is-open = Inga data är öppna.

no-data-loaded = Inga data inlästa

no-data-yet-use-import-your = Inga data ännu. Använd "Importera egna data…" för att välja dina filer.

no-field-is-selected-tick-at = Inget fält är valt. Markera minst ett fält och träna igen.

no-model-was-published-yet-one = Ingen modell hade publicerats ännu: en modell tränades på dessa data med standardfälten och publicerades.

no-model-yet-it-is-prepared = Ingen modell ännu: den förbereds när data har lästs in.

no-open-invoice-matches-the-scenarios = Ingen öppen faktura matchar scenariots urval.

no-open-invoices-in-this-scope = Inga öppna fakturor i detta urval: inget att ändra.

no-predictions-yet-a-published-model = Inga förutsägelser ännu: en publicerad modell krävs. Träna en på skärmen Fält och publicera den.

no-values-in-the-data = Inga värden i data.

no-versions-stored-yet = Inga versioner sparade ännu.

none-of-the-files-files-looks = Ingen av filerna ({ $files }) ser ut som en fakturatabell. En fakturatabell behöver kolumner för fakturanummer, kund, fakturadatum, förfallodatum och belopp: mappa dem manuellt, eller kontrollera att rätt export valdes.

none-of-these-invoices-has-an = Ingen av dessa fakturor har något utfall ännu, så förutsägelserna kan inte bedömas. Blicka längre tillbaka.

not-enough-history = Inte tillräckligt med historik

not-published = Inte publicerad

not-yet-due = Ej förfallen

note = Obs

nothing-is-open = Inget är öppet

nothing-usable-was-imported-from-file =
    { $rows ->
        [one] Inget användbart importerades från { $file }: dess enda rad hade ett problem (se importrapporten). Problemet: { $most_common }.
       *[other] Inget användbart importerades från { $file }: alla dess { $rows } rader hade ett problem (se importrapporten). Det vanligaste: { $most_common }.
    }

now-value = Nu: { $value }

number-of-the-customers-unpaid-invoices = Antal obetalda fakturor för kunden.

ok = OK

observed-share = Observerad andel

offer-a-cash-discount = Erbjud kassarabatt

oldest-overdue-invoice-is-days-past = Den äldsta förfallna fakturan har varit förfallen i { $days }

on-its-own-it-tells-the = Ensamt anger det betalningskategorin för { $share } % av de betalda fakturorna: det beräknas nästan säkert från betalningen.

on-time = I tid

one-invoice-ledger-with-paid-dates = En fakturalista med betaldatum.

only-count-invoices-ended-bucket-at =
    { $count ->
        [one] Bara { $count } faktura hamnade i "{ $bucket }"; minst 30 per kategori krävs. { $suggestion }
       *[other] Bara { $count } fakturor hamnade i "{ $bucket }"; minst 30 per kategori krävs. { $suggestion }
    }

only-count-paid-invoices-can-be-b7f99a =
    { $count ->
        [one] Bara { $count } betald faktura finns att lära av; minst 100 krävs. Importera en längre historik.
       *[other] Bara { $count } betalda fakturor finns att lära av; minst 100 krävs. Importera en längre historik.
    }

only-count-paid-invoices-can-be-acccef =
    { $count ->
        [one] Bara { $count } betald faktura finns att lära av; minst { $min } krävs.
       *[other] Bara { $count } betalda fakturor finns att lära av; minst { $min } krävs.
    }

only-share-of-rows-have-a = Bara { $share } % av raderna har ett värde.

# Samma nyckel används för status (öppen faktura) och för knappen i appens filväljare ("Öppna"); statusformen valdes. Koden bör dela upp nyckeln.
open = Öppen

open-the-chosen-files = Öppna

open-amount = Öppet belopp

open-amount-at-least = Öppet belopp minst

open-balance = Öppet saldo

open-balance-divided-by-the-credit = Öppet saldo delat med kreditgränsen (1 = vid gränsen).

open-folder = Öppna mapp

open-folder-folder = Öppna mapp: { $folder }

open-invoices = Öppna fakturor

open-the-sample-data-instead = Öppna exempeldata i stället

open-amount-paid = Öppen, { $amount } betalt

opening-the-data-of-the-last = Öppnar data från förra sessionen

other-columns-kept-as-candidate-fields = Övriga kolumner, sparade som möjliga fält: { $columns }

overdue-balance = Förfallet saldo

p-on-time-after = P(i tid) efter

p-on-time-after-share = P(i tid) efter: { $share }

p-on-time-before = P(i tid) före

p-on-time-before-share = P(i tid) före: { $share }

paid = Betald

paid-settled-date = Betaldatum/regleringsdatum

paid-date = Betald { $date }

paperless-billing-since = Papperslös fakturering sedan

paperless-since = Papperslös sedan

parent-folder = Överordnad mapp

payment-amount = Betalningsbelopp

payment-date = Betalningsdatum

payment-history-days-late-per-invoice = Betalningshistorik: dagar sent per faktura

payment-terms-days-fd94d8 = Betalningsvillkor (dagar)

payment-terms-of-value-days-are =
    { $value ->
        [one] Betalningsvillkor på { $value } dag ligger utanför det tillåtna intervallet 0 till { $max } dagar.
       *[other] Betalningsvillkor på { $value } dagar ligger utanför det tillåtna intervallet 0 till { $max } dagar.
    }

payment-terms-days-e7e56b = Betalningsvillkor { $days }

payments = Betalningar

perfect-calibration = Perfekt kalibrering

policies-in-effect-policies-they-change =
    { $invoices ->
        [one] Gällande policyer: { $policies }. De ändrar { $invoices } faktura; förväntade belopp: { $changes }.
       *[other] Gällande policyer: { $policies }. De ändrar { $invoices } fakturor; förväntade belopp: { $changes }.
    }

policy-name = Policynamn

precision = Precision

predicted = Förutsagt

predicted-probability = Förutsagd sannolikhet

predicting-the-invoices-open-on-date = Förutsäger de fakturor som var öppna { $date }

predictions = Förutsägelser

preparing-the-model = Förbereder modellen

problem = Problem

publish = Publicera

publish-anyway = Publicera ändå

publish-version-version-83ac0b = Publicera version { $version }

publish-version-version-95f8a3 = Publicera version { $version }?

published = Publicerad

published-version-version-on-the-same = Publicerad (version { $version }), på samma testfakturor

published-before = Tidigare publicerad

published-version-version-trained-trained-at =
    { $rows ->
        [one] Publicerad: version { $version } tränad { $trained_at } på { $invoices } fakturor ({ $rows } rad), data per { $as_of }
       *[other] Publicerad: version { $version } tränad { $trained_at } på { $invoices } fakturor ({ $rows } rader), data per { $as_of }
    }

publishing = Publicerar

quality-on-its-own-test-invoices = Kvalitet på egna testfakturor

read-as = Läs som

read-the-same-files-again-and = Läs samma filer igen och visa mappningen för att rätta den

reading-files = Läser filer

recall = Täckning

recent-invoices-paid-days-early-on = Senaste fakturorna betalades i genomsnitt { $days } för tidigt

recent-invoices-paid-days-late-on = Senaste fakturorna betalades i genomsnitt { $days } för sent

refitting-on-all-paid-invoices = Anpassar om på alla betalda fakturor

refresh = Uppdatera

reminded-744404 = Påmind

reminded-on-the-due-date = Påmind på förfallodagen

reminded-days-before-the-due-date = Påmind { $days } före förfallodagen

reminder-days-before-due = Påminnelse (dagar före förfallodagen)

rename = Byt namn

resolve-disputes = Lös tvister

restore-the-default-rates = Återställ standardsatserna

return-to-the-previously-published-version = Gå tillbaka till den tidigare publicerade versionen

roll-back = Återställ

rolled-back-to-version-version-the = Återställd till version { $version }; de öppna fakturorna bedöms med den.

rolling-back = Återställer

row = Rad

run-backtest-12-months = Kör backtest (12 månader)

run-what-if = Kör analysen

sample-data = Exempeldata

save = Spara

save-as-policy = Spara som policy

save-every-open-invoice-with-its-bea509 = Spara alla öppna fakturor med sannolikheter och främsta orsaker som CSV

save-every-open-invoice-with-its-d1f4f3 = Spara alla öppna fakturor med sannolikheter och främsta orsaker som Excel-arbetsbok

save-the-predictions = Spara förutsägelserna

saved-policies = Sparade policyer

# Används som subjekt: "{ $what } misslyckades: …" och "{ $what } avbröts; …".
saving-the-first-model = Att spara den första modellen

# Används som subjekt i felmeddelanden.
saving-the-trained-model = Att spara den tränade modellen

# Förloppstext när bedömningen är klar.
scored = Bedömning klar

scoring-after-the-change = Bedömning efter ändringen

scoring-applies-saved-policies-to-the = Bedömningen tillämpar sparade policyer på de fakturor de gäller

scoring-applies-the-policies-in-effect = Bedömningen tillämpar gällande policyer på de fakturor de gäller. Stäng av en för att se förutsägelserna utan den; den sparas.

scoring-before-the-change = Bedömning före ändringen

scoring-open-invoices = Bedömer öppna fakturor

# Används som subjekt i felmeddelanden.
scoring-the-open-invoices = Bedömningen av de öppna fakturorna

search-all-customers-by-id-or = Sök bland alla kunder på id eller namn

search-customers = Sök kunder

select-the-path-to-copy-it = Markera sökvägen för att kopiera den

send-a-payment-reminder = Skicka en betalningspåminnelse

sent-electronically-e-mail-edi-portal = Skickas elektroniskt (e-post, EDI, portal) i stället för på papper.

separate-tables-customers-invoices-payments = Separata tabeller (kunder, fakturor, betalningar).

settings = Inställningar

settings-remembered-column-mappings-policies-and = Inställningar, sparade kolumnmappningar, policyer och modeller sparas i den här mappen på den här datorn; inget lämnar den.

settling-invoices-from-payments = Reglerar fakturor utifrån betalningar

share-of-the-customers-paid-amount-703e5c = Andel av kundens betalda belopp som kom 1–{ $n_late } dagar sent.

share-of-the-customers-paid-amount-047f53 = Andel av kundens betalda belopp som kom mer än { $n_late } dagar sent.

share-of-the-customers-paid-invoices-a317f4 = Andel av kundens betalda fakturor som betalades 1–{ $n_late } dagar sent.

share-of-the-customers-paid-invoices-7edf35 = Andel av kundens betalda fakturor som betalades mer än { $n_late } dagar sent.

show-hidden-files = Visa dolda filer

show-this-customer = Visa den här kunden

show-this-folder-in-your-file = Visa den här mappen i filhanteraren

show-this-invoice-and-its-customer = Visa den här fakturan och dess kund

show-why-this-invoice-is-predicted = Visa varför fakturan fått den här förutsägelsen

showing-shown-of-total-customers =
    { $total ->
        [one] Visar { $shown } av { $total } kund
       *[other] Visar { $shown } av { $total } kunder
    }

showing-shown-of-total-open-invoices =
    { $total ->
        [one] Visar { $shown } av { $total } öppen faktura
       *[other] Visar { $shown } av { $total } öppna fakturor
    }

skill-over-baseline = Förbättring mot baslinjen

some-date-columns-can-be-read = Vissa datumkolumner kan läsas med månaden först eller dagen först, och data avgör inte vilket: { $columns }. Välj M/D/YYYY eller D/M/YYYY för var och en (på mappningsskärmen eller under [ROLE.date_formats] i mappningsfilen).

sort-by-this-column-click-again = Sortera efter den här kolumnen; klicka igen för omvänd ordning

sort-by-column = Sortera efter { $column }

starting = Startar

status = Status

steady = Stabil

still-open = Fortfarande öppen

stopped-because-other-data-was-loaded = Stoppades eftersom andra data lästes in: { $jobs }.

summing-the-portfolio = Summerar portföljen

switched-off-a-policy-is-kept = En avstängd policy sparas men ändrar ingenting

tables-csv-excel = Tabeller (CSV, Excel)

terms-days = Villkor (dagar)

test-invoices = Testfakturor

the-amount-divided-by-the-customers = Beloppet delat med kundens genomsnittliga faktura hittills (2 = dubbelt så mycket som vanligt).

the-backtest = Backtestet

the-baseline-always-predicts-the-usual = Baslinjen förutsäger alltid de vanliga andelarna och väljer "{ $bucket }".

the-bundled-sample-data-is-open = De medföljande exempeldata är öppna.

the-bundled-sample-model-is-in = Den medföljande exempelmodellen används.

the-column-mapping-remembered-for-next = Kolumnmappningen (sparas till nästa gång)

the-cost-of-capital-values-cash = Kapitalkostnaden värderar pengar som kommer in tidigare; kundförlustandelen är den andel av mycket sena belopp som aldrig drivs in. Båda används för att väga en kassarabatts kostnad mot dess nytta på skärmen Vad händer om.

the-customer-disputes-the-invoice = Kunden bestrider fakturan.

the-customers-country-or-region = Kundens land eller region.

the-customers-credit-limit = Kundens kreditgräns.

the-customers-group-or-segment = Kundens grupp eller segment.

the-data-has-no-customers = Data innehåller inga kunder.

the-data-of-your-last-session = Data från din förra session kunde inte öppnas igen: { $problem } Exempeldata visas så länge; dina filer finns på skärmen Importera.

the-dunning-level-the-export-records = Den påminnelsenivå exporten anger för fakturan.

the-export = Exporten

the-export-records-the-dunning-level = Exporten anger den påminnelsenivå som nåtts den dag den gjordes, inte den dag fakturan bedöms, och påminnelser följer på en missad förfallodag: den avslöjar förseningen.

the-fields-are-listed-once-the = Fälten listas när data och modellen har lästs in…

the-file-manager-could-not-open-f9cc61 = Filhanteraren kunde inte öppna { $folder } ({ $error }). Markera sökvägen på skärmen Inställningar, kopiera den och öppna den själv.

the-file-manager-could-not-open-ab8f9a = Filhanteraren kunde inte öppna { $folder } ({ $program } avslutades med { $status }). Markera sökvägen på skärmen Inställningar, kopiera den och öppna den själv.

the-folder-could-not-be-opened = Mappen kunde inte öppnas: { $program } startade inte ({ $error }). Markera sökvägen på skärmen Inställningar, kopiera den och öppna den i filhanteraren.

the-folder-folder-does-not-exist = Mappen { $folder } finns inte (längre). Den skapas igen nästa gång appen sparar något där.

the-import-was-cancelled = Importen avbröts.

the-import-was-cancelled-the-data = Importen avbröts; de data som visades tidigare behålls.

the-invoices-amount = Fakturans belopp.

the-invoices-currency = Fakturans valuta.

the-list-of-published-models-file-b4fced = Listan över publicerade modeller { $file } är skadad ({ $error }). Den sparades som { $kept } och byggdes upp igen från modellfilerna: publicerade versioner { $history }.

the-list-of-published-models-file-d837a8 = Listan över publicerade modeller { $file } saknades; den byggdes upp igen från modellfilerna.

the-look-back = Tillbakablicken

the-mapping-file-file-gives-an = Mappningsfilen { $file } anger ett okänt datumformat "{ $value }" för kolumnen "{ $column }". Använd något av: { $known }.

the-mapping-file-file-is-not = Mappningsfilen { $file } är inte giltig TOML vid { $place }. Kontrollera [section]-rubrikerna, citattecknen och likhetstecknen där, eller skriv filen på nytt med --save-mapping.

the-mapping-file-file-names-an = Mappningsfilen { $file } anger ett okänt fält "{ $key }" under [{ $role }.columns]. Kända fält: { $known }.

the-model-does-not-use-name = Modellen använder inte "{ $name }" (inte valt, eller så varierade det aldrig i träningsdata), så den kan inte avgöra effekten av att ändra { $what }.

the-model-store-folder-has-no = Modellarkivet { $folder } har inga versionsnummer kvar efter { $last }. Flytta de gamla modellfilerna ut ur mappen.

the-model-uses-the-field-field = Modellen använder fältet "{ $field }", som inte finns i aktuella data. Träna om modellen på dessa data.

the-open-invoices-are-being-scored = De öppna fakturorna bedöms…

the-policies = Policyerna

the-predictions-could-not-be-written = Förutsägelserna kunde inte skrivas till { $path } ({ $error }). Välj en annan mapp eller stäng filen om den är öppen i ett annat program.

the-published-version-version-cannot-be = Den publicerade versionen { $version } kan inte jämföras på samma fakturor: { $reason }

the-reasons-for-this-prediction-could = Orsakerna till den här förutsägelsen kunde inte tas fram: { $error }

the-remembered-column-mappings-in-file-8c3fec = De sparade kolumnmappningarna i { $file } kunde inte läsas ({ $error }); filen sparades som { $kept } och mappningarna börjar om tomma. Mappa dina filer på skärmen Importera igen.

the-remembered-column-mappings-in-file-1eb5f0 = De sparade kolumnmappningarna i { $file } kunde inte läsas ({ $error }); mappningarna börjar om tomma. Mappa dina filer på skärmen Importera igen.

the-same-value-everywhere = Samma värde överallt.

the-saved-policies-in-file-could = De sparade policyerna i { $file } kunde inte läsas ({ $error }); ingen policy tillämpas. Spara dem igen från skärmen Vad händer om.

the-saved-policy-name-in-file = Den sparade policyn "{ $name }" i { $file } kan inte tillämpas: { $error } Ingen policy tillämpas. Spara policyerna igen från skärmen Vad händer om.

the-saved-settings-in-file-could = De sparade inställningarna i { $file } kunde inte läsas ({ $error }); standardvärdena används. Ändra dem på skärmen Inställningar för att spara dem igen.

the-settings = Inställningarna

the-systems-file-dialog-could-not = Systemets fildialog kunde inte öppnas, så appens egen filväljare visas. Markera "Använd appens egen filväljare" på skärmen Inställningar för att alltid använda den.

the-value-value-for-the-field = Värdet { $value } för fältet "{ $key }" ligger utanför det tillåtna intervallet -{ $max } till { $max }.

the-what-if = Vad händer om-analysen

theme = Tema

there-is-no-earlier-published-version = Det finns ingen tidigare publicerad version att återställa till.

there-is-no-payment-information-no = Det finns ingen betalningsinformation: ingen betalningsfil och ingen kolumn för betaldatum/regleringsdatum i { $file }. Lägg till betalningsexporten, eller mappa kolumnen som innehåller det datum då varje faktura betalades.

there-is-no-published-model-yet-4f7356 = Det finns ingen publicerad modell ännu, så ingen Vad händer om-analys kan köras. Träna och publicera först en modell på skärmen Fält.

there-is-no-published-model-yet-62cdf6 = Det finns ingen publicerad modell ännu. Träna en och publicera den.

these-files-cannot-be-found-files = De här filerna hittas inte ({ $files }), så exempeldata visas. Importera dina filer med "Importera egna data…".

this-customer = Den här kunden

this-field-gives-the-outcome-away = Det här fältet avslöjar utfallet: { $reason }

this-invoice = Den här fakturan

ticked-although-they-give-the-outcome = Markerade trots att de avslöjar utfallet: { $fields }

too-few-invoices-in-a-bucket = För få fakturor i en kategori ({ $buckets }); varje kategori behöver minst { $min }.

total = Totalt

train = Träna

train-a-candidate-model-with-the = Träna en kandidatmodell med de markerade fälten; den jämförs med den publicerade innan du publicerar den

train-a-model-on-what-was = Träna en modell på det som var känt den dagen, förutsäg de fakturor som var öppna då och jämför med hur de betalades

trained = Tränad

training = Träning

training-on-what-was-known-on = Tränar på det som var känt { $date }

training-stopped-reason = Träningen stoppades: { $reason }

# Används som subjekt: "{ $what } avbröts; ingenting ändrades."
training-the-first-model = Träningen av den första modellen

training-the-first-model-failed-error = Träningen av den första modellen misslyckades: { $error } Välj indelning och fält på skärmen Fält och träna igen.

training-uses-this-layout-if-a = Träningen använder den här indelningen; om en kategori någon gång har för få fakturor byter den till den indelning som data räcker till och meddelar det.

trend-last-5-paid = Trend (senaste 5 betalda)

try-a-discount-other-terms-or = Prova en rabatt, andra villkor eller e-fakturering för kundens öppna fakturor

two-buckets-on-time-late-are =
    { $count ->
        [one] Två kategorier (i tid/sent) används: bara { $count } betald faktura var mer än { $asked } dagar sen, för få för en kategori för mycket sena (varje kategori behöver minst { $min }). { $counts }
       *[other] Två kategorier (i tid/sent) används: bara { $count } betalda fakturor var mer än { $asked } dagar sena, för få för en kategori för mycket sena (varje kategori behöver minst { $min }). { $counts }
    }

two-buckets-only-on-time-late = Endast två kategorier (i tid/sent)

utf-8-with-bom = UTF-8 med BOM

unchanged = Oförändrad

unlikely-to-be-paid-on-time = Betalas troligen inte i tid: följ upp

untick-or-tick-fields-on-the = Avmarkera eller markera fält på skärmen Fält och tryck på Träna för att jämföra en ny kandidat med den.

use-field = Använda "{ $field }"?

use-n-n-days =
    { $n ->
        [one] Använd N = { $n } dag
       *[other] Använd N = { $n } dagar
    }

use-it-anyway = Använd det ändå

use-the-apps-own-file-chooser = Använd appens egen filväljare

use-the-sample-data = Använd exempeldata

use-the-two-bucket-mode-on-458a61 = Använd läget med två kategorier (i tid/sent), eller importera mer historik.

use-the-two-bucket-mode-on-f96fd5 = Använd läget med två kategorier (i tid/sent), eller sänk N under { $days } dagar.

use-this-model-for-predictions-from = Använd den här modellen för förutsägelser från och med nu

use-two-buckets = Använd två kategorier

value = Värde

version = Version

version-version-is-published-the-open = Version { $version } är publicerad; de öppna fakturorna bedöms med den.

versions = Versioner

very-late = Mycket sent

very-late-n-days = Mycket sent (> { $n } dagar)

very-late-means-more-than-n =
    { $count ->
        [one] Mycket sent betyder här mer än { $n } dagar efter förfallodatum, inte { $asked }: bara { $count } betald faktura var mer än { $asked } dagar sen, och varje kategori behöver minst { $min } att lära av. { $counts }
       *[other] Mycket sent betyder här mer än { $n } dagar efter förfallodatum, inte { $asked }: bara { $count } betalda fakturor var mer än { $asked } dagar sena, och varje kategori behöver minst { $min } att lära av. { $counts }
    }

wait-until-the-running-job-is = Vänta tills det pågående jobbet är klart

warning-warning = Varning: { $warning }

week-from = Vecka från

what-happened = Vad som hände

what-was-done = Vad som gjordes

what-was-understood = Vad som tolkades

what-if = Vad händer om

what-if-done = Vad händer om-analysen klar

what-if-for-this-customer = Vad händer om för den här kunden…

where-your-data-is-kept = Var dina data sparas

whether-the-invoice-is-not-yet = Om fakturan ännu inte har förfallit, eller i vilken fjärdedel av fönstret för sent (1–{ $n_late } dagar) den befinner sig.

which-invoices = Vilka fakturor:

why-an-invoice-is-predicted-so = Varför en faktura får sin förutsägelse

why-invoice-invoice-is-predicted-so = Varför faktura { $invoice } fått den här förutsägelsen

worsening = Försämras

write-a-date-before-as-of = Skriv ett datum före { $as_of } som { $pattern }.

writing-the-file = Skriver filen

yes = Ja

your-files-are-imported-check-what = Dina filer är importerade. Kontrollera nedan vad som tolkades i var och en; om en kolumn är fel, ändra mappningen och importera igen.

your-files-are-open-and-will = Dina filer är öppna och öppnas igen vid nästa start: { $files }

a-cash-discount-must-be-0 = en kassarabatt måste vara 0 till 50 procent

a-credit-limit-cannot-be-negative = en kreditgräns kan inte vara negativ

a-dunning-level-must-be-a = en påminnelsenivå måste vara ett heltal från 0 till 9

a-reminder-cannot-be-sent-before = en påminnelse kan inte skickas före fakturadatum

amount-far-beyond-the-rest-of = beloppet ligger långt över övriga data (rimligt: upp till { $limit }); hålls utanför träningen

an-unknown-line = en okänd rad

an-unknown-month = en okänd månad

cannot-be-locked-error = kan inte låsas: { $error }

cannot-be-moved-aside-error = kan inte flyttas undan: { $error }

cannot-be-opened-error = kan inte öppnas: { $error }

cannot-be-read-error = kan inte läsas ({ $error })

cannot-be-removed-error = kan inte tas bort: { $error }

cannot-create-the-folder-error = mappen kan inte skapas: { $error }

cannot-write-error = kan inte skriva: { $error }

cash-discount-0ebd20 = kassarabatt

column-name-empty-or-repeated-renamed = kolumnnamnet är tomt eller upprepat, namnet ändrat till "{ $to }"

column-column = kolumn { $column }

comma = komma

comma-1-234-56 = komma (1.234,56)

credit-limit-644381 = kreditgräns

customer-id-already-used-in-row = kund-ID används redan på rad { $first_row }

customer-id-not-in-the-customer = kund-ID finns inte i kundfilen

customer-added-without-attributes = kunden lades till utan attribut

date = datum

date-far-outside-the-rest-of = datumet ligger långt utanför övriga data (rimligt: { $earliest } till { $latest }); hålls utanför per-datumet och träningen

days-before-due = dagar före förfallodagen

decides-it = avgör

differs-between-rows-of-the-same =
    { $customers ->
        [one] skiljer sig mellan rader för samma kund för { $customers } kund
       *[other] skiljer sig mellan rader för samma kund för { $customers } kunder
    }

discount-cost-amount-discount-p-on = rabattkostnad = belopp × rabatt % × P(i tid efter) × { $take_rate } % (andel av kunder som betalar i tid och som utnyttjar en erbjuden rabatt{ $assumed }); tidigare betalning = belopp × { $cost_of_capital } % per år × antal dagar tidigare / 365; färre mycket sena = belopp × { $bad_debt_rate } % kundförlustandel × (P(mycket sent) före − efter)

discount-days = rabattdagar

discount-days-must-be-0-to = rabattdagar måste vara 0 till 365

dispute-resolved = tvisten löst

disputed-729e6e = omtvistad

dot-1-234-56 = punkt (1,234.56)

due-date-is-before-the-invoice = förfallodatumet är före fakturadatumet ({ $invoice_date })

due-date-set-to-date-invoice =
    { $days ->
        [one] förfallodatumet satt till { $date }: fakturadatum + kundens betalningsvillkor på { $days } dag
       *[other] förfallodatumet satt till { $date }: fakturadatum + kundens betalningsvillkor på { $days } dagar
    }

electronic-billing-02a3c1 = e-fakturering

field-2da0b6 = fält

file-column-value-or-problem = fil, kolumn, värde eller problem

from-date = från { $date }

holds = innehåller:

id-or-name = id eller namn

if-paid-within-days = vid betalning inom (dagar)

impossible-value-reason = omöjligt värde: { $reason }

invoice-amount-is-zero = fakturabeloppet är noll

invoice-kept-but-left-out-of = fakturan behölls men hålls utanför träningen

invoice-number-already-used-in-row = fakturanumret används redan på rad { $first_row } med annat innehåll

is-damaged-or-from-an-incompatible = är skadad eller från en inkompatibel version ({ $error }); träna en ny modell eller återställ en tidigare version

it-does-not-exist = den finns inte

it-ends-too-early-at-line = den tar slut för tidigt, på rad { $line }: filen har kapats

it-is-damaged-or-not-an = den är skadad eller inte en Excel-arbetsbok

it-is-not-utf-8-text = den är inte UTF-8-text

it-is-not-valid-json-at = den är inte giltig JSON på rad { $line }, kolumn { $column }

it-is-protected-with-a-password = den är lösenordsskyddad

it-was-made-by-a-newer = den skapades av en nyare version av Payment Insights (filformat { $found }; den här versionen läser upp till { $supported }). Uppdatera Payment Insights eller träna en ny modell.

its-folder-does-not-exist = dess mapp finns inte

kept-as-it-is = behölls som det är

line-line = rad { $line }

line-line-holds-a-value-of = rad { $line } innehåller ett värde av fel typ, eller så saknas ett värde som filen behöver

named-to = med namnet "{ $to }"

negative-amount-a-credit-note-not = negativt belopp: en kreditnota, inte en faktura

no-cash-discount = ingen kassarabatt

no-credit-limit-dd1a95 = ingen kreditgräns

no-rows = inga rader

none-71f8e7 = inget

not-a-date-in-this-columns = inte ett datum i kolumnens format ({ $format })

not-a-number = inte ett tal

not-a-recognised-yes-no-or = inte ett känt värde för ja/nej eller papper/elektronisk

not-what = inte { $what }

number-decimal-decimal = tal, decimaltecken { $decimal }

odds-factor = odds ×{ $factor }

on-the-due-date = på förfallodatumet

or-open-a-customer-on-the = eller öppna en kund på skärmen Kund

or-pick-an-invoice-on-the = eller välj en faktura på skärmen Kund

paid-date-is-before-the-invoice = betaldatumet är före fakturadatumet ({ $invoice_date })

payment-dated-before-the-invoice-date = betalningen är daterad före fakturadatumet ({ $invoice_date })

payment-for-a-credit-note = betalning för en kreditnota

payment-for-an-invoice-number-that = betalning för ett fakturanummer som ingen faktura har

payment-of-zero = betalning på noll

payment-terms = betalningsvillkor

payment-terms-must-be-0-to = betalningsvillkor måste vara 0 till 730 dagar

payments-add-up-to-paid-more = betalningarna uppgår till { $paid }, mer än fakturabeloppet { $amount }

permission-to-read-it-was-denied = behörighet att läsa den nekades

permission-to-write-there-was-denied = behörighet att skriva där nekades

pipe = vertikalstreck

policy-policy = policy: { $policy }

reminded-b332b8 = påmind

reminder = påminnelsen

required-value-is-empty = obligatoriskt värde saknas

row-has-only-fields-fields-the = raden har bara { $fields } fält, rubrikraden har { $expected }

row-has-fields-fields-the-header = raden har { $fields } fält, rubrikraden har { $expected }

row-is-empty = raden är tom

row-skipped = raden hoppades över

same-invoice-as-row-first-row = samma faktura som på rad { $first_row }, upprepad

semicolon = semikolon

sent-electronically-b9a56d = skickas elektroniskt

some-characters-could-not-be-read = vissa tecken kunde inte läsas i filens teckenkodning

sorted-ascending = sorterat stigande

sorted-descending = sorterat fallande

tab = tabb

terms-days-days =
    { $days ->
        [one] villkor { $days } dag
       *[other] villkor { $days } dagar
    }

the-design-matrix-is-not-contiguous = designmatrisen är inte sammanhängande

the-disk-is-full = disken är full

the-disk-is-read-only = disken är skrivskyddad

the-first-rows-value-is-used = värdet från den första raden används

the-scale-of-what-is-not = skalan för { $what } är inte positiv.

the-system-could-not-read-it = systemet kunde inte läsa den

the-system-could-not-write-it = systemet kunde inte skriva den

the-workbook-could-not-be-built = arbetsboken kunde inte skapas: { $error }

toward-bucket = mot { $bucket }

unreadable-characters-shown-as = oläsliga tecken visas som �

value-left-empty = värdet lämnades tomt

value-repaired = värdet rättades

value-repaired-how = värdet rättades: { $how }

your-choice = ditt val

bucket-as-predicted = { $bucket }, som förutsagt

certain-of-the-total-invoices-are =
    { $certain ->
        [one] { $certain } av de { $total } fakturorna har redan varit förfallen i mer än { $late_days } dagar: dess kategori är given och ingen ändring kan flytta den.
       *[other] { $certain } av de { $total } fakturorna har redan varit förfallna i mer än { $late_days } dagar: deras kategori är given och ingen ändring kan flytta dem.
    }

column-asc = { $column } (stigande)

column-desc = { $column } (fallande)

count-invoices-in-this-currency-while =
    { $count ->
        [one] { $count } faktura i den här valutan medan de flesta är i { $main }; beloppen räknas inte om
       *[other] { $count } fakturor i den här valutan medan de flesta är i { $main }; beloppen räknas inte om
    }

count-of-these-invoices-already-have = { $count } av dessa fakturor har redan en kassarabatt: den nya ersätter den.

count-of-total-with-a-discount = { $count } av { $total } med rabatt, { $terms }

count-of-total-what = { $count } av { $total } { $what }

count-open-invoices-in-this-scope =
    { $count ->
        [one] { $count } öppen faktura i detta urval
       *[other] { $count } öppna fakturor i detta urval
    }

days-late-paid-paid =
    { $paid ->
        [one] { $days_late } ({ $paid } betald)
       *[other] { $days_late } ({ $paid } betalda)
    }

days-days =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }

days-days-past-due-more-than =
    { $days ->
        [one] { $days } dag efter förfallodatum, mer än { $n } dagar: säkert mycket sent
       *[other] { $days } dagar efter förfallodatum, mer än { $n } dagar: säkert mycket sent
    }

days-days-past-due-late-for =
    { $days ->
        [one] { $days } dag efter förfallodatum: säkert sent
       *[other] { $days } dagar efter förfallodatum: säkert sent
    }

days-early = { $days } för tidigt

days-late-460b44 = { $days } för sent

days-past-due-a41d81 = { $days } efter förfallodatum

delimiter-separated-quote-quote-encoding = avgränsad med { $delimiter }, citattecken { $quote }, { $encoding }

error-using-the-previous-good-version = { $error } Den senaste fungerande versionen { $version } används i stället.

fact-average-invoice-typical = { $fact } (genomsnittlig faktura: { $typical })

field-is-not-used-with-two = { $field } används inte med två kategorier: när en faktura har förfallit är den sen, så det finns inget kvar att förutsäga.

field-not-given = { $field }: inte angivet

field-value = { $field }: { $value }

file-role-has-no-column-for = { $file } ({ $role }) har ingen kolumn för { $missing }. Dess kolumner är: { $columns }. Välj kolumnen i mappningen, eller lägg till den i mappningsfilen under [{ $role_key }.columns].

file-column-column-for-example-examples = { $file } kolumn "{ $column }" (till exempel { $examples })

file-could-not-be-read-as = { $file } kunde inte läsas som en arbetsbok: { $message }. Öppna den i Excel och spara den igen som .xlsx, eller exportera CSV.

file-could-not-be-split-into = { $file } kunde inte delas upp i rader och kolumner som CSV. Öppna den i ett kalkylprogram, kontrollera att varje rad har samma kolumner som rubrikraden och exportera den igen som CSV.

file-has-a-header-row-but = { $file } har en rubrikrad men inga datarader. Exportera tabellen igen med dess rader, eller välj en annan fil.

file-has-no-sheet-named-sheet = { $file } har inget blad med namnet "{ $sheet }". Dess blad är: { $available }.

file-has-columns-columns-payment-insights = { $file } har { $columns } kolumner; Payment Insights läser högst { $limit }. Exportera bara de kolumner du behöver (faktura, kund, datum, belopp) och importera igen.

file-is-a-extension-file-which = { $file } är en .{ $extension }-fil, som Payment Insights inte kan läsa. Spara eller exportera den som CSV (.csv) eller Excel (.xlsx, .xls).

file-is-empty-export-the-table = { $file } är tom. Exportera tabellen igen, med rubrikraden.

file-is-not-a-text-file = { $file } är inte en textfil: den innehåller binära data (en arbetsbok sparad med .csv-namn, eller en skadad fil). Öppna den i programmet som skapade den och exportera den igen som CSV.

file-is-size-importing-it-would = { $file } är { $size }; att importera den skulle kräva ungefär { $memory } minne, mer än gränsen på { $limit } per fil. Exportera en kortare period eller färre kolumner, eller höj gränsen på skärmen Inställningar (på kommandoraden: --max-file-mb).

file-row-row-column-column-the-c98364 = { $file } rad { $row }, kolumn "{ $column }": värdet "{ $value }" inleder ett citat ({ $quote }) som aldrig avslutas, så raderna efter det kan inte skiljas åt. Avsluta eller ta bort citattecknet och importera sedan igen.

file-row-row-column-column-the-3c65db = { $file } rad { $row }, kolumn "{ $column }": värdet "{ $value }" börjar med ett citattecken ({ $quote }) men fortsätter efter det avslutande citattecknet. Omge hela värdet med citattecken och dubblera alla citattecken inuti det, eller ta bort citattecknen, och importera sedan igen.

file-uses-cells-up-to-cell =
    { $rows ->
        [one] { $file } använder celler upp till { $cell } ({ $rows } rad gånger { $columns } kolumner), mer än Payment Insights läser ({ $max_columns } kolumner, { $max_cells } celler). Ta bort raderna och kolumnerna utanför tabellen i Excel, spara och importera igen.
       *[other] { $file } använder celler upp till { $cell } ({ $rows } rader gånger { $columns } kolumner), mer än Payment Insights läser ({ $max_columns } kolumner, { $max_cells } celler). Ta bort raderna och kolumnerna utanför tabellen i Excel, spara och importera igen.
    }

file-role-format-imported-of-read =
    { $read ->
        [one] { $file } — { $role } ({ $format }): { $imported } av { $read } rad importerad
       *[other] { $file } — { $role } ({ $format }): { $imported } av { $read } rader importerade
    }

file-column-column-dates-like-examples-8ae4ce = { $file }, kolumn "{ $column }": datum som { $examples }

file-column-column-dates-like-examples-641a69 = { $file }, kolumn "{ $column }": datum som { $examples } (kolumnen "{ $other_column }" läses som { $other_format })

file-role-rows-rows =
    { $rows ->
        [one] { $file }: { $role }, { $rows } rad
       *[other] { $file }: { $role }, { $rows } rader
    }

invoices-open-invoices-in-scope =
    { $invoices ->
        [one] { $invoices } öppen faktura i urvalet
       *[other] { $invoices } öppna fakturor i urvalet
    }

known-of-them-have-an-outcome = { $known } av dem har ett utfall per { $today }; de övriga { $undecided } är fortfarande oavgjorda och bedöms inte.

millions-m = { $millions } milj.

missing-required-field-s-have-no =
    { $missing ->
        [one] { $missing } obligatoriskt fält saknar kolumn
       *[other] { $missing } obligatoriska fält saknar kolumn
    }

model-calibration-predicted-vs-observed-per = { $model }: kalibrering (förutsagt mot observerat per decil)

model-confusion-matrix-rows-actual-columns = { $model }: förväxlingsmatris (rader: faktiskt, kolumner: förutsagt)

model-per-bucket = { $model }: per kategori

name-v-is-outside-the-range = { $name } = { $v } ligger utanför intervallet i träningsdata ({ $lo }–{ $hi }); effekten är en extrapolering.

n-day = { $n } dag

n-days =
    { $n ->
        [one] { $n } dag
       *[other] { $n } dagar
    }

n-rows =
    { $n ->
        [one] { $n } rad
       *[other] { $n } rader
    }

part-column-other-of-the-same = { $part }; kolumnen "{ $other }" i samma fil läses som { $format }

percent-within-days-days =
    { $days ->
        [one] { $percent } inom { $days } dag
       *[other] { $percent } inom { $days } dagar
    }

percent-cash-discount-offered = { $percent } % kassarabatt erbjuds

place-row-row = { $place } rad { $row }

place-column-column = { $place }, kolumn "{ $column }"

place-value-value = { $place }, värde "{ $value }"

place-problem-action = { $place }: { $problem } → { $action }

problem-a-new-model-is-trained = { $problem } En ny modell tränas på aktuella data i stället.

problem-training-with-this-layout-would = { $problem } Träning med den här indelningen skulle misslyckas.


rows-rows =
    { $rows ->
        [one] { $rows } rad
       *[other] { $rows } rader
    }

share-of-the-customers-past-amount-e4ee55 = { $share } av kundens tidigare belopp kom 1–{ $n } dagar sent

share-of-the-customers-past-amount-2a0234 = { $share } av kundens tidigare belopp kom mer än { $n } dagar sent

share-of-limit = { $share } av { $limit }

start-end-days-past-due = { $start }–{ $end } dagar efter förfallodatum

thousands-k = { $thousands } tusen

ticked-of-fields-fields-ticked =
    { $ticked ->
        [one] { $ticked } av { $fields } fält markerat
       *[other] { $ticked } av { $fields } fält markerade
    }

trend-days-late-days-late =
    { $days_late ->
        [one] { $trend }, { $days_late } dag sent
       *[other] { $trend }, { $days_late } dagar sent
    }

what-could-not-be-saved-error = { $what } kunde inte sparas ({ $error }). Kontrollera att det går att skriva i { $folder }.

what-failed-error = { $what } misslyckades: { $error }

what-has-found-entries-where-expected = { $what } har { $found } poster där { $expected } krävs.

what-is-not-a-finite-number = { $what } är inte ett ändligt tal.

what-was-cancelled-nothing-was-changed = { $what } avbröts; ingenting ändrades.

amount-vs-customers-average = Belopp jämfört med kundens genomsnitt

cash-discount-ed56cb = Kassarabatt (%)

customer-has-not-paid-anything-yet = Kunden har inte betalat något ännu

customer-pays-on-the-due-date = Kunden betalar i genomsnitt på förfallodagen

customer-tenure-days = Tid som kund (dagar)

days-since-invoice-date = Dagar sedan fakturadatum

days-since-last-payment = Dagar sedan senaste betalning

days-until-due = Dagar till förfallodatum

days-until-the-due-date-on = Dagar till förfallodagen på logaritmisk skala, 0 när den har passerats: de sista dagarna före förfallodagen väger mer än de första veckorna.

first-invoice-of-this-customer = Kundens första faktura

invoice-is-disputed = Fakturan är omtvistad

invoice-is-not-disputed = Fakturan är inte omtvistad

invoice-month = Fakturamånad

invoices-paid-so-far = Hittills betalda fakturor

issued-at-quarter-end = Utfärdad vid kvartalsslut

issued-at-year-end = Utfärdad vid årsskiftet

issued-in-the-last-two-weeks-ace2cf = Utfärdad under ett kvartals två sista veckor

issued-in-the-last-two-weeks-0c8eb2 = Utfärdad under årets två sista veckor

no-cash-discount-offered = Ingen kassarabatt erbjuden

no-cash-discount-window = Ingen period för kassarabatt

no-overdue-invoices = Inga förfallna fakturor

no-paid-invoices-from-this-customer = Inga betalda fakturor från kunden ännu

no-payment-reminder-sent-yet = Ingen betalningspåminnelse skickad än

not-issued-at-a-quarter-end = Inte utfärdad vid kvartalsslut

not-issued-at-year-end = Inte utfärdad vid årsskiftet

nothing-overdue-for-this-customer = Inget förfallet för kunden

oldest-overdue-days = Äldsta förfallna (dagar)

past-due-band = Förfallointervall

recent-days-late-last-5 = Dagar sent nyligen (senaste 5)

recent-invoices-paid-on-the-due = Nyligen betalda fakturor betalades i genomsnitt på förfallodagen

sent-electronically-97372a = Skickad elektroniskt

sent-on-paper = Skickad på papper

share-of-amount-paid-late = Andel av beloppet betald sent

share-of-amount-paid-very-late = Andel av beloppet betald mycket sent

share-paid-late = Andel betald sent

share-paid-very-late = Andel betald mycket sent

bucket-invoice-of-date-paid-on = { $bucket }: faktura från { $date }, betald på förfallodagen

bucket-invoice-of-date-paid-days-61d247 =
    { $days ->
        [one] { $bucket }: faktura från { $date }, betald { $days } dag efter förfallodatum
       *[other] { $bucket }: faktura från { $date }, betald { $days } dagar efter förfallodatum
    }

bucket-invoice-of-date-paid-days-1162f5 =
    { $days ->
        [one] { $bucket }: faktura från { $date }, betald { $days } dag före förfallodatum
       *[other] { $bucket }: faktura från { $date }, betald { $days } dagar före förfallodatum
    }

bucket-predicted-predicted-observed-observed = { $bucket }: förutsagt { $predicted }, observerat { $observed }

# Strategies

a-change-of-the-payment-terms = En ändring av betalningsvillkoret med { $value } dagar ligger utanför det tillåtna intervallet -{ $max } till { $max } dagar.

a-random-share-of-the-chosen = En slumpmässigt vald andel av de valda kunderna får inte erbjudandet, så att dess verkliga effekt kan mätas senare genom att jämföra dem med de övriga

a-strategy-of-yours-already-has = En av dina strategier har redan det här namnet

add-strategy = Lägg till strategi

add-count-discounts =
    { $count ->
        [one] Lägg till { $count } rabatt
       *[other] Lägg till { $count } rabatter
    }

all-open-invoices = Alla öppna fakturor

annual-cost = Årskostnad

best-per-customer = Bästa per kund

best-strategy = Bästa strategi

budget-spend-at-most = Budget: lägg högst

candidates-ticked-of-total-ticked-and = Kandidater: { $ticked } av { $total } markerade, samt Ingen ändring

cash-discount-4c043a = Kassarabatt

cash-discount-pct-within-days-days =
    { $days ->
        [one] Kassarabatt { $pct } % inom { $days } dag
       *[other] Kassarabatt { $pct } % inom { $days } dagar
    }

choose-at-least-one-change = Välj minst en ändring

chosen-chosen-customers-held-of-them =
    { $chosen ->
        [one] Vald: { $chosen } kund, varav { $held } i kontrollgruppen utan erbjudandet. För de { $offered } som får det: rabattkostnad { $cost }, nettovärde { $net }, { $extra } mer betalt i tid (modellens uppskattningar).
       *[other] Valda: { $chosen } kunder, varav { $held } i kontrollgruppen utan erbjudandet. För de { $offered } som får det: rabattkostnad { $cost }, nettovärde { $net }, { $extra } mer betalt i tid (modellens uppskattningar).
    }

compare-strategies = Jämför strategier

compare-strategies-for-this-customer = Jämför strategier för den här kunden…

compare-strategies-for-this-scope = Jämför strategier för detta urval…

compare-ways-of-getting-paid-sooner = Jämför sätt att få betalt tidigare sida vid sida och välj ett per kund. Varje siffra är modellens uppskattning utifrån hur liknande fakturor har betalats, inte en uppmätt effekt.

comparing-strategies = Jämför strategier

cost-per-extra-on-time = Kostnad per extra i tid

dso-change = DSO-förändring

days-to-cash = Dagar till betalning

delete-strategy = Ta bort { $strategy }

discount-grid = Rabattserie:

discounts-terms-electronic-billing-side-by = Rabatter, betalningsvillkor och e-fakturering sida vid sida för kundens öppna fakturor

disputes-resolved = Tvister lösta

each-invoices-value-amount-over-buckets = Varje fakturas värde = belopp × Σ över kategorier av P(kategori) × ((1 − utnyttjad rabatt) ÷ (1 + { $cost_of_capital } %)^(dagar till betalning ÷ 365) − förlust); rabatten utnyttjas på sin sista dag av { $take_rate } % av kunderna som betalar i tid{ $assumed }; förlust = { $bad_debt_rate } % av mycket sena belopp. Nettovärde = värde − värde med Ingen ändring = tidigare betalning + färre mycket sena − rabattkostnad, i nuvärden (skärmen Vad händer om visar första ordningens form av samma delar). Förändring av DSO = Σ belopp × förändring av dagar till betalning ÷ beloppet av alla öppna fakturor (av alla nya, för nya fakturor).

earlier-cash = Tidigare betalning

efficient-frontier = Effektiv front

exported-the-strategy-of-rows-customers =
    { $rows ->
        [one] Exporterade strategivalet för { $rows } kund till { $path }.
       *[other] Exporterade strategivalet för { $rows } kunder till { $path }.
    }

exporting-the-strategy-choice = Exporterar strategivalet

extra-on-time = Extra i tid

fewer-very-late = Färre mycket sena

filled-points-lie-on-the-efficient = Fyllda punkter ligger på den effektiva fronten: ingen annan strategi kostar mindre och ger mer. Strategier utan stöd i data ritas inte.

frontier-discount-cost-against = Effektiv front: rabattkostnad mot

give-a-range-of-percents-and = Ange ett intervall av procentsatser och minst ett antal dagar

give-the-strategy-a-name = Ge strategin ett namn

hold-out = Kontrollgrupp

margin = Marginal

needs-a-published-model-a-customer = Kräver en publicerad modell, en kund när en efterfrågas och att ingen jämförelse pågår

negative-shorter-terms = Negativt: kortare betalningsvillkor

net-value-402ede = Nettovärde

new-invoices-the-invoices-issued-in-4285c4 = Nya fakturor: fakturorna som utfärdats de senaste { $days } dagarna, utfärdade på nytt per { $date } för att representera framtida order

new-invoices-the-invoices-issued-in-322887 = Nya fakturor: fakturorna som utfärdats de senaste { $days } dagarna, utfärdade på nytt per { $date } för att representera framtida order (inte de fakturor som är öppna nu).


no-change = Ingen ändring

no-change-always-compared = Ingen ändring (jämförs alltid)

no-customer-gets-an-offer-in = Ingen kund får ett erbjudande i det här valet, så det finns ingen policy att spara.

no-invoice-matches-this-scope-nothing = Ingen faktura matchar detta urval: inget att jämföra.

offer = Erbjudande

one-customer = En kund

one-policy-per-chosen-strategy-for = En policy per vald strategi, för de kunder som får erbjudandet; bedömningen tillämpar dem från och med då

payment-terms-days-days-longer =
    { $days ->
        [one] Betalningsvillkor { $days } dag längre
       *[other] Betalningsvillkor { $days } dagar längre
    }

payment-terms-days-days-shorter =
    { $days ->
        [one] Betalningsvillkor { $days } dag kortare
       *[other] Betalningsvillkor { $days } dagar kortare
    }

pays-for = Lönsam för

reading-the-customers-histories = Läser kundernas historik

region-empty-any = Region (tom: alla)

remind-days-days-before-due =
    { $days ->
        [one] Påminnelse { $days } dag före förfallodatum
       *[other] Påminnelse { $days } dagar före förfallodatum
    }

runner-up = Näst bästa

save-as-policies = Spara som policyer

save-the-strategy-choice = Spara strategivalet

saved-count-policies-from-the-strategy =
    { $count ->
        [one] Sparade { $count } policy från strategivalet; bedömningen tillämpar den från och med nu.
       *[other] Sparade { $count } policyer från strategivalet; bedömningen tillämpar dem från och med nu.
    }

scoring-strategy-n-of-total = Bedömer strategi { $n } av { $total }

several-strategies-side-by-side-on = Flera strategier sida vid sida för dessa fakturor, med den bästa per kund

strategies = Strategier

strategies-compared = Strategier jämförda

strategy = Strategi

strategy-name = Strategi: { $name }

terms-changed-by-days = Betalningsvillkor ändrat med (dagar)

the-discounts-cost-as-a-yearly = Rabattens kostnad som årlig ränta, d/(1−d) × 365/(betalningsvillkor − rabattdagar), vid urvalets median för betalningsvillkor, bredvid din kapitalkostnad

the-saved-strategies-in-file-could = De sparade strategierna i { $file } kunde inte läsas ({ $error }); endast de förvalda erbjuds. Lägg till dina egna igen på skärmen Strategier.

the-saved-strategy-name-in-file = Den sparade strategin "{ $name }" i { $file } kan inte användas: { $error } Endast de förvalda strategierna erbjuds. Lägg till dina egna igen på skärmen Strategier.

the-strategies = Strategierna

the-strategy-name-cannot-be-compared = Strategin "{ $name }" kan inte jämföras: { $problem }

there-is-no-published-model-yet-e73c07 = Det finns ingen publicerad modell ännu, så inga strategier kan jämföras. Träna och publicera först en modell på skärmen Fält.

too-close-to-call-the-net = För jämnt för att avgöra: nettovärdets intervall över { $resamples } omsamplingar av kunderna i urvalet (5 % till 95 %) innefattar noll. Det visar hur mycket summan vilar på ett fåtal kunder, inte modellens egen osäkerhet.

verdict = Omdöme


your-own = Egen strategi:

baseline = baslinje

best-by-net-value = bäst på nettovärde

extra-amount-paid-on-time = extra belopp betalt i tid

from = från

held-out = kontrollgrupp

net-value-9be15a = nettovärde


no-evidence-in-your-data-the = inget stöd i dina data: modellen kan inte avgöra effekten

of-the-chosen-customers-without-the = av de valda kunderna, utan erbjudandet

on-discounts = på rabatter

step = steg

to = till

too-close-to-call = för jämnt för att avgöra

within-days-e-g-10-20 = inom (dagar, t.ex. 10, 20)


count-of-the-total-invoices-are =
    { $count ->
        [one] { $count } av de { $total } fakturorna har passerat rabattdagarna: erbjudandet kan inte nå den och den behåller sina betalningsvillkor.
       *[other] { $count } av de { $total } fakturorna har passerat rabattdagarna: erbjudandet kan inte nå dem och de behåller sina betalningsvillkor.
    }

count-of-total = { $count } av { $total }

invoices-invoices-of-customers-customers-amount =
    { $customers ->
        [one] { $invoices } fakturor från { $customers } kund, { $amount } öppet: modellens uppskattningar
       *[other] { $invoices } fakturor från { $customers } kunder, { $amount } öppet: modellens uppskattningar
    }

rate-capital-capital = { $rate } (kapitalkostnad { $capital })

strategy-cost-cost-benefit-value = { $strategy }: kostnad { $cost }, { $benefit } { $value }

strategy-warning = { $strategy }: { $warning }

warnings-on-hover = ⚠ varningar när du pekar

back-to-the-order-of-the = Tillbaka till kandidaternas ordning

spent-spent-of-the-budget-of = { $spent } av budgeten på { $budget } har använts till rabatter.

the-model-does-not-use-levers = Modellen använder inte: { $levers }

a-lever-its-curve-is-kept-b247c2 = En hävstång: kurvan hålls så att chansen att bli betald i tid aldrig sjunker när värdet växer.

a-lever-its-curve-is-kept-c5f33d = En hävstång: kurvan hålls så att chansen att bli betald i tid aldrig stiger när värdet växer.

additive-model-curves = Additiv modell (kurvor)

both-learners-are-fitted-the-one = Båda modelltyperna tränas; den med lägst log loss på de senaste fakturorna används

change-in-probability-points = Ändring av sannolikheten (procentenheter)

curve = Kurva

each-curve-is-what-the-model = Varje kurva visar vad modellen lärt sig om ett fält: hur mycket varje korgs sannolikhet ändras för en i övrigt genomsnittlig faktura när fältet har det värdet. Staplarna under visar hur många träningsrader som hade det: där de är få säger kurvan lite.

how-each-field-moves-the-prediction = Hur varje fält påverkar prognosen

learner = Modelltyp

logistic-regression = Logistisk regression

missing-rows-rows-changes = Saknas ({ $rows } rader): { $changes }

rows = Rader

show-on-the-model-screen-how = Visa på Modell-skärmen hur fältet påverkar prognosen

the-logistic-regression-draws-every-effect = Den logistiska regressionen ritar varje effekt som en rak linje; den additiva modellen lär sig en kurva per fält. Båda tränas alltid och visas sida vid sida på Modell-skärmen.

training-rows = Träningsrader

there-are-no-rows-to-learn = det finns inga rader att lära av

bucket-points-at-value = { $bucket }: { $points } vid { $value }

sign-points-pts = { $sign }{ $points } p.e.

what-does-not-fit-the-rest = { $what } passar inte med resten av filen.

what-is-missing = { $what } saknas.

fitting-the-additive-models-curves = Anpassar den additiva modellens kurvor

other = Övrigt

learner-of-this-model-learner-as = Modellens typ: { $learner }, vald på Fält-skärmen; den andra modelltypen från samma körning står bredvid.

learner-of-this-model-learner-the = Modellens typ: { $learner }, den av de två som tränats på samma fakturor som har lägst log loss på de senaste. Välj en på Fält-skärmen för att behålla den oavsett resultat.

the-better-one = Den bättre

learner-same-run = { $learner } (samma körning)

check-the-columns-date-format-in = Kontrollera kolumnens datumformat i mappningen (eller under [ROLE.date_formats] i mappningsfilen) och importera sedan igen.

correct-the-rows-the-report-lists = Rätta raderna som rapporten listar i filen, eller kontrollera kolumnmappningen, och importera sedan igen.

if-the-sheet-leaves-a-repeated = Om bladet lämnar ett upprepat värde (en kund över sitt block av fakturor) tomt eller i sammanfogade celler som gick förlorade vid exporten, fyll i värdet på varje rad, eller importera själva arbetsboken, och importera sedan igen.

many-rows-were-skipped = Många rader hoppades över

no-row-of-file-splits-into = Ingen rad i { $file } delas upp i rubrikens { $columns } kolumner: alla { $rows } rader har fler eller färre värden. Kontrollera att filen sparades med ett enda avgränsningstecken (komma, semikolon eller tabb) och att värden som innehåller avgränsningstecknet står inom citattecken, och exportera den sedan igen.

no-sheet-of-file-holds-a = Inget blad i { $file } innehåller en tabell med en rubrikrad och rader under den. Dess blad: { $sheets }. Lägg varje tabell (kunder, fakturor, betalningar eller en reskontra) på ett eget blad med kolumnnamnen på en rad ovanför raderna, eller exportera dem som CSV.

sheet-skipped-sheet-reason = Blad som hoppades över: { $sheet }: { $reason }

the-folder-folder-cannot-be-made = Mappen { $folder } kan inte skapas: { $reason }. Välj en annan plats, eller kontrollera behörigheterna för mapparna ovanför den.

the-saved-setting-name-value-in = Den sparade inställningen { $name } = { $value } i { $file } ligger utanför de värden den kan ha; standardvärdet används. Ändra den på skärmen Inställningar för att spara den igen.

values-that-hold-the-separator-must = Värden som innehåller avgränsningstecknet måste stå inom citattecken: exportera filen igen från programmet som skapade den och importera sedan igen.

a-file-of-that-name-is = en fil med det namnet står i vägen

a-part-of-its-path-is = en del av sökvägen är en fil, inte en mapp

header-on-row-row = rubrik på rad { $row }

it-is-a-folder-not-a = det är en mapp, inte en fil

its-columns-are-not-those-of = dess kolumner är inte de för kunder, fakturor, betalningar eller en reskontra

no-table-on-this-sheet-reason = ingen tabell på det här bladet: { $reason }

sheet-skipped = bladet hoppades över

the-sheet-has-no-rows-under = bladet har inga rader under sin första rad

the-sheet-is-empty = bladet är tomt

folder-is-a-file-not-a = { $folder } är en fil, inte en mapp. Ange sökvägen till en mapp (en ny skapas), eller flytta bort filen.

line-header-found-on-row-row = { $line }; rubriken hittades på rad { $row }

message-the-sheets-with-their-first = { $message } Bladen, med sina första rubrikceller: { $sheets }.

share-of-the-rows-of-file = { $share } av raderna i { $file } hoppades över ({ $skipped } av { $read }).

sheet-empty = { $sheet } (tomt)

sheet-skipped-reason = { $sheet }: hoppades över, { $reason }

text-most-often-count-rows-problem = { $text } Oftast ({ $count } rader): { $problem }, kolumn "{ $column }", först på rad { $row }.

what-is-value-beyond-what-any = { $what } är { $value }, bortom vad någon betalningshistorik ger.

a-lever-its-curve-is-kept-b7c982 = En hävstång: kurvan hålls så att chansen att bli betald i tid med vilket värde som helst aldrig är lägre än utan värde.

each-fields-curve-is-drawn-for = Varje fälts kurva ritas för den additiva modellen: välj den som modelltyp på Fält-skärmen och träna för att se dem.
