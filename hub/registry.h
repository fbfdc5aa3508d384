// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub's lasting memory of which key owns which name, in SQLite (QtSql).

#include <QString>

#include <optional>

namespace chatbuddy::hub {

class Registry {
public:
    enum class Claim {
        Bound,         // the name was free and now belongs to this key
        Confirmed,     // the name already belonged to this key
        BoundToOther,  // the name belongs to another key
        Failed,        // the database failed; see errorString()
    };

    Registry();
    ~Registry();
    Registry(const Registry &) = delete;
    Registry &operator=(const Registry &) = delete;

    // Opens (creating if needed) the database at path.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }

    // Binds name (case-insensitively) to fingerprint unless another key already owns it.
    Claim claim(const QString &name, const QString &fingerprint);
    // The key name is bound to, if any.
    std::optional<QString> boundFingerprint(const QString &name);
    int bindingCount();

private:
    bool exec(const QString &statement);

    QString m_connectionName;
    QString m_error;
};

} // namespace chatbuddy::hub
