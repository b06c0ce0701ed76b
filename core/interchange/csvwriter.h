// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace attain {

/// Writes the brief's CSV: RFC 4180 with CRLF, UTF-8 with a BOM (so Excel on Chinese Windows reads it
/// right) or GB18030. A text cell that a spreadsheet would take for a formula (it begins with `=`, `+`,
/// `-`, `@`, tab or CR) gets a leading `'`; number cells are written as they are.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class Encoding
    {
        Utf8Bom,
        Gb18030
    };
    /// "utf8" / "utf-8" / "gb18030" / "gbk" (case-insensitive).
    static std::optional<Encoding> encodingFromName(const QString &name);

    /// `numeric[i]` marks column i as a number column (never prefixed).
    CsvWriter(Encoding encoding, const QStringList &header, QList<bool> numeric);

    /// Appends a data row (`row` is its spreadsheet row, for messages). Refused, with nothing
    /// appended, when a cell cannot be written in the file's encoding.
    Status addRow(const QStringList &cells, int row);
    const QByteArray &bytes() const { return m_bytes; }
    int rows() const { return m_rows; }

    /// A text cell as it is written, before quoting: `=1+1` → `'=1+1`.
    static QString neutralized(const QString &cell);
    /// A cell quoted when it holds the delimiter, a quote, CR or LF.
    static QString quoted(const QString &cell);

private:
    QByteArray encode(const QString &line, bool *ok) const;

    Encoding m_encoding;
    QStringList m_header;
    QList<bool> m_numeric;
    QByteArray m_bytes;
    int m_rows = 0;
};

} // namespace attain
