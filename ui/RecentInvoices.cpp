#include "RecentInvoices.h"

#include "store/InvoiceHistoryModel.h"
#include "widgets/StateBadge.h"
#include "widgets/TestMark.h"

RecentInvoices::RecentInvoices(InvoiceHistoryModel *model, QWidget *parent)
    : QListWidget(parent), m_model(model)
{
    setAccessibleName(tr("Last invoices"));
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setSpacing(4);
    setFixedHeight(fontMetrics().lineSpacing() * 2 + 24);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(model, &QAbstractItemModel::modelReset, this, &RecentInvoices::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecentInvoices::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &RecentInvoices::rebuild);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit invoiceActivated(item->data(Qt::UserRole).toLongLong());
    });
    rebuild();
}

void RecentInvoices::rebuild()
{
    clear();
    const int rows = std::min(Count, m_model->rowCount());
    for (int row = 0; row < rows; ++row) {
        const InvoiceRecord &r = m_model->recordAt(row);
        const QString amount = m_model->index(row, InvoiceHistoryModel::Amount).data().toString();
        const QString time = m_model->index(row, InvoiceHistoryModel::Time).data().toString();
        //: A recent invoice: state symbol and name, amount, time
        QString text = tr("%1 %2\n%3 · %4").arg(StateBadge::symbolOf(r.state), InvoiceStates::displayName(r.state), amount, time);
        if (r.fields.test)
            //: A recent test invoice: %1 is "TEST — NO MONEY", %2 the invoice as above
            text = tr("%1 · %2").arg(TestMark::words(), text);
        auto *item = new QListWidgetItem(text, this);
        item->setData(Qt::UserRole, r.id);
        item->setForeground(StateBadge::colourOf(r.state));
        if (r.fields.test) {
            item->setBackground(TestMark::background());
            item->setForeground(TestMark::foreground());
        }
        item->setToolTip(r.fields.orderId);
    }
    setVisible(rows > 0); // no empty box before the first sale
}
