// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's database file: its WAL checkpoints run on a thread of their own
// (hub/walcheckpointer.h), so claims never wait for one, and the file is whole after close.
// What the claims answer is tested through the directory (tst_directory).

#include "registry.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chatbuddy;

class TestRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkpointsInBackground();
    void opensAndClosesOften();
};

namespace {
QString fingerprintOf(int n)
{
    return u"%1"_s.arg(n, 64, 16, QLatin1Char('0'));
}
} // namespace

void TestRegistry::checkpointsInBackground()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"registry.sqlite"_s);
    hub::Registry registry(hub::Registry::Limits{0, 0, 365});
    QVERIFY2(registry.open(path), qPrintable(registry.errorString()));
    const qint64 before = QFileInfo(path).size();
    for (int i = 0; i < 200; ++i)
        QCOMPARE(registry.claim(u"user%1"_s.arg(i), fingerprintOf(i), u"192.0.2.1"_s).claim,
                 hub::Registry::Claim::Bound);
    // 200 claims are far below the hub connection's own autocheckpoint: only the background
    // checkpoints copy them from the WAL into the database file.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before, 10'000);
    QCOMPARE(registry.bindingCount().value_or(-1), 200);
    QCOMPARE(registry.boundFingerprint(u"USER7"_s).value_or(QString()), fingerprintOf(7));
    registry.close();
    QVERIFY(!QFile::exists(path + u"-wal"_s)); // the last connection closed checkpointed it all

    hub::Registry again;
    QVERIFY2(again.open(path), qPrintable(again.errorString()));
    QCOMPARE(again.bindingCount().value_or(-1), 200);
    QCOMPARE(again.claim(u"user7"_s, fingerprintOf(7)).claim, hub::Registry::Claim::Confirmed);
    QCOMPARE(again.claim(u"user7"_s, fingerprintOf(8)).claim, hub::Registry::Claim::BoundToOther);
}

void TestRegistry::opensAndClosesOften()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"registry.sqlite"_s);
    for (int i = 0; i < 20; ++i) {
        hub::Registry registry;
        QVERIFY2(registry.open(path), qPrintable(registry.errorString()));
        QCOMPARE(registry.claim(u"name%1"_s.arg(i), fingerprintOf(i)).claim,
                 hub::Registry::Claim::Bound);
        if (i % 2)
            registry.close(); // else the destructor closes it
    }
    hub::Registry registry;
    QVERIFY(registry.open(path));
    QCOMPARE(registry.bindingCount().value_or(-1), 20);
    QVERIFY(registry.open(path)); // open again: closes first, the checkpoints thread too
    QCOMPARE(registry.bindingCount().value_or(-1), 20);
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
