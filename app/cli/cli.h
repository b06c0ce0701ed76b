// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace attain::cli {

/// Exit codes of the brief: 0 success, 1 invalid input or a failed check, 2 usage error.
enum Exit
{
    Ok = 0,
    Invalid = 1,
    Usage = 2
};

/// The command line's shared plumbing: output streams, option parsing and opening a workspace.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Parses a command's arguments. Returns the exit code when the command should stop here
    /// (a usage error, or --help), nothing when it should go on.
    std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
                             int positionals, const QString &positionalHelp);
    /// Opens a workspace or prints why not.
    std::unique_ptr<Workspace>
    open(const QString &path, Workspace::Options::Integrity integrity = Workspace::Options::Integrity::Quick);
    /// The `--as LOGIN` option of a command that changes a workspace.
    static QCommandLineOption actorOption();
    /// Opens a workspace to change it, as the member `--as` names; without it as the member the file belongs
    /// to, or its only manager, or (an empty workspace) anyone; otherwise it asks for --as. A member with a
    /// PIN or password gives it in ATTAIN_PIN or, in a terminal, when asked.
    std::unique_ptr<Workspace>
    openAs(const QString &path, const QCommandLineParser &parser,
           Workspace::Options::Integrity integrity = Workspace::Options::Integrity::Quick);
    /// Acts as the member, with their PIN or password when they have one; false (said on stderr) when not.
    bool signIn(Workspace &workspace, const QString &memberId);
    /// Reads a line from the terminal without echoing it; empty when stdin is not a terminal.
    QString askSecret(const QString &prompt);
    /// Whether `--format` names table, csv or json; said on stderr when not.
    bool knownFormat(const QString &format);
    /// Prints problems on stderr, one per line.
    void printProblems(const Problems &problems);

private:
    QTextStream m_out;
    QTextStream m_err;
};

struct Command
{
    QString name;
    QString synopsis;
    QString summary;
    std::function<int(Cli &, const QStringList &)> run;
};

/// Every command, in the order `--help` lists them.
QList<Command> commands();
QList<Command> workspaceCommands();
QList<Command> interchangeCommands();
QList<Command> scoringCommands();
QList<Command> incentiveCommands();
QList<Command> leaderboardCommands();
QList<Command> backupCommands();
QList<Command> syncCommands();

} // namespace attain::cli
