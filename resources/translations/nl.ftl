# Payment Insights in het Nederlands (Nederland).
# Termen: bucket = categorie (Op tijd / Te laat / Zeer laat); policy = beleid (ook meervoud);
# grade = cijfer; scoring = scoren; look back = terugblik; mapping = kolomkoppeling; as of = peildatum.

days = { " " }dagen

job-is-still-running-wait-until = "{ $job }" is nog bezig. Wacht tot dit klaar is, of annuleer het.

what-could-not-be-started-reason = "{ $what }" kon niet worden gestart: { $reason }. Sluit andere programma's en probeer het opnieuw.

what-stopped-unexpectedly-try-again-if = "{ $what }" is onverwacht gestopt. Probeer het opnieuw; gebeurt het nogmaals, controleer dan de bestanden.

none-3c6b18 = (geen)

not-in-file = (niet in bestand)

required-not-found = (verplicht: niet gevonden)

assumed-no-discounts-in-the-data = , aangenomen: geen kortingen in de gegevens

n1-year = 1 jaar

n1-30-days-overdue = 1–30 dagen vervallen

n3-months = 3 maanden

n31-60-days-overdue = 31–60 dagen vervallen

n6-months = 6 maanden

a-cash-discount-of-value-is = Een contantkorting van { $value }% valt buiten het toegestane bereik van 0 tot { $max }%.

a-credit-limit-of-value-is = Een kredietlimiet van { $value } valt buiten het toegestane bereik van 0 tot { $max }.

a-log-loss-at-least-15 = A: log loss minstens 15% onder de naïeve basislijn; B: 8–15%; C: 3–8%; D: minder dan 3% (nauwelijks beter dan de gebruikelijke verdeling raden).

a-model-that-learns-from-it = Een model dat hiervan leert, lijkt uitstekend te presteren op eerdere facturen, maar de waarde is niet bekend voor openstaande facturen, dus de voorspellingen daarvoor kloppen niet. Gebruik het alleen om te testen.

a-model-trained-only-on-what = Een model dat alleen is getraind op wat op { $date } bekend was ({ $invoices ->
        [one] { $invoices } betaalde factuur
       *[other] { $invoices } betaalde facturen
    } om van te leren), voorspelde { $open ->
        [one] de { $open } factuur die die dag openstond
       *[other] de { $open } facturen die die dag openstonden
    }. { $outcomes }

a-payment-reminder-had-gone-out = Er was een betalingsherinnering verstuurd op het moment dat de factuur wordt bekeken, vóór de vervaldatum.

a-payment-reminder-has-been-sent = Er is een betalingsherinnering verstuurd

a-policy-needs-a-name-and = Een beleid heeft een naam nodig en geldt voor een klant of een filter, niet voor één factuur

a-reminder-value-days-before-the =
    { $value ->
        [one] Een herinnering { $value } dag voor de vervaldatum valt buiten het toegestane bereik van 0 tot { $max } dagen.
       *[other] Een herinnering { $value } dagen voor de vervaldatum valt buiten het toegestane bereik van 0 tot { $max } dagen.
    }

accuracy = Nauwkeurigheid

after = Na

all-months-together-accuracy-accuracy-log = Alle maanden samen: nauwkeurigheid { $accuracy }, log loss { $log_loss }, cijfer { $grade }

always-used-predictions-depend-on-the = Altijd gebruikt: voorspellingen hangen af van de leeftijd van de factuur

amount = Bedrag

any = Alle

appearance = Weergave

apply-to-invoices-open-now-too = Ook toepassen op facturen die nu openstaan

as-of = Peildatum

as-the-model-saw-the-customer = Zoals het model de klant zag aan het begin van { $date }, vóór de betalingen van die dag ({ $count }).

average-days-after-the-due-date = Gemiddeld aantal dagen na de vervaldatum waarop de klant betaalde (negatief: te vroeg).

average-days-late = Gemiddeld aantal dagen te laat

average-days-late-of-the-customers = Gemiddeld aantal dagen te laat van de laatste vijf betaalde facturen van de klant.

back-to-customer = Terug naar { $customer }

backtest = Backtest

backtest-12-months = Backtest (12 maanden)

backtest-done = Backtest voltooid

backtest-training-as-of-date = Backtest: training per { $date }

bad-debt-rate-of-very-late = Percentage oninbare vorderingen van zeer late bedragen

baseline-accuracy = Nauwkeurigheid basislijn

baseline-log-loss = Log loss basislijn

before = Voor

before-trusting-a-model-see-how = Bekijk eerst hoe een model het gedaan zou hebben voordat u erop vertrouwt: kies een eerdere datum; een model dat alleen is getraind op wat toen bekend was, voorspelt dan de facturen die toen openstonden, naast hoe ze werkelijk zijn betaald.

benefit-of-earlier-cash = Voordeel van eerder geld

benefit-of-fewer-very-late = Voordeel van minder zeer late betalingen

both-columns-are-measured-on-the = Beide kolommen zijn gemeten op de testfacturen van de kandidaat (het meest recente vijfde deel van de gegevens). De lijst Versies hieronder toont de scores van elke versie op haar eigen testfacturen van het moment van trainen, dus de cijfers van de gepubliceerde versie kunnen daar iets afwijken.

bucket = Categorie

building-point-in-time-features = Velden per peilmoment opbouwen

by-today-every-one-of-them = Op { $today } heeft elk daarvan een uitkomst.

csv = CSV

csv-dialect = CSV, { $dialect }

calendar-month-of-the-invoice-date = Kalendermaand van de factuurdatum.

cancel = Annuleren

cancelled = Geannuleerd.

candidate = Kandidaat

candidate-version-version-trained-trained-at = Kandidaat: versie { $version }, getraind { $trained_at } op { $invoices ->
        [one] { $invoices } factuur
       *[other] { $invoices } facturen
    } ({ $rows ->
        [one] { $rows } rij
       *[other] { $rows } rijen
    })

cannot-be-used-reason = Kan niet worden gebruikt: { $reason }

cannot-open-file-reason-check-that = Kan { $file } niet openen: { $reason }. Controleer of het bestand bestaat en niet in een ander programma is geopend.

cannot-read-the-mapping-file-file = Kan het koppelingsbestand { $file } niet lezen: { $reason }. Controleer het pad dat met --mapping is opgegeven.

cash-discount-8d858c = Contantkorting %

cash-discount-days = Kortingsdagen

cash-discount-offered-for-early-payment = Contantkorting aangeboden bij vroege betaling, 0 als er geen is.

cash-forecast = Liquiditeitsprognose

change = Wijziging

change-payment-terms = Betalingstermijn wijzigen

change-the-credit-limit = Kredietlimiet wijzigen

change-the-mapping-and-import-again = Koppeling wijzigen en opnieuw importeren…

changes = Wijzigingen

changes-apply-at-once-and-are = Wijzigingen gelden direct en blijven bewaard voor de volgende keer.

check-the-mapping-of-files-file = { $files ->
        [one] Controleer de koppeling van { $files } bestand en importeer daarna
       *[other] Controleer de koppeling van { $files } bestanden en importeer daarna
    }

checking-file = { $file } controleren

choose-csv-or-excel-files-customers = Kies CSV- of Excel-bestanden: klanten, facturen en betalingen, of één factuurlijst met betaaldatum

choose-a-column-for-every-required = Kies eerst een kolom voor elk verplicht veld (gemarkeerd met *) en de volgorde van dubbelzinnige datums

choose-a-customer = Kies een klant

choose-an-open-invoice-to-see = Kies een openstaande factuur om de redenen te zien.

choose-another-customer = Andere klant kiezen…

choose-customers-invoices-and-payments-or = Kies klanten, facturen en betalingen (of één factuurlijst)

choose-files = Bestanden kiezen…

choose-how-these-dates-are-written = Kies hoe deze datums zijn geschreven

choose-your-companys-history-as-csv = Kies de historie van uw bedrijf als CSV- of Excel-bestanden: klanten, facturen en betalingen als drie tabellen, of één factuurlijst met de datum waarop elke factuur is betaald. Kolommen worden automatisch gekoppeld (Engelse, Zweedse en Nederlandse namen, en de exports van Dynamics 365, Business Central, SAP, QuickBooks en Xero); controleer de koppelingen hieronder voordat u importeert.

choosing-files = Bestanden kiezen

choosing-the-regularisation-by-validation = Regularisatie kiezen via validatie

clear-filter = Filter wissen

close-the-look-back = Terugblik sluiten

collections-worklist = Incassowerklijst

column = Kolom

column-in-the-file = Kolom in het bestand

columns-never-offered = Nooit aangeboden kolommen

complete = Volledig

cost-of-capital-a-year = Kapitaalkosten (% per jaar)

country-region = Land/regio

country-region-region = Land/regio: { $region }

credit-limit-8240d4 = Kredietlimiet

credit-limit-amount = Kredietlimiet { $amount }

credit-use = Kredietgebruik

currency = Valuta

current-exposure = Huidige blootstelling

customer = Klant

customer-id-1186e5 = Klant-ID

customer-contains = Klant bevat

customer-for-days = Al { $days } klant

customer-for-years-years = Al { $years } jaar klant

customer-group = Klantgroep

customer-group-empty-any = Klantgroep (leeg: alle)

customer-group-group = Klantgroep: { $group }

customer-has-paid-count-invoices-before = { $count ->
        [one] Klant heeft eerder { $count } factuur betaald
       *[other] Klant heeft eerder { $count } facturen betaald
    }

customer-has-count-open-invoices = { $count ->
        [one] Klant heeft { $count } openstaande factuur
       *[other] Klant heeft { $count } openstaande facturen
    }

customer-history = Klanthistorie

customer-id-52f2d5 = Klant-id

customer-last-paid-days-ago = Klant betaalde laatst { $days } geleden

customer-name = Klantnaam

customer-paid-share-of-past-invoices-a6f358 = Klant betaalde { $share } van eerdere facturen 1–{ $n } dagen te laat

customer-paid-share-of-past-invoices-5c7451 = Klant betaalde { $share } van eerdere facturen meer dan { $n } dagen te laat

customer-pays-days-early-on-average = Klant betaalt gemiddeld { $days } te vroeg

customer-pays-days-late-on-average = Klant betaalt gemiddeld { $days } te laat

customer-uses-share-of-its-credit = Klant gebruikt { $share } van de kredietlimiet

customers-open-invoices-total-amount = Openstaande facturen van de klant: totaal { $amount }

customers-overdue-invoices-total-amount = Vervallen facturen van de klant: totaal { $amount }

customers = Klanten

customers-ranked-by-the-amount-expected = Klanten gerangschikt op het bedrag dat naar verwachting te laat of zeer laat wordt betaald

customers-with-the-largest-amount-expected = Klanten met het grootste bedrag dat naar verwachting te laat of zeer laat wordt betaald, staan bovenaan. Een klant of factuur waarop u klikt in het scherm Voorspellingen, wordt ook hier geopend.

