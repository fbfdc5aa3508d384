// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The username rules shared by hub and clients.

#include <QString>

namespace chatbuddy {

inline constexpr qsizetype MaxUsernameLength = 32;

// 1-32 characters from ASCII letters, digits, '.', '_' and '-', at least one a letter or a
// digit (".", ".." or "-" would read as paths or nothing). ASCII only on purpose: with
// any Unicode letter, "аlice" (Cyrillic а) could pose as "alice" in the users list.
bool isValidUsername(QStringView name);
// Why a name is invalid, as a sentence for the user; empty when it is valid.
QString usernameProblem(QStringView name);
// The key under which names are unique: case-insensitive ("Alice" and "alice" are one name).
QString usernameKey(QStringView name);
// A folded form under which names that only differ by ASCII look-alikes are one name:
// case, 0/o, 1/l/i, rn/m and vv/w ("aIice", "a1ice" and "alice" share a skeleton).
QString usernameSkeleton(QStringView name);

} // namespace chatbuddy
