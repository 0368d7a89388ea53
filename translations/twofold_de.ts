<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GentleSignal</name>
    <message>
        <source>Could we slow down?</source>
        <translation>Können wir langsamer machen?</translation>
    </message>
    <message>
        <source>I&apos;m feeling blamed. Could you say that another way?</source>
        <translation>Ich fühle mich beschuldigt. Kannst du das anders sagen?</translation>
    </message>
    <message>
        <source>This matters to me. Could you just listen for now?</source>
        <translation>Das ist mir wichtig. Kannst du erst einmal nur zuhören?</translation>
    </message>
    <message>
        <source>Can I take that back and try again?</source>
        <translation>Darf ich das zurücknehmen und es noch einmal versuchen?</translation>
    </message>
    <message>
        <source>I can see my part in this.</source>
        <translation>Ich sehe meinen Anteil daran.</translation>
    </message>
    <message>
        <source>I agree with part of what you&apos;re saying.</source>
        <translation>Mit einem Teil von dem, was du sagst, bin ich einverstanden.</translation>
    </message>
    <message>
        <source>Let&apos;s start over.</source>
        <translation>Lass uns noch einmal neu anfangen.</translation>
    </message>
    <message>
        <source>I&apos;m still here. I&apos;m not going anywhere.</source>
        <translation>Ich bin noch da. Ich gehe nicht weg.</translation>
    </message>
    <message>
        <source>Thank you for staying in this with me.</source>
        <translation>Danke, dass du mit mir dranbleibst.</translation>
    </message>
    <message>
        <source>I care about you, even now.</source>
        <translation>Du bist mir wichtig, auch jetzt.</translation>
    </message>
</context>
<context>
    <name>Rejection</name>
    <message>
        <source>The session hasn&apos;t started yet.</source>
        <translation>Die Sitzung hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>Die Sitzung hat schon begonnen.</translation>
    </message>
    <message>
        <source>This conversation guide isn&apos;t available: %1.</source>
        <translation>Dieser Gesprächsleitfaden ist nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>Each partner needs a name of up to %1 characters.</source>
        <translation>Ihr braucht beide einen Namen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This session has ended.</source>
        <translation>Diese Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>It&apos;s %1&apos;s turn to speak.</source>
        <translation>%1 ist gerade mit Sprechen dran.</translation>
    </message>
    <message>
        <source>It&apos;s %1&apos;s turn.</source>
        <translation>%1 ist gerade dran.</translation>
    </message>
    <message>
        <source>That isn&apos;t part of this step.</source>
        <translation>Das gehört nicht zu diesem Schritt.</translation>
    </message>
    <message>
        <source>This step has no field “%1”.</source>
        <translation>Dieser Schritt hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>Please fill in “%1” first.</source>
        <translation>Bitte fülle zuerst „%1“ aus.</translation>
    </message>
    <message>
        <source>“%1” can be up to %2 characters. A shorter version may be easier to hear.</source>
        <translation>„%1“ darf bis zu %2 Zeichen lang sein. Eine kürzere Fassung ist vielleicht leichter zu hören.</translation>
    </message>
    <message>
        <source>“%1” has a value this step doesn&apos;t know.</source>
        <translation>„%1“ hat einen Wert, den dieser Schritt nicht kennt.</translation>
    </message>
    <message>
        <source>You&apos;ve done this step. Waiting for %1.</source>
        <translation>Du hast diesen Schritt gemacht. Jetzt warten wir auf %1.</translation>
    </message>
    <message>
        <source>The conversation is paused until %1.</source>
        <translation>Das Gespräch pausiert bis %1.</translation>
    </message>
    <message>
        <source>Welcome back. First, each of you says how you are now.</source>
        <translation>Willkommen zurück. Zuerst sagt ihr beide, wie es euch jetzt geht.</translation>
    </message>
    <message>
        <source>There is no pause right now.</source>
        <translation>Gerade läuft keine Pause.</translation>
    </message>
    <message>
        <source>A pause is already running.</source>
        <translation>Es läuft schon eine Pause.</translation>
    </message>
    <message>
        <source>Only %1 can change this pause.</source>
        <translation>Nur %1 kann diese Pause ändern.</translation>
    </message>
    <message>
        <source>This pause has been extended twice already. Time to come back, gently.</source>
        <translation>Diese Pause wurde schon zweimal verlängert. Zeit, behutsam zurückzukommen.</translation>
    </message>
    <message>
        <source>A pause lasts between %1 and %2 seconds.</source>
        <translation>Eine Pause dauert zwischen %1 und %2 Sekunden.</translation>
    </message>
    <message>
        <source>That comes when the pause is over.</source>
        <translation>Das kommt, wenn die Pause vorbei ist.</translation>
    </message>
    <message>
        <source>That signal isn&apos;t in the catalogue.</source>
        <translation>Dieses Signal gibt es nicht.</translation>
    </message>
    <message>
        <source>That isn&apos;t possible right now.</source>
        <translation>Das geht gerade nicht.</translation>
    </message>
    <message>
        <source>Expected event %1, got %2.</source>
        <translation>Erwartet war Ereignis %1, gekommen ist %2.</translation>
    </message>
    <message>
        <source>There&apos;s nothing to set yet: write a topic, or choose who starts. Nothing changed.</source>
        <translation>Noch gibt es nichts festzulegen: Schreib ein Thema oder wähle, wer anfängt. Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>A breathing pause ends by itself; it can&apos;t be extended.</source>
        <translation>Eine Atempause endet von selbst; sie lässt sich nicht verlängern.</translation>
    </message>
    <message>
        <source>Intents can only be sent as yourself.</source>
        <translation>Du kannst nur in deinem eigenen Namen handeln.</translation>
    </message>
    <message>
        <source>Your partner&apos;s Twofold couldn&apos;t read that. It may need an update.</source>
        <translation>Twofold auf der anderen Seite konnte das nicht lesen. Vielleicht braucht es ein Update.</translation>
    </message>
    <message>
        <source>While %1 takes a pause, only reassuring signals reach them. The others can wait until you&apos;re both back.</source>
        <translation>Während %1 eine Pause macht, kommen nur beruhigende Signale an. Die anderen können warten, bis ihr beide zurück seid.</translation>
    </message>
    <message>
        <source>That one wasn&apos;t sent: a few signals just went to %1. Give it a moment, then send it again if you still want to.</source>
        <translation>Dieses Signal wurde nicht gesendet: Gerade sind schon ein paar Signale zu %1 gegangen. Warte einen Moment und sende es dann noch einmal, wenn du magst.</translation>
    </message>
