// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/identity.h"

#include "core/access/accesspolicy.h"
#include "core/domain/textrules.h"
#include "core/services/memberservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/storage/writetransaction.h"

#include <sodium.h>

namespace attain {

namespace {

Problem problem(const QString &message, const QString &code)
{
    Problem p(QStringLiteral("secret"), message);
    p.code = code;
    return p;
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString Identity::hash(const QString &secret)
{
    if (!sodiumReady())
        return QString();
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // The interactive limits (64 MiB, about a tenth of a second here): asked for when a window opens.
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return QString(); // out of memory
    return QString::fromLatin1(out);
}

bool Identity::matches(const QString &hash, const QString &secret)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString Identity::storedHash(const QString &memberId) const
{
    Statement st(m_ws, "SELECT hash FROM member_secrets WHERE member_id = ?");
    st.bind(1, memberId);
    return st.next() ? st.text(0) : QString();
}

bool Identity::hasSecret(const QString &memberId) const
{
    return !memberId.isEmpty() && !storedHash(memberId).isEmpty();
}

bool Identity::managersProtected() const
{
    Statement st(m_ws, "SELECT count(*), count(s.member_id) FROM members m "
                       "LEFT JOIN member_secrets s ON s.member_id = m.id "
                       "WHERE m.active = 1 AND m.role = 'manager'");
    return st.next() && st.int64(0) > 0 && st.int64(0) == st.int64(1);
}

Status Identity::check(const QString &memberId, const QString &secret) const
{
    const QString stored = storedHash(memberId);
    if (stored.isEmpty())
        return success();
    if (secret.isEmpty())
        return Status(problem(tr("Enter the PIN or password."), neededCode));
    if (!matches(stored, secret))
        return Status(problem(tr("That is not the PIN or password."), wrongCode));
    return success();
}

Status Identity::signIn(const QString &memberId, const QString &secret)
{
    if (Status st = check(memberId, secret); !st)
        return st;
    m_ws.actAs(memberId);
    return success();
}

Status Identity::setSecret(const QString &memberId, const QString &current, const QString &secret)
{
    const auto member = MemberService(m_ws).find(memberId);
    if (!member)
        return Status(Problem(QStringLiteral("member"), tr("There is no such member.")));
    const Actor &actor = m_ws.actor();
    const bool self = actor.is(memberId);
    const bool managerForOther = !self && actor.kind == Actor::Kind::Member && actor.role == Role::Manager &&
                                 member->role != Role::Manager;
    if (!self && !managerForOther)
        return Status(AccessPolicy::denied(
            member->role == Role::Manager ? tr("A manager's PIN or password is set by that manager only.")
                                          : tr("A PIN or password is set by its member or by a manager.")));
    if (self)
        if (Status st = check(memberId, current); !st)
            return st;
    if (!secret.isEmpty()) {
        if (secret.size() < minLength)
            return Status(Problem(QStringLiteral("secret"),
                                  tr("A PIN or password has at least %1 characters.").arg(minLength)));
        Problems problems;
        if (!TextRules::check(problems, QStringLiteral("secret"), secret, maxLength))
            return Status(problems);
    }
    const QString hashed = secret.isEmpty() ? QString() : hash(secret);
    if (!secret.isEmpty() && hashed.isEmpty())
        return Status(Problem(QStringLiteral("secret"),
                              tr("The PIN or password could not be stored (out of memory).")));
    WriteTransaction tx(m_ws);
    if (!tx.isActive())
        return Status(tx.problem());
    Statement st(m_ws, secret.isEmpty()
                           ? "DELETE FROM member_secrets WHERE member_id = ?1"
                           : "INSERT INTO member_secrets(member_id, hash, set_at) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT(member_id) DO UPDATE SET hash = ?2, set_at = ?3");
    st.bind(1, memberId);
    if (!secret.isEmpty())
        st.bind(2, hashed).bind(3, m_ws.clock().now().toString(Qt::ISODate));
    if (!st.exec())
        return Status(st.problem());
    return tx.commit();
}

QString Identity::fileOwner() const
{
    return m_ws.setting(QStringLiteral("owner_member"));
}

Status Identity::setFileOwner(const QString &memberId)
{
    return m_ws.setSetting(QStringLiteral("owner_member"), memberId);
}

} // namespace attain