dso-90-days = DSO (90 dagen)

dark = Donker

data = Gegevens

data-as-of = Gegevens per

data-folder = Gegevensmap

day-first-d-m-yyyy = Dag eerst (D/M/YYYY)

days-after-the-invoice-date-within = Aantal dagen na de factuurdatum waarbinnen de korting mag worden genomen, 0 als er geen is.

days-between-the-invoice-date-and = Aantal dagen tussen de factuurdatum en de vervaldatum.

days-from-the-prediction-date-to = Aantal dagen van de voorspellingsdatum tot de vervaldatum (negatief zodra die is verstreken).

days-late-caf3c4 = Dagen te laat

days-past-due-0517f8 = Dagen na vervaldatum

days-past-due-of-the-customers = Aantal dagen na de vervaldatum van de oudste vervallen factuur van de klant, 0 als er geen is.

days-since-the-customer-last-paid = Aantal dagen sinds de klant voor het laatst iets heeft betaald.

days-since-the-customers-first-invoice = Aantal dagen sinds de eerste factuur van de klant.

days-the-invoice-is-already-past = Aantal dagen dat de factuur al over de vervaldatum is, 0 als deze nog niet vervallen is.

days-to-cash-after = Dagen tot betaling na

days-to-cash-before = Dagen tot betaling voor

delete-policy = { $policy } verwijderen

delivery-paper-electronic = Verzending (papier/elektronisch)

description = Beschrijving

discard = Verwerpen

discount = Korting %

discount-cost = Kortingskosten

discount-days-of-value-are-more = { $value } kortingsdagen is meer dan de betalingstermijn van { $terms } dagen: de korting moet binnen de termijn worden genomen.

discount-days-of-value-are-outside = { $value } kortingsdagen valt buiten het toegestane bereik van 0 tot { $max } dagen.

discount-if-paid-within-days = Korting bij betaling binnen { $days }

dismiss = Sluiten

disputed-465681 = Betwist

do-not-publish = Niet publiceren

done = Gereed

drop-csv-or-excel-files-to = Sleep CSV- of Excel-bestanden hierheen om ze te importeren: klanten, facturen en betalingen, of één factuurlijst

due = Vervalt

due-date = Vervaldatum

due-date-passed-days-ago = Vervaldatum { $days } geleden verstreken

due-in-days = Vervalt over { $days }

dunning-level = Aanmaningsniveau

electronic-billing-5cb2c8 = Elektronische facturering

empty-for-open-missing-of-open = Leeg bij { $open_missing } van de { $open } openstaande facturen, maar gevuld bij betaalde: de waarde is pas na betaling bekend.

every-invoice-in-this-data-is = Elke factuur in deze gegevens is betaald, dus op { $as_of } valt er niets te voorspellen. Blik terug naar een eerdere datum om te zien wat een model dat is getraind op wat toen bekend was, zou hebben voorspeld voor de facturen die toen openstonden, en hoe ze werkelijk zijn betaald.

excel-error-value-in-the-cell = Excel-foutwaarde in de cel

excel-workbook = Excel-werkmap

excel-sheet-sheet = Excel, blad "{ $sheet }"

expected-amount = Verwacht bedrag

expected-amounts-by-how-overdue-the = Verwachte bedragen naar hoe ver de facturen vervallen zijn

expected-cash-in-per-week-by = Verwachte ontvangsten per week, naar de categorie waarin het geld naar verwachting binnenkomt

expected-late-very-late = Verwacht te laat + zeer laat

expected-very-late = Verwacht zeer laat

expected-bucket = Verwacht { $bucket }

explaining-every-open-invoice = Elke openstaande factuur verklaren

export-csv = CSV exporteren…

export-excel = Excel exporteren…

exported-rows-predictions-to-path = { $rows ->
        [one] { $rows } voorspelling geëxporteerd naar { $path }.
       *[other] { $rows } voorspellingen geëxporteerd naar { $path }.
    }

exporting-predictions = Voorspellingen exporteren

f1 = F1

field-c326a4 = Veld

field-field-was-not-used-reason = Veld { $field } is niet gebruikt: { $reason }

fields = Velden

fields-the-model-learns-from = Velden waarvan het model leert

file-2c3caf = Bestand

file-526613 = Bestand:

files-read = Gelezen bestanden

filter-d7decf = Filter

filter-6eab89 = Filter:

filtering-and-sorting-total-invoices = { $total ->
        [one] { $total } factuur filteren en sorteren…
       *[other] { $total } facturen filteren en sorteren…
    }

finding-the-invoices-to-learn-from = Facturen zoeken om van te leren

first-value = Eerste waarde

fitting-on-the-earlier-invoices = Aanpassen op de eerdere facturen

flag = Markering

flag-for-collections-when-p-on = Markeren voor incasso als P(op tijd) lager is dan

flagged = Gemarkeerd

flagged-p-on-time-threshold = Gemarkeerd (P(op tijd) < { $threshold })

flagged-only = Alleen gemarkeerd

for-data-where-very-late-payments = Voor gegevens waarin zeer late betalingen zelden voorkomen

for-each-of-the-last-12 = Voor elk van de laatste 12 maandbegins: train op wat toen bekend was, voorspel de facturen die toen openstonden en vergelijk met hoe ze zijn betaald

form-one-invoice-ledger-with-paid = Vorm: één factuurlijst met betaaldatums.

form-separate-tables-customers-invoices-payments = Vorm: afzonderlijke tabellen (klanten, facturen, betalingen).

gives-the-outcome-away-reason = Verraadt de uitkomst: { $reason }

grade = Cijfer

grade-grade-accuracy-accuracy-log-loss = Cijfer { $grade }, nauwkeurigheid { $accuracy }, log loss { $log_loss }, { $fields ->
        [one] { $fields } veld
       *[other] { $fields } velden
    }

group = Groep

how-it-is-worked-out-formula = Zo wordt het berekend: { $formula }

how-long-the-invoice-has-been = Hoe lang de factuur al openstaat wanneer de voorspelling wordt gedaan.

how-many-days-before-the-due = Hoeveel dagen voor de vervaldatum de laatste herinnering werd verstuurd; leeg tot er een is verstuurd, en zodra de factuur vervallen is.

how-many-of-the-customers-invoices = Hoeveel facturen van de klant vóór dit moment zijn betaald.

import = Importeren

import-data-before-training-a-model = Importeer gegevens voordat u een model traint.

import-data-first = Importeer eerst gegevens.

import-data-first-the-fields-are = Importeer eerst gegevens: de velden zijn de kolommen van uw bestanden.

import-more-history = Importeer meer historie.

import-report-no-problems-found = Importrapport: geen problemen gevonden.

import-report-issues-issues = { $issues ->
        [one] Importrapport: { $issues } probleem
       *[other] Importrapport: { $issues } problemen
    }

import-these-files = Deze bestanden importeren

import-your-own-data = Eigen gegevens importeren…

imported-column-name-category = Geïmporteerde kolom "{ $name }" (categorie).

imported-column-name-date = Geïmporteerde kolom "{ $name }" (datum).

imported-column-name-number = Geïmporteerde kolom "{ $name }" (getal).

imported-column-name-days-after-the = Geïmporteerde kolom "{ $name }": dagen na de factuurdatum.

importing = Importeren

importing-data = Gegevens importeren

improving = Verbeterend

in-effect = Actief

in-file-column-column-is-used = In { $file } wordt kolom "{ $column }" gebruikt als { $field }, maar deze bevat geen datums (bijvoorbeeld "{ $example }"). Datums worden gelezen als { $formats }. Kies een andere kolom voor { $field }, of geef de notatie van de kolom op onder [ROLE.date_formats] in het koppelingsbestand.

influence = Invloed

instead-of-the-systems-file-dialog = In plaats van het bestandsvenster van het systeem: voor computers waarop dat venster niet opent

invoice = Factuur

invoice-age = Factuurleeftijd

invoice-amount = Factuurbedrag

invoice-amount-at-least = Factuurbedrag minimaal

invoice-amount-amount = Factuurbedrag { $amount }

invoice-date = Factuurdatum

invoice-dated-in-the-last-two-02c76b = Factuur gedateerd in de laatste twee weken van december.

invoice-dated-in-the-last-two-704f62 = Factuur gedateerd in de laatste twee weken van een kwartaal.

invoice-id = Factuur-id

invoice-is-days-old = Factuur is { $days } oud

invoice-is-times-the-customers-average = Factuur is { $times }× het gemiddelde van de klant

invoice-ledger-with-paid-date = Factuurlijst (met betaaldatum)

invoice-number = Factuurnummer

invoiced-amount-of-the-customers-unpaid-ccf826 = Gefactureerd bedrag van de onbetaalde facturen van de klant (deelbetalingen niet afgetrokken), inclusief deze factuur.

invoiced-amount-of-the-customers-unpaid-aea6fd = Gefactureerd bedrag van de onbetaalde facturen van de klant die al vervallen zijn (deelbetalingen niet afgetrokken).

invoiced-in-currency = Gefactureerd in { $currency }

invoices = Facturen

invoices-paid-more-than-n-days = Facturen die meer dan N dagen na de vervaldatum zijn betaald, tellen als zeer laat

invoices-to-learn-from-counts = Facturen om van te leren: { $counts }.

invoices-with-an-outcome = Facturen met een uitkomst

issued-in-month = Uitgegeven in { $month }

it-learned-from-fields-that-give = Het model heeft geleerd van velden die de uitkomst verraden: { $fields }. Hun waarden zijn pas bekend als een factuur is betaald, dus de scores op eerdere facturen lijken veel beter dan de voorspellingen voor openstaande facturen zullen zijn.

it-never-varied-in-the-training = Het varieerde nooit in de trainingsgegevens, dus het model kan het effect ervan niet leren.

it-uses-other-buckets-buckets-so = Het gebruikt andere categorieën ({ $buckets }), dus de meetwaarden zouden iets anders meten.

its-name-word-suggests-it-is = De naam ("{ $word }") doet vermoeden dat het uit de betaling is berekend, en die is niet bekend voor openstaande facturen.

keep-it-out = Buiten laten

language = Taal

larger-files-are-refused-saying-the = Grotere bestanden worden geweigerd, met vermelding van het geheugen dat ze nodig zouden hebben: een CSV-bestand heeft ongeveer negen keer zijn grootte nodig.

largest-file-to-import-mb = Grootste te importeren bestand (MB)

last-payment = Laatste betaling

last-reminder-date = Datum laatste herinnering

late = Te laat

late-1-n-days = Te laat (1–{ $n } dagen)

late-means-1-to-n-days = Te laat betekent 1 tot N dagen na de vervaldatum; N =

later = Later

later-after-these-weeks-or-past = Later: na deze weken, of langer vervallen dan enige betaalde factuur ooit was, dus wanneer het binnenkomt, is niet te zeggen.

learned-from-fields-that-give-the = Geleerd van velden die de uitkomst verraden ({ $fields }): de scores hieronder overschatten hoe goed het model openstaande facturen voorspelt.

