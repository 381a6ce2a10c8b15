#pragma once

#include "ui/connectionsettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace chainscope::ui {

/// The strip at the top of the window: registry address, user name,
/// password, "Remember password in the system keychain" (off by default), a
/// Connect button, an inline status line and where the credential came from. What the user typed
/// stays when a connection fails, so a wrong password is fixed in place.
class ConnectionBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings &settings);

    void setBusy(bool busy);
    /// An inline status: an error in red, otherwise plain.
    void setStatus(const QString &text, bool error);
    QString statusText() const;
    /// Where the credential of the connection came from (never the secret);
    /// empty hides it.
    void setCredentialSource(const QString &text);
    QString credentialSourceText() const;
    /// Shows an "Open local image" button beside Connect that pops up
    /// \a menu (a layout folder or an archive); the window owns the menu.
    void setOpenLocalMenu(QMenu *menu);
    QToolButton *openLocalButton() const { return m_openLocal; }

signals:
    void connectRequested();

private:
    QLineEdit *m_url;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_insecure;
    QCheckBox *m_remember;
    QPushButton *m_connect;
    QToolButton *m_openLocal;
    QLabel *m_status;
    QLabel *m_credentialSource;
};

} // namespace chainscope::ui
