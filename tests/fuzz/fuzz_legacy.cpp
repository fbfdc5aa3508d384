// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_legacy: the original plain-text CLI's byte stream (shared/legacytext.h) as the hub reads
// it (first line the name, then LIST / EXIT / QUIT / anything) and as a desktop client reads
// it in a legacy chat (lines until "EOM"), and the texts the hub writes back.
//
// Input: what the CLI sent in one piece after another, split like libFuzzer's
// FuzzedDataProvider::ConsumeRandomLengthString: a backslash followed by any other byte ends
// a piece, two backslashes are one. So "alice\|LIST\|EXIT" is three sends. Seeds in
// corpus/fuzz_legacy come from docs/protocol.md §8.
//
// Invariants:
// - splitLines gives exactly the lines of the code it replaced (split at '\n', UTF-8 decoded,
//   trimmed, empty ones dropped), each non-empty, trimmed and without '\n';
// - the CLI's commands are recognised in any ASCII case and nothing else of another length;
//   "EOM" alone on a line ends a chat, anything longer does not;
// - the hello the hub makes of the first line parses as a valid `hello`;
// - userListText is the header (first page only) and three lines per user that give the
//   name and address back; errorText is one line for any one-line message.

#include "fuzzsupport.h"

#include "legacytext.h"
#include "messages.h"
#include "username.h"

#include <QHostAddress>
#include <QList>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <string>

using namespace Qt::StringLiterals;
using namespace chatbuddy;

namespace {

// The code splitLines replaced, in the hub and in the client: the reference.
QList<QString> referenceLines(const QByteArray &chunk)
{
    QList<QString> lines;
    const QList<QByteArray> pieces = chunk.split('\n');
    for (const QByteArray &piece : pieces) {
        const QString text = QString::fromUtf8(piece).trimmed();
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines;
}

bool isAscii(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

void checkLines(const QByteArray &chunk, const QList<QString> &lines)
{
    const QList<QString> expected = referenceLines(chunk);
    FUZZ_CHECK_MSG(
        lines == expected,
        u"splitLines gave %1 lines, the old code %2"_s.arg(lines.size()).arg(expected.size()));
    for (const QString &line : lines) {
        FUZZ_CHECK(!line.isEmpty());
        FUZZ_CHECK(!line.contains(u'\n'));
        FUZZ_CHECK(line == line.trimmed());
    }
    FUZZ_CHECK(lines.size() <= chunk.count('\n') + 1);
}

void checkCommand(const QString &line)
{
    const legacy::Command command = legacy::parseCommand(line);
    if (isAscii(line)) {
        const QString lower = line.toLower();
        const legacy::Command expected = lower == u"list"_s ? legacy::Command::List
                                         : lower == u"exit"_s || lower == u"quit"_s
                                             ? legacy::Command::Exit
                                             : legacy::Command::Other;
        FUZZ_CHECK_MSG(command == expected, line);
    } else if (command != legacy::Command::Other) {
        // Case folding may match a non-ASCII look-alike, but only letter for letter.
        FUZZ_CHECK_MSG(line.size() == 4, line);
    }
    FUZZ_CHECK(legacy::isEndOfMessages(line) == (line == u"EOM"_s));
}

// The hub's side: the first line is the user's name, made into a hello.
void checkHello(const QString &line)
{
    Hello hello;
    hello.name = line.left(64); // as the hub's legacy transport does
    hello.port = DefaultChatPort;
    ProtocolError error;
    const std::optional<Message> parsed = parseMessage(hello.toJson(), &error);
    FUZZ_CHECK_MSG(parsed.has_value(), error.message);
    FUZZ_CHECK(std::get<Hello>(*parsed) == hello);
}

void checkErrorText(const QString &message)
{
    const QByteArray text = legacy::errorText(message);
    FUZZ_CHECK(text.startsWith("Error: "));
    FUZZ_CHECK(text.endsWith('\n'));
    if (!message.contains(u'\n') && !message.contains(u'\r'))
        FUZZ_CHECK_MSG(text.count('\n') == 1, message);
}

// The hub's answer to LIST, for users whose names passed the username rules.
void checkUserList(const QList<QString> &names, int offset)
{
    static const QString addresses[] = {u"192.0.2.10"_s, u"2001:db8::7"_s, u"127.0.0.1"_s};
    UserList page;
    page.offset = offset;
    for (const QString &name : names) {
        UserInfo user;
        user.name = name;
        user.address = QHostAddress(addresses[page.users.size() % 3]).toString();
        user.port = DefaultChatPort;
        user.legacy = page.users.size() % 2 == 0;
        page.users.append(user);
    }
    page.total = offset + int(page.users.size());
    const QByteArray text = legacy::userListText(page);
    FUZZ_CHECK(text.isEmpty() || text.endsWith('\n'));
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast(); // after the last '\n'
    qsizetype at = 0;
    if (offset == 0) {
        FUZZ_CHECK(!lines.isEmpty() && lines[at++] == "=== Currently Online Users ===");
    }
    FUZZ_CHECK(lines.size() - at == 3 * page.users.size());
    for (const UserInfo &user : page.users) {
        FUZZ_CHECK(lines[at++] == "Username: " + user.name.toUtf8());
        FUZZ_CHECK(lines[at++] == "Address: " + user.address.toUtf8());
        FUZZ_CHECK(lines[at++] == "-------------------");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::application();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    bool named = false;
    bool hubClosed = false; // EXIT or QUIT seen: the hub reads no more
    bool chatEnded = false; // EOM seen: the client reads no more
    QList<QString> validNames;
    int sends = 0;
    while (provider.remaining_bytes() > 0 && sends < 256) {
        const std::string piece = provider.ConsumeRandomLengthString(4096);
        ++sends;
        const QByteArray chunk(piece.data(), qsizetype(piece.size()));
        const QList<QString> lines = legacy::splitLines(chunk);
        checkLines(chunk, lines);

        for (const QString &line : lines) {
            checkCommand(line);
            checkErrorText(line);
            if (isValidUsername(line) && validNames.size() < 64)
                validNames.append(line);
            // The hub.
            if (!hubClosed) {
                if (!named) {
                    named = true;
                    checkHello(line);
                } else if (legacy::parseCommand(line) == legacy::Command::Exit) {
                    hubClosed = true;
                }
            }
            // A client in a legacy chat.
            if (!chatEnded && legacy::isEndOfMessages(line))
                chatEnded = true;
        }
    }
    checkUserList(validNames, 0);
    checkUserList(validNames, int(validNames.size()) + 1);
    FUZZ_CHECK(legacy::shutdownText() == "Server shutting down...\n");
    FUZZ_CHECK(legacy::splitLines(legacy::EndOfMessages) == QList<QString>{u"EOM"_s});
    return 0;
}
