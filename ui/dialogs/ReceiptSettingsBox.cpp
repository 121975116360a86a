#include "dialogs/ReceiptSettingsBox.h"

#include "reports/escpos/EscPosSink.h"
#include "widgets/FieldMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinterInfo>

ReceiptSettingsBox::ReceiptSettingsBox(const ShopProfile &shop, const ReceiptPrinterChoice &choice, QWidget *parent)
    : QGroupBox(tr("Receipts"), parent)
{
    m_form = new QFormLayout(this);
    m_address = new QPlainTextEdit(shop.address, this);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 4);
    FieldMessage::addRow(m_form, tr("Shop a&ddress:"), m_address);
    m_taxNumber = new QLineEdit(shop.taxNumber, this);
    FieldMessage::addRow(m_form, tr("&Tax number:"), m_taxNumber);
    m_tillName = new QLineEdit(shop.tillName, this);
    FieldMessage::addRow(m_form, tr("T&ill name:"), m_tillName);

    m_kind = new QComboBox(this);
    //: Receipt printer: none chosen (receipts are printed through the print dialog)
    m_kind->addItem(tr("None: ask each time"), int(ReceiptPrinterChoice::Kind::None));
    m_kind->addItem(tr("A printer of this computer"), int(ReceiptPrinterChoice::Kind::System));
    //: A thermal receipt printer spoken to directly, on the network or by USB
    m_kind->addItem(tr("A thermal receipt printer (ESC/POS)"), int(ReceiptPrinterChoice::Kind::EscPos));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(choice.kind))));
    FieldMessage::addRow(m_form, tr("R&eceipt printer:"), m_kind);

    m_system = new QComboBox(this);
    m_system->addItem(tr("The default printer"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_system->addItem(name, name);
    // A printer not connected now stays chosen rather than silently replaced.
    if (!choice.systemPrinter.isEmpty() && m_system->findData(choice.systemPrinter) < 0)
        m_system->addItem(choice.systemPrinter, choice.systemPrinter);
    m_system->setCurrentIndex(std::max(0, m_system->findData(choice.systemPrinter)));
    FieldMessage::addRow(m_form, tr("Pri&nter:"), m_system);

    m_escpos = new QLineEdit(choice.escposTarget, this);
    m_escpos->setPlaceholderText(tr("192.168.1.50:9100 or /dev/usb/lp0"));
    m_escposMessage = FieldMessage::addRow(m_form, tr("Printer address or de&vice:"), m_escpos);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("80 mm"), int(ReceiptPrinterChoice::Paper::Mm80));
    m_paper->addItem(tr("58 mm"), int(ReceiptPrinterChoice::Paper::Mm58));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(choice.paper))));
    FieldMessage::addRow(m_form, tr("Paper &width:"), m_paper);
    m_qrMode = new QComboBox(this);
    //: How the QR code reaches a thermal printer: as a picture
    m_qrMode->addItem(tr("Sent as a picture (any printer)"), int(ReceiptPrinterChoice::QrMode::Raster));
    //: How the QR code reaches a thermal printer: the printer draws it from the text
    m_qrMode->addItem(tr("Drawn by the printer (faster, newer printers)"), int(ReceiptPrinterChoice::QrMode::Native));
    m_qrMode->setCurrentIndex(std::max(0, m_qrMode->findData(int(choice.qrMode))));
    FieldMessage::addRow(m_form, tr("&QR code:"), m_qrMode);

    m_autoPrint = new QCheckBox(tr("Print the receipt by itself when an invoice is paid"), this);
    m_autoPrint->setAccessibleName(m_autoPrint->text());
    m_autoPrint->setChecked(choice.autoPrintPaid);
    m_form->addRow(QString(), m_autoPrint);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReceiptSettingsBox::showKind);
    showKind();
}

void ReceiptSettingsBox::showKind()
{
    const auto kind = ReceiptPrinterChoice::Kind(m_kind->currentData().toInt());
    // A field sits in a row of its own with its message (FieldMessage::addRow).
    m_form->setRowVisible(m_system->parentWidget(), kind == ReceiptPrinterChoice::Kind::System);
    for (QWidget *field : {static_cast<QWidget *>(m_escpos), static_cast<QWidget *>(m_paper), static_cast<QWidget *>(m_qrMode)})
        m_form->setRowVisible(field->parentWidget(), kind == ReceiptPrinterChoice::Kind::EscPos);
    m_autoPrint->setEnabled(kind != ReceiptPrinterChoice::Kind::None);
}

bool ReceiptSettingsBox::check()
{
    QString problem;
    if (ReceiptPrinterChoice::Kind(m_kind->currentData().toInt()) == ReceiptPrinterChoice::Kind::EscPos) {
        if (m_escpos->text().trimmed().isEmpty())
            problem = tr("Enter the printer's address (such as 192.168.1.50:9100) or its device (such as /dev/usb/lp0).");
        else
            EscPosSink::parseTarget(m_escpos->text().trimmed(), &problem);
    }
    m_escposMessage->setMessage(problem);
    return problem.isEmpty();
}

ShopProfile ReceiptSettingsBox::profile() const
{
    ShopProfile shop;
    shop.address = m_address->toPlainText().trimmed();
    shop.taxNumber = m_taxNumber->text().trimmed();
    shop.tillName = m_tillName->text().trimmed();
    return shop;
}

ReceiptPrinterChoice ReceiptSettingsBox::choice() const
{
    ReceiptPrinterChoice choice;
    choice.kind = ReceiptPrinterChoice::Kind(m_kind->currentData().toInt());
    choice.systemPrinter = m_system->currentData().toString();
    choice.escposTarget = m_escpos->text().trimmed();
    choice.paper = ReceiptPrinterChoice::Paper(m_paper->currentData().toInt());
    choice.qrMode = ReceiptPrinterChoice::QrMode(m_qrMode->currentData().toInt());
    // Printing by itself needs a printer to print on.
    choice.autoPrintPaid = m_autoPrint->isChecked() && choice.kind != ReceiptPrinterChoice::Kind::None;
    return choice;
}
