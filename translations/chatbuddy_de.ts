<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>chatbuddy</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Bitte einen Namen eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n characters.</source>
        <translation>
            <numerusform>Ein Name darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Ein Name darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name may only use letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Ein Name darf nur die Buchstaben A–Z, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>A name needs at least one letter or digit.</source>
        <translation>Ein Name braucht mindestens einen Buchstaben oder eine Ziffer.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::ChatSession</name>
    <message>
        <source>Could not reach your friend at %1: no answer.</source>
        <translation>Gegenüber unter %1 nicht erreichbar: keine Antwort.</translation>
    </message>
    <message>
        <source>The chat could not be set up in time.</source>
        <translation>Der Chat konnte nicht rechtzeitig aufgebaut werden.</translation>
    </message>
    <message>
        <source>Connection to %1 was lost (no answer for a while).</source>
        <translation>Verbindung zu %1 verloren (längere Zeit keine Antwort).</translation>
    </message>
    <message>
        <source>Trying to reach your friend at %1:%2...</source>
        <translation>Verbindung zu %1:%2 wird aufgebaut …</translation>
    </message>
    <message>
        <source>Not encrypted: this is a plain-text chat with an old ChatBuddy program. Anyone on the network can read it, and nobody can prove who is on the other side.</source>
        <translation>Nicht verschlüsselt: Dies ist ein Klartext-Chat mit einem alten ChatBuddy-Programm. Jeder im Netzwerk kann ihn mitlesen, und niemand kann nachweisen, wer auf der anderen Seite ist.</translation>
    </message>
    <message>
        <source>Connection successful! Chat away! When you&apos;re done, just type &apos;EOM&apos;.</source>
        <translation>Verbindung hergestellt! Viel Spaß beim Chatten! Zum Beenden einfach „EOM“ eingeben.</translation>
    </message>
    <message>
        <source>%1 sent too much before the chat was accepted.</source>
        <translation>%1 hat vor der Annahme des Chats zu viel gesendet.</translation>
    </message>
    <message>
        <source>%1 ended the chat.</source>
        <translation>%1 hat den Chat beendet.</translation>
    </message>
    <message>
        <source>The other side presented no key.</source>
        <translation>Die Gegenseite hat keinen Schlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>The person at %1:%2 is not presenting %3&apos;s key. This may be an attack, so the chat was not started.
Expected key: %4
Key presented: %5</source>
        <translation>Die Person unter %1:%2 legt nicht den Schlüssel von %3 vor. Das könnte ein Angriff sein, daher wurde der Chat nicht gestartet.
Erwarteter Schlüssel: %4
Vorgelegter Schlüssel: %5</translation>
    </message>
    <message>
        <source>Connected. Waiting for %1 to accept...</source>
        <translation>Verbunden. Warten, bis %1 annimmt …</translation>
    </message>
    <message>
        <source>%1 sent something invalid (%2); the chat was closed.</source>
        <translation>%1 hat etwas Ungültiges gesendet (%2); der Chat wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 sent an unexpected &quot;%2&quot;; the chat was closed.</source>
        <translation>%1 hat unerwartet „%2“ gesendet; der Chat wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 declined the chat.</source>
        <translation>%1 hat den Chat abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused the chat: your key does not match the key registered for your name.</source>
        <translation>%1 hat den Chat abgewiesen: Der eigene Schlüssel passt nicht zu dem für diesen Namen registrierten.</translation>
    </message>
    <message>
        <source>%1 closed the chat: %2</source>
        <translation>%1 hat den Chat geschlossen: %2</translation>
    </message>
    <message>
        <source>Someone at %1 used an invalid name; the chat was refused.</source>
        <translation>Jemand unter %1 hat einen ungültigen Namen verwendet; der Chat wurde abgewiesen.</translation>
    </message>
    <message>
        <source>The person at %1:%2 calls themselves &quot;%3&quot;, not &quot;%4&quot;. This may be an attack, so the chat was closed.</source>
        <translation>Die Person unter %1:%2 nennt sich „%3“, nicht „%4“. Das könnte ein Angriff sein, daher wurde der Chat geschlossen.</translation>
    </message>
    <message>
        <source>Someone at %1:%2 claimed to be %3 but presented a different key than the one registered for that name. This may be an attack, so the chat was refused.
Registered key: %4
Key presented: %5</source>
        <translation>Jemand unter %1:%2 hat behauptet, %3 zu sein, aber einen anderen Schlüssel vorgelegt als den für diesen Namen registrierten. Das könnte ein Angriff sein, daher wurde der Chat abgewiesen.
Registrierter Schlüssel: %4
Vorgelegter Schlüssel: %5</translation>
    </message>
    <message>
        <source>%1 joined! Start chatting! Remember to type &apos;EOM&apos; when you&apos;re finished.</source>
        <translation>%1 ist da! Los geht’s! Zum Beenden „EOM“ eingeben.</translation>
    </message>
    <message>
        <source>You declined the chat with %1.</source>
        <translation>Chat mit %1 abgelehnt.</translation>
    </message>
    <message>
        <source>%1&apos;s key changed — this may be an attack. Nothing is sent until you check the new key with %1 and accept it.
Key before: %2
Key now: %3</source>
        <translation>Der Schlüssel von %1 hat sich geändert – das könnte ein Angriff sein. Es wird nichts gesendet, bis der neue Schlüssel mit %1 geprüft und angenommen wurde.
