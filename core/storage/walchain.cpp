// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/walchain.h"

#include "core/storage/sqlitehandle.h"

#include <QFile>
#include <QSet>
#include <QtEndian>

#include <sqlite3.h>

#include <optional>

namespace attain {

namespace {

// SQLite's variable-length integer (file format §2.6): up to nine bytes, big-endian groups of seven bits.
std::optional<quint64> varint(const uchar *p, const uchar *end, int *length)
{
    quint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (p + i >= end)
            return std::nullopt;
        if (i == 8) {
            v = (v << 8) | p[i];
            *length = 9;
            return v;
        }
        v = (v << 7) | (p[i] & 0x7F);
        if (!(p[i] & 0x80)) {
            *length = i + 1;
            return v;
        }
    }
    return std::nullopt;
}

struct Link
{
    QString token;
    QString parent;
};

// The row of wal_chain in an image of its page (a table leaf of one row: id, token, parent).
std::optional<Link> readLink(const QByteArray &page)
{
    const auto *data = reinterpret_cast<const uchar *>(page.constData());
    const uchar *end = data + page.size();
    if (page.size() < 16 || data[0] != 0x0D)
        return std::nullopt;
    const int cells = qFromBigEndian<quint16>(data + 3);
    for (int c = 0; c < cells; ++c) {
        const int offset = qFromBigEndian<quint16>(data + 8 + 2 * c);
        if (offset <= 0 || offset >= page.size())
            return std::nullopt;
        const uchar *p = data + offset;
        int n = 0;
        const auto payload = varint(p, end, &n);
        if (!payload)
            return std::nullopt;
        p += n;
        const auto rowid = varint(p, end, &n);
        if (!rowid)
            return std::nullopt;
        p += n;
        if (*rowid != 1 || p + *payload > end)
            continue;
        const uchar *record = p;
        const auto headerSize = varint(record, end, &n);
        if (!headerSize || *headerSize > *payload)
            return std::nullopt;
        const uchar *type = record + n;
        const uchar *body = record + *headerSize;
        QList<QString> texts;
        while (type < record + *headerSize && texts.size() < 3) {
            const auto t = varint(type, end, &n);
            if (!t)
                return std::nullopt;
            type += n;
            if (*t == 0) { // NULL: the INTEGER PRIMARY KEY, kept as the rowid
                texts << QString();
            } else if (*t >= 13 && *t % 2 == 1) {
                const quint64 size = (*t - 13) / 2;
                if (body + size > p + *payload)
                    return std::nullopt;
                texts << QString::fromUtf8(reinterpret_cast<const char *>(body), qsizetype(size));
                body += size;
            } else {
                return std::nullopt;
            }
        }
        if (texts.size() < 3)
            return std::nullopt;
        return Link{texts.at(1), texts.at(2)};
    }
    return std::nullopt;
}

// SQLite's log checksum (file format §4.3), continued from (s0, s1) over `data`.
void checksum(const uchar *data, int size, bool bigEndian, quint32 *s0, quint32 *s1)
{
    for (int i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 =
            bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 =
            bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        *s0 += x0 + *s1;
        *s1 += x1 + *s0;
    }
}

} // namespace

Status WalChain::advance(sqlite3 *db)
{
    if (sqlite3_exec(db,
                     "UPDATE wal_chain SET parent = token, token = lower(hex(randomblob(16))) WHERE id = 1",
                     nullptr, nullptr, nullptr) != SQLITE_OK) {
        Problem p{QString(), QString::fromUtf8(sqlite3_errmsg(db))};
        p.code = QStringLiteral("sqlite:%1").arg(sqlite3_extended_errcode(db));
        return Status(p);
    }
    return success();
}

WalChain::Verdict WalChain::check(const QString &path)
{
    // The file on its own: its token and the page the row lives on.
    QString fileToken;
    qint64 root = 0;
    {
        auto db = SqliteHandle::open(path, SqliteHandle::Mode::Snapshot);
        if (!db)
            return Verdict::Unknown;
        int code = 0;
        root =
            db->text("SELECT rootpage FROM sqlite_schema WHERE name = 'wal_chain' AND type = 'table'", &code)
                .toLongLong();
        fileToken = db->text("SELECT token FROM wal_chain WHERE id = 1", &code);
        if (root <= 1 || fileToken.isEmpty() || code != SQLITE_OK)
            return Verdict::Unknown;
    }

    QFile log(path + QStringLiteral("-wal"));
    if (!log.open(QIODevice::ReadOnly))
        return Verdict::Unknown;
    const QByteArray header = log.read(32);
    if (header.size() < 32)
        return Verdict::Belongs; // nothing in it
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 magic = qFromBigEndian<quint32>(h);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return Verdict::Foreign;
    const bool bigEndian = magic & 1;
    const quint32 pageSize = qFromBigEndian<quint32>(h + 8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)))
        return Verdict::Foreign;
    quint32 s0 = 0, s1 = 0;
    checksum(h, 24, bigEndian, &s0, &s1);
    if (s0 != qFromBigEndian<quint32>(h + 24) || s1 != qFromBigEndian<quint32>(h + 28))
        return Verdict::Belongs; // an unfinished header: SQLite ignores the whole log
    const quint32 salt1 = qFromBigEndian<quint32>(h + 16), salt2 = qFromBigEndian<quint32>(h + 20);

    // The committed frames, as SQLite's recovery reads them: salts of this log, checksums continuing.
    QList<Link> committed, pending;
    bool anyCommit = false;
    for (;;) {
        const QByteArray frame = log.read(24 + qint64(pageSize));
        if (frame.size() < 24 + qint64(pageSize))
            break;
        const auto *f = reinterpret_cast<const uchar *>(frame.constData());
        if (qFromBigEndian<quint32>(f + 8) != salt1 || qFromBigEndian<quint32>(f + 12) != salt2)
            break;
        checksum(f, 8, bigEndian, &s0, &s1);
        checksum(f + 24, int(pageSize), bigEndian, &s0, &s1);
        if (s0 != qFromBigEndian<quint32>(f + 16) || s1 != qFromBigEndian<quint32>(f + 20))
            break;
        if (qFromBigEndian<quint32>(f) == quint32(root)) {
            const auto link = readLink(frame.mid(24));
            if (!link)
                return Verdict::Unknown;
            pending << *link;
        }
        if (qFromBigEndian<quint32>(f + 4) != 0) { // a commit: the frames up to here count
            committed << pending;
            pending.clear();
            anyCommit = true;
        }
    }
    if (!anyCommit)
        return Verdict::Belongs; // nothing committed: SQLite replays nothing
    if (committed.isEmpty())
        return Verdict::Unknown; // committed changes that never moved the chain (not Attain's writes)
    QSet<QString> states{committed.first().parent};
    for (const Link &l : std::as_const(committed))
        states.insert(l.token);
    return states.contains(fileToken) ? Verdict::Belongs : Verdict::Foreign;
}

} // namespace attain
