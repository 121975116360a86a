#include "settings/TillSettings.h"

#include "gateway/GatewayEndpoint.h"
#include "invoice/InvoiceFieldTable.h"
#include "invoice/OrderIdGenerator.h"

#include <QSettings>

namespace Keys {
const QString ApiBase = QStringLiteral("gateway/apiBase");
const QString PublicKey = QStringLiteral("gateway/publicKey");
const QString Language = QStringLiteral("ui/language");
const QString TillCode = QStringLiteral("till/code");
const QString HistoryHeader = QStringLiteral("ui/historyHeader");
const QString Defaults = QStringLiteral("defaults/");
const QString GatewayZone = QStringLiteral("gateway/timeZone");
const QString PollSecs = QStringLiteral("gateway/pollSeconds");
const QString Muted = QStringLiteral("ui/soundsMuted");
const QString ShopName = QStringLiteral("till/shopName");
const QString CustomerScreen = QStringLiteral("ui/customerScreen");
const QString ShopAddress = QStringLiteral("till/shopAddress");
const QString TaxNumber = QStringLiteral("till/taxNumber");
const QString TillName = QStringLiteral("till/name");
const QString PrinterKind = QStringLiteral("receipts/printer");
const QString SystemPrinter = QStringLiteral("receipts/systemPrinter");
const QString EscPosTarget = QStringLiteral("receipts/escposTarget");
const QString Paper = QStringLiteral("receipts/paperMm");
const QString QrMode = QStringLiteral("receipts/qr");
const QString AutoPrint = QStringLiteral("receipts/autoPrintPaid");
}

TillSettings::TillSettings(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    // Earlier versions kept the "test invoice" tick among the defaults, so one
    // test sale made every later sale a test that pays itself, even after a
    // restart. It is one sale's choice: the old key is dropped, never read.
    if (m_settings->contains(Keys::Defaults + QLatin1String("test")))
        m_settings->remove(Keys::Defaults + QLatin1String("test"));
}

QUrl TillSettings::apiBase() const
{
    const QUrl base(m_settings->value(Keys::ApiBase).toString());
    return base.isValid() && !base.isEmpty() ? base : GatewayEndpoint::defaultBase();
}

void TillSettings::setApiBase(const QUrl &base)
{
    if (base == apiBase())
        return;
    m_settings->setValue(Keys::ApiBase, base.toString());
    emit gatewayChanged();
}

QString TillSettings::publicKey() const
{
    return m_settings->value(Keys::PublicKey).toString();
}

void TillSettings::setPublicKey(const QString &key)
{
    if (key == publicKey())
        return;
    m_settings->setValue(Keys::PublicKey, key);
    emit gatewayChanged();
}

QString TillSettings::language() const
{
    return m_settings->value(Keys::Language).toString();
}

void TillSettings::setLanguage(const QString &language)
{
    m_settings->setValue(Keys::Language, language);
}

QString TillSettings::tillCode()
{
    QString code = m_settings->value(Keys::TillCode).toString();
    if (code.isEmpty()) {
        code = OrderIdGenerator::randomTillCode();
        m_settings->setValue(Keys::TillCode, code);
        m_settings->sync();
    }
    return code;
}

namespace {
// How each kind of field is kept in the settings file: as the types QSettings
// knows (text, bool, int, string list); an amount as its canonical text.
QVariant settingValue(const QString &text)
{
    return text;
}

QVariant settingValue(const Amount &amount)
{
    return amount.toCanonical();
}

QVariant settingValue(const std::optional<Amount> &amount)
{
    return amount ? amount->toCanonical() : QString();
}

QVariant settingValue(bool on)
{
    return on;
}

QVariant settingValue(int number)
{
    return number;
}

QVariant settingValue(const QStringList &list)
{
    return list;
}

void fromSetting(QString &text, const QVariant &value)
{
    text = value.toString();
}

void fromSetting(Amount &amount, const QVariant &value)
{
    amount = Amount::fromCanonical(value.toString()).value_or(Amount());
}

void fromSetting(std::optional<Amount> &amount, const QVariant &value)
{
    amount = Amount::fromCanonical(value.toString());
}

void fromSetting(bool &on, const QVariant &value)
{
    on = value.toBool();
}

void fromSetting(int &number, const QVariant &value)
{
    number = value.toInt();
}

void fromSetting(QStringList &list, const QVariant &value)
{
    list = value.toStringList();
}

QString defaultsKey(const InvoiceFieldTable::FieldSpec &spec)
{
    return Keys::Defaults + spec.defaultsKey;
}
} // namespace

InvoiceFields TillSettings::invoiceDefaults() const
{
    // The till defaults of the field table; a key never written keeps the value
    // of a new InvoiceFields (USD, none, 0, off).
    InvoiceFields f;
    for (const InvoiceFieldTable::FieldSpec &spec : InvoiceFieldTable::fields()) {
        if (!spec.isTillDefault())
            continue;
        const QVariant value = m_settings->value(defaultsKey(spec));
        if (value.isValid())
            InvoiceFieldTable::visit(spec, f, [&value](auto &field) { fromSetting(field, value); });
    }
    return f;
}

