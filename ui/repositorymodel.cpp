#include "ui/repositorymodel.h"

#include "ui/statusicons.h"

#include <QRegularExpression>

namespace chainscope::ui {

RepositoryModel::RepositoryModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Repositories")});
}

bool RepositoryModel::isArtifactTag(const QString &tag)
{
    static const QRegularExpression pattern(
        QStringLiteral("^sha256-[0-9a-f]{64}(\\.(sig|att|sbom))?$"));
    return pattern.match(tag).hasMatch();
}

void RepositoryModel::setRepositories(const QStringList &repositories)
{
    removeRows(0, rowCount());
    for (const QString &name : repositories)
        addRepository(name);
}

void RepositoryModel::addRepository(const QString &name)
{
    if (repositoryItem(name))
        return;
    {
        auto *item = new QStandardItem(repositoryIcon(), name);
        item->setEditable(false);
        item->setData(RepositoryKind, KindRole);
        item->setData(name, RepositoryRole);
        item->setData(TagsNotLoaded, TagsStateRole);
        setPlaceholder(item, tr("Loading tags…"), false);
        appendRow(item);
    }
}

void RepositoryModel::setPlaceholder(QStandardItem *repository, const QString &text, bool error)
{
    repository->removeRows(0, repository->rowCount());
    auto *placeholder = new QStandardItem(text);
    placeholder->setEditable(false);
    placeholder->setSelectable(false);
    placeholder->setData(PlaceholderKind, KindRole);
    placeholder->setData(repository->data(RepositoryRole), RepositoryRole);
    if (error) {
        placeholder->setIcon(statusIcon(Status::Fail));
        placeholder->setToolTip(text);
    }
    QFont italic = placeholder->font();
    italic.setItalic(true);
    placeholder->setFont(italic);
    repository->appendRow(placeholder);
}

QStandardItem *RepositoryModel::repositoryItem(const QString &repository) const
{
    for (int row = 0; row < rowCount(); ++row) {
        QStandardItem *item = this->item(row);
        if (item->data(RepositoryRole).toString() == repository)
            return item;
    }
    return nullptr;
}

bool RepositoryModel::beginLoadingTags(const QString &repository)
{
    QStandardItem *item = repositoryItem(repository);
    if (!item)
        return false;
    const int state = item->data(TagsStateRole).toInt();
    if (state == TagsLoading || state == TagsLoaded)
        return false;
    item->setData(TagsLoading, TagsStateRole);
    setPlaceholder(item, tr("Loading tags…"), false);
    return true;
}

void RepositoryModel::setTags(const QString &repository, const QStringList &tags)
{
    QStandardItem *item = repositoryItem(repository);
    if (!item)
        return;
    item->removeRows(0, item->rowCount());
    item->setData(TagsLoaded, TagsStateRole);
    if (tags.isEmpty()) {
        setPlaceholder(item, tr("No tags"), false);
        return;
    }
    // People's tags first, cosign's digest-named artifact tags after them.
    QStringList ordered;
    QStringList artifacts;
    for (const QString &tag : tags)
        (isArtifactTag(tag) ? artifacts : ordered) << tag;
    ordered += artifacts;
    for (const QString &tag : std::as_const(ordered)) {
        auto *child = new QStandardItem(tagIcon(), tag);
        child->setEditable(false);
        child->setData(TagKind, KindRole);
        child->setData(repository, RepositoryRole);
        child->setData(tag, TagRole);
        if (isArtifactTag(tag)) {
            // cosign keeps signatures and attestations under tags named after
            // the digest they belong to; show them, but set apart.
            QFont italic = child->font();
            italic.setItalic(true);
            child->setFont(italic);
            child->setForeground(QColor(0x70, 0x70, 0x70));
            child->setToolTip(tr("Signature, attestation or SBOM stored by cosign for the image "
                                 "with digest sha256:%1")
                                  .arg(tag.mid(7, 64)));
        }
        item->appendRow(child);
    }
}

void RepositoryModel::setTagsFailed(const QString &repository, const QString &message)
{
    QStandardItem *item = repositoryItem(repository);
    if (!item)
        return;
    // Failed loads can be retried by collapsing and expanding again.
    item->setData(TagsFailed, TagsStateRole);
    setPlaceholder(item, tr("Could not list tags: %1").arg(message), true);
}

QModelIndex RepositoryModel::repositoryIndex(const QString &repository) const
{
    QStandardItem *item = repositoryItem(repository);
    return item ? item->index() : QModelIndex();
}

QModelIndex RepositoryModel::tagIndex(const QString &repository, const QString &tag) const
{
    QStandardItem *item = repositoryItem(repository);
    if (!item)
        return {};
    for (int row = 0; row < item->rowCount(); ++row) {
        QStandardItem *child = item->child(row);
        if (child->data(TagRole).toString() == tag)
            return child->index();
    }
    return {};
}

QStringList RepositoryModel::repositories() const
{
    QStringList names;
    for (int row = 0; row < rowCount(); ++row)
        names << item(row)->data(RepositoryRole).toString();
    return names;
}

} // namespace chainscope::ui
