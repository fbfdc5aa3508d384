// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchfigures.h"

#include "benchsupport.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench {

void Figures::add(const QString &label, double value, const QString &unit, int decimals)
{
    auto [it, added] = m_figures.try_emplace(label);
    if (added) {
        m_order.push_back(label);
        it->second.unit = unit;
        it->second.decimals = decimals;
    }
    it->second.values.push_back(value);
}

void Figures::print() const
{
    qsizetype width = 0;
    for (const QString &label : m_order)
        width = std::max(width, label.size());
    for (const QString &label : m_order) {
        const Figure &f = m_figures.at(label);
        std::vector<double> v = f.values;
        std::sort(v.begin(), v.end());
        const size_t n = v.size();
        const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        QString line =
            u"%1  %2 %3"_s.arg(label.leftJustified(width), fixed(median, f.decimals), f.unit);
        if (n > 1)
            line += u"  (median of %1; min %2, max %3)"_s.arg(n).arg(fixed(v.front(), f.decimals),
                                                                     fixed(v.back(), f.decimals));
        say(line);
    }
}

std::optional<double> Figures::maximum(const QString &label) const
{
    const auto it = m_figures.find(label);
    if (it == m_figures.end() || it->second.values.empty())
        return std::nullopt;
    return *std::max_element(it->second.values.begin(), it->second.values.end());
}

QString loadAverageText()
{
    QFile load(u"/proc/loadavg"_s);
    return load.open(QIODevice::ReadOnly) ? QString::fromLatin1(load.readAll().trimmed())
                                          : u"unknown"_s;
}

} // namespace chatbuddy::bench
