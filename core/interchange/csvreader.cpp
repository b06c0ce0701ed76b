// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include "core/storage/outputfile.h"

namespace attain {

namespace {

/// What a scan of the bytes as UTF-8 found: where the first byte that is not UTF-8 is (-1: none), and how
/// many characters of two to four bytes were well formed — many of them and few bad bytes make a UTF-8 file
/// with a broken cell, not a file in another encoding.
struct Utf8Scan
{
    qint64 firstBad = -1;
    qint64 bad = 0;
    qint64 multibyte = 0;
    bool valid() const { return firstBad < 0; }
    bool mostlyUtf8() const { return multibyte > 0 && multibyte >= 4 * bad; }
};

Utf8Scan scanUtf8(const char *p, qint64 n)
{
    Utf8Scan scan;
    const auto *s = reinterpret_cast<const unsigned char *>(p);
    qint64 i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = -1;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        for (int k = 1; extra > 0 && k <= extra; ++k)
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                extra = -1;
        if (extra < 0) {
            if (scan.firstBad < 0)
                scan.firstBad = i;
            ++scan.bad;
            ++i;
            continue;
        }
        ++scan.multibyte;
        i += extra + 1;
    }
    return scan;
}

char rawDelimiter(const char *data, qint64 size)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
}

} // namespace

CsvReader::~CsvReader() = default;

CsvReader::Place CsvReader::placeOf(const char *data, qint64 size, qint64 offset)
{
    const char delimiter = rawDelimiter(data, size);
    Place place;
    int column = 0;
    bool quoted = false;
    for (qint64 i = 0; i < offset && i < size; ++i) {
        const char c = data[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == delimiter)
            ++column;
        else if (!quoted && (c == '\n' || (c == '\r' && (i + 1 >= size || data[i + 1] != '\n')))) {
            ++place.row;
            column = 0;
        }
    }
    // The header's name for the column, read leniently (it is the header of a file that is not all readable).
    qint64 end = 0;
    while (end < size && data[end] != '\n' && data[end] != '\r')
        ++end;
    QStringList header = QString::fromUtf8(data, end).split(QLatin1Char(delimiter));
    if (!header.isEmpty() && header.first().startsWith(QChar(0xFEFF)))
        header.first().remove(0, 1);
    const QString name =
        column < header.size() ? header.at(column).trimmed().remove(QLatin1Char('"')) : QString();
    place.column = name.isEmpty() ? tr("column %1").arg(column + 1) : name;
    return place;
}

Problem CsvReader::undecodable(const char *data, qint64 size, qint64 offset, const QString &message)
{
    const Place place = placeOf(data, size, offset);
    // The bytes that cannot be read (up to four), not the text after them.
    qint64 n = 1;
    while (n < 4 && offset + n < size &&
           scanUtf8(data + offset + n, std::min<qint64>(4, size - offset - n)).firstBad == 0)
        ++n;
    QByteArray bytes = QByteArray(data + offset, std::min<qint64>(n, size - offset)).toHex(' ').toUpper();
    Problem p{place.column, message.arg(QString::fromLatin1(bytes)), place.row};
    p.code = QStringLiteral("encoding");
    return p;
}

bool CsvReader::unchangedOnDisk() const
{
    if (m_path.isEmpty())
        return true;
    const QFileInfo now(m_path);
    return now.exists() && now.size() == m_diskSize && now.lastModified() == m_diskModified;
}