Schlüssel vorher: %2
Schlüssel jetzt: %3</translation>
    </message>
    <message>
        <source>You accepted %1&apos;s key %2.</source>
        <translation>Schlüssel %2 von %1 angenommen.</translation>
    </message>
    <message>
        <source>You ended the chat.</source>
        <translation>Chat beendet.</translation>
    </message>
    <message>
        <source>You cancelled the chat.</source>
        <translation>Chat abgebrochen.</translation>
    </message>
    <message>
        <source>Could not set up a secure chat with %1:%2 (%3). Is it a ChatBuddy client?</source>
        <translation>Kein sicherer Chat mit %1:%2 möglich (%3). Ist das ein ChatBuddy-Programm?</translation>
    </message>
    <message>
        <source>Could not reach your friend at %1:%2: %3</source>
        <translation>Gegenüber unter %1:%2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>Connection to %1 was lost. Looks like your friend stepped away.</source>
        <translation>Verbindung zu %1 verloren. Das Gegenüber scheint weg zu sein.</translation>
    </message>
    <message>
        <source>Connection to %1 was lost before the chat started.</source>
        <translation>Verbindung zu %1 ging vor Beginn des Chats verloren.</translation>
    </message>
    <message>
        <source>The other side uses a kind of key ChatBuddy does not accept (%1), so the chat was closed.</source>
        <translation>Die Gegenseite verwendet eine Schlüsselart, die ChatBuddy nicht akzeptiert (%1), daher wurde der Chat geschlossen.</translation>
    </message>
    <message>
        <source>someone at %1</source>
        <translation>jemand unter %1</translation>
    </message>
    <message>
        <source>To chat with it anyway, press Chat again as plain text (NOT encrypted).</source>
        <translation>Um trotzdem zu chatten, „Noch einmal im Klartext chatten“ drücken (NICHT verschlüsselt).</translation>
    </message>
    <message>
        <source>To chat with it anyway, turn on Security ▸ Allow Unencrypted Legacy Chats first (such chats are NOT encrypted).</source>
        <translation>Um trotzdem zu chatten, zuerst Sicherheit ▸ Unverschlüsselte Legacy-Chats erlauben einschalten (solche Chats sind NICHT verschlüsselt).</translation>
    </message>
    <message>
        <source>%1:%2 answered but does not speak encrypted ChatBuddy: it looks like the original plain-text ChatBuddy.</source>
        <translation>%1:%2 hat geantwortet, spricht aber kein verschlüsseltes ChatBuddy: Es sieht nach dem ursprünglichen ChatBuddy im Klartext aus.</translation>
    </message>
    <message>
        <source>Someone at %1 tried to chat using the original plain-text ChatBuddy, which cannot encrypt. Legacy chats are off, so the chat was refused.</source>
        <translation>Jemand unter %1 wollte mit dem ursprünglichen ChatBuddy im Klartext chatten, das nicht verschlüsseln kann. Legacy-Chats sind ausgeschaltet, daher wurde der Chat abgewiesen.</translation>
    </message>
    <message>
        <source>%1 is not registered with your hub, so nobody vouches for this key.</source>
        <translation>%1 ist beim Hub nicht registriert, daher bestätigt niemand diesen Schlüssel.</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1&apos;s key (you are not connected to it), so this key is not checked.</source>
        <translation>Der Hub konnte nicht nach dem Schlüssel von „%1“ gefragt werden (keine Verbindung zum Hub), daher ist dieser Schlüssel nicht geprüft.</translation>
    </message>
    <message>
        <source>You marked %1 as verified: your safety numbers match.</source>
        <translation>%1 als verifiziert markiert: Die Sicherheitsnummern stimmen überein.</translation>
    </message>
    <message>
        <source>You took the verified mark off %1.</source>
        <translation>Verifiziert-Markierung für %1 zurückgenommen.</translation>
    </message>
    <message>
        <source>A file transfer link nobody expected was closed.</source>
        <translation>Eine unerwartete Verbindung für eine Dateiübertragung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Client</name>
    <message>
        <source>%1 uses the old ChatBuddy program, which cannot encrypt. Turn on &quot;Allow unencrypted legacy chats&quot; to chat with %1 anyway.</source>
        <translation>%1 verwendet das alte ChatBuddy-Programm, das nicht verschlüsseln kann. Um trotzdem mit %1 zu chatten, „Unverschlüsselte Legacy-Chats erlauben“ einschalten.</translation>
    </message>
    <message>
        <source>Plain-text legacy chats are off. Turn on &quot;Allow unencrypted legacy chats&quot; first.</source>
        <translation>Legacy-Chats im Klartext sind ausgeschaltet. Zuerst „Unverschlüsselte Legacy-Chats erlauben“ einschalten.</translation>
    </message>
    <message>
        <source>%1 is not online right now. You can chat again when they are back.</source>
        <translation>%1 ist gerade nicht online. Ein neuer Chat ist möglich, sobald %1 zurück ist.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>The message is too long (at most %1 bytes).</source>
        <translation>Die Nachricht ist zu lang (höchstens %1 Bytes).</translation>
    </message>
    <message>
        <source>%1 uses the old ChatBuddy program: messages can only be sent while you chat.</source>
        <translation>%1 verwendet das alte ChatBuddy-Programm: Nachrichten können nur während eines Chats gesendet werden.</translation>
    </message>
    <message>
        <source>There is no chat to send the file on.</source>
        <translation>Es gibt keinen Chat, über den die Datei gesendet werden kann.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Diese Person</translation>
    </message>
    <message>
        <source>%1&apos;s ChatBuddy cannot take files; they need a newer version.</source>
        <translation>Das ChatBuddy von %1 kann keine Dateien annehmen; dafür ist eine neuere Version nötig.</translation>
    </message>
    <message>
        <source>%1 takes files of at most %2 MiB.</source>
        <translation>%1 nimmt Dateien von höchstens %2 MiB an.</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: files can only be sent to someone using the encrypted ChatBuddy.</source>
        <translation>%1 verwendet das ursprüngliche ChatBuddy im Klartext: Dateien können nur an jemanden gesendet werden, der das verschlüsselte ChatBuddy verwendet.</translation>
    </message>
    <message>
        <source>Declined automatically: larger than the %1 MiB set in Settings.</source>
        <translation>Automatisch abgelehnt: größer als die in den Einstellungen festgelegten %1 MiB.</translation>
    </message>
    <message>
        <source>Sends you a file: %1</source>
        <translation>Sendet Ihnen eine Datei: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Courier</name>
    <message>
        <source>The message could not be kept for later: %1</source>
        <translation>Die Nachricht konnte nicht für später gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1&apos;s name now belongs to a different key. Your queued messages wait until you chat with %1 and check the new key.</source>
        <translation>Der Name „%1“ gehört jetzt zu einem anderen Schlüssel. Nachrichten in der Warteschlange bleiben dort, bis der neue Schlüssel in einem Chat mit %1 geprüft ist.</translation>
    </message>
    <message>
        <source>A message that claimed to come from %1 was changed on the way or not sealed by %1. It was discarded.</source>
        <translation>Eine Nachricht, die angeblich von %1 stammt, wurde unterwegs verändert oder nicht von %1 versiegelt. Sie wurde verworfen.</translation>
    </message>
    <message>
        <source>A message from &quot;%1&quot; arrived signed by a different key than the one you know for %1. It was not shown. If %1 really has a new key, chat with them and compare the safety number.</source>
        <translation>Eine Nachricht von „%1“ ist mit einem anderen Schlüssel signiert als dem, der für %1 bekannt ist. Sie wurde nicht angezeigt. Falls %1 wirklich einen neuen Schlüssel hat, mit %1 chatten und die Sicherheitsnummer vergleichen.</translation>
    </message>
    <message>
        <source>%1 did not come online to collect it in time.</source>
        <translation>%1 war nicht rechtzeitig online, um sie abzuholen.</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox on the hub is full.</source>
        <translation>Das Postfach von %1 auf dem Hub ist voll.</translation>
    </message>
    <message>
        <source>You have too many messages waiting at the hub already.</source>
        <translation>Auf dem Hub warten bereits zu viele eigene Nachrichten.</translation>
    </message>
    <message>
        <source>Not delivered: &quot;%1&quot;. %2</source>
        <translation>Nicht zugestellt: „%1“. %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::FileReceiver</name>
    <message>
        <source>%1 has less of the file than was agreed; the transfer starts again.</source>
        <translation>%1 enthält weniger von der Datei als vereinbart; die Übertragung beginnt von vorn.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>What was received of the file before cannot be read again (%1).</source>
        <translation>Der bereits empfangene Teil der Datei kann nicht wieder gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The sender ended the file after %1 of %2 bytes.</source>
        <translation>Der Absender hat die Datei nach %1 von %2 Bytes beendet.</translation>
    </message>
    <message>
        <source>The file did not arrive intact (its SHA-256 does not match), so it was not kept.</source>
        <translation>Die Datei ist nicht unversehrt angekommen (ihre SHA-256-Prüfsumme stimmt nicht), daher wurde sie nicht behalten.</translation>
    </message>
    <message>
        <source>The sender sent more than the %1 bytes it offered.</source>
        <translation>Der Absender hat mehr als die angebotenen %1 Bytes gesendet.</translation>
    </message>
    <message>
        <source>The file could not be written (%1); is the disk full?</source>
        <translation>Die Datei konnte nicht geschrieben werden (%1); ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (it needs %2 more bytes).</source>
        <translation>Nicht genug freier Speicherplatz für %1 (es werden noch %2 Bytes benötigt).</translation>
    </message>
    <message>
        <source>The transfer link failed: %1</source>
        <translation>Die Verbindung für die Übertragung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::FileSender</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was offered (it has %2 bytes now, not %3).</source>
        <translation>%1 hat sich seit dem Angebot geändert (jetzt %2 Bytes statt %3).</translation>
    </message>
    <message>
        <source>%1 could not be read again: %2</source>
        <translation>%1 konnte nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::History</name>
    <message>
        <source>Another ChatBuddy is using this profile&apos;s history, so this window keeps its conversations only until you quit.</source>
        <translation>Ein anderes ChatBuddy verwendet den Verlauf dieses Profils, daher behält dieses Fenster seine Unterhaltungen nur bis zum Beenden.</translation>
    </message>
    <message>
        <source>Your chat history cannot be kept: %1 cannot be created (%2).</source>
        <translation>Der Chat-Verlauf kann nicht gespeichert werden: %1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>Your chat history could not be read (%1). It was moved to %2 and a new history was started.</source>
        <translation>Der Chat-Verlauf konnte nicht gelesen werden (%1). Er wurde nach %2 verschoben, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Your chat history was written by a newer ChatBuddy (%1), so it is left as it is and this window keeps its conversations only until you quit.</source>
        <translation>Der Chat-Verlauf wurde von einem neueren ChatBuddy geschrieben (%1), daher bleibt er unverändert, und dieses Fenster behält seine Unterhaltungen nur bis zum Beenden.</translation>
    </message>
    <message>
        <source>Your chat history cannot be opened (%1), so this window keeps its conversations only until you quit.</source>
        <translation>Der Chat-Verlauf kann nicht geöffnet werden (%1), daher behält dieses Fenster seine Unterhaltungen nur bis zum Beenden.</translation>
    </message>
    <message>
        <source>Your chat history cannot be written (%1), so this window keeps its conversations only until you quit.</source>
        <translation>Der Chat-Verlauf kann nicht geschrieben werden (%1), daher behält dieses Fenster seine Unterhaltungen nur bis zum Beenden.</translation>
    </message>
    <message>
        <source>Your chat history cannot be saved right now (%1). Your conversations stay open and will be saved as soon as it works again.</source>
        <translation>Der Chat-Verlauf kann gerade nicht gespeichert werden (%1). Die Unterhaltungen bleiben geöffnet und werden gespeichert, sobald es wieder funktioniert.</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <source>no key: plain-text chats</source>
        <translation>kein Schlüssel: Chats im Klartext</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Saved from ChatBuddy on %1</source>
        <translation>Aus ChatBuddy gespeichert am %1</translation>
    </message>
    <message>
        <source>There is no such conversation.</source>
        <translation>Diese Unterhaltung gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::HubConnection</name>
    <message>
        <source>The hub at %1 did not answer in time.</source>
        <translation>Der Hub unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The hub stopped answering.</source>
        <translation>Der Hub antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hub lost, reconnecting…</source>
        <translation>Hub verloren, neue Verbindung …</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>Keine sichere Verbindung zum Hub unter %1 möglich: %2</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: %2</source>
        <translation>Hub unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The hub at %1 presented a different key than before. This may be an attack, so ChatBuddy did not log in.
Pinned key: %2
Key now: %3</source>
        <translation>Der Hub unter %1 hat einen anderen Schlüssel als zuvor vorgelegt. Das könnte ein Angriff sein, daher hat sich ChatBuddy nicht angemeldet.
Gespeicherter Schlüssel: %2
Schlüssel jetzt: %3</translation>
    </message>
    <message>
        <source>The hub sent something ChatBuddy does not understand (%1).</source>
        <translation>Der Hub hat etwas gesendet, das ChatBuddy nicht versteht (%1).</translation>
    </message>
    <message>
        <source>Connection to the hub was lost.</source>
        <translation>Verbindung zum Hub verloren.</translation>
    </message>
    <message>
        <source>The hub at %1 closed the connection.</source>
        <translation>Der Hub unter %1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The hub sent an invalid message (%1).</source>
        <translation>Der Hub hat eine ungültige Nachricht gesendet (%1).</translation>
    </message>
    <message>
        <source>Someone named &quot;%1&quot; is already online. Please pick another name.</source>
        <translation>Jemand namens „%1“ ist bereits online. Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to someone else (another key registered it first). Please pick another name.</source>
        <translation>Der Name „%1“ gehört bereits jemand anderem (ein anderer Schlüssel hat ihn zuerst registriert). Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>The hub did not accept the name &quot;%1&quot;: %2</source>
        <translation>Der Hub hat den Namen „%1“ nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>The hub is full right now. Please try again later.</source>
        <translation>Der Hub ist gerade voll. Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>You logged in as &quot;%1&quot; from somewhere else, so this session was signed out.</source>
        <translation>Anmeldung als „%1“ von anderswo – diese Sitzung wurde daher abgemeldet.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>Der Hub hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The hub is shutting down.</source>
        <translation>Der Hub wird heruntergefahren.</translation>
    </message>
    <message>
        <source>The hub was shut down. ChatBuddy reconnects when it is back.</source>
        <translation>Der Hub wurde heruntergefahren. ChatBuddy verbindet sich neu, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>The hub at %1 did not show the key it announced on the network. Someone else may be answering in its place, so ChatBuddy did not log in.
Announced key: %2
Key shown: %3</source>
        <translation>Der Hub unter %1 hat nicht den Schlüssel gezeigt, den er im Netzwerk angekündigt hat. Vielleicht antwortet jemand anderes an seiner Stelle, daher hat sich ChatBuddy nicht angemeldet.
