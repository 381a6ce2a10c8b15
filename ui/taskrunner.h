#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace chainscope::ui {

/// Runs registry, crypto and policy work off the GUI thread.
///
/// Each task gets its own cancel flag; the work function receives it and hands
/// it to the RegistryClient it creates (ClientOptions::cancelFlag), so Cancel
/// aborts the request in flight. The completion callback runs on the GUI
/// thread, and only while \a context is alive. The runner reports whether any
/// task is active, so the window can show progress and a Cancel button.
///
/// The GUI thread never waits for a task: cancelling only raises the flag,
/// and a task that ignores it is abandoned (its callback still runs when it
/// ends; callers drop stale results by a generation check). Tasks run on a
/// pool of their own, never on QThreadPool::globalInstance(): Qt's raster
/// painter borrows that pool's threads and waits for them, so registry calls
/// hanging there would freeze painting until they time out.
class TaskRunner final : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override;

    /// A running task's cancel flag, to cancel that task alone.
    using Handle = std::shared_ptr<std::atomic_bool>;

    /// Starts \a work(cancelFlag) on the runner's pool; when it returns, calls
    /// \a done(result) on this object's thread if \a context still exists.
    template<typename T>
    Handle run(const QString &label, std::function<T(const std::atomic_bool &)> work,
             QObject *context, std::function<void(T)> done);

    bool isBusy() const { return !m_active.isEmpty(); }
    /// What the most recently started task that still runs is doing.
    QString currentLabel() const;
    int activeCount() const { return int(m_active.size()); }

    /// Asks the task of \a handle (if any) to stop; returns at once.
    static void cancel(const Handle &handle)
    {
        if (handle)
            handle->store(true);
    }

    /// The pool all runners share (I/O-bound work: more threads than cores).
    static QThreadPool *pool();

public slots:
    /// Asks every running task to stop; their callbacks still run, with
    /// whatever result (usually a Cancelled error) the work returned.
    void cancelAll();

signals:
    void busyChanged(bool busy);
    void labelChanged(const QString &label);

private:
    struct Active
    {
        QString label;
        std::shared_ptr<std::atomic_bool> cancel;
    };

    void begin(const QString &label, const std::shared_ptr<std::atomic_bool> &cancel);
    void end(const std::shared_ptr<std::atomic_bool> &cancel);

    QList<Active> m_active;
};

template<typename T>
TaskRunner::Handle TaskRunner::run(const QString &label, std::function<T(const std::atomic_bool &)> work,
                     QObject *context, std::function<void(T)> done)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    // The result travels in a holder instead of QFuture<T>: our result types
    // (Result<T>) are not default-constructible.
    auto holder = std::make_shared<std::optional<T>>();
    auto *watcher = new QFutureWatcher<void>(this);
    QPointer<QObject> guard(context);
    connect(watcher, &QFutureWatcher<void>::finished, this,
            [this, watcher, cancel, holder, guard, done = std::move(done)]() {
                watcher->deleteLater();
                end(cancel);
                if (guard && holder->has_value())
                    done(std::move(**holder));
            });
    begin(label, cancel);
    watcher->setFuture(QtConcurrent::run(pool(), [work = std::move(work), cancel, holder]() {
        holder->emplace(work(*cancel));
    }));
    return cancel;
}

} // namespace chainscope::ui
