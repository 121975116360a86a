#pragma once

#include "invoice/InvoiceFields.h"

#include <QLabel>
#include <QMap>

class QFormLayout;

// The line under a form field that says what is wrong with it. Hidden while the
// field is fine; the field's accessible description carries the same words so
// that a screen reader hears them with the field.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    FieldMessage(QWidget *field, QWidget *parent = nullptr);

    // Adds "label: field" with its message line beneath the field. The field's
    // accessible name is the visible label, so a screen reader says what is seen.
    static FieldMessage *addRow(QFormLayout *form, const QString &label, QWidget *field);

    // Gives each field its first issue (or none); returns how many got one.
    static int showIssues(const QMap<InvoiceField, FieldMessage *> &messages, const QList<FieldIssue> &issues);

    void setMessage(const QString &message);
    QString message() const { return text(); }

private:
    QWidget *m_field;
};
