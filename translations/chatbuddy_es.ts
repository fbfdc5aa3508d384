<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>chatbuddy</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n characters.</source>
        <translation>
            <numerusform>Un nombre puede tener como máximo %n carácter.</numerusform>
            <numerusform>Un nombre puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name may only use letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Un nombre solo puede contener las letras A-Z, dígitos, «.», «_» y «-».</translation>
    </message>
    <message>
        <source>A name needs at least one letter or digit.</source>
        <translation>Un nombre necesita al menos una letra o un dígito.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::ChatSession</name>
    <message>
        <source>Could not reach your friend at %1: no answer.</source>
        <translation>No se pudo contactar con su amigo en %1: no hay respuesta.</translation>
    </message>
    <message>
        <source>The chat could not be set up in time.</source>
        <translation>No se pudo establecer el chat a tiempo.</translation>
    </message>
    <message>
        <source>Connection to %1 was lost (no answer for a while).</source>
        <translation>Se perdió la conexión con %1 (sin respuesta desde hace un rato).</translation>
    </message>
    <message>
        <source>Trying to reach your friend at %1:%2...</source>
        <translation>Intentando contactar con su amigo en %1:%2…</translation>
    </message>
    <message>
        <source>Not encrypted: this is a plain-text chat with an old ChatBuddy program. Anyone on the network can read it, and nobody can prove who is on the other side.</source>
        <translation>Sin cifrar: este es un chat en texto plano con un programa ChatBuddy antiguo. Cualquiera en la red puede leerlo y nadie puede demostrar quién está al otro lado.</translation>
    </message>
    <message>
        <source>Connection successful! Chat away! When you&apos;re done, just type &apos;EOM&apos;.</source>
        <translation>¡Conexión establecida! ¡A chatear! Cuando termine, escriba «EOM».</translation>
    </message>
    <message>
        <source>%1 sent too much before the chat was accepted.</source>
        <translation>%1 envió demasiado antes de que se aceptara el chat.</translation>
    </message>
    <message>
        <source>%1 ended the chat.</source>
        <translation>%1 terminó el chat.</translation>
    </message>
    <message>
        <source>The other side presented no key.</source>
        <translation>El otro lado no presentó ninguna clave.</translation>
    </message>
    <message>
        <source>The person at %1:%2 is not presenting %3&apos;s key. This may be an attack, so the chat was not started.
Expected key: %4
Key presented: %5</source>
        <translation>La persona en %1:%2 no presenta la clave de %3. Podría ser un ataque, así que no se inició el chat.
Clave esperada: %4
Clave presentada: %5</translation>
    </message>
    <message>
        <source>Connected. Waiting for %1 to accept...</source>
        <translation>Conectado. Esperando a que %1 acepte…</translation>
    </message>
    <message>
        <source>%1 sent something invalid (%2); the chat was closed.</source>
        <translation>%1 envió algo no válido (%2); se cerró el chat.</translation>
    </message>
    <message>
        <source>%1 sent an unexpected &quot;%2&quot;; the chat was closed.</source>
        <translation>%1 envió un «%2» inesperado; se cerró el chat.</translation>
    </message>
    <message>
        <source>%1 declined the chat.</source>
        <translation>%1 rechazó el chat.</translation>
    </message>
    <message>
        <source>%1 refused the chat: your key does not match the key registered for your name.</source>
        <translation>%1 rechazó el chat: su clave no coincide con la registrada para su nombre.</translation>
    </message>
    <message>
        <source>%1 closed the chat: %2</source>
        <translation>%1 cerró el chat: %2</translation>
    </message>
    <message>
        <source>Someone at %1 used an invalid name; the chat was refused.</source>
        <translation>Alguien en %1 usó un nombre no válido; se rechazó el chat.</translation>
    </message>
    <message>
        <source>The person at %1:%2 calls themselves &quot;%3&quot;, not &quot;%4&quot;. This may be an attack, so the chat was closed.</source>
        <translation>La persona en %1:%2 se hace llamar «%3», no «%4». Podría ser un ataque, así que se cerró el chat.</translation>
    </message>
    <message>
        <source>Someone at %1:%2 claimed to be %3 but presented a different key than the one registered for that name. This may be an attack, so the chat was refused.
Registered key: %4
Key presented: %5</source>
        <translation>Alguien en %1:%2 afirmó ser %3 pero presentó una clave distinta de la registrada para ese nombre. Podría ser un ataque, así que se rechazó el chat.
Clave registrada: %4
Clave presentada: %5</translation>
    </message>
    <message>
        <source>%1 joined! Start chatting! Remember to type &apos;EOM&apos; when you&apos;re finished.</source>
        <translation>¡%1 se ha unido! ¡Empiece a chatear! Recuerde escribir «EOM» al terminar.</translation>
    </message>
    <message>
        <source>You declined the chat with %1.</source>
        <translation>Ha rechazado el chat con %1.</translation>
    </message>
    <message>
        <source>%1&apos;s key changed — this may be an attack. Nothing is sent until you check the new key with %1 and accept it.
Key before: %2
Key now: %3</source>
        <translation>La clave de %1 ha cambiado: podría ser un ataque. No se envía nada hasta que compruebe la nueva clave con %1 y la acepte.
