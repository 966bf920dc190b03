<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_GB">
<context>
    <name>Workshop</name>
    <message>
        <source>
… and {n} more</source>
        <translation>
… e altri {n}</translation>
    </message>
    <message>
        <source>  (this window)</source>
        <translation>  (questa finestra)</translation>
    </message>
    <message>
        <source>  New relations: </source>
        <translation>  Nuove relazioni: </translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (segue)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [sola lettura]</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> e altri {n}</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> fotogrammi/s</translation>
    </message>
    <message>
        <source> — who takes part, facts</source>
        <translation> — chi partecipa, fatti</translation>
    </message>
    <message>
        <source>"{decision}" ({kind}, {phase})</source>
        <translation>«{decision}» ({kind}, {phase})</translation>
    </message>
    <message>
        <source>% of its relations</source>
        <translation>% delle sue relazioni</translation>
    </message>
    <message>
        <source>% of relations</source>
        <translation>% delle relazioni</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Attori</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nuova sessione…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>Fa&amp;si</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Punteggi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>(about {about})</source>
        <translation>(su {about})</translation>
    </message>
    <message>
        <source>(click a phase column to show it)</source>
        <translation>(fai clic sulla colonna di una fase per mostrarla)</translation>
    </message>
    <message>
        <source>(click to unfold or fold the quote and the reason)</source>
        <translation>(fai clic per aprire o chiudere la citazione e la motivazione)</translation>
    </message>
    <message>
        <source>(info)</source>
        <translation>(info)</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(nessuna indicata)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ancora nessuno)</translation>
    </message>
    <message>
        <source>+ Phase</source>
        <translation>+ Fase</translation>
    </message>
    <message>
        <source>, not described in {n}</source>
        <translation>, non descritto in {n}</translation>
    </message>
    <message>
        <source>002 reads 3C per governance level: tick who sits in each forum in the phase shown.</source>
        <translation>002 legge il 3C per livello di governance: spunta chi siede in ciascun forum nella fase mostrata.</translation>
    </message>
    <message>
        <source>004 reads openness wider than open data: open, closed or held by a vendor, and whether systems share standards.</source>
        <translation>004 intende l'apertura in senso più ampio degli open data: aperto, chiuso o in mano a un fornitore, e se i sistemi condividono standard.</translation>
    </message>
    <message>
        <source>004: one body orchestrates (individual) or several together (collective)</source>
        <translation>004: un solo ente orchestra (individuale) o più enti insieme (collettiva)</translation>
    </message>
    <message>
        <source>004: open, closed, or held by a vendor (wider than open data)</source>
        <translation>004: aperto, chiuso o in mano a un fornitore (più ampio degli open data)</translation>
    </message>
    <message>
        <source>1 v. low</source>
        <translation>1 m. basso</translation>
    </message>
    <message>
        <source>1 very low</source>
        <translation>1 molto basso</translation>
    </message>
    <message>
        <source>1-5 (as the app)</source>
        <translation>1-5 (come l'app)</translation>
    </message>
    <message>
        <source>150 dpi suits a handout or slides, 300 dpi a printed poster</source>
        <translation>150 dpi va bene per una dispensa o per le slide, 300 dpi per un poster stampato</translation>
    </message>
    <message>
        <source>1–5 score the marked cell and move on · Backspace clears it · Shift+Tab previous person · click a cell to correct it</source>
        <translation>1–5 assegna il punteggio alla cella evidenziata e passa oltre · Backspace lo cancella · Shift+Tab persona precedente · fai clic su una cella per correggerla</translation>
    </message>
    <message>
        <source>2 low</source>
        <translation>2 basso</translation>
    </message>
    <message>
        <source>3 med.</source>
        <translation>3 medio</translation>
    </message>
    <message>
        <source>3 medium</source>
        <translation>3 medio</translation>
    </message>
    <message>
        <source>3C ({who}): {cls}</source>
        <translation>3C ({who}): {cls}</translation>
    </message>
    <message>
        <source>3C class</source>
        <translation>Classe 3C</translation>
    </message>
    <message>
        <source>3C classes</source>
        <translation>Classi 3C</translation>
    </message>
    <message>
        <source>3C rule and source levels</source>
        <translation>Regola 3C e livelli delle fonti</translation>
    </message>
    <message>
        <source>3C rule and source levels…</source>
        <translation>Regola 3C e livelli delle fonti…</translation>
    </message>
    <message>
        <source>3C: hidden until the votes are revealed (V)</source>
        <translation>3C: nascosto finché i voti non vengono rivelati (V)</translation>
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
        <translation>3C: – (assegna tutti e tre i punteggi)</translation>
    </message>
    <message>
        <source>4 high</source>
        <translation>4 alto</translation>
    </message>
    <message>
        <source>5 v. high</source>
        <translation>5 m. alto</translation>
    </message>
    <message>
        <source>5 very high</source>
        <translation>5 molto alto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt; in {phase}: {alphas}</source>
        <translation>&lt;b&gt;Accordo&lt;/b&gt; in {phase}: {alphas}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the room now&lt;/b&gt; ({framework} · {source}):&lt;br&gt;{text}</source>
        <translation>&lt;b&gt;Ora davanti alla sala&lt;/b&gt; ({framework} · {source}):&lt;br&gt;{text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase: {name}&lt;/b&gt;&lt;br&gt;Which relations?</source>
        <translation>&lt;b&gt;Fase: {name}&lt;/b&gt;&lt;br&gt;Quali relazioni?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where should phones connect?&lt;/b&gt;&lt;br&gt;Pick this laptop's address on the network the room's phones are on (usually the Wi-Fi). The page is served only on the address you pick, and only while this round is open.</source>
        <translation>&lt;b&gt;A quale indirizzo devono collegarsi i telefoni?&lt;/b&gt;&lt;br&gt;Scegli l'indirizzo di questo portatile sulla rete a cui sono collegati i telefoni in sala (di solito il Wi-Fi). La pagina è servita solo sull'indirizzo scelto e solo finché questo round è aperto.</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt; ({reason})</source>
        <translation>&lt;i&gt;non definito&lt;/i&gt; ({reason})</translation>
    </message>
    <message>
        <source>&lt;span style='color:{colour}; font-size:16pt'&gt;■&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;span style='color:#555'&gt;· {kind}, {scale} · in {here} of {n} phases{unknown}&lt;/span&gt;</source>
        <translation>&lt;span style='color:{colour}; font-size:16pt'&gt;■&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;span style='color:#555'&gt;· {kind}, {scale} · in {here} fasi su {n}{unknown}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A  this session, {name}</source>
        <translation>A  questa sessione, {name}</translation>
    </message>
    <message>
        <source>A decision on the timeline of this phase (specifications fixed, plan adopted...): shown under the phase slider</source>
        <translation>Una decisione lungo la linea temporale di questa fase (specifiche fissate, piano adottato...): mostrata sotto il cursore delle fasi</translation>
    </message>
    <message>
        <source>a name or a workshop</source>
        <translation>un nome o un workshop</translation>
    </message>
    <message>
        <source>A new source</source>
        <translation>Una nuova fonte</translation>
    </message>
    <message>
        <source>A PDF to hand to every participant</source>
        <translation>Un PDF da consegnare a ogni partecipante</translation>
    </message>
    <message>
        <source>a recognised mandate or capacity to act in a field</source>
        <comment>ability help</comment>
        <translation>un mandato riconosciuto o una capacità di agire in un ambito</translation>
    </message>
    <message>
        <source>A short quote, word for word</source>
        <translation>Una breve citazione, parola per parola</translation>
    </message>
    <message>
        <source>A stated source needs the document it is stated in.</source>
        <translation>Una fonte dichiarata richiede il documento in cui è dichiarata.</translation>
    </message>
    <message>
        <source>A tension names two dimensions two levels apart, e.g. “{example}”.</source>
        <translation>Una tensione indica due dimensioni distanti due livelli, ad es. «{example}».</translation>
    </message>
    <message>
        <source>A Word or PDF report for the people who commissioned the workshop</source>
        <translation>Un report Word o PDF per chi ha commissionato il workshop</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>Capacità</translation>
    </message>
    <message>
        <source>About this project</source>
        <translation>Informazioni sul progetto</translation>
    </message>
    <message>
        <source>about {about}</source>
        <translation>su {about}</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>presence</comment>
        <translation>Assente</translation>
    </message>
    <message>
        <source>absent in this phase</source>
        <translation>assente in questa fase</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Mondo accademico</translation>
    </message>
    <message>
        <source>Academia</source>
        <comment>actor type</comment>
        <translation>Mondo accademico</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Accept every suggestion of the selected canonical actors</source>
        <translation>Accetta tutti i suggerimenti degli attori canonici selezionati</translation>
    </message>
    <message>
        <source>Accept group</source>
        <translation>Accetta gruppo</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettati</translation>
    </message>
    <message>
        <source>Across phases</source>
        <translation>Tra le fasi</translation>
    </message>
    <message>
        <source>Across phases: {values}</source>
        <translation>Tra le fasi: {values}</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>relation state</comment>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Active relations</source>
        <translation>Relazioni attive</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Attore</translation>
    </message>
    <message numerus="yes">
        <source>actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>attore</numerusform>
            <numerusform>attori</numerusform>
        </translation>
    </message>
    <message>
        <source>actor entered</source>
        <translation>attore entrato</translation>
    </message>
    <message>
        <source>Actor in the workshop</source>
        <translation>Attore nel workshop</translation>
    </message>
    <message>
        <source>actor left (shown faded)</source>
        <translation>attore uscito (mostrato sbiadito)</translation>
    </message>
    <message>
        <source>Actor left between phases: who left and why?</source>
        <translation>Attore uscito tra le fasi: chi è uscito e perché?</translation>
    </message>
    <message numerus="yes">
        <source>actor position</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>posizione di attore</numerusform>
            <numerusform>posizioni di attori</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor story</source>
        <translation>Storia dell'attore</translation>
    </message>
    <message>
        <source>actor type</source>
        <translation>tipo di attore</translation>
    </message>
    <message>
        <source>Actor type:</source>
        <translation>Tipo di attore:</translation>
    </message>
    <message>
        <source>Actor type: shape, glyph and colour</source>
        <translation>Tipo di attore: forma, simbolo e colore</translation>
    </message>
    <message>
        <source>Actor types</source>
        <translation>Tipi di attori</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Attori</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>attori</translation>
    </message>
    <message>
        <source>Actors matched by normalised name and type: {name}</source>
        <translation>Attori abbinati per nome normalizzato e tipo: {name}</translation>
    </message>
    <message>
        <source>Actors matched through {name}: {register} by its register, {name2} by name and type</source>
        <translation>Attori abbinati tramite {name}: {register} in base al suo registro, {name2} per nome e tipo</translation>
    </message>
    <message>
        <source>Actors on most shortest paths between others:</source>
        <translation>Attori sulla maggior parte dei cammini minimi tra gli altri:</translation>
    </message>
    <message>
        <source>Actors present</source>
        <translation>Attori presenti</translation>
    </message>
    <message>
        <source>Actors present, by scale</source>
        <translation>Attori presenti, per scala</translation>
    </message>
    <message>
        <source>Actors present, by type</source>
        <translation>Attori presenti, per tipo</translation>
    </message>
    <message>
        <source>acts for a community or the public interest</source>
        <comment>role help</comment>
        <translation>agisce per una comunità o per l'interesse pubblico</translation>
    </message>
    <message>
        <source>Add a custom role and press Enter</source>
        <translation>Aggiungi un ruolo personalizzato e premi Invio</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Aggiungi una fase</translation>
    </message>
    <message>
        <source>Add a phase after the last one</source>
        <translation>Aggiungi una fase dopo l'ultima</translation>
    </message>
    <message>
        <source>Add a second phase to compare phases.</source>
        <translation>Aggiungi una seconda fase per confrontare le fasi.</translation>
    </message>
    <message>
        <source>Add arena</source>
        <translation>Aggiungi arena</translation>
    </message>
    <message>
        <source>Add decision point</source>
        <translation>Aggiungi punto decisionale</translation>
    </message>
    <message>
        <source>Add decision point in {name}…</source>
        <translation>Aggiungi punto decisionale in {name}…</translation>
    </message>
    <message>
        <source>Add decision point…</source>
        <translation>Aggiungi punto decisionale…</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Aggiungi partecipante</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Aggiungi fase</translation>
    </message>
    <message>
        <source>Add phase…</source>
        <translation>Aggiungi fase…</translation>
    </message>
    <message>
        <source>Add sessions; a session whose file changed replaces its earlier rows, an unchanged one is left as it is</source>
        <translation>Aggiungi sessioni; una sessione il cui file è cambiato sostituisce le sue righe precedenti, una invariata resta com'è</translation>
    </message>
    <message>
        <source>Add sessions…</source>
        <translation>Aggiungi sessioni…</translation>
    </message>
    <message>
        <source>Add the session open in the window (read from its file)</source>
        <translation>Aggiungi la sessione aperta nella finestra (letta dal suo file)</translation>
    </message>
    <message>
        <source>Add this session</source>
        <translation>Aggiungi questa sessione</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunta</translation>
    </message>
    <message>
        <source>Adding sessions…</source>
        <translation>Aggiunta delle sessioni…</translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>Aggiunta di {name}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Addresses the phones can reach</source>
        <translation>Indirizzi raggiungibili dai telefoni</translation>
    </message>
    <message>
        <source>Adds a byte order mark and puts ' before text a spreadsheet would run as a formula; leave it off for R, pandas or another program, which read the text exactly as typed</source>
        <translation>Aggiunge un byte order mark e mette ' davanti al testo che un foglio di calcolo eseguirebbe come formula; lascialo disattivato per R, pandas o un altro programma, che leggono il testo esattamente come è scritto</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <comment>relation kind</comment>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>alignment with the project's goal</source>
        <comment>presence fact</comment>
        <translation>allineamento con l'obiettivo del progetto</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tutti gli attori</translation>
    </message>
    <message>
        <source>All funding from one source: what happens if it stops?</source>
        <translation>Tutti i finanziamenti da un'unica fonte: cosa succede se si interrompono?</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Tutte le fasi</translation>
    </message>
    <message>
        <source>All phases side by side</source>
        <translation>Tutte le fasi affiancate</translation>
    </message>
    <message>
        <source>All phases side by side — {title}</source>
        <translation>Tutte le fasi affiancate — {title}</translation>
    </message>
    <message>
        <source>All phases: one picture per phase, named after the phase.</source>
        <translation>Tutte le fasi: un'immagine per fase, con il nome della fase.</translation>
    </message>
    <message>
        <source>All relations in this phase</source>
        <comment>round relations</comment>
        <translation>Tutte le relazioni in questa fase</translation>
    </message>
    <message>
        <source>all three are high: joint planning and action, shared power; costly and hard to keep</source>
        <comment>3C class help</comment>
        <translation>tutti e tre alti: pianificazione e azione congiunte, potere condiviso; costosa e difficile da mantenere</translation>
    </message>
    <message>
        <source>All votes are in — Enter for the next question.</source>
        <translation>Tutti i voti sono arrivati — Invio per la domanda successiva.</translation>
    </message>
    <message>
        <source>All votes are in — Enter for the next relation.</source>
        <translation>Tutti i voti sono arrivati — Invio per la relazione successiva.</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>già aggiornato</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen item; drag to move it too</source>
        <translation>Alt+Up e Alt+Down spostano l'elemento scelto; puoi anche trascinarlo</translation>
    </message>
    <message>
        <source>An actor is absent in this phase, so the relation is not at work.</source>
        <translation>Un attore è assente in questa fase, quindi la relazione non è attiva.</translation>
    </message>
    <message>
        <source>An actor is not described in this phase, so neither is the relation.</source>
        <translation>Un attore non è descritto in questa fase, quindi non lo è neanche la relazione.</translation>
    </message>
    <message>
        <source>An inferred source needs the reason for the inference.</source>
        <translation>Una fonte dedotta richiede la motivazione della deduzione.</translation>
    </message>
    <message>
        <source>Animate phase changes</source>
        <translation>Anima i cambi di fase</translation>
    </message>
    <message>
        <source>Animated GIF of the change across phases</source>
        <translation>GIF animata del cambiamento tra le fasi</translation>
    </message>
    <message numerus="yes">
        <source>another phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>altra fase</numerusform>
            <numerusform>altre fasi</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer of the person asked</source>
        <translation>Risposta della persona interpellata</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Qualsiasi fase</translation>
    </message>
    <message>
        <source>Anyone who can reach this address could try the join code.</source>
        <translation>Chiunque possa raggiungere questo indirizzo potrebbe provare il codice di accesso.</translation>
    </message>
    <message>
        <source>Apply the decisions of an edited mapping (all or none)</source>
        <translation>Applica le decisioni di una corrispondenza modificata (tutte o nessuna)</translation>
    </message>
    <message>
        <source>Are roles, rules and accountability written down well enough to survive a change of government?</source>
        <translation>Ruoli, regole e responsabilità sono messi per iscritto abbastanza bene da sopravvivere a un cambio di governo?</translation>
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
        <translation>Arene</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Disponi</translation>
    </message>
    <message>
        <source>Arrange actors: {lens}</source>
        <translation>Disponi gli attori: {lens}</translation>
    </message>
    <message>
        <source>Arrange {unplaced_actors}: {lens}</source>
        <translation>Disponi {unplaced_actors}: {lens}</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>come scritto</translation>
    </message>
    <message>
        <source>Ask every participant to score relations one by one</source>
        <translation>Chiedi a ogni partecipante di assegnare un punteggio alle relazioni una per una</translation>
    </message>
    <message>
        <source>asked for views, no decision power</source>
        <comment>role help</comment>
        <translation>consultato, senza potere decisionale</translation>
    </message>
    <message>
        <source>asking for views without handing over decision power</source>
        <comment>relation kind help</comment>
        <translation>chiedere pareri senza cedere potere decisionale</translation>
    </message>
    <message>
        <source>Asking: {name} — {dimension}</source>
        <translation>Domanda: {name} — {dimension}</translation>
    </message>
    <message>
        <source>Assemblage Workshop — presentation</source>
        <translation>Assemblage Workshop — presentazione</translation>
    </message>
    <message>
        <source>Attach to selection</source>
        <translation>Collega alla selezione</translation>
    </message>
    <message>
        <source>Attach to selection (select one actor or relation)</source>
        <translation>Collega alla selezione (seleziona un attore o una relazione)</translation>
    </message>
    <message>
        <source>Attach to {subject}</source>
        <translation>Collega a {subject}</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
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
        <translation>Backup di &lt;b&gt;{name}&lt;/b&gt;, dal più recente. Ne viene creato uno quando apri la sessione e uno ogni {minutes} minuti mentre la modifichi.&lt;br&gt;Il ripristino sostituisce la sessione con il backup scelto; prima viene salvato un backup della versione attuale, così puoi tornarci.</translation>
    </message>
    <message>
        <source>Bears costs</source>
        <translation>Sostiene costi</translation>
    </message>
    <message>
        <source>bears costs: {costs}</source>
        <translation>sostiene costi: {costs}</translation>
    </message>
    <message>
        <source>because {reason}</source>
        <translation>perché {reason}</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Diventa</translation>
    </message>
    <message>
        <source>being scored now</source>
        <translation>in valutazione ora</translation>
    </message>
    <message>
        <source>Between {a} and {b}</source>
        <translation>Tra {a} e {b}</translation>
    </message>
    <message>
        <source>Beyond the map</source>
        <translation>Oltre la mappa</translation>
    </message>
    <message>
        <source>Black, white and yellow on the wall, thick lines and larger text (for a washed-out projector or low vision)</source>
        <translation>Nero, bianco e giallo sulla parete, linee spesse e testo più grande (per un proiettore sbiadito o per chi vede poco)</translation>
    </message>
    <message numerus="yes">
        <source>blank line</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>riga vuota</numerusform>
            <numerusform>righe vuote</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind round: the votes are revealed — the room discusses the spread.</source>
        <translation>Round alla cieca: i voti sono rivelati — la sala discute la dispersione.</translation>
    </message>
    <message>
        <source>Blind: hide the votes until everyone has voted (V reveals them sooner)</source>
        <translation>Alla cieca: nascondi i voti finché non hanno votato tutti (V li rivela prima)</translation>
    </message>
    <message>
        <source>Blind: the votes are hidden until everyone has answered (✓ = answered).</source>
        <translation>Alla cieca: i voti restano nascosti finché non hanno risposto tutti (✓ = ha risposto).</translation>
    </message>
    <message>
        <source>bodies that broker, convene or run a programme between others: foundations, PPPs, innovation agencies, advisory boards</source>
        <comment>actor type help</comment>
        <translation>enti che fanno da intermediari, convocano o gestiscono un programma tra altri: fondazioni, PPP, agenzie per l'innovazione, comitati consultivi</translation>
    </message>
    <message>
        <source>Bring all actors into this phase</source>
        <translation>Porta tutti gli attori in questa fase</translation>
    </message>
    <message>
        <source>Bring selected actors into this phase</source>
        <translation>Porta gli attori selezionati in questa fase</translation>
    </message>
    <message>
        <source>brokers links between others without owning the project</source>
        <comment>role help</comment>
        <translation>fa da intermediario tra altri senza essere titolare del progetto</translation>
    </message>
    <message>
        <source>Building the corpus…</source>
        <translation>Costruzione del corpus…</translation>
    </message>
    <message>
        <source>builds apps, services or businesses on the project</source>
        <comment>role help</comment>
        <translation>sviluppa app, servizi o attività imprenditoriali basati sul progetto</translation>
    </message>
    <message>
        <source>builds or delivers a system, service, dataset or technology</source>
        <comment>role help</comment>
        <translation>costruisce o fornisce un sistema, un servizio, un dataset o una tecnologia</translation>
    </message>
    <message>
        <source>Bureaucrat</source>
        <comment>role</comment>
        <translation>Burocrate</translation>
    </message>
    <message>
        <source>By &amp;type</source>
        <translation>Per &amp;tipo</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>di {author}</translation>
    </message>
    <message>
        <source>C</source>
        <comment>initial of commitment</comment>
        <translation>Imp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cannot arrange</source>
        <translation>Impossibile disporre</translation>
    </message>
    <message>
        <source>Cannot create session</source>
        <translation>Impossibile creare la sessione</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>Impossibile creare la sessione</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Impossibile importare</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Impossibile aprire la sessione</translation>
    </message>
    <message>
        <source>Cannot start the round</source>
        <translation>Impossibile avviare il round</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>Impossibile usare questo modello</translation>
    </message>
    <message>
        <source>Canonical actor</source>
        <translation>Attore canonico</translation>
    </message>
    <message>
        <source>Canonical actor for {selected_actors} (pick one or type a new name):</source>
        <translation>Attore canonico per {selected_actors} (scegline uno o digita un nuovo nome):</translation>
    </message>
    <message>
        <source>champions the vision and persuades others to join</source>
        <comment>role help</comment>
        <translation>promuove la visione e convince altri ad aderire</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message numerus="yes">
        <source>change</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>modifica</numerusform>
            <numerusform>modifiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Change 3C settings</source>
        <translation>Modifica impostazioni 3C</translation>
    </message>
    <message>
        <source>Change a score to send again.</source>
        <translation>Modifica un punteggio per inviare di nuovo.</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambia la lingua</translation>
    </message>
    <message>
        <source>Changes between the two phases</source>
        <translation>Cambiamenti tra le due fasi</translation>
    </message>
    <message>
        <source>Charts of the network metrics, one point per phase</source>
        <translation>Grafici delle metriche di rete, un punto per fase</translation>
    </message>
    <message>
        <source>Choose a session to compare this one with.</source>
        <translation>Scegli una sessione con cui confrontare questa.</translation>
    </message>
    <message>
        <source>Choose a template and a file name.</source>
        <translation>Scegli un modello e un nome file.</translation>
    </message>
    <message>
        <source>Choose the session to compare this one with (opened read-only)</source>
        <translation>Scegli la sessione con cui confrontare questa (aperta in sola lettura)</translation>
    </message>
    <message>
        <source>Choose what each value stands for; the preview shows the result.</source>
        <translation>Scegli che cosa rappresenta ciascun valore; l'anteprima mostra il risultato.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Scegli dove salvare l'esportazione.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Scegli dove salvare il report.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Cite a new source</source>
        <translation>Cita una nuova fonte</translation>
    </message>
    <message>
        <source>Cite a source ({what})</source>
        <translation>Cita una fonte ({what})</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>Cita…</translation>
    </message>
    <message>
        <source>Citizens</source>
        <comment>actor type</comment>
        <translation>Cittadini</translation>
    </message>
    <message>
        <source>Citizens absent from design: will they be consulted only after decisions are made?</source>
        <translation>Cittadini assenti dalla progettazione: saranno consultati solo dopo che le decisioni saranno state prese?</translation>
    </message>
    <message>
        <source>Citizens come in after a decision: could they still change the plan?</source>
        <translation>I cittadini entrano dopo una decisione: potrebbero ancora cambiare il piano?</translation>
    </message>
    <message>
        <source>Citizens present without decision power</source>
        <translation>Cittadini presenti senza potere decisionale</translation>
    </message>
    <message>
        <source>City</source>
        <comment>scale</comment>
        <translation>Città</translation>
    </message>
    <message>
        <source>Civic agent</source>
        <comment>role</comment>
        <translation>Agente civico</translation>
    </message>
    <message>
        <source>Civil society</source>
        <comment>actor type</comment>
        <translation>Società civile</translation>
    </message>
    <message>
        <source>Civil society and citizens</source>
        <translation>Società civile e cittadini</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>Class a source states</source>
        <translation>Classe indicata da una fonte</translation>
    </message>
    <message>
        <source>class stated by a source</source>
        <translation>classe indicata da una fonte</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Togli evidenziazione</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Cancella segni</translation>
    </message>
    <message>
        <source>Clear the marked answer</source>
        <translation>Cancella la risposta evidenziata</translation>
    </message>
    <message>
        <source>Clear {dim} (not scored)</source>
        <translation>Cancella {dim} (senza punteggio)</translation>
    </message>
    <message>
        <source>Click a decision under the slider</source>
        <translation>Fai clic su una decisione sotto il cursore</translation>
    </message>
    <message>
        <source>Click a line to select it on the map.</source>
        <translation>Fai clic su una riga per selezionarla sulla mappa.</translation>
    </message>
    <message>
        <source>Click a line to select it on this session's map.</source>
        <translation>Fai clic su una riga per selezionarla sulla mappa di questa sessione.</translation>
    </message>
    <message>
        <source>Click a phase in the arena chart</source>
        <translation>Fai clic su una fase nel grafico delle arene</translation>
    </message>
    <message>
        <source>Click a phase to show it on the map</source>
        <translation>Fai clic su una fase per mostrarla sulla mappa</translation>
    </message>
    <message>
        <source>Click to edit</source>
        <translation>Fai clic per modificare</translation>
    </message>
    <message>
        <source>Click to list {lines_per_group} more</source>
        <translation>Fai clic per elencarne altri {lines_per_group}</translation>
    </message>
    <message>
        <source>Click to select it in the earlier phase, where it can still be seen</source>
        <translation>Fai clic per selezionarlo nella fase precedente, dove è ancora visibile</translation>
    </message>
    <message>
        <source>Click to select it in the later phase</source>
        <translation>Fai clic per selezionarlo nella fase successiva</translation>
    </message>
    <message>
        <source>Click to show phase {i} of {n} on the main canvas</source>
        <translation>Fai clic per mostrare la fase {i} di {n} nell'area di lavoro principale</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close phones</source>
        <translation>Chiudi telefoni</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>openness</comment>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Co-creator</source>
        <comment>role</comment>
        <translation>Co-creatore</translation>
    </message>
    <message>
        <source>co-designs or co-produces plans or solutions</source>
        <comment>role help</comment>
        <translation>co-progetta o co-produce piani o soluzioni</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaborazione</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <comment>3C class</comment>
        <translation>Collaborazione</translation>
    </message>
    <message>
        <source>Collaboration everywhere: costly and hard to sustain; where would coordination do?</source>
        <translation>Collaborazione ovunque: costosa e difficile da sostenere; dove basterebbe il coordinamento?</translation>
    </message>
    <message>
        <source>collaboration if all three are high, cooperation if any is low, else coordination (the weakest dimension limits the class; fits 002's examples)</source>
        <comment>3C rule</comment>
        <translation>collaborazione se tutti e tre sono alti, cooperazione se uno qualsiasi è basso, altrimenti coordinamento (la dimensione più debole limita la classe; coerente con gli esempi di 002)</translation>
    </message>
    <message>
        <source>collaboration if all three are high, cooperation if the middle level of the three is low, else coordination</source>
        <comment>3C rule</comment>
        <translation>collaborazione se tutti e tre sono alti, cooperazione se il livello intermedio dei tre è basso, altrimenti coordinamento</translation>
    </message>
    <message>
        <source>Collective</source>
        <comment>orchestrator form</comment>
        <translation>Collettiva</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>dimension</comment>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Commitment (width):</source>
        <translation>Impegno (spessore):</translation>
    </message>
    <message>
        <source>Commitment across {phase} is recorded as low</source>
        <translation>L'impegno nell'arco della fase {phase} è registrato come basso</translation>
    </message>
    <message>
        <source>Commitment across {phase} is recorded as low ({citation})</source>
        <translation>L'impegno nell'arco della fase {phase} è registrato come basso ({citation})</translation>
    </message>
    <message>
        <source>Commitment {commitment} (high) but trust {trust} (low) on {relation} in {phase}.</source>
        <translation>Impegno {commitment} (alto) ma fiducia {trust} (bassa) per {relation} nella fase {phase}.</translation>
    </message>
    <message>
        <source>Compare phases</source>
        <translation>Confronta fasi</translation>
    </message>
    <message>
        <source>Compare sessions</source>
        <translation>Confronta sessioni</translation>
    </message>
    <message>
        <source>Compare two phases: who joined, left, changed roles; relations and scores</source>
        <translation>Confronta due fasi: chi è entrato, uscito, ha cambiato ruolo; relazioni e punteggi</translation>
    </message>
    <message>
        <source>Compare with another &amp;session…</source>
        <translation>Confronta con un'a&amp;ltra sessione…</translation>
    </message>
    <message>
        <source>Compare with another session</source>
        <translation>Confronta con un'altra sessione</translation>
    </message>
    <message>
        <source>Competences</source>
        <comment>ability</comment>
        <translation>Competenze</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>considerable</source>
        <translation>considerevole</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>relation kind</comment>
        <translation>Consultazione</translation>
    </message>
    <message>
        <source>Consulted</source>
        <comment>role</comment>
        <translation>Consultato</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <comment>decision kind</comment>
        <translation>Contratto firmato</translation>
    </message>
    <message>
        <source>contributes specialised know-how, advice, standards or training</source>
        <comment>role help</comment>
        <translation>apporta know-how specialistico, consulenza, standard o formazione</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperazione</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <comment>3C class</comment>
        <translation>Cooperazione</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinamento</translation>
    </message>
    <message>
        <source>Coordination</source>
        <comment>3C class</comment>
        <translation>Coordinamento</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>role</comment>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Copy presence and roles from the previous phase</source>
        <translation>Copia presenza e ruoli dalla fase precedente</translation>
    </message>
    <message>
        <source>Corpus not changed</source>
        <translation>Corpus non modificato</translation>
    </message>
    <message>
        <source>Corpus not opened</source>
        <translation>Corpus non aperto</translation>
    </message>
    <message>
        <source>Corpus not read</source>
        <translation>Corpus non letto</translation>
    </message>
    <message>
        <source>Correct and cite source</source>
        <translation>Correggi e cita la fonte</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Impossibile ripetere</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Impossibile annullare</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>covenants, contracts, charters, declarations, joint plans</source>
        <comment>relation kind help</comment>
        <translation>patti, contratti, carte, dichiarazioni, piani congiunti</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Creating</source>
        <comment>work aim</comment>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>CSV tables (a folder of files)</source>
        <translation>Tabelle CSV (una cartella di file)</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Culturale</translation>
    </message>
    <message>
        <source>Cultural work (beliefs, norms, identities)</source>
        <comment>work kind</comment>
        <translation>Lavoro culturale (credenze, norme, identità)</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Ruolo personalizzato</translation>
    </message>
    <message>
        <source>custom role</source>
        <translation>ruolo personalizzato</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>relation kind</comment>
        <translation>Dati</translation>
    </message>
    <message>
        <source>data flows and data standards</source>
        <comment>relation kind help</comment>
        <translation>flussi di dati e standard dei dati</translation>
    </message>
    <message>
        <source>Data openness (004)</source>
        <translation>Apertura dei dati (004)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decisi</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Deciso da</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Deciso da:</translation>
    </message>
    <message numerus="yes">
        <source>decided match</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>abbinamento deciso</numerusform>
            <numerusform>abbinamenti decisi</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided on the way: {decisions}</source>
        <translation>Deciso strada facendo: {decisions}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>relation kind</comment>
        <translation>Decisione</translation>
    </message>
    <message numerus="yes">
        <source>decision</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>decisione</numerusform>
            <numerusform>decisioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision maker</source>
        <comment>role</comment>
        <translation>Decisore</translation>
    </message>
    <message>
        <source>Decision missing</source>
        <translation>Decisione mancante</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Decisione non salvata</translation>
    </message>
    <message>
        <source>Decisions in this phase</source>
        <translation>Decisioni in questa fase</translation>
    </message>
    <message>
        <source>Decisions on the way</source>
        <translation>Decisioni strada facendo</translation>
    </message>
    <message>
        <source>decisive</source>
        <translation>decisiva</translation>
    </message>
    <message>
        <source>Degree centralisation</source>
        <translation>Centralizzazione di grado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete actors</source>
        <translation>Elimina attori</translation>
    </message>
    <message>
        <source>Delete arena</source>
        <translation>Elimina arena</translation>
    </message>
    <message>
        <source>Delete decision point</source>
        <translation>Elimina punto decisionale</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Elimina partecipante</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Elimina fase</translation>
    </message>
    <message>
        <source>Delete the phase “{name}”?

It records {actors} taking part and {votes}. You can undo this with Ctrl+Z.</source>
        <translation>Eliminare la fase «{name}»?

Registra la partecipazione di {actors} e {votes}. Puoi annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete the selected actors or relations</source>
        <translation>Elimina gli attori o le relazioni selezionati</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>Elimina {items}</translation>
    </message>
    <message>
        <source>Delete {names}{more} with all their relations, roles and scores in every phase?
You can undo this with Ctrl+Z.</source>
        <translation>Eliminare {names}{more} con tutte le relative relazioni, ruoli e punteggi in ogni fase?
Puoi annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name} and their {votes} in every phase?
Their quotes stay, without a name. You can undo this with Ctrl+Z.</source>
        <translation>Eliminare {name} e i suoi {votes} in ogni fase?
Le sue citazioni restano, senza nome. Puoi annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name} with its {memberships} in every phase?
You can undo this with Ctrl+Z.</source>
        <translation>Eliminare {name} con le sue {memberships} in ogni fase?
Puoi annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densità</translation>
    </message>
    <message>
        <source>Dependence on a single partner</source>
        <translation>Dipendenza da un unico partner</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivata</translation>
    </message>
    <message>
        <source>Derived per relation and phase from the three medians (the rule is ours; higher is not better):</source>
        <translation>Derivate per relazione e fase dalle tre mediane (la regola è nostra; più alto non significa migliore):</translation>
    </message>
    <message>
        <source>Described again</source>
        <translation>Descritto di nuovo</translation>
    </message>
    <message>
        <source>described again</source>
        <translation>descritto di nuovo</translation>
    </message>
    <message>
        <source>Described again (not described in the first phase)</source>
        <translation>Descritti di nuovo (non descritti nella prima fase)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Progettazione</translation>
    </message>
    <message>
        <source>Design</source>
        <comment>phase</comment>
        <translation>Progettazione</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message numerus="yes">
        <source>difference</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>differenza</numerusform>
            <numerusform>differenze</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences between the two sessions</source>
        <translation>Differenze tra le due sessioni</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>Orientata</translation>
    </message>
    <message>
        <source>Disrupting</source>
        <comment>work aim</comment>
        <translation>Destabilizzazione</translation>
    </message>
    <message>
        <source>Do partners understand each other's aims well enough to trust each other? Who vouches for the project inside their own organisation?</source>
        <translation>I partner comprendono gli obiettivi gli uni degli altri abbastanza da fidarsi reciprocamente? Chi si fa garante del progetto all'interno della propria organizzazione?</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Donor</source>
        <comment>role</comment>
        <translation>Donatore</translation>
    </message>
    <message>
        <source>Double-click a cell to write it; one edit per cell.</source>
        <translation>Fai doppio clic su una cella per scriverla; una modifica per cella.</translation>
    </message>
    <message>
        <source>Double-click a name or organisation to change it. Votes are kept per participant; the canvas shows the median of everybody's votes.</source>
        <translation>Fai doppio clic su un nome o un'organizzazione per modificarlo. I voti sono conservati per partecipante; l'area di lavoro mostra la mediana dei voti di tutti.</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>Doppio clic per rinominare</translation>
    </message>
    <message>
        <source>Double-click, or press Show me, to see it on the map</source>
        <translation>Fai doppio clic o premi Mostrami per vederlo sulla mappa</translation>
    </message>
    <message>
        <source>Double-helix set-up: deliberate? (not wrong in itself)</source>
        <translation>Configurazione a doppia elica: voluta? (non sbagliata di per sé)</translation>
    </message>
    <message>
        <source>Drag a name in the influence grid</source>
        <translation>Trascina un nome nella griglia dell'influenza</translation>
    </message>
    <message>
        <source>Drag from one actor to another to draw a relation (or Shift+drag)</source>
        <translation>Trascina da un attore all'altro per tracciare una relazione (o Shift+trascina)</translation>
    </message>
    <message>
        <source>Drag or click to move through the phases (PageUp / PageDown)</source>
        <translation>Trascina o fai clic per scorrere le fasi (PageUp / PageDown)</translation>
    </message>
    <message>
        <source>Drag to another cell to change both</source>
        <translation>Trascina in un'altra cella per cambiare entrambi</translation>
    </message>
    <message>
        <source>Drag to move the map; pinch, Ctrl+wheel or the + and − buttons zoom; ⤢ shows the whole map.</source>
        <translation>Trascina per spostare la mappa; pizzica, Ctrl+rotellina o i pulsanti + e − per lo zoom; ⤢ mostra l'intera mappa.</translation>
    </message>
    <message>
        <source>Drags move actors in the current phase only (or hold Alt while dragging)</source>
        <translation>Il trascinamento sposta gli attori solo nella fase corrente (oppure tieni premuto Alt mentre trascini)</translation>
    </message>
    <message>
        <source>Drags now move actors in this phase only; switch off in Actors ▸ Move in this phase only.</source>
        <translation>Ora il trascinamento sposta gli attori solo in questa fase; disattivalo in Attori ▸ Sposta solo in questa fase.</translation>
    </message>
    <message>
        <source>During a scoring round</source>
        <translation>Durante un round di valutazione</translation>
    </message>
    <message>
        <source>e.g. 002, or a file name or citation</source>
        <translation>es. 002, oppure un nome file o una citazione</translation>
    </message>
    <message>
        <source>e.g. 2019-03 or spring 2019 (optional)</source>
        <translation>es. 2019-03 o primavera 2019 (facoltativo)</translation>
    </message>
    <message>
        <source>e.g. Pilot in two districts</source>
        <translation>es. Pilota in due quartieri</translation>
    </message>
    <message>
        <source>e.g. public-private partnership</source>
        <translation>es. partenariato pubblico-privato</translation>
    </message>
    <message>
        <source>e.g. Tender specifications fixed</source>
        <translation>es. Capitolato di gara definito</translation>
    </message>
    <message>
        <source>Each actor type has its own box shape and glyph as well as a colour. Scores are the median of the participants' votes on a 1–5 scale (1–2 low, 3 medium, 4–5 high); line colour = trust (orange low, grey medium, violet high), line width = commitment. Higher is not better: the colours are deliberately not red-to-green. The ≠ badge marks a relation where the votes differ by two steps or more: worth talking about. The label on a relation gives its kind and, once all three dimensions are scored, its 3C class (coop = cooperation, coord = coordination, collab = collaboration).</source>
        <translation>Ogni tipo di attore ha una propria forma di riquadro e un proprio simbolo, oltre a un colore. I punteggi sono la mediana dei voti dei partecipanti su una scala 1–5 (1–2 basso, 3 medio, 4–5 alto); colore della linea = fiducia (arancione basso, grigio medio, viola alto), spessore della linea = impegno. Più alto non significa migliore: i colori volutamente non vanno dal rosso al verde. Il badge ≠ segnala una relazione in cui i voti differiscono di due livelli o più: vale la pena parlarne. L'etichetta su una relazione ne indica il tipo e, una volta valutate tutte e tre le dimensioni, la classe 3C (coop = cooperazione, coord = coordinamento, collab = collaborazione).</translation>
    </message>
    <message>
        <source>Each arena's 3C class</source>
        <translation>Classe 3C di ciascuna arena</translation>
    </message>
    <message>
        <source>Each phase held for two seconds, then the map turns into the next one, as the screen's morph does; with the title, phase and legend.</source>
        <translation>Ogni fase resta per due secondi, poi la mappa si trasforma nella successiva, come fa la transizione sullo schermo; con titolo, fase e legenda.</translation>
    </message>
    <message numerus="yes">
        <source>edge sheet</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>foglio degli archi</numerusform>
            <numerusform>fogli degli archi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edit</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>modifica</numerusform>
            <numerusform>modifiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit decision point</source>
        <translation>Modifica punto decisionale</translation>
    </message>
    <message>
        <source>Edit decision point…</source>
        <translation>Modifica punto decisionale…</translation>
    </message>
    <message>
        <source>Edit not possible</source>
        <translation>Modifica non possibile</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>Edit or change the source ({what})</source>
        <translation>Modifica o cambia la fonte ({what})</translation>
    </message>
    <message>
        <source>Edit or delete it; right-click to add one in that phase</source>
        <translation>Modificalo o eliminalo; clic destro per aggiungerne uno in quella fase</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Modifica citazione</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Modifica fonte…</translation>
    </message>
    <message>
        <source>Edit the sequence…</source>
        <translation>Modifica la sequenza…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Termina round</translation>
    </message>
    <message>
        <source>End the round (asks first)</source>
        <translation>Termina il round (chiede conferma)</translation>
    </message>
    <message>
        <source>End the scoring round</source>
        <translation>Termina il round di valutazione</translation>
    </message>
    <message>
        <source>End this scoring round? Every vote given so far is kept.</source>
        <translation>Terminare questo round di valutazione? Tutti i voti dati finora vengono conservati.</translation>
    </message>
    <message>
        <source>Ended relations</source>
        <translation>Relazioni terminate</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Enter the join code</source>
        <translation>Inserisci il codice di accesso</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <comment>role</comment>
        <translation>Imprenditore</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Esc or F1 closes this sheet.</source>
        <translation>Esc o F1 chiude questo foglio.</translation>
    </message>
    <message>
        <source>Every data format with a codebook, in one folder</source>
        <translation>Tutti i formati di dati con un codebook, in una cartella</translation>
    </message>
    <message>
        <source>Every edit is saved</source>
        <translation>Ogni modifica viene salvata</translation>
    </message>
    <message>
        <source>Every prompt was discussed.</source>
        <translation>Tutti gli spunti sono stati discussi.</translation>
    </message>
    <message>
        <source>Every relation on the map was scored.</source>
        <translation>Tutte le relazioni sulla mappa sono state valutate.</translation>
    </message>
    <message>
        <source>Every relation scored by two or more people got the same scores.</source>
        <translation>Ogni relazione valutata da due o più persone ha ricevuto punteggi uguali.</translation>
    </message>
    <message>
        <source>Every shortcut of this window, in large print</source>
        <translation>Tutte le scorciatoie di questa finestra, in caratteri grandi</translation>
    </message>
    <message>
        <source>Every step of every phase; ✓ shown on the wall, ○ not yet. Activate one to show the wall up to it</source>
        <translation>Ogni passo di ogni fase; ✓ mostrato sulla parete, ○ non ancora. Attivane uno per mostrare la parete fino a quel punto</translation>
    </message>
    <message>
        <source>Everybody who took part in the previous phase takes part here too, with the same roles</source>
        <translation>Tutti coloro che hanno partecipato alla fase precedente partecipano anche qui, con gli stessi ruoli</translation>
    </message>
    <message>
        <source>Excel workbook of the tables</source>
        <translation>Cartella di lavoro Excel delle tabelle</translation>
    </message>
    <message>
        <source>exercises political voice: votes, advocates, holds officials to account</source>
        <comment>role help</comment>
        <translation>esercita la voce politica: vota, fa advocacy, chiede conto ai funzionari</translation>
    </message>
    <message>
        <source>Expecting that what you share will not be used against you</source>
        <translation>Aspettarsi che ciò che si condivide non venga usato contro di sé</translation>
    </message>
    <message>
        <source>expecting that what you share will not be used against you.</source>
        <translation>aspettarsi che ciò che si condivide non venga usato contro di sé.</translation>
    </message>
    <message>
        <source>Expert</source>
        <comment>role</comment>
        <translation>Esperto</translation>
    </message>
    <message>
        <source>Expert group</source>
        <comment>arena level</comment>
        <translation>Gruppo di esperti</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export &amp;workshop report…</source>
        <translation>Esporta report del &amp;workshop…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Esportazione completata</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Export not available</source>
        <translation>Esportazione non disponibile</translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation>Esportazione rifiutata</translation>
    </message>
    <message>
        <source>Export rese&amp;arch bundle…</source>
        <translation>Esporta &amp;pacchetto di ricerca…</translation>
    </message>
    <message>
        <source>Export snapshot &amp;pack (PDF)…</source>
        <translation>Esporta pacc&amp;hetto di istantanee (PDF)…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>Esporta modello…</translation>
    </message>
    <message>
        <source>Export the map as images, an HTML page, a PDF pack or data</source>
        <translation>Esporta la mappa come immagini, pagina HTML, pacchetto PDF o dati</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Esporta la corrispondenza</translation>
    </message>
    <message>
        <source>Export the template as</source>
        <translation>Esporta il modello come</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <source>Export workshop report</source>
        <translation>Esporta report del workshop</translation>
    </message>
    <message>
        <source>Exporting {label}…</source>
        <translation>Esportazione di {label}…</translation>
    </message>
    <message>
        <source>Exporting: {what}…</source>
        <translation>Esportazione: {what}…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>external grant-giver outside the line of government</source>
        <comment>role help</comment>
        <translation>finanziatore esterno al di fuori della linea di governo</translation>
    </message>
    <message>
        <source>Facilitation prompts for this phase, to tick off and pin</source>
        <translation>Spunti di facilitazione per questa fase, da spuntare e fissare</translation>
    </message>
    <message numerus="yes">
        <source>fact</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>fatto</numerusform>
            <numerusform>fatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Fade actors and relations in and out when switching phases</source>
        <translation>Fai comparire e scomparire gradualmente attori e relazioni quando cambi fase</translation>
    </message>
    <message>
        <source>Faint rings or sectors behind the map after arranging by a lens</source>
        <translation>Anelli o settori tenui dietro la mappa dopo aver disposto secondo una lente</translation>
    </message>
    <message numerus="yes">
        <source>field</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>campo</numerusform>
            <numerusform>campi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>file</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>file</numerusform>
            <numerusform>file</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled marks: the class a source states for the arena; hollow: the lower median of the classes the room's votes give the relations between its members.</source>
        <translation>Segni pieni: la classe che una fonte indica per l'arena; vuoti: la mediana inferiore delle classi che i voti della sala danno alle relazioni tra i suoi membri.</translation>
    </message>
    <message>
        <source>Filled: the class a source states for the arena; hollow: derived from the room's votes on the relations between its members (lower median).</source>
        <translation>Pieni: la classe che una fonte indica per l'arena; vuoti: derivata dai voti della sala sulle relazioni tra i suoi membri (mediana inferiore).</translation>
    </message>
    <message>
        <source>Film size</source>
        <translation>Dimensioni del filmato</translation>
    </message>
    <message>
        <source>Film speed</source>
        <translation>Velocità del filmato</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Trova:</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Completamento…</translation>
    </message>
    <message>
        <source>firms of any size: multinationals, IT vendors, SMEs, utilities, consultancies</source>
        <comment>actor type help</comment>
        <translation>imprese di ogni dimensione: multinazionali, fornitori IT, PMI, utility, società di consulenza</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Adatta la mappa alla finestra</translation>
    </message>
    <message>
        <source>Follow the phase bar (previous → current)</source>
        <translation>Segui la barra delle fasi (precedente → corrente)</translation>
    </message>
    <message>
        <source>For each key relation, is information exchange enough, are shared resources needed, or truly joint planning? What is the lowest intensity that will do?</source>
        <translation>Per ogni relazione chiave, basta lo scambio di informazioni, servono risorse condivise o una vera pianificazione congiunta? Qual è l'intensità minima sufficiente?</translation>
    </message>
    <message>
        <source>For Excel: opens as UTF-8, and text starting with = + - @ stays text</source>
        <translation>Per Excel: si apre come UTF-8 e il testo che inizia con = + - @ resta testo</translation>
    </message>
    <message>
        <source>For the people who commissioned the workshop: who took part, the map of each phase, what changed, where the room agreed and disagreed, what was said, the warnings and how the room answered them, and what is still open.</source>
        <translation>Per chi ha commissionato il workshop: chi ha partecipato, la mappa di ogni fase, cosa è cambiato, dove la sala era d'accordo e in disaccordo, cosa è stato detto, gli avvisi e come la sala ha risposto, e cosa resta aperto.</translation>
    </message>
    <message>
        <source>for the whole phase</source>
        <translation>per l'intera fase</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Forums (steering committee, project teams...) with their members, and 3C per arena</source>
        <translation>Forum (comitato direttivo, gruppi di progetto...) con i loro membri, e 3C per arena</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Fotogrammi al secondo</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>dal nome del file</translation>
    </message>
    <message>
        <source>From the source actor to the target actor (→)</source>
        <translation>Dall'attore di origine all'attore di destinazione (→)</translation>
    </message>
    <message>
        <source>From {a}
to {b}</source>
        <translation>Da {a}
a {b}</translation>
    </message>
    <message>
        <source>From {a} to {b}</source>
        <translation>Da {a} a {b}</translation>
    </message>
    <message>
        <source>Funder</source>
        <comment>role</comment>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>relation kind</comment>
        <translation>Finanziamento</translation>
    </message>
    <message numerus="yes">
        <source>funding or consultation relation</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relazione di finanziamento o consultazione</numerusform>
            <numerusform>relazioni di finanziamento o consultazione</numerusform>
        </translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Beneficia</translation>
    </message>
    <message>
        <source>gains: {gains}</source>
        <translation>ci guadagna: {gains}</translation>
    </message>
    <message>
        <source>GEXF network for Gephi (all phases in one file)</source>
        <translation>Rete GEXF per Gephi (tutte le fasi in un file)</translation>
    </message>
    <message>
        <source>GEXF, GraphML, CSV and Excel tables with a codebook, in a new folder.</source>
        <translation>Tabelle GEXF, GraphML, CSV ed Excel con un codebook, in una nuova cartella.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this session</source>
        <translation>Torna a un backup automatico di questa sessione</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Obiettivo: {goal}</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Buono a sapersi:</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Governo</translation>
    </message>
    <message>
        <source>Government</source>
        <comment>actor type</comment>
        <translation>Governo</translation>
    </message>
    <message>
        <source>GraphML network (a folder, one file per phase)</source>
        <translation>Rete GraphML (una cartella, un file per fase)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>gruppi</translation>
    </message>
    <message>
        <source>heading or table</source>
        <translation>titolo o tabella</translation>
    </message>
    <message>
        <source>Held by a vendor</source>
        <comment>openness</comment>
        <translation>In mano a un fornitore</translation>
    </message>
    <message>
        <source>Held per actor and per phase; an actor may hold several, and the room may add its own.</source>
        <translation>Ricoperti per attore e per fase; un attore può ricoprirne diversi e la sala può aggiungerne di propri.</translation>
    </message>
    <message>
        <source>Helix sectors</source>
        <translation>Settori dell'elica</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>nascosto</translation>
    </message>
    <message>
        <source>Hidden until the room's votes are revealed</source>
        <translation>Nascosto finché i voti della sala non vengono rivelati</translation>
    </message>
    <message>
        <source>High</source>
        <comment>level</comment>
        <translation>Alto</translation>
    </message>
    <message>
        <source>high</source>
        <comment>score</comment>
        <translation>alto</translation>
    </message>
    <message>
        <source>High commitment, low trust: does this commitment rest on something other than trust, and would the partners hold on despite evidence that it is not working?</source>
        <translation>Impegno alto, fiducia bassa: questo impegno poggia su qualcosa di diverso dalla fiducia, e i partner vi resterebbero aggrappati anche di fronte a prove che non sta funzionando?</translation>
    </message>
    <message>
        <source>high {high} but low {low}</source>
        <translation>alto {high} ma basso {low}</translation>
    </message>
    <message>
        <source>High-contrast presentation</source>
        <translation>Presentazione ad alto contrasto</translation>
    </message>
    <message>
        <source>highlighted</source>
        <translation>evidenziato</translation>
    </message>
    <message>
        <source>holder unknown</source>
        <translation>titolare sconosciuto</translation>
    </message>
    <message>
        <source>holds formal decision power, e.g. in a steering body</source>
        <comment>role help</comment>
        <translation>detiene un potere decisionale formale, ad es. in un organo direttivo</translation>
    </message>
    <message>
        <source>How is the room asked?</source>
        <translation>Come viene interpellata la sala?</translation>
    </message>
    <message>
        <source>How much do {a} and {b} need each other?</source>
        <translation>Quanto hanno bisogno l'uno dell'altro {a} e {b}?</translation>
    </message>
    <message>
        <source>How much do {a} and {b} trust each other?</source>
        <translation>Quanto si fidano l'uno dell'altro {a} e {b}?</translation>
    </message>
    <message>
        <source>How much each partner needs the other</source>
        <translation>Quanto ciascun partner ha bisogno dell'altro</translation>
    </message>
    <message>
        <source>how much each partner needs the other.</source>
        <translation>quanto ciascun partner ha bisogno dell'altro.</translation>
    </message>
    <message>
        <source>how much each side needs the other</source>
        <comment>dimension help</comment>
        <translation>quanto ciascuna parte ha bisogno dell'altra</translation>
    </message>
    <message>
        <source>How this session reads the 3C class from trust, commitment and interdependence:</source>
        <translation>Come questa sessione ricava la classe 3C da fiducia, impegno e interdipendenza:</translation>
    </message>
    <message>
        <source>How this session reads the 3C class, and whether source levels count in the median</source>
        <translation>Come questa sessione ricava la classe 3C, e se i livelli delle fonti contano nella mediana</translation>
    </message>
    <message>
        <source>How willing are {a} and {b} to invest in and stay in this relation?</source>
        <translation>Quanto sono disposti {a} e {b} a investire in questa relazione e a mantenerla?</translation>
    </message>
    <message>
        <source>How would you score the relation between {a} and {b}? ({scale})</source>
        <translation>Che punteggio daresti alla relazione tra {a} e {b}? ({scale})</translation>
    </message>
    <message>
        <source>HTML snapshot: one page that opens in any browser</source>
        <translation>Istantanea HTML: una pagina che si apre in qualsiasi browser</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Enorme</translation>
    </message>
    <message>
        <source>I</source>
        <comment>initial of interdependence</comment>
        <translation>Int</translation>
    </message>
    <message>
        <source>Implementation</source>
        <comment>phase</comment>
        <translation>Implementazione</translation>
    </message>
    <message>
        <source>Implementation and scaling</source>
        <translation>Implementazione e scale-up</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Importa una corrispondenza</translation>
    </message>
    <message>
        <source>Import a network</source>
        <translation>Importa una rete</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importa CSV…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
    <message>
        <source>Import not available</source>
        <translation>Importazione non disponibile</translation>
    </message>
    <message>
        <source>Import with this mapping</source>
        <translation>Importa con questa corrispondenza</translation>
    </message>
    <message>
        <source>Import {name}?</source>
        <translation>Importare {name}?</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importata</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importata da un file</translation>
    </message>
    <message>
        <source>in between: repeated, task-oriented work that also exchanges resources, each partner keeping its autonomy</source>
        <comment>3C class help</comment>
        <translation>intermedia: lavoro ripetuto e orientato al compito che comporta anche scambio di risorse, con ciascun partner che mantiene la propria autonomia</translation>
    </message>
    <message>
        <source>In phase “{name}”</source>
        <translation>Nella fase «{name}»</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <source>In this phase</source>
        <translation>In questa fase</translation>
    </message>
    <message>
        <source>In what role are residents involved — users, entrepreneurs, civic agents, political actors — and can they change the plan before it is fixed?</source>
        <translation>In quale ruolo sono coinvolti i residenti — utenti, imprenditori, agenti civici, attori politici — e possono cambiare il piano prima che venga fissato?</translation>
    </message>
    <message>
        <source>In {name}</source>
        <translation>In {name}</translation>
    </message>
    <message>
        <source>in {phase}</source>
        <translation>nella fase {phase}</translation>
    </message>
    <message>
        <source>In {phase}, institutional work is recorded ({work}); no cultural work is recorded.</source>
        <translation>Nella fase {phase} è registrato lavoro istituzionale ({work}); non è registrato alcun lavoro culturale.</translation>
    </message>
    <message numerus="yes">
        <source>In {phase}, {actors} acts internationally ({names}) but only {local} at neighbourhood or city level.</source>
        <translation>
            <numerusform>Nella fase {phase}, {actors} agisce a livello internazionale ({names}) ma solo {local} a livello di quartiere o città.</numerusform>
            <numerusform>Nella fase {phase}, {actors} agiscono a livello internazionale ({names}) ma solo {local} a livello di quartiere o città.</numerusform>
        </translation>
    </message>
    <message>
        <source>In {phase}, {name} receives data only from {sources}.</source>
        <translation>Nella fase {phase}, {name} riceve dati solo da {sources}.</translation>
    </message>
    <message>
        <source>In {phase}, {name}: all {count} of its funding relations come from {funder}.</source>
        <translation>Nella fase {phase}, {name}: tutte le sue {count} relazioni di finanziamento provengono da {funder}.</translation>
    </message>
    <message>
        <source>In {phase}, {name}: all {count} of its high-interdependence relations are with {partner}.</source>
        <translation>Nella fase {phase}, {name}: tutte le sue {count} relazioni ad alta interdipendenza sono con {partner}.</translation>
    </message>
    <message>
        <source>in “{arena}”</source>
        <translation>in «{arena}»</translation>
    </message>
    <message>
        <source>Indexing and matching actors</source>
        <translation>Indicizzazione e abbinamento degli attori</translation>
    </message>
    <message>
        <source>Individual</source>
        <comment>orchestrator form</comment>
        <translation>Individuale</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industria</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>dedotta</translation>
    </message>
    <message>
        <source>Inferred (by whom, why)</source>
        <translation>Dedotta (da chi, perché)</translation>
    </message>
    <message>
        <source>inferred by someone, with the reason</source>
        <comment>source kind</comment>
        <translation>dedotta da qualcuno, con la motivazione</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influenza</translation>
    </message>
    <message>
        <source>influence (the Net-Map tower)</source>
        <comment>presence fact</comment>
        <translation>influenza (la torre del Net-Map)</translation>
    </message>
    <message>
        <source>Influence and goal (Net-Map)</source>
        <translation>Influenza e obiettivo (Net-Map)</translation>
    </message>
    <message>
        <source>Influence and goals</source>
        <translation>Influenza e obiettivi</translation>
    </message>
    <message>
        <source>Influence towers</source>
        <translation>Torri dell'influenza</translation>
    </message>
    <message>
        <source>Influence towers beside the boxes, with their key</source>
        <translation>Torri dell'influenza accanto ai riquadri, con la loro legenda</translation>
    </message>
    <message>
        <source>Influence towers: height = influence 0–5</source>
        <translation>Torri dell'influenza: altezza = influenza 0–5</translation>
    </message>
    <message>
        <source>Influence, goal, orchestration, institutional work and public value of the selected actor</source>
        <translation>Influenza, obiettivo, orchestrazione, lavoro istituzionale e valore pubblico dell'attore selezionato</translation>
    </message>
    <message>
        <source>Influence: {influence}</source>
        <translation>Influenza: {influence}</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>relation kind</comment>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>Institutional work (001, Table 1)</source>
        <translation>Lavoro istituzionale (001, Tabella 1)</translation>
    </message>
    <message>
        <source>Institutional work without cultural work: who makes the change meaningful to everyone?</source>
        <translation>Lavoro istituzionale senza lavoro culturale: chi rende il cambiamento significativo per tutti?</translation>
    </message>
    <message>
        <source>Intended public value (whole session)</source>
        <translation>Valore pubblico perseguito (intera sessione)</translation>
    </message>
    <message>
        <source>Intended public value:</source>
        <translation>Valore pubblico perseguito:</translation>
    </message>
    <message>
        <source>Intended public value: {value}</source>
        <translation>Valore pubblico perseguito: {value}</translation>
    </message>
    <message>
        <source>Intended:</source>
        <translation>Valore perseguito:</translation>
    </message>
    <message>
        <source>Intensity dropped: regrouping pause or stall?</source>
        <translation>Intensità calata: pausa di riorganizzazione o stallo?</translation>
    </message>
    <message>
        <source>Interdep.</source>
        <translation>Interdip.</translation>
    </message>
    <message>
        <source>Interdependence</source>
        <translation>Interdipendenza</translation>
    </message>
    <message>
        <source>Interdependence</source>
        <comment>dimension</comment>
        <translation>Interdipendenza</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>actor type</comment>
        <translation>Intermediario</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>role</comment>
        <translation>Intermediario</translation>
    </message>
    <message>
        <source>International</source>
        <comment>actor type</comment>
        <translation>Internazionale</translation>
    </message>
    <message>
        <source>International</source>
        <comment>scale</comment>
        <translation>Internazionale</translation>
    </message>
    <message>
        <source>international organisations and donors, cross-border consortia</source>
        <comment>actor type help</comment>
        <translation>organizzazioni internazionali e donatori, consorzi transfrontalieri</translation>
    </message>
    <message>
        <source>Interoperable</source>
        <translation>Interoperabile</translation>
    </message>
    <message>
        <source>Is any partner here only so that a category is represented, without influence on decisions?</source>
        <translation>C'è qui un partner presente solo perché una categoria sia rappresentata, senza influenza sulle decisioni?</translation>
    </message>
    <message>
        <source>Is anyone holding on to a relation that no longer delivers, or depending on a single partner?</source>
        <translation>Qualcuno mantiene una relazione che non dà più risultati, o dipende da un unico partner?</translation>
    </message>
    <message>
        <source>Is the commitment shown at steering level matched in the project teams? What do front-line staff gain from taking part?</source>
        <translation>L'impegno mostrato a livello direttivo trova riscontro nei gruppi di progetto? Cosa guadagna dal partecipare il personale operativo?</translation>
    </message>
    <message>
        <source>Is this closer to a dashboard, a platform or a citizen-centric smart city, and do all participants want the same one?</source>
        <translation>Questo progetto è più vicino a una dashboard, a una piattaforma o a una smart city centrata sui cittadini, e tutti i partecipanti vogliono la stessa cosa?</translation>
    </message>
    <message numerus="yes">
        <source>item</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>elemento</numerusform>
            <numerusform>elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Partecipa</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Codice di accesso</translation>
    </message>
    <message>
        <source>Join live scoring</source>
        <translation>Partecipa alla valutazione dal vivo</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Entrato</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>entrato</translation>
    </message>
    <message>
        <source>Joining locked after {wrong_codes} wrong codes — press Unlock</source>
        <translation>Accesso bloccato dopo {wrong_codes} codici errati — premi Sblocca</translation>
    </message>
    <message>
        <source>Keep this session's phases, roles, prompts, round and groups for the next workshop</source>
        <translation>Conserva fasi, ruoli, spunti, round e gruppi di questa sessione per il prossimo workshop</translation>
    </message>
    <message>
        <source>keeps activities aligned and convenes actors</source>
        <comment>role help</comment>
        <translation>mantiene allineate le attività e riunisce gli attori</translation>
    </message>
    <message>
        <source>Kept in {folder}</source>
        <translation>Conservato in {folder}</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Fatti principali</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys 1–5 score the marked row and move to the next. ◆ a source's level.</source>
        <translation>I tasti 1–5 assegnano il punteggio alla riga evidenziata e passano alla successiva. ◆ il livello di una fonte.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind given to relations you draw next</source>
        <translation>Tipo assegnato alle relazioni che tracci d'ora in poi</translation>
    </message>
    <message>
        <source>Known not to take part: the source or the room says so (counts as leaving)</source>
        <translation>Si sa che non partecipa: lo dice la fonte o la sala (conta come uscita)</translation>
    </message>
    <message>
        <source>Krippendorff's alpha for ordinal scores over the room's votes (reference levels are not votes): 1 = the room scored alike, 0 = no more alike than chance, below 0 = less. Undefined where no relation has two votes or every vote is the same.</source>
        <translation>Alfa di Krippendorff per punteggi ordinali sui voti della sala (i livelli di riferimento non sono voti): 1 = la sala ha dato punteggi uguali, 0 = non più simili che per caso, sotto 0 = meno. Non definito dove nessuna relazione ha due voti o tutti i voti sono uguali.</translation>
    </message>
    <message>
        <source>Krippendorff's alpha for ordinal scores, over the room's votes (a reference participant's levels are not votes): 1 = the room scored alike, 0 = no more alike than chance, below 0 = less alike than chance. Undefined where no relation has two votes on the dimension, or every vote compared is the same.</source>
        <translation>Alfa di Krippendorff per punteggi ordinali, sui voti della sala (i livelli di un partecipante di riferimento non sono voti): 1 = la sala ha dato punteggi uguali, 0 = non più simili che per caso, sotto 0 = meno simili che per caso. Non definito dove nessuna relazione ha due voti sulla dimensione, o dove tutti i voti confrontati sono uguali.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Più grande</translation>
    </message>
    <message>
        <source>Leader</source>
        <comment>role</comment>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uscito</translation>
    </message>
    <message>
        <source>left (faded)</source>
        <translation>uscito (sbiadito)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>escluso</translation>
    </message>
    <message>
        <source>Left out ({n})</source>
        <translation>Esclusi ({n})</translation>
    </message>
    <message>
        <source>Left out of a pseudonymised report: what was said stays in the room.</source>
        <translation>Escluso da un report pseudonimizzato: ciò che è stato detto resta in sala.</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Status giuridico</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Legend ▸</source>
        <translation>Legenda ▸</translation>
    </message>
    <message>
        <source>Let new phones join again; phones already in keep voting</source>
        <translation>Consenti di nuovo l'accesso a nuovi telefoni; i telefoni già collegati continuano a votare</translation>
    </message>
    <message>
        <source>Let participants score the current relation from their phones</source>
        <translation>Consenti ai partecipanti di assegnare un punteggio alla relazione corrente dai loro telefoni</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>levels from a source (e.g. a case record); shown beside the room's median, not counted unless the session pools references</source>
        <comment>participant kind</comment>
        <translation>livelli da una fonte (ad es. un resoconto di caso); mostrati accanto alla mediana della sala, non conteggiati a meno che la sessione non aggreghi i riferimenti</translation>
    </message>
    <message>
        <source>Levels stated by sources are kept apart from the room's votes: {sources}.</source>
        <translation>I livelli indicati dalle fonti sono tenuti separati dai voti della sala: {sources}.</translation>
    </message>
    <message>
        <source>Link the note to the selected actor or relation</source>
        <translation>Collega la nota all'attore o alla relazione selezionati</translation>
    </message>
    <message>
        <source>Link the note to {subject}</source>
        <translation>Collega la nota a {subject}</translation>
    </message>
    <message>
        <source>Live scoring</source>
        <translation>Valutazione dal vivo</translation>
    </message>
    <message>
        <source>Local knowledge missing or outweighed</source>
        <translation>Conoscenza locale assente o messa in secondo piano</translation>
    </message>
    <message>
        <source>Lost the connection to the facilitator's computer. Trying again…</source>
        <translation>Connessione al computer del facilitatore persa. Nuovo tentativo…</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>level</comment>
        <translation>Basso</translation>
    </message>
    <message>
        <source>low</source>
        <comment>score</comment>
        <translation>basso</translation>
    </message>
    <message>
        <source>Low shared commitment: who does the cultural work that builds shared motivation?</source>
        <translation>Impegno condiviso basso: chi svolge il lavoro culturale che costruisce una motivazione condivisa?</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Made with Assemblage Workshop. This page works offline and loads nothing from the network.</source>
        <translation>Realizzato con Assemblage Workshop. Questa pagina funziona offline e non carica nulla dalla rete.</translation>
    </message>
    <message>
        <source>Maintaining</source>
        <comment>work aim</comment>
        <translation>Mantenimento</translation>
    </message>
    <message>
        <source>Maintenance &amp; adoption</source>
        <comment>phase</comment>
        <translation>Manutenzione &amp; adozione</translation>
    </message>
    <message>
        <source>Maintenance and adoption</source>
        <translation>Manutenzione e adozione</translation>
    </message>
    <message>
        <source>Make a corpus from session files (they are only read)</source>
        <translation>Crea un corpus dai file di sessione (vengono solo letti)</translation>
    </message>
    <message>
        <source>Make a new session from a GEXF, GraphML, CSV or Kumu file</source>
        <translation>Crea una nuova sessione da un file GEXF, GraphML, CSV o Kumu</translation>
    </message>
    <message>
        <source>Make this the question before the room (shown on the projector)</source>
        <translation>Rendi questa la domanda davanti alla sala (mostrata sul proiettore)</translation>
    </message>
    <message>
        <source>Manager (runs the day-to-day)</source>
        <comment>orchestrator mode</comment>
        <translation>Gestore (cura l'operatività quotidiana)</translation>
    </message>
    <message>
        <source>mandates, steering, joint or directive decisions</source>
        <comment>relation kind help</comment>
        <translation>mandati, indirizzo, decisioni congiunte o direttive</translation>
    </message>
    <message>
        <source>Many sessions in one database: match actors across workshops</source>
        <translation>Molte sessioni in un unico database: abbina gli attori tra i workshop</translation>
    </message>
    <message>
        <source>Map of {phase}</source>
        <translation>Mappa di {phase}</translation>
    </message>
    <message>
        <source>Map {name} onto the app's vocabulary</source>
        <translation>Associa {name} al vocabolario dell'app</translation>
    </message>
    <message>
        <source>Mapped ({n})</source>
        <translation>Associati ({n})</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>File di corrispondenza (*.json)</translation>
    </message>
    <message>
        <source>Mapping not exported</source>
        <translation>Corrispondenza non esportata</translation>
    </message>
    <message>
        <source>Mapping not imported</source>
        <translation>Corrispondenza non importata</translation>
    </message>
    <message>
        <source>Mapping not saved</source>
        <translation>Corrispondenza non salvata</translation>
    </message>
    <message>
        <source>Mark every actor of the session as taking part in this phase</source>
        <translation>Segna ogni attore della sessione come partecipante a questa fase</translation>
    </message>
    <message>
        <source>Mark on map</source>
        <translation>Segna sulla mappa</translation>
    </message>
    <message>
        <source>Mark the selected actors (ghosts included) as taking part in this phase</source>
        <translation>Segna gli attori selezionati (fantasmi inclusi) come partecipanti a questa fase</translation>
    </message>
    <message>
        <source>Marked: {mark}</source>
        <translation>Segnato: {mark}</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Segni</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Segni:</translation>
    </message>
    <message>
        <source>Match actors through a research corpus's register of canonical actors</source>
        <translation>Abbina gli attori tramite il registro degli attori canonici di un corpus di ricerca</translation>
    </message>
    <message>
        <source>Match the selected actors to another canonical actor (a new one if the name is new)</source>
        <translation>Abbina gli attori selezionati a un altro attore canonico (uno nuovo se il nome è nuovo)</translation>
    </message>
    <message>
        <source>Match through a corpus…</source>
        <translation>Abbina tramite un corpus…</translation>
    </message>
    <message>
        <source>Match through a research corpus</source>
        <translation>Abbina tramite un corpus di ricerca</translation>
    </message>
    <message>
        <source>Match to canonical actor</source>
        <translation>Abbina ad attore canonico</translation>
    </message>
    <message>
        <source>Match to…</source>
        <translation>Abbina a…</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Abbinati</translation>
    </message>
    <message numerus="yes">
        <source>matrix sheet</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>foglio matrice</numerusform>
            <numerusform>fogli matrice</numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>Median of each dimension (the rule before schema 3)</source>
        <translation>Mediana di ciascuna dimensione (la regola prima dello schema 3)</translation>
    </message>
    <message>
        <source>median rule</source>
        <translation>regola della mediana</translation>
    </message>
    <message>
        <source>Median {dimension}</source>
        <translation>Mediana {dimension}</translation>
    </message>
    <message>
        <source>Medians T · C · I</source>
        <translation>Mediane F · Imp · Int</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>level</comment>
        <translation>Medio</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>score</comment>
        <translation>medio</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Members here</source>
        <translation>Membri qui</translation>
    </message>
    <message>
        <source>Members of the arena</source>
        <translation>Membri dell'arena</translation>
    </message>
    <message>
        <source>Members of {name} in {name2}</source>
        <translation>Membri di {name} in {name2}</translation>
    </message>
    <message numerus="yes">
        <source>membership</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>appartenenza</numerusform>
            <numerusform>appartenenze</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics of both…</source>
        <translation>Metriche di entrambi…</translation>
    </message>
    <message>
        <source>Metrics over phases</source>
        <translation>Metriche tra le fasi</translation>
    </message>
    <message>
        <source>Metrics over phases: both workshops</source>
        <translation>Metriche tra le fasi: entrambi i workshop</translation>
    </message>
    <message>
        <source>middle half</source>
        <translation>metà centrale</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>min–max</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Misto</translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>alignment</comment>
        <translation>Misto</translation>
    </message>
    <message>
        <source>Mixed (half-filled blocks)</source>
        <translation>Misto (blocchi pieni a metà)</translation>
    </message>
    <message>
        <source>money from funder to recipient (always directed)</source>
        <comment>relation kind help</comment>
        <translation>denaro dal finanziatore al beneficiario (sempre orientata)</translation>
    </message>
    <message>
        <source>money, data, infrastructure, staff time, equipment</source>
        <comment>ability help</comment>
        <translation>denaro, dati, infrastrutture, tempo del personale, attrezzature</translation>
    </message>
    <message>
        <source>Most contested in this phase</source>
        <translation>Più contestate in questa fase</translation>
    </message>
    <message>
        <source>Most contested relations</source>
        <translation>Relazioni più contestate</translation>
    </message>
    <message>
        <source>Most contested relations in this phase</source>
        <translation>Relazioni più contestate in questa fase</translation>
    </message>
    <message>
        <source>Most relations run through one hub: is it the network's recognised orchestrator, or a point everyone depends on?</source>
        <translation>La maggior parte delle relazioni passa per un unico nodo centrale: è l'orchestratore riconosciuto della rete o un punto da cui tutti dipendono?</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Sposta prima</translation>
    </message>
    <message>
        <source>Move in this phase only</source>
        <translation>Sposta solo in questa fase</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Sposta dopo</translation>
    </message>
    <message>
        <source>Move overlapping boxes apart as little as it takes (pinned actors stay put)</source>
        <translation>Separa i riquadri sovrapposti il minimo necessario (gli attori fissati restano al loro posto)</translation>
    </message>
    <message>
        <source>Move through the phases (PageUp / PageDown)</source>
        <translation>Scorri le fasi (PageUp / PageDown)</translation>
    </message>
    <message>
        <source>Move {actors}</source>
        <translation>Sposta {actors}</translation>
    </message>
    <message>
        <source>Moved in this phase only (right-click: reset position in this phase)</source>
        <translation>Spostato solo in questa fase (clic destro: ripristina la posizione in questa fase)</translation>
    </message>
    <message>
        <source>MP4 film of the change across phases</source>
        <translation>Filmato MP4 del cambiamento tra le fasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Name organisations, not sectors: who exactly is here, and what does each bring — resources, skills or competences?</source>
        <translation>Organizzazioni, non settori: chi c'è esattamente, e cosa porta ciascuno — risorse, abilità o competenze?</translation>
    </message>
    <message>
        <source>Name similarity 0-100 after folding case, accents, punctuation and words like 'City of' or 'GmbH'; lowered by 10 where the types differ, by 5 where the scales do</source>
        <translation>Somiglianza dei nomi 0-100 dopo aver uniformato maiuscole, accenti, punteggiatura e parole come 'Comune di' o 'S.p.A.'; ridotta di 10 se i tipi differiscono, di 5 se differiscono le scale</translation>
    </message>
    <message>
        <source>Names are replaced and organisations left out: this report is pseudonymised.</source>
        <translation>I nomi sono sostituiti e le organizzazioni escluse: questo report è pseudonimizzato.</translation>
    </message>
    <message>
        <source>National</source>
        <comment>scale</comment>
        <translation>Nazionale</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <comment>scale</comment>
        <translation>Quartiere</translation>
    </message>
    <message numerus="yes">
        <source>nested graph</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>grafo annidato</numerusform>
            <numerusform>grafi annidati</numerusform>
        </translation>
    </message>
    <message>
        <source>Net-Map in {name}: influence on the outcome (rows) and stance towards the project's goal (columns) of the {n} actors shown; influence recorded for {influence}, stance for {stance}. Click a name to select it on the map; drag it to another cell to change both.</source>
        <translation>Net-Map in {name}: influenza sul risultato (righe) e posizione rispetto all'obiettivo del progetto (colonne) dei {n} attori mostrati; influenza registrata per {influence}, posizione per {stance}. Fai clic su un nome per selezionarlo sulla mappa; trascinalo in un'altra cella per cambiare entrambi.</translation>
    </message>
    <message>
        <source>Net-Map: a stack as high as each actor's recorded influence, shaded by its stance; ticked when the map shows them (View ▸ Influence towers)</source>
        <translation>Net-Map: una pila alta quanto l'influenza registrata di ciascun attore, ombreggiata secondo la sua posizione; spuntata quando la mappa le mostra (Visualizza ▸ Torri dell'influenza)</translation>
    </message>
    <message>
        <source>Net-Map: a stack beside each box as high as the actor's influence in this phase (0-5), shaded by its stance towards the goal</source>
        <translation>Net-Map: una pila accanto a ogni riquadro, alta quanto l'influenza dell'attore in questa fase (0-5), ombreggiata secondo la sua posizione rispetto all'obiettivo</translation>
    </message>
    <message>
        <source>Net-Map: every actor of the phase by influence and stance towards the goal</source>
        <translation>Net-Map: tutti gli attori della fase per influenza e posizione rispetto all'obiettivo</translation>
    </message>
    <message>
        <source>Net-Map: how much can this actor influence the outcome? (the height of its tower)</source>
        <translation>Net-Map: quanto può influire questo attore sul risultato? (l'altezza della sua torre)</translation>
    </message>
    <message>
        <source>Net-Map: how the actor's aims go with the project's goal</source>
        <translation>Net-Map: quanto gli scopi dell'attore concordano con l'obiettivo del progetto</translation>
    </message>
    <message>
        <source>Network files (*.gexf *.graphml *.xml *.csv *.tsv *.txt *.json *.xlsx *.net *.paj *.gml *.cyjs *.jgf);;All files (*)</source>
        <translation>File di rete (*.gexf *.graphml *.xml *.csv *.tsv *.txt *.json *.xlsx *.net *.paj *.gml *.cyjs *.jgf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Network shape</source>
        <translation>Forma della rete</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutrale</translation>
    </message>
    <message>
        <source>Neutral</source>
        <comment>alignment</comment>
        <translation>Neutrale</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nuovo attore</translation>
    </message>
    <message>
        <source>New actor {n}</source>
        <translation>Nuovo attore {n}</translation>
    </message>
    <message>
        <source>New arena {n}</source>
        <translation>Nuova arena {n}</translation>
    </message>
    <message numerus="yes">
        <source>new canonical actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>nuovo attore canonico</numerusform>
            <numerusform>nuovi attori canonici</numerusform>
        </translation>
    </message>
    <message>
        <source>New corpus…</source>
        <translation>Nuovo corpus…</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Nuova da m&amp;odello…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <source>New phones can join again.</source>
        <translation>I nuovi telefoni possono di nuovo accedere.</translation>
    </message>
    <message>
        <source>New phones cannot join right now: too many wrong codes were tried. Ask the facilitator to unlock joining.</source>
        <translation>Al momento i nuovi telefoni non possono accedere: sono stati provati troppi codici errati. Chiedi al facilitatore di sbloccare l'accesso.</translation>
    </message>
    <message>
        <source>new relation</source>
        <translation>nuova relazione</translation>
    </message>
    <message>
        <source>New relations</source>
        <translation>Nuove relazioni</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <source>New session file</source>
        <translation>Nuovo file di sessione</translation>
    </message>
    <message>
        <source>New session from a template</source>
        <translation>Nuova sessione da un modello</translation>
    </message>
    <message>
        <source>New suggestions for undecided actors; decisions stay</source>
        <translation>Nuovi suggerimenti per gli attori non decisi; le decisioni restano</translation>
    </message>
    <message>
        <source>New {relation}</source>
        <translation>Nuova {relation}</translation>
    </message>
    <message>
        <source>Newcomer needed late (adoption/data): was this planned earlier?</source>
        <translation>Nuovo arrivato necessario tardi (adozione/dati): era previsto già prima?</translation>
    </message>
    <message>
        <source>Next / previous person</source>
        <translation>Persona successiva / precedente</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Persona successiva</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Fase successiva</translation>
    </message>
    <message>
        <source>Next phase ▶</source>
        <translation>Fase successiva ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Domanda successiva</translation>
    </message>
    <message>
        <source>Next relation</source>
        <translation>Relazione successiva</translation>
    </message>
    <message>
        <source>Next relation (or next question, one question at a time)</source>
        <translation>Relazione successiva (o domanda successiva, una domanda alla volta)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Passo successivo</translation>
    </message>
    <message>
        <source>Next step (a clicker's forward key)</source>
        <translation>Passo successivo (il tasto avanti di un telecomando)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Avanti ▶</translation>
    </message>
    <message>
        <source>No actor in {phase} acts at neighbourhood or city level.</source>
        <translation>Nessun attore nella fase {phase} agisce a livello di quartiere o città.</translation>
    </message>
    <message numerus="yes">
        <source>No actor in {phase} acts at neighbourhood or city level; {actors} acts internationally.</source>
        <translation>
            <numerusform>Nessun attore nella fase {phase} agisce a livello di quartiere o città; {actors} agisce a livello internazionale.</numerusform>
            <numerusform>Nessun attore nella fase {phase} agisce a livello di quartiere o città; {actors} agiscono a livello internazionale.</numerusform>
        </translation>
    </message>
    <message>
        <source>No arenas yet: add one above (a steering committee, an operations team, a project team...) and tick its members in each phase.</source>
        <translation>Ancora nessuna arena: aggiungine una qui sopra (un comitato direttivo, un team operativo, un gruppo di progetto...) e spunta i suoi membri in ogni fase.</translation>
    </message>
    <message>
        <source>No boxes overlap: nothing to tidy.</source>
        <translation>Nessun riquadro si sovrappone: niente da riordinare.</translation>
    </message>
    <message>
        <source>no broker</source>
        <translation>nessun intermediario</translation>
    </message>
    <message>
        <source>No citizens actor takes part in {phase}.</source>
        <translation>Nessun attore di tipo cittadini partecipa alla fase {phase}.</translation>
    </message>
    <message>
        <source>No corpus open.</source>
        <translation>Nessun corpus aperto.</translation>
    </message>
    <message>
        <source>No decision points yet (right-click to add one)</source>
        <translation>Ancora nessun punto decisionale (clic destro per aggiungerne uno)</translation>
    </message>
    <message>
        <source>No decision was changed.

{exc}</source>
        <translation>Nessuna decisione è stata modificata.

{exc}</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Nessuna differenza.</translation>
    </message>
    <message>
        <source>No disagreement yet: relations appear here once two votes differ.</source>
        <translation>Ancora nessun disaccordo: le relazioni compaiono qui quando due voti differiscono.</translation>
    </message>
    <message>
        <source>No facilitation prompt was ticked off.</source>
        <translation>Nessuno spunto di facilitazione è stato spuntato.</translation>
    </message>
    <message>
        <source>no influence</source>
        <translation>nessuna influenza</translation>
    </message>
    <message>
        <source>no known scale: cells left out</source>
        <translation>nessuna scala nota: celle escluse</translation>
    </message>
    <message>
        <source>No members and no stated class in any phase yet</source>
        <translation>Ancora nessun membro e nessuna classe indicata in alcuna fase</translation>
    </message>
    <message>
        <source>No new suggestions</source>
        <translation>Nessun nuovo suggerimento</translation>
    </message>
    <message>
        <source>No notes for this phase yet.</source>
        <translation>Ancora nessuna nota per questa fase.</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>Nessun partecipante registrato.</translation>
    </message>
    <message>
        <source>No participants to choose from on the phones yet: add people in the Participants panel.</source>
        <translation>Ancora nessun partecipante da scegliere sui telefoni: aggiungi persone nel pannello Partecipanti.</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Non è stato registrato nessun partecipante.</translation>
    </message>
    <message>
        <source>No pattern warnings for this session.</source>
        <translation>Nessun avviso di pattern per questa sessione.</translation>
    </message>
    <message>
        <source>No quotes were recorded.</source>
        <translation>Non è stata registrata nessuna citazione.</translation>
    </message>
    <message>
        <source>No relation got the same scores from everybody who scored it.</source>
        <translation>Nessuna relazione ha ricevuto punteggi uguali da tutti coloro che l'hanno valutata.</translation>
    </message>
    <message>
        <source>no relations</source>
        <translation>nessuna relazione</translation>
    </message>
    <message>
        <source>no role recorded</source>
        <translation>nessun ruolo registrato</translation>
    </message>
    <message>
        <source>no role stated</source>
        <translation>nessun ruolo indicato</translation>
    </message>
    <message>
        <source>No scoring round</source>
        <translation>Nessun round di valutazione</translation>
    </message>
    <message>
        <source>No scoring round is running.</source>
        <translation>Nessun round di valutazione in corso.</translation>
    </message>
    <message>
        <source>No selected actor has a position of its own in this phase.</source>
        <translation>Nessun attore selezionato ha una posizione propria in questa fase.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Nessuna sessione scelta</translation>
    </message>
    <message>
        <source>No session was made.

{exc}</source>
        <translation>Non è stata creata nessuna sessione.

{exc}</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>nessuna fonte registrata</translation>
    </message>
    <message>
        <source>No source recorded ({what}).</source>
        <translation>Nessuna fonte registrata ({what}).</translation>
    </message>
    <message>
        <source>No unplaced actors: none sits on the default spot or on top of another.</source>
        <translation>Nessun attore da collocare: nessuno si trova nella posizione predefinita o sopra un altro.</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Nessun avviso</translation>
    </message>
    <message>
        <source>No warnings here · {elsewhere}</source>
        <translation>Nessun avviso qui · {elsewhere}</translation>
    </message>
    <message>
        <source>No warnings here. The map shows none of the patterns the research warns about, which is no proof that all is well.</source>
        <translation>Nessun avviso qui. La mappa non mostra nessuno dei pattern da cui la ricerca mette in guardia, il che non prova che vada tutto bene.</translation>
    </message>
    <message>
        <source>nobody brokers</source>
        <translation>nessuno fa da intermediario</translation>
    </message>
    <message>
        <source>Nobody coordinates: fragmentation risk</source>
        <translation>Nessuno coordina: rischio di frammentazione</translation>
    </message>
    <message>
        <source>Nobody sees medians, colours or the spread of a question until all its answers are in or you reveal them; who has voted stays visible</source>
        <translation>Nessuno vede mediane, colori o dispersione di una domanda finché non sono arrivate tutte le risposte o finché non li riveli; chi ha votato resta visibile</translation>
    </message>
    <message>
        <source>Nobody takes part in this phase yet.</source>
        <translation>Ancora nessuno partecipa a questa fase.</translation>
    </message>
    <message>
        <source>Nobody takes part in {phase} yet.  Shift+B brings every actor in; select some and press B to bring just those; Ctrl+Shift+C copies who took part in the previous phase, with their roles.</source>
        <translation>Ancora nessuno partecipa a {phase}.  Shift+B porta dentro tutti gli attori; selezionane alcuni e premi B per portare solo quelli; Ctrl+Shift+C copia chi ha partecipato alla fase precedente, con i loro ruoli.</translation>
    </message>
    <message numerus="yes">
        <source>node</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>nodo</numerusform>
            <numerusform>nodi</numerusform>
        </translation>
    </message>
    <message>
        <source>non-profits, associations, NGOs, professional and community groups</source>
        <comment>actor type help</comment>
        <translation>organizzazioni non profit, associazioni, ONG, gruppi professionali e di comunità</translation>
    </message>
    <message>
        <source>none of the stage's {prompts} was ticked off</source>
        <translation>{prompts} dello stadio, nessuno spuntato</translation>
    </message>
    <message>
        <source>None of the {count} actors in {phase} is a coordinator or an orchestrator.</source>
        <translation>Nessuno dei {count} attori nella fase {phase} è un coordinatore o un orchestratore.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Not classed yet</source>
        <translation>Non ancora classificata</translation>
    </message>
    <message>
        <source>Not described</source>
        <comment>presence</comment>
        <translation>Non descritto</translation>
    </message>
    <message>
        <source>Not described</source>
        <comment>relation state</comment>
        <translation>Non descritta</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>non descritto</translation>
    </message>
    <message>
        <source>Not described in the later phase</source>
        <translation>Non descritto nella fase successiva</translation>
    </message>
    <message>
        <source>Not described in the second phase (present in the first)</source>
        <translation>Non descritti nella seconda fase (presenti nella prima)</translation>
    </message>
    <message>
        <source>not described in this phase</source>
        <translation>non descritta in questa fase</translation>
    </message>
    <message>
        <source>not described in this phase (hollow dotted box, dotted line): the source is silent</source>
        <translation>non descritto in questa fase (riquadro vuoto tratteggiato, linea tratteggiata): la fonte tace</translation>
    </message>
    <message>
        <source>not described in this phase (the source is silent)</source>
        <translation>non descritto in questa fase (la fonte tace)</translation>
    </message>
    <message>
        <source>Not described in this phase: the source is silent about it</source>
        <translation>Non descritto in questa fase: la fonte non ne parla</translation>
    </message>
    <message>
        <source>Not described, then present</source>
        <translation>Non descritti, poi presenti</translation>
    </message>
    <message>
        <source>Not interoperable</source>
        <translation>Non interoperabile</translation>
    </message>
    <message>
        <source>Not on the list? Ask the facilitator to add you, then wait a moment.</source>
        <translation>Non sei nella lista? Chiedi al facilitatore di aggiungerti, poi attendi un momento.</translation>
    </message>
    <message>
        <source>Not presenting: the wall shows every item.</source>
        <translation>Presentazione non attiva: la parete mostra tutti gli elementi.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>senza punteggio</translation>
    </message>
    <message>
        <source>Not sent: no connection. Please try again.</source>
        <translation>Non inviato: nessuna connessione. Riprova.</translation>
    </message>
    <message>
        <source>Not taken up in the room (see Open questions).</source>
        <translation>Non ripreso in sala (vedi Domande aperte).</translation>
    </message>
    <message>
        <source>Not taking part in this phase</source>
        <translation>Non partecipa a questa fase</translation>
    </message>
    <message>
        <source>Not this canonical actor; it is not suggested again</source>
        <translation>Non è questo l'attore canonico; non verrà più suggerito</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z brings it back).</source>
        <translation>Nota eliminata (Ctrl+Z la ripristina).</translation>
    </message>
    <message>
        <source>Note on the ticked cell (what the work was)</source>
        <translation>Nota sulla cella spuntata (in cosa consisteva il lavoro)</translation>
    </message>
    <message>
        <source>Note on this question</source>
        <translation>Nota su questa domanda</translation>
    </message>
    <message>
        <source>Note on this question…</source>
        <translation>Nota su questa domanda…</translation>
    </message>
    <message>
        <source>Note on {kind} work, {aim}:</source>
        <translation>Nota sul lavoro {kind}, {aim}:</translation>
    </message>
    <message>
        <source>Note written {time} (UTC)</source>
        <translation>Nota scritta il {time} (UTC)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Note ({n})</translation>
    </message>
    <message>
        <source>Notes and quotes</source>
        <translation>Note e citazioni</translation>
    </message>
    <message>
        <source>Notes and quotes are left out of a pseudonymised pack.</source>
        <translation>Note e citazioni sono escluse da un pacchetto pseudonimizzato.</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>Note per l'intera sessione</translation>
    </message>
    <message>
        <source>Notes for this phase</source>
        <translation>Note per questa fase</translation>
    </message>
    <message>
        <source>Notes for “{phase}”</source>
        <translation>Note per «{phase}»</translation>
    </message>
    <message>
        <source>Nothing changed between these two phases.</source>
        <translation>Nulla è cambiato tra queste due fasi.</translation>
    </message>
    <message>
        <source>Nothing changed between {name_a} and {name_b}.</source>
        <translation>Nulla è cambiato tra {name_a} e {name_b}.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nulla è cambiato.</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import.</source>
        <translation>Nulla viene salvato finché non scegli Importa.</translation>
    </message>
    <message>
        <source>Nothing recorded: the session's default for this phase</source>
        <translation>Nulla di registrato: il valore predefinito della sessione per questa fase</translation>
    </message>
    <message>
        <source>Nothing to score</source>
        <translation>Niente da valutare</translation>
    </message>
    <message>
        <source>Nothing was changed on the way.</source>
        <translation>Nulla è stato modificato strada facendo.</translation>
    </message>
    <message>
        <source>Nothing was changed.

{exc}</source>
        <translation>Nulla è stato modificato.

{exc}</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>Nulla è stato escluso.</translation>
    </message>
    <message>
        <source>Nothing was written.

{exc}</source>
        <translation>Nulla è stato scritto.

{exc}</translation>
    </message>
    <message>
        <source>Off: a source's levels (e.g. the case record) are shown as a ◆ beside the room's median and never change it. On: they count as votes in the median, spread and class.</source>
        <translation>Disattivato: i livelli di una fonte (ad es. il resoconto del caso) sono mostrati come ◆ accanto alla mediana della sala e non la modificano mai. Attivato: contano come voti nella mediana, nella dispersione e nella classe.</translation>
    </message>
    <message>
        <source>One file that works offline: participants can switch phases and point at actors.</source>
        <translation>Un unico file che funziona offline: i partecipanti possono cambiare fase e indicare gli attori.</translation>
    </message>
    <message>
        <source>one of the three is not scored yet.</source>
        <translation>una delle tre non ha ancora un punteggio.</translation>
    </message>
    <message>
        <source>One person at a time (all three scores)</source>
        <comment>round order</comment>
        <translation>Una persona alla volta (tutti e tre i punteggi)</translation>
    </message>
    <message>
        <source>One question at a time (everyone on trust, then commitment …)</source>
        <comment>round order</comment>
        <translation>Una domanda alla volta (tutti sulla fiducia, poi sull'impegno …)</translation>
    </message>
    <message>
        <source>One question at a time · {step} of {steps}: {dimension}</source>
        <translation>Una domanda alla volta · {step} di {steps}: {dimension}</translation>
    </message>
    <message>
        <source>One row per person asked, one column per dimension; the last row is the room's median</source>
        <translation>Una riga per persona interpellata, una colonna per dimensione; l'ultima riga è la mediana della sala</translation>
    </message>
    <message>
        <source>One small map per phase in a separate window; click one to show it</source>
        <translation>Una piccola mappa per fase in una finestra separata; fai clic su una per mostrarla</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Un passo indietro</translation>
    </message>
    <message>
        <source>One step back (PgUp, Left or Backspace)</source>
        <translation>Un passo indietro (PgUp, Left o Backspace)</translation>
    </message>
    <message>
        <source>One step on</source>
        <translation>Un passo avanti</translation>
    </message>
    <message>
        <source>One step on (PgDn, Right or Space; a presenter's clicker)</source>
        <translation>Un passo avanti (PgDn, Right o Space; il telecomando del presentatore)</translation>
    </message>
    <message>
        <source>Only an actor present in this phase can orchestrate it.</source>
        <translation>Solo un attore presente in questa fase può orchestrarla.</translation>
    </message>
    <message>
        <source>Only government actors take part in {phase} ({actors}).</source>
        <translation>Solo attori governativi partecipano alla fase {phase} ({actors}).</translation>
    </message>
    <message>
        <source>Only government and private actors take part in {phase} ({actors}).</source>
        <translation>Solo attori governativi e privati partecipano alla fase {phase} ({actors}).</translation>
    </message>
    <message>
        <source>only in this session</source>
        <translation>solo in questa sessione</translation>
    </message>
    <message>
        <source>Only private actors take part in {phase} ({actors}).</source>
        <translation>Solo attori privati partecipano alla fase {phase} ({actors}).</translation>
    </message>
    <message>
        <source>Only unplaced actors</source>
        <translation>Solo attori da collocare</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>openness</comment>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Open &amp;demo session</source>
        <translation>Apri sessione &amp;demo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>Open a corpus database made before</source>
        <translation>Apri un database di corpus creato in precedenza</translation>
    </message>
    <message>
        <source>Open a template</source>
        <translation>Apri un modello</translation>
    </message>
    <message>
        <source>Open corpus…</source>
        <translation>Apri corpus…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Open it read-only instead? You can look at every phase, but edits are not possible until the other window closes the session.

Held by {who}.</source>
        <translation>Aprirla invece in sola lettura? Puoi vedere tutte le fasi, ma non potrai modificarla finché l'altra finestra non chiude la sessione.

In uso da {who}.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Domande aperte</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>Open research corpus</source>
        <translation>Apri corpus di ricerca</translation>
    </message>
    <message>
        <source>Open round to phones…</source>
        <translation>Apri round ai telefoni…</translation>
    </message>
    <message>
        <source>Open round to phones…  (Ctrl+Shift+R)</source>
        <translation>Apri round ai telefoni…  (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Apri sessione</translation>
    </message>
    <message>
        <source>Open template file…</source>
        <translation>Apri file modello…</translation>
    </message>
    <message>
        <source>Open the round to phones</source>
        <translation>Apri il round ai telefoni</translation>
    </message>
    <message>
        <source>Open the warnings panel</source>
        <translation>Apri il pannello degli avvisi</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Apri ai telefoni</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Openness is recorded for data relations (004); this one is {kind}.</source>
        <translation>L'apertura viene registrata per le relazioni di dati (004); questa è di tipo {kind}.</translation>
    </message>
    <message>
        <source>Opens a fresh copy; the bundled demo stays untouched</source>
        <translation>Apre una copia nuova; la demo inclusa resta intatta</translation>
    </message>
    <message>
        <source>Operations team</source>
        <comment>arena level</comment>
        <translation>Team operativo</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>role</comment>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>Contrario</translation>
    </message>
    <message>
        <source>Opposes the goal</source>
        <comment>alignment</comment>
        <translation>Contrario all'obiettivo</translation>
    </message>
    <message>
        <source>Opposes the goal (hollow blocks)</source>
        <translation>Contrario all'obiettivo (blocchi vuoti)</translation>
    </message>
    <message numerus="yes">
        <source>option</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>opzione</numerusform>
            <numerusform>opzioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Orchestration (004)</source>
        <translation>Orchestrazione (004)</translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <comment>role</comment>
        <translation>Orchestratore</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Order in phase</source>
        <translation>Ordine nella fase</translation>
    </message>
    <message>
        <source>Order within the phase: lower comes first</source>
        <translation>Ordine all'interno della fase: il più basso viene prima</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Organisation or group</source>
        <translation>Organizzazione o gruppo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Other (local stage)</source>
        <translation>Altro (stadio locale)</translation>
    </message>
    <message>
        <source>Other decision</source>
        <comment>decision kind</comment>
        <translation>Altra decisione</translation>
    </message>
    <message>
        <source>Other forum</source>
        <comment>arena level</comment>
        <translation>Altro forum</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Pagina {page} di {total}</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Pannelli</translation>
    </message>
    <message>
        <source>part in orchestration</source>
        <comment>presence fact</comment>
        <translation>ruolo nell'orchestrazione</translation>
    </message>
    <message numerus="yes">
        <source>participant</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>partecipante</numerusform>
            <numerusform>partecipanti</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Partecipante {n}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Partecipanti…</translation>
    </message>
    <message>
        <source>Pattern warnings: questions for the room, with their source</source>
        <translation>Avvisi di pattern: domande per la sala, con la loro fonte</translation>
    </message>
    <message>
        <source>Patterns the research warns about, read off the map. They are questions for the room, not verdicts; an info note is not a problem in itself.</source>
        <translation>Pattern da cui la ricerca mette in guardia, letti sulla mappa. Sono domande per la sala, non verdetti; una nota informativa non è di per sé un problema.</translation>
    </message>
    <message>
        <source>pays for the project or parts of it</source>
        <comment>role help</comment>
        <translation>paga il progetto o parti di esso</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>PDF of the map (one page per phase)</source>
        <translation>PDF della mappa (una pagina per fase)</translation>
    </message>
    <message>
        <source>percentages (0-100)</source>
        <translation>percentuali (0-100)</translation>
    </message>
    <message numerus="yes">
        <source>person</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>persona</numerusform>
            <numerusform>persone</numerusform>
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
        <translation>Fase</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message numerus="yes">
        <source>phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>fase</numerusform>
            <numerusform>fasi</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase name missing</source>
        <translation>Nome della fase mancante</translation>
    </message>
    <message>
        <source>Phase numbers are each workshop's own; a gap means nothing to show (e.g. not scored).</source>
        <translation>I numeri delle fasi sono propri di ciascun workshop; un vuoto significa che non c'è nulla da mostrare (ad es. nessun punteggio).</translation>
    </message>
    <message>
        <source>Phase of the other session</source>
        <translation>Fase dell'altra sessione</translation>
    </message>
    <message>
        <source>Phase slider</source>
        <translation>Cursore delle fasi</translation>
    </message>
    <message>
        <source>Phase {a} → {b} of {n}: {name}</source>
        <translation>Fase {a} → {b} di {n}: {name}</translation>
    </message>
    <message>
        <source>Phase {i} of {n}</source>
        <translation>Fase {i} di {n}</translation>
    </message>
    <message>
        <source>Phase {i} of {n} — {shown} of {total} {what} shown</source>
        <translation>Fase {i} di {n} — {shown} di {total} {what} visibili</translation>
    </message>
    <message>
        <source>Phase {i} of {n}: {name}</source>
        <translation>Fase {i} di {n}: {name}</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Phases:  {names}</source>
        <translation>Fasi:  {names}</translation>
    </message>
    <message>
        <source>Phases: {names}</source>
        <translation>Fasi: {names}</translation>
    </message>
    <message numerus="yes">
        <source>phone</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>telefono</numerusform>
            <numerusform>telefoni</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Phones are closed.</source>
        <translation>I telefoni sono chiusi.</translation>
    </message>
    <message>
        <source>Phones can join this round</source>
        <translation>I telefoni possono partecipare a questo round</translation>
    </message>
    <message>
        <source>Phones cannot vote</source>
        <translation>I telefoni non possono votare</translation>
    </message>
    <message>
        <source>Phones closed: another session was opened.</source>
        <translation>Telefoni chiusi: è stata aperta un'altra sessione.</translation>
    </message>
    <message>
        <source>Phones closed: the scoring round ended.</source>
        <translation>Telefoni chiusi: il round di valutazione è terminato.</translation>
    </message>
    <message>
        <source>Phones closed; the round goes on.</source>
        <translation>Telefoni chiusi; il round continua.</translation>
    </message>
    <message>
        <source>Phones could not join</source>
        <translation>I telefoni non hanno potuto partecipare</translation>
    </message>
    <message>
        <source>Pick at least one score before sending.</source>
        <translation>Scegli almeno un punteggio prima di inviare.</translation>
    </message>
    <message>
        <source>Pick two different phases to compare.</source>
        <translation>Scegli due fasi diverse da confrontare.</translation>
    </message>
    <message>
        <source>Pick who said it to keep the words as a quote</source>
        <translation>Scegli chi l'ha detto per conservare le parole come citazione</translation>
    </message>
    <message>
        <source>Pilot</source>
        <comment>phase</comment>
        <translation>Pilota</translation>
    </message>
    <message>
        <source>Piloting</source>
        <translation>Fase pilota</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fissa</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fissato</translation>
    </message>
    <message>
        <source>Pinned: arranging leaves it where it is</source>
        <translation>Fissato: la disposizione lo lascia dov'è</translation>
    </message>
    <message>
        <source>Place a new actor in this phase</source>
        <translation>Colloca un nuovo attore in questa fase</translation>
    </message>
    <message>
        <source>Place on the influence grid</source>
        <translation>Colloca sulla griglia dell'influenza</translation>
    </message>
    <message>
        <source>Plan adopted</source>
        <comment>decision kind</comment>
        <translation>Piano adottato</translation>
    </message>
    <message>
        <source>Please give the phase a name.</source>
        <translation>Dai un nome alla fase.</translation>
    </message>
    <message>
        <source>Please say what was decided.</source>
        <translation>Indica che cosa è stato deciso.</translation>
    </message>
    <message>
        <source>PNG frames of the change across phases (a folder)</source>
        <translation>Fotogrammi PNG del cambiamento tra le fasi (una cartella)</translation>
    </message>
    <message>
        <source>PNG image of the map (one file per phase)</source>
        <translation>Immagine PNG della mappa (un file per fase)</translation>
    </message>
    <message>
        <source>Point at an actor or a relation (or move to it with the Tab key) to see its roles or scores in this phase.</source>
        <translation>Indica un attore o una relazione (o raggiungili con il tasto Tab) per vederne i ruoli o i punteggi in questa fase.</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politico</translation>
    </message>
    <message>
        <source>Political actor</source>
        <comment>role</comment>
        <translation>Attore politico</translation>
    </message>
    <message>
        <source>Political work (rules, rights, boundaries)</source>
        <comment>work kind</comment>
        <translation>Lavoro politico (regole, diritti, confini)</translation>
    </message>
    <message>
        <source>Pool the source levels (reference participants) into the room's median</source>
        <translation>Includi i livelli delle fonti (partecipanti di riferimento) nella mediana della sala</translation>
    </message>
    <message>
        <source>practical know-how: engineering, data science, facilitation, training</source>
        <comment>ability help</comment>
        <translation>know-how pratico: ingegneria, data science, facilitazione, formazione</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Presence and roles copied for {actors} (Ctrl+Z undoes it).</source>
        <translation>Presenza e ruoli copiati per {actors} (Ctrl+Z annulla).</translation>
    </message>
    <message>
        <source>Presence source</source>
        <translation>Fonte della presenza</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>presence</comment>
        <translation>Presente</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>Present  (F6)</source>
        <translation>Presenta  (F6)</translation>
    </message>
    <message>
        <source>Present but no relation recorded: missing from the map?</source>
        <translation>Presente ma senza relazioni registrate: manca dalla mappa?</translation>
    </message>
    <message>
        <source>Present but unconnected, with little say: participating without influence?</source>
        <translation>Presente ma non collegato, con poca voce in capitolo: partecipa senza influenza?</translation>
    </message>
    <message>
        <source>Present step by step</source>
        <translation>Presenta passo per passo</translation>
    </message>
    <message>
        <source>Present, then not described</source>
        <translation>Presenti, poi non descritti</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentazione</translation>
    </message>
    <message>
        <source>Presentation label size</source>
        <translation>Dimensione delle etichette in presentazione</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Schermo di presentazione</translation>
    </message>
    <message>
        <source>Presentation sequence: {what}</source>
        <translation>Sequenza di presentazione: {what}</translation>
    </message>
    <message>
        <source>Presentation sequence…</source>
        <translation>Sequenza di presentazione…</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presentazione in corso</translation>
    </message>
    <message>
        <source>Presenting step by step: PgDn, Right or Space show the next item; F6 stops.</source>
        <translation>Presentazione passo per passo: PgDn, Right o Space mostrano l'elemento successivo; F6 interrompe.</translation>
    </message>
    <message>
        <source>Preview of the score cells</source>
        <translation>Anteprima delle celle dei punteggi</translation>
    </message>
    <message>
        <source>Previous person</source>
        <translation>Persona precedente</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Fase precedente</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passo precedente</translation>
    </message>
    <message>
        <source>Private</source>
        <comment>actor type</comment>
        <translation>Privato</translation>
    </message>
    <message>
        <source>Project team</source>
        <comment>arena level</comment>
        <translation>Gruppo di progetto</translation>
    </message>
    <message numerus="yes">
        <source>prompt</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>spunto</numerusform>
            <numerusform>spunti</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Spunti</translation>
    </message>
    <message>
        <source>Prompts not yet discussed</source>
        <translation>Spunti non ancora discussi</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <source>Provider</source>
        <comment>role</comment>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Pseudonymise (actors become "Government 1"…, no notes, no names)</source>
        <translation>Pseudonimizza (gli attori diventano «Governo 1»…, niente note, niente nomi)</translation>
    </message>
    <message>
        <source>Pseudonymise (no names of people or organisations, no notes or quotes)</source>
        <translation>Pseudonimizza (nessun nome di persone o organizzazioni, nessuna nota o citazione)</translation>
    </message>
    <message>
        <source>public actor that looks after shared assets and enables rather than commands</source>
        <comment>role help</comment>
        <translation>attore pubblico che cura beni comuni e abilita anziché comandare</translation>
    </message>
    <message>
        <source>public actor working through hierarchy and procedure</source>
        <comment>role help</comment>
        <translation>attore pubblico che opera attraverso gerarchia e procedure</translation>
    </message>
    <message>
        <source>public bodies at any tier: municipal units, regional authorities, ministries, arm's-length public bodies</source>
        <comment>actor type help</comment>
        <translation>enti pubblici di ogni livello: uffici comunali, autorità regionali, ministeri, enti pubblici autonomi</translation>
    </message>
    <message>
        <source>Public side depends on private data: vendor lock-in risk</source>
        <translation>Il settore pubblico dipende da dati privati: rischio di vendor lock-in</translation>
    </message>
    <message>
        <source>Public value</source>
        <translation>Valore pubblico</translation>
    </message>
    <message>
        <source>Public value effects</source>
        <translation>Effetti sul valore pubblico</translation>
    </message>
    <message>
        <source>Public value: {text}</source>
        <translation>Valore pubblico: {text}</translation>
    </message>
    <message>
        <source>Put the actors or relations in your own order</source>
        <translation>Metti gli attori o le relazioni nel tuo ordine</translation>
    </message>
    <message>
        <source>Put the actors or relations in your own order (saved in the session)</source>
        <translation>Metti gli attori o le relazioni nel tuo ordine (salvato nella sessione)</translation>
    </message>
    <message>
        <source>Put the new folder in</source>
        <translation>Metti la nuova cartella in</translation>
    </message>
    <message>
        <source>Put the selected actors back on their place shared by all phases</source>
        <translation>Riporta gli attori selezionati nella loro posizione condivisa da tutte le fasi</translation>
    </message>
    <message>
        <source>QUESTION FOR THE ROOM</source>
        <translation>DOMANDA PER LA SALA</translation>
    </message>
    <message>
        <source>Question {step} of {steps} on this relation: one question at a time.</source>
        <translation>Domanda {step} di {steps} su questa relazione: una domanda alla volta.</translation>
    </message>
    <message>
        <source>Questions for “{name}” ({stage} stage)</source>
        <translation>Domande per «{name}» (stadio: {stage})</translation>
    </message>
    <message>
        <source>Questions raised by the map</source>
        <translation>Domande sollevate dalla mappa</translation>
    </message>
    <message>
        <source>Questions the room discussed</source>
        <translation>Domande discusse dalla sala</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citazione</translation>
    </message>
    <message>
        <source>Quote from</source>
        <translation>Citazione di</translation>
    </message>
    <message>
        <source>Quote written {time} (UTC)</source>
        <translation>Citazione scritta il {time} (UTC)</translation>
    </message>
    <message>
        <source>read from an imported file</source>
        <comment>source kind</comment>
        <translation>letta da un file importato</translation>
    </message>
    <message>
        <source>Read-only: edits are not saved</source>
        <translation>Sola lettura: le modifiche non vengono salvate</translation>
    </message>
    <message>
        <source>Reading the sessions</source>
        <translation>Lettura delle sessioni</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>Record its influence and stance at once (one undo step)</source>
        <translation>Registra insieme la sua influenza e la sua posizione (un solo passo di annullamento)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Ripeti {edit}</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Ripetuto</translation>
    </message>
    <message>
        <source>Regional</source>
        <comment>scale</comment>
        <translation>Regionale</translation>
    </message>
    <message>
        <source>Regulator</source>
        <comment>role</comment>
        <translation>Regolatore</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutati</translation>
    </message>
    <message>
        <source>Related actors close together</source>
        <translation>Attori collegati vicini tra loro</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message numerus="yes">
        <source>relation</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relazione</numerusform>
            <numerusform>relazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>relation appeared</source>
        <translation>relazione comparsa</translation>
    </message>
    <message>
        <source>relation ended (faded)</source>
        <translation>relazione terminata (sbiadita)</translation>
    </message>
    <message>
        <source>relation ended (shown faded)</source>
        <translation>relazione terminata (mostrata sbiadita)</translation>
    </message>
    <message>
        <source>relation kind</source>
        <translation>tipo di relazione</translation>
    </message>
    <message>
        <source>Relation kinds</source>
        <translation>Tipi di relazione</translation>
    </message>
    <message>
        <source>Relation labels</source>
        <translation>Etichette delle relazioni</translation>
    </message>
    <message>
        <source>relation medians, 1–5</source>
        <translation>mediane delle relazioni, 1–5</translation>
    </message>
    <message>
        <source>relation only in this session</source>
        <translation>relazione solo in questa sessione</translation>
    </message>
    <message>
        <source>Relation {number} of {total} · {name}</source>
        <translation>Relazione {number} di {total} · {name}</translation>
    </message>
    <message numerus="yes">
        <source>relation-phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relazione-fase</numerusform>
            <numerusform>relazioni-fase</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relazioni</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relazioni</translation>
    </message>
    <message>
        <source>Relations active, then not described</source>
        <translation>Relazioni attive, poi non descritte</translation>
    </message>
    <message>
        <source>Relations and scores</source>
        <translation>Relazioni e punteggi</translation>
    </message>
    <message>
        <source>Relations described again</source>
        <translation>Relazioni descritte di nuovo</translation>
    </message>
    <message>
        <source>Relations ended</source>
        <translation>Relazioni terminate</translation>
    </message>
    <message>
        <source>Relations in collaboration</source>
        <translation>Relazioni in collaborazione</translation>
    </message>
    <message>
        <source>Relations in each 3C class</source>
        <translation>Relazioni in ciascuna classe 3C</translation>
    </message>
    <message>
        <source>Relations in this phase where the votes differ most</source>
        <translation>Relazioni di questa fase in cui i voti differiscono di più</translation>
    </message>
    <message>
        <source>Relations nobody scored</source>
        <translation>Relazioni che nessuno ha valutato</translation>
    </message>
    <message>
        <source>Relations not described in the later phase</source>
        <translation>Relazioni non descritte nella fase successiva</translation>
    </message>
    <message>
        <source>Relations not described in the second phase</source>
        <translation>Relazioni non descritte nella seconda fase</translation>
    </message>
    <message>
        <source>Relations not described, then active</source>
        <translation>Relazioni non descritte, poi attive</translation>
    </message>
    <message>
        <source>Relations still missing a score in this phase</source>
        <comment>round relations</comment>
        <translation>Relazioni ancora senza punteggio in questa fase</translation>
    </message>
    <message>
        <source>Relations that appeared</source>
        <translation>Relazioni comparse</translation>
    </message>
    <message>
        <source>Relations that ended</source>
        <translation>Relazioni terminate</translation>
    </message>
    <message>
        <source>Relations, by kind</source>
        <translation>Relazioni, per tipo</translation>
    </message>
    <message>
        <source>Relations: colour = trust, width = commitment</source>
        <translation>Relazioni: colore = fiducia, spessore = impegno</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Rimuovi citazione</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Rinomina fase</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Replace corpus?</source>
        <translation>Sostituire il corpus?</translation>
    </message>
    <message>
        <source>Replace folder?</source>
        <translation>Sostituire la cartella?</translation>
    </message>
    <message>
        <source>Replace “{name}” with the backup from {when_text} ({actors}, {relations})?

The current version is backed up first; you can restore it the same way.</source>
        <translation>Sostituire «{name}» con il backup ({when_text}; {actors}, {relations})?

Prima viene salvato un backup della versione attuale; puoi ripristinarla allo stesso modo.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>sostituita</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Formato del report</translation>
    </message>
    <message>
        <source>Research &amp;corpus…</source>
        <translation>&amp;Corpus di ricerca…</translation>
    </message>
    <message>
        <source>Research bundle: every data format and a codebook (a folder)</source>
        <translation>Pacchetto di ricerca: tutti i formati di dati e un codebook (una cartella)</translation>
    </message>
    <message>
        <source>Research corpus</source>
        <translation>Corpus di ricerca</translation>
    </message>
    <message>
        <source>Research corpus (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Corpus di ricerca (*.db *.sqlite *.sqlite3);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Research corpus (*.db *.sqlite);;All files (*)</source>
        <translation>Corpus di ricerca (*.db *.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Researcher</source>
        <comment>role</comment>
        <translation>Ricercatore</translation>
    </message>
    <message>
        <source>Reset position in this phase</source>
        <translation>Ripristina posizione in questa fase</translation>
    </message>
    <message>
        <source>residents and individual users, organised or not</source>
        <comment>actor type help</comment>
        <translation>residenti e singoli utenti, organizzati o meno</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>ability</comment>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>relation kind</comment>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Ripristina backup</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Ripristino non riuscito</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Ripristina da &amp;backup…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>Ripristino non possibile</translation>
    </message>
    <message>
        <source>Reveal the votes</source>
        <translation>Rivela i voti</translation>
    </message>
    <message>
        <source>Reveal the votes  (V)</source>
        <translation>Rivela i voti  (V)</translation>
    </message>
    <message>
        <source>Reveal the votes of a blind question</source>
        <translation>Rivela i voti di una domanda alla cieca</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Inverti</translation>
    </message>
    <message>
        <source>Reverse the direction (target becomes source)</source>
        <translation>Inverti la direzione (la destinazione diventa l'origine)</translation>
    </message>
    <message>
        <source>Right-click to add a decision point</source>
        <translation>Clic destro per aggiungere un punto decisionale</translation>
    </message>
    <message>
        <source>Rings from neighbourhood (centre) to international (outside), with guides</source>
        <translation>Anelli dal quartiere (centro) all'internazionale (esterno), con guide</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <source>Role source</source>
        <translation>Fonte del ruolo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Ruoli cambiati</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>ruoli cambiati</translation>
    </message>
    <message>
        <source>roles differ</source>
        <translation>ruoli diversi</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Ruoli qui</translation>
    </message>
    <message>
        <source>Roles in this phase</source>
        <translation>Ruoli in questa fase</translation>
    </message>
    <message>
        <source>Roles in this phase (◆: source recorded)</source>
        <translation>Ruoli in questa fase (◆: fonte registrata)</translation>
    </message>
    <message>
        <source>Roles that changed</source>
        <translation>Ruoli cambiati</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Ruoli: {roles}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>room and sources pooled</source>
        <translation>sala e fonti aggregate</translation>
    </message>
    <message numerus="yes">
        <source>room participant</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>partecipante in sala</numerusform>
            <numerusform>partecipanti in sala</numerusform>
        </translation>
    </message>
    <message>
        <source>Room: not scored</source>
        <translation>Sala: senza punteggio</translation>
    </message>
    <message>
        <source>Round complete: {relations} put to the room.</source>
        <translation>Round completato: domande poste alla sala su {relations}.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>Regola: {rule}</translation>
    </message>
    <message>
        <source>runs infrastructure or a service day to day</source>
        <comment>role help</comment>
        <translation>gestisce un'infrastruttura o un servizio nel quotidiano</translation>
    </message>
    <message>
        <source>said or voted in the workshop room</source>
        <comment>source kind</comment>
        <translation>detta o votata nella sala del workshop</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Salva corrispondenza…</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Salva report come</translation>
    </message>
    <message>
        <source>Save set-up as te&amp;mplate…</source>
        <translation>Sal&amp;va configurazione come modello…</translation>
    </message>
    <message>
        <source>Save set-up as template</source>
        <translation>Salva configurazione come modello</translation>
    </message>
    <message>
        <source>Save the corpus as</source>
        <translation>Salva il corpus come</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>Salva la corrispondenza come</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Salva la nuova sessione come</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Salva il report come</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Saved the set-up as {name}</source>
        <translation>Configurazione salvata come {name}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <source>Scale rings</source>
        <translation>Anelli di scala</translation>
    </message>
    <message>
        <source>Scaling</source>
        <comment>phase</comment>
        <translation>Scale-up</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>score at another level</source>
        <translation>punteggio a un altro livello</translation>
    </message>
    <message numerus="yes">
        <source>score cell</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>cella di punteggio</numerusform>
            <numerusform>celle di punteggio</numerusform>
        </translation>
    </message>
    <message>
        <source>score level changed</source>
        <translation>livello del punteggio cambiato</translation>
    </message>
    <message>
        <source>Score scales</source>
        <translation>Scale dei punteggi</translation>
    </message>
    <message>
        <source>Score the selected relation {v}</source>
        <translation>Assegna {v} alla relazione selezionata</translation>
    </message>
    <message>
        <source>Score {v}</source>
        <translation>Punteggio {v}</translation>
    </message>
    <message numerus="yes">
        <source>scored relation-phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relazione-fase valutata</numerusform>
            <numerusform>relazioni-fase valutate</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores are the median of the participants' votes on the app's 1–5 scale; the glossary at the end explains the scales, the 3C classes and the roles.</source>
        <translation>I punteggi sono la mediana dei voti dei partecipanti sulla scala 1–5 dell'app; il glossario alla fine spiega le scale, le classi 3C e i ruoli.</translation>
    </message>
    <message>
        <source>Scores are whole numbers from {low} to {high} for the dimensions asked.</source>
        <translation>I punteggi sono numeri interi da {low} a {high} per le dimensioni richieste.</translation>
    </message>
    <message>
        <source>scores changed</source>
        <translation>punteggi cambiati</translation>
    </message>
    <message>
        <source>Scores changed level</source>
        <translation>Punteggi che hanno cambiato livello</translation>
    </message>
    <message>
        <source>Scores that changed level</source>
        <translation>Punteggi che hanno cambiato livello</translation>
    </message>
    <message>
        <source>Scoring as</source>
        <translation>Valuta come</translation>
    </message>
    <message>
        <source>Scoring round</source>
        <translation>Round di valutazione</translation>
    </message>
    <message>
        <source>Scoring round ended: its phase was deleted.</source>
        <translation>Round di valutazione terminato: la sua fase è stata eliminata.</translation>
    </message>
    <message>
        <source>Scoring round ended: no relations left to score.</source>
        <translation>Round di valutazione terminato: non restano relazioni da valutare.</translation>
    </message>
    <message>
        <source>Scoring round ended: nobody left to ask.</source>
        <translation>Round di valutazione terminato: non resta nessuno da interpellare.</translation>
    </message>
    <message>
        <source>Scoring round ended: you moved to another phase (the votes are kept).</source>
        <translation>Round di valutazione terminato: sei passato a un'altra fase (i voti sono conservati).</translation>
    </message>
    <message>
        <source>Scoring round · relation {number} of {total}</source>
        <translation>Round di valutazione · relazione {number} di {total}</translation>
    </message>
    <message>
        <source>Screen {n}</source>
        <translation>Schermo {n}</translation>
    </message>
    <message>
        <source>Second-language name</source>
        <translation>Nome in seconda lingua</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Sectors for government, industry, academia and civil society, intermediaries in the middle, with guides</source>
        <translation>Settori per governo, industria, mondo accademico e società civile, intermediari al centro, con guide</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Seleziona prima un partecipante.</translation>
    </message>
    <message>
        <source>Select an actor or a relation.

N — new actor
C — connect tool (or Shift+drag)
1–5 — score the selected relation
PgUp / PgDn — previous / next phase</source>
        <translation>Seleziona un attore o una relazione.

N — nuovo attore
C — strumento di collegamento (o Shift+trascina)
1–5 — assegna un punteggio alla relazione selezionata
PgUp / PgDn — fase precedente / successiva</translation>
    </message>
    <message>
        <source>Select an actor to record its influence, stance towards the goal, part in orchestration, institutional work and public value in this phase; select a data relation to record how open its data is.</source>
        <translation>Seleziona un attore per registrarne influenza, posizione rispetto all'obiettivo, ruolo nell'orchestrazione, lavoro istituzionale e valore pubblico in questa fase; seleziona una relazione di dati per registrare quanto sono aperti i suoi dati.</translation>
    </message>
    <message>
        <source>Select one actor on the map to follow it through the phases.</source>
        <translation>Seleziona un attore sulla mappa per seguirlo attraverso le fasi.</translation>
    </message>
    <message>
        <source>Select one relation to score it with the keys 1–5.</source>
        <translation>Seleziona una relazione per assegnarle un punteggio con i tasti 1–5.</translation>
    </message>
    <message>
        <source>Select the actors to bring into this phase (ghosts too), then press B.</source>
        <translation>Seleziona gli attori da portare in questa fase (anche i fantasmi), poi premi B.</translation>
    </message>
    <message numerus="yes">
        <source>selected actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>attore selezionato</numerusform>
            <numerusform>attori selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected relations</source>
        <comment>round relations</comment>
        <translation>Relazioni selezionate</translation>
    </message>
    <message numerus="yes">
        <source>self-loop</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>cappio</numerusform>
            <numerusform>cappi</numerusform>
        </translation>
    </message>
    <message>
        <source>sells technology or IT systems to the public side</source>
        <comment>role help</comment>
        <translation>vende tecnologia o sistemi IT al settore pubblico</translation>
    </message>
    <message>
        <source>Send my scores</source>
        <translation>Invia i miei punteggi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Inviato.</translation>
    </message>
    <message>
        <source>Separate groups</source>
        <translation>Gruppi separati</translation>
    </message>
    <message>
        <source>Separate groups (components)</source>
        <translation>Gruppi separati (componenti)</translation>
    </message>
    <message>
        <source>Sequence of {what}</source>
        <translation>Sequenza di {what}</translation>
    </message>
    <message>
        <source>Session already open</source>
        <translation>Sessione già aperta</translation>
    </message>
    <message>
        <source>Session tit&amp;le…</source>
        <translation>&amp;Titolo della sessione…</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titolo della sessione</translation>
    </message>
    <message>
        <source>Session upgraded</source>
        <translation>Sessione aggiornata</translation>
    </message>
    <message>
        <source>Sessions for the new corpus</source>
        <translation>Sessioni per il nuovo corpus</translation>
    </message>
    <message>
        <source>Sessions to add</source>
        <translation>Sessioni da aggiungere</translation>
    </message>
    <message>
        <source>sets rules, policy frames, standards or statutory duties</source>
        <comment>role help</comment>
        <translation>stabilisce regole, quadri politici, standard o obblighi di legge</translation>
    </message>
    <message>
        <source>sharing knowledge, meetings, advice, training</source>
        <comment>relation kind help</comment>
        <translation>condivisione di conoscenze, riunioni, consulenza, formazione</translation>
    </message>
    <message>
        <source>Show absent actors</source>
        <translation>Mostra attori assenti</translation>
    </message>
    <message>
        <source>Show absent actors as faint ghosts</source>
        <translation>Mostra gli attori assenti come fantasmi tenui</translation>
    </message>
    <message>
        <source>Show actors absent from this phase as faint ghosts (and those it does not describe as hollow dotted boxes), or hide them</source>
        <translation>Mostra gli attori assenti da questa fase come fantasmi tenui (e quelli che la fase non descrive come riquadri vuoti tratteggiati), oppure nascondili</translation>
    </message>
    <message>
        <source>Show each actor's name in a second language beside its name (set in Properties)</source>
        <translation>Mostra il nome di ogni attore in una seconda lingua accanto al suo nome (impostato in Proprietà)</translation>
    </message>
    <message>
        <source>Show kind and 3C class on relations</source>
        <translation>Mostra tipo e classe 3C sulle relazioni</translation>
    </message>
    <message>
        <source>Show lens guides</source>
        <translation>Mostra guide della lente</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Mostrami</translation>
    </message>
    <message>
        <source>Show more warnings</source>
        <translation>Mostra altri avvisi</translation>
    </message>
    <message>
        <source>Show second-language names</source>
        <translation>Mostra nomi in seconda lingua</translation>
    </message>
    <message>
        <source>Show source levels</source>
        <translation>Mostra livelli delle fonti</translation>
    </message>
    <message>
        <source>Show that phase on the map</source>
        <translation>Mostra quella fase sulla mappa</translation>
    </message>
    <message>
        <source>Show the legend on the canvas</source>
        <translation>Mostra la legenda nell'area di lavoro</translation>
    </message>
    <message>
        <source>Show the levels and classes a source states (◆) beside the room's, on this screen</source>
        <translation>Mostra i livelli e le classi indicati da una fonte (◆) accanto a quelli della sala, su questo schermo</translation>
    </message>
    <message>
        <source>Show the levels and classes a source states (◆) on the presentation too (hide them while the room votes)</source>
        <translation>Mostra i livelli e le classi indicati da una fonte (◆) anche nella presentazione (nascondili mentre la sala vota)</translation>
    </message>
    <message>
        <source>Show the map full screen on the presentation screen (Esc or F5 closes it)</source>
        <translation>Mostra la mappa a schermo intero sullo schermo di presentazione (Esc o F5 la chiude)</translation>
    </message>
    <message>
        <source>Show the next warnings of this list</source>
        <translation>Mostra gli avvisi successivi di questo elenco</translation>
    </message>
    <message>
        <source>Show the phones panel</source>
        <translation>Mostra il pannello dei telefoni</translation>
    </message>
    <message>
        <source>Show the statement in the presentation's heading</source>
        <translation>Mostra l'enunciato nell'intestazione della presentazione</translation>
    </message>
    <message>
        <source>Show the timeline slider under the phase bar</source>
        <translation>Mostra il cursore della linea temporale sotto la barra delle fasi</translation>
    </message>
    <message>
        <source>Show the votes of the blind question to the room now</source>
        <translation>Mostra ora alla sala i voti della domanda alla cieca</translation>
    </message>
    <message>
        <source>Show the wall one actor or relation at a time; PgDn, Right or Space step on</source>
        <translation>Mostra sulla parete un attore o una relazione alla volta; PgDn, Right o Space per avanzare</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Mostra l'intera mappa</translation>
    </message>
    <message>
        <source>Show these changes as marks on the map</source>
        <translation>Mostra questi cambiamenti come segni sulla mappa</translation>
    </message>
    <message>
        <source>Show this question's votes to the room now (V)</source>
        <translation>Mostra ora alla sala i voti di questa domanda (V)</translation>
    </message>
    <message>
        <source>Show what it is about</source>
        <translation>Mostra a cosa si riferisce</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Shown under the name when View ▸ Show second-language names is on</source>
        <translation>Mostrato sotto il nome quando Visualizza ▸ Mostra nomi in seconda lingua è attivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>ability</comment>
        <translation>Abilità</translation>
    </message>
    <message>
        <source>Snapshot of {day}</source>
        <translation>Istantanea del {day}</translation>
    </message>
    <message>
        <source>Snapshot of {day} · {phases}</source>
        <translation>Istantanea del {day} · {phases}</translation>
    </message>
    <message>
        <source>Snapshot pack for participants (PDF)</source>
        <translation>Pacchetto di istantanee per i partecipanti (PDF)</translation>
    </message>
    <message>
        <source>Snapshot pack for participants · {day}</source>
        <translation>Pacchetto di istantanee per i partecipanti · {day}</translation>
    </message>
    <message>
        <source>Snapshot pack · {day}</source>
        <translation>Pacchetto di istantanee · {day}</translation>
    </message>
    <message>
        <source>some</source>
        <translation>un po'</translation>
    </message>
    <message>
        <source>Some of the file does not fit the app's vocabulary by itself:</source>
        <translation>Una parte del file non corrisponde da sola al vocabolario dell'app:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fonte</translation>
    </message>
    <message>
        <source>Source in this phase</source>
        <translation>Fonte in questa fase</translation>
    </message>
    <message>
        <source>Source levels on the wall</source>
        <translation>Livelli delle fonti sulla parete</translation>
    </message>
    <message>
        <source>Source of this vote</source>
        <translation>Fonte di questo voto</translation>
    </message>
    <message>
        <source>Source of “{role}”</source>
        <translation>Fonte di «{role}»</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Fonte: {citation}</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Parla per</translation>
    </message>
    <message>
        <source>Specifications fixed</source>
        <comment>decision kind</comment>
        <translation>Specifiche fissate</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersione</translation>
    </message>
    <message>
        <source>Spread: the highest vote minus the lowest on the 1–5 scale, on the dimension where the votes differ most; reference levels from sources are not votes.</source>
        <translation>Dispersione: il voto più alto meno il più basso sulla scala 1–5, nella dimensione in cui i voti differiscono di più; i livelli di riferimento delle fonti non sono voti.</translation>
    </message>
    <message>
        <source>staff, technology, in-kind support, pooled budgets</source>
        <comment>relation kind help</comment>
        <translation>personale, tecnologia, supporto in natura, budget condivisi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadio</translation>
    </message>
    <message>
        <source>stance not recorded</source>
        <translation>posizione non registrata</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Start a round…  (Ctrl+R)</source>
        <translation>Avvia un round…  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start a scoring round</source>
        <translation>Avvia un round di valutazione</translation>
    </message>
    <message>
        <source>Start a scoring round first (Score ▸ Start round…).</source>
        <translation>Avvia prima un round di valutazione (Punteggi ▸ Avvia round…).</translation>
    </message>
    <message>
        <source>Start a session with a protocol's phases, roles, prompts, round and groups</source>
        <translation>Avvia una sessione con fasi, ruoli, spunti, round e gruppi di un protocollo</translation>
    </message>
    <message>
        <source>Start again from the order by type</source>
        <translation>Ricomincia dall'ordine per tipo</translation>
    </message>
    <message>
        <source>Start or stop presenting step by step</source>
        <translation>Avvia o interrompi la presentazione passo per passo</translation>
    </message>
    <message>
        <source>Start or stop presenting step by step (F6)</source>
        <translation>Avvia o interrompi la presentazione passo per passo (F6)</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Avvia round</translation>
    </message>
    <message>
        <source>Start round…</source>
        <translation>Avvia round…</translation>
    </message>
    <message>
        <source>Start the map

Press N for a new actor, or double-click the canvas where it should stand.
File ▸ Import… (Ctrl+I) brings actors and relations from another tool;
File ▸ Open demo session shows a finished workshop.</source>
        <translation>Inizia la mappa

Premi N per un nuovo attore, oppure fai doppio clic nell'area di lavoro dove deve stare.
File ▸ Importa… (Ctrl+I) porta attori e relazioni da un altro strumento;
File ▸ Apri sessione demo mostra un workshop completato.</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>dichiarata</translation>
    </message>
    <message>
        <source>Stated here: {classes}</source>
        <translation>Indicato qui: {classes}</translation>
    </message>
    <message>
        <source>Stated in a document</source>
        <translation>Dichiarata in un documento</translation>
    </message>
    <message>
        <source>stated in a document (with section, page and a short quote)</source>
        <comment>source kind</comment>
        <translation>dichiarata in un documento (con sezione, pagina e una breve citazione)</translation>
    </message>
    <message>
        <source>Stated intensity, {step}: {was} ({said_was}) → {now} ({said_now}).</source>
        <translation>Intensità dichiarata, {step}: {was} ({said_was}) → {now} ({said_now}).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <comment>arena level</comment>
        <translation>Comitato direttivo</translation>
    </message>
    <message>
        <source>steers an ecosystem towards a shared goal</source>
        <comment>role help</comment>
        <translation>guida un ecosistema verso un obiettivo condiviso</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Steward</source>
        <comment>role</comment>
        <translation>Custode</translation>
    </message>
    <message>
        <source>Stop  (F6)</source>
        <translation>Interrompi  (F6)</translation>
    </message>
    <message>
        <source>Stop taking votes from phones (the round goes on)</source>
        <translation>Smetti di accettare voti dai telefoni (il round continua)</translation>
    </message>
    <message>
        <source>Strategist (sets the direction)</source>
        <comment>orchestrator mode</comment>
        <translation>Stratega (definisce la direzione)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>studies, experiments, evaluates</source>
        <comment>role help</comment>
        <translation>studia, sperimenta, valuta</translation>
    </message>
    <message>
        <source>Suggest again</source>
        <translation>Suggerisci di nuovo</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggeriti</translation>
    </message>
    <message numerus="yes">
        <source>suggested match</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>abbinamento suggerito</numerusform>
            <numerusform>abbinamenti suggeriti</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: waiting for you; accepted or edited: counts in the canonical views; rejected: never suggested again</source>
        <translation>suggerito: in attesa di te; accettato o modificato: conta nelle viste canoniche; rifiutato: non viene mai più suggerito</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Favorevole</translation>
    </message>
    <message>
        <source>Supports the goal</source>
        <comment>alignment</comment>
        <translation>Favorevole all'obiettivo</translation>
    </message>
    <message>
        <source>SVG drawing of the map (one file per phase)</source>
        <translation>Disegno SVG della mappa (un file per fase)</translation>
    </message>
    <message>
        <source>Swap the two phases</source>
        <translation>Scambia le due fasi</translation>
    </message>
    <message>
        <source>Switch to the phase and highlight who this is about</source>
        <translation>Passa alla fase ed evidenzia chi è interessato</translation>
    </message>
    <message>
        <source>Switched off</source>
        <comment>relation state</comment>
        <translation>Disattivata</translation>
    </message>
    <message>
        <source>Switched off in this phase: known not to be at work now</source>
        <translation>Disattivata in questa fase: si sa che al momento non è attiva</translation>
    </message>
    <message>
        <source>T</source>
        <comment>initial of trust</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>T trust · C commitment · I interdependence: medians of the votes, 1–5; – = not scored.</source>
        <translation>F fiducia · Imp impegno · Int interdipendenza: mediane dei voti, 1–5; – = senza punteggio.</translation>
    </message>
    <message>
        <source>Take the highlight off the map</source>
        <translation>Togli l'evidenziazione dalla mappa</translation>
    </message>
    <message>
        <source>Take the marks off the map</source>
        <translation>Togli i segni dalla mappa</translation>
    </message>
    <message>
        <source>takes part in the phase</source>
        <comment>presence help</comment>
        <translation>partecipa alla fase</translation>
    </message>
    <message>
        <source>Takes part in this phase (roles below)</source>
        <translation>Partecipa a questa fase (ruoli qui sotto)</translation>
    </message>
    <message>
        <source>Talked about: {text}</source>
        <translation>Discusso: {text}</translation>
    </message>
    <message>
        <source>Tap your name. This phone remembers it for the rest of the workshop.</source>
        <translation>Tocca il tuo nome. Questo telefono lo ricorderà per il resto del workshop.</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Tecnico</translation>
    </message>
    <message>
        <source>Technical work (standards, systems, procedures)</source>
        <comment>work kind</comment>
        <translation>Lavoro tecnico (standard, sistemi, procedure)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modello non salvato</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modelli (*.json)</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Modelli (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensione</translation>
    </message>
    <message>
        <source>Tension: {tensions}</source>
        <translation>Tensione: {tensions}</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Testo:</translation>
    </message>
    <message>
        <source>That code is not right; check the screen and try again.</source>
        <translation>Il codice non è corretto; controlla lo schermo e riprova.</translation>
    </message>
    <message>
        <source>The 1–5 scores</source>
        <translation>I punteggi 1–5</translation>
    </message>
    <message>
        <source>The actor this participant speaks for (optional)</source>
        <translation>L'attore per cui parla questo partecipante (facoltativo)</translation>
    </message>
    <message>
        <source>The actor's story, phase by phase</source>
        <translation>La storia dell'attore, fase per fase</translation>
    </message>
    <message>
        <source>The class of the votes that count, by the session's {rule} (Score ▸ Session settings)</source>
        <translation>La classe dei voti che contano, secondo la {rule} della sessione (Punteggi ▸ Impostazioni della sessione)</translation>
    </message>
    <message>
        <source>The comparison of phases is not available in this version.</source>
        <translation>Il confronto tra le fasi non è disponibile in questa versione.</translation>
    </message>
    <message>
        <source>The console reopens in {language}: the running round ends and the phones are closed (every vote given is kept). Change the language now?</source>
        <translation>La console si riapre in {language}: il round in corso termina e i telefoni vengono chiusi (ogni voto dato viene conservato). Cambiare la lingua ora?</translation>
    </message>
    <message>
        <source>The earlier phase of the comparison</source>
        <translation>La fase precedente del confronto</translation>
    </message>
    <message>
        <source>The edit was not saved:
{exc}</source>
        <translation>La modifica non è stata salvata:
{exc}</translation>
    </message>
    <message>
        <source>The fact keeps its value and no longer names a source</source>
        <translation>Il fatto mantiene il suo valore e non indica più una fonte</translation>
    </message>
    <message>
        <source>The file holds no trust, commitment or interdependence values.</source>
        <translation>Il file non contiene valori di fiducia, impegno o interdipendenza.</translation>
    </message>
    <message>
        <source>The film as numbered PNG pictures in a new folder, for video editors.</source>
        <translation>Il filmato come immagini PNG numerate in una nuova cartella, per i programmi di montaggio video.</translation>
    </message>
    <message>
        <source>The language of the console, the wall, the exports and the report; phones start in it and may pick their own</source>
        <translation>La lingua della console, della parete, delle esportazioni e del report; i telefoni partono con questa e possono sceglierne un'altra</translation>
    </message>
    <message>
        <source>The laptop is busy; please send your scores again.</source>
        <translation>Il portatile è occupato; invia di nuovo i tuoi punteggi.</translation>
    </message>
    <message>
        <source>The last step of the last phase is on the wall.</source>
        <translation>L'ultimo passo dell'ultima fase è sulla parete.</translation>
    </message>
    <message>
        <source>The map in {phase}, as the room saw it.</source>
        <translation>La mappa della fase {phase}, come l'ha vista la sala.</translation>
    </message>
    <message>
        <source>The map is already arranged that way.</source>
        <translation>La mappa è già disposta in questo modo.</translation>
    </message>
    <message>
        <source>The map raised no pattern warnings.</source>
        <translation>La mappa non ha sollevato avvisi di pattern.</translation>
    </message>
    <message>
        <source>The map, phase by phase</source>
        <translation>La mappa, fase per fase</translation>
    </message>
    <message>
        <source>The mapping as a CSV file to decide in a spreadsheet</source>
        <translation>La corrispondenza come file CSV da decidere in un foglio di calcolo</translation>
    </message>
    <message>
        <source>the middle of the three levels is low: loose ties, mostly sharing information</source>
        <comment>3C class help</comment>
        <translation>il livello intermedio dei tre è basso: legami deboli, per lo più condivisione di informazioni</translation>
    </message>
    <message>
        <source>The name in a second language (optional)</source>
        <translation>Il nome in una seconda lingua (facoltativo)</translation>
    </message>
    <message>
        <source>The name written with every decision (who decided, and when)</source>
        <translation>Il nome scritto con ogni decisione (chi ha deciso e quando)</translation>
    </message>
    <message>
        <source>The network has grown: where has intensity dropped, and is that a useful pause or a stall?</source>
        <translation>La rete è cresciuta: dove è calata l'intensità, ed è una pausa utile o uno stallo?</translation>
    </message>
    <message>
        <source>The order in which “{unit}” shows the {what} when the order is “Your saved sequence”. Each phase shows those it has, in this order.</source>
        <translation>L'ordine in cui «{unit}» mostra {what} quando l'ordine è «La tua sequenza salvata». Ogni fase mostra quelli che ha, in quest'ordine.</translation>
    </message>
    <message>
        <source>The order of the questions: {order}</source>
        <translation>L'ordine delle domande: {order}</translation>
    </message>
    <message>
        <source>The order of the steps: by type, by scale or your saved sequence</source>
        <translation>L'ordine dei passi: per tipo, per scala o la tua sequenza salvata</translation>
    </message>
    <message>
        <source>The other session's phase</source>
        <translation>La fase dell'altra sessione</translation>
    </message>
    <message>
        <source>The phase to compare it with</source>
        <translation>La fase con cui confrontarla</translation>
    </message>
    <message>
        <source>The phone page could not be opened on {address}: {value}.
Check that the laptop is on the room's network, or pick another address.</source>
        <translation>Impossibile aprire la pagina per i telefoni su {address}: {value}.
Verifica che il portatile sia sulla rete della sala, oppure scegli un altro indirizzo.</translation>
    </message>
    <message>
        <source>The public value the project and each phase are meant to create; who gains, who bears costs</source>
        <translation>Il valore pubblico che il progetto e ciascuna fase devono creare; chi ne beneficia, chi ne sostiene i costi</translation>
    </message>
    <message>
        <source>The public value this project is meant to create, in the room's words</source>
        <translation>Il valore pubblico che questo progetto deve creare, con le parole della sala</translation>
    </message>
    <message>
        <source>The question on {dimension}</source>
        <translation>La domanda su {dimension}</translation>
    </message>
    <message>
        <source>The relation is part of this phase</source>
        <translation>La relazione fa parte di questa fase</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>la sala</translation>
    </message>
    <message>
        <source>The room (said or voted here)</source>
        <translation>La sala (detto o votato qui)</translation>
    </message>
    <message>
        <source>The room has not scored any relation with two or more votes yet, so there is no agreement or disagreement to report.</source>
        <translation>La sala non ha ancora valutato nessuna relazione con due o più voti, quindi non c'è accordo o disaccordo da riportare.</translation>
    </message>
    <message>
        <source>The room has not scored this</source>
        <translation>La sala non ha valutato questo elemento</translation>
    </message>
    <message>
        <source>The room is voting on this relation; its votes are shown once revealed</source>
        <translation>La sala sta votando su questa relazione; i suoi voti vengono mostrati una volta rivelati</translation>
    </message>
    <message>
        <source>The room on these actors and relations:</source>
        <translation>La sala su questi attori e relazioni:</translation>
    </message>
    <message>
        <source>the room or the source says it is not there</source>
        <comment>presence help</comment>
        <translation>la sala o la fonte dice che non c'è</translation>
    </message>
    <message>
        <source>The room took up every warning the map raised.</source>
        <translation>La sala ha ripreso tutti gli avvisi sollevati dalla mappa.</translation>
    </message>
    <message>
        <source>The room's answer: {answer}</source>
        <translation>La risposta della sala: {answer}</translation>
    </message>
    <message>
        <source>The room's median {median}, {low}–{high}, {votes}</source>
        <translation>Mediana della sala {median}, {low}–{high}, {votes}</translation>
    </message>
    <message>
        <source>The room's notes for this phase:</source>
        <translation>Le note della sala per questa fase:</translation>
    </message>
    <message>
        <source>THE ROOM'S VOTES</source>
        <translation>I VOTI DELLA SALA</translation>
    </message>
    <message>
        <source>The room: median {median}, {low}–{high}, {votes}</source>
        <translation>La sala: mediana {median}, {low}–{high}, {votes}</translation>
    </message>
    <message>
        <source>the same file content is already in the corpus as “{name}”</source>
        <translation>lo stesso contenuto di file è già nel corpus come «{name}»</translation>
    </message>
    <message>
        <source>The same film as a looping GIF: plays in slides, e-mail and web pages.</source>
        <translation>Lo stesso filmato come GIF in loop: si riproduce in slide, e-mail e pagine web.</translation>
    </message>
    <message>
        <source>The selected actor through all phases</source>
        <translation>L'attore selezionato attraverso tutte le fasi</translation>
    </message>
    <message>
        <source>The session has one phase: nothing to compare.</source>
        <translation>La sessione ha una sola fase: niente da confrontare.</translation>
    </message>
    <message>
        <source>the source does not say what kind of body it is</source>
        <comment>actor type help</comment>
        <translation>la fonte non dice che tipo di ente sia</translation>
    </message>
    <message>
        <source>The source is silent about it in this phase: neither present nor gone</source>
        <translation>La fonte non ne parla in questa fase: né presente né uscito</translation>
    </message>
    <message>
        <source>The source is silent about the relation in this phase</source>
        <translation>La fonte non parla della relazione in questa fase</translation>
    </message>
    <message>
        <source>the source says nothing about it in this phase</source>
        <comment>presence help</comment>
        <translation>la fonte non ne dice nulla in questa fase</translation>
    </message>
    <message>
        <source>The stage decides which facilitation prompts and warnings apply.</source>
        <translation>Lo stadio determina quali spunti di facilitazione e quali avvisi si applicano.</translation>
    </message>
    <message>
        <source>The two workshops' metrics over their phases on one chart</source>
        <translation>Le metriche dei due workshop lungo le loro fasi in un unico grafico</translation>
    </message>
    <message>
        <source>The vote could not be saved.</source>
        <translation>Impossibile salvare il voto.</translation>
    </message>
    <message>
        <source>The votes are revealed.</source>
        <translation>I voti sono rivelati.</translation>
    </message>
    <message>
        <source>the whole phase</source>
        <translation>l'intera fase</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>L'intera sessione</translation>
    </message>
    <message>
        <source>the {kind} relation {relation}</source>
        <translation>la relazione di {kind} {relation}</translation>
    </message>
    <message>
        <source>The {relation} ended</source>
        <translation>La {relation} è terminata</translation>
    </message>
    <message>
        <source>The {relation}: active in {a}, not described in {b}</source>
        <translation>La {relation}: attiva in {a}, non descritta in {b}</translation>
    </message>
    <message>
        <source>The {relation}: not described in {a}, active in {b}</source>
        <translation>La {relation}: non descritta in {a}, attiva in {b}</translation>
    </message>
    <message>
        <source>There are no backups of this session yet. The first one is made the next time the session is opened, or after some minutes of editing.</source>
        <translation>Non ci sono ancora backup di questa sessione. Il primo viene creato alla prossima apertura della sessione, o dopo alcuni minuti di modifiche.</translation>
    </message>
    <message>
        <source>There are no participants to ask in this choice.</source>
        <translation>Non ci sono partecipanti da interpellare in questa scelta.</translation>
    </message>
    <message>
        <source>There are no relations to score in this choice.</source>
        <translation>Non ci sono relazioni da valutare in questa scelta.</translation>
    </message>
    <message>
        <source>These actors are the suggested canonical actor (double-click a row does the same)</source>
        <translation>Questi attori sono l'attore canonico suggerito (il doppio clic su una riga fa lo stesso)</translation>
    </message>
    <message>
        <source>These are patterns the research warns about. They are questions for the room, not verdicts; an info note is not a problem in itself.</source>
        <translation>Questi sono pattern da cui la ricerca mette in guardia. Sono domande per la sala, non verdetti; una nota informativa non è di per sé un problema.</translation>
    </message>
    <message>
        <source>They already take part in this phase.</source>
        <translation>Partecipano già a questa fase.</translation>
    </message>
    <message>
        <source>This computer only: phones cannot reach this address.</source>
        <translation>Solo questo computer: i telefoni non possono raggiungere questo indirizzo.</translation>
    </message>
    <message>
        <source>This install cannot export {fmt!r}.</source>
        <translation>Questa installazione non può esportare {fmt!r}.</translation>
    </message>
    <message>
        <source>This install has no importers.</source>
        <translation>Questa installazione non ha importatori.</translation>
    </message>
    <message>
        <source>This is the first phase: there is nothing before it to compare with.</source>
        <translation>Questa è la prima fase: non c'è nulla prima con cui confrontarla.</translation>
    </message>
    <message>
        <source>This page updates by itself; keep it open.</source>
        <translation>Questa pagina si aggiorna da sola; tienila aperta.</translation>
    </message>
    <message>
        <source>This phase</source>
        <translation>Questa fase</translation>
    </message>
    <message>
        <source>This phase already has the previous phase's actors and roles.</source>
        <translation>Questa fase ha già gli attori e i ruoli della fase precedente.</translation>
    </message>
    <message>
        <source>This phase beside a phase of another session</source>
        <translation>Questa fase accanto a una fase di un'altra sessione</translation>
    </message>
    <message>
        <source>This phase has no relations to score yet.</source>
        <translation>Questa fase non ha ancora relazioni da valutare.</translation>
    </message>
    <message>
        <source>This question has moved on.</source>
        <translation>Si è passati a un'altra domanda.</translation>
    </message>
    <message>
        <source>This question has moved on; your phone now shows the current one.</source>
        <translation>Si è passati a un'altra domanda; ora il telefono mostra quella corrente.</translation>
    </message>
    <message>
        <source>This relation is not part of the phase any more, so it cannot be scored.</source>
        <translation>Questa relazione non fa più parte della fase, quindi non può essere valutata.</translation>
    </message>
    <message>
        <source>This round has closed.</source>
        <translation>Questo round è chiuso.</translation>
    </message>
    <message>
        <source>This round is closed or its code has changed. Scan the new code on the screen.</source>
        <translation>Questo round è chiuso o il suo codice è cambiato. Scansiona il nuovo codice sullo schermo.</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>questa sessione</translation>
    </message>
    <message>
        <source>This session has no phases.</source>
        <translation>Questa sessione non ha fasi.</translation>
    </message>
    <message>
        <source>This session is open read-only, so votes cannot be saved.</source>
        <translation>Questa sessione è aperta in sola lettura, quindi i voti non possono essere salvati.</translation>
    </message>
    <message>
        <source>This session was made by an older version and has been upgraded.
A copy of the original was kept beside it.</source>
        <translation>Questa sessione è stata creata da una versione precedente ed è stata aggiornata.
Una copia dell'originale è stata conservata accanto.</translation>
    </message>
    <message>
        <source>This source is cited by {facts}; corrections here change it for all.</source>
        <translation>Questa fonte è citata da {facts}; le correzioni qui la modificano per tutti.</translation>
    </message>
    <message>
        <source>Tick the people to ask, in this order</source>
        <translation>Spunta le persone da interpellare, in quest'ordine</translation>
    </message>
    <message>
        <source>Tick the roles the actor holds in this phase</source>
        <translation>Spunta i ruoli che l'attore ricopre in questa fase</translation>
    </message>
    <message>
        <source>Tick what the actor does in this phase (001, Table 1).</source>
        <translation>Spunta ciò che l'attore fa in questa fase (001, Tabella 1).</translation>
    </message>
    <message>
        <source>Tick when the room has talked about it</source>
        <translation>Spunta quando la sala ne ha discusso</translation>
    </message>
    <message>
        <source>Tidy overlaps</source>
        <translation>Riordina sovrapposizioni</translation>
    </message>
    <message>
        <source>Tidy overlaps: {actors} moved</source>
        <translation>Riordina sovrapposizioni: spostamento di {actors}</translation>
    </message>
    <message numerus="yes">
        <source>time</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>volta</numerusform>
            <numerusform>volte</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linea temporale</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Title page, each phase's map with roles and scores, what changed, warnings and a glossary, ready to hand out.</source>
        <translation>Frontespizio, la mappa di ogni fase con ruoli e punteggi, cosa è cambiato, avvisi e un glossario, pronto da distribuire.</translation>
    </message>
    <message>
        <source>Title shown on the canvas and snapshots:</source>
        <translation>Titolo mostrato nell'area di lavoro e nelle istantanee:</translation>
    </message>
    <message>
        <source>Title shown on the projector and the handouts:</source>
        <translation>Titolo mostrato sul proiettore e nelle dispense:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>From phase … to phase …</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>To the &amp;bottom</source>
        <translation>In &amp;fondo</translation>
    </message>
    <message>
        <source>To the &amp;top</source>
        <translation>In &amp;cima</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Strumenti</translation>
    </message>
    <message>
        <source>Top broker (betweenness)</source>
        <translation>Intermediario principale (betweenness)</translation>
    </message>
    <message>
        <source>Top broker's betweenness (0–1)</source>
        <translation>Betweenness dell'intermediario principale (0–1)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <source>Trust</source>
        <comment>dimension</comment>
        <translation>Fiducia</translation>
    </message>
    <message>
        <source>Trust (colour):</source>
        <translation>Fiducia (colore):</translation>
    </message>
    <message>
        <source>Trust, commitment and interdependence are scored per relation and phase. The 1–5 scale is this app's choice, not the papers'; the papers speak of low, medium and high, so 1–2 read as low, 3 as medium and 4–5 as high.</source>
        <translation>Fiducia, impegno e interdipendenza sono valutati per relazione e fase. La scala 1–5 è una scelta di questa app, non degli articoli; gli articoli parlano di basso, medio e alto, quindi 1–2 si legge come basso, 3 come medio e 4–5 come alto.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type a note and press Enter   (Ctrl+M comes here)</source>
        <translation>Digita una nota e premi Invio   (Ctrl+M porta qui)</translation>
    </message>
    <message>
        <source>Type a note and press Enter; Ctrl+M comes here from anywhere</source>
        <translation>Digita una nota e premi Invio; Ctrl+M porta qui da qualsiasi punto</translation>
    </message>
    <message>
        <source>Type a timestamped note (or a quote) for this phase</source>
        <translation>Digita una nota con data e ora (o una citazione) per questa fase</translation>
    </message>
    <message>
        <source>Type the code shown on the facilitator's screen.</source>
        <translation>Digita il codice mostrato sullo schermo del facilitatore.</translation>
    </message>
    <message>
        <source>Types, kinds and roles</source>
        <translation>Tipi di attori e relazioni, ruoli</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classificata</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>non classificata</translation>
    </message>
    <message>
        <source>unclassified (not all three scored)</source>
        <translation>non classificata (non tutte e tre valutate)</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non definito</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annulla l'ultima modifica</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Annulla {edit}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>universities, research centres and institutes</source>
        <comment>actor type help</comment>
        <translation>università, centri e istituti di ricerca</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>actor type</comment>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>openness</comment>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>scale</comment>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Non abbinati</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Sgancia</translation>
    </message>
    <message numerus="yes">
        <source>unplaced actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>attore da collocare</numerusform>
            <numerusform>attori da collocare</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <comment>role</comment>
        <translation>Utente</translation>
    </message>
    <message>
        <source>uses or consumes the service or data</source>
        <comment>role help</comment>
        <translation>usa o consuma il servizio o i dati</translation>
    </message>
    <message numerus="yes">
        <source>value</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>valore</numerusform>
            <numerusform>valori</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor</source>
        <comment>role</comment>
        <translation>Venditore</translation>
    </message>
    <message>
        <source>very high</source>
        <comment>score</comment>
        <translation>molto alto</translation>
    </message>
    <message>
        <source>very little</source>
        <translation>molto poca</translation>
    </message>
    <message>
        <source>very low</source>
        <comment>score</comment>
        <translation>molto basso</translation>
    </message>
    <message numerus="yes">
        <source>vote</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>voto</numerusform>
            <numerusform>voti</numerusform>
        </translation>
    </message>
    <message>
        <source>VOTE FROM YOUR PHONE</source>
        <translation>VOTA DAL TUO TELEFONO</translation>
    </message>
    <message>
        <source>Vote not saved</source>
        <translation>Voto non salvato</translation>
    </message>
    <message>
        <source>Vote not taken</source>
        <translation>Voto non accettato</translation>
    </message>
    <message numerus="yes">
        <source>voter</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>votante</numerusform>
            <numerusform>votanti</numerusform>
        </translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votanti</translation>
    </message>
    <message>
        <source>Voters: {parts}  ({rule})</source>
        <translation>Votanti: {parts}  ({rule})</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voti</translation>
    </message>
    <message>
        <source>votes differ by 2 or more</source>
        <translation>i voti differiscono di 2 o più</translation>
    </message>
    <message>
        <source>votes differ by 2+</source>
        <translation>voti diversi di 2+</translation>
    </message>
    <message>
        <source>Votes differ by two steps or more</source>
        <translation>I voti differiscono di due livelli o più</translation>
    </message>
    <message>
        <source>votes in the room; counted in the median, spread and 3C class</source>
        <comment>participant kind</comment>
        <translation>vota in sala; conteggiato nella mediana, nella dispersione e nella classe 3C</translation>
    </message>
    <message>
        <source>Votes stay hidden until everyone has answered</source>
        <translation>I voti restano nascosti finché non hanno risposto tutti</translation>
    </message>
    <message>
        <source>Votes stay hidden until everyone has answered.</source>
        <translation>I voti restano nascosti finché non hanno risposto tutti.</translation>
    </message>
    <message>
        <source>voting…</source>
        <translation>voto in corso…</translation>
    </message>
    <message>
        <source>Waiting for the next relation…</source>
        <translation>In attesa della relazione successiva…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Avvisi ({n})</translation>
    </message>
    <message>
        <source>Warnings and how the room answered them</source>
        <translation>Avvisi e come ha risposto la sala</translation>
    </message>
    <message>
        <source>Warnings not discussed</source>
        <translation>Avvisi non discussi</translation>
    </message>
    <message>
        <source>Warnings: …</source>
        <translation>Avvisi: …</translation>
    </message>
    <message>
        <source>Weakest dimension (each voter's own class, then their median)</source>
        <translation>Dimensione più debole (la classe di ciascun votante, poi la loro mediana)</translation>
    </message>
    <message>
        <source>weakest-dimension rule</source>
        <translation>regola della dimensione più debole</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cosa è cambiato</translation>
    </message>
    <message>
        <source>What changed between phases</source>
        <translation>Cosa è cambiato tra le fasi</translation>
    </message>
    <message>
        <source>What changed since “{phase}”</source>
        <translation>Cosa è cambiato da «{phase}»</translation>
    </message>
    <message>
        <source>What changed: {a} → {b}</source>
        <translation>Cosa è cambiato: {a} → {b}</translation>
    </message>
    <message>
        <source>what costs the actor bears (public value)</source>
        <comment>presence fact</comment>
        <translation>quali costi sostiene l'attore (valore pubblico)</translation>
    </message>
    <message>
        <source>What costs this actor bears</source>
        <translation>Quali costi sostiene questo attore</translation>
    </message>
    <message>
        <source>What it fixed, who took it (optional)</source>
        <translation>Cosa ha fissato, chi l'ha presa (facoltativo)</translation>
    </message>
    <message>
        <source>what the actor gains (public value)</source>
        <comment>presence fact</comment>
        <translation>cosa ci guadagna l'attore (valore pubblico)</translation>
    </message>
    <message>
        <source>What the template sets up</source>
        <translation>Cosa configura il modello</translation>
    </message>
    <message>
        <source>What this actor does in this phase</source>
        <translation>Cosa fa questo attore in questa fase</translation>
    </message>
    <message>
        <source>What this actor gains (public value)</source>
        <translation>Cosa ci guadagna questo attore (valore pubblico)</translation>
    </message>
    <message>
        <source>What this phase is meant to deliver for the public</source>
        <translation>Cosa questa fase deve produrre per il pubblico</translation>
    </message>
    <message>
        <source>What urban problem are we solving, and does our data measure that problem or only what is easy to count?</source>
        <translation>Quale problema urbano stiamo risolvendo, e i nostri dati misurano quel problema o solo ciò che è facile contare?</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Cosa è stato detto</translation>
    </message>
    <message>
        <source>what you share will not be used against you</source>
        <comment>dimension help</comment>
        <translation>ciò che condividi non sarà usato contro di te</translation>
    </message>
    <message>
        <source>Where does this come from?
{fact_label}</source>
        <translation>Da dove viene?
{fact_label}</translation>
    </message>
    <message>
        <source>Where the room agreed and disagreed</source>
        <translation>Dove la sala era d'accordo e in disaccordo</translation>
    </message>
    <message>
        <source>Where the room agreed most</source>
        <translation>Dove la sala era più d'accordo</translation>
    </message>
    <message>
        <source>Where the room disagreed most</source>
        <translation>Dove la sala era più in disaccordo</translation>
    </message>
    <message>
        <source>Whether each step shows one actor or one relation</source>
        <translation>Se ogni passo mostra un attore o una relazione</translation>
    </message>
    <message>
        <source>Which parties and jurisdictions must keep sharing data for the system to work, and have they agreed to it?</source>
        <translation>Quali parti e giurisdizioni devono continuare a condividere dati perché il sistema funzioni, e hanno dato il loro accordo?</translation>
    </message>
    <message>
        <source>Which places and groups gain from this, and which are missing from the data and the investment?</source>
        <translation>Quali luoghi e gruppi ne traggono vantaggio, e quali mancano nei dati e negli investimenti?</translation>
    </message>
    <message>
        <source>Which questions, in which words? ({a} and {b} are the two actors)</source>
        <translation>Quali domande, con quali parole? ({a} e {b} sono i due attori)</translation>
    </message>
    <message>
        <source>Which quick win could show value early, and who shares openly what did not work?</source>
        <translation>Quale risultato rapido potrebbe mostrarne presto il valore, e chi condivide apertamente ciò che non ha funzionato?</translation>
    </message>
    <message>
        <source>Which rule, charter or body would make it clear who supplies and who uses data, so that partners can commit again?</source>
        <translation>Quale regola, carta o organismo chiarirebbe chi fornisce e chi usa i dati, così che i partner possano impegnarsi di nuovo?</translation>
    </message>
    <message>
        <source>While presenting step by step</source>
        <translation>Durante la presentazione passo per passo</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Chi sei?</translation>
    </message>
    <message>
        <source>Who bears costs (public value)</source>
        <translation>Chi sostiene i costi (valore pubblico)</translation>
    </message>
    <message>
        <source>Who brings the agility to experiment, and who could replicate and roll out the solution if it works?</source>
        <translation>Chi porta l'agilità per sperimentare, e chi potrebbe replicare e diffondere la soluzione se funziona?</translation>
    </message>
    <message>
        <source>Who controls the systems and data, and can public partners reach their own data without paying or being stuck with one supplier?</source>
        <translation>Chi controlla i sistemi e i dati, e i partner pubblici possono accedere ai propri dati senza pagare o restare vincolati a un unico fornitore?</translation>
    </message>
    <message>
        <source>Who gains (public value)</source>
        <translation>Chi ne beneficia (valore pubblico)</translation>
    </message>
    <message>
        <source>Who gains, who bears costs</source>
        <translation>Chi ne beneficia, chi ne sostiene i costi</translation>
    </message>
    <message>
        <source>who inferred or recorded it</source>
        <translation>chi l'ha dedotta o registrata</translation>
    </message>
    <message>
        <source>Who is asked</source>
        <translation>Chi viene interpellato</translation>
    </message>
    <message>
        <source>Who is asked? (in this order)</source>
        <translation>Chi viene interpellato? (in quest'ordine)</translation>
    </message>
    <message>
        <source>Who is in the room, their organisation and whom they speak for</source>
        <translation>Chi è in sala, la sua organizzazione e per chi parla</translation>
    </message>
    <message>
        <source>Who is making the goal meaningful to everyone (cultural work), not only handing out tasks (political work)?</source>
        <translation>Chi sta rendendo l'obiettivo significativo per tutti (lavoro culturale), e non solo distribuendo compiti (lavoro politico)?</translation>
    </message>
    <message>
        <source>Who joined</source>
        <translation>Chi è entrato</translation>
    </message>
    <message>
        <source>Who knows the neighbourhoods involved, and how is that knowledge connected to city, national or international partners?</source>
        <translation>Chi conosce i quartieri coinvolti, e come è collegata questa conoscenza ai partner cittadini, nazionali o internazionali?</translation>
    </message>
    <message>
        <source>Who leads and persuades here, and what brings each actor to the table: money, a shared problem, interdependence or uncertainty?</source>
        <translation>Chi guida e convince qui, e cosa porta ciascun attore al tavolo: denaro, un problema condiviso, interdipendenza o incertezza?</translation>
    </message>
    <message>
        <source>Who left</source>
        <translation>Chi è uscito</translation>
    </message>
    <message>
        <source>Who left since the last phase, who joined, whose role changed — and was that a decision or an accident?</source>
        <translation>Chi è uscito dall'ultima fase, chi è entrato, di chi è cambiato il ruolo — ed è stata una decisione o un caso?</translation>
    </message>
    <message>
        <source>Who orchestrates now — one actor or a coalition — and do they both set direction and manage the daily work?</source>
        <translation>Chi orchestra ora — un solo attore o una coalizione — e si occupa sia di indicare la direzione sia di gestire il lavoro quotidiano?</translation>
    </message>
    <message>
        <source>Who takes part, in which role</source>
        <translation>Chi partecipa, con quale ruolo</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Chi ha partecipato</translation>
    </message>
    <message>
        <source>Who will have to adopt, run and maintain the result, and are they in the room yet?</source>
        <translation>Chi dovrà adottare, gestire e mantenere il risultato, ed è già presente in sala?</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Intera sessione</translation>
    </message>
    <message>
        <source>Whole session: {alphas}</source>
        <translation>Intera sessione: {alphas}</translation>
    </message>
    <message>
        <source>Whose vote the buttons and the keys 1–5 give</source>
        <translation>Di chi è il voto dato dai pulsanti e dai tasti 1–5</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>why</source>
        <translation>perché</translation>
    </message>
    <message>
        <source>why it was inferred</source>
        <translation>perché è stata dedotta</translation>
    </message>
    <message>
        <source>Width x height in pixels: 1280x720 suits slides, 1920x1080 a big screen</source>
        <translation>Larghezza x altezza in pixel: 1280x720 va bene per le slide, 1920x1080 per un grande schermo</translation>
    </message>
    <message>
        <source>willing to invest in and stay in this relation</source>
        <comment>dimension help</comment>
        <translation>disposti a investire in questa relazione e a mantenerla</translation>
    </message>
    <message>
        <source>Willingness to invest in and stay in the relationship</source>
        <translation>Disponibilità a investire nella relazione e a mantenerla</translation>
    </message>
    <message>
        <source>willingness to invest in and stay in the relationship.</source>
        <translation>disponibilità a investire nella relazione e a mantenerla.</translation>
    </message>
    <message>
        <source>with a data relation</source>
        <translation>con una relazione di dati</translation>
    </message>
    <message>
        <source>with agreement and data relations</source>
        <translation>con relazioni di accordo e di dati</translation>
    </message>
    <message>
        <source>with agreement relations</source>
        <translation>con relazioni di accordo</translation>
    </message>
    <message>
        <source>with an agreement relation</source>
        <translation>con una relazione di accordo</translation>
    </message>
    <message>
        <source>with data relations</source>
        <translation>con relazioni di dati</translation>
    </message>
    <message>
        <source>With several participants the map shows the median of their votes (the lower one when two are in the middle), never an average. Unscored stays empty (shown as –) and is never read as 0.</source>
        <translation>Con più partecipanti la mappa mostra la mediana dei loro voti (quella inferiore quando due sono al centro), mai una media. Ciò che non ha punteggio resta vuoto (mostrato come –) e non viene mai letto come 0.</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento Word (.docx)</translation>
    </message>
    <message>
        <source>Words of the map</source>
        <translation>Parole della mappa</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message numerus="yes">
        <source>workshop</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>workshop</numerusform>
            <numerusform>workshop</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop report · {day}</source>
        <translation>Report del workshop · {day}</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop)</source>
        <translation>Sessioni di workshop (*.workshop)</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop);;All files (*)</source>
        <translation>Sessioni di workshop (*.workshop);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Scrivi una nota</translation>
    </message>
    <message>
        <source>Written by Assemblage Workshop</source>
        <translation>Scritto da Assemblage Workshop</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}</source>
        <translation>Scrittura di {files} in {folder} completata</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Tu:</translation>
    </message>
    <message>
        <source>Your name is no longer on the list; please pick it again.</source>
        <translation>Il tuo nome non è più nella lista; sceglilo di nuovo.</translation>
    </message>
    <message>
        <source>Your scores were not taken; please try again.</source>
        <translation>I tuoi punteggi non sono stati accettati; riprova.</translation>
    </message>
    <message>
        <source>Your vote could not be saved; please try again.</source>
        <translation>Impossibile salvare il tuo voto; riprova.</translation>
    </message>
    <message>
        <source>Your vote was not taken.</source>
        <translation>Il tuo voto non è stato accettato.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Zoom the map</source>
        <translation>Zoom della mappa</translation>
    </message>
    <message>
        <source>{actors} brought into this phase (Ctrl+Z takes them out again).</source>
        <translation>Portati in questa fase: {actors} (Ctrl+Z li toglie di nuovo).</translation>
    </message>
    <message>
        <source>{actors} take part</source>
        <translation>{actors} partecipano</translation>
    </message>
    <message>
        <source>{actors} take part; {relations}, {scored} of them scored</source>
        <translation>{actors} partecipano; {relations}, di cui {scored} con punteggio</translation>
    </message>
    <message>
        <source>{actors} takes part</source>
        <translation>{actors} partecipa</translation>
    </message>
    <message>
        <source>{actors} · {relations} in this phase  |  {saved} to {name}</source>
        <translation>{actors} · {relations} in questa fase  |  {saved} in {name}</translation>
    </message>
    <message>
        <source>{actors}, {relations}, {phases} and {scored} from {name} ({fmt}).</source>
        <translation>{actors}, {relations}, {phases} e {scored} da {name} ({fmt}).</translation>
    </message>
    <message>
        <source>{changes} between {name_a} and {name_b}</source>
        <translation>{changes} tra {name_a} e {name_b}</translation>
    </message>
    <message>
        <source>{citizens}: no decision or agreement relation in {phase}.</source>
        <translation>{citizens}: nessuna relazione di decisione o di accordo nella fase {phase}.</translation>
    </message>
    <message>
        <source>{collaboration} of the {classed} classed relations in {phase} are collaboration.</source>
        <translation>{collaboration} delle {classed} relazioni classificate nella fase {phase} sono di collaborazione.</translation>
    </message>
    <message>
        <source>{corpus}  ·  {workshops}, {actors}  ·  {get} suggested, {n} decided, {get2} rejected, {get3} unmatched</source>
        <translation>{corpus}  ·  {workshops}, {actors}  ·  {get} suggeriti, {n} decisi, {get2} rifiutati, {get3} non abbinati</translation>
    </message>
    <message>
        <source>{count} actors took part in {phase} but not in {next}: {names}.</source>
        <translation>{count} attori hanno partecipato alla fase {phase} ma non alla fase {next}: {names}.</translation>
    </message>
    <message>
        <source>{count} for {new_canonical_actors}.</source>
        <translation>{count} per {new_canonical_actors}.</translation>
    </message>
    <message>
        <source>{decisions} dropped (actor renamed or removed)</source>
        <translation>{decisions} senza effetto (attore rinominato o rimosso)</translation>
    </message>
    <message>
        <source>{dimension} &lt;b&gt;{alpha:.2f}&lt;/b&gt; ({units} rel., {voters})</source>
        <translation>{dimension} &lt;b&gt;{alpha:.2f}&lt;/b&gt; ({units} rel., {voters})</translation>
    </message>
    <message>
        <source>{dimension} &lt;i&gt;undefined&lt;/i&gt; ({reason})</source>
        <translation>{dimension} &lt;i&gt;non definito&lt;/i&gt; ({reason})</translation>
    </message>
    <message>
        <source>{dimension} in the {relation} went from {was_level} ({was}) to {now_level} ({now})</source>
        <translation>{dimension} nella {relation}: da {was_level} ({was}) a {now_level} ({now})</translation>
    </message>
    <message>
        <source>{dimension} {was} → {now}</source>
        <translation>{dimension} {was} → {now}</translation>
    </message>
    <message>
        <source>{dimension}: median {median}, spread {spread}</source>
        <translation>{dimension}: mediana {median}, dispersione {spread}</translation>
    </message>
    <message>
        <source>{done} of {n} have answered this question</source>
        <translation>{done} su {n} hanno risposto a questa domanda</translation>
    </message>
    <message>
        <source>{done} of {n} have scored this relation</source>
        <translation>{done} su {n} hanno valutato questa relazione</translation>
    </message>
    <message>
        <source>{done} of {n} talked about in this phase. Tick them off; a note keeps what the room said.</source>
        <translation>{done} su {n} discussi in questa fase. Spuntali; una nota conserva ciò che ha detto la sala.</translation>
    </message>
    <message>
        <source>{done}: {label}</source>
        <translation>{done}: {label}</translation>
    </message>
    <message>
        <source>{done}: {text} — by {value}.</source>
        <translation>{done}: {text} — da {value}.</translation>
    </message>
    <message>
        <source>{exc}

The session was not changed.</source>
        <translation>{exc}

La sessione non è stata modificata.</translation>
    </message>
    <message>
        <source>{fmt} (*{suffix});;All files (*)</source>
        <translation>{fmt} (*{suffix});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>{hidden} more… (show {hidden2} more)</source>
        <translation>altri {hidden}… (mostra altri {hidden2})</translation>
    </message>
    <message>
        <source>{id} is about who or what is missing: nothing to highlight on the map.</source>
        <translation>{id} riguarda chi o cosa manca: niente da evidenziare sulla mappa.</translation>
    </message>
    <message>
        <source>{kinds} (*{wanted});;All files (*)</source>
        <translation>{kinds} (*{wanted});;Tutti i file (*)</translation>
    </message>
    <message>
        <source>{kind} relation between {source} and {target}</source>
        <translation>relazione di {kind} tra {source} e {target}</translation>
    </message>
    <message>
        <source>{kind} relation from {source} to {target}</source>
        <translation>relazione di {kind} da {source} a {target}</translation>
    </message>
    <message>
        <source>{kind} work, {aim}</source>
        <translation>Lavoro {kind}, {aim}</translation>
    </message>
    <message>
        <source>{low} of the {scored} relations scored for commitment in {phase} are low</source>
        <translation>{low} delle {scored} relazioni valutate per l'impegno nella fase {phase} hanno un impegno basso</translation>
    </message>
    <message>
        <source>{median} ({votes})</source>
        <translation>{median} ({votes})</translation>
    </message>
    <message>
        <source>{median} ({votes}, spread {spread})</source>
        <translation>{median} ({votes}, dispersione {spread})</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} e {last}</translation>
    </message>
    <message numerus="yes">
        <source>{names} appears for the first time in {phase}, {relations} already.</source>
        <translation>
            <numerusform>{names} compare per la prima volta nella fase {phase}, già {relations}.</numerusform>
            <numerusform>{names} compaiono per la prima volta nella fase {phase}, già {relations}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} first takes part in {phase}, after {after}, when it was recorded absent.</source>
        <translation>
            <numerusform>{names} partecipa per la prima volta alla fase {phase}, dopo {after}, quando era registrato come assente.</numerusform>
            <numerusform>{names} partecipano per la prima volta alla fase {phase}, dopo {after}, quando erano registrati come assenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} is recorded as absent from {phase}.</source>
        <translation>
            <numerusform>{names} è registrato come assente nella fase {phase}.</numerusform>
            <numerusform>{names} sono registrati come assenti nella fase {phase}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} takes part in {phase} without any relation, with little say recorded (influence or roles).</source>
        <translation>
            <numerusform>{names} partecipa alla fase {phase} senza alcuna relazione, con poca voce in capitolo registrata (influenza o ruoli).</numerusform>
            <numerusform>{names} partecipano alla fase {phase} senza alcuna relazione, con poca voce in capitolo registrata (influenza o ruoli).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} takes part in {phase}, but no relation is recorded for it there.</source>
        <translation>
            <numerusform>{names} partecipa alla fase {phase}, ma lì non è registrata alcuna relazione che lo riguardi.</numerusform>
            <numerusform>{names} partecipano alla fase {phase}, ma lì non è registrata alcuna relazione che li riguardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  ({state} here)</source>
        <translation>{name}  ({state} qui)</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (chiuso)</translation>
    </message>
    <message>
        <source>{name} (private)</source>
        <translation>{name} (privato)</translation>
    </message>
    <message>
        <source>{name} (private) is an end of {degree} of the {total} relations in {phase}: the others may come to depend on a firm whose aims are its own.</source>
        <translation>{name} (privato) è un estremo di {degree} delle {total} relazioni nella fase {phase}: gli altri potrebbero finire per dipendere da un'impresa che persegue obiettivi propri.</translation>
    </message>
    <message>
        <source>{name} (the actor)</source>
        <translation>{name} (l'attore)</translation>
    </message>
    <message>
        <source>{name} (vendor-held)</source>
        <translation>{name} (in mano a un fornitore)</translation>
    </message>
    <message>
        <source>{name} ({value})
Right-click to rename, move or delete</source>
        <translation>{name} ({value})
Clic destro per rinominare, spostare o eliminare</translation>
    </message>
    <message>
        <source>{name} is an end of {degree} of the {total} relations in {phase} and holds no orchestrator role there.</source>
        <translation>{name} è un estremo di {degree} delle {total} relazioni nella fase {phase} e lì non ricopre alcun ruolo di orchestratore.</translation>
    </message>
    <message>
        <source>{name} joined between {a} and {b}</source>
        <translation>{name}: ingresso tra {a} e {b}</translation>
    </message>
    <message>
        <source>{name} left between {a} and {b}</source>
        <translation>{name}: uscita tra {a} e {b}</translation>
    </message>
    <message>
        <source>{name} took part in {phase} but not in {next}.</source>
        <translation>{name} ha partecipato alla fase {phase} ma non alla fase {next}.</translation>
    </message>
    <message>
        <source>{name}: not described in {a}, present in {b}</source>
        <translation>{name}: non descritto in {a}, presente in {b}</translation>
    </message>
    <message>
        <source>{name}: present in {a}, not described in {b}</source>
        <translation>{name}: presente in {a}, non descritto in {b}</translation>
    </message>
    <message>
        <source>{name}: the app imports GEXF, GraphML, CSV, XLSX, Pajek, GML, JSON (Kumu, node-link, JSON Graph Format) and Cytoscape files.</source>
        <translation>{name}: l'app importa file GEXF, GraphML, CSV, XLSX, Pajek, GML, JSON (Kumu, node-link, JSON Graph Format) e Cytoscape.</translation>
    </message>
    <message>
        <source>{name}: {role} in “{phase}”</source>
        <translation>{name}: {role} in «{phase}»</translation>
    </message>
    <message>
        <source>{name}: {state} in “{phase}”</source>
        <translation>{name}: {state} in «{phase}»</translation>
    </message>
    <message>
        <source>{next_step} (Enter)</source>
        <translation>{next_step} (Invio)</translation>
    </message>
    <message>
        <source>{note}  · on {subject}</source>
        <translation>{note}  · su {subject}</translation>
    </message>
    <message>
        <source>{n} for “{name}”. Questions for the room, not errors.</source>
        <translation>{n} per «{name}». Domande per la sala, non errori.</translation>
    </message>
    <message>
        <source>{n} in</source>
        <translation>{n} in entrata</translation>
    </message>
    <message>
        <source>{n} in the whole session. Questions for the room, not errors.</source>
        <translation>{n} nell'intera sessione. Domande per la sala, non errori.</translation>
    </message>
    <message>
        <source>{n} in {phases}</source>
        <translation>{n} in {phases}</translation>
    </message>
    <message>
        <source>{n} not taken (late or incomplete)</source>
        <translation>{n} non accettati (in ritardo o incompleti)</translation>
    </message>
    <message>
        <source>{n} of {n2} answers still missing.</source>
        <translation>Mancano ancora {n} risposte su {n2}.</translation>
    </message>
    <message>
        <source>{n} out</source>
        <translation>{n} in uscita</translation>
    </message>
    <message>
        <source>{n} rel.</source>
        <translation>{n} rel.</translation>
    </message>
    <message>
        <source>{n} scored</source>
        <translation>{n} valutate</translation>
    </message>
    <message>
        <source>{n} two-way</source>
        <translation>{n} bidirezionali</translation>
    </message>
    <message>
        <source>{out} exists. Build it anew? Its decisions on matches are lost.</source>
        <translation>{out} esiste già. Ricostruirlo? Le sue decisioni sugli abbinamenti andranno perse.</translation>
    </message>
    <message>
        <source>{out} is not empty. Replace it with the new bundle?</source>
        <translation>{out} non è vuota. Sostituirla con il nuovo pacchetto?</translation>
    </message>
    <message>
        <source>{out}: {actors}. Fill in 'status' (accepted, rejected, edited) or 'canonical_name' and import it again.</source>
        <translation>{out}: {actors}. Compila 'status' (accepted, rejected, edited) o 'canonical_name' e importalo di nuovo.</translation>
    </message>
    <message>
        <source>{participants} in the room.</source>
        <translation>{participants} in sala.</translation>
    </message>
    <message>
        <source>{phase}:</source>
        <translation>{phase}:</translation>
    </message>
    <message>
        <source>{phones} seen · {votes} from {people}</source>
        <translation>{phones} visti · {votes} da {people}</translation>
    </message>
    <message>
        <source>{relation_label}
{votes} votes; spread = highest minus lowest vote</source>
        <translation>{relation_label}
{votes} voti; dispersione = voto più alto meno voto più basso</translation>
    </message>
    <message>
        <source>{relations}, {scored} of them scored</source>
        <translation>{relations}, di cui {scored} con punteggio</translation>
    </message>
    <message>
        <source>{relation}: the vote of {who} in “{phase}”</source>
        <translation>{relation}: il voto di {who} in «{phase}»</translation>
    </message>
    <message>
        <source>{relation}: {state} in “{phase}”</source>
        <translation>{relation}: {state} in «{phase}»</translation>
    </message>
    <message>
        <source>{score_cells} left out</source>
        <translation>{score_cells} fuori conteggio</translation>
    </message>
    <message>
        <source>{shown} of {total} {what}</source>
        <translation>{shown} di {total} {what}</translation>
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
        <translation>{target} esiste già. L'importazione non sostituisce mai una sessione; scegli un nuovo nome.</translation>
    </message>
    <message>
        <source>{term}: {meaning}</source>
        <translation>{term}: {meaning}</translation>
    </message>
    <message>
        <source>{title} — snapshot</source>
        <translation>{title} — istantanea</translation>
    </message>
    <message>
        <source>{title} — snapshot pack</source>
        <translation>{title} — pacchetto di istantanee</translation>
    </message>
    <message>
        <source>{title} — workshop report</source>
        <translation>{title} — report del workshop</translation>
    </message>
    <message>
        <source>{value} {label}  ({n} rel.)</source>
        <translation>{value} {label}  ({n} rel.)</translation>
    </message>
    <message>
        <source>{work} by {names}</source>
        <translation>{work} da parte di {names}</translation>
    </message>
    <message>
        <source>— does not orchestrate —</source>
        <translation>— non orchestra —</translation>
    </message>
    <message>
        <source>— interoperability not known —</source>
        <translation>— interoperabilità non nota —</translation>
    </message>
    <message>
        <source>— nobody (a note)</source>
        <translation>— nessuno (una nota)</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— non associato —</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— non registrato —</translation>
    </message>
    <message>
        <source>“{name}” is already open for editing in another window.</source>
        <translation>«{name}» è già aperta per la modifica in un'altra finestra.</translation>
    </message>
    <message>
        <source>“{name}” is open for editing in another window ({who}). Close it there, then restore again. Nothing was changed.</source>
        <translation>«{name}» è aperta per la modifica in un'altra finestra ({who}). Chiudila lì, poi ripeti il ripristino. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <source>… and {more} more relations where the votes differ</source>
        <translation>… e altre {more} relazioni in cui i voti differiscono</translation>
    </message>
    <message>
        <source>… {n} more</source>
        <translation>… altri {n}</translation>
    </message>
    <message>
        <source>≠ Votes differ by {spread} steps: worth talking about</source>
        <translation>≠ I voti differiscono di {spread} livelli: vale la pena parlarne</translation>
    </message>
    <message>
        <source>┆ dashed line = phase on the map</source>
        <translation>┆ linea tratteggiata = fase sulla mappa</translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation>▲ Avviso</translation>
    </message>
    <message>
        <source>▲ Warnings: {here} here</source>
        <translation>▲ Avvisi: {here} qui</translation>
    </message>
    <message>
        <source>▲ Warnings: {here} here · {elsewhere}</source>
        <translation>▲ Avvisi: {here} qui · {elsewhere}</translation>
    </message>
    <message>
        <source>▲ Warnings: {n}</source>
        <translation>▲ Avvisi: {n}</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Indietro</translation>
    </message>
    <message>
        <source>◀ Previous phase</source>
        <translation>◀ Fase precedente</translation>
    </message>
    <message>
        <source>◆ a source's levels</source>
        <translation>◆ livelli di una fonte</translation>
    </message>
    <message>
        <source>◆ A source's levels: trust {trust} · commitment {commitment} · interdependence {interdependence} (beside the room's, not in its median)</source>
        <translation>◆ Livelli di una fonte: fiducia {trust} · impegno {commitment} · interdipendenza {interdependence} (accanto a quelli della sala, non nella sua mediana)</translation>
    </message>
    <message>
        <source>◆ Class a source states: {classes}</source>
        <translation>◆ Classe indicata da una fonte: {classes}</translation>
    </message>
    <message>
        <source>◆ on a line: the levels a source states (colour = trust, size = commitment), never counted in the room's median; ◆coop in a label: the class it states</source>
        <translation>◆ su una linea: i livelli indicati da una fonte (colore = fiducia, dimensione = impegno), mai conteggiati nella mediana della sala; ◆coop in un'etichetta: la classe che indica</translation>
    </message>
    <message>
        <source>◆ Stated for this phase: {stated}</source>
        <translation>◆ Indicato per questa fase: {stated}</translation>
    </message>
    <message>
        <source>◆ Stated {scope}: {what}</source>
        <translation>◆ Indicato {scope}: {what}</translation>
    </message>
    <message>
        <source>◆ Stated: {what}</source>
        <translation>◆ Indicato: {what}</translation>
    </message>
    <message>
        <source>● Info</source>
        <translation>● Info</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Inviato</translation>
    </message>
    <message>
        <source>✓ shown on the wall · ○ not yet · click a step to jump to it</source>
        <translation>✓ mostrato sulla parete · ○ non ancora · fai clic su un passo per andarci</translation>
    </message>
</context>
</TS>
