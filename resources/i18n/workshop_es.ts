<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_GB">
<context>
    <name>Workshop</name>
    <message>
        <source>
… and {n} more</source>
        <translation>
… y {n} más</translation>
    </message>
    <message>
        <source>  (this window)</source>
        <translation>  (esta ventana)</translation>
    </message>
    <message>
        <source>  New relations: </source>
        <translation>  Relaciones nuevas: </translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (continuación)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [solo lectura]</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> fotogramas/s</translation>
    </message>
    <message>
        <source> — who takes part, facts</source>
        <translation> — quién participa, hechos</translation>
    </message>
    <message>
        <source>"{decision}" ({kind}, {phase})</source>
        <translation>«{decision}» ({kind}, {phase})</translation>
    </message>
    <message>
        <source>% of its relations</source>
        <translation>% de sus relaciones</translation>
    </message>
    <message>
        <source>% of relations</source>
        <translation>% de las relaciones</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>Ac&amp;tores</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>&amp;Fases</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Puntuación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>(about {about})</source>
        <translation>(sobre {about})</translation>
    </message>
    <message>
        <source>(click a phase column to show it)</source>
        <translation>(haga clic en una columna de fase para mostrarla)</translation>
    </message>
    <message>
        <source>(click to unfold or fold the quote and the reason)</source>
        <translation>(haga clic para desplegar o plegar la cita y el motivo)</translation>
    </message>
    <message>
        <source>(info)</source>
        <translation>(info)</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(ninguno indicado)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>+ Phase</source>
        <translation>+ Fase</translation>
    </message>
    <message>
        <source>, not described in {n}</source>
        <translation>, no descrito en {n}</translation>
    </message>
    <message>
        <source>002 reads 3C per governance level: tick who sits in each forum in the phase shown.</source>
        <translation>002 lee las 3C por nivel de gobernanza: marque quién participa en cada foro en la fase mostrada.</translation>
    </message>
    <message>
        <source>004 reads openness wider than open data: open, closed or held by a vendor, and whether systems share standards.</source>
        <translation>004 entiende la apertura en un sentido más amplio que los datos abiertos: abierta, cerrada o en manos de un proveedor, y si los sistemas comparten estándares.</translation>
    </message>
    <message>
        <source>004: one body orchestrates (individual) or several together (collective)</source>
        <translation>004: un organismo orquesta (individual) o varios juntos (colectiva)</translation>
    </message>
    <message>
        <source>004: open, closed, or held by a vendor (wider than open data)</source>
        <translation>004: abierta, cerrada o en manos de un proveedor (más amplio que los datos abiertos)</translation>
    </message>
    <message>
        <source>1 v. low</source>
        <translation>1 muy bajo</translation>
    </message>
    <message>
        <source>1 very low</source>
        <translation>1 muy bajo</translation>
    </message>
    <message>
        <source>1-5 (as the app)</source>
        <translation>1-5 (como la aplicación)</translation>
    </message>
    <message>
        <source>150 dpi suits a handout or slides, 300 dpi a printed poster</source>
        <translation>150 ppp sirve para un folleto o diapositivas, 300 ppp para un póster impreso</translation>
    </message>
    <message>
        <source>1–5 score the marked cell and move on · Backspace clears it · Shift+Tab previous person · click a cell to correct it</source>
        <translation>1–5 puntúa la celda marcada y avanza · Backspace la borra · Shift+Tab persona anterior · haga clic en una celda para corregirla</translation>
    </message>
    <message>
        <source>2 low</source>
        <translation>2 bajo</translation>
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
        <translation>Clase 3C</translation>
    </message>
    <message>
        <source>3C classes</source>
        <translation>Clases 3C</translation>
    </message>
    <message>
        <source>3C rule and source levels</source>
        <translation>Regla 3C y niveles de fuente</translation>
    </message>
    <message>
        <source>3C rule and source levels…</source>
        <translation>Regla 3C y niveles de fuente…</translation>
    </message>
    <message>
        <source>3C: hidden until the votes are revealed (V)</source>
        <translation>3C: oculto hasta que se revelen los votos (V)</translation>
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
        <translation>3C: – (puntúe las tres)</translation>
    </message>
    <message>
        <source>4 high</source>
        <translation>4 alto</translation>
    </message>
    <message>
        <source>5 v. high</source>
        <translation>5 muy alto</translation>
    </message>
    <message>
        <source>5 very high</source>
        <translation>5 muy alto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt; in {phase}: {alphas}</source>
        <translation>&lt;b&gt;Concordancia&lt;/b&gt; en {phase}: {alphas}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the room now&lt;/b&gt; ({framework} · {source}):&lt;br&gt;{text}</source>
        <translation>&lt;b&gt;Ante la sala ahora&lt;/b&gt; ({framework} · {source}):&lt;br&gt;{text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase: {name}&lt;/b&gt;&lt;br&gt;Which relations?</source>
        <translation>&lt;b&gt;Fase: {name}&lt;/b&gt;&lt;br&gt;¿Qué relaciones?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where should phones connect?&lt;/b&gt;&lt;br&gt;Pick this laptop's address on the network the room's phones are on (usually the Wi-Fi). The page is served only on the address you pick, and only while this round is open.</source>
        <translation>&lt;b&gt;¿Dónde deben conectarse los teléfonos?&lt;/b&gt;&lt;br&gt;Elija la dirección de este portátil en la red a la que están conectados los teléfonos de la sala (normalmente la wifi). La página solo se sirve en la dirección que elija y solo mientras esta ronda esté abierta.</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt; ({reason})</source>
        <translation>&lt;i&gt;indefinido&lt;/i&gt; ({reason})</translation>
    </message>
    <message>
        <source>&lt;span style='color:{colour}; font-size:16pt'&gt;■&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;span style='color:#555'&gt;· {kind}, {scale} · in {here} of {n} phases{unknown}&lt;/span&gt;</source>
        <translation>&lt;span style='color:{colour}; font-size:16pt'&gt;■&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;span style='color:#555'&gt;· {kind}, {scale} · en {here} de {n} fases{unknown}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A  this session, {name}</source>
        <translation>A  esta sesión, {name}</translation>
    </message>
    <message>
        <source>A decision on the timeline of this phase (specifications fixed, plan adopted...): shown under the phase slider</source>
        <translation>Una decisión en la cronología de esta fase (especificaciones fijadas, plan aprobado...): se muestra bajo el control deslizante de fases</translation>
    </message>
    <message>
        <source>a name or a workshop</source>
        <translation>un nombre o un taller</translation>
    </message>
    <message>
        <source>A new source</source>
        <translation>Una fuente nueva</translation>
    </message>
    <message>
        <source>A PDF to hand to every participant</source>
        <translation>Un PDF para entregar a cada participante</translation>
    </message>
    <message>
        <source>a recognised mandate or capacity to act in a field</source>
        <comment>ability help</comment>
        <translation>un mandato reconocido o capacidad de actuar en un ámbito</translation>
    </message>
    <message>
        <source>A short quote, word for word</source>
        <translation>Una cita breve, palabra por palabra</translation>
    </message>
    <message>
        <source>A stated source needs the document it is stated in.</source>
        <translation>Una fuente declarada necesita el documento en el que se declara.</translation>
    </message>
    <message>
        <source>A tension names two dimensions two levels apart, e.g. “{example}”.</source>
        <translation>Una tensión nombra dos dimensiones separadas por dos niveles, p. ej., «{example}».</translation>
    </message>
    <message>
        <source>A Word or PDF report for the people who commissioned the workshop</source>
        <translation>Un informe en Word o PDF para quienes encargaron el taller</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>About this project</source>
        <translation>Sobre este proyecto</translation>
    </message>
    <message>
        <source>about {about}</source>
        <translation>sobre {about}</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>presence</comment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>absent in this phase</source>
        <translation>ausente en esta fase</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Academia</source>
        <comment>actor type</comment>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept every suggestion of the selected canonical actors</source>
        <translation>Aceptar todas las sugerencias de los actores canónicos seleccionados</translation>
    </message>
    <message>
        <source>Accept group</source>
        <translation>Aceptar grupo</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Across phases</source>
        <translation>Entre fases</translation>
    </message>
    <message>
        <source>Across phases: {values}</source>
        <translation>Entre fases: {values}</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>relation state</comment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Active relations</source>
        <translation>Relaciones activas</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message numerus="yes">
        <source>actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>actor</numerusform>
            <numerusform>actores</numerusform>
        </translation>
    </message>
    <message>
        <source>actor entered</source>
        <translation>actor que entra</translation>
    </message>
    <message>
        <source>Actor in the workshop</source>
        <translation>Actor en el taller</translation>
    </message>
    <message>
        <source>actor left (shown faded)</source>
        <translation>actor que sale (atenuado)</translation>
    </message>
    <message>
        <source>Actor left between phases: who left and why?</source>
        <translation>Un actor se fue entre fases: ¿quién se fue y por qué?</translation>
    </message>
    <message numerus="yes">
        <source>actor position</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>posición de actor</numerusform>
            <numerusform>posiciones de actor</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor story</source>
        <translation>Historia del actor</translation>
    </message>
    <message>
        <source>actor type</source>
        <translation>tipo de actor</translation>
    </message>
    <message>
        <source>Actor type:</source>
        <translation>Tipo de actor:</translation>
    </message>
    <message>
        <source>Actor type: shape, glyph and colour</source>
        <translation>Tipo de actor: forma, glifo y color</translation>
    </message>
    <message>
        <source>Actor types</source>
        <translation>Tipos de actor</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>actores</translation>
    </message>
    <message>
        <source>Actors matched by normalised name and type: {name}</source>
        <translation>Actores emparejados por nombre normalizado y tipo: {name}</translation>
    </message>
    <message>
        <source>Actors matched through {name}: {register} by its register, {name2} by name and type</source>
        <translation>Actores emparejados mediante {name}: {register} por su registro, {name2} por nombre y tipo</translation>
    </message>
    <message>
        <source>Actors on most shortest paths between others:</source>
        <translation>Actores presentes en la mayoría de los caminos más cortos entre otros:</translation>
    </message>
    <message>
        <source>Actors present</source>
        <translation>Actores presentes</translation>
    </message>
    <message>
        <source>Actors present, by scale</source>
        <translation>Actores presentes, por escala</translation>
    </message>
    <message>
        <source>Actors present, by type</source>
        <translation>Actores presentes, por tipo</translation>
    </message>
    <message>
        <source>acts for a community or the public interest</source>
        <comment>role help</comment>
        <translation>actúa en nombre de una comunidad o del interés público</translation>
    </message>
    <message>
        <source>Add a custom role and press Enter</source>
        <translation>Añada un rol personalizado y pulse Enter</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Añadir una fase</translation>
    </message>
    <message>
        <source>Add a phase after the last one</source>
        <translation>Añadir una fase después de la última</translation>
    </message>
    <message>
        <source>Add a second phase to compare phases.</source>
        <translation>Añada una segunda fase para comparar fases.</translation>
    </message>
    <message>
        <source>Add arena</source>
        <translation>Añadir arena</translation>
    </message>
    <message>
        <source>Add decision point</source>
        <translation>Añadir punto de decisión</translation>
    </message>
    <message>
        <source>Add decision point in {name}…</source>
        <translation>Añadir punto de decisión en {name}…</translation>
    </message>
    <message>
        <source>Add decision point…</source>
        <translation>Añadir punto de decisión…</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Añadir fase</translation>
    </message>
    <message>
        <source>Add phase…</source>
        <translation>Añadir fase…</translation>
    </message>
    <message>
        <source>Add sessions; a session whose file changed replaces its earlier rows, an unchanged one is left as it is</source>
        <translation>Añadir sesiones; una sesión cuyo archivo haya cambiado sustituye sus filas anteriores y una sin cambios se deja como está</translation>
    </message>
    <message>
        <source>Add sessions…</source>
        <translation>Añadir sesiones…</translation>
    </message>
    <message>
        <source>Add the session open in the window (read from its file)</source>
        <translation>Añadir la sesión abierta en la ventana (leída de su archivo)</translation>
    </message>
    <message>
        <source>Add this session</source>
        <translation>Añadir esta sesión</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>Adding sessions…</source>
        <translation>Añadiendo sesiones…</translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>Añadiendo {name}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Addresses the phones can reach</source>
        <translation>Direcciones a las que pueden llegar los teléfonos</translation>
    </message>
    <message>
        <source>Adds a byte order mark and puts ' before text a spreadsheet would run as a formula; leave it off for R, pandas or another program, which read the text exactly as typed</source>
        <translation>Añade una marca de orden de bytes y pone ' delante del texto que una hoja de cálculo ejecutaría como fórmula; déjelo desactivado para R, pandas u otro programa, que leen el texto tal como se escribió</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>Agreement</source>
        <comment>relation kind</comment>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>alignment with the project's goal</source>
        <comment>presence fact</comment>
        <translation>alineación con el objetivo del proyecto</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Todos los actores</translation>
    </message>
    <message>
        <source>All funding from one source: what happens if it stops?</source>
        <translation>Toda la financiación de una sola fuente: ¿qué pasa si se interrumpe?</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Todas las fases</translation>
    </message>
    <message>
        <source>All phases side by side</source>
        <translation>Todas las fases en paralelo</translation>
    </message>
    <message>
        <source>All phases side by side — {title}</source>
        <translation>Todas las fases en paralelo — {title}</translation>
    </message>
    <message>
        <source>All phases: one picture per phase, named after the phase.</source>
        <translation>Todas las fases: una imagen por fase, con el nombre de la fase.</translation>
    </message>
    <message>
        <source>All relations in this phase</source>
        <comment>round relations</comment>
        <translation>Todas las relaciones de esta fase</translation>
    </message>
    <message>
        <source>all three are high: joint planning and action, shared power; costly and hard to keep</source>
        <comment>3C class help</comment>
        <translation>las tres son altas: planificación y acción conjuntas, poder compartido; costosa y difícil de mantener</translation>
    </message>
    <message>
        <source>All votes are in — Enter for the next question.</source>
        <translation>Ya están todos los votos — Enter para la siguiente pregunta.</translation>
    </message>
    <message>
        <source>All votes are in — Enter for the next relation.</source>
        <translation>Ya están todos los votos — Enter para la siguiente relación.</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>ya está actualizado</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen item; drag to move it too</source>
        <translation>Alt+Up y Alt+Down mueven el elemento elegido; también puede arrastrarlo para moverlo</translation>
    </message>
    <message>
        <source>An actor is absent in this phase, so the relation is not at work.</source>
        <translation>Un actor está ausente en esta fase, así que la relación no está en funcionamiento.</translation>
    </message>
    <message>
        <source>An actor is not described in this phase, so neither is the relation.</source>
        <translation>Un actor no está descrito en esta fase, así que la relación tampoco.</translation>
    </message>
    <message>
        <source>An inferred source needs the reason for the inference.</source>
        <translation>Una fuente inferida necesita el motivo de la inferencia.</translation>
    </message>
    <message>
        <source>Animate phase changes</source>
        <translation>Animar los cambios de fase</translation>
    </message>
    <message>
        <source>Animated GIF of the change across phases</source>
        <translation>GIF animado del cambio a lo largo de las fases</translation>
    </message>
    <message numerus="yes">
        <source>another phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>otra fase</numerusform>
            <numerusform>otras fases</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer of the person asked</source>
        <translation>Respuesta de la persona consultada</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Cualquier fase</translation>
    </message>
    <message>
        <source>Anyone who can reach this address could try the join code.</source>
        <translation>Cualquiera que pueda llegar a esta dirección podría probar el código de acceso.</translation>
    </message>
    <message>
        <source>Apply the decisions of an edited mapping (all or none)</source>
        <translation>Aplicar las decisiones de una correspondencia editada (todas o ninguna)</translation>
    </message>
    <message>
        <source>Are roles, rules and accountability written down well enough to survive a change of government?</source>
        <translation>¿Están los roles, las reglas y la rendición de cuentas lo bastante plasmados por escrito como para sobrevivir a un cambio de gobierno?</translation>
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
        <translation>Arenas</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <source>Arrange actors: {lens}</source>
        <translation>Organizar actores: {lens}</translation>
    </message>
    <message>
        <source>Arrange {unplaced_actors}: {lens}</source>
        <translation>Organizar {unplaced_actors}: {lens}</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>tal como está escrito</translation>
    </message>
    <message>
        <source>Ask every participant to score relations one by one</source>
        <translation>Pedir a cada participante que puntúe las relaciones una por una</translation>
    </message>
    <message>
        <source>asked for views, no decision power</source>
        <comment>role help</comment>
        <translation>se le pide opinión, sin poder de decisión</translation>
    </message>
    <message>
        <source>asking for views without handing over decision power</source>
        <comment>relation kind help</comment>
        <translation>pedir opiniones sin ceder el poder de decisión</translation>
    </message>
    <message>
        <source>Asking: {name} — {dimension}</source>
        <translation>Preguntando: {name} — {dimension}</translation>
    </message>
    <message>
        <source>Assemblage Workshop — presentation</source>
        <translation>Assemblage Workshop — presentación</translation>
    </message>
    <message>
        <source>Attach to selection</source>
        <translation>Vincular a la selección</translation>
    </message>
    <message>
        <source>Attach to selection (select one actor or relation)</source>
        <translation>Vincular a la selección (seleccione un actor o una relación)</translation>
    </message>
    <message>
        <source>Attach to {subject}</source>
        <translation>Vincular a {subject}</translation>
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
        <translation>Copias de seguridad de &lt;b&gt;{name}&lt;/b&gt;, de la más reciente a la más antigua. Se hace una al abrir la sesión y otra cada {minutes} minutos mientras edita.&lt;br&gt;Restaurar sustituye la sesión por la copia elegida; antes se guarda una copia de la versión actual, para que pueda volver a ella.</translation>
    </message>
    <message>
        <source>Bears costs</source>
        <translation>Asume costes</translation>
    </message>
    <message>
        <source>bears costs: {costs}</source>
        <translation>asume costes: {costs}</translation>
    </message>
    <message>
        <source>because {reason}</source>
        <translation>porque {reason}</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Pasa a ser</translation>
    </message>
    <message>
        <source>being scored now</source>
        <translation>puntuándose ahora</translation>
    </message>
    <message>
        <source>Between {a} and {b}</source>
        <translation>Entre {a} y {b}</translation>
    </message>
    <message>
        <source>Beyond the map</source>
        <translation>Más allá del mapa</translation>
    </message>
    <message>
        <source>Black, white and yellow on the wall, thick lines and larger text (for a washed-out projector or low vision)</source>
        <translation>Negro, blanco y amarillo en la pared, líneas gruesas y texto más grande (para un proyector desvaído o baja visión)</translation>
    </message>
    <message numerus="yes">
        <source>blank line</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>línea en blanco</numerusform>
            <numerusform>líneas en blanco</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind round: the votes are revealed — the room discusses the spread.</source>
        <translation>Ronda a ciegas: se revelan los votos — la sala comenta la dispersión.</translation>
    </message>
    <message>
        <source>Blind: hide the votes until everyone has voted (V reveals them sooner)</source>
        <translation>A ciegas: ocultar los votos hasta que todos hayan votado (V los revela antes)</translation>
    </message>
    <message>
        <source>Blind: the votes are hidden until everyone has answered (✓ = answered).</source>
        <translation>A ciegas: los votos están ocultos hasta que todos hayan respondido (✓ = respondido).</translation>
    </message>
    <message>
        <source>bodies that broker, convene or run a programme between others: foundations, PPPs, innovation agencies, advisory boards</source>
        <comment>actor type help</comment>
        <translation>organismos que intermedian, convocan o gestionan un programa entre otros: fundaciones, asociaciones público-privadas, agencias de innovación, consejos asesores</translation>
    </message>
    <message>
        <source>Bring all actors into this phase</source>
        <translation>Traer todos los actores a esta fase</translation>
    </message>
    <message>
        <source>Bring selected actors into this phase</source>
        <translation>Traer los actores seleccionados a esta fase</translation>
    </message>
    <message>
        <source>brokers links between others without owning the project</source>
        <comment>role help</comment>
        <translation>intermedia vínculos entre otros sin ser dueño del proyecto</translation>
    </message>
    <message>
        <source>Building the corpus…</source>
        <translation>Construyendo el corpus…</translation>
    </message>
    <message>
        <source>builds apps, services or businesses on the project</source>
        <comment>role help</comment>
        <translation>desarrolla aplicaciones, servicios o negocios sobre el proyecto</translation>
    </message>
    <message>
        <source>builds or delivers a system, service, dataset or technology</source>
        <comment>role help</comment>
        <translation>construye o presta un sistema, servicio, conjunto de datos o tecnología</translation>
    </message>
    <message>
        <source>Bureaucrat</source>
        <comment>role</comment>
        <translation>Burócrata</translation>
    </message>
    <message>
        <source>By &amp;type</source>
        <translation>Por &amp;tipo</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>de {author}</translation>
    </message>
    <message>
        <source>C</source>
        <comment>initial of commitment</comment>
        <translation>Comp.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot arrange</source>
        <translation>No se puede organizar</translation>
    </message>
    <message>
        <source>Cannot create session</source>
        <translation>No se puede crear la sesión</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>No se puede crear la sesión</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>Cannot start the round</source>
        <translation>No se puede iniciar la ronda</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>No se puede usar esta plantilla</translation>
    </message>
    <message>
        <source>Canonical actor</source>
        <translation>Actor canónico</translation>
    </message>
    <message>
        <source>Canonical actor for {selected_actors} (pick one or type a new name):</source>
        <translation>Actor canónico para {selected_actors} (elija uno o escriba un nombre nuevo):</translation>
    </message>
    <message>
        <source>champions the vision and persuades others to join</source>
        <comment>role help</comment>
        <translation>defiende la visión y convence a otros para que se sumen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message numerus="yes">
        <source>change</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>cambio</numerusform>
            <numerusform>cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Change 3C settings</source>
        <translation>Cambiar los ajustes de 3C</translation>
    </message>
    <message>
        <source>Change a score to send again.</source>
        <translation>Cambie una puntuación para enviar de nuevo.</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>Changes between the two phases</source>
        <translation>Cambios entre las dos fases</translation>
    </message>
    <message>
        <source>Charts of the network metrics, one point per phase</source>
        <translation>Gráficos de las métricas de red, un punto por fase</translation>
    </message>
    <message>
        <source>Choose a session to compare this one with.</source>
        <translation>Elija una sesión con la que comparar esta.</translation>
    </message>
    <message>
        <source>Choose a template and a file name.</source>
        <translation>Elija una plantilla y un nombre de archivo.</translation>
    </message>
    <message>
        <source>Choose the session to compare this one with (opened read-only)</source>
        <translation>Elija la sesión con la que comparar esta (se abre en solo lectura)</translation>
    </message>
    <message>
        <source>Choose what each value stands for; the preview shows the result.</source>
        <translation>Elija qué representa cada valor; la vista previa muestra el resultado.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Citar</translation>
    </message>
    <message>
        <source>Cite a new source</source>
        <translation>Citar una fuente nueva</translation>
    </message>
    <message>
        <source>Cite a source ({what})</source>
        <translation>Citar una fuente ({what})</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>Citar…</translation>
    </message>
    <message>
        <source>Citizens</source>
        <comment>actor type</comment>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>Citizens absent from design: will they be consulted only after decisions are made?</source>
        <translation>Ciudadanía ausente del diseño: ¿se la consultará solo cuando ya se hayan tomado las decisiones?</translation>
    </message>
    <message>
        <source>Citizens come in after a decision: could they still change the plan?</source>
        <translation>La ciudadanía entra tras una decisión: ¿podría aún cambiar el plan?</translation>
    </message>
    <message>
        <source>Citizens present without decision power</source>
        <translation>Ciudadanía presente sin poder de decisión</translation>
    </message>
    <message>
        <source>City</source>
        <comment>scale</comment>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Civic agent</source>
        <comment>role</comment>
        <translation>Agente cívico</translation>
    </message>
    <message>
        <source>Civil society</source>
        <comment>actor type</comment>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Civil society and citizens</source>
        <translation>Sociedad civil y ciudadanía</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>Class a source states</source>
        <translation>Clase que declara una fuente</translation>
    </message>
    <message>
        <source>class stated by a source</source>
        <translation>clase declarada por una fuente</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Quitar resaltado</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Borrar marcas</translation>
    </message>
    <message>
        <source>Clear the marked answer</source>
        <translation>Borrar la respuesta marcada</translation>
    </message>
    <message>
        <source>Clear {dim} (not scored)</source>
        <translation>Borrar {dim} (sin puntuar)</translation>
    </message>
    <message>
        <source>Click a decision under the slider</source>
        <translation>Haga clic en una decisión bajo el control deslizante</translation>
    </message>
    <message>
        <source>Click a line to select it on the map.</source>
        <translation>Haga clic en una línea para seleccionarla en el mapa.</translation>
    </message>
    <message>
        <source>Click a line to select it on this session's map.</source>
        <translation>Haga clic en una línea para seleccionarla en el mapa de esta sesión.</translation>
    </message>
    <message>
        <source>Click a phase in the arena chart</source>
        <translation>Haga clic en una fase en el gráfico de arenas</translation>
    </message>
    <message>
        <source>Click a phase to show it on the map</source>
        <translation>Haga clic en una fase para mostrarla en el mapa</translation>
    </message>
    <message>
        <source>Click to edit</source>
        <translation>Haga clic para editar</translation>
    </message>
    <message>
        <source>Click to list {lines_per_group} more</source>
        <translation>Haga clic para mostrar {lines_per_group} más</translation>
    </message>
    <message>
        <source>Click to select it in the earlier phase, where it can still be seen</source>
        <translation>Haga clic para seleccionarlo en la fase anterior, donde aún puede verse</translation>
    </message>
    <message>
        <source>Click to select it in the later phase</source>
        <translation>Haga clic para seleccionarlo en la fase posterior</translation>
    </message>
    <message>
        <source>Click to show phase {i} of {n} on the main canvas</source>
        <translation>Haga clic para mostrar la fase {i} de {n} en el lienzo principal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close phones</source>
        <translation>Cerrar teléfonos</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>openness</comment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Co-creator</source>
        <comment>role</comment>
        <translation>Cocreador</translation>
    </message>
    <message>
        <source>co-designs or co-produces plans or solutions</source>
        <comment>role help</comment>
        <translation>codiseña o coproduce planes o soluciones</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Colaboración</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <comment>3C class</comment>
        <translation>Colaboración</translation>
    </message>
    <message>
        <source>Collaboration everywhere: costly and hard to sustain; where would coordination do?</source>
        <translation>Colaboración en todas partes: costosa y difícil de sostener; ¿dónde bastaría con coordinación?</translation>
    </message>
    <message>
        <source>collaboration if all three are high, cooperation if any is low, else coordination (the weakest dimension limits the class; fits 002's examples)</source>
        <comment>3C rule</comment>
        <translation>colaboración si las tres son altas, cooperación si alguna es baja, si no, coordinación (la dimensión más débil limita la clase; se ajusta a los ejemplos de 002)</translation>
    </message>
    <message>
        <source>collaboration if all three are high, cooperation if the middle level of the three is low, else coordination</source>
        <comment>3C rule</comment>
        <translation>colaboración si las tres son altas, cooperación si el nivel intermedio de las tres es bajo, si no, coordinación</translation>
    </message>
    <message>
        <source>Collective</source>
        <comment>orchestrator form</comment>
        <translation>Colectiva</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>dimension</comment>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Commitment (width):</source>
        <translation>Compromiso (grosor):</translation>
    </message>
    <message>
        <source>Commitment across {phase} is recorded as low</source>
        <translation>El compromiso a lo largo de {phase} está registrado como bajo</translation>
    </message>
    <message>
        <source>Commitment across {phase} is recorded as low ({citation})</source>
        <translation>El compromiso a lo largo de {phase} está registrado como bajo ({citation})</translation>
    </message>
    <message>
        <source>Commitment {commitment} (high) but trust {trust} (low) on {relation} in {phase}.</source>
        <translation>Compromiso {commitment} (alto), pero confianza {trust} (baja) en {relation} durante {phase}.</translation>
    </message>
    <message>
        <source>Compare phases</source>
        <translation>Comparar fases</translation>
    </message>
    <message>
        <source>Compare sessions</source>
        <translation>Comparar sesiones</translation>
    </message>
    <message>
        <source>Compare two phases: who joined, left, changed roles; relations and scores</source>
        <translation>Comparar dos fases: quién se sumó, quién salió, quién cambió de rol; relaciones y puntuaciones</translation>
    </message>
    <message>
        <source>Compare with another &amp;session…</source>
        <translation>Comparar con otra &amp;sesión…</translation>
    </message>
    <message>
        <source>Compare with another session</source>
        <translation>Comparar con otra sesión</translation>
    </message>
    <message>
        <source>Competences</source>
        <comment>ability</comment>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>considerable</source>
        <translation>considerable</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>relation kind</comment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Consulted</source>
        <comment>role</comment>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <comment>decision kind</comment>
        <translation>Contrato firmado</translation>
    </message>
    <message>
        <source>contributes specialised know-how, advice, standards or training</source>
        <comment>role help</comment>
        <translation>aporta conocimientos especializados, asesoramiento, estándares o formación</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <comment>3C class</comment>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Coordination</source>
        <comment>3C class</comment>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>role</comment>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Copy presence and roles from the previous phase</source>
        <translation>Copiar presencia y roles de la fase anterior</translation>
    </message>
    <message>
        <source>Corpus not changed</source>
        <translation>Corpus sin cambios</translation>
    </message>
    <message>
        <source>Corpus not opened</source>
        <translation>Corpus no abierto</translation>
    </message>
    <message>
        <source>Corpus not read</source>
        <translation>Corpus no leído</translation>
    </message>
    <message>
        <source>Correct and cite source</source>
        <translation>Corregir y citar la fuente</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>No se pudo rehacer</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>covenants, contracts, charters, declarations, joint plans</source>
        <comment>relation kind help</comment>
        <translation>convenios, contratos, cartas, declaraciones, planes conjuntos</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Creating</source>
        <comment>work aim</comment>
        <translation>Creación</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CSV tables (a folder of files)</source>
        <translation>Tablas CSV (una carpeta de archivos)</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Cultural</translation>
    </message>
    <message>
        <source>Cultural work (beliefs, norms, identities)</source>
        <comment>work kind</comment>
        <translation>Trabajo cultural (creencias, normas, identidades)</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Rol personalizado</translation>
    </message>
    <message>
        <source>custom role</source>
        <translation>rol personalizado</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>relation kind</comment>
        <translation>Datos</translation>
    </message>
    <message>
        <source>data flows and data standards</source>
        <comment>relation kind help</comment>
        <translation>flujos de datos y estándares de datos</translation>
    </message>
    <message>
        <source>Data openness (004)</source>
        <translation>Apertura de datos (004)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididos</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decidido por:</translation>
    </message>
    <message numerus="yes">
        <source>decided match</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>correspondencia decidida</numerusform>
            <numerusform>correspondencias decididas</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided on the way: {decisions}</source>
        <translation>Decidido por el camino: {decisions}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>relation kind</comment>
        <translation>Decisión</translation>
    </message>
    <message numerus="yes">
        <source>decision</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>decisión</numerusform>
            <numerusform>decisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision maker</source>
        <comment>role</comment>
        <translation>Decisor</translation>
    </message>
    <message>
        <source>Decision missing</source>
        <translation>Falta la decisión</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Decisión no guardada</translation>
    </message>
    <message>
        <source>Decisions in this phase</source>
        <translation>Decisiones en esta fase</translation>
    </message>
    <message>
        <source>Decisions on the way</source>
        <translation>Decisiones por el camino</translation>
    </message>
    <message>
        <source>decisive</source>
        <translation>decisiva</translation>
    </message>
    <message>
        <source>Degree centralisation</source>
        <translation>Centralización de grado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete actors</source>
        <translation>Eliminar actores</translation>
    </message>
    <message>
        <source>Delete arena</source>
        <translation>Eliminar arena</translation>
    </message>
    <message>
        <source>Delete decision point</source>
        <translation>Eliminar punto de decisión</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Eliminar fase</translation>
    </message>
    <message>
        <source>Delete the phase “{name}”?

It records {actors} taking part and {votes}. You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar la fase «{name}»?

Registra la participación de {actors} y {votes}. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete the selected actors or relations</source>
        <translation>Eliminar los actores o relaciones seleccionados</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>Eliminar {items}</translation>
    </message>
    <message>
        <source>Delete {names}{more} with all their relations, roles and scores in every phase?
You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar {names}{more} con todas sus relaciones, roles y puntuaciones en todas las fases?
Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name} and their {votes} in every phase?
Their quotes stay, without a name. You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar a {name} y sus {votes} en todas las fases?
Sus citas se conservan, sin nombre. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name} with its {memberships} in every phase?
You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar {name} con sus {memberships} en todas las fases?
Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <source>Dependence on a single partner</source>
        <translation>Dependencia de un único socio</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivada</translation>
    </message>
    <message>
        <source>Derived per relation and phase from the three medians (the rule is ours; higher is not better):</source>
        <translation>Derivada por relación y fase a partir de las tres medianas (la regla es nuestra; más alto no es mejor):</translation>
    </message>
    <message>
        <source>Described again</source>
        <translation>Descrito de nuevo</translation>
    </message>
    <message>
        <source>described again</source>
        <translation>descrito de nuevo</translation>
    </message>
    <message>
        <source>Described again (not described in the first phase)</source>
        <translation>Descrito de nuevo (no descrito en la primera fase)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Design</source>
        <comment>phase</comment>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>difference</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>diferencia</numerusform>
            <numerusform>diferencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences between the two sessions</source>
        <translation>Diferencias entre las dos sesiones</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>Dirigida</translation>
    </message>
    <message>
        <source>Disrupting</source>
        <comment>work aim</comment>
        <translation>Disrupción</translation>
    </message>
    <message>
        <source>Do partners understand each other's aims well enough to trust each other? Who vouches for the project inside their own organisation?</source>
        <translation>¿Entienden los socios los objetivos de los demás lo bastante bien como para confiar entre sí? ¿Quién avala el proyecto dentro de su propia organización?</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Donor</source>
        <comment>role</comment>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Double-click a cell to write it; one edit per cell.</source>
        <translation>Haga doble clic en una celda para escribir en ella; una edición por celda.</translation>
    </message>
    <message>
        <source>Double-click a name or organisation to change it. Votes are kept per participant; the canvas shows the median of everybody's votes.</source>
        <translation>Haga doble clic en un nombre u organización para cambiarlo. Los votos se guardan por participante; el lienzo muestra la mediana de los votos de todos.</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>Doble clic para renombrar</translation>
    </message>
    <message>
        <source>Double-click, or press Show me, to see it on the map</source>
        <translation>Haga doble clic, o pulse Mostrar, para verlo en el mapa</translation>
    </message>
    <message>
        <source>Double-helix set-up: deliberate? (not wrong in itself)</source>
        <translation>Configuración de doble hélice: ¿deliberada? (no es errónea en sí misma)</translation>
    </message>
    <message>
        <source>Drag a name in the influence grid</source>
        <translation>Arrastre un nombre en la cuadrícula de influencia</translation>
    </message>
    <message>
        <source>Drag from one actor to another to draw a relation (or Shift+drag)</source>
        <translation>Arrastre de un actor a otro para trazar una relación (o Shift+arrastrar)</translation>
    </message>
    <message>
        <source>Drag or click to move through the phases (PageUp / PageDown)</source>
        <translation>Arrastre o haga clic para recorrer las fases (PageUp / PageDown)</translation>
    </message>
    <message>
        <source>Drag to another cell to change both</source>
        <translation>Arrastre a otra celda para cambiar ambos</translation>
    </message>
    <message>
        <source>Drag to move the map; pinch, Ctrl+wheel or the + and − buttons zoom; ⤢ shows the whole map.</source>
        <translation>Arrastre para mover el mapa; pellizque, use Ctrl+rueda o los botones + y − para acercar o alejar; ⤢ muestra todo el mapa.</translation>
    </message>
    <message>
        <source>Drags move actors in the current phase only (or hold Alt while dragging)</source>
        <translation>Al arrastrar, los actores se mueven solo en la fase actual (o mantenga Alt mientras arrastra)</translation>
    </message>
    <message>
        <source>Drags now move actors in this phase only; switch off in Actors ▸ Move in this phase only.</source>
        <translation>Ahora, al arrastrar, los actores se mueven solo en esta fase; desactívelo en Actores ▸ Mover solo en esta fase.</translation>
    </message>
    <message>
        <source>During a scoring round</source>
        <translation>Durante una ronda de puntuación</translation>
    </message>
    <message>
        <source>e.g. 002, or a file name or citation</source>
        <translation>p. ej., 002, o un nombre de archivo o una cita bibliográfica</translation>
    </message>
    <message>
        <source>e.g. 2019-03 or spring 2019 (optional)</source>
        <translation>p. ej., 2019-03 o primavera de 2019 (opcional)</translation>
    </message>
    <message>
        <source>e.g. Pilot in two districts</source>
        <translation>p. ej., Piloto en dos distritos</translation>
    </message>
    <message>
        <source>e.g. public-private partnership</source>
        <translation>p. ej., asociación público-privada</translation>
    </message>
    <message>
        <source>e.g. Tender specifications fixed</source>
        <translation>p. ej., Pliego de condiciones fijado</translation>
    </message>
    <message>
        <source>Each actor type has its own box shape and glyph as well as a colour. Scores are the median of the participants' votes on a 1–5 scale (1–2 low, 3 medium, 4–5 high); line colour = trust (orange low, grey medium, violet high), line width = commitment. Higher is not better: the colours are deliberately not red-to-green. The ≠ badge marks a relation where the votes differ by two steps or more: worth talking about. The label on a relation gives its kind and, once all three dimensions are scored, its 3C class (coop = cooperation, coord = coordination, collab = collaboration).</source>
        <translation>Cada tipo de actor tiene su propia forma de recuadro y su glifo, además de un color. Las puntuaciones son la mediana de los votos de los participantes en una escala de 1–5 (1–2 bajo, 3 medio, 4–5 alto); color de la línea = confianza (naranja bajo, gris medio, violeta alto), grosor de la línea = compromiso. Más alto no es mejor: los colores, a propósito, no van del rojo al verde. La insignia ≠ marca una relación en la que los votos difieren en dos pasos o más: conviene comentarlo. La etiqueta de una relación indica su tipo y, cuando las tres dimensiones están puntuadas, su clase 3C (coop = cooperación, coord = coordinación, collab = colaboración).</translation>
    </message>
    <message>
        <source>Each arena's 3C class</source>
        <translation>Clase 3C de cada arena</translation>
    </message>
    <message>
        <source>Each phase held for two seconds, then the map turns into the next one, as the screen's morph does; with the title, phase and legend.</source>
        <translation>Cada fase se muestra dos segundos y luego el mapa se transforma en la siguiente, como en la transición de la pantalla; con el título, la fase y la leyenda.</translation>
    </message>
    <message numerus="yes">
        <source>edge sheet</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>hoja de aristas</numerusform>
            <numerusform>hojas de aristas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edit</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>edición</numerusform>
            <numerusform>ediciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit decision point</source>
        <translation>Editar punto de decisión</translation>
    </message>
    <message>
        <source>Edit decision point…</source>
        <translation>Editar punto de decisión…</translation>
    </message>
    <message>
        <source>Edit not possible</source>
        <translation>Edición no posible</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Edit or change the source ({what})</source>
        <translation>Editar o cambiar la fuente ({what})</translation>
    </message>
    <message>
        <source>Edit or delete it; right-click to add one in that phase</source>
        <translation>Edítelo o elimínelo; clic derecho para añadir uno en esa fase</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Editar fuente…</translation>
    </message>
    <message>
        <source>Edit the sequence…</source>
        <translation>Editar la secuencia…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Terminar ronda</translation>
    </message>
    <message>
        <source>End the round (asks first)</source>
        <translation>Terminar la ronda (pregunta antes)</translation>
    </message>
    <message>
        <source>End the scoring round</source>
        <translation>Terminar la ronda de puntuación</translation>
    </message>
    <message>
        <source>End this scoring round? Every vote given so far is kept.</source>
        <translation>¿Terminar esta ronda de puntuación? Se conservan todos los votos emitidos hasta ahora.</translation>
    </message>
    <message>
        <source>Ended relations</source>
        <translation>Relaciones terminadas</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter the join code</source>
        <translation>Introduzca el código de acceso</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <comment>role</comment>
        <translation>Emprendedor</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Esc or F1 closes this sheet.</source>
        <translation>Esc o F1 cierra esta hoja.</translation>
    </message>
    <message>
        <source>Every data format with a codebook, in one folder</source>
        <translation>Todos los formatos de datos con un libro de códigos, en una carpeta</translation>
    </message>
    <message>
        <source>Every edit is saved</source>
        <translation>Cada edición se guarda</translation>
    </message>
    <message>
        <source>Every prompt was discussed.</source>
        <translation>Se comentaron todas las consignas.</translation>
    </message>
    <message>
        <source>Every relation on the map was scored.</source>
        <translation>Se puntuaron todas las relaciones del mapa.</translation>
    </message>
    <message>
        <source>Every relation scored by two or more people got the same scores.</source>
        <translation>Todas las relaciones puntuadas por dos o más personas recibieron las mismas puntuaciones.</translation>
    </message>
    <message>
        <source>Every shortcut of this window, in large print</source>
        <translation>Todos los atajos de teclado de esta ventana, en letra grande</translation>
    </message>
    <message>
        <source>Every step of every phase; ✓ shown on the wall, ○ not yet. Activate one to show the wall up to it</source>
        <translation>Cada paso de cada fase; ✓ mostrado en la pared, ○ todavía no. Active uno para mostrar la pared hasta ese paso</translation>
    </message>
    <message>
        <source>Everybody who took part in the previous phase takes part here too, with the same roles</source>
        <translation>Todos los que participaron en la fase anterior participan también aquí, con los mismos roles</translation>
    </message>
    <message>
        <source>Excel workbook of the tables</source>
        <translation>Libro de Excel con las tablas</translation>
    </message>
    <message>
        <source>exercises political voice: votes, advocates, holds officials to account</source>
        <comment>role help</comment>
        <translation>ejerce su voz política: vota, aboga, pide cuentas a los cargos públicos</translation>
    </message>
    <message>
        <source>Expecting that what you share will not be used against you</source>
        <translation>Esperar que lo que comparte no se utilice en su contra</translation>
    </message>
    <message>
        <source>expecting that what you share will not be used against you.</source>
        <translation>esperar que lo que comparte no se utilice en su contra.</translation>
    </message>
    <message>
        <source>Expert</source>
        <comment>role</comment>
        <translation>Experto</translation>
    </message>
    <message>
        <source>Expert group</source>
        <comment>arena level</comment>
        <translation>Grupo de expertos</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export &amp;workshop report…</source>
        <translation>Exp&amp;ortar informe del taller…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Export not available</source>
        <translation>Exportación no disponible</translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation>Exportación rechazada</translation>
    </message>
    <message>
        <source>Export rese&amp;arch bundle…</source>
        <translation>E&amp;xportar paquete de investigación…</translation>
    </message>
    <message>
        <source>Export snapshot &amp;pack (PDF)…</source>
        <translation>Exportar paquete de &amp;instantáneas (PDF)…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>Exportar plantilla…</translation>
    </message>
    <message>
        <source>Export the map as images, an HTML page, a PDF pack or data</source>
        <translation>Exportar el mapa como imágenes, una página HTML, un paquete PDF o datos</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Exportar la correspondencia</translation>
    </message>
    <message>
        <source>Export the template as</source>
        <translation>Exportar la plantilla como</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Export workshop report</source>
        <translation>Exportar informe del taller</translation>
    </message>
    <message>
        <source>Exporting {label}…</source>
        <translation>Exportando {label}…</translation>
    </message>
    <message>
        <source>Exporting: {what}…</source>
        <translation>Exportando: {what}…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>external grant-giver outside the line of government</source>
        <comment>role help</comment>
        <translation>financiador externo ajeno a la línea de gobierno</translation>
    </message>
    <message>
        <source>Facilitation prompts for this phase, to tick off and pin</source>
        <translation>Consignas de facilitación para esta fase, para marcar y fijar</translation>
    </message>
    <message numerus="yes">
        <source>fact</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>hecho</numerusform>
            <numerusform>hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Fade actors and relations in and out when switching phases</source>
        <translation>Hacer aparecer y desaparecer gradualmente actores y relaciones al cambiar de fase</translation>
    </message>
    <message>
        <source>Faint rings or sectors behind the map after arranging by a lens</source>
        <translation>Anillos o sectores tenues detrás del mapa tras organizar según una lente</translation>
    </message>
    <message numerus="yes">
        <source>field</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>campo</numerusform>
            <numerusform>campos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>file</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>archivo</numerusform>
            <numerusform>archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled marks: the class a source states for the arena; hollow: the lower median of the classes the room's votes give the relations between its members.</source>
        <translation>Marcas rellenas: la clase que una fuente declara para la arena; huecas: la mediana inferior de las clases que los votos de la sala dan a las relaciones entre sus miembros.</translation>
    </message>
    <message>
        <source>Filled: the class a source states for the arena; hollow: derived from the room's votes on the relations between its members (lower median).</source>
        <translation>Rellenas: la clase que una fuente declara para la arena; huecas: derivada de los votos de la sala sobre las relaciones entre sus miembros (mediana inferior).</translation>
    </message>
    <message>
        <source>Film size</source>
        <translation>Tamaño del vídeo</translation>
    </message>
    <message>
        <source>Film speed</source>
        <translation>Velocidad del vídeo</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <source>firms of any size: multinationals, IT vendors, SMEs, utilities, consultancies</source>
        <comment>actor type help</comment>
        <translation>empresas de cualquier tamaño: multinacionales, proveedores de TI, pymes, empresas de servicios públicos, consultoras</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Ajustar el mapa a la ventana</translation>
    </message>
    <message>
        <source>Follow the phase bar (previous → current)</source>
        <translation>Seguir la barra de fases (anterior → actual)</translation>
    </message>
    <message>
        <source>For each key relation, is information exchange enough, are shared resources needed, or truly joint planning? What is the lowest intensity that will do?</source>
        <translation>Para cada relación clave, ¿basta con intercambiar información, se necesitan recursos compartidos o una planificación realmente conjunta? ¿Cuál es la intensidad mínima que sería suficiente?</translation>
    </message>
    <message>
        <source>For Excel: opens as UTF-8, and text starting with = + - @ stays text</source>
        <translation>Para Excel: se abre como UTF-8 y el texto que empieza por = + - @ sigue siendo texto</translation>
    </message>
    <message>
        <source>For the people who commissioned the workshop: who took part, the map of each phase, what changed, where the room agreed and disagreed, what was said, the warnings and how the room answered them, and what is still open.</source>
        <translation>Para quienes encargaron el taller: quién participó, el mapa de cada fase, qué cambió, dónde la sala estuvo de acuerdo y en desacuerdo, qué se dijo, los avisos y cómo respondió la sala, y qué sigue abierto.</translation>
    </message>
    <message>
        <source>for the whole phase</source>
        <translation>para toda la fase</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Forums (steering committee, project teams...) with their members, and 3C per arena</source>
        <translation>Foros (comité de dirección, equipos de proyecto...) con sus miembros, y 3C por arena</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>del nombre del archivo</translation>
    </message>
    <message>
        <source>From the source actor to the target actor (→)</source>
        <translation>Del actor de origen al actor de destino (→)</translation>
    </message>
    <message>
        <source>From {a}
