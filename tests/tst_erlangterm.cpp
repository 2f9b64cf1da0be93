#include "parse/ErlangTerm.h"

#include "testutil/TestUtil.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using warren::ErlTerm;
using warren::parseErlangTerm;

class TestErlangTerm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAtoms_data();
    void readsAtoms();
    void readsIntegers_data();
    void readsIntegers();
    void keepsTheLiteralOfBignums();
    void readsFloats_data();
    void readsFloats();
    void readsStringsWithEscapes_data();
    void readsStringsWithEscapes();
    void readsBinaries_data();
    void readsBinaries();
    void readsPids_data();
    void readsPids();
    void readsNestedListsAndTuples();
    void readsMaps();
    void lookupFindsProplistAndMapValues();
    void trailingDotIsOptional_data();
    void trailingDotIsOptional();
    void skipsCommentsAndLineBreaks();
    void prefixParseStopsAfterTheTerm();
    void rejectsBrokenInputWithPosition_data();
    void rejectsBrokenInputWithPosition();
    void acceptsNestingUpToTheLimit();
    void rejectsHundredThousandOpenBrackets();
    void rejectsHugeInput();
    void rejectsTooManyTerms();
    void survivesMutatedInput();
    void errorTextNamesLineAndColumn();
    void lineColumnCountsCharactersNotCodeUnits();
};

void TestErlangTerm::readsAtoms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << u"disc"_s << u"disc"_s;
    QTest::newRow("bare node name") << u"rabbit@rabbit1"_s << u"rabbit@rabbit1"_s;
    QTest::newRow("underscores and digits") << u"running_nodes2"_s << u"running_nodes2"_s;
    QTest::newRow("quoted with hyphen") << u"'rabbit@rabbitmq-01'"_s << u"rabbit@rabbitmq-01"_s;
    QTest::newRow("quoted without prefix") << u"'rabbitmq-02'"_s << u"rabbitmq-02"_s;
    QTest::newRow("quoted escapes") << u"'it\\'s a\\\\b\\n'"_s << u"it's a\\b\n"_s;
    QTest::newRow("quoted empty") << u"''"_s << QString();
    QTest::newRow("latin1 letters") << u"caf\u00e9"_s << u"caf\u00e9"_s;
}

void TestErlangTerm::readsAtoms()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto term = parseErlangTerm(input);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QCOMPARE(term->kind, ErlTerm::Kind::Atom);
    QCOMPARE(term->text, expected);
    QVERIFY(term->isAtom(expected));
}

void TestErlangTerm::readsIntegers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("positive") << u"1864233"_s << qint64(1864233);
    QTest::newRow("negative") << u"-17"_s << qint64(-17);
    QTest::newRow("explicit plus") << u"+5"_s << qint64(5);
    QTest::newRow("hex") << u"16#FF"_s << qint64(255);
    QTest::newRow("hex lower case") << u"16#ff"_s << qint64(255);
    QTest::newRow("negative hex") << u"-16#10"_s << qint64(-16);
    QTest::newRow("binary radix") << u"2#1010"_s << qint64(10);
    QTest::newRow("base 36") << u"36#Z"_s << qint64(35);
    QTest::newRow("digit separators") << u"1_000_000"_s << qint64(1000000);
    QTest::newRow("character") << u"$a"_s << qint64('a');
    QTest::newRow("escaped character") << u"$\\n"_s << qint64('\n');
    QTest::newRow("max") << u"9223372036854775807"_s << std::numeric_limits<qint64>::max();
}

void TestErlangTerm::readsIntegers()
{
    QFETCH(QString, input);
    QFETCH(qint64, expected);
    const auto term = parseErlangTerm(input);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QCOMPARE(term->kind, ErlTerm::Kind::Integer);
    QCOMPARE(term->integer, expected);
}

void TestErlangTerm::keepsTheLiteralOfBignums()
{
    const auto big = parseErlangTerm(u"123456789012345678901234567890");
    QVERIFY(big.ok());
    QCOMPARE(big->kind, ErlTerm::Kind::Integer);
    QCOMPARE(big->integer, std::numeric_limits<qint64>::max());
    QCOMPARE(big->text, u"123456789012345678901234567890"_s);
    const auto negative = parseErlangTerm(u"-99999999999999999999999"_s);
    QVERIFY(negative.ok());
    QCOMPARE(negative->integer, std::numeric_limits<qint64>::min());
}

