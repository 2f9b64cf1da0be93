// The desktop GUI: an application object, the saved language, and the main window.
#include "AppInfo.h"
#include "Icons.h"
#include "MainWindow.h"
#include "UiLanguage.h"
#include "util/Translator.h"

#include <QApplication>
#include <QtConcurrent/QtConcurrentRun>

#ifdef WARREN_HAVE_KEYCHAIN
#include "secrets/KeychainSecretStore.h"
#endif
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

struct Options
{
    QCommandLineOption cluster { QStringList { QStringLiteral("c"), QStringLiteral("cluster") },
        QCoreApplication::translate("Main", "Open the cluster profile <file> (JSON, format warren-cluster-profile/1)."),
        QCoreApplication::translate("Main", "file") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "Main", "Save a picture of the main window to <png> after --screenshot-delay, then quit."),
        QCoreApplication::translate("Main", "png") };
    QCommandLineOption screenshotDelay { QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("Main", "Milliseconds to wait before --screenshot (default: 8000)."),
        QCoreApplication::translate("Main", "ms"), QStringLiteral("8000") };
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Warren"));
    QCoreApplication::setApplicationName(QStringLiteral("Warren"));
    QCoreApplication::setApplicationVersion(warren::applicationVersionString());
}

void setUp(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("Main", "Warren: administer RabbitMQ clusters behind HAProxy."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.cluster, options.screenshot, options.screenshotDelay });
}

// --help and --version need no screen: answered before a QApplication (which aborts without a
// display), so they work over SSH, in a package check and in man-page tooling.
bool textOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : { "-h", "-?", "--help", "--help-all", "-v", "--version" }) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (textOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        warren::Translator::apply(warren::UiLanguage::saved());
        const Options options;
        QCommandLineParser parser;
        setUp(parser, options);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }
    QApplication app(argc, argv);
#ifdef WARREN_HAVE_KEYCHAIN
    // API passwords go to the desktop keyring when one answers; asking takes D-Bus round trips,
    // so the probe runs in a worker and the store stays memory-only until it succeeds.
    auto* keychain = new warren::KeychainSecretStore;
    warren::setSecretStore(keychain);
    (void)QtConcurrent::run([keychain] { keychain->probe(); });
#endif
    setIdentity();
    QApplication::setWindowIcon(warren::applicationIcon());

    // Before the command line is parsed, so --help is in the user's language too.
    warren::UiLanguage::apply(warren::UiLanguage::saved(), false);

    const Options options;
    QCommandLineParser parser;
    setUp(parser, options);
    parser.process(app);

    warren::MainWindow window;
    window.show();
    if (parser.isSet(options.cluster))
        window.openProfile(parser.value(options.cluster));
    if (parser.isSet(options.screenshot)) {
        // For the package check and the README's pictures: the window as a user would see it once
        // the first poll has had time to answer.
        bool ok = false;
        const int delay = parser.value(options.screenshotDelay).toInt(&ok);
        if (!ok || delay < 0) {
            const QString text
                = QCoreApplication::translate("Main", "--screenshot-delay needs a number of milliseconds");
            std::fprintf(stderr, "warren: %s\n", qPrintable(text));
            return 2;
        }
        const QString file = parser.value(options.screenshot);
        QTimer::singleShot(delay, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                qWarning("warren: cannot write the screenshot %s", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
