#pragma once

namespace chainscope::ui {

/// Runs the inspector window: creates the QApplication, installs the
/// translation for the system locale (":/i18n/chainscope_<lang>.qm", when
/// built in), reads the GUI options and shows the main window.
///
/// Options: --lab-state FILE (the lab's lab.json: connect, key, policies,
/// select the service image), --registry URL (pre-fill and connect).
/// Returns the exit code: 2 when there is no display or the options are
/// wrong, otherwise what the event loop returns.
int runGui(int &argc, char **argv);

/// True when a window can be shown: DISPLAY or WAYLAND_DISPLAY is set, or
/// QT_QPA_PLATFORM names a platform (offscreen, xcb, ...).
bool haveDisplay();

} // namespace chainscope::ui