void TestErlangTerm::readsFloats_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<double>("expected");
    QTest::newRow("simple") << u"3.14"_s << 3.14;
    QTest::newRow("negative") << u"-0.5"_s << -0.5;
    QTest::newRow("exponent") << u"1.0e10"_s << 1.0e10;
    QTest::newRow("negative exponent") << u"2.5E-3"_s << 2.5e-3;
    QTest::newRow("as printed by io_lib") << u"0.1111111111111111"_s << 0.1111111111111111;
}

void TestErlangTerm::readsFloats()
{
    QFETCH(QString, input);
    QFETCH(double, expected);
    const auto term = parseErlangTerm(input);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QCOMPARE(term->kind, ErlTerm::Kind::Float);
    QCOMPARE(term->real, expected);
}

void TestErlangTerm::readsStringsWithEscapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"\"hello\""_s << u"hello"_s;
    QTest::newRow("empty") << u"\"\""_s << QString();
    QTest::newRow("quote and backslash") << u"\"a\\\"b\\\\c\""_s << u"a\"b\\c"_s;
    QTest::newRow("control escapes") << u"\"\\t\\n\\r\\s\\e\\d\""_s << u"\t\n\r \x1b\x7f"_s;
    QTest::newRow("octal") << u"\"\\101\\0\""_s << u"A\0"_s;
    QTest::newRow("hex two digits") << u"\"\\x41\""_s << u"A"_s;
    QTest::newRow("hex braces beyond BMP") << u"\"\\x{1F407}\""_s << u"\U0001F407"_s;
    QTest::newRow("control caret") << u"\"\\^A\""_s << u"\x01"_s;
    QTest::newRow("adjacent literals concatenate") << u"\"ab\" \"cd\""_s << u"abcd"_s;
    QTest::newRow("spans lines") << u"\"a\nb\""_s << u"a\nb"_s;
}

void TestErlangTerm::readsStringsWithEscapes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto term = parseErlangTerm(input);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QCOMPARE(term->kind, ErlTerm::Kind::String);
    QCOMPARE(term->text, expected);
}

void TestErlangTerm::readsBinaries_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << u"<<\"rabbit@rabbit1\">>"_s << u"rabbit@rabbit1"_s;
    QTest::newRow("empty") << u"<<>>"_s << QString();
    QTest::newRow("empty with space") << u"<< >>"_s << QString();
    QTest::newRow("utf8 as octal bytes") << u"<<\"caf\\303\\251\">>"_s << u"caf\u00e9"_s;
    QTest::newRow("utf8 marked") << u"<<\"caf\u00e9\"/utf8>>"_s << u"caf\u00e9"_s;
    QTest::newRow("bytes") << u"<<82,77,81>>"_s << u"RMQ"_s;
    QTest::newRow("bytes with size") << u"<<65:8,66>>"_s << u"AB"_s;
    QTest::newRow("mixed segments") << u"<<\"a\",98,\"c\">>"_s << u"abc"_s;
    QTest::newRow("invalid utf8 falls back to latin1") << u"<<\"\\377\">>"_s << u"\u00ff"_s;
}

void TestErlangTerm::readsBinaries()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto term = parseErlangTerm(input);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QCOMPARE(term->kind, ErlTerm::Kind::Binary);
    QCOMPARE(term->asText(), expected);
}

void TestErlangTerm::readsPids_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("local") << u"<0.123.0>"_s;
    QTest::newRow("remote as rabbitmqctl prints it") << u"<rabbit@rabbit2.1.2.3>"_s;
    QTest::newRow("remote with hyphen and domain") << u"<rabbit@rabbitmq-01.example.com.1234.56.0>"_s;
}

void TestErlangTerm::readsPids()
{
    QFETCH(QString, input);
    const auto term = parseErlangTerm(u"["_s + input + u"]"_s);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QCOMPARE(term->items.size(), 1);
    QCOMPARE(term->items.first().kind, ErlTerm::Kind::Pid);
    QCOMPARE(term->items.first().text, input);
}

