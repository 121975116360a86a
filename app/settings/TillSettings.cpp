#include "settings/TillSettings.h"

#include "gateway/GatewayEndpoint.h"
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

InvoiceFields TillSettings::invoiceDefaults() const
{
    InvoiceFields f;
    auto text = [this](const char *name) {
        return m_settings->value(Keys::Defaults + QLatin1String(name)).toString();
    };
    auto flag = [this](const char *name) {
        return m_settings->value(Keys::Defaults + QLatin1String(name), false).toBool();
    };
    f.currency = m_settings->value(Keys::Defaults + QLatin1String("currency"), QStringLiteral("USD")).toString();
    f.addFeeToPrice = flag("addFeeToPrice");
    f.margin = Amount::fromCanonical(text("margin"));
    f.expiryHours = m_settings->value(Keys::Defaults + QLatin1String("expiryHours"), 0).toInt();
    f.pageTemplate = text("template");
    f.successUrl = text("successUrl");
    f.cancelUrl = text("cancelUrl");
    f.callbackUrl = text("callbackUrl");
    f.merchantId = text("merchantId");
    f.bannedCoins = m_settings->value(Keys::Defaults + QLatin1String("bannedCoins")).toStringList();
    f.whiteLabel = flag("whiteLabel");
    return f;
}

void TillSettings::setInvoiceDefaults(const InvoiceFields &f)
{
    // Called after every sale with the whole form: only the till's own options
    // are taken. What belongs to one sale (amount, title, description, order
    // number, e-mail, customer number, and the test tick) is never remembered.
    // The file is rewritten only when a default changed.
    InvoiceFields asDefaults;
    asDefaults.currency = f.currency;
    asDefaults.addFeeToPrice = f.addFeeToPrice;
    asDefaults.margin = f.margin;
    asDefaults.expiryHours = f.expiryHours;
    asDefaults.pageTemplate = f.pageTemplate;
    asDefaults.successUrl = f.successUrl;
    asDefaults.cancelUrl = f.cancelUrl;
    asDefaults.callbackUrl = f.callbackUrl;
    asDefaults.merchantId = f.merchantId;
    asDefaults.bannedCoins = f.bannedCoins;
    asDefaults.whiteLabel = f.whiteLabel;
    if (asDefaults == invoiceDefaults())
        return;
    auto set = [this](const char *name, const QVariant &value) {
        m_settings->setValue(Keys::Defaults + QLatin1String(name), value);
    };
    set("currency", f.currency);
    set("addFeeToPrice", f.addFeeToPrice);
    set("margin", f.margin ? f.margin->toCanonical() : QString());
    set("expiryHours", f.expiryHours);
    set("template", f.pageTemplate);
    set("successUrl", f.successUrl);
    set("cancelUrl", f.cancelUrl);
    set("callbackUrl", f.callbackUrl);
    set("merchantId", f.merchantId);
    set("bannedCoins", f.bannedCoins);
    set("whiteLabel", f.whiteLabel);
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

