<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr_TR">
<context>
    <name>Amount</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Bir tutar girin.</translation>
    </message>
    <message>
        <source>Enter the amount without a + or - sign.</source>
        <translation>Tutarı + veya - işareti olmadan girin.</translation>
    </message>
    <message>
        <source>Enter the amount as plain digits, without an exponent.</source>
        <translation>Tutarı üs kullanmadan, yalnızca rakamlarla girin.</translation>
    </message>
    <message>
        <source>Enter the amount without thousands separators.</source>
        <translation>Tutarı binlik ayırıcı kullanmadan girin.</translation>
    </message>
    <message>
        <source>Use "%1" to separate the decimals.</source>
        <extracomment>%1 is the decimal separator of the cashier's language, e.g. "," or "."</extracomment>
        <translation>Ondalıkları ayırmak için "%1" kullanın.</translation>
    </message>
    <message>
        <source>The amount may contain only digits and one decimal separator.</source>
        <translation>Tutar yalnızca rakamlar ve bir ondalık ayırıcı içerebilir.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Tutar çok büyük.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and its currency or coin code, e.g. "12.50 USD" or "0.00020833 BTC"</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n decimal(s).</source>
        <translation><numerusform>En fazla %n ondalık basamak kullanın.</numerusform></translation>
    </message>
</context>
<context>
    <name>CoinCatalogue</name>
    <message>
        <source>USDT (Tether) on every network</source>
        <translation>Tüm ağlarda USDT (Tether)</translation>
    </message>
    <message>
        <source>USDT on TRON (TRC20)</source>
        <translation>TRON üzerinde USDT (TRC20)</translation>
    </message>
    <message>
        <source>USDT on Ethereum (ERC20)</source>
        <translation>Ethereum üzerinde USDT (ERC20)</translation>
    </message>
    <message>
        <source>USDT on BNB Smart Chain (BEP20)</source>
        <translation>BNB Smart Chain üzerinde USDT (BEP20)</translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message>
        <source>TRON</source>
        <translation>TRON</translation>
    </message>
    <message>
        <source>BNB</source>
        <translation>BNB</translation>
    </message>
    <message>
        <source>Litecoin</source>
        <translation>Litecoin</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A coin on a network the console does not know by name, e.g. "USDT on SOL"</extracomment>
        <translation>%2 üzerinde %1</translation>
    </message>
</context>
<context>
    <name>CoinChecklist</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A coin in the banned-coins list: readable name, then the gateway's code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), covered by %3</source>
        <extracomment>A network ticked because its whole coin is banned, e.g. "USDT on TRON (TRC20), covered by USDT"</extracomment>
        <translation>%1 (%2), %3 ile birlikte</translation>
    </message>
</context>
<context>
    <name>CoinChooser</name>
    <message>
        <source>The address of a coin is already being asked for.</source>
        <translation>Bir coin adresi zaten soruluyor.</translation>
    </message>
    <message>
        <source>That invoice is no longer in the history.</source>
        <translation>Bu fatura artık geçmişte yok.</translation>
    </message>
    <message>
        <source>A coin can be chosen only until something is paid.</source>
        <translation>Coin yalnızca bir ödeme gelene kadar seçilebilir.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Time left to pay</source>
        <translation>Ödeme için kalan süre</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <extracomment>Time left to pay, e.g. "Expires in 14:59" or "Expires in 47:59:12"</extracomment>
        <translation>Kalan süre: %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Süresi doldu</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not used on this till.</source>
        <translation>Bu kasada sistem anahtar zinciri kullanılmıyor.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2</source>
        <translation>%1 anahtar dosyası okunamadı: %2</translation>
    </message>
    <message>
        <source>The key file %1 could not be removed.</source>
        <translation>%1 anahtar dosyası silinemedi.</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2</source>
        <translation>%1 anahtar dosyası yazılamadı: %2</translation>
    </message>
    <message>
        <source>The private key was removed.</source>
        <translation>Gizli anahtar silindi.</translation>
    </message>
    <message>
        <source>No keychain service answered (%1). The private key is kept in %2, readable by you alone.</source>
        <translation>Hiçbir anahtar zinciri hizmeti yanıt vermedi (%1). Gizli anahtar yalnızca sizin okuyabileceğiniz %2 dosyasında saklanıyor.</translation>
    </message>
    <message>
        <source>The private key is kept in the system keychain.</source>
        <translation>Gizli anahtar sistem anahtar zincirinde saklanıyor.</translation>
    </message>
    <message>
        <source>The private key is kept in %1, readable by you alone. Save it again to move it into the system keychain.</source>
        <translation>Gizli anahtar yalnızca sizin okuyabileceğiniz %1 dosyasında saklanıyor. Sistem anahtar zincirine taşımak için yeniden kaydedin.</translation>
    </message>
    <message>
        <source>The private key could not be removed from the system keychain (%1). It is still there; try again where the keychain is available.</source>
        <translation>Gizli anahtar sistem anahtar zincirinden silinemedi (%1). Hâlâ orada; anahtar zincirine erişilebilen bir yerde yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Dışa aktarma dosyası yazılamadı: %1</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Müşteri ekranı</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Ödenecek tutar</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Alışveriş</translation>
    </message>
    <message>
        <source>Scan the code with your phone to pay</source>
        <translation>Ödemek için kodu telefonunuzla okutun</translation>
    </message>
    <message>
        <source>Paid — thank you</source>
        <translation>Ödendi — teşekkürler</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ne yapmalı</translation>
    </message>
    <message>
        <source>Exact amount in the coin</source>
        <translation>Coin cinsinden tam tutar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>Tell the cashier which coin you will pay with:</source>
        <translation>Hangi coin ile ödeyeceğinizi kasiyere söyleyin:</translation>
    </message>
    <message>
        <source>Pay %1 only. A payment sent on another network is lost.</source>
        <translation>Yalnızca %1 ile ödeyin. Başka bir ağdan gönderilen ödeme kaybolur.</translation>
    </message>
    <message>
        <source>This is a test. Do not pay.</source>
        <translation>Bu bir testtir. Ödeme yapmayın.</translation>
    </message>
    <message>
        <source>A test: nothing is to be paid.</source>
        <translation>Bu bir test: hiçbir şey ödenmeyecek.</translation>
    </message>
    <message>
        <source>TEST — no money was paid</source>
        <translation>TEST — hiç para ödenmedi</translation>
    </message>
    <message>
        <source>Payment received, waiting for confirmation</source>
        <translation>Ödeme alındı, onay bekleniyor</translation>
    </message>
    <message>
        <source>One moment please, the cashier will be with you.</source>
        <translation>Bir dakika lütfen, kasiyer size yardımcı olacak.</translation>
    </message>
    <message>
        <source>This payment request has expired. Please ask the cashier.</source>
        <translation>Bu ödeme isteğinin süresi doldu. Lütfen kasiyere danışın.</translation>
    </message>
    <message>
        <source>One moment please, the payment is being checked.</source>
        <translation>Bir dakika lütfen, ödeme kontrol ediliyor.</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The number of demo invoices must be from 0 to %1.</source>
        <translation>Demo fatura sayısı 0 ile %1 arasında olmalı.</translation>
    </message>
    <message>
        <source>The invoice history is not open.</source>
        <translation>Fatura geçmişi açık değil.</translation>
    </message>
    <message>
        <source>Demo invoices can only be written into a history kept in a file on this computer (SQLite).</source>
        <translation>Demo faturalar yalnızca bu bilgisayarda bir dosyada tutulan geçmişe (SQLite) yazılabilir.</translation>
    </message>
    <message>
        <source>The demo invoices could not be written: %1</source>
        <translation>Demo faturalar yazılamadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>The history holds %n real invoice(s), so no demo invoices were written. Add --force to add demo invoices beside them (the real ones are kept).</source>
        <translation><numerusform>Geçmişte %n gerçek fatura var, bu yüzden hiçbir demo fatura yazılmadı. Demo faturaları bunların yanına eklemek için --force ekleyin (gerçek faturalar korunur).</numerusform></translation>
    </message>
    <message>
        <source>Stopped; no demo invoices were written.</source>
        <translation>Durduruldu; hiçbir demo fatura yazılmadı.</translation>
    </message>
</context>
<context>
    <name>DocumentPainter</name>
    <message>
        <source>%1 could not be made private.</source>
        <translation>%1 dosyası yalnızca sizin erişiminize kısıtlanamadı.</translation>
    </message>
    <message>
        <source>%1 could not be drawn.</source>
        <translation>%1 oluşturulamadı.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <extracomment>%1 is the file, %2 the system's reason</extracomment>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
</context>
<context>
    <name>EscPosSink</name>
    <message>
        <source>Enter a network address such as 192.168.1.50:9100 or a device such as /dev/usb/lp0.</source>
        <translation>192.168.1.50:9100 gibi bir ağ adresi veya /dev/usb/lp0 gibi bir aygıt girin.</translation>
    </message>
    <message>
        <source>No receipt printer is set.</source>
        <translation>Fiş yazıcısı ayarlanmamış.</translation>
    </message>
    <message>
        <source>“%1” is not a receipt printer address.</source>
        <translation>“%1” bir fiş yazıcısı adresi değil.</translation>
    </message>
    <message>
        <source>The receipt printer address “%1” has a port that is not a number from 1 to 65535.</source>
        <translation>“%1” fiş yazıcısı adresindeki bağlantı noktası 1 ile 65535 arasında bir sayı değil.</translation>
    </message>
    <message>
        <source>Printing on the receipt printer at %1 was cancelled.</source>
        <translation>Fiş yazıcısında (%1) yazdırma iptal edildi.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 closed the connection before it had the whole receipt. Check that it is ready, then print again.</source>
        <translation>%1 adresindeki fiş yazıcısı, fişin tamamını almadan bağlantıyı kapattı. Yazıcının hazır olduğunu kontrol edip yeniden yazdırın.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 refused the connection. Check that it is switched on and that the address and port are right.</source>
        <translation>%1 adresindeki fiş yazıcısı bağlantıyı reddetti. Yazıcının açık olduğunu, adresin ve bağlantı noktasının doğru olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The receipt printer address %1 could not be found. Check the address in the settings.</source>
        <translation>Fiş yazıcısının adresi (%1) bulunamadı. Ayarlar'daki adresi kontrol edin.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 cannot be reached. Check that it is switched on and on the network.</source>
        <translation>%1 adresindeki fiş yazıcısına ulaşılamıyor. Yazıcının açık ve ağa bağlı olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 could not be reached: %2.</source>
        <translation>%1 adresindeki fiş yazıcısına ulaşılamadı: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The receipt printer at %1 did not answer within %n second(s). Check that it is switched on and on the network.</source>
        <translation><numerusform>%1 adresindeki fiş yazıcısı %n saniye içinde yanıt vermedi. Yazıcının açık ve ağa bağlı olduğunu kontrol edin.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The receipt printer at %1 stopped taking the receipt for %n second(s). Check that it has paper and is ready; part of the receipt may have printed.</source>
        <translation><numerusform>%1 adresindeki fiş yazıcısı %n saniye boyunca fişi almadı. Kâğıt olduğunu ve yazıcının hazır olduğunu kontrol edin; fişin bir kısmı yazdırılmış olabilir.</numerusform></translation>
    </message>
    <message>
        <source>The receipt printer at %1 is not connected. Check its cable and that it is switched on.</source>
        <translation>Fiş yazıcısı (%1) bağlı değil. Kablosunu ve açık olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 cannot be written: %2.</source>
        <translation>Fiş yazıcısına (%1) yazılamıyor: %2.</translation>
    </message>
