// SPDX-License-Identifier: GPL-3.0-or-later
// DemoGenerator: the teams and their members (managers, reps at both levels, one in finance), with the
// names they are known by.
#include "core/demo/demostate.h"
#include "core/storage/workspace.h"

#include "core/demo/demonames.h"
#include "core/domain/member.h"
#include "core/domain/team.h"

namespace attain {

using namespace demo;

Status DemoGenerator::State::makeTeamsAndMembers()
{
    const auto &surnames = DemoNames::surnames();
    const auto &given = DemoNames::givenNames();
    // The small demo's familiar cast first, then every other surname × given-name pair.
    QList<std::pair<int, int>> names = {{0, 0},   {1, 1},   {2, 2},   {3, 3},   {4, 4},
                                        {5, 5},   {6, 6},   {7, 7},   {8, 8},   {9, 9},
                                        {10, 10}, {11, 11}, {12, 12}, {13, 13}, {14, 14}};
    QList<std::pair<int, int>> rest;
    for (int s = 0; s < surnames.size(); ++s)
        for (int g = 0; g < given.size(); ++g)
            if (!names.contains(std::pair{s, g}))
                rest << std::pair{s, g};
    std::shuffle(rest.begin(), rest.end(), rng);
    names += rest;

    const int total = scale.teams * scale.membersPerTeam;
    QSet<QString> logins;
    for (int t = 0; t < scale.teams; ++t)
        teamIds << ws.newId();
    for (int i = 0; i < total; ++i) {
        MemberInfo info;
        const auto [s, g] = names.at(i);
        Member &m = info.member;
        m.id = ws.newId();
        m.name = QString::fromUtf16(surnames.at(s).hanzi) + QString::fromUtf16(given.at(g).hanzi);
        QString login = QLatin1String(surnames.at(s).pinyin) + QLatin1String(given.at(g).pinyin);
        for (int n = 2; logins.contains(login); ++n)
            login =
                QLatin1String(surnames.at(s).pinyin) + QLatin1String(given.at(g).pinyin) + QString::number(n);
        logins.insert(login);
        m.login = login;
        m.email = login + QStringLiteral("@example.cn");
        const bool finance = i == total - 1;
        const int team = finance ? -1 : i % scale.teams;
        const bool lead = i < scale.teams;
        m.role = finance ? Role::Finance : lead ? Role::Manager : Role::Rep;
        m.level = finance                 ? QStringLiteral("junior")
                  : (lead || chance(0.4)) ? QStringLiteral("senior")
                                          : QStringLiteral("junior");
        m.teamId = team >= 0 ? teamIds.at(team) : QString();
        info.team = team;
        info.winRate = real(0.40, 0.72);
        info.amountFactor = real(0.8, 1.25);
        info.weight = finance ? 0.0 : lead ? 0.3 : real(0.8, 1.2);
        members << info;
    }
    for (int t = 0; t < scale.teams; ++t) {
        Team team{teamIds.at(t), DemoNames::teamNames().at(t), members.at(t).member.id};
        if (Status st = insert(EntityKind::Team, team.id, team.fields(), team.validate()); !st)
            return st;
        ++counts.teams;
    }
    for (const auto &info : std::as_const(members)) {
        if (Status st =
                insert(EntityKind::Member, info.member.id, info.member.fields(), info.member.validate());
            !st)
            return st;
        ++counts.members;
    }
    // The demo's first manager is the workspace's user and the author of what follows.
    return insert(EntityKind::Setting, QStringLiteral("user_id"),
                  {{QStringLiteral("value"), members.first().member.id}}, {});
}

} // namespace attain
