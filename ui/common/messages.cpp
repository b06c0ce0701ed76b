// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/messages.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

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

std::unique_ptr<QMessageBox> Messages::choiceBox(QWidget *parent, const QString &title, const QString &text,
                                                 const QStringList &buttons)
{
    auto box =
        std::make_unique<QMessageBox>(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText);
    // Wide enough for a file's path on one line.
    box->setStyleSheet(QStringLiteral("QMessageBox QLabel#qt_msgbox_label { min-width: 560px; }"));
    for (int i = 0; i < buttons.size(); ++i) {
        QPushButton *b = box->addButton(buttons.at(i), i + 1 == buttons.size() ? QMessageBox::RejectRole
                                                                               : QMessageBox::AcceptRole);
        b->setObjectName(QStringLiteral("choice%1").arg(i));
        if (i == 0)
            box->setDefaultButton(b);
    }
    return box;
}

int Messages::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons)
{
    if (recorder()) {
        recorder()->shown << text;
        return recorder()->choice;
    }
    auto box = choiceBox(parent, title, text, buttons);
    box->exec();
    // QMessageBox lists its buttons in its own order: ours are known by name. Esc is the last choice.
    if (QAbstractButton *clicked = box->clickedButton();
        clicked && clicked->objectName().startsWith(u"choice"))
        return clicked->objectName().mid(6).toInt();
    return int(buttons.size()) - 1;
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