Angekündigter Schlüssel: %2
Gezeigter Schlüssel: %3</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::HubFinder</name>
    <message>
        <source>Hubs on the network cannot be found: %1</source>
        <translation>Hubs im Netzwerk können nicht gesucht werden: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::PeopleModel</name>
    <message>
        <source>%1 — offline, last seen %2</source>
        <translation>%1 – offline, zuletzt online am %2</translation>
    </message>
    <message>
        <source>%1 — offline</source>
        <translation>%1 – offline</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Profile</name>
    <message>
        <source>no writable data folder for this user</source>
        <translation>kein beschreibbarer Datenordner für diesen Benutzer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>„%1“ ist kein gültiger Profilname (erlaubt sind Buchstaben, Ziffern, „.“, „_“ und „-“)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>Zugriff auf %1 kann nicht eingeschränkt werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is damaged (it should hold 32 bytes)</source>
        <translation>%1 ist beschädigt (sollte 32 Bytes enthalten)</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Transfers</name>
    <message>
        <source>Files can only be sent in a chat with a ChatBuddy that takes them.</source>
        <translation>Dateien können nur in einem Chat mit einem ChatBuddy gesendet werden, der sie annimmt.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The offer could not be sent.</source>
        <translation>Das Angebot konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The other side stopped the transfer.</source>
        <translation>Die Gegenseite hat die Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>This file is no longer offered.</source>
        <translation>Diese Datei wird nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>You declined the file.</source>
        <translation>Datei abgelehnt.</translation>
    </message>
    <message>
        <source>You cancelled the transfer.</source>
        <translation>Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>The transfer link presented another key than the chat; it was closed.</source>
        <translation>Die Verbindung für die Übertragung hat einen anderen Schlüssel vorgelegt als der Chat; sie wurde geschlossen.</translation>
    </message>
    <message>
        <source>The other side did not answer the transfer link.</source>
        <translation>Die Gegenseite hat auf die Verbindung für die Übertragung nicht geantwortet.</translation>
    </message>
    <message>
        <source>The chat ended; the file goes on when you chat again.</source>
        <translation>Der Chat wurde beendet; die Datei wird beim nächsten Chat weiter übertragen.</translation>
    </message>
    <message>
        <source>The sender cancelled it.</source>
        <translation>Der Absender hat die Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>%1 changed or is gone since it was offered, so it was not sent.</source>
        <translation>%1 wurde seit dem Angebot geändert oder ist nicht mehr vorhanden, daher wurde die Datei nicht gesendet.</translation>
    </message>
    <message>
        <source>Files can only be sent to someone who uses ChatBuddy.</source>
        <translation>Dateien können nur an jemanden gesendet werden, der ChatBuddy verwendet.</translation>
    </message>
    <message>
        <source>The file was offered again with another size.</source>
        <translation>Die Datei wurde erneut mit einer anderen Größe angeboten.</translation>
    </message>
    <message>
        <source>The transfer link could not be opened (%1); the file goes on when you chat again.</source>
        <translation>Die Verbindung für die Übertragung konnte nicht geöffnet werden (%1); die Datei wird beim nächsten Chat weiter übertragen.</translation>
    </message>
    <message>
        <source>The connection was lost; the file goes on from where it stopped when you are both back.</source>
        <translation>Die Verbindung ist abgebrochen; die Übertragung geht an derselben Stelle weiter, sobald beide wieder da sind.</translation>
    </message>
    <message>
        <source>It is larger than %1 takes.</source>
        <translation>Sie ist größer, als %1 annimmt.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::files::FileNames</name>
    <message>
        <source>No folder was chosen for received files.</source>
        <translation>Es wurde kein Ordner für empfangene Dateien gewählt.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The file %1 would not be inside %2.</source>
        <translation>Die Datei %1 läge nicht in %2.</translation>
    </message>
    <message>
        <source>Cannot save a file in %1: %2</source>
        <translation>In %1 kann keine Datei gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There are already too many files called %1 in %2.</source>
        <translation>In %2 gibt es schon zu viele Dateien namens %1.</translation>
    </message>
    <message>
        <source>The received file %1 is missing or was replaced.</source>
        <translation>Die empfangene Datei %1 fehlt oder wurde ersetzt.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a plain file any more.</source>
        <translation>%1 ist keine normale Datei mehr.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatHeader</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verifizieren …</translation>
    </message>
    <message>
        <source>Verify with the safety number</source>
        <translation>Mit der Sicherheitsnummer verifizieren</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Your friend called from %1</source>
        <translation>Anruf von %1</translation>
    </message>
    <message>
        <source>Your friend&apos;s address and chat port</source>
        <translation>Adresse und Chat-Port des Gegenübers</translation>
    </message>
    <message>
        <source>Compare the safety number with %1 and mark them verified</source>
        <translation>Sicherheitsnummer mit %1 vergleichen und als verifiziert markieren</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: anyone on your network can read and change these messages. Do not send anything private.</source>
        <translation>%1 verwendet das ursprüngliche ChatBuddy im Klartext: Jeder im Netzwerk kann diese Nachrichten lesen und verändern. Nichts Privates senden.</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted with TLS 1.3 to the key shown: nobody else on the network can read or change these messages.</source>
        <translation>Mit TLS 1.3 für den angezeigten Schlüssel verschlüsselt: Niemand sonst im Netzwerk kann diese Nachrichten lesen oder verändern.</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>The original ChatBuddy has no keys: ChatBuddy cannot check who is at the other end.</source>
        <translation>Das ursprüngliche ChatBuddy hat keine Schlüssel: ChatBuddy kann nicht prüfen, wer auf der anderen Seite ist.</translation>
    </message>
    <message>
        <source>Key: not known yet</source>
        <translation>Schlüssel: noch unbekannt</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Full key: %1
Safety number: %2
Compare the safety number with your friend (Verify…); it is the same on both sides.</source>
        <translation>Vollständiger Schlüssel: %1
