// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferwidget.h"

#include "elidedlabel.h"
#include "messagedelegate.h"
#include "securityui.h"
#include "thumbnails.h"

#include "client.h"
#include "settings.h"
#include "transfers.h"

#include <QBoxLayout>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::Transfer;

namespace {
constexpr qint64 WindowMs = 3000; // the speed is that of the last few seconds
constexpr int Side = 12;          // as the message bubbles
constexpr int Gap = 3;
const QSize ThumbnailBox(320, 240);
constexpr int RefreshMs = 200; // how often progress is shown

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return TransferWidget::tr("%n s left", nullptr, int(std::max<qint64>(1, seconds)));
    if (seconds < 3600)
        return TransferWidget::tr("%n min left", nullptr, int((seconds + 59) / 60));
    return TransferWidget::tr("%n h left", nullptr, int((seconds + 3599) / 3600));
}
} // namespace

RateMeter::RateMeter(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_timer.start();
        m_clock = [this] {
            return m_timer.elapsed();
        };
    }
}

void RateMeter::add(qint64 done)
{
    const qint64 now = m_clock();
    if (!m_samples.empty() && done < m_samples.back().second)
        m_samples.clear(); // started again (a resumption from less)
    m_samples.emplace_back(now, done);
    while (m_samples.size() > 2 && now - m_samples[1].first >= WindowMs)
        m_samples.pop_front();
}

void RateMeter::reset()
{
    m_samples.clear();
}

double RateMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const auto &[t0, b0] = m_samples.front();
    const auto &[t1, b1] = m_samples.back();
    return t1 - t0 < 200 ? 0 : double(b1 - b0) * 1000.0 / double(t1 - t0);
}

QString RateMeter::text(qint64 done, qint64 size) const
{
    const double rate = bytesPerSecond();
    if (rate <= 0)
        return {};
    const qint64 left = qint64(double(size - done) / rate + 0.999);
    return TransferWidget::tr("%1/s · %2").arg(sizeText(qint64(rate)), durationText(left));
}

// Over 50 lines: the card's parts and their layout, built once.
TransferWidget::TransferWidget(client::Client *client, const QString &id, const QString &name,
                               const QString &sender, const QDateTime &time, bool outgoing,
                               int topMargin, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_id(id)
    , m_name(name)
    , m_outgoing(outgoing)
    , m_topMargin(topMargin)
{
    setObjectName(u"transferWidget"_s);
    m_card = new QWidget(this);
    m_card->setObjectName(u"transferCard"_s);
    m_senderLabel = new QLabel(sender, m_card);
    QFont bold = font();
    bold.setBold(true);
    m_senderLabel->setFont(bold);
    m_timeLabel = new QLabel(time.toString(u"HH:mm"_s), m_card);
    m_timeLabel->setEnabled(false); // dim, as the bubbles' time
    m_iconLabel = new QLabel(m_card);
    m_iconLabel->setObjectName(u"transferIcon"_s);
    m_iconLabel->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(32, 32));
    m_pictureLabel = new QLabel(m_card);
    m_pictureLabel->setObjectName(u"transferPicture"_s);
    m_pictureLabel->setAlignment(Qt::AlignCenter);
    m_pictureLabel->setCursor(Qt::PointingHandCursor);
    m_pictureLabel->setToolTip(tr("Show the picture full size"));
    m_pictureLabel->hide();
    m_pictureLabel->installEventFilter(this);
    m_nameLabel = new ElidedLabel(name, m_card);
    m_nameLabel->setObjectName(u"transferName"_s);
    m_nameLabel->setToolTip(name);
    m_statusLabel = new QLabel(m_card);
    m_statusLabel->setObjectName(u"transferStatus"_s);
    m_statusLabel->setWordWrap(true);
    m_progress = new QProgressBar(m_card);
    m_progress->setObjectName(u"transferProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 4);
    const auto button = [this](const QString &text, const QString &objectName) {
        auto *b = new QPushButton(text, m_card);
        b->setObjectName(objectName);
        b->setAutoDefault(false);
        return b;
    };
    m_saveButton = button(tr("&Save"), u"saveFileButton"_s);
    m_saveAsButton = button(tr("Save &as…"), u"saveFileAsButton"_s);
    m_declineButton = button(tr("&Decline"), u"declineFileButton"_s);
    m_cancelButton = button(tr("&Cancel"), u"cancelFileButton"_s);
    m_openButton = button(tr("&Open"), u"openFileButton"_s);
    m_showButton = button(tr("Show in &folder"), u"showFileButton"_s);

    auto *header = new QHBoxLayout;
    header->addWidget(m_senderLabel, 1);
    header->addWidget(m_timeLabel);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_nameLabel);
    text->addWidget(m_statusLabel);
    auto *body = new QHBoxLayout;
    body->addWidget(m_iconLabel, 0, Qt::AlignTop);
    body->addLayout(text, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_saveButton, m_saveAsButton, m_declineButton, m_cancelButton,
                           m_openButton, m_showButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(10, 6, 10, 8);
    card->setSpacing(4);
    card->addLayout(header);
    card->addWidget(m_pictureLabel);
    card->addLayout(body);
    card->addWidget(m_progress);
    card->addLayout(buttons);
    m_card->setFixedWidth(std::max(300, fontMetrics().averageCharWidth() * 46));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(Side, m_topMargin + Gap, Side, Gap);
    if (outgoing)
        row->addStretch(1);
    row->addWidget(m_card);
    if (!outgoing)
        row->addStretch(1);

    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveAsButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_declineButton, &QPushButton::clicked, this,
            [this] { m_client->transfers()->decline(m_id); });
    connect(m_cancelButton, &QPushButton::clicked, this,
            [this] { m_client->transfers()->cancel(m_id); });
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(m_showButton, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    });
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TransferWidget::refresh);
    connect(m_client->transfers(), &client::Transfers::changed, this,
            [this](const QString &changed) {
                if (changed != m_id)
                    return;
                // A new state shows at once; progress a few times a second (the bytes come in
                // blocks of a quarter MiB: hundreds a second).
                const auto t = m_client->transfers()->transfer(m_id);
                if (!t || int(t->state) != m_shownState)
                    refresh();
                else if (!m_refreshTimer.isActive())
                    m_refreshTimer.start();
            });
    connect(ThumbnailLoader::instance(), &ThumbnailLoader::ready, this,
            [this](const QString &path, const QImage &image) {
                if (path != m_path || image.isNull())
                    return;
                m_pictureLabel->setPixmap(QPixmap::fromImage(image));
                m_pictureLabel->show();
                m_iconLabel->hide();
                m_hasPicture = true;
                updateGeometry();
                Q_EMIT heightChanged();
            });
    refresh();
}

