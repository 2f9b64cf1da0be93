#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace warren {

namespace {
    QTranslator* g_app = nullptr;
    QTranslator* g_qt = nullptr;
    QString g_current = QStringLiteral("en");
}

QStringList Translator::languages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

QString Translator::displayName(const QString& language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Translator::languageForLocale(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Translator::apply(const QString& language)
{
    auto* app = QCoreApplication::instance();
    if (!app)
        return false;
    if (g_app) {
        QCoreApplication::removeTranslator(g_app);
        delete g_app;
        g_app = nullptr;
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt);
        delete g_qt;
        g_qt = nullptr;
    }
    g_current = languages().contains(language) ? language : QStringLiteral("en");
    bool ok = true;
    g_app = new QTranslator(app);
    if (g_app->load(QStringLiteral(":/i18n/warren_%1.qm").arg(g_current)))
        QCoreApplication::installTranslator(g_app);
    else
        ok = false;
    if (g_current != QLatin1String("en")) {
        g_qt = new QTranslator(app);
        if (g_qt->load(QStringLiteral("qtbase_%1").arg(g_current), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
    }
    return ok;
}

QString Translator::current()
{
    return g_current;
}

} // namespace warren