left-out-for-too-little-history = Weggelaten wegens te weinig voorafgaande historie om op te trainen: { $months }

light = Licht

like-the-system = Zoals het systeem

listing-the-fields = Velden opsommen

loading-the-data = Gegevens laden…

loading-the-published-model = Gepubliceerd model laden

log-loss = Log loss

look-back = Terugblikken

look-back-to = Terugblikken naar

look-back-done = Terugblik voltooid

look-back-predictions-as-of-date = Terugblik: voorspellingen per { $date }

looking-back = Terugblikken

looks-like-an-identifier-almost-every = Lijkt een identificatie: bijna elke rij heeft een eigen waarde.

macro-f1 = Macro-F1

manage-policies = Beleid beheren…

match = Koppeling

model = Model

model-file-file-cannot-be-used = Modelbestand { $file } kan niet worden gebruikt: { $problem }

model-file-file-problem = Modelbestand { $file }: { $problem }

model-version-version-does-not-exist = Modelversie { $version } bestaat niet. `list` toont de versies.

models-of-the-data-in-use = Modellen van de gebruikte gegevens

month = Maand

month-first-m-d-yyyy = Maand eerst (M/D/YYYY)

more-than-60-days-overdue = Meer dan 60 dagen vervallen

most-likely = Meest waarschijnlijk

most-likely-bucket = Meest waarschijnlijke categorie

name = Naam

nearness-to-the-due-date = Nabijheid van de vervaldatum

needs-a-published-model-and-no = Vereist een gepubliceerd model en geen lopende taak

net-benefit = Nettovoordeel

new-folder = Nieuwe map

no = Nee

no-credit-limit-0edd96 = Geen kredietlimiet

no-customer-has-this-id = Geen klant heeft deze id

no-customers-id-or-name-contains = De id of naam van geen enkele klant bevat deze tekst.

no-data-folder-could-be-found = Er kon geen gegevensmap worden gevonden of gemaakt, dus instellingen en modellen worden niet bewaard nadat de app is gesloten.

no-data-is-open = Er zijn geen gegevens geopend.

no-data-loaded = Geen gegevens geladen

no-data-yet-use-import-your = Nog geen gegevens. Gebruik "Eigen gegevens importeren…" om uw bestanden te kiezen.

no-field-is-selected-tick-at = Er is geen veld geselecteerd. Vink ten minste één veld aan en train opnieuw.

no-model-was-published-yet-one = Er was nog geen model gepubliceerd: er is een model getraind op deze gegevens met de standaardvelden en gepubliceerd.

no-model-yet-it-is-prepared = Nog geen model: het wordt voorbereid zodra de gegevens zijn geladen.

no-open-invoice-matches-the-scenarios = Geen openstaande factuur valt binnen het bereik van het scenario.

no-open-invoices-in-this-scope = Geen openstaande facturen binnen dit bereik: niets te wijzigen.

no-predictions-yet-a-published-model = Nog geen voorspellingen: er is een gepubliceerd model nodig. Train er een in het scherm Velden en publiceer het.

no-values-in-the-data = Geen waarden in de gegevens.

no-versions-stored-yet = Nog geen versies opgeslagen.

none-of-the-files-files-looks = Geen van de bestanden ({ $files }) lijkt op een factuurtabel. Een factuurtabel heeft kolommen nodig voor factuurnummer, klant, factuurdatum, vervaldatum en bedrag: koppel ze handmatig, of controleer of de juiste export is gekozen.

none-of-these-invoices-has-an = Geen van deze facturen heeft al een uitkomst, dus de voorspellingen kunnen niet worden beoordeeld. Blik verder terug.

not-enough-history = Onvoldoende historie

not-published = Niet gepubliceerd

not-yet-due = Nog niet vervallen

note = Opmerking

nothing-is-open = Niets staat open

nothing-usable-was-imported-from-file = Er is niets bruikbaars geïmporteerd uit { $file }: { $rows ->
        [one] de enige rij ({ $rows }) had een probleem
       *[other] alle { $rows } rijen hadden een probleem
    } (zie het importrapport). Meest voorkomend: { $most_common }.

now-value = Nu: { $value }

number-of-the-customers-unpaid-invoices = Aantal onbetaalde facturen van de klant.

ok = OK

observed-share = Waargenomen aandeel

offer-a-cash-discount = Contantkorting aanbieden

oldest-overdue-invoice-is-days-past = Oudste vervallen factuur is { $days } over de vervaldatum

on-its-own-it-tells-the = Op zichzelf bepaalt het de betalingscategorie voor { $share }% van de betaalde facturen: het is vrijwel zeker uit de betaling berekend.

on-time = Op tijd

one-invoice-ledger-with-paid-dates = Eén factuurlijst met betaaldatums.

only-count-invoices-ended-bucket-at = { $count ->
        [one] Slechts { $count } factuur eindigde als "{ $bucket }"
       *[other] Slechts { $count } facturen eindigden als "{ $bucket }"
    }; er zijn er minimaal 30 per categorie nodig. { $suggestion }

only-count-paid-invoices-can-be-b7f99a = { $count ->
        [one] Er kan van slechts { $count } betaalde factuur worden geleerd
       *[other] Er kan van slechts { $count } betaalde facturen worden geleerd
    }; er zijn er minimaal 100 nodig. Importeer een langere historie.

only-count-paid-invoices-can-be-acccef = { $count ->
        [one] Er kan van slechts { $count } betaalde factuur worden geleerd
       *[other] Er kan van slechts { $count } betaalde facturen worden geleerd
    }; er zijn er minimaal { $min } nodig.

only-share-of-rows-have-a = Slechts { $share }% van de rijen heeft een waarde.

# "Open" dient zowel als status (onbetaalde factuur) als als knop in de bestandskiezer; "Open" past bij beide.
open = Open

open-the-chosen-files = Openen

open-amount = Openstaand bedrag

open-amount-at-least = Openstaand bedrag minimaal

open-balance = Openstaand saldo

open-balance-divided-by-the-credit = Openstaand saldo gedeeld door de kredietlimiet (1 = op de limiet).

open-folder = Map openen

open-folder-folder = Map openen: { $folder }

open-invoices = Openstaande facturen

open-the-sample-data-instead = In plaats daarvan de voorbeeldgegevens openen

open-amount-paid = Open, { $amount } betaald

opening-the-data-of-the-last = Gegevens van de vorige sessie openen

other-columns-kept-as-candidate-fields = Overige kolommen, bewaard als mogelijke velden: { $columns }

overdue-balance = Vervallen saldo

p-on-time-after = P(op tijd) na

p-on-time-after-share = P(op tijd) na: { $share }

p-on-time-before = P(op tijd) voor

p-on-time-before-share = P(op tijd) voor: { $share }

paid = Betaald

paid-settled-date = Betaal-/vereffeningsdatum

paid-date = Betaald { $date }

paperless-billing-since = Papierloos factureren sinds

paperless-since = Papierloos sinds

parent-folder = Bovenliggende map

payment-amount = Betalingsbedrag

payment-date = Betalingsdatum

payment-history-days-late-per-invoice = Betalingshistorie: dagen te laat per factuur

payment-terms-days-fd94d8 = Betalingstermijn (dagen)

payment-terms-of-value-days-are = Een betalingstermijn van { $value } dagen valt buiten het toegestane bereik van 0 tot { $max } dagen.

payment-terms-days-e7e56b = Betalingstermijn { $days }

payments = Betalingen

perfect-calibration = Perfecte kalibratie

policies-in-effect-policies-they-change = Actief beleid: { $policies }. Dit wijzigt { $invoices ->
        [one] { $invoices } factuur
       *[other] { $invoices } facturen
    }; verwachte bedragen: { $changes }.

policy-name = Naam van beleid

precision = Precisie

predicted = Voorspeld

predicted-probability = Voorspelde kans

predicting-the-invoices-open-on-date = Facturen voorspellen die openstonden op { $date }

predictions = Voorspellingen

preparing-the-model = Model voorbereiden

problem = Probleem

publish = Publiceren

publish-anyway = Toch publiceren

publish-version-version-83ac0b = Versie { $version } publiceren

publish-version-version-95f8a3 = Versie { $version } publiceren?

published = Gepubliceerd

published-version-version-on-the-same = Gepubliceerd (versie { $version }), op dezelfde testfacturen

published-before = Eerder gepubliceerd

published-version-version-trained-trained-at = Gepubliceerd: versie { $version }, getraind { $trained_at } op { $invoices ->
        [one] { $invoices } factuur
       *[other] { $invoices } facturen
    } ({ $rows ->
        [one] { $rows } rij
       *[other] { $rows } rijen
    }), gegevens per { $as_of }

publishing = Publiceren

quality-on-its-own-test-invoices = Kwaliteit op eigen testfacturen

read-as = Lezen als

read-the-same-files-again-and = Dezelfde bestanden opnieuw lezen en de koppeling tonen om te corrigeren

reading-files = Bestanden lezen

recall = Recall

recent-invoices-paid-days-early-on = Recente facturen gemiddeld { $days } te vroeg betaald

recent-invoices-paid-days-late-on = Recente facturen gemiddeld { $days } te laat betaald

refitting-on-all-paid-invoices = Opnieuw aanpassen op alle betaalde facturen

refresh = Vernieuwen

reminded-744404 = Herinnerd

reminded-on-the-due-date = Herinnerd op de vervaldatum

reminded-days-before-the-due-date = Herinnerd { $days } voor de vervaldatum

reminder-days-before-due = Herinnering (dagen voor vervaldatum)

rename = Naam wijzigen

resolve-disputes = Geschillen oplossen

restore-the-default-rates = Standaardpercentages herstellen

return-to-the-previously-published-version = Terug naar de eerder gepubliceerde versie

roll-back = Terugdraaien

rolled-back-to-version-version-the = Teruggedraaid naar versie { $version }; de openstaande facturen worden ermee gescoord.

rolling-back = Terugdraaien

row = Rij

run-backtest-12-months = Backtest uitvoeren (12 maanden)

run-what-if = Analyse uitvoeren

sample-data = Voorbeeldgegevens

save = Opslaan

save-as-policy = Opslaan als beleid

save-every-open-invoice-with-its-bea509 = Elke openstaande factuur met de kansen en belangrijkste redenen opslaan als CSV

save-every-open-invoice-with-its-d1f4f3 = Elke openstaande factuur met de kansen en belangrijkste redenen opslaan als Excel-werkmap

save-the-predictions = Voorspellingen opslaan

saved-policies = Opgeslagen beleid

saving-the-first-model = Eerste model opslaan

saving-the-trained-model = Getraind model opslaan

scored = Gescoord

scoring-after-the-change = Scoren na de wijziging

scoring-applies-saved-policies-to-the = Bij het scoren wordt opgeslagen beleid toegepast op de facturen waarvoor het geldt