void TestErlangTerm::readsNestedListsAndTuples()
{
    const auto term = parseErlangTerm(u"[{nodes,[{disc,['rabbit@a',b]},{ram,[]}]}, {}, {x, \"s\", 1.5, -2}]"_s);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QVERIFY(term->isList());
    QCOMPARE(term->items.size(), 3);
    const ErlTerm& nodes = term->items.at(0);
    QVERIFY(nodes.isTuple());
    QVERIFY(nodes.items.at(0).isAtom(u"nodes"));
    const ErlTerm& disc = nodes.items.at(1).items.at(0);
    QCOMPARE(disc.items.at(1).items.size(), 2);
    QCOMPARE(disc.items.at(1).items.at(0).text, u"rabbit@a"_s);
    QVERIFY(nodes.items.at(1).items.at(1).items.at(1).isList());
    QVERIFY(nodes.items.at(1).items.at(1).items.at(1).items.isEmpty());
    QVERIFY(term->items.at(1).isTuple());
    QVERIFY(term->items.at(1).items.isEmpty());
    const ErlTerm& mixed = term->items.at(2);
    QCOMPARE(mixed.items.size(), 4);
    QCOMPARE(mixed.items.at(1).kind, ErlTerm::Kind::String);
    QCOMPARE(mixed.items.at(2).kind, ErlTerm::Kind::Float);
    QCOMPARE(mixed.items.at(3).integer, qint64(-2));
}

void TestErlangTerm::readsMaps()
{
    const auto term
        = parseErlangTerm(u"#{erlang_version => <<\"25.2.3\">>, rabbitmq_version => <<\"3.10.8\">>, 1 => #{}}"_s);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QCOMPARE(term->kind, ErlTerm::Kind::Map);
    QCOMPARE(term->items.size(), 3);
    QVERIFY(term->items.at(0).isTuple());
    QCOMPARE(term->items.at(0).items.size(), 2);
    QCOMPARE(term->items.at(2).items.at(1).kind, ErlTerm::Kind::Map);
    const auto empty = parseErlangTerm(u"#{}");
    QVERIFY(empty.ok());
    QCOMPARE(empty->kind, ErlTerm::Kind::Map);
}

void TestErlangTerm::lookupFindsProplistAndMapValues()
{
    const auto list = parseErlangTerm(u"[verbose, {running_nodes,[a]}, {cluster_name,<<\"c\">>}, {x,1,2}]"_s);
    QVERIFY(list.ok());
    QVERIFY(list->lookup(u"running_nodes"));
    QVERIFY(list->lookup(u"running_nodes")->isList());
    QCOMPARE(list->lookup(u"cluster_name")->asText(), u"c"_s);
    QVERIFY(!list->lookup(u"verbose"));
    QVERIFY(!list->lookup(u"x"));
    QVERIFY(!list->lookup(u"missing"));

    const auto map = parseErlangTerm(u"#{rabbitmq_version => <<\"3.10.8\">>}"_s);
    QVERIFY(map.ok());
    QCOMPARE(map->lookup(u"rabbitmq_version")->asText(), u"3.10.8"_s);

    const auto atom = parseErlangTerm(u"a");
    QVERIFY(!atom->lookup(u"a"));
}

void TestErlangTerm::trailingDotIsOptional_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("without") << u"[a]"_s;
    QTest::newRow("with") << u"[a]."_s;
    QTest::newRow("with spaces and newline") << u"  [a] .\n"_s;
    QTest::newRow("integer then dot") << u"1."_s;
}

void TestErlangTerm::trailingDotIsOptional()
{
    QFETCH(QString, input);
    const auto term = parseErlangTerm(input);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
}

void TestErlangTerm::skipsCommentsAndLineBreaks()
{
    const auto term = parseErlangTerm(u"% leading comment\n[a, % why\r\n b]\n"_s);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QCOMPARE(term->items.size(), 2);
}

