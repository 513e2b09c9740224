#include "IntegrationCombo.h"

#include "integrations/IntegrationList.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace kd::ui {

QString refillIntegrationCombo(QComboBox* combo, const IntegrationList& integrations,
                               const QString& allItemText)
{
    const QString keep = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    if (!allItemText.isEmpty() && integrations.all().size() > 1)
        combo->addItem(allItemText, QString::fromLatin1(kAllIntegrations));
    for (const Integration& i : integrations.all())
        combo->addItem(i.name, i.id);
    const int index = combo->findData(keep);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
    return keep;
}

} // namespace kd::ui
