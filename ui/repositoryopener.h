#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace chainscope::ui {

/// Shown above the repository tree when a registry refuses to list its
/// repositories (its catalog answers 401, 403 or 404, as Docker Hub, GHCR
/// and Quay do): says so and offers "Open repository…" by name, completing
/// from the repositories opened there before (RecentRepositories). A valid
/// name is remembered for the registry and announced with openRequested().
/// Hidden otherwise. GUI thread.
class RepositoryOpener final : public QWidget
{
    Q_OBJECT

public:
    explicit RepositoryOpener(QWidget *parent = nullptr);

    /// Shows the opener for \a host, with \a reason (why the catalog was refused).
    void showRefused(const QString &host, const QString &reason);
    /// Hides the opener (a registry whose catalog answered).
    void clear();

    QString host() const { return m_host; }
    QString messageText() const;
    QString errorText() const;
    QLineEdit *nameEdit() const { return m_name; }
    /// The names offered for completion: the registry's remembered repositories.
    QStringList suggestions() const;

signals:
    void openRequested(const QString &repository);

private:
    void open();

    QString m_host;
    QLabel *m_message;
    QLineEdit *m_name;
    QPushButton *m_open;
    QLabel *m_error;
    QStringListModel *m_recent;
};

} // namespace chainscope::ui
