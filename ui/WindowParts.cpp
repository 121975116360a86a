#include "WindowParts.h"

#include "engine/ConsoleEngine.h"

WindowParts WindowParts::of(ConsoleEngine &engine)
{
    WindowParts parts;
    parts.locale = engine.locale;
    parts.settings = &engine.settings;
    parts.currencies = &engine.currencies;
    parts.coins = &engine.coins;
    parts.validator = &engine.validator;
    parts.checkout = &engine.checkout;
    parts.coinChooser = &engine.coinChooser;
    parts.poller = &engine.poller;
    parts.reconciler = &engine.reconciler;
    parts.store = &engine.store;
    parts.history = engine.history.get();
    parts.recent = engine.recent.get();
    parts.totals = engine.totals.get();
    parts.historyReader = &engine.historyReader;
    parts.selector = &engine.selector;
    parts.credentials = &engine.credentials;
    parts.training = &engine.training;
    parts.client = &engine.client;
    parts.receipts = engine.receipts.get();
    parts.autoPrint = engine.autoPrint.get();
    parts.shifts = engine.shifts.get();
    return parts;
}
