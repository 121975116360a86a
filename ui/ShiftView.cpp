#include "ShiftView.h"

#include "charts/SalesChart.h"
#include "history/HistoryFilter.h"
#include "reports/PrintDestination.h"
#include "reports/ReportJob.h"
#include "reports/SalesReportCsv.h"
#include "reports/SalesReportDocument.h"
#include "reports/shifts/ShiftBook.h"
#include "settings/TillSettings.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
constexpr int NumberRole = Qt::UserRole + 1;

QString defaultName()
{
    // Until staff sign in (a later version), the computer's user is the first guess.
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}
} // namespace

ShiftView::ShiftView(ShiftBook *shifts, ReportJob *periods, TillSettings *settings, const QLocale &locale, QWidget *parent)
    : QWidget(parent), m_shifts(shifts), m_periods(periods), m_settings(settings), m_locale(locale), m_chartPainter(std::make_unique<SalesChart>())
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.3);
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_open = new QPushButton(tr("&Open shift…"), this);
    m_open->setAccessibleName(tr("Open shift"));
    m_x = new QPushButton(tr("&X report"), this);
    m_x->setAccessibleName(tr("X report"));
    m_x->setToolTip(tr("The running shift's figures so far; the shift stays open"));
    m_close = new QPushButton(tr("&Close shift (Z report)…"), this);
    m_close->setAccessibleName(tr("Close shift with a Z report"));
    m_close->setToolTip(tr("Ends the shift; its Z report is numbered and kept unchanged"));
    top->addWidget(m_status, 1);
    top->addWidget(m_open);
    top->addWidget(m_x);
    top->addWidget(m_close);
    layout->addLayout(top);

    auto *splitter = new QSplitter(this);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *zLabel = new QLabel(tr("Closed shifts (Z reports):"), side);
    m_zList = new QListWidget(side);
    m_zList->setAccessibleName(tr("Z reports"));
    zLabel->setBuddy(m_zList);
    sideLayout->addWidget(zLabel);
    sideLayout->addWidget(m_zList, 1);

    auto *periodBox = new QGroupBox(tr("Report of a period"), side);
    auto *periodForm = new QFormLayout(periodBox);
    const QDate today = QDateTime::currentDateTime().toTimeZone(settings->tillTimeZone()).date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), periodBox);
    m_to = new QDateEdit(today, periodBox);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_period = new QPushButton(tr("Show &period report"), periodBox);
    m_period->setAccessibleName(tr("Show period report"));
    periodForm->addRow(tr("Fro&m:"), m_from);
    periodForm->addRow(tr("&To:"), m_to);
    periodForm->addRow(m_period);
    sideLayout->addWidget(periodBox);

    auto *reportPane = new QWidget(splitter);
    auto *reportLayout = new QVBoxLayout(reportPane);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    auto *reportSplit = new QSplitter(Qt::Vertical, reportPane);
    m_text = new QTextBrowser(reportSplit);
    m_text->setAccessibleName(tr("Report"));
    m_text->setOpenLinks(false);
    m_chartView = new QChartView(reportSplit);
    m_chartView->setAccessibleName(tr("Sales chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    // A picture of what the report's text says in numbers: not a stop for the keyboard.
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->viewport()->setFocusPolicy(Qt::NoFocus);
    reportSplit->addWidget(m_text);
    reportSplit->addWidget(m_chartView);
    reportSplit->setStretchFactor(0, 3);
    reportSplit->setStretchFactor(1, 2);
    reportLayout->addWidget(reportSplit, 1);
    auto *actions = new QHBoxLayout;
    m_print = new QPushButton(tr("Pr&int…"), reportPane);
    m_print->setAccessibleName(tr("Print report"));
    m_printReceipt = new QPushButton(tr("Print on &receipt printer"), reportPane);
    m_printReceipt->setAccessibleName(tr("Print report on the receipt printer"));
    m_pdf = new QPushButton(tr("Sav&e PDF…"), reportPane);
    m_pdf->setAccessibleName(tr("Save report as PDF"));
    m_csv = new QPushButton(tr("S&ave CSV…"), reportPane);
    m_csv->setAccessibleName(tr("Save report as CSV"));
    actions->addStretch(1);
    for (QPushButton *button : {m_print, m_printReceipt, m_pdf, m_csv})
        actions->addWidget(button);
    reportLayout->addLayout(actions);
    splitter->addWidget(side);
    splitter->addWidget(reportPane);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_open, &QPushButton::clicked, this, &ShiftView::openShift);
    connect(m_x, &QPushButton::clicked, this, &ShiftView::showXReport);
    connect(m_close, &QPushButton::clicked, this, &ShiftView::closeShift);
    connect(m_period, &QPushButton::clicked, this, &ShiftView::showPeriodReport);
    connect(m_zList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showZReport(item->data(NumberRole).toLongLong());
    });
    connect(m_zList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        showZReport(item->data(NumberRole).toLongLong());
    });
    connect(m_print, &QPushButton::clicked, this, &ShiftView::printReport);
    connect(m_printReceipt, &QPushButton::clicked, this, &ShiftView::printReportOnReceiptPrinter);
    connect(m_pdf, &QPushButton::clicked, this, &ShiftView::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &ShiftView::saveCsv);
    connect(shifts, &ShiftBook::shiftChanged, this, &ShiftView::refresh);
    connect(periods, &ReportJob::ready, this, [this](const SalesReport &report) {
        m_period->setEnabled(true);
        // Asked for, then another report shown meanwhile: that one stays.
        if (!m_awaiting)
            return;
        const Shown kind = *m_awaiting;
        m_awaiting.reset();
        show(report, kind);
        emit message(QString());
    });
    connect(periods, &ReportJob::failed, this, [this](const QString &error) {
        m_period->setEnabled(true);
        if (!m_awaiting)
            return;
        m_awaiting.reset();
        fail(tr("No report"), error);
    });
    refresh();
}

