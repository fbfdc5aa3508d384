// SPDX-License-Identifier: GPL-3.0-or-later
#include "filemessages.h"

#include "messagereader.h"

using namespace Qt::StringLiterals;

namespace chatbuddy {

using namespace wire;

namespace {
// A refusal's reason and message, as file-decline and file-cancel carry them.
void readReason(Reader &r, QString *reason, QString *message)
{
    *reason = r.nonEmpty("reason"_L1, 64);
    *message = r.string("message"_L1, false, 1024);
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
    QJsonObject o = typed<FileDecline>();
    o.insert("id"_L1, id);
    o.insert("reason"_L1, reason);
    if (!message.isEmpty())
        o.insert("message"_L1, message);
    return o;
}

std::optional<FileDecline> FileDecline::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    FileDecline f;
    f.id = r.nonEmpty("id"_L1, MaxTransferId);
    readReason(r, &f.reason, &f.message);
    return finish(r, f);
}

QJsonObject FileCancel::toJson() const
{
    QJsonObject o = typed<FileCancel>();
    o.insert("id"_L1, id);
    o.insert("reason"_L1, reason);
    if (!message.isEmpty())
        o.insert("message"_L1, message);
    return o;
}

std::optional<FileCancel> FileCancel::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    FileCancel f;
    f.id = r.nonEmpty("id"_L1, MaxTransferId);
    readReason(r, &f.reason, &f.message);
    return finish(r, f);
}

QJsonObject FileDone::toJson() const
{
    QJsonObject o = typed<FileDone>();
    o.insert("id"_L1, id);
    return o;
}

std::optional<FileDone> FileDone::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    FileDone f;
    f.id = r.nonEmpty("id"_L1, MaxTransferId);
    return finish(r, f);
}

QJsonObject FileLink::toJson() const
{
    QJsonObject o = typed<FileLink>();
    o.insert("id"_L1, id);
    return o;
}

std::optional<FileLink> FileLink::fromJson(const QJsonObject &o, ProtocolError *error)
{
    Reader r(o, error);
    FileLink f;
    f.id = r.nonEmpty("id"_L1, MaxTransferId);
    return finish(r, f);
}

} // namespace chatbuddy
