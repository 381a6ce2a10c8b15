#include "ui/mainwindow.h"

#include "core/lineage/lineagebuilder.h"
#include "core/registry/localimage.h"
#include "core/registry/registryclient.h"
#include "core/sigstore/cosignverifier.h"
#include "ui/connectionbar.h"
#include "ui/imagedetails.h"
#include "ui/imageview.h"
#include "ui/jsonview.h"
#include "ui/keyloader.h"
#include "ui/labstate.h"
#include "ui/lineagepresenter.h"
#include "ui/lineageview.h"
#include "ui/policyautosave.h"
#include "ui/policypanel.h"
#include "ui/recentrepositories.h"
#include "ui/repositorymodel.h"
#include "ui/repositoryopener.h"
#include "ui/statusicons.h"
#include "ui/taskrunner.h"
#include "ui/verifypanel.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace chainscope::ui {

namespace {

struct Listing
{
    Result<QStringList> repositories;
    QStringList transportNotes;
    SourceFactory factory;
    /// Where the credential came from; none with a test's source override.
    std::optional<registry::CredentialLookup> credentials;
    QString keychainNote; ///< after "Remember password in the system keychain"
    /// /v2/ answers but the catalog is refused (Docker Hub, GHCR, Quay).
    bool catalogRefused = false;
};

// One opened local image shared by every task: its sources only read files
// after opening, so concurrent reads are safe. It answers to the host name
// its images are shown under, so that consumers matching references to
// sources by host (the policy evaluator) find it.
class SharedSource final : public registry::ContentSource
{
public:
    SharedSource(std::shared_ptr<registry::ContentSource> source, QString host)
        : m_source(std::move(source))
        , m_host(std::move(host))
    {
    }
    QString host() const override { return m_host; }
    Result<registry::FetchedManifest> manifest(const QString &repository,
                                               const QString &tagOrDigest) override
    {
        return m_source->manifest(repository, tagOrDigest);
    }
    Result<QByteArray> blob(const QString &repository, const reference::Digest &digest,
                            qint64 maxBytes) override
    {
        return m_source->blob(repository, digest, maxBytes);
    }
    Result<QStringList> tags(const QString &repository) override
    {
        return m_source->tags(repository);
    }
    Result<QStringList> repositories() override { return m_source->repositories(); }

private:
    std::shared_ptr<registry::ContentSource> m_source;
    QString m_host;
};

// Local images are shown under this reserved name (RFC 2606), so that the
// image tabs, which speak in image references, work on them unchanged.
const QString LocalHost = QStringLiteral("local.invalid");

// "loopback HTTP" and warnings about insecure options, when the source is a
// registry client; they belong beside every result made with it.
QStringList transportNotesOf(const registry::ContentSource *source)
{
    const auto *client = dynamic_cast<const registry::RegistryClient *>(source);
    return client ? client->transportNotes() : QStringList();
}

struct LineageResult
{
    Result<lineage::Lineage> lineage;
    bool keyGiven = false;
    QString keyProblem;
};

// A source the builder may share without owning it: the worker owns it and
// outlives the build.
std::shared_ptr<registry::ContentSource> borrowed(registry::ContentSource *source)
{
    return std::shared_ptr<registry::ContentSource>(std::shared_ptr<registry::ContentSource>(),
                                                    source);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_runner(new TaskRunner(this))
    , m_autosave(std::make_unique<PolicyAutosave>())
{
    setWindowTitle(tr("Chainscope"));
    setWindowIcon(QIcon(QStringLiteral(":/chainscope/icons/chainscope.svg")));
    buildUi();
    resize(1280, 820);
    m_policyPanel->recoverAutosaved();
}

MainWindow::~MainWindow()
{
    m_runner->cancelAll();
    // Editors flush unsaved text to m_autosave as they close: delete them
    // while it still exists (members die before the child widgets).
    delete m_policyPanel;
    m_policyPanel = nullptr;
}

void MainWindow::buildUi()
{
    m_bar = new ConnectionBar(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("repositoryFilter"));
    m_filter->setPlaceholderText(tr("Filter repositories and tags"));
    m_filter->setClearButtonEnabled(true);

    m_model = new RepositoryModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("repositoryTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_opener = new RepositoryOpener(this);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_opener);
    leftLayout->addWidget(m_tree, 1);

    m_imageView = new ImageView(this);
    m_jsonView = new JsonView(this);
    m_lineageView = new LineageView(this);
    m_verifyPanel = new VerifyPanel(this);
    m_policyPanel = new PolicyPanel(m_runner, m_autosave.get(), this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("imageTabs"));
    m_tabs->addTab(m_imageView, tr("Overview"));
    m_tabs->addTab(m_jsonView, tr("Raw"));
    m_tabs->addTab(m_lineageView, layersIcon(), tr("Lineage"));
    m_tabs->addTab(m_verifyPanel, lockIcon(), tr("Verify"));
    m_tabs->addTab(m_policyPanel, tr("Policy"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 960});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_bar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusText"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_runner, &TaskRunner::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        m_bar->setBusy(busy && m_runner->currentLabel() == tr("Connecting"));
        m_verifyPanel->setBusy(busy && m_verifyRequest != m_verifyDone);
    });
    connect(m_runner, &TaskRunner::labelChanged, this, [this](const QString &label) {
        m_progress->setToolTip(label);
        m_progress->setFormat(label);
    });
    connect(m_cancel, &QPushButton::clicked, m_runner, &TaskRunner::cancelAll);
    connect(m_bar, &ConnectionBar::connectRequested, this, &MainWindow::connectToRegistry);
    connect(m_opener, &RepositoryOpener::openRequested, this, &MainWindow::openRepository);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("Open Local Image &Folder…"), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(
            this, tr("Open an OCI image layout folder"));
        if (!path.isEmpty())
            openLocalImage(path);
    });
    openFolder->setObjectName(QStringLiteral("openLocalFolderAction"));
    QAction *openArchive = file->addAction(tr("Open Local Image &Archive…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open an image archive"), QString(),
            tr("Image archives (*.tar *.tar.gz *.tgz *.tar.zst *.tar.xz);;All files (*)"));
        if (!path.isEmpty())
            openLocalImage(path);
    });
    openArchive->setObjectName(QStringLiteral("openLocalArchiveAction"));
    auto *localMenu = new QMenu(this);
    localMenu->addAction(openFolder);
    localMenu->addAction(openArchive);
    m_bar->setOpenLocalMenu(localMenu);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tree, &QTreeView::expanded, this, &MainWindow::onExpanded);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_verifyPanel, &VerifyPanel::verifyRequested, this, [this]() {
        verifyCurrentImage();
        runLineage(); // the hop badges use the same key
    });
    connect(m_lineageView, &LineageView::openImageRequested, this, [this](const QString &ref) {
        openImage(ref);
        showTab(Tab::Overview);
    });
    connect(m_policyPanel, &PolicyPanel::statusMessage, this,
            [this](const QString &text) { setStatus(text, false); });
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::setStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
}