</context>
<context>
    <name>SessionExport</name>
    <message>
        <source>Feelings named</source>
        <translation>Benannte Gefühle</translation>
    </message>
    <message>
        <source>Needs named</source>
        <translation>Benannte Bedürfnisse</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Wertschätzungen</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Beim nächsten Mal</translation>
    </message>
    <message>
        <source>An export needs both of you to agree first.</source>
        <translation>Für eine Kopie müsst ihr beide zuerst zustimmen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Bitten</translation>
    </message>
    <message>
        <source>To come back to</source>
        <translation>Darauf zurückkommen</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>Was gehört wurde</translation>
    </message>
    <message>
        <source>What made sense</source>
        <translation>Was nachvollziehbar war</translation>
    </message>
    <message>
        <source>Empathy offered</source>
        <translation>Gezeigtes Mitgefühl</translation>
    </message>
    <message>
        <source>What may have triggered it</source>
        <translation>Was es ausgelöst haben könnte</translation>
    </message>
</context>
<context>
    <name>twofold::app::AboutDialog</name>
    <message>
        <source>About Twofold</source>
        <translation>Über Twofold</translation>
    </message>
    <message>
        <source>Twofold %1</source>
        <translation>Twofold %1</translation>
    </message>
    <message>
        <source>A calm structure for hard conversations between two partners.</source>
        <translation>Ein ruhiger Rahmen für schwierige Gespräche zu zweit.</translation>
    </message>
    <message>
        <source>Our promise: no accounts, no cloud, no telemetry. Twofold talks only to your partner&apos;s computer on your own network, and what you write stays on your two computers.</source>
        <translation>Unser Versprechen: keine Konten, keine Cloud, keine Telemetrie. Twofold spricht nur mit dem Computer deines Gegenübers in eurem eigenen Netzwerk, und was ihr schreibt, bleibt auf euren beiden Computern.</translation>
    </message>
    <message>
        <source>Twofold is for relationships that are fundamentally safe. If you feel afraid of your partner, please reach out to a domestic-abuse helpline or a counsellor.</source>
        <translation>Twofold ist für Beziehungen gedacht, die im Grunde sicher sind. Wenn du Angst vor deinem Gegenüber hast, wende dich bitte an ein Hilfetelefon gegen häusliche Gewalt oder an eine Beratungsstelle.</translation>
    </message>
</context>
<context>
    <name>twofold::app::BreathingPacer</name>
    <message>
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>Atemhilfe: einatmen, während der Kreis wächst, ausatmen, während er kleiner wird</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>einatmen</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>ausatmen</translation>
    </message>
    <message>
        <source>in for 4 · out for 6</source>
        <translation>4 ein · 6 aus</translation>
    </message>
</context>
<context>
    <name>twofold::app::CheckInModel</name>
    <message>
        <source>%1 began another conversation. Check in with yourself first, then join when you&apos;re ready.</source>
        <translation>%1 hat ein neues Gespräch begonnen. Komm zuerst bei dir selbst an und steig dann ein, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>You and %1 are connected.</source>
        <translation>Du und %1 seid verbunden.</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s Twofold to connect…</source>
        <translation>Warte darauf, dass sich Twofold bei %1 verbindet …</translation>
    </message>
    <message>
        <source>%1 has begun. The conversation waits for you: take a few minutes first, or join when you&apos;re ready.</source>
        <translation>%1 hat begonnen. Das Gespräch wartet auf dich: Nimm dir erst ein paar Minuten, oder komm dazu, wenn du bereit bist.</translation>
    </message>
</context>
<context>
    <name>twofold::app::CheckInPage</name>
    <message>
        <source>Check in with yourself</source>
        <translation>Bei dir selbst ankommen</translation>
    </message>
    <message>
        <source>How are you right now? This stays on your computer; %1 won&apos;t see it.</source>
        <translation>Wie geht es dir gerade? Das bleibt auf deinem Computer; %1 sieht es nicht.</translation>
    </message>
    <message>
        <source>Settled: I can listen and speak calmly</source>
        <translation>Ruhig: Ich kann gelassen zuhören und sprechen</translation>
    </message>
    <message>
        <source>A bit activated: some tension, but I can stay with it</source>
        <translation>Etwas angespannt: Es ist Spannung da, aber ich kann dabeibleiben</translation>
    </message>
    <message>
        <source>Flooded: my heart is racing, it&apos;s hard to think</source>
        <translation>Überflutet: Mein Herz rast, es fällt mir schwer zu denken</translation>
    </message>
    <message>
        <source>What would you like to do together?</source>
        <translation>Was möchtet ihr gemeinsam tun?</translation>
    </message>
    <message>
        <source>Begin together</source>
        <translation>Gemeinsam beginnen</translation>
    </message>
    <message>
        <source>%1 will choose how to begin. Take your time; nothing starts until you both say you&apos;re ready.</source>
        <translation>%1 wählt, womit ihr beginnt. Lass dir Zeit; es geht erst los, wenn ihr beide sagt, dass ihr bereit seid.</translation>
    </message>
    <message>
        <source>Waiting for %1 to be connected.</source>
        <translation>Wir warten, bis %1 verbunden ist.</translation>
    </message>
    <message>
        <source>Nothing starts until you both say you&apos;re ready.</source>
        <translation>Es geht erst los, wenn ihr beide sagt, dass ihr bereit seid.</translation>
    </message>
    <message>
        <source>Thank you for noticing. It may help to take a few quiet minutes before you begin. The conversation can wait until you&apos;re ready, and you can ask for a pause at any time.</source>
        <translation>Danke, dass du das wahrnimmst. Vielleicht hilft es, dir vor dem Beginn ein paar ruhige Minuten zu nehmen. Das Gespräch kann warten, bis du bereit bist, und du kannst jederzeit um eine Pause bitten.</translation>
    </message>
    <message>
        <source>Take a few minutes first</source>
        <translation>Zuerst ein paar Minuten nehmen</translation>
    </message>
    <message>
        <source>Breathe with the circle for as long as you like. Nothing is shared; %1 only sees that you aren&apos;t ready yet.</source>
        <translation>Atme mit dem Kreis, so lange du magst. Nichts davon wird geteilt; %1 sieht nur, dass du noch nicht so weit bist.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Ich bin wieder da</translation>
    </message>
    <message>
        <source>Join the conversation</source>
        <translation>Ins Gespräch einsteigen</translation>
    </message>
    <message>
        <source>Breathe with the circle for as long as you like. %1 only sees that you&apos;re taking a moment first.</source>
        <translation>Atme mit dem Kreis, so lange du magst. %1 sieht nur, dass du dir erst einen Moment nimmst.</translation>
    </message>
