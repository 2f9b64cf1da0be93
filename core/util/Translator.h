#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace warren {

// Loads Warren's embedded translations (":/i18n/warren_<lang>.qm") plus Qt's own, and swaps
// them at run time. Languages are "en" and "zh_CN".
class Translator
{
public:
    static QStringList languages();
    static QString displayName(const QString& language); // in its own language: "English", "简体中文"
    // "zh_CN" for Chinese locales, otherwise "en".
    static QString languageForLocale(const QLocale& locale);
    // Installs the translators for language on the application, removing earlier ones.
    static bool apply(const QString& language);
    static QString current();
};

} // namespace warren