QString MainWindow::describeError(const Error &error)
{
    QString headline;
    switch (error.kind()) {
    case ErrorKind::Unauthorized:
        headline = tr("The registry refused the user name or password.");
        break;
    case ErrorKind::Forbidden:
        headline = tr("The registry does not allow this account to read that.");
        break;
    case ErrorKind::Network:
        headline = tr("Could not reach the registry. Is it running, and is the address right?");
        break;
    case ErrorKind::NotFound:
        headline = tr("Not found on the registry.");
        break;
    case ErrorKind::DigestMismatch:
        headline = tr("The registry sent content that does not match its digest; it was not "
                      "used.");
        break;
    case ErrorKind::Cancelled:
        return tr("Cancelled.");
    case ErrorKind::TooLarge:
        headline = tr("The registry sent more data than Chainscope accepts.");
        break;
    default:
        break;
    }
    return headline.isEmpty() ? error.toString() : headline + QLatin1Char(' ') + error.toString();
}

void MainWindow::setSourceFactoryOverride(SourceFactory factory)
{
    m_override = std::move(factory);
}

void MainWindow::connectToRegistry()
{
    const ConnectionSettings settings = m_bar->settings();
    const Result<QString> host = settings.host();
    if (!host) {
        m_bar->setStatus(host.error().message(), true);
        setStatus(host.error().message(), true);
        return;
    }

    const QString hostName = host.value();
    m_bar->setStatus(tr("Connecting to %1…").arg(hostName), false);
    m_bar->setCredentialSource({});
    setStatus(tr("Connecting to %1…").arg(hostName), false);
    const int generation = ++m_sourceRequest;
    m_runner->run<Listing>(
        tr("Connecting"),
        [settings, overrideFactory = m_override](const std::atomic_bool &cancel) -> Listing {
            // The credential chain may run helpers and ask the keychain: here, not in the GUI.
            std::optional<registry::CredentialLookup> credentials;
            SourceFactory factory = overrideFactory;
            if (!factory) {
                Result<registry::CredentialLookup> lookup = settings.resolveCredentials();
                if (!lookup)
                    return Listing{lookup.error(), {}, {}, std::nullopt, {}};
                credentials = *lookup;
                factory = settings.sourceFactory(lookup->credentials);
            }
            std::unique_ptr<registry::ContentSource> source = factory(cancel);
            Result<QStringList> repositories = source->repositories();
            QString keychainNote;
            const bool refused = !repositories
                                 && (repositories.error().kind() == ErrorKind::Unauthorized
                                     || repositories.error().kind() == ErrorKind::Forbidden);
            // The catalog is optional (distribution-spec): when /v2/ accepts
            // us but the catalog does not, the registry just will not list.
            bool catalogRefused = false;
            if (!repositories
                && (refused || repositories.error().kind() == ErrorKind::NotFound)) {
                auto *client = dynamic_cast<registry::RegistryClient *>(source.get());
                catalogRefused = client && client->ping().ok();
            }
            // Store a typed password only once it demonstrably worked: the
            // registry answered and the client did authenticate (not on a
            // network error, a cancel, or a registry that needs no login).
            const auto *client = dynamic_cast<registry::RegistryClient *>(source.get());
            const bool reached = repositories.ok() || catalogRefused;
            const bool authenticated
                = client && !client->connectionDetails().authScheme.isEmpty();
            if (credentials && credentials->source == registry::CredentialSource::Typed
                && reached && authenticated)
                keychainNote = settings.rememberTypedPassword();
            return Listing{std::move(repositories), transportNotesOf(source.get()), factory,
                           credentials, keychainNote, catalogRefused};
        },
        this, [this, hostName, generation](Listing listing) {
            ++m_connectDone;
            if (generation != m_sourceRequest)
                return; // another registry or local image was opened meanwhile
            if (listing.credentials) {
                QStringList lines{ConnectionSettings::describeSource(*listing.credentials)};
                lines += listing.credentials->notes;
                if (!listing.keychainNote.isEmpty())
                    lines.append(listing.keychainNote);
                m_bar->setCredentialSource(lines.join(QStringLiteral(" · ")));
            }
            const Result<QStringList> &repositories = listing.repositories;
            if (!repositories && listing.catalogRefused) {
                showCatalogRefused(hostName, listing.factory, repositories.error(),
                                   listing.transportNotes);
                return;
            }
            if (!repositories) {
                // Keep what is shown and what was typed: fix the password and retry.
                const QString message = describeError(repositories.error());
                m_bar->setStatus(tr("Could not connect to %1: %2").arg(hostName, message), true);
                setStatus(tr("Could not connect to %1").arg(hostName), true);
                return;
            }
            const SourceFactory factory = listing.factory;
            m_host = hostName;
            m_factory = factory;
            m_policyPanel->setSourceFactory(factory);
            m_localSource.clear();
            m_opener->clear();
            m_model->setRepositories(repositories.value());
            setWindowTitle(tr("Chainscope — %1").arg(hostName));
            QString text = tr("Connected to %1 (repositories: %n)", nullptr,
                              int(repositories->size()))
                               .arg(hostName);
            if (!listing.transportNotes.isEmpty())
                text += QStringLiteral(" · ")
                        + listing.transportNotes.join(QStringLiteral(" · "));
            m_bar->setStatus(text, false);
            setStatus(text, false);
            applyPendingSelection();
        });
}

