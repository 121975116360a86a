#pragma once

#include <QLatin1String>

// The one place that knows how the gateway spells its field names and commands.
// The gateway silently ignores a misspelled field, so nothing else may spell them.
namespace WireFields {
inline constexpr QLatin1String PublicKey("public_key");
inline constexpr QLatin1String PrivateKey("private_key");
inline constexpr QLatin1String PriceAmount("price_amount");
inline constexpr QLatin1String PriceCurrency("price_currency");
inline constexpr QLatin1String Test("test");
inline constexpr QLatin1String Email("email");
inline constexpr QLatin1String MerchantId("merchant_id");
inline constexpr QLatin1String OrderId("order_id");
inline constexpr QLatin1String CustomerId("customer_id");
inline constexpr QLatin1String AddFeeToPrice("add_fee_to_price");
inline constexpr QLatin1String Title("title");
inline constexpr QLatin1String Description("description");
inline constexpr QLatin1String BannedCoins("banned_coins");
inline constexpr QLatin1String CallbackUrl("callback_url");
inline constexpr QLatin1String SuccessUrl("success_url");
inline constexpr QLatin1String CancelUrl("cancel_url");
inline constexpr QLatin1String ExpirationDate("expiration_date");
inline constexpr QLatin1String MarginRatio("margin_ratio");
inline constexpr QLatin1String WhiteLabel("white_label");
inline constexpr QLatin1String Template("template");
inline constexpr QLatin1String Coin("coin");
inline constexpr QLatin1String Network("network");
inline constexpr QLatin1String InvoiceId("invoice_id");
inline constexpr QLatin1String Status("status");

// Answer fields.
inline constexpr QLatin1String AnswerStatus("status");
inline constexpr QLatin1String AnswerMessage("message");
inline constexpr QLatin1String AnswerSuccess("success");
inline constexpr QLatin1String AnswerError("error");
} // namespace WireFields

namespace GatewayCommands {
inline constexpr QLatin1String CreateInvoice("create_invoice");
inline constexpr QLatin1String GetInvoices("get_invoices");
inline constexpr QLatin1String GetAddress("get_address");
} // namespace GatewayCommands
