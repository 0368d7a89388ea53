<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>GentleSignal</name>
    <message>
        <source>Could we slow down?</source>
        <translation>On pourrait ralentir un peu&#x202f;?</translation>
    </message>
    <message>
        <source>I&apos;m feeling blamed. Could you say that another way?</source>
        <translation>Je le reçois comme un reproche. Tu pourrais le dire autrement&#x202f;?</translation>
    </message>
    <message>
        <source>This matters to me. Could you just listen for now?</source>
        <translation>C&apos;est important pour moi. Tu pourrais juste écouter, pour l&apos;instant&#x202f;?</translation>
    </message>
    <message>
        <source>Can I take that back and try again?</source>
        <translation>Je peux retirer ce que j&apos;ai dit et réessayer&#x202f;?</translation>
    </message>
    <message>
        <source>I can see my part in this.</source>
        <translation>Je vois ma part là-dedans.</translation>
    </message>
    <message>
        <source>I agree with part of what you&apos;re saying.</source>
        <translation>Je suis d&apos;accord avec une partie de ce que tu dis.</translation>
    </message>
    <message>
        <source>Let&apos;s start over.</source>
        <translation>Recommençons depuis le début.</translation>
    </message>
    <message>
        <source>I&apos;m still here. I&apos;m not going anywhere.</source>
        <translation>Je suis toujours là. Je ne pars pas.</translation>
    </message>
    <message>
        <source>Thank you for staying in this with me.</source>
        <translation>Merci de rester avec moi dans tout ça.</translation>
    </message>
    <message>
        <source>I care about you, even now.</source>
        <translation>Tu comptes pour moi, même maintenant.</translation>
    </message>
</context>
<context>
    <name>Rejection</name>
    <message>
        <source>The session hasn&apos;t started yet.</source>
        <translation>La séance n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>La séance a déjà commencé.</translation>
    </message>
    <message>
        <source>This conversation guide isn&apos;t available: %1.</source>
        <translation>Ce guide de conversation n&apos;est pas disponible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Each partner needs a name of up to %1 characters.</source>
        <translation>Chaque partenaire a besoin d&apos;un nom de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>This session has ended.</source>
        <translation>Cette séance est terminée.</translation>
    </message>
    <message>
        <source>It&apos;s %1&apos;s turn to speak.</source>
        <translation>C&apos;est au tour de %1 de parler.</translation>
    </message>
    <message>
        <source>It&apos;s %1&apos;s turn.</source>
        <translation>C&apos;est au tour de %1.</translation>
    </message>
    <message>
        <source>That isn&apos;t part of this step.</source>
        <translation>Cela ne fait pas partie de cette étape.</translation>
    </message>
    <message>
        <source>This step has no field “%1”.</source>
        <translation>Cette étape n&apos;a pas de champ «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Please fill in “%1” first.</source>
        <translation>Remplis d&apos;abord «&#x202f;%1&#x202f;», s&apos;il te plaît.</translation>
    </message>
    <message>
        <source>“%1” can be up to %2 characters. A shorter version may be easier to hear.</source>
        <translation>«&#x202f;%1&#x202f;» peut compter jusqu&apos;à %2 caractères. Une version plus courte sera peut-être plus facile à entendre.</translation>
    </message>
    <message>
        <source>“%1” has a value this step doesn&apos;t know.</source>
        <translation>«&#x202f;%1&#x202f;» a une valeur que cette étape ne connaît pas.</translation>
    </message>
    <message>
        <source>You&apos;ve done this step. Waiting for %1.</source>
        <translation>Tu as fait cette étape. On attend %1.</translation>
    </message>
    <message>
        <source>The conversation is paused until %1.</source>
        <translation>La conversation est en pause jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Welcome back. First, each of you says how you are now.</source>
        <translation>Vous revoilà. Pour commencer, dites à tour de rôle comment vous allez maintenant.</translation>
    </message>
    <message>
        <source>There is no pause right now.</source>
        <translation>Il n&apos;y a pas de pause en ce moment.</translation>
    </message>
    <message>
        <source>A pause is already running.</source>
        <translation>Une pause est déjà en cours.</translation>
    </message>
    <message>
        <source>Only %1 can change this pause.</source>
        <translation>Cette pause ne peut être modifiée que par %1.</translation>
    </message>
    <message>
        <source>This pause has been extended twice already. Time to come back, gently.</source>
        <translation>Cette pause a déjà été prolongée deux fois. Il est temps de revenir, en douceur.</translation>
    </message>
    <message>
        <source>A pause lasts between %1 and %2 seconds.</source>
        <translation>Une pause dure entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>That comes when the pause is over.</source>
        <translation>Ça viendra quand la pause sera finie.</translation>
    </message>
    <message>
        <source>That signal isn&apos;t in the catalogue.</source>
        <translation>Ce signal ne fait pas partie du catalogue.</translation>
    </message>
    <message>
        <source>There&apos;s nothing to set yet: write a topic, or choose who starts. Nothing changed.</source>
        <translation>Il n&apos;y a encore rien à définir&#xa0;: écris un sujet ou choisis qui commence. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>That isn&apos;t possible right now.</source>
        <translation>Ce n&apos;est pas possible pour le moment.</translation>
    </message>
    <message>
        <source>Expected event %1, got %2.</source>
        <translation>Événement %1 attendu, %2 reçu.</translation>
    </message>
    <message>
        <source>A breathing pause ends by itself; it can&apos;t be extended.</source>
        <translation>Une pause pour respirer se termine d&apos;elle-même&#x202f;; on ne peut pas la prolonger.</translation>
    </message>
    <message>
        <source>Intents can only be sent as yourself.</source>
        <translation>Tu ne peux agir qu&apos;en ton propre nom.</translation>
    </message>
    <message>
        <source>Your partner&apos;s Twofold couldn&apos;t read that. It may need an update.</source>
        <translation>Le Twofold de l&apos;autre côté n&apos;a pas pu lire cela. Il a peut-être besoin d&apos;une mise à jour.</translation>
    </message>
    <message>
        <source>While %1 takes a pause, only reassuring signals reach them. The others can wait until you&apos;re both back.</source>
        <translation>Pendant la pause de %1, seuls les signaux rassurants lui parviennent. Les autres peuvent attendre la fin de la pause.</translation>
    </message>
    <message>
        <source>That one wasn&apos;t sent: a few signals just went to %1. Give it a moment, then send it again if you still want to.</source>
        <translation>Ce signal n&apos;a pas été envoyé&#x202f;: quelques signaux viennent de partir vers %1. Attends un instant, puis renvoie-le si tu le souhaites toujours.</translation>
    </message>