void MainWindow::showCatalogRefused(const QString &hostName, const SourceFactory &factory,
                                    const Error &error, const QStringList &transportNotes)
{
    m_host = hostName;
    m_localSource.clear();
    m_factory = factory;
    m_policyPanel->setSourceFactory(factory);
    // What the user opened here before stands in for the catalog.
    m_model->setRepositories(RecentRepositories::list(hostName));
    const QString reason = error.httpStatus() > 0
                               ? tr("the catalog answers HTTP %1").arg(error.httpStatus())
                               : describeError(error);
    m_opener->showRefused(hostName, reason);
    setWindowTitle(tr("Chainscope — %1").arg(hostName));
    QString text = tr("Connected to %1; it does not list its repositories: open one by name")
                       .arg(hostName);
    if (!transportNotes.isEmpty())
        text += QStringLiteral(" · ") + transportNotes.join(QStringLiteral(" · "));
    m_bar->setStatus(text, false);
    setStatus(text, false);
    applyPendingSelection();
}

void MainWindow::openRepository(const QString &repository)
{
    if (!m_factory)
        return;
    m_model->addRepository(repository);
    const QModelIndex index = m_proxy->mapFromSource(m_model->repositoryIndex(repository));
    m_tree->setCurrentIndex(index);
    m_tree->expand(index); // lists its tags
}

