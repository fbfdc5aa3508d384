// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_transport: one client connection per input through the hub's real socket transport
// (Transport, TlsConnection, Handshakes, Poller, ServerTlsContext) into a real Directory, over
// loopback TCP. The fuzzer is the client, in the same thread as Qt's event loop: a real OpenSSL
// client (TLS 1.3, a certificate made once with Identity) or plain bytes. Handshakes run on
// this thread (handshakeThreads = 0) and every wait is a bounded pumping of the event loop, so
// an input replays the same way. The registry is one SQLite database in memory, emptied
// before every input; the directory's clock stands still unless the input moves it.
//
// Input: byte 0 is the mode: bits 0-1: 0 TLS with a client certificate, 1 TLS without one,
// 2 plain bytes with legacy clients allowed, 3 plain bytes with legacy off; bits 5-7 all set:
// the TLS client offers only TLS 1.2 (the hub refuses it); bit 4: the TLS client stops after
// its ClientHello, so what follows meets the hub in the middle of its handshake, until a
// chunk ended by K (before K, chunks go raw); bit 2: the directory allows only 600 bytes of
// unread output (more in one turn aborts the connection). The rest is chunks, split as
// fuzz_legacy splits them (a backslash and another byte end a chunk, two backslashes are one);
// each is written in one piece (TLS: one SSL_write) and the event loop pumped. The byte that
// ends a chunk may say more:
//   R  the chunk goes to the socket as it is, past TLS (garbage inside the TLS stream)
//   H  then the client half-closes (TLS: close_notify first); F: the same without close_notify
//   X  then the client closes abruptly (a reset) and the input ends
//   T  then 11 s pass on the directory's clock and its deadline and idle checks run
//   S  then the directory shuts down (tells `shutdown` and closes)
//   K  then the client's TLS handshake goes on to its end (bit 4 of byte 0)
// anything else ('|' by convention) just ends the chunk. At the end the client half-closes,
// reads until the hub closes, and closes.
//
// Invariants:
// - the hub finishes the connection once the client has closed: Transport::connectionCount()
//   and Directory::connectionCount() are back to 0 within a bounded pumping, and the
//   transport reported it finished exactly once;
// - no descriptor leaks: as many sockets, epoll and eventfd instances are open after each
//   input as after the warm-up (pipes and files are the sanitizers' business);
// - TLS: the client's handshake never stalls (and fails only for TLS 1.2); its TLS session
//   never fails unless it wrote raw bytes into it or half-closed without close_notify; what
//   the hub sends is newline-terminated JSON frames that all parse (FrameDecoder,
//   parseMessage), nothing after `error` or `shutdown`, and a `welcome` names the client's
//   key, the hub's key and 127.0.0.1;
// - plain: a first byte 0x16 is taken for TLS (the answer, if any, is TLS records); with legacy
//   off the answer is nothing or the one refusal line; with legacy on it is UTF-8 text lines of
//   the CLI's kinds (users list, `Error: `, shutdown), nothing after an error or shutdown.

#include "fuzzregistry.h"
#include "fuzzsupport.h"
#include "fuzztransportsupport.h"

#include "directory.h"
#include "framecodec.h"
#include "hubconfig.h"
#include "identity.h"
#include "messages.h"
#include "registry.h"
#include "tlscontext.h"
#include "transport.h"

#include <QJsonDocument>
#include <QStringDecoder>

#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
using namespace chatbuddy;
using namespace chatbuddy::fuzz;
using namespace std::string_view_literals;

namespace {

constexpr int PumpsPerChunk = 3; // the hub reads, answers, and a queued call runs
const QByteArray RefusalLine =
    "ChatBuddy hub: only encrypted ChatBuddy clients are accepted here.\n";

enum class Mode { Tls, TlsWithoutCertificate, PlainLegacy, PlainLegacyOff };

// Made once: the hub's TLS context, the client's contexts and key, the registry, a listener.
struct Fixture {
    std::shared_ptr<hub::ServerTlsContext> tls;
    QString hubFingerprint;
    QString clientFingerprint;
    SSL_CTX *withCertificate = nullptr;
    SSL_CTX *withoutCertificate = nullptr;
    SSL_CTX *tls12Only = nullptr;
    hub::Registry *registry = nullptr;
    int listener = -1;
    sockaddr_in address{};
    int baselineDescriptors = -1; // after the warm-up
    qint64 nowMs = 0;             // the directory's clock
};
Fixture &g = *new Fixture; // never destroyed: OpenSSL and QtSql may be gone at exit

[[noreturn]] void setupFailed(const char *what, const QString &why = {})
{
    fuzz::violated(what, __FILE__, __LINE__, why.isEmpty() ? hub::lastTlsError() : why);
}

// What a TLS client reads from the hub: frames that parse, nothing after a refusal.
class FrameChecker {
public:
    explicit FrameChecker(bool withCertificate)
        : m_withCertificate(withCertificate)
    {
    }

