#include "ui/taskrunner.h"

#include <QCoreApplication>

namespace chainscope::ui {

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
{
}

TaskRunner::~TaskRunner()
{
    // Workers hold their own copies of the flags and results; ask them to stop
    // so the pool drains quickly when the window closes.
    cancelAll();
}

QThreadPool *TaskRunner::pool()
{
    // Registry calls mostly wait on the network; a thread per hung call
    // still leaves room for new work until the hung ones time out. Owned by
    // the application, so it is gone before the process ends.
    static QThreadPool *const shared = [] {
        auto *threads = new QThreadPool(QCoreApplication::instance());
        threads->setObjectName(QStringLiteral("chainscope-tasks"));
        threads->setMaxThreadCount(32);
        return threads;
    }();
    return shared;
}

QString TaskRunner::currentLabel() const
{
    return m_active.isEmpty() ? QString() : m_active.constLast().label;
}

void TaskRunner::cancelAll()
{
    for (const Active &active : std::as_const(m_active))
        active.cancel->store(true);
}

void TaskRunner::begin(const QString &label, const std::shared_ptr<std::atomic_bool> &cancel)
{
    const bool wasBusy = isBusy();
    m_active.append({label, cancel});
    emit labelChanged(label);
    if (!wasBusy)
        emit busyChanged(true);
}

void TaskRunner::end(const std::shared_ptr<std::atomic_bool> &cancel)
{
    for (qsizetype i = 0; i < m_active.size(); ++i) {
        if (m_active.at(i).cancel == cancel) {
            m_active.removeAt(i);
            break;
        }
    }
    emit labelChanged(currentLabel());
    if (!isBusy())
        emit busyChanged(false);
}

} // namespace chainscope::ui
