#include "dialogs/InvoiceDetailDialog.h"
#include "gateway/WhiteLabel.h"
#include "store/InvoiceStore.h"
#include "TestSupport.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/StateBadge.h"
#include "widgets/TestMark.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using Field = InvoiceDetailDialog::Field;

// One invoice's whole story as staff read it from the history: every field,
// every change with the gateway's answer, the code again, copy and resend.
class TestInvoiceDetail : public QObject
{
    Q_OBJECT

    const QLocale locale{QLocale::English, QLocale::UnitedStates};
    const QString pageUrl = QStringLiteral("https://payid19.com/invoice/Zk3q9Lw2");

    static InvoiceFields everyField()
    {
        InvoiceFields f;
        f.price = *Amount::fromCanonical(QStringLiteral("1234.56789"));
        f.currency = QStringLiteral("TRY");
        f.orderId = QStringLiteral("K7QD-261125-120301-X4M");
        f.email = QStringLiteral("anne+shop@example.com");
        f.title = QStringLiteral("Çay & simit");
        f.description = QStringLiteral("İki çay\nbir simit");
        f.test = false;
        f.addFeeToPrice = true;
        f.margin = Amount::fromCanonical(QStringLiteral("0.5"));
        f.expiryHours = 12;
        f.pageTemplate = QStringLiteral("paper");
        f.successUrl = QStringLiteral("https://shop.example/ok");
        f.cancelUrl = QStringLiteral("https://shop.example/cancel");
        f.callbackUrl = QStringLiteral("https://shop.example/hook");
        f.merchantId = QStringLiteral("shop-7");
        f.customerId = QStringLiteral("12345678901");
        f.bannedCoins = {QStringLiteral("USDT"), QStringLiteral("LTC")};
        f.whiteLabel = false;
        return f;
    }

    // A record with every field of its own filled in, as the store would hold it.
    InvoiceRecord fullRecord() const
    {
        InvoiceRecord r;
        r.id = 42;
        r.fields = everyField();
        r.state = InvoiceState::Paid;
        r.createdAt = QDateTime(QDate(2025, 11, 25), QTime(9, 3, 1), Qt::UTC);
        r.updatedAt = QDateTime(QDate(2025, 11, 25), QTime(9, 17, 44), Qt::UTC);
        r.expiresAt = QDateTime(QDate(2025, 11, 25), QTime(21, 3, 1), Qt::UTC);
        r.paymentUrl = pageUrl;
        r.paidAmount = Amount::fromCanonical(QStringLiteral("0.123456789012345678"));
        r.paidCurrency = QStringLiteral("ETH");
        r.gateway = QStringLiteral("https://payid19.com key=pk_live_A1b2C3");
        r.coin = QStringLiteral("ETH");
        r.network = QStringLiteral("ERC20");
        r.coinAddress = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        r.coinAmount = Amount::fromCanonical(QStringLiteral("0.123456789012345678"));
        r.failureText = QStringLiteral("A first try was refused.");
        r.gatewayMessages = {QStringLiteral("Invalid currency."), QStringLiteral("Try again later.")};
        return r;
    }

    InvoiceRecord openRecord() const
    {
        InvoiceRecord r;
        r.id = 7;
        r.fields.price = *Amount::fromCanonical(QStringLiteral("12.5"));
        r.fields.currency = QStringLiteral("EUR");
        r.fields.orderId = QStringLiteral("A-100");
        r.state = InvoiceState::Open;
        r.createdAt = QDateTime::currentDateTimeUtc();
        r.updatedAt = r.createdAt;
        r.paymentUrl = pageUrl;
        return r;
    }

    InvoiceRecord whiteLabelRecord(const QString &coin, const QString &network, const QString &address,
                                   const QString &amount) const
    {
        InvoiceRecord r = openRecord();
        r.fields.whiteLabel = true;
        r.paymentUrl.clear();
        r.coin = coin;
        r.network = network;
        r.coinAddress = address;
        r.coinAmount = Amount::fromCanonical(amount);
        return r;
    }

