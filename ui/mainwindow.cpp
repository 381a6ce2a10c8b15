#include "ui/mainwindow.h"

namespace chainscope::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Chainscope"));
}

} // namespace chainscope::ui