</context>
<context>
    <name>EscPosWriter</name>
    <message>
        <source>No sales to show.</source>
        <translation>Gösterilecek satış yok.</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Order number</source>
        <extracomment>Export column header</extracomment>
        <translation>Sipariş numarası</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <extracomment>Export column header: the time is in UTC, not the till's time zone</extracomment>
        <translation>Oluşturulma (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <extracomment>Export column header: the time is in UTC, not the till's time zone</extracomment>
        <translation>Güncellenme (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Export column header: the state's fixed English word ("paid"), for scripts</extracomment>
        <translation>Durum</translation>
    </message>
    <message>
        <source>State (text)</source>
        <extracomment>Export column header: the state in words for people</extracomment>
        <translation>Durum (metin)</translation>
    </message>
    <message>
        <source>Test (1 = no money)</source>
        <extracomment>Export column header: 1 for a test invoice (no money moved), 0 otherwise</extracomment>
        <translation>Test (1 = para yok)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <source>Currency</source>
        <extracomment>Export column header: the price's currency</extracomment>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>Export column header: the amount that came in, in the coin of the next column</extracomment>
        <translation>Ödenen</translation>
    </message>
    <message>
        <source>Paid in</source>
        <extracomment>Export column header: the coin the paid amount is in</extracomment>
        <translation>Ödeme birimi</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>Coin</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>Coin amount</source>
        <extracomment>Export column header: the exact coin amount asked of a white-label invoice</extracomment>
        <translation>Coin tutarı</translation>
    </message>
    <message>
        <source>Coin address</source>
        <translation>Coin adresi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Müşteri numarası</translation>
    </message>
    <message>
        <source>Merchant number</source>
        <translation>Satıcı numarası</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Ödeme sayfası</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Export column header: why an invoice failed or needs a look</extracomment>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Gateway</source>
        <extracomment>Export column header: the gateway address and public key the invoice was sent with</extracomment>
        <translation>Ağ geçidi</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
</context>
<context>
    <name>GatewayCall</name>
    <message numerus="yes">
        <source>No answer after %n second(s).</source>
        <translation><numerusform>%n saniye sonra yanıt yok.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>More than %n byte(s).</source>
        <translation><numerusform>%n bayttan fazla.</numerusform></translation>
    </message>
</context>
<context>
    <name>GatewayEndpoint</name>
    <message>
        <source>The API address is not a valid web address.</source>
        <translation>API adresi geçerli bir web adresi değil.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>API adresi https:// ile başlamalı (düz http yalnızca bu bilgisayar için kullanılabilir).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>API adresi https:// ile başlamalı.</translation>
    </message>
</context>
<context>
    <name>GatewayResult</name>
    <message>
        <source>The gateway accepted the request.</source>
        <translation>Ağ geçidi isteği kabul etti.</translation>
    </message>
    <message>
        <source>The gateway refused the request.</source>
        <translation>Ağ geçidi isteği reddetti.</translation>
    </message>
    <message>
        <source>The gateway could not be reached.</source>
        <translation>Ağ geçidine ulaşılamadı.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>Ağ geçidi zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Gönderim iptal edildi.</translation>
    </message>
    <message>
        <source>The gateway refused the connection; nothing was sent. Check the API address in Settings.</source>
        <translation>Ağ geçidi bağlantıyı reddetti; hiçbir şey gönderilmedi. Ayarlar'daki API adresini kontrol edin.</translation>
    </message>
    <message>
        <source>The gateway's address could not be found. Check the internet connection and the API address in Settings.</source>
        <translation>Ağ geçidinin adresi bulunamadı. İnternet bağlantısını ve Ayarlar'daki API adresini kontrol edin.</translation>
    </message>
    <message>
        <source>The gateway's identity could not be verified, so nothing was sent.</source>
        <translation>Ağ geçidinin kimliği doğrulanamadı, bu yüzden hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http is allowed only for this computer).</source>
        <translation>API adresi https:// ile başlamalı (düz http yalnızca bu bilgisayar için kullanılabilir).</translation>
    </message>
    <message>
        <source>The gateway sent an empty answer.</source>
        <translation>Ağ geçidi boş bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>The gateway sent an answer the console cannot read.</source>
        <translation>Ağ geçidi, konsolun okuyamadığı bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>The gateway's answer was too large to be read.</source>
        <translation>Ağ geçidinin yanıtı okunamayacak kadar büyüktü.</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost before it answered.</source>
        <translation>Ağ geçidi yanıt vermeden bağlantı koptu.</translation>
    </message>
    <message>
        <source>The gateway answered with a redirect instead of an answer. It may have made the invoice, so the invoice is kept as unconfirmed and will be checked.</source>
        <translation>Ağ geçidi yanıt yerine bir yönlendirme gönderdi. Faturayı oluşturmuş olabilir; bu yüzden fatura doğrulanmamış olarak saklanıyor ve kontrol edilecek.</translation>
    </message>
    <message>
        <source>The gateway already holds an invoice under this order number, so nothing was sent. Enter another order number, or leave it empty for one made by the till.</source>
        <translation>Ağ geçidinde bu sipariş numarasıyla bir fatura zaten var; bu yüzden hiçbir şey gönderilmedi. Başka bir sipariş numarası girin ya da kasanın bir numara üretmesi için boş bırakın.</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir dosya yazılmadı.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>%1 dosyası yazılamadı: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be made private.</source>
        <translation>%1 dosyası size özel yapılamadı.</translation>
    </message>
    <message>
        <source>The finished file could not be put in place as %1.</source>
        <translation>Tamamlanan dosya %1 olarak yerine konamadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) written to %1.</source>
        <translation><numerusform>%1 dosyasına %n fatura yazıldı.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) written.</source>
        <translation><numerusform>%n fatura yazıldı.</numerusform></translation>
    </message>
    <message>
        <source>The invoice history could not be opened for the export: %1</source>
        <translation>Fatura geçmişi dışa aktarma için açılamadı: %1</translation>
    </message>