void MainWindow::openLocalImage(const QString &path)
{
    setStatus(tr("Opening %1…").arg(path), false);
    const int generation = ++m_sourceRequest;
    m_runner->run<Result<registry::LocalImage>>(
        tr("Opening %1").arg(path),
        [path](const std::atomic_bool &) { return registry::openLocalSource(path); }, this,
        [this, path, generation](Result<registry::LocalImage> local) {
            ++m_connectDone;
            if (generation != m_sourceRequest)
                return; // another registry or local image was opened meanwhile
            if (!local) {
                setStatus(tr("Could not open %1: %2").arg(path, describeError(local.error())),
                          true);
                return;
            }
            Result<QStringList> repositories = local->source->repositories();
            if (!repositories) {
                setStatus(tr("Could not open %1: %2")
                              .arg(path, describeError(repositories.error())),
                          true);
                return;
            }
            std::shared_ptr<registry::ContentSource> shared = local->source;
            const SourceFactory factory = [shared](const std::atomic_bool &) {
                return std::unique_ptr<registry::ContentSource>(
                    new SharedSource(shared, LocalHost));
            };
            m_host = LocalHost;
            m_localSource = local->source->host();
            m_factory = factory;
            m_policyPanel->setSourceFactory(factory);
            m_opener->clear();
            m_model->setRepositories(*repositories);
            setWindowTitle(tr("Chainscope — %1").arg(local->path));
            QString text = tr("Opened the local image %1 (repositories: %n)", nullptr,
                              int(repositories->size()))
                               .arg(local->path);
            for (const QString &note : local->notes)
                text += QStringLiteral(" · ") + note;
            m_bar->setStatus(text, false);
            setStatus(text, false);
            applyPendingSelection();
        });
}

