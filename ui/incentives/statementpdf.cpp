// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/incentives/statementpdf.h"

#include "core/storage/outputfile.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/incentives/statementformat.h"
#include "core/scoring/scoreformat.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace attain {

namespace {
// Cells that hold a number or a date never wrap: "¥1,020.00" stays on one line.
const QString kFigure = QStringLiteral(" style=\"white-space: nowrap;\"");

// Qt's layout breaks a table between (and within) rows wherever the page ends. The signatures must stay
// together, and "How each line was computed" must not be left alone at the foot of a page: a table that
// would straddle a page end that way starts on the next page instead. The statement's tables are, in order:
// the lines, how each was computed (when there are lines), the signatures.
void keepTogether(QTextDocument &doc, qreal pageHeight)
{
    const QList<QTextFrame *> tables = doc.rootFrame()->childFrames();
    for (qsizetype i = 1; i < tables.size(); ++i) {
        QTextFrame *table = tables.at(i);
        const QRectF r = doc.documentLayout()->frameBoundingRect(table);
        const qreal pageEnd = (std::floor(r.top() / pageHeight) + 1) * pageHeight;
        const bool signatures = i == tables.size() - 1;
        // The signatures whole; a list's heading with at least a few lines of it.
        const qreal needed = signatures ? r.height() : std::min(r.height(), pageHeight / 8);
        if (r.top() + needed > pageEnd && r.height() < pageHeight) {
            QTextFrameFormat f = table->frameFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFrameFormat(f);
        }
    }
}

/// The document's text from the page's edge (the page layout has the margins).
void noMargin(QTextDocument &doc)
{
    QTextFrameFormat frame = doc.rootFrame()->frameFormat();
    frame.setMargin(0);
    doc.rootFrame()->setFrameFormat(frame);
}

/// The page a y position of the document falls on.
int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

/// The first body row of the document's tables that begins on one page and ends on another (Qt splits a
/// row of several lines at the page end): its table's index among the document's tables and its index among
/// that table's body rows; none when every row is whole on its page.
std::optional<std::pair<int, int>> splitRow(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    int index = -1;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        ++index;
        const int header = table->format().headerRowCount();
        for (int r = header; r < table->rows(); ++r) {
            QRectF row;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                for (QTextBlock b = cell.firstCursorPosition().block();
                     b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next())
                    row |= layout->blockBoundingRect(b);
            }
            if (!row.isEmpty() && row.height() < pageHeight / 2 &&
                pageOf(row.top(), pageHeight) != pageOf(row.bottom() - 0.5, pageHeight))
                return std::pair{index, r - header};
        }
    }
    return std::nullopt;
}
} // namespace

void StatementPdf::paginate(QTextDocument &doc, const IncentiveStatement &statement,
                            const QString &workspaceName, const QDate &printedOn, qreal pageHeight)
{
    // A row that would be split starts a page instead: its table ends above it and goes on, header first,
    // on the next page. The document is made again with each break until no row is split (a statement's
    // tables, in order: the lines, how each was computed, the signatures).
    Breaks breaks;
    for (int round = 0; round < 500; ++round) {
        doc.setHtml(htmlOf(statement, workspaceName, printedOn, breaks));
        noMargin(doc);
        keepTogether(doc, pageHeight);
        const auto split = splitRow(doc, pageHeight);
        if (!split)
            return;
        // Which table of the statement, and which of its rows, counting the parts already broken off (a
        // break before row 0 moves the whole table to a new page: no part of its own).
        auto parts = [](const QList<int> &at) { return int(at.size() - at.count(0)) + 1; };
        auto [table, row] = *split;
        const int linesParts = parts(breaks.lines);
        const bool lines = table < linesParts;
        if (table >= linesParts + (statement.lines.isEmpty() ? 0 : parts(breaks.how)))
            return; // the signatures: kept whole by keepTogether
        QList<int> &list = lines ? breaks.lines : breaks.how;
        const int part = lines ? table : table - linesParts;
        QList<int> starts = list;
        starts.removeAll(0);
        const int at = (part == 0 ? 0 : starts.at(part - 1)) + row;
        if (list.contains(at))
            return; // a row that starts a page already: breaking again would not help
        list.insert(std::lower_bound(list.begin(), list.end(), at) - list.begin(), at);
    }
}

