// SPDX-License-Identifier: GPL-3.0-or-later
#include "historybench.h"

#include "benchsupport.h"
#include "history.h"
#include "historydb.h"
#include "profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatbuddy::bench {

namespace {

using client::ChatLine;
using client::History;
using client::Profile;

constexpr int VocabularySize = 4000;
constexpr double SessionMean = 24;            // messages a chat, on average
constexpr qint64 SpanMs = 900LL * 86'400'000; // the history covers about 2.5 years
constexpr int FlushEvery = 20'000;            // unwritten entries stay in memory until then

QString metaPath(const QString &dir)
{
    return QDir(dir).filePath(u"bench.ini"_s);
}
double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

const char *const MetaKeys[] = {"messages",   "events", "contacts", "seed",  "maxEntry",
                                "maxContact", "top",    "topCount", "small", "smallCount"};
qint64 *metaField(Meta &meta, int i)
{
    qint64 *const fields[] = {&meta.messages, &meta.events,     &meta.contacts, &meta.seed,
                              &meta.maxEntry, &meta.maxContact, &meta.top,      &meta.topCount,
                              &meta.small,    &meta.smallCount};
    return fields[i];
}

bool writeMeta(const QString &dir, Meta meta)
{
    QSettings ini(metaPath(dir), QSettings::IniFormat);
    for (int i = 0; i < int(std::size(MetaKeys)); ++i)
        ini.setValue(QLatin1StringView(MetaKeys[i]), *metaField(meta, i));
    ini.sync();
    return ini.status() == QSettings::NoError;
}

ChatLine notice(const QString &text, ChatLine::Event event)
{
    ChatLine line;
    line.kind = ChatLine::Kind::Notice;
    // Empty, not null: historydb.cpp binds a null QString as NULL, which its NOT NULL columns
    // refuse (and with it the whole batch). The app's notices are null there: until that is
    // fixed, this profile holds what the app could not write.
    line.id = u""_s;
    line.sender = u""_s;
    line.text = text;
    line.event = event;
    return line;
}

// Calls use(db) with a connection of our own to the history (inspection, clean-up): never
// while a History has the file open, so that nothing waits for a lock.
template<typename F> bool withDb(const QString &path, F &&use)
{
    const QString name = u"bench-inspect"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open() && use(db);
        if (!ok)
            complain(u"%1: %2"_s.arg(path, db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One column of the rows of a statement; complains (and returns none) if it fails.
QList<QVariant> sqlRows(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {},
                        int column = 0)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    QList<QVariant> rows;
    if (!query.exec())
        complain(u"%1: %2"_s.arg(sql, query.lastError().text()));
    while (query.next())
        rows.append(query.value(column));
    return rows;
}

} // namespace

QString historyPath(const QString &dir)
{
    return QDir(dir).filePath(u"history.sqlite"_s);
}

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString fakeFingerprint(std::mt19937_64 &rng)
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QString::number(quint64(rng()), 16).rightJustified(16, u'0');
    return hex;
}

std::optional<Meta> readMeta(const QString &dir)
{
    if (!QFileInfo::exists(metaPath(dir)))
        return std::nullopt;
    QSettings ini(metaPath(dir), QSettings::IniFormat);
    Meta meta;
    for (int i = 0; i < int(std::size(MetaKeys)); ++i)
        *metaField(meta, i) = ini.value(QLatin1StringView(MetaKeys[i])).toLongLong();
    return meta;
}

TextMaker::TextMaker(std::mt19937_64 &rng)
    : m_rng(rng)
{
    static const char *const common[] = {
        "the",     "i",      "you",  "to",    "a",       "and",     "it",      "is",      "that",
        "in",      "we",     "for",  "of",    "me",      "my",      "on",      "have",    "so",
        "just",    "be",     "this", "do",    "are",     "but",     "not",     "with",    "at",
        "can",     "no",     "yes",  "ok",    "what",    "was",     "will",    "get",     "go",
        "if",      "know",   "all",  "like",  "good",    "how",     "about",   "there",   "your",
        "now",     "out",    "up",   "think", "one",     "time",    "see",     "thanks",  "well",
        "then",    "when",   "too",  "did",   "would",   "here",    "lol",     "they",    "today",
        "right",   "sure",   "need", "back",  "want",    "going",   "come",    "could",   "really",
        "work",    "got",    "make", "sorry", "later",   "much",    "call",    "some",    "new",
        "day",     "from",   "haha", "still", "week",    "meeting", "maybe",   "look",    "let",
        "send",    "night",  "yeah", "cool",  "great",   "where",   "why",     "tonight", "home",
        "file",    "people", "said", "nice",  "thing",   "first",   "morning", "done",    "lunch",
        "weekend", "hey",    "am",   "or",    "he",      "she",     "an",      "as",      "by",
        "more",    "last",   "way",  "after", "because", "any",     "them",    "only",    "again",
        "very",    "should"};
    static const char *const syllables[] = {
        "ba",  "be",   "bi",   "bo",   "da",   "de",  "di",  "do",  "fa",  "fe",  "fi",  "ga",
        "ge",  "go",   "ha",   "he",   "hi",   "ka",  "ke",  "ki",  "ko",  "ku",  "la",  "le",
        "li",  "lo",   "lu",   "ma",   "me",   "mi",  "mo",  "na",  "ne",  "ni",  "nu",  "pa",
        "pe",  "pi",   "po",   "ra",   "re",   "ri",  "ro",  "sa",  "se",  "si",  "so",  "ta",
        "te",  "ti",   "tu",   "va",   "ve",   "vi",  "wa",  "we",  "ya",  "za",  "zo",  "ban",
        "ber", "dan",  "der",  "ker",  "lin",  "mar", "nor", "pen", "ral", "sel", "ter", "ven",
        "wil", "ston", "ling", "ment", "ness", "ing", "ly"};
    QSet<QString> seen;
    const auto add = [this, &seen](const QString &word) {
        for (const Marker &marker : Markers) {
            if (word.startsWith(marker.word))
                return;
        }
        if (!seen.contains(word)) {
            seen.insert(word);
            m_words.append(word);
        }
    };
    for (const char *word : common)
        add(QString::fromLatin1(word));
    std::uniform_int_distribution<size_t> syllable(0, std::size(syllables) - 1);
    std::uniform_int_distribution<int> parts(1, 3);
    while (m_words.size() < VocabularySize) {
        QString word;
        for (int n = parts(rng); n > 0; --n)
            word += QLatin1StringView(syllables[syllable(rng)]);
        add(word);
    }
    double sum = 0;
    for (qsizetype rank = 1; rank <= m_words.size(); ++rank)
        m_cdf.push_back(sum += 1.0 / double(rank));
}

QString TextMaker::message()
{
    const double kind = unit();
    const int n = kind < 0.08   ? 1 + int(unit() * 2)
                  : kind < 0.98 ? 3 + int(22 * unit() * unit())
                                : 26 + int(124 * unit());
    std::vector<QStringView> words;
    for (int i = 0; i < n; ++i) {
        const auto at = std::upper_bound(m_cdf.begin(), m_cdf.end(), unit() * m_cdf.back());
        words.push_back(m_words[std::min<qsizetype>(at - m_cdf.begin(), m_words.size() - 1)]);
    }
    for (const Marker &marker : Markers) {
        if (unit() < marker.rate)
            words.insert(words.begin() + qsizetype(unit() * double(words.size() + 1)), marker.word);
    }
    QString text;
    for (QStringView word : words) {
        if (!text.isEmpty())
            text += unit() < 0.05 ? u", "_s : u" "_s;
        text += word;
    }
    text[0] = text[0].toUpper();
    const double end = unit();
    if (end < 0.7)
        text += end < 0.5 ? u'.' : end < 0.65 ? u'?' : u'!';
    return text;
}

// The profile: contacts with Zipf shares of the chats (a few with many messages, most with
// few), chats of ~24 messages between a "started" and an "ended" notice, times increasing.
bool generate(const QString &dir, qint64 messages, int contacts, quint64 seed, QString *error)
{
    const auto profile = Profile::openAt(dir, ProfileName);
    if (!profile) {
        *error = profile.error();
        return false;
    }
    std::mt19937_64 rng(seed);
    const auto unit = [&rng] {
        return std::uniform_real_distribution<double>(0, 1)(rng);
    };
    TextMaker text(rng);
    History history;
    if (history.open(historyPath(dir)) != History::OpenState::Ready) {
        *error = history.notice();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> ids;
    std::vector<qint64> counts(static_cast<size_t>(contacts));
    QStringList names;
    std::vector<double> cdf;
    for (int i = 0; i < contacts; ++i) {
        names.append(u"friend%1"_s.arg(i + 1, 4, 10, QChar(u'0')));
        ids.push_back(history.contactFor(names.back(), fakeFingerprint(rng)).id);
        history.save(ids.back());
        cdf.push_back((cdf.empty() ? 0.0 : cdf.back()) + 1.0 / double(i + 1));
    }
    qint64 timeMs = QDateTime::currentMSecsSinceEpoch() - SpanMs;
    const double sessions = double(messages) / SessionMean;
    std::exponential_distribution<double> pause(
        1.0 / std::max(60'000.0, (double(SpanMs) - double(messages) * 30'000.0) / sessions));
    std::geometric_distribution<int> length(1.0 / SessionMean);
    Meta meta;
    int unwritten = 0;
    const auto put = [&](qint64 contact, ChatLine line) {
        line.time = QDateTime::fromMSecsSinceEpoch(timeMs);
        meta.maxEntry = history.append(contact, line);
        if (++unwritten == FlushEvery) {
            history.flush();
            unwritten = 0;
        }
    };
    qint64 nextReport = messages / 10;
    while (meta.messages < messages) {
        const auto c = std::min<size_t>(
            std::upper_bound(cdf.begin(), cdf.end(), unit() * cdf.back()) - cdf.begin(),
            cdf.size() - 1);
        timeMs += qint64(pause(rng));
        put(ids[c], notice(u"Chat with %1 started."_s.arg(names[c]), ChatLine::Event::Started));
        const qint64 n = std::min<qint64>(messages - meta.messages, 1 + length(rng));
        bool outgoing = unit() < 0.5;
        for (qint64 k = 0; k < n; ++k) {
            timeMs += 2'000 + qint64(unit() * 56'000);
            outgoing = unit() < 0.6 ? !outgoing : outgoing;
            ChatLine line;
            line.kind = outgoing ? ChatLine::Kind::Outgoing : ChatLine::Kind::Incoming;
            line.id = QString::number(k + 1);
            line.sender = outgoing ? ProfileName : names[c];
            line.text = text.message();
            line.delivery = !outgoing       ? ChatLine::Delivery::None
                            : unit() < 0.01 ? ChatLine::Delivery::NotDelivered
                                            : ChatLine::Delivery::Delivered;
            put(ids[c], line);
        }
        timeMs += 1'000;
        const bool lost = unit() < 0.05;
        put(ids[c], lost ? notice(u"The connection to %1 was lost."_s.arg(names[c]),
                                  ChatLine::Event::ConnectionLost)
                         : notice(u"%1 ended the chat."_s.arg(names[c]), ChatLine::Event::Ended));
        meta.messages += n;
        meta.events += 2;
        counts[c] += n;
        if (meta.messages >= nextReport) {
            say(u"  %1 messages written (%2 a second)"_s.arg(count(meta.messages))
                    .arg(count(qint64(double(meta.messages) * 1e3 / ms(clock)))));
            nextReport += messages / 10;
        }
    }
    if (!history.flush()) {
        *error = u"writing the history failed"_s;
        return false;
    }
    const double seconds = ms(clock) / 1e3;
    const auto top = std::max_element(counts.begin(), counts.end());
    auto small = top;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        small = *it > 0 && *it < *small ? it : small;
    meta.contacts = contacts;
    meta.seed = qint64(seed);
    meta.maxContact = ids.back();
    meta.top = ids[size_t(top - counts.begin())];
    meta.topCount = *top;
    meta.small = ids[size_t(small - counts.begin())];
    meta.smallCount = *small;
    say(u"generated: %1 messages + %2 events over %3 contacts in %4 s (%5 messages a second)"_s.arg(
        count(meta.messages), count(meta.events), count(contacts), fixed(seconds, 1),
        count(qint64(double(meta.messages) / seconds))));
    if (!writeMeta(dir, meta)) {
        *error = u"cannot write %1"_s.arg(metaPath(dir));
        return false;
    }
    return true;
}

