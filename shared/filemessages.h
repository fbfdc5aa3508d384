// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The messages of file transfers between peers (docs/protocol.md §10), used when both sides
// list feature::Files in their `hello`. The offer, the answers and the outcome travel on the
// chat; the bytes on a transfer link of their own (a second TLS connection with the same
// keys), which starts with `file-link` and then carries the file in binary blocks.

#include "protocol.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace chatbuddy {

struct ProtocolError;

inline constexpr qint64 MaxFileSize = qint64(1) << 40; // 1 TiB: more is refused as a field
inline constexpr qsizetype MaxFileNameLength = 1024;   // characters of a suggested name
inline constexpr qsizetype MaxTransferId = 64;         // characters of a transfer id
inline constexpr qint32 MaxFileBlock = 1024 * 1024;    // bytes of one binary block at most

// Why a transfer was declined or cancelled (the `reason` field); unknown ones are kept as sent.
namespace fileReason {
inline constexpr QLatin1StringView Declined{"declined"};        // the receiver said no
inline constexpr QLatin1StringView TooLarge{"too-large"};       // over the receiver's limit
inline constexpr QLatin1StringView NoSpace{"no-space"};         // the receiver's disk is full
inline constexpr QLatin1StringView CannotWrite{"cannot-write"}; // the folder is not writable
inline constexpr QLatin1StringView Cancelled{"cancelled"};      // a person pressed Cancel
inline constexpr QLatin1StringView Corrupt{"corrupt"};          // the file's SHA-256 did not match
inline constexpr QLatin1StringView Unreadable{"unreadable"};    // the sender cannot read the file
inline constexpr QLatin1StringView Failed{"failed"};            // anything else
} // namespace fileReason

// P → P (chat): I would like to send you this file.
struct FileOffer {
    static constexpr QLatin1StringView type{"file-offer"};
    QString id;   // the transfer id (a UUID), the same when it is offered again to resume
    QString name; // the sender's file name: a suggestion the receiver makes safe
    qint64 size = 0;

    QJsonObject toJson() const;
    static std::optional<FileOffer> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const FileOffer &, const FileOffer &) = default;
};

// P → P (chat): send it, from offset on (what the receiver already has and checked).
struct FileAccept {
    static constexpr QLatin1StringView type{"file-accept"};
    QString id;
    qint64 offset = 0;

    QJsonObject toJson() const;
    static std::optional<FileAccept> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const FileAccept &, const FileAccept &) = default;
};

// P → P (chat): no, not this file (before it started).
struct FileDecline {
    static constexpr QLatin1StringView type{"file-decline"};
    QString id;
    QString reason;  // fileReason
    QString message; // for the sender's user, may be empty

    QJsonObject toJson() const;
    static std::optional<FileDecline> fromJson(const QJsonObject &o,
                                               ProtocolError *error = nullptr);
    friend bool operator==(const FileDecline &, const FileDecline &) = default;
};

// P → P (chat): the transfer stops, from either side, at any time before file-done.
struct FileCancel {
    static constexpr QLatin1StringView type{"file-cancel"};
    QString id;
    QString reason;  // fileReason
    QString message; // for the other side's user, may be empty

    QJsonObject toJson() const;
    static std::optional<FileCancel> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const FileCancel &, const FileCancel &) = default;
};

// P → P (chat), receiver → sender: the whole file arrived, its SHA-256 matched, it has its name.
struct FileDone {
    static constexpr QLatin1StringView type{"file-done"};
    QString id;

    QJsonObject toJson() const;
    static std::optional<FileDone> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const FileDone &, const FileDone &) = default;
};

// P → P, the first frame each way on a transfer link: this connection carries transfer id.
struct FileLink {
    static constexpr QLatin1StringView type{"file-link"};
    QString id;

    QJsonObject toJson() const;
    static std::optional<FileLink> fromJson(const QJsonObject &o, ProtocolError *error = nullptr);
    friend bool operator==(const FileLink &, const FileLink &) = default;
};

} // namespace chatbuddy
