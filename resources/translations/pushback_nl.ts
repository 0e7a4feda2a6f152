<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActorsRow</name>
    <message>
        <location filename="../../ui/actors_row.py" line="98"/>
        <source>&amp;Actors:</source>
        <translation>&amp;Actoren:</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="100"/>
        <source>Names, separated by commas</source>
        <translation>Namen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="103"/>
        <source>Who spreads or enacts it: the people, organisations, accounts and offices behind the pushback, as the brief lists them, separated by commas; Enter records them, Escape puts back those recorded</source>
        <translation>Wie het verspreidt of uitvoert: de personen, organisaties, accounts en ambten achter de pushback, zoals het overzicht ze noemt, gescheiden door komma&apos;s; Enter legt ze vast, Escape zet de vastgelegde terug</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="148"/>
        <source>the account behind the post</source>
        <translation>het account achter het bericht</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="149"/>
        <source>recorded on other findings</source>
        <translation>vastgelegd bij andere bevindingen</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="150"/>
        <source>named with an office</source>
        <translation>genoemd met een ambt</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="151"/>
        <source>the party of an office holder</source>
        <translation>de partij van een ambtsdrager</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="152"/>
        <source>an office named in the item</source>
        <translation>een ambt genoemd in het bericht</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="153"/>
        <source>an organisation named in the item</source>
        <translation>een organisatie genoemd in het bericht</translation>
    </message>
    <message>
        <location filename="../../ui/actors_row.py" line="166"/>
        <source>Suggested:</source>
        <translation>Voorgesteld:</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../../ui/alerts.py" line="69"/>
        <source>rule “%1”</source>
        <translation>regel “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="134"/>
        <source>Alerts could not be checked: %1</source>
        <translation>Meldingen konden niet worden nagekeken: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts.py" line="186"/>
        <source>%n narrative(s) rising</source>
        <translation>
            <numerusform>%n narratief stijgt</numerusform>
            <numerusform>%n narratieven stijgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="220"/>
        <source>on %1 · score %2 (3: once in 1,000 days by chance)</source>
        <translation>op %1 · score %2 (3: eens in de 1.000 dagen bij toeval)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="233"/>
        <source>New item a rule alerts you to</source>
        <translation>Nieuw bericht met een melding van een regel</translation>
    </message>
    <message>
        <location filename="../../ui/alerts.py" line="235"/>
        <source>New item above the alert threshold</source>
        <translation>Nieuw bericht boven de meldingsdrempel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts.py" line="239"/>
        <source>%n new item(s) rules alert you to</source>
        <translation>
            <numerusform>%n nieuw bericht met een melding van een regel</numerusform>
            <numerusform>%n nieuwe berichten met een melding van een regel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts.py" line="241"/>
        <source>%n new item(s) above the alert threshold</source>
        <translation>
            <numerusform>%n nieuw bericht boven de meldingsdrempel</numerusform>
            <numerusform>%n nieuwe berichten boven de meldingsdrempel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts.py" line="189"/>
        <location filename="../../ui/alerts.py" line="243"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsButton</name>
    <message>
        <location filename="../../ui/alerts_panel.py" line="281"/>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/alerts_panel.py" line="285"/>
        <source>%n alert(s) not seen yet: click to see the recent alerts</source>
        <translation>
            <numerusform>%n melding nog niet gezien: klik voor de recente meldingen</numerusform>
            <numerusform>%n meldingen nog niet gezien: klik voor de recente meldingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="287"/>
        <source>The recent alerts: items above an alert threshold</source>
        <translation>De recente meldingen: berichten boven een meldingsdrempel</translation>
    </message>
</context>
<context>
    <name>AlertsPopup</name>
    <message>
        <location filename="../../ui/alerts_panel.py" line="177"/>
        <source>Recent alerts</source>
        <translation>Recente meldingen</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="188"/>
        <source>Show this item (decides nothing)</source>
        <translation>Dit bericht tonen (beslist niets)</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="190"/>
        <source>Show what is rising, and its items</source>
        <translation>Tonen wat er stijgt, met de berichten</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="200"/>
        <source>No alerts yet. New items that score above a category&apos;s alert threshold (Settings, Classifier) are listed here.</source>
        <translation>Nog geen meldingen. Nieuwe berichten die boven de meldingsdrempel van een categorie scoren (Instellingen, Classificatie) staan hier.</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="212"/>
        <source>Desktop notifications are off (Settings).</source>
        <translation>Bureaubladmeldingen staan uit (Instellingen).</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="214"/>
        <source>This desktop shows no notifications: alerts appear only here.</source>
        <translation>Dit bureaublad kan geen meldingen tonen: ze staan alleen hier.</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="216"/>
        <source>Each alert is also shown as a notification at the tray icon.</source>
        <translation>Elke melding verschijnt ook bij het pictogram in het systeemvak.</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_panel.py" line="217"/>
        <source>Each alert is also shown as a desktop notification.</source>
        <translation>Elke melding verschijnt ook als bureaubladmelding.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../ui/background.py" line="157"/>
        <source>Closing the window</source>
        <translation>Het venster sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="159"/>
        <source>Keep polling in the background when the window is closed?</source>
        <translation>Op de achtergrond blijven ophalen als het venster dicht is?</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="162"/>
        <source>Open the window again from the tray icon, or by starting Pushback Monitor again.</source>
        <translation>Open het venster weer via het pictogram in het systeemvak, of door Pushback Monitor opnieuw te starten.</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="165"/>
        <source>Open the window again by starting Pushback Monitor again.</source>
        <translation>Open het venster weer door Pushback Monitor opnieuw te starten.</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="168"/>
        <source>New alerts still arrive as desktop notifications.</source>
        <translation>Nieuwe meldingen komen dan nog steeds binnen als bureaubladmelding.</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="172"/>
        <source>Quit (Ctrl+Q) ends polling. You can change this in Settings.</source>
        <translation>Afsluiten (Ctrl+Q) stopt het ophalen. Dit is te wijzigen in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="174"/>
        <source>Keep polling</source>
        <translation>Blijven ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="175"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../ui/brief_dialog.py" line="187"/>
        <source>Weekly brief</source>
        <translation>Weekoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="189"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="189"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="189"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="192"/>
        <source>Other dates…</source>
        <translation>Andere data…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="193"/>
        <source>Partners&apos; findings</source>
        <translation>Bevindingen van partners</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="196"/>
        <source>Add a section with the findings partners shared that nobody here has decided, each marked with who confirmed it</source>
        <translation>Een hoofdstuk toevoegen met de bevindingen die partners deelden en waar hier nog niemand over besliste, elk met wie ze bevestigde</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="200"/>
        <source>Pseudonymise private persons</source>
        <translation>Privépersonen pseudonimiseren</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="203"/>
        <source>CSV and JSON: handles and names of private persons as stable pseudonyms; public figures and organisations on the list stay named (docs/privacy.md)</source>
        <translation>CSV en JSON: accountnamen en namen van privépersonen als vaste pseudoniemen; publieke figuren en organisaties op de lijst blijven bij naam genoemd (docs/privacy.md)</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="207"/>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="208"/>
        <source>Write the brief in the chosen format</source>
        <translation>Het overzicht in het gekozen formaat opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="260"/>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="298"/>
        <source>Save the brief</source>
        <translation>Overzicht opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="331"/>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="342"/>
        <source>Writing %1</source>
        <translation>%1 wordt geschreven</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="350"/>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/brief_dialog.py" line="355"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Geannuleerd: er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <location filename="../../ui/conflict_box.py" line="33"/>
        <source>Decided by another analyst</source>
        <translation>Besloten door een andere analist</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="40"/>
        <source>Nothing was undone: their decision came after yours and stands.</source>
        <translation>Er is niets ongedaan gemaakt: hun besluit kwam na het uwe en blijft staan.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="47"/>
        <source>Your decision was not recorded. Keep theirs, or record yours over it?</source>
        <translation>Uw besluit is niet vastgelegd. Hun besluit houden, of het uwe eroverheen vastleggen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conflict_box.py" line="50"/>
        <source>Your decision was not recorded. Keep theirs and decide the other %n item(s), or record yours on all of them?</source>
        <translation>
            <numerusform>Uw besluit is niet vastgelegd. Hun besluit houden en over het andere bericht besluiten, of het uwe op alle vastleggen?</numerusform>
            <numerusform>Uw besluit is niet vastgelegd. Hun besluit houden en over de andere %n berichten besluiten, of het uwe op alle vastleggen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="56"/>
        <source>Keep theirs</source>
        <translation>Hun besluit houden</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="57"/>
        <source>Record mine</source>
        <translation>Mijn besluit vastleggen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conflict_box.py" line="77"/>
        <source>%n of the items were decided by another analyst after you read them.</source>
        <translation>
            <numerusform>Over %n van de berichten is door een andere analist besloten nadat u ze las.</numerusform>
            <numerusform>Over %n van de berichten is door een andere analist besloten nadat u ze las.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/conflict_box.py" line="88"/>
        <source>“%1” was decided by %2 after you read it.</source>
        <translation>Over “%1” is door %2 besloten nadat u het las.</translation>
    </message>
