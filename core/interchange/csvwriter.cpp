// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/csvwriter.h"

#include <QStringEncoder>

namespace attain {

std::optional<CsvWriter::Encoding> CsvWriter::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("utf8") || n == QLatin1String("utf-8"))
        return Encoding::Utf8Bom;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk"))
        return Encoding::Gb18030;
    return std::nullopt;
}

CsvWriter::CsvWriter(Encoding encoding, const QStringList &header, QList<bool> numeric)
    : m_encoding(encoding), m_header(header), m_numeric(std::move(numeric))
{
    if (m_encoding == Encoding::Utf8Bom)
        m_bytes = QByteArray("\xEF\xBB\xBF");
    QStringList cells;
    for (const QString &h : header)
        cells << quoted(h);
    bool ok = true;
    m_bytes += encode(cells.join(QLatin1Char(',')) + QLatin1String("\r\n"), &ok);
}

QString CsvWriter::neutralized(const QString &cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return QLatin1Char('\'') + cell;
    }
    return cell;
}

QString CsvWriter::quoted(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\r')) && !cell.contains(QLatin1Char('\n')))
        return cell;
    QString q = cell;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray CsvWriter::encode(const QString &text, bool *ok) const
{
    QStringEncoder encoder(m_encoding == Encoding::Gb18030 ? "GB18030" : "UTF-8",
                           QStringConverter::Flag::Stateless);
    QByteArray out = encoder.encode(text);
    // A lone surrogate has no encoding in UTF-8 or GB18030: refuse rather than write a replacement.
    *ok = !encoder.hasError();
    for (qsizetype i = 0; *ok && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()))
            *ok = false;
        else if (c.isHighSurrogate())
            ++i;
        else if (c.isLowSurrogate())
            *ok = false;
    }
    return out;
}

Status CsvWriter::addRow(const QStringList &cells, int row)
{
    QStringList out;
    out.reserve(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool numeric = i < m_numeric.size() && m_numeric.at(i);
        out << quoted(numeric ? cells.at(i) : neutralized(cells.at(i)));
    }
    bool ok = true;
    const QByteArray line = encode(out.join(QLatin1Char(',')) + QLatin1String("\r\n"), &ok);
    if (!ok) {
        const QString encoding =
            m_encoding == Encoding::Gb18030 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
        for (qsizetype i = 0; i < cells.size(); ++i) {
            bool cellOk = true;
            encode(cells.at(i), &cellOk);
            if (!cellOk)
                return Status(Problem{m_header.value(i),
                                      tr("a character of this cell cannot be written in %1").arg(encoding),
                                      row, cells.at(i)});
        }
        return Status(
            Problem{QString(), tr("this row cannot be written in %1").arg(encoding), row, QString()});
    }
    m_bytes += line;
    ++m_rows;
    return success();
}

} // namespace attain
