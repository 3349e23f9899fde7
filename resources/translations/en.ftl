# Payment Insights in English: the source every translation follows.
# Written by extract_messages.py from the texts in the source code; each message's
# `# key:` line is the English text the code looks it up by (do not change it). The
# message itself may be reworded, and may use plural selectors.

# key:  days
days = { " " }days

# key: "{job}" is still running. Wait until it is done, or cancel it.
job-is-still-running-wait-until = "{ $job }" is still running. Wait until it is done, or cancel it.

# key: "{what}" could not be started: {reason}. Close other programs and try again.
what-could-not-be-started-reason = "{ $what }" could not be started: { $reason }. Close other programs and try again.

# key: "{what}" stopped unexpectedly. Try again; if it happens again, check the files.
what-stopped-unexpectedly-try-again-if = "{ $what }" stopped unexpectedly. Try again; if it happens again, check the files.

# key: (none)
none-3c6b18 = (none)

# key: (not in file)
not-in-file = (not in file)

# key: (required: not found)
required-not-found = (required: not found)

# key: , assumed: no discounts in the data
assumed-no-discounts-in-the-data = , assumed: no discounts in the data

# key: 1 year
n1-year = 1 year

# key: 1–30 days overdue
n1-30-days-overdue = 1–30 days overdue

# key: 3 months
n3-months = 3 months

# key: 31–60 days overdue
n31-60-days-overdue = 31–60 days overdue

# key: 6 months
n6-months = 6 months

# key: A cash discount of {value}% is outside the allowed range of 0 to {max}%.
a-cash-discount-of-value-is = A cash discount of { $value }% is outside the allowed range of 0 to { $max }%.

# key: A change of the payment terms by {value} days is outside the allowed range of -{max} to {max} days.
a-change-of-the-payment-terms = A change of the payment terms by { $value } days is outside the allowed range of -{ $max } to { $max } days.

# key: A credit limit of {value} is outside the allowed range of 0 to {max}.
a-credit-limit-of-value-is = A credit limit of { $value } is outside the allowed range of 0 to { $max }.

# key: A lever: its curve is kept so that the chance of being paid on time never falls as the value grows.
a-lever-its-curve-is-kept-b247c2 = A lever: its curve is kept so that the chance of being paid on time never falls as the value grows.

# key: A lever: its curve is kept so that the chance of being paid on time never rises as the value grows.
a-lever-its-curve-is-kept-c5f33d = A lever: its curve is kept so that the chance of being paid on time never rises as the value grows.

# key: A lever: its curve is kept so that with any value the chance of being paid on time is never below that with none.
a-lever-its-curve-is-kept-b7c982 = A lever: its curve is kept so that with any value the chance of being paid on time is never below that with none.

# key: A model that learns from it looks excellent on past invoices, but the value is not known for open invoices, so its predictions for them are wrong. Use it only to test.
a-model-that-learns-from-it = A model that learns from it looks excellent on past invoices, but the value is not known for open invoices, so its predictions for them are wrong. Use it only to test.

# key: A model trained only on what was known on {date} ({invoices} paid invoices to learn from) predicted the {open} invoices open that day. {outcomes}
a-model-trained-only-on-what = A model trained only on what was known on { $date } ({ $invoices } paid invoices to learn from) predicted the { $open } invoices open that day. { $outcomes }

# key: A payment reminder had gone out by the time the invoice is looked at, before its due date.
a-payment-reminder-had-gone-out = A payment reminder had gone out by the time the invoice is looked at, before its due date.

# key: A payment reminder has been sent
a-payment-reminder-has-been-sent = A payment reminder has been sent

# key: A policy needs a name and covers a customer or a filter, not one invoice
a-policy-needs-a-name-and = A policy needs a name and covers a customer or a filter, not one invoice

# key: A random share of the chosen customers is kept without the offer, so its real effect can be measured later by comparing them with the others
a-random-share-of-the-chosen = A random share of the chosen customers is kept without the offer, so its real effect can be measured later by comparing them with the others

# key: A reminder {value} days before the due date is outside the allowed range of 0 to {max} days.
a-reminder-value-days-before-the = A reminder { $value } days before the due date is outside the allowed range of 0 to { $max } days.

# key: A strategy of yours already has this name
a-strategy-of-yours-already-has = A strategy of yours already has this name

# key: A: log loss at least 15% below the naive baseline; B: 8–15%; C: 3–8%; D: less than 3% (little better than guessing the usual shares).
a-log-loss-at-least-15 = A: log loss at least 15% below the naive baseline; B: 8–15%; C: 3–8%; D: less than 3% (little better than guessing the usual shares).

# key: Accuracy
accuracy = Accuracy

# key: Add strategy
add-strategy = Add strategy

# key: Add {count} discounts
add-count-discounts = Add { $count } discounts

# key: Additive model (curves)
additive-model-curves = Additive model (curves)

# key: After
after = After

# key: All months together: accuracy {accuracy}, log loss {log_loss}, grade {grade}
all-months-together-accuracy-accuracy-log = All months together: accuracy { $accuracy }, log loss { $log_loss }, grade { $grade }

# key: All open invoices
all-open-invoices = All open invoices

# key: Always used: predictions depend on the invoice's age
always-used-predictions-depend-on-the = Always used: predictions depend on the invoice's age

# key: Amount
amount = Amount

# key: Amount vs customer's average
amount-vs-customers-average = Amount vs customer's average

# key: Annual cost
annual-cost = Annual cost

# key: Any
any = Any

# key: Appearance
appearance = Appearance

# key: Apply to invoices open now too
apply-to-invoices-open-now-too = Apply to invoices open now too

# key: As of
as-of = As of

# key: As the model saw the customer at the start of {date}, before that day's payments ({count}).
as-the-model-saw-the-customer = As the model saw the customer at the start of { $date }, before that day's payments ({ $count }).

# key: Average days after the due date the customer paid (negative: early).
average-days-after-the-due-date = Average days after the due date the customer paid (negative: early).

# key: Average days late
average-days-late = Average days late

# key: Average days late of the customer's last five paid invoices.
average-days-late-of-the-customers = Average days late of the customer's last five paid invoices.

# key: Back to the order of the candidates
back-to-the-order-of-the = Back to the order of the candidates

# key: Back to {customer}
back-to-customer = Back to { $customer }

# key: Backtest
backtest = Backtest

# key: Backtest (12 months)
backtest-12-months = Backtest (12 months)

# key: Backtest done
backtest-done = Backtest done

# key: Backtest: training as of {date}
backtest-training-as-of-date = Backtest: training as of { $date }

# key: Bad-debt rate of very late amounts
bad-debt-rate-of-very-late = Bad-debt rate of very late amounts

# key: Baseline accuracy
baseline-accuracy = Baseline accuracy

# key: Baseline log loss
baseline-log-loss = Baseline log loss

# key: Before
before = Before

# key: Before trusting a model, see how it would have done: pick an earlier date, and a model trained only on what was known then predicts the invoices open then, next to how they were really paid.
before-trusting-a-model-see-how = Before trusting a model, see how it would have done: pick an earlier date, and a model trained only on what was known then predicts the invoices open then, next to how they were really paid.

# key: Benefit of earlier cash
benefit-of-earlier-cash = Benefit of earlier cash

# key: Benefit of fewer very late
benefit-of-fewer-very-late = Benefit of fewer very late

# key: Best per customer
best-per-customer = Best per customer

# key: Best strategy
best-strategy = Best strategy

# key: Both columns are measured on the candidate's test invoices (the latest fifth of its data). The Versions list below shows each version's scores on its own test invoices when it was trained, so the published version's numbers there can differ a little.
both-columns-are-measured-on-the = Both columns are measured on the candidate's test invoices (the latest fifth of its data). The Versions list below shows each version's scores on its own test invoices when it was trained, so the published version's numbers there can differ a little.

# key: Both learners are fitted; the one with the lower log loss on the latest invoices is used
both-learners-are-fitted-the-one = Both learners are fitted; the one with the lower log loss on the latest invoices is used

# key: Bucket
bucket = Bucket

# key: Budget: spend at most
budget-spend-at-most = Budget: spend at most

# key: Building point-in-time features
building-point-in-time-features = Building point-in-time features

# key: By {today} every one of them has an outcome.
by-today-every-one-of-them = By { $today } every one of them has an outcome.

# key: CSV
csv = CSV

# key: CSV, {dialect}
csv-dialect = CSV, { $dialect }

# key: Calendar month of the invoice date.
calendar-month-of-the-invoice-date = Calendar month of the invoice date.

# key: Cancel
cancel = Cancel

# key: Cancelled.
cancelled = Cancelled.

# key: Candidate
candidate = Candidate

# key: Candidate: version {version} trained {trained_at} on {invoices} invoices ({rows} rows)
candidate-version-version-trained-trained-at = Candidate: version { $version } trained { $trained_at } on { $invoices } invoices ({ $rows } rows)

# key: Candidates: {ticked} of {total} ticked, and No change
candidates-ticked-of-total-ticked-and = Candidates: { $ticked } of { $total } ticked, and No change

# key: Cannot be used: {reason}
cannot-be-used-reason = Cannot be used: { $reason }

# key: Cannot open {file}: {reason}. Check that the file exists and is not open in another program.
cannot-open-file-reason-check-that = Cannot open { $file }: { $reason }. Check that the file exists and is not open in another program.

# key: Cannot read the mapping file {file}: {reason}. Check the path given with --mapping.
cannot-read-the-mapping-file-file = Cannot read the mapping file { $file }: { $reason }. Check the path given with --mapping.

# key: Cash discount
cash-discount-4c043a = Cash discount

# key: Cash discount %
cash-discount-8d858c = Cash discount %

# key: Cash discount (%)
cash-discount-ed56cb = Cash discount (%)

# key: Cash discount days
cash-discount-days = Cash discount days

# key: Cash discount offered for early payment, 0 if none.
cash-discount-offered-for-early-payment = Cash discount offered for early payment, 0 if none.

# key: Cash discount {pct}% within {days} days
cash-discount-pct-within-days-days = Cash discount { $pct }% within { $days } days

# key: Cash forecast
cash-forecast = Cash forecast

# key: Change
change = Change

# key: Change in probability (points)
change-in-probability-points = Change in probability (points)

# key: Change payment terms
change-payment-terms = Change payment terms

# key: Change the credit limit
change-the-credit-limit = Change the credit limit

# key: Change the mapping and import again…
change-the-mapping-and-import-again = Change the mapping and import again…

# key: Changes
changes = Changes

# key: Changes apply at once and are kept for the next start.
changes-apply-at-once-and-are = Changes apply at once and are kept for the next start.

# key: Check the column's date format in the mapping (or under [ROLE.date_formats] in the mapping file), then import again.
check-the-columns-date-format-in = Check the column's date format in the mapping (or under [ROLE.date_formats] in the mapping file), then import again.

# key: Check the mapping of {files} file(s), then import
check-the-mapping-of-files-file =
    { $files ->
        [one] Check the mapping of the file, then import
       *[other] Check the mapping of { $files } files, then import
    }

# key: Checking {file}
checking-file = Checking { $file }

# key: Choose CSV or Excel files: customers, invoices and payments, or one invoice ledger with a paid date
choose-csv-or-excel-files-customers = Choose CSV or Excel files: customers, invoices and payments, or one invoice ledger with a paid date

# key: Choose a column for every required field (marked *) and the order of ambiguous dates first
choose-a-column-for-every-required = Choose a column for every required field (marked *) and the order of ambiguous dates first

# key: Choose a customer
choose-a-customer = Choose a customer

# key: Choose an open invoice to see the reasons.
choose-an-open-invoice-to-see = Choose an open invoice to see the reasons.

# key: Choose another customer…
choose-another-customer = Choose another customer…

# key: Choose at least one change
choose-at-least-one-change = Choose at least one change

# key: Choose customers, invoices and payments (or one invoice ledger)
choose-customers-invoices-and-payments-or = Choose customers, invoices and payments (or one invoice ledger)

# key: Choose files…
choose-files = Choose files…

# key: Choose how these dates are written
choose-how-these-dates-are-written = Choose how these dates are written

# key: Choose your company's history as CSV or Excel files: customers, invoices and payments as three tables, or one invoice ledger that has the date each invoice was paid. Columns are matched automatically (English, Swedish and Dutch names, and the exports of Dynamics 365, Business Central, SAP, QuickBooks and Xero); check the matches below before importing.
choose-your-companys-history-as-csv = Choose your company's history as CSV or Excel files: customers, invoices and payments as three tables, or one invoice ledger that has the date each invoice was paid. Columns are matched automatically (English, Swedish and Dutch names, and the exports of Dynamics 365, Business Central, SAP, QuickBooks and Xero); check the matches below before importing.

# key: Choosing files
choosing-files = Choosing files

# key: Choosing the regularisation by validation
choosing-the-regularisation-by-validation = Choosing the regularisation by validation

