// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/messages.h"

#include <QInputDialog>
#include <QMessageBox>

namespace attain {

namespace {
Messages::Recorder *&recorder()
{
    static Messages::Recorder *r = nullptr;
    return r;
}
} // namespace

void Messages::setRecorder(Recorder *r)
{
    recorder() = r;
}

void Messages::error(QWidget *parent, const QString &title, const QString &text)
{
    if (recorder()) {
        recorder()->shown << text;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void Messages::info(QWidget *parent, const QString &title, const QString &text)
{
    if (recorder()) {
        recorder()->shown << text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

bool Messages::ask(QWidget *parent, const QString &title, const QString &text)
{
    if (recorder()) {
        recorder()->shown << text;
        return recorder()->answer;
    }
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace attain

namespace attain {

std::optional<QString> Messages::askText(QWidget *parent, const QString &title, const QString &label,
                                         const QString &initial)
{
    if (recorder()) {
        recorder()->shown << label;
        return recorder()->answer ? std::optional(recorder()->text) : std::nullopt;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional(text) : std::nullopt;
}

} // namespace attain
