#pragma once

#include "core/reference/imagereference.h"
#include "core/support/error.h"
#include "ui/connectionsettings.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace chainscope::ui {

class ConnectionBar;
class ImageView;
class JsonView;
class LineageView;
class PolicyAutosave;
class PolicyPanel;
class RepositoryModel;
class RepositoryOpener;
class TaskRunner;
class VerifyPanel;
struct LabState;

/// The inspector window: connect bar on top, repositories → tags on the
/// left (lazy, filterable), and tabs for the selected image on the right:
/// Overview, Raw, Lineage, Verify, Policy. All registry, crypto and policy
/// work runs through a TaskRunner off the GUI thread; a failure shows in the
/// status bar and inline, and the window stays usable.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class Tab { Overview, Raw, Lineage, Verify, Policy };

    /// Tests replace the registry client with an in-memory source here; the
    /// connect bar's address then only names the host.
    void setSourceFactoryOverride(SourceFactory factory);

    /// Fills the connect bar, the key, the policies and the candidate images
    /// from the lab, connects and selects the service image.
    bool applyLabState(const LabState &lab, QString *errorMessage);

    /// Lists the repositories of the registry in the connect bar.
    void connectToRegistry();
    /// Opens \a path, an OCI layout folder or an image archive (oci-archive,
    /// docker save), and browses it like a registry; its images are named
    /// local.invalid/<repository>:<tag>.
    void openLocalImage(const QString &path);
    /// Adds \a repository to the tree of the connected registry and lists its
    /// tags: for registries that refuse the catalog.
    void openRepository(const QString &repository);
    /// Selects \a repository:\a tag in the tree once it is listed, and shows it.
    void selectImage(const QString &repository, const QString &tag);
    /// Shows \a reference (on the connected registry) in the image tabs.
    void openImage(const QString &reference);
    /// Runs the Verify tab's check for the current image.
    void verifyCurrentImage();

    void showTab(Tab tab);
    reference::ImageReference currentImage() const { return m_currentImage; }
    QString connectedHost() const { return m_host; }

    ConnectionBar *connectionBar() const { return m_bar; }
    RepositoryOpener *repositoryOpener() const { return m_opener; }
    /// The opened local image ("oci:/path", "oci-archive:/path.tar"); empty
    /// when a registry is connected.
    QString localSource() const { return m_localSource; }
    RepositoryModel *repositoryModel() const { return m_model; }
    QSortFilterProxyModel *repositoryProxy() const { return m_proxy; }
    QTreeView *repositoryTree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    ImageView *imageView() const { return m_imageView; }
    JsonView *jsonView() const { return m_jsonView; }
    LineageView *lineageView() const { return m_lineageView; }
    VerifyPanel *verifyPanel() const { return m_verifyPanel; }
    PolicyPanel *policyPanel() const { return m_policyPanel; }
    TaskRunner *taskRunner() const { return m_runner; }
    QString statusText() const;

    /// Generations count finished loads, so tests can wait for the next one.
    int imageGeneration() const { return m_imageDone; }
    int lineageGeneration() const { return m_lineageDone; }
    int verifyGeneration() const { return m_verifyDone; }
    int connectGeneration() const { return m_connectDone; }

    /// A sentence for people about \a error, by kind (wrong password,
    /// registry not running, ...), followed by the details.
    static QString describeError(const Error &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void onExpanded(const QModelIndex &proxyIndex);
    void showCatalogRefused(const QString &hostName, const SourceFactory &factory,
                            const Error &error, const QStringList &transportNotes);
    void onSelectionChanged();
    void loadTags(const QString &repository);
    void applyPendingSelection();
    void showImage(const reference::ImageReference &image);
    void runLineage();
    void setStatus(const QString &text, bool error);

    TaskRunner *m_runner;
    std::unique_ptr<PolicyAutosave> m_autosave;
    ConnectionBar *m_bar = nullptr;
    RepositoryOpener *m_opener = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    RepositoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTabWidget *m_tabs = nullptr;
    ImageView *m_imageView = nullptr;
    JsonView *m_jsonView = nullptr;
    LineageView *m_lineageView = nullptr;
    VerifyPanel *m_verifyPanel = nullptr;
    PolicyPanel *m_policyPanel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;

    SourceFactory m_override;
    SourceFactory m_factory;
    QString m_host;
    QString m_localSource;
    reference::ImageReference m_currentImage;
    QString m_pendingRepository;
    QString m_pendingTag;
    int m_imageRequest = 0;
    /// Bumped by each connect / local open; older completions and their tag
    /// listings are ignored.
    int m_sourceRequest = 0;
    int m_lineageRequest = 0;
    int m_verifyRequest = 0;
    // The tasks a newer selection supersedes: cancelled, never waited for.
    std::shared_ptr<std::atomic_bool> m_imageTask;
    std::shared_ptr<std::atomic_bool> m_lineageTask;
    std::shared_ptr<std::atomic_bool> m_verifyTask;
    int m_imageDone = 0;
    int m_lineageDone = 0;
    int m_verifyDone = 0;
    int m_connectDone = 0;
};

} // namespace chainscope::ui
