// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One user's local state, kept apart per profile: identity, settings and pinned keys.

#include "identity.h"

#include <QObject>
#include <QSettings>

#include <memory>

namespace chatbuddy::client {

class Profile : public QObject {
    Q_OBJECT
public:
    // Opens (creating on first use) the profile called name under the user's app data folder
    // (QStandardPaths::AppDataLocation/profiles/NAME). Empty name means "default".
    static std::unique_ptr<Profile> open(const QString &name, QString *errorString = nullptr);
    // Opens a profile rooted in directory; tests use a temporary folder.
    static std::unique_ptr<Profile> openAt(const QString &directory, const QString &name,
                                           QString *errorString = nullptr);
    // A valid profile name: 1-32 letters, digits, '.', '_' or '-'.
    static bool isValidName(const QString &name);

    QString name() const { return m_name; }
    QString directory() const { return m_directory; }
    const Identity &identity() const { return m_identity; }
    QString fingerprint() const { return m_identity.fingerprint(); }
    // settings.ini in the profile folder; owned by the profile.
    QSettings &settings() { return *m_settings; }

    // Hub key pins (trust on first use), by "host:port".
    QString pinnedHubFingerprint(const QString &hubAddress) const;
    void pinHub(const QString &hubAddress, const QString &fingerprint);
    void forgetHub(const QString &hubAddress);

    // Contact key pins by username (case-insensitive). Pinning another key than before
    // clears the verified mark; a contact is verified only for the key it was checked with.
    QString pinnedContactFingerprint(const QString &name) const;
    void pinContact(const QString &name, const QString &fingerprint);
    bool isContactVerified(const QString &name, const QString &fingerprint) const;
    void setContactVerified(const QString &name, const QString &fingerprint, bool verified);

private:
    Profile(const QString &name, const QString &directory, const Identity &identity);

    QString m_name;
    QString m_directory;
    Identity m_identity;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace chatbuddy::client