# key: Chosen: {chosen} customers, {held} of them held out without the offer. For the {offered} who get it: discount cost {cost}, net value {net}, {extra} more paid on time (the model's estimates).
chosen-chosen-customers-held-of-them = Chosen: { $chosen } customers, { $held } of them held out without the offer. For the { $offered } who get it: discount cost { $cost }, net value { $net }, { $extra } more paid on time (the model's estimates).

# key: Clear filter
clear-filter = Clear filter

# key: Close the look-back
close-the-look-back = Close the look-back

# key: Collections worklist
collections-worklist = Collections worklist

# key: Column
column = Column

# key: Column in the file
column-in-the-file = Column in the file

# key: Columns never offered
columns-never-offered = Columns never offered

# key: Compare strategies
compare-strategies = Compare strategies

# key: Compare strategies for this customer…
compare-strategies-for-this-customer = Compare strategies for this customer…

# key: Compare strategies for this scope…
compare-strategies-for-this-scope = Compare strategies for this scope…

# key: Compare ways of getting paid sooner side by side and choose one per customer. Every figure is the model's estimate from how invoices like these were paid, not a measured effect.
compare-ways-of-getting-paid-sooner = Compare ways of getting paid sooner side by side and choose one per customer. Every figure is the model's estimate from how invoices like these were paid, not a measured effect.

# key: Comparing strategies
comparing-strategies = Comparing strategies

# key: Complete
complete = Complete

# key: Correct the rows the report lists in the file, or check the column mapping, then import again.
correct-the-rows-the-report-lists = Correct the rows the report lists in the file, or check the column mapping, then import again.

# key: Cost of capital (% a year)
cost-of-capital-a-year = Cost of capital (% a year)

# key: Cost per extra on time
cost-per-extra-on-time = Cost per extra on time

# key: Country / region
country-region = Country / region

# key: Country / region: {region}
country-region-region = Country / region: { $region }

# key: Credit limit
credit-limit-8240d4 = Credit limit

# key: Credit limit {amount}
credit-limit-amount = Credit limit { $amount }

# key: Credit use
credit-use = Credit use

# key: Currency
currency = Currency

# key: Current exposure
current-exposure = Current exposure

# key: Curve
curve = Curve

# key: Customer
customer = Customer

# key: Customer ID
customer-id-1186e5 = Customer ID

# key: Customer contains
customer-contains = Customer contains

# key: Customer for {days}
customer-for-days = Customer for { $days }

# key: Customer for {years} years
customer-for-years-years =
    { $years ->
        [one] Customer for { $years } year
       *[other] Customer for { $years } years
    }

# key: Customer group
customer-group = Customer group

# key: Customer group (empty: any)
customer-group-empty-any = Customer group (empty: any)

# key: Customer group: {group}
customer-group-group = Customer group: { $group }

# key: Customer has not paid anything yet
customer-has-not-paid-anything-yet = Customer has not paid anything yet

# key: Customer has paid {count} invoices before
customer-has-paid-count-invoices-before =
    { $count ->
        [one] Customer has paid { $count } invoice before
       *[other] Customer has paid { $count } invoices before
    }

# key: Customer has {count} open invoices
customer-has-count-open-invoices = Customer has { $count } open invoices

# key: Customer history
customer-history = Customer history

# key: Customer id
customer-id-52f2d5 = Customer id

# key: Customer last paid {days} ago
customer-last-paid-days-ago = Customer last paid { $days } ago

# key: Customer name
customer-name = Customer name

# key: Customer paid {share} of past invoices 1–{n} days late
customer-paid-share-of-past-invoices-a6f358 = Customer paid { $share } of past invoices 1–{ $n } days late

# key: Customer paid {share} of past invoices more than {n} days late
customer-paid-share-of-past-invoices-5c7451 = Customer paid { $share } of past invoices more than { $n } days late

# key: Customer pays on the due date on average
customer-pays-on-the-due-date = Customer pays on the due date on average

# key: Customer pays {days} early on average
customer-pays-days-early-on-average = Customer pays { $days } early on average

# key: Customer pays {days} late on average
customer-pays-days-late-on-average = Customer pays { $days } late on average

# key: Customer tenure (days)
customer-tenure-days = Customer tenure (days)

# key: Customer uses {share} of its credit limit
customer-uses-share-of-its-credit = Customer uses { $share } of its credit limit

# key: Customer's open invoices total {amount}
customers-open-invoices-total-amount = Customer's open invoices total { $amount }

# key: Customer's overdue invoices total {amount}
customers-overdue-invoices-total-amount = Customer's overdue invoices total { $amount }

# key: Customers
customers = Customers

# key: Customers ranked by the amount expected to be paid late or very late
customers-ranked-by-the-amount-expected = Customers ranked by the amount expected to be paid late or very late

# key: Customers with the largest amount expected to be paid late or very late come first. A customer or an invoice clicked on the Predictions screen opens here too.
customers-with-the-largest-amount-expected = Customers with the largest amount expected to be paid late or very late come first. A customer or an invoice clicked on the Predictions screen opens here too.

# key: DSO (90 days)
dso-90-days = DSO (90 days)

# key: DSO change
dso-change = DSO change

# key: Dark
dark = Dark

# key: Data
data = Data

# key: Data as of
data-as-of = Data as of

# key: Data folder
data-folder = Data folder

# key: Day first (D/M/YYYY)
day-first-d-m-yyyy = Day first (D/M/YYYY)

# key: Days after the invoice date within which the discount may be taken, 0 if none.
days-after-the-invoice-date-within = Days after the invoice date within which the discount may be taken, 0 if none.

# key: Days between the invoice date and the due date.
days-between-the-invoice-date-and = Days between the invoice date and the due date.

# key: Days from the prediction date to the due date (negative once it has passed).
days-from-the-prediction-date-to = Days from the prediction date to the due date (negative once it has passed).

# key: Days late
days-late-caf3c4 = Days late

# key: Days past due
days-past-due-0517f8 = Days past due

# key: Days past due of the customer's oldest overdue invoice, 0 if none.
days-past-due-of-the-customers = Days past due of the customer's oldest overdue invoice, 0 if none.

# key: Days since invoice date
days-since-invoice-date = Days since invoice date

# key: Days since last payment
days-since-last-payment = Days since last payment

# key: Days since the customer last paid anything.
days-since-the-customer-last-paid = Days since the customer last paid anything.

# key: Days since the customer's first invoice.
days-since-the-customers-first-invoice = Days since the customer's first invoice.

# key: Days the invoice is already past its due date, 0 if it is not due yet.
days-the-invoice-is-already-past = Days the invoice is already past its due date, 0 if it is not due yet.

# key: Days to cash
days-to-cash = Days to cash

# key: Days to cash after
days-to-cash-after = Days to cash after

# key: Days to cash before
days-to-cash-before = Days to cash before

# key: Days until due
days-until-due = Days until due

# key: Days until the due date on a log scale, 0 once it has passed: the last days before the due date weigh more than the first weeks.
days-until-the-due-date-on = Days until the due date on a log scale, 0 once it has passed: the last days before the due date weigh more than the first weeks.

# key: Delete {policy}
delete-policy = Delete { $policy }

# key: Delete {strategy}
delete-strategy = Delete { $strategy }

# key: Delivery (paper / electronic)
delivery-paper-electronic = Delivery (paper / electronic)

# key: Description
description = Description

# key: Discard
discard = Discard

# key: Discount %
discount = Discount %

# key: Discount cost
discount-cost = Discount cost

# key: Discount days of {value} are more than the payment terms of {terms} days: the discount must be taken within the terms.
discount-days-of-value-are-more = Discount days of { $value } are more than the payment terms of { $terms } days: the discount must be taken within the terms.

# key: Discount days of {value} are outside the allowed range of 0 to {max} days.
discount-days-of-value-are-outside = Discount days of { $value } are outside the allowed range of 0 to { $max } days.

# key: Discount grid:
discount-grid = Discount grid:

# key: Discount if paid within {days}
discount-if-paid-within-days = Discount if paid within { $days }

# key: Discounts, terms, electronic billing side by side for this customer's open invoices
discounts-terms-electronic-billing-side-by = Discounts, terms, electronic billing side by side for this customer's open invoices

# key: Dismiss
dismiss = Dismiss

# key: Disputed
disputed-465681 = Disputed

# key: Disputes resolved
disputes-resolved = Disputes resolved

# key: Do not publish
do-not-publish = Do not publish

# key: Done
done = Done

# key: Drop CSV or Excel files to import them: customers, invoices and payments, or one invoice ledger
drop-csv-or-excel-files-to = Drop CSV or Excel files to import them: customers, invoices and payments, or one invoice ledger

# key: Due
due = Due

# key: Due date
due-date = Due date

# key: Due date passed {days} ago
due-date-passed-days-ago = Due date passed { $days } ago

# key: Due in {days}
due-in-days = Due in { $days }

# key: Dunning level
dunning-level = Dunning level

# key: Each curve is what the model learned about one field: how much each bucket's probability changes for an otherwise average invoice when the field has that value. The bars below show how many training rows had it: where they are few, the curve says little.
each-curve-is-what-the-model = Each curve is what the model learned about one field: how much each bucket's probability changes for an otherwise average invoice when the field has that value. The bars below show how many training rows had it: where they are few, the curve says little.

# key: Each field's curve is drawn for the additive model: choose it as the learner on the Fields screen and train to see them.
each-fields-curve-is-drawn-for = Each field's curve is drawn for the additive model: choose it as the learner on the Fields screen and train to see them.

# key: Each invoice's value = amount × Σ over buckets of P(bucket) × ((1 − discount taken) ÷ (1 + {cost_of_capital}%)^(days to cash ÷ 365) − loss); the discount is taken on its last day by {take_rate}% of on-time payers{assumed}; loss = {bad_debt_rate}% of very late amounts. Net value = value − value with No change = earlier cash + fewer very late − discount cost, in present values (the What-if shows the first-order form of the same parts). Change in DSO = Σ amount × change in days to cash ÷ the amount of all open invoices (of all new ones, for new invoices).
each-invoices-value-amount-over-buckets = Each invoice's value = amount × Σ over buckets of P(bucket) × ((1 − discount taken) ÷ (1 + { $cost_of_capital }%)^(days to cash ÷ 365) − loss); the discount is taken on its last day by { $take_rate }% of on-time payers{ $assumed }; loss = { $bad_debt_rate }% of very late amounts. Net value = value − value with No change = earlier cash + fewer very late − discount cost, in present values (the What-if shows the first-order form of the same parts). Change in DSO = Σ amount × change in days to cash ÷ the amount of all open invoices (of all new ones, for new invoices).

# key: Earlier cash
earlier-cash = Earlier cash

# key: Efficient frontier
efficient-frontier = Efficient frontier

# key: Electronic billing
electronic-billing-5cb2c8 = Electronic billing

# key: Empty for {open_missing} of {open} open invoices but filled for paid ones: it is only known after payment.
empty-for-open-missing-of-open = Empty for { $open_missing } of { $open } open invoices but filled for paid ones: it is only known after payment.

# key: Every invoice in this data is paid, so on {as_of} there is nothing to predict. Look back to an earlier date to see what a model trained on what was known then would have predicted for the invoices open then, and how they were really paid.
every-invoice-in-this-data-is = Every invoice in this data is paid, so on { $as_of } there is nothing to predict. Look back to an earlier date to see what a model trained on what was known then would have predicted for the invoices open then, and how they were really paid.

# key: Excel error value in the cell
excel-error-value-in-the-cell = Excel error value in the cell

# key: Excel workbook
excel-workbook = Excel workbook

# key: Excel, sheet "{sheet}"
excel-sheet-sheet = Excel, sheet "{ $sheet }"

# key: Expected amount
expected-amount = Expected amount

# key: Expected amounts by how overdue the invoices are
expected-amounts-by-how-overdue-the = Expected amounts by how overdue the invoices are

# key: Expected cash in per week, by the bucket the money is expected to arrive in
expected-cash-in-per-week-by = Expected cash in per week, by the bucket the money is expected to arrive in

# key: Expected late + very late
expected-late-very-late = Expected late + very late

# key: Expected very late
expected-very-late = Expected very late

# key: Expected {bucket}
expected-bucket = Expected { $bucket }

# key: Explaining every open invoice
explaining-every-open-invoice = Explaining every open invoice

# key: Export CSV…
export-csv = Export CSV…

# key: Export Excel…
export-excel = Export Excel…

# key: Exported the strategy of {rows} customers to {path}.
exported-the-strategy-of-rows-customers = Exported the strategy of { $rows } customers to { $path }.

# key: Exported {rows} predictions to {path}.
exported-rows-predictions-to-path =
    { $rows ->
        [one] Exported { $rows } prediction to { $path }.
       *[other] Exported { $rows } predictions to { $path }.
    }

# key: Exporting predictions
exporting-predictions = Exporting predictions

# key: Exporting the strategy choice
exporting-the-strategy-choice = Exporting the strategy choice

# key: Extra on time
extra-on-time = Extra on time

# key: F1
f1 = F1

# key: Fewer very late
fewer-very-late = Fewer very late

# key: Field
field-c326a4 = Field

# key: Field {field} was not used: {reason}
field-field-was-not-used-reason = Field { $field } was not used: { $reason }

# key: Fields
fields = Fields

# key: Fields the model learns from
fields-the-model-learns-from = Fields the model learns from

# key: File
file-2c3caf = File

# key: File:
file-526613 = File:

# key: Files read
files-read = Files read

# key: Filled points lie on the efficient frontier: no other strategy costs less and brings more. Strategies without evidence are not drawn.
filled-points-lie-on-the-efficient = Filled points lie on the efficient frontier: no other strategy costs less and brings more. Strategies without evidence are not drawn.

# key: Filter
filter-d7decf = Filter

# key: Filter:
filter-6eab89 = Filter:

# key: Filtering and sorting {total} invoices…
filtering-and-sorting-total-invoices = Filtering and sorting { $total } invoices…

# key: Finding the invoices to learn from
finding-the-invoices-to-learn-from = Finding the invoices to learn from

# key: First invoice of this customer
first-invoice-of-this-customer = First invoice of this customer

# key: First value
first-value = First value

# key: Fitting on the earlier invoices
fitting-on-the-earlier-invoices = Fitting on the earlier invoices

# key: Fitting the additive model's curves
fitting-the-additive-models-curves = Fitting the additive model's curves

# key: Flag
flag = Flag

# key: Flag for collections when P(on time) is below
flag-for-collections-when-p-on = Flag for collections when P(on time) is below

# key: Flagged
flagged = Flagged

# key: Flagged (P(on time) < {threshold})
flagged-p-on-time-threshold = Flagged (P(on time) < { $threshold })

# key: Flagged only
flagged-only = Flagged only

# key: For data where very late payments are rare
for-data-where-very-late-payments = For data where very late payments are rare

# key: For each of the last 12 month starts: train on what was known then, predict the invoices open then, and compare with how they were paid
for-each-of-the-last-12 = For each of the last 12 month starts: train on what was known then, predict the invoices open then, and compare with how they were paid

# key: Form: one invoice ledger with paid dates.
form-one-invoice-ledger-with-paid = Form: one invoice ledger with paid dates.

# key: Form: separate tables (customers, invoices, payments).
form-separate-tables-customers-invoices-payments = Form: separate tables (customers, invoices, payments).

# key: Frontier: discount cost against
frontier-discount-cost-against = Frontier: discount cost against

# key: Give a range of percents and at least one number of days
give-a-range-of-percents-and = Give a range of percents and at least one number of days

# key: Give the strategy a name
give-the-strategy-a-name = Give the strategy a name

# key: Gives the outcome away: {reason}
gives-the-outcome-away-reason = Gives the outcome away: { $reason }

# key: Grade
grade = Grade

# key: Grade {grade}, accuracy {accuracy}, log loss {log_loss}, {fields} fields
grade-grade-accuracy-accuracy-log-loss = Grade { $grade }, accuracy { $accuracy }, log loss { $log_loss }, { $fields } fields

# key: Group
group = Group

# key: Hold out
hold-out = Hold out

# key: How each field moves the prediction
how-each-field-moves-the-prediction = How each field moves the prediction

# key: How it is worked out: {formula}
how-it-is-worked-out-formula = How it is worked out: { $formula }

# key: How long the invoice has been open when the prediction is made.
how-long-the-invoice-has-been = How long the invoice has been open when the prediction is made.

# key: How many days before the due date the last reminder went out; empty until one has, and once the invoice is past due.
how-many-days-before-the-due = How many days before the due date the last reminder went out; empty until one has, and once the invoice is past due.

# key: How many of the customer's invoices were paid before this moment.
how-many-of-the-customers-invoices = How many of the customer's invoices were paid before this moment.

# key: If the sheet leaves a repeated value (a customer over its block of invoices) blank or in merged cells that were lost on export, fill the value into every row, or import the workbook itself, then import again.
if-the-sheet-leaves-a-repeated = If the sheet leaves a repeated value (a customer over its block of invoices) blank or in merged cells that were lost on export, fill the value into every row, or import the workbook itself, then import again.

# key: Import
import = Import

# key: Import data before training a model.
import-data-before-training-a-model = Import data before training a model.

# key: Import data first.
import-data-first = Import data first.

# key: Import data first: the fields are the columns of your files.
import-data-first-the-fields-are = Import data first: the fields are the columns of your files.

# key: Import more history.
import-more-history = Import more history.

# key: Import report: no problems found.
import-report-no-problems-found = Import report: no problems found.

# key: Import report: {issues} issues
import-report-issues-issues =
    { $issues ->
        [one] Import report: { $issues } issue
       *[other] Import report: { $issues } issues
    }

# key: Import these files
import-these-files = Import these files

# key: Import your own data…
import-your-own-data = Import your own data…

# key: Imported column "{name}" (category).
imported-column-name-category = Imported column "{ $name }" (category).

# key: Imported column "{name}" (date).
imported-column-name-date = Imported column "{ $name }" (date).

# key: Imported column "{name}" (number).
imported-column-name-number = Imported column "{ $name }" (number).

# key: Imported column "{name}": days after the invoice date.
imported-column-name-days-after-the = Imported column "{ $name }": days after the invoice date.

# key: Importing
importing = Importing

# key: Importing data
importing-data = Importing data

# key: Improving
improving = Improving

# key: In effect
in-effect = In effect

# key: In {file}, column "{column}" is used as {field} but holds no dates (for example "{example}"). Dates are read as {formats}. Choose another column for {field}, or name the column's format under [ROLE.date_formats] in the mapping file.
in-file-column-column-is-used = In { $file }, column "{ $column }" is used as { $field } but holds no dates (for example "{ $example }"). Dates are read as { $formats }. Choose another column for { $field }, or name the column's format under [ROLE.date_formats] in the mapping file.

# key: Influence
influence = Influence

# key: Instead of the system's file dialog: for computers where that dialog does not open
instead-of-the-systems-file-dialog = Instead of the system's file dialog: for computers where that dialog does not open

# key: Invoice
invoice = Invoice

# key: Invoice age
invoice-age = Invoice age

# key: Invoice amount
invoice-amount = Invoice amount

# key: Invoice amount at least
invoice-amount-at-least = Invoice amount at least

# key: Invoice amount {amount}
invoice-amount-amount = Invoice amount { $amount }

# key: Invoice date
invoice-date = Invoice date

# key: Invoice dated in the last two weeks of December.
invoice-dated-in-the-last-two-02c76b = Invoice dated in the last two weeks of December.

# key: Invoice dated in the last two weeks of a quarter.
invoice-dated-in-the-last-two-704f62 = Invoice dated in the last two weeks of a quarter.

# key: Invoice id
invoice-id = Invoice id

# key: Invoice is disputed
invoice-is-disputed = Invoice is disputed

# key: Invoice is not disputed
invoice-is-not-disputed = Invoice is not disputed

# key: Invoice is {days} old
invoice-is-days-old = Invoice is { $days } old

# key: Invoice is {times}× the customer's average
invoice-is-times-the-customers-average = Invoice is { $times }× the customer's average

# key: Invoice ledger (with paid date)
invoice-ledger-with-paid-date = Invoice ledger (with paid date)

# key: Invoice month
invoice-month = Invoice month

# key: Invoice number
invoice-number = Invoice number

# key: Invoiced amount of the customer's unpaid invoices (part payments not deducted), this one included.
invoiced-amount-of-the-customers-unpaid-ccf826 = Invoiced amount of the customer's unpaid invoices (part payments not deducted), this one included.

# key: Invoiced amount of the customer's unpaid invoices already past due (part payments not deducted).
invoiced-amount-of-the-customers-unpaid-aea6fd = Invoiced amount of the customer's unpaid invoices already past due (part payments not deducted).

# key: Invoiced in {currency}
invoiced-in-currency = Invoiced in { $currency }

# key: Invoices
invoices = Invoices

# key: Invoices paid more than N days after the due date count as very late
invoices-paid-more-than-n-days = Invoices paid more than N days after the due date count as very late

# key: Invoices paid so far
invoices-paid-so-far = Invoices paid so far

# key: Invoices to learn from: {counts}.
invoices-to-learn-from-counts = Invoices to learn from: { $counts }.

# key: Invoices with an outcome
invoices-with-an-outcome = Invoices with an outcome

# key: Issued at quarter end
issued-at-quarter-end = Issued at quarter end

# key: Issued at year end
issued-at-year-end = Issued at year end

# key: Issued in the last two weeks of a quarter
issued-in-the-last-two-weeks-ace2cf = Issued in the last two weeks of a quarter

# key: Issued in the last two weeks of the year
issued-in-the-last-two-weeks-0c8eb2 = Issued in the last two weeks of the year

# key: Issued in {month}
issued-in-month = Issued in { $month }

# key: It learned from fields that give the outcome away: {fields}. Their values are known only once an invoice is paid, so its scores on past invoices look far better than its predictions for open invoices will be.
it-learned-from-fields-that-give = It learned from fields that give the outcome away: { $fields }. Their values are known only once an invoice is paid, so its scores on past invoices look far better than its predictions for open invoices will be.

# key: It never varied in the training data, so the model cannot learn its effect.
it-never-varied-in-the-training = It never varied in the training data, so the model cannot learn its effect.

# key: It uses other buckets ({buckets}), so its metrics would measure something else.
it-uses-other-buckets-buckets-so = It uses other buckets ({ $buckets }), so its metrics would measure something else.

# key: Its name ("{word}") suggests it is computed from the payment, which is not known for open invoices.
its-name-word-suggests-it-is = Its name ("{ $word }") suggests it is computed from the payment, which is not known for open invoices.

# key: Keep it out
keep-it-out = Keep it out

# key: Language
language = Language

# key: Larger files are refused, saying the memory they would need: a CSV file needs about nine times its size.
larger-files-are-refused-saying-the = Larger files are refused, saying the memory they would need: a CSV file needs about nine times its size.

# key: Largest file to import (MB)
largest-file-to-import-mb = Largest file to import (MB)

# key: Last payment
last-payment = Last payment

# key: Last reminder date
last-reminder-date = Last reminder date

# key: Late
late = Late

# key: Late (1–{n} days)
late-1-n-days = Late (1–{ $n } days)

# key: Late means 1 to N days after the due date; N =
late-means-1-to-n-days = Late means 1 to N days after the due date; N =

# key: Later
later = Later

# key: Later: after these weeks, or past due for longer than any paid invoice ever was, so when it comes cannot be told.
later-after-these-weeks-or-past = Later: after these weeks, or past due for longer than any paid invoice ever was, so when it comes cannot be told.

# key: Learned from fields that give the outcome away ({fields}): its scores below overstate how well it predicts open invoices.
learned-from-fields-that-give-the = Learned from fields that give the outcome away ({ $fields }): its scores below overstate how well it predicts open invoices.

# key: Learner
learner = Learner

# key: Learner of this model: {learner}, as chosen on the Fields screen; the other learner of the same run is beside it.
learner-of-this-model-learner-as = Learner of this model: { $learner }, as chosen on the Fields screen; the other learner of the same run is beside it.

# key: Learner of this model: {learner}, the one of the two fitted on the same invoices with the lower log loss on the latest ones. Choose one on the Fields screen to keep it whatever the scores.
learner-of-this-model-learner-the = Learner of this model: { $learner }, the one of the two fitted on the same invoices with the lower log loss on the latest ones. Choose one on the Fields screen to keep it whatever the scores.

# key: Left out for too little history before them to train on: {months}
left-out-for-too-little-history = Left out for too little history before them to train on: { $months }

# key: Light
light = Light

# key: Like the system
like-the-system = Like the system

# key: Listing the fields
listing-the-fields = Listing the fields

# key: Loading the data…
loading-the-data = Loading the data…

# key: Loading the published model
loading-the-published-model = Loading the published model

# key: Log loss
log-loss = Log loss

# key: Logistic regression
logistic-regression = Logistic regression

# key: Look back
look-back = Look back

# key: Look back to
look-back-to = Look back to

# key: Look-back done
look-back-done = Look-back done

# key: Look-back: predictions as of {date}
look-back-predictions-as-of-date = Look-back: predictions as of { $date }

# key: Looking back
looking-back = Looking back

# key: Looks like an identifier: almost every row has its own value.
looks-like-an-identifier-almost-every = Looks like an identifier: almost every row has its own value.

# key: Macro F1
macro-f1 = Macro F1

# key: Manage policies…
manage-policies = Manage policies…

# key: Many rows were skipped
many-rows-were-skipped = Many rows were skipped

# key: Margin
margin = Margin

# key: Match
match = Match

# key: Missing ({rows} rows): {changes}
missing-rows-rows-changes = Missing ({ $rows } rows): { $changes }

# key: Model
model = Model

# key: Model file {file} cannot be used: {problem}
model-file-file-cannot-be-used = Model file { $file } cannot be used: { $problem }

# key: Model file {file}: {problem}
model-file-file-problem = Model file { $file }: { $problem }

# key: Model version {version} does not exist. `list` shows the versions.
model-version-version-does-not-exist = Model version { $version } does not exist. `list` shows the versions.

# key: Models of the data in use
models-of-the-data-in-use = Models of the data in use

# key: Month
month = Month

# key: Month first (M/D/YYYY)
month-first-m-d-yyyy = Month first (M/D/YYYY)

# key: More than 60 days overdue
more-than-60-days-overdue = More than 60 days overdue

# key: Most likely
most-likely = Most likely

# key: Most likely bucket
most-likely-bucket = Most likely bucket

# key: Name
name = Name

# key: Nearness to the due date
nearness-to-the-due-date = Nearness to the due date

# key: Needs a published model and no running job
needs-a-published-model-and-no = Needs a published model and no running job

# key: Needs a published model, a customer when one is asked for, and no running comparison
needs-a-published-model-a-customer = Needs a published model, a customer when one is asked for, and no running comparison

# key: Negative: shorter terms
negative-shorter-terms = Negative: shorter terms

# key: Net benefit
net-benefit = Net benefit

# key: Net value
net-value-402ede = Net value

# key: New folder
new-folder = New folder

# key: New invoices: the invoices issued in the last {days} days, re-issued as of {date} as a stand-in for future orders
new-invoices-the-invoices-issued-in-4285c4 = New invoices: the invoices issued in the last { $days } days, re-issued as of { $date } as a stand-in for future orders

# key: New invoices: the invoices issued in the last {days} days, re-issued as of {date} as a stand-in for future orders (not the invoices open now).
new-invoices-the-invoices-issued-in-322887 = New invoices: the invoices issued in the last { $days } days, re-issued as of { $date } as a stand-in for future orders (not the invoices open now).

# key: No
no = No

# key: No cash discount offered
no-cash-discount-offered = No cash discount offered

# key: No cash discount window
no-cash-discount-window = No cash discount window

# key: No change
no-change = No change

# key: No change (always compared)
no-change-always-compared = No change (always compared)

# key: No credit limit
no-credit-limit-0edd96 = No credit limit

# key: No customer gets an offer in this choice, so there is no policy to save.
no-customer-gets-an-offer-in = No customer gets an offer in this choice, so there is no policy to save.

# key: No customer has this id
no-customer-has-this-id = No customer has this id

# key: No customer's id or name contains this text.
no-customers-id-or-name-contains = No customer's id or name contains this text.

# key: No data folder could be found or created, so settings and models are not kept after the app closes.
no-data-folder-could-be-found = No data folder could be found or created, so settings and models are not kept after the app closes.

# key: No data is open.
no-data-is-open = No data is open.

# key: No data loaded
no-data-loaded = No data loaded

# key: No data yet. Use "Import your own data…" to choose your files.
no-data-yet-use-import-your = No data yet. Use "Import your own data…" to choose your files.

# key: No field is selected. Tick at least one field and train again.
no-field-is-selected-tick-at = No field is selected. Tick at least one field and train again.

# key: No invoice matches this scope: nothing to compare.
no-invoice-matches-this-scope-nothing = No invoice matches this scope: nothing to compare.

# key: No model was published yet: one was trained on this data with the default fields and published.
no-model-was-published-yet-one = No model was published yet: one was trained on this data with the default fields and published.

# key: No model yet: it is prepared once the data is loaded.
no-model-yet-it-is-prepared = No model yet: it is prepared once the data is loaded.

# key: No open invoice matches the scenario's scope.
no-open-invoice-matches-the-scenarios = No open invoice matches the scenario's scope.

# key: No open invoices in this scope: nothing to change.
no-open-invoices-in-this-scope = No open invoices in this scope: nothing to change.

# key: No overdue invoices
no-overdue-invoices = No overdue invoices

# key: No paid invoices from this customer yet
no-paid-invoices-from-this-customer = No paid invoices from this customer yet

# key: No payment reminder sent yet
no-payment-reminder-sent-yet = No payment reminder sent yet

# key: No predictions yet: a published model is needed. Train one on the Fields screen and publish it.
no-predictions-yet-a-published-model = No predictions yet: a published model is needed. Train one on the Fields screen and publish it.

# key: No row of {file} splits into the {columns} columns of its header: all {rows} rows have more or fewer values. Check that the file was saved with one separator (comma, semicolon or tab) and that values holding the separator are in quotes, then export it again.
no-row-of-file-splits-into = No row of { $file } splits into the { $columns } columns of its header: all { $rows } rows have more or fewer values. Check that the file was saved with one separator (comma, semicolon or tab) and that values holding the separator are in quotes, then export it again.

# key: No sheet of {file} holds a table with a header and rows under it. Its sheets: {sheets}. Put each table (customers, invoices, payments, or one ledger) on a sheet of its own with its column names in one row above the rows, or export them as CSV.
no-sheet-of-file-holds-a = No sheet of { $file } holds a table with a header and rows under it. Its sheets: { $sheets }. Put each table (customers, invoices, payments, or one ledger) on a sheet of its own with its column names in one row above the rows, or export them as CSV.

# key: No values in the data.
no-values-in-the-data = No values in the data.

# key: No versions stored yet.
no-versions-stored-yet = No versions stored yet.

# key: None of the files ({files}) looks like an invoice table. An invoice table needs columns for invoice number, customer, invoice date, due date and amount: map them by hand, or check that the right export was chosen.
none-of-the-files-files-looks = None of the files ({ $files }) looks like an invoice table. An invoice table needs columns for invoice number, customer, invoice date, due date and amount: map them by hand, or check that the right export was chosen.

# key: None of these invoices has an outcome yet, so the predictions cannot be scored. Look back further.
none-of-these-invoices-has-an = None of these invoices has an outcome yet, so the predictions cannot be scored. Look back further.

# key: Not enough history
not-enough-history = Not enough history

# key: Not issued at a quarter end
not-issued-at-a-quarter-end = Not issued at a quarter end

# key: Not issued at year end
not-issued-at-year-end = Not issued at year end

# key: Not published
not-published = Not published

# key: Not yet due
not-yet-due = Not yet due

# key: Note
note = Note

# key: Nothing is open
nothing-is-open = Nothing is open

# key: Nothing overdue for this customer
nothing-overdue-for-this-customer = Nothing overdue for this customer

# key: Nothing usable was imported from {file}: every one of its {rows} rows had a problem (see the import report). The most common: {most_common}.
nothing-usable-was-imported-from-file = Nothing usable was imported from { $file }: every one of its { $rows } rows had a problem (see the import report). The most common: { $most_common }.

# key: Now: {value}
now-value = Now: { $value }

# key: Number of the customer's unpaid invoices.
number-of-the-customers-unpaid-invoices = Number of the customer's unpaid invoices.

# key: OK
ok = OK

# key: Observed share
observed-share = Observed share

# key: Offer
offer = Offer

# key: Offer a cash discount
offer-a-cash-discount = Offer a cash discount

# key: Oldest overdue (days)
oldest-overdue-days = Oldest overdue (days)

# key: Oldest overdue invoice is {days} past due
oldest-overdue-invoice-is-days-past = Oldest overdue invoice is { $days } past due

# key: On its own it tells the payment bucket for {share}% of paid invoices: it is almost certainly computed from the payment.
on-its-own-it-tells-the = On its own it tells the payment bucket for { $share }% of paid invoices: it is almost certainly computed from the payment.

# key: On time
on-time = On time

# key: One customer
one-customer = One customer

# key: One invoice ledger with paid dates.
one-invoice-ledger-with-paid-dates = One invoice ledger with paid dates.

# key: One policy per chosen strategy, for the customers who get the offer; scoring applies them from then on
one-policy-per-chosen-strategy-for = One policy per chosen strategy, for the customers who get the offer; scoring applies them from then on

# key: Only {count} invoices ended "{bucket}"; at least 30 per bucket are needed. {suggestion}
only-count-invoices-ended-bucket-at = Only { $count } invoices ended "{ $bucket }"; at least 30 per bucket are needed. { $suggestion }

# key: Only {count} paid invoices can be learned from; at least 100 are needed. Import a longer history.
only-count-paid-invoices-can-be-b7f99a = Only { $count } paid invoices can be learned from; at least 100 are needed. Import a longer history.

# key: Only {count} paid invoices can be learned from; at least {min} are needed.
only-count-paid-invoices-can-be-acccef = Only { $count } paid invoices can be learned from; at least { $min } are needed.

# key: Only {share}% of rows have a value.
only-share-of-rows-have-a = Only { $share }% of rows have a value.

# key: Open
open = Open

# key: Open amount
open-amount = Open amount

# key: Open amount at least
open-amount-at-least = Open amount at least

# key: Open balance
open-balance = Open balance

# key: Open balance divided by the credit limit (1 = at the limit).
open-balance-divided-by-the-credit = Open balance divided by the credit limit (1 = at the limit).

# key: Open folder
open-folder = Open folder

# key: Open folder: {folder}
open-folder-folder = Open folder: { $folder }

# key: Open invoices
open-invoices = Open invoices

# key: Open the chosen files
open-the-chosen-files = Open

# key: Open the sample data instead
open-the-sample-data-instead = Open the sample data instead

# key: Open, {amount} paid
open-amount-paid = Open, { $amount } paid

# key: Opening the data of the last session
opening-the-data-of-the-last = Opening the data of the last session

# key: Other
other = Other

# key: Other columns, kept as candidate fields: {columns}
other-columns-kept-as-candidate-fields = Other columns, kept as candidate fields: { $columns }

# key: Overdue balance
overdue-balance = Overdue balance

# key: P(on time) after
p-on-time-after = P(on time) after

# key: P(on time) after: {share}
p-on-time-after-share = P(on time) after: { $share }

# key: P(on time) before
p-on-time-before = P(on time) before

# key: P(on time) before: {share}
p-on-time-before-share = P(on time) before: { $share }

# key: Paid
paid = Paid

# key: Paid / settled date
paid-settled-date = Paid / settled date

# key: Paid {date}
paid-date = Paid { $date }

# key: Paperless billing since
paperless-billing-since = Paperless billing since

# key: Paperless since
paperless-since = Paperless since

# key: Parent folder
parent-folder = Parent folder

# key: Past-due band
past-due-band = Past-due band

# key: Payment amount
payment-amount = Payment amount

# key: Payment date
payment-date = Payment date

# key: Payment history: days late per invoice
payment-history-days-late-per-invoice = Payment history: days late per invoice

# key: Payment terms (days)
payment-terms-days-fd94d8 = Payment terms (days)

# key: Payment terms of {value} days are outside the allowed range of 0 to {max} days.
payment-terms-of-value-days-are = Payment terms of { $value } days are outside the allowed range of 0 to { $max } days.

# key: Payment terms {days}
payment-terms-days-e7e56b = Payment terms { $days }

# key: Payment terms {days} days longer
payment-terms-days-days-longer = Payment terms { $days } days longer

# key: Payment terms {days} days shorter
payment-terms-days-days-shorter = Payment terms { $days } days shorter

# key: Payments
payments = Payments

# key: Pays for
pays-for = Pays for

# key: Perfect calibration
perfect-calibration = Perfect calibration

# key: Policies in effect: {policies}. They change {invoices} invoices; expected amounts: {changes}.
policies-in-effect-policies-they-change = Policies in effect: { $policies }. They change { $invoices } invoices; expected amounts: { $changes }.

# key: Policy name
policy-name = Policy name

# key: Precision
precision = Precision

# key: Predicted
predicted = Predicted

# key: Predicted probability
predicted-probability = Predicted probability

# key: Predicting the invoices open on {date}
predicting-the-invoices-open-on-date = Predicting the invoices open on { $date }

# key: Predictions
predictions = Predictions

# key: Preparing the model
preparing-the-model = Preparing the model

# key: Problem
problem = Problem

# key: Publish
publish = Publish

# key: Publish anyway
publish-anyway = Publish anyway

# key: Publish version {version}
publish-version-version-83ac0b = Publish version { $version }

# key: Publish version {version}?
publish-version-version-95f8a3 = Publish version { $version }?

# key: Published
published = Published

# key: Published (version {version}), on the same test invoices
published-version-version-on-the-same = Published (version { $version }), on the same test invoices

# key: Published before
published-before = Published before

# key: Published: version {version} trained {trained_at} on {invoices} invoices ({rows} rows), data as of {as_of}
published-version-version-trained-trained-at = Published: version { $version } trained { $trained_at } on { $invoices } invoices ({ $rows } rows), data as of { $as_of }

# key: Publishing
publishing = Publishing

# key: Quality on its own test invoices
quality-on-its-own-test-invoices = Quality on its own test invoices

# key: Read as
read-as = Read as

# key: Read the same files again and show the mapping to correct
read-the-same-files-again-and = Read the same files again and show the mapping to correct

# key: Reading files
reading-files = Reading files

# key: Reading the customers' histories
reading-the-customers-histories = Reading the customers' histories

# key: Recall
recall = Recall

# key: Recent days late (last 5)
recent-days-late-last-5 = Recent days late (last 5)

# key: Recent invoices paid on the due date on average
recent-invoices-paid-on-the-due = Recent invoices paid on the due date on average

# key: Recent invoices paid {days} early on average
recent-invoices-paid-days-early-on = Recent invoices paid { $days } early on average

# key: Recent invoices paid {days} late on average
recent-invoices-paid-days-late-on = Recent invoices paid { $days } late on average

# key: Refitting on all paid invoices
refitting-on-all-paid-invoices = Refitting on all paid invoices

# key: Refresh
refresh = Refresh

# key: Region (empty: any)
region-empty-any = Region (empty: any)

# key: Remind {days} days before due
remind-days-days-before-due = Remind { $days } days before due

# key: Reminded
reminded-744404 = Reminded

# key: Reminded on the due date
reminded-on-the-due-date = Reminded on the due date

# key: Reminded {days} before the due date
reminded-days-before-the-due-date = Reminded { $days } before the due date

# key: Reminder days before due
reminder-days-before-due = Reminder days before due

# key: Rename
rename = Rename

# key: Resolve disputes
resolve-disputes = Resolve disputes

# key: Restore the default rates
restore-the-default-rates = Restore the default rates

# key: Return to the previously published version
return-to-the-previously-published-version = Return to the previously published version

# key: Roll back
roll-back = Roll back

# key: Rolled back to version {version}; the open invoices are scored with it.
rolled-back-to-version-version-the = Rolled back to version { $version }; the open invoices are scored with it.

# key: Rolling back
rolling-back = Rolling back

# key: Row
row = Row

# key: Rows
rows = Rows

# key: Run backtest (12 months)
run-backtest-12-months = Run backtest (12 months)

# key: Run what-if
run-what-if = Run what-if

# key: Runner-up
runner-up = Runner-up

# key: Sample data
sample-data = Sample data

# key: Save
save = Save

# key: Save as policies
save-as-policies = Save as policies

# key: Save as policy
save-as-policy = Save as policy

# key: Save every open invoice with its probabilities and top reasons as CSV
save-every-open-invoice-with-its-bea509 = Save every open invoice with its probabilities and top reasons as CSV

# key: Save every open invoice with its probabilities and top reasons as an Excel workbook
save-every-open-invoice-with-its-d1f4f3 = Save every open invoice with its probabilities and top reasons as an Excel workbook

# key: Save the predictions
save-the-predictions = Save the predictions

# key: Save the strategy choice
save-the-strategy-choice = Save the strategy choice

# key: Saved policies
saved-policies = Saved policies

# key: Saved {count} policies from the strategy choice; scoring applies them from now on.
saved-count-policies-from-the-strategy = Saved { $count } policies from the strategy choice; scoring applies them from now on.

# key: Saving the first model
saving-the-first-model = Saving the first model

# key: Saving the trained model
saving-the-trained-model = Saving the trained model

# key: Scored
scored = Scored

# key: Scoring after the change
scoring-after-the-change = Scoring after the change

# key: Scoring applies saved policies to the invoices they cover
scoring-applies-saved-policies-to-the = Scoring applies saved policies to the invoices they cover

# key: Scoring applies the policies in effect to the invoices they cover. Switch one off to see the predictions without it; it is kept.
scoring-applies-the-policies-in-effect = Scoring applies the policies in effect to the invoices they cover. Switch one off to see the predictions without it; it is kept.

# key: Scoring before the change
scoring-before-the-change = Scoring before the change

# key: Scoring open invoices
scoring-open-invoices = Scoring open invoices

# key: Scoring strategy {n} of {total}
scoring-strategy-n-of-total = Scoring strategy { $n } of { $total }

# key: Scoring the open invoices
scoring-the-open-invoices = Scoring the open invoices

# key: Search all customers by id or name
search-all-customers-by-id-or = Search all customers by id or name

# key: Search customers
search-customers = Search customers

# key: Select the path to copy it
select-the-path-to-copy-it = Select the path to copy it

# key: Send a payment reminder
send-a-payment-reminder = Send a payment reminder

# key: Sent electronically
sent-electronically-97372a = Sent electronically

# key: Sent electronically (e-mail, EDI, portal) rather than on paper.
sent-electronically-e-mail-edi-portal = Sent electronically (e-mail, EDI, portal) rather than on paper.

# key: Sent on paper
sent-on-paper = Sent on paper

# key: Separate tables (customers, invoices, payments).
separate-tables-customers-invoices-payments = Separate tables (customers, invoices, payments).

# key: Settings
settings = Settings

# key: Settings, remembered column mappings, policies and models are saved in this folder on this computer; nothing leaves it.
settings-remembered-column-mappings-policies-and = Settings, remembered column mappings, policies and models are saved in this folder on this computer; nothing leaves it.

# key: Settling invoices from payments
settling-invoices-from-payments = Settling invoices from payments

# key: Several strategies side by side on these invoices, with the best per customer
several-strategies-side-by-side-on = Several strategies side by side on these invoices, with the best per customer

# key: Share of amount paid late
share-of-amount-paid-late = Share of amount paid late

# key: Share of amount paid very late
share-of-amount-paid-very-late = Share of amount paid very late

# key: Share of the customer's paid amount that came 1–{n_late} days late.
share-of-the-customers-paid-amount-703e5c = Share of the customer's paid amount that came 1–{ $n_late } days late.

# key: Share of the customer's paid amount that came more than {n_late} days late.
share-of-the-customers-paid-amount-047f53 = Share of the customer's paid amount that came more than { $n_late } days late.

# key: Share of the customer's paid invoices that were paid 1–{n_late} days late.
share-of-the-customers-paid-invoices-a317f4 = Share of the customer's paid invoices that were paid 1–{ $n_late } days late.

# key: Share of the customer's paid invoices that were paid more than {n_late} days late.
share-of-the-customers-paid-invoices-7edf35 = Share of the customer's paid invoices that were paid more than { $n_late } days late.

# key: Share paid late
share-paid-late = Share paid late

# key: Share paid very late
share-paid-very-late = Share paid very late

# key: Sheet skipped: {sheet}: {reason}
sheet-skipped-sheet-reason = Sheet skipped: { $sheet }: { $reason }

# key: Show hidden files
show-hidden-files = Show hidden files

# key: Show on the Model screen how this field moves the prediction
show-on-the-model-screen-how = Show on the Model screen how this field moves the prediction

# key: Show this customer
show-this-customer = Show this customer

# key: Show this folder in your file manager
show-this-folder-in-your-file = Show this folder in your file manager

# key: Show this invoice and its customer
show-this-invoice-and-its-customer = Show this invoice and its customer

# key: Show why this invoice is predicted so
show-why-this-invoice-is-predicted = Show why this invoice is predicted so

# key: Showing {shown} of {total} customers
showing-shown-of-total-customers = Showing { $shown } of { $total } customers

# key: Showing {shown} of {total} open invoices
showing-shown-of-total-open-invoices = Showing { $shown } of { $total } open invoices

# key: Skill over baseline
skill-over-baseline = Skill over baseline

# key: Some date columns can be read month-first or day-first, and the data does not tell which: {columns}. Choose M/D/YYYY or D/M/YYYY for each (in the mapping screen, or under [ROLE.date_formats] in the mapping file).
some-date-columns-can-be-read = Some date columns can be read month-first or day-first, and the data does not tell which: { $columns }. Choose M/D/YYYY or D/M/YYYY for each (in the mapping screen, or under [ROLE.date_formats] in the mapping file).

# key: Sort by this column; click again to reverse
sort-by-this-column-click-again = Sort by this column; click again to reverse

# key: Sort by {column}
sort-by-column = Sort by { $column }

# key: Spent {spent} of the budget of {budget} on discounts.
spent-spent-of-the-budget-of = Spent { $spent } of the budget of { $budget } on discounts.

# key: Starting
starting = Starting

# key: Status
status = Status

# key: Steady
steady = Steady

# key: Still open
still-open = Still open

# key: Stopped because other data was loaded: {jobs}.
stopped-because-other-data-was-loaded = Stopped because other data was loaded: { $jobs }.

# key: Strategies
strategies = Strategies

# key: Strategies compared
strategies-compared = Strategies compared

# key: Strategy
strategy = Strategy

# key: Strategy: {name}
strategy-name = Strategy: { $name }

# key: Summing the portfolio
summing-the-portfolio = Summing the portfolio

# key: Switched off, a policy is kept but changes nothing
switched-off-a-policy-is-kept = Switched off, a policy is kept but changes nothing

# key: Tables (CSV, Excel)
tables-csv-excel = Tables (CSV, Excel)

# key: Terms (days)
terms-days = Terms (days)

# key: Terms changed by (days)
terms-changed-by-days = Terms changed by (days)

# key: Test invoices
test-invoices = Test invoices

# key: The amount divided by the customer's average invoice so far (2 = twice the usual).
the-amount-divided-by-the-customers = The amount divided by the customer's average invoice so far (2 = twice the usual).

# key: The backtest
the-backtest = The backtest

# key: The baseline always predicts the usual shares and picks "{bucket}".
the-baseline-always-predicts-the-usual = The baseline always predicts the usual shares and picks "{ $bucket }".

# key: The better one
the-better-one = The better one

# key: The bundled sample data is open.
the-bundled-sample-data-is-open = The bundled sample data is open.

# key: The bundled sample model is in use.
the-bundled-sample-model-is-in = The bundled sample model is in use.

# key: The column mapping (remembered for next time)
the-column-mapping-remembered-for-next = The column mapping (remembered for next time)

# key: The cost of capital values cash that arrives sooner; the bad-debt rate is the share of very late amounts never collected. Both weigh a cash discount's cost against its benefit on the What-if screen.
the-cost-of-capital-values-cash = The cost of capital values cash that arrives sooner; the bad-debt rate is the share of very late amounts never collected. Both weigh a cash discount's cost against its benefit on the What-if screen.

# key: The customer disputes the invoice.
the-customer-disputes-the-invoice = The customer disputes the invoice.

# key: The customer's country or region.
the-customers-country-or-region = The customer's country or region.

# key: The customer's credit limit.
the-customers-credit-limit = The customer's credit limit.

# key: The customer's group or segment.
the-customers-group-or-segment = The customer's group or segment.

# key: The data has no customers.
the-data-has-no-customers = The data has no customers.

# key: The data of your last session could not be opened again: {problem} The sample data is shown meanwhile; the Import screen has your files.
the-data-of-your-last-session = The data of your last session could not be opened again: { $problem } The sample data is shown meanwhile; the Import screen has your files.

# key: The discount's cost as a yearly rate, d/(1−d) × 365/(terms − discount days), at the scope's median terms, next to your cost of capital
the-discounts-cost-as-a-yearly = The discount's cost as a yearly rate, d/(1−d) × 365/(terms − discount days), at the scope's median terms, next to your cost of capital

# key: The dunning level the export records for the invoice.
the-dunning-level-the-export-records = The dunning level the export records for the invoice.

# key: The export
the-export = The export

# key: The export records the dunning level reached by the day it was made, not by the day the invoice is looked at, and dunning follows a missed due date: it gives lateness away.
the-export-records-the-dunning-level = The export records the dunning level reached by the day it was made, not by the day the invoice is looked at, and dunning follows a missed due date: it gives lateness away.

# key: The fields are listed once the data and the model are loaded…
the-fields-are-listed-once-the = The fields are listed once the data and the model are loaded…

# key: The file manager could not open {folder} ({error}). Select the path on the Settings screen, copy it and open it yourself.
the-file-manager-could-not-open-f9cc61 = The file manager could not open { $folder } ({ $error }). Select the path on the Settings screen, copy it and open it yourself.

# key: The file manager could not open {folder} ({program} ended with {status}). Select the path on the Settings screen, copy it and open it yourself.
the-file-manager-could-not-open-ab8f9a = The file manager could not open { $folder } ({ $program } ended with { $status }). Select the path on the Settings screen, copy it and open it yourself.

# key: The folder could not be opened: {program} did not start ({error}). Select the path on the Settings screen, copy it and open it in your file manager.
the-folder-could-not-be-opened = The folder could not be opened: { $program } did not start ({ $error }). Select the path on the Settings screen, copy it and open it in your file manager.

# key: The folder {folder} cannot be made: {reason}. Choose another place, or check the permissions of the folders above it.
the-folder-folder-cannot-be-made = The folder { $folder } cannot be made: { $reason }. Choose another place, or check the permissions of the folders above it.

# key: The folder {folder} does not exist (any more). It is made again when the app next saves something there.
the-folder-folder-does-not-exist = The folder { $folder } does not exist (any more). It is made again when the app next saves something there.

# key: The import was cancelled.
the-import-was-cancelled = The import was cancelled.

# key: The import was cancelled; the data shown before is kept.
the-import-was-cancelled-the-data = The import was cancelled; the data shown before is kept.

# key: The invoice's amount.
the-invoices-amount = The invoice's amount.

# key: The invoice's currency.
the-invoices-currency = The invoice's currency.

# key: The list of published models {file} is damaged ({error}). It was kept as {kept} and rebuilt from the model files: published versions {history}.
the-list-of-published-models-file-b4fced = The list of published models { $file } is damaged ({ $error }). It was kept as { $kept } and rebuilt from the model files: published versions { $history }.

# key: The list of published models {file} was missing; it was rebuilt from the model files.
the-list-of-published-models-file-d837a8 = The list of published models { $file } was missing; it was rebuilt from the model files.

# key: The logistic regression draws every effect as a straight line; the additive model learns a curve per field. Both are always trained and shown side by side on the Model screen.
the-logistic-regression-draws-every-effect = The logistic regression draws every effect as a straight line; the additive model learns a curve per field. Both are always trained and shown side by side on the Model screen.

# key: The look-back
the-look-back = The look-back

# key: The mapping file {file} gives an unknown date format "{value}" for column "{column}". Use one of: {known}.
the-mapping-file-file-gives-an = The mapping file { $file } gives an unknown date format "{ $value }" for column "{ $column }". Use one of: { $known }.

# key: The mapping file {file} is not valid TOML at {place}. Check the [section] headers, the quotes and the = signs there, or write the file again with --save-mapping.
the-mapping-file-file-is-not = The mapping file { $file } is not valid TOML at { $place }. Check the [section] headers, the quotes and the = signs there, or write the file again with --save-mapping.

# key: The mapping file {file} names an unknown field "{key}" under [{role}.columns]. Known fields: {known}.
the-mapping-file-file-names-an = The mapping file { $file } names an unknown field "{ $key }" under [{ $role }.columns]. Known fields: { $known }.

# key: The model does not use "{name}" (not selected, or it never varied in the training data), so it cannot tell the effect of changing the {what}.
the-model-does-not-use-name = The model does not use "{ $name }" (not selected, or it never varied in the training data), so it cannot tell the effect of changing the { $what }.

# key: The model does not use: {levers}
the-model-does-not-use-levers = The model does not use: { $levers }

# key: The model store {folder} has no version number left after {last}. Move the old model files out of the folder.
the-model-store-folder-has-no = The model store { $folder } has no version number left after { $last }. Move the old model files out of the folder.

# key: The model uses the field "{field}", which the current data does not have. Retrain the model on this data.
the-model-uses-the-field-field = The model uses the field "{ $field }", which the current data does not have. Retrain the model on this data.

# key: The open invoices are being scored…
the-open-invoices-are-being-scored = The open invoices are being scored…

# key: The policies
the-policies = The policies

# key: The predictions could not be written to {path} ({error}). Choose another folder or close the file if it is open in another program.
the-predictions-could-not-be-written = The predictions could not be written to { $path } ({ $error }). Choose another folder or close the file if it is open in another program.

# key: The published version {version} cannot be compared on the same invoices: {reason}
the-published-version-version-cannot-be = The published version { $version } cannot be compared on the same invoices: { $reason }

# key: The reasons for this prediction could not be worked out: {error}
the-reasons-for-this-prediction-could = The reasons for this prediction could not be worked out: { $error }

# key: The remembered column mappings in {file} could not be read ({error}); the file was kept as {kept} and the mappings start empty. Map your files on the Import screen again.
the-remembered-column-mappings-in-file-8c3fec = The remembered column mappings in { $file } could not be read ({ $error }); the file was kept as { $kept } and the mappings start empty. Map your files on the Import screen again.

# key: The remembered column mappings in {file} could not be read ({error}); the mappings start empty. Map your files on the Import screen again.
the-remembered-column-mappings-in-file-1eb5f0 = The remembered column mappings in { $file } could not be read ({ $error }); the mappings start empty. Map your files on the Import screen again.

# key: The same value everywhere.
the-same-value-everywhere = The same value everywhere.

# key: The saved policies in {file} could not be read ({error}); no policy is applied. Save them again from the What-if screen.
the-saved-policies-in-file-could = The saved policies in { $file } could not be read ({ $error }); no policy is applied. Save them again from the What-if screen.

# key: The saved policy "{name}" in {file} cannot be applied: {error} No policy is applied. Save the policies again from the What-if screen.
the-saved-policy-name-in-file = The saved policy "{ $name }" in { $file } cannot be applied: { $error } No policy is applied. Save the policies again from the What-if screen.

# key: The saved setting {name} = {value} in {file} is outside the values it can take; the default is used. Change it on the Settings screen to save it again.
the-saved-setting-name-value-in = The saved setting { $name } = { $value } in { $file } is outside the values it can take; the default is used. Change it on the Settings screen to save it again.

# key: The saved settings in {file} could not be read ({error}); the defaults are used. Change them on the Settings screen to save them again.
the-saved-settings-in-file-could = The saved settings in { $file } could not be read ({ $error }); the defaults are used. Change them on the Settings screen to save them again.

# key: The saved strategies in {file} could not be read ({error}); only the ready-made ones are offered. Add your own again on the Strategies screen.
the-saved-strategies-in-file-could = The saved strategies in { $file } could not be read ({ $error }); only the ready-made ones are offered. Add your own again on the Strategies screen.

# key: The saved strategy "{name}" in {file} cannot be used: {error} Only the ready-made strategies are offered. Add your own again on the Strategies screen.
the-saved-strategy-name-in-file = The saved strategy "{ $name }" in { $file } cannot be used: { $error } Only the ready-made strategies are offered. Add your own again on the Strategies screen.

# key: The settings
the-settings = The settings

# key: The strategies
the-strategies = The strategies

# key: The strategy "{name}" cannot be compared: {problem}
the-strategy-name-cannot-be-compared = The strategy "{ $name }" cannot be compared: { $problem }

# key: The system's file dialog could not be opened, so the app's own file chooser is shown. To use it always, tick "Use the app's own file chooser" on the Settings screen.
the-systems-file-dialog-could-not = The system's file dialog could not be opened, so the app's own file chooser is shown. To use it always, tick "Use the app's own file chooser" on the Settings screen.

# key: The value {value} for the field "{key}" is outside the allowed range of -{max} to {max}.
the-value-value-for-the-field = The value { $value } for the field "{ $key }" is outside the allowed range of -{ $max } to { $max }.

# key: The what-if
the-what-if = The what-if

# key: Theme
theme = Theme

# key: There is no earlier published version to roll back to.
there-is-no-earlier-published-version = There is no earlier published version to roll back to.

# key: There is no payment information: no payments file and no paid/settled date column in {file}. Add the payments export, or map the column that holds the date each invoice was paid.
there-is-no-payment-information-no = There is no payment information: no payments file and no paid/settled date column in { $file }. Add the payments export, or map the column that holds the date each invoice was paid.

# key: There is no published model yet, so a what-if cannot be run. Train and publish a model on the Fields screen first.
there-is-no-published-model-yet-4f7356 = There is no published model yet, so a what-if cannot be run. Train and publish a model on the Fields screen first.

# key: There is no published model yet, so strategies cannot be compared. Train and publish a model on the Fields screen first.
there-is-no-published-model-yet-e73c07 = There is no published model yet, so strategies cannot be compared. Train and publish a model on the Fields screen first.

# key: There is no published model yet. Train one and publish it.
there-is-no-published-model-yet-62cdf6 = There is no published model yet. Train one and publish it.

# key: These files cannot be found ({files}), so the sample data is shown. Import your files with "Import your own data…".
these-files-cannot-be-found-files = These files cannot be found ({ $files }), so the sample data is shown. Import your files with "Import your own data…".

# key: This customer
this-customer = This customer

# key: This field gives the outcome away: {reason}
this-field-gives-the-outcome-away = This field gives the outcome away: { $reason }

# key: This invoice
this-invoice = This invoice

# key: Ticked although they give the outcome away: {fields}
ticked-although-they-give-the-outcome = Ticked although they give the outcome away: { $fields }

# key: Too close to call: the net value's range over {resamples} resamples of the customers in scope (5% to 95%) includes zero. It shows how much the total rests on a few customers, not the model's own uncertainty.
too-close-to-call-the-net = Too close to call: the net value's range over { $resamples } resamples of the customers in scope (5% to 95%) includes zero. It shows how much the total rests on a few customers, not the model's own uncertainty.

# key: Too few invoices in a bucket ({buckets}); each bucket needs at least {min}.
too-few-invoices-in-a-bucket = Too few invoices in a bucket ({ $buckets }); each bucket needs at least { $min }.

# key: Total
total = Total

# key: Train
train = Train

# key: Train a candidate model with the ticked fields; it is compared with the published one before you publish it
train-a-candidate-model-with-the = Train a candidate model with the ticked fields; it is compared with the published one before you publish it

# key: Train a model on what was known that day, predict the invoices open then, and compare with how they were paid
train-a-model-on-what-was = Train a model on what was known that day, predict the invoices open then, and compare with how they were paid

# key: Trained
trained = Trained

# key: Training
training = Training

# key: Training on what was known on {date}
training-on-what-was-known-on = Training on what was known on { $date }

# key: Training rows
training-rows = Training rows

# key: Training stopped: {reason}
training-stopped-reason = Training stopped: { $reason }

# key: Training the first model
training-the-first-model = Training the first model

# key: Training the first model failed: {error} Choose the layout and the fields on the Fields screen and train again.
training-the-first-model-failed-error = Training the first model failed: { $error } Choose the layout and the fields on the Fields screen and train again.

# key: Training uses this layout; if a bucket ever has too few invoices, it switches to the layout the data supports and says so.
training-uses-this-layout-if-a = Training uses this layout; if a bucket ever has too few invoices, it switches to the layout the data supports and says so.

# key: Trend (last 5 paid)
trend-last-5-paid = Trend (last 5 paid)

# key: Try a discount, other terms or electronic billing for this customer's open invoices
try-a-discount-other-terms-or = Try a discount, other terms or electronic billing for this customer's open invoices

# key: Two buckets (on time / late) are used: only {count} paid invoices were more than {asked} days late, too few for a very-late bucket (each bucket needs at least {min}). {counts}
two-buckets-on-time-late-are = Two buckets (on time / late) are used: only { $count } paid invoices were more than { $asked } days late, too few for a very-late bucket (each bucket needs at least { $min }). { $counts }

# key: Two buckets only (on time / late)
two-buckets-only-on-time-late = Two buckets only (on time / late)

# key: UTF-8 with BOM
utf-8-with-bom = UTF-8 with BOM

# key: Unchanged
unchanged = Unchanged

# key: Unlikely to be paid on time: follow up
unlikely-to-be-paid-on-time = Unlikely to be paid on time: follow up

# key: Untick or tick fields on the Fields screen and press Train to compare a new candidate with it.
untick-or-tick-fields-on-the = Untick or tick fields on the Fields screen and press Train to compare a new candidate with it.

# key: Use "{field}"?
use-field = Use "{ $field }"?

# key: Use N = {n} days
use-n-n-days = Use N = { $n } days

# key: Use it anyway
use-it-anyway = Use it anyway

# key: Use the app's own file chooser
use-the-apps-own-file-chooser = Use the app's own file chooser

# key: Use the sample data
use-the-sample-data = Use the sample data

# key: Use the two-bucket mode (on time / late), or import more history.
use-the-two-bucket-mode-on-458a61 = Use the two-bucket mode (on time / late), or import more history.

# key: Use the two-bucket mode (on time / late), or lower N below {days} days.
use-the-two-bucket-mode-on-f96fd5 = Use the two-bucket mode (on time / late), or lower N below { $days } days.

# key: Use this model for predictions from now on
use-this-model-for-predictions-from = Use this model for predictions from now on

# key: Use two buckets
use-two-buckets = Use two buckets

# key: Value
value = Value

# key: Values that hold the separator must be in quotes: export the file again from the program that made it, then import again.
values-that-hold-the-separator-must = Values that hold the separator must be in quotes: export the file again from the program that made it, then import again.

# key: Verdict
verdict = Verdict

# key: Version
version = Version

# key: Version {version} is published; the open invoices are scored with it.
version-version-is-published-the-open = Version { $version } is published; the open invoices are scored with it.

# key: Versions
versions = Versions

# key: Very late
very-late = Very late

# key: Very late (> {n} days)
very-late-n-days = Very late (> { $n } days)

# key: Very late means more than {n} days after the due date here, not {asked}: only {count} paid invoices were more than {asked} days late, and each bucket needs at least {min} to learn from. {counts}
very-late-means-more-than-n = Very late means more than { $n } days after the due date here, not { $asked }: only { $count } paid invoices were more than { $asked } days late, and each bucket needs at least { $min } to learn from. { $counts }

# key: Wait until the running job is done
wait-until-the-running-job-is = Wait until the running job is done

# key: Warning: {warning}
warning-warning = Warning: { $warning }

# key: Week from
week-from = Week from

# key: What happened
what-happened = What happened

# key: What was done
what-was-done = What was done

# key: What was understood
what-was-understood = What was understood

# key: What-if
what-if = What-if

# key: What-if done
what-if-done = What-if done

# key: What-if for this customer…
what-if-for-this-customer = What-if for this customer…

# key: Where your data is kept
where-your-data-is-kept = Where your data is kept

# key: Whether the invoice is not yet due or in which quarter of the {n_late}-day late window it is.
whether-the-invoice-is-not-yet = Whether the invoice is not yet due or in which quarter of the { $n_late }-day late window it is.

# key: Which invoices:
which-invoices = Which invoices:

# key: Why an invoice is predicted so
why-an-invoice-is-predicted-so = Why an invoice is predicted so

# key: Why invoice {invoice} is predicted so
why-invoice-invoice-is-predicted-so = Why invoice { $invoice } is predicted so

# key: Worsening
worsening = Worsening

# key: Write a date before {as_of} as {pattern}.
write-a-date-before-as-of = Write a date before { $as_of } as { $pattern }.

# key: Writing the file
writing-the-file = Writing the file

# key: Yes
yes = Yes

# key: Your files are imported. Check what was understood of each below; if a column is wrong, change the mapping and import again.
your-files-are-imported-check-what = Your files are imported. Check what was understood of each below; if a column is wrong, change the mapping and import again.

# key: Your files are open and will be opened again at the next start: {files}
your-files-are-open-and-will = Your files are open and will be opened again at the next start: { $files }

# key: Your own:
your-own = Your own:

# key: a cash discount must be 0 to 50 percent
a-cash-discount-must-be-0 = a cash discount must be 0 to 50 percent

# key: a credit limit cannot be negative
a-credit-limit-cannot-be-negative = a credit limit cannot be negative

# key: a dunning level must be a whole number from 0 to 9
a-dunning-level-must-be-a = a dunning level must be a whole number from 0 to 9

# key: a file of that name is in the way
a-file-of-that-name-is = a file of that name is in the way

# key: a part of its path is a file, not a folder
a-part-of-its-path-is = a part of its path is a file, not a folder

# key: a reminder cannot be sent before the invoice date
a-reminder-cannot-be-sent-before = a reminder cannot be sent before the invoice date

# key: amount far beyond the rest of the data (plausible: up to {limit}); kept out of training
amount-far-beyond-the-rest-of = amount far beyond the rest of the data (plausible: up to { $limit }); kept out of training

# key: an unknown line
an-unknown-line = an unknown line

# key: an unknown month
an-unknown-month = an unknown month

# key: baseline
baseline = baseline

# key: best by net value
best-by-net-value = best by net value

# key: cannot be locked: {error}
cannot-be-locked-error = cannot be locked: { $error }

# key: cannot be moved aside: {error}
cannot-be-moved-aside-error = cannot be moved aside: { $error }

# key: cannot be opened: {error}
cannot-be-opened-error = cannot be opened: { $error }

# key: cannot be read ({error})
cannot-be-read-error = cannot be read ({ $error })

# key: cannot be removed: {error}
cannot-be-removed-error = cannot be removed: { $error }

# key: cannot create the folder: {error}
cannot-create-the-folder-error = cannot create the folder: { $error }

# key: cannot write: {error}
cannot-write-error = cannot write: { $error }

# key: cash discount
cash-discount-0ebd20 = cash discount

# key: column name empty or repeated, renamed "{to}"
column-name-empty-or-repeated-renamed = column name empty or repeated, renamed "{ $to }"

# key: column {column}
column-column = column { $column }

# key: comma
comma = comma

# key: comma (1.234,56)
comma-1-234-56 = comma (1.234,56)

# key: credit limit
credit-limit-644381 = credit limit

# key: customer ID already used in row {first_row}
customer-id-already-used-in-row = customer ID already used in row { $first_row }

# key: customer ID not in the customer file
customer-id-not-in-the-customer = customer ID not in the customer file

# key: customer added without attributes
customer-added-without-attributes = customer added without attributes

# key: date
date = date

# key: date far outside the rest of the data (plausible: {earliest} to {latest}); kept out of the as-of date and training
date-far-outside-the-rest-of = date far outside the rest of the data (plausible: { $earliest } to { $latest }); kept out of the as-of date and training

# key: days before due
days-before-due = days before due

# key: decides it
decides-it = decides it

# key: differs between rows of the same customer for {customers} customers
differs-between-rows-of-the-same = differs between rows of the same customer for { $customers } customers

# key: discount cost = amount × discount % × P(on time after) × {take_rate}% (share of on-time payers who take an offered discount{assumed}); earlier cash = amount × {cost_of_capital}% a year × days sooner / 365; fewer very late = amount × {bad_debt_rate}% bad-debt rate × (P(very late) before − after)
discount-cost-amount-discount-p-on = discount cost = amount × discount % × P(on time after) × { $take_rate }% (share of on-time payers who take an offered discount{ $assumed }); earlier cash = amount × { $cost_of_capital }% a year × days sooner / 365; fewer very late = amount × { $bad_debt_rate }% bad-debt rate × (P(very late) before − after)

# key: discount days
discount-days = discount days

# key: discount days must be 0 to 365
discount-days-must-be-0-to = discount days must be 0 to 365

# key: dispute resolved
dispute-resolved = dispute resolved

# key: disputed
disputed-729e6e = disputed

# key: dot (1,234.56)
dot-1-234-56 = dot (1,234.56)

# key: due date is before the invoice date ({invoice_date})
due-date-is-before-the-invoice = due date is before the invoice date ({ $invoice_date })

# key: due date set to {date}: invoice date + the customer's {days} days terms
due-date-set-to-date-invoice = due date set to { $date }: invoice date + the customer's { $days } days terms

# key: electronic billing
electronic-billing-02a3c1 = electronic billing

# key: extra amount paid on time
extra-amount-paid-on-time = extra amount paid on time

# key: field
field-2da0b6 = field

# key: file, column, value or problem
file-column-value-or-problem = file, column, value or problem

# key: from
from = from

# key: from {date}
from-date = from { $date }

# key: header on row {row}
header-on-row-row = header on row { $row }

# key: held out
held-out = held out

# key: holds:
holds = holds:

# key: id or name
id-or-name = id or name

# key: if paid within (days)
if-paid-within-days = if paid within (days)

# key: impossible value: {reason}
impossible-value-reason = impossible value: { $reason }

# key: invoice amount is zero
invoice-amount-is-zero = invoice amount is zero

# key: invoice kept but left out of training
invoice-kept-but-left-out-of = invoice kept but left out of training

# key: invoice number already used in row {first_row} with different contents
invoice-number-already-used-in-row = invoice number already used in row { $first_row } with different contents

# key: is damaged or from an incompatible version ({error}); train a new model or roll back
is-damaged-or-from-an-incompatible = is damaged or from an incompatible version ({ $error }); train a new model or roll back

# key: it does not exist
it-does-not-exist = it does not exist

# key: it ends too early, at line {line}: the file was cut short
it-ends-too-early-at-line = it ends too early, at line { $line }: the file was cut short

# key: it is a folder, not a file
it-is-a-folder-not-a = it is a folder, not a file

# key: it is damaged, or not an Excel workbook
it-is-damaged-or-not-an = it is damaged, or not an Excel workbook

# key: it is not UTF-8 text
it-is-not-utf-8-text = it is not UTF-8 text

# key: it is not valid JSON at line {line}, column {column}
it-is-not-valid-json-at = it is not valid JSON at line { $line }, column { $column }

# key: it is protected with a password
it-is-protected-with-a-password = it is protected with a password

# key: it was made by a newer Payment Insights (file format {found}; this version reads up to {supported}). Update Payment Insights or train a new model.
it-was-made-by-a-newer = it was made by a newer Payment Insights (file format { $found }; this version reads up to { $supported }). Update Payment Insights or train a new model.

# key: its columns are not those of customers, invoices, payments or a ledger
its-columns-are-not-those-of = its columns are not those of customers, invoices, payments or a ledger

# key: its folder does not exist
its-folder-does-not-exist = its folder does not exist

# key: kept as it is
kept-as-it-is = kept as it is

# key: line {line}
line-line = line { $line }

# key: line {line} holds a value of the wrong kind, or a value the file needs is missing
line-line-holds-a-value-of = line { $line } holds a value of the wrong kind, or a value the file needs is missing

# key: named "{to}"
named-to = named "{ $to }"

# key: negative amount: a credit note, not an invoice
negative-amount-a-credit-note-not = negative amount: a credit note, not an invoice

# key: net value
net-value-9be15a = net value

# key: no cash discount
no-cash-discount = no cash discount

# key: no credit limit
no-credit-limit-dd1a95 = no credit limit

# key: no evidence in your data: the model cannot tell its effect
no-evidence-in-your-data-the = no evidence in your data: the model cannot tell its effect

# key: no rows
no-rows = no rows

# key: no table on this sheet: {reason}
no-table-on-this-sheet-reason = no table on this sheet: { $reason }

# key: none
none-71f8e7 = none

# key: not a date in this column's format ({format})
not-a-date-in-this-columns = not a date in this column's format ({ $format })

# key: not a number
not-a-number = not a number

# key: not a recognised yes/no or paper/electronic value
not-a-recognised-yes-no-or = not a recognised yes/no or paper/electronic value

# key: not {what}
not-what = not { $what }

# key: number, decimal {decimal}
number-decimal-decimal = number, decimal { $decimal }

# key: odds ×{factor}
odds-factor = odds ×{ $factor }

# key: of the chosen customers without the offer
of-the-chosen-customers-without-the = of the chosen customers without the offer

# key: on discounts
on-discounts = on discounts

# key: on the due date
on-the-due-date = on the due date

# key: or open a customer on the Customer screen
or-open-a-customer-on-the = or open a customer on the Customer screen

# key: or pick an invoice on the Customer screen
or-pick-an-invoice-on-the = or pick an invoice on the Customer screen

# key: paid date is before the invoice date ({invoice_date})
paid-date-is-before-the-invoice = paid date is before the invoice date ({ $invoice_date })

# key: payment dated before the invoice date ({invoice_date})
payment-dated-before-the-invoice-date = payment dated before the invoice date ({ $invoice_date })

# key: payment for a credit note
payment-for-a-credit-note = payment for a credit note

# key: payment for an invoice number that no invoice has
payment-for-an-invoice-number-that = payment for an invoice number that no invoice has

# key: payment of zero
payment-of-zero = payment of zero

# key: payment terms
payment-terms = payment terms

# key: payment terms must be 0 to 730 days
payment-terms-must-be-0-to = payment terms must be 0 to 730 days

# key: payments add up to {paid}, more than the invoice amount {amount}
payments-add-up-to-paid-more = payments add up to { $paid }, more than the invoice amount { $amount }

# key: permission to read it was denied
permission-to-read-it-was-denied = permission to read it was denied

# key: permission to write there was denied
permission-to-write-there-was-denied = permission to write there was denied

# key: pipe
pipe = pipe

# key: policy: {policy}
policy-policy = policy: { $policy }

# key: reminded
reminded-b332b8 = reminded

# key: reminder
reminder = reminder

# key: required value is empty
required-value-is-empty = required value is empty

# key: row has only {fields} fields, the header has {expected}
row-has-only-fields-fields-the = row has only { $fields } fields, the header has { $expected }

# key: row has {fields} fields, the header has {expected}
row-has-fields-fields-the-header = row has { $fields } fields, the header has { $expected }

# key: row is empty
row-is-empty = row is empty

# key: row skipped
row-skipped = row skipped

# key: same invoice as row {first_row}, repeated
same-invoice-as-row-first-row = same invoice as row { $first_row }, repeated

# key: semicolon
semicolon = semicolon

# key: sent electronically
sent-electronically-b9a56d = sent electronically

# key: sheet skipped
sheet-skipped = sheet skipped

# key: some characters could not be read in the file's encoding
some-characters-could-not-be-read = some characters could not be read in the file's encoding

# key: sorted ascending
sorted-ascending = sorted ascending

# key: sorted descending
sorted-descending = sorted descending

# key: step
step = step

# key: tab
tab = tab

# key: terms {days} days
terms-days-days =
    { $days ->
        [one] terms { $days } day
       *[other] terms { $days } days
    }

# key: the design matrix is not contiguous
the-design-matrix-is-not-contiguous = the design matrix is not contiguous

# key: the disk is full
the-disk-is-full = the disk is full

# key: the disk is read-only
the-disk-is-read-only = the disk is read-only

# key: the first row's value is used
the-first-rows-value-is-used = the first row's value is used

# key: the scale of {what} is not positive.
the-scale-of-what-is-not = the scale of { $what } is not positive.

# key: the sheet has no rows under its first line
the-sheet-has-no-rows-under = the sheet has no rows under its first line

# key: the sheet is empty
the-sheet-is-empty = the sheet is empty

# key: the system could not read it
the-system-could-not-read-it = the system could not read it

# key: the system could not write it
the-system-could-not-write-it = the system could not write it

# key: the workbook could not be built: {error}
the-workbook-could-not-be-built = the workbook could not be built: { $error }

# key: there are no rows to learn from
there-are-no-rows-to-learn = there are no rows to learn from

# key: to
to = to

# key: too close to call
too-close-to-call = too close to call

# key: toward {bucket}
toward-bucket = toward { $bucket }

# key: unreadable characters shown as �
unreadable-characters-shown-as = unreadable characters shown as �

# key: value left empty
value-left-empty = value left empty

# key: value repaired
value-repaired = value repaired

# key: value repaired: {how}
value-repaired-how = value repaired: { $how }

# key: within (days, e.g. 10, 20)
within-days-e-g-10-20 = within (days, e.g. 10, 20)

# key: your choice
your-choice = your choice

# key: {bucket}, as predicted
bucket-as-predicted = { $bucket }, as predicted

# key: {bucket}: invoice of {date}, paid on the due date
bucket-invoice-of-date-paid-on = { $bucket }: invoice of { $date }, paid on the due date

# key: {bucket}: invoice of {date}, paid {days} days after the due date
bucket-invoice-of-date-paid-days-61d247 =
    { $days ->
        [one] { $bucket }: invoice of { $date }, paid { $days } day after the due date
       *[other] { $bucket }: invoice of { $date }, paid { $days } days after the due date
    }

# key: {bucket}: invoice of {date}, paid {days} days before the due date
bucket-invoice-of-date-paid-days-1162f5 =
    { $days ->
        [one] { $bucket }: invoice of { $date }, paid { $days } day before the due date
       *[other] { $bucket }: invoice of { $date }, paid { $days } days before the due date
    }

# key: {bucket}: predicted {predicted}, observed {observed}
bucket-predicted-predicted-observed-observed = { $bucket }: predicted { $predicted }, observed { $observed }

# key: {bucket}: {points} at {value}
bucket-points-at-value = { $bucket }: { $points } at { $value }

# key: {certain} of the {total} invoices are already more than {late_days} days past due: their bucket is certain and no change can move it.
certain-of-the-total-invoices-are = { $certain } of the { $total } invoices are already more than { $late_days } days past due: their bucket is certain and no change can move it.

# key: {column} (asc)
column-asc = { $column } (asc)

# key: {column} (desc)
column-desc = { $column } (desc)

# key: {count} invoices in this currency while most are in {main}; amounts are not converted
count-invoices-in-this-currency-while = { $count } invoices in this currency while most are in { $main }; amounts are not converted

# key: {count} of the {total} invoices are past the discount's days: the offer cannot reach them and they keep their terms.
count-of-the-total-invoices-are = { $count } of the { $total } invoices are past the discount's days: the offer cannot reach them and they keep their terms.

# key: {count} of these invoices already have a cash discount: the new one replaces it.
count-of-these-invoices-already-have = { $count } of these invoices already have a cash discount: the new one replaces it.

# key: {count} of {total}
count-of-total = { $count } of { $total }

# key: {count} of {total} with a discount, {terms}
count-of-total-with-a-discount = { $count } of { $total } with a discount, { $terms }

# key: {count} of {total} {what}
count-of-total-what = { $count } of { $total } { $what }

# key: {count} open invoices in this scope
count-open-invoices-in-this-scope = { $count } open invoices in this scope

# key: {days_late} ({paid} paid)
days-late-paid-paid = { $days_late } ({ $paid } paid)

# key: {days} days
days-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }

