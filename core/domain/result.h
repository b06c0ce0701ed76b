// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace attain {

/// One thing wrong with an input: the field it concerns and a message a person can act on.
/// `row` is the 1-based source row for imports (0 when not applicable); `code` says what kind of
/// failure it is for code that reacts to it (e.g. "damaged" to offer a backup), empty when none.
struct Problem
{
    Problem() = default;
    Problem(QString field, QString message, int row = 0, QString value = QString())
        : field(std::move(field)), message(std::move(message)), row(row), value(std::move(value))
    {}

    QString field;
    QString message;
    int row = 0;
    QString value;
    QString code;

    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

/// A value or the problems that prevented it; errors never cross layers as exceptions.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Problems problems) : m_problems(std::move(problems)) {}
    Result(Problem problem) : m_problems{std::move(problem)} {}

    static Result failure(const QString &field, const QString &message)
    {
        return Result(Problem{field, message});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }

    const Problems &problems() const { return m_problems; }
    /// The code of the first problem that has one (see Problem::code).
    QString code() const
    {
        for (const auto &p : m_problems)
            if (!p.code.isEmpty())
                return p.code;
        return QString();
    }
    /// All messages joined, one per line, for the command line and message boxes.
    QString message() const
    {
        QStringList lines;
        for (const auto &p : m_problems)
            lines << (p.field.isEmpty() ? p.message : p.field + QStringLiteral(": ") + p.message);
        return lines.join(QLatin1Char('\n'));
    }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

/// Result of an operation that yields nothing but success or problems.
using Status = Result<std::monostate>;

inline Status success()
{
    return Status(std::monostate{});
}

} // namespace attain
