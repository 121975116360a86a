#include "widgets/FieldMessage.h"

#include <QFormLayout>
#include <QVBoxLayout>

FieldMessage::FieldMessage(QWidget *field, QWidget *parent) : QLabel(parent), m_field(field)
{
    setWordWrap(true);
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
    m_field->setAccessibleDescription(message);
    if (m_field->property("invalid").toBool() != !message.isEmpty()) {
        m_field->setProperty("invalid", !message.isEmpty());
        m_field->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 2px solid #b00020;"));
    }
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