// Takes out what a measurement (or an interrupted run) added after generation.
bool clean(const QString &dir, const Meta &meta)
{
    return withDb(historyPath(dir), [&meta](QSqlDatabase &db) {
        sqlRows(db, u"DELETE FROM entries WHERE id > ?"_s, {meta.maxEntry});
        sqlRows(db, u"DELETE FROM contacts WHERE id > ?"_s, {meta.maxContact});
        sqlRows(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        return true;
    });
}

// The SQL of historydb.cpp (copied: a change there must be copied here) without the columns.
DbSize describe(const QString &dir, const Meta &meta)
{
    say(u"profile: %1 messages + %2 events, %3 contacts; the pages are those of contact %4 "
        "(%5 messages), the smallest conversation is contact %6's (%7 messages)"_s.arg(
            count(meta.messages), count(meta.events), count(meta.contacts),
            QString::number(meta.top), count(meta.topCount), QString::number(meta.small),
            count(meta.smallCount)));
    DbSize size;
    withDb(historyPath(dir), [&](QSqlDatabase &db) {
        say(u"SQLite %1"_s.arg(sqlRows(db, u"SELECT sqlite_version()"_s).value(0).toString()));
        size.free = sqlRows(db, u"PRAGMA freelist_count"_s).value(0).toLongLong() *
                    sqlRows(db, u"PRAGMA page_size"_s).value(0).toLongLong();
        const QString all = u"SELECT e.id FROM (SELECT rowid AS rid FROM entries_fts WHERE "
                            "entries_fts MATCH ? ORDER BY rowid DESC LIMIT 50) AS f JOIN entries "
                            "e ON e.id = f.rid JOIN contacts c ON c.id = e.contact ORDER BY e.id "
                            "DESC"_s;
        const QString inOne = u"SELECT e.id FROM entries_fts JOIN entries e ON e.id = "
                              "entries_fts.rowid JOIN contacts c ON c.id = e.contact WHERE "
                              "entries_fts MATCH ? AND e.contact = ?"_s;
        const QString page = u"SELECT id FROM entries WHERE contact = ? AND id > 0 AND id < ? "
                             "ORDER BY id DESC LIMIT 50"_s;
        const QString match = client::HistoryDb::matchExpression(u"coffee"_s);
        const struct {
            QString what, sql;
            QVariantList binds;
        } plans[] = {{u"a page"_s, page, {meta.top, meta.maxEntry}},
                     {u"search"_s, all, {match}},
                     {u"search in one conversation"_s,
                      inOne + u" ORDER BY entries_fts.rowid DESC LIMIT 50"_s,
                      {match, meta.small}}};
        for (const auto &[what, sql, binds] : plans) {
            QStringList steps;
            for (const QVariant &step : sqlRows(db, u"EXPLAIN QUERY PLAN "_s + sql, binds, 3))
                steps.append(step.toString());
            say(u"query plan, %1: %2"_s.arg(what, steps.join(u"; "_s)));
        }
        for (const Query &query : Queries) {
            const QString words = client::HistoryDb::matchExpression(query.text.toString());
            const qint64 n =
                (query.inSmall
                     ? sqlRows(db, u"SELECT count(*) FROM ("_s + inOne + u")"_s,
                               {words, meta.small})
                     : sqlRows(db, u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?"_s,
                               {words}))
                    .value(0)
                    .toLongLong();
            const qint64 of = query.inSmall ? meta.smallCount : meta.messages;
            say(u"messages matching \"%1\"%2: %3 (%4 %)"_s.arg(
                query.text.toString(),
                query.inSmall ? u" in the smallest conversation"_s : QString(), count(n),
                fixed(100.0 * double(n) / double(std::max<qint64>(of, 1)), 3)));
        }
        return true;
    });
    const QString path = historyPath(dir);
    size.main = QFileInfo(path).size();
    size.wal = QFileInfo(path + u"-wal"_s).size();
    size.shm = QFileInfo(path + u"-shm"_s).size();
    return size;
}

} // namespace chatbuddy::bench
