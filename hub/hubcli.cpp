// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubcli.h"

#include "database.h"
#include "hublog.h"
#include "hubserver.h"
#include "registry.h"
#include "safetext.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <sys/resource.h>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace chatbuddy::hub {

long raiseFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return long(limit.rlim_cur);
}

namespace {

QtMessageHandler previousHandler = nullptr;

// The last line of defence against forged log lines: whatever a message quotes from the
// network, no control character reaches the terminal or the journal.
void escapingMessageHandler(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    const QString safe = escapeControls(message);
    if (previousHandler)
        previousHandler(type, context, safe);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, safe)));
}

void complain(const QString &message)
{
    std::fprintf(stderr, "chatbuddy-hub: %s\n", qUtf8Printable(message));
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int min,
                             int max)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        complain(u"--%1 must be a whole number from %2 to %3, not \"%4\""_s.arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

std::optional<std::chrono::milliseconds> secondsOption(const QCommandLineParser &parser,
                                                       const QString &name, double min, double max)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < min || value > max) {
        complain(u"--%1 must be a number of seconds from %2 to %3, not \"%4\""_s.arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name)));
        return std::nullopt;
    }
    return std::chrono::milliseconds(qRound64(value * 1000));
}

void addOptions(QCommandLineParser &parser)
{
    const HubConfig defaults;
    parser.addOptions({
        {u"port"_s, u"TCP port to listen on (0: any free port)."_s, u"port"_s,
         QString::number(defaults.port)},
        {u"bind"_s, u"Address to listen on (default: all)."_s, u"address"_s},
        {u"max-users"_s, u"Most users online at once."_s, u"count"_s,
         QString::number(defaults.maxUsers)},
        {u"max-per-address"_s, u"Most connections from one address (0: no limit)."_s, u"count"_s,
         QString::number(defaults.maxConnectionsPerAddress)},
        {u"max-pending"_s,
         u"Most connections waiting to register, all addresses together; beyond it the "
         "oldest from the busiest address is closed."_s,
         u"count"_s, QString::number(defaults.maxPendingConnections)},
        {u"max-pending-per-address"_s,
         u"Most connections waiting to register from one address (0: no limit)."_s, u"count"_s,
         QString::number(defaults.maxPendingPerAddress)},
        {u"handshake-timeout"_s, u"Seconds a new connection has to finish TLS."_s, u"seconds"_s,
         QString::number(defaults.handshakeTimeout.count() / 1000)},
        {u"hello-timeout"_s, u"Seconds a new connection has to register."_s, u"seconds"_s,
         QString::number(defaults.helloTimeout.count() / 1000)},
        {u"max-names-per-key"_s, u"Most names one key may own (0: no limit)."_s, u"count"_s,
         QString::number(defaults.names.maxNamesPerKey)},
        {u"max-new-names-per-hour"_s,
         u"Most new names bound from one address within an hour (0: no limit)."_s, u"count"_s,
         QString::number(defaults.names.maxNewNamesPerAddressPerHour)},
        {u"name-expiry-days"_s,
         u"Days after its last login a name is released for others (0: never)."_s, u"days"_s,
         QString::number(defaults.names.expiryDays)},
        {u"idle-timeout"_s, u"Seconds of silence after which a user is dropped."_s, u"seconds"_s,
         QString::number(defaults.idleTimeout.count() / 1000)},
        {u"rate"_s, u"Requests per second one connection may sustain."_s, u"count"_s,
         QString::number(int(defaults.requestsPerSecond))},
        {u"burst"_s, u"Requests one connection may send at once."_s, u"count"_s,
         QString::number(defaults.requestBurst)},
        {u"mailbox-per-recipient"_s,
         u"Sealed envelopes that may wait for one offline user (0: no limit)."_s, u"count"_s,
         QString::number(defaults.mailbox.perRecipient)},
        {u"mailbox-per-sender"_s,
         u"Sealed envelopes one user may have waiting for others (0: no limit)."_s, u"count"_s,
         QString::number(defaults.mailbox.perSender)},
        {u"mailbox-expiry-days"_s,
         u"Days an envelope waits before it is returned to its sender as not delivered."_s,
         u"days"_s, QString::number(defaults.mailbox.expiryDays)},
        {u"no-mailbox"_s,
         u"Keep no envelopes for offline users (clients then deliver only directly)."_s},
        {u"allow-legacy"_s,
         u"Also accept the original plain-text ChatBuddy CLI (NOT encrypted) on the same "
         "port."_s},
        {u"watch-all-limit"_s,
         u"Most users online for which clients may watch the whole directory; above it they "
         "hear only of the people they watch (0: no limit)."_s,
         u"count"_s, QString::number(defaults.watchAllLimit)},
        {u"threads"_s,
         u"Threads that run TLS handshakes beside the main thread (0: none, all on the main "
         "thread; default: one per processor core)."_s,
         u"count"_s},
        {u"database"_s,
         u"Where the name registry and the sealed mailbox live: sqlite:PATH (default: "
         "registry.sqlite in the data folder) or postgresql://USER@HOST:PORT/DBNAME, a "
         "PostgreSQL database that several hubs share (see docs/deployment.md)."_s,
         u"location"_s},
        {u"cluster-heartbeat"_s,
         u"With a PostgreSQL database: seconds between this hub's heartbeats to the others."_s,
         u"seconds"_s, QString::number(defaults.clusterHeartbeat.count() / 1000.0)},
        {u"cluster-timeout"_s,
         u"With a PostgreSQL database: seconds without a heartbeat after which a hub is taken "
         "for dead and its users for offline."_s,
         u"seconds"_s, QString::number(defaults.clusterTimeout.count() / 1000.0)},
        {u"import-registry"_s,
         u"Copy the names, keys and waiting envelopes of another registry (sqlite:PATH or "
         "postgresql://...) into this hub's --database, then exit: how a single hub's names "
         "move into a new cluster."_s,
         u"location"_s},
        {u"data-dir"_s,
         u"Folder for the hub's key and name registry (default: $STATE_DIRECTORY or the "
         "user's data folder)."_s,
         u"path"_s},
        {u"announce"_s,
         u"Announce the hub on the local network so that clients find it without an address "
         "(the default)."_s},
        {u"no-announce"_s, u"Do not announce the hub; people type its address."_s},
        {u"name"_s, u"The hub's name in the clients' lists (default: this computer's name)."_s,
         u"text"_s},
        {u"discovery-port"_s, u"UDP port of hub discovery."_s, u"port"_s,
         QString::number(defaults.discoveryPort)},
        {u"announce-to"_s,
         u"Send announcements to this address only (repeatable; default: every broadcast "
         "address of this computer's networks and 127.255.255.255)."_s,
         u"address"_s},
    });
}

