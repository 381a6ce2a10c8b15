#pragma once

#include <QMainWindow>

namespace chainscope::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace chainscope::ui