scoring-applies-the-policies-in-effect = Bij het scoren wordt het actieve beleid toegepast op de facturen waarvoor het geldt. Schakel een beleid uit om de voorspellingen zonder dat beleid te zien; het blijft bewaard.

scoring-before-the-change = Scoren vóór de wijziging

scoring-open-invoices = Openstaande facturen scoren

scoring-the-open-invoices = De openstaande facturen scoren

search-all-customers-by-id-or = Alle klanten zoeken op id of naam

search-customers = Klanten zoeken

select-the-path-to-copy-it = Selecteer het pad om het te kopiëren

send-a-payment-reminder = Een betalingsherinnering sturen

sent-electronically-e-mail-edi-portal = Elektronisch verzonden (e-mail, EDI, portal) in plaats van op papier.

separate-tables-customers-invoices-payments = Afzonderlijke tabellen (klanten, facturen, betalingen).

settings = Instellingen

settings-remembered-column-mappings-policies-and = Instellingen, onthouden kolomkoppelingen, beleid en modellen worden in deze map op deze computer opgeslagen; niets verlaat de computer.

settling-invoices-from-payments = Facturen vereffenen met betalingen

share-of-the-customers-paid-amount-703e5c = Aandeel van het door de klant betaalde bedrag dat 1–{ $n_late } dagen te laat binnenkwam.

share-of-the-customers-paid-amount-047f53 = Aandeel van het door de klant betaalde bedrag dat meer dan { $n_late } dagen te laat binnenkwam.

share-of-the-customers-paid-invoices-a317f4 = Aandeel van de betaalde facturen van de klant dat 1–{ $n_late } dagen te laat is betaald.

share-of-the-customers-paid-invoices-7edf35 = Aandeel van de betaalde facturen van de klant dat meer dan { $n_late } dagen te laat is betaald.

show-hidden-files = Verborgen bestanden tonen

show-this-customer = Deze klant tonen

show-this-folder-in-your-file = Deze map tonen in uw bestandsbeheer

show-this-invoice-and-its-customer = Deze factuur en de klant tonen

show-why-this-invoice-is-predicted = Tonen waarom deze factuur zo wordt voorspeld

showing-shown-of-total-customers = { $total ->
        [one] { $shown } van { $total } klant weergegeven
       *[other] { $shown } van { $total } klanten weergegeven
    }

showing-shown-of-total-open-invoices = { $total ->
        [one] { $shown } van { $total } openstaande factuur weergegeven
       *[other] { $shown } van { $total } openstaande facturen weergegeven
    }

skill-over-baseline = Verbetering t.o.v. basislijn

some-date-columns-can-be-read = Sommige datumkolommen kunnen met de maand eerst of de dag eerst worden gelezen, en de gegevens geven niet aan welke: { $columns }. Kies voor elke kolom M/D/YYYY of D/M/YYYY (in het koppelingsscherm, of onder [ROLE.date_formats] in het koppelingsbestand).

sort-by-this-column-click-again = Sorteren op deze kolom; klik nogmaals om om te keren

sort-by-column = Sorteren op { $column }

starting = Starten

status = Status

steady = Stabiel

still-open = Nog openstaand

stopped-because-other-data-was-loaded = Gestopt omdat andere gegevens zijn geladen: { $jobs }.

summing-the-portfolio = Portefeuille optellen

switched-off-a-policy-is-kept = Uitgeschakeld beleid blijft bewaard maar wijzigt niets

tables-csv-excel = Tabellen (CSV, Excel)

terms-days = Termijn (dagen)

test-invoices = Testfacturen

the-amount-divided-by-the-customers = Het bedrag gedeeld door de gemiddelde factuur van de klant tot nu toe (2 = twee keer het gebruikelijke).

the-backtest = De backtest

the-baseline-always-predicts-the-usual = De basislijn voorspelt altijd de gebruikelijke verdeling en kiest "{ $bucket }".

the-bundled-sample-data-is-open = De meegeleverde voorbeeldgegevens zijn geopend.

the-bundled-sample-model-is-in = Het meegeleverde voorbeeldmodel wordt gebruikt.

the-column-mapping-remembered-for-next = De kolomkoppeling (onthouden voor de volgende keer)

the-cost-of-capital-values-cash = De kapitaalkosten waarderen geld dat eerder binnenkomt; het percentage oninbare vorderingen is het deel van de zeer late bedragen dat nooit wordt geïnd. Met beide worden in het scherm Wat-als de kosten van een contantkorting afgewogen tegen het voordeel.

the-customer-disputes-the-invoice = De klant betwist de factuur.

the-customers-country-or-region = Het land of de regio van de klant.

the-customers-credit-limit = De kredietlimiet van de klant.

the-customers-group-or-segment = De groep of het segment van de klant.

the-data-has-no-customers = De gegevens bevatten geen klanten.

the-data-of-your-last-session = De gegevens van uw vorige sessie konden niet opnieuw worden geopend: { $problem } Intussen worden de voorbeeldgegevens getoond; uw bestanden staan in het scherm Importeren.

the-dunning-level-the-export-records = Het aanmaningsniveau dat de export voor de factuur vermeldt.

the-export = De export

the-export-records-the-dunning-level = De export vermeldt het aanmaningsniveau dat bereikt was op de dag van de export, niet op de dag dat de factuur wordt bekeken, en aanmanen volgt op een gemiste vervaldatum: het verraadt de vertraging.

the-fields-are-listed-once-the = De velden worden getoond zodra de gegevens en het model zijn geladen…

the-file-manager-could-not-open-f9cc61 = Bestandsbeheer kon { $folder } niet openen ({ $error }). Selecteer het pad in het scherm Instellingen, kopieer het en open het zelf.

the-file-manager-could-not-open-ab8f9a = Bestandsbeheer kon { $folder } niet openen ({ $program } eindigde met { $status }). Selecteer het pad in het scherm Instellingen, kopieer het en open het zelf.

the-folder-could-not-be-opened = De map kon niet worden geopend: { $program } is niet gestart ({ $error }). Selecteer het pad in het scherm Instellingen, kopieer het en open het in uw bestandsbeheer.

the-folder-folder-does-not-exist = De map { $folder } bestaat niet (meer). Deze wordt opnieuw gemaakt zodra de app er weer iets opslaat.

the-import-was-cancelled = Het importeren is geannuleerd.

the-import-was-cancelled-the-data = Het importeren is geannuleerd; de eerder getoonde gegevens blijven behouden.

the-invoices-amount = Het bedrag van de factuur.

the-invoices-currency = De valuta van de factuur.

the-list-of-published-models-file-b4fced = De lijst met gepubliceerde modellen { $file } is beschadigd ({ $error }). Deze is bewaard als { $kept } en opnieuw opgebouwd uit de modelbestanden: gepubliceerde versies { $history }.

the-list-of-published-models-file-d837a8 = De lijst met gepubliceerde modellen { $file } ontbrak; deze is opnieuw opgebouwd uit de modelbestanden.

the-look-back = De terugblik

the-mapping-file-file-gives-an = Het koppelingsbestand { $file } geeft een onbekende datumnotatie "{ $value }" voor kolom "{ $column }". Gebruik een van: { $known }.

the-mapping-file-file-is-not = Het koppelingsbestand { $file } is geen geldige TOML op { $place }. Controleer daar de [sectie]-koppen, de aanhalingstekens en de =-tekens, of schrijf het bestand opnieuw met --save-mapping.

the-mapping-file-file-names-an = Het koppelingsbestand { $file } noemt een onbekend veld "{ $key }" onder [{ $role }.columns]. Bekende velden: { $known }.

the-model-does-not-use-name = Het model gebruikt "{ $name }" niet (niet geselecteerd, of het varieerde nooit in de trainingsgegevens), dus het kan het effect van een wijziging van de { $what } niet bepalen.

the-model-store-folder-has-no = De modelopslag { $folder } heeft geen versienummer meer over na { $last }. Verplaats de oude modelbestanden uit de map.

the-model-uses-the-field-field = Het model gebruikt het veld "{ $field }", dat de huidige gegevens niet bevatten. Train het model opnieuw op deze gegevens.

the-open-invoices-are-being-scored = De openstaande facturen worden gescoord…

the-policies = Het beleid

the-predictions-could-not-be-written = De voorspellingen konden niet naar { $path } worden geschreven ({ $error }). Kies een andere map of sluit het bestand als het in een ander programma is geopend.

the-published-version-version-cannot-be = De gepubliceerde versie { $version } kan niet op dezelfde facturen worden vergeleken: { $reason }

the-reasons-for-this-prediction-could = De redenen voor deze voorspelling konden niet worden bepaald: { $error }

the-remembered-column-mappings-in-file-8c3fec = De onthouden kolomkoppelingen in { $file } konden niet worden gelezen ({ $error }); het bestand is bewaard als { $kept } en de koppelingen beginnen leeg. Koppel uw bestanden opnieuw in het scherm Importeren.

the-remembered-column-mappings-in-file-1eb5f0 = De onthouden kolomkoppelingen in { $file } konden niet worden gelezen ({ $error }); de koppelingen beginnen leeg. Koppel uw bestanden opnieuw in het scherm Importeren.

the-same-value-everywhere = Overal dezelfde waarde.

the-saved-policies-in-file-could = Het opgeslagen beleid in { $file } kon niet worden gelezen ({ $error }); er wordt geen beleid toegepast. Sla het opnieuw op vanuit het scherm Wat-als.

the-saved-policy-name-in-file = Het opgeslagen beleid "{ $name }" in { $file } kan niet worden toegepast: { $error } Er wordt geen beleid toegepast. Sla het beleid opnieuw op vanuit het scherm Wat-als.

the-saved-settings-in-file-could = De opgeslagen instellingen in { $file } konden niet worden gelezen ({ $error }); de standaardwaarden worden gebruikt. Wijzig ze in het scherm Instellingen om ze opnieuw op te slaan.

the-settings = De instellingen

the-systems-file-dialog-could-not = Het bestandsvenster van het systeem kon niet worden geopend, dus wordt de eigen bestandskiezer van de app getoond. Vink in het scherm Instellingen "Eigen bestandskiezer van de app gebruiken" aan om deze altijd te gebruiken.

the-value-value-for-the-field = De waarde { $value } voor het veld "{ $key }" valt buiten het toegestane bereik van -{ $max } tot { $max }.

the-what-if = De wat-als-analyse

theme = Thema

there-is-no-earlier-published-version = Er is geen eerder gepubliceerde versie om naar terug te draaien.

there-is-no-payment-information-no = Er is geen betalingsinformatie: geen betalingenbestand en geen kolom met betaal-/vereffeningsdatum in { $file }. Voeg de betalingenexport toe, of koppel de kolom met de datum waarop elke factuur is betaald.

there-is-no-published-model-yet-4f7356 = Er is nog geen gepubliceerd model, dus een wat-als-analyse kan niet worden uitgevoerd. Train en publiceer eerst een model in het scherm Velden.