# key: {days} days past due, more than {n} days: very late for certain
days-days-past-due-more-than = { $days } days past due, more than { $n } days: very late for certain

# key: {days} days past due: late for certain
days-days-past-due-late-for = { $days } days past due: late for certain

# key: {days} early
days-early = { $days } early

# key: {days} late
days-late-460b44 = { $days } late

# key: {days} past due
days-past-due-a41d81 = { $days } past due

# key: {delimiter}-separated, quote {quote}, {encoding}
delimiter-separated-quote-quote-encoding = { $delimiter }-separated, quote { $quote }, { $encoding }

# key: {error} Using the previous good version {version} instead.
error-using-the-previous-good-version = { $error } Using the previous good version { $version } instead.

# key: {fact} (average invoice: {typical})
fact-average-invoice-typical = { $fact } (average invoice: { $typical })

# key: {field} is not used with two buckets: once an invoice is past due it is late, so nothing is left to predict.
field-is-not-used-with-two = { $field } is not used with two buckets: once an invoice is past due it is late, so nothing is left to predict.

# key: {field}: not given
field-not-given = { $field }: not given

# key: {field}: {value}
field-value = { $field }: { $value }

# key: {file} ({role}) has no column for {missing}. Its columns are: {columns}. Choose the column in the mapping, or add it to the mapping file under [{role_key}.columns].
file-role-has-no-column-for = { $file } ({ $role }) has no column for { $missing }. Its columns are: { $columns }. Choose the column in the mapping, or add it to the mapping file under [{ $role_key }.columns].

