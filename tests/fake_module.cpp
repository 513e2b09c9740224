// A kintura-desk-app.so from "another version" (tst_mainwindow): kintura-desk must refuse it.
#include <QtGlobal>

extern "C" Q_DECL_EXPORT const char* kd_module_version()
{
    return "0.0.0-other";
}