to {b}</source>
        <translation>De {a}
a {b}</translation>
    </message>
    <message>
        <source>From {a} to {b}</source>
        <translation>De {a} a {b}</translation>
    </message>
    <message>
        <source>Funder</source>
        <comment>role</comment>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>relation kind</comment>
        <translation>Financiación</translation>
    </message>
    <message numerus="yes">
        <source>funding or consultation relation</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relación de financiación o consulta</numerusform>
            <numerusform>relaciones de financiación o consulta</numerusform>
        </translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Se beneficia</translation>
    </message>
    <message>
        <source>gains: {gains}</source>
        <translation>se beneficia: {gains}</translation>
    </message>
    <message>
        <source>GEXF network for Gephi (all phases in one file)</source>
        <translation>Red GEXF para Gephi (todas las fases en un archivo)</translation>
    </message>
    <message>
        <source>GEXF, GraphML, CSV and Excel tables with a codebook, in a new folder.</source>
        <translation>Tablas GEXF, GraphML, CSV y Excel con un libro de códigos, en una carpeta nueva.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this session</source>
        <translation>Volver a una copia de seguridad automática de esta sesión</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objetivo: {goal}</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Conviene saber:</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Government</source>
        <comment>actor type</comment>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>GraphML network (a folder, one file per phase)</source>
        <translation>Red GraphML (una carpeta, un archivo por fase)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <source>heading or table</source>
        <translation>encabezado o tabla</translation>
    </message>
    <message>
        <source>Held by a vendor</source>
        <comment>openness</comment>
        <translation>En manos de un proveedor</translation>
    </message>
    <message>
        <source>Held per actor and per phase; an actor may hold several, and the room may add its own.</source>
        <translation>Se asignan por actor y por fase; un actor puede tener varios y la sala puede añadir los suyos.</translation>
    </message>
    <message>
        <source>Helix sectors</source>
        <translation>Sectores de la hélice</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Hidden until the room's votes are revealed</source>
        <translation>Oculto hasta que se revelen los votos de la sala</translation>
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
        <translation>Compromiso alto, confianza baja: ¿descansa este compromiso en algo distinto de la confianza, y seguirían aferrados a él los socios pese a las pruebas de que no funciona?</translation>
    </message>
    <message>
        <source>high {high} but low {low}</source>
        <translation>nivel alto de {high} pero bajo de {low}</translation>
    </message>
    <message>
        <source>High-contrast presentation</source>
        <translation>Presentación de alto contraste</translation>
    </message>
    <message>
        <source>highlighted</source>
        <translation>resaltado</translation>
    </message>
    <message>
        <source>holder unknown</source>
        <translation>titular desconocido</translation>
    </message>
    <message>
        <source>holds formal decision power, e.g. in a steering body</source>
        <comment>role help</comment>
        <translation>tiene poder formal de decisión, p. ej., en un órgano de dirección</translation>
    </message>
    <message>
        <source>How is the room asked?</source>
        <translation>¿Cómo se consulta a la sala?</translation>
    </message>
    <message>
        <source>How much do {a} and {b} need each other?</source>
        <translation>¿Cuánto se necesitan {a} y {b} mutuamente?</translation>
    </message>
    <message>
        <source>How much do {a} and {b} trust each other?</source>
        <translation>¿Cuánto confían {a} y {b} el uno en el otro?</translation>
    </message>
    <message>
        <source>How much each partner needs the other</source>
        <translation>Cuánto necesita cada socio al otro</translation>
    </message>
    <message>
        <source>how much each partner needs the other.</source>
        <translation>cuánto necesita cada socio al otro.</translation>
    </message>
    <message>
        <source>how much each side needs the other</source>
        <comment>dimension help</comment>
        <translation>cuánto necesita cada parte a la otra</translation>
    </message>
    <message>
        <source>How this session reads the 3C class from trust, commitment and interdependence:</source>
        <translation>Cómo lee esta sesión la clase 3C a partir de la confianza, el compromiso y la interdependencia:</translation>
    </message>
    <message>
        <source>How this session reads the 3C class, and whether source levels count in the median</source>
        <translation>Cómo lee esta sesión la clase 3C y si los niveles de las fuentes cuentan en la mediana</translation>
    </message>
    <message>
        <source>How willing are {a} and {b} to invest in and stay in this relation?</source>
        <translation>¿Hasta qué punto están dispuestos {a} y {b} a invertir en esta relación y a mantenerse en ella?</translation>
    </message>
    <message>
        <source>How would you score the relation between {a} and {b}? ({scale})</source>
        <translation>¿Cómo puntuaría la relación entre {a} y {b}? ({scale})</translation>
    </message>
    <message>
        <source>HTML snapshot: one page that opens in any browser</source>
        <translation>Instantánea HTML: una página que se abre en cualquier navegador</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Enorme</translation>
    </message>
    <message>
        <source>I</source>
        <comment>initial of interdependence</comment>
        <translation>Interdep.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <comment>phase</comment>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Implementation and scaling</source>
        <translation>Implementación y escalado</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Importar una correspondencia</translation>
    </message>
    <message>
        <source>Import a network</source>
        <translation>Importar una red</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>Import not available</source>
        <translation>Importación no disponible</translation>
    </message>
    <message>
        <source>Import with this mapping</source>
        <translation>Importar con esta correspondencia</translation>
    </message>
    <message>
        <source>Import {name}?</source>
        <translation>¿Importar {name}?</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importada de un archivo</translation>
    </message>
    <message>
        <source>in between: repeated, task-oriented work that also exchanges resources, each partner keeping its autonomy</source>
        <comment>3C class help</comment>
        <translation>punto intermedio: trabajo repetido y orientado a tareas que también intercambia recursos, y cada socio conserva su autonomía</translation>
    </message>
    <message>
        <source>In phase “{name}”</source>
        <translation>En la fase «{name}»</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>In this phase</source>
        <translation>En esta fase</translation>
    </message>
    <message>
        <source>In what role are residents involved — users, entrepreneurs, civic agents, political actors — and can they change the plan before it is fixed?</source>
        <translation>¿Con qué rol participan los residentes —usuarios, emprendedores, agentes cívicos, actores políticos— y pueden cambiar el plan antes de que se fije?</translation>
    </message>
    <message>
        <source>In {name}</source>
        <translation>En {name}</translation>
    </message>
    <message>
        <source>in {phase}</source>
        <translation>en {phase}</translation>
    </message>
    <message>
        <source>In {phase}, institutional work is recorded ({work}); no cultural work is recorded.</source>
        <translation>En {phase} se registra trabajo institucional ({work}); no se registra trabajo cultural.</translation>
    </message>
    <message numerus="yes">
        <source>In {phase}, {actors} acts internationally ({names}) but only {local} at neighbourhood or city level.</source>
        <translation>
            <numerusform>En {phase}, {actors} actúa a escala internacional ({names}), pero solo {local} a escala de barrio o de ciudad.</numerusform>
            <numerusform>En {phase}, {actors} actúan a escala internacional ({names}), pero solo {local} a escala de barrio o de ciudad.</numerusform>
        </translation>
    </message>
    <message>
        <source>In {phase}, {name} receives data only from {sources}.</source>
        <translation>En {phase}, {name} solo recibe datos de {sources}.</translation>
    </message>
    <message>
        <source>In {phase}, {name}: all {count} of its funding relations come from {funder}.</source>
        <translation>En {phase}, {name}: sus {count} relaciones de financiación proceden todas de {funder}.</translation>
    </message>
    <message>
        <source>In {phase}, {name}: all {count} of its high-interdependence relations are with {partner}.</source>
        <translation>En {phase}, {name}: sus {count} relaciones de interdependencia alta son todas con {partner}.</translation>
    </message>
    <message>
        <source>in “{arena}”</source>
        <translation>en «{arena}»</translation>
    </message>
    <message>
        <source>Indexing and matching actors</source>
        <translation>Indexando y emparejando actores</translation>
    </message>
    <message>
        <source>Individual</source>
        <comment>orchestrator form</comment>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industria</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>inferida</translation>
    </message>
    <message>
        <source>Inferred (by whom, why)</source>
        <translation>Inferida (por quién, por qué)</translation>
    </message>
    <message>
        <source>inferred by someone, with the reason</source>
        <comment>source kind</comment>
        <translation>inferida por alguien, con el motivo</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>influence (the Net-Map tower)</source>
        <comment>presence fact</comment>
        <translation>influencia (la torre de Net-Map)</translation>
    </message>
    <message>
        <source>Influence and goal (Net-Map)</source>
        <translation>Influencia y objetivo (Net-Map)</translation>
    </message>
    <message>
        <source>Influence and goals</source>
        <translation>Influencia y objetivos</translation>
    </message>
    <message>
        <source>Influence towers</source>
        <translation>Torres de influencia</translation>
    </message>
    <message>
        <source>Influence towers beside the boxes, with their key</source>
        <translation>Torres de influencia junto a los recuadros, con su leyenda</translation>
    </message>
    <message>
        <source>Influence towers: height = influence 0–5</source>
        <translation>Torres de influencia: altura = influencia 0–5</translation>
    </message>
    <message>
        <source>Influence, goal, orchestration, institutional work and public value of the selected actor</source>
        <translation>Influencia, objetivo, orquestación, trabajo institucional y valor público del actor seleccionado</translation>
    </message>
    <message>
        <source>Influence: {influence}</source>
        <translation>Influencia: {influence}</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>relation kind</comment>
        <translation>Información</translation>
    </message>
    <message>
        <source>Institutional work (001, Table 1)</source>
        <translation>Trabajo institucional (001, tabla 1)</translation>
    </message>
    <message>
        <source>Institutional work without cultural work: who makes the change meaningful to everyone?</source>
        <translation>Trabajo institucional sin trabajo cultural: ¿quién da sentido al cambio para todos?</translation>
    </message>
    <message>
        <source>Intended public value (whole session)</source>
        <translation>Valor público previsto (toda la sesión)</translation>
    </message>
    <message>
        <source>Intended public value:</source>
        <translation>Valor público previsto:</translation>
    </message>
    <message>
        <source>Intended public value: {value}</source>
        <translation>Valor público previsto: {value}</translation>
    </message>
    <message>
        <source>Intended:</source>
        <translation>Previsto:</translation>
    </message>
    <message>
        <source>Intensity dropped: regrouping pause or stall?</source>
        <translation>La intensidad bajó: ¿pausa para reagruparse o estancamiento?</translation>
    </message>
    <message>
        <source>Interdep.</source>
        <translation>Interdep.</translation>
    </message>
    <message>
        <source>Interdependence</source>
        <translation>Interdependencia</translation>
    </message>
    <message>
        <source>Interdependence</source>
        <comment>dimension</comment>
        <translation>Interdependencia</translation>
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
        <translation>Internacional</translation>
    </message>
    <message>
        <source>International</source>
        <comment>scale</comment>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>international organisations and donors, cross-border consortia</source>
        <comment>actor type help</comment>
        <translation>organizaciones internacionales y donantes, consorcios transfronterizos</translation>
    </message>
    <message>
        <source>Interoperable</source>
        <translation>Interoperable</translation>
    </message>
    <message>
        <source>Is any partner here only so that a category is represented, without influence on decisions?</source>
        <translation>¿Hay aquí algún socio solo para que una categoría esté representada, sin influencia en las decisiones?</translation>
    </message>
    <message>
        <source>Is anyone holding on to a relation that no longer delivers, or depending on a single partner?</source>
        <translation>¿Se aferra alguien a una relación que ya no da resultados, o depende de un único socio?</translation>
    </message>
    <message>
        <source>Is the commitment shown at steering level matched in the project teams? What do front-line staff gain from taking part?</source>
        <translation>¿El compromiso mostrado en el nivel de dirección se corresponde con el de los equipos de proyecto? ¿Qué gana el personal de primera línea al participar?</translation>
    </message>
    <message>
        <source>Is this closer to a dashboard, a platform or a citizen-centric smart city, and do all participants want the same one?</source>
        <translation>¿Se parece esto más a un panel de control, a una plataforma o a una ciudad inteligente centrada en la ciudadanía, y quieren todos los participantes el mismo modelo?</translation>
    </message>
    <message numerus="yes">
        <source>item</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>elemento</numerusform>
            <numerusform>elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Join live scoring</source>
        <translation>Unirse a la puntuación en directo</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Se incorporó</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>se incorporó</translation>
    </message>
    <message>
        <source>Joining locked after {wrong_codes} wrong codes — press Unlock</source>
        <translation>Acceso bloqueado tras {wrong_codes} códigos erróneos — pulse Desbloquear</translation>
    </message>
    <message>
        <source>Keep this session's phases, roles, prompts, round and groups for the next workshop</source>
        <translation>Conservar las fases, roles, consignas, ronda y grupos de esta sesión para el próximo taller</translation>
    </message>
    <message>
        <source>keeps activities aligned and convenes actors</source>
        <comment>role help</comment>
        <translation>mantiene las actividades alineadas y convoca a los actores</translation>
    </message>
    <message>
        <source>Kept in {folder}</source>
        <translation>Guardado en {folder}</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Datos clave</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys 1–5 score the marked row and move to the next. ◆ a source's level.</source>
        <translation>Las teclas 1–5 puntúan la fila marcada y pasan a la siguiente. ◆ el nivel de una fuente.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind given to relations you draw next</source>
        <translation>Tipo que se asigna a las relaciones que trace a continuación</translation>
    </message>
    <message>
        <source>Known not to take part: the source or the room says so (counts as leaving)</source>
        <translation>Se sabe que no participa: lo dice la fuente o la sala (cuenta como salida)</translation>
    </message>
    <message>
        <source>Krippendorff's alpha for ordinal scores over the room's votes (reference levels are not votes): 1 = the room scored alike, 0 = no more alike than chance, below 0 = less. Undefined where no relation has two votes or every vote is the same.</source>
        <translation>Alfa de Krippendorff para puntuaciones ordinales sobre los votos de la sala (los niveles de referencia no son votos): 1 = la sala puntuó igual, 0 = no más parecido que el azar, por debajo de 0 = menos. Indefinido cuando ninguna relación tiene dos votos o todos los votos son iguales.</translation>
    </message>
    <message>
        <source>Krippendorff's alpha for ordinal scores, over the room's votes (a reference participant's levels are not votes): 1 = the room scored alike, 0 = no more alike than chance, below 0 = less alike than chance. Undefined where no relation has two votes on the dimension, or every vote compared is the same.</source>
        <translation>Alfa de Krippendorff para puntuaciones ordinales, sobre los votos de la sala (los niveles de un participante de referencia no son votos): 1 = la sala puntuó igual, 0 = no más parecido que el azar, por debajo de 0 = menos parecido que el azar. Indefinido cuando ninguna relación tiene dos votos en la dimensión o todos los votos comparados son iguales.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Leader</source>
        <comment>role</comment>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salió</translation>
    </message>
    <message>
        <source>left (faded)</source>
        <translation>salió (atenuado)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>excluido</translation>
    </message>
    <message>
        <source>Left out ({n})</source>
        <translation>Excluidos ({n})</translation>
    </message>
    <message>
        <source>Left out of a pseudonymised report: what was said stays in the room.</source>
        <translation>Excluido de un informe seudonimizado: lo que se dijo se queda en la sala.</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Forma jurídica</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Legend ▸</source>
        <translation>Leyenda ▸</translation>
    </message>
    <message>
        <source>Let new phones join again; phones already in keep voting</source>
        <translation>Permitir que se unan teléfonos nuevos; los que ya están siguen votando</translation>
    </message>
    <message>
        <source>Let participants score the current relation from their phones</source>
        <translation>Permitir que los participantes puntúen la relación actual desde sus teléfonos</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>levels from a source (e.g. a case record); shown beside the room's median, not counted unless the session pools references</source>
        <comment>participant kind</comment>
        <translation>niveles de una fuente (p. ej., un expediente de caso); se muestran junto a la mediana de la sala, no se cuentan salvo que la sesión agregue las referencias</translation>
    </message>
    <message>
        <source>Levels stated by sources are kept apart from the room's votes: {sources}.</source>
        <translation>Los niveles declarados por fuentes se mantienen separados de los votos de la sala: {sources}.</translation>
    </message>
    <message>
        <source>Link the note to the selected actor or relation</source>
        <translation>Vincular la nota al actor o la relación seleccionados</translation>
    </message>
    <message>
        <source>Link the note to {subject}</source>
        <translation>Vincular la nota a {subject}</translation>
    </message>
    <message>
        <source>Live scoring</source>
        <translation>Puntuación en directo</translation>
    </message>
    <message>
        <source>Local knowledge missing or outweighed</source>
        <translation>Conocimiento local ausente o en minoría</translation>
    </message>
    <message>
        <source>Lost the connection to the facilitator's computer. Trying again…</source>
        <translation>Se perdió la conexión con el ordenador del facilitador. Reintentando…</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>level</comment>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>low</source>
        <comment>score</comment>
        <translation>bajo</translation>
    </message>
    <message>
        <source>Low shared commitment: who does the cultural work that builds shared motivation?</source>
        <translation>Compromiso compartido bajo: ¿quién hace el trabajo cultural que construye una motivación compartida?</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Made with Assemblage Workshop. This page works offline and loads nothing from the network.</source>
        <translation>Hecho con Assemblage Workshop. Esta página funciona sin conexión y no carga nada de la red.</translation>
    </message>
    <message>
        <source>Maintaining</source>
        <comment>work aim</comment>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Maintenance &amp; adoption</source>
        <comment>phase</comment>
        <translation>Mantenimiento &amp; adopción</translation>
    </message>
    <message>
        <source>Maintenance and adoption</source>
        <translation>Mantenimiento y adopción</translation>
    </message>
    <message>
        <source>Make a corpus from session files (they are only read)</source>
        <translation>Crear un corpus a partir de archivos de sesión (solo se leen)</translation>
    </message>
    <message>
        <source>Make a new session from a GEXF, GraphML, CSV or Kumu file</source>
        <translation>Crear una sesión nueva a partir de un archivo GEXF, GraphML, CSV o Kumu</translation>
    </message>
    <message>
        <source>Make this the question before the room (shown on the projector)</source>
        <translation>Convertirla en la pregunta ante la sala (se muestra en el proyector)</translation>
    </message>
    <message>
        <source>Manager (runs the day-to-day)</source>
        <comment>orchestrator mode</comment>
        <translation>Gestor (lleva el día a día)</translation>
    </message>
    <message>
        <source>mandates, steering, joint or directive decisions</source>
        <comment>relation kind help</comment>
        <translation>mandatos, dirección, decisiones conjuntas o directivas</translation>
    </message>
    <message>
        <source>Many sessions in one database: match actors across workshops</source>
        <translation>Muchas sesiones en una base de datos: emparejar actores entre talleres</translation>
    </message>
    <message>
        <source>Map of {phase}</source>
        <translation>Mapa de {phase}</translation>
    </message>
    <message>
        <source>Map {name} onto the app's vocabulary</source>
        <translation>Asignar {name} al vocabulario de la aplicación</translation>
    </message>
    <message>
        <source>Mapped ({n})</source>
        <translation>Asignados ({n})</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Archivos de correspondencia (*.json)</translation>
    </message>
    <message>
        <source>Mapping not exported</source>
        <translation>Correspondencia no exportada</translation>
    </message>
    <message>
        <source>Mapping not imported</source>
        <translation>Correspondencia no importada</translation>
    </message>
    <message>
        <source>Mapping not saved</source>
        <translation>Correspondencia no guardada</translation>
    </message>
    <message>
        <source>Mark every actor of the session as taking part in this phase</source>
        <translation>Marcar todos los actores de la sesión como participantes en esta fase</translation>
    </message>
    <message>
        <source>Mark on map</source>
        <translation>Marcar en el mapa</translation>
    </message>
    <message>
        <source>Mark the selected actors (ghosts included) as taking part in this phase</source>
        <translation>Marcar los actores seleccionados (incluidos los fantasmas) como participantes en esta fase</translation>
    </message>
    <message>
        <source>Marked: {mark}</source>
        <translation>Marcado: {mark}</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Marcas:</translation>
    </message>
    <message>
        <source>Match actors through a research corpus's register of canonical actors</source>
        <translation>Emparejar actores mediante el registro de actores canónicos de un corpus de investigación</translation>
    </message>
    <message>
        <source>Match the selected actors to another canonical actor (a new one if the name is new)</source>
        <translation>Emparejar los actores seleccionados con otro actor canónico (uno nuevo si el nombre es nuevo)</translation>
    </message>
    <message>
        <source>Match through a corpus…</source>
        <translation>Emparejar mediante un corpus…</translation>
    </message>
    <message>
        <source>Match through a research corpus</source>
        <translation>Emparejar mediante un corpus de investigación</translation>
    </message>
    <message>
        <source>Match to canonical actor</source>
        <translation>Emparejar con un actor canónico</translation>
    </message>
    <message>
        <source>Match to…</source>
        <translation>Emparejar con…</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Emparejado</translation>
    </message>
    <message numerus="yes">
        <source>matrix sheet</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>hoja de matriz</numerusform>
            <numerusform>hojas de matriz</numerusform>
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
        <translation>Mediana de cada dimensión (la regla anterior al esquema 3)</translation>
    </message>
    <message>
        <source>median rule</source>
        <translation>regla de la mediana</translation>
    </message>
    <message>
        <source>Median {dimension}</source>
        <translation>Mediana de {dimension}</translation>
    </message>
    <message>
        <source>Medians T · C · I</source>
        <translation>Medianas Conf. · Comp. · Interdep.</translation>
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
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Members here</source>
        <translation>Miembros aquí</translation>
    </message>
    <message>
        <source>Members of the arena</source>
        <translation>Miembros de la arena</translation>
    </message>
    <message>
        <source>Members of {name} in {name2}</source>
        <translation>Miembros de {name} en {name2}</translation>
    </message>
    <message numerus="yes">
        <source>membership</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>pertenencia</numerusform>
            <numerusform>pertenencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics of both…</source>
        <translation>Métricas de ambos…</translation>
    </message>
    <message>
        <source>Metrics over phases</source>
        <translation>Métricas a lo largo de las fases</translation>
    </message>
    <message>
        <source>Metrics over phases: both workshops</source>
        <translation>Métricas a lo largo de las fases: ambos talleres</translation>
    </message>
    <message>
        <source>middle half</source>
        <translation>mitad central</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>mín.–máx.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>alignment</comment>
        <translation>Mixta</translation>
    </message>
    <message>
        <source>Mixed (half-filled blocks)</source>
        <translation>Mixta (bloques medio rellenos)</translation>
    </message>
    <message>
        <source>money from funder to recipient (always directed)</source>
        <comment>relation kind help</comment>
        <translation>dinero del financiador al receptor (siempre dirigida)</translation>
    </message>
    <message>
        <source>money, data, infrastructure, staff time, equipment</source>
        <comment>ability help</comment>
        <translation>dinero, datos, infraestructura, tiempo de personal, equipos</translation>
    </message>
    <message>
        <source>Most contested in this phase</source>
        <translation>Lo más disputado en esta fase</translation>
    </message>
    <message>
        <source>Most contested relations</source>
        <translation>Relaciones más disputadas</translation>
    </message>
    <message>
        <source>Most contested relations in this phase</source>
        <translation>Relaciones más disputadas en esta fase</translation>
    </message>
    <message>
        <source>Most relations run through one hub: is it the network's recognised orchestrator, or a point everyone depends on?</source>
        <translation>La mayoría de las relaciones pasan por un nodo central: ¿es el orquestador reconocido de la red o un punto del que todos dependen?</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Mover antes</translation>
    </message>
    <message>
        <source>Move in this phase only</source>
        <translation>Mover solo en esta fase</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Mover después</translation>
    </message>
    <message>
        <source>Move overlapping boxes apart as little as it takes (pinned actors stay put)</source>
        <translation>Separar los recuadros superpuestos lo mínimo necesario (los actores fijados no se mueven)</translation>
    </message>
    <message>
        <source>Move through the phases (PageUp / PageDown)</source>
        <translation>Recorrer las fases (PageUp / PageDown)</translation>
    </message>
    <message>
        <source>Move {actors}</source>
        <translation>Mover {actors}</translation>
    </message>
    <message>
        <source>Moved in this phase only (right-click: reset position in this phase)</source>
        <translation>Movido solo en esta fase (clic derecho: restablecer la posición en esta fase)</translation>
    </message>
    <message>
        <source>MP4 film of the change across phases</source>
        <translation>Vídeo MP4 del cambio a lo largo de las fases</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name organisations, not sectors: who exactly is here, and what does each bring — resources, skills or competences?</source>
        <translation>Nombren organizaciones, no sectores: ¿quién está aquí exactamente y qué aporta cada uno —recursos, habilidades o competencias—?</translation>
    </message>
    <message>
        <source>Name similarity 0-100 after folding case, accents, punctuation and words like 'City of' or 'GmbH'; lowered by 10 where the types differ, by 5 where the scales do</source>
        <translation>Similitud de nombres 0-100 tras unificar mayúsculas, acentos, puntuación y palabras como 'Ayuntamiento de' o 'GmbH'; se reduce en 10 si los tipos difieren y en 5 si difieren las escalas</translation>
    </message>
    <message>
        <source>Names are replaced and organisations left out: this report is pseudonymised.</source>
        <translation>Los nombres se sustituyen y las organizaciones se omiten: este informe está seudonimizado.</translation>
    </message>
    <message>
        <source>National</source>
        <comment>scale</comment>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <comment>scale</comment>
        <translation>Barrio</translation>
    </message>
    <message numerus="yes">
        <source>nested graph</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>grafo anidado</numerusform>
            <numerusform>grafos anidados</numerusform>
        </translation>
    </message>
    <message>
        <source>Net-Map in {name}: influence on the outcome (rows) and stance towards the project's goal (columns) of the {n} actors shown; influence recorded for {influence}, stance for {stance}. Click a name to select it on the map; drag it to another cell to change both.</source>
        <translation>Net-Map en {name}: influencia en el resultado (filas) y postura ante el objetivo del proyecto (columnas) de los {n} actores mostrados; influencia registrada para {influence}, postura para {stance}. Haga clic en un nombre para seleccionarlo en el mapa; arrástrelo a otra celda para cambiar ambas.</translation>
    </message>
    <message>
        <source>Net-Map: a stack as high as each actor's recorded influence, shaded by its stance; ticked when the map shows them (View ▸ Influence towers)</source>
        <translation>Net-Map: una pila tan alta como la influencia registrada de cada actor, sombreada según su postura; marcado cuando el mapa las muestra (Ver ▸ Torres de influencia)</translation>
    </message>
    <message>
        <source>Net-Map: a stack beside each box as high as the actor's influence in this phase (0-5), shaded by its stance towards the goal</source>
        <translation>Net-Map: una pila junto a cada recuadro tan alta como la influencia del actor en esta fase (0-5), sombreada según su postura ante el objetivo</translation>
    </message>
    <message>
        <source>Net-Map: every actor of the phase by influence and stance towards the goal</source>
        <translation>Net-Map: todos los actores de la fase por influencia y postura ante el objetivo</translation>
    </message>
    <message>
        <source>Net-Map: how much can this actor influence the outcome? (the height of its tower)</source>
        <translation>Net-Map: ¿cuánto puede influir este actor en el resultado? (la altura de su torre)</translation>
    </message>
    <message>
        <source>Net-Map: how the actor's aims go with the project's goal</source>
        <translation>Net-Map: cómo encajan los propósitos del actor con el objetivo del proyecto</translation>
    </message>
    <message>
        <source>Network files (*.gexf *.graphml *.xml *.csv *.tsv *.txt *.json *.xlsx *.net *.paj *.gml *.cyjs *.jgf);;All files (*)</source>
        <translation>Archivos de red (*.gexf *.graphml *.xml *.csv *.tsv *.txt *.json *.xlsx *.net *.paj *.gml *.cyjs *.jgf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Network shape</source>
        <translation>Forma de la red</translation>
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
        <translation>Actor nuevo</translation>
    </message>
    <message>
        <source>New actor {n}</source>
        <translation>Actor nuevo {n}</translation>
    </message>
    <message>
        <source>New arena {n}</source>
        <translation>Arena nueva {n}</translation>
    </message>
    <message numerus="yes">
        <source>new canonical actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>actor canónico nuevo</numerusform>
            <numerusform>actores canónicos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>New corpus…</source>
        <translation>Nuevo corpus…</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Nueva desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>New phones can join again.</source>
        <translation>Los teléfonos nuevos pueden volver a unirse.</translation>
    </message>
    <message>
        <source>New phones cannot join right now: too many wrong codes were tried. Ask the facilitator to unlock joining.</source>
        <translation>Ahora mismo no pueden unirse teléfonos nuevos: se probaron demasiados códigos erróneos. Pida al facilitador que desbloquee el acceso.</translation>
    </message>
    <message>
        <source>new relation</source>
        <translation>relación nueva</translation>
    </message>
    <message>
        <source>New relations</source>
        <translation>Relaciones nuevas</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>New session file</source>
        <translation>Archivo de la nueva sesión</translation>
    </message>
    <message>
        <source>New session from a template</source>
        <translation>Nueva sesión a partir de una plantilla</translation>
    </message>
    <message>
        <source>New suggestions for undecided actors; decisions stay</source>
        <translation>Nuevas sugerencias para los actores sin decidir; las decisiones se mantienen</translation>
    </message>
    <message>
        <source>New {relation}</source>
        <translation>Nueva {relation}</translation>
    </message>
    <message>
        <source>Newcomer needed late (adoption/data): was this planned earlier?</source>
        <translation>Recién llegado necesario tarde (adopción/datos): ¿se planificó antes?</translation>
    </message>
    <message>
        <source>Next / previous person</source>
        <translation>Persona siguiente / anterior</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Persona siguiente</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Fase siguiente</translation>
    </message>
    <message>
        <source>Next phase ▶</source>
        <translation>Fase siguiente ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Next relation</source>
        <translation>Relación siguiente</translation>
    </message>
    <message>
        <source>Next relation (or next question, one question at a time)</source>
        <translation>Relación siguiente (o pregunta siguiente, una pregunta cada vez)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Next step (a clicker's forward key)</source>
        <translation>Paso siguiente (la tecla de avance de un presentador)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>No actor in {phase} acts at neighbourhood or city level.</source>
        <translation>Ningún actor de {phase} actúa a escala de barrio o de ciudad.</translation>
    </message>
    <message numerus="yes">
        <source>No actor in {phase} acts at neighbourhood or city level; {actors} acts internationally.</source>
        <translation>
            <numerusform>Ningún actor de {phase} actúa a escala de barrio o de ciudad; {actors} actúa a escala internacional.</numerusform>
            <numerusform>Ningún actor de {phase} actúa a escala de barrio o de ciudad; {actors} actúan a escala internacional.</numerusform>
        </translation>
    </message>
    <message>
        <source>No arenas yet: add one above (a steering committee, an operations team, a project team...) and tick its members in each phase.</source>
        <translation>Aún no hay arenas: añada una arriba (un comité de dirección, un equipo de operaciones, un equipo de proyecto...) y marque sus miembros en cada fase.</translation>
    </message>
    <message>
        <source>No boxes overlap: nothing to tidy.</source>
        <translation>No hay recuadros superpuestos: nada que ordenar.</translation>
    </message>
    <message>
        <source>no broker</source>
        <translation>sin intermediario</translation>
    </message>
    <message>
        <source>No citizens actor takes part in {phase}.</source>
        <translation>Ningún actor de la ciudadanía participa en {phase}.</translation>
    </message>
    <message>
        <source>No corpus open.</source>
        <translation>No hay ningún corpus abierto.</translation>
    </message>
    <message>
        <source>No decision points yet (right-click to add one)</source>
        <translation>Aún no hay puntos de decisión (clic derecho para añadir uno)</translation>
    </message>
    <message>
        <source>No decision was changed.

{exc}</source>
        <translation>No se cambió ninguna decisión.

{exc}</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <source>No disagreement yet: relations appear here once two votes differ.</source>
        <translation>Aún no hay desacuerdo: las relaciones aparecen aquí en cuanto dos votos difieren.</translation>
    </message>
    <message>
        <source>No facilitation prompt was ticked off.</source>
        <translation>No se marcó ninguna consigna de facilitación.</translation>
    </message>
    <message>
        <source>no influence</source>
        <translation>sin influencia</translation>
    </message>
    <message>
        <source>no known scale: cells left out</source>
        <translation>sin escala conocida: celdas excluidas</translation>
    </message>
    <message>
        <source>No members and no stated class in any phase yet</source>
        <translation>Aún no hay miembros ni clase declarada en ninguna fase</translation>
    </message>
    <message>
        <source>No new suggestions</source>
        <translation>No hay sugerencias nuevas</translation>
    </message>
    <message>
        <source>No notes for this phase yet.</source>
        <translation>Aún no hay notas para esta fase.</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>No hay participantes registrados.</translation>
    </message>
    <message>
        <source>No participants to choose from on the phones yet: add people in the Participants panel.</source>
        <translation>Aún no hay participantes para elegir en los teléfonos: añada personas en el panel Participantes.</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>No se registraron participantes.</translation>
    </message>
    <message>
        <source>No pattern warnings for this session.</source>
        <translation>No hay avisos de patrones en esta sesión.</translation>
    </message>
    <message>
        <source>No quotes were recorded.</source>
        <translation>No se registraron citas.</translation>
    </message>
    <message>
        <source>No relation got the same scores from everybody who scored it.</source>
        <translation>Ninguna relación recibió las mismas puntuaciones de todos los que la puntuaron.</translation>
    </message>
    <message>
        <source>no relations</source>
        <translation>sin relaciones</translation>
    </message>
    <message>
        <source>no role recorded</source>
        <translation>sin rol registrado</translation>
    </message>
    <message>
        <source>no role stated</source>
        <translation>sin rol indicado</translation>
    </message>
    <message>
        <source>No scoring round</source>
        <translation>No hay ronda de puntuación</translation>
    </message>
    <message>
        <source>No scoring round is running.</source>
        <translation>No hay ninguna ronda de puntuación en curso.</translation>
    </message>
    <message>
        <source>No selected actor has a position of its own in this phase.</source>
        <translation>Ningún actor seleccionado tiene una posición propia en esta fase.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>No se eligió ninguna sesión</translation>
    </message>
    <message>
        <source>No session was made.

{exc}</source>
        <translation>No se creó ninguna sesión.

{exc}</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>sin fuente registrada</translation>
    </message>
    <message>
        <source>No source recorded ({what}).</source>
        <translation>No hay fuente registrada ({what}).</translation>
    </message>
    <message>
        <source>No unplaced actors: none sits on the default spot or on top of another.</source>
        <translation>No hay actores sin colocar: ninguno está en el punto predeterminado ni encima de otro.</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>No hay avisos</translation>
    </message>
    <message>
        <source>No warnings here · {elsewhere}</source>
        <translation>No hay avisos aquí · {elsewhere}</translation>
    </message>
    <message>
        <source>No warnings here. The map shows none of the patterns the research warns about, which is no proof that all is well.</source>
        <translation>No hay avisos aquí. El mapa no muestra ninguno de los patrones sobre los que advierte la investigación, lo que no prueba que todo vaya bien.</translation>
    </message>
    <message>
        <source>nobody brokers</source>
        <translation>nadie intermedia</translation>
    </message>
    <message>
        <source>Nobody coordinates: fragmentation risk</source>
        <translation>Nadie coordina: riesgo de fragmentación</translation>
    </message>
    <message>
        <source>Nobody sees medians, colours or the spread of a question until all its answers are in or you reveal them; who has voted stays visible</source>
        <translation>Nadie ve medianas, colores ni la dispersión de una pregunta hasta que estén todas sus respuestas o usted las revele; quién ha votado sigue siendo visible</translation>
    </message>
    <message>
        <source>Nobody takes part in this phase yet.</source>
        <translation>Todavía nadie participa en esta fase.</translation>
    </message>
    <message>
        <source>Nobody takes part in {phase} yet.  Shift+B brings every actor in; select some and press B to bring just those; Ctrl+Shift+C copies who took part in the previous phase, with their roles.</source>
        <translation>Todavía nadie participa en {phase}.  Shift+B trae a todos los actores; seleccione algunos y pulse B para traer solo esos; Ctrl+Shift+C copia quién participó en la fase anterior, con sus roles.</translation>
    </message>
    <message numerus="yes">
        <source>node</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>nodo</numerusform>
            <numerusform>nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>non-profits, associations, NGOs, professional and community groups</source>
        <comment>actor type help</comment>
        <translation>entidades sin ánimo de lucro, asociaciones, ONG, grupos profesionales y comunitarios</translation>
    </message>
    <message>
        <source>none of the stage's {prompts} was ticked off</source>
        <translation>no se marcó ninguna de las {prompts} de la etapa</translation>
    </message>
    <message>
        <source>None of the {count} actors in {phase} is a coordinator or an orchestrator.</source>
        <translation>Ninguno de los {count} actores de {phase} es coordinador u orquestador.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Not classed yet</source>
        <translation>Aún sin clasificar</translation>
    </message>
    <message>
        <source>Not described</source>
        <comment>presence</comment>
        <translation>No descrito</translation>
    </message>
    <message>
        <source>Not described</source>
        <comment>relation state</comment>
        <translation>No descrita</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>no descrito</translation>
    </message>
    <message>
        <source>Not described in the later phase</source>
        <translation>No descrito en la fase posterior</translation>
    </message>
    <message>
        <source>Not described in the second phase (present in the first)</source>
        <translation>No descrito en la segunda fase (presente en la primera)</translation>
    </message>
    <message>
        <source>not described in this phase</source>
        <translation>no descrita en esta fase</translation>
    </message>
    <message>
        <source>not described in this phase (hollow dotted box, dotted line): the source is silent</source>
        <translation>no descrito en esta fase (recuadro hueco punteado, línea punteada): la fuente no dice nada</translation>
    </message>
    <message>
        <source>not described in this phase (the source is silent)</source>
        <translation>no descrito en esta fase (la fuente no dice nada)</translation>
    </message>
    <message>
        <source>Not described in this phase: the source is silent about it</source>
        <translation>No descrito en esta fase: la fuente no dice nada al respecto</translation>
    </message>
    <message>
        <source>Not described, then present</source>
        <translation>No descrito, luego presente</translation>
    </message>
    <message>
        <source>Not interoperable</source>
        <translation>No interoperable</translation>
    </message>
    <message>
        <source>Not on the list? Ask the facilitator to add you, then wait a moment.</source>
        <translation>¿No está en la lista? Pida al facilitador que le añada y espere un momento.</translation>
    </message>
    <message>
        <source>Not presenting: the wall shows every item.</source>
        <translation>Sin presentación: la pared muestra todos los elementos.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Not sent: no connection. Please try again.</source>
        <translation>No enviado: no hay conexión. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Not taken up in the room (see Open questions).</source>
        <translation>La sala no lo abordó (véase Preguntas abiertas).</translation>
    </message>
    <message>
        <source>Not taking part in this phase</source>
        <translation>No participa en esta fase</translation>
    </message>
    <message>
        <source>Not this canonical actor; it is not suggested again</source>
        <translation>No es este actor canónico; no se vuelve a sugerir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z brings it back).</source>
        <translation>Nota eliminada (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <source>Note on the ticked cell (what the work was)</source>
        <translation>Nota sobre la celda marcada (en qué consistió el trabajo)</translation>
    </message>
    <message>
        <source>Note on this question</source>
        <translation>Nota sobre esta pregunta</translation>
    </message>
    <message>
        <source>Note on this question…</source>
        <translation>Nota sobre esta pregunta…</translation>
    </message>
    <message>
        <source>Note on {kind} work, {aim}:</source>
        <translation>Nota sobre el trabajo {kind}, {aim}:</translation>
    </message>
    <message>
        <source>Note written {time} (UTC)</source>
        <translation>Nota escrita {time} (UTC)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Notas ({n})</translation>
    </message>
    <message>
        <source>Notes and quotes</source>
        <translation>Notas y citas</translation>
    </message>
    <message>
        <source>Notes and quotes are left out of a pseudonymised pack.</source>
        <translation>Las notas y citas se excluyen de un paquete seudonimizado.</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>Notas de toda la sesión</translation>
    </message>
    <message>
        <source>Notes for this phase</source>
        <translation>Notas de esta fase</translation>
    </message>
    <message>
        <source>Notes for “{phase}”</source>
        <translation>Notas de «{phase}»</translation>
    </message>
    <message>
        <source>Nothing changed between these two phases.</source>
        <translation>Nada cambió entre estas dos fases.</translation>
    </message>
    <message>
        <source>Nothing changed between {name_a} and {name_b}.</source>
        <translation>Nada cambió entre {name_a} y {name_b}.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nada cambió.</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import.</source>
        <translation>No se guarda nada hasta que elija Importar.</translation>
    </message>
    <message>
        <source>Nothing recorded: the session's default for this phase</source>
        <translation>Nada registrado: el valor predeterminado de la sesión para esta fase</translation>
    </message>
    <message>
        <source>Nothing to score</source>
        <translation>Nada que puntuar</translation>
    </message>
    <message>
        <source>Nothing was changed on the way.</source>
        <translation>No se cambió nada por el camino.</translation>
    </message>
    <message>
        <source>Nothing was changed.

{exc}</source>
        <translation>No se cambió nada.

{exc}</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>No se excluyó nada.</translation>
    </message>
    <message>
        <source>Nothing was written.

{exc}</source>
        <translation>No se escribió nada.

{exc}</translation>
    </message>
    <message>
        <source>Off: a source's levels (e.g. the case record) are shown as a ◆ beside the room's median and never change it. On: they count as votes in the median, spread and class.</source>
        <translation>Desactivado: los niveles de una fuente (p. ej., el expediente del caso) se muestran como un ◆ junto a la mediana de la sala y nunca la cambian. Activado: cuentan como votos en la mediana, la dispersión y la clase.</translation>
    </message>
    <message>
        <source>One file that works offline: participants can switch phases and point at actors.</source>
        <translation>Un único archivo que funciona sin conexión: los participantes pueden cambiar de fase y señalar actores.</translation>
    </message>
    <message>
        <source>one of the three is not scored yet.</source>
        <translation>una de las tres aún no está puntuada.</translation>
    </message>
    <message>
        <source>One person at a time (all three scores)</source>
        <comment>round order</comment>
        <translation>Una persona cada vez (las tres puntuaciones)</translation>
    </message>
    <message>
        <source>One question at a time (everyone on trust, then commitment …)</source>
        <comment>round order</comment>
        <translation>Una pregunta cada vez (todos sobre la confianza, luego el compromiso …)</translation>
    </message>
    <message>
        <source>One question at a time · {step} of {steps}: {dimension}</source>
        <translation>Una pregunta cada vez · {step} de {steps}: {dimension}</translation>
    </message>
    <message>
        <source>One row per person asked, one column per dimension; the last row is the room's median</source>
        <translation>Una fila por persona consultada, una columna por dimensión; la última fila es la mediana de la sala</translation>
    </message>
    <message>
        <source>One small map per phase in a separate window; click one to show it</source>
        <translation>Un mapa pequeño por fase en una ventana aparte; haga clic en uno para mostrarlo</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Un paso atrás</translation>
    </message>
    <message>
        <source>One step back (PgUp, Left or Backspace)</source>
        <translation>Un paso atrás (PgUp, Left o Backspace)</translation>
    </message>
    <message>
        <source>One step on</source>
        <translation>Un paso adelante</translation>
    </message>
    <message>
        <source>One step on (PgDn, Right or Space; a presenter's clicker)</source>
        <translation>Un paso adelante (PgDn, Right o Space; el mando de un presentador)</translation>
    </message>
    <message>
        <source>Only an actor present in this phase can orchestrate it.</source>
        <translation>Solo un actor presente en esta fase puede orquestarla.</translation>
    </message>
    <message>
        <source>Only government actors take part in {phase} ({actors}).</source>
        <translation>Solo participan actores gubernamentales en {phase} ({actors}).</translation>
    </message>
    <message>
        <source>Only government and private actors take part in {phase} ({actors}).</source>
        <translation>Solo participan actores gubernamentales y privados en {phase} ({actors}).</translation>
    </message>
    <message>
        <source>only in this session</source>
        <translation>solo en esta sesión</translation>
    </message>
    <message>
        <source>Only private actors take part in {phase} ({actors}).</source>
        <translation>Solo participan actores privados en {phase} ({actors}).</translation>
    </message>
    <message>
        <source>Only unplaced actors</source>
        <translation>Solo actores sin colocar</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>openness</comment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Open &amp;demo session</source>
        <translation>Abrir sesión de &amp;demostración</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Open a corpus database made before</source>
        <translation>Abrir una base de datos de corpus creada antes</translation>
    </message>
    <message>
        <source>Open a template</source>
        <translation>Abrir una plantilla</translation>
    </message>
    <message>
        <source>Open corpus…</source>
        <translation>Abrir corpus…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open it read-only instead? You can look at every phase, but edits are not possible until the other window closes the session.

Held by {who}.</source>
        <translation>¿Abrirla en solo lectura? Puede ver todas las fases, pero no es posible editar hasta que la otra ventana cierre la sesión.

La tiene abierta {who}.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Open research corpus</source>
        <translation>Abrir corpus de investigación</translation>
    </message>
    <message>
        <source>Open round to phones…</source>
        <translation>Abrir la ronda a los teléfonos…</translation>
    </message>
    <message>
        <source>Open round to phones…  (Ctrl+Shift+R)</source>
        <translation>Abrir la ronda a los teléfonos…  (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Open template file…</source>
        <translation>Abrir archivo de plantilla…</translation>
    </message>
    <message>
        <source>Open the round to phones</source>
        <translation>Abrir la ronda a los teléfonos</translation>
    </message>
    <message>
        <source>Open the warnings panel</source>
        <translation>Abrir el panel de avisos</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Abrir a los teléfonos</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Openness is recorded for data relations (004); this one is {kind}.</source>
        <translation>La apertura se registra para las relaciones de datos (004); esta es de tipo {kind}.</translation>
    </message>
    <message>
        <source>Opens a fresh copy; the bundled demo stays untouched</source>
        <translation>Abre una copia nueva; la demostración incluida no se modifica</translation>
    </message>
    <message>
        <source>Operations team</source>
        <comment>arena level</comment>
        <translation>Equipo de operaciones</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>role</comment>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>Se opone</translation>
    </message>
    <message>
        <source>Opposes the goal</source>
        <comment>alignment</comment>
        <translation>Se opone al objetivo</translation>
    </message>
    <message>
        <source>Opposes the goal (hollow blocks)</source>
        <translation>Se opone al objetivo (bloques huecos)</translation>
    </message>
    <message numerus="yes">
        <source>option</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>opción</numerusform>
            <numerusform>opciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Orchestration (004)</source>
        <translation>Orquestación (004)</translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <comment>role</comment>
        <translation>Orquestador</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Order in phase</source>
        <translation>Orden en la fase</translation>
    </message>
    <message>
        <source>Order within the phase: lower comes first</source>
        <translation>Orden dentro de la fase: el menor va primero</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation or group</source>
        <translation>Organización o grupo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Other (local stage)</source>
        <translation>Otra (etapa local)</translation>
    </message>
    <message>
        <source>Other decision</source>
        <comment>decision kind</comment>
        <translation>Otra decisión</translation>
    </message>
    <message>
        <source>Other forum</source>
        <comment>arena level</comment>
        <translation>Otro foro</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>part in orchestration</source>
        <comment>presence fact</comment>
        <translation>participación en la orquestación</translation>
    </message>
    <message numerus="yes">
        <source>participant</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>participante</numerusform>
            <numerusform>participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Participante {n}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Participantes…</translation>
    </message>
    <message>
        <source>Pattern warnings: questions for the room, with their source</source>
        <translation>Avisos de patrones: preguntas para la sala, con su fuente</translation>
    </message>
    <message>
        <source>Patterns the research warns about, read off the map. They are questions for the room, not verdicts; an info note is not a problem in itself.</source>
        <translation>Patrones sobre los que advierte la investigación, leídos en el mapa. Son preguntas para la sala, no veredictos; una nota informativa no es en sí un problema.</translation>
    </message>
    <message>
        <source>pays for the project or parts of it</source>
        <comment>role help</comment>
        <translation>paga el proyecto o partes de él</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>PDF of the map (one page per phase)</source>
        <translation>PDF del mapa (una página por fase)</translation>
    </message>
    <message>
        <source>percentages (0-100)</source>
        <translation>porcentajes (0-100)</translation>
    </message>
    <message numerus="yes">
        <source>person</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>persona</numerusform>
            <numerusform>personas</numerusform>
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
            <numerusform>fases</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase name missing</source>
        <translation>Falta el nombre de la fase</translation>
    </message>
    <message>
        <source>Phase numbers are each workshop's own; a gap means nothing to show (e.g. not scored).</source>
        <translation>Los números de fase son propios de cada taller; un hueco significa que no hay nada que mostrar (p. ej., sin puntuar).</translation>
    </message>
    <message>
        <source>Phase of the other session</source>
        <translation>Fase de la otra sesión</translation>
    </message>
    <message>
        <source>Phase slider</source>
        <translation>Control deslizante de fases</translation>
    </message>
    <message>
        <source>Phase {a} → {b} of {n}: {name}</source>
        <translation>Fase {a} → {b} de {n}: {name}</translation>
    </message>
    <message>
        <source>Phase {i} of {n}</source>
        <translation>Fase {i} de {n}</translation>
    </message>
    <message>
        <source>Phase {i} of {n} — {shown} of {total} {what} shown</source>
        <translation>Fase {i} de {n} — {shown} de {total} {what} visibles</translation>
    </message>
    <message>
        <source>Phase {i} of {n}: {name}</source>
        <translation>Fase {i} de {n}: {name}</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Phases:  {names}</source>
        <translation>Fases:  {names}</translation>
    </message>
    <message>
        <source>Phases: {names}</source>
        <translation>Fases: {names}</translation>
    </message>
    <message numerus="yes">
        <source>phone</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>teléfono</numerusform>
            <numerusform>teléfonos</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Phones are closed.</source>
        <translation>Los teléfonos están cerrados.</translation>
    </message>
    <message>
        <source>Phones can join this round</source>
        <translation>Los teléfonos pueden unirse a esta ronda</translation>
    </message>
    <message>
        <source>Phones cannot vote</source>
        <translation>Los teléfonos no pueden votar</translation>
    </message>
    <message>
        <source>Phones closed: another session was opened.</source>
        <translation>Teléfonos cerrados: se abrió otra sesión.</translation>
    </message>
    <message>
        <source>Phones closed: the scoring round ended.</source>
        <translation>Teléfonos cerrados: la ronda de puntuación terminó.</translation>
    </message>
    <message>
        <source>Phones closed; the round goes on.</source>
        <translation>Teléfonos cerrados; la ronda continúa.</translation>
    </message>
    <message>
        <source>Phones could not join</source>
        <translation>Los teléfonos no pudieron unirse</translation>
    </message>
    <message>
        <source>Pick at least one score before sending.</source>
        <translation>Elija al menos una puntuación antes de enviar.</translation>
    </message>
    <message>
        <source>Pick two different phases to compare.</source>
        <translation>Elija dos fases distintas para comparar.</translation>
    </message>
    <message>
        <source>Pick who said it to keep the words as a quote</source>
        <translation>Elija quién lo dijo para conservar las palabras como cita</translation>
    </message>
    <message>
        <source>Pilot</source>
        <comment>phase</comment>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Piloting</source>
        <translation>Pilotaje</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Pinned: arranging leaves it where it is</source>
        <translation>Fijado: al organizar se queda donde está</translation>
    </message>
    <message>
        <source>Place a new actor in this phase</source>
        <translation>Colocar un actor nuevo en esta fase</translation>
    </message>
    <message>
        <source>Place on the influence grid</source>
        <translation>Colocar en la cuadrícula de influencia</translation>
    </message>
    <message>
        <source>Plan adopted</source>
        <comment>decision kind</comment>
        <translation>Plan aprobado</translation>
    </message>
    <message>
        <source>Please give the phase a name.</source>
        <translation>Dé un nombre a la fase.</translation>
    </message>
    <message>
        <source>Please say what was decided.</source>
        <translation>Indique qué se decidió.</translation>
    </message>
    <message>
        <source>PNG frames of the change across phases (a folder)</source>
        <translation>Fotogramas PNG del cambio a lo largo de las fases (una carpeta)</translation>
    </message>
    <message>
        <source>PNG image of the map (one file per phase)</source>
        <translation>Imagen PNG del mapa (un archivo por fase)</translation>
    </message>
    <message>
        <source>Point at an actor or a relation (or move to it with the Tab key) to see its roles or scores in this phase.</source>
        <translation>Señale un actor o una relación (o desplácese hasta él con la tecla Tab) para ver sus roles o puntuaciones en esta fase.</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Político</translation>
    </message>
    <message>
        <source>Political actor</source>
        <comment>role</comment>
        <translation>Actor político</translation>
    </message>
    <message>
        <source>Political work (rules, rights, boundaries)</source>
        <comment>work kind</comment>
        <translation>Trabajo político (reglas, derechos, límites)</translation>
    </message>
    <message>
        <source>Pool the source levels (reference participants) into the room's median</source>
        <translation>Agregar los niveles de las fuentes (participantes de referencia) a la mediana de la sala</translation>
    </message>
    <message>
        <source>practical know-how: engineering, data science, facilitation, training</source>
        <comment>ability help</comment>
        <translation>saber hacer práctico: ingeniería, ciencia de datos, facilitación, formación</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Presence and roles copied for {actors} (Ctrl+Z undoes it).</source>
        <translation>Presencia y roles copiados para {actors} (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Presence source</source>
        <translation>Fuente de la presencia</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
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
        <translation>Presentar  (F6)</translation>
    </message>
    <message>
        <source>Present but no relation recorded: missing from the map?</source>
        <translation>Presente pero sin relaciones registradas: ¿falta en el mapa?</translation>
    </message>
    <message>
        <source>Present but unconnected, with little say: participating without influence?</source>
        <translation>Presente pero sin conexiones y con poco peso: ¿participación sin influencia?</translation>
    </message>
    <message>
        <source>Present step by step</source>
        <translation>Presentar paso a paso</translation>
    </message>
    <message>
        <source>Present, then not described</source>
        <translation>Presente, luego no descrito</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Presentation label size</source>
        <translation>Tamaño de las etiquetas en la presentación</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Pantalla de presentación</translation>
    </message>
    <message>
        <source>Presentation sequence: {what}</source>
        <translation>Secuencia de presentación: {what}</translation>
    </message>
    <message>
        <source>Presentation sequence…</source>
        <translation>Secuencia de presentación…</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presentando</translation>
    </message>
    <message>
        <source>Presenting step by step: PgDn, Right or Space show the next item; F6 stops.</source>
        <translation>Presentación paso a paso: PgDn, Right o Space muestran el elemento siguiente; F6 la detiene.</translation>
    </message>
    <message>
        <source>Preview of the score cells</source>
        <translation>Vista previa de las celdas de puntuación</translation>
    </message>
    <message>
        <source>Previous person</source>
        <translation>Persona anterior</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Fase anterior</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Private</source>
        <comment>actor type</comment>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Project team</source>
        <comment>arena level</comment>
        <translation>Equipo de proyecto</translation>
    </message>
    <message numerus="yes">
        <source>prompt</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>consigna</numerusform>
            <numerusform>consignas</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Consignas</translation>
    </message>
    <message>
        <source>Prompts not yet discussed</source>
        <translation>Consignas aún no comentadas</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Provider</source>
        <comment>role</comment>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Pseudonymise (actors become "Government 1"…, no notes, no names)</source>
        <translation>Seudonimizar (los actores pasan a ser «Gobierno 1»…, sin notas ni nombres)</translation>
    </message>
    <message>
        <source>Pseudonymise (no names of people or organisations, no notes or quotes)</source>
        <translation>Seudonimizar (sin nombres de personas ni organizaciones, sin notas ni citas)</translation>
    </message>
    <message>
        <source>public actor that looks after shared assets and enables rather than commands</source>
        <comment>role help</comment>
        <translation>actor público que cuida de los bienes comunes y facilita en lugar de mandar</translation>
    </message>
    <message>
        <source>public actor working through hierarchy and procedure</source>
        <comment>role help</comment>
        <translation>actor público que actúa mediante la jerarquía y el procedimiento</translation>
    </message>
    <message>
        <source>public bodies at any tier: municipal units, regional authorities, ministries, arm's-length public bodies</source>
        <comment>actor type help</comment>
        <translation>organismos públicos de cualquier nivel: unidades municipales, autoridades regionales, ministerios, organismos públicos autónomos</translation>
    </message>
    <message>
        <source>Public side depends on private data: vendor lock-in risk</source>
        <translation>El sector público depende de datos privados: riesgo de quedar cautivo de un proveedor</translation>
    </message>
    <message>
        <source>Public value</source>
        <translation>Valor público</translation>
    </message>
    <message>
        <source>Public value effects</source>
        <translation>Efectos en el valor público</translation>
    </message>
    <message>
        <source>Public value: {text}</source>
        <translation>Valor público: {text}</translation>
    </message>
    <message>
        <source>Put the actors or relations in your own order</source>
        <translation>Poner los actores o relaciones en su propio orden</translation>
    </message>
    <message>
        <source>Put the actors or relations in your own order (saved in the session)</source>
        <translation>Poner los actores o relaciones en su propio orden (se guarda en la sesión)</translation>
    </message>
    <message>
        <source>Put the new folder in</source>
        <translation>Crear la carpeta nueva en</translation>
    </message>
    <message>
        <source>Put the selected actors back on their place shared by all phases</source>
        <translation>Devolver los actores seleccionados a su lugar común a todas las fases</translation>
    </message>
    <message>
        <source>QUESTION FOR THE ROOM</source>
        <translation>PREGUNTA PARA LA SALA</translation>
    </message>
    <message>
        <source>Question {step} of {steps} on this relation: one question at a time.</source>
        <translation>Pregunta {step} de {steps} sobre esta relación: una pregunta cada vez.</translation>
    </message>
    <message>
        <source>Questions for “{name}” ({stage} stage)</source>
        <translation>Preguntas para «{name}» (etapa: {stage})</translation>
    </message>
    <message>
        <source>Questions raised by the map</source>
        <translation>Preguntas que plantea el mapa</translation>
    </message>
    <message>
        <source>Questions the room discussed</source>
        <translation>Preguntas que comentó la sala</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>Quote from</source>
        <translation>Cita de</translation>
    </message>
    <message>
        <source>Quote written {time} (UTC)</source>
        <translation>Cita escrita {time} (UTC)</translation>
    </message>
    <message>
        <source>read from an imported file</source>
        <comment>source kind</comment>
        <translation>leída de un archivo importado</translation>
    </message>
    <message>
        <source>Read-only: edits are not saved</source>
        <translation>Solo lectura: las ediciones no se guardan</translation>
    </message>
    <message>
        <source>Reading the sessions</source>
        <translation>Leyendo las sesiones</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record its influence and stance at once (one undo step)</source>
        <translation>Registrar su influencia y su postura a la vez (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Rehacer {edit}</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rehecho</translation>
    </message>
    <message>
        <source>Regional</source>
        <comment>scale</comment>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Regulator</source>
        <comment>role</comment>
        <translation>Regulador</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Related actors close together</source>
        <translation>Actores relacionados juntos</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message numerus="yes">
        <source>relation</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relación</numerusform>
            <numerusform>relaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>relation appeared</source>
        <translation>relación que aparece</translation>
    </message>
    <message>
        <source>relation ended (faded)</source>
        <translation>relación terminada (atenuada)</translation>
    </message>
    <message>
        <source>relation ended (shown faded)</source>
        <translation>relación terminada (atenuada)</translation>
    </message>
    <message>
        <source>relation kind</source>
        <translation>tipo de relación</translation>
    </message>
    <message>
        <source>Relation kinds</source>
        <translation>Tipos de relación</translation>
    </message>
    <message>
        <source>Relation labels</source>
        <translation>Etiquetas de las relaciones</translation>
    </message>
    <message>
        <source>relation medians, 1–5</source>
        <translation>medianas de las relaciones, 1–5</translation>
    </message>
    <message>
        <source>relation only in this session</source>
        <translation>relación solo en esta sesión</translation>
    </message>
    <message>
        <source>Relation {number} of {total} · {name}</source>
        <translation>Relación {number} de {total} · {name}</translation>
    </message>
    <message numerus="yes">
        <source>relation-phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relación-fase</numerusform>
            <numerusform>relaciones-fase</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relaciones</translation>
    </message>
    <message>
        <source>Relations active, then not described</source>
        <translation>Relaciones activas, luego no descritas</translation>
    </message>
    <message>
        <source>Relations and scores</source>
        <translation>Relaciones y puntuaciones</translation>
    </message>
    <message>
        <source>Relations described again</source>
        <translation>Relaciones descritas de nuevo</translation>
    </message>
    <message>
        <source>Relations ended</source>
        <translation>Relaciones terminadas</translation>
    </message>
    <message>
        <source>Relations in collaboration</source>
        <translation>Relaciones en colaboración</translation>
    </message>
    <message>
        <source>Relations in each 3C class</source>
        <translation>Relaciones en cada clase 3C</translation>
    </message>
    <message>
        <source>Relations in this phase where the votes differ most</source>
        <translation>Relaciones de esta fase en las que los votos más difieren</translation>
    </message>
    <message>
        <source>Relations nobody scored</source>
        <translation>Relaciones que nadie puntuó</translation>
    </message>
    <message>
        <source>Relations not described in the later phase</source>
        <translation>Relaciones no descritas en la fase posterior</translation>
    </message>
    <message>
        <source>Relations not described in the second phase</source>
        <translation>Relaciones no descritas en la segunda fase</translation>
    </message>
    <message>
        <source>Relations not described, then active</source>
        <translation>Relaciones no descritas, luego activas</translation>
    </message>
    <message>
        <source>Relations still missing a score in this phase</source>
        <comment>round relations</comment>
        <translation>Relaciones que aún no tienen puntuación en esta fase</translation>
    </message>
    <message>
        <source>Relations that appeared</source>
        <translation>Relaciones que aparecieron</translation>
    </message>
    <message>
        <source>Relations that ended</source>
        <translation>Relaciones que terminaron</translation>
    </message>
    <message>
        <source>Relations, by kind</source>
        <translation>Relaciones, por tipo</translation>
    </message>
    <message>
        <source>Relations: colour = trust, width = commitment</source>
        <translation>Relaciones: color = confianza, grosor = compromiso</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Renombrar fase</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Replace corpus?</source>
        <translation>¿Sustituir el corpus?</translation>
    </message>
    <message>
        <source>Replace folder?</source>
        <translation>¿Sustituir la carpeta?</translation>
    </message>
    <message>
        <source>Replace “{name}” with the backup from {when_text} ({actors}, {relations})?

The current version is backed up first; you can restore it the same way.</source>
        <translation>¿Sustituir «{name}» por la copia de seguridad de {when_text} ({actors}, {relations})?

Antes se guarda una copia de la versión actual; puede restaurarla de la misma forma.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <source>Research &amp;corpus…</source>
        <translation>Corp&amp;us de investigación…</translation>
    </message>
    <message>
        <source>Research bundle: every data format and a codebook (a folder)</source>
        <translation>Paquete de investigación: todos los formatos de datos y un libro de códigos (una carpeta)</translation>
    </message>
    <message>
        <source>Research corpus</source>
        <translation>Corpus de investigación</translation>
    </message>
    <message>
        <source>Research corpus (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Corpus de investigación (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Research corpus (*.db *.sqlite);;All files (*)</source>
        <translation>Corpus de investigación (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Researcher</source>
        <comment>role</comment>
        <translation>Investigador</translation>
    </message>
    <message>
        <source>Reset position in this phase</source>
        <translation>Restablecer la posición en esta fase</translation>
    </message>
    <message>
        <source>residents and individual users, organised or not</source>
        <comment>actor type help</comment>
        <translation>residentes y usuarios individuales, organizados o no</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>ability</comment>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>relation kind</comment>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Error al restaurar</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>No es posible restaurar</translation>
    </message>
    <message>
        <source>Reveal the votes</source>
        <translation>Revelar los votos</translation>
    </message>
    <message>
        <source>Reveal the votes  (V)</source>
        <translation>Revelar los votos  (V)</translation>
    </message>
    <message>
        <source>Reveal the votes of a blind question</source>
        <translation>Revelar los votos de una pregunta a ciegas</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <source>Reverse the direction (target becomes source)</source>
        <translation>Invertir la dirección (el destino pasa a ser el origen)</translation>
    </message>
    <message>
        <source>Right-click to add a decision point</source>
        <translation>Clic derecho para añadir un punto de decisión</translation>
    </message>
    <message>
        <source>Rings from neighbourhood (centre) to international (outside), with guides</source>
        <translation>Anillos del barrio (centro) a lo internacional (exterior), con guías</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Role source</source>
        <translation>Fuente del rol</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles cambiados</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>roles cambiados</translation>
    </message>
    <message>
        <source>roles differ</source>
        <translation>los roles difieren</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Roles aquí</translation>
    </message>
    <message>
        <source>Roles in this phase</source>
        <translation>Roles en esta fase</translation>
    </message>
    <message>
        <source>Roles in this phase (◆: source recorded)</source>
        <translation>Roles en esta fase (◆: fuente registrada)</translation>
    </message>
    <message>
        <source>Roles that changed</source>
        <translation>Roles que cambiaron</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Roles: {roles}</translation>
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
        <translation>sala y fuentes agregadas</translation>
    </message>
    <message numerus="yes">
        <source>room participant</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>participante de la sala</numerusform>
            <numerusform>participantes de la sala</numerusform>
        </translation>
    </message>
    <message>
        <source>Room: not scored</source>
        <translation>Sala: sin puntuar</translation>
    </message>
    <message>
        <source>Round complete: {relations} put to the room.</source>
        <translation>Ronda completa: {relations} sometidas a la sala.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>Regla: {rule}</translation>
    </message>
    <message>
        <source>runs infrastructure or a service day to day</source>
        <comment>role help</comment>
        <translation>gestiona una infraestructura o un servicio en el día a día</translation>
    </message>
    <message>
        <source>said or voted in the workshop room</source>
        <comment>source kind</comment>
        <translation>dicho o votado en la sala del taller</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Guardar correspondencia…</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Guardar informe como</translation>
    </message>
    <message>
        <source>Save set-up as te&amp;mplate…</source>
        <translation>&amp;Guardar configuración como plantilla…</translation>
    </message>
    <message>
        <source>Save set-up as template</source>
        <translation>Guardar configuración como plantilla</translation>
    </message>
    <message>
        <source>Save the corpus as</source>
        <translation>Guardar el corpus como</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>Guardar la correspondencia como</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Guardar la nueva sesión como</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Saved the set-up as {name}</source>
        <translation>Configuración guardada como {name}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Scale rings</source>
        <translation>Anillos de escala</translation>
    </message>
    <message>
        <source>Scaling</source>
        <comment>phase</comment>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>score at another level</source>
        <translation>puntuación en otro nivel</translation>
    </message>
    <message numerus="yes">
        <source>score cell</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>celda de puntuación</numerusform>
            <numerusform>celdas de puntuación</numerusform>
        </translation>
    </message>
    <message>
        <source>score level changed</source>
        <translation>nivel de puntuación cambiado</translation>
    </message>
    <message>
        <source>Score scales</source>
        <translation>Escalas de puntuación</translation>
    </message>
    <message>
        <source>Score the selected relation {v}</source>
        <translation>Puntuar la relación seleccionada con {v}</translation>
    </message>
    <message>
        <source>Score {v}</source>
        <translation>Puntuar {v}</translation>
    </message>
    <message numerus="yes">
        <source>scored relation-phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relación-fase puntuada</numerusform>
            <numerusform>relaciones-fase puntuadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores are the median of the participants' votes on the app's 1–5 scale; the glossary at the end explains the scales, the 3C classes and the roles.</source>
        <translation>Las puntuaciones son la mediana de los votos de los participantes en la escala 1–5 de la aplicación; el glosario del final explica las escalas, las clases 3C y los roles.</translation>
    </message>
    <message>
        <source>Scores are whole numbers from {low} to {high} for the dimensions asked.</source>
        <translation>Las puntuaciones son números enteros de {low} a {high} para las dimensiones consultadas.</translation>
    </message>
    <message>
        <source>scores changed</source>
        <translation>puntuaciones cambiadas</translation>
    </message>
    <message>
        <source>Scores changed level</source>
        <translation>Puntuaciones que cambiaron de nivel</translation>
    </message>
    <message>
        <source>Scores that changed level</source>
        <translation>Puntuaciones que cambiaron de nivel</translation>
    </message>
    <message>
        <source>Scoring as</source>
        <translation>Puntuando como</translation>
    </message>
    <message>
        <source>Scoring round</source>
        <translation>Ronda de puntuación</translation>
    </message>
    <message>
        <source>Scoring round ended: its phase was deleted.</source>
        <translation>Ronda de puntuación terminada: se eliminó su fase.</translation>
    </message>
    <message>
        <source>Scoring round ended: no relations left to score.</source>
        <translation>Ronda de puntuación terminada: no quedan relaciones por puntuar.</translation>
    </message>
    <message>
        <source>Scoring round ended: nobody left to ask.</source>
        <translation>Ronda de puntuación terminada: no queda nadie a quien consultar.</translation>
    </message>
    <message>
        <source>Scoring round ended: you moved to another phase (the votes are kept).</source>
        <translation>Ronda de puntuación terminada: pasó a otra fase (los votos se conservan).</translation>
    </message>
    <message>
        <source>Scoring round · relation {number} of {total}</source>
        <translation>Ronda de puntuación · relación {number} de {total}</translation>
    </message>
    <message>
        <source>Screen {n}</source>
        <translation>Pantalla {n}</translation>
    </message>
    <message>
        <source>Second-language name</source>
        <translation>Nombre en segundo idioma</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Sectors for government, industry, academia and civil society, intermediaries in the middle, with guides</source>
        <translation>Sectores para gobierno, industria, academia y sociedad civil, con los intermediarios en el centro, con guías</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Seleccione primero un participante.</translation>
    </message>
    <message>
        <source>Select an actor or a relation.

N — new actor
C — connect tool (or Shift+drag)
1–5 — score the selected relation
PgUp / PgDn — previous / next phase</source>
        <translation>Seleccione un actor o una relación.

N — actor nuevo
C — herramienta de conexión (o Shift+arrastrar)
1–5 — puntuar la relación seleccionada
PgUp / PgDn — fase anterior / siguiente</translation>
    </message>
    <message>
        <source>Select an actor to record its influence, stance towards the goal, part in orchestration, institutional work and public value in this phase; select a data relation to record how open its data is.</source>
        <translation>Seleccione un actor para registrar su influencia, su postura ante el objetivo, su participación en la orquestación, el trabajo institucional y el valor público en esta fase; seleccione una relación de datos para registrar lo abiertos que son sus datos.</translation>
    </message>
    <message>
        <source>Select one actor on the map to follow it through the phases.</source>
        <translation>Seleccione un actor en el mapa para seguirlo a lo largo de las fases.</translation>
    </message>
    <message>
        <source>Select one relation to score it with the keys 1–5.</source>
        <translation>Seleccione una relación para puntuarla con las teclas 1–5.</translation>
    </message>
    <message>
        <source>Select the actors to bring into this phase (ghosts too), then press B.</source>
        <translation>Seleccione los actores que quiere traer a esta fase (también los fantasmas) y pulse B.</translation>
    </message>
    <message numerus="yes">
        <source>selected actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>actor seleccionado</numerusform>
            <numerusform>actores seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected relations</source>
        <comment>round relations</comment>
        <translation>Relaciones seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>self-loop</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>bucle</numerusform>
            <numerusform>bucles</numerusform>
        </translation>
    </message>
    <message>
        <source>sells technology or IT systems to the public side</source>
        <comment>role help</comment>
        <translation>vende tecnología o sistemas informáticos al sector público</translation>
    </message>
    <message>
        <source>Send my scores</source>
        <translation>Enviar mis puntuaciones</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Separate groups</source>
        <translation>Grupos separados</translation>
    </message>
    <message>
        <source>Separate groups (components)</source>
        <translation>Grupos separados (componentes)</translation>
    </message>
    <message>
        <source>Sequence of {what}</source>
        <translation>Secuencia de {what}</translation>
    </message>
    <message>
        <source>Session already open</source>
        <translation>La sesión ya está abierta</translation>
    </message>
    <message>
        <source>Session tit&amp;le…</source>
        <translation>&amp;Título de la sesión…</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>Session upgraded</source>
        <translation>Sesión actualizada</translation>
    </message>
    <message>
        <source>Sessions for the new corpus</source>
        <translation>Sesiones para el nuevo corpus</translation>
    </message>
    <message>
        <source>Sessions to add</source>
        <translation>Sesiones que añadir</translation>
    </message>
    <message>
        <source>sets rules, policy frames, standards or statutory duties</source>
        <comment>role help</comment>
        <translation>establece normas, marcos de política, estándares u obligaciones legales</translation>
    </message>
    <message>
        <source>sharing knowledge, meetings, advice, training</source>
        <comment>relation kind help</comment>
        <translation>compartir conocimientos, reuniones, asesoramiento, formación</translation>
    </message>
    <message>
        <source>Show absent actors</source>
        <translation>Mostrar actores ausentes</translation>
    </message>
    <message>
        <source>Show absent actors as faint ghosts</source>
        <translation>Mostrar los actores ausentes como fantasmas tenues</translation>
    </message>
    <message>
        <source>Show actors absent from this phase as faint ghosts (and those it does not describe as hollow dotted boxes), or hide them</source>
        <translation>Mostrar los actores ausentes de esta fase como fantasmas tenues (y los que no describe como recuadros huecos punteados), u ocultarlos</translation>
    </message>
    <message>
        <source>Show each actor's name in a second language beside its name (set in Properties)</source>
        <translation>Mostrar el nombre de cada actor en un segundo idioma junto a su nombre (se define en Propiedades)</translation>
    </message>
    <message>
        <source>Show kind and 3C class on relations</source>
        <translation>Mostrar el tipo y la clase 3C en las relaciones</translation>
    </message>
    <message>
        <source>Show lens guides</source>
        <translation>Mostrar guías de la lente</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show more warnings</source>
        <translation>Mostrar más avisos</translation>
    </message>
    <message>
        <source>Show second-language names</source>
        <translation>Mostrar nombres en segundo idioma</translation>
    </message>
    <message>
        <source>Show source levels</source>
        <translation>Mostrar niveles de las fuentes</translation>
    </message>
    <message>
        <source>Show that phase on the map</source>
        <translation>Mostrar esa fase en el mapa</translation>
    </message>
    <message>
        <source>Show the legend on the canvas</source>
        <translation>Mostrar la leyenda en el lienzo</translation>
    </message>
    <message>
        <source>Show the levels and classes a source states (◆) beside the room's, on this screen</source>
        <translation>Mostrar los niveles y clases que declara una fuente (◆) junto a los de la sala, en esta pantalla</translation>
    </message>
    <message>
        <source>Show the levels and classes a source states (◆) on the presentation too (hide them while the room votes)</source>
        <translation>Mostrar los niveles y clases que declara una fuente (◆) también en la presentación (ocúltelos mientras vota la sala)</translation>
    </message>
    <message>
        <source>Show the map full screen on the presentation screen (Esc or F5 closes it)</source>
        <translation>Mostrar el mapa a pantalla completa en la pantalla de presentación (Esc o F5 lo cierra)</translation>
    </message>
    <message>
        <source>Show the next warnings of this list</source>
        <translation>Mostrar los siguientes avisos de esta lista</translation>
    </message>
    <message>
        <source>Show the phones panel</source>
        <translation>Mostrar el panel de teléfonos</translation>
    </message>
    <message>
        <source>Show the statement in the presentation's heading</source>
        <translation>Mostrar el enunciado en el encabezado de la presentación</translation>
    </message>
    <message>
        <source>Show the timeline slider under the phase bar</source>
        <translation>Mostrar el control deslizante de la cronología bajo la barra de fases</translation>
    </message>
    <message>
        <source>Show the votes of the blind question to the room now</source>
        <translation>Mostrar ahora a la sala los votos de la pregunta a ciegas</translation>
    </message>
    <message>
        <source>Show the wall one actor or relation at a time; PgDn, Right or Space step on</source>
        <translation>Mostrar en la pared un actor o una relación cada vez; PgDn, Right o Space avanzan</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Mostrar todo el mapa</translation>
    </message>
    <message>
        <source>Show these changes as marks on the map</source>
        <translation>Mostrar estos cambios como marcas en el mapa</translation>
    </message>
    <message>
        <source>Show this question's votes to the room now (V)</source>
        <translation>Mostrar ahora a la sala los votos de esta pregunta (V)</translation>
    </message>
    <message>
        <source>Show what it is about</source>
        <translation>Mostrar a qué se refiere</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Shown under the name when View ▸ Show second-language names is on</source>
        <translation>Se muestra bajo el nombre cuando Ver ▸ Mostrar nombres en segundo idioma está activado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>ability</comment>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Snapshot of {day}</source>
        <translation>Instantánea de {day}</translation>
    </message>
    <message>
        <source>Snapshot of {day} · {phases}</source>
        <translation>Instantánea de {day} · {phases}</translation>
    </message>
    <message>
        <source>Snapshot pack for participants (PDF)</source>
        <translation>Paquete de instantáneas para los participantes (PDF)</translation>
    </message>
    <message>
        <source>Snapshot pack for participants · {day}</source>
        <translation>Paquete de instantáneas para los participantes · {day}</translation>
    </message>
    <message>
        <source>Snapshot pack · {day}</source>
        <translation>Paquete de instantáneas · {day}</translation>
    </message>
    <message>
        <source>some</source>
        <translation>alguna</translation>
    </message>
    <message>
        <source>Some of the file does not fit the app's vocabulary by itself:</source>
        <translation>Parte del archivo no encaja por sí sola en el vocabulario de la aplicación:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>Source in this phase</source>
        <translation>Fuente en esta fase</translation>
    </message>
    <message>
        <source>Source levels on the wall</source>
        <translation>Niveles de las fuentes en la pared</translation>
    </message>
    <message>
        <source>Source of this vote</source>
        <translation>Fuente de este voto</translation>
    </message>
    <message>
        <source>Source of “{role}”</source>
        <translation>Fuente de «{role}»</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Habla en nombre de</translation>
    </message>
    <message>
        <source>Specifications fixed</source>
        <comment>decision kind</comment>
        <translation>Especificaciones fijadas</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Spread: the highest vote minus the lowest on the 1–5 scale, on the dimension where the votes differ most; reference levels from sources are not votes.</source>
        <translation>Dispersión: el voto más alto menos el más bajo en la escala 1–5, en la dimensión en la que los votos más difieren; los niveles de referencia de las fuentes no son votos.</translation>
    </message>
    <message>
        <source>staff, technology, in-kind support, pooled budgets</source>
        <comment>relation kind help</comment>
        <translation>personal, tecnología, apoyo en especie, presupuestos compartidos</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>stance not recorded</source>
        <translation>postura no registrada</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Estándares</translation>
    </message>
    <message>
        <source>Start a round…  (Ctrl+R)</source>
        <translation>Iniciar una ronda…  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start a scoring round</source>
        <translation>Iniciar una ronda de puntuación</translation>
    </message>
    <message>
        <source>Start a scoring round first (Score ▸ Start round…).</source>
        <translation>Inicie primero una ronda de puntuación (Puntuación ▸ Iniciar ronda…).</translation>
    </message>
    <message>
        <source>Start a session with a protocol's phases, roles, prompts, round and groups</source>
        <translation>Iniciar una sesión con las fases, roles, consignas, ronda y grupos de un protocolo</translation>
    </message>
    <message>
        <source>Start again from the order by type</source>
        <translation>Volver a empezar desde el orden por tipo</translation>
    </message>
    <message>
        <source>Start or stop presenting step by step</source>
        <translation>Iniciar o detener la presentación paso a paso</translation>
    </message>
    <message>
        <source>Start or stop presenting step by step (F6)</source>
        <translation>Iniciar o detener la presentación paso a paso (F6)</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Iniciar ronda</translation>
    </message>
    <message>
        <source>Start round…</source>
        <translation>Iniciar ronda…</translation>
    </message>
    <message>
        <source>Start the map

Press N for a new actor, or double-click the canvas where it should stand.
File ▸ Import… (Ctrl+I) brings actors and relations from another tool;
File ▸ Open demo session shows a finished workshop.</source>
        <translation>Empiece el mapa

Pulse N para un actor nuevo, o haga doble clic en el lienzo donde deba situarse.
Archivo ▸ Importar… (Ctrl+I) trae actores y relaciones de otra herramienta;
Archivo ▸ Abrir sesión de demostración muestra un taller terminado.</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>declarada</translation>
    </message>
    <message>
        <source>Stated here: {classes}</source>
        <translation>Declarado aquí: {classes}</translation>
    </message>
    <message>
        <source>Stated in a document</source>
        <translation>Declarada en un documento</translation>
    </message>
    <message>
        <source>stated in a document (with section, page and a short quote)</source>
        <comment>source kind</comment>
        <translation>declarada en un documento (con sección, página y una cita breve)</translation>
    </message>
    <message>
        <source>Stated intensity, {step}: {was} ({said_was}) → {now} ({said_now}).</source>
        <translation>Intensidad declarada, {step}: {was} ({said_was}) → {now} ({said_now}).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <comment>arena level</comment>
        <translation>Comité de dirección</translation>
    </message>
    <message>
        <source>steers an ecosystem towards a shared goal</source>
        <comment>role help</comment>
        <translation>orienta un ecosistema hacia un objetivo compartido</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Steward</source>
        <comment>role</comment>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Stop  (F6)</source>
        <translation>Detener  (F6)</translation>
    </message>
    <message>
        <source>Stop taking votes from phones (the round goes on)</source>
        <translation>Dejar de recibir votos de los teléfonos (la ronda continúa)</translation>
    </message>
    <message>
        <source>Strategist (sets the direction)</source>
        <comment>orchestrator mode</comment>
        <translation>Estratega (marca la dirección)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>studies, experiments, evaluates</source>
        <comment>role help</comment>
        <translation>estudia, experimenta, evalúa</translation>
    </message>
    <message>
        <source>Suggest again</source>
        <translation>Volver a sugerir</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugeridos</translation>
    </message>
    <message numerus="yes">
        <source>suggested match</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>correspondencia sugerida</numerusform>
            <numerusform>correspondencias sugeridas</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: waiting for you; accepted or edited: counts in the canonical views; rejected: never suggested again</source>
        <translation>sugerida: pendiente de usted; aceptada o editada: cuenta en las vistas canónicas; rechazada: no se vuelve a sugerir</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Apoya</translation>
    </message>
    <message>
        <source>Supports the goal</source>
        <comment>alignment</comment>
        <translation>Apoya el objetivo</translation>
    </message>
    <message>
        <source>SVG drawing of the map (one file per phase)</source>
        <translation>Dibujo SVG del mapa (un archivo por fase)</translation>
    </message>
    <message>
        <source>Swap the two phases</source>
        <translation>Intercambiar las dos fases</translation>
    </message>
    <message>
        <source>Switch to the phase and highlight who this is about</source>
        <translation>Ir a la fase y resaltar a quién se refiere</translation>
    </message>
    <message>
        <source>Switched off</source>
        <comment>relation state</comment>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Switched off in this phase: known not to be at work now</source>
        <translation>Desactivada en esta fase: se sabe que ahora no está en funcionamiento</translation>
    </message>
    <message>
        <source>T</source>
        <comment>initial of trust</comment>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>T trust · C commitment · I interdependence: medians of the votes, 1–5; – = not scored.</source>
        <translation>Conf. = confianza · Comp. = compromiso · Interdep. = interdependencia: medianas de los votos, 1–5; – = sin puntuar.</translation>
    </message>
    <message>
        <source>Take the highlight off the map</source>
        <translation>Quitar el resaltado del mapa</translation>
    </message>
    <message>
        <source>Take the marks off the map</source>
        <translation>Quitar las marcas del mapa</translation>
    </message>
    <message>
        <source>takes part in the phase</source>
        <comment>presence help</comment>
        <translation>participa en la fase</translation>
    </message>
    <message>
        <source>Takes part in this phase (roles below)</source>
        <translation>Participa en esta fase (roles abajo)</translation>
    </message>
    <message>
        <source>Talked about: {text}</source>
        <translation>Comentado: {text}</translation>
    </message>
    <message>
        <source>Tap your name. This phone remembers it for the rest of the workshop.</source>
        <translation>Toque su nombre. Este teléfono lo recordará durante el resto del taller.</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Technical work (standards, systems, procedures)</source>
        <comment>work kind</comment>
        <translation>Trabajo técnico (estándares, sistemas, procedimientos)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Plantilla no guardada</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Plantillas (*.json)</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Plantillas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Tension: {tensions}</source>
        <translation>Tensión: {tensions}</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>That code is not right; check the screen and try again.</source>
        <translation>Ese código no es correcto; revise la pantalla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The 1–5 scores</source>
        <translation>Las puntuaciones 1–5</translation>
    </message>
    <message>
        <source>The actor this participant speaks for (optional)</source>
        <translation>El actor en cuyo nombre habla este participante (opcional)</translation>
    </message>
    <message>
        <source>The actor's story, phase by phase</source>
        <translation>La historia del actor, fase a fase</translation>
    </message>
    <message>
        <source>The class of the votes that count, by the session's {rule} (Score ▸ Session settings)</source>
        <translation>La clase de los votos que cuentan, según la {rule} de la sesión (Puntuación ▸ Ajustes de la sesión)</translation>
    </message>
    <message>
        <source>The comparison of phases is not available in this version.</source>
        <translation>La comparación de fases no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>The console reopens in {language}: the running round ends and the phones are closed (every vote given is kept). Change the language now?</source>
        <translation>La consola se reabre en {language}: la ronda en curso termina y los teléfonos se cierran (se conservan todos los votos emitidos). ¿Cambiar el idioma ahora?</translation>
    </message>
    <message>
        <source>The earlier phase of the comparison</source>
        <translation>La fase anterior de la comparación</translation>
    </message>
    <message>
        <source>The edit was not saved:
{exc}</source>
        <translation>La edición no se guardó:
{exc}</translation>
    </message>
    <message>
        <source>The fact keeps its value and no longer names a source</source>
        <translation>El hecho conserva su valor y ya no indica ninguna fuente</translation>
    </message>
    <message>
        <source>The file holds no trust, commitment or interdependence values.</source>
        <translation>El archivo no contiene valores de confianza, compromiso ni interdependencia.</translation>
    </message>
    <message>
        <source>The film as numbered PNG pictures in a new folder, for video editors.</source>
        <translation>El vídeo como imágenes PNG numeradas en una carpeta nueva, para editores de vídeo.</translation>
    </message>
    <message>
        <source>The language of the console, the wall, the exports and the report; phones start in it and may pick their own</source>
        <translation>El idioma de la consola, la pared, las exportaciones y el informe; los teléfonos empiezan en él y pueden elegir el suyo</translation>
    </message>
    <message>
        <source>The laptop is busy; please send your scores again.</source>
        <translation>El portátil está ocupado; envíe sus puntuaciones de nuevo.</translation>
    </message>
    <message>
        <source>The last step of the last phase is on the wall.</source>
        <translation>El último paso de la última fase está en la pared.</translation>
    </message>
    <message>
        <source>The map in {phase}, as the room saw it.</source>
        <translation>El mapa en {phase}, tal como lo vio la sala.</translation>
    </message>
    <message>
        <source>The map is already arranged that way.</source>
        <translation>El mapa ya está organizado así.</translation>
    </message>
    <message>
        <source>The map raised no pattern warnings.</source>
        <translation>El mapa no generó avisos de patrones.</translation>
    </message>
    <message>
        <source>The map, phase by phase</source>
        <translation>El mapa, fase a fase</translation>
    </message>
    <message>
        <source>The mapping as a CSV file to decide in a spreadsheet</source>
        <translation>La correspondencia como archivo CSV para decidir en una hoja de cálculo</translation>
    </message>
    <message>
        <source>the middle of the three levels is low: loose ties, mostly sharing information</source>
        <comment>3C class help</comment>
        <translation>el nivel intermedio de las tres es bajo: vínculos débiles, sobre todo intercambio de información</translation>
    </message>
    <message>
        <source>The name in a second language (optional)</source>
        <translation>El nombre en un segundo idioma (opcional)</translation>
    </message>
    <message>
        <source>The name written with every decision (who decided, and when)</source>
        <translation>El nombre que se escribe con cada decisión (quién decidió y cuándo)</translation>
    </message>
    <message>
        <source>The network has grown: where has intensity dropped, and is that a useful pause or a stall?</source>
        <translation>La red ha crecido: ¿dónde ha bajado la intensidad, y es una pausa útil o un estancamiento?</translation>
    </message>
    <message>
        <source>The order in which “{unit}” shows the {what} when the order is “Your saved sequence”. Each phase shows those it has, in this order.</source>
        <translation>El orden en que «{unit}» muestra los {what} cuando el orden es «Su secuencia guardada». Cada fase muestra los que tiene, en este orden.</translation>
    </message>
    <message>
        <source>The order of the questions: {order}</source>
        <translation>El orden de las preguntas: {order}</translation>
    </message>
    <message>
        <source>The order of the steps: by type, by scale or your saved sequence</source>
        <translation>El orden de los pasos: por tipo, por escala o su secuencia guardada</translation>
    </message>
    <message>
        <source>The other session's phase</source>
        <translation>La fase de la otra sesión</translation>
    </message>
    <message>
        <source>The phase to compare it with</source>
        <translation>La fase con la que compararla</translation>
    </message>
    <message>
        <source>The phone page could not be opened on {address}: {value}.
Check that the laptop is on the room's network, or pick another address.</source>
        <translation>No se pudo abrir la página para teléfonos en {address}: {value}.
Compruebe que el portátil está en la red de la sala o elija otra dirección.</translation>
    </message>
    <message>
        <source>The public value the project and each phase are meant to create; who gains, who bears costs</source>
        <translation>El valor público que el proyecto y cada fase deben crear; quién se beneficia y quién asume los costes</translation>
    </message>
    <message>
        <source>The public value this project is meant to create, in the room's words</source>
        <translation>El valor público que este proyecto debe crear, en palabras de la sala</translation>
    </message>
    <message>
        <source>The question on {dimension}</source>
        <translation>La pregunta sobre {dimension}</translation>
    </message>
    <message>
        <source>The relation is part of this phase</source>
        <translation>La relación forma parte de esta fase</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>la sala</translation>
    </message>
    <message>
        <source>The room (said or voted here)</source>
        <translation>La sala (dicho o votado aquí)</translation>
    </message>
    <message>
        <source>The room has not scored any relation with two or more votes yet, so there is no agreement or disagreement to report.</source>
        <translation>La sala aún no ha puntuado ninguna relación con dos o más votos, así que no hay concordancia ni desacuerdo que informar.</translation>
    </message>
    <message>
        <source>The room has not scored this</source>
        <translation>La sala no ha puntuado esto</translation>
    </message>
    <message>
        <source>The room is voting on this relation; its votes are shown once revealed</source>
        <translation>La sala está votando esta relación; sus votos se muestran cuando se revelan</translation>
    </message>
    <message>
        <source>The room on these actors and relations:</source>
        <translation>La sala sobre estos actores y relaciones:</translation>
    </message>
    <message>
        <source>the room or the source says it is not there</source>
        <comment>presence help</comment>
        <translation>la sala o la fuente dice que no está</translation>
    </message>
    <message>
        <source>The room took up every warning the map raised.</source>
        <translation>La sala abordó todos los avisos que generó el mapa.</translation>
    </message>
    <message>
        <source>The room's answer: {answer}</source>
        <translation>La respuesta de la sala: {answer}</translation>
    </message>
    <message>
        <source>The room's median {median}, {low}–{high}, {votes}</source>
        <translation>Mediana de la sala {median}, {low}–{high}, {votes}</translation>
    </message>
    <message>
        <source>The room's notes for this phase:</source>
        <translation>Las notas de la sala para esta fase:</translation>
    </message>
    <message>
        <source>THE ROOM'S VOTES</source>
        <translation>LOS VOTOS DE LA SALA</translation>
    </message>
    <message>
        <source>The room: median {median}, {low}–{high}, {votes}</source>
        <translation>La sala: mediana {median}, {low}–{high}, {votes}</translation>
    </message>
    <message>
        <source>the same file content is already in the corpus as “{name}”</source>
        <translation>el mismo contenido de archivo ya está en el corpus como «{name}»</translation>
    </message>
    <message>
        <source>The same film as a looping GIF: plays in slides, e-mail and web pages.</source>
        <translation>El mismo vídeo como GIF en bucle: se reproduce en diapositivas, correos electrónicos y páginas web.</translation>
    </message>
    <message>
        <source>The selected actor through all phases</source>
        <translation>El actor seleccionado a lo largo de todas las fases</translation>
    </message>
    <message>
        <source>The session has one phase: nothing to compare.</source>
        <translation>La sesión tiene una sola fase: nada que comparar.</translation>
    </message>
    <message>
        <source>the source does not say what kind of body it is</source>
        <comment>actor type help</comment>
        <translation>la fuente no dice qué tipo de organismo es</translation>
    </message>
    <message>
        <source>The source is silent about it in this phase: neither present nor gone</source>
        <translation>La fuente no dice nada al respecto en esta fase: ni presente ni ausente</translation>
    </message>
    <message>
        <source>The source is silent about the relation in this phase</source>
        <translation>La fuente no dice nada sobre la relación en esta fase</translation>
    </message>
    <message>
        <source>the source says nothing about it in this phase</source>
        <comment>presence help</comment>
        <translation>la fuente no dice nada al respecto en esta fase</translation>
    </message>
    <message>
        <source>The stage decides which facilitation prompts and warnings apply.</source>
        <translation>La etapa determina qué consignas de facilitación y avisos se aplican.</translation>
    </message>
    <message>
        <source>The two workshops' metrics over their phases on one chart</source>
        <translation>Las métricas de los dos talleres a lo largo de sus fases en un gráfico</translation>
    </message>
    <message>
        <source>The vote could not be saved.</source>
        <translation>No se pudo guardar el voto.</translation>
    </message>
    <message>
        <source>The votes are revealed.</source>
        <translation>Los votos se han revelado.</translation>
    </message>
    <message>
        <source>the whole phase</source>
        <translation>toda la fase</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>the {kind} relation {relation}</source>
        <translation>la relación de {kind} {relation}</translation>
    </message>
    <message>
        <source>The {relation} ended</source>
        <translation>La {relation} terminó</translation>
    </message>
    <message>
        <source>The {relation}: active in {a}, not described in {b}</source>
        <translation>La {relation}: activa en {a}, no descrita en {b}</translation>
    </message>
    <message>
        <source>The {relation}: not described in {a}, active in {b}</source>
        <translation>La {relation}: no descrita en {a}, activa en {b}</translation>
    </message>
    <message>
        <source>There are no backups of this session yet. The first one is made the next time the session is opened, or after some minutes of editing.</source>
        <translation>Aún no hay copias de seguridad de esta sesión. La primera se hace la próxima vez que se abra la sesión o tras unos minutos de edición.</translation>
    </message>
    <message>
        <source>There are no participants to ask in this choice.</source>
        <translation>No hay participantes a quienes consultar en esta selección.</translation>
    </message>
    <message>
        <source>There are no relations to score in this choice.</source>
        <translation>No hay relaciones que puntuar en esta selección.</translation>
    </message>
    <message>
        <source>These actors are the suggested canonical actor (double-click a row does the same)</source>
        <translation>Estos actores son el actor canónico sugerido (hacer doble clic en una fila hace lo mismo)</translation>
    </message>
    <message>
        <source>These are patterns the research warns about. They are questions for the room, not verdicts; an info note is not a problem in itself.</source>
        <translation>Son patrones sobre los que advierte la investigación. Son preguntas para la sala, no veredictos; una nota informativa no es en sí un problema.</translation>
    </message>
    <message>
        <source>They already take part in this phase.</source>
        <translation>Ya participan en esta fase.</translation>
    </message>
    <message>
        <source>This computer only: phones cannot reach this address.</source>
        <translation>Solo este ordenador: los teléfonos no pueden llegar a esta dirección.</translation>
    </message>
    <message>
        <source>This install cannot export {fmt!r}.</source>
        <translation>Esta instalación no puede exportar {fmt!r}.</translation>
    </message>
    <message>
        <source>This install has no importers.</source>
        <translation>Esta instalación no tiene importadores.</translation>
    </message>
    <message>
        <source>This is the first phase: there is nothing before it to compare with.</source>
        <translation>Esta es la primera fase: no hay nada anterior con lo que compararla.</translation>
    </message>
    <message>
        <source>This page updates by itself; keep it open.</source>
        <translation>Esta página se actualiza sola; manténgala abierta.</translation>
    </message>
    <message>
        <source>This phase</source>
        <translation>Esta fase</translation>
    </message>
    <message>
        <source>This phase already has the previous phase's actors and roles.</source>
        <translation>Esta fase ya tiene los actores y roles de la fase anterior.</translation>
    </message>
    <message>
        <source>This phase beside a phase of another session</source>
        <translation>Esta fase junto a una fase de otra sesión</translation>
    </message>
    <message>
        <source>This phase has no relations to score yet.</source>
        <translation>Esta fase aún no tiene relaciones que puntuar.</translation>
    </message>
    <message>
        <source>This question has moved on.</source>
        <translation>Esta pregunta ya ha pasado.</translation>
    </message>
    <message>
        <source>This question has moved on; your phone now shows the current one.</source>
        <translation>Esta pregunta ya ha pasado; su teléfono muestra ahora la actual.</translation>
    </message>
    <message>
        <source>This relation is not part of the phase any more, so it cannot be scored.</source>
        <translation>Esta relación ya no forma parte de la fase, así que no se puede puntuar.</translation>
    </message>
    <message>
        <source>This round has closed.</source>
        <translation>Esta ronda se ha cerrado.</translation>
    </message>
    <message>
        <source>This round is closed or its code has changed. Scan the new code on the screen.</source>
        <translation>Esta ronda está cerrada o su código ha cambiado. Escanee el código nuevo de la pantalla.</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sesión</translation>
    </message>
    <message>
        <source>This session has no phases.</source>
        <translation>Esta sesión no tiene fases.</translation>
    </message>
    <message>
        <source>This session is open read-only, so votes cannot be saved.</source>
        <translation>Esta sesión está abierta en solo lectura, así que no se pueden guardar votos.</translation>
    </message>
    <message>
        <source>This session was made by an older version and has been upgraded.
A copy of the original was kept beside it.</source>
        <translation>Esta sesión se creó con una versión anterior y se ha actualizado.
Se guardó una copia del original junto a ella.</translation>
    </message>
    <message>
        <source>This source is cited by {facts}; corrections here change it for all.</source>
        <translation>Esta fuente la citan {facts}; las correcciones aquí la cambian para todos.</translation>
    </message>
    <message>
        <source>Tick the people to ask, in this order</source>
        <translation>Marque las personas a las que consultar, en este orden</translation>
    </message>
    <message>
        <source>Tick the roles the actor holds in this phase</source>
        <translation>Marque los roles que tiene el actor en esta fase</translation>
    </message>
    <message>
        <source>Tick what the actor does in this phase (001, Table 1).</source>
        <translation>Marque lo que hace el actor en esta fase (001, tabla 1).</translation>
    </message>
    <message>
        <source>Tick when the room has talked about it</source>
        <translation>Márquelo cuando la sala lo haya comentado</translation>
    </message>
    <message>
        <source>Tidy overlaps</source>
        <translation>Ordenar superposiciones</translation>
    </message>
    <message>
        <source>Tidy overlaps: {actors} moved</source>
        <translation>Ordenar superposiciones: {actors} movidos</translation>
    </message>
    <message numerus="yes">
        <source>time</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>marca de tiempo</numerusform>
            <numerusform>marcas de tiempo</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title page, each phase's map with roles and scores, what changed, warnings and a glossary, ready to hand out.</source>
        <translation>Portada, el mapa de cada fase con roles y puntuaciones, qué cambió, avisos y un glosario, listo para repartir.</translation>
    </message>
    <message>
        <source>Title shown on the canvas and snapshots:</source>
        <translation>Título que se muestra en el lienzo y en las instantáneas:</translation>
    </message>
    <message>
        <source>Title shown on the projector and the handouts:</source>
        <translation>Título que se muestra en el proyector y en los folletos:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>From phase … to phase …</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>To the &amp;bottom</source>
        <translation>Al &amp;final</translation>
    </message>
    <message>
        <source>To the &amp;top</source>
        <translation>Al &amp;principio</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Top broker (betweenness)</source>
        <translation>Principal intermediario (intermediación)</translation>
    </message>
    <message>
        <source>Top broker's betweenness (0–1)</source>
        <translation>Intermediación del principal intermediario (0–1)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Trust</source>
        <comment>dimension</comment>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Trust (colour):</source>
        <translation>Confianza (color):</translation>
    </message>
    <message>
        <source>Trust, commitment and interdependence are scored per relation and phase. The 1–5 scale is this app's choice, not the papers'; the papers speak of low, medium and high, so 1–2 read as low, 3 as medium and 4–5 as high.</source>
        <translation>La confianza, el compromiso y la interdependencia se puntúan por relación y fase. La escala 1–5 es una elección de esta aplicación, no de los artículos; los artículos hablan de bajo, medio y alto, así que 1–2 se lee como bajo, 3 como medio y 4–5 como alto.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type a note and press Enter   (Ctrl+M comes here)</source>
        <translation>Escriba una nota y pulse Enter   (Ctrl+M lleva aquí)</translation>
    </message>
    <message>
        <source>Type a note and press Enter; Ctrl+M comes here from anywhere</source>
        <translation>Escriba una nota y pulse Enter; Ctrl+M lleva aquí desde cualquier lugar</translation>
    </message>
    <message>
        <source>Type a timestamped note (or a quote) for this phase</source>
        <translation>Escribir una nota con marca de tiempo (o una cita) para esta fase</translation>
    </message>
    <message>
        <source>Type the code shown on the facilitator's screen.</source>
        <translation>Escriba el código que se muestra en la pantalla del facilitador.</translation>
    </message>
    <message>
        <source>Types, kinds and roles</source>
        <translation>Tipos de actor, de relación y roles</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>unclassified (not all three scored)</source>
        <translation>sin clasificar (no están puntuadas las tres)</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Deshacer la última edición</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Deshacer {edit}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>universities, research centres and institutes</source>
        <comment>actor type help</comment>
        <translation>universidades, centros e institutos de investigación</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>actor type</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>openness</comment>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>scale</comment>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sin emparejar</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message numerus="yes">
        <source>unplaced actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>actor sin colocar</numerusform>
            <numerusform>actores sin colocar</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <comment>role</comment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>uses or consumes the service or data</source>
        <comment>role help</comment>
        <translation>usa o consume el servicio o los datos</translation>
    </message>
    <message numerus="yes">
        <source>value</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>valor</numerusform>
            <numerusform>valores</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor</source>
        <comment>role</comment>
        <translation>Proveedor tecnológico</translation>
    </message>
    <message>
        <source>very high</source>
        <comment>score</comment>
        <translation>muy alto</translation>
    </message>
    <message>
        <source>very little</source>
        <translation>muy poca</translation>
    </message>
    <message>
        <source>very low</source>
        <comment>score</comment>
        <translation>muy bajo</translation>
    </message>
    <message numerus="yes">
        <source>vote</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>voto</numerusform>
            <numerusform>votos</numerusform>
        </translation>
    </message>
    <message>
        <source>VOTE FROM YOUR PHONE</source>
        <translation>VOTE DESDE SU TELÉFONO</translation>
    </message>
    <message>
        <source>Vote not saved</source>
        <translation>Voto no guardado</translation>
    </message>
    <message>
        <source>Vote not taken</source>
        <translation>Voto no recibido</translation>
    </message>
    <message numerus="yes">
        <source>voter</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>votante</numerusform>
            <numerusform>votantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votantes</translation>
    </message>
    <message>
        <source>Voters: {parts}  ({rule})</source>
        <translation>Votantes: {parts}  ({rule})</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>votes differ by 2 or more</source>
        <translation>los votos difieren en 2 o más</translation>
    </message>
    <message>
        <source>votes differ by 2+</source>
        <translation>votos difieren en 2+</translation>
    </message>
    <message>
        <source>Votes differ by two steps or more</source>
        <translation>Los votos difieren en dos pasos o más</translation>
    </message>
    <message>
        <source>votes in the room; counted in the median, spread and 3C class</source>
        <comment>participant kind</comment>
        <translation>vota en la sala; cuenta en la mediana, la dispersión y la clase 3C</translation>
    </message>
    <message>
        <source>Votes stay hidden until everyone has answered</source>
        <translation>Los votos permanecen ocultos hasta que todos hayan respondido</translation>
    </message>
    <message>
        <source>Votes stay hidden until everyone has answered.</source>
        <translation>Los votos permanecen ocultos hasta que todos hayan respondido.</translation>
    </message>
    <message>
        <source>voting…</source>
        <translation>votando…</translation>
    </message>
    <message>
        <source>Waiting for the next relation…</source>
        <translation>Esperando la siguiente relación…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Avisos ({n})</translation>
    </message>
    <message>
        <source>Warnings and how the room answered them</source>
        <translation>Avisos y cómo respondió la sala</translation>
    </message>
    <message>
        <source>Warnings not discussed</source>
        <translation>Avisos no comentados</translation>
    </message>
    <message>
        <source>Warnings: …</source>
        <translation>Avisos: …</translation>
    </message>
    <message>
        <source>Weakest dimension (each voter's own class, then their median)</source>
        <translation>Dimensión más débil (la clase propia de cada votante y luego su mediana)</translation>
    </message>
    <message>
        <source>weakest-dimension rule</source>
        <translation>regla de la dimensión más débil</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>What changed between phases</source>
        <translation>Qué cambió entre fases</translation>
    </message>
    <message>
        <source>What changed since “{phase}”</source>
        <translation>Qué cambió desde «{phase}»</translation>
    </message>
    <message>
        <source>What changed: {a} → {b}</source>
        <translation>Qué cambió: {a} → {b}</translation>
    </message>
    <message>
        <source>what costs the actor bears (public value)</source>
        <comment>presence fact</comment>
        <translation>qué costes asume el actor (valor público)</translation>
    </message>
    <message>
        <source>What costs this actor bears</source>
        <translation>Qué costes asume este actor</translation>
    </message>
    <message>
        <source>What it fixed, who took it (optional)</source>
        <translation>Qué fijó, quién la tomó (opcional)</translation>
    </message>
    <message>
        <source>what the actor gains (public value)</source>
        <comment>presence fact</comment>
        <translation>qué obtiene el actor (valor público)</translation>
    </message>
    <message>
        <source>What the template sets up</source>
        <translation>Qué configura la plantilla</translation>
    </message>
    <message>
        <source>What this actor does in this phase</source>
        <translation>Qué hace este actor en esta fase</translation>
    </message>
    <message>
        <source>What this actor gains (public value)</source>
        <translation>Qué obtiene este actor (valor público)</translation>
    </message>
    <message>
        <source>What this phase is meant to deliver for the public</source>
        <translation>Qué debe aportar esta fase al público</translation>
    </message>
    <message>
        <source>What urban problem are we solving, and does our data measure that problem or only what is easy to count?</source>
        <translation>¿Qué problema urbano estamos resolviendo, y nuestros datos miden ese problema o solo lo que es fácil de contar?</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>what you share will not be used against you</source>
        <comment>dimension help</comment>
        <translation>que lo que comparte no se utilice en su contra</translation>
    </message>
    <message>
        <source>Where does this come from?
{fact_label}</source>
        <translation>¿De dónde viene esto?
{fact_label}</translation>
    </message>
    <message>
        <source>Where the room agreed and disagreed</source>
        <translation>Dónde la sala estuvo de acuerdo y en desacuerdo</translation>
    </message>
    <message>
        <source>Where the room agreed most</source>
        <translation>Dónde la sala estuvo más de acuerdo</translation>
    </message>
    <message>
        <source>Where the room disagreed most</source>
        <translation>Dónde la sala estuvo más en desacuerdo</translation>
    </message>
    <message>
        <source>Whether each step shows one actor or one relation</source>
        <translation>Si cada paso muestra un actor o una relación</translation>
    </message>
    <message>
        <source>Which parties and jurisdictions must keep sharing data for the system to work, and have they agreed to it?</source>
        <translation>¿Qué partes y jurisdicciones deben seguir compartiendo datos para que el sistema funcione, y lo han acordado?</translation>
    </message>
    <message>
        <source>Which places and groups gain from this, and which are missing from the data and the investment?</source>
        <translation>¿Qué lugares y grupos salen ganando con esto, y cuáles faltan en los datos y en la inversión?</translation>
    </message>
    <message>
        <source>Which questions, in which words? ({a} and {b} are the two actors)</source>
        <translation>¿Qué preguntas, con qué palabras? ({a} y {b} son los dos actores)</translation>
    </message>
    <message>
        <source>Which quick win could show value early, and who shares openly what did not work?</source>
        <translation>¿Qué logro rápido podría mostrar valor pronto, y quién comparte abiertamente lo que no funcionó?</translation>
    </message>
    <message>
        <source>Which rule, charter or body would make it clear who supplies and who uses data, so that partners can commit again?</source>
        <translation>¿Qué norma, carta u órgano dejaría claro quién suministra datos y quién los usa, para que los socios puedan volver a comprometerse?</translation>
    </message>
    <message>
        <source>While presenting step by step</source>
        <translation>Durante la presentación paso a paso</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <source>Who bears costs (public value)</source>
        <translation>Quién asume costes (valor público)</translation>
    </message>
    <message>
        <source>Who brings the agility to experiment, and who could replicate and roll out the solution if it works?</source>
        <translation>¿Quién aporta la agilidad para experimentar, y quién podría replicar y desplegar la solución si funciona?</translation>
    </message>
    <message>
        <source>Who controls the systems and data, and can public partners reach their own data without paying or being stuck with one supplier?</source>
        <translation>¿Quién controla los sistemas y los datos, y pueden los socios públicos acceder a sus propios datos sin pagar ni quedar atados a un único proveedor?</translation>
    </message>
    <message>
        <source>Who gains (public value)</source>
        <translation>Quién se beneficia (valor público)</translation>
    </message>
    <message>
        <source>Who gains, who bears costs</source>
        <translation>Quién se beneficia, quién asume costes</translation>
    </message>
    <message>
        <source>who inferred or recorded it</source>
        <translation>quién lo infirió o registró</translation>
    </message>
    <message>
        <source>Who is asked</source>
        <translation>A quién se consulta</translation>
    </message>
    <message>
        <source>Who is asked? (in this order)</source>
        <translation>¿A quién se consulta? (en este orden)</translation>
    </message>
    <message>
        <source>Who is in the room, their organisation and whom they speak for</source>
        <translation>Quién está en la sala, su organización y en nombre de quién habla</translation>
    </message>
    <message>
        <source>Who is making the goal meaningful to everyone (cultural work), not only handing out tasks (political work)?</source>
        <translation>¿Quién da sentido al objetivo para todos (trabajo cultural), y no solo reparte tareas (trabajo político)?</translation>
    </message>
    <message>
        <source>Who joined</source>
        <translation>Quién se incorporó</translation>
    </message>
    <message>
        <source>Who knows the neighbourhoods involved, and how is that knowledge connected to city, national or international partners?</source>
        <translation>¿Quién conoce los barrios implicados, y cómo se conecta ese conocimiento con los socios de la ciudad, nacionales o internacionales?</translation>
    </message>
    <message>
        <source>Who leads and persuades here, and what brings each actor to the table: money, a shared problem, interdependence or uncertainty?</source>
        <translation>¿Quién lidera y persuade aquí, y qué trae a cada actor a la mesa: el dinero, un problema compartido, la interdependencia o la incertidumbre?</translation>
    </message>
    <message>
        <source>Who left</source>
        <translation>Quién salió</translation>
    </message>
    <message>
        <source>Who left since the last phase, who joined, whose role changed — and was that a decision or an accident?</source>
        <translation>¿Quién se ha ido desde la última fase, quién se ha sumado, a quién le ha cambiado el rol —y fue una decisión o algo fortuito?</translation>
    </message>
    <message>
        <source>Who orchestrates now — one actor or a coalition — and do they both set direction and manage the daily work?</source>
        <translation>¿Quién orquesta ahora —un actor o una coalición—, y a la vez marca el rumbo y gestiona el trabajo diario?</translation>
    </message>
    <message>
        <source>Who takes part, in which role</source>
        <translation>Quién participa, con qué rol</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quién participó</translation>
    </message>
    <message>
        <source>Who will have to adopt, run and maintain the result, and are they in the room yet?</source>
        <translation>¿Quién tendrá que adoptar, operar y mantener el resultado, y está ya en la sala?</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>Whole session: {alphas}</source>
        <translation>Toda la sesión: {alphas}</translation>
    </message>
    <message>
        <source>Whose vote the buttons and the keys 1–5 give</source>
        <translation>De quién es el voto que dan los botones y las teclas 1–5</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>why</source>
        <translation>por qué</translation>
    </message>
    <message>
        <source>why it was inferred</source>
        <translation>por qué se infirió</translation>
    </message>
    <message>
        <source>Width x height in pixels: 1280x720 suits slides, 1920x1080 a big screen</source>
        <translation>Ancho x alto en píxeles: 1280x720 sirve para diapositivas, 1920x1080 para una pantalla grande</translation>
    </message>
    <message>
        <source>willing to invest in and stay in this relation</source>
        <comment>dimension help</comment>
        <translation>dispuesto a invertir en esta relación y a mantenerse en ella</translation>
    </message>
    <message>
        <source>Willingness to invest in and stay in the relationship</source>
        <translation>Disposición a invertir en la relación y a mantenerse en ella</translation>
    </message>
    <message>
        <source>willingness to invest in and stay in the relationship.</source>
        <translation>disposición a invertir en la relación y a mantenerse en ella.</translation>
    </message>
    <message>
        <source>with a data relation</source>
        <translation>con una relación de datos</translation>
    </message>
    <message>
        <source>with agreement and data relations</source>
        <translation>con relaciones de acuerdo y de datos</translation>
    </message>
    <message>
        <source>with agreement relations</source>
        <translation>con relaciones de acuerdo</translation>
    </message>
    <message>
        <source>with an agreement relation</source>
        <translation>con una relación de acuerdo</translation>
    </message>
    <message>
        <source>with data relations</source>
        <translation>con relaciones de datos</translation>
    </message>
    <message>
        <source>With several participants the map shows the median of their votes (the lower one when two are in the middle), never an average. Unscored stays empty (shown as –) and is never read as 0.</source>
        <translation>Con varios participantes, el mapa muestra la mediana de sus votos (la inferior cuando hay dos en el medio), nunca una media. Lo no puntuado queda vacío (se muestra como –) y nunca se lee como 0.</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento de Word (.docx)</translation>
    </message>
    <message>
        <source>Words of the map</source>
        <translation>Palabras del mapa</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message numerus="yes">
        <source>workshop</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>taller</numerusform>
            <numerusform>talleres</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop report · {day}</source>
        <translation>Informe del taller · {day}</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop)</source>
        <translation>Sesiones de taller (*.workshop)</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop);;All files (*)</source>
        <translation>Sesiones de taller (*.workshop);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Escribir una nota</translation>
    </message>
    <message>
        <source>Written by Assemblage Workshop</source>
        <translation>Generado por Assemblage Workshop</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}</source>
        <translation>Se escribieron {files} en {folder}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Usted:</translation>
    </message>
    <message>
        <source>Your name is no longer on the list; please pick it again.</source>
        <translation>Su nombre ya no está en la lista; elíjalo de nuevo.</translation>
    </message>
    <message>
        <source>Your scores were not taken; please try again.</source>
        <translation>No se recibieron sus puntuaciones; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your vote could not be saved; please try again.</source>
        <translation>No se pudo guardar su voto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your vote was not taken.</source>
        <translation>No se recibió su voto.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom the map</source>
        <translation>Zoom del mapa</translation>
    </message>
    <message>
        <source>{actors} brought into this phase (Ctrl+Z takes them out again).</source>
        <translation>{actors} traídos a esta fase (Ctrl+Z los vuelve a sacar).</translation>
    </message>
    <message>
        <source>{actors} take part</source>
        <translation>{actors} participan</translation>
    </message>
    <message>
        <source>{actors} take part; {relations}, {scored} of them scored</source>
        <translation>{actors} participan; {relations}, {scored} de ellas puntuadas</translation>
    </message>
    <message>
        <source>{actors} takes part</source>
        <translation>{actors} participa</translation>
    </message>
    <message>
        <source>{actors} · {relations} in this phase  |  {saved} to {name}</source>
        <translation>{actors} · {relations} en esta fase  |  {saved} en {name}</translation>
    </message>
    <message>
        <source>{actors}, {relations}, {phases} and {scored} from {name} ({fmt}).</source>
        <translation>{actors}, {relations}, {phases} y {scored} de {name} ({fmt}).</translation>
    </message>
    <message>
        <source>{changes} between {name_a} and {name_b}</source>
        <translation>{changes} entre {name_a} y {name_b}</translation>
    </message>
    <message>
        <source>{citizens}: no decision or agreement relation in {phase}.</source>
        <translation>{citizens}: ninguna relación de decisión ni de acuerdo en {phase}.</translation>
    </message>
    <message>
        <source>{collaboration} of the {classed} classed relations in {phase} are collaboration.</source>
        <translation>{collaboration} de las {classed} relaciones clasificadas en {phase} son de colaboración.</translation>
    </message>
    <message>
        <source>{corpus}  ·  {workshops}, {actors}  ·  {get} suggested, {n} decided, {get2} rejected, {get3} unmatched</source>
        <translation>{corpus}  ·  {workshops}, {actors}  ·  {get} sugeridos, {n} decididos, {get2} rechazados, {get3} sin emparejar</translation>
    </message>
    <message>
        <source>{count} actors took part in {phase} but not in {next}: {names}.</source>
        <translation>{count} actores participaron en {phase}, pero no en {next}: {names}.</translation>
    </message>
    <message>
        <source>{count} for {new_canonical_actors}.</source>
        <translation>{count} para {new_canonical_actors}.</translation>
    </message>
    <message>
        <source>{decisions} dropped (actor renamed or removed)</source>
        <translation>{decisions} descartadas (actor renombrado o eliminado)</translation>
    </message>
    <message>
        <source>{dimension} &lt;b&gt;{alpha:.2f}&lt;/b&gt; ({units} rel., {voters})</source>
        <translation>{dimension} &lt;b&gt;{alpha:.2f}&lt;/b&gt; ({units} rel., {voters})</translation>
    </message>
    <message>
        <source>{dimension} &lt;i&gt;undefined&lt;/i&gt; ({reason})</source>
        <translation>{dimension} &lt;i&gt;indefinido&lt;/i&gt; ({reason})</translation>
    </message>
    <message>
        <source>{dimension} in the {relation} went from {was_level} ({was}) to {now_level} ({now})</source>
        <translation>{dimension} en la {relation} pasó de {was_level} ({was}) a {now_level} ({now})</translation>
    </message>
    <message>
        <source>{dimension} {was} → {now}</source>
        <translation>{dimension} {was} → {now}</translation>
    </message>
    <message>
        <source>{dimension}: median {median}, spread {spread}</source>
        <translation>{dimension}: mediana {median}, dispersión {spread}</translation>
    </message>
    <message>
        <source>{done} of {n} have answered this question</source>
        <translation>{done} de {n} han respondido a esta pregunta</translation>
    </message>
    <message>
        <source>{done} of {n} have scored this relation</source>
        <translation>{done} de {n} han puntuado esta relación</translation>
    </message>
    <message>
        <source>{done} of {n} talked about in this phase. Tick them off; a note keeps what the room said.</source>
        <translation>{done} de {n} comentadas en esta fase. Márquelas; una nota conserva lo que dijo la sala.</translation>
    </message>
    <message>
        <source>{done}: {label}</source>
        <translation>{done}: {label}</translation>
    </message>
    <message>
        <source>{done}: {text} — by {value}.</source>
        <translation>{done}: {text} — por {value}.</translation>
    </message>
    <message>
        <source>{exc}

The session was not changed.</source>
        <translation>{exc}

La sesión no se modificó.</translation>
    </message>
    <message>
        <source>{fmt} (*{suffix});;All files (*)</source>
        <translation>{fmt} (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{hidden} more… (show {hidden2} more)</source>
        <translation>{hidden} más… (mostrar {hidden2} más)</translation>
    </message>
    <message>
        <source>{id} is about who or what is missing: nothing to highlight on the map.</source>
        <translation>{id} trata de quién o qué falta: nada que resaltar en el mapa.</translation>
    </message>
    <message>
        <source>{kinds} (*{wanted});;All files (*)</source>
        <translation>{kinds} (*{wanted});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{kind} relation between {source} and {target}</source>
        <translation>relación de {kind} entre {source} y {target}</translation>
    </message>
    <message>
        <source>{kind} relation from {source} to {target}</source>
        <translation>relación de {kind} de {source} a {target}</translation>
    </message>
    <message>
        <source>{kind} work, {aim}</source>
        <translation>Trabajo {kind}, {aim}</translation>
    </message>
    <message>
        <source>{low} of the {scored} relations scored for commitment in {phase} are low</source>
        <translation>{low} de las {scored} relaciones con compromiso puntuado en {phase} lo tienen bajo</translation>
    </message>
    <message>
        <source>{median} ({votes})</source>
        <translation>{median} ({votes})</translation>
    </message>
    <message>
        <source>{median} ({votes}, spread {spread})</source>
        <translation>{median} ({votes}, dispersión {spread})</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message numerus="yes">
        <source>{names} appears for the first time in {phase}, {relations} already.</source>
        <translation>
            <numerusform>{names} aparece por primera vez en {phase}, ya {relations}.</numerusform>
            <numerusform>{names} aparecen por primera vez en {phase}, ya {relations}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} first takes part in {phase}, after {after}, when it was recorded absent.</source>
        <translation>
            <numerusform>{names} participa por primera vez en {phase}, después de {after}, cuando figuraba como ausente.</numerusform>
            <numerusform>{names} participan por primera vez en {phase}, después de {after}, cuando figuraban como ausentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} is recorded as absent from {phase}.</source>
        <translation>
            <numerusform>{names} figura como ausente en {phase}.</numerusform>
            <numerusform>{names} figuran como ausentes en {phase}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} takes part in {phase} without any relation, with little say recorded (influence or roles).</source>
        <translation>
            <numerusform>{names} participa en {phase} sin ninguna relación y con poco peso en las decisiones según lo registrado (influencia o roles).</numerusform>
            <numerusform>{names} participan en {phase} sin ninguna relación y con poco peso en las decisiones según lo registrado (influencia o roles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} takes part in {phase}, but no relation is recorded for it there.</source>
        <translation>
            <numerusform>{names} participa en {phase}, pero no tiene ninguna relación registrada en esa fase.</numerusform>
            <numerusform>{names} participan en {phase}, pero no tienen ninguna relación registrada en esa fase.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  ({state} here)</source>
        <translation>{name}  ({state} aquí)</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (datos cerrados)</translation>
    </message>
    <message>
        <source>{name} (private)</source>
        <translation>{name} (privado)</translation>
    </message>
    <message>
        <source>{name} (private) is an end of {degree} of the {total} relations in {phase}: the others may come to depend on a firm whose aims are its own.</source>
        <translation>{name} (privado) es un extremo de {degree} de las {total} relaciones de {phase}: los demás podrían acabar dependiendo de una empresa con objetivos propios.</translation>
    </message>
    <message>
        <source>{name} (the actor)</source>
        <translation>{name} (el actor)</translation>
    </message>
    <message>
        <source>{name} (vendor-held)</source>
        <translation>{name} (datos en manos de un proveedor)</translation>
    </message>
    <message>
        <source>{name} ({value})
Right-click to rename, move or delete</source>
        <translation>{name} ({value})
Clic derecho para renombrar, mover o eliminar</translation>
    </message>
    <message>
        <source>{name} is an end of {degree} of the {total} relations in {phase} and holds no orchestrator role there.</source>
        <translation>{name} es un extremo de {degree} de las {total} relaciones de {phase} y no tiene allí ningún rol de orquestador.</translation>
    </message>
    <message>
        <source>{name} joined between {a} and {b}</source>
        <translation>{name} se incorporó entre {a} y {b}</translation>
    </message>
    <message>
        <source>{name} left between {a} and {b}</source>
        <translation>{name} salió entre {a} y {b}</translation>
    </message>
    <message>
        <source>{name} took part in {phase} but not in {next}.</source>
        <translation>{name} participó en {phase}, pero no en {next}.</translation>
    </message>
    <message>
        <source>{name}: not described in {a}, present in {b}</source>
        <translation>{name}: no descrito en {a}, presente en {b}</translation>
    </message>
    <message>
        <source>{name}: present in {a}, not described in {b}</source>
        <translation>{name}: presente en {a}, no descrito en {b}</translation>
    </message>
    <message>
        <source>{name}: the app imports GEXF, GraphML, CSV, XLSX, Pajek, GML, JSON (Kumu, node-link, JSON Graph Format) and Cytoscape files.</source>
        <translation>{name}: la aplicación importa archivos GEXF, GraphML, CSV, XLSX, Pajek, GML, JSON (Kumu, node-link, JSON Graph Format) y Cytoscape.</translation>
    </message>
    <message>
        <source>{name}: {role} in “{phase}”</source>
        <translation>{name}: {role} en «{phase}»</translation>
    </message>
    <message>
        <source>{name}: {state} in “{phase}”</source>
        <translation>{name}: {state} en «{phase}»</translation>
    </message>
    <message>
        <source>{next_step} (Enter)</source>
        <translation>{next_step} (Enter)</translation>
    </message>
    <message>
        <source>{note}  · on {subject}</source>
        <translation>{note}  · sobre {subject}</translation>
    </message>
    <message>
        <source>{n} for “{name}”. Questions for the room, not errors.</source>
        <translation>{n} para «{name}». Preguntas para la sala, no errores.</translation>
    </message>
    <message>
        <source>{n} in</source>
        <translation>{n} entrantes</translation>
    </message>
    <message>
        <source>{n} in the whole session. Questions for the room, not errors.</source>
        <translation>{n} en toda la sesión. Preguntas para la sala, no errores.</translation>
    </message>
    <message>
        <source>{n} in {phases}</source>
        <translation>{n} en {phases}</translation>
    </message>
    <message>
        <source>{n} not taken (late or incomplete)</source>
        <translation>{n} no recibidos (tardíos o incompletos)</translation>
    </message>
    <message>
        <source>{n} of {n2} answers still missing.</source>
        <translation>Faltan todavía {n} de {n2} respuestas.</translation>
    </message>
    <message>
        <source>{n} out</source>
        <translation>{n} salientes</translation>
    </message>
    <message>
        <source>{n} rel.</source>
        <translation>{n} rel.</translation>
    </message>
    <message>
        <source>{n} scored</source>
        <translation>{n} puntuadas</translation>
    </message>
    <message>
        <source>{n} two-way</source>
        <translation>{n} bidireccionales</translation>
    </message>
    <message>
        <source>{out} exists. Build it anew? Its decisions on matches are lost.</source>
        <translation>{out} ya existe. ¿Construirlo de nuevo? Se pierden sus decisiones sobre las correspondencias.</translation>
    </message>
    <message>
        <source>{out} is not empty. Replace it with the new bundle?</source>
        <translation>{out} no está vacía. ¿Sustituirla por el paquete nuevo?</translation>
    </message>
    <message>
        <source>{out}: {actors}. Fill in 'status' (accepted, rejected, edited) or 'canonical_name' and import it again.</source>
        <translation>{out}: {actors}. Rellene 'status' (accepted, rejected, edited) o 'canonical_name' y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>{participants} in the room.</source>
        <translation>{participants} en la sala.</translation>
    </message>
    <message>
        <source>{phase}:</source>
        <translation>{phase}:</translation>
    </message>
    <message>
        <source>{phones} seen · {votes} from {people}</source>
        <translation>{phones} vistos · {votes} de {people}</translation>
    </message>
    <message>
        <source>{relation_label}
{votes} votes; spread = highest minus lowest vote</source>
        <translation>{relation_label}
{votes} votos; dispersión = voto más alto menos voto más bajo</translation>
    </message>
    <message>
        <source>{relations}, {scored} of them scored</source>
        <translation>{relations}, {scored} de ellas puntuadas</translation>
    </message>
    <message>
        <source>{relation}: the vote of {who} in “{phase}”</source>
        <translation>{relation}: el voto de {who} en «{phase}»</translation>
    </message>
    <message>
        <source>{relation}: {state} in “{phase}”</source>
        <translation>{relation}: {state} en «{phase}»</translation>
    </message>
    <message>
        <source>{score_cells} left out</source>
        <translation>{score_cells} excluidas</translation>
    </message>
    <message>
        <source>{shown} of {total} {what}</source>
        <translation>{shown} de {total} {what}</translation>
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
        <translation>{state} en {name}</translation>
    </message>
    <message>
        <source>{target} already exists. Importing never replaces a session; choose a new name.</source>
        <translation>{target} ya existe. Importar nunca sustituye una sesión; elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>{term}: {meaning}</source>
        <translation>{term}: {meaning}</translation>
    </message>
    <message>
        <source>{title} — snapshot</source>
        <translation>{title} — instantánea</translation>
    </message>
    <message>
        <source>{title} — snapshot pack</source>
        <translation>{title} — paquete de instantáneas</translation>
    </message>
    <message>
        <source>{title} — workshop report</source>
        <translation>{title} — informe del taller</translation>
    </message>
    <message>
        <source>{value} {label}  ({n} rel.)</source>
        <translation>{value} {label}  ({n} rel.)</translation>
    </message>
    <message>
        <source>{work} by {names}</source>
        <translation>{work} a cargo de {names}</translation>
    </message>
    <message>
        <source>— does not orchestrate —</source>
        <translation>— no orquesta —</translation>
    </message>
    <message>
        <source>— interoperability not known —</source>
        <translation>— interoperabilidad desconocida —</translation>
    </message>
    <message>
        <source>— nobody (a note)</source>
        <translation>— nadie (una nota)</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— sin asignar —</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— no registrado —</translation>
    </message>
    <message>
        <source>“{name}” is already open for editing in another window.</source>
        <translation>«{name}» ya está abierta para edición en otra ventana.</translation>
    </message>
    <message>
        <source>“{name}” is open for editing in another window ({who}). Close it there, then restore again. Nothing was changed.</source>
        <translation>«{name}» está abierta para edición en otra ventana ({who}). Ciérrela allí y vuelva a restaurar. No se cambió nada.</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <source>… and {more} more relations where the votes differ</source>
        <translation>… y {more} relaciones más en las que los votos difieren</translation>
    </message>
    <message>
        <source>… {n} more</source>
        <translation>… {n} más</translation>
    </message>
    <message>
        <source>≠ Votes differ by {spread} steps: worth talking about</source>
        <translation>≠ Los votos difieren en {spread} pasos: conviene comentarlo</translation>
    </message>
    <message>
        <source>┆ dashed line = phase on the map</source>
        <translation>┆ línea discontinua = fase en el mapa</translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation>▲ Aviso</translation>
    </message>
    <message>
        <source>▲ Warnings: {here} here</source>
        <translation>▲ Avisos: {here} aquí</translation>
    </message>
    <message>
        <source>▲ Warnings: {here} here · {elsewhere}</source>
        <translation>▲ Avisos: {here} aquí · {elsewhere}</translation>
    </message>
    <message>
        <source>▲ Warnings: {n}</source>
        <translation>▲ Avisos: {n}</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>◀ Previous phase</source>
        <translation>◀ Fase anterior</translation>
    </message>
    <message>
        <source>◆ a source's levels</source>
        <translation>◆ niveles de una fuente</translation>
    </message>
    <message>
        <source>◆ A source's levels: trust {trust} · commitment {commitment} · interdependence {interdependence} (beside the room's, not in its median)</source>
        <translation>◆ Niveles de una fuente: confianza {trust} · compromiso {commitment} · interdependencia {interdependence} (junto a los de la sala, no en su mediana)</translation>
    </message>
    <message>
        <source>◆ Class a source states: {classes}</source>
        <translation>◆ Clase que declara una fuente: {classes}</translation>
    </message>
    <message>
        <source>◆ on a line: the levels a source states (colour = trust, size = commitment), never counted in the room's median; ◆coop in a label: the class it states</source>
        <translation>◆ en una línea: los niveles que declara una fuente (color = confianza, tamaño = compromiso), nunca contados en la mediana de la sala; ◆coop en una etiqueta: la clase que declara</translation>
    </message>
    <message>
        <source>◆ Stated for this phase: {stated}</source>
        <translation>◆ Declarado para esta fase: {stated}</translation>
    </message>
    <message>
        <source>◆ Stated {scope}: {what}</source>
        <translation>◆ Declarado {scope}: {what}</translation>
    </message>
    <message>
        <source>◆ Stated: {what}</source>
        <translation>◆ Declarado: {what}</translation>
    </message>
    <message>
        <source>● Info</source>
        <translation>● Info</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Enviado</translation>
    </message>
    <message>
        <source>✓ shown on the wall · ○ not yet · click a step to jump to it</source>
        <translation>✓ mostrado en la pared · ○ todavía no · haga clic en un paso para ir a él</translation>
    </message>
</context>
</TS>
