#include "CodeView.h"

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
        f.setForeground(QColor(0x1b, 0x5e, 0x20));
        f.setBackground(QColor(0xe6, 0xf4, 0xea));
    } else if (text.startsWith(QLatin1Char('-'))) {
        f.setForeground(QColor(0xb7, 0x1c, 0x1c));
        f.setBackground(QColor(0xfd, 0xe7, 0xe9));
    } else if (text.startsWith(QLatin1String("@@"))) {
        f.setForeground(QColor(0x15, 0x65, 0xc0));
    } else {
        return;
    }
    setFormat(0, int(text.size()), f);
}

} // namespace warren
