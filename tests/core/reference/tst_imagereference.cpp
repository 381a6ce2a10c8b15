// Image reference parsing and Kyverno's wildcard matching.
//
// Parse rows are taken from distribution/reference (reference_test.go,
// normalize_test.go, Apache-2.0), which is what Docker and Kyverno use; the
// wildcard rows from IGLOU-EU/go-wildcard v2 (wildcard_test.go, BSD-3), the
// library behind Kyverno's ext/wildcard; the image rows from Kyverno's
// chainsaw conformance tests (tests/data is not needed: the rows are inline).

#include "core/reference/imagereference.h"

#include <QTest>

using chainscope::ErrorKind;
using chainscope::reference::Digest;
using chainscope::reference::ImageReference;
using chainscope::reference::isLoopbackHost;
using chainscope::reference::matchesImagePattern;
using chainscope::reference::matchesWildcard;

namespace {
const QString kHex64 = QString(64, QLatin1Char('f'));
const QString kHex128 = QString(128, QLatin1Char('f'));
} // namespace

class TestImageReference : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void derivedForms();
    void loopback_data();
    void loopback();
    void wildcard_data();
    void wildcard();
    void imagePattern_data();
    void imagePattern();
};

void TestImageReference::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");

    const QString sha = QStringLiteral("sha256:") + kHex64;
    // Docker normalisation (normalize_test.go)
    QTest::newRow("official short") << "nginx" << "docker.io" << "library/nginx" << "latest" << "";
    QTest::newRow("official tag") << "nginx:1.25" << "docker.io" << "library/nginx" << "1.25" << "";
    QTest::newRow("user repo") << "docker/docker" << "docker.io" << "docker/docker" << "latest"
                               << "";
    QTest::newRow("docker.io single") << "docker.io/debian" << "docker.io" << "library/debian"
                                      << "latest" << "";
    QTest::newRow("index.docker.io alias") << "index.docker.io/docker/docker" << "docker.io"
                                           << "docker/docker" << "latest" << "";
    QTest::newRow("index.docker.io single") << "index.docker.io/debian" << "docker.io"
                                            << "library/debian" << "latest" << "";
    QTest::newRow("localhost registry") << "localhost/debian" << "localhost" << "debian"
                                        << "latest" << "";
    QTest::newRow("localhost nested") << "localhost/library/debian" << "localhost"
                                      << "library/debian" << "latest" << "";
    QTest::newRow("ip port") << "127.0.0.1:5000/docker/docker" << "127.0.0.1:5000"
                             << "docker/docker" << "latest" << "";
    QTest::newRow("ip alone is a name") << "192.168.0.1" << "docker.io" << "library/192.168.0.1"
                                        << "latest" << "";
    QTest::newRow("ip colon is a tag") << "192.168.0.1:80" << "docker.io"
                                       << "library/192.168.0.1" << "80" << "";
    QTest::newRow("ip short port") << "192.168.0.1:8/debian" << "192.168.0.1:8" << "debian"
                                   << "latest" << "";
    QTest::newRow("host colon tag") << "test.com:tag" << "docker.io" << "library/test.com"
                                    << "tag" << "";
    QTest::newRow("host colon number") << "test.com:5000" << "docker.io" << "library/test.com"
                                       << "5000" << "";
    QTest::newRow("host repo tag") << "test.com/repo:tag" << "test.com" << "repo" << "tag" << "";
    QTest::newRow("host port repo") << "test:5000/repo" << "test:5000" << "repo" << "latest"
                                    << "";
    QTest::newRow("host port digest") << "test:5000/repo@" + sha << "test:5000" << "repo" << ""
                                      << sha;
    QTest::newRow("tag and digest") << "test:5000/repo:tag@" + sha << "test:5000" << "repo"
                                    << "tag" << sha;
    QTest::newRow("underscore repo") << "test_com" << "docker.io" << "library/test_com"
                                     << "latest" << "";
    QTest::newRow("upper tag") << "lowercase:Uppercase" << "docker.io" << "library/lowercase"
                               << "Uppercase" << "";
    QTest::newRow("upper first part is host") << "Uppercase/lowercase:tag" << "Uppercase"
                                              << "lowercase" << "tag" << "";
    QTest::newRow("sub domain") << "sub-dom1.foo.com/bar/baz/quux:some-long-tag"
                                << "sub-dom1.foo.com" << "bar/baz/quux" << "some-long-tag" << "";
    QTest::newRow("dotted path and tag") << "b.gcr.io/test.example.com/my-app:test.example.com"
                                         << "b.gcr.io" << "test.example.com/my-app"
                                         << "test.example.com" << "";
    QTest::newRow("punycode") << "xn--n3h.com/myimage:xn--n3h.com" << "xn--n3h.com" << "myimage"
                              << "xn--n3h.com" << "";
    QTest::newRow("sha512") << "xn--7o8h.com/myimage:xn--7o8h.com@sha512:" + kHex128
                            << "xn--7o8h.com" << "myimage" << "xn--7o8h.com"
                            << "sha512:" + kHex128;
    QTest::newRow("underscore host-like name") << "foo/foo_bar.com:8080" << "docker.io"
                                               << "foo/foo_bar.com" << "8080" << "";
    QTest::newRow("ipv6") << "[2001:db8::1]/repo" << "[2001:db8::1]" << "repo" << "latest" << "";
    QTest::newRow("ipv6 port tag") << "[2001:db8::1]:5000/repo:tag" << "[2001:db8::1]:5000"
                                   << "repo" << "tag" << "";
    QTest::newRow("highest port") << "example.com:65535/repo" << "example.com:65535" << "repo"
                                  << "latest" << "";
    QTest::newRow("ipv6 loopback") << "[::1]:5000/repo" << "[::1]:5000" << "repo" << "latest"
                                   << "";
    QTest::newRow("ipv6 full") << "[fc00:1:2:3:4:5:6:7]:5000/library/debian"
                               << "[fc00:1:2:3:4:5:6:7]:5000" << "library/debian" << "latest"
                               << "";
    QTest::newRow("hex name under docker.io") << "docker.io/" + kHex64 << "docker.io"
                                              << "library/" + kHex64 << "latest" << "";
    QTest::newRow("separators") << "ztsc/a.b_c__d-e---f" << "docker.io" << "ztsc/a.b_c__d-e---f"
                                << "latest" << "";
    QTest::newRow("max tag") << "repo:" + QString(128, QLatin1Char('t')) << "docker.io"
                             << "library/repo" << QString(128, QLatin1Char('t')) << "";
    // 12 + 243 = 255 characters: the limit exactly.
    QTest::newRow("name at limit") << "example.com/" + QString("a/").repeated(121) + "a"
                                   << "example.com" << QString("a/").repeated(121) + "a"
                                   << "latest" << "";
    // The seed's chain as the lab serves it.
    QTest::newRow("lab service") << "127.0.0.1:5000/ztsc/quarkus-hello-service:1.0"
                                 << "127.0.0.1:5000" << "ztsc/quarkus-hello-service" << "1.0"
                                 << "";
    QTest::newRow("seed upstream") << "gkovan/quarkus-base-image:1.0" << "docker.io"
                                   << "gkovan/quarkus-base-image" << "1.0" << "";
    QTest::newRow("ubi") << "registry.access.redhat.com/ubi8/ubi-minimal:8.3"
                         << "registry.access.redhat.com" << "ubi8/ubi-minimal" << "8.3" << "";
}

