// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything a profile remembers in its settings.ini, typed: the login, the chat port, legacy
// chats, typing notices and read receipts, notifications, the tray, the language, the window,
// and the pinned keys of hubs and contacts. The only code that knows the keys; nothing else touches
// QSettings.

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <chrono>
#include <optional>

namespace chatbuddy::client {

class Settings {
public:
    explicit Settings(const QString &iniPath);
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // Login: the name and hub used last time.
    QString userName() const;
    void setUserName(const QString &name);
    QString hubHost() const; // "127.0.0.1" until one was used
    quint16 hubPort() const; // DefaultHubPort until one was used
    void setHub(const QString &host, quint16 port);
    bool hasHub() const;

    // The chat port: a fixed one, or 0 for automatic (DefaultChatPort if free, else any).
    quint16 fixedChatPort() const;
    void setFixedChatPort(quint16 port);
    // The port to try first: the fixed one, else DefaultChatPort.
    quint16 preferredChatPort() const;

    bool legacyChatsAllowed() const; // off by default: those chats are not encrypted
    void setLegacyChatsAllowed(bool allowed);

    // What a chat tells the other person (both on by default); a chat started while one is off
    // does not offer it, so the other side sends none either (docs/protocol.md §6).
    bool sendTypingNotices() const;
    void setSendTypingNotices(bool send);
    bool sendReadReceipts() const;
    void setSendReadReceipts(bool send);

    bool notificationsEnabled() const; // on by default
    void setNotificationsEnabled(bool enabled);
    bool doNotDisturb() const;
    void setDoNotDisturb(bool on);
    bool keepInTray() const; // closing the window leaves ChatBuddy in the tray; off by default
    void setKeepInTray(bool keep);
    QString language() const; // "" for the system's, else "en", "de", "fr", "es", "hi"
    void setLanguage(const QString &code);

    // History: kept (on by default), and for how long.
    enum class KeepFor { Forever, OneYear, NinetyDays, ThirtyDays };
    bool keepHistory() const;
    void setKeepHistory(bool keep);
    KeepFor historyKeepFor() const; // Forever by default
    void setHistoryKeepFor(KeepFor keepFor);
    // KeepFor as days; nullopt for Forever.
    static std::optional<std::chrono::days> days(KeepFor keepFor);

    // Files: where received ones go (the Downloads folder by default), the largest accepted at
    // all (MiB; 0: no limit, the default), and accepted without asking from verified contacts
    // up to a size (MiB; 0: always ask, the default).
    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);
    qint64 fileSizeLimitMiB() const;
    void setFileSizeLimitMiB(qint64 mib);
    qint64 autoAcceptMiB() const;
    void setAutoAcceptMiB(qint64 mib);

    QByteArray windowGeometry() const;
    QByteArray splitterState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &splitterState);

    // Hub key pins (trust on first use), by endpointText(host, port).
    QString pinnedHubFingerprint(const QString &hubAddress) const;
    void pinHub(const QString &hubAddress, const QString &fingerprint);
    void forgetHub(const QString &hubAddress);

    // Contact key pins by username (case-insensitive). Pinning another key than before
    // clears the verified mark; a contact is verified only for the key it was checked with.
    QString pinnedContactFingerprint(const QString &name) const;
    void pinContact(const QString &name, const QString &fingerprint);
    bool isContactVerified(const QString &name, const QString &fingerprint) const;
    void setContactVerified(const QString &name, const QString &fingerprint, bool verified);

    // Writes pending changes to disk; false (with the reason) if the file cannot be written.
    bool sync();
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace chatbuddy::client
