<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Next step ›</source>
        <translation>Nächster Schritt ›</translation>
    </message>
    <message>
        <source>Next step of the picture</source>
        <translation>Nächster Schritt im Bild</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Read about this: %1 ›</source>
        <translation>Mehr dazu lesen: %1 ›</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Space: play or pause the picture (when it has focus)</source>
        <translation>Leertaste: das Bild abspielen oder anhalten (wenn es ausgewählt ist)</translation>
    </message>
    <message>
        <source>Left / Right: the step before or after</source>
        <translation>Links / Rechts: der Schritt davor oder danach</translation>
    </message>
    <message>
        <source>Home: the picture from the start</source>
        <translation>Pos1: das Bild von Anfang an</translation>
    </message>
    <message>
        <source>Tab: move to the next button; Enter or Space presses it</source>
        <translation>Tab: zur nächsten Schaltfläche; Eingabe oder Leertaste drückt sie</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the topic you read before</source>
        <translation>Zurück zum Thema, das Sie vorher gelesen haben</translation>
    </message>
    <message>
        <source>Forward ›</source>
        <translation>Vor ›</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward to the next topic in your history</source>
        <translation>Vor zum nächsten Thema in Ihrem Verlauf</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Home: the first topic</source>
        <translation>Start: das erste Thema</translation>
    </message>
    <message>
        <source>Home: every topic</source>
        <translation>Start: alle Themen</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Voriges</translation>
    </message>
    <message>
        <source>Previous topic</source>
        <translation>Voriges Thema</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Nächstes Thema</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Tastatur-Tasten</translation>
    </message>
    <message>
        <source>Show the keyboard keys</source>
        <translation>Die Tastatur-Tasten zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>App schließen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild an oder aus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the card or leave full screen</source>
        <translation>Karte schließen oder Vollbild beenden</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <source>I&apos;m still here: keep reading</source>
        <translation>Ich bin noch da: weiterlesen</translation>
    </message>
    <message>
        <source>Starting over in 1 second for the next person.</source>
        <translation>In 1 Sekunde beginnt alles neu für die nächste Person.</translation>
    </message>
    <message>
        <source>Starting over in %1 seconds for the next person.</source>
        <translation>In %1 Sekunden beginnt alles neu für die nächste Person.</translation>
    </message>
