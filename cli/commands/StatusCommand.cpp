#include "commands/StatusCommand.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "EventWait.h"
#include "ExitCode.h"
#include "commands/InvoiceReport.h"

QString StatusCommand::summary() const
{
    return tr("Ask the gateway how the invoice with this order number stands, and print its state.");
}

int StatusCommand::run(CommandContext &c)
{
    if (c.arguments.size() != 1) {
        c.out.error(tr("Give exactly one order number: merchant-console-cli status ORDER_ID."));
        return ExitCode::Usage;
    }
    const QString orderId = c.arguments.constFirst().trimmed();
    if (const int code = c.openWithGateway(); code != ExitCode::Ok)
        return code;
    ConsoleEngine &engine = c.session.engine();
    std::optional<InvoiceRecord> record = engine.store.findByOrderId(orderId);
    if (!record && !engine.store.lastError().isEmpty()) {
        c.out.error(engine.store.lastError()); // not "no such invoice": it could not be read
        return ExitCode::Failure;
    }
    if (!record) {
        c.out.error(tr("There is no invoice with order number %1 in the history.").arg(orderId));
        return ExitCode::Usage;
    }
    if (const int code = c.requireKeys(); code != ExitCode::Ok)
        return code;

    int code = ExitCode::Ok;
    if (record->state == InvoiceState::Failed) {
        // Never made at the gateway: there is nothing to ask it.
    } else if (record->state == InvoiceState::Sending || record->state == InvoiceState::Unknown) {
        // Unconfirmed: settled by asking the gateway by order id, as reconcile does.
        EventWait settled;
        int stillUnknown = 0;
        QObject::connect(&engine.reconciler, &Reconciler::finished, &engine.reconciler,
                         [&](int, int, int unknown) { stillUnknown = unknown; settled.done(); });
        engine.reconciler.reconcileOne(record->id);
        if (!settled.wait(c.session.answerLimitMs()) || stillUnknown > 0)
            code = ExitCode::Unconfirmed;
    } else {
        EventWait checked;
        QString problem;
        QObject::connect(&engine.poller, &StatusPoller::checked, &engine.poller,
                         [&](qint64 invoiceId, const QString &text) {
            if (invoiceId != record->id)
                return;
            problem = text;
            checked.done();
        });
        engine.poller.checkNow(record->id);
        if (!checked.wait(c.session.answerLimitMs()))
            problem = tr("The gateway did not answer in time.");
        if (!problem.isEmpty()) {
            c.out.error(tr("The gateway could not be asked; this is what the history knew: %1").arg(problem));
            code = ExitCode::Unreachable;
        }
    }
    record = engine.store.find(record->id).value_or(*record);
    InvoiceReport::describe(*record, engine.coins, c.out);
    if (code == ExitCode::Unconfirmed) {
        c.out.error(tr("Invoice %1 is still unconfirmed: the gateway could not say whether it has it. "
                       "Try again later; do not create it again before then.").arg(orderId));
    }
    if (code == ExitCode::Ok && record->state == InvoiceState::Conflict) {
        c.out.error(record->failureText);
        code = ExitCode::Conflict;
    }
    return code;
}
