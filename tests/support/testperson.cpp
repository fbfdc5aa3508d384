// SPDX-License-Identifier: GPL-3.0-or-later
#include "testperson.h"

#include "history.h"
#include "hubconnection.h"
#include "peerlistener.h"
#include "usersmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace chatbuddy::test {

TestPerson::TestPerson(const QString &name)
    : profileName(name)
{
    if (!restart())
        qFatal("profile %s could not be opened", qUtf8Printable(name));
}

bool TestPerson::restart()
{
    client.reset();
    profile.reset();
    auto opened = client::Profile::openAt(dir.filePath(profileName), profileName);
    if (!opened) {
        qWarning("profile: %s", qUtf8Printable(opened.error()));
        return false;
    }
    profile = std::move(opened).value();
    client = std::make_unique<client::Client>(profile.get());
    client->hub()->setReconnectDelays(std::chrono::milliseconds(50),
                                      std::chrono::milliseconds(200));
    if (const auto listening = client->startListening(0); !listening)
        qWarning("listen: %s", qUtf8Printable(listening.error())); // logIn() tries again
    return true;
}

bool TestPerson::logIn(quint16 hubPort, const QString &name)
{
    if (!client->listener()->isListening() && !client->startListening(0).ok())
        return false;
    client->logIn(u"127.0.0.1"_s, hubPort, name);
    return QTest::qWaitFor([this] { return client->hub()->isOnline(); }, 5000);
}

client::HubConnection *TestPerson::hub() const
{
    return client->hub();
}

std::pair<client::ChatSession *, client::ChatSession *> openChat(TestPerson &a, TestPerson &b,
                                                                 const QString &bName)
{
    QSignalSpy requested(b.client.get(), &client::Client::chatRequested);
    std::optional<UserInfo> entry;
    if (!QTest::qWaitFor([&] { return (entry = a.client->users()->find(bName)).has_value(); },
                         5000))
        return {nullptr, nullptr};
    client::ChatSession *out = a.client->chatWith(*entry);
    if (!requested.wait(5000) && requested.isEmpty())
        return {out, nullptr};
    auto *in = requested.first().first().value<client::ChatSession *>();
    in->accept(b.hub()->userName());
    (void)QTest::qWaitFor([out] { return out->isActive() || out->isEnded(); }, 5000);
    return {out, in};
}

qint64 contactOf(TestPerson &person, const QString &name)
{
    for (const client::Contact &contact : person.client->history()->contacts()) {
        if (contact.name == name)
            return contact.id;
    }
    return 0;
}

QList<client::ChatLine> lines(TestPerson &person, const QString &name, client::ChatLine::Kind kind)
{
    QList<client::ChatLine> out;
    const qint64 contact = contactOf(person, name);
    if (contact == 0)
        return out;
    for (const client::HistoryEntry &entry : person.client->history()->before(contact, 0, 500)) {
        if (entry.line.kind == kind)
            out.append(entry.line);
    }
    return out;
}

QStringList texts(const QList<client::ChatLine> &list)
{
    QStringList out;
    for (const client::ChatLine &line : list)
        out.append(line.text);
    return out;
}

QList<client::ChatLine::Delivery> states(TestPerson &person, const QString &name)
{
    QList<client::ChatLine::Delivery> out;
    for (const client::ChatLine &line : lines(person, name, client::ChatLine::Kind::Outgoing))
        out.append(line.delivery);
    return out;
}

} // namespace chatbuddy::test
