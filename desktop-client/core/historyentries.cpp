// SPDX-License-Identifier: GPL-3.0-or-later
// History's contacts, entries and reads (the write queue and the writer are in history.cpp).
#include "history.h"

#include "historydb.h"
#include "username.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

// Contacts.

QList<Contact> History::contacts() const
{
    // Sorted by the folded name, folded once per contact rather than per comparison.
    QList<std::pair<QString, Contact>> keyed;
    for (const Contact &contact : m_contacts) {
        if (contact.saved && !contact.hidden)
            keyed.append({usernameKey(contact.name), contact});
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    QList<Contact> out;
    out.reserve(keyed.size());
    for (const auto &[key, contact] : std::as_const(keyed))
        out.append(contact);
    return out;
}

std::optional<Contact> History::contact(qint64 id) const
{
    const auto it = m_contacts.constFind(id);
    return it == m_contacts.cend() ? std::nullopt : std::optional(*it);
}

std::optional<Contact> History::contactByFingerprint(const QString &fingerprint) const
{
    if (fingerprint.isEmpty())
        return std::nullopt;
    for (const Contact &contact : m_contacts) {
        if (contact.fingerprint == fingerprint)
            return contact;
    }
    return std::nullopt;
}

std::optional<Contact> History::find(const QString &name, const QString &fingerprint) const
{
    if (const auto byKey = contactByFingerprint(fingerprint))
        return byKey;
    // The same name with another key (a key change: the caller compares the keys), or a
    // plain-text peer by its name; a saved contact before one of this run only.
    const QString key = usernameKey(name);
    const Contact *best = nullptr;
    for (const Contact &contact : m_contacts) {
        if (usernameKey(contact.name) != key ||
            contact.fingerprint.isEmpty() != fingerprint.isEmpty())
            continue;
        if (!best || (contact.saved && !best->saved) ||
            (contact.saved == best->saved && contact.id > best->id))
            best = &contact;
    }
    return best ? std::optional(*best) : std::nullopt;
}

Contact History::contactFor(const QString &name, const QString &fingerprint)
{
    if (const auto found = find(name, fingerprint)) {
        if (!fingerprint.isEmpty() && found->fingerprint == fingerprint && !name.isEmpty() &&
            found->name != name)
            rename(found->id, name); // a known key under a new name: the same person
        return m_contacts.value(found->id);
    }
    Contact fresh;
    fresh.id = m_nextContact++;
    fresh.name = name;
    fresh.fingerprint = fingerprint;
    fresh.added = now();
    m_contacts.insert(fresh.id, fresh);
    Q_EMIT contactChanged(fresh);
    return fresh;
}

void History::storeContact(const Contact &contact)
{
    m_contacts.insert(contact.id, contact);
    if (contact.saved && m_keep) {
        HistoryOp op;
        op.type = HistoryOp::Type::SaveContact;
        op.contact = contact;
        enqueue(std::move(op));
    }
    Q_EMIT contactChanged(contact);
}

void History::save(qint64 id, Met how)
{
    const auto it = m_contacts.constFind(id);
    const bool chatted = how == Met::InChat;
    if (it == m_contacts.cend() || (it->saved && !it->hidden && (it->chatted || !chatted)))
        return;
    const bool wasSaved = it->saved && !it->hidden;
    updateContact(id, [chatted](Contact &c) {
        c.saved = true;
        c.hidden = false;
        c.chatted = c.chatted || chatted;
    });
    if (wasSaved || !writesTo(id))
        return;
    // Its conversation so far (a first chat) is written now, in order.
    for (auto m = m_memory.begin(); m != m_memory.end(); ++m) {
        if (m->entry.contact != id || !m->persistent || m->serial != 0)
            continue;
        HistoryOp op;
        op.type = HistoryOp::Type::Insert;
        op.entry = m->entry;
        m->serial = enqueue(std::move(op));
    }
}

void History::updateContact(qint64 id, const std::function<void(Contact &)> &change)
{
    if (!m_contacts.contains(id))
        return;
    Contact contact = m_contacts.value(id);
    change(contact);
    storeContact(contact);
}

void History::rename(qint64 id, const QString &name)
{
    if (!name.isEmpty())
        updateContact(id, [&name](Contact &c) { c.name = name; });
}

void History::setKey(qint64 id, const QString &fingerprint)
{
    updateContact(id, [&fingerprint](Contact &c) { c.fingerprint = fingerprint; });
}

void History::setLastSeen(qint64 id, const QDateTime &when)
{
    updateContact(id, [&when](Contact &c) { c.lastSeen = when; });
}

void History::removeContact(qint64 id, bool withConversation)
{
    if (!m_contacts.contains(id))
        return;
    if (!withConversation) {
        updateContact(id, [](Contact &c) { c.hidden = true; });
        return;
    }
    m_memory.removeIf([id](const auto &it) { return it.value().entry.contact == id; });
    HistoryOp op;
    op.type = HistoryOp::Type::DeleteContact;
    op.id = id;
    if (const quint64 serial = enqueue(std::move(op)))
        m_tombstones.append({id, m_nextEntry - 1, 0, serial});
    m_contacts.remove(id);
    Q_EMIT contactRemoved(id);
}

// Entries.

qint64 History::append(qint64 contact, const ChatLine &line, bool persistent)
{
    Memory memory;
    memory.entry.id = m_nextEntry++;
    memory.entry.contact = contact;
    memory.entry.line = line;
    if (!memory.entry.line.time.isValid())
        memory.entry.line.time = now();
    memory.persistent = persistent && m_keep && line.event != ChatLine::Event::Transient;
    if (memory.persistent && writesTo(contact)) {
        HistoryOp op;
        op.type = HistoryOp::Type::Insert;
        op.entry = memory.entry;
        memory.serial = enqueue(std::move(op));
    }
    m_memory.insert(memory.entry.id, memory);
    Q_EMIT appended(memory.entry);
    return memory.entry.id;
}

void History::setDelivery(qint64 entry, ChatLine::Delivery delivery)
{
    HistoryOp op;
    op.type = HistoryOp::Type::SetDelivery;
    op.id = entry;
    op.value = int(delivery);
    const auto memory = m_memory.find(entry);
    if (memory != m_memory.end()) {
        memory->entry.line.delivery = delivery;
        if (memory->serial != 0) // its insert is queued: this update follows it
            memory->serial = enqueue(std::move(op));
    } else if (const quint64 serial = enqueue(std::move(op))) {
        m_deliveryUpdates.insert(entry, {delivery, serial});
    }
    Q_EMIT deliveryChanged(entry, delivery);
}

bool History::hides(const HistoryEntry &entry) const
{
    for (const Tombstone &t : m_tombstones) {
        if ((t.contact == 0 || t.contact == entry.contact) && entry.id <= t.upToEntry &&
            (t.beforeTimeMs == 0 || entry.line.time.toMSecsSinceEpoch() < t.beforeTimeMs))
            return true;
    }
    return false;
}

HistoryEntry History::current(HistoryEntry stored) const
{
    if (const auto update = m_deliveryUpdates.constFind(stored.id);
        update != m_deliveryUpdates.cend())
        stored.line.delivery = update->first;
    // Still "sending" from an earlier run: that chat is gone, so it was never delivered.
    if (stored.line.delivery == ChatLine::Delivery::Sending && stored.id < m_firstEntryThisRun)
        stored.line.delivery = ChatLine::Delivery::NotDelivered;
    return stored;
}

QList<HistoryEntry> History::page(qint64 contact, qint64 after, qint64 before, int limit,
                                  bool newest) const
{
    if (limit <= 0)
        return {};
    QMap<qint64, HistoryEntry> merged;
    if (m_reader) {
        for (const HistoryEntry &stored :
             m_reader->entries(contact, after, before, limit, newest)) {
            if (!hides(stored))
                merged.insert(stored.id, current(stored));
        }
    }
    // What is not on disk (yet) is in memory, and newer than what is.
    auto it = m_memory.lowerBound(after + 1);
    const auto end = before > 0 ? m_memory.lowerBound(before) : m_memory.cend();
    for (; it != end; ++it) {
        if (it->entry.contact == contact)
            merged.insert(it->entry.id, it->entry);
    }
    QList<HistoryEntry> out = merged.values();
    if (out.size() > limit)
        out = newest ? out.mid(out.size() - limit) : out.first(limit);
    return out;
}

QList<HistoryEntry> History::before(qint64 contact, qint64 entry, int limit) const
{
    return page(contact, 0, entry, limit, true);
}

QList<HistoryEntry> History::after(qint64 contact, qint64 entry, int limit) const
{
    return page(contact, entry, 0, limit, false);
}

std::optional<HistoryEntry> History::entry(qint64 id) const
{
    if (const auto memory = m_memory.constFind(id); memory != m_memory.cend())
        return memory->entry;
    if (!m_reader)
        return std::nullopt;
    const auto stored = m_reader->entry(id);
    if (!stored || hides(*stored))
        return std::nullopt;
    return current(*stored);
}

QList<SearchHit> History::search(const QString &text, int limit, qint64 contact) const
{
    const QString match = HistoryDb::matchExpression(text, contact);
    if (match.isEmpty() || limit <= 0)
        return {};
    QMap<qint64, SearchHit> merged;
    if (m_reader) {
        for (const SearchHit &hit : m_reader->search(match, limit)) {
            HistoryEntry probe;
            probe.id = hit.entry;
            probe.contact = hit.contact;
            probe.line.time = hit.time;
            if (!hides(probe))
                merged.insert(hit.entry, hit);
        }
    }
    // Messages in memory, as the index would find them: every word a word of the text, the
    // last one the start of a word.
    static const QRegularExpression space(u"\\s+"_s);
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    for (auto it = m_memory.cend(); it != m_memory.cbegin();) {
        --it;
        const HistoryEntry &e = it->entry;
        if ((contact != 0 && e.contact != contact) || merged.contains(e.id) ||
            (e.line.kind != ChatLine::Kind::Outgoing && e.line.kind != ChatLine::Kind::Incoming))
            continue;
        QString marked = e.line.text;
        bool all = true;
        for (const QString &word : words) {
            const QString end = &word == &words.last() ? QString() : u"\\b"_s;
            const QRegularExpression start(u"\\b"_s + QRegularExpression::escape(word) + end,
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::UseUnicodePropertiesOption);
            const QRegularExpressionMatch found = start.match(marked);
            if (!found.hasMatch()) {
                all = false;
                break;
            }
            marked.insert(found.capturedEnd(), HitEnd);
            marked.insert(found.capturedStart(), HitStart);
        }
        if (!all)
            continue;
        SearchHit hit;
        hit.entry = e.id;
        hit.contact = e.contact;
        hit.contactName = m_contacts.value(e.contact).name;
        hit.kind = e.line.kind;
        hit.sender = e.line.sender;
        hit.time = e.line.time;
        hit.text = marked;
        merged.insert(e.id, hit);
    }
    QList<SearchHit> out = merged.values();
    std::reverse(out.begin(), out.end()); // newest first
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

void History::clear(qint64 contact)
{
    m_memory.removeIf(
        [contact](const auto &it) { return contact == 0 || it.value().entry.contact == contact; });
    HistoryOp op;
    op.type = HistoryOp::Type::Clear;
    op.id = contact;
    op.upTo = m_nextEntry - 1;
    if (const quint64 serial = enqueue(std::move(op)))
        m_tombstones.append({contact, m_nextEntry - 1, 0, serial});
    Q_EMIT conversationCleared(contact);
}

void History::clearConversation(qint64 contact)
{
    if (contact != 0)
        clear(contact);
}

void History::clearAll()
{
    clear(0);
}

} // namespace chatbuddy::client
