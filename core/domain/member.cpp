// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/member.h"
#include "core/domain/textrules.h"

#include "core/domain/textnorm.h"

#include <QRegularExpression>

namespace attain {

QString Member::roleKey(Role role)
{
    switch (role) {
    case Role::Manager: return QStringLiteral("manager");
    case Role::Rep: return QStringLiteral("rep");
    case Role::Finance: return QStringLiteral("finance");
    }
    return QString();
}

QString Member::roleLabel(Role role)
{
    switch (role) {
    case Role::Manager: return tr("Manager");
    case Role::Rep: return tr("Sales rep");
    case Role::Finance: return tr("Finance");
    }
    return QString();
}

std::optional<Role> Member::roleFromText(QStringView text)
{
    const QString t = foldWidth(text).trimmed().toLower();
    if (t == u"manager" || t == u"经理" || t == u"销售经理")
        return Role::Manager;
    if (t == u"rep" || t == u"销售" || t == u"销售代表")
        return Role::Rep;
    if (t == u"finance" || t == u"财务")
        return Role::Finance;
    return std::nullopt;
}

QString Member::levelFromText(QStringView text)
{
    const QString t = foldWidth(text).trimmed();
    if (t == u"初级")
        return QStringLiteral("junior");
    if (t == u"高级")
        return QStringLiteral("senior");
    return t.toLower();
}

QString Member::levelLabel(const QString &level)
{
    if (level == u"junior")
        return tr("Junior");
    if (level == u"senior")
        return tr("Senior");
    return level;
}

bool Member::isValidLogin(QStringView login)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$)"));
    return re.match(login).hasMatch();
}

Problems Member::validate() const
{
    Problems problems;
    if (login.isEmpty())
        problems << Problem{QStringLiteral("login"), tr("a login is required")};
    else if (!isValidLogin(login))
        problems << Problem{
            QStringLiteral("login"),
            tr("use letters, digits, “.”, “_”, “-” or “@” (at most 64), starting with a letter or "
               "digit")};
    if (name.trimmed().isEmpty())
        problems << Problem{QStringLiteral("name"), tr("a name is required")};
    else
        TextRules::check(problems, QStringLiteral("name"), name, TextRules::nameOfMember);
    static const QRegularExpression levelRe(QStringLiteral(R"(^[a-z0-9_]{1,32}$)"));
    if (role != Role::Finance && !levelRe.match(level).hasMatch())
        problems << Problem{
            QStringLiteral("level"),
            tr("a level key such as “junior” or “senior” is required (lowercase letters, digits, _)")};
    static const QRegularExpression emailRe(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (TextRules::check(problems, QStringLiteral("email"), email, TextRules::email) && !email.isEmpty() &&
        !emailRe.match(email).hasMatch())
        problems << Problem{QStringLiteral("email"), tr("“%1” is not an e-mail address").arg(email)};
    return problems;
}

Fields Member::fields() const
{
    return {{QStringLiteral("external_id"), textOrNull(externalId)},
            {QStringLiteral("login"), login},
            {QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("role"), roleKey(role)},
            {QStringLiteral("level"), level},
            {QStringLiteral("team_id"), textOrNull(teamId)},
            {QStringLiteral("email"), textOrNull(email)},
            {QStringLiteral("active"), active ? 1 : 0}};
}

} // namespace attain
