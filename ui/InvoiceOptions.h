#pragma once

#include "invoice/InvoiceFields.h"

#include <QMap>
#include <QLocale>
#include <QWidget>

class CoinCatalogue;
class CoinChecklist;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

// The invoice fields a till sets once and keeps: fee, tolerance, expiry, page
// design, addresses, merchant id, white label and banned coins. The sale form
// shows it folded away; the Settings dialog edits the same fields as defaults.
class InvoiceOptions : public QWidget
{
    Q_OBJECT

public:
    InvoiceOptions(const CoinCatalogue *coins, const QLocale &locale, QWidget *parent = nullptr);

    void setValues(const InvoiceFields &values);
    // Copies these fields into `fields`; a tolerance that is not a number is
    // reported in `issues`.
    void applyTo(InvoiceFields &fields, QList<FieldIssue> &issues) const;
    // Shows the issues that belong to these fields; returns how many it showed.
    int showIssues(const QList<FieldIssue> &issues);
    // The fields these options show.
    QList<InvoiceField> shownFields() const { return m_messages.keys(); }

signals:
    void changed();

private:
    // A row with a line edit for a text field; the field table copies its text
    // in setValues() and applyTo().
    void addTextRow(QFormLayout *form, InvoiceField field, const QString &label, const QString &placeholder = QString());

    QLocale m_locale;
    QCheckBox *m_addFee;
    QLineEdit *m_margin;
    QSpinBox *m_expiry;
    QComboBox *m_template;
    QList<QPair<InvoiceField, QLineEdit *>> m_texts;
    QCheckBox *m_whiteLabel;
    CoinChecklist *m_banned;
    QMap<InvoiceField, FieldMessage *> m_messages;
};
