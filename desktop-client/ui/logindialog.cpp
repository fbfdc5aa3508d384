// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"

#include "endpoint.h"

#include "appicon.h"
#include "hublist.h"
#include "securityui.h"

#include "client.h"
#include "hostedhub.h"
#include "hubfinder.h"
#include "identity.h"
#include "protocol.h"
#include "settings.h"
#include "username.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

using client::HubConnection;
using security::Tone;

namespace {
constexpr std::chrono::milliseconds ChooseDelay{700};
} // namespace

LoginDialog::LoginDialog(client::Client *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("ChatBuddy — Log In"));
    setWindowIcon(appIcon());
    QLayout *top = createTitle();
    m_hubList = new HubList(m_client->hubFinder(), this);
    QFormLayout *form = createForm();
    // Between the name and the address: choose a hub found, host one, or type one.
    form->insertRow(1, m_hubList);
    m_hostButton = new QPushButton(tr("Host a hub on &this computer"), this);
    m_hostButton->setObjectName(u"hostHubButton"_s);
    m_hostButton->setToolTip(tr("No hub yet? ChatBuddy runs one here, announced on your network, "
                                "and logs you in to it; others find it in their list. It stops "
                                "when you quit ChatBuddy."));
    connect(m_hostButton, &QPushButton::clicked, this, &LoginDialog::hostHub);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_hostButton);
    hostRow->addStretch(1);
    form->insertRow(2, hostRow);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"loginStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setMinimumHeight(m_statusLabel->fontMetrics().height() * 2);
    m_statusLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    QFrame *hubKeyBox = createHubKeyBox();
    auto *buttons = new QDialogButtonBox(this);
    m_connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setAccessibleName(tr("Connect to the hub"));
    m_connectButton->setDefault(true);
    m_cancelButton = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(u"loginCancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Quit"));
    // The buttons run logIn()/reject() directly: accept() is only for a registered login.
    connect(m_connectButton, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(10);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(m_statusLabel);
    layout->addWidget(hubKeyBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    setTabOrder(m_nameEdit, m_hubList->view());
    setTabOrder(m_hubList->view(), m_hostButton);
    setTabOrder(m_hostButton, m_hostEdit);
    setTabOrder(m_hostEdit, m_portEdit);
    setTabOrder(m_portEdit, m_forgetKeyButton);
    setTabOrder(m_forgetKeyButton, m_connectButton);
    setTabOrder(m_connectButton, m_cancelButton);

    const client::Settings &settings = m_client->settings();
    m_nameEdit->setText(settings.userName());
    m_hostEdit->setText(settings.hubHost());
    m_portEdit->setText(QString::number(settings.hubPort()));
    m_nameEdit->setFocus();

    connect(m_hubList, &HubList::chosen, this, [this](const QString &host, quint16 port) {
        if (m_connecting)
            return;
        m_hostEdit->setText(host);
        m_portEdit->setText(QString::number(port));
        m_hubTyped = false;
    });
    const auto typed = [this] {
        m_hubTyped = true;
        selectTypedHub();
    };
    connect(m_hostEdit, &QLineEdit::textEdited, this, typed);
    connect(m_portEdit, &QLineEdit::textEdited, this, typed);
    // The answers to one query come within milliseconds of each other: the only hub is the
    // only one after a moment, not the first to answer.
    m_chooseTimer = new QTimer(this);
    m_chooseTimer->setObjectName(u"chooseOnlyHubTimer"_s);
    m_chooseTimer->setSingleShot(true);
    m_chooseTimer->setInterval(ChooseDelay);
    connect(m_chooseTimer, &QTimer::timeout, this, &LoginDialog::maybeChooseOnlyHub);
    connect(m_client->hubFinder(), &QAbstractItemModel::rowsInserted, m_chooseTimer,
            qOverload<>(&QTimer::start));
    selectTypedHub();
    maybeChooseOnlyHub();

    client::HostedHub *hosted = m_client->hostedHub();
    connect(hosted, &client::HostedHub::started, this, [this](quint16 port, const QString &key) {
        m_hostButton->setEnabled(true);
        if (isVisible())
            onHostedHubStarted(port, key);
    });
    connect(hosted, &client::HostedHub::failed, this, [this](const QString &message) {
        m_hostButton->setEnabled(true);
        showStatus(tr("The hub could not start: %1\nIf another hub already runs on this "
                      "computer, it is in the list above.")
                       .arg(message),
                   true);
    });

    HubConnection *hub = m_client->hub();
    connect(hub, &HubConnection::stateChanged, this, &LoginDialog::onStateChanged);
    connect(hub, &HubConnection::errorOccurred, this, &LoginDialog::onError);
    connect(hub, &HubConnection::registered, this, &LoginDialog::onRegistered);
}

QLayout *LoginDialog::createTitle()
{
    auto *logo = new QLabel(this);
    logo->setPixmap(appIcon().pixmap(48, 48));
    logo->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(tr("ChatBuddy"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    auto *subtitle =
        new QLabel(tr("Chat directly and securely with people on your network."), this);
    subtitle->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *top = new QHBoxLayout;
    top->addWidget(logo);
    top->addSpacing(8);
    top->addLayout(titles, 1);

    return top;
}

QFormLayout *LoginDialog::createForm()
{
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setAccessibleName(tr("Your name"));
    m_nameEdit->setPlaceholderText(tr("What should we call you?"));
    m_nameEdit->setMaxLength(int(MaxUsernameLength) + 8); // room to be told it is too long
    m_nameEdit->setToolTip(tr("Up to %1 letters, digits, '.', '_' or '-'.").arg(MaxUsernameLength));

    m_hostEdit = new QLineEdit(this);
    m_hostEdit->setObjectName(u"hostEdit"_s);
    m_hostEdit->setAccessibleName(tr("Hub address"));
    m_hostEdit->setPlaceholderText(tr("Hub address, e.g. 192.168.1.2"));
    m_portEdit = new QLineEdit(this);
    m_portEdit->setObjectName(u"portEdit"_s);
    m_portEdit->setAccessibleName(tr("Hub port"));
    m_portEdit->setValidator(new QIntValidator(1, 65535, m_portEdit));
    m_portEdit->setMaximumWidth(m_portEdit->fontMetrics().horizontalAdvance(u"0000000"_s) + 16);
    auto *hubRow = new QHBoxLayout;
    hubRow->addWidget(m_hostEdit, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_portEdit);
    hubRow->addWidget(portLabel);
    hubRow->addWidget(m_portEdit);
    // addRow(QString, QLayout) would show the '&' literally: a label with a buddy does not.
    auto *hubLabel = new QLabel(tr("&Hub:"), this);
    hubLabel->setBuddy(m_hostEdit);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_nameEdit);
    form->addRow(hubLabel, hubRow);

    return form;
}

QFrame *LoginDialog::createHubKeyBox()
{
    // A changed hub key: both keys side by side, so the user can compare them with the one the
    // hub printed when it started (or ask whoever runs it).
    m_hubKeyBox = new QFrame(this);
    m_hubKeyBox->setObjectName(u"hubKeyChangedBox"_s);
    m_hubKeyBox->setFrameShape(QFrame::StyledPanel);
    m_hubKeyBox->setStyleSheet(security::bannerStyle(u"hubKeyChangedBox"_s, Tone::Danger));
    m_pinnedKeyLabel = security::keyLabel(QString(), u"pinnedHubKeyLabel"_s, m_hubKeyBox);
    m_pinnedKeyLabel->setAccessibleName(tr("Pinned hub key"));
    m_presentedKeyLabel = security::keyLabel(QString(), u"presentedHubKeyLabel"_s, m_hubKeyBox);
    m_presentedKeyLabel->setAccessibleName(tr("Key the hub shows now"));
    auto *keyForm = new QFormLayout;
    keyForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    keyForm->addRow(tr("Pinned key:"), m_pinnedKeyLabel);
    keyForm->addRow(tr("Key now:"), m_presentedKeyLabel);

    m_forgetKeyButton = new QPushButton(tr("&Forget the old hub key"), m_hubKeyBox);
    m_forgetKeyButton->setObjectName(u"forgetHubKeyButton"_s);
    m_forgetKeyButton->setAccessibleName(tr("Forget the old hub key"));
    m_forgetKeyButton->setToolTip(tr("Only if you know the hub was reinstalled or got a new "
                                     "key: the next connection will trust the key it shows."));
    m_forgetKeyButton->hide();
    auto *hubKeyLayout = new QVBoxLayout(m_hubKeyBox);
    hubKeyLayout->addLayout(keyForm);
    hubKeyLayout->addWidget(m_forgetKeyButton, 0, Qt::AlignLeft);
    m_hubKeyBox->hide();
    connect(m_forgetKeyButton, &QPushButton::clicked, this, [this] {
        m_client->hub()->forgetHubKey(m_changedKeyHub);
        m_forgetKeyButton->hide();
        m_hubKeyBox->hide();
        showStatus(tr("The old key of %1 was forgotten. Press Connect to trust the key the hub "
                      "shows now.")
                       .arg(m_changedKeyHub),
                   false);
        m_connectButton->setFocus();
    });

    return m_hubKeyBox;
}

void LoginDialog::setUserName(const QString &name)
{
    if (!name.isEmpty())
        m_nameEdit->setText(name);
}

void LoginDialog::setHub(const QString &host, quint16 port)
{
    if (!host.isEmpty())
        m_hostEdit->setText(host);
    if (port != 0)
        m_portEdit->setText(QString::number(port));
    if (!host.isEmpty() || port != 0) {
        m_hubTyped = true;
        selectTypedHub();
    }
}

QString LoginDialog::userName() const
{
    return m_nameEdit->text().trimmed();
}

QString LoginDialog::hubHost() const
{
    return m_hostEdit->text().trimmed();
}

void LoginDialog::logIn()
{
    if (m_connecting)
        return;
    m_forgetKeyButton->hide();
    m_hubKeyBox->hide();
    const QString name = userName();
    if (const QString why = usernameProblem(name); !why.isEmpty()) {
        showStatus(why, true);
        m_nameEdit->setFocus();
        m_nameEdit->selectAll();
        return;
    }
    const QString host = hubHost();
    if (host.isEmpty()) {
        showStatus(tr("Please enter the hub's address."), true);
        m_hostEdit->setFocus();
        return;
    }
    // Several hubs of one cluster may be given, separated by commas: tried in turn.
    if (!parseEndpointList(host)) {
        showStatus(tr("\"%1\" is not a hub address. Type a name or an IP address, or the "
                      "addresses of several hubs of one cluster separated by commas.")
                       .arg(host),
                   true);
        m_hostEdit->setFocus();
        return;
    }
    bool ok = false;
    const uint port = m_portEdit->text().trimmed().toUInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        showStatus(tr("The hub's port must be a number from 1 to 65535."), true);
        m_portEdit->setFocus();
        m_portEdit->selectAll();
        return;
    }
    // A hub chosen from the list must show the key it announced (unless its key is pinned);
    // our own hosted hub the key it has.
    QString announced = m_hubList->announcedFingerprint(host, quint16(port));
    const client::HostedHub *hosted = m_client->hostedHub();
    if (hosted->isRunning() && hosted->port() == port && hosted->connectHost() == host)
        announced = hosted->fingerprint();
    m_client->hub()->setAnnouncedFingerprint(announced);
    setConnecting(true);
    showStatus(tr("Connecting…"), false);
    m_client->logIn(host, quint16(port), name);
}

void LoginDialog::reject()
{
    if (m_connecting) {
        setConnecting(false);
        m_client->hub()->disconnectFromHub();
        showStatus(tr("Stopped. Press Connect to try again."), false);
        return;
    }
    QDialog::reject();
}

void LoginDialog::closeEvent(QCloseEvent *event)
{
    // The window's close button means "go away", even in the middle of connecting.
    if (m_connecting) {
        setConnecting(false);
        m_client->hub()->disconnectFromHub();
    }
    QDialog::closeEvent(event);
}

void LoginDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    m_nameEdit->setEnabled(!connecting);
    m_hostEdit->setEnabled(!connecting);
    m_portEdit->setEnabled(!connecting);
    m_hubList->setEnabled(!connecting);
    m_hostButton->setEnabled(!connecting && !m_client->hostedHub()->isStarting());
    m_connectButton->setEnabled(!connecting);
    m_cancelButton->setText(connecting ? tr("&Cancel") : tr("&Quit"));
    m_cancelButton->setAccessibleName(connecting ? tr("Stop connecting") : tr("Quit"));
    if (connecting)
        m_cancelButton->setFocus();
}

