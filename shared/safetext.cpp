// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetext.h"

using namespace Qt::StringLiterals;

namespace chatbuddy {

namespace {
bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1 (C1 includes CSI, 0x9b)
           || c == 0x2028 || c == 0x2029        // line and paragraph separators
           || (c >= 0x202a && c <= 0x202e)      // bidirectional embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069);     // bidirectional isolates
}

void appendEscaped(QString &out, QStringView text, bool escapeQuotes)
{
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (needsEscape(c)) {
            out += c <= 0xff ? u"\\x%1"_s.arg(uint(c), 2, 16, QChar(u'0'))
                             : u"\\u%1"_s.arg(uint(c), 4, 16, QChar(u'0'));
        } else if (escapeQuotes && (c == u'"' || c == u'\\')) {
            out += u'\\';
            out += ch;
        } else {
            out += ch;
        }
    }
}
} // namespace

QString quoted(QStringView text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars) + 8);
    out += u'"';
    appendEscaped(out, text.left(maxChars), true);
    out += u'"';
    if (text.size() > maxChars)
        out += u"..."_s;
    return out;
}

QString escapeControls(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendEscaped(out, text, false);
    return out;
}

} // namespace chatbuddy
