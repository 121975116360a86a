#include "RecentInvoices.h"

#include "history/InvoiceHistoryModel.h"
#include "widgets/StateBadge.h"
#include "widgets/TestMark.h"

#include <QIdentityProxyModel>

namespace {
// Each history row as one item of the strip: state symbol and name over amount
// and time, in the state's colour; test invoices on the TEST mark.
class RecentItems : public QIdentityProxyModel
{
public:
    RecentItems(InvoiceHistoryModel *model, QObject *parent) : QIdentityProxyModel(parent), m_model(model)
    {
        setSourceModel(model);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_model->rowCount())
            return QVariant();
        const int row = index.row();
        const InvoiceRecord &r = m_model->recordAt(row);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: {
            const QString amount = m_model->index(row, InvoiceHistoryModel::Amount).data().toString();
            const QString time = m_model->index(row, InvoiceHistoryModel::Time).data().toString();
            //: A recent invoice: state symbol and name, amount, time
            QString text = RecentInvoices::tr("%1 %2\n%3 · %4")
                                   .arg(StateBadge::symbolOf(r.state), InvoiceStates::displayName(r.state), amount, time);
            if (r.fields.test)
                //: A recent test invoice: %1 is "TEST — NO MONEY", %2 the invoice as above
                text = RecentInvoices::tr("%1 · %2").arg(TestMark::words(), text);
            return text;
        }
        case Qt::ForegroundRole:
            return r.fields.test ? QVariant(TestMark::foreground()) : QVariant(StateBadge::colourOf(r.state));
        case Qt::BackgroundRole:
            return r.fields.test ? QVariant(TestMark::background()) : QVariant();
        case Qt::ToolTipRole:
            return r.fields.orderId;
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }

private:
    InvoiceHistoryModel *m_model;
};
}

RecentInvoices::RecentInvoices(InvoiceHistoryModel *model, QWidget *parent)
    : QListView(parent), m_model(model), m_items(new RecentItems(model, this))
{
    setModel(m_items);
    setAccessibleName(tr("Last invoices"));
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setSpacing(4);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFixedHeight(fontMetrics().lineSpacing() * 2 + 24);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_items, &QAbstractItemModel::modelReset, this, &RecentInvoices::updateVisibility);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &RecentInvoices::updateVisibility);
    connect(m_items, &QAbstractItemModel::rowsRemoved, this, &RecentInvoices::updateVisibility);
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) {
        emit invoiceActivated(invoiceIdAt(index.row()));
    });
    updateVisibility();
}

int RecentInvoices::count() const
{
    return m_items->rowCount();
}

QString RecentInvoices::textAt(int row) const
{
    return m_items->index(row, 0).data().toString();
}

qint64 RecentInvoices::invoiceIdAt(int row) const
{
    return row >= 0 && row < count() ? m_model->recordAt(row).id : -1;
}

void RecentInvoices::updateVisibility()
{
    setVisible(count() > 0); // no empty box before the first sale
}
