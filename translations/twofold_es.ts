<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>GentleSignal</name>
    <message>
        <source>Could we slow down?</source>
        <translation>¿Podemos ir más despacio?</translation>
    </message>
    <message>
        <source>I&apos;m feeling blamed. Could you say that another way?</source>
        <translation>Lo estoy viviendo como un reproche. ¿Podrías decirlo de otra forma?</translation>
    </message>
    <message>
        <source>This matters to me. Could you just listen for now?</source>
        <translation>Esto me importa. ¿Podrías solo escuchar, por ahora?</translation>
    </message>
    <message>
        <source>Can I take that back and try again?</source>
        <translation>¿Puedo retirar lo que dije e intentarlo de nuevo?</translation>
    </message>
    <message>
        <source>I can see my part in this.</source>
        <translation>Veo mi parte en esto.</translation>
    </message>
    <message>
        <source>I agree with part of what you&apos;re saying.</source>
        <translation>Estoy de acuerdo con parte de lo que dices.</translation>
    </message>
    <message>
        <source>Let&apos;s start over.</source>
        <translation>Empecemos de nuevo.</translation>
    </message>
    <message>
        <source>I&apos;m still here. I&apos;m not going anywhere.</source>
        <translation>Sigo aquí. No me voy a ninguna parte.</translation>
    </message>
    <message>
        <source>Thank you for staying in this with me.</source>
        <translation>Gracias por seguir en esto conmigo.</translation>
    </message>
    <message>
        <source>I care about you, even now.</source>
        <translation>Me importas, incluso ahora.</translation>
    </message>
</context>
<context>
    <name>Rejection</name>
    <message>
        <source>The session hasn&apos;t started yet.</source>
        <translation>La sesión aún no ha empezado.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>La sesión ya ha empezado.</translation>
    </message>
    <message>
        <source>This conversation guide isn&apos;t available: %1.</source>
        <translation>Esta guía de conversación no está disponible: %1.</translation>
    </message>
    <message>
        <source>Each partner needs a name of up to %1 characters.</source>
        <translation>Cada persona necesita un nombre de hasta %1 caracteres.</translation>
    </message>
    <message>
        <source>This session has ended.</source>
        <translation>Esta sesión ha terminado.</translation>
    </message>
    <message>
        <source>It&apos;s %1&apos;s turn to speak.</source>
        <translation>Ahora le toca hablar a %1.</translation>
    </message>
    <message>
        <source>It&apos;s %1&apos;s turn.</source>
        <translation>Ahora le toca a %1.</translation>
    </message>
    <message>
        <source>That isn&apos;t part of this step.</source>
        <translation>Eso no forma parte de este paso.</translation>
    </message>
    <message>
        <source>This step has no field “%1”.</source>
        <translation>Este paso no tiene ningún campo «%1».</translation>
    </message>
    <message>
        <source>Please fill in “%1” first.</source>
        <translation>Primero rellena «%1», por favor.</translation>
    </message>
    <message>
        <source>“%1” can be up to %2 characters. A shorter version may be easier to hear.</source>
        <translation>«%1» puede tener hasta %2 caracteres. Una versión más corta quizá sea más fácil de escuchar.</translation>
    </message>
    <message>
        <source>“%1” has a value this step doesn&apos;t know.</source>
        <translation>«%1» tiene un valor que este paso no conoce.</translation>
    </message>
    <message>
        <source>You&apos;ve done this step. Waiting for %1.</source>
        <translation>Ya has hecho este paso. Ahora esperamos a %1.</translation>
    </message>
    <message>
        <source>The conversation is paused until %1.</source>
        <translation>La conversación está en pausa hasta las %1.</translation>
    </message>
    <message>
        <source>Welcome back. First, each of you says how you are now.</source>
        <translation>Hola de nuevo. Primero, contad por turnos cómo estáis ahora.</translation>
    </message>
    <message>
        <source>There is no pause right now.</source>
        <translation>Ahora mismo no hay ninguna pausa.</translation>
    </message>
    <message>
        <source>A pause is already running.</source>
        <translation>Ya hay una pausa en curso.</translation>
    </message>
    <message>
        <source>Only %1 can change this pause.</source>
        <translation>Solo %1 puede cambiar esta pausa.</translation>
    </message>
    <message>
        <source>This pause has been extended twice already. Time to come back, gently.</source>
        <translation>Esta pausa ya se ha alargado dos veces. Es hora de volver, con calma.</translation>
    </message>
    <message>
        <source>A pause lasts between %1 and %2 seconds.</source>
        <translation>Una pausa dura entre %1 y %2 segundos.</translation>
    </message>
    <message>
        <source>That comes when the pause is over.</source>
        <translation>Eso llega cuando termine la pausa.</translation>
    </message>
    <message>
        <source>That signal isn&apos;t in the catalogue.</source>
        <translation>Esa señal no está en el catálogo.</translation>
    </message>
    <message>
        <source>There&apos;s nothing to set yet: write a topic, or choose who starts. Nothing changed.</source>
        <translation>Todavía no hay nada que fijar: escribe un tema o elige quién empieza. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>That isn&apos;t possible right now.</source>
        <translation>Eso no es posible ahora mismo.</translation>
    </message>
    <message>
        <source>Expected event %1, got %2.</source>
        <translation>Se esperaba el evento %1 y llegó %2.</translation>
    </message>
    <message>
        <source>A breathing pause ends by itself; it can&apos;t be extended.</source>
        <translation>Una pausa para respirar termina sola; no se puede alargar.</translation>
    </message>
    <message>
        <source>Intents can only be sent as yourself.</source>
        <translation>Solo puedes actuar en tu propio nombre.</translation>
    </message>
    <message>
        <source>Your partner&apos;s Twofold couldn&apos;t read that. It may need an update.</source>
        <translation>El Twofold de tu pareja no ha podido leer eso. Puede que necesite una actualización.</translation>
    </message>
    <message>
        <source>While %1 takes a pause, only reassuring signals reach them. The others can wait until you&apos;re both back.</source>
        <translation>Mientras %1 está en pausa, solo le llegan las señales tranquilizadoras. Las demás pueden esperar a que termine la pausa.</translation>
    </message>
    <message>
        <source>That one wasn&apos;t sent: a few signals just went to %1. Give it a moment, then send it again if you still want to.</source>
        <translation>Esa señal no se ha enviado: acaban de llegarle unas cuantas a %1. Espera un momento y vuelve a enviarla si todavía quieres.</translation>
    </message>
