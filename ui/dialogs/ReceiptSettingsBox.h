#pragma once

#include "reports/ReceiptSettings.h"

#include <QGroupBox>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

// Settings' part for receipts: what the head of a receipt says (address, tax
// number, till name) and which printer takes receipts: none, a printer the
// system knows, or an ESC/POS thermal printer on the network or a device,
// with its paper and QR mode; and whether a paid invoice prints by itself.
class ReceiptSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    ReceiptSettingsBox(const ShopProfile &shop, const ReceiptPrinterChoice &choice, QWidget *parent = nullptr);

    // Shows what is wrong beside its field; true when everything can be saved.
    bool check();
    // The shop's head (without its name, which Settings asks for once above).
    ShopProfile profile() const;
    ReceiptPrinterChoice choice() const;

    QComboBox *printerKind() const { return m_kind; }
    QComboBox *systemPrinter() const { return m_system; }
    QLineEdit *escposTarget() const { return m_escpos; }
    QCheckBox *autoPrint() const { return m_autoPrint; }

private:
    void showKind();

    QPlainTextEdit *m_address;
    QLineEdit *m_taxNumber;
    QLineEdit *m_tillName;
    QComboBox *m_kind;
    QComboBox *m_system;
    QLineEdit *m_escpos;
    FieldMessage *m_escposMessage;
    QComboBox *m_paper;
    QComboBox *m_qrMode;
    QCheckBox *m_autoPrint;
    QFormLayout *m_form;
};
