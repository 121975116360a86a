#include "HistoryView.h"

#include "history/HistoryReader.h"
#include "history/InvoiceHistoryModel.h"
#include "history/TotalsCounter.h"
#include "settings/TillSettings.h"
#include "widgets/TestMark.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
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

    // Sorting is the history's own (SQL); the view asks it through this proxy.
    void sort(int column, Qt::SortOrder order) override { m_model->sort(column, order); }

private:
    InvoiceHistoryModel *m_model;
};

QVariant statesValue(const QList<InvoiceState> &states)
{
    QVariantList list;
    for (InvoiceState state : states)
        list << int(state);
    return list;
}
}

HistoryView::HistoryView(InvoiceHistoryModel *model, TotalsCounter *totals, HistoryReader *reader,
                         TillSettings *settings, QWidget *parent)
    : QWidget(parent), m_model(model), m_totalsCounter(totals), m_reader(reader), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    buildFilters();
    auto *filters = new QGridLayout;
    auto addLabelled = [this, filters](int row, int column, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, row, column);
        filters->addWidget(field, row, column + 1);
    };
    addLabelled(0, 0, tr("S&earch:"), m_search);
    filters->addWidget(m_clear, 0, 7);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_period);
    dates->addWidget(m_fromDate);
    //: Between the two dates of a chosen period
    auto *dash = new QLabel(tr("to"), this);
    dates->addWidget(dash);
    dates->addWidget(m_toDate);
    connect(m_period, &QComboBox::currentIndexChanged, dash, [this, dash] {
        dash->setVisible(m_period->currentData().toInt() == HistoryPeriods::Custom);
    });
    dash->hide();
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    filters->addWidget(periodLabel, 0, 2);
    filters->addLayout(dates, 0, 3, 1, 4);
    addLabelled(1, 0, tr("Sho&w:"), m_stateFilter);
    addLabelled(1, 2, tr("C&urrency:"), m_currency);
    auto *amounts = new QHBoxLayout;
    amounts->addWidget(m_minAmount);
    //: Between the two bounds of an amount range
    amounts->addWidget(new QLabel(tr("to"), this));
    amounts->addWidget(m_maxAmount);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_minAmount);
    filters->addWidget(amountLabel, 1, 4);
    filters->addLayout(amounts, 1, 5);
    filters->addWidget(m_money, 1, 6, 1, 2);
    filters->setColumnStretch(1, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setModel(new TestMarkProxy(model, this));
    m_table->setAccessibleName(tr("Invoice history"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Rows are a fixed height: the view need not measure a million of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Restore the cashier's column layout; fall back to the defaults when the
    // saved state does not fit this version's columns.
    if (!m_table->horizontalHeader()->restoreState(m_settings->historyHeaderState())) {
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
    if (!InvoiceHistoryModel::isSortable(m_table->horizontalHeader()->sortIndicatorSection()))
        m_table->horizontalHeader()->setSortIndicator(InvoiceHistoryModel::Time, Qt::DescendingOrder);
    model->sort(m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
    layout->addWidget(m_table, 1);

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("History problem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *foot = new QHBoxLayout;
    auto *totalsArea = new QScrollArea(this);
    totalsArea->setFrameShape(QFrame::NoFrame);
    totalsArea->setWidgetResizable(true);
    totalsArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totals = new QLabel(totalsArea);
    m_totals->setTextFormat(Qt::RichText);
    totalsArea->setWidget(m_totals);
    totalsArea->setMinimumHeight(m_totals->fontMetrics().lineSpacing() * 6);
    totalsArea->setMaximumHeight(m_totals->fontMetrics().lineSpacing() * 7);
    m_totals->setAccessibleName(tr("Totals of the invoices shown"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(totalsArea);
    foot->addStretch(1);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setAccessibleName(tr("Export"));
    m_export->setToolTip(tr("Write the invoices shown to a CSV or Excel file"));
    m_details = new QPushButton(tr("&Details…"), this);
    m_details->setAccessibleName(tr("Details"));
    m_details->setToolTip(tr("Every field, every change of state and the gateway's answers (Ctrl+I)"));
    m_show = new QPushButton(tr("Show &invoice"), this);
    m_show->setAccessibleName(tr("Show invoice"));
    m_show->setToolTip(tr("Its code, coin or state; an unconfirmed invoice can be checked again (Enter)"));
    m_resend = new QPushButton(tr("Correct and send a&gain"), this);
    m_resend->setAccessibleName(tr("Correct and send again"));
    m_receipt = new QPushButton(tr("&Receipt"), this);
    m_receipt->setAccessibleName(tr("Receipt"));
    m_receipt->setToolTip(tr("Print the selected invoice's receipt again (it says DUPLICATE), or save it as a PDF"));
    foot->addWidget(m_export);
    foot->addWidget(m_receipt);
    foot->addWidget(m_resend);
    foot->addWidget(m_details);
    foot->addWidget(m_show);
    layout->addLayout(foot);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(TypingPauseMs);
    // Totals read every row the filter matches: asked again a moment after the
    // history changes, not for each of a burst of changes.
    m_totalsPause = new QTimer(this);
    m_totalsPause->setSingleShot(true);
    m_totalsPause->setInterval(1000);

    m_midnight = new QTimer(this);
    m_midnight->setSingleShot(true);
    // A coarse timer may fire a fraction of a second early: still "today".
    m_midnight->setTimerType(Qt::PreciseTimer);
    connect(m_midnight, &QTimer::timeout, this, [this] {
        applyFilter(); // a period relative to today moves on
        scheduleMidnight();
    });
    connect(m_typingPause, &QTimer::timeout, this, &HistoryView::applyFilter);
    connect(m_totalsPause, &QTimer::timeout, this, &HistoryView::refreshTotals);
    for (QLineEdit *edit : {m_search, m_minAmount, m_maxAmount})
        connect(edit, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_stateFilter, m_currency, m_money})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateDateEdits();
        applyFilter();
    });
    for (QDateEdit *edit : {m_fromDate, m_toDate})
        connect(edit, &QDateEdit::dateChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_clear, &QPushButton::clicked, this, &HistoryView::clearFilters);
    connect(m_totalsCounter, &TotalsCounter::ready, this, &HistoryView::onTotals);
    connect(m_totalsCounter, &TotalsCounter::failed, this, [this](const QString &text) {
        m_totals->setText(tr("Totals unavailable: %1").arg(text));
    });
    connect(m_model, &InvoiceHistoryModel::historyChanged, m_totalsPause, qOverload<>(&QTimer::start));
    connect(m_model, &InvoiceHistoryModel::readFailed, this, [this](const QString &text) {
        m_problem->setText(text);
        m_problem->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryView::updateButtons);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        // Title and coin are not orders a shop looks up by: keep the one in use.
        Q_UNUSED(order);
        if (!InvoiceHistoryModel::isSortable(column)) {
            const HistorySort sort = m_model->historySort();
            m_table->horizontalHeader()->setSortIndicator(InvoiceHistoryModel::columnOf(sort.key),
                                                          sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    connect(m_table, &QTableView::activated, this, [this] {
        // Every row shows its invoice; what that means for each state (the code,
        // the coin, the form to send again or to check again) is the window's.
        if (selectedId() >= 0)
            emit showInvoiceRequested(selectedId());
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (selectedId() >= 0)
            emit showInvoiceRequested(selectedId());
    });
    auto details = [this] {
        if (selectedId() >= 0)
            emit detailsRequested(selectedId());
    };
    connect(m_details, &QPushButton::clicked, this, details);
    // Ctrl+F finds, Enter in the search goes to what it found.
    auto *findKey = new QShortcut(QKeySequence::Find, this);
    findKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilterNow();
        m_table->setFocus(Qt::OtherFocusReason);
        if (m_table->model()->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
            m_table->selectRow(0);
    });
    auto *detailsKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
    detailsKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(detailsKey, &QShortcut::activated, this, details);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (selectedId() >= 0)
            emit resendRequested(selectedId());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        applyFilterNow();
        emit exportRequested(m_model->filter());
    });
    updateDateEdits();
    updateButtons();
}

void HistoryView::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Order, title, e-mail, customer or address (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));

    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Period"));
    for (HistoryPeriods::Period period : HistoryPeriods::all())
        m_period->addItem(HistoryPeriods::displayName(period), int(period));
    const QDate today = QDate::currentDate();
    m_fromDate = new QDateEdit(today, this);
    m_fromDate->setCalendarPopup(true);
    m_fromDate->setAccessibleName(tr("From date"));
    m_toDate = new QDateEdit(today, this);
    m_toDate->setCalendarPopup(true);
    m_toDate->setAccessibleName(tr("To date"));

    m_stateFilter = new QComboBox(this);
    m_stateFilter->setAccessibleName(tr("Show"));
    m_stateFilter->addItem(tr("All invoices"), statesValue({}));
    //: History filter: paid invoices, paid late included
    m_stateFilter->addItem(tr("Paid (also late)"), statesValue({InvoiceState::Paid, InvoiceState::PaidLate}));
    //: History filter: invoices not paid (waiting, payment seen, expired)
    m_stateFilter->addItem(tr("Unpaid (waiting, seen, expired)"),
                           statesValue({InvoiceState::Open, InvoiceState::PaymentSeen, InvoiceState::Expired}));
    m_stateFilter->insertSeparator(m_stateFilter->count());
    for (InvoiceState state : InvoiceStates::all())
        m_stateFilter->addItem(InvoiceStates::displayName(state), statesValue({state}));

    m_currency = new QComboBox(this);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->addItem(tr("All currencies"), QString());

    m_money = new QComboBox(this);
    m_money->setAccessibleName(tr("Live or test"));
    m_money->addItem(tr("Live and test"), int(HistoryFilter::Money::LiveAndTest));
    m_money->addItem(tr("Live only"), int(HistoryFilter::Money::LiveOnly));
    m_money->addItem(tr("Test only"), int(HistoryFilter::Money::TestOnly));

    m_minAmount = new QLineEdit(this);
    m_minAmount->setAccessibleName(tr("Smallest amount"));
    //: Placeholder of the smallest-amount filter
    m_minAmount->setPlaceholderText(tr("from"));
    m_maxAmount = new QLineEdit(this);
    m_maxAmount->setAccessibleName(tr("Largest amount"));
    //: Placeholder of the largest-amount filter
    m_maxAmount->setPlaceholderText(tr("to"));
    for (QLineEdit *edit : {m_minAmount, m_maxAmount}) {
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("000,000.00")) + 40);
        edit->setAlignment(Qt::AlignRight);
    }
    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setAccessibleName(tr("Clear filters"));
}

