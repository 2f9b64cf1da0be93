#include "util/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace warren;

// The quoting function is checked by a real POSIX shell: every hostile argument must come back
// byte for byte as one argument, and nothing in it may run.
class TestShellQuote final : public QObject
{
    Q_OBJECT

private:
    QStringList roundTrip(const QStringList& argv)
    {
        QProcess sh;
        // printf prints each argument NUL-terminated, so we see exactly how the shell split them.
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), shellCommand(QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + argv)});
        sh.waitForFinished(10000);
        const QByteArray out = sh.readAllStandardOutput();
        QStringList args;
        for (const auto& part : out.split('\0'))
            args << QString::fromUtf8(part);
        args.removeLast(); // after the last NUL
        return args;
    }

private Q_SLOTS:
    void hostileArgumentsReachTheProgramUnchanged_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("command substitution") << QStringLiteral("$(touch MARKER)");
        QTest::newRow("backticks") << QStringLiteral("`touch MARKER`");
        QTest::newRow("semicolon") << QStringLiteral("a; touch MARKER");
        QTest::newRow("pipe") << QStringLiteral("a | touch MARKER");
        QTest::newRow("ampersand") << QStringLiteral("a && touch MARKER &");
        QTest::newRow("single quote") << QStringLiteral("it's'; touch MARKER; '");
        QTest::newRow("double quote") << QStringLiteral("\"; touch MARKER; \"");
        QTest::newRow("newline") << QStringLiteral("a\ntouch MARKER");
        QTest::newRow("spaces") << QStringLiteral("  two  spaces ");
        QTest::newRow("glob") << QStringLiteral("*");
        QTest::newRow("variable") << QStringLiteral("$HOME ${PATH}");
        QTest::newRow("redirect") << QStringLiteral("> MARKER");
        QTest::newRow("leading dash") << QStringLiteral("--help");
        QTest::newRow("empty") << QString();
        QTest::newRow("cjk") << QStringLiteral("队列_兔子@节点");
        QTest::newRow("backslashes") << QStringLiteral("a\\'b\\");
        QTest::newRow("tab and cr") << QStringLiteral("a\tb\rc");
    }

    void hostileArgumentsReachTheProgramUnchanged()
    {
        QFETCH(QString, argument);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath(QStringLiteral("MARKER"));
        const QString arg = QString(argument).replace(QStringLiteral("MARKER"), marker);
        QDir::setCurrent(dir.path());
        const QStringList got = roundTrip({QStringLiteral("first"), arg, QStringLiteral("last")});
        QCOMPARE(got, (QStringList{QStringLiteral("first"), arg, QStringLiteral("last")}));
        QVERIFY2(!QFile::exists(marker), "a quoted argument ran a command");
    }

    void plainWordsStayReadable()
    {
        QCOMPARE(shellCommand({QStringLiteral("rabbitmqctl"), QStringLiteral("join_cluster"), QStringLiteral("rabbit@rabbit1")}),
            QStringLiteral("rabbitmqctl join_cluster rabbit@rabbit1"));
    }

    void privilegedCommandsGoThroughSudoNonInteractive()
    {
        const RemoteCommand cmd{{QStringLiteral("rabbitmqctl"), QStringLiteral("stop_app")}, true};
        QCOMPARE(cmd.toShell(true), QStringLiteral("sudo -n -- rabbitmqctl stop_app"));
        QCOMPARE(cmd.toShell(false), QStringLiteral("rabbitmqctl stop_app"));
        const RemoteCommand plain{{QStringLiteral("hostname")}, false};
        QCOMPARE(plain.toShell(true), QStringLiteral("hostname"));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