// The hub's settings from the parsed command line; nullopt after complaining about one.
std::optional<HubConfig> configFrom(const QCommandLineParser &parser)
{
    HubConfig config;
    const auto port = intOption(parser, u"port"_s, 0, 65535);
    const auto maxUsers = intOption(parser, u"max-users"_s, 1, 1'000'000);
    const auto perAddress = intOption(parser, u"max-per-address"_s, 0, 1'000'000);
    const auto helloTimeout = intOption(parser, u"hello-timeout"_s, 1, 3600);
    const auto maxPending = intOption(parser, u"max-pending"_s, 1, 1'000'000);
    const auto pendingPerAddress = intOption(parser, u"max-pending-per-address"_s, 0, 1'000'000);
    const auto handshakeTimeout = intOption(parser, u"handshake-timeout"_s, 1, 3600);
    const auto namesPerKey = intOption(parser, u"max-names-per-key"_s, 0, 1'000'000);
    const auto namesPerHour = intOption(parser, u"max-new-names-per-hour"_s, 0, 1'000'000);
    const auto expiryDays = intOption(parser, u"name-expiry-days"_s, 0, 100'000);
    const auto idleTimeout = intOption(parser, u"idle-timeout"_s, 3, 86400);
    const auto rate = intOption(parser, u"rate"_s, 1, 1'000'000);
    const auto burst = intOption(parser, u"burst"_s, 1, 1'000'000);
    const auto mailPerRecipient = intOption(parser, u"mailbox-per-recipient"_s, 0, 100'000'000);
    const auto mailPerSender = intOption(parser, u"mailbox-per-sender"_s, 0, 100'000'000);
    const auto mailExpiry = intOption(parser, u"mailbox-expiry-days"_s, 1, 90);
    if (!port || !maxUsers || !perAddress || !helloTimeout || !idleTimeout || !rate || !burst ||
        !maxPending || !pendingPerAddress || !handshakeTimeout || !namesPerKey || !namesPerHour ||
        !expiryDays || !mailPerRecipient || !mailPerSender || !mailExpiry)
        return std::nullopt;
    config.mailbox.enabled = !parser.isSet(u"no-mailbox"_s);
    config.mailbox.perRecipient = *mailPerRecipient;
    config.mailbox.perSender = *mailPerSender;
    config.mailbox.expiryDays = *mailExpiry;
    config.idleTimeout = std::chrono::seconds(*idleTimeout);
    config.requestsPerSecond = *rate;
    config.requestBurst = *burst;
    config.port = quint16(*port);
    config.maxUsers = *maxUsers;
    config.maxConnectionsPerAddress = *perAddress;
    config.maxPendingConnections = *maxPending;
    config.maxPendingPerAddress = *pendingPerAddress;
    config.helloTimeout = std::chrono::seconds(*helloTimeout);
    config.handshakeTimeout = std::chrono::seconds(*handshakeTimeout);
    config.names.maxNamesPerKey = *namesPerKey;
    config.names.maxNewNamesPerAddressPerHour = *namesPerHour;
    config.names.expiryDays = *expiryDays;
    if (parser.isSet(u"bind"_s)) {
        const QString text = parser.value(u"bind"_s);
        if (!config.bindAddress.setAddress(text)) {
            complain(
                u"--bind needs an IP address such as 127.0.0.1 or ::1, not \"%1\""_s.arg(text));
            return std::nullopt;
        }
    }
    config.allowLegacy = parser.isSet(u"allow-legacy"_s);
    if (parser.isSet(u"announce"_s) && parser.isSet(u"no-announce"_s)) {
        complain(u"--announce and --no-announce cannot both be given"_s);
        return std::nullopt;
    }
    config.announce = !parser.isSet(u"no-announce"_s);
    config.name = parser.value(u"name"_s);
    const auto discoveryPort = intOption(parser, u"discovery-port"_s, 1, 65535);
    if (!discoveryPort)
        return std::nullopt;
    config.discoveryPort = quint16(*discoveryPort);
    const QStringList targets = parser.values(u"announce-to"_s);
    for (const QString &text : targets) {
        QHostAddress address;
        if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv4Protocol) {
            complain(u"--announce-to needs an IPv4 address such as 192.168.1.255, not \"%1\""_s.arg(
                text));
            return std::nullopt;
        }
        config.announceTo.append(address);
    }
    const auto watchAllLimit = intOption(parser, u"watch-all-limit"_s, 0, 1'000'000);
    if (!watchAllLimit)
        return std::nullopt;
    config.watchAllLimit = *watchAllLimit;
    if (parser.isSet(u"threads"_s)) {
        const auto threads = intOption(parser, u"threads"_s, 0, 64);
        if (!threads)
            return std::nullopt;
        config.handshakeThreads = *threads;
    }
    if (parser.isSet(u"data-dir"_s))
        config.dataDir = parser.value(u"data-dir"_s);
    else if (const QString state = qEnvironmentVariable("STATE_DIRECTORY"); !state.isEmpty())
        config.dataDir = state.split(u':').first(); // systemd's StateDirectory=
    else
        config.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.dataDir = QDir(config.dataDir).absolutePath();
    const auto heartbeat = secondsOption(parser, u"cluster-heartbeat"_s, 0.05, 3600);
    const auto clusterTimeout = secondsOption(parser, u"cluster-timeout"_s, 0.2, 86400);
    if (!heartbeat || !clusterTimeout)
        return std::nullopt;
    config.clusterHeartbeat = *heartbeat;
    config.clusterTimeout = *clusterTimeout;
    if (config.clusterTimeout < 2 * config.clusterHeartbeat) {
        complain(u"--cluster-timeout must be at least twice --cluster-heartbeat"_s);
        return std::nullopt;
    }
    if (parser.isSet(u"database"_s)) {
        config.database = parser.value(u"database"_s);
        if (const auto location = DatabaseLocation::parse(config.database); !location) {
            complain(u"--database: %1"_s.arg(location.error()));
            return std::nullopt;
        }
    }

    return config;
}

