#include "InvoiceOptions.h"

#include "invoice/InvoiceValidator.h"
#include "widgets/CoinChecklist.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

InvoiceOptions::InvoiceOptions(const CoinCatalogue *coins, const QLocale &locale, QWidget *parent)
    : QWidget(parent), m_locale(locale)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_addFee = new QCheckBox(tr("The customer pays the gateway's fee"), this);
    m_addFee->setAccessibleName(m_addFee->text());
    form->addRow(QString(), m_addFee);

    m_margin = new QLineEdit(this);
    m_margin->setPlaceholderText(tr("none"));
    //: Underpayment tolerance: how much less than the price (in USDT) is still accepted
    m_messages.insert(InvoiceField::Margin, FieldMessage::addRow(form, tr("Accept underpayment up to (USDT):"), m_margin));

    m_expiry = new QSpinBox(this);
    m_expiry->setRange(0, InvoiceValidator::MaxExpiryHours);
    m_expiry->setSpecialValueText(tr("Gateway default"));
    //: Suffix of the expiry hours, e.g. "12 h"
    m_expiry->setSuffix(tr(" h"));
    m_messages.insert(InvoiceField::Expiry, FieldMessage::addRow(form, tr("Expires after:"), m_expiry));

    m_template = new QComboBox(this);
    m_template->addItem(tr("Gateway default"), QString());
    m_template->addItem(tr("Classic"), QStringLiteral("classic"));
    m_template->addItem(tr("Slate"), QStringLiteral("slate"));
    m_template->addItem(tr("Paper"), QStringLiteral("paper"));
    m_template->addItem(tr("Mint"), QStringLiteral("mint"));
    m_messages.insert(InvoiceField::PageTemplate, FieldMessage::addRow(form, tr("Payment page design:"), m_template));

    m_successUrl = new QLineEdit(this);
    m_successUrl->setPlaceholderText(QStringLiteral("https://"));
    m_messages.insert(InvoiceField::SuccessUrl, FieldMessage::addRow(form, tr("After payment, go to:"), m_successUrl));
    m_cancelUrl = new QLineEdit(this);
    m_cancelUrl->setPlaceholderText(QStringLiteral("https://"));
    m_messages.insert(InvoiceField::CancelUrl, FieldMessage::addRow(form, tr("If cancelled, go to:"), m_cancelUrl));
    m_callbackUrl = new QLineEdit(this);
    m_callbackUrl->setPlaceholderText(QStringLiteral("https://"));
    m_messages.insert(InvoiceField::CallbackUrl, FieldMessage::addRow(form, tr("Callback address:"), m_callbackUrl));
    m_merchantId = new QLineEdit(this);
    m_messages.insert(InvoiceField::MerchantId, FieldMessage::addRow(form, tr("Merchant id:"), m_merchantId));

    m_whiteLabel = new QCheckBox(tr("White label: coin address in the console, no payment page"), this);
    m_whiteLabel->setAccessibleName(m_whiteLabel->text());
    form->addRow(QString(), m_whiteLabel);

    m_banned = new CoinChecklist(coins, this);
    m_messages.insert(InvoiceField::BannedCoins, FieldMessage::addRow(form, tr("Do not accept:"), m_banned));

    for (QLineEdit *edit : {m_margin, m_successUrl, m_cancelUrl, m_callbackUrl, m_merchantId})
        connect(edit, &QLineEdit::textChanged, this, &InvoiceOptions::changed);
    for (QCheckBox *box : {m_addFee, m_whiteLabel})
        connect(box, &QCheckBox::toggled, this, &InvoiceOptions::changed);
    connect(m_expiry, &QSpinBox::valueChanged, this, &InvoiceOptions::changed);
    connect(m_template, &QComboBox::currentIndexChanged, this, &InvoiceOptions::changed);
    connect(m_banned, &CoinChecklist::changed, this, &InvoiceOptions::changed);
}

void InvoiceOptions::setValues(const InvoiceFields &v)
{
    m_addFee->setChecked(v.addFeeToPrice);
    m_margin->setText(v.margin ? v.margin->toLocaleString(m_locale) : QString());
    m_expiry->setValue(v.expiryHours);
    m_template->setCurrentIndex(std::max(0, m_template->findData(v.pageTemplate)));
    m_successUrl->setText(v.successUrl);
    m_cancelUrl->setText(v.cancelUrl);
    m_callbackUrl->setText(v.callbackUrl);
    m_merchantId->setText(v.merchantId);
    m_whiteLabel->setChecked(v.whiteLabel);
    m_banned->setBannedCoins(v.bannedCoins);
}

void InvoiceOptions::applyTo(InvoiceFields &f, QList<FieldIssue> &issues) const
{
    f.addFeeToPrice = m_addFee->isChecked();
    f.margin.reset();
    if (!m_margin->text().trimmed().isEmpty()) {
        const AmountParse parsed = Amount::parse(m_margin->text(), m_locale);
        if (parsed.amount)
            f.margin = parsed.amount;
        else
            issues.append({InvoiceField::Margin, Amount::errorText(parsed.error, m_locale)});
    }
    f.expiryHours = m_expiry->value();
    f.pageTemplate = m_template->currentData().toString();
    f.successUrl = m_successUrl->text().trimmed();
    f.cancelUrl = m_cancelUrl->text().trimmed();
    f.callbackUrl = m_callbackUrl->text().trimmed();
    f.merchantId = m_merchantId->text().trimmed();
    f.whiteLabel = m_whiteLabel->isChecked();
    f.bannedCoins = m_banned->bannedCoins();
}

int InvoiceOptions::showIssues(const QList<FieldIssue> &issues)
{
    return FieldMessage::showIssues(m_messages, issues);
}
