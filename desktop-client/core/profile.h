// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One user's local state, kept apart per profile: identity, settings and pinned keys.

#include "hpke.h"
#include "identity.h"
#include "result.h"
#include "settings.h"

#include <QCoreApplication>

#include <memory>

namespace chatbuddy::client {

class Profile {
    Q_DECLARE_TR_FUNCTIONS(chatbuddy::client::Profile)
public:
    // Opens (creating on first use) the profile called name under the user's app data folder
    // (QStandardPaths::AppDataLocation/profiles/NAME). Empty name means "default".
    static Result<std::unique_ptr<Profile>> open(const QString &name);
    // Opens a profile rooted in directory; tests use a temporary folder.
    static Result<std::unique_ptr<Profile>> openAt(const QString &directory, const QString &name);
    // A valid profile name: 1-32 letters, digits, '.', '_' or '-'.
    static bool isValidName(const QString &name);

    QString name() const { return m_name; }
    QString directory() const { return m_directory; }
    const Identity &identity() const { return m_identity; }
    QString fingerprint() const { return m_identity.fingerprint(); }
    // The key others seal mailbox letters to (HPKE, P-256), derived from a 32-byte seed kept
    // next to the identity (identity/mailbox.seed, mode 0600) and certified by it at the hub.
    const hpke::KeyPair &mailboxKey() const { return m_mailboxKey; }
    // settings.ini in the profile folder, with the pinned keys; owned by the profile.
    Settings &settings() { return m_settings; }
    const Settings &settings() const { return m_settings; }

private:
    Profile(const QString &name, const QString &directory, const Identity &identity,
            const hpke::KeyPair &mailboxKey);

    QString m_name;
    QString m_directory;
    Identity m_identity;
    hpke::KeyPair m_mailboxKey;
    Settings m_settings;
};

} // namespace chatbuddy::client
