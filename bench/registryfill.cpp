// SPDX-License-Identifier: GPL-3.0-or-later
// The registry database of chatbuddy-bench-registry: the schema from Registry::open, then
// `count` bindings inserted directly with SQL in one transaction, as a hub that has run for
// years would hold them: names as people choose them, a few per key, keys that published
// their mailbox key, names bound from many addresses (some shared by many people), times
// spread over three years, some unused for longer than the expiry period.

#include "benchsupport.h"
#include "registry.h"
#include "registrybench.h"
#include "username.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench {

namespace {

constexpr std::array First = {
    "anna",   "ben",    "carla",  "david",  "elena", "felix",   "greta",  "hugo",  "ines",
    "jonas",  "karin",  "leon",   "maria",  "nico",  "olga",    "paul",   "quinn", "rosa",
    "sam",    "tina",   "umar",   "vera",   "walt",  "xenia",   "yusuf",  "zoe",   "aisha",
    "bruno",  "chen",   "dmitri", "emma",   "farid", "gabriel", "hana",   "ivan",  "julia",
    "kenji",  "lucia",  "mateo",  "nadia",  "oscar", "priya",   "rahul",  "sofia", "tomas",
    "ursula", "victor", "wei",    "yara",   "amir",  "bianca",  "carlos", "diana", "erik",
    "fatima", "georg",  "hiro",   "isabel", "jakob", "lena",    "marco",  "noah",  "pia",
};
constexpr std::array Words = {
    "sky",    "wolf",  "pixel", "river",  "storm", "coffee", "ninja",  "tiger", "moon",
    "shadow", "blue",  "dark",  "fire",   "ice",   "music",  "gamer",  "dev",   "cat",
    "dragon", "star",  "rock",  "forest", "byte",  "coder",  "rain",   "snow",  "fox",
    "hawk",   "night", "sun",   "ocean",  "panda", "rider",  "wizard", "ghost", "lion",
    "crypto", "jazz",  "neon",  "echo",   "nova",  "zen",    "spark",  "delta", "alpha",
};
constexpr std::array Separators = {"", "", ".", "_", "-"};

template<typename T, size_t N>
const char *pick(const std::array<T, N> &list, std::mt19937_64 &random)
{
    return list[random() % N];
}

// A name as people pick them: "anna.wolf", "ben1987", "darkfox_42", "Xk3v9q".
QString makeName(std::mt19937_64 &random)
{
    QString name;
    const auto number = [&random] {
        const int digits = int(random() % 4) + 1;
        return random() % 3 == 0 ? QString::number(1950 + random() % 63)
                                 : QString::number(random() % 10'000).right(digits);
    };
    switch (random() % 6) {
    case 0:
        name = QLatin1String(pick(First, random)) + QLatin1String(pick(Separators, random)) +
               QLatin1String(pick(Words, random));
        break;
    case 1:
        name = QLatin1String(pick(First, random)) + number();
        break;
    case 2:
        name = QLatin1String(pick(Words, random)) + QLatin1String(pick(Words, random)) +
               QLatin1String(pick(Separators, random)) + number();
        break;
    case 3: { // random letters and digits
        static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        const int length = 4 + int(random() % 9);
        for (int i = 0; i < length; ++i)
            name += QLatin1Char(Alphabet[random() % (sizeof Alphabet - 1)]);
        break;
    }
    default:
        name = QLatin1String(pick(First, random)) + QLatin1String(pick(Separators, random)) +
               QLatin1String(pick(Words, random)) + number();
        break;
    }
    if (random() % 10 == 0)
        name[0] = name[0].toUpper();
    return name;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate); // as Registry writes them
}

QString makeAddress(std::mt19937_64 &random)
{
    if (random() % 10 == 0)
        return u"2001:db8:%1:%2::%3"_s.arg(random() % 0x10000, 0, 16)
            .arg(random() % 0x10000, 0, 16)
            .arg(random() % 0x10000, 0, 16);
    return u"%1.%2.%3.%4"_s.arg(1 + random() % 223)
        .arg(random() % 256)
        .arg(random() % 256)
        .arg(1 + random() % 254);
}

QByteArray randomBytes(std::mt19937_64 &random, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random());
    return bytes;
}