void TestImageReference::parseValid()
{
    QFETCH(QString, input);
    QFETCH(QString, registry);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, digest);

    auto ref = ImageReference::parse(input);
    QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().toString()));
    QCOMPARE(ref->registry(), registry);
    QCOMPARE(ref->repository(), repository);
    QCOMPARE(ref->tag(), tag);
    QCOMPARE(ref->digest().toString(), digest);
    QVERIFY(ref->isValid());

    // The normalised form parses to the same reference.
    auto again = ImageReference::parse(ref->toString());
    QVERIFY(again.ok());
    QCOMPARE(*again, *ref);
}

void TestImageReference::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions"); // part of the message that says what is wrong

    const int invalid = int(ErrorKind::InvalidInput);
    QTest::newRow("empty") << "" << invalid << "empty";
    QTest::newRow("only tag") << ":justtag" << invalid << "";
    QTest::newRow("only digest") << "@sha256:" + kHex64 << invalid << "repository";
    QTest::newRow("short digest") << "repo@sha256:ffffffffffffffffffffffffffffffffff" << invalid
                                  << "digest";
    QTest::newRow("unknown digest algorithm") << "validname@invaliddigest:" + kHex64
                                              << int(ErrorKind::Unsupported) << "invaliddigest";
    QTest::newRow("upper repo") << "Uppercase:tag" << invalid << "lowercase";
    QTest::newRow("upper path after host") << "test:5000/Uppercase/lowercase:tag" << invalid
                                           << "lowercase";
    QTest::newRow("upper path component") << "docker/Docker" << invalid << "lowercase";
    QTest::newRow("upper path under docker.io") << "docker.io/docker/Docker" << invalid
                                                << "lowercase";
    QTest::newRow("name too long") << QString("a/").repeated(128) + "a:tag" << invalid << "255";
    QTest::newRow("name one over") << "example.com/" + QString("a/").repeated(121) + "ab"
                                   << invalid << "255";
    QTest::newRow("normalised name too long") << QString("a/").repeated(127) + "a:tag" << invalid
                                              << "255";
    QTest::newRow("bad characters") << "aa/asdf$$^/aa" << invalid << "asdf$$^";
    QTest::newRow("url") << "https://github.com/docker/docker" << invalid << "";
    QTest::newRow("leading dash") << "-docker" << invalid << "-docker";
    QTest::newRow("leading dash path") << "-docker/docker" << invalid << "";
    QTest::newRow("leading dash host") << "-docker.io/docker/docker" << invalid << "registry";
    QTest::newRow("empty components") << "docker///docker" << invalid << "empty";
    QTest::newRow("empty components under host") << "docker.io/docker///docker" << invalid
                                                 << "empty";
    QTest::newRow("ipv6 without path") << "[fc00::1]" << invalid << "";
    QTest::newRow("ipv6 port without path") << "[fc00::1]:5000" << invalid << "";
    QTest::newRow("ipv6 without brackets") << "fc00::1:5000/debian" << invalid << "registry";
    QTest::newRow("ipv6 zone") << "[fe80::1%eth0]:5000/debian" << invalid << "registry";
    QTest::newRow("ipv6 with ipv4") << "[2001:db8:3:4::192.0.2.33]:5000/debian" << invalid
                                    << "registry";
    QTest::newRow("ipv6 empty port") << "[2001:db8::1]:/repo" << invalid << "registry";
    QTest::newRow("host without repo") << "[2001:db8::1]:5000/" << invalid << "";
    QTest::newRow("image id") << kHex64 << invalid << "image ID";
    QTest::newRow("tag too long") << "repo:" + QString(129, QLatin1Char('t')) << invalid << "tag";
    QTest::newRow("tag starts with dot") << "repo:.tag" << invalid << "tag";
    QTest::newRow("tag starts with dash") << "repo:-tag" << invalid << "tag";
    QTest::newRow("empty tag") << "repo:" << invalid << "tag";
    QTest::newRow("empty digest") << "repo@" << invalid << "digest";
    QTest::newRow("upper hex digest") << "repo@sha256:" + kHex64.toUpper() << invalid << "digest";
    QTest::newRow("space inside") << "ztsc/app 1" << invalid << "";
    QTest::newRow("surrounding space") << " ztsc/app" << invalid << "spaces";
    // A first part with '.' is a host, and hosts have no '_'.
    QTest::newRow("dotted first part is a host") << "a.b_c/x" << invalid << "registry";
    QTest::newRow("double separator") << "ztsc/a..b" << invalid << "a..b";
    QTest::newRow("trailing separator") << "ztsc/app-" << invalid << "app-";
    // A port that does not fit in 16 bits must not become a default port.
    QTest::newRow("port too large") << "127.0.0.1:99999/x:1" << invalid << "99999";
    QTest::newRow("port wraps to 80") << "127.0.0.1:65616/x:1" << invalid << "65616";
    QTest::newRow("port zero") << "localhost:0/x" << invalid << "port";
    QTest::newRow("ipv6 port too large") << "[::1]:70000/x" << invalid << "70000";
    QTest::newRow("port too long") << "example.com:000443/x" << invalid << "000443";
}