# key: {file} column "{column}" (for example {examples})
file-column-column-for-example-examples = { $file } column "{ $column }" (for example { $examples })

# key: {file} could not be read as a workbook: {message}. Open it in Excel and save it again as .xlsx, or export CSV.
file-could-not-be-read-as = { $file } could not be read as a workbook: { $message }. Open it in Excel and save it again as .xlsx, or export CSV.

# key: {file} could not be split into rows and columns as CSV. Open it in a spreadsheet program, check that every row has the same columns as the header, and export it again as CSV.
file-could-not-be-split-into = { $file } could not be split into rows and columns as CSV. Open it in a spreadsheet program, check that every row has the same columns as the header, and export it again as CSV.

# key: {file} has a header row but no data rows. Export the table again with its rows, or pick another file.
file-has-a-header-row-but = { $file } has a header row but no data rows. Export the table again with its rows, or pick another file.

# key: {file} has no sheet named "{sheet}". Its sheets are: {available}.
file-has-no-sheet-named-sheet = { $file } has no sheet named "{ $sheet }". Its sheets are: { $available }.

# key: {file} has {columns} columns; Payment Insights reads at most {limit}. Export only the columns you need (invoice, customer, dates, amounts) and import again.
file-has-columns-columns-payment-insights = { $file } has { $columns } columns; Payment Insights reads at most { $limit }. Export only the columns you need (invoice, customer, dates, amounts) and import again.