    void feed(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        m_decoder.feed(bytes);
        while (const std::optional<QJsonObject> frame = m_decoder.next()) {
            const QString text =
                QString::fromUtf8(QJsonDocument(*frame).toJson(QJsonDocument::Compact));
            FUZZ_CHECK_MSG(!m_ended, u"a frame after error or shutdown: "_s + text);
            ProtocolError problem;
            const std::optional<Message> message = parseMessage(*frame, &problem);
            FUZZ_CHECK_MSG(message.has_value(), problem.message + u": "_s + text);
            check(*message, text);
        }
        FUZZ_CHECK_MSG(!m_decoder.hasError(), m_decoder.errorString());
    }

    // At the end of the stream: no frame cut off.
    void finish() { FUZZ_CHECK_MSG(m_decoder.bufferedBytes() == 0, u"an unterminated frame"_s); }

private:
    void check(const Message &message, const QString &text)
    {
        if (std::holds_alternative<ErrorReply>(message) ||
            std::holds_alternative<Shutdown>(message))
            m_ended = true;
        if (const auto *welcome = std::get_if<Welcome>(&message)) {
            FUZZ_CHECK_MSG(m_withCertificate, text); // without a key, hello is refused
            FUZZ_CHECK_MSG(welcome->self.fingerprint == g.clientFingerprint, text);
            FUZZ_CHECK_MSG(welcome->hubFingerprint == g.hubFingerprint, text);
            FUZZ_CHECK_MSG(welcome->self.address == u"127.0.0.1"_s, text);
            FUZZ_CHECK(!welcome->self.legacy);
        }
    }

