// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A file in the conversation, as a card in the bubble's place: who sent it and when, its
// name and size (a picture shows itself small; a click opens it full size), what is happening
// ("Waiting for Bob to accept", "12 MB of 48 MB · 35 MB/s · 2 s left", "Saved in Downloads"),
// a progress bar while it moves, and the buttons that fit its state: Save, Save as… and
// Decline for an offer; Cancel while it is under way; Open and Show in folder once it is
// there.

#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <functional>

class QProgressBar;
class QPushButton;

namespace chatbuddy::client {
class Client;
struct Transfer;
} // namespace chatbuddy::client

namespace chatbuddy::ui {

class ElidedLabel;

// Speed and time left from progress samples of the last few seconds.
class RateMeter {
public:
    using Clock = std::function<qint64()>; // milliseconds, increasing
    explicit RateMeter(Clock clock = {});
    void add(qint64 done);
    void reset();
    double bytesPerSecond() const; // 0 until there are two samples a moment apart
    // "35.2 MB/s · 2 s left"; empty while unknown.
    QString text(qint64 done, qint64 size) const;

private:
    Clock m_clock;
    QElapsedTimer m_timer;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms, bytes)
};

class TransferWidget : public QWidget {
    Q_OBJECT
public:
    // The card for transfer id as a line of the conversation shows it (name, sender, time,
    // outgoing): also when the transfer is no longer known (a line from long ago). topMargin
    // leaves room for the day separator the delegate paints above the line.
    TransferWidget(client::Client *client, const QString &id, const QString &name,
                   const QString &sender, const QDateTime &time, bool outgoing, int topMargin,
                   QWidget *parent = nullptr);

    QString transferId() const { return m_id; }
    QSize sizeHint() const override;
    QString statusText() const;

Q_SIGNALS:
    void heightChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update(const client::Transfer *t);
    void refresh();
    void save(bool chooseWhere);
    void showThumbnail(const QString &path);
    QString waitingText(const client::Transfer &t) const;

    client::Client *m_client;
    QString m_id;
    QString m_name;
    QString m_path; // the file, where it can be opened
    bool m_outgoing;
    int m_topMargin;
    QWidget *m_card;
    QLabel *m_senderLabel;
    QLabel *m_timeLabel;
    QLabel *m_iconLabel;
    QLabel *m_pictureLabel; // the picture itself, above the name, once it is read
    ElidedLabel *m_nameLabel;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QPushButton *m_saveButton;
    QPushButton *m_saveAsButton;
    QPushButton *m_declineButton;
    QPushButton *m_cancelButton;
    QPushButton *m_openButton;
    QPushButton *m_showButton;
    RateMeter m_rate;
    QTimer m_refreshTimer; // progress is shown a few times a second, not at every block
    int m_shownState = -1;
    bool m_hasPicture = false;
    bool m_pictureAsked = false;
};

// The status bar's line about files under way: "2 files: 63 % · 35 MB/s · 4 s left"; hidden
// when none moves.
class TransferStatus : public QLabel {
    Q_OBJECT
public:
    explicit TransferStatus(client::Client *client, QWidget *parent = nullptr);

private:
    void refresh();

    client::Client *m_client;
    RateMeter m_rate;
    QTimer m_refreshTimer;
};

} // namespace chatbuddy::ui