// --import-registry: copies another registry into this hub's and exits (0: done).
int importRegistry(const HubConfig &config, const QString &sourceText)
{
    const auto source = DatabaseLocation::parse(sourceText);
    if (!source) {
        complain(u"--import-registry: %1"_s.arg(source.error()));
        return 2;
    }
    const auto target = config.database.isEmpty()
                            ? Result<DatabaseLocation>(DatabaseLocation::sqliteFile(
                                  QDir(config.dataDir).filePath(u"registry.sqlite"_s)))
                            : DatabaseLocation::parse(config.database);
    if (!target) {
        complain(u"--database: %1"_s.arg(target.error()));
        return 2;
    }
    if (source->displayName() == target->displayName()) {
        complain(u"--import-registry names this hub's own registry"_s);
        return 2;
    }
    if (!target->isPostgreSql() && !QDir().mkpath(config.dataDir)) {
        complain(u"cannot create the data folder %1"_s.arg(config.dataDir));
        return 1;
    }
    Registry from;
    Registry into(config.names);
    Status opened = from.open(*source);
    if (opened)
        opened = into.open(*target);
    if (!opened) {
        complain(opened.error());
        return 1;
    }
    const auto imported = into.importFrom(from);
    if (!imported) {
        complain(u"nothing imported: %1"_s.arg(imported.error()));
        return 1;
    }
    qCInfo(lcHub,
           "Imported %d name(s) and %d envelope(s) from %s into %s; %d name(s) were bound "
           "there already and kept their key.",
           imported->names, imported->envelopes, qUtf8Printable(source->displayName()),
           qUtf8Printable(target->displayName()), imported->namesKept);
    return 0;
}

} // namespace

