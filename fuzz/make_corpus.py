#!/usr/bin/env python3
# Writes the seed corpora under fuzz/corpus/<target>/ (run: python3 fuzz/make_corpus.py fuzz/corpus).
# Each answer seed starts with one digit that picks the HTTP status (FuzzSupport.h):
# 0 = 200, 1 = 421, 2 = 422, 3 = 500, 4 = 502, 5 = 301.
import json, os, sys
def dumps(o): return json.dumps(o, separators=(",", ":"))
root = sys.argv[1]
def put(target, name, data):
    d = os.path.join(root, target); os.makedirs(d, exist_ok=True)
    if isinstance(data, str): data = data.encode('utf-8')
    open(os.path.join(d, name), 'wb').write(data)
def env(msg, status="success", **extra):
    o = {"status": status, "message": msg}; o.update(extra); return dumps(o)

# --- amount: canonical and typed text
amounts = {
 "min": "0.0001", "price": "12.50", "eth18": "0.123456789012345678", "btc8": "0.00016667",
 "whole": "10", "zero": "0", "zeros": "000.000", "leading_zeros": "007.50", "dot_first": ".5",
 "dot_last": "5.", "max_typed": "9999999999.99999999", "max_wire": "99999999999999999999.999999999999999999",
 "too_long": "100000000000000000000", "too_many_decimals": "0.1234567890123456789",
 "nine_decimals": "12.345678901", "de_decimal": "12,50", "de_grouped": "1.234,56",
 "en_grouped": "1,234.56", "fr_grouped": "1\u202f234,56", "fr_nbsp": "1\u00a0234,56",
 "ch_grouped": "1\u2019234.56", "ar_decimal": "12\u066b50", "ar_digits": "\u0661\u0662\u066b\u0665",
 "spaces": "  3.14  ", "exponent": "1e-8", "exponent_upper": "2.5E+3", "minus": "-1", "plus": "+1",
 "two_dots": "1.2.3", "letters": "12abc", "tab": "\t42\n", "fullwidth": "\uff11\uff12", "dot": ".",
 "big_int": "123456789012345678901234567890", "hex": "0x10", "nan": "NaN",
 "json_round_top": "99999999999999999999.9999999999999999995", "php_float": "1.2345678901234567e-5",
 "json_exp_small": "5e-18", "json_exp_inexact": "123e-20", "json_exp_big": "1E20", "json_exp_frac": "0.5e+2",
}
for k, v in amounts.items(): put("fuzz_amount", k, v)

# --- formbody: request bodies as the console sends them, and what a server may see
bodies = {
 "create": "public_key=pk_live_0123&private_key=sk_live_abcd&price_amount=12.50&price_currency=USD&order_id=TILL1-240315-101112-ABC&title=Coffee%20and%20cake&email=anna%2Bshop%40example.com",
 "create_full": "public_key=pk&private_key=sk&price_amount=0.0001&price_currency=EUR&test=1&merchant_id=m-1&customer_id=12345678901&add_fee_to_price=1&description=%C3%87ay%20ve%20simit&banned_coins=%5B%22BTC%22%2C%22USDT-ERC20%22%5D&callback_url=https%3A%2F%2Fshop.example%2Fcb&success_url=https%3A%2F%2Fshop.example%2Fok&cancel_url=https%3A%2F%2Fshop.example%2Fno&expiration_date=24&margin_ratio=0.01&white_label=1&template=slate",
 "get_invoices": "public_key=pk&private_key=sk&order_id=TILL1-240315-101112-ABC",
 "get_address": "email=anna%2Bshop%40example.com&coin=USDT&network=TRC20&invoice_id=98765",
 "bare_plus": "email=anna+shop@example.com&title=a+b",
 "bad_escapes": "a=%&b=%4&c=%zz&d=%%41&e=100%",
 "invalid_utf8": "title=%FF%FE%C3&name=%C3%A9%E2%82",
 "no_value": "flag&=&=value&name=&&&",
 "equals_in_value": "a=b=c&url=https://x.example/?q=1",
 "nul": "a=%00&b\x00=c",
 "php_array": "banned_coins[]=BTC&banned_coins[]=ETH",
}
for k, v in bodies.items(): put("fuzz_formbody", k, v)