HistoryView::~HistoryView()
{
    m_settings->setHistoryHeaderState(m_table->horizontalHeader()->saveState());
}

void HistoryView::scheduleMidnight()
{
    // Asked anew each time: a day with a summer-time change is 23 or 25 hours.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight = QDate::currentDate().addDays(1).startOfDay();
    m_midnight->start(int(std::clamp<qint64>(now.msecsTo(midnight) + 1000, 1000, 25LL * 3600 * 1000)));
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Currencies and totals read much of the history: asked when it is first
    // looked at, not while the till starts. The currencies each time (a
    // currency sold for the first time since appears), a seek per currency.
    if (m_totalsStale) {
        //: While the totals of the filtered history are being added up
        m_totals->setText(tr("Counting…"));
        refreshTotals();
    }
    fillCurrencies();
    // "Today" becomes yesterday at midnight, even with the window left open.
    scheduleMidnight();
}

void HistoryView::fillCurrencies()
{
    // Only the currencies the history holds, read when the history is shown,
    // not at start.
    const auto codes = m_reader->currencies();
    if (!codes)
        return;
    const QSignalBlocker quiet(m_currency);
    for (const QString &code : *codes) {
        if (m_currency->findData(code) < 0)
            m_currency->addItem(code, code);
    }
}