</context>
<context>
    <name>SessionExport</name>
    <message>
        <source>Feelings named</source>
        <translation>Sentimientos nombrados</translation>
    </message>
    <message>
        <source>Needs named</source>
        <translation>Necesidades nombradas</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>La próxima vez</translation>
    </message>
    <message>
        <source>To come back to</source>
        <translation>Para retomar</translation>
    </message>
    <message>
        <source>An export needs both of you to agree first.</source>
        <translation>Para guardar una copia, primero tenéis que estar de acuerdo los dos.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>Lo que se ha oído</translation>
    </message>
    <message>
        <source>What made sense</source>
        <translation>Lo que tenía sentido</translation>
    </message>
    <message>
        <source>Empathy offered</source>
        <translation>Empatía ofrecida</translation>
    </message>
    <message>
        <source>What may have triggered it</source>
        <translation>Lo que pudo removerlo</translation>
    </message>
</context>
<context>
    <name>twofold::app::AboutDialog</name>
    <message>
        <source>About Twofold</source>
        <translation>Acerca de Twofold</translation>
    </message>
    <message>
        <source>Twofold %1</source>
        <translation>Twofold %1</translation>
    </message>
    <message>
        <source>A calm structure for hard conversations between two partners.</source>
        <translation>Un marco tranquilo para conversaciones difíciles en pareja.</translation>
    </message>
    <message>
        <source>Our promise: no accounts, no cloud, no telemetry. Twofold talks only to your partner&apos;s computer on your own network, and what you write stays on your two computers.</source>
        <translation>Nuestra promesa: sin cuentas, sin nube, sin telemetría. Twofold solo habla con el ordenador de tu pareja en vuestra propia red, y lo que escribís se queda en vuestros dos ordenadores.</translation>
    </message>
    <message>
        <source>Twofold is for relationships that are fundamentally safe. If you feel afraid of your partner, please reach out to a domestic-abuse helpline or a counsellor.</source>
        <translation>Twofold está pensado para relaciones que, en el fondo, son seguras. Si sientes miedo de tu pareja, ponte en contacto con una línea de ayuda contra la violencia en la pareja o con un servicio de orientación.</translation>
    </message>
</context>
<context>
    <name>twofold::app::BreathingPacer</name>
    <message>
        <source>Breathing guide: breathe in as the circle grows, out as it shrinks</source>
        <translation>Guía de respiración: inspira mientras el círculo crece y espira mientras se encoge</translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation>inspira</translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation>espira</translation>
    </message>
    <message>
        <source>in for 4 · out for 6</source>
        <translation>inspira 4 · espira 6</translation>
    </message>
</context>
<context>
    <name>twofold::app::CheckInModel</name>
    <message>
        <source>%1 began another conversation. Check in with yourself first, then join when you&apos;re ready.</source>
        <translation>%1 ha empezado otra conversación. Primero mira cómo estás tú y, cuando te sientas con ganas, únete.</translation>
    </message>
    <message>
        <source>You and %1 are connected.</source>
        <translation>Ya hay conexión con %1.</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s Twofold to connect…</source>
        <translation>Esperando a que el Twofold de %1 se conecte…</translation>
    </message>
    <message>
        <source>%1 has begun. The conversation waits for you: take a few minutes first, or join when you&apos;re ready.</source>
        <translation>%1 ha empezado. La conversación te espera: tómate antes unos minutos, o únete cuando te sientas con ganas.</translation>
    </message>
</context>
<context>
    <name>twofold::app::CheckInPage</name>
    <message>
        <source>Check in with yourself</source>
        <translation>Mira cómo estás</translation>
    </message>
    <message>
        <source>How are you right now? This stays on your computer; %1 won&apos;t see it.</source>
        <translation>¿Cómo estás ahora mismo? Esto se queda en tu ordenador; %1 no lo verá.</translation>
    </message>
    <message>
        <source>Settled: I can listen and speak calmly</source>
        <translation>En calma: puedo escuchar y hablar con serenidad</translation>
    </message>
    <message>
        <source>A bit activated: some tension, but I can stay with it</source>
        <translation>Con algo de tensión: la noto, pero puedo sostenerla</translation>
    </message>
    <message>
        <source>Flooded: my heart is racing, it&apos;s hard to think</source>
        <translation>Al límite: el corazón se me acelera, me cuesta pensar</translation>
    </message>
    <message>
        <source>Thank you for noticing. It may help to take a few quiet minutes before you begin. The conversation can wait until you&apos;re ready, and you can ask for a pause at any time.</source>
        <translation>Gracias por darte cuenta. Quizá te ayude tomarte unos minutos de calma antes de empezar. La conversación puede esperar hasta que te sientas con ganas, y puedes pedir una pausa en cualquier momento.</translation>
    </message>
    <message>
        <source>Take a few minutes first</source>
        <translation>Tomarme antes unos minutos</translation>
    </message>
    <message>
        <source>Breathe with the circle for as long as you like. Nothing is shared; %1 only sees that you aren&apos;t ready yet.</source>
        <translation>Respira con el círculo todo el tiempo que quieras. No se comparte nada; %1 solo ve que aún no es el momento para ti.</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Ya he vuelto</translation>
    </message>
    <message>
        <source>What would you like to do together?</source>
        <translation>¿Qué os gustaría hacer juntos?</translation>
    </message>
    <message>
        <source>Begin together</source>
        <translation>Empezar juntos</translation>
    </message>
    <message>
        <source>Join the conversation</source>
        <translation>Unirme a la conversación</translation>
    </message>
    <message>
        <source>Nothing starts until you both say you&apos;re ready.</source>
        <translation>Nada empieza hasta que los dos digáis «adelante».</translation>
    </message>
    <message>
        <source>%1 will choose how to begin. Take your time; nothing starts until you both say you&apos;re ready.</source>
        <translation>%1 elegirá cómo empezar. Tómate tu tiempo; nada empieza hasta que los dos digáis «adelante».</translation>
    </message>
    <message>
        <source>Waiting for %1 to be connected.</source>
        <translation>Esperando a que %1 se conecte.</translation>
    </message>
    <message>
        <source>Breathe with the circle for as long as you like. %1 only sees that you&apos;re taking a moment first.</source>
        <translation>Respira con el círculo todo el tiempo que quieras. %1 solo ve que te estás tomando un momento antes.</translation>
    </message>
