#include "ops/Plan.h"
#include "ops/RabbitCommands.h"
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
        sh.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"),
                shellCommand(QStringList { QStringLiteral("printf"), QStringLiteral("%s\\0") } + argv) });
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
        const QStringList got = roundTrip({ QStringLiteral("first"), arg, QStringLiteral("last") });
        QCOMPARE(got, (QStringList { QStringLiteral("first"), arg, QStringLiteral("last") }));
        QVERIFY2(!QFile::exists(marker), "a quoted argument ran a command");
    }

    // Debian's /usr/sbin/rabbitmqctl, reduced to its quoting: each argument is put in double quotes
    // with only '"' escaped, and the line is run by `su rabbitmq -c` (here: sh -c). The wrapper runs
    // the real script; this one prints the arguments it would get, NUL-terminated.
    QStringList throughDebianWrapper(const QStringList& argv)
    {
        static const QString wrapper = QStringLiteral("CMDLINE=\n"
                                                      "for arg in \"$@\" ; do\n"
                                                      "\targ=$(sed -e 's/\"/\\\\\"/g' <<-END\n"
                                                      "\t\t$arg\n"
                                                      "\t\tEND\n"
                                                      "\t)\n"
                                                      "\tCMDLINE=\"${CMDLINE} \\\"${arg}\\\"\"\n"
                                                      "done\n"
                                                      "sh -c \"printf '%s\\\\0' ${CMDLINE}\"\n");
        QProcess sh;
        sh.start(
            QStringLiteral("/bin/sh"), QStringList { QStringLiteral("-c"), wrapper, QStringLiteral("wrapper") } + argv);
        sh.waitForFinished(10000);
        QStringList args;
        for (const auto& part : sh.readAllStandardOutput().split('\0'))
            args << QString::fromUtf8(part);
        args.removeLast();
        return args;
    }

    // What the wrapper lets through unchanged, Warren sends; what it would interpret, Warren refuses.
    void debianWrapperValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("refused");
        QTest::newRow("node name") << QStringLiteral("rabbit@rabbit1") << false;
        QTest::newRow("command substitution") << QStringLiteral("$(touch MARKER)") << true;
        QTest::newRow("backticks") << QStringLiteral("`touch MARKER`") << true;
        QTest::newRow("variable") << QStringLiteral("${HOME}") << true;
        QTest::newRow("backslash before quote") << QStringLiteral("a\\\"; touch MARKER; \"") << true;
        QTest::newRow("newline") << QStringLiteral("a\ntouch MARKER") << true;
        QTest::newRow("semicolon") << QStringLiteral("a; touch MARKER") << false;
        QTest::newRow("pipe and ampersand") << QStringLiteral("a | touch MARKER &") << false;
        QTest::newRow("single quotes") << QStringLiteral("it's'; touch MARKER; '") << false;
        QTest::newRow("double quotes") << QStringLiteral("\"; touch MARKER; \"") << false;
        QTest::newRow("spaces") << QStringLiteral("  two  spaces ") << false;
        QTest::newRow("cjk") << QStringLiteral("队列_兔子@节点") << false;
    }

    void debianWrapperValues()
    {
        QFETCH(QString, value);
        QFETCH(bool, refused);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath(QStringLiteral("MARKER"));
        const QString arg = QString(value).replace(QStringLiteral("MARKER"), marker);
        RemoteCommand cmd { { QStringLiteral("rabbitmqctl"), QStringLiteral("list_queues"), QStringLiteral("-p") },
            true };
        cmd.value(arg);
        QCOMPARE(!cmd.refusal().isEmpty(), refused);
        QCOMPARE(wrapperSafe(arg), !refused);
        if (!refused) {
            // What Warren lets through reaches the real script unchanged and runs nothing.
            QCOMPARE(throughDebianWrapper({ arg }), QStringList { arg });
            QVERIFY2(!QFile::exists(marker), "the wrapper ran part of a value Warren let through");
        }
        // The same command for the real script (no wrapper) is not refused for these characters.
        RemoteCommand real { { QStringLiteral("/usr/lib/rabbitmq/bin/rabbitmqctl"), QStringLiteral("list_queues"),
                                 QStringLiteral("-p") },
            true };
        real.value(arg);
        QVERIFY(real.refusal().isEmpty());
    }

    // Why the refusal exists: the wrapper hands $(...) in a correctly quoted argument to a shell.
    void debianWrapperRunsCommandSubstitution()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("MARKER"));
        throughDebianWrapper({ QStringLiteral("$(touch %1)").arg(marker) });
        QVERIFY(QFile::exists(marker));
    }

    void leadingDashValuesAreNeverOptions_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("long option") << QStringLiteral("--help");
        QTest::newRow("short option") << QStringLiteral("-n");
        QTest::newRow("option with value") << QStringLiteral("--node=rabbit@evil");
        QTest::newRow("single dash") << QStringLiteral("-");
        // Fuzzing (regressions/list_vhosts): a vhost named "--" passed as its own end-of-options marker.
        QTest::newRow("end of options") << QStringLiteral("--");
    }

    void leadingDashValuesAreNeverOptions()
    {
        QFETCH(QString, value);
        // Without "--" before it: refused, and toShell() only prints the refusal.
        RemoteCommand bare { { QStringLiteral("rabbitmqctl"), QStringLiteral("forget_cluster_node") }, true };
        bare.value(value);
        QVERIFY(!bare.refusal().isEmpty());
        QVERIFY(bare.refusal().contains(value));
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), bare.toShell(true) });
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 125);
        QVERIFY(sh.readAllStandardOutput().isEmpty());
        QVERIFY(QString::fromUtf8(sh.readAllStandardError()).contains(value));
        // The display still shows the command as asked, so the plan can say what was refused.
        QVERIFY(bare.display(true).startsWith(QLatin1String("sudo -n -- rabbitmqctl forget_cluster_node")));
        // After "--" it is an operand: allowed.
        RemoteCommand guarded { { QStringLiteral("getent"), QStringLiteral("hosts"), QStringLiteral("--") }, false };
        guarded.value(value);
        QVERIFY(guarded.refusal().isEmpty());
        QCOMPARE(roundTrip(guarded.argv), guarded.argv);
        // A value "--" before it does not count as the marker either.
        RemoteCommand twice { { QStringLiteral("rabbitmqctl"), QStringLiteral("list_queues"), QStringLiteral("-p") },
            true };
        twice.value(QStringLiteral("--")).value(value);
        QVERIFY(!twice.refusal().isEmpty());
    }

    // A refused command sent anyway runs nothing of the hostile value on the host.
    void refusedCommandRunsNothing()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("MARKER"));
        RemoteCommand cmd { { QStringLiteral("rabbitmqctl"), QStringLiteral("list_queues"), QStringLiteral("-p") },
            true };
        cmd.value(QStringLiteral("$(touch %1)").arg(marker));
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), cmd.toShell(true) });
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 125);
        QVERIFY(!QFile::exists(marker));
        const QString err = QString::fromUtf8(sh.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("warren: refused to run rabbitmqctl")), qPrintable(err));
    }

    // Every builder that puts a name into a command marks it as a value.
    void rabbitCommandsMarkTheirValues()
    {
        const auto v = RabbitVersion::parse(QStringLiteral("3.10.8"));
        const QString evil = QStringLiteral("rabbit@$(touch /tmp/x)");
        QVERIFY(!RabbitCommands::join(v, evil, NodeType::Disc, QStringLiteral("rabbit@a")).refusal().isEmpty());
        QVERIFY(!RabbitCommands::join(v, QStringLiteral("--help"), NodeType::Ram, QStringLiteral("rabbit@a"))
                     .refusal()
                     .isEmpty());
        QVERIFY(!RabbitCommands::forget(QStringLiteral("--offline"), false).refusal().isEmpty());
        QVERIFY(!RabbitCommands::forget(evil, true).refusal().isEmpty());
        QVERIFY(!RabbitCommands::legacyCluster({ QStringLiteral("-n") }, NodeType::Ram, QStringLiteral("rabbit@a"))
                     .refusal()
                     .isEmpty());
        QVERIFY(RabbitCommands::join(v, QStringLiteral("rabbit@rabbit1"), NodeType::Ram, QStringLiteral("rabbit@a"))
                    .refusal()
                    .isEmpty());
        QVERIFY(RabbitCommands::resolveHost(QStringLiteral("-x")).refusal().isEmpty()); // after "--"
        QCOMPARE(RabbitCommands::resolveHost(QStringLiteral("-x")).argv.last(), QStringLiteral("-x"));
        // A plan with such a command is blocked and says why.
        Plan plan;
        Step step;
        step.commands << RabbitCommands::forget(evil, false);
        plan.steps << step;
        QVERIFY(plan.blocked());
        QCOMPARE(plan.commandRefusals().size(), 1);
        QVERIFY(plan.toText(true).contains(QLatin1String("Refused: ")));
    }

    void plainWordsStayReadable()
    {
        QCOMPARE(shellCommand({ QStringLiteral("rabbitmqctl"), QStringLiteral("join_cluster"),
                     QStringLiteral("rabbit@rabbit1") }),
            QStringLiteral("rabbitmqctl join_cluster rabbit@rabbit1"));
    }

    void privilegedCommandsGoThroughSudoNonInteractive()
    {
        const RemoteCommand cmd { { QStringLiteral("rabbitmqctl"), QStringLiteral("stop_app") }, true };
        QCOMPARE(cmd.toShell(true), QStringLiteral("sudo -n -- rabbitmqctl stop_app"));
        QCOMPARE(cmd.toShell(false), QStringLiteral("rabbitmqctl stop_app"));
        const RemoteCommand plain { { QStringLiteral("hostname") }, false };
        QCOMPARE(plain.toShell(true), QStringLiteral("hostname"));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
