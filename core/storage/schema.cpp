// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schema.h"

namespace attain {

namespace {

// Version 1: the domain of the foundation. Money columns are INTEGER minor units, dates ISO text.
// External ids are unique through partial indexes, so the many rows without one cost no index entry.
// CHECKs list allowed values with OR, not IN: SQLite builds a temporary table for an IN list on
// every row written, which cost a third of a million-row load.
const char *const kVersion1[] = {
    R"(CREATE TABLE settings(
        key TEXT PRIMARY KEY,
        value TEXT,
        changed_seq INTEGER NOT NULL))",
    // Who wrote from where: one row per (device, author) pair, so log rows stay small.
    R"(CREATE TABLE change_sessions(
        id INTEGER PRIMARY KEY,
        device TEXT NOT NULL,
        author TEXT,
        started_at TEXT NOT NULL))",
    // A creation carries no values: they are the record's current values with the later updates
    // undone. An update logs one field; a deletion keeps the record's last values as JSON.
    // prev_seq links an entry to the record's previous one, so a record's history is a walk back
    // from its changed_seq; an index on entity_id would cost a million-row load a tenth of its time.
    R"(CREATE TABLE change_log(
        seq INTEGER PRIMARY KEY,
        prev_seq INTEGER,
        at TEXT NOT NULL,
        session INTEGER NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op = 'create' OR op = 'update' OR op = 'delete'),
        field TEXT,
        old_value TEXT,
        new_value TEXT))",
    R"(CREATE TRIGGER change_log_append_only_update BEFORE UPDATE ON change_log
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END)",
    R"(CREATE TRIGGER change_log_append_only_delete BEFORE DELETE ON change_log
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END)",
    R"(CREATE TABLE teams(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        lead_id TEXT REFERENCES members(id) DEFERRABLE INITIALLY DEFERRED,
        changed_seq INTEGER NOT NULL))",
    R"(CREATE TABLE members(
        id TEXT PRIMARY KEY,
        external_id TEXT,
        login TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role = 'manager' OR role = 'rep' OR role = 'finance'),
        level TEXT NOT NULL,
        team_id TEXT REFERENCES teams(id),
        email TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        changed_seq INTEGER NOT NULL))",
    "CREATE UNIQUE INDEX members_external_id ON members(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX members_team ON members(team_id)",
    R"(CREATE TABLE customers(
        id TEXT PRIMARY KEY,
        external_id TEXT,
        name TEXT NOT NULL,
        norm_name TEXT NOT NULL,
        phone TEXT,
        norm_phone TEXT,
        owner_id TEXT REFERENCES members(id),
        owner_since TEXT,
        source TEXT,
        created_on TEXT NOT NULL,
        changed_seq INTEGER NOT NULL))",
    "CREATE UNIQUE INDEX customers_external_id ON customers(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX customers_norm_name ON customers(norm_name)",
    "CREATE INDEX customers_norm_phone ON customers(norm_phone) WHERE norm_phone IS NOT NULL",
    "CREATE INDEX customers_owner ON customers(owner_id)",
    R"(CREATE TABLE deals(
        id TEXT PRIMARY KEY,
        external_id TEXT,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        owner_id TEXT NOT NULL REFERENCES members(id),
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
        currency TEXT NOT NULL DEFAULT 'CNY',
        stage TEXT NOT NULL CHECK (stage = 'open' OR stage = 'won' OR stage = 'lost'),
        created_on TEXT NOT NULL,
        closed_on TEXT,
        product TEXT,
        contract_no TEXT,
        confirmed_on TEXT,
        changed_seq INTEGER NOT NULL))",
    "CREATE UNIQUE INDEX deals_external_id ON deals(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX deals_customer ON deals(customer_id)",
    "CREATE INDEX deals_owner ON deals(owner_id)",
    "CREATE INDEX deals_stage_closed ON deals(stage, closed_on)",
    R"(CREATE TABLE deal_splits(
        deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL REFERENCES members(id),
        percent INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 100),
        PRIMARY KEY (deal_id, member_id)) WITHOUT ROWID)",
    "CREATE INDEX deal_splits_member ON deal_splits(member_id)",
    R"(CREATE TABLE activities(
        id TEXT PRIMARY KEY,
        external_id TEXT,
        member_id TEXT NOT NULL REFERENCES members(id),
        customer_id TEXT NOT NULL REFERENCES customers(id),
        deal_id TEXT REFERENCES deals(id),
        kind TEXT NOT NULL CHECK (kind = 'call' OR kind = 'visit' OR kind = 'meeting' OR kind = 'email' OR kind = 'note'),
        at TEXT NOT NULL,
        notes TEXT,
        changed_seq INTEGER NOT NULL))",
    "CREATE UNIQUE INDEX activities_external_id ON activities(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX activities_member_at ON activities(member_id, at)",
    "CREATE INDEX activities_customer_at ON activities(customer_id, at)",
    "CREATE INDEX activities_deal ON activities(deal_id) WHERE deal_id IS NOT NULL",
    R"(CREATE TABLE ratings(
        id TEXT PRIMARY KEY,
        external_id TEXT,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        member_id TEXT NOT NULL REFERENCES members(id),
        deal_id TEXT REFERENCES deals(id),
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        rated_on TEXT NOT NULL,
        comment TEXT,
        changed_seq INTEGER NOT NULL))",
    "CREATE UNIQUE INDEX ratings_external_id ON ratings(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX ratings_member_on ON ratings(member_id, rated_on)",
    "CREATE INDEX ratings_customer ON ratings(customer_id)",
    "CREATE INDEX ratings_deal ON ratings(deal_id) WHERE deal_id IS NOT NULL",
    R"(CREATE TABLE targets(
        id TEXT PRIMARY KEY,
        member_id TEXT REFERENCES members(id),
        team_id TEXT REFERENCES teams(id),
        period TEXT NOT NULL,
        metric TEXT NOT NULL,
        value INTEGER NOT NULL CHECK (typeof(value) = 'integer'),
        changed_seq INTEGER NOT NULL,
        CHECK ((member_id IS NULL) <> (team_id IS NULL))))",
    // clang-format off
    "CREATE UNIQUE INDEX targets_subject ON targets(ifnull(member_id, ''), ifnull(team_id, ''), period, metric)",
    // clang-format on
    "CREATE INDEX targets_period ON targets(period)",
};

