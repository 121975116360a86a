#!/usr/bin/env node
// Probes a Payid19-compatible gateway (the console's training gateway, or a
// stand-in) the way the gateway's official Node client speaks to it: a
// form-encoded POST of string values to <base><command>, `Accept:
// application/json`, and the answer's envelope ("status") read before the HTTP
// status. No npm packages: Node 18's fetch.
//
//   node tests/probe/payid19-probe.mjs http://127.0.0.1:PORT/api/v1/ [public-key private-key]
//
// Prints one line per probe, then "N passed, N failed"; exits 1 when any failed.

const [base, publicKey = 'training-public', privateKey = 'training-private'] = process.argv.slice(2);
if (!base) {
  console.error('usage: payid19-probe.mjs API_BASE [PUBLIC_KEY PRIVATE_KEY]');
  process.exit(2);
}
const endpoint = base.replace(/\/+$/, '');

// Every field the API notes list for an invoice object of get_invoices.
const invoiceFields = [
  'id', 'user_id', 'email', 'merchant_id', 'order_id', 'customer_id', 'price_amount',
  'price_currency', 'amount', 'amount_currency', 'add_fee_to_price', 'title', 'description',
  'ref_url', 'cancel_url', 'success_url', 'callback_url', 'ip', 'test', 'created_at',
  'expiration_date', 'status',
];

