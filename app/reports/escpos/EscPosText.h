#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Text as a thermal printer takes it: one byte per character in code page
// PC858 (PC850 with the euro sign, ESC t 19), which nearly every ESC/POS
// printer has. UTF-8 sent raw would print as two or three wrong signs per
// letter, so what the code page lacks is spelled without its accents (ş -> s,
// ı -> i), typographic signs become their plain forms (— -> -, … -> ...), and
// anything else becomes '?'. Control characters never reach the printer: a
// shop name holding ESC or GS would otherwise be taken as a command.
namespace EscPosText {

// The ESC t number of the code page the bytes are in.
constexpr int CodePage = 19;

// `text` with every character replaced by one the code page has; each
// character of the result is one column on paper. Line breaks and tabs become
// spaces (callers split lines first).
QString printable(const QString &text);

// The code page bytes of `text`, which must come from printable(); a character
// that does not become '?'.
QByteArray encode(const QString &text);

// `text` in lines of at most `width` characters, broken between words; a word
// longer than a line is broken inside. Text that fits is kept as it is
// (spaces included); an empty text gives one empty line.
QStringList wrap(const QString &text, int width);

}