# --- the envelope; first byte picks the HTTP status ('0' 200, '1' 421, '2' 422, '3' 500, '4' 502, '5' 301)
url = "https://payid19.com/invoice/Ab3dE9xYz"
answers = {
 "success_url": "0" + env(url),
 "success_url_template": "0" + env(url + "/slate"),
 "success_url_escaped": '0{"status":"success","message":"https:\\/\\/payid19.com\\/invoice\\/Ab3dE9xYz"}',
 "success_url_padded": "0" + env("  " + url + "\n"),
 "success_not_url": "0" + env("invoice created"),
 "success_javascript": "0" + env("javascript:alert(1)"),
 "error_array_421": "1" + env(["The price amount must be at least 0.0001.", "The email must be a valid email address."], "error"),
 "error_string_421": "1" + env("Invalid public key", "error"),
 "error_object_422": "2" + env({"price_amount": ["The price amount field is required."], "email": ["The email must be a valid email address."]}, "error"),
 "error_title": "1" + env(["Invalid coin"], "error", title="Error"),
 "error_at_200": "0" + env(["Order id already exists"], "error"),
 "error_numbers": "1" + env([421, 1.5, None, True, "", "Too many requests"], "error"),
 "success_at_500": "3" + env(url),
 "html_500": "3<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>",
 "html_502": "4<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
 "redirect_301": "5<html><body>Moved Permanently. Redirecting to https://payid19.com/api/v1/create_invoice</body></html>",
 "empty_502": "4",
 "whitespace": "0 \r\n\t ",
 "no_status": "0" + dumps({"message": url}),
 "status_null": '0{"status":null,"message":null}',
 "status_number": '0{"status":1,"message":"ok"}',
 "status_upper": '0{"status":"SUCCESS","message":"ok"}',
 "duplicate_status": '0{"status":"error","status":"success","message":"x"}',
 "top_array": '0["status","success"]',
 "top_string": '0"success"',
 "number_18": '0{"status":"success","message":0.123456789012345678}',
 "big_integer": '0{"status":"success","message":123456789012345678901234567890}',
 "huge_exponent": '0{"status":"success","message":1e400}',
 "nested_garbage": '1{"status":"error","message":[["a",["b",{"c":["d",{"e":[[[]]]}]}]],1e400,null,true,{"":""}]}',
 "unicode": '1{"status":"error","message":["Ge\\u00e7ersiz anahtar","\\ud83d\\ude00","\\ud800"]}',
 "json_in_string": "0" + env(dumps([{"name": "USDT", "network": "TRC20", "invoice_id": 98765}])),
 "truncated": '0{"status":"success","message":"https://payid19.com/inv',
 "bom": "0\ufeff" + env(url),
}
for k, v in answers.items(): put("fuzz_answer", k, v)

def inv(**kw):
    base = {"id": 4711, "user_id": 12, "email": None, "merchant_id": None, "order_id": "TILL1-240315-101112-ABC",
            "customer_id": None, "price_amount": "10.00000000", "price_currency": "USD", "amount": None,
            "amount_currency": None, "add_fee_to_price": 0, "title": "Coffee", "description": None,
            "ref_url": None, "cancel_url": None, "success_url": None, "callback_url": None, "ip": "203.0.113.7",
            "test": 0, "status": 0, "created_at": "2024-03-15 10:11:12", "expiration_date": "2024-03-17 10:11:12"}
    base.update(kw); return base
invoices = {
 "empty": "0" + env("[]"),
 "waiting": "0" + env(dumps([inv()])),
 "paid_string_status": "0" + env(dumps([inv(status="1", amount="10.00000000", amount_currency="USDT")])),
 "paid_btc": "0" + env(dumps([inv(status=1, amount="0.00016667", amount_currency="BTC")])),
 "underpaid": "0" + env(dumps([inv(amount="4.00000000", amount_currency="USDT")])),
 "expired": "0" + env(dumps([inv(created_at="2020-01-01 00:00:00", expiration_date="2020-01-03 00:00:00")])),
 "structured_numbers": '0{"status":"success","message":[{"order_id":"A-1","status":1,"price_amount":10,"price_currency":"USD","amount":0.123456789012345678,"amount_currency":"ETH","created_at":"2024-03-15 10:11:12","expiration_date":"2024-03-17 10:11:12"}]}',
 "big_integers": '0{"status":"success","message":[{"id":123456789012345678901234567890,"order_id":98765432109876543210,"status":1.0,"price_amount":99999999999999999999.999999999999999999,"amount":1e-18,"amount_currency":"ETH"}]}',
 "nulls": '0{"status":"success","message":"[{\\"order_id\\":null,\\"status\\":null,\\"price_amount\\":null,\\"price_currency\\":null,\\"amount\\":null,\\"created_at\\":null,\\"expiration_date\\":null}]"}',
 "odd_dates": "0" + env(dumps([inv(created_at="2024-02-30 25:61:61", expiration_date="2024-03-10 02:30:00"),
                                      inv(created_at="2024-11-03 01:30:00", expiration_date="2024-03-17T10:11:12+03:00"),
                                      inv(created_at="0000-00-00 00:00:00", expiration_date="9999-12-31 23:59:59")])),
 "status_variants": "0" + env(dumps([inv(status=True), inv(status="paid"), inv(status=" 1 "), inv(status=[1]), inv(status={"a": 1}), inv(status=2)])),
 "garbage_entries": '0{"status":"success","message":"[1,\\"x\\",null,[],{},{\\"order_id\\":{\\"a\\":1},\\"amount\\":[\\"1\\"]}]"}',
 "not_array": "0" + env(dumps({"order_id": "A-1"})),
 "inner_not_json": "0" + env("[{\"order_id\":"),
 "error_421": "1" + env(["Invalid public key"], "error"),
 "raw_inner": "0" + dumps([inv(status=1, amount="2.00000000", amount_currency="USDT")]),
 "many": "0" + env(dumps([inv(order_id="TILL1-%04d" % i, status=i % 2) for i in range(12)])),
}
for k, v in invoices.items(): put("fuzz_invoices", k, v)

