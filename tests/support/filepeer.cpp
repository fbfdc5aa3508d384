// SPDX-License-Identifier: GPL-3.0-or-later
// A ChatBuddy client without a window, in its own process, for tests that kill it with
// SIGKILL mid-transfer (tst_fileresume): it logs in, takes every chat it is asked for, saves
// every file offered into --save-to, and with --send offers a file to --to once a chat with
// them is active. What it does is what the app's core does; only the user's clicks are
// replaced by these rules.
//
// usage: chatbuddy-test-filepeer --profile DIR --name NAME --hub PORT
//                                [--save-to DIR] [--send FILE --to NAME]

#include "allocator.h"
#include "chatsession.h"
#include "client.h"
#include "hubconnection.h"
#include "profile.h"
#include "transfers.h"
#include "usersmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

#include <cstdio>

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
    const QString file = parser.value(u"send"_s);
    const QString to = parser.value(u"to"_s);
    bool sent = file.isEmpty();
    ChatSession *chat = nullptr;
    const auto trySend = [&] {
        if (sent)
            return;
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
    QObject::connect(client.users(), &QAbstractItemModel::rowsInserted, &client, trySend);
    QObject::connect(&client, &Client::chatStarted, &client, [&](ChatSession *session) {
        QObject::connect(session, &ChatSession::stateChanged, &client, trySend);
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
    client.logIn(u"127.0.0.1"_s, quint16(parser.value(u"hub"_s).toUInt()), name);
    return app.exec();
}