there-is-no-published-model-yet-62cdf6 = Er is nog geen gepubliceerd model. Train er een en publiceer het.

these-files-cannot-be-found-files = Deze bestanden zijn niet gevonden ({ $files }), dus worden de voorbeeldgegevens getoond. Importeer uw bestanden met "Eigen gegevens importeren…".

this-customer = Deze klant

this-field-gives-the-outcome-away = Dit veld verraadt de uitkomst: { $reason }

this-invoice = Deze factuur

ticked-although-they-give-the-outcome = Aangevinkt hoewel ze de uitkomst verraden: { $fields }

too-few-invoices-in-a-bucket = Te weinig facturen in een categorie ({ $buckets }); elke categorie heeft er minimaal { $min } nodig.

total = Totaal

train = Trainen

train-a-candidate-model-with-the = Een kandidaatmodel trainen met de aangevinkte velden; het wordt vergeleken met het gepubliceerde model voordat u het publiceert

train-a-model-on-what-was = Een model trainen op wat die dag bekend was, de facturen voorspellen die toen openstonden en vergelijken met hoe ze zijn betaald

trained = Getraind

training = Trainen

training-on-what-was-known-on = Trainen op wat bekend was op { $date }

training-stopped-reason = Training gestopt: { $reason }

training-the-first-model = Eerste model trainen

training-the-first-model-failed-error = Het trainen van het eerste model is mislukt: { $error } Kies de indeling en de velden in het scherm Velden en train opnieuw.

training-uses-this-layout-if-a = Training gebruikt deze indeling; als een categorie ooit te weinig facturen heeft, schakelt het over naar de indeling die de gegevens ondersteunen en meldt het dat.

trend-last-5-paid = Trend (laatste 5 betaald)

try-a-discount-other-terms-or = Probeer een korting, een andere termijn of elektronische facturering voor de openstaande facturen van deze klant

two-buckets-on-time-late-are = Er worden twee categorieën (op tijd / te laat) gebruikt: { $count ->
        [one] slechts { $count } betaalde factuur was
       *[other] slechts { $count } betaalde facturen waren
    } meer dan { $asked } dagen te laat, te weinig voor een categorie zeer laat (elke categorie heeft er minimaal { $min } nodig). { $counts }

two-buckets-only-on-time-late = Alleen twee categorieën (op tijd / te laat)

utf-8-with-bom = UTF-8 met BOM

unchanged = Ongewijzigd

unlikely-to-be-paid-on-time = Waarschijnlijk niet op tijd betaald: opvolgen

untick-or-tick-fields-on-the = Vink velden aan of uit in het scherm Velden en klik op Trainen om een nieuwe kandidaat ermee te vergelijken.

use-field = "{ $field }" gebruiken?

use-n-n-days = N = { $n } dagen gebruiken

use-it-anyway = Toch gebruiken

use-the-apps-own-file-chooser = Eigen bestandskiezer van de app gebruiken

use-the-sample-data = Voorbeeldgegevens gebruiken

use-the-two-bucket-mode-on-458a61 = Gebruik de modus met twee categorieën (op tijd / te laat), of importeer meer historie.

use-the-two-bucket-mode-on-f96fd5 = Gebruik de modus met twee categorieën (op tijd / te laat), of verlaag N tot onder { $days } dagen.

use-this-model-for-predictions-from = Dit model voortaan gebruiken voor voorspellingen

use-two-buckets = Twee categorieën gebruiken

value = Waarde

version = Versie

version-version-is-published-the-open = Versie { $version } is gepubliceerd; de openstaande facturen worden ermee gescoord.

versions = Versies

very-late = Zeer laat

very-late-n-days = Zeer laat (> { $n } dagen)

very-late-means-more-than-n = Zeer laat betekent hier meer dan { $n } dagen na de vervaldatum, niet { $asked }: { $count ->
        [one] slechts { $count } betaalde factuur was
       *[other] slechts { $count } betaalde facturen waren
    } meer dan { $asked } dagen te laat, en elke categorie heeft er minimaal { $min } nodig om van te leren. { $counts }

wait-until-the-running-job-is = Wacht tot de lopende taak klaar is

warning-warning = Waarschuwing: { $warning }

week-from = Week vanaf

what-happened = Wat er is gebeurd

what-was-done = Wat er is gedaan

what-was-understood = Wat er is begrepen

what-if = Wat-als

what-if-done = Wat-als-analyse voltooid

what-if-for-this-customer = Wat-als voor deze klant…

where-your-data-is-kept = Waar uw gegevens worden bewaard

whether-the-invoice-is-not-yet = Of de factuur nog niet vervallen is, of in welk kwart van het venster van { $n_late } dagen te laat deze valt.

which-invoices = Welke facturen:

why-an-invoice-is-predicted-so = Waarom een factuur zo wordt voorspeld

why-invoice-invoice-is-predicted-so = Waarom factuur { $invoice } zo wordt voorspeld

worsening = Verslechterend

write-a-date-before-as-of = Voer een datum vóór { $as_of } in als { $pattern }.

writing-the-file = Bestand schrijven

yes = Ja

your-files-are-imported-check-what = Uw bestanden zijn geïmporteerd. Controleer hieronder wat er van elk bestand is begrepen; als een kolom niet klopt, wijzig dan de koppeling en importeer opnieuw.

your-files-are-open-and-will = Uw bestanden zijn geopend en worden bij de volgende start opnieuw geopend: { $files }

a-cash-discount-must-be-0 = een contantkorting moet 0 tot 50 procent zijn

a-credit-limit-cannot-be-negative = een kredietlimiet kan niet negatief zijn

a-dunning-level-must-be-a = een aanmaningsniveau moet een geheel getal van 0 tot 9 zijn

a-reminder-cannot-be-sent-before = een herinnering kan niet vóór de factuurdatum worden verstuurd

amount-far-beyond-the-rest-of = bedrag ver boven de rest van de gegevens (aannemelijk: tot { $limit }); buiten de training gehouden

an-unknown-line = een onbekende regel

an-unknown-month = een onbekende maand

cannot-be-locked-error = kan niet worden vergrendeld: { $error }

cannot-be-moved-aside-error = kan niet opzij worden gezet: { $error }

cannot-be-opened-error = kan niet worden geopend: { $error }

cannot-be-read-error = kan niet worden gelezen ({ $error })

cannot-be-removed-error = kan niet worden verwijderd: { $error }

cannot-create-the-folder-error = kan de map niet maken: { $error }

cannot-write-error = kan niet schrijven: { $error }

cash-discount-0ebd20 = contantkorting

column-name-empty-or-repeated-renamed = kolomnaam leeg of herhaald, hernoemd tot "{ $to }"

column-column = kolom { $column }

comma = komma

comma-1-234-56 = komma (1.234,56)

credit-limit-644381 = kredietlimiet

customer-id-already-used-in-row = klant-ID al gebruikt in rij { $first_row }

customer-id-not-in-the-customer = klant-ID niet in het klantenbestand

customer-added-without-attributes = klant toegevoegd zonder kenmerken

date = datum

date-far-outside-the-rest-of = datum ver buiten de rest van de gegevens (aannemelijk: { $earliest } tot { $latest }); buiten de peildatum en de training gehouden

days-before-due = dagen voor vervaldatum

decides-it = geeft de doorslag

differs-between-rows-of-the-same = verschilt tussen rijen van dezelfde klant bij { $customers ->
        [one] { $customers } klant
       *[other] { $customers } klanten
    }

discount-cost-amount-discount-p-on = kortingskosten = bedrag × korting % × P(op tijd na) × { $take_rate }% (aandeel van de tijdige betalers dat een aangeboden korting neemt{ $assumed }); eerder geld = bedrag × { $cost_of_capital }% per jaar × dagen eerder / 365; minder zeer laat = bedrag × { $bad_debt_rate }% oninbare vorderingen × (P(zeer laat) voor − na)

discount-days = kortingsdagen

discount-days-must-be-0-to = kortingsdagen moeten 0 tot 365 zijn

dispute-resolved = geschil opgelost

disputed-729e6e = betwist

dot-1-234-56 = punt (1,234.56)

due-date-is-before-the-invoice = vervaldatum ligt vóór de factuurdatum ({ $invoice_date })

due-date-set-to-date-invoice = vervaldatum ingesteld op { $date }: factuurdatum + betalingstermijn van de klant van { $days } dagen

electronic-billing-02a3c1 = elektronische facturering

field-2da0b6 = veld

file-column-value-or-problem = bestand, kolom, waarde of probleem

from-date = vanaf { $date }

holds = bevat:

id-or-name = id of naam

if-paid-within-days = bij betaling binnen (dagen)

impossible-value-reason = onmogelijke waarde: { $reason }

invoice-amount-is-zero = factuurbedrag is nul

invoice-kept-but-left-out-of = factuur behouden, maar buiten de training gelaten

invoice-number-already-used-in-row = factuurnummer al gebruikt in rij { $first_row } met een andere inhoud

is-damaged-or-from-an-incompatible = is beschadigd of afkomstig van een incompatibele versie ({ $error }); train een nieuw model of draai terug

it-does-not-exist = het bestaat niet

it-ends-too-early-at-line = het eindigt te vroeg, op regel { $line }: het bestand is afgekapt

it-is-damaged-or-not-an = het is beschadigd, of geen Excel-werkmap

it-is-not-utf-8-text = het is geen UTF-8-tekst

it-is-not-valid-json-at = het is geen geldige JSON op regel { $line }, kolom { $column }

it-is-protected-with-a-password = het is beveiligd met een wachtwoord

it-was-made-by-a-newer = het is gemaakt door een nieuwere Payment Insights (bestandsindeling { $found }; deze versie leest tot en met { $supported }). Werk Payment Insights bij of train een nieuw model.

its-folder-does-not-exist = de map ervan bestaat niet

kept-as-it-is = ongewijzigd behouden

line-line = regel { $line }

line-line-holds-a-value-of = regel { $line } bevat een waarde van het verkeerde type, of een waarde die het bestand nodig heeft ontbreekt

named-to = met de naam "{ $to }"

negative-amount-a-credit-note-not = negatief bedrag: een creditnota, geen factuur

no-cash-discount = geen contantkorting

no-credit-limit-dd1a95 = geen kredietlimiet

no-rows = geen rijen

none-71f8e7 = geen

not-a-date-in-this-columns = geen datum in de notatie van deze kolom ({ $format })

not-a-number = geen getal

not-a-recognised-yes-no-or = geen herkende waarde voor ja/nee of papier/elektronisch

not-what = niet { $what }

number-decimal-decimal = getal, decimaalteken { $decimal }

odds-factor = odds ×{ $factor }

on-the-due-date = op de vervaldatum

or-open-a-customer-on-the = of open een klant in het scherm Klant

or-pick-an-invoice-on-the = of kies een factuur in het scherm Klant

paid-date-is-before-the-invoice = betaaldatum ligt vóór de factuurdatum ({ $invoice_date })