# key: {file} is a .{extension} file, which Payment Insights cannot read. Save or export it as CSV (.csv) or Excel (.xlsx, .xls).
file-is-a-extension-file-which = { $file } is a .{ $extension } file, which Payment Insights cannot read. Save or export it as CSV (.csv) or Excel (.xlsx, .xls).

# key: {file} is empty. Export the table again, with its header row.
file-is-empty-export-the-table = { $file } is empty. Export the table again, with its header row.

# key: {file} is not a text file: it holds binary data (a workbook saved under a .csv name, or a damaged file). Open it in the program that made it and export it again as CSV.
file-is-not-a-text-file = { $file } is not a text file: it holds binary data (a workbook saved under a .csv name, or a damaged file). Open it in the program that made it and export it again as CSV.

# key: {file} is {size}; importing it would need about {memory} of memory, more than the limit of {limit} for one file. Export a shorter period or fewer columns, or raise the limit on the Settings screen (the command line: --max-file-mb).
file-is-size-importing-it-would = { $file } is { $size }; importing it would need about { $memory } of memory, more than the limit of { $limit } for one file. Export a shorter period or fewer columns, or raise the limit on the Settings screen (the command line: --max-file-mb).

# key: {file} row {row}, column "{column}": the value "{value}" opens a quote ({quote}) that is never closed, so the rows after it cannot be told apart. Close or remove that quote, then import again.
file-row-row-column-column-the-c98364 = { $file } row { $row }, column "{ $column }": the value "{ $value }" opens a quote ({ $quote }) that is never closed, so the rows after it cannot be told apart. Close or remove that quote, then import again.

