#pragma once

#include "invoice/InvoiceFields.h"

#include <QLocale>
#include <QMap>
#include <QSet>
#include <QTimer>
#include <QWidget>

class CoinCatalogue;
class CurrencyCatalogue;
class FieldMessage;
class InvoiceOptions;
class InvoiceValidator;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// The sale form: what a cashier fills at every sale up front, the till's options
// folded away beneath. It checks every field as it is typed, says what is wrong
// next to the field, and keeps Create disabled while anything is wrong. It does
// not send anything itself: it hands the fields over with createRequested().
class InvoiceForm : public QWidget
{
    Q_OBJECT

public:
    InvoiceForm(const CurrencyCatalogue *currencies, const CoinCatalogue *coins,
                const InvoiceValidator *validator, const QLocale &locale, QWidget *parent = nullptr);

    void setDefaults(const InvoiceFields &defaults);
    // The fields as typed, and what is wrong with them.
    InvoiceFields fields(QList<FieldIssue> *issues = nullptr) const;

    // After a failed send: keep everything, say why, and offer to send it again
    // (`canResend`: the gateway has none); otherwise it may have reached the
    // gateway, and the form turns to showUnconfirmed().
    void showFailure(qint64 invoiceId, bool canResend, const QString &text, const QStringList &gatewayMessages);
    // The invoice may have reached the gateway (a lost answer, a cancel): what
    // was sent stays as it was sent, and the form offers only Check again (also
    // Enter) and Start a new sale, never another Create of the same sale.
    void showUnconfirmed(qint64 invoiceId, const QString &text);
    // Fills the form from a stored unconfirmed invoice, as showUnconfirmed().
    void loadUnconfirmed(qint64 invoiceId, const InvoiceFields &fields, const QString &text);
    // While the gateway is being asked about the unconfirmed invoice.
    void setChecking(bool checking);
    void showProblem(const QString &text);
    void showIssues(const QList<FieldIssue> &issues);
    // Fills the form from a stored invoice to correct and send it again.
    void loadForResend(qint64 invoiceId, const InvoiceFields &fields);
    void setBusy(bool busy);
    // Empties what belongs to one sale; the till's options stay.
    void clearForNextSale();

    QPushButton *createButton() const { return m_create; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineEdit *amountEdit() const { return m_amount; }
    qint64 resendInvoiceId() const { return m_resendId; }
    // The unconfirmed invoice the form stands for, or -1.
    qint64 unconfirmedInvoiceId() const { return m_unconfirmedId; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

signals:
    void createRequested(const InvoiceFields &fields);
    void resendRequested(qint64 invoiceId, const InvoiceFields &fields);
    void cancelRequested();
    void checkAgainRequested(qint64 invoiceId);
    void newSaleRequested();

private:
    void revalidate();
    void showSending();
    void submit();
    QString currencyCode() const;
    void setCurrency(const QString &code);
    void markTouched(InvoiceField field);
    void fill(const InvoiceFields &fields);
    // Read-only while the form stands for an invoice that may be at the gateway.
    void setEditable(bool editable);
    void leaveUnconfirmed();

    const InvoiceValidator *m_validator;
    QLocale m_locale;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionCount;
    QLineEdit *m_orderId;
    QLineEdit *m_email;
    QLineEdit *m_customerId;
    QCheckBox *m_test;
    QToolButton *m_moreToggle;
    InvoiceOptions *m_options;
    QLabel *m_problem;
    QPushButton *m_create;
    QPushButton *m_cancel;
    QPushButton *m_checkAgain;
    QPushButton *m_startNew;
    QLabel *m_busy;
    QMap<InvoiceField, FieldMessage *> m_messages;
    QSet<InvoiceField> m_touched;
    bool m_submitAttempted = false;
    bool m_isBusy = false;
    QTimer m_busyDelay;
    qint64 m_resendId = -1;
    qint64 m_unconfirmedId = -1;
    bool m_checking = false;
};