ShiftView::~ShiftView() = default;

void ShiftView::refresh()
{
    const std::optional<Shift> shift = m_shifts->current();
    const QString error = m_shifts->lastError();
    if (shift) {
        const QDateTime opened = shift->openedAt.toTimeZone(m_settings->tillTimeZone());
        //: The Day tab's head: "Shift open since 29/11/2026 09:02, by Ana"
        QString text = tr("Shift open since %1, by %2").arg(m_locale.toString(opened, QLocale::ShortFormat), shift->openedBy);
        if (!shift->openingNote.isEmpty())
            text += QStringLiteral(" — ") + shift->openingNote;
        m_status->setText(text);
    } else {
        m_status->setText(error.isEmpty() ? tr("No shift is open.") : error);
    }
    // Read as it is shown: a screen reader says whether a shift is open.
    m_status->setAccessibleName(m_status->text());
    m_open->setEnabled(!shift && error.isEmpty());
    m_x->setEnabled(shift.has_value());
    m_close->setEnabled(shift.has_value());

    m_zList->clear();
    if (const auto entries = m_shifts->zReports()) {
        for (const ZReportEntry &entry : *entries) {
            const QDateTime closed = entry.closedAt.toTimeZone(m_settings->tillTimeZone());
            //: A line of the Z report list: "Z 12 · 28/11/2026 18:02 · Ana"
            auto *item = new QListWidgetItem(tr("Z %1 · %2 · %3").arg(QString::number(entry.number),
                                                                      m_locale.toString(closed, QLocale::ShortFormat),
                                                                      entry.closedBy),
                                             m_zList);
            item->setData(NumberRole, entry.number);
        }
    }
    const bool shown = m_report.has_value();
    for (QPushButton *button : {m_print, m_printReceipt, m_pdf, m_csv})
        button->setEnabled(shown);
}

void ShiftView::openShift()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Open shift"));
    auto *form = new QFormLayout(&dialog);
    auto *by = new QLineEdit(defaultName(), &dialog);
    by->setAccessibleName(tr("Opened by"));
    auto *note = new QPlainTextEdit(&dialog);
    note->setAccessibleName(tr("Opening note"));
    note->setTabChangesFocus(true);
    note->setPlaceholderText(tr("For example: cash float 100.00 EUR, printer paper changed"));
    note->setMaximumHeight(note->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("Opened &by:"), by);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open shift"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    by->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_shifts->openShift(by->text().trimmed(), note->toPlainText().trimmed(), QDateTime::currentDateTimeUtc())) {
        fail(tr("Shift not opened"), m_shifts->lastError());
        return;
    }
    emit message(tr("The shift is open."));
    refresh();
    showXReport();
}

