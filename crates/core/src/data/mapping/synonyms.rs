//! The synonym lists: every name each canonical field goes by in the exports the app knows,
//! one list per field, written normalised.

use super::*;

impl CanonicalField {
    /// Column names this field goes by in English, Swedish and Dutch exports, written
    /// normalised (lower case, letters and digits only; see [`normalise`]). Earlier names win
    /// over later ones when a file has both.
    ///
    /// The names of the exports analysts have are taken from each system's public
    /// documentation (the fixtures under `tests/fixtures/exports/` use the same sources):
    /// - Dynamics 365 Finance: the CustTrans table behind the customer transactions pages and
    ///   data entities (AccountNum, Invoice, TransDate, DocumentDate, DueDate, AmountCur,
    ///   AmountMST, CurrencyCode, Closed, LastSettleDate), as listed in Microsoft's Common
    ///   Data Model schema for Finance and Operations, with their page labels.
    /// - Business Central: the Customer Ledger Entries page and the "Cust. Ledger Entries"
    ///   query (Posting Date, Document Type, Document No., Customer No., Customer Name, Due
    ///   Date, Original Amount, Amount, Remaining Amount, Open, Closed at Date).
    /// - SAP: the customer line items of FBL5N and the tables behind them (BSID/BSAD, RFPOSX):
    ///   KUNNR, BELNR, BLDAT, BUDAT, FAEDT/NETDT, AUGDT, DMBTR, WRBTR, WAERS, ZBD1T, ZBD1P and
    ///   their English labels.
    /// - QuickBooks Online: the A/R Aging Detail and Invoice List reports (Date, Transaction
    ///   Type, Num, Customer, Due Date, Terms, Amount, Open Balance; report API columns
    ///   tx_date, doc_num, cust_name, due_date, subt_amount) and Receive payment's labels.
    /// - Xero: the sales invoice fields of its reports and API (Invoice Number, Contact,
    ///   Invoice Date, Due Date, Invoice Total, Paid, Credited, Due, FullyPaidOnDate).
    /// - Reminders and dunning: SAP's dunning data on the line items (MADAT "Last dunned",
    ///   MANST "Dunning level"), Business Central's "Last Issued Reminder Level" on the
    ///   customer ledger entries and the reminder level of its issued reminders.
    pub fn synonyms(self) -> &'static [&'static str] {
        use CanonicalField::*;
        match self {
            CustomerId => CUSTOMER_ID,
            CustomerName => CUSTOMER_NAME,
            CustomerGroup => CUSTOMER_GROUP,
            Region => REGION,
            CreditLimit => CREDIT_LIMIT,
            TermsDays => TERMS_DAYS,
            PaperlessSince => PAPERLESS_SINCE,
            InvoiceId => INVOICE_ID,
            InvoiceDate => INVOICE_DATE,
            DueDate => DUE_DATE,
            Amount => AMOUNT,
            Currency => CURRENCY,
            DiscountPct => DISCOUNT_PCT,
            DiscountDays => DISCOUNT_DAYS,
            Disputed => DISPUTED,
            Delivery => DELIVERY,
            ReminderDate => REMINDER_DATE,
            DunningLevel => DUNNING_LEVEL,
            SettledDate => SETTLED_DATE,
            PaymentDate => PAYMENT_DATE,
            PaymentAmount => PAYMENT_AMOUNT,
        }
    }
}

const CUSTOMER_ID: &[&str] = &[
    "customerid",
    "customer",
    "customerno",
    "customernumber",
    "customernr",
    "custid",
    "custno",
    "custnumber",
    "customercode",
    "accountnumber",
    "accountno",
    "account",
    "accountid",
    "debtor",
    "debtorid",
    "debtorno",
    "clientid",
    "client",
    "clientnumber",
    "buyerid",
    "soldto",
    "kundnummer",
    "kundnr",
    "kundid",
    "kund",
    "kundkod",
    "klantnummer",
    "klantnr",
    "klantid",
    "klant",
    "klantcode",
    "debiteur",
    "debiteurnummer",
    "debiteurnr",
    "relatienummer",
    "relatie",
    // Dynamics 365 Finance: CustTrans.AccountNum, shown as "Customer account".
    "accountnum",
    "customeraccount",
    // SAP: the customer number KUNNR (FBL5N shows it as "Customer" or "Account").
    "kunnr",
    // Xero: invoices name their Contact; its exports carry no customer number.
    "contact",
    "contactname",
];