void MainWindow::onExpanded(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (index.data(RepositoryModel::KindRole).toInt() == RepositoryModel::RepositoryKind)
        loadTags(index.data(RepositoryModel::RepositoryRole).toString());
}

void MainWindow::loadTags(const QString &repository)
{
    if (!m_factory || !m_model->beginLoadingTags(repository))
        return;
    const SourceFactory factory = m_factory;
    const int generation = m_sourceRequest;
    m_runner->run<Result<QStringList>>(
        tr("Listing tags of %1").arg(repository),
        [factory, repository](const std::atomic_bool &cancel) -> Result<QStringList> {
            return factory(cancel)->tags(repository);
        },
        this, [this, repository, generation](Result<QStringList> tags) {
            if (generation != m_sourceRequest)
                return; // the tags of a registry no longer shown
            if (!tags) {
                const QString message = describeError(tags.error());
                m_model->setTagsFailed(repository, message);
                setStatus(tr("Could not list the tags of %1: %2").arg(repository, message), true);
                return;
            }
            m_model->setTags(repository, tags.value());
            applyPendingSelection();
        });
}

void MainWindow::selectImage(const QString &repository, const QString &tag)
{
    m_pendingRepository = repository;
    m_pendingTag = tag;
    applyPendingSelection();
}

void MainWindow::applyPendingSelection()
{
    if (m_pendingRepository.isEmpty())
        return;
    const QModelIndex repository = m_model->repositoryIndex(m_pendingRepository);
    if (!repository.isValid())
        return;
    const int state = repository.data(RepositoryModel::TagsStateRole).toInt();
    if (state != RepositoryModel::TagsLoaded) {
        m_tree->expand(m_proxy->mapFromSource(repository)); // loads the tags
        return;
    }
    const QModelIndex tag = m_model->tagIndex(m_pendingRepository, m_pendingTag);
    m_tree->expand(m_proxy->mapFromSource(repository));
    m_pendingRepository.clear();
    if (!tag.isValid()) {
        setStatus(tr("%1 has no tag %2.").arg(repository.data().toString(), m_pendingTag), true);
        return;
    }
    const QModelIndex proxyTag = m_proxy->mapFromSource(tag);
    m_tree->setCurrentIndex(proxyTag);
    m_tree->scrollTo(proxyTag);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    if (index.data(RepositoryModel::KindRole).toInt() != RepositoryModel::TagKind)
        return;
    const QString text = m_host + QLatin1Char('/')
                         + index.data(RepositoryModel::RepositoryRole).toString()
                         + QLatin1Char(':') + index.data(RepositoryModel::TagRole).toString();
    const Result<reference::ImageReference> image = reference::ImageReference::parse(text);
    if (!image) {
        setStatus(image.error().toString(), true);
        return;
    }
    showImage(image.value());
}

void MainWindow::openImage(const QString &reference)
{
    const Result<reference::ImageReference> image = reference::ImageReference::parse(reference);
    if (!image) {
        setStatus(image.error().toString(), true);
        return;
    }
    if (!m_factory || image->registry() != m_host) {
        setStatus(tr("%1 is not on the connected registry %2.").arg(reference, m_host), true);
        return;
    }
    if (!image->tag().isEmpty() && !image->digest().isValid()) {
        selectImage(image->repository(), image->tag());
        return;
    }
    showImage(image.value());
}