QString StatementPdf::htmlOf(const IncentiveStatement &s, const QString &workspaceName,
                             const QDate &printedOn, const Breaks &breaks)
{
    const QLocale locale;
    auto e = [](const QString &t) { return t.toHtmlEscaped(); };
    auto money = [&](qint64 minor) { return e(Money(minor).format(locale)); };
    QString out = QStringLiteral("<html><body style=\"font-size: 9pt;\">");
    out += QStringLiteral("<h2 style=\"margin-bottom: 2px;\">%1</h2>")
               .arg(e(tr("Statement — %1 (%2)").arg(s.name, s.login)));
    const QString status = s.frozen ? tr("Closed on %1: frozen figures, as they were at the close.")
                                          .arg(s.closedOn.isEmpty() ? tr("(unknown)") : s.closedOn)
                                    : tr("Open period: live figures; they change as records change.");
    out += QStringLiteral("<p style=\"color: #555555; margin-top: 0;\">%1<br><b>%2</b></p>")
               .arg(e(tr("%1 · team %2 · plan “%3”")
                          .arg(s.period.label(), s.team.isEmpty() ? tr("none") : s.team, s.plan)),
                    e(status));
    out +=
        QStringLiteral("<p>%1</p>")
            .arg(e(tr("Credited won revenue %1, revenue target %2; score %3, tier %4.")
                       .arg(Money(s.baseMinor).format(locale),
                            s.targetMinor ? Money(*s.targetMinor).format(locale) : tr("none"),
                            s.scoreHundredths ? ScoreFormat::score(*s.scoreHundredths) : QStringLiteral("–"),
                            s.tier.isEmpty() ? QStringLiteral("–") : Plan::tierLabel(s.tier))));
    // The lines across the page; the header row repeats on every page the table runs on to.
    // A table broken before a row (Breaks) goes on from a new page with its header.
    auto linesTable = [&](bool newPage) {
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                              "style=\"border-collapse: collapse; border: 1px solid #999999;%1\"><thead>")
                   .arg(newPage ? QStringLiteral(" page-break-before: always;") : QString());
        out += QStringLiteral("<tr style=\"background-color: #dde7f3; font-weight: bold;\">");
        for (const auto &[h, width, right] :
             {std::tuple{tr("No."), 6, false}, std::tuple{tr("Date"), 14, false},
              std::tuple{tr("Line"), 38, false}, std::tuple{tr("Base"), 16, true},
              std::tuple{tr("Rate"), 10, true}, std::tuple{tr("Amount"), 16, true}})
            out += QStringLiteral("<th align=\"%1\" width=\"%2%\"%3>%4</th>")
                       .arg(right ? QStringLiteral("right") : QStringLiteral("left"))
                       .arg(width)
                       .arg(kFigure, e(h));
        out += QStringLiteral("</tr></thead>");
    };
    int row = 0; // of the lines table's body, totals included
    // A break before the first row starts the whole table on a new page.
    auto nextRow = [&](const QList<int> &at, const std::function<void(bool)> &table) {
        if (row > 0 && at.contains(row)) {
            out += QStringLiteral("</table>");
            table(true);
        }
        ++row;
    };
    linesTable(breaks.lines.contains(0));
    int n = 0;
    for (const StatementLine &l : s.lines) {
        nextRow(breaks.lines, linesTable);
        const bool rated = l.kind == StatementLine::Kind::Commission && l.award.isEmpty();
        out += QStringLiteral("<tr><td%7>%1</td><td%7>%2</td><td>%3</td><td align=\"right\"%7>%4</td>"
                              "<td align=\"right\"%7>%5</td><td align=\"right\"%7>%6</td></tr>")
                   .arg(++n)
                   .arg(Dates::toIso(l.date), e(StatementFormat::describe(l)),
                        rated || l.kind == StatementLine::Kind::Clawback ? money(l.baseMinor) : QString(),
                        rated ? StatementFormat::rateText(l.rateBasisPoints) + QLatin1Char('%') : QString(),
                        money(l.amountMinor), kFigure);
    }
    if (s.lines.isEmpty()) {
        nextRow(breaks.lines, linesTable);
        out += QStringLiteral("<tr><td colspan=\"6\">%1</td></tr>").arg(e(tr("No lines in this period.")));
    }
    auto total = [&](const QString &label, qint64 minor, bool bold = false) {
        nextRow(breaks.lines, linesTable);
        out += QStringLiteral(
                   "<tr%1><td colspan=\"5\" align=\"right\">%2</td><td align=\"right\"%4>%3</td></tr>")
                   .arg(bold ? QStringLiteral(" style=\"font-weight: bold; background-color: #f2f2f2;\"")
                             : QString(),
                        e(label), money(minor), kFigure);
    };
    total(tr("Commission"), s.commissionMinor);
    total(tr("Awards"), s.awardsMinor);
    total(tr("Adjustments"), s.adjustmentsMinor);
    if (s.clawbacksMinor != 0)
        total(tr("Clawbacks"), s.clawbacksMinor);
    total(tr("Total"), s.totalMinor, true);
    out += QStringLiteral("</table>");
    // How each line was computed: its heading is the header of its own table, so it is never left alone at
    // the foot of a page and repeats where the list runs on.
    if (!s.lines.isEmpty()) {
        auto howTable = [&](bool newPage) {
            out +=
                QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"%2><thead><tr><th "
                               "align=\"left\" colspan=\"2\">%1</th></tr></thead>")
                    .arg(e(tr("How each line was computed")),
                         newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString());
        };
        out += QStringLiteral("<p></p>");
        howTable(breaks.how.contains(0));
        row = 0;
        int i = 0;
        for (const StatementLine &l : s.lines) {
            nextRow(breaks.how, howTable);
            out += QStringLiteral("<tr><td width=\"6%\" valign=\"top\">%1.</td><td>%2</td></tr>")
                       .arg(++i)
                       .arg(e(StatementFormat::explain(l, s)));
        }
        out += QStringLiteral("</table>");
    }
    // Signatures: who, a line to sign on, the date; side by side, in rows that line up.
    const QStringList who{tr("Sales rep: %1").arg(s.name), tr("Manager")};
    out += QStringLiteral("<p></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
    out += QStringLiteral("<tr><td width=\"50%\">%1</td><td width=\"50%\">%2</td></tr>")
               .arg(e(who.at(0)), e(who.at(1)));
    const QString line =
        QStringLiteral("<td><br><br>______________________________<br>%1</td>").arg(e(tr("Signature")));
    out += QStringLiteral("<tr>") + line + line + QStringLiteral("</tr>");
    const QString date = QStringLiteral("<td>%1 ____________________</td>").arg(e(tr("Date")));
    out += QStringLiteral("<tr>") + date + date + QStringLiteral("</tr></table>");
    out += QStringLiteral("<p style=\"color: #777777; font-size: 7pt;\">%1</p>")
               .arg(e(tr("Printed by Attain on %1 from “%2”. Amounts are computed exactly and each line is "
                         "rounded half away from zero to the fen; totals are sums of lines.")
                          .arg(Dates::toIso(printedOn), workspaceName)));
    return out + QStringLiteral("</body></html>");
}

