// SPDX-License-Identifier: GPL-3.0-or-later
// attain-cli sync: invitations, bundles, the conflict inbox and a sync folder (core/sync/teamsync.h).
#include "app/cli/cli.h"

#include "core/interchange/csvwriter.h"
#include "core/services/memberservice.h"
#include "core/storage/outputfile.h"
#include "core/sync/teamsync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attain::cli {

namespace {

const QString kSynopsis = QStringLiteral(
    "invite|join|export|apply|conflicts|resolve|status|folder|log ... (attain-cli sync COMMAND --help)");

std::optional<QByteArray> readInput(Cli &cli, const QString &path)
{
    if (const QString refusal = OutputFile::inputRefusal(path); !refusal.isEmpty()) {
        cli.err() << refusal << Qt::endl;
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        cli.err() << Cli::tr("%1 cannot be read: %2").arg(path, f.errorString()) << Qt::endl;
        return std::nullopt;
    }
    if (f.size() > SignedFile::maxBytes) {
        cli.err() << Cli::tr("%1 is larger than any team sync file").arg(path) << Qt::endl;
        return std::nullopt;
    }
    return f.readAll();
}

bool write(Cli &cli, const QString &path, const QByteArray &bytes, const QStringList &inputs)
{
    if (Status st = OutputFile::write(path, bytes, inputs); !st) {
        cli.printProblems(st.problems());
        return false;
    }
    return true;
}

std::optional<QString> memberByLogin(Cli &cli, Workspace &ws, const QString &login)
{
    const auto m = MemberService(ws).findByLogin(login);
    if (!m) {
        cli.err() << Cli::tr("There is no member “%1”.").arg(login) << Qt::endl;
        return std::nullopt;
    }
    return m->id;
}

void printOutcome(Cli &cli, const SyncOutcome &o)
{
    cli.out() << "applied: " << o.applied << '\n'
              << "duplicates: " << o.duplicates << '\n'
              << "held: " << o.held << '\n'
              << "conflicts: " << o.conflicts << '\n'
              << "rejected: " << o.rejected << Qt::endl;
}

int invite(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption member(QStringLiteral("member"), Cli::tr("The rep to invite."),
                                    QStringLiteral("LOGIN"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Where to write the invitation."),
                                 QStringLiteral("FILE"));
    parser.addOption(member);
    parser.addOption(out);
    parser.addOption(Cli::actorOption());
    if (auto exit = cli.parse(parser, QStringLiteral("sync invite"), args, 1,
                              QStringLiteral("TEAM.attain --member LOGIN --out FILE [--as LOGIN]")))
        return *exit;
    if (!parser.isSet(member) || !parser.isSet(out)) {
        cli.err() << Cli::tr("--member LOGIN and --out FILE are required") << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    auto ws = cli.openAs(path, parser);
    if (!ws)
        return Invalid;
    const auto id = memberByLogin(cli, *ws, parser.value(member));
    if (!id)
        return Invalid;
    const auto bytes = TeamSync(*ws).invite(*id);
    if (!bytes) {
        cli.printProblems(bytes.problems());
        return Invalid;
    }
    if (!write(cli, parser.value(out), *bytes, {path}))
        return Invalid;
    cli.out() << Cli::tr("Invited %1: give them %2 (File ▸ Join a Team… or attain-cli sync join).")
                     .arg(parser.value(member), QFileInfo(parser.value(out)).absoluteFilePath())
              << Qt::endl;
    return Ok;
}

int join(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The rep's new workspace."),
                                 QStringLiteral("REP.attain"));
    parser.addOption(out);
    if (auto exit = cli.parse(parser, QStringLiteral("sync join"), args, 1,
                              QStringLiteral("INVITATION --out REP.attain")))
        return *exit;
    if (!parser.isSet(out)) {
        cli.err() << Cli::tr("--out REP.attain is required") << Qt::endl;
        return Usage;
    }
    const auto bytes = readInput(cli, parser.positionalArguments().at(0));
    if (!bytes)
        return Invalid;
    const auto ws = TeamSync::join(*bytes, parser.value(out));
    if (!ws) {
        cli.printProblems(ws.problems());
        return Invalid;
    }
    cli.out()
        << Cli::tr("Joined: %1 is %2's own workspace.").arg((*ws)->path(), TeamSync(**ws).status().member)
        << Qt::endl;
    return Ok;
}

int exportBundle(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The bundle (with --all: a folder)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption forMember(
        QStringLiteral("for"), Cli::tr("At the hub: the rep the bundle is for."), QStringLiteral("LOGIN"));
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("At the hub: one bundle per invited rep."));
    const QCommandLineOption resend(
        QStringLiteral("resend"),
        Cli::tr("Everything the other side has not acknowledged, not only what is new."));
    parser.addOption(out);
    parser.addOption(forMember);
    parser.addOption(all);
    parser.addOption(resend);
    parser.addOption(Cli::actorOption());
    if (auto exit =
            cli.parse(parser, QStringLiteral("sync export"), args, 1,
                      QStringLiteral("FILE --out BUNDLE [--for LOGIN | --all] [--resend] [--as LOGIN]")))
        return *exit;
    if (!parser.isSet(out)) {
        cli.err() << Cli::tr("--out is required") << Qt::endl;
        return Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    auto ws = cli.openAs(path, parser);
    if (!ws)
        return Invalid;
    TeamSync sync(*ws);
    const bool hub = sync.status().role == QLatin1String("hub");
    if (hub && !parser.isSet(forMember) && !parser.isSet(all)) {
        cli.err() << Cli::tr("This is the team's workspace: say --for LOGIN or --all") << Qt::endl;
        return Usage;
    }
    QStringList members;
    if (parser.isSet(all)) {
        members = sync.invitedMembers();
    } else if (parser.isSet(forMember)) {
        const auto id = memberByLogin(cli, *ws, parser.value(forMember));
        if (!id)
            return Invalid;
        members << *id;
    } else {
        members << QString();
    }
    for (const QString &m : members) {
        const auto bytes = sync.exportBundle(m, parser.isSet(resend));
        if (!bytes) {
            cli.printProblems(bytes.problems());
            return Invalid;
        }
        QString target = parser.value(out);
        if (parser.isSet(all)) {
            QDir().mkpath(target);
            const auto member = MemberService(*ws).find(m);
            target = QDir(target).filePath(QFileInfo(path).completeBaseName() + QLatin1Char('-') +
                                           (member ? member->login : m) + TeamSync::bundleSuffix);
        }
        if (!write(cli, target, *bytes, {path}))
            return Invalid;
        cli.out() << QFileInfo(target).absoluteFilePath() << Qt::endl;
    }
    return Ok;
}

int apply(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::actorOption());
    if (auto exit = cli.parse(parser, QStringLiteral("sync apply"), args, -2,
                              QStringLiteral("FILE BUNDLE... [--as LOGIN]")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    auto ws = cli.openAs(positional.at(0), parser);
    if (!ws)
        return Invalid;
    SyncOutcome total;
    int exit = Ok;
    QList<std::pair<QByteArray, QString>> bundles;
    for (const QString &bundle : positional.mid(1)) {
        if (const auto bytes = readInput(cli, bundle))
            bundles << std::make_pair(*bytes, QFileInfo(bundle).fileName());
        else
            exit = Invalid;
    }
    for (const Result<SyncOutcome> &outcome : TeamSync(*ws).applyAll(bundles)) {
        if (!outcome) {
            cli.printProblems(outcome.problems());
            exit = Invalid;
            continue;
        }
        total.add(*outcome);
    }
    printOutcome(cli, total);
    return exit;
}

int conflicts(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("table (the default), csv or json."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Decided conflicts too."));
    parser.addOption(format);
    parser.addOption(all);
    if (auto exit = cli.parse(parser, QStringLiteral("sync conflicts"), args, 1,
                              QStringLiteral("FILE [--all] [--format table|csv|json]")))
        return *exit;
    const QString f = parser.value(format);
    if (!cli.knownFormat(f))
        return Usage;
    auto ws = cli.open(parser.positionalArguments().at(0));
    if (!ws)
        return Invalid;
    const QList<SyncConflict> list = TeamSync(*ws).conflicts(!parser.isSet(all));
    const QStringList keys = {QStringLiteral("id"),        QStringLiteral("entity"),
                              QStringLiteral("record"),    QStringLiteral("field"),
                              QStringLiteral("base"),      QStringLiteral("rep_value"),
                              QStringLiteral("hub_value"), QStringLiteral("author"),
                              QStringLiteral("when"),      QStringLiteral("status")};
    QJsonArray rows;
    for (const SyncConflict &c : list)
        rows << QJsonObject{{keys[0], c.id},       {keys[1], c.entity},   {keys[2], c.record},
                            {keys[3], c.field},    {keys[4], c.baseText}, {keys[5], c.theirsText},
                            {keys[6], c.oursText}, {keys[7], c.author},   {keys[8], c.at},
                            {keys[9], c.status}};
    if (f == QLatin1String("json")) {
        cli.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented) << Qt::flush;
        return Ok;
    }
    const QChar sep = f == QLatin1String("csv") ? QLatin1Char(',') : QLatin1Char('\t');
    const char *eol = f == QLatin1String("csv") ? "\r\n" : "\n"; // RFC 4180 rows, as every CSV Attain writes
    cli.out() << keys.join(sep) << eol;
    for (const QJsonValue &r : rows) {
        QStringList cells;
        for (const QString &k : keys) {
            const QJsonValue v = r.toObject().value(k);
            const QString cell = v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
            cells << (f == QLatin1String("csv") ? CsvWriter::quoted(CsvWriter::neutralized(cell)) : cell);
        }
        cli.out() << cells.join(sep) << eol;
    }
    cli.out().flush();
    return Ok;
}

int resolve(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption conflict(QStringLiteral("conflict"),
                                      Cli::tr("The conflict's id (sync conflicts)."), QStringLiteral("ID"));
    const QCommandLineOption keep(QStringLiteral("keep"), Cli::tr("hub or rep."), QStringLiteral("SIDE"));
    const QCommandLineOption value(QStringLiteral("value"), Cli::tr("A value of your own."),
                                   QStringLiteral("V"));
    parser.addOption(conflict);
    parser.addOption(keep);
    parser.addOption(value);
    parser.addOption(Cli::actorOption());
    if (auto exit = cli.parse(parser, QStringLiteral("sync resolve"), args, 1,
                              QStringLiteral("FILE --conflict ID (--keep hub|rep | --value V) [--as LOGIN]")))
        return *exit;
    bool ok = false;
    const qint64 id = parser.value(conflict).toLongLong(&ok);
    const QString side = parser.value(keep);
    if (!ok || parser.isSet(keep) == parser.isSet(value) ||
        (parser.isSet(keep) && side != QLatin1String("hub") && side != QLatin1String("rep"))) {
        cli.err() << Cli::tr("Say --conflict ID and either --keep hub|rep or --value V") << Qt::endl;
        return Usage;
    }
    auto ws = cli.openAs(parser.positionalArguments().at(0), parser);
    if (!ws)
        return Invalid;
    const TeamSync::Keep k = parser.isSet(value)            ? TeamSync::Keep::Value
                             : side == QLatin1String("hub") ? TeamSync::Keep::Hub
                                                            : TeamSync::Keep::Rep;
    if (Status st = TeamSync(*ws).resolve(id, k, parser.value(value)); !st) {
        cli.printProblems(st.problems());
        return Invalid;
    }
    cli.out() << Cli::tr("Conflict %1 decided.").arg(id) << Qt::endl;
    return Ok;
}

int status(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, QStringLiteral("sync status"), args, 1, QStringLiteral("FILE")))
        return *exit;
    auto ws = cli.open(parser.positionalArguments().at(0));
    if (!ws)
        return Invalid;
    const SyncStatus s = TeamSync(*ws).status();
    if (s.role.isEmpty()) {
        cli.out() << Cli::tr("This workspace does not take part in team sync.") << Qt::endl;
        return Ok;
    }
    cli.out() << "role: " << s.role << '\n';
    if (!s.member.isEmpty())
        cli.out() << "member: " << s.member << '\n';
    cli.out() << "key: " << s.fingerprint << '\n'
              << "last received: " << s.lastIn << '\n'
              << "last sent: " << s.lastOut << '\n';
    if (s.role == QLatin1String("rep"))
        cli.out() << "pending: " << s.pending << '\n';
    cli.out() << "held: " << s.held << '\n';
    if (s.role == QLatin1String("hub"))
        cli.out() << "open conflicts: " << s.openConflicts << '\n';
    for (const QString &r : s.rejections)
        cli.out() << "rejected: " << r << '\n';
    for (const SyncDevice &d : s.devices)
        cli.out() << "device: " << d.login << '\t'
                  << (d.fingerprint.isEmpty() ? Cli::tr("(not joined yet)") : d.fingerprint) << '\t' << "in "
                  << d.lastIn << '\t' << "out " << d.lastOut << '\t'
                  << (d.revokedAt.isEmpty() ? QString() : Cli::tr("replaced %1").arg(d.revokedAt)) << '\n';
    cli.out().flush();
    return Ok;
}

int folder(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::actorOption());
    if (auto exit = cli.parse(parser, QStringLiteral("sync folder"), args, 2,
                              QStringLiteral("FILE DIR [--as LOGIN]")))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    auto ws = cli.openAs(path, parser);
    if (!ws)
        return Invalid;
    const auto pass = TeamSync(*ws).folderPass(parser.positionalArguments().at(1));
    if (!pass) {
        cli.printProblems(pass.problems());
        return Invalid;
    }
    for (const QString &line : pass->lines)
        cli.out() << line << '\n';
    printOutcome(cli, pass->outcome);
    return pass->refused ? Invalid : Ok;
}