Clave anterior: %2
Clave actual: %3</translation>
    </message>
    <message>
        <source>You accepted %1&apos;s key %2.</source>
        <translation>Ha aceptado la clave %2 de %1.</translation>
    </message>
    <message>
        <source>You ended the chat.</source>
        <translation>Ha terminado el chat.</translation>
    </message>
    <message>
        <source>You cancelled the chat.</source>
        <translation>Ha cancelado el chat.</translation>
    </message>
    <message>
        <source>Could not set up a secure chat with %1:%2 (%3). Is it a ChatBuddy client?</source>
        <translation>No se pudo establecer un chat seguro con %1:%2 (%3). ¿Es un cliente de ChatBuddy?</translation>
    </message>
    <message>
        <source>Could not reach your friend at %1:%2: %3</source>
        <translation>No se pudo contactar con su amigo en %1:%2: %3</translation>
    </message>
    <message>
        <source>Connection to %1 was lost. Looks like your friend stepped away.</source>
        <translation>Se perdió la conexión con %1. Parece que su amigo se ha ido.</translation>
    </message>
    <message>
        <source>Connection to %1 was lost before the chat started.</source>
        <translation>Se perdió la conexión con %1 antes de que empezara el chat.</translation>
    </message>
    <message>
        <source>The other side uses a kind of key ChatBuddy does not accept (%1), so the chat was closed.</source>
        <translation>El otro lado usa un tipo de clave que ChatBuddy no acepta (%1), así que el chat se cerró.</translation>
    </message>
    <message>
        <source>someone at %1</source>
        <translation>alguien en %1</translation>
    </message>
    <message>
        <source>To chat with it anyway, press Chat again as plain text (NOT encrypted).</source>
        <translation>Para chatear de todos modos, pulse «Chatear de nuevo en texto plano» (SIN cifrar).</translation>
    </message>
    <message>
        <source>To chat with it anyway, turn on Security ▸ Allow Unencrypted Legacy Chats first (such chats are NOT encrypted).</source>
        <translation>Para chatear de todos modos, active primero Seguridad ▸ Permitir chats heredados sin cifrar (esos chats NO están cifrados).</translation>
    </message>
    <message>
        <source>%1:%2 answered but does not speak encrypted ChatBuddy: it looks like the original plain-text ChatBuddy.</source>
        <translation>%1:%2 respondió, pero no habla ChatBuddy cifrado: parece ser el ChatBuddy original en texto plano.</translation>
    </message>
    <message>
        <source>Someone at %1 tried to chat using the original plain-text ChatBuddy, which cannot encrypt. Legacy chats are off, so the chat was refused.</source>
        <translation>Alguien en %1 intentó chatear usando el ChatBuddy original en texto plano, que no puede cifrar. Los chats heredados están desactivados, así que se rechazó el chat.</translation>
    </message>
    <message>
        <source>%1 is not registered with your hub, so nobody vouches for this key.</source>
        <translation>%1 no está registrado en su hub, así que nadie garantiza esta clave.</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1&apos;s key (you are not connected to it), so this key is not checked.</source>
        <translation>No se pudo preguntar a su hub por la clave de «%1» (no está conectado a él), así que esta clave no se ha comprobado.</translation>
    </message>
    <message>
        <source>You marked %1 as verified: your safety numbers match.</source>
        <translation>Ha marcado a %1 como verificado: sus números de seguridad coinciden.</translation>
    </message>
    <message>
        <source>You took the verified mark off %1.</source>
        <translation>Ha retirado la marca de verificado de %1.</translation>
    </message>
    <message>
        <source>A file transfer link nobody expected was closed.</source>
        <translation>Se cerró un enlace de transferencia de archivo que nadie esperaba.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Client</name>
    <message>
        <source>%1 uses the old ChatBuddy program, which cannot encrypt. Turn on &quot;Allow unencrypted legacy chats&quot; to chat with %1 anyway.</source>
        <translation>%1 usa el programa ChatBuddy antiguo, que no puede cifrar. Active «Permitir chats heredados sin cifrar» para chatear con %1 de todos modos.</translation>
    </message>
    <message>
        <source>Plain-text legacy chats are off. Turn on &quot;Allow unencrypted legacy chats&quot; first.</source>
        <translation>Los chats heredados en texto plano están desactivados. Active primero «Permitir chats heredados sin cifrar».</translation>
    </message>
    <message>
        <source>%1 is not online right now. You can chat again when they are back.</source>
        <translation>%1 no está en línea ahora mismo. Podrá chatear de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Este contacto ya no existe.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>The message is too long (at most %1 bytes).</source>
        <translation>El mensaje es demasiado largo (como máximo %1 bytes).</translation>
    </message>
    <message>
        <source>%1 uses the old ChatBuddy program: messages can only be sent while you chat.</source>
        <translation>%1 usa el programa ChatBuddy antiguo: solo se pueden enviar mensajes durante un chat.</translation>
    </message>
    <message>
        <source>There is no chat to send the file on.</source>
        <translation>No hay ningún chat por el que enviar el archivo.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Esta persona</translation>
    </message>
    <message>
        <source>%1&apos;s ChatBuddy cannot take files; they need a newer version.</source>
        <translation>El ChatBuddy de %1 no puede recibir archivos; necesita una versión más reciente.</translation>
    </message>
    <message>
        <source>%1 takes files of at most %2 MiB.</source>
        <translation>%1 acepta archivos de %2 MiB como máximo.</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: files can only be sent to someone using the encrypted ChatBuddy.</source>
        <translation>%1 usa el ChatBuddy original en texto plano: solo se pueden enviar archivos a alguien que use el ChatBuddy cifrado.</translation>
    </message>
    <message>
        <source>Declined automatically: larger than the %1 MiB set in Settings.</source>
        <translation>Rechazado automáticamente: supera los %1 MiB fijados en la configuración.</translation>
    </message>
    <message>
        <source>Sends you a file: %1</source>
        <translation>Le envía un archivo: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Courier</name>
    <message>
        <source>The message could not be kept for later: %1</source>
        <translation>No se pudo guardar el mensaje para más tarde: %1</translation>
    </message>
    <message>
        <source>%1&apos;s name now belongs to a different key. Your queued messages wait until you chat with %1 and check the new key.</source>
        <translation>El nombre «%1» pertenece ahora a otra clave. Sus mensajes en cola esperarán hasta que chatee con %1 y compruebe la clave nueva.</translation>
    </message>
    <message>
        <source>A message that claimed to come from %1 was changed on the way or not sealed by %1. It was discarded.</source>
        <translation>Un mensaje que decía venir de %1 se modificó por el camino o no lo selló %1. Se descartó.</translation>
    </message>
    <message>
        <source>A message from &quot;%1&quot; arrived signed by a different key than the one you know for %1. It was not shown. If %1 really has a new key, chat with them and compare the safety number.</source>
        <translation>Llegó un mensaje de «%1» firmado con una clave distinta de la que conoce para %1. No se mostró. Si %1 de verdad tiene una clave nueva, chatee con %1 y compare el número de seguridad.</translation>
    </message>
    <message>
        <source>%1 did not come online to collect it in time.</source>
        <translation>%1 no se conectó a tiempo para recogerlo.</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox on the hub is full.</source>
        <translation>El buzón de %1 en el hub está lleno.</translation>
    </message>
    <message>
        <source>You have too many messages waiting at the hub already.</source>
        <translation>Ya tiene demasiados mensajes esperando en el hub.</translation>
    </message>
    <message>
        <source>Not delivered: &quot;%1&quot;. %2</source>
        <translation>No entregado: «%1». %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::FileReceiver</name>
    <message>
        <source>%1 has less of the file than was agreed; the transfer starts again.</source>
        <translation>%1 tiene menos del archivo de lo acordado; la transferencia empieza de nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>What was received of the file before cannot be read again (%1).</source>
        <translation>No se puede volver a leer la parte del archivo ya recibida (%1).</translation>
    </message>
    <message>
        <source>The sender ended the file after %1 of %2 bytes.</source>
        <translation>El remitente terminó el archivo tras %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>The file did not arrive intact (its SHA-256 does not match), so it was not kept.</source>
        <translation>El archivo no llegó intacto (su SHA-256 no coincide), así que no se ha guardado.</translation>
    </message>
    <message>
        <source>The sender sent more than the %1 bytes it offered.</source>
        <translation>El remitente envió más de los %1 bytes que ofreció.</translation>
    </message>
    <message>
        <source>The file could not be written (%1); is the disk full?</source>
        <translation>No se pudo escribir el archivo (%1); ¿está lleno el disco?</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (it needs %2 more bytes).</source>
        <translation>No hay espacio libre suficiente para %1 (necesita %2 bytes más).</translation>
    </message>
    <message>
        <source>The transfer link failed: %1</source>
        <translation>El enlace de la transferencia falló: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::FileSender</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was offered (it has %2 bytes now, not %3).</source>
        <translation>%1 ha cambiado desde que se ofreció (ahora tiene %2 bytes, no %3).</translation>
    </message>
    <message>
        <source>%1 could not be read again: %2</source>
        <translation>No se pudo volver a leer %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::History</name>
    <message>
        <source>Another ChatBuddy is using this profile&apos;s history, so this window keeps its conversations only until you quit.</source>
        <translation>Otro ChatBuddy está usando el historial de este perfil, así que esta ventana conserva sus conversaciones solo hasta que salga.</translation>
    </message>
    <message>
        <source>Your chat history cannot be kept: %1 cannot be created (%2).</source>
        <translation>No se puede guardar su historial de chat: no se puede crear %1 (%2).</translation>
    </message>
    <message>
        <source>Your chat history could not be read (%1). It was moved to %2 and a new history was started.</source>
        <translation>No se pudo leer su historial de chat (%1). Se movió a %2 y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>Your chat history was written by a newer ChatBuddy (%1), so it is left as it is and this window keeps its conversations only until you quit.</source>
        <translation>Su historial de chat lo escribió un ChatBuddy más reciente (%1), así que se deja como está y esta ventana conserva sus conversaciones solo hasta que salga.</translation>
    </message>
    <message>
        <source>Your chat history cannot be opened (%1), so this window keeps its conversations only until you quit.</source>
        <translation>No se puede abrir su historial de chat (%1), así que esta ventana conserva sus conversaciones solo hasta que salga.</translation>
    </message>
    <message>
        <source>Your chat history cannot be written (%1), so this window keeps its conversations only until you quit.</source>
        <translation>No se puede escribir su historial de chat (%1), así que esta ventana conserva sus conversaciones solo hasta que salga.</translation>
    </message>
    <message>
        <source>Your chat history cannot be saved right now (%1). Your conversations stay open and will be saved as soon as it works again.</source>
        <translation>Ahora mismo no se puede guardar su historial de chat (%1). Sus conversaciones siguen abiertas y se guardarán en cuanto vuelva a funcionar.</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <source>no key: plain-text chats</source>
        <translation>sin clave: chats en texto plano</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>Saved from ChatBuddy on %1</source>
        <translation>Guardado desde ChatBuddy el %1</translation>
    </message>
    <message>
        <source>There is no such conversation.</source>
        <translation>No existe esa conversación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::HubConnection</name>
    <message>
        <source>The hub at %1 did not answer in time.</source>
        <translation>El hub en %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The hub stopped answering.</source>
        <translation>El hub dejó de responder.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Hub lost, reconnecting…</source>
        <translation>Hub perdido, reconectando…</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>No se pudo establecer una conexión segura con el hub en %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: %2</source>
        <translation>No se puede contactar con el hub en %1: %2</translation>
    </message>
    <message>
        <source>The hub at %1 presented a different key than before. This may be an attack, so ChatBuddy did not log in.
Pinned key: %2
Key now: %3</source>
        <translation>El hub en %1 presentó una clave distinta de la anterior. Podría ser un ataque, así que ChatBuddy no inició sesión.
Clave fijada: %2
Clave actual: %3</translation>
    </message>
    <message>
        <source>The hub sent something ChatBuddy does not understand (%1).</source>
        <translation>El hub envió algo que ChatBuddy no entiende (%1).</translation>
    </message>
    <message>
        <source>Connection to the hub was lost.</source>
        <translation>Se perdió la conexión con el hub.</translation>
    </message>
    <message>
        <source>The hub at %1 closed the connection.</source>
        <translation>El hub en %1 cerró la conexión.</translation>
    </message>
    <message>
        <source>The hub sent an invalid message (%1).</source>
        <translation>El hub envió un mensaje no válido (%1).</translation>
    </message>
    <message>
        <source>Someone named &quot;%1&quot; is already online. Please pick another name.</source>
        <translation>Alguien llamado «%1» ya está en línea. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to someone else (another key registered it first). Please pick another name.</source>
        <translation>El nombre «%1» pertenece a otra persona (otra clave lo registró primero). Elija otro nombre.</translation>
    </message>
    <message>
        <source>The hub did not accept the name &quot;%1&quot;: %2</source>
        <translation>El hub no aceptó el nombre «%1»: %2</translation>
    </message>
    <message>
        <source>The hub is full right now. Please try again later.</source>
        <translation>El hub está lleno ahora mismo. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>You logged in as &quot;%1&quot; from somewhere else, so this session was signed out.</source>
        <translation>Ha iniciado sesión como «%1» desde otro lugar, así que se cerró esta sesión.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>El hub lo rechazó: %1</translation>
    </message>
    <message>
        <source>The hub is shutting down.</source>
        <translation>El hub se está apagando.</translation>
    </message>
    <message>
        <source>The hub was shut down. ChatBuddy reconnects when it is back.</source>
        <translation>El hub se apagó. ChatBuddy se reconectará cuando vuelva.</translation>
    </message>
    <message>
        <source>The hub at %1 did not show the key it announced on the network. Someone else may be answering in its place, so ChatBuddy did not log in.
Announced key: %2
Key shown: %3</source>
        <translation>El hub en %1 no mostró la clave que anunció en la red. Puede que otra persona esté respondiendo en su lugar, así que ChatBuddy no inició sesión.
