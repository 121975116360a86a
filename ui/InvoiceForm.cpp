#include "InvoiceForm.h"

#include "InvoiceOptions.h"
#include "invoice/CurrencyCatalogue.h"
#include "invoice/InvoiceValidator.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

InvoiceForm::InvoiceForm(const CurrencyCatalogue *currencies, const CoinCatalogue *coins,
                         const InvoiceValidator *validator, const QLocale &locale, QWidget *parent)
    : QWidget(parent), m_validator(validator), m_locale(locale)
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);
    auto *column = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    column->addLayout(form);

    // Amount and currency: the one thing typed at every sale, so it is large.
    auto *amountRow = new QWidget(page);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(amountRow);
    QFont big = m_amount->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    m_amount->setFont(big);
    m_amount->setPlaceholderText(Amount().toLocaleString(m_locale) + m_locale.decimalPoint() + QStringLiteral("00"));
    m_amount->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_currency = new QComboBox(amountRow);
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->setFont(big);
    // Long currency names must not squeeze the amount: size by a short length.
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_currency->setMinimumContentsLength(12);
    m_amount->setMinimumWidth(m_amount->fontMetrics().horizontalAdvance(QStringLiteral("0000000.00")));
    for (const Currency &currency : currencies->currencies()) {
        //: A currency in the list: ISO code, then its name, e.g. "USD — US Dollar"
        m_currency->addItem(tr("%1 — %2").arg(currency.code, currency.name), currency.code);
    }
    m_currency->completer()->setFilterMode(Qt::MatchContains);
    m_currency->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_currency->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setToolTip(tr("Type a code or a name to search"));
    amountLayout->addWidget(m_amount, 2);
    amountLayout->addWidget(m_currency, 1);
    m_messages.insert(InvoiceField::Price, FieldMessage::addRow(form, tr("&Amount:"), amountRow));
    m_amount->setAccessibleName(tr("Amount"));
    qobject_cast<QLabel *>(form->labelForField(m_messages.value(InvoiceField::Price)->parentWidget()))->setBuddy(m_amount);
    m_messages.insert(InvoiceField::Currency, new FieldMessage(m_currency, page));
    form->addRow(QString(), m_messages.value(InvoiceField::Currency));

    m_title = new QLineEdit(page);
    m_title->setMaxLength(InvoiceValidator::MaxTitle + 50); // room to see the limit message
    m_title->setPlaceholderText(tr("What is sold, shown to the customer"));
    m_messages.insert(InvoiceField::Title, FieldMessage::addRow(form, tr("&Title:"), m_title));

    m_description = new QPlainTextEdit(page);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_messages.insert(InvoiceField::Description, FieldMessage::addRow(form, tr("&Description:"), m_description));
    m_descriptionCount = new QLabel(page);
    m_descriptionCount->setAccessibleName(tr("Description length"));
    form->addRow(QString(), m_descriptionCount);
    m_descriptionCount->hide();

    m_orderId = new QLineEdit(page);
    m_orderId->setPlaceholderText(tr("Made up by the console if left empty"));
    m_messages.insert(InvoiceField::OrderId, FieldMessage::addRow(form, tr("&Order number:"), m_orderId));

    m_email = new QLineEdit(page);
    m_email->setPlaceholderText(tr("Optional; otherwise the customer types it on the payment page"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_messages.insert(InvoiceField::Email, FieldMessage::addRow(form, tr("Customer &e-mail:"), m_email));

    m_customerId = new QLineEdit(page);
    m_customerId->setPlaceholderText(tr("Optional, digits only"));
    m_messages.insert(InvoiceField::CustomerId, FieldMessage::addRow(form, tr("C&ustomer number:"), m_customerId));

    m_test = new QCheckBox(tr("Test invoice (pays itself, no real money)"), page);
    m_test->setAccessibleName(m_test->text());
    m_test->setToolTip(tr("For this sale only: the next sale is a real one again."));
    // Ticked, it must not go unnoticed before Enter.
    m_test->setStyleSheet(QStringLiteral("QCheckBox:checked { background: #ffd600; color: black; font-weight: bold; padding: 4px; }"));
    form->addRow(QString(), m_test);

    m_moreToggle = new QToolButton(page);
    m_moreToggle->setText(tr("&More options (kept for the next sales)"));
    m_moreToggle->setAccessibleName(tr("More options"));
    m_moreToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreToggle->setArrowType(Qt::RightArrow);
    m_moreToggle->setCheckable(true);
    m_moreToggle->setAutoRaise(true);
    column->addWidget(m_moreToggle);
    m_options = new InvoiceOptions(coins, m_locale, page);
    m_options->hide();
    column->addWidget(m_options);
    column->addStretch(1);

    // Bottom: messages and the buttons, always in view outside the scroll area.
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 8px; border-radius: 4px; }"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    outer->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    m_busy = new QLabel(tr("Sending to the gateway…"), this);
    m_busy->setAccessibleName(m_busy->text());
    m_busy->hide();
    m_cancel = new QPushButton(tr("Cancel sending"), this);
    m_cancel->setAccessibleName(tr("Cancel sending"));
    m_cancel->hide();
    // After a lost answer: ask the gateway, or leave the invoice to be settled later.
    m_checkAgain = new QPushButton(tr("Chec&k again"), this);
    m_checkAgain->setAccessibleName(tr("Check again"));
    m_checkAgain->setToolTip(tr("Ask the gateway whether it has this invoice (Enter)"));
    m_checkAgain->setFont(big);
    m_checkAgain->hide();
    m_startNew = new QPushButton(tr("Start a ne&w sale"), this);
    m_startNew->setAccessibleName(tr("Start a new sale"));
    m_startNew->setToolTip(tr("Clear the form; the unconfirmed invoice stays in the history and is checked again later (Esc)"));
    m_startNew->hide();
    m_create = new QPushButton(tr("&Create invoice"), this);
    m_create->setAccessibleName(tr("Create invoice"));
    m_create->setDefault(true);
    m_create->setAutoDefault(true);
    m_create->setFont(big);
    m_create->setMinimumHeight(m_create->sizeHint().height() + 12);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_startNew);
    buttons->addWidget(m_checkAgain);
    buttons->addWidget(m_create);
    outer->addLayout(buttons);

    auto touch = [this](InvoiceField field) {
        return [this, field] { markTouched(field); };
    };
    connect(m_amount, &QLineEdit::textEdited, this, touch(InvoiceField::Price));
    connect(m_title, &QLineEdit::textEdited, this, touch(InvoiceField::Title));
    connect(m_description, &QPlainTextEdit::textChanged, this, touch(InvoiceField::Description));
    connect(m_orderId, &QLineEdit::textEdited, this, touch(InvoiceField::OrderId));
    connect(m_email, &QLineEdit::textEdited, this, touch(InvoiceField::Email));
    connect(m_customerId, &QLineEdit::textEdited, this, touch(InvoiceField::CustomerId));
    connect(m_currency, &QComboBox::editTextChanged, this, touch(InvoiceField::Currency));
    connect(m_currency, &QComboBox::currentIndexChanged, this, &InvoiceForm::revalidate);
    connect(m_test, &QCheckBox::toggled, this, &InvoiceForm::revalidate);
    connect(m_options, &InvoiceOptions::changed, this, [this] {
        // The options are usually already right; show their problems at once.
        for (const InvoiceField field : m_options->shownFields())
            m_touched << field;
        revalidate();
    });
    connect(m_moreToggle, &QToolButton::toggled, this, [this](bool open) {
        m_options->setVisible(open);
        m_moreToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    for (QLineEdit *edit : {m_amount, m_title, m_orderId, m_email, m_customerId})
        connect(edit, &QLineEdit::textChanged, this, &InvoiceForm::revalidate);
    connect(m_create, &QPushButton::clicked, this, &InvoiceForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &InvoiceForm::cancelRequested);
    connect(m_checkAgain, &QPushButton::clicked, this, &InvoiceForm::submit);
    connect(m_startNew, &QPushButton::clicked, this, &InvoiceForm::newSaleRequested);
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(150);
    connect(&m_busyDelay, &QTimer::timeout, this, &InvoiceForm::showSending);
    // Esc while sending cancels, as the Cancel button does; on an unconfirmed
    // invoice it starts a new sale, as everywhere else.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_isBusy)
            emit cancelRequested();
        else if (m_unconfirmedId >= 0)
            emit newSaleRequested();
    });

    setTabOrder(m_amount, m_currency);
    setCurrency(QStringLiteral("USD"));
    revalidate();
}

