// SPDX-License-Identifier: GPL-3.0-or-later
#include "hublist.h"

#include "hubfinder.h"
#include "identity.h"

#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

namespace {

using client::HubFinder;

// One line per hub: "Office — 198.18.0.1:8080 · key 3f9a 1c2b 7d4e 9a0b · known".
class HubLines : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
            return QIdentityProxyModel::data(index, role);
        const QString name = QIdentityProxyModel::data(index, HubFinder::NameRole).toString();
        const QString host = QIdentityProxyModel::data(index, HubFinder::HostRole).toString();
        const quint16 port =
            quint16(QIdentityProxyModel::data(index, HubFinder::PortRole).toUInt());
        const QString key = QIdentityProxyModel::data(index, HubFinder::FingerprintRole).toString();
        const auto pin =
            QIdentityProxyModel::data(index, HubFinder::PinRole).value<HubFinder::Pin>();
        if (role == Qt::ToolTipRole)
            return HubList::tr("Announced key:\n%1").arg(twoLineFingerprint(key));
        QString line =
            HubList::tr("%1 — %2:%3 · key %4").arg(name, host).arg(port).arg(shortFingerprint(key));
        if (pin == HubFinder::Pin::Known)
            line += HubList::tr(" · known");
        else if (pin == HubFinder::Pin::Changed)
            line += HubList::tr(" · NOT the key you know");
        return line;
    }
};

} // namespace

HubList::HubList(HubFinder *finder, QWidget *parent)
    : QWidget(parent)
    , m_finder(finder)
{
    setObjectName(u"hubList"_s);
    auto *title = new QLabel(tr("Hubs on your network"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *about = new QLabel(tr("A hub is the directory that shows who is online. Chats go "
                                "directly between you and the other person: the hub never "
                                "sees them."),
                             this);
    about->setObjectName(u"hubExplanation"_s);
    about->setWordWrap(true);

    auto *lines = new HubLines(this);
    lines->setSourceModel(finder);
    m_view = new QListView(this);
    m_view->setObjectName(u"hubListView"_s);
    m_view->setAccessibleName(tr("Hubs on your network"));
    m_view->setModel(lines);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    const int row = m_view->fontMetrics().height() + 6;
    m_view->setFixedHeight(row * 3 + 2 * m_view->frameWidth());

    m_note = new QLabel(this);
    m_note->setObjectName(u"hubListNote"_s);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(about);
    layout->addWidget(m_view);
    layout->addWidget(m_note);

    const auto pick = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        Q_EMIT chosen(index.data(HubFinder::HostRole).toString(),
                      quint16(index.data(HubFinder::PortRole).toUInt()));
    };
    connect(m_view, &QListView::clicked, this, pick);
    connect(m_view, &QListView::activated, this, pick);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [pick](const QModelIndex &current) { pick(current); });
    connect(finder, &QAbstractItemModel::rowsInserted, this, &HubList::update);
    connect(finder, &QAbstractItemModel::rowsRemoved, this, &HubList::update);
    connect(finder, &QAbstractItemModel::modelReset, this, &HubList::update);
    update();
}

int HubList::count() const
{
    return m_finder->rowCount();
}

QString HubList::announcedFingerprint(const QString &host, quint16 port) const
{
    const QHostAddress address(host);
    for (const client::FoundHub &hub : m_finder->hubs()) {
        if (hub.port == port && !address.isNull() && hub.address.isEqual(address))
            return hub.fingerprint;
    }
    return {};
}

void HubList::select(const QString &host, quint16 port)
{
    const QHostAddress address(host);
    const auto &hubs = m_finder->hubs();
    for (qsizetype i = 0; i < hubs.size(); ++i) {
        if (hubs[i].port == port && !address.isNull() && hubs[i].address.isEqual(address)) {
            m_view->setCurrentIndex(m_view->model()->index(int(i), 0));
            return;
        }
    }
    m_view->clearSelection();
}

void HubList::update()
{
    const int hubs = count();
    m_view->setVisible(hubs > 0);
    if (hubs > 0) {
        m_note->setText(tr("Choose one, or type another hub's address below."));
    } else if (m_finder->isRunning()) {
        m_note->setText(tr("No hub has answered yet. If you know a hub's address, type it "
                           "below."));
    } else {
        m_note->setText(tr("Type the address of your hub below (ask whoever runs it)."));
    }
}

} // namespace chatbuddy::ui