// Version 2: ownership conflicts, for a manager to decide who is credited.
const char *const kVersion2[] = {
    R"(CREATE TABLE ownership_conflicts(
        id TEXT PRIMARY KEY,
        deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        customer_id TEXT NOT NULL REFERENCES customers(id),
        owner_id TEXT NOT NULL REFERENCES members(id),
        claimant_id TEXT NOT NULL REFERENCES members(id),
        opened_on TEXT NOT NULL,
        last_follow_up TEXT,
        status TEXT NOT NULL CHECK (status = 'open' OR status = 'kept' OR status = 'transferred'),
        decided_by TEXT REFERENCES members(id),
        decided_on TEXT,
        note TEXT,
        changed_seq INTEGER NOT NULL))",
    "CREATE INDEX ownership_conflicts_open ON ownership_conflicts(status, opened_on)",
    "CREATE INDEX ownership_conflicts_deal ON ownership_conflicts(deal_id)",
};

// Version 3: scoring plans, effective from a month on. The default plan "Standard" is built in and
// needs no row; a plan saved in the editor takes effect from its month.
const char *const kVersion3[] = {
    R"(CREATE TABLE plans(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        effective_from TEXT NOT NULL UNIQUE,
        definition TEXT NOT NULL,
        changed_seq INTEGER NOT NULL))",
    // Scoring reads the won deals of a period, a customer's earlier won deals and a member's follow-ups;
    // these indexes hold every column those queries need, so they never visit the tables.
    "CREATE INDEX deals_won_closed ON deals(closed_on, owner_id, customer_id, amount, id) WHERE stage = "
    "'won'",
    "CREATE INDEX deals_customer_won ON deals(customer_id, closed_on, created_on, external_id) WHERE stage = "
    "'won'",
    "DROP INDEX deals_owner",
    "CREATE INDEX deals_owner ON deals(owner_id, stage, closed_on)",
    "DROP INDEX activities_member_at",
    "CREATE INDEX activities_member_at ON activities(member_id, at, kind)",
};

// Version 4: incentives. Manual adjustments to a member's statement (with a reason and an author), and
// period closes: the frozen scores and statements of a closed period, the change-log number they were
// taken at (later entries are what the discrepancy list reads), and, once reopened, who and why.
const char *const kVersion4[] = {
    R"(CREATE TABLE adjustments(
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES members(id),
        period TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer'),
        currency TEXT NOT NULL DEFAULT 'CNY',
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        author TEXT NOT NULL,
        created_on TEXT NOT NULL,
        changed_seq INTEGER NOT NULL))",
    "CREATE INDEX adjustments_period ON adjustments(period, member_id)",
    R"(CREATE TABLE period_closes(
        id TEXT PRIMARY KEY,
        period TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status = 'closed' OR status = 'reopened'),
        closed_at TEXT NOT NULL,
        closed_by TEXT NOT NULL,
        closed_seq INTEGER NOT NULL,
        snapshot TEXT NOT NULL,
        reopened_at TEXT,
        reopened_by TEXT,
        reopen_reason TEXT,
        changed_seq INTEGER NOT NULL))",
    // One row per close: a reopened period keeps its old snapshot, closing it again adds a new one.
    "CREATE UNIQUE INDEX period_closes_closed ON period_closes(period) WHERE status = 'closed'",
    "CREATE INDEX period_closes_period ON period_closes(period, closed_seq)",
};

// Version 5: the dashboard counts a period's won deals without a contract number or product; an index of
// just those deals lets it count them without reading every won deal of the period (a team's quarter
// 127 ms → a few, everyone's year 330 ms on the 1,000,000-deal workspace). Queries must repeat its WHERE.
const char *const kVersion5[] = {
    "CREATE INDEX deals_won_missing_data ON deals(closed_on, owner_id) WHERE stage = 'won' AND "
    "(contract_no IS NULL OR contract_no = '' OR product IS NULL OR product = '')",
};

