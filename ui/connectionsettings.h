#pragma once

#include "core/registry/contentsource.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace chainscope::ui {

/// Creates a content source inside a worker thread. The source must honour
/// \a cancel (the registry client takes it as ClientOptions::cancelFlag).
/// Tests hand the window a factory that serves a MemorySource.
using SourceFactory = std::function<std::unique_ptr<registry::ContentSource>(
    const std::atomic_bool &cancel)>;

/// What the connect bar holds: where the registry is and how to log in.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::ui::ConnectionSettings)

public:
    QString url;      ///< as typed: "http://127.0.0.1:5000", "127.0.0.1:5000", "quay.io"
    QString username;
    QString password;
    /// Plain HTTP to a host that is not loopback: named to sound dangerous.
    bool allowInsecureHttp = false;

    /// "host[:port]" taken from url; an error says what is wrong with it.
    Result<QString> host() const;

    /// A factory creating a RegistryClient for these settings in the worker.
    SourceFactory sourceFactory() const;
};

} // namespace chainscope::ui