</context>
<context>
    <name>twofold::app::ConversationPage</name>
    <message>
        <source>You · %1</source>
        <translation>Du · %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>I need %1 minutes now</source>
        <translation>Ich brauche jetzt %1 Minuten</translation>
    </message>
    <message>
        <source>You answered</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it from any of its fields</source>
        <translation>Strg+Eingabe sendet es aus jedem seiner Felder</translation>
    </message>
    <message>
        <source>What you heard from each other</source>
        <translation>Was ihr voneinander gehört habt</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <translation>Von %1 · %2</translation>
    </message>
</context>
<context>
    <name>twofold::app::DemoSetup</name>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
</context>
<context>
    <name>twofold::app::DraftEdit</name>
    <message>
        <source>A little shorter, please: at most %1 characters.</source>
        <translation>Bitte etwas kürzer: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Perhaps: %1</source>
        <translation>Vielleicht: %1</translation>
    </message>
    <message>
        <source>Gentler words: %1</source>
        <translation>Sanftere Worte: %1</translation>
    </message>
</context>
<context>
    <name>twofold::app::DraftStore</name>
    <message>
        <source>Your saved drafts could not be read. The file was kept as %1.</source>
        <translation>Deine gespeicherten Entwürfe ließen sich nicht lesen. Die Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Your saved drafts could not be read (%1).</source>
        <translation>Deine gespeicherten Entwürfe ließen sich nicht lesen (%1).</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t update your saved drafts in %1.</source>
        <translation>Twofold konnte deine gespeicherten Entwürfe in %1 nicht aktualisieren.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t save your draft in %1. What you typed is still here; please check the disk space.</source>
        <translation>Twofold konnte deinen Entwurf in %1 nicht speichern. Was du geschrieben hast, ist noch da; bitte prüfe den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Your saved drafts file was a link to another file. Twofold did not use it; the link was kept as %1.</source>
        <translation>Deine gespeicherte Entwurfsdatei war ein Verweis auf eine andere Datei. Twofold hat sie nicht benutzt; der Verweis wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>twofold::app::FirstRunPage</name>
    <message>
        <source>I agree: a pause always comes back.</source>
        <translation>Ich bin einverstanden: Nach einer Pause kommt man immer zurück.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Welcome to Twofold</source>
        <translation>Willkommen bei Twofold</translation>
    </message>
    <message>
        <source>Twofold gives the two of you a calm structure for a hard conversation: it holds the turns, suggests gentler words, and lets each of you ask for a pause or reach out to repair without typing a word.</source>
        <translation>Twofold gibt euch beiden einen ruhigen Rahmen für ein schwieriges Gespräch: Es achtet auf die Reihenfolge, schlägt sanftere Worte vor und lässt euch beide um eine Pause bitten oder die Hand reichen, ohne ein Wort zu tippen.</translation>
    </message>
    <message>
        <source>What should your partner see as your name?</source>
        <translation>Welchen Namen soll dein Gegenüber sehen?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Who this is for</source>
        <translation>Für wen Twofold gedacht ist</translation>
    </message>
    <message>
        <source>Our agreement about pauses</source>
        <translation>Unsere Vereinbarung zu Pausen</translation>
    </message>
    <message>
        <source>Either of you can ask for a pause at any time. A pause is not leaving: it means &quot;I need a little time to come back to myself.&quot; It always has a return time, and the one who paused comes back.</source>
        <translation>Ihr könnt beide jederzeit um eine Pause bitten. Eine Pause ist kein Weggehen: Sie heißt „Ich brauche etwas Zeit, um wieder zu mir zu kommen.“ Sie hat immer eine Rückkehrzeit, und wer pausiert, kommt zurück.</translation>
    </message>
    <message>
        <source>No account, no cloud, no tracking. What you write stays on your two computers.</source>
        <translation>Kein Konto, keine Cloud, kein Tracking. Was ihr schreibt, bleibt auf euren beiden Computern.</translation>
    </message>
    <message>
        <source>Twofold is for relationships that are fundamentally safe, where both of you want to understand each other. If you feel afraid of your partner, or a conversation could become unsafe, this app is not the right tool. Please reach out to a domestic-abuse helpline or a counsellor.</source>
        <translation>Twofold ist für Beziehungen gedacht, die im Grunde sicher sind und in denen ihr euch beide verstehen wollt. Wenn du Angst vor deinem Gegenüber hast oder ein Gespräch unsicher werden könnte, ist diese App nicht das richtige Werkzeug. Bitte wende dich an ein Hilfetelefon gegen häusliche Gewalt oder an eine Beratungsstelle.</translation>
    </message>
    <message>
        <source>To continue, tick the agreement about pauses above.</source>
        <translation>Um weiterzugehen, hake oben die Vereinbarung über Pausen an.</translation>
    </message>
    <message>
        <source>To continue, type the name your partner should see.</source>
        <translation>Um weiterzugehen, gib den Namen ein, den dein Gegenüber sehen soll.</translation>
    </message>
