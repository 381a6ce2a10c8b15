#pragma once

#include <QString>
#include <QStringList>

namespace chainscope::ui {

/// The repositories the user opened by name, per registry, kept in QSettings
/// (group "recentRepositories", one list per normalised host, most recent
/// first, at most MaxPerRegistry). Registries that refuse the catalog
/// (Docker Hub, GHCR, Quay) are browsed through this list. GUI thread.
class RecentRepositories
{
public:
    static constexpr int MaxPerRegistry = 30;

    /// Most recent first; empty for a registry never used.
    static QStringList list(const QString &host);
    /// Puts \a repository first in the list of \a host.
    static void remember(const QString &host, const QString &repository);
    static void forget(const QString &host, const QString &repository);

    /// True for a repository name the distribution spec allows
    /// ("team/app", "library/nginx"): lowercase path components.
    static bool isValidName(const QString &repository);
};

} // namespace chainscope::ui
