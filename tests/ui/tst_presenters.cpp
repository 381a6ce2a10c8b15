// What the Lineage tab is given to show: LineagePresenter, without widgets.

#include "ui/lineagepresenter.h"

#include <QTest>

using namespace chainscope;
using namespace chainscope::ui;

Q_DECLARE_METATYPE(chainscope::ui::Status)

namespace {

const QString Host = QStringLiteral("127.0.0.1:5000");

lineage::VendorFacts redHat()
{
    lineage::VendorFacts facts;
    facts.vendor = QStringLiteral("Red Hat, Inc.");
    facts.component = QStringLiteral("ubi8-minimal-container");
    facts.name = QStringLiteral("ubi8/ubi-minimal");
    facts.version = QStringLiteral("8.3");
    facts.release = QStringLiteral("291");
    return facts;
}

report::Verification failed()
{
    report::Verification v;
    v.outcome = report::Outcome::NoSignature;
    return v;
}

} // namespace

class TestPresenters : public QObject
{
    Q_OBJECT

private slots:
    void vendorNoteOnlyFromCore_data();
    void vendorNoteOnlyFromCore();
};

void TestPresenters::vendorNoteOnlyFromCore_data()
{
    QTest::addColumn<bool>("inherited");
    QTest::addColumn<QString>("coreNote");
    QTest::addColumn<bool>("mentionsRedHat");

    // The user's image built FROM UBI carries UBI's labels: a failed
    // signature is the user's, not Red Hat's.
    QTest::newRow("own image with inherited UBI labels") << true << QString() << false;
    QTest::newRow("UBI itself, note from core")
        << false << QStringLiteral("Not signed by the given key. This is a Red Hat image.")
        << true;
}

void TestPresenters::vendorNoteOnlyFromCore()
{
    QFETCH(bool, inherited);
    QFETCH(QString, coreNote);
    QFETCH(bool, mentionsRedHat);

    lineage::Lineage lineage;
    lineage::Hop hop;
    hop.reference = Host + QStringLiteral("/app:1");
    hop.vendor = redHat();
    hop.vendorInherited = inherited;
    hop.signature = failed();
    hop.signatureNote = coreNote;
    lineage.hops << hop;

    const LineageDisplay display = LineagePresenter::present(lineage, true);
    QCOMPARE(display.hops.size(), 1);
    QCOMPARE(display.hops.first().signatureNote.contains(QLatin1String("Red Hat")),
             mentionsRedHat);
    QCOMPARE(display.hops.first().signatureNote, coreNote);
}

QTEST_MAIN(TestPresenters)
#include "tst_presenters.moc"
