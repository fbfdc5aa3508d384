// SPDX-License-Identifier: GPL-3.0-or-later
// Over 450 lines: one connection's whole life (first byte, TLS, legacy text, writes, the
// lingering close) is one state machine, kept together so the ways it ends can be read as one.
#include "tlsconnection.h"

#include "directory.h"
#include "handshakes.h"
#include "legacytext.h"
#include "messages.h"
#include "transport.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

namespace {
constexpr qsizetype LegacyChunk = 1024; // the CLI sends a name or a short command at a time
constexpr qsizetype ReadChunk = 16 * 1024;
// Read per wake-up at most this much from one client; the poller comes back for the rest, so
// one busy client cannot hold up the others.
constexpr qsizetype ReadPerTurn = 64 * 1024;
constexpr qsizetype WriteChunk = 16 * 1024; // one TLS record
constexpr char TlsHandshakeRecord = 0x16;
// The original CLI never talks to the hub while it waits for or holds a chat, so no idle
// timer can tell it from a dead peer; TCP keep-alive can: probes after 60 s of silence, every
// 10 s, 6 unanswered ones mean gone (about 2 minutes).
constexpr int KeepAliveIdleSeconds = 60;
constexpr int KeepAliveIntervalSeconds = 10;
constexpr int KeepAliveProbes = 6;

void enableKeepAlive(int fd)
{
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &KeepAliveIdleSeconds, sizeof KeepAliveIdleSeconds);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &KeepAliveIntervalSeconds,
                 sizeof KeepAliveIntervalSeconds);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &KeepAliveProbes, sizeof KeepAliveProbes);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

bool isPeerGone(int error)
{
    return error == ECONNRESET || error == EPIPE || error == ETIMEDOUT;
}
} // namespace

TlsConnection::TlsConnection(Transport *transport, quint64 id, int fd)
    : m_transport(transport)
    , m_directory(transport->directory())
    , m_id(id)
    , m_fd(fd)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    const int flags = ::fcntl(fd, F_GETFL);
    const bool ready = flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 &&
                       ::getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    const int error = errno;
    if (ready) {
        m_peerAddress = QHostAddress(reinterpret_cast<const sockaddr *>(&address));
        m_peerPort = address.ss_family == AF_INET6
                         ? ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port)
                         : ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
        // Small frames (presence right after a reply) must not wait for the client's delayed
        // ACK.
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
    m_directory->connectionOpened(this);
    if (!ready) {
        finish(u"cannot adopt socket: %1"_s.arg(systemError(error)));
        return;
    }
    watch(EPOLLIN | EPOLLRDHUP);
    if (m_events == 0)
        finish(u"cannot watch socket: %1"_s.arg(systemError(errno)));
}

TlsConnection::~TlsConnection()
{
    if (!m_finished) {
        m_finished = true;
        m_directory->connectionClosed(this, u"hub stopped"_s);
    }
    if (m_ssl)
        SSL_free(m_ssl);
    if (m_fd >= 0 && !m_away)
        ::close(m_fd);
}

void TlsConnection::watch(std::uint32_t events)
{
    if (events == m_events || m_fd < 0 || m_away)
        return;
    Poller &poller = m_transport->poller();
    const bool ok = m_events == 0 ? poller.add(m_fd, events, this)
                    : events == 0 ? (poller.remove(m_fd), true)
                                  : poller.modify(m_fd, events, this);
    if (ok)
        m_events = events;
}

