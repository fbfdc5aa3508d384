// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hub's lasting memory of which key owns which name, in SQLite or PostgreSQL (QtSql,
// database.h). Names cannot be
// hoarded: one key owns a few names at most, one address binds a few new names an hour, a
// name unused for long enough is released, and a name that only differs from another key's
// name by look-alike letters ("aIice" for "alice") is that name.

#include "clock.h"
#include "database.h"

#include "result.h"

#include <QString>

#include <memory>
#include <optional>

namespace chatbuddy::hub {

class WalCheckpointer;

class Registry {
public:
    enum class Claim {
        Bound,              // the name was free and now belongs to this key
        Confirmed,          // the name already belonged to this key
        BoundToOther,       // the name belongs to another key
        LooksLikeOther,     // the name looks like another key's name (similarName)
        TooManyForKey,      // this key owns maxNamesPerKey names already
        TooManyFromAddress, // this address bound maxNewNamesPerAddressPerHour names this hour
        Failed,             // the database failed; see errorString()
    };
    struct ClaimResult {
        Claim claim = Claim::Failed;
        QString similarName; // LooksLikeOther: the name it looks like
    };
    struct Limits {
        int maxNamesPerKey = 5;                // 0: no limit
        int maxNewNamesPerAddressPerHour = 10; // 0: no limit
        int expiryDays = 365;                  // unused this long: released; 0: never
    };

    Registry();
    explicit Registry(const Limits &limits, WallClock clock = systemClock());
    ~Registry();
    Registry(const Registry &) = delete;
    Registry &operator=(const Registry &) = delete;

    // Opens the database, creating or upgrading its tables if needed: an SQLite file at
    // path, or where location says (database.h).
    Status open(const QString &path);
    Status open(const DatabaseLocation &location);
    // Closes and opens the same database again (after its server restarted).
    Status reopen();
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }

    // Binds name (case-insensitively) to fingerprint unless another key owns it or a name
    // like it, or a limit is reached; address is where the claim comes from.
    ClaimResult claim(const QString &name, const QString &fingerprint, const QString &address = {});
    // Whether a client without a key (legacy) may use name: Confirmed when nobody owns it or
    // a name like it.
    ClaimResult checkUnowned(const QString &name);
    // The key name is bound to, if any (an expired binding still counts until reclaimed).
    std::optional<QString> boundFingerprint(const QString &name);
    // What the hub keeps of a name's key: its fingerprint, and once its owner published them,
    // the key itself (DER SPKI) and its certified mailbox key.
    struct KeyRecord {
        QString fingerprint;
        QByteArray identity;
        QByteArray mailboxKey;
        QByteArray mailboxKeySignature;
    };
    std::optional<KeyRecord> keyRecord(const QString &name);
    // Stores the mailbox key of every name bound to fingerprint (checked by the caller).
    bool setMailboxKey(const QString &fingerprint, const QByteArray &identity,
                       const QByteArray &key, const QByteArray &signature);
    // The database connection (QSqlDatabase::database(name)), shared by the Mailbox.
    QString connectionName() const { return m_connectionName; }
    const WallClock &wallClock() const { return m_clock; }
    // How many names are bound; nullopt if the database failed.
    std::optional<int> bindingCount();
    // Copies source's bindings (with their keys) and envelopes into this registry, in one
    // transaction; a name this registry has already keeps its binding here.
    struct Imported {
        int names = 0;     // bindings added
        int namesKept = 0; // names already bound here, left as they were
        int envelopes = 0; // envelopes and bounces added
    };
    Result<Imported> importFrom(Registry &source);
    // Whether the database is PostgreSQL, shared with other hubs.
    bool isShared() const { return m_postgres; }
    // Within a transaction on PostgreSQL: waits until no other hub's transaction holds one of
    // keys, then holds them until this one ends (advisory locks on numbers derived from the
    // keys, taken in ascending order so that two hubs never wait for each other). On SQLite,
    // where writers take turns anyway, does nothing. false: the database failed.
    bool serialize(const QStringList &keys);

private:
    bool exec(const QString &statement);
    bool migrate(const QString &where);
    std::optional<int> schemaVersion();
    bool setSchemaVersion(int version);
    bool upgradeFrom(int version);
    bool createClusterTables();
    ClaimResult claimNow(const QString &name, const QString &fingerprint, const QString &address);
    QString expiryCutoff() const;
    // Removes a binding nobody used within the expiry period; true if it was released.
    bool releaseIfExpired(const QString &nameKey, const QString &lastSeen);
    ClaimResult lookalikeOf(const QString &name, const QString &fingerprint);
    std::optional<int> count(const QString &statement, const QStringList &values);

    Limits m_limits;
    WallClock m_clock;
    QString m_connectionName;
    QString m_error;
    bool m_postgres = false;
    DatabaseLocation m_location;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // for a database file, while open
};

} // namespace chatbuddy::hub
