// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/testsupport.h"
#include "ui/common/messages.h"

#include <QWidget>

namespace attain {
class MainWindow;
}

namespace attain::test {

/// UI tests: messages are recorded instead of shown, and widgets can be saved as PNG for a look.
class UiTest : public WorkspaceTest
{
protected:
    void SetUp() override;
    void TearDown() override;
    /// Renders a widget to tests' output folder (build/tests/screenshots) and returns the image.
    QImage shoot(QWidget *widget, const QString &name);
    /// True when an image has more than a handful of distinct colours: not blank.
    static bool looksDrawn(const QImage &image);
    /// The basics of seedBasics() in test.attain, used by the manager `boss`, open in a 1280×800 main window.
    std::unique_ptr<MainWindow> openSeededWindow();

    Messages::Recorder m_messages;
};

/// The small demo generated as of 2025-06-15, open in a 1280×800 main window as its manager, in the
/// language the test is instantiated with ("en", "zh_CN").
class DemoWindowTest : public UiTest, public ::testing::WithParamInterface<const char *>
{
protected:
    void SetUp() override;
    void TearDown() override;
    /// "-en" or "-zh_CN", for screenshot names.
    QString suffix() const;
    Workspace &ws();

    std::unique_ptr<MainWindow> m_window;
};

} // namespace attain::test