</context>
<context>
    <name>twofold::app::HelplineNote</name>
    <message>
        <source>Free, confidential support in your country, listed with care by an international directory of helplines. If you are in danger now, call your local emergency number.</source>
        <translation>Kostenlose, vertrauliche Hilfe in deinem Land, sorgfältig zusammengestellt in einem internationalen Verzeichnis von Hilfetelefonen. Wenn du jetzt in Gefahr bist, ruf den örtlichen Notruf an.</translation>
    </message>
    <message>
        <source>Find a helpline: findahelpline.com</source>
        <translation>Ein Hilfetelefon finden: findahelpline.com</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>About Twofold</source>
        <translation>Über Twofold</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>I need %1 minutes</source>
        <translation>Ich brauche %1 Minuten</translation>
    </message>
    <message>
        <source>Close Twofold?</source>
        <translation>Twofold schließen?</translation>
    </message>
    <message>
        <source>You&apos;re in a conversation with %1. Close anyway? You could take “%2” instead: the conversation waits, and %1 knows you&apos;ll be back.</source>
        <translation>Du bist mitten in einem Gespräch mit %1. Trotzdem schließen? Du könntest stattdessen „%2“ wählen: Das Gespräch wartet, und %1 weiß, dass du zurückkommst.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>twofold::app::PartnersPage</name>
    <message>
        <source>Find your partner</source>
        <translation>Dein Gegenüber finden</translation>
    </message>
    <message>
        <source>Both of you open Twofold on your own computer, on the same network. One of you invites, the other accepts.</source>
        <translation>Öffnet Twofold beide auf eurem eigenen Computer im selben Netzwerk. Eine Person lädt ein, die andere nimmt an.</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>In der Nähe</translation>
    </message>
    <message>
        <source>Partners nearby</source>
        <translation>Gegenüber in der Nähe</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Remembered partners</source>
        <translation>Bekannte Gegenüber</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Wieder verbinden</translation>
    </message>
    <message>
        <source>Connect by address</source>
        <translation>Über die Adresse verbinden</translation>
    </message>
    <message>
        <source>Partner&apos;s address</source>
        <translation>Adresse deines Gegenübers</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Codes match</source>
        <translation>Die Codes stimmen überein</translation>
    </message>
    <message>
        <source>They&apos;re different</source>
        <translation>Sie sind verschieden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>%1 would like to connect with you.</source>
        <translation>%1 möchte sich mit dir verbinden.</translation>
    </message>
    <message>
        <source>Thank you. Waiting for %1 to confirm on their screen.</source>
        <translation>Danke. Jetzt bestätigt %1 auf dem eigenen Bildschirm.</translation>
    </message>
    <message>
        <source>No answer from %1 yet. Is Twofold open on their computer?</source>
        <translation>Noch keine Antwort von %1. Ist Twofold auf dem anderen Computer geöffnet?</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached. Are you both on the same network?</source>
        <translation>%1 war nicht erreichbar. Seid ihr beide im selben Netzwerk?</translation>
    </message>
    <message>
        <source>The codes were different, so nothing was connected. Please try once more, side by side.</source>
        <translation>Die Codes waren verschieden, deshalb wurde nichts verbunden. Versucht es bitte noch einmal, nebeneinander.</translation>
    </message>
    <message>
        <source>Looking for partners nearby…</source>
        <translation>Suche nach Gegenübern in der Nähe …</translation>
    </message>
    <message>
        <source>Check that %1 sees the same code on their screen.</source>
        <translation>Prüft, ob %1 denselben Code auf dem eigenen Bildschirm sieht.</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Kopplungscode %1</translation>
    </message>
    <message>
        <source>%1 is in a session already. A session is always just the two of you.</source>
        <translation>%1 ist gerade schon in einer Sitzung. Eine Sitzung ist immer nur für euch zwei.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t start its network connection on this computer. Please check the settings, then start Twofold again.</source>
        <translation>Twofold konnte auf diesem Computer keine Netzwerkverbindung aufbauen. Schau bitte in die Einstellungen und starte Twofold dann noch einmal.</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:47914</source>
        <translation>z. B. 192.168.1.20:47914</translation>
    </message>
    <message>
        <source>Type the address your partner&apos;s screen shows, for example 192.168.1.20:47914.</source>
        <translation>Gib die Adresse ein, die der Bildschirm deines Gegenübers zeigt, zum Beispiel 192.168.1.20:47914.</translation>
    </message>
    <message>
        <source>Stop pairing</source>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <source>Forgotten. When you&apos;re side by side, one of you invites and you compare the code together.</source>
        <translation>Vergessen. Wenn ihr nebeneinander sitzt, lädt eine Person ein, und ihr vergleicht den Code gemeinsam.</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Dein Gegenüber</translation>
    </message>
    <message>
        <source>You said not now. That&apos;s okay; %1 can invite you again when you&apos;re both ready.</source>
        <translation>Du hast „Jetzt nicht“ gesagt. Das ist in Ordnung; %1 kann dich wieder einladen, wenn ihr beide so weit seid.</translation>
    </message>
    <message>
        <source>%1 would rather not right now. That&apos;s okay; you can try again when you&apos;re both ready.</source>
        <translation>%1 möchte gerade lieber nicht. Das ist in Ordnung; ihr könnt es wieder versuchen, wenn ihr beide so weit seid.</translation>
    </message>
    <message>
        <source>You stopped pairing. Nothing was connected; you can start again whenever you like.</source>
        <translation>Du hast das Verbinden abgebrochen. Es wurde nichts verbunden; du kannst jederzeit neu anfangen.</translation>
    </message>
    <message>
        <source>%1 stopped pairing. Nothing was connected; you can try again when you&apos;re both ready.</source>
        <translation>%1 hat das Verbinden abgebrochen. Es wurde nichts verbunden; ihr könnt es wieder versuchen, wenn ihr beide so weit seid.</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold closed before you finished. Nothing was connected; try again once it&apos;s open.</source>
        <translation>Twofold bei %1 wurde geschlossen, bevor ihr fertig wart. Es wurde nichts verbunden; versucht es wieder, sobald es offen ist.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t remember %1 on this computer, so nothing was connected. Please check that there is free disk space, then try again.</source>
        <translation>Twofold konnte sich %1 auf diesem Computer nicht merken, deshalb wurde nichts verbunden. Bitte prüfe, ob genug Speicherplatz frei ist, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>%1 — found just now</source>
        <translation>%1 – gerade gefunden</translation>
    </message>
    <message>
        <source>Your partner can connect to this computer at:</source>
        <translation>Dein Gegenüber erreicht diesen Computer unter:</translation>
    </message>
    <message>
        <source>This computer&apos;s address</source>
        <translation>Adresse dieses Computers</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>When your partner&apos;s name shows in the list, choose it and press Invite.</source>
        <translation>Sobald der Name deines Gegenübers in der Liste steht, wähle ihn aus und drücke auf „Einladen“.</translation>
    </message>
    <message>
        <source>This computer can no longer prove it is %1&apos;s</source>
        <translation>Dieser Computer kann nicht mehr nachweisen, dass er %1 gehört</translation>
    </message>
    <message>
        <source>Twofold reached %1&apos;s usual address, but the computer there couldn&apos;t show the key you both confirmed when you paired. Nothing was sent to it. If %1 reinstalled Twofold or uses a new computer, forget the old pairing and pair again deliberately, side by side, comparing the code together.</source>
        <translation>Twofold hat die gewohnte Adresse von %1 erreicht, aber der Computer dort konnte den Schlüssel nicht vorzeigen, den ihr beim Verbinden gemeinsam bestätigt habt. Es wurde nichts an ihn gesendet. Wenn %1 Twofold neu installiert hat oder einen neuen Computer nutzt, vergesst die alte Verbindung und verbindet euch bewusst neu, nebeneinander, und vergleicht den Code gemeinsam.</translation>
    </message>
    <message>
        <source>Forget %1 and pair again</source>
        <translation>%1 vergessen und neu verbinden</translation>
    </message>
    <message>
        <source>%1&apos;s computer couldn&apos;t save the pairing (its disk may be full), so nothing was kept on either side. Once there is space there, you can pair again.</source>
        <translation>Der Computer von %1 konnte die Kopplung nicht speichern (vielleicht ist der Datenträger voll), deshalb wurde auf keiner Seite etwas behalten. Sobald dort wieder Platz ist, könnt ihr euch erneut koppeln.</translation>
    </message>
    <message>
        <source>%1 is busy with another invitation right now. Nothing was connected; please try again in a minute.</source>
        <translation>%1 ist gerade mit einer anderen Einladung beschäftigt. Es wurde nichts verbunden; versucht es bitte in einer Minute noch einmal.</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold needs an update. Nothing was connected; once it&apos;s updated, you can try again.</source>
        <translation>Twofold bei %1 braucht ein Update. Es wurde nichts verbunden; sobald es aktualisiert ist, könnt ihr es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>This Twofold needs an update to connect with %1. Nothing was connected; please update it, then try again.</source>
        <translation>Dieses Twofold braucht ein Update, um sich mit %1 zu verbinden. Es wurde nichts verbunden; bitte aktualisiere es und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a partner&apos;s name set apart in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Twofold can&apos;t look for partners nearby on this computer: another program is using the port it listens on. You can still connect by address below.</source>
        <translation>Twofold kann auf diesem Computer gerade nicht in der Nähe suchen: Ein anderes Programm nutzt den Port, auf dem es lauscht. Über „Per Adresse verbinden“ weiter unten geht es trotzdem.</translation>
    </message>
    <message>
        <source>%1 — their Twofold needs an update</source>
        <translation>%1 – dort braucht Twofold ein Update</translation>
    </message>
    <message>
        <source>%1 — this Twofold needs an update to connect</source>
        <translation>%1 – dieses Twofold braucht ein Update, um sich zu verbinden</translation>
    </message>
    <message>
        <source>Not looking nearby (see below)</source>
        <translation>Keine Suche in der Nähe (siehe unten)</translation>
    </message>
