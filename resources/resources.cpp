// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/resources.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace attain {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            app.removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool chinese = locale.language() == QLocale::Chinese;
    // Numbers, dates and money follow the chosen language too.
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!chinese) {
        // English needs only its plural forms: "1 problem", "2 problems".
        ours = new QTranslator(&app);
        if (ours->load(QStringLiteral(":/i18n/attain_en.qm")))
            app.installTranslator(ours);
        return QStringLiteral("en");
    }
    ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/attain_zh_CN.qm")))
        app.installTranslator(ours);
    qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace attain
