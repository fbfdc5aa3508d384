// SPDX-License-Identifier: GPL-3.0-or-later
// The chatbuddy desktop client: command line, profile, login dialog, then the main window.

#include "appicon.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "translations.h"

#include "client.h"
#include "profile.h"
#include "protocol.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
void fail(const QString &message)
{
    std::fprintf(stderr, "chatbuddy: %s\n", qPrintable(message));
}

// --lang has to take effect before the parser's own texts (--help) are made, so it is looked
// for by hand first; the parser below then knows it too, for --help and for the checks.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if ((argument == u"--lang"_s || argument == u"-lang"_s) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
    }
    return QString();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ChatBuddy"_s);
    QApplication::setApplicationName(u"chatbuddy"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(CHATBUDDY_VERSION));
    QApplication::setWindowIcon(chatbuddy::ui::appIcon());
    // Wayland shells match windows to packaging/io.github.chatbuddy.ChatBuddy.desktop by this.
    QGuiApplication::setDesktopFileName(u"io.github.chatbuddy.ChatBuddy"_s);

    const QString language = languageArgument(app.arguments());
    if (!language.isEmpty() && !chatbuddy::ui::isAvailableLanguage(language)) {
        chatbuddy::ui::installTranslations(app); // the error in the system's language
        fail(QApplication::translate("main", "unknown language \"%1\": use one of %2.")
                 .arg(language, chatbuddy::ui::availableLanguages().join(u", "_s)));
        return 2;
    }
    if (!chatbuddy::ui::installTranslations(app, language))
        fail(QApplication::translate("main", "cannot load the translation for \"%1\".")
                 .arg(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "ChatBuddy: secure peer-to-peer chat on your network."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hubOption(
        u"hub"_s,
        QApplication::translate("main", "The hub to log in to (default: as last time, "
                                        "or 127.0.0.1:%1).")
            .arg(chatbuddy::DefaultHubPort),
        u"HOST:PORT"_s);
    const QCommandLineOption profileOption(
        u"profile"_s,
        QApplication::translate("main", "Use the profile NAME (its own key and settings), so "
                                        "several people can use ChatBuddy on one computer."),
        u"NAME"_s);
    const QCommandLineOption userOption(
        u"user"_s, QApplication::translate("main", "Pre-fill the user name."), u"NAME"_s);
    const QCommandLineOption connectOption(
        u"connect"_s,
        QApplication::translate("main", "Log in at once with the pre-filled name and hub."));
    const QCommandLineOption languageOption(
        u"lang"_s,
        QApplication::translate("main", "Show ChatBuddy in LANGUAGE (%1) instead of the "
                                        "system's language.")
            .arg(chatbuddy::ui::availableLanguages().join(u", "_s)),
        u"LANGUAGE"_s);
    parser.addOptions({hubOption, profileOption, userOption, connectOption, languageOption});
    parser.process(app);

    QString hubHost;
    quint16 hubPort = 0;
    if (parser.isSet(hubOption)) {
        const QString value = parser.value(hubOption).trimmed();
        // HOST, HOST:PORT, [IPv6]:PORT; a bare IPv6 address has several colons and no port.
        QString portText;
        if (value.startsWith(u'[')) {
            const qsizetype close = value.indexOf(u']');
            hubHost = value.mid(1, close - 1);
            if (close > 0 && value.mid(close + 1).startsWith(u':'))
                portText = value.mid(close + 2);
            else if (close < 0 || close + 1 != value.size())
                hubHost.clear();
        } else if (value.count(u':') == 1) {
            hubHost = value.section(u':', 0, 0);
            portText = value.section(u':', 1);
        } else {
            hubHost = value;
        }
        bool ok = !portText.isNull() || !hubHost.isEmpty();
        if (!portText.isNull()) {
            const uint port = portText.toUInt(&ok);
            ok = ok && port >= 1 && port <= 65535;
            hubPort = ok ? quint16(port) : 0;
        }
        if (!ok || hubHost.isEmpty()) {
            fail(QApplication::translate("main", "--hub wants HOST:PORT with a port from 1 to "
                                                 "65535, not \"%1\".")
                     .arg(value));
            return 2;
        }
    }

    const QString profileName = parser.value(profileOption);
    if (parser.isSet(profileOption) && !chatbuddy::client::Profile::isValidName(profileName)) {
        fail(QApplication::translate("main", "\"%1\" is not a valid profile name: use 1 to 32 "
                                             "letters, digits, '.', '_' or '-'.")
                 .arg(profileName));
        return 2;
    }
    QString error;
    std::unique_ptr<chatbuddy::client::Profile> profile =
        chatbuddy::client::Profile::open(profileName, &error);
    if (!profile) {
        fail(QApplication::translate("main", "cannot open the profile: %1").arg(error));
        return 2;
    }
    // The language chosen in Settings, unless --lang says otherwise (the profile is only known
    // now, so --help and the errors above follow --lang or the system).
    if (language.isEmpty()) {
        const QString chosen =
            profile->settings().value(chatbuddy::ui::SettingsDialog::languageKey()).toString();
        if (chatbuddy::ui::isAvailableLanguage(chosen))
            chatbuddy::ui::installTranslations(app, chosen);
    }

    chatbuddy::client::Client client(profile.get());
    // Without a port nobody can start a chat with us, but we can still start chats.
    // The chat port from Settings (a fixed one, or 9090 if free); any free port if it is taken.
    if (!client.startListening(
            chatbuddy::ui::SettingsDialog::preferredChatPort(profile->settings()), &error))
        fail(QApplication::translate("main", "cannot accept chats: %1").arg(error));

    chatbuddy::ui::LoginDialog login(&client);
    login.setHub(hubHost, hubPort);
    login.setUserName(parser.value(userOption));
    if (parser.isSet(connectOption))
        QTimer::singleShot(0, &login, &chatbuddy::ui::LoginDialog::logIn);
    if (login.exec() != QDialog::Accepted)
        return 0;

    chatbuddy::ui::MainWindow window(&client);
    window.show();
    return app.exec();
}