QStringList CsvReader::encodings()
{
    return {QStringLiteral("utf-8"),    QStringLiteral("utf-16"),  QStringLiteral("utf-16le"),
            QStringLiteral("utf-16be"), QStringLiteral("gb18030"), QStringLiteral("gbk")};
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, const Options &options)
{
    using R = Result<std::unique_ptr<CsvReader>>;
    // Never a workspace or its log: opening one outside SQLite would drop this process's locks on it.
    if (const QString refusal = OutputFile::inputRefusal(path); !refusal.isEmpty())
        return R::failure(QString(), refusal);
    std::unique_ptr<CsvReader> reader(new CsvReader);
    const QFileInfo before(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QString(), tr("Cannot read %1: %2").arg(path, file.errorString()));
    reader->m_path = before.absoluteFilePath();
    reader->m_diskSize = before.size();
    reader->m_diskModified = before.lastModified();
    QByteArray bytes;
    bytes.resize(qMax<qint64>(reader->m_diskSize, 0));
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.read(bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            break;
        done += n;
    }
    const bool more = file.read(1).size() > 0;
    if (done != reader->m_diskSize || more || !reader->unchangedOnDisk())
        return R::failure(QString(),
                          tr("%1 changed while it was read (another program is writing it); nothing "
                             "was imported. Import it again when it is complete.")
                              .arg(path));
    reader->m_owned = std::move(bytes);
    reader->m_data = reader->m_owned.constData();
    reader->m_size = reader->m_owned.size();
    return prepare(std::move(reader), options);
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromBytes(QByteArray bytes, const Options &options)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_owned = std::move(bytes);
    reader->m_data = reader->m_owned.constData();
    reader->m_size = reader->m_owned.size();
    return prepare(std::move(reader), options);
}

Result<std::unique_ptr<CsvReader>> CsvReader::prepare(std::unique_ptr<CsvReader> r, const Options &options)
{
    using R = Result<std::unique_ptr<CsvReader>>;
    const QByteArray head = QByteArray::fromRawData(r->m_data, std::min<qint64>(r->m_size, 4));
    QString encoding = options.encoding.trimmed().toLower();
    if (!encoding.isEmpty() && !encodings().contains(encoding))
        return R::failure(QStringLiteral("encoding"),
                          tr("“%1” is not an encoding Attain reads; use one of %2")
                              .arg(options.encoding, encodings().join(QStringLiteral(", "))));
    qint64 skip = 0;
    if (encoding.isEmpty()) {
        if (head.startsWith("\xEF\xBB\xBF"))
            encoding = QStringLiteral("utf-8");
        else if (head.startsWith("\xFF\xFE"))
            encoding = QStringLiteral("utf-16le");
        else if (head.startsWith("\xFE\xFF"))
            encoding = QStringLiteral("utf-16be");
        else {
            // UTF-8 unless it is not, and then GB18030 (what Chinese Excel saves) — but a UTF-8 file with one
            // broken cell is that, not a GB18030 file: it is refused at that cell, never read as gibberish.
            const Utf8Scan scan = scanUtf8(r->m_data, r->m_size);
            if (!scan.valid() && scan.mostlyUtf8())
                return R(
                    undecodable(r->m_data, r->m_size, scan.firstBad,
                                tr("the bytes %1 are not UTF-8, as the rest of the file is; correct this "
                                   "cell, or choose the file's encoding")));
            if (!scan.valid()) {
                QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
                const QString decoded = gb.decode(QByteArrayView(r->m_data, r->m_size));
                if (gb.hasError())
                    return R(undecodable(r->m_data, r->m_size, scan.firstBad,
                                         tr("the bytes %1 are neither UTF-8 nor GB18030; choose the file's "
                                            "encoding")));
            }
            encoding = scan.valid() ? QStringLiteral("utf-8") : QStringLiteral("gb18030");
        }
    }
    if (encoding == QLatin1String("utf-8")) {
        if (head.startsWith("\xEF\xBB\xBF"))
            skip = 3;
        if (const Utf8Scan scan = scanUtf8(r->m_data + skip, r->m_size - skip); !scan.valid())
            return R(
                undecodable(r->m_data, r->m_size, skip + scan.firstBad,
                            tr("the bytes %1 are not UTF-8; choose the file's encoding (GB18030 for files "
                               "saved by Chinese Excel)")));
    } else {
        // Other encodings are converted once to UTF-8; such files come from Excel and are small.
        const char *name = encoding == QLatin1String("utf-16le")   ? "UTF-16LE"
                           : encoding == QLatin1String("utf-16be") ? "UTF-16BE"
                           : encoding == QLatin1String("utf-16")   ? "UTF-16"
                                                                   : "GB18030";
        QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(QByteArrayView(r->m_data, r->m_size));
        if (decoder.hasError()) {
            // Where: the first line that does not decode on its own (UTF-16 lines are not byte lines).
            qint64 at = 0;
            if (!encoding.startsWith(QLatin1String("utf-16")))
                for (qint64 start = 0; start < r->m_size;) {
                    qint64 end = start;
                    while (end < r->m_size && r->m_data[end] != '\n')
                        ++end;
                    QStringDecoder line(name, QStringConverter::Flag::Stateless);
                    const QString decoded = line.decode(QByteArrayView(r->m_data + start, end - start));
                    if (line.hasError()) {
                        at = start;
                        break;
                    }
                    start = end + 1;
                }
            Problem p{QString(),
                      tr("this row is not valid %1; choose the file's encoding").arg(encoding.toUpper()),
                      placeOf(r->m_data, r->m_size, at).row};
            p.code = QStringLiteral("encoding");
            return R(p);
        }
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        QByteArray utf8 = text.toUtf8();
        r->m_owned = std::move(utf8);
        r->m_data = r->m_owned.constData();
        r->m_size = r->m_owned.size();
    }
    r->m_encoding = encoding;
    r->m_pos = skip;
    if (!options.delimiter.isNull()) {
        const char16_t d = options.delimiter.unicode();
        if (d != u',' && d != u';' && d != u'\t')
            return R::failure(QStringLiteral("delimiter"),
                              tr("The delimiter is a comma, a semicolon or a tab"));
        r->m_delimiter = char(d);
    } else {
        r->detectDelimiter();
    }
    return R(std::move(r));
}

