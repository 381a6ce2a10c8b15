#include "core/lineage/vendorfacts.h"

#include <QCoreApplication>
#include <QStringList>

namespace chainscope::lineage {

VendorFacts VendorFacts::fromLabels(const QMap<QString, QString> &labels)
{
    const auto first = [&labels](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QString value = labels.value(QLatin1String(key)).trimmed();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };

    VendorFacts facts;
    facts.vendor = first({"vendor", "org.opencontainers.image.vendor"});
    facts.component = first({"com.redhat.component"});
    facts.name = first({"name", "org.opencontainers.image.title"});
    facts.version = first({"version", "org.opencontainers.image.version"});
    facts.release = first({"release"});
    facts.vcsRef = first({"vcs-ref", "org.opencontainers.image.revision"});
    facts.url = first({"url", "org.opencontainers.image.url"});
    return facts;
}

bool VendorFacts::isRedHatUbi() const
{
    if (!vendor.startsWith(QLatin1String("Red Hat")))
        return false;
    const QString lowerName = name.toLower();
    return component.startsWith(QLatin1String("ubi")) || lowerName.startsWith(QLatin1String("ubi"))
           || lowerName.contains(QLatin1String("/ubi"));
}

QString VendorFacts::nvr() const
{
    if (component.isEmpty() || version.isEmpty())
        return {};
    QString result = component + QLatin1Char('-') + version;
    if (!release.isEmpty())
        result += QLatin1Char('-') + release;
    return result;
}

QString VendorFacts::summary() const
{
    if (isEmpty())
        return {};
    QString head;
    if (isRedHatUbi()) {
        head = QCoreApplication::translate("chainscope::lineage", "Red Hat UBI %1").arg(version);
    } else {
        QStringList parts;
        for (const QString &part : {vendor, name, version}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        head = parts.join(QLatin1Char(' '));
    }
    const QString buildName = nvr();
    if (buildName.isEmpty())
        return head.trimmed();
    return QStringLiteral("%1 (%2)").arg(head.trimmed(), buildName);
}

QJsonObject VendorFacts::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("vendor", vendor);
    put("component", component);
    put("name", name);
    put("version", version);
    put("release", release);
    put("vcsRef", vcsRef);
    put("url", url);
    put("nvr", nvr());
    put("summary", summary());
    object.insert(QStringLiteral("redHatUbi"), isRedHatUbi());
    return object;
}

} // namespace chainscope::lineage
