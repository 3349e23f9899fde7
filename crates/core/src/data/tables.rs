//! The canonical tables every later stage works on: customers, invoices and payments, checked
//! and typed. Code after import trusts them: ids are unique, dates are real, invoice amounts are
//! positive, every invoice has a customer and every payment an invoice.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One customer.
#[derive(Clone, Debug, PartialEq)]
pub struct Customer {
    pub id: String,
    pub name: Option<String>,
    pub group: Option<String>,
    pub region: Option<String>,
    pub credit_limit: Option<f64>,
    /// Default payment terms in days.
    pub terms_days: Option<i32>,
    pub paperless_since: Option<NaiveDate>,
}

impl Customer {
    /// A customer known only by its ID (derived from invoices).
    pub fn bare(id: &str) -> Customer {
        Customer {
            id: id.to_string(),
            name: None,
            group: None,
            region: None,
            credit_limit: None,
            terms_days: None,
            paperless_since: None,
        }
    }
}

/// One invoice, with its settlement as the payments (or the ledger's paid date) show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Invoice {
    pub id: String,
    /// Index into [`Tables::customers`].
    pub customer: u32,
    pub invoice_date: NaiveDate,
    pub due_date: NaiveDate,
    /// Positive invoice amount.
    pub amount: f64,
    /// Index into [`Tables::currencies`].
    pub currency: Option<u16>,
    pub discount_pct: Option<f64>,
    pub discount_days: Option<i32>,
    pub disputed: Option<bool>,
    /// Delivered electronically (e-mail, EDI, portal) rather than on paper.
    pub electronic: Option<bool>,
    /// The day the last payment reminder or dunning notice went out (before or after the due
    /// date); `None` when the data records none. Features see it only from that day on.
    pub reminder_date: Option<NaiveDate>,
    /// The dunning level the export records (SAP's MANST, Business Central's last issued
    /// reminder level): how far dunning had gone when the data was exported, not when the
    /// invoice was looked at, so it reveals lateness; the catalogue offers it only as a field
    /// that gives the outcome away.
    pub dunning_level: Option<u8>,
    /// The day payments first reached the amount (within the rounding tolerance); `None` while open.
    pub settled_date: Option<NaiveDate>,
    /// Sum of payments so far (the amount for ledger rows with a paid date).
    pub paid_amount: f64,
    /// A data problem makes this invoice unfit to learn from (it still counts in balances).
    pub trainable: bool,
}

impl Invoice {
    /// Payment terms in days (due date − invoice date).
    pub fn terms_days(&self) -> i64 {
        (self.due_date - self.invoice_date).num_days()
    }

    /// Days late at settlement (negative: early); `None` while open.
    pub fn days_late(&self) -> Option<i64> {
        self.settled_date.map(|d| (d - self.due_date).num_days())
    }
}

/// One payment towards an invoice (negative for a refund or credit applied).
#[derive(Clone, Debug, PartialEq)]
pub struct Payment {
    /// Index into [`Tables::invoices`].
    pub invoice: u32,
    pub payment_date: NaiveDate,
    pub amount: f64,
}

/// Values of a column the user had beyond the canonical fields, kept as candidate fields.
#[derive(Clone, Debug, PartialEq)]
pub enum ExtraValues {
    Number(Vec<Option<f64>>),
    Date(Vec<Option<NaiveDate>>),
    /// Categories: `codes[i]` indexes `levels`.
    Text {
        levels: Vec<String>,
        codes: Vec<Option<u32>>,
    },
}

impl ExtraValues {
    pub fn len(&self) -> usize {
        match self {
            ExtraValues::Number(v) => v.len(),
            ExtraValues::Date(v) => v.len(),
            ExtraValues::Text { codes, .. } => codes.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value at `index` as text, for tables and exports.
    pub fn display(&self, index: usize) -> String {
        match self {
            ExtraValues::Number(v) => v
                .get(index)
                .copied()
                .flatten()
                .map(|x| x.to_string())
                .unwrap_or_default(),
            ExtraValues::Date(v) => v
                .get(index)
                .copied()
                .flatten()
                .map(|d| d.to_string())
                .unwrap_or_default(),
            ExtraValues::Text { levels, codes } => codes
                .get(index)
                .copied()
                .flatten()
                .and_then(|c| levels.get(c as usize))
                .cloned()
                .unwrap_or_default(),
        }
    }
}

/// An extra column, aligned with the rows of its table.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtraColumn {
    pub name: String,
    pub values: ExtraValues,
}

impl ExtraColumn {
    /// The column at `rows` of its table, in that order.
    pub fn select(&self, rows: &[usize]) -> ExtraColumn {
        ExtraColumn {
            name: self.name.clone(),
            values: self.values.select(rows),
        }
    }
}

/// Which form the data came in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ImportForm {
    /// Customers (optional), invoices and payments in separate tables.
    #[default]
    ThreeTables,
    /// One invoice table with a paid/settled date; customers derived from it.
    Ledger,
}