</context>
<context>
    <name>SessionExport</name>
    <message>
        <source>Feelings named</source>
        <translation>Sentiments nommés</translation>
    </message>
    <message>
        <source>Needs named</source>
        <translation>Besoins nommés</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Mots d&apos;appréciation</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>La prochaine fois</translation>
    </message>
    <message>
        <source>To come back to</source>
        <translation>À reprendre plus tard</translation>
    </message>
    <message>
        <source>An export needs both of you to agree first.</source>
        <translation>Pour garder une copie, il faut d&apos;abord votre accord à vous deux.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>Ce qui a été entendu</translation>
    </message>
    <message>
        <source>What made sense</source>
        <translation>Ce qui paraissait compréhensible</translation>
    </message>
    <message>
        <source>Empathy offered</source>
        <translation>Empathie offerte</translation>
    </message>
    <message>
        <source>What may have triggered it</source>
        <translation>Ce qui a pu déclencher la réaction</translation>
    </message>
</context>
<context>
    <name>twofold::app::AboutDialog</name>
    <message>
        <source>About Twofold</source>
        <translation>À propos de Twofold</translation>
    </message>
    <message>
        <source>Twofold %1</source>
        <translation>Twofold %1</translation>
    </message>
    <message>
        <source>A calm structure for hard conversations between two partners.</source>
        <translation>Un cadre calme pour les conversations difficiles à deux.</translation>
    </message>
    <message>
        <source>Our promise: no accounts, no cloud, no telemetry. Twofold talks only to your partner&apos;s computer on your own network, and what you write stays on your two computers.</source>
        <translation>Notre promesse&#xa0;: pas de compte, pas de cloud, pas de télémétrie. Twofold ne parle qu&apos;à l&apos;ordinateur de ton/ta partenaire, sur votre propre réseau, et ce que vous écrivez reste sur vos deux ordinateurs.</translation>
    </message>
    <message>
        <source>Twofold is for relationships that are fundamentally safe. If you feel afraid of your partner, please reach out to a domestic-abuse helpline or a counsellor.</source>
        <translation>Twofold est pensé pour les relations fondamentalement sûres. Si tu as peur de ton/ta partenaire, contacte s&apos;il te plaît une ligne d&apos;écoute contre les violences conjugales ou un service d&apos;accompagnement.</translation>
    </message>
</context>
<context>
    <name>twofold::app::BreathingPacer</name>
    <message>
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>Guide de respiration&#xa0;: inspire quand le cercle grandit, expire quand il rétrécit</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>inspire</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>expire</translation>
    </message>
    <message>
        <source>in for 4 · out for 6</source>
        <translation>inspire 4 · expire 6</translation>
    </message>
</context>
<context>
    <name>twofold::app::CheckInModel</name>
    <message>
        <source>%1 began another conversation. Check in with yourself first, then join when you&apos;re ready.</source>
        <translation>%1 a commencé une nouvelle conversation. Fais d&apos;abord le point avec toi-même, puis rejoins-la quand c&apos;est bon pour toi.</translation>
    </message>
    <message>
        <source>You and %1 are connected.</source>
        <translation>La connexion avec %1 est établie.</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s Twofold to connect…</source>
        <translation>On attend que le Twofold de %1 se connecte…</translation>
    </message>
    <message>
        <source>%1 has begun. The conversation waits for you: take a few minutes first, or join when you&apos;re ready.</source>
        <translation>%1 a commencé. La conversation t&apos;attend&#x202f;: prends d&apos;abord quelques minutes, ou rejoins-la quand c&apos;est bon pour toi.</translation>
    </message>
</context>
<context>
    <name>twofold::app::CheckInPage</name>
    <message>
        <source>Check in with yourself</source>
        <translation>Faire le point avec toi-même</translation>
    </message>
    <message>
        <source>How are you right now? This stays on your computer; %1 won&apos;t see it.</source>
        <translation>Comment vas-tu en ce moment&#x202f;? Cela reste sur ton ordinateur&#x202f;; %1 ne le verra pas.</translation>
    </message>
    <message>
        <source>Settled: I can listen and speak calmly</source>
        <translation>Au calme&#xa0;: je peux écouter et parler sereinement</translation>
    </message>
    <message>
        <source>A bit activated: some tension, but I can stay with it</source>
        <translation>Un peu de tension&#xa0;: je la sens, mais je peux faire avec</translation>
    </message>
    <message>
        <source>Flooded: my heart is racing, it&apos;s hard to think</source>
        <translation>Trop-plein&#xa0;: mon cœur s&apos;emballe, j&apos;ai du mal à penser</translation>
    </message>
    <message>
        <source>Thank you for noticing. It may help to take a few quiet minutes before you begin. The conversation can wait until you&apos;re ready, and you can ask for a pause at any time.</source>
        <translation>Merci d&apos;y prêter attention. Prendre quelques minutes au calme avant de commencer peut aider. La conversation peut attendre que ce soit bon pour toi, et tu peux demander une pause à tout moment.</translation>
    </message>
    <message>
        <source>Take a few minutes first</source>
        <translation>Prendre d&apos;abord quelques minutes</translation>
    </message>
    <message>
        <source>Breathe with the circle for as long as you like. Nothing is shared; %1 only sees that you aren&apos;t ready yet.</source>
        <translation>Respire avec le cercle aussi longtemps que tu veux. Rien n&apos;est partagé&#x202f;; %1 voit seulement que ce n&apos;est pas encore le moment pour toi.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Je suis de retour</translation>
    </message>
    <message>
        <source>What would you like to do together?</source>
        <translation>Que voulez-vous faire ensemble&#x202f;?</translation>
    </message>
    <message>
        <source>Begin together</source>
        <translation>Commencer ensemble</translation>
    </message>
    <message>
        <source>Join the conversation</source>
        <translation>Rejoindre la conversation</translation>
    </message>
    <message>
        <source>Nothing starts until you both say you&apos;re ready.</source>
        <translation>Rien ne commence tant que vous deux n&apos;avez pas dit que c&apos;était bon.</translation>
    </message>
    <message>
        <source>%1 will choose how to begin. Take your time; nothing starts until you both say you&apos;re ready.</source>
        <translation>%1 choisit par quoi commencer. Prends ton temps&#x202f;; rien ne commence tant que vous deux n&apos;avez pas dit que c&apos;était bon.</translation>
    </message>
    <message>
        <source>Waiting for %1 to be connected.</source>
        <translation>On attend la connexion de %1.</translation>
    </message>
    <message>
        <source>Breathe with the circle for as long as you like. %1 only sees that you&apos;re taking a moment first.</source>
        <translation>Respire avec le cercle aussi longtemps que tu veux. %1 voit seulement que tu prends d&apos;abord un moment.</translation>
    </message>
