// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// chatbuddy-bench-mailbox: one run against a real chatbuddy-hub on 127.0.0.1. The recipients
// register and publish their mailbox keys, then go offline (mailboxrun.cpp); the senders
// deposit sealed envelopes for them, sealed in batches on every core and pipelined on one
// connection per sender (mailboxfill.cpp); then each sampled recipient logs in, fetches 100
// and acknowledges them (mailboxfetch.cpp). One thread, one event loop: every wait is
// event-driven and bounded.

#include "benchsupport.h"
#include "mailboxbench.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>
#include <vector>

namespace chatbuddy::bench {

class MailboxRun : public QObject {
public:
    // Figures are added to *figures; the references must outlive the run.
    MailboxRun(const MailboxOptions &o, const std::vector<BenchUser> &recipients,
               const std::vector<BenchUser> &senders, Figures *figures);
    bool run(QString *error);

private:
    // A figure of this run, also printed at once.
    void figure(const QString &label, double value, const QString &unit, int decimals = 2);
    void percentiles(const QString &label, std::vector<qint64> ns, bool withMax = false);

    bool startHub();
    bool registerRecipients();
    void launchRegistrations();
    int senderOf(qint64 k) const;
    bool fill();
    void pump(int sender);
    void answered(int sender);
    bool measureStore();
    bool fetchAll();
    bool fetchOne(const BenchUser &user, bool check);
    bool openFetched(const BenchUser &user, const QList<QJsonObject> &frames);
    bool finish();

    bool memory(const QString &label);
    MailClient *newClient(const BenchUser &user);
    // EventWait::waitUntil() and fail() on m_events.
    bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
                   const QString &what)
    {
        return m_events.waitUntil(done, timeout, what);
    }
    bool fail(const QString &reason) { return m_events.fail(reason); }

    const MailboxOptions &m_o;
    const std::vector<BenchUser> &m_recipients;
    const std::vector<BenchUser> &m_senders;
    Figures *m_figures;
    QElapsedTimer m_clock;
    EventWait m_events;
    HubProcess m_hub;
    QString m_dataDir;
    qint64 m_disconnects = 0; // "User ... has disconnected." in the hub's log
    int m_hubWarnings = 0;
    int m_perSenderQuota = 0;

    int m_launched = 0, m_inFlight = 0, m_registered = 0, m_sendersUp = 0;
    std::vector<MailClient *> m_senderClients;
    std::vector<std::deque<QByteArray>> m_queues; // deposit frames not yet sent, per sender
    std::vector<int> m_inFlightPerSender;
    qint64 m_answered = 0;
    qint64 m_refusals = 0;
    QString m_firstRefusal;
    qint64 m_stored = 0, m_bodyBytes = 0, m_filledDatabase = 0;

    std::vector<qint64> m_loginNs, m_fetchNs, m_loginFetchNs, m_ackNs;
    qint64 m_firstFetchEnvelopes = 0, m_acked = 0;
};

} // namespace chatbuddy::bench
