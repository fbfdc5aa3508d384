// SPDX-License-Identifier: GPL-3.0-or-later
// A transfer as the record kept in delivery.sqlite (Outbox::saveTransfer): JSON with its state
// by name, so a record written by this version reads the same in later ones.
#include "transfers.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
using State = Transfer::State;
constexpr std::array<std::pair<State, QLatin1StringView>, 8> StateNames{{
    {State::Offered, "offered"_L1},
    {State::Accepted, "accepted"_L1},
    {State::Moving, "moving"_L1},
    {State::Waiting, "waiting"_L1},
    {State::Done, "done"_L1},
    {State::Declined, "declined"_L1},
    {State::Cancelled, "cancelled"_L1},
    {State::Failed, "failed"_L1},
}};

std::optional<State> stateFromName(const QString &name)
{
    for (const auto &[state, text] : StateNames) {
        if (name == text)
            return state;
    }
    return std::nullopt;
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toMSecsSinceEpoch()) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC)
                            : QDateTime();
}
} // namespace

QString Transfers::stateName(Transfer::State state)
{
    for (const auto &[s, text] : StateNames) {
        if (s == state)
            return QString(text);
    }
    return {};
}

QJsonObject Transfers::toJson(const Transfer &t)
{
    QJsonObject o{
        {"id"_L1, t.id},
        {"direction"_L1, t.isOutgoing() ? "out"_L1 : "in"_L1},
        {"state"_L1, stateName(t.state)},
        {"name"_L1, t.name},
        {"size"_L1, double(t.size)},
        {"path"_L1, t.path},
        {"message"_L1, t.message},
        {"peer"_L1, t.peerFingerprint},
        {"peerName"_L1, t.peerName},
        {"contact"_L1, double(t.contact)},
        {"time"_L1, timeValue(t.time)},
    };
    if (t.accepted) {
        o.insert("accepted"_L1, true);
        o.insert("part"_L1, t.partPath);
    }
    if (t.modified.isValid())
        o.insert("modified"_L1, timeValue(t.modified));
    if (t.isFinished())
        o.insert("done"_L1, double(t.done));
    return o;
}

std::optional<Transfer> Transfers::fromJson(const QJsonObject &o)
{
    Transfer t;
    t.id = o.value("id"_L1).toString();
    const QString direction = o.value("direction"_L1).toString();
    const auto state = stateFromName(o.value("state"_L1).toString());
    t.size = qint64(o.value("size"_L1).toDouble(-1));
    if (t.id.isEmpty() || (direction != "out"_L1 && direction != "in"_L1) || !state || t.size < 0 ||
        t.size > MaxFileSize)
        return std::nullopt;
    t.direction =
        direction == "out"_L1 ? Transfer::Direction::Outgoing : Transfer::Direction::Incoming;
    t.state = *state;
    t.name = o.value("name"_L1).toString();
    t.path = o.value("path"_L1).toString();
    t.message = o.value("message"_L1).toString();
    t.peerFingerprint = o.value("peer"_L1).toString();
    t.peerName = o.value("peerName"_L1).toString();
    t.contact = qint64(o.value("contact"_L1).toDouble());
    t.time = timeFrom(o.value("time"_L1));
    t.modified = timeFrom(o.value("modified"_L1));
    t.accepted = o.value("accepted"_L1).toBool();
    t.partPath = o.value("part"_L1).toString();
    t.done = std::clamp(qint64(o.value("done"_L1).toDouble()), qint64(0), t.size);
    if (t.accepted && t.partPath.isEmpty() && !t.isFinished())
        t.accepted = false; // nowhere to resume into: asks again
    return t;
}

} // namespace chatbuddy::client