</context>
<context>
    <name>twofold::app::Partnership</name>
    <message>
        <source>This computer&apos;s key in %1 was damaged, so Twofold made a new one and kept the old files aside. Your partner will need to pair with you again.</source>
        <translation>Der Schlüssel dieses Computers in %1 war beschädigt. Twofold hat einen neuen erstellt und die alten Dateien aufbewahrt. Deine Partnerin oder dein Partner muss sich noch einmal mit dir koppeln.</translation>
    </message>
    <message>
        <source>The list of partners you paired with could not be read, so Twofold kept it aside as %1. You may need to pair again.</source>
        <translation>Die Liste der gekoppelten Partner ließ sich nicht lesen. Twofold hat sie als %1 aufbewahrt. Vielleicht müsst ihr euch noch einmal koppeln.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t read the list of partners you paired with in %1. It leaves that file as it is, so new pairings can&apos;t be saved until it can be read.</source>
        <translation>Twofold konnte die Liste der gekoppelten Partner in %1 nicht lesen. Die Datei bleibt, wie sie ist; neue Kopplungen lassen sich erst speichern, wenn sie wieder lesbar ist.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t read this computer&apos;s key in %1, so it can&apos;t connect to a partner. Nothing was changed; please check that folder.</source>
        <translation>Twofold konnte den Schlüssel dieses Computers in %1 nicht lesen und kann sich deshalb mit niemandem verbinden. Es wurde nichts verändert; bitte prüfe diesen Ordner.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t save this computer&apos;s key in %1 (the folder may be read-only or the disk full), so it can&apos;t connect to a partner yet.</source>
        <translation>Twofold konnte den Schlüssel dieses Computers in %1 nicht speichern (vielleicht ist der Ordner schreibgeschützt oder der Datenträger voll) und kann sich deshalb noch mit niemandem verbinden.</translation>
    </message>
    <message>
        <source>The list of partners you paired with in %1 was a link to another file. Twofold never follows such links, so it set the link aside as %2 and starts with no remembered partners. You may need to pair again.</source>
        <translation>Die Liste der gekoppelten Partner in %1 war ein Verweis auf eine andere Datei. Twofold folgt solchen Verweisen nie; es hat den Verweis als %2 beiseitegelegt und beginnt ohne gemerkte Partner. Vielleicht müsst ihr euch noch einmal koppeln.</translation>
    </message>
</context>
<context>
    <name>twofold::app::PauseModel</name>
    <message>
        <source>Ready to come back? Take one more breath first.</source>
        <translation>Bereit zurückzukommen? Nimm vorher noch einen Atemzug.</translation>
    </message>
    <message>
        <source>%1 is coming back now. Ready to come back too?</source>
        <translation>%1 kommt jetzt zurück. Bist du auch bereit?</translation>
    </message>
    <message>
        <source>A short pause to breathe. The conversation waits for you both.</source>
        <translation>Eine kurze Pause zum Durchatmen. Das Gespräch wartet auf euch beide.</translation>
    </message>
    <message>
        <source>%1 asked for a short pause. Let&apos;s both breathe for a minute.</source>
        <translation>%1 hat um eine kurze Pause gebeten. Lass uns beide eine Minute durchatmen.</translation>
    </message>
    <message>
        <source>Take the time you need to come back to yourself. %1 knows you&apos;ll be back at %2.</source>
        <translation>Nimm dir die Zeit, die du brauchst, um wieder zu dir zu kommen. %1 weiß, dass du um %2 zurück bist.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to come back to themselves. They&apos;re not leaving. Back at %3.</source>
        <translation>%1 braucht %2 Minuten, um wieder zu sich zu kommen. Das ist kein Weggehen. Zurück um %3.</translation>
    </message>
    <message>
        <source>You asked for %1 more minutes. Back at %2.</source>
        <translation>Du hast um %1 weitere Minuten gebeten. Zurück um %2.</translation>
    </message>
    <message>
        <source>%1 asked for %2 more minutes. Back at %3.</source>
        <translation>%1 hat um %2 weitere Minuten gebeten. Zurück um %3.</translation>
    </message>