Clave anunciada: %2
Clave mostrada: %3</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::HubFinder</name>
    <message>
        <source>Hubs on the network cannot be found: %1</source>
        <translation>No se pueden buscar hubs en la red: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::PeopleModel</name>
    <message>
        <source>%1 — offline, last seen %2</source>
        <translation>%1 — desconectado, última conexión el %2</translation>
    </message>
    <message>
        <source>%1 — offline</source>
        <translation>%1 — desconectado</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Profile</name>
    <message>
        <source>no writable data folder for this user</source>
        <translation>no hay ninguna carpeta de datos con permiso de escritura para este usuario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>«%1» no es un nombre de perfil válido (use letras, dígitos, «.», «_» o «-»)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>no se puede restringir el acceso a %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is damaged (it should hold 32 bytes)</source>
        <translation>%1 está dañado (debería contener 32 bytes)</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Transfers</name>
    <message>
        <source>Files can only be sent in a chat with a ChatBuddy that takes them.</source>
        <translation>Solo se pueden enviar archivos en un chat con un ChatBuddy que los acepte.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>The offer could not be sent.</source>
        <translation>No se pudo enviar la oferta.</translation>
    </message>
    <message>
        <source>The other side stopped the transfer.</source>
        <translation>El otro lado detuvo la transferencia.</translation>
    </message>
    <message>
        <source>This file is no longer offered.</source>
        <translation>Este archivo ya no se ofrece.</translation>
    </message>
    <message>
        <source>You declined the file.</source>
        <translation>Has rechazado el archivo.</translation>
    </message>
    <message>
        <source>You cancelled the transfer.</source>
        <translation>Has cancelado la transferencia.</translation>
    </message>
    <message>
        <source>The transfer link presented another key than the chat; it was closed.</source>
        <translation>El enlace de transferencia presentó otra clave distinta a la del chat; se cerró.</translation>
    </message>
    <message>
        <source>The other side did not answer the transfer link.</source>
        <translation>El otro lado no respondió al enlace de transferencia.</translation>
    </message>
    <message>
        <source>The chat ended; the file goes on when you chat again.</source>
        <translation>El chat terminó; el archivo continuará cuando vuelva a chatear.</translation>
    </message>
    <message>
        <source>The sender cancelled it.</source>
        <translation>El remitente canceló la transferencia.</translation>
    </message>
    <message>
        <source>%1 changed or is gone since it was offered, so it was not sent.</source>
        <translation>%1 ha cambiado o ya no existe desde que se ofreció, así que no se envió.</translation>
    </message>
    <message>
        <source>Files can only be sent to someone who uses ChatBuddy.</source>
        <translation>Solo se pueden enviar archivos a alguien que use ChatBuddy.</translation>
    </message>
    <message>
        <source>The file was offered again with another size.</source>
        <translation>El archivo se volvió a ofrecer con otro tamaño.</translation>
    </message>
    <message>
        <source>The transfer link could not be opened (%1); the file goes on when you chat again.</source>
        <translation>No se pudo abrir el enlace de transferencia (%1); el archivo continuará cuando vuelva a chatear.</translation>
    </message>
    <message>
        <source>The connection was lost; the file goes on from where it stopped when you are both back.</source>
        <translation>Se perdió la conexión; el archivo continuará desde donde se detuvo cuando ambos vuelvan.</translation>
    </message>
    <message>
        <source>It is larger than %1 takes.</source>
        <translation>Es más grande de lo que %1 acepta.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::files::FileNames</name>
    <message>
        <source>No folder was chosen for received files.</source>
        <translation>No se eligió ninguna carpeta para los archivos recibidos.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The file %1 would not be inside %2.</source>
        <translation>El archivo %1 no quedaría dentro de %2.</translation>
    </message>
    <message>
        <source>Cannot save a file in %1: %2</source>
        <translation>No se puede guardar un archivo en %1: %2</translation>
    </message>
    <message>
        <source>There are already too many files called %1 in %2.</source>
        <translation>Ya hay demasiados archivos llamados %1 en %2.</translation>
    </message>
    <message>
        <source>The received file %1 is missing or was replaced.</source>
        <translation>El archivo recibido %1 falta o fue reemplazado.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a plain file any more.</source>
        <translation>%1 ya no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatHeader</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <source>Verify with the safety number</source>
        <translation>Verificar con el número de seguridad</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Your friend called from %1</source>
        <translation>Su amigo llamó desde %1</translation>
    </message>
    <message>
        <source>Your friend&apos;s address and chat port</source>
        <translation>Dirección y puerto de chat de su amigo</translation>
    </message>
    <message>
        <source>Compare the safety number with %1 and mark them verified</source>
        <translation>Comparar el número de seguridad con %1 y marcarlo como verificado</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: anyone on your network can read and change these messages. Do not send anything private.</source>
        <translation>%1 usa el ChatBuddy original en texto plano: cualquiera en su red puede leer y cambiar estos mensajes. No envíe nada privado.</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Encrypted with TLS 1.3 to the key shown: nobody else on the network can read or change these messages.</source>
        <translation>Cifrado con TLS 1.3 para la clave mostrada: nadie más en la red puede leer ni cambiar estos mensajes.</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin clave</translation>
    </message>
    <message>
        <source>The original ChatBuddy has no keys: ChatBuddy cannot check who is at the other end.</source>
        <translation>El ChatBuddy original no tiene claves: ChatBuddy no puede comprobar quién está al otro lado.</translation>
    </message>
    <message>
        <source>Key: not known yet</source>
        <translation>Clave: aún desconocida</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clave %1</translation>
    </message>
    <message>
        <source>Full key: %1
Safety number: %2
Compare the safety number with your friend (Verify…); it is the same on both sides.</source>
        <translation>Clave completa: %1
Número de seguridad: %2
Compare el número de seguridad con su amigo (Verificar…); es el mismo en ambos lados.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatInput</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Type your message and press Enter. When you&apos;re done, just type &apos;EOM&apos;.</source>
        <translation>Escriba su mensaje y pulse Intro. Cuando termine, escriba «EOM».</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Enviar el mensaje (Intro)</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>Ter&amp;minar chat</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Terminar chat</translation>
    </message>
    <message>
        <source>End the chat for both of you (same as typing EOM)</source>
        <translation>Terminar el chat para ambos (igual que escribir EOM)</translation>
    </message>
    <message>
        <source>Chat &amp;again</source>
        <translation>Chatear de &amp;nuevo</translation>
    </message>
    <message>
        <source>Chat again</source>
        <translation>Chatear de nuevo</translation>
    </message>
    <message>
        <source>Start a new chat with the same person</source>
        <translation>Iniciar un chat nuevo con la misma persona</translation>
    </message>
    <message>
        <source>This message is too long to send (more than %1 bytes). Please shorten it.</source>
        <translation>Este mensaje es demasiado largo para enviarlo (más de %1 bytes). Acórtelo.</translation>
    </message>
    <message>
        <source>Send fi&amp;le…</source>
        <translation>Enviar a&amp;rchivo…</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>Enviar archivo</translation>
    </message>
    <message>
        <source>Send files (or drop them on the chat, or paste them)</source>
        <translation>Enviar archivos (o arrastrarlos al chat, o pegarlos)</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatTabs</name>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No chat open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Double-click someone on the left, or select them and press &lt;i&gt;Chat&lt;/i&gt;.&lt;br&gt;When a friend wants to chat with you, ChatBuddy asks you first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ningún chat abierto&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Haga doble clic en alguien a la izquierda, o selecciónelo y pulse &lt;i&gt;Chat&lt;/i&gt;.&lt;br&gt;Cuando un amigo quiera chatear con usted, ChatBuddy le preguntará primero.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Friends can also reach you directly at port %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sus amigos también pueden contactarle directamente en el puerto %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read this chat.</source>
        <translation>Sin cifrar: cualquiera en la red puede leer este chat.</translation>
    </message>
    <message>
        <source>Their key changed: accept it or end the chat.</source>
        <translation>Su clave ha cambiado: acéptela o termine el chat.</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>Este chat ha terminado.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatWidget</name>
    <message>
        <source>Chat &amp;again</source>
        <translation>Chatear de &amp;nuevo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This message is too long to send (%1 bytes; at most %2). Please shorten it.</source>
        <translation>Este mensaje es demasiado largo para enviarlo (%1 bytes; como máximo %2). Acórtelo.</translation>
    </message>
    <message>
        <source>The message could not be sent.</source>
        <translation>No se pudo enviar el mensaje.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Checking their key…</source>
        <translation>Comprobando su clave…</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>Esperando a que %1 acepte…</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Esperando su respuesta</translation>
    </message>
    <message>
        <source>Blocked: key changed</source>
        <translation>Bloqueado: clave cambiada</translation>
    </message>
    <message>
        <source>Chatting</source>
        <translation>Chateando</translation>
    </message>
    <message>
        <source>Chat ended</source>
        <translation>Chat terminado</translation>
    </message>
    <message>
        <source>Accept %1&apos;s new key or end the chat.</source>
        <translation>Acepte la nueva clave de %1 o termine el chat.</translation>
    </message>
    <message>
        <source>Message (NOT encrypted)</source>
        <translation>Mensaje (SIN cifrar)</translation>
    </message>
    <message>
        <source>Message (Enter sends, EOM ends the chat)</source>
        <translation>Mensaje (Intro envía, EOM termina el chat)</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>Este chat ha terminado.</translation>
    </message>
    <message>
        <source>Waiting for the chat to start…</source>
        <translation>Esperando a que empiece el chat…</translation>
    </message>
    <message>
        <source>To chat without encryption anyway: Security ▸ Allow Unencrypted Legacy Chats, then Chat again.</source>
        <translation>Para chatear sin cifrar de todos modos: Seguridad ▸ Permitir chats heredados sin cifrar y luego Chatear de nuevo.</translation>
    </message>
    <message>
        <source>Someone at %1</source>
        <translation>Alguien en %1</translation>
    </message>
    <message>
        <source>Chat again as &amp;plain text</source>
        <translation>Chatear de nuevo en texto &amp;plano</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline, last seen %1</source>
        <translation>Desconectado, última conexión el %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Type a message to start a chat with %1</source>
        <translation>Escriba un mensaje para iniciar un chat con %1</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>%1 is offline. You can chat again when they are back.</source>
        <translation>%1 no está en línea. Podrá chatear de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>This chat has ended. Type to start a new one.</source>
        <translation>Este chat ha terminado. Escriba para iniciar uno nuevo.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 is offline. Write anyway: it will be delivered when possible.</source>
        <translation>%1 no está en línea. Escriba de todos modos: se entregará cuando sea posible.</translation>
    </message>
    <message>
        <source>Files can be sent once the chat has started.</source>
        <translation>Se pueden enviar archivos en cuanto empiece el chat.</translation>
    </message>
    <message>
        <source>%1 is not online: the files wait on this computer and go when you are both online.</source>
        <translation>%1 no está en línea: los archivos esperan en este equipo y se enviarán cuando ambos estén en línea.</translation>
    </message>
    <message>
        <source>Send Files to %1</source>
        <translation>Enviar archivos a %1</translation>
    </message>
    <message>
        <source>The picture could not be kept in %1.</source>
        <translation>No se pudo conservar la imagen en %1.</translation>
    </message>
    <message>
        <source>Picture %1.png</source>
        <translation>Imagen %1.png</translation>
    </message>
    <message>
        <source>Picture %1 (%2).png</source>
        <translation>Imagen %1 (%2).png</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>No se pudo guardar la imagen: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ConnectAddressDialog</name>
    <message>
        <source>Connect by Address</source>
        <translation>Conectar por dirección</translation>
    </message>
    <message>
        <source>Enter your friend&apos;s IP address and chat port. They can see their chat port in the status bar of their ChatBuddy window.</source>
        <translation>Introduzca la dirección IP y el puerto de chat de su amigo. Puede ver su puerto de chat en la barra de estado de su ventana de ChatBuddy.</translation>
    </message>
    <message>
        <source>Friend&apos;s IP address</source>
        <translation>Dirección IP de su amigo</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20</source>
        <translation>p. ej. 192.168.1.20</translation>
    </message>
    <message>
        <source>Friend&apos;s chat port</source>
        <translation>Puerto de chat de su amigo</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>Dirección &amp;IP:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>P&amp;lain-text legacy peer (not encrypted)</source>
        <translation>Contacto &amp;heredado en texto plano (sin cifrar)</translation>
    </message>
    <message>
        <source>Plain-text legacy peer, not encrypted</source>
        <translation>Contacto heredado en texto plano, sin cifrar</translation>
    </message>
    <message>
        <source>Your friend runs the original ChatBuddy, which cannot encrypt: anyone on the network can read the chat.</source>
        <translation>Su amigo usa el ChatBuddy original, que no puede cifrar: cualquiera en la red puede leer el chat.</translation>
    </message>
    <message>
        <source>Turn on Security ▸ Allow Unencrypted Legacy Chats first.</source>
        <translation>Active primero Seguridad ▸ Permitir chats heredados sin cifrar.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Please enter your friend&apos;s IP address.</source>
        <translation>Introduzca la dirección IP de su amigo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Please enter a numeric address such as 192.168.1.20 (names are not looked up).</source>
        <translation>«%1» no es una dirección IP. Introduzca una dirección numérica como 192.168.1.20 (los nombres no se resuelven).</translation>
    </message>
    <message>
        <source>%1 is not the address of a single computer. Please enter your friend&apos;s address.</source>
        <translation>%1 no es la dirección de un solo equipo. Introduzca la dirección de su amigo.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>That is your own chat port. Please enter your friend&apos;s address and port.</source>
        <translation>Ese es su propio puerto de chat. Introduzca la dirección y el puerto de su amigo.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ConnectionCheckDialog</name>
    <message>
        <source>Check My Connection</source>
        <translation>Comprobar mi conexión</translation>
    </message>
    <message>
        <source>What works between you, your hub and the people on your network, and what to do when something does not.</source>
        <translation>Qué funciona entre usted, su hub y las personas de su red, y qué hacer cuando algo no funciona.</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Hub key:</source>
        <translation>Clave del hub:</translation>
    </message>
    <message>
        <source>Your chat port:</source>
        <translation>Su puerto de chat:</translation>
    </message>
    <message>
        <source>Hubs on your network:</source>
        <translation>Hubs en su red:</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>✓ Connected to %1 as %2.</source>
        <translation>✓ Conectado a %1 como %2.</translation>
    </message>
    <message>
        <source>… Connecting to %1.</source>
        <translation>… Conectando con %1.</translation>
    </message>
    <message>
        <source>⚠ The hub at %1 went away; ChatBuddy tries again by itself.</source>
        <translation>⚠ El hub en %1 se ha ido; ChatBuddy lo vuelve a intentar por sí solo.</translation>
    </message>
    <message>
        <source>✗ Not connected. Without a hub you can still chat with someone by address (Chat ▸ Connect by Address…).</source>
        <translation>✗ Sin conexión. Sin hub todavía puede chatear con alguien por dirección (Chat ▸ Conectar por dirección…).</translation>
    </message>
    <message>
        <source>%1
