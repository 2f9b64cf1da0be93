#include "UiLanguage.h"

#include "AppSettings.h"
#include "util/Translator.h"

#include <QApplication>
#include <QFont>

namespace warren {

namespace {

    // The font the platform gave us, restored when switching back from a CJK language.
    QFont& baseFont()
    {
        static QFont font = QApplication::font();
        return font;
    }

    QFont fontFor(const QString& language)
    {
        QFont font = baseFont();
        if (language == QLatin1String("zh_CN")) {
            // Without an explicit family, fontconfig's fallback under LANG=C picks the Japanese variant
            // (Noto Sans CJK JP), whose glyph shapes differ from Simplified Chinese ones.
            font.setFamilies({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei"),
                baseFont().family() });
        }
        return font;
    }
} // namespace

QString UiLanguage::saved()
{
    const QString stored = AppSettings::language();
    if (Translator::languages().contains(stored))
        return stored;
    return Translator::languageForLocale(QLocale::system());
}

bool UiLanguage::apply(const QString& language, bool remember)
{
    baseFont(); // capture before the first change
    const bool ok = Translator::apply(language);
    QApplication::setFont(fontFor(Translator::current()));
    if (remember)
        AppSettings::setLanguage(Translator::current());
    return ok;
}

QString UiLanguage::current()
{
    return Translator::current();
}

} // namespace warren