const CUSTOMER_NAME: &[&str] = &[
    "customername",
    "namecustomer",
    "name",
    "custname",
    "company",
    "companyname",
    "clientname",
    "accountname",
    "debtorname",
    "kundnamn",
    "namn",
    "foretag",
    "foretagsnamn",
    "klantnaam",
    "naam",
    "bedrijfsnaam",
    "bedrijf",
    "debiteurnaam",
    "relatienaam",
    // SAP: KNA1-NAME1.
    "name1",
];

const CUSTOMER_GROUP: &[&str] = &[
    "customergroup",
    "group",
    "segment",
    "customersegment",
    "category",
    "customercategory",
    "industry",
    "sector",
    "kundgrupp",
    "grupp",
    "kundkategori",
    "bransch",
    "klantgroep",
    "groep",
    "branche",
    "sector",
    "klantcategorie",
];

const REGION: &[&str] = &[
    "region",
    "country",
    "countrycode",
    "countryname",
    "area",
    "salesregion",
    "territory",
    "land",
    "landskod",
    "landkod",
    "lan",
    "regio",
    "landcode",
    "gebied",
    // Business Central: Country/Region Code; SAP: LAND1.
    "countryregioncode",
    "land1",
];

const CREDIT_LIMIT: &[&str] = &[
    "creditlimit",
    "credit",
    "creditline",
    "limit",
    "kreditgrans",
    "kreditlimit",
    "kredit",
    "kredietlimiet",
    "kredietlimit",
    "krediet",
    // Dynamics 365 Finance: CustTable.CreditMax; Business Central: Credit Limit (LCY);
    // SAP: KLIMK.
    "creditmax",
    "creditlimitlcy",
    "klimk",
];

const TERMS_DAYS: &[&str] = &[
    "paymentterms",
    "termsdays",
    "terms",
    "paymenttermsdays",
    "creditdays",
    "netdays",
    "termdays",
    "custpaymentterms",
    "betalningsvillkor",
    "betalvillkor",
    "kredittid",
    "betalningsdagar",
    "betalningstid",
    "betalingstermijn",
    "betalingsvoorwaarden",
    "betaaltermijn",
    "betalingsconditie",
];

const PAPERLESS_SINCE: &[&str] = &[
    "paperlesssince",
    "paperlessdate",
    "ebillingsince",
    "einvoicesince",
    "einvoicedate",
    "efakturasedan",
    "efakturadatum",
    "efactuursinds",
    "efactuurdatum",
    "papierloossinds",
];

const INVOICE_ID: &[&str] = &[
    "invoiceid",
    "invoicenumber",
    "invoiceno",
    "invoicenr",
    "invoice",
    "invno",
    "invnumber",
    "docid",
    "documentid",
    "documentnumber",
    "documentno",
    "docno",
    "billno",
    "billnumber",
    "fakturanummer",
    "fakturanr",
    "fakturaid",
    "faktura",
    "verifikationsnummer",
    "factuurnummer",
    "factuurnr",
    "factuurid",
    "factuur",
    "documentnummer",
    // QuickBooks reports: "Num" (doc_num); SAP: BELNR ("Document Number");
    // Dynamics 365 Finance: CustTrans.Invoice ("Invoice", above) and DocumentNum.
    "num",
    "docnum",
    "belnr",
    "documentnum",
];