</context>
<context>
    <name>twofold::app::ConversationPage</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>I need %1 minutes now</source>
        <translation>Necesito %1 minutos ahora</translation>
    </message>
    <message>
        <source>You answered</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>Respuesta de %1</translation>
    </message>
    <message>
        <source>You · %1</source>
        <translation>Tú · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends it from any of its fields</source>
        <translation>Ctrl+Intro lo envía desde cualquiera de sus campos</translation>
    </message>
    <message>
        <source>What you heard from each other</source>
        <translation>Lo que os habéis dicho</translation>
    </message>
    <message>
        <source>From %1 · %2</source>
        <translation>De %1 · %2</translation>
    </message>
</context>
<context>
    <name>twofold::app::DemoSetup</name>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
</context>
<context>
    <name>twofold::app::DraftEdit</name>
    <message>
        <source>A little shorter, please: at most %1 characters.</source>
        <translation>Un poco más corto, por favor: como mucho %1 caracteres.</translation>
    </message>
    <message>
        <source>Perhaps: %1</source>
        <translation>Quizá: %1</translation>
    </message>
    <message>
        <source>Gentler words: %1</source>
        <translation>Palabras más suaves: %1</translation>
    </message>
</context>
<context>
    <name>twofold::app::DraftStore</name>
    <message>
        <source>Your saved drafts could not be read. The file was kept as %1.</source>
        <translation>No se han podido leer tus borradores guardados. El archivo se ha conservado como %1.</translation>
    </message>
    <message>
        <source>Your saved drafts could not be read (%1).</source>
        <translation>No se han podido leer tus borradores guardados (%1).</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t update your saved drafts in %1.</source>
        <translation>Twofold no ha podido actualizar tus borradores guardados en %1.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t save your draft in %1. What you typed is still here; please check the disk space.</source>
        <translation>Twofold no ha podido guardar tu borrador en %1. Lo que has escrito sigue aquí; comprueba el espacio en disco, por favor.</translation>
    </message>
    <message>
        <source>Your saved drafts file was a link to another file. Twofold did not use it; the link was kept as %1.</source>
        <translation>Tu archivo de borradores era un enlace a otro archivo. Twofold no lo ha usado; el enlace se ha guardado como %1.</translation>
    </message>
</context>
<context>
    <name>twofold::app::FirstRunPage</name>
    <message>
        <source>I agree: a pause always comes back.</source>
        <translation>Estoy de acuerdo: de una pausa siempre se vuelve.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Welcome to Twofold</source>
        <translation>Te damos la bienvenida a Twofold</translation>
    </message>
    <message>
        <source>Twofold gives the two of you a calm structure for a hard conversation: it holds the turns, suggests gentler words, and lets each of you ask for a pause or reach out to repair without typing a word.</source>
        <translation>Twofold os da a los dos un marco tranquilo para una conversación difícil: cuida los turnos, sugiere palabras más suaves y permite a cualquiera de los dos pedir una pausa o tender la mano sin escribir una palabra.</translation>
    </message>
    <message>
        <source>What should your partner see as your name?</source>
        <translation>¿Con qué nombre quieres que te vea tu pareja?</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Who this is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <source>Twofold is for relationships that are fundamentally safe, where both of you want to understand each other. If you feel afraid of your partner, or a conversation could become unsafe, this app is not the right tool. Please reach out to a domestic-abuse helpline or a counsellor.</source>
        <translation>Twofold está pensado para relaciones que, en el fondo, son seguras y en las que los dos queréis entenderos. Si sientes miedo de tu pareja, o una conversación podría volverse peligrosa, esta aplicación no es la herramienta adecuada. Ponte en contacto con una línea de ayuda contra la violencia en la pareja o con un servicio de orientación.</translation>
    </message>
    <message>
        <source>Our agreement about pauses</source>
        <translation>Nuestro acuerdo sobre las pausas</translation>
    </message>
    <message>
        <source>Either of you can ask for a pause at any time. A pause is not leaving: it means &quot;I need a little time to come back to myself.&quot; It always has a return time, and the one who paused comes back.</source>
        <translation>Cualquiera de los dos puede pedir una pausa en cualquier momento. Una pausa no es irse: significa «Necesito un poco de tiempo para volver a mí». Siempre tiene una hora de regreso, y quien la pidió vuelve.</translation>
    </message>
    <message>
        <source>No account, no cloud, no tracking. What you write stays on your two computers.</source>
        <translation>Sin cuenta, sin nube, sin rastreo. Lo que escribís se queda en vuestros dos ordenadores.</translation>
    </message>
    <message>
        <source>To continue, tick the agreement about pauses above.</source>
        <translation>Para continuar, marca arriba el acuerdo sobre las pausas.</translation>
    </message>
    <message>
        <source>To continue, type the name your partner should see.</source>
        <translation>Para continuar, escribe el nombre que verá tu pareja.</translation>
    </message>