QString StatementPdf::html(const QList<IncentiveStatement> &statements, const QString &workspaceName,
                           const QDate &printedOn)
{
    if (statements.isEmpty())
        return QStringLiteral("<html><body><p>%1</p></body></html>")
            .arg(tr("No statements for this period.").toHtmlEscaped());
    QString out;
    for (const IncentiveStatement &s : statements)
        out += htmlOf(s, workspaceName, printedOn);
    return out;
}

Status StatementPdf::write(const QString &path, const QList<IncentiveStatement> &statements,
                           const QString &workspaceName, const QDate &printedOn, int *pageCount)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status(
            Problem{QString(), tr("Could not create a temporary folder: %1").arg(dir.errorString())});
    const QString temp = dir.filePath(QStringLiteral("statements.pdf"));
    int pages = 0;
    {
        QPdfWriter writer(temp);
        writer.setTitle(tr("Statements"));
        writer.setCreator(QStringLiteral("Attain"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return Status(Problem{QString(), tr("The PDF could not be produced")});
        // Each member's statement from a page of its own; a footer on every page: whose it is, page i of n.
        const qreal footer = writer.resolution() * 9 / 25.4;
        const QSizeF body(writer.width(), writer.height() - footer);
        QFont small = QGuiApplication::font();
        small.setPointSizeF(7.5);
        // The document laid out on the page's body: `statement`'s paginated, or the empty list's.
        auto printOne = [&](const IncentiveStatement *statement, const QString &whose) {
            QTextDocument doc;
            doc.documentLayout()->setPaintDevice(&writer);
            QFont base = QGuiApplication::font();
            base.setPointSizeF(9);
            doc.setDefaultFont(base);
            doc.setPageSize(body);
            if (statement) {
                paginate(doc, *statement, workspaceName, printedOn, body.height());
            } else {
                doc.setHtml(html(statements, workspaceName, printedOn));
                noMargin(doc);
            }
            const int n = doc.pageCount();
            for (int i = 0; i < n; ++i) {
                if (pages > 0)
                    writer.newPage();
                ++pages;
                painter.save();
                painter.translate(0, -i * body.height());
                QAbstractTextDocumentLayout::PaintContext context;
                context.clip = QRectF(0, i * body.height(), body.width(), body.height());
                painter.setClipRect(context.clip);
                doc.documentLayout()->draw(&painter, context);
                painter.restore();
                painter.setFont(small);
                painter.setPen(QColor(0x77, 0x77, 0x77));
                const QRectF foot(0, body.height() + footer * 0.25, body.width(), footer * 0.75);
                painter.drawLine(QPointF(0, foot.top()), QPointF(body.width(), foot.top()));
                painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, whose);
                painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                                 tr("Page %1 of %2").arg(i + 1).arg(n));
            }
        };
        if (statements.isEmpty())
            printOne(nullptr, workspaceName);
        for (const IncentiveStatement &s : statements)
            printOne(&s, tr("%1 (%2) · %3 · %4").arg(s.name, s.login, s.period.label(), workspaceName));
        painter.end();
    }
    QFile produced(temp);
    if (!produced.open(QIODevice::ReadOnly) || produced.size() == 0)
        return Status(Problem{QString(), tr("The PDF could not be produced")});
    if (pageCount)
        *pageCount = pages;
    return OutputFile::write(path, produced.readAll());
}

} // namespace attain
