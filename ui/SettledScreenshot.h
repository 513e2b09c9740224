#pragma once

class QString;

namespace kd {
class AppContext;
}

namespace kd::ui {

class MainWindow;

// --screenshot: once every connection check, template read and report sync has answered,
// lets the window repaint, saves it as a picture and quits (exit code 1 if nothing answers
// within a minute). For the README's pictures and the packaging smoke test.
void saveScreenshotWhenSettled(MainWindow* window, AppContext* context, const QString& path);

} // namespace kd::ui