QString InvoiceForm::currencyCode() const
{
    const QString typed = m_currency->currentText().trimmed();
    const int exact = m_currency->findText(typed);
    if (exact >= 0)
        return m_currency->itemData(exact).toString();
    const int byCode = m_currency->findData(typed.toUpper());
    if (byCode >= 0)
        return m_currency->itemData(byCode).toString();
    return typed.toUpper();
}

void InvoiceForm::setCurrency(const QString &code)
{
    const int index = m_currency->findData(code);
    if (index >= 0)
        m_currency->setCurrentIndex(index);
    else
        m_currency->setEditText(code);
}

void InvoiceForm::setDefaults(const InvoiceFields &defaults)
{
    // The test tick is not a default: it belongs to the sale being typed.
    setCurrency(defaults.currency);
    m_options->setValues(defaults);
    revalidate();
}

InvoiceFields InvoiceForm::fields(QList<FieldIssue> *issues) const
{
    QList<FieldIssue> found;
    InvoiceFields f;
    const AmountParse price = Amount::parse(m_amount->text(), m_locale);
    if (price.amount)
        f.price = *price.amount;
    else
        found.append({InvoiceField::Price, Amount::errorText(price.error, m_locale)});
    f.currency = currencyCode();
    f.title = m_title->text().trimmed();
    f.description = m_description->toPlainText().trimmed();
    f.orderId = m_orderId->text().trimmed();
    f.email = m_email->text().trimmed();
    f.customerId = m_customerId->text().trimmed();
    f.test = m_test->isChecked();
    m_options->applyTo(f, found);
    if (issues) {
        for (const FieldIssue &issue : m_validator->validate(f)) {
            const bool priceUnparsed = issue.field == InvoiceField::Price && !price.amount;
            const bool marginUnparsed = issue.field == InvoiceField::Margin
                    && std::any_of(found.cbegin(), found.cend(), [](const FieldIssue &i) { return i.field == InvoiceField::Margin; });
            if (!priceUnparsed && !marginUnparsed)
                found.append(issue);
        }
        *issues = found;
    }
    return f;
}