</context>
<context>
    <name>twofold::app::HelplineNote</name>
    <message>
        <source>Free, confidential support in your country, listed with care by an international directory of helplines. If you are in danger now, call your local emergency number.</source>
        <translation>Ayuda gratuita y confidencial en tu país, recopilada con cuidado por un directorio internacional de líneas de ayuda. Si ahora mismo estás en peligro, llama al número de emergencias local.</translation>
    </message>
    <message>
        <source>Find a helpline: findahelpline.com</source>
        <translation>Encontrar una línea de ayuda: findahelpline.com</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About Twofold</source>
        <translation>Acerca de Twofold</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>I need %1 minutes</source>
        <translation>Necesito %1 minutos</translation>
    </message>
    <message>
        <source>Close Twofold?</source>
        <translation>¿Cerrar Twofold?</translation>
    </message>
    <message>
        <source>You&apos;re in a conversation with %1. Close anyway? You could take “%2” instead: the conversation waits, and %1 knows you&apos;ll be back.</source>
        <translation>Estás en plena conversación con %1. ¿Cerrar de todos modos? También puedes elegir «%2»: la conversación espera y %1 sabe que volverás.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>twofold::app::PartnersPage</name>
    <message>
        <source>Find your partner</source>
        <translation>Encontrar a tu pareja</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>%1 would like to connect with you.</source>
        <translation>A %1 le gustaría conectar contigo.</translation>
    </message>
    <message>
        <source>Thank you. Waiting for %1 to confirm on their screen.</source>
        <translation>Gracias. Esperando a que %1 lo confirme en su pantalla.</translation>
    </message>
    <message>
        <source>Both of you open Twofold on your own computer, on the same network. One of you invites, the other accepts.</source>
        <translation>Abrid Twofold en vuestros dos ordenadores, en la misma red. Una persona invita y la otra acepta.</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Partners nearby</source>
        <translation>Personas cerca</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Remembered partners</source>
        <translation>Personas ya vinculadas</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>Connect by address</source>
        <translation>Conectar por dirección</translation>
    </message>
    <message>
        <source>Partner&apos;s address</source>
        <translation>Dirección de tu pareja</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:47914</source>
        <translation>p. ej., 192.168.1.20:47914</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Type the address your partner&apos;s screen shows, for example 192.168.1.20:47914.</source>
        <translation>Escribe la dirección que muestra la pantalla de tu pareja, por ejemplo 192.168.1.20:47914.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Codes match</source>
        <translation>Los códigos coinciden</translation>
    </message>
    <message>
        <source>They&apos;re different</source>
        <translation>Son distintos</translation>
    </message>
    <message>
        <source>Stop pairing</source>
        <translation>Cancelar la vinculación</translation>
    </message>
    <message>
        <source>Forgotten. When you&apos;re side by side, one of you invites and you compare the code together.</source>
        <translation>Vinculación olvidada. Cuando estéis lado a lado, una persona invita y comparáis el código juntos.</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>Tu pareja</translation>
    </message>
    <message>
        <source>You said not now. That&apos;s okay; %1 can invite you again when you&apos;re both ready.</source>
        <translation>Has dicho «ahora no». No pasa nada; %1 puede volver a invitarte cuando sea el momento para los dos.</translation>
    </message>
    <message>
        <source>%1 would rather not right now. That&apos;s okay; you can try again when you&apos;re both ready.</source>
        <translation>%1 prefiere no hacerlo ahora. No pasa nada; podéis volver a intentarlo cuando sea el momento para los dos.</translation>
    </message>
    <message>
        <source>You stopped pairing. Nothing was connected; you can start again whenever you like.</source>
        <translation>Has cancelado la vinculación. No se ha conectado nada; puedes empezar de nuevo cuando quieras.</translation>
    </message>
    <message>
        <source>%1 stopped pairing. Nothing was connected; you can try again when you&apos;re both ready.</source>
        <translation>%1 ha cancelado la vinculación. No se ha conectado nada; podéis volver a intentarlo cuando sea el momento para los dos.</translation>
    </message>
    <message>
        <source>No answer from %1 yet. Is Twofold open on their computer?</source>
        <translation>Todavía no hay respuesta de %1. ¿Está Twofold abierto en su ordenador?</translation>
    </message>
    <message>
        <source>%1 couldn&apos;t be reached. Are you both on the same network?</source>
        <translation>No se ha podido contactar con %1. ¿Estáis los dos en la misma red?</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold closed before you finished. Nothing was connected; try again once it&apos;s open.</source>
        <translation>El Twofold de %1 se ha cerrado antes de que terminarais. No se ha conectado nada; volved a intentarlo cuando esté abierto.</translation>
    </message>
    <message>
        <source>The codes were different, so nothing was connected. Please try once more, side by side.</source>
        <translation>Los códigos eran distintos, así que no se ha conectado nada. Volved a intentarlo, lado a lado.</translation>
    </message>
    <message>
        <source>%1 is in a session already. A session is always just the two of you.</source>
        <translation>%1 ya está en una sesión. Una sesión es siempre solo para dos.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t start its network connection on this computer. Please check the settings, then start Twofold again.</source>
        <translation>Twofold no ha podido iniciar su conexión de red en este ordenador. Revisa los ajustes y vuelve a abrir Twofold.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t remember %1 on this computer, so nothing was connected. Please check that there is free disk space, then try again.</source>
        <translation>Twofold no ha podido recordar a %1 en este ordenador, así que no se ha conectado nada. Comprueba que queda espacio libre en disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 — found just now</source>
        <translation>%1 — acaba de aparecer</translation>
    </message>
    <message>
        <source>Looking for partners nearby…</source>
        <translation>Buscando a tu pareja cerca…</translation>
    </message>
    <message>
        <source>Your partner can connect to this computer at:</source>
        <translation>Tu pareja puede conectarse a este ordenador en:</translation>
    </message>
    <message>
        <source>This computer&apos;s address</source>
        <translation>Dirección de este ordenador</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <source>When your partner&apos;s name shows in the list, choose it and press Invite.</source>
        <translation>Cuando el nombre de tu pareja aparezca en la lista, elígelo y pulsa «Invitar».</translation>
    </message>
    <message>
        <source>Check that %1 sees the same code on their screen.</source>
        <translation>Comprobad que %1 ve el mismo código en su pantalla.</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Código de vinculación %1</translation>
    </message>
    <message>
        <source>This computer can no longer prove it is %1&apos;s</source>
        <translation>Este ordenador ya no puede demostrar que es el de %1</translation>
    </message>
    <message>
        <source>Twofold reached %1&apos;s usual address, but the computer there couldn&apos;t show the key you both confirmed when you paired. Nothing was sent to it. If %1 reinstalled Twofold or uses a new computer, forget the old pairing and pair again deliberately, side by side, comparing the code together.</source>
        <translation>Twofold ha llegado a la dirección habitual de %1, pero el ordenador que hay allí no ha podido mostrar la clave que los dos confirmasteis al vincularos. No se le ha enviado nada. Si %1 ha reinstalado Twofold o usa un ordenador nuevo, olvidad la vinculación anterior y volved a vincularos a propósito, lado a lado, comparando el código juntos.</translation>
    </message>
    <message>
        <source>Forget %1 and pair again</source>
        <translation>Olvidar a %1 y volver a vincular</translation>
    </message>
    <message>
        <source>%1&apos;s computer couldn&apos;t save the pairing (its disk may be full), so nothing was kept on either side. Once there is space there, you can pair again.</source>
        <translation>El ordenador de %1 no ha podido guardar la vinculación (puede que su disco esté lleno), así que no se ha guardado nada en ninguno de los dos lados. Cuando haya espacio, podréis volver a vincularos.</translation>
    </message>
    <message>
        <source>%1 is busy with another invitation right now. Nothing was connected; please try again in a minute.</source>
        <translation>El Twofold de %1 está ocupado con otra invitación en este momento. No se ha conectado nada; probad de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold needs an update. Nothing was connected; once it&apos;s updated, you can try again.</source>
        <translation>El Twofold de %1 necesita una actualización. No se ha conectado nada; cuando esté actualizado, podréis volver a intentarlo.</translation>
    </message>
    <message>
        <source>This Twofold needs an update to connect with %1. Nothing was connected; please update it, then try again.</source>
        <translation>Este Twofold necesita una actualización para conectarse con %1. No se ha conectado nada; actualízalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a partner&apos;s name set apart in quotation marks</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Twofold can&apos;t look for partners nearby on this computer: another program is using the port it listens on. You can still connect by address below.</source>
        <translation>Twofold no puede buscar cerca desde este ordenador: otro programa está usando el puerto en el que escucha. Aun así puedes conectarte por dirección, más abajo.</translation>
    </message>
    <message>
        <source>%1 — their Twofold needs an update</source>
        <translation>%1 — su Twofold necesita una actualización</translation>
    </message>
    <message>
        <source>%1 — this Twofold needs an update to connect</source>
        <translation>%1 — este Twofold necesita una actualización para conectarse</translation>
    </message>
    <message>
        <source>Not looking nearby (see below)</source>
        <translation>Sin búsqueda cercana (ver abajo)</translation>
    </message>
