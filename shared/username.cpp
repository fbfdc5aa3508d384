// SPDX-License-Identifier: GPL-3.0-or-later
#include "username.h"

#include <QCoreApplication>

namespace chatbuddy {

namespace {
bool isAllowed(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'.' || u == u'_' || u == u'-';
}
} // namespace

QString usernameProblem(QStringView name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("chatbuddy", "Please enter a name.");
    if (name.size() > MaxUsernameLength)
        return QCoreApplication::translate("chatbuddy", "A name can be at most %n characters.",
                                           nullptr, int(MaxUsernameLength));
    for (QChar c : name) {
        if (!isAllowed(c))
            return QCoreApplication::translate(
                "chatbuddy", "A name may only use letters A-Z, digits, '.', '_' and '-'.");
    }
    return {};
}

bool isValidUsername(QStringView name)
{
    if (name.isEmpty() || name.size() > MaxUsernameLength)
        return false;
    for (QChar c : name) {
        if (!isAllowed(c))
            return false;
    }
    return true;
}

QString usernameKey(QStringView name)
{
    return name.toString().toLower();
}

} // namespace chatbuddy
