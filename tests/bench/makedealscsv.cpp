// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the import benchmark's deals file: N rows (default 1,000,000), 200 owners, 50,000 customers,
// amounts with two decimals, all three stages, about 70 bytes a row. Deterministic (fixed seed).
// Usage: bench_make_deals_csv OUT.csv [ROWS]
#include <QDate>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT.csv [ROWS]\n", argv[0]);
        return 2;
    }
    const qint64 rows = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    QFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    QRandomGenerator random(20251128);
    const QDate first(2024, 1, 1);
    QByteArray buffer = "external_id,owner,customer,amount,stage,created_on,closed_on\n";
    buffer.reserve(1 << 20);
    static const char *const stages[] = {"won", "open", "lost"};
    for (qint64 i = 0; i < rows; ++i) {
        const QDate created = first.addDays(random.bounded(700));
        const int stage = random.bounded(10) < 5 ? 0 : random.bounded(2) + 1; // half won
        const qint64 fen = 100000 + random.bounded(30000000);
        buffer += 'D' + QByteArray::number(i).rightJustified(7, '0') + ",rep" +
                  QByteArray::number(random.bounded(200)).rightJustified(3, '0') + ",客户" +
                  QByteArray::number(random.bounded(50000)).rightJustified(5, '0') + ',' +
                  QByteArray::number(fen / 100) + '.' + QByteArray::number(fen % 100).rightJustified(2, '0') +
                  ',' + stages[stage] + ',' + created.toString(Qt::ISODate).toLatin1() + ',' +
                  (stage == 1 ? QByteArray()
                              : created.addDays(random.bounded(60)).toString(Qt::ISODate).toLatin1()) +
                  '\n';
        if (buffer.size() > (1 << 20) - 256) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    return out.error() == QFile::NoError ? 0 : 1;
}