</context>
<context>
    <name>twofold::app::PausePage</name>
    <message>
        <source>Show the breathing guide</source>
        <translation>Atemhilfe zeigen</translation>
    </message>
    <message>
        <source>OK, take your time</source>
        <translation>Okay, lass dir Zeit</translation>
    </message>
    <message>
        <source>I&apos;m ready to come back</source>
        <translation>Ich bin bereit zurückzukommen</translation>
    </message>
    <message>
        <source>How are you now? One line is enough.</source>
        <translation>Wie geht es dir jetzt? Eine Zeile genügt.</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>Zurückkommen</translation>
    </message>
    <message>
        <source>Perhaps a glass of water, a look out of the window, or a few slow breaths: in for four, out for six.</source>
        <translation>Vielleicht ein Glas Wasser, ein Blick aus dem Fenster oder ein paar langsame Atemzüge: vier ein, sechs aus.</translation>
    </message>
    <message>
        <source>How are you now?</source>
        <translation>Wie geht es dir jetzt?</translation>
    </message>
    <message>
        <source>e.g. calmer, still a bit shaky, ready to listen</source>
        <translation>z. B. ruhiger, noch etwas wackelig, bereit zuzuhören</translation>
    </message>
    <message>
        <source>%1 says: OK, take your time.</source>
        <translation>%1 sagt: Okay, lass dir Zeit.</translation>
    </message>
    <message>
        <source>You let %1 know: OK, take your time.</source>
        <translation>Du hast %1 gesagt: Okay, lass dir Zeit.</translation>
    </message>
    <message>
        <source>I need a little longer</source>
        <translation>Ich brauche noch etwas länger</translation>
    </message>
    <message>
        <source>A little more time, please</source>
        <translation>Bitte etwas mehr Zeit</translation>
    </message>
    <message>
        <source>Adds %1 minutes; %2 will see the new return time.</source>
        <translation>Fügt %1 Minuten hinzu; %2 sieht die neue Rückkehrzeit.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Thank you. Waiting for %1 to say how they are.</source>
        <translation>Danke. Jetzt sagt %1, wie es gerade geht.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Verbleibende Zeit: %1</translation>
    </message>
    <message>
        <source>A few words about how you are now, first — one line is enough.</source>
        <translation>Zuerst ein paar Worte dazu, wie es dir jetzt geht – eine Zeile genügt.</translation>
    </message>
    <message>
        <source>About a minute left.</source>
        <translation>Noch etwa eine Minute.</translation>
    </message>
</context>
<context>
    <name>twofold::app::ProfileNotices</name>
    <message>
        <source>Twofold can&apos;t write its log in %1, so it runs without one this time.</source>
        <translation>Twofold kann sein Protokoll in %1 nicht schreiben und läuft diesmal ohne.</translation>
    </message>
    <message>
        <source>Twofold can no longer write its log in %1 (the disk may be full). Everything else carries on.</source>
        <translation>Twofold kann sein Protokoll in %1 nicht mehr schreiben (vielleicht ist der Datenträger voll). Alles andere läuft weiter.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SessionContext</name>
    <message>
        <source>How are you now?</source>
        <translation>Wie geht es dir jetzt?</translation>
    </message>
</context>
<context>
    <name>twofold::app::SessionPage</name>
    <message>
        <source>Reconnecting… Everything you&apos;ve written is kept.</source>
        <translation>Verbindung wird wiederhergestellt … Alles, was du geschrieben hast, bleibt erhalten.</translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation>Diese Sitzung beenden?</translation>
    </message>
    <message>
        <source>This ends the session for both of you. %1 will simply see that it has ended; what you both named stays in the summary.</source>
        <translation>Damit endet die Sitzung für euch beide. %1 sieht nur, dass sie beendet ist; was ihr benannt habt, bleibt in der Zusammenfassung.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold closed. Your conversation is kept and continues when %1 opens it again.</source>
        <translation>Twofold bei %1 wurde geschlossen. Euer Gespräch bleibt erhalten und geht weiter, sobald %1 es wieder öffnet.</translation>
    </message>
    <message>
        <source>Signal from %1: %2</source>
        <translation>Signal von %1: %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The pause is over. You&apos;re back in the conversation.</source>
        <translation>Die Pause ist vorbei. Ihr seid zurück im Gespräch.</translation>
    </message>
