// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace attain {

/// Duplicate-detection key for names: trimmed, full-width folded to half-width, case-folded,
/// inner whitespace collapsed to one space.
QString normalizeKey(QStringView text);

/// Duplicate-detection key for phone numbers: digits only, without a +86 / 0086 country prefix.
QString normalizePhone(QStringView text);

/// Full-width ASCII and the ideographic space folded to their half-width forms, nothing else changed.
QString foldWidth(QStringView text);

} // namespace attain
