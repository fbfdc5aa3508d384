// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "username.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
// QSettings treats '/' and '\' in keys as structure; encode addresses and names safely.
QString settingsKey(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.toLower()));
}
} // namespace

Profile::Profile(const QString &name, const QString &directory, const Identity &identity)
    : m_name(name)
    , m_directory(directory)
    , m_identity(identity)
    , m_settings(std::make_unique<QSettings>(QDir(directory).filePath(u"settings.ini"_s),
                                             QSettings::IniFormat))
{
}

bool Profile::isValidName(const QString &name)
{
    return isValidUsername(name);  // same alphabet: safe as a folder name
}

std::unique_ptr<Profile> Profile::open(const QString &name, QString *errorString)
{
    const QString profileName = name.isEmpty() ? u"default"_s : name;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty()) {
        if (errorString)
            *errorString = QCoreApplication::translate("chatbuddy::client::Profile",
                                                       "no writable data folder for this user");
        return nullptr;
    }
    return openAt(QDir(base).filePath(u"profiles/"_s + profileName), profileName, errorString);
}

std::unique_ptr<Profile> Profile::openAt(const QString &directory, const QString &name,
                                         QString *errorString)
{
    if (!isValidName(name)) {
        if (errorString)
            *errorString = QCoreApplication::translate("chatbuddy::client::Profile",
                                                       "\"%1\" is not a valid profile name (use "
                                                       "letters, digits, '.', '_' or '-')")
                               .arg(name);
        return nullptr;
    }
    if (!QDir(directory).exists()) {
        if (!QDir().mkpath(directory)) {
            if (errorString)
                *errorString =
                    QCoreApplication::translate("chatbuddy::client::Profile", "cannot create %1")
                        .arg(directory);
            return nullptr;
        }
        // Keys, pins and chat settings are nobody else's business.
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                             | QFileDevice::ExeOwner);
    }
    QString error;
    auto identity = Identity::loadOrCreate(QDir(directory).filePath(u"identity"_s),
                                           u"ChatBuddy user"_s, &error);
    if (!identity) {
        if (errorString)
            *errorString = error;
        return nullptr;
    }
    return std::unique_ptr<Profile>(new Profile(name, directory, *identity));
}

QString Profile::pinnedHubFingerprint(const QString &hubAddress) const
{
    return m_settings->value(u"hubPins/"_s + settingsKey(hubAddress)).toString();
}

void Profile::pinHub(const QString &hubAddress, const QString &fingerprint)
{
    m_settings->setValue(u"hubPins/"_s + settingsKey(hubAddress), fingerprint);
    m_settings->sync();
}

void Profile::forgetHub(const QString &hubAddress)
{
    m_settings->remove(u"hubPins/"_s + settingsKey(hubAddress));
    m_settings->sync();
}

QString Profile::pinnedContactFingerprint(const QString &name) const
{
    return m_settings->value(u"contacts/"_s + settingsKey(name) + u"/fingerprint"_s).toString();
}

void Profile::pinContact(const QString &name, const QString &fingerprint)
{
    const QString group = u"contacts/"_s + settingsKey(name);
    if (m_settings->value(group + u"/fingerprint"_s).toString() != fingerprint)
        m_settings->remove(group + u"/verified"_s);
    m_settings->setValue(group + u"/fingerprint"_s, fingerprint);
    m_settings->sync();
}

bool Profile::isContactVerified(const QString &name, const QString &fingerprint) const
{
    const QString group = u"contacts/"_s + settingsKey(name);
    return !fingerprint.isEmpty()
        && m_settings->value(group + u"/fingerprint"_s).toString() == fingerprint
        && m_settings->value(group + u"/verified"_s).toBool();
}

void Profile::setContactVerified(const QString &name, const QString &fingerprint, bool verified)
{
    pinContact(name, fingerprint);
    m_settings->setValue(u"contacts/"_s + settingsKey(name) + u"/verified"_s, verified);
    m_settings->sync();
}

} // namespace chatbuddy::client