</context>
<context>
    <name>twofold::app::Settings</name>
    <message>
        <source>Twofold couldn&apos;t read your settings in %1, so it uses its defaults for now.</source>
        <translation>Twofold konnte deine Einstellungen in %1 nicht lesen und nutzt vorerst die Standardwerte.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t save your settings in %1 (the folder may be read-only or the disk full). Your changes apply until Twofold closes.</source>
        <translation>Twofold konnte deine Einstellungen in %1 nicht speichern (vielleicht ist der Ordner schreibgeschützt oder der Datenträger voll). Deine Änderungen gelten, bis du Twofold schließt.</translation>
    </message>
    <message>
        <source>Your settings in %1 come from a newer Twofold. This one uses what it understands of them and leaves the file as it is, so changes you make here apply until Twofold closes.</source>
        <translation>Deine Einstellungen in %1 stammen von einem neueren Twofold. Diese Version nutzt, was sie davon versteht, und lässt die Datei, wie sie ist. Deine Änderungen hier gelten deshalb, bis du Twofold schließt.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SettingsDialog</name>
    <message>
        <source>Play soft chimes</source>
        <translation>Sanfte Klänge abspielen</translation>
    </message>
    <message>
        <source>Reduce motion (no fading, a still breathing guide)</source>
        <translation>Weniger Bewegung (kein Ein- und Ausblenden, ruhige Atemhilfe)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Lautstärke der Klänge</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>This network (LAN)</source>
        <translation>Dieses Netzwerk (LAN)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Nur dieser Computer</translation>
    </message>
    <message>
        <source>Where to look for your partner</source>
        <translation>Wo nach deinem Gegenüber gesucht wird</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Twofold starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Twofold.</translation>
    </message>
    <message>
        <source>Find partners on</source>
        <translation>Gegenüber suchen in</translation>
    </message>
    <message>
        <source>Now: this computer only. Twofold looks for a partner only in other Twofold windows on this computer; nothing goes out on the network.</source>
        <translation>Jetzt: nur dieser Computer. Twofold sucht nur in anderen Twofold-Fenstern auf diesem Computer; nichts geht ins Netzwerk.</translation>
    </message>
    <message>
        <source>Now: this network. Twofold looks for your partner on the local network you&apos;re both on, and nowhere else.</source>
        <translation>Jetzt: dieses Netzwerk. Twofold sucht dein Gegenüber im lokalen Netzwerk, in dem ihr beide seid, und nirgends sonst.</translation>
    </message>
    <message>
        <source>Set for this run when Twofold was started (--scope or the demo).</source>
        <translation>Für diesen Start festgelegt (--scope oder die Demo).</translation>
    </message>
    <message>
        <source>Set for this run by TWOFOLD_NET_SCOPE.</source>
        <translation>Für diesen Start durch TWOFOLD_NET_SCOPE festgelegt.</translation>
    </message>
    <message>
        <source>A change here takes effect the next time Twofold starts.</source>
        <translation>Eine Änderung hier gilt ab dem nächsten Start von Twofold.</translation>
    </message>
    <message>
        <source>Length of “I need … minutes”</source>
        <translation>Länge von „Ich brauche … Minuten“</translation>
    </message>
    <message>
        <source>“I need … minutes” lasts</source>
        <translation>„Ich brauche … Minuten“ dauert</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Jetzt: %1.</translation>
    </message>
    <message>
        <source>Set for this run when Twofold was started (--language).</source>
        <translation>Für diesen Start festgelegt, als Twofold gestartet wurde (--language).</translation>
    </message>
    <message>
        <source>Chosen here.</source>
        <translation>Hier gewählt.</translation>
    </message>
    <message>
        <source>The system&apos;s language.</source>
        <translation>Die Sprache des Systems.</translation>
    </message>
    <message>
        <source>Twofold doesn&apos;t speak the system&apos;s language yet, so it uses English.</source>
        <translation>Twofold spricht die Sprache des Systems noch nicht, darum Englisch.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SidePanel</name>
    <message>
        <source>Ask for a pause</source>
        <translation>Um eine Pause bitten</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Private buttons</source>
        <translation>Private Knöpfe</translation>
    </message>
    <message>
        <source>Just for you</source>
        <translation>Nur für dich</translation>
    </message>
    <message>
        <source>These send a short, gentle signal. Nothing you type is sent.</source>
        <translation>Diese Knöpfe senden ein kurzes, sanftes Signal. Nichts, was du tippst, wird gesendet.</translation>
    </message>
    <message>
        <source>A one-minute pause to breathe together (Ctrl+B)</source>
        <translation>Eine Minute gemeinsam durchatmen (Strg+B)</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Wieder zueinanderfinden</translation>
    </message>
    <message>
        <source>Send this gently (%1)</source>
        <translation>Sanft senden (%1)</translation>
    </message>
    <message>
        <source>Ends the session for both of you. Nothing alarming is sent.</source>
        <translation>Beendet die Sitzung für euch beide. Es wird nichts Beunruhigendes gesendet.</translation>
    </message>
    <message>
        <source>Sent gently: “%1”</source>
        <translation>Sanft gesendet: „%1“</translation>
    </message>
    <message>
        <source>I need %1 minutes</source>
        <translation>Ich brauche %1 Minuten</translation>
    </message>
    <message>
        <source>A timed pause for both of you; you&apos;ll come back (Ctrl+P)</source>
        <translation>Eine Pause mit Rückkehrzeit für euch beide; du kommst zurück (Strg+P)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Signals received</source>
        <translation>Empfangene Signale</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Start a pause for both of you?</source>
        <translation>Eine Pause für euch beide beginnen?</translation>
    </message>
    <message>
        <source>Ask for a pause?</source>
        <translation>Um eine Pause bitten?</translation>
    </message>
    <message>
        <source>This starts a %1-minute pause for both of you. The conversation waits until you&apos;re back.</source>
        <translation>Damit beginnt eine Pause von %1 Minuten für euch beide. Das Gespräch wartet, bis du zurück bist.</translation>
    </message>
    <message>
        <source>This asks for a one-minute pause to breathe together.</source>
        <translation>Damit bittest du um eine Minute Pause, um gemeinsam zu atmen.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>twofold::app::SignalCard</name>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>%1 · twice</source>
        <translation>%1 · zweimal</translation>
    </message>
    <message>
        <source>%1 · %2 times</source>
        <translation>%1 · %2-mal</translation>
    </message>
    <message>
        <source>Signal from %1: %2</source>
        <translation>Signal von %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2-mal)</translation>
    </message>
</context>
<context>
    <name>twofold::app::SignalsModel</name>
    <message>
        <source>While %1 takes a pause, only reassuring signals reach them. The others can wait until you&apos;re both back.</source>
        <translation>Während %1 eine Pause macht, kommen nur beruhigende Signale an. Die anderen können warten, bis ihr beide zurück seid.</translation>
    </message>
    <message>
        <source>That one wasn&apos;t sent: a few signals just went to %1. Give it a moment, then send it again if you still want to.</source>
        <translation>Dieses Signal wurde nicht gesendet: Gerade sind schon ein paar Signale zu %1 gegangen. Warte einen Moment und sende es dann noch einmal, wenn du magst.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SoundChime</name>
    <message>
        <source>The sound system on this computer isn&apos;t answering, so Twofold&apos;s chimes stay silent for now.</source>
        <translation>Das Soundsystem dieses Computers antwortet nicht, deshalb bleiben die Klänge von Twofold vorerst still.</translation>
    </message>
</context>
<context>
    <name>twofold::app::StepModel</name>
    <message>
        <source>Together · you and %1</source>
        <translation>Gemeinsam · du und %1</translation>
    </message>
    <message>
        <source>You&apos;re speaking · %1 is listening</source>
        <translation>Du sprichst · %1 hört zu</translation>
    </message>
    <message>
        <source>%1 is speaking · you&apos;re listening</source>
        <translation>%1 spricht · du hörst zu</translation>
    </message>
    <message>
        <source>Let a coin decide</source>
        <translation>Eine Münze entscheiden lassen</translation>
    </message>
    <message>
        <source>I&apos;d like to start</source>
        <translation>Ich möchte beginnen</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>%1 beginnt</translation>
    </message>
    <message>
        <source>You both asked to start.</source>
        <translation>Ihr wolltet beide anfangen.</translation>
    </message>
    <message>
        <source>You each asked the other to start.</source>
        <translation>Ihr wolltet beide, dass das Gegenüber anfängt.</translation>
    </message>
    <message>
        <source>You asked to start, and %1 agreed.</source>
        <translation>Du wolltest anfangen, und %1 ist einverstanden.</translation>
    </message>
    <message>
        <source>%1 asked to start, and you agreed.</source>
        <translation>%1 wollte anfangen, und du bist einverstanden.</translation>
    </message>
    <message>
        <source>You asked to start.</source>
        <translation>Du möchtest anfangen.</translation>
    </message>
    <message>
        <source>You asked %1 to start.</source>
        <translation>Du möchtest, dass %1 anfängt.</translation>
    </message>
    <message>
        <source>%1 asked to start.</source>
        <translation>%1 möchte anfangen.</translation>
    </message>
    <message>
        <source>%1 would like you to start.</source>
        <translation>%1 möchte, dass du anfängst.</translation>
    </message>
    <message>
        <source>You begin.</source>
        <translation>Du beginnst.</translation>
    </message>
    <message>
        <source>%1 begins.</source>
        <translation>%1 beginnt.</translation>
    </message>
    <message>
        <source>Nobody asked to start, so a coin decided: %1</source>
        <translation>Niemand wollte unbedingt anfangen, also hat eine Münze entschieden: %1</translation>
    </message>
    <message>
        <source>A coin decided: %1</source>
        <translation>Eine Münze hat entschieden: %1</translation>
    </message>
    <message>
        <source>Thank you for sharing. Now it&apos;s %1&apos;s turn to be heard.</source>
        <translation>Danke, dass du das geteilt hast. Jetzt ist %1 an der Reihe, gehört zu werden.</translation>
    </message>
    <message>
        <source>Thank you, %1. Now it&apos;s your turn to be heard.</source>
        <translation>Danke, %1. Jetzt bist du an der Reihe, gehört zu werden.</translation>
    </message>
    <message>
        <source>%1 is taking a moment first. The conversation waits; there&apos;s no hurry.</source>
        <translation>%1 nimmt sich erst einen Moment. Das Gespräch wartet; es eilt nicht.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SummaryModel</name>
    <message>
        <source>There is nothing to keep yet.</source>
        <translation>Es gibt noch nichts aufzubewahren.</translation>
    </message>
    <message>
        <source>Twofold summary %1.md</source>
        <translation>Twofold Zusammenfassung %1.md</translation>
    </message>
    <message>
        <source>Twofold transcript %1.md</source>
        <translation>Twofold Gespräch %1.md</translation>
    </message>