</context>
<context>
    <name>HistoryExportFlow</name>
    <message>
        <source>Writing invoice %1 of %2…</source>
        <translation>Fatura yazılıyor: %1 / %2…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız oldu</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV dosyası (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>invoices-%1.csv</source>
        <extracomment>Suggested name of an exported history file; %1 is today's date</extracomment>
        <translation>faturalar-%1.csv</translation>
    </message>
    <message>
        <source>Export invoices</source>
        <translation>Faturaları dışa aktar</translation>
    </message>
    <message>
        <source>Writing invoices…</source>
        <translation>Faturalar yazılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Dışa aktarma ilerlemesi</translation>
    </message>
</context>
<context>
    <name>HistoryPeriods</name>
    <message>
        <source>All dates</source>
        <extracomment>History period: no date limit</extracomment>
        <translation>Tüm tarihler</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Dün</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Bu hafta</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <extracomment>History period: dates the cashier chooses</extracomment>
        <translation>Seçilen tarihler</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <source>The invoice history could not be read: %1</source>
        <translation>Fatura geçmişi okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>HistoryTotals</name>
    <message>
        <source>Invoices: %1</source>
        <extracomment>History totals: how many invoices the filter shows</extracomment>
        <translation>Fatura sayısı: %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <extracomment>History totals: e.g. "paid 1,200.00 USD"</extracomment>
        <translation>ödenen %1</translation>
    </message>
    <message>
        <source>underpaid %1</source>
        <translation>eksik ödenen %1</translation>
    </message>
    <message>
        <source>unpaid %1</source>
        <translation>ödenmemiş %1</translation>
    </message>
    <message>
        <source>test invoices not counted: %1</source>
        <extracomment>History totals: test invoices are not in the sums</extracomment>
        <translation>toplama katılmayan test faturaları: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Invoice history</source>
        <translation>Fatura geçmişi</translation>
    </message>
    <message>
        <source>Correct and send again</source>
        <translation>Düzelt ve yeniden gönder</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Tüm faturalar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>History state of a test invoice: %1 is "TEST — NO MONEY", %2 the state</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show &amp;invoice</source>
        <translation>Faturayı göst&amp;er</translation>
    </message>
    <message>
        <source>Show invoice</source>
        <translation>Faturayı göster</translation>
    </message>
    <message>
        <source>Its code, coin or state; an unconfirmed invoice can be checked again (Enter)</source>
        <translation>Kodu, coini veya durumu; onaylanmamış bir fatura yeniden kontrol edilebilir (Enter)</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a chosen period
----------
Between the two bounds of an amount range
----------
Placeholder of the largest-amount filter</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Dönem:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Para birimi:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Tutar:</translation>
    </message>
    <message>
        <source>History problem</source>
        <translation>Geçmiş sorunu</translation>
    </message>
    <message>
        <source>Totals of the invoices shown</source>
        <translation>Gösterilen faturaların toplamları</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Dışa a&amp;ktar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Write the invoices shown to a CSV or Excel file</source>
        <translation>Gösterilen faturaları bir CSV veya Excel dosyasına yaz</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>Ay&amp;rıntılar…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Every field, every change of state and the gateway's answers (Ctrl+I)</source>
        <translation>Tüm alanlar, tüm durum değişiklikleri ve ağ geçidinin yanıtları (Ctrl+I)</translation>
    </message>
    <message>
        <source>Totals unavailable: %1</source>
        <translation>Toplamlar hesaplanamadı: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Paid (also late)</source>
        <extracomment>History filter: paid invoices, paid late included</extracomment>
        <translation>Ödendi (geç ödenenler dahil)</translation>
    </message>
    <message>
        <source>Unpaid (waiting, seen, expired)</source>
        <extracomment>History filter: invoices not paid (waiting, payment seen, expired)</extracomment>
        <translation>Ödenmedi (bekleyen, görülen, süresi dolan)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Tüm para birimleri</translation>
    </message>
    <message>
        <source>Live or test</source>
        <translation>Gerçek veya test</translation>
    </message>
    <message>
        <source>Live and test</source>
        <translation>Gerçek ve test</translation>
    </message>
    <message>
        <source>Live only</source>
        <translation>Yalnızca gerçek</translation>
    </message>
    <message>
        <source>Test only</source>
        <translation>Yalnızca test</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>En küçük tutar</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>Placeholder of the smallest-amount filter</extracomment>
        <translation>en az</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>En büyük tutar</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Fi&amp;ltreleri temizle</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filtreleri temizle</translation>
    </message>
    <message>
        <source>Counting…</source>
        <extracomment>While the totals of the filtered history are being added up</extracomment>
        <translation>Hesaplanıyor…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names the amount field, %2 says what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The first date is after the last one: no invoice can be in between.</source>
        <translation>İlk tarih son tarihten sonra: arada hiçbir fatura olamaz.</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Fatura sayısı: %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>History totals grid: row of paid sums (paid late included)</extracomment>
        <translation>Ödenen</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>Eksik ödenen</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <extracomment>History totals grid: waiting for payment, payment seen, expired</extracomment>
        <translation>Ödenmemiş</translation>
    </message>
    <message>
        <source>Test invoices, in no sum: %1</source>
        <translation>Hiçbir toplama katılmayan test faturaları: %1</translation>
    </message>
    <message>
        <source>Order, title, e-mail, customer or address (Ctrl+F)</source>
        <translation>Sipariş, başlık, e-posta, müşteri veya adres (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Fiş</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Fiş</translation>
    </message>
    <message>
        <source>Print the selected invoice's receipt again (it says DUPLICATE), or save it as a PDF</source>
        <translation>Seçili faturanın fişini yeniden yazdırır (üzerinde KOPYA yazar) veya PDF olarak kaydeder</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Göster:</translation>
    </message>
    <message>
        <source>Correct and send a&amp;gain</source>
        <translation>Düzelt ve &amp;yeniden gönder</translation>
    </message>
</context>
<context>
    <name>InvoiceCheckout</name>
    <message>
        <source>An invoice is already being sent. Wait for it or cancel it.</source>
        <translation>Şu anda bir fatura gönderiliyor. Bekleyin veya iptal edin.</translation>
    </message>
    <message>
        <source>This order number is already used by another invoice.</source>
        <translation>Bu sipariş numarası başka bir faturada kullanılıyor.</translation>
    </message>
    <message>
        <source>That invoice is no longer in the history.</source>
        <translation>Bu fatura artık geçmişte yok.</translation>
    </message>
    <message>
        <source>The order number could not be checked at the gateway, so the invoice was not sent.</source>
        <translation>Sipariş numarası ağ geçidinde kontrol edilemedi; bu yüzden fatura gönderilmedi.</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailDialog</name>
    <message>
        <source>Invoice details</source>
        <translation>Fatura ayrıntıları</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Satış</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Invoice fields</source>
        <translation>Fatura alanları</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Fiyat:</translation>
    </message>
    <message>
        <source>Copy price</source>
        <translation>Fiyatı kopyala</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>&amp;Sipariş numarası:</translation>
    </message>
    <message>
        <source>Copy order number</source>
        <translation>Sipariş numarasını kopyala</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Başlık:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Açıklama:</translation>
    </message>
    <message>
        <source>Customer e-mail:</source>
        <translation>Müşteri e-postası:</translation>
    </message>
    <message>
        <source>Customer number:</source>
        <translation>Müşteri numarası:</translation>
    </message>
    <message>
        <source>Merchant id:</source>
        <translation>Satıcı kimliği:</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Oluşturulma:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Son değişiklik:</translation>
    </message>
    <message>
        <source>Expires at:</source>
        <translation>Süresinin dolacağı zaman:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Alınan:</translation>
    </message>
    <message>
        <source>Payment pa&amp;ge:</source>
        <translation>Öde&amp;me sayfası:</translation>
    </message>
    <message>
        <source>Copy payment page address</source>
        <translation>Ödeme sayfası adresini kopyala</translation>
    </message>
    <message>
        <source>Coin:</source>
        <translation>Coin:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Ağ:</translation>
    </message>
    <message>
        <source>Coin a&amp;ddress:</source>
        <translation>Coin &amp;adresi:</translation>
    </message>
    <message>
        <source>Copy coin address</source>
        <translation>Coin adresini kopyala</translation>
    </message>
    <message>
        <source>Coin a&amp;mount:</source>
        <translation>Coin &amp;tutarı:</translation>
    </message>
    <message>
        <source>Copy coin amount</source>
        <translation>Coin tutarını kopyala</translation>
    </message>
    <message>
        <source>Gateway account:</source>
        <extracomment>The gateway's address and the till's public key, e.g. "https://payid19.com key=pk_…"</extracomment>
        <translation>Ağ geçidi hesabı:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <source>Test invoice:</source>
        <translation>Test faturası:</translation>
    </message>
    <message>
        <source>Customer pays the fee:</source>
        <translation>Komisyonu müşteri öder:</translation>
    </message>
    <message>
        <source>Accept underpayment up to:</source>
        <translation>Eksik ödemeyi şu tutara kadar kabul et:</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>Geçerlilik süresi:</translation>
    </message>
    <message>
        <source>Payment page design:</source>
        <translation>Ödeme sayfası tasarımı:</translation>
    </message>
    <message>
        <source>After payment, go to:</source>
        <translation>Ödemeden sonra gidilecek adres:</translation>
    </message>
    <message>
        <source>If cancelled, go to:</source>
        <translation>İptal edilirse gidilecek adres:</translation>
    </message>
    <message>
        <source>Callback address:</source>
        <translation>Geri çağırma adresi:</translation>
    </message>
    <message>
        <source>Do not accept:</source>
        <translation>Kabul edilmeyenler:</translation>
    </message>
    <message>
        <source>White label:</source>
        <translation>Beyaz etiket:</translation>
    </message>
    <message>
        <source>Address in the QR code</source>
        <translation>QR kodundaki adres</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>QR kodu yok</translation>
    </message>
    <message>
        <source>&amp;State changes, oldest first:</source>
        <translation>&amp;Durum değişiklikleri, eskiden yeniye:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Durum değişiklikleri</translation>
    </message>
    <message>
        <source>Gateway's &amp;raw answer:</source>
        <translation>Ağ geçidinin &amp;ham yanıtı:</translation>
    </message>
    <message>
        <source>No answer from the gateway was kept for this change.</source>
        <translation>Bu değişiklik için ağ geçidinin yanıtı saklanmadı.</translation>
    </message>
    <message>
        <source>Gateway's raw answer</source>
        <translation>Ağ geçidinin ham yanıtı</translation>
    </message>
    <message>
        <source>Correct and send &amp;again</source>
        <translation>Düzelt ve &amp;yeniden gönder</translation>
    </message>
    <message>
        <source>Correct and send again</source>
        <translation>Düzelt ve yeniden gönder</translation>
    </message>
    <message>
        <source>Opens the invoice in the form, to be corrected and sent again</source>
        <translation>Faturayı düzeltilip yeniden gönderilmek üzere formda açar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Fatura %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Sipariş %1</translation>
    </message>
    <message>
        <source>The gateway said:</source>
        <translation>Ağ geçidinin yanıtı:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Evet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n sa</numerusform></translation>
    </message>
    <message>
        <source>Gateway default</source>
        <translation>Ağ geçidi varsayılanı</translation>
    </message>
    <message>
        <source>The invoice is still on its way to the gateway: there is nothing to pay to yet.</source>
        <translation>Fatura hâlâ ağ geçidine gönderiliyor: henüz ödeme yapılacak bir yer yok.</translation>
    </message>
    <message>
        <source>The gateway did not make this invoice, so there is nothing to pay to.</source>
        <translation>Ağ geçidi bu faturayı oluşturmadı, bu yüzden ödeme yapılacak bir yer yok.</translation>
    </message>
    <message>
        <source>It is not known yet whether the gateway made this invoice, so there is nothing to pay to. The console asks the gateway by its order number.</source>
        <translation>Ağ geçidinin bu faturayı oluşturup oluşturmadığı henüz bilinmiyor, bu yüzden ödeme yapılacak bir yer yok. Konsol, sipariş numarasıyla ağ geçidine soruyor.</translation>
    </message>
    <message>
        <source>The customer has not chosen a coin yet, so there is no address to pay to.</source>
        <translation>Müşteri henüz bir coin seçmedi, bu yüzden ödeme yapılacak bir adres yok.</translation>
    </message>
    <message>
        <source>This invoice no longer waits for a payment, so its address is not shown as a code: nobody should pay to it again.</source>
        <translation>Bu fatura artık ödeme beklemiyor, bu yüzden adresi kod olarak gösterilmiyor: kimse bu adrese yeniden ödeme yapmamalı.</translation>
    </message>
    <message>
        <source>Pay %1 to this address</source>
        <extracomment>%1 is the coin's amount with its code, e.g. "0.00016667 BTC"</extracomment>
        <translation>Bu adrese %1 ödeyin</translation>
    </message>
    <message>
        <source>Coin address (part of the amount has come in)</source>
        <translation>Coin adresi (tutarın bir kısmı geldi)</translation>
    </message>
    <message>
        <source>The payment page address was lost with the gateway's answer, so its code cannot be shown.</source>
        <translation>Ödeme sayfasının adresi ağ geçidinin yanıtıyla birlikte kayboldu, bu yüzden kodu gösterilemiyor.</translation>
    </message>
    <message>
        <source>Payment page</source>
        <translation>Ödeme sayfası</translation>
    </message>
    <message>
        <source>QR code of the coin address</source>
        <translation>Coin adresinin QR kodu</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>Ödeme sayfasının QR kodu</translation>
    </message>
</context>
<context>
    <name>InvoiceForm</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A currency in the list: ISO code, then its name, e.g. "USD — US Dollar"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Type a code or a name to search</source>
        <translation>Aramak için bir kod veya ad yazın</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Tutar:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>What is sold, shown to the customer</source>
        <translation>Satılan ürün, müşteriye gösterilir</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Açıklama uzunluğu</translation>
    </message>
    <message>
        <source>Made up by the console if left empty</source>
        <translation>Boş bırakılırsa konsol oluşturur</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>&amp;Sipariş numarası:</translation>
    </message>
    <message>
        <source>Optional; otherwise the customer types it on the payment page</source>
        <translation>İsteğe bağlı; girilmezse müşteri ödeme sayfasında yazar</translation>
    </message>
    <message>
        <source>Customer &amp;e-mail:</source>
        <translation>Müşteri &amp;e-postası:</translation>
    </message>
    <message>
        <source>Optional, digits only</source>
        <translation>İsteğe bağlı, yalnızca rakam</translation>
    </message>
    <message>
        <source>C&amp;ustomer number:</source>
        <translation>&amp;Müşteri numarası:</translation>
    </message>
    <message>
        <source>Test invoice (pays itself, no real money)</source>
        <translation>Test faturası (kendiliğinden ödenir, gerçek para yok)</translation>
    </message>
    <message>
        <source>&amp;More options (kept for the next sales)</source>
        <translation>&amp;Diğer seçenekler (sonraki satışlar için saklanır)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Diğer seçenekler</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Sending to the gateway…</source>
        <translation>Ağ geçidine gönderiliyor…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Gönderimi iptal et</translation>
    </message>
    <message>
        <source>&amp;Create invoice</source>
        <translation>&amp;Fatura oluştur</translation>
    </message>
    <message>
        <source>Create invoice</source>
        <translation>Fatura oluştur</translation>
    </message>
    <message numerus="yes">
        <source>The payment page shows only the first %n characters.</source>
        <translation><numerusform>Ödeme sayfası yalnızca ilk %n karakteri gösterir.</numerusform></translation>
    </message>
    <message>
        <source>The gateway said:</source>
        <extracomment>Introduces the gateway's own words after the console's explanation</extracomment>
        <translation>Ağ geçidinin yanıtı:</translation>
    </message>
    <message>
        <source>Nothing was lost: correct the invoice if needed and press Send again.</source>
        <translation>Hiçbir şey kaybolmadı: gerekirse faturayı düzeltin ve Yeniden gönder'e basın.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Yeniden gönder</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Yeniden gönder</translation>
    </message>
    <message>
        <source>For this sale only: the next sale is a real one again.</source>
        <translation>Yalnızca bu satış için: sonraki satış yine gerçek olur.</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Yeniden &amp;kontrol et</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Yeniden kontrol et</translation>
    </message>
    <message>
        <source>Ask the gateway whether it has this invoice (Enter)</source>
        <translation>Ağ geçidine bu faturanın kendisinde olup olmadığını sorun (Enter)</translation>
    </message>
    <message>
        <source>Start a ne&amp;w sale</source>
        <translation>Yeni satış &amp;başlat</translation>
    </message>
    <message>
        <source>Start a new sale</source>
        <translation>Yeni satış başlat</translation>
    </message>
    <message>
        <source>Clear the form; the unconfirmed invoice stays in the history and is checked again later (Esc)</source>
        <translation>Formu temizleyin; onaylanmamış fatura geçmişte kalır ve daha sonra yeniden kontrol edilir (Esc)</translation>
    </message>
    <message>
        <source>The gateway may have this invoice, so it is not made again. Press Check again to ask the gateway, or start a new sale: the invoice stays in the history as unconfirmed and is checked again later.</source>
        <translation>Bu fatura ağ geçidinde olabilir, bu yüzden yeniden oluşturulmaz. Ağ geçidine sormak için Yeniden kontrol et düğmesine basın ya da yeni bir satış başlatın: fatura geçmişte onaylanmamış olarak kalır ve daha sonra yeniden kontrol edilir.</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Ağ geçidine soruluyor…</translation>
    </message>
</context>
<context>
    <name>InvoiceHistoryModel</name>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>History column: when the invoice was made</extracomment>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>%1 on %2 to %3</source>
        <extracomment>Tooltip of the coin column: network and address paid to</extracomment>
        <translation>%2 ağında %1, adres: %3</translation>
    </message>
    <message>
        <source>In coin</source>
        <extracomment>History column: the amount in the coin of a white-label invoice</extracomment>
        <translation>Coin olarak</translation>
    </message>
</context>
<context>
    <name>InvoiceOptions</name>
    <message>
        <source>The customer pays the gateway's fee</source>
        <translation>Ağ geçidi komisyonunu müşteri öder</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Accept underpayment up to (USDT):</source>
        <extracomment>Underpayment tolerance: how much less than the price (in USDT) is still accepted</extracomment>
        <translation>Eksik ödemeyi şu tutara kadar kabul et (USDT):</translation>
    </message>
    <message>
        <source>Gateway default</source>
        <translation>Ağ geçidi varsayılanı</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>Suffix of the expiry hours, e.g. "12 h"</extracomment>
        <translation> sa</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>Geçerlilik süresi:</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klasik</translation>
    </message>
    <message>
        <source>Slate</source>
        <translation>Arduvaz</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kâğıt</translation>
    </message>
    <message>
        <source>Mint</source>
        <translation>Nane</translation>
    </message>
    <message>
        <source>Payment page design:</source>
        <translation>Ödeme sayfası tasarımı:</translation>
    </message>
    <message>
        <source>After payment, go to:</source>
        <translation>Ödemeden sonra gidilecek adres:</translation>
    </message>
    <message>
        <source>If cancelled, go to:</source>
        <translation>İptal edilirse gidilecek adres:</translation>
    </message>
    <message>
        <source>Callback address:</source>
        <translation>Geri çağırma adresi:</translation>
    </message>
    <message>
        <source>Merchant id:</source>
        <translation>Satıcı kimliği:</translation>
    </message>
    <message>
        <source>Do not accept:</source>
        <translation>Kabul etme:</translation>
    </message>
    <message>
        <source>White label: coin address in the console, no payment page</source>
        <translation>Beyaz etiket: coin adresi konsolda, ödeme sayfası yok</translation>
    </message>
</context>
<context>
    <name>InvoiceSchema</name>
    <message>
        <source>The invoice history could not be read: %1</source>
        <translation>Fatura geçmişi okunamadı: %1</translation>
    </message>
    <message>
        <source>The invoice history was written by a newer version of Merchant Console. Update the console to open it.</source>
        <translation>Fatura geçmişi Merchant Console'un daha yeni bir sürümüyle yazılmış. Açmak için konsolu güncelleyin.</translation>
    </message>
    <message>
        <source>The invoice history could not be prepared: %1</source>
        <translation>Fatura geçmişi hazırlanamadı: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceStates</name>
    <message>
        <source>Sending</source>
        <extracomment>Invoice state: the request is on its way to the gateway</extracomment>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <extracomment>Invoice state: waiting for the customer to pay</extracomment>
        <translation>Ödeme bekleniyor</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödendi</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>Eksik ödendi</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Süresi doldu</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>Invoice state: the gateway refused it or it could not be sent</extracomment>
        <translation>Gönderilmedi</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <extracomment>Invoice state: the answer was lost; the gateway may or may not have it</extracomment>
        <translation>Doğrulanmadı</translation>
    </message>
    <message>
        <source>Paid late</source>
        <extracomment>Invoice state: the payment came in after the invoice had expired</extracomment>
        <translation>Geç ödendi</translation>
    </message>
    <message>
        <source>Payment seen</source>
        <extracomment>Invoice state: a payment arrived but the gateway has not confirmed it yet</extracomment>
        <translation>Ödeme görüldü</translation>
    </message>
    <message>
        <source>Order number conflict</source>
        <extracomment>Invoice state: the gateway holds a different invoice under this order number</extracomment>
        <translation>Sipariş numarası çakışması</translation>
    </message>
</context>
<context>
    <name>InvoiceStore</name>
    <message>
        <source>The invoice history %1 could not be opened: %2</source>
        <translation>%1 fatura geçmişi açılamadı: %2</translation>
    </message>
    <message>
        <source>The order number %1 is already used by another invoice.</source>
        <translation>%1 sipariş numarası başka bir faturada kullanılıyor.</translation>
    </message>
    <message>
        <source>The invoice could not be saved: %1</source>
        <translation>Fatura kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>No invoice with number %1.</source>
        <translation>%1 numaralı fatura yok.</translation>
    </message>
    <message>
        <source>Only an invoice that was not sent can be sent again.</source>
        <translation>Yalnızca gönderilemeyen bir fatura yeniden gönderilebilir.</translation>
    </message>
    <message>
        <source>The invoice history could not be read: %1</source>
        <translation>Fatura geçmişi okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceValidator</name>
    <message>
        <source>The amount must be at least 0.0001.</source>
        <translation>Tutar en az 0,0001 olmalı.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>Listeden bir para birimi seçin.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation><numerusform>En fazla %n karakter kullanın.</numerusform></translation>
    </message>
    <message>
        <source>The order number contains a character that cannot be sent.</source>
        <translation>Sipariş numarası gönderilemeyen bir karakter içeriyor.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Bu bir e-posta adresine benzemiyor (ad@ornek.com).</translation>
    </message>
    <message>
        <source>The tolerance must be at least 0.01 USDT.</source>
        <translation>Tolerans en az 0,01 USDT olmalı.</translation>
    </message>
    <message numerus="yes">
        <source>Choose between 1 and %n hours.</source>
        <translation><numerusform>1 ile %n saat arasında seçin.</numerusform></translation>
    </message>
    <message>
        <source>Choose a page design from the list.</source>
        <translation>Listeden bir sayfa tasarımı seçin.</translation>
    </message>
    <message>
        <source>The customer number may contain only digits.</source>
        <translation>Müşteri numarası yalnızca rakam içerebilir.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n digits.</source>
        <translation><numerusform>En fazla %n rakam kullanın.</numerusform></translation>
    </message>
    <message>
        <source>Unknown coin code: %1.</source>
        <translation>Bilinmeyen coin kodu: %1.</translation>
    </message>
    <message>
        <source>Leave at least one coin the customer can pay with.</source>
        <translation>Müşterinin ödeme yapabileceği en az bir coin bırakın.</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://.</source>
        <translation>https:// ile başlayan tam bir web adresi girin.</translation>
    </message>
    <message>
        <source>The gateway calls back only to a public domain name, not to an IP address or this computer.</source>
        <translation>Ağ geçidi yalnızca herkese açık bir alan adına geri çağrı yapar; IP adresine veya bu bilgisayara yapmaz.</translation>
    </message>
</context>
<context>
    <name>LiveSenders</name>
    <message>
        <source>The console could not mark itself as running in %1.</source>
        <translation>Konsol %1 içinde çalıştığını işaretleyemedi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sale and history</source>
        <translation>Satış ve geçmiş</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Satış</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geçmiş</translation>
    </message>
    <message>
        <source>Private key not saved</source>
        <translation>Gizli anahtar kaydedilmedi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Yeni satış</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Merchant Console</source>
        <translation>Merchant Console &amp;hakkında</translation>
    </message>
    <message>
        <source>About Merchant Console</source>
        <translation>Merchant Console hakkında</translation>
    </message>
    <message>
        <source>Merchant Console %1
Takes crypto payments at the counter through the Payid19 gateway.</source>
        <translation>Merchant Console %1
Payid19 ağ geçidi üzerinden tezgâhta kripto ödeme alır.</translation>
    </message>
    <message>
        <source>Merchant Console — Training</source>
        <translation>Merchant Console — Eğitim</translation>
    </message>
    <message>
        <source>Merchant Console</source>
        <translation>Merchant Console</translation>
    </message>
    <message>
        <source>Sending invoice %1…</source>
        <translation>%1 faturası gönderiliyor…</translation>
    </message>
    <message>
        <source>Sending invoice %1 again…</source>
        <translation>%1 faturası yeniden gönderiliyor…</translation>
    </message>
    <message>
        <source>Invoice %1 is ready to be paid.</source>
        <translation>%1 faturası ödemeye hazır.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>Technical detail after the plain explanation of a failure</extracomment>
        <translation>Ayrıntılar: %1</translation>
    </message>
    <message>
        <source>Invoice %1 was not created.</source>
        <translation>%1 faturası oluşturulamadı.</translation>
    </message>
    <message>
        <source>Payment status checks</source>
        <translation>Ödeme durumu denetimleri</translation>
    </message>
    <message>
        <source>Unconfirmed invoices checked: %1 found at the gateway, %2 to send again, %3 still unconfirmed.</source>
        <extracomment>After looking up invoices whose answer was lost</extracomment>
        <translation>Doğrulanmamış faturalar denetlendi: %1 tanesi ağ geçidinde bulundu, %2 tanesi yeniden gönderilebilir, %3 tanesi hâlâ doğrulanmadı.</translation>
    </message>
    <message>
        <source>The training gateway is down for 30 seconds.</source>
        <translation>Eğitim ağ geçidi 30 saniye boyunca kapalı.</translation>
    </message>
    <message>
        <source>&amp;Check unconfirmed invoices</source>
        <translation>Doğrulanmamış faturaları &amp;denetle</translation>
    </message>
    <message>
        <source>&amp;Customer display</source>
        <translation>&amp;Müşteri ekranı</translation>
    </message>
    <message>
        <source>Asking the gateway for the %1 address…</source>
        <translation>Ağ geçidinden %1 adresi isteniyor…</translation>
    </message>
    <message>
        <source>The training gateway will refuse the next coin address.</source>
        <translation>Eğitim ağ geçidi bir sonraki coin adresini reddedecek.</translation>
    </message>
    <message>
        <source>Invoice %1 is unconfirmed: the gateway may have it.</source>
        <translation>%1 faturası onaylanmadı: ağ geçidinde olabilir.</translation>
    </message>
    <message>
        <source>Asking the gateway about invoice %1…</source>
        <translation>Ağ geçidine %1 faturası soruluyor…</translation>
    </message>
    <message>
        <source>Invoice %1 is still unconfirmed.</source>
        <translation>%1 faturası hâlâ onaylanmadı.</translation>
    </message>
    <message>
        <source>The gateway has invoice %1.</source>
        <translation>%1 faturası ağ geçidinde var.</translation>
    </message>
    <message>
        <source>Still unconfirmed: this invoice was sent to another gateway account (%1) and can only be checked there.</source>
        <extracomment>%1 names the gateway account the invoice was sent to</extracomment>
        <translation>Hâlâ onaylanmadı: bu fatura başka bir ağ geçidi hesabına (%1) gönderildi ve yalnızca orada kontrol edilebilir.</translation>
    </message>
    <message>
        <source>Still unconfirmed: the gateway could not be asked just now. Check again in a moment.</source>
        <translation>Hâlâ onaylanmadı: ağ geçidine şu anda sorulamadı. Biraz sonra yeniden kontrol edin.</translation>
    </message>
    <message>
        <source>Invoice not shown</source>
        <translation>Fatura gösterilemedi</translation>
    </message>
    <message>
        <source>The invoice could not be read: %1</source>
        <translation>Fatura okunamadı: %1</translation>
    </message>
    <message>
        <source>The receipt did not print by itself: %1</source>
        <extracomment>A receipt that should have printed by itself when the invoice was paid</extracomment>
        <translation>Fiş otomatik olarak yazdırılamadı: %1</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Fişi ya&amp;zdır</translation>
    </message>
    <message>
        <source>Print receipt on &amp;another printer…</source>
        <translation>Fişi &amp;başka bir yazıcıda yazdır…</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Fişi &amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>&amp;Day: shift and reports</source>
        <translation>Gü&amp;n: vardiya ve raporlar</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <extracomment>The tab of shifts, X and Z reports</extracomment>
        <translation>Gü&amp;n</translation>
    </message>
</context>
<context>
    <name>PaymentNotifier</name>
    <message>
        <source>%1: %2, order %3</source>
        <extracomment>Desktop notice: "Paid: 12.50 USD, order K7QD-…"</extracomment>
        <translation>%1: %2, sipariş %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A notice of a test invoice: %1 is "TEST — NO MONEY", %2 the notice</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Payment page address</source>
        <translation>Ödeme sayfası adresi</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Bağlantıyı kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>&amp;Görüntüyü kopyala</translation>
    </message>
    <message>
        <source>Sa&amp;ve image…</source>
        <translation>Görüntüyü &amp;kaydet…</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Tarayıcıda aç</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Yeni satış</translation>
    </message>
    <message>
        <source>Clear the screen for the next customer (Esc)</source>
        <translation>Ekranı sonraki müşteri için temizle (Esc)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Sipariş %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Bağlantı kopyalandı.</translation>
    </message>
    <message>
        <source>QR code image copied.</source>
        <translation>QR kodu görüntüsü kopyalandı.</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Kaydedilecek QR kodu yok.</translation>
    </message>
    <message>
        <source>The image could not be saved to %1: %2</source>
        <translation>Görüntü %1 konumuna kaydedilemedi: %2</translation>
    </message>
    <message>
        <source>invoice-%1.png</source>
        <translation>fatura-%1.png</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR kodunu kaydet</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG görüntüsü (*.png)</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>Görüntü kaydedilmedi</translation>
    </message>
    <message>
        <source>QR code saved to %1.</source>
        <translation>QR kodu %1 konumuna kaydedildi.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the link instead.</source>
        <translation>Web tarayıcısı açılamadı. Bunun yerine bağlantıyı kopyalayın.</translation>
    </message>
    <message>
        <source>Not paid in time. Make a new invoice if the customer still wants to pay.</source>
        <translation>Zamanında ödenmedi. Müşteri hâlâ ödemek istiyorsa yeni bir fatura oluşturun.</translation>
    </message>
    <message>
        <source>The payment came in after the invoice had expired.</source>
        <translation>Ödeme, faturanın süresi dolduktan sonra geldi.</translation>
    </message>
    <message>
        <source>%1 %2 received.</source>
        <translation>%1 %2 alındı.</translation>
    </message>
    <message>
        <source>Choose the coin the customer pays with (Enter):</source>
        <translation>Müşterinin ödeyeceği coini seçin (Enter):</translation>
    </message>
    <message>
        <source>Coins the customer can pay with</source>
        <translation>Müşterinin ödeyebileceği coinler</translation>
    </message>
    <message>
        <source>Exact amount in the coin</source>
        <translation>Coin cinsinden tam tutar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>Put the amount in the code (wallets fill it in)</source>
        <translation>Tutarı koda ekle (cüzdanlar kendisi doldurur)</translation>
    </message>
    <message>
        <source>Copy a&amp;mount</source>
        <translation>&amp;Tutarı kopyala</translation>
    </message>
    <message>
        <source>Another coi&amp;n</source>
        <translation>Başka &amp;coin</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresi kopyala</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresi kopyala</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Bağlantıyı kopyala</translation>
    </message>
    <message>
        <source>Pay %1 only. A payment sent on another network is lost.</source>
        <extracomment>%1 is the network spelled out, e.g. "USDT on TRON (TRC20)"</extracomment>
        <translation>Yalnızca %1 ile ödeyin. Başka bir ağdan gönderilen ödeme kaybolur.</translation>
    </message>
    <message>
        <source>Choose the coin again or another coin.</source>
        <extracomment>After a coin's address could not be had</extracomment>
        <translation>Coini yeniden ya da başka bir coin seçin.</translation>
    </message>
    <message>
        <source>Amount copied.</source>
        <translation>Tutar kopyalandı.</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Adres kopyalandı.</translation>
    </message>
    <message>
        <source>No real money moves: do not hand over goods.</source>
        <translation>Gerçek para aktarılmaz: malı teslim etmeyin.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>The payment page address was lost with the gateway's answer, so its code cannot be shown here. The state above is the gateway's.</source>
        <translation>Ödeme sayfasının adresi ağ geçidinin yanıtıyla birlikte kayboldu, bu yüzden kodu burada gösterilemiyor. Yukarıdaki durum ağ geçidinin bildirdiğidir.</translation>
    </message>
    <message>
        <source>A test invoice pays itself: no money was received.</source>
        <translation>Test faturası kendiliğinden ödenir: hiç para alınmadı.</translation>
    </message>
    <message>
        <source>Not all of the amount has come in: ask the customer to pay the rest.</source>
        <translation>Tutarın tamamı gelmedi: müşteriden kalanını ödemesini isteyin.</translation>
    </message>
    <message>
        <source>%1 missing (%2 received).</source>
        <extracomment>%1 amount missing with its unit, %2 amount received with its unit</extracomment>
        <translation>%1 eksik (%2 alındı).</translation>
    </message>
    <message>
        <source>More than the tolerance of %1: ask the customer to pay the rest.</source>
        <translation>%1 toleransından fazla: müşteriden kalanını ödemesini isteyin.</translation>
    </message>
    <message>
        <source>Payment seen: %1, waiting for the gateway to confirm.</source>
        <extracomment>%1 is what came in with its coin, e.g. "0.00016667 BTC"</extracomment>
        <translation>Ödeme görüldü: %1, ağ geçidinin onayı bekleniyor.</translation>
    </message>
    <message>
        <source>A payment was seen; waiting for the gateway to confirm it.</source>
        <translation>Bir ödeme görüldü; ağ geçidinin onaylaması bekleniyor.</translation>
    </message>
    <message>
        <source>The gateway holds a different invoice under this order number. Do not hand over the goods: ask a manager to check it in the gateway account.</source>
        <translation>Ağ geçidinde bu sipariş numarasıyla başka bir fatura var. Malı teslim etmeyin: bir yöneticiden ağ geçidi hesabında kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <source>Ask the customer to pay the rest.</source>
        <translation>Müşteriden kalanını ödemesini isteyin.</translation>
    </message>
    <message>
        <source>Time is up on this till's clock. Checking with the gateway whether it was paid…</source>
        <translation>Bu kasanın saatine göre süre doldu. Ödenip ödenmediği ağ geçidine soruluyor…</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Fiş</translation>
    </message>
    <message>
        <source>Print this invoice's receipt (Ctrl+P), or save it as a PDF</source>
        <translation>Bu faturanın fişini yazdırır (Ctrl+P) veya PDF olarak kaydeder</translation>
    </message>
</context>
<context>
    <name>PaymentRule</name>
    <message>
        <source>The gateway holds another invoice under order number %1 (%2, not %3). Do not hand over the goods; ask a manager.</source>
        <extracomment>%1 order number, %2 the gateway's price, %3 this invoice's price</extracomment>
        <translation>Ağ geçidinde %1 sipariş numarasıyla başka bir fatura var (%3 değil, %2). Malı teslim etmeyin; bir yöneticiye danışın.</translation>
    </message>
    <message numerus="yes">
        <source>The gateway holds %n invoice(s) under order number %1 that disagree about the payment. Do not hand over the goods; ask a manager.</source>
        <translation><numerusform>Ağ geçidinde %1 sipariş numarasıyla ödeme konusunda birbirini tutmayan %n fatura var. Malı teslim etmeyin; bir yöneticiye danışın.</numerusform></translation>
    </message>
</context>
<context>
    <name>PendingWrites</name>
    <message>
        <source>The invoice history could not be written (%1). The console keeps what the gateway said and tries again every few seconds; do not close it.</source>
        <translation>Fatura geçmişine yazılamadı (%1). Konsol ağ geçidinin yanıtını saklıyor ve birkaç saniyede bir yeniden deniyor; kapatmayın.</translation>
    </message>
</context>
<context>
    <name>PrintDestination</name>
    <message>
        <source>the default printer</source>
        <extracomment>Where a receipt went: a printer of the system, by name</extracomment>
        <translation>varsayılan yazıcı</translation>
    </message>
    <message>
        <source>the printer %1</source>
        <translation>%1 yazıcısı</translation>
    </message>
    <message>
        <source>the receipt printer at %1</source>
        <extracomment>Where a receipt went: a thermal printer's address or device</extracomment>
        <translation>%1 adresindeki fiş yazıcısı</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Bu bilgisayarda kurulu bir yazıcı yok.</translation>
    </message>
    <message>
        <source>The printer %1 is not known to this computer.</source>
        <extracomment>%1 is a printer's name</extracomment>
        <translation>%1 yazıcısı bu bilgisayarda tanımlı değil.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the document.</source>
        <translation>%1 yazıcısı belgeyi kabul etmedi.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>%1 klasörü oluşturulamadı.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made private.</source>
        <translation>%1 klasörü size özel yapılamadı.</translation>
    </message>
    <message>
        <source>The file %1 could not be made private.</source>
        <translation>%1 dosyası size özel yapılamadı.</translation>
    </message>
    <message>
        <source>The file %1 could not be created: %2</source>
        <translation>%1 dosyası oluşturulamadı: %2</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to show as a QR code.</source>
        <translation>QR kodu olarak gösterilecek bir şey yok.</translation>
    </message>
    <message>
        <source>This address is too long to show as a QR code. Copy the link instead.</source>
        <translation>Bu adres QR kodu olarak gösterilemeyecek kadar uzun. Bunun yerine bağlantıyı kopyalayın.</translation>
    </message>
    <message>
        <source>The QR code could not be made. Copy the link instead.</source>
        <translation>QR kodu oluşturulamadı. Bunun yerine bağlantıyı kopyalayın.</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code of the payment page</source>
        <translation>Ödeme sayfasının QR kodu</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Receipt %1</source>
        <extracomment>The title of a receipt's PDF and print job: "Receipt 7K2-0041"</extracomment>
        <translation>Fiş %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <extracomment>The head of a receipt when Settings give no shop name</extracomment>
        <translation>Satış fişi</translation>
    </message>
    <message>
        <source>Tax number: %1</source>
        <extracomment>On a receipt, under the shop's address</extracomment>
        <translation>Vergi No: %1</translation>
    </message>
    <message>
        <source>TEST — NO MONEY</source>
        <extracomment>Receipt banner of a test invoice: no money moved</extracomment>
        <translation>TEST — PARA YOK</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <extracomment>Receipt banner of a reprint</extracomment>
        <translation>KOPYA</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Receipt: when the invoice was made</extracomment>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Receipt: the invoice's order number</extracomment>
        <translation>Sipariş</translation>
    </message>
    <message>
        <source>Till</source>
        <extracomment>Receipt: the till the sale was made at</extracomment>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Receipt: the price asked, with its currency</extracomment>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Receipt: what came in, in the coin it came in</extracomment>
        <translation>Alınan</translation>
    </message>
    <message>
        <source>To pay</source>
        <extracomment>Receipt: the amount to pay in the coin the customer chose</extracomment>
        <translation>Ödenecek</translation>
    </message>
    <message>
        <source>Coin</source>
        <extracomment>Receipt: the coin and its network, e.g. "USDT (TRC20)"</extracomment>
        <translation>Coin</translation>
    </message>
    <message>
        <source>PAID</source>
        <extracomment>Receipt: the invoice is paid</extracomment>
        <translation>ÖDENDİ</translation>
    </message>
    <message>
        <source>PAID (LATE)</source>
        <extracomment>Receipt: paid after the invoice expired</extracomment>
        <translation>ÖDENDİ (GEÇ)</translation>
    </message>
    <message>
        <source>UNDERPAID</source>
        <extracomment>Receipt banner: less came in than was asked</extracomment>
        <translation>EKSİK ÖDENDİ</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <extracomment>Receipt banner of an invoice that is not paid</extracomment>
        <translation>ÖDENMEDİ</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>The last line of a receipt</extracomment>
        <translation>Teşekkür ederiz</translation>
    </message>
    <message>
        <source>DEMO — NOT A SALE</source>
        <extracomment>Receipt banner of an invoice the demo history made up: no customer, no money</extracomment>
        <translation>DEMO — SATIŞ DEĞİL</translation>
    </message>
    <message>
        <source>NOT CONFIRMED</source>
        <extracomment>Receipt banner of an invoice whose payment the gateway has not confirmed (it may be paid)</extracomment>
        <translation>ONAYLANMADI</translation>
    </message>
</context>
<context>
    <name>ReceiptFlow</name>
    <message>
        <source>&amp;Print receipt</source>
        <extracomment>Receipt menu: print on the till's receipt printer</extracomment>
        <translation>Fişi &amp;yazdır</translation>
    </message>
    <message>
        <source>Print on &amp;another printer…</source>
        <extracomment>Receipt menu: choose a printer in the system's print dialog</extracomment>
        <translation>&amp;Başka bir yazıcıda yazdır…</translation>
    </message>
    <message>
        <source>&amp;Save receipt as PDF…</source>
        <translation>Fişi &amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Printing the receipt on %1…</source>
        <translation>Fiş, %1 ile yazdırılıyor…</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Fişi yazdır</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <extracomment>The suggested file name of a saved receipt; %1 is the order number</extracomment>
        <translation>fiş-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Fişi PDF olarak kaydet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Fiş yazdırılmadı</translation>
    </message>
    <message>
        <source>A duplicate receipt was printed.</source>
        <translation>Fişin kopyası yazdırıldı.</translation>
    </message>
    <message>
        <source>The receipt was printed.</source>
        <translation>Fiş yazdırıldı.</translation>
    </message>
</context>
<context>
    <name>ReceiptLog</name>
    <message>
        <source>The receipts printed could not be read: %1</source>
        <translation>Yazdırılan fişlerin kaydı okunamadı: %1</translation>
    </message>
    <message>
        <source>The receipt's print could not be noted: %1</source>
        <translation>Fişin yazdırıldığı kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>The invoice history could not be read: %1</source>
        <translation>Fatura geçmişi okunamadı: %1</translation>
    </message>
    <message>
        <source>This invoice is not in the history.</source>
        <translation>Bu fatura geçmişte yok.</translation>
    </message>
    <message>
        <source>its claim is gone</source>
        <translation>yazdırma kaydı artık yok</translation>
    </message>
    <message>
        <source>the invoice is not in the history</source>
        <translation>fatura geçmişte yok</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>This invoice is not in the history.</source>
        <translation>Bu fatura geçmişte yok.</translation>
    </message>
    <message>
        <source>The receipt was printed, but the history could not note it: %1</source>
        <extracomment>The receipt came out but the history could not note it: the next one would not say DUPLICATE</extracomment>
        <translation>Fiş yazdırıldı, ancak geçmişe kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptSettingsBox</name>
    <message>
        <source>Receipts</source>
        <translation>Fişler</translation>
    </message>
    <message>
        <source>Shop a&amp;ddress:</source>
        <translation>&amp;Mağaza adresi:</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>&amp;Vergi numarası:</translation>
    </message>
    <message>
        <source>T&amp;ill name:</source>
        <translation>Ka&amp;sa adı:</translation>
    </message>
    <message>
        <source>None: ask each time</source>
        <extracomment>Receipt printer: none chosen (receipts are printed through the print dialog)</extracomment>
        <translation>Yok: her seferinde sor</translation>
    </message>
    <message>
        <source>A printer of this computer</source>
        <translation>Bu bilgisayardaki bir yazıcı</translation>
    </message>
    <message>
        <source>A thermal receipt printer (ESC/POS)</source>
        <extracomment>A thermal receipt printer spoken to directly, on the network or by USB</extracomment>
        <translation>Termal fiş yazıcısı (ESC/POS)</translation>
    </message>
    <message>
        <source>The default printer</source>
        <translation>Varsayılan yazıcı</translation>
    </message>
    <message>
        <source>Pri&amp;nter:</source>
        <translation>&amp;Yazıcı:</translation>
    </message>
    <message>
        <source>192.168.1.50:9100 or /dev/usb/lp0</source>
        <translation>192.168.1.50:9100 veya /dev/usb/lp0</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Paper &amp;width:</source>
        <translation>Kâğıt ge&amp;nişliği:</translation>
    </message>
    <message>
        <source>Sent as a picture (any printer)</source>
        <extracomment>How the QR code reaches a thermal printer: as a picture</extracomment>
        <translation>Resim olarak gönderilir (her yazıcıda çalışır)</translation>
    </message>
    <message>
        <source>Drawn by the printer (faster, newer printers)</source>
        <extracomment>How the QR code reaches a thermal printer: the printer draws it from the text</extracomment>
        <translation>Yazıcı kendisi çizer (daha hızlı, yeni yazıcılar)</translation>
    </message>
    <message>
        <source>&amp;QR code:</source>
        <translation>&amp;QR kodu:</translation>
    </message>
    <message>
        <source>Print the receipt by itself when an invoice is paid</source>
        <translation>Fatura ödendiğinde fişi otomatik yazdır</translation>
    </message>
    <message>
        <source>Enter the printer's address (such as 192.168.1.50:9100) or its device (such as /dev/usb/lp0).</source>
        <translation>Yazıcının adresini (örneğin 192.168.1.50:9100) veya aygıtını (örneğin /dev/usb/lp0) girin.</translation>
    </message>
    <message>
        <source>R&amp;eceipt printer:</source>
        <translation>&amp;Fiş yazıcısı:</translation>
    </message>
    <message>
        <source>Printer address or de&amp;vice:</source>
        <translation>Yazıcı adr&amp;esi veya aygıtı:</translation>
    </message>
</context>
<context>
    <name>RecentInvoices</name>
    <message>
        <source>Last invoices</source>
        <translation>Son faturalar</translation>
    </message>
    <message>
        <source>%1 %2
%3 · %4</source>
        <extracomment>A recent invoice: state symbol and name, amount, time</extracomment>
        <translation>%1 %2
%3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A recent test invoice: %1 is "TEST — NO MONEY", %2 the invoice as above</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>The console stopped while this invoice was being sent.</source>
        <translation>Bu fatura gönderilirken konsol kapandı.</translation>
    </message>
    <message>
        <source>The gateway has no invoice with this order number, so it can be sent again.</source>
        <translation>Ağ geçidinde bu sipariş numarasıyla bir fatura yok; yeniden gönderilebilir.</translation>
    </message>
</context>
<context>
    <name>RemoteInvoiceParser</name>
    <message>
        <source>The gateway's list of invoices could not be read.</source>
        <translation>Ağ geçidinin fatura listesi okunamadı.</translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <source>Invoices</source>
        <extracomment>The vertical axis of the sales chart</extracomment>
        <translation>Faturalar</translation>
    </message>
</context>
<context>
    <name>SalesReportBuilder</name>
    <message>
        <source>The report's period must end after it begins.</source>
        <extracomment>A sales report was asked for a period that ends before it begins</extracomment>
        <translation>Raporun dönemi, başladıktan sonra bitmeli.</translation>
    </message>
    <message>
        <source>The till's time zone is not known to this computer.</source>
        <translation>Kasanın saat dilimi bu bilgisayarda tanımlı değil.</translation>
    </message>
    <message numerus="yes">
        <source>The report's period is too long: at most %n days.</source>
        <translation><numerusform>Raporun dönemi çok uzun: en fazla %n gün olabilir.</numerusform></translation>
    </message>
    <message>
        <source>The average sale in %1 could not be computed.</source>
        <translation>%1 cinsinden ortalama satış hesaplanamadı.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <extracomment>A sales report was being counted when a newer request (or closing the window) made it unwanted</extracomment>
        <translation>Rapor iptal edildi.</translation>
    </message>
    <message>
        <source>The payments of earlier invoices could not be read: %1</source>
        <translation>Önceki faturaların ödemeleri okunamadı: %1</translation>
    </message>
    <message>
        <source>The payments of earlier invoices could not be read: a price is damaged.</source>
        <translation>Önceki faturaların ödemeleri okunamadı: bir fiyat bozuk.</translation>
    </message>
</context>
<context>
    <name>SalesReportCsv</name>
    <message>
        <source>The report could not be written: %1</source>
        <extracomment>%1 is the system's reason</extracomment>
        <translation>Rapor yazılamadı: %1</translation>
    </message>
</context>
<context>
    <name>SalesReportDocument</name>
    <message>
        <source>X report — not a close</source>
        <extracomment>Title of the report of a running shift; it closes nothing</extracomment>
        <translation>X raporu — kapanış değil</translation>
    </message>
    <message>
        <source>Z report No. %1</source>
        <extracomment>Title of the report that closed a shift; %1 is its number</extracomment>
        <translation>Z raporu No. %1</translation>
    </message>
    <message>
        <source>Sales report</source>
        <extracomment>Title of a report over any period</extracomment>
        <translation>Satış raporu</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A day in a report's chart and table, e.g. "10 Mar" (QDate format)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Sales per day</source>
        <translation>Günlük satışlar</translation>
    </message>
    <message>
        <source>Sales per hour</source>
        <translation>Saatlik satışlar</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>A chart's series: invoices paid (paid late too)</extracomment>
        <translation>Ödenen</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>Eksik ödenen</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <extracomment>A chart's series: invoices waiting for payment or expired</extracomment>
        <translation>Ödenmemiş</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <extracomment>Banner of a Z report printed again after the shift's close</extracomment>
        <translation>YENİDEN BASKI</translation>
    </message>
    <message>
        <source>The shift stays open.</source>
        <extracomment>Under an X report's title: the shift stays open</extracomment>
        <translation>Vardiya açık kalır.</translation>
    </message>
    <message>
        <source>Till</source>
        <extracomment>Report: the till it was made at</extracomment>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Report: the start of its period</extracomment>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Report: the end of its period (excluded)</extracomment>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Opened by</source>
        <extracomment>Report: the person who opened the shift</extracomment>
        <translation>Açan</translation>
    </message>
    <message>
        <source>Opening note</source>
        <extracomment>Report: the note written when the shift opened</extracomment>
        <translation>Açılış notu</translation>
    </message>
    <message>
        <source>Closed by</source>
        <extracomment>Report: the person who closed the shift</extracomment>
        <translation>Kapatan</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Report: when it was made</extracomment>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Invoices by state</source>
        <extracomment>Report: a heading</extracomment>
        <translation>Durumlarına göre faturalar</translation>
    </message>
    <message>
        <source>No invoices in this period.</source>
        <translation>Bu dönemde fatura yok.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <extracomment>Report: every invoice that is not a test one</extracomment>
        <translation>Faturalar</translation>
    </message>
    <message numerus="yes">
        <source>Test invoices, not in any total: %n</source>
        <extracomment>Report: test invoices are counted apart; %n how many</extracomment>
        <translation><numerusform>Test faturaları (hiçbir toplama katılmaz): %n</numerusform></translation>
    </message>
    <message>
        <source>Totals in %1</source>
        <extracomment>Report: the heading of one price currency's sums, e.g. "USD"</extracomment>
        <translation>%1 toplamları</translation>
    </message>
    <message numerus="yes">
        <source>Paid (%n)</source>
        <extracomment>Report: the sum of paid invoices (paid late too); %n how many</extracomment>
        <translation><numerusform>Ödenen (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Underpaid (%n)</source>
        <extracomment>Report: the sum of underpaid invoices' prices; %n how many</extracomment>
        <translation><numerusform>Eksik ödenen (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unpaid (%n)</source>
        <extracomment>Report: the sum of invoices waiting for payment or expired; %n how many</extracomment>
        <translation><numerusform>Ödenmemiş (%n)</numerusform></translation>
    </message>
    <message>
        <source>Largest sale (%1)</source>
        <extracomment>Report: the largest sale and its order number</extracomment>
        <translation>En büyük satış (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Average sale (%n)</source>
        <extracomment>Report: the average of the paid sales; %n how many sales</extracomment>
        <translation><numerusform>Ortalama satış (%n)</numerusform></translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Bu dönemde satış yok.</translation>
    </message>
    <message>
        <source>Received per coin</source>
        <extracomment>Report: a heading; what came in per coin, as the gateway reported it</extracomment>
        <translation>Coin bazında alınan</translation>
    </message>
    <message>
        <source>No amounts reported by the gateway.</source>
        <extracomment>Report: the gateway reported no amount received</extracomment>
        <translation>Ağ geçidi alınan bir tutar bildirmedi.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (payments: %n)</source>
        <extracomment>Report: a coin and how many payments came in it, e.g. "BTC (payments: 3)"</extracomment>
        <translation><numerusform>%1 (%n ödeme)</numerusform></translation>
    </message>
    <message>
        <source>Paid per day</source>
        <translation>Günlük ödenen</translation>
    </message>
    <message>
        <source>Paid per hour</source>
        <translation>Saatlik ödenen</translation>
    </message>
    <message>
        <source>Nothing was paid in this period.</source>
        <translation>Bu dönemde ödeme yapılmadı.</translation>
    </message>
    <message>
        <source>End of Z report No. %1</source>
        <extracomment>The last line of a Z report</extracomment>
        <translation>Z raporu No. %1 sonu</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A day in a report's chart and table over more than one year, e.g. "10 Mar 2026" (QDate format)</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>An hour in a report's chart and table when the period has more than one day, e.g. "29 Nov 09:00" (QDateTime format)</extracomment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <extracomment>Banner of a report whose figures include made-up invoices of the demo history</extracomment>
        <translation>DEMO VERİSİ</translation>
    </message>
    <message numerus="yes">
        <source>Includes %n made-up demo invoice(s) — not real sales.</source>
        <extracomment>%n how many made-up invoices of the demo history the report counts</extracomment>
        <translation><numerusform>%n uydurma demo faturası içerir — gerçek satış değildir.</numerusform></translation>
    </message>
    <message>
        <source>Since Z report No. %1: sales between shifts are counted too.</source>
        <extracomment>Report: an X or Z report's period starts where Z report %1 ended, sales made between shifts included</extracomment>
        <translation>Z raporu No. %1 kapanışından beri: vardiyalar arasındaki satışlar da sayılır.</translation>
    </message>
    <message>
        <source>The first Z report starts at the shift's opening; earlier sales are in period reports.</source>
        <extracomment>Report: the first Z report (or the X report before it) starts at its shift's opening</extracomment>
        <translation>İlk Z raporu vardiyanın açılışından başlar; daha önceki satışlar dönem raporlarındadır.</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <extracomment>Report: when the shift opened (its period may start earlier)</extracomment>
        <translation>Vardiya açılışı</translation>
    </message>
    <message>
        <source>Paid in this period for earlier invoices</source>
        <extracomment>Report: a heading; invoices made before the period whose payment came in during it</extracomment>
        <translation>Önceki faturalar için bu dönemde ödenen</translation>
    </message>
    <message>
        <source>Not in the totals above, which count the invoices made in this period.</source>
        <extracomment>Report: under the heading of payments for earlier invoices</extracomment>
        <translation>Yukarıdaki toplamlara dahil değildir; onlar bu dönemde oluşturulan faturaları sayar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 paid (%n)</source>
        <extracomment>Report: payments for earlier invoices; %1 a currency, %n how many invoices</extracomment>
        <translation><numerusform>%1 ödenen (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 underpaid (%n)</source>
        <extracomment>Report: earlier invoices underpaid in this period; %1 a currency, %n how many invoices</extracomment>
        <translation><numerusform>%1 eksik ödenen (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Received by them in all, in %1 (payments: %n)</source>
        <extracomment>Report: everything earlier invoices paid in this period have received, per coin, before it too</extracomment>
        <translation><numerusform>Bunların toplam aldığı, %1 olarak (%n ödeme)</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Payid19 gateway</source>
        <translation>Payid19 ağ geçidi</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API &amp;adresi:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Açı&amp;k anahtar:</translation>
    </message>
    <message>
        <source>A key is saved (hidden). Type a new one to replace it.</source>
        <translation>Kayıtlı bir anahtar var (gizli). Değiştirmek için yenisini yazın.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ayarlanmadı</translation>
    </message>
    <message>
        <source>P&amp;rivate key:</source>
        <translation>&amp;Gizli anahtar:</translation>
    </message>
    <message>
        <source>Where the private key is kept</source>
        <translation>Gizli anahtarın saklandığı yer</translation>
    </message>
    <message>
        <source>With both keys set the console uses the real gateway; without them it trains on the built-in one.</source>
        <translation>İki anahtar da girildiğinde konsol gerçek ağ geçidini kullanır; girilmediğinde yerleşik eğitim ağ geçidiyle çalışır.</translation>
    </message>
    <message>
        <source>&amp;Forget the keys</source>
        <translation>Anahtarları &amp;unut</translation>
    </message>
    <message>
        <source>Forget the keys</source>
        <translation>Anahtarları unut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Sistemle aynı</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Dil (yeniden başlatınca):</translation>
    </message>
    <message>
        <source>Default invoice options of this till</source>
        <translation>Bu kasanın varsayılan fatura seçenekleri</translation>
    </message>
    <message>
        <source>Enter the public key that belongs to the private key.</source>
        <translation>Gizli anahtara ait açık anahtarı girin.</translation>
    </message>
    <message>
        <source>Payments and customer display</source>
        <translation>Ödemeler ve müşteri ekranı</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of a number of seconds, e.g. "5 s"</extracomment>
        <translation> sn</translation>
    </message>
    <message>
        <source>Ask about the invoice on screen every:</source>
        <translation>Ekrandaki faturayı şu aralıkla sor:</translation>
    </message>
    <message>
        <source>Time zone of the gateway's dates:</source>
        <translation>Ağ geçidi tarihlerinin saat dilimi:</translation>
    </message>
    <message>
        <source>No sound or notice when a payment comes in</source>
        <translation>Ödeme geldiğinde ses veya bildirim yok</translation>
    </message>
    <message>
        <source>The second screen, if there is one</source>
        <translation>Varsa ikinci ekran</translation>
    </message>
    <message>
        <source>Customer display on:</source>
        <translation>Müşteri ekranı:</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as UTC or Europe/Istanbul.</source>
        <translation>Listeden bir saat dilimi seçin, örneğin UTC veya Europe/Istanbul.</translation>
    </message>
    <message>
        <source>Shop name (customer display and receipts):</source>
        <translation>Mağaza adı (müşteri ekranı ve fişler):</translation>
    </message>
</context>
<context>
    <name>ShiftBook</name>
    <message>
        <source>The shifts could not be read: %1</source>
        <translation>Vardiyalar okunamadı: %1</translation>
    </message>
    <message>
        <source>Say who opens the shift.</source>
        <translation>Vardiyayı kimin açtığını yazın.</translation>
    </message>
    <message>
        <source>The shift could not be opened: the time is not known.</source>
        <translation>Vardiya açılamadı: saat bilinmiyor.</translation>
    </message>
    <message>
        <source>The shift could not be opened: %1</source>
        <translation>Vardiya açılamadı: %1</translation>
    </message>
    <message>
        <source>A shift is already open: %1 opened it on %2. Close it before opening another.</source>
        <extracomment>%1 is a person's name, %2 a date and time</extracomment>
        <translation>Zaten açık bir vardiya var: %2 tarihinde %1 açtı. Yenisini açmadan önce onu kapatın.</translation>
    </message>
    <message>
        <source>The computer's clock (%1) is before the close of the last shift (%2). Check the clock.</source>
        <translation>Bilgisayarın saati (%1), son vardiyanın kapanışından (%2) önce. Saati kontrol edin.</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>Açık vardiya yok.</translation>
    </message>
    <message>
        <source>The computer's clock (%1) is before the opening of the shift (%2). Check the clock.</source>
        <translation>Bilgisayarın saati (%1), vardiyanın açılışından (%2) önce. Saati kontrol edin.</translation>
    </message>
    <message>
        <source>Say who closes the shift.</source>
        <translation>Vardiyayı kimin kapattığını yazın.</translation>
    </message>
    <message>
        <source>The shift could not be closed: %1</source>
        <translation>Vardiya kapatılamadı: %1</translation>
    </message>
    <message>
        <source>The Z reports could not be read: %1</source>
        <translation>Z raporları okunamadı: %1</translation>
    </message>
    <message>
        <source>The Z report could not be made: %1</source>
        <translation>Z raporu oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>The Z report could not be stored: %1</source>
        <translation>Z raporu kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Z report %1 is damaged and cannot be shown.</source>
        <translation>%1 numaralı Z raporu bozuk ve gösterilemiyor.</translation>
    </message>
    <message>
        <source>The shift could not be closed: it is no longer open.</source>
        <translation>Vardiya kapatılamadı: artık açık değil.</translation>
    </message>
</context>
<context>
    <name>ShiftView</name>
    <message>
        <source>&amp;Open shift…</source>
        <translation>Vardiya &amp;aç…</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Vardiya aç</translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation>&amp;X raporu</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X raporu</translation>
    </message>
    <message>
        <source>The running shift's figures so far; the shift stays open</source>
        <translation>Açık vardiyanın şu ana kadarki rakamları; vardiya açık kalır</translation>
    </message>
    <message>
        <source>&amp;Close shift (Z report)…</source>
        <translation>Vardiyayı &amp;kapat (Z raporu)…</translation>
    </message>
    <message>
        <source>Close shift with a Z report</source>
        <translation>Vardiyayı Z raporuyla kapat</translation>
    </message>
    <message>
        <source>Ends the shift; its Z report is numbered and kept unchanged</source>
        <translation>Vardiyayı bitirir; Z raporu numaralandırılır ve değiştirilmeden saklanır</translation>
    </message>
    <message>
        <source>Closed shifts (Z reports):</source>
        <translation>Kapatılan vardiyalar (Z raporları):</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Z raporları</translation>
    </message>
    <message>
        <source>Report of a period</source>
        <translation>Dönem raporu</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <source>Show &amp;period report</source>
        <translation>Dönem &amp;raporunu göster</translation>
    </message>
    <message>
        <source>Show period report</source>
        <translation>Dönem raporunu göster</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Bi&amp;tiş:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>Sales chart</source>
        <translation>Satış grafiği</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Raporu yazdır</translation>
    </message>
    <message>
        <source>Print on &amp;receipt printer</source>
        <translation>&amp;Fiş yazıcısında yazdır</translation>
    </message>
    <message>
        <source>Print report on the receipt printer</source>
        <translation>Raporu fiş yazıcısında yazdır</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Raporu PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation>Raporu CSV olarak kaydet</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Rapor alınamadı</translation>
    </message>
    <message>
        <source>Shift open since %1, by %2</source>
        <extracomment>The Day tab's head: "Shift open since 29/11/2026 09:02, by Ana"</extracomment>
        <translation>Vardiya %1 tarihinden beri açık (açan: %2)</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>Açık vardiya yok.</translation>
    </message>
    <message>
        <source>Z %1 · %2 · %3</source>
        <extracomment>A line of the Z report list: "Z 12 · 28/11/2026 18:02 · Ana"</extracomment>
        <translation>Z %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Açan</translation>
    </message>
    <message>
        <source>Opening note</source>
        <translation>Açılış notu</translation>
    </message>
    <message>
        <source>For example: cash float 100.00 EUR, printer paper changed</source>
        <translation>Örneğin: kasada açılış nakdi 100,00 EUR, yazıcı kâğıdı değiştirildi</translation>
    </message>
    <message>
        <source>Opened &amp;by:</source>
        <translation>Vardiyayı &amp;açan:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>Shift not opened</source>
        <translation>Vardiya açılmadı</translation>
    </message>
    <message>
        <source>The shift is open.</source>
        <translation>Vardiya açıldı.</translation>
    </message>
    <message>
        <source>Counting the report…</source>
        <translation>Rapor hesaplanıyor…</translation>
    </message>
    <message>
        <source>No X report</source>
        <translation>X raporu alınamadı</translation>
    </message>
    <message>
        <source>Shift not closed</source>
        <translation>Vardiya kapatılmadı</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Vardiyayı kapat</translation>
    </message>
    <message>
        <source>The Z report is numbered and kept as it is: it cannot be changed afterwards.

Closed by:</source>
        <translation>Z raporu numaralandırılır ve olduğu gibi saklanır: sonradan değiştirilemez.

Kapatan:</translation>
    </message>
    <message>
        <source>The shift is closed: Z report No. %1.</source>
        <extracomment>After closing a shift</extracomment>
        <translation>Vardiya kapatıldı: Z raporu No. %1.</translation>
    </message>
    <message>
        <source>Z report not found</source>
        <translation>Z raporu bulunamadı</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>İlk gün, son günden sonra olamaz.</translation>
    </message>
    <message>
        <source>z-report-%1</source>
        <extracomment>File name of a saved Z report; %1 its number</extracomment>
        <translation>z-raporu-%1</translation>
    </message>
    <message>
        <source>x-report-%1</source>
        <translation>x-raporu-%1</translation>
    </message>
    <message>
        <source>sales-report</source>
        <translation>satış-raporu</translation>
    </message>
    <message>
        <source>The report was printed.</source>
        <translation>Rapor yazdırıldı.</translation>
    </message>
    <message>
        <source>Report not printed</source>
        <translation>Rapor yazdırılmadı</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapor kaydedilmedi</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Rapor %1 olarak kaydedildi.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 yazılamadı: %2</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Ya&amp;zdır…</translation>
    </message>
    <message>
        <source>Sav&amp;e PDF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>S&amp;ave CSV…</source>
        <translation>CS&amp;V olarak kaydet…</translation>
    </message>
    <message>
        <source>No receipt printer is set up. Choose one in Settings, under Receipts.</source>
        <translation>Fiş yazıcısı ayarlanmamış. Ayarlar'daki Fişler bölümünden bir yazıcı seçin.</translation>
    </message>
    <message>
        <source>There is no Z report No. %1.</source>
        <translation>%1 numaralı Z raporu yok.</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Payment state</source>
        <translation>Ödeme durumu</translation>
    </message>
</context>
<context>
    <name>StatusPoller</name>
    <message>
        <source>Payment status could not be checked: %1 Trying again in a moment.</source>
        <translation>Ödeme durumu denetlenemedi: %1 Birazdan yeniden denenecek.</translation>
    </message>
    <message>
        <source>That invoice is no longer in the history.</source>
        <translation>Bu fatura artık geçmişte yok.</translation>
    </message>
    <message>
        <source>This invoice was made with another gateway account; only that account can say how it stands.</source>
        <translation>Bu fatura başka bir ağ geçidi hesabıyla oluşturuldu; durumunu yalnızca o hesap söyleyebilir.</translation>
    </message>
    <message>
        <source>The gateway has not confirmed this invoice yet. Check unconfirmed invoices first.</source>
        <translation>Ağ geçidi bu faturayı henüz doğrulamadı. Önce doğrulanmamış faturaları kontrol edin.</translation>
    </message>
    <message>
        <source>The gateway has no invoice with order number %1.</source>
        <translation>Ağ geçidinde %1 sipariş numaralı fatura yok.</translation>
    </message>
</context>
<context>
    <name>TestMark</name>
    <message>
        <source>TEST — NO MONEY</source>
        <extracomment>Marks a test invoice everywhere it shows; keep it short and loud</extracomment>
        <translation>TEST — PARA YOK</translation>
    </message>
    <message>
        <source>Test invoice</source>
        <translation>Test faturası</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING MODE: no real money moves. Invoices go to the built-in training gateway.</source>
        <translation>EĞİTİM MODU: gerçek para hareket etmez. Faturalar yerleşik eğitim ağ geçidine gider.</translation>
    </message>
    <message>
        <source>Set up the real gateway…</source>
        <translation>Gerçek ağ geçidini ayarla…</translation>
    </message>
    <message>
        <source>Set up the real gateway</source>
        <translation>Gerçek ağ geçidini ayarla</translation>
    </message>
    <message>
        <source>Next training invoice:</source>
        <translation>Sonraki eğitim faturası:</translation>
    </message>
    <message>
        <source>The gateway is down for 30 seconds</source>
        <translation>Ağ geçidi 30 saniye kapalı</translation>
    </message>
    <message>
        <source>Next training invoice</source>
        <translation>Sonraki eğitim faturası</translation>
    </message>
    <message>
        <source>White label: the next coin address is refused</source>
        <translation>Beyaz etiket: bir sonraki coin adresi reddedilir</translation>
    </message>
</context>
<context>
    <name>TrainingGateway</name>
    <message>
        <source>The training gateway could not start on this computer.</source>
        <translation>Eğitim ağ geçidi bu bilgisayarda başlatılamadı.</translation>
    </message>
    <message>
        <source>As the real gateway (test invoices pay themselves)</source>
        <translation>Gerçek ağ geçidi gibi (test faturaları kendiliğinden ödenir)</translation>
    </message>
    <message>
        <source>Paid after a few seconds</source>
        <translation>Birkaç saniye sonra ödenir</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>Eksik ödenir</translation>
    </message>
    <message>
        <source>Expires unpaid</source>
        <translation>Ödenmeden süresi dolar</translation>
    </message>
    <message>
        <source>Paid after it expired</source>
        <translation>Süresi dolduktan sonra ödenir</translation>
    </message>
    <message>
        <source>Never paid</source>
        <translation>Hiç ödenmez</translation>
    </message>
    <message>
        <source>Partly paid (40 percent), never completed</source>
        <translation>Kısmen ödendi (yüzde 40), hiç tamamlanmadı</translation>
    </message>
    <message>
        <source>Paid, then confirmed after a while</source>
        <translation>Ödendi, bir süre sonra onaylandı</translation>
    </message>
</context>
<context>
    <name>WhiteLabel</name>
    <message>
        <source>The gateway's list of coins could not be read.</source>
        <translation>Ağ geçidinin coin listesi okunamadı.</translation>
    </message>
    <message>
        <source>The gateway's list of coins is incomplete: an entry has no %1.</source>
        <extracomment>%1 is the missing field's name as the gateway spells it</extracomment>
        <translation>Ağ geçidinin coin listesi eksik: bir girdide %1 yok.</translation>
    </message>
    <message>
        <source>The gateway offered no coin to pay with. Allow more coins in More options.</source>
        <translation>Ağ geçidi ödeme için hiçbir coin sunmadı. Diğer seçenekler'de daha fazla coine izin verin.</translation>
    </message>
    <message>
        <source>The gateway gave no address for this coin.</source>
        <translation>Ağ geçidi bu coin için adres vermedi.</translation>
    </message>
    <message>
        <source>The gateway's answer has no usable address and amount.</source>
        <translation>Ağ geçidinin yanıtında kullanılabilir bir adres ve tutar yok.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation>Elektronik tablo yazılamadı: %1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started (out of memory or no working folder).</source>
        <translation>Elektronik tablo başlatılamadı (bellek yetersiz veya çalışma klasörü yok).</translation>
    </message>
    <message>
        <source>Invoices</source>
        <extracomment>Name of the export's first sheet (at most 31 characters)</extracomment>
        <translation>Faturalar</translation>
    </message>
    <message>
        <source>Totals</source>
        <extracomment>Name of the export's totals sheet (at most 31 characters)</extracomment>
        <translation>Toplamlar</translation>
    </message>
    <message numerus="yes">
        <source>A spreadsheet holds at most %n invoice(s) on a sheet; choose a shorter period or export to CSV.</source>
        <translation><numerusform>Bir elektronik tablo sayfası en fazla %n fatura alabilir; daha kısa bir dönem seçin veya CSV olarak dışa aktarın.</numerusform></translation>
    </message>
    <message>
        <source>Currency</source>
        <extracomment>Totals sheet column headers</extracomment>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Exact amount</source>
        <translation>Tam tutar</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>Totals sheet: the sum of the prices of paid invoices</extracomment>
        <translation>Ödenen</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>Eksik ödenen</translation>
    </message>
    <message>
        <source>Unpaid (open or expired)</source>
        <extracomment>Totals sheet: the sum of the prices still awaiting payment (open or expired)</extracomment>
        <translation>Ödenmemiş (açık veya süresi dolmuş)</translation>
    </message>
    <message>
        <source>Invoices in the export</source>
        <extracomment>Totals sheet: how many invoices the export holds</extracomment>
        <translation>Dışa aktarılan faturalar</translation>
    </message>
    <message>
        <source>Of those, test invoices (in no sum)</source>
        <extracomment>Totals sheet: test invoices are counted but in no sum</extracomment>
        <translation>Bunlardan test faturaları (hiçbir toplamda yok)</translation>
    </message>
    <message>
        <source>Sums are of the invoices' prices, per price currency. Sending, failed, unconfirmed and conflicting invoices are counted but in no sum.</source>
        <translation>Toplamlar, faturaların fiyatlarından fiyat para birimine göre hesaplanır. Gönderilmekte olan, başarısız, doğrulanmamış ve çakışan faturalar sayılır ancak hiçbir toplama katılmaz.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Point-of-sale console for crypto payments through the Payid19 gateway.</source>
        <translation>Payid19 ağ geçidi üzerinden kripto ödemeler için satış noktası konsolu.</translation>
    </message>
    <message>
        <source>Use this gateway API address for this run only.</source>
        <translation>Yalnızca bu çalıştırma için bu ağ geçidi API adresini kullan.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Wrong API address</source>
        <translation>Yanlış API adresi</translation>
    </message>
    <message>
        <source>The address given with --api-base cannot be used: %1</source>
        <translation>--api-base ile verilen adres kullanılamıyor: %1</translation>
    </message>
    <message>
        <source>Invoice history unavailable</source>
        <translation>Fatura geçmişi kullanılamıyor</translation>
    </message>
</context>
</TS>