// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/chartstyle.h"

#include "ui/common/imagefile.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QValueAxis>

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

QValueAxis *ChartStyle::plot(QChart *chart, const QList<QAbstractSeries *> &series,
                             const QStringList &categories, double high, const QString &title)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, high * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(title);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return y;
}

Status ChartStyle::savePng(QChartView *view, const QString &path)
{
    return ImageFile::savePng(view->grab().toImage(), path);
}

} // namespace attain