</context>
<context>
    <name>twofold::app::ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>I need %1 minutes now</source>
        <translation>J&apos;ai besoin de %1 minutes maintenant</translation>
    </message>
    <message>
        <source>You answered</source>
        <translation>Ta réponse</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>Réponse de %1</translation>
    </message>
    <message>
        <source>You · %1</source>
        <translation>Toi · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it from any of its fields</source>
        <translation>Ctrl+Entrée l&apos;envoie depuis n&apos;importe lequel de ses champs</translation>
    </message>
    <message>
        <source>What you heard from each other</source>
        <translation>Ce que vous vous êtes dit</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <translation>De la part de %1 · %2</translation>
    </message>
</context>
<context>
    <name>twofold::app::DemoSetup</name>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (démo)</translation>
    </message>
</context>
<context>
    <name>twofold::app::DraftEdit</name>
    <message>
        <source>A little shorter, please: at most %1 characters.</source>
        <translation>Un peu plus court, s&apos;il te plaît&#xa0;: %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Perhaps: %1</source>
        <translation>Peut-être&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gentler words: %1</source>
        <translation>Des mots plus doux&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>twofold::app::DraftStore</name>
    <message>
        <source>Your saved drafts could not be read. The file was kept as %1.</source>
        <translation>Tes brouillons enregistrés n&apos;ont pas pu être lus. Le fichier a été conservé sous %1.</translation>
    </message>
    <message>
        <source>Your saved drafts could not be read (%1).</source>
        <translation>Tes brouillons enregistrés n&apos;ont pas pu être lus (%1).</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t update your saved drafts in %1.</source>
        <translation>Twofold n&apos;a pas pu mettre à jour tes brouillons enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t save your draft in %1. What you typed is still here; please check the disk space.</source>
        <translation>Twofold n&apos;a pas pu enregistrer ton brouillon dans %1. Ce que tu as écrit est toujours là&#x202f;; vérifie l&apos;espace disque, s&apos;il te plaît.</translation>
    </message>
    <message>
        <source>Your saved drafts file was a link to another file. Twofold did not use it; the link was kept as %1.</source>
        <translation>Ton fichier de brouillons était un lien vers un autre fichier. Twofold ne l&apos;a pas utilisé&#x202f;; le lien a été gardé sous %1.</translation>
    </message>
</context>
<context>
    <name>twofold::app::FirstRunPage</name>
    <message>
        <source>I agree: a pause always comes back.</source>
        <translation>D&apos;accord&#xa0;: après une pause, on revient toujours.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Welcome to Twofold</source>
        <translation>Bienvenue dans Twofold</translation>
    </message>
    <message>
        <source>Twofold gives the two of you a calm structure for a hard conversation: it holds the turns, suggests gentler words, and lets each of you ask for a pause or reach out to repair without typing a word.</source>
        <translation>Twofold vous offre à deux un cadre calme pour une conversation difficile&#xa0;: il veille aux tours de parole, suggère des mots plus doux et vous permet de demander une pause ou de tendre la main sans écrire un mot.</translation>
    </message>
    <message>
        <source>What should your partner see as your name?</source>
        <translation>Sous quel nom veux-tu apparaître pour ton/ta partenaire&#x202f;?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ton nom</translation>
    </message>
    <message>
        <source>Who this is for</source>
        <translation>À qui s&apos;adresse Twofold</translation>
    </message>
    <message>
        <source>Twofold is for relationships that are fundamentally safe, where both of you want to understand each other. If you feel afraid of your partner, or a conversation could become unsafe, this app is not the right tool. Please reach out to a domestic-abuse helpline or a counsellor.</source>
        <translation>Twofold est pensé pour les relations fondamentalement sûres, où vous cherchez à vous comprendre mutuellement. Si tu as peur de ton/ta partenaire, ou si une conversation risque de devenir dangereuse, cette application n&apos;est pas le bon outil. Contacte s&apos;il te plaît une ligne d&apos;écoute contre les violences conjugales ou un service d&apos;accompagnement.</translation>
    </message>
    <message>
        <source>Our agreement about pauses</source>
        <translation>Notre accord sur les pauses</translation>
    </message>
    <message>
        <source>Either of you can ask for a pause at any time. A pause is not leaving: it means &quot;I need a little time to come back to myself.&quot; It always has a return time, and the one who paused comes back.</source>
        <translation>Vous pouvez demander une pause à tout moment, l&apos;un ou l&apos;autre. Une pause, ce n&apos;est pas partir&#xa0;: cela veut dire «&#x202f;J&apos;ai besoin d&apos;un peu de temps pour revenir à moi.&#x202f;» Elle a toujours une heure de retour, et la personne qui a demandé la pause revient.</translation>
    </message>
    <message>
        <source>No account, no cloud, no tracking. What you write stays on your two computers.</source>
        <translation>Pas de compte, pas de cloud, pas de pistage. Ce que vous écrivez reste sur vos deux ordinateurs.</translation>
    </message>
    <message>
        <source>To continue, tick the agreement about pauses above.</source>
        <translation>Pour continuer, coche l&apos;accord sur les pauses ci-dessus.</translation>
    </message>
    <message>
        <source>To continue, type the name your partner should see.</source>
        <translation>Pour continuer, saisis le nom que ton ou ta partenaire verra.</translation>
    </message>
</context>
<context>
    <name>twofold::app::HelplineNote</name>
    <message>
        <source>Free, confidential support in your country, listed with care by an international directory of helplines. If you are in danger now, call your local emergency number.</source>
        <translation>Une aide gratuite et confidentielle dans ton pays, répertoriée avec soin par un annuaire international de lignes d&apos;écoute. Si tu es en danger maintenant, appelle le numéro d&apos;urgence local.</translation>
    </message>
    <message>
        <source>Find a helpline: findahelpline.com</source>
        <translation>Trouver une ligne d&apos;écoute&#xa0;: findahelpline.com</translation>
    </message>
</context>
<context>
    <name>twofold::app::MainWindow</name>
    <message>
        <source>Twofold</source>
        <translation>Twofold</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About Twofold</source>
        <translation>À propos de Twofold</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>I need %1 minutes</source>
        <translation>J&apos;ai besoin de %1 minutes</translation>
    </message>
    <message>
        <source>Close Twofold?</source>
        <translation>Fermer Twofold&#x202f;?</translation>
    </message>
    <message>
        <source>You&apos;re in a conversation with %1. Close anyway? You could take “%2” instead: the conversation waits, and %1 knows you&apos;ll be back.</source>
        <translation>Tu es en pleine conversation avec %1. Fermer quand même&#x202f;? Tu pourrais plutôt choisir «&#x202f;%2&#x202f;»&#xa0;: la conversation attend, et %1 sait que tu reviendras.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Poursuivre</translation>
    </message>
