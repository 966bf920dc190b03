<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>Workshop</name>
    <message>
        <source>
… and {n} more</source>
        <translation>
… et {n} de plus</translation>
    </message>
    <message>
        <source>  (this window)</source>
        <translation>  (cette fenêtre)</translation>
    </message>
    <message>
        <source>  New relations: </source>
        <translation>  Nouvelles relations : </translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (suite)</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} de plus</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> images/s</translation>
    </message>
    <message>
        <source> — who takes part, facts</source>
        <translation> — qui participe, faits</translation>
    </message>
    <message>
        <source>"{decision}" ({kind}, {phase})</source>
        <translation>« {decision} » ({kind}, {phase})</translation>
    </message>
    <message>
        <source>% of its relations</source>
        <translation>% de ses relations</translation>
    </message>
    <message>
        <source>% of relations</source>
        <translation>% des relations</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Acteurs</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>&amp;Phases</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Notation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>(about {about})</source>
        <translation>(à propos de {about})</translation>
    </message>
    <message>
        <source>(click a phase column to show it)</source>
        <translation>(cliquer sur une colonne de phase pour l'afficher)</translation>
    </message>
    <message>
        <source>(click to unfold or fold the quote and the reason)</source>
        <translation>(cliquer pour déplier ou replier la citation et la raison)</translation>
    </message>
    <message>
        <source>(info)</source>
        <translation>(info)</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(aucun indiqué)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l'instant)</translation>
    </message>
    <message>
        <source>+ Phase</source>
        <translation>+ Phase</translation>
    </message>
    <message>
        <source>, not described in {n}</source>
        <translation>, non décrit dans {n}</translation>
    </message>
    <message>
        <source>002 reads 3C per governance level: tick who sits in each forum in the phase shown.</source>
        <translation>002 lit les 3C par niveau de gouvernance : cochez qui siège dans chaque instance pendant la phase affichée.</translation>
    </message>
    <message>
        <source>004 reads openness wider than open data: open, closed or held by a vendor, and whether systems share standards.</source>
        <translation>004 entend l'ouverture au-delà des données ouvertes : ouvert, fermé ou détenu par un fournisseur, et si les systèmes partagent des standards.</translation>
    </message>
    <message>
        <source>004: one body orchestrates (individual) or several together (collective)</source>
        <translation>004 : un organisme orchestre (individuelle) ou plusieurs ensemble (collective)</translation>
    </message>
    <message>
        <source>004: open, closed, or held by a vendor (wider than open data)</source>
        <translation>004 : ouvert, fermé ou détenu par un fournisseur (au-delà des données ouvertes)</translation>
    </message>
    <message>
        <source>1 v. low</source>
        <translation>1 t. faible</translation>
    </message>
    <message>
        <source>1 very low</source>
        <translation>1 très faible</translation>
    </message>
    <message>
        <source>1-5 (as the app)</source>
        <translation>1-5 (comme l'application)</translation>
    </message>
    <message>
        <source>150 dpi suits a handout or slides, 300 dpi a printed poster</source>
        <translation>150 dpi convient à un document à distribuer ou à des diapositives, 300 dpi à une affiche imprimée</translation>
    </message>
    <message>
        <source>1–5 score the marked cell and move on · Backspace clears it · Shift+Tab previous person · click a cell to correct it</source>
        <translation>1–5 notent la cellule marquée et passent à la suivante · Backspace l'efface · Shift+Tab personne précédente · cliquer sur une cellule pour la corriger</translation>
    </message>
    <message>
        <source>2 low</source>
        <translation>2 faible</translation>
    </message>
    <message>
        <source>3 med.</source>
        <translation>3 moy.</translation>
    </message>
    <message>
        <source>3 medium</source>
        <translation>3 moyen</translation>
    </message>
    <message>
        <source>3C ({who}): {cls}</source>
        <translation>3C ({who}) : {cls}</translation>
    </message>
    <message>
        <source>3C class</source>
        <translation>Classe 3C</translation>
    </message>
    <message>
        <source>3C classes</source>
        <translation>Classes 3C</translation>
    </message>
    <message>
        <source>3C rule and source levels</source>
        <translation>Règle 3C et niveaux de source</translation>
    </message>
    <message>
        <source>3C rule and source levels…</source>
        <translation>Règle 3C et niveaux de source…</translation>
    </message>
    <message>
        <source>3C: hidden until the votes are revealed (V)</source>
        <translation>3C : masqué jusqu'à ce que les votes soient dévoilés (V)</translation>
    </message>
    <message>
        <source>3C: {classes}</source>
        <translation>3C : {classes}</translation>
    </message>
    <message>
        <source>3C: –</source>
        <translation>3C : –</translation>
    </message>
    <message>
        <source>3C: – (score all three)</source>
        <translation>3C : – (noter les trois)</translation>
    </message>
    <message>
        <source>4 high</source>
        <translation>4 élevé</translation>
    </message>
    <message>
        <source>5 v. high</source>
        <translation>5 t. élevé</translation>
    </message>
    <message>
        <source>5 very high</source>
        <translation>5 très élevé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt; in {phase}: {alphas}</source>
        <translation>&lt;b&gt;Accord&lt;/b&gt; en {phase} : {alphas}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the room now&lt;/b&gt; ({framework} · {source}):&lt;br&gt;{text}</source>
        <translation>&lt;b&gt;Devant la salle maintenant&lt;/b&gt; ({framework} · {source}) :&lt;br&gt;{text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase: {name}&lt;/b&gt;&lt;br&gt;Which relations?</source>
        <translation>&lt;b&gt;Phase : {name}&lt;/b&gt;&lt;br&gt;Quelles relations ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where should phones connect?&lt;/b&gt;&lt;br&gt;Pick this laptop's address on the network the room's phones are on (usually the Wi-Fi). The page is served only on the address you pick, and only while this round is open.</source>
        <translation>&lt;b&gt;Où les téléphones doivent-ils se connecter ?&lt;/b&gt;&lt;br&gt;Choisissez l'adresse de cet ordinateur sur le réseau auquel sont connectés les téléphones de la salle (généralement le Wi-Fi). La page n'est servie que sur l'adresse choisie, et seulement tant que ce tour est ouvert.</translation>
    </message>
    <message>
        <source>&lt;i&gt;undefined&lt;/i&gt; ({reason})</source>
        <translation>&lt;i&gt;indéfini&lt;/i&gt; ({reason})</translation>
    </message>
    <message>
        <source>&lt;span style='color:{colour}; font-size:16pt'&gt;■&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;span style='color:#555'&gt;· {kind}, {scale} · in {here} of {n} phases{unknown}&lt;/span&gt;</source>
        <translation>&lt;span style='color:{colour}; font-size:16pt'&gt;■&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;span style='color:#555'&gt;· {kind}, {scale} · dans {here} phases sur {n}{unknown}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A  this session, {name}</source>
        <translation>A  cette session, {name}</translation>
    </message>
    <message>
        <source>A decision on the timeline of this phase (specifications fixed, plan adopted...): shown under the phase slider</source>
        <translation>Une décision dans le déroulement de cette phase (cahier des charges arrêté, plan adopté...) : affichée sous le curseur des phases</translation>
    </message>
    <message>
        <source>a name or a workshop</source>
        <translation>un nom ou un atelier</translation>
    </message>
    <message>
        <source>A new source</source>
        <translation>Une nouvelle source</translation>
    </message>
    <message>
        <source>A PDF to hand to every participant</source>
        <translation>Un PDF à remettre à chaque participant</translation>
    </message>
    <message>
        <source>a recognised mandate or capacity to act in a field</source>
        <comment>ability help</comment>
        <translation>un mandat reconnu ou une capacité d'agir dans un domaine</translation>
    </message>
    <message>
        <source>A short quote, word for word</source>
        <translation>Une courte citation, mot pour mot</translation>
    </message>
    <message>
        <source>A stated source needs the document it is stated in.</source>
        <translation>Une source déclarée nécessite le document dans lequel elle est déclarée.</translation>
    </message>
    <message>
        <source>A tension names two dimensions two levels apart, e.g. “{example}”.</source>
        <translation>Une tension désigne deux dimensions séparées de deux niveaux, p. ex. « {example} ».</translation>
    </message>
    <message>
        <source>A Word or PDF report for the people who commissioned the workshop</source>
        <translation>Un rapport Word ou PDF pour les commanditaires de l'atelier</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>About this project</source>
        <translation>À propos de ce projet</translation>
    </message>
    <message>
        <source>about {about}</source>
        <translation>à propos de {about}</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>presence</comment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>absent in this phase</source>
        <translation>absent dans cette phase</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Monde académique</translation>
    </message>
    <message>
        <source>Academia</source>
        <comment>actor type</comment>
        <translation>Monde académique</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept every suggestion of the selected canonical actors</source>
        <translation>Accepter toutes les suggestions des acteurs canoniques sélectionnés</translation>
    </message>
    <message>
        <source>Accept group</source>
        <translation>Accepter le groupe</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Across phases</source>
        <translation>D'une phase à l'autre</translation>
    </message>
    <message>
        <source>Across phases: {values}</source>
        <translation>D'une phase à l'autre : {values}</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>relation state</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active relations</source>
        <translation>Relations actives</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message numerus="yes">
        <source>actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>acteur</numerusform>
            <numerusform>acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>actor entered</source>
        <translation>acteur entré</translation>
    </message>
    <message>
        <source>Actor in the workshop</source>
        <translation>Acteur de l'atelier</translation>
    </message>
    <message>
        <source>actor left (shown faded)</source>
        <translation>acteur sorti (affiché en grisé)</translation>
    </message>
    <message>
        <source>Actor left between phases: who left and why?</source>
        <translation>Un acteur est parti entre deux phases : qui est parti, et pourquoi ?</translation>
    </message>
    <message numerus="yes">
        <source>actor position</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>position d'acteur</numerusform>
            <numerusform>positions d'acteur</numerusform>
        </translation>
    </message>
    <message>
        <source>Actor story</source>
        <translation>Récit d'acteur</translation>
    </message>
    <message>
        <source>actor type</source>
        <translation>type d'acteur</translation>
    </message>
    <message>
        <source>Actor type:</source>
        <translation>Type d'acteur :</translation>
    </message>
    <message>
        <source>Actor type: shape, glyph and colour</source>
        <translation>Type d'acteur : forme, symbole et couleur</translation>
    </message>
    <message>
        <source>Actor types</source>
        <translation>Types d'acteurs</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <source>Actors matched by normalised name and type: {name}</source>
        <translation>Acteurs rapprochés par nom normalisé et type : {name}</translation>
    </message>
    <message>
        <source>Actors matched through {name}: {register} by its register, {name2} by name and type</source>
        <translation>Acteurs rapprochés via {name} : {register} par son registre, {name2} par nom et type</translation>
    </message>
    <message>
        <source>Actors on most shortest paths between others:</source>
        <translation>Acteurs situés sur la plupart des plus courts chemins entre les autres :</translation>
    </message>
    <message>
        <source>Actors present</source>
        <translation>Acteurs présents</translation>
    </message>
    <message>
        <source>Actors present, by scale</source>
        <translation>Acteurs présents, par échelle</translation>
    </message>
    <message>
        <source>Actors present, by type</source>
        <translation>Acteurs présents, par type</translation>
    </message>
    <message>
        <source>acts for a community or the public interest</source>
        <comment>role help</comment>
        <translation>agit pour une communauté ou l'intérêt général</translation>
    </message>
    <message>
        <source>Add a custom role and press Enter</source>
        <translation>Ajoutez un rôle personnalisé et appuyez sur Enter</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Add a phase after the last one</source>
        <translation>Ajouter une phase après la dernière</translation>
    </message>
    <message>
        <source>Add a second phase to compare phases.</source>
        <translation>Ajoutez une deuxième phase pour comparer les phases.</translation>
    </message>
    <message>
        <source>Add arena</source>
        <translation>Ajouter une arène</translation>
    </message>
    <message>
        <source>Add decision point</source>
        <translation>Ajouter un point de décision</translation>
    </message>
    <message>
        <source>Add decision point in {name}…</source>
        <translation>Ajouter un point de décision dans {name}…</translation>
    </message>
    <message>
        <source>Add decision point…</source>
        <translation>Ajouter un point de décision…</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Add phase…</source>
        <translation>Ajouter une phase…</translation>
    </message>
    <message>
        <source>Add sessions; a session whose file changed replaces its earlier rows, an unchanged one is left as it is</source>
        <translation>Ajouter des sessions ; une session dont le fichier a changé remplace ses lignes précédentes, une session inchangée est laissée telle quelle</translation>
    </message>
    <message>
        <source>Add sessions…</source>
        <translation>Ajouter des sessions…</translation>
    </message>
    <message>
        <source>Add the session open in the window (read from its file)</source>
        <translation>Ajouter la session ouverte dans la fenêtre (lue depuis son fichier)</translation>
    </message>
    <message>
        <source>Add this session</source>
        <translation>Ajouter cette session</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>Adding sessions…</source>
        <translation>Ajout des sessions…</translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>Ajout de {name}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses the phones can reach</source>
        <translation>Adresses accessibles aux téléphones</translation>
    </message>
    <message>
        <source>Adds a byte order mark and puts ' before text a spreadsheet would run as a formula; leave it off for R, pandas or another program, which read the text exactly as typed</source>
        <translation>Ajoute une marque d'ordre des octets et place ' devant le texte qu'un tableur exécuterait comme une formule ; à désactiver pour R, pandas ou un autre programme, qui lisent le texte exactement tel qu'il a été saisi</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreement</source>
        <comment>relation kind</comment>
        <translation>Accord</translation>
    </message>
    <message>
        <source>alignment with the project's goal</source>
        <comment>presence fact</comment>
        <translation>alignement sur l'objectif du projet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>All funding from one source: what happens if it stops?</source>
        <translation>Tout le financement vient d'une seule source : que se passe-t-il s'il s'arrête ?</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>All phases side by side</source>
        <translation>Toutes les phases côte à côte</translation>
    </message>
    <message>
        <source>All phases side by side — {title}</source>
        <translation>Toutes les phases côte à côte — {title}</translation>
    </message>
    <message>
        <source>All phases: one picture per phase, named after the phase.</source>
        <translation>Toutes les phases : une image par phase, nommée d'après la phase.</translation>
    </message>
    <message>
        <source>All relations in this phase</source>
        <comment>round relations</comment>
        <translation>Toutes les relations de cette phase</translation>
    </message>
    <message>
        <source>all three are high: joint planning and action, shared power; costly and hard to keep</source>
        <comment>3C class help</comment>
        <translation>les trois sont élevées : planification et action communes, pouvoir partagé ; coûteuse et difficile à maintenir</translation>
    </message>
    <message>
        <source>All votes are in — Enter for the next question.</source>
        <translation>Tous les votes sont arrivés — Enter pour la question suivante.</translation>
    </message>
    <message>
        <source>All votes are in — Enter for the next relation.</source>
        <translation>Tous les votes sont arrivés — Enter pour la relation suivante.</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen item; drag to move it too</source>
        <translation>Alt+Up et Alt+Down déplacent l'élément choisi ; on peut aussi le faire glisser</translation>
    </message>
    <message>
        <source>An actor is absent in this phase, so the relation is not at work.</source>
        <translation>Un acteur est absent dans cette phase, la relation n'est donc pas active.</translation>
    </message>
    <message>
        <source>An actor is not described in this phase, so neither is the relation.</source>
        <translation>Un acteur n'est pas décrit dans cette phase, la relation non plus.</translation>
    </message>
    <message>
        <source>An inferred source needs the reason for the inference.</source>
        <translation>Une source déduite nécessite la raison de la déduction.</translation>
    </message>
    <message>
        <source>Animate phase changes</source>
        <translation>Animer les changements de phase</translation>
    </message>
    <message>
        <source>Animated GIF of the change across phases</source>
        <translation>GIF animé de l'évolution d'une phase à l'autre</translation>
    </message>
    <message numerus="yes">
        <source>another phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>une autre phase</numerusform>
            <numerusform>d'autres phases</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer of the person asked</source>
        <translation>Réponse de la personne interrogée</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Anyone who can reach this address could try the join code.</source>
        <translation>Toute personne pouvant atteindre cette adresse pourrait essayer le code d'accès.</translation>
    </message>
    <message>
        <source>Apply the decisions of an edited mapping (all or none)</source>
        <translation>Appliquer les décisions d'une correspondance modifiée (toutes ou aucune)</translation>
    </message>
    <message>
        <source>Are roles, rules and accountability written down well enough to survive a change of government?</source>
        <translation>Les rôles, les règles et les responsabilités sont-ils assez bien consignés par écrit pour survivre à un changement de majorité politique ?</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arène</translation>
    </message>
    <message>
        <source>Arena {name}, {step}: {was} ({how_was}) → {now} ({how_now}).</source>
        <translation>Arène {name}, {step} : {was} ({how_was}) → {now} ({how_now}).</translation>
    </message>
    <message>
        <source>Arenas</source>
        <translation>Arènes</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Arrange actors: {lens}</source>
        <translation>Disposer les acteurs : {lens}</translation>
    </message>
    <message>
        <source>Arrange {unplaced_actors}: {lens}</source>
        <translation>Disposer {unplaced_actors} : {lens}</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>tel qu'écrit</translation>
    </message>
    <message>
        <source>Ask every participant to score relations one by one</source>
        <translation>Demander à chaque participant de noter les relations une par une</translation>
    </message>
    <message>
        <source>asked for views, no decision power</source>
        <comment>role help</comment>
        <translation>consulté pour avis, sans pouvoir de décision</translation>
    </message>
    <message>
        <source>asking for views without handing over decision power</source>
        <comment>relation kind help</comment>
        <translation>demander des avis sans céder le pouvoir de décision</translation>
    </message>
    <message>
        <source>Asking: {name} — {dimension}</source>
        <translation>Question à {name} — {dimension}</translation>
    </message>
    <message>
        <source>Assemblage Workshop — presentation</source>
        <translation>Assemblage Workshop — présentation</translation>
    </message>
    <message>
        <source>Attach to selection</source>
        <translation>Associer à la sélection</translation>
    </message>
    <message>
        <source>Attach to selection (select one actor or relation)</source>
        <translation>Associer à la sélection (sélectionnez un acteur ou une relation)</translation>
    </message>
    <message>
        <source>Attach to {subject}</source>
        <translation>Associer à {subject}</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
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
        <translation>Sauvegardes de &lt;b&gt;{name}&lt;/b&gt;, de la plus récente à la plus ancienne. Une sauvegarde est faite à l'ouverture de la session, puis toutes les {minutes} minutes pendant que vous la modifiez.&lt;br&gt;La restauration remplace la session par la sauvegarde choisie ; la version actuelle est d'abord sauvegardée, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <source>Bears costs</source>
        <translation>Supporte des coûts</translation>
    </message>
    <message>
        <source>bears costs: {costs}</source>
        <translation>supporte des coûts : {costs}</translation>
    </message>
    <message>
        <source>because {reason}</source>
        <translation>parce que {reason}</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>being scored now</source>
        <translation>en cours de notation</translation>
    </message>
    <message>
        <source>Between {a} and {b}</source>
        <translation>Entre {a} et {b}</translation>
    </message>
    <message>
        <source>Beyond the map</source>
        <translation>Au-delà de la carte</translation>
    </message>
    <message>
        <source>Black, white and yellow on the wall, thick lines and larger text (for a washed-out projector or low vision)</source>
        <translation>Noir, blanc et jaune sur l'écran de projection, traits épais et texte plus grand (pour un projecteur terne ou une basse vision)</translation>
    </message>
    <message numerus="yes">
        <source>blank line</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>ligne vide</numerusform>
            <numerusform>lignes vides</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind round: the votes are revealed — the room discusses the spread.</source>
        <translation>Tour à l'aveugle : les votes sont dévoilés — la salle discute de leur dispersion.</translation>
    </message>
    <message>
        <source>Blind: hide the votes until everyone has voted (V reveals them sooner)</source>
        <translation>À l'aveugle : masquer les votes jusqu'à ce que tout le monde ait voté (V les dévoile plus tôt)</translation>
    </message>
    <message>
        <source>Blind: the votes are hidden until everyone has answered (✓ = answered).</source>
        <translation>À l'aveugle : les votes restent masqués jusqu'à ce que tout le monde ait répondu (✓ = a répondu).</translation>
    </message>
    <message>
        <source>bodies that broker, convene or run a programme between others: foundations, PPPs, innovation agencies, advisory boards</source>
        <comment>actor type help</comment>
        <translation>organismes qui servent d'intermédiaire, réunissent les autres ou pilotent un programme entre eux : fondations, PPP, agences d'innovation, conseils consultatifs</translation>
    </message>
    <message>
        <source>Bring all actors into this phase</source>
        <translation>Faire entrer tous les acteurs dans cette phase</translation>
    </message>
    <message>
        <source>Bring selected actors into this phase</source>
        <translation>Faire entrer les acteurs sélectionnés dans cette phase</translation>
    </message>
    <message>
        <source>brokers links between others without owning the project</source>
        <comment>role help</comment>
        <translation>crée des liens entre les autres sans porter le projet</translation>
    </message>
    <message>
        <source>Building the corpus…</source>
        <translation>Constitution du corpus…</translation>
    </message>
    <message>
        <source>builds apps, services or businesses on the project</source>
        <comment>role help</comment>
        <translation>développe des applications, des services ou des activités à partir du projet</translation>
    </message>
    <message>
        <source>builds or delivers a system, service, dataset or technology</source>
        <comment>role help</comment>
        <translation>construit ou fournit un système, un service, un jeu de données ou une technologie</translation>
    </message>
    <message>
        <source>Bureaucrat</source>
        <comment>role</comment>
        <translation>Bureaucrate</translation>
    </message>
    <message>
        <source>By &amp;type</source>
        <translation>Par &amp;type</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>par {author}</translation>
    </message>
    <message>
        <source>C</source>
        <comment>initial of commitment</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot arrange</source>
        <translation>Impossible de disposer</translation>
    </message>
    <message>
        <source>Cannot create session</source>
        <translation>Impossible de créer la session</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>Impossible de créer la session</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Impossible d'importer</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Impossible d'ouvrir la session</translation>
    </message>
    <message>
        <source>Cannot start the round</source>
        <translation>Impossible de lancer le tour</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>Impossible d'utiliser ce modèle</translation>
    </message>
    <message>
        <source>Canonical actor</source>
        <translation>Acteur canonique</translation>
    </message>
    <message>
        <source>Canonical actor for {selected_actors} (pick one or type a new name):</source>
        <translation>Acteur canonique pour {selected_actors} (choisissez-en un ou saisissez un nouveau nom) :</translation>
    </message>
    <message>
        <source>champions the vision and persuades others to join</source>
        <comment>role help</comment>
        <translation>porte la vision et convainc d'autres acteurs de s'y joindre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message numerus="yes">
        <source>change</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>changement</numerusform>
            <numerusform>changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Change 3C settings</source>
        <translation>Modifier les réglages 3C</translation>
    </message>
    <message>
        <source>Change a score to send again.</source>
        <translation>Modifiez une note pour renvoyer.</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Changes between the two phases</source>
        <translation>Changements entre les deux phases</translation>
    </message>
    <message>
        <source>Charts of the network metrics, one point per phase</source>
        <translation>Graphiques des indicateurs du réseau, un point par phase</translation>
    </message>
    <message>
        <source>Choose a session to compare this one with.</source>
        <translation>Choisissez une session avec laquelle comparer celle-ci.</translation>
    </message>
    <message>
        <source>Choose a template and a file name.</source>
        <translation>Choisissez un modèle et un nom de fichier.</translation>
    </message>
    <message>
        <source>Choose the session to compare this one with (opened read-only)</source>
        <translation>Choisir la session avec laquelle comparer celle-ci (ouverte en lecture seule)</translation>
    </message>
    <message>
        <source>Choose what each value stands for; the preview shows the result.</source>
        <translation>Choisissez ce que représente chaque valeur ; l'aperçu montre le résultat.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l'export.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Citer</translation>
    </message>
    <message>
        <source>Cite a new source</source>
        <translation>Citer une nouvelle source</translation>
    </message>
    <message>
        <source>Cite a source ({what})</source>
        <translation>Citer une source ({what})</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>Citer…</translation>
    </message>
    <message>
        <source>Citizens</source>
        <comment>actor type</comment>
        <translation>Citoyens</translation>
    </message>
    <message>
        <source>Citizens absent from design: will they be consulted only after decisions are made?</source>
        <translation>Citoyens absents de la conception : ne seront-ils consultés qu'une fois les décisions prises ?</translation>
    </message>
    <message>
        <source>Citizens come in after a decision: could they still change the plan?</source>
        <translation>Les citoyens arrivent après une décision : pourraient-ils encore modifier le plan ?</translation>
    </message>
    <message>
        <source>Citizens present without decision power</source>
        <translation>Citoyens présents sans pouvoir de décision</translation>
    </message>
    <message>
        <source>City</source>
        <comment>scale</comment>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Civic agent</source>
        <comment>role</comment>
        <translation>Agent civique</translation>
    </message>
    <message>
        <source>Civil society</source>
        <comment>actor type</comment>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Civil society and citizens</source>
        <translation>Société civile et citoyens</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>Class a source states</source>
        <translation>Classe indiquée par une source</translation>
    </message>
    <message>
        <source>class stated by a source</source>
        <translation>classe indiquée par une source</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Effacer les marques</translation>
    </message>
    <message>
        <source>Clear the marked answer</source>
        <translation>Effacer la réponse marquée</translation>
    </message>
    <message>
        <source>Clear {dim} (not scored)</source>
        <translation>Effacer {dim} (non noté)</translation>
    </message>
    <message>
        <source>Click a decision under the slider</source>
        <translation>Cliquez sur une décision sous le curseur</translation>
    </message>
    <message>
        <source>Click a line to select it on the map.</source>
        <translation>Cliquez sur une ligne pour la sélectionner sur la carte.</translation>
    </message>
    <message>
        <source>Click a line to select it on this session's map.</source>
        <translation>Cliquez sur une ligne pour la sélectionner sur la carte de cette session.</translation>
    </message>
    <message>
        <source>Click a phase in the arena chart</source>
        <translation>Cliquez sur une phase dans le graphique des arènes</translation>
    </message>
    <message>
        <source>Click a phase to show it on the map</source>
        <translation>Cliquer sur une phase pour l'afficher sur la carte</translation>
    </message>
    <message>
        <source>Click to edit</source>
        <translation>Cliquer pour modifier</translation>
    </message>
    <message>
        <source>Click to list {lines_per_group} more</source>
        <translation>Cliquer pour en afficher {lines_per_group} de plus</translation>
    </message>
    <message>
        <source>Click to select it in the earlier phase, where it can still be seen</source>
        <translation>Cliquer pour le sélectionner dans la phase précédente, où il est encore visible</translation>
    </message>
    <message>
        <source>Click to select it in the later phase</source>
        <translation>Cliquer pour le sélectionner dans la phase suivante</translation>
    </message>
    <message>
        <source>Click to show phase {i} of {n} on the main canvas</source>
        <translation>Cliquer pour afficher la phase {i} (sur {n}) dans le canevas principal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close phones</source>
        <translation>Fermer aux téléphones</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>openness</comment>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Co-creator</source>
        <comment>role</comment>
        <translation>Co-créateur</translation>
    </message>
    <message>
        <source>co-designs or co-produces plans or solutions</source>
        <comment>role help</comment>
        <translation>co-conçoit ou coproduit des plans ou des solutions</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <comment>3C class</comment>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Collaboration everywhere: costly and hard to sustain; where would coordination do?</source>
        <translation>Collaboration partout : coûteuse et difficile à maintenir ; où la coordination suffirait-elle ?</translation>
    </message>
    <message>
        <source>collaboration if all three are high, cooperation if any is low, else coordination (the weakest dimension limits the class; fits 002's examples)</source>
        <comment>3C rule</comment>
        <translation>collaboration si les trois sont élevées, coopération si l'une est faible, sinon coordination (la dimension la plus faible limite la classe ; conforme aux exemples de 002)</translation>
    </message>
    <message>
        <source>collaboration if all three are high, cooperation if the middle level of the three is low, else coordination</source>
        <comment>3C rule</comment>
        <translation>collaboration si les trois sont élevées, coopération si le niveau médian des trois est faible, sinon coordination</translation>
    </message>
    <message>
        <source>Collective</source>
        <comment>orchestrator form</comment>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>dimension</comment>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Commitment (width):</source>
        <translation>Engagement (épaisseur) :</translation>
    </message>
    <message>
        <source>Commitment across {phase} is recorded as low</source>
        <translation>L'engagement sur l'ensemble de {phase} est enregistré comme faible</translation>
    </message>
    <message>
        <source>Commitment across {phase} is recorded as low ({citation})</source>
        <translation>L'engagement sur l'ensemble de {phase} est enregistré comme faible ({citation})</translation>
    </message>
    <message>
        <source>Commitment {commitment} (high) but trust {trust} (low) on {relation} in {phase}.</source>
        <translation>Engagement {commitment} (élevé) mais confiance {trust} (faible) sur {relation} dans {phase}.</translation>
    </message>
    <message>
        <source>Compare phases</source>
        <translation>Comparer les phases</translation>
    </message>
    <message>
        <source>Compare sessions</source>
        <translation>Comparer les sessions</translation>
    </message>
    <message>
        <source>Compare two phases: who joined, left, changed roles; relations and scores</source>
        <translation>Comparer deux phases : qui est entré, sorti, a changé de rôle ; relations et notes</translation>
    </message>
    <message>
        <source>Compare with another &amp;session…</source>
        <translation>Comp&amp;arer avec une autre session…</translation>
    </message>
    <message>
        <source>Compare with another session</source>
        <translation>Comparer avec une autre session</translation>
    </message>
    <message>
        <source>Competences</source>
        <comment>ability</comment>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>considerable</source>
        <translation>considérable</translation>
    </message>
    <message>
        <source>Consultation</source>
        <comment>relation kind</comment>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Consulted</source>
        <comment>role</comment>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <comment>decision kind</comment>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <source>contributes specialised know-how, advice, standards or training</source>
        <comment>role help</comment>
        <translation>apporte un savoir-faire spécialisé, des conseils, des normes ou de la formation</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <comment>3C class</comment>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Coordination</source>
        <comment>3C class</comment>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>role</comment>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Copy presence and roles from the previous phase</source>
        <translation>Copier la présence et les rôles de la phase précédente</translation>
    </message>
    <message>
        <source>Corpus not changed</source>
        <translation>Corpus non modifié</translation>
    </message>
    <message>
        <source>Corpus not opened</source>
        <translation>Corpus non ouvert</translation>
    </message>
    <message>
        <source>Corpus not read</source>
        <translation>Corpus non lu</translation>
    </message>
    <message>
        <source>Correct and cite source</source>
        <translation>Corriger et citer la source</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d'enregistrer</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Impossible d'annuler</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>covenants, contracts, charters, declarations, joint plans</source>
        <comment>relation kind help</comment>
        <translation>conventions, contrats, chartes, déclarations, plans communs</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Creating</source>
        <comment>work aim</comment>
        <translation>Création</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV tables (a folder of files)</source>
        <translation>Tableaux CSV (un dossier de fichiers)</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Culturel</translation>
    </message>
    <message>
        <source>Cultural work (beliefs, norms, identities)</source>
        <comment>work kind</comment>
        <translation>Travail culturel (croyances, normes, identités)</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Rôle personnalisé</translation>
    </message>
    <message>
        <source>custom role</source>
        <translation>rôle personnalisé</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>relation kind</comment>
        <translation>Données</translation>
    </message>
    <message>
        <source>data flows and data standards</source>
        <comment>relation kind help</comment>
        <translation>flux de données et standards de données</translation>
    </message>
    <message>
        <source>Data openness (004)</source>
        <translation>Ouverture des données (004)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Décidé par :</translation>
    </message>
    <message numerus="yes">
        <source>decided match</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>correspondance décidée</numerusform>
            <numerusform>correspondances décidées</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided on the way: {decisions}</source>
        <translation>Décidé en cours de route : {decisions}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>relation kind</comment>
        <translation>Décision</translation>
    </message>
    <message numerus="yes">
        <source>decision</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>décision</numerusform>
            <numerusform>décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision maker</source>
        <comment>role</comment>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Decision missing</source>
        <translation>Décision manquante</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Décision non enregistrée</translation>
    </message>
    <message>
        <source>Decisions in this phase</source>
        <translation>Décisions dans cette phase</translation>
    </message>
    <message>
        <source>Decisions on the way</source>
        <translation>Décisions en cours de route</translation>
    </message>
    <message>
        <source>decisive</source>
        <translation>décisive</translation>
    </message>
    <message>
        <source>Degree centralisation</source>
        <translation>Centralisation des degrés</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete actors</source>
        <translation>Supprimer des acteurs</translation>
    </message>
    <message>
        <source>Delete arena</source>
        <translation>Supprimer l'arène</translation>
    </message>
    <message>
        <source>Delete decision point</source>
        <translation>Supprimer le point de décision</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Supprimer le participant</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <source>Delete the phase “{name}”?

It records {actors} taking part and {votes}. You can undo this with Ctrl+Z.</source>
        <translation>Supprimer la phase « {name} » ?

Elle enregistre {actors} qui y participent et {votes}. Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete the selected actors or relations</source>
        <translation>Supprimer les acteurs ou relations sélectionnés</translation>
    </message>
    <message>
        <source>Delete {items}</source>
        <translation>Supprimer {items}</translation>
    </message>
    <message>
        <source>Delete {names}{more} with all their relations, roles and scores in every phase?
You can undo this with Ctrl+Z.</source>
        <translation>Supprimer {names}{more} avec toutes leurs relations, leurs rôles et leurs notes dans chaque phase ?
Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name} and their {votes} in every phase?
Their quotes stay, without a name. You can undo this with Ctrl+Z.</source>
        <translation>Supprimer {name} et ses {votes} dans chaque phase ?
Ses citations restent, sans nom. Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name} with its {memberships} in every phase?
You can undo this with Ctrl+Z.</source>
        <translation>Supprimer {name} avec ses {memberships} dans chaque phase ?
Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>Dependence on a single partner</source>
        <translation>Dépendance envers un seul partenaire</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>Derived per relation and phase from the three medians (the rule is ours; higher is not better):</source>
        <translation>Déduites par relation et par phase à partir des trois médianes (la règle est la nôtre ; plus élevé ne veut pas dire meilleur) :</translation>
    </message>
    <message>
        <source>Described again</source>
        <translation>Décrit à nouveau</translation>
    </message>
    <message>
        <source>described again</source>
        <translation>décrit à nouveau</translation>
    </message>
    <message>
        <source>Described again (not described in the first phase)</source>
        <translation>Décrit à nouveau (non décrit dans la première phase)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Design</source>
        <comment>phase</comment>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <source>difference</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>différence</numerusform>
            <numerusform>différences</numerusform>
        </translation>
    </message>
    <message>
        <source>Differences between the two sessions</source>
        <translation>Différences entre les deux sessions</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Directed</source>
        <translation>Orienté</translation>
    </message>
    <message>
        <source>Disrupting</source>
        <comment>work aim</comment>
        <translation>Perturbation</translation>
    </message>
    <message>
        <source>Do partners understand each other's aims well enough to trust each other? Who vouches for the project inside their own organisation?</source>
        <translation>Les partenaires comprennent-ils assez les objectifs les uns des autres pour se faire confiance ? Qui se porte garant du projet au sein de sa propre organisation ?</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Donor</source>
        <comment>role</comment>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Double-click a cell to write it; one edit per cell.</source>
        <translation>Double-cliquez sur une cellule pour la saisir ; une modification par cellule.</translation>
    </message>
    <message>
        <source>Double-click a name or organisation to change it. Votes are kept per participant; the canvas shows the median of everybody's votes.</source>
        <translation>Double-cliquez sur un nom ou une organisation pour le modifier. Les votes sont conservés par participant ; le canevas affiche la médiane des votes de tous.</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>Double-cliquer pour renommer</translation>
    </message>
    <message>
        <source>Double-click, or press Show me, to see it on the map</source>
        <translation>Double-cliquer, ou appuyer sur Voir, pour le voir sur la carte</translation>
    </message>
    <message>
        <source>Double-helix set-up: deliberate? (not wrong in itself)</source>
        <translation>Configuration en double hélice : est-ce voulu ? (pas un problème en soi)</translation>
    </message>
    <message>
        <source>Drag a name in the influence grid</source>
        <translation>Faites glisser un nom dans la grille d'influence</translation>
    </message>
    <message>
        <source>Drag from one actor to another to draw a relation (or Shift+drag)</source>
        <translation>Faire glisser d'un acteur à un autre pour tracer une relation (ou Shift+glisser)</translation>
    </message>
    <message>
        <source>Drag or click to move through the phases (PageUp / PageDown)</source>
        <translation>Faire glisser ou cliquer pour parcourir les phases (PageUp / PageDown)</translation>
    </message>
    <message>
        <source>Drag to another cell to change both</source>
        <translation>Faire glisser vers une autre cellule pour changer les deux</translation>
    </message>
    <message>
        <source>Drag to move the map; pinch, Ctrl+wheel or the + and − buttons zoom; ⤢ shows the whole map.</source>
        <translation>Faites glisser pour déplacer la carte ; pincez, utilisez Ctrl+molette ou les boutons + et − pour zoomer ; ⤢ affiche toute la carte.</translation>
    </message>
    <message>
        <source>Drags move actors in the current phase only (or hold Alt while dragging)</source>
        <translation>Les glissements ne déplacent les acteurs que dans la phase actuelle (ou maintenez Alt en faisant glisser)</translation>
    </message>
    <message>
        <source>Drags now move actors in this phase only; switch off in Actors ▸ Move in this phase only.</source>
        <translation>Les glissements déplacent désormais les acteurs dans cette phase uniquement ; désactivez-le dans Acteurs ▸ Déplacer dans cette phase uniquement.</translation>
    </message>
    <message>
        <source>During a scoring round</source>
        <translation>Pendant un tour de notation</translation>
    </message>
    <message>
        <source>e.g. 002, or a file name or citation</source>
        <translation>p. ex. 002, ou un nom de fichier ou une référence</translation>
    </message>
    <message>
        <source>e.g. 2019-03 or spring 2019 (optional)</source>
        <translation>p. ex. 2019-03 ou printemps 2019 (facultatif)</translation>
    </message>
    <message>
        <source>e.g. Pilot in two districts</source>
        <translation>p. ex. Pilote dans deux quartiers</translation>
    </message>
    <message>
        <source>e.g. public-private partnership</source>
        <translation>p. ex. partenariat public-privé</translation>
    </message>
    <message>
        <source>e.g. Tender specifications fixed</source>
        <translation>p. ex. Cahier des charges de l'appel d'offres arrêté</translation>
    </message>
    <message>
        <source>Each actor type has its own box shape and glyph as well as a colour. Scores are the median of the participants' votes on a 1–5 scale (1–2 low, 3 medium, 4–5 high); line colour = trust (orange low, grey medium, violet high), line width = commitment. Higher is not better: the colours are deliberately not red-to-green. The ≠ badge marks a relation where the votes differ by two steps or more: worth talking about. The label on a relation gives its kind and, once all three dimensions are scored, its 3C class (coop = cooperation, coord = coordination, collab = collaboration).</source>
        <translation>Chaque type d'acteur a sa propre forme de case et son propre symbole, ainsi qu'une couleur. Les notes sont la médiane des votes des participants sur une échelle 1–5 (1–2 faible, 3 moyen, 4–5 élevé) ; couleur de la ligne = confiance (orange faible, gris moyen, violet élevé), épaisseur de la ligne = engagement. Plus élevé ne veut pas dire meilleur : les couleurs ne vont délibérément pas du rouge au vert. Le badge ≠ signale une relation dont les votes divergent de deux niveaux ou plus : cela mérite discussion. L'étiquette d'une relation indique son type et, une fois les trois dimensions notées, sa classe 3C (coop = coopération, coord = coordination, collab = collaboration).</translation>
    </message>
    <message>
        <source>Each arena's 3C class</source>
        <translation>Classe 3C de chaque arène</translation>
    </message>
    <message>
        <source>Each phase held for two seconds, then the map turns into the next one, as the screen's morph does; with the title, phase and legend.</source>
        <translation>Chaque phase est affichée deux secondes, puis la carte se transforme en la suivante, comme le fondu animé à l'écran ; avec le titre, la phase et la légende.</translation>
    </message>
    <message numerus="yes">
        <source>edge sheet</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>feuille d'arêtes</numerusform>
            <numerusform>feuilles d'arêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edit</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>modification</numerusform>
            <numerusform>modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit decision point</source>
        <translation>Modifier le point de décision</translation>
    </message>
    <message>
        <source>Edit decision point…</source>
        <translation>Modifier le point de décision…</translation>
    </message>
    <message>
        <source>Edit not possible</source>
        <translation>Modification impossible</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Edit or change the source ({what})</source>
        <translation>Modifier ou changer la source ({what})</translation>
    </message>
    <message>
        <source>Edit or delete it; right-click to add one in that phase</source>
        <translation>Modifiez-le ou supprimez-le ; clic droit pour en ajouter un dans cette phase</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Modifier la citation</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Modifier la source…</translation>
    </message>
    <message>
        <source>Edit the sequence…</source>
        <translation>Modifier la séquence…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Terminer le tour</translation>
    </message>
    <message>
        <source>End the round (asks first)</source>
        <translation>Terminer le tour (avec confirmation)</translation>
    </message>
    <message>
        <source>End the scoring round</source>
        <translation>Terminer le tour de notation</translation>
    </message>
    <message>
        <source>End this scoring round? Every vote given so far is kept.</source>
        <translation>Terminer ce tour de notation ? Tous les votes déjà exprimés sont conservés.</translation>
    </message>
    <message>
        <source>Ended relations</source>
        <translation>Relations terminées</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter the join code</source>
        <translation>Saisissez le code d'accès</translation>
    </message>
    <message>
        <source>Entrepreneur</source>
        <comment>role</comment>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Esc or F1 closes this sheet.</source>
        <translation>Esc ou F1 ferme cette fiche.</translation>
    </message>
    <message>
        <source>Every data format with a codebook, in one folder</source>
        <translation>Tous les formats de données avec un livre de codes, dans un seul dossier</translation>
    </message>
    <message>
        <source>Every edit is saved</source>
        <translation>Chaque modification est enregistrée</translation>
    </message>
    <message>
        <source>Every prompt was discussed.</source>
        <translation>Toutes les relances ont été abordées.</translation>
    </message>
    <message>
        <source>Every relation on the map was scored.</source>
        <translation>Toutes les relations de la carte ont été notées.</translation>
    </message>
    <message>
        <source>Every relation scored by two or more people got the same scores.</source>
        <translation>Chaque relation notée par deux personnes ou plus a reçu les mêmes notes.</translation>
    </message>
    <message>
        <source>Every shortcut of this window, in large print</source>
        <translation>Tous les raccourcis de cette fenêtre, en gros caractères</translation>
    </message>
    <message>
        <source>Every step of every phase; ✓ shown on the wall, ○ not yet. Activate one to show the wall up to it</source>
        <translation>Chaque étape de chaque phase ; ✓ affichée à l'écran, ○ pas encore. Activez-en une pour afficher l'écran jusqu'à elle</translation>
    </message>
    <message>
        <source>Everybody who took part in the previous phase takes part here too, with the same roles</source>
        <translation>Toutes les personnes ayant participé à la phase précédente participent aussi ici, avec les mêmes rôles</translation>
    </message>
    <message>
        <source>Excel workbook of the tables</source>
        <translation>Classeur Excel des tableaux</translation>
    </message>
    <message>
        <source>exercises political voice: votes, advocates, holds officials to account</source>
        <comment>role help</comment>
        <translation>exerce une voix politique : vote, plaide, demande des comptes aux élus</translation>
    </message>
    <message>
        <source>Expecting that what you share will not be used against you</source>
        <translation>S'attendre à ce que ce que vous partagez ne soit pas utilisé contre vous</translation>
    </message>
    <message>
        <source>expecting that what you share will not be used against you.</source>
        <translation>s'attendre à ce que ce que vous partagez ne soit pas utilisé contre vous.</translation>
    </message>
    <message>
        <source>Expert</source>
        <comment>role</comment>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Expert group</source>
        <comment>arena level</comment>
        <translation>Groupe d'experts</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export &amp;workshop report…</source>
        <translation>Ex&amp;porter le rapport d'atelier…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l'export</translation>
    </message>
    <message>
        <source>Export not available</source>
        <translation>Export non disponible</translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation>Export refusé</translation>
    </message>
    <message>
        <source>Export rese&amp;arch bundle…</source>
        <translation>Exporter le &amp;lot de recherche…</translation>
    </message>
    <message>
        <source>Export snapshot &amp;pack (PDF)…</source>
        <translation>Exporter le lot d'instantanés (PD&amp;F)…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>Exporter le modèle…</translation>
    </message>
    <message>
        <source>Export the map as images, an HTML page, a PDF pack or data</source>
        <translation>Exporter la carte en images, en page HTML, en lot PDF ou en données</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Exporter la correspondance</translation>
    </message>
    <message>
        <source>Export the template as</source>
        <translation>Exporter le modèle en</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Export workshop report</source>
        <translation>Exporter le rapport d'atelier</translation>
    </message>
    <message>
        <source>Exporting {label}…</source>
        <translation>Export de {label}…</translation>
    </message>
    <message>
        <source>Exporting: {what}…</source>
        <translation>Export : {what}…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>external grant-giver outside the line of government</source>
        <comment>role help</comment>
        <translation>financeur externe, hors de la hiérarchie administrative</translation>
    </message>
    <message>
        <source>Facilitation prompts for this phase, to tick off and pin</source>
        <translation>Relances d'animation pour cette phase, à cocher et épingler</translation>
    </message>
    <message numerus="yes">
        <source>fact</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>fait</numerusform>
            <numerusform>faits</numerusform>
        </translation>
    </message>
    <message>
        <source>Fade actors and relations in and out when switching phases</source>
        <translation>Faire apparaître et disparaître progressivement acteurs et relations lors des changements de phase</translation>
    </message>
    <message>
        <source>Faint rings or sectors behind the map after arranging by a lens</source>
        <translation>Anneaux ou secteurs discrets derrière la carte après une disposition selon une grille de lecture</translation>
    </message>
    <message numerus="yes">
        <source>field</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>champ</numerusform>
            <numerusform>champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>file</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>fichier</numerusform>
            <numerusform>fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled marks: the class a source states for the arena; hollow: the lower median of the classes the room's votes give the relations between its members.</source>
        <translation>Marques pleines : la classe qu'une source indique pour l'arène ; creuses : la médiane inférieure des classes que donnent les votes de la salle aux relations entre ses membres.</translation>
    </message>
    <message>
        <source>Filled: the class a source states for the arena; hollow: derived from the room's votes on the relations between its members (lower median).</source>
        <translation>Pleine : la classe qu'une source indique pour l'arène ; creuse : déduite des votes de la salle sur les relations entre ses membres (médiane inférieure).</translation>
    </message>
    <message>
        <source>Film size</source>
        <translation>Taille du film</translation>
    </message>
    <message>
        <source>Film speed</source>
        <translation>Vitesse du film</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>firms of any size: multinationals, IT vendors, SMEs, utilities, consultancies</source>
        <comment>actor type help</comment>
        <translation>entreprises de toute taille : multinationales, fournisseurs informatiques, PME, opérateurs de réseaux, cabinets de conseil</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Ajuster la carte à la fenêtre</translation>
    </message>
    <message>
        <source>Follow the phase bar (previous → current)</source>
        <translation>Suivre la barre des phases (précédente → actuelle)</translation>
    </message>
    <message>
        <source>For each key relation, is information exchange enough, are shared resources needed, or truly joint planning? What is the lowest intensity that will do?</source>
        <translation>Pour chaque relation clé, un échange d'informations suffit-il, faut-il des ressources partagées, ou une véritable planification commune ? Quelle est l'intensité la plus faible qui suffira ?</translation>
    </message>
    <message>
        <source>For Excel: opens as UTF-8, and text starting with = + - @ stays text</source>
        <translation>Pour Excel : s'ouvre en UTF-8, et le texte commençant par = + - @ reste du texte</translation>
    </message>
    <message>
        <source>For the people who commissioned the workshop: who took part, the map of each phase, what changed, where the room agreed and disagreed, what was said, the warnings and how the room answered them, and what is still open.</source>
        <translation>Pour les commanditaires de l'atelier : qui a participé, la carte de chaque phase, ce qui a changé, où la salle était d'accord ou en désaccord, ce qui a été dit, les alertes et les réponses de la salle, et ce qui reste ouvert.</translation>
    </message>
    <message>
        <source>for the whole phase</source>
        <translation>pour toute la phase</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Forums (steering committee, project teams...) with their members, and 3C per arena</source>
        <translation>Instances (comité de pilotage, équipes projet...) avec leurs membres, et 3C par arène</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>d'après le nom du fichier</translation>
    </message>
    <message>
        <source>From the source actor to the target actor (→)</source>
        <translation>De l'acteur source à l'acteur cible (→)</translation>
    </message>
    <message>
        <source>From {a}
to {b}</source>
        <translation>De {a}
à {b}</translation>
    </message>
    <message>
        <source>From {a} to {b}</source>
        <translation>De {a} à {b}</translation>
    </message>
    <message>
        <source>Funder</source>
        <comment>role</comment>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Funding</source>
        <comment>relation kind</comment>
        <translation>Financement</translation>
    </message>
    <message numerus="yes">
        <source>funding or consultation relation</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relation de financement ou de consultation</numerusform>
            <numerusform>relations de financement ou de consultation</numerusform>
        </translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Bénéficie</translation>
    </message>
    <message>
        <source>gains: {gains}</source>
        <translation>bénéficie : {gains}</translation>
    </message>
    <message>
        <source>GEXF network for Gephi (all phases in one file)</source>
        <translation>Réseau GEXF pour Gephi (toutes les phases dans un fichier)</translation>
    </message>
    <message>
        <source>GEXF, GraphML, CSV and Excel tables with a codebook, in a new folder.</source>
        <translation>Tableaux GEXF, GraphML, CSV et Excel avec un livre de codes, dans un nouveau dossier.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this session</source>
        <translation>Revenir à une sauvegarde automatique de cette session</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objectif : {goal}</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Bon à savoir :</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Administration publique</translation>
    </message>
    <message>
        <source>Government</source>
        <comment>actor type</comment>
        <translation>Administration publique</translation>
    </message>
    <message>
        <source>GraphML network (a folder, one file per phase)</source>
        <translation>Réseau GraphML (un dossier, un fichier par phase)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>heading or table</source>
        <translation>titre ou tableau</translation>
    </message>
    <message>
        <source>Held by a vendor</source>
        <comment>openness</comment>
        <translation>Détenu par un fournisseur</translation>
    </message>
    <message>
        <source>Held per actor and per phase; an actor may hold several, and the room may add its own.</source>
        <translation>Attribués par acteur et par phase ; un acteur peut en avoir plusieurs, et la salle peut ajouter les siens.</translation>
    </message>
    <message>
        <source>Helix sectors</source>
        <translation>Secteurs de l'hélice</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Hidden until the room's votes are revealed</source>
        <translation>Masqué jusqu'à ce que les votes de la salle soient dévoilés</translation>
    </message>
    <message>
        <source>High</source>
        <comment>level</comment>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>high</source>
        <comment>score</comment>
        <translation>élevé</translation>
    </message>
    <message>
        <source>High commitment, low trust: does this commitment rest on something other than trust, and would the partners hold on despite evidence that it is not working?</source>
        <translation>Engagement élevé, confiance faible : cet engagement repose-t-il sur autre chose que la confiance, et les partenaires s'y accrocheraient-ils malgré des éléments montrant que cela ne fonctionne pas ?</translation>
    </message>
    <message>
        <source>high {high} but low {low}</source>
        <translation>élevé en {high} mais faible en {low}</translation>
    </message>
    <message>
        <source>High-contrast presentation</source>
        <translation>Présentation à contraste élevé</translation>
    </message>
    <message>
        <source>highlighted</source>
        <translation>mis en évidence</translation>
    </message>
    <message>
        <source>holder unknown</source>
        <translation>détenteur inconnu</translation>
    </message>
    <message>
        <source>holds formal decision power, e.g. in a steering body</source>
        <comment>role help</comment>
        <translation>détient un pouvoir de décision formel, p. ex. dans une instance de pilotage</translation>
    </message>
    <message>
        <source>How is the room asked?</source>
        <translation>Comment la salle est-elle interrogée ?</translation>
    </message>
    <message>
        <source>How much do {a} and {b} need each other?</source>
        <translation>Dans quelle mesure {a} et {b} ont-ils besoin l'un de l'autre ?</translation>
    </message>
    <message>
        <source>How much do {a} and {b} trust each other?</source>
        <translation>Dans quelle mesure {a} et {b} se font-ils confiance ?</translation>
    </message>
    <message>
        <source>How much each partner needs the other</source>
        <translation>Dans quelle mesure chaque partenaire a besoin de l'autre</translation>
    </message>
    <message>
        <source>how much each partner needs the other.</source>
        <translation>dans quelle mesure chaque partenaire a besoin de l'autre.</translation>
    </message>
    <message>
        <source>how much each side needs the other</source>
        <comment>dimension help</comment>
        <translation>dans quelle mesure chaque partie a besoin de l'autre</translation>
    </message>
    <message>
        <source>How this session reads the 3C class from trust, commitment and interdependence:</source>
        <translation>Comment cette session déduit la classe 3C de la confiance, de l'engagement et de l'interdépendance :</translation>
    </message>
    <message>
        <source>How this session reads the 3C class, and whether source levels count in the median</source>
        <translation>Comment cette session déduit la classe 3C, et si les niveaux des sources comptent dans la médiane</translation>
    </message>
    <message>
        <source>How willing are {a} and {b} to invest in and stay in this relation?</source>
        <translation>Dans quelle mesure {a} et {b} sont-ils prêts à investir dans cette relation et à s'y maintenir ?</translation>
    </message>
    <message>
        <source>How would you score the relation between {a} and {b}? ({scale})</source>
        <translation>Quelle note donneriez-vous à la relation entre {a} et {b} ? ({scale})</translation>
    </message>
    <message>
        <source>HTML snapshot: one page that opens in any browser</source>
        <translation>Instantané HTML : une page qui s'ouvre dans n'importe quel navigateur</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Très grand</translation>
    </message>
    <message>
        <source>I</source>
        <comment>initial of interdependence</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Implementation</source>
        <comment>phase</comment>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Implementation and scaling</source>
        <translation>Mise en œuvre et passage à l'échelle</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Importer une correspondance</translation>
    </message>
    <message>
        <source>Import a network</source>
        <translation>Importer un réseau</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l'import</translation>
    </message>
    <message>
        <source>Import not available</source>
        <translation>Import non disponible</translation>
    </message>
    <message>
        <source>Import with this mapping</source>
        <translation>Importer avec cette correspondance</translation>
    </message>
    <message>
        <source>Import {name}?</source>
        <translation>Importer {name} ?</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importé depuis un fichier</translation>
    </message>
    <message>
        <source>in between: repeated, task-oriented work that also exchanges resources, each partner keeping its autonomy</source>
        <comment>3C class help</comment>
        <translation>entre les deux : un travail répété, orienté vers des tâches, qui échange aussi des ressources, chaque partenaire gardant son autonomie</translation>
    </message>
    <message>
        <source>In phase “{name}”</source>
        <translation>Dans la phase « {name} »</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>In this phase</source>
        <translation>Dans cette phase</translation>
    </message>
    <message>
        <source>In what role are residents involved — users, entrepreneurs, civic agents, political actors — and can they change the plan before it is fixed?</source>
        <translation>Dans quel rôle les habitants sont-ils impliqués — usagers, entrepreneurs, agents civiques, acteurs politiques — et peuvent-ils modifier le plan avant qu'il ne soit arrêté ?</translation>
    </message>
    <message>
        <source>In {name}</source>
        <translation>Dans {name}</translation>
    </message>
    <message>
        <source>in {phase}</source>
        <translation>dans {phase}</translation>
    </message>
    <message>
        <source>In {phase}, institutional work is recorded ({work}); no cultural work is recorded.</source>
        <translation>Dans {phase}, du travail institutionnel est enregistré ({work}) ; aucun travail culturel n'est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>In {phase}, {actors} acts internationally ({names}) but only {local} at neighbourhood or city level.</source>
        <translation>
            <numerusform>Dans {phase}, {actors} agit à l'échelle internationale ({names}), mais seulement {local} à l'échelle du quartier ou de la ville.</numerusform>
            <numerusform>Dans {phase}, {actors} agissent à l'échelle internationale ({names}), mais seulement {local} à l'échelle du quartier ou de la ville.</numerusform>
        </translation>
    </message>
    <message>
        <source>In {phase}, {name} receives data only from {sources}.</source>
        <translation>Dans {phase}, {name} ne reçoit des données que de {sources}.</translation>
    </message>
    <message>
        <source>In {phase}, {name}: all {count} of its funding relations come from {funder}.</source>
        <translation>Dans {phase}, {name} : ses {count} relations de financement viennent toutes de {funder}.</translation>
    </message>
    <message>
        <source>In {phase}, {name}: all {count} of its high-interdependence relations are with {partner}.</source>
        <translation>Dans {phase}, {name} : ses {count} relations d'interdépendance élevée sont toutes nouées avec {partner}.</translation>
    </message>
    <message>
        <source>in “{arena}”</source>
        <translation>dans « {arena} »</translation>
    </message>
    <message>
        <source>Indexing and matching actors</source>
        <translation>Indexation et rapprochement des acteurs</translation>
    </message>
    <message>
        <source>Individual</source>
        <comment>orchestrator form</comment>
        <translation>Individuelle</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>Inferred (by whom, why)</source>
        <translation>Déduit (par qui, pourquoi)</translation>
    </message>
    <message>
        <source>inferred by someone, with the reason</source>
        <comment>source kind</comment>
        <translation>déduit par quelqu'un, avec la raison</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>influence (the Net-Map tower)</source>
        <comment>presence fact</comment>
        <translation>influence (la tour du Net-Map)</translation>
    </message>
    <message>
        <source>Influence and goal (Net-Map)</source>
        <translation>Influence et objectif (Net-Map)</translation>
    </message>
    <message>
        <source>Influence and goals</source>
        <translation>Influence et objectifs</translation>
    </message>
    <message>
        <source>Influence towers</source>
        <translation>Tours d'influence</translation>
    </message>
    <message>
        <source>Influence towers beside the boxes, with their key</source>
        <translation>Tours d'influence à côté des cases, avec leur légende</translation>
    </message>
    <message>
        <source>Influence towers: height = influence 0–5</source>
        <translation>Tours d'influence : hauteur = influence 0–5</translation>
    </message>
    <message>
        <source>Influence, goal, orchestration, institutional work and public value of the selected actor</source>
        <translation>Influence, objectif, orchestration, travail institutionnel et valeur publique de l'acteur sélectionné</translation>
    </message>
    <message>
        <source>Influence: {influence}</source>
        <translation>Influence : {influence}</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>relation kind</comment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Institutional work (001, Table 1)</source>
        <translation>Travail institutionnel (001, tableau 1)</translation>
    </message>
    <message>
        <source>Institutional work without cultural work: who makes the change meaningful to everyone?</source>
        <translation>Travail institutionnel sans travail culturel : qui donne du sens au changement pour tous ?</translation>
    </message>
    <message>
        <source>Intended public value (whole session)</source>
        <translation>Valeur publique visée (toute la session)</translation>
    </message>
    <message>
        <source>Intended public value:</source>
        <translation>Valeur publique visée :</translation>
    </message>
    <message>
        <source>Intended public value: {value}</source>
        <translation>Valeur publique visée : {value}</translation>
    </message>
    <message>
        <source>Intended:</source>
        <translation>Visée :</translation>
    </message>
    <message>
        <source>Intensity dropped: regrouping pause or stall?</source>
        <translation>Baisse d'intensité : pause de regroupement ou enlisement ?</translation>
    </message>
    <message>
        <source>Interdep.</source>
        <translation>Interdép.</translation>
    </message>
    <message>
        <source>Interdependence</source>
        <translation>Interdépendance</translation>
    </message>
    <message>
        <source>Interdependence</source>
        <comment>dimension</comment>
        <translation>Interdépendance</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>actor type</comment>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <comment>role</comment>
        <translation>Intermédiaire</translation>
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
        <translation>organisations internationales et bailleurs de fonds, consortiums transfrontaliers</translation>
    </message>
    <message>
        <source>Interoperable</source>
        <translation>Interopérable</translation>
    </message>
    <message>
        <source>Is any partner here only so that a category is represented, without influence on decisions?</source>
        <translation>Un partenaire est-il présent uniquement pour qu'une catégorie soit représentée, sans influence sur les décisions ?</translation>
    </message>
    <message>
        <source>Is anyone holding on to a relation that no longer delivers, or depending on a single partner?</source>
        <translation>Quelqu'un s'accroche-t-il à une relation qui ne produit plus rien, ou dépend-il d'un seul partenaire ?</translation>
    </message>
    <message>
        <source>Is the commitment shown at steering level matched in the project teams? What do front-line staff gain from taking part?</source>
        <translation>L'engagement affiché au niveau du pilotage se retrouve-t-il dans les équipes projet ? Que gagne le personnel de terrain à y participer ?</translation>
    </message>
    <message>
        <source>Is this closer to a dashboard, a platform or a citizen-centric smart city, and do all participants want the same one?</source>
        <translation>Est-ce plutôt un tableau de bord, une plateforme ou une ville intelligente centrée sur les citoyens, et tous les participants veulent-ils la même chose ?</translation>
    </message>
    <message numerus="yes">
        <source>item</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>élément</numerusform>
            <numerusform>éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code d'accès</translation>
    </message>
    <message>
        <source>Join live scoring</source>
        <translation>Rejoindre la notation en direct</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Entré</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>entré</translation>
    </message>
    <message>
        <source>Joining locked after {wrong_codes} wrong codes — press Unlock</source>
        <translation>Accès verrouillé après {wrong_codes} codes erronés — appuyez sur Déverrouiller</translation>
    </message>
    <message>
        <source>Keep this session's phases, roles, prompts, round and groups for the next workshop</source>
        <translation>Conserver les phases, rôles, relances, tour et groupes de cette session pour le prochain atelier</translation>
    </message>
    <message>
        <source>keeps activities aligned and convenes actors</source>
        <comment>role help</comment>
        <translation>veille à l'alignement des activités et réunit les acteurs</translation>
    </message>
    <message>
        <source>Kept in {folder}</source>
        <translation>Conservé dans {folder}</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys 1–5 score the marked row and move to the next. ◆ a source's level.</source>
        <translation>Les touches 1–5 notent la ligne marquée et passent à la suivante. ◆ niveau d'une source.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind given to relations you draw next</source>
        <translation>Type attribué aux relations que vous tracerez ensuite</translation>
    </message>
    <message>
        <source>Known not to take part: the source or the room says so (counts as leaving)</source>
        <translation>Non-participation avérée : la source ou la salle l'indique (compte comme une sortie)</translation>
    </message>
    <message>
        <source>Krippendorff's alpha for ordinal scores over the room's votes (reference levels are not votes): 1 = the room scored alike, 0 = no more alike than chance, below 0 = less. Undefined where no relation has two votes or every vote is the same.</source>
        <translation>Alpha de Krippendorff pour des notes ordinales, sur les votes de la salle (les niveaux de référence ne sont pas des votes) : 1 = la salle a noté de la même façon, 0 = pas plus de concordance que le hasard, en dessous de 0 = moins. Indéfini lorsqu'aucune relation n'a deux votes ou que tous les votes sont identiques.</translation>
    </message>
    <message>
        <source>Krippendorff's alpha for ordinal scores, over the room's votes (a reference participant's levels are not votes): 1 = the room scored alike, 0 = no more alike than chance, below 0 = less alike than chance. Undefined where no relation has two votes on the dimension, or every vote compared is the same.</source>
        <translation>Alpha de Krippendorff pour des notes ordinales, sur les votes de la salle (les niveaux d'un participant de référence ne sont pas des votes) : 1 = la salle a noté de la même façon, 0 = pas plus de concordance que le hasard, en dessous de 0 = moins de concordance que le hasard. Indéfini lorsqu'aucune relation n'a deux votes sur la dimension, ou lorsque tous les votes comparés sont identiques.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grand</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Leader</source>
        <comment>role</comment>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>left (faded)</source>
        <translation>sorti (grisé)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Left out ({n})</source>
        <translation>Ignorés ({n})</translation>
    </message>
    <message>
        <source>Left out of a pseudonymised report: what was said stays in the room.</source>
        <translation>Omis dans un rapport pseudonymisé : ce qui a été dit reste dans la salle.</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Legend ▸</source>
        <translation>Légende ▸</translation>
    </message>
    <message>
        <source>Let new phones join again; phones already in keep voting</source>
        <translation>Autoriser à nouveau les nouveaux téléphones ; ceux déjà connectés continuent de voter</translation>
    </message>
    <message>
        <source>Let participants score the current relation from their phones</source>
        <translation>Laisser les participants noter la relation en cours depuis leur téléphone</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>levels from a source (e.g. a case record); shown beside the room's median, not counted unless the session pools references</source>
        <comment>participant kind</comment>
        <translation>niveaux issus d'une source (p. ex. un dossier de cas) ; affichés à côté de la médiane de la salle, non comptés sauf si la session regroupe les références</translation>
    </message>
    <message>
        <source>Levels stated by sources are kept apart from the room's votes: {sources}.</source>
        <translation>Les niveaux indiqués par des sources sont tenus à part des votes de la salle : {sources}.</translation>
    </message>
    <message>
        <source>Link the note to the selected actor or relation</source>
        <translation>Relier le commentaire à l'acteur ou à la relation sélectionnés</translation>
    </message>
    <message>
        <source>Link the note to {subject}</source>
        <translation>Relier le commentaire à {subject}</translation>
    </message>
    <message>
        <source>Live scoring</source>
        <translation>Notation en direct</translation>
    </message>
    <message>
        <source>Local knowledge missing or outweighed</source>
        <translation>Savoir local absent ou supplanté</translation>
    </message>
    <message>
        <source>Lost the connection to the facilitator's computer. Trying again…</source>
        <translation>Connexion à l'ordinateur de l'animateur perdue. Nouvelle tentative…</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>level</comment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>low</source>
        <comment>score</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>Low shared commitment: who does the cultural work that builds shared motivation?</source>
        <translation>Faible engagement partagé : qui fait le travail culturel qui construit une motivation commune ?</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Made with Assemblage Workshop. This page works offline and loads nothing from the network.</source>
        <translation>Réalisé avec Assemblage Workshop. Cette page fonctionne hors ligne et ne charge rien depuis le réseau.</translation>
    </message>
    <message>
        <source>Maintaining</source>
        <comment>work aim</comment>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Maintenance &amp; adoption</source>
        <comment>phase</comment>
        <translation>Maintenance &amp; adoption</translation>
    </message>
    <message>
        <source>Maintenance and adoption</source>
        <translation>Maintenance et adoption</translation>
    </message>
    <message>
        <source>Make a corpus from session files (they are only read)</source>
        <translation>Constituer un corpus à partir de fichiers de session (ils sont seulement lus)</translation>
    </message>
    <message>
        <source>Make a new session from a GEXF, GraphML, CSV or Kumu file</source>
        <translation>Créer une nouvelle session à partir d'un fichier GEXF, GraphML, CSV ou Kumu</translation>
    </message>
    <message>
        <source>Make this the question before the room (shown on the projector)</source>
        <translation>En faire la question posée à la salle (affichée au projecteur)</translation>
    </message>
    <message>
        <source>Manager (runs the day-to-day)</source>
        <comment>orchestrator mode</comment>
        <translation>Gestionnaire (assure le quotidien)</translation>
    </message>
    <message>
        <source>mandates, steering, joint or directive decisions</source>
        <comment>relation kind help</comment>
        <translation>mandats, pilotage, décisions conjointes ou directives</translation>
    </message>
    <message>
        <source>Many sessions in one database: match actors across workshops</source>
        <translation>Plusieurs sessions dans une base de données : rapprocher les acteurs d'un atelier à l'autre</translation>
    </message>
    <message>
        <source>Map of {phase}</source>
        <translation>Carte de {phase}</translation>
    </message>
    <message>
        <source>Map {name} onto the app's vocabulary</source>
        <translation>Faire correspondre {name} au vocabulaire de l'application</translation>
    </message>
    <message>
        <source>Mapped ({n})</source>
        <translation>Mis en correspondance ({n})</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Fichiers de correspondance (*.json)</translation>
    </message>
    <message>
        <source>Mapping not exported</source>
        <translation>Correspondance non exportée</translation>
    </message>
    <message>
        <source>Mapping not imported</source>
        <translation>Correspondance non importée</translation>
    </message>
    <message>
        <source>Mapping not saved</source>
        <translation>Correspondance non enregistrée</translation>
    </message>
    <message>
        <source>Mark every actor of the session as taking part in this phase</source>
        <translation>Marquer tous les acteurs de la session comme participant à cette phase</translation>
    </message>
    <message>
        <source>Mark on map</source>
        <translation>Marquer sur la carte</translation>
    </message>
    <message>
        <source>Mark the selected actors (ghosts included) as taking part in this phase</source>
        <translation>Marquer les acteurs sélectionnés (fantômes compris) comme participant à cette phase</translation>
    </message>
    <message>
        <source>Marked: {mark}</source>
        <translation>Marqué : {mark}</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Marques :</translation>
    </message>
    <message>
        <source>Match actors through a research corpus's register of canonical actors</source>
        <translation>Rapprocher les acteurs grâce au registre des acteurs canoniques d'un corpus de recherche</translation>
    </message>
    <message>
        <source>Match the selected actors to another canonical actor (a new one if the name is new)</source>
        <translation>Rattacher les acteurs sélectionnés à un autre acteur canonique (un nouveau si le nom est nouveau)</translation>
    </message>
    <message>
        <source>Match through a corpus…</source>
        <translation>Rapprocher via un corpus…</translation>
    </message>
    <message>
        <source>Match through a research corpus</source>
        <translation>Rapprocher via un corpus de recherche</translation>
    </message>
    <message>
        <source>Match to canonical actor</source>
        <translation>Rattacher à un acteur canonique</translation>
    </message>
    <message>
        <source>Match to…</source>
        <translation>Rattacher à…</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Rapproché</translation>
    </message>
    <message numerus="yes">
        <source>matrix sheet</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>feuille matricielle</numerusform>
            <numerusform>feuilles matricielles</numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>Median of each dimension (the rule before schema 3)</source>
        <translation>Médiane de chaque dimension (la règle avant le schéma 3)</translation>
    </message>
    <message>
        <source>median rule</source>
        <translation>règle de la médiane</translation>
    </message>
    <message>
        <source>Median {dimension}</source>
        <translation>Médiane {dimension}</translation>
    </message>
    <message>
        <source>Medians T · C · I</source>
        <translation>Médianes C · E · I</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>level</comment>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>score</comment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members here</source>
        <translation>Membres ici</translation>
    </message>
    <message>
        <source>Members of the arena</source>
        <translation>Membres de l'arène</translation>
    </message>
    <message>
        <source>Members of {name} in {name2}</source>
        <translation>Membres de {name} dans {name2}</translation>
    </message>
    <message numerus="yes">
        <source>membership</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>appartenance</numerusform>
            <numerusform>appartenances</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics of both…</source>
        <translation>Indicateurs des deux…</translation>
    </message>
    <message>
        <source>Metrics over phases</source>
        <translation>Indicateurs au fil des phases</translation>
    </message>
    <message>
        <source>Metrics over phases: both workshops</source>
        <translation>Indicateurs au fil des phases : les deux ateliers</translation>
    </message>
    <message>
        <source>middle half</source>
        <translation>moitié centrale</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>min–max</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mitigé</translation>
    </message>
    <message>
        <source>Mixed</source>
        <comment>alignment</comment>
        <translation>Mitigé</translation>
    </message>
    <message>
        <source>Mixed (half-filled blocks)</source>
        <translation>Mitigé (blocs à moitié remplis)</translation>
    </message>
    <message>
        <source>money from funder to recipient (always directed)</source>
        <comment>relation kind help</comment>
        <translation>argent du financeur vers le bénéficiaire (toujours orienté)</translation>
    </message>
    <message>
        <source>money, data, infrastructure, staff time, equipment</source>
        <comment>ability help</comment>
        <translation>argent, données, infrastructures, temps de personnel, équipements</translation>
    </message>
    <message>
        <source>Most contested in this phase</source>
        <translation>Le plus contesté dans cette phase</translation>
    </message>
    <message>
        <source>Most contested relations</source>
        <translation>Relations les plus contestées</translation>
    </message>
    <message>
        <source>Most contested relations in this phase</source>
        <translation>Relations les plus contestées dans cette phase</translation>
    </message>
    <message>
        <source>Most relations run through one hub: is it the network's recognised orchestrator, or a point everyone depends on?</source>
        <translation>La plupart des relations passent par un seul pivot : est-ce l'orchestrateur reconnu du réseau, ou un point dont tout le monde dépend ?</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Move in this phase only</source>
        <translation>Déplacer dans cette phase uniquement</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <source>Move overlapping boxes apart as little as it takes (pinned actors stay put)</source>
        <translation>Écarter les cases qui se chevauchent, le moins possible (les acteurs épinglés restent en place)</translation>
    </message>
    <message>
        <source>Move through the phases (PageUp / PageDown)</source>
        <translation>Parcourir les phases (PageUp / PageDown)</translation>
    </message>
    <message>
        <source>Move {actors}</source>
        <translation>Déplacer {actors}</translation>
    </message>
    <message>
        <source>Moved in this phase only (right-click: reset position in this phase)</source>
        <translation>Déplacé dans cette phase uniquement (clic droit : réinitialiser la position dans cette phase)</translation>
    </message>
    <message>
        <source>MP4 film of the change across phases</source>
        <translation>Film MP4 de l'évolution d'une phase à l'autre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name organisations, not sectors: who exactly is here, and what does each bring — resources, skills or competences?</source>
        <translation>Nommez des organisations, pas des secteurs : qui est là exactement, et qu'apporte chacune — ressources, aptitudes ou compétences ?</translation>
    </message>
    <message>
        <source>Name similarity 0-100 after folding case, accents, punctuation and words like 'City of' or 'GmbH'; lowered by 10 where the types differ, by 5 where the scales do</source>
        <translation>Similarité des noms 0-100 après neutralisation de la casse, des accents, de la ponctuation et de mots comme « City of » ou « GmbH » ; réduite de 10 lorsque les types diffèrent, de 5 lorsque les échelles diffèrent</translation>
    </message>
    <message>
        <source>Names are replaced and organisations left out: this report is pseudonymised.</source>
        <translation>Les noms sont remplacés et les organisations omises : ce rapport est pseudonymisé.</translation>
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
            <numerusform>graphe imbriqué</numerusform>
            <numerusform>graphes imbriqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Net-Map in {name}: influence on the outcome (rows) and stance towards the project's goal (columns) of the {n} actors shown; influence recorded for {influence}, stance for {stance}. Click a name to select it on the map; drag it to another cell to change both.</source>
        <translation>Net-Map dans {name} : influence sur le résultat (lignes) et position vis-à-vis de l'objectif du projet (colonnes) des {n} acteurs affichés ; influence enregistrée pour {influence}, position pour {stance}. Cliquez sur un nom pour le sélectionner sur la carte ; faites-le glisser vers une autre cellule pour changer les deux.</translation>
    </message>
    <message>
        <source>Net-Map: a stack as high as each actor's recorded influence, shaded by its stance; ticked when the map shows them (View ▸ Influence towers)</source>
        <translation>Net-Map : une pile aussi haute que l'influence enregistrée de chaque acteur, nuancée selon sa position ; cochée quand la carte les affiche (Affichage ▸ Tours d'influence)</translation>
    </message>
    <message>
        <source>Net-Map: a stack beside each box as high as the actor's influence in this phase (0-5), shaded by its stance towards the goal</source>
        <translation>Net-Map : une pile à côté de chaque case, aussi haute que l'influence de l'acteur dans cette phase (0-5), nuancée selon sa position vis-à-vis de l'objectif</translation>
    </message>
    <message>
        <source>Net-Map: every actor of the phase by influence and stance towards the goal</source>
        <translation>Net-Map : tous les acteurs de la phase selon leur influence et leur position vis-à-vis de l'objectif</translation>
    </message>
    <message>
        <source>Net-Map: how much can this actor influence the outcome? (the height of its tower)</source>
        <translation>Net-Map : dans quelle mesure cet acteur peut-il influencer le résultat ? (la hauteur de sa tour)</translation>
    </message>
    <message>
        <source>Net-Map: how the actor's aims go with the project's goal</source>
        <translation>Net-Map : comment les buts de l'acteur s'accordent avec l'objectif du projet</translation>
    </message>
    <message>
        <source>Network files (*.gexf *.graphml *.xml *.csv *.tsv *.txt *.json *.xlsx *.net *.paj *.gml *.cyjs *.jgf);;All files (*)</source>
        <translation>Fichiers réseau (*.gexf *.graphml *.xml *.csv *.tsv *.txt *.json *.xlsx *.net *.paj *.gml *.cyjs *.jgf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Network shape</source>
        <translation>Forme du réseau</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Neutral</source>
        <comment>alignment</comment>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>New actor {n}</source>
        <translation>Nouvel acteur {n}</translation>
    </message>
    <message>
        <source>New arena {n}</source>
        <translation>Nouvelle arène {n}</translation>
    </message>
    <message numerus="yes">
        <source>new canonical actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>nouvel acteur canonique</numerusform>
            <numerusform>nouveaux acteurs canoniques</numerusform>
        </translation>
    </message>
    <message>
        <source>New corpus…</source>
        <translation>Nouveau corpus…</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Nouvelle session depuis un &amp;modèle…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>New phones can join again.</source>
        <translation>Les nouveaux téléphones peuvent de nouveau rejoindre.</translation>
    </message>
    <message>
        <source>New phones cannot join right now: too many wrong codes were tried. Ask the facilitator to unlock joining.</source>
        <translation>Les nouveaux téléphones ne peuvent pas rejoindre pour le moment : trop de codes erronés ont été essayés. Demandez à l'animateur de déverrouiller l'accès.</translation>
    </message>
    <message>
        <source>new relation</source>
        <translation>nouvelle relation</translation>
    </message>
    <message>
        <source>New relations</source>
        <translation>Nouvelles relations</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>New session file</source>
        <translation>Nouveau fichier de session</translation>
    </message>
    <message>
        <source>New session from a template</source>
        <translation>Nouvelle session à partir d'un modèle</translation>
    </message>
    <message>
        <source>New suggestions for undecided actors; decisions stay</source>
        <translation>Nouvelles suggestions pour les acteurs non décidés ; les décisions sont conservées</translation>
    </message>
    <message>
        <source>New {relation}</source>
        <translation>Nouvelle {relation}</translation>
    </message>
    <message>
        <source>Newcomer needed late (adoption/data): was this planned earlier?</source>
        <translation>Nouvel acteur nécessaire tardivement (adoption/données) : était-ce prévu plus tôt ?</translation>
    </message>
    <message>
        <source>Next / previous person</source>
        <translation>Personne suivante / précédente</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <source>Next phase ▶</source>
        <translation>Phase suivante ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Next relation</source>
        <translation>Relation suivante</translation>
    </message>
    <message>
        <source>Next relation (or next question, one question at a time)</source>
        <translation>Relation suivante (ou question suivante, une question à la fois)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Next step (a clicker's forward key)</source>
        <translation>Étape suivante (touche « suivant » d'une télécommande)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>No actor in {phase} acts at neighbourhood or city level.</source>
        <translation>Aucun acteur de {phase} n'agit à l'échelle du quartier ou de la ville.</translation>
    </message>
    <message numerus="yes">
        <source>No actor in {phase} acts at neighbourhood or city level; {actors} acts internationally.</source>
        <translation>
            <numerusform>Aucun acteur de {phase} n'agit à l'échelle du quartier ou de la ville ; {actors} agit à l'échelle internationale.</numerusform>
            <numerusform>Aucun acteur de {phase} n'agit à l'échelle du quartier ou de la ville ; {actors} agissent à l'échelle internationale.</numerusform>
        </translation>
    </message>
    <message>
        <source>No arenas yet: add one above (a steering committee, an operations team, a project team...) and tick its members in each phase.</source>
        <translation>Aucune arène pour l'instant : ajoutez-en une ci-dessus (un comité de pilotage, une équipe d'exploitation, une équipe projet...) et cochez ses membres dans chaque phase.</translation>
    </message>
    <message>
        <source>No boxes overlap: nothing to tidy.</source>
        <translation>Aucune case ne se chevauche : rien à ranger.</translation>
    </message>
    <message>
        <source>no broker</source>
        <translation>aucun intermédiaire</translation>
    </message>
    <message>
        <source>No citizens actor takes part in {phase}.</source>
        <translation>Aucun acteur de type citoyens ne participe à {phase}.</translation>
    </message>
    <message>
        <source>No corpus open.</source>
        <translation>Aucun corpus ouvert.</translation>
    </message>
    <message>
        <source>No decision points yet (right-click to add one)</source>
        <translation>Aucun point de décision pour l'instant (clic droit pour en ajouter un)</translation>
    </message>
    <message>
        <source>No decision was changed.

{exc}</source>
        <translation>Aucune décision n'a été modifiée.

{exc}</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>No disagreement yet: relations appear here once two votes differ.</source>
        <translation>Aucun désaccord pour l'instant : les relations apparaissent ici dès que deux votes diffèrent.</translation>
    </message>
    <message>
        <source>No facilitation prompt was ticked off.</source>
        <translation>Aucune relance d'animation n'a été cochée.</translation>
    </message>
    <message>
        <source>no influence</source>
        <translation>aucune influence</translation>
    </message>
    <message>
        <source>no known scale: cells left out</source>
        <translation>aucune échelle connue : cellules ignorées</translation>
    </message>
    <message>
        <source>No members and no stated class in any phase yet</source>
        <translation>Aucun membre ni aucune classe indiquée dans aucune phase pour l'instant</translation>
    </message>
    <message>
        <source>No new suggestions</source>
        <translation>Aucune nouvelle suggestion</translation>
    </message>
    <message>
        <source>No notes for this phase yet.</source>
        <translation>Pas encore de commentaire pour cette phase.</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>Aucun participant enregistré.</translation>
    </message>
    <message>
        <source>No participants to choose from on the phones yet: add people in the Participants panel.</source>
        <translation>Aucun participant à choisir sur les téléphones pour l'instant : ajoutez des personnes dans le panneau Participants.</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Aucun participant n'a été enregistré.</translation>
    </message>
    <message>
        <source>No pattern warnings for this session.</source>
        <translation>Aucune alerte pour cette session.</translation>
    </message>
    <message>
        <source>No quotes were recorded.</source>
        <translation>Aucune citation n'a été enregistrée.</translation>
    </message>
    <message>
        <source>No relation got the same scores from everybody who scored it.</source>
        <translation>Aucune relation n'a reçu les mêmes notes de tous ceux qui l'ont notée.</translation>
    </message>
    <message>
        <source>no relations</source>
        <translation>aucune relation</translation>
    </message>
    <message>
        <source>no role recorded</source>
        <translation>aucun rôle enregistré</translation>
    </message>
    <message>
        <source>no role stated</source>
        <translation>aucun rôle indiqué</translation>
    </message>
    <message>
        <source>No scoring round</source>
        <translation>Aucun tour de notation</translation>
    </message>
    <message>
        <source>No scoring round is running.</source>
        <translation>Aucun tour de notation n'est en cours.</translation>
    </message>
    <message>
        <source>No selected actor has a position of its own in this phase.</source>
        <translation>Aucun acteur sélectionné n'a de position propre dans cette phase.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Aucune session choisie</translation>
    </message>
    <message>
        <source>No session was made.

{exc}</source>
        <translation>Aucune session n'a été créée.

{exc}</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>aucune source enregistrée</translation>
    </message>
    <message>
        <source>No source recorded ({what}).</source>
        <translation>Aucune source enregistrée ({what}).</translation>
    </message>
    <message>
        <source>No unplaced actors: none sits on the default spot or on top of another.</source>
        <translation>Aucun acteur non placé : aucun n'est à l'emplacement par défaut ni au-dessus d'un autre.</translation>
    </message>
    <message>
        <source>No warnings</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>No warnings here · {elsewhere}</source>
        <translation>Aucune alerte ici · {elsewhere}</translation>
    </message>
    <message>
        <source>No warnings here. The map shows none of the patterns the research warns about, which is no proof that all is well.</source>
        <translation>Aucune alerte ici. La carte ne présente aucun des schémas contre lesquels la recherche met en garde, ce qui ne prouve pas que tout va bien.</translation>
    </message>
    <message>
        <source>nobody brokers</source>
        <translation>personne ne fait l'intermédiaire</translation>
    </message>
    <message>
        <source>Nobody coordinates: fragmentation risk</source>
        <translation>Personne ne coordonne : risque de fragmentation</translation>
    </message>
    <message>
        <source>Nobody sees medians, colours or the spread of a question until all its answers are in or you reveal them; who has voted stays visible</source>
        <translation>Personne ne voit les médianes, les couleurs ou la dispersion d'une question tant que toutes les réponses ne sont pas arrivées ou que vous ne les avez pas dévoilées ; qui a voté reste visible</translation>
    </message>
    <message>
        <source>Nobody takes part in this phase yet.</source>
        <translation>Personne ne participe encore à cette phase.</translation>
    </message>
    <message>
        <source>Nobody takes part in {phase} yet.  Shift+B brings every actor in; select some and press B to bring just those; Ctrl+Shift+C copies who took part in the previous phase, with their roles.</source>
        <translation>Personne ne participe encore à {phase}.  Shift+B fait entrer tous les acteurs ; sélectionnez-en et appuyez sur B pour ne faire entrer qu'eux ; Ctrl+Shift+C copie qui a participé à la phase précédente, avec leurs rôles.</translation>
    </message>
    <message numerus="yes">
        <source>node</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>nœud</numerusform>
            <numerusform>nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>non-profits, associations, NGOs, professional and community groups</source>
        <comment>actor type help</comment>
        <translation>organismes à but non lucratif, associations, ONG, groupes professionnels et communautaires</translation>
    </message>
    <message>
        <source>none of the stage's {prompts} was ticked off</source>
        <translation>aucune des {prompts} de l'étape n'a été cochée</translation>
    </message>
    <message>
        <source>None of the {count} actors in {phase} is a coordinator or an orchestrator.</source>
        <translation>Aucun des {count} acteurs de {phase} n'est coordinateur ou orchestrateur.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Not classed yet</source>
        <translation>Pas encore classé</translation>
    </message>
    <message>
        <source>Not described</source>
        <comment>presence</comment>
        <translation>Non décrit</translation>
    </message>
    <message>
        <source>Not described</source>
        <comment>relation state</comment>
        <translation>Non décrite</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>non décrit</translation>
    </message>
    <message>
        <source>Not described in the later phase</source>
        <translation>Non décrit dans la phase suivante</translation>
    </message>
    <message>
        <source>Not described in the second phase (present in the first)</source>
        <translation>Non décrit dans la deuxième phase (présent dans la première)</translation>
    </message>
    <message>
        <source>not described in this phase</source>
        <translation>non décrite dans cette phase</translation>
    </message>
    <message>
        <source>not described in this phase (hollow dotted box, dotted line): the source is silent</source>
        <translation>non décrit dans cette phase (case creuse en pointillés, ligne pointillée) : la source est muette</translation>
    </message>
    <message>
        <source>not described in this phase (the source is silent)</source>
        <translation>non décrit dans cette phase (la source est muette)</translation>
    </message>
    <message>
        <source>Not described in this phase: the source is silent about it</source>
        <translation>Non décrit dans cette phase : la source est muette à ce sujet</translation>
    </message>
    <message>
        <source>Not described, then present</source>
        <translation>Non décrit, puis présent</translation>
    </message>
    <message>
        <source>Not interoperable</source>
        <translation>Non interopérable</translation>
    </message>
    <message>
        <source>Not on the list? Ask the facilitator to add you, then wait a moment.</source>
        <translation>Vous n'êtes pas dans la liste ? Demandez à l'animateur de vous ajouter, puis patientez un instant.</translation>
    </message>
    <message>
        <source>Not presenting: the wall shows every item.</source>
        <translation>Pas de présentation : l'écran affiche tous les éléments.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Not sent: no connection. Please try again.</source>
        <translation>Non envoyé : pas de connexion. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Not taken up in the room (see Open questions).</source>
        <translation>Non abordée dans la salle (voir Questions ouvertes).</translation>
    </message>
    <message>
        <source>Not taking part in this phase</source>
        <translation>Ne participe pas à cette phase</translation>
    </message>
    <message>
        <source>Not this canonical actor; it is not suggested again</source>
        <translation>Pas cet acteur canonique ; il ne sera plus suggéré</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z brings it back).</source>
        <translation>Commentaire supprimé (Ctrl+Z le rétablit).</translation>
    </message>
    <message>
        <source>Note on the ticked cell (what the work was)</source>
        <translation>Commentaire sur la cellule cochée (en quoi consistait le travail)</translation>
    </message>
    <message>
        <source>Note on this question</source>
        <translation>Commentaire sur cette question</translation>
    </message>
    <message>
        <source>Note on this question…</source>
        <translation>Commentaire sur cette question…</translation>
    </message>
    <message>
        <source>Note on {kind} work, {aim}:</source>
        <translation>Commentaire sur le travail {kind}, {aim} :</translation>
    </message>
    <message>
        <source>Note written {time} (UTC)</source>
        <translation>Commentaire écrit le {time} (UTC)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Commentaires ({n})</translation>
    </message>
    <message>
        <source>Notes and quotes</source>
        <translation>Commentaires et citations</translation>
    </message>
    <message>
        <source>Notes and quotes are left out of a pseudonymised pack.</source>
        <translation>Les commentaires et citations sont omis dans un lot pseudonymisé.</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>Commentaires pour toute la session</translation>
    </message>
    <message>
        <source>Notes for this phase</source>
        <translation>Commentaires pour cette phase</translation>
    </message>
    <message>
        <source>Notes for “{phase}”</source>
        <translation>Commentaires pour « {phase} »</translation>
    </message>
    <message>
        <source>Nothing changed between these two phases.</source>
        <translation>Rien n'a changé entre ces deux phases.</translation>
    </message>
    <message>
        <source>Nothing changed between {name_a} and {name_b}.</source>
        <translation>Rien n'a changé entre {name_a} et {name_b}.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n'a changé.</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import.</source>
        <translation>Rien n'est enregistré tant que vous n'avez pas choisi Importer.</translation>
    </message>
    <message>
        <source>Nothing recorded: the session's default for this phase</source>
        <translation>Rien d'enregistré : valeur par défaut de la session pour cette phase</translation>
    </message>
    <message>
        <source>Nothing to score</source>
        <translation>Rien à noter</translation>
    </message>
    <message>
        <source>Nothing was changed on the way.</source>
        <translation>Rien n'a été modifié en cours de route.</translation>
    </message>
    <message>
        <source>Nothing was changed.

{exc}</source>
        <translation>Rien n'a été modifié.

{exc}</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>Rien n'a été ignoré.</translation>
    </message>
    <message>
        <source>Nothing was written.

{exc}</source>
        <translation>Rien n'a été écrit.

{exc}</translation>
    </message>
    <message>
        <source>Off: a source's levels (e.g. the case record) are shown as a ◆ beside the room's median and never change it. On: they count as votes in the median, spread and class.</source>
        <translation>Désactivé : les niveaux d'une source (p. ex. le dossier de cas) sont affichés sous forme de ◆ à côté de la médiane de la salle et ne la modifient jamais. Activé : ils comptent comme des votes dans la médiane, la dispersion et la classe.</translation>
    </message>
    <message>
        <source>One file that works offline: participants can switch phases and point at actors.</source>
        <translation>Un seul fichier qui fonctionne hors ligne : les participants peuvent changer de phase et désigner des acteurs.</translation>
    </message>
    <message>
        <source>one of the three is not scored yet.</source>
        <translation>l'une des trois n'est pas encore notée.</translation>
    </message>
    <message>
        <source>One person at a time (all three scores)</source>
        <comment>round order</comment>
        <translation>Une personne à la fois (les trois notes)</translation>
    </message>
    <message>
        <source>One question at a time (everyone on trust, then commitment …)</source>
        <comment>round order</comment>
        <translation>Une question à la fois (tout le monde sur la confiance, puis sur l'engagement …)</translation>
    </message>
    <message>
        <source>One question at a time · {step} of {steps}: {dimension}</source>
        <translation>Une question à la fois · {step} sur {steps} : {dimension}</translation>
    </message>
    <message>
        <source>One row per person asked, one column per dimension; the last row is the room's median</source>
        <translation>Une ligne par personne interrogée, une colonne par dimension ; la dernière ligne est la médiane de la salle</translation>
    </message>
    <message>
        <source>One small map per phase in a separate window; click one to show it</source>
        <translation>Une petite carte par phase dans une fenêtre séparée ; cliquez sur l'une d'elles pour l'afficher</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Un pas en arrière</translation>
    </message>
    <message>
        <source>One step back (PgUp, Left or Backspace)</source>
        <translation>Un pas en arrière (PgUp, Left ou Backspace)</translation>
    </message>
    <message>
        <source>One step on</source>
        <translation>Un pas en avant</translation>
    </message>
    <message>
        <source>One step on (PgDn, Right or Space; a presenter's clicker)</source>
        <translation>Un pas en avant (PgDn, Right ou Space ; télécommande de présentation)</translation>
    </message>
    <message>
        <source>Only an actor present in this phase can orchestrate it.</source>
        <translation>Seul un acteur présent dans cette phase peut l'orchestrer.</translation>
    </message>
    <message>
        <source>Only government actors take part in {phase} ({actors}).</source>
        <translation>Seuls des acteurs de l'administration publique participent à {phase} ({actors}).</translation>
    </message>
    <message>
        <source>Only government and private actors take part in {phase} ({actors}).</source>
        <translation>Seuls des acteurs de l'administration publique et des acteurs privés participent à {phase} ({actors}).</translation>
    </message>
    <message>
        <source>only in this session</source>
        <translation>uniquement dans cette session</translation>
    </message>
    <message>
        <source>Only private actors take part in {phase} ({actors}).</source>
        <translation>Seuls des acteurs privés participent à {phase} ({actors}).</translation>
    </message>
    <message>
        <source>Only unplaced actors</source>
        <translation>Seulement les acteurs non placés</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>openness</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Open &amp;demo session</source>
        <translation>Ouvrir une session de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open a corpus database made before</source>
        <translation>Ouvrir une base de données de corpus créée précédemment</translation>
    </message>
    <message>
        <source>Open a template</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Open corpus…</source>
        <translation>Ouvrir un corpus…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open it read-only instead? You can look at every phase, but edits are not possible until the other window closes the session.

Held by {who}.</source>
        <translation>L'ouvrir plutôt en lecture seule ? Vous pouvez consulter chaque phase, mais aucune modification n'est possible tant que l'autre fenêtre n'a pas fermé la session.

Détenue par {who}.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open research corpus</source>
        <translation>Ouvrir un corpus de recherche</translation>
    </message>
    <message>
        <source>Open round to phones…</source>
        <translation>Ouvrir le tour aux téléphones…</translation>
    </message>
    <message>
        <source>Open round to phones…  (Ctrl+Shift+R)</source>
        <translation>Ouvrir le tour aux téléphones…  (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Open template file…</source>
        <translation>Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <source>Open the round to phones</source>
        <translation>Ouvrir le tour aux téléphones</translation>
    </message>
    <message>
        <source>Open the warnings panel</source>
        <translation>Ouvrir le panneau des alertes</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Ouvrir aux téléphones</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Openness is recorded for data relations (004); this one is {kind}.</source>
        <translation>L'ouverture est enregistrée pour les relations de données (004) ; celle-ci est de type {kind}.</translation>
    </message>
    <message>
        <source>Opens a fresh copy; the bundled demo stays untouched</source>
        <translation>Ouvre une nouvelle copie ; la démo fournie reste intacte</translation>
    </message>
    <message>
        <source>Operations team</source>
        <comment>arena level</comment>
        <translation>Équipe d'exploitation</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>role</comment>
        <translation>Exploitant</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>S'oppose</translation>
    </message>
    <message>
        <source>Opposes the goal</source>
        <comment>alignment</comment>
        <translation>S'oppose à l'objectif</translation>
    </message>
    <message>
        <source>Opposes the goal (hollow blocks)</source>
        <translation>S'oppose à l'objectif (blocs creux)</translation>
    </message>
    <message numerus="yes">
        <source>option</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>option</numerusform>
            <numerusform>options</numerusform>
        </translation>
    </message>
    <message>
        <source>Orchestration (004)</source>
        <translation>Orchestration (004)</translation>
    </message>
    <message>
        <source>Orchestrator</source>
        <comment>role</comment>
        <translation>Orchestrateur</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Order in phase</source>
        <translation>Ordre dans la phase</translation>
    </message>
    <message>
        <source>Order within the phase: lower comes first</source>
        <translation>Ordre au sein de la phase : le plus petit vient en premier</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation or group</source>
        <translation>Organisation ou groupe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Other (local stage)</source>
        <translation>Autre (étape locale)</translation>
    </message>
    <message>
        <source>Other decision</source>
        <comment>decision kind</comment>
        <translation>Autre décision</translation>
    </message>
    <message>
        <source>Other forum</source>
        <comment>arena level</comment>
        <translation>Autre instance</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>part in orchestration</source>
        <comment>presence fact</comment>
        <translation>rôle dans l'orchestration</translation>
    </message>
    <message numerus="yes">
        <source>participant</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>participant</numerusform>
            <numerusform>participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Participant {n}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Participants…</translation>
    </message>
    <message>
        <source>Pattern warnings: questions for the room, with their source</source>
        <translation>Alertes : des questions pour la salle, avec leur source</translation>
    </message>
    <message>
        <source>Patterns the research warns about, read off the map. They are questions for the room, not verdicts; an info note is not a problem in itself.</source>
        <translation>Schémas contre lesquels la recherche met en garde, relevés sur la carte. Ce sont des questions pour la salle, pas des verdicts ; une alerte de niveau info n'est pas un problème en soi.</translation>
    </message>
    <message>
        <source>pays for the project or parts of it</source>
        <comment>role help</comment>
        <translation>finance le projet ou une partie de celui-ci</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>PDF of the map (one page per phase)</source>
        <translation>PDF de la carte (une page par phase)</translation>
    </message>
    <message>
        <source>percentages (0-100)</source>
        <translation>pourcentages (0-100)</translation>
    </message>
    <message numerus="yes">
        <source>person</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>personne</numerusform>
            <numerusform>personnes</numerusform>
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
        <translation>phase</translation>
    </message>
    <message numerus="yes">
        <source>phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>phase</numerusform>
            <numerusform>phases</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase name missing</source>
        <translation>Nom de phase manquant</translation>
    </message>
    <message>
        <source>Phase numbers are each workshop's own; a gap means nothing to show (e.g. not scored).</source>
        <translation>Les numéros de phase sont propres à chaque atelier ; un vide signifie qu'il n'y a rien à afficher (p. ex. non noté).</translation>
    </message>
    <message>
        <source>Phase of the other session</source>
        <translation>Phase de l'autre session</translation>
    </message>
    <message>
        <source>Phase slider</source>
        <translation>Curseur des phases</translation>
    </message>
    <message>
        <source>Phase {a} → {b} of {n}: {name}</source>
        <translation>Phase {a} → {b} sur {n} : {name}</translation>
    </message>
    <message>
        <source>Phase {i} of {n}</source>
        <translation>Phase {i} sur {n}</translation>
    </message>
    <message>
        <source>Phase {i} of {n} — {shown} of {total} {what} shown</source>
        <translation>Phase {i} sur {n} — {shown} {what} sur {total} à l'écran</translation>
    </message>
    <message>
        <source>Phase {i} of {n}: {name}</source>
        <translation>Phase {i} sur {n} : {name}</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Phases:  {names}</source>
        <translation>Phases :  {names}</translation>
    </message>
    <message>
        <source>Phases: {names}</source>
        <translation>Phases : {names}</translation>
    </message>
    <message numerus="yes">
        <source>phone</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>téléphone</numerusform>
            <numerusform>téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Phones are closed.</source>
        <translation>Les téléphones sont fermés.</translation>
    </message>
    <message>
        <source>Phones can join this round</source>
        <translation>Les téléphones peuvent rejoindre ce tour</translation>
    </message>
    <message>
        <source>Phones cannot vote</source>
        <translation>Les téléphones ne peuvent pas voter</translation>
    </message>
    <message>
        <source>Phones closed: another session was opened.</source>
        <translation>Téléphones fermés : une autre session a été ouverte.</translation>
    </message>
    <message>
        <source>Phones closed: the scoring round ended.</source>
        <translation>Téléphones fermés : le tour de notation est terminé.</translation>
    </message>
    <message>
        <source>Phones closed; the round goes on.</source>
        <translation>Téléphones fermés ; le tour continue.</translation>
    </message>
    <message>
        <source>Phones could not join</source>
        <translation>Les téléphones n'ont pas pu rejoindre</translation>
    </message>
    <message>
        <source>Pick at least one score before sending.</source>
        <translation>Choisissez au moins une note avant d'envoyer.</translation>
    </message>
    <message>
        <source>Pick two different phases to compare.</source>
        <translation>Choisissez deux phases différentes à comparer.</translation>
    </message>
    <message>
        <source>Pick who said it to keep the words as a quote</source>
        <translation>Choisissez qui l'a dit pour conserver les propos comme citation</translation>
    </message>
    <message>
        <source>Pilot</source>
        <comment>phase</comment>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Piloting</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Pinned: arranging leaves it where it is</source>
        <translation>Épinglé : la disposition automatique le laisse à sa place</translation>
    </message>
    <message>
        <source>Place a new actor in this phase</source>
        <translation>Placer un nouvel acteur dans cette phase</translation>
    </message>
    <message>
        <source>Place on the influence grid</source>
        <translation>Placer sur la grille d'influence</translation>
    </message>
    <message>
        <source>Plan adopted</source>
        <comment>decision kind</comment>
        <translation>Plan adopté</translation>
    </message>
    <message>
        <source>Please give the phase a name.</source>
        <translation>Veuillez donner un nom à la phase.</translation>
    </message>
    <message>
        <source>Please say what was decided.</source>
        <translation>Veuillez indiquer ce qui a été décidé.</translation>
    </message>
    <message>
        <source>PNG frames of the change across phases (a folder)</source>
        <translation>Images PNG de l'évolution d'une phase à l'autre (un dossier)</translation>
    </message>
    <message>
        <source>PNG image of the map (one file per phase)</source>
        <translation>Image PNG de la carte (un fichier par phase)</translation>
    </message>
    <message>
        <source>Point at an actor or a relation (or move to it with the Tab key) to see its roles or scores in this phase.</source>
        <translation>Pointez un acteur ou une relation (ou atteignez-le avec la touche Tab) pour voir ses rôles ou ses notes dans cette phase.</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Political actor</source>
        <comment>role</comment>
        <translation>Acteur politique</translation>
    </message>
    <message>
        <source>Political work (rules, rights, boundaries)</source>
        <comment>work kind</comment>
        <translation>Travail politique (règles, droits, frontières)</translation>
    </message>
    <message>
        <source>Pool the source levels (reference participants) into the room's median</source>
        <translation>Intégrer les niveaux des sources (participants de référence) dans la médiane de la salle</translation>
    </message>
    <message>
        <source>practical know-how: engineering, data science, facilitation, training</source>
        <comment>ability help</comment>
        <translation>savoir-faire pratique : ingénierie, science des données, animation, formation</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Presence and roles copied for {actors} (Ctrl+Z undoes it).</source>
        <translation>Présence et rôles copiés pour {actors} (Ctrl+Z pour annuler).</translation>
    </message>
    <message>
        <source>Presence source</source>
        <translation>Source de la présence</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>presence</comment>
        <translation>Présent</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>Present  (F6)</source>
        <translation>Présenter  (F6)</translation>
    </message>
    <message>
        <source>Present but no relation recorded: missing from the map?</source>
        <translation>Présent mais aucune relation enregistrée : oubli sur la carte ?</translation>
    </message>
    <message>
        <source>Present but unconnected, with little say: participating without influence?</source>
        <translation>Présent mais sans lien, avec peu de poids : une participation sans influence ?</translation>
    </message>
    <message>
        <source>Present step by step</source>
        <translation>Présenter pas à pas</translation>
    </message>
    <message>
        <source>Present, then not described</source>
        <translation>Présent, puis non décrit</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Presentation label size</source>
        <translation>Taille des étiquettes en présentation</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Écran de présentation</translation>
    </message>
    <message>
        <source>Presentation sequence: {what}</source>
        <translation>Séquence de présentation : {what}</translation>
    </message>
    <message>
        <source>Presentation sequence…</source>
        <translation>Séquence de présentation…</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Présentation en cours</translation>
    </message>
    <message>
        <source>Presenting step by step: PgDn, Right or Space show the next item; F6 stops.</source>
        <translation>Présentation pas à pas : PgDn, Right ou Space affichent l'élément suivant ; F6 arrête.</translation>
    </message>
    <message>
        <source>Preview of the score cells</source>
        <translation>Aperçu des cellules de notes</translation>
    </message>
    <message>
        <source>Previous person</source>
        <translation>Personne précédente</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Phase précédente</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Private</source>
        <comment>actor type</comment>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Project team</source>
        <comment>arena level</comment>
        <translation>Équipe projet</translation>
    </message>
    <message numerus="yes">
        <source>prompt</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relance</numerusform>
            <numerusform>relances</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Prompts not yet discussed</source>
        <translation>Relances pas encore abordées</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Provider</source>
        <comment>role</comment>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Pseudonymise (actors become "Government 1"…, no notes, no names)</source>
        <translation>Pseudonymiser (les acteurs deviennent « Administration publique 1 »…, sans commentaires, sans noms)</translation>
    </message>
    <message>
        <source>Pseudonymise (no names of people or organisations, no notes or quotes)</source>
        <translation>Pseudonymiser (aucun nom de personne ou d'organisation, aucun commentaire ni citation)</translation>
    </message>
    <message>
        <source>public actor that looks after shared assets and enables rather than commands</source>
        <comment>role help</comment>
        <translation>acteur public qui prend soin des biens communs et facilite plutôt qu'il ne commande</translation>
    </message>
    <message>
        <source>public actor working through hierarchy and procedure</source>
        <comment>role help</comment>
        <translation>acteur public agissant par la hiérarchie et la procédure</translation>
    </message>
    <message>
        <source>public bodies at any tier: municipal units, regional authorities, ministries, arm's-length public bodies</source>
        <comment>actor type help</comment>
        <translation>organismes publics de tout niveau : services municipaux, autorités régionales, ministères, organismes publics autonomes</translation>
    </message>
    <message>
        <source>Public side depends on private data: vendor lock-in risk</source>
        <translation>Le secteur public dépend de données privées : risque de verrouillage par un fournisseur</translation>
    </message>
    <message>
        <source>Public value</source>
        <translation>Valeur publique</translation>
    </message>
    <message>
        <source>Public value effects</source>
        <translation>Effets sur la valeur publique</translation>
    </message>
    <message>
        <source>Public value: {text}</source>
        <translation>Valeur publique : {text}</translation>
    </message>
    <message>
        <source>Put the actors or relations in your own order</source>
        <translation>Mettre les acteurs ou les relations dans l'ordre de votre choix</translation>
    </message>
    <message>
        <source>Put the actors or relations in your own order (saved in the session)</source>
        <translation>Mettre les acteurs ou les relations dans l'ordre de votre choix (enregistré dans la session)</translation>
    </message>
    <message>
        <source>Put the new folder in</source>
        <translation>Placer le nouveau dossier dans</translation>
    </message>
    <message>
        <source>Put the selected actors back on their place shared by all phases</source>
        <translation>Remettre les acteurs sélectionnés à leur place commune à toutes les phases</translation>
    </message>
    <message>
        <source>QUESTION FOR THE ROOM</source>
        <translation>QUESTION POUR LA SALLE</translation>
    </message>
    <message>
        <source>Question {step} of {steps} on this relation: one question at a time.</source>
        <translation>Question {step} sur {steps} pour cette relation : une question à la fois.</translation>
    </message>
    <message>
        <source>Questions for “{name}” ({stage} stage)</source>
        <translation>Questions pour « {name} » (étape : {stage})</translation>
    </message>
    <message>
        <source>Questions raised by the map</source>
        <translation>Questions soulevées par la carte</translation>
    </message>
    <message>
        <source>Questions the room discussed</source>
        <translation>Questions abordées par la salle</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>Quote from</source>
        <translation>Citation de</translation>
    </message>
    <message>
        <source>Quote written {time} (UTC)</source>
        <translation>Citation écrite le {time} (UTC)</translation>
    </message>
    <message>
        <source>read from an imported file</source>
        <comment>source kind</comment>
        <translation>lu dans un fichier importé</translation>
    </message>
    <message>
        <source>Read-only: edits are not saved</source>
        <translation>Lecture seule : les modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>Reading the sessions</source>
        <translation>Lecture des sessions</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Record its influence and stance at once (one undo step)</source>
        <translation>Enregistrer à la fois son influence et sa position (une seule étape d'annulation)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo {edit}</source>
        <translation>Rétablir {edit}</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Regional</source>
        <comment>scale</comment>
        <translation>Régional</translation>
    </message>
    <message>
        <source>Regulator</source>
        <comment>role</comment>
        <translation>Régulateur</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Related actors close together</source>
        <translation>Acteurs liés proches les uns des autres</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message numerus="yes">
        <source>relation</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relation</numerusform>
            <numerusform>relations</numerusform>
        </translation>
    </message>
    <message>
        <source>relation appeared</source>
        <translation>relation apparue</translation>
    </message>
    <message>
        <source>relation ended (faded)</source>
        <translation>relation terminée (grisée)</translation>
    </message>
    <message>
        <source>relation ended (shown faded)</source>
        <translation>relation terminée (affichée en grisé)</translation>
    </message>
    <message>
        <source>relation kind</source>
        <translation>type de relation</translation>
    </message>
    <message>
        <source>Relation kinds</source>
        <translation>Types de relations</translation>
    </message>
    <message>
        <source>Relation labels</source>
        <translation>Étiquettes des relations</translation>
    </message>
    <message>
        <source>relation medians, 1–5</source>
        <translation>médianes des relations, 1–5</translation>
    </message>
    <message>
        <source>relation only in this session</source>
        <translation>relation uniquement dans cette session</translation>
    </message>
    <message>
        <source>Relation {number} of {total} · {name}</source>
        <translation>Relation {number} sur {total} · {name}</translation>
    </message>
    <message numerus="yes">
        <source>relation-phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relation-phase</numerusform>
            <numerusform>relations-phases</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>relations</translation>
    </message>
    <message>
        <source>Relations active, then not described</source>
        <translation>Relations actives, puis non décrites</translation>
    </message>
    <message>
        <source>Relations and scores</source>
        <translation>Relations et notes</translation>
    </message>
    <message>
        <source>Relations described again</source>
        <translation>Relations décrites à nouveau</translation>
    </message>
    <message>
        <source>Relations ended</source>
        <translation>Relations terminées</translation>
    </message>
    <message>
        <source>Relations in collaboration</source>
        <translation>Relations en collaboration</translation>
    </message>
    <message>
        <source>Relations in each 3C class</source>
        <translation>Relations dans chaque classe 3C</translation>
    </message>
    <message>
        <source>Relations in this phase where the votes differ most</source>
        <translation>Relations de cette phase où les votes divergent le plus</translation>
    </message>
    <message>
        <source>Relations nobody scored</source>
        <translation>Relations que personne n'a notées</translation>
    </message>
    <message>
        <source>Relations not described in the later phase</source>
        <translation>Relations non décrites dans la phase suivante</translation>
    </message>
    <message>
        <source>Relations not described in the second phase</source>
        <translation>Relations non décrites dans la deuxième phase</translation>
    </message>
    <message>
        <source>Relations not described, then active</source>
        <translation>Relations non décrites, puis actives</translation>
    </message>
    <message>
        <source>Relations still missing a score in this phase</source>
        <comment>round relations</comment>
        <translation>Relations de cette phase encore sans note</translation>
    </message>
    <message>
        <source>Relations that appeared</source>
        <translation>Relations apparues</translation>
    </message>
    <message>
        <source>Relations that ended</source>
        <translation>Relations qui ont pris fin</translation>
    </message>
    <message>
        <source>Relations, by kind</source>
        <translation>Relations, par type</translation>
    </message>
    <message>
        <source>Relations: colour = trust, width = commitment</source>
        <translation>Relations : couleur = confiance, épaisseur = engagement</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Retirer la source citée</translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation>Renommer la phase</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Replace corpus?</source>
        <translation>Remplacer le corpus ?</translation>
    </message>
    <message>
        <source>Replace folder?</source>
        <translation>Remplacer le dossier ?</translation>
    </message>
    <message>
        <source>Replace “{name}” with the backup from {when_text} ({actors}, {relations})?

The current version is backed up first; you can restore it the same way.</source>
        <translation>Remplacer « {name} » par la sauvegarde de {when_text} ({actors}, {relations}) ?

La version actuelle est d'abord sauvegardée ; vous pouvez la restaurer de la même façon.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <source>Research &amp;corpus…</source>
        <translation>&amp;Corpus de recherche…</translation>
    </message>
    <message>
        <source>Research bundle: every data format and a codebook (a folder)</source>
        <translation>Lot de recherche : tous les formats de données et un livre de codes (un dossier)</translation>
    </message>
    <message>
        <source>Research corpus</source>
        <translation>Corpus de recherche</translation>
    </message>
    <message>
        <source>Research corpus (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Corpus de recherche (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Research corpus (*.db *.sqlite);;All files (*)</source>
        <translation>Corpus de recherche (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Researcher</source>
        <comment>role</comment>
        <translation>Chercheur</translation>
    </message>
    <message>
        <source>Reset position in this phase</source>
        <translation>Réinitialiser la position dans cette phase</translation>
    </message>
    <message>
        <source>residents and individual users, organised or not</source>
        <comment>actor type help</comment>
        <translation>habitants et usagers individuels, organisés ou non</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>ability</comment>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Resources</source>
        <comment>relation kind</comment>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restore not possible</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Reveal the votes</source>
        <translation>Dévoiler les votes</translation>
    </message>
    <message>
        <source>Reveal the votes  (V)</source>
        <translation>Dévoiler les votes  (V)</translation>
    </message>
    <message>
        <source>Reveal the votes of a blind question</source>
        <translation>Dévoiler les votes d'une question à l'aveugle</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Reverse the direction (target becomes source)</source>
        <translation>Inverser le sens (la cible devient la source)</translation>
    </message>
    <message>
        <source>Right-click to add a decision point</source>
        <translation>Clic droit pour ajouter un point de décision</translation>
    </message>
    <message>
        <source>Rings from neighbourhood (centre) to international (outside), with guides</source>
        <translation>Anneaux du quartier (centre) à l'international (extérieur), avec repères</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>Role source</source>
        <translation>Source du rôle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rôles modifiés</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>rôles modifiés</translation>
    </message>
    <message>
        <source>roles differ</source>
        <translation>les rôles diffèrent</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Rôles ici</translation>
    </message>
    <message>
        <source>Roles in this phase</source>
        <translation>Rôles dans cette phase</translation>
    </message>
    <message>
        <source>Roles in this phase (◆: source recorded)</source>
        <translation>Rôles dans cette phase (◆ : source enregistrée)</translation>
    </message>
    <message>
        <source>Roles that changed</source>
        <translation>Rôles qui ont changé</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Rôles : {roles}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>room and sources pooled</source>
        <translation>salle et sources regroupées</translation>
    </message>
    <message numerus="yes">
        <source>room participant</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>participant de la salle</numerusform>
            <numerusform>participants de la salle</numerusform>
        </translation>
    </message>
    <message>
        <source>Room: not scored</source>
        <translation>Salle : non noté</translation>
    </message>
    <message>
        <source>Round complete: {relations} put to the room.</source>
        <translation>Tour terminé : la salle s'est prononcée sur {relations}.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>Règle : {rule}</translation>
    </message>
    <message>
        <source>runs infrastructure or a service day to day</source>
        <comment>role help</comment>
        <translation>exploite une infrastructure ou un service au quotidien</translation>
    </message>
    <message>
        <source>said or voted in the workshop room</source>
        <comment>source kind</comment>
        <translation>dit ou voté dans la salle de l'atelier</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Save set-up as te&amp;mplate…</source>
        <translation>&amp;Enregistrer la configuration comme modèle…</translation>
    </message>
    <message>
        <source>Save set-up as template</source>
        <translation>Enregistrer la configuration comme modèle</translation>
    </message>
    <message>
        <source>Save the corpus as</source>
        <translation>Enregistrer le corpus sous</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>Enregistrer la correspondance sous</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Enregistrer la nouvelle session sous</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Saved the set-up as {name}</source>
        <translation>Configuration enregistrée sous {name}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Scale rings</source>
        <translation>Anneaux d'échelle</translation>
    </message>
    <message>
        <source>Scaling</source>
        <comment>phase</comment>
        <translation>Passage à l'échelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>score at another level</source>
        <translation>note à un autre niveau</translation>
    </message>
    <message numerus="yes">
        <source>score cell</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>cellule de note</numerusform>
            <numerusform>cellules de note</numerusform>
        </translation>
    </message>
    <message>
        <source>score level changed</source>
        <translation>niveau de note modifié</translation>
    </message>
    <message>
        <source>Score scales</source>
        <translation>Échelles de notes</translation>
    </message>
    <message>
        <source>Score the selected relation {v}</source>
        <translation>Attribuer {v} à la relation sélectionnée</translation>
    </message>
    <message>
        <source>Score {v}</source>
        <translation>Note {v}</translation>
    </message>
    <message numerus="yes">
        <source>scored relation-phase</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>relation-phase notée</numerusform>
            <numerusform>relations-phases notées</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores are the median of the participants' votes on the app's 1–5 scale; the glossary at the end explains the scales, the 3C classes and the roles.</source>
        <translation>Les notes sont la médiane des votes des participants sur l'échelle 1–5 de l'application ; le glossaire final explique les échelles, les classes 3C et les rôles.</translation>
    </message>
    <message>
        <source>Scores are whole numbers from {low} to {high} for the dimensions asked.</source>
        <translation>Les notes sont des nombres entiers de {low} à {high} pour les dimensions demandées.</translation>
    </message>
    <message>
        <source>scores changed</source>
        <translation>notes modifiées</translation>
    </message>
    <message>
        <source>Scores changed level</source>
        <translation>Notes ayant changé de niveau</translation>
    </message>
    <message>
        <source>Scores that changed level</source>
        <translation>Notes ayant changé de niveau</translation>
    </message>
    <message>
        <source>Scoring as</source>
        <translation>Noter en tant que</translation>
    </message>
    <message>
        <source>Scoring round</source>
        <translation>Tour de notation</translation>
    </message>
    <message>
        <source>Scoring round ended: its phase was deleted.</source>
        <translation>Tour de notation terminé : sa phase a été supprimée.</translation>
    </message>
    <message>
        <source>Scoring round ended: no relations left to score.</source>
        <translation>Tour de notation terminé : plus aucune relation à noter.</translation>
    </message>
    <message>
        <source>Scoring round ended: nobody left to ask.</source>
        <translation>Tour de notation terminé : plus personne à interroger.</translation>
    </message>
    <message>
        <source>Scoring round ended: you moved to another phase (the votes are kept).</source>
        <translation>Tour de notation terminé : vous êtes passé à une autre phase (les votes sont conservés).</translation>
    </message>
    <message>
        <source>Scoring round · relation {number} of {total}</source>
        <translation>Tour de notation · relation {number} sur {total}</translation>
    </message>
    <message>
        <source>Screen {n}</source>
        <translation>Écran {n}</translation>
    </message>
    <message>
        <source>Second-language name</source>
        <translation>Nom dans une deuxième langue</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Sectors for government, industry, academia and civil society, intermediaries in the middle, with guides</source>
        <translation>Secteurs pour l'administration publique, l'industrie, le monde académique et la société civile, intermédiaires au centre, avec repères</translation>
    </message>
    <message>
        <source>Select a participant first.</source>
        <translation>Sélectionnez d'abord un participant.</translation>
    </message>
    <message>
        <source>Select an actor or a relation.

N — new actor
C — connect tool (or Shift+drag)
1–5 — score the selected relation
PgUp / PgDn — previous / next phase</source>
        <translation>Sélectionnez un acteur ou une relation.

N — nouvel acteur
C — outil de connexion (ou Shift+glisser)
1–5 — noter la relation sélectionnée
PgUp / PgDn — phase précédente / suivante</translation>
    </message>
    <message>
        <source>Select an actor to record its influence, stance towards the goal, part in orchestration, institutional work and public value in this phase; select a data relation to record how open its data is.</source>
        <translation>Sélectionnez un acteur pour enregistrer son influence, sa position vis-à-vis de l'objectif, son rôle dans l'orchestration, son travail institutionnel et sa valeur publique dans cette phase ; sélectionnez une relation de données pour enregistrer le degré d'ouverture de ses données.</translation>
    </message>
    <message>
        <source>Select one actor on the map to follow it through the phases.</source>
        <translation>Sélectionnez un acteur sur la carte pour le suivre au fil des phases.</translation>
    </message>
    <message>
        <source>Select one relation to score it with the keys 1–5.</source>
        <translation>Sélectionnez une relation pour la noter avec les touches 1–5.</translation>
    </message>
    <message>
        <source>Select the actors to bring into this phase (ghosts too), then press B.</source>
        <translation>Sélectionnez les acteurs à faire entrer dans cette phase (fantômes compris), puis appuyez sur B.</translation>
    </message>
    <message numerus="yes">
        <source>selected actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>acteur sélectionné</numerusform>
            <numerusform>acteurs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected relations</source>
        <comment>round relations</comment>
        <translation>Relations sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>self-loop</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>boucle</numerusform>
            <numerusform>boucles</numerusform>
        </translation>
    </message>
    <message>
        <source>sells technology or IT systems to the public side</source>
        <comment>role help</comment>
        <translation>vend des technologies ou des systèmes informatiques au secteur public</translation>
    </message>
    <message>
        <source>Send my scores</source>
        <translation>Envoyer mes notes</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>Separate groups</source>
        <translation>Groupes séparés</translation>
    </message>
    <message>
        <source>Separate groups (components)</source>
        <translation>Groupes séparés (composantes)</translation>
    </message>
    <message>
        <source>Sequence of {what}</source>
        <translation>Séquence : {what}</translation>
    </message>
    <message>
        <source>Session already open</source>
        <translation>Session déjà ouverte</translation>
    </message>
    <message>
        <source>Session tit&amp;le…</source>
        <translation>&amp;Titre de la session…</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titre de la session</translation>
    </message>
    <message>
        <source>Session upgraded</source>
        <translation>Session mise à niveau</translation>
    </message>
    <message>
        <source>Sessions for the new corpus</source>
        <translation>Sessions pour le nouveau corpus</translation>
    </message>
    <message>
        <source>Sessions to add</source>
        <translation>Sessions à ajouter</translation>
    </message>
    <message>
        <source>sets rules, policy frames, standards or statutory duties</source>
        <comment>role help</comment>
        <translation>fixe des règles, des cadres d'action publique, des normes ou des obligations légales</translation>
    </message>
    <message>
        <source>sharing knowledge, meetings, advice, training</source>
        <comment>relation kind help</comment>
        <translation>partage de connaissances, réunions, conseils, formation</translation>
    </message>
    <message>
        <source>Show absent actors</source>
        <translation>Afficher les acteurs absents</translation>
    </message>
    <message>
        <source>Show absent actors as faint ghosts</source>
        <translation>Afficher les acteurs absents sous forme de fantômes estompés</translation>
    </message>
    <message>
        <source>Show actors absent from this phase as faint ghosts (and those it does not describe as hollow dotted boxes), or hide them</source>
        <translation>Afficher les acteurs absents de cette phase sous forme de fantômes estompés (et ceux qu'elle ne décrit pas sous forme de cases creuses en pointillés), ou les masquer</translation>
    </message>
    <message>
        <source>Show each actor's name in a second language beside its name (set in Properties)</source>
        <translation>Afficher le nom de chaque acteur dans une deuxième langue à côté de son nom (défini dans Propriétés)</translation>
    </message>
    <message>
        <source>Show kind and 3C class on relations</source>
        <translation>Afficher le type et la classe 3C sur les relations</translation>
    </message>
    <message>
        <source>Show lens guides</source>
        <translation>Afficher les repères de la grille de lecture</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Show more warnings</source>
        <translation>Afficher plus d'alertes</translation>
    </message>
    <message>
        <source>Show second-language names</source>
        <translation>Afficher les noms dans la deuxième langue</translation>
    </message>
    <message>
        <source>Show source levels</source>
        <translation>Afficher les niveaux des sources</translation>
    </message>
    <message>
        <source>Show that phase on the map</source>
        <translation>Afficher cette phase sur la carte</translation>
    </message>
    <message>
        <source>Show the legend on the canvas</source>
        <translation>Afficher la légende sur le canevas</translation>
    </message>
    <message>
        <source>Show the levels and classes a source states (◆) beside the room's, on this screen</source>
        <translation>Afficher les niveaux et classes qu'indique une source (◆) à côté de ceux de la salle, sur cet écran</translation>
    </message>
    <message>
        <source>Show the levels and classes a source states (◆) on the presentation too (hide them while the room votes)</source>
        <translation>Afficher aussi dans la présentation les niveaux et classes qu'indique une source (◆) (à masquer pendant le vote de la salle)</translation>
    </message>
    <message>
        <source>Show the map full screen on the presentation screen (Esc or F5 closes it)</source>
        <translation>Afficher la carte en plein écran sur l'écran de présentation (Esc ou F5 pour fermer)</translation>
    </message>
    <message>
        <source>Show the next warnings of this list</source>
        <translation>Afficher les alertes suivantes de cette liste</translation>
    </message>
    <message>
        <source>Show the phones panel</source>
        <translation>Afficher le panneau des téléphones</translation>
    </message>
    <message>
        <source>Show the statement in the presentation's heading</source>
        <translation>Afficher l'énoncé dans l'en-tête de la présentation</translation>
    </message>
    <message>
        <source>Show the timeline slider under the phase bar</source>
        <translation>Afficher le curseur chronologique sous la barre des phases</translation>
    </message>
    <message>
        <source>Show the votes of the blind question to the room now</source>
        <translation>Montrer maintenant à la salle les votes de la question à l'aveugle</translation>
    </message>
    <message>
        <source>Show the wall one actor or relation at a time; PgDn, Right or Space step on</source>
        <translation>Afficher à l'écran un acteur ou une relation à la fois ; PgDn, Right ou Space pour avancer</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Afficher toute la carte</translation>
    </message>
    <message>
        <source>Show these changes as marks on the map</source>
        <translation>Afficher ces changements sous forme de marques sur la carte</translation>
    </message>
    <message>
        <source>Show this question's votes to the room now (V)</source>
        <translation>Montrer maintenant à la salle les votes de cette question (V)</translation>
    </message>
    <message>
        <source>Show what it is about</source>
        <translation>Afficher l'élément concerné</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Shown under the name when View ▸ Show second-language names is on</source>
        <translation>Affiché sous le nom lorsque Affichage ▸ Afficher les noms dans la deuxième langue est activé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>ability</comment>
        <translation>Aptitudes</translation>
    </message>
    <message>
        <source>Snapshot of {day}</source>
        <translation>Instantané de {day}</translation>
    </message>
    <message>
        <source>Snapshot of {day} · {phases}</source>
        <translation>Instantané de {day} · {phases}</translation>
    </message>
    <message>
        <source>Snapshot pack for participants (PDF)</source>
        <translation>Lot d'instantanés pour les participants (PDF)</translation>
    </message>
    <message>
        <source>Snapshot pack for participants · {day}</source>
        <translation>Lot d'instantanés pour les participants · {day}</translation>
    </message>
    <message>
        <source>Snapshot pack · {day}</source>
        <translation>Lot d'instantanés · {day}</translation>
    </message>
    <message>
        <source>some</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>Some of the file does not fit the app's vocabulary by itself:</source>
        <translation>Une partie du fichier ne correspond pas d'elle-même au vocabulaire de l'application :</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Source in this phase</source>
        <translation>Source dans cette phase</translation>
    </message>
    <message>
        <source>Source levels on the wall</source>
        <translation>Niveaux des sources à l'écran</translation>
    </message>
    <message>
        <source>Source of this vote</source>
        <translation>Source de ce vote</translation>
    </message>
    <message>
        <source>Source of “{role}”</source>
        <translation>Source de « {role} »</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Source : {citation}</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Représente</translation>
    </message>
    <message>
        <source>Specifications fixed</source>
        <comment>decision kind</comment>
        <translation>Cahier des charges arrêté</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Spread: the highest vote minus the lowest on the 1–5 scale, on the dimension where the votes differ most; reference levels from sources are not votes.</source>
        <translation>Dispersion : le vote le plus élevé moins le plus bas sur l'échelle 1–5, pour la dimension où les votes divergent le plus ; les niveaux de référence issus de sources ne sont pas des votes.</translation>
    </message>
    <message>
        <source>staff, technology, in-kind support, pooled budgets</source>
        <comment>relation kind help</comment>
        <translation>personnel, technologie, soutien en nature, budgets mutualisés</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>stance not recorded</source>
        <translation>position non enregistrée</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>Start a round…  (Ctrl+R)</source>
        <translation>Lancer un tour…  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start a scoring round</source>
        <translation>Lancer un tour de notation</translation>
    </message>
    <message>
        <source>Start a scoring round first (Score ▸ Start round…).</source>
        <translation>Lancez d'abord un tour de notation (Notation ▸ Lancer un tour…).</translation>
    </message>
    <message>
        <source>Start a session with a protocol's phases, roles, prompts, round and groups</source>
        <translation>Démarrer une session avec les phases, rôles, relances, tour et groupes d'un protocole</translation>
    </message>
    <message>
        <source>Start again from the order by type</source>
        <translation>Repartir de l'ordre par type</translation>
    </message>
    <message>
        <source>Start or stop presenting step by step</source>
        <translation>Lancer ou arrêter la présentation pas à pas</translation>
    </message>
    <message>
        <source>Start or stop presenting step by step (F6)</source>
        <translation>Lancer ou arrêter la présentation pas à pas (F6)</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Lancer le tour</translation>
    </message>
    <message>
        <source>Start round…</source>
        <translation>Lancer un tour…</translation>
    </message>
    <message>
        <source>Start the map

Press N for a new actor, or double-click the canvas where it should stand.
File ▸ Import… (Ctrl+I) brings actors and relations from another tool;
File ▸ Open demo session shows a finished workshop.</source>
        <translation>Commencer la carte

Appuyez sur N pour un nouvel acteur, ou double-cliquez sur le canevas à l'endroit où il doit se trouver.
Fichier ▸ Importer… (Ctrl+I) apporte des acteurs et des relations d'un autre outil ;
Fichier ▸ Ouvrir une session de démonstration montre un atelier terminé.</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>Stated here: {classes}</source>
        <translation>Indiqué ici : {classes}</translation>
    </message>
    <message>
        <source>Stated in a document</source>
        <translation>Déclaré dans un document</translation>
    </message>
    <message>
        <source>stated in a document (with section, page and a short quote)</source>
        <comment>source kind</comment>
        <translation>déclaré dans un document (avec section, page et une courte citation)</translation>
    </message>
    <message>
        <source>Stated intensity, {step}: {was} ({said_was}) → {now} ({said_now}).</source>
        <translation>Intensité indiquée, {step} : {was} ({said_was}) → {now} ({said_now}).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <comment>arena level</comment>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>steers an ecosystem towards a shared goal</source>
        <comment>role help</comment>
        <translation>oriente un écosystème vers un objectif commun</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Steward</source>
        <comment>role</comment>
        <translation>Intendant</translation>
    </message>
    <message>
        <source>Stop  (F6)</source>
        <translation>Arrêter  (F6)</translation>
    </message>
    <message>
        <source>Stop taking votes from phones (the round goes on)</source>
        <translation>Ne plus accepter les votes des téléphones (le tour continue)</translation>
    </message>
    <message>
        <source>Strategist (sets the direction)</source>
        <comment>orchestrator mode</comment>
        <translation>Stratège (fixe le cap)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>studies, experiments, evaluates</source>
        <comment>role help</comment>
        <translation>étudie, expérimente, évalue</translation>
    </message>
    <message>
        <source>Suggest again</source>
        <translation>Suggérer à nouveau</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message numerus="yes">
        <source>suggested match</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>correspondance suggérée</numerusform>
            <numerusform>correspondances suggérées</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: waiting for you; accepted or edited: counts in the canonical views; rejected: never suggested again</source>
        <translation>suggéré : en attente de votre décision ; accepté ou modifié : compte dans les vues canoniques ; rejeté : plus jamais suggéré</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Soutient</translation>
    </message>
    <message>
        <source>Supports the goal</source>
        <comment>alignment</comment>
        <translation>Soutient l'objectif</translation>
    </message>
    <message>
        <source>SVG drawing of the map (one file per phase)</source>
        <translation>Dessin SVG de la carte (un fichier par phase)</translation>
    </message>
    <message>
        <source>Swap the two phases</source>
        <translation>Permuter les deux phases</translation>
    </message>
    <message>
        <source>Switch to the phase and highlight who this is about</source>
        <translation>Passer à la phase et mettre en évidence les acteurs concernés</translation>
    </message>
    <message>
        <source>Switched off</source>
        <comment>relation state</comment>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Switched off in this phase: known not to be at work now</source>
        <translation>Désactivée dans cette phase : on sait qu'elle n'est pas à l'œuvre actuellement</translation>
    </message>
    <message>
        <source>T</source>
        <comment>initial of trust</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>T trust · C commitment · I interdependence: medians of the votes, 1–5; – = not scored.</source>
        <translation>C confiance · E engagement · I interdépendance : médianes des votes, 1–5 ; – = non noté.</translation>
    </message>
    <message>
        <source>Take the highlight off the map</source>
        <translation>Retirer la mise en évidence de la carte</translation>
    </message>
    <message>
        <source>Take the marks off the map</source>
        <translation>Retirer les marques de la carte</translation>
    </message>
    <message>
        <source>takes part in the phase</source>
        <comment>presence help</comment>
        <translation>participe à la phase</translation>
    </message>
    <message>
        <source>Takes part in this phase (roles below)</source>
        <translation>Participe à cette phase (rôles ci-dessous)</translation>
    </message>
    <message>
        <source>Talked about: {text}</source>
        <translation>Sujets abordés : {text}</translation>
    </message>
    <message>
        <source>Tap your name. This phone remembers it for the rest of the workshop.</source>
        <translation>Touchez votre nom. Ce téléphone s'en souviendra pour le reste de l'atelier.</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Technical work (standards, systems, procedures)</source>
        <comment>work kind</comment>
        <translation>Travail technique (normes, systèmes, procédures)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Modèles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Tension: {tensions}</source>
        <translation>Tension : {tensions}</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>That code is not right; check the screen and try again.</source>
        <translation>Ce code n'est pas correct ; vérifiez l'écran et réessayez.</translation>
    </message>
    <message>
        <source>The 1–5 scores</source>
        <translation>Les notes 1–5</translation>
    </message>
    <message>
        <source>The actor this participant speaks for (optional)</source>
        <translation>L'acteur que ce participant représente (facultatif)</translation>
    </message>
    <message>
        <source>The actor's story, phase by phase</source>
        <translation>Le récit de l'acteur, phase par phase</translation>
    </message>
    <message>
        <source>The class of the votes that count, by the session's {rule} (Score ▸ Session settings)</source>
        <translation>La classe des votes qui comptent, selon la règle de la session ({rule}) (Notation ▸ Réglages de la session)</translation>
    </message>
    <message>
        <source>The comparison of phases is not available in this version.</source>
        <translation>La comparaison des phases n'est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>The console reopens in {language}: the running round ends and the phones are closed (every vote given is kept). Change the language now?</source>
        <translation>La console se rouvre en {language} : le tour en cours se termine et les téléphones sont fermés (tous les votes exprimés sont conservés). Changer de langue maintenant ?</translation>
    </message>
    <message>
        <source>The earlier phase of the comparison</source>
        <translation>La phase antérieure de la comparaison</translation>
    </message>
    <message>
        <source>The edit was not saved:
{exc}</source>
        <translation>La modification n'a pas été enregistrée :
{exc}</translation>
    </message>
    <message>
        <source>The fact keeps its value and no longer names a source</source>
        <translation>Le fait garde sa valeur et ne cite plus de source</translation>
    </message>
    <message>
        <source>The file holds no trust, commitment or interdependence values.</source>
        <translation>Le fichier ne contient aucune valeur de confiance, d'engagement ou d'interdépendance.</translation>
    </message>
    <message>
        <source>The film as numbered PNG pictures in a new folder, for video editors.</source>
        <translation>Le film sous forme d'images PNG numérotées dans un nouveau dossier, pour les logiciels de montage vidéo.</translation>
    </message>
    <message>
        <source>The language of the console, the wall, the exports and the report; phones start in it and may pick their own</source>
        <translation>La langue de la console, de l'écran de projection, des exports et du rapport ; les téléphones démarrent dans cette langue et peuvent choisir la leur</translation>
    </message>
    <message>
        <source>The laptop is busy; please send your scores again.</source>
        <translation>L'ordinateur est occupé ; veuillez renvoyer vos notes.</translation>
    </message>
    <message>
        <source>The last step of the last phase is on the wall.</source>
        <translation>La dernière étape de la dernière phase est à l'écran.</translation>
    </message>
    <message>
        <source>The map in {phase}, as the room saw it.</source>
        <translation>La carte dans {phase}, telle que la salle l'a vue.</translation>
    </message>
    <message>
        <source>The map is already arranged that way.</source>
        <translation>La carte est déjà disposée ainsi.</translation>
    </message>
    <message>
        <source>The map raised no pattern warnings.</source>
        <translation>La carte n'a soulevé aucune alerte.</translation>
    </message>
    <message>
        <source>The map, phase by phase</source>
        <translation>La carte, phase par phase</translation>
    </message>
    <message>
        <source>The mapping as a CSV file to decide in a spreadsheet</source>
        <translation>La correspondance sous forme de fichier CSV, pour décider dans un tableur</translation>
    </message>
    <message>
        <source>the middle of the three levels is low: loose ties, mostly sharing information</source>
        <comment>3C class help</comment>
        <translation>le niveau médian des trois est faible : liens lâches, surtout du partage d'informations</translation>
    </message>
    <message>
        <source>The name in a second language (optional)</source>
        <translation>Le nom dans une deuxième langue (facultatif)</translation>
    </message>
    <message>
        <source>The name written with every decision (who decided, and when)</source>
        <translation>Le nom inscrit avec chaque décision (qui a décidé, et quand)</translation>
    </message>
    <message>
        <source>The network has grown: where has intensity dropped, and is that a useful pause or a stall?</source>
        <translation>Le réseau s'est agrandi : où l'intensité a-t-elle baissé, et s'agit-il d'une pause utile ou d'un enlisement ?</translation>
    </message>
    <message>
        <source>The order in which “{unit}” shows the {what} when the order is “Your saved sequence”. Each phase shows those it has, in this order.</source>
        <translation>L'ordre dans lequel « {unit} » affiche les {what} lorsque l'ordre est « Votre séquence enregistrée ». Chaque phase affiche ceux qu'elle contient, dans cet ordre.</translation>
    </message>
    <message>
        <source>The order of the questions: {order}</source>
        <translation>L'ordre des questions : {order}</translation>
    </message>
    <message>
        <source>The order of the steps: by type, by scale or your saved sequence</source>
        <translation>L'ordre des étapes : par type, par échelle ou votre séquence enregistrée</translation>
    </message>
    <message>
        <source>The other session's phase</source>
        <translation>La phase de l'autre session</translation>
    </message>
    <message>
        <source>The phase to compare it with</source>
        <translation>La phase avec laquelle la comparer</translation>
    </message>
    <message>
        <source>The phone page could not be opened on {address}: {value}.
Check that the laptop is on the room's network, or pick another address.</source>
        <translation>La page pour téléphones n'a pas pu être ouverte sur {address} : {value}.
Vérifiez que l'ordinateur est sur le réseau de la salle, ou choisissez une autre adresse.</translation>
    </message>
    <message>
        <source>The public value the project and each phase are meant to create; who gains, who bears costs</source>
        <translation>La valeur publique que le projet et chaque phase doivent créer ; qui en bénéficie, qui en supporte les coûts</translation>
    </message>
    <message>
        <source>The public value this project is meant to create, in the room's words</source>
        <translation>La valeur publique que ce projet doit créer, dans les mots de la salle</translation>
    </message>
    <message>
        <source>The question on {dimension}</source>
        <translation>La question sur {dimension}</translation>
    </message>
    <message>
        <source>The relation is part of this phase</source>
        <translation>La relation fait partie de cette phase</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>la salle</translation>
    </message>
    <message>
        <source>The room (said or voted here)</source>
        <translation>La salle (dit ou voté ici)</translation>
    </message>
    <message>
        <source>The room has not scored any relation with two or more votes yet, so there is no agreement or disagreement to report.</source>
        <translation>La salle n'a encore noté aucune relation avec deux votes ou plus : il n'y a donc ni accord ni désaccord à signaler.</translation>
    </message>
    <message>
        <source>The room has not scored this</source>
        <translation>La salle n'a pas noté ceci</translation>
    </message>
    <message>
        <source>The room is voting on this relation; its votes are shown once revealed</source>
        <translation>La salle vote sur cette relation ; ses votes s'affichent une fois dévoilés</translation>
    </message>
    <message>
        <source>The room on these actors and relations:</source>
        <translation>La salle sur ces acteurs et relations :</translation>
    </message>
    <message>
        <source>the room or the source says it is not there</source>
        <comment>presence help</comment>
        <translation>la salle ou la source indique qu'il n'est pas là</translation>
    </message>
    <message>
        <source>The room took up every warning the map raised.</source>
        <translation>La salle a abordé toutes les alertes soulevées par la carte.</translation>
    </message>
    <message>
        <source>The room's answer: {answer}</source>
        <translation>Réponse de la salle : {answer}</translation>
    </message>
    <message>
        <source>The room's median {median}, {low}–{high}, {votes}</source>
        <translation>Médiane de la salle {median}, {low}–{high}, {votes}</translation>
    </message>
    <message>
        <source>The room's notes for this phase:</source>
        <translation>Commentaires de la salle pour cette phase :</translation>
    </message>
    <message>
        <source>THE ROOM'S VOTES</source>
        <translation>LES VOTES DE LA SALLE</translation>
    </message>
    <message>
        <source>The room: median {median}, {low}–{high}, {votes}</source>
        <translation>La salle : médiane {median}, {low}–{high}, {votes}</translation>
    </message>
    <message>
        <source>the same file content is already in the corpus as “{name}”</source>
        <translation>le même contenu de fichier est déjà dans le corpus sous « {name} »</translation>
    </message>
    <message>
        <source>The same film as a looping GIF: plays in slides, e-mail and web pages.</source>
        <translation>Le même film en GIF en boucle : se lit dans les diapositives, les e-mails et les pages web.</translation>
    </message>
    <message>
        <source>The selected actor through all phases</source>
        <translation>L'acteur sélectionné à travers toutes les phases</translation>
    </message>
    <message>
        <source>The session has one phase: nothing to compare.</source>
        <translation>La session n'a qu'une phase : rien à comparer.</translation>
    </message>
    <message>
        <source>the source does not say what kind of body it is</source>
        <comment>actor type help</comment>
        <translation>la source ne dit pas de quel type d'organisme il s'agit</translation>
    </message>
    <message>
        <source>The source is silent about it in this phase: neither present nor gone</source>
        <translation>La source est muette à son sujet dans cette phase : ni présent ni parti</translation>
    </message>
    <message>
        <source>The source is silent about the relation in this phase</source>
        <translation>La source est muette sur la relation dans cette phase</translation>
    </message>
    <message>
        <source>the source says nothing about it in this phase</source>
        <comment>presence help</comment>
        <translation>la source n'en dit rien dans cette phase</translation>
    </message>
    <message>
        <source>The stage decides which facilitation prompts and warnings apply.</source>
        <translation>L'étape détermine quelles relances d'animation et quelles alertes s'appliquent.</translation>
    </message>
    <message>
        <source>The two workshops' metrics over their phases on one chart</source>
        <translation>Les indicateurs des deux ateliers au fil de leurs phases, sur un seul graphique</translation>
    </message>
    <message>
        <source>The vote could not be saved.</source>
        <translation>Le vote n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The votes are revealed.</source>
        <translation>Les votes sont dévoilés.</translation>
    </message>
    <message>
        <source>the whole phase</source>
        <translation>toute la phase</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Toute la session</translation>
    </message>
    <message>
        <source>the {kind} relation {relation}</source>
        <translation>la relation de type {kind} {relation}</translation>
    </message>
    <message>
        <source>The {relation} ended</source>
        <translation>La {relation} a pris fin</translation>
    </message>
    <message>
        <source>The {relation}: active in {a}, not described in {b}</source>
        <translation>La {relation} : active dans {a}, non décrite dans {b}</translation>
    </message>
    <message>
        <source>The {relation}: not described in {a}, active in {b}</source>
        <translation>La {relation} : non décrite dans {a}, active dans {b}</translation>
    </message>
    <message>
        <source>There are no backups of this session yet. The first one is made the next time the session is opened, or after some minutes of editing.</source>
        <translation>Il n'existe encore aucune sauvegarde de cette session. La première sera faite à la prochaine ouverture de la session, ou après quelques minutes de modification.</translation>
    </message>
    <message>
        <source>There are no participants to ask in this choice.</source>
        <translation>Il n'y a aucun participant à interroger dans cette sélection.</translation>
    </message>
    <message>
        <source>There are no relations to score in this choice.</source>
        <translation>Il n'y a aucune relation à noter dans cette sélection.</translation>
    </message>
    <message>
        <source>These actors are the suggested canonical actor (double-click a row does the same)</source>
        <translation>Ces acteurs sont l'acteur canonique suggéré (double-cliquer sur une ligne a le même effet)</translation>
    </message>
    <message>
        <source>These are patterns the research warns about. They are questions for the room, not verdicts; an info note is not a problem in itself.</source>
        <translation>Il s'agit de schémas contre lesquels la recherche met en garde. Ce sont des questions pour la salle, pas des verdicts ; une alerte de niveau info n'est pas un problème en soi.</translation>
    </message>
    <message>
        <source>They already take part in this phase.</source>
        <translation>Ils participent déjà à cette phase.</translation>
    </message>
    <message>
        <source>This computer only: phones cannot reach this address.</source>
        <translation>Cet ordinateur uniquement : les téléphones ne peuvent pas atteindre cette adresse.</translation>
    </message>
    <message>
        <source>This install cannot export {fmt!r}.</source>
        <translation>Cette installation ne peut pas exporter {fmt!r}.</translation>
    </message>
    <message>
        <source>This install has no importers.</source>
        <translation>Cette installation n'a aucun importateur.</translation>
    </message>
    <message>
        <source>This is the first phase: there is nothing before it to compare with.</source>
        <translation>C'est la première phase : il n'y a rien avant elle à quoi la comparer.</translation>
    </message>
    <message>
        <source>This page updates by itself; keep it open.</source>
        <translation>Cette page se met à jour d'elle-même ; gardez-la ouverte.</translation>
    </message>
    <message>
        <source>This phase</source>
        <translation>Cette phase</translation>
    </message>
    <message>
        <source>This phase already has the previous phase's actors and roles.</source>
        <translation>Cette phase a déjà les acteurs et les rôles de la phase précédente.</translation>
    </message>
    <message>
        <source>This phase beside a phase of another session</source>
        <translation>Cette phase à côté d'une phase d'une autre session</translation>
    </message>
    <message>
        <source>This phase has no relations to score yet.</source>
        <translation>Cette phase n'a pas encore de relations à noter.</translation>
    </message>
    <message>
        <source>This question has moved on.</source>
        <translation>Cette question est passée.</translation>
    </message>
    <message>
        <source>This question has moved on; your phone now shows the current one.</source>
        <translation>Cette question est passée ; votre téléphone affiche maintenant la question en cours.</translation>
    </message>
    <message>
        <source>This relation is not part of the phase any more, so it cannot be scored.</source>
        <translation>Cette relation ne fait plus partie de la phase, elle ne peut donc pas être notée.</translation>
    </message>
    <message>
        <source>This round has closed.</source>
        <translation>Ce tour est fermé.</translation>
    </message>
    <message>
        <source>This round is closed or its code has changed. Scan the new code on the screen.</source>
        <translation>Ce tour est fermé ou son code a changé. Scannez le nouveau code affiché à l'écran.</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>cette session</translation>
    </message>
    <message>
        <source>This session has no phases.</source>
        <translation>Cette session n'a aucune phase.</translation>
    </message>
    <message>
        <source>This session is open read-only, so votes cannot be saved.</source>
        <translation>Cette session est ouverte en lecture seule, les votes ne peuvent donc pas être enregistrés.</translation>
    </message>
    <message>
        <source>This session was made by an older version and has been upgraded.
A copy of the original was kept beside it.</source>
        <translation>Cette session a été créée par une version plus ancienne et a été mise à niveau.
Une copie de l'original a été conservée à côté.</translation>
    </message>
    <message>
        <source>This source is cited by {facts}; corrections here change it for all.</source>
        <translation>Cette source est citée par {facts} ; les corrections faites ici la modifient pour tous.</translation>
    </message>
    <message>
        <source>Tick the people to ask, in this order</source>
        <translation>Cochez les personnes à interroger, dans cet ordre</translation>
    </message>
    <message>
        <source>Tick the roles the actor holds in this phase</source>
        <translation>Cochez les rôles que l'acteur occupe dans cette phase</translation>
    </message>
    <message>
        <source>Tick what the actor does in this phase (001, Table 1).</source>
        <translation>Cochez ce que fait l'acteur dans cette phase (001, tableau 1).</translation>
    </message>
    <message>
        <source>Tick when the room has talked about it</source>
        <translation>Cochez quand la salle en a parlé</translation>
    </message>
    <message>
        <source>Tidy overlaps</source>
        <translation>Supprimer les chevauchements</translation>
    </message>
    <message>
        <source>Tidy overlaps: {actors} moved</source>
        <translation>Chevauchements supprimés : déplacement de {actors}</translation>
    </message>
    <message numerus="yes">
        <source>time</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>horodatage</numerusform>
            <numerusform>horodatages</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title page, each phase's map with roles and scores, what changed, warnings and a glossary, ready to hand out.</source>
        <translation>Page de titre, carte de chaque phase avec rôles et notes, changements, alertes et glossaire, prêt à distribuer.</translation>
    </message>
    <message>
        <source>Title shown on the canvas and snapshots:</source>
        <translation>Titre affiché sur le canevas et les instantanés :</translation>
    </message>
    <message>
        <source>Title shown on the projector and the handouts:</source>
        <translation>Titre affiché au projecteur et sur les documents à distribuer :</translation>
    </message>
    <message>
        <source>to</source>
        <comment>From phase … to phase …</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>To the &amp;bottom</source>
        <translation>Tout en &amp;bas</translation>
    </message>
    <message>
        <source>To the &amp;top</source>
        <translation>Tout en &amp;haut</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Top broker (betweenness)</source>
        <translation>Principal intermédiaire (intermédiarité)</translation>
    </message>
    <message>
        <source>Top broker's betweenness (0–1)</source>
        <translation>Intermédiarité du principal intermédiaire (0–1)</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Trust</source>
        <comment>dimension</comment>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Trust (colour):</source>
        <translation>Confiance (couleur) :</translation>
    </message>
    <message>
        <source>Trust, commitment and interdependence are scored per relation and phase. The 1–5 scale is this app's choice, not the papers'; the papers speak of low, medium and high, so 1–2 read as low, 3 as medium and 4–5 as high.</source>
        <translation>La confiance, l'engagement et l'interdépendance sont notés par relation et par phase. L'échelle 1–5 est un choix de cette application, pas celui des articles ; les articles parlent de faible, moyen et élevé : 1–2 se lit donc comme faible, 3 comme moyen et 4–5 comme élevé.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type a note and press Enter   (Ctrl+M comes here)</source>
        <translation>Saisissez un commentaire et appuyez sur Enter   (Ctrl+M mène ici)</translation>
    </message>
    <message>
        <source>Type a note and press Enter; Ctrl+M comes here from anywhere</source>
        <translation>Saisissez un commentaire et appuyez sur Enter ; Ctrl+M mène ici depuis n'importe où</translation>
    </message>
    <message>
        <source>Type a timestamped note (or a quote) for this phase</source>
        <translation>Saisir un commentaire horodaté (ou une citation) pour cette phase</translation>
    </message>
    <message>
        <source>Type the code shown on the facilitator's screen.</source>
        <translation>Saisissez le code affiché sur l'écran de l'animateur.</translation>
    </message>
    <message>
        <source>Types, kinds and roles</source>
        <translation>Types d'acteurs, types de relations et rôles</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>unclassified (not all three scored)</source>
        <translation>non classé (les trois ne sont pas toutes notées)</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Undo {edit}</source>
        <translation>Annuler {edit}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>universities, research centres and institutes</source>
        <comment>actor type help</comment>
        <translation>universités, centres et instituts de recherche</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>actor type</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>openness</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>scale</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Non rapproché</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message numerus="yes">
        <source>unplaced actor</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>acteur non placé</numerusform>
            <numerusform>acteurs non placés</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <comment>role</comment>
        <translation>Usager</translation>
    </message>
    <message>
        <source>uses or consumes the service or data</source>
        <comment>role help</comment>
        <translation>utilise ou consomme le service ou les données</translation>
    </message>
    <message numerus="yes">
        <source>value</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>valeur</numerusform>
            <numerusform>valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor</source>
        <comment>role</comment>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>very high</source>
        <comment>score</comment>
        <translation>très élevé</translation>
    </message>
    <message>
        <source>very little</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>very low</source>
        <comment>score</comment>
        <translation>très faible</translation>
    </message>
    <message numerus="yes">
        <source>vote</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>vote</numerusform>
            <numerusform>votes</numerusform>
        </translation>
    </message>
    <message>
        <source>VOTE FROM YOUR PHONE</source>
        <translation>VOTEZ DEPUIS VOTRE TÉLÉPHONE</translation>
    </message>
    <message>
        <source>Vote not saved</source>
        <translation>Vote non enregistré</translation>
    </message>
    <message>
        <source>Vote not taken</source>
        <translation>Vote non pris en compte</translation>
    </message>
    <message numerus="yes">
        <source>voter</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>votant</numerusform>
            <numerusform>votants</numerusform>
        </translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Voters: {parts}  ({rule})</source>
        <translation>Votants : {parts}  ({rule})</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>votes differ by 2 or more</source>
        <translation>écart de 2 ou plus entre les votes</translation>
    </message>
    <message>
        <source>votes differ by 2+</source>
        <translation>écart de 2+ entre votes</translation>
    </message>
    <message>
        <source>Votes differ by two steps or more</source>
        <translation>Votes divergeant de deux niveaux ou plus</translation>
    </message>
    <message>
        <source>votes in the room; counted in the median, spread and 3C class</source>
        <comment>participant kind</comment>
        <translation>votes dans la salle ; comptés dans la médiane, la dispersion et la classe 3C</translation>
    </message>
    <message>
        <source>Votes stay hidden until everyone has answered</source>
        <translation>Les votes restent masqués jusqu'à ce que tout le monde ait répondu</translation>
    </message>
    <message>
        <source>Votes stay hidden until everyone has answered.</source>
        <translation>Les votes restent masqués jusqu'à ce que tout le monde ait répondu.</translation>
    </message>
    <message>
        <source>voting…</source>
        <translation>vote en cours…</translation>
    </message>
    <message>
        <source>Waiting for the next relation…</source>
        <translation>En attente de la relation suivante…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Alertes ({n})</translation>
    </message>
    <message>
        <source>Warnings and how the room answered them</source>
        <translation>Alertes et réponses de la salle</translation>
    </message>
    <message>
        <source>Warnings not discussed</source>
        <translation>Alertes non abordées</translation>
    </message>
    <message>
        <source>Warnings: …</source>
        <translation>Alertes : …</translation>
    </message>
    <message>
        <source>Weakest dimension (each voter's own class, then their median)</source>
        <translation>Dimension la plus faible (classe propre à chaque votant, puis leur médiane)</translation>
    </message>
    <message>
        <source>weakest-dimension rule</source>
        <translation>règle de la dimension la plus faible</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>What changed between phases</source>
        <translation>Ce qui a changé entre les phases</translation>
    </message>
    <message>
        <source>What changed since “{phase}”</source>
        <translation>Ce qui a changé depuis « {phase} »</translation>
    </message>
    <message>
        <source>What changed: {a} → {b}</source>
        <translation>Ce qui a changé : {a} → {b}</translation>
    </message>
    <message>
        <source>what costs the actor bears (public value)</source>
        <comment>presence fact</comment>
        <translation>coûts supportés par l'acteur (valeur publique)</translation>
    </message>
    <message>
        <source>What costs this actor bears</source>
        <translation>Coûts que cet acteur supporte</translation>
    </message>
    <message>
        <source>What it fixed, who took it (optional)</source>
        <translation>Ce qu'elle a arrêté, qui l'a prise (facultatif)</translation>
    </message>
    <message>
        <source>what the actor gains (public value)</source>
        <comment>presence fact</comment>
        <translation>ce que l'acteur y gagne (valeur publique)</translation>
    </message>
    <message>
        <source>What the template sets up</source>
        <translation>Ce que le modèle met en place</translation>
    </message>
    <message>
        <source>What this actor does in this phase</source>
        <translation>Ce que fait cet acteur dans cette phase</translation>
    </message>
    <message>
        <source>What this actor gains (public value)</source>
        <translation>Ce que cet acteur y gagne (valeur publique)</translation>
    </message>
    <message>
        <source>What this phase is meant to deliver for the public</source>
        <translation>Ce que cette phase doit apporter au public</translation>
    </message>
    <message>
        <source>What urban problem are we solving, and does our data measure that problem or only what is easy to count?</source>
        <translation>Quel problème urbain résolvons-nous, et nos données mesurent-elles ce problème ou seulement ce qui est facile à compter ?</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>what you share will not be used against you</source>
        <comment>dimension help</comment>
        <translation>ce que vous partagez ne sera pas utilisé contre vous</translation>
    </message>
    <message>
        <source>Where does this come from?
{fact_label}</source>
        <translation>D'où cela vient-il ?
{fact_label}</translation>
    </message>
    <message>
        <source>Where the room agreed and disagreed</source>
        <translation>Où la salle était d'accord ou en désaccord</translation>
    </message>
    <message>
        <source>Where the room agreed most</source>
        <translation>Où la salle était le plus d'accord</translation>
    </message>
    <message>
        <source>Where the room disagreed most</source>
        <translation>Où la salle était le plus en désaccord</translation>
    </message>
    <message>
        <source>Whether each step shows one actor or one relation</source>
        <translation>Si chaque étape montre un acteur ou une relation</translation>
    </message>
    <message>
        <source>Which parties and jurisdictions must keep sharing data for the system to work, and have they agreed to it?</source>
        <translation>Quelles parties et quelles autorités territoriales doivent continuer à partager des données pour que le système fonctionne, et y ont-elles consenti ?</translation>
    </message>
    <message>
        <source>Which places and groups gain from this, and which are missing from the data and the investment?</source>
        <translation>Quels lieux et quels groupes en bénéficient, et lesquels sont absents des données et des investissements ?</translation>
    </message>
    <message>
        <source>Which questions, in which words? ({a} and {b} are the two actors)</source>
        <translation>Quelles questions, avec quels mots ? ({a} et {b} sont les deux acteurs)</translation>
    </message>
    <message>
        <source>Which quick win could show value early, and who shares openly what did not work?</source>
        <translation>Quel succès rapide pourrait démontrer la valeur dès le début, et qui partage ouvertement ce qui n'a pas fonctionné ?</translation>
    </message>
    <message>
        <source>Which rule, charter or body would make it clear who supplies and who uses data, so that partners can commit again?</source>
        <translation>Quelle règle, quelle charte ou quelle instance établirait clairement qui fournit et qui utilise les données, pour que les partenaires puissent s'engager à nouveau ?</translation>
    </message>
    <message>
        <source>While presenting step by step</source>
        <translation>Pendant la présentation pas à pas</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Who bears costs (public value)</source>
        <translation>Qui supporte les coûts (valeur publique)</translation>
    </message>
    <message>
        <source>Who brings the agility to experiment, and who could replicate and roll out the solution if it works?</source>
        <translation>Qui apporte l'agilité nécessaire pour expérimenter, et qui pourrait reproduire et déployer la solution si elle fonctionne ?</translation>
    </message>
    <message>
        <source>Who controls the systems and data, and can public partners reach their own data without paying or being stuck with one supplier?</source>
        <translation>Qui contrôle les systèmes et les données, et les partenaires publics peuvent-ils accéder à leurs propres données sans payer ni rester captifs d'un seul fournisseur ?</translation>
    </message>
    <message>
        <source>Who gains (public value)</source>
        <translation>Qui en bénéficie (valeur publique)</translation>
    </message>
    <message>
        <source>Who gains, who bears costs</source>
        <translation>Qui en bénéficie, qui en supporte les coûts</translation>
    </message>
    <message>
        <source>who inferred or recorded it</source>
        <translation>qui l'a déduit ou enregistré</translation>
    </message>
    <message>
        <source>Who is asked</source>
        <translation>Qui est interrogé</translation>
    </message>
    <message>
        <source>Who is asked? (in this order)</source>
        <translation>Qui est interrogé ? (dans cet ordre)</translation>
    </message>
    <message>
        <source>Who is in the room, their organisation and whom they speak for</source>
        <translation>Qui est dans la salle, son organisation et qui il représente</translation>
    </message>
    <message>
        <source>Who is making the goal meaningful to everyone (cultural work), not only handing out tasks (political work)?</source>
        <translation>Qui donne du sens à l'objectif pour tous (travail culturel), sans se contenter de répartir les tâches (travail politique) ?</translation>
    </message>
    <message>
        <source>Who joined</source>
        <translation>Qui est entré</translation>
    </message>
    <message>
        <source>Who knows the neighbourhoods involved, and how is that knowledge connected to city, national or international partners?</source>
        <translation>Qui connaît les quartiers concernés, et comment ce savoir est-il relié aux partenaires municipaux, nationaux ou internationaux ?</translation>
    </message>
    <message>
        <source>Who leads and persuades here, and what brings each actor to the table: money, a shared problem, interdependence or uncertainty?</source>
        <translation>Qui mène et convainc ici, et qu'est-ce qui amène chaque acteur à la table : l'argent, un problème commun, l'interdépendance ou l'incertitude ?</translation>
    </message>
    <message>
        <source>Who left</source>
        <translation>Qui est sorti</translation>
    </message>
    <message>
        <source>Who left since the last phase, who joined, whose role changed — and was that a decision or an accident?</source>
        <translation>Qui est parti depuis la dernière phase, qui est arrivé, qui a changé de rôle — et était-ce une décision ou un hasard ?</translation>
    </message>
    <message>
        <source>Who orchestrates now — one actor or a coalition — and do they both set direction and manage the daily work?</source>
        <translation>Qui orchestre désormais — un acteur seul ou une coalition — et fixe-t-il le cap tout en gérant le travail au quotidien ?</translation>
    </message>
    <message>
        <source>Who takes part, in which role</source>
        <translation>Qui participe, dans quel rôle</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>Who will have to adopt, run and maintain the result, and are they in the room yet?</source>
        <translation>Qui devra adopter, exploiter et maintenir le résultat, et ces acteurs sont-ils déjà dans la salle ?</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toute la session</translation>
    </message>
    <message>
        <source>Whole session: {alphas}</source>
        <translation>Toute la session : {alphas}</translation>
    </message>
    <message>
        <source>Whose vote the buttons and the keys 1–5 give</source>
        <translation>À qui sont attribués les votes donnés par les boutons et les touches 1–5</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>why it was inferred</source>
        <translation>pourquoi cela a été déduit</translation>
    </message>
    <message>
        <source>Width x height in pixels: 1280x720 suits slides, 1920x1080 a big screen</source>
        <translation>Largeur x hauteur en pixels : 1280x720 convient aux diapositives, 1920x1080 à un grand écran</translation>
    </message>
    <message>
        <source>willing to invest in and stay in this relation</source>
        <comment>dimension help</comment>
        <translation>prêt à investir dans cette relation et à s'y maintenir</translation>
    </message>
    <message>
        <source>Willingness to invest in and stay in the relationship</source>
        <translation>Disposition à investir dans la relation et à s'y maintenir</translation>
    </message>
    <message>
        <source>willingness to invest in and stay in the relationship.</source>
        <translation>disposition à investir dans la relation et à s'y maintenir.</translation>
    </message>
    <message>
        <source>with a data relation</source>
        <translation>avec une relation de données</translation>
    </message>
    <message>
        <source>with agreement and data relations</source>
        <translation>avec des relations d'accord et de données</translation>
    </message>
    <message>
        <source>with agreement relations</source>
        <translation>avec des relations d'accord</translation>
    </message>
    <message>
        <source>with an agreement relation</source>
        <translation>avec une relation d'accord</translation>
    </message>
    <message>
        <source>with data relations</source>
        <translation>avec des relations de données</translation>
    </message>
    <message>
        <source>With several participants the map shows the median of their votes (the lower one when two are in the middle), never an average. Unscored stays empty (shown as –) and is never read as 0.</source>
        <translation>Avec plusieurs participants, la carte affiche la médiane de leurs votes (la plus basse des deux lorsque deux se trouvent au milieu), jamais une moyenne. Ce qui n'est pas noté reste vide (affiché –) et n'est jamais lu comme 0.</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>Words of the map</source>
        <translation>Vocabulaire de la carte</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message numerus="yes">
        <source>workshop</source>
        <comment>counted noun</comment>
        <translation>
            <numerusform>atelier</numerusform>
            <numerusform>ateliers</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop report · {day}</source>
        <translation>Rapport d'atelier · {day}</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop)</source>
        <translation>Sessions d'atelier (*.workshop)</translation>
    </message>
    <message>
        <source>Workshop sessions (*.workshop);;All files (*)</source>
        <translation>Sessions d'atelier (*.workshop);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Écrire un commentaire</translation>
    </message>
    <message>
        <source>Written by Assemblage Workshop</source>
        <translation>Rédigé par Assemblage Workshop</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}</source>
        <translation>Écrit dans {folder} : {files}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Vous :</translation>
    </message>
    <message>
        <source>Your name is no longer on the list; please pick it again.</source>
        <translation>Votre nom ne figure plus dans la liste ; veuillez le choisir à nouveau.</translation>
    </message>
    <message>
        <source>Your scores were not taken; please try again.</source>
        <translation>Vos notes n'ont pas été prises en compte ; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your vote could not be saved; please try again.</source>
        <translation>Votre vote n'a pas pu être enregistré ; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your vote was not taken.</source>
        <translation>Votre vote n'a pas été pris en compte.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom the map</source>
        <translation>Zoomer sur la carte</translation>
    </message>
    <message>
        <source>{actors} brought into this phase (Ctrl+Z takes them out again).</source>
        <translation>Entrée de {actors} dans cette phase (Ctrl+Z les en retire).</translation>
    </message>
    <message>
        <source>{actors} take part</source>
        <translation>{actors} participent</translation>
    </message>
    <message>
        <source>{actors} take part; {relations}, {scored} of them scored</source>
        <translation>{actors} participent ; {relations} (notées : {scored})</translation>
    </message>
    <message>
        <source>{actors} takes part</source>
        <translation>{actors} participe</translation>
    </message>
    <message>
        <source>{actors} · {relations} in this phase  |  {saved} to {name}</source>
        <translation>{actors} · {relations} dans cette phase  |  {saved} ({name})</translation>
    </message>
    <message>
        <source>{actors}, {relations}, {phases} and {scored} from {name} ({fmt}).</source>
        <translation>{actors}, {relations}, {phases} et {scored} depuis {name} ({fmt}).</translation>
    </message>
    <message>
        <source>{changes} between {name_a} and {name_b}</source>
        <translation>{changes} entre {name_a} et {name_b}</translation>
    </message>
    <message>
        <source>{citizens}: no decision or agreement relation in {phase}.</source>
        <translation>{citizens} : aucune relation de décision ou d'accord dans {phase}.</translation>
    </message>
    <message>
        <source>{collaboration} of the {classed} classed relations in {phase} are collaboration.</source>
        <translation>{collaboration} des {classed} relations classées dans {phase} relèvent de la collaboration.</translation>
    </message>
    <message>
        <source>{corpus}  ·  {workshops}, {actors}  ·  {get} suggested, {n} decided, {get2} rejected, {get3} unmatched</source>
        <translation>{corpus}  ·  {workshops}, {actors}  ·  {get} suggérés, {n} décidés, {get2} rejetés, {get3} non rapprochés</translation>
    </message>
    <message>
        <source>{count} actors took part in {phase} but not in {next}: {names}.</source>
        <translation>{count} acteurs ont participé à {phase} mais pas à {next} : {names}.</translation>
    </message>
    <message>
        <source>{count} for {new_canonical_actors}.</source>
        <translation>{count} pour {new_canonical_actors}.</translation>
    </message>
    <message>
        <source>{decisions} dropped (actor renamed or removed)</source>
        <translation>Décisions abandonnées (acteur renommé ou supprimé) : {decisions}</translation>
    </message>
    <message>
        <source>{dimension} &lt;b&gt;{alpha:.2f}&lt;/b&gt; ({units} rel., {voters})</source>
        <translation>{dimension} &lt;b&gt;{alpha:.2f}&lt;/b&gt; ({units} rel., {voters})</translation>
    </message>
    <message>
        <source>{dimension} &lt;i&gt;undefined&lt;/i&gt; ({reason})</source>
        <translation>{dimension} &lt;i&gt;indéfini&lt;/i&gt; ({reason})</translation>
    </message>
    <message>
        <source>{dimension} in the {relation} went from {was_level} ({was}) to {now_level} ({now})</source>
        <translation>{dimension} dans la {relation} : de {was_level} ({was}) à {now_level} ({now})</translation>
    </message>
    <message>
        <source>{dimension} {was} → {now}</source>
        <translation>{dimension} {was} → {now}</translation>
    </message>
    <message>
        <source>{dimension}: median {median}, spread {spread}</source>
        <translation>{dimension} : médiane {median}, dispersion {spread}</translation>
    </message>
    <message>
        <source>{done} of {n} have answered this question</source>
        <translation>{done} sur {n} ont répondu à cette question</translation>
    </message>
    <message>
        <source>{done} of {n} have scored this relation</source>
        <translation>{done} sur {n} ont noté cette relation</translation>
    </message>
    <message>
        <source>{done} of {n} talked about in this phase. Tick them off; a note keeps what the room said.</source>
        <translation>{done} sur {n} abordées dans cette phase. Cochez-les ; un commentaire garde ce que la salle a dit.</translation>
    </message>
    <message>
        <source>{done}: {label}</source>
        <translation>{done} : {label}</translation>
    </message>
    <message>
        <source>{done}: {text} — by {value}.</source>
        <translation>{done} : {text} — par {value}.</translation>
    </message>
    <message>
        <source>{exc}

The session was not changed.</source>
        <translation>{exc}

La session n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>{fmt} (*{suffix});;All files (*)</source>
        <translation>{fmt} (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{hidden} more… (show {hidden2} more)</source>
        <translation>{hidden} de plus… (en afficher {hidden2} de plus)</translation>
    </message>
    <message>
        <source>{id} is about who or what is missing: nothing to highlight on the map.</source>
        <translation>{id} concerne qui ou ce qui manque : rien à mettre en évidence sur la carte.</translation>
    </message>
    <message>
        <source>{kinds} (*{wanted});;All files (*)</source>
        <translation>{kinds} (*{wanted});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{kind} relation between {source} and {target}</source>
        <translation>relation de type {kind} entre {source} et {target}</translation>
    </message>
    <message>
        <source>{kind} relation from {source} to {target}</source>
        <translation>relation de type {kind} de {source} vers {target}</translation>
    </message>
    <message>
        <source>{kind} work, {aim}</source>
        <translation>Travail ({kind}), {aim}</translation>
    </message>
    <message>
        <source>{low} of the {scored} relations scored for commitment in {phase} are low</source>
        <translation>{low} des {scored} relations notées pour l'engagement dans {phase} ont une note faible</translation>
    </message>
    <message>
        <source>{median} ({votes})</source>
        <translation>{median} ({votes})</translation>
    </message>
    <message>
        <source>{median} ({votes}, spread {spread})</source>
        <translation>{median} ({votes}, dispersion {spread})</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message numerus="yes">
        <source>{names} appears for the first time in {phase}, {relations} already.</source>
        <translation>
            <numerusform>{names} apparaît pour la première fois dans {phase}, déjà {relations}.</numerusform>
            <numerusform>{names} apparaissent pour la première fois dans {phase}, déjà {relations}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} first takes part in {phase}, after {after}, when it was recorded absent.</source>
        <translation>
            <numerusform>{names} participe pour la première fois à {phase}, après {after}, à un moment où il était enregistré comme absent.</numerusform>
            <numerusform>{names} participent pour la première fois à {phase}, après {after}, à un moment où ils étaient enregistrés comme absents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} is recorded as absent from {phase}.</source>
        <translation>
            <numerusform>{names} est enregistré comme absent de {phase}.</numerusform>
            <numerusform>{names} sont enregistrés comme absents de {phase}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} takes part in {phase} without any relation, with little say recorded (influence or roles).</source>
        <translation>
            <numerusform>{names} participe à {phase} sans aucune relation, avec peu de poids selon ce qui est enregistré (influence ou rôles).</numerusform>
            <numerusform>{names} participent à {phase} sans aucune relation, avec peu de poids selon ce qui est enregistré (influence ou rôles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} takes part in {phase}, but no relation is recorded for it there.</source>
        <translation>
            <numerusform>{names} participe à {phase}, mais aucune relation n'y est enregistrée pour lui.</numerusform>
            <numerusform>{names} participent à {phase}, mais aucune relation n'y est enregistrée pour eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  ({state} here)</source>
        <translation>{name}  ({state} ici)</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (fermé)</translation>
    </message>
    <message>
        <source>{name} (private)</source>
        <translation>{name} (privé)</translation>
    </message>
    <message>
        <source>{name} (private) is an end of {degree} of the {total} relations in {phase}: the others may come to depend on a firm whose aims are its own.</source>
        <translation>{name} (privé) est à une extrémité de {degree} des {total} relations de {phase} : les autres pourraient finir par dépendre d'une entreprise qui poursuit ses propres objectifs.</translation>
    </message>
    <message>
        <source>{name} (the actor)</source>
        <translation>{name} (l'acteur)</translation>
    </message>
    <message>
        <source>{name} (vendor-held)</source>
        <translation>{name} (détenu par un fournisseur)</translation>
    </message>
    <message>
        <source>{name} ({value})
Right-click to rename, move or delete</source>
        <translation>{name} ({value})
Clic droit pour renommer, déplacer ou supprimer</translation>
    </message>
    <message>
        <source>{name} is an end of {degree} of the {total} relations in {phase} and holds no orchestrator role there.</source>
        <translation>{name} est à une extrémité de {degree} des {total} relations de {phase} et n'y tient aucun rôle d'orchestrateur.</translation>
    </message>
    <message>
        <source>{name} joined between {a} and {b}</source>
        <translation>{name} : entrée entre {a} et {b}</translation>
    </message>
    <message>
        <source>{name} left between {a} and {b}</source>
        <translation>{name} : sortie entre {a} et {b}</translation>
    </message>
    <message>
        <source>{name} took part in {phase} but not in {next}.</source>
        <translation>{name} a participé à {phase} mais pas à {next}.</translation>
    </message>
    <message>
        <source>{name}: not described in {a}, present in {b}</source>
        <translation>{name} : non décrit dans {a}, présent dans {b}</translation>
    </message>
    <message>
        <source>{name}: present in {a}, not described in {b}</source>
        <translation>{name} : présent dans {a}, non décrit dans {b}</translation>
    </message>
    <message>
        <source>{name}: the app imports GEXF, GraphML, CSV, XLSX, Pajek, GML, JSON (Kumu, node-link, JSON Graph Format) and Cytoscape files.</source>
        <translation>{name} : l'application importe les fichiers GEXF, GraphML, CSV, XLSX, Pajek, GML, JSON (Kumu, node-link, JSON Graph Format) et Cytoscape.</translation>
    </message>
    <message>
        <source>{name}: {role} in “{phase}”</source>
        <translation>{name} : {role} dans « {phase} »</translation>
    </message>
    <message>
        <source>{name}: {state} in “{phase}”</source>
        <translation>{name} : {state} dans « {phase} »</translation>
    </message>
    <message>
        <source>{next_step} (Enter)</source>
        <translation>{next_step} (Enter)</translation>
    </message>
    <message>
        <source>{note}  · on {subject}</source>
        <translation>{note}  · à propos de {subject}</translation>
    </message>
    <message>
        <source>{n} for “{name}”. Questions for the room, not errors.</source>
        <translation>{n} pour « {name} ». Des questions pour la salle, pas des erreurs.</translation>
    </message>
    <message>
        <source>{n} in</source>
        <translation>{n} entrantes</translation>
    </message>
    <message>
        <source>{n} in the whole session. Questions for the room, not errors.</source>
        <translation>{n} dans toute la session. Des questions pour la salle, pas des erreurs.</translation>
    </message>
    <message>
        <source>{n} in {phases}</source>
        <translation>{n} dans {phases}</translation>
    </message>
    <message>
        <source>{n} not taken (late or incomplete)</source>
        <translation>{n} non pris en compte (tardifs ou incomplets)</translation>
    </message>
    <message>
        <source>{n} of {n2} answers still missing.</source>
        <translation>Il manque encore {n} réponses sur {n2}.</translation>
    </message>
    <message>
        <source>{n} out</source>
        <translation>{n} sortantes</translation>
    </message>
    <message>
        <source>{n} rel.</source>
        <translation>{n} rel.</translation>
    </message>
    <message>
        <source>{n} scored</source>
        <translation>{n} notées</translation>
    </message>
    <message>
        <source>{n} two-way</source>
        <translation>{n} bidirectionnelles</translation>
    </message>
    <message>
        <source>{out} exists. Build it anew? Its decisions on matches are lost.</source>
        <translation>{out} existe. Le reconstruire ? Ses décisions de rapprochement seront perdues.</translation>
    </message>
    <message>
        <source>{out} is not empty. Replace it with the new bundle?</source>
        <translation>{out} n'est pas vide. Le remplacer par le nouveau lot ?</translation>
    </message>
    <message>
        <source>{out}: {actors}. Fill in 'status' (accepted, rejected, edited) or 'canonical_name' and import it again.</source>
        <translation>{out} : {actors}. Remplissez « status » (accepted, rejected, edited) ou « canonical_name » et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{participants} in the room.</source>
        <translation>{participants} dans la salle.</translation>
    </message>
    <message>
        <source>{phase}:</source>
        <translation>{phase} :</translation>
    </message>
    <message>
        <source>{phones} seen · {votes} from {people}</source>
        <translation>Vus : {phones} · {votes} de {people}</translation>
    </message>
    <message>
        <source>{relation_label}
{votes} votes; spread = highest minus lowest vote</source>
        <translation>{relation_label}
{votes} votes ; dispersion = vote le plus haut moins vote le plus bas</translation>
    </message>
    <message>
        <source>{relations}, {scored} of them scored</source>
        <translation>{relations} (notées : {scored})</translation>
    </message>
    <message>
        <source>{relation}: the vote of {who} in “{phase}”</source>
        <translation>{relation} : le vote de {who} dans « {phase} »</translation>
    </message>
    <message>
        <source>{relation}: {state} in “{phase}”</source>
        <translation>{relation} : {state} dans « {phase} »</translation>
    </message>
    <message>
        <source>{score_cells} left out</source>
        <translation>Non repris : {score_cells}</translation>
    </message>
    <message>
        <source>{shown} of {total} {what}</source>
        <translation>{shown} {what} sur {total}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{state} in {name}</source>
        <translation>{state} dans {name}</translation>
    </message>
    <message>
        <source>{target} already exists. Importing never replaces a session; choose a new name.</source>
        <translation>{target} existe déjà. L'import ne remplace jamais une session ; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>{term}: {meaning}</source>
        <translation>{term} : {meaning}</translation>
    </message>
    <message>
        <source>{title} — snapshot</source>
        <translation>{title} — instantané</translation>
    </message>
    <message>
        <source>{title} — snapshot pack</source>
        <translation>{title} — lot d'instantanés</translation>
    </message>
    <message>
        <source>{title} — workshop report</source>
        <translation>{title} — rapport d'atelier</translation>
    </message>
    <message>
        <source>{value} {label}  ({n} rel.)</source>
        <translation>{value} {label}  ({n} rel.)</translation>
    </message>
    <message>
        <source>{work} by {names}</source>
        <translation>{work} par {names}</translation>
    </message>
    <message>
        <source>— does not orchestrate —</source>
        <translation>— n'orchestre pas —</translation>
    </message>
    <message>
        <source>— interoperability not known —</source>
        <translation>— interopérabilité inconnue —</translation>
    </message>
    <message>
        <source>— nobody (a note)</source>
        <translation>— personne (un commentaire)</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— non mis en correspondance —</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— non enregistré —</translation>
    </message>
    <message>
        <source>“{name}” is already open for editing in another window.</source>
        <translation>« {name} » est déjà ouvert en modification dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>“{name}” is open for editing in another window ({who}). Close it there, then restore again. Nothing was changed.</source>
        <translation>« {name} » est ouvert en modification dans une autre fenêtre ({who}). Fermez-le là-bas, puis relancez la restauration. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>« {quote} »</translation>
    </message>
    <message>
        <source>… and {more} more relations where the votes differ</source>
        <translation>… et {more} autres relations où les votes divergent</translation>
    </message>
    <message>
        <source>… {n} more</source>
        <translation>… {n} de plus</translation>
    </message>
    <message>
        <source>≠ Votes differ by {spread} steps: worth talking about</source>
        <translation>≠ Les votes divergent de {spread} niveaux : cela mérite discussion</translation>
    </message>
    <message>
        <source>┆ dashed line = phase on the map</source>
        <translation>┆ ligne tiretée = phase affichée sur la carte</translation>
    </message>
    <message>
        <source>▲ Warning</source>
        <translation>▲ Alerte</translation>
    </message>
    <message>
        <source>▲ Warnings: {here} here</source>
        <translation>▲ Alertes : {here} ici</translation>
    </message>
    <message>
        <source>▲ Warnings: {here} here · {elsewhere}</source>
        <translation>▲ Alertes : {here} ici · {elsewhere}</translation>
    </message>
    <message>
        <source>▲ Warnings: {n}</source>
        <translation>▲ Alertes : {n}</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>◀ Previous phase</source>
        <translation>◀ Phase précédente</translation>
    </message>
    <message>
        <source>◆ a source's levels</source>
        <translation>◆ niveaux d'une source</translation>
    </message>
    <message>
        <source>◆ A source's levels: trust {trust} · commitment {commitment} · interdependence {interdependence} (beside the room's, not in its median)</source>
        <translation>◆ Niveaux d'une source : confiance {trust} · engagement {commitment} · interdépendance {interdependence} (à côté de ceux de la salle, hors de sa médiane)</translation>
    </message>
    <message>
        <source>◆ Class a source states: {classes}</source>
        <translation>◆ Classe indiquée par une source : {classes}</translation>
    </message>
    <message>
        <source>◆ on a line: the levels a source states (colour = trust, size = commitment), never counted in the room's median; ◆coop in a label: the class it states</source>
        <translation>◆ sur une ligne : les niveaux qu'indique une source (couleur = confiance, taille = engagement), jamais comptés dans la médiane de la salle ; ◆coop dans une étiquette : la classe qu'elle indique</translation>
    </message>
    <message>
        <source>◆ Stated for this phase: {stated}</source>
        <translation>◆ Indiqué pour cette phase : {stated}</translation>
    </message>
    <message>
        <source>◆ Stated {scope}: {what}</source>
        <translation>◆ Indiqué ({scope}) : {what}</translation>
    </message>
    <message>
        <source>◆ Stated: {what}</source>
        <translation>◆ Indiqué : {what}</translation>
    </message>
    <message>
        <source>● Info</source>
        <translation>● Info</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Envoyé</translation>
    </message>
    <message>
        <source>✓ shown on the wall · ○ not yet · click a step to jump to it</source>
        <translation>✓ affiché à l'écran · ○ pas encore · cliquez sur une étape pour y aller</translation>
    </message>
</context>
</TS>
