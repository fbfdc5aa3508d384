// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "protocol.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
const QString UserNameKey = u"login/name"_s;
const QString HubHostKey = u"login/hubHost"_s;
const QString HubPortKey = u"login/hubPort"_s;
const QString ChatPortKey = u"network/chatPort"_s;
const QString AllowLegacyKey = u"chat/allowLegacy"_s;
const QString TypingNoticesKey = u"privacy/typingNotices"_s;
const QString ReadReceiptsKey = u"privacy/readReceipts"_s;
const QString NotificationsKey = u"notifications/enabled"_s;
const QString DoNotDisturbKey = u"notifications/doNotDisturb"_s;
const QString KeepInTrayKey = u"window/keepInTray"_s;
const QString KeepHistoryKey = u"history/keep"_s;
const QString KeepForKey = u"history/keepFor"_s; // forever, 1y, 90d or 30d
const QString GeometryKey = u"window/geometry"_s;
const QString SplitterKey = u"window/splitter"_s;
const QString LanguageKey = u"ui/language"_s;
const QString DownloadFolderKey = u"files/folder"_s;
const QString FileSizeLimitKey = u"files/sizeLimitMiB"_s;
const QString AutoAcceptKey = u"files/autoAcceptMiB"_s;

// QSettings treats '/' and '\' in keys as structure; encode addresses and names safely.
QString escaped(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.toLower()));
}

QString hubPinKey(const QString &hubAddress)
{
    return u"hubPins/"_s + escaped(hubAddress);
}

QString contactKey(const QString &name, const QString &field)
{
    return u"contacts/"_s + escaped(name) + u'/' + field;
}

quint16 validPort(const QVariant &value)
{
    const uint port = value.toUInt();
    return port <= 65535 ? quint16(port) : 0;
}
} // namespace

Settings::Settings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{
}

QString Settings::userName() const
{
    return m_settings.value(UserNameKey).toString();
}

void Settings::setUserName(const QString &name)
{
    m_settings.setValue(UserNameKey, name);
}

QString Settings::hubHost() const
{
    return m_settings.value(HubHostKey, u"127.0.0.1"_s).toString();
}

quint16 Settings::hubPort() const
{
    const quint16 port = validPort(m_settings.value(HubPortKey, DefaultHubPort));
    return port != 0 ? port : DefaultHubPort;
}

void Settings::setHub(const QString &host, quint16 port)
{
    m_settings.setValue(HubHostKey, host);
    m_settings.setValue(HubPortKey, port);
}

bool Settings::hasHub() const
{
    return m_settings.contains(HubHostKey);
}

quint16 Settings::fixedChatPort() const
{
    return validPort(m_settings.value(ChatPortKey, 0));
}

void Settings::setFixedChatPort(quint16 port)
{
    m_settings.setValue(ChatPortKey, port);
}

quint16 Settings::preferredChatPort() const
{
    const quint16 fixed = fixedChatPort();
    return fixed != 0 ? fixed : DefaultChatPort;
}

bool Settings::legacyChatsAllowed() const
{
    return m_settings.value(AllowLegacyKey, false).toBool();
}

void Settings::setLegacyChatsAllowed(bool allowed)
{
    m_settings.setValue(AllowLegacyKey, allowed);
}

bool Settings::sendTypingNotices() const
{
    return m_settings.value(TypingNoticesKey, true).toBool();
}

void Settings::setSendTypingNotices(bool send)
{
    m_settings.setValue(TypingNoticesKey, send);
}

bool Settings::sendReadReceipts() const
{
    return m_settings.value(ReadReceiptsKey, true).toBool();
}

void Settings::setSendReadReceipts(bool send)
{
    m_settings.setValue(ReadReceiptsKey, send);
}

bool Settings::notificationsEnabled() const
{
    return m_settings.value(NotificationsKey, true).toBool();
}

void Settings::setNotificationsEnabled(bool enabled)
{
    m_settings.setValue(NotificationsKey, enabled);
}

bool Settings::doNotDisturb() const
{
    return m_settings.value(DoNotDisturbKey, false).toBool();
}

void Settings::setDoNotDisturb(bool on)
{
    m_settings.setValue(DoNotDisturbKey, on);
}