HistoryFilter HistoryView::currentFilter() const
{
    return readControls().filter;
}

HistoryView::ControlReading HistoryView::readControls() const
{
    ControlReading reading;
    HistoryFilter &filter = reading.filter;
    const auto period = HistoryPeriods::Period(m_period->currentData().toInt());
    const auto range = HistoryPeriods::range(period, QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone(),
                                             QLocale().firstDayOfWeek(), m_fromDate->date(), m_toDate->date());
    filter.from = range.from;
    filter.to = range.to;
    for (const QVariant &state : m_stateFilter->currentData().toList())
        filter.states << InvoiceState(state.toInt());
    filter.currency = m_currency->currentData().toString();
    filter.money = HistoryFilter::Money(m_money->currentData().toInt());
    // An amount bound that cannot be read bounds nothing, and says why.
    for (auto [edit, bound] : {std::pair{m_minAmount, &filter.minPrice}, std::pair{m_maxAmount, &filter.maxPrice}}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        const AmountParse parsed = Amount::parse(edit->text(), QLocale());
        *bound = parsed.amount;
        if (!parsed.amount) {
            reading.unreadable << edit;
            //: %1 names the amount field, %2 says what is wrong with it
            reading.problems << tr("%1: %2").arg(edit->accessibleName(), Amount::errorText(parsed.error, QLocale()));
        }
    }
    filter.text = m_search->text().trimmed();
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        reading.problems << tr("The first date is after the last one: no invoice can be in between.");
    return reading;
}