int log(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, QStringLiteral("sync log"), args, 1, QStringLiteral("FILE")))
        return *exit;
    auto ws = cli.open(parser.positionalArguments().at(0));
    if (!ws)
        return Invalid;
    for (const QString &line : TeamSync(*ws).log(200))
        cli.out() << line << '\n';
    cli.out().flush();
    return Ok;
}

int sync(Cli &cli, const QStringList &args)
{
    static const QList<std::pair<QString, int (*)(Cli &, const QStringList &)>> subcommands = {
        {QStringLiteral("invite"), invite},
        {QStringLiteral("join"), join},
        {QStringLiteral("export"), exportBundle},
        {QStringLiteral("apply"), apply},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("resolve"), resolve},
        {QStringLiteral("status"), status},
        {QStringLiteral("folder"), folder},
        {QStringLiteral("log"), log}};
    if (!args.isEmpty())
        for (const auto &[name, run] : subcommands)
            if (args.first() == name)
                return run(cli, args.mid(1));
    cli.err() << Cli::tr("Usage: attain-cli sync %1").arg(kSynopsis) << Qt::endl;
    return Usage;
}

} // namespace

QList<Command> syncCommands()
{
    return {{QStringLiteral("sync"), kSynopsis,
             Cli::tr("Team sync: invite a rep, join a team, export and apply bundles, decide conflicts."),
             sync}};
}

} // namespace attain::cli