// One owner's names: mostly one, sometimes up to the default limit of five.
int namesForKey(std::mt19937_64 &random)
{
    const int roll = int(random() % 100);
    return roll < 70 ? 1 : roll < 88 ? 2 : roll < 95 ? 3 : roll < 98 ? 4 : 5;
}

} // namespace

QString BoundNames::fingerprint(int key) const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(u"registry-bench:%1:%2"_s.arg(seed).arg(key).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString BoundNames::freshName(std::mt19937_64 &random)
{
    for (;;) {
        const QString name = makeName(random);
        if (isValidUsername(name) && !m_skeletons.contains(usernameSkeleton(name))) {
            m_skeletons.insert(usernameSkeleton(name));
            return name;
        }
    }
}

// Over 50 lines: one transaction, one row per loop; the row's values are drawn in place.
bool fillRegistry(const QString &path, qint64 count, BoundNames &bound, QString *error)
{
    QElapsedTimer total;
    total.start();
    {
        hub::Registry registry; // the current schema, exactly as the hub creates it
        if (const auto opened = registry.open(path); !opened) {
            *error = opened.error();
            return false;
        }
    }
    const QString connection = u"registry-bench-fill"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        // A fill, not the hub: no syncs, and the indexes in memory while they grow.
        ok = ok && query.exec(u"PRAGMA synchronous=OFF"_s) &&
             query.exec(u"PRAGMA cache_size=-524288"_s) && db.transaction();
        QSqlQuery insert(db);
        ok = ok && insert.prepare(u"INSERT INTO bindings (name_key, name, fingerprint, bound_at, "
                                  "last_seen, skeleton, bound_from, identity, mailbox_key, "
                                  "mailbox_sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        std::mt19937_64 random(bound.seed);
        for (qint64 i = 0; i < std::max<qint64>(1, count / 20); ++i)
            bound.addresses.append(makeAddress(random));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        constexpr qint64 Day = 24 * 3600;
        QElapsedTimer insertTime;
        insertTime.start();
        while (ok && bound.names.size() < count) {
            const int key = bound.keys++;
            const QString fingerprint = bound.fingerprint(key);
            const bool publish = random() % 10 < 6;
            const QVariant identity = publish ? QVariant(randomBytes(random, 91)) : QVariant();
            const QVariant mailbox = publish ? QVariant(randomBytes(random, 65)) : QVariant();
            const QVariant signature = publish ? QVariant(randomBytes(random, 71)) : QVariant();
            // Home: where this owner binds from; 5 % of the bindings come from 20 big NATs.
            const QString home = bound.addresses[qsizetype(random() % bound.addresses.size())];
            for (int n = namesForKey(random); ok && n > 0 && bound.names.size() < count; --n) {
                const QString name = bound.freshName(random);
                const bool live = random() % 100 >= 5;
                const qint64 unused = live ? Day + qint64(random() % (363 * Day))
                                           : 366 * Day + qint64(random() % (365 * Day));
                const QDateTime lastSeen = now.addSecs(-unused);
                const QDateTime boundAt = lastSeen.addSecs(-qint64(random() % (730 * Day)));
                const QString from =
                    random() % 20 == 0 ? bound.addresses[qsizetype(random() % 20)] : home;
                const QVariant values[] = {usernameKey(name),
                                           name,
                                           fingerprint,
                                           timeText(boundAt),
                                           timeText(lastSeen),
                                           usernameSkeleton(name),
                                           from,
                                           identity,
                                           mailbox,
                                           signature};
                for (int v = 0; v < int(std::size(values)); ++v)
                    insert.bindValue(v, values[v]);
                ok = insert.exec();
                bound.names.append(name);
                bound.keyOf.push_back(key);
                bound.live.push_back(live);
                bound.expired += live ? 0 : 1;
                bound.published += publish ? 1 : 0;
                if (bound.names.size() % 200'000 == 0)
                    say(u"  %1 names bound"_s.arg(bound.names.size()));
            }
        }
        ok = ok && db.commit();
        bound.fillSeconds = double(insertTime.nsecsElapsed()) / 1e9;
        if (!ok)
            *error =
                u"filling %1: %2 %3"_s.arg(path, db.lastError().text(), insert.lastError().text());
        // Leave it as a stopped hub leaves it: everything in the main file, no WAL.
        ok = ok && query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    bound.m_nextKey = bound.keys;
    bound.totalSeconds = double(total.nsecsElapsed()) / 1e9;
    return ok;
}

} // namespace chatbuddy::bench
