#include "store/InvoiceHistoryModel.h"
#include "store/InvoiceStore.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

class TestHistoryModel : public QObject
{
    Q_OBJECT

    InvoiceFields invoice(const QString &orderId, const QString &price)
    {
        InvoiceFields f;
        f.orderId = orderId;
        f.price = *Amount::fromCanonical(price);
        f.title = QStringLiteral("Title ") + orderId;
        return f;
    }

private slots:
    void followsTheStore()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("i.sqlite"))), QString());
        const qint64 first = store.createSending(invoice(QStringLiteral("A"), QStringLiteral("9.5")));
        InvoiceHistoryModel model(&store, QLocale(QLocale::English, QLocale::UnitedStates));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);

        store.createSending(invoice(QStringLiteral("B"), QStringLiteral("100")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, InvoiceHistoryModel::OrderId).data().toString(), QStringLiteral("B"));

        store.markOpen(first, QStringLiteral("https://payid19.com/invoice/a"), QByteArray());
        const QModelIndex status = model.index(1, InvoiceHistoryModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Waiting for payment"));
        QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("open"));
        QCOMPARE(status.data(InvoiceHistoryModel::PaymentUrlRole).toString(), QStringLiteral("https://payid19.com/invoice/a"));
        QCOMPARE(model.index(1, InvoiceHistoryModel::Amount).data().toString(), QStringLiteral("9.50 USD"));
        QCOMPARE(model.index(1, InvoiceHistoryModel::Amount).data(Qt::EditRole).toString(), QStringLiteral("9.5"));
        QCOMPARE(model.headerData(InvoiceHistoryModel::Status, Qt::Horizontal).toString(), QStringLiteral("Status"));
    }

    void sortsAmountsByValueNotText()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("i.sqlite"))), QString());
        store.createSending(invoice(QStringLiteral("A"), QStringLiteral("9.5")));
        store.createSending(invoice(QStringLiteral("B"), QStringLiteral("100")));
        store.createSending(invoice(QStringLiteral("C"), QStringLiteral("20")));
        InvoiceHistoryModel model(&store, QLocale(QLocale::English, QLocale::UnitedStates));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(InvoiceHistoryModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(InvoiceHistoryModel::Amount, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, InvoiceHistoryModel::OrderId).data().toString(), QStringLiteral("A"));
        QCOMPARE(proxy.index(1, InvoiceHistoryModel::OrderId).data().toString(), QStringLiteral("C"));
        QCOMPARE(proxy.index(2, InvoiceHistoryModel::OrderId).data().toString(), QStringLiteral("B"));
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString(QStringLiteral("title c"));
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
