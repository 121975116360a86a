#pragma once

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

// Reading paper back in tests. A PDF that a print queue produced (or that the
// console wrote itself) is read as a person would read the sheet: its text
// through pdftotext, its pages as pictures through pdftoppm, and the QR codes
// on those pictures through ZXing, as a phone would scan them. Both tools come
// with Debian's poppler-utils.
class PrintedPdf
{
public:
    static constexpr int DefaultDpi = 150;

    // Reads the file at once; on failure (no such file, not a PDF, a tool
    // missing) isValid() is false and error() says why.
    static PrintedPdf read(const QString &path, int dpi = DefaultDpi);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    // Every page's text, laid out as on the page (pdftotext -layout); pages
    // are separated by a form feed.
    QString text() const { return m_text; }
    // The text with every run of white space made one space, for phrases that
    // the layout may spread over several columns or lines.
    QString simplifiedText() const { return m_text.simplified(); }

    int pageCount() const { return int(m_pages.size()); }
    // Page `index` (from 0) as a picture at the dpi given to read().
    const QImage &page(int index) const { return m_pages.at(index); }
    const QList<QImage> &pages() const { return m_pages; }

    // The texts of the QR codes on page `index`, top to bottom.
    QStringList qrCodesOnPage(int index) const { return m_qrCodes.value(index); }
    // The texts of all QR codes, page by page, top to bottom.
    QStringList qrCodes() const;

private:
    QString m_path;
    QString m_error;
    QString m_text;
    QList<QImage> m_pages;
    QList<QStringList> m_qrCodes;
};

// The folder into which a print queue writes each job as a PDF
// (MC_TEST_PRINTER_OUT). It remembers what the folder held when it was made
// (or when the last file was taken), so that waitForNext() returns the job
// printed since, whether it is a new file (cups-pdf: one per job) or the same
// file written again (a file: device).
class PrintOutputFolder
{
public:
    explicit PrintOutputFolder(const QString &folder);

    QString folder() const { return m_folder; }

    // The path of the next complete PDF to appear, waiting up to `timeoutMs`
    // (the event loop runs meanwhile). A PDF counts as complete once it ends
    // with %%EOF and its size has not changed over one poll. Empty on time-out,
    // with the reason in `error`.
    QString waitForNext(int timeoutMs, QString *error = nullptr);

private:
    struct Seen
    {
        QDateTime modified;
        qint64 size = -1;
        bool operator==(const Seen &other) const { return modified == other.modified && size == other.size; }
    };
    QHash<QString, Seen> scan() const;

    QString m_folder;
    QHash<QString, Seen> m_taken;
};

// The print queue that tests/run-with-cups.sh set up for this test, read from
// the environment it exports.
struct TestPrinter
{
    QString name;          // MC_TEST_PRINTER
    QString outputFolder;  // MC_TEST_PRINTER_OUT
    QString backend;       // MC_TEST_PRINTER_BACKEND: cups-pdf or file

    static TestPrinter fromEnvironment();
    bool isAvailable() const { return !name.isEmpty() && !outputFolder.isEmpty(); }
};

// In a test function: stops it when there is no test printer, as a failure
// under CI=true (a skip there would hide that printing was never tried) and as
// a skip elsewhere.
#define MC_REQUIRE_TEST_PRINTER(printer)                                                                   \
    do {                                                                                                   \
        if (!(printer).isAvailable()) {                                                                    \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                       \
                QFAIL("No test printer: CUPS is not installed or did not start (run the test through "     \
                      "tests/run-with-cups.sh; Debian packages cups, cups-client, printer-driver-cups-pdf)"); \
            QSKIP("No test printer (MC_TEST_PRINTER unset): run through tests/run-with-cups.sh with CUPS "  \
                  "installed; under CI=true this fails.");                                                 \
        }                                                                                                  \
    } while (false)