void TestImageReference::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QString, mentions);

    auto ref = ImageReference::parse(input);
    QVERIFY2(!ref.ok(), qPrintable(ref.ok() ? ref->toString() : QString()));
    QCOMPARE(int(ref.error().kind()), kind);
    QVERIFY(!ref.error().message().isEmpty());
    if (!mentions.isEmpty()) {
        QVERIFY2(ref.error().toString().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(ref.error().toString()));
    }
}

void TestImageReference::derivedForms()
{
    const QString sha = QStringLiteral("sha256:") + kHex64;
    auto ref = ImageReference::parse(QStringLiteral("nginx:1.25@") + sha);
    QVERIFY(ref.ok());
    QCOMPARE(ref->name(), QStringLiteral("docker.io/library/nginx"));
    QCOMPARE(ref->toString(), QStringLiteral("docker.io/library/nginx:1.25@") + sha);
    QCOMPARE(ref->pinned(), QStringLiteral("docker.io/library/nginx@") + sha);

    auto plain = ImageReference::parse(QStringLiteral("ztsc/app"));
    QVERIFY(plain.ok());
    QCOMPARE(plain->pinned(), QStringLiteral("docker.io/ztsc/app:latest"));
    const ImageReference retagged = ref->withTag(QStringLiteral("2.0"));
    QCOMPARE(retagged.toString(), QStringLiteral("docker.io/library/nginx:2.0"));
    QVERIFY(!retagged.digest().isValid());
    auto digest = Digest::parse(sha);
    QVERIFY(digest.ok());
    QCOMPARE(plain->withDigest(*digest).pinned(), QStringLiteral("docker.io/ztsc/app@") + sha);
    QVERIFY(!ImageReference().isValid());
}

