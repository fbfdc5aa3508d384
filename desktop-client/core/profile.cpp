// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "username.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
// The mailbox key pair from its seed file, made on first use. A seed of the wrong size is an
// error, never silently replaced: letters already sealed to the old key would be lost.
Result<hpke::KeyPair> loadOrCreateMailboxKey(const QString &path)
{
    QFile file(path);
    QByteArray seed;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(Profile::tr("cannot read %1").arg(path));
        seed = file.readAll();
        if (seed.size() != 32)
            return fail(Profile::tr("%1 is damaged (it should hold 32 bytes)").arg(path));
    } else {
        auto fresh = hpke::generateKeyPair(); // only for 32 bytes of good randomness
        if (!fresh)
            return fail(fresh.error());
        seed = fresh->privateKey;
        if (Status written = writePrivateFile(path, seed); !written)
            return fail(written.error());
    }
    return hpke::deriveKeyPair(seed);
}
} // namespace

Profile::Profile(const QString &name, const QString &directory, const Identity &identity,
                 const hpke::KeyPair &mailboxKey)
    : m_name(name)
    , m_directory(directory)
    , m_identity(identity)
    , m_mailboxKey(mailboxKey)
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
    const auto mailboxKey =
        loadOrCreateMailboxKey(QDir(directory).filePath(u"identity/mailbox.seed"_s));
    if (!mailboxKey)
        return fail(mailboxKey.error());
    return std::unique_ptr<Profile>(new Profile(name, directory, identity->identity, *mailboxKey));
}

} // namespace chatbuddy::client