✓ the key this hub showed when you first connected (pinned)</source>
        <translation>%1
✓ la clave que este hub mostró cuando se conectó por primera vez (fijada)</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(todavía desconocida)</translation>
    </message>
    <message>
        <source>%1
(pinned)</source>
        <translation>%1
(fijada)</translation>
    </message>
    <message>
        <source>✗ Not accepting chats: %1. Choose another chat port in File ▸ Settings.</source>
        <translation>✗ No se aceptan chats: %1. Elija otro puerto de chat en Archivo ▸ Ajustes.</translation>
    </message>
    <message>
        <source>%1 (the hub checks whether others can reach it once you are connected)</source>
        <translation>%1 (el hub comprueba si otros pueden alcanzarlo una vez conectado)</translation>
    </message>
    <message>
        <source>%1 (this hub does not check whether others can reach it)</source>
        <translation>%1 (este hub no comprueba si otros pueden alcanzarlo)</translation>
    </message>
    <message>
        <source>… %1: the hub is trying to connect to it.</source>
        <translation>… %1: el hub está intentando conectarse a él.</translation>
    </message>
    <message>
        <source>✓ %1: the hub at %2 could connect to it, so others on the network can start chats with you.</source>
        <translation>✓ %1: el hub en %2 pudo conectarse a él, así que otros en la red pueden iniciar chats con usted.</translation>
    </message>
    <message>
        <source>Not looking: ChatBuddy was started with --no-discovery.</source>
        <translation>Sin buscar: ChatBuddy se inició con --no-discovery.</translation>
    </message>
    <message>
        <source>✗ Cannot look: UDP port %1 could not be opened.</source>
        <translation>✗ No se puede buscar: no se pudo abrir el puerto UDP %1.</translation>
    </message>
    <message>
        <source>… Asking the network.</source>
        <translation>… Preguntando a la red.</translation>
    </message>
    <message>
        <source>⚠ No hub answered. A hub on another computer may have its announcements (UDP port %1) blocked by a firewall there or here, or was started with --no-announce; you can still type its address.</source>
        <translation>⚠ Ningún hub respondió. Puede que un cortafuegos, allí o aquí, bloquee los anuncios (puerto UDP %1) de un hub en otro ordenador, o que se iniciara con --no-announce; todavía puede escribir su dirección.</translation>
    </message>
    <message>
        <source>%1 (%2:%3)</source>
        <translation>%1 (%2:%3)</translation>
    </message>
    <message>
        <source>✓ Found: %1.</source>
        <translation>✓ Encontrados: %1.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>Buscar en esta conversación</translation>
    </message>
    <message>
        <source>Older match</source>
        <translation>Resultado más antiguo</translation>
    </message>
    <message>
        <source>Older match (Enter)</source>
        <translation>Resultado más antiguo (Enter)</translation>
    </message>
    <message>
        <source>Newer match</source>
        <translation>Resultado más reciente</translation>
    </message>
    <message>
        <source>Newer match (Shift+Enter)</source>
        <translation>Resultado más reciente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HistorySearchDialog</name>
    <message>
        <source>ChatBuddy — Find in History</source>
        <translation>ChatBuddy — Buscar en el historial</translation>
    </message>
    <message>
        <source>Words to find in all conversations</source>
        <translation>Palabras que buscar en todas las conversaciones</translation>
    </message>
    <message>
        <source>Find in all conversations</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensajes encontrados</translation>
    </message>
    <message>
        <source>You to %1</source>
        <translation>Enviado a %1</translation>
    </message>
    <message>
        <source>Type words from a message; every word must be in it.</source>
        <translation>Escriba palabras de un mensaje; todas deben aparecer en él.</translation>
    </message>
    <message>
        <source>No message has these words.</source>
        <translation>Ningún mensaje contiene estas palabras.</translation>
    </message>
    <message>
        <source>The newest %1 matches. Add a word to narrow them down.</source>
        <translation>Los %1 resultados más recientes. Añada una palabra para acotarlos.</translation>
    </message>
    <message>
        <source>Messages found: %1</source>
        <translation>Mensajes encontrados: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubKeyDialog</name>
    <message>
        <source>Hub Key</source>
        <translation>Clave del hub</translation>
    </message>
    <message>
        <source>ChatBuddy remembers the hub&apos;s key the first time it connects and refuses to log in if the key ever changes, because someone could be pretending to be the hub.</source>
        <translation>ChatBuddy recuerda la clave del hub la primera vez que se conecta y se niega a iniciar sesión si alguna vez cambia, porque alguien podría hacerse pasar por el hub.</translation>
    </message>
    <message>
        <source>(not connected to a hub yet)</source>
        <translation>(aún no conectado a ningún hub)</translation>
    </message>
    <message>
        <source>The pinned hub key fingerprint</source>
        <translation>Huella de la clave del hub fijada</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Clave fijada:</translation>
    </message>
    <message>
        <source>&amp;Forget this hub key…</source>
        <translation>&amp;Olvidar esta clave del hub…</translation>
    </message>
    <message>
        <source>Forget this hub key</source>
        <translation>Olvidar esta clave del hub</translation>
    </message>
    <message>
        <source>Only if the hub was reinstalled or got a new key on purpose</source>
        <translation>Solo si el hub se reinstaló o recibió una clave nueva a propósito</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Forgotten. The next time you connect to %1, ChatBuddy will trust the key the hub shows then.</source>
        <translation>Olvidada. La próxima vez que se conecte a %1, ChatBuddy confiará en la clave que muestre entonces el hub.</translation>
    </message>
    <message>
        <source>No key is pinned for this hub yet; it is pinned when you connect.</source>
        <translation>Aún no hay ninguna clave fijada para este hub; se fija al conectarse.</translation>
    </message>
    <message>
        <source>Not connected: the key is checked the next time you connect.</source>
        <translation>No conectado: la clave se comprobará la próxima vez que se conecte.</translation>
    </message>
    <message>
        <source>✓ The hub is showing this key now.</source>
        <translation>✓ El hub muestra ahora esta clave.</translation>
    </message>
    <message>
        <source>⚠ The hub is showing a different key now: %1</source>
        <translation>⚠ El hub muestra ahora una clave distinta: %1</translation>
    </message>
    <message>
        <source>Forget the Hub Key?</source>
        <translation>¿Olvidar la clave del hub?</translation>
    </message>
    <message>
        <source>Forget the key of the hub at %1?</source>
        <translation>¿Olvidar la clave del hub en %1?</translation>
    </message>
    <message>
        <source>Do this only if you know the hub was reinstalled or got a new key. The next time you connect, ChatBuddy trusts whatever key the hub shows: it cannot tell an impostor from the real hub then.</source>
        <translation>Hágalo solo si sabe que el hub se reinstaló o recibió una clave nueva. La próxima vez que se conecte, ChatBuddy confiará en cualquier clave que muestre el hub: entonces no podrá distinguir a un impostor del hub real.</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>&amp;Olvidar clave</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubList</name>
    <message>
        <source>Announced key:
%1</source>
        <translation>Clave anunciada:
%1</translation>
    </message>
    <message>
        <source>%1 — %2:%3 · key %4</source>
        <translation>%1 — %2:%3 · clave %4</translation>
    </message>
    <message>
        <source> · known</source>
        <translation> · conocido</translation>
    </message>
    <message>
        <source> · NOT the key you know</source>
        <translation> · NO es la clave que usted conoce</translation>
    </message>
    <message>
        <source>Hubs on your network</source>
        <translation>Hubs en su red</translation>
    </message>
    <message>
        <source>A hub is the directory that shows who is online. Chats go directly between you and the other person: the hub never sees them.</source>
        <translation>Un hub es el directorio que muestra quién está conectado. Los chats van directamente entre usted y la otra persona: el hub nunca los ve.</translation>
    </message>
    <message>
        <source>Choose one, or type another hub&apos;s address below.</source>
        <translation>Elija uno o escriba abajo la dirección de otro hub.</translation>
    </message>
    <message>
        <source>No hub has answered yet. If you know a hub&apos;s address, type it below.</source>
        <translation>Todavía no ha respondido ningún hub. Si conoce la dirección de un hub, escríbala abajo.</translation>
    </message>
    <message>
        <source>Type the address of your hub below (ask whoever runs it).</source>
        <translation>Escriba abajo la dirección de su hub (pregunte a quien lo administra).</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubStatusBar</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconectar</translation>
    </message>
    <message>
        <source>Reconnect to the hub</source>
        <translation>Volver a conectar con el hub</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clave %1</translation>
    </message>
    <message>
        <source>The start of your key&apos;s fingerprint. Help → My Identity shows all of it.</source>
        <translation>El comienzo de la huella de su clave. Ayuda → Mi identidad la muestra completa.</translation>
    </message>
    <message>
        <source>Successfully connected to main server!</source>
        <translation>¡Conectado correctamente al servidor principal!</translation>
    </message>
    <message>
        <source>Chat port %1</source>
        <translation>Puerto de chat %1</translation>
    </message>
    <message>
        <source>Friends can reach you at this port (Connect by address).</source>
        <translation>Sus amigos pueden contactarle en este puerto (Conectar por dirección).</translation>
    </message>
    <message>
        <source>Port %1 was taken, so ChatBuddy picked this one.</source>
        <translation>El puerto %1 estaba ocupado, así que ChatBuddy eligió este.</translation>
    </message>
    <message>
        <source>Not accepting chats</source>
        <translation>No acepta chats</translation>
    </message>
    <message>
        <source>ChatBuddy could not open a port for incoming chats: %1</source>
        <translation>ChatBuddy no pudo abrir un puerto para chats entrantes: %1</translation>
    </message>
    <message>
        <source>Online · hub %1</source>
        <translation>En línea · hub %1</translation>
    </message>
    <message numerus="yes">
        <source>Hub lost, reconnecting in %n s…</source>
        <translation>
            <numerusform>Hub perdido, reconectando en %n s…</numerusform>
            <numerusform>Hub perdido, reconectando en %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub key %1</source>
        <translation>Clave del hub %1</translation>
    </message>
    <message>
        <source>If you know the hub was reinstalled or got a new key, open Security ▸ Hub Key… and forget the old key; otherwise ask whoever runs the hub.</source>
        <translation>Si sabe que el hub se reinstaló o recibió una clave nueva, abra Seguridad ▸ Clave del hub… y olvide la clave antigua; si no, pregunte a quien administra el hub.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Ask the hub to try your chat port again (after changing the firewall).</source>
        <translation>Pedir al hub que vuelva a probar su puerto de chat (tras cambiar el cortafuegos).</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Others cannot start chats with you: port %1 seems blocked by a firewall (the hub could not connect to it: %2).</source>
        <translation>Otros no pueden iniciar chats con usted: el puerto %1 parece bloqueado por un cortafuegos (el hub no pudo conectarse a él: %2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Allow incoming TCP connections to port %1 in this computer&apos;s firewall (for example: sudo ufw allow %1/tcp), or choose another chat port in File ▸ Settings. You can still start chats yourself.</source>
        <translation>Permita las conexiones TCP entrantes al puerto %1 en el cortafuegos de este ordenador (por ejemplo: sudo ufw allow %1/tcp) o elija otro puerto de chat en Archivo ▸ Ajustes. Usted todavía puede iniciar chats.</translation>
    </message>
    <message>
        <source>Chat port %1 ⚠</source>
        <translation>Puerto de chat %1 ⚠</translation>
    </message>
    <message>
        <source>The hub could not connect to this port: %1</source>
        <translation>El hub no pudo conectarse a este puerto: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::IdentityDialog</name>
    <message>
        <source>My Identity</source>
        <translation>Mi identidad</translation>
    </message>
    <message>
        <source>This is your key&apos;s fingerprint. Friends see it next to your name when you chat; if they doubt it is you, read it to them (or compare the safety number shown in the chat).</source>
        <translation>Esta es la huella de su clave. Sus amigos la ven junto a su nombre cuando chatean; si dudan de que sea usted, léasela (o comparen el número de seguridad que aparece en el chat).</translation>
    </message>
    <message>
        <source>(not logged in)</source>
        <translation>(sin iniciar sesión)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Huella de su clave</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>Su clave:</translation>
    </message>
    <message>
        <source>The hub&apos;s key fingerprint</source>
        <translation>Huella de la clave del hub</translation>
    </message>
    <message>
        <source>Hub %1:</source>
        <translation>Hub %1:</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>&amp;Copiar huella</translation>
    </message>
    <message>
        <source>Copy your key fingerprint</source>
        <translation>Copiar la huella de su clave</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ImageViewer</name>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>No se puede mostrar esta imagen.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::IncomingChatPrompt</name>
    <message>
        <source>Someone at %1</source>
        <translation>Alguien en %1</translation>
    </message>
    <message>
        <source>Chat request</source>
        <translation>Solicitud de chat</translation>
    </message>
    <message>
        <source>%1 wants to chat</source>
        <translation>%1 quiere chatear</translation>
    </message>
    <message>
        <source>Calling from %1</source>
        <translation>Llamando desde %1</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: %1 uses the original plain-text ChatBuddy. Anyone on your network can read this chat, and nobody can check who this really is.</source>
        <translation>⚠ Sin cifrar: %1 usa el ChatBuddy original en texto plano. Cualquiera en su red puede leer este chat y nadie puede comprobar quién es realmente.</translation>
    </message>
    <message>
        <source>⚠ %1&apos;s key changed — this may be an attack. If you accept, nothing is sent until you also accept the new key.</source>
        <translation>⚠ La clave de %1 ha cambiado: podría ser un ataque. Si acepta, no se envía nada hasta que también acepte la nueva clave.</translation>
    </message>
    <message>
        <source>Key before:</source>
        <translation>Clave anterior:</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>Clave actual:</translation>
    </message>
    <message>
        <source>✓ You verified %1&apos;s key.</source>
        <translation>✓ Ha verificado la clave de %1.</translation>
    </message>
    <message>
        <source>✓ The hub confirms this is %1&apos;s key.</source>
        <translation>✓ El hub confirma que esta es la clave de %1.</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clave %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept the chat</source>
        <translation>Aceptar el chat</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Decline the chat</source>
        <translation>Rechazar el chat</translation>
    </message>
    <message>
        <source>⚠ Your hub could not be asked who this is (you are not connected to it), so this key is not checked.</source>
        <translation>⚠ No se pudo preguntar a su hub quién es (no está conectado a él), así que esta clave no se ha comprobado.</translation>
    </message>
    <message>
        <source>⚠ The hub could not confirm who this is: the name %1 is not registered there.</source>
        <translation>⚠ El hub no pudo confirmar quién es: el nombre %1 no está registrado allí.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::LoginDialog</name>
    <message>
        <source>ChatBuddy — Log In</source>
        <translation>ChatBuddy — Iniciar sesión</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message>
        <source>Chat directly and securely with people on your network.</source>
        <translation>Chatee de forma directa y segura con las personas de su red.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>What should we call you?</source>
        <translation>¿Cómo quiere que le llamemos?</translation>
    </message>
    <message>
        <source>Up to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Hasta %1 letras, dígitos, «.», «_» o «-».</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>Hub address, e.g. 192.168.1.2</source>
        <translation>Dirección del hub, p. ej. 192.168.1.2</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Puerto del hub</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Pinned hub key</source>
        <translation>Clave del hub fijada</translation>
    </message>
    <message>
        <source>Key the hub shows now</source>
        <translation>Clave que muestra ahora el hub</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Clave fijada:</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>Clave actual:</translation>
    </message>
    <message>
        <source>&amp;Forget the old hub key</source>
        <translation>&amp;Olvidar la clave antigua del hub</translation>
    </message>
    <message>
        <source>Forget the old hub key</source>
        <translation>Olvidar la clave antigua del hub</translation>
    </message>
    <message>
        <source>Only if you know the hub was reinstalled or got a new key: the next connection will trust the key it shows.</source>
        <translation>Solo si sabe que el hub se reinstaló o recibió una clave nueva: la próxima conexión confiará en la clave que muestre.</translation>
    </message>
    <message>
        <source>The old key of %1 was forgotten. Press Connect to trust the key the hub shows now.</source>
        <translation>Se olvidó la clave antigua de %1. Pulse Conectar para confiar en la clave que muestra ahora el hub.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>Conectar con el hub</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Please enter the hub&apos;s address.</source>
        <translation>Introduzca la dirección del hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s port must be a number from 1 to 65535.</source>
        <translation>El puerto del hub debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Stopped. Press Connect to try again.</source>
        <translation>Detenido. Pulse Conectar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation>Dejar de conectar</translation>
    </message>
    <message>
        <source>Check that the hub is running and that its address and port are right.</source>
        <translation>Compruebe que el hub está en marcha y que su dirección y puerto son correctos.</translation>
    </message>
    <message>
        <source>Is this really a ChatBuddy hub?</source>
        <translation>¿Es realmente un hub de ChatBuddy?</translation>
    </message>
    <message>
        <source>The hub at %1 shows a different key than before. This may be an attack, so ChatBuddy did not log in.
If you know the hub was reinstalled or got a new key, forget the old key and connect again; otherwise ask whoever runs it.</source>
        <translation>El hub en %1 muestra una clave distinta de la anterior. Podría ser un ataque, así que ChatBuddy no inició sesión.
Si sabe que el hub se reinstaló o recibió una clave nueva, olvide la clave antigua y vuelva a conectarse; si no, pregunte a quien lo administra.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <source>Successfully connected to main server!</source>
        <translation>¡Conectado correctamente al servidor principal!</translation>
    </message>
    <message>
        <source>Host a hub on &amp;this computer</source>
        <translation>Alojar un hub en es&amp;te ordenador</translation>
    </message>
    <message>
        <source>No hub yet? ChatBuddy runs one here, announced on your network, and logs you in to it; others find it in their list. It stops when you quit ChatBuddy.</source>
        <translation>¿Todavía no hay hub? ChatBuddy ejecuta uno aquí, anunciado en su red, e inicia su sesión en él; los demás lo encuentran en su lista. Se detiene al salir de ChatBuddy.</translation>
    </message>
    <message>
        <source>The hub could not start: %1
If another hub already runs on this computer, it is in the list above.</source>
        <translation>El hub no pudo iniciarse: %1
Si ya hay otro hub en este ordenador, aparece en la lista de arriba.</translation>
    </message>
    <message>
        <source>First enter your name: %1</source>
        <translation>Primero escriba su nombre: %1</translation>
    </message>
    <message>
        <source>Starting a hub on this computer…</source>
        <translation>Iniciando un hub en este ordenador…</translation>
    </message>
    <message>
        <source>You host a hub at %1:%2 (key %3); others on your network find it in their list. Logging in…</source>
        <translation>Usted aloja un hub en %1:%2 (clave %3); los demás en su red lo encuentran en su lista. Iniciando sesión…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hub address. Type a name or an IP address, or the addresses of several hubs of one cluster separated by commas.</source>
        <translation>«%1» no es una dirección de hub. Escriba un nombre o una dirección IP, o las direcciones de varios hubs de un mismo clúster separadas por comas.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Reconnect to Hub</source>
        <translation>&amp;Reconectar al hub</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Chat with Selected Person</source>
        <translation>&amp;Chatear con la persona seleccionada</translation>
    </message>
    <message>
        <source>Connect by &amp;Address…</source>
        <translation>Conectar por &amp;dirección…</translation>
    </message>
    <message>
        <source>&amp;End Chat</source>
        <translation>&amp;Terminar chat</translation>
    </message>
    <message>
        <source>C&amp;lose Chat</source>
        <translation>C&amp;errar chat</translation>
    </message>
    <message>
        <source>&amp;Find Person</source>
        <translation>&amp;Buscar persona</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>&amp;Verify Contact…</source>
        <translation>&amp;Verificar contacto…</translation>
    </message>
    <message>
        <source>Compare the safety number with the person in this chat</source>
        <translation>Comparar el número de seguridad con la persona de este chat</translation>
    </message>
    <message>
        <source>&amp;Hub Key…</source>
        <translation>Clave del &amp;hub…</translation>
    </message>
    <message>
        <source>Allow &amp;Unencrypted Legacy Chats</source>
        <translation>Permitir chats heredados &amp;sin cifrar</translation>
    </message>
    <message>
        <source>Chat with people who use the original plain-text ChatBuddy. Those chats are NOT encrypted: anyone on your network can read them.</source>
        <translation>Chatear con personas que usan el ChatBuddy original en texto plano. Esos chats NO están cifrados: cualquiera en su red puede leerlos.</translation>
    </message>
    <message>
        <source>Legacy chats allowed. They are NOT encrypted and are marked in red.</source>
        <translation>Chats heredados permitidos. NO están cifrados y se marcan en rojo.</translation>
    </message>
    <message>
        <source>Legacy chats are off: only encrypted chats.</source>
        <translation>Chats heredados desactivados: solo chats cifrados.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>My &amp;Identity…</source>
        <translation>Mi &amp;identidad…</translation>
    </message>
    <message>
        <source>&amp;About ChatBuddy</source>
        <translation>&amp;Acerca de ChatBuddy</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message>
        <source>ChatBuddy — %1</source>
        <translation>ChatBuddy — %1</translation>
    </message>
    <message>
        <source>That&apos;s you! Pick someone else to chat with.</source>
        <translation>¡Es usted! Elija a otra persona con quien chatear.</translation>
    </message>
    <message>
        <source>Select someone in the list first.</source>
        <translation>Seleccione primero a alguien de la lista.</translation>
    </message>
    <message>
        <source>%1 stopped asking to chat.</source>
        <translation>%1 dejó de pedir chatear.</translation>
    </message>
    <message>
        <source>The key of %1 was forgotten; the next connection pins the key it shows.</source>
        <translation>Se olvidó la clave de %1; la próxima conexión fijará la clave que se muestre.</translation>
    </message>
    <message>
        <source>About ChatBuddy</source>
        <translation>Acerca de ChatBuddy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChatBuddy %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ChatBuddy %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Chat directly with people on your local network.&lt;/p&gt;&lt;p&gt;A small hub knows who is online; your messages go straight to your friend over an encrypted connection (TLS 1.3) and never through the hub. Every person has a key, and ChatBuddy checks it for you.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chatee directamente con las personas de su red local.&lt;/p&gt;&lt;p&gt;Un pequeño hub sabe quién está en línea; sus mensajes van directamente a su amigo por una conexión cifrada (TLS 1.3) y nunca pasan por el hub. Cada persona tiene una clave, y ChatBuddy la comprueba por usted.&lt;/p&gt;&lt;p&gt;Con licencia GNU General Public License, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Next Chat</source>
        <translation>Chat &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Chat</source>
        <translation>Chat &amp;anterior</translation>
    </message>
    <message>
        <source>ChatBuddy is still running</source>
        <translation>ChatBuddy sigue en marcha</translation>
    </message>
    <message>
        <source>Chats and requests still reach you. Quit from the tray icon&apos;s menu.</source>
        <translation>Los chats y las solicitudes le siguen llegando. Salga desde el menú del icono de la bandeja.</translation>
    </message>
    <message>
        <source>Port %1 is taken; friends reach you at port %2 now.</source>
        <translation>El puerto %1 está ocupado; sus amigos le contactan ahora en el puerto %2.</translation>
    </message>
    <message>
        <source>Friends reach you at port %1 now.</source>
        <translation>Sus amigos le contactan ahora en el puerto %1.</translation>
    </message>
    <message>
        <source>Hub &amp;Key…</source>
        <translation>Clave del &amp;hub…</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>&amp;Save Conversation As…</source>
        <translation>&amp;Guardar conversación como…</translation>
    </message>
    <message>
        <source>Clea&amp;r Conversation…</source>
        <translation>Bo&amp;rrar conversación…</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>Ed&amp;itar</translation>
    </message>
    <message>
        <source>Find in &amp;History…</source>
        <translation>Buscar en el &amp;historial…</translation>
    </message>
    <message>
        <source>Find in &amp;Conversation</source>
        <translation>Buscar en la &amp;conversación</translation>
    </message>
    <message>
        <source>Your chat history is saved again.</source>
        <translation>Su historial de chat vuelve a guardarse.</translation>
    </message>
    <message>
        <source>Chat History</source>
        <translation>Historial de chat</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Abra primero una conversación.</translation>
    </message>
    <message>
        <source>That message is no longer in your history.</source>
        <translation>Ese mensaje ya no está en su historial.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <source>Save Conversation As</source>
        <translation>Guardar conversación como</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Saved the conversation as %1.</source>
        <translation>Conversación guardada como %1.</translation>
    </message>
    <message>
        <source>Clear Conversation</source>
        <translation>Borrar conversación</translation>
    </message>
    <message>
        <source>Delete your whole conversation with %1 from this computer? This cannot be undone.</source>
        <translation>¿Borrar toda su conversación con %1 de este equipo? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation>&amp;Borrar conversación</translation>
    </message>
    <message>
        <source>Remove from Contacts</source>
        <translation>Quitar de los contactos</translation>
    </message>
    <message>
        <source>Remove %1 from your people list? They come back if you chat again.</source>
        <translation>¿Quitar a %1 de su lista de personas? Volverá a aparecer si chatea de nuevo con esa persona.</translation>
    </message>
    <message>
        <source>Also delete the conversation</source>
        <translation>Borrar también la conversación</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Sen&amp;d File…</source>
        <translation>E&amp;nviar archivo…</translation>
    </message>
    <message>
        <source>Check My &amp;Connection…</source>
        <translation>Comprobar mi &amp;conexión…</translation>
    </message>
    <message>
        <source>&amp;Host a Hub on This Computer</source>
        <translation>Alojar un &amp;hub en este ordenador</translation>
    </message>
    <message>
        <source>Run a hub inside ChatBuddy, announced on your network, for people who have no server; it stops when you quit.</source>
        <translation>Ejecutar un hub dentro de ChatBuddy, anunciado en su red, para quien no tiene servidor; se detiene al salir.</translation>
    </message>
    <message>
        <source>Host a Hub</source>
        <translation>Alojar un hub</translation>
    </message>
    <message>
        <source>The hub could not start: %1</source>
        <translation>El hub no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>Your hub runs at %1:%2; others on your network find it in their list. Its key: %3</source>
        <translation>Su hub funciona en %1:%2; los demás en su red lo encuentran en su lista. Su clave: %3</translation>
    </message>
    <message>
        <source>Others use your hub</source>
        <translation>Otros usan su hub</translation>
    </message>
    <message numerus="yes">
        <source>%n other people are logged in to the hub this computer runs. If it stops, they are told and lose the hub (chats already open go on).</source>
        <translation>
            <numerusform>%n persona más tiene la sesión iniciada en el hub que ejecuta este ordenador. Si se detiene, se le avisa y pierde el hub (los chats ya abiertos siguen).</numerusform>
            <numerusform>%n personas más tienen la sesión iniciada en el hub que ejecuta este ordenador. Si se detiene, se les avisa y pierden el hub (los chats ya abiertos siguen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Delivered ✓</source>
        <translation>Entregado ✓</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Read ✓✓</source>
        <translation>Leído ✓✓</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::Notifier</name>
    <message>
        <source>Someone at %1</source>
        <translation>Alguien en %1</translation>
    </message>
    <message>
        <source>Do &amp;Not Disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>No desktop notifications; unread messages are still counted</source>
        <translation>Sin notificaciones de escritorio; los mensajes no leídos se siguen contando</translation>
    </message>
    <message>
        <source>&amp;Show ChatBuddy</source>
        <translation>&amp;Mostrar ChatBuddy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <source>%1 wants to chat</source>
        <translation>%1 quiere chatear</translation>
    </message>
    <message>
        <source>Not encrypted: they use the original plain-text ChatBuddy.</source>
        <translation>Sin cifrar: usa el ChatBuddy original en texto plano.</translation>
    </message>
    <message>
        <source>Open ChatBuddy to accept or decline.</source>
        <translation>Abra ChatBuddy para aceptar o rechazar.</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mensaje no leído</numerusform>
            <numerusform>%n mensajes no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>«No molestar» está activado</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::SecurityBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the security warning</source>
        <translation>Descartar el aviso de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%n security warnings; the latest:</source>
        <translation>
            <numerusform>%n aviso de seguridad; el más reciente:</numerusform>
            <numerusform>%n avisos de seguridad; el más reciente:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::SettingsDialog</name>
    <message>
        <source>ChatBuddy — Settings</source>
        <translation>ChatBuddy — Configuración</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.2</source>
        <translation>p. ej. 192.168.1.2</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Puerto del hub</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Reconnect to this hub now</source>
        <translation>&amp;Reconectar a este hub ahora</translation>
    </message>
    <message>
        <source>Otherwise the new hub is used at the next login</source>
        <translation>Si no, el nuevo hub se usará en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>Used for the next login, or now if you reconnect.</source>
        <translation>Se usa en el próximo inicio de sesión, o ahora si vuelve a conectar.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>A&amp;utomatic (%1 if free)</source>
        <translation>A&amp;utomático (%1 si está libre)</translation>
    </message>
    <message>
        <source>Chat port automatic</source>
        <translation>Puerto de chat automático</translation>
    </message>
    <message>
        <source>&amp;Fixed:</source>
        <translation>&amp;Fijo:</translation>
    </message>
    <message>
        <source>Fixed chat port</source>
        <translation>Puerto de chat fijo</translation>
    </message>
    <message>
        <source>Chat port number</source>
        <translation>Número del puerto de chat</translation>
    </message>
    <message>
        <source>Chat port:</source>
        <translation>Puerto de chat:</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted legacy chats</source>
        <translation>Permitir chats heredados &amp;sin cifrar</translation>
    </message>
    <message>
        <source>Chats with the original plain-text ChatBuddy are not encrypted: anyone on your network can read them.</source>
        <translation>Los chats con el ChatBuddy original en texto plano no están cifrados: cualquiera en su red puede leerlos.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Mostrar notificaciones de &amp;escritorio</translation>
    </message>
    <message>
        <source>For chat requests and for messages in chats you are not looking at</source>
        <translation>Para solicitudes de chat y mensajes en chats que no está mirando</translation>
    </message>
    <message>
        <source>Do &amp;not disturb</source>
        <translation>&amp;No molestar</translation>
    </message>
    <message>
        <source>No notifications for now; unread messages are still counted</source>
        <translation>Sin notificaciones por ahora; los mensajes no leídos se siguen contando</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Se&amp;guir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>This desktop has no system tray right now: closing the window quits.</source>
        <translation>Este escritorio no tiene bandeja del sistema ahora mismo: cerrar la ventana cierra ChatBuddy.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Takes effect the next time ChatBuddy starts.</source>
        <translation>Se aplica la próxima vez que se inicie ChatBuddy.</translation>
    </message>
    <message>
        <source>Friends reach you at port %1 now.</source>
        <translation>Sus amigos le contactan ahora en el puerto %1.</translation>
    </message>
    <message>
        <source>ChatBuddy is not accepting chats now.</source>
        <translation>ChatBuddy no acepta chats ahora.</translation>
    </message>
    <message>
        <source>A new port takes effect at once; ChatBuddy reconnects to the hub to tell it.</source>
        <translation>Un puerto nuevo se aplica de inmediato; ChatBuddy se reconecta al hub para comunicárselo.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Keep chat &amp;history on this computer</source>
        <translation>&amp;Conservar el historial de chat en este equipo</translation>
    </message>
    <message>
        <source>Conversations and contacts stay after a chat ends and after ChatBuddy quits</source>
        <translation>Las conversaciones y los contactos se conservan al terminar un chat y al cerrar ChatBuddy</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Conservar el historial durante</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>Kee&amp;p for:</source>
        <translation>Conservar duran&amp;te:</translation>
    </message>
    <message>
        <source>C&amp;lear All History…</source>
        <translation>&amp;Borrar todo el historial…</translation>
    </message>
    <message>
        <source>Clear All History</source>
        <translation>Borrar todo el historial</translation>
    </message>
    <message>
        <source>Delete every conversation kept on this computer? Your contacts stay. This cannot be undone.</source>
        <translation>¿Borrar todas las conversaciones guardadas en este equipo? Sus contactos se conservan. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete All Conversations</source>
        <translation>&amp;Borrar todas las conversaciones</translation>
    </message>
    <message>
        <source>Every conversation was deleted.</source>
        <translation>Se borraron todas las conversaciones.</translation>
    </message>
    <message>
        <source>New chats are not kept. What is kept already stays until you clear it.</source>
        <translation>Los chats nuevos no se guardan. Lo ya guardado se conserva hasta que lo borre.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Others see when you are typing, and you see when they are. Turning it off takes effect at once; turning it on, in chats started afterwards.</source>
        <translation>Los demás ven cuándo está escribiendo, y usted ve cuándo escriben ellos. Desactivarlo tiene efecto de inmediato; activarlo, en los chats que empiecen después.</translation>
    </message>
    <message>
        <source>Others see when you have read their messages, and you see when they have read yours. Turning it off takes effect at once; turning it on, in chats started afterwards.</source>
        <translation>Los demás ven cuándo ha leído sus mensajes, y usted ve cuándo han leído los suyos. Desactivarlo tiene efecto de inmediato; activarlo, en los chats que empiecen después.</translation>
    </message>
    <message>
        <source>&amp;Send typing notices</source>
        <translation>Enviar &amp;avisos de escritura</translation>
    </message>
    <message>
        <source>Send read r&amp;eceipts</source>
        <translation>Enviar confirmaciones de &amp;lectura</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Save Received Files In</source>
        <translation>Guardar los archivos recibidos en</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Guardar en la car&amp;peta:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>Preguntar siempre</translation>
    </message>
    <message>
        <source>Save &amp;without asking:</source>
        <translation>Guardar s&amp;in preguntar:</translation>
    </message>
    <message>
        <source>Files from verified contacts up to “Save without asking” are saved at once. Files over “Largest file” are declined, and the sender is told.</source>
        <translation>Los archivos de contactos verificados que no superen «Guardar sin preguntar» se guardan de inmediato. Los que superen «Tamaño máximo de archivo» se rechazan y se avisa al remitente.</translation>
    </message>
    <message>
        <source>Lar&amp;gest file:</source>
        <translation>Tamaño &amp;máximo de archivo:</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::TransferStatus</name>
    <message numerus="yes">
        <source>%n file(s): %1 %</source>
        <translation>
            <numerusform>%n archivo: %1 %</numerusform>
            <numerusform>%n archivos: %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::TransferWidget</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>queda %n h</numerusform>
            <numerusform>quedan %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s · %2</source>
        <translation>%1/s · %2</translation>
    </message>
    <message>
        <source>Show the picture full size</source>
        <translation>Mostrar la imagen a tamaño completo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>la otra persona</translation>
    </message>
    <message>
        <source>Waiting for %1 to be online; it goes when you both are.</source>
        <translation>Esperando a que %1 esté en línea; se enviará cuando ambos lo estén.</translation>
    </message>
    <message>
        <source>Stopped; it goes on when %1 is back.</source>
        <translation>Detenido; continuará cuando %1 vuelva.</translation>
    </message>
    <message>
        <source>%1 is away; you can answer now and it comes when they are back.</source>
        <translation>%1 está ausente; puede responder ya y el archivo llegará cuando vuelva.</translation>
    </message>
    <message>
        <source>This file is no longer available here.</source>
        <translation>Este archivo ya no está disponible aquí.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · Waiting for %2 to accept…</source>
        <translation>%1 · Esperando a que %2 acepte…</translation>
    </message>
    <message>
        <source>%1 · %2 wants to send you this file.</source>
        <translation>%1 · %2 quiere enviarle este archivo.</translation>
    </message>
    <message>
        <source>%1 · Starting…</source>
        <translation>%1 · Iniciando…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Sent: %2 has it.</source>
        <translation>%1 · Enviado: %2 ya lo tiene.</translation>
    </message>
    <message>
        <source>%1 · Saved in %2</source>
        <translation>%1 · Guardado en %2</translation>
    </message>
    <message>
        <source>%1 · %2 declined it.</source>
        <translation>%1 · %2 lo rechazó.</translation>
    </message>
    <message>
        <source>%1 · Cancelled. %2</source>
        <translation>%1 · Cancelado. %2</translation>
    </message>
    <message>
        <source>%1 · Not transferred: %2</source>
        <translation>%1 · No transferido: %2</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Guardar archivo</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::TrustBanners</name>
    <message>
        <source>Accept &amp;key</source>
        <translation>Aceptar &amp;clave</translation>
    </message>
    <message>
        <source>Someone may be pretending to be them, or they set up ChatBuddy again. Nothing is sent until you accept the new key: ask them in person or on a call, and compare the safety number (Verify…).</source>
        <translation>Puede que alguien se esté haciendo pasar por esa persona, o que haya vuelto a instalar ChatBuddy. No se envía nada hasta que acepte la nueva clave: pregúntele en persona o por teléfono y compare el número de seguridad (Verificar…).</translation>
    </message>
    <message>
        <source>Key before</source>
        <translation>Clave anterior</translation>
    </message>
    <message>
        <source>Key now</source>
        <translation>Clave actual</translation>
    </message>
    <message>
        <source>Key before:</source>
        <translation>Clave anterior:</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>Clave actual:</translation>
    </message>
    <message>
        <source>E&amp;nd chat</source>
        <translation>&amp;Terminar chat</translation>
    </message>
    <message>
        <source>End the chat</source>
        <translation>Terminar el chat</translation>
    </message>
    <message>
        <source>%1&apos;s key changed — this may be an attack.</source>
        <translation>La clave de %1 ha cambiado: podría ser un ataque.</translation>
    </message>
    <message>
        <source>Accept new &amp;key</source>
        <translation>Aceptar nueva &amp;clave</translation>
    </message>
    <message>
        <source>Accept %1&apos;s new key</source>
        <translation>Aceptar la nueva clave de %1</translation>
    </message>
    <message>
        <source>Only if %1 confirms the new key (compare the safety number)</source>
        <translation>Solo si %1 confirma la nueva clave (compare el número de seguridad)</translation>
    </message>
    <message>
        <source>The hub does not know the name %1, so nobody has confirmed that this key belongs to them.</source>
        <translation>El hub no conoce el nombre %1, así que nadie ha confirmado que esta clave le pertenezca.</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1, so nobody has confirmed that this key belongs to them.</source>
        <translation>No se pudo preguntar a su hub por %1, así que nadie ha confirmado que esta clave le pertenezca.</translation>
    </message>
    <message>
        <source>You opened this chat by address, so nobody has confirmed that this key belongs to %1.</source>
        <translation>Abrió este chat por dirección, así que nadie ha confirmado que esta clave pertenezca a %1.</translation>
    </message>
    <message>
        <source>Compare the safety number with them (Verify…), then accept the key: ChatBuddy remembers it and warns you if it ever changes.</source>
        <translation>Compare el número de seguridad con esa persona (Verificar…) y luego acepte la clave: ChatBuddy la recuerda y le avisa si alguna vez cambia.</translation>
    </message>
    <message>
        <source>%1&apos;s key fingerprint</source>
        <translation>Huella de la clave de %1</translation>
    </message>
    <message>
        <source>Accept %1&apos;s key</source>
        <translation>Aceptar la clave de %1</translation>
    </message>
    <message>
        <source>Remember this key for %1</source>
        <translation>Recordar esta clave para %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::UserDelegate</name>
    <message>
        <source>(you)</source>
        <translation>(usted)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Last seen today at %1</source>
        <translation>Última conexión hoy a las %1</translation>
    </message>
    <message>
        <source>Last seen yesterday at %1</source>
        <translation>Última conexión ayer a las %1</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Última conexión el %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::UsersPanel</name>
    <message>
        <source>Filter people by name</source>
        <translation>Filtrar personas por nombre</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation>Buscar una persona (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Chat with the selected person</source>
        <translation>Chatear con la persona seleccionada</translation>
    </message>
    <message>
        <source>Connect by &amp;address…</source>
        <translation>Por &amp;dirección…</translation>
    </message>
    <message>
        <source>Connect to a friend by IP address</source>
        <translation>Conectar con un amigo por dirección IP</translation>
    </message>
    <message>
        <source>Chat with someone by IP address and port, even if they are not on the hub</source>
        <translation>Chatear con alguien por dirección IP y puerto, aunque no esté en el hub</translation>
    </message>
    <message>
        <source>Select someone in the list first.</source>
        <translation>Seleccione primero a alguien de la lista.</translation>
    </message>
    <message>
        <source>That&apos;s you! Pick someone else to chat with.</source>
        <translation>¡Es usted! Elija a otra persona con quien chatear.</translation>
    </message>
    <message>
        <source>Chat with %1 (or double-click them)</source>
        <translation>Chatear con %1 (o hacer doble clic)</translation>
    </message>
    <message>
        <source>Select someone in the list to chat with</source>
        <translation>Seleccione a alguien de la lista para chatear</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln online</source>
        <translation>
            <numerusform>%1 de %Ln en línea</numerusform>
            <numerusform>%1 de %Ln en línea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online</source>
        <translation>
            <numerusform>%Ln en línea</numerusform>
            <numerusform>%Ln en línea</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody online matches &quot;%1&quot;.</source>
        <translation>Nadie en línea coincide con «%1».</translation>
    </message>
    <message>
        <source>Nobody else is here yet. Friends who log in to this hub appear here.</source>
        <translation>Todavía no hay nadie más. Los amigos que inicien sesión en este hub aparecerán aquí.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Chat with %1</source>
        <translation>&amp;Chatear con %1</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>&amp;Abrir conversación</translation>
    </message>
    <message>
        <source>&amp;Remove from Contacts…</source>
        <translation>&amp;Quitar de los contactos…</translation>
    </message>
    <message>
        <source>Offline: open your conversation (or double-click them)</source>
        <translation>Desconectado: abrir su conversación (o hacer doble clic)</translation>
    </message>
    <message>
        <source>Not connected to the hub, so nobody shows as online. You can still read your conversations and connect to a friend by address.</source>
        <translation>No conectado al hub, así que nadie aparece en línea. Aún puede leer sus conversaciones y conectar con un amigo por dirección.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 people who match. Type more of the name to find the one you want.</source>
        <translation>Se muestran %1 de %2 personas que coinciden. Escribe más del nombre para encontrar a quien buscas.</translation>
    </message>
    <message>
        <source>Many people are on this hub, so the list shows your contacts. Type a name to find anyone else.</source>
        <translation>Hay mucha gente en este hub, así que la lista muestra tus contactos. Escribe un nombre para encontrar a cualquier otra persona.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::VerifyDialog</name>
    <message>
        <source>Safety number</source>
        <translation>Número de seguridad</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Huella de su clave</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>Su clave:</translation>
    </message>
    <message>
        <source>&amp;Mark as verified</source>
        <translation>&amp;Marcar como verificado</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <source>Copy the safety number</source>
        <translation>Copiar el número de seguridad</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
    <message>
        <source>your friend</source>
        <translation>su amigo</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Verificar a %1</translation>
    </message>
    <message>
        <source>Compare this number with %1 in person or on a call; if it matches on both screens, mark %1 as verified. Nobody else can make both of your screens show the same number.</source>
        <translation>Compare este número con %1 en persona o por teléfono; si coincide en ambas pantallas, marque a %1 como verificado. Nadie más puede hacer que sus dos pantallas muestren el mismo número.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(aún desconocida)</translation>
    </message>
    <message>
        <source>%1&apos;s key:</source>
        <translation>Clave de %1:</translation>
    </message>
    <message>
        <source>%1&apos;s key fingerprint</source>
        <translation>Huella de la clave de %1</translation>
    </message>
    <message>
        <source>Mark as &amp;not verified</source>
        <translation>Marcar como &amp;no verificado</translation>
    </message>
    <message>
        <source>Take back the verified mark for %1</source>
        <translation>Retirar la marca de verificado de %1</translation>
    </message>
    <message>
        <source>Accept new key and mark as &amp;verified</source>
        <translation>Aceptar la nueva clave y marcar como &amp;verificado</translation>
    </message>
    <message>
        <source>The numbers match: trust %1&apos;s new key</source>
        <translation>Los números coinciden: confiar en la nueva clave de %1</translation>
    </message>
    <message>
        <source>The numbers match: remember %1 as verified</source>
        <translation>Los números coinciden: recordar a %1 como verificado</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::security::TrustPresentation</name>
    <message>
        <source>The hub does not know the name %1, so nobody vouches for this key.</source>
        <translation>El hub no conoce el nombre %1, así que nadie garantiza esta clave.</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1&apos;s key, so nobody vouches for it.</source>
        <translation>No se pudo preguntar a su hub por la clave de %1, así que nadie la garantiza.</translation>
    </message>
    <message>
        <source>You opened this chat by address, so nobody vouches for this key.</source>
        <translation>Abrió este chat por dirección, así que nadie garantiza esta clave.</translation>
    </message>
    <message>
        <source>Waiting for the other side to say who they are…</source>
        <translation>Esperando a que el otro lado diga quién es…</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verificado</translation>
    </message>
    <message>
        <source>You compared the safety number with %1 for this key.</source>
        <translation>Ha comparado el número de seguridad con %1 para esta clave.</translation>
    </message>
    <message>
        <source>⚠ Key changed</source>
        <translation>⚠ Clave cambiada</translation>
    </message>
    <message>
        <source>%1&apos;s key is not the one you chatted with before. Accept the new key only if the safety number matches on both screens.</source>
        <translation>La clave de %1 no es la misma con la que chateó antes. Acepte la nueva clave solo si el número de seguridad coincide en ambas pantallas.</translation>
    </message>
    <message>
        <source>Key confirmed by the hub</source>
        <translation>Clave confirmada por el hub</translation>
    </message>
    <message>
        <source>The hub has this key on record for the name %1. To be sure it is really them, compare the safety number (Verify…).</source>
        <translation>El hub tiene esta clave registrada para el nombre %1. Para asegurarse de que es realmente esa persona, compare el número de seguridad (Verificar…).</translation>
    </message>
    <message>
        <source>⚠ Not verified</source>
        <translation>⚠ No verificado</translation>
    </message>
    <message>
        <source>Compare the safety number with %1 to be sure.</source>
        <translation>Compare el número de seguridad con %1 para estar seguro.</translation>
    </message>
    <message>
        <source>You verified %1 by comparing the safety number.</source>
        <translation>Verificó a %1 comparando el número de seguridad.</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: chats with them are not encrypted.</source>
        <translation>%1 usa el ChatBuddy original en texto plano: los chats con esa persona no están cifrados.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>idioma desconocido «%1»: use uno de estos: %2.</translation>
    </message>
    <message>
        <source>cannot load the translation for &quot;%1&quot;.</source>
        <translation>no se puede cargar la traducción para «%1».</translation>
    </message>
    <message>
        <source>ChatBuddy: secure peer-to-peer chat on your network.</source>
        <translation>ChatBuddy: chat entre pares seguro en su red.</translation>
    </message>
    <message>
        <source>The hub to log in to (default: as last time, or 127.0.0.1:%1).</source>
        <translation>El hub en el que iniciar sesión (predeterminado: el de la última vez, o 127.0.0.1:%1).</translation>
    </message>
    <message>
        <source>Use the profile NAME (its own key and settings), so several people can use ChatBuddy on one computer.</source>
        <translation>Usar el perfil NAME (con su propia clave y ajustes), para que varias personas puedan usar ChatBuddy en un mismo equipo.</translation>
    </message>
    <message>
        <source>Pre-fill the user name.</source>
        <translation>Rellenar previamente el nombre de usuario.</translation>
    </message>
    <message>
        <source>Log in at once with the pre-filled name and hub.</source>
        <translation>Iniciar sesión de inmediato con el nombre y el hub indicados.</translation>
    </message>
    <message>
        <source>Show ChatBuddy in LANGUAGE (%1) instead of the system&apos;s language.</source>
        <translation>Mostrar ChatBuddy en LANGUAGE (%1) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>--hub wants HOST:PORT with a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--hub espera HOST:PORT con un puerto del 1 al 65535, no «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«%1» no es un nombre de perfil válido: use de 1 a 32 letras, dígitos, «.», «_» o «-».</translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation>no se puede abrir el perfil: %1</translation>
    </message>
    <message>
        <source>cannot accept chats: %1</source>
        <translation>no se pueden aceptar chats: %1</translation>
    </message>
    <message>
        <source>Do not look for hubs on the local network.</source>
        <translation>No buscar hubs en la red local.</translation>
    </message>
    <message>
        <source>UDP port where hubs announce themselves (default %1).</source>
        <translation>Puerto UDP donde los hubs se anuncian (por defecto %1).</translation>
    </message>
    <message>
        <source>Look for hubs at this address only, such as 127.255.255.255 for this computer (repeatable; default: every network&apos;s broadcast address).</source>
        <translation>Buscar hubs solo en esta dirección, como 127.255.255.255 para este ordenador (repetible; por defecto: la dirección de difusión de cada red).</translation>
    </message>
    <message>
        <source>--discovery-port wants a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--discovery-port espera un puerto de 1 a 65535, no «%1».</translation>
    </message>
    <message>
        <source>--discovery-address wants an IPv4 address such as 192.168.1.255, not &quot;%1&quot;.</source>
        <translation>--discovery-address espera una dirección IPv4 como 192.168.1.255, no «%1».</translation>
    </message>
    <message>
        <source>Place the main window here instead of where it was last time, e.g. 640x560+0+0.</source>
        <translation>Colocar la ventana principal aquí en lugar de donde estuvo la última vez, p. ej. 640x560+0+0.</translation>
    </message>
    <message>
        <source>--window-geometry wants WIDTHxHEIGHT+X+Y such as 640x560+0+0, not &quot;%1&quot;.</source>
        <translation>--window-geometry espera ANCHOxALTO+X+Y como 640x560+0+0, no «%1».</translation>
    </message>
</context>
</TS>
