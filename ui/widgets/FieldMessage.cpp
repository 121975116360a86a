#include "widgets/FieldMessage.h"

#include <QFormLayout>
#include <QVBoxLayout>

FieldMessage::FieldMessage(QWidget *field, QWidget *parent) : QLabel(parent), m_field(field)
{
    setWordWrap(true);
    // Colour alone would not do for colour-blind staff: the message is words.
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setAccessibleName(tr("Problem"));
    hide();
}

void FieldMessage::setMessage(const QString &message)
{
    if (message == text())
        return;
    setText(message);
    setVisible(!message.isEmpty());
    // No restyling of the field itself: a style sheet set on a row restyles every
    // child (the currency list among them) at each keystroke that flips validity.
    m_field->setAccessibleDescription(message);
}

int FieldMessage::showIssues(const QMap<InvoiceField, FieldMessage *> &messages, const QList<FieldIssue> &issues)
{
    int shown = 0;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        const auto issue = std::find_if(issues.cbegin(), issues.cend(),
                                        [&it](const FieldIssue &i) { return i.field == it.key(); });
        it.value()->setMessage(issue == issues.cend() ? QString() : issue->message);
        shown += issue == issues.cend() ? 0 : 1;
    }
    return shown;
}

FieldMessage *FieldMessage::addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *container = new QWidget(form->parentWidget());
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *message = new FieldMessage(field, container);
    column->addWidget(field);
    column->addWidget(message);
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(field);
    QString name = QString(label).remove(QLatin1Char('&')).trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    field->setAccessibleName(name);
    form->addRow(caption, container);
    return message;
}