</context>
<context>
    <name>twofold::app::PartnersPage</name>
    <message>
        <source>Find your partner</source>
        <translation>Retrouver ton/ta partenaire</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 would like to connect with you.</source>
        <translation>%1 aimerait se connecter avec toi.</translation>
    </message>
    <message>
        <source>Thank you. Waiting for %1 to confirm on their screen.</source>
        <translation>Merci. On attend que %1 confirme sur son écran.</translation>
    </message>
    <message>
        <source>Both of you open Twofold on your own computer, on the same network. One of you invites, the other accepts.</source>
        <translation>Ouvrez Twofold sur vos deux ordinateurs, sur le même réseau. Une personne invite, l&apos;autre accepte.</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>À proximité</translation>
    </message>
    <message>
        <source>Partners nearby</source>
        <translation>Partenaires à proximité</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Remembered partners</source>
        <translation>Partenaires en mémoire</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Connect by address</source>
        <translation>Se connecter par adresse</translation>
    </message>
    <message>
        <source>Partner&apos;s address</source>
        <translation>Adresse de ton/ta partenaire</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:47914</source>
        <translation>p. ex. 192.168.1.20:47914</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Type the address your partner&apos;s screen shows, for example 192.168.1.20:47914.</source>
        <translation>Saisis l&apos;adresse affichée sur l&apos;écran de ton/ta partenaire, par exemple 192.168.1.20:47914.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Codes match</source>
        <translation>Les codes correspondent</translation>
    </message>
    <message>
        <source>They&apos;re different</source>
        <translation>Ils sont différents</translation>
    </message>
    <message>
        <source>Stop pairing</source>
        <translation>Arrêter l&apos;association</translation>
    </message>
    <message>
        <source>Forgotten. When you&apos;re side by side, one of you invites and you compare the code together.</source>
        <translation>C&apos;est oublié. Quand vous serez côte à côte, une personne invite et vous comparez le code ensemble.</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Ton/ta partenaire</translation>
    </message>
    <message>
        <source>You said not now. That&apos;s okay; %1 can invite you again when you&apos;re both ready.</source>
        <translation>Tu as dit «&#x202f;pas maintenant&#x202f;». C&apos;est d&apos;accord&#x202f;; %1 pourra t&apos;inviter à nouveau quand ce sera le bon moment pour vous deux.</translation>
    </message>
    <message>
        <source>%1 would rather not right now. That&apos;s okay; you can try again when you&apos;re both ready.</source>
        <translation>%1 préfère ne pas le faire pour l&apos;instant. C&apos;est d&apos;accord&#x202f;; vous pourrez réessayer quand ce sera le bon moment pour vous deux.</translation>
    </message>
    <message>
        <source>You stopped pairing. Nothing was connected; you can start again whenever you like.</source>
        <translation>Tu as arrêté l&apos;association. Rien n&apos;a été connecté&#x202f;; tu peux recommencer quand tu veux.</translation>
    </message>
    <message>
        <source>%1 stopped pairing. Nothing was connected; you can try again when you&apos;re both ready.</source>
        <translation>%1 a arrêté l&apos;association. Rien n&apos;a été connecté&#x202f;; vous pourrez réessayer quand ce sera le bon moment pour vous deux.</translation>
    </message>
    <message>
        <source>No answer from %1 yet. Is Twofold open on their computer?</source>
        <translation>Pas encore de réponse de %1. Twofold est-il ouvert sur l&apos;autre ordinateur&#x202f;?</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached. Are you both on the same network?</source>
        <translation>Impossible de joindre %1. Êtes-vous bien sur le même réseau&#x202f;?</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold closed before you finished. Nothing was connected; try again once it&apos;s open.</source>
        <translation>Le Twofold de %1 s&apos;est fermé avant la fin. Rien n&apos;a été connecté&#x202f;; réessayez dès qu&apos;il sera ouvert.</translation>
    </message>
    <message>
        <source>The codes were different, so nothing was connected. Please try once more, side by side.</source>
        <translation>Les codes étaient différents, donc rien n&apos;a été connecté. Réessayez, s&apos;il vous plaît, côte à côte.</translation>
    </message>
    <message>
        <source>%1 is in a session already. A session is always just the two of you.</source>
        <translation>%1 est déjà en séance. Une séance, c&apos;est toujours juste vous deux.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t start its network connection on this computer. Please check the settings, then start Twofold again.</source>
        <translation>Twofold n&apos;a pas pu démarrer sa connexion réseau sur cet ordinateur. Vérifie les paramètres, puis relance Twofold.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t remember %1 on this computer, so nothing was connected. Please check that there is free disk space, then try again.</source>
        <translation>Twofold n&apos;a pas pu mémoriser %1 sur cet ordinateur, donc rien n&apos;a été connecté. Vérifie qu&apos;il reste de l&apos;espace disque, puis réessaie.</translation>
    </message>
    <message>
        <source>%1 — found just now</source>
        <translation>%1 — vient d&apos;apparaître</translation>
    </message>
    <message>
        <source>Looking for partners nearby…</source>
        <translation>Recherche de partenaires à proximité…</translation>
    </message>
    <message>
        <source>Your partner can connect to this computer at:</source>
        <translation>Ton/ta partenaire peut joindre cet ordinateur à l&apos;adresse&#xa0;:</translation>
    </message>
    <message>
        <source>This computer&apos;s address</source>
        <translation>Adresse de cet ordinateur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>When your partner&apos;s name shows in the list, choose it and press Invite.</source>
        <translation>Quand le nom de ton/ta partenaire apparaît dans la liste, sélectionne-le et clique sur «&#x202f;Inviter&#x202f;».</translation>
    </message>
    <message>
        <source>Check that %1 sees the same code on their screen.</source>
        <translation>Vérifiez que %1 voit le même code sur son écran.</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Code d&apos;association %1</translation>
    </message>
    <message>
        <source>This computer can no longer prove it is %1&apos;s</source>
        <translation>Cet ordinateur ne peut plus prouver qu&apos;il est celui de %1</translation>
    </message>
    <message>
        <source>Twofold reached %1&apos;s usual address, but the computer there couldn&apos;t show the key you both confirmed when you paired. Nothing was sent to it. If %1 reinstalled Twofold or uses a new computer, forget the old pairing and pair again deliberately, side by side, comparing the code together.</source>
        <translation>Twofold a joint l&apos;adresse habituelle de %1, mais l&apos;ordinateur qui s&apos;y trouve n&apos;a pas pu présenter la clé que vous avez confirmée ensemble lors de l&apos;association. Rien ne lui a été envoyé. Si %1 a réinstallé Twofold ou utilise un nouvel ordinateur, oubliez l&apos;ancienne association et refaites-la délibérément, côte à côte, en comparant le code ensemble.</translation>
    </message>
    <message>
        <source>Forget %1 and pair again</source>
        <translation>Oublier %1 et refaire l&apos;association</translation>
    </message>
    <message>
        <source>%1&apos;s computer couldn&apos;t save the pairing (its disk may be full), so nothing was kept on either side. Once there is space there, you can pair again.</source>
        <translation>L&apos;ordinateur de %1 n&apos;a pas pu enregistrer l&apos;association (son disque est peut-être plein)&#x202f;: rien n&apos;a été gardé, ni d&apos;un côté ni de l&apos;autre. Dès qu&apos;il y aura de la place, vous pourrez vous associer à nouveau.</translation>
    </message>
    <message>
        <source>%1 is busy with another invitation right now. Nothing was connected; please try again in a minute.</source>
        <translation>L&apos;appareil de %1 est occupé par une autre invitation en ce moment. Rien n&apos;a été connecté&#x202f;; réessayez dans une minute, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold needs an update. Nothing was connected; once it&apos;s updated, you can try again.</source>
        <translation>Le Twofold de %1 a besoin d&apos;une mise à jour. Rien n&apos;a été connecté&#x202f;; une fois la mise à jour faite, vous pourrez réessayer.</translation>
    </message>
    <message>
        <source>This Twofold needs an update to connect with %1. Nothing was connected; please update it, then try again.</source>
        <translation>Ce Twofold a besoin d&apos;une mise à jour pour se connecter à %1. Rien n&apos;a été connecté&#x202f;; mettez-le à jour, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a partner&apos;s name set apart in quotation marks</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Twofold can&apos;t look for partners nearby on this computer: another program is using the port it listens on. You can still connect by address below.</source>
        <translation>Twofold ne peut pas chercher à proximité sur cet ordinateur : un autre programme utilise le port qu&apos;il écoute. Tu peux toujours te connecter par adresse, plus bas.</translation>
    </message>
    <message>
        <source>%1 — their Twofold needs an update</source>
        <translation>%1 — son Twofold a besoin d&apos;une mise à jour</translation>
    </message>
    <message>
        <source>%1 — this Twofold needs an update to connect</source>
        <translation>%1 — ce Twofold a besoin d&apos;une mise à jour pour se connecter</translation>
    </message>
    <message>
        <source>Not looking nearby (see below)</source>
        <translation>Pas de recherche à proximité (voir ci-dessous)</translation>
    </message>