</context>
<context>
    <name>twofold::app::Partnership</name>
    <message>
        <source>This computer&apos;s key in %1 was damaged, so Twofold made a new one and kept the old files aside. Your partner will need to pair with you again.</source>
        <translation>La clave de este ordenador en %1 estaba dañada, así que Twofold ha creado una nueva y ha guardado aparte los archivos antiguos. Tendréis que volver a vincularos.</translation>
    </message>
    <message>
        <source>The list of partners you paired with could not be read, so Twofold kept it aside as %1. You may need to pair again.</source>
        <translation>No se ha podido leer la lista de personas con las que te vinculaste, así que Twofold la ha guardado aparte como %1. Puede que tengáis que volver a vincularos.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t read the list of partners you paired with in %1. It leaves that file as it is, so new pairings can&apos;t be saved until it can be read.</source>
        <translation>Twofold no ha podido leer la lista de personas vinculadas en %1. Deja ese archivo tal cual, así que no se podrán guardar nuevas vinculaciones hasta que se pueda leer.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t read this computer&apos;s key in %1, so it can&apos;t connect to a partner. Nothing was changed; please check that folder.</source>
        <translation>Twofold no ha podido leer la clave de este ordenador en %1, así que no puede conectarse con tu pareja. No se ha cambiado nada; revisa esa carpeta, por favor.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t save this computer&apos;s key in %1 (the folder may be read-only or the disk full), so it can&apos;t connect to a partner yet.</source>
        <translation>Twofold no ha podido guardar la clave de este ordenador en %1 (puede que la carpeta sea de solo lectura o el disco esté lleno), así que aún no puede conectarse con tu pareja.</translation>
    </message>
    <message>
        <source>The list of partners you paired with in %1 was a link to another file. Twofold never follows such links, so it set the link aside as %2 and starts with no remembered partners. You may need to pair again.</source>
        <translation>La lista de parejas con las que te vinculaste en %1 era un enlace a otro archivo. Twofold nunca sigue esos enlaces, así que lo ha apartado como %2 y empieza sin parejas guardadas. Puede que tengáis que vincularos de nuevo.</translation>
    </message>
</context>
<context>
    <name>twofold::app::PauseModel</name>
    <message>
        <source>Ready to come back? Take one more breath first.</source>
        <translation>¿Con ganas de volver? Antes, respira una vez más.</translation>
    </message>
    <message>
        <source>%1 is coming back now. Ready to come back too?</source>
        <translation>%1 vuelve ahora. ¿Vuelves tú también?</translation>
    </message>
    <message>
        <source>A short pause to breathe. The conversation waits for you both.</source>
        <translation>Una pausa corta para respirar. La conversación os espera a los dos.</translation>
    </message>
    <message>
        <source>%1 asked for a short pause. Let&apos;s both breathe for a minute.</source>
        <translation>%1 ha pedido una pausa corta. Respiremos los dos durante un minuto.</translation>
    </message>
    <message>
        <source>Take the time you need to come back to yourself. %1 knows you&apos;ll be back at %2.</source>
        <translation>Tómate el tiempo que necesites para volver a ti. %1 sabe que volverás a las %2.</translation>
    </message>
    <message>
        <source>%1 needs %2 minutes to come back to themselves. They&apos;re not leaving. Back at %3.</source>
        <translation>%1 necesita %2 minutos para centrarse. No se está yendo. Vuelve a las %3.</translation>
    </message>
    <message>
        <source>You asked for %1 more minutes. Back at %2.</source>
        <translation>Has pedido %1 minutos más. Vuelves a las %2.</translation>
    </message>
    <message>
        <source>%1 asked for %2 more minutes. Back at %3.</source>
        <translation>%1 ha pedido %2 minutos más. Vuelve a las %3.</translation>
    </message>
