<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActorsRow</name>
    <message>
        <location filename="../../ui/actors_row.py" line="98"/>
        <source>&amp;Actors:</source>
        <translation>&amp;Actors:</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="100"/>
        <source>Names, separated by commas</source>
        <translation>Names, separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="103"/>
        <source>Who spreads or enacts it: the people, organisations, accounts and offices behind the pushback, as the brief lists them, separated by commas; Enter records them, Escape puts back those recorded</source>
        <translation>Who spreads or enacts it: the people, organisations, accounts and offices behind the pushback, as the brief lists them, separated by commas; Enter records them, Escape puts back those recorded</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="148"/>
        <source>the account behind the post</source>
        <translation>the account behind the post</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="149"/>
        <source>recorded on other findings</source>
        <translation>recorded on other findings</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="150"/>
        <source>named with an office</source>
        <translation>named with an office</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="151"/>
        <source>the party of an office holder</source>
        <translation>the party of an office holder</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="152"/>
        <source>an office named in the item</source>
        <translation>an office named in the item</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="153"/>
        <source>an organisation named in the item</source>
        <translation>an organisation named in the item</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="166"/>
        <source>Suggested:</source>
        <translation>Suggested:</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../../ui/alerts.py" line="69"/>
        <source>rule “%1”</source>
        <translation>rule “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="134"/>
        <source>Alerts could not be checked: %1</source>
        <translation>Alerts could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts.py" line="186"/>
        <source>%n narrative(s) rising</source>
        <translation>
            <numerusform>%n narrative rising</numerusform>
            <numerusform>%n narratives rising</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="220"/>
        <source>on %1 · score %2 (3: once in 1,000 days by chance)</source>
        <translation>on %1 · score %2 (3: once in 1,000 days by chance)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="233"/>
        <source>New item a rule alerts you to</source>
        <translation>New item a rule alerts you to</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="235"/>
        <source>New item above the alert threshold</source>
        <translation>New item above the alert threshold</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts.py" line="239"/>
        <source>%n new item(s) rules alert you to</source>
        <translation>
            <numerusform>%n new item rules alert you to</numerusform>
            <numerusform>%n new items rules alert you to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts.py" line="241"/>
        <source>%n new item(s) above the alert threshold</source>
        <translation>
            <numerusform>%n new item above the alert threshold</numerusform>
            <numerusform>%n new items above the alert threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts.py" line="189"/>
        <location filename="../../ui/alerts.py" line="243"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsButton</name>
    <message>
        <location filename="../../ui/alerts_panel.py" line="281"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts_panel.py" line="285"/>
        <source>%n alert(s) not seen yet: click to see the recent alerts</source>
        <translation>
            <numerusform>%n alert not seen yet: click to see the recent alerts</numerusform>
            <numerusform>%n alerts not seen yet: click to see the recent alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="287"/>
        <source>The recent alerts: items above an alert threshold</source>
        <translation>The recent alerts: items above an alert threshold</translation>
    </message>
</context>
<context>
    <name>AlertsPopup</name>
    <message>
        <location filename="../../ui/alerts_panel.py" line="177"/>
        <source>Recent alerts</source>
        <translation>Recent alerts</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="188"/>
        <source>Show this item (decides nothing)</source>
        <translation>Show this item (decides nothing)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="190"/>
        <source>Show what is rising, and its items</source>
        <translation>Show what is rising, and its items</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="200"/>
        <source>No alerts yet. New items that score above a category&apos;s alert threshold (Settings, Classifier) are listed here.</source>
        <translation>No alerts yet. New items that score above a category&apos;s alert threshold (Settings, Classifier) are listed here.</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="212"/>
        <source>Desktop notifications are off (Settings).</source>
        <translation>Desktop notifications are off (Settings).</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="214"/>
        <source>This desktop shows no notifications: alerts appear only here.</source>
        <translation>This desktop shows no notifications: alerts appear only here.</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="216"/>
        <source>Each alert is also shown as a notification at the tray icon.</source>
        <translation>Each alert is also shown as a notification at the tray icon.</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="217"/>
        <source>Each alert is also shown as a desktop notification.</source>
        <translation>Each alert is also shown as a desktop notification.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../ui/background.py" line="157"/>
        <source>Closing the window</source>
        <translation>Closing the window</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="159"/>
        <source>Keep polling in the background when the window is closed?</source>
        <translation>Keep polling in the background when the window is closed?</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="162"/>
        <source>Open the window again from the tray icon, or by starting Pushback Monitor again.</source>
        <translation>Open the window again from the tray icon, or by starting Pushback Monitor again.</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="165"/>
        <source>Open the window again by starting Pushback Monitor again.</source>
        <translation>Open the window again by starting Pushback Monitor again.</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="168"/>
        <source>New alerts still arrive as desktop notifications.</source>
        <translation>New alerts still arrive as desktop notifications.</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="172"/>
        <source>Quit (Ctrl+Q) ends polling. You can change this in Settings.</source>
        <translation>Quit (Ctrl+Q) ends polling. You can change this in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="174"/>
        <source>Keep polling</source>
        <translation>Keep polling</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="175"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../ui/brief_dialog.py" line="187"/>
        <source>Weekly brief</source>
        <translation>Weekly brief</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="189"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="189"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="189"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="192"/>
        <source>Other dates…</source>
        <translation>Other dates…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="193"/>
        <source>Partners&apos; findings</source>
        <translation>Partners&apos; findings</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="196"/>
        <source>Add a section with the findings partners shared that nobody here has decided, each marked with who confirmed it</source>
        <translation>Add a section with the findings partners shared that nobody here has decided, each marked with who confirmed it</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="200"/>
        <source>Pseudonymise private persons</source>
        <translation>Pseudonymise private persons</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="203"/>
        <source>CSV and JSON: handles and names of private persons as stable pseudonyms; public figures and organisations on the list stay named (docs/privacy.md)</source>
        <translation>CSV and JSON: handles and names of private persons as stable pseudonyms; public figures and organisations on the list stay named (docs/privacy.md)</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="207"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="208"/>
        <source>Write the brief in the chosen format</source>
        <translation>Write the brief in the chosen format</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="260"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="298"/>
        <source>Save the brief</source>
        <translation>Save the brief</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="331"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="342"/>
        <source>Writing %1</source>
        <translation>Writing %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="350"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="355"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <location filename="../../ui/conflict_box.py" line="33"/>
        <source>Decided by another analyst</source>
        <translation>Decided by another analyst</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="40"/>
        <source>Nothing was undone: their decision came after yours and stands.</source>
        <translation>Nothing was undone: their decision came after yours and stands.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="47"/>
        <source>Your decision was not recorded. Keep theirs, or record yours over it?</source>
        <translation>Your decision was not recorded. Keep theirs, or record yours over it?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conflict_box.py" line="50"/>
        <source>Your decision was not recorded. Keep theirs and decide the other %n item(s), or record yours on all of them?</source>
        <translation>
            <numerusform>Your decision was not recorded. Keep theirs and decide the other %n item, or record yours on all of them?</numerusform>
            <numerusform>Your decision was not recorded. Keep theirs and decide the other %n items, or record yours on all of them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="56"/>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="57"/>
        <source>Record mine</source>
        <translation>Record mine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conflict_box.py" line="77"/>
        <source>%n of the items were decided by another analyst after you read them.</source>
        <translation>
            <numerusform>%n of the items was decided by another analyst after you read it.</numerusform>
            <numerusform>%n of the items were decided by another analyst after you read them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="88"/>
        <source>“%1” was decided by %2 after you read it.</source>
        <translation>“%1” was decided by %2 after you read it.</translation>
    </message>