payment-dated-before-the-invoice-date = betaling gedateerd vóór de factuurdatum ({ $invoice_date })

payment-for-a-credit-note = betaling voor een creditnota

payment-for-an-invoice-number-that = betaling voor een factuurnummer dat bij geen enkele factuur hoort

payment-of-zero = betaling van nul

payment-terms = betalingstermijn

payment-terms-must-be-0-to = betalingstermijn moet 0 tot 730 dagen zijn

payments-add-up-to-paid-more = betalingen tellen op tot { $paid }, meer dan het factuurbedrag { $amount }

permission-to-read-it-was-denied = toestemming om het te lezen is geweigerd

permission-to-write-there-was-denied = toestemming om daar te schrijven is geweigerd

pipe = verticale streep

policy-policy = beleid: { $policy }

reminded-b332b8 = herinnerd

reminder = herinnering

required-value-is-empty = verplichte waarde is leeg

row-has-only-fields-fields-the = { $fields ->
        [one] rij heeft slechts { $fields } veld, de koprij heeft er { $expected }
       *[other] rij heeft slechts { $fields } velden, de koprij heeft er { $expected }
    }

row-has-fields-fields-the-header = { $fields ->
        [one] rij heeft { $fields } veld, de koprij heeft er { $expected }
       *[other] rij heeft { $fields } velden, de koprij heeft er { $expected }
    }

row-is-empty = rij is leeg

row-skipped = rij overgeslagen

same-invoice-as-row-first-row = dezelfde factuur als rij { $first_row }, herhaald

semicolon = puntkomma

sent-electronically-b9a56d = elektronisch verzonden

some-characters-could-not-be-read = sommige tekens konden niet worden gelezen in de codering van het bestand

sorted-ascending = oplopend gesorteerd

sorted-descending = aflopend gesorteerd

tab = tab

terms-days-days = { $days ->
        [one] termijn { $days } dag
       *[other] termijn { $days } dagen
    }

the-design-matrix-is-not-contiguous = de ontwerpmatrix is niet aaneengesloten

the-disk-is-full = de schijf is vol

the-disk-is-read-only = de schijf is alleen-lezen

the-first-rows-value-is-used = de waarde van de eerste rij wordt gebruikt

the-scale-of-what-is-not = de schaal van { $what } is niet positief.

the-system-could-not-read-it = het systeem kon het niet lezen

the-system-could-not-write-it = het systeem kon het niet schrijven

the-workbook-could-not-be-built = de werkmap kon niet worden opgebouwd: { $error }

toward-bucket = richting { $bucket }

unreadable-characters-shown-as = onleesbare tekens weergegeven als �

value-left-empty = waarde leeg gelaten

value-repaired = waarde hersteld

value-repaired-how = waarde hersteld: { $how }

your-choice = uw keuze

bucket-as-predicted = { $bucket }, zoals voorspeld

certain-of-the-total-invoices-are = { $certain ->
        [one] { $certain } van de { $total } facturen is
       *[other] { $certain } van de { $total } facturen zijn
    } al meer dan { $late_days } dagen vervallen: de categorie staat vast en geen enkele wijziging kan die veranderen.

column-asc = { $column } (oplopend)

column-desc = { $column } (aflopend)

count-invoices-in-this-currency-while = { $count ->
        [one] { $count } factuur in deze valuta, terwijl de meeste in { $main } zijn; bedragen worden niet omgerekend
       *[other] { $count } facturen in deze valuta, terwijl de meeste in { $main } zijn; bedragen worden niet omgerekend
    }

count-of-these-invoices-already-have = { $count ->
        [one] { $count } van deze facturen heeft al een contantkorting: de nieuwe vervangt deze.
       *[other] { $count } van deze facturen hebben al een contantkorting: de nieuwe vervangt deze.
    }

count-of-total-with-a-discount = { $count } van { $total } met korting, { $terms }

count-of-total-what = { $count } van { $total } { $what }

count-open-invoices-in-this-scope = { $count ->
        [one] { $count } openstaande factuur binnen dit bereik
       *[other] { $count } openstaande facturen binnen dit bereik
    }

days-late-paid-paid = { $days_late } ({ $paid } betaald)

days-days = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }

days-days-past-due-more-than = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } na de vervaldatum, meer dan { $n } dagen: zeker zeer laat

days-days-past-due-late-for = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } na de vervaldatum: zeker te laat

days-early = { $days } te vroeg

days-late-460b44 = { $days } te laat

days-past-due-a41d81 = { $days } na de vervaldatum

delimiter-separated-quote-quote-encoding = gescheiden door { $delimiter }, aanhalingsteken { $quote }, { $encoding }

error-using-the-previous-good-version = { $error } In plaats daarvan wordt de vorige goede versie { $version } gebruikt.

fact-average-invoice-typical = { $fact } (gemiddelde factuur: { $typical })

field-is-not-used-with-two = { $field } wordt niet gebruikt bij twee categorieën: zodra een factuur vervallen is, is deze te laat, dus er valt niets meer te voorspellen.

field-not-given = { $field }: niet opgegeven

field-value = { $field }: { $value }

file-role-has-no-column-for = { $file } ({ $role }) heeft geen kolom voor { $missing }. De kolommen zijn: { $columns }. Kies de kolom in de koppeling, of voeg deze toe aan het koppelingsbestand onder [{ $role_key }.columns].

file-column-column-for-example-examples = { $file } kolom "{ $column }" (bijvoorbeeld { $examples })

file-could-not-be-read-as = { $file } kon niet als werkmap worden gelezen: { $message }. Open het in Excel en sla het opnieuw op als .xlsx, of exporteer naar CSV.

file-could-not-be-split-into = { $file } kon als CSV niet in rijen en kolommen worden opgesplitst. Open het in een spreadsheetprogramma, controleer of elke rij dezelfde kolommen heeft als de koprij en exporteer het opnieuw als CSV.

file-has-a-header-row-but = { $file } heeft een koprij, maar geen gegevensrijen. Exporteer de tabel opnieuw met de rijen, of kies een ander bestand.

file-has-no-sheet-named-sheet = { $file } heeft geen blad met de naam "{ $sheet }". De bladen zijn: { $available }.

file-has-columns-columns-payment-insights = { $file } heeft { $columns ->
        [one] { $columns } kolom
       *[other] { $columns } kolommen
    }; Payment Insights leest er maximaal { $limit }. Exporteer alleen de kolommen die u nodig hebt (factuur, klant, datums, bedragen) en importeer opnieuw.

file-is-a-extension-file-which = { $file } is een .{ $extension }-bestand, dat Payment Insights niet kan lezen. Sla het op of exporteer het als CSV (.csv) of Excel (.xlsx, .xls).

file-is-empty-export-the-table = { $file } is leeg. Exporteer de tabel opnieuw, met de koprij.

file-is-not-a-text-file = { $file } is geen tekstbestand: het bevat binaire gegevens (een werkmap opgeslagen onder een .csv-naam, of een beschadigd bestand). Open het in het programma waarmee het is gemaakt en exporteer het opnieuw als CSV.

file-is-size-importing-it-would = { $file } is { $size }; importeren zou ongeveer { $memory } geheugen vergen, meer dan de limiet van { $limit } per bestand. Exporteer een kortere periode of minder kolommen, of verhoog de limiet in het scherm Instellingen (op de opdrachtregel: --max-file-mb).

file-row-row-column-column-the-c98364 = { $file } rij { $row }, kolom "{ $column }": de waarde "{ $value }" opent een aanhalingsteken ({ $quote }) dat nooit wordt gesloten, waardoor de rijen erna niet van elkaar te onderscheiden zijn. Sluit of verwijder dat aanhalingsteken en importeer opnieuw.

file-row-row-column-column-the-3c65db = { $file } rij { $row }, kolom "{ $column }": de waarde "{ $value }" begint met een aanhalingsteken ({ $quote }), maar gaat door na het afsluitende aanhalingsteken. Zet de hele waarde tussen aanhalingstekens en verdubbel elk aanhalingsteken daarbinnen, of verwijder de aanhalingstekens, en importeer opnieuw.

file-uses-cells-up-to-cell = { $file } gebruikt cellen tot { $cell } ({ $rows ->
        [one] { $rows } rij
       *[other] { $rows } rijen
    } bij { $columns ->
        [one] { $columns } kolom
       *[other] { $columns } kolommen
    }), meer dan Payment Insights leest ({ $max_columns } kolommen, { $max_cells } cellen). Verwijder in Excel de rijen en kolommen buiten uw tabel, sla op en importeer opnieuw.

file-role-format-imported-of-read = { $file } — { $role } ({ $format }): { $imported } van { $read ->
        [one] { $read } rij geïmporteerd
       *[other] { $read } rijen geïmporteerd
    }

file-column-column-dates-like-examples-8ae4ce = { $file }, kolom "{ $column }": datums zoals { $examples }

file-column-column-dates-like-examples-641a69 = { $file }, kolom "{ $column }": datums zoals { $examples } (kolom "{ $other_column }" leest { $other_format })

file-role-rows-rows = { $file }: { $role }, { $rows ->
        [one] { $rows } rij
       *[other] { $rows } rijen
    }

invoices-open-invoices-in-scope = { $invoices ->
        [one] { $invoices } openstaande factuur binnen bereik
       *[other] { $invoices } openstaande facturen binnen bereik
    }

known-of-them-have-an-outcome = { $known ->
        [one] { $known } daarvan heeft
       *[other] { $known } daarvan hebben
    } op { $today } een uitkomst; { $undecided ->
        [one] de overige { $undecided } is nog onbeslist en wordt
       *[other] de overige { $undecided } zijn nog onbeslist en worden
    } niet gescoord.

millions-m = { $millions } mln

missing-required-field-s-have-no = { $missing ->
        [one] { $missing } verplicht veld heeft geen kolom
       *[other] { $missing } verplichte velden hebben geen kolom
    }

model-calibration-predicted-vs-observed-per = { $model }: kalibratie (voorspeld t.o.v. waargenomen per deciel)

model-confusion-matrix-rows-actual-columns = { $model }: verwarringsmatrix (rijen: werkelijk, kolommen: voorspeld)

model-per-bucket = { $model }: per categorie

name-v-is-outside-the-range = { $name } = { $v } valt buiten het bereik uit de training ({ $lo }–{ $hi }); het effect is een extrapolatie.

n-day = { $n } dag

n-days = { $n } dagen

n-rows = { $n ->
        [one] { $n } rij
       *[other] { $n } rijen
    }

part-column-other-of-the-same = { $part }; kolom "{ $other }" van hetzelfde bestand leest { $format }

percent-within-days-days = { $days ->
        [one] { $percent } binnen { $days } dag
       *[other] { $percent } binnen { $days } dagen
    }

percent-cash-discount-offered = { $percent }% contantkorting aangeboden

place-row-row = { $place } rij { $row }

place-column-column = { $place }, kolom "{ $column }"

place-value-value = { $place }, waarde "{ $value }"