void InvoiceForm::markTouched(InvoiceField field)
{
    m_touched.insert(field);
    revalidate();
}

void InvoiceForm::revalidate()
{
    QList<FieldIssue> issues;
    fields(&issues);
    QList<FieldIssue> visible;
    for (const FieldIssue &issue : qAsConst(issues)) {
        if (m_submitAttempted || m_touched.contains(issue.field))
            visible.append(issue);
    }
    showIssues(visible);
    m_create->setEnabled(issues.isEmpty() && !m_isBusy && m_unconfirmedId < 0);

    const int length = int(m_description->toPlainText().trimmed().size());
    m_descriptionCount->setVisible(length > InvoiceValidator::ShownDescription);
    m_descriptionCount->setText(
            tr("The payment page shows only the first %n characters.", nullptr, InvoiceValidator::ShownDescription));
}

void InvoiceForm::showIssues(const QList<FieldIssue> &issues)
{
    FieldMessage::showIssues(m_messages, issues);
    // A problem in the folded options opens them, so it is never hidden.
    if (m_options->showIssues(issues) > 0 && !m_moreToggle->isChecked())
        m_moreToggle->setChecked(true);
}

void InvoiceForm::submit()
{
    if (m_isBusy)
        return; // a second Enter while sending must not send a second invoice
    if (m_unconfirmedId >= 0) {
        // This sale may be at the gateway already: only asking can settle it.
        if (!m_checking)
            emit checkAgainRequested(m_unconfirmedId);
        return;
    }
    m_submitAttempted = true;
    QList<FieldIssue> issues;
    const InvoiceFields f = fields(&issues);
    revalidate();
    if (!issues.isEmpty()) {
        for (const FieldIssue &issue : qAsConst(issues)) {
            if (issue.field == InvoiceField::Price) {
                m_amount->setFocus();
                break;
            }
        }
        return;
    }
    m_problem->hide();
    if (m_resendId >= 0)
        emit resendRequested(m_resendId, f);
    else
        emit createRequested(f);
}

void InvoiceForm::keyPressEvent(QKeyEvent *event)
{
    // Enter creates from anywhere in the form: line edits, check boxes and lists
    // all pass it up to here (the description keeps it for a new line).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
        return;
    }
    QWidget::keyPressEvent(event);
}

void InvoiceForm::setBusy(bool busy)
{
    // Create is what must not be pressed twice; it goes grey at once. "Sending…"
    // and Cancel appear only if the gateway is slow to answer, so a quick answer
    // does not flash them (and repaint the form) just before the QR code.
    m_isBusy = busy;
    m_create->setEnabled(!busy);
    if (busy) {
        m_busyDelay.start();
        return;
    }
    m_busyDelay.stop();
    m_busy->hide();
    m_cancel->hide();
    revalidate();
}

