// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/windowactivation.h"

#include "core/storage/openworkspaces.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QWidget>

namespace attain {

namespace {
const QByteArray kRequest = "attain:raise\n";
const QByteArray kAnswer = "attain:raised\n";
} // namespace

QString WindowActivation::serverName(const QString &workspacePath)
{
    // Per user and per file; short, as local socket names must be.
    const QByteArray key =
        (QDir::homePath() + QLatin1Char('|') + OpenWorkspaces::key(workspacePath)).toUtf8();
    return QStringLiteral("attain-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

WindowActivation::WindowActivation(const QString &workspacePath, QWidget *window)
    : QObject(window), m_server(new QLocalServer(this)), m_window(window)
{
    const QString name = serverName(workspacePath);
    // The caller holds the workspace's lock, so a socket of that name can only be left by a crash.
    QLocalServer::removeServer(name);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->listen(name);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->readAll().contains(kRequest.trimmed()))
                    return;
                socket->write(kAnswer);
                socket->flush();
                if (m_window) {
                    if (m_window->isMinimized())
                        m_window->showNormal();
                    m_window->show();
                    m_window->raise();
                    m_window->activateWindow();
                }
                Q_EMIT requested();
            });
        }
    });
}

WindowActivation::~WindowActivation()
{
    m_server->close();
}

bool WindowActivation::request(const QString &workspacePath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(workspacePath));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRequest);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The window answers from its event loop; in the same process that loop is this one.
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.contains(kAnswer.trimmed()) && timer.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(20))
            answer += socket.readAll();
        else
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    return answer.contains(kAnswer.trimmed());
}

} // namespace attain
