// kintura-sim: the local Kintura-compatible tracker as a process, for scripts and benchmarks.
#include "SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

using namespace kd;
using namespace kd::sim;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kintura-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Kintura-compatible tracker on 127.0.0.1 (see docs/kintura-api.md).\n"
        "Prints one line, KINTURA_SIM url=<base URL> key=<API key> secret=<API secret>,\n"
        "once it listens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rate(
        QStringLiteral("rate"),
        QStringLiteral("Requests per second per API key before 429 (0: no throttle)."),
        QStringLiteral("REQUESTS_PER_SECOND"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated account."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("small (20 campaigns, 3 networks, 30 days), "
                                                 "typical (300, 8, 180) or large (3000, 21, 730)."),
                                  QStringLiteral("SIZE"), QStringLiteral("small"));
    const QCommandLineOption campaigns(QStringLiteral("campaigns"),
                                       QStringLiteral("Override the number of campaigns."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QStringLiteral("Override the days of history."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption networks(QStringLiteral("networks"),
                                      QStringLiteral("Override the number of ad networks (1-21)."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption trafficSources(
        QStringLiteral("traffic-sources"),
        QStringLiteral("At least this many traffic sources (more than 50 spans pages)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      QStringLiteral("The tracker's currency (ISO 4217)."),
                                      QStringLiteral("CODE"), QStringLiteral("USD"));
    const QCommandLineOption conversion(QStringLiteral("conversion-time"),
                                        QStringLiteral("visit or postback."),
                                        QStringLiteral("TIME"), QStringLiteral("visit"));
    const QCommandLineOption timezone(QStringLiteral("timezone"),
                                      QStringLiteral("The tracker's IANA time zone."),
                                      QStringLiteral("ZONE"), QStringLiteral("America/New_York"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve https with this PEM certificate (needs --tls-key)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM RSA private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption api(
        QStringLiteral("api"),
        QStringLiteral("full (docs/kintura-api.md, the default) or published (only what "
                       "Kintura's public API page states; 404 for settings, traffic sources "
                       "and stats)."),
        QStringLiteral("API"), QStringLiteral("full"));
    const QCommandLineOption rename(
        QStringLiteral("rename-field"),
        QStringLiteral("Rename a key in every API reply, as a tracker of another version would "
                       "(repeatable), e.g. timezone=time_zone."),
        QStringLiteral("OLD=NEW"));
    parser.addOptions({api, rename, port, rate, seed, size, campaigns, days, networks,
                       trafficSources, currency, conversion, timezone, tlsCert, tlsKey});
    parser.process(app);

    QTextStream err(stderr);
    SimConfig config;
    bool ok = true;
    config.seed = parser.value(seed).toULongLong(&ok);
    if (!ok || !simSizeFromName(parser.value(size), &config.size) ||
        !conversionTimeFromKey(parser.value(conversion), &config.settings.conversionTime)) {
        err << "kintura-sim: invalid --seed, --size or --conversion-time; see --help\n";
        return 2;
    }
    config.campaigns = parser.value(campaigns).toInt();
    config.days = parser.value(days).toInt();
    config.networks = parser.value(networks).toInt();
    config.trafficSources = parser.value(trafficSources).toInt();
    config.settings.currency = parser.value(currency).toUpper();
    config.settings.timeZone = parser.value(timezone);

    SimOptions options;
    for (const QString& pair : parser.values(rename)) {
        const QString from = pair.section(QLatin1Char('='), 0, 0);
        const QString to = pair.section(QLatin1Char('='), 1);
        if (from.isEmpty() || to.isEmpty()) {
            err << "kintura-sim: --rename-field takes OLD=NEW\n";
            return 2;
        }
        options.renamedFields.insert(from, to);
    }
    if (!simApiFromName(parser.value(api), &options.api)) {
        err << "kintura-sim: --api is full or published\n";
        return 2;
    }
    options.requestsPerSecond = parser.value(rate).toDouble(&ok);
    if (!ok || options.requestsPerSecond < 0) {
        err << "kintura-sim: --rate must be a number of requests per second\n";
        return 2;
    }

    SimServer server(config, options);
    if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
        QFile certFile(parser.value(tlsCert));
        QFile keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << "kintura-sim: cannot read --tls-cert or --tls-key\n";
            return 2;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            err << "kintura-sim: --tls-cert or --tls-key is not a PEM certificate / RSA key\n";
            return 2;
        }
        server.enableTls(cert, key);
    }
    const uint wanted = parser.value(port).toUInt(&ok);
    if (!ok || wanted > 65535 || !server.listenLocal(quint16(wanted))) {
        err << "kintura-sim: cannot listen on 127.0.0.1:" << parser.value(port) << "\n";
        return 1;
    }
    std::printf("KINTURA_SIM url=%s key=%s secret=%s\n",
                server.baseUrl().toString().toUtf8().constData(),
                server.apiKey().toUtf8().constData(), server.apiSecret().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
