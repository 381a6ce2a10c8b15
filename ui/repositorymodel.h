#pragma once

#include <QStandardItemModel>

namespace chainscope::ui {

/// Repositories and their tags as a two-level tree, filled lazily: the
/// repositories come with the catalog, the tags of one repository when it is
/// first expanded (the window fetches them off the GUI thread and hands them
/// in). Until then a repository holds one "Loading…" placeholder row, so the
/// view draws an expand arrow.
class RepositoryModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        RepositoryRole,
        TagRole,
        TagsStateRole,
    };
    enum Kind { RepositoryKind = 1, TagKind, PlaceholderKind };
    enum TagsState { TagsNotLoaded = 0, TagsLoading, TagsLoaded, TagsFailed };

    explicit RepositoryModel(QObject *parent = nullptr);

    void setRepositories(const QStringList &repositories);
    /// Appends \a repository (tags not loaded) unless it is listed already.
    void addRepository(const QString &repository);
    void setTags(const QString &repository, const QStringList &tags);
    void setTagsFailed(const QString &repository, const QString &message);
    /// Marks \a repository as loading; false when it is loading or loaded.
    bool beginLoadingTags(const QString &repository);

    QModelIndex repositoryIndex(const QString &repository) const;
    QModelIndex tagIndex(const QString &repository, const QString &tag) const;
    QStringList repositories() const;

    /// True for cosign's "sha256-<hex>.sig/.att/.sbom" tags.
    static bool isArtifactTag(const QString &tag);

private:
    QStandardItem *repositoryItem(const QString &repository) const;
    void setPlaceholder(QStandardItem *repository, const QString &text, bool error);
};

} // namespace chainscope::ui