</context>
<context>
    <name>twofold::app::Partnership</name>
    <message>
        <source>This computer&apos;s key in %1 was damaged, so Twofold made a new one and kept the old files aside. Your partner will need to pair with you again.</source>
        <translation>La clé de cet ordinateur dans %1 était endommagée&#x202f;: Twofold en a créé une nouvelle et a mis les anciens fichiers de côté. Il faudra vous associer à nouveau.</translation>
    </message>
    <message>
        <source>The list of partners you paired with could not be read, so Twofold kept it aside as %1. You may need to pair again.</source>
        <translation>La liste des personnes avec qui tu t&apos;es associé·e n&apos;a pas pu être lue&#x202f;; Twofold l&apos;a mise de côté sous %1. Il faudra peut-être vous associer à nouveau.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t read the list of partners you paired with in %1. It leaves that file as it is, so new pairings can&apos;t be saved until it can be read.</source>
        <translation>Twofold n&apos;a pas pu lire la liste de tes associations dans %1. Il laisse ce fichier tel quel&#x202f;; les nouvelles associations ne pourront pas être enregistrées tant qu&apos;il reste illisible.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t read this computer&apos;s key in %1, so it can&apos;t connect to a partner. Nothing was changed; please check that folder.</source>
        <translation>Twofold n&apos;a pas pu lire la clé de cet ordinateur dans %1 et ne peut donc pas se connecter. Rien n&apos;a été modifié&#x202f;; vérifie ce dossier, s&apos;il te plaît.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t save this computer&apos;s key in %1 (the folder may be read-only or the disk full), so it can&apos;t connect to a partner yet.</source>
        <translation>Twofold n&apos;a pas pu enregistrer la clé de cet ordinateur dans %1 (dossier en lecture seule ou disque plein) et ne peut donc pas encore se connecter.</translation>
    </message>
    <message>
        <source>The list of partners you paired with in %1 was a link to another file. Twofold never follows such links, so it set the link aside as %2 and starts with no remembered partners. You may need to pair again.</source>
        <translation>La liste des partenaires associés, dans %1, était un lien vers un autre fichier. Twofold ne suit jamais ces liens&#x202f;: il a mis le lien de côté sous le nom %2 et repart sans partenaire enregistré. Il faudra peut-être vous associer à nouveau.</translation>
    </message>
</context>
<context>
    <name>twofold::app::PauseModel</name>
    <message>
        <source>Ready to come back? Take one more breath first.</source>
        <translation>Envie de revenir&#x202f;? Prends d&apos;abord encore une inspiration.</translation>
    </message>
    <message>
        <source>%1 is coming back now. Ready to come back too?</source>
        <translation>%1 revient maintenant. Tu reviens aussi&#x202f;?</translation>
    </message>
    <message>
        <source>A short pause to breathe. The conversation waits for you both.</source>
        <translation>Une courte pause pour respirer. La conversation vous attend, vous deux.</translation>
    </message>
    <message>
        <source>%1 asked for a short pause. Let&apos;s both breathe for a minute.</source>
        <translation>%1 a demandé une courte pause. Respirons ensemble une minute.</translation>
    </message>
    <message>
        <source>Take the time you need to come back to yourself. %1 knows you&apos;ll be back at %2.</source>
        <translation>Prends le temps qu&apos;il te faut pour revenir à toi. %1 sait que tu seras de retour à %2.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to come back to themselves. They&apos;re not leaving. Back at %3.</source>
        <translation>%1 a besoin de %2 minutes pour se recentrer. Ce n&apos;est pas un départ. Retour à %3.</translation>
    </message>
    <message>
        <source>You asked for %1 more minutes. Back at %2.</source>
        <translation>Tu as demandé %1 minutes de plus. Retour à %2.</translation>
    </message>
    <message>
        <source>%1 asked for %2 more minutes. Back at %3.</source>
        <translation>%1 a demandé %2 minutes de plus. Retour à %3.</translation>
    </message>
