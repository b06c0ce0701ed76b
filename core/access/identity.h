// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace attain {

class Workspace;

/// Who a window or a command acts as, so that being someone is not just choosing their name: each member may
/// set a PIN or password (kept as an Argon2id hash, libsodium's crypto_pwhash_str); becoming a member who has
/// one asks for it, and a workspace whose managers all have one never acts as a manager without it.
/// The file also records the member it belongs to (a rep's own file), whom it opens as by default.
///
/// What this protects: a shared laptop, a curious colleague choosing "Manager" in the app or `--as` on the
/// command line. What it does not: someone with the file and sqlite3 can read and change every byte — a rep's
/// own file (team sync, still to come) will hold only that rep's data for this reason.
class Identity
{
    Q_DECLARE_TR_FUNCTIONS(Identity)

public:
    static constexpr int minLength = 4;
    static constexpr int maxLength = 128;
    static inline const QString wrongCode = QStringLiteral("wrong-secret");
    static inline const QString neededCode = QStringLiteral("secret-needed");

    explicit Identity(Workspace &workspace) : m_ws(workspace) {}

    bool hasSecret(const QString &memberId) const;
    /// Whether the workspace has managers and every active one has a PIN or password.
    bool managersProtected() const;
    /// Checks a member's PIN or password; a member without one needs none (an empty `secret`).
    Status check(const QString &memberId, const QString &secret) const;
    /// Acts as the member (Workspace::actAs) when `secret` is theirs.
    Status signIn(const QString &memberId, const QString &secret);

    /// Sets or changes (`secret`) or removes (empty `secret`) a member's PIN or password: the member
    /// themself, giving their current one if they have one; or a manager, for a rep or finance who forgot
    /// theirs. A manager's is only their own.
    Status setSecret(const QString &memberId, const QString &current, const QString &secret);

    /// The member whose file this is (a rep's own), or empty for a team's workspace.
    QString fileOwner() const;
    Status setFileOwner(const QString &memberId);

    /// An Argon2id hash of `secret` in libsodium's string form, and its check (exposed for tests).
    static QString hash(const QString &secret);
    static bool matches(const QString &hash, const QString &secret);

private:
    QString storedHash(const QString &memberId) const;
    Workspace &m_ws;
};

} // namespace attain