# key: {file} row {row}, column "{column}": the value "{value}" starts with a quote ({quote}) but goes on after the closing quote. Put the whole value in quotes with any quote inside it doubled, or remove the quotes, then import again.
file-row-row-column-column-the-3c65db = { $file } row { $row }, column "{ $column }": the value "{ $value }" starts with a quote ({ $quote }) but goes on after the closing quote. Put the whole value in quotes with any quote inside it doubled, or remove the quotes, then import again.

# key: {file} uses cells up to {cell} ({rows} rows by {columns} columns), more than Payment Insights reads ({max_columns} columns, {max_cells} cells). Delete the rows and columns beyond your table in Excel, save, and import again.
file-uses-cells-up-to-cell = { $file } uses cells up to { $cell } ({ $rows } rows by { $columns } columns), more than Payment Insights reads ({ $max_columns } columns, { $max_cells } cells). Delete the rows and columns beyond your table in Excel, save, and import again.

# key: {file} — {role} ({format}): {imported} of {read} rows imported
file-role-format-imported-of-read = { $file } — { $role } ({ $format }): { $imported } of { $read } rows imported

# key: {file}, column "{column}": dates like {examples}
file-column-column-dates-like-examples-8ae4ce = { $file }, column "{ $column }": dates like { $examples }

