// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QLocale>

namespace attain {

namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

double ChartStyle::moneyDivisor()
{
    return chinese() ? 1000000.0 : 100000.0;
}

QString ChartStyle::moneyUnit()
{
    return chinese() ? tr("¥10k") : tr("¥ thousands");
}

QChart *ChartStyle::chart(const QString &title)
{
    auto *c = new QChart;
    c->setTitle(title);
    QFont f = c->titleFont();
    f.setBold(true);
    c->setTitleFont(f);
    c->setBackgroundRoundness(6);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    return c;
}

void ChartStyle::clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

bool ChartStyle::savePng(QChartView *view, const QString &path)
{
    return view->grab().save(path, "PNG");
}

} // namespace attain
