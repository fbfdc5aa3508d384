// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one result type for calls that can fail: a value, or an error (by default a sentence
// for the user). Used instead of out-parameters and empty-string sentinels.

#include <QString>

#include <type_traits>
#include <utility>
#include <variant>

namespace chatbuddy {

// Wraps an error so that Result<QString> can tell an error sentence from a value.
template<typename E> struct Failure {
    E error;
};
template<typename E> Failure(E) -> Failure<E>;

// A user-facing error sentence, the common case: `return fail(tr("cannot create %1")...)`.
inline Failure<QString> fail(QString message)
{
    return {std::move(message)};
}

template<typename T, typename E = QString> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    template<typename F, typename = std::enable_if_t<std::is_convertible_v<F, E>>>
    Result(Failure<F> failure)
        : m_data(std::in_place_index<1>, E(std::move(failure.error)))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    // Only when !ok().
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// A call that succeeds with nothing to return: `Status` is ok or carries the error.
template<typename E> class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    template<typename F, typename = std::enable_if_t<std::is_convertible_v<F, E>>>
    Result(Failure<F> failure)
        : m_failed(true)
        , m_error(std::move(failure.error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    bool m_failed = false;
    E m_error{};
};

using Status = Result<void>;

} // namespace chatbuddy
