// SPDX-License-Identifier: GPL-3.0-or-later
// A profile's settings, typed: the defaults a new user gets, values kept across restarts,
// pins and the verified mark (cleared when the key changes), keys with characters QSettings
// treats specially, and a settings file that cannot be written.

#include "protocol.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;

namespace {
const QString KeyA = QString(64, u'a');
const QString KeyB = QString(64, u'b');
} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void defaults();
    void keptAcrossRestarts();
    void chatPort();
    void contactPins();
    void hubPins();
    void unwritableFile();

private:
    QString path(const QString &name = u"settings.ini"_s) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSettings::defaults()
{
    const Settings settings(path(u"new.ini"_s));
    QCOMPARE(settings.userName(), QString());
    QCOMPARE(settings.hubHost(), u"127.0.0.1"_s);
    QCOMPARE(settings.hubPort(), DefaultHubPort);
    QVERIFY(!settings.hasHub());
    QCOMPARE(settings.fixedChatPort(), quint16(0));
    QCOMPARE(settings.preferredChatPort(), DefaultChatPort);
    QVERIFY(!settings.legacyChatsAllowed()); // secure by default
    QVERIFY(settings.sendTypingNotices());
    QVERIFY(settings.sendReadReceipts());
    QVERIFY(settings.notificationsEnabled());
    QVERIFY(!settings.doNotDisturb());
    QVERIFY(!settings.keepInTray());
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.keepHistory()); // conversations last unless the user says otherwise
    QCOMPARE(settings.historyKeepFor(), Settings::KeepFor::Forever);
    QVERIFY(settings.windowGeometry().isEmpty());
    QCOMPARE(settings.pinnedHubFingerprint(u"127.0.0.1:8080"_s), QString());
    QCOMPARE(settings.pinnedContactFingerprint(u"bob"_s), QString());
}

void TestSettings::keptAcrossRestarts()
{
    {
        Settings settings(path());
        settings.setUserName(u"alice"_s);
        settings.setHub(u"::1"_s, 8081);
        settings.setLegacyChatsAllowed(true);
        settings.setSendTypingNotices(false);
        settings.setSendReadReceipts(false);
        settings.setNotificationsEnabled(false);
        settings.setDoNotDisturb(true);
        settings.setKeepInTray(true);
        settings.setLanguage(u"hi"_s);
        settings.setKeepHistory(false);
        settings.setHistoryKeepFor(Settings::KeepFor::NinetyDays);
        settings.setWindowLayout("geometry", "splitter");
        QVERIFY(settings.sync());
    }
    const Settings settings(path());
    QCOMPARE(settings.userName(), u"alice"_s);
    QCOMPARE(settings.hubHost(), u"::1"_s);
    QCOMPARE(settings.hubPort(), quint16(8081));
    QVERIFY(settings.hasHub());
    QVERIFY(settings.legacyChatsAllowed());
    QVERIFY(!settings.sendTypingNotices());
    QVERIFY(!settings.sendReadReceipts());
    QVERIFY(!settings.notificationsEnabled());
    QVERIFY(settings.doNotDisturb());
    QVERIFY(settings.keepInTray());
    QCOMPARE(settings.language(), u"hi"_s);
    QVERIFY(!settings.keepHistory());
    QCOMPARE(settings.historyKeepFor(), Settings::KeepFor::NinetyDays);
    QVERIFY(Settings::days(settings.historyKeepFor()) == std::chrono::days(90));
    QVERIFY(!Settings::days(Settings::KeepFor::Forever).has_value());
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(settings.splitterState(), QByteArray("splitter"));
}

void TestSettings::chatPort()
{
    Settings settings(path(u"port.ini"_s));
    settings.setFixedChatPort(9123);
    QCOMPARE(settings.fixedChatPort(), quint16(9123));
    QCOMPARE(settings.preferredChatPort(), quint16(9123));
    settings.setFixedChatPort(0); // automatic
    QCOMPARE(settings.preferredChatPort(), DefaultChatPort);
    // A hand-edited file with nonsense gets the defaults, not a port that cannot be.
    QVERIFY(settings.sync());
    {
        QFile file(path(u"port.ini"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[network]\nchatPort=70000\n[login]\nhubPort=-3\n");
    }
    const Settings edited(path(u"port.ini"_s));
    QCOMPARE(edited.fixedChatPort(), quint16(0));
    QCOMPARE(edited.hubPort(), DefaultHubPort);
}

void TestSettings::contactPins()
{
    Settings settings(path(u"pins.ini"_s));
    settings.pinContact(u"Bob"_s, KeyA);
    QCOMPARE(settings.pinnedContactFingerprint(u"bob"_s), KeyA); // names are case-insensitive
    QVERIFY(!settings.isContactVerified(u"bob"_s, KeyA));
    settings.setContactVerified(u"bob"_s, KeyA, true);
    QVERIFY(settings.isContactVerified(u"BOB"_s, KeyA));
    QVERIFY(!settings.isContactVerified(u"bob"_s, KeyB)); // verified for that key only
    QVERIFY(!settings.isContactVerified(u"bob"_s, QString()));
    settings.pinContact(u"bob"_s, KeyA); // the same key again keeps the mark
    QVERIFY(settings.isContactVerified(u"bob"_s, KeyA));
    settings.pinContact(u"bob"_s, KeyB); // a new key loses it
    QCOMPARE(settings.pinnedContactFingerprint(u"bob"_s), KeyB);
    QVERIFY(!settings.isContactVerified(u"bob"_s, KeyB));
    QVERIFY(!settings.isContactVerified(u"bob"_s, KeyA));
    settings.setContactVerified(u"bob"_s, KeyB, false);
    QVERIFY(!settings.isContactVerified(u"bob"_s, KeyB));
    // Characters QSettings reads as structure stay inside one key.
    settings.pinContact(u"a/b\\c"_s, KeyA);
    QCOMPARE(settings.pinnedContactFingerprint(u"a/b\\c"_s), KeyA);
    QCOMPARE(settings.pinnedContactFingerprint(u"a"_s), QString());
}

void TestSettings::hubPins()
{
    {
        Settings settings(path(u"hubs.ini"_s));
        settings.pinHub(u"[::1]:8080"_s, KeyA);
        settings.pinHub(u"hub.example:8080"_s, KeyB);
    }
    Settings settings(path(u"hubs.ini"_s)); // pins are written at once
    QCOMPARE(settings.pinnedHubFingerprint(u"[::1]:8080"_s), KeyA);
    QCOMPARE(settings.pinnedHubFingerprint(u"HUB.example:8080"_s), KeyB);
    QCOMPARE(settings.pinnedHubFingerprint(u"[::1]:8081"_s), QString());
    settings.forgetHub(u"[::1]:8080"_s);
    QCOMPARE(settings.pinnedHubFingerprint(u"[::1]:8080"_s), QString());
    QCOMPARE(settings.pinnedHubFingerprint(u"hub.example:8080"_s), KeyB);
}

void TestSettings::unwritableFile()
{
    // A folder where the file should be: no one can write it, root included.
    QVERIFY(QDir().mkpath(path(u"blocked.ini"_s)));
    Settings settings(path(u"blocked.ini"_s));
    settings.setUserName(u"alice"_s);
    QVERIFY(!settings.sync()); // told, not silently lost
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
