<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>Workshop</name>
    <message>
        <source>
… and {n} more</source>
        <translation>
… und {n} weitere</translation>
    </message>
    <message>
        <source>  (this window)</source>
        <translation>  (dieses Fenster)</translation>
    </message>
    <message>
        <source>  New relations: </source>
        <translation>  Neue Beziehungen: </translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (Fortsetzung)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> und {n} weitere</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source> — who takes part, facts</source>
        <translation> — wer teilnimmt, Fakten</translation>
    </message>
    <message>
        <source>"{decision}" ({kind}, {phase})</source>
        <translation>„{decision}“ ({kind}, {phase})</translation>
    </message>
    <message>
        <source>% of its relations</source>
        <translation>% seiner Beziehungen</translation>
    </message>
    <message>
        <source>% of relations</source>
        <translation>% der Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>A&amp;kteure</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>&amp;Phasen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>(about {about})</source>
        <translation>(zu {about})</translation>
    </message>
    <message>
        <source>(click a phase column to show it)</source>
        <translation>(Phasenspalte anklicken, um sie anzuzeigen)</translation>
    </message>
    <message>
        <source>(click to unfold or fold the quote and the reason)</source>
        <translation>(anklicken, um Zitat und Begründung auf- oder zuzuklappen)</translation>
    </message>
    <message>
        <source>(info)</source>
        <translation>(Info)</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>+ Phase</source>
        <translation>+ Phase</translation>
    </message>
    <message>
        <source>, not described in {n}</source>
        <translation>, in {n} nicht beschrieben</translation>
    </message>
    <message>
        <source>002 reads 3C per governance level: tick who sits in each forum in the phase shown.</source>
        <translation>002 liest 3C je Governance-Ebene: Kreuzen Sie an, wer in der gezeigten Phase in welchem Forum sitzt.</translation>
    </message>
    <message>
        <source>004 reads openness wider than open data: open, closed or held by a vendor, and whether systems share standards.</source>
        <translation>004 fasst Offenheit weiter als Open Data: offen, geschlossen oder in der Hand eines Anbieters, und ob Systeme gemeinsame Standards nutzen.</translation>
    </message>
    <message>
        <source>004: one body orchestrates (individual) or several together (collective)</source>
        <translation>004: eine Stelle orchestriert (individuell) oder mehrere gemeinsam (kollektiv)</translation>
    </message>
    <message>
        <source>004: open, closed, or held by a vendor (wider than open data)</source>
        <translation>004: offen, geschlossen oder in der Hand eines Anbieters (weiter als Open Data)</translation>
    </message>
    <message>
        <source>1 v. low</source>
        <translation>1 s. niedrig</translation>
    </message>
    <message>
        <source>1 very low</source>
        <translation>1 sehr niedrig</translation>
    </message>
    <message>
        <source>1-5 (as the app)</source>
        <translation>1-5 (wie die App)</translation>
    </message>
    <message>
        <source>150 dpi suits a handout or slides, 300 dpi a printed poster</source>
        <translation>150 dpi eignen sich für ein Handout oder Folien, 300 dpi für ein gedrucktes Poster</translation>
    </message>
    <message>
        <source>1–5 score the marked cell and move on · Backspace clears it · Shift+Tab previous person · click a cell to correct it</source>
        <translation>1–5 bewertet die markierte Zelle und geht weiter · Backspace löscht sie · Shift+Tab vorherige Person · Zelle anklicken, um sie zu korrigieren</translation>
    </message>
    <message>
        <source>2 low</source>
        <translation>2 niedrig</translation>
    </message>
    <message>
        <source>3 med.</source>
        <translation>3 mittel</translation>
    </message>
    <message>
        <source>3 medium</source>
        <translation>3 mittel</translation>
    </message>
    <message>
        <source>3C ({who}): {cls}</source>
        <translation>3C ({who}): {cls}</translation>
    </message>
    <message>
        <source>3C class</source>
        <translation>3C-Klasse</translation>
    </message>
    <message>
        <source>3C classes</source>
        <translation>3C-Klassen</translation>
    </message>
    <message>
        <source>3C rule and source levels</source>
        <translation>3C-Regel und Quellenwerte</translation>
    </message>
    <message>
        <source>3C rule and source levels…</source>
        <translation>3C-Regel und Quellenwerte…</translation>
    </message>
    <message>
        <source>3C: hidden until the votes are revealed (V)</source>
        <translation>3C: verborgen, bis die Stimmen aufgedeckt sind (V)</translation>
    </message>
    <message>
        <source>3C: {classes}</source>
        <translation>3C: {classes}</translation>
    </message>
    <message>
        <source>3C: –</source>
        <translation>3C: –</translation>
    </message>
    <message>
        <source>3C: – (score all three)</source>
        <translation>3C: – (alle drei bewerten)</translation>
    </message>
    <message>
        <source>4 high</source>
        <translation>4 hoch</translation>
    </message>
    <message>
        <source>5 v. high</source>
        <translation>5 s. hoch</translation>
    </message>
    <message>
        <source>5 very high</source>
        <translation>5 sehr hoch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt; in {phase}: {alphas}</source>
        <translation>&lt;b&gt;Übereinstimmung&lt;/b&gt; in {phase}: {alphas}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the room now&lt;/b&gt; ({framework} · {source}):&lt;br&gt;{text}</source>
        <translation>&lt;b&gt;Jetzt im Raum&lt;/b&gt; ({framework} · {source}):&lt;br&gt;{text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase: {name}&lt;/b&gt;&lt;br&gt;Which relations?</source>
        <translation>&lt;b&gt;Phase: {name}&lt;/b&gt;&lt;br&gt;Welche Beziehungen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where should phones connect?&lt;/b&gt;&lt;br&gt;Pick this laptop's address on the network the room's phones are on (usually the Wi-Fi). The page is served only on the address you pick, and only while this round is open.</source>
        <translation>&lt;b&gt;Wohin sollen sich die Smartphones verbinden?&lt;/b&gt;&lt;br&gt;Wählen Sie die Adresse dieses Laptops in dem Netzwerk, in dem die Smartphones im Raum sind (meist das WLAN). Die Seite wird nur unter der gewählten Adresse angeboten und nur, solange diese Runde offen ist.</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt; ({reason})</source>
        <translation>&lt;i&gt;undefiniert&lt;/i&gt; ({reason})</translation>
    </message>
    <message>
        <source>&lt;span style='color:{colour}; font-size:16pt'&gt;■&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;span style='color:#555'&gt;· {kind}, {scale} · in {here} of {n} phases{unknown}&lt;/span&gt;</source>
        <translation>&lt;span style='color:{colour}; font-size:16pt'&gt;■&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;span style='color:#555'&gt;· {kind}, {scale} · in {here} von {n} Phasen{unknown}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A  this session, {name}</source>
        <translation>A  diese Sitzung, {name}</translation>
    </message>
    <message>
        <source>A decision on the timeline of this phase (specifications fixed, plan adopted...): shown under the phase slider</source>
        <translation>Eine Entscheidung im Zeitverlauf dieser Phase (Spezifikationen festgelegt, Plan beschlossen...): wird unter dem Phasenregler angezeigt</translation>
    </message>
    <message>
        <source>a name or a workshop</source>
        <translation>ein Name oder ein Workshop</translation>
    </message>
    <message>
        <source>A new source</source>
        <translation>Eine neue Quelle</translation>
    </message>
    <message>
        <source>A PDF to hand to every participant</source>
        <translation>Ein PDF zum Austeilen an alle Teilnehmer</translation>
    </message>
    <message>
        <source>a recognised mandate or capacity to act in a field</source>
        <comment>ability help</comment>
        <translation>ein anerkanntes Mandat oder die Fähigkeit, in einem Feld zu handeln</translation>
    </message>
    <message>
        <source>A short quote, word for word</source>
        <translation>Ein kurzes Zitat, wörtlich</translation>
    </message>
    <message>
        <source>A stated source needs the document it is stated in.</source>
        <translation>Eine genannte Quelle braucht das Dokument, in dem sie genannt wird.</translation>
    </message>
    <message>
        <source>A tension names two dimensions two levels apart, e.g. “{example}”.</source>
        <translation>Eine Spannung benennt zwei Dimensionen, die zwei Stufen auseinanderliegen, z. B. „{example}“.</translation>
    </message>
    <message>
        <source>A Word or PDF report for the people who commissioned the workshop</source>
        <translation>Ein Word- oder PDF-Bericht für die Auftraggeber des Workshops</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>About this project</source>
        <translation>Über dieses Projekt</translation>
    </message>
    <message>
        <source>about {about}</source>
        <translation>zu {about}</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>presence</comment>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>absent in this phase</source>
        <translation>in dieser Phase abwesend</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Wissenschaft</translation>
    </message>
    <message>
        <source>Academia</source>
        <comment>actor type</comment>
        <translation>Wissenschaft</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept every suggestion of the selected canonical actors</source>
        <translation>Alle Vorschläge der ausgewählten kanonischen Akteure annehmen</translation>
    </message>
    <message>
        <source>Accept group</source>
        <translation>Gruppe annehmen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Across phases</source>
        <translation>Über die Phasen hinweg</translation>
    </message>
    <message>
        <source>Across phases: {values}</source>
        <translation>Über die Phasen hinweg: {values}</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>relation state</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active relations</source>
        <translation>Aktive Beziehungen</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message numerus="yes">
        <source>actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Akteur</numerusform>
            <numerusform>Akteure</numerusform>
        </translation>
    </message>
    <message>
        <source>actor entered</source>
        <translation>Akteur hinzugekommen</translation>
    </message>
    <message>
        <source>Actor in the workshop</source>
        <translation>Akteur im Workshop</translation>
    </message>
    <message>
        <source>actor left (shown faded)</source>
        <translation>Akteur ausgeschieden (blass dargestellt)</translation>
    </message>
    <message>
        <source>Actor left between phases: who left and why?</source>
        <translation>Akteur zwischen den Phasen ausgeschieden: Wer schied aus und warum?</translation>
    </message>
    <message numerus="yes">
        <source>actor position</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Akteursposition</numerusform>
            <numerusform>Akteurspositionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor story</source>
        <translation>Akteursgeschichte</translation>
    </message>
    <message>
        <source>actor type</source>
        <translation>Akteurstyp</translation>
    </message>
    <message>
        <source>Actor type:</source>
        <translation>Akteurstyp:</translation>
    </message>
    <message>
        <source>Actor type: shape, glyph and colour</source>
        <translation>Akteurstyp: Form, Symbol und Farbe</translation>
    </message>
    <message>
        <source>Actor types</source>
        <translation>Akteurstypen</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Actors matched by normalised name and type: {name}</source>
        <translation>Akteure nach normalisiertem Namen und Typ zugeordnet: {name}</translation>
    </message>
    <message>
        <source>Actors matched through {name}: {register} by its register, {name2} by name and type</source>
        <translation>Akteure über {name} zugeordnet: {register} über sein Register, {name2} über Name und Typ</translation>
    </message>
    <message>
        <source>Actors on most shortest paths between others:</source>
        <translation>Akteure auf den meisten kürzesten Pfaden zwischen anderen:</translation>
    </message>
    <message>
        <source>Actors present</source>
        <translation>Präsente Akteure</translation>
    </message>
    <message>
        <source>Actors present, by scale</source>
        <translation>Präsente Akteure nach Maßstab</translation>
    </message>
    <message>
        <source>Actors present, by type</source>
        <translation>Präsente Akteure nach Typ</translation>
    </message>
    <message>
        <source>acts for a community or the public interest</source>
        <comment>role help</comment>
        <translation>handelt für eine Gemeinschaft oder das öffentliche Interesse</translation>
    </message>
    <message>
        <source>Add a custom role and press Enter</source>
        <translation>Eigene Rolle eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add a phase after the last one</source>
        <translation>Eine Phase nach der letzten hinzufügen</translation>
    </message>
    <message>
        <source>Add a second phase to compare phases.</source>
        <translation>Fügen Sie eine zweite Phase hinzu, um Phasen zu vergleichen.</translation>
    </message>
    <message>
        <source>Add arena</source>
        <translation>Arena hinzufügen</translation>
    </message>
    <message>
        <source>Add decision point</source>
        <translation>Entscheidungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add decision point in {name}…</source>
        <translation>Entscheidungspunkt in {name} hinzufügen…</translation>
    </message>
    <message>
        <source>Add decision point…</source>
        <translation>Entscheidungspunkt hinzufügen…</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add phase…</source>
        <translation>Phase hinzufügen…</translation>
    </message>
    <message>
        <source>Add sessions; a session whose file changed replaces its earlier rows, an unchanged one is left as it is</source>
        <translation>Sitzungen hinzufügen; eine Sitzung, deren Datei sich geändert hat, ersetzt ihre früheren Zeilen, eine unveränderte bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>Add sessions…</source>
        <translation>Sitzungen hinzufügen…</translation>
    </message>
    <message>
        <source>Add the session open in the window (read from its file)</source>
        <translation>Die im Fenster geöffnete Sitzung hinzufügen (aus ihrer Datei gelesen)</translation>
    </message>
    <message>
        <source>Add this session</source>
        <translation>Diese Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>Adding sessions…</source>
        <translation>Sitzungen werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>{name} wird hinzugefügt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses the phones can reach</source>
        <translation>Adressen, die die Smartphones erreichen können</translation>
    </message>
    <message>
        <source>Adds a byte order mark and puts ' before text a spreadsheet would run as a formula; leave it off for R, pandas or another program, which read the text exactly as typed</source>
        <translation>Fügt eine Byte-Order-Mark hinzu und setzt ' vor Text, den eine Tabellenkalkulation als Formel ausführen würde; für R, pandas oder ein anderes Programm, das den Text genau wie eingegeben liest, ausgeschaltet lassen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <comment>relation kind</comment>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>alignment with the project's goal</source>
        <comment>presence fact</comment>
        <translation>Ausrichtung auf das Projektziel</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>All funding from one source: what happens if it stops?</source>
        <translation>Gesamte Finanzierung aus einer Quelle: Was passiert, wenn sie wegfällt?</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All phases side by side</source>
        <translation>Alle Phasen nebeneinander</translation>
    </message>
    <message>
        <source>All phases side by side — {title}</source>
        <translation>Alle Phasen nebeneinander — {title}</translation>
    </message>
    <message>
        <source>All phases: one picture per phase, named after the phase.</source>
        <translation>Alle Phasen: ein Bild pro Phase, nach der Phase benannt.</translation>
    </message>
    <message>
        <source>All relations in this phase</source>
        <comment>round relations</comment>
        <translation>Alle Beziehungen in dieser Phase</translation>
    </message>
    <message>
        <source>all three are high: joint planning and action, shared power; costly and hard to keep</source>
        <comment>3C class help</comment>
        <translation>alle drei sind hoch: gemeinsame Planung und gemeinsames Handeln, geteilte Macht; aufwendig und schwer aufrechtzuerhalten</translation>
    </message>
    <message>
        <source>All votes are in — Enter for the next question.</source>
        <translation>Alle Stimmen sind da — Enter für die nächste Frage.</translation>
    </message>
    <message>
        <source>All votes are in — Enter for the next relation.</source>
        <translation>Alle Stimmen sind da — Enter für die nächste Beziehung.</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>bereits aktuell</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen item; drag to move it too</source>
        <translation>Alt+Up und Alt+Down verschieben das gewählte Element; es lässt sich auch ziehen</translation>
    </message>
    <message>
        <source>An actor is absent in this phase, so the relation is not at work.</source>
        <translation>Ein Akteur ist in dieser Phase abwesend, daher ist die Beziehung nicht wirksam.</translation>
    </message>
    <message>
        <source>An actor is not described in this phase, so neither is the relation.</source>
        <translation>Ein Akteur ist in dieser Phase nicht beschrieben, daher auch die Beziehung nicht.</translation>
    </message>
    <message>
        <source>An inferred source needs the reason for the inference.</source>
        <translation>Eine erschlossene Quelle braucht die Begründung für den Schluss.</translation>
    </message>
    <message>
        <source>Animate phase changes</source>
        <translation>Phasenwechsel animieren</translation>
    </message>
    <message>
        <source>Animated GIF of the change across phases</source>
        <translation>Animiertes GIF der Veränderung über die Phasen</translation>
    </message>
    <message numerus="yes">
        <source>another phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>einer anderen Phase</numerusform>
            <numerusform>anderen Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer of the person asked</source>
        <translation>Antwort der befragten Person</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <source>Anyone who can reach this address could try the join code.</source>
        <translation>Jeder, der diese Adresse erreicht, könnte den Beitrittscode ausprobieren.</translation>
    </message>
    <message>
        <source>Apply the decisions of an edited mapping (all or none)</source>
        <translation>Die Entscheidungen einer bearbeiteten Zuordnung übernehmen (alle oder keine)</translation>
    </message>
    <message>
        <source>Are roles, rules and accountability written down well enough to survive a change of government?</source>
        <translation>Sind Rollen, Regeln und Verantwortlichkeiten gut genug schriftlich festgehalten, um einen Regierungswechsel zu überstehen?</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Arena {name}, {step}: {was} ({how_was}) → {now} ({how_now}).</source>
        <translation>Arena {name}, {step}: {was} ({how_was}) → {now} ({how_now}).</translation>
    </message>
    <message>
        <source>Arenas</source>
        <translation>Arenen</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Arrange actors: {lens}</source>
        <translation>Akteure anordnen: {lens}</translation>
    </message>
    <message>
        <source>Arrange {unplaced_actors}: {lens}</source>
        <translation>{unplaced_actors} anordnen: {lens}</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>wie geschrieben</translation>
    </message>
    <message>
        <source>Ask every participant to score relations one by one</source>
        <translation>Alle Teilnehmer bitten, die Beziehungen nacheinander zu bewerten</translation>
    </message>
    <message>
        <source>asked for views, no decision power</source>
        <comment>role help</comment>
        <translation>nach Meinung gefragt, keine Entscheidungsmacht</translation>
    </message>
    <message>
        <source>asking for views without handing over decision power</source>
        <comment>relation kind help</comment>
        <translation>nach Meinungen fragen, ohne Entscheidungsmacht abzugeben</translation>
    </message>
    <message>
        <source>Asking: {name} — {dimension}</source>
        <translation>Frage an: {name} — {dimension}</translation>
    </message>
    <message>
        <source>Assemblage Workshop — presentation</source>
        <translation>Assemblage Workshop — Präsentation</translation>
    </message>
    <message>
        <source>Attach to selection</source>
        <translation>An Auswahl anhängen</translation>
    </message>
    <message>
        <source>Attach to selection (select one actor or relation)</source>
        <translation>An Auswahl anhängen (einen Akteur oder eine Beziehung auswählen)</translation>
    </message>
    <message>
        <source>Attach to {subject}</source>
        <translation>An {subject} anhängen</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{name}&lt;/b&gt;, newest first. One is made when you open the session and one every {minutes} minutes while you edit.&lt;br&gt;Restoring replaces the session with the chosen backup; the current version is backed up first, so you can come back to it.</source>
        <translation>Sicherungen von &lt;b&gt;{name}&lt;/b&gt;, neueste zuerst. Eine wird beim Öffnen der Sitzung angelegt und eine alle {minutes} Minuten, während Sie bearbeiten.&lt;br&gt;Wiederherstellen ersetzt die Sitzung durch die gewählte Sicherung; die aktuelle Version wird vorher gesichert, sodass Sie zu ihr zurückkehren können.</translation>
    </message>
    <message>
        <source>Bears costs</source>
        <translation>Trägt Kosten</translation>
    </message>
    <message>
        <source>bears costs: {costs}</source>
        <translation>trägt Kosten: {costs}</translation>
    </message>
    <message>
        <source>because {reason}</source>
        <translation>weil {reason}</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>being scored now</source>
        <translation>wird gerade bewertet</translation>
    </message>
    <message>
        <source>Between {a} and {b}</source>
        <translation>Zwischen {a} und {b}</translation>
    </message>
    <message>
        <source>Beyond the map</source>
        <translation>Jenseits der Karte</translation>
    </message>
    <message>
        <source>Black, white and yellow on the wall, thick lines and larger text (for a washed-out projector or low vision)</source>
        <translation>Schwarz, Weiß und Gelb an der Wand, dicke Linien und größerer Text (für einen blassen Beamer oder bei Sehschwäche)</translation>
    </message>
    <message numerus="yes">
        <source>blank line</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Leerzeile</numerusform>
            <numerusform>Leerzeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind round: the votes are revealed — the room discusses the spread.</source>
        <translation>Blinde Runde: Die Stimmen sind aufgedeckt — der Raum bespricht die Streuung.</translation>
    </message>
    <message>
        <source>Blind: hide the votes until everyone has voted (V reveals them sooner)</source>
        <translation>Blind: Stimmen verbergen, bis alle abgestimmt haben (V deckt sie früher auf)</translation>
    </message>
    <message>
        <source>Blind: the votes are hidden until everyone has answered (✓ = answered).</source>
        <translation>Blind: Die Stimmen sind verborgen, bis alle geantwortet haben (✓ = geantwortet).</translation>
    </message>
    <message>
        <source>bodies that broker, convene or run a programme between others: foundations, PPPs, innovation agencies, advisory boards</source>
        <comment>actor type help</comment>
        <translation>Organisationen, die zwischen anderen vermitteln, sie zusammenbringen oder ein Programm betreiben: Stiftungen, ÖPP, Innovationsagenturen, Beiräte</translation>
    </message>
    <message>
        <source>Bring all actors into this phase</source>
        <translation>Alle Akteure in diese Phase holen</translation>
    </message>
    <message>
        <source>Bring selected actors into this phase</source>
        <translation>Ausgewählte Akteure in diese Phase holen</translation>
    </message>
    <message>
        <source>brokers links between others without owning the project</source>
        <comment>role help</comment>
        <translation>vermittelt Verbindungen zwischen anderen, ohne das Projekt zu besitzen</translation>
    </message>
    <message>
        <source>Building the corpus…</source>
        <translation>Korpus wird aufgebaut…</translation>
    </message>
    <message>
        <source>builds apps, services or businesses on the project</source>
        <comment>role help</comment>
        <translation>entwickelt Apps, Dienste oder Geschäfte auf Basis des Projekts</translation>
    </message>
    <message>
        <source>builds or delivers a system, service, dataset or technology</source>
        <comment>role help</comment>
        <translation>baut oder liefert ein System, einen Dienst, einen Datensatz oder eine Technologie</translation>
    </message>
    <message>
        <source>Bureaucrat</source>
        <comment>role</comment>
        <translation>Bürokrat</translation>
    </message>
    <message>
        <source>By &amp;type</source>
        <translation>Nach &amp;Typ</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>von {author}</translation>
    </message>
    <message>
        <source>C</source>
        <comment>initial of commitment</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot arrange</source>
        <translation>Anordnen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot create session</source>
        <translation>Sitzung kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>Die Sitzung kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot start the round</source>
        <translation>Die Runde kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>Diese Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Canonical actor</source>
        <translation>Kanonischer Akteur</translation>
    </message>
    <message>
        <source>Canonical actor for {selected_actors} (pick one or type a new name):</source>
        <translation>Kanonischer Akteur für {selected_actors} (einen wählen oder einen neuen Namen eingeben):</translation>
    </message>
    <message>
        <source>champions the vision and persuades others to join</source>
        <comment>role help</comment>
        <translation>vertritt die Vision und überzeugt andere mitzumachen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message numerus="yes">
        <source>change</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Änderung</numerusform>
            <numerusform>Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change 3C settings</source>
        <translation>3C-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change a score to send again.</source>
        <translation>Ändern Sie eine Bewertung, um erneut zu senden.</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Changes between the two phases</source>
        <translation>Änderungen zwischen den beiden Phasen</translation>
    </message>
    <message>
        <source>Charts of the network metrics, one point per phase</source>
        <translation>Diagramme der Netzwerkkennzahlen, ein Punkt pro Phase</translation>
    </message>
    <message>
        <source>Choose a session to compare this one with.</source>
        <translation>Wählen Sie eine Sitzung, mit der diese verglichen werden soll.</translation>
    </message>
    <message>
        <source>Choose a template and a file name.</source>
        <translation>Wählen Sie eine Vorlage und einen Dateinamen.</translation>
    </message>
    <message>
        <source>Choose the session to compare this one with (opened read-only)</source>
        <translation>Sitzung wählen, mit der diese verglichen wird (schreibgeschützt geöffnet)</translation>
    </message>
    <message>
        <source>Choose what each value stands for; the preview shows the result.</source>
        <translation>Wählen Sie, wofür jeder Wert steht; die Vorschau zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Zitieren</translation>
    </message>
    <message>
        <source>Cite a new source</source>
        <translation>Neue Quelle zitieren</translation>
    </message>
    <message>
        <source>Cite a source ({what})</source>
        <translation>Eine Quelle zitieren ({what})</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>Zitieren…</translation>
    </message>
    <message>
        <source>Citizens</source>
        <comment>actor type</comment>
        <translation>Bürgerschaft</translation>
    </message>
    <message>
        <source>Citizens absent from design: will they be consulted only after decisions are made?</source>
        <translation>Bürgerschaft fehlt in der Konzeption: Wird sie erst konsultiert, wenn die Entscheidungen gefallen sind?</translation>
    </message>
    <message>
        <source>Citizens come in after a decision: could they still change the plan?</source>
        <translation>Bürgerschaft kommt nach einer Entscheidung hinzu: Kann sie den Plan noch ändern?</translation>
    </message>
    <message>
        <source>Citizens present without decision power</source>
        <translation>Bürgerschaft präsent, aber ohne Entscheidungsmacht</translation>
    </message>
    <message>
        <source>City</source>
        <comment>scale</comment>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Civic agent</source>
        <comment>role</comment>
        <translation>Gemeinwohlvertreter</translation>
    </message>
    <message>
        <source>Civil society</source>
        <comment>actor type</comment>
        <translation>Zivilgesellschaft</translation>
    </message>
    <message>
        <source>Civil society and citizens</source>
        <translation>Zivilgesellschaft und Bürgerschaft</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Class a source states</source>
        <translation>Von einer Quelle genannte Klasse</translation>
    </message>
    <message>
        <source>class stated by a source</source>
        <translation>von einer Quelle genannte Klasse</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Hervorhebung aufheben</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Markierungen entfernen</translation>
    </message>
    <message>
        <source>Clear the marked answer</source>
        <translation>Markierte Antwort löschen</translation>
    </message>
    <message>
        <source>Clear {dim} (not scored)</source>
        <translation>{dim} löschen (nicht bewertet)</translation>
    </message>
    <message>
        <source>Click a decision under the slider</source>
        <translation>Klicken Sie auf eine Entscheidung unter dem Regler</translation>
    </message>
    <message>
        <source>Click a line to select it on the map.</source>
        <translation>Klicken Sie auf eine Zeile, um sie auf der Karte auszuwählen.</translation>
    </message>
    <message>
        <source>Click a line to select it on this session's map.</source>
        <translation>Klicken Sie auf eine Zeile, um sie auf der Karte dieser Sitzung auszuwählen.</translation>
    </message>
    <message>
        <source>Click a phase in the arena chart</source>
        <translation>Klicken Sie im Arena-Diagramm auf eine Phase</translation>
    </message>
    <message>
        <source>Click a phase to show it on the map</source>
        <translation>Klicken Sie auf eine Phase, um sie auf der Karte zu zeigen</translation>
    </message>
    <message>
        <source>Click to edit</source>
        <translation>Zum Bearbeiten klicken</translation>
    </message>
    <message>
        <source>Click to list {lines_per_group} more</source>
        <translation>Klicken, um {lines_per_group} weitere aufzulisten</translation>
    </message>
    <message>
        <source>Click to select it in the earlier phase, where it can still be seen</source>
        <translation>Klicken, um es in der früheren Phase auszuwählen, wo es noch zu sehen ist</translation>
    </message>
    <message>
        <source>Click to select it in the later phase</source>
        <translation>Klicken, um es in der späteren Phase auszuwählen</translation>
    </message>
    <message>
        <source>Click to show phase {i} of {n} on the main canvas</source>
        <translation>Klicken, um Phase {i} von {n} auf der Hauptfläche zu zeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close phones</source>
        <translation>Smartphones schließen</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>openness</comment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Co-creator</source>
        <comment>role</comment>
        <translation>Mitgestalter</translation>
    </message>
    <message>
        <source>co-designs or co-produces plans or solutions</source>
        <comment>role help</comment>
        <translation>gestaltet oder erstellt Pläne oder Lösungen mit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Kollaboration</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <comment>3C class</comment>
        <translation>Kollaboration</translation>
    </message>
    <message>
        <source>Collaboration everywhere: costly and hard to sustain; where would coordination do?</source>
        <translation>Kollaboration überall: kostspielig und schwer durchzuhalten; wo würde Koordination genügen?</translation>
    </message>
    <message>
        <source>collaboration if all three are high, cooperation if any is low, else coordination (the weakest dimension limits the class; fits 002's examples)</source>
        <comment>3C rule</comment>
        <translation>Kollaboration, wenn alle drei hoch sind, Kooperation, wenn eine niedrig ist, sonst Koordination (die schwächste Dimension begrenzt die Klasse; passt zu den Beispielen von 002)</translation>
    </message>
    <message>
        <source>collaboration if all three are high, cooperation if the middle level of the three is low, else coordination</source>
        <comment>3C rule</comment>
        <translation>Kollaboration, wenn alle drei hoch sind, Kooperation, wenn der mittlere Wert der drei niedrig ist, sonst Koordination</translation>
    </message>
    <message>
        <source>Collective</source>
        <comment>orchestrator form</comment>
        <translation>Kollektiv</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>dimension</comment>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Commitment (width):</source>
        <translation>Bindung (Breite):</translation>
    </message>
    <message>
        <source>Commitment across {phase} is recorded as low</source>
        <translation>Die Bindung ist in {phase} insgesamt als niedrig erfasst</translation>
    </message>
    <message>
        <source>Commitment across {phase} is recorded as low ({citation})</source>
        <translation>Die Bindung ist in {phase} insgesamt als niedrig erfasst ({citation})</translation>
    </message>
    <message>
        <source>Commitment {commitment} (high) but trust {trust} (low) on {relation} in {phase}.</source>
        <translation>Bindung {commitment} (hoch), aber Vertrauen {trust} (niedrig) bei {relation} in {phase}.</translation>
    </message>
    <message>
        <source>Compare phases</source>
        <translation>Phasen vergleichen</translation>
    </message>
    <message>
        <source>Compare sessions</source>
        <translation>Sitzungen vergleichen</translation>
    </message>
    <message>
        <source>Compare two phases: who joined, left, changed roles; relations and scores</source>
        <translation>Zwei Phasen vergleichen: wer hinzukam, wer ausschied, wer die Rolle wechselte; Beziehungen und Bewertungen</translation>
    </message>
    <message>
        <source>Compare with another &amp;session…</source>
        <translation>Mit anderer &amp;Sitzung vergleichen…</translation>
    </message>
    <message>
        <source>Compare with another session</source>
        <translation>Mit anderer Sitzung vergleichen</translation>
    </message>
    <message>
        <source>Competences</source>
        <comment>ability</comment>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>considerable</source>
        <translation>beträchtlich</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>relation kind</comment>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Consulted</source>
        <comment>role</comment>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <comment>decision kind</comment>
        <translation>Vertrag unterzeichnet</translation>
    </message>
    <message>
        <source>contributes specialised know-how, advice, standards or training</source>
        <comment>role help</comment>
        <translation>bringt Fachwissen, Beratung, Standards oder Schulungen ein</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Kooperation</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <comment>3C class</comment>
        <translation>Kooperation</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Coordination</source>
        <comment>3C class</comment>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>role</comment>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Copy presence and roles from the previous phase</source>
        <translation>Präsenz und Rollen aus der vorigen Phase übernehmen</translation>
    </message>
    <message>
        <source>Corpus not changed</source>
        <translation>Korpus nicht geändert</translation>
    </message>
    <message>
        <source>Corpus not opened</source>
        <translation>Korpus nicht geöffnet</translation>
    </message>
    <message>
        <source>Corpus not read</source>
        <translation>Korpus nicht gelesen</translation>
    </message>
    <message>
        <source>Correct and cite source</source>
        <translation>Korrigieren und Quelle zitieren</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>covenants, contracts, charters, declarations, joint plans</source>
        <comment>relation kind help</comment>
        <translation>Vereinbarungen, Verträge, Chartas, Erklärungen, gemeinsame Pläne</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Creating</source>
        <comment>work aim</comment>
        <translation>Schaffen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV tables (a folder of files)</source>
        <translation>CSV-Tabellen (ein Ordner mit Dateien)</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Kulturell</translation>
    </message>
    <message>
        <source>Cultural work (beliefs, norms, identities)</source>
        <comment>work kind</comment>
        <translation>Kulturelle Arbeit (Überzeugungen, Normen, Identitäten)</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Eigene Rolle</translation>
    </message>
    <message>
        <source>custom role</source>
        <translation>eigene Rolle</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>relation kind</comment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>data flows and data standards</source>
        <comment>relation kind help</comment>
        <translation>Datenflüsse und Datenstandards</translation>
    </message>
    <message>
        <source>Data openness (004)</source>
        <translation>Datenoffenheit (004)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Entschieden von:</translation>
    </message>
    <message numerus="yes">
        <source>decided match</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>entschiedene Zuordnung</numerusform>
            <numerusform>entschiedene Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided on the way: {decisions}</source>
        <translation>Unterwegs entschieden: {decisions}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>relation kind</comment>
        <translation>Entscheidung</translation>
    </message>
    <message numerus="yes">
        <source>decision</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Entscheidung</numerusform>
            <numerusform>Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision maker</source>
        <comment>role</comment>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Decision missing</source>
        <translation>Entscheidung fehlt</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Entscheidung nicht gespeichert</translation>
    </message>
    <message>
        <source>Decisions in this phase</source>
        <translation>Entscheidungen in dieser Phase</translation>
    </message>
    <message>
        <source>Decisions on the way</source>
        <translation>Unterwegs getroffene Entscheidungen</translation>
    </message>
    <message>
        <source>decisive</source>
        <translation>entscheidend</translation>
    </message>
    <message>
        <source>Degree centralisation</source>
        <translation>Gradzentralisierung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete actors</source>
        <translation>Akteure löschen</translation>
    </message>
    <message>
        <source>Delete arena</source>
        <translation>Arena löschen</translation>
    </message>
    <message>
        <source>Delete decision point</source>
        <translation>Entscheidungspunkt löschen</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Teilnehmer löschen</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete the phase “{name}”?

It records {actors} taking part and {votes}. You can undo this with Ctrl+Z.</source>
        <translation>Die Phase „{name}“ löschen?

Sie enthält {actors} und {votes}. Sie können das mit Ctrl+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the selected actors or relations</source>
        <translation>Ausgewählte Akteure oder Beziehungen löschen</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>{items} löschen</translation>
    </message>
    <message>
        <source>Delete {names}{more} with all their relations, roles and scores in every phase?
You can undo this with Ctrl+Z.</source>
        <translation>{names}{more} mit allen Beziehungen, Rollen und Bewertungen in jeder Phase löschen?
Sie können das mit Ctrl+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete {name} and their {votes} in every phase?
Their quotes stay, without a name. You can undo this with Ctrl+Z.</source>
        <translation>{name} und die zugehörigen {votes} in jeder Phase löschen?
Die Zitate bleiben erhalten, ohne Namen. Sie können das mit Ctrl+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete {name} with its {memberships} in every phase?
You can undo this with Ctrl+Z.</source>
        <translation>{name} mit allen {memberships} in jeder Phase löschen?
Sie können das mit Ctrl+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Dependence on a single partner</source>
        <translation>Abhängigkeit von einem einzigen Partner</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>Derived per relation and phase from the three medians (the rule is ours; higher is not better):</source>
        <translation>Je Beziehung und Phase aus den drei Medianen abgeleitet (die Regel stammt von uns; höher ist nicht besser):</translation>
    </message>
    <message>
        <source>Described again</source>
        <translation>Wieder beschrieben</translation>
    </message>
    <message>
        <source>described again</source>
        <translation>wieder beschrieben</translation>
    </message>
    <message>
        <source>Described again (not described in the first phase)</source>
        <translation>Wieder beschrieben (in der ersten Phase nicht beschrieben)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Konzeption</translation>
    </message>
    <message>
        <source>Design</source>
        <comment>phase</comment>
        <translation>Konzeption</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>difference</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Unterschied</numerusform>
            <numerusform>Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences between the two sessions</source>
        <translation>Unterschiede zwischen den beiden Sitzungen</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>Gerichtet</translation>
    </message>
    <message>
        <source>Disrupting</source>
        <comment>work aim</comment>
        <translation>Aufbrechen</translation>
    </message>
    <message>
        <source>Do partners understand each other's aims well enough to trust each other? Who vouches for the project inside their own organisation?</source>
        <translation>Verstehen die Partner die Ziele der anderen gut genug, um einander zu vertrauen? Wer steht in der eigenen Organisation für das Projekt ein?</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Donor</source>
        <comment>role</comment>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>Double-click a cell to write it; one edit per cell.</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu beschreiben; eine Änderung pro Zelle.</translation>
    </message>
    <message>
        <source>Double-click a name or organisation to change it. Votes are kept per participant; the canvas shows the median of everybody's votes.</source>
        <translation>Doppelklicken Sie auf einen Namen oder eine Organisation, um sie zu ändern. Die Stimmen werden pro Teilnehmer gespeichert; die Fläche zeigt den Median aller Stimmen.</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>Zum Umbenennen doppelklicken</translation>
    </message>
    <message>
        <source>Double-click, or press Show me, to see it on the map</source>
        <translation>Doppelklicken oder „Zeigen“ drücken, um es auf der Karte zu sehen</translation>
    </message>
    <message>
        <source>Double-helix set-up: deliberate? (not wrong in itself)</source>
        <translation>Doppelhelix-Konstellation: bewusst gewählt? (an sich nicht falsch)</translation>
    </message>
    <message>
        <source>Drag a name in the influence grid</source>
        <translation>Ziehen Sie einen Namen im Einflussraster</translation>
    </message>
    <message>
        <source>Drag from one actor to another to draw a relation (or Shift+drag)</source>
        <translation>Von einem Akteur zu einem anderen ziehen, um eine Beziehung zu zeichnen (oder Shift+Ziehen)</translation>
    </message>
    <message>
        <source>Drag or click to move through the phases (PageUp / PageDown)</source>
        <translation>Ziehen oder klicken, um durch die Phasen zu gehen (PageUp / PageDown)</translation>
    </message>
    <message>
        <source>Drag to another cell to change both</source>
        <translation>Auf eine andere Zelle ziehen, um beides zu ändern</translation>
    </message>
    <message>
        <source>Drag to move the map; pinch, Ctrl+wheel or the + and − buttons zoom; ⤢ shows the whole map.</source>
        <translation>Ziehen Sie, um die Karte zu verschieben; zoomen Sie mit zwei Fingern, mit Ctrl+Mausrad oder mit den Schaltflächen + und −; ⤢ zeigt die ganze Karte.</translation>
    </message>
    <message>
        <source>Drags move actors in the current phase only (or hold Alt while dragging)</source>
        <translation>Ziehen verschiebt Akteure nur in der aktuellen Phase (oder beim Ziehen Alt gedrückt halten)</translation>
    </message>
    <message>
        <source>Drags now move actors in this phase only; switch off in Actors ▸ Move in this phase only.</source>
        <translation>Ziehen verschiebt Akteure jetzt nur in dieser Phase; ausschalten unter Akteure ▸ Nur in dieser Phase verschieben.</translation>
    </message>
    <message>
        <source>During a scoring round</source>
        <translation>Während einer Bewertungsrunde</translation>
    </message>
    <message>
        <source>e.g. 002, or a file name or citation</source>
        <translation>z. B. 002, ein Dateiname oder eine Quellenangabe</translation>
    </message>
    <message>
        <source>e.g. 2019-03 or spring 2019 (optional)</source>
        <translation>z. B. 2019-03 oder Frühjahr 2019 (optional)</translation>
    </message>
    <message>
        <source>e.g. Pilot in two districts</source>
        <translation>z. B. Pilot in zwei Stadtteilen</translation>
    </message>
    <message>
        <source>e.g. public-private partnership</source>
        <translation>z. B. öffentlich-private Partnerschaft</translation>
    </message>
    <message>
        <source>e.g. Tender specifications fixed</source>
        <translation>z. B. Ausschreibungsunterlagen festgelegt</translation>
    </message>
    <message>
        <source>Each actor type has its own box shape and glyph as well as a colour. Scores are the median of the participants' votes on a 1–5 scale (1–2 low, 3 medium, 4–5 high); line colour = trust (orange low, grey medium, violet high), line width = commitment. Higher is not better: the colours are deliberately not red-to-green. The ≠ badge marks a relation where the votes differ by two steps or more: worth talking about. The label on a relation gives its kind and, once all three dimensions are scored, its 3C class (coop = cooperation, coord = coordination, collab = collaboration).</source>
        <translation>Jeder Akteurstyp hat eine eigene Kastenform und ein eigenes Symbol sowie eine Farbe. Bewertungen sind der Median der Stimmen der Teilnehmer auf einer Skala von 1–5 (1–2 niedrig, 3 mittel, 4–5 hoch); Linienfarbe = Vertrauen (orange niedrig, grau mittel, violett hoch), Linienbreite = Bindung. Höher ist nicht besser: Die Farben sind bewusst nicht von Rot nach Grün abgestuft. Das Zeichen ≠ markiert eine Beziehung, bei der die Stimmen um zwei Stufen oder mehr abweichen: ein Gespräch wert. Die Beschriftung einer Beziehung nennt ihre Art und, sobald alle drei Dimensionen bewertet sind, ihre 3C-Klasse (coop = Kooperation, coord = Koordination, collab = Kollaboration).</translation>
    </message>
    <message>
        <source>Each arena's 3C class</source>
        <translation>3C-Klasse jeder Arena</translation>
    </message>
    <message>
        <source>Each phase held for two seconds, then the map turns into the next one, as the screen's morph does; with the title, phase and legend.</source>
        <translation>Jede Phase wird zwei Sekunden lang gezeigt, dann geht die Karte in die nächste über, wie beim Übergang auf dem Bildschirm; mit Titel, Phase und Legende.</translation>
    </message>
    <message numerus="yes">
        <source>edge sheet</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Kantentabelle</numerusform>
            <numerusform>Kantentabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edit</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Bearbeitung</numerusform>
            <numerusform>Bearbeitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit decision point</source>
        <translation>Entscheidungspunkt bearbeiten</translation>
    </message>
    <message>
        <source>Edit decision point…</source>
        <translation>Entscheidungspunkt bearbeiten…</translation>
    </message>
    <message>
        <source>Edit not possible</source>
        <translation>Bearbeiten nicht möglich</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit or change the source ({what})</source>
        <translation>Quelle bearbeiten oder ändern ({what})</translation>
    </message>
    <message>
        <source>Edit or delete it; right-click to add one in that phase</source>
        <translation>Bearbeiten oder löschen; Rechtsklick, um in dieser Phase einen hinzuzufügen</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Zitat bearbeiten</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Quelle bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the sequence…</source>
        <translation>Abfolge bearbeiten…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Runde beenden</translation>
    </message>
    <message>
        <source>End the round (asks first)</source>
        <translation>Runde beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>End the scoring round</source>
        <translation>Bewertungsrunde beenden</translation>
    </message>
    <message>
        <source>End this scoring round? Every vote given so far is kept.</source>
        <translation>Diese Bewertungsrunde beenden? Alle bisher abgegebenen Stimmen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Ended relations</source>
        <translation>Beendete Beziehungen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter the join code</source>
        <translation>Beitrittscode eingeben</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <comment>role</comment>
        <translation>Unternehmer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Esc or F1 closes this sheet.</source>
        <translation>Esc oder F1 schließt diese Übersicht.</translation>
    </message>
    <message>
        <source>Every data format with a codebook, in one folder</source>
        <translation>Alle Datenformate mit Codebuch, in einem Ordner</translation>
    </message>
    <message>
        <source>Every edit is saved</source>
        <translation>Jede Änderung wird gespeichert</translation>
    </message>
    <message>
        <source>Every prompt was discussed.</source>
        <translation>Jeder Impuls wurde besprochen.</translation>
    </message>
    <message>
        <source>Every relation on the map was scored.</source>
        <translation>Jede Beziehung auf der Karte wurde bewertet.</translation>
    </message>
    <message>
        <source>Every relation scored by two or more people got the same scores.</source>
        <translation>Jede Beziehung, die von zwei oder mehr Personen bewertet wurde, erhielt dieselben Bewertungen.</translation>
    </message>
    <message>
        <source>Every shortcut of this window, in large print</source>
        <translation>Alle Tastenkürzel dieses Fensters, in großer Schrift</translation>
    </message>
    <message>
        <source>Every step of every phase; ✓ shown on the wall, ○ not yet. Activate one to show the wall up to it</source>
        <translation>Jeder Schritt jeder Phase; ✓ an der Wand gezeigt, ○ noch nicht. Einen aktivieren, um die Wand bis dorthin zu zeigen</translation>
    </message>
    <message>
        <source>Everybody who took part in the previous phase takes part here too, with the same roles</source>
        <translation>Alle, die an der vorigen Phase teilgenommen haben, nehmen auch hier teil, mit denselben Rollen</translation>
    </message>
    <message>
        <source>Excel workbook of the tables</source>
        <translation>Excel-Arbeitsmappe der Tabellen</translation>
    </message>
    <message>
        <source>exercises political voice: votes, advocates, holds officials to account</source>
        <comment>role help</comment>
        <translation>erhebt politisch die Stimme: wählt, setzt sich ein, zieht Amtsträger zur Verantwortung</translation>
    </message>
    <message>
        <source>Expecting that what you share will not be used against you</source>
        <translation>Die Erwartung, dass das, was Sie teilen, nicht gegen Sie verwendet wird</translation>
    </message>
    <message>
        <source>expecting that what you share will not be used against you.</source>
        <translation>die Erwartung, dass das, was Sie teilen, nicht gegen Sie verwendet wird.</translation>
    </message>
    <message>
        <source>Expert</source>
        <comment>role</comment>
        <translation>Experte</translation>
    </message>
    <message>
        <source>Expert group</source>
        <comment>arena level</comment>
        <translation>Expertengruppe</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export &amp;workshop report…</source>
        <translation>Workshop-Beric&amp;ht exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export not available</source>
        <translation>Export nicht verfügbar</translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation>Export abgelehnt</translation>
    </message>
    <message>
        <source>Export rese&amp;arch bundle…</source>
        <translation>F&amp;orschungspaket exportieren…</translation>
    </message>
    <message>
        <source>Export snapshot &amp;pack (PDF)…</source>
        <translation>Momentaufnahme-&amp;Paket exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>Vorlage exportieren…</translation>
    </message>
    <message>
        <source>Export the map as images, an HTML page, a PDF pack or data</source>
        <translation>Die Karte als Bilder, HTML-Seite, PDF-Paket oder Daten exportieren</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Zuordnung exportieren</translation>
    </message>
    <message>
        <source>Export the template as</source>
        <translation>Vorlage exportieren als</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Export workshop report</source>
        <translation>Workshop-Bericht exportieren</translation>
    </message>
    <message>
        <source>Exporting {label}…</source>
        <translation>{label} wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting: {what}…</source>
        <translation>Export: {what}…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>external grant-giver outside the line of government</source>
        <comment>role help</comment>
        <translation>externer Zuwendungsgeber außerhalb der staatlichen Linie</translation>
    </message>
    <message>
        <source>Facilitation prompts for this phase, to tick off and pin</source>
        <translation>Moderationsimpulse für diese Phase, zum Abhaken und Anheften</translation>
    </message>
    <message numerus="yes">
        <source>fact</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Fakt</numerusform>
            <numerusform>Fakten</numerusform>
        </translation>
    </message>
    <message>
        <source>Fade actors and relations in and out when switching phases</source>
        <translation>Akteure und Beziehungen beim Phasenwechsel ein- und ausblenden</translation>
    </message>
    <message>
        <source>Faint rings or sectors behind the map after arranging by a lens</source>
        <translation>Blasse Ringe oder Sektoren hinter der Karte nach dem Anordnen nach einer Perspektive</translation>
    </message>
    <message numerus="yes">
        <source>field</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Feld</numerusform>
            <numerusform>Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>file</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Datei</numerusform>
            <numerusform>Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled marks: the class a source states for the arena; hollow: the lower median of the classes the room's votes give the relations between its members.</source>
        <translation>Gefüllte Marken: die Klasse, die eine Quelle für die Arena nennt; hohle: der untere Median der Klassen, die die Stimmen des Raums den Beziehungen zwischen ihren Mitgliedern geben.</translation>
    </message>
    <message>
        <source>Filled: the class a source states for the arena; hollow: derived from the room's votes on the relations between its members (lower median).</source>
        <translation>Gefüllt: die Klasse, die eine Quelle für die Arena nennt; hohl: abgeleitet aus den Stimmen des Raums zu den Beziehungen zwischen ihren Mitgliedern (unterer Median).</translation>
    </message>
    <message>
        <source>Film size</source>
        <translation>Filmgröße</translation>
    </message>
    <message>
        <source>Film speed</source>
        <translation>Filmgeschwindigkeit</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>firms of any size: multinationals, IT vendors, SMEs, utilities, consultancies</source>
        <comment>actor type help</comment>
        <translation>Unternehmen jeder Größe: Konzerne, IT-Anbieter, KMU, Versorger, Beratungen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Karte ins Fenster einpassen</translation>
    </message>
    <message>
        <source>Follow the phase bar (previous → current)</source>
        <translation>Der Phasenleiste folgen (vorige → aktuelle)</translation>
    </message>
    <message>
        <source>For each key relation, is information exchange enough, are shared resources needed, or truly joint planning? What is the lowest intensity that will do?</source>
        <translation>Genügt für jede wichtige Beziehung der Austausch von Informationen, braucht es gemeinsame Ressourcen oder wirklich gemeinsame Planung? Welche Intensität ist mindestens nötig?</translation>
    </message>
    <message>
        <source>For Excel: opens as UTF-8, and text starting with = + - @ stays text</source>
        <translation>Für Excel: öffnet als UTF-8, und Text, der mit = + - @ beginnt, bleibt Text</translation>
    </message>
    <message>
        <source>For the people who commissioned the workshop: who took part, the map of each phase, what changed, where the room agreed and disagreed, what was said, the warnings and how the room answered them, and what is still open.</source>
        <translation>Für die Auftraggeber des Workshops: wer teilnahm, die Karte jeder Phase, was sich änderte, wo der Raum übereinstimmte und wo nicht, was gesagt wurde, die Warnungen und wie der Raum darauf antwortete, und was noch offen ist.</translation>
    </message>
    <message>
        <source>for the whole phase</source>
        <translation>für die ganze Phase</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Forums (steering committee, project teams...) with their members, and 3C per arena</source>
        <translation>Foren (Lenkungsausschuss, Projektteams...) mit ihren Mitgliedern und 3C je Arena</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>aus dem Dateinamen</translation>
    </message>
    <message>
        <source>From the source actor to the target actor (→)</source>
        <translation>Vom Quellakteur zum Zielakteur (→)</translation>
    </message>
    <message>
        <source>From {a}
to {b}</source>
        <translation>Von {a}
zu {b}</translation>
    </message>
    <message>
        <source>From {a} to {b}</source>
        <translation>Von {a} zu {b}</translation>
    </message>
    <message>
        <source>Funder</source>
        <comment>role</comment>
        <translation>Finanzierer</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>relation kind</comment>
        <translation>Finanzierung</translation>
    </message>
    <message numerus="yes">
        <source>funding or consultation relation</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Finanzierungs- oder Konsultationsbeziehung</numerusform>
            <numerusform>Finanzierungs- oder Konsultationsbeziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Profitiert</translation>
    </message>
    <message>
        <source>gains: {gains}</source>
        <translation>profitiert: {gains}</translation>
    </message>
    <message>
        <source>GEXF network for Gephi (all phases in one file)</source>
        <translation>GEXF-Netzwerk für Gephi (alle Phasen in einer Datei)</translation>
    </message>
    <message>
        <source>GEXF, GraphML, CSV and Excel tables with a codebook, in a new folder.</source>
        <translation>GEXF-, GraphML-, CSV- und Excel-Tabellen mit Codebuch, in einem neuen Ordner.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this session</source>
        <translation>Zu einer automatischen Sicherung dieser Sitzung zurückkehren</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Ziel: {goal}</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Öffentliche Hand</translation>
    </message>
    <message>
        <source>Government</source>
        <comment>actor type</comment>
        <translation>Öffentliche Hand</translation>
    </message>
    <message>
        <source>GraphML network (a folder, one file per phase)</source>
        <translation>GraphML-Netzwerk (ein Ordner, eine Datei pro Phase)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>heading or table</source>
        <translation>Überschrift oder Tabelle</translation>
    </message>
    <message>
        <source>Held by a vendor</source>
        <comment>openness</comment>
        <translation>In Anbieterhand</translation>
    </message>
    <message>
        <source>Held per actor and per phase; an actor may hold several, and the room may add its own.</source>
        <translation>Je Akteur und je Phase vergeben; ein Akteur kann mehrere innehaben, und der Raum kann eigene hinzufügen.</translation>
    </message>
    <message>
        <source>Helix sectors</source>
        <translation>Helix-Sektoren</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Hidden until the room's votes are revealed</source>
        <translation>Verborgen, bis die Stimmen des Raums aufgedeckt sind</translation>
    </message>
    <message>
        <source>High</source>
        <comment>level</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>high</source>
        <comment>score</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>High commitment, low trust: does this commitment rest on something other than trust, and would the partners hold on despite evidence that it is not working?</source>
        <translation>Hohe Bindung, niedriges Vertrauen: Beruht diese Bindung auf etwas anderem als Vertrauen, und würden die Partner auch dann daran festhalten, wenn sich zeigt, dass es nicht funktioniert?</translation>
    </message>
    <message>
        <source>high {high} but low {low}</source>
        <translation>hoch bei {high}, aber niedrig bei {low}</translation>
    </message>
    <message>
        <source>High-contrast presentation</source>
        <translation>Kontrastreiche Präsentation</translation>
    </message>
    <message>
        <source>highlighted</source>
        <translation>hervorgehoben</translation>
    </message>
    <message>
        <source>holder unknown</source>
        <translation>Inhaber unbekannt</translation>
    </message>
    <message>
        <source>holds formal decision power, e.g. in a steering body</source>
        <comment>role help</comment>
        <translation>hat formale Entscheidungsmacht, z. B. in einem Lenkungsgremium</translation>
    </message>
    <message>
        <source>How is the room asked?</source>
        <translation>Wie wird der Raum gefragt?</translation>
    </message>
    <message>
        <source>How much do {a} and {b} need each other?</source>
        <translation>Wie sehr brauchen {a} und {b} einander?</translation>
    </message>
    <message>
        <source>How much do {a} and {b} trust each other?</source>
        <translation>Wie sehr vertrauen {a} und {b} einander?</translation>
    </message>
    <message>
        <source>How much each partner needs the other</source>
        <translation>Wie sehr jeder Partner den anderen braucht</translation>
    </message>
    <message>
        <source>how much each partner needs the other.</source>
        <translation>wie sehr jeder Partner den anderen braucht.</translation>
    </message>
    <message>
        <source>how much each side needs the other</source>
        <comment>dimension help</comment>
        <translation>wie sehr jede Seite die andere braucht</translation>
    </message>
    <message>
        <source>How this session reads the 3C class from trust, commitment and interdependence:</source>
        <translation>Wie diese Sitzung die 3C-Klasse aus Vertrauen, Bindung und Interdependenz ableitet:</translation>
    </message>
    <message>
        <source>How this session reads the 3C class, and whether source levels count in the median</source>
        <translation>Wie diese Sitzung die 3C-Klasse ableitet und ob Quellenwerte in den Median eingehen</translation>
    </message>
    <message>
        <source>How willing are {a} and {b} to invest in and stay in this relation?</source>
        <translation>Wie bereit sind {a} und {b}, in diese Beziehung zu investieren und in ihr zu bleiben?</translation>
    </message>
    <message>
        <source>How would you score the relation between {a} and {b}? ({scale})</source>
        <translation>Wie würden Sie die Beziehung zwischen {a} und {b} bewerten? ({scale})</translation>
    </message>
    <message>
        <source>HTML snapshot: one page that opens in any browser</source>
        <translation>HTML-Momentaufnahme: eine Seite, die sich in jedem Browser öffnen lässt</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Riesig</translation>
    </message>
    <message>
        <source>I</source>
        <comment>initial of interdependence</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Implementation</source>
        <comment>phase</comment>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Implementation and scaling</source>
        <translation>Umsetzung und Skalierung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Eine Zuordnung importieren</translation>
    </message>
    <message>
        <source>Import a network</source>
        <translation>Ein Netzwerk importieren</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import not available</source>
        <translation>Import nicht verfügbar</translation>
    </message>
    <message>
        <source>Import with this mapping</source>
        <translation>Mit dieser Zuordnung importieren</translation>
    </message>
    <message>
        <source>Import {name}?</source>
        <translation>{name} importieren?</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Aus einer Datei importiert</translation>
    </message>
    <message>
        <source>in between: repeated, task-oriented work that also exchanges resources, each partner keeping its autonomy</source>
        <comment>3C class help</comment>
        <translation>dazwischen: wiederholte, aufgabenbezogene Zusammenarbeit, bei der auch Ressourcen ausgetauscht werden und jeder Partner seine Autonomie behält</translation>
    </message>
    <message>
        <source>In phase “{name}”</source>
        <translation>In Phase „{name}“</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>In this phase</source>
        <translation>In dieser Phase</translation>
    </message>
    <message>
        <source>In what role are residents involved — users, entrepreneurs, civic agents, political actors — and can they change the plan before it is fixed?</source>
        <translation>In welcher Rolle sind die Bewohner beteiligt — als Nutzer, Unternehmer, Gemeinwohlvertreter, politische Akteure — und können sie den Plan ändern, bevor er feststeht?</translation>
    </message>
    <message>
        <source>In {name}</source>
        <translation>In {name}</translation>
    </message>
    <message>
        <source>in {phase}</source>
        <translation>in {phase}</translation>
    </message>
    <message>
        <source>In {phase}, institutional work is recorded ({work}); no cultural work is recorded.</source>
        <translation>In {phase} ist institutionelle Arbeit erfasst ({work}); kulturelle Arbeit ist nicht erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>In {phase}, {actors} acts internationally ({names}) but only {local} at neighbourhood or city level.</source>
        <translation>
            <numerusform>In {phase} handelt {actors} international ({names}), aber nur {local} auf Quartiers- oder Stadtebene.</numerusform>
            <numerusform>In {phase} handeln {actors} international ({names}), aber nur {local} auf Quartiers- oder Stadtebene.</numerusform>
        </translation>
    </message>
    <message>
        <source>In {phase}, {name} receives data only from {sources}.</source>
        <translation>In {phase} erhält {name} Daten nur von {sources}.</translation>
    </message>
    <message>
        <source>In {phase}, {name}: all {count} of its funding relations come from {funder}.</source>
        <translation>In {phase}, {name}: Alle {count} Finanzierungsbeziehungen kommen von {funder}.</translation>
    </message>
    <message>
        <source>In {phase}, {name}: all {count} of its high-interdependence relations are with {partner}.</source>
        <translation>In {phase}, {name}: Alle {count} Beziehungen mit hoher Interdependenz bestehen zu {partner}.</translation>
    </message>
    <message>
        <source>in “{arena}”</source>
        <translation>in „{arena}“</translation>
    </message>
    <message>
        <source>Indexing and matching actors</source>
        <translation>Akteure werden indiziert und abgeglichen</translation>
    </message>
    <message>
        <source>Individual</source>
        <comment>orchestrator form</comment>
        <translation>Individuell</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Wirtschaft</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>erschlossen</translation>
    </message>
    <message>
        <source>Inferred (by whom, why)</source>
        <translation>Erschlossen (von wem, warum)</translation>
    </message>
    <message>
        <source>inferred by someone, with the reason</source>
        <comment>source kind</comment>
        <translation>von jemandem erschlossen, mit Begründung</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>influence (the Net-Map tower)</source>
        <comment>presence fact</comment>
        <translation>Einfluss (der Net-Map-Turm)</translation>
    </message>
    <message>
        <source>Influence and goal (Net-Map)</source>
        <translation>Einfluss und Ziel (Net-Map)</translation>
    </message>
    <message>
        <source>Influence and goals</source>
        <translation>Einfluss und Ziele</translation>
    </message>
    <message>
        <source>Influence towers</source>
        <translation>Einflusstürme</translation>
    </message>
    <message>
        <source>Influence towers beside the boxes, with their key</source>
        <translation>Einflusstürme neben den Kästen, mit Legende</translation>
    </message>
    <message>
        <source>Influence towers: height = influence 0–5</source>
        <translation>Einflusstürme: Höhe = Einfluss 0–5</translation>
    </message>
    <message>
        <source>Influence, goal, orchestration, institutional work and public value of the selected actor</source>
        <translation>Einfluss, Ziel, Orchestrierung, institutionelle Arbeit und Public Value des ausgewählten Akteurs</translation>
    </message>
    <message>
        <source>Influence: {influence}</source>
        <translation>Einfluss: {influence}</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>relation kind</comment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Institutional work (001, Table 1)</source>
        <translation>Institutionelle Arbeit (001, Tabelle 1)</translation>
    </message>
    <message>
        <source>Institutional work without cultural work: who makes the change meaningful to everyone?</source>
        <translation>Institutionelle Arbeit ohne kulturelle Arbeit: Wer macht den Wandel für alle bedeutsam?</translation>
    </message>
    <message>
        <source>Intended public value (whole session)</source>
        <translation>Angestrebter Public Value (ganze Sitzung)</translation>
    </message>
    <message>
        <source>Intended public value:</source>
        <translation>Angestrebter Public Value:</translation>
    </message>
    <message>
        <source>Intended public value: {value}</source>
        <translation>Angestrebter Public Value: {value}</translation>
    </message>
    <message>
        <source>Intended:</source>
        <translation>Angestrebt:</translation>
    </message>
    <message>
        <source>Intensity dropped: regrouping pause or stall?</source>
        <translation>Intensität gesunken: Pause zur Neuordnung oder Stillstand?</translation>
    </message>
    <message>
        <source>Interdep.</source>
        <translation>Interdep.</translation>
    </message>
    <message>
        <source>Interdependence</source>
        <translation>Interdependenz</translation>
    </message>
    <message>
        <source>Interdependence</source>
        <comment>dimension</comment>
        <translation>Interdependenz</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>actor type</comment>
        <translation>Intermediär</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>role</comment>
        <translation>Vermittler</translation>
    </message>
    <message>
        <source>International</source>
        <comment>actor type</comment>
        <translation>International</translation>
    </message>
    <message>
        <source>International</source>
        <comment>scale</comment>
        <translation>International</translation>
    </message>
    <message>
        <source>international organisations and donors, cross-border consortia</source>
        <comment>actor type help</comment>
        <translation>internationale Organisationen und Geber, grenzüberschreitende Konsortien</translation>
    </message>
    <message>
        <source>Interoperable</source>
        <translation>Interoperabel</translation>
    </message>
    <message>
        <source>Is any partner here only so that a category is represented, without influence on decisions?</source>
        <translation>Ist ein Partner nur hier, damit eine Kategorie vertreten ist, ohne Einfluss auf Entscheidungen?</translation>
    </message>
    <message>
        <source>Is anyone holding on to a relation that no longer delivers, or depending on a single partner?</source>
        <translation>Hält jemand an einer Beziehung fest, die nichts mehr bringt, oder hängt von einem einzigen Partner ab?</translation>
    </message>
    <message>
        <source>Is the commitment shown at steering level matched in the project teams? What do front-line staff gain from taking part?</source>
        <translation>Findet sich die auf Lenkungsebene gezeigte Bindung auch in den Projektteams wieder? Was haben die Mitarbeitenden vor Ort von ihrer Teilnahme?</translation>
    </message>
    <message>
        <source>Is this closer to a dashboard, a platform or a citizen-centric smart city, and do all participants want the same one?</source>
        <translation>Ist das eher ein Dashboard, eine Plattform oder eine bürgerzentrierte Smart City, und wollen alle Teilnehmer dasselbe?</translation>
    </message>
    <message numerus="yes">
        <source>item</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Element</numerusform>
            <numerusform>Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Beitrittscode</translation>
    </message>
    <message>
        <source>Join live scoring</source>
        <translation>An der Live-Bewertung teilnehmen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>Joining locked after {wrong_codes} wrong codes — press Unlock</source>
        <translation>Beitritt nach {wrong_codes} falschen Codes gesperrt — „Entsperren“ drücken</translation>
    </message>
    <message>
        <source>Keep this session's phases, roles, prompts, round and groups for the next workshop</source>
        <translation>Phasen, Rollen, Impulse, Runde und Gruppen dieser Sitzung für den nächsten Workshop behalten</translation>
    </message>
    <message>
        <source>keeps activities aligned and convenes actors</source>
        <comment>role help</comment>
        <translation>hält Aktivitäten aufeinander abgestimmt und bringt Akteure zusammen</translation>
    </message>
    <message>
        <source>Kept in {folder}</source>
        <translation>Abgelegt in {folder}</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys 1–5 score the marked row and move to the next. ◆ a source's level.</source>
        <translation>Die Tasten 1–5 bewerten die markierte Zeile und gehen zur nächsten. ◆ der Wert einer Quelle.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kind given to relations you draw next</source>
        <translation>Art der Beziehungen, die Sie als Nächstes zeichnen</translation>
    </message>
    <message>
        <source>Known not to take part: the source or the room says so (counts as leaving)</source>
        <translation>Bekanntermaßen nicht beteiligt: Die Quelle oder der Raum sagt es (zählt als Ausscheiden)</translation>
    </message>
    <message>
        <source>Krippendorff's alpha for ordinal scores over the room's votes (reference levels are not votes): 1 = the room scored alike, 0 = no more alike than chance, below 0 = less. Undefined where no relation has two votes or every vote is the same.</source>
        <translation>Krippendorffs Alpha für ordinale Bewertungen über die Stimmen des Raums (Referenzwerte sind keine Stimmen): 1 = der Raum hat gleich bewertet, 0 = nicht ähnlicher als der Zufall, unter 0 = weniger. Undefiniert, wenn keine Beziehung zwei Stimmen hat oder alle Stimmen gleich sind.</translation>
    </message>
    <message>
        <source>Krippendorff's alpha for ordinal scores, over the room's votes (a reference participant's levels are not votes): 1 = the room scored alike, 0 = no more alike than chance, below 0 = less alike than chance. Undefined where no relation has two votes on the dimension, or every vote compared is the same.</source>
        <translation>Krippendorffs Alpha für ordinale Bewertungen, über die Stimmen des Raums (die Werte eines Referenzteilnehmers sind keine Stimmen): 1 = der Raum hat gleich bewertet, 0 = nicht ähnlicher als der Zufall, unter 0 = weniger ähnlich als der Zufall. Undefiniert, wenn keine Beziehung zwei Stimmen zu der Dimension hat oder alle verglichenen Stimmen gleich sind.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Leader</source>
        <comment>role</comment>
        <translation>Vorreiter</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>left (faded)</source>
        <translation>ausgeschieden (blass)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>Left out ({n})</source>
        <translation>Ausgelassen ({n})</translation>
    </message>
    <message>
        <source>Left out of a pseudonymised report: what was said stays in the room.</source>
        <translation>In einem pseudonymisierten Bericht ausgelassen: Was gesagt wurde, bleibt im Raum.</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Legend ▸</source>
        <translation>Legende ▸</translation>
    </message>
    <message>
        <source>Let new phones join again; phones already in keep voting</source>
        <translation>Neue Smartphones wieder beitreten lassen; bereits verbundene stimmen weiter ab</translation>
    </message>
    <message>
        <source>Let participants score the current relation from their phones</source>
        <translation>Teilnehmer die aktuelle Beziehung auf ihren Smartphones bewerten lassen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>levels from a source (e.g. a case record); shown beside the room's median, not counted unless the session pools references</source>
        <comment>participant kind</comment>
        <translation>Werte aus einer Quelle (z. B. einem Fallprotokoll); neben dem Median des Raums gezeigt, nicht gezählt, es sei denn, die Sitzung bezieht Referenzen ein</translation>
    </message>
    <message>
        <source>Levels stated by sources are kept apart from the room's votes: {sources}.</source>
        <translation>Von Quellen genannte Werte werden getrennt von den Stimmen des Raums geführt: {sources}.</translation>
    </message>
    <message>
        <source>Link the note to the selected actor or relation</source>
        <translation>Die Notiz mit dem ausgewählten Akteur oder der ausgewählten Beziehung verknüpfen</translation>
    </message>
    <message>
        <source>Link the note to {subject}</source>
        <translation>Die Notiz mit {subject} verknüpfen</translation>
    </message>
    <message>
        <source>Live scoring</source>
        <translation>Live-Bewertung</translation>
    </message>
    <message>
        <source>Local knowledge missing or outweighed</source>
        <translation>Lokales Wissen fehlt oder ist in der Unterzahl</translation>
    </message>
    <message>
        <source>Lost the connection to the facilitator's computer. Trying again…</source>
        <translation>Die Verbindung zum Computer der Moderation ist unterbrochen. Neuer Versuch…</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>level</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>low</source>
        <comment>score</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Low shared commitment: who does the cultural work that builds shared motivation?</source>
        <translation>Geringe gemeinsame Bindung: Wer leistet die kulturelle Arbeit, die gemeinsame Motivation aufbaut?</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Made with Assemblage Workshop. This page works offline and loads nothing from the network.</source>
        <translation>Erstellt mit Assemblage Workshop. Diese Seite funktioniert offline und lädt nichts aus dem Netz.</translation>
    </message>
    <message>
        <source>Maintaining</source>
        <comment>work aim</comment>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Maintenance &amp; adoption</source>
        <comment>phase</comment>
        <translation>Wartung &amp; Verbreitung</translation>
    </message>
    <message>
        <source>Maintenance and adoption</source>
        <translation>Wartung und Verbreitung</translation>
    </message>
    <message>
        <source>Make a corpus from session files (they are only read)</source>
        <translation>Ein Korpus aus Sitzungsdateien erstellen (sie werden nur gelesen)</translation>
    </message>
    <message>
        <source>Make a new session from a GEXF, GraphML, CSV or Kumu file</source>
        <translation>Eine neue Sitzung aus einer GEXF-, GraphML-, CSV- oder Kumu-Datei erstellen</translation>
    </message>
    <message>
        <source>Make this the question before the room (shown on the projector)</source>
        <translation>Dies zur Frage an den Raum machen (auf dem Beamer gezeigt)</translation>
    </message>
    <message>
        <source>Manager (runs the day-to-day)</source>
        <comment>orchestrator mode</comment>
        <translation>Manager (führt das Tagesgeschäft)</translation>
    </message>
    <message>
        <source>mandates, steering, joint or directive decisions</source>
        <comment>relation kind help</comment>
        <translation>Mandate, Steuerung, gemeinsame oder verbindliche Entscheidungen</translation>
    </message>
    <message>
        <source>Many sessions in one database: match actors across workshops</source>
        <translation>Viele Sitzungen in einer Datenbank: Akteure über Workshops hinweg zuordnen</translation>
    </message>
    <message>
        <source>Map of {phase}</source>
        <translation>Karte: {phase}</translation>
    </message>
    <message>
        <source>Map {name} onto the app's vocabulary</source>
        <translation>{name} dem Vokabular der App zuordnen</translation>
    </message>
    <message>
        <source>Mapped ({n})</source>
        <translation>Zugeordnet ({n})</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Mapping not exported</source>
        <translation>Zuordnung nicht exportiert</translation>
    </message>
    <message>
        <source>Mapping not imported</source>
        <translation>Zuordnung nicht importiert</translation>
    </message>
    <message>
        <source>Mapping not saved</source>
        <translation>Zuordnung nicht gespeichert</translation>
    </message>
    <message>
        <source>Mark every actor of the session as taking part in this phase</source>
        <translation>Alle Akteure der Sitzung als in dieser Phase beteiligt markieren</translation>
    </message>
    <message>
        <source>Mark on map</source>
        <translation>Auf der Karte markieren</translation>
    </message>
    <message>
        <source>Mark the selected actors (ghosts included) as taking part in this phase</source>
        <translation>Die ausgewählten Akteure (auch Geister) als in dieser Phase beteiligt markieren</translation>
    </message>
    <message>
        <source>Marked: {mark}</source>
        <translation>Markiert: {mark}</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <source>Match actors through a research corpus's register of canonical actors</source>
        <translation>Akteure über das Register kanonischer Akteure eines Forschungskorpus zuordnen</translation>
    </message>
    <message>
        <source>Match the selected actors to another canonical actor (a new one if the name is new)</source>
        <translation>Die ausgewählten Akteure einem anderen kanonischen Akteur zuordnen (einem neuen, wenn der Name neu ist)</translation>
    </message>
    <message>
        <source>Match through a corpus…</source>
        <translation>Über ein Korpus zuordnen…</translation>
    </message>
    <message>
        <source>Match through a research corpus</source>
        <translation>Über ein Forschungskorpus zuordnen</translation>
    </message>
    <message>
        <source>Match to canonical actor</source>
        <translation>Kanonischem Akteur zuordnen</translation>
    </message>
    <message>
        <source>Match to…</source>
        <translation>Zuordnen zu…</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>matrix sheet</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Matrixtabelle</numerusform>
            <numerusform>Matrixtabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Median of each dimension (the rule before schema 3)</source>
        <translation>Median jeder Dimension (die Regel vor Schema 3)</translation>
    </message>
    <message>
        <source>median rule</source>
        <translation>Median-Regel</translation>
    </message>
    <message>
        <source>Median {dimension}</source>
        <translation>Median {dimension}</translation>
    </message>
    <message>
        <source>Medians T · C · I</source>
        <translation>Mediane V · B · I</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>level</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>score</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members here</source>
        <translation>Mitglieder hier</translation>
    </message>
    <message>
        <source>Members of the arena</source>
        <translation>Mitglieder der Arena</translation>
    </message>
    <message>
        <source>Members of {name} in {name2}</source>
        <translation>Mitglieder von {name} in {name2}</translation>
    </message>
    <message numerus="yes">
        <source>membership</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Mitgliedschaft</numerusform>
            <numerusform>Mitgliedschaften</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics of both…</source>
        <translation>Kennzahlen beider…</translation>
    </message>
    <message>
        <source>Metrics over phases</source>
        <translation>Kennzahlen über die Phasen</translation>
    </message>
    <message>
        <source>Metrics over phases: both workshops</source>
        <translation>Kennzahlen über die Phasen: beide Workshops</translation>
    </message>
    <message>
        <source>middle half</source>
        <translation>mittlere Hälfte</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>alignment</comment>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Mixed (half-filled blocks)</source>
        <translation>Gemischt (halb gefüllte Blöcke)</translation>
    </message>
    <message>
        <source>money from funder to recipient (always directed)</source>
        <comment>relation kind help</comment>
        <translation>Geld vom Finanzierer an den Empfänger (immer gerichtet)</translation>
    </message>
    <message>
        <source>money, data, infrastructure, staff time, equipment</source>
        <comment>ability help</comment>
        <translation>Geld, Daten, Infrastruktur, Arbeitszeit, Ausstattung</translation>
    </message>
    <message>
        <source>Most contested in this phase</source>
        <translation>Am stärksten umstritten in dieser Phase</translation>
    </message>
    <message>
        <source>Most contested relations</source>
        <translation>Am stärksten umstrittene Beziehungen</translation>
    </message>
    <message>
        <source>Most contested relations in this phase</source>
        <translation>Am stärksten umstrittene Beziehungen in dieser Phase</translation>
    </message>
    <message>
        <source>Most relations run through one hub: is it the network's recognised orchestrator, or a point everyone depends on?</source>
        <translation>Die meisten Beziehungen laufen über einen Knoten: Ist er der anerkannte Orchestrator des Netzwerks oder ein Punkt, von dem alle abhängen?</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move in this phase only</source>
        <translation>Nur in dieser Phase verschieben</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Nach hinten verschieben</translation>
    </message>
    <message>
        <source>Move overlapping boxes apart as little as it takes (pinned actors stay put)</source>
        <translation>Überlappende Kästen so wenig wie nötig auseinanderschieben (angeheftete Akteure bleiben stehen)</translation>
    </message>
    <message>
        <source>Move through the phases (PageUp / PageDown)</source>
        <translation>Durch die Phasen gehen (PageUp / PageDown)</translation>
    </message>
    <message>
        <source>Move {actors}</source>
        <translation>{actors} verschieben</translation>
    </message>
    <message>
        <source>Moved in this phase only (right-click: reset position in this phase)</source>
        <translation>Nur in dieser Phase verschoben (Rechtsklick: Position in dieser Phase zurücksetzen)</translation>
    </message>
    <message>
        <source>MP4 film of the change across phases</source>
        <translation>MP4-Film der Veränderung über die Phasen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name organisations, not sectors: who exactly is here, and what does each bring — resources, skills or competences?</source>
        <translation>Nennen Sie Organisationen, nicht Sektoren: Wer genau ist hier, und was bringt jede mit — Ressourcen, Fertigkeiten oder Kompetenzen?</translation>
    </message>
    <message>
        <source>Name similarity 0-100 after folding case, accents, punctuation and words like 'City of' or 'GmbH'; lowered by 10 where the types differ, by 5 where the scales do</source>
        <translation>Namensähnlichkeit 0-100 nach Angleichen von Groß-/Kleinschreibung, Akzenten, Satzzeichen und Wörtern wie 'City of' oder 'GmbH'; um 10 gesenkt, wo sich die Typen unterscheiden, um 5, wo sich die Maßstäbe unterscheiden</translation>
    </message>
    <message>
        <source>Names are replaced and organisations left out: this report is pseudonymised.</source>
        <translation>Namen sind ersetzt und Organisationen ausgelassen: Dieser Bericht ist pseudonymisiert.</translation>
    </message>
    <message>
        <source>National</source>
        <comment>scale</comment>
        <translation>National</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <comment>scale</comment>
        <translation>Quartier</translation>
    </message>
    <message numerus="yes">
        <source>nested graph</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>verschachtelter Graph</numerusform>
            <numerusform>verschachtelte Graphen</numerusform>
        </translation>
    </message>
    <message>
        <source>Net-Map in {name}: influence on the outcome (rows) and stance towards the project's goal (columns) of the {n} actors shown; influence recorded for {influence}, stance for {stance}. Click a name to select it on the map; drag it to another cell to change both.</source>
        <translation>Net-Map in {name}: Einfluss auf das Ergebnis (Zeilen) und Haltung zum Projektziel (Spalten) der {n} gezeigten Akteure; Einfluss erfasst für {influence}, Haltung für {stance}. Klicken Sie auf einen Namen, um ihn auf der Karte auszuwählen; ziehen Sie ihn auf eine andere Zelle, um beides zu ändern.</translation>
    </message>
    <message>
        <source>Net-Map: a stack as high as each actor's recorded influence, shaded by its stance; ticked when the map shows them (View ▸ Influence towers)</source>
        <translation>Net-Map: ein Stapel so hoch wie der erfasste Einfluss jedes Akteurs, schattiert nach seiner Haltung; angehakt, wenn die Karte sie zeigt (Ansicht ▸ Einflusstürme)</translation>
    </message>
    <message>
        <source>Net-Map: a stack beside each box as high as the actor's influence in this phase (0-5), shaded by its stance towards the goal</source>
        <translation>Net-Map: ein Stapel neben jedem Kasten, so hoch wie der Einfluss des Akteurs in dieser Phase (0-5), schattiert nach seiner Haltung zum Ziel</translation>
    </message>
    <message>
        <source>Net-Map: every actor of the phase by influence and stance towards the goal</source>
        <translation>Net-Map: alle Akteure der Phase nach Einfluss und Haltung zum Ziel</translation>
    </message>
    <message>
        <source>Net-Map: how much can this actor influence the outcome? (the height of its tower)</source>
        <translation>Net-Map: Wie stark kann dieser Akteur das Ergebnis beeinflussen? (die Höhe seines Turms)</translation>
    </message>
    <message>
        <source>Net-Map: how the actor's aims go with the project's goal</source>
        <translation>Net-Map: wie die Ziele des Akteurs zum Projektziel passen</translation>
    </message>
    <message>
        <source>Network files (*.gexf *.graphml *.xml *.csv *.tsv *.txt *.json *.xlsx *.net *.paj *.gml *.cyjs *.jgf);;All files (*)</source>
        <translation>Netzwerkdateien (*.gexf *.graphml *.xml *.csv *.tsv *.txt *.json *.xlsx *.net *.paj *.gml *.cyjs *.jgf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Network shape</source>
        <translation>Netzwerkform</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Neutral</source>
        <comment>alignment</comment>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <source>New actor {n}</source>
        <translation>Neuer Akteur {n}</translation>
    </message>
    <message>
        <source>New arena {n}</source>
        <translation>Neue Arena {n}</translation>
    </message>
    <message numerus="yes">
        <source>new canonical actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>neuer kanonischer Akteur</numerusform>
            <numerusform>neue kanonische Akteure</numerusform>
        </translation>
    </message>
    <message>
        <source>New corpus…</source>
        <translation>Neues Korpus…</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>New phones can join again.</source>
        <translation>Neue Smartphones können wieder beitreten.</translation>
    </message>
    <message>
        <source>New phones cannot join right now: too many wrong codes were tried. Ask the facilitator to unlock joining.</source>
        <translation>Neue Smartphones können gerade nicht beitreten: Es wurden zu viele falsche Codes versucht. Bitten Sie die Moderation, den Beitritt zu entsperren.</translation>
    </message>
    <message>
        <source>new relation</source>
        <translation>neue Beziehung</translation>
    </message>
    <message>
        <source>New relations</source>
        <translation>Neue Beziehungen</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>New session file</source>
        <translation>Neue Sitzungsdatei</translation>
    </message>
    <message>
        <source>New session from a template</source>
        <translation>Neue Sitzung aus einer Vorlage</translation>
    </message>
    <message>
        <source>New suggestions for undecided actors; decisions stay</source>
        <translation>Neue Vorschläge für nicht entschiedene Akteure; Entscheidungen bleiben</translation>
    </message>
    <message>
        <source>New {relation}</source>
        <translation>Neue {relation}</translation>
    </message>
    <message>
        <source>Newcomer needed late (adoption/data): was this planned earlier?</source>
        <translation>Neuzugang spät benötigt (Verbreitung/Daten): War das schon früher eingeplant?</translation>
    </message>
    <message>
        <source>Next / previous person</source>
        <translation>Nächste / vorige Person</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>Next phase ▶</source>
        <translation>Nächste Phase ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Next relation</source>
        <translation>Nächste Beziehung</translation>
    </message>
    <message>
        <source>Next relation (or next question, one question at a time)</source>
        <translation>Nächste Beziehung (oder nächste Frage, bei einer Frage nach der anderen)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Next step (a clicker's forward key)</source>
        <translation>Nächster Schritt (die Vorwärtstaste eines Presenters)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>No actor in {phase} acts at neighbourhood or city level.</source>
        <translation>Kein Akteur in {phase} handelt auf Quartiers- oder Stadtebene.</translation>
    </message>
    <message numerus="yes">
        <source>No actor in {phase} acts at neighbourhood or city level; {actors} acts internationally.</source>
        <translation>
            <numerusform>Kein Akteur in {phase} handelt auf Quartiers- oder Stadtebene; {actors} handelt international.</numerusform>
            <numerusform>Kein Akteur in {phase} handelt auf Quartiers- oder Stadtebene; {actors} handeln international.</numerusform>
        </translation>
    </message>
    <message>
        <source>No arenas yet: add one above (a steering committee, an operations team, a project team...) and tick its members in each phase.</source>
        <translation>Noch keine Arenen: Fügen Sie oben eine hinzu (einen Lenkungsausschuss, ein Betriebsteam, ein Projektteam...) und haken Sie in jeder Phase ihre Mitglieder an.</translation>
    </message>
    <message>
        <source>No boxes overlap: nothing to tidy.</source>
        <translation>Keine Kästen überlappen: Es gibt nichts aufzuräumen.</translation>
    </message>
    <message>
        <source>no broker</source>
        <translation>kein Vermittler</translation>
    </message>
    <message>
        <source>No citizens actor takes part in {phase}.</source>
        <translation>In {phase} nimmt kein Akteur der Bürgerschaft teil.</translation>
    </message>
    <message>
        <source>No corpus open.</source>
        <translation>Kein Korpus geöffnet.</translation>
    </message>
    <message>
        <source>No decision points yet (right-click to add one)</source>
        <translation>Noch keine Entscheidungspunkte (Rechtsklick, um einen hinzuzufügen)</translation>
    </message>
    <message>
        <source>No decision was changed.

{exc}</source>
        <translation>Keine Entscheidung wurde geändert.

{exc}</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>No disagreement yet: relations appear here once two votes differ.</source>
        <translation>Noch keine Uneinigkeit: Beziehungen erscheinen hier, sobald zwei Stimmen voneinander abweichen.</translation>
    </message>
    <message>
        <source>No facilitation prompt was ticked off.</source>
        <translation>Es wurde kein Moderationsimpuls abgehakt.</translation>
    </message>
    <message>
        <source>no influence</source>
        <translation>kein Einfluss</translation>
    </message>
    <message>
        <source>no known scale: cells left out</source>
        <translation>kein bekannter Maßstab: Zellen ausgelassen</translation>
    </message>
    <message>
        <source>No members and no stated class in any phase yet</source>
        <translation>Noch in keiner Phase Mitglieder oder eine genannte Klasse</translation>
    </message>
    <message>
        <source>No new suggestions</source>
        <translation>Keine neuen Vorschläge</translation>
    </message>
    <message>
        <source>No notes for this phase yet.</source>
        <translation>Noch keine Notizen zu dieser Phase.</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>Keine Teilnehmer erfasst.</translation>
    </message>
    <message>
        <source>No participants to choose from on the phones yet: add people in the Participants panel.</source>
        <translation>Auf den Smartphones stehen noch keine Teilnehmer zur Auswahl: Fügen Sie Personen im Bereich „Teilnehmer“ hinzu.</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Es wurden keine Teilnehmer erfasst.</translation>
    </message>
    <message>
        <source>No pattern warnings for this session.</source>
        <translation>Keine Musterwarnungen für diese Sitzung.</translation>
    </message>
    <message>
        <source>No quotes were recorded.</source>
        <translation>Es wurden keine Zitate erfasst.</translation>
    </message>
    <message>
        <source>No relation got the same scores from everybody who scored it.</source>
        <translation>Keine Beziehung erhielt von allen, die sie bewertet haben, dieselben Bewertungen.</translation>
    </message>
    <message>
        <source>no relations</source>
        <translation>keine Beziehungen</translation>
    </message>
    <message>
        <source>no role recorded</source>
        <translation>keine Rolle erfasst</translation>
    </message>
    <message>
        <source>no role stated</source>
        <translation>keine Rolle genannt</translation>
    </message>
    <message>
        <source>No scoring round</source>
        <translation>Keine Bewertungsrunde</translation>
    </message>
    <message>
        <source>No scoring round is running.</source>
        <translation>Es läuft keine Bewertungsrunde.</translation>
    </message>
    <message>
        <source>No selected actor has a position of its own in this phase.</source>
        <translation>Kein ausgewählter Akteur hat in dieser Phase eine eigene Position.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Keine Sitzung gewählt</translation>
    </message>
    <message>
        <source>No session was made.

{exc}</source>
        <translation>Es wurde keine Sitzung erstellt.

{exc}</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>keine Quelle erfasst</translation>
    </message>
    <message>
        <source>No source recorded ({what}).</source>
        <translation>Keine Quelle erfasst ({what}).</translation>
    </message>
    <message>
        <source>No unplaced actors: none sits on the default spot or on top of another.</source>
        <translation>Keine unplatzierten Akteure: Keiner sitzt auf der Standardstelle oder auf einem anderen.</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Keine Warnungen</translation>
    </message>
    <message>
        <source>No warnings here · {elsewhere}</source>
        <translation>Hier keine Warnungen · {elsewhere}</translation>
    </message>
    <message>
        <source>No warnings here. The map shows none of the patterns the research warns about, which is no proof that all is well.</source>
        <translation>Hier keine Warnungen. Die Karte zeigt keines der Muster, vor denen die Forschung warnt, was aber kein Beweis ist, dass alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>nobody brokers</source>
        <translation>niemand vermittelt</translation>
    </message>
    <message>
        <source>Nobody coordinates: fragmentation risk</source>
        <translation>Niemand koordiniert: Gefahr der Fragmentierung</translation>
    </message>
    <message>
        <source>Nobody sees medians, colours or the spread of a question until all its answers are in or you reveal them; who has voted stays visible</source>
        <translation>Niemand sieht Mediane, Farben oder die Streuung einer Frage, bevor alle Antworten da sind oder Sie sie aufdecken; wer abgestimmt hat, bleibt sichtbar</translation>
    </message>
    <message>
        <source>Nobody takes part in this phase yet.</source>
        <translation>In dieser Phase nimmt noch niemand teil.</translation>
    </message>
    <message>
        <source>Nobody takes part in {phase} yet.  Shift+B brings every actor in; select some and press B to bring just those; Ctrl+Shift+C copies who took part in the previous phase, with their roles.</source>
        <translation>In {phase} nimmt noch niemand teil.  Shift+B holt alle Akteure herein; wählen Sie einige aus und drücken Sie B, um nur diese hereinzuholen; Ctrl+Shift+C übernimmt, wer an der vorigen Phase teilgenommen hat, mit den Rollen.</translation>
    </message>
    <message numerus="yes">
        <source>node</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Knoten</numerusform>
            <numerusform>Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>non-profits, associations, NGOs, professional and community groups</source>
        <comment>actor type help</comment>
        <translation>gemeinnützige Organisationen, Vereine, NGOs, Berufs- und Gemeinschaftsgruppen</translation>
    </message>
    <message>
        <source>none of the stage's {prompts} was ticked off</source>
        <translation>{prompts} des Stadiums, keiner davon abgehakt</translation>
    </message>
    <message>
        <source>None of the {count} actors in {phase} is a coordinator or an orchestrator.</source>
        <translation>Keiner der {count} Akteure in {phase} ist Koordinator oder Orchestrator.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Not classed yet</source>
        <translation>Noch nicht klassifiziert</translation>
    </message>
    <message>
        <source>Not described</source>
        <comment>presence</comment>
        <translation>Nicht beschrieben</translation>
    </message>
    <message>
        <source>Not described</source>
        <comment>relation state</comment>
        <translation>Nicht beschrieben</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>nicht beschrieben</translation>
    </message>
    <message>
        <source>Not described in the later phase</source>
        <translation>In der späteren Phase nicht beschrieben</translation>
    </message>
    <message>
        <source>Not described in the second phase (present in the first)</source>
        <translation>In der zweiten Phase nicht beschrieben (in der ersten präsent)</translation>
    </message>
    <message>
        <source>not described in this phase</source>
        <translation>in dieser Phase nicht beschrieben</translation>
    </message>
    <message>
        <source>not described in this phase (hollow dotted box, dotted line): the source is silent</source>
        <translation>in dieser Phase nicht beschrieben (hohler gepunkteter Kasten, gepunktete Linie): Die Quelle schweigt</translation>
    </message>
    <message>
        <source>not described in this phase (the source is silent)</source>
        <translation>in dieser Phase nicht beschrieben (die Quelle schweigt)</translation>
    </message>
    <message>
        <source>Not described in this phase: the source is silent about it</source>
        <translation>In dieser Phase nicht beschrieben: Die Quelle schweigt dazu</translation>
    </message>
    <message>
        <source>Not described, then present</source>
        <translation>Nicht beschrieben, dann präsent</translation>
    </message>
    <message>
        <source>Not interoperable</source>
        <translation>Nicht interoperabel</translation>
    </message>
    <message>
        <source>Not on the list? Ask the facilitator to add you, then wait a moment.</source>
        <translation>Nicht auf der Liste? Bitten Sie die Moderation, Sie hinzuzufügen, und warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>Not presenting: the wall shows every item.</source>
        <translation>Keine Präsentation: Die Wand zeigt alle Elemente.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Not sent: no connection. Please try again.</source>
        <translation>Nicht gesendet: keine Verbindung. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not taken up in the room (see Open questions).</source>
        <translation>Im Raum nicht aufgegriffen (siehe Offene Fragen).</translation>
    </message>
    <message>
        <source>Not taking part in this phase</source>
        <translation>In dieser Phase nicht beteiligt</translation>
    </message>
    <message>
        <source>Not this canonical actor; it is not suggested again</source>
        <translation>Nicht dieser kanonische Akteur; er wird nicht erneut vorgeschlagen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z brings it back).</source>
        <translation>Notiz gelöscht (Ctrl+Z holt sie zurück).</translation>
    </message>
    <message>
        <source>Note on the ticked cell (what the work was)</source>
        <translation>Notiz zur angehakten Zelle (worin die Arbeit bestand)</translation>
    </message>
    <message>
        <source>Note on this question</source>
        <translation>Notiz zu dieser Frage</translation>
    </message>
    <message>
        <source>Note on this question…</source>
        <translation>Notiz zu dieser Frage…</translation>
    </message>
    <message>
        <source>Note on {kind} work, {aim}:</source>
        <translation>Notiz zur Arbeit – {kind}, {aim}:</translation>
    </message>
    <message>
        <source>Note written {time} (UTC)</source>
        <translation>Notiz geschrieben {time} (UTC)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Notizen ({n})</translation>
    </message>
    <message>
        <source>Notes and quotes</source>
        <translation>Notizen und Zitate</translation>
    </message>
    <message>
        <source>Notes and quotes are left out of a pseudonymised pack.</source>
        <translation>Notizen und Zitate werden in einem pseudonymisierten Paket ausgelassen.</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>Notizen zur ganzen Sitzung</translation>
    </message>
    <message>
        <source>Notes for this phase</source>
        <translation>Notizen zu dieser Phase</translation>
    </message>
    <message>
        <source>Notes for “{phase}”</source>
        <translation>Notizen zu „{phase}“</translation>
    </message>
    <message>
        <source>Nothing changed between these two phases.</source>
        <translation>Zwischen diesen beiden Phasen hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing changed between {name_a} and {name_b}.</source>
        <translation>Zwischen {name_a} und {name_b} hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import.</source>
        <translation>Es wird nichts gespeichert, bis Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <source>Nothing recorded: the session's default for this phase</source>
        <translation>Nichts erfasst: die Voreinstellung der Sitzung für diese Phase</translation>
    </message>
    <message>
        <source>Nothing to score</source>
        <translation>Nichts zu bewerten</translation>
    </message>
    <message>
        <source>Nothing was changed on the way.</source>
        <translation>Unterwegs wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.

{exc}</source>
        <translation>Es wurde nichts geändert.

{exc}</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>Es wurde nichts ausgelassen.</translation>
    </message>
    <message>
        <source>Nothing was written.

{exc}</source>
        <translation>Es wurde nichts geschrieben.

{exc}</translation>
    </message>
    <message>
        <source>Off: a source's levels (e.g. the case record) are shown as a ◆ beside the room's median and never change it. On: they count as votes in the median, spread and class.</source>
        <translation>Aus: Die Werte einer Quelle (z. B. des Fallprotokolls) werden als ◆ neben dem Median des Raums gezeigt und ändern ihn nie. Ein: Sie zählen als Stimmen in Median, Streuung und Klasse.</translation>
    </message>
    <message>
        <source>One file that works offline: participants can switch phases and point at actors.</source>
        <translation>Eine Datei, die offline funktioniert: Teilnehmer können Phasen wechseln und auf Akteure zeigen.</translation>
    </message>
    <message>
        <source>one of the three is not scored yet.</source>
        <translation>eine der drei ist noch nicht bewertet.</translation>
    </message>
    <message>
        <source>One person at a time (all three scores)</source>
        <comment>round order</comment>
        <translation>Eine Person nach der anderen (alle drei Bewertungen)</translation>
    </message>
    <message>
        <source>One question at a time (everyone on trust, then commitment …)</source>
        <comment>round order</comment>
        <translation>Eine Frage nach der anderen (alle zu Vertrauen, dann Bindung …)</translation>
    </message>
    <message>
        <source>One question at a time · {step} of {steps}: {dimension}</source>
        <translation>Eine Frage nach der anderen · {step} von {steps}: {dimension}</translation>
    </message>
    <message>
        <source>One row per person asked, one column per dimension; the last row is the room's median</source>
        <translation>Eine Zeile pro befragter Person, eine Spalte pro Dimension; die letzte Zeile ist der Median des Raums</translation>
    </message>
    <message>
        <source>One small map per phase in a separate window; click one to show it</source>
        <translation>Eine kleine Karte pro Phase in einem eigenen Fenster; eine anklicken, um sie zu zeigen</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>One step back (PgUp, Left or Backspace)</source>
        <translation>Einen Schritt zurück (PgUp, Left oder Backspace)</translation>
    </message>
    <message>
        <source>One step on</source>
        <translation>Einen Schritt weiter</translation>
    </message>
    <message>
        <source>One step on (PgDn, Right or Space; a presenter's clicker)</source>
        <translation>Einen Schritt weiter (PgDn, Right oder Space; der Klicker eines Presenters)</translation>
    </message>
    <message>
        <source>Only an actor present in this phase can orchestrate it.</source>
        <translation>Nur ein in dieser Phase präsenter Akteur kann sie orchestrieren.</translation>
    </message>
    <message>
        <source>Only government actors take part in {phase} ({actors}).</source>
        <translation>In {phase} nehmen nur Akteure der öffentlichen Hand teil ({actors}).</translation>
    </message>
    <message>
        <source>Only government and private actors take part in {phase} ({actors}).</source>
        <translation>In {phase} nehmen nur Akteure der öffentlichen Hand und der Privatwirtschaft teil ({actors}).</translation>
    </message>
    <message>
        <source>only in this session</source>
        <translation>nur in dieser Sitzung</translation>
    </message>
    <message>
        <source>Only private actors take part in {phase} ({actors}).</source>
        <translation>In {phase} nehmen nur Akteure der Privatwirtschaft teil ({actors}).</translation>
    </message>
    <message>
        <source>Only unplaced actors</source>
        <translation>Nur unplatzierte Akteure</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>openness</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Open &amp;demo session</source>
        <translation>&amp;Demo-Sitzung öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open a corpus database made before</source>
        <translation>Eine früher erstellte Korpus-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open a template</source>
        <translation>Eine Vorlage öffnen</translation>
    </message>
    <message>
        <source>Open corpus…</source>
        <translation>Korpus öffnen…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open it read-only instead? You can look at every phase, but edits are not possible until the other window closes the session.

Held by {who}.</source>
        <translation>Stattdessen schreibgeschützt öffnen? Sie können jede Phase ansehen, aber Änderungen sind erst möglich, wenn das andere Fenster die Sitzung schließt.

Geöffnet von {who}.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open research corpus</source>
        <translation>Forschungskorpus öffnen</translation>
    </message>
    <message>
        <source>Open round to phones…</source>
        <translation>Runde für Smartphones öffnen…</translation>
    </message>
    <message>
        <source>Open round to phones…  (Ctrl+Shift+R)</source>
        <translation>Runde für Smartphones öffnen…  (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Open template file…</source>
        <translation>Vorlagendatei öffnen…</translation>
    </message>
    <message>
        <source>Open the round to phones</source>
        <translation>Die Runde für Smartphones öffnen</translation>
    </message>
    <message>
        <source>Open the warnings panel</source>
        <translation>Den Warnungsbereich öffnen</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Für Smartphones öffnen</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Offenheit</translation>
    </message>
    <message>
        <source>Openness is recorded for data relations (004); this one is {kind}.</source>
        <translation>Offenheit wird für Datenbeziehungen erfasst (004); diese hat die Art {kind}.</translation>
    </message>
    <message>
        <source>Opens a fresh copy; the bundled demo stays untouched</source>
        <translation>Öffnet eine frische Kopie; die mitgelieferte Demo bleibt unverändert</translation>
    </message>
    <message>
        <source>Operations team</source>
        <comment>arena level</comment>
        <translation>Betriebsteam</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>role</comment>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>Lehnt ab</translation>
    </message>
    <message>
        <source>Opposes the goal</source>
        <comment>alignment</comment>
        <translation>Lehnt das Ziel ab</translation>
    </message>
    <message>
        <source>Opposes the goal (hollow blocks)</source>
        <translation>Lehnt das Ziel ab (hohle Blöcke)</translation>
    </message>
    <message numerus="yes">
        <source>option</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Option</numerusform>
            <numerusform>Optionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Orchestration (004)</source>
        <translation>Orchestrierung (004)</translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <comment>role</comment>
        <translation>Orchestrator</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Order in phase</source>
        <translation>Reihenfolge in der Phase</translation>
    </message>
    <message>
        <source>Order within the phase: lower comes first</source>
        <translation>Reihenfolge innerhalb der Phase: niedriger kommt zuerst</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation or group</source>
        <translation>Organisation oder Gruppe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Other (local stage)</source>
        <translation>Sonstiges (lokales Stadium)</translation>
    </message>
    <message>
        <source>Other decision</source>
        <comment>decision kind</comment>
        <translation>Andere Entscheidung</translation>
    </message>
    <message>
        <source>Other forum</source>
        <comment>arena level</comment>
        <translation>Anderes Forum</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>S. {page}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Seite {page} von {total}</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>part in orchestration</source>
        <comment>presence fact</comment>
        <translation>Anteil an der Orchestrierung</translation>
    </message>
    <message numerus="yes">
        <source>participant</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Teilnehmer</numerusform>
            <numerusform>Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Teilnehmer {n}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Teilnehmer…</translation>
    </message>
    <message>
        <source>Pattern warnings: questions for the room, with their source</source>
        <translation>Musterwarnungen: Fragen an den Raum, mit ihrer Quelle</translation>
    </message>
    <message>
        <source>Patterns the research warns about, read off the map. They are questions for the room, not verdicts; an info note is not a problem in itself.</source>
        <translation>Muster, vor denen die Forschung warnt, von der Karte abgelesen. Sie sind Fragen an den Raum, keine Urteile; ein Info-Hinweis ist für sich genommen kein Problem.</translation>
    </message>
    <message>
        <source>pays for the project or parts of it</source>
        <comment>role help</comment>
        <translation>bezahlt das Projekt oder Teile davon</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>PDF of the map (one page per phase)</source>
        <translation>PDF der Karte (eine Seite pro Phase)</translation>
    </message>
    <message>
        <source>percentages (0-100)</source>
        <translation>Prozentwerte (0-100)</translation>
    </message>
    <message numerus="yes">
        <source>person</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Person</numerusform>
            <numerusform>Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>PgDn / Right / Space</source>
        <translation>PgDn / Right / Space</translation>
    </message>
    <message>
        <source>PgUp / Left / Backspace</source>
        <translation>PgUp / Left / Backspace</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message numerus="yes">
        <source>phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Phase</numerusform>
            <numerusform>Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase name missing</source>
        <translation>Phasenname fehlt</translation>
    </message>
    <message>
        <source>Phase numbers are each workshop's own; a gap means nothing to show (e.g. not scored).</source>
        <translation>Die Phasennummern gehören jeweils zum eigenen Workshop; eine Lücke heißt, dass es nichts zu zeigen gibt (z. B. nicht bewertet).</translation>
    </message>
    <message>
        <source>Phase of the other session</source>
        <translation>Phase der anderen Sitzung</translation>
    </message>
    <message>
        <source>Phase slider</source>
        <translation>Phasenregler</translation>
    </message>
    <message>
        <source>Phase {a} → {b} of {n}: {name}</source>
        <translation>Phase {a} → {b} von {n}: {name}</translation>
    </message>
    <message>
        <source>Phase {i} of {n}</source>
        <translation>Phase {i} von {n}</translation>
    </message>
    <message>
        <source>Phase {i} of {n} — {shown} of {total} {what} shown</source>
        <translation>Phase {i} von {n} — {shown} von {total} {what} gezeigt</translation>
    </message>
    <message>
        <source>Phase {i} of {n}: {name}</source>
        <translation>Phase {i} von {n}: {name}</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Phases:  {names}</source>
        <translation>Phasen:  {names}</translation>
    </message>
    <message>
        <source>Phases: {names}</source>
        <translation>Phasen: {names}</translation>
    </message>
    <message numerus="yes">
        <source>phone</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Smartphone</numerusform>
            <numerusform>Smartphones</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Smartphones</translation>
    </message>
    <message>
        <source>Phones are closed.</source>
        <translation>Smartphones sind geschlossen.</translation>
    </message>
    <message>
        <source>Phones can join this round</source>
        <translation>Smartphones können dieser Runde beitreten</translation>
    </message>
    <message>
        <source>Phones cannot vote</source>
        <translation>Smartphones können nicht abstimmen</translation>
    </message>
    <message>
        <source>Phones closed: another session was opened.</source>
        <translation>Smartphones geschlossen: Eine andere Sitzung wurde geöffnet.</translation>
    </message>
    <message>
        <source>Phones closed: the scoring round ended.</source>
        <translation>Smartphones geschlossen: Die Bewertungsrunde ist beendet.</translation>
    </message>
    <message>
        <source>Phones closed; the round goes on.</source>
        <translation>Smartphones geschlossen; die Runde geht weiter.</translation>
    </message>
    <message>
        <source>Phones could not join</source>
        <translation>Smartphones konnten nicht beitreten</translation>
    </message>
    <message>
        <source>Pick at least one score before sending.</source>
        <translation>Wählen Sie vor dem Senden mindestens eine Bewertung.</translation>
    </message>
    <message>
        <source>Pick two different phases to compare.</source>
        <translation>Wählen Sie zwei verschiedene Phasen zum Vergleichen.</translation>
    </message>
    <message>
        <source>Pick who said it to keep the words as a quote</source>
        <translation>Wählen Sie, wer es gesagt hat, um die Worte als Zitat festzuhalten</translation>
    </message>
    <message>
        <source>Pilot</source>
        <comment>phase</comment>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>Piloting</source>
        <translation>Pilotierung</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Pinned: arranging leaves it where it is</source>
        <translation>Angeheftet: Anordnen lässt es, wo es ist</translation>
    </message>
    <message>
        <source>Place a new actor in this phase</source>
        <translation>Einen neuen Akteur in dieser Phase platzieren</translation>
    </message>
    <message>
        <source>Place on the influence grid</source>
        <translation>Im Einflussraster platzieren</translation>
    </message>
    <message>
        <source>Plan adopted</source>
        <comment>decision kind</comment>
        <translation>Plan beschlossen</translation>
    </message>
    <message>
        <source>Please give the phase a name.</source>
        <translation>Bitte geben Sie der Phase einen Namen.</translation>
    </message>
    <message>
        <source>Please say what was decided.</source>
        <translation>Bitte geben Sie an, was entschieden wurde.</translation>
    </message>
    <message>
        <source>PNG frames of the change across phases (a folder)</source>
        <translation>PNG-Einzelbilder der Veränderung über die Phasen (ein Ordner)</translation>
    </message>
    <message>
        <source>PNG image of the map (one file per phase)</source>
        <translation>PNG-Bild der Karte (eine Datei pro Phase)</translation>
    </message>
    <message>
        <source>Point at an actor or a relation (or move to it with the Tab key) to see its roles or scores in this phase.</source>
        <translation>Zeigen Sie auf einen Akteur oder eine Beziehung (oder gehen Sie mit der Tab-Taste dorthin), um die Rollen bzw. Bewertungen in dieser Phase zu sehen.</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politisch</translation>
    </message>
    <message>
        <source>Political actor</source>
        <comment>role</comment>
        <translation>Politischer Akteur</translation>
    </message>
    <message>
        <source>Political work (rules, rights, boundaries)</source>
        <comment>work kind</comment>
        <translation>Politische Arbeit (Regeln, Rechte, Grenzen)</translation>
    </message>
    <message>
        <source>Pool the source levels (reference participants) into the room's median</source>
        <translation>Die Quellenwerte (Referenzteilnehmer) in den Median des Raums einbeziehen</translation>
    </message>
    <message>
        <source>practical know-how: engineering, data science, facilitation, training</source>
        <comment>ability help</comment>
        <translation>praktisches Know-how: Technik, Data Science, Moderation, Schulung</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>Presence and roles copied for {actors} (Ctrl+Z undoes it).</source>
        <translation>Präsenz und Rollen für {actors} übernommen (Ctrl+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Presence source</source>
        <translation>Quelle der Präsenz</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>presence</comment>
        <translation>Präsent</translation>
    </message>
    <message>
        <source>present</source>
        <translation>präsent</translation>
    </message>
    <message>
        <source>Present  (F6)</source>
        <translation>Präsentieren  (F6)</translation>
    </message>
    <message>
        <source>Present but no relation recorded: missing from the map?</source>
        <translation>Präsent, aber ohne erfasste Beziehung: Fehlt etwas auf der Karte?</translation>
    </message>
    <message>
        <source>Present but unconnected, with little say: participating without influence?</source>
        <translation>Präsent, aber unverbunden und mit wenig Mitsprache: Teilnahme ohne Einfluss?</translation>
    </message>
    <message>
        <source>Present step by step</source>
        <translation>Schrittweise präsentieren</translation>
    </message>
    <message>
        <source>Present, then not described</source>
        <translation>Präsent, dann nicht beschrieben</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Presentation label size</source>
        <translation>Beschriftungsgröße der Präsentation</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Präsentationsbildschirm</translation>
    </message>
    <message>
        <source>Presentation sequence: {what}</source>
        <translation>Präsentationsfolge: {what}</translation>
    </message>
    <message>
        <source>Presentation sequence…</source>
        <translation>Präsentationsfolge…</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Präsentation läuft</translation>
    </message>
    <message>
        <source>Presenting step by step: PgDn, Right or Space show the next item; F6 stops.</source>
        <translation>Schrittweise Präsentation: PgDn, Right oder Space zeigen das nächste Element; F6 beendet sie.</translation>
    </message>
    <message>
        <source>Preview of the score cells</source>
        <translation>Vorschau der Bewertungszellen</translation>
    </message>
    <message>
        <source>Previous person</source>
        <translation>Vorige Person</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Vorige Phase</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Voriger Schritt</translation>
    </message>
    <message>
        <source>Private</source>
        <comment>actor type</comment>
        <translation>Privatwirtschaft</translation>
    </message>
    <message>
        <source>Project team</source>
        <comment>arena level</comment>
        <translation>Projektteam</translation>
    </message>
    <message numerus="yes">
        <source>prompt</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Impuls</numerusform>
            <numerusform>Impulse</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>Prompts not yet discussed</source>
        <translation>Noch nicht besprochene Impulse</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Provider</source>
        <comment>role</comment>
        <translation>Bereitsteller</translation>
    </message>
    <message>
        <source>Pseudonymise (actors become "Government 1"…, no notes, no names)</source>
        <translation>Pseudonymisieren (Akteure werden zu „Öffentliche Hand 1“…, keine Notizen, keine Namen)</translation>
    </message>
    <message>
        <source>Pseudonymise (no names of people or organisations, no notes or quotes)</source>
        <translation>Pseudonymisieren (keine Namen von Personen oder Organisationen, keine Notizen oder Zitate)</translation>
    </message>
    <message>
        <source>public actor that looks after shared assets and enables rather than commands</source>
        <comment>role help</comment>
        <translation>öffentlicher Akteur, der gemeinsame Güter pflegt und eher ermöglicht als anordnet</translation>
    </message>
    <message>
        <source>public actor working through hierarchy and procedure</source>
        <comment>role help</comment>
        <translation>öffentlicher Akteur, der über Hierarchie und Verfahren arbeitet</translation>
    </message>
    <message>
        <source>public bodies at any tier: municipal units, regional authorities, ministries, arm's-length public bodies</source>
        <comment>actor type help</comment>
        <translation>öffentliche Stellen jeder Ebene: städtische Ämter, regionale Behörden, Ministerien, ausgelagerte öffentliche Einrichtungen</translation>
    </message>
    <message>
        <source>Public side depends on private data: vendor lock-in risk</source>
        <translation>Öffentliche Seite hängt von privaten Daten ab: Risiko eines Vendor-Lock-ins</translation>
    </message>
    <message>
        <source>Public value</source>
        <translation>Public Value</translation>
    </message>
    <message>
        <source>Public value effects</source>
        <translation>Public-Value-Wirkungen</translation>
    </message>
    <message>
        <source>Public value: {text}</source>
        <translation>Public Value: {text}</translation>
    </message>
    <message>
        <source>Put the actors or relations in your own order</source>
        <translation>Die Akteure oder Beziehungen in Ihre eigene Reihenfolge bringen</translation>
    </message>
    <message>
        <source>Put the actors or relations in your own order (saved in the session)</source>
        <translation>Die Akteure oder Beziehungen in Ihre eigene Reihenfolge bringen (in der Sitzung gespeichert)</translation>
    </message>
    <message>
        <source>Put the new folder in</source>
        <translation>Den neuen Ordner anlegen in</translation>
    </message>
    <message>
        <source>Put the selected actors back on their place shared by all phases</source>
        <translation>Die ausgewählten Akteure auf ihren gemeinsamen Platz für alle Phasen zurücksetzen</translation>
    </message>
    <message>
        <source>QUESTION FOR THE ROOM</source>
        <translation>FRAGE AN DEN RAUM</translation>
    </message>
    <message>
        <source>Question {step} of {steps} on this relation: one question at a time.</source>
        <translation>Frage {step} von {steps} zu dieser Beziehung: eine Frage nach der anderen.</translation>
    </message>
    <message>
        <source>Questions for “{name}” ({stage} stage)</source>
        <translation>Fragen zu „{name}“ (Stadium: {stage})</translation>
    </message>
    <message>
        <source>Questions raised by the map</source>
        <translation>Fragen, die die Karte aufwirft</translation>
    </message>
    <message>
        <source>Questions the room discussed</source>
        <translation>Vom Raum besprochene Fragen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Quote from</source>
        <translation>Zitat von</translation>
    </message>
    <message>
        <source>Quote written {time} (UTC)</source>
        <translation>Zitat geschrieben {time} (UTC)</translation>
    </message>
    <message>
        <source>read from an imported file</source>
        <comment>source kind</comment>
        <translation>aus einer importierten Datei gelesen</translation>
    </message>
    <message>
        <source>Read-only: edits are not saved</source>
        <translation>Schreibgeschützt: Änderungen werden nicht gespeichert</translation>
    </message>
    <message>
        <source>Reading the sessions</source>
        <translation>Die Sitzungen werden gelesen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Record its influence and stance at once (one undo step)</source>
        <translation>Einfluss und Haltung zugleich erfassen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>{edit} wiederholen</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Regional</source>
        <comment>scale</comment>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Regulator</source>
        <comment>role</comment>
        <translation>Regulierer</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Related actors close together</source>
        <translation>Verbundene Akteure nah beieinander</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message numerus="yes">
        <source>relation</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Beziehung</numerusform>
            <numerusform>Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>relation appeared</source>
        <translation>Beziehung entstanden</translation>
    </message>
    <message>
        <source>relation ended (faded)</source>
        <translation>Beziehung beendet (blass)</translation>
    </message>
    <message>
        <source>relation ended (shown faded)</source>
        <translation>Beziehung beendet (blass dargestellt)</translation>
    </message>
    <message>
        <source>relation kind</source>
        <translation>Beziehungsart</translation>
    </message>
    <message>
        <source>Relation kinds</source>
        <translation>Beziehungsarten</translation>
    </message>
    <message>
        <source>Relation labels</source>
        <translation>Beziehungsbeschriftungen</translation>
    </message>
    <message>
        <source>relation medians, 1–5</source>
        <translation>Mediane der Beziehungen, 1–5</translation>
    </message>
    <message>
        <source>relation only in this session</source>
        <translation>Beziehung nur in dieser Sitzung</translation>
    </message>
    <message>
        <source>Relation {number} of {total} · {name}</source>
        <translation>Beziehung {number} von {total} · {name}</translation>
    </message>
    <message numerus="yes">
        <source>relation-phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Beziehungs-Phase</numerusform>
            <numerusform>Beziehungs-Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Relations active, then not described</source>
        <translation>Beziehungen aktiv, dann nicht beschrieben</translation>
    </message>
    <message>
        <source>Relations and scores</source>
        <translation>Beziehungen und Bewertungen</translation>
    </message>
    <message>
        <source>Relations described again</source>
        <translation>Wieder beschriebene Beziehungen</translation>
    </message>
    <message>
        <source>Relations ended</source>
        <translation>Beendete Beziehungen</translation>
    </message>
    <message>
        <source>Relations in collaboration</source>
        <translation>Beziehungen in Kollaboration</translation>
    </message>
    <message>
        <source>Relations in each 3C class</source>
        <translation>Beziehungen in jeder 3C-Klasse</translation>
    </message>
    <message>
        <source>Relations in this phase where the votes differ most</source>
        <translation>Beziehungen in dieser Phase, bei denen die Stimmen am stärksten abweichen</translation>
    </message>
    <message>
        <source>Relations nobody scored</source>
        <translation>Von niemandem bewertete Beziehungen</translation>
    </message>
    <message>
        <source>Relations not described in the later phase</source>
        <translation>In der späteren Phase nicht beschriebene Beziehungen</translation>
    </message>
    <message>
        <source>Relations not described in the second phase</source>
        <translation>In der zweiten Phase nicht beschriebene Beziehungen</translation>
    </message>
    <message>
        <source>Relations not described, then active</source>
        <translation>Beziehungen nicht beschrieben, dann aktiv</translation>
    </message>
    <message>
        <source>Relations still missing a score in this phase</source>
        <comment>round relations</comment>
        <translation>Beziehungen, denen in dieser Phase noch eine Bewertung fehlt</translation>
    </message>
    <message>
        <source>Relations that appeared</source>
        <translation>Entstandene Beziehungen</translation>
    </message>
    <message>
        <source>Relations that ended</source>
        <translation>Beendete Beziehungen</translation>
    </message>
    <message>
        <source>Relations, by kind</source>
        <translation>Beziehungen nach Art</translation>
    </message>
    <message>
        <source>Relations: colour = trust, width = commitment</source>
        <translation>Beziehungen: Farbe = Vertrauen, Breite = Bindung</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Quellenangabe entfernen</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Replace corpus?</source>
        <translation>Korpus ersetzen?</translation>
    </message>
    <message>
        <source>Replace folder?</source>
        <translation>Ordner ersetzen?</translation>
    </message>
    <message>
        <source>Replace “{name}” with the backup from {when_text} ({actors}, {relations})?

The current version is backed up first; you can restore it the same way.</source>
        <translation>„{name}“ durch die Sicherung von {when_text} ({actors}, {relations}) ersetzen?

Die aktuelle Version wird vorher gesichert; Sie können sie auf dem gleichen Weg wiederherstellen.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <source>Research &amp;corpus…</source>
        <translation>Forschungs&amp;korpus…</translation>
    </message>
    <message>
        <source>Research bundle: every data format and a codebook (a folder)</source>
        <translation>Forschungspaket: alle Datenformate und ein Codebuch (ein Ordner)</translation>
    </message>
    <message>
        <source>Research corpus</source>
        <translation>Forschungskorpus</translation>
    </message>
    <message>
        <source>Research corpus (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Forschungskorpus (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Research corpus (*.db *.sqlite);;All files (*)</source>
        <translation>Forschungskorpus (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Researcher</source>
        <comment>role</comment>
        <translation>Forscher</translation>
    </message>
    <message>
        <source>Reset position in this phase</source>
        <translation>Position in dieser Phase zurücksetzen</translation>
    </message>
    <message>
        <source>residents and individual users, organised or not</source>
        <comment>actor type help</comment>
        <translation>Einwohner und einzelne Nutzer, organisiert oder nicht</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>ability</comment>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>relation kind</comment>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Reveal the votes</source>
        <translation>Stimmen aufdecken</translation>
    </message>
    <message>
        <source>Reveal the votes  (V)</source>
        <translation>Stimmen aufdecken  (V)</translation>
    </message>
    <message>
        <source>Reveal the votes of a blind question</source>
        <translation>Die Stimmen einer blinden Frage aufdecken</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Reverse the direction (target becomes source)</source>
        <translation>Richtung umkehren (Ziel wird zur Quelle)</translation>
    </message>
    <message>
        <source>Right-click to add a decision point</source>
        <translation>Rechtsklick, um einen Entscheidungspunkt hinzuzufügen</translation>
    </message>
    <message>
        <source>Rings from neighbourhood (centre) to international (outside), with guides</source>
        <translation>Ringe vom Quartier (Mitte) bis international (außen), mit Hilfslinien</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role source</source>
        <translation>Quelle der Rolle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rollen geändert</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>Rollen geändert</translation>
    </message>
    <message>
        <source>roles differ</source>
        <translation>Rollen unterscheiden sich</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Rollen hier</translation>
    </message>
    <message>
        <source>Roles in this phase</source>
        <translation>Rollen in dieser Phase</translation>
    </message>
    <message>
        <source>Roles in this phase (◆: source recorded)</source>
        <translation>Rollen in dieser Phase (◆: Quelle erfasst)</translation>
    </message>
    <message>
        <source>Roles that changed</source>
        <translation>Geänderte Rollen</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Rollen: {roles}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>room and sources pooled</source>
        <translation>Raum und Quellen zusammengeführt</translation>
    </message>
    <message numerus="yes">
        <source>room participant</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Teilnehmer im Raum</numerusform>
            <numerusform>Teilnehmer im Raum</numerusform>
        </translation>
    </message>
    <message>
        <source>Room: not scored</source>
        <translation>Raum: nicht bewertet</translation>
    </message>
    <message>
        <source>Round complete: {relations} put to the room.</source>
        <translation>Runde abgeschlossen: {relations} dem Raum vorgelegt.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>Regel: {rule}</translation>
    </message>
    <message>
        <source>runs infrastructure or a service day to day</source>
        <comment>role help</comment>
        <translation>betreibt Infrastruktur oder einen Dienst im Alltag</translation>
    </message>
    <message>
        <source>said or voted in the workshop room</source>
        <comment>source kind</comment>
        <translation>im Workshopraum gesagt oder abgestimmt</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Zuordnung speichern…</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>Save set-up as te&amp;mplate…</source>
        <translation>Einrichtung als Vor&amp;lage speichern…</translation>
    </message>
    <message>
        <source>Save set-up as template</source>
        <translation>Einrichtung als Vorlage speichern</translation>
    </message>
    <message>
        <source>Save the corpus as</source>
        <translation>Korpus speichern unter</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>Zuordnung speichern unter</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Neue Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved the set-up as {name}</source>
        <translation>Einrichtung als {name} gespeichert</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>Scale rings</source>
        <translation>Maßstabsringe</translation>
    </message>
    <message>
        <source>Scaling</source>
        <comment>phase</comment>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>score at another level</source>
        <translation>Bewertung auf anderer Stufe</translation>
    </message>
    <message numerus="yes">
        <source>score cell</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Bewertungszelle</numerusform>
            <numerusform>Bewertungszellen</numerusform>
        </translation>
    </message>
    <message>
        <source>score level changed</source>
        <translation>Bewertungsstufe geändert</translation>
    </message>
    <message>
        <source>Score scales</source>
        <translation>Bewertungsskalen</translation>
    </message>
    <message>
        <source>Score the selected relation {v}</source>
        <translation>Ausgewählte Beziehung mit {v} bewerten</translation>
    </message>
    <message>
        <source>Score {v}</source>
        <translation>Mit {v} bewerten</translation>
    </message>
    <message numerus="yes">
        <source>scored relation-phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>bewertete Beziehungs-Phase</numerusform>
            <numerusform>bewertete Beziehungs-Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores are the median of the participants' votes on the app's 1–5 scale; the glossary at the end explains the scales, the 3C classes and the roles.</source>
        <translation>Bewertungen sind der Median der Stimmen der Teilnehmer auf der Skala 1–5 der App; das Glossar am Ende erklärt die Skalen, die 3C-Klassen und die Rollen.</translation>
    </message>
    <message>
        <source>Scores are whole numbers from {low} to {high} for the dimensions asked.</source>
        <translation>Bewertungen sind ganze Zahlen von {low} bis {high} für die abgefragten Dimensionen.</translation>
    </message>
    <message>
        <source>scores changed</source>
        <translation>Bewertungen geändert</translation>
    </message>
    <message>
        <source>Scores changed level</source>
        <translation>Bewertungen haben die Stufe gewechselt</translation>
    </message>
    <message>
        <source>Scores that changed level</source>
        <translation>Bewertungen, die die Stufe gewechselt haben</translation>
    </message>
    <message>
        <source>Scoring as</source>
        <translation>Sie bewerten als</translation>
    </message>
    <message>
        <source>Scoring round</source>
        <translation>Bewertungsrunde</translation>
    </message>
    <message>
        <source>Scoring round ended: its phase was deleted.</source>
        <translation>Bewertungsrunde beendet: Ihre Phase wurde gelöscht.</translation>
    </message>
    <message>
        <source>Scoring round ended: no relations left to score.</source>
        <translation>Bewertungsrunde beendet: Es sind keine Beziehungen mehr zu bewerten.</translation>
    </message>
    <message>
        <source>Scoring round ended: nobody left to ask.</source>
        <translation>Bewertungsrunde beendet: Es ist niemand mehr zu befragen.</translation>
    </message>
    <message>
        <source>Scoring round ended: you moved to another phase (the votes are kept).</source>
        <translation>Bewertungsrunde beendet: Sie sind in eine andere Phase gewechselt (die Stimmen bleiben erhalten).</translation>
    </message>
    <message>
        <source>Scoring round · relation {number} of {total}</source>
        <translation>Bewertungsrunde · Beziehung {number} von {total}</translation>
    </message>
    <message>
        <source>Screen {n}</source>
        <translation>Bildschirm {n}</translation>
    </message>
    <message>
        <source>Second-language name</source>
        <translation>Name in Zweitsprache</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Sectors for government, industry, academia and civil society, intermediaries in the middle, with guides</source>
        <translation>Sektoren für öffentliche Hand, Wirtschaft, Wissenschaft und Zivilgesellschaft, Intermediäre in der Mitte, mit Hilfslinien</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Wählen Sie zuerst einen Teilnehmer aus.</translation>
    </message>
    <message>
        <source>Select an actor or a relation.

N — new actor
C — connect tool (or Shift+drag)
1–5 — score the selected relation
PgUp / PgDn — previous / next phase</source>
        <translation>Wählen Sie einen Akteur oder eine Beziehung aus.

N — neuer Akteur
C — Verbindungswerkzeug (oder Shift+Ziehen)
1–5 — ausgewählte Beziehung bewerten
PgUp / PgDn — vorige / nächste Phase</translation>
    </message>
    <message>
        <source>Select an actor to record its influence, stance towards the goal, part in orchestration, institutional work and public value in this phase; select a data relation to record how open its data is.</source>
        <translation>Wählen Sie einen Akteur aus, um seinen Einfluss, seine Haltung zum Ziel, seinen Anteil an der Orchestrierung, institutionelle Arbeit und Public Value in dieser Phase zu erfassen; wählen Sie eine Datenbeziehung aus, um zu erfassen, wie offen ihre Daten sind.</translation>
    </message>
    <message>
        <source>Select one actor on the map to follow it through the phases.</source>
        <translation>Wählen Sie einen Akteur auf der Karte aus, um ihn durch die Phasen zu verfolgen.</translation>
    </message>
    <message>
        <source>Select one relation to score it with the keys 1–5.</source>
        <translation>Wählen Sie eine Beziehung aus, um sie mit den Tasten 1–5 zu bewerten.</translation>
    </message>
    <message>
        <source>Select the actors to bring into this phase (ghosts too), then press B.</source>
        <translation>Wählen Sie die Akteure aus, die in diese Phase geholt werden sollen (auch Geister), und drücken Sie dann B.</translation>
    </message>
    <message numerus="yes">
        <source>selected actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>ausgewählter Akteur</numerusform>
            <numerusform>ausgewählte Akteure</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected relations</source>
        <comment>round relations</comment>
        <translation>Ausgewählte Beziehungen</translation>
    </message>
    <message numerus="yes">
        <source>self-loop</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Selbstschleife</numerusform>
            <numerusform>Selbstschleifen</numerusform>
        </translation>
    </message>
    <message>
        <source>sells technology or IT systems to the public side</source>
        <comment>role help</comment>
        <translation>verkauft Technologie oder IT-Systeme an die öffentliche Seite</translation>
    </message>
    <message>
        <source>Send my scores</source>
        <translation>Meine Bewertungen senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Separate groups</source>
        <translation>Getrennte Gruppen</translation>
    </message>
    <message>
        <source>Separate groups (components)</source>
        <translation>Getrennte Gruppen (Komponenten)</translation>
    </message>
    <message>
        <source>Sequence of {what}</source>
        <translation>Abfolge von {what}</translation>
    </message>
    <message>
        <source>Session already open</source>
        <translation>Sitzung bereits geöffnet</translation>
    </message>
    <message>
        <source>Session tit&amp;le…</source>
        <translation>Sitzungs&amp;titel…</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Sitzungstitel</translation>
    </message>
    <message>
        <source>Session upgraded</source>
        <translation>Sitzung aktualisiert</translation>
    </message>
    <message>
        <source>Sessions for the new corpus</source>
        <translation>Sitzungen für das neue Korpus</translation>
    </message>
    <message>
        <source>Sessions to add</source>
        <translation>Hinzuzufügende Sitzungen</translation>
    </message>
    <message>
        <source>sets rules, policy frames, standards or statutory duties</source>
        <comment>role help</comment>
        <translation>legt Regeln, politische Rahmen, Standards oder gesetzliche Pflichten fest</translation>
    </message>
    <message>
        <source>sharing knowledge, meetings, advice, training</source>
        <comment>relation kind help</comment>
        <translation>Wissen teilen, Treffen, Beratung, Schulung</translation>
    </message>
    <message>
        <source>Show absent actors</source>
        <translation>Abwesende Akteure anzeigen</translation>
    </message>
    <message>
        <source>Show absent actors as faint ghosts</source>
        <translation>Abwesende Akteure als blasse Geister anzeigen</translation>
    </message>
    <message>
        <source>Show actors absent from this phase as faint ghosts (and those it does not describe as hollow dotted boxes), or hide them</source>
        <translation>In dieser Phase abwesende Akteure als blasse Geister anzeigen (und die, die sie nicht beschreibt, als hohle gepunktete Kästen) oder ausblenden</translation>
    </message>
    <message>
        <source>Show each actor's name in a second language beside its name (set in Properties)</source>
        <translation>Den Namen jedes Akteurs in einer Zweitsprache neben seinem Namen anzeigen (festgelegt unter Eigenschaften)</translation>
    </message>
    <message>
        <source>Show kind and 3C class on relations</source>
        <translation>Art und 3C-Klasse an Beziehungen anzeigen</translation>
    </message>
    <message>
        <source>Show lens guides</source>
        <translation>Hilfslinien der Perspektive anzeigen</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show more warnings</source>
        <translation>Weitere Warnungen anzeigen</translation>
    </message>
    <message>
        <source>Show second-language names</source>
        <translation>Namen in Zweitsprache anzeigen</translation>
    </message>
    <message>
        <source>Show source levels</source>
        <translation>Quellenwerte anzeigen</translation>
    </message>
    <message>
        <source>Show that phase on the map</source>
        <translation>Diese Phase auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Show the legend on the canvas</source>
        <translation>Die Legende auf der Fläche anzeigen</translation>
    </message>
    <message>
        <source>Show the levels and classes a source states (◆) beside the room's, on this screen</source>
        <translation>Die Werte und Klassen, die eine Quelle nennt (◆), neben denen des Raums zeigen, auf diesem Bildschirm</translation>
    </message>
    <message>
        <source>Show the levels and classes a source states (◆) on the presentation too (hide them while the room votes)</source>
        <translation>Die Werte und Klassen, die eine Quelle nennt (◆), auch in der Präsentation zeigen (ausblenden, während der Raum abstimmt)</translation>
    </message>
    <message>
        <source>Show the map full screen on the presentation screen (Esc or F5 closes it)</source>
        <translation>Die Karte im Vollbild auf dem Präsentationsbildschirm zeigen (Esc oder F5 schließt sie)</translation>
    </message>
    <message>
        <source>Show the next warnings of this list</source>
        <translation>Die nächsten Warnungen dieser Liste anzeigen</translation>
    </message>
    <message>
        <source>Show the phones panel</source>
        <translation>Den Smartphone-Bereich anzeigen</translation>
    </message>
    <message>
        <source>Show the statement in the presentation's heading</source>
        <translation>Die Aussage in der Überschrift der Präsentation zeigen</translation>
    </message>
    <message>
        <source>Show the timeline slider under the phase bar</source>
        <translation>Den Zeitleistenregler unter der Phasenleiste anzeigen</translation>
    </message>
    <message>
        <source>Show the votes of the blind question to the room now</source>
        <translation>Die Stimmen der blinden Frage jetzt dem Raum zeigen</translation>
    </message>
    <message>
        <source>Show the wall one actor or relation at a time; PgDn, Right or Space step on</source>
        <translation>Die Wand einen Akteur oder eine Beziehung nach der anderen zeigen lassen; PgDn, Right oder Space gehen weiter</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Ganze Karte zeigen</translation>
    </message>
    <message>
        <source>Show these changes as marks on the map</source>
        <translation>Diese Änderungen als Markierungen auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Show this question's votes to the room now (V)</source>
        <translation>Die Stimmen dieser Frage jetzt dem Raum zeigen (V)</translation>
    </message>
    <message>
        <source>Show what it is about</source>
        <translation>Zeigen, worum es geht</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Shown under the name when View ▸ Show second-language names is on</source>
        <translation>Unter dem Namen gezeigt, wenn Ansicht ▸ Namen in Zweitsprache anzeigen eingeschaltet ist</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>ability</comment>
        <translation>Fertigkeiten</translation>
    </message>
    <message>
        <source>Snapshot of {day}</source>
        <translation>Momentaufnahme vom {day}</translation>
    </message>
    <message>
        <source>Snapshot of {day} · {phases}</source>
        <translation>Momentaufnahme vom {day} · {phases}</translation>
    </message>
    <message>
        <source>Snapshot pack for participants (PDF)</source>
        <translation>Momentaufnahme-Paket für Teilnehmer (PDF)</translation>
    </message>
    <message>
        <source>Snapshot pack for participants · {day}</source>
        <translation>Momentaufnahme-Paket für Teilnehmer · {day}</translation>
    </message>
    <message>
        <source>Snapshot pack · {day}</source>
        <translation>Momentaufnahme-Paket · {day}</translation>
    </message>
    <message>
        <source>some</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>Some of the file does not fit the app's vocabulary by itself:</source>
        <translation>Ein Teil der Datei passt nicht von selbst zum Vokabular der App:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source in this phase</source>
        <translation>Quelle in dieser Phase</translation>
    </message>
    <message>
        <source>Source levels on the wall</source>
        <translation>Quellenwerte an der Wand</translation>
    </message>
    <message>
        <source>Source of this vote</source>
        <translation>Quelle dieser Stimme</translation>
    </message>
    <message>
        <source>Source of “{role}”</source>
        <translation>Quelle von „{role}“</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Quelle: {citation}</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Spricht für</translation>
    </message>
    <message>
        <source>Specifications fixed</source>
        <comment>decision kind</comment>
        <translation>Spezifikationen festgelegt</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Spread: the highest vote minus the lowest on the 1–5 scale, on the dimension where the votes differ most; reference levels from sources are not votes.</source>
        <translation>Streuung: die höchste minus die niedrigste Stimme auf der Skala 1–5, bei der Dimension, in der die Stimmen am stärksten abweichen; Referenzwerte aus Quellen sind keine Stimmen.</translation>
    </message>
    <message>
        <source>staff, technology, in-kind support, pooled budgets</source>
        <comment>relation kind help</comment>
        <translation>Personal, Technik, Sachleistungen, gemeinsame Budgets</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <source>stance not recorded</source>
        <translation>Haltung nicht erfasst</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>Start a round…  (Ctrl+R)</source>
        <translation>Runde starten…  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start a scoring round</source>
        <translation>Eine Bewertungsrunde starten</translation>
    </message>
    <message>
        <source>Start a scoring round first (Score ▸ Start round…).</source>
        <translation>Starten Sie zuerst eine Bewertungsrunde (Bewertung ▸ Runde starten…).</translation>
    </message>
    <message>
        <source>Start a session with a protocol's phases, roles, prompts, round and groups</source>
        <translation>Eine Sitzung mit den Phasen, Rollen, Impulsen, der Runde und den Gruppen eines Protokolls beginnen</translation>
    </message>
    <message>
        <source>Start again from the order by type</source>
        <translation>Wieder mit der Reihenfolge nach Typ beginnen</translation>
    </message>
    <message>
        <source>Start or stop presenting step by step</source>
        <translation>Schrittweise Präsentation starten oder beenden</translation>
    </message>
    <message>
        <source>Start or stop presenting step by step (F6)</source>
        <translation>Schrittweise Präsentation starten oder beenden (F6)</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Runde starten</translation>
    </message>
    <message>
        <source>Start round…</source>
        <translation>Runde starten…</translation>
    </message>
    <message>
        <source>Start the map

Press N for a new actor, or double-click the canvas where it should stand.
File ▸ Import… (Ctrl+I) brings actors and relations from another tool;
File ▸ Open demo session shows a finished workshop.</source>
        <translation>Karte beginnen

Drücken Sie N für einen neuen Akteur oder doppelklicken Sie auf die Fläche, wo er stehen soll.
Datei ▸ Importieren… (Ctrl+I) holt Akteure und Beziehungen aus einem anderen Werkzeug;
Datei ▸ Demo-Sitzung öffnen zeigt einen fertigen Workshop.</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>genannt</translation>
    </message>
    <message>
        <source>Stated here: {classes}</source>
        <translation>Hier genannt: {classes}</translation>
    </message>
    <message>
        <source>Stated in a document</source>
        <translation>In einem Dokument genannt</translation>
    </message>
    <message>
        <source>stated in a document (with section, page and a short quote)</source>
        <comment>source kind</comment>
        <translation>in einem Dokument genannt (mit Abschnitt, Seite und kurzem Zitat)</translation>
    </message>
    <message>
        <source>Stated intensity, {step}: {was} ({said_was}) → {now} ({said_now}).</source>
        <translation>Genannte Intensität, {step}: {was} ({said_was}) → {now} ({said_now}).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <comment>arena level</comment>
        <translation>Lenkungsausschuss</translation>
    </message>
    <message>
        <source>steers an ecosystem towards a shared goal</source>
        <comment>role help</comment>
        <translation>steuert ein Ökosystem auf ein gemeinsames Ziel hin</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Steward</source>
        <comment>role</comment>
        <translation>Treuhänder</translation>
    </message>
    <message>
        <source>Stop  (F6)</source>
        <translation>Stopp  (F6)</translation>
    </message>
    <message>
        <source>Stop taking votes from phones (the round goes on)</source>
        <translation>Keine Stimmen mehr von Smartphones annehmen (die Runde geht weiter)</translation>
    </message>
    <message>
        <source>Strategist (sets the direction)</source>
        <comment>orchestrator mode</comment>
        <translation>Stratege (gibt die Richtung vor)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>studies, experiments, evaluates</source>
        <comment>role help</comment>
        <translation>forscht, experimentiert, evaluiert</translation>
    </message>
    <message>
        <source>Suggest again</source>
        <translation>Erneut vorschlagen</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>suggested match</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>vorgeschlagene Zuordnung</numerusform>
            <numerusform>vorgeschlagene Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: waiting for you; accepted or edited: counts in the canonical views; rejected: never suggested again</source>
        <translation>vorgeschlagen: wartet auf Sie; angenommen oder bearbeitet: zählt in den kanonischen Ansichten; abgelehnt: wird nie wieder vorgeschlagen</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Supports the goal</source>
        <comment>alignment</comment>
        <translation>Unterstützt das Ziel</translation>
    </message>
    <message>
        <source>SVG drawing of the map (one file per phase)</source>
        <translation>SVG-Zeichnung der Karte (eine Datei pro Phase)</translation>
    </message>
    <message>
        <source>Swap the two phases</source>
        <translation>Die beiden Phasen tauschen</translation>
    </message>
    <message>
        <source>Switch to the phase and highlight who this is about</source>
        <translation>Zur Phase wechseln und hervorheben, um wen es geht</translation>
    </message>
    <message>
        <source>Switched off</source>
        <comment>relation state</comment>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Switched off in this phase: known not to be at work now</source>
        <translation>In dieser Phase ausgeschaltet: bekanntermaßen derzeit nicht wirksam</translation>
    </message>
    <message>
        <source>T</source>
        <comment>initial of trust</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>T trust · C commitment · I interdependence: medians of the votes, 1–5; – = not scored.</source>
        <translation>V Vertrauen · B Bindung · I Interdependenz: Mediane der Stimmen, 1–5; – = nicht bewertet.</translation>
    </message>
    <message>
        <source>Take the highlight off the map</source>
        <translation>Die Hervorhebung von der Karte nehmen</translation>
    </message>
    <message>
        <source>Take the marks off the map</source>
        <translation>Die Markierungen von der Karte nehmen</translation>
    </message>
    <message>
        <source>takes part in the phase</source>
        <comment>presence help</comment>
        <translation>nimmt an der Phase teil</translation>
    </message>
    <message>
        <source>Takes part in this phase (roles below)</source>
        <translation>Nimmt an dieser Phase teil (Rollen unten)</translation>
    </message>
    <message>
        <source>Talked about: {text}</source>
        <translation>Besprochen: {text}</translation>
    </message>
    <message>
        <source>Tap your name. This phone remembers it for the rest of the workshop.</source>
        <translation>Tippen Sie auf Ihren Namen. Dieses Smartphone merkt ihn sich für den Rest des Workshops.</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Technical work (standards, systems, procedures)</source>
        <comment>work kind</comment>
        <translation>Technische Arbeit (Standards, Systeme, Verfahren)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Tension: {tensions}</source>
        <translation>Spannung: {tensions}</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>That code is not right; check the screen and try again.</source>
        <translation>Dieser Code stimmt nicht; prüfen Sie den Bildschirm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The 1–5 scores</source>
        <translation>Die Bewertungen 1–5</translation>
    </message>
    <message>
        <source>The actor this participant speaks for (optional)</source>
        <translation>Der Akteur, für den dieser Teilnehmer spricht (optional)</translation>
    </message>
    <message>
        <source>The actor's story, phase by phase</source>
        <translation>Die Geschichte des Akteurs, Phase für Phase</translation>
    </message>
    <message>
        <source>The class of the votes that count, by the session's {rule} (Score ▸ Session settings)</source>
        <translation>Die Klasse der zählenden Stimmen, nach der {rule} der Sitzung (Bewertung ▸ Sitzungseinstellungen)</translation>
    </message>
    <message>
        <source>The comparison of phases is not available in this version.</source>
        <translation>Der Vergleich der Phasen ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>The console reopens in {language}: the running round ends and the phones are closed (every vote given is kept). Change the language now?</source>
        <translation>Die Konsole wird auf {language} neu geöffnet: Die laufende Runde endet und die Smartphones werden geschlossen (alle abgegebenen Stimmen bleiben erhalten). Sprache jetzt ändern?</translation>
    </message>
    <message>
        <source>The earlier phase of the comparison</source>
        <translation>Die frühere Phase des Vergleichs</translation>
    </message>
    <message>
        <source>The edit was not saved:
{exc}</source>
        <translation>Die Änderung wurde nicht gespeichert:
{exc}</translation>
    </message>
    <message>
        <source>The fact keeps its value and no longer names a source</source>
        <translation>Der Fakt behält seinen Wert und nennt keine Quelle mehr</translation>
    </message>
    <message>
        <source>The file holds no trust, commitment or interdependence values.</source>
        <translation>Die Datei enthält keine Werte für Vertrauen, Bindung oder Interdependenz.</translation>
    </message>
    <message>
        <source>The film as numbered PNG pictures in a new folder, for video editors.</source>
        <translation>Der Film als nummerierte PNG-Bilder in einem neuen Ordner, für Videoschnittprogramme.</translation>
    </message>
    <message>
        <source>The language of the console, the wall, the exports and the report; phones start in it and may pick their own</source>
        <translation>Die Sprache der Konsole, der Wand, der Exporte und des Berichts; Smartphones starten in ihr und können eine eigene wählen</translation>
    </message>
    <message>
        <source>The laptop is busy; please send your scores again.</source>
        <translation>Der Laptop ist beschäftigt; bitte senden Sie Ihre Bewertungen erneut.</translation>
    </message>
    <message>
        <source>The last step of the last phase is on the wall.</source>
        <translation>Der letzte Schritt der letzten Phase ist an der Wand.</translation>
    </message>
    <message>
        <source>The map in {phase}, as the room saw it.</source>
        <translation>Die Karte in {phase}, wie der Raum sie sah.</translation>
    </message>
    <message>
        <source>The map is already arranged that way.</source>
        <translation>Die Karte ist bereits so angeordnet.</translation>
    </message>
    <message>
        <source>The map raised no pattern warnings.</source>
        <translation>Die Karte hat keine Musterwarnungen ausgelöst.</translation>
    </message>
    <message>
        <source>The map, phase by phase</source>
        <translation>Die Karte, Phase für Phase</translation>
    </message>
    <message>
        <source>The mapping as a CSV file to decide in a spreadsheet</source>
        <translation>Die Zuordnung als CSV-Datei, um in einer Tabellenkalkulation zu entscheiden</translation>
    </message>
    <message>
        <source>the middle of the three levels is low: loose ties, mostly sharing information</source>
        <comment>3C class help</comment>
        <translation>der mittlere der drei Werte ist niedrig: lose Verbindungen, meist Informationsaustausch</translation>
    </message>
    <message>
        <source>The name in a second language (optional)</source>
        <translation>Der Name in einer Zweitsprache (optional)</translation>
    </message>
    <message>
        <source>The name written with every decision (who decided, and when)</source>
        <translation>Der Name, der bei jeder Entscheidung vermerkt wird (wer entschieden hat und wann)</translation>
    </message>
    <message>
        <source>The network has grown: where has intensity dropped, and is that a useful pause or a stall?</source>
        <translation>Das Netzwerk ist gewachsen: Wo ist die Intensität gesunken, und ist das eine nützliche Pause oder ein Stillstand?</translation>
    </message>
    <message>
        <source>The order in which “{unit}” shows the {what} when the order is “Your saved sequence”. Each phase shows those it has, in this order.</source>
        <translation>Die Reihenfolge, in der „{unit}“ die {what} zeigt, wenn die Reihenfolge „Ihre gespeicherte Abfolge“ ist. Jede Phase zeigt die, die sie enthält, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>The order of the questions: {order}</source>
        <translation>Die Reihenfolge der Fragen: {order}</translation>
    </message>
    <message>
        <source>The order of the steps: by type, by scale or your saved sequence</source>
        <translation>Die Reihenfolge der Schritte: nach Typ, nach Maßstab oder Ihre gespeicherte Abfolge</translation>
    </message>
    <message>
        <source>The other session's phase</source>
        <translation>Die Phase der anderen Sitzung</translation>
    </message>
    <message>
        <source>The phase to compare it with</source>
        <translation>Die Phase, mit der verglichen wird</translation>
    </message>
    <message>
        <source>The phone page could not be opened on {address}: {value}.
Check that the laptop is on the room's network, or pick another address.</source>
        <translation>Die Smartphone-Seite konnte unter {address} nicht geöffnet werden: {value}.
Prüfen Sie, ob der Laptop im Netzwerk des Raums ist, oder wählen Sie eine andere Adresse.</translation>
    </message>
    <message>
        <source>The public value the project and each phase are meant to create; who gains, who bears costs</source>
        <translation>Der Public Value, den das Projekt und jede Phase schaffen sollen; wer profitiert, wer Kosten trägt</translation>
    </message>
    <message>
        <source>The public value this project is meant to create, in the room's words</source>
        <translation>Der Public Value, den dieses Projekt schaffen soll, in den Worten des Raums</translation>
    </message>
    <message>
        <source>The question on {dimension}</source>
        <translation>Die Frage zu {dimension}</translation>
    </message>
    <message>
        <source>The relation is part of this phase</source>
        <translation>Die Beziehung gehört zu dieser Phase</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>der Raum</translation>
    </message>
    <message>
        <source>The room (said or voted here)</source>
        <translation>Der Raum (hier gesagt oder abgestimmt)</translation>
    </message>
    <message>
        <source>The room has not scored any relation with two or more votes yet, so there is no agreement or disagreement to report.</source>
        <translation>Der Raum hat noch keine Beziehung mit zwei oder mehr Stimmen bewertet, daher gibt es keine Übereinstimmung oder Uneinigkeit zu berichten.</translation>
    </message>
    <message>
        <source>The room has not scored this</source>
        <translation>Der Raum hat dies nicht bewertet</translation>
    </message>
    <message>
        <source>The room is voting on this relation; its votes are shown once revealed</source>
        <translation>Der Raum stimmt über diese Beziehung ab; die Stimmen werden gezeigt, sobald sie aufgedeckt sind</translation>
    </message>
    <message>
        <source>The room on these actors and relations:</source>
        <translation>Der Raum zu diesen Akteuren und Beziehungen:</translation>
    </message>
    <message>
        <source>the room or the source says it is not there</source>
        <comment>presence help</comment>
        <translation>der Raum oder die Quelle sagt, dass er nicht da ist</translation>
    </message>
    <message>
        <source>The room took up every warning the map raised.</source>
        <translation>Der Raum hat jede Warnung aufgegriffen, die die Karte ausgelöst hat.</translation>
    </message>
    <message>
        <source>The room's answer: {answer}</source>
        <translation>Antwort des Raums: {answer}</translation>
    </message>
    <message>
        <source>The room's median {median}, {low}–{high}, {votes}</source>
        <translation>Median des Raums {median}, {low}–{high}, {votes}</translation>
    </message>
    <message>
        <source>The room's notes for this phase:</source>
        <translation>Notizen des Raums zu dieser Phase:</translation>
    </message>
    <message>
        <source>THE ROOM'S VOTES</source>
        <translation>DIE STIMMEN DES RAUMS</translation>
    </message>
    <message>
        <source>The room: median {median}, {low}–{high}, {votes}</source>
        <translation>Der Raum: Median {median}, {low}–{high}, {votes}</translation>
    </message>
    <message>
        <source>the same file content is already in the corpus as “{name}”</source>
        <translation>derselbe Dateiinhalt ist bereits als „{name}“ im Korpus</translation>
    </message>
    <message>
        <source>The same film as a looping GIF: plays in slides, e-mail and web pages.</source>
        <translation>Derselbe Film als endlos laufendes GIF: läuft in Folien, E-Mails und Webseiten.</translation>
    </message>
    <message>
        <source>The selected actor through all phases</source>
        <translation>Der ausgewählte Akteur durch alle Phasen</translation>
    </message>
    <message>
        <source>The session has one phase: nothing to compare.</source>
        <translation>Die Sitzung hat nur eine Phase: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>the source does not say what kind of body it is</source>
        <comment>actor type help</comment>
        <translation>die Quelle sagt nicht, welche Art von Organisation es ist</translation>
    </message>
    <message>
        <source>The source is silent about it in this phase: neither present nor gone</source>
        <translation>Die Quelle schweigt in dieser Phase dazu: weder präsent noch ausgeschieden</translation>
    </message>
    <message>
        <source>The source is silent about the relation in this phase</source>
        <translation>Die Quelle schweigt in dieser Phase zur Beziehung</translation>
    </message>
    <message>
        <source>the source says nothing about it in this phase</source>
        <comment>presence help</comment>
        <translation>die Quelle sagt in dieser Phase nichts dazu</translation>
    </message>
    <message>
        <source>The stage decides which facilitation prompts and warnings apply.</source>
        <translation>Das Stadium bestimmt, welche Moderationsimpulse und Warnungen gelten.</translation>
    </message>
    <message>
        <source>The two workshops' metrics over their phases on one chart</source>
        <translation>Die Kennzahlen beider Workshops über ihre Phasen in einem Diagramm</translation>
    </message>
    <message>
        <source>The vote could not be saved.</source>
        <translation>Die Stimme konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The votes are revealed.</source>
        <translation>Die Stimmen sind aufgedeckt.</translation>
    </message>
    <message>
        <source>the whole phase</source>
        <translation>die ganze Phase</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Die ganze Sitzung</translation>
    </message>
    <message>
        <source>the {kind} relation {relation}</source>
        <translation>der Beziehung {relation} ({kind})</translation>
    </message>
    <message>
        <source>The {relation} ended</source>
        <translation>Die {relation} endete</translation>
    </message>
    <message>
        <source>The {relation}: active in {a}, not described in {b}</source>
        <translation>Die {relation}: aktiv in {a}, nicht beschrieben in {b}</translation>
    </message>
    <message>
        <source>The {relation}: not described in {a}, active in {b}</source>
        <translation>Die {relation}: nicht beschrieben in {a}, aktiv in {b}</translation>
    </message>
    <message>
        <source>There are no backups of this session yet. The first one is made the next time the session is opened, or after some minutes of editing.</source>
        <translation>Es gibt noch keine Sicherungen dieser Sitzung. Die erste wird beim nächsten Öffnen der Sitzung angelegt oder nach einigen Minuten Bearbeitung.</translation>
    </message>
    <message>
        <source>There are no participants to ask in this choice.</source>
        <translation>In dieser Auswahl gibt es keine Teilnehmer zu befragen.</translation>
    </message>
    <message>
        <source>There are no relations to score in this choice.</source>
        <translation>In dieser Auswahl gibt es keine Beziehungen zu bewerten.</translation>
    </message>
    <message>
        <source>These actors are the suggested canonical actor (double-click a row does the same)</source>
        <translation>Diese Akteure sind der vorgeschlagene kanonische Akteur (Doppelklick auf eine Zeile bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>These are patterns the research warns about. They are questions for the room, not verdicts; an info note is not a problem in itself.</source>
        <translation>Dies sind Muster, vor denen die Forschung warnt. Sie sind Fragen an den Raum, keine Urteile; ein Info-Hinweis ist für sich genommen kein Problem.</translation>
    </message>
    <message>
        <source>They already take part in this phase.</source>
        <translation>Sie nehmen bereits an dieser Phase teil.</translation>
    </message>
    <message>
        <source>This computer only: phones cannot reach this address.</source>
        <translation>Nur dieser Computer: Smartphones können diese Adresse nicht erreichen.</translation>
    </message>
    <message>
        <source>This install cannot export {fmt!r}.</source>
        <translation>Diese Installation kann {fmt!r} nicht exportieren.</translation>
    </message>
    <message>
        <source>This install has no importers.</source>
        <translation>Diese Installation hat keine Importfunktionen.</translation>
    </message>
    <message>
        <source>This is the first phase: there is nothing before it to compare with.</source>
        <translation>Dies ist die erste Phase: Davor gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>This page updates by itself; keep it open.</source>
        <translation>Diese Seite aktualisiert sich selbst; lassen Sie sie geöffnet.</translation>
    </message>
    <message>
        <source>This phase</source>
        <translation>Diese Phase</translation>
    </message>
    <message>
        <source>This phase already has the previous phase's actors and roles.</source>
        <translation>Diese Phase hat bereits die Akteure und Rollen der vorigen Phase.</translation>
    </message>
    <message>
        <source>This phase beside a phase of another session</source>
        <translation>Diese Phase neben einer Phase einer anderen Sitzung</translation>
    </message>
    <message>
        <source>This phase has no relations to score yet.</source>
        <translation>Diese Phase hat noch keine Beziehungen zu bewerten.</translation>
    </message>
    <message>
        <source>This question has moved on.</source>
        <translation>Diese Frage ist vorbei.</translation>
    </message>
    <message>
        <source>This question has moved on; your phone now shows the current one.</source>
        <translation>Diese Frage ist vorbei; Ihr Smartphone zeigt jetzt die aktuelle.</translation>
    </message>
    <message>
        <source>This relation is not part of the phase any more, so it cannot be scored.</source>
        <translation>Diese Beziehung gehört nicht mehr zur Phase und kann daher nicht bewertet werden.</translation>
    </message>
    <message>
        <source>This round has closed.</source>
        <translation>Diese Runde ist geschlossen.</translation>
    </message>
    <message>
        <source>This round is closed or its code has changed. Scan the new code on the screen.</source>
        <translation>Diese Runde ist geschlossen oder ihr Code hat sich geändert. Scannen Sie den neuen Code auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>This session has no phases.</source>
        <translation>Diese Sitzung hat keine Phasen.</translation>
    </message>
    <message>
        <source>This session is open read-only, so votes cannot be saved.</source>
        <translation>Diese Sitzung ist schreibgeschützt geöffnet, daher können keine Stimmen gespeichert werden.</translation>
    </message>
    <message>
        <source>This session was made by an older version and has been upgraded.
A copy of the original was kept beside it.</source>
        <translation>Diese Sitzung wurde mit einer älteren Version erstellt und wurde aktualisiert.
Eine Kopie des Originals wurde daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>This source is cited by {facts}; corrections here change it for all.</source>
        <translation>Diese Quelle wird von {facts} zitiert; Korrekturen hier ändern sie für alle.</translation>
    </message>
    <message>
        <source>Tick the people to ask, in this order</source>
        <translation>Die zu befragenden Personen in dieser Reihenfolge anhaken</translation>
    </message>
    <message>
        <source>Tick the roles the actor holds in this phase</source>
        <translation>Die Rollen anhaken, die der Akteur in dieser Phase innehat</translation>
    </message>
    <message>
        <source>Tick what the actor does in this phase (001, Table 1).</source>
        <translation>Haken Sie an, was der Akteur in dieser Phase tut (001, Tabelle 1).</translation>
    </message>
    <message>
        <source>Tick when the room has talked about it</source>
        <translation>Anhaken, wenn der Raum darüber gesprochen hat</translation>
    </message>
    <message>
        <source>Tidy overlaps</source>
        <translation>Überlappungen aufräumen</translation>
    </message>
    <message>
        <source>Tidy overlaps: {actors} moved</source>
        <translation>Überlappungen aufgeräumt: {actors} verschoben</translation>
    </message>
    <message numerus="yes">
        <source>time</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Zeitangabe</numerusform>
            <numerusform>Zeitangaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title page, each phase's map with roles and scores, what changed, warnings and a glossary, ready to hand out.</source>
        <translation>Titelseite, die Karte jeder Phase mit Rollen und Bewertungen, Änderungen, Warnungen und ein Glossar, fertig zum Austeilen.</translation>
    </message>
    <message>
        <source>Title shown on the canvas and snapshots:</source>
        <translation>Titel auf der Fläche und in Momentaufnahmen:</translation>
    </message>
    <message>
        <source>Title shown on the projector and the handouts:</source>
        <translation>Titel auf dem Beamer und in den Handouts:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>From phase … to phase …</comment>
        <translation>zu</translation>
    </message>
    <message>
        <source>To the &amp;bottom</source>
        <translation>Ans &amp;Ende</translation>
    </message>
    <message>
        <source>To the &amp;top</source>
        <translation>An den &amp;Anfang</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Top broker (betweenness)</source>
        <translation>Wichtigster Vermittler (Betweenness)</translation>
    </message>
    <message>
        <source>Top broker's betweenness (0–1)</source>
        <translation>Betweenness des wichtigsten Vermittlers (0–1)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Trust</source>
        <comment>dimension</comment>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Trust (colour):</source>
        <translation>Vertrauen (Farbe):</translation>
    </message>
    <message>
        <source>Trust, commitment and interdependence are scored per relation and phase. The 1–5 scale is this app's choice, not the papers'; the papers speak of low, medium and high, so 1–2 read as low, 3 as medium and 4–5 as high.</source>
        <translation>Vertrauen, Bindung und Interdependenz werden je Beziehung und Phase bewertet. Die Skala 1–5 ist eine Wahl dieser App, nicht der Studien; die Studien sprechen von niedrig, mittel und hoch, daher gelten 1–2 als niedrig, 3 als mittel und 4–5 als hoch.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type a note and press Enter   (Ctrl+M comes here)</source>
        <translation>Notiz tippen und Enter drücken   (Ctrl+M führt hierher)</translation>
    </message>
    <message>
        <source>Type a note and press Enter; Ctrl+M comes here from anywhere</source>
        <translation>Notiz tippen und Enter drücken; Ctrl+M führt von überall hierher</translation>
    </message>
    <message>
        <source>Type a timestamped note (or a quote) for this phase</source>
        <translation>Eine Notiz mit Zeitstempel (oder ein Zitat) für diese Phase tippen</translation>
    </message>
    <message>
        <source>Type the code shown on the facilitator's screen.</source>
        <translation>Geben Sie den Code ein, der auf dem Bildschirm der Moderation angezeigt wird.</translation>
    </message>
    <message>
        <source>Types, kinds and roles</source>
        <translation>Typen, Arten und Rollen</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <source>unclassified (not all three scored)</source>
        <translation>nicht klassifiziert (nicht alle drei bewertet)</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>{edit} rückgängig machen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>universities, research centres and institutes</source>
        <comment>actor type help</comment>
        <translation>Universitäten, Forschungszentren und -institute</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>actor type</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>openness</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>scale</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message numerus="yes">
        <source>unplaced actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>unplatzierter Akteur</numerusform>
            <numerusform>unplatzierte Akteure</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <comment>role</comment>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>uses or consumes the service or data</source>
        <comment>role help</comment>
        <translation>nutzt oder konsumiert den Dienst oder die Daten</translation>
    </message>
    <message numerus="yes">
        <source>value</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Wert</numerusform>
            <numerusform>Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor</source>
        <comment>role</comment>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>very high</source>
        <comment>score</comment>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>very little</source>
        <translation>sehr wenig</translation>
    </message>
    <message>
        <source>very low</source>
        <comment>score</comment>
        <translation>sehr niedrig</translation>
    </message>
    <message numerus="yes">
        <source>vote</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Stimme</numerusform>
            <numerusform>Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>VOTE FROM YOUR PHONE</source>
        <translation>STIMMEN SIE MIT IHREM SMARTPHONE AB</translation>
    </message>
    <message>
        <source>Vote not saved</source>
        <translation>Stimme nicht gespeichert</translation>
    </message>
    <message>
        <source>Vote not taken</source>
        <translation>Stimme nicht angenommen</translation>
    </message>
    <message numerus="yes">
        <source>voter</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Abstimmender</numerusform>
            <numerusform>Abstimmende</numerusform>
        </translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Abstimmende</translation>
    </message>
    <message>
        <source>Voters: {parts}  ({rule})</source>
        <translation>Abstimmende: {parts}  ({rule})</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>votes differ by 2 or more</source>
        <translation>Stimmen weichen um 2 oder mehr ab</translation>
    </message>
    <message>
        <source>votes differ by 2+</source>
        <translation>Stimmen weichen um 2+ ab</translation>
    </message>
    <message>
        <source>Votes differ by two steps or more</source>
        <translation>Stimmen weichen um zwei Stufen oder mehr ab</translation>
    </message>
    <message>
        <source>votes in the room; counted in the median, spread and 3C class</source>
        <comment>participant kind</comment>
        <translation>stimmt im Raum ab; zählt in Median, Streuung und 3C-Klasse</translation>
    </message>
    <message>
        <source>Votes stay hidden until everyone has answered</source>
        <translation>Die Stimmen bleiben verborgen, bis alle geantwortet haben</translation>
    </message>
    <message>
        <source>Votes stay hidden until everyone has answered.</source>
        <translation>Die Stimmen bleiben verborgen, bis alle geantwortet haben.</translation>
    </message>
    <message>
        <source>voting…</source>
        <translation>stimmt ab…</translation>
    </message>
    <message>
        <source>Waiting for the next relation…</source>
        <translation>Warten auf die nächste Beziehung…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Warnungen ({n})</translation>
    </message>
    <message>
        <source>Warnings and how the room answered them</source>
        <translation>Warnungen und wie der Raum darauf antwortete</translation>
    </message>
    <message>
        <source>Warnings not discussed</source>
        <translation>Nicht besprochene Warnungen</translation>
    </message>
    <message>
        <source>Warnings: …</source>
        <translation>Warnungen: …</translation>
    </message>
    <message>
        <source>Weakest dimension (each voter's own class, then their median)</source>
        <translation>Schwächste Dimension (die eigene Klasse jedes Abstimmenden, dann deren Median)</translation>
    </message>
    <message>
        <source>weakest-dimension rule</source>
        <translation>Regel der schwächsten Dimension</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>What changed between phases</source>
        <translation>Was sich zwischen den Phasen geändert hat</translation>
    </message>
    <message>
        <source>What changed since “{phase}”</source>
        <translation>Was sich seit „{phase}“ geändert hat</translation>
    </message>
    <message>
        <source>What changed: {a} → {b}</source>
        <translation>Was sich geändert hat: {a} → {b}</translation>
    </message>
    <message>
        <source>what costs the actor bears (public value)</source>
        <comment>presence fact</comment>
        <translation>welche Kosten der Akteur trägt (Public Value)</translation>
    </message>
    <message>
        <source>What costs this actor bears</source>
        <translation>Welche Kosten dieser Akteur trägt</translation>
    </message>
    <message>
        <source>What it fixed, who took it (optional)</source>
        <translation>Was sie festgelegt hat, wer sie getroffen hat (optional)</translation>
    </message>
    <message>
        <source>what the actor gains (public value)</source>
        <comment>presence fact</comment>
        <translation>was der Akteur gewinnt (Public Value)</translation>
    </message>
    <message>
        <source>What the template sets up</source>
        <translation>Was die Vorlage einrichtet</translation>
    </message>
    <message>
        <source>What this actor does in this phase</source>
        <translation>Was dieser Akteur in dieser Phase tut</translation>
    </message>
    <message>
        <source>What this actor gains (public value)</source>
        <translation>Was dieser Akteur gewinnt (Public Value)</translation>
    </message>
    <message>
        <source>What this phase is meant to deliver for the public</source>
        <translation>Was diese Phase für die Öffentlichkeit leisten soll</translation>
    </message>
    <message>
        <source>What urban problem are we solving, and does our data measure that problem or only what is easy to count?</source>
        <translation>Welches städtische Problem lösen wir, und messen unsere Daten dieses Problem oder nur das, was sich leicht zählen lässt?</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>what you share will not be used against you</source>
        <comment>dimension help</comment>
        <translation>was Sie teilen, wird nicht gegen Sie verwendet</translation>
    </message>
    <message>
        <source>Where does this come from?
{fact_label}</source>
        <translation>Woher stammt das?
{fact_label}</translation>
    </message>
    <message>
        <source>Where the room agreed and disagreed</source>
        <translation>Wo der Raum übereinstimmte und wo nicht</translation>
    </message>
    <message>
        <source>Where the room agreed most</source>
        <translation>Wo der Raum am meisten übereinstimmte</translation>
    </message>
    <message>
        <source>Where the room disagreed most</source>
        <translation>Wo der Raum am stärksten uneinig war</translation>
    </message>
    <message>
        <source>Whether each step shows one actor or one relation</source>
        <translation>Ob jeder Schritt einen Akteur oder eine Beziehung zeigt</translation>
    </message>
    <message>
        <source>Which parties and jurisdictions must keep sharing data for the system to work, and have they agreed to it?</source>
        <translation>Welche Parteien und Gebietskörperschaften müssen weiter Daten teilen, damit das System funktioniert, und haben sie dem zugestimmt?</translation>
    </message>
    <message>
        <source>Which places and groups gain from this, and which are missing from the data and the investment?</source>
        <translation>Welche Orte und Gruppen profitieren davon, und welche fehlen in den Daten und bei den Investitionen?</translation>
    </message>
    <message>
        <source>Which questions, in which words? ({a} and {b} are the two actors)</source>
        <translation>Welche Fragen, in welchen Worten? ({a} und {b} sind die beiden Akteure)</translation>
    </message>
    <message>
        <source>Which quick win could show value early, and who shares openly what did not work?</source>
        <translation>Welcher schnelle Erfolg könnte früh einen Nutzen zeigen, und wer teilt offen, was nicht funktioniert hat?</translation>
    </message>
    <message>
        <source>Which rule, charter or body would make it clear who supplies and who uses data, so that partners can commit again?</source>
        <translation>Welche Regel, Charta oder Stelle würde klarstellen, wer Daten liefert und wer sie nutzt, damit sich die Partner wieder binden können?</translation>
    </message>
    <message>
        <source>While presenting step by step</source>
        <translation>Während der schrittweisen Präsentation</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Who bears costs (public value)</source>
        <translation>Wer Kosten trägt (Public Value)</translation>
    </message>
    <message>
        <source>Who brings the agility to experiment, and who could replicate and roll out the solution if it works?</source>
        <translation>Wer bringt die Agilität zum Experimentieren mit, und wer könnte die Lösung replizieren und ausrollen, wenn sie funktioniert?</translation>
    </message>
    <message>
        <source>Who controls the systems and data, and can public partners reach their own data without paying or being stuck with one supplier?</source>
        <translation>Wer kontrolliert die Systeme und Daten, und können öffentliche Partner auf ihre eigenen Daten zugreifen, ohne zu zahlen oder an einen einzigen Anbieter gebunden zu sein?</translation>
    </message>
    <message>
        <source>Who gains (public value)</source>
        <translation>Wer profitiert (Public Value)</translation>
    </message>
    <message>
        <source>Who gains, who bears costs</source>
        <translation>Wer profitiert, wer Kosten trägt</translation>
    </message>
    <message>
        <source>who inferred or recorded it</source>
        <translation>wer es erschlossen oder erfasst hat</translation>
    </message>
    <message>
        <source>Who is asked</source>
        <translation>Wer gefragt wird</translation>
    </message>
    <message>
        <source>Who is asked? (in this order)</source>
        <translation>Wer wird gefragt? (in dieser Reihenfolge)</translation>
    </message>
    <message>
        <source>Who is in the room, their organisation and whom they speak for</source>
        <translation>Wer im Raum ist, ihre Organisation und für wen sie sprechen</translation>
    </message>
    <message>
        <source>Who is making the goal meaningful to everyone (cultural work), not only handing out tasks (political work)?</source>
        <translation>Wer macht das Ziel für alle bedeutsam (kulturelle Arbeit) und verteilt nicht nur Aufgaben (politische Arbeit)?</translation>
    </message>
    <message>
        <source>Who joined</source>
        <translation>Wer hinzukam</translation>
    </message>
    <message>
        <source>Who knows the neighbourhoods involved, and how is that knowledge connected to city, national or international partners?</source>
        <translation>Wer kennt die betroffenen Quartiere, und wie ist dieses Wissen mit Partnern auf städtischer, nationaler oder internationaler Ebene verbunden?</translation>
    </message>
    <message>
        <source>Who leads and persuades here, and what brings each actor to the table: money, a shared problem, interdependence or uncertainty?</source>
        <translation>Wer führt und überzeugt hier, und was bringt jeden Akteur an den Tisch: Geld, ein gemeinsames Problem, Interdependenz oder Unsicherheit?</translation>
    </message>
    <message>
        <source>Who left</source>
        <translation>Wer ausschied</translation>
    </message>
    <message>
        <source>Who left since the last phase, who joined, whose role changed — and was that a decision or an accident?</source>
        <translation>Wer ist seit der letzten Phase ausgeschieden, wer kam hinzu, wessen Rolle hat sich geändert — und war das eine Entscheidung oder ein Zufall?</translation>
    </message>
    <message>
        <source>Who orchestrates now — one actor or a coalition — and do they both set direction and manage the daily work?</source>
        <translation>Wer orchestriert jetzt — ein Akteur oder eine Koalition — und liegen Richtungsvorgabe und Steuerung der täglichen Arbeit beide in dieser Hand?</translation>
    </message>
    <message>
        <source>Who takes part, in which role</source>
        <translation>Wer teilnimmt, in welcher Rolle</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer teilnahm</translation>
    </message>
    <message>
        <source>Who will have to adopt, run and maintain the result, and are they in the room yet?</source>
        <translation>Wer wird das Ergebnis übernehmen, betreiben und warten müssen, und sind diese Akteure schon im Raum?</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Ganze Sitzung</translation>
    </message>
    <message>
        <source>Whole session: {alphas}</source>
        <translation>Ganze Sitzung: {alphas}</translation>
    </message>
    <message>
        <source>Whose vote the buttons and the keys 1–5 give</source>
        <translation>Wessen Stimme die Schaltflächen und die Tasten 1–5 abgeben</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <source>why it was inferred</source>
        <translation>warum es erschlossen wurde</translation>
    </message>
    <message>
        <source>Width x height in pixels: 1280x720 suits slides, 1920x1080 a big screen</source>
        <translation>Breite x Höhe in Pixeln: 1280x720 eignet sich für Folien, 1920x1080 für einen großen Bildschirm</translation>
    </message>
    <message>
        <source>willing to invest in and stay in this relation</source>
        <comment>dimension help</comment>
        <translation>bereit, in diese Beziehung zu investieren und in ihr zu bleiben</translation>
    </message>
    <message>
        <source>Willingness to invest in and stay in the relationship</source>
        <translation>Bereitschaft, in die Beziehung zu investieren und in ihr zu bleiben</translation>
    </message>
    <message>
        <source>willingness to invest in and stay in the relationship.</source>
        <translation>die Bereitschaft, in die Beziehung zu investieren und in ihr zu bleiben.</translation>
    </message>
    <message>
        <source>with a data relation</source>
        <translation>mit einer Datenbeziehung</translation>
    </message>
    <message>
        <source>with agreement and data relations</source>
        <translation>mit Vereinbarungs- und Datenbeziehungen</translation>
    </message>
    <message>
        <source>with agreement relations</source>
        <translation>mit Vereinbarungsbeziehungen</translation>
    </message>
    <message>
        <source>with an agreement relation</source>
        <translation>mit einer Vereinbarungsbeziehung</translation>
    </message>
    <message>
        <source>with data relations</source>
        <translation>mit Datenbeziehungen</translation>
    </message>
    <message>
        <source>With several participants the map shows the median of their votes (the lower one when two are in the middle), never an average. Unscored stays empty (shown as –) and is never read as 0.</source>
        <translation>Bei mehreren Teilnehmern zeigt die Karte den Median ihrer Stimmen (den unteren, wenn zwei in der Mitte liegen), nie einen Durchschnitt. Nicht Bewertetes bleibt leer (als – dargestellt) und wird nie als 0 gelesen.</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word-Dokument (.docx)</translation>
    </message>
    <message>
        <source>Words of the map</source>
        <translation>Begriffe der Karte</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message numerus="yes">
        <source>workshop</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>Workshop</numerusform>
            <numerusform>Workshops</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop report · {day}</source>
        <translation>Workshop-Bericht · {day}</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop)</source>
        <translation>Workshop-Sitzungen (*.workshop)</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop);;All files (*)</source>
        <translation>Workshop-Sitzungen (*.workshop);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <source>Written by Assemblage Workshop</source>
        <translation>Erstellt mit Assemblage Workshop</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}</source>
        <translation>{files} nach {folder} geschrieben</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Sie:</translation>
    </message>
    <message>
        <source>Your name is no longer on the list; please pick it again.</source>
        <translation>Ihr Name steht nicht mehr auf der Liste; bitte wählen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Your scores were not taken; please try again.</source>
        <translation>Ihre Bewertungen wurden nicht angenommen; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your vote could not be saved; please try again.</source>
        <translation>Ihre Stimme konnte nicht gespeichert werden; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your vote was not taken.</source>
        <translation>Ihre Stimme wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom the map</source>
        <translation>Karte zoomen</translation>
    </message>
    <message>
        <source>{actors} brought into this phase (Ctrl+Z takes them out again).</source>
        <translation>{actors} in diese Phase geholt (Ctrl+Z nimmt sie wieder heraus).</translation>
    </message>
    <message>
        <source>{actors} take part</source>
        <translation>{actors} nehmen teil</translation>
    </message>
    <message>
        <source>{actors} take part; {relations}, {scored} of them scored</source>
        <translation>{actors} nehmen teil; {relations}, davon {scored} bewertet</translation>
    </message>
    <message>
        <source>{actors} takes part</source>
        <translation>{actors} nimmt teil</translation>
    </message>
    <message>
        <source>{actors} · {relations} in this phase  |  {saved} to {name}</source>
        <translation>{actors} · {relations} in dieser Phase  |  {saved} in {name}</translation>
    </message>
    <message>
        <source>{actors}, {relations}, {phases} and {scored} from {name} ({fmt}).</source>
        <translation>{actors}, {relations}, {phases} und {scored} aus {name} ({fmt}).</translation>
    </message>
    <message>
        <source>{changes} between {name_a} and {name_b}</source>
        <translation>{changes} zwischen {name_a} und {name_b}</translation>
    </message>
    <message>
        <source>{citizens}: no decision or agreement relation in {phase}.</source>
        <translation>{citizens}: keine Entscheidungs- oder Vereinbarungsbeziehung in {phase}.</translation>
    </message>
    <message>
        <source>{collaboration} of the {classed} classed relations in {phase} are collaboration.</source>
        <translation>{collaboration} der {classed} klassifizierten Beziehungen in {phase} sind Kollaboration.</translation>
    </message>
    <message>
        <source>{corpus}  ·  {workshops}, {actors}  ·  {get} suggested, {n} decided, {get2} rejected, {get3} unmatched</source>
        <translation>{corpus}  ·  {workshops}, {actors}  ·  {get} vorgeschlagen, {n} entschieden, {get2} abgelehnt, {get3} nicht zugeordnet</translation>
    </message>
    <message>
        <source>{count} actors took part in {phase} but not in {next}: {names}.</source>
        <translation>{count} Akteure nahmen in {phase} teil, aber nicht in {next}: {names}.</translation>
    </message>
    <message>
        <source>{count} for {new_canonical_actors}.</source>
        <translation>{count} für {new_canonical_actors}.</translation>
    </message>
    <message>
        <source>{decisions} dropped (actor renamed or removed)</source>
        <translation>{decisions} verworfen (Akteur umbenannt oder entfernt)</translation>
    </message>
    <message>
        <source>{dimension} &lt;b&gt;{alpha:.2f}&lt;/b&gt; ({units} rel., {voters})</source>
        <translation>{dimension} &lt;b&gt;{alpha:.2f}&lt;/b&gt; ({units} Bez., {voters})</translation>
    </message>
    <message>
        <source>{dimension} &lt;i&gt;undefined&lt;/i&gt; ({reason})</source>
        <translation>{dimension} &lt;i&gt;undefiniert&lt;/i&gt; ({reason})</translation>
    </message>
    <message>
        <source>{dimension} in the {relation} went from {was_level} ({was}) to {now_level} ({now})</source>
        <translation>{dimension} in der {relation} wechselte von {was_level} ({was}) zu {now_level} ({now})</translation>
    </message>
    <message>
        <source>{dimension} {was} → {now}</source>
        <translation>{dimension} {was} → {now}</translation>
    </message>
    <message>
        <source>{dimension}: median {median}, spread {spread}</source>
        <translation>{dimension}: Median {median}, Streuung {spread}</translation>
    </message>
    <message>
        <source>{done} of {n} have answered this question</source>
        <translation>{done} von {n} haben diese Frage beantwortet</translation>
    </message>
    <message>
        <source>{done} of {n} have scored this relation</source>
        <translation>{done} von {n} haben diese Beziehung bewertet</translation>
    </message>
    <message>
        <source>{done} of {n} talked about in this phase. Tick them off; a note keeps what the room said.</source>
        <translation>{done} von {n} in dieser Phase besprochen. Haken Sie sie ab; eine Notiz hält fest, was der Raum gesagt hat.</translation>
    </message>
    <message>
        <source>{done}: {label}</source>
        <translation>{done}: {label}</translation>
    </message>
    <message>
        <source>{done}: {text} — by {value}.</source>
        <translation>{done}: {text} — von {value}.</translation>
    </message>
    <message>
        <source>{exc}

The session was not changed.</source>
        <translation>{exc}

Die Sitzung wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{fmt} (*{suffix});;All files (*)</source>
        <translation>{fmt} (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{hidden} more… (show {hidden2} more)</source>
        <translation>{hidden} weitere… ({hidden2} weitere zeigen)</translation>
    </message>
    <message>
        <source>{id} is about who or what is missing: nothing to highlight on the map.</source>
        <translation>{id} betrifft, wer oder was fehlt: Auf der Karte gibt es nichts hervorzuheben.</translation>
    </message>
    <message>
        <source>{kinds} (*{wanted});;All files (*)</source>
        <translation>{kinds} (*{wanted});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{kind} relation between {source} and {target}</source>
        <translation>Beziehung ({kind}) zwischen {source} und {target}</translation>
    </message>
    <message>
        <source>{kind} relation from {source} to {target}</source>
        <translation>Beziehung ({kind}) von {source} zu {target}</translation>
    </message>
    <message>
        <source>{kind} work, {aim}</source>
        <translation>Arbeit – {kind}, {aim}</translation>
    </message>
    <message>
        <source>{low} of the {scored} relations scored for commitment in {phase} are low</source>
        <translation>{low} der {scored} in {phase} auf Bindung bewerteten Beziehungen sind niedrig</translation>
    </message>
    <message>
        <source>{median} ({votes})</source>
        <translation>{median} ({votes})</translation>
    </message>
    <message>
        <source>{median} ({votes}, spread {spread})</source>
        <translation>{median} ({votes}, Streuung {spread})</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>{names} appears for the first time in {phase}, {relations} already.</source>
        <translation>
            <numerusform>{names} erscheint in {phase} zum ersten Mal, bereits {relations}.</numerusform>
            <numerusform>{names} erscheinen in {phase} zum ersten Mal, bereits {relations}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} first takes part in {phase}, after {after}, when it was recorded absent.</source>
        <translation>
            <numerusform>{names} nimmt erstmals in {phase} teil, nach {after}, als dieser Akteur noch als abwesend erfasst war.</numerusform>
            <numerusform>{names} nehmen erstmals in {phase} teil, nach {after}, als diese Akteure noch als abwesend erfasst waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} is recorded as absent from {phase}.</source>
        <translation>
            <numerusform>{names} ist in {phase} als abwesend erfasst.</numerusform>
            <numerusform>{names} sind in {phase} als abwesend erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} takes part in {phase} without any relation, with little say recorded (influence or roles).</source>
        <translation>
            <numerusform>{names} nimmt in {phase} ohne jede Beziehung teil, mit wenig erfasster Mitsprache (Einfluss oder Rollen).</numerusform>
            <numerusform>{names} nehmen in {phase} ohne jede Beziehung teil, mit wenig erfasster Mitsprache (Einfluss oder Rollen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} takes part in {phase}, but no relation is recorded for it there.</source>
        <translation>
            <numerusform>{names} nimmt in {phase} teil, aber dort ist keine Beziehung dieses Akteurs erfasst.</numerusform>
            <numerusform>{names} nehmen in {phase} teil, aber dort ist keine Beziehung dieser Akteure erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  ({state} here)</source>
        <translation>{name}  (hier {state})</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (geschlossen)</translation>
    </message>
    <message>
        <source>{name} (private)</source>
        <translation>{name} (privat)</translation>
    </message>
    <message>
        <source>{name} (private) is an end of {degree} of the {total} relations in {phase}: the others may come to depend on a firm whose aims are its own.</source>
        <translation>{name} (privat) ist in {phase} an {degree} der {total} Beziehungen beteiligt: Die anderen könnten von einem Unternehmen abhängig werden, das eigene Ziele verfolgt.</translation>
    </message>
    <message>
        <source>{name} (the actor)</source>
        <translation>{name} (der Akteur)</translation>
    </message>
    <message>
        <source>{name} (vendor-held)</source>
        <translation>{name} (in Anbieterhand)</translation>
    </message>
    <message>
        <source>{name} ({value})
Right-click to rename, move or delete</source>
        <translation>{name} ({value})
Rechtsklick zum Umbenennen, Verschieben oder Löschen</translation>
    </message>
    <message>
        <source>{name} is an end of {degree} of the {total} relations in {phase} and holds no orchestrator role there.</source>
        <translation>{name} ist in {phase} an {degree} der {total} Beziehungen beteiligt und hat dort keine Rolle als Orchestrator.</translation>
    </message>
    <message>
        <source>{name} joined between {a} and {b}</source>
        <translation>{name} kam zwischen {a} und {b} hinzu</translation>
    </message>
    <message>
        <source>{name} left between {a} and {b}</source>
        <translation>{name} schied zwischen {a} und {b} aus</translation>
    </message>
    <message>
        <source>{name} took part in {phase} but not in {next}.</source>
        <translation>{name} nahm in {phase} teil, aber nicht in {next}.</translation>
    </message>
    <message>
        <source>{name}: not described in {a}, present in {b}</source>
        <translation>{name}: nicht beschrieben in {a}, präsent in {b}</translation>
    </message>
    <message>
        <source>{name}: present in {a}, not described in {b}</source>
        <translation>{name}: präsent in {a}, nicht beschrieben in {b}</translation>
    </message>
    <message>
        <source>{name}: the app imports GEXF, GraphML, CSV, XLSX, Pajek, GML, JSON (Kumu, node-link, JSON Graph Format) and Cytoscape files.</source>
        <translation>{name}: Die App importiert GEXF-, GraphML-, CSV-, XLSX-, Pajek-, GML-, JSON- (Kumu, node-link, JSON Graph Format) und Cytoscape-Dateien.</translation>
    </message>
    <message>
        <source>{name}: {role} in “{phase}”</source>
        <translation>{name}: {role} in „{phase}“</translation>
    </message>
    <message>
        <source>{name}: {state} in “{phase}”</source>
        <translation>{name}: {state} in „{phase}“</translation>
    </message>
    <message>
        <source>{next_step} (Enter)</source>
        <translation>{next_step} (Enter)</translation>
    </message>
    <message>
        <source>{note}  · on {subject}</source>
        <translation>{note}  · zu {subject}</translation>
    </message>
    <message>
        <source>{n} for “{name}”. Questions for the room, not errors.</source>
        <translation>{n} für „{name}“. Fragen an den Raum, keine Fehler.</translation>
    </message>
    <message>
        <source>{n} in</source>
        <translation>{n} eingehend</translation>
    </message>
    <message>
        <source>{n} in the whole session. Questions for the room, not errors.</source>
        <translation>{n} in der ganzen Sitzung. Fragen an den Raum, keine Fehler.</translation>
    </message>
    <message>
        <source>{n} in {phases}</source>
        <translation>{n} in {phases}</translation>
    </message>
    <message>
        <source>{n} not taken (late or incomplete)</source>
        <translation>{n} nicht angenommen (zu spät oder unvollständig)</translation>
    </message>
    <message>
        <source>{n} of {n2} answers still missing.</source>
        <translation>{n} von {n2} Antworten fehlen noch.</translation>
    </message>
    <message>
        <source>{n} out</source>
        <translation>{n} ausgehend</translation>
    </message>
    <message>
        <source>{n} rel.</source>
        <translation>{n} Bez.</translation>
    </message>
    <message>
        <source>{n} scored</source>
        <translation>{n} bewertet</translation>
    </message>
    <message>
        <source>{n} two-way</source>
        <translation>{n} beidseitig</translation>
    </message>
    <message>
        <source>{out} exists. Build it anew? Its decisions on matches are lost.</source>
        <translation>{out} existiert bereits. Neu aufbauen? Die Entscheidungen zu Zuordnungen darin gehen verloren.</translation>
    </message>
    <message>
        <source>{out} is not empty. Replace it with the new bundle?</source>
        <translation>{out} ist nicht leer. Durch das neue Paket ersetzen?</translation>
    </message>
    <message>
        <source>{out}: {actors}. Fill in 'status' (accepted, rejected, edited) or 'canonical_name' and import it again.</source>
        <translation>{out}: {actors}. Füllen Sie 'status' (accepted, rejected, edited) oder 'canonical_name' aus und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>{participants} in the room.</source>
        <translation>{participants} im Raum.</translation>
    </message>
    <message>
        <source>{phase}:</source>
        <translation>{phase}:</translation>
    </message>
    <message>
        <source>{phones} seen · {votes} from {people}</source>
        <translation>{phones} gesehen · {votes} von {people}</translation>
    </message>
    <message>
        <source>{relation_label}
{votes} votes; spread = highest minus lowest vote</source>
        <translation>{relation_label}
{votes} Stimmen; Streuung = höchste minus niedrigste Stimme</translation>
    </message>
    <message>
        <source>{relations}, {scored} of them scored</source>
        <translation>{relations}, davon {scored} bewertet</translation>
    </message>
    <message>
        <source>{relation}: the vote of {who} in “{phase}”</source>
        <translation>{relation}: die Stimme von {who} in „{phase}“</translation>
    </message>
    <message>
        <source>{relation}: {state} in “{phase}”</source>
        <translation>{relation}: {state} in „{phase}“</translation>
    </message>
    <message>
        <source>{score_cells} left out</source>
        <translation>{score_cells} ausgelassen</translation>
    </message>
    <message>
        <source>{shown} of {total} {what}</source>
        <translation>{shown} von {total} {what}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{state} in {name}</source>
        <translation>{state} in {name}</translation>
    </message>
    <message>
        <source>{target} already exists. Importing never replaces a session; choose a new name.</source>
        <translation>{target} existiert bereits. Ein Import ersetzt nie eine Sitzung; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>{term}: {meaning}</source>
        <translation>{term}: {meaning}</translation>
    </message>
    <message>
        <source>{title} — snapshot</source>
        <translation>{title} — Momentaufnahme</translation>
    </message>
    <message>
        <source>{title} — snapshot pack</source>
        <translation>{title} — Momentaufnahme-Paket</translation>
    </message>
    <message>
        <source>{title} — workshop report</source>
        <translation>{title} — Workshop-Bericht</translation>
    </message>
    <message>
        <source>{value} {label}  ({n} rel.)</source>
        <translation>{value} {label}  ({n} Bez.)</translation>
    </message>
    <message>
        <source>{work} by {names}</source>
        <translation>{work} durch {names}</translation>
    </message>
    <message>
        <source>— does not orchestrate —</source>
        <translation>— orchestriert nicht —</translation>
    </message>
    <message>
        <source>— interoperability not known —</source>
        <translation>— Interoperabilität unbekannt —</translation>
    </message>
    <message>
        <source>— nobody (a note)</source>
        <translation>— niemand (eine Notiz)</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— nicht zugeordnet —</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— nicht erfasst —</translation>
    </message>
    <message>
        <source>“{name}” is already open for editing in another window.</source>
        <translation>„{name}“ ist bereits in einem anderen Fenster zur Bearbeitung geöffnet.</translation>
    </message>
    <message>
        <source>“{name}” is open for editing in another window ({who}). Close it there, then restore again. Nothing was changed.</source>
        <translation>„{name}“ ist in einem anderen Fenster zur Bearbeitung geöffnet ({who}). Schließen Sie es dort und stellen Sie dann erneut wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
    <message>
        <source>… and {more} more relations where the votes differ</source>
        <translation>… und {more} weitere Beziehungen, bei denen die Stimmen abweichen</translation>
    </message>
    <message>
        <source>… {n} more</source>
        <translation>… {n} weitere</translation>
    </message>
    <message>
        <source>≠ Votes differ by {spread} steps: worth talking about</source>
        <translation>≠ Die Stimmen weichen um {spread} Stufen ab: ein Gespräch wert</translation>
    </message>
    <message>
        <source>┆ dashed line = phase on the map</source>
        <translation>┆ gestrichelte Linie = Phase auf der Karte</translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation>▲ Warnung</translation>
    </message>
    <message>
        <source>▲ Warnings: {here} here</source>
        <translation>▲ Warnungen: {here} hier</translation>
    </message>
    <message>
        <source>▲ Warnings: {here} here · {elsewhere}</source>
        <translation>▲ Warnungen: {here} hier · {elsewhere}</translation>
    </message>
    <message>
        <source>▲ Warnings: {n}</source>
        <translation>▲ Warnungen: {n}</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>◀ Previous phase</source>
        <translation>◀ Vorige Phase</translation>
    </message>
    <message>
        <source>◆ a source's levels</source>
        <translation>◆ Werte einer Quelle</translation>
    </message>
    <message>
        <source>◆ A source's levels: trust {trust} · commitment {commitment} · interdependence {interdependence} (beside the room's, not in its median)</source>
        <translation>◆ Werte einer Quelle: Vertrauen {trust} · Bindung {commitment} · Interdependenz {interdependence} (neben denen des Raums, nicht in dessen Median)</translation>
    </message>
    <message>
        <source>◆ Class a source states: {classes}</source>
        <translation>◆ Von einer Quelle genannte Klasse: {classes}</translation>
    </message>
    <message>
        <source>◆ on a line: the levels a source states (colour = trust, size = commitment), never counted in the room's median; ◆coop in a label: the class it states</source>
        <translation>◆ auf einer Linie: die Werte, die eine Quelle nennt (Farbe = Vertrauen, Größe = Bindung), nie im Median des Raums gezählt; ◆coop in einer Beschriftung: die Klasse, die sie nennt</translation>
    </message>
    <message>
        <source>◆ Stated for this phase: {stated}</source>
        <translation>◆ Für diese Phase genannt: {stated}</translation>
    </message>
    <message>
        <source>◆ Stated {scope}: {what}</source>
        <translation>◆ Genannt {scope}: {what}</translation>
    </message>
    <message>
        <source>◆ Stated: {what}</source>
        <translation>◆ Genannt: {what}</translation>
    </message>
    <message>
        <source>● Info</source>
        <translation>● Info</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Gesendet</translation>
    </message>
    <message>
        <source>✓ shown on the wall · ○ not yet · click a step to jump to it</source>
        <translation>✓ an der Wand gezeigt · ○ noch nicht · auf einen Schritt klicken, um dorthin zu springen</translation>
    </message>
</context>
</TS>
