#pragma once

#include <QSyntaxHighlighter>

class QPlainTextEdit;
class QTextDocument;
class QWidget;

namespace warren {

// A read-only, unwrapped, fixed-font view for haproxy.cfg, diffs and logs, bounded by the
// parser's line limit.
QPlainTextEdit* haproxyCodeView(QWidget* parent, const QString& objectName);

// `diff -u` colours: added lines green, removed red, hunk headers blue.
class DiffHighlighter final : public QSyntaxHighlighter
{
public:
    explicit DiffHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace warren
