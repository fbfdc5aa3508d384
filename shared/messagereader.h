// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside shared/: the field readers and helpers every message's fromJson()/toJson() uses
// (messages.cpp, mailboxmessages.cpp). Not part of the protocol library's interface.

#include "messages.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace chatbuddy::wire {

using namespace Qt::StringLiterals;

// Small field readers: each one reports the first problem and leaves later checks undone.
class Reader {
public:
    Reader(const QJsonObject &o, ProtocolError *error)
        : m_o(o)
        , m_error(error)
    {
    }

    bool ok() const { return m_ok; }

    QString string(QLatin1StringView key, bool required, qsizetype maxLength = 1024)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(ErrorCode::MissingField, u"missing field \"%1\""_s.arg(key));
            return {};
        }
        if (!v.isString()) {
            fail(ErrorCode::InvalidField, u"field \"%1\" must be a string"_s.arg(key));
            return {};
        }
        QString s = v.toString();
        if (s.size() > maxLength) {
            fail(ErrorCode::InvalidField,
                 u"field \"%1\" is longer than %2 characters"_s.arg(key).arg(maxLength));
            return {};
        }
        return s;
    }

    std::optional<qint64> integer(QLatin1StringView key, bool required, qint64 min, qint64 max)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(ErrorCode::MissingField, u"missing field \"%1\""_s.arg(key));
            return std::nullopt;
        }
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(ErrorCode::InvalidField,
                 u"field \"%1\" must be a whole number from %2 to %3"_s.arg(key).arg(min).arg(max));
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<quint16> port(QLatin1StringView key, bool required, bool allowZero = false)
    {
        const auto v = integer(key, required, allowZero ? 0 : 1, 65535);
        return v ? std::optional<quint16>(quint16(*v)) : std::nullopt;
    }

    bool boolean(QLatin1StringView key, bool required)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(ErrorCode::MissingField, u"missing field \"%1\""_s.arg(key));
            return false;
        }
        if (!v.isBool()) {
            fail(ErrorCode::InvalidField, u"field \"%1\" must be true or false"_s.arg(key));
            return false;
        }
        return v.toBool();
    }

    QJsonObject object(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            fail(ErrorCode::MissingField, u"missing field \"%1\""_s.arg(key));
            return {};
        }
        if (!v.isObject()) {
            fail(ErrorCode::InvalidField, u"field \"%1\" must be an object"_s.arg(key));
            return {};
        }
        return v.toObject();
    }

    // An optional list of feature names (hello, welcome): strings of 1-MaxFeatureLength
    // characters, at most MaxFeatures of them.
    QStringList features(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(ErrorCode::InvalidField, u"field \"%1\" must be an array"_s.arg(key));
            return {};
        }
        const QJsonArray items = v.toArray();
        if (items.size() > MaxFeatures) {
            fail(ErrorCode::InvalidField,
                 u"field \"%1\" has more than %2 entries"_s.arg(key).arg(MaxFeatures));
            return {};
        }
        QStringList names;
        for (const QJsonValue &item : items) {
            const QString name = item.toString();
            if (!item.isString() || name.isEmpty() || name.size() > MaxFeatureLength) {
                fail(ErrorCode::InvalidField,
                     u"field \"%1\" must hold names of 1 to %2 characters"_s.arg(key).arg(
                         MaxFeatureLength));
                return {};
            }
            if (!names.contains(name))
                names.append(name);
        }
        return names;
    }

    QJsonArray array(QLatin1StringView key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            fail(ErrorCode::MissingField, u"missing field \"%1\""_s.arg(key));
            return {};
        }
        if (!v.isArray()) {
            fail(ErrorCode::InvalidField, u"field \"%1\" must be an array"_s.arg(key));
            return {};
        }
        return v.toArray();
    }

    // A required array of minEntries..maxEntries strings of 1..maxLength characters each;
    // `what` names the entries in the errors ("ids", "names").
    QList<QString> stringList(QLatin1StringView key, qsizetype minEntries, qsizetype maxEntries,
                              qsizetype maxLength, QLatin1StringView what)
    {
        const QJsonArray entries = array(key);
        if (m_ok && (entries.size() < minEntries || entries.size() > maxEntries))
            fail(ErrorCode::InvalidField, u"field \"%1\" must hold %2 to %3 %4"_s.arg(key)
                                              .arg(minEntries)
                                              .arg(maxEntries)
                                              .arg(what));
        QList<QString> list;
        for (const QJsonValue &entry : entries) {
            if (!m_ok)
                break;
            const QString text = entry.toString();
            if (!entry.isString() || text.isEmpty() || text.size() > maxLength)
                fail(ErrorCode::InvalidField,
                     u"field \"%1\" must hold %2 of 1 to %3 characters"_s.arg(key, what).arg(
                         maxLength));
            else
                list.append(text);
        }
        return list;
    }

    // A binary field, written as base64 with padding: minLength to maxLength bytes.
    QByteArray bytes(QLatin1StringView key, bool required, qsizetype minLength, qsizetype maxLength)
    {
        const QJsonValue v = m_o.value(key);
        if (!required && (v.isUndefined() || v.isNull()))
            return {};
        const QString text = string(key, required, (maxLength + 2) / 3 * 4);
        if (!m_ok)
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() < minLength || decoded.decoded.size() > maxLength) {
            fail(ErrorCode::InvalidField,
                 u"field \"%1\" must be base64 of %2 to %3 bytes"_s.arg(key).arg(minLength).arg(
                     maxLength));
            return {};
        }
        return decoded.decoded;
    }

    // A required string that must not be empty (a message id, say).
    QString nonEmpty(QLatin1StringView key, qsizetype maxLength)
    {
        QString text = string(key, true, maxLength);
        if (m_ok && text.isEmpty())
            fail(ErrorCode::InvalidField, u"field \"%1\" must not be empty"_s.arg(key));
        return text;
    }

    // A fingerprint: 64 lowercase hex digits.
    QString fingerprint(QLatin1StringView key, bool required)
    {
        QString text = string(key, required, 64);
        if (m_ok && (required || !text.isEmpty()) && !isFingerprint(text))
            fail(ErrorCode::InvalidField, u"field \"%1\" must be 64 hex digits"_s.arg(key));
        return text;
    }

    void fail(ErrorCode code, const QString &message)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = ProtocolError{code, message};
    }

    // Adopts a nested parser's failure.
    void failWith(const ProtocolError &nested) { fail(nested.code, nested.message); }

private:
    const QJsonObject &m_o;
    ProtocolError *m_error;
    bool m_ok = true;
};

template<typename T> QJsonObject typed()
{
    QJsonObject o;
    o.insert("type"_L1, QString(T::type));
    return o;
}

template<typename T> std::optional<T> finish(const Reader &r, T value)
{
    return r.ok() ? std::optional<T>(std::move(value)) : std::nullopt;
}

constexpr qsizetype MaxFingerprintLength = 128;
constexpr qsizetype MaxAddressLength = 64;
constexpr qsizetype MaxNameLength = 64; // wire bound; username rules are checked by the hub
constexpr qsizetype MaxMessageLength = 1024;
// The largest whole number a JSON double holds exactly (2^53 - 1): refs stay below it.
constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1;

// Base64 of bytes, as every binary field is written.
inline QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace chatbuddy::wire