</context>
<context>
    <name>twofold::app::PausePage</name>
    <message>
        <source>Show the breathing guide</source>
        <translation>Afficher le guide de respiration</translation>
    </message>
    <message>
        <source>OK, take your time</source>
        <translation>D&apos;accord, prends ton temps</translation>
    </message>
    <message>
        <source>I&apos;m ready to come back</source>
        <translation>Je peux revenir</translation>
    </message>
    <message>
        <source>How are you now? One line is enough.</source>
        <translation>Comment vas-tu maintenant&#x202f;? Une ligne suffit.</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Perhaps a glass of water, a look out of the window, or a few slow breaths: in for four, out for six.</source>
        <translation>Peut-être un verre d&apos;eau, un regard par la fenêtre ou quelques respirations lentes&#xa0;: inspire sur quatre, expire sur six.</translation>
    </message>
    <message>
        <source>How are you now?</source>
        <translation>Comment vas-tu maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>e.g. calmer, still a bit shaky, ready to listen</source>
        <translation>p. ex. plus calme, encore un peu à fleur de peau, à l&apos;écoute</translation>
    </message>
    <message>
        <source>A few words about how you are now, first — one line is enough.</source>
        <translation>D&apos;abord quelques mots sur comment tu vas maintenant — une ligne suffit.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 says: OK, take your time.</source>
        <translation>%1 dit&#xa0;: d&apos;accord, prends ton temps.</translation>
    </message>
    <message>
        <source>You let %1 know: OK, take your time.</source>
        <translation>Tu as dit à %1&#xa0;: d&apos;accord, prends ton temps.</translation>
    </message>
    <message>
        <source>About a minute left.</source>
        <translation>Encore une minute environ.</translation>
    </message>
    <message>
        <source>I need a little longer</source>
        <translation>J&apos;ai besoin d&apos;un peu plus de temps</translation>
    </message>
    <message>
        <source>A little more time, please</source>
        <translation>Encore un peu de temps, s&apos;il te plaît</translation>
    </message>
    <message>
        <source>Adds %1 minutes; %2 will see the new return time.</source>
        <translation>Ajoute %1 minutes&#x202f;; %2 verra la nouvelle heure de retour.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Thank you. Waiting for %1 to say how they are.</source>
        <translation>Merci. On attend que %1 dise comment ça va.</translation>
    </message>
</context>
<context>
    <name>twofold::app::ProfileNotices</name>
    <message>
        <source>Twofold can&apos;t write its log in %1, so it runs without one this time.</source>
        <translation>Twofold ne peut pas écrire son journal dans %1&#x202f;; il fonctionne sans journal cette fois-ci.</translation>
    </message>
    <message>
        <source>Twofold can no longer write its log in %1 (the disk may be full). Everything else carries on.</source>
        <translation>Twofold ne peut plus écrire son journal dans %1 (le disque est peut-être plein). Tout le reste continue.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SessionContext</name>
    <message>
        <source>How are you now?</source>
        <translation>Comment vas-tu maintenant&#x202f;?</translation>
    </message>
</context>
<context>
    <name>twofold::app::SessionPage</name>
    <message>
        <source>%1&apos;s Twofold closed. Your conversation is kept and continues when %1 opens it again.</source>
        <translation>Le Twofold de %1 s&apos;est fermé. Votre conversation est conservée et reprendra quand %1 le rouvrira.</translation>
    </message>
    <message>
        <source>Reconnecting… Everything you&apos;ve written is kept.</source>
        <translation>Reconnexion… Tout ce que tu as écrit est conservé.</translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation>Terminer cette séance&#x202f;?</translation>
    </message>
    <message>
        <source>This ends the session for both of you. %1 will simply see that it has ended; what you both named stays in the summary.</source>
        <translation>La séance se termine alors pour vous deux. %1 verra simplement qu&apos;elle est terminée&#x202f;; ce que vous avez nommé reste dans le résumé.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Signal from %1: %2</source>
        <translation>Signal de la part de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>Réponse de %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The pause is over. You&apos;re back in the conversation.</source>
        <translation>La pause est terminée. Vous voilà de retour dans la conversation.</translation>
    </message>
