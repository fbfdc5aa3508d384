// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The username rules shared by hub and clients.

#include <QString>

namespace chatbuddy {

inline constexpr qsizetype MaxUsernameLength = 32;

// 1-32 characters from ASCII letters, digits, '.', '_' and '-'. ASCII only on purpose: with
// any Unicode letter, "аlice" (Cyrillic а) could pose as "alice" in the users list.
bool isValidUsername(QStringView name);
// Why a name is invalid, as a sentence for the user; empty when it is valid.
QString usernameProblem(QStringView name);
// The key under which names are unique: case-insensitive ("Alice" and "alice" are one name).
QString usernameKey(QStringView name);

} // namespace chatbuddy
