// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/idgenerator.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace attain {

QString UuidV7Generator::next()
{
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    // A 12-bit counter keeps ids from one generator strictly increasing within a millisecond.
    if (ms <= m_lastMs) {
        ms = m_lastMs;
        if (++m_counter > 0xFFF) {
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = m_random.bounded(0x400u);
    }
    m_lastMs = ms;
    const quint64 randomBits = m_random.generate64();
    char buf[37];
    const quint64 hi = (quint64(ms) << 16) | (0x7ull << 12) | m_counter;
    const quint64 lo = (0x2ull << 62) | (randomBits & 0x3FFFFFFFFFFFFFFFull);
    static const char hex[] = "0123456789abcdef";
    int pos = 0;
    auto put = [&](quint64 v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            buf[pos++] = hex[(v >> (i * 4)) & 0xF];
    };
    put(hi >> 32, 8);
    buf[pos++] = '-';
    put((hi >> 16) & 0xFFFF, 4);
    buf[pos++] = '-';
    put(hi & 0xFFFF, 4);
    buf[pos++] = '-';
    put(lo >> 48, 4);
    buf[pos++] = '-';
    put(lo & 0xFFFFFFFFFFFFull, 12);
    return QString::fromLatin1(buf, pos);
}

} // namespace attain
