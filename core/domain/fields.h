// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace attain {

/// An entity as ordered (column, value) pairs: what is stored, diffed and written to the change log.
using Fields = QList<QPair<QString, QVariant>>;

/// A field's value by name; null when it is not among them.
inline QVariant fieldValue(const Fields &fields, const char *name)
{
    for (const auto &f : fields)
        if (f.first == QLatin1StringView(name))
            return f.second;
    return QVariant();
}

/// A field's value as text; empty when it is SQL NULL or not among them.
inline QString fieldText(const Fields &fields, const char *name)
{
    const QVariant v = fieldValue(fields, name);
    return v.isNull() ? QString() : v.toString();
}

inline bool hasField(const Fields &fields, const char *name)
{
    for (const auto &f : fields)
        if (f.first == QLatin1StringView(name))
            return true;
    return false;
}

/// Empty text is stored as SQL NULL so that optional unique columns (external ids) stay unique.
inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/// `2025-03-05`; written by hand because QDate::toString goes through the locale machinery and this
/// runs for every date of a million-row load.
inline QString isoDate(QDate d)
{
    if (!d.isValid())
        return QString();
    int y = d.year(), m = d.month(), day = d.day();
    const char16_t text[10] = {char16_t(u'0' + y / 1000 % 10),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

inline QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace attain
