#include "commands/ReconcileCommand.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "EventWait.h"
#include "ExitCode.h"

QString ReconcileCommand::summary() const
{
    return tr("Settle the invoices left sending or unconfirmed by asking the gateway about each, and print "
              "how many it has, how many it has not, and how many are still unconfirmed.");
}

int ReconcileCommand::run(CommandContext &c)
{
    if (!c.arguments.isEmpty()) {
        c.out.error(tr("reconcile takes no arguments; \"%1\" is not one.").arg(c.arguments.constFirst()));
        return ExitCode::Usage;
    }
    if (const int code = c.openWithGateway(); code != ExitCode::Ok)
        return code;
    if (const int code = c.requireKeys(); code != ExitCode::Ok)
        return code;
    ConsoleEngine &engine = c.session.engine();
    EventWait done;
    int found = 0, notFound = 0, stillUnknown = 0, conflicts = 0;
    QObject::connect(&engine.reconciler, &Reconciler::finished, &engine.reconciler, [&](int f, int n, int u, int k) {
        found = f;
        notFound = n;
        stillUnknown = u;
        conflicts = k;
        done.done();
    });
    engine.reconciler.reconcile();
    // Every look-up runs at once, each ended by the engine's own time-out.
    if (!done.wait(c.session.answerLimitMs())) {
        c.out.error(tr("The gateway did not answer in time; run reconcile again later."));
        return ExitCode::Unconfirmed;
    }
    c.out.set(QStringLiteral("found"), found);
    c.out.set(QStringLiteral("not_found"), notFound);
    c.out.set(QStringLiteral("still_unknown"), stillUnknown);
    c.out.set(QStringLiteral("conflicts"), conflicts);
    c.out.line(tr("Found at the gateway: %1 (followed as usual from now on)").arg(found));
    c.out.line(tr("Not at the gateway: %1 (marked not sent; they may be sent again)").arg(notFound));
    c.out.line(tr("Still unconfirmed: %1").arg(stillUnknown));
    c.out.line(tr("Order number conflicts: %1 (the gateway holds another sale under the order number)").arg(conflicts));
    if (conflicts > 0) {
        c.out.error(tr("%n invoice(s) have an order number the gateway holds for another sale. Do not hand over goods "
                       "for them; a manager must look.", nullptr, conflicts));
        return ExitCode::Conflict;
    }
    if (stillUnknown > 0) {
        c.out.error(tr("%n invoice(s) are still unconfirmed: the gateway could not be asked (or they belong to "
                       "another gateway account). Run reconcile again later.", nullptr, stillUnknown));
        return ExitCode::Unconfirmed;
    }
    return ExitCode::Ok;
}