    FrameDecoder m_decoder;
    bool m_withCertificate;
    bool m_ended = false;
};

// What a plain client reads from the hub, all of it, at the end. complete: read until the hub
// closed (not cut off by the client's reset).
void checkPlainAnswer(const QByteArray &text, int firstByte, bool legacyAllowed, bool complete)
{
    if (text.isEmpty())
        return;
    if (firstByte == 0x16) { // the hub took it for a TLS ClientHello: records back
        FUZZ_CHECK_MSG(text.size() >= 2 && (text[0] == 0x15 || text[0] == 0x16) && text[1] == 0x03,
                       QString::fromLatin1(text.left(16).toHex()));
        return;
    }
    if (!legacyAllowed) {
        FUZZ_CHECK_MSG(text == RefusalLine, QString::fromUtf8(text));
        return;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = utf8(text);
    FUZZ_CHECK_MSG(!utf8.hasError(), QString::fromLatin1(text.toHex()));
    if (complete)
        FUZZ_CHECK_MSG(text.endsWith('\n'), decoded);
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast(); // after the last '\n': empty, or a line cut off
    bool ended = false;
    for (const QByteArray &line : std::as_const(lines)) {
        FUZZ_CHECK_MSG(!ended, u"a line after an error or shutdown: "_s + decoded);
        const bool known = line == "=== Currently Online Users ===" ||
                           line.startsWith("Username: ") || line.startsWith("Address: ") ||
                           line == "-------------------" || line.startsWith("Error: ") ||
                           line == "Server shutting down...";
        FUZZ_CHECK_MSG(known, u"not a line the hub writes: "_s + QString::fromUtf8(line));
        ended = line.startsWith("Error: ") || line == "Server shutting down...";
    }
}

// One fresh hub (Directory and Transport on the shared registry and TLS context) and one
// connection to it; see the top of the file.
class Session {
public:
    explicit Session(std::uint8_t modeByte)
        : m_mode(Mode(modeByte & 3))
        , m_tls12(m_mode <= Mode::TlsWithoutCertificate && (modeByte & 0xe0) == 0xe0)
        , m_stepped(m_mode <= Mode::TlsWithoutCertificate && (modeByte & 0x10) != 0)
    {
        m_config.allowLegacy = m_mode == Mode::PlainLegacy;
        m_config.handshakeThreads = 0;
        m_config.presenceBatch = std::chrono::milliseconds(0); // no timer between deltas
        m_config.idleTimeout = std::chrono::seconds(30);       // a few `T` reach it
        m_config.heartbeatInterval = std::chrono::seconds(10);
        if ((modeByte & 0x04) != 0)
            m_config.maxOutputBytes = 600; // a few replies in one turn: abort()
        g.nowMs = 1'000'000;
        fuzz::emptyRegistries();
        m_directory = std::make_unique<hub::Directory>(m_config, g.registry, g.hubFingerprint,
                                                       [] { return g.nowMs; });
        hub::Transport::Settings settings;
        settings.allowLegacy = m_config.allowLegacy;
        // The grace timers would fire at a time of their own: far off, so that only the
        // client's moves (and the directory's clock) decide.
        settings.closeGrace = std::chrono::hours(1);
        settings.handshakeTimeout = std::chrono::hours(1);
        settings.handshakeThreads = m_config.handshakeThreads;
        m_transport = std::make_unique<hub::Transport>(g.tls, settings, m_directory.get());
        QObject::connect(m_transport.get(), &hub::Transport::connectionFinished,
                         [this] { ++m_finished; });
    }

    void run(const std::vector<Chunk> &chunks)
    {
        connect();
        if (m_stepped) {
            m_client->startHandshake();
            pumpAndRead();
        } else if (m_mode <= Mode::TlsWithoutCertificate) {
            // The hub speaks TLS 1.3 only, with or without a client certificate.
            m_tlsUp = m_client->handshake();
            FUZZ_CHECK_MSG(m_tlsUp != m_tls12,
                           u"TLS 1.2 only: %1, handshake done: %2"_s.arg(m_tls12).arg(m_tlsUp));
        }
        for (const Chunk &chunk : chunks) {
            m_client->write(chunk.bytes, chunk.end == 'R' || !m_tlsUp);
            pumpAndRead();
            if (!act(chunk.end))
                break;
        }
        // The client is done: it says so, reads what is left, and closes.
        if (!m_tlsUp)
            m_client->dropTls(); // never finished: no TLS to close
        m_client->halfClose(true);
        pumpUntil([this] {
            m_client->read();
            return m_client->sawEnd();
        });
        check(m_client->sawEnd());
        m_client->close();
        finishAndCheck();
    }

private:
    void connect()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        FUZZ_CHECK(fd >= 0);
        FUZZ_CHECK(
            ::connect(fd, reinterpret_cast<const sockaddr *>(&g.address), sizeof g.address) == 0);
        const int accepted = ::accept4(g.listener, nullptr, nullptr, SOCK_CLOEXEC);
        FUZZ_CHECK(accepted >= 0);
        FUZZ_CHECK(::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK) == 0);
        SSL *ssl = nullptr;
        if (m_mode <= Mode::TlsWithoutCertificate) {
            ssl = SSL_new(m_tls12                                 ? g.tls12Only
                          : m_mode == Mode::TlsWithoutCertificate ? g.withoutCertificate
                                                                  : g.withCertificate);
            FUZZ_CHECK(ssl && SSL_set_fd(ssl, fd) == 1);
            SSL_set_connect_state(ssl);
        }
        m_client = std::make_unique<Client>(fd, ssl);
        m_transport->adopt(accepted);
        FUZZ_CHECK(m_transport->connectionCount() == 1);
        FUZZ_CHECK(m_directory->connectionCount() == 1);
    }

    void pumpAndRead()
    {
        for (int i = 0; i < PumpsPerChunk; ++i)
            pumpOnce();
        m_client->read();
        if (m_tlsUp)
            m_frames.feed(m_client->takeNew());
    }

    // What the byte that ended a chunk asks for; false: the input is over.
    bool act(char end)
    {
        switch (end) {
        case 'H':
        case 'F':
            m_client->halfClose(end == 'H');
            pumpAndRead();
            return true;
        case 'X':
            m_client->abortClose();
            return false;
        case 'T':
            g.nowMs += 11'000;
            m_directory->expireDeadlines();
            m_directory->sweepIdle();
            pumpAndRead();
            return true;
        case 'S':
            m_directory->shutdown(u"The hub is shutting down. Goodbye!"_s);
            pumpAndRead();
            return true;
        case 'K':
            if (m_stepped && !m_tlsUp && m_client->canWrite()) {
                m_tlsUp = m_client->handshake(); // fails if the hub gave up meanwhile
                pumpAndRead();
            }
            return true;
        default:
            return true;
        }
    }

    // What the client read, all of it; complete: it read until the hub closed.
    void check(bool complete)
    {
        if (m_mode <= Mode::TlsWithoutCertificate) {
            if (m_tlsUp)
                m_frames.feed(m_client->takeNew());
            if (complete && !m_client->tlsFailed())
                m_frames.finish();
            FUZZ_CHECK_MSG(!m_client->tlsFailed() || m_client->brokeTls() || m_tls12,
                           u"the client's TLS session failed: "_s + m_client->tlsError());
        } else {
            checkPlainAnswer(m_client->received(), m_client->firstByte(),
                             m_mode == Mode::PlainLegacy, complete);
        }
    }

