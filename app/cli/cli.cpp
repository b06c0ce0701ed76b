// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "core/access/identity.h"
#include "core/services/memberservice.h"
#include "core/storage/storageerrors.h"
#include "core/storage/workspacelock.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace attain::cli {

Cli::Cli() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

std::optional<int> Cli::parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
                              int positionals, const QString &positionalHelp)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    QStringList full = args;
    full.prepend(QStringLiteral("attain-cli %1").arg(command));
    if (!parser.parse(full)) {
        m_err << parser.errorText() << '\n'
              << tr("Usage: attain-cli %1 %2").arg(command, positionalHelp) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        m_out << tr("Usage: attain-cli %1 %2").arg(command, positionalHelp) << '\n'
              << parser.helpText().section(QLatin1Char('\n'), 2) << Qt::flush;
        return Ok;
    }
    // A negative count: at least that many (FILE BUNDLE...).
    if (positionals >= 0 ? parser.positionalArguments().size() != positionals
                         : parser.positionalArguments().size() < -positionals) {
        m_err << tr("Usage: attain-cli %1 %2").arg(command, positionalHelp) << Qt::endl;
        return Usage;
    }
    return std::nullopt;
}

bool Cli::knownFormat(const QString &format)
{
    if (format == QLatin1String("table") || format == QLatin1String("csv") || format == QLatin1String("json"))
        return true;
    m_err << tr("--format takes table, csv or json") << Qt::endl;
    return false;
}

std::unique_ptr<Workspace> Cli::open(const QString &path, Workspace::Options::Integrity integrity)
{
    Workspace::Options options;
    options.integrity = integrity;
    // A script may wait for another program's write (an import in the app); it is told what it waits for.
    options.busyTimeoutMs = 60000;
    options.busyNotice = [this](const QString &message) {
        m_err << tr("waiting: %1").arg(message) << Qt::endl;
    };
    // Open in Attain on another computer sharing the folder: SQLite's locks may not reach across, so this
    // computer only reads it.
    WorkspaceLock::Holder holder;
    if (WorkspaceLock::peek(path, &holder) == WorkspaceLock::State::HeldElsewhere)
        options.readOnlyReason = tr("it is open in Attain on %1").arg(holder.host);
    auto ws = Workspace::open(path, options);
    if (!ws) {
        printProblems(ws.problems());
        return nullptr;
    }
    return std::move(ws).value();
}

QCommandLineOption Cli::actorOption()
{
    return QCommandLineOption(QStringLiteral("as"), tr("The member making the change (their login)."),
                              QStringLiteral("LOGIN"));
}

std::unique_ptr<Workspace> Cli::openAs(const QString &path, const QCommandLineParser &parser,
                                       Workspace::Options::Integrity integrity)
{
    auto workspace = open(path, integrity);
    if (!workspace)
        return nullptr;
    MemberService members(*workspace);
    const QString login = parser.value(QStringLiteral("as")).trimmed();
    QString memberId;
    if (!login.isEmpty()) {
        const auto member = members.findByLogin(login);
        if (!member || !member->active) {
            m_err << tr("There is no member “%1” in %2.").arg(login, path) << Qt::endl;
            return nullptr;
        }
        memberId = member->id;
    } else if (const QString owner = Identity(*workspace).fileOwner();
               !owner.isEmpty() && members.find(owner)) {
        memberId = owner; // the member the file belongs to (a rep's own file)
    } else {
        QStringList managers;
        for (const Member &m : members.all())
            if (m.active && m.role == Role::Manager) {
                managers << m.login;
                memberId = m.id;
            }
        if (managers.isEmpty()) {
            workspace->actAsSystem(); // no manager yet: the workspace is being set up
            return workspace;
        }
        if (managers.size() > 1) {
            m_err << tr("Say who makes this change with --as LOGIN (%1 has %2 managers: %3).")
                         .arg(path)
                         .arg(managers.size())
                         .arg(managers.join(QStringLiteral(", ")))
                  << Qt::endl;
            return nullptr;
        }
    }
    if (!signIn(*workspace, memberId))
        return nullptr;
    return workspace;
}

bool Cli::signIn(Workspace &workspace, const QString &memberId)
{
    Identity identity(workspace);
    QString secret;
    if (identity.hasSecret(memberId)) {
        const QString login = MemberService(workspace).find(memberId)->login;
        secret = qEnvironmentVariable("ATTAIN_PIN");
        if (secret.isEmpty())
            secret = askSecret(tr("PIN or password of %1: ").arg(login));
        if (secret.isEmpty()) {
            m_err << tr("%1 has a PIN or password: set ATTAIN_PIN, or run the command in a terminal to be "
                        "asked for it.")
                         .arg(login)
                  << Qt::endl;
            return false;
        }
    }
    if (Status st = identity.signIn(memberId, secret); !st) {
        m_err << st.problems().value(0).message << Qt::endl;
        return false;
    }
    return true;
}

QString Cli::askSecret(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return QString();
    m_err << prompt << Qt::flush;
    termios before{};
    const bool quiet = tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    const QString line = in.readLine();
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    m_err << Qt::endl;
    return line;
#else
    Q_UNUSED(prompt);
    return QString(); // Windows: ATTAIN_PIN
#endif
}

void Cli::printProblems(const Problems &problems)
{
    for (const auto &p : problems) {
        QString line;
        if (p.row > 0)
            line += tr("row %1: ").arg(p.row);
        if (!p.field.isEmpty())
            line += p.field + QStringLiteral(": ");
        line += p.message;
        m_err << line << '\n';
    }
    m_err.flush();
}

QList<Command> commands()
{
    return workspaceCommands() + backupCommands() + interchangeCommands() + scoringCommands() +
           incentiveCommands() + leaderboardCommands() + syncCommands();
}

} // namespace attain::cli
