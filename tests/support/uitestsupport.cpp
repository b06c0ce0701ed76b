// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/uitestsupport.h"

#include "core/demo/demogenerator.h"
#include "resources/resources.h"
#include "ui/common/session.h"
#include "ui/mainwindow.h"

#include <QApplication>

#include <QDir>
#include <QImage>
#include <QSet>
#include <QSettings>

namespace attain::test {

void UiTest::SetUp()
{
    WorkspaceTest::SetUp();
    QSettings().clear(); // each test starts like a first run
    m_messages = {};
    Messages::setRecorder(&m_messages);
}

void UiTest::TearDown()
{
    Messages::setRecorder(nullptr);
    WorkspaceTest::TearDown();
}

std::unique_ptr<MainWindow> UiTest::openSeededWindow()
{
    seedBasics(create());
    EXPECT_TRUE(m_ws->setSetting(QStringLiteral("user_id"), m_boss.id).ok());
    m_ws.reset();
    auto window = std::make_unique<MainWindow>();
    window->setAskForUser(false);
    window->resize(1280, 800);
    window->show();
    EXPECT_TRUE(window->openWorkspace(path(QStringLiteral("test.attain"))));
    return window;
}

QImage UiTest::shoot(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    QDir().mkpath(QStringLiteral(ATTAIN_SCREENSHOTS));
    image.save(QStringLiteral(ATTAIN_SCREENSHOTS "/%1.png").arg(name));
    return image;
}

bool UiTest::looksDrawn(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
            if (colours.size() > 12)
                return true;
        }
    return false;
}

void DemoWindowTest::SetUp()
{
    UiTest::SetUp();
    installTranslations(*qApp, QString::fromLatin1(GetParam()));
    DemoGenerator::Options o;
    o.today = QDate(2025, 6, 15);
    m_clock.set(QDateTime(QDate(2025, 6, 15), QTime(10, 0)));
    auto created = Workspace::createFilled(path(QStringLiteral("demo.attain")), options(),
                                           [&](Workspace &w) { return DemoGenerator(w, o).run(); });
    ASSERT_TRUE(created.ok()) << qPrintable(created.message());
    created->reset();
    m_window = std::make_unique<MainWindow>();
    m_window->setAskForUser(false);
    m_window->resize(1280, 800);
    m_window->show();
    ASSERT_TRUE(m_window->openWorkspace(path(QStringLiteral("demo.attain"))));
}

void DemoWindowTest::TearDown()
{
    m_window.reset();
    installTranslations(*qApp, QStringLiteral("en"));
    UiTest::TearDown();
}

QString DemoWindowTest::suffix() const
{
    return QLatin1Char('-') + QString::fromLatin1(GetParam());
}

Workspace &DemoWindowTest::ws()
{
    return m_window->session()->workspace();
}

} // namespace attain::test
