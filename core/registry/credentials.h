#pragma once

#include "core/support/result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace chainscope::registry {

struct Credentials
{
    QString username;
    QString password; ///< or an identity token when username is empty

    bool isEmpty() const { return username.isEmpty() && password.isEmpty(); }
};

/// Reads the "auths" section of a Docker config file
/// ($DOCKER_CONFIG/config.json, else ~/.docker/config.json): "auth" is
/// base64 "user:password"; "username"/"password" fields are accepted too.
/// Hosts are matched as Docker does (with or without scheme, docker.io aliases).
class DockerConfig
{
public:
    /// The default path following $DOCKER_CONFIG.
    static QString defaultPath();

    /// Loads \a path; a missing file is an empty config, a broken one an error.
    static Result<DockerConfig> load(const QString &path);

    std::optional<Credentials> find(const QString &registryHost) const;

private:
    QMap<QString, Credentials> m_auths;
};

} // namespace chainscope::registry
