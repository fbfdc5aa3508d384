// SPDX-License-Identifier: GPL-3.0-or-later
// The client in another language, through the loader main.cpp uses for --lang: the login
// dialog's own strings and Qt's (a dialog button box's Cancel) come out translated, and
// switching back to English restores the built-in strings.

#include "connectaddressdialog.h"
#include "logindialog.h"
#include "translations.h"

#include "client.h"
#include "profile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chatbuddy;

class TestGuiI18n : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void languagesListed();
    void unknownLanguageRefused();
    void loginDialogInGerman();
    void loginDialogInHindi();
    void qtButtonsTranslated_data();
    void qtButtonsTranslated();
    void englishAgain();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<client::Profile> m_profile;
    std::unique_ptr<client::Client> m_client;
    QString buttonText(const QString &objectName);
};

void TestGuiI18n::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = client::Profile::openAt(m_dir.filePath(u"alice"_s), u"alice"_s);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    m_profile = std::move(opened).value();
    m_client = std::make_unique<client::Client>(m_profile.get());
}

void TestGuiI18n::cleanup()
{
    ui::installTranslations(*qApp, u"en"_s);
}

QString TestGuiI18n::buttonText(const QString &objectName)
{
    ui::LoginDialog login(m_client.get());
    auto *button = login.findChild<QPushButton *>(objectName);
    return button ? button->text() : u"(no %1)"_s.arg(objectName);
}

void TestGuiI18n::languagesListed()
{
    const QStringList languages = ui::availableLanguages();
    for (const QString &lang : {u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"hi"_s})
        QVERIFY2(languages.contains(lang), qPrintable(languages.join(u' ')));
    QVERIFY(!languages.contains(u"qt_hi"_s));
}

void TestGuiI18n::unknownLanguageRefused()
{
    QVERIFY(!ui::isAvailableLanguage(u"xx"_s));
    QVERIFY(!ui::installTranslations(*qApp, u"xx"_s));
}

void TestGuiI18n::loginDialogInGerman()
{
    QVERIFY(ui::installTranslations(*qApp, u"de"_s));
    QCOMPARE(buttonText(u"connectButton"_s), u"&Verbinden"_s);
    ui::LoginDialog login(m_client.get());
    QCOMPARE(login.windowTitle(), u"ChatBuddy – Anmelden"_s);
    bool found = false;
    for (QLabel *label : login.findChildren<QLabel *>())
        found = found || label->text() == u"&Name:"_s;
    QVERIFY2(found, "no label \"&Name:\" in the German login dialog");
}

void TestGuiI18n::loginDialogInHindi()
{
    QVERIFY(ui::installTranslations(*qApp, u"hi"_s));
    QCOMPARE(buttonText(u"connectButton"_s), u"कनेक्ट करें (&C)"_s);
}

void TestGuiI18n::qtButtonsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << u"de"_s << u"Abbrechen"_s;
    QTest::newRow("fr") << u"fr"_s << u"Annuler"_s;
    QTest::newRow("es") << u"es"_s << u"Cancelar"_s;
    QTest::newRow("hi") << u"hi"_s << u"रद्द करें"_s; // ours: Debian has no qtbase_hi
}

void TestGuiI18n::qtButtonsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QVERIFY(ui::installTranslations(*qApp, language));
    ui::ConnectAddressDialog dialog(4000);
    auto *cancelButton = dialog.findChild<QPushButton *>(u"addressCancelButton"_s);
    QVERIFY(cancelButton);
    QString text = cancelButton->text();
    text.remove(u'&');
    QCOMPARE(text, cancel);
}

void TestGuiI18n::englishAgain()
{
    QVERIFY(ui::installTranslations(*qApp, u"de"_s));
    QVERIFY(ui::installTranslations(*qApp, u"en"_s));
    QCOMPARE(buttonText(u"connectButton"_s), u"&Connect"_s);
}

QTEST_MAIN(TestGuiI18n)
#include "tst_gui_i18n.moc"