</context>
<context>
    <name>twofold::app::PausePage</name>
    <message>
        <source>Show the breathing guide</source>
        <translation>Mostrar la guía de respiración</translation>
    </message>
    <message>
        <source>OK, take your time</source>
        <translation>Vale, tómate tu tiempo</translation>
    </message>
    <message>
        <source>I&apos;m ready to come back</source>
        <translation>Ya puedo volver</translation>
    </message>
    <message>
        <source>How are you now? One line is enough.</source>
        <translation>¿Cómo estás ahora? Basta con una línea.</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Perhaps a glass of water, a look out of the window, or a few slow breaths: in for four, out for six.</source>
        <translation>Quizá un vaso de agua, mirar por la ventana o unas cuantas respiraciones lentas: inspira en cuatro, espira en seis.</translation>
    </message>
    <message>
        <source>How are you now?</source>
        <translation>¿Cómo estás ahora?</translation>
    </message>
    <message>
        <source>e.g. calmer, still a bit shaky, ready to listen</source>
        <translation>p. ej., con más calma, aún con algo de nervios, con ganas de escuchar</translation>
    </message>
    <message>
        <source>A few words about how you are now, first — one line is enough.</source>
        <translation>Primero, unas palabras sobre cómo estás ahora; basta con una línea.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>%1 says: OK, take your time.</source>
        <translation>%1 dice: vale, tómate tu tiempo.</translation>
    </message>
    <message>
        <source>You let %1 know: OK, take your time.</source>
        <translation>Le has dicho a %1: vale, tómate tu tiempo.</translation>
    </message>
    <message>
        <source>About a minute left.</source>
        <translation>Queda más o menos un minuto.</translation>
    </message>
    <message>
        <source>I need a little longer</source>
        <translation>Necesito un poco más</translation>
    </message>
    <message>
        <source>A little more time, please</source>
        <translation>Un poco más de tiempo, por favor</translation>
    </message>
    <message>
        <source>Adds %1 minutes; %2 will see the new return time.</source>
        <translation>Añade %1 minutos; %2 verá la nueva hora de regreso.</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Thank you. Waiting for %1 to say how they are.</source>
        <translation>Gracias. Esperando a que %1 cuente cómo está.</translation>
    </message>
</context>
<context>
    <name>twofold::app::ProfileNotices</name>
    <message>
        <source>Twofold can&apos;t write its log in %1, so it runs without one this time.</source>
        <translation>Twofold no puede escribir su registro en %1, así que esta vez funciona sin él.</translation>
    </message>
    <message>
        <source>Twofold can no longer write its log in %1 (the disk may be full). Everything else carries on.</source>
        <translation>Twofold ya no puede escribir su registro en %1 (puede que el disco esté lleno). Todo lo demás sigue igual.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SessionContext</name>
    <message>
        <source>How are you now?</source>
        <translation>¿Cómo estás ahora?</translation>
    </message>
</context>
<context>
    <name>twofold::app::SessionPage</name>
    <message>
        <source>%1&apos;s Twofold closed. Your conversation is kept and continues when %1 opens it again.</source>
        <translation>El Twofold de %1 se ha cerrado. Vuestra conversación se conserva y seguirá cuando %1 lo vuelva a abrir.</translation>
    </message>
    <message>
        <source>Reconnecting… Everything you&apos;ve written is kept.</source>
        <translation>Reconectando… Todo lo que has escrito se conserva.</translation>
    </message>
    <message>
        <source>End this session?</source>
        <translation>¿Terminar esta sesión?</translation>
    </message>
    <message>
        <source>This ends the session for both of you. %1 will simply see that it has ended; what you both named stays in the summary.</source>
        <translation>Esto termina la sesión para los dos. %1 solo verá que ha terminado; lo que nombrasteis se queda en el resumen.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Signal from %1: %2</source>
        <translation>Señal de %1: %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>Respuesta de %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The pause is over. You&apos;re back in the conversation.</source>
        <translation>La pausa ha terminado. Volvéis a la conversación.</translation>
    </message>
