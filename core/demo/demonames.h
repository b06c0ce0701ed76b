// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace attain {

/// Word lists the demo generator draws realistic Chinese names from.
struct DemoNames
{
    struct Syllable
    {
        const char16_t *hanzi;
        const char *pinyin;
    };
    static const QList<Syllable> &surnames();
    static const QList<Syllable> &givenNames();
    static const QList<QString> &cities();
    static const QList<QString> &tradeNames();
    static const QList<QString> &industries();
    static const QList<QString> &teamNames();
    static const QList<QString> &sources();
    static const QList<QString> &activityNotes();
    static const QList<QString> &ratingComments();
};

} // namespace attain
