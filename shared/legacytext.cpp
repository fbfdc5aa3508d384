// SPDX-License-Identifier: GPL-3.0-or-later
#include "legacytext.h"

using namespace Qt::StringLiterals;

namespace chatbuddy::legacy {

QList<QString> splitLines(QByteArrayView chunk)
{
    QList<QString> lines;
    qsizetype start = 0;
    while (start <= chunk.size()) {
        qsizetype end = chunk.indexOf('\n', start);
        if (end < 0)
            end = chunk.size();
        const QString line = QString::fromUtf8(chunk.sliced(start, end - start)).trimmed();
        if (!line.isEmpty())
            lines.append(line);
        start = end + 1;
    }
    return lines;
}

Command parseCommand(QStringView line)
{
    if (line.compare(u"LIST"_s, Qt::CaseInsensitive) == 0)
        return Command::List;
    if (line.compare(u"EXIT"_s, Qt::CaseInsensitive) == 0 ||
        line.compare(u"QUIT"_s, Qt::CaseInsensitive) == 0)
        return Command::Exit;
    return Command::Other;
}

bool isEndOfMessages(QStringView line)
{
    return line == u"EOM"_s;
}

QByteArray userListText(const UserList &page)
{
    QByteArray text;
    if (page.offset == 0)
        text += "=== Currently Online Users ===\n";
    for (const UserInfo &user : page.users) {
        text += "Username: " + user.name.toUtf8() + '\n';
        text += "Address: " + user.address.toUtf8() + '\n';
        text += "-------------------\n";
    }
    return text;
}

QByteArray errorText(const QString &message)
{
    return "Error: " + message.toUtf8() + '\n';
}

QByteArray shutdownText()
{
    return QByteArrayLiteral("Server shutting down...\n");
}

} // namespace chatbuddy::legacy
