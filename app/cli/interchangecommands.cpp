// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli import / export-finance.
#include "app/cli/cli.h"

#include "core/incentives/periodclose.h"

#include "core/interchange/financehandoff.h"
#include "core/interchange/importer.h"
#include "core/interchange/xlsxhandoff.h"
#include "core/storage/changelog.h"

namespace attain::cli {

namespace {

int import(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        Cli::tr("members, customers, deals, activities, ratings, targets or finance-return."),
        QStringLiteral("K"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Cli::tr("Check every row; write nothing."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      Cli::tr("utf-8, utf-16, gb18030 … (detected when not given)."),
                                      QStringLiteral("E"));
    parser.addOption(kind);
    parser.addOption(dryRun);
    parser.addOption(encoding);
    parser.addOption(Cli::actorOption());
    const QString synopsis = QStringLiteral("FILE CSV --kind K [--dry-run] [--encoding E] [--as LOGIN]");
    if (auto exit = cli.parse(parser, QStringLiteral("import"), args, 2, synopsis))
        return *exit;
    const auto k = ImportKinds::fromKey(parser.value(kind));
    if (!k) {
        cli.err() << Cli::tr("--kind takes one of: %1")
                         .arg(QStringList{QStringLiteral("members"), QStringLiteral("customers"),
                                          QStringLiteral("deals"), QStringLiteral("activities"),
                                          QStringLiteral("ratings"), QStringLiteral("targets"),
                                          QStringLiteral("finance-return")}
                                  .join(QStringLiteral(", ")))
                  << Qt::endl;
        return Usage;
    }
    if (parser.isSet(encoding) && !CsvReader::encodings().contains(parser.value(encoding).toLower())) {
        cli.err()
            << Cli::tr("--encoding takes one of: %1").arg(CsvReader::encodings().join(QStringLiteral(", ")))
            << Qt::endl;
        return Usage;
    }
    auto ws = cli.openAs(parser.positionalArguments().at(0), parser);
    if (!ws)
        return Invalid;
    ImportOptions options;
    options.kind = *k;
    options.dryRun = parser.isSet(dryRun);
    options.csv.encoding = parser.value(encoding);
    const ImportReport report = Importer::run(*ws, parser.positionalArguments().at(1), options);
    for (const Problem &p : report.problems)
        cli.err() << ImportReport::describe(p) << '\n';
    if (report.problemCount > report.problems.size())
        cli.err() << Cli::tr("… and %n more problem(s)", nullptr,
                             int(report.problemCount - report.problems.size()))
                  << '\n';
    for (const Problem &p : report.notApplied)
        cli.err() << Cli::tr("not applied: %1").arg(ImportReport::describe(p)) << '\n';
    cli.err().flush();
    if (!report.ok()) {
        cli.err() << Cli::tr("%n problem(s); nothing was imported.", nullptr, int(report.problemCount))
                  << Qt::endl;
        return Invalid;
    }
    for (const QString &line : report.summaryLines())
        cli.out() << line << '\n';
    if (report.conflictsOpened > 0)
        cli.out() << QStringLiteral("ownership conflicts: %1").arg(report.conflictsOpened) << '\n';
    if (report.dryRun)
        cli.out() << Cli::tr("dry run: nothing was written") << '\n';
    // What the import changes in closed periods: their frozen figures stay; the changes are discrepancies.
    for (const QString &line : report.closedLines())
        cli.out() << line << '\n';
    cli.out().flush();
    return Ok;
}

int exportFinance(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    Cli::tr("The period: 2025-06, 2025-Q2 or 2025."), QStringLiteral("P"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The file to write."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      Cli::tr("utf8 (with a BOM, the default) or gb18030."),
                                      QStringLiteral("E"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), Cli::tr("Write an Excel workbook instead of CSV."));
    parser.addOption(period);
    parser.addOption(out);
    parser.addOption(encoding);
    parser.addOption(xlsx);
    parser.addOption(Cli::actorOption());
    const QString synopsis =
        QStringLiteral("FILE --period P --out PATH [--encoding utf8|gb18030] [--xlsx] [--as LOGIN]");
    if (auto exit = cli.parse(parser, QStringLiteral("export-finance"), args, 1, synopsis))
        return *exit;
    const auto p = Period::parse(parser.value(period));
    if (!parser.isSet(period) || !p) {
        cli.err() << Cli::tr("--period takes a month (2025-06), a quarter (2025-Q2) or a year (2025)")
                  << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(out) || parser.value(out).isEmpty()) {
        cli.err() << Cli::tr("--out PATH is required") << Qt::endl;
        return Usage;
    }
    const auto enc = CsvWriter::encodingFromName(parser.value(encoding).isEmpty() ? QStringLiteral("utf8")
                                                                                  : parser.value(encoding));
    if (!enc || (parser.isSet(xlsx) && parser.isSet(encoding))) {
        cli.err() << (enc ? Cli::tr("--encoding applies to CSV files, not to --xlsx")
                          : Cli::tr("--encoding takes utf8 or gb18030"))
                  << Qt::endl;
        return Usage;
    }
    auto ws = cli.openAs(parser.positionalArguments().at(0), parser);
    if (!ws)
        return Invalid;
    if (Status allowed = ws->access().handoff(); !allowed) {
        cli.printProblems(allowed.problems());
        return Invalid;
    }
    const auto written = XlsxHandoff::writeHandoff(
        *ws, *p, parser.value(out),
        parser.isSet(xlsx) ? std::nullopt : std::optional<CsvWriter::Encoding>(*enc));
    if (!written) {
        for (const Problem &problem : written.problems())
            cli.err() << ImportReport::describe(problem) << '\n';
        cli.err() << Cli::tr("Nothing was written.") << Qt::endl;
        return Invalid;
    }
    // Which figures the files hold: a closed period's frozen ones, or the workspace's as it is now.
    if (const auto close = PeriodCloseService(*ws).find(*p); close && close->closed)
        cli.out() << (close->hasHandoff
                          ? QStringLiteral("figures: frozen, closed on %1").arg(close->closedAt.left(10))
                          : QStringLiteral("figures: live, closed on %1 before deals were frozen")
                                .arg(close->closedAt.left(10)))
                  << '\n';
    else
        cli.out() << QStringLiteral("figures: live, open period") << '\n';
    for (const HandoffWritten &file : *written) {
        if (file.path != written->first().path)
            cli.out() << QStringLiteral("payouts: %1").arg(file.path) << '\n';
        cli.out() << QStringLiteral("rows: %1").arg(file.rows) << '\n'
                  << QStringLiteral("total_minor: %1").arg(file.baseTotalMinor) << '\n'
                  << QStringLiteral("currency: %1").arg(file.baseCurrency) << '\n'
                  << QStringLiteral("sha256: %1").arg(QString::fromLatin1(file.sha256)) << '\n'
                  << QStringLiteral("manifest: %1").arg(file.manifestPath) << '\n';
    }
    cli.out().flush();
    return Ok;
}

} // namespace

QList<Command> interchangeCommands()
{
    return {
        {QStringLiteral("import"),
         QStringLiteral("FILE CSV --kind K [--dry-run] [--encoding E] [--as LOGIN]"),
         Cli::tr("Import a CSV file, all or nothing."), import},
        {QStringLiteral("export-finance"),
         QStringLiteral("FILE --period P --out PATH [--encoding utf8|gb18030] [--xlsx] [--as LOGIN]"),
         Cli::tr("Write the period's won deals for finance, one row per credited member, and the payouts "
                 "file beside it."),
         exportFinance},
    };
}

} // namespace attain::cli