void HistoryView::applyFilterNow()
{
    m_typingPause->stop();
    applyFilter();
}

void HistoryView::applyFilter()
{
    m_typingPause->stop();
    const ControlReading reading = readControls();
    for (QLineEdit *edit : {m_minAmount, m_maxAmount})
        edit->setStyleSheet(reading.unreadable.contains(edit) ? QStringLiteral("border: 2px solid #b71c1c;") : QString());
    m_problem->setText(reading.problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!reading.problems.isEmpty());
    const HistoryFilter &filter = reading.filter;
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    m_table->scrollToTop();
    m_totals->setText(tr("Counting…"));
    refreshTotals();
}

void HistoryView::refreshTotals()
{
    m_totalsPause->stop();
    // Totals may read every row the filter matches: not for a tab nobody
    // looks at. They are counted when it is shown.
    m_totalsStale = !isVisible();
    if (m_totalsStale)
        return;
    m_totalsCounter->request(m_model->filter());
}

void HistoryView::onTotals(const HistoryTotals &totals)
{
    // A small grid, a column per currency, so that "what came in, in euros" is
    // read at a glance rather than found in a sentence.
    const QLocale locale;
    auto cell = [](const QString &text, bool header = false) {
        const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
        return QStringLiteral("<%1 align=\"right\" style=\"padding: 0 10px;\">%2</%1>").arg(tag, text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"0\"><tr><th align=\"left\">%1</th>")
                           .arg(tr("Invoices: %1").arg(locale.toString(totals.count)).toHtmlEscaped());
    for (const HistoryTotals::Currency &c : totals.currencies)
        html += cell(c.currency, true);
    html += QStringLiteral("</tr>");
    auto row = [&](const QString &name, HistoryTotals::Part HistoryTotals::Currency::*part) {
        html += QStringLiteral("<tr><td>%1</td>").arg(name.toHtmlEscaped());
        for (const HistoryTotals::Currency &c : totals.currencies) {
            const HistoryTotals::Part &p = c.*part;
            html += cell(p.count ? p.amount.toLocaleString(locale, 2) : QStringLiteral("–"));
        }
        html += QStringLiteral("</tr>");
    };
    if (!totals.currencies.isEmpty()) {
        //: History totals grid: row of paid sums (paid late included)
        row(tr("Paid"), &HistoryTotals::Currency::paid);
        row(tr("Underpaid"), &HistoryTotals::Currency::underpaid);
        //: History totals grid: waiting for payment, payment seen, expired
        row(tr("Unpaid"), &HistoryTotals::Currency::unpaid);
    }
    html += QStringLiteral("</table>");
    if (totals.testCount)
        html += QStringLiteral("<div>%1</div>")
                        .arg(tr("Test invoices, in no sum: %1").arg(locale.toString(totals.testCount)).toHtmlEscaped());
    m_totals->setText(html);
    // The same, as one sentence, for a screen reader.
    m_totals->setAccessibleDescription(totals.summary(locale));
}

void HistoryView::clearFilters()
{
    {
        const QSignalBlocker a(m_search), b(m_minAmount), c(m_maxAmount), d(m_period), e(m_stateFilter),
                f(m_currency), g(m_money);
        m_search->clear();
        m_minAmount->clear();
        m_maxAmount->clear();
        m_period->setCurrentIndex(0);
        m_stateFilter->setCurrentIndex(0);
        m_currency->setCurrentIndex(0);
        m_money->setCurrentIndex(0);
    }
    updateDateEdits();
    applyFilterNow();
    m_search->setFocus();
}

void HistoryView::updateDateEdits()
{
    const bool custom = m_period->currentData().toInt() == HistoryPeriods::Custom;
    m_fromDate->setVisible(custom);
    m_toDate->setVisible(custom);
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
    m_details->setEnabled(row.isValid());
    m_receipt->setEnabled(row.isValid());
    m_resend->setEnabled(row.isValid()
                         && row.data(InvoiceHistoryModel::StateRole).toInt() == int(InvoiceState::Failed));
}

void HistoryView::setReceiptMenu(QMenu *menu)
{
    m_receipt->setMenu(menu);
}
