// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace chatbuddy {

namespace {

struct ErrorInfo {
    ErrorCode code;
    QLatin1StringView name;
    const char *description;
};

// One table keeps the enum, its wire name and its description together.
constexpr std::array errorTable{
    ErrorInfo{ErrorCode::FrameTooLarge, "frame-too-large"_L1, "frame larger than 65536 bytes"},
    ErrorInfo{ErrorCode::InvalidUtf8, "invalid-utf8"_L1, "frame is not valid UTF-8"},
    ErrorInfo{ErrorCode::InvalidJson, "invalid-json"_L1, "frame is not valid JSON"},
    ErrorInfo{ErrorCode::NotAnObject, "not-an-object"_L1, "frame is not a JSON object"},
    ErrorInfo{ErrorCode::MissingField, "missing-field"_L1, "a required field is missing"},
    ErrorInfo{ErrorCode::InvalidField, "invalid-field"_L1, "a field has an invalid value"},
    ErrorInfo{ErrorCode::UnknownType, "unknown-type"_L1, "unknown message type"},
    ErrorInfo{ErrorCode::UnexpectedMessage, "unexpected-message"_L1,
              "this message is not expected here"},
    ErrorInfo{ErrorCode::ProtocolMismatch, "protocol-mismatch"_L1, "unsupported protocol version"},
    ErrorInfo{ErrorCode::NotRegistered, "not-registered"_L1, "send hello first"},
    ErrorInfo{ErrorCode::AlreadyRegistered, "already-registered"_L1, "already registered"},
    ErrorInfo{ErrorCode::InvalidName, "invalid-name"_L1,
              "names are 1-32 letters, digits, '.', '_' or '-'"},
    ErrorInfo{ErrorCode::NameTaken, "name-taken"_L1, "that name is already online"},
    ErrorInfo{ErrorCode::NameBound, "name-bound"_L1, "that name belongs to another key"},
    ErrorInfo{ErrorCode::Replaced, "replaced"_L1,
              "the same identity logged in again; this session is closed"},
    ErrorInfo{ErrorCode::HubFull, "hub-full"_L1, "the hub is full"},
    ErrorInfo{ErrorCode::TooManyConnections, "too-many-connections"_L1,
              "too many connections from this address"},
    ErrorInfo{ErrorCode::RateLimited, "rate-limited"_L1, "too many requests"},
    ErrorInfo{ErrorCode::HelloTimeout, "hello-timeout"_L1, "no hello in time"},
    ErrorInfo{ErrorCode::IdleTimeout, "idle-timeout"_L1, "no heartbeat in time"},
    ErrorInfo{ErrorCode::CertificateRequired, "certificate-required"_L1,
              "a client certificate is required"},
    ErrorInfo{ErrorCode::ShuttingDown, "shutting-down"_L1, "the hub is shutting down"},
    ErrorInfo{ErrorCode::Declined, "declined"_L1, "the chat was declined"},
    ErrorInfo{ErrorCode::KeyMismatch, "key-mismatch"_L1,
              "your key is not the key your name is registered with"},
    ErrorInfo{ErrorCode::UnsupportedKey, "unsupported-key"_L1,
              "only ECDSA P-256 keys are accepted"},
    ErrorInfo{ErrorCode::TooManyNames, "too-many-names"_L1,
              "too many names bound by this key or from this address"},
    ErrorInfo{ErrorCode::Internal, "internal"_L1, "internal error"},
};

const ErrorInfo *find(ErrorCode code)
{
    for (const auto &info : errorTable) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

} // namespace

QLatin1StringView errorCodeName(ErrorCode code)
{
    const ErrorInfo *info = find(code);
    return info ? info->name : "internal"_L1;
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const auto &info : errorTable) {
        if (name == info.name)
            return info.code;
    }
    return std::nullopt;
}

QString errorCodeDescription(ErrorCode code)
{
    const ErrorInfo *info = find(code);
    return QString::fromLatin1(info ? info->description : "internal error");
}

} // namespace chatbuddy
