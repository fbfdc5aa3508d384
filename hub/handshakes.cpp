// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshakes.h"

#include "poller.h"

#include <QThread>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

TlsSocket::TlsSocket(int fd, SSL *session)
    : m_fd(fd)
    , m_session(session)
{
}

TlsSocket::~TlsSocket()
{
    if (m_session)
        SSL_free(m_session);
    if (m_fd >= 0)
        ::close(m_fd);
}

void TlsSocket::release()
{
    m_fd = -1;
    m_session = nullptr;
}

// Runs the handshakes given to it on its own thread's poller; reports each outcome to its
// Handshakes on that object's thread.
class HandshakeWorker : public QObject {
public:
    explicit HandshakeWorker(Handshakes *owner)
        : m_owner(owner)
    {
    }
    ~HandshakeWorker() override = default; // what is still running is freed with m_running

    // Both are invoked on the worker's thread.
    void take(quint64 id, std::shared_ptr<TlsSocket> socket);
    void cancel(quint64 id);

private:
    struct Running : Poller::Handler {
        HandshakeWorker *worker = nullptr;
        quint64 id = 0;
        std::shared_ptr<TlsSocket> socket;
        std::uint32_t events = 0;
        void onEvents(std::uint32_t) override { worker->advance(*this); }
    };

    Poller &poller();
    void advance(Running &running);
    void report(quint64 id, HandshakeOutcome outcome);

    Handshakes *m_owner;
    Poller *m_poller = nullptr; // made on the worker's thread, on first use
    std::unordered_map<quint64, std::unique_ptr<Running>> m_running;
    std::vector<std::unique_ptr<Running>> m_done; // freed after the poller's batch
};

Poller &HandshakeWorker::poller()
{
    if (!m_poller) {
        m_poller = new Poller(this);
        m_poller->setAfterBatch([this] { m_done.clear(); });
    }
    return *m_poller;
}

void HandshakeWorker::take(quint64 id, std::shared_ptr<TlsSocket> socket)
{
    auto running = std::make_unique<Running>();
    running->worker = this;
    running->id = id;
    running->socket = std::move(socket);
    running->events = EPOLLIN;
    if (!poller().add(running->socket->fd(), EPOLLIN, running.get())) {
        HandshakeOutcome outcome;
        outcome.socket = std::move(running->socket);
        outcome.error =
            u"cannot watch the socket: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
        report(id, std::move(outcome));
        return;
    }
    Running &ref = *running;
    m_running.emplace(id, std::move(running));
    advance(ref); // the ClientHello is usually there already
}

void HandshakeWorker::cancel(quint64 id)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return; // finished meanwhile: its outcome is on its way
    poller().remove(it->second->socket->fd());
    it->second->socket.reset(); // closes the socket
    m_done.push_back(std::move(it->second));
    m_running.erase(it);
    report(id, {});
}

void HandshakeWorker::advance(Running &running)
{
    if (!running.socket)
        return; // cancelled in this batch
    SSL *session = running.socket->session();
    ERR_clear_error();
    const int result = SSL_do_handshake(session);
    HandshakeOutcome outcome;
    if (result == 1) {
        outcome.ok = true;
        outcome.peer = peerKeyOf(session);
    } else {
        const int error = SSL_get_error(session, result);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
            const std::uint32_t wanted = error == SSL_ERROR_WANT_READ ? EPOLLIN : EPOLLOUT;
            if (wanted != running.events && poller().modify(running.socket->fd(), wanted, &running))
                running.events = wanted;
            return;
        }
        const bool closed = (error == SSL_ERROR_SYSCALL && ERR_peek_error() == 0) ||
                            error == SSL_ERROR_ZERO_RETURN ||
                            ERR_GET_REASON(ERR_peek_error()) == SSL_R_UNEXPECTED_EOF_WHILE_READING;
        outcome.error = closed ? u"closed before the TLS handshake completed"_s
                               : u"TLS handshake failed: %1"_s.arg(lastTlsError());
    }
    ERR_clear_error();
    poller().remove(running.socket->fd());
    outcome.socket = std::move(running.socket);
    const quint64 id = running.id;
    const auto it = m_running.find(id);
    m_done.push_back(std::move(it->second)); // `running` lives until the batch is over
    m_running.erase(it);
    report(id, std::move(outcome));
}

void HandshakeWorker::report(quint64 id, HandshakeOutcome outcome)
{
    outcome.id = id;
    // Shared, so that an outcome Qt drops undelivered (at shutdown) still frees its socket.
    auto shared = std::make_shared<HandshakeOutcome>(std::move(outcome));
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, shared] { owner->finished(std::move(*shared)); },
        Qt::QueuedConnection);
}

Handshakes::Handshakes(int threads, std::function<void(HandshakeOutcome)> done, QObject *parent)
    : QObject(parent)
    , m_done(std::move(done))
{
    if (threads <= 0) {
        m_workers.push_back(new HandshakeWorker(this));
        m_workers.back()->setParent(this);
        return;
    }
    for (int i = 0; i < threads; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(u"handshakes-%1"_s.arg(i + 1));
        auto *worker = new HandshakeWorker(this);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        // OpenSSL keeps state per thread (its random generators among it); give it back as
        // the thread ends rather than leave it to process exit. Direct: on the ending thread.
        connect(
            thread, &QThread::finished, thread, [] { OPENSSL_thread_stop(); },
            Qt::DirectConnection);
        m_threads.push_back(thread);
        m_workers.push_back(worker);
        thread->start();
    }
}

Handshakes::~Handshakes()
{
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait(); // deletes its worker, closing what it was still shaking hands with
    }
}

void Handshakes::start(quint64 id, std::shared_ptr<TlsSocket> socket)
{
    HandshakeWorker *worker = m_workers[m_next++ % m_workers.size()];
    m_running.emplace(id, worker);
    QMetaObject::invokeMethod(
        worker, [worker, id, socket = std::move(socket)] { worker->take(id, socket); },
        Qt::QueuedConnection);
}

void Handshakes::cancel(quint64 id)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    HandshakeWorker *worker = it->second;
    QMetaObject::invokeMethod(
        worker, [worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}

void Handshakes::finished(HandshakeOutcome outcome)
{
    m_running.erase(outcome.id);
    m_done(std::move(outcome));
}

} // namespace chatbuddy::hub