QSize TransferWidget::sizeHint() const
{
    const QMargins margins = layout()->contentsMargins();
    return {m_card->width() + margins.left() + margins.right(),
            m_card->sizeHint().height() + margins.top() + margins.bottom()};
}

QString TransferWidget::statusText() const
{
    return m_statusLabel->text();
}

void TransferWidget::refresh()
{
    m_refreshTimer.stop();
    const auto t = m_client->transfers()->transfer(m_id);
    m_shownState = t ? int(t->state) : -1;
    update(t ? &*t : nullptr);
}

QString TransferWidget::waitingText(const Transfer &t) const
{
    const QString who = t.peerName.isEmpty() ? tr("the other side") : t.peerName;
    if (m_outgoing) {
        if (!t.message.isEmpty())
            return t.message;
        return tr("Waiting for %1 to be online; it goes when you both are.").arg(who);
    }
    if (t.accepted)
        return t.message.isEmpty() ? tr("Stopped; it goes on when %1 is back.").arg(who)
                                   : t.message;
    return tr("%1 is away; you can answer now and it comes when they are back.").arg(who);
}

// Over 50 lines: the text, the bar and the buttons for each state, in one place.
void TransferWidget::update(const Transfer *t)
{
    const QSize before = sizeHint();
    for (QPushButton *b : {m_saveButton, m_saveAsButton, m_declineButton, m_cancelButton,
                           m_openButton, m_showButton})
        b->hide();
    m_progress->hide();
    QString status;
    bool error = false;
    if (!t) {
        status = tr("This file is no longer available here.");
    } else {
        const QString who = t->peerName.isEmpty() ? tr("the other side") : t->peerName;
        const QString size = sizeText(t->size);
        const QString part = tr("%1 of %2").arg(sizeText(t->done), size);
        const bool answerable =
            !m_outgoing && !t->accepted &&
            (t->state == Transfer::State::Offered || t->state == Transfer::State::Waiting);
        m_saveButton->setVisible(answerable);
        m_saveAsButton->setVisible(answerable);
        m_declineButton->setVisible(answerable);
        m_cancelButton->setVisible(!t->isFinished() && !answerable);
        switch (t->state) {
        case Transfer::State::Offered:
            status = m_outgoing ? tr("%1 · Waiting for %2 to accept…").arg(size, who)
                                : tr("%1 · %2 wants to send you this file.").arg(size, who);
            break;
        case Transfer::State::Accepted:
            status = tr("%1 · Starting…").arg(t->done > 0 ? part : size);
            m_progress->show();
            break;
        case Transfer::State::Moving: {
            m_rate.add(t->done);
            const QString rate = m_rate.text(t->done, t->size);
            status = rate.isEmpty() ? part : tr("%1 · %2").arg(part, rate);
            m_progress->show();
            break;
        }
        case Transfer::State::Waiting:
            m_rate.reset();
            status = tr("%1 · %2").arg(t->done > 0 ? part : size, waitingText(*t));
            m_progress->setVisible(t->done > 0);
            break;
        case Transfer::State::Done:
            m_path = t->path;
            status = m_outgoing
                         ? tr("%1 · Sent: %2 has it.").arg(size, who)
                         : tr("%1 · Saved in %2")
                               .arg(size, QFileInfo(QFileInfo(t->path).absolutePath()).fileName());
            m_statusLabel->setToolTip(QDir::toNativeSeparators(t->path));
            m_openButton->setVisible(QFileInfo::exists(m_path));
            m_showButton->setVisible(QFileInfo::exists(m_path));
            break;
        case Transfer::State::Declined:
            status = m_outgoing ? tr("%1 · %2 declined it.").arg(size, who)
                                : tr("%1 · %2").arg(size, t->message);
            if (m_outgoing && !t->message.isEmpty())
                status += u' ' + t->message;
            break;
        case Transfer::State::Cancelled:
            status = tr("%1 · Cancelled. %2").arg(size, t->message);
            break;
        case Transfer::State::Failed:
            status = tr("%1 · Not transferred: %2").arg(size, t->message);
            error = true;
            break;
        }
        if (m_outgoing)
            m_path = t->path;
        m_progress->setValue(t->size > 0 ? int(t->done * 1000 / t->size) : 1000);
        const bool showable = m_outgoing || t->state == Transfer::State::Done;
        if (showable && !m_pictureAsked && !m_path.isEmpty()) {
            m_pictureAsked = true;
            ThumbnailLoader::instance()->request(m_path, ThumbnailBox);
        }
    }
    m_statusLabel->setText(status);
    m_statusLabel->setStyleSheet(error ? security::errorLabelStyle() : QString());
    m_statusLabel->setAccessibleName(status);
    if (sizeHint() != before) {
        updateGeometry();
        Q_EMIT heightChanged();
    }
}

