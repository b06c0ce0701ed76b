// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/textnorm.h"

namespace attain {

QString foldWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x3000)
            out += QLatin1Char(' ');
        else if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else
            out += c;
    }
    return out;
}

QString normalizeKey(QStringView text)
{
    return foldWidth(text).toCaseFolded().simplified();
}

QString normalizePhone(QStringView text)
{
    QString digits;
    for (QChar c : foldWidth(text))
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    if (digits.startsWith(QLatin1String("0086")))
        digits = digits.mid(4);
    else if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        digits = digits.mid(2);
    return digits;
}

} // namespace attain
