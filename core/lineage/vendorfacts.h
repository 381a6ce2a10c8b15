#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace chainscope::lineage {

/// What an image says about its operating system vendor, read from the label
/// set Red Hat puts on its images (com.redhat.component, name, version,
/// release, vendor, vcs-ref, url) and the OCI annotation-style labels
/// (org.opencontainers.image.vendor/.version/.title). Nothing here is signed:
/// these are claims the image makes about itself. Value type.
struct VendorFacts
{
    QString vendor;    ///< "Red Hat, Inc."
    QString component; ///< "ubi8-minimal-container"
    QString name;      ///< "ubi8/ubi-minimal"
    QString version;   ///< "8.3"
    QString release;   ///< "291"
    QString vcsRef;
    QString url;

    static VendorFacts fromLabels(const QMap<QString, QString> &labels);

    bool isEmpty() const { return vendor.isEmpty() && component.isEmpty(); }
    /// True for Red Hat Universal Base Images.
    bool isRedHatUbi() const;
    /// Name-version-release as Red Hat builds name it: "ubi8-minimal-container-8.3-291".
    QString nvr() const;
    /// One line for people: "Red Hat UBI 8.3 (ubi8-minimal-container-8.3-291)".
    QString summary() const;

    QJsonObject toJson() const;

    friend bool operator==(const VendorFacts &, const VendorFacts &) = default;
};

} // namespace chainscope::lineage