</context>
<context>
    <name>twofold::app::Settings</name>
    <message>
        <source>Twofold couldn&apos;t read your settings in %1, so it uses its defaults for now.</source>
        <translation>Twofold no ha podido leer tus ajustes en %1, así que por ahora usa los valores predeterminados.</translation>
    </message>
    <message>
        <source>Twofold couldn&apos;t save your settings in %1 (the folder may be read-only or the disk full). Your changes apply until Twofold closes.</source>
        <translation>Twofold no ha podido guardar tus ajustes en %1 (puede que la carpeta sea de solo lectura o el disco esté lleno). Tus cambios valen hasta que cierres Twofold.</translation>
    </message>
    <message>
        <source>Your settings in %1 come from a newer Twofold. This one uses what it understands of them and leaves the file as it is, so changes you make here apply until Twofold closes.</source>
        <translation>Tus ajustes en %1 vienen de un Twofold más reciente. Este usa lo que entiende de ellos y deja el archivo como está, así que tus cambios aquí valen hasta que cierres Twofold.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SettingsDialog</name>
    <message>
        <source>Play soft chimes</source>
        <translation>Tocar campanitas suaves</translation>
    </message>
    <message>
        <source>Reduce motion (no fading, a still breathing guide)</source>
        <translation>Reducir el movimiento (sin fundidos, guía de respiración quieta)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Length of “I need … minutes”</source>
        <translation>Duración de «Necesito … minutos»</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volumen de las campanitas</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>This network (LAN)</source>
        <translation>Esta red (LAN)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Solo este ordenador</translation>
    </message>
    <message>
        <source>Where to look for your partner</source>
        <translation>Dónde buscar a tu pareja</translation>
    </message>
    <message>
        <source>“I need … minutes” lasts</source>
        <translation>«Necesito … minutos» dura</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Twofold starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se abra Twofold.</translation>
    </message>
    <message>
        <source>Find partners on</source>
        <translation>Buscar a tu pareja en</translation>
    </message>
    <message>
        <source>Now: this computer only. Twofold looks for a partner only in other Twofold windows on this computer; nothing goes out on the network.</source>
        <translation>Ahora: solo este ordenador. Twofold busca solo en otras ventanas de Twofold de este ordenador; nada sale a la red.</translation>
    </message>
    <message>
        <source>Now: this network. Twofold looks for your partner on the local network you&apos;re both on, and nowhere else.</source>
        <translation>Ahora: esta red. Twofold busca a tu pareja en la red local que compartís, y en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Set for this run when Twofold was started (--scope or the demo).</source>
        <translation>Fijado para esta ejecución al abrir Twofold (--scope o la demo).</translation>
    </message>
    <message>
        <source>Set for this run by TWOFOLD_NET_SCOPE.</source>
        <translation>Fijado para esta ejecución por TWOFOLD_NET_SCOPE.</translation>
    </message>
    <message>
        <source>A change here takes effect the next time Twofold starts.</source>
        <translation>Un cambio aquí se aplica la próxima vez que se abra Twofold.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Ahora: %1.</translation>
    </message>
    <message>
        <source>Set for this run when Twofold was started (--language).</source>
        <translation>Fijado para esta ejecución al abrir Twofold (--language).</translation>
    </message>
    <message>
        <source>Chosen here.</source>
        <translation>Elegido aquí.</translation>
    </message>
    <message>
        <source>The system&apos;s language.</source>
        <translation>El idioma del sistema.</translation>
    </message>
    <message>
        <source>Twofold doesn&apos;t speak the system&apos;s language yet, so it uses English.</source>
        <translation>Twofold aún no habla el idioma del sistema, así que usa el inglés.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SidePanel</name>
    <message>
        <source>Ask for a pause</source>
        <translation>Pedir una pausa</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Private buttons</source>
        <translation>Botones privados</translation>
    </message>
    <message>
        <source>Just for you</source>
        <translation>Solo para ti</translation>
    </message>
    <message>
        <source>These send a short, gentle signal. Nothing you type is sent.</source>
        <translation>Envían una señal breve y amable. No se envía nada de lo que escribes.</translation>
    </message>
    <message>
        <source>A one-minute pause to breathe together (Ctrl+B)</source>
        <translation>Una pausa de un minuto para respirar juntos (Ctrl+B)</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reencontrarse</translation>
    </message>
    <message>
        <source>Send this gently (%1)</source>
        <translation>Enviar con cariño (%1)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Signals received</source>
        <translation>Señales recibidas</translation>
    </message>
    <message>
        <source>Ends the session for both of you. Nothing alarming is sent.</source>
        <translation>Termina la sesión para los dos. No se envía nada alarmante.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Sent gently: “%1”</source>
        <translation>Enviado con cariño: «%1»</translation>
    </message>
    <message>
        <source>I need %1 minutes</source>
        <translation>Necesito %1 minutos</translation>
    </message>
    <message>
        <source>A timed pause for both of you; you&apos;ll come back (Ctrl+P)</source>
        <translation>Una pausa con hora de regreso para los dos; volverás (Ctrl+P)</translation>
    </message>
    <message>
        <source>Start a pause for both of you?</source>
        <translation>¿Empezar una pausa para los dos?</translation>
    </message>
    <message>
        <source>Ask for a pause?</source>
        <translation>¿Pedir una pausa?</translation>
    </message>
    <message>
        <source>This starts a %1-minute pause for both of you. The conversation waits until you&apos;re back.</source>
        <translation>Esto empieza una pausa de %1 minutos para los dos. La conversación espera hasta que vuelvas.</translation>
    </message>
    <message>
        <source>This asks for a one-minute pause to breathe together.</source>
        <translation>Esto pide una pausa de un minuto para respirar juntos.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>twofold::app::SignalCard</name>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>%1 · twice</source>
        <translation>%1 · dos veces</translation>
    </message>
    <message>
        <source>%1 · %2 times</source>
        <translation>%1 · %2 veces</translation>
    </message>
    <message>
        <source>Signal from %1: %2</source>
        <translation>Señal de %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 veces)</translation>
    </message>
</context>
<context>
    <name>twofold::app::SignalsModel</name>
    <message>
        <source>While %1 takes a pause, only reassuring signals reach them. The others can wait until you&apos;re both back.</source>
        <translation>Mientras %1 está en pausa, solo le llegan las señales tranquilizadoras. Las demás pueden esperar a que termine la pausa.</translation>
    </message>
    <message>
        <source>That one wasn&apos;t sent: a few signals just went to %1. Give it a moment, then send it again if you still want to.</source>
        <translation>Esa señal no se ha enviado: acaban de llegarle unas cuantas a %1. Espera un momento y vuelve a enviarla si todavía quieres.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SoundChime</name>
    <message>
        <source>The sound system on this computer isn&apos;t answering, so Twofold&apos;s chimes stay silent for now.</source>
        <translation>El sistema de sonido de este ordenador no responde, así que los avisos sonoros de Twofold se quedan en silencio por ahora.</translation>
    </message>
</context>
<context>
    <name>twofold::app::StepModel</name>
    <message>
        <source>Together · you and %1</source>
        <translation>Juntos · tú y %1</translation>
    </message>
    <message>
        <source>You&apos;re speaking · %1 is listening</source>
        <translation>Tú hablas · %1 escucha</translation>
    </message>
    <message>
        <source>%1 is speaking · you&apos;re listening</source>
        <translation>%1 habla · tú escuchas</translation>
    </message>
    <message>
        <source>Let a coin decide</source>
        <translation>Que decida una moneda</translation>
    </message>
    <message>
        <source>I&apos;d like to start</source>
        <translation>Me gustaría empezar</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>Empieza %1</translation>
    </message>
    <message>
        <source>You both asked to start.</source>
        <translation>Los dos habéis pedido empezar.</translation>
    </message>
    <message>
        <source>You each asked the other to start.</source>
        <translation>Los dos habéis propuesto que empiece la otra persona.</translation>
    </message>
    <message>
        <source>You asked to start, and %1 agreed.</source>
        <translation>Has pedido empezar y %1 está de acuerdo.</translation>
    </message>
    <message>
        <source>%1 asked to start, and you agreed.</source>
        <translation>%1 ha pedido empezar y tú estás de acuerdo.</translation>
    </message>
    <message>
        <source>You asked to start.</source>
        <translation>Has pedido empezar.</translation>
    </message>
    <message>
        <source>You asked %1 to start.</source>
        <translation>Le has pedido a %1 que empiece.</translation>
    </message>
    <message>
        <source>%1 asked to start.</source>
        <translation>%1 ha pedido empezar.</translation>
    </message>
    <message>
        <source>%1 would like you to start.</source>
        <translation>A %1 le gustaría que empezaras tú.</translation>
    </message>
    <message>
        <source>You begin.</source>
        <translation>Empiezas tú.</translation>
    </message>
    <message>
        <source>%1 begins.</source>
        <translation>Empieza %1.</translation>
    </message>
    <message>
        <source>Nobody asked to start, so a coin decided: %1</source>
        <translation>Nadie ha pedido empezar, así que ha decidido una moneda: %1</translation>
    </message>
    <message>
        <source>A coin decided: %1</source>
        <translation>Ha decidido una moneda: %1</translation>
    </message>
    <message>
        <source>Thank you for sharing. Now it&apos;s %1&apos;s turn to be heard.</source>
        <translation>Gracias por compartirlo. Ahora le toca a %1 hablar, y a ti escuchar.</translation>
    </message>
    <message>
        <source>Thank you, %1. Now it&apos;s your turn to be heard.</source>
        <translation>Gracias, %1. Ahora te toca a ti que te escuchen.</translation>
    </message>
    <message>
        <source>%1 is taking a moment first. The conversation waits; there&apos;s no hurry.</source>
        <translation>%1 se está tomando un momento antes. La conversación espera; no hay prisa.</translation>
    </message>
