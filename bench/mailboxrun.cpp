// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-mailbox: a run against a real hub (mailboxrun.h): starting it, registering the
// recipients, the hub's memory and disk, stopping it.

#include "mailboxrun.h"

#include "messages.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

MailboxRun::MailboxRun(const MailboxOptions &o, const std::vector<BenchUser> &recipients,
                       const std::vector<BenchUser> &senders, Figures *figures)
    : m_o(o)
    , m_recipients(recipients)
    , m_senders(senders)
    , m_figures(figures)
{
    m_clock.start();
    connect(&m_hub, &HubProcess::exitedUnexpectedly, this,
            [this](const QString &description) { fail(description); });
    connect(&m_hub, &HubProcess::changed, &m_events, &EventWait::notify);
    m_hub.setLineHandler([this](const QString &line) {
        if (line.contains(" has disconnected."_L1)) {
            ++m_disconnects;
            m_events.notify();
        } else if (isHubWarning(line) && ++m_hubWarnings <= 5) {
            say(u"  hub: %1"_s.arg(line));
        }
    });
}

bool MailboxRun::run(QString *error)
{
    const bool ok =
        startHub() && registerRecipients() && fill() && measureStore() && fetchAll() && finish();
    m_events.stop();
    m_hub.stop();
    if (!ok)
        *error = m_events.failure();
    return ok;
}

// Figures of this run, also printed as they come.
void MailboxRun::figure(const QString &label, double value, const QString &unit, int decimals)
{
    say(u"  %1: %2 %3"_s.arg(label, fixed(value, decimals), unit));
    m_figures->add(label, value, unit, decimals);
}

void MailboxRun::percentiles(const QString &label, std::vector<qint64> ns, bool withMax)
{
    std::sort(ns.begin(), ns.end());
    figure(label + u" p50"_s, percentileMs(ns, 0.50), u"ms"_s, 3);
    figure(label + u" p90"_s, percentileMs(ns, 0.90), u"ms"_s, 3);
    figure(label + u" p99"_s, percentileMs(ns, 0.99), u"ms"_s, 3);
    if (withMax)
        figure(label + u" max"_s, percentileMs(ns, 1.0), u"ms"_s, 3);
}

bool MailboxRun::startHub()
{
    const int n = m_o.users;
    const int s = m_o.senders;
    // Quotas as high as this load needs, never below the hub's defaults (1,000 each): the
    // hub counts against them on every deposit, as in real use.
    std::vector<int> perSender(size_t(s), 0);
    for (qint64 k = 0; k < qint64(n) * m_o.perUser; ++k)
        ++perSender[size_t(senderOf(k))];
    m_perSenderQuota = std::max(1000, *std::max_element(perSender.begin(), perSender.end()));
    QStringList arguments{u"--port"_s,      u"0"_s,
                          u"--bind"_s,      u"127.0.0.1"_s,
                          u"--max-users"_s, QString::number(n + s + m_o.concurrency + 64),
                          u"--rate"_s,      u"1000000"_s,
                          u"--burst"_s,     u"1000000"_s};
    const QSet<QString> known = HubProcess::knownOptions(m_o.hubPath);
    if (!known.isEmpty() && !known.contains(u"mailbox-per-recipient"_s))
        return fail(u"%1 has no mailbox (no --mailbox-per-recipient)"_s.arg(m_o.hubPath));
    arguments += HubProcess::argumentsIfKnown(
        known, {{u"max-per-address"_s, u"0"_s},
                {u"max-pending"_s, QString::number(std::max(256, s + m_o.concurrency + 16))},
                {u"max-pending-per-address"_s, u"0"_s},
                {u"max-names-per-key"_s, u"0"_s},
                {u"max-new-names-per-hour"_s, u"0"_s},
                {u"mailbox-per-recipient"_s, QString::number(std::max(1000, m_o.perUser))},
                {u"mailbox-per-sender"_s, QString::number(m_perSenderQuota)}});
    QString error;
    if (!m_hub.start(m_o.hubPath, arguments, 20s, &error))
        return fail(error);
    m_dataDir = dataDirOf(m_hub.pid());
    if (m_dataDir.isEmpty())
        return fail(u"cannot find the hub's --data-dir in /proc/%1/cmdline"_s.arg(m_hub.pid()));
    say(u"hub running: pid %1, port %2, data in %3"_s.arg(m_hub.pid())
            .arg(m_hub.port())
            .arg(m_dataDir));
    return memory(u"hub RSS at start"_s);
}