void TestErlangTerm::prefixParseStopsAfterTheTerm()
{
    const QString text = u"header\n[{a,1}]\n...done.\n"_s;
    qsizetype end = -1;
    const auto term = warren::parseErlangTermPrefix(text, 7, &end);
    QVERIFY2(term.ok(), qPrintable(term.error().toString()));
    QCOMPARE(end, qsizetype(14));
    QVERIFY(!parseErlangTerm(text).ok());
}

void TestErlangTerm::rejectsBrokenInputWithPosition_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("empty") << QString() << 1 << 1;
    QTest::newRow("only whitespace") << u"  \n  "_s << 2 << 3;
    QTest::newRow("truncated list") << u"[{nodes,[{disc,['rabbit@a']}"_s << 1 << 29;
    QTest::newRow("truncated in second line") << u"[{nodes,[]},\n {running_nodes,["_s << 2 << 18;
    QTest::newRow("unbalanced closer") << u"[a}"_s << 1 << 3;
    QTest::newRow("extra closer") << u"[a]]"_s << 1 << 4;
    QTest::newRow("missing comma") << u"[a b]"_s << 1 << 4;
    QTest::newRow("garbage bytes") << u"\x01\x02\xff"_s << 1 << 1;
    QTest::newRow("unterminated string") << u"[\"abc"_s << 1 << 2;
    QTest::newRow("unterminated quoted atom") << u"['rabbit@a]"_s << 1 << 2;
    QTest::newRow("unterminated binary") << u"<<\"a\""_s << 1 << 1;
    QTest::newRow("improper list") << u"[a|b]"_s << 1 << 3;
    QTest::newRow("variable") << u"[Node]"_s << 1 << 2;
    QTest::newRow("truncated by ~P") << u"[a,b|...]"_s << 1 << 5;
    QTest::newRow("ellipsis") << u"[a ...]"_s << 1 << 4;
    QTest::newRow("bad pid") << u"<abc>"_s << 1 << 1;
    QTest::newRow("reference") << u"#Ref<0.1.2.3>"_s << 1 << 1;
    QTest::newRow("bad radix") << u"99#1"_s << 1 << 1;
    QTest::newRow("bad escape") << u"\"\\x{110000}\""_s << 1 << 2;
    QTest::newRow("map without arrow") << u"#{a, b}"_s << 1 << 4;
    QTest::newRow("binary byte out of range") << u"<<256>>"_s << 1 << 3;
    QTest::newRow("bit string") << u"<<1:3>>"_s << 1 << 4;
    QTest::newRow("two terms") << u"a b"_s << 1 << 3;
    QTest::newRow("dollar at end") << u"$"_s << 1 << 2;
    QTest::newRow("lone minus") << u"-"_s << 1 << 1;
}

void TestErlangTerm::rejectsBrokenInputWithPosition()
{
    QFETCH(QString, input);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto term = parseErlangTerm(input);
    QVERIFY(!term.ok());
    QVERIFY(!term.error().message.isEmpty());
    QCOMPARE(term.error().line, line);
    QCOMPARE(term.error().column, column);
}

static QString nested(int depth)
{
    return QString(depth, QLatin1Char('[')) + QString(depth, QLatin1Char(']'));
}

void TestErlangTerm::acceptsNestingUpToTheLimit()
{
    const auto ok = parseErlangTerm(nested(warren::kErlangTermMaxDepth));
    QVERIFY2(ok.ok(), qPrintable(ok.error().toString()));
    const auto tooDeep = parseErlangTerm(nested(warren::kErlangTermMaxDepth + 1));
    QVERIFY(!tooDeep.ok());
    QCOMPARE(tooDeep.error().column, warren::kErlangTermMaxDepth + 1);
}

void TestErlangTerm::rejectsHundredThousandOpenBrackets()
{
    const auto lists = parseErlangTerm(QString(100000, QLatin1Char('[')));
    QVERIFY(!lists.ok());
    QCOMPARE(lists.error().line, 1);
    QVERIFY(lists.error().column > 0);
    const auto tuples = parseErlangTerm(QString(100000, QLatin1Char('{')));
    QVERIFY(!tuples.ok());
    const auto maps = parseErlangTerm(QString(50000, QLatin1Char('#')).replace(u"#"_s, u"#{"_s));
    QVERIFY(!maps.ok());
}

