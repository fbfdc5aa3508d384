// SPDX-License-Identifier: GPL-3.0-or-later
#include "username.h"

#include <QCoreApplication>

#include <algorithm>

namespace chatbuddy {

namespace {
bool isAllowed(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'.' || u == u'_' || u == u'-';
}
bool hasLetterOrDigit(QStringView name)
{
    return std::any_of(name.begin(), name.end(),
                       [](QChar c) { return isAllowed(c) && c.isLetterOrNumber(); });
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
    if (!hasLetterOrDigit(name))
        return QCoreApplication::translate("chatbuddy",
                                           "A name needs at least one letter or digit.");
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
    return hasLetterOrDigit(name);
}

QString usernameKey(QStringView name)
{
    return name.toString().toLower();
}

QString usernameSkeleton(QStringView name)
{
    QString folded = usernameKey(name);
    for (QChar &c : folded) {
        if (c == u'0')
            c = u'o';
        else if (c == u'1' || c == u'i')
            c = u'l';
    }
    folded.replace(QStringLiteral("rn"), QStringLiteral("m"));
    folded.replace(QStringLiteral("vv"), QStringLiteral("w"));
    return folded;
}

} // namespace chatbuddy
