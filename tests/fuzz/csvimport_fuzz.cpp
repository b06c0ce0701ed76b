// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader and every kind of import, on arbitrary bytes. The first byte picks
// the kind; the import is a dry run on one workspace, so every input starts from the same state.
// Built with -DATTAIN_FUZZ=ON under clang; ctest runs it for a bounded time on tests/data/import.
#include "core/interchange/importer.h"
#include "core/storage/workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

using namespace attain;

namespace {
QCoreApplication *app = nullptr;
QTemporaryDir *dir = nullptr;
Workspace *workspace = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    dir = new QTemporaryDir;
    auto ws = Workspace::create(dir->filePath(QStringLiteral("fuzz.attain")));
    if (!ws) {
        qFatal("cannot create the fuzz workspace: %s", qPrintable(ws.message()));
    }
    workspace = std::move(ws).value().release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QList<ImportKind> kinds = ImportKinds::all();
    const ImportKind kind = kinds.at(data[0] % kinds.size());
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // The reader on its own: every record until the end or an error.
    if (auto reader = CsvReader::fromBytes(bytes)) {
        QStringList fields;
        while ((*reader)->next(&fields))
            fields.clear();
    }
    // And through an import, checked but never written.
    if (auto reader = CsvReader::fromBytes(bytes)) {
        ImportOptions options;
        options.kind = kind;
        options.dryRun = true;
        const ImportReport report = Importer::run(*workspace, std::move(reader).value(), options);
        if (report.committed)
            qFatal("a dry run committed");
    }
    return 0;
}