</context>
<context>
    <name>Converting</name>
    <message>
        <location filename="../../ui/encryption_box.py" line="262"/>
        <source>Encrypting the database…</source>
        <translation>De database wordt versleuteld…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="264"/>
        <source>Decrypting the database…</source>
        <translation>De database wordt ontsleuteld…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="309"/>
        <source>No system keyring works on this computer, so the passphrase is not kept: it is asked at every start.</source>
        <translation>Op deze computer werkt geen sleutelbos van het systeem, dus de wachtwoordzin wordt niet bewaard: die wordt bij elke start gevraagd.</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../../ui/notifier.py" line="133"/>
        <source>Show the item</source>
        <translation>Bericht tonen</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="217"/>
        <source>Original HTML</source>
        <translation>Originele HTML</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="219"/>
        <source>The item as the feed sent it, with images and other outside content blocked</source>
        <translation>Het bericht zoals de feed het stuurde, met afbeeldingen en andere externe inhoud geblokkeerd</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="221"/>
        <source>Select an item to read it here.</source>
        <translation>Selecteer een bericht om het hier te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="276"/>
        <source>The feed sent no HTML for this item.</source>
        <translation>De feed stuurde geen HTML voor dit bericht.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/empty_state.py" line="162"/>
        <source>No items match these filters</source>
        <translation>Geen berichten voldoen aan deze filters</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="164"/>
        <source>No items from %1 yet</source>
        <translation>Nog geen berichten van %1</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="168"/>
        <source>Nothing to review right now</source>
        <translation>Er is nu niets te beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="169"/>
        <source>No escalated items</source>
        <translation>Geen geëscaleerde berichten</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="170"/>
        <source>No confirmed items yet</source>
        <translation>Nog geen bevestigde berichten</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="171"/>
        <source>No rejected items yet</source>
        <translation>Nog geen afgewezen berichten</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="172"/>
        <source>No findings from partners yet</source>
        <translation>Nog geen bevindingen van partners</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="173"/>
        <source>No items yet</source>
        <translation>Nog geen berichten</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="195"/>
        <source>No sources yet</source>
        <translation>Nog geen bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="197"/>
        <source>Every source is switched off</source>
        <translation>Alle bronnen zijn uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="199"/>
        <source>Polling is paused</source>
        <translation>Ophalen is gepauzeerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/empty_state.py" line="200"/>
        <source>Polling %n source(s)</source>
        <translation>
            <numerusform>%n bron wordt gevolgd</numerusform>
            <numerusform>%n bronnen worden gevolgd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="203"/>
        <source>next poll %1</source>
        <translation>volgende ophaalbeurt %1</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="211"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="212"/>
        <source>Clear the search and the filters to see the whole list.</source>
        <translation>Wis de zoekopdracht en de filters om de hele lijst te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="220"/>
        <source>Add sources…</source>
        <translation>Bronnen toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="223"/>
        <source>Add the news sites, blogs and Mastodon, Bluesky or Telegram accounts to watch under %1.</source>
        <translation>Voeg onder %1 de nieuwssites, blogs en Mastodon-, Bluesky- of Telegram-accounts toe die u wilt volgen.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="229"/>
        <source>More sources: %1.</source>
        <translation>Meer bronnen: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="232"/>
        <source>The sources are polled again on schedule; Poll now tries at once.</source>
        <translation>De bronnen worden volgens schema opnieuw opgehaald; Nu ophalen probeert het meteen.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="238"/>
        <source>Its items appear here once it is polled.</source>
        <translation>De berichten van deze bron verschijnen hier zodra die is opgehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="243"/>
        <source>The classifier is switched off in the settings, so nothing is flagged for review; All items shows everything polled.</source>
        <translation>De classificatie staat uit in de instellingen, dus er wordt niets gemarkeerd om te beoordelen; Alle berichten toont alles wat is opgehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="248"/>
        <source>The classifier is unavailable, so new items wait unclassified; All items shows everything polled.</source>
        <translation>De classificatie is niet beschikbaar, dus nieuwe berichten wachten ongeclassificeerd; Alle berichten toont alles wat is opgehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="251"/>
        <source>Items the classifier flags appear here as the polls bring them in.</source>
        <translation>Berichten die de classificatie markeert, verschijnen hier zodra ze binnenkomen.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="253"/>
        <source>Items appear here as the polls bring them in.</source>
        <translation>Berichten verschijnen hier zodra ze binnenkomen.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="255"/>
        <source>Items you escalate in To review appear here.</source>
        <translation>Berichten die u in Te beoordelen escaleert, verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="256"/>
        <source>Items you confirm in To review appear here.</source>
        <translation>Berichten die u in Te beoordelen bevestigt, verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="257"/>
        <source>Items you reject in To review appear here.</source>
        <translation>Berichten die u in Te beoordelen afwijst, verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="259"/>
        <source>Findings that partner organisations share appear here once you import their signed bundle (File › Import partners&apos; findings…). Confirm one to make it your own.</source>
        <translation>Bevindingen die partnerorganisaties delen verschijnen hier zodra u hun ondertekende bundel importeert (Bestand › Bevindingen van partners importeren…). Bevestig er een om hem tot de uwe te maken.</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <location filename="../../ui/encryption_box.py" line="104"/>
        <source>Encryption covers the database file and its backups. It does not cover feeds.yaml, the settings, the evidence files (WARC) in the data folder, or the briefs and exports you save.</source>
        <translation>Versleuteling geldt voor het databasebestand en de back-ups ervan. Niet voor feeds.yaml, de instellingen, de bewijsbestanden (WARC) in de gegevensmap, of de briefings en exports die u opslaat.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="114"/>
        <source>This is a team database on a PostgreSQL server: its server keeps the data. Encryption here is for a database file on this computer.</source>
        <translation>Dit is een teamdatabase op een PostgreSQL-server: die server bewaart de gegevens. Versleutelen is hier voor een databasebestand op deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="121"/>
        <source>The database is encrypted: %1</source>
        <translation>De database is versleuteld: %1</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="124"/>
        <source>The passphrase is kept in the system keyring.</source>
        <translation>De wachtwoordzin wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="127"/>
        <source>The passphrase is asked at every start (or given by PUSHBACK_MONITOR_PASSPHRASE).</source>
        <translation>De wachtwoordzin wordt bij elke start gevraagd (of gegeven met PUSHBACK_MONITOR_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="131"/>
        <source>Decrypt…</source>
        <translation>Ontsleutelen…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="134"/>
        <source>The database is not encrypted: %1</source>
        <translation>De database is niet versleuteld: %1</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="136"/>
        <source>Encrypt…</source>
        <translation>Versleutelen…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="158"/>
        <source>Decrypt the database</source>
        <translation>De database ontsleutelen</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="161"/>
        <source>Anyone who can read the database file can then read its data. Pushback Monitor closes the window, decrypts the database and opens again.</source>
        <translation>Iedereen die het databasebestand kan lezen, kan dan de gegevens lezen. Pushback Monitor sluit het venster, ontsleutelt de database en opent opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="165"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="168"/>
        <source>Decrypt and restart</source>
        <translation>Ontsleutelen en herstarten</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="173"/>
        <source>That passphrase does not open the database.</source>
        <translation>Die wachtwoordzin opent de database niet.</translation>
    </message>
</context>
<context>
    <name>EngineLink</name>
    <message numerus="yes">
        <location filename="../../ui/engine_link.py" line="79"/>
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln nieuw bericht</numerusform>
            <numerusform>%Ln nieuwe berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/engine_link.py" line="81"/>
        <source>%1 of %Ln source(s) failed</source>
        <translation>
            <numerusform>%1 van %Ln bron mislukt</numerusform>
            <numerusform>%1 van %Ln bronnen mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/engine_link.py" line="84"/>
        <source>%Ln source(s) polled</source>
        <translation>
            <numerusform>%Ln bron opgehaald</numerusform>
            <numerusform>%Ln bronnen opgehaald</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="85"/>
        <source>Poll finished: %1</source>
        <translation>Ophalen klaar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/engine_link.py" line="166"/>
        <source>New thresholds applied: %Ln item(s) flagged differently · Ctrl+R shows them</source>
        <translation>
            <numerusform>Nieuwe drempels toegepast: %Ln bericht anders gemarkeerd · Ctrl+R toont het</numerusform>
            <numerusform>Nieuwe drempels toegepast: %Ln berichten anders gemarkeerd · Ctrl+R toont ze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="171"/>
        <source>New thresholds applied: no item is flagged differently</source>
        <translation>Nieuwe drempels toegepast: geen bericht anders gemarkeerd</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../ui/evidence_actions.py" line="34"/>
        <location filename="../../ui/evidence_actions.py" line="87"/>
        <source>Export the evidence</source>
        <translation>Het bewijs exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="41"/>
        <source>changed: %1 · deleted: %2 · no answer: %3</source>
        <translation>gewijzigd: %1 · verwijderd: %2 · geen antwoord: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_actions.py" line="47"/>
        <source>Evidence: kept of %n item(s)</source>
        <translation>
            <numerusform>Bewijs: bewaard van %n bericht</numerusform>
            <numerusform>Bewijs: bewaard van %n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_actions.py" line="48"/>
        <source>%n re-checked</source>
        <translation>
            <numerusform>%n opnieuw gecontroleerd</numerusform>
            <numerusform>%n opnieuw gecontroleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_actions.py" line="52"/>
        <source>%n could not be written</source>
        <translation>
            <numerusform>%n kon niet worden geschreven</numerusform>
            <numerusform>%n konden niet worden geschreven</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="57"/>
        <source>Re-checking the evidence kept…</source>
        <translation>Het bewaarde bewijs wordt opnieuw gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="70"/>
        <source>Select an item first.</source>
        <translation>Selecteer eerst een bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="76"/>
        <source>Nothing is kept of this item yet: its evidence is kept once it is confirmed or escalated, within minutes (Polling → Re-check evidence now: at once).</source>
        <translation>Van dit bericht is nog niets bewaard: het bewijs wordt bewaard zodra het bevestigd of geëscaleerd is, binnen enkele minuten (Ophalen → Bewijs nu opnieuw controleren: meteen).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="89"/>
        <source>WARC files (*.warc.gz)</source>
        <translation>WARC-bestanden (*.warc.gz)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_actions.py" line="101"/>
        <source>Wrote %1 with %2 and %3</source>
        <translation>%1 geschreven, met %2 en %3</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filter_bar.py" line="127"/>
        <source>Search titles and text  ( / )</source>
        <translation>Zoeken in titels en tekst  ( / )</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="130"/>
        <source>Words must all occur; &quot;quoted words&quot; as a phrase; a word ending in * matches its beginning.</source>
        <translation>Alle woorden moeten voorkomen; &quot;woorden tussen aanhalingstekens&quot; als zinsdeel; een woord dat eindigt op * vindt alles wat zo begint.</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="137"/>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="138"/>
        <source>Last 24 hours</source>
        <translation>Afgelopen 24 uur</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="139"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="140"/>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="141"/>
        <source>Dates…</source>
        <translation>Datums…</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="144"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="147"/>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="148"/>
        <source>Any score</source>
        <translation>Elke score</translation>
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
        <translation>Alleen berichten met een hoogste score van minstens deze waarde</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="151"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="152"/>
        <source>Nothing to search for: type a word</source>
        <translation>Niets om op te zoeken: typ een woord</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="188"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="188"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/filter_bar.py" line="193"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../ui/folder_field.py" line="92"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/folder_field.py" line="93"/>
        <source>Copy the folder&apos;s path</source>
        <translation>Het pad van de map kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/folder_field.py" line="94"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/folder_field.py" line="95"/>
        <source>Open the folder in the file manager</source>
        <translation>De map openen in bestandsbeheer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="48"/>
        <location filename="../../ui/import_dialog.py" line="80"/>
        <source>Import partners&apos; findings</source>
        <translation>Bevindingen van partners importeren</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <source>Choose a bundle a partner sent you.</source>
        <translation>Kies een bundel die een partner u stuurde.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="59"/>
        <source>Choose a bundle…</source>
        <translation>Bundel kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="60"/>
        <source>Add to From partners</source>
        <translation>Toevoegen aan Van partners</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="82"/>
        <source>Findings bundles (*.zip)</source>
        <translation>Bundels met bevindingen (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <source>Checking the signature…</source>
        <translation>De handtekening wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>imported before</source>
        <translation>eerder geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="118"/>
        <source>Signed by %1 · key %2 · the signature is valid.</source>
        <translation>Ondertekend door %1 · sleutel %2 · de handtekening klopt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="121"/>
        <source>Made on %1 for %2 to %3 · %n finding(s)</source>
        <translation>
            <numerusform>Gemaakt op %1 voor %2 tot en met %3 · %n bevinding</numerusform>
            <numerusform>Gemaakt op %1 voor %2 tot en met %3 · %n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="127"/>
        <source>Private persons are pseudonymised in it.</source>
        <translation>Privépersonen zijn erin gepseudonimiseerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="128"/>
        <source>New here: %n</source>
        <translation>
            <numerusform>Nieuw hier: %n</numerusform>
            <numerusform>Nieuw hier: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>Added %n finding(s) to From partners.</source>
        <translation>
            <numerusform>%n bevinding toegevoegd aan Van partners.</numerusform>
            <numerusform>%n bevindingen toegevoegd aan Van partners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <location filename="../../ui/detail_html.py" line="52"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="53"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="54"/>
        <source>Nearest labelled examples</source>
        <translation>Meest gelijkende gelabelde voorbeelden</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="55"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="56"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="57"/>
        <source>Also reported by</source>
        <translation>Ook gemeld door</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="58"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="59"/>
        <source>Not classified yet.</source>
        <translation>Nog niet geclassificeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="60"/>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="67"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="68"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="69"/>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="70"/>
        <source>office</source>
        <translation>ambt</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="161"/>
        <source>to review</source>
        <translation>te beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="162"/>
        <location filename="../../ui/detail_html.py" line="270"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="163"/>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="164"/>
        <location filename="../../ui/detail_html.py" line="273"/>
        <source>escalated</source>
        <translation>geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="165"/>
        <source>a partner&apos;s finding</source>
        <translation>bevinding van een partner</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="173"/>
        <source>rule “%1”</source>
        <translation>regel “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="179"/>
        <source>severity high</source>
        <translation>ernst hoog</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="180"/>
        <source>severity medium</source>
        <translation>ernst middel</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="181"/>
        <source>severity low</source>
        <translation>ernst laag</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="196"/>
        <source>about %1 (no date in the feed)</source>
        <translation>rond %1 (geen datum in de feed)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="208"/>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="21"/>
        <source>gone from the feed</source>
        <translation>uit de feed verdwenen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="22"/>
        <source>removed from the channel</source>
        <translation>uit het kanaal verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="32"/>
        <source>Deleted on %1 — evidence kept</source>
        <translation>Verwijderd op %1 — bewijs bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="34"/>
        <source>Deleted on %1 — only its feed entry was kept</source>
        <translation>Verwijderd op %1 — alleen het feedbericht is bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="44"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="47"/>
        <source>To be kept at the next round (within minutes).</source>
        <translation>Wordt bij de volgende ronde bewaard (binnen enkele minuten).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="51"/>
        <source>the feed entry</source>
        <translation>het feedbericht</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="52"/>
        <source>the feed, as its server sent it</source>
        <translation>de feed, zoals de server hem stuurde</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="53"/>
        <source>the page</source>
        <translation>de pagina</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_html.py" line="65"/>
        <source>The page changed on %1; every version is kept.</source>
        <translation>De pagina is op %1 gewijzigd; elke versie is bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="271"/>
        <source>rejected: not pushback</source>
        <translation>afgewezen: geen pushback</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="272"/>
        <source>relabelled</source>
        <translation>categorieën aangepast</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="274"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="275"/>
        <source>actors:</source>
        <translation>actoren:</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="276"/>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="277"/>
        <source>flagged</source>
        <translation>gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../ui/detail_html.py" line="294"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="33"/>
        <source>Shared by a partner</source>
        <translation>Gedeeld door een partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="35"/>
        <source>Confirmed by %1 on %2 · key %3</source>
        <translation>Bevestigd door %1 op %2 · sleutel %3</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="43"/>
        <source>Their source: %1</source>
        <translation>Hun bron: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="47"/>
        <source>Their categories: %1</source>
        <translation>Hun categorieën: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="51"/>
        <source>Their actors: %1</source>
        <translation>Hun actoren: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="53"/>
        <source>Their note: %1</source>
        <translation>Hun notitie: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="56"/>
        <source>They keep evidence of it: %1</source>
        <translation>Zij bewaren er bewijs van: %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="64"/>
        <source>Imported on %1 from bundle %2</source>
        <translation>Geïmporteerd op %1 uit bundel %2</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="70"/>
        <source>Your item %1: %2</source>
        <translation>Uw bericht %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="74"/>
        <source>You have not read this story yourself.</source>
        <translation>U hebt dit verhaal zelf niet binnengekregen.</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="86"/>
        <source>Also confirmed by %1</source>
        <translation>Ook bevestigd door %1</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="92"/>
        <source>Shared with partners (Triage › Share the note with partners)</source>
        <translation>Gedeeld met partners (Beoordelen › Notitie delen met partners)</translation>
    </message>
    <message>
        <location filename="../../ui/partners_html.py" line="94"/>
        <source>Private: not shared with partners</source>
        <translation>Privé: niet gedeeld met partners</translation>
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
            <numerusform>%1 bericht</numerusform>
            <numerusform>%1 berichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="134"/>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>Confirm: this is pushback, in the categories shown</source>
        <translation>Bevestigen: dit is pushback, in de getoonde categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="163"/>
        <source>Confirm, severity high</source>
        <translation>Bevestigen, ernst hoog</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="164"/>
        <source>Confirm and weigh as high severity: first in the brief</source>
        <translation>Bevestigen met ernst hoog: vooraan in het weekoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="171"/>
        <source>Confirm, severity medium</source>
        <translation>Bevestigen, ernst middel</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="172"/>
        <source>Confirm and weigh as medium severity</source>
        <translation>Bevestigen met ernst middel</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="177"/>
        <source>Confirm, severity low</source>
        <translation>Bevestigen, ernst laag</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="178"/>
        <source>Confirm and weigh as low severity</source>
        <translation>Bevestigen met ernst laag</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="42"/>
        <source>Rules…</source>
        <translation>Regels…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="43"/>
        <source>Rules without code: words, scores and sources, and what to do</source>
        <translation>Regels zonder code: woorden, scores en bronnen, en wat er dan gebeurt</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62"/>
        <source>Share findings…</source>
        <translation>Bevindingen delen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>A signed bundle of confirmed findings for partner organisations</source>
        <translation>Een ondertekende bundel bevestigde bevindingen voor partnerorganisaties</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73"/>
        <source>Import partners&apos; findings…</source>
        <translation>Bevindingen van partners importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>Check a partner&apos;s signed bundle and add it to From partners</source>
        <translation>De ondertekende bundel van een partner controleren en toevoegen aan Van partners</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="101"/>
        <location filename="../../ui/triage_view.py" line="67"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <location filename="../../ui/triage_view.py" line="67"/>
        <source>Redo</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144"/>
        <source>Reject: not pushback</source>
        <translation>Afwijzen: geen pushback</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="185"/>
        <source>Escalate</source>
        <translation>Escaleren</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="186"/>
        <source>Escalate for a closer look</source>
        <translation>Escaleren voor nader onderzoek</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="194"/>
        <source>Note…</source>
        <translation>Notitie…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="195"/>
        <source>Write a note on the item</source>
        <translation>Een notitie bij het bericht schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="203"/>
        <source>Share the note with partners</source>
        <translation>Notitie delen met partners</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="204"/>
        <source>Let the note go to partners in a shared bundle (notes are private by default); again: private</source>
        <translation>De notitie mee laten gaan in een gedeelde bundel (notities zijn standaard privé); nogmaals: weer privé</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="216"/>
        <source>Export evidence…</source>
        <translation>Bewijs exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="217"/>
        <source>Write the item&apos;s evidence as a WARC file with a manifest of hashes</source>
        <translation>Het bewijs van het bericht als WARC-bestand schrijven, met een manifest van hashes</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="227"/>
        <source>Actors…</source>
        <translation>Actoren…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="228"/>
        <source>Record who spreads or enacts the pushback: names with completion, and the suggestions from the item</source>
        <translation>Leg vast wie de pushback verspreidt of uitvoert: namen met aanvulling, en de voorstellen uit het bericht</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="250"/>
        <source>Next item</source>
        <translation>Volgend bericht</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="259"/>
        <source>Previous item</source>
        <translation>Vorig bericht</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="267"/>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="268"/>
        <source>Open the item&apos;s link in the web browser</source>
        <translation>De link van het bericht openen in de webbrowser</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="126"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="276"/>
        <source>Refresh the list</source>
        <translation>Lijst verversen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="277"/>
        <source>Show new items and drop decided ones</source>
        <translation>Nieuwe berichten tonen en beoordeelde weglaten</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117"/>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="285"/>
        <source>Most uncertain first</source>
        <translation>Onzekerste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="286"/>
        <source>Order the list by how near the scores are to their thresholds: the decisions that teach the classifier most come first</source>
        <translation>Sorteer de lijst op hoe dicht de scores bij hun drempels liggen: de beslissingen waar de classificatie het meest van leert, komen eerst</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="317"/>
        <source>Recent alerts…</source>
        <translation>Recente meldingen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="318"/>
        <source>The new items above an alert threshold; choosing one shows it</source>
        <translation>De nieuwe berichten boven een meldingsdrempel; een keuze toont het bericht</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="329"/>
        <source>What is rising…</source>
        <translation>Wat stijgt er…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="330"/>
        <source>Narrative spikes: categories well above their usual level, and their items</source>
        <translation>Pieken in narratieven: categorieën ruim boven hun gewone niveau, met hun berichten</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="341"/>
        <source>Re-check evidence now</source>
        <translation>Bewijs nu opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="342"/>
        <source>Keep the evidence that waits and look again at every kept item&apos;s page</source>
        <translation>Het wachtende bewijs bewaren en de pagina van elk bewaard bericht opnieuw bekijken</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="353"/>
        <source>Classifier report…</source>
        <translation>Rapport van de classificatie…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="354"/>
        <source>How well the classifier does, per category and language</source>
        <translation>Hoe goed de classificatie werkt, per categorie en taal</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="299"/>
        <source>Poll now</source>
        <translation>Nu ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="300"/>
        <source>Fetch every enabled source now</source>
        <translation>Alle ingeschakelde bronnen nu ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="308"/>
        <source>Pause polling</source>
        <translation>Ophalen pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="34"/>
        <source>Sources…</source>
        <translation>Bronnen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>Weekly brief…</source>
        <translation>Weekoverzicht…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>Preview and save the pushback brief of a week</source>
        <translation>Het pushback-overzicht van een week bekijken en opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="364"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="240"/>
        <source>Add or remove the category %1 (%2)</source>
        <translation>De categorie %1 toevoegen of weghalen (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="33"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="34"/>
        <source>&amp;Triage</source>
        <translation>&amp;Beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="35"/>
        <source>&amp;Polling</source>
        <translation>&amp;Ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="36"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="64"/>
        <source>Undo %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="65"/>
        <source>Redo %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="129"/>
        <source>%1
They are kept, also when you quit, and tried again until the database takes them. Click to try now.</source>
        <translation>%1
Ze blijven bewaard, ook als u afsluit, en worden opnieuw geprobeerd tot de database ze aanneemt. Klik om het nu te proberen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>most uncertain first</source>
        <translation>onzekerste eerst</translation>
    </message>
    <message>
        <location filename="../../ui/queue_controller.py" line="187"/>
        <source>Nothing to confirm: choose the categories first (keys 1–7)</source>
        <translation>Niets te bevestigen: kies eerst de categorieën (toetsen 1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_controller.py" line="221"/>
        <source>Still reading the selection&apos;s categories: try again</source>
        <translation>De categorieën van de selectie worden nog gelezen: probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/queue_controller.py" line="228"/>
        <source>Remove %1</source>
        <translation>%1 weghalen</translation>
    </message>
    <message>
        <location filename="../../ui/queue_controller.py" line="230"/>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="84"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="55"/>
        <source>No enabled sources: add one under Sources</source>
        <translation>Geen ingeschakelde bronnen: voeg er een toe onder Bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="67"/>
        <source>Polling could not store what it fetched: %1</source>
        <translation>Het ophalen kon niet opslaan wat het binnenhaalde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/engine_link.py" line="90"/>
        <source>Poll failed: %1</source>
        <translation>Ophalen mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="42"/>
        <source>Triage</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="43"/>
        <source>Moving around</source>
        <translation>Navigeren</translation>
    </message>
    <message>
        <location filename="../../ui/action_spec.py" line="44"/>
        <source>Polling and windows</source>
        <translation>Ophalen en vensters</translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="169"/>
        <source>Keep waiting</source>
        <translation>Blijven wachten</translation>
    </message>
    <message>
        <location filename="../../ui/sharing_actions.py" line="53"/>
        <source>The selected items have no note to share.</source>
        <translation>De gekozen berichten hebben geen notitie om te delen.</translation>
    </message>
    <message>
        <location filename="../../ui/sharing_actions.py" line="64"/>
        <source>Notes shared with partners: %1</source>
        <translation>Notities gedeeld met partners: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sharing_actions.py" line="66"/>
        <source>Notes private again: %1</source>
        <translation>Notities weer privé: %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="132"/>
        <source>Queues</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="133"/>
        <source>Categories (to review)</source>
        <translation>Categorieën (te doen)</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="135"/>
        <source>The number of items waiting for review in each category</source>
        <translation>Het aantal berichten per categorie dat op beoordeling wacht</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="137"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="147"/>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="148"/>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="149"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="150"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="151"/>
        <source>From partners</source>
        <translation>Van partners</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="152"/>
        <source>All items</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="194"/>
        <source>working</source>
        <translation>werkt</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="195"/>
        <source>failing</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="196"/>
        <source>gone silent</source>
        <translation>stilgevallen</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="197"/>
        <source>not polled yet</source>
        <translation>nog niet opgehaald</translation>
    </message>
    <message>
        <location filename="../../ui/navigator.py" line="198"/>
        <source>switched off</source>
        <translation>uitgeschakeld</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../ui/encryption_box.py" line="183"/>
        <source>Encrypt the database</source>
        <translation>De database versleutelen</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="186"/>
        <source>If you lose the passphrase, the data is lost for good: no one can recover it, not even the makers of Pushback Monitor.</source>
        <translation>Als u de wachtwoordzin kwijtraakt, zijn de gegevens voorgoed verloren: niemand kan ze terughalen, ook de makers van Pushback Monitor niet.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="198"/>
        <source>Keep the passphrase in the system keyring (then it is not asked at start)</source>
        <translation>De wachtwoordzin bewaren in de sleutelbos van het systeem (dan wordt die bij de start niet gevraagd)</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="205"/>
        <source>No system keyring works on this computer: the passphrase is asked at every start.</source>
        <translation>Op deze computer werkt geen sleutelbos van het systeem: de wachtwoordzin wordt bij elke start gevraagd.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="212"/>
        <source>Pushback Monitor closes the window, encrypts the database and opens again.</source>
        <translation>Pushback Monitor sluit het venster, versleutelt de database en opent opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="219"/>
        <source>Encrypt and restart</source>
        <translation>Versleutelen en herstarten</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="223"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="224"/>
        <source>Repeat it</source>
        <translation>Herhaal hem</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="245"/>
        <source>At least 8 characters.</source>
        <translation>Minstens 8 tekens.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="247"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>PartnersBox</name>
    <message>
        <location filename="../../ui/partners_box.py" line="41"/>
        <source>The organisation&apos;s name, as partners see it</source>
        <translation>De naam van de organisatie, zoals partners die zien</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="42"/>
        <source>Make our key</source>
        <translation>Onze sleutel maken</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="43"/>
        <source>Export our public key…</source>
        <translation>Onze publieke sleutel exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="46"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="46"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="46"/>
        <source>Trusted since</source>
        <translation>Vertrouwd sinds</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="51"/>
        <source>Trust a partner&apos;s key…</source>
        <translation>Sleutel van een partner vertrouwen…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="52"/>
        <source>Forget</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="53"/>
        <source>Names that stay named…</source>
        <translation>Namen die genoemd blijven…</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="55"/>
        <source>Public figures and organisations that pseudonymised exports keep named</source>
        <translation>Publieke figuren en organisaties die gepseudonimiseerde exports bij naam blijven noemen</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="75"/>
        <source>Our key</source>
        <translation>Onze sleutel</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="81"/>
        <source>Check each partner&apos;s fingerprint with them by phone or in person before you trust their key: only bundles signed by a trusted key are imported.</source>
        <translation>Controleer de vingerafdruk van elke partner telefonisch of persoonlijk voordat u hun sleutel vertrouwt: alleen bundels die met een vertrouwde sleutel zijn ondertekend worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="103"/>
        <source>None yet: make one to share findings.</source>
        <translation>Nog geen: maak er een om bevindingen te delen.</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="131"/>
        <source>Export our public key</source>
        <translation>Onze publieke sleutel exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="133"/>
        <location filename="../../ui/partners_box.py" line="146"/>
        <source>Public keys (*.pub)</source>
        <translation>Publieke sleutels (*.pub)</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="146"/>
        <location filename="../../ui/partners_box.py" line="160"/>
        <location filename="../../ui/partners_box.py" line="178"/>
        <source>Trust a partner&apos;s key</source>
        <translation>Sleutel van een partner vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="162"/>
        <source>%1 sent this key. Its fingerprint:

%2

Have you checked it with them by phone or in person? Only then trust it.</source>
        <translation>%1 stuurde deze sleutel. De vingerafdruk:

%2

Hebt u die telefonisch of persoonlijk met hen gecontroleerd? Vertrouw de sleutel pas dan.</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="170"/>
        <source>Checked: trust it</source>
        <translation>Gecontroleerd: vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="178"/>
        <source>The partner&apos;s name here:</source>
        <translation>De naam van de partner hier:</translation>
    </message>
    <message>
        <location filename="../../ui/partners_box.py" line="194"/>
        <source>Choose the partner to forget first.</source>
        <translation>Kies eerst de partner die u wilt vergeten.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../ui/progress.py" line="67"/>
        <source>Polling</source>
        <translation>Ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="68"/>
        <source>Classifying</source>
        <translation>Classificeren</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="69"/>
        <source>Preparing the classifier</source>
        <translation>Classificatie voorbereiden</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="70"/>
        <source>Training the classifier</source>
        <translation>Classificatie trainen</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="71"/>
        <source>Writing the brief</source>
        <translation>Overzicht schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="72"/>
        <source>Backing up the database</source>
        <translation>Reservekopie van de database maken</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="73"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="186"/>
        <source>%1: cancelling…</source>
        <translation>%1: wordt geannuleerd…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress.py" line="197"/>
        <source>%1: %2 of %Ln source(s) done</source>
        <translation>
            <numerusform>%1: %2 van %Ln bron klaar</numerusform>
            <numerusform>%1: %2 van %Ln bronnen klaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress.py" line="199"/>
        <source>%1: %2 of %Ln item(s)</source>
        <translation>
            <numerusform>%1: %2 van %Ln bericht</numerusform>
            <numerusform>%1: %2 van %Ln berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress.py" line="201"/>
        <source>%1: %2 of %Ln decided item(s) read</source>
        <translation>
            <numerusform>%1: %2 van %Ln beoordeeld bericht gelezen</numerusform>
            <numerusform>%1: %2 van %Ln beoordeelde berichten gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/progress.py" line="203"/>
        <source>%1: step %2 of %Ln</source>
        <translation>
            <numerusform>%1: stap %2 van %Ln</numerusform>
            <numerusform>%1: stap %2 van %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="206"/>
        <source>%1: %2 % copied</source>
        <translation>%1: %2 % gekopieerd</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="208"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="221"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PublicNamesDialog</name>
    <message>
        <location filename="../../ui/public_names_dialog.py" line="29"/>
        <source>Names that stay named</source>
        <translation>Namen die genoemd blijven</translation>
    </message>
    <message>
        <location filename="../../ui/public_names_dialog.py" line="33"/>
        <source>Public figures, organisations and their handles that pseudonymised exports keep named, one a line (# starts a comment). Organisations and offices recorded as actors always stay named.</source>
        <translation>Publieke figuren, organisaties en hun accountnamen die gepseudonimiseerde exports bij naam blijven noemen, één per regel (# begint een opmerking). Organisaties en ambten die als actor zijn vastgelegd blijven altijd genoemd.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <location filename="../../ui/quality_dialog.py" line="122"/>
        <source>Classifier report</source>
        <translation>Rapport van de classificatie</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="123"/>
        <location filename="../../ui/quality_dialog.py" line="137"/>
        <source>Items</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="128"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="128"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="128"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="134"/>
        <source>Development set</source>
        <translation>Ontwikkelset</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="135"/>
        <source>Your decisions</source>
        <translation>Uw beslissingen</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="137"/>
        <source>Precision</source>
        <translation>Precisie</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="137"/>
        <source>Recall</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="137"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="140"/>
        <source>Average (macro)</source>
        <translation>Gemiddelde (macro)</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="143"/>
        <source>Precision: of the items the model flags for a category, the share that carry it. Recall: of the items that carry a category, the share the model flags. F1 weighs the two together. Items: how many carry the category; in the last row, all items. The development set: examples held out from training (written for this project, and a share of each public dataset). Your decisions: items confirmed or rejected since the model was trained, which it never saw; they measure precision well, and recall only for the categories you added.</source>
        <translation>Precisie: van de berichten die het model bij een categorie markeert, het deel dat er werkelijk bij hoort. Gevonden: van de berichten die bij een categorie horen, het deel dat het model markeert (in vakliteratuur: recall). F1 weegt beide samen. Berichten: hoeveel berichten de categorie hebben; in de laatste rij alle berichten. De ontwikkelset: voorbeelden die buiten de training zijn gehouden (geschreven voor dit project, en een deel van elke openbare dataset). Uw beslissingen: berichten die zijn bevestigd of afgewezen sinds het model is getraind, en die het dus nooit heeft gezien; ze meten de precisie goed, maar hoeveel er gevonden wordt alleen voor de categorieën die u hebt toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dialog.py" line="183"/>
        <source>No trained model yet.</source>
        <translation>Nog geen getraind model.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/quality_dialog.py" line="189"/>
        <source>Model %1 (encoder %2), trained on %3 labelled examples and %Ln decision(s).</source>
        <translation>
            <numerusform>Model %1 (encoder %2), getraind op %3 gelabelde voorbeelden en %Ln beslissing.</numerusform>
            <numerusform>Model %1 (encoder %2), getraind op %3 gelabelde voorbeelden en %Ln beslissingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message numerus="yes">
        <location filename="../../ui/queue_controller.py" line="203"/>
        <source>%Ln item(s) confirmed — %1 undoes</source>
        <translation>
            <numerusform>%Ln bericht bevestigd — %1 maakt ongedaan</numerusform>
            <numerusform>%Ln berichten bevestigd — %1 maakt ongedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue_controller.py" line="204"/>
        <source>%Ln item(s) rejected — %1 undoes</source>
        <translation>
            <numerusform>%Ln bericht afgewezen — %1 maakt ongedaan</numerusform>
            <numerusform>%Ln berichten afgewezen — %1 maakt ongedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue_controller.py" line="205"/>
        <source>%Ln item(s) escalated — %1 undoes</source>
        <translation>
            <numerusform>%Ln bericht geëscaleerd — %1 maakt ongedaan</numerusform>
            <numerusform>%Ln berichten geëscaleerd — %1 maakt ongedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue_controller.py" line="206"/>
        <source>%Ln item(s) relabelled — %1 undoes</source>
        <translation>
            <numerusform>Categorieën van %Ln bericht aangepast — %1 maakt ongedaan</numerusform>
            <numerusform>Categorieën van %Ln berichten aangepast — %1 maakt ongedaan</numerusform>
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
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="88"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="89"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="90"/>
        <source>Lang.</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="91"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="236"/>
        <source>The feed gave no usable date: this is when it was fetched.</source>
        <translation>De feed gaf geen bruikbare datum: dit is wanneer het bericht is opgehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="238"/>
        <source>%1 has it open</source>
        <translation>%1 heeft dit bericht open</translation>
    </message>
</context>
<context>
    <name>RiseWords</name>
    <message>
        <location filename="../../ui/rises_dialog.py" line="52"/>
        <source>tag %1</source>
        <translation>label %1</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="53"/>
        <source>everywhere</source>
        <translation>overal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rises_dialog.py" line="59"/>
        <source>%1 rising in %2: %n item(s) (usually %3)</source>
        <translation>
            <numerusform>%1 stijgt in %2: %n bericht (gewoonlijk %3)</numerusform>
            <numerusform>%1 stijgt in %2: %n berichten (gewoonlijk %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rises_dialog.py" line="61"/>
        <source>%1 rising: %n item(s) (usually %3)</source>
        <translation>
            <numerusform>%1 stijgt: %n bericht (gewoonlijk %3)</numerusform>
            <numerusform>%1 stijgt: %n berichten (gewoonlijk %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RisesDialog</name>
    <message>
        <location filename="../../ui/rises_dialog.py" line="101"/>
        <source>What is rising</source>
        <translation>Wat stijgt er</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rises_dialog.py" line="105"/>
        <source>Days of the last %n day(s) on which a category&apos;s flagged items, in a country or under a source tag, rose well above what that weekday usually has (so many would come by chance less than once in 1,000 days).</source>
        <translation>
            <numerusform>De dag waarop de gemarkeerde berichten van een categorie, in een land of onder een bronlabel, ruim uitstegen boven wat die weekdag gewoonlijk heeft (zoveel zou minder dan eens in de 1.000 dagen bij toeval voorkomen).</numerusform>
            <numerusform>Dagen van de laatste %n dagen waarop de gemarkeerde berichten van een categorie, in een land of onder een bronlabel, ruim uitstegen boven wat die weekdag gewoonlijk heeft (zoveel zou minder dan eens in de 1.000 dagen bij toeval voorkomen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="117"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="118"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="119"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="120"/>
        <source>Items</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="121"/>
        <source>Usual</source>
        <translation>Gewoonlijk</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="122"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="128"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="128"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="128"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="138"/>
        <source>Enter or a double click shows the item (deciding nothing).</source>
        <translation>Enter of dubbelklikken toont het bericht (er wordt niets besloten).</translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="140"/>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rises_dialog.py" line="166"/>
        <source>%n rise(s).</source>
        <translation>
            <numerusform>%n stijging.</numerusform>
            <numerusform>%n stijgingen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rises_dialog.py" line="168"/>
        <source>Nothing rose well above its usual level.</source>
        <translation>Niets steeg ruim boven het gewone niveau.</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../ui/rule_form.py" line="37"/>
        <source>Words or phrases</source>
        <translation>Woorden of zinsdelen</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="38"/>
        <source>Score of a category at least</source>
        <translation>Score van een categorie minstens</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="39"/>
        <source>Source (id)</source>
        <translation>Bron (id)</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="40"/>
        <source>Source tag</source>
        <translation>Bronlabel</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="41"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="42"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="43"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="44"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="86"/>
        <source>Remove this condition</source>
        <translation>Deze voorwaarde verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="111"/>
        <source>for example: %1</source>
        <translation>bijvoorbeeld: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="149"/>
        <source>all of these conditions</source>
        <translation>alle voorwaarden hieronder</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="150"/>
        <source>any of these conditions</source>
        <translation>een van de voorwaarden hieronder</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="153"/>
        <source>Add a condition</source>
        <translation>Voorwaarde toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="155"/>
        <source>Add the category</source>
        <translation>Categorie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="159"/>
        <source>Escalate</source>
        <translation>Escaleren</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="160"/>
        <source>Raise an alert</source>
        <translation>Een melding geven</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="161"/>
        <source>Set the priority</source>
        <translation>Prioriteit zetten</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="164"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="165"/>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="166"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="170"/>
        <source>Mark not relevant</source>
        <translation>Als niet relevant markeren</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="171"/>
        <source>Its alerts show a desktop notification</source>
        <translation>De meldingen ook op het bureaublad tonen</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="173"/>
        <source>Switched on</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="180"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="181"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="182"/>
        <source>Match items with</source>
        <translation>Berichten met</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="186"/>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="196"/>
        <source>Then</source>
        <translation>Dan</translation>
    </message>
    <message>
        <location filename="../../ui/rule_form.py" line="200"/>
        <source>Words match whole words in any case; a * at the end matches any ending (ideolog* finds ideologie and ideologies). Separate values with commas.</source>
        <translation>Woorden tellen als hele woorden, hoofdletters of niet; een * aan het eind staat voor elke uitgang (ideolog* vindt ideologie en ideologieën). Scheid waarden met komma&apos;s.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/rules_dialog.py" line="87"/>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="92"/>
        <source>New rule</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="94"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="100"/>
        <source>Form</source>
        <translation>Formulier</translation>
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
            <numerusform>Proberen op de laatste dag</numerusform>
            <numerusform>Proberen op de laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="108"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="110"/>
        <source>Run on stored items</source>
        <translation>Op opgeslagen berichten toepassen</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="113"/>
        <source>Run the saved rule over every stored item now (new items get it by themselves)</source>
        <translation>De opgeslagen regel nu op alle opgeslagen berichten toepassen (nieuwe berichten krijgen hem vanzelf)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="120"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="120"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="120"/>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="120"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="178"/>
        <source>%1 (off)</source>
        <translation>%1 (uit)</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="194"/>
        <source>rules.yaml cannot be read; fix it first:</source>
        <translation>rules.yaml is niet te lezen; herstel het eerst:</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="213"/>
        <source>This rule has conditions inside conditions: edit it as YAML.</source>
        <translation>Deze regel heeft voorwaarden binnen voorwaarden: bewerk hem als YAML.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="223"/>
        <source>A new rule: give it a name, its conditions and what it does.</source>
        <translation>Een nieuwe regel: geef hem een naam, voorwaarden en wat hij doet.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="250"/>
        <source>This rule does not fit the form.</source>
        <translation>Deze regel past niet in het formulier.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="252"/>
        <source>Edit it as YAML: %1</source>
        <translation>Bewerk hem als YAML: %1</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="272"/>
        <source>Trying the rule…</source>
        <translation>De regel wordt geprobeerd…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules_dialog.py" line="283"/>
        <source>It would have matched %n item(s) of the last %1 days; nothing was changed.</source>
        <translation>
            <numerusform>Hij zou %n bericht van de laatste %1 dagen hebben gevonden; er is niets veranderd.</numerusform>
            <numerusform>Hij zou %n berichten van de laatste %1 dagen hebben gevonden; er is niets veranderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="334"/>
        <source>Saved: the rule runs on every new item from now on.</source>
        <translation>Opgeslagen: de regel geldt vanaf nu voor elk nieuw bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="342"/>
        <source>Delete the rule</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="343"/>
        <source>Delete the rule “%1”? What it decided stays in the items&apos; history.</source>
        <translation>De regel “%1” verwijderen? Wat hij besliste blijft in de geschiedenis van de berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="364"/>
        <source>Save the rule first: only a saved rule runs on stored items.</source>
        <translation>Sla de regel eerst op: alleen een opgeslagen regel loopt over opgeslagen berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_dialog.py" line="367"/>
        <source>Running the rule over the stored items…</source>
        <translation>De regel loopt over de opgeslagen berichten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rules_dialog.py" line="383"/>
        <source>%n item(s) newly matched · decisions: %1 · alerts: %2</source>
        <translation>
            <numerusform>%n bericht nieuw gevonden · beslissingen: %1 · meldingen: %2</numerusform>
            <numerusform>%n berichten nieuw gevonden · beslissingen: %1 · meldingen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerWait</name>
    <message numerus="yes">
        <location filename="../../ui/server_wait.py" line="51"/>
        <source>%n decision(s) kept from the last session will be sent once it answers.</source>
        <translation>
            <numerusform>%n beslissing van de vorige sessie wordt verstuurd zodra de database antwoordt.</numerusform>
            <numerusform>%n beslissingen van de vorige sessie worden verstuurd zodra de database antwoordt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/server_wait.py" line="58"/>
        <source>Try now</source>
        <translation>Nu proberen</translation>
    </message>
    <message>
        <location filename="../../ui/server_wait.py" line="59"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/server_wait.py" line="74"/>
        <source>Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Opnieuw proberen over %n seconde…</numerusform>
            <numerusform>Opnieuw proberen over %n seconden…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/server_wait.py" line="88"/>
        <source>Trying to reach it…</source>
        <translation>Verbinding zoeken…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Classifier</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Polling</source>
        <translation>Ophalen</translation>
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
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>Analyst name</source>
        <translation>Naam analist</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="180"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>Closing the window</source>
        <translation>Venster sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="183"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Recorded with every decision</source>
        <translation>Wordt bij elk besluit vastgelegd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>Named under the title of the weekly brief</source>
        <translation>Staat onder de titel van het weekoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Notify me of new items above an alert threshold</source>
        <translation>Meld nieuwe berichten boven een meldingsdrempel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="195"/>
        <source>Ask the first time</source>
        <translation>De eerste keer vragen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Keep polling in the background</source>
        <translation>Op de achtergrond blijven ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>Quit: polling stops</source>
        <translation>Afsluiten: ophalen stopt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <source>In the background, alerts still come as desktop notifications; the tray icon, or starting Pushback Monitor again, opens the window. Quit (Ctrl+Q) always stops polling. Without a tray and a notification service, closing the window quits.</source>
        <translation>Op de achtergrond komen meldingen nog steeds als bureaubladmelding binnen; het pictogram in het systeemvak, of Pushback Monitor opnieuw starten, opent het venster. Afsluiten (Ctrl+Q) stopt het ophalen altijd. Zonder systeemvak en zonder meldingendienst sluit het sluiten van het venster de app af.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="212"/>
        <source>Classify items</source>
        <translation>Berichten classificeren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Language model</source>
        <translation>Taalmodel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Method</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="215"/>
        <location filename="../../ui/settings_dialog.py" line="321"/>
        <source>Model folder</source>
        <translation>Modelmap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="216"/>
        <source>Faster int8 model</source>
        <translation>Sneller int8-model</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="221"/>
        <source>Classify new items (off: poll and store only)</source>
        <translation>Nieuwe berichten classificeren (uit: alleen ophalen en opslaan)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Multilingual: multilingual-e5-small (trained model ships)</source>
        <translation>Meertalig: multilingual-e5-small (getraind model meegeleverd)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="228"/>
        <source>English only: all-MiniLM-L6-v2 (trains on first use)</source>
        <translation>Alleen Engels: all-MiniLM-L6-v2 (traint bij eerste gebruik)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="236"/>
        <source>The model that reads the texts. Another language model gets its own trained model: the one this data folder had before, or one trained here on the labelled examples and your decisions, which takes some minutes.</source>
        <translation>Het model dat de teksten leest. Een ander taalmodel krijgt een eigen getraind model: het model dat deze gegevensmap eerder had, of een model dat hier wordt getraind op de gelabelde voorbeelden en uw beslissingen; dat duurt enkele minuten.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>Trained here on the labelled examples</source>
        <translation>Hier getraind op de gelabelde voorbeelden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="243"/>
        <source>A classification model of your own</source>
        <translation>Een eigen classificatiemodel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="244"/>
        <source>Zero-shot: without training</source>
        <translation>Zonder training (zero-shot)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="249"/>
        <source>How items are scored: by a small model trained here on what the language model reads, or by a model of your own in the model folder</source>
        <translation>Hoe berichten hun score krijgen: door een klein model dat hier is getraind op wat het taalmodel leest, of door een eigen model in de modelmap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="253"/>
        <source>The built-in model</source>
        <translation>Het ingebouwde model</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="254"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="255"/>
        <source>Quantised to int8: faster, very slightly less accurate</source>
        <translation>Gekwantiseerd naar int8: sneller, heel iets minder nauwkeurig</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="258"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="258"/>
        <source>Flag from score</source>
        <translation>Markeren vanaf score</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="258"/>
        <source>Alert from score</source>
        <translation>Melden vanaf score</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="266"/>
        <source>model&apos;s own</source>
        <translation>van het model</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="267"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>Poll every</source>
        <translation>Ophalen elke</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>Give up a fetch after</source>
        <translation>Ophalen opgeven na</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="270"/>
        <source>User agent</source>
        <translation>User-agent</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="275"/>
        <source>For sources without an interval of their own; for example 30m or 2h</source>
        <translation>Voor bronnen zonder eigen interval; bijvoorbeeld 30m of 2h</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="309"/>
        <source>This ONNX model folder has no int8 model (%1)</source>
        <translation>Deze ONNX-modelmap heeft geen int8-model (%1)</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/share_dialog.py" line="60"/>
        <source>Share findings with partners</source>
        <translation>Bevindingen delen met partners</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="91"/>
        <source>The findings of a period</source>
        <translation>De bevindingen van een periode</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share_dialog.py" line="92"/>
        <source>The selected items (%n)</source>
        <translation>
            <numerusform>Het gekozen bericht (%n)</numerusform>
            <numerusform>De gekozen berichten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="100"/>
        <source>Pseudonymise private persons</source>
        <translation>Privépersonen pseudonimiseren</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="103"/>
        <source>Handles and names of private persons become stable pseudonyms; public figures and organisations on the list stay named (docs/privacy.md)</source>
        <translation>Accountnamen en namen van privépersonen worden vaste pseudoniemen; publieke figuren en organisaties op de lijst blijven bij naam genoemd (docs/privacy.md)</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="111"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="113"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="126"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="127"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="128"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="129"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="130"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="131"/>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="132"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="67"/>
        <source>Each finding also takes its link, the time it was confirmed here and the SHA-256 of its evidence. Its text, its author, the model&apos;s scores and who decided stay here. Notes go only where an analyst marked them as shareable.</source>
        <translation>Elke bevinding neemt ook de link mee, het moment waarop ze hier werd bevestigd en de SHA-256 van het bewijs. De tekst, de auteur, de scores van het model en wie besliste blijven hier. Notities gaan alleen mee als een analist ze als deelbaar markeerde.</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="74"/>
        <source>Save bundle…</source>
        <translation>Bundel opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="156"/>
        <source>This organisation has no signing key yet: make one in Settings › Partners, then share.</source>
        <translation>Deze organisatie heeft nog geen ondertekeningssleutel: maak er een in Instellingen › Partners en deel daarna.</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="193"/>
        <source>Reading the findings…</source>
        <translation>De bevindingen worden gelezen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share_dialog.py" line="217"/>
        <source>%n finding(s) will leave, signed by %1 (key %2).</source>
        <translation>
            <numerusform>%n bevinding gaat de deur uit, ondertekend door %1 (sleutel %2).</numerusform>
            <numerusform>%n bevindingen gaan de deur uit, ondertekend door %1 (sleutel %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="232"/>
        <source>Save the bundle</source>
        <translation>Bundel opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.py" line="234"/>
        <source>Findings bundles (*.zip)</source>
        <translation>Bundels met bevindingen (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/share_dialog.py" line="247"/>
        <source>Wrote %1: %n finding(s), signed.</source>
        <translation>
            <numerusform>%1 geschreven: %n bevinding, ondertekend.</numerusform>
            <numerusform>%1 geschreven: %n bevindingen, ondertekend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="79"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="101"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="101"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/source_form.py" line="139"/>
        <source>Add a source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="141"/>
        <source>Edit source %1</source>
        <translation>Bron %1 bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="145"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="146"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="198"/>
        <source>Feed address</source>
        <translation>Feedadres</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="199"/>
        <source>Mastodon server</source>
        <translation>Mastodon-server</translation>
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
        <translation>Bluesky-account</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="203"/>
        <source>Search words</source>
        <translation>Zoekwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="204"/>
        <source>Bluesky server</source>
        <translation>Bluesky-server</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="205"/>
        <source>Telegram channel</source>
        <translation>Telegramkanaal</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="206"/>
        <source>Telegram server</source>
        <translation>Telegram-server</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="148"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="149"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="150"/>
        <location filename="../../ui/source_form.py" line="191"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="151"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="152"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="153"/>
        <source>Poll every</source>
        <translation>Ophalen elke</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="154"/>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="155"/>
        <source>Notify of its alerts</source>
        <translation>Meldingen op het bureaublad</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="162"/>
        <source>e.g. nl</source>
        <translation>bijv. nl</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="163"/>
        <source>e.g. NL</source>
        <translation>bijv. NL</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="164"/>
        <source>news, politics</source>
        <translation>nieuws, politiek</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="167"/>
        <source>Paste any address and press Test to find the source behind it, or choose the kind and fill in its fields.</source>
        <translation>Plak een willekeurig adres en druk op Testen om de bron erachter te vinden, of kies de soort en vul de velden in.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="171"/>
        <source>Test fetches the source as it is filled in here.</source>
        <translation>Testen haalt de bron op zoals die hier is ingevuld.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="175"/>
        <source>Any address: a feed, a web page that links to its feed, a YouTube channel, a subreddit, a Telegram channel, a Bluesky profile, a Mastodon hashtag or account. Test finds the source it stands for.</source>
        <translation>Elk adres: een feed, een webpagina die naar zijn feed linkt, een YouTube-kanaal, een subreddit, een Telegramkanaal, een Bluesky-profiel, een Mastodon-hashtag of -account. Testen zoekt uit welke bron het is.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="182"/>
        <source>Stable and unique; items refer to it. Left empty, one is made from the address.</source>
        <translation>Vast en uniek; berichten verwijzen ernaar. Leeg gelaten wordt er een gemaakt uit het adres.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="185"/>
        <source>Left empty, the feed&apos;s own title is used.</source>
        <translation>Leeg gelaten wordt de eigen titel van de feed gebruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="186"/>
        <source>For example 90s, 15m or 2h</source>
        <translation>Bijvoorbeeld 90s, 15m of 2h</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="187"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="189"/>
        <source>Fetch the source once and show what it yields; nothing is stored</source>
        <translation>De bron één keer ophalen en tonen wat ze oplevert; er wordt niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="191"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="191"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="272"/>
        <source>Fetching…</source>
        <translation>Bezig met ophalen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/source_form.py" line="298"/>
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n bericht gevonden.</numerusform>
            <numerusform>%n berichten gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="299"/>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="332"/>
        <source>The test failed: %1</source>
        <translation>De test is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/source_form.py" line="338"/>
        <source>Press Test first to find the source at this address.</source>
        <translation>Druk eerst op Testen om de bron op dit adres te vinden.</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../ui/sources_model.py" line="76"/>
        <source>Web feed (RSS/Atom/JSON)</source>
        <translation>Webfeed (RSS/Atom/JSON)</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ui/sources_dialog.py" line="115"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="117"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="118"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="119"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="120"/>
        <source>Enable/disable</source>
        <translation>Aan/uit</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="121"/>
        <source>Poll now</source>
        <translation>Nu ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="122"/>
        <source>Import OPML…</source>
        <translation>OPML importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="123"/>
        <source>Export OPML…</source>
        <translation>OPML exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="156"/>
        <source>The team&apos;s sources, kept in its database: a change reaches everyone&apos;s app and the team&apos;s poller at once.</source>
        <translation>De bronnen van het team, bewaard in de database van het team: een wijziging bereikt meteen ieders app en de poller van het team.</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="160"/>
        <source>Only the team&apos;s editors can change them.</source>
        <translation>Alleen de redacteuren van het team kunnen ze wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="35"/>
        <source>Select a source to see its address and its last error in full.</source>
        <translation>Selecteer een bron om het adres en de laatste fout volledig te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="203"/>
        <source>Health: %1</source>
        <translation>Toestand: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="206"/>
        <source>Last poll: %1</source>
        <translation>Laatst opgehaald: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="210"/>
        <source>Last error (%1, %Ln failure(s) in a row):</source>
        <translation>
            <numerusform>Laatste fout (%1, %Ln keer mislukt):</numerusform>
            <numerusform>Laatste fout (%1, %Ln keer achter elkaar mislukt):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="225"/>
        <source>Last 30 days: %n poll(s) answered, %1 of them “not modified”; %2 s a poll on average.</source>
        <translation>
            <numerusform>Laatste 30 dagen: %n ophaalpoging beantwoord, %1 daarvan „niet gewijzigd”; gemiddeld %2 s per poging.</numerusform>
            <numerusform>Laatste 30 dagen: %n ophaalpogingen beantwoord, %1 daarvan „niet gewijzigd”; gemiddeld %2 s per poging.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="47"/>
        <source>Use the new address</source>
        <translation>Het nieuwe adres gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="48"/>
        <source>Its address now sends polls for good to %1.</source>
        <translation>Het adres stuurt verzoeken nu blijvend door naar %1.</translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="51"/>
        <source>Switch it off</source>
        <translation>Uitzetten</translation>
    </message>
    <message>
        <location filename="../../ui/source_details.py" line="52"/>
        <source>Its server says it is gone for good (410).</source>
        <translation>De server meldt dat de bron blijvend weg is (410).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="292"/>
        <source>Remove %n source(s) from feeds.yaml? Their stored items are kept.</source>
        <translation>
            <numerusform>Deze bron uit feeds.yaml verwijderen? Haar opgeslagen berichten blijven bewaard.</numerusform>
            <numerusform>Deze %n bronnen uit feeds.yaml verwijderen? Hun opgeslagen berichten blijven bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="294"/>
        <source>Remove source(s)</source>
        <translation>
            <numerusform>Bron verwijderen</numerusform>
            <numerusform>Bronnen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="355"/>
        <source>%Ln source(s) added from %1.</source>
        <translation>
            <numerusform>%Ln bron toegevoegd uit %1.</numerusform>
            <numerusform>%Ln bronnen toegevoegd uit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="359"/>
        <source>%Ln already present.</source>
        <translation>
            <numerusform>%Ln was er al.</numerusform>
            <numerusform>%Ln waren er al.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sources_dialog.py" line="382"/>
        <source>%Ln source(s) written to %1.</source>
        <translation>
            <numerusform>%Ln bron geschreven naar %1.</numerusform>
            <numerusform>%Ln bronnen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="215"/>
        <source>Last warning: %1</source>
        <translation>Laatste waarschuwing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="218"/>
        <source>Gone silent: nothing new since %1, while it usually publishes every %2.</source>
        <translation>Stilgevallen: niets nieuws sinds %1, terwijl de bron gewoonlijk elke %2 publiceert.</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="340"/>
        <source>Import OPML</source>
        <translation>OPML importeren</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="340"/>
        <location filename="../../ui/sources_dialog.py" line="371"/>
        <source>OPML files (*.opml *.xml)</source>
        <translation>OPML-bestanden (*.opml *.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="361"/>
        <source>Not added:</source>
        <translation>Niet toegevoegd:</translation>
    </message>
    <message>
        <location filename="../../ui/sources_dialog.py" line="369"/>
        <source>Export OPML</source>
        <translation>OPML exporteren</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../ui/sources_model.py" line="158"/>
        <source>working</source>
        <translation>werkt</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="159"/>
        <source>failing</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="160"/>
        <source>gone silent</source>
        <translation>stilgevallen</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="161"/>
        <source>not polled yet</source>
        <translation>nog niet opgehaald</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="162"/>
        <source>switched off</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="175"/>
        <source>Failed polls in a row, up to now</source>
        <translation>Mislukte ophaalpogingen op rij, tot nu</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="176"/>
        <source>Items the source delivered a day, over the last 7 days</source>
        <translation>Berichten die de bron per dag leverde, over de laatste 7 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="178"/>
        <source>The share of polls in the last 30 days that the server answered “not modified”: a source that says so costs little to poll</source>
        <translation>Het deel van de ophaalpogingen in de laatste 30 dagen waarop de server „niet gewijzigd” antwoordde: zo&apos;n bron kost weinig om op te halen</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="181"/>
        <source>How long a poll took, on average over the last 30 days</source>
        <translation>Hoe lang een ophaalpoging duurde, gemiddeld over de laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="186"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="187"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="188"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="189"/>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="190"/>
        <source>Last success</source>
        <translation>Laatst gelukt</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="191"/>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="192"/>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="193"/>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="194"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="195"/>
        <source>Fetch time</source>
        <translation>Ophaaltijd</translation>
    </message>
    <message>
        <location filename="../../ui/sources_model.py" line="196"/>
        <source>Health</source>
        <translation>Toestand</translation>
    </message>
</context>
<context>
    <name>StartPrompt</name>
    <message>
        <location filename="../../ui/encryption_box.py" line="334"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_box.py" line="339"/>
        <source>The database %1 is encrypted. Its passphrase:</source>
        <translation>De database %1 is versleuteld. De wachtwoordzin:</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../ui/status_panel.py" line="158"/>
        <source>Resume polling</source>
        <translation>Ophalen hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="158"/>
        <source>Pause polling</source>
        <translation>Ophalen pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="160"/>
        <source>Stop and restart the polling schedule</source>
        <translation>Het ophaalschema stoppen en weer starten</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="313"/>
        <source>Show the sources and their errors</source>
        <translation>De bronnen en hun fouten tonen</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="161"/>
        <source>Show the new items in the list (Ctrl+R)</source>
        <translation>De nieuwe berichten in de lijst tonen (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="207"/>
        <source>%1 skipped: %2</source>
        <translation>%1 overgeslagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="210"/>
        <source>Back from sleep: catching up on missed polls</source>
        <translation>Terug uit de slaapstand: gemiste ophaalbeurten worden ingehaald</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="223"/>
        <source>Classifier ready (model %1)</source>
        <translation>Classificatie klaar (model %1)</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="223"/>
        <source>Classifier ready</source>
        <translation>Classificatie klaar</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="227"/>
        <source>Classifier switched off in the settings</source>
        <translation>Classificatie uitgeschakeld in de instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="227"/>
        <source>Classifier off</source>
        <translation>Classificatie uit</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="228"/>
        <source>Classifier unavailable</source>
        <translation>Classificatie niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="229"/>
        <source>Classifier unavailable (%1); new items wait unclassified</source>
        <translation>Classificatie niet beschikbaar (%1); nieuwe berichten wachten ongeclassificeerd</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="256"/>
        <source>Next poll unknown</source>
        <translation>Volgende ophaalbeurt onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="279"/>
        <source>Polling %1</source>
        <translation>Bezig met ophalen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="284"/>
        <source>Polling paused</source>
        <translation>Ophalen gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="288"/>
        <source>Next poll %1</source>
        <translation>Volgende ophaalbeurt %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="290"/>
        <source>Next poll %1 (%2)</source>
        <translation>Volgende ophaalbeurt %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/status_panel.py" line="295"/>
        <source>No poll scheduled</source>
        <translation>Geen ophaalbeurt gepland</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_panel.py" line="318"/>
        <source>⚠ %n source(s) failing</source>
        <translation>
            <numerusform>⚠ %n bron mislukt</numerusform>
            <numerusform>⚠ %n bronnen mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_panel.py" line="298"/>
        <source>%n new item(s) – Ctrl+R</source>
        <translation>
            <numerusform>%n nieuw bericht – Ctrl+R</numerusform>
            <numerusform>%n nieuwe berichten – Ctrl+R</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="48"/>
        <source>Show Pushback Monitor</source>
        <translation>Pushback Monitor tonen</translation>
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
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="59"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="60"/>
        <source>Relabel</source>
        <translation>Categorieën aanpassen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="61"/>
        <source>Escalate</source>
        <translation>Escaleren</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="62"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="67"/>
        <source>Confirm, severity high</source>
        <translation>Bevestigen, ernst hoog</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="68"/>
        <source>Confirm, severity medium</source>
        <translation>Bevestigen, ernst middel</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="69"/>
        <source>Confirm, severity low</source>
        <translation>Bevestigen, ernst laag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage.py" line="127"/>
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 (%Ln bericht)</numerusform>
            <numerusform>%1 (%Ln berichten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="184"/>
        <source>The decisions kept last time cannot be read: %1. The file is kept as %2.</source>
        <translation>De beslissingen die de vorige keer bewaard zijn, zijn niet te lezen: %1. Het bestand is bewaard als %2.</translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="40"/>
        <source>The database is busy in another program.</source>
        <translation>De database is bezet door een ander programma.</translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="41"/>
        <source>The disk is full: make room on it.</source>
        <translation>De schijf is vol: maak er ruimte op.</translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="42"/>
        <source>The database or its folder is read-only.</source>
        <translation>De database of de map ervan is alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/triage.py" line="43"/>
        <source>The database server cannot be reached.</source>
        <translation>De databaseserver is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_command.py" line="63"/>
        <source>Actors</source>
        <translation>Actoren</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/triage_view.py" line="90"/>
        <source>Note on “%1”:</source>
        <translation>Notitie bij “%1”:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_view.py" line="93"/>
        <source>Note on %n item(s):</source>
        <translation>
            <numerusform>Notitie bij %n bericht:</numerusform>
            <numerusform>Notitie bij %n berichten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_view.py" line="127"/>
        <source>⚠ %n decision(s) not saved</source>
        <translation>
            <numerusform>⚠ %n beslissing niet opgeslagen</numerusform>
            <numerusform>⚠ %n beslissingen niet opgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_view.py" line="156"/>
        <source>%n decision(s) not saved</source>
        <translation>
            <numerusform>%n beslissing niet opgeslagen</numerusform>
            <numerusform>%n beslissingen niet opgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/triage_view.py" line="162"/>
        <source>%n decision(s) could not be saved yet. If you quit now, they are lost.</source>
        <translation>
            <numerusform>%n beslissing kon nog niet worden opgeslagen. Als u nu afsluit, gaat die verloren.</numerusform>
            <numerusform>%n beslissingen konden nog niet worden opgeslagen. Als u nu afsluit, gaan ze verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/triage_view.py" line="171"/>
        <source>Quit anyway</source>
        <translation>Toch afsluiten</translation>
    </message>
</context>
</TS>
