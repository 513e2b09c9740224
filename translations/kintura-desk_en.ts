<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CustomRange</name>
    <message numerus="yes">
        <source>The range is %n day(s) long; reports cover at most three years at a time. Pick a shorter range.</source>
        <translation>
            <numerusform>The range is %n day long; reports cover at most three years at a time. Pick a shorter range.</numerusform>
            <numerusform>The range is %n days long; reports cover at most three years at a time. Pick a shorter range.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerCall</name>
    <message numerus="yes">
        <source>; and %n more</source>
        <extracomment>Ends a list of records that could not be read: %n more were not named.</extracomment>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerError</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <extracomment>Fills &quot;wait %2 before the next request&quot;.</extracomment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <extracomment>Fills &quot;wait %2 before the next request&quot;.</extracomment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ReportCli</name>
    <message numerus="yes">
        <source>%1 of %2 requests, about %n second(s) left</source>
        <extracomment>Progress on one terminal line, rewritten as it changes: %1 requests done out of %2; %n the seconds still expected.</extracomment>
        <translation>
            <numerusform>%1 of %2 requests, about %n second left</numerusform>
            <numerusform>%1 of %2 requests, about %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::AdNetworksPage</name>
    <message numerus="yes">
        <source>%n network(s) without a working template: %1. They send the tracker no usable data until you choose one (Configure…).</source>
        <extracomment>%1 is the ad networks&apos; names, joined with commas; %n how many there are.</extracomment>
        <translation>
            <numerusform>%n network without a working template: %1. It sends the tracker no usable data until you choose one (Configure…).</numerusform>
            <numerusform>%n networks without a working template: %1. They send the tracker no usable data until you choose one (Configure…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) read from the tracker.</source>
        <translation>
            <numerusform>%n template read from the tracker.</numerusform>
            <numerusform>%n templates read from the tracker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::ConflictWarning</name>
    <message numerus="yes">
        <source>%n ad-network campaign(s) send clicks to more than one Kintura tracker in this period. Each of those trackers counts the conversions, so revenue and conversions are counted twice. Point each campaign at one tracker only.</source>
        <translation>
            <numerusform>%n ad-network campaign sends clicks to more than one Kintura tracker in this period. Each of those trackers counts the conversions, so revenue and conversions are counted twice. Point each campaign at one tracker only.</numerusform>
            <numerusform>%n ad-network campaigns send clicks to more than one Kintura tracker in this period. Each of those trackers counts the conversions, so revenue and conversions are counted twice. Point each campaign at one tracker only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::PreferencesDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Spin box suffix after the number of days.</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportCharts</name>
    <message numerus="yes">
        <source>%1: %n conversion(s), revenue %2</source>
        <translation>
            <numerusform>%1: %n conversion, revenue %2</numerusform>
            <numerusform>%1: %n conversions, revenue %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportsPage</name>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Other (%n)</numerusform>
            <numerusform>Other (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::SyncStatusLine</name>
    <message numerus="yes">
        <source>Syncing %1: request %2 of %3, about %n second(s) left at the tracker&apos;s rate.</source>
        <translation>
            <numerusform>Syncing %1: request %2 of %3, about %n second left at the tracker&apos;s rate.</numerusform>
            <numerusform>Syncing %1: request %2 of %3, about %n seconds left at the tracker&apos;s rate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::TemplateChooserDialog</name>
    <message numerus="yes">
        <source>maps all four, %n warning(s)</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — …&quot;): all four identifiers are passed, with %n warnings. Lower-case, no full stop.</extracomment>
        <translation>
            <numerusform>maps all four, %n warning</numerusform>
            <numerusform>maps all four, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) in the tracker.</source>
        <translation>
            <numerusform>%n template in the tracker.</numerusform>
            <numerusform>%n templates in the tracker.</numerusform>
        </translation>
    </message>
</context>
</TS>
