#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>
#include <memory>

namespace testutil {

// Answers the next modal dialog with the given object name while the code under test sits in
// exec(): `check` sees it first, then the button named `buttonName` is clicked, or the dialog is
// rejected when that is empty. The returned flag says whether the dialog was seen.
inline std::shared_ptr<bool> answerModal(
    const QString& objectName, std::function<void(QWidget*)> check, const QString& buttonName = QString())
{
    auto seen = std::make_shared<bool>(false);
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QWidget* w = QApplication::activeModalWidget();
        if (!w || w->objectName() != objectName)
            return;
        *seen = true;
        timer->stop();
        timer->deleteLater();
        if (check)
            check(w);
        if (auto* button = buttonName.isEmpty() ? nullptr : w->findChild<QAbstractButton*>(buttonName))
            button->click();
        else if (auto* d = qobject_cast<QDialog*>(w))
            d->reject();
    });
    timer->start();
    return seen;
}

} // namespace testutil