</context>
<context>
    <name>twofold::app::Settings</name>
    <message>
        <source>Twofold couldn&apos;t read your settings in %1, so it uses its defaults for now.</source>
        <translation>Twofold n&apos;a pas pu lire tes réglages dans %1&#x202f;; il utilise les réglages par défaut pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t save your settings in %1 (the folder may be read-only or the disk full). Your changes apply until Twofold closes.</source>
        <translation>Twofold n&apos;a pas pu enregistrer tes réglages dans %1 (dossier en lecture seule ou disque plein). Tes changements s&apos;appliquent jusqu&apos;à la fermeture de Twofold.</translation>
    </message>
    <message>
        <source>Your settings in %1 come from a newer Twofold. This one uses what it understands of them and leaves the file as it is, so changes you make here apply until Twofold closes.</source>
        <translation>Tes réglages dans %1 viennent d&apos;une version plus récente de Twofold. Celle-ci utilise ce qu&apos;elle en comprend et laisse le fichier tel quel. Tes changements ici s&apos;appliquent donc jusqu&apos;à la fermeture de Twofold.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SettingsDialog</name>
    <message>
        <source>Play soft chimes</source>
        <translation>Jouer de doux carillons</translation>
    </message>
    <message>
        <source>Reduce motion (no fading, a still breathing guide)</source>
        <translation>Réduire les animations (pas de fondus, guide de respiration immobile)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ton nom</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Length of “I need … minutes”</source>
        <translation>Durée de «&#x202f;J&apos;ai besoin de … minutes&#x202f;»</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volume des carillons</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>This network (LAN)</source>
        <translation>Ce réseau (LAN)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Cet ordinateur seulement</translation>
    </message>
    <message>
        <source>Where to look for your partner</source>
        <translation>Où chercher ton/ta partenaire</translation>
    </message>
    <message>
        <source>“I need … minutes” lasts</source>
        <translation>«&#x202f;J&apos;ai besoin de … minutes&#x202f;» dure</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Twofold starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Twofold.</translation>
    </message>
    <message>
        <source>Find partners on</source>
        <translation>Chercher des partenaires sur</translation>
    </message>
    <message>
        <source>Now: this computer only. Twofold looks for a partner only in other Twofold windows on this computer; nothing goes out on the network.</source>
        <translation>Actuellement&#xa0;: cet ordinateur seulement. Twofold ne cherche que dans les autres fenêtres Twofold de cet ordinateur&#x202f;; rien ne sort sur le réseau.</translation>
    </message>
    <message>
        <source>Now: this network. Twofold looks for your partner on the local network you&apos;re both on, and nowhere else.</source>
        <translation>Actuellement&#xa0;: ce réseau. Twofold cherche ton/ta partenaire sur votre réseau local commun, et nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Set for this run when Twofold was started (--scope or the demo).</source>
        <translation>Défini pour ce lancement au démarrage de Twofold (--scope ou la démo).</translation>
    </message>
    <message>
        <source>Set for this run by TWOFOLD_NET_SCOPE.</source>
        <translation>Défini pour ce lancement par TWOFOLD_NET_SCOPE.</translation>
    </message>
    <message>
        <source>A change here takes effect the next time Twofold starts.</source>
        <translation>Un changement ici s&apos;applique au prochain démarrage de Twofold.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Actuellement : %1.</translation>
    </message>
    <message>
        <source>Set for this run when Twofold was started (--language).</source>
        <translation>Fixé pour cette fois au lancement de Twofold (--language).</translation>
    </message>
    <message>
        <source>Chosen here.</source>
        <translation>Choisi ici.</translation>
    </message>
    <message>
        <source>The system&apos;s language.</source>
        <translation>La langue du système.</translation>
    </message>
    <message>
        <source>Twofold doesn&apos;t speak the system&apos;s language yet, so it uses English.</source>
        <translation>Twofold ne parle pas encore la langue du système, il utilise donc l&apos;anglais.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SidePanel</name>
    <message>
        <source>Ask for a pause</source>
        <translation>Demander une pause</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Private buttons</source>
        <translation>Boutons privés</translation>
    </message>
    <message>
        <source>Just for you</source>
        <translation>Rien que pour toi</translation>
    </message>
    <message>
        <source>These send a short, gentle signal. Nothing you type is sent.</source>
        <translation>Ils envoient un signal bref et doux. Rien de ce que tu écris n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>A one-minute pause to breathe together (Ctrl+B)</source>
        <translation>Une pause d&apos;une minute pour respirer ensemble (Ctrl+B)</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Se retrouver</translation>
    </message>
    <message>
        <source>Send this gently (%1)</source>
        <translation>Envoyer en douceur (%1)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Signals received</source>
        <translation>Signaux reçus</translation>
    </message>
    <message>
        <source>Ends the session for both of you. Nothing alarming is sent.</source>
        <translation>Termine la séance pour vous deux. Rien d&apos;alarmant n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sent gently: “%1”</source>
        <translation>Envoyé en douceur&#xa0;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>I need %1 minutes</source>
        <translation>J&apos;ai besoin de %1 minutes</translation>
    </message>
    <message>
        <source>A timed pause for both of you; you&apos;ll come back (Ctrl+P)</source>
        <translation>Une pause minutée pour vous deux&#x202f;; tu reviendras (Ctrl+P)</translation>
    </message>
    <message>
        <source>Start a pause for both of you?</source>
        <translation>Commencer une pause pour vous deux&#x202f;?</translation>
    </message>
    <message>
        <source>Ask for a pause?</source>
        <translation>Demander une pause&#x202f;?</translation>
    </message>
    <message>
        <source>This starts a %1-minute pause for both of you. The conversation waits until you&apos;re back.</source>
        <translation>Cela commence une pause de %1 minutes pour vous deux. La conversation attend ton retour.</translation>
    </message>
    <message>
        <source>This asks for a one-minute pause to breathe together.</source>
        <translation>Cela demande une pause d&apos;une minute pour respirer ensemble.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>twofold::app::SignalCard</name>
    <message>
        <source>From %1</source>
        <translation>De la part de %1</translation>
    </message>
    <message>
        <source>%1 · twice</source>
        <translation>%1 · deux fois</translation>
    </message>
    <message>
        <source>%1 · %2 times</source>
        <translation>%1 · %2 fois</translation>
    </message>
    <message>
        <source>Signal from %1: %2</source>
        <translation>Signal de la part de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 fois)</translation>
    </message>
</context>
<context>
    <name>twofold::app::SignalsModel</name>
    <message>
        <source>While %1 takes a pause, only reassuring signals reach them. The others can wait until you&apos;re both back.</source>
        <translation>Pendant la pause de %1, seuls les signaux rassurants lui parviennent. Les autres peuvent attendre la fin de la pause.</translation>
    </message>
    <message>
        <source>That one wasn&apos;t sent: a few signals just went to %1. Give it a moment, then send it again if you still want to.</source>
        <translation>Ce signal n&apos;a pas été envoyé&#x202f;: quelques signaux viennent de partir vers %1. Attends un instant, puis renvoie-le si tu le souhaites toujours.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SoundChime</name>
    <message>
        <source>The sound system on this computer isn&apos;t answering, so Twofold&apos;s chimes stay silent for now.</source>
        <translation>Le système audio de cet ordinateur ne répond pas&#x202f;; les carillons de Twofold restent silencieux pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>twofold::app::StepModel</name>
    <message>
        <source>Together · you and %1</source>
        <translation>Ensemble · toi et %1</translation>
    </message>
    <message>
        <source>You&apos;re speaking · %1 is listening</source>
        <translation>Tu parles · %1 écoute</translation>
    </message>
    <message>
        <source>%1 is speaking · you&apos;re listening</source>
        <translation>%1 parle · tu écoutes</translation>
    </message>
    <message>
        <source>Let a coin decide</source>
        <translation>Tirer à pile ou face</translation>
    </message>
    <message>
        <source>I&apos;d like to start</source>
        <translation>J&apos;aimerais commencer</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>%1 commence</translation>
    </message>
    <message>
        <source>You both asked to start.</source>
        <translation>Vous avez demandé à commencer en même temps.</translation>
    </message>
    <message>
        <source>You each asked the other to start.</source>
        <translation>Vous avez proposé à l&apos;autre de commencer, de part et d&apos;autre.</translation>
    </message>
    <message>
        <source>You asked to start, and %1 agreed.</source>
        <translation>Tu as demandé à commencer, et %1 est d&apos;accord.</translation>
    </message>
    <message>
        <source>%1 asked to start, and you agreed.</source>
        <translation>%1 a demandé à commencer, et tu es d&apos;accord.</translation>
    </message>
    <message>
        <source>You asked to start.</source>
        <translation>Tu as demandé à commencer.</translation>
    </message>
    <message>
        <source>You asked %1 to start.</source>
        <translation>Tu as proposé à %1 de commencer.</translation>
    </message>
    <message>
        <source>%1 asked to start.</source>
        <translation>%1 a demandé à commencer.</translation>
    </message>
    <message>
        <source>%1 would like you to start.</source>
        <translation>%1 aimerait que tu commences.</translation>
    </message>
    <message>
        <source>You begin.</source>
        <translation>Tu commences.</translation>
    </message>
    <message>
        <source>%1 begins.</source>
        <translation>%1 commence.</translation>
    </message>
    <message>
        <source>Nobody asked to start, so a coin decided: %1</source>
        <translation>Personne n&apos;a demandé à commencer, alors pile ou face a tranché&#xa0;: %1</translation>
    </message>
    <message>
        <source>A coin decided: %1</source>
        <translation>Pile ou face a tranché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Thank you for sharing. Now it&apos;s %1&apos;s turn to be heard.</source>
        <translation>Merci d&apos;avoir partagé. C&apos;est maintenant à %1 de parler, et à toi d&apos;écouter.</translation>
    </message>
    <message>
        <source>Thank you, %1. Now it&apos;s your turn to be heard.</source>
        <translation>Merci, %1. C&apos;est maintenant ton tour&#xa0;: on t&apos;écoute.</translation>
    </message>
    <message>
        <source>%1 is taking a moment first. The conversation waits; there&apos;s no hurry.</source>
        <translation>%1 prend d&apos;abord un moment. La conversation attend&#x202f;; rien ne presse.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SummaryModel</name>
    <message>
        <source>There is nothing to keep yet.</source>
        <translation>Il n&apos;y a encore rien à garder.</translation>
    </message>
    <message>
        <source>Twofold summary %1.md</source>
        <translation>Résumé Twofold %1.md</translation>
    </message>
    <message>
        <source>Twofold transcript %1.md</source>
        <translation>Conversation Twofold %1.md</translation>
    </message>
