// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One person for client-core tests: a profile in a temporary folder, a Client listening on an
// OS-picked port, fast reconnects; plus opening an accepted chat between two people.

#include "chatsession.h"
#include "client.h"
#include "messagemodel.h"
#include "profile.h"

#include <QTemporaryDir>

#include <memory>
#include <utility>

namespace chatbuddy::test {

struct TestPerson {
    explicit TestPerson(const QString &profileName);
    // Logs in to the hub on 127.0.0.1:hubPort and waits until online.
    bool logIn(quint16 hubPort, const QString &name);
    client::HubConnection *hub() const;
    // The app quits and starts again on the same profile folder (listening, not logged in).
    bool restart();
    // The app has quit (restart() starts it again).
    void quit() { client.reset(); }

    QTemporaryDir dir;
    QString profileName;
    std::unique_ptr<client::Profile> profile;
    std::unique_ptr<client::Client> client;
};

// a starts a chat with bName from a's users list, b accepts; returns (a's end, b's end).
// Either may be null when it did not come about within the test timeout.
std::pair<client::ChatSession *, client::ChatSession *> openChat(TestPerson &a, TestPerson &b,
                                                                 const QString &bName);

// What the person's history holds of the contact called name: its id (0: no such contact),
// the lines of one kind, their texts, and the delivery state of each line sent.
qint64 contactOf(TestPerson &person, const QString &name);
QList<client::ChatLine> lines(TestPerson &person, const QString &name, client::ChatLine::Kind kind);
QStringList texts(const QList<client::ChatLine> &list);
QList<client::ChatLine::Delivery> states(TestPerson &person, const QString &name);

} // namespace chatbuddy::test
