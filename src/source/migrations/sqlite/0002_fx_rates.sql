-- Exchange rates for constant-currency sums (the leadership pack): one unit of `currency` is
-- worth `rate` units of `reporting_currency`. Codes are ISO 4217 (EUR, GBP, USD).

CREATE TABLE fx_rates (
    currency TEXT NOT NULL,
    reporting_currency TEXT NOT NULL,
    rate REAL NOT NULL,
    PRIMARY KEY (currency, reporting_currency)
);