</context>
<context>
    <name>DiagramControls</name>
    <message>
        <source>Next step ›</source>
        <translation>Nächster Schritt ›</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Restart from the beginning (Home)</source>
        <translation>Von vorn beginnen (Pos1)</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Voriger Schritt (Pfeil nach links)</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Nächster Schritt (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Time in the story</source>
        <translation>Stelle in der Geschichte</translation>
    </message>
    <message>
        <source>½×</source>
        <translation>½×</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Tempo %1</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Show names in the diagram</source>
        <translation>Namen im Bild zeigen</translation>
    </message>
    <message>
        <source>Still pictures</source>
        <translation>Standbilder</translation>
    </message>
    <message>
        <source>Still pictures instead of movement</source>
        <translation>Standbilder statt Bewegung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
</context>
<context>
    <name>DiagramPanel</name>
    <message>
        <source>How T cells find cancer: before and after therapy</source>
        <translation>Wie T-Zellen Krebs finden: vor und nach der Therapie</translation>
    </message>
    <message>
        <source>Show the text too</source>
        <translation>Auch den Text zeigen</translation>
    </message>
    <message>
        <source>Bigger picture</source>
        <translation>Größeres Bild</translation>
    </message>
    <message>
        <source>Show the text beside the picture again</source>
        <translation>Den Text wieder neben dem Bild zeigen</translation>
    </message>
    <message>
        <source>Make the picture bigger: it takes the whole width</source>
        <translation>Das Bild größer machen: es nimmt die ganze Breite ein</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Diagram: T cells and cancer cells</source>
        <translation>Schaubild: T-Zellen und Krebszellen</translation>
    </message>
</context>
<context>
    <name>EndCard</name>
    <message>
        <source>You&apos;ve finished</source>
        <translation>Geschafft!</translation>
    </message>
    <message>
        <source>Well done. Tell your nurse or doctor one thing you learned today, and ask them anything that is still not clear.</source>
        <translation>Gut gemacht. Erzählen Sie Ihrer Pflegekraft oder Ihrer Ärztin oder Ihrem Arzt eine Sache, die Sie heute gelernt haben, und fragen Sie nach allem, was noch nicht klar ist.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>GlossaryCard</name>
    <message>
        <source>Word explained</source>
        <translation>Wort erklärt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Erklärung schließen</translation>
    </message>
</context>
<context>
    <name>KioskScreens</name>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation>Wählen Sie eine Sprache</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Understanding immunotherapy</source>
        <translation>Immuntherapie verstehen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings: text size, language, contrast, pictures</source>
        <translation>Einstellungen: Schriftgröße, Sprache, Kontrast, Bilder</translation>
    </message>
    <message>
        <source>Topic %1 of %2</source>
        <translation>Thema %1 von %2</translation>
    </message>
    <message>
        <source>Finish ›</source>
        <translation>Fertig ›</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Finish: you have read every topic</source>
        <translation>Fertig: Sie haben alle Themen gelesen</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Nächstes Thema</translation>
    </message>
    <message>
        <source># Sorry, there is nothing to read yet

The information for this screen could not be loaded. Please ask a member of staff for help.

*For staff: run `ioexplainer check` to see what is wrong.*</source>
        <translation># Leider gibt es hier noch nichts zu lesen

Die Informationen für diese Seite konnten nicht geladen werden. Bitte fragen Sie das Personal um Hilfe.

*Für das Personal: Führen Sie `ioexplainer check` aus, um zu sehen, was nicht stimmt.*</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter hören</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation>Vorlesen anhalten</translation>
    </message>
    <message>
        <source>Go on reading aloud</source>
        <translation>Weiter vorlesen</translation>
    </message>
    <message>
        <source>Listen: read this page aloud</source>
        <translation>Vorlesen: diese Seite laut vorlesen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Menu: topics, language, settings and more</source>
        <translation>Menü: Themen, Sprache, Einstellungen und mehr</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Topics: the list of every topic</source>
        <translation>Themen: die Liste aller Themen</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Tastatur-Tasten</translation>
    </message>
    <message>
        <source>Word not found</source>
        <translation>Wort nicht gefunden</translation>
    </message>
    <message>
        <source>Sorry, there is no explanation for this word yet.</source>
        <translation>Leider gibt es für dieses Wort noch keine Erklärung.</translation>
    </message>
    <message>
        <source>Not available here</source>
        <translation>Hier nicht verfügbar</translation>
    </message>
    <message>
        <source>This app works without the internet, so it cannot open websites or files. Please ask your care team for this information.</source>
        <translation>Diese App arbeitet ohne Internet. Darum kann sie keine Webseiten oder Dateien öffnen. Bitte fragen Sie Ihr Behandlungsteam nach dieser Information.</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below ↓</source>
        <translation>Mehr darunter ↓</translation>
    </message>
    <message>
        <source>Show more of the words below</source>
        <translation>Mehr vom Text darunter zeigen</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Choose a topic to read. Use the arrow keys and Enter.</source>
        <translation>Wählen Sie ein Thema zum Lesen. Nutzen Sie die Pfeiltasten und die Eingabetaste.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Nur für Personal: PIN eingeben</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Falsche PIN. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Locked for %1 s.</source>
        <translation>Zu viele falsche Versuche. Gesperrt für %1 s.</translation>
    </message>
    <message>
        <source>You can try again.</source>
        <translation>Sie können es noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>PrintButtons</name>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save this page as a PDF file, in large print</source>
        <translation>Diese Seite als PDF-Datei speichern, in großer Schrift</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print this page in large print</source>
        <translation>Diese Seite in großer Schrift drucken</translation>
    </message>
    <message>
        <source>To take this page home on paper, ask a member of staff to print it for you.</source>
        <translation>Wenn Sie diese Seite auf Papier mitnehmen möchten, bitten Sie das Personal, sie für Sie auszudrucken.</translation>
    </message>
    <message>
        <source>Sorry, the PDF could not be saved there. Please choose another folder.</source>
        <translation>Leider konnte das PDF dort nicht gespeichert werden. Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 gespeichert (%2 Seiten).</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 Seiten an den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen lassen</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <source>Still, step by step</source>
        <translation>Still, Schritt für Schritt</translation>
    </message>
    <message>
        <source>When I press Listen</source>
        <translation>Wenn ich „Vorlesen“ drücke</translation>
    </message>
    <message>
        <source>Each page as it opens</source>
        <translation>Jede Seite, sobald sie öffnet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Read aloud only when I press Listen</source>
        <translation>Nur vorlesen, wenn ich „Vorlesen“ drücke</translation>
    </message>
    <message>
        <source>Read each page aloud as it opens</source>
        <translation>Jede Seite vorlesen, sobald sie öffnet</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>What would you like to know? Touch a topic to start.</source>
        <translation>Was möchten Sie wissen? Tippen Sie auf ein Thema, um zu beginnen.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Watch how it works</source>
        <translation>Zuschauen, wie es wirkt</translation>
    </message>
    <message>
        <source>T cells and cancer, step by step</source>
        <translation>T-Zellen und Krebs, Schritt für Schritt</translation>
    </message>
    <message>
        <source>The picture of T cells and cancer, before and after treatment, step by step.</source>
        <translation>Das Bild von T-Zellen und Krebs, vor und nach der Behandlung, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Back to the top ↑</source>
        <translation>Zurück nach oben ↑</translation>
    </message>
    <message>
        <source>More topics ↓</source>
        <translation>Weitere Themen ↓</translation>
    </message>
    <message>
        <source>Back to the first topics</source>
        <translation>Zurück zu den ersten Themen</translation>
    </message>
    <message>
        <source>Show more topics</source>
        <translation>Weitere Themen zeigen</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Kleinere Schrift (Strg+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Größere Schrift (Strg++)</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Sehr groß</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Schrift: %1</translation>
    </message>
</context>
<context>
    <name>TopicDocument</name>
    <message>
        <source>Tap or click an underlined word to see what it means.</source>
        <translation>Tippen oder klicken Sie auf ein unterstrichenes Wort, um zu sehen, was es bedeutet.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>TopicsDrawer</name>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ViewTabs</name>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Read: the text of this topic</source>
        <translation>Lesen: der Text zu diesem Thema</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Picture: how T cells find cancer</source>
        <translation>Bild: wie T-Zellen Krebs finden</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Topic text</source>
        <translation>Text des Themas</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>Explains cancer immunotherapy (immuno-oncology) to patients and families, with a moving picture of T cells before and after therapy. Works offline.</source>
        <translation>Erklärt Patientinnen, Patienten und Angehörigen die Krebs-Immuntherapie (Immunonkologie), mit einem bewegten Bild von T-Zellen vor und nach der Therapie. Funktioniert ohne Internet.</translation>
    </message>
    <message>
        <source>examples:
  ioexplainer                              start the app with the bundled content
  ioexplainer --lang de                    start in German (English where a topic is not translated)
  ioexplainer --config /etc/ioexplainer.toml
  ioexplainer --kiosk --config kiosk.toml  run as a waiting-room kiosk
  ioexplainer hash-pin                     make the staff PIN line for a kiosk config
  ioexplainer --screenshot shot.png --size 1920x1080 --topic how-cancer-escapes
  ioexplainer check                        check the bundled content for problems
  ioexplainer check ~/my-content           check another content pack
  ioexplainer render --scenario after --out frames --size 1280x720 --fps 2
  ioexplainer bench                        measure the diagram&apos;s speed
</source>
        <translation>Beispiele:
  ioexplainer                              startet die App mit den mitgelieferten Inhalten
  ioexplainer --lang de                    startet auf Deutsch (Englisch, wo ein Thema nicht übersetzt ist)
  ioexplainer --config /etc/ioexplainer.toml
  ioexplainer --kiosk --config kiosk.toml  läuft als Kiosk im Wartezimmer
  ioexplainer hash-pin                     erstellt die PIN-Zeile für das Personal in der Kiosk-Konfiguration
  ioexplainer --screenshot shot.png --size 1920x1080 --topic how-cancer-escapes
  ioexplainer check                        prüft die mitgelieferten Inhalte auf Fehler
  ioexplainer check ~/my-content           prüft ein anderes Inhaltspaket
  ioexplainer render --scenario after --out frames --size 1280x720 --fps 2
  ioexplainer bench                        misst die Geschwindigkeit des Schaubilds
</translation>
    </message>
    <message>
        <source>language of the text: en, de or es (default: en)</source>
        <translation>Sprache des Textes: en, de oder es (Standard: en)</translation>
    </message>
    <message>
        <source>use another content pack folder instead of the bundled one</source>
        <translation>einen anderen Ordner mit Inhalten statt des mitgelieferten verwenden</translation>
    </message>
    <message>
        <source>read settings from a TOML file</source>
        <translation>Einstellungen aus einer TOML-Datei lesen</translation>
    </message>
    <message>
        <source>show still pictures instead of movement</source>
        <translation>Standbilder statt Bewegung zeigen</translation>
    </message>
    <message>
        <source>run as a waiting-room kiosk: full screen, starts over after idle time</source>
        <translation>als Kiosk im Wartezimmer laufen: Vollbild, beginnt nach einer Pause von vorn</translation>
    </message>
    <message>
        <source>draw the window once into a PNG file and exit (works without a screen)</source>
        <translation>das Fenster einmal in eine PNG-Datei zeichnen und beenden (geht ohne Bildschirm)</translation>
    </message>
    <message>
        <source>window size for --screenshot (default: 1280x800)</source>
        <translation>Fenstergröße für --screenshot (Standard: 1280x800)</translation>
    </message>
    <message>
        <source>topic to show first, such as how-cancer-escapes</source>
        <translation>Thema, das zuerst gezeigt wird, zum Beispiel how-cancer-escapes</translation>
    </message>
    <message>
        <source>with --screenshot: also write what is on screen (every widget&apos;s place, words, text size, and whether they fit; the diagram&apos;s labels) as JSON</source>
        <translation>mit --screenshot: zusätzlich als JSON schreiben, was zu sehen ist (Platz, Wörter und Schriftgröße jedes Elements, ob alles passt; die Beschriftungen des Schaubilds)</translation>
    </message>
    <message>
        <source>check a content pack and list every problem</source>
        <translation>ein Inhaltspaket prüfen und jeden Fehler auflisten</translation>
    </message>
    <message>
        <source>Check a content pack. Prints each problem as path:line: message. Exit 0 when clean, 1 when there are problems.</source>
        <translation>Prüft ein Inhaltspaket. Gibt jeden Fehler als Pfad:Zeile: Meldung aus. Ende mit 0, wenn alles stimmt, mit 1 bei Fehlern.</translation>
    </message>
    <message>
        <source>content pack folder (default: the bundled one)</source>
        <translation>Ordner des Inhaltspakets (Standard: der mitgelieferte)</translation>
    </message>
    <message>
        <source>write the diagram&apos;s frames as numbered PNG files</source>
        <translation>die Bilder des Schaubilds als nummerierte PNG-Dateien schreiben</translation>
    </message>
    <message>
        <source>Write diagram frames as PNG files, without a screen.</source>
        <translation>Schreibt Bilder des Schaubilds als PNG-Dateien, ohne Bildschirm.</translation>
    </message>
    <message>
        <source>before, after, side-by-side, or another registered scenario</source>
        <translation>before, after, side-by-side oder ein anderes eingetragenes Szenario</translation>
    </message>
    <message>
        <source>folder for the PNG files</source>
        <translation>Ordner für die PNG-Dateien</translation>
    </message>
    <message>
        <source>picture size (default: 1920x1080)</source>
        <translation>Bildgröße (Standard: 1920x1080)</translation>
    </message>
    <message>
        <source>frames per second of story time (default: 4)</source>
        <translation>Bilder pro Sekunde Geschichtszeit (Standard: 4)</translation>
    </message>
    <message>
        <source>one settled picture per step instead</source>
        <translation>stattdessen ein ruhiges Bild pro Schritt</translation>
    </message>
    <message>
        <source>leave out the names in the picture</source>
        <translation>die Namen im Bild weglassen</translation>
    </message>
    <message>
        <source>make the admin_pin_hash line for a kiosk config file</source>
        <translation>die Zeile admin_pin_hash für eine Kiosk-Konfigurationsdatei erstellen</translation>
    </message>
    <message>
        <source>Asks for a 4 to 12 digit PIN (twice) and prints the admin_pin_hash line to put in the kiosk config file. Only the salted hash is stored.</source>
        <translation>Fragt (zweimal) nach einer PIN mit 4 bis 12 Ziffern und gibt die Zeile admin_pin_hash für die Kiosk-Konfigurationsdatei aus. Gespeichert wird nur der gesalzene Hash.</translation>
    </message>
    <message>
        <source>measure the diagram&apos;s speed and CPU use</source>
        <translation>Geschwindigkeit und CPU-Last des Schaubilds messen</translation>
    </message>
    <message>
        <source>Paint time per frame, CPU while animating, wake-ups while paused.</source>
        <translation>Zeichenzeit pro Bild, CPU während der Bewegung, Aufwachvorgänge während der Pause.</translation>
    </message>
    <message>
        <source>how long to animate (default: 10)</source>
        <translation>wie lange bewegt wird (Standard: 10)</translation>
    </message>
    <message>
        <source>frames to time for painting (default: 300)</source>
        <translation>Anzahl der Bilder, deren Zeichenzeit gemessen wird (Standard: 300)</translation>
    </message>
    <message>
        <source>simulated kiosk visits before measuring memory (default: 1000; 0 to skip)</source>
        <translation>simulierte Kiosk-Besuche vor der Speichermessung (Standard: 1000; 0 zum Überspringen)</translation>
    </message>
    <message>
        <source>start the app and a bare Qt window N times each to compare start-up (default: 7; 0 to skip)</source>
        <translation>die App und ein leeres Qt-Fenster je N-mal starten, um den Start zu vergleichen (Standard: 7; 0 zum Überspringen)</translation>
    </message>
    <message>
        <source>%1: error: %2 (see: %1 --help)</source>
        <translation>%1: Fehler: %2 (siehe: %1 --help)</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>Argument %r wird nicht erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s kann %(matches)s sein</translation>
    </message>
    <message>
        <source>size must look like 1920x1080, not %1</source>
        <translation>die Größe muss wie 1920x1080 aussehen, nicht %1</translation>
    </message>
    <message>
        <source>size %1 is out of range: use 800x600 (the smallest the app is laid out for) up to 7680x4320</source>
        <translation>die Größe %1 geht nicht: 800x600 (das Kleinste, für das die App gebaut ist) bis 7680x4320</translation>
    </message>
    <message>
        <source>picture size must look like 1920x1080, from 240x135 to 7680x4320, not %1</source>
        <translation>die Bildgröße muss wie 1920x1080 aussehen, von 240x135 bis 7680x4320, nicht %1</translation>
    </message>
    <message>
        <source>fps must be a number such as 4, not %1</source>
        <translation>fps muss eine Zahl wie 4 sein, nicht %1</translation>
    </message>
    <message>
        <source>fps %1 is out of range (0.1 to 60)</source>
        <translation>fps %1 geht nicht (0.1 bis 60)</translation>
    </message>
    <message>
        <source>content folder not found: %1 (give the folder that holds en/)</source>
        <translation>Inhaltsordner nicht gefunden: %1 (geben Sie den Ordner an, der en/ enthält)</translation>
    </message>
    <message>
        <source>content folder not found: %1 (check --content or content = in the config)</source>
        <translation>Inhaltsordner nicht gefunden: %1 (prüfen Sie --content oder content = in der Konfiguration)</translation>
    </message>
    <message>
        <source>%1 holds no content pack: no language folder (such as en/) with topic files in it (check --content or content = in the config)</source>
        <translation>%1 enthält kein Inhaltspaket: keinen Sprachordner (wie en/) mit Themendateien darin (prüfen Sie --content oder content = in der Konfiguration)</translation>
    </message>
    <message>
        <source>no content in language %1; languages of this pack: %2 (check --lang or lang = in the config)</source>
        <translation>kein Inhalt in der Sprache %1; Sprachen dieses Pakets: %2 (prüfen Sie --lang oder lang = in der Konfiguration)</translation>
    </message>
    <message>
        <source>no screen found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop or kiosk session, or draw into a file with --screenshot FILE.png</source>
        <translation>kein Bildschirm gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie die App in einer Desktop- oder Kiosk-Sitzung, oder zeichnen Sie in eine Datei mit --screenshot DATEI.png</translation>
    </message>
    <message>
        <source>--layout-report goes with --screenshot FILE.png (it describes that picture)</source>
        <translation>--layout-report gehört zu --screenshot DATEI.png (es beschreibt dieses Bild)</translation>
    </message>
</context>
</TS>
