#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace chainscope::ui {

/// Keeps unsaved policy edits on disk so that nothing typed is lost: each
/// open editor writes its text under its own id while it has unsaved
/// changes; saving or discarding removes the copy; entries left over are
/// what a crash or a killed session would have lost, and are offered back
/// on the next start. GUI thread only; files are written atomically.
class PolicyAutosave
{
public:
    struct Entry
    {
        QString id;
        QString originalPath; ///< empty for a policy never saved
        QString text;
        QDateTime saved;
    };

    /// \a directory defaults to <AppDataLocation>/autosave.
    explicit PolicyAutosave(QString directory = {});

    QString directory() const { return m_directory; }
    /// A fresh id for a new editor.
    static QString newId();

    /// Writes \a text for \a id; false (with \a errorMessage) when it cannot.
    bool store(const QString &id, const QString &originalPath, const QString &text,
               QString *errorMessage = nullptr);
    void remove(const QString &id);
    /// Every stored entry, oldest first.
    QList<Entry> entries() const;

private:
    QString textPath(const QString &id) const;
    QString metaPath(const QString &id) const;

    QString m_directory;
};

} // namespace chainscope::ui
