-- Exchange rates for constant-currency sums (the leadership pack): one unit of `currency` is
-- worth `rate` units of `reporting_currency`. Codes are ISO 4217 (EUR, GBP, USD).

CREATE TABLE fx_rates (
    currency VARCHAR(3) NOT NULL,
    reporting_currency VARCHAR(3) NOT NULL,
    rate DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (currency, reporting_currency)
);
