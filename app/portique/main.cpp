// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portique: the station's window. Composition root only: options, theme, launcher.
#include "common/clock.h"
#include "common/privatefiles.h"
#include "i18n/language.h"
#include "station/demostation.h"
#include "stationlauncher.h"
#include "storage/storageerror.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

QWidget *windowToCapture()
{
    if (QWidget *active = QApplication::activeModalWidget())
        return active;
    if (QWidget *active = QApplication::activeWindow())
        return active;
    QWidget *largest = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && (!largest || widget->width() * widget->height() > largest->width() * largest->height()))
            largest = widget;
    }
    return largest;
}

void scheduleScreenshot(const QString &file, double seconds)
{
    QTimer::singleShot(static_cast<int>(seconds * 1000), qApp, [file] {
        if (!file.isEmpty()) {
            QWidget *window = windowToCapture();
            const bool saved = window && window->grab().save(file);
            std::fprintf(stderr, "%s\n", qPrintable(saved ? QStringLiteral("screenshot: ") + file
                                                          : QStringLiteral("screenshot failed: ") + file));
        }
        QCoreApplication::quit();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace portique;
    common::keepNewFilesPrivate();
    if (!hasDisplay()) {
        std::fprintf(stderr, "%s\n",
                     "Portique needs a display and none is available (DISPLAY is not set).\n"
                     "On a machine without a screen, run it in a virtual one:\n"
                     "  xvfb-run -a -s '-screen 0 1600x1000x24' portique --demo\n"
                     "or run scripts/demo.sh, which does this for you.");
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Portique"));
    QApplication::setApplicationName(QStringLiteral("portique"));
    QApplication::setApplicationVersion(QStringLiteral(PORTIQUE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/portique.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Portique — reception station"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Encrypted database (or PORTIQUE_DB)."), QStringLiteral("path")},
        {QStringLiteral("key-file"), QStringLiteral("Key file of the database (or PORTIQUE_KEY_FILE)."), QStringLiteral("path")},
        {QStringLiteral("demo"), QStringLiteral("Run the embedded demo station (fictitious data).")},
        {QStringLiteral("demo-dir"), QStringLiteral("Folder of the demo station."), QStringLiteral("dir")},
        {QStringLiteral("lang"), QStringLiteral("Interface language: fr or en (default: the station's setting)."), QStringLiteral("fr|en")},
        {QStringLiteral("screenshot"), QStringLiteral("Save the front window as PNG when --quit-after elapses."), QStringLiteral("file")},
        {QStringLiteral("quit-after"), QStringLiteral("Quit after this many seconds (smoke tests)."), QStringLiteral("seconds")},
        {QStringLiteral("login"), QStringLiteral("Sign in as this user with the password in PORTIQUE_PASSWORD (smoke tests)."),
         QStringLiteral("login")},
        {QStringLiteral("tab"), QStringLiteral("Tab to show after signing in (smoke tests)."), QStringLiteral("index")},
        {QStringLiteral("lock-after"), QStringLiteral("Lock the station this many seconds after signing in (smoke tests)."),
         QStringLiteral("seconds")},
    });
    parser.process(app);

    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != u"fr" && lang != u"en") {
        std::fprintf(stderr, "--lang takes fr or en\n");
        return 2;
    }
    i18n::installTranslation(lang.isEmpty() ? i18n::languageFromEnvironment() : lang);
    ui::applyTheme(app, QSettings().value(QStringLiteral("ui/dark")).toBool() ? ui::Theme::Dark : ui::Theme::Light);

    app::LaunchOptions options;
    options.forcedLanguage = lang.isEmpty() && qEnvironmentVariableIsSet("PORTIQUE_LANG") ? i18n::languageFromEnvironment() : lang;
    options.autoLogin = parser.value(QStringLiteral("login"));
    options.tab = parser.value(QStringLiteral("tab")).toInt();
    options.lockAfter = parser.value(QStringLiteral("lock-after")).toDouble();
    options.demo = parser.isSet(QStringLiteral("demo"));
    if (options.demo) {
        const QString folder = parser.isSet(QStringLiteral("demo-dir"))
                                   ? parser.value(QStringLiteral("demo-dir"))
                                   : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
        try {
            const common::SystemClock clock;
            const station::DemoStation demo = station::ensureDemoStation(folder, clock);
            options.databasePath = demo.databasePath;
            options.keyFilePath = demo.keyFilePath;
        } catch (const storage::StorageError &error) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
    } else {
        options.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : qEnvironmentVariable("PORTIQUE_DB");
        options.keyFilePath = parser.isSet(QStringLiteral("key-file")) ? parser.value(QStringLiteral("key-file"))
                                                                        : qEnvironmentVariable("PORTIQUE_KEY_FILE");
        if (options.databasePath.isEmpty() || options.keyFilePath.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate(
                                             "App", "Give the station's database and key (--db PATH --key-file PATH, or "
                                                    "PORTIQUE_DB and PORTIQUE_KEY_FILE), or run the demo with --demo.")));
            return 2;
        }
    }

    if (parser.isSet(QStringLiteral("quit-after")))
        scheduleScreenshot(parser.value(QStringLiteral("screenshot")), parser.value(QStringLiteral("quit-after")).toDouble());

    app::StationLauncher launcher(options);
    QTimer::singleShot(0, &launcher, &app::StationLauncher::start);
    return app.exec();
}
