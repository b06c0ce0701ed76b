// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <memory>

namespace attain {

/// Reads CSV as spreadsheets write it: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
/// text"), GB18030/GBK, detected or named; comma, semicolon or tab, detected or named; RFC 4180 quoting
/// with embedded delimiters, quotes and newlines; CRLF or LF. Records are read one at a time, so a
/// million-row file is never held as strings. A file is read into memory once (not mapped: a file cut short
/// by another program while it is mapped kills the process), and a change while it was read is an error.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        /// Empty: detect. Otherwise utf-8, utf-16, utf-16le, utf-16be, gb18030 or gbk.
        QString encoding;
        /// Null: detect.
        QChar delimiter;
    };

    static Result<std::unique_ptr<CsvReader>> open(const QString &path, const Options &options = {});
    static Result<std::unique_ptr<CsvReader>> fromBytes(QByteArray bytes, const Options &options = {});
    ~CsvReader();

    /// The next record; false at the end of the file or on a malformed record (see error()).
    bool next(QStringList *fields);
    /// The spreadsheet row of the record last read: 1 for the header.
    int row() const { return m_row; }
    QString error() const { return m_error; }
    /// The column (0-based) of the field the error was found in; -1 when it is not in one field.
    int errorColumn() const { return m_errorColumn; }
    QString encoding() const { return m_encoding; }
    /// The file read (empty for text from memory).
    QString path() const { return m_path; }
    QChar delimiter() const { return QChar::fromLatin1(m_delimiter); }
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_size; }
    /// False when the file read by open() has changed on the disk since (its size or time): an import of it
    /// would not be of the file as it is now.
    bool unchangedOnDisk() const;

    /// Names accepted for `Options::encoding`.
    static QStringList encodings();

private:
    CsvReader() = default;
    static Result<std::unique_ptr<CsvReader>> prepare(std::unique_ptr<CsvReader> reader,
                                                      const Options &options);
    void detectDelimiter();
    /// Where a byte of the raw file stands: its spreadsheet row, and the header of its column (or its
    /// number), for a message about bytes that cannot be read.
    struct Place
    {
        int row = 1;
        QString column;
    };
    static Place placeOf(const char *data, qint64 size, qint64 offset);
    static Problem undecodable(const char *data, qint64 size, qint64 offset, const QString &message);

    QString m_path; // empty for text from memory
    qint64 m_diskSize = 0;
    QDateTime m_diskModified;
    QByteArray m_owned; // the text as UTF-8
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    int m_row = 0;
    char m_delimiter = ',';
    QString m_encoding;
    QString m_error;
    int m_errorColumn = -1;
    QByteArray m_scratch;
};

} // namespace attain
