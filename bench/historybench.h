// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of chatbuddy-bench-history (history.cpp runs them and prints the summary):
// historyprofile.cpp makes the big profile once (contacts, chats, realistic text), keeps what
// is known about it (bench.ini in its folder) and looks into its database (counts, query
// plans, matches, size); historymeasure.cpp holds the measurements, each run in a child process.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <chrono>
#include <optional>
#include <random>
#include <vector>

namespace chatbuddy::bench {

inline const QString ProfileName = QStringLiteral("bench");
inline constexpr int OlderPages = 200;       // older pages loaded in each start measurement
inline constexpr int WriteMessages = 10'000; // in each of the two write phases
inline constexpr int BurstSize = 100;        // the second phase writes bursts
inline constexpr std::chrono::milliseconds BurstEvery{20};

// Words placed at fixed rates (no vocabulary word starts with one), so that the search
// figures mean the same on every run and every machine.
struct Marker {
    QStringView word;
    double rate;
};
inline constexpr Marker Markers[] = {{u"coffee", 0.10}, {u"tomorrow", 0.05}, {u"zanzibar", 0.0001}};

struct Query {
    QStringView label;
    QStringView text;
    bool inSmall; // in the smallest conversation, else in all of them
};
inline constexpr Query Queries[] = {
    {u"common word (10% of messages)", u"coffee", false},
    {u"rare word (0.01%)", u"zanzibar", false},
    {u"two words (0.5%)", u"coffee tomorrow", false},
    {u"prefix as typed", u"co", false},
    {u"the most frequent word", u"the", false},
    {u"common word in the smallest conversation", u"coffee", true},
};

// What generation made, kept in bench.ini in the profile folder (written last: its presence
// means the profile is complete).
struct Meta {
    qint64 messages = 0, events = 0, contacts = 0, seed = 0;
    qint64 maxEntry = 0, maxContact = 0; // the last ids generation wrote
    qint64 top = 0, topCount = 0;        // the contact with the most messages
    qint64 small = 0, smallCount = 0;    // the one with the fewest (but some)
};

struct DbSize {
    qint64 main = 0, wal = 0, shm = 0;
    qint64 free = 0; // bytes of free pages in main
};

QString historyPath(const QString &dir);
QString count(qint64 n); // 1,000,000
QString fakeFingerprint(std::mt19937_64 &rng);

std::optional<Meta> readMeta(const QString &dir);
// Makes the profile in dir (an empty or new folder); prints its progress and time.
bool generate(const QString &dir, qint64 messages, int contacts, quint64 seed, QString *error);
// Takes out what a measurement (or an interrupted run) added after generation.
bool clean(const QString &dir, const Meta &meta);
// Prints the counts, the query plans and the matches of Queries; returns the file sizes.
DbSize describe(const QString &dir, const Meta &meta);

// The measurements, in a child process: "key value" lines on stdout, 0 on success.
// The core started on the profile in dir, its biggest conversation, searches, older pages.
int measureStart(const QString &dir);
// Messages written into the profile in dir as fast as a chat can, watching the event loop.
int measureWrites(const QString &dir, quint64 seed);

// Chat text: words of a vocabulary with Zipf frequencies (a few real chat words on top,
// made-up ones below), mostly 3-25 words, sometimes one or two, now and then a long one.
class TextMaker {
public:
    explicit TextMaker(std::mt19937_64 &rng);
    QString message();

private:
    double unit() { return std::uniform_real_distribution<double>(0, 1)(m_rng); }

    std::mt19937_64 &m_rng;
    QStringList m_words;
    std::vector<double> m_cdf;
};

} // namespace chatbuddy::bench
