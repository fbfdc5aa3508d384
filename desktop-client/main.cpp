// SPDX-License-Identifier: GPL-3.0-or-later
// The chatbuddy desktop client: command line, profile, login dialog, then the main window.

#include "appicon.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "translations.h"

#include "allocator.h"
#include "client.h"
#include "discovery.h"
#include "endpoint.h"
#include "hubfinder.h"
#include "profile.h"
#include "protocol.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRect>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
void fail(const QString &message)
{
    std::fprintf(stderr, "chatbuddy: %s\n", qPrintable(message));
}

// --lang has to take effect before the parser's own texts (--help) are made: a first parser
// that knows only --lang reads it (parse() does not exit on the options it does not know);
// the full parser below knows it too, for --help and for the checks.
QString languageArgument(const QStringList &arguments)
{
    QCommandLineParser first;
    const QCommandLineOption languageOption(u"lang"_s, QString(), u"LANGUAGE"_s);
    first.addOption(languageOption);
    (void)first.parse(arguments); // errors are the full parser's to report
    return first.value(languageOption);
}
// What the command line asks for, beyond --lang (read before the parser, see above).
struct Arguments {
    chatbuddy::Endpoint hub; // empty host: as last time
    QString profileName;
    bool profileGiven = false;
    QString userName;
    bool connectAtOnce = false;
    bool discovery = true;
    std::optional<QRect> windowGeometry; // --window-geometry: where the main window goes
    chatbuddy::client::HubFinder::Options finder;
};

// Parses the command line (exiting for --help and --version); nullopt after complaining.
std::optional<Arguments> parseArguments(const QApplication &app)
{
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
    const QCommandLineOption noDiscoveryOption(
        u"no-discovery"_s,
        QApplication::translate("main", "Do not look for hubs on the local network."));
    const QCommandLineOption discoveryPortOption(
        u"discovery-port"_s,
        QApplication::translate("main", "UDP port where hubs announce themselves (default %1).")
            .arg(chatbuddy::discovery::DefaultPort),
        u"PORT"_s);
    const QCommandLineOption discoveryAddressOption(
        u"discovery-address"_s,
        QApplication::translate("main",
                                "Look for hubs at this address only, such as 127.255.255.255 "
                                "for this computer (repeatable; default: every network's "
                                "broadcast address)."),
        u"ADDRESS"_s);
    const QCommandLineOption geometryOption(
        u"window-geometry"_s,
        QApplication::translate("main", "Place the main window here instead of where it was "
                                        "last time, e.g. 640x560+0+0."),
        u"WxH+X+Y"_s);
    parser.addOptions({hubOption, profileOption, userOption, connectOption, languageOption,
                       noDiscoveryOption, discoveryPortOption, discoveryAddressOption,
                       geometryOption});
    parser.process(app);

    Arguments arguments;
    arguments.profileName = parser.value(profileOption);
    arguments.profileGiven = parser.isSet(profileOption);
    arguments.userName = parser.value(userOption);
    arguments.connectAtOnce = parser.isSet(connectOption);
    arguments.discovery = !parser.isSet(noDiscoveryOption);
    if (parser.isSet(geometryOption)) {
        static const QRegularExpression re(u"^(\\d{2,5})x(\\d{2,5})\\+(\\d{1,5})\\+(\\d{1,5})$"_s);
        const QRegularExpressionMatch m = re.match(parser.value(geometryOption).trimmed());
        if (!m.hasMatch()) {
            fail(QApplication::translate("main", "--window-geometry wants WIDTHxHEIGHT+X+Y such "
                                                 "as 640x560+0+0, not \"%1\".")
                     .arg(parser.value(geometryOption)));
            return std::nullopt;
        }
        arguments.windowGeometry = QRect(m.captured(3).toInt(), m.captured(4).toInt(),
                                         m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(discoveryPortOption)) {
        const uint port = parser.value(discoveryPortOption).toUInt();
        if (port < 1 || port > 65535) {
            fail(QApplication::translate("main", "--discovery-port wants a port from 1 to "
                                                 "65535, not \"%1\".")
                     .arg(parser.value(discoveryPortOption)));
            return std::nullopt;
        }
        arguments.finder.port = quint16(port);
    }
    const QStringList addresses = parser.values(discoveryAddressOption);
    for (const QString &text : addresses) {
        const QHostAddress address(text);
        if (address.protocol() != QAbstractSocket::IPv4Protocol) {
            fail(QApplication::translate("main", "--discovery-address wants an IPv4 address "
                                                 "such as 192.168.1.255, not \"%1\".")
                     .arg(text));
            return std::nullopt;
        }
        arguments.finder.targets.append(address);
    }
    if (parser.isSet(hubOption)) {
        // HOST, HOST:PORT, [IPv6]:PORT or a bare IPv6 address.
        const QString value = parser.value(hubOption).trimmed();
        const auto hub = chatbuddy::parseEndpoint(value);
        if (!hub) {
            fail(QApplication::translate("main", "--hub wants HOST:PORT with a port from 1 to "
                                                 "65535, not \"%1\".")
                     .arg(value));
            return std::nullopt;
        }
        arguments.hub = *hub;
    }
    return arguments;
}
} // namespace