void TillSettings::setInvoiceDefaults(const InvoiceFields &f)
{
    // Called after every sale with the whole form: only the till's own options
    // (the table's till defaults) are taken. What belongs to one sale (amount,
    // title, description, order number, e-mail, customer number, and the test
    // tick) is never remembered. The file is rewritten only when a default changed.
    const auto &table = InvoiceFieldTable::fields();
    InvoiceFields asDefaults;
    for (const InvoiceFieldTable::FieldSpec &spec : table) {
        if (spec.isTillDefault())
            InvoiceFieldTable::copy(spec, f, asDefaults);
    }
    if (asDefaults == invoiceDefaults())
        return;
    for (const InvoiceFieldTable::FieldSpec &spec : table) {
        if (spec.isTillDefault()) {
            m_settings->setValue(defaultsKey(spec),
                                 InvoiceFieldTable::visit(spec, f, [](const auto &value) { return settingValue(value); }));
        }
    }
}

QTimeZone TillSettings::gatewayTimeZone() const
{
    const QTimeZone zone(m_settings->value(Keys::GatewayZone, QStringLiteral("UTC")).toByteArray());
    return zone.isValid() ? zone : QTimeZone::utc();
}

void TillSettings::setGatewayTimeZone(const QTimeZone &zone)
{
    m_settings->setValue(Keys::GatewayZone, QString::fromUtf8(zone.id()));
    emit pollingChanged();
}

int TillSettings::pollIntervalSecs() const
{
    return std::clamp(m_settings->value(Keys::PollSecs, 5).toInt(), 2, 60);
}

void TillSettings::setPollIntervalSecs(int secs)
{
    m_settings->setValue(Keys::PollSecs, secs);
    emit pollingChanged();
}

bool TillSettings::soundsMuted() const
{
    return m_settings->value(Keys::Muted, false).toBool();
}

void TillSettings::setSoundsMuted(bool muted)
{
    m_settings->setValue(Keys::Muted, muted);
}

QString TillSettings::shopName() const
{
    return m_settings->value(Keys::ShopName).toString();
}

void TillSettings::setShopName(const QString &name)
{
    m_settings->setValue(Keys::ShopName, name);
}

QString TillSettings::customerScreen() const
{
    return m_settings->value(Keys::CustomerScreen).toString();
}

void TillSettings::setCustomerScreen(const QString &name)
{
    m_settings->setValue(Keys::CustomerScreen, name);
}

QByteArray TillSettings::historyHeaderState() const
{
    return m_settings->value(Keys::HistoryHeader).toByteArray();
}

void TillSettings::setHistoryHeaderState(const QByteArray &state)
{
    m_settings->setValue(Keys::HistoryHeader, state);
}


ShopProfile TillSettings::shopProfile()
{
    ShopProfile profile;
    profile.name = shopName();
    profile.address = m_settings->value(Keys::ShopAddress).toString();
    profile.taxNumber = m_settings->value(Keys::TaxNumber).toString();
    profile.tillName = m_settings->value(Keys::TillName).toString();
    if (profile.tillName.isEmpty())
        profile.tillName = tillCode();
    return profile;
}

void TillSettings::setShopProfile(const ShopProfile &profile)
{
    setShopName(profile.name);
    m_settings->setValue(Keys::ShopAddress, profile.address);
    m_settings->setValue(Keys::TaxNumber, profile.taxNumber);
    m_settings->setValue(Keys::TillName, profile.tillName == tillCode() ? QString() : profile.tillName);
    emit receiptsChanged();
}

namespace {
// Stable words in the settings file, never translated nor renumbered.
const QStringList PrinterKinds = {QStringLiteral("none"), QStringLiteral("system"), QStringLiteral("escpos")};
const QStringList QrModes = {QStringLiteral("raster"), QStringLiteral("native")};
} // namespace

ReceiptPrinterChoice TillSettings::receiptPrinter() const
{
    ReceiptPrinterChoice choice;
    choice.kind = ReceiptPrinterChoice::Kind(std::max<qsizetype>(0, PrinterKinds.indexOf(m_settings->value(Keys::PrinterKind).toString())));
    choice.systemPrinter = m_settings->value(Keys::SystemPrinter).toString();
    choice.escposTarget = m_settings->value(Keys::EscPosTarget).toString();
    choice.paper = m_settings->value(Keys::Paper, 80).toInt() == 58 ? ReceiptPrinterChoice::Paper::Mm58
                                                                    : ReceiptPrinterChoice::Paper::Mm80;
    choice.qrMode = ReceiptPrinterChoice::QrMode(std::max<qsizetype>(0, QrModes.indexOf(m_settings->value(Keys::QrMode).toString())));
    choice.autoPrintPaid = m_settings->value(Keys::AutoPrint, false).toBool();
    return choice;
}

void TillSettings::setReceiptPrinter(const ReceiptPrinterChoice &choice)
{
    if (choice == receiptPrinter())
        return;
    m_settings->setValue(Keys::PrinterKind, PrinterKinds.at(int(choice.kind)));
    m_settings->setValue(Keys::SystemPrinter, choice.systemPrinter);
    m_settings->setValue(Keys::EscPosTarget, choice.escposTarget);
    m_settings->setValue(Keys::Paper, choice.paper == ReceiptPrinterChoice::Paper::Mm58 ? 58 : 80);
    m_settings->setValue(Keys::QrMode, QrModes.at(int(choice.qrMode)));
    m_settings->setValue(Keys::AutoPrint, choice.autoPrintPaid);
    emit receiptsChanged();
}

QTimeZone TillSettings::tillTimeZone() const
{
    // The machine's zone: a till stands in its shop.
    return QTimeZone::systemTimeZone();
}
