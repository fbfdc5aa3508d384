// SPDX-License-Identifier: GPL-3.0-or-later
// "Save conversation as...": one conversation as plain text or HTML, a page at a time, so a
// long one is never all in memory; written with QSaveFile, so a failure leaves no half file.
#include "history.h"

#include "identity.h"

#include <QLocale>
#include <QSaveFile>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace chatbuddy::client {

namespace {
constexpr int ExportPage = 500;

QString deliveryNote(ChatLine::Delivery delivery)
{
    switch (delivery) {
    case ChatLine::Delivery::NotDelivered:
        return History::tr("not delivered");
    case ChatLine::Delivery::Sending:
        return History::tr("sending");
    default:
        return {};
    }
}

class Writer {
public:
    Writer(QSaveFile &file, History::ExportFormat format)
        : m_file(file)
        , m_html(format == History::ExportFormat::Html)
    {
    }

    void begin(const Contact &contact)
    {
        const QString title = History::tr("Conversation with %1").arg(contact.name);
        const QString key = contact.fingerprint.isEmpty()
                                ? History::tr("no key: plain-text chats")
                                : History::tr("key %1").arg(shortFingerprint(contact.fingerprint));
        const QString saved =
            History::tr("Saved from ChatBuddy on %1")
                .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat));
        if (!m_html) {
            write(title % u" ("_s % key % u")\n"_s % saved % u"\n"_s);
            return;
        }
        write(u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s %
              title.toHtmlEscaped() %
              u"</title>\n<style>body{font-family:sans-serif;max-width:48em;margin:2em auto}"
              "h2{font-size:1em;color:#555;border-bottom:1px solid #ddd;margin-top:2em}"
              ".time{color:#777;font-size:.85em}.notice{color:#555;font-style:italic}"
              ".warning{color:#a40000}.note{color:#a40000;font-size:.85em}</style>"
              "</head><body>\n<h1>"_s %
              title.toHtmlEscaped() % u"</h1>\n<p>"_s % key.toHtmlEscaped() % u"<br>"_s %
              saved.toHtmlEscaped() % u"</p>\n"_s);
    }

    void add(const HistoryEntry &entry)
    {
        const ChatLine &line = entry.line;
        const QDate day = line.time.date();
        if (day != m_day) {
            m_day = day;
            const QString date = QLocale().toString(day, QLocale::LongFormat);
            write(m_html ? u"<h2>"_s % date.toHtmlEscaped() % u"</h2>\n"_s
                         : u"\n-- "_s % date % u" --\n"_s);
        }
        const QString time = line.time.toString(u"HH:mm"_s);
        const bool message =
            line.kind == ChatLine::Kind::Outgoing || line.kind == ChatLine::Kind::Incoming;
        const QString note = message ? deliveryNote(line.delivery) : QString();
        if (!m_html) {
            write(u"["_s % time % u"] "_s % (message ? line.sender % u": "_s : u"* "_s) %
                  line.text % (note.isEmpty() ? QString() : u" ("_s % note % u")"_s) % u"\n"_s);
            return;
        }
        const QString css = message                                ? u"message"_s
                            : line.kind == ChatLine::Kind::Warning ? u"notice warning"_s
                                                                   : u"notice"_s;
        QString text = line.text.toHtmlEscaped();
        text.replace(u'\n', u"<br>"_s);
        write(u"<p class=\""_s % css % u"\"><span class=\"time\">"_s % time.toHtmlEscaped() %
              u"</span> "_s %
              (message ? u"<b>"_s % line.sender.toHtmlEscaped() % u"</b>: "_s : QString()) % text %
              (note.isEmpty()
                   ? QString()
                   : u" <span class=\"note\">("_s % note.toHtmlEscaped() % u")</span>"_s) %
              u"</p>\n"_s);
    }

    void end()
    {
        if (m_html)
            write(u"</body></html>\n"_s);
    }

private:
    void write(const QString &text) { m_file.write(text.toUtf8()); }

    QSaveFile &m_file;
    bool m_html;
    QDate m_day;
};
} // namespace

Status History::exportConversation(qint64 contactId, const QString &path, ExportFormat format) const
{
    const auto who = contact(contactId);
    if (!who)
        return fail(tr("There is no such conversation."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    Writer writer(file, format);
    writer.begin(*who);
    qint64 last = 0;
    for (;;) {
        const QList<HistoryEntry> entries = after(contactId, last, ExportPage);
        if (entries.isEmpty())
            break;
        for (const HistoryEntry &entry : entries)
            writer.add(entry);
        last = entries.last().id;
    }
    writer.end();
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace chatbuddy::client