place-problem-action = { $place }: { $problem } → { $action }

problem-a-new-model-is-trained = { $problem } In plaats daarvan wordt een nieuw model getraind op de huidige gegevens.

problem-training-with-this-layout-would = { $problem } Trainen met deze indeling zou mislukken.


rows-rows = { $rows ->
        [one] { $rows } rij
       *[other] { $rows } rijen
    }

share-of-the-customers-past-amount-e4ee55 = { $share } van het eerdere bedrag van de klant kwam 1–{ $n } dagen te laat binnen

share-of-the-customers-past-amount-2a0234 = { $share } van het eerdere bedrag van de klant kwam meer dan { $n } dagen te laat binnen

share-of-limit = { $share } van { $limit }

start-end-days-past-due = { $start }–{ $end } dagen vervallen

thousands-k = { $thousands }k

ticked-of-fields-fields-ticked = { $fields ->
        [one] { $ticked } van { $fields } veld aangevinkt
       *[other] { $ticked } van { $fields } velden aangevinkt
    }

trend-days-late-days-late = { $trend }, { $days_late ->
        [one] { $days_late } dag te laat
       *[other] { $days_late } dagen te laat
    }

what-could-not-be-saved-error = { $what } kon niet worden opgeslagen ({ $error }). Controleer of { $folder } beschrijfbaar is.

what-failed-error = { $what } is mislukt: { $error }

what-has-found-entries-where-expected = { $what } heeft { $found ->
        [one] { $found } item
       *[other] { $found } items
    } waar er { $expected } nodig zijn.

what-is-not-a-finite-number = { $what } is geen eindig getal.

what-was-cancelled-nothing-was-changed = { $what } is geannuleerd; er is niets gewijzigd.

amount-vs-customers-average = Bedrag t.o.v. klantgemiddelde

cash-discount-ed56cb = Contantkorting (%)

customer-has-not-paid-anything-yet = Klant heeft nog niets betaald

customer-pays-on-the-due-date = Klant betaalt gemiddeld op de vervaldatum

customer-tenure-days = Klant sinds (dagen)

days-since-invoice-date = Dagen sinds factuurdatum

days-since-last-payment = Dagen sinds laatste betaling

days-until-due = Dagen tot vervaldatum

days-until-the-due-date-on = Dagen tot de vervaldatum op een logaritmische schaal, 0 zodra die voorbij is: de laatste dagen voor de vervaldatum wegen zwaarder dan de eerste weken.

first-invoice-of-this-customer = Eerste factuur van deze klant

invoice-is-disputed = Factuur wordt betwist

invoice-is-not-disputed = Factuur wordt niet betwist

invoice-month = Factuurmaand

invoices-paid-so-far = Tot nu toe betaalde facturen

issued-at-quarter-end = Uitgegeven aan het kwartaaleinde

issued-at-year-end = Uitgegeven aan het jaareinde

issued-in-the-last-two-weeks-ace2cf = Uitgegeven in de laatste twee weken van een kwartaal

issued-in-the-last-two-weeks-0c8eb2 = Uitgegeven in de laatste twee weken van het jaar

no-cash-discount-offered = Geen contantkorting aangeboden

no-cash-discount-window = Geen termijn voor contantkorting

no-overdue-invoices = Geen vervallen facturen

no-paid-invoices-from-this-customer = Nog geen betaalde facturen van deze klant

no-payment-reminder-sent-yet = Nog geen betalingsherinnering verstuurd

not-issued-at-a-quarter-end = Niet uitgegeven aan een kwartaaleinde

not-issued-at-year-end = Niet uitgegeven aan het jaareinde

nothing-overdue-for-this-customer = Niets vervallen bij deze klant

oldest-overdue-days = Oudste vervallen (dagen)

past-due-band = Achterstandsklasse

recent-days-late-last-5 = Recente dagen te laat (laatste 5)

recent-invoices-paid-on-the-due = Recente facturen gemiddeld op de vervaldatum betaald

sent-electronically-97372a = Elektronisch verzonden

sent-on-paper = Op papier verzonden

share-of-amount-paid-late = Aandeel bedrag te laat betaald

share-of-amount-paid-very-late = Aandeel bedrag zeer laat betaald

share-paid-late = Aandeel te laat betaald

share-paid-very-late = Aandeel zeer laat betaald

bucket-invoice-of-date-paid-on = { $bucket }: factuur van { $date }, betaald op de vervaldatum

bucket-invoice-of-date-paid-days-61d247 =
    { $days ->
        [one] { $bucket }: factuur van { $date }, { $days } dag na de vervaldatum betaald
       *[other] { $bucket }: factuur van { $date }, { $days } dagen na de vervaldatum betaald
    }

bucket-invoice-of-date-paid-days-1162f5 =
    { $days ->
        [one] { $bucket }: factuur van { $date }, { $days } dag vóór de vervaldatum betaald
       *[other] { $bucket }: factuur van { $date }, { $days } dagen vóór de vervaldatum betaald
    }

bucket-predicted-predicted-observed-observed = { $bucket }: voorspeld { $predicted }, waargenomen { $observed }

# Strategies

a-change-of-the-payment-terms = Een wijziging van de betalingstermijn met { $value } dagen valt buiten het toegestane bereik van -{ $max } tot { $max } dagen.

a-random-share-of-the-chosen = Een willekeurig deel van de gekozen klanten krijgt het aanbod niet, zodat het werkelijke effect later kan worden gemeten door hen met de anderen te vergelijken

a-strategy-of-yours-already-has = Een van uw strategieën heeft deze naam al

add-strategy = Strategie toevoegen

add-count-discounts =
    { $count ->
        [one] { $count } korting toevoegen
       *[other] { $count } kortingen toevoegen
    }

all-open-invoices = Alle openstaande facturen

annual-cost = Kosten op jaarbasis

best-per-customer = Beste per klant

best-strategy = Beste strategie

budget-spend-at-most = Budget: besteed maximaal

candidates-ticked-of-total-ticked-and = Kandidaten: { $ticked } van { $total } aangevinkt, plus Geen wijziging

cash-discount-4c043a = Contantkorting

cash-discount-pct-within-days-days =
    { $days ->
        [one] Contantkorting { $pct }% binnen { $days } dag
       *[other] Contantkorting { $pct }% binnen { $days } dagen
    }

choose-at-least-one-change = Kies ten minste één wijziging

chosen-chosen-customers-held-of-them =
    { $chosen ->
        [one] Gekozen: { $chosen } klant, van wie { $held } in de controlegroep zonder het aanbod. Voor de { $offered } die het krijgen: kortingskosten { $cost }, nettowaarde { $net }, { $extra } meer op tijd betaald (schattingen van het model).
       *[other] Gekozen: { $chosen } klanten, van wie { $held } in de controlegroep zonder het aanbod. Voor de { $offered } die het krijgen: kortingskosten { $cost }, nettowaarde { $net }, { $extra } meer op tijd betaald (schattingen van het model).
    }

compare-strategies = Strategieën vergelijken

compare-strategies-for-this-customer = Strategieën vergelijken voor deze klant…

compare-strategies-for-this-scope = Strategieën vergelijken voor dit bereik…

compare-ways-of-getting-paid-sooner = Vergelijk manieren om sneller betaald te krijgen naast elkaar en kies er één per klant. Elk cijfer is een schatting van het model op basis van hoe vergelijkbare facturen zijn betaald, geen gemeten effect.

comparing-strategies = Strategieën vergelijken

cost-per-extra-on-time = Kosten per extra op tijd

dso-change = DSO-wijziging

days-to-cash = Dagen tot betaling

delete-strategy = { $strategy } verwijderen

discount-grid = Kortingsreeks:

discounts-terms-electronic-billing-side-by = Kortingen, betalingstermijnen en elektronische facturering naast elkaar voor de openstaande facturen van deze klant

disputes-resolved = Geschillen opgelost

each-invoices-value-amount-over-buckets = Waarde van elke factuur = bedrag × Σ over de categorieën van P(categorie) × ((1 − genomen korting) ÷ (1 + { $cost_of_capital }%)^(dagen tot betaling ÷ 365) − verlies); de korting wordt op de laatste dag genomen door { $take_rate }% van de tijdige betalers{ $assumed }; verlies = { $bad_debt_rate }% van de zeer late bedragen. Nettowaarde = waarde − waarde bij Geen wijziging = eerder geld + minder zeer laat − kortingskosten, in contante waarden (het scherm Wat-als toont de eerste-ordebenadering van dezelfde onderdelen). Wijziging DSO = Σ bedrag × wijziging dagen tot betaling ÷ het bedrag van alle openstaande facturen (van alle nieuwe, bij nieuwe facturen).

earlier-cash = Eerder geld

efficient-frontier = Efficiënte grens

exported-the-strategy-of-rows-customers =
    { $rows ->
        [one] Strategiekeuze van { $rows } klant geëxporteerd naar { $path }.
       *[other] Strategiekeuze van { $rows } klanten geëxporteerd naar { $path }.
    }

exporting-the-strategy-choice = Strategiekeuze exporteren

extra-on-time = Extra op tijd

fewer-very-late = Minder zeer laat

filled-points-lie-on-the-efficient = Gevulde punten liggen op de efficiënte grens: geen andere strategie kost minder en levert meer op. Strategieën zonder onderbouwing in de gegevens worden niet getekend.

frontier-discount-cost-against = Efficiënte grens: kortingskosten tegenover

give-a-range-of-percents-and = Geef een bereik van percentages en ten minste één aantal dagen op

give-the-strategy-a-name = Geef de strategie een naam

hold-out = Controlegroep

margin = Marge

needs-a-published-model-a-customer = Vereist een gepubliceerd model, een klant als daarom wordt gevraagd, en geen lopende vergelijking

negative-shorter-terms = Negatief: kortere betalingstermijn

net-value-402ede = Nettowaarde

new-invoices-the-invoices-issued-in-4285c4 = Nieuwe facturen: de facturen die in de afgelopen { $days } dagen zijn uitgegeven, opnieuw uitgegeven met peildatum { $date } als benadering van toekomstige orders

new-invoices-the-invoices-issued-in-322887 = Nieuwe facturen: de facturen die in de afgelopen { $days } dagen zijn uitgegeven, opnieuw uitgegeven met peildatum { $date } als benadering van toekomstige orders (niet de facturen die nu openstaan).


no-change = Geen wijziging

no-change-always-compared = Geen wijziging (altijd vergeleken)

no-customer-gets-an-offer-in = Geen enkele klant krijgt een aanbod in deze keuze, dus er is geen beleid om op te slaan.

no-invoice-matches-this-scope-nothing = Geen factuur valt binnen dit bereik: niets te vergelijken.

offer = Aanbod

one-customer = Eén klant

one-policy-per-chosen-strategy-for = Eén beleid per gekozen strategie, voor de klanten die het aanbod krijgen; bij het scoren wordt dit beleid vanaf dan toegepast