// The connection's state machine, one readiness report at a time.
void TlsConnection::onEvents(std::uint32_t events)
{
    if (m_finished || m_away)
        return;
    if ((events & EPOLLOUT) != 0 || (m_writeWaitsForRead && (events & EPOLLIN) != 0)) {
        flush();
        if (m_finished)
            return;
    }
    // A read that had to wait for the socket to take TLS's answer goes on when it can.
    const bool readable = (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0 ||
                          ((events & EPOLLOUT) != 0 && m_mode == Mode::Tls);
    if (!readable)
        return;
    if (m_closing && (m_mode != Mode::Undecided || m_halfClosed)) {
        drainInput(); // closing: what the client still sends is read and dropped
        return;
    }
    switch (m_mode) {
    case Mode::Undecided:
        decideMode();
        break;
    case Mode::Handshake:
        break;
    case Mode::Tls:
        readFrames();
        break;
    case Mode::Legacy:
        readLegacyText();
        break;
    }
}

void TlsConnection::decideMode()
{
    char first = 0;
    const ssize_t peeked = ::recv(m_fd, &first, 1, MSG_PEEK);
    if (peeked == 0) {
        finish(m_closing ? m_closeReason : u"the client closed the connection"_s);
        return;
    }
    if (peeked < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            finish(isPeerGone(errno) ? u"the client closed the connection"_s : systemError(errno));
        return;
    }
    if (first == TlsHandshakeRecord) {
        SSL *session = m_transport->newSession(m_fd);
        if (!session) {
            finish(u"cannot start TLS: %1"_s.arg(lastTlsError()));
            return;
        }
        m_mode = Mode::Handshake;
        for (const Message &message : std::as_const(m_held))
            queue(encodeFrame(messageToJson(message))); // sent after the handshake
        m_held.clear();
        watch(0);
        m_away = true;
        m_transport->startHandshake(m_id, std::make_shared<TlsSocket>(m_fd, session));
        return;
    }
    if (!m_transport->settings().allowLegacy) {
        m_mode = Mode::Legacy; // plain text, to say why in words it can print
        queue("ChatBuddy hub: only encrypted ChatBuddy clients are accepted here.\n");
        m_held.clear();
        if (!m_closing) {
            m_closing = true;
            m_closeReason = u"not a TLS client (plain-text legacy clients are off; start the "
                            "hub with --allow-legacy to accept them)"_s;
            startGrace();
        }
        continueClosing();
        return;
    }
    becomeLegacy();
}

void TlsConnection::handshakeFinished(HandshakeOutcome &outcome)
{
    m_away = false;
    if (!outcome.socket) { // cancelled: the worker closed the socket
        m_fd = -1;
        return;
    }
    m_ssl = outcome.socket->session();
    outcome.socket->release();
    if (m_finished)
        return; // aborted meanwhile: the destructor frees the session and the socket
    if (!outcome.ok) {
        finish(outcome.error);
        return;
    }
    m_mode = Mode::Tls;
    m_fingerprint = outcome.peer.fingerprint;
    m_keyProblem = outcome.peer.problem;
    watch(EPOLLIN | EPOLLRDHUP);
    m_directory->connectionSecured(this);
    if (m_finished)
        return;
    if (m_closing) {
        m_transport->setGraceDeadline(this, m_transport->settings().closeGrace);
        flush();
        continueClosing();
    } else {
        if (pendingOutputBytes() > 0)
            m_transport->queueFlush(this);
        readFrames(); // the client's hello may be here already
    }
}

void TlsConnection::becomeLegacy()
{
    m_mode = Mode::Legacy;
    enableKeepAlive(m_fd);
    m_directory->connectionSecured(this);
    for (const Message &message : std::as_const(m_held))
        writeLegacy(message);
    m_held.clear();
    if (m_closing)
        continueClosing();
    else
        readLegacyText();
}

qsizetype TlsConnection::receive(char *data, qsizetype size)
{
    const QString gone = m_closing ? m_closeReason : u"the client closed the connection"_s;
    if (m_ssl) {
        ERR_clear_error();
        const int read = SSL_read(m_ssl, data, int(size));
        if (read > 0)
            return read;
        const int error = SSL_get_error(m_ssl, read);
        if (error == SSL_ERROR_WANT_READ)
            return 0;
        if (error == SSL_ERROR_WANT_WRITE) { // TLS must answer first (a key update)
            watch(m_events | EPOLLOUT);
            return 0;
        }
        const int saved = errno;
        const bool closed =
            error == SSL_ERROR_ZERO_RETURN ||
            (error == SSL_ERROR_SYSCALL && (ERR_peek_error() == 0 || isPeerGone(saved))) ||
            ERR_GET_REASON(ERR_peek_error()) == SSL_R_UNEXPECTED_EOF_WHILE_READING;
        // lastTlsError() empties the thread's error queue; so must a client that just left:
        // a QSslSocket on the hub's thread (the tests run hub and clients on one thread; the
        // app's hosted hub has a thread of its own) reads a leftover error as its own
        // connection failing.
        const QString reason = closed ? gone : u"TLS error: %1"_s.arg(lastTlsError());
        ERR_clear_error();
        finish(reason);
        return -1;
    }
    while (true) {
        const ssize_t read = ::recv(m_fd, data, std::size_t(size), 0);
        if (read > 0)
            return read;
        if (read < 0 && errno == EINTR)
            continue;
        if (read < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 0;
        finish(read == 0 || isPeerGone(errno) ? gone : systemError(errno));
        return -1;
    }
}

void TlsConnection::readFrames()
{
    // Never reading more than the decoder has room for, so a client can never make the hub
    // buffer more than one frame.
    char buffer[ReadChunk];
    qsizetype budget = ReadPerTurn;
    while (!m_closing && !m_finished && m_mode == Mode::Tls) {
        while (std::optional<QJsonObject> frame = m_decoder.next()) {
            ProtocolError problem;
            if (const std::optional<Message> message = parseMessage(*frame, &problem))
                m_directory->messageReceived(this, *message);
            else
                m_directory->invalidInput(this, problem);
            if (m_closing || m_finished)
                return;
        }
        if (m_decoder.hasError()) {
            m_directory->invalidInput(this, {m_decoder.errorCode(), m_decoder.errorString()});
            return;
        }
        // Bytes TLS has decrypted already raise no readiness: finish the record first.
        if (budget <= 0 && SSL_pending(m_ssl) == 0)
            return; // level-triggered: the poller comes back for the rest
        const qsizetype read = receive(buffer, std::min(m_decoder.room(), ReadChunk));
        if (read <= 0)
            return;
        budget -= read;
        m_decoder.feed(QByteArrayView(buffer, read));
    }
}

void TlsConnection::readLegacyText()
{
    // The CLI sends its name, then commands such as LIST, each in one send() and without a
    // newline: a command ends at a newline or at the end of what arrived together.
    char buffer[LegacyChunk];
    qsizetype budget = ReadPerTurn;
    while (!m_closing && !m_finished && budget > 0) {
        const qsizetype read = receive(buffer, LegacyChunk);
        if (read <= 0)
            return;
        budget -= read;
        const QList<QString> lines = legacy::splitLines(QByteArray(buffer, read));
        for (const QString &text : lines) {
            if (!m_legacyNamed) {
                m_legacyNamed = true;
                Hello hello;
                hello.name = text.left(64);
                hello.port = DefaultChatPort; // the CLI always waits for chats on 9090
                m_directory->messageReceived(this, hello);
            } else {
                switch (legacy::parseCommand(text)) {
                case legacy::Command::List: {
                    m_legacyListOffset = 0;
                    ListRequest request;
                    request.limit = MaxListLimit;
                    m_directory->messageReceived(this, request);
                    break;
                }
                case legacy::Command::Exit:
                    close();
                    break;
                case legacy::Command::Other:
                    // Unknown text still counts against the rate limit; the pong is not shown.
                    m_directory->messageReceived(this, Ping{});
                    break;
                }
            }
            if (m_closing || m_finished)
                return;
        }
    }
}

void TlsConnection::drainInput()
{
    char buffer[ReadChunk];
    for (qsizetype budget = ReadPerTurn; budget > 0 && !m_finished;) {
        const qsizetype read = receive(buffer, ReadChunk);
        if (read <= 0)
            return;
        budget -= read;
    }
}

void TlsConnection::writeLegacy(const Message &message)
{
    if (const auto *page = std::get_if<UserList>(&message)) {
        queue(legacy::userListText(*page));
        const qint64 next = qint64(page->offset) + page->users.size();
        if (m_legacyListOffset >= 0 && !page->users.isEmpty() && next < page->total) {
            // Ask for the next page from the event loop, not from inside this reply.
            m_legacyListOffset = int(next); // below page->total, an int
            QMetaObject::invokeMethod(
                m_transport,
                [transport = m_transport, id = m_id, next = int(next)] {
                    TlsConnection *self = transport->find(id);
                    if (!self || self->m_closing || self->m_finished)
                        return;
                    ListRequest request;
                    request.offset = next;
                    request.limit = MaxListLimit;
                    self->m_directory->messageReceived(self, request);
                },
                Qt::QueuedConnection);
        } else {
            m_legacyListOffset = -1;
        }
    } else if (const auto *error = std::get_if<ErrorReply>(&message)) {
        queue(legacy::errorText(error->message));
    } else if (std::holds_alternative<Shutdown>(message)) {
        queue(legacy::shutdownText());
    }
    // welcome, presence, pong, user: the CLI has no words for them
}

void TlsConnection::send(const Message &message)
{
    if (m_closing || m_finished)
        return;
    switch (m_mode) {
    case Mode::Undecided:
        m_held.append(message); // e.g. a refusal at accept time: sent once the mode is known
        break;
    case Mode::Handshake:
    case Mode::Tls:
        queue(encodeFrame(messageToJson(message)));
        break;
    case Mode::Legacy:
        writeLegacy(message);
        break;
    }
}

void TlsConnection::sendEncoded(const QList<Message> &messages, const QByteArray &encoded)
{
    if (m_closing || m_finished)
        return;
    if (m_mode == Mode::Tls || m_mode == Mode::Handshake)
        queue(encoded);
    else
        Connection::sendEncoded(messages, encoded);
}

void TlsConnection::queue(QByteArrayView bytes)
{
    if (m_outPos >= 1024 * 1024 && m_outPos * 2 >= m_out.size()) {
        m_out.remove(0, m_outPos); // the socket took this much already
        m_outPos = 0;
    }
    m_out.append(bytes);
    if (!m_flushQueued && (m_mode == Mode::Tls || m_mode == Mode::Legacy)) {
        m_flushQueued = true;
        m_transport->queueFlush(this);
    }
}

// Hands queued bytes to TLS (or the socket) until it would block; EPOLLOUT brings us back.
void TlsConnection::flush()
{
    m_flushQueued = false;
    if (m_finished || m_away || (m_mode != Mode::Tls && m_mode != Mode::Legacy))
        return;
    m_writeWaitsForRead = false;
    while (m_outPos < m_out.size()) {
        const qsizetype chunk = std::min(m_out.size() - m_outPos, WriteChunk);
        const char *data = m_out.constData() + m_outPos;
        qsizetype written = 0;
        if (m_ssl) {
            ERR_clear_error();
            const int result = SSL_write(m_ssl, data, int(chunk));
            if (result <= 0) {
                const int error = SSL_get_error(m_ssl, result);
                if (error == SSL_ERROR_WANT_WRITE)
                    watch(EPOLLIN | EPOLLRDHUP | EPOLLOUT);
                else if (error == SSL_ERROR_WANT_READ)
                    m_writeWaitsForRead = true;
                else
                    finish(error == SSL_ERROR_SYSCALL && isPeerGone(errno)
                               ? u"the client closed the connection"_s
                               : u"TLS error: %1"_s.arg(lastTlsError()));
                ERR_clear_error(); // as in receive(): nothing left for QSslSocket to misread
                return;
            }
            written = result;
        } else {
            const ssize_t result = ::send(m_fd, data, std::size_t(chunk), MSG_NOSIGNAL);
            if (result < 0 && errno == EINTR)
                continue;
            if (result < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    watch(EPOLLIN | EPOLLRDHUP | EPOLLOUT);
                else
                    finish(isPeerGone(errno) ? u"the client closed the connection"_s
                                             : systemError(errno));
                return;
            }
            written = result;
        }
        m_outPos += written;
    }
    m_out = QByteArray(); // an idle connection keeps no buffer
    m_outPos = 0;
    watch(EPOLLIN | EPOLLRDHUP);
    if (m_closing)
        continueClosing();
}

void TlsConnection::close()
{
    if (m_closing || m_finished)
        return;
    m_closing = true;
    m_closeReason = u"closed by the hub"_s;
    startGrace();
    continueClosing();
}

void TlsConnection::startGrace()
{
    // One closed before its handshake first gets the handshake timeout to finish it, or the
    // refusal would be cut off whenever handshakes are slow (a busy hub).
    const Transport::Settings &settings = m_transport->settings();
    const bool handshakePending = m_mode == Mode::Undecided || m_mode == Mode::Handshake;
    m_transport->setGraceDeadline(this, handshakePending
                                            ? settings.handshakeTimeout + settings.closeGrace
                                            : settings.closeGrace);
}

void TlsConnection::continueClosing()
{
    // Send what is queued, then half-close and keep reading (and dropping) until the client
    // closes too: closing a socket with unread input makes the kernel reset the connection,
    // which throws away whatever has not left yet, often the `error` that says why.
    if (!m_closing || m_finished || m_halfClosed)
        return;
    switch (m_mode) {
    case Mode::Undecided:
        if (!m_held.isEmpty())
            return; // a held refusal waits for the first byte, which says how to send it
        break;
    case Mode::Handshake:
        return; // closing during the handshake would stall it; handshakeFinished() goes on
    case Mode::Tls:
    case Mode::Legacy:
        drainInput();
        if (m_finished)
            return;
        break;
    }
    if (pendingOutputBytes() > 0) {
        if (!m_flushQueued) {
            m_flushQueued = true;
            m_transport->queueFlush(this); // flush() comes back here
        }
        return;
    }
    m_halfClosed = true;
    ::shutdown(m_fd, SHUT_WR);
}

void TlsConnection::graceExpired()
{
    finish(u"closed after the grace period"_s);
}

void TlsConnection::abort()
{
    if (m_finished)
        return;
    m_closing = true;
    finish(u"aborted by the hub"_s);
}

void TlsConnection::finish(const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_transport->setGraceDeadline(this, std::chrono::milliseconds(-1));
    if (m_away) {
        m_transport->cancelHandshake(m_id); // the socket comes back, or closed
    } else {
        watch(0);
        if (m_ssl)
            SSL_free(m_ssl);
        m_ssl = nullptr;
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    m_out = QByteArray();
    m_outPos = 0;
    m_held.clear();
    m_directory->connectionClosed(this, reason);
    m_transport->retire(this);
}

} // namespace chatbuddy::hub