Sicherheitsnummer: %2
Die Sicherheitsnummer mit dem Gegenüber vergleichen (Verifizieren …); sie ist auf beiden Seiten gleich.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatInput</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Type your message and press Enter. When you&apos;re done, just type &apos;EOM&apos;.</source>
        <translation>Nachricht eingeben und Eingabetaste drücken. Zum Beenden einfach „EOM“ eingeben.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Die Nachricht senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>Chat b&amp;eenden</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Chat beenden</translation>
    </message>
    <message>
        <source>End the chat for both of you (same as typing EOM)</source>
        <translation>Den Chat für beide Seiten beenden (wie die Eingabe von EOM)</translation>
    </message>
    <message>
        <source>Chat &amp;again</source>
        <translation>&amp;Noch einmal chatten</translation>
    </message>
    <message>
        <source>Chat again</source>
        <translation>Noch einmal chatten</translation>
    </message>
    <message>
        <source>Start a new chat with the same person</source>
        <translation>Einen neuen Chat mit derselben Person beginnen</translation>
    </message>
    <message>
        <source>This message is too long to send (more than %1 bytes). Please shorten it.</source>
        <translation>Diese Nachricht ist zu lang (mehr als %1 Bytes). Bitte kürzen.</translation>
    </message>
    <message>
        <source>Send fi&amp;le…</source>
        <translation>Da&amp;tei senden …</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>Datei senden</translation>
    </message>
    <message>
        <source>Send files (or drop them on the chat, or paste them)</source>
        <translation>Dateien senden (oder auf den Chat ziehen oder einfügen)</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;Kein Chat geöffnet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Links auf jemanden doppelklicken oder auswählen und &lt;i&gt;Chat&lt;/i&gt; drücken.&lt;br&gt;Wenn jemand chatten möchte, fragt ChatBuddy vorher nach.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Friends can also reach you directly at port %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Andere können ChatBuddy auch direkt über Port %1 erreichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read this chat.</source>
        <translation>Nicht verschlüsselt: Jeder im Netzwerk kann diesen Chat mitlesen.</translation>
    </message>
    <message>
        <source>Their key changed: accept it or end the chat.</source>
        <translation>Der Schlüssel hat sich geändert: annehmen oder den Chat beenden.</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>Dieser Chat ist beendet.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatWidget</name>
    <message>
        <source>Chat &amp;again</source>
        <translation>&amp;Noch einmal chatten</translation>
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
        <translation>Diese Nachricht ist zu lang (%1 Bytes; höchstens %2). Bitte kürzen.</translation>
    </message>
    <message>
        <source>The message could not be sent.</source>
        <translation>Die Nachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Checking their key…</source>
        <translation>Schlüssel wird geprüft …</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>Warten, bis %1 annimmt …</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Blocked: key changed</source>
        <translation>Gesperrt: Schlüssel geändert</translation>
    </message>
    <message>
        <source>Chatting</source>
        <translation>Chat läuft</translation>
    </message>
    <message>
        <source>Chat ended</source>
        <translation>Chat beendet</translation>
    </message>
    <message>
        <source>Accept %1&apos;s new key or end the chat.</source>
        <translation>Neuen Schlüssel von %1 annehmen oder den Chat beenden.</translation>
    </message>
    <message>
        <source>Message (NOT encrypted)</source>
        <translation>Nachricht (NICHT verschlüsselt)</translation>
    </message>
    <message>
        <source>Message (Enter sends, EOM ends the chat)</source>
        <translation>Nachricht (Eingabetaste sendet, EOM beendet den Chat)</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>Dieser Chat ist beendet.</translation>
    </message>
    <message>
        <source>Waiting for the chat to start…</source>
        <translation>Warten auf den Beginn des Chats …</translation>
    </message>
    <message>
        <source>To chat without encryption anyway: Security ▸ Allow Unencrypted Legacy Chats, then Chat again.</source>
        <translation>Um trotzdem unverschlüsselt zu chatten: Sicherheit ▸ Unverschlüsselte Legacy-Chats erlauben, dann Noch einmal chatten.</translation>
    </message>
    <message>
        <source>Someone at %1</source>
        <translation>Jemand unter %1</translation>
    </message>
    <message>
        <source>Chat again as &amp;plain text</source>
        <translation>Noch einmal im &amp;Klartext chatten</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline, last seen %1</source>
        <translation>Offline, zuletzt online am %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Type a message to start a chat with %1</source>
        <translation>Nachricht eingeben, um einen Chat mit %1 zu beginnen</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>%1 is offline. You can chat again when they are back.</source>
        <translation>%1 ist offline. Ein neuer Chat ist möglich, sobald %1 zurück ist.</translation>
    </message>
    <message>
        <source>This chat has ended. Type to start a new one.</source>
        <translation>Dieser Chat ist beendet. Für einen neuen Chat einfach schreiben.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 tippt …</translation>
    </message>
    <message>
        <source>%1 is offline. Write anyway: it will be delivered when possible.</source>
        <translation>%1 ist offline. Trotzdem schreiben – die Nachricht wird zugestellt, sobald es geht.</translation>
    </message>
    <message>
        <source>Files can be sent once the chat has started.</source>
        <translation>Dateien können gesendet werden, sobald der Chat begonnen hat.</translation>
    </message>
    <message>
        <source>%1 is not online: the files wait on this computer and go when you are both online.</source>
        <translation>%1 ist nicht online: Die Dateien warten auf diesem Computer und werden gesendet, sobald beide online sind.</translation>
    </message>
    <message>
        <source>Send Files to %1</source>
        <translation>Dateien an %1 senden</translation>
    </message>
    <message>
        <source>The picture could not be kept in %1.</source>
        <translation>Das Bild konnte nicht in %1 abgelegt werden.</translation>
    </message>
    <message>
        <source>Picture %1.png</source>
        <translation>Bild %1.png</translation>
    </message>
    <message>
        <source>Picture %1 (%2).png</source>
        <translation>Bild %1 (%2).png</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>Das Bild konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ConnectAddressDialog</name>
    <message>
        <source>Connect by Address</source>
        <translation>Per Adresse verbinden</translation>
    </message>
    <message>
        <source>Enter your friend&apos;s IP address and chat port. They can see their chat port in the status bar of their ChatBuddy window.</source>
        <translation>IP-Adresse und Chat-Port des Gegenübers eingeben. Der Chat-Port steht in der Statusleiste seines ChatBuddy-Fensters.</translation>
    </message>
    <message>
        <source>Friend&apos;s IP address</source>
        <translation>IP-Adresse des Gegenübers</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20</source>
        <translation>z. B. 192.168.1.20</translation>
    </message>
    <message>
        <source>Friend&apos;s chat port</source>
        <translation>Chat-Port des Gegenübers</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>P&amp;lain-text legacy peer (not encrypted)</source>
        <translation>&amp;Legacy-Gegenüber im Klartext (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Plain-text legacy peer, not encrypted</source>
        <translation>Legacy-Gegenüber im Klartext, nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Your friend runs the original ChatBuddy, which cannot encrypt: anyone on the network can read the chat.</source>
        <translation>Das Gegenüber verwendet das ursprüngliche ChatBuddy, das nicht verschlüsseln kann: Jeder im Netzwerk kann den Chat mitlesen.</translation>
    </message>
    <message>
        <source>Turn on Security ▸ Allow Unencrypted Legacy Chats first.</source>
        <translation>Zuerst Sicherheit ▸ Unverschlüsselte Legacy-Chats erlauben einschalten.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Please enter your friend&apos;s IP address.</source>
        <translation>Bitte die IP-Adresse des Gegenübers eingeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Please enter a numeric address such as 192.168.1.20 (names are not looked up).</source>
        <translation>„%1“ ist keine IP-Adresse. Bitte eine numerische Adresse wie 192.168.1.20 eingeben (Namen werden nicht aufgelöst).</translation>
    </message>
    <message>
        <source>%1 is not the address of a single computer. Please enter your friend&apos;s address.</source>
        <translation>%1 ist nicht die Adresse eines einzelnen Computers. Bitte die Adresse des Gegenübers eingeben.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>That is your own chat port. Please enter your friend&apos;s address and port.</source>
        <translation>Das ist der eigene Chat-Port. Bitte Adresse und Port des Gegenübers eingeben.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ConnectionCheckDialog</name>
    <message>
        <source>Check My Connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>What works between you, your hub and the people on your network, and what to do when something does not.</source>
        <translation>Was zwischen Ihnen, Ihrem Hub und den Menschen im Netzwerk funktioniert – und was zu tun ist, wenn etwas nicht geht.</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Hub key:</source>
        <translation>Hub-Schlüssel:</translation>
    </message>
    <message>
        <source>Your chat port:</source>
        <translation>Eigener Chat-Port:</translation>
    </message>
    <message>
        <source>Hubs on your network:</source>
        <translation>Hubs im Netzwerk:</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>✓ Connected to %1 as %2.</source>
        <translation>✓ Mit %1 als %2 verbunden.</translation>
    </message>
    <message>
        <source>… Connecting to %1.</source>
        <translation>… Verbindung zu %1 wird aufgebaut.</translation>
    </message>
    <message>
        <source>⚠ The hub at %1 went away; ChatBuddy tries again by itself.</source>
        <translation>⚠ Der Hub unter %1 ist weg; ChatBuddy versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>✗ Not connected. Without a hub you can still chat with someone by address (Chat ▸ Connect by Address…).</source>
        <translation>✗ Nicht verbunden. Ohne Hub ist ein Chat per Adresse weiterhin möglich (Chat ▸ Per Adresse verbinden …).</translation>
    </message>
    <message>
        <source>%1
✓ the key this hub showed when you first connected (pinned)</source>
        <translation>%1
✓ der Schlüssel, den dieser Hub bei der ersten Verbindung gezeigt hat (gespeichert)</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(noch unbekannt)</translation>
    </message>
    <message>
        <source>%1
(pinned)</source>
        <translation>%1
(gespeichert)</translation>
    </message>
    <message>
        <source>✗ Not accepting chats: %1. Choose another chat port in File ▸ Settings.</source>
        <translation>✗ Es werden keine Chats angenommen: %1. Einen anderen Chat-Port unter Datei ▸ Einstellungen wählen.</translation>
    </message>
    <message>
        <source>%1 (the hub checks whether others can reach it once you are connected)</source>
        <translation>%1 (der Hub prüft nach der Verbindung, ob andere ihn erreichen)</translation>
    </message>
    <message>
        <source>%1 (this hub does not check whether others can reach it)</source>
        <translation>%1 (dieser Hub prüft nicht, ob andere ihn erreichen)</translation>
    </message>
    <message>
        <source>… %1: the hub is trying to connect to it.</source>
        <translation>… %1: Der Hub versucht gerade, ihn zu erreichen.</translation>
    </message>
    <message>
        <source>✓ %1: the hub at %2 could connect to it, so others on the network can start chats with you.</source>
        <translation>✓ %1: Der Hub unter %2 konnte ihn erreichen, also können andere im Netzwerk Chats mit Ihnen beginnen.</translation>
    </message>
    <message>
        <source>Not looking: ChatBuddy was started with --no-discovery.</source>
        <translation>Keine Suche: ChatBuddy wurde mit --no-discovery gestartet.</translation>
    </message>
    <message>
        <source>✗ Cannot look: UDP port %1 could not be opened.</source>
        <translation>✗ Keine Suche möglich: UDP-Port %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>… Asking the network.</source>
        <translation>… Das Netzwerk wird gefragt.</translation>
    </message>
    <message>
        <source>⚠ No hub answered. A hub on another computer may have its announcements (UDP port %1) blocked by a firewall there or here, or was started with --no-announce; you can still type its address.</source>
        <translation>⚠ Kein Hub hat geantwortet. Bei einem Hub auf einem anderen Computer blockiert vielleicht eine Firewall dort oder hier seine Ankündigungen (UDP-Port %1), oder er wurde mit --no-announce gestartet; seine Adresse kann weiterhin eingegeben werden.</translation>
    </message>
    <message>
        <source>%1 (%2:%3)</source>
        <translation>%1 (%2:%3)</translation>
    </message>
    <message>
        <source>✓ Found: %1.</source>
        <translation>✓ Gefunden: %1.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>In dieser Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Older match</source>
        <translation>Älterer Treffer</translation>
    </message>
    <message>
        <source>Older match (Enter)</source>
        <translation>Älterer Treffer (Enter)</translation>
    </message>
    <message>
        <source>Newer match</source>
        <translation>Neuerer Treffer</translation>
    </message>
    <message>
        <source>Newer match (Shift+Enter)</source>
        <translation>Neuerer Treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HistorySearchDialog</name>
    <message>
        <source>ChatBuddy — Find in History</source>
        <translation>ChatBuddy – Im Verlauf suchen</translation>
    </message>
    <message>
        <source>Words to find in all conversations</source>
        <translation>Suchwörter für alle Unterhaltungen</translation>
    </message>
    <message>
        <source>Find in all conversations</source>
        <translation>In allen Unterhaltungen suchen</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Gefundene Nachrichten</translation>
    </message>
    <message>
        <source>You to %1</source>
        <translation>Gesendet an %1</translation>
    </message>
    <message>
        <source>Type words from a message; every word must be in it.</source>
        <translation>Wörter aus einer Nachricht eingeben; jedes Wort muss darin vorkommen.</translation>
    </message>
    <message>
        <source>No message has these words.</source>
        <translation>Keine Nachricht enthält diese Wörter.</translation>
    </message>
    <message>
        <source>The newest %1 matches. Add a word to narrow them down.</source>
        <translation>Die neuesten %1 Treffer. Für weniger Treffer ein weiteres Wort hinzufügen.</translation>
    </message>
    <message>
        <source>Messages found: %1</source>
        <translation>Gefundene Nachrichten: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubKeyDialog</name>
    <message>
        <source>Hub Key</source>
        <translation>Hub-Schlüssel</translation>
    </message>
    <message>
        <source>ChatBuddy remembers the hub&apos;s key the first time it connects and refuses to log in if the key ever changes, because someone could be pretending to be the hub.</source>
        <translation>ChatBuddy merkt sich den Schlüssel des Hubs bei der ersten Verbindung und verweigert die Anmeldung, falls er sich jemals ändert – denn jemand könnte sich als Hub ausgeben.</translation>
    </message>
    <message>
        <source>(not connected to a hub yet)</source>
        <translation>(noch mit keinem Hub verbunden)</translation>
    </message>
    <message>
        <source>The pinned hub key fingerprint</source>
        <translation>Fingerabdruck des gespeicherten Hub-Schlüssels</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Gespeicherter Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Forget this hub key…</source>
        <translation>Diesen Hub-Schlüssel &amp;vergessen …</translation>
    </message>
    <message>
        <source>Forget this hub key</source>
        <translation>Diesen Hub-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Only if the hub was reinstalled or got a new key on purpose</source>
        <translation>Nur wenn der Hub neu installiert wurde oder absichtlich einen neuen Schlüssel bekommen hat</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Forgotten. The next time you connect to %1, ChatBuddy will trust the key the hub shows then.</source>
        <translation>Vergessen. Bei der nächsten Verbindung zu %1 vertraut ChatBuddy dem Schlüssel, den der Hub dann zeigt.</translation>
    </message>
    <message>
        <source>No key is pinned for this hub yet; it is pinned when you connect.</source>
        <translation>Für diesen Hub ist noch kein Schlüssel gespeichert; das geschieht beim Verbinden.</translation>
    </message>
    <message>
        <source>Not connected: the key is checked the next time you connect.</source>
        <translation>Nicht verbunden: Der Schlüssel wird bei der nächsten Verbindung geprüft.</translation>
    </message>
    <message>
        <source>✓ The hub is showing this key now.</source>
        <translation>✓ Der Hub zeigt jetzt diesen Schlüssel.</translation>
    </message>
    <message>
        <source>⚠ The hub is showing a different key now: %1</source>
        <translation>⚠ Der Hub zeigt jetzt einen anderen Schlüssel: %1</translation>
    </message>
    <message>
        <source>Forget the Hub Key?</source>
        <translation>Hub-Schlüssel vergessen?</translation>
    </message>
    <message>
        <source>Forget the key of the hub at %1?</source>
        <translation>Den Schlüssel des Hubs unter %1 vergessen?</translation>
    </message>
    <message>
        <source>Do this only if you know the hub was reinstalled or got a new key. The next time you connect, ChatBuddy trusts whatever key the hub shows: it cannot tell an impostor from the real hub then.</source>
        <translation>Nur tun, wenn sicher ist, dass der Hub neu installiert wurde oder einen neuen Schlüssel bekommen hat. Bei der nächsten Verbindung vertraut ChatBuddy jedem Schlüssel, den der Hub zeigt: Einen Betrüger kann es dann nicht vom echten Hub unterscheiden.</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubList</name>
    <message>
        <source>Announced key:
%1</source>
        <translation>Angekündigter Schlüssel:
%1</translation>
    </message>
    <message>
        <source>%1 — %2:%3 · key %4</source>
        <translation>%1 — %2:%3 · Schlüssel %4</translation>
    </message>
    <message>
        <source> · known</source>
        <translation> · bekannt</translation>
    </message>
    <message>
        <source> · NOT the key you know</source>
        <translation> · NICHT der bekannte Schlüssel</translation>
    </message>
    <message>
        <source>Hubs on your network</source>
        <translation>Hubs im Netzwerk</translation>
    </message>
    <message>
        <source>A hub is the directory that shows who is online. Chats go directly between you and the other person: the hub never sees them.</source>
        <translation>Ein Hub ist das Verzeichnis, das zeigt, wer online ist. Chats laufen direkt zwischen den Beteiligten: Der Hub sieht sie nie.</translation>
    </message>
    <message>
        <source>Choose one, or type another hub&apos;s address below.</source>
        <translation>Einen auswählen oder unten die Adresse eines anderen Hubs eingeben.</translation>
    </message>
    <message>
        <source>No hub has answered yet. If you know a hub&apos;s address, type it below.</source>
        <translation>Noch hat kein Hub geantwortet. Wenn die Adresse eines Hubs bekannt ist, unten eingeben.</translation>
    </message>
    <message>
        <source>Type the address of your hub below (ask whoever runs it).</source>
        <translation>Unten die Adresse des Hubs eingeben (bei der Person erfragen, die ihn betreibt).</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubStatusBar</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Wiederverbinden</translation>
    </message>
    <message>
        <source>Reconnect to the hub</source>
        <translation>Erneut mit dem Hub verbinden</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>The start of your key&apos;s fingerprint. Help → My Identity shows all of it.</source>
        <translation>Der Anfang des eigenen Schlüssel-Fingerabdrucks. Hilfe → Meine Identität zeigt ihn vollständig.</translation>
    </message>
    <message>
        <source>Successfully connected to main server!</source>
        <translation>Erfolgreich mit dem Hauptserver verbunden!</translation>
    </message>
    <message>
        <source>Chat port %1</source>
        <translation>Chat-Port %1</translation>
    </message>
    <message>
        <source>Friends can reach you at this port (Connect by address).</source>
        <translation>Über diesen Port ist ChatBuddy für andere erreichbar (Per Adresse verbinden).</translation>
    </message>
    <message>
        <source>Port %1 was taken, so ChatBuddy picked this one.</source>
        <translation>Port %1 war belegt, daher hat ChatBuddy diesen gewählt.</translation>
    </message>
    <message>
        <source>Not accepting chats</source>
        <translation>Keine eingehenden Chats</translation>
    </message>
    <message>
        <source>ChatBuddy could not open a port for incoming chats: %1</source>
        <translation>ChatBuddy konnte keinen Port für eingehende Chats öffnen: %1</translation>
    </message>
    <message>
        <source>Online · hub %1</source>
        <translation>Online · Hub %1</translation>
    </message>
    <message numerus="yes">
        <source>Hub lost, reconnecting in %n s…</source>
        <translation>
            <numerusform>Hub verloren, neue Verbindung in %n s …</numerusform>
            <numerusform>Hub verloren, neue Verbindung in %n s …</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub key %1</source>
        <translation>Hub-Schlüssel %1</translation>
    </message>
    <message>
        <source>If you know the hub was reinstalled or got a new key, open Security ▸ Hub Key… and forget the old key; otherwise ask whoever runs the hub.</source>
        <translation>Wenn der Hub bekanntermaßen neu installiert wurde oder einen neuen Schlüssel bekommen hat, Sicherheit ▸ Hub-Schlüssel … öffnen und den alten Schlüssel vergessen; sonst beim Betreiber des Hubs nachfragen.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask the hub to try your chat port again (after changing the firewall).</source>
        <translation>Den Hub bitten, den eigenen Chat-Port erneut zu prüfen (nach einer Änderung der Firewall).</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>De&amp;tails …</translation>
    </message>
    <message>
        <source>Others cannot start chats with you: port %1 seems blocked by a firewall (the hub could not connect to it: %2).</source>
        <translation>Andere können keine Chats mit Ihnen beginnen: Port %1 scheint von einer Firewall blockiert zu sein (der Hub konnte ihn nicht erreichen: %2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>Allow incoming TCP connections to port %1 in this computer&apos;s firewall (for example: sudo ufw allow %1/tcp), or choose another chat port in File ▸ Settings. You can still start chats yourself.</source>
        <translation>In der Firewall dieses Computers eingehende TCP-Verbindungen auf Port %1 erlauben (zum Beispiel: sudo ufw allow %1/tcp) oder unter Datei ▸ Einstellungen einen anderen Chat-Port wählen. Selbst Chats beginnen geht weiterhin.</translation>
    </message>
    <message>
        <source>Chat port %1 ⚠</source>
        <translation>Chat-Port %1 ⚠</translation>
    </message>
    <message>
        <source>The hub could not connect to this port: %1</source>
        <translation>Der Hub konnte diesen Port nicht erreichen: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::IdentityDialog</name>
    <message>
        <source>My Identity</source>
        <translation>Meine Identität</translation>
    </message>
    <message>
        <source>This is your key&apos;s fingerprint. Friends see it next to your name when you chat; if they doubt it is you, read it to them (or compare the safety number shown in the chat).</source>
        <translation>Das ist der Fingerabdruck des eigenen Schlüssels. Andere sehen ihn beim Chatten neben dem Namen; bei Zweifeln ihn vorlesen (oder die im Chat gezeigte Sicherheitsnummer vergleichen).</translation>
    </message>
    <message>
        <source>(not logged in)</source>
        <translation>(nicht angemeldet)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Fingerabdruck des eigenen Schlüssels</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>Eigener Schlüssel:</translation>
    </message>
    <message>
        <source>The hub&apos;s key fingerprint</source>
        <translation>Fingerabdruck des Hub-Schlüssels</translation>
    </message>
    <message>
        <source>Hub %1:</source>
        <translation>Hub %1:</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy your key fingerprint</source>
        <translation>Fingerabdruck des eigenen Schlüssels kopieren</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ImageViewer</name>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::IncomingChatPrompt</name>
    <message>
        <source>Someone at %1</source>
        <translation>Jemand unter %1</translation>
    </message>
    <message>
        <source>Chat request</source>
        <translation>Chat-Anfrage</translation>
    </message>
    <message>
        <source>%1 wants to chat</source>
        <translation>%1 möchte chatten</translation>
    </message>
    <message>
        <source>Calling from %1</source>
        <translation>Anruf von %1</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: %1 uses the original plain-text ChatBuddy. Anyone on your network can read this chat, and nobody can check who this really is.</source>
        <translation>⚠ Nicht verschlüsselt: %1 verwendet das ursprüngliche ChatBuddy im Klartext. Jeder im Netzwerk kann diesen Chat mitlesen, und niemand kann prüfen, wer das wirklich ist.</translation>
    </message>
    <message>
        <source>⚠ %1&apos;s key changed — this may be an attack. If you accept, nothing is sent until you also accept the new key.</source>
        <translation>⚠ Der Schlüssel von %1 hat sich geändert – das könnte ein Angriff sein. Nach dem Annehmen wird nichts gesendet, bis auch der neue Schlüssel angenommen ist.</translation>
    </message>
    <message>
        <source>Key before:</source>
        <translation>Schlüssel vorher:</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>Schlüssel jetzt:</translation>
    </message>
    <message>
        <source>✓ You verified %1&apos;s key.</source>
        <translation>✓ Der Schlüssel von %1 ist verifiziert.</translation>
    </message>
    <message>
        <source>✓ The hub confirms this is %1&apos;s key.</source>
        <translation>✓ Der Hub bestätigt, dass dies der Schlüssel von %1 ist.</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the chat</source>
        <translation>Den Chat annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Decline the chat</source>
        <translation>Den Chat ablehnen</translation>
    </message>
    <message>
        <source>⚠ Your hub could not be asked who this is (you are not connected to it), so this key is not checked.</source>
        <translation>⚠ Der Hub konnte nicht gefragt werden, wer das ist (keine Verbindung zum Hub), daher ist dieser Schlüssel nicht geprüft.</translation>
    </message>
    <message>
        <source>⚠ The hub could not confirm who this is: the name %1 is not registered there.</source>
        <translation>⚠ Der Hub konnte nicht bestätigen, wer das ist: Der Name %1 ist dort nicht registriert.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::LoginDialog</name>
    <message>
        <source>ChatBuddy — Log In</source>
        <translation>ChatBuddy – Anmelden</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message>
        <source>Chat directly and securely with people on your network.</source>
        <translation>Direkt und sicher mit Menschen im eigenen Netzwerk chatten.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What should we call you?</source>
        <translation>Wie soll der Name lauten?</translation>
    </message>
    <message>
        <source>Up to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Bis zu %1 Buchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <source>Hub address, e.g. 192.168.1.2</source>
        <translation>Hub-Adresse, z. B. 192.168.1.2</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Hub-Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Pinned hub key</source>
        <translation>Gespeicherter Hub-Schlüssel</translation>
    </message>
    <message>
        <source>Key the hub shows now</source>
        <translation>Schlüssel, den der Hub jetzt zeigt</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Gespeicherter Schlüssel:</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>Schlüssel jetzt:</translation>
    </message>
    <message>
        <source>&amp;Forget the old hub key</source>
        <translation>Alten Hub-Schlüssel ver&amp;gessen</translation>
    </message>
    <message>
        <source>Forget the old hub key</source>
        <translation>Alten Hub-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Only if you know the hub was reinstalled or got a new key: the next connection will trust the key it shows.</source>
        <translation>Nur wenn sicher ist, dass der Hub neu installiert wurde oder einen neuen Schlüssel bekommen hat: Die nächste Verbindung vertraut dem Schlüssel, den er zeigt.</translation>
    </message>
    <message>
        <source>The old key of %1 was forgotten. Press Connect to trust the key the hub shows now.</source>
        <translation>Der alte Schlüssel von %1 wurde vergessen. „Verbinden“ drücken, um dem Schlüssel zu vertrauen, den der Hub jetzt zeigt.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>Mit dem Hub verbinden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Please enter the hub&apos;s address.</source>
        <translation>Bitte die Adresse des Hubs eingeben.</translation>
    </message>
    <message>
        <source>The hub&apos;s port must be a number from 1 to 65535.</source>
        <translation>Der Port des Hubs muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Stopped. Press Connect to try again.</source>
        <translation>Abgebrochen. Zum erneuten Versuch „Verbinden“ drücken.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation>Verbindungsaufbau abbrechen</translation>
    </message>
    <message>
        <source>Check that the hub is running and that its address and port are right.</source>
        <translation>Prüfen, ob der Hub läuft und Adresse und Port stimmen.</translation>
    </message>
    <message>
        <source>Is this really a ChatBuddy hub?</source>
        <translation>Ist das wirklich ein ChatBuddy-Hub?</translation>
    </message>
    <message>
        <source>The hub at %1 shows a different key than before. This may be an attack, so ChatBuddy did not log in.
If you know the hub was reinstalled or got a new key, forget the old key and connect again; otherwise ask whoever runs it.</source>
        <translation>Der Hub unter %1 zeigt einen anderen Schlüssel als zuvor. Das könnte ein Angriff sein, daher hat sich ChatBuddy nicht angemeldet.
Wenn der Hub bekanntermaßen neu installiert wurde oder einen neuen Schlüssel bekommen hat, den alten Schlüssel vergessen und neu verbinden; sonst beim Betreiber nachfragen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Successfully connected to main server!</source>
        <translation>Erfolgreich mit dem Hauptserver verbunden!</translation>
    </message>
    <message>
        <source>Host a hub on &amp;this computer</source>
        <translation>Hub auf &amp;diesem Computer betreiben</translation>
    </message>
    <message>
        <source>No hub yet? ChatBuddy runs one here, announced on your network, and logs you in to it; others find it in their list. It stops when you quit ChatBuddy.</source>
        <translation>Noch kein Hub? ChatBuddy betreibt hier einen, im Netzwerk angekündigt, und meldet Sie daran an; andere finden ihn in ihrer Liste. Er endet, wenn ChatBuddy beendet wird.</translation>
    </message>
    <message>
        <source>The hub could not start: %1
If another hub already runs on this computer, it is in the list above.</source>
        <translation>Der Hub konnte nicht starten: %1
Falls auf diesem Computer schon ein Hub läuft, steht er in der Liste oben.</translation>
    </message>
    <message>
        <source>First enter your name: %1</source>
        <translation>Zuerst den Namen eingeben: %1</translation>
    </message>
    <message>
        <source>Starting a hub on this computer…</source>
        <translation>Hub auf diesem Computer wird gestartet …</translation>
    </message>
    <message>
        <source>You host a hub at %1:%2 (key %3); others on your network find it in their list. Logging in…</source>
        <translation>Sie betreiben einen Hub unter %1:%2 (Schlüssel %3); andere im Netzwerk finden ihn in ihrer Liste. Anmeldung läuft …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hub address. Type a name or an IP address, or the addresses of several hubs of one cluster separated by commas.</source>
        <translation>„%1“ ist keine Hub-Adresse. Geben Sie einen Namen oder eine IP-Adresse ein oder die Adressen mehrerer Hubs eines Verbunds, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reconnect to Hub</source>
        <translation>Mit dem Hub neu &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Chat with Selected Person</source>
        <translation>Mit ausgewählter Person &amp;chatten</translation>
    </message>
    <message>
        <source>Connect by &amp;Address…</source>
        <translation>Per &amp;Adresse verbinden …</translation>
    </message>
    <message>
        <source>&amp;End Chat</source>
        <translation>Chat b&amp;eenden</translation>
    </message>
    <message>
        <source>C&amp;lose Chat</source>
        <translation>Chat &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Find Person</source>
        <translation>Person &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Verify Contact…</source>
        <translation>Kontakt &amp;verifizieren …</translation>
    </message>
    <message>
        <source>Compare the safety number with the person in this chat</source>
        <translation>Die Sicherheitsnummer mit der Person in diesem Chat vergleichen</translation>
    </message>
    <message>
        <source>&amp;Hub Key…</source>
        <translation>&amp;Hub-Schlüssel …</translation>
    </message>
    <message>
        <source>Allow &amp;Unencrypted Legacy Chats</source>
        <translation>&amp;Unverschlüsselte Legacy-Chats erlauben</translation>
    </message>
    <message>
        <source>Chat with people who use the original plain-text ChatBuddy. Those chats are NOT encrypted: anyone on your network can read them.</source>
        <translation>Mit Personen chatten, die das ursprüngliche ChatBuddy im Klartext verwenden. Diese Chats sind NICHT verschlüsselt: Jeder im Netzwerk kann sie mitlesen.</translation>
    </message>
    <message>
        <source>Legacy chats allowed. They are NOT encrypted and are marked in red.</source>
        <translation>Legacy-Chats erlaubt. Sie sind NICHT verschlüsselt und rot markiert.</translation>
    </message>
    <message>
        <source>Legacy chats are off: only encrypted chats.</source>
        <translation>Legacy-Chats ausgeschaltet: nur verschlüsselte Chats.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>My &amp;Identity…</source>
        <translation>Meine &amp;Identität …</translation>
    </message>
    <message>
        <source>&amp;About ChatBuddy</source>
        <translation>Ü&amp;ber ChatBuddy</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message>
        <source>ChatBuddy — %1</source>
        <translation>ChatBuddy – %1</translation>
    </message>
    <message>
        <source>That&apos;s you! Pick someone else to chat with.</source>
        <translation>Das ist der eigene Eintrag. Bitte jemand anderen zum Chatten auswählen.</translation>
    </message>
    <message>
        <source>Select someone in the list first.</source>
        <translation>Zuerst jemanden in der Liste auswählen.</translation>
    </message>
    <message>
        <source>%1 stopped asking to chat.</source>
        <translation>%1 fragt nicht mehr nach einem Chat.</translation>
    </message>
    <message>
        <source>The key of %1 was forgotten; the next connection pins the key it shows.</source>
        <translation>Der Schlüssel von %1 wurde vergessen; die nächste Verbindung speichert den Schlüssel, den der Hub dann zeigt.</translation>
    </message>
    <message>
        <source>About ChatBuddy</source>
        <translation>Über ChatBuddy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChatBuddy %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ChatBuddy %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Chat directly with people on your local network.&lt;/p&gt;&lt;p&gt;A small hub knows who is online; your messages go straight to your friend over an encrypted connection (TLS 1.3) and never through the hub. Every person has a key, and ChatBuddy checks it for you.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Direkt mit Menschen im lokalen Netzwerk chatten.&lt;/p&gt;&lt;p&gt;Ein kleiner Hub weiß, wer online ist; Nachrichten gehen über eine verschlüsselte Verbindung (TLS 1.3) direkt an das Gegenüber und nie über den Hub. Jede Person hat einen Schlüssel, und ChatBuddy prüft ihn.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Next Chat</source>
        <translation>&amp;Nächster Chat</translation>
    </message>
    <message>
        <source>&amp;Previous Chat</source>
        <translation>&amp;Vorheriger Chat</translation>
    </message>
    <message>
        <source>ChatBuddy is still running</source>
        <translation>ChatBuddy läuft weiter</translation>
    </message>
    <message>
        <source>Chats and requests still reach you. Quit from the tray icon&apos;s menu.</source>
        <translation>Chats und Anfragen kommen weiterhin an. Beenden über das Menü des Symbols im Infobereich.</translation>
    </message>
    <message>
        <source>Port %1 is taken; friends reach you at port %2 now.</source>
        <translation>Port %1 ist belegt; erreichbar jetzt über Port %2.</translation>
    </message>
    <message>
        <source>Friends reach you at port %1 now.</source>
        <translation>Erreichbar jetzt über Port %1.</translation>
    </message>
    <message>
        <source>Hub &amp;Key…</source>
        <translation>H&amp;ub-Schlüssel …</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>&amp;Save Conversation As…</source>
        <translation>Unterhaltung speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Clea&amp;r Conversation…</source>
        <translation>Unterhaltung &amp;löschen …</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Find in &amp;History…</source>
        <translation>Im &amp;Verlauf suchen …</translation>
    </message>
    <message>
        <source>Find in &amp;Conversation</source>
        <translation>In der &amp;Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Your chat history is saved again.</source>
        <translation>Der Chat-Verlauf wird wieder gespeichert.</translation>
    </message>
    <message>
        <source>Chat History</source>
        <translation>Chat-Verlauf</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Zuerst eine Unterhaltung öffnen.</translation>
    </message>
    <message>
        <source>That message is no longer in your history.</source>
        <translation>Diese Nachricht ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <source>Save Conversation As</source>
        <translation>Unterhaltung speichern unter</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Saved the conversation as %1.</source>
        <translation>Unterhaltung als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Clear Conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete your whole conversation with %1 from this computer? This cannot be undone.</source>
        <translation>Die gesamte Unterhaltung mit %1 von diesem Computer löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation>Unterhaltung &amp;löschen</translation>
    </message>
    <message>
        <source>Remove from Contacts</source>
        <translation>Aus Kontakten entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from your people list? They come back if you chat again.</source>
        <translation>%1 aus der Personenliste entfernen? Bei einem neuen Chat erscheint %1 wieder.</translation>
    </message>
    <message>
        <source>Also delete the conversation</source>
        <translation>Auch die Unterhaltung löschen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Sen&amp;d File…</source>
        <translation>&amp;Datei senden …</translation>
    </message>
    <message>
        <source>Check My &amp;Connection…</source>
        <translation>&amp;Verbindung prüfen …</translation>
    </message>
    <message>
        <source>&amp;Host a Hub on This Computer</source>
        <translation>&amp;Hub auf diesem Computer betreiben</translation>
    </message>
    <message>
        <source>Run a hub inside ChatBuddy, announced on your network, for people who have no server; it stops when you quit.</source>
        <translation>Einen Hub in ChatBuddy betreiben, im Netzwerk angekündigt, für alle ohne Server; er endet beim Beenden.</translation>
    </message>
    <message>
        <source>Host a Hub</source>
        <translation>Hub betreiben</translation>
    </message>
    <message>
        <source>The hub could not start: %1</source>
        <translation>Der Hub konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Your hub runs at %1:%2; others on your network find it in their list. Its key: %3</source>
        <translation>Ihr Hub läuft unter %1:%2; andere im Netzwerk finden ihn in ihrer Liste. Sein Schlüssel: %3</translation>
    </message>
    <message>
        <source>Others use your hub</source>
        <translation>Andere nutzen Ihren Hub</translation>
    </message>
    <message numerus="yes">
        <source>%n other people are logged in to the hub this computer runs. If it stops, they are told and lose the hub (chats already open go on).</source>
        <translation>
            <numerusform>%n andere Person ist an dem Hub angemeldet, den dieser Computer betreibt. Endet er, wird sie benachrichtigt und verliert den Hub (offene Chats laufen weiter).</numerusform>
            <numerusform>%n andere Personen sind an dem Hub angemeldet, den dieser Computer betreibt. Endet er, werden sie benachrichtigt und verlieren den Hub (offene Chats laufen weiter).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Delivered ✓</source>
        <translation>Zugestellt ✓</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Read ✓✓</source>
        <translation>Gelesen ✓✓</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::Notifier</name>
    <message>
        <source>Someone at %1</source>
        <translation>Jemand unter %1</translation>
    </message>
    <message>
        <source>Do &amp;Not Disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>No desktop notifications; unread messages are still counted</source>
        <translation>Keine Desktop-Benachrichtigungen; ungelesene Nachrichten werden weiter gezählt</translation>
    </message>
    <message>
        <source>&amp;Show ChatBuddy</source>
        <translation>ChatBuddy &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <source>%1 wants to chat</source>
        <translation>%1 möchte chatten</translation>
    </message>
    <message>
        <source>Not encrypted: they use the original plain-text ChatBuddy.</source>
        <translation>Nicht verschlüsselt: Das Gegenüber verwendet das ursprüngliche ChatBuddy im Klartext.</translation>
    </message>
    <message>
        <source>Open ChatBuddy to accept or decline.</source>
        <translation>ChatBuddy öffnen, um anzunehmen oder abzulehnen.</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>„Nicht stören“ ist eingeschaltet</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::SecurityBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Dismiss the security warning</source>
        <translation>Die Sicherheitswarnung ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n security warnings; the latest:</source>
        <translation>
            <numerusform>%n Sicherheitswarnung; die neueste:</numerusform>
            <numerusform>%n Sicherheitswarnungen; die neueste:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::SettingsDialog</name>
    <message>
        <source>ChatBuddy — Settings</source>
        <translation>ChatBuddy – Einstellungen</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.2</source>
        <translation>z. B. 192.168.1.2</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Hub-Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Reconnect to this hub now</source>
        <translation>Jetzt neu mit diesem Hub &amp;verbinden</translation>
    </message>
    <message>
        <source>Otherwise the new hub is used at the next login</source>
        <translation>Sonst wird der neue Hub bei der nächsten Anmeldung verwendet</translation>
    </message>
    <message>
        <source>Used for the next login, or now if you reconnect.</source>
        <translation>Gilt für die nächste Anmeldung oder sofort beim Neuverbinden.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>A&amp;utomatic (%1 if free)</source>
        <translation>A&amp;utomatisch (%1, falls frei)</translation>
    </message>
    <message>
        <source>Chat port automatic</source>
        <translation>Chat-Port automatisch</translation>
    </message>
    <message>
        <source>&amp;Fixed:</source>
        <translation>&amp;Fest:</translation>
    </message>
    <message>
        <source>Fixed chat port</source>
        <translation>Fester Chat-Port</translation>
    </message>
    <message>
        <source>Chat port number</source>
        <translation>Nummer des Chat-Ports</translation>
    </message>
    <message>
        <source>Chat port:</source>
        <translation>Chat-Port:</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted legacy chats</source>
        <translation>Unverschlüsselte &amp;Legacy-Chats erlauben</translation>
    </message>
    <message>
        <source>Chats with the original plain-text ChatBuddy are not encrypted: anyone on your network can read them.</source>
        <translation>Chats mit dem ursprünglichen ChatBuddy im Klartext sind nicht verschlüsselt: Jeder im Netzwerk kann sie mitlesen.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>&amp;Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>For chat requests and for messages in chats you are not looking at</source>
        <translation>Für Chat-Anfragen und Nachrichten in Chats, die gerade nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Do &amp;not disturb</source>
        <translation>&amp;Nicht stören</translation>
    </message>
    <message>
        <source>No notifications for now; unread messages are still counted</source>
        <translation>Vorerst keine Benachrichtigungen; ungelesene Nachrichten werden weiter gezählt</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>This desktop has no system tray right now: closing the window quits.</source>
        <translation>Diese Arbeitsumgebung hat gerade keinen Infobereich: Schließen des Fensters beendet ChatBuddy.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect the next time ChatBuddy starts.</source>
        <translation>Wirkt beim nächsten Start von ChatBuddy.</translation>
    </message>
    <message>
        <source>Friends reach you at port %1 now.</source>
        <translation>Erreichbar jetzt über Port %1.</translation>
    </message>
    <message>
        <source>ChatBuddy is not accepting chats now.</source>
        <translation>ChatBuddy nimmt jetzt keine Chats an.</translation>
    </message>
    <message>
        <source>A new port takes effect at once; ChatBuddy reconnects to the hub to tell it.</source>
        <translation>Ein neuer Port gilt sofort; ChatBuddy verbindet sich neu mit dem Hub, um ihn mitzuteilen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Keep chat &amp;history on this computer</source>
        <translation>Chat-Verlauf auf diesem Computer &amp;speichern</translation>
    </message>
    <message>
        <source>Conversations and contacts stay after a chat ends and after ChatBuddy quits</source>
        <translation>Unterhaltungen und Kontakte bleiben nach dem Ende eines Chats und nach dem Beenden von ChatBuddy erhalten</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Verlauf behalten für</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Kee&amp;p for:</source>
        <translation>&amp;Behalten für:</translation>
    </message>
    <message>
        <source>C&amp;lear All History…</source>
        <translation>&amp;Gesamten Verlauf löschen …</translation>
    </message>
    <message>
        <source>Clear All History</source>
        <translation>Gesamten Verlauf löschen</translation>
    </message>
    <message>
        <source>Delete every conversation kept on this computer? Your contacts stay. This cannot be undone.</source>
        <translation>Alle auf diesem Computer gespeicherten Unterhaltungen löschen? Die Kontakte bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete All Conversations</source>
        <translation>Alle Unterhaltungen &amp;löschen</translation>
    </message>
    <message>
        <source>Every conversation was deleted.</source>
        <translation>Alle Unterhaltungen wurden gelöscht.</translation>
    </message>
    <message>
        <source>New chats are not kept. What is kept already stays until you clear it.</source>
        <translation>Neue Chats werden nicht gespeichert. Bereits Gespeichertes bleibt erhalten, bis es gelöscht wird.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Others see when you are typing, and you see when they are. Turning it off takes effect at once; turning it on, in chats started afterwards.</source>
        <translation>Andere sehen, wenn Sie tippen, und Sie sehen, wenn andere tippen. Ausschalten wirkt sofort, Einschalten in danach begonnenen Chats.</translation>
    </message>
    <message>
        <source>Others see when you have read their messages, and you see when they have read yours. Turning it off takes effect at once; turning it on, in chats started afterwards.</source>
        <translation>Andere sehen, wenn Sie ihre Nachrichten gelesen haben, und Sie sehen, wenn andere Ihre gelesen haben. Ausschalten wirkt sofort, Einschalten in danach begonnenen Chats.</translation>
    </message>
    <message>
        <source>&amp;Send typing notices</source>
        <translation>&amp;Tipp-Hinweise senden</translation>
    </message>
    <message>
        <source>Send read r&amp;eceipts</source>
        <translation>L&amp;esebestätigungen senden</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durc&amp;hsuchen …</translation>
    </message>
    <message>
        <source>Save Received Files In</source>
        <translation>Empfangene Dateien speichern in</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>Immer fragen</translation>
    </message>
    <message>
        <source>Save &amp;without asking:</source>
        <translation>Ohne &amp;Rückfrage speichern:</translation>
    </message>
    <message>
        <source>Files from verified contacts up to “Save without asking” are saved at once. Files over “Largest file” are declined, and the sender is told.</source>
        <translation>Dateien von verifizierten Kontakten bis zur Größe bei „Ohne Rückfrage speichern“ werden sofort gespeichert. Dateien, die größer sind als „Maximale Dateigröße“, werden abgelehnt, und der Absender erfährt es.</translation>
    </message>
    <message>
        <source>Lar&amp;gest file:</source>
        <translation>&amp;Maximale Dateigröße:</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::TransferStatus</name>
    <message numerus="yes">
        <source>%n file(s): %1 %</source>
        <translation>
            <numerusform>%n Datei: %1 %</numerusform>
            <numerusform>%n Dateien: %1 %</numerusform>
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
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n min</numerusform>
            <numerusform>noch %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>noch %n h</numerusform>
            <numerusform>noch %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s · %2</source>
        <translation>%1/s · %2</translation>
    </message>
    <message>
        <source>Show the picture full size</source>
        <translation>Das Bild in voller Größe anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>das Gegenüber</translation>
    </message>
    <message>
        <source>Waiting for %1 to be online; it goes when you both are.</source>
        <translation>Warten, bis %1 online ist; die Datei wird gesendet, sobald beide online sind.</translation>
    </message>
    <message>
        <source>Stopped; it goes on when %1 is back.</source>
        <translation>Angehalten; die Übertragung geht weiter, sobald %1 wieder da ist.</translation>
    </message>
    <message>
        <source>%1 is away; you can answer now and it comes when they are back.</source>
        <translation>%1 ist gerade nicht da; schon jetzt antworten – die Datei kommt, sobald %1 wieder da ist.</translation>
    </message>
    <message>
        <source>This file is no longer available here.</source>
        <translation>Diese Datei ist hier nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · Waiting for %2 to accept…</source>
        <translation>%1 · Warten, bis %2 annimmt …</translation>
    </message>
    <message>
        <source>%1 · %2 wants to send you this file.</source>
        <translation>%1 · %2 möchte diese Datei senden.</translation>
    </message>
    <message>
        <source>%1 · Starting…</source>
        <translation>%1 · Wird gestartet …</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Sent: %2 has it.</source>
        <translation>%1 · Gesendet: %2 hat sie erhalten.</translation>
    </message>
    <message>
        <source>%1 · Saved in %2</source>
        <translation>%1 · Gespeichert in %2</translation>
    </message>
    <message>
        <source>%1 · %2 declined it.</source>
        <translation>%1 · %2 hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>%1 · Cancelled. %2</source>
        <translation>%1 · Abgebrochen. %2</translation>
    </message>
    <message>
        <source>%1 · Not transferred: %2</source>
        <translation>%1 · Nicht übertragen: %2</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::TrustBanners</name>
    <message>
        <source>Accept &amp;key</source>
        <translation>&amp;Schlüssel annehmen</translation>
    </message>
    <message>
        <source>Someone may be pretending to be them, or they set up ChatBuddy again. Nothing is sent until you accept the new key: ask them in person or on a call, and compare the safety number (Verify…).</source>
        <translation>Vielleicht gibt sich jemand als diese Person aus, oder sie hat ChatBuddy neu eingerichtet. Bis der neue Schlüssel angenommen ist, wird nichts gesendet: persönlich oder am Telefon nachfragen und die Sicherheitsnummer vergleichen (Verifizieren …).</translation>
    </message>
    <message>
        <source>Key before</source>
        <translation>Schlüssel vorher</translation>
    </message>
    <message>
        <source>Key now</source>
        <translation>Schlüssel jetzt</translation>
    </message>
    <message>
        <source>Key before:</source>
        <translation>Schlüssel vorher:</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>Schlüssel jetzt:</translation>
    </message>
    <message>
        <source>E&amp;nd chat</source>
        <translation>Chat &amp;beenden</translation>
    </message>
    <message>
        <source>End the chat</source>
        <translation>Den Chat beenden</translation>
    </message>
    <message>
        <source>%1&apos;s key changed — this may be an attack.</source>
        <translation>Der Schlüssel von %1 hat sich geändert – das könnte ein Angriff sein.</translation>
    </message>
    <message>
        <source>Accept new &amp;key</source>
        <translation>Neuen &amp;Schlüssel annehmen</translation>
    </message>
    <message>
        <source>Accept %1&apos;s new key</source>
        <translation>Neuen Schlüssel von %1 annehmen</translation>
    </message>
    <message>
        <source>Only if %1 confirms the new key (compare the safety number)</source>
        <translation>Nur wenn %1 den neuen Schlüssel bestätigt (Sicherheitsnummer vergleichen)</translation>
    </message>
    <message>
        <source>The hub does not know the name %1, so nobody has confirmed that this key belongs to them.</source>
        <translation>Der Hub kennt den Namen %1 nicht, daher hat niemand bestätigt, dass dieser Schlüssel zu dieser Person gehört.</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1, so nobody has confirmed that this key belongs to them.</source>
        <translation>Der Hub konnte nicht nach %1 gefragt werden, daher hat niemand bestätigt, dass dieser Schlüssel zu dieser Person gehört.</translation>
    </message>
    <message>
        <source>You opened this chat by address, so nobody has confirmed that this key belongs to %1.</source>
        <translation>Dieser Chat wurde per Adresse geöffnet, daher hat niemand bestätigt, dass dieser Schlüssel %1 gehört.</translation>
    </message>
    <message>
        <source>Compare the safety number with them (Verify…), then accept the key: ChatBuddy remembers it and warns you if it ever changes.</source>
        <translation>Die Sicherheitsnummer gemeinsam vergleichen (Verifizieren …), dann den Schlüssel annehmen: ChatBuddy merkt ihn sich und warnt, falls er sich jemals ändert.</translation>
    </message>
    <message>
        <source>%1&apos;s key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck von %1</translation>
    </message>
    <message>
        <source>Accept %1&apos;s key</source>
        <translation>Schlüssel von %1 annehmen</translation>
    </message>
    <message>
        <source>Remember this key for %1</source>
        <translation>Diesen Schlüssel für %1 merken</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::UserDelegate</name>
    <message>
        <source>(you)</source>
        <translation>(ich)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Last seen today at %1</source>
        <translation>Zuletzt online heute um %1</translation>
    </message>
    <message>
        <source>Last seen yesterday at %1</source>
        <translation>Zuletzt online gestern um %1</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Zuletzt online am %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::UsersPanel</name>
    <message>
        <source>Filter people by name</source>
        <translation>Personen nach Namen filtern</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation>Person finden (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Chat with the selected person</source>
        <translation>Mit der ausgewählten Person chatten</translation>
    </message>
    <message>
        <source>Connect by &amp;address…</source>
        <translation>Per &amp;Adresse …</translation>
    </message>
    <message>
        <source>Connect to a friend by IP address</source>
        <translation>Per IP-Adresse mit jemandem verbinden</translation>
    </message>
    <message>
        <source>Chat with someone by IP address and port, even if they are not on the hub</source>
        <translation>Per IP-Adresse und Port mit jemandem chatten, auch ohne Hub</translation>
    </message>
    <message>
        <source>Select someone in the list first.</source>
        <translation>Zuerst jemanden in der Liste auswählen.</translation>
    </message>
    <message>
        <source>That&apos;s you! Pick someone else to chat with.</source>
        <translation>Das ist der eigene Eintrag. Bitte jemand anderen zum Chatten auswählen.</translation>
    </message>
    <message>
        <source>Chat with %1 (or double-click them)</source>
        <translation>Mit %1 chatten (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Select someone in the list to chat with</source>
        <translation>Jemanden in der Liste zum Chatten auswählen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln online</source>
        <translation>
            <numerusform>%1 von %Ln online</numerusform>
            <numerusform>%1 von %Ln online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online</source>
        <translation>
            <numerusform>%Ln online</numerusform>
            <numerusform>%Ln online</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody online matches &quot;%1&quot;.</source>
        <translation>Niemand online passt zu „%1“.</translation>
    </message>
    <message>
        <source>Nobody else is here yet. Friends who log in to this hub appear here.</source>
        <translation>Sonst ist noch niemand da. Wer sich an diesem Hub anmeldet, erscheint hier.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;Chat with %1</source>
        <translation>Mit %1 &amp;chatten</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>&amp;Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>&amp;Remove from Contacts…</source>
        <translation>Aus Kontakten &amp;entfernen …</translation>
    </message>
    <message>
        <source>Offline: open your conversation (or double-click them)</source>
        <translation>Offline: die Unterhaltung öffnen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Not connected to the hub, so nobody shows as online. You can still read your conversations and connect to a friend by address.</source>
        <translation>Nicht mit dem Hub verbunden, daher wird niemand als online angezeigt. Unterhaltungen lesen und Verbindungen per Adresse sind trotzdem möglich.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 people who match. Type more of the name to find the one you want.</source>
        <translation>Es werden %1 von %2 passenden Personen angezeigt. Tippen Sie mehr vom Namen, um die gesuchte Person zu finden.</translation>
    </message>
    <message>
        <source>Many people are on this hub, so the list shows your contacts. Type a name to find anyone else.</source>
        <translation>Auf diesem Hub sind viele Menschen, daher zeigt die Liste Ihre Kontakte. Tippen Sie einen Namen, um alle anderen zu finden.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::VerifyDialog</name>
    <message>
        <source>Safety number</source>
        <translation>Sicherheitsnummer</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Fingerabdruck des eigenen Schlüssels</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>Eigener Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Mark as verified</source>
        <translation>Als &amp;verifiziert markieren</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>Nummer &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the safety number</source>
        <translation>Die Sicherheitsnummer kopieren</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <source>your friend</source>
        <translation>das Gegenüber</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <source>Compare this number with %1 in person or on a call; if it matches on both screens, mark %1 as verified. Nobody else can make both of your screens show the same number.</source>
        <translation>Diese Nummer persönlich oder am Telefon mit %1 vergleichen; stimmt sie auf beiden Bildschirmen überein, %1 als verifiziert markieren. Niemand sonst kann beide Bildschirme dieselbe Nummer zeigen lassen.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(noch unbekannt)</translation>
    </message>
    <message>
        <source>%1&apos;s key:</source>
        <translation>Schlüssel von %1:</translation>
    </message>
    <message>
        <source>%1&apos;s key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck von %1</translation>
    </message>
    <message>
        <source>Mark as &amp;not verified</source>
        <translation>Als &amp;nicht verifiziert markieren</translation>
    </message>
    <message>
        <source>Take back the verified mark for %1</source>
        <translation>Die Verifiziert-Markierung für %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Accept new key and mark as &amp;verified</source>
        <translation>Neuen Schlüssel annehmen und als &amp;verifiziert markieren</translation>
    </message>
    <message>
        <source>The numbers match: trust %1&apos;s new key</source>
        <translation>Die Nummern stimmen überein: dem neuen Schlüssel von %1 vertrauen</translation>
    </message>
    <message>
        <source>The numbers match: remember %1 as verified</source>
        <translation>Die Nummern stimmen überein: %1 als verifiziert merken</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::security::TrustPresentation</name>
    <message>
        <source>The hub does not know the name %1, so nobody vouches for this key.</source>
        <translation>Der Hub kennt den Namen %1 nicht, daher bestätigt niemand diesen Schlüssel.</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1&apos;s key, so nobody vouches for it.</source>
        <translation>Der Hub konnte nicht nach dem Schlüssel von %1 gefragt werden, daher bestätigt ihn niemand.</translation>
    </message>
    <message>
        <source>You opened this chat by address, so nobody vouches for this key.</source>
        <translation>Dieser Chat wurde per Adresse geöffnet, daher bestätigt niemand diesen Schlüssel.</translation>
    </message>
    <message>
        <source>Waiting for the other side to say who they are…</source>
        <translation>Warten, bis sich die Gegenseite zu erkennen gibt …</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verifiziert</translation>
    </message>
    <message>
        <source>You compared the safety number with %1 for this key.</source>
        <translation>Die Sicherheitsnummer für diesen Schlüssel wurde mit %1 verglichen.</translation>
    </message>
    <message>
        <source>⚠ Key changed</source>
        <translation>⚠ Schlüssel geändert</translation>
    </message>
    <message>
        <source>%1&apos;s key is not the one you chatted with before. Accept the new key only if the safety number matches on both screens.</source>
        <translation>Der Schlüssel von %1 ist nicht der aus dem letzten Chat. Den neuen Schlüssel nur annehmen, wenn die Sicherheitsnummer auf beiden Bildschirmen übereinstimmt.</translation>
    </message>
    <message>
        <source>Key confirmed by the hub</source>
        <translation>Schlüssel vom Hub bestätigt</translation>
    </message>
    <message>
        <source>The hub has this key on record for the name %1. To be sure it is really them, compare the safety number (Verify…).</source>
        <translation>Der Hub hat diesen Schlüssel für den Namen %1 gespeichert. Um sicherzugehen, dass es wirklich diese Person ist, die Sicherheitsnummer vergleichen (Verifizieren …).</translation>
    </message>
    <message>
        <source>⚠ Not verified</source>
        <translation>⚠ Nicht verifiziert</translation>
    </message>
    <message>
        <source>Compare the safety number with %1 to be sure.</source>
        <translation>Zur Sicherheit die Sicherheitsnummer mit %1 vergleichen.</translation>
    </message>
    <message>
        <source>You verified %1 by comparing the safety number.</source>
        <translation>%1 wurde durch Vergleich der Sicherheitsnummer verifiziert.</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: chats with them are not encrypted.</source>
        <translation>%1 verwendet das ursprüngliche ChatBuddy im Klartext: Chats mit %1 sind nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>unbekannte Sprache „%1“: bitte eine von %2 verwenden.</translation>
    </message>
    <message>
        <source>cannot load the translation for &quot;%1&quot;.</source>
        <translation>die Übersetzung für „%1“ kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>ChatBuddy: secure peer-to-peer chat on your network.</source>
        <translation>ChatBuddy: sicherer Peer-to-Peer-Chat im eigenen Netzwerk.</translation>
    </message>
    <message>
        <source>The hub to log in to (default: as last time, or 127.0.0.1:%1).</source>
        <translation>Der Hub für die Anmeldung (Standard: wie beim letzten Mal, sonst 127.0.0.1:%1).</translation>
    </message>
    <message>
        <source>Use the profile NAME (its own key and settings), so several people can use ChatBuddy on one computer.</source>
        <translation>Das Profil NAME verwenden (mit eigenem Schlüssel und eigenen Einstellungen), damit mehrere Personen ChatBuddy auf einem Computer nutzen können.</translation>
    </message>
    <message>
        <source>Pre-fill the user name.</source>
        <translation>Den Benutzernamen vorausfüllen.</translation>
    </message>
    <message>
        <source>Log in at once with the pre-filled name and hub.</source>
        <translation>Sofort mit dem vorausgefüllten Namen und Hub anmelden.</translation>
    </message>
    <message>
        <source>Show ChatBuddy in LANGUAGE (%1) instead of the system&apos;s language.</source>
        <translation>ChatBuddy in LANGUAGE (%1) statt in der Systemsprache anzeigen.</translation>
    </message>
    <message>
        <source>--hub wants HOST:PORT with a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--hub erwartet HOST:PORT mit einem Port von 1 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Profilname: 1 bis 32 Buchstaben, Ziffern, „.“, „_“ oder „-“ verwenden.</translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation>das Profil kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot accept chats: %1</source>
        <translation>Chats können nicht angenommen werden: %1</translation>
    </message>
    <message>
        <source>Do not look for hubs on the local network.</source>
        <translation>Nicht nach Hubs im lokalen Netzwerk suchen.</translation>
    </message>
    <message>
        <source>UDP port where hubs announce themselves (default %1).</source>
        <translation>UDP-Port, auf dem sich Hubs ankündigen (Standard %1).</translation>
    </message>
    <message>
        <source>Look for hubs at this address only, such as 127.255.255.255 for this computer (repeatable; default: every network&apos;s broadcast address).</source>
        <translation>Nur an dieser Adresse nach Hubs suchen, etwa 127.255.255.255 für diesen Computer (mehrfach möglich; Standard: die Broadcast-Adresse jedes Netzwerks).</translation>
    </message>
    <message>
        <source>--discovery-port wants a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--discovery-port erwartet einen Port von 1 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>--discovery-address wants an IPv4 address such as 192.168.1.255, not &quot;%1&quot;.</source>
        <translation>--discovery-address erwartet eine IPv4-Adresse wie 192.168.1.255, nicht „%1“.</translation>
    </message>
    <message>
        <source>Place the main window here instead of where it was last time, e.g. 640x560+0+0.</source>
        <translation>Das Hauptfenster hier statt an der letzten Position öffnen, z. B. 640x560+0+0.</translation>
    </message>
    <message>
        <source>--window-geometry wants WIDTHxHEIGHT+X+Y such as 640x560+0+0, not &quot;%1&quot;.</source>
        <translation>--window-geometry erwartet BREITExHÖHE+X+Y wie 640x560+0+0, nicht „%1“.</translation>
    </message>
</context>
</TS>