payment-terms-days-days-longer =
    { $days ->
        [one] Betalingstermijn { $days } dag langer
       *[other] Betalingstermijn { $days } dagen langer
    }

payment-terms-days-days-shorter =
    { $days ->
        [one] Betalingstermijn { $days } dag korter
       *[other] Betalingstermijn { $days } dagen korter
    }

pays-for = Rendabel voor

reading-the-customers-histories = Historie van de klanten lezen

region-empty-any = Regio (leeg: alle)

remind-days-days-before-due =
    { $days ->
        [one] Herinnering { $days } dag vóór de vervaldatum
       *[other] Herinnering { $days } dagen vóór de vervaldatum
    }

runner-up = Tweede beste

save-as-policies = Opslaan als beleid

save-the-strategy-choice = Strategiekeuze opslaan

saved-count-policies-from-the-strategy = { $count } beleid opgeslagen uit de strategiekeuze; bij het scoren wordt dit beleid vanaf nu toegepast.

scoring-strategy-n-of-total = Strategie { $n } van { $total } scoren

several-strategies-side-by-side-on = Meerdere strategieën naast elkaar voor deze facturen, met de beste per klant

strategies = Strategieën

strategies-compared = Strategieën vergeleken

strategy = Strategie

strategy-name = Strategie: { $name }

terms-changed-by-days = Betalingstermijn gewijzigd met (dagen)

the-discounts-cost-as-a-yearly = De kosten van de korting als jaarrente, d/(1−d) × 365/(betalingstermijn − kortingsdagen), bij de mediane betalingstermijn binnen het bereik, naast uw kapitaalkosten

the-saved-strategies-in-file-could = De opgeslagen strategieën in { $file } konden niet worden gelezen ({ $error }); alleen de standaardstrategieën worden aangeboden. Voeg uw eigen strategieën opnieuw toe in het scherm Strategieën.

the-saved-strategy-name-in-file = De opgeslagen strategie "{ $name }" in { $file } kan niet worden gebruikt: { $error } Alleen de standaardstrategieën worden aangeboden. Voeg uw eigen strategieën opnieuw toe in het scherm Strategieën.

the-strategies = De strategieën

the-strategy-name-cannot-be-compared = De strategie "{ $name }" kan niet worden vergeleken: { $problem }

there-is-no-published-model-yet-e73c07 = Er is nog geen gepubliceerd model, dus strategieën kunnen niet worden vergeleken. Train en publiceer eerst een model in het scherm Velden.

too-close-to-call-the-net = Te nipt om te beslissen: de spreiding van de nettowaarde over { $resamples } herbemonsteringen van de klanten binnen het bereik (5% tot 95%) omvat nul. Dit laat zien in hoeverre het totaal afhangt van enkele klanten, niet de onzekerheid van het model zelf.

verdict = Oordeel


your-own = Eigen strategie:

baseline = basislijn

best-by-net-value = beste op nettowaarde

extra-amount-paid-on-time = extra bedrag op tijd betaald

from = van

held-out = controlegroep

net-value-9be15a = nettowaarde


no-evidence-in-your-data-the = geen onderbouwing in uw gegevens: het model kan het effect niet bepalen

of-the-chosen-customers-without-the = van de gekozen klanten zonder het aanbod

on-discounts = aan kortingen

step = stap

to = tot

too-close-to-call = te nipt om te beslissen

within-days-e-g-10-20 = binnen (dagen, bijv. 10, 20)


count-of-the-total-invoices-are =
    { $count ->
        [one] { $count } van de { $total } facturen is al voorbij de kortingsdagen: het aanbod kan deze factuur niet bereiken en de betalingstermijn blijft ongewijzigd.
       *[other] { $count } van de { $total } facturen zijn al voorbij de kortingsdagen: het aanbod kan ze niet bereiken en hun betalingstermijn blijft ongewijzigd.
    }

count-of-total = { $count } van { $total }

invoices-invoices-of-customers-customers-amount =
    { $customers ->
        [one] { $invoices } facturen van { $customers } klant, { $amount } openstaand: schattingen van het model
       *[other] { $invoices } facturen van { $customers } klanten, { $amount } openstaand: schattingen van het model
    }

rate-capital-capital = { $rate } (kapitaalkosten { $capital })

strategy-cost-cost-benefit-value = { $strategy }: kosten { $cost }, { $benefit } { $value }

strategy-warning = { $strategy }: { $warning }

warnings-on-hover = ⚠ waarschuwingen bij aanwijzen

back-to-the-order-of-the = Terug naar de volgorde van de kandidaten

spent-spent-of-the-budget-of = { $spent } van het budget van { $budget } besteed aan kortingen.

the-model-does-not-use-levers = Het model gebruikt niet: { $levers }

a-lever-its-curve-is-kept-b247c2 = Een hefboom: de curve wordt zo gehouden dat de kans op tijdige betaling nooit daalt als de waarde groeit.

a-lever-its-curve-is-kept-c5f33d = Een hefboom: de curve wordt zo gehouden dat de kans op tijdige betaling nooit stijgt als de waarde groeit.

additive-model-curves = Additief model (curves)

both-learners-are-fitted-the-one = Beide modeltypen worden getraind; het type met het laagste log loss op de laatste facturen wordt gebruikt

change-in-probability-points = Verandering van de kans (procentpunten)

curve = Curve

each-curve-is-what-the-model = Elke curve toont wat het model over één veld heeft geleerd: hoeveel de kans van elke categorie verandert voor een verder gemiddelde factuur als het veld die waarde heeft. De staven eronder tonen hoeveel trainingsrijen die waarde hadden: waar het er weinig zijn, zegt de curve weinig.

how-each-field-moves-the-prediction = Hoe elk veld de voorspelling beïnvloedt

learner = Modeltype

logistic-regression = Logistische regressie

missing-rows-rows-changes = Ontbreekt ({ $rows } rijen): { $changes }

rows = Rijen

show-on-the-model-screen-how = Toon op het Model-scherm hoe dit veld de voorspelling beïnvloedt

the-logistic-regression-draws-every-effect = De logistische regressie tekent elk effect als een rechte lijn; het additieve model leert een curve per veld. Beide worden altijd getraind en naast elkaar getoond op het Model-scherm.

training-rows = Trainingsrijen

there-are-no-rows-to-learn = er zijn geen rijen om van te leren

bucket-points-at-value = { $bucket }: { $points } bij { $value }

sign-points-pts = { $sign }{ $points } pp

what-does-not-fit-the-rest = { $what } past niet bij de rest van het bestand.

what-is-missing = { $what } ontbreekt.

fitting-the-additive-models-curves = De curves van het additieve model aanpassen

other = Overig

learner-of-this-model-learner-as = Modeltype van dit model: { $learner }, gekozen op het Velden-scherm; het andere modeltype van dezelfde training staat ernaast.

learner-of-this-model-learner-the = Modeltype van dit model: { $learner }, van de twee die op dezelfde facturen zijn getraind het type met het laagste log loss op de laatste. Kies er een op het Velden-scherm om het te houden, wat de scores ook zijn.

the-better-one = Het betere

learner-same-run = { $learner } (zelfde training)

check-the-columns-date-format-in = Controleer de datumnotatie van de kolom in de koppeling (of onder [ROLE.date_formats] in het koppelingsbestand) en importeer opnieuw.

correct-the-rows-the-report-lists = Verbeter de rijen die het rapport noemt in het bestand, of controleer de kolomkoppeling, en importeer opnieuw.

if-the-sheet-leaves-a-repeated = Als het blad een herhaalde waarde (een klant boven zijn blok facturen) leeg laat of in samengevoegde cellen die bij de export verloren gingen, vul de waarde dan in elke rij in, of importeer de werkmap zelf, en importeer opnieuw.

many-rows-were-skipped = Veel rijen zijn overgeslagen

no-row-of-file-splits-into = Geen rij van { $file } valt uiteen in de { $columns } kolommen van de kopregel: alle { $rows } rijen hebben meer of minder waarden. Controleer dat het bestand met één scheidingsteken (komma, puntkomma of tab) is opgeslagen en dat waarden met het scheidingsteken tussen aanhalingstekens staan, en exporteer het opnieuw.

no-sheet-of-file-holds-a = Geen blad van { $file } bevat een tabel met een kopregel en rijen eronder. De bladen: { $sheets }. Zet elke tabel (klanten, facturen, betalingen of één grootboek) op een eigen blad met de kolomnamen in één rij boven de rijen, of exporteer ze als CSV.

sheet-skipped-sheet-reason = Blad overgeslagen: { $sheet }: { $reason }

the-folder-folder-cannot-be-made = De map { $folder } kan niet worden gemaakt: { $reason }. Kies een andere plek, of controleer de rechten van de mappen erboven.

the-saved-setting-name-value-in = De opgeslagen instelling { $name } = { $value } in { $file } ligt buiten de waarden die ze kan hebben; de standaardwaarde wordt gebruikt. Wijzig ze op het scherm Instellingen om ze opnieuw op te slaan.

values-that-hold-the-separator-must = Waarden met het scheidingsteken moeten tussen aanhalingstekens staan: exporteer het bestand opnieuw uit het programma dat het maakte en importeer opnieuw.

a-file-of-that-name-is = een bestand met die naam staat in de weg

a-part-of-its-path-is = een deel van het pad is een bestand, geen map

header-on-row-row = kopregel op rij { $row }

it-is-a-folder-not-a = het is een map, geen bestand

its-columns-are-not-those-of = de kolommen zijn niet die van klanten, facturen, betalingen of een grootboek

no-table-on-this-sheet-reason = geen tabel op dit blad: { $reason }

sheet-skipped = blad overgeslagen

the-sheet-has-no-rows-under = het blad heeft geen rijen onder de eerste regel

the-sheet-is-empty = het blad is leeg

folder-is-a-file-not-a = { $folder } is een bestand, geen map. Geef het pad van een map (er wordt een nieuwe gemaakt), of verplaats het bestand.

line-header-found-on-row-row = { $line }; kopregel gevonden op rij { $row }

message-the-sheets-with-their-first = { $message } De bladen, met hun eerste kopcellen: { $sheets }.

share-of-the-rows-of-file = { $share } van de rijen van { $file } is overgeslagen ({ $skipped } van { $read }).

sheet-empty = { $sheet } (leeg)

sheet-skipped-reason = { $sheet }: overgeslagen, { $reason }

text-most-often-count-rows-problem = { $text } Meestal ({ $count } rijen): { $problem }, kolom "{ $column }", eerst in rij { $row }.

what-is-value-beyond-what-any = { $what } is { $value }, verder dan enige betalingsgeschiedenis geeft.

a-lever-its-curve-is-kept-b7c982 = Een hefboom: de curve wordt zo gehouden dat de kans op tijdige betaling met welke waarde ook nooit lager is dan zonder waarde.

each-fields-curve-is-drawn-for = De curve van elk veld wordt getekend voor het additieve model: kies het als modeltype op het Velden-scherm en train om ze te zien.
