#include "HistoryView.h"

#include "settings/TillSettings.h"
#include "store/InvoiceHistoryModel.h"
#include "widgets/TestMark.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Marks test invoices in the history: their state reads "TEST — NO MONEY ·
// Paid" on black and yellow, so a test that paid itself is never taken for money.
class TestMarkProxy : public QIdentityProxyModel
{
public:
    TestMarkProxy(InvoiceHistoryModel *model, QObject *parent) : QIdentityProxyModel(parent), m_model(model)
    {
        setSourceModel(model);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        if (!source.isValid() || !m_model->recordAt(source.row()).fields.test)
            return QIdentityProxyModel::data(index, role);
        const InvoiceRecord &r = m_model->recordAt(source.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == InvoiceHistoryModel::Status)
                //: History state of a test invoice: %1 is "TEST — NO MONEY", %2 the state
                return HistoryView::tr("%1 · %2").arg(TestMark::words(), InvoiceStates::displayName(r.state));
            break;
        case Qt::BackgroundRole:
            return TestMark::background();
        case Qt::ForegroundRole:
            return TestMark::foreground();
        case Qt::FontRole:
            if (index.column() == InvoiceHistoryModel::Status) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            break;
        default:
            break;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    InvoiceHistoryModel *m_model;
};
}

HistoryView::HistoryView(InvoiceHistoryModel *model, TillSettings *settings, QWidget *parent)
    : QWidget(parent), m_model(model), m_settings(settings)
{
    // Test marks on the model itself, then the states (exact, on the raw state),
    // then the search text on what is seen.
    m_testMarks = new TestMarkProxy(model, this);
    m_stateProxy = new QSortFilterProxyModel(this);
    m_stateProxy->setSourceModel(m_testMarks);
    m_stateProxy->setFilterRole(InvoiceHistoryModel::StateRole);
    m_stateProxy->setFilterKeyColumn(InvoiceHistoryModel::Status);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_stateProxy);
    m_proxy->setSortRole(InvoiceHistoryModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Order, amount, status or title"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *stateLabel = new QLabel(tr("S&how:"), this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All invoices"), -1);
    for (InvoiceState state : InvoiceStates::all())
        m_stateFilter->addItem(InvoiceStates::displayName(state), int(state));
    m_stateFilter->setAccessibleName(tr("Show"));
    stateLabel->setBuddy(m_stateFilter);
    searchRow->addWidget(stateLabel);
    searchRow->addWidget(m_stateFilter);
    layout->addLayout(searchRow);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Invoice history"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(InvoiceHistoryModel::Time, Qt::DescendingOrder);
    // Restore the cashier's column layout; fall back to the defaults when the
    // saved state does not fit this version's columns.
    if (!m_table->horizontalHeader()->restoreState(m_settings->historyHeaderState())) {
        m_table->sortByColumn(InvoiceHistoryModel::Time, Qt::DescendingOrder);
        // Sized for what the columns will hold, not for an empty history,
        // so that no state or amount is cut short.
        const QFontMetrics metrics = m_table->fontMetrics();
        auto fit = [this, &metrics](int column, const QString &sample) {
            m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 24);
        };
        fit(InvoiceHistoryModel::Time, QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat));
        fit(InvoiceHistoryModel::OrderId, QStringLiteral("WWWW-000000-000000-WWW"));
        fit(InvoiceHistoryModel::Amount, QStringLiteral("000,000.00 USD"));
        fit(InvoiceHistoryModel::Status, tr("%1 · %2").arg(TestMark::words(), InvoiceStates::displayName(InvoiceState::Unknown)));
        fit(InvoiceHistoryModel::Coin, QStringLiteral("0.00000000 USDT"));
    }
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_show = new QPushButton(tr("Show &invoice"), this);
    m_show->setAccessibleName(tr("Show invoice"));
    m_show->setToolTip(tr("Its code, coin or state; an unconfirmed invoice can be checked again (Enter)"));
    m_resend = new QPushButton(tr("Correct and send &again"), this);
    m_resend->setAccessibleName(tr("Correct and send again"));
    buttons->addStretch(1);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_show);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_stateProxy->setFilterRegularExpression(state < 0 ? QString() : QStringLiteral("^%1$").arg(state));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryView::updateButtons);
    connect(m_table, &QTableView::activated, this, &HistoryView::activateSelected);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (selectedId() >= 0)
            emit showInvoiceRequested(selectedId());
    });
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (selectedId() >= 0)
            emit resendRequested(selectedId());
    });
    updateButtons();
}

HistoryView::~HistoryView()
{
    m_settings->setHistoryHeaderState(m_table->horizontalHeader()->saveState());
}

qint64 HistoryView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return rows.first().data(InvoiceHistoryModel::IdRole).toLongLong();
}

void HistoryView::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QModelIndex row = rows.isEmpty() ? QModelIndex() : rows.first();
    m_show->setEnabled(row.isValid());
    m_resend->setEnabled(row.isValid()
                         && row.data(InvoiceHistoryModel::StateRole).toInt() == int(InvoiceState::Failed));
}

void HistoryView::activateSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // Every row shows its invoice; what that means for each state (the code, the
    // coin, the form to send again or to check again) is the window's to decide.
    emit showInvoiceRequested(selectedId());
}