// Version 6: what a write-ahead log found beside the file is checked against. Every write transaction
// replaces the token (a random number) and keeps the one it replaced as the parent, in this one-row table
// whose only page never moves: a log's frames of that page name the state the log continues from, which the
// file itself must hold (WalChain). The row is not a record and has no change-log entry.
const char *const kVersion6[] = {
    "CREATE TABLE wal_chain(id INTEGER PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL, parent TEXT NOT "
    "NULL)",
    "INSERT INTO wal_chain VALUES (1, lower(hex(randomblob(16))), '')",
};

// Version 7: members' PINs and passwords (Identity), as Argon2id hashes in libsodium's string form — kept
// apart from `members` so that no export, change log entry or team bundle carries them with the member.
const char *const kVersion7[] = {
    "CREATE TABLE member_secrets(member_id TEXT PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE, hash "
    "TEXT NOT NULL CHECK (hash LIKE '$argon2id$%'), set_at TEXT NOT NULL)",
};

// Version 8: compact keys. Every record's key is an integer (its rowid) and every foreign key an integer; the
// record's UUID is kept once, as a 16-byte blob in `uuid` (unique), its identity for sync and merges. Each
// table is rebuilt from the old one through a map of old ids (TEMP v8_ids, numbered in table order); what
// holds ids as text (the change log's values, period-close snapshots) is translated by IdMigration
// afterwards, which also turns the copied UUID texts into blobs. `next_ids` keeps the next id, so a deleted
// record's id is never reused.
const char *const kVersion8[] = {
    "CREATE TEMP TABLE v8_ids(uuid TEXT PRIMARY KEY, id INTEGER NOT NULL UNIQUE) WITHOUT ROWID",
    "INSERT INTO v8_ids(uuid, id) SELECT uuid, row_number() OVER (ORDER BY t, r) FROM (SELECT id AS "
    "uuid, t, r FROM (SELECT id, 0 AS t, rowid AS r FROM teams UNION ALL SELECT id, 1 AS t, rowid AS r "
    "FROM members UNION ALL SELECT id, 2 AS t, rowid AS r FROM customers UNION ALL SELECT id, 3 AS t, "
    "rowid AS r FROM deals UNION ALL SELECT id, 4 AS t, rowid AS r FROM activities UNION ALL SELECT id, "
    "5 AS t, rowid AS r FROM ratings UNION ALL SELECT id, 6 AS t, rowid AS r FROM targets UNION ALL "
    "SELECT id, 7 AS t, rowid AS r FROM ownership_conflicts UNION ALL SELECT id, 8 AS t, rowid AS r FROM "
    "plans UNION ALL SELECT id, 9 AS t, rowid AS r FROM adjustments UNION ALL SELECT id, 10 AS t, rowid "
    "AS r FROM period_closes))",
    // Records deleted before the upgrade keep an id too: their history names them.
    "INSERT INTO v8_ids(uuid, id) SELECT entity_id, (SELECT ifnull(max(id), 0) FROM v8_ids) + row_number() "
    "OVER (ORDER BY min(seq)) FROM change_log WHERE length(entity_id) = 36 AND entity_id NOT IN (SELECT "
    "uuid FROM v8_ids) GROUP BY entity_id",
    "CREATE TABLE teams_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE "
    "COLLATE NOCASE, lead_id INTEGER REFERENCES members(id) DEFERRABLE INITIALLY DEFERRED, changed_seq "
    "INTEGER NOT NULL)",
    "INSERT INTO teams_v8(id, uuid, name, lead_id, changed_seq) SELECT (SELECT id FROM v8_ids WHERE uuid "
    "= t.id), t.id, t.name, (SELECT id FROM v8_ids WHERE uuid = t.lead_id), t.changed_seq FROM teams t",
    "CREATE TABLE members_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, external_id TEXT, login "
    "TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL, role TEXT NOT NULL CHECK (role = 'manager' "
    "OR role = 'rep' OR role = 'finance'), level TEXT NOT NULL, team_id INTEGER REFERENCES teams(id), "
    "email TEXT, active INTEGER NOT NULL DEFAULT 1, changed_seq INTEGER NOT NULL)",
    "INSERT INTO members_v8(id, uuid, external_id, login, name, role, level, team_id, email, active, "
    "changed_seq) SELECT (SELECT id FROM v8_ids WHERE uuid = t.id), t.id, t.external_id, t.login, "
    "t.name, t.role, t.level, (SELECT id FROM v8_ids WHERE uuid = t.team_id), t.email, t.active, "
    "t.changed_seq FROM members t",
    "CREATE TABLE customers_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, external_id TEXT, "
    "name TEXT NOT NULL, norm_name TEXT NOT NULL, phone TEXT, norm_phone TEXT, owner_id INTEGER "
    "REFERENCES members(id), owner_since TEXT, source TEXT, created_on TEXT NOT NULL, changed_seq "
    "INTEGER NOT NULL)",
    "INSERT INTO customers_v8(id, uuid, external_id, name, norm_name, phone, norm_phone, owner_id, "
    "owner_since, source, created_on, changed_seq) SELECT (SELECT id FROM v8_ids WHERE uuid = t.id), "
    "t.id, t.external_id, t.name, t.norm_name, t.phone, t.norm_phone, (SELECT id FROM v8_ids WHERE uuid "
    "= t.owner_id), t.owner_since, t.source, t.created_on, t.changed_seq FROM customers t",
    "CREATE TABLE deals_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, external_id TEXT, "
    "customer_id INTEGER NOT NULL REFERENCES customers(id), owner_id INTEGER NOT NULL REFERENCES "
    "members(id), amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0), currency "
    "TEXT NOT NULL DEFAULT 'CNY', stage TEXT NOT NULL CHECK (stage = 'open' OR stage = 'won' OR stage = "
    "'lost'), created_on TEXT NOT NULL, closed_on TEXT, product TEXT, contract_no TEXT, confirmed_on "
    "TEXT, changed_seq INTEGER NOT NULL)",
    "INSERT INTO deals_v8(id, uuid, external_id, customer_id, owner_id, amount, currency, stage, "
    "created_on, closed_on, product, contract_no, confirmed_on, changed_seq) SELECT (SELECT id FROM "
    "v8_ids WHERE uuid = t.id), t.id, t.external_id, (SELECT id FROM v8_ids WHERE uuid = t.customer_id), "
    "(SELECT id FROM v8_ids WHERE uuid = t.owner_id), t.amount, t.currency, t.stage, t.created_on, "
    "t.closed_on, t.product, t.contract_no, t.confirmed_on, t.changed_seq FROM deals t",
    "CREATE TABLE deal_splits_v8( deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE, "
    "member_id INTEGER NOT NULL REFERENCES members(id), percent INTEGER NOT NULL CHECK (percent BETWEEN "
    "1 AND 100), PRIMARY KEY (deal_id, member_id)) WITHOUT ROWID",
    "INSERT INTO deal_splits_v8(deal_id, member_id, percent) SELECT (SELECT id FROM v8_ids WHERE uuid = "
    "t.deal_id), (SELECT id FROM v8_ids WHERE uuid = t.member_id), t.percent FROM deal_splits t",
    "CREATE TABLE activities_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, external_id TEXT, "
    "member_id INTEGER NOT NULL REFERENCES members(id), customer_id INTEGER NOT NULL REFERENCES "
    "customers(id), deal_id INTEGER REFERENCES deals(id), kind TEXT NOT NULL CHECK (kind = 'call' OR "
    "kind = 'visit' OR kind = 'meeting' OR kind = 'email' OR kind = 'note'), at TEXT NOT NULL, notes "
    "TEXT, changed_seq INTEGER NOT NULL)",
    "INSERT INTO activities_v8(id, uuid, external_id, member_id, customer_id, deal_id, kind, at, notes, "
    "changed_seq) SELECT (SELECT id FROM v8_ids WHERE uuid = t.id), t.id, t.external_id, (SELECT id FROM "
    "v8_ids WHERE uuid = t.member_id), (SELECT id FROM v8_ids WHERE uuid = t.customer_id), (SELECT id "
    "FROM v8_ids WHERE uuid = t.deal_id), t.kind, t.at, t.notes, t.changed_seq FROM activities t",
    "CREATE TABLE ratings_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, external_id TEXT, "
    "customer_id INTEGER NOT NULL REFERENCES customers(id), member_id INTEGER NOT NULL REFERENCES "
    "members(id), deal_id INTEGER REFERENCES deals(id), score INTEGER NOT NULL CHECK (score BETWEEN 1 "
    "AND 5), rated_on TEXT NOT NULL, comment TEXT, changed_seq INTEGER NOT NULL)",
    "INSERT INTO ratings_v8(id, uuid, external_id, customer_id, member_id, deal_id, score, rated_on, "
    "comment, changed_seq) SELECT (SELECT id FROM v8_ids WHERE uuid = t.id), t.id, t.external_id, "
    "(SELECT id FROM v8_ids WHERE uuid = t.customer_id), (SELECT id FROM v8_ids WHERE uuid = "
    "t.member_id), (SELECT id FROM v8_ids WHERE uuid = t.deal_id), t.score, t.rated_on, t.comment, "
    "t.changed_seq FROM ratings t",
    "CREATE TABLE targets_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, member_id INTEGER "
    "REFERENCES members(id), team_id INTEGER REFERENCES teams(id), period TEXT NOT NULL, metric TEXT NOT "
    "NULL, value INTEGER NOT NULL CHECK (typeof(value) = 'integer'), changed_seq INTEGER NOT NULL, CHECK "
    "((member_id IS NULL) <> (team_id IS NULL)))",
    "INSERT INTO targets_v8(id, uuid, member_id, team_id, period, metric, value, changed_seq) SELECT "
    "(SELECT id FROM v8_ids WHERE uuid = t.id), t.id, (SELECT id FROM v8_ids WHERE uuid = t.member_id), "
    "(SELECT id FROM v8_ids WHERE uuid = t.team_id), t.period, t.metric, t.value, t.changed_seq FROM "
    "targets t",
    "CREATE TABLE ownership_conflicts_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, deal_id "
    "INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE, customer_id INTEGER NOT NULL REFERENCES "
    "customers(id), owner_id INTEGER NOT NULL REFERENCES members(id), claimant_id INTEGER NOT NULL "
    "REFERENCES members(id), opened_on TEXT NOT NULL, last_follow_up TEXT, status TEXT NOT NULL CHECK "
    "(status = 'open' OR status = 'kept' OR status = 'transferred'), decided_by INTEGER REFERENCES "
    "members(id), decided_on TEXT, note TEXT, changed_seq INTEGER NOT NULL)",
    "INSERT INTO ownership_conflicts_v8(id, uuid, deal_id, customer_id, owner_id, claimant_id, "
    "opened_on, last_follow_up, status, decided_by, decided_on, note, changed_seq) SELECT (SELECT id "
    "FROM v8_ids WHERE uuid = t.id), t.id, (SELECT id FROM v8_ids WHERE uuid = t.deal_id), (SELECT id "
    "FROM v8_ids WHERE uuid = t.customer_id), (SELECT id FROM v8_ids WHERE uuid = t.owner_id), (SELECT "
    "id FROM v8_ids WHERE uuid = t.claimant_id), t.opened_on, t.last_follow_up, t.status, (SELECT id "
    "FROM v8_ids WHERE uuid = t.decided_by), t.decided_on, t.note, t.changed_seq FROM "
    "ownership_conflicts t",
    "CREATE TABLE plans_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, name TEXT NOT NULL, "
    "effective_from TEXT NOT NULL UNIQUE, definition TEXT NOT NULL, changed_seq INTEGER NOT NULL)",
    "INSERT INTO plans_v8(id, uuid, name, effective_from, definition, changed_seq) SELECT (SELECT id "
    "FROM v8_ids WHERE uuid = t.id), t.id, t.name, t.effective_from, t.definition, t.changed_seq FROM "
    "plans t",
    "CREATE TABLE adjustments_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, member_id INTEGER "
    "NOT NULL REFERENCES members(id), period TEXT NOT NULL, amount INTEGER NOT NULL CHECK "
    "(typeof(amount) = 'integer'), currency TEXT NOT NULL DEFAULT 'CNY', reason TEXT NOT NULL CHECK "
    "(length(trim(reason)) > 0), author TEXT NOT NULL, created_on TEXT NOT NULL, changed_seq INTEGER NOT "
    "NULL)",
    "INSERT INTO adjustments_v8(id, uuid, member_id, period, amount, currency, reason, author, "
    "created_on, changed_seq) SELECT (SELECT id FROM v8_ids WHERE uuid = t.id), t.id, (SELECT id FROM "
    "v8_ids WHERE uuid = t.member_id), t.period, t.amount, t.currency, t.reason, t.author, t.created_on, "
    "t.changed_seq FROM adjustments t",
    "CREATE TABLE period_closes_v8( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, period TEXT NOT "
    "NULL, status TEXT NOT NULL CHECK (status = 'closed' OR status = 'reopened'), closed_at TEXT NOT "
    "NULL, closed_by TEXT NOT NULL, closed_seq INTEGER NOT NULL, snapshot TEXT NOT NULL, reopened_at "
    "TEXT, reopened_by TEXT, reopen_reason TEXT, changed_seq INTEGER NOT NULL)",
    "INSERT INTO period_closes_v8(id, uuid, period, status, closed_at, closed_by, closed_seq, snapshot, "
    "reopened_at, reopened_by, reopen_reason, changed_seq) SELECT (SELECT id FROM v8_ids WHERE uuid = "
    "t.id), t.id, t.period, t.status, t.closed_at, t.closed_by, t.closed_seq, t.snapshot, t.reopened_at, "
    "t.reopened_by, t.reopen_reason, t.changed_seq FROM period_closes t",
    "CREATE TABLE member_secrets_v8(member_id INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE "
    "CASCADE, hash TEXT NOT NULL CHECK (hash LIKE '$argon2id$%'), set_at TEXT NOT NULL)",
    "INSERT INTO member_secrets_v8(member_id, hash, set_at) SELECT (SELECT id FROM v8_ids WHERE uuid = "
    "t.member_id), t.hash, t.set_at FROM member_secrets t",
    "DROP TABLE member_secrets",
    "DROP TABLE period_closes",
    "DROP TABLE adjustments",
    "DROP TABLE plans",
    "DROP TABLE ownership_conflicts",
    "DROP TABLE targets",
    "DROP TABLE ratings",
    "DROP TABLE activities",
    "DROP TABLE deal_splits",
    "DROP TABLE deals",
    "DROP TABLE customers",
    "DROP TABLE members",
    "DROP TABLE teams",
    "ALTER TABLE teams_v8 RENAME TO teams",
    "ALTER TABLE members_v8 RENAME TO members",
    "CREATE UNIQUE INDEX members_external_id ON members(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX members_team ON members(team_id)",
    "ALTER TABLE customers_v8 RENAME TO customers",
    "CREATE UNIQUE INDEX customers_external_id ON customers(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX customers_norm_name ON customers(norm_name)",
    "CREATE INDEX customers_norm_phone ON customers(norm_phone) WHERE norm_phone IS NOT NULL",
    "CREATE INDEX customers_owner ON customers(owner_id)",
    "ALTER TABLE deals_v8 RENAME TO deals",
    "CREATE UNIQUE INDEX deals_external_id ON deals(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX deals_customer ON deals(customer_id)",
    "CREATE INDEX deals_stage_closed ON deals(stage, closed_on)",
    "CREATE INDEX deals_won_closed ON deals(closed_on, owner_id, customer_id, amount, id) WHERE stage = "
    "'won'",
    "CREATE INDEX deals_customer_won ON deals(customer_id, closed_on, created_on, external_id) WHERE "
    "stage = 'won'",
    "CREATE INDEX deals_owner ON deals(owner_id, stage, closed_on)",
    "CREATE INDEX deals_won_missing_data ON deals(closed_on, owner_id) WHERE stage = 'won' AND "
    "(contract_no IS NULL OR contract_no = '' OR product IS NULL OR product = '')",
    "ALTER TABLE deal_splits_v8 RENAME TO deal_splits",
    "CREATE INDEX deal_splits_member ON deal_splits(member_id)",
    "ALTER TABLE activities_v8 RENAME TO activities",
    "CREATE UNIQUE INDEX activities_external_id ON activities(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX activities_customer_at ON activities(customer_id, at)",
    "CREATE INDEX activities_deal ON activities(deal_id) WHERE deal_id IS NOT NULL",
    "CREATE INDEX activities_member_at ON activities(member_id, at, kind)",
    "ALTER TABLE ratings_v8 RENAME TO ratings",
    "CREATE UNIQUE INDEX ratings_external_id ON ratings(external_id) WHERE external_id IS NOT NULL",
    "CREATE INDEX ratings_member_on ON ratings(member_id, rated_on)",
    "CREATE INDEX ratings_customer ON ratings(customer_id)",
    "CREATE INDEX ratings_deal ON ratings(deal_id) WHERE deal_id IS NOT NULL",
    "ALTER TABLE targets_v8 RENAME TO targets",
    "CREATE UNIQUE INDEX targets_subject ON targets(ifnull(member_id, ''), ifnull(team_id, ''), period, "
    "metric)",
    "CREATE INDEX targets_period ON targets(period)",
    "ALTER TABLE ownership_conflicts_v8 RENAME TO ownership_conflicts",
    "CREATE INDEX ownership_conflicts_open ON ownership_conflicts(status, opened_on)",
    "CREATE INDEX ownership_conflicts_deal ON ownership_conflicts(deal_id)",
    "ALTER TABLE plans_v8 RENAME TO plans",
    "ALTER TABLE adjustments_v8 RENAME TO adjustments",
    "CREATE INDEX adjustments_period ON adjustments(period, member_id)",
    "ALTER TABLE period_closes_v8 RENAME TO period_closes",
    "CREATE UNIQUE INDEX period_closes_closed ON period_closes(period) WHERE status = 'closed'",
    "CREATE INDEX period_closes_period ON period_closes(period, closed_seq)",
    "ALTER TABLE member_secrets_v8 RENAME TO member_secrets",
    "UPDATE adjustments SET author = coalesce((SELECT CAST(id AS TEXT) FROM v8_ids WHERE uuid = author), "
    "author)",
    "UPDATE period_closes SET closed_by = coalesce((SELECT CAST(id AS TEXT) FROM v8_ids WHERE uuid = "
    "closed_by), closed_by)",
    "UPDATE period_closes SET reopened_by = coalesce((SELECT CAST(id AS TEXT) FROM v8_ids WHERE uuid = "
    "reopened_by), reopened_by)",
    "UPDATE change_sessions SET author = coalesce((SELECT CAST(id AS TEXT) FROM v8_ids WHERE uuid = "
    "author), author)",
    "UPDATE settings SET value = coalesce((SELECT CAST(id AS TEXT) FROM v8_ids WHERE uuid = value), "
    "value) WHERE key IN ('user_id', 'owner_member')",
    "CREATE TABLE next_ids(id INTEGER PRIMARY KEY CHECK (id = 1), next INTEGER NOT NULL)",
    "INSERT INTO next_ids VALUES (1, (SELECT ifnull(max(id), 0) + 1 FROM v8_ids))",
};

