// SPDX-License-Identifier: GPL-3.0-or-later
#include "reachability.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {

QString whyNot(QAbstractSocket::SocketError error, const QString &text)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return u"connection refused: nothing accepts connections on that port"_s;
    case QAbstractSocket::SocketTimeoutError:
        return u"no answer: a firewall may be dropping connections to that port"_s;
    case QAbstractSocket::NetworkError:
        return u"the network is unreachable from the hub"_s;
    default:
        return text;
    }
}

} // namespace

ReachabilityProbe::ReachabilityProbe(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
}

ReachabilityProbe::~ReachabilityProbe()
{
    // The sockets are children: they go with this object, and their handlers with them.
    m_queue.clear();
}

bool ReachabilityProbe::check(const QHostAddress &address, quint16 port, Done done)
{
    if (address.isNull() || port == 0)
        return false;
    Check check{address, port, std::move(done)};
    if (m_running < m_limits.running) {
        start(std::move(check));
        return true;
    }
    if (int(m_queue.size()) >= m_limits.queued)
        return false;
    m_queue.push_back(std::move(check));
    return true;
}

void ReachabilityProbe::start(Check check)
{
    ++m_running;
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    struct State {
        Done done;
        bool finished = false;
    };
    auto state = std::make_shared<State>(State{std::move(check.done)});
    // Whichever of connected, error and timeout comes first ends the check.
    const auto finish = [this, socket, state](bool reachable, const QString &detail) {
        if (state->finished)
            return;
        state->finished = true;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater(); // and its timer
        --m_running;
        const Done done = std::move(state->done);
        done(reachable, detail);
        startQueued();
    };
    connect(socket, &QTcpSocket::connected, this, [finish] { finish(true, {}); });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [finish, socket](QAbstractSocket::SocketError error) {
                finish(false, whyNot(error, socket->errorString()));
            });
    connect(timer, &QTimer::timeout, this,
            [finish] { finish(false, whyNot(QAbstractSocket::SocketTimeoutError, {})); });
    timer->start(m_limits.timeout);
    socket->connectToHost(check.address, check.port);
}

void ReachabilityProbe::startQueued()
{
    while (m_running < m_limits.running && !m_queue.empty()) {
        Check next = std::move(m_queue.front());
        m_queue.pop_front();
        start(std::move(next));
    }
}

} // namespace chatbuddy::hub
