// The ad-network catalog and the template checker.
#include "adnetworks/AdNetworkCatalog.h"
#include "adnetworks/TemplateCheck.h"
#include "sim/SimDataset.h"

#include <QFile>
#include <QTest>
#include <QUrl>

using namespace kd;

namespace {
const AdNetworkCatalog& catalog()
{
    return AdNetworkCatalog::builtIn();
}

TrackingTemplate tmpl(std::initializer_list<std::pair<const char*, const char*>> params,
                      const QString& preset = {}, const QString& title = QStringLiteral("T"))
{
    TrackingTemplate t;
    t.id = QStringLiteral("1");
    t.title = title;
    t.preset = preset;
    for (const auto& [name, token] : params)
        t.parameters << TemplateParameter{QString::fromUtf8(name), QString::fromUtf8(token)};
    return t;
}

TemplateCheckResult check(const char* network, const TrackingTemplate& t)
{
    const AdNetwork* n = catalog().find(QString::fromLatin1(network));
    return n ? checkTemplate(*n, t, catalog())
             : TemplateCheckResult{{}, {kIdentifiers.begin(), kIdentifiers.end()}, {}};
}
} // namespace

class TestTemplateCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogCoversTheNetworksUsersRun()
    {
        const QStringList required{QStringLiteral("facebook"),
                                   QStringLiteral("google"),
                                   QStringLiteral("tiktok"),
                                   QStringLiteral("taboola"),
                                   QStringLiteral("outbrain"),
                                   QStringLiteral("mgid"),
                                   QStringLiteral("mediago"),
                                   QStringLiteral("bigoads"),
                                   QStringLiteral("adskeeper"),
                                   QStringLiteral("revcontent"),
                                   QStringLiteral("newsbreak"),
                                   QStringLiteral("yahoo"),
                                   QStringLiteral("trillion"),
                                   QStringLiteral("pinterest"),
                                   QStringLiteral("snapchat"),
                                   QStringLiteral("microsoft"),
                                   QStringLiteral("x"),
                                   QStringLiteral("zeropark"),
                                   QStringLiteral("propellerads"),
                                   QStringLiteral("clickadu"),
                                   QStringLiteral("exoclick")};
        for (const QString& key : required)
            QVERIFY2(catalog().find(key), qPrintable(key));
        for (const AdNetwork& n : catalog().networks()) {
            for (Identifier id : kIdentifiers) {
                const IdentifierSpec& s = n.spec(id);
                QVERIFY2(!s.source.isEmpty(), qPrintable(n.key));
                QVERIFY2(!s.macros.isEmpty() || s.confidence == QLatin1String("none"),
                         qPrintable(n.key));
                QVERIFY2(!s.standIn || !s.explain.isEmpty(),
                         qPrintable(n.key + QStringLiteral(": say what stands in")));
            }
        }
    }

    // docs/ad-networks.md states every fact of the catalog: each network and each macro.
    void documentationMatchesTheCatalog()
    {
        QFile doc(QStringLiteral(KD_SOURCE_DIR "/docs/ad-networks.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const AdNetwork& n : catalog().networks()) {
            QVERIFY2(text.contains(QStringLiteral("## ") + n.name), qPrintable(n.name));
            for (const QString& m : n.allMacros())
                QVERIFY2(text.contains(QLatin1Char('`') + m + QLatin1Char('`')),
                         qPrintable(n.key + QLatin1Char(' ') + m));
            for (Identifier id : kIdentifiers)
                QVERIFY2(text.contains(n.spec(id).source),
                         qPrintable(n.key + QLatin1Char(' ') + n.spec(id).source));
        }
    }

    void normalisation_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("normal");
        QTest::newRow("plain") << QStringLiteral("{{campaign.id}}")
                               << QStringLiteral("{{campaign.id}}");
        QTest::newRow("case and spaces")
            << QStringLiteral("{{ Campaign.ID }}") << QStringLiteral("{{campaign.id}}");
        QTest::newRow("encoded") << QStringLiteral("%7B%7Bcampaign.id%7D%7D")
                                 << QStringLiteral("{{campaign.id}}");
        QTest::newRow("encoded twice") << QStringLiteral("%257B%257Bcampaign.id%257D%257D")
                                       << QStringLiteral("{{campaign.id}}");
        QTest::newRow("dollar") << QStringLiteral("%24%7BSUBID%7D") << QStringLiteral("${subid}");
    }
    void normalisation()
    {
        QFETCH(QString, token);
        QFETCH(QString, normal);
        QCOMPARE(normaliseMacro(token), normal);
        QVERIFY(looksLikeMacro(normal));
    }

    void completeFacebookTemplate()
    {
        const auto r = check("facebook", tmpl({{"campid", "{{campaign.id}}"},
                                               {"adsetid", "{{adset.id}}"},
                                               {"adid", "{{ad.id}}"},
                                               {"placement", "{{placement}}"}}));
        QVERIFY(r.isComplete());
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r.find(Identifier::AdSet)->parameter, QStringLiteral("adsetid"));
        QVERIFY(r.find(Identifier::Placement)->verified);
    }

    void toleratesCaseSpacingAndEncoding()
    {
        const auto r = check("facebook", tmpl({{"c", "%7B%7B Campaign.Id %7D%7D"},
                                               {"s", "{{ADSET.ID}}"},
                                               {"a", "%257B%257Bad.id%257D%257D"},
                                               {"p", "{{site_source_name}}"}}));
        QVERIFY2(r.isComplete(), qPrintable(describeMissing(r.missing)));
        QVERIFY(r.issues.isEmpty());
    }

    void missingIdentifiersAreNamed()
    {
        const auto r = check("tiktok", tmpl({{"campid", "__CAMPAIGN_ID__"}, {"adid", "__CID__"}}));
        QVERIFY(!r.isComplete());
        QCOMPARE(r.missing, (QList<Identifier>{Identifier::AdSet, Identifier::Placement}));
        QCOMPARE(describeMissing(r.missing), QStringLiteral("Ad Set ID, Placement"));
    }

    void singleUnderscoreTikTokMacroIsNotAccepted()
    {
        const auto r = check("tiktok", tmpl({{"campid", "_CAMPAIGN_ID_"},
                                             {"adsetid", "__AID__"},
                                             {"adid", "__CID__"},
                                             {"placement", "__PLACEMENT__"}}));
        QCOMPARE(r.missing, QList<Identifier>{Identifier::Campaign});
    }

    void foreignMacrosAreFlagged_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("outbrain macro on facebook")
            << QStringLiteral("facebook") << QStringLiteral("{{campaign_id}}")
            << QStringLiteral("Outbrain");
        QTest::newRow("google macro on tiktok")
            << QStringLiteral("tiktok") << QStringLiteral("{campaignid}")
            << QStringLiteral("Google Ads");
        QTest::newRow("facebook macro on google")
            << QStringLiteral("google") << QStringLiteral("{{campaign.id}}")
            << QStringLiteral("Facebook");
        QTest::newRow("google syntax on outbrain")
            << QStringLiteral("outbrain") << QStringLiteral("{ob_click_id}")
            << QStringLiteral("Did you mean {{ob_click_id}}");
        QTest::newRow("unknown macro") << QStringLiteral("mgid") << QStringLiteral("{made_up}")
                                       << QStringLiteral("not a macro MGID");
    }
    void foreignMacrosAreFlagged()
    {
        QFETCH(QString, network);
        QFETCH(QString, token);
        QFETCH(QString, mentions);
        TrackingTemplate t = tmpl({});
        t.parameters << TemplateParameter{QStringLiteral("x"), token};
        const AdNetwork* n = catalog().find(network);
        QVERIFY(n);
        const auto r = checkTemplate(*n, t, catalog());
        QCOMPARE(r.issues.size(), 1);
        QVERIFY2(r.issues.first().message.contains(mentions), qPrintable(r.issues.first().message));
        QCOMPARE(r.issues.first().parameter, QStringLiteral("x"));
    }

    void staticValuesAreNotIssues()
    {
        const auto r = check("facebook", tmpl({{"src", "fb"}, {"campid", "{{campaign.id}}"}}));
        QVERIFY(r.issues.isEmpty());
    }

    void standInServesTheMissingLevel()
    {
        // Taboola has no ad sets: the campaign id, in its own parameter, stands in.
        auto r = check("taboola", tmpl({{"campid", "{campaign_id}"},
                                        {"adsetid", "{campaign_id}"},
                                        {"adid", "{campaign_item_id}"},
                                        {"placement", "{site_id}"}}));
        QVERIFY(r.isComplete());
        QCOMPARE(r.find(Identifier::Campaign)->parameter, QStringLiteral("campid"));
        QCOMPARE(r.find(Identifier::AdSet)->parameter, QStringLiteral("adsetid"));
        // One parameter cannot serve two identifiers.
        r = check("taboola", tmpl({{"campid", "{campaign_id}"},
                                   {"adid", "{campaign_item_id}"},
                                   {"site", "{site}"}}));
        QCOMPARE(r.missing, QList<Identifier>{Identifier::AdSet});
    }

    void unknownMacrosFallBackToParameterNames()
    {
        // X fills in no macros: fixed values in parameters named for the identifiers.
        const auto r = check("x", tmpl({{"campid", "summer-sale"},
                                        {"adsetid", "li-42"},
                                        {"adid", "tw-7"},
                                        {"placement", "timeline"}}));
        QVERIFY(r.isComplete());
        for (const MappedIdentifier& m : r.mapped)
            QVERIFY(!m.verified);
        QCOMPARE(check("x", tmpl({{"foo", "bar"}})).missing.size(), 4);
    }

    void everySimulatedTemplateIsJudgedAsDesigned()
    {
        sim::SimConfig config;
        config.networks = 21;
        const sim::SimDataset dataset(config, QDate(2026, 11, 25));
        int complete = 0;
        int old = 0;
        int flagged = 0;
        for (const sim::SimTrafficSource& s : dataset.trafficSources()) {
            const AdNetwork* n = catalog().find(s.preset);
            QVERIFY2(n, qPrintable(s.preset));
            const auto r = checkTemplate(
                *n, TrackingTemplate{QString::number(s.id), s.title, s.preset, s.parameters},
                catalog());
            if (s.title.endsWith(QLatin1String("(old)"))) {
                QCOMPARE(r.missing, QList<Identifier>{Identifier::Placement});
                ++old;
            } else if (s.title.endsWith(QLatin1String("copy"))) {
                QVERIFY(!r.issues.isEmpty());
                ++flagged;
            } else {
                QVERIFY2(r.isComplete(),
                         qPrintable(s.title + QStringLiteral(": ") + describeMissing(r.missing)));
                QVERIFY2(r.issues.isEmpty(), qPrintable(s.title));
                ++complete;
            }
        }
        QCOMPARE(complete, 21);
        QCOMPARE(old, 7);
        QCOMPARE(flagged, 1);
    }

    // For every catalog network, the template a careful user builds from the catalog's
    // recommended macros (fixed values where the network has no macro).
    static TrackingTemplate recommended(const AdNetwork& n)
    {
        static const std::pair<Identifier, const char*> names[] = {
            {Identifier::Campaign, "campid"},
            {Identifier::AdSet, "adsetid"},
            {Identifier::Ad, "adid"},
            {Identifier::Placement, "placement"}};
        TrackingTemplate t;
        t.id = n.key;
        t.title = n.name;
        for (const auto& [id, name] : names) {
            const QStringList& macros = n.spec(id).macros;
            t.parameters << TemplateParameter{QString::fromLatin1(name),
                                              macros.isEmpty() ? QStringLiteral("value-per-ad")
                                                               : macros.first()};
        }
        if (!n.extras.value(QStringLiteral("click_id")).isEmpty())
            t.parameters << TemplateParameter{QStringLiteral("clickid"),
                                              n.extras.value(QStringLiteral("click_id"))};
        return t;
    }

    void everyNetwork_data()
    {
        QTest::addColumn<QString>("key");
        for (const AdNetwork& n : catalog().networks())
            QTest::newRow(qPrintable(n.key)) << n.key;
    }
    void everyNetwork()
    {
        QFETCH(QString, key);
        const AdNetwork& n = *catalog().find(key);
        const TrackingTemplate valid = recommended(n);

        // Valid: complete, no issues, each identifier on its own parameter.
        auto r = checkTemplate(n, valid, catalog());
        QVERIFY2(r.isComplete(), qPrintable(describeMissing(r.missing)));
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.issues.value(0).message));
        QCOMPARE(r.find(Identifier::Campaign)->parameter, QStringLiteral("campid"));
        QCOMPARE(r.find(Identifier::AdSet)->parameter, QStringLiteral("adsetid"));
        QCOMPARE(r.find(Identifier::Ad)->parameter, QStringLiteral("adid"));
        QCOMPARE(r.find(Identifier::Placement)->parameter, QStringLiteral("placement"));

        // Each single identifier missing: exactly that one is named.
        for (int drop = 0; drop < 4; ++drop) {
            TrackingTemplate partial = valid;
            partial.parameters.removeAt(drop);
            r = checkTemplate(n, partial, catalog());
            QCOMPARE(r.missing, QList<Identifier>{kIdentifiers[size_t(drop)]});
        }

        // Encoded (once and twice), upper case, spaces: still complete.
        TrackingTemplate encoded = valid;
        for (int i = 0; i < encoded.parameters.size(); ++i) {
            QString token = encoded.parameters[i].token.toUpper();
            if (token.size() > 2)
                token.insert(token.size() / 2, QLatin1Char(' '));
            QByteArray bytes = QUrl::toPercentEncoding(token);
            if (i % 2)
                bytes = QUrl::toPercentEncoding(QString::fromLatin1(bytes));
            encoded.parameters[i].token = QString::fromLatin1(bytes);
        }
        r = checkTemplate(n, encoded, catalog());
        QVERIFY2(r.isComplete(), qPrintable(describeMissing(r.missing)));

        // Another network's macro is flagged, naming that network.
        QString foreign;
        QString owner;
        QStringList ours;
        for (const QString& m : n.allMacros())
            ours << normaliseMacro(m);
        for (const AdNetwork& other : catalog().networks()) {
            for (const QString& m : other.allMacros()) {
                if (foreign.isEmpty() && other.key != n.key && !ours.contains(normaliseMacro(m)) &&
                    std::none_of(ours.begin(), ours.end(),
                                 [&](const QString& o) { return normaliseMacro(m).contains(o); })) {
                    foreign = m;
                    owner = other.name;
                }
            }
        }
        TrackingTemplate mistaken = valid;
        mistaken.parameters << TemplateParameter{QStringLiteral("extra"), foreign};
        r = checkTemplate(n, mistaken, catalog());
        QCOMPARE(r.issues.size(), 1);
        QVERIFY2(r.issues.first().message.contains(owner), qPrintable(r.issues.first().message));

        // The string to paste: every parameter, tokens unencoded, in order.
        QStringList pairs;
        for (const TemplateParameter& p : valid.parameters)
            pairs << p.name + QLatin1Char('=') + p.token;
        QCOMPARE(trackingParameterString(valid), pairs.join(QLatin1Char('&')));
        QVERIFY(!trackingParameterString(valid).contains(QLatin1Char('%')));
    }

    void parameterString()
    {
        const auto t = tmpl({{"campid", "{{campaign.id}}"},
                             {"adsetid", "{{adset.id}}"},
                             {"src", "fb"},
                             {"flag", ""}});
        QCOMPARE(trackingParameterString(t),
                 QStringLiteral("campid={{campaign.id}}&adsetid={{adset.id}}&src=fb&flag"));
    }

    void bestMatchesComeFirst()
    {
        const AdNetwork* facebook = catalog().find(QStringLiteral("facebook"));
        const auto own = tmpl({{"campid", "{{campaign.id}}"},
                               {"adsetid", "{{adset.id}}"},
                               {"adid", "{{ad.id}}"},
                               {"placement", "{{placement}}"}},
                              QStringLiteral("facebook"), QStringLiteral("Facebook"));
        const auto google = tmpl({{"campid", "{campaignid}"}, {"adsetid", "{adgroupid}"}},
                                 QStringLiteral("google"), QStringLiteral("Google Ads"));
        QVERIFY(templateMatchScore(*facebook, own, catalog()) >
                templateMatchScore(*facebook, google, catalog()));
    }

    void catalogParserRejectsBrokenData()
    {
        AdNetworkCatalog c;
        QString error;
        QVERIFY(!AdNetworkCatalog::parse("{}", &c, &error));
        QVERIFY(!AdNetworkCatalog::parse(
            R"({"format":"kintura-desk/ad-networks","networks":[{"key":"a","name":"A"}]})", &c,
            &error));
        QVERIFY(error.contains(QStringLiteral("campaign")));
    }
};

QTEST_GUILESS_MAIN(TestTemplateCheck)
#include "tst_templatecheck.moc"