// Version 9: each split's credited amount in whole fen (PRODUCT.md "Credit": largest remainders, ties to the
// login that sorts first), kept with the split so that revenue, commission, statements and the finance
// handoff all read the same fen. Filled for older files by SplitCredits, written by DealService after.
const char *const kVersion9[] = {
    "ALTER TABLE deal_splits ADD COLUMN credited INTEGER NOT NULL DEFAULT 0 CHECK (typeof(credited) = "
    "'integer' AND credited >= 0)",
};

// Version 10: who entered each rating, and a manager's confirmation of one its own member entered — a
// self-entered 5-star rating pays no award until then. Older ratings take their author from the change log.
const char *const kVersion10[] = {
    "ALTER TABLE ratings ADD COLUMN entered_by INTEGER REFERENCES members(id)",
    "ALTER TABLE ratings ADD COLUMN confirmed_by INTEGER REFERENCES members(id)",
    "ALTER TABLE ratings ADD COLUMN confirmed_on TEXT",
    ("CREATE TEMP TABLE v10_entered AS SELECT CAST(l.entity_id AS INTEGER) AS rating, min(l.seq) AS seq, "
     "CAST(s.author AS INTEGER) AS author FROM change_log l JOIN change_sessions s ON s.id = l.session "
     "WHERE l.entity = 'ratings' AND l.op = 'create' AND s.author GLOB '[0-9]*' GROUP BY l.entity_id"),
    ("UPDATE ratings SET entered_by = e.author FROM temp.v10_entered e WHERE e.rating = ratings.id AND "
     "e.author IN (SELECT id FROM members)"),
    "DROP TABLE temp.v10_entered",
};