void TestImageReference::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("localhost port") << "localhost:5000" << true;
    QTest::newRow("LOCALHOST") << "LOCALHOST:5000" << true;
    QTest::newRow("127.0.0.1") << "127.0.0.1:5000" << true;
    QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
    QTest::newRow("::1 bracketed") << "[::1]:5000" << true;
    QTest::newRow("::1 bare") << "::1" << true;
    QTest::newRow("128.0.0.1") << "128.0.0.1:5000" << false;
    QTest::newRow("docker.io") << "docker.io" << false;
    QTest::newRow("localhost as subdomain") << "localhost.example.com" << false;
    QTest::newRow("127 as hostname prefix") << "127.0.0.1.nip.io:5000" << false;
    QTest::newRow("ipv6 other") << "[2001:db8::1]:5000" << false;
    QTest::newRow("empty") << "" << false;
}

void TestImageReference::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestImageReference::wildcard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matches");
    // go-wildcard v2 wildcard_test.go
    const struct { const char *s, *p; bool r; } rows[] = {
        {"", "", true}, {"", "*", true}, {"", "**", true}, {"", "?", true}, {"", "??", true},
        {"", "?*", true}, {"", "*?", true}, {"", ".", false}, {"", ".?", false},
        {"", "?.", false}, {"", ".*", false}, {"", "*.", false}, {"", "*.?", false},
        {"", "?.*", false}, {"a", "", false}, {"a", "a", true}, {"a", "*", true},
        {"a", "**", true}, {"a", "?", true}, {"a", "??", true}, {"a", ".", true},
        {"a", ".?", true}, {"a", "?.", false}, {"a", ".*", true}, {"a", "*.", true},
        {"a", "*.?", true}, {"a", "?.*", false},
        {"match the exact string", "match the exact string", true},
        {"do not match a different string", "this is a different string", false},
        {"Do Not Match The Exact String With Different Case",
         "do not match the exact string with different case", false},
        {"match a string with a *", "match a string *", true},
        {"match a string with a * at the beginning", "* at the beginning", true},
        {"match a string with two *", "match * with *", true},
        {"do not match a string with extra and a *", "do not match a string * with more", false},
        {"match a string with a ?", "match ? string with a ?", true},
        {"match a string with a ? at the beginning", "?atch a string with a ? at the beginning",
         true},
        {"match a string with two ?", "match a string with two ??", true},
        {"match a optional char with a ?", "match a optional? char with a ?", true},
        {"do not match a string with extra and a ?",
         "do not match ? string with extra and a ? like this", false},
        {"match a string with a .", "match . string with a .", true},
        {"match a string with a . at the beginning", ".atch a string with a . at the beginning",
         true},
        {"match a string with two .", "match a ..ring with two .", true},
        {"do not match a string with extra .", "do not match a string with extra ..", false},
        {"A big brown fox jumps over the lazy dog, with all there wildcards friends",
         ". big?brown fox jumps over * wildcard. friend??", true},
        {"A big brown fox fails to jump over the lazy dog, with all there wildcards friends",
         ". big?brown fox jumps over * wildcard. friend??", false},
    };
    int i = 0;
    for (const auto &row : rows) {
        QTest::addRow("go-wildcard %d: '%s' ~ '%s'", ++i, row.p, row.s)
            << QString::fromUtf8(row.s) << QString::fromUtf8(row.p) << row.r;
    }
}