void TransferWidget::save(bool chooseWhere)
{
    QString folder = m_client->settings().downloadFolder();
    QString name;
    if (chooseWhere) {
        // Never replaces a file: a name that is taken gets a number (claimTarget).
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("Save File"), QDir(folder).filePath(m_name), {},
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (chosen.isEmpty())
            return;
        folder = QFileInfo(chosen).absolutePath();
        name = QFileInfo(chosen).fileName();
    }
    if (Status saved = m_client->transfers()->accept(m_id, folder, name); !saved) {
        m_statusLabel->setText(saved.error());
        m_statusLabel->setStyleSheet(security::errorLabelStyle());
        Q_EMIT heightChanged();
    }
}

void TransferWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(MessageDelegate::bubbleColor(palette(), m_outgoing));
    painter.drawRoundedRect(QRectF(m_card->geometry()).adjusted(1, 1, -1, -1),
                            MessageDelegate::BubbleRadius, MessageDelegate::BubbleRadius);
}

bool TransferWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pictureLabel && m_hasPicture && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        auto *viewer = new ImageViewer(m_path, m_name, window());
        viewer->show();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

TransferStatus::TransferStatus(client::Client *client, QWidget *parent)
    : QLabel(parent)
    , m_client(client)
{
    setObjectName(u"transferStatus"_s);
    hide();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TransferStatus::refresh);
    connect(client->transfers(), &client::Transfers::changed, this, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
}

void TransferStatus::refresh()
{
    int count = 0;
    qint64 done = 0, size = 0, moved = 0;
    for (const Transfer &t : m_client->transfers()->all()) {
        if (t.state != Transfer::State::Accepted && t.state != Transfer::State::Moving)
            continue;
        ++count;
        done += t.done;
        size += t.size;
        moved += t.moved;
    }
    if (count == 0) {
        m_rate.reset();
        hide();
        return;
    }
    m_rate.add(moved); // what crossed in this run only grows: the speed of all of them
    const QString percent = QLocale().toString(size > 0 ? done * 100 / size : 100);
    const QString rate = m_rate.text(done, size);
    const QString text = tr("%n file(s): %1 %", nullptr, count).arg(percent);
    setText(rate.isEmpty() ? text : tr("%1 · %2").arg(text, rate));
    show();
}

} // namespace chatbuddy::ui