</context>
<context>
    <name>twofold::app::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Save the summary…</source>
        <translation>Enregistrer le résumé…</translation>
    </message>
    <message>
        <source>Save the whole transcript…</source>
        <translation>Enregistrer toute la conversation…</translation>
    </message>
    <message>
        <source>Begin another conversation</source>
        <translation>Commencer une autre conversation</translation>
    </message>
    <message>
        <source>Summary · %1</source>
        <translation>Résumé · %1</translation>
    </message>
    <message>
        <source>This session has ended. Thank you both for the time you gave it.</source>
        <translation>Cette séance est terminée. Merci à vous deux pour le temps que vous y avez consacré.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Toi</translation>
    </message>
    <message>
        <source>Nothing named this time, and that&apos;s fine.</source>
        <translation>Rien de nommé cette fois, et c&apos;est très bien comme ça.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You both agreed to keep the summary. The copy stays on this computer.</source>
        <translation>Vous deux êtes d&apos;accord pour garder le résumé. La copie reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You agreed to keep a copy of the summary. It&apos;s also up to %1.</source>
        <translation>Tu es d&apos;accord pour garder une copie du résumé. C&apos;est aussi à %1 de décider.</translation>
    </message>
    <message>
        <source>%1 would like to keep a copy of the summary. It&apos;s up to you.</source>
        <translation>%1 aimerait garder une copie du résumé. C&apos;est à toi de décider.</translation>
    </message>
    <message>
        <source>You both agreed to keep the whole transcript, word for word.</source>
        <translation>Vous deux êtes d&apos;accord pour garder toute la conversation, mot pour mot.</translation>
    </message>
    <message>
        <source>You agreed to keep the whole transcript. It&apos;s also up to %1.</source>
        <translation>Tu es d&apos;accord pour garder toute la conversation. C&apos;est aussi à %1 de décider.</translation>
    </message>
    <message>
        <source>%1 would like to keep the whole transcript, word for word. It&apos;s up to you.</source>
        <translation>%1 aimerait garder toute la conversation, mot pour mot. C&apos;est à toi de décider.</translation>
    </message>
    <message>
        <source>The whole transcript — everything each of you wrote, word for word — is a separate choice, also only if you both agree.</source>
        <translation>La conversation entière — tout ce que vous avez écrit, mot pour mot — est un choix à part, lui aussi seulement si vous deux êtes d&apos;accord.</translation>
    </message>
    <message>
        <source>Keep a copy</source>
        <translation>Garder une copie</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Perhaps choose another folder?</source>
        <translation>La copie n&apos;a pas pu être enregistrée ici. Peut-être choisir un autre dossier&#x202f;?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>That name is a link to another file, so Twofold didn&apos;t save there. Perhaps choose another name?</source>
        <translation>Ce nom est un lien vers un autre fichier, donc Twofold n&apos;y a rien enregistré. Peut-être choisir un autre nom&#x202f;?</translation>
    </message>
    <message>
        <source>A copy of this summary — the feelings, needs, requests and appreciations each of you named, and what you heard and validated for each other — is kept only if you both agree.</source>
        <translation>Une copie de ce résumé — les sentiments, besoins, demandes et mots d&apos;appréciation que vous avez nommés, et ce que chaque personne a entendu et validé pour l&apos;autre — n&apos;est gardée que si vous deux êtes d&apos;accord.</translation>
    </message>
</context>
<context>
    <name>twofold::link::Peer</name>
    <message>
        <source>Finish the current pairing or session first.</source>
        <translation>Termine d&apos;abord l&apos;association ou la séance en cours.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach your partner&apos;s computer (%1).</source>
        <translation>Impossible de joindre l&apos;ordinateur de ton/ta partenaire (%1).</translation>
    </message>
    <message>
        <source>This partner isn&apos;t remembered on this computer.</source>
        <translation>Aucune association avec cette personne n&apos;est mémorisée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>There&apos;s no known address for %1 yet.</source>
        <translation>Aucune adresse n&apos;est encore connue pour %1.</translation>
    </message>
</context>
<context>
    <name>twofold::link::VersionNotices</name>
    <message>
        <source>Your partner</source>
        <translation>Ton/ta partenaire</translation>
    </message>
    <message>
        <source>This Twofold needs an update to connect with %1 (it speaks protocol version %2, this one %3).</source>
        <translation>Ce Twofold a besoin d&apos;une mise à jour pour se connecter à %1 (version du protocole là-bas&#x202f;: %2, ici&#x202f;: %3).</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold needs an update (it speaks protocol version %2, this one %3).</source>
        <translation>Le Twofold de %1 a besoin d&apos;une mise à jour (version du protocole là-bas&#x202f;: %2, ici&#x202f;: %3).</translation>
    </message>
</context>
<context>
    <name>twofold::sync::SyncEngine</name>
    <message>
        <source>Only the partner who invited can start a session.</source>
        <translation>Seule la personne qui a invité peut commencer une séance.</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>Une séance est déjà en cours.</translation>
    </message>
</context>
</TS>
