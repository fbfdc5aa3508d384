// SPDX-License-Identifier: GPL-3.0-or-later
// The measurements of chatbuddy-bench-history, each in a fresh child process (--measure): what
// they find goes to stdout as "key value" lines for the parent to gather.

#include "historybench.h"

#include "benchsupport.h"
#include "client.h"
#include "conversationmodel.h"
#include "history.h"
#include "peoplemodel.h"
#include "profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace chatbuddy::bench {

namespace {

using client::ChatLine;
using client::Client;
using client::ConversationModel;
using client::History;
using client::Profile;

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const QString &key, double value)
{
    say(key + u' ' + QString::number(value, 'g', 12));
}

double rssKiB()
{
    return double(residentKiB(QCoreApplication::applicationPid()).value_or(0));
}

std::unique_ptr<Profile> openProfile(const QString &dir)
{
    auto profile = Profile::openAt(dir, ProfileName);
    if (!profile) {
        complain(profile.error());
        return nullptr;
    }
    return std::move(profile).value();
}

} // namespace

// A child: the core started on the profile as the app starts it, then what the user does
// first: opens the biggest conversation, searches, scrolls up.
int measureStart(const QString &dir)
{
    const Meta meta = readMeta(dir).value_or(Meta{}); // none: the empty profile
    QElapsedTimer timer;
    timer.start();
    const auto profile = openProfile(dir);
    if (!profile)
        return 1;
    Client core(profile.get());
    report(u"start_ms"_s, ms(timer));
    History *history = core.history();
    if (history->state() != History::OpenState::Ready) {
        complain(u"the history did not open: %1"_s.arg(history->notice()));
        return 1;
    }
    report(u"rss_start_kib"_s, rssKiB());
    report(u"contacts"_s, double(history->contacts().size()));
    report(u"people"_s, core.people()->rowCount());
    timer.restart();
    ConversationModel model(history, meta.top); // loads the newest page
    report(u"first_page_ms"_s, ms(timer));
    report(u"first_page_rows"_s, model.rowCount());
    for (size_t i = 0; i < std::size(Queries); ++i) {
        timer.restart();
        const QList<client::SearchHit> hits =
            history->search(Queries[i].text.toString(), ConversationModel::PageSize,
                            Queries[i].inSmall ? meta.small : 0);
        report(u"search%1_ms"_s.arg(i), ms(timer));
        report(u"search%1_hits"_s.arg(i), double(hits.size()));
    }
    report(u"rss_used_kib"_s, rssKiB());
    for (int i = 0; i < OlderPages; ++i) {
        timer.restart();
        if (model.loadOlder() == 0)
            break;
        report(u"page_ms"_s, ms(timer));
    }
    report(u"rss_pages_kib"_s, rssKiB());
    return 0;
}

// A child: a chat as fast as it can go into the big history (with its conversation open),
// while a 1 ms timer watches the event loop. First one message each turn of the loop (and the
// receipts of the last turn's), then bursts of 100 every 20 ms. The writer thread does the SQL.
int measureWrites(const QString &dir, quint64 seed)
{
    const auto profile = openProfile(dir);
    if (!profile)
        return 1;
    Client core(profile.get());
    History *history = core.history();
    std::mt19937_64 rng(seed + 1);
    const qint64 peer = history->contactFor(u"bench-writer"_s, fakeFingerprint(rng)).id;
    history->save(peer);
    ConversationModel model(history, peer);
    TextMaker maker(rng);
    QStringList texts; // made beforehand: their making is no part of a turn
    for (int i = 0; i < 2 * WriteMessages; ++i)
        texts.append(maker.message());

    struct Phase {
        std::vector<qint64> append, delivery, turn, gap; // ns
        int queued = 0;
    };
    Phase phases[2];
    int phase = 0;
    int written = 0;
    std::vector<qint64> unacked;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = -1;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1ms);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick >= 0)
            phases[phase].gap.push_back(now - lastTick);
        lastTick = now;
    });
    QEventLoop loop;
    QTimer load;
    load.setInterval(0);
    QObject::connect(&load, &QTimer::timeout, &load, [&] {
        Phase &p = phases[phase];
        const qint64 turnStart = clock.nsecsElapsed();
        for (const qint64 entry : unacked) {
            const qint64 before = clock.nsecsElapsed();
            history->setDelivery(entry, ChatLine::Delivery::Delivered);
            p.delivery.push_back(clock.nsecsElapsed() - before);
        }
        unacked.clear();
        for (int i = phase == 0 ? 1 : BurstSize; i > 0; --i, ++written) {
            const bool outgoing = written % 2 == 0;
            ChatLine line;
            line.kind = outgoing ? ChatLine::Kind::Outgoing : ChatLine::Kind::Incoming;
            line.id = QString::number(written);
            line.sender = outgoing ? ProfileName : u"bench-writer"_s;
            line.text = texts[written];
            line.time = QDateTime::currentDateTime();
            line.delivery = outgoing ? ChatLine::Delivery::Sending : ChatLine::Delivery::None;
            const qint64 before = clock.nsecsElapsed();
            const qint64 entry = history->append(peer, line);
            p.append.push_back(clock.nsecsElapsed() - before);
            if (outgoing)
                unacked.push_back(entry);
        }
        p.turn.push_back(clock.nsecsElapsed() - turnStart);
        p.queued = std::max(p.queued, history->pendingWrites());
        if (phase == 0 && written == WriteMessages) {
            phase = 1;
            lastTick = -1;
            load.setInterval(BurstEvery);
        } else if (written == 2 * WriteMessages) {
            loop.quit();
        }
    });
    tick.start();
    load.start();
    loop.exec();
    load.stop();
    tick.stop();
    for (int i = 0; i < 2; ++i) {
        const QString name = i == 0 ? u"steady."_s : u"burst."_s;
        const std::pair<QString, std::vector<qint64> *> samples[] = {
            {u"append"_s, &phases[i].append},
            {u"delivery"_s, &phases[i].delivery},
            {u"turn"_s, &phases[i].turn},
            {u"gap"_s, &phases[i].gap}};
        for (const auto &[key, values] : samples) {
            std::sort(values->begin(), values->end());
            report(name + key + u"_max_ms"_s, percentileMs(*values, 1.0));
            report(name + key + u"_p99_ms"_s, percentileMs(*values, 0.99));
        }
        report(name + u"queued_max"_s, phases[i].queued);
    }
    QElapsedTimer timer;
    timer.start();
    const bool flushed = history->flush();
    report(u"flush_ms"_s, ms(timer));
    return flushed ? 0 : 1;
}

} // namespace chatbuddy::bench
