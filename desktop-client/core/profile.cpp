// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "username.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

Profile::Profile(const QString &name, const QString &directory, const Identity &identity)
    : m_name(name)
    , m_directory(directory)
    , m_identity(identity)
    , m_settings(QDir(directory).filePath(u"settings.ini"_s))
{
}

bool Profile::isValidName(const QString &name)
{
    return isValidUsername(name); // same alphabet: safe as a folder name
}

Result<std::unique_ptr<Profile>> Profile::open(const QString &name)
{
    const QString profileName = name.isEmpty() ? u"default"_s : name;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        return fail(tr("no writable data folder for this user"));
    return openAt(QDir(base).filePath(u"profiles/"_s + profileName), profileName);
}

Result<std::unique_ptr<Profile>> Profile::openAt(const QString &directory, const QString &name)
{
    if (!isValidName(name)) {
        return fail(tr("\"%1\" is not a valid profile name (use letters, digits, '.', '_' or '-')")
                        .arg(name));
    }
    if (!QDir(directory).exists()) {
        if (!QDir().mkpath(directory))
            return fail(tr("cannot create %1").arg(directory));
        // Keys, pins and chat settings are nobody else's business.
        if (!QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner))
            return fail(tr("cannot make %1 private").arg(directory));
    }
    const auto identity =
        Identity::loadOrCreate(QDir(directory).filePath(u"identity"_s), u"ChatBuddy user"_s);
    if (!identity)
        return fail(identity.error());
    return std::unique_ptr<Profile>(new Profile(name, directory, identity->identity));
}

} // namespace chatbuddy::client
