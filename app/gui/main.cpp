// SPDX-License-Identifier: GPL-3.0-or-later
// attain: the desktop application. Opens the file given on the command line, else the last one used,
// else shows the welcome screen.
#include "core/storage/workspacelock.h"
#include "resources/resources.h"
#include "ui/common/recentfiles.h"
#include "ui/common/windowactivation.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Attain"));
    QApplication::setApplicationName(QStringLiteral("Attain"));
    QApplication::setApplicationVersion(QStringLiteral(ATTAIN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attain.svg")));
    attain::installTranslations(app, QSettings().value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Attain, the sales-performance workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The workspace to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    // One window per workspace: a file another Attain window has open brings that window forward.
    if (!files.isEmpty() &&
        attain::WorkspaceLock::peek(files.first()) == attain::WorkspaceLock::State::HeldHere &&
        attain::WindowActivation::request(files.first()))
        return 0;

    attain::MainWindow window;
    window.show();
    const QString last = QSettings().value(QStringLiteral("lastWorkspace")).toString();
    if (!files.isEmpty())
        window.openWorkspace(files.first());
    else if (!last.isEmpty() && QFileInfo::exists(last))
        window.openWorkspace(last);
    return app.exec();
}