void InvoiceForm::showSending()
{
    m_busy->show();
    m_cancel->show();
    m_cancel->setFocus();
}

void InvoiceForm::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void InvoiceForm::showFailure(qint64 invoiceId, bool canResend, const QString &text,
                              const QStringList &gatewayMessages)
{
    QString message = text;
    if (!gatewayMessages.isEmpty()) {
        //: Introduces the gateway's own words after the console's explanation
        message += QLatin1Char('\n') + tr("The gateway said:");
        for (const QString &line : gatewayMessages)
            message += QStringLiteral("\n• ") + line;
    }
    if (canResend) {
        leaveUnconfirmed(); // the gateway has confirmed it holds none
        message += QLatin1Char('\n') + tr("Nothing was lost: correct the invoice if needed and press Send again.");
        m_resendId = invoiceId;
        m_create->setText(tr("&Send again"));
        m_create->setAccessibleName(tr("Send again"));
        // The gateway holds nothing under a failed invoice's number, so staff may
        // change it (the one typed may be in use elsewhere).
        m_orderId->setReadOnly(false);
        showProblem(message);
        return;
    }
    showUnconfirmed(invoiceId, message);
}

void InvoiceForm::showUnconfirmed(qint64 invoiceId, const QString &text)
{
    m_unconfirmedId = invoiceId;
    m_resendId = -1;
    setEditable(false);
    m_create->hide();
    m_checkAgain->show();
    m_checkAgain->setEnabled(!m_checking);
    m_startNew->show();
    QString message = text;
    if (!message.isEmpty())
        message += QLatin1Char('\n');
    message += tr("The gateway may have this invoice, so it is not made again. Press Check again to ask the gateway, "
                  "or start a new sale: the invoice stays in the history as unconfirmed and is checked again later.");
    showProblem(message);
    revalidate();
    m_checkAgain->setFocus();
}

void InvoiceForm::loadUnconfirmed(qint64 invoiceId, const InvoiceFields &f, const QString &text)
{
    leaveUnconfirmed();
    fill(f);
    showUnconfirmed(invoiceId, text);
}

void InvoiceForm::setChecking(bool checking)
{
    m_checking = checking;
    m_checkAgain->setEnabled(!checking);
    m_busy->setText(checking ? tr("Asking the gateway…") : tr("Sending to the gateway…"));
    m_busy->setAccessibleName(m_busy->text());
    m_busy->setVisible(checking);
}

void InvoiceForm::leaveUnconfirmed()
{
    m_unconfirmedId = -1;
    setChecking(false);
    m_checkAgain->hide();
    m_startNew->hide();
    m_create->show();
    setEditable(true);
}

void InvoiceForm::setEditable(bool editable)
{
    for (QLineEdit *edit : {m_amount, m_title, m_orderId, m_email, m_customerId})
        edit->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    m_currency->setEnabled(editable);
    m_test->setEnabled(editable);
    m_options->setEnabled(editable);
}

void InvoiceForm::loadForResend(qint64 invoiceId, const InvoiceFields &f)
{
    leaveUnconfirmed();
    fill(f);
    m_resendId = invoiceId;
    m_orderId->setReadOnly(false); // see showFailure()
    m_create->setText(tr("&Send again"));
    m_create->setAccessibleName(tr("Send again"));
    revalidate();
    m_amount->setFocus();
}

void InvoiceForm::fill(const InvoiceFields &f)
{
    m_amount->setText(f.price.toLocaleString(m_locale, 2)); // a price reads "9.90", as typed
    setCurrency(f.currency);
    m_title->setText(f.title);
    m_description->setPlainText(f.description);
    m_orderId->setText(f.orderId);
    m_email->setText(f.email);
    m_customerId->setText(f.customerId);
    m_test->setChecked(f.test); // this very sale's choice, sent again as it was
    m_options->setValues(f);
}

void InvoiceForm::clearForNextSale()
{
    leaveUnconfirmed();
    for (QLineEdit *edit : {m_amount, m_title, m_orderId, m_email, m_customerId})
        edit->clear();
    m_description->clear();
    m_test->setChecked(false); // a test is one sale's choice, never the next one's
    m_orderId->setReadOnly(false);
    m_resendId = -1;
    m_create->setText(tr("&Create invoice"));
    m_create->setAccessibleName(tr("Create invoice"));
    m_touched.clear();
    m_submitAttempted = false;
    showProblem(QString());
    revalidate();
    m_amount->setFocus();
}