</context>
<context>
    <name>Converting</name>
    <message>
        <location filename="../../ui/encryption_box.py" line="262"/>
        <source>Encrypting the database…</source>
        <translation>Encrypting the database…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="264"/>
        <source>Decrypting the database…</source>
        <translation>Decrypting the database…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="309"/>
        <source>No system keyring works on this computer, so the passphrase is not kept: it is asked at every start.</source>
        <translation>No system keyring works on this computer, so the passphrase is not kept: it is asked at every start.</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../../ui/notifier.py" line="133"/>
        <source>Show the item</source>
        <translation>Show the item</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="217"/>
        <source>Original HTML</source>
        <translation>Original HTML</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="219"/>
        <source>The item as the feed sent it, with images and other outside content blocked</source>
        <translation>The item as the feed sent it, with images and other outside content blocked</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="221"/>
        <source>Select an item to read it here.</source>
        <translation>Select an item to read it here.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="276"/>
        <source>The feed sent no HTML for this item.</source>
        <translation>The feed sent no HTML for this item.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/empty_state.py" line="162"/>
        <source>No items match these filters</source>
        <translation>No items match these filters</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="164"/>
        <source>No items from %1 yet</source>
        <translation>No items from %1 yet</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="168"/>
        <source>Nothing to review right now</source>
        <translation>Nothing to review right now</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="169"/>
        <source>No escalated items</source>
        <translation>No escalated items</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="170"/>
        <source>No confirmed items yet</source>
        <translation>No confirmed items yet</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="171"/>
        <source>No rejected items yet</source>
        <translation>No rejected items yet</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="172"/>
        <source>No findings from partners yet</source>
        <translation>No findings from partners yet</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="173"/>
        <source>No items yet</source>
        <translation>No items yet</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="195"/>
        <source>No sources yet</source>
        <translation>No sources yet</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="197"/>
        <source>Every source is switched off</source>
        <translation>Every source is switched off</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="199"/>
        <source>Polling is paused</source>
        <translation>Polling is paused</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/empty_state.py" line="200"/>
        <source>Polling %n source(s)</source>
        <translation>
            <numerusform>Polling %n source</numerusform>
            <numerusform>Polling %n sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="203"/>
        <source>next poll %1</source>
        <translation>next poll %1</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="211"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="212"/>
        <source>Clear the search and the filters to see the whole list.</source>
        <translation>Clear the search and the filters to see the whole list.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="220"/>
        <source>Add sources…</source>
        <translation>Add sources…</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="223"/>
        <source>Add the news sites, blogs and Mastodon, Bluesky or Telegram accounts to watch under %1.</source>
        <translation>Add the news sites, blogs and Mastodon, Bluesky or Telegram accounts to watch under %1.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="229"/>
        <source>More sources: %1.</source>
        <translation>More sources: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="232"/>
        <source>The sources are polled again on schedule; Poll now tries at once.</source>
        <translation>The sources are polled again on schedule; Poll now tries at once.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="238"/>
        <source>Its items appear here once it is polled.</source>
        <translation>Its items appear here once it is polled.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="243"/>
        <source>The classifier is switched off in the settings, so nothing is flagged for review; All items shows everything polled.</source>
        <translation>The classifier is switched off in the settings, so nothing is flagged for review; All items shows everything polled.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="248"/>
        <source>The classifier is unavailable, so new items wait unclassified; All items shows everything polled.</source>
        <translation>The classifier is unavailable, so new items wait unclassified; All items shows everything polled.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="251"/>
        <source>Items the classifier flags appear here as the polls bring them in.</source>
        <translation>Items the classifier flags appear here as the polls bring them in.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="253"/>
        <source>Items appear here as the polls bring them in.</source>
        <translation>Items appear here as the polls bring them in.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="255"/>
        <source>Items you escalate in To review appear here.</source>
        <translation>Items you escalate in To review appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="256"/>
        <source>Items you confirm in To review appear here.</source>
        <translation>Items you confirm in To review appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="257"/>
        <source>Items you reject in To review appear here.</source>
        <translation>Items you reject in To review appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="259"/>
        <source>Findings that partner organisations share appear here once you import their signed bundle (File › Import partners&apos; findings…). Confirm one to make it your own.</source>
        <translation>Findings that partner organisations share appear here once you import their signed bundle (File › Import partners&apos; findings…). Confirm one to make it your own.</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <location filename="../../ui/encryption_box.py" line="104"/>
        <source>Encryption covers the database file and its backups. It does not cover feeds.yaml, the settings, the evidence files (WARC) in the data folder, or the briefs and exports you save.</source>
        <translation>Encryption covers the database file and its backups. It does not cover feeds.yaml, the settings, the evidence files (WARC) in the data folder, or the briefs and exports you save.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="114"/>
        <source>This is a team database on a PostgreSQL server: its server keeps the data. Encryption here is for a database file on this computer.</source>
        <translation>This is a team database on a PostgreSQL server: its server keeps the data. Encryption here is for a database file on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="121"/>
        <source>The database is encrypted: %1</source>
        <translation>The database is encrypted: %1</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="124"/>
        <source>The passphrase is kept in the system keyring.</source>
        <translation>The passphrase is kept in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="127"/>
        <source>The passphrase is asked at every start (or given by PUSHBACK_MONITOR_PASSPHRASE).</source>
        <translation>The passphrase is asked at every start (or given by PUSHBACK_MONITOR_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="131"/>
        <source>Decrypt…</source>
        <translation>Decrypt…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="134"/>
        <source>The database is not encrypted: %1</source>
        <translation>The database is not encrypted: %1</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="136"/>
        <source>Encrypt…</source>
        <translation>Encrypt…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="158"/>
        <source>Decrypt the database</source>
        <translation>Decrypt the database</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="161"/>
        <source>Anyone who can read the database file can then read its data. Pushback Monitor closes the window, decrypts the database and opens again.</source>
        <translation>Anyone who can read the database file can then read its data. Pushback Monitor closes the window, decrypts the database and opens again.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="165"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="168"/>
        <source>Decrypt and restart</source>
        <translation>Decrypt and restart</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="173"/>
        <source>That passphrase does not open the database.</source>
        <translation>That passphrase does not open the database.</translation>
    </message>
</context>
<context>
    <name>EngineLink</name>
    <message numerus="yes">
        <location filename="../../ui/engine_link.py" line="79"/>
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln new item</numerusform>
            <numerusform>%Ln new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/engine_link.py" line="81"/>
        <source>%1 of %Ln source(s) failed</source>
        <translation>
            <numerusform>%1 of %Ln source failed</numerusform>
            <numerusform>%1 of %Ln sources failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/engine_link.py" line="84"/>
        <source>%Ln source(s) polled</source>
        <translation>
            <numerusform>%Ln source polled</numerusform>
            <numerusform>%Ln sources polled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="85"/>
        <source>Poll finished: %1</source>
        <translation>Poll finished: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/engine_link.py" line="166"/>
        <source>New thresholds applied: %Ln item(s) flagged differently · Ctrl+R shows them</source>
        <translation>
            <numerusform>New thresholds applied: %Ln item flagged differently · Ctrl+R shows it</numerusform>
            <numerusform>New thresholds applied: %Ln items flagged differently · Ctrl+R shows them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="171"/>
        <source>New thresholds applied: no item is flagged differently</source>
        <translation>New thresholds applied: no item is flagged differently</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../ui/evidence_actions.py" line="34"/>
        <location filename="../../ui/evidence_actions.py" line="87"/>
        <source>Export the evidence</source>
        <translation>Export the evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="41"/>
        <source>changed: %1 · deleted: %2 · no answer: %3</source>
        <translation>changed: %1 · deleted: %2 · no answer: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_actions.py" line="47"/>
        <source>Evidence: kept of %n item(s)</source>
        <translation>
            <numerusform>Evidence: kept of %n item</numerusform>
            <numerusform>Evidence: kept of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_actions.py" line="48"/>
        <source>%n re-checked</source>
        <translation>
            <numerusform>%n re-checked</numerusform>
            <numerusform>%n re-checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_actions.py" line="52"/>
        <source>%n could not be written</source>
        <translation>
            <numerusform>%n could not be written</numerusform>
            <numerusform>%n could not be written</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="57"/>
        <source>Re-checking the evidence kept…</source>
        <translation>Re-checking the evidence kept…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="70"/>
        <source>Select an item first.</source>
        <translation>Select an item first.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="76"/>
        <source>Nothing is kept of this item yet: its evidence is kept once it is confirmed or escalated, within minutes (Polling → Re-check evidence now: at once).</source>
        <translation>Nothing is kept of this item yet: its evidence is kept once it is confirmed or escalated, within minutes (Polling → Re-check evidence now: at once).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="89"/>
        <source>WARC files (*.warc.gz)</source>
        <translation>WARC files (*.warc.gz)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="101"/>
        <source>Wrote %1 with %2 and %3</source>
        <translation>Wrote %1 with %2 and %3</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filter_bar.py" line="127"/>
        <source>Search titles and text  ( / )</source>
        <translation>Search titles and text  ( / )</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="130"/>
        <source>Words must all occur; &quot;quoted words&quot; as a phrase; a word ending in * matches its beginning.</source>
        <translation>Words must all occur; &quot;quoted words&quot; as a phrase; a word ending in * matches its beginning.</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="137"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="138"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="139"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="140"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="141"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="144"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="147"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="148"/>
        <source>Any score</source>
        <translation>Any score</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="149"/>
        <location filename="../../ui/filter_bar.py" line="255"/>
        <source>score ≥ </source>
        <translation>score ≥ </translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="150"/>
        <source>Only items whose highest score is at least this</source>
        <translation>Only items whose highest score is at least this</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="151"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="152"/>
        <source>Nothing to search for: type a word</source>
        <translation>Nothing to search for: type a word</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="188"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="188"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="193"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../ui/folder_field.py" line="92"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/folder_field.py" line="93"/>
        <source>Copy the folder&apos;s path</source>
        <translation>Copy the folder&apos;s path</translation>
    </message>
    <message>
        <location filename="../../ui/folder_field.py" line="94"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/folder_field.py" line="95"/>
        <source>Open the folder in the file manager</source>
        <translation>Open the folder in the file manager</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="48"/>
        <location filename="../../ui/import_dialog.py" line="80"/>
        <source>Import partners&apos; findings</source>
        <translation>Import partners&apos; findings</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <source>Choose a bundle a partner sent you.</source>
        <translation>Choose a bundle a partner sent you.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="59"/>
        <source>Choose a bundle…</source>
        <translation>Choose a bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60"/>
        <source>Add to From partners</source>
        <translation>Add to From partners</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="82"/>
        <source>Findings bundles (*.zip)</source>
        <translation>Findings bundles (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <source>Checking the signature…</source>
        <translation>Checking the signature…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>imported before</source>
        <translation>imported before</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="118"/>
        <source>Signed by %1 · key %2 · the signature is valid.</source>
        <translation>Signed by %1 · key %2 · the signature is valid.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="121"/>
        <source>Made on %1 for %2 to %3 · %n finding(s)</source>
        <translation>
            <numerusform>Made on %1 for %2 to %3 · %n finding</numerusform>
            <numerusform>Made on %1 for %2 to %3 · %n findings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="127"/>
        <source>Private persons are pseudonymised in it.</source>
        <translation>Private persons are pseudonymised in it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="128"/>
        <source>New here: %n</source>
        <translation>
            <numerusform>New here: %n</numerusform>
            <numerusform>New here: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>Added %n finding(s) to From partners.</source>
        <translation>
            <numerusform>Added %n finding to From partners.</numerusform>
            <numerusform>Added %n findings to From partners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../ui/detail_html.py" line="52"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="53"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="54"/>
        <source>Nearest labelled examples</source>
        <translation>Nearest labelled examples</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="55"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="56"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="57"/>
        <source>Also reported by</source>
        <translation>Also reported by</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="58"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="59"/>
        <source>Not classified yet.</source>
        <translation>Not classified yet.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="60"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="67"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="68"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="69"/>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="70"/>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="161"/>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="162"/>
        <location filename="../../ui/detail_html.py" line="270"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="163"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="164"/>
        <location filename="../../ui/detail_html.py" line="273"/>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="165"/>
        <source>a partner&apos;s finding</source>
        <translation>a partner&apos;s finding</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="173"/>
        <source>rule “%1”</source>
        <translation>rule “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="179"/>
        <source>severity high</source>
        <translation>severity high</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="180"/>
        <source>severity medium</source>
        <translation>severity medium</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="181"/>
        <source>severity low</source>
        <translation>severity low</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="196"/>
        <source>about %1 (no date in the feed)</source>
        <translation>about %1 (no date in the feed)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="208"/>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="21"/>
        <source>gone from the feed</source>
        <translation>gone from the feed</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="22"/>
        <source>removed from the channel</source>
        <translation>removed from the channel</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="32"/>
        <source>Deleted on %1 — evidence kept</source>
        <translation>Deleted on %1 — evidence kept</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="34"/>
        <source>Deleted on %1 — only its feed entry was kept</source>
        <translation>Deleted on %1 — only its feed entry was kept</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="44"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="47"/>
        <source>To be kept at the next round (within minutes).</source>
        <translation>To be kept at the next round (within minutes).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="51"/>
        <source>the feed entry</source>
        <translation>the feed entry</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="52"/>
        <source>the feed, as its server sent it</source>
        <translation>the feed, as its server sent it</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="53"/>
        <source>the page</source>
        <translation>the page</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="65"/>
        <source>The page changed on %1; every version is kept.</source>
        <translation>The page changed on %1; every version is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="271"/>
        <source>rejected: not pushback</source>
        <translation>rejected: not pushback</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="272"/>
        <source>relabelled</source>
        <translation>relabelled</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="274"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="275"/>
        <source>actors:</source>
        <translation>actors:</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="276"/>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="277"/>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="294"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="33"/>
        <source>Shared by a partner</source>
        <translation>Shared by a partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="35"/>
        <source>Confirmed by %1 on %2 · key %3</source>
        <translation>Confirmed by %1 on %2 · key %3</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="43"/>
        <source>Their source: %1</source>
        <translation>Their source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="47"/>
        <source>Their categories: %1</source>
        <translation>Their categories: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="51"/>
        <source>Their actors: %1</source>
        <translation>Their actors: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="53"/>
        <source>Their note: %1</source>
        <translation>Their note: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="56"/>
        <source>They keep evidence of it: %1</source>
        <translation>They keep evidence of it: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="64"/>
        <source>Imported on %1 from bundle %2</source>
        <translation>Imported on %1 from bundle %2</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="70"/>
        <source>Your item %1: %2</source>
        <translation>Your item %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="74"/>
        <source>You have not read this story yourself.</source>
        <translation>You have not read this story yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="86"/>
        <source>Also confirmed by %1</source>
        <translation>Also confirmed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="92"/>
        <source>Shared with partners (Triage › Share the note with partners)</source>
        <translation>Shared with partners (Triage › Share the note with partners)</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="94"/>
        <source>Private: not shared with partners</source>
        <translation>Private: not shared with partners</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Pushback Monitor</source>
        <translation>Pushback Monitor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="255"/>
        <source>%1 item(s)</source>
        <translation>
            <numerusform>%1 item</numerusform>
            <numerusform>%1 items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="134"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>Confirm: this is pushback, in the categories shown</source>
        <translation>Confirm: this is pushback, in the categories shown</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="163"/>
        <source>Confirm, severity high</source>
        <translation>Confirm, severity high</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="164"/>
        <source>Confirm and weigh as high severity: first in the brief</source>
        <translation>Confirm and weigh as high severity: first in the brief</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="171"/>
        <source>Confirm, severity medium</source>
        <translation>Confirm, severity medium</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="172"/>
        <source>Confirm and weigh as medium severity</source>
        <translation>Confirm and weigh as medium severity</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="177"/>
        <source>Confirm, severity low</source>
        <translation>Confirm, severity low</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="178"/>
        <source>Confirm and weigh as low severity</source>
        <translation>Confirm and weigh as low severity</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="42"/>
        <source>Rules…</source>
        <translation>Rules…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="43"/>
        <source>Rules without code: words, scores and sources, and what to do</source>
        <translation>Rules without code: words, scores and sources, and what to do</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>Share findings…</source>
        <translation>Share findings…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>A signed bundle of confirmed findings for partner organisations</source>
        <translation>A signed bundle of confirmed findings for partner organisations</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73"/>
        <source>Import partners&apos; findings…</source>
        <translation>Import partners&apos; findings…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Check a partner&apos;s signed bundle and add it to From partners</source>
        <translation>Check a partner&apos;s signed bundle and add it to From partners</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101"/>
        <location filename="../../ui/triage_view.py" line="67"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <location filename="../../ui/triage_view.py" line="67"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144"/>
        <source>Reject: not pushback</source>
        <translation>Reject: not pushback</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="185"/>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="186"/>
        <source>Escalate for a closer look</source>
        <translation>Escalate for a closer look</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="194"/>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="195"/>
        <source>Write a note on the item</source>
        <translation>Write a note on the item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="203"/>
        <source>Share the note with partners</source>
        <translation>Share the note with partners</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="204"/>
        <source>Let the note go to partners in a shared bundle (notes are private by default); again: private</source>
        <translation>Let the note go to partners in a shared bundle (notes are private by default); again: private</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="216"/>
        <source>Export evidence…</source>
        <translation>Export evidence…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217"/>
        <source>Write the item&apos;s evidence as a WARC file with a manifest of hashes</source>
        <translation>Write the item&apos;s evidence as a WARC file with a manifest of hashes</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="227"/>
        <source>Actors…</source>
        <translation>Actors…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="228"/>
        <source>Record who spreads or enacts the pushback: names with completion, and the suggestions from the item</source>
        <translation>Record who spreads or enacts the pushback: names with completion, and the suggestions from the item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="250"/>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="259"/>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="267"/>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="268"/>
        <source>Open the item&apos;s link in the web browser</source>
        <translation>Open the item&apos;s link in the web browser</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="126"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="276"/>
        <source>Refresh the list</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="277"/>
        <source>Show new items and drop decided ones</source>
        <translation>Show new items and drop decided ones</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="285"/>
        <source>Most uncertain first</source>
        <translation>Most uncertain first</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="286"/>
        <source>Order the list by how near the scores are to their thresholds: the decisions that teach the classifier most come first</source>
        <translation>Order the list by how near the scores are to their thresholds: the decisions that teach the classifier most come first</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="317"/>
        <source>Recent alerts…</source>
        <translation>Recent alerts…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="318"/>
        <source>The new items above an alert threshold; choosing one shows it</source>
        <translation>The new items above an alert threshold; choosing one shows it</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="329"/>
        <source>What is rising…</source>
        <translation>What is rising…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="330"/>
        <source>Narrative spikes: categories well above their usual level, and their items</source>
        <translation>Narrative spikes: categories well above their usual level, and their items</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="341"/>
        <source>Re-check evidence now</source>
        <translation>Re-check evidence now</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="342"/>
        <source>Keep the evidence that waits and look again at every kept item&apos;s page</source>
        <translation>Keep the evidence that waits and look again at every kept item&apos;s page</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="353"/>
        <source>Classifier report…</source>
        <translation>Classifier report…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="354"/>
        <source>How well the classifier does, per category and language</source>
        <translation>How well the classifier does, per category and language</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="299"/>
        <source>Poll now</source>
        <translation>Poll now</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="300"/>
        <source>Fetch every enabled source now</source>
        <translation>Fetch every enabled source now</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="308"/>
        <source>Pause polling</source>
        <translation>Pause polling</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="34"/>
        <source>Sources…</source>
        <translation>Sources…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>Weekly brief…</source>
        <translation>Weekly brief…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>Preview and save the pushback brief of a week</source>
        <translation>Preview and save the pushback brief of a week</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="364"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="240"/>
        <source>Add or remove the category %1 (%2)</source>
        <translation>Add or remove the category %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="33"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="34"/>
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="35"/>
        <source>&amp;Polling</source>
        <translation>&amp;Polling</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="36"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="64"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="65"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="129"/>
        <source>%1
They are kept, also when you quit, and tried again until the database takes them. Click to try now.</source>
        <translation>%1
They are kept, also when you quit, and tried again until the database takes them. Click to try now.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>most uncertain first</source>
        <translation>most uncertain first</translation>
    </message>
    <message>
        <location filename="../../ui/queue_controller.py" line="187"/>
        <source>Nothing to confirm: choose the categories first (keys 1–7)</source>
        <translation>Nothing to confirm: choose the categories first (keys 1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_controller.py" line="221"/>
        <source>Still reading the selection&apos;s categories: try again</source>
        <translation>Still reading the selection&apos;s categories: try again</translation>
    </message>
    <message>
        <location filename="../../ui/queue_controller.py" line="228"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_controller.py" line="230"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="84"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="55"/>
        <source>No enabled sources: add one under Sources</source>
        <translation>No enabled sources: add one under Sources</translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="67"/>
        <source>Polling could not store what it fetched: %1</source>
        <translation>Polling could not store what it fetched: %1</translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="90"/>
        <source>Poll failed: %1</source>
        <translation>Poll failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="42"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="43"/>
        <source>Moving around</source>
        <translation>Moving around</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="44"/>
        <source>Polling and windows</source>
        <translation>Polling and windows</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="169"/>
        <source>Keep waiting</source>
        <translation>Keep waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sharing_actions.py" line="53"/>
        <source>The selected items have no note to share.</source>
        <translation>The selected items have no note to share.</translation>
    </message>
    <message>
        <location filename="../../ui/sharing_actions.py" line="64"/>
        <source>Notes shared with partners: %1</source>
        <translation>Notes shared with partners: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sharing_actions.py" line="66"/>
        <source>Notes private again: %1</source>
        <translation>Notes private again: %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="132"/>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="133"/>
        <source>Categories (to review)</source>
        <translation>Categories (to review)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="135"/>
        <source>The number of items waiting for review in each category</source>
        <translation>The number of items waiting for review in each category</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="137"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="147"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="148"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="149"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="150"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="151"/>
        <source>From partners</source>
        <translation>From partners</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="152"/>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="194"/>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="195"/>
        <source>failing</source>
        <translation>failing</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="196"/>
        <source>gone silent</source>
        <translation>gone silent</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="197"/>
        <source>not polled yet</source>
        <translation>not polled yet</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="198"/>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/encryption_box.py" line="183"/>
        <source>Encrypt the database</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="186"/>
        <source>If you lose the passphrase, the data is lost for good: no one can recover it, not even the makers of Pushback Monitor.</source>
        <translation>If you lose the passphrase, the data is lost for good: no one can recover it, not even the makers of Pushback Monitor.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="198"/>
        <source>Keep the passphrase in the system keyring (then it is not asked at start)</source>
        <translation>Keep the passphrase in the system keyring (then it is not asked at start)</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="205"/>
        <source>No system keyring works on this computer: the passphrase is asked at every start.</source>
        <translation>No system keyring works on this computer: the passphrase is asked at every start.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="212"/>
        <source>Pushback Monitor closes the window, encrypts the database and opens again.</source>
        <translation>Pushback Monitor closes the window, encrypts the database and opens again.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="219"/>
        <source>Encrypt and restart</source>
        <translation>Encrypt and restart</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="223"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="224"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="245"/>
        <source>At least 8 characters.</source>
        <translation>At least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="247"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PartnersBox</name>
    <message>
        <location filename="../../ui/partners_box.py" line="41"/>
        <source>The organisation&apos;s name, as partners see it</source>
        <translation>The organisation&apos;s name, as partners see it</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="42"/>
        <source>Make our key</source>
        <translation>Make our key</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="43"/>
        <source>Export our public key…</source>
        <translation>Export our public key…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="46"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="46"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="46"/>
        <source>Trusted since</source>
        <translation>Trusted since</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="51"/>
        <source>Trust a partner&apos;s key…</source>
        <translation>Trust a partner&apos;s key…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="52"/>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="53"/>
        <source>Names that stay named…</source>
        <translation>Names that stay named…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="55"/>
        <source>Public figures and organisations that pseudonymised exports keep named</source>
        <translation>Public figures and organisations that pseudonymised exports keep named</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="75"/>
        <source>Our key</source>
        <translation>Our key</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="81"/>
        <source>Check each partner&apos;s fingerprint with them by phone or in person before you trust their key: only bundles signed by a trusted key are imported.</source>
        <translation>Check each partner&apos;s fingerprint with them by phone or in person before you trust their key: only bundles signed by a trusted key are imported.</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="103"/>
        <source>None yet: make one to share findings.</source>
        <translation>None yet: make one to share findings.</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="131"/>
        <source>Export our public key</source>
        <translation>Export our public key</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="133"/>
        <location filename="../../ui/partners_box.py" line="146"/>
        <source>Public keys (*.pub)</source>
        <translation>Public keys (*.pub)</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="146"/>
        <location filename="../../ui/partners_box.py" line="160"/>
        <location filename="../../ui/partners_box.py" line="178"/>
        <source>Trust a partner&apos;s key</source>
        <translation>Trust a partner&apos;s key</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="162"/>
        <source>%1 sent this key. Its fingerprint:

%2

Have you checked it with them by phone or in person? Only then trust it.</source>
        <translation>%1 sent this key. Its fingerprint:

%2

Have you checked it with them by phone or in person? Only then trust it.</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="170"/>
        <source>Checked: trust it</source>
        <translation>Checked: trust it</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="178"/>
        <source>The partner&apos;s name here:</source>
        <translation>The partner&apos;s name here:</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="194"/>
        <source>Choose the partner to forget first.</source>
        <translation>Choose the partner to forget first.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../ui/progress.py" line="67"/>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="68"/>
        <source>Classifying</source>
        <translation>Classifying</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="69"/>
        <source>Preparing the classifier</source>
        <translation>Preparing the classifier</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="70"/>
        <source>Training the classifier</source>
        <translation>Training the classifier</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="71"/>
        <source>Writing the brief</source>
        <translation>Writing the brief</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="72"/>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="73"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="186"/>
        <source>%1: cancelling…</source>
        <translation>%1: cancelling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress.py" line="197"/>
        <source>%1: %2 of %Ln source(s) done</source>
        <translation>
            <numerusform>%1: %2 of %Ln source done</numerusform>
            <numerusform>%1: %2 of %Ln sources done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress.py" line="199"/>
        <source>%1: %2 of %Ln item(s)</source>
        <translation>
            <numerusform>%1: %2 of %Ln item</numerusform>
            <numerusform>%1: %2 of %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress.py" line="201"/>
        <source>%1: %2 of %Ln decided item(s) read</source>
        <translation>
            <numerusform>%1: %2 of %Ln decided item read</numerusform>
            <numerusform>%1: %2 of %Ln decided items read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress.py" line="203"/>
        <source>%1: step %2 of %Ln</source>
        <translation>
            <numerusform>%1: step %2 of %Ln</numerusform>
            <numerusform>%1: step %2 of %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="206"/>
        <source>%1: %2 % copied</source>
        <translation>%1: %2 % copied</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="208"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="221"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PublicNamesDialog</name>
    <message>
        <location filename="../../ui/public_names_dialog.py" line="29"/>
        <source>Names that stay named</source>
        <translation>Names that stay named</translation>
    </message>
    <message>
        <location filename="../../ui/public_names_dialog.py" line="33"/>
        <source>Public figures, organisations and their handles that pseudonymised exports keep named, one a line (# starts a comment). Organisations and offices recorded as actors always stay named.</source>
        <translation>Public figures, organisations and their handles that pseudonymised exports keep named, one a line (# starts a comment). Organisations and offices recorded as actors always stay named.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../ui/quality_dialog.py" line="122"/>
        <source>Classifier report</source>
        <translation>Classifier report</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="123"/>
        <location filename="../../ui/quality_dialog.py" line="137"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="128"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="128"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="128"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="134"/>
        <source>Development set</source>
        <translation>Development set</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="135"/>
        <source>Your decisions</source>
        <translation>Your decisions</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="137"/>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="137"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="137"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="140"/>
        <source>Average (macro)</source>
        <translation>Average (macro)</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="143"/>
        <source>Precision: of the items the model flags for a category, the share that carry it. Recall: of the items that carry a category, the share the model flags. F1 weighs the two together. Items: how many carry the category; in the last row, all items. The development set: examples held out from training (written for this project, and a share of each public dataset). Your decisions: items confirmed or rejected since the model was trained, which it never saw; they measure precision well, and recall only for the categories you added.</source>
        <translation>Precision: of the items the model flags for a category, the share that carry it. Recall: of the items that carry a category, the share the model flags. F1 weighs the two together. Items: how many carry the category; in the last row, all items. The development set: examples held out from training (written for this project, and a share of each public dataset). Your decisions: items confirmed or rejected since the model was trained, which it never saw; they measure precision well, and recall only for the categories you added.</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="183"/>
        <source>No trained model yet.</source>
        <translation>No trained model yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/quality_dialog.py" line="189"/>
        <source>Model %1 (encoder %2), trained on %3 labelled examples and %Ln decision(s).</source>
        <translation>
            <numerusform>Model %1 (encoder %2), trained on %3 labelled examples and %Ln decision.</numerusform>
            <numerusform>Model %1 (encoder %2), trained on %3 labelled examples and %Ln decisions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message numerus="yes">
        <location filename="../../ui/queue_controller.py" line="203"/>
        <source>%Ln item(s) confirmed — %1 undoes</source>
        <translation>
            <numerusform>%Ln item confirmed — %1 undoes</numerusform>
            <numerusform>%Ln items confirmed — %1 undoes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue_controller.py" line="204"/>
        <source>%Ln item(s) rejected — %1 undoes</source>
        <translation>
            <numerusform>%Ln item rejected — %1 undoes</numerusform>
            <numerusform>%Ln items rejected — %1 undoes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue_controller.py" line="205"/>
        <source>%Ln item(s) escalated — %1 undoes</source>
        <translation>
            <numerusform>%Ln item escalated — %1 undoes</numerusform>
            <numerusform>%Ln items escalated — %1 undoes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue_controller.py" line="206"/>
        <source>%Ln item(s) relabelled — %1 undoes</source>
        <translation>
            <numerusform>%Ln item relabelled — %1 undoes</numerusform>
            <numerusform>%Ln items relabelled — %1 undoes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="86"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="87"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="88"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="89"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="90"/>
        <source>Lang.</source>
        <translation>Lang.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="91"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="236"/>
        <source>The feed gave no usable date: this is when it was fetched.</source>
        <translation>The feed gave no usable date: this is when it was fetched.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="238"/>
        <source>%1 has it open</source>
        <translation>%1 has it open</translation>
    </message>
</context>
<context>
    <name>RiseWords</name>
    <message>
        <location filename="../../ui/rises_dialog.py" line="52"/>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="53"/>
        <source>everywhere</source>
        <translation>everywhere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rises_dialog.py" line="59"/>
        <source>%1 rising in %2: %n item(s) (usually %3)</source>
        <translation>
            <numerusform>%1 rising in %2: %n item (usually %3)</numerusform>
            <numerusform>%1 rising in %2: %n items (usually %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rises_dialog.py" line="61"/>
        <source>%1 rising: %n item(s) (usually %3)</source>
        <translation>
            <numerusform>%1 rising: %n item (usually %3)</numerusform>
            <numerusform>%1 rising: %n items (usually %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RisesDialog</name>
    <message>
        <location filename="../../ui/rises_dialog.py" line="101"/>
        <source>What is rising</source>
        <translation>What is rising</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rises_dialog.py" line="105"/>
        <source>Days of the last %n day(s) on which a category&apos;s flagged items, in a country or under a source tag, rose well above what that weekday usually has (so many would come by chance less than once in 1,000 days).</source>
        <translation>
            <numerusform>Days of the last day on which a category&apos;s flagged items, in a country or under a source tag, rose well above what that weekday usually has (so many would come by chance less than once in 1,000 days).</numerusform>
            <numerusform>Days of the last %n days on which a category&apos;s flagged items, in a country or under a source tag, rose well above what that weekday usually has (so many would come by chance less than once in 1,000 days).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="117"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="118"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="119"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="120"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="121"/>
        <source>Usual</source>
        <translation>Usual</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="122"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="128"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="128"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="128"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="138"/>
        <source>Enter or a double click shows the item (deciding nothing).</source>
        <translation>Enter or a double click shows the item (deciding nothing).</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="140"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rises_dialog.py" line="166"/>
        <source>%n rise(s).</source>
        <translation>
            <numerusform>%n rise.</numerusform>
            <numerusform>%n rises.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="168"/>
        <source>Nothing rose well above its usual level.</source>
        <translation>Nothing rose well above its usual level.</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../ui/rule_form.py" line="37"/>
        <source>Words or phrases</source>
        <translation>Words or phrases</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="38"/>
        <source>Score of a category at least</source>
        <translation>Score of a category at least</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="39"/>
        <source>Source (id)</source>
        <translation>Source (id)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="40"/>
        <source>Source tag</source>
        <translation>Source tag</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="41"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="42"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="43"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="44"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="86"/>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="111"/>
        <source>for example: %1</source>
        <translation>for example: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="149"/>
        <source>all of these conditions</source>
        <translation>all of these conditions</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="150"/>
        <source>any of these conditions</source>
        <translation>any of these conditions</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="153"/>
        <source>Add a condition</source>
        <translation>Add a condition</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="155"/>
        <source>Add the category</source>
        <translation>Add the category</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="159"/>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="160"/>
        <source>Raise an alert</source>
        <translation>Raise an alert</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="161"/>
        <source>Set the priority</source>
        <translation>Set the priority</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="164"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="165"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="166"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="170"/>
        <source>Mark not relevant</source>
        <translation>Mark not relevant</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="171"/>
        <source>Its alerts show a desktop notification</source>
        <translation>Its alerts show a desktop notification</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="173"/>
        <source>Switched on</source>
        <translation>Switched on</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="180"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="181"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="182"/>
        <source>Match items with</source>
        <translation>Match items with</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="186"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="196"/>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="200"/>
        <source>Words match whole words in any case; a * at the end matches any ending (ideolog* finds ideologie and ideologies). Separate values with commas.</source>
        <translation>Words match whole words in any case; a * at the end matches any ending (ideolog* finds ideologie and ideologies). Separate values with commas.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules_dialog.py" line="87"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="92"/>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="94"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="100"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="101"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules_dialog.py" line="106"/>
        <source>Try it on the last %n day(s)</source>
        <translation>
            <numerusform>Try it on the last day</numerusform>
            <numerusform>Try it on the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="108"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="110"/>
        <source>Run on stored items</source>
        <translation>Run on stored items</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="113"/>
        <source>Run the saved rule over every stored item now (new items get it by themselves)</source>
        <translation>Run the saved rule over every stored item now (new items get it by themselves)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="120"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="120"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="120"/>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="120"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="178"/>
        <source>%1 (off)</source>
        <translation>%1 (off)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="194"/>
        <source>rules.yaml cannot be read; fix it first:</source>
        <translation>rules.yaml cannot be read; fix it first:</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="213"/>
        <source>This rule has conditions inside conditions: edit it as YAML.</source>
        <translation>This rule has conditions inside conditions: edit it as YAML.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="223"/>
        <source>A new rule: give it a name, its conditions and what it does.</source>
        <translation>A new rule: give it a name, its conditions and what it does.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="250"/>
        <source>This rule does not fit the form.</source>
        <translation>This rule does not fit the form.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="252"/>
        <source>Edit it as YAML: %1</source>
        <translation>Edit it as YAML: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="272"/>
        <source>Trying the rule…</source>
        <translation>Trying the rule…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules_dialog.py" line="283"/>
        <source>It would have matched %n item(s) of the last %1 days; nothing was changed.</source>
        <translation>
            <numerusform>It would have matched %n item of the last %1 days; nothing was changed.</numerusform>
            <numerusform>It would have matched %n items of the last %1 days; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="334"/>
        <source>Saved: the rule runs on every new item from now on.</source>
        <translation>Saved: the rule runs on every new item from now on.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="342"/>
        <source>Delete the rule</source>
        <translation>Delete the rule</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="343"/>
        <source>Delete the rule “%1”? What it decided stays in the items&apos; history.</source>
        <translation>Delete the rule “%1”? What it decided stays in the items&apos; history.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="364"/>
        <source>Save the rule first: only a saved rule runs on stored items.</source>
        <translation>Save the rule first: only a saved rule runs on stored items.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="367"/>
        <source>Running the rule over the stored items…</source>
        <translation>Running the rule over the stored items…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules_dialog.py" line="383"/>
        <source>%n item(s) newly matched · decisions: %1 · alerts: %2</source>
        <translation>
            <numerusform>%n item newly matched · decisions: %1 · alerts: %2</numerusform>
            <numerusform>%n items newly matched · decisions: %1 · alerts: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerWait</name>
    <message numerus="yes">
        <location filename="../../ui/server_wait.py" line="51"/>
        <source>%n decision(s) kept from the last session will be sent once it answers.</source>
        <translation>
            <numerusform>%n decision kept from the last session will be sent once it answers.</numerusform>
            <numerusform>%n decisions kept from the last session will be sent once it answers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/server_wait.py" line="58"/>
        <source>Try now</source>
        <translation>Try now</translation>
    </message>
    <message>
        <location filename="../../ui/server_wait.py" line="59"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/server_wait.py" line="74"/>
        <source>Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Trying again in %n second…</numerusform>
            <numerusform>Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/server_wait.py" line="88"/>
        <source>Trying to reach it…</source>
        <translation>Trying to reach it…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Classifier</source>
        <translation>Classifier</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Analyst name</source>
        <translation>Analyst name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>Closing the window</source>
        <translation>Closing the window</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="183"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Recorded with every decision</source>
        <translation>Recorded with every decision</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Named under the title of the weekly brief</source>
        <translation>Named under the title of the weekly brief</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Notify me of new items above an alert threshold</source>
        <translation>Notify me of new items above an alert threshold</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="195"/>
        <source>Ask the first time</source>
        <translation>Ask the first time</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Keep polling in the background</source>
        <translation>Keep polling in the background</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>Quit: polling stops</source>
        <translation>Quit: polling stops</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <source>In the background, alerts still come as desktop notifications; the tray icon, or starting Pushback Monitor again, opens the window. Quit (Ctrl+Q) always stops polling. Without a tray and a notification service, closing the window quits.</source>
        <translation>In the background, alerts still come as desktop notifications; the tray icon, or starting Pushback Monitor again, opens the window. Quit (Ctrl+Q) always stops polling. Without a tray and a notification service, closing the window quits.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="212"/>
        <source>Classify items</source>
        <translation>Classify items</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Language model</source>
        <translation>Language model</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="215"/>
        <location filename="../../ui/settings_dialog.py" line="321"/>
        <source>Model folder</source>
        <translation>Model folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="216"/>
        <source>Faster int8 model</source>
        <translation>Faster int8 model</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="221"/>
        <source>Classify new items (off: poll and store only)</source>
        <translation>Classify new items (off: poll and store only)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Multilingual: multilingual-e5-small (trained model ships)</source>
        <translation>Multilingual: multilingual-e5-small (trained model ships)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="228"/>
        <source>English only: all-MiniLM-L6-v2 (trains on first use)</source>
        <translation>English only: all-MiniLM-L6-v2 (trains on first use)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="236"/>
        <source>The model that reads the texts. Another language model gets its own trained model: the one this data folder had before, or one trained here on the labelled examples and your decisions, which takes some minutes.</source>
        <translation>The model that reads the texts. Another language model gets its own trained model: the one this data folder had before, or one trained here on the labelled examples and your decisions, which takes some minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>Trained here on the labelled examples</source>
        <translation>Trained here on the labelled examples</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>A classification model of your own</source>
        <translation>A classification model of your own</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="244"/>
        <source>Zero-shot: without training</source>
        <translation>Zero-shot: without training</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="249"/>
        <source>How items are scored: by a small model trained here on what the language model reads, or by a model of your own in the model folder</source>
        <translation>How items are scored: by a small model trained here on what the language model reads, or by a model of your own in the model folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="253"/>
        <source>The built-in model</source>
        <translation>The built-in model</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="254"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="255"/>
        <source>Quantised to int8: faster, very slightly less accurate</source>
        <translation>Quantised to int8: faster, very slightly less accurate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="258"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="258"/>
        <source>Flag from score</source>
        <translation>Flag from score</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="258"/>
        <source>Alert from score</source>
        <translation>Alert from score</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="266"/>
        <source>model&apos;s own</source>
        <translation>model&apos;s own</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="267"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>Poll every</source>
        <translation>Poll every</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>Give up a fetch after</source>
        <translation>Give up a fetch after</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="275"/>
        <source>For sources without an interval of their own; for example 30m or 2h</source>
        <translation>For sources without an interval of their own; for example 30m or 2h</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="309"/>
        <source>This ONNX model folder has no int8 model (%1)</source>
        <translation>This ONNX model folder has no int8 model (%1)</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/share_dialog.py" line="60"/>
        <source>Share findings with partners</source>
        <translation>Share findings with partners</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="91"/>
        <source>The findings of a period</source>
        <translation>The findings of a period</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share_dialog.py" line="92"/>
        <source>The selected items (%n)</source>
        <translation>
            <numerusform>The selected items (%n)</numerusform>
            <numerusform>The selected items (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="100"/>
        <source>Pseudonymise private persons</source>
        <translation>Pseudonymise private persons</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="103"/>
        <source>Handles and names of private persons become stable pseudonyms; public figures and organisations on the list stay named (docs/privacy.md)</source>
        <translation>Handles and names of private persons become stable pseudonyms; public figures and organisations on the list stay named (docs/privacy.md)</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="111"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="113"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="126"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="127"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="128"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="129"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="130"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="131"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="132"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="67"/>
        <source>Each finding also takes its link, the time it was confirmed here and the SHA-256 of its evidence. Its text, its author, the model&apos;s scores and who decided stay here. Notes go only where an analyst marked them as shareable.</source>
        <translation>Each finding also takes its link, the time it was confirmed here and the SHA-256 of its evidence. Its text, its author, the model&apos;s scores and who decided stay here. Notes go only where an analyst marked them as shareable.</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="74"/>
        <source>Save bundle…</source>
        <translation>Save bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="156"/>
        <source>This organisation has no signing key yet: make one in Settings › Partners, then share.</source>
        <translation>This organisation has no signing key yet: make one in Settings › Partners, then share.</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="193"/>
        <source>Reading the findings…</source>
        <translation>Reading the findings…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share_dialog.py" line="217"/>
        <source>%n finding(s) will leave, signed by %1 (key %2).</source>
        <translation>
            <numerusform>%n finding will leave, signed by %1 (key %2).</numerusform>
            <numerusform>%n findings will leave, signed by %1 (key %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="232"/>
        <source>Save the bundle</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="234"/>
        <source>Findings bundles (*.zip)</source>
        <translation>Findings bundles (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share_dialog.py" line="247"/>
        <source>Wrote %1: %n finding(s), signed.</source>
        <translation>
            <numerusform>Wrote %1: %n finding, signed.</numerusform>
            <numerusform>Wrote %1: %n findings, signed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="79"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="101"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="101"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/source_form.py" line="139"/>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="141"/>
        <source>Edit source %1</source>
        <translation>Edit source %1</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="145"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="146"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="198"/>
        <source>Feed address</source>
        <translation>Feed address</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="199"/>
        <source>Mastodon server</source>
        <translation>Mastodon server</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="200"/>
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="201"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="202"/>
        <source>Bluesky account</source>
        <translation>Bluesky account</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="203"/>
        <source>Search words</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="204"/>
        <source>Bluesky server</source>
        <translation>Bluesky server</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="205"/>
        <source>Telegram channel</source>
        <translation>Telegram channel</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="206"/>
        <source>Telegram server</source>
        <translation>Telegram server</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="148"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="149"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="150"/>
        <location filename="../../ui/source_form.py" line="191"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="151"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="152"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="153"/>
        <source>Poll every</source>
        <translation>Poll every</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="154"/>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="155"/>
        <source>Notify of its alerts</source>
        <translation>Notify of its alerts</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="162"/>
        <source>e.g. nl</source>
        <translation>e.g. nl</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="163"/>
        <source>e.g. NL</source>
        <translation>e.g. NL</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="164"/>
        <source>news, politics</source>
        <translation>news, politics</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="167"/>
        <source>Paste any address and press Test to find the source behind it, or choose the kind and fill in its fields.</source>
        <translation>Paste any address and press Test to find the source behind it, or choose the kind and fill in its fields.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="171"/>
        <source>Test fetches the source as it is filled in here.</source>
        <translation>Test fetches the source as it is filled in here.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="175"/>
        <source>Any address: a feed, a web page that links to its feed, a YouTube channel, a subreddit, a Telegram channel, a Bluesky profile, a Mastodon hashtag or account. Test finds the source it stands for.</source>
        <translation>Any address: a feed, a web page that links to its feed, a YouTube channel, a subreddit, a Telegram channel, a Bluesky profile, a Mastodon hashtag or account. Test finds the source it stands for.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="182"/>
        <source>Stable and unique; items refer to it. Left empty, one is made from the address.</source>
        <translation>Stable and unique; items refer to it. Left empty, one is made from the address.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="185"/>
        <source>Left empty, the feed&apos;s own title is used.</source>
        <translation>Left empty, the feed&apos;s own title is used.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="186"/>
        <source>For example 90s, 15m or 2h</source>
        <translation>For example 90s, 15m or 2h</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="187"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="189"/>
        <source>Fetch the source once and show what it yields; nothing is stored</source>
        <translation>Fetch the source once and show what it yields; nothing is stored</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="191"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="191"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="272"/>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/source_form.py" line="298"/>
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n item found.</numerusform>
            <numerusform>%n items found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="299"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="332"/>
        <source>The test failed: %1</source>
        <translation>The test failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="338"/>
        <source>Press Test first to find the source at this address.</source>
        <translation>Press Test first to find the source at this address.</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../ui/sources_model.py" line="76"/>
        <source>Web feed (RSS/Atom/JSON)</source>
        <translation>Web feed (RSS/Atom/JSON)</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sources_dialog.py" line="115"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="117"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="118"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="119"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="120"/>
        <source>Enable/disable</source>
        <translation>Enable/disable</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="121"/>
        <source>Poll now</source>
        <translation>Poll now</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="122"/>
        <source>Import OPML…</source>
        <translation>Import OPML…</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="123"/>
        <source>Export OPML…</source>
        <translation>Export OPML…</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="156"/>
        <source>The team&apos;s sources, kept in its database: a change reaches everyone&apos;s app and the team&apos;s poller at once.</source>
        <translation>The team&apos;s sources, kept in its database: a change reaches everyone&apos;s app and the team&apos;s poller at once.</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="160"/>
        <source>Only the team&apos;s editors can change them.</source>
        <translation>Only the team&apos;s editors can change them.</translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="35"/>
        <source>Select a source to see its address and its last error in full.</source>
        <translation>Select a source to see its address and its last error in full.</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="203"/>
        <source>Health: %1</source>
        <translation>Health: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="206"/>
        <source>Last poll: %1</source>
        <translation>Last poll: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="210"/>
        <source>Last error (%1, %Ln failure(s) in a row):</source>
        <translation>
            <numerusform>Last error (%1, %Ln failure in a row):</numerusform>
            <numerusform>Last error (%1, %Ln failures in a row):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="225"/>
        <source>Last 30 days: %n poll(s) answered, %1 of them “not modified”; %2 s a poll on average.</source>
        <translation>
            <numerusform>Last 30 days: %n poll answered, %1 of them “not modified”; %2 s a poll on average.</numerusform>
            <numerusform>Last 30 days: %n polls answered, %1 of them “not modified”; %2 s a poll on average.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="47"/>
        <source>Use the new address</source>
        <translation>Use the new address</translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="48"/>
        <source>Its address now sends polls for good to %1.</source>
        <translation>Its address now sends polls for good to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="51"/>
        <source>Switch it off</source>
        <translation>Switch it off</translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="52"/>
        <source>Its server says it is gone for good (410).</source>
        <translation>Its server says it is gone for good (410).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="292"/>
        <source>Remove %n source(s) from feeds.yaml? Their stored items are kept.</source>
        <translation>
            <numerusform>Remove this source from feeds.yaml? Its stored items are kept.</numerusform>
            <numerusform>Remove these %n sources from feeds.yaml? Their stored items are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="294"/>
        <source>Remove source(s)</source>
        <translation>
            <numerusform>Remove source</numerusform>
            <numerusform>Remove sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="355"/>
        <source>%Ln source(s) added from %1.</source>
        <translation>
            <numerusform>%Ln source added from %1.</numerusform>
            <numerusform>%Ln sources added from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="359"/>
        <source>%Ln already present.</source>
        <translation>
            <numerusform>%Ln already present.</numerusform>
            <numerusform>%Ln already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="382"/>
        <source>%Ln source(s) written to %1.</source>
        <translation>
            <numerusform>%Ln source written to %1.</numerusform>
            <numerusform>%Ln sources written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="215"/>
        <source>Last warning: %1</source>
        <translation>Last warning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="218"/>
        <source>Gone silent: nothing new since %1, while it usually publishes every %2.</source>
        <translation>Gone silent: nothing new since %1, while it usually publishes every %2.</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="340"/>
        <source>Import OPML</source>
        <translation>Import OPML</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="340"/>
        <location filename="../../ui/sources_dialog.py" line="371"/>
        <source>OPML files (*.opml *.xml)</source>
        <translation>OPML files (*.opml *.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="361"/>
        <source>Not added:</source>
        <translation>Not added:</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="369"/>
        <source>Export OPML</source>
        <translation>Export OPML</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../ui/sources_model.py" line="158"/>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="159"/>
        <source>failing</source>
        <translation>failing</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="160"/>
        <source>gone silent</source>
        <translation>gone silent</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="161"/>
        <source>not polled yet</source>
        <translation>not polled yet</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="162"/>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="175"/>
        <source>Failed polls in a row, up to now</source>
        <translation>Failed polls in a row, up to now</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="176"/>
        <source>Items the source delivered a day, over the last 7 days</source>
        <translation>Items the source delivered a day, over the last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="178"/>
        <source>The share of polls in the last 30 days that the server answered “not modified”: a source that says so costs little to poll</source>
        <translation>The share of polls in the last 30 days that the server answered “not modified”: a source that says so costs little to poll</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="181"/>
        <source>How long a poll took, on average over the last 30 days</source>
        <translation>How long a poll took, on average over the last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="186"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="187"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="188"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="189"/>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="190"/>
        <source>Last success</source>
        <translation>Last success</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="191"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="192"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="193"/>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="194"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="195"/>
        <source>Fetch time</source>
        <translation>Fetch time</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="196"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
</context>
<context>
    <name>StartPrompt</name>
    <message>
        <location filename="../../ui/encryption_box.py" line="334"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="339"/>
        <source>The database %1 is encrypted. Its passphrase:</source>
        <translation>The database %1 is encrypted. Its passphrase:</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../ui/status_panel.py" line="158"/>
        <source>Resume polling</source>
        <translation>Resume polling</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="158"/>
        <source>Pause polling</source>
        <translation>Pause polling</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="160"/>
        <source>Stop and restart the polling schedule</source>
        <translation>Stop and restart the polling schedule</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="313"/>
        <source>Show the sources and their errors</source>
        <translation>Show the sources and their errors</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="161"/>
        <source>Show the new items in the list (Ctrl+R)</source>
        <translation>Show the new items in the list (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="207"/>
        <source>%1 skipped: %2</source>
        <translation>%1 skipped: %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="210"/>
        <source>Back from sleep: catching up on missed polls</source>
        <translation>Back from sleep: catching up on missed polls</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="223"/>
        <source>Classifier ready (model %1)</source>
        <translation>Classifier ready (model %1)</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="223"/>
        <source>Classifier ready</source>
        <translation>Classifier ready</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="227"/>
        <source>Classifier switched off in the settings</source>
        <translation>Classifier switched off in the settings</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="227"/>
        <source>Classifier off</source>
        <translation>Classifier off</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="228"/>
        <source>Classifier unavailable</source>
        <translation>Classifier unavailable</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="229"/>
        <source>Classifier unavailable (%1); new items wait unclassified</source>
        <translation>Classifier unavailable (%1); new items wait unclassified</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="256"/>
        <source>Next poll unknown</source>
        <translation>Next poll unknown</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="279"/>
        <source>Polling %1</source>
        <translation>Polling %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="284"/>
        <source>Polling paused</source>
        <translation>Polling paused</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="288"/>
        <source>Next poll %1</source>
        <translation>Next poll %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="290"/>
        <source>Next poll %1 (%2)</source>
        <translation>Next poll %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="295"/>
        <source>No poll scheduled</source>
        <translation>No poll scheduled</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_panel.py" line="318"/>
        <source>⚠ %n source(s) failing</source>
        <translation>
            <numerusform>⚠ %n source failing</numerusform>
            <numerusform>⚠ %n sources failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_panel.py" line="298"/>
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
        <location filename="../../ui/tray.py" line="48"/>
        <source>Show Pushback Monitor</source>
        <translation>Show Pushback Monitor</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="49"/>
        <source>Pushback Monitor</source>
        <translation>Pushback Monitor</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../../ui/decision_command.py" line="58"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="59"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="60"/>
        <source>Relabel</source>
        <translation>Relabel</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="61"/>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="62"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="67"/>
        <source>Confirm, severity high</source>
        <translation>Confirm, severity high</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="68"/>
        <source>Confirm, severity medium</source>
        <translation>Confirm, severity medium</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="69"/>
        <source>Confirm, severity low</source>
        <translation>Confirm, severity low</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage.py" line="127"/>
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 (%Ln item)</numerusform>
            <numerusform>%1 (%Ln items)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="184"/>
        <source>The decisions kept last time cannot be read: %1. The file is kept as %2.</source>
        <translation>The decisions kept last time cannot be read: %1. The file is kept as %2.</translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="40"/>
        <source>The database is busy in another program.</source>
        <translation>The database is busy in another program.</translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="41"/>
        <source>The disk is full: make room on it.</source>
        <translation>The disk is full: make room on it.</translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="42"/>
        <source>The database or its folder is read-only.</source>
        <translation>The database or its folder is read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="43"/>
        <source>The database server cannot be reached.</source>
        <translation>The database server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="63"/>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/triage_view.py" line="90"/>
        <source>Note on “%1”:</source>
        <translation>Note on “%1”:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_view.py" line="93"/>
        <source>Note on %n item(s):</source>
        <translation>
            <numerusform>Note on %n item:</numerusform>
            <numerusform>Note on %n items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_view.py" line="127"/>
        <source>⚠ %n decision(s) not saved</source>
        <translation>
            <numerusform>⚠ %n decision not saved</numerusform>
            <numerusform>⚠ %n decisions not saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_view.py" line="156"/>
        <source>%n decision(s) not saved</source>
        <translation>
            <numerusform>%n decision not saved</numerusform>
            <numerusform>%n decisions not saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_view.py" line="162"/>
        <source>%n decision(s) could not be saved yet. If you quit now, they are lost.</source>
        <translation>
            <numerusform>%n decision could not be saved yet. If you quit now, it is lost.</numerusform>
            <numerusform>%n decisions could not be saved yet. If you quit now, they are lost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="171"/>
        <source>Quit anyway</source>
        <translation>Quit anyway</translation>
    </message>
</context>
</TS>
