// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Figures of benchmarks that run several times: each figure keeps one value per run and is
// printed as the median with the range, so that a reader sees the spread and not one lucky run;
// and the machine's load while they ran.

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace chatbuddy::bench {

// The figures of the runs, in the order they were first added; each holds one value per run.
class Figures {
public:
    void add(const QString &label, double value, const QString &unit, int decimals = 2);
    // "label  median unit  (median of N; min A, max B)", one line per figure.
    void print() const;
    bool isEmpty() const { return m_order.empty(); }
    // The largest value of a figure over the runs; nullopt if it has none.
    std::optional<double> maximum(const QString &label) const;

private:
    struct Figure {
        QString unit;
        int decimals = 2;
        std::vector<double> values;
    };
    std::vector<QString> m_order;
    std::map<QString, Figure> m_figures;
};

// /proc/loadavg ("1.39 2.15 2.07 3/312 4242"), or "unknown": other work on the machine skews
// the figures, so benchmarks print it with them.
QString loadAverageText();

} // namespace chatbuddy::bench