# key: {file}, column "{column}": dates like {examples} (column "{other_column}" reads {other_format})
file-column-column-dates-like-examples-641a69 = { $file }, column "{ $column }": dates like { $examples } (column "{ $other_column }" reads { $other_format })

# key: {file}: {role}, {rows} rows
file-role-rows-rows = { $file }: { $role }, { $rows } rows

# key: {folder} is a file, not a folder. Give the path of a folder (a new one is made), or move the file away.
folder-is-a-file-not-a = { $folder } is a file, not a folder. Give the path of a folder (a new one is made), or move the file away.

# key: {invoices} invoices of {customers} customers, {amount} open: the model's estimates
invoices-invoices-of-customers-customers-amount = { $invoices } invoices of { $customers } customers, { $amount } open: the model's estimates

# key: {invoices} open invoices in scope
invoices-open-invoices-in-scope = { $invoices } open invoices in scope

# key: {known} of them have an outcome by {today}; the other {undecided} are still undecided and are not scored.
known-of-them-have-an-outcome = { $known } of them have an outcome by { $today }; the other { $undecided } are still undecided and are not scored.

# key: {learner} (same run)
learner-same-run = { $learner } (same run)

# key: {line}; header found on row {row}
line-header-found-on-row-row = { $line }; header found on row { $row }

