// SPDX-License-Identifier: GPL-3.0-or-later
#include "filemessages.h"

#include "messagereader.h"

using namespace Qt::StringLiterals;

namespace chatbuddy {

using namespace wire;

namespace {
// file-decline and file-cancel carry the same fields: the id, a reason, an optional message.
template<typename T> QJsonObject refusalJson(const T &f)
{
    QJsonObject o = typed<T>();
    o.insert("id"_L1, f.id);
    o.insert("reason"_L1, f.reason);
    if (!f.message.isEmpty())
        o.insert("message"_L1, f.message);
    return o;
}

template<typename T> std::optional<T> refusalFromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    T f;
    f.id = r.nonEmpty("id"_L1, MaxTransferId);
    f.reason = r.nonEmpty("reason"_L1, 64);
    f.message = r.string("message"_L1, false, 1024);
    return finish(r, f);
}

// file-done and file-link carry the transfer id alone.
template<typename T> QJsonObject idJson(const T &f)
{
    QJsonObject o = typed<T>();
    o.insert("id"_L1, f.id);
    return o;
}

template<typename T> std::optional<T> idFromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    T f;
    f.id = r.nonEmpty("id"_L1, MaxTransferId);
    return finish(r, f);
}
} // namespace

QJsonObject FileOffer::toJson() const
{
    QJsonObject o = typed<FileOffer>();
    o.insert("id"_L1, id);
    o.insert("name"_L1, name);
    o.insert("size"_L1, double(size));
    return o;
}

std::optional<FileOffer> FileOffer::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    FileOffer f;
    f.id = r.nonEmpty("id"_L1, MaxTransferId);
    f.name = r.nonEmpty("name"_L1, MaxFileNameLength);
    f.size = r.integer("size"_L1, true, 0, MaxFileSize).value_or(0);
    return finish(r, f);
}

QJsonObject FileAccept::toJson() const
{
    QJsonObject o = typed<FileAccept>();
    o.insert("id"_L1, id);
    o.insert("offset"_L1, double(offset));
    return o;
}

std::optional<FileAccept> FileAccept::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    FileAccept f;
    f.id = r.nonEmpty("id"_L1, MaxTransferId);
    f.offset = r.integer("offset"_L1, false, 0, MaxFileSize).value_or(0);
    return finish(r, f);
}

QJsonObject FileDecline::toJson() const
{
    return refusalJson(*this);
}

std::optional<FileDecline> FileDecline::fromJson(const QJsonObject &o, ProtocolError *error)
{
    return refusalFromJson<FileDecline>(o, error);
}

QJsonObject FileCancel::toJson() const
{
    return refusalJson(*this);
}

std::optional<FileCancel> FileCancel::fromJson(const QJsonObject &o, ProtocolError *error)
{
    return refusalFromJson<FileCancel>(o, error);
}

QJsonObject FileDone::toJson() const
{
    return idJson(*this);
}

std::optional<FileDone> FileDone::fromJson(const QJsonObject &o, ProtocolError *error)
{
    return idFromJson<FileDone>(o, error);
}

QJsonObject FileLink::toJson() const
{
    return idJson(*this);
}

std::optional<FileLink> FileLink::fromJson(const QJsonObject &o, ProtocolError *error)
{
    return idFromJson<FileLink>(o, error);
}

} // namespace chatbuddy
