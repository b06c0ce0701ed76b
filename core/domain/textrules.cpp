// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/textrules.h"

#include <QLocale>

namespace attain {

QString TextRules::forbiddenCharacter(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            continue;
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))
            return QStringLiteral("U+%1").arg(int(u), 4, 16, QLatin1Char('0')).toUpper();
    }
    return QString();
}

bool TextRules::check(Problems &problems, const QString &field, const QString &text, int maxLength)
{
    if (text.size() > maxLength) {
        problems << Problem{field,
                            tr("at most %1 characters (this has %2)")
                                .arg(QLocale::c().toString(maxLength), QLocale::c().toString(text.size()))};
        return false;
    }
    if (const QString bad = forbiddenCharacter(text); !bad.isEmpty()) {
        problems << Problem{field, tr("holds an invisible control character (%1); remove it").arg(bad)};
        return false;
    }
    return true;
}

} // namespace attain
