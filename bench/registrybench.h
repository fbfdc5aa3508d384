// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// chatbuddy-bench-registry: the hub's name registry (hub/registry.cpp) with 1,000,000 bound
// names. registryfill.cpp makes the database; registry.cpp measures the open, a real hub's
// start, claims and lookups; registrystart.cpp has the page cache and the hub process.

#include "benchfigures.h"
#include "benchsupport.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <vector>

namespace chatbuddy::bench {

inline constexpr double StartGoalMs = 1000;  // Registry::open and the hub's start
inline constexpr double OperationGoalMs = 1; // p99 of a claim or a lookup

struct RegistryOptions {
    qint64 names = 1'000'000;
    int samples = 10'000;
    int repeat = 5;
    quint64 seed = 1;
    QString hub;
    QString keep; // the hub's data folder goes here and stays (empty: a temporary folder)
};

// What the benchmark knows of the names it bound, to draw its samples from.
class BoundNames {
public:
    // The key a fingerprint stands for: 64 hex digits derived from the seed and its number.
    QString fingerprint(int key) const;
    // A name the registry does not hold yet, nor anything that looks like it; it is
    // remembered, so it is never drawn twice.
    QString freshName(std::mt19937_64 &random);
    // A fingerprint nobody holds yet.
    QString freshFingerprint() { return fingerprint(m_nextKey++); }

    quint64 seed = 1;
    QStringList names;       // every bound name, as claimed
    std::vector<int> keyOf;  // names[i] belongs to fingerprint(keyOf[i])
    std::vector<bool> live;  // last seen within the expiry period
    QStringList addresses;   // where the names were bound from
    qint64 expired = 0;      // bindings unused for longer than the expiry period
    qint64 published = 0;    // bindings whose key and mailbox key the owner published
    int keys = 0;            // distinct owners
    double fillSeconds = 0;  // the SQL insert, one transaction
    double totalSeconds = 0; // the whole fill: names, skeletons, insert, indexes, checkpoint

private:
    friend bool fillRegistry(const QString &, qint64, BoundNames &, QString *);
    QSet<QString> m_skeletons; // every skeleton bound or handed out by freshName()
    int m_nextKey = 0;
};

// label -> one value per run, printed as ranges over the runs, in the order first added.
class Runs {
public:
    void add(const QString &label, double value)
    {
        if (!m_values.contains(label))
            m_order.append(label);
        m_values[label].push_back(value);
    }
    std::pair<double, double> range(const QString &label) const
    {
        const std::vector<double> &v = m_values.at(label);
        const auto [min, max] = std::minmax_element(v.begin(), v.end());
        return {*min, *max};
    }
    void print() const
    {
        for (const QString &label : m_order) {
            const auto [min, max] = range(label);
            say(QStringLiteral("  %1: %2–%3 ms").arg(label, fixed(min, 3), fixed(max, 3)));
        }
    }

private:
    QStringList m_order;
    std::map<QString, std::vector<double>> m_values;
};

// Creates the registry at path (Registry::open: the current schema) and binds `count` names
// to it directly with SQL in one transaction; fills `bound`. False and *error on failure.
bool fillRegistry(const QString &path, qint64 count, BoundNames &bound, QString *error);

// ---- Claims and lookups (registrycalls.cpp) -----------------------------------------------

// Times o.samples calls of each kind on a fresh Registry (the file read into the page cache
// first) and adds their p50, p99, max and CPU p99 to runs; false if one answered wrongly.
bool measureCalls(const QString &path, BoundNames &bound, const RegistryOptions &o, int run,
                  qsizetype &addressCursor, Runs &runs);
// The kinds of calls measureCalls() times, as it labels them.
QStringList callLabels(BoundNames &bound);

// ---- Page cache and the hub process (registrystart.cpp) -----------------------------------

// Writes back and drops the file's pages from the page cache (posix_fadvise DONTNEED): the
// next read comes from the disk. Also for its -wal and -shm files, if any.
void evictFromPageCache(const QString &path);
// Reads the file (and its -wal) once, so that all of it is in the page cache.
void readIntoPageCache(const QString &path);
// The share (0..1) of the file's pages in the page cache (mincore), nullopt if unknown.
std::optional<double> residentShare(const QString &path);
// "42.0 %", or "unknown".
QString shareText(std::optional<double> share);
// Starts `hub --port 0 --bind 127.0.0.1 --no-announce --data-dir dataDir`, waits for its
// "Server is now running" line and stops it with SIGTERM: milliseconds from the start to that
// line, or nullopt (and *error).
std::optional<double> timeHubStart(const QString &hub, const QString &dataDir, QString *error);

} // namespace chatbuddy::bench