void LoginDialog::showStatus(const QString &text, bool isError)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(isError ? security::errorLabelStyle() : QString());
    m_statusLabel->setAccessibleDescription(text);
}

void LoginDialog::onStateChanged(HubConnection::State state)
{
    if (!m_connecting)
        return;
    if (state == HubConnection::State::Connecting || state == HubConnection::State::Registering)
        showStatus(HubConnection::stateText(state), false);
}

void LoginDialog::onError(HubConnection::Error error, const QString &message)
{
    if (!m_connecting)
        return;
    setConnecting(false);
    QString text = message;
    QLineEdit *fix = m_nameEdit;
    switch (error) {
    case HubConnection::Error::Unreachable:
        text +=
            u'\n' + tr("Check that the hub is running and that its address and port are right.");
        fix = m_hostEdit;
        break;
    case HubConnection::Error::TlsFailed:
        text += u'\n' + tr("Is this really a ChatBuddy hub?");
        fix = m_hostEdit;
        break;
    case HubConnection::Error::HubKeyChanged: {
        // Both keys in labelled lines below; the user decides whether the change is legitimate.
        m_changedKeyHub = m_client->hub()->hubAddress();
        text = tr("The hub at %1 shows a different key than before. This may be an attack, so "
                  "ChatBuddy did not log in.\nIf you know the hub was reinstalled or got a new "
                  "key, forget the old key and connect again; otherwise ask whoever runs it.")
                   .arg(m_changedKeyHub);
        const QString pinned = m_client->hub()->pinnedHubKey(m_changedKeyHub);
        const QString presented = m_client->hub()->presentedHubFingerprint();
        m_pinnedKeyLabel->setText(pinned.isEmpty() ? tr("(none)") : security::keyText(pinned));
        m_presentedKeyLabel->setText(presented.isEmpty() ? tr("(unknown)")
                                                         : security::keyText(presented));
        m_hubKeyBox->show();
        m_forgetKeyButton->show();
        // The box appears in a dialog already shown: grow it, or the keys are cut off.
        QTimer::singleShot(0, this, [this] { adjustSize(); });
        fix = m_hostEdit;
        break;
    }
    case HubConnection::Error::NotAnnouncedKey:
        fix = m_hostEdit;
        break;
    case HubConnection::Error::NameTaken:
    case HubConnection::Error::NameBound:
    case HubConnection::Error::InvalidName:
    case HubConnection::Error::Replaced:
        break;
    case HubConnection::Error::HubFull:
    case HubConnection::Error::Refused:
    case HubConnection::Error::ConnectionLost:
    case HubConnection::Error::HubShutdown:
    case HubConnection::Error::ProtocolError:
        fix = nullptr;
        break;
    }
    showStatus(text, true);
    if (fix) {
        fix->setFocus();
        fix->selectAll();
    } else {
        m_connectButton->setFocus();
    }
}

void LoginDialog::onRegistered()
{
    if (!m_connecting)
        return;
    setConnecting(false);
    client::Settings &settings = m_client->settings();
    settings.setUserName(userName());
    settings.setHub(hubHost(), quint16(m_portEdit->text().trimmed().toUInt()));
    settings.sync();
    showStatus(tr("Successfully connected to main server!"), false);
    accept();
}

} // namespace chatbuddy::ui