</context>
<context>
    <name>twofold::app::SummaryModel</name>
    <message>
        <source>There is nothing to keep yet.</source>
        <translation>Todavía no hay nada que guardar.</translation>
    </message>
    <message>
        <source>Twofold summary %1.md</source>
        <translation>Resumen Twofold %1.md</translation>
    </message>
    <message>
        <source>Twofold transcript %1.md</source>
        <translation>Conversación Twofold %1.md</translation>
    </message>
</context>
<context>
    <name>twofold::app::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Save the summary…</source>
        <translation>Guardar el resumen…</translation>
    </message>
    <message>
        <source>Save the whole transcript…</source>
        <translation>Guardar toda la conversación…</translation>
    </message>
    <message>
        <source>Begin another conversation</source>
        <translation>Empezar otra conversación</translation>
    </message>
    <message>
        <source>Summary · %1</source>
        <translation>Resumen · %1</translation>
    </message>
    <message>
        <source>This session has ended. Thank you both for the time you gave it.</source>
        <translation>Esta sesión ha terminado. Gracias a los dos por el tiempo que le habéis dedicado.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Nothing named this time, and that&apos;s fine.</source>
        <translation>Esta vez no se ha nombrado nada, y está bien así.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You both agreed to keep the summary. The copy stays on this computer.</source>
        <translation>Los dos estáis de acuerdo en guardar el resumen. La copia se queda en este ordenador.</translation>
    </message>
    <message>
        <source>You agreed to keep a copy of the summary. It&apos;s also up to %1.</source>
        <translation>Estás de acuerdo en guardar una copia del resumen. También depende de %1.</translation>
    </message>
    <message>
        <source>%1 would like to keep a copy of the summary. It&apos;s up to you.</source>
        <translation>A %1 le gustaría guardar una copia del resumen. Depende de ti.</translation>
    </message>
    <message>
        <source>You both agreed to keep the whole transcript, word for word.</source>
        <translation>Los dos estáis de acuerdo en guardar toda la conversación, palabra por palabra.</translation>
    </message>
    <message>
        <source>You agreed to keep the whole transcript. It&apos;s also up to %1.</source>
        <translation>Estás de acuerdo en guardar toda la conversación. También depende de %1.</translation>
    </message>
    <message>
        <source>%1 would like to keep the whole transcript, word for word. It&apos;s up to you.</source>
        <translation>A %1 le gustaría guardar toda la conversación, palabra por palabra. Depende de ti.</translation>
    </message>
    <message>
        <source>The whole transcript — everything each of you wrote, word for word — is a separate choice, also only if you both agree.</source>
        <translation>La conversación completa —todo lo que escribisteis, palabra por palabra— es una decisión aparte, y también solo si los dos estáis de acuerdo.</translation>
    </message>
    <message>
        <source>Keep a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Perhaps choose another folder?</source>
        <translation>No se ha podido guardar la copia ahí. ¿Quizá en otra carpeta?</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>That name is a link to another file, so Twofold didn&apos;t save there. Perhaps choose another name?</source>
        <translation>Ese nombre es un enlace a otro archivo, así que Twofold no ha guardado ahí. ¿Quizá con otro nombre?</translation>
    </message>
    <message>
        <source>A copy of this summary — the feelings, needs, requests and appreciations each of you named, and what you heard and validated for each other — is kept only if you both agree.</source>
        <translation>Una copia de este resumen —los sentimientos, necesidades, peticiones y reconocimientos que nombrasteis, y lo que cada cual oyó y validó de la otra persona— solo se guarda si los dos estáis de acuerdo.</translation>
    </message>
</context>
<context>
    <name>twofold::link::Peer</name>
    <message>
        <source>Finish the current pairing or session first.</source>
        <translation>Primero termina la vinculación o la sesión en curso.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach your partner&apos;s computer (%1).</source>
        <translation>No se ha podido contactar con el ordenador de tu pareja (%1).</translation>
    </message>
    <message>
        <source>This partner isn&apos;t remembered on this computer.</source>
        <translation>Esta pareja no está guardada en este ordenador.</translation>
    </message>
    <message>
        <source>There&apos;s no known address for %1 yet.</source>
        <translation>Todavía no se conoce ninguna dirección de %1.</translation>
    </message>
</context>
<context>
    <name>twofold::link::VersionNotices</name>
    <message>
        <source>Your partner</source>
        <translation>Tu pareja</translation>
    </message>
    <message>
        <source>This Twofold needs an update to connect with %1 (it speaks protocol version %2, this one %3).</source>
        <translation>Este Twofold necesita una actualización para conectarse con %1 (allí se usa la versión %2 del protocolo, aquí la %3).</translation>
    </message>
    <message>
        <source>%1&apos;s Twofold needs an update (it speaks protocol version %2, this one %3).</source>
        <translation>El Twofold de %1 necesita una actualización (allí se usa la versión %2 del protocolo, aquí la %3).</translation>
    </message>
</context>
<context>
    <name>twofold::sync::SyncEngine</name>
    <message>
        <source>Only the partner who invited can start a session.</source>
        <translation>Solo quien ha invitado puede empezar una sesión.</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>Ya hay una sesión en curso.</translation>
    </message>
</context>
</TS>
