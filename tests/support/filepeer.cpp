// SPDX-License-Identifier: GPL-3.0-or-later
// A ChatBuddy client without a window, in its own process, for tests that kill it with
// SIGKILL mid-transfer (tst_fileresume) or run it in a network namespace of their own
// (tests/discovery_netns_test.sh): it logs in, takes every chat it is asked for, saves every
// file offered into --save-to, and with --send offers a file to --to once a chat with them is
// active. What it does is what the app's core does; only the user's clicks are replaced by
// these rules.
//
// With --find-hub instead of --hub, no address is given: it looks for hubs as the login dialog
// does (HubFinder with its default options: every broadcast address of the networks it sees,
// UDP port 8080), prints each hub listed, and logs in to the one hub listed, at the address and
// port it was heard at, as soon as there is exactly one, refusing it if its TLS key is not the
// announced one. It prints when it is logged in, and the finder's counters when it is stopped
// with SIGTERM or SIGINT.
//
// usage: chatbuddy-test-filepeer --profile DIR --name NAME (--hub PORT | --find-hub)
//                                [--save-to DIR] [--send FILE --to NAME]

#include "allocator.h"
#include "chatsession.h"
#include "client.h"
#include "hubconnection.h"
#include "hubfinder.h"
#include "profile.h"
#include "signalwatcher.h"
#include "transfers.h"
#include "usersmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::client;

