#pragma once

#include "store/InvoiceRecord.h"

#include <QDialog>
#include <QMap>
#include <QList>
#include <QLocale>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QrCodeWidget;
class StateBadge;

// One invoice's whole story, opened from the history: every field that was asked,
// what became of it, every change of state with the gateway's raw answer, and its
// QR code again while there is something to pay to. A failed invoice can be
// corrected and sent again from here. It reads nothing itself: the caller hands it
// the record and its events, and calls setRecord() again when the invoice changes
// (InvoiceStore::invoiceChanged), so it works modal or not.
class InvoiceDetailDialog : public QDialog
{
    Q_OBJECT

public:
    // The values shown, each in a selectable label named by its accessible name.
    enum class Field {
        Price,
        OrderId,
        Title,
        Description,
        Email,
        CustomerId,
        MerchantId,
        State,
        Created,
        Updated,
        Expires,
        Received,
        PaymentPage,
        Coin,
        Network,
        CoinAddress,
        CoinAmount,
        Gateway,
        Test,
        AddFee,
        Margin,
        Expiry,
        PageTemplate,
        SuccessUrl,
        CancelUrl,
        CallbackUrl,
        BannedCoins,
        WhiteLabel,
    };

    InvoiceDetailDialog(const InvoiceRecord &record, const QList<InvoiceEvent> &events, const QLocale &locale,
                        QWidget *parent = nullptr);

    // Shows `record` and its `events` (oldest first, as InvoiceStore::events
    // gives them), keeping the selected change when it is still there.
    void setRecord(const InvoiceRecord &record, const QList<InvoiceEvent> &events);
    qint64 invoiceId() const { return m_record.id; }
    const InvoiceRecord &record() const { return m_record; }

    // For tests and for the caller: the widgets a person reads and uses.
    QLabel *valueLabel(Field field) const;
    // The Copy button beside a field, or nullptr for a field without one.
    QPushButton *copyButton(Field field) const;
    // Whether the row of `field` is shown (rows of empty fields are not).
    bool isFieldShown(Field field) const;
    QLabel *testBanner() const { return m_testBanner; }
    QLabel *problemLabel() const { return m_problem; }
    StateBadge *stateBadge() const { return m_badge; }
    QrCodeWidget *qrWidget() const { return m_qr; }
    // What the QR code carries now; empty when there is none.
    QString qrText() const;
    // Why there is no QR code, in a sentence; empty when there is one.
    QString noQrReason() const;
    QTableWidget *eventTable() const { return m_events; }
    QPlainTextEdit *rawAnswerView() const { return m_raw; }
    QPushButton *resendButton() const { return m_resend; }
    QPushButton *closeButton() const { return m_close; }

    // A raw gateway answer for reading: JSON re-indented (literals kept verbatim,
    // so no number is rounded through a double), anything else as it is.
    static QString prettyAnswer(const QString &raw);

signals:
    // "Correct and send again" on a failed invoice; the dialog closes after it.
    void resendRequested(qint64 invoiceId);

private:
    struct Row {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        QPushButton *copy = nullptr;
    };
    void addSection(const QString &title);
    void addRow(Field field, const QString &label, const QString &copyName = QString());
    void setValue(Field field, const QString &text, const QString &copyText = QString());
    void showEvents(const QList<InvoiceEvent> &events);
    void showSelectedAnswer();
    void showQr();
    QString timeText(const QDateTime &utc) const;
    QString yesNo(bool value) const;

    QLocale m_locale;
    InvoiceRecord m_record;
    QList<InvoiceEvent> m_eventList;
    QMap<Field, Row> m_rows;
    QMap<Field, QString> m_copyTexts;
    QGridLayout *m_grid = nullptr;
    QLabel *m_testBanner;
    QLabel *m_price;
    QLabel *m_summary;
    StateBadge *m_badge;
    QLabel *m_problem;
    QrCodeWidget *m_qr;
    QLabel *m_qrCaption;
    QLabel *m_qrText;
    QLabel *m_noQr;
    QTableWidget *m_events;
    QPlainTextEdit *m_raw;
    QPushButton *m_resend;
    QPushButton *m_close;
};
