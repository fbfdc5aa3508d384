// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The original plain-text ChatBuddy CLI's side of the wire, in one place for the hub, the
// client and the tests: how its byte stream splits into lines, its commands to the server,
// and the text answers it expects.

#include "messages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace chatbuddy::legacy {

// The CLI sends its name, each command and each chat message in one send() without a
// newline, so a line ends at a newline or at the end of what arrived together. Returns the
// lines of one received chunk, decoded as UTF-8 (invalid bytes become U+FFFD), trimmed,
// empty ones left out.
QList<QString> splitLines(QByteArrayView chunk);

// What a line the CLI sends to its server asks for (after the first line, its name).
enum class Command { List, Exit, Other };
Command parseCommand(QStringView line);

// The line that ends a chat, alone on its line (never a substring of a message).
bool isEndOfMessages(QStringView line);
inline constexpr QByteArrayView EndOfMessages = "EOM";

// The text the CLI prints for one page of the users list; the header only on the first page.
QByteArray userListText(const UserList &page);
// The server's one-line messages to the CLI.
QByteArray errorText(const QString &message);
QByteArray shutdownText();

} // namespace chatbuddy::legacy
