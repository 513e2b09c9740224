#include "ChooseNetworksDialog.h"

#include "adnetworks/AdNetworkCatalog.h"
#include "integrations/IntegrationInput.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace kd::ui {

ChooseNetworksDialog::ChooseNetworksDialog(const QStringList& selectedKeys, QWidget* parent)
    : QDialog(parent)
    , m_previous(selectedKeys)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_noMatch(new QLabel(this))
{
    setObjectName(QStringLiteral("chooseNetworks"));
    setWindowTitle(tr("Ad networks you run"));
    m_filter->setObjectName(QStringLiteral("networkFilter"));
    //: Placeholder in a search field above the list of ad networks: typing there narrows the list.
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter ad networks by name"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("networkList"));
    m_list->setAccessibleName(tr("Ad networks"));
    for (const AdNetwork& n : AdNetworkCatalog::builtIn().networks()) {
        auto* item = new QListWidgetItem(n.name, m_list);
        item->setData(Qt::UserRole, n.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(selectedKeys.contains(n.key) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->sortItems();
    m_noMatch->setObjectName(QStringLiteral("noMatchNote"));
    m_noMatch->setWordWrap(true);
    // Never the filter's text itself: pasted junk (10,000 characters, control characters)
    // would make the sentence unreadable.
    m_noMatch->setText(tr("No ad network's name contains this text. Clear the filter to see "
                          "them all."));
    m_noMatch->hide();
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Spaces around a pasted name are not part of it.
        const QString wanted = trimPasted(text);
        int shown = 0;
        for (int i = 0; i < m_list->count(); ++i) {
            const bool match = m_list->item(i)->text().contains(wanted, Qt::CaseInsensitive);
            m_list->item(i)->setHidden(!match);
            shown += match ? 1 : 0;
        }
        m_noMatch->setVisible(shown == 0);
    });
    auto* intro =
        new QLabel(tr("Tick every ad network whose traffic goes to this tracker. Each one "
                      "then needs a tracking template."),
                   this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noMatch);
    layout->addWidget(buttons);
    resize(380, 520);
}

QStringList ChooseNetworksDialog::selectedKeys() const
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked << m_list->item(i)->data(Qt::UserRole).toString();
    }
    QStringList ordered;
    for (const QString& key : m_previous) {
        if (checked.contains(key))
            ordered << key;
    }
    for (const AdNetwork& n : AdNetworkCatalog::builtIn().networks()) {
        if (checked.contains(n.key) && !ordered.contains(n.key))
            ordered << n.key;
    }
    return ordered;
}

} // namespace kd::ui
