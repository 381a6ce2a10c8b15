#include "imagefixture.h"

#include "core/lineage/lineagebuilder.h"
#include "core/sigstore/cosignverifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace chainscope;
using namespace chainscope::lineage;
using fixture::Image;
using test::TestSigner;
using reference::Digest;
using reference::ImageReference;

namespace {

const QString Host = QStringLiteral("127.0.0.1:5000");

QMap<QString, QString> redHatLabels()
{
    // The lab's UBI label set (tests/lab/README.md).
    return {{"com.redhat.component", "ubi8-minimal-container"},
            {"name", "ubi8-minimal"},
            {"version", "8.3"},
            {"release", "298"},
            {"vendor", "Red Hat, Inc."},
            {"vcs-ref", "0123abcd"},
            {"url", "https://access.redhat.com/containers/#/registry.access.redhat.com/ubi8-minimal/images/8.3-298"}};
}

// Labels of a child built FROM the UBI: Docker and buildah copy the base's labels.
QMap<QString, QString> inheritedLabels(const QString &baseImage)
{
    QMap<QString, QString> labels = redHatLabels();
    labels.insert("base.image", baseImage);
    return labels;
}

QMap<QString, QString> baseAnnotations(const QString &name, const Digest &digest)
{
    return {{"org.opencontainers.image.base.name", name},
            {"org.opencontainers.image.base.digest", digest.toString()}};
}

ImageReference ref(const QString &text)
{
    auto parsed = ImageReference::parse(text);
    if (!parsed)
        qFatal("bad reference %s", qPrintable(text));
    return *parsed;
}

const Evidence *findEvidence(const Hop &hop, EvidenceKind kind)
{
    for (const Evidence &item : hop.evidence) {
        if (item.kind == kind)
            return &item;
    }
    return nullptr;
}

LineageBuilder::SignatureCheck cosignCheck(const crypto::PublicKey &key)
{
    return [key](registry::ContentSource &source, const ImageReference &pinned) {
        sigstore::KeyVerifyOptions options;
        options.key = key;
        return sigstore::CosignVerifier(source).verify(pinned, options);
    };
}

/// The seed's chain: ubi8/ubi-minimal:8.3 <- ztsc/quarkus-base-image:1.0 <-
/// ztsc/quarkus-hello-service:1.0, base and service signed, service attested.
struct SeedChain
{
    registry::MemorySource source{Host};
    TestSigner signer;
    Digest ubi, base, service;

    SeedChain()
    {
        const QByteArray ubiLayer = "ubi root filesystem";
        const QByteArray javaLayer = "/deployments/run-java.sh";
        const QByteArray appLayer = "quarkus-app";
        const QString ubiName = Host + "/ubi8/ubi-minimal:8.3";
        const QString baseName = Host + "/ztsc/quarkus-base-image:1.0";

        ubi = fixture::push(source, {"ubi8/ubi-minimal", "8.3", {ubiLayer}, redHatLabels(), {}});
        base = fixture::push(source, {"ztsc/quarkus-base-image", "1.0", {ubiLayer, javaLayer},
                                      inheritedLabels(ubiName), baseAnnotations(ubiName, ubi)});
        service = fixture::push(source, {"ztsc/quarkus-hello-service", "1.0",
                                         {ubiLayer, javaLayer, appLayer},
                                         inheritedLabels(baseName),
                                         baseAnnotations(baseName, base)});
        fixture::sign(source, signer, Host, "ztsc/quarkus-base-image", base);
        fixture::sign(source, signer, Host, "ztsc/quarkus-hello-service", service);
        fixture::attest(source, signer, Host, "ztsc/quarkus-hello-service", service,
                        {{"docker.io/library/bash", Digest::sha256Of("bash")},
                         {Host + "/ztsc/quarkus-base-image", base}});
    }

    crypto::PublicKey key() const { return *crypto::PublicKey::fromPem(signer.publicKeyPem()); }
};

} // namespace

class TestLineageBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedChainHasThreeHopsWithEvidence()
    {
        SeedChain chain;
        QVERIFY(chain.signer.isValid());
        LineageBuilder::Options options;
        options.signatureCheck = cosignCheck(chain.key());
        options.attestationKey = chain.key();
        LineageBuilder builder(chain.source, options);

        auto lineage = builder.build(ref(Host + "/ztsc/quarkus-hello-service:1.0"));
        QVERIFY2(lineage.ok(), qPrintable(lineage.ok() ? QString() : lineage.error().toString()));
        QCOMPARE(lineage->hops.size(), 3);
        QCOMPARE(lineage->stopReason, StopReason::NoBaseNamed);
        QVERIFY(!lineage->hasContradictions());

        const Hop &service = lineage->hops.at(0);
        const Hop &base = lineage->hops.at(1);
        const Hop &ubi = lineage->hops.at(2);
        QCOMPARE(service.digest, chain.service.toString());
        QCOMPARE(base.digest, chain.base.toString());
        QCOMPARE(ubi.digest, chain.ubi.toString());
        QCOMPARE(base.reference, Host + "/ztsc/quarkus-base-image:1.0");
        QVERIFY(service.evidence.isEmpty());

        // service -> base: all four kinds of evidence agree.
        for (EvidenceKind kind : {EvidenceKind::Annotation, EvidenceKind::Label,
                                  EvidenceKind::LayerPrefix, EvidenceKind::Provenance}) {
            const Evidence *item = findEvidence(base, kind);
            QVERIFY(item);
            QCOMPARE(evidenceVerdictName(item->verdict), QStringLiteral("supports"));
        }
        QCOMPARE(findEvidence(base, EvidenceKind::LayerPrefix)->value, QStringLiteral("2/3"));
        QVERIFY(findEvidence(base, EvidenceKind::Provenance)->detail.contains("verified"));

        // base -> ubi: no provenance attached to the base.
        QCOMPARE(findEvidence(ubi, EvidenceKind::Annotation)->verdict, EvidenceVerdict::Supports);
        QCOMPARE(findEvidence(ubi, EvidenceKind::Label)->verdict, EvidenceVerdict::Supports);
        QCOMPARE(findEvidence(ubi, EvidenceKind::LayerPrefix)->verdict, EvidenceVerdict::Supports);
        QCOMPARE(findEvidence(ubi, EvidenceKind::Provenance)->verdict,
                 EvidenceVerdict::Unavailable);

        QCOMPARE(ubi.vendor.summary(), QStringLiteral("Red Hat UBI 8.3 (ubi8-minimal-container-8.3-298)"));
        // The Red Hat labels of the service and the base come from the UBI.
        QVERIFY(service.vendorInherited);
        QVERIFY(base.vendorInherited);
        QVERIFY(!ubi.vendorInherited);

        // Signatures: service and base by the key; the UBI says plainly why not.
        QVERIFY(service.signature && service.signature->verified());
        QVERIFY(base.signature && base.signature->verified());
        QVERIFY(ubi.signature);
        QCOMPARE(ubi.signature->outcome, report::Outcome::NoSignature);
        QVERIFY(ubi.signatureNote.contains("Red Hat"));
        QVERIFY(base.signatureNote.isEmpty());
    }

    void jsonIsTheContract()
    {
        SeedChain chain;
        LineageBuilder builder(chain.source);
        auto lineage = builder.build(ref(Host + "/ztsc/quarkus-hello-service:1.0"));
        QVERIFY(lineage.ok());
        const QJsonObject json = lineage->toJson();
        QCOMPARE(json.value("hops").toArray().size(), 3);
        QCOMPARE(json.value("stop").toObject().value("reason").toString(),
                 QStringLiteral("no-base-named"));
        const QJsonObject ubi = json.value("hops").toArray().at(2).toObject();
        QCOMPARE(ubi.value("digest").toString(), chain.ubi.toString());
        QCOMPARE(ubi.value("vendor").toObject().value("nvr").toString(),
                 QStringLiteral("ubi8-minimal-container-8.3-298"));
        QVERIFY(ubi.value("signature").isNull()); // no key given: not checked
        const QJsonArray evidence = ubi.value("evidence").toArray();
        QCOMPARE(evidence.size(), 4);
        QCOMPARE(evidence.at(2).toObject().value("kind").toString(), QStringLiteral("layer-prefix"));
        QCOMPARE(evidence.at(2).toObject().value("verdict").toString(), QStringLiteral("supports"));
    }

    void unverifiedProvenanceIsSaidSo()
    {
        SeedChain chain;
        LineageBuilder builder(chain.source);
        auto lineage = builder.build(ref(Host + "/ztsc/quarkus-hello-service:1.0"));
        QVERIFY(lineage.ok());
        const Evidence *provenance = findEvidence(lineage->hops.at(1), EvidenceKind::Provenance);
        QCOMPARE(provenance->verdict, EvidenceVerdict::Supports);
        QVERIFY(provenance->detail.contains("not checked"));
    }

    void provenanceByAnotherKeyIsNotEvidence()
    {
        SeedChain chain;
        TestSigner other;
        LineageBuilder::Options options;
        options.attestationKey = *crypto::PublicKey::fromPem(other.publicKeyPem());
        LineageBuilder builder(chain.source, options);
        auto lineage = builder.build(ref(Host + "/ztsc/quarkus-hello-service:1.0"));
        QVERIFY(lineage.ok());
        QCOMPARE(findEvidence(lineage->hops.at(1), EvidenceKind::Provenance)->verdict,
                 EvidenceVerdict::Unavailable);
        QVERIFY(lineage->hops.at(0).notes.join(' ').contains("not signed by the given key"));
    }

    void unsignedChildOfUbiGetsNoVendorExcuse()
    {
        SeedChain chain;
        const QString ubiName = Host + "/ubi8/ubi-minimal:8.3";
        fixture::push(chain.source, {"ztsc/unsigned", "1.0", {"ubi root filesystem", "x"},
                                     inheritedLabels(ubiName), baseAnnotations(ubiName, chain.ubi)});
        LineageBuilder::Options options;
        options.signatureCheck = cosignCheck(chain.key());
        LineageBuilder builder(chain.source, options);
        auto lineage = builder.build(ref(Host + "/ztsc/unsigned:1.0"));
        QVERIFY(lineage.ok());
        QCOMPARE(lineage->hops.size(), 2);
        const Hop &image = lineage->hops.at(0);
        QCOMPARE(image.signature->outcome, report::Outcome::NoSignature);
        QVERIFY(image.vendorInherited);
        QVERIFY(image.signatureNote.isEmpty());
        QVERIFY(!lineage->hops.at(1).signatureNote.isEmpty());
    }

    void namedBaseWhoseLayersAreNotAPrefixContradicts()
    {
        registry::MemorySource source(Host);
        const Digest base = fixture::push(source, {"ztsc/base", "1.0", {"base layer"}, {}, {}});
        fixture::push(source, {"ztsc/app", "1.0", {"another layer", "app layer"},
                               {{"base.image", Host + "/ztsc/base:1.0"}},
                               baseAnnotations(Host + "/ztsc/base:1.0", base)});
        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/app:1.0"));
        QVERIFY(lineage.ok());
        QCOMPARE(lineage->hops.size(), 2);
        QCOMPARE(findEvidence(lineage->hops.at(1), EvidenceKind::LayerPrefix)->verdict,
                 EvidenceVerdict::Contradicts);
        QVERIFY(lineage->hasContradictions());
        QVERIFY(!lineage->warnings.isEmpty());
        QCOMPARE(lineage->toJson().value("contradictions").toBool(), true);
    }

    void labelThatNamesAnotherImageContradicts()
    {
        registry::MemorySource source(Host);
        const Digest base = fixture::push(source, {"ztsc/base", "1.0", {"base layer"}, {}, {}});
        fixture::push(source, {"ztsc/app", "1.0", {"base layer", "app layer"},
                               {{"base.image", Host + "/ztsc/other-base:1.0"}},
                               baseAnnotations(Host + "/ztsc/base:1.0", base)});
        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/app:1.0"));
        QVERIFY(lineage.ok());
        const Hop &hop = lineage->hops.at(1);
        QCOMPARE(hop.digest, base.toString());
        QCOMPARE(findEvidence(hop, EvidenceKind::Annotation)->verdict, EvidenceVerdict::Supports);
        QCOMPARE(findEvidence(hop, EvidenceKind::Label)->verdict, EvidenceVerdict::Contradicts);
        QCOMPARE(findEvidence(hop, EvidenceKind::LayerPrefix)->verdict, EvidenceVerdict::Supports);
    }

    void labelAloneNamesTheBase()
    {
        registry::MemorySource source(Host);
        const Digest base = fixture::push(source, {"ztsc/base", "1.0", {"base layer"}, {}, {}});
        fixture::push(source, {"ztsc/app", "1.0", {"base layer", "app layer"},
                               {{"base.image", Host + "/ztsc/base:1.0"}}, {}});
        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/app:1.0"));
        QVERIFY(lineage.ok());
        QCOMPARE(lineage->hops.size(), 2);
        QCOMPARE(lineage->hops.at(1).digest, base.toString());
        QCOMPARE(findEvidence(lineage->hops.at(1), EvidenceKind::Annotation)->verdict,
                 EvidenceVerdict::Unavailable);
        QCOMPARE(findEvidence(lineage->hops.at(1), EvidenceKind::Label)->verdict,
                 EvidenceVerdict::Supports);
    }

    void provenanceAloneFindsTheBase()
    {
        // No annotation, no label: the material whose layers are a prefix is the
        // base; the build tool listed beside it is not.
        registry::MemorySource source(Host);
        TestSigner signer;
        const Digest tool = fixture::push(source, {"tools/builder", "1", {"tool layer"}, {}, {}});
        const Digest base = fixture::push(source, {"ztsc/base", "1.0", {"base layer"}, {}, {}});
        const Digest app = fixture::push(source, {"ztsc/app", "1.0",
                                                  {"base layer", "app layer"}, {}, {}});
        fixture::attest(source, signer, Host, "ztsc/app", app,
                        {{Host + "/tools/builder", tool}, {Host + "/ztsc/base", base}});
        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/app:1.0"));
        QVERIFY(lineage.ok());
        QCOMPARE(lineage->hops.size(), 2);
        const Hop &hop = lineage->hops.at(1);
        QCOMPARE(hop.digest, base.toString());
        QCOMPARE(findEvidence(hop, EvidenceKind::Provenance)->verdict, EvidenceVerdict::Supports);
        QCOMPARE(findEvidence(hop, EvidenceKind::LayerPrefix)->verdict, EvidenceVerdict::Supports);
        QCOMPARE(findEvidence(hop, EvidenceKind::Label)->verdict, EvidenceVerdict::Unavailable);
    }

    void unreadableAttestationIsNoted()
    {
        // An attestation layer that cannot be read might have named the
        // base: the hop says so instead of silently finding no provenance.
        registry::MemorySource source(Host);
        const Digest app = fixture::push(source, {"ztsc/app", "1.0", {"app layer"}, {}, {}});
        fixture::pushArtifact(source, "ztsc/app", app.tagPrefix() + ".att",
                              fixture::mediatype::DsseEnvelope, "{\"payload\":",
                              {{"predicateType", "https://slsa.dev/provenance/v0.2"}});
        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/app:1.0"));
        QVERIFY2(lineage.ok(), qPrintable(lineage.ok() ? QString() : lineage.error().toString()));
        QCOMPARE(lineage->hops.size(), 1);
        const QStringList notes = lineage->hops.first().notes;
        QVERIFY2(notes.filter(QStringLiteral("attestation layer could not be read")).size() == 1,
                 qPrintable(notes.join(QLatin1Char('\n'))));
    }

    void stopsOnCycle()
    {
        // Two images that name each other: a broken or hostile registry.
        registry::MemorySource source(Host);
        fixture::push(source, {"ztsc/a", "1.0", {"layer"}, {{"base.image", Host + "/ztsc/b:1.0"}},
                               {}});
        fixture::push(source, {"ztsc/b", "1.0", {"layer"}, {{"base.image", Host + "/ztsc/a:1.0"}},
                               {}});
        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/a:1.0"));
        QVERIFY(lineage.ok());
        QCOMPARE(lineage->hops.size(), 2);
        QCOMPARE(lineage->stopReason, StopReason::Cycle);
        QCOMPARE(stopReasonName(lineage->stopReason), QStringLiteral("cycle"));
    }

    void stopsAtDepthLimit()
    {
        registry::MemorySource source(Host);
        QList<QByteArray> layers{"layer 0"};
        fixture::push(source, {"chain/image0", "1", layers, {}, {}});
        for (int i = 1; i < 6; ++i) {
            layers.append("layer " + QByteArray::number(i));
            fixture::push(source, {QStringLiteral("chain/image%1").arg(i), "1", layers,
                                   {{"base.image", Host + QStringLiteral("/chain/image%1:1").arg(i - 1)}},
                                   {}});
        }
        LineageBuilder::Options options;
        options.maxDepth = 3;
        LineageBuilder limited(source, options);
        auto lineage = limited.build(ref(Host + "/chain/image5:1"));
        QVERIFY(lineage.ok());
        QCOMPARE(lineage->hops.size(), 3);
        QCOMPARE(lineage->stopReason, StopReason::DepthLimit);

        LineageBuilder unlimited(source);
        auto whole = unlimited.build(ref(Host + "/chain/image5:1"));
        QVERIFY(whole.ok());
        QCOMPARE(whole->hops.size(), 6);
        QCOMPARE(whole->stopReason, StopReason::NoBaseNamed);
    }

    void baseOnAnotherRegistry_data()
    {
        QTest::addColumn<bool>("haveSource");
        QTest::newRow("no connection to the vendor registry") << false;
        QTest::newRow("vendor registry available") << true;
    }

    void baseOnAnotherRegistry()
    {
        QFETCH(bool, haveSource);
        const QString vendorHost = QStringLiteral("registry.access.redhat.com");
        auto vendor = std::make_shared<registry::MemorySource>(vendorHost);
        const Digest ubi = fixture::push(*vendor, {"ubi8/ubi-minimal", "8.3", {"ubi layer"},
                                                   redHatLabels(), {}});
        registry::MemorySource source(Host);
        const QString ubiName = vendorHost + "/ubi8/ubi-minimal:8.3";
        fixture::push(source, {"ztsc/base", "1.0", {"ubi layer", "java"},
                               {{"base.image", ubiName}}, baseAnnotations(ubiName, ubi)});

        LineageBuilder::Options options;
        QStringList asked;
        options.sources = [&](const QString &host) -> std::shared_ptr<registry::ContentSource> {
            asked.append(host);
            return haveSource ? vendor : nullptr;
        };
        LineageBuilder builder(source, options);
        auto lineage = builder.build(ref(Host + "/ztsc/base:1.0"));
        QVERIFY(lineage.ok());
        QCOMPARE(asked, QStringList{vendorHost});
        QCOMPARE(lineage->hops.size(), 2);
        const Hop &hop = lineage->hops.at(1);
        QCOMPARE(hop.reference, ubiName);
        if (haveSource) {
            QVERIFY(hop.reachable);
            QCOMPARE(hop.digest, ubi.toString());
            QCOMPARE(lineage->stopReason, StopReason::NoBaseNamed);
        } else {
            QVERIFY(!hop.reachable);
            QVERIFY(hop.digest.isEmpty());
            QVERIFY(hop.problem.contains(vendorHost));
            QCOMPARE(lineage->stopReason, StopReason::NotReachable);
            QCOMPARE(hop.toJson().value("reachable").toBool(), false);
        }
    }

    void movedBaseTagIsNoted()
    {
        registry::MemorySource source(Host);
        const Digest old = fixture::push(source, {"ztsc/base", "1.0", {"base layer"}, {}, {}});
        fixture::push(source, {"ztsc/app", "1.0", {"base layer", "app"}, {},
                               baseAnnotations(Host + "/ztsc/base:1.0", old)});
        const Digest now = fixture::push(source, {"ztsc/base", "1.0", {"rebuilt layer"}, {}, {}});
        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/app:1.0"));
        QVERIFY(lineage.ok());
        const Hop &hop = lineage->hops.at(1);
        QCOMPARE(hop.digest, old.toString()); // the digest the child was built on
        QVERIFY(hop.notes.join(' ').contains(now.toString()));
        QCOMPARE(findEvidence(hop, EvidenceKind::LayerPrefix)->verdict, EvidenceVerdict::Supports);
    }

    void movedImageTagIsReportedAsTagMoved()
    {
        // The lab's ztsc/repushed-service: signed, then the tag was pushed
        // again with unsigned content.
        SeedChain chain;
        const QList<QByteArray> layers{"ubi root filesystem", "/deployments/run-java.sh", "v1"};
        const Digest old = fixture::push(chain.source, {"ztsc/repushed", "1.0", layers, {}, {}});
        fixture::sign(chain.source, chain.signer, Host, "ztsc/repushed", old);
        const Digest now = fixture::push(chain.source, {"ztsc/repushed", "1.0",
                                                        {layers.at(0), layers.at(1), "v2"},
                                                        {}, {}});
        LineageBuilder::Options options;
        options.signatureCheck = cosignCheck(chain.key());
        LineageBuilder builder(chain.source, options);

        auto lineage = builder.build(ref(Host + "/ztsc/repushed:1.0"));
        QVERIFY(lineage.ok());
        const Hop &image = lineage->hops.at(0);
        QCOMPARE(image.digest, now.toString());
        QVERIFY(image.signature);
        QCOMPARE(report::outcomeName(image.signature->outcome), QStringLiteral("tag-moved"));
        QCOMPARE(image.signature->digest, now.toString());
        QVERIFY(image.notes.isEmpty()); // the tag did not move while it was read

        // Named by digest, there is no tag that could have moved.
        auto pinned = builder.build(ref(Host + "/ztsc/repushed@" + now.toString()));
        QVERIFY(pinned.ok());
        QCOMPARE(report::outcomeName(pinned->hops.at(0).signature->outcome),
                 QStringLiteral("no-signature"));
    }

    void indexIsFollowedForLinuxAmd64()
    {
        registry::MemorySource source(Host);
        const Digest base = fixture::push(source, {"ztsc/base", "1.0", {"base layer"}, {}, {}});
        const Digest arm = fixture::push(source, {"ztsc/app", {}, {"other base", "arm app"}, {}, {}});
        const Digest amd = fixture::push(source, {"ztsc/app", {}, {"base layer", "amd app"}, {},
                                                  baseAnnotations(Host + "/ztsc/base:1.0", base)});
        const auto entry = [](const Digest &digest, const char *architecture) {
            return QJsonObject{{"mediaType", QString(oci::mediatype::OciManifest)},
                               {"digest", digest.toString()},
                               {"size", 100},
                               {"platform", QJsonObject{{"os", "linux"},
                                                        {"architecture", architecture}}}};
        };
        const QJsonObject index{{"schemaVersion", 2},
                                {"mediaType", QString(oci::mediatype::OciIndex)},
                                {"manifests", QJsonArray{entry(arm, "arm64"), entry(amd, "amd64")}}};
        source.addManifest("ztsc/app", fixture::compact(index), oci::mediatype::OciIndex, "1.0");

        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/app:1.0"));
        QVERIFY2(lineage.ok(), qPrintable(lineage.ok() ? QString() : lineage.error().toString()));
        QCOMPARE(lineage->hops.size(), 2);
        QCOMPARE(lineage->hops.at(0).digest, amd.toString());
        QCOMPARE(lineage->hops.at(0).platform, QStringLiteral("linux/amd64"));
        QCOMPARE(lineage->hops.at(1).digest, base.toString());
        QCOMPARE(findEvidence(lineage->hops.at(1), EvidenceKind::LayerPrefix)->verdict,
                 EvidenceVerdict::Supports);
    }

    void missingImageIsAnError()
    {
        registry::MemorySource source(Host);
        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/nothing:1.0"));
        QVERIFY(!lineage.ok());
        QCOMPARE(lineage.error().kind(), ErrorKind::NotFound);
    }

    void missingBaseIsNotReachable()
    {
        registry::MemorySource source(Host);
        fixture::push(source, {"ztsc/app", "1.0", {"layer"}, {{"base.image", Host + "/ztsc/gone:1"}},
                               {}});
        LineageBuilder builder(source);
        auto lineage = builder.build(ref(Host + "/ztsc/app:1.0"));
        QVERIFY(lineage.ok());
        QCOMPARE(lineage->hops.size(), 2);
        QVERIFY(!lineage->hops.at(1).reachable);
        QCOMPARE(lineage->stopReason, StopReason::NotReachable);
    }

    void keyCheckCoversAllButVendorBases_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("expected");
        const int passed = int(KeyCheck::Passed);
        const int failed = int(KeyCheck::Failed);
        const int incomplete = int(KeyCheck::Incomplete);
        // The UBI base is not signed by the key: a vendor image, not counted.
        QTest::newRow("seed service") << "ztsc/quarkus-hello-service:1.0" << passed;
        QTest::newRow("unsigned image") << "ztsc/unsigned:1.0" << failed;
        QTest::newRow("unsigned base") << "ztsc/on-unsigned-base:1.0" << failed;
        QTest::newRow("image with its own vendor labels") << "ztsc/vendor-app:1.0" << failed;
        QTest::newRow("moved tag") << "ztsc/repushed:1.0" << failed;
        QTest::newRow("base not readable") << "ztsc/on-missing-base:1.0" << incomplete;
        QTest::newRow("contradicting evidence") << "ztsc/wrong-layers:1.0" << failed;
    }

    void keyCheckCoversAllButVendorBases()
    {
        QFETCH(QString, image);
        QFETCH(int, expected);
        SeedChain chain;
        auto &source = chain.source;
        const QByteArray ubiLayer = "ubi root filesystem";
        const QString ubiName = Host + "/ubi8/ubi-minimal:8.3";
        auto signedImage = [&](const fixture::Image &spec) {
            const Digest digest = fixture::push(source, spec);
            fixture::sign(source, chain.signer, Host, spec.repository, digest);
            return digest;
        };
        fixture::push(source, {"ztsc/unsigned", "1.0", {ubiLayer, "x"}, inheritedLabels(ubiName),
                               baseAnnotations(ubiName, chain.ubi)});
        const Digest plainBase = fixture::push(source, {"ztsc/plain-base", "1.0", {"p"}, {}, {}});
        signedImage({"ztsc/on-unsigned-base", "1.0", {"p", "app"}, {},
                     baseAnnotations(Host + "/ztsc/plain-base:1.0", plainBase)});
        fixture::push(source, {"ztsc/vendor-app", "1.0", {"v"}, redHatLabels(), {}});
        signedImage({"ztsc/repushed", "1.0", {"r1"}, {}, {}});
        fixture::push(source, {"ztsc/repushed", "1.0", {"r2"}, {}, {}});
        signedImage({"ztsc/on-missing-base", "1.0", {"m"}, {{"base.image", Host + "/ztsc/gone:1"}},
                     {}});
        signedImage({"ztsc/wrong-layers", "1.0", {"not the base's layer"}, {},
                     baseAnnotations(Host + "/ztsc/plain-base:1.0", plainBase)});

        LineageBuilder::Options options;
        options.signatureCheck = cosignCheck(chain.key());
        LineageBuilder builder(source, options);
        auto lineage = builder.build(ref(Host + "/" + image));
        QVERIFY2(lineage.ok(), qPrintable(lineage.ok() ? QString() : lineage.error().toString()));
        QCOMPARE(int(lineage->keyCheck()), expected);
    }
};

QTEST_GUILESS_MAIN(TestLineageBuilder)
#include "tst_lineagebuilder.moc"