int main(int argc, char *argv[])
{
    chatbuddy::client::tuneAllocator(); // before anything allocates much: see allocator.h
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

    const std::optional<Arguments> arguments = parseArguments(app);
    if (!arguments)
        return 2;

    const QString &profileName = arguments->profileName;
    if (arguments->profileGiven && !chatbuddy::client::Profile::isValidName(profileName)) {
        fail(QApplication::translate("main", "\"%1\" is not a valid profile name: use 1 to 32 "
                                             "letters, digits, '.', '_' or '-'.")
                 .arg(profileName));
        return 2;
    }
    auto opened = chatbuddy::client::Profile::open(profileName);
    if (!opened) {
        fail(QApplication::translate("main", "cannot open the profile: %1").arg(opened.error()));
        return 2;
    }
    const std::unique_ptr<chatbuddy::client::Profile> profile = std::move(opened).value();
    // The language chosen in Settings, unless --lang says otherwise (the profile is only known
    // now, so --help and the errors above follow --lang or the system).
    if (language.isEmpty()) {
        const QString chosen = profile->settings().language();
        if (chatbuddy::ui::isAvailableLanguage(chosen))
            chatbuddy::ui::installTranslations(app, chosen);
    }

    chatbuddy::client::Client client(profile.get());
    // Without a port nobody can start a chat with us, but we can still start chats.
    // The chat port from Settings (a fixed one, or 9090 if free); any free port if it is taken.
    if (const auto listening = client.startListening(); !listening)
        fail(QApplication::translate("main", "cannot accept chats: %1").arg(listening.error()));

    client.setDiscoveryAllowed(arguments->discovery);
    if (arguments->discovery) {
        client.hubFinder()->setOptions(arguments->finder);
        if (const auto finding = client.hubFinder()->start(); !finding)
            fail(finding.error()); // people can still type the hub's address
    }
    chatbuddy::ui::LoginDialog login(&client);
    login.setHub(arguments->hub.host, arguments->hub.port);
    login.setUserName(arguments->userName);
    if (arguments->connectAtOnce)
        QTimer::singleShot(0, &login, &chatbuddy::ui::LoginDialog::logIn);
    if (login.exec() != QDialog::Accepted)
        return 0;
    client.hubFinder()->stop(); // found: no more asking the network

    chatbuddy::ui::MainWindow window(&client);
    if (arguments->windowGeometry) {
        window.resize(arguments->windowGeometry->size());
        window.move(arguments->windowGeometry->topLeft());
    }
    window.show();
    return app.exec();
}