// Version 11: a base currency and monthly rates (PRODUCT.md "Domain": currencies are never added together).
// Each deal keeps its amount in the base currency, converted once at its month's rate, and the covering index
// of won deals carries it instead of the deal's own amount. Deals in the base currency take their amount;
// deals of an older file in another currency have no rate yet, so no base amount (the check lists them).
const char *const kVersion11[] = {
    ("CREATE TABLE rates( id INTEGER PRIMARY KEY, uuid BLOB NOT NULL UNIQUE, currency TEXT NOT NULL, month "
     "TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'), rate_micro INTEGER NOT NULL "
     "CHECK (typeof(rate_micro) = 'integer' AND rate_micro > 0), changed_seq INTEGER NOT NULL, "
     "UNIQUE (currency, month))"),
    "ALTER TABLE deals ADD COLUMN base_amount INTEGER CHECK (base_amount IS NULL OR (typeof(base_amount) = "
    "'integer' AND base_amount >= 0))",
    ("UPDATE deals SET base_amount = amount WHERE currency = coalesce((SELECT value FROM settings WHERE key "
     "= 'currency'), 'CNY')"),
    "UPDATE deal_splits SET credited = 0 WHERE deal_id IN (SELECT id FROM deals WHERE base_amount IS NULL)",
    "DROP INDEX deals_won_closed",
    "CREATE INDEX deals_won_closed ON deals(closed_on, owner_id, customer_id, base_amount, id) WHERE stage = "
    "'won'",
};

