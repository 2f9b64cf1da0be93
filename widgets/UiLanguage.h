#pragma once

#include <QString>

namespace warren {

// The GUI side of language switching: Translator::apply() plus what a widget application needs
// around it (the CJK font family, remembering the choice). Every open window retranslates itself
// on the QEvent::LanguageChange that installing the translator sends.
class UiLanguage final
{
public:
    UiLanguage() = delete;

    // QSettings "ui/language"; on first run the system locale's language.
    static QString saved();
    // Returns false when the embedded translation could not be loaded.
    static bool apply(const QString& language, bool remember = true);
    static QString current();
};

} // namespace warren