/// The validated data set.
#[derive(Clone, Debug, PartialEq)]
pub struct Tables {
    pub form: ImportForm,
    pub customers: Vec<Customer>,
    pub invoices: Vec<Invoice>,
    /// Sorted by invoice, then date.
    pub payments: Vec<Payment>,
    pub customer_extras: Vec<ExtraColumn>,
    pub invoice_extras: Vec<ExtraColumn>,
    pub currencies: Vec<String>,
    /// The last day the data knows about: the latest invoice, payment or paid date.
    pub as_of: NaiveDate,
}

impl Tables {
    /// Invoices still open at the as-of date.
    pub fn open_invoices(&self) -> impl Iterator<Item = (usize, &Invoice)> {
        self.invoices
            .iter()
            .enumerate()
            .filter(|(_, i)| i.settled_date.is_none())
    }

    pub fn currency(&self, invoice: &Invoice) -> Option<&str> {
        invoice
            .currency
            .and_then(|c| self.currencies.get(c as usize))
            .map(String::as_str)
    }

    pub fn customer(&self, invoice: &Invoice) -> Option<&Customer> {
        self.customers.get(invoice.customer as usize)
    }
}

impl Tables {
    /// The data as it was known on `date`: invoices issued after it do not exist yet, payments
    /// after it are unknown, so an invoice settled after it is open. This is what makes training
    /// and backtesting at a past date honest.
    pub fn as_known_on(&self, date: NaiveDate) -> Tables {
        let mut new_index = vec![u32::MAX; self.invoices.len()];
        let mut invoices = Vec::with_capacity(self.invoices.len());
        let mut kept_rows = Vec::with_capacity(self.invoices.len());
        for (i, inv) in self.invoices.iter().enumerate() {
            if inv.invoice_date > date {
                continue;
            }
            new_index[i] = invoices.len() as u32;
            kept_rows.push(i);
            let mut inv = inv.clone();
            if inv.settled_date.is_some_and(|d| d > date) {
                inv.settled_date = None;
            }
            if self.form == ImportForm::Ledger {
                inv.paid_amount = if inv.settled_date.is_some() {
                    inv.amount
                } else {
                    0.0
                };
            } else {
                inv.paid_amount = 0.0;
            }
            invoices.push(inv);
        }
        let mut payments = Vec::new();
        for p in &self.payments {
            let Some(&idx) = new_index.get(p.invoice as usize) else {
                continue;
            };
            if idx == u32::MAX || p.payment_date > date {
                continue;
            }
            if let Some(inv) = invoices.get_mut(idx as usize) {
                inv.paid_amount += p.amount;
            }
            payments.push(Payment {
                invoice: idx,
                payment_date: p.payment_date,
                amount: p.amount,
            });
        }
        let invoice_extras = self
            .invoice_extras
            .iter()
            .map(|col| col.select(&kept_rows))
            .collect();
        Tables {
            form: self.form,
            customers: self.customers.clone(),
            invoices,
            payments,
            customer_extras: self.customer_extras.clone(),
            invoice_extras,
            currencies: self.currencies.clone(),
            as_of: date.min(self.as_of),
        }
    }
}

