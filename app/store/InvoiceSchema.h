#pragma once

#include <QLatin1String>
#include <QSqlDatabase>
#include <QString>

// The one place that knows the history's tables and columns, and how to bring an
// older database file up to the current schema.
namespace InvoiceSchema {
inline constexpr int CurrentVersion = 8;

inline constexpr QLatin1String Invoices("invoices");
inline constexpr QLatin1String Events("invoice_events");
inline constexpr QLatin1String Meta("schema_meta");
// version 7: the text a history search looks in (SQLite FTS5, trigram: any
// fragment of three characters or more), kept by triggers.
inline constexpr QLatin1String Search("invoice_search");
// version 8: shifts, their Z reports (kept as computed, never changed: triggers
// refuse UPDATE and DELETE) and every receipt printed or being printed (a
// later paper of the same kind is a duplicate; see ReceiptLog).
inline constexpr QLatin1String Shifts("shifts");
inline constexpr QLatin1String ZReports("z_reports");
inline constexpr QLatin1String ReceiptPrints("receipt_prints");

namespace Col {
inline constexpr QLatin1String Id("id");
inline constexpr QLatin1String OrderId("order_id");
inline constexpr QLatin1String CreatedAt("created_at");
inline constexpr QLatin1String UpdatedAt("updated_at");
inline constexpr QLatin1String State("state");
inline constexpr QLatin1String PriceAmount("price_amount");
inline constexpr QLatin1String PriceCurrency("price_currency");
inline constexpr QLatin1String Email("email");
inline constexpr QLatin1String Title("title");
inline constexpr QLatin1String Description("description");
inline constexpr QLatin1String Test("test");
inline constexpr QLatin1String AddFee("add_fee_to_price");
inline constexpr QLatin1String Margin("margin_ratio");
inline constexpr QLatin1String ExpiryHours("expiry_hours");
inline constexpr QLatin1String Template("page_template");
inline constexpr QLatin1String SuccessUrl("success_url");
inline constexpr QLatin1String CancelUrl("cancel_url");
inline constexpr QLatin1String CallbackUrl("callback_url");
inline constexpr QLatin1String MerchantId("merchant_id");
inline constexpr QLatin1String CustomerId("customer_id");
inline constexpr QLatin1String BannedCoins("banned_coins");
inline constexpr QLatin1String WhiteLabel("white_label");
inline constexpr QLatin1String PaymentUrl("payment_url");
inline constexpr QLatin1String FailureText("failure_text");
inline constexpr QLatin1String GatewayMessages("gateway_messages");
// version 2: what the gateway says of the payment
inline constexpr QLatin1String ExpiresAt("expires_at");
inline constexpr QLatin1String PaidAmount("paid_amount");
inline constexpr QLatin1String PaidCurrency("paid_currency");
// version 3: which gateway an invoice was sent to
inline constexpr QLatin1String Gateway("gateway");
// version 4: white label, the coins offered and the one chosen
inline constexpr QLatin1String CoinOffers("coin_offers");
inline constexpr QLatin1String Coin("coin");
inline constexpr QLatin1String Network("network");
inline constexpr QLatin1String CoinAddress("coin_address");
inline constexpr QLatin1String CoinAmount("coin_amount");
// version 5: expiry seen by the gateway itself, not only by the till's countdown
inline constexpr QLatin1String ExpiryConfirmed("expiry_confirmed");
// version 6: which running console is sending it (see LiveSenders)
inline constexpr QLatin1String Sender("sender");
// version 7: the price as a whole number of 10^-8 (a typed price has at most 8
// decimals), so that SQL compares and sums prices exactly
inline constexpr QLatin1String PriceUnits("price_units");
// version 8: the till the sale was made at (ShopProfile::tillName when it was
// stored), printed on its receipts; NULL before, and for demo invoices
inline constexpr QLatin1String Till("till");
// invoice_events (and receipt_prints)
inline constexpr QLatin1String InvoiceId("invoice_id");
inline constexpr QLatin1String At("at");
inline constexpr QLatin1String RawAnswer("raw_answer");
// schema_meta
inline constexpr QLatin1String Version("version");
// version 8, shifts (id, and:)
inline constexpr QLatin1String OpenedAt("opened_at");
inline constexpr QLatin1String OpenedBy("opened_by");
inline constexpr QLatin1String OpeningNote("opening_note");
inline constexpr QLatin1String ClosedAt("closed_at");
inline constexpr QLatin1String ClosedBy("closed_by");
inline constexpr QLatin1String ZNumber("z_number");
// version 8, z_reports (closed_at, and:)
inline constexpr QLatin1String Number("number");
inline constexpr QLatin1String ShiftId("shift_id");
inline constexpr QLatin1String Report("report"); // the SalesReport's JSON
// version 8, receipt_prints (id, invoice_id, state: the invoice's state the
// receipt printed, and:)
inline constexpr QLatin1String PrintedAt("printed_at"); // a claim: when it was made
inline constexpr QLatin1String Target("target");
inline constexpr QLatin1String Duplicate("duplicate");
inline constexpr QLatin1String Paper("paper");   // 1: a printer (paper in a hand), 0: a file
inline constexpr QLatin1String Status("status"); // "printing" (a claim) or "printed"
} // namespace Col

// Creates or upgrades the schema inside one transaction. Returns an error text, or
// an empty string on success. A file from a newer console is refused, not touched.
QString migrate(QSqlDatabase &db);
int versionOf(QSqlDatabase &db);
// The columns the search table indexes (order, title, e-mail, customer, address).
QList<QLatin1String> searchedColumns();
} // namespace InvoiceSchema
