#include "checkout/PollSchedule.h"

#include <QTest>

// Which invoices are asked about, and how long the last of many can wait.
class TestPollSchedule : public QObject
{
    Q_OBJECT

    const QDateTime start{QDate(2026, 11, 25), QTime(12, 0), Qt::UTC};

private slots:
    void newestAndNeverAskedFirstAndBounded()
    {
        PollSchedule schedule;
        QList<PollSchedule::Entry> open;
        for (int i = 0; i < 10; ++i)
            open.append({i, start.addSecs(i)});
        const QList<qint64> first = schedule.due(open, start.addSecs(20), 4, {9});
        QCOMPARE(first, (QList<qint64>{8, 7, 6, 5})); // 9 is on screen: skipped
        for (qint64 id : first)
            schedule.asked(id, start.addSecs(20));
        QCOMPARE(schedule.due(open, start.addSecs(20), 4, {9}), (QList<qint64>{4, 3, 2, 1}));
    }

    void youngInvoicesComeBackSoonerThanOldOnes()
    {
        QVERIFY(PollSchedule::intervalSecs(60) < PollSchedule::intervalSecs(2 * 3600));
        QVERIFY(PollSchedule::intervalSecs(2 * 3600) < PollSchedule::intervalSecs(2 * 86400));
        PollSchedule schedule;
        const QList<PollSchedule::Entry> open{{1, start.addSecs(-5 * 86400)}, {2, start}};
        schedule.asked(1, start);
        schedule.asked(2, start);
        const QDateTime later = start.addSecs(PollSchedule::intervalSecs(0));
        QCOMPARE(schedule.due(open, later, 4, {}), QList<qint64>{2});
        schedule.askSoon(1);
        QCOMPARE(schedule.due(open, later, 4, {}).first(), 1);
    }

    void everyOneOfAThousandIsAskedInBoundedTime()
    {
        // 1,000 invoices made at once, asked 4 per 3-second cycle: each is asked
        // again within the sweep a full backlog takes, and none starves.
        PollSchedule schedule;
        QList<PollSchedule::Entry> open;
        for (int i = 0; i < 1000; ++i)
            open.append({i, start});
        QHash<qint64, QDateTime> last;
        qint64 worst = 0;
        for (QDateTime now = start; now < start.addSecs(3 * 3600); now = now.addSecs(3)) {
            for (qint64 id : schedule.due(open, now, 4, {})) {
                if (last.contains(id))
                    worst = std::max(worst, last.value(id).secsTo(now));
                last.insert(id, now);
                schedule.asked(id, now);
            }
        }
        QCOMPARE(last.size(), 1000);
        QVERIFY2(worst <= 1000 / 4 * 3 + PollSchedule::intervalSecs(3 * 3600), qPrintable(QString::number(worst)));
        schedule.keepOnly(open.mid(0, 10));
        QCOMPARE(schedule.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