const INVOICE_DATE: &[&str] = &[
    "invoicedate",
    "invdate",
    "documentdate",
    "docdate",
    "documentcreatedate",
    "postingdate",
    "issuedate",
    "billdate",
    "billingdate",
    "createddate",
    "date",
    "fakturadatum",
    "bokforingsdatum",
    "datum",
    "factuurdatum",
    "boekingsdatum",
    "documentdatum",
    // Dynamics 365 Finance: CustTrans.TransDate ("Date"); SAP: BLDAT (document date),
    // BUDAT (posting date); QuickBooks: tx_date / TxnDate.
    "transdate",
    "bldat",
    "budat",
    "txdate",
    "txndate",
];

const DUE_DATE: &[&str] = &[
    "duedate",
    "dueindate",
    "paymentduedate",
    "due",
    "netduedate",
    "duedt",
    "forfallodatum",
    "forfallodag",
    "forfaller",
    "forfallodatumet",
    "vervaldatum",
    "vervaldag",
    "uiterstebetaaldatum",
    // SAP: net due date, FAEDT in FBL5N (RFPOSX), NETDT in S/4HANA line items.
    "faedt",
    "netdt",
];

const AMOUNT: &[&str] = &[
    "amount",
    "invoiceamount",
    "totalopenamount",
    "total",
    "totalamount",
    "grossamount",
    "invoicetotal",
    "amountdue",
    "originalamount",
    "value",
    "belopp",
    "fakturabelopp",
    "summa",
    "totalt",
    "totalbelopp",
    "bedrag",
    "factuurbedrag",
    "totaal",
    "totaalbedrag",
    // Dynamics 365 Finance: CustTrans.AmountCur / AmountMST and their labels.
    "amountcur",
    "amountintransactioncurrency",
    "amountmst",
    "amountinaccountingcurrency",
    // SAP: DMBTR / DMSHB (local currency), WRBTR / WRSHB (document currency) and the
    // FBL5N labels.
    "amountinlocalcurrency",
    "amountindocumentcurrency",
    "amountindoccurr",
    "dmbtr",
    "dmshb",
    "wrbtr",
    "wrshb",
    // Business Central: Amount (LCY), Original Amt. (LCY).
    "amountlcy",
    "originalamtlcy",
    // QuickBooks report API: subt_amount.
    "subtamount",
];

const CURRENCY: &[&str] = &[
    "currency",
    "invoicecurrency",
    "curr",
    "currencycode",
    "ccy",
    "valuta",
    "valutakod",
    "munt",
    "muntsoort",
    // SAP: WAERS (document currency), HWAER (local currency) and the FBL5N labels.
    "localcurrency",
    "documentcurrency",
    "waers",
    "hwaer",
];

const DISCOUNT_PCT: &[&str] = &[
    "discountpct",
    "discountpercent",
    "discount",
    "cashdiscount",
    "cashdiscountpct",
    "cashdiscountpercent",
    "discountrate",
    "earlypaymentdiscount",
    "kassarabatt",
    "rabatt",
    "rabattprocent",
    "kassarabattprocent",
    "betalingskorting",
    "korting",
    "kortingspercentage",
    "kredietbeperking",
    // SAP: ZBD1P, "Cash discount percentage 1".
    "cashdiscountpercentage1",
    "cashdiscountpercentage",
    "zbd1p",
];

const DISCOUNT_DAYS: &[&str] = &[
    "discountdays",
    "cashdiscountdays",
    "discountperiod",
    "discountterm",
    "rabattdagar",
    "kassarabattdagar",
    "kortingsdagen",
    "kortingstermijn",
    // SAP: ZBD1T, "Cash discount days 1".
    "cashdiscountdays1",
    "zbd1t",
];

const DISPUTED: &[&str] = &[
    "disputed",
    "dispute",
    "indispute",
    "disputeflag",
    "isdisputed",
    "tvist",
    "bestridd",
    "reklamerad",
    "reklamation",
    "betwist",
    "geschil",
    "dispuut",
];