void TestImageReference::wildcard()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(bool, matches);
    QCOMPARE(matchesWildcard(pattern, text), matches);
}

void TestImageReference::imagePattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("matches");

    const QString zulu = QStringLiteral(
        "ghcr.io/kyverno/zulu:v0.0.14@sha256:"
        "476b21f1a75dc90fac3579ee757f4607bb5546f476195cf645c54badf558c0db");
    // Kyverno conformance policies (skip-image-reference, keyed-basic, ...)
    QTest::newRow("ghcr.io/* digest image") << "ghcr.io/*" << zulu << true;
    QTest::newRow("skip ghcr.io/kyverno*") << "ghcr.io/kyverno*" << zulu << true;
    QTest::newRow("prefix star") << "ghcr.io/kyverno/test-verify-image*"
                                 << "ghcr.io/kyverno/test-verify-image:signed" << true;
    QTest::newRow("tag star") << "ghcr.io/kyverno/test-verify-image:*"
                              << "ghcr.io/kyverno/test-verify-image:signed" << true;
    // With a digest Kyverno matches "name@digest": the tag is gone.
    QTest::newRow("tag star vs digest") << "ghcr.io/kyverno/zulu:*" << zulu << false;
    QTest::newRow("digest star") << "ghcr.io/kyverno/zulu@*" << zulu << true;
    QTest::newRow("other org") << "ghcr.io/kyverno/zulu*" << "ghcr.io/other/zulu:1" << false;
    QTest::newRow("any") << "*" << "nginx" << true;
    // The seed's 2021 policy and the lab.
    QTest::newRow("lab org") << "127.0.0.1:5000/ztsc/*"
                             << "127.0.0.1:5000/ztsc/quarkus-hello-service:1.0" << true;
    QTest::newRow("lab org other port") << "127.0.0.1:5000/ztsc/*"
                                        << "127.0.0.1:5001/ztsc/quarkus-hello-service:1.0" << false;
    QTest::newRow("star crosses slash") << "127.0.0.1:5000/ztsc/*"
                                        << "127.0.0.1:5000/ztsc/team/app:1" << true;
    QTest::newRow("lab ubi outside org") << "127.0.0.1:5000/ztsc/*"
                                         << "127.0.0.1:5000/ubi8/ubi-minimal:8.3" << false;
    // Docker Hub names are matched in their normalised form only.
    QTest::newRow("short pattern misses") << "nginx*" << "nginx" << false;
    QTest::newRow("normalised pattern") << "docker.io/library/nginx*" << "nginx" << true;
    QTest::newRow("latest is implied") << "docker.io/library/nginx:latest" << "nginx" << true;
    QTest::newRow("exact without tag misses") << "ghcr.io/org/app" << "ghcr.io/org/app:1" << false;
    // go-wildcard v2: '.' is any character, '?' one or none.
    QTest::newRow("dot is any char") << "registry.example.com/app:1.0"
                                     << "registryxexample.com/app:1x0" << true;
    QTest::newRow("question none at end") << "ghcr.io/org/app:v1?" << "ghcr.io/org/app:v1"
                                          << true;
    QTest::newRow("question one at end") << "ghcr.io/org/app:v1?" << "ghcr.io/org/app:v12"
                                         << true;
    QTest::newRow("question not two") << "ghcr.io/org/app:v1?" << "ghcr.io/org/app:v123"
                                      << false;
    QTest::newRow("question none inside") << "ghcr.io/org/app?:1" << "ghcr.io/org/app:1" << true;
}

void TestImageReference::imagePattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, image);
    QFETCH(bool, matches);
    auto ref = ImageReference::parse(image);
    QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().toString()));
    QCOMPARE(matchesImagePattern(pattern, *ref), matches);
}

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
