#include "MainWindow.h"

#include "CustomerDisplay.h"
#include "HistoryExportFlow.h"
#include "HistoryView.h"
#include "InvoiceForm.h"
#include "PaymentNotifier.h"
#include "PaymentPanel.h"
#include "ReceiptFlow.h"
#include "RecentInvoices.h"
#include "ShiftView.h"
#include "checkout/CoinChooser.h"
#include "checkout/GatewaySelector.h"
#include "checkout/Reconciler.h"
#include "checkout/StatusPoller.h"
#include "gateway/GatewayClient.h"
#include "reports/ReceiptPrinter.h"
#include "reports/ReportJob.h"
#include "history/InvoiceHistoryModel.h"
#include "settings/CredentialStore.h"
#include "settings/TillSettings.h"
#include "store/InvoiceStore.h"
#include "training/TrainingGateway.h"
#include "dialogs/InvoiceDetailDialog.h"
#include "dialogs/SettingsDialog.h"
#include "widgets/TrainingBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScreen>
#include <QLineEdit>
#include <QTableView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(const WindowParts &parts, QWidget *parent)
    : QMainWindow(parent), m_parts(parts)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new TrainingBanner(central);
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setAccessibleName(tr("Sale and history"));
    auto *salePage = new QWidget(m_tabs);
    auto *saleLayout = new QVBoxLayout(salePage);
    saleLayout->setContentsMargins(0, 0, 0, 0);
    m_recent = new RecentInvoices(parts.recent, salePage);
    m_saleStack = new QStackedWidget(salePage);
    saleLayout->addWidget(m_recent);
    saleLayout->addWidget(m_saleStack, 1);
    m_form = new InvoiceForm(parts.currencies, parts.coins, parts.validator, parts.locale, m_saleStack);
    m_panel = new PaymentPanel(parts.locale, parts.coins, m_saleStack);
    m_saleStack->addWidget(m_form);
    m_saleStack->addWidget(m_panel);
    m_historyView = new HistoryView(parts.history, parts.totals, parts.historyReader,
                                    parts.settings, m_tabs);
    m_shiftView = new ShiftView(parts.shifts, new ReportJob(parts.store->connectionName(), this), parts.settings,
                                parts.locale, m_tabs);
    m_tabs->addTab(salePage, tr("&Sale"));
    m_tabs->addTab(m_historyView, tr("&History"));
    //: The tab of shifts, X and Z reports
    m_tabs->addTab(m_shiftView, tr("Da&y"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_customer = new CustomerDisplay(parts.locale, parts.coins);
    m_customer->setShopName(parts.settings->shopName());
    m_notifier = new PaymentNotifier(parts.settings, this);
    m_pollStatus = new QLabel(this);
    m_pollStatus->setAccessibleName(tr("Payment status checks"));
    m_pollStatus->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    statusBar()->addPermanentWidget(m_pollStatus);
    createMenus();

    m_form->setDefaults(parts.settings->invoiceDefaults());

    connect(m_form, &InvoiceForm::createRequested, this, &MainWindow::onCreateRequested);
    connect(m_form, &InvoiceForm::resendRequested, this, &MainWindow::onResendRequested);
    connect(m_form, &InvoiceForm::cancelRequested, parts.checkout, &InvoiceCheckout::cancel);
    connect(m_form, &InvoiceForm::checkAgainRequested, this, &MainWindow::checkAgain);
    connect(m_form, &InvoiceForm::newSaleRequested, this, &MainWindow::newSale);
    connect(parts.checkout, &InvoiceCheckout::busyChanged, m_form, &InvoiceForm::setBusy);
    connect(parts.checkout, &InvoiceCheckout::invoiceOpened, this, &MainWindow::onInvoiceOpened);
    connect(parts.checkout, &InvoiceCheckout::invoiceNotCreated, this, &MainWindow::onInvoiceNotCreated);
    connect(m_panel, &PaymentPanel::newSaleRequested, this, &MainWindow::newSale);
    connect(m_panel, &PaymentPanel::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_historyView, &HistoryView::showInvoiceRequested, this, &MainWindow::showInvoice);
    connect(m_historyView, &HistoryView::detailsRequested, this, &MainWindow::showDetails);
    m_export = new HistoryExportFlow(parts.store->connectionName(), this);
    connect(m_historyView, &HistoryView::exportRequested, m_export, &HistoryExportFlow::exportFiltered);
    connect(m_export, &HistoryExportFlow::finished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    m_receipts = new ReceiptFlow(parts.receipts, parts.store, parts.settings, this);
    m_panel->setReceiptMenu(m_receipts->menuFor(m_panel, [this] { return m_panel->invoiceId(); }));
    m_historyView->setReceiptMenu(m_receipts->menuFor(m_historyView, [this] { return m_historyView->selectedId(); }));
    connect(m_receipts, &ReceiptFlow::message, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    connect(parts.autoPrint, &ReceiptAutoPrint::problem, this, [this](const QString &problem) {
        //: A receipt that should have printed by itself when the invoice was paid
        statusBar()->showMessage(tr("The receipt did not print by itself: %1").arg(problem), 30000);
    });
    connect(m_shiftView, &ShiftView::message, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    connect(m_recent, &RecentInvoices::invoiceActivated, this, &MainWindow::showInvoice);
    connect(parts.poller, &StatusPoller::paymentChanged, this, &MainWindow::onPaymentChanged);
    connect(parts.poller, &StatusPoller::problem, m_pollStatus, &QLabel::setText);
    connect(m_panel, &PaymentPanel::expired, parts.poller, &StatusPoller::expireDue);
    connect(m_customer, &CustomerDisplay::expired, parts.poller, &StatusPoller::expireDue);
    connect(m_banner, &TrainingBanner::outcomeChosen, this, &MainWindow::onOutcomeChosen);
    connect(m_panel, &PaymentPanel::choosingAnotherCoin, this, [this](qint64 invoiceId) {
        // The customer names another coin: the old coin's code must not stay in
        // front of them. The display asks for a coin, as before the first choice.
        if (auto record = m_parts.store->find(invoiceId)) {
            record->coinAddress.clear();
            record->coinAmount.reset();
            m_customer->updatePayment(*record);
        }
    });
    connect(m_panel, &PaymentPanel::coinChosen, this, [this](qint64 invoiceId, const CoinOffer &offer) {
        const QString problem = m_parts.coinChooser->choose(invoiceId, offer);
        statusBar()->showMessage(problem.isEmpty() ? tr("Asking the gateway for the %1 address…").arg(offer.name) : problem, 8000);
    });
    connect(parts.coinChooser, &CoinChooser::addressReady, this, [this](const InvoiceRecord &record) {
        m_panel->updatePayment(record);
        m_customer->updatePayment(record);
        m_panel->focusNextStep();
        statusBar()->clearMessage();
    });
    connect(parts.coinChooser, &CoinChooser::addressFailed, this,
            [this](const InvoiceRecord &, const QString &text, const QStringList &messages) {
        m_panel->showCoinProblem(text, messages);
    });
    connect(parts.reconciler, &Reconciler::finished, this, [this](int found, int notFound, int unknown) {
        if (found + notFound + unknown == 0)
            return;
        //: After looking up invoices whose answer was lost
        statusBar()->showMessage(tr("Unconfirmed invoices checked: %1 found at the gateway, %2 to send again, %3 still unconfirmed.")
                                         .arg(found).arg(notFound).arg(unknown), 15000);
    });
    connect(parts.reconciler, &Reconciler::finished, this, &MainWindow::onReconciled);
    connect(m_historyView, &HistoryView::resendRequested, this, &MainWindow::editForResend);
    connect(m_banner, &TrainingBanner::setUpRequested, this, &MainWindow::openSettings);
    connect(parts.selector, &GatewaySelector::modeChanged, this, &MainWindow::onModeChanged);
    connect(parts.credentials, &CredentialStore::privateKeySaved, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 10000);
        else
            QMessageBox::warning(this, tr("Private key not saved"), message);
    });
    onModeChanged(parts.selector->isTraining());
    placeCustomerDisplay();
    resize(1000, 880);
    m_form->amountEdit()->setFocus();
}

MainWindow::~MainWindow()
{
    delete m_customer; // a window of its own, not a child
}

void MainWindow::placeCustomerDisplay()
{
    // With a second screen the display goes there, full screen, at once; with one
    // screen it waits to be asked for (View menu) and opens as a plain window.
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        return;
    QScreen *target = screens.at(1);
    for (QScreen *screen : screens) {
        if (screen->name() == m_parts.settings->customerScreen())
            target = screen;
    }
    m_customer->placeOn(target, true);
    m_customerAction->setChecked(true);
}

void MainWindow::setCustomerDisplayShown(bool shown)
{
    if (!shown) {
        m_customer->hide();
        return;
    }
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *target = nullptr;
    for (QScreen *screen : screens) {
        if (screen->name() == m_parts.settings->customerScreen() || (!target && screen != this->screen()))
            target = screen;
    }
    m_customer->placeOn(target, target && screens.size() > 1);
}

void MainWindow::onPaymentChanged(const InvoiceRecord &record, InvoiceState previous)
{
    m_panel->updatePayment(record);
    m_customer->updatePayment(record);
    m_notifier->onPaymentChanged(record, previous);
    if (record.state != previous && PaymentNotifier::isWorthANotice(record.state))
        statusBar()->showMessage(PaymentNotifier::noticeText(record), 15000);
}

void MainWindow::onOutcomeChosen(int outcome)
{
    if (outcome == TrainingBanner::GatewayDown) {
        m_parts.training->goDownForMs(30000);
        m_banner->resetOutcome();
        statusBar()->showMessage(tr("The training gateway is down for 30 seconds."), 10000);
        return;
    }
    if (outcome == TrainingBanner::AddressRefused) {
        m_parts.training->refuseNextAddress();
        m_banner->resetOutcome();
        statusBar()->showMessage(tr("The training gateway will refuse the next coin address."), 10000);
        return;
    }
    m_parts.training->setNextOutcome(TrainingGateway::Outcome(outcome));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *sale = file->addAction(tr("&New sale"), this, &MainWindow::newSale);
    sale->setShortcut(QKeySequence::New);
    file->addAction(tr("&Check unconfirmed invoices"), this, [this] {
        m_parts.reconciler->reconcile(m_parts.checkout->sendingInvoiceId());
    });
    file->addSeparator();
    QAction *print = file->addAction(tr("&Print receipt"), this, [this] { m_receipts->print(receiptInvoiceId()); });
    print->setShortcut(QKeySequence::Print);
    QAction *printTo = file->addAction(tr("Print receipt on &another printer…"), this,
                                       [this] { m_receipts->printWithDialog(receiptInvoiceId()); });
    printTo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addAction(tr("Save receipt as P&DF…"), this, [this] { m_receipts->savePdf(receiptInvoiceId()); });
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *history = view->addAction(tr("&History"), this, [this] {
        m_tabs->setCurrentWidget(m_historyView);
        m_historyView->table()->setFocus();
    });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *day = view->addAction(tr("&Day: shift and reports"), this, [this] {
        m_tabs->setCurrentWidget(m_shiftView);
        m_shiftView->refresh();
    });
    day->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_customerAction = view->addAction(tr("&Customer display"));
    m_customerAction->setCheckable(true);
    m_customerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_customerAction, &QAction::toggled, this, &MainWindow::setCustomerDisplayShown);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Merchant Console"), this, [this] {
        QMessageBox::about(this, tr("About Merchant Console"),
                           tr("Merchant Console %1\nTakes crypto payments at the counter through the Payid19 gateway.")
                                   .arg(QStringLiteral(MC_VERSION)));
    });
}

