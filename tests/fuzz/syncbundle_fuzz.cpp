// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the team-sync readers (core/sync), which take files from outside — a shared folder, a USB
// stick. The first byte chooses what the rest is: (0) a whole file, given to the hub's apply and to join as
// it is; (1) a bundle's body, signed with the enrolled rep's key (its manifest's SHA-256 set to match), so
// that the manifest, the payload and the merge behind a valid signature are reached; (2) an invitation's
// body, signed with the hub's key and joined. Nothing may crash; the hub must stay a sound workspace. Seeds
// (real bodies) are written to $ATTAIN_FUZZ_SEED_DIR when it is set.
#include "core/domain/customer.h"
#include "core/domain/member.h"
#include "core/services/customerservice.h"
#include "core/services/memberservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"
#include "core/sync/teamsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

using namespace attain;

namespace {
QCoreApplication *app = nullptr;
QTemporaryDir *dir = nullptr;
Workspace *hub = nullptr; // kept until the process ends, past the registry of open files: never deleted
DeviceKeys repKeys, hubKeys;
int run = 0;

DeviceKeys keysOf(Workspace &ws)
{
    Statement st(ws, "SELECT public_key, secret_key FROM sync_self");
    if (!st.next())
        qFatal("no sync keys");
    return DeviceKeys{st.blob(0), st.blob(1)};
}

QByteArray bodyOf(const QByteArray &file, const QByteArray &kind)
{
    const auto opened = SignedFile::open(file, kind, QStringLiteral("seed"));
    return opened ? opened->body : QByteArray();
}

void seed(const char *name, const QByteArray &bytes)
{
    const QString seeds = qEnvironmentVariable("ATTAIN_FUZZ_SEED_DIR");
    if (seeds.isEmpty())
        return;
    QFile f(QDir(seeds).filePath(QLatin1String(name)));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    dir = new QTemporaryDir;
    auto made = Workspace::create(dir->filePath(QStringLiteral("hub.attain")));
    if (!made)
        qFatal("%s", qPrintable(made.message()));
    hub = std::move(made).value().release();
    MemberService members(*hub);
    Member boss{}, rep{};
    boss.login = QStringLiteral("boss");
    boss.name = QStringLiteral("王经理");
    boss.role = Role::Manager;
    boss.level = QStringLiteral("senior");
    rep.login = QStringLiteral("alice");
    rep.name = QStringLiteral("李娜");
    rep.role = Role::Rep;
    rep.level = QStringLiteral("junior");
    const auto b = members.create(boss);
    const auto r = members.create(rep);
    if (!b || !r)
        qFatal("members");
    Customer c;
    c.name = QStringLiteral("Acme 科技");
    c.ownerId = r->id;
    c.createdOn = QDate(2025, 1, 1);
    c.ownerSince = c.createdOn;
    if (!CustomerService(*hub).create(c))
        qFatal("customer");
    hub->actAs(b->id);
    const auto invitation = TeamSync(*hub).invite(r->id);
    if (!invitation)
        qFatal("%s", qPrintable(invitation.message()));
    auto joined = TeamSync::join(*invitation, dir->filePath(QStringLiteral("rep.attain")));
    if (!joined)
        qFatal("%s", qPrintable(joined.message()));
    Workspace &repWs = **joined;
    Statement st(repWs, "SELECT id FROM customers");
    st.next();
    auto mine = CustomerService(repWs).find(st.text(0));
    st.reset();
    mine->phone = QStringLiteral("13800000000");
    (void)CustomerService(repWs).update(*mine);
    const auto bundle = TeamSync(repWs).exportBundle();
    if (!bundle || !TeamSync(*hub).apply(*bundle, QStringLiteral("seed")))
        qFatal("the seed bundle did not apply");
    repKeys = keysOf(repWs);
    hubKeys = keysOf(*hub);
    mine->source = QStringLiteral("展会");
    (void)CustomerService(repWs).update(*mine);
    const QByteArray second = TeamSync(repWs).exportBundle().value();
    seed("whole-bundle", QByteArray(1, '\0') + second);
    seed("bundle-body", QByteArray(1, '\1') + bodyOf(second, "bundle"));
    seed("invitation-body", QByteArray(1, '\2') + bodyOf(*invitation, "invitation"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int mode = data[0] % 3;
    QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QByteArray file = rest;
    if (mode > 0) {
        // The manifest's SHA-256 made to match, so the fuzzer reaches past it.
        const qsizetype nl = rest.indexOf('\n');
        QJsonObject manifest = QJsonDocument::fromJson(nl < 0 ? rest : rest.left(nl)).object();
        const QByteArray payload = nl < 0 ? QByteArray() : rest.mid(nl + 1);
        manifest.insert(QStringLiteral("sha256"), QString::fromLatin1(SignedFile::sha256Hex(payload)));
        const QByteArray body = QJsonDocument(manifest).toJson(QJsonDocument::Compact) + '\n' + payload;
        file = mode == 1 ? SignedFile::seal("bundle", repKeys, body)
                         : SignedFile::seal("invitation", hubKeys, body);
    }
    if (mode != 2)
        (void)TeamSync(*hub).apply(file, QStringLiteral("fuzz"));
    if (mode != 1) {
        const QString target = dir->filePath(QStringLiteral("joined-%1.attain").arg(++run));
        (void)TeamSync::join(file, target);
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
        QDir(target.chopped(7) + QStringLiteral(".backups")).removeRecursively();
    }
    return 0;
}