int main(int argc, char *argv[])
{
    tuneAllocator(); // as the app does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"profile"_s, u"profile folder"_s, u"dir"_s},
                       {u"name"_s, u"user name"_s, u"name"_s},
                       {u"hub"_s, u"hub port on 127.0.0.1"_s, u"port"_s},
                       {u"find-hub"_s, u"log in to the one hub found on the network"_s},
                       {u"save-to"_s, u"save offered files here"_s, u"dir"_s},
                       {u"send"_s, u"file to offer"_s, u"file"_s},
                       {u"to"_s, u"whom to offer it to"_s, u"name"_s}});
    parser.process(app);
    const QString name = parser.value(u"name"_s);
    auto opened = Profile::openAt(parser.value(u"profile"_s), name);
    if (!opened) {
        std::fprintf(stderr, "filepeer: %s\n", qPrintable(opened.error()));
        return 2;
    }
    const std::unique_ptr<Profile> profile = std::move(opened).value();
    // Before the client: its destructor ends the chats (when stopped by a signal), and their
    // signals still reach the rules below, which use these.
    const QString file = parser.value(u"send"_s);
    const QString to = parser.value(u"to"_s);
    bool sent = file.isEmpty();
    QPointer<ChatSession> chat; // the chat the file goes on; another if it ends first
    std::function<void()> trySend;
    bool retrying = false;
    bool quitting = false; // the client is going: its chats end, nothing is tried again
    Client client(profile.get());
    client.hub()->setReconnectDelays(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
    if (!client.startListening(0)) {
        std::fprintf(stderr, "filepeer: cannot listen\n");
        return 2;
    }
    QObject::connect(&client, &Client::chatRequested, &client,
                     [name](ChatSession *session) { session->accept(name); });
    const QString saveTo = parser.value(u"save-to"_s);
    if (!saveTo.isEmpty()) {
        QObject::connect(client.transfers(), &Transfers::offered, &client,
                         [&client, saveTo](const QString &id) {
                             if (!client.transfers()->accept(id, saveTo))
                                 std::fprintf(stderr, "filepeer: cannot save\n");
                         });
    }
    // Tries again a second after a chat that ended before the file went (a slow machine, a
    // hub link that came back): the rules below call it on every change.
    trySend = [&] {
        if (sent || retrying || quitting)
            return;
        if (chat && chat->isEnded()) {
            std::printf("chat with %s ended before the file went (%s); trying again\n",
                        qPrintable(to), qPrintable(chat->endMessage()));
            std::fflush(stdout);
            chat = nullptr;
            retrying = true;
            QTimer::singleShot(1000, &client, [&] {
                retrying = false;
                trySend();
            });
            return;
        }
        if (!chat) {
            if (const auto user = client.users()->find(to))
                chat = client.chatWith(*user);
        }
        if (chat && chat->canSendFiles()) {
            sent = true;
            if (const auto id = client.sendFile(chat, file); !id)
                std::fprintf(stderr, "filepeer: %s\n", qPrintable(id.error()));
        }
    };
    QObject::connect(client.users(), &QAbstractItemModel::rowsInserted, &client,
                     [&] { trySend(); });
    QObject::connect(&client, &Client::chatStarted, &client, [&](ChatSession *session) {
        QObject::connect(session, &ChatSession::stateChanged, &client, [&] { trySend(); });
    });
    // One line per transfer that ends, for people running it by hand: where this run's bytes
    // started and how many crossed.
    QObject::connect(
        client.transfers(), &Transfers::changed, &client, [&client](const QString &id) {
            const auto t = client.transfers()->transfer(id);
            static QSet<QString> told;
            if (!t || !t->isFinished() || told.contains(id))
                return;
            told.insert(id);
            std::printf(
                "%s %s: %s, %lld bytes, resumed at %lld, %lld bytes crossed in this run%s%s\n",
                t->isOutgoing() ? "sent" : "received", qPrintable(t->name),
                qPrintable(Transfers::stateName(t->state)), t->size, t->resumedAt, t->moved,
                t->message.isEmpty() ? "" : ": ", qPrintable(t->message));
            std::fflush(stdout);
        });
    if (!parser.isSet(u"find-hub"_s)) {
        client.logIn(u"127.0.0.1"_s, quint16(parser.value(u"hub"_s).toUInt()), name);
        const int code = app.exec();
        quitting = true;
        return code;
    }

    HubFinder *finder = client.hubFinder();
    const auto print = [finder](const char *what, int first, int last) {
        for (int row = first; row <= last && row < finder->hubs().size(); ++row) {
            const FoundHub &hub = finder->hubs().at(row);
            std::printf("%s \"%s\" at %s:%u key %s\n", what, qPrintable(hub.name),
                        qPrintable(hub.host()), hub.port, qPrintable(hub.fingerprint));
        }
        std::fflush(stdout);
    };
    bool loggingIn = false;
    const auto logInToTheOne = [&] {
        if (loggingIn || finder->hubs().size() != 1)
            return;
        loggingIn = true;
        const FoundHub hub = finder->hubs().first();
        client.hub()->setAnnouncedFingerprint(hub.fingerprint);
        client.logIn(hub.host(), hub.port, name);
    };
    QObject::connect(finder, &QAbstractItemModel::rowsInserted, &client,
                     [&](const QModelIndex &, int first, int last) {
                         print("found hub", first, last);
                         logInToTheOne();
                     });
    QObject::connect(finder, &QAbstractItemModel::dataChanged, &client,
                     [&print](const QModelIndex &first, const QModelIndex &last) {
                         print("hub now", first.row(), last.row());
                     });
    QObject::connect(finder, &QAbstractItemModel::rowsRemoved, &client, [finder] {
        std::printf("a hub is no longer heard; %lld listed\n", qlonglong(finder->hubs().size()));
        std::fflush(stdout);
    });
    QObject::connect(client.hub(), &HubConnection::registered, &client, [&client, name] {
        std::printf("logged in to %s:%u as %s\n", qPrintable(client.hub()->host()),
                    client.hub()->port(), qPrintable(name));
        std::fflush(stdout);
    });
    QObject::connect(client.hub(), &HubConnection::errorOccurred, &client,
                     [](HubConnection::Error, const QString &message) {
                         std::printf("hub error: %s\n", qPrintable(message));
                         std::fflush(stdout);
                     });
    // Stopped by the test: what the finder did not take, then out.
    hub::SignalWatcher watcher;
    QObject::connect(&watcher, &hub::SignalWatcher::terminationRequested, &app, [finder] {
        std::printf("finder: %d rejected, %d over rate\n", finder->rejected(), finder->overRate());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    if (const Status started = finder->start(); !started) {
        std::fprintf(stderr, "filepeer: %s\n", qPrintable(started.error()));
        return 2;
    }
    const int code = app.exec();
    quitting = true;
    return code;
}