impl Tables {
    /// One customer's part of the data: the customer (as customer 0) with its invoices (in
    /// invoice order), their payments and extra values, everything else unchanged. `index` is
    /// these tables' index. Features of a customer's invoice depend only on that customer's
    /// history, so they come out the same as on the whole data at a fraction of the cost.
    pub fn customer_part(&self, index: &Index, customer: u32) -> Tables {
        let own = index.invoices_of(customer);
        let rows: Vec<usize> = own.iter().map(|&i| i as usize).collect();
        let mut invoices = Vec::with_capacity(own.len());
        let mut payments = Vec::new();
        for (new, (i, inv)) in own
            .iter()
            .filter_map(|&i| Some((i, self.invoices.get(i as usize)?)))
            .enumerate()
        {
            invoices.push(Invoice {
                customer: 0,
                ..inv.clone()
            });
            payments.extend(index.payments_of(self, i).iter().map(|p| Payment {
                invoice: new as u32,
                ..p.clone()
            }));
        }
        let select = |cols: &[ExtraColumn], rows: &[usize]| -> Vec<ExtraColumn> {
            cols.iter().map(|col| col.select(rows)).collect()
        };
        Tables {
            form: self.form,
            customers: self
                .customers
                .get(customer as usize)
                .cloned()
                .into_iter()
                .collect(),
            invoices,
            payments,
            customer_extras: select(&self.customer_extras, &[customer as usize]),
            invoice_extras: select(&self.invoice_extras, &rows),
            currencies: self.currencies.clone(),
            as_of: self.as_of,
        }
    }
}

/// Who owns what in one set of tables: each customer's invoices (in invoice order) and each
/// invoice's payments. Built in one pass over each table, after which one customer's data is
/// found without reading the rest (the Customer screen on a million invoices).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Customer `c`'s invoices are `invoices[customer_starts[c]..customer_starts[c + 1]]`.
    customer_starts: Vec<u32>,
    invoices: Vec<u32>,
    /// Invoice `i`'s payments are `payments[payment_starts[i]..payment_starts[i + 1]]`.
    payment_starts: Vec<u32>,
}

/// Offsets of groups: `starts[g]..starts[g + 1]` are the positions of group `g` among `count`
/// groups, given each item's group (items of an unknown group are left out).
fn group_starts(count: usize, groups: impl Iterator<Item = usize>) -> Vec<u32> {
    let mut starts = vec![0u32; count + 1];
    for g in groups.filter(|&g| g < count) {
        if let Some(s) = starts.get_mut(g + 1) {
            *s += 1;
        }
    }
    let mut total = 0;
    for s in &mut starts {
        total += *s;
        *s = total;
    }
    starts
}

impl Index {
    pub fn build(tables: &Tables) -> Index {
        let n = tables.customers.len();
        let customer_starts = group_starts(n, tables.invoices.iter().map(|i| i.customer as usize));
        let mut next = customer_starts.clone();
        let mut invoices = vec![0u32; customer_starts.last().copied().unwrap_or(0) as usize];
        for (i, inv) in tables.invoices.iter().enumerate() {
            let c = inv.customer as usize;
            let Some(slot) = next.get_mut(c).filter(|_| c < n) else {
                continue;
            };
            if let Some(v) = invoices.get_mut(*slot as usize) {
                *v = i as u32;
            }
            *slot += 1;
        }
        // Payments are sorted by invoice: each invoice's payments are one run.
        let payment_starts = group_starts(
            tables.invoices.len(),
            tables.payments.iter().map(|p| p.invoice as usize),
        );
        Index {
            customer_starts,
            invoices,
            payment_starts,
        }
    }

    /// The invoices of `customer`, ascending; empty for an unknown customer.
    pub fn invoices_of(&self, customer: u32) -> &[u32] {
        let c = customer as usize;
        match (self.customer_starts.get(c), self.customer_starts.get(c + 1)) {
            (Some(&a), Some(&b)) => self.invoices.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The payments of `invoice` in `tables` (the tables this index was built from), in date
    /// order.
    pub fn payments_of<'t>(&self, tables: &'t Tables, invoice: u32) -> &'t [Payment] {
        let i = invoice as usize;
        match (self.payment_starts.get(i), self.payment_starts.get(i + 1)) {
            (Some(&a), Some(&b)) => tables.payments.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

impl ExtraValues {
    /// The values at `rows`, in that order.
    pub fn select(&self, rows: &[usize]) -> ExtraValues {
        fn pick<T: Copy>(v: &[Option<T>], rows: &[usize]) -> Vec<Option<T>> {
            rows.iter().map(|&r| v.get(r).copied().flatten()).collect()
        }
        match self {
            ExtraValues::Number(v) => ExtraValues::Number(pick(v, rows)),
            ExtraValues::Date(v) => ExtraValues::Date(pick(v, rows)),
            ExtraValues::Text { levels, codes } => ExtraValues::Text {
                levels: levels.clone(),
                codes: pick(codes, rows),
            },
        }
    }
}