int runHub(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(u"ChatBuddy"_s);
    QCoreApplication::setApplicationName(u"chatbuddy-hub"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(CHATBUDDY_VERSION));
    qSetMessagePattern(u"%{time yyyy-MM-dd hh:mm:ss} %{if-warning}warning: %{endif}"
                       "%{if-critical}error: %{endif}%{message}"_s);
    previousHandler = qInstallMessageHandler(escapingMessageHandler);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"ChatBuddy hub: the directory of who is online. Clients register a name and chat "
        "port over TLS, list each other and chat directly; the hub never sees messages."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    addOptions(parser);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        complain(
            u"unexpected argument \"%1\"; see --help"_s.arg(parser.positionalArguments().first()));
        return 2;
    }
    const std::optional<HubConfig> parsed = configFrom(parser);
    if (!parsed)
        return 2;
    const HubConfig &config = *parsed;
    if (parser.isSet(u"import-registry"_s))
        return importRegistry(config, parser.value(u"import-registry"_s));

    const long files = raiseFileLimit();
    // Before the hub starts: a signal during start-up is honoured, and everything the hub
    // keeps open is open by the time it says it is running.
    SignalWatcher signals;
    HubServer hub(config);
    if (const Status started = hub.start(); !started) {
        complain(started.error());
        return 1;
    }
    qCInfo(lcHub, "Data folder: %s (open-files limit %ld)", qUtf8Printable(config.dataDir), files);

    int received = 0;
    QObject::connect(
        &signals, &SignalWatcher::terminationRequested, &app, [&hub, &received](int signalNumber) {
            if (++received > 1) {
                qCWarning(lcHub, "Second signal: stopping now.");
                QCoreApplication::exit(0);
                return;
            }
            qCInfo(lcHub, "Received %s.", signalNumber == SIGINT ? "SIGINT (Ctrl+C)" : "SIGTERM");
            hub.shutdown();
        });
    QObject::connect(&hub, &HubServer::stopped, &app, [] { QCoreApplication::exit(0); });
    return app.exec();
}

} // namespace chatbuddy::hub