</context>
<context>
    <name>twofold::app::SummaryPage</name>
    <message>
        <source>Begin another conversation</source>
        <translation>Ein weiteres Gespräch beginnen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary · %1</source>
        <translation>Zusammenfassung · %1</translation>
    </message>
    <message>
        <source>This session has ended. Thank you both for the time you gave it.</source>
        <translation>Diese Sitzung ist beendet. Danke euch beiden für die Zeit, die ihr euch genommen habt.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Nothing named this time, and that&apos;s fine.</source>
        <translation>Diesmal nichts benannt, und das ist in Ordnung.</translation>
    </message>
    <message>
        <source>Keep a copy</source>
        <translation>Eine Kopie behalten</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Perhaps choose another folder?</source>
        <translation>Die Kopie konnte dort nicht gespeichert werden. Vielleicht ein anderer Ordner?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Save the summary…</source>
        <translation>Zusammenfassung speichern …</translation>
    </message>
    <message>
        <source>Save the whole transcript…</source>
        <translation>Das ganze Gespräch speichern …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You both agreed to keep the summary. The copy stays on this computer.</source>
        <translation>Ihr seid beide einverstanden, die Zusammenfassung aufzubewahren. Die Kopie bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>You agreed to keep a copy of the summary. It&apos;s also up to %1.</source>
        <translation>Du bist einverstanden, die Zusammenfassung aufzubewahren. Es liegt auch an %1.</translation>
    </message>
    <message>
        <source>%1 would like to keep a copy of the summary. It&apos;s up to you.</source>
        <translation>%1 möchte die Zusammenfassung aufbewahren. Es liegt an dir.</translation>
    </message>
    <message>
        <source>You both agreed to keep the whole transcript, word for word.</source>
        <translation>Ihr seid beide einverstanden, das ganze Gespräch Wort für Wort aufzubewahren.</translation>
    </message>
    <message>
        <source>You agreed to keep the whole transcript. It&apos;s also up to %1.</source>
        <translation>Du bist einverstanden, das ganze Gespräch aufzubewahren. Es liegt auch an %1.</translation>
    </message>
    <message>
        <source>%1 would like to keep the whole transcript, word for word. It&apos;s up to you.</source>
        <translation>%1 möchte das ganze Gespräch Wort für Wort aufbewahren. Es liegt an dir.</translation>
    </message>
    <message>
        <source>The whole transcript — everything each of you wrote, word for word — is a separate choice, also only if you both agree.</source>
        <translation>Das ganze Gespräch – alles, was ihr geschrieben habt, Wort für Wort – ist eine eigene Entscheidung, ebenfalls nur, wenn ihr beide einverstanden seid.</translation>
    </message>
    <message>
        <source>That name is a link to another file, so Twofold didn&apos;t save there. Perhaps choose another name?</source>
        <translation>Dieser Name ist ein Verweis auf eine andere Datei, deshalb hat Twofold dort nicht gespeichert. Vielleicht ein anderer Name?</translation>
    </message>
    <message>
        <source>A copy of this summary — the feelings, needs, requests and appreciations each of you named, and what you heard and validated for each other — is kept only if you both agree.</source>
        <translation>Eine Kopie dieser Zusammenfassung – der Gefühle, Bedürfnisse, Bitten und Wertschätzungen, die ihr genannt habt, und dessen, was ihr voneinander gehört und anerkannt habt – wird nur aufbewahrt, wenn ihr beide einverstanden seid.</translation>
    </message>
</context>
<context>
    <name>twofold::link::Peer</name>
    <message>
        <source>Finish the current pairing or session first.</source>
        <translation>Schließ bitte zuerst die laufende Kopplung oder Sitzung ab.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach your partner&apos;s computer (%1).</source>
        <translation>Der Computer deines Gegenübers war gerade nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>This partner isn&apos;t remembered on this computer.</source>
        <translation>Dieses Gegenüber ist auf diesem Computer nicht bekannt.</translation>
    </message>
    <message>
        <source>There&apos;s no known address for %1 yet.</source>
        <translation>Für %1 ist noch keine Adresse bekannt.</translation>
    </message>
</context>
<context>
    <name>twofold::link::VersionNotices</name>
    <message>
        <source>Your partner</source>
        <translation>Dein Gegenüber</translation>
    </message>
    <message>
        <source>This Twofold needs an update to connect with %1 (it speaks protocol version %2, this one %3).</source>
        <translation>Dieses Twofold braucht ein Update, um sich mit %1 zu verbinden (dort läuft Protokollversion %2, hier %3).</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold needs an update (it speaks protocol version %2, this one %3).</source>
        <translation>Twofold bei %1 braucht ein Update (dort läuft Protokollversion %2, hier %3).</translation>
    </message>
</context>
<context>
    <name>twofold::sync::SyncEngine</name>
    <message>
        <source>Only the partner who invited can start a session.</source>
        <translation>Nur wer eingeladen hat, kann eine Sitzung beginnen.</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>Es läuft schon eine Sitzung.</translation>
    </message>
</context>
</TS>
