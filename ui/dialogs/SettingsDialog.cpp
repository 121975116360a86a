#include "dialogs/SettingsDialog.h"

#include "InvoiceOptions.h"
#include "dialogs/ReceiptSettingsBox.h"
#include "gateway/GatewayEndpoint.h"
#include "settings/CredentialStore.h"
#include "settings/TillSettings.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QScreen>
#include <QSpinBox>
#include <QTimeZone>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(TillSettings *settings, CredentialStore *credentials, const CoinCatalogue *coins,
                               const QLocale &locale, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_credentials(credentials)
{
    setWindowTitle(tr("Settings"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Everything wraps to the dialog's width; only the height scrolls.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);
    auto *column = new QVBoxLayout(page);

    auto *gateway = new QGroupBox(tr("Payid19 gateway"), page);
    auto *gatewayForm = new QFormLayout(gateway);
    m_apiBase = new QLineEdit(settings->apiBase().toString(), gateway);
    m_apiBaseMessage = FieldMessage::addRow(gatewayForm, tr("API &address:"), m_apiBase);
    m_publicKey = new QLineEdit(settings->publicKey(), gateway);
    m_publicKeyMessage = FieldMessage::addRow(gatewayForm, tr("&Public key:"), m_publicKey);
    m_privateKey = new QLineEdit(gateway);
    m_privateKey->setEchoMode(QLineEdit::Password);
    m_privateKey->setPlaceholderText(credentials->hasPrivateKey()
                                     ? tr("A key is saved (hidden). Type a new one to replace it.")
                                     : tr("Not set"));
    FieldMessage::addRow(gatewayForm, tr("P&rivate key:"), m_privateKey);
    m_keyStorage = new QLabel(gateway);
    m_keyStorage->setWordWrap(true);
    m_keyStorage->setTextFormat(Qt::PlainText);
    m_keyStorage->setAccessibleName(tr("Where the private key is kept"));
    m_keyStorage->setText(credentials->storageDescription());
    gatewayForm->addRow(QString(), m_keyStorage);
    auto *hint = new QLabel(tr("With both keys set the console uses the real gateway; without them it trains on the built-in one."), gateway);
    hint->setWordWrap(true);
    gatewayForm->addRow(QString(), hint);
    auto *forget = new QPushButton(tr("&Forget the keys"), gateway);
    forget->setAccessibleName(tr("Forget the keys"));
    gatewayForm->addRow(QString(), forget);
    column->addWidget(gateway);

    auto *payments = new QGroupBox(tr("Payments and customer display"), page);
    auto *paymentsForm = new QFormLayout(payments);
    m_pollSeconds = new QSpinBox(payments);
    m_pollSeconds->setRange(2, 60);
    //: Suffix of a number of seconds, e.g. "5 s"
    m_pollSeconds->setSuffix(tr(" s"));
    m_pollSeconds->setValue(settings->pollIntervalSecs());
    FieldMessage::addRow(paymentsForm, tr("Ask about the invoice on screen every:"), m_pollSeconds);
    m_timeZone = new QComboBox(payments);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setCurrentText(QString::fromUtf8(settings->gatewayTimeZone().id()));
    m_timeZoneMessage = FieldMessage::addRow(paymentsForm, tr("Time zone of the gateway's dates:"), m_timeZone);
    m_muted = new QCheckBox(tr("No sound or notice when a payment comes in"), payments);
    m_muted->setAccessibleName(m_muted->text());
    m_muted->setChecked(settings->soundsMuted());
    paymentsForm->addRow(QString(), m_muted);
    m_shopName = new QLineEdit(settings->shopName(), payments);
    FieldMessage::addRow(paymentsForm, tr("Shop name (customer display and receipts):"), m_shopName);
    m_customerScreen = new QComboBox(payments);
    m_customerScreen->addItem(tr("The second screen, if there is one"), QString());
    for (QScreen *screen : QGuiApplication::screens())
        m_customerScreen->addItem(screen->name(), screen->name());
    m_customerScreen->setCurrentIndex(std::max(0, m_customerScreen->findData(settings->customerScreen())));
    FieldMessage::addRow(paymentsForm, tr("Customer display on:"), m_customerScreen);
    column->addWidget(payments);

    m_receipts = new ReceiptSettingsBox(settings->shopProfile(), settings->receiptPrinter(), page);
    column->addWidget(m_receipts);

    auto *appearance = new QGroupBox(tr("Language"), page);
    auto *appearanceForm = new QFormLayout(appearance);
    m_language = new QComboBox(appearance);
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Türkçe"), QStringLiteral("tr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    FieldMessage::addRow(appearanceForm, tr("&Language (after a restart):"), m_language);
    column->addWidget(appearance);

    auto *defaults = new QGroupBox(tr("Default invoice options of this till"), page);
    auto *defaultsLayout = new QVBoxLayout(defaults);
    m_defaults = new InvoiceOptions(coins, locale, defaults);
    m_defaults->setValues(settings->invoiceDefaults());
    defaultsLayout->addWidget(m_defaults);
    column->addWidget(defaults);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    for (QAbstractButton *button : buttons->buttons())
        button->setAccessibleName(QString(button->text()).remove(QLatin1Char('&')));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(forget, &QPushButton::clicked, this, &SettingsDialog::forgetKeys);
    resize(760, 720);
}

void SettingsDialog::forgetKeys()
{
    m_publicKey->clear();
    m_privateKey->clear();
    m_privateKey->setPlaceholderText(tr("Not set"));
    m_forget = true;
}

void SettingsDialog::accept()
{
    const QUrl base = QUrl::fromUserInput(m_apiBase->text().trimmed());
    const QString baseProblem = GatewayEndpoint::whyNotAllowed(base);
    m_apiBaseMessage->setMessage(baseProblem);
    const QString publicKey = m_publicKey->text().trimmed();
    const QString privateKey = m_privateKey->text().trimmed();
    const bool willHavePrivate = !privateKey.isEmpty() || (m_credentials->hasPrivateKey() && !m_forget);
    m_publicKeyMessage->setMessage(publicKey.isEmpty() && !privateKey.isEmpty()
                                   ? tr("Enter the public key that belongs to the private key.")
                                   : QString());
    const QTimeZone zone(m_timeZone->currentText().trimmed().toUtf8());
    m_timeZoneMessage->setMessage(zone.isValid() ? QString() : tr("Choose a time zone from the list, such as UTC or Europe/Istanbul."));
    const bool receiptsOk = m_receipts->check();
    if (!baseProblem.isEmpty() || (publicKey.isEmpty() && !privateKey.isEmpty()) || !zone.isValid() || !receiptsOk)
        return;

    InvoiceFields defaults = m_settings->invoiceDefaults();
    QList<FieldIssue> issues;
    m_defaults->applyTo(defaults, issues);
    if (m_defaults->showIssues(issues) > 0)
        return;

    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setGatewayTimeZone(zone);
    m_settings->setPollIntervalSecs(m_pollSeconds->value());
    m_settings->setSoundsMuted(m_muted->isChecked());
    ShopProfile shop = m_receipts->profile();
    shop.name = m_shopName->text().trimmed();
    m_settings->setShopProfile(shop);
    m_settings->setReceiptPrinter(m_receipts->choice());
    m_settings->setCustomerScreen(m_customerScreen->currentData().toString());
    m_settings->setInvoiceDefaults(defaults);
    m_settings->setApiBase(base);
    if (!privateKey.isEmpty())
        m_credentials->writePrivateKey(privateKey);
    else if (m_forget || (publicKey.isEmpty() && m_credentials->hasPrivateKey()))
        m_credentials->writePrivateKey(QString());
    m_settings->setPublicKey(willHavePrivate || !publicKey.isEmpty() ? publicKey : QString());
    QDialog::accept();
}
