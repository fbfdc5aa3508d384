// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectaddressdialog.h"

#include "securityui.h"

#include "protocol.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chatbuddy::ui {

// Over 60 lines: builds the controls in the order they appear, each named for the tests
// and for screen readers.
ConnectAddressDialog::ConnectAddressDialog(quint16 ownChatPort, bool legacyAllowed, QWidget *parent)
    : QDialog(parent)
    , m_ownChatPort(ownChatPort)
{
    setObjectName(u"connectAddressDialog"_s);
    setWindowTitle(tr("Connect by Address"));

    auto *intro = new QLabel(tr("Enter your friend's IP address and chat port. They can see "
                                "their chat port in the status bar of their ChatBuddy window."),
                             this);
    intro->setWordWrap(true);

    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(u"addressEdit"_s);
    m_addressEdit->setAccessibleName(tr("Friend's IP address"));
    m_addressEdit->setPlaceholderText(tr("e.g. 192.168.1.20"));
    m_portEdit = new QLineEdit(QString::number(DefaultChatPort), this);
    m_portEdit->setObjectName(u"addressPortEdit"_s);
    m_portEdit->setAccessibleName(tr("Friend's chat port"));
    m_portEdit->setValidator(new QIntValidator(0, 65535, m_portEdit));
    m_portEdit->setMaximumWidth(m_portEdit->fontMetrics().horizontalAdvance(u"0000000"_s) + 16);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"addressErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(security::errorLabelStyle());
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&IP address:"), m_addressEdit);
    form->addRow(tr("&Port:"), m_portEdit);

    m_legacyCheckBox = new QCheckBox(tr("P&lain-text legacy peer (not encrypted)"), this);
    m_legacyCheckBox->setObjectName(u"legacyCheckBox"_s);
    m_legacyCheckBox->setAccessibleName(tr("Plain-text legacy peer, not encrypted"));
    m_legacyCheckBox->setEnabled(legacyAllowed);
    m_legacyCheckBox->setToolTip(
        legacyAllowed ? tr("Your friend runs the original ChatBuddy, which cannot encrypt: "
                           "anyone on the network can read the chat.")
                      : tr("Turn on Security ▸ Allow Unencrypted Legacy Chats first."));
    connect(m_legacyCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_legacyCheckBox->setStyleSheet(on ? security::errorLabelStyle() : QString());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(u"addressConnectButton"_s);
    connectButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"addressCancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectAddressDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectAddressDialog::reject);

    // An error is about what was typed: it goes away as soon as the user edits.
    connect(m_addressEdit, &QLineEdit::textEdited, m_errorLabel, &QLabel::hide);
    connect(m_portEdit, &QLineEdit::textEdited, m_errorLabel, &QLabel::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_legacyCheckBox);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_addressEdit->setFocus();
}

Result<Endpoint, ConnectAddressDialog::Problem>
ConnectAddressDialog::check(const QString &addressText, const QString &portText,
                            quint16 ownChatPort)
{
    auto wrongAddress = [](const QString &message) {
        return Failure{Problem{message, Field::Address}};
    };
    auto wrongPort = [](const QString &message) {
        return Failure{Problem{message, Field::Port}};
    };
    // "192.168.1.20:9090" pasted whole gives the port too.
    const auto typed = parseEndpoint(addressText);
    if (!typed && typed.error() == EndpointProblem::Empty)
        return wrongAddress(tr("Please enter your friend's IP address."));
    if (!typed && typed.error() == EndpointProblem::BadPort)
        return wrongPort(tr("The port must be a number from 1 to 65535."));
    const QString text = typed ? typed->host : addressText.trimmed();
    QHostAddress address;
    const bool parsed = typed && address.setAddress(text);
    // Qt also reads shorthands like "10.1" as IPv4; people mean a full dotted address.
    const bool dotted =
        address.protocol() != QAbstractSocket::IPv4Protocol || text.count(u'.') == 3;
    if (!parsed || !dotted) {
        return wrongAddress(tr("\"%1\" is not an IP address. Please enter a numeric address "
                               "such as 192.168.1.20 (names are not looked up).")
                                .arg(text));
    }
    if (address == QHostAddress(QHostAddress::AnyIPv4) ||
        address == QHostAddress(QHostAddress::AnyIPv6) || address.isMulticast() ||
        address.isBroadcast()) {
        return wrongAddress(tr("%1 is not the address of a single computer. Please enter your "
                               "friend's address.")
                                .arg(text));
    }
    quint16 port = typed->port;
    if (port == 0) {
        bool ok = false;
        const uint number = portText.trimmed().toUInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return wrongPort(tr("The port must be a number from 1 to 65535."));
        port = quint16(number);
    }
    const bool ours = address.isLoopback() || QNetworkInterface::allAddresses().contains(address);
    if (ours && port == ownChatPort) {
        return wrongAddress(
            tr("That is your own chat port. Please enter your friend's address and port."));
    }
    return Endpoint{address.toString(), port};
}

bool ConnectAddressDialog::isLegacy() const
{
    return m_legacyCheckBox->isEnabled() && m_legacyCheckBox->isChecked();
}

void ConnectAddressDialog::accept()
{
    const auto target = check(m_addressEdit->text(), m_portEdit->text(), m_ownChatPort);
    if (!target) {
        m_errorLabel->setText(target.error().message);
        m_errorLabel->show();
        QLineEdit *field = target.error().field == Field::Port ? m_portEdit : m_addressEdit;
        field->setFocus();
        field->selectAll();
        return;
    }
    m_host = target->host;
    m_port = target->port;
    m_errorLabel->hide();
    QDialog::accept();
}

} // namespace chatbuddy::ui
