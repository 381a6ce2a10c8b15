#include "ui/recentrepositories.h"

#include "core/registry/credentials.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace chainscope::ui {

namespace {

// QSettings treats '/' as a group separator: the host is percent-encoded.
QString keyOf(const QString &host)
{
    const QString normalised = registry::normaliseRegistryHost(host);
    return QStringLiteral("recentRepositories/")
           + QString::fromLatin1(QUrl::toPercentEncoding(normalised));
}

} // namespace

QStringList RecentRepositories::list(const QString &host)
{
    return QSettings().value(keyOf(host)).toStringList();
}

void RecentRepositories::remember(const QString &host, const QString &repository)
{
    QStringList repositories = list(host);
    repositories.removeAll(repository);
    repositories.prepend(repository);
    while (repositories.size() > MaxPerRegistry)
        repositories.removeLast();
    QSettings().setValue(keyOf(host), repositories);
}

void RecentRepositories::forget(const QString &host, const QString &repository)
{
    QStringList repositories = list(host);
    repositories.removeAll(repository);
    QSettings().setValue(keyOf(host), repositories);
}

bool RecentRepositories::isValidName(const QString &repository)
{
    // distribution-spec: <name> path components [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*
    static const QRegularExpression name(QStringLiteral(
        "^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*$"));
    return repository.size() <= 255 && name.match(repository).hasMatch();
}

} // namespace chainscope::ui