void TestErlangTerm::rejectsHugeInput()
{
    const QString huge = u"["_s + QString(warren::kErlangTermMaxInput, QLatin1Char(' ')) + u"]"_s;
    const auto term = parseErlangTerm(huge);
    QVERIFY(!term.ok());
    QCOMPARE(term.error().line, 1);
    QCOMPARE(term.error().column, 1);
}

void TestErlangTerm::rejectsTooManyTerms()
{
    QString many = u"["_s;
    many.reserve(2 * warren::kErlangTermMaxTerms + 8);
    for (qsizetype i = 0; i <= warren::kErlangTermMaxTerms; ++i)
        many += u"a,"_s;
    many += u"a]"_s;
    const auto term = parseErlangTerm(many);
    QVERIFY(!term.ok());
    QVERIFY(term.error().column > 0);
}

void TestErlangTerm::survivesMutatedInput()
{
    const QString seed = QString::fromUtf8(testutil::readData(u"cluster-status-3.10-erlang-formatter-synthetic.txt"_s))
                             .section(QLatin1Char('\n'), 1);
    QVERIFY(parseErlangTerm(seed).ok());
    const QString alphabet = u"[]{}<>#=>,.|'\"\\$-+0123456789#aZ_@ \n\x1b\u00e9"_s;
    QRandomGenerator rng(20240514);
    for (int round = 0; round < 3000; ++round) {
        QString text = seed;
        const int edits = 1 + int(rng.bounded(8));
        for (int e = 0; e < edits && !text.isEmpty(); ++e) {
            const qsizetype at = rng.bounded(int(text.size()));
            switch (rng.bounded(4)) {
            case 0:
                text.remove(at, 1 + rng.bounded(20));
                break;
            case 1:
                text.insert(at, alphabet.at(rng.bounded(int(alphabet.size()))));
                break;
            case 2:
                text[at] = QChar(char16_t(rng.bounded(0x3000)));
                break;
            default:
                text.truncate(at);
                break;
            }
        }
        const auto term = parseErlangTerm(text);
        if (!term.ok()) {
            QVERIFY(term.error().line >= 1);
            QVERIFY(term.error().column >= 1);
            QVERIFY(!term.error().message.isEmpty());
        }
    }
}

void TestErlangTerm::errorTextNamesLineAndColumn()
{
    const auto term = parseErlangTerm(u"[a,\n b c]"_s);
    QVERIFY(!term.ok());
    QCOMPARE(term.error().line, 2);
    QCOMPARE(term.error().column, 4);
    QCOMPARE(term.error().toString(), u"line 2, column 4: expected ',' or ']' but found 'c'"_s);

    warren::ParseError noPosition { u"broken"_s, 0, 0 };
    QCOMPARE(noPosition.toString(), u"broken"_s);
    warren::ParseError lineOnly { u"broken"_s, 3, 0 };
    QCOMPARE(lineOnly.toString(), u"line 3: broken"_s);
}

void TestErlangTerm::lineColumnCountsCharactersNotCodeUnits()
{
    const QString text = u"ab\n\U0001F407x\ny"_s;
    QCOMPARE(warren::lineColumnAt(text, 0), std::make_pair(1, 1));
    QCOMPARE(warren::lineColumnAt(text, 3), std::make_pair(2, 1));
    QCOMPARE(warren::lineColumnAt(text, 5), std::make_pair(2, 2)); // after the rabbit: 'x'
    QCOMPARE(warren::lineColumnAt(text, 7), std::make_pair(3, 1));
    QCOMPARE(warren::lineColumnAt(text, 1000), std::make_pair(3, 2));
    QCOMPARE(warren::lineColumnAt(text, -5), std::make_pair(1, 1));
    const QByteArray utf8 = text.toUtf8();
    QCOMPARE(warren::lineColumnAtUtf8(utf8, 7), std::make_pair(2, 2)); // 3 + 4 bytes of the rabbit
}

QTEST_GUILESS_MAIN(TestErlangTerm)
#include "tst_erlangterm.moc"