coins_list = [{"name": "USDT", "network": "TRC20", "invoice_id": 98765}, {"name": "USDT", "network": "ERC20", "invoice_id": 98765},
              {"name": "BTC", "network": "BTC", "invoice_id": 98765}, {"name": "ETH", "network": "ETH", "invoice_id": 98765}]
coins = {
 "numbers_id": "0" + env(dumps(coins_list)),
 "string_id": "0" + env(dumps([dict(c, invoice_id="98765") for c in coins_list])),
 "structured": "0" + env(coins_list),
 "extra_fields": "0" + env(dumps([dict(c, logo="https://payid19.com/img/%s.png" % c["name"], min_amount="0.1", rate=1.0000000000000002) for c in coins_list])),
 "missing_network": "0" + env(dumps([{"name": "BTC", "invoice_id": 98765}])),
 "unknown_coin": "0" + env(dumps([{"name": "DOGE", "network": "DOGE", "invoice_id": 98765}, {"name": "USDT", "network": "SOL", "invoice_id": 98765}])),
 "big_id": '0{"status":"success","message":"[{\\"name\\":\\"TRX\\",\\"network\\":\\"TRX\\",\\"invoice_id\\":123456789012345678901234}]"}',
 "float_id": '0{"status":"success","message":[{"name":"LTC","network":"LTC","invoice_id":98765.0},{"name":"BNB","network":"BEP20","invoice_id":9.8765e4}]}',
 "nulls": '0{"status":"success","message":"[{\\"name\\":null,\\"network\\":null,\\"invoice_id\\":null}]"}',
 "empty": "0" + env("[]"),
 "not_entries": "0" + env(dumps([1, "BTC", None, [], True])),
 "error": "1" + env(["All coins are banned"], "error"),
 "raw_inner": "0" + dumps(coins_list),
 "spaces": "0" + env(dumps([{"name": " BTC ", "network": "\tBTC\n", "invoice_id": " 98765 "}])),
}
for k, v in coins.items(): put("fuzz_coins", k, v)

addresses = {
 "trc20": '0{"status":"success","message":"","address":"TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE","amount":"12.50000000"}',
 "btc_uri": '0{"status":"success","address":"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq","amount":"0.00016667"}',
 "eth_18": '0{"status":"success","address":"0x742d35Cc6634C0532925a3b844Bc454e4438f44e","amount":0.123456789012345678}',
 "amount_number": '0{"status":"success","address":"LTC1qexample","amount":12.5}',
 "amount_big": '0{"status":"success","address":"TQn9Y2k","amount":123456789012345678901234567890}',
 "amount_exponent": '0{"status":"success","address":"TQn9Y2k","amount":1e-8}',
 "amount_zero": '0{"status":"success","address":"TQn9Y2k","amount":"0.00000000"}',
 "amount_negative": '0{"status":"success","address":"TQn9Y2k","amount":"-1"}',
 "address_null": '0{"status":"success","address":null,"amount":"1"}',
 "address_number": '0{"status":"success","address":12345,"amount":"1"}',
 "inside_message": '0{"status":"success","message":{"address":"TQn9Y2k","amount":"12.5"}}',
 "error_title": '1{"status":"error","title":"Error","message":["Invalid coin or network"]}',
 "error_string": '1{"status":"error","message":"Invoice not found"}',
 "error_title_object": '2{"status":"error","title":{"a":1},"message":{"coin":["The coin field is required."]}}',
 "html_500": "3<html><body>Server Error</body></html>",
 "empty": "4",
}
for k, v in addresses.items(): put("fuzz_address", k, v)