# key: {message} The sheets, with their first header cells: {sheets}.
message-the-sheets-with-their-first = { $message } The sheets, with their first header cells: { $sheets }.

# key: {millions}M
millions-m = { $millions }M

# key: {missing} required field(s) have no column
missing-required-field-s-have-no =
    { $missing ->
        [one] { $missing } required field has no column
       *[other] { $missing } required fields have no column
    }

# key: {model}: calibration (predicted vs observed per decile)
model-calibration-predicted-vs-observed-per = { $model }: calibration (predicted vs observed per decile)

# key: {model}: confusion matrix (rows: actual, columns: predicted)
model-confusion-matrix-rows-actual-columns = { $model }: confusion matrix (rows: actual, columns: predicted)

# key: {model}: per bucket
model-per-bucket = { $model }: per bucket

# key: {name} = {v} is outside the range seen in training ({lo}–{hi}); the effect is an extrapolation.
name-v-is-outside-the-range = { $name } = { $v } is outside the range seen in training ({ $lo }–{ $hi }); the effect is an extrapolation.

# key: {n} day
n-day = { $n } day

# key: {n} days
n-days = { $n } days

# key: {n} rows
n-rows = { $n } rows

# key: {part}; column "{other}" of the same file reads {format}
part-column-other-of-the-same = { $part }; column "{ $other }" of the same file reads { $format }

# key: {percent} within {days} days
percent-within-days-days = { $percent } within { $days } days

# key: {percent}% cash discount offered
percent-cash-discount-offered = { $percent }% cash discount offered

# key: {place} row {row}
place-row-row = { $place } row { $row }

# key: {place}, column "{column}"
place-column-column = { $place }, column "{ $column }"

# key: {place}, value "{value}"
place-value-value = { $place }, value "{ $value }"

# key: {place}: {problem} → {action}
place-problem-action = { $place }: { $problem } → { $action }

# key: {problem} A new model is trained on the current data instead.
problem-a-new-model-is-trained = { $problem } A new model is trained on the current data instead.

# key: {problem} Training with this layout would fail.
problem-training-with-this-layout-would = { $problem } Training with this layout would fail.

# key: {rate} (capital {capital})
rate-capital-capital = { $rate } (capital { $capital })

# key: {rows} rows
rows-rows = { $rows } rows

# key: {share} of the customer's past amount came 1–{n} days late
share-of-the-customers-past-amount-e4ee55 = { $share } of the customer's past amount came 1–{ $n } days late

# key: {share} of the customer's past amount came more than {n} days late
share-of-the-customers-past-amount-2a0234 = { $share } of the customer's past amount came more than { $n } days late

# key: {share} of the rows of {file} were skipped ({skipped} of {read}).
share-of-the-rows-of-file = { $share } of the rows of { $file } were skipped ({ $skipped } of { $read }).

# key: {share} of {limit}
share-of-limit = { $share } of { $limit }

# key: {sheet} (empty)
sheet-empty = { $sheet } (empty)

# key: {sheet}: skipped, {reason}
sheet-skipped-reason = { $sheet }: skipped, { $reason }

# key: {sign}{points} pts
sign-points-pts = { $sign }{ $points } pts

# key: {start}–{end} days past due
start-end-days-past-due = { $start }–{ $end } days past due

# key: {strategy}: cost {cost}, {benefit} {value}
strategy-cost-cost-benefit-value = { $strategy }: cost { $cost }, { $benefit } { $value }

# key: {strategy}: {warning}
strategy-warning = { $strategy }: { $warning }

# key: {text} Most often ({count} rows): {problem}, column "{column}", first in row {row}.
text-most-often-count-rows-problem = { $text } Most often ({ $count } rows): { $problem }, column "{ $column }", first in row { $row }.

# key: {thousands}k
thousands-k = { $thousands }k

# key: {ticked} of {fields} fields ticked
ticked-of-fields-fields-ticked = { $ticked } of { $fields } fields ticked

# key: {trend}, {days_late} days late
trend-days-late-days-late = { $trend }, { $days_late } days late

# key: {what} could not be saved ({error}). Check that {folder} is writable.
what-could-not-be-saved-error = { $what } could not be saved ({ $error }). Check that { $folder } is writable.

# key: {what} does not fit the rest of the file.
what-does-not-fit-the-rest = { $what } does not fit the rest of the file.

# key: {what} failed: {error}
what-failed-error = { $what } failed: { $error }

# key: {what} has {found} entries where {expected} are needed.
what-has-found-entries-where-expected = { $what } has { $found } entries where { $expected } are needed.

# key: {what} is missing.
what-is-missing = { $what } is missing.

# key: {what} is not a finite number.
what-is-not-a-finite-number = { $what } is not a finite number.

# key: {what} is {value}, beyond what any payment history gives.
what-is-value-beyond-what-any = { $what } is { $value }, beyond what any payment history gives.

# key: {what} was cancelled; nothing was changed.
what-was-cancelled-nothing-was-changed = { $what } was cancelled; nothing was changed.

# key: ⚠ warnings on hover
warnings-on-hover = ⚠ warnings on hover
