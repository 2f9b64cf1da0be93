// The desktop GUI: an application object, the saved language, and the main window.
#include "AppInfo.h"
#include "Icons.h"
#include "MainWindow.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QtConcurrent/QtConcurrentRun>

#ifdef WARREN_HAVE_KEYCHAIN
#include "secrets/KeychainSecretStore.h"
#endif
#include <QCommandLineOption>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
#ifdef WARREN_HAVE_KEYCHAIN
    // API passwords go to the desktop keyring when one answers; asking takes D-Bus round trips,
    // so the probe runs in a worker and the store stays memory-only until it succeeds.
    auto* keychain = new warren::KeychainSecretStore;
    warren::setSecretStore(keychain);
    (void)QtConcurrent::run([keychain] { keychain->probe(); });
#endif
    QApplication::setOrganizationName(QStringLiteral("Warren"));
    QApplication::setApplicationName(QStringLiteral("Warren"));
    QApplication::setApplicationVersion(warren::applicationVersionString());
    QApplication::setWindowIcon(warren::applicationIcon());

    // Before the command line is parsed, so --help is in the user's language too.
    warren::UiLanguage::apply(warren::UiLanguage::saved(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Main", "Warren: administer RabbitMQ clusters behind HAProxy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption clusterOption(QStringList { QStringLiteral("c"), QStringLiteral("cluster") },
        QCoreApplication::translate("Main", "Open the cluster profile <file> (JSON, format warren-cluster-profile/1)."),
        QCoreApplication::translate("Main", "file"));
    parser.addOption(clusterOption);
    parser.process(app);

    warren::MainWindow window;
    window.show();
    if (parser.isSet(clusterOption))
        window.openProfile(parser.value(clusterOption));
    return app.exec();
}