bool Settings::keepHistory() const
{
    return m_settings.value(KeepHistoryKey, true).toBool();
}

void Settings::setKeepHistory(bool keep)
{
    m_settings.setValue(KeepHistoryKey, keep);
}

Settings::KeepFor Settings::historyKeepFor() const
{
    const QString value = m_settings.value(KeepForKey).toString();
    if (value == u"1y"_s)
        return KeepFor::OneYear;
    if (value == u"90d"_s)
        return KeepFor::NinetyDays;
    if (value == u"30d"_s)
        return KeepFor::ThirtyDays;
    return KeepFor::Forever;
}

void Settings::setHistoryKeepFor(KeepFor keepFor)
{
    static const QString names[] = {u"forever"_s, u"1y"_s, u"90d"_s, u"30d"_s};
    m_settings.setValue(KeepForKey, names[int(keepFor)]);
}

std::optional<std::chrono::days> Settings::days(KeepFor keepFor)
{
    switch (keepFor) {
    case KeepFor::Forever:
        return std::nullopt;
    case KeepFor::OneYear:
        return std::chrono::days(365);
    case KeepFor::NinetyDays:
        return std::chrono::days(90);
    case KeepFor::ThirtyDays:
        return std::chrono::days(30);
    }
    return std::nullopt;
}

QString Settings::downloadFolder() const
{
    const QString folder = m_settings.value(DownloadFolderKey).toString();
    if (!folder.isEmpty())
        return folder;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return downloads.isEmpty() ? QDir::homePath() : downloads;
}

void Settings::setDownloadFolder(const QString &folder)
{
    m_settings.setValue(DownloadFolderKey, folder);
}

qint64 Settings::fileSizeLimitMiB() const
{
    return std::max<qint64>(0, m_settings.value(FileSizeLimitKey, 0).toLongLong());
}

void Settings::setFileSizeLimitMiB(qint64 mib)
{
    m_settings.setValue(FileSizeLimitKey, std::max<qint64>(0, mib));
}

qint64 Settings::autoAcceptMiB() const
{
    return std::max<qint64>(0, m_settings.value(AutoAcceptKey, 0).toLongLong());
}

void Settings::setAutoAcceptMiB(qint64 mib)
{
    m_settings.setValue(AutoAcceptKey, std::max<qint64>(0, mib));
}

bool Settings::keepInTray() const
{
    return m_settings.value(KeepInTrayKey, false).toBool();
}

void Settings::setKeepInTray(bool keep)
{
    m_settings.setValue(KeepInTrayKey, keep);
}

QString Settings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(LanguageKey, code);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(SplitterKey).toByteArray();
}

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &splitterState)
{
    m_settings.setValue(GeometryKey, geometry);
    m_settings.setValue(SplitterKey, splitterState);
}

QString Settings::pinnedHubFingerprint(const QString &hubAddress) const
{
    return m_settings.value(hubPinKey(hubAddress)).toString();
}

void Settings::pinHub(const QString &hubAddress, const QString &fingerprint)
{
    m_settings.setValue(hubPinKey(hubAddress), fingerprint);
    sync();
}

void Settings::forgetHub(const QString &hubAddress)
{
    m_settings.remove(hubPinKey(hubAddress));
    sync();
}

QString Settings::pinnedContactFingerprint(const QString &name) const
{
    return m_settings.value(contactKey(name, u"fingerprint"_s)).toString();
}

void Settings::pinContact(const QString &name, const QString &fingerprint)
{
    if (pinnedContactFingerprint(name) != fingerprint)
        m_settings.remove(contactKey(name, u"verified"_s));
    m_settings.setValue(contactKey(name, u"fingerprint"_s), fingerprint);
    sync();
}

bool Settings::isContactVerified(const QString &name, const QString &fingerprint) const
{
    return !fingerprint.isEmpty() && pinnedContactFingerprint(name) == fingerprint &&
           m_settings.value(contactKey(name, u"verified"_s)).toBool();
}

void Settings::setContactVerified(const QString &name, const QString &fingerprint, bool verified)
{
    pinContact(name, fingerprint);
    m_settings.setValue(contactKey(name, u"verified"_s), verified);
    sync();
}

bool Settings::sync()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

} // namespace chatbuddy::client