void CsvReader::detectDelimiter()
{
    // The header row decides: the candidate that appears most often outside quotes.
    m_delimiter = rawDelimiter(m_data + m_pos, m_size - m_pos);
}

bool CsvReader::next(QStringList *fields)
{
    fields->clear();
    if (m_pos >= m_size || !m_error.isEmpty())
        return false;
    ++m_row;
    const int startRow = m_row;
    for (;;) {
        if (m_pos < m_size && m_data[m_pos] == '"') {
            // Quoted: "" is a quote; delimiters and line breaks inside belong to the field.
            ++m_pos;
            m_scratch.clear();
            qint64 start = m_pos;
            for (;;) {
                if (m_pos >= m_size) {
                    m_error = tr("a quoted field is not closed: its opening quote has no closing one before "
                                 "the end of the file");
                    m_errorColumn = int(fields->size());
                    m_row = startRow;
                    return false;
                }
                const char c = m_data[m_pos];
                if (c == '"') {
                    m_scratch.append(m_data + start, m_pos - start);
                    if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                        m_scratch.append('"');
                        m_pos += 2;
                        start = m_pos;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                ++m_pos;
            }
            *fields << QString::fromUtf8(m_scratch);
            // Spreadsheets sometimes pad after the closing quote; anything else is an error.
            while (m_pos < m_size && m_data[m_pos] == ' ')
                ++m_pos;
            if (m_pos < m_size && m_data[m_pos] != m_delimiter && m_data[m_pos] != '\r' &&
                m_data[m_pos] != '\n') {
                m_error =
                    tr("text after a closing quote (a quote inside a quoted field is written twice: \"\")");
                m_errorColumn = int(fields->size()) - 1;
                return false;
            }
        } else {
            const qint64 start = m_pos;
            while (m_pos < m_size) {
                const char c = m_data[m_pos];
                if (c == m_delimiter || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            *fields << QString::fromUtf8(m_data + start, m_pos - start);
        }
        if (m_pos >= m_size)
            return true;
        const char c = m_data[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            if (m_pos >= m_size) {
                *fields << QString();
                return true;
            }
            continue;
        }
        // End of record: CRLF, LF or a lone CR.
        if (c == '\r')
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '\n')
            ++m_pos;
        return true;
    }
}

} // namespace attain