void MainWindow::showImage(const reference::ImageReference &image)
{
    // Showing the same image again reloads it: after a registry error that
    // is how the user retries.
    m_currentImage = image;
    const QString name = image.toString();
    m_verifyPanel->setImage(name);
    m_policyPanel->addCandidateImage(name, true);
    m_imageView->clear();
    m_jsonView->clear();

    const int request = ++m_imageRequest;
    const SourceFactory factory = m_factory;
    setStatus(tr("Reading %1…").arg(name), false);
    TaskRunner::cancel(m_imageTask);
    m_imageTask = m_runner->run<Result<ImageDetails>>(
        tr("Reading %1").arg(name),
        [factory, image](const std::atomic_bool &cancel) -> Result<ImageDetails> {
            return ImageDetails::load(*factory(cancel), image);
        },
        this, [this, request, name](Result<ImageDetails> details) {
            if (request != m_imageRequest)
                return; // another image was selected meanwhile
            ++m_imageDone;
            if (!details) {
                const QString message = describeError(details.error());
                setStatus(tr("Could not read %1: %2").arg(name, message), true);
                return;
            }
            m_imageView->setDetails(details.value());
            m_jsonView->setDocuments(details->rawDocuments);
            setStatus(tr("Showing %1").arg(name), false);
        });

    runLineage();
    if (KeyLoader::isGiven(m_verifyPanel->keyInput()))
        verifyCurrentImage();
}

void MainWindow::runLineage()
{
    if (!m_currentImage.isValid() || !m_factory)
        return;
    const int request = ++m_lineageRequest;
    const SourceFactory factory = m_factory;
    const reference::ImageReference image = m_currentImage;
    const KeyInput key = m_verifyPanel->keyInput();
    const bool requireTlog = m_verifyPanel->requireTransparencyLog();
    const bool exactReference = m_verifyPanel->requireExactReference();
    m_lineageView->setMessage(tr("Following the chain of %1…").arg(image.toString()));

    TaskRunner::cancel(m_lineageTask);
    m_lineageTask = m_runner->run<LineageResult>(
        tr("Tracing the lineage of %1").arg(image.toString()),
        [=](const std::atomic_bool &cancel) -> LineageResult {
            std::unique_ptr<registry::ContentSource> source = factory(cancel);
            lineage::LineageBuilder::Options options;
            registry::ContentSource *raw = source.get();
            const QString host = image.registry();
            // TODO(#6): reach bases on other registries (credentials per host).
            options.sources = [raw, host](const QString &wanted) {
                return wanted == host ? borrowed(raw) : nullptr;
            };
            LineageResult result{Error(ErrorKind::Internal, QString()), false, {}};
            if (KeyLoader::isGiven(key)) {
                Result<crypto::PublicKey> publicKey = KeyLoader::load(key);
                if (publicKey) {
                    result.keyGiven = true;
                    sigstore::KeyVerifyOptions verifyOptions;
                    verifyOptions.key = publicKey.value();
                    verifyOptions.requireTransparencyLog = requireTlog;
                    verifyOptions.requireExactReference = exactReference;
                    verifyOptions.knownKeys = KeyLoader::loadKnown(key, nullptr);
                    options.signatureCheck =
                        [verifyOptions](registry::ContentSource &hopSource,
                                        const reference::ImageReference &pinned) {
                            return sigstore::CosignVerifier(hopSource).verify(pinned,
                                                                              verifyOptions);
                        };
                    options.attestationKey = publicKey.value();
                } else {
                    result.keyProblem = publicKey.error().toString();
                }
            }
            result.lineage = lineage::LineageBuilder(*source, options).build(image);
            return result;
        },
        this, [this, request](LineageResult result) {
            if (request != m_lineageRequest)
                return;
            ++m_lineageDone;
            if (!result.lineage) {
                m_lineageView->setMessage(tr("Could not trace the lineage: %1")
                                              .arg(describeError(result.lineage.error())));
                return;
            }
            LineageDisplay display = LineagePresenter::present(result.lineage.value(),
                                                               result.keyGiven);
            if (!result.keyProblem.isEmpty())
                display.notes.prepend(tr("Signatures not checked: %1").arg(result.keyProblem));
            m_lineageView->setLineage(display);
        });
}

