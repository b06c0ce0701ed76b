// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/incentives/statementpdf.h"

#include "core/storage/outputfile.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/incentives/statementformat.h"
#include "core/scoring/scoreformat.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

namespace attain {

QString StatementPdf::html(const QList<IncentiveStatement> &statements, const QString &workspaceName,
                           const QDate &printedOn)
{
    const QLocale locale;
    auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    auto money = [&](qint64 minor) { return e(Money(minor).format(locale)); };
    QString out = QStringLiteral("<html><body style=\"font-size: 10pt;\">");
    bool first = true;
    for (const IncentiveStatement &s : statements) {
        out += QStringLiteral("<h2 style=\"%1 margin-bottom: 2px;\">%2</h2>")
                   .arg(first ? QString() : QStringLiteral("page-break-before: always;"),
                        e(tr("Statement — %1 (%2)").arg(s.name, s.login)));
        first = false;
        out += QStringLiteral("<p style=\"color: #555555; margin-top: 0;\">%1</p>")
                   .arg(e(tr("%1 · team %2 · plan “%3”")
                              .arg(s.period.label(), s.team.isEmpty() ? tr("none") : s.team, s.plan)) +
                        QStringLiteral("<br>") +
                        e(s.frozen ? tr("The period is closed: these figures are frozen.")
                                   : tr("The period is open: figures change as records change.")));
        out += QStringLiteral("<p>%1</p>")
                   .arg(e(tr("Credited won revenue %1, revenue target %2; score %3, tier %4.")
                              .arg(Money(s.baseMinor).format(locale),
                                   s.targetMinor ? Money(*s.targetMinor).format(locale) : tr("none"),
                                   s.scoreHundredths ? ScoreFormat::score(*s.scoreHundredths)
                                                     : QStringLiteral("–"),
                                   s.tier.isEmpty() ? QStringLiteral("–") : Plan::tierLabel(s.tier))));
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                              "style=\"border-collapse: collapse; border: 1px solid #999999;\">");
        out += QStringLiteral("<tr style=\"background-color: #dde7f3; font-weight: bold;\">");
        for (const auto &[h, width] :
             {std::pair{tr("No."), 5}, std::pair{tr("Date"), 13}, std::pair{tr("Line"), 46},
              std::pair{tr("Base"), 14}, std::pair{tr("Rate"), 8}, std::pair{tr("Amount"), 14}})
            out += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>").arg(width).arg(e(h));
        out += QStringLiteral("</tr>");
        int n = 0;
        for (const StatementLine &l : s.lines) {
            const bool rated = l.kind == StatementLine::Kind::Commission && l.award.isEmpty();
            out +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                               "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                    .arg(++n)
                    .arg(Dates::toIso(l.date), e(StatementFormat::describe(l)),
                         rated || l.kind == StatementLine::Kind::Clawback ? money(l.baseMinor) : QString(),
                         rated ? StatementFormat::rateText(l.rateBasisPoints) + QLatin1Char('%') : QString(),
                         money(l.amountMinor));
        }
        auto total = [&](const QString &label, qint64 minor, bool bold = false) {
            out += QStringLiteral(
                       "<tr%1><td colspan=\"5\" align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                       .arg(bold ? QStringLiteral(" style=\"font-weight: bold; background-color: #f2f2f2;\"")
                                 : QString(),
                            e(label), money(minor));
        };
        total(tr("Commission"), s.commissionMinor);
        total(tr("Awards"), s.awardsMinor);
        total(tr("Adjustments"), s.adjustmentsMinor);
        if (s.clawbacksMinor != 0)
            total(tr("Clawbacks"), s.clawbacksMinor);
        total(tr("Total"), s.totalMinor, true);
        out += QStringLiteral("</table>");
        out += QStringLiteral("<h4>%1</h4><ol style=\"color: #333333;\">")
                   .arg(e(tr("How each line was computed")));
        for (const StatementLine &l : s.lines)
            out += QStringLiteral("<li>%1</li>").arg(e(StatementFormat::explain(l, s)));
        out += QStringLiteral("</ol>");
        out +=
            QStringLiteral("<p style=\"color: #777777; font-size: 8pt;\">%1</p>")
                .arg(e(tr("Printed by Attain on %1 from “%2”. Amounts are computed exactly and each line is "
                          "rounded half away from zero to the fen; totals are sums of lines.")
                           .arg(Dates::toIso(printedOn), workspaceName)));
    }
    if (statements.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(e(tr("No statements for this period.")));
    return out + QStringLiteral("</body></html>");
}

Status StatementPdf::write(const QString &path, const QList<IncentiveStatement> &statements,
                           const QString &workspaceName, const QDate &printedOn)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Status(
            Problem{QString(), tr("Could not create a temporary folder: %1").arg(dir.errorString())});
    const QString temp = dir.filePath(QStringLiteral("statements.pdf"));
    {
        QPdfWriter writer(temp);
        writer.setTitle(tr("Statements"));
        writer.setCreator(QStringLiteral("Attain"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(html(statements, workspaceName, printedOn));
        doc.print(&writer);
    }
    QFile produced(temp);
    if (!produced.open(QIODevice::ReadOnly) || produced.size() == 0)
        return Status(Problem{QString(), tr("The PDF could not be produced")});
    return OutputFile::write(path, produced.readAll());
}

} // namespace attain