void ShiftView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    // Never an empty page, and never yesterday's figures: the running shift
    // so far, or else today, counted again each time the tab comes back. A Z
    // report or a chosen period stays as it was asked.
    if (m_shown == Shown::Z || m_shown == Shown::Closed || m_shown == Shown::Period || m_awaiting)
        return;
    if (m_shifts->current())
        showXReport();
    else
        showToday();
}

void ShiftView::showToday()
{
    const QTimeZone zone = m_settings->tillTimeZone();
    const auto range = HistoryPeriods::range(HistoryPeriods::Today, QDateTime::currentDateTimeUtc(), zone,
                                             m_locale.firstDayOfWeek());
    askForPeriod(range.from, range.to, Shown::Today);
}

void ShiftView::askForPeriod(const QDateTime &from, const QDateTime &to, Shown kind)
{
    // A year of a busy shop takes seconds: counted beside the window.
    m_awaiting = kind;
    m_period->setEnabled(false);
    emit message(tr("Counting the report…"));
    m_periods->request({from, to, m_settings->tillTimeZone(), m_settings->shopProfile().tillName});
}

void ShiftView::showXReport()
{
    const auto report = m_shifts->xReport(QDateTime::currentDateTimeUtc(), m_settings->tillTimeZone(),
                                          m_settings->shopProfile().tillName);
    if (!report) {
        fail(tr("No X report"), m_shifts->lastError().isEmpty() ? tr("No shift is open.") : m_shifts->lastError());
        return;
    }
    show(*report, Shown::X);
}

void ShiftView::closeShift()
{
    const std::optional<Shift> shift = m_shifts->current();
    if (!shift) {
        fail(tr("Shift not closed"), m_shifts->lastError().isEmpty() ? tr("No shift is open.") : m_shifts->lastError());
        return;
    }
    bool ok = false;
    const QString by = QInputDialog::getText(this, tr("Close shift"),
                                             tr("The Z report is numbered and kept as it is: it cannot be changed afterwards.\n\nClosed by:"),
                                             QLineEdit::Normal, shift->openedBy, &ok).trimmed();
    if (!ok)
        return;
    const auto report = m_shifts->closeShift(by, QDateTime::currentDateTimeUtc(), m_settings->tillTimeZone(),
                                             m_settings->shopProfile().tillName);
    if (!report) {
        fail(tr("Shift not closed"), m_shifts->lastError());
        return;
    }
    //: After closing a shift
    emit message(tr("The shift is closed: Z report No. %1.").arg(report->zNumber.value_or(0)));
    show(*report, Shown::Closed);
    refresh();
}

void ShiftView::showZReport(qint64 number)
{
    const auto report = m_shifts->zReport(number);
    if (!report) {
        fail(tr("Z report not found"), m_shifts->lastError().isEmpty()
                                                ? tr("There is no Z report No. %1.").arg(number)
                                                : m_shifts->lastError());
        return;
    }
    show(*report, Shown::Z);
}

void ShiftView::showPeriodReport()
{
    if (m_from->date() > m_to->date()) {
        fail(tr("No report"), tr("The first day is after the last day."));
        return;
    }
    const auto range = HistoryPeriods::range(HistoryPeriods::Custom, QDateTime::currentDateTimeUtc(),
                                             m_settings->tillTimeZone(), m_locale.firstDayOfWeek(), m_from->date(),
                                             m_to->date());
    askForPeriod(range.from, range.to, Shown::Period);
}