void MainWindow::verifyCurrentImage()
{
    if (!m_currentImage.isValid() || !m_factory)
        return;
    const int request = ++m_verifyRequest;
    const SourceFactory factory = m_factory;
    const reference::ImageReference image = m_currentImage;
    const KeyInput key = m_verifyPanel->keyInput();
    const bool requireTlog = m_verifyPanel->requireTransparencyLog();
    const bool exactReference = m_verifyPanel->requireExactReference();
    m_verifyPanel->showError(tr("Verifying…"), image.toString());
    m_verifyPanel->setBusy(true);

    // Which key the result is about: written by the worker, read when it is done.
    auto keyUsed = std::make_shared<QString>();
    TaskRunner::cancel(m_verifyTask);
    m_verifyTask = m_runner->run<Result<report::Verification>>(
        tr("Verifying %1").arg(image.toString()),
        [=](const std::atomic_bool &cancel) -> Result<report::Verification> {
            Result<crypto::PublicKey> publicKey = KeyLoader::load(key);
            if (!publicKey)
                return publicKey.error();
            *keyUsed = VerifyPanel::describeKey(key, publicKey->fingerprint());
            sigstore::KeyVerifyOptions options;
            options.key = publicKey.value();
            options.requireTransparencyLog = requireTlog;
            options.requireExactReference = exactReference;
            QStringList problems;
            options.knownKeys = KeyLoader::loadKnown(key, &problems);
            std::unique_ptr<registry::ContentSource> source = factory(cancel);
            report::Verification verification =
                sigstore::CosignVerifier(*source).verify(image, options);
            for (const QString &problem : std::as_const(problems))
                verification.warnings << tr("A known key was not used: %1").arg(problem);
            for (const QString &note : transportNotesOf(source.get())) {
                if (!verification.warnings.contains(note))
                    verification.warnings << note;
            }
            return verification;
        },
        this, [this, request, keyUsed](Result<report::Verification> verification) {
            if (request != m_verifyRequest)
                return;
            m_verifyDone = request;
            m_verifyPanel->setBusy(false);
            if (!verification) {
                m_verifyPanel->showError(tr("Could not check the signature"),
                                         describeError(verification.error()));
                return;
            }
            m_verifyPanel->showVerification(verification.value());
            m_verifyPanel->setKeyUsed(*keyUsed);
        });
}

bool MainWindow::applyLabState(const LabState &lab, QString *errorMessage)
{
    ConnectionSettings settings;
    settings.url = lab.url.isEmpty() ? lab.registry : lab.url;
    settings.username = lab.username;
    settings.password = lab.password;
    m_bar->setSettings(settings);
    if (!lab.publicKeyPath.isEmpty())
        m_verifyPanel->setKeyFile(lab.publicKeyPath);
    // The lab's second key stands for another team's: known, not trusted.
    if (!lab.otherPublicKeyPath.isEmpty())
        m_verifyPanel->setKnownKeyFiles({lab.otherPublicKeyPath});

    QStringList problems;
    for (const QString &path : {lab.legacyPolicyPath, lab.currentPolicyPath}) {
        if (path.isEmpty())
            continue;
        QString error;
        if (!m_policyPanel->openFile(path, &error))
            problems << tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), error);
    }

    QStringList candidates;
    QStringList checked;
    for (auto it = lab.images.cbegin(); it != lab.images.cend(); ++it) {
        candidates << it->ref;
        if (it.key() == QLatin1String("service") || it.key() == QLatin1String("base"))
            checked << it->ref;
    }
    m_policyPanel->setCandidateImages(candidates, checked);

    const LabState::Image service = lab.images.value(QStringLiteral("service"));
    if (!service.ref.isEmpty()) {
        QString repository = service.repository;
        QString tag = service.tag;
        if (repository.isEmpty()) {
            const Result<reference::ImageReference> parsed =
                reference::ImageReference::parse(service.ref);
            if (parsed) {
                repository = parsed->repository();
                tag = parsed->tag();
            }
        }
        selectImage(repository, tag);
    }
    connectToRegistry();
    showTab(Tab::Lineage);

    if (errorMessage)
        *errorMessage = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_runner->cancelAll();
    QMainWindow::closeEvent(event);
}

} // namespace chainscope::ui
