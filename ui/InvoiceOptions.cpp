#include "InvoiceOptions.h"

#include "invoice/InvoiceFieldTable.h"
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

    const QString web = QStringLiteral("https://");
    addTextRow(form, InvoiceField::SuccessUrl, tr("After payment, go to:"), web);
    addTextRow(form, InvoiceField::CancelUrl, tr("If cancelled, go to:"), web);
    addTextRow(form, InvoiceField::CallbackUrl, tr("Callback address:"), web);
    addTextRow(form, InvoiceField::MerchantId, tr("Merchant id:"));

    m_whiteLabel = new QCheckBox(tr("White label: coin address in the console, no payment page"), this);
    m_whiteLabel->setAccessibleName(m_whiteLabel->text());
    form->addRow(QString(), m_whiteLabel);

    m_banned = new CoinChecklist(coins, this);
    m_messages.insert(InvoiceField::BannedCoins, FieldMessage::addRow(form, tr("Do not accept:"), m_banned));

    connect(m_margin, &QLineEdit::textChanged, this, &InvoiceOptions::changed);
    for (QCheckBox *box : {m_addFee, m_whiteLabel})
        connect(box, &QCheckBox::toggled, this, &InvoiceOptions::changed);
    connect(m_expiry, &QSpinBox::valueChanged, this, &InvoiceOptions::changed);
    connect(m_template, &QComboBox::currentIndexChanged, this, &InvoiceOptions::changed);
    connect(m_banned, &CoinChecklist::changed, this, &InvoiceOptions::changed);
}

void InvoiceOptions::addTextRow(QFormLayout *form, InvoiceField field, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    m_messages.insert(field, FieldMessage::addRow(form, label, edit));
    m_texts.append({field, edit});
    connect(edit, &QLineEdit::textChanged, this, &InvoiceOptions::changed);
}

void InvoiceOptions::setValues(const InvoiceFields &v)
{
    m_addFee->setChecked(v.addFeeToPrice);
    m_margin->setText(v.margin ? v.margin->toLocaleString(m_locale) : QString());
    m_expiry->setValue(v.expiryHours);
    m_template->setCurrentIndex(std::max(0, m_template->findData(v.pageTemplate)));
    for (const auto &[field, edit] : m_texts)
        edit->setText(InvoiceFieldTable::field(field).text(v));
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
    for (const auto &[field, edit] : m_texts)
        InvoiceFieldTable::field(field).text(f) = edit->text().trimmed();
    f.whiteLabel = m_whiteLabel->isChecked();
    f.bannedCoins = m_banned->bannedCoins();
}

int InvoiceOptions::showIssues(const QList<FieldIssue> &issues)
{
    return FieldMessage::showIssues(m_messages, issues);
}