void ShiftView::show(const SalesReport &report, Shown kind)
{
    // What is on show now answers; a period still being counted no longer does.
    if (kind == Shown::X || kind == Shown::Z || kind == Shown::Closed)
        m_awaiting.reset();
    m_shown = kind;
    m_report = report;
    // A Z report shown from the list is the stored one printed again; the
    // one shown at its close is the original.
    m_document = SalesReportDocument::make(report, m_locale, kind == Shown::Z ? SalesReportDocument::Copy::Reprint
                                                                             : SalesReportDocument::Copy::Original);
    m_text->setHtml(toHtml(m_document));
    ChartData chart;
    for (const PrintBlock &block : m_document.blocks) {
        if (block.kind == PrintBlock::Kind::Chart)
            chart = block.chart;
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(SalesChart::make(chart));
    delete old;
    refresh();
}

void ShiftView::fail(const QString &title, const QString &error)
{
    emit message(error);
    QMessageBox::warning(this, title, error);
}

QString ShiftView::suggestedName(const QString &extension) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name;
    if (m_report && m_report->zNumber)
        //: File name of a saved Z report; %1 its number
        name = tr("z-report-%1").arg(*m_report->zNumber);
    else if (m_report && m_report->kind == SalesReport::Kind::X)
        name = tr("x-report-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    else
        name = tr("sales-report");
    return QDir(folder).filePath(name + QLatin1Char('.') + extension);
}

void ShiftView::printReport()
{
    if (!m_report)
        return;
    // What is on show now is what gets printed, whatever arrives while the
    // dialog is open.
    const PrintDocument document = m_document;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PrintDestination destination = printer.outputFormat() == QPrinter::PdfFormat
            ? PrintDestination::pdf(printer.outputFileName(), DocumentPainter::Format::Page)
            : PrintDestination::systemPrinter(printer.printerName(), DocumentPainter::Format::Page);
    PrintOut *out = PrintOut::start(document, destination, m_chartPainter.get(), this);
    connect(out, &PrintOut::finished, this, [this](const QString &error) {
        if (error.isEmpty())
            emit message(tr("The report was printed."));
        else
            fail(tr("Report not printed"), error);
    });
}

void ShiftView::printReportOnReceiptPrinter()
{
    if (!m_report)
        return;
    const auto destination = PrintDestination::fromChoice(m_settings->receiptPrinter());
    if (!destination) {
        fail(tr("Report not printed"), tr("No receipt printer is set up. Choose one in Settings, under Receipts."));
        return;
    }
    PrintOut *out = PrintOut::start(m_document, *destination, m_chartPainter.get(), this);
    connect(out, &PrintOut::finished, this, [this](const QString &error) {
        if (error.isEmpty())
            emit message(tr("The report was printed."));
        else
            fail(tr("Report not printed"), error);
    });
}

void ShiftView::savePdf()
{
    if (!m_report)
        return;
    const PrintDocument document = m_document;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report as PDF"), suggestedName(QStringLiteral("pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = DocumentPainter(document, m_chartPainter.get()).writePdf(path, DocumentPainter::Format::Page);
    if (!error.isEmpty())
        fail(tr("Report not saved"), error);
    else
        emit message(tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void ShiftView::saveCsv()
{
    if (!m_report)
        return;
    const SalesReport report = *m_report;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report as CSV"), suggestedName(QStringLiteral("csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        error = file.errorString();
    } else if (!SalesReportCsv::write(report, &file, &error)) {
        file.cancelWriting();
    } else if (!file.commit()) {
        error = file.errorString();
    }
    if (!error.isEmpty())
        fail(tr("Report not saved"), tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
    else
        emit message(tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)));
}

QString ShiftView::toHtml(const PrintDocument &document)
{
    // The same blocks the printers get, as the screen shows them; text is
    // escaped, never taken as markup.
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'>");
    for (const PrintBlock &block : document.blocks) {
        const QString text = block.text.toHtmlEscaped();
        const QString weight = block.bold ? QStringLiteral("font-weight:bold;") : QString();
        const QString size = block.size == PrintBlock::Size::Huge ? QStringLiteral("font-size:x-large;")
                : block.size == PrintBlock::Size::Large           ? QStringLiteral("font-size:large;")
                                                                  : QString();
        const QString colours = block.inverted ? QStringLiteral("background:#000;color:#fff;") : QString();
        const QString align = block.align == PrintBlock::Align::Center ? QStringLiteral("center")
                : block.align == PrintBlock::Align::Right               ? QStringLiteral("right")
                                                                        : QStringLiteral("left");
        switch (block.kind) {
        case PrintBlock::Kind::Text:
            html += QStringLiteral("<tr><td colspan='2' align='%1' style='%2%3%4'>%5</td></tr>")
                            .arg(align, weight, size, colours, text);
            break;
        case PrintBlock::Kind::Columns:
            html += QStringLiteral("<tr><td style='%1'>%2</td><td align='right' style='%1'>%3</td></tr>")
                            .arg(weight, text, block.right.toHtmlEscaped());
            break;
        case PrintBlock::Kind::Rule:
            html += QStringLiteral("<tr><td colspan='2'><hr/></td></tr>");
            break;
        case PrintBlock::Kind::Space:
            html += QStringLiteral("<tr><td colspan='2'>&nbsp;</td></tr>");
            break;
        case PrintBlock::Kind::Qr:
        case PrintBlock::Kind::Chart:
            break; // the chart is drawn beside; reports have no QR code
        }
    }
    return html + QStringLiteral("</table>");
}
