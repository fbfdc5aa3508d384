// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Contact lists for chatbuddy-bench-hubscale --contacts C: every session speaks
// feature::PresenceScope and watches C names of the run, picked at random from the whole crowd
// (names that register later too), so that each user is watched by about C others; each timed
// joiner's name is put into the lists of C crowd sessions. The picks are a function of the plan
// alone: every worker computes the same lists without asking the others.

#include <QByteArray>
#include <QList>
#include <QString>

#include <unordered_map>
#include <vector>

namespace chatbuddy::bench::hubscale {

// `part` of `total` shared out over `parts`: the first ones take the remainder.
int shareOf(int total, int parts, int part);

// The name of the j-th timed joiner (the join phase).
QByteArray joinerName(int j);

class ContactPlan {
public:
    ContactPlan() = default;
    // contacts: K (0: sessions send no scoped `watch`); sessions: N, the crowd, which worker k
    // of `workers` holds as shareOf(N, P, k) sessions named w<k>n<i>; joins: J timed joiners.
    ContactPlan(int contacts, int sessions, int workers, int joins);

    int contacts() const { return m_contacts; }
    int sessions() const { return m_sessions; }
    // The first crowd index g that worker k holds (its session i is g + i).
    int firstOf(int worker) const;
    QByteArray crowdName(int g) const;
    // The names that session `id` watches: a crowd session's g (0 … N-1), or any id ≥ N for a
    // session outside the crowd (churn). K distinct crowd names other than its own (all of
    // them if N-1 ≤ K), the last of which give way to the joiners placed into this list.
    QList<QString> contactsOf(qint64 id) const;
    // The K distinct crowd sessions (g) whose lists hold joiner j.
    std::vector<int> watchersOfJoin(int j) const;

private:
    int m_contacts = 0;
    int m_sessions = 0;
    int m_workers = 1;
    std::unordered_map<int, std::vector<int>> m_joinsOf; // g → the joiners in its list
};

} // namespace chatbuddy::bench::hubscale