const DELIVERY: &[&str] = &[
    "delivery",
    "deliverymethod",
    "billingmethod",
    "paperlessbill",
    "invoicedelivery",
    "channel",
    "deliverychannel",
    "sendmethod",
    "distribution",
    "leveranssatt",
    "fakturaleverans",
    "distributionssatt",
    "verzendwijze",
    "factuurverzending",
    "verzendmethode",
];

const REMINDER_DATE: &[&str] = &[
    "reminderdate",
    "lastreminderdate",
    "lastreminder",
    "remindedon",
    "reminderdatelast",
    "lastremindersent",
    "remindersent",
    "remindersenton",
    "reminded",
    "dateofreminder",
    "lastdunned",
    "lastdunneddate",
    "datelastdunned",
    "lastdunningdate",
    "dunningdate",
    "lastdunningnotice",
    // SAP: MADAT, the date of the last dunning notice ("Last dunned" in FBL5N).
    "madat",
    // Business Central: the issued reminder's document date.
    "lastissuedreminderdate",
    "reminderdocumentdate",
    "paminnelsedatum",
    "senastepaminnelse",
    "senastepaminnelsedatum",
    "pamind",
    "pamindden",
    "paminnelse",
    "herinneringsdatum",
    "laatsteherinnering",
    "laatsteherinneringsdatum",
    "herinnering",
    "aanmaningsdatum",
    "laatsteaanmaning",
    "aanmaning",
];

const DUNNING_LEVEL: &[&str] = &[
    "dunninglevel",
    "lastdunninglevel",
    "dunlevel",
    "dunningstage",
    "reminderlevel",
    "remindercount",
    "numberofreminders",
    // SAP: MANST ("Dunning level"); Business Central: Last Issued Reminder Level.
    "manst",
    "lastissuedreminderlevel",
    "paminnelseniva",
    "paminnelsesteg",
    "antalpaminnelser",
    "aanmaningsniveau",
    "herinneringsniveau",
    "aantalherinneringen",
    "aanmaningsfase",
];

const SETTLED_DATE: &[&str] = &[
    "settleddate",
    "settlementdate",
    "cleardate",
    "cleareddate",
    "clearingdate",
    "paiddate",
    "datepaid",
    "paymentdate",
    "closeddate",
    "closedate",
    // Business Central: "Closed at Date"; Dynamics 365 Finance: CustTrans.Closed (the
    // day the invoice was fully settled); Xero: FullyPaidOnDate; SAP: AUGDT. Before
    // the last payment or settlement date, which partly paid invoices also have.
    "closedatdate",
    "closed",
    "fullypaidondate",
    "fullypaiddate",
    "paidondate",
    "augdt",
    "lastpaymentdate",
    // Dynamics 365 Finance: CustTrans.LastSettleDate.
    "lastsettledate",
    "lastsettlementdate",
    "betaldatum",
    "betalningsdatum",
    "slutbetald",
    "regleringsdatum",
    "betaaldatum",
    "betalingsdatum",
    "vereffeningsdatum",
    "afletterdatum",
];

const PAYMENT_DATE: &[&str] = &[
    "paymentdate",
    "paiddate",
    "datepaid",
    "valuedate",
    "receiptdate",
    "receiveddate",
    "date",
    "betalningsdatum",
    "betaldatum",
    "inbetalningsdatum",
    "datum",
    "betaaldatum",
    "betalingsdatum",
    "ontvangstdatum",
    "valutadatum",
];

const PAYMENT_AMOUNT: &[&str] = &[
    "amount",
    "paymentamount",
    "paidamount",
    "amountpaid",
    "received",
    "receivedamount",
    "value",
    "belopp",
    "betalt",
    "inbetaltbelopp",
    "betaltbelopp",
    "bedrag",
    "betaaldbedrag",
    "ontvangen",
    "ontvangenbedrag",
    // QuickBooks: "Amount received" on a received payment.
    "amountreceived",
];