// One call as the official client makes it. `keys: false` is how the gateway's own
// checkout calls get_address (email, coin, invoice_id and network only).
async function call(command, params = {}, { keys = true, pub = publicKey, priv = privateKey } = {}) {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    form.set(key, typeof value === 'string' ? value : String(value));
  }
  if (keys) {
    form.set('public_key', pub);
    form.set('private_key', priv);
  }
  const response = await fetch(`${endpoint}/${command}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: form,
    signal: AbortSignal.timeout(10000),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  // The envelope first: errors come at 421 with their words.
  let kind;
  if (json?.status === 'error') kind = 'api_error';
  else if (!response.ok) kind = 'http_error';
  else if (json === undefined) kind = 'invalid_json';
  else kind = 'success';
  const messages = json?.status === 'error'
    ? (Array.isArray(json.message) ? json.message.map(String) : [String(json.message)])
    : [];
  return { http: response.status, text, json, kind, messages };
}

function check(condition, what) {
  if (!condition) throw new Error(what);
}

const stamp = `${Date.now().toString(36)}-${process.pid}`;
const orderId = `PROBE-${stamp}`;
const probes = [];
function probe(name, run) {
  probes.push({ name, run });
}

probe('create_invoice answers a payment page address', async () => {
  const a = await call('create_invoice', { price_amount: '10', price_currency: 'USD', order_id: orderId, title: 'Probe' });
  check(a.kind === 'success', `expected success, got ${a.kind} (HTTP ${a.http}): ${a.text.slice(0, 200)}`);
  check(typeof a.json.message === 'string' && /^https?:\/\/.+\/invoice\/\w+/.test(a.json.message),
    `message is not a payment page address: ${JSON.stringify(a.json.message)}`);
});

probe('create_invoice refuses a too small price with an error array at 421', async () => {
  const a = await call('create_invoice', { price_amount: '0.00001', order_id: `${orderId}-small` });
  check(a.kind === 'api_error', `expected api_error, got ${a.kind}`);
  check(a.http === 421, `expected HTTP 421, got ${a.http}`);
  check(Array.isArray(a.json.message) && a.json.message.length > 0, 'message is not a non-empty array');
  check(/0\.0001/.test(a.messages[0]), `first message does not name the minimum: ${a.messages[0]}`);
});

probe('wrong keys are refused', async () => {
  const a = await call('create_invoice', { price_amount: '10', order_id: `${orderId}-keys` },
    { pub: 'not-the-key', priv: 'not-the-key' });
  check(a.kind === 'api_error', `expected api_error, got ${a.kind} (HTTP ${a.http})`);
  check(a.http === 421, `expected HTTP 421, got ${a.http}`);
});

probe('get_invoices by order id: a string holding a JSON array, every field, no key', async () => {
  const a = await call('get_invoices', { order_id: orderId });
  check(a.kind === 'success', `expected success, got ${a.kind}`);
  check(typeof a.json.message === 'string', 'message is not a string holding JSON');
  const list = JSON.parse(a.json.message);
  check(Array.isArray(list) && list.length === 1, `expected one invoice, got ${a.json.message.slice(0, 200)}`);
  const invoice = list[0];
  check(invoice.order_id === orderId, `order_id ${invoice.order_id}`);
  const missing = invoiceFields.filter((f) => !(f in invoice));
  check(missing.length === 0, `fields missing: ${missing.join(', ')}`);
  check(!('private_key' in invoice) && !('privatekey' in invoice), 'the private key is in the answer');
  check(!a.text.includes(privateKey), 'the private key is in the answer');
  check(String(invoice.price_currency) === 'USD', `price_currency ${invoice.price_currency}`);
});

probe('get_invoices for an unknown order id answers "[]"', async () => {
  const a = await call('get_invoices', { order_id: `${orderId}-nobody` });
  check(a.kind === 'success', `expected success, got ${a.kind}`);
  check(a.json.message === '[]', `expected "[]", got ${JSON.stringify(a.json.message)}`);
});

let coins = [];
probe('white label: a string holding a JSON coin list', async () => {
  const a = await call('create_invoice', { price_amount: '10', order_id: `${orderId}-wl`, white_label: '1' });
  check(a.kind === 'success', `expected success, got ${a.kind}`);
  check(typeof a.json.message === 'string', 'message is not a string holding JSON');
  coins = JSON.parse(a.json.message);
  check(Array.isArray(coins) && coins.length > 0, 'no coins');
  for (const coin of coins) {
    check(typeof coin.name === 'string' && typeof coin.network === 'string', `coin ${JSON.stringify(coin)}`);
    check(coin.invoice_id !== undefined && String(coin.invoice_id) === String(coins[0].invoice_id),
      'invoice_id differs between coins');
  }
});

probe('get_address without keys: address and amount at the top level', async () => {
  check(coins.length > 0, 'no coin list from the previous probe');
  const coin = coins.find((c) => c.name === 'BTC') ?? coins[0];
  const a = await call('get_address',
    { email: 'probe@example.com', coin: coin.name, invoice_id: coin.invoice_id, network: coin.network },
    { keys: false });
  check(a.kind === 'success', `expected success, got ${a.kind}: ${a.messages.join('; ') || a.text.slice(0, 200)}`);
  check(typeof a.json.address === 'string' && a.json.address.length > 0, 'no address at the top level');
  check(['string', 'number'].includes(typeof a.json.amount) && Number(a.json.amount) > 0,
    `no amount at the top level: ${JSON.stringify(a.json.amount)}`);
});

probe('get_address for an unknown invoice is refused', async () => {
  const a = await call('get_address', { email: 'probe@example.com', coin: 'BTC', invoice_id: '1', network: 'BTC' },
    { keys: false });
  check(a.kind === 'api_error', `expected api_error, got ${a.kind}`);
  check(a.messages.length > 0 && a.messages[0].length > 0, 'no message');
});

probe("'+' in an e-mail address arrives intact", async () => {
  const email = 'till+probe@example.com';
  const id = `${orderId}-plus`;
  const created = await call('create_invoice', { price_amount: '3', order_id: id, email });
  check(created.kind === 'success', `create: ${created.kind} ${created.messages.join('; ')}`);
  const a = await call('get_invoices', { order_id: id });
  const list = JSON.parse(a.json.message);
  check(list.length === 1 && list[0].email === email, `email arrived as ${JSON.stringify(list[0]?.email)}`);
});

probe('an unknown command is refused', async () => {
  const a = await call('no_such_command', {});
  check(a.kind === 'api_error' || a.kind === 'http_error', `expected a refusal, got ${a.kind}`);
});

let passed = 0;
let failed = 0;
for (const { name, run } of probes) {
  try {
    await run();
    passed += 1;
    console.log(`PASS  ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL  ${name}: ${error.message}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
