// SPDX-License-Identifier: GPL-3.0-or-later
// chatbuddy-bench-mailbox: the users and their keys, realistic message texts, sealing on
// several threads, and what opening an envelope costs a client (verify + decrypt).

#include "mailboxbench.h"

#include "benchsupport.h"
#ifdef CHATBUDDY_BENCH_PROFILES
#include "profile.h"
#endif

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench {

namespace {

// sealedmail.cpp's HPKE info string, for timing the decryption alone (checked: it must open).
const QByteArray HpkeInfo = "ChatBuddy mailbox v1"_ba;

const QStringList Words = {
    u"the"_s,    u"I"_s,       u"you"_s,     u"and"_s,   u"to"_s,       u"a"_s,       u"is"_s,
    u"it"_s,     u"that"_s,    u"we"_s,      u"for"_s,   u"on"_s,       u"meeting"_s, u"tomorrow"_s,
    u"coffee"_s, u"later"_s,   u"thanks!"_s, u"ok,"_s,   u"can"_s,      u"call"_s,    u"me"_s,
    u"when"_s,   u"you're"_s,  u"back"_s,    u"the"_s,   u"report"_s,   u"is"_s,      u"almost"_s,
    u"done."_s,  u"see"_s,     u"café"_s,    u"at"_s,    u"noon?"_s,    u"👍"_s,       u"sounds"_s,
    u"good"_s,   u"did"_s,     u"you"_s,     u"get"_s,   u"my"_s,       u"message"_s, u"about"_s,
    u"train"_s,  u"delayed"_s, u"again,"_s,  u"sorry"_s, u"project"_s,  u"update:"_s, u"the"_s,
    u"build"_s,  u"passes"_s,  u"now"_s,     u"naïve"_s, u"question"_s,
};

double microseconds(const std::vector<qint64> &sortedNs, double p)
{
    return percentileMs(sortedNs, p) * 1000.0;
}

void addTimes(Figures *figures, const QString &what, std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    qint64 total = 0;
    for (qint64 n : ns)
        total += n;
    figures->add(what + u": total"_s, double(total) / 1e6, u"ms"_s);
    figures->add(what + u": p50 per envelope"_s, microseconds(ns, 0.50), u"µs"_s, 1);
    figures->add(what + u": p99 per envelope"_s, microseconds(ns, 0.99), u"µs"_s, 1);
}

} // namespace

namespace {
bool makeKeys(BenchUser *user, const QString &profilesDir, QString *error)
{
    if (!profilesDir.isEmpty()) {
#ifndef CHATBUDDY_BENCH_PROFILES
        *error = u"--profiles needs a build with the desktop client"_s;
        return false;
#else
        auto profile = client::Profile::openAt(QDir(profilesDir).filePath(user->name), user->name);
        if (!profile) {
            *error = u"cannot make the profile of %1: %2"_s.arg(user->name, profile.error());
            return false;
        }
        user->identity = (*profile)->identity();
        user->mailboxKey = (*profile)->mailboxKey();
        return true;
#endif
    }
    auto identity = Identity::generate(user->name);
    auto key = hpke::generateKeyPair();
    if (!identity || !key) {
        *error = u"cannot make the keys of %1: %2"_s.arg(user->name,
                                                         identity ? key.error() : identity.error());
        return false;
    }
    user->identity = *identity;
    user->mailboxKey = *key;
    return true;
}
} // namespace

bool makeUsers(const QString &prefix, int count, std::vector<BenchUser> *users, QString *error,
               const QString &profilesDir)
{
    users->reserve(users->size() + size_t(count));
    for (int i = 1; i <= count; ++i) {
        BenchUser user;
        user.name = prefix + u"%1"_s.arg(i, 5, 10, QChar(u'0'));
        if (!makeKeys(&user, profilesDir, error))
            return false;
        user.tls = clientTlsConfiguration(user.identity);
        auto publish = sealed::certifyMailboxKey(user.identity, user.mailboxKey.publicKey);
        if (!publish) {
            *error = u"cannot certify the mailbox key of %1: %2"_s.arg(user.name, publish.error());
            return false;
        }
        user.publish = *publish;
        users->push_back(std::move(user));
    }
    return true;
}

QString messageText(qint64 index, int longShare)
{
    QRandomGenerator rng(quint32(index * 2654435761LL + 12345));
    const bool isLong = int(rng.bounded(100)) < longShare;
    const int target = isLong ? 1000 + int(rng.bounded(1001)) : 100 + int(rng.bounded(101));
    QString text;
    text.reserve(target + 16);
    while (text.size() < target) {
        if (!text.isEmpty())
            text += u' ';
        text += Words[qsizetype(rng.bounded(quint32(Words.size())))];
    }
    text.truncate(target);
    if (text.back().isHighSurrogate())
        text.chop(1); // never half an emoji: it would not survive UTF-8
    return text.trimmed();
}

SealedBatch sealBatch(const std::vector<SealJob> &jobs, const std::vector<BenchUser> &senders,
                      const std::vector<BenchUser> &recipients, int threads, int longShare,
                      bool asFrames)
{
    SealedBatch batch;
    if (asFrames)
        batch.frames.resize(jobs.size());
    else
        batch.envelopes.resize(jobs.size());
    threads = std::max(1, std::min(threads, int(senders.size())));
    struct Share {
        qint64 bodyBytes = 0;
        qint64 ns = 0;
        QString error;
    };
    std::vector<Share> shares(static_cast<size_t>(threads));
    const auto work = [&](int thread) {
        Share &share = shares[size_t(thread)];
        QElapsedTimer timer;
        timer.start();
        for (size_t i = 0; i < jobs.size(); ++i) {
            const SealJob &job = jobs[i];
            if (job.sender % threads != thread)
                continue; // another thread's sender: one identity is never used by two
            const BenchUser &from = senders[size_t(job.sender)];
            sealed::Letter letter;
            letter.text = messageText(job.index, longShare);
            auto envelope = sealed::seal(from.identity, from.name,
                                         recipients[size_t(job.recipient)].recipient(),
                                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                                         QDateTime::currentDateTimeUtc(), letter);
            if (!envelope) {
                share.error =
                    u"cannot seal an envelope from %1: %2"_s.arg(from.name, envelope.error());
                return;
            }
            share.bodyBytes +=
                QJsonDocument(envelope->toJson()).toJson(QJsonDocument::Compact).size();
            if (asFrames)
                batch.frames[i] = encodeFrame(Deposit{*envelope}.toJson());
            else
                batch.envelopes[i] = std::move(envelope).value();
        }
        share.ns = timer.nsecsElapsed();
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (std::thread &thread : pool)
        thread.join();
    for (const Share &share : shares) {
        batch.bodyBytes += share.bodyBytes;
        batch.threadNs += share.ns;
        if (batch.error.isEmpty())
            batch.error = share.error;
    }
    return batch;
}

bool measureOpening(int count, const std::vector<BenchUser> &senders, int longShare,
                    Figures *figures, QString *error)
{
    std::vector<BenchUser> readers;
    if (!makeUsers(u"reader"_s, 1, &readers, error))
        return false;
    const BenchUser &reader = readers.front();
    std::vector<SealJob> jobs;
    for (int i = 0; i < count; ++i)
        jobs.push_back({i % int(senders.size()), 0, 10'000'000 + i});
    SealedBatch batch = sealBatch(jobs, senders, readers, 1, longShare, false);
    if (!batch.error.isEmpty()) {
        *error = batch.error;
        return false;
    }
    // What a client receives is JSON: parse each as it would.
    std::vector<Envelope> envelopes;
    std::vector<qint64> parseNs, verifyNs, decryptNs, openNs;
    QElapsedTimer timer;
    for (const Envelope &sent : batch.envelopes) {
        const QJsonObject json = sent.toJson();
        timer.start();
        auto parsed = Envelope::fromJson(json);
        parseNs.push_back(timer.nsecsElapsed());
        if (!parsed || *parsed != sent) {
            *error = u"an envelope does not survive its JSON"_s;
            return false;
        }
        envelopes.push_back(std::move(*parsed));
    }
    // Warm-up (OpenSSL's first use of each algorithm), not timed.
    (void)sealed::open(envelopes.front(), reader.name, reader.identity.fingerprint(),
                       reader.mailboxKey);
    for (const Envelope &e : envelopes) {
        timer.start();
        const bool good = sealed::verify(e.fromIdentity, sealed::signedBytes(e), e.signature);
        verifyNs.push_back(timer.nsecsElapsed());
        if (!good) {
            *error = u"an envelope's signature does not verify"_s;
            return false;
        }
    }
    for (const Envelope &e : envelopes) {
        timer.start();
        const auto plain =
            hpke::open(e.enc, e.ciphertext, reader.mailboxKey, HpkeInfo, sealed::associatedData(e));
        decryptNs.push_back(timer.nsecsElapsed());
        if (!plain) {
            *error = u"an envelope does not decrypt alone: %1"_s.arg(plain.error());
            return false;
        }
    }
    for (size_t i = 0; i < envelopes.size(); ++i) {
        timer.start();
        const auto letter = sealed::open(envelopes[i], reader.name, reader.identity.fingerprint(),
                                         reader.mailboxKey);
        openNs.push_back(timer.nsecsElapsed());
        if (!letter || letter->text != messageText(jobs[i].index, longShare)) {
            *error = u"envelope %1 does not open to its text: %2"_s.arg(i).arg(
                letter ? u"another text"_s : letter.error().message);
            return false;
        }
    }
    // Sealing's two costly steps apart: the signature (sealed::sign() reads the key's PEM
    // each time) and the HPKE encryption of a padded letter.
    std::vector<qint64> signNs, encryptNs;
    const QByteArray padded(sealed::LetterPadding, 'x');
    for (size_t i = 0; i < envelopes.size(); ++i) {
        const Envelope &e = envelopes[i];
        const QByteArray bytes = sealed::signedBytes(e);
        timer.start();
        const auto signature =
            sealed::sign(senders[size_t(jobs[i].sender)].identity.privateKey(), bytes);
        signNs.push_back(timer.nsecsElapsed());
        const QByteArray aad = sealed::associatedData(e);
        timer.start();
        const auto encrypted = hpke::seal(reader.mailboxKey.publicKey, HpkeInfo, aad, padded);
        encryptNs.push_back(timer.nsecsElapsed());
        if (!signature || !encrypted) {
            *error = u"cannot sign or encrypt alone"_s;
            return false;
        }
    }
    std::sort(signNs.begin(), signNs.end());
    std::sort(encryptNs.begin(), encryptNs.end());
    figures->add(u"seal (client, one thread): per envelope"_s, double(batch.threadNs) / 1e3 / count,
                 u"µs"_s, 1);
    figures->add(u"seal: sign only, p50"_s, microseconds(signNs, 0.5), u"µs"_s, 1);
    figures->add(u"seal: encrypt only, p50"_s, microseconds(encryptNs, 0.5), u"µs"_s, 1);
    const QString what = u"open %1 envelopes"_s.arg(count);
    addTimes(figures, what + u", parse JSON"_s, parseNs);
    addTimes(figures, what + u", verify only"_s, verifyNs);
    addTimes(figures, what + u", decrypt only"_s, decryptNs);
    addTimes(figures, what + u", sealed::open"_s, openNs);
    figures->add(what + u": envelopes per second"_s,
                 count / (double(std::accumulate(openNs.begin(), openNs.end(), qint64(0))) / 1e9),
                 u"/s"_s, 0);
    return true;
}

} // namespace chatbuddy::bench