    static QString decodeShownQr(InvoiceDetailDialog &dialog)
    {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return QStringLiteral("<not exposed>");
        if (!QTest::qWaitFor([&] { return dialog.qrWidget()->width() >= 200; }))
            return QStringLiteral("<code too small>");
        return TestSupport::decodeQr(dialog.qrWidget()->grab().toImage());
    }

private slots:
    void initTestCase()
    {
        // The till's own time zone, far from UTC, so that a time left in UTC shows.
        qputenv("TZ", "Asia/Tokyo");
        tzset();
    }

    void everyFieldIsShownAndSelectable()
    {
        const InvoiceRecord r = fullRecord();
        InvoiceDetailDialog dialog(r, {}, locale);
        const QMap<Field, QString> expected{
            {Field::Price, QStringLiteral("1234.56789 TRY")},
            {Field::OrderId, r.fields.orderId},
            {Field::Title, r.fields.title},
            {Field::Description, r.fields.description},
            {Field::Email, r.fields.email},
            {Field::CustomerId, r.fields.customerId},
            {Field::MerchantId, r.fields.merchantId},
            {Field::State, InvoiceStates::displayName(InvoiceState::Paid)},
            // 09:03:01 UTC is 18:03:01 in Tokyo, the same day.
            {Field::Created, QStringLiteral("11/25/25 6:03:01")},
            {Field::Updated, QStringLiteral("6:17:44")},
            {Field::Expires, QStringLiteral("11/26/25 6:03:01")},
            {Field::Received, QStringLiteral("0.123456789012345678 ETH")},
            {Field::PaymentPage, pageUrl},
            {Field::Coin, QStringLiteral("ETH")},
            {Field::Network, QStringLiteral("ERC20")},
            {Field::CoinAddress, r.coinAddress},
            {Field::CoinAmount, QStringLiteral("0.123456789012345678 ETH")},
            {Field::Gateway, QStringLiteral("https://payid19.com key=pk_live_A1b2C3")},
            {Field::Test, QStringLiteral("No")},
            {Field::AddFee, QStringLiteral("Yes")},
            {Field::Margin, QStringLiteral("0.50 USDT")},
            {Field::Expiry, QStringLiteral("12 h")},
            {Field::PageTemplate, QStringLiteral("paper")},
            {Field::SuccessUrl, r.fields.successUrl},
            {Field::CancelUrl, r.fields.cancelUrl},
            {Field::CallbackUrl, r.fields.callbackUrl},
            {Field::BannedCoins, QStringLiteral("USDT, LTC")},
            {Field::WhiteLabel, QStringLiteral("No")},
        };
        QCOMPARE(expected.size(), int(Field::WhiteLabel) + 1);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QLabel *value = dialog.valueLabel(it.key());
            QVERIFY2(value, qPrintable(it.value()));
            QVERIFY2(value->text().contains(it.value()), qPrintable(value->text() + QStringLiteral(" lacks ") + it.value()));
            QVERIFY(dialog.isFieldShown(it.key()));
            QVERIFY(!value->accessibleName().isEmpty());
            QCOMPARE(value->textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard),
                     Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        }
        // The state reads at a glance above the fields, with its gateway messages.
        QCOMPARE(dialog.stateBadge()->state(), InvoiceState::Paid);
        QVERIFY(dialog.problemLabel()->text().contains(r.failureText));
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("Invalid currency.")));
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("Try again later.")));
        QVERIFY(dialog.windowTitle().contains(r.fields.orderId));
    }

    void emptyFieldsAreLeftOut()
    {
        InvoiceDetailDialog dialog(openRecord(), {}, locale);
        for (Field field : {Field::Title, Field::Description, Field::Email, Field::CustomerId, Field::MerchantId,
                            Field::Expires, Field::Received, Field::Coin, Field::Network, Field::CoinAddress,
                            Field::CoinAmount, Field::Gateway, Field::Margin, Field::SuccessUrl, Field::CancelUrl,
                            Field::CallbackUrl, Field::BannedCoins})
            QVERIFY(!dialog.isFieldShown(field));
        for (Field field : {Field::Price, Field::OrderId, Field::State, Field::Created, Field::PaymentPage, Field::Test,
                            Field::WhiteLabel, Field::Expiry, Field::PageTemplate})
            QVERIFY(dialog.isFieldShown(field));
        QCOMPARE(dialog.valueLabel(Field::Expiry)->text(), QStringLiteral("Gateway default"));
        QVERIFY(!dialog.problemLabel()->isVisibleTo(&dialog));
    }

    // Through a real store: every change listed oldest first, its raw answer shown.
    void everyChangeWithItsRawAnswer()
    {
        QTemporaryDir dir;
        InvoiceStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("h.sqlite"))), QString());
        InvoiceFields fields = everyField();
        const qint64 id = store.createSending(fields, QStringLiteral("https://payid19.com key=pk_1"));
        QVERIFY(id > 0);
        const QByteArray created = "{\"status\":\"success\",\"message\":\"" + pageUrl.toUtf8() + "\"}";
        QVERIFY(store.markOpen(id, pageUrl, created));
        // An amount with 18 decimals, which a double would round.
        const QByteArray polled = "{\"status\":\"success\",\"message\":[{\"id\":98765,\"amount\":0.123456789012345678,\"pay\":{}}]}";
        PaymentStatus paid{InvoiceState::Paid, QDateTime::currentDateTimeUtc().addSecs(3600),
                           Amount::fromCanonical(QStringLiteral("0.123456789012345678")), QStringLiteral("ETH")};
        QVERIFY(store.recordPayment(id, paid, polled));

        const auto stored = store.events(id);
        QVERIFY(stored);
        const QList<InvoiceEvent> events = *stored;
        QCOMPARE(events.size(), 3);
        InvoiceDetailDialog dialog(*store.find(id), events, locale);
        QTableWidget *table = dialog.eventTable();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->item(0, 1)->text().contains(InvoiceStates::displayName(InvoiceState::Sending)));
        QVERIFY(table->item(1, 1)->text().contains(InvoiceStates::displayName(InvoiceState::Open)));
        QVERIFY(table->item(2, 1)->text().contains(InvoiceStates::displayName(InvoiceState::Paid)));
        QVERIFY(!table->item(2, 0)->text().isEmpty());

        // The newest is selected first, pretty-printed, every literal as it came.
        QCOMPARE(table->currentRow(), 2);
        const QString newest = dialog.rawAnswerView()->toPlainText();
        QVERIFY(newest.contains(QStringLiteral("\"amount\": 0.123456789012345678,")));
        QVERIFY(newest.contains(QStringLiteral("\"id\": 98765,")));
        QVERIFY(newest.contains(QStringLiteral("\n    \"status\": \"success\"")));
        QVERIFY(newest.contains(QStringLiteral("\"pay\": {}")));
        QVERIFY(dialog.rawAnswerView()->isReadOnly());
        QVERIFY(dialog.rawAnswerView()->font().fixedPitch()
                || QFontInfo(dialog.rawAnswerView()->font()).fixedPitch());

        table->selectRow(1);
        QVERIFY(dialog.rawAnswerView()->toPlainText().contains(QStringLiteral("\"message\": \"") + pageUrl + QLatin1Char('"')));
        table->selectRow(0); // sending: no answer yet
        QCOMPARE(dialog.rawAnswerView()->toPlainText(), QString());
        QVERIFY(!dialog.rawAnswerView()->placeholderText().isEmpty());

        // A change arrives: the row being read stays selected.
        table->selectRow(1);
        QList<InvoiceEvent> more = events;
        more.append({QDateTime::currentDateTimeUtc(), InvoiceState::PaidLate, QStringLiteral("<html>Bad gateway</html>")});
        InvoiceRecord changed = *store.find(id);
        changed.state = InvoiceState::PaidLate;
        dialog.setRecord(changed, more);
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(dialog.stateBadge()->state(), InvoiceState::PaidLate);
        // Not JSON: shown as it is.
        table->selectRow(3);
        QCOMPARE(dialog.rawAnswerView()->toPlainText(), QStringLiteral("<html>Bad gateway</html>"));
    }

    void prettyAnswerKeepsTextVerbatim()
    {
        QCOMPARE(InvoiceDetailDialog::prettyAnswer(QStringLiteral("not json {")), QStringLiteral("not json {"));
        QCOMPARE(InvoiceDetailDialog::prettyAnswer(QString()), QString());
        const QString tricky = QStringLiteral("{\"a\":\"x, {y}: \\\"z\\\"\",\"b\":[1,2.50,[]],\"c\":null}");
        QCOMPARE(InvoiceDetailDialog::prettyAnswer(tricky),
                 QStringLiteral("{\n    \"a\": \"x, {y}: \\\"z\\\"\",\n    \"b\": [\n        1,\n        2.50,\n        []\n    ],\n"
                                "    \"c\": null\n}"));
    }

    void qrCodeGivesThePaymentPage()
    {
        InvoiceDetailDialog dialog(openRecord(), {}, locale);
        QCOMPARE(dialog.qrText(), pageUrl);
        QCOMPARE(decodeShownQr(dialog), pageUrl);
        QVERIFY(dialog.noQrReason().isEmpty());
    }

    void whiteLabelGivesTheCoinAddress()
    {
        const QString tron = QStringLiteral("TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf");
        InvoiceDetailDialog usdt(whiteLabelRecord(QStringLiteral("USDT"), QStringLiteral("TRC20"), tron,
                                                  QStringLiteral("12.5")),
                                 {}, locale);
        QCOMPARE(decodeShownQr(usdt), tron);
        usdt.close();

        // Bitcoin: the same payment URI the payment screen shows.
        const QString btcAddress = QStringLiteral("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
        const InvoiceRecord btc = whiteLabelRecord(QStringLiteral("BTC"), QStringLiteral("BTC"), btcAddress,
                                                   QStringLiteral("0.00016667"));
        InvoiceDetailDialog bitcoin(btc, {}, locale);
        const QString uri = WhiteLabel::paymentUri(QStringLiteral("BTC"), btcAddress, *btc.coinAmount);
        QCOMPARE(decodeShownQr(bitcoin), uri);

        // Part came in: the address alone, so that the code does not ask for it all again.
        InvoiceRecord underpaid = btc;
        underpaid.state = InvoiceState::Underpaid;
        underpaid.paidAmount = Amount::fromCanonical(QStringLiteral("0.0001"));
        underpaid.paidCurrency = QStringLiteral("BTC");
        bitcoin.setRecord(underpaid, {});
        QCOMPARE(decodeShownQr(bitcoin), btcAddress);

        // Expired: no code to pay to, and a sentence saying why.
        InvoiceRecord expired = btc;
        expired.state = InvoiceState::Expired;
        bitcoin.setRecord(expired, {});
        QVERIFY(!bitcoin.qrWidget()->isVisibleTo(&bitcoin));
        QVERIFY(bitcoin.qrText().isEmpty());
        QVERIFY(!bitcoin.noQrReason().isEmpty());

        // No coin chosen yet.
        InvoiceRecord unchosen = whiteLabelRecord(QString(), QString(), QString(), QStringLiteral("0"));
        unchosen.coinAmount.reset();
        bitcoin.setRecord(unchosen, {});
        QVERIFY(bitcoin.qrText().isEmpty());
        QVERIFY(bitcoin.noQrReason().contains(QStringLiteral("coin")));
    }

    void noCodeWhenThereIsNothingToPayTo_data()
    {
        QTest::addColumn<InvoiceState>("state");
        QTest::newRow("sending") << InvoiceState::Sending;
        QTest::newRow("failed") << InvoiceState::Failed;
        QTest::newRow("unknown") << InvoiceState::Unknown;
    }

    void noCodeWhenThereIsNothingToPayTo()
    {
        QFETCH(InvoiceState, state);
        InvoiceRecord r = openRecord();
        r.state = state;
        r.paymentUrl.clear();
        InvoiceDetailDialog dialog(r, {}, locale);
        dialog.show();
        QVERIFY(!dialog.qrWidget()->isVisible());
        QVERIFY(!dialog.qrWidget()->hasCode());
        QVERIFY(dialog.qrText().isEmpty());
        QVERIFY(!dialog.noQrReason().isEmpty());
        bool reasonShown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            reasonShown = reasonShown || (label->isVisible() && label->text() == dialog.noQrReason());
        QVERIFY(reasonShown);
    }

    void failedOneCanBeCorrectedAndSentAgain()
    {
        InvoiceRecord r = openRecord();
        r.state = InvoiceState::Failed;
        r.paymentUrl.clear();
        r.failureText = QStringLiteral("The gateway refused the invoice.");
        r.gatewayMessages = {QStringLiteral("Invalid email.")};
        InvoiceDetailDialog dialog(r, {}, locale);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.resendButton()->isVisible());
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY(dialog.problemLabel()->text().contains(r.failureText));
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("Invalid email.")));
        QSignalSpy resend(&dialog, &InvoiceDetailDialog::resendRequested);
        dialog.resendButton()->click();
        QCOMPARE(resend.count(), 1);
        QCOMPARE(resend.first().first().toLongLong(), qint64(7));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // An invoice that was not refused offers no resend.
        InvoiceDetailDialog open(openRecord(), {}, locale);
        open.show();
        QVERIFY(!open.resendButton()->isVisible());
    }

    void testInvoiceIsMarked()
    {
        InvoiceRecord r = openRecord();
        r.fields.test = true;
        r.state = InvoiceState::Paid;
        InvoiceDetailDialog dialog(r, {}, locale);
        dialog.show();
        QVERIFY(dialog.testBanner()->isVisible());
        QCOMPARE(dialog.testBanner()->text(), TestMark::words());
        QCOMPARE(dialog.testBanner()->styleSheet(), TestMark::styleSheet());
        QVERIFY(dialog.testBanner()->styleSheet().contains(TestMark::background().name()));
        QVERIFY(dialog.valueLabel(Field::State)->text().contains(TestMark::words()));
        QCOMPARE(dialog.stateBadge()->styleSheet(), TestMark::styleSheet());

        InvoiceDetailDialog live(openRecord(), {}, locale);
        live.show();
        QVERIFY(!live.testBanner()->isVisible());
    }

    void copyButtonsPutTheRightText()
    {
        InvoiceRecord r = fullRecord();
        r.state = InvoiceState::Open;
        r.fields.whiteLabel = true;
        InvoiceDetailDialog dialog(r, {}, locale);
        const QMap<Field, QString> expected{
            {Field::Price, QStringLiteral("1234.56789")},
            {Field::OrderId, r.fields.orderId},
            {Field::PaymentPage, pageUrl},
            {Field::CoinAddress, r.coinAddress},
            {Field::CoinAmount, QStringLiteral("0.123456789012345678")},
        };
        QStringList names;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QPushButton *copy = dialog.copyButton(it.key());
            QVERIFY(copy);
            QVERIFY(!copy->accessibleName().isEmpty());
            names << copy->accessibleName();
            QGuiApplication::clipboard()->clear();
            copy->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), it.value());
        }
        names.removeDuplicates();
        QCOMPARE(names.size(), expected.size());
        QVERIFY(!dialog.copyButton(Field::Title));

        // Turkish: the price copies with the decimal comma the invoice form reads.
        InvoiceDetailDialog turkish(r, {}, QLocale(QLocale::Turkish, QLocale::Turkey));
        turkish.copyButton(Field::Price)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("1234,56789"));
        turkish.copyButton(Field::CoinAmount)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0.123456789012345678"));
    }

    void keyboardReachesEverythingAndEscCloses()
    {
        InvoiceRecord r = fullRecord();
        r.state = InvoiceState::Failed;
        InvoiceDetailDialog dialog(r, {{r.createdAt, InvoiceState::Sending, QString()},
                                       {r.updatedAt, InvoiceState::Failed, QStringLiteral("{\"status\":\"error\"}")}},
                                   locale);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        // Every control that takes the keyboard has a name a screen reader reads.
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (w->isVisibleTo(&dialog) && w->focusPolicy() & Qt::TabFocus && !w->inherits("QScrollBar"))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        // Tab goes round every button, the list of changes and the raw answer.
        QSet<QWidget *> reached;
        for (int i = 0; i < 200; ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(&dialog))
                QVERIFY2(reached.contains(button), qPrintable(button->accessibleName()));
        }
        QVERIFY(reached.contains(dialog.eventTable()));
        QVERIFY(reached.contains(dialog.rawAnswerView()));
        QVERIFY(reached.contains(dialog.valueLabel(Field::OrderId)));

        // Mnemonics: Alt+S to the changes, Alt+R to the raw answer, Alt+O to the order number.
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog.eventTable());
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog.rawAnswerView());
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog.valueLabel(Field::OrderId));

        QSignalSpy resend(&dialog, &InvoiceDetailDialog::resendRequested);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(resend.count(), 0);
    }
};

QTEST_MAIN(TestInvoiceDetail)
#include "tst_invoicedetail.moc"