bool MailboxRun::registerRecipients()
{
    say(u"registering %1 recipients (hello, publish-key), %2 at a time..."_s.arg(m_o.users).arg(
        m_o.concurrency));
    const qint64 disconnects = m_disconnects;
    const qint64 started = m_clock.nsecsElapsed();
    launchRegistrations();
    if (!waitUntil([this] { return m_registered == m_o.users; }, 60s + m_o.users * 100ms,
                   u"the recipients to register"_s) ||
        !waitUntil([&] { return m_disconnects >= disconnects + m_o.users; }, 60s,
                   u"the hub to see every recipient leave"_s))
        return false;
    const double seconds = double(m_clock.nsecsElapsed() - started) / 1e9;
    figure(u"register a recipient (TLS, hello, publish-key, leave)"_s, m_o.users / seconds,
           u"users/s"_s, 1);
    return memory(u"hub RSS after registration"_s);
}

void MailboxRun::launchRegistrations()
{
    while (m_inFlight < m_o.concurrency && m_launched < m_o.users) {
        const BenchUser &user = m_recipients[size_t(m_launched++)];
        ++m_inFlight;
        MailClient *client = newClient(user);
        connect(client, &MailClient::welcomed, this, [client, &user] {
            client->send(user.publish);
            client->send(Ping{}); // its pong: the key is stored
        });
        connect(client, &MailClient::pong, client, &MailClient::close);
        connect(client, &MailClient::closed, this, [this, client] {
            client->deleteLater();
            --m_inFlight;
            ++m_registered;
            launchRegistrations();
            m_events.notify();
        });
        client->open(m_hub.port());
    }
}

bool MailboxRun::measureStore()
{
    if (!memory(u"hub RSS after the fill"_s))
        return false;
    const DiskUse disk = diskUse(m_dataDir);
    figure(u"database after the fill: registry.sqlite"_s, mib(disk.database), u"MiB"_s);
    figure(u"database after the fill: -wal"_s, mib(disk.wal), u"MiB"_s);
    figure(u"database after the fill: per envelope (file + wal)"_s,
           double(disk.database + disk.wal) / double(m_stored), u"bytes"_s, 0);
    figure(u"database after the fill: envelope bytes / file size"_s,
           100.0 * double(m_bodyBytes) / double(std::max<qint64>(1, disk.database)), u"%"_s, 1);
    m_filledDatabase = disk.database;
    return true;
}

bool MailboxRun::finish()
{
    m_events.stop();
    m_hub.stop();
    const DiskUse disk = diskUse(m_dataDir);
    figure(u"database after the hub stopped: registry.sqlite"_s, mib(disk.database), u"MiB"_s);
    if (const auto free = freeBytes(m_dataDir))
        figure(u"database after the hub stopped: free pages"_s, mib(*free), u"MiB"_s);
    if (m_hubWarnings > 0)
        say(u"  the hub logged %1 warnings or errors"_s.arg(m_hubWarnings));
    if (!m_o.keep.isEmpty()) {
        QString error;
        if (!keepCopy(m_dataDir, m_o.keep, &error))
            return fail(error);
        say(u"  the hub's data folder is kept in %1"_s.arg(m_o.keep));
    }
    return true;
}

bool MailboxRun::memory(const QString &label)
{
    const auto rss = residentKiB(m_hub.pid());
    if (!rss)
        return fail(u"cannot read the hub's memory from /proc/%1/status"_s.arg(m_hub.pid()));
    figure(label, double(*rss) / 1024.0, u"MiB"_s);
    return true;
}

MailClient *MailboxRun::newClient(const BenchUser &user)
{
    auto *client = new MailClient(user, m_clock, this);
    connect(client, &MailClient::failed, this, [this](const QString &why) { fail(why); });
    return client;
}

bool runAgainstHub(const MailboxOptions &options, const std::vector<BenchUser> &recipients,
                   const std::vector<BenchUser> &senders, Figures *figures, QString *error)
{
    MailboxRun run(options, recipients, senders, figures);
    return run.run(error);
}

} // namespace chatbuddy::bench
