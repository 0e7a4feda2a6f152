<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../ui/brief_dialog.py" line="151"/>
        <source>Weekly brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="153"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="153"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="153"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="156"/>
        <source>Other dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="157"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="158"/>
        <source>Write the brief in the chosen format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="194"/>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="225"/>
        <source>Save the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="239"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="252"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="155"/>
        <source>Original HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="157"/>
        <source>The item as the feed sent it, with images and other outside content blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="159"/>
        <source>Select an item to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="187"/>
        <source>The feed sent no HTML for this item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filter_bar.py" line="121"/>
        <source>Search titles and text  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="124"/>
        <source>Words must all occur; &quot;quoted words&quot; as a phrase; a word ending in * matches its beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="131"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="132"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="133"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="134"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="135"/>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="138"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="141"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="142"/>
        <source>Any score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="143"/>
        <location filename="../../ui/filter_bar.py" line="218"/>
        <source>score ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="144"/>
        <source>Only items whose highest score is at least this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="145"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="158"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="158"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="162"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../ui/detail_html.py" line="31"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="32"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="33"/>
        <source>Nearest labelled examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="34"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="35"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="36"/>
        <source>Also reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="37"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="38"/>
        <source>Not classified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="107"/>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="108"/>
        <location filename="../../ui/detail_html.py" line="202"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="109"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="110"/>
        <location filename="../../ui/detail_html.py" line="205"/>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="117"/>
        <source>severity high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="118"/>
        <source>severity medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="119"/>
        <source>severity low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="134"/>
        <source>about %1 (no date in the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="146"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="203"/>
        <source>rejected: not pushback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="204"/>
        <source>relabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="206"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="207"/>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Pushback Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Confirm: this is pushback, in the categories shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Confirm, severity high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Confirm and weigh as high severity: first in the brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Confirm, severity medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>Confirm and weigh as medium severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Confirm, severity low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Confirm and weigh as low severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Reject: not pushback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Escalate for a closer look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Write a note on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Open the item&apos;s link in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Show new items and drop decided ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Poll now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Fetch every enabled source now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Pause polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Weekly brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Preview and save the pushback brief of a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Add or remove the category %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>&amp;Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>&amp;Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>New thresholds applied: %1 items flagged differently; Ctrl+R shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="629"/>
        <source>Nothing to confirm: choose the categories first (keys 1–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="667"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="668"/>
        <source>Note on %n item(s):</source>
        <translation>
            <numerusform>Note on %n item:</numerusform>
            <numerusform>Note on %n items:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>No enabled sources: add one under Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="729"/>
        <source>Poll finished: %1 new items, %2 of %3 sources failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="739"/>
        <source>Poll failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="805"/>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="818"/>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="829"/>
        <source>Polling and windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="117"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="118"/>
        <source>Categories (to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="119"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="129"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="130"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="131"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="132"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="133"/>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="175"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="176"/>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="177"/>
        <source>gone silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="178"/>
        <source>not polled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="179"/>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="56"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="57"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="58"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="59"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="60"/>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="61"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="189"/>
        <source>The feed gave no usable date: this is when it was fetched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Analyst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="184"/>
        <source>Recorded with every decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>Named under the title of the weekly brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="186"/>
        <source>Notify me of new items above an alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Classify items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <location filename="../../ui/settings_dialog.py" line="262"/>
        <source>Model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="194"/>
        <source>Faster int8 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="199"/>
        <source>Classify new items (off: poll and store only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="200"/>
        <source>The built-in model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>Quantised to int8: faster, very slightly less accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="205"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="205"/>
        <source>Flag from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="205"/>
        <source>Alert from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>model&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="217"/>
        <source>Poll every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="217"/>
        <source>Give up a fetch after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="217"/>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="222"/>
        <source>For sources without an interval of their own; for example 30m or 2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>This ONNX model folder has no int8 model (model-int8.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="24"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="30"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="30"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/source_form.py" line="154"/>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="156"/>
        <source>Edit source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="159"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="160"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="161"/>
        <source>Feed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="162"/>
        <source>Mastodon server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="163"/>
        <source>Hashtag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="164"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="165"/>
        <source>Bluesky account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="166"/>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="167"/>
        <source>Bluesky server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="168"/>
        <source>Telegram channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="169"/>
        <source>Telegram server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="170"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="171"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="172"/>
        <location filename="../../ui/source_form.py" line="206"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="173"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="174"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="175"/>
        <source>Poll every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="176"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="182"/>
        <source>Paste any address and press Test to find the source behind it, or choose the kind and fill in its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="186"/>
        <source>Test fetches the source as it is filled in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="190"/>
        <source>Any address: a feed, a web page that links to its feed, a YouTube channel, a subreddit, a Telegram channel, a Bluesky profile, a Mastodon hashtag or account. Test finds the source it stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="197"/>
        <source>Stable and unique; items refer to it. Left empty, one is made from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="200"/>
        <source>Left empty, the feed&apos;s own title is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="201"/>
        <source>For example 90s, 15m or 2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="202"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="204"/>
        <source>Fetch the source once and show what it yields; nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="206"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="206"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="258"/>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/source_form.py" line="281"/>
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n item found.</numerusform>
            <numerusform>%n items found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="282"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="301"/>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="308"/>
        <source>Press Test first to find the source at this address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sources_dialog.py" line="257"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="259"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="260"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="261"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="262"/>
        <source>Enable/disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="263"/>
        <source>Poll now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="264"/>
        <source>Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="265"/>
        <source>Export OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="316"/>
        <source>Select a source to see its address and its last error in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="324"/>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="327"/>
        <source>Last poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="330"/>
        <source>Last error (%1, %2 failure(s) in a row):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="336"/>
        <source>Last warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="339"/>
        <source>Gone silent: nothing new since %1, while it usually publishes every %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="380"/>
        <source>Remove sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="381"/>
        <source>Remove these sources from feeds.yaml? Their stored items are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="432"/>
        <source>Import OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="432"/>
        <location filename="../../ui/sources_dialog.py" line="464"/>
        <source>OPML files (*.opml *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="448"/>
        <source>%1 sources added from %3, %2 already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="454"/>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="462"/>
        <source>Export OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="475"/>
        <source>%1 sources written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../ui/sources_dialog.py" line="99"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="100"/>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="101"/>
        <source>gone silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="102"/>
        <source>not polled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="103"/>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="118"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="120"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="121"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="122"/>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="123"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="124"/>
        <source>Items (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="125"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../ui/status_panel.py" line="86"/>
        <source>Resume polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="86"/>
        <source>Pause polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="88"/>
        <source>Stop and restart the polling schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="89"/>
        <source>Show the sources and their errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="90"/>
        <source>Show the new items in the list (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="132"/>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="135"/>
        <source>Back from sleep: catching up on missed polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="145"/>
        <source>Preparing the classifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="147"/>
        <source>Classifier ready (model %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="149"/>
        <source>Classifier switched off in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="150"/>
        <source>Classifier unavailable (%1); new items wait unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="184"/>
        <source>Polling: %1 of %2 sources done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="193"/>
        <source>Polling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="200"/>
        <source>Polling paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="204"/>
        <source>Next poll %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="209"/>
        <source>No poll scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_panel.py" line="212"/>
        <source>⚠ %n source(s) failing</source>
        <translation>
            <numerusform>⚠ %n source failing</numerusform>
            <numerusform>⚠ %n sources failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_panel.py" line="214"/>
        <source>%n new item(s) – Ctrl+R</source>
        <translation>
            <numerusform>%n new item – Ctrl+R</numerusform>
            <numerusform>%n new items – Ctrl+R</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="68"/>
        <source>Show Pushback Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="69"/>
        <source>Pushback Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="97"/>
        <source>New item above the alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="100"/>
        <source>%n new item(s) above the alert threshold</source>
        <translation>
            <numerusform>%n new item above the alert threshold</numerusform>
            <numerusform>%n new items above the alert threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="102"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../ui/triage.py" line="40"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="41"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="42"/>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="43"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="44"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="48"/>
        <source>Confirm, severity high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="49"/>
        <source>Confirm, severity medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="50"/>
        <source>Confirm, severity low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="56"/>
        <source>%1 (%2 items)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