void MainWindow::showDetails(qint64 invoiceId)
{
    const auto record = m_parts.store->find(invoiceId);
    const auto events = m_parts.store->events(invoiceId);
    if (!record || !events) {
        QMessageBox::warning(this, tr("Invoice not shown"),
                             record ? m_parts.store->lastError() : tr("The invoice could not be read: %1").arg(m_parts.store->lastError()));
        return;
    }
    auto *dialog = new InvoiceDetailDialog(*record, *events, m_parts.locale, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An invoice followed while its story is open: the story follows too.
    connect(m_parts.store, &InvoiceStore::invoiceChanged, dialog, [this, dialog](qint64 id) {
        if (id != dialog->invoiceId())
            return;
        const auto changed = m_parts.store->find(id);
        const auto changes = m_parts.store->events(id);
        if (changed && changes)
            dialog->setRecord(*changed, *changes);
    });
    connect(dialog, &InvoiceDetailDialog::resendRequested, this, &MainWindow::editForResend);
    dialog->show();
}

bool MainWindow::isShowingPayment() const
{
    return m_saleStack->currentWidget() == m_panel;
}

void MainWindow::onModeChanged(bool training)
{
    m_banner->setVisible(training);
    setWindowTitle(training ? tr("Merchant Console — Training") : tr("Merchant Console"));
}

void MainWindow::onCreateRequested(const InvoiceFields &fields)
{
    const InvoiceCheckout::Submission submission = m_parts.checkout->submit(fields);
    if (showRefusal(submission))
        return;
    statusBar()->showMessage(tr("Sending invoice %1…").arg(submission.orderId));
}

void MainWindow::onResendRequested(qint64 invoiceId, const InvoiceFields &fields)
{
    const InvoiceCheckout::Submission submission = m_parts.checkout->resend(invoiceId, fields);
    if (showRefusal(submission))
        return;
    statusBar()->showMessage(tr("Sending invoice %1 again…").arg(submission.orderId));
}

bool MainWindow::showRefusal(const InvoiceCheckout::Submission &submission)
{
    if (submission.accepted)
        return false;
    m_form->showIssues(submission.issues);
    m_form->showProblem(submission.problem);
    return true;
}

void MainWindow::onInvoiceOpened(const InvoiceRecord &record)
{
    // The till's options that worked become its defaults (TillSettings takes
    // only those, never what belongs to this sale); then the sale leaves the
    // form, so the next one starts empty and live.
    m_parts.settings->setInvoiceDefaults(m_form->fields());
    m_form->clearForNextSale();
    m_banner->resetOutcome(); // a rehearsed ending applies to one invoice
    setSaleScreen(&record);
    statusBar()->showMessage(tr("Invoice %1 is ready to be paid.").arg(record.fields.orderId), 8000);
}

void MainWindow::onInvoiceNotCreated(const InvoiceRecord &record, const GatewayResult &result)
{
    QString text = result.cashierText();
    if (result.outcome == GatewayResult::Outcome::Transport && !result.detail.isEmpty())
        //: Technical detail after the plain explanation of a failure
        text += QLatin1Char('\n') + tr("Details: %1").arg(result.detail);
    // Failed: the gateway has none, send again. Anything else may be at the
    // gateway: the form offers Check again, never a second Create. Either way
    // the form shows the invoice as stored, with the order number it went under.
    if (record.state == InvoiceState::Failed) {
        m_form->loadForResend(record.id, record.fields);
        m_form->showFailure(record.id, true, text, result.messages);
    } else {
        m_form->loadUnconfirmed(record.id, record.fields, text);
    }
    statusBar()->showMessage(record.state == InvoiceState::Failed
                                     ? tr("Invoice %1 was not created.").arg(record.fields.orderId)
                                     : tr("Invoice %1 is unconfirmed: the gateway may have it.").arg(record.fields.orderId),
                             8000);
}

void MainWindow::setSaleScreen(const InvoiceRecord *onPanel)
{
    if (onPanel) {
        m_panel->showInvoice(*onPanel);
        m_customer->showInvoice(*onPanel);
        m_parts.poller->setFocusInvoice(onPanel->id);
        m_saleStack->setCurrentWidget(m_panel);
    } else {
        if (!m_customer->isThanking()) // let "thank you" finish by itself
            m_customer->showIdle();
        m_saleStack->setCurrentWidget(m_form);
    }
    m_tabs->setCurrentIndex(0);
    if (onPanel)
        m_panel->focusNextStep();
}

void MainWindow::newSale()
{
    if (m_parts.checkout->isBusy())
        return;
    // An unconfirmed invoice left behind stays in the history; the reconciler
    // settles it later. Its check, if one is on its way, no longer drives the form.
    m_checkingId = -1;
    m_form->clearForNextSale();
    setSaleScreen(nullptr);
    m_form->amountEdit()->setFocus();
}

void MainWindow::showInvoice(qint64 invoiceId)
{
    const auto record = m_parts.store->find(invoiceId);
    if (!record)
        return;
    if (m_parts.checkout->isBusy() && m_parts.checkout->sendingInvoiceId() == invoiceId) {
        setSaleScreen(nullptr); // on its way: the form shows it being sent
        return;
    }
    switch (record->state) {
    case InvoiceState::Failed:
        editForResend(invoiceId);
        return;
    case InvoiceState::Sending:
    case InvoiceState::Unknown:
        // It may be at the gateway: only asking settles it, never a new Create.
        if (m_parts.checkout->isBusy())
            return;
        m_checkingId = -1;
        setSaleScreen(nullptr);
        m_form->loadUnconfirmed(invoiceId, record->fields, record->failureText);
        return;
    default:
        setSaleScreen(&*record);
        return;
    }
}

void MainWindow::editForResend(qint64 invoiceId)
{
    const auto record = m_parts.store->find(invoiceId);
    if (!record || record->state != InvoiceState::Failed || m_parts.checkout->isBusy())
        return;
    m_checkingId = -1;
    setSaleScreen(nullptr);
    m_form->loadForResend(invoiceId, record->fields);
    m_form->showFailure(invoiceId, true, record->failureText, record->gatewayMessages);
}

void MainWindow::checkAgain(qint64 invoiceId)
{
    m_checkingId = invoiceId;
    m_form->setChecking(true);
    const auto record = m_parts.store->find(invoiceId);
    statusBar()->showMessage(tr("Asking the gateway about invoice %1…").arg(record ? record->fields.orderId : QString()));
    // A round over all unconfirmed invoices may be on its way (at start, or
    // from the File menu): its end is awaited, then this one is asked about.
    m_checkAsked = !m_parts.reconciler->isRunning();
    if (m_checkAsked)
        m_parts.reconciler->reconcileOne(invoiceId);
}

void MainWindow::onReconciled()
{
    if (m_checkingId < 0)
        return;
    const qint64 id = m_checkingId;
    const auto record = m_parts.store->find(id);
    if (record && (record->state == InvoiceState::Unknown || record->state == InvoiceState::Sending) && !m_checkAsked) {
        m_checkAsked = true; // the round that was running is over: now this one
        m_parts.reconciler->reconcileOne(id);
        return;
    }
    m_checkingId = -1;
    m_form->setChecking(false);
    if (!record) {
        newSale();
        return;
    }
    switch (record->state) {
    case InvoiceState::Unknown:
    case InvoiceState::Sending:
        m_form->showUnconfirmed(id, stillUnconfirmedText(*record));
        statusBar()->showMessage(tr("Invoice %1 is still unconfirmed.").arg(record->fields.orderId), 15000);
        return;
    case InvoiceState::Failed:
        // The gateway confirmed it has none: the same sale may go, under its own order number.
        editForResend(id);
        return;
    default:
        m_form->clearForNextSale();
        setSaleScreen(&*record);
        statusBar()->showMessage(tr("The gateway has invoice %1.").arg(record->fields.orderId), 15000);
        return;
    }
}

QString MainWindow::stillUnconfirmedText(const InvoiceRecord &record) const
{
    if (record.gateway != m_parts.client->endpoint().name())
        //: %1 names the gateway account the invoice was sent to
        return tr("Still unconfirmed: this invoice was sent to another gateway account (%1) and can only be checked there.")
                .arg(record.gateway);
    return tr("Still unconfirmed: the gateway could not be asked just now. Check again in a moment.");
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_parts.settings, m_parts.credentials, m_parts.coins, m_parts.locale, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_form->setDefaults(m_parts.settings->invoiceDefaults());
        m_customer->setShopName(m_parts.settings->shopName());
    }
}

qint64 MainWindow::receiptInvoiceId() const
{
    // Only what the cashier sees: the Day tab has no invoice to print.
    if (m_tabs->currentWidget() == m_historyView)
        return m_historyView->selectedId();
    if (m_tabs->currentIndex() == 0 && m_saleStack->currentWidget() == m_panel)
        return m_panel->invoiceId();
    return -1;
}