// Version 12: team sync (core/sync). The file's own sync identity and device key pair; at a hub, the reps'
// devices it invited and pinned, what it sent each of them and the conflicts its merges found; at a rep's
// file, its hub. None of these are records: they are not in the change log and never leave the file, except
// a device's public key. Tombstones keep a deleted record's UUID, which a bundle names it by.
const char *const kVersion12[] = {
    ("CREATE TABLE sync_self(id INTEGER PRIMARY KEY CHECK (id = 1), workspace BLOB NOT NULL, device BLOB NOT "
     "NULL, public_key BLOB NOT NULL, secret_key BLOB NOT NULL, role TEXT NOT NULL CHECK (role = 'hub' OR "
     "role = 'rep'), member_id INTEGER REFERENCES members(id), hub_workspace BLOB, hub_key BLOB, token BLOB, "
     "invitation BLOB, "
     "exported_seq INTEGER NOT NULL DEFAULT 0, acked_seq INTEGER NOT NULL DEFAULT 0, received_bundle "
     "INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL DEFAULT 0, last_in TEXT, last_out TEXT)"),
    ("CREATE TABLE sync_peers(id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL REFERENCES members(id), "
     "invitation BLOB NOT NULL UNIQUE, token BLOB NOT NULL, device BLOB UNIQUE, public_key BLOB UNIQUE, "
     "workspace BLOB, invited_at TEXT NOT NULL, enrolled_at TEXT, revoked_at TEXT, received_seq INTEGER NOT "
     "NULL DEFAULT 0, sent_bundles INTEGER NOT NULL DEFAULT 0, acked_bundle INTEGER NOT NULL DEFAULT 0, "
     "last_in TEXT, last_out TEXT, published_sha TEXT)"),
    ("CREATE TABLE sync_peer_records(peer INTEGER NOT NULL REFERENCES sync_peers(id) ON DELETE CASCADE, "
     "entity TEXT NOT NULL, uuid BLOB NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (peer, entity, uuid)) "
     "WITHOUT ROWID"),
    ("CREATE TABLE sync_bundles(uuid BLOB PRIMARY KEY, peer INTEGER, direction TEXT NOT NULL CHECK "
     "(direction "
     "= 'in' OR direction = 'out'), first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, at TEXT NOT NULL, "
     "outcome TEXT NOT NULL)"),
    ("CREATE TABLE sync_held(uuid BLOB PRIMARY KEY, peer INTEGER, first_seq INTEGER NOT NULL, at TEXT NOT "
     "NULL, bytes BLOB NOT NULL)"),
    ("CREATE TABLE sync_results(id INTEGER PRIMARY KEY, peer INTEGER NOT NULL, seq INTEGER NOT NULL, entity "
     "TEXT NOT NULL, uuid BLOB NOT NULL, field TEXT, outcome TEXT NOT NULL, reason TEXT, sent_in INTEGER NOT "
     "NULL DEFAULT 0)"),
    ("CREATE TABLE sync_conflicts(id INTEGER PRIMARY KEY, peer INTEGER NOT NULL, seq INTEGER NOT NULL, "
     "entity "
     "TEXT NOT NULL, uuid BLOB NOT NULL, field TEXT NOT NULL, base TEXT, theirs TEXT, ours TEXT, author TEXT "
     "NOT NULL, hlc TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = "
     "'hub' OR status = 'rep' OR status = 'value'), decided_value TEXT, decided_by INTEGER, decided_at TEXT, "
     "UNIQUE (peer, seq, field))"),
    ("CREATE TABLE sync_applied(entity TEXT NOT NULL, uuid BLOB NOT NULL, field TEXT NOT NULL, base TEXT, "
     "value TEXT, peer INTEGER NOT NULL, seq INTEGER NOT NULL, author TEXT NOT NULL, hlc TEXT NOT NULL, "
     "PRIMARY KEY (entity, uuid, field)) WITHOUT ROWID"),
    ("CREATE TABLE sync_foreign(first_seq INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL)"),
    "CREATE TABLE sync_log(id INTEGER PRIMARY KEY, at TEXT NOT NULL, level TEXT NOT NULL, message TEXT NOT "
    "NULL)",
    // At a rep's file: each customer's first won deal across the whole team, as the hub knows it (the rep's
    // file lacks other reps' deals): the new-customer and repurchase metrics read it where it is known.
    ("CREATE TABLE sync_first_won(customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE "
     "CASCADE, "
     "first_on TEXT, first_deal BLOB, confirmed_on TEXT, confirmed_deal BLOB)"),
    // At a rep's file: the leaderboards the hub published for the rep (PublishedBoards), as JSON.
    "CREATE TABLE sync_boards(board TEXT NOT NULL, period TEXT NOT NULL, view TEXT NOT NULL, PRIMARY KEY "
    "(board, period))",
    ("CREATE TABLE sync_tombstones(entity TEXT NOT NULL, id INTEGER NOT NULL, uuid BLOB NOT NULL, PRIMARY "
     "KEY "
     "(entity, id)) WITHOUT ROWID"),
    ("CREATE TRIGGER customers_tombstone AFTER DELETE ON customers BEGIN INSERT OR REPLACE INTO "
     "sync_tombstones VALUES ('customers', old.id, old.uuid); END"),
    ("CREATE TRIGGER deals_tombstone AFTER DELETE ON deals BEGIN INSERT OR REPLACE INTO sync_tombstones "
     "VALUES ('deals', old.id, old.uuid); END"),
    ("CREATE TRIGGER activities_tombstone AFTER DELETE ON activities BEGIN INSERT OR REPLACE INTO "
     "sync_tombstones VALUES ('activities', old.id, old.uuid); END"),
    ("CREATE TRIGGER ratings_tombstone AFTER DELETE ON ratings BEGIN INSERT OR REPLACE INTO sync_tombstones "
     "VALUES ('ratings', old.id, old.uuid); END"),
    ("CREATE TRIGGER targets_tombstone AFTER DELETE ON targets BEGIN INSERT OR REPLACE INTO sync_tombstones "
     "VALUES ('targets', old.id, old.uuid); END"),
    ("CREATE TRIGGER members_tombstone AFTER DELETE ON members BEGIN INSERT OR REPLACE INTO sync_tombstones "
     "VALUES ('members', old.id, old.uuid); END"),
};

