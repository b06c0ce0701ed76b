// SPDX-License-Identifier: GPL-3.0-or-later
// Every record table model passes QAbstractItemModelTester, and reads only windows of a large table.
#include "core/demo/demogenerator.h"
#include "tests/support/uitestsupport.h"
#include "ui/common/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace attain;
using namespace attain::test;

namespace {
QStringList g_warnings;
void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

bool waitLoaded(RecordTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 60000);
}
} // namespace

class RecordModels : public UiTest
{
protected:
    std::unique_ptr<Workspace> demo(qint64 deals = 0)
    {
        DemoGenerator::Options o;
        o.today = QDate(2025, 6, 15);
        o.deals = deals;
        auto ws = Workspace::createFilled(path(QStringLiteral("demo.attain")), options(),
                                          [&](Workspace &w) { return DemoGenerator(w, o).run(); });
        EXPECT_TRUE(ws.ok()) << qPrintable(ws.message());
        return ws.ok() ? std::move(ws).value() : nullptr;
    }
};

TEST_F(RecordModels, EveryModelPassesTheModelTester)
{
    auto ws = demo();
    ASSERT_TRUE(ws);
    for (const ViewSpec &spec : {ViewSpec::deals(), ViewSpec::customers(), ViewSpec::activities(),
                                 ViewSpec::ratings(), ViewSpec::members(), ViewSpec::conflicts()}) {
        SCOPED_TRACE(spec.table.toStdString());
        g_warnings.clear();
        const auto previous = qInstallMessageHandler(collect);
        RecordTableModel model(*ws, spec);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.activate();
        ASSERT_TRUE(waitLoaded(model));
        EXPECT_GT(model.rowCount(), 0);
        for (int row = 0; row < std::min(model.rowCount(), 300); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                model.data(model.index(row, column));
        model.sort(1, Qt::DescendingOrder);
        ASSERT_TRUE(waitLoaded(model));
        RecordFilter f;
        f.search = QStringLiteral("科技");
        model.setFilter(f);
        ASSERT_TRUE(waitLoaded(model));
        model.setFilter({});
        ASSERT_TRUE(waitLoaded(model));
        qInstallMessageHandler(previous);
        EXPECT_TRUE(g_warnings.isEmpty()) << qPrintable(g_warnings.join(QLatin1Char('\n')));
    }
}

TEST_F(RecordModels, FiltersAndSortingRunInSql)
{
    auto ws = demo();
    ASSERT_TRUE(ws);
    RecordTableModel model(*ws, ViewSpec::deals());
    model.activate();
    ASSERT_TRUE(waitLoaded(model));
    const int all = model.rowCount();
    RecordFilter won;
    won.stages = {QStringLiteral("won")};
    won.period = Period::quarter(2025, 1);
    model.setFilter(won);
    ASSERT_TRUE(waitLoaded(model));
    ASSERT_GT(model.rowCount(), 0);
    EXPECT_LT(model.rowCount(), all);
    const int amount = model.spec().columnIndex(QStringLiteral("amount"));
    const int stage = model.spec().columnIndex(QStringLiteral("stage"));
    model.sort(amount, Qt::DescendingOrder);
    ASSERT_TRUE(waitLoaded(model));
    qint64 previous = std::numeric_limits<qint64>::max(), total = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 value = model.data(model.index(row, amount), RecordTableModel::RawRole).toLongLong();
        EXPECT_LE(value, previous);
        previous = value;
        total += value;
        EXPECT_EQ(model.data(model.index(row, stage), RecordTableModel::RawRole).toString(),
                  QStringLiteral("won"));
    }
    EXPECT_EQ(model.amountTotal(), total); // the footer's total is the sum of what is shown
}

TEST_F(RecordModels, ChineseSearchIgnoresWidthAndCase)
{
    auto ws = demo();
    ASSERT_TRUE(ws);
    RecordTableModel model(*ws, ViewSpec::customers());
    model.activate();
    RecordFilter f;
    f.search = QStringLiteral("上海　恒信"); // an ideographic space, as a Chinese keyboard types it
    model.setFilter(f);
    ASSERT_TRUE(waitLoaded(model));
    const int found = model.rowCount();
    f.search = QStringLiteral("上海");
    model.setFilter(f);
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_GE(model.rowCount(), found);
    EXPECT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(model.data(model.index(row, 0)).toString().contains(QStringLiteral("上海")));
}

TEST_F(RecordModels, ALargeTableHoldsOnlyAWindowOfRows)
{
    auto ws = demo(60000);
    ASSERT_TRUE(ws);
    RecordTableModel model(*ws, ViewSpec::deals());
    model.activate();
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.rowCount(), 60003); // and three deals behind the demo's ownership conflicts
    EXPECT_EQ(model.cachedRowCount(), 0);
    for (int row = 0; row < model.rowCount(); row += 997) // scrolling from top to bottom
        EXPECT_FALSE(model.data(model.index(row, 1)).toString().isEmpty()) << row;
    EXPECT_FALSE(model.data(model.index(model.rowCount() - 1, 1)).toString().isEmpty());
    EXPECT_LE(model.cachedRowCount(), RecordTableModel::pageSize * RecordTableModel::maxPages);
    model.sort(model.spec().columnIndex(QStringLiteral("amount")), Qt::AscendingOrder);
    ASSERT_TRUE(waitLoaded(model));
    EXPECT_EQ(model.cachedRowCount(), 0);
    model.data(model.index(30000, 4));
    EXPECT_EQ(model.cachedRowCount(), RecordTableModel::pageSize);
}
