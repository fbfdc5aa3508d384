// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the username rules: ASCII letters, digits, '.', '_' and '-', 1-32 characters.

#include "username.h"

#include <QTest>

using namespace chatbuddy;
using namespace Qt::StringLiterals;

class TestUsername : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void problemSentences();
    void skeleton_data();
    void skeleton();
    void key_data();
    void key();
};

void TestUsername::valid_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("one letter") << u"a"_s;
    QTest::newRow("one digit") << u"7"_s;
    QTest::newRow("digits only") << u"1234567890"_s;
    QTest::newRow("32 characters") << QString(MaxUsernameLength, u'x');
    QTest::newRow("punctuation") << u"alice.b_c-d"_s;
    QTest::newRow("mixed case") << u"AliceB"_s;
    QTest::newRow("leading dot") << u".alice"_s;
    QTest::newRow("leading dash") << u"-alice"_s;
    QTest::newRow("all allowed") << u"azAZ09._-"_s;
    QTest::newRow("legacy-looking EOM") << u"EOM"_s;
}

void TestUsername::valid()
{
    QFETCH(QString, name);
    QVERIFY(isValidUsername(name));
    QCOMPARE(usernameProblem(name), QString());
}

void TestUsername::invalid_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("33 characters") << QString(MaxUsernameLength + 1, u'x');
    QTest::newRow("very long") << QString(10000, u'x');
    QTest::newRow("inner space") << u"al ice"_s;
    QTest::newRow("leading space") << u" alice"_s;
    QTest::newRow("trailing space") << u"alice "_s;
    QTest::newRow("tab") << u"al\tice"_s;
    QTest::newRow("newline") << u"alice\n"_s;
    QTest::newRow("NUL") << QStringView(u"al\0ice", 6).toString();
    QTest::newRow("at sign") << u"@"_s;
    QTest::newRow("dot only") << u"."_s;
    QTest::newRow("two dots") << u".."_s;
    QTest::newRow("dash only") << u"-"_s;
    QTest::newRow("punctuation only") << u"._-"_s;
    QTest::newRow("email") << u"alice@example.org"_s;
    QTest::newRow("slash") << u"a/b"_s;
    QTest::newRow("colon") << u"a:b"_s;
    QTest::newRow("plus") << u"a+b"_s;
    QTest::newRow("Cyrillic a in alice") << u"\u0430lice"_s;
    QTest::newRow("Greek omicron") << u"b\u03bfb"_s;
    QTest::newRow("fullwidth a") << u"\uff41lice"_s;
    QTest::newRow("German sharp s") << u"stra\u00dfe"_s;
    QTest::newRow("e acute") << u"caf\u00e9"_s;
    QTest::newRow("Hindi") << u"नमस्ते"_s;
    QTest::newRow("emoji") << u"😀"_s;
    QTest::newRow("emoji in name") << u"alice😀"_s;
    QTest::newRow("zero-width space") << u"ali\u200bce"_s;
    QTest::newRow("32 characters with one non-ASCII") << QString(31, u'x') + u"\u00e9"_s;
}

void TestUsername::invalid()
{
    QFETCH(QString, name);
    QVERIFY(!isValidUsername(name));
    QVERIFY(!usernameProblem(name).isEmpty());
}

void TestUsername::problemSentences()
{
    QCOMPARE(usernameProblem(u""), u"Please enter a name."_s);
    QCOMPARE(usernameProblem(QString(33, u'x')), u"A name can be at most 32 characters."_s);
    QCOMPARE(usernameProblem(u"a b"),
             u"A name may only use letters A-Z, digits, '.', '_' and '-'."_s);
    QCOMPARE(usernameProblem(u".."), u"A name needs at least one letter or digit."_s);
}

void TestUsername::skeleton_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("aIice/alice") << u"aIice"_s << u"alice"_s << true;
    QTest::newRow("a1ice/alice") << u"a1ice"_s << u"alice"_s << true;
    QTest::newRow("A1ICE/aIice") << u"A1ICE"_s << u"aIice"_s << true;
    QTest::newRow("rnallory/mallory") << u"rnallory"_s << u"mallory"_s << true;
    QTest::newRow("b0b/bob") << u"b0b"_s << u"bob"_s << true;
    QTest::newRow("vvendy/wendy") << u"vvendy"_s << u"wendy"_s << true;
    QTest::newRow("alice/bob") << u"alice"_s << u"bob"_s << false;
    QTest::newRow("alice/alice2") << u"alice"_s << u"alice2"_s << false;
    QTest::newRow("a.b/a_b") << u"a.b"_s << u"a_b"_s << false;
}

void TestUsername::skeleton()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(usernameSkeleton(a) == usernameSkeleton(b), same);
    QCOMPARE(usernameSkeleton(usernameSkeleton(a)), usernameSkeleton(a));
}

void TestUsername::key_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("Alice/alice") << u"Alice"_s << u"alice"_s << true;
    QTest::newRow("ALICE/alice") << u"ALICE"_s << u"alice"_s << true;
    QTest::newRow("aLiCe.B_C-D/AlIcE.b_c-d") << u"aLiCe.B_C-D"_s << u"AlIcE.b_c-d"_s << true;
    QTest::newRow("digits") << u"Bob42"_s << u"bob42"_s << true;
    QTest::newRow("alice/bob") << u"alice"_s << u"bob"_s << false;
    QTest::newRow("alice/alice_") << u"alice"_s << u"alice_"_s << false;
    QTest::newRow("a.b/a_b") << u"a.b"_s << u"a_b"_s << false;
}

void TestUsername::key()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);

    QCOMPARE(usernameKey(a) == usernameKey(b), same);
    QCOMPARE(usernameKey(a), a.toLower());
    QCOMPARE(usernameKey(b), b.toLower());
    QCOMPARE(usernameKey(usernameKey(a)), usernameKey(a));
}

QTEST_GUILESS_MAIN(TestUsername)
#include "tst_username.moc"