template <size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

int Schema::currentVersion()
{
    return 12;
}

QStringList Schema::migrationTo(int version)
{
    switch (version) {
    case 1: return toList(kVersion1);
    case 2: return toList(kVersion2);
    case 3: return toList(kVersion3);
    case 4: return toList(kVersion4);
    case 5: return toList(kVersion5);
    case 6: return toList(kVersion6);
    case 7: return toList(kVersion7);
    case 8: return toList(kVersion8);
    case 9: return toList(kVersion9);
    case 10: return toList(kVersion10);
    case 11: return toList(kVersion11);
    case 12: return toList(kVersion12);
    default: return {};
    }
}

QStringList Schema::entityTables()
{
    return {QStringLiteral("settings"),  QStringLiteral("teams"),       QStringLiteral("members"),
            QStringLiteral("customers"), QStringLiteral("deals"),       QStringLiteral("activities"),
            QStringLiteral("ratings"),   QStringLiteral("targets"),     QStringLiteral("ownership_conflicts"),
            QStringLiteral("plans"),     QStringLiteral("adjustments"), QStringLiteral("period_closes"),
            QStringLiteral("rates")};
}

QList<QPair<QString, QString>> Schema::moneyColumns()
{
    return {{QStringLiteral("deals"), QStringLiteral("amount")},
            {QStringLiteral("deals"), QStringLiteral("base_amount")},
            {QStringLiteral("targets"), QStringLiteral("value")},
            {QStringLiteral("adjustments"), QStringLiteral("amount")}};
}

} // namespace attain
