#include "ui/connectionbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace chainscope::ui {

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Allow insecure plain HTTP"), this))
    , m_remember(new QCheckBox(tr("Remember password in the system keychain"), this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_openLocal(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_credentialSource(new QLabel(this))
{
    m_url->setObjectName(QStringLiteral("connectUrl"));
    m_url->setPlaceholderText(tr("Registry, e.g. 127.0.0.1:5000 or https://quay.io"));
    m_username->setObjectName(QStringLiteral("connectUsername"));
    m_username->setPlaceholderText(tr("User name (optional)"));
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_password->setPlaceholderText(tr("Password or token"));
    m_password->setEchoMode(QLineEdit::Password);
    m_insecure->setObjectName(QStringLiteral("connectInsecure"));
    m_insecure->setToolTip(tr("Reach a registry that is not on this machine over plain HTTP. "
                              "Anyone on the network path can then change what you see. "
                              "Loopback registries never need this."));
    m_remember->setObjectName(QStringLiteral("connectRemember"));
    m_remember->setChecked(false);
    m_remember->setToolTip(tr("After a successful connection, keep the typed password in the "
                              "system keychain (GNOME Keyring, KWallet). Without a keychain "
                              "it is kept for this session only, never in a file."));
    m_credentialSource->setObjectName(QStringLiteral("connectCredentialSource"));
    m_credentialSource->setWordWrap(true);
    m_credentialSource->setVisible(false);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_openLocal->setObjectName(QStringLiteral("openLocalButton"));
    m_openLocal->setText(tr("Open local image…"));
    m_openLocal->setToolTip(tr("Browse an OCI image layout folder, an oci-archive or a docker "
                               "save tarball like a registry"));
    m_openLocal->setPopupMode(QToolButton::InstantPopup);
    m_openLocal->setVisible(false);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(new QLabel(tr("Registry"), this), 0, 0);
    layout->addWidget(m_url, 0, 1);
    layout->addWidget(new QLabel(tr("User"), this), 0, 2);
    layout->addWidget(m_username, 0, 3);
    layout->addWidget(new QLabel(tr("Password"), this), 0, 4);
    layout->addWidget(m_password, 0, 5);
    layout->addWidget(m_insecure, 0, 6);
    layout->addWidget(m_connect, 0, 7);
    layout->addWidget(m_openLocal, 0, 8);
    layout->addWidget(m_remember, 1, 5, 1, 3);
    layout->addWidget(m_status, 2, 0, 1, 9);
    layout->addWidget(m_credentialSource, 3, 0, 1, 9);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(3, 1);
    layout->setColumnStretch(5, 1);

    for (QLineEdit *edit : {m_url, m_username, m_password})
        connect(edit, &QLineEdit::returnPressed, this, &ConnectionBar::connectRequested);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionBar::connectRequested);
    setStatus({}, false);
}

void ConnectionBar::setOpenLocalMenu(QMenu *menu)
{
    m_openLocal->setMenu(menu);
    m_openLocal->setVisible(menu != nullptr);
}

ConnectionSettings ConnectionBar::settings() const
{
    ConnectionSettings settings;
    settings.url = m_url->text().trimmed();
    settings.username = m_username->text();
    settings.password = m_password->text();
    settings.allowInsecureHttp = m_insecure->isChecked();
    settings.rememberPassword = m_remember->isChecked();
    return settings;
}

void ConnectionBar::setSettings(const ConnectionSettings &settings)
{
    m_url->setText(settings.url);
    m_username->setText(settings.username);
    m_password->setText(settings.password);
    m_insecure->setChecked(settings.allowInsecureHttp);
    m_remember->setChecked(settings.rememberPassword);
}

void ConnectionBar::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
}

void ConnectionBar::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
    m_status->setVisible(!text.isEmpty());
}

QString ConnectionBar::statusText() const
{
    return m_status->text();
}

void ConnectionBar::setCredentialSource(const QString &text)
{
    m_credentialSource->setText(text);
    m_credentialSource->setVisible(!text.isEmpty());
}

QString ConnectionBar::credentialSourceText() const
{
    return m_credentialSource->text();
}

} // namespace chainscope::ui
