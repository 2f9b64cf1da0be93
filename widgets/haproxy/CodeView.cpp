#include "CodeView.h"

#include "Palette.h"

#include "haproxy/HaproxyConfig.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

namespace warren {

QPlainTextEdit* haproxyCodeView(QWidget* parent, const QString& objectName)
{
    auto* v = new QPlainTextEdit(parent);
    v->setObjectName(objectName);
    v->setReadOnly(true);
    v->setLineWrapMode(QPlainTextEdit::NoWrap);
    v->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A hostile file may have a megabyte on one line: the view shows it, bounded by the parser's limits.
    v->setMaximumBlockCount(HaproxyConfig::kMaxLines + 1);
    return v;
}

DiffHighlighter::DiffHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
}

void DiffHighlighter::highlightBlock(const QString& text)
{
    QTextCharFormat f;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        f.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
        f.setForeground(Palette::pill(Tone::Good).text);
        f.setBackground(Palette::pill(Tone::Good).background);
    } else if (text.startsWith(QLatin1Char('-'))) {
        f.setForeground(Palette::pill(Tone::Bad).text);
        f.setBackground(Palette::pill(Tone::Bad).background);
    } else if (text.startsWith(QLatin1String("@@"))) {
        f.setForeground(Palette::focus());
    } else {
        return;
    }
    setFormat(0, int(text.size()), f);
}

} // namespace warren