    // The client has closed: the hub must finish the connection, once, without timers.
    void finishAndCheck()
    {
        const bool finished = pumpUntil([this] {
            return m_transport->connectionCount() == 0 && m_directory->connectionCount() == 0;
        });
        FUZZ_CHECK_MSG(finished, u"the hub never finished the connection: transport %1, "
                                 "directory %2"_s.arg(m_transport->connectionCount())
                                     .arg(m_directory->connectionCount()));
        FUZZ_CHECK_MSG(m_finished == 1, u"reported finished %1 times"_s.arg(m_finished));
        FUZZ_CHECK(m_directory->userCount() == 0 && m_directory->pendingCount() == 0);
        m_transport.reset();
        m_directory.reset();
        pumpOnce(); // what was deleted later
        const QStringList descriptors = openDescriptors();
        FUZZ_CHECK_MSG(g.baselineDescriptors < 0 || descriptors.size() == g.baselineDescriptors,
                       u"%1 descriptors open, %2 before: %3"_s.arg(descriptors.size())
                           .arg(g.baselineDescriptors)
                           .arg(descriptors.join(u' ')));
    }

    Mode m_mode;
    bool m_tls12;
    bool m_stepped;       // the handshake stops after the ClientHello until a K
    bool m_tlsUp = false; // the client's handshake is done: chunks go through TLS
    hub::HubConfig m_config;
    std::unique_ptr<hub::Directory> m_directory;
    std::unique_ptr<hub::Transport> m_transport;
    std::unique_ptr<Client> m_client;
    FrameChecker m_frames{m_mode == Mode::Tls && !m_tls12};
    int m_finished = 0;
};

void runInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return;
    Session session(data[0]);
    session.run(splitChunks(data + 1, size - 1));
}

void setUp()
{
    const auto hubIdentity = Identity::generate(u"fuzz hub"_s);
    const auto clientIdentity = Identity::generate(u"fuzz client"_s);
    if (!hubIdentity || !clientIdentity)
        setupFailed("Identity::generate", u"failed"_s);
    auto tls = hub::ServerTlsContext::create(*hubIdentity);
    if (!tls)
        setupFailed("ServerTlsContext::create", tls.error());
    g.tls = *tls;
    g.hubFingerprint = hubIdentity->fingerprint();
    g.clientFingerprint = clientIdentity->fingerprint();
    g.withCertificate = clientContext(&*clientIdentity, TLS1_3_VERSION);
    g.withoutCertificate = clientContext(nullptr, TLS1_3_VERSION);
    g.tls12Only = clientContext(&*clientIdentity, TLS1_2_VERSION);

    const QDateTime epoch(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    // Never destroyed: at exit QtSql's own globals may already be gone.
    g.registry =
        new hub::Registry(hub::Registry::Limits{}, [epoch] { return epoch.addMSecs(g.nowMs); });
    if (const Status opened = g.registry->open(u":memory:"_s); !opened)
        setupFailed("Registry::open", opened.error());

    g.listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    g.address.sin_family = AF_INET;
    g.address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only
    socklen_t length = sizeof g.address;
    if (g.listener < 0 ||
        ::bind(g.listener, reinterpret_cast<sockaddr *>(&g.address), sizeof g.address) != 0 ||
        ::listen(g.listener, 16) != 0 ||
        ::getsockname(g.listener, reinterpret_cast<sockaddr *>(&g.address), &length) != 0)
        setupFailed("listen on 127.0.0.1", QString::fromLocal8Bit(strerror(errno)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::application();
    setUp();
    // Warm-up, one input of each mode: whatever stays open after them (Qt's and OpenSSL's
    // lazily opened descriptors) is the baseline every later input is held to.
    static constexpr std::string_view warmUp[] = {
        "\x00{\"name\":\"alice\",\"port\":9090,\"protocol\":1,\"type\":\"hello\"}\n\\|"sv,
        "\x01{\"type\":\"ping\"}\n"sv,
        "\x02"
        "alice\\|LIST\\|EXIT"sv,
        "\x03hello"sv};
    for (const std::string_view input : warmUp)
        runInput(reinterpret_cast<const std::uint8_t *>(input.data()), input.size());
    g.baselineDescriptors = int(openDescriptors().size());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    runInput(data, size);
    return 0;
}
