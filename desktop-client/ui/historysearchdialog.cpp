// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysearchdialog.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

namespace {
constexpr int TypingPauseMs = 150;
constexpr int HtmlRole = Qt::UserRole + 1;

// Paints a result's rich text (contact and date on the first line, the words below).
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QTextDocument doc;
        layout(doc, option, index);
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(6, 4));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        context.palette.setColor(
            QPalette::Text,
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument doc;
        layout(doc, option, index);
        return QSize(int(doc.idealWidth()) + 12, int(doc.size().height()) + 8);
    }

private:
    static void layout(QTextDocument &doc, const QStyleOptionViewItem &option,
                       const QModelIndex &index)
    {
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(0);
        doc.setHtml(index.data(HtmlRole).toString());
        doc.setTextWidth(std::max(100, option.rect.width() - 12));
    }
};
} // namespace

HistorySearchDialog::HistorySearchDialog(client::History *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
{
    setObjectName(u"historySearchDialog"_s);
    setWindowTitle(tr("ChatBuddy — Find in History"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"historySearchEdit"_s);
    m_edit->setAccessibleName(tr("Words to find in all conversations"));
    m_edit->setPlaceholderText(tr("Find in all conversations"));
    m_edit->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"historySearchStatus"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"historySearchResults"_s);
    m_list->setAccessibleName(tr("Messages found"));
    m_list->setItemDelegate(new ResultDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    resize(560, 460);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &HistorySearchDialog::runSearch);
    connect(m_edit, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_typing.isActive())
            runSearch();
        if (m_list->count() > 0) {
            m_list->setCurrentRow(std::max(m_list->currentRow(), 0));
            m_list->setFocus(Qt::TabFocusReason);
        }
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { choose(m_list->row(item)); });
    runSearch();
}

void HistorySearchDialog::search(const QString &text)
{
    m_edit->setText(text);
    runSearch();
}

int HistorySearchDialog::resultCount() const
{
    return int(m_hits.size());
}

QString HistorySearchDialog::resultHtml(const client::SearchHit &hit)
{
    QString words = hit.text.toHtmlEscaped();
    words.replace(client::History::HitStart, u"<b>"_s).replace(client::History::HitEnd, u"</b>"_s);
    words.replace(u'\n', u' ');
    const QString when = QLocale().toString(hit.time.date(), QLocale::ShortFormat) + u' ' +
                         hit.time.toString(u"HH:mm"_s);
    const QString who = hit.kind == client::ChatLine::Kind::Outgoing
                            ? tr("You to %1").arg(hit.contactName)
                            : hit.contactName;
    return u"<span style=\"font-weight:600\">%1</span> <span style=\"color:gray\">· %2</span>"
           "<br>%3"_s.arg(who.toHtmlEscaped(), when.toHtmlEscaped(), words);
}

void HistorySearchDialog::runSearch()
{
    m_typing.stop();
    const QString text = m_edit->text().trimmed();
    m_hits = text.isEmpty() ? QList<client::SearchHit>() : m_history->search(text, MaxResults);
    m_list->clear();
    for (const client::SearchHit &hit : std::as_const(m_hits)) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(HtmlRole, resultHtml(hit));
        QString plain = hit.text;
        plain.remove(client::History::HitStart).remove(client::History::HitEnd);
        item->setData(Qt::AccessibleTextRole, QString(hit.contactName + u": "_s + plain));
    }
    if (text.isEmpty())
        m_status->setText(tr("Type words from a message; every word must be in it."));
    else if (m_hits.isEmpty())
        m_status->setText(tr("No message has these words."));
    else if (m_hits.size() == MaxResults)
        m_status->setText(
            tr("The newest %1 matches. Add a word to narrow them down.").arg(MaxResults));
    else
        m_status->setText(tr("Messages found: %1").arg(m_hits.size()));
}

void HistorySearchDialog::choose(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    Q_EMIT entryChosen(m_hits.at(row).contact, m_hits.at(row).entry);
}

} // namespace chatbuddy::ui
