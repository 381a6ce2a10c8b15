#include "ui/repositoryopener.h"

#include "ui/recentrepositories.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace chainscope::ui {

RepositoryOpener::RepositoryOpener(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_open(new QPushButton(tr("Open repository…"), this))
    , m_error(new QLabel(this))
    , m_recent(new QStringListModel(this))
{
    setObjectName(QStringLiteral("repositoryOpener"));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("catalogRefusedMessage"));
    m_name->setObjectName(QStringLiteral("openRepositoryName"));
    m_name->setPlaceholderText(tr("Repository, e.g. library/nginx"));
    m_name->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_recent, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    m_open->setObjectName(QStringLiteral("openRepositoryButton"));
    m_error->setObjectName(QStringLiteral("openRepositoryError"));
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_name, 1);
    row->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_open, &QPushButton::clicked, this, &RepositoryOpener::open);
    connect(m_name, &QLineEdit::returnPressed, this, &RepositoryOpener::open);
    setVisible(false);
}

void RepositoryOpener::showRefused(const QString &host, const QString &reason)
{
    m_host = host;
    m_message->setText(tr("%1 does not list its repositories (%2). Open one by name; "
                          "repositories opened here are remembered.")
                           .arg(host, reason));
    m_recent->setStringList(RecentRepositories::list(host));
    m_error->setVisible(false);
    setVisible(true);
}

void RepositoryOpener::clear()
{
    m_host.clear();
    m_name->clear();
    m_error->setVisible(false);
    setVisible(false);
}

QString RepositoryOpener::messageText() const
{
    return m_message->text();
}

QString RepositoryOpener::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QStringList RepositoryOpener::suggestions() const
{
    return m_recent->stringList();
}

void RepositoryOpener::open()
{
    const QString name = m_name->text().trimmed();
    if (!RecentRepositories::isValidName(name)) {
        m_error->setText(name.isEmpty()
                             ? tr("Type the name of a repository.")
                             : tr("\"%1\" is not a repository name: lowercase letters, digits, "
                                  "separators and slashes, e.g. team/app.")
                                   .arg(name.left(100)));
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    RecentRepositories::remember(m_host, name);
    m_recent->setStringList(RecentRepositories::list(m_host));
    m_name->clear();
    emit openRequested(name);
}

} // namespace chainscope::ui
