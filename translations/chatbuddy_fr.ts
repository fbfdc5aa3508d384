<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>chatbuddy</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Veuillez saisir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n characters.</source>
        <translation>
            <numerusform>Un nom peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un nom peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name may only use letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Un nom ne peut contenir que les lettres A-Z, des chiffres, « . », « _ » et « - ».</translation>
    </message>
    <message>
        <source>A name needs at least one letter or digit.</source>
        <translation>Un nom doit contenir au moins une lettre ou un chiffre.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::ChatSession</name>
    <message>
        <source>Could not reach your friend at %1: no answer.</source>
        <translation>Impossible de joindre votre ami à %1 : pas de réponse.</translation>
    </message>
    <message>
        <source>The chat could not be set up in time.</source>
        <translation>Le chat n’a pas pu être établi à temps.</translation>
    </message>
    <message>
        <source>Connection to %1 was lost (no answer for a while).</source>
        <translation>La connexion avec %1 a été perdue (pas de réponse depuis un moment).</translation>
    </message>
    <message>
        <source>Trying to reach your friend at %1:%2...</source>
        <translation>Tentative de joindre votre ami à %1:%2…</translation>
    </message>
    <message>
        <source>Not encrypted: this is a plain-text chat with an old ChatBuddy program. Anyone on the network can read it, and nobody can prove who is on the other side.</source>
        <translation>Non chiffré : ceci est un chat en clair avec un ancien programme ChatBuddy. N’importe qui sur le réseau peut le lire, et personne ne peut prouver qui se trouve de l’autre côté.</translation>
    </message>
    <message>
        <source>Connection successful! Chat away! When you&apos;re done, just type &apos;EOM&apos;.</source>
        <translation>Connexion réussie ! Bon chat ! Quand vous avez fini, tapez simplement « EOM ».</translation>
    </message>
    <message>
        <source>%1 sent too much before the chat was accepted.</source>
        <translation>%1 a envoyé trop de données avant que le chat soit accepté.</translation>
    </message>
    <message>
        <source>%1 ended the chat.</source>
        <translation>%1 a mis fin au chat.</translation>
    </message>
    <message>
        <source>The other side presented no key.</source>
        <translation>L’autre côté n’a présenté aucune clé.</translation>
    </message>
    <message>
        <source>The person at %1:%2 is not presenting %3&apos;s key. This may be an attack, so the chat was not started.
Expected key: %4
Key presented: %5</source>
        <translation>La personne à %1:%2 ne présente pas la clé de %3. Il peut s’agir d’une attaque, le chat n’a donc pas été lancé.
Clé attendue : %4
Clé présentée : %5</translation>
    </message>
    <message>
        <source>Connected. Waiting for %1 to accept...</source>
        <translation>Connecté. En attente de l’acceptation de %1…</translation>
    </message>
    <message>
        <source>%1 sent something invalid (%2); the chat was closed.</source>
        <translation>%1 a envoyé quelque chose d’invalide (%2) ; le chat a été fermé.</translation>
    </message>
    <message>
        <source>%1 sent an unexpected &quot;%2&quot;; the chat was closed.</source>
        <translation>%1 a envoyé un « %2 » inattendu ; le chat a été fermé.</translation>
    </message>
    <message>
        <source>%1 declined the chat.</source>
        <translation>%1 a refusé le chat.</translation>
    </message>
    <message>
        <source>%1 refused the chat: your key does not match the key registered for your name.</source>
        <translation>%1 a refusé le chat : votre clé ne correspond pas à celle enregistrée pour votre nom.</translation>
    </message>
    <message>
        <source>%1 closed the chat: %2</source>
        <translation>%1 a fermé le chat : %2</translation>
    </message>
    <message>
        <source>Someone at %1 used an invalid name; the chat was refused.</source>
        <translation>Quelqu’un à %1 a utilisé un nom invalide ; le chat a été refusé.</translation>
    </message>
    <message>
        <source>The person at %1:%2 calls themselves &quot;%3&quot;, not &quot;%4&quot;. This may be an attack, so the chat was closed.</source>
        <translation>La personne à %1:%2 se présente comme « %3 » et non « %4 ». Il peut s’agir d’une attaque, le chat a donc été fermé.</translation>
    </message>
    <message>
        <source>Someone at %1:%2 claimed to be %3 but presented a different key than the one registered for that name. This may be an attack, so the chat was refused.
Registered key: %4
Key presented: %5</source>
        <translation>Quelqu’un à %1:%2 prétend être %3 mais a présenté une clé différente de celle enregistrée pour ce nom. Il peut s’agir d’une attaque, le chat a donc été refusé.
Clé enregistrée : %4
Clé présentée : %5</translation>
    </message>
    <message>
        <source>%1 joined! Start chatting! Remember to type &apos;EOM&apos; when you&apos;re finished.</source>
        <translation>%1 est là ! Commencez à discuter ! Tapez « EOM » quand vous avez fini.</translation>
    </message>
    <message>
        <source>You declined the chat with %1.</source>
        <translation>Vous avez refusé le chat avec %1.</translation>
    </message>
    <message>
        <source>%1&apos;s key changed — this may be an attack. Nothing is sent until you check the new key with %1 and accept it.
Key before: %2
Key now: %3</source>
        <translation>La clé de %1 a changé — il peut s’agir d’une attaque. Rien n’est envoyé tant que vous n’avez pas vérifié la nouvelle clé avec %1 et ne l’avez pas acceptée.
Clé précédente : %2
Clé actuelle : %3</translation>
    </message>
    <message>
        <source>You accepted %1&apos;s key %2.</source>
        <translation>Vous avez accepté la clé %2 de %1.</translation>
    </message>
    <message>
        <source>You ended the chat.</source>
        <translation>Vous avez mis fin au chat.</translation>
    </message>
    <message>
        <source>You cancelled the chat.</source>
        <translation>Vous avez annulé le chat.</translation>
    </message>
    <message>
        <source>Could not set up a secure chat with %1:%2 (%3). Is it a ChatBuddy client?</source>
        <translation>Impossible d’établir un chat sécurisé avec %1:%2 (%3). Est-ce bien un client ChatBuddy ?</translation>
    </message>
    <message>
        <source>Could not reach your friend at %1:%2: %3</source>
        <translation>Impossible de joindre votre ami à %1:%2 : %3</translation>
    </message>
    <message>
        <source>Connection to %1 was lost. Looks like your friend stepped away.</source>
        <translation>La connexion avec %1 a été perdue. Votre ami semble s’être absenté.</translation>
    </message>
    <message>
        <source>Connection to %1 was lost before the chat started.</source>
        <translation>La connexion avec %1 a été perdue avant le début du chat.</translation>
    </message>
    <message>
        <source>The other side uses a kind of key ChatBuddy does not accept (%1), so the chat was closed.</source>
        <translation>L’autre côté utilise un type de clé que ChatBuddy n’accepte pas (%1) ; la discussion a donc été fermée.</translation>
    </message>
    <message>
        <source>someone at %1</source>
        <translation>quelqu’un à %1</translation>
    </message>
    <message>
        <source>To chat with it anyway, press Chat again as plain text (NOT encrypted).</source>
        <translation>Pour discuter quand même, cliquez sur « Relancer le chat en clair » (NON chiffré).</translation>
    </message>
    <message>
        <source>To chat with it anyway, turn on Security ▸ Allow Unencrypted Legacy Chats first (such chats are NOT encrypted).</source>
        <translation>Pour discuter quand même, activez d’abord Sécurité ▸ Autoriser les chats hérités non chiffrés (ces chats ne sont PAS chiffrés).</translation>
    </message>
    <message>
        <source>%1:%2 answered but does not speak encrypted ChatBuddy: it looks like the original plain-text ChatBuddy.</source>
        <translation>%1:%2 a répondu mais ne parle pas le ChatBuddy chiffré : il semble s’agir du ChatBuddy d’origine, en clair.</translation>
    </message>
    <message>
        <source>Someone at %1 tried to chat using the original plain-text ChatBuddy, which cannot encrypt. Legacy chats are off, so the chat was refused.</source>
        <translation>Quelqu’un à %1 a tenté de discuter au moyen du ChatBuddy d’origine, en clair, qui ne sait pas chiffrer. Les chats hérités sont désactivés : le chat a donc été refusé.</translation>
    </message>
    <message>
        <source>%1 is not registered with your hub, so nobody vouches for this key.</source>
        <translation>%1 n’est pas enregistré auprès de votre hub : personne ne garantit donc cette clé.</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1&apos;s key (you are not connected to it), so this key is not checked.</source>
        <translation>Impossible de demander à votre hub quelle est la clé de « %1 » (vous n’y êtes pas connecté) : cette clé n’est donc pas vérifiée.</translation>
    </message>
    <message>
        <source>You marked %1 as verified: your safety numbers match.</source>
        <translation>Vous avez marqué %1 comme vérifié : vos numéros de sécurité correspondent.</translation>
    </message>
    <message>
        <source>You took the verified mark off %1.</source>
        <translation>Vous avez retiré la marque « vérifié » de %1.</translation>
    </message>
    <message>
        <source>A file transfer link nobody expected was closed.</source>
        <translation>Une liaison de transfert de fichier que personne n’attendait a été fermée.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Client</name>
    <message>
        <source>%1 uses the old ChatBuddy program, which cannot encrypt. Turn on &quot;Allow unencrypted legacy chats&quot; to chat with %1 anyway.</source>
        <translation>%1 utilise l’ancien programme ChatBuddy, qui ne sait pas chiffrer. Activez « Autoriser les chats hérités non chiffrés » pour discuter quand même avec %1.</translation>
    </message>
    <message>
        <source>Plain-text legacy chats are off. Turn on &quot;Allow unencrypted legacy chats&quot; first.</source>
        <translation>Les chats hérités en clair sont désactivés. Activez d’abord « Autoriser les chats hérités non chiffrés ».</translation>
    </message>
    <message>
        <source>%1 is not online right now. You can chat again when they are back.</source>
        <translation>%1 n’est pas en ligne pour le moment. Vous pourrez discuter à nouveau à son retour.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>The message is too long (at most %1 bytes).</source>
        <translation>Le message est trop long (au plus %1 octets).</translation>
    </message>
    <message>
        <source>%1 uses the old ChatBuddy program: messages can only be sent while you chat.</source>
        <translation>%1 utilise l’ancien programme ChatBuddy : les messages ne peuvent être envoyés que pendant un chat.</translation>
    </message>
    <message>
        <source>There is no chat to send the file on.</source>
        <translation>Il n’y a aucun chat par lequel envoyer le fichier.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Cette personne</translation>
    </message>
    <message>
        <source>%1&apos;s ChatBuddy cannot take files; they need a newer version.</source>
        <translation>Le ChatBuddy de %1 ne peut pas recevoir de fichiers ; il lui faut une version plus récente.</translation>
    </message>
    <message>
        <source>%1 takes files of at most %2 MiB.</source>
        <translation>%1 accepte les fichiers de %2 Mio au plus.</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: files can only be sent to someone using the encrypted ChatBuddy.</source>
        <translation>%1 utilise le ChatBuddy d’origine en clair : les fichiers ne peuvent être envoyés qu’à quelqu’un qui utilise le ChatBuddy chiffré.</translation>
    </message>
    <message>
        <source>Declined automatically: larger than the %1 MiB set in Settings.</source>
        <translation>Refusé automatiquement : dépasse les %1 Mio fixés dans les paramètres.</translation>
    </message>
    <message>
        <source>Sends you a file: %1</source>
        <translation>Vous envoie un fichier : %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Courier</name>
    <message>
        <source>The message could not be kept for later: %1</source>
        <translation>Le message n’a pas pu être conservé pour plus tard : %1</translation>
    </message>
    <message>
        <source>%1&apos;s name now belongs to a different key. Your queued messages wait until you chat with %1 and check the new key.</source>
        <translation>Le nom « %1 » appartient désormais à une autre clé. Vos messages en file d’attente attendront que vous discutiez avec %1 et vérifiiez la nouvelle clé.</translation>
    </message>
    <message>
        <source>A message that claimed to come from %1 was changed on the way or not sealed by %1. It was discarded.</source>
        <translation>Un message prétendument envoyé par %1 a été modifié en route ou n’a pas été scellé par %1. Il a été supprimé.</translation>
    </message>
    <message>
        <source>A message from &quot;%1&quot; arrived signed by a different key than the one you know for %1. It was not shown. If %1 really has a new key, chat with them and compare the safety number.</source>
        <translation>Un message de « %1 » est arrivé signé par une autre clé que celle que vous connaissez pour %1. Il n’a pas été affiché. Si %1 a vraiment une nouvelle clé, discutez avec %1 et comparez le numéro de sécurité.</translation>
    </message>
    <message>
        <source>%1 did not come online to collect it in time.</source>
        <translation>%1 n’a pas été en ligne à temps pour le récupérer.</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox on the hub is full.</source>
        <translation>La boîte aux lettres de %1 sur le hub est pleine.</translation>
    </message>
    <message>
        <source>You have too many messages waiting at the hub already.</source>
        <translation>Vous avez déjà trop de messages en attente sur le hub.</translation>
    </message>
    <message>
        <source>Not delivered: &quot;%1&quot;. %2</source>
        <translation>Non remis : « %1 ». %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::FileReceiver</name>
    <message>
        <source>%1 has less of the file than was agreed; the transfer starts again.</source>
        <translation>%1 contient moins du fichier que convenu ; le transfert recommence.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>What was received of the file before cannot be read again (%1).</source>
        <translation>La partie du fichier déjà reçue ne peut pas être relue (%1).</translation>
    </message>
    <message>
        <source>The sender ended the file after %1 of %2 bytes.</source>
        <translation>L’expéditeur a terminé le fichier après %1 octets sur %2.</translation>
    </message>
    <message>
        <source>The file did not arrive intact (its SHA-256 does not match), so it was not kept.</source>
        <translation>Le fichier n’est pas arrivé intact (son SHA-256 ne correspond pas) ; il n’a donc pas été conservé.</translation>
    </message>
    <message>
        <source>The sender sent more than the %1 bytes it offered.</source>
        <translation>L’expéditeur a envoyé plus que les %1 octets proposés.</translation>
    </message>
    <message>
        <source>The file could not be written (%1); is the disk full?</source>
        <translation>Impossible d’écrire le fichier (%1) ; le disque est-il plein ?</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (it needs %2 more bytes).</source>
        <translation>Pas assez d’espace libre pour %1 (il faut encore %2 octets).</translation>
    </message>
    <message>
        <source>The transfer link failed: %1</source>
        <translation>La liaison du transfert a échoué : %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::FileSender</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 changed since it was offered (it has %2 bytes now, not %3).</source>
        <translation>%1 a changé depuis qu’il a été proposé (il fait maintenant %2 octets, et non %3).</translation>
    </message>
    <message>
        <source>%1 could not be read again: %2</source>
        <translation>Impossible de relire %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::History</name>
    <message>
        <source>Another ChatBuddy is using this profile&apos;s history, so this window keeps its conversations only until you quit.</source>
        <translation>Un autre ChatBuddy utilise l’historique de ce profil : cette fenêtre ne conserve donc ses conversations que jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Your chat history cannot be kept: %1 cannot be created (%2).</source>
        <translation>Votre historique des chats ne peut pas être conservé : impossible de créer %1 (%2).</translation>
    </message>
    <message>
        <source>Your chat history could not be read (%1). It was moved to %2 and a new history was started.</source>
        <translation>Votre historique des chats n’a pas pu être lu (%1). Il a été déplacé vers %2 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>Your chat history was written by a newer ChatBuddy (%1), so it is left as it is and this window keeps its conversations only until you quit.</source>
        <translation>Votre historique des chats a été écrit par un ChatBuddy plus récent (%1) : il est donc laissé tel quel et cette fenêtre ne conserve ses conversations que jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Your chat history cannot be opened (%1), so this window keeps its conversations only until you quit.</source>
        <translation>Impossible d’ouvrir votre historique des chats (%1) : cette fenêtre ne conserve donc ses conversations que jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Your chat history cannot be written (%1), so this window keeps its conversations only until you quit.</source>
        <translation>Impossible d’écrire votre historique des chats (%1) : cette fenêtre ne conserve donc ses conversations que jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Your chat history cannot be saved right now (%1). Your conversations stay open and will be saved as soon as it works again.</source>
        <translation>Votre historique des chats ne peut pas être enregistré pour le moment (%1). Vos conversations restent ouvertes et seront enregistrées dès que cela fonctionnera à nouveau.</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>non remis</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <source>no key: plain-text chats</source>
        <translation>aucune clé : chats en clair</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>Saved from ChatBuddy on %1</source>
        <translation>Enregistré depuis ChatBuddy le %1</translation>
    </message>
    <message>
        <source>There is no such conversation.</source>
        <translation>Cette conversation n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::HubConnection</name>
    <message>
        <source>The hub at %1 did not answer in time.</source>
        <translation>Le hub à %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The hub stopped answering.</source>
        <translation>Le hub ne répond plus.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion au hub…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Hub lost, reconnecting…</source>
        <translation>Hub perdu, reconnexion…</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>Impossible d’établir une connexion sécurisée avec le hub à %1 : %2</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: %2</source>
        <translation>Impossible de joindre le hub à %1 : %2</translation>
    </message>
    <message>
        <source>The hub at %1 presented a different key than before. This may be an attack, so ChatBuddy did not log in.
Pinned key: %2
Key now: %3</source>
        <translation>Le hub à %1 a présenté une clé différente de la précédente. Il peut s’agir d’une attaque, ChatBuddy ne s’est donc pas connecté.
Clé enregistrée : %2
Clé actuelle : %3</translation>
    </message>
    <message>
        <source>The hub sent something ChatBuddy does not understand (%1).</source>
        <translation>Le hub a envoyé quelque chose que ChatBuddy ne comprend pas (%1).</translation>
    </message>
    <message>
        <source>Connection to the hub was lost.</source>
        <translation>La connexion avec le hub a été perdue.</translation>
    </message>
    <message>
        <source>The hub at %1 closed the connection.</source>
        <translation>Le hub à %1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>The hub sent an invalid message (%1).</source>
        <translation>Le hub a envoyé un message invalide (%1).</translation>
    </message>
    <message>
        <source>Someone named &quot;%1&quot; is already online. Please pick another name.</source>
        <translation>Quelqu’un nommé « %1 » est déjà en ligne. Veuillez choisir un autre nom.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to someone else (another key registered it first). Please pick another name.</source>
        <translation>Le nom « %1 » appartient à quelqu’un d’autre (une autre clé l’a enregistré en premier). Veuillez choisir un autre nom.</translation>
    </message>
    <message>
        <source>The hub did not accept the name &quot;%1&quot;: %2</source>
        <translation>Le hub n’a pas accepté le nom « %1 » : %2</translation>
    </message>
    <message>
        <source>The hub is full right now. Please try again later.</source>
        <translation>Le hub est plein pour le moment. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>You logged in as &quot;%1&quot; from somewhere else, so this session was signed out.</source>
        <translation>Vous vous êtes connecté en tant que « %1 » depuis un autre endroit ; cette session a donc été fermée.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>Le hub a refusé : %1</translation>
    </message>
    <message>
        <source>The hub is shutting down.</source>
        <translation>Le hub s’arrête.</translation>
    </message>
    <message>
        <source>The hub was shut down. ChatBuddy reconnects when it is back.</source>
        <translation>Le hub a été arrêté. ChatBuddy se reconnectera à son retour.</translation>
    </message>
    <message>
        <source>The hub at %1 did not show the key it announced on the network. Someone else may be answering in its place, so ChatBuddy did not log in.
Announced key: %2
Key shown: %3</source>
        <translation>Le hub à %1 n’a pas montré la clé qu’il a annoncée sur le réseau. Quelqu’un d’autre répond peut-être à sa place, donc ChatBuddy ne s’est pas connecté.
Clé annoncée : %2
Clé montrée : %3</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::HubFinder</name>
    <message>
        <source>Hubs on the network cannot be found: %1</source>
        <translation>Impossible de chercher les hubs du réseau : %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::PeopleModel</name>
    <message>
        <source>%1 — offline, last seen %2</source>
        <translation>%1 — hors ligne, dernière connexion le %2</translation>
    </message>
    <message>
        <source>%1 — offline</source>
        <translation>%1 — hors ligne</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Profile</name>
    <message>
        <source>no writable data folder for this user</source>
        <translation>aucun dossier de données accessible en écriture pour cet utilisateur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>« %1 » n’est pas un nom de profil valide (utilisez des lettres, des chiffres, « . », « _ » ou « - »)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>impossible de restreindre l’accès à %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is damaged (it should hold 32 bytes)</source>
        <translation>%1 est endommagé (il devrait contenir 32 octets)</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Transfers</name>
    <message>
        <source>Files can only be sent in a chat with a ChatBuddy that takes them.</source>
        <translation>Les fichiers ne peuvent être envoyés que dans un chat avec un ChatBuddy qui les accepte.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The offer could not be sent.</source>
        <translation>L’offre n’a pas pu être envoyée.</translation>
    </message>
    <message>
        <source>The other side stopped the transfer.</source>
        <translation>L’autre côté a arrêté le transfert.</translation>
    </message>
    <message>
        <source>This file is no longer offered.</source>
        <translation>Ce fichier n’est plus proposé.</translation>
    </message>
    <message>
        <source>You declined the file.</source>
        <translation>Vous avez refusé le fichier.</translation>
    </message>
    <message>
        <source>You cancelled the transfer.</source>
        <translation>Vous avez annulé le transfert.</translation>
    </message>
    <message>
        <source>The transfer link presented another key than the chat; it was closed.</source>
        <translation>La liaison de transfert a présenté une autre clé que celle du chat ; elle a été fermée.</translation>
    </message>
    <message>
        <source>The other side did not answer the transfer link.</source>
        <translation>L’autre côté n’a pas répondu à la liaison de transfert.</translation>
    </message>
    <message>
        <source>The chat ended; the file goes on when you chat again.</source>
        <translation>Le chat est terminé ; le fichier reprendra quand vous discuterez à nouveau.</translation>
    </message>
    <message>
        <source>The sender cancelled it.</source>
        <translation>L’expéditeur a annulé le transfert.</translation>
    </message>
    <message>
        <source>%1 changed or is gone since it was offered, so it was not sent.</source>
        <translation>%1 a changé ou a disparu depuis qu’il a été proposé ; il n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>Files can only be sent to someone who uses ChatBuddy.</source>
        <translation>Les fichiers ne peuvent être envoyés qu’à quelqu’un qui utilise ChatBuddy.</translation>
    </message>
    <message>
        <source>The file was offered again with another size.</source>
        <translation>Le fichier a été proposé à nouveau avec une autre taille.</translation>
    </message>
    <message>
        <source>The transfer link could not be opened (%1); the file goes on when you chat again.</source>
        <translation>La liaison de transfert n’a pas pu être ouverte (%1) ; le fichier reprendra quand vous discuterez à nouveau.</translation>
    </message>
    <message>
        <source>The connection was lost; the file goes on from where it stopped when you are both back.</source>
        <translation>La connexion a été perdue ; le fichier reprendra là où il s’est arrêté quand vous serez de nouveau là tous les deux.</translation>
    </message>
    <message>
        <source>It is larger than %1 takes.</source>
        <translation>Il est plus gros que ce que %1 accepte.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::files::FileNames</name>
    <message>
        <source>No folder was chosen for received files.</source>
        <translation>Aucun dossier n’a été choisi pour les fichiers reçus.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The file %1 would not be inside %2.</source>
        <translation>Le fichier %1 ne serait pas dans %2.</translation>
    </message>
    <message>
        <source>Cannot save a file in %1: %2</source>
        <translation>Impossible d’enregistrer un fichier dans %1 : %2</translation>
    </message>
    <message>
        <source>There are already too many files called %1 in %2.</source>
        <translation>Il y a déjà trop de fichiers nommés %1 dans %2.</translation>
    </message>
    <message>
        <source>The received file %1 is missing or was replaced.</source>
        <translation>Le fichier reçu %1 est introuvable ou a été remplacé.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a plain file any more.</source>
        <translation>%1 n’est plus un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatHeader</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Verify with the safety number</source>
        <translation>Vérifier avec le numéro de sécurité</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Your friend called from %1</source>
        <translation>Votre ami a appelé depuis %1</translation>
    </message>
    <message>
        <source>Your friend&apos;s address and chat port</source>
        <translation>Adresse et port de chat de votre ami</translation>
    </message>
    <message>
        <source>Compare the safety number with %1 and mark them verified</source>
        <translation>Comparer le numéro de sécurité avec %1 et marquer cette personne comme vérifiée</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: anyone on your network can read and change these messages. Do not send anything private.</source>
        <translation>%1 utilise le ChatBuddy d’origine, en clair : n’importe qui sur votre réseau peut lire et modifier ces messages. N’envoyez rien de privé.</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Encrypted with TLS 1.3 to the key shown: nobody else on the network can read or change these messages.</source>
        <translation>Chiffré avec TLS 1.3 pour la clé affichée : personne d’autre sur le réseau ne peut lire ni modifier ces messages.</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune clé</translation>
    </message>
    <message>
        <source>The original ChatBuddy has no keys: ChatBuddy cannot check who is at the other end.</source>
        <translation>Le ChatBuddy d’origine n’a pas de clés : ChatBuddy ne peut pas vérifier qui se trouve de l’autre côté.</translation>
    </message>
    <message>
        <source>Key: not known yet</source>
        <translation>Clé : pas encore connue</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Full key: %1
Safety number: %2
Compare the safety number with your friend (Verify…); it is the same on both sides.</source>
        <translation>Clé complète : %1
Numéro de sécurité : %2
Comparez le numéro de sécurité avec votre ami (Vérifier…) ; il est identique des deux côtés.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatInput</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type your message and press Enter. When you&apos;re done, just type &apos;EOM&apos;.</source>
        <translation>Tapez votre message et appuyez sur Entrée. Quand vous avez fini, tapez simplement « EOM ».</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Envoyer le message (Entrée)</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>Ter&amp;miner le chat</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Terminer le chat</translation>
    </message>
    <message>
        <source>End the chat for both of you (same as typing EOM)</source>
        <translation>Terminer le chat pour vous deux (comme taper EOM)</translation>
    </message>
    <message>
        <source>Chat &amp;again</source>
        <translation>&amp;Relancer le chat</translation>
    </message>
    <message>
        <source>Chat again</source>
        <translation>Relancer le chat</translation>
    </message>
    <message>
        <source>Start a new chat with the same person</source>
        <translation>Lancer un nouveau chat avec la même personne</translation>
    </message>
    <message>
        <source>This message is too long to send (more than %1 bytes). Please shorten it.</source>
        <translation>Ce message est trop long pour être envoyé (plus de %1 octets). Veuillez le raccourcir.</translation>
    </message>
    <message>
        <source>Send fi&amp;le…</source>
        <translation>Envoyer un f&amp;ichier…</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <source>Send files (or drop them on the chat, or paste them)</source>
        <translation>Envoyer des fichiers (ou les déposer sur le chat, ou les coller)</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;Aucun chat ouvert&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Double-cliquez sur quelqu’un à gauche, ou sélectionnez-le et appuyez sur &lt;i&gt;Chat&lt;/i&gt;.&lt;br&gt;Quand un ami veut discuter avec vous, ChatBuddy vous le demande d’abord.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Friends can also reach you directly at port %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vos amis peuvent aussi vous joindre directement sur le port %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read this chat.</source>
        <translation>Non chiffré : n’importe qui sur le réseau peut lire ce chat.</translation>
    </message>
    <message>
        <source>Their key changed: accept it or end the chat.</source>
        <translation>Sa clé a changé : acceptez-la ou terminez le chat.</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>Ce chat est terminé.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatWidget</name>
    <message>
        <source>Chat &amp;again</source>
        <translation>&amp;Relancer le chat</translation>
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
        <translation>Ce message est trop long pour être envoyé (%1 octets ; au plus %2). Veuillez le raccourcir.</translation>
    </message>
    <message>
        <source>The message could not be sent.</source>
        <translation>Le message n’a pas pu être envoyé.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Checking their key…</source>
        <translation>Vérification de sa clé…</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>En attente de l’acceptation de %1…</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <source>Blocked: key changed</source>
        <translation>Bloqué : clé modifiée</translation>
    </message>
    <message>
        <source>Chatting</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Chat ended</source>
        <translation>Chat terminé</translation>
    </message>
    <message>
        <source>Accept %1&apos;s new key or end the chat.</source>
        <translation>Acceptez la nouvelle clé de %1 ou terminez le chat.</translation>
    </message>
    <message>
        <source>Message (NOT encrypted)</source>
        <translation>Message (NON chiffré)</translation>
    </message>
    <message>
        <source>Message (Enter sends, EOM ends the chat)</source>
        <translation>Message (Entrée envoie, EOM termine le chat)</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>Ce chat est terminé.</translation>
    </message>
    <message>
        <source>Waiting for the chat to start…</source>
        <translation>En attente du début du chat…</translation>
    </message>
    <message>
        <source>To chat without encryption anyway: Security ▸ Allow Unencrypted Legacy Chats, then Chat again.</source>
        <translation>Pour discuter quand même sans chiffrement : Sécurité ▸ Autoriser les chats hérités non chiffrés, puis Relancer le chat.</translation>
    </message>
    <message>
        <source>Someone at %1</source>
        <translation>Quelqu’un à %1</translation>
    </message>
    <message>
        <source>Chat again as &amp;plain text</source>
        <translation>Relancer le chat en c&amp;lair</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline, last seen %1</source>
        <translation>Hors ligne, dernière connexion le %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Type a message to start a chat with %1</source>
        <translation>Tapez un message pour lancer un chat avec %1</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>%1 is offline. You can chat again when they are back.</source>
        <translation>%1 est hors ligne. Vous pourrez discuter à nouveau à son retour.</translation>
    </message>
    <message>
        <source>This chat has ended. Type to start a new one.</source>
        <translation>Ce chat est terminé. Tapez pour en lancer un nouveau.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 est en train d’écrire…</translation>
    </message>
    <message>
        <source>%1 is offline. Write anyway: it will be delivered when possible.</source>
        <translation>%1 est hors ligne. Écrivez quand même : le message sera remis dès que possible.</translation>
    </message>
    <message>
        <source>Files can be sent once the chat has started.</source>
        <translation>Les fichiers peuvent être envoyés une fois le chat commencé.</translation>
    </message>
    <message>
        <source>%1 is not online: the files wait on this computer and go when you are both online.</source>
        <translation>%1 n’est pas en ligne : les fichiers attendent sur cet ordinateur et partiront quand vous serez tous les deux en ligne.</translation>
    </message>
    <message>
        <source>Send Files to %1</source>
        <translation>Envoyer des fichiers à %1</translation>
    </message>
    <message>
        <source>The picture could not be kept in %1.</source>
        <translation>L’image n’a pas pu être conservée dans %1.</translation>
    </message>
    <message>
        <source>Picture %1.png</source>
        <translation>Image %1.png</translation>
    </message>
    <message>
        <source>Picture %1 (%2).png</source>
        <translation>Image %1 (%2).png</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>L’image n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ConnectAddressDialog</name>
    <message>
        <source>Connect by Address</source>
        <translation>Se connecter par adresse</translation>
    </message>
    <message>
        <source>Enter your friend&apos;s IP address and chat port. They can see their chat port in the status bar of their ChatBuddy window.</source>
        <translation>Saisissez l’adresse IP et le port de chat de votre ami. Il peut voir son port de chat dans la barre d’état de sa fenêtre ChatBuddy.</translation>
    </message>
    <message>
        <source>Friend&apos;s IP address</source>
        <translation>Adresse IP de votre ami</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20</source>
        <translation>p. ex. 192.168.1.20</translation>
    </message>
    <message>
        <source>Friend&apos;s chat port</source>
        <translation>Port de chat de votre ami</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>Adresse &amp;IP :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>P&amp;lain-text legacy peer (not encrypted)</source>
        <translation>Pair &amp;hérité en clair (non chiffré)</translation>
    </message>
    <message>
        <source>Plain-text legacy peer, not encrypted</source>
        <translation>Pair hérité en clair, non chiffré</translation>
    </message>
    <message>
        <source>Your friend runs the original ChatBuddy, which cannot encrypt: anyone on the network can read the chat.</source>
        <translation>Votre ami utilise le ChatBuddy d’origine, qui ne sait pas chiffrer : n’importe qui sur le réseau peut lire le chat.</translation>
    </message>
    <message>
        <source>Turn on Security ▸ Allow Unencrypted Legacy Chats first.</source>
        <translation>Activez d’abord Sécurité ▸ Autoriser les chats hérités non chiffrés.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Please enter your friend&apos;s IP address.</source>
        <translation>Veuillez saisir l’adresse IP de votre ami.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Please enter a numeric address such as 192.168.1.20 (names are not looked up).</source>
        <translation>« %1 » n’est pas une adresse IP. Veuillez saisir une adresse numérique comme 192.168.1.20 (les noms ne sont pas résolus).</translation>
    </message>
    <message>
        <source>%1 is not the address of a single computer. Please enter your friend&apos;s address.</source>
        <translation>%1 n’est pas l’adresse d’un seul ordinateur. Veuillez saisir l’adresse de votre ami.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>That is your own chat port. Please enter your friend&apos;s address and port.</source>
        <translation>C’est votre propre port de chat. Veuillez saisir l’adresse et le port de votre ami.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ConnectionCheckDialog</name>
    <message>
        <source>Check My Connection</source>
        <translation>Vérifier ma connexion</translation>
    </message>
    <message>
        <source>What works between you, your hub and the people on your network, and what to do when something does not.</source>
        <translation>Ce qui fonctionne entre vous, votre hub et les personnes de votre réseau, et que faire quand quelque chose ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub :</translation>
    </message>
    <message>
        <source>Hub key:</source>
        <translation>Clé du hub :</translation>
    </message>
    <message>
        <source>Your chat port:</source>
        <translation>Votre port de discussion :</translation>
    </message>
    <message>
        <source>Hubs on your network:</source>
        <translation>Hubs de votre réseau :</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>✓ Connected to %1 as %2.</source>
        <translation>✓ Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>… Connecting to %1.</source>
        <translation>… Connexion à %1.</translation>
    </message>
    <message>
        <source>⚠ The hub at %1 went away; ChatBuddy tries again by itself.</source>
        <translation>⚠ Le hub à %1 a disparu ; ChatBuddy réessaie de lui-même.</translation>
    </message>
    <message>
        <source>✗ Not connected. Without a hub you can still chat with someone by address (Chat ▸ Connect by Address…).</source>
        <translation>✗ Non connecté. Sans hub, vous pouvez toujours discuter avec quelqu’un par adresse (Discussion ▸ Se connecter par adresse…).</translation>
    </message>
    <message>
        <source>%1
✓ the key this hub showed when you first connected (pinned)</source>
        <translation>%1
✓ la clé que ce hub a montrée lors de votre première connexion (épinglée)</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connue)</translation>
    </message>
    <message>
        <source>%1
(pinned)</source>
        <translation>%1
(épinglée)</translation>
    </message>
    <message>
        <source>✗ Not accepting chats: %1. Choose another chat port in File ▸ Settings.</source>
        <translation>✗ Les discussions ne sont pas acceptées : %1. Choisissez un autre port de discussion dans Fichier ▸ Paramètres.</translation>
    </message>
    <message>
        <source>%1 (the hub checks whether others can reach it once you are connected)</source>
        <translation>%1 (le hub vérifie si d’autres peuvent l’atteindre une fois connecté)</translation>
    </message>
    <message>
        <source>%1 (this hub does not check whether others can reach it)</source>
        <translation>%1 (ce hub ne vérifie pas si d’autres peuvent l’atteindre)</translation>
    </message>
    <message>
        <source>… %1: the hub is trying to connect to it.</source>
        <translation>… %1 : le hub essaie de s’y connecter.</translation>
    </message>
    <message>
        <source>✓ %1: the hub at %2 could connect to it, so others on the network can start chats with you.</source>
        <translation>✓ %1 : le hub à %2 a pu s’y connecter, donc les autres sur le réseau peuvent lancer des discussions avec vous.</translation>
    </message>
    <message>
        <source>Not looking: ChatBuddy was started with --no-discovery.</source>
        <translation>Pas de recherche : ChatBuddy a été lancé avec --no-discovery.</translation>
    </message>
    <message>
        <source>✗ Cannot look: UDP port %1 could not be opened.</source>
        <translation>✗ Recherche impossible : le port UDP %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>… Asking the network.</source>
        <translation>… Interrogation du réseau.</translation>
    </message>
    <message>
        <source>⚠ No hub answered. A hub on another computer may have its announcements (UDP port %1) blocked by a firewall there or here, or was started with --no-announce; you can still type its address.</source>
        <translation>⚠ Aucun hub n’a répondu. Les annonces (port UDP %1) d’un hub sur un autre ordinateur sont peut-être bloquées par un pare-feu, là-bas ou ici, ou il a été lancé avec --no-announce ; vous pouvez toujours saisir son adresse.</translation>
    </message>
    <message>
        <source>%1 (%2:%3)</source>
        <translation>%1 (%2:%3)</translation>
    </message>
    <message>
        <source>✓ Found: %1.</source>
        <translation>✓ Trouvés : %1.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <source>Older match</source>
        <translation>Résultat plus ancien</translation>
    </message>
    <message>
        <source>Older match (Enter)</source>
        <translation>Résultat plus ancien (Enter)</translation>
    </message>
    <message>
        <source>Newer match</source>
        <translation>Résultat plus récent</translation>
    </message>
    <message>
        <source>Newer match (Shift+Enter)</source>
        <translation>Résultat plus récent (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HistorySearchDialog</name>
    <message>
        <source>ChatBuddy — Find in History</source>
        <translation>ChatBuddy — Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Words to find in all conversations</source>
        <translation>Mots à rechercher dans toutes les conversations</translation>
    </message>
    <message>
        <source>Find in all conversations</source>
        <translation>Rechercher dans toutes les conversations</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <source>You to %1</source>
        <translation>Envoyé à %1</translation>
    </message>
    <message>
        <source>Type words from a message; every word must be in it.</source>
        <translation>Tapez des mots d’un message ; chaque mot doit y figurer.</translation>
    </message>
    <message>
        <source>No message has these words.</source>
        <translation>Aucun message ne contient ces mots.</translation>
    </message>
    <message>
        <source>The newest %1 matches. Add a word to narrow them down.</source>
        <translation>Les %1 résultats les plus récents. Ajoutez un mot pour affiner la recherche.</translation>
    </message>
    <message>
        <source>Messages found: %1</source>
        <translation>Messages trouvés : %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubKeyDialog</name>
    <message>
        <source>Hub Key</source>
        <translation>Clé du hub</translation>
    </message>
    <message>
        <source>ChatBuddy remembers the hub&apos;s key the first time it connects and refuses to log in if the key ever changes, because someone could be pretending to be the hub.</source>
        <translation>ChatBuddy mémorise la clé du hub lors de la première connexion et refuse de se connecter si elle change, car quelqu’un pourrait se faire passer pour le hub.</translation>
    </message>
    <message>
        <source>(not connected to a hub yet)</source>
        <translation>(pas encore connecté à un hub)</translation>
    </message>
    <message>
        <source>The pinned hub key fingerprint</source>
        <translation>Empreinte de la clé du hub enregistrée</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub :</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Clé enregistrée :</translation>
    </message>
    <message>
        <source>&amp;Forget this hub key…</source>
        <translation>&amp;Oublier cette clé du hub…</translation>
    </message>
    <message>
        <source>Forget this hub key</source>
        <translation>Oublier cette clé du hub</translation>
    </message>
    <message>
        <source>Only if the hub was reinstalled or got a new key on purpose</source>
        <translation>Seulement si le hub a été réinstallé ou a reçu volontairement une nouvelle clé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Forgotten. The next time you connect to %1, ChatBuddy will trust the key the hub shows then.</source>
        <translation>Oubliée. À la prochaine connexion à %1, ChatBuddy fera confiance à la clé que le hub présentera alors.</translation>
    </message>
    <message>
        <source>No key is pinned for this hub yet; it is pinned when you connect.</source>
        <translation>Aucune clé n’est encore enregistrée pour ce hub ; elle le sera à la connexion.</translation>
    </message>
    <message>
        <source>Not connected: the key is checked the next time you connect.</source>
        <translation>Non connecté : la clé sera vérifiée à la prochaine connexion.</translation>
    </message>
    <message>
        <source>✓ The hub is showing this key now.</source>
        <translation>✓ Le hub présente actuellement cette clé.</translation>
    </message>
    <message>
        <source>⚠ The hub is showing a different key now: %1</source>
        <translation>⚠ Le hub présente actuellement une autre clé : %1</translation>
    </message>
    <message>
        <source>Forget the Hub Key?</source>
        <translation>Oublier la clé du hub ?</translation>
    </message>
    <message>
        <source>Forget the key of the hub at %1?</source>
        <translation>Oublier la clé du hub à %1 ?</translation>
    </message>
    <message>
        <source>Do this only if you know the hub was reinstalled or got a new key. The next time you connect, ChatBuddy trusts whatever key the hub shows: it cannot tell an impostor from the real hub then.</source>
        <translation>Ne le faites que si vous savez que le hub a été réinstallé ou a reçu une nouvelle clé. À la prochaine connexion, ChatBuddy fera confiance à n’importe quelle clé présentée par le hub : il ne pourra alors pas distinguer un imposteur du vrai hub.</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>&amp;Oublier la clé</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubList</name>
    <message>
        <source>Announced key:
%1</source>
        <translation>Clé annoncée :
%1</translation>
    </message>
    <message>
        <source>%1 — %2:%3 · key %4</source>
        <translation>%1 — %2:%3 · clé %4</translation>
    </message>
    <message>
        <source> · known</source>
        <translation> · connu</translation>
    </message>
    <message>
        <source> · NOT the key you know</source>
        <translation> · PAS la clé que vous connaissez</translation>
    </message>
    <message>
        <source>Hubs on your network</source>
        <translation>Hubs de votre réseau</translation>
    </message>
    <message>
        <source>A hub is the directory that shows who is online. Chats go directly between you and the other person: the hub never sees them.</source>
        <translation>Un hub est l’annuaire qui montre qui est en ligne. Les discussions passent directement entre vous et l’autre personne : le hub ne les voit jamais.</translation>
    </message>
    <message>
        <source>Choose one, or type another hub&apos;s address below.</source>
        <translation>Choisissez-en un, ou saisissez ci-dessous l’adresse d’un autre hub.</translation>
    </message>
    <message>
        <source>No hub has answered yet. If you know a hub&apos;s address, type it below.</source>
        <translation>Aucun hub n’a encore répondu. Si vous connaissez l’adresse d’un hub, saisissez-la ci-dessous.</translation>
    </message>
    <message>
        <source>Type the address of your hub below (ask whoever runs it).</source>
        <translation>Saisissez ci-dessous l’adresse de votre hub (demandez-la à qui le gère).</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubStatusBar</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>Reconnect to the hub</source>
        <translation>Se reconnecter au hub</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>The start of your key&apos;s fingerprint. Help → My Identity shows all of it.</source>
        <translation>Le début de l’empreinte de votre clé. Aide → Mon identité l’affiche en entier.</translation>
    </message>
    <message>
        <source>Successfully connected to main server!</source>
        <translation>Connecté au serveur principal !</translation>
    </message>
    <message>
        <source>Chat port %1</source>
        <translation>Port de chat %1</translation>
    </message>
    <message>
        <source>Friends can reach you at this port (Connect by address).</source>
        <translation>Vos amis peuvent vous joindre sur ce port (Se connecter par adresse).</translation>
    </message>
    <message>
        <source>Port %1 was taken, so ChatBuddy picked this one.</source>
        <translation>Le port %1 était occupé, ChatBuddy a donc choisi celui-ci.</translation>
    </message>
    <message>
        <source>Not accepting chats</source>
        <translation>N’accepte pas de chats</translation>
    </message>
    <message>
        <source>ChatBuddy could not open a port for incoming chats: %1</source>
        <translation>ChatBuddy n’a pas pu ouvrir de port pour les chats entrants : %1</translation>
    </message>
    <message>
        <source>Online · hub %1</source>
        <translation>En ligne · hub %1</translation>
    </message>
    <message numerus="yes">
        <source>Hub lost, reconnecting in %n s…</source>
        <translation>
            <numerusform>Hub perdu, reconnexion dans %n s…</numerusform>
            <numerusform>Hub perdu, reconnexion dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub key %1</source>
        <translation>Clé du hub %1</translation>
    </message>
    <message>
        <source>If you know the hub was reinstalled or got a new key, open Security ▸ Hub Key… and forget the old key; otherwise ask whoever runs the hub.</source>
        <translation>Si vous savez que le hub a été réinstallé ou a reçu une nouvelle clé, ouvrez Sécurité ▸ Clé du hub… et oubliez l’ancienne clé ; sinon, demandez à la personne qui gère le hub.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Ask the hub to try your chat port again (after changing the firewall).</source>
        <translation>Demander au hub de réessayer votre port de discussion (après avoir modifié le pare-feu).</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Others cannot start chats with you: port %1 seems blocked by a firewall (the hub could not connect to it: %2).</source>
        <translation>Les autres ne peuvent pas lancer de discussion avec vous : le port %1 semble bloqué par un pare-feu (le hub n’a pas pu s’y connecter : %2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Allow incoming TCP connections to port %1 in this computer&apos;s firewall (for example: sudo ufw allow %1/tcp), or choose another chat port in File ▸ Settings. You can still start chats yourself.</source>
        <translation>Autorisez les connexions TCP entrantes sur le port %1 dans le pare-feu de cet ordinateur (par exemple : sudo ufw allow %1/tcp), ou choisissez un autre port de discussion dans Fichier ▸ Paramètres. Vous pouvez toujours lancer des discussions vous-même.</translation>
    </message>
    <message>
        <source>Chat port %1 ⚠</source>
        <translation>Port de discussion %1 ⚠</translation>
    </message>
    <message>
        <source>The hub could not connect to this port: %1</source>
        <translation>Le hub n’a pas pu se connecter à ce port : %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::IdentityDialog</name>
    <message>
        <source>My Identity</source>
        <translation>Mon identité</translation>
    </message>
    <message>
        <source>This is your key&apos;s fingerprint. Friends see it next to your name when you chat; if they doubt it is you, read it to them (or compare the safety number shown in the chat).</source>
        <translation>Voici l’empreinte de votre clé. Vos amis la voient à côté de votre nom quand vous discutez ; s’ils doutent que ce soit vous, lisez-la-leur (ou comparez le numéro de sécurité affiché dans le chat).</translation>
    </message>
    <message>
        <source>(not logged in)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Empreinte de votre clé</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>Votre clé :</translation>
    </message>
    <message>
        <source>The hub&apos;s key fingerprint</source>
        <translation>Empreinte de la clé du hub</translation>
    </message>
    <message>
        <source>Hub %1:</source>
        <translation>Hub %1 :</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>&amp;Copier l’empreinte</translation>
    </message>
    <message>
        <source>Copy your key fingerprint</source>
        <translation>Copier l’empreinte de votre clé</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ImageViewer</name>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::IncomingChatPrompt</name>
    <message>
        <source>Someone at %1</source>
        <translation>Quelqu’un à %1</translation>
    </message>
    <message>
        <source>Chat request</source>
        <translation>Demande de chat</translation>
    </message>
    <message>
        <source>%1 wants to chat</source>
        <translation>%1 veut discuter</translation>
    </message>
    <message>
        <source>Calling from %1</source>
        <translation>Appel depuis %1</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: %1 uses the original plain-text ChatBuddy. Anyone on your network can read this chat, and nobody can check who this really is.</source>
        <translation>⚠ Non chiffré : %1 utilise le ChatBuddy d’origine, en clair. N’importe qui sur votre réseau peut lire ce chat, et personne ne peut vérifier de qui il s’agit vraiment.</translation>
    </message>
    <message>
        <source>⚠ %1&apos;s key changed — this may be an attack. If you accept, nothing is sent until you also accept the new key.</source>
        <translation>⚠ La clé de %1 a changé — il peut s’agir d’une attaque. Si vous acceptez, rien n’est envoyé tant que vous n’acceptez pas aussi la nouvelle clé.</translation>
    </message>
    <message>
        <source>Key before:</source>
        <translation>Clé précédente :</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>Clé actuelle :</translation>
    </message>
    <message>
        <source>✓ You verified %1&apos;s key.</source>
        <translation>✓ Vous avez vérifié la clé de %1.</translation>
    </message>
    <message>
        <source>✓ The hub confirms this is %1&apos;s key.</source>
        <translation>✓ Le hub confirme qu’il s’agit de la clé de %1.</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept the chat</source>
        <translation>Accepter le chat</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Decline the chat</source>
        <translation>Refuser le chat</translation>
    </message>
    <message>
        <source>⚠ Your hub could not be asked who this is (you are not connected to it), so this key is not checked.</source>
        <translation>⚠ Impossible de demander à votre hub de qui il s’agit (vous n’y êtes pas connecté) : cette clé n’est donc pas vérifiée.</translation>
    </message>
    <message>
        <source>⚠ The hub could not confirm who this is: the name %1 is not registered there.</source>
        <translation>⚠ Le hub n’a pas pu confirmer de qui il s’agit : le nom %1 n’y est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::LoginDialog</name>
    <message>
        <source>ChatBuddy — Log In</source>
        <translation>ChatBuddy — Connexion</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message>
        <source>Chat directly and securely with people on your network.</source>
        <translation>Discutez directement et en toute sécurité avec les personnes de votre réseau.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>What should we call you?</source>
        <translation>Comment devons-nous vous appeler ?</translation>
    </message>
    <message>
        <source>Up to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Jusqu’à %1 lettres, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>Hub address, e.g. 192.168.1.2</source>
        <translation>Adresse du hub, p. ex. 192.168.1.2</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Port du hub</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Pinned hub key</source>
        <translation>Clé du hub enregistrée</translation>
    </message>
    <message>
        <source>Key the hub shows now</source>
        <translation>Clé présentée maintenant par le hub</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Clé enregistrée :</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>Clé actuelle :</translation>
    </message>
    <message>
        <source>&amp;Forget the old hub key</source>
        <translation>O&amp;ublier l’ancienne clé du hub</translation>
    </message>
    <message>
        <source>Forget the old hub key</source>
        <translation>Oublier l’ancienne clé du hub</translation>
    </message>
    <message>
        <source>Only if you know the hub was reinstalled or got a new key: the next connection will trust the key it shows.</source>
        <translation>Seulement si vous savez que le hub a été réinstallé ou a reçu une nouvelle clé : la prochaine connexion fera confiance à la clé qu’il présente.</translation>
    </message>
    <message>
        <source>The old key of %1 was forgotten. Press Connect to trust the key the hub shows now.</source>
        <translation>L’ancienne clé de %1 a été oubliée. Appuyez sur Se connecter pour faire confiance à la clé que le hub présente maintenant.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>Se connecter au hub</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Please enter the hub&apos;s address.</source>
        <translation>Veuillez saisir l’adresse du hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s port must be a number from 1 to 65535.</source>
        <translation>Le port du hub doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Stopped. Press Connect to try again.</source>
        <translation>Arrêté. Appuyez sur Se connecter pour réessayer.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation>Arrêter la connexion</translation>
    </message>
    <message>
        <source>Check that the hub is running and that its address and port are right.</source>
        <translation>Vérifiez que le hub fonctionne et que son adresse et son port sont corrects.</translation>
    </message>
    <message>
        <source>Is this really a ChatBuddy hub?</source>
        <translation>S’agit-il vraiment d’un hub ChatBuddy ?</translation>
    </message>
    <message>
        <source>The hub at %1 shows a different key than before. This may be an attack, so ChatBuddy did not log in.
If you know the hub was reinstalled or got a new key, forget the old key and connect again; otherwise ask whoever runs it.</source>
        <translation>Le hub à %1 présente une clé différente de la précédente. Il peut s’agir d’une attaque, ChatBuddy ne s’est donc pas connecté.
Si vous savez que le hub a été réinstallé ou a reçu une nouvelle clé, oubliez l’ancienne clé et reconnectez-vous ; sinon, demandez à la personne qui le gère.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>Successfully connected to main server!</source>
        <translation>Connecté au serveur principal !</translation>
    </message>
    <message>
        <source>Host a hub on &amp;this computer</source>
        <translation>Hé&amp;berger un hub sur cet ordinateur</translation>
    </message>
    <message>
        <source>No hub yet? ChatBuddy runs one here, announced on your network, and logs you in to it; others find it in their list. It stops when you quit ChatBuddy.</source>
        <translation>Pas encore de hub ? ChatBuddy en fait tourner un ici, annoncé sur votre réseau, et vous y connecte ; les autres le trouvent dans leur liste. Il s’arrête quand vous quittez ChatBuddy.</translation>
    </message>
    <message>
        <source>The hub could not start: %1
If another hub already runs on this computer, it is in the list above.</source>
        <translation>Le hub n’a pas pu démarrer : %1
Si un autre hub tourne déjà sur cet ordinateur, il figure dans la liste ci-dessus.</translation>
    </message>
    <message>
        <source>First enter your name: %1</source>
        <translation>Saisissez d’abord votre nom : %1</translation>
    </message>
    <message>
        <source>Starting a hub on this computer…</source>
        <translation>Démarrage d’un hub sur cet ordinateur…</translation>
    </message>
    <message>
        <source>You host a hub at %1:%2 (key %3); others on your network find it in their list. Logging in…</source>
        <translation>Vous hébergez un hub à %1:%2 (clé %3) ; les autres sur votre réseau le trouvent dans leur liste. Connexion…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hub address. Type a name or an IP address, or the addresses of several hubs of one cluster separated by commas.</source>
        <translation>« %1 » n’est pas une adresse de hub. Saisissez un nom ou une adresse IP, ou les adresses de plusieurs hubs d’une même grappe séparées par des virgules.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Reconnect to Hub</source>
        <translation>&amp;Se reconnecter au hub</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Chat with Selected Person</source>
        <translation>&amp;Discuter avec la personne sélectionnée</translation>
    </message>
    <message>
        <source>Connect by &amp;Address…</source>
        <translation>Se connecter par &amp;adresse…</translation>
    </message>
    <message>
        <source>&amp;End Chat</source>
        <translation>&amp;Terminer le chat</translation>
    </message>
    <message>
        <source>C&amp;lose Chat</source>
        <translation>&amp;Fermer le chat</translation>
    </message>
    <message>
        <source>&amp;Find Person</source>
        <translation>&amp;Rechercher une personne</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Verify Contact…</source>
        <translation>&amp;Vérifier le contact…</translation>
    </message>
    <message>
        <source>Compare the safety number with the person in this chat</source>
        <translation>Comparer le numéro de sécurité avec la personne de ce chat</translation>
    </message>
    <message>
        <source>&amp;Hub Key…</source>
        <translation>Clé du &amp;hub…</translation>
    </message>
    <message>
        <source>Allow &amp;Unencrypted Legacy Chats</source>
        <translation>Autoriser les chats hérités &amp;non chiffrés</translation>
    </message>
    <message>
        <source>Chat with people who use the original plain-text ChatBuddy. Those chats are NOT encrypted: anyone on your network can read them.</source>
        <translation>Discuter avec les personnes qui utilisent le ChatBuddy d’origine, en clair. Ces chats ne sont PAS chiffrés : n’importe qui sur votre réseau peut les lire.</translation>
    </message>
    <message>
        <source>Legacy chats allowed. They are NOT encrypted and are marked in red.</source>
        <translation>Chats hérités autorisés. Ils ne sont PAS chiffrés et sont signalés en rouge.</translation>
    </message>
    <message>
        <source>Legacy chats are off: only encrypted chats.</source>
        <translation>Chats hérités désactivés : uniquement des chats chiffrés.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>My &amp;Identity…</source>
        <translation>Mon &amp;identité…</translation>
    </message>
    <message>
        <source>&amp;About ChatBuddy</source>
        <translation>À &amp;propos de ChatBuddy</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>C’est vous ! Choisissez quelqu’un d’autre avec qui discuter.</translation>
    </message>
    <message>
        <source>Select someone in the list first.</source>
        <translation>Sélectionnez d’abord quelqu’un dans la liste.</translation>
    </message>
    <message>
        <source>%1 stopped asking to chat.</source>
        <translation>%1 ne demande plus à discuter.</translation>
    </message>
    <message>
        <source>The key of %1 was forgotten; the next connection pins the key it shows.</source>
        <translation>La clé de %1 a été oubliée ; la prochaine connexion enregistrera la clé présentée.</translation>
    </message>
    <message>
        <source>About ChatBuddy</source>
        <translation>À propos de ChatBuddy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChatBuddy %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ChatBuddy %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Chat directly with people on your local network.&lt;/p&gt;&lt;p&gt;A small hub knows who is online; your messages go straight to your friend over an encrypted connection (TLS 1.3) and never through the hub. Every person has a key, and ChatBuddy checks it for you.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Discutez directement avec les personnes de votre réseau local.&lt;/p&gt;&lt;p&gt;Un petit hub sait qui est en ligne ; vos messages vont directement à votre ami par une connexion chiffrée (TLS 1.3) et ne passent jamais par le hub. Chaque personne a une clé, et ChatBuddy la vérifie pour vous.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Next Chat</source>
        <translation>Chat &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Chat</source>
        <translation>Chat &amp;précédent</translation>
    </message>
    <message>
        <source>ChatBuddy is still running</source>
        <translation>ChatBuddy est toujours en cours d’exécution</translation>
    </message>
    <message>
        <source>Chats and requests still reach you. Quit from the tray icon&apos;s menu.</source>
        <translation>Les chats et les demandes vous parviennent toujours. Quittez depuis le menu de l’icône de notification.</translation>
    </message>
    <message>
        <source>Port %1 is taken; friends reach you at port %2 now.</source>
        <translation>Le port %1 est occupé ; vos amis vous joignent maintenant sur le port %2.</translation>
    </message>
    <message>
        <source>Friends reach you at port %1 now.</source>
        <translation>Vos amis vous joignent maintenant sur le port %1.</translation>
    </message>
    <message>
        <source>Hub &amp;Key…</source>
        <translation>Clé du &amp;hub…</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>&amp;Save Conversation As…</source>
        <translation>&amp;Enregistrer la conversation sous…</translation>
    </message>
    <message>
        <source>Clea&amp;r Conversation…</source>
        <translation>Effa&amp;cer la conversation…</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Find in &amp;History…</source>
        <translation>Rechercher dans l’&amp;historique…</translation>
    </message>
    <message>
        <source>Find in &amp;Conversation</source>
        <translation>Rechercher dans la &amp;conversation</translation>
    </message>
    <message>
        <source>Your chat history is saved again.</source>
        <translation>Votre historique des chats est de nouveau enregistré.</translation>
    </message>
    <message>
        <source>Chat History</source>
        <translation>Historique des chats</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>Ouvrez d’abord une conversation.</translation>
    </message>
    <message>
        <source>That message is no longer in your history.</source>
        <translation>Ce message n’est plus dans votre historique.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <source>Save Conversation As</source>
        <translation>Enregistrer la conversation sous</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Saved the conversation as %1.</source>
        <translation>Conversation enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Clear Conversation</source>
        <translation>Effacer la conversation</translation>
    </message>
    <message>
        <source>Delete your whole conversation with %1 from this computer? This cannot be undone.</source>
        <translation>Supprimer toute votre conversation avec %1 de cet ordinateur ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation>&amp;Supprimer la conversation</translation>
    </message>
    <message>
        <source>Remove from Contacts</source>
        <translation>Retirer des contacts</translation>
    </message>
    <message>
        <source>Remove %1 from your people list? They come back if you chat again.</source>
        <translation>Retirer %1 de votre liste de personnes ? Cette personne réapparaîtra si vous discutez à nouveau avec elle.</translation>
    </message>
    <message>
        <source>Also delete the conversation</source>
        <translation>Supprimer aussi la conversation</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Sen&amp;d File…</source>
        <translation>Envoyer un f&amp;ichier…</translation>
    </message>
    <message>
        <source>Check My &amp;Connection…</source>
        <translation>Vérifier ma &amp;connexion…</translation>
    </message>
    <message>
        <source>&amp;Host a Hub on This Computer</source>
        <translation>&amp;Héberger un hub sur cet ordinateur</translation>
    </message>
    <message>
        <source>Run a hub inside ChatBuddy, announced on your network, for people who have no server; it stops when you quit.</source>
        <translation>Faire tourner un hub dans ChatBuddy, annoncé sur votre réseau, pour ceux qui n’ont pas de serveur ; il s’arrête quand vous quittez.</translation>
    </message>
    <message>
        <source>Host a Hub</source>
        <translation>Héberger un hub</translation>
    </message>
    <message>
        <source>The hub could not start: %1</source>
        <translation>Le hub n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Your hub runs at %1:%2; others on your network find it in their list. Its key: %3</source>
        <translation>Votre hub tourne à %1:%2 ; les autres sur votre réseau le trouvent dans leur liste. Sa clé : %3</translation>
    </message>
    <message>
        <source>Others use your hub</source>
        <translation>D’autres utilisent votre hub</translation>
    </message>
    <message numerus="yes">
        <source>%n other people are logged in to the hub this computer runs. If it stops, they are told and lose the hub (chats already open go on).</source>
        <translation>
            <numerusform>%n autre personne est connectée au hub que cet ordinateur fait tourner. S’il s’arrête, elle est prévenue et perd le hub (les discussions déjà ouvertes continuent).</numerusform>
            <numerusform>%n autres personnes sont connectées au hub que cet ordinateur fait tourner. S’il s’arrête, elles sont prévenues et perdent le hub (les discussions déjà ouvertes continuent).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Delivered ✓</source>
        <translation>Remis ✓</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Read ✓✓</source>
        <translation>Lu ✓✓</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::Notifier</name>
    <message>
        <source>Someone at %1</source>
        <translation>Quelqu’un à %1</translation>
    </message>
    <message>
        <source>Do &amp;Not Disturb</source>
        <translation>&amp;Ne pas déranger</translation>
    </message>
    <message>
        <source>No desktop notifications; unread messages are still counted</source>
        <translation>Pas de notifications sur le bureau ; les messages non lus sont toujours comptés</translation>
    </message>
    <message>
        <source>&amp;Show ChatBuddy</source>
        <translation>&amp;Afficher ChatBuddy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <source>%1 wants to chat</source>
        <translation>%1 veut discuter</translation>
    </message>
    <message>
        <source>Not encrypted: they use the original plain-text ChatBuddy.</source>
        <translation>Non chiffré : cette personne utilise le ChatBuddy d’origine, en clair.</translation>
    </message>
    <message>
        <source>Open ChatBuddy to accept or decline.</source>
        <translation>Ouvrez ChatBuddy pour accepter ou refuser.</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>« Ne pas déranger » est activé</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::SecurityBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the security warning</source>
        <translation>Ignorer l’avertissement de sécurité</translation>
    </message>
    <message numerus="yes">
        <source>%n security warnings; the latest:</source>
        <translation>
            <numerusform>%n avertissement de sécurité ; le plus récent :</numerusform>
            <numerusform>%n avertissements de sécurité ; le plus récent :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::SettingsDialog</name>
    <message>
        <source>ChatBuddy — Settings</source>
        <translation>ChatBuddy — Paramètres</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.2</source>
        <translation>p. ex. 192.168.1.2</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>Port du hub</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Reconnect to this hub now</source>
        <translation>Se &amp;reconnecter à ce hub maintenant</translation>
    </message>
    <message>
        <source>Otherwise the new hub is used at the next login</source>
        <translation>Sinon, le nouveau hub sera utilisé à la prochaine connexion</translation>
    </message>
    <message>
        <source>Used for the next login, or now if you reconnect.</source>
        <translation>Utilisé à la prochaine connexion, ou tout de suite si vous vous reconnectez.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>A&amp;utomatic (%1 if free)</source>
        <translation>A&amp;utomatique (%1 si libre)</translation>
    </message>
    <message>
        <source>Chat port automatic</source>
        <translation>Port de chat automatique</translation>
    </message>
    <message>
        <source>&amp;Fixed:</source>
        <translation>&amp;Fixe :</translation>
    </message>
    <message>
        <source>Fixed chat port</source>
        <translation>Port de chat fixe</translation>
    </message>
    <message>
        <source>Chat port number</source>
        <translation>Numéro du port de chat</translation>
    </message>
    <message>
        <source>Chat port:</source>
        <translation>Port de chat :</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted legacy chats</source>
        <translation>Autoriser les chats hérités &amp;non chiffrés</translation>
    </message>
    <message>
        <source>Chats with the original plain-text ChatBuddy are not encrypted: anyone on your network can read them.</source>
        <translation>Les chats avec le ChatBuddy d’origine, en clair, ne sont pas chiffrés : n’importe qui sur votre réseau peut les lire.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Afficher les notifications du &amp;bureau</translation>
    </message>
    <message>
        <source>For chat requests and for messages in chats you are not looking at</source>
        <translation>Pour les demandes de chat et les messages des chats que vous ne regardez pas</translation>
    </message>
    <message>
        <source>Do &amp;not disturb</source>
        <translation>Ne &amp;pas déranger</translation>
    </message>
    <message>
        <source>No notifications for now; unread messages are still counted</source>
        <translation>Aucune notification pour l’instant ; les messages non lus sont toujours comptés</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Continuer dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>This desktop has no system tray right now: closing the window quits.</source>
        <translation>Ce bureau n’a pas de zone de notification pour le moment : fermer la fenêtre quitte ChatBuddy.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect the next time ChatBuddy starts.</source>
        <translation>Prend effet au prochain démarrage de ChatBuddy.</translation>
    </message>
    <message>
        <source>Friends reach you at port %1 now.</source>
        <translation>Vos amis vous joignent maintenant sur le port %1.</translation>
    </message>
    <message>
        <source>ChatBuddy is not accepting chats now.</source>
        <translation>ChatBuddy n’accepte plus de chats pour le moment.</translation>
    </message>
    <message>
        <source>A new port takes effect at once; ChatBuddy reconnects to the hub to tell it.</source>
        <translation>Un nouveau port prend effet immédiatement ; ChatBuddy se reconnecte au hub pour le lui indiquer.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Keep chat &amp;history on this computer</source>
        <translation>Conserver l’&amp;historique des chats sur cet ordinateur</translation>
    </message>
    <message>
        <source>Conversations and contacts stay after a chat ends and after ChatBuddy quits</source>
        <translation>Les conversations et les contacts restent après la fin d’un chat et après la fermeture de ChatBuddy</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Conserver l’historique pendant</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Kee&amp;p for:</source>
        <translation>Conserver pen&amp;dant :</translation>
    </message>
    <message>
        <source>C&amp;lear All History…</source>
        <translation>&amp;Effacer tout l’historique…</translation>
    </message>
    <message>
        <source>Clear All History</source>
        <translation>Effacer tout l’historique</translation>
    </message>
    <message>
        <source>Delete every conversation kept on this computer? Your contacts stay. This cannot be undone.</source>
        <translation>Supprimer toutes les conversations conservées sur cet ordinateur ? Vos contacts restent. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete All Conversations</source>
        <translation>&amp;Supprimer toutes les conversations</translation>
    </message>
    <message>
        <source>Every conversation was deleted.</source>
        <translation>Toutes les conversations ont été supprimées.</translation>
    </message>
    <message>
        <source>New chats are not kept. What is kept already stays until you clear it.</source>
        <translation>Les nouveaux chats ne sont pas conservés. Ce qui est déjà conservé le reste jusqu’à ce que vous l’effaciez.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Others see when you are typing, and you see when they are. Turning it off takes effect at once; turning it on, in chats started afterwards.</source>
        <translation>Les autres voient quand vous écrivez, et vous voyez quand ils écrivent. Le désactiver prend effet immédiatement ; l’activer, dans les chats commencés ensuite.</translation>
    </message>
    <message>
        <source>Others see when you have read their messages, and you see when they have read yours. Turning it off takes effect at once; turning it on, in chats started afterwards.</source>
        <translation>Les autres voient quand vous avez lu leurs messages, et vous voyez quand ils ont lu les vôtres. Le désactiver prend effet immédiatement ; l’activer, dans les chats commencés ensuite.</translation>
    </message>
    <message>
        <source>&amp;Send typing notices</source>
        <translation>Envoyer les &amp;indicateurs de saisie</translation>
    </message>
    <message>
        <source>Send read r&amp;eceipts</source>
        <translation>Envoyer les accusés de &amp;lecture</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sélec&amp;tionner…</translation>
    </message>
    <message>
        <source>Save Received Files In</source>
        <translation>Enregistrer les fichiers reçus dans</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Enre&amp;gistrer dans :</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>Toujours demander</translation>
    </message>
    <message>
        <source>Save &amp;without asking:</source>
        <translation>Enregistrer &amp;sans demander :</translation>
    </message>
    <message>
        <source>Files from verified contacts up to “Save without asking” are saved at once. Files over “Largest file” are declined, and the sender is told.</source>
        <translation>Les fichiers des contacts vérifiés jusqu’à « Enregistrer sans demander » sont enregistrés aussitôt. Les fichiers au-delà de « Taille maximale » sont refusés, et l’expéditeur en est informé.</translation>
    </message>
    <message>
        <source>Lar&amp;gest file:</source>
        <translation>Taille &amp;maximale :</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::TransferStatus</name>
    <message numerus="yes">
        <source>%n file(s): %1 %</source>
        <translation>
            <numerusform>%n fichier : %1 %</numerusform>
            <numerusform>%n fichiers : %1 %</numerusform>
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
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>%n h restante</numerusform>
            <numerusform>%n h restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s · %2</source>
        <translation>%1/s · %2</translation>
    </message>
    <message>
        <source>Show the picture full size</source>
        <translation>Afficher l’image en taille réelle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>l’autre personne</translation>
    </message>
    <message>
        <source>Waiting for %1 to be online; it goes when you both are.</source>
        <translation>En attente que %1 soit en ligne ; le fichier partira quand vous le serez tous les deux.</translation>
    </message>
    <message>
        <source>Stopped; it goes on when %1 is back.</source>
        <translation>Interrompu ; le transfert reprendra au retour de %1.</translation>
    </message>
    <message>
        <source>%1 is away; you can answer now and it comes when they are back.</source>
        <translation>%1 n’est pas là ; vous pouvez répondre dès maintenant et le fichier arrivera à son retour.</translation>
    </message>
    <message>
        <source>This file is no longer available here.</source>
        <translation>Ce fichier n’est plus disponible ici.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 · Waiting for %2 to accept…</source>
        <translation>%1 · En attente de l’acceptation de %2…</translation>
    </message>
    <message>
        <source>%1 · %2 wants to send you this file.</source>
        <translation>%1 · %2 veut vous envoyer ce fichier.</translation>
    </message>
    <message>
        <source>%1 · Starting…</source>
        <translation>%1 · Démarrage…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Sent: %2 has it.</source>
        <translation>%1 · Envoyé : %2 l’a reçu.</translation>
    </message>
    <message>
        <source>%1 · Saved in %2</source>
        <translation>%1 · Enregistré dans %2</translation>
    </message>
    <message>
        <source>%1 · %2 declined it.</source>
        <translation>%1 · %2 l’a refusé.</translation>
    </message>
    <message>
        <source>%1 · Cancelled. %2</source>
        <translation>%1 · Annulé. %2</translation>
    </message>
    <message>
        <source>%1 · Not transferred: %2</source>
        <translation>%1 · Non transféré : %2</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>Enregistrer le fichier</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::TrustBanners</name>
    <message>
        <source>Accept &amp;key</source>
        <translation>Accepter la &amp;clé</translation>
    </message>
    <message>
        <source>Someone may be pretending to be them, or they set up ChatBuddy again. Nothing is sent until you accept the new key: ask them in person or on a call, and compare the safety number (Verify…).</source>
        <translation>Quelqu’un se fait peut-être passer pour cette personne, ou elle a réinstallé ChatBuddy. Rien n’est envoyé tant que vous n’acceptez pas la nouvelle clé : demandez-lui en personne ou par téléphone et comparez le numéro de sécurité (Vérifier…).</translation>
    </message>
    <message>
        <source>Key before</source>
        <translation>Clé précédente</translation>
    </message>
    <message>
        <source>Key now</source>
        <translation>Clé actuelle</translation>
    </message>
    <message>
        <source>Key before:</source>
        <translation>Clé précédente :</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>Clé actuelle :</translation>
    </message>
    <message>
        <source>E&amp;nd chat</source>
        <translation>&amp;Terminer le chat</translation>
    </message>
    <message>
        <source>End the chat</source>
        <translation>Terminer le chat</translation>
    </message>
    <message>
        <source>%1&apos;s key changed — this may be an attack.</source>
        <translation>La clé de %1 a changé — il peut s’agir d’une attaque.</translation>
    </message>
    <message>
        <source>Accept new &amp;key</source>
        <translation>Accepter la nouvelle &amp;clé</translation>
    </message>
    <message>
        <source>Accept %1&apos;s new key</source>
        <translation>Accepter la nouvelle clé de %1</translation>
    </message>
    <message>
        <source>Only if %1 confirms the new key (compare the safety number)</source>
        <translation>Seulement si %1 confirme la nouvelle clé (comparez le numéro de sécurité)</translation>
    </message>
    <message>
        <source>The hub does not know the name %1, so nobody has confirmed that this key belongs to them.</source>
        <translation>Le hub ne connaît pas le nom %1 : personne n’a donc confirmé que cette clé lui appartient.</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1, so nobody has confirmed that this key belongs to them.</source>
        <translation>Impossible d’interroger votre hub au sujet de %1 : personne n’a donc confirmé que cette clé lui appartient.</translation>
    </message>
    <message>
        <source>You opened this chat by address, so nobody has confirmed that this key belongs to %1.</source>
        <translation>Vous avez ouvert ce chat par adresse : personne n’a donc confirmé que cette clé appartient à %1.</translation>
    </message>
    <message>
        <source>Compare the safety number with them (Verify…), then accept the key: ChatBuddy remembers it and warns you if it ever changes.</source>
        <translation>Comparez le numéro de sécurité avec cette personne (Vérifier…), puis acceptez la clé : ChatBuddy la mémorise et vous avertit si elle change.</translation>
    </message>
    <message>
        <source>%1&apos;s key fingerprint</source>
        <translation>Empreinte de la clé de %1</translation>
    </message>
    <message>
        <source>Accept %1&apos;s key</source>
        <translation>Accepter la clé de %1</translation>
    </message>
    <message>
        <source>Remember this key for %1</source>
        <translation>Mémoriser cette clé pour %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::UserDelegate</name>
    <message>
        <source>(you)</source>
        <translation>(vous)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Last seen today at %1</source>
        <translation>Dernière connexion aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Last seen yesterday at %1</source>
        <translation>Dernière connexion hier à %1</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Dernière connexion le %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::UsersPanel</name>
    <message>
        <source>Filter people by name</source>
        <translation>Filtrer les personnes par nom</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation>Rechercher une personne (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Chat with the selected person</source>
        <translation>Discuter avec la personne sélectionnée</translation>
    </message>
    <message>
        <source>Connect by &amp;address…</source>
        <translation>Par &amp;adresse…</translation>
    </message>
    <message>
        <source>Connect to a friend by IP address</source>
        <translation>Se connecter à un ami par adresse IP</translation>
    </message>
    <message>
        <source>Chat with someone by IP address and port, even if they are not on the hub</source>
        <translation>Discuter avec quelqu’un par adresse IP et port, même s’il n’est pas sur le hub</translation>
    </message>
    <message>
        <source>Select someone in the list first.</source>
        <translation>Sélectionnez d’abord quelqu’un dans la liste.</translation>
    </message>
    <message>
        <source>That&apos;s you! Pick someone else to chat with.</source>
        <translation>C’est vous ! Choisissez quelqu’un d’autre avec qui discuter.</translation>
    </message>
    <message>
        <source>Chat with %1 (or double-click them)</source>
        <translation>Discuter avec %1 (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>Select someone in the list to chat with</source>
        <translation>Sélectionnez quelqu’un dans la liste pour discuter</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln online</source>
        <translation>
            <numerusform>%1 sur %Ln en ligne</numerusform>
            <numerusform>%1 sur %Ln en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online</source>
        <translation>
            <numerusform>%Ln en ligne</numerusform>
            <numerusform>%Ln en ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody online matches &quot;%1&quot;.</source>
        <translation>Personne en ligne ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Nobody else is here yet. Friends who log in to this hub appear here.</source>
        <translation>Personne d’autre n’est encore là. Les amis qui se connectent à ce hub apparaissent ici.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Chat with %1</source>
        <translation>&amp;Discuter avec %1</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>&amp;Ouvrir la conversation</translation>
    </message>
    <message>
        <source>&amp;Remove from Contacts…</source>
        <translation>&amp;Retirer des contacts…</translation>
    </message>
    <message>
        <source>Offline: open your conversation (or double-click them)</source>
        <translation>Hors ligne : ouvrir votre conversation (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>Not connected to the hub, so nobody shows as online. You can still read your conversations and connect to a friend by address.</source>
        <translation>Non connecté au hub : personne n’apparaît donc en ligne. Vous pouvez toujours lire vos conversations et vous connecter à un ami par adresse.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 people who match. Type more of the name to find the one you want.</source>
        <translation>%1 personnes affichées sur les %2 qui correspondent. Tapez davantage du nom pour trouver celle que vous cherchez.</translation>
    </message>
    <message>
        <source>Many people are on this hub, so the list shows your contacts. Type a name to find anyone else.</source>
        <translation>Il y a beaucoup de monde sur ce hub : la liste montre donc vos contacts. Tapez un nom pour trouver quelqu’un d’autre.</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::VerifyDialog</name>
    <message>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>Empreinte de votre clé</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>Votre clé :</translation>
    </message>
    <message>
        <source>&amp;Mark as verified</source>
        <translation>&amp;Marquer comme vérifié</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <source>Copy the safety number</source>
        <translation>Copier le numéro de sécurité</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
    <message>
        <source>your friend</source>
        <translation>votre ami</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Compare this number with %1 in person or on a call; if it matches on both screens, mark %1 as verified. Nobody else can make both of your screens show the same number.</source>
        <translation>Comparez ce numéro avec %1 en personne ou par téléphone ; s’il est identique sur les deux écrans, marquez %1 comme vérifié. Personne d’autre ne peut faire afficher le même numéro sur vos deux écrans.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connue)</translation>
    </message>
    <message>
        <source>%1&apos;s key:</source>
        <translation>Clé de %1 :</translation>
    </message>
    <message>
        <source>%1&apos;s key fingerprint</source>
        <translation>Empreinte de la clé de %1</translation>
    </message>
    <message>
        <source>Mark as &amp;not verified</source>
        <translation>Marquer comme &amp;non vérifié</translation>
    </message>
    <message>
        <source>Take back the verified mark for %1</source>
        <translation>Retirer la marque « vérifié » de %1</translation>
    </message>
    <message>
        <source>Accept new key and mark as &amp;verified</source>
        <translation>Accepter la nouvelle clé et marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <source>The numbers match: trust %1&apos;s new key</source>
        <translation>Les numéros correspondent : faire confiance à la nouvelle clé de %1</translation>
    </message>
    <message>
        <source>The numbers match: remember %1 as verified</source>
        <translation>Les numéros correspondent : mémoriser %1 comme vérifié</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::security::TrustPresentation</name>
    <message>
        <source>The hub does not know the name %1, so nobody vouches for this key.</source>
        <translation>Le hub ne connaît pas le nom %1 : personne ne garantit donc cette clé.</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1&apos;s key, so nobody vouches for it.</source>
        <translation>Impossible d’interroger votre hub au sujet de la clé de %1 : personne ne la garantit donc.</translation>
    </message>
    <message>
        <source>You opened this chat by address, so nobody vouches for this key.</source>
        <translation>Vous avez ouvert ce chat par adresse : personne ne garantit donc cette clé.</translation>
    </message>
    <message>
        <source>Waiting for the other side to say who they are…</source>
        <translation>En attente de l’identification de l’autre côté…</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Vérifié</translation>
    </message>
    <message>
        <source>You compared the safety number with %1 for this key.</source>
        <translation>Vous avez comparé le numéro de sécurité avec %1 pour cette clé.</translation>
    </message>
    <message>
        <source>⚠ Key changed</source>
        <translation>⚠ Clé modifiée</translation>
    </message>
    <message>
        <source>%1&apos;s key is not the one you chatted with before. Accept the new key only if the safety number matches on both screens.</source>
        <translation>La clé de %1 n’est pas celle avec laquelle vous avez discuté auparavant. N’acceptez la nouvelle clé que si le numéro de sécurité est identique sur les deux écrans.</translation>
    </message>
    <message>
        <source>Key confirmed by the hub</source>
        <translation>Clé confirmée par le hub</translation>
    </message>
    <message>
        <source>The hub has this key on record for the name %1. To be sure it is really them, compare the safety number (Verify…).</source>
        <translation>Le hub a cette clé enregistrée pour le nom %1. Pour être sûr que c’est bien cette personne, comparez le numéro de sécurité (Vérifier…).</translation>
    </message>
    <message>
        <source>⚠ Not verified</source>
        <translation>⚠ Non vérifié</translation>
    </message>
    <message>
        <source>Compare the safety number with %1 to be sure.</source>
        <translation>Comparez le numéro de sécurité avec %1 pour en être sûr.</translation>
    </message>
    <message>
        <source>You verified %1 by comparing the safety number.</source>
        <translation>Vous avez vérifié %1 en comparant le numéro de sécurité.</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: chats with them are not encrypted.</source>
        <translation>%1 utilise le ChatBuddy d’origine, en clair : les chats avec cette personne ne sont pas chiffrés.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>langue inconnue « %1 » : utilisez l’une de celles-ci : %2.</translation>
    </message>
    <message>
        <source>cannot load the translation for &quot;%1&quot;.</source>
        <translation>impossible de charger la traduction pour « %1 ».</translation>
    </message>
    <message>
        <source>ChatBuddy: secure peer-to-peer chat on your network.</source>
        <translation>ChatBuddy : chat pair à pair sécurisé sur votre réseau.</translation>
    </message>
    <message>
        <source>The hub to log in to (default: as last time, or 127.0.0.1:%1).</source>
        <translation>Le hub auquel se connecter (par défaut : comme la dernière fois, ou 127.0.0.1:%1).</translation>
    </message>
    <message>
        <source>Use the profile NAME (its own key and settings), so several people can use ChatBuddy on one computer.</source>
        <translation>Utiliser le profil NAME (avec sa propre clé et ses propres réglages), pour que plusieurs personnes puissent utiliser ChatBuddy sur un même ordinateur.</translation>
    </message>
    <message>
        <source>Pre-fill the user name.</source>
        <translation>Préremplir le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Log in at once with the pre-filled name and hub.</source>
        <translation>Se connecter immédiatement avec le nom et le hub préremplis.</translation>
    </message>
    <message>
        <source>Show ChatBuddy in LANGUAGE (%1) instead of the system&apos;s language.</source>
        <translation>Afficher ChatBuddy en LANGUAGE (%1) au lieu de la langue du système.</translation>
    </message>
    <message>
        <source>--hub wants HOST:PORT with a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--hub attend HOST:PORT avec un port de 1 à 65535, et non « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>« %1 » n’est pas un nom de profil valide : utilisez de 1 à 32 lettres, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation>impossible d’ouvrir le profil : %1</translation>
    </message>
    <message>
        <source>cannot accept chats: %1</source>
        <translation>impossible d’accepter des chats : %1</translation>
    </message>
    <message>
        <source>Do not look for hubs on the local network.</source>
        <translation>Ne pas chercher de hubs sur le réseau local.</translation>
    </message>
    <message>
        <source>UDP port where hubs announce themselves (default %1).</source>
        <translation>Port UDP sur lequel les hubs s’annoncent (par défaut %1).</translation>
    </message>
    <message>
        <source>Look for hubs at this address only, such as 127.255.255.255 for this computer (repeatable; default: every network&apos;s broadcast address).</source>
        <translation>Chercher des hubs à cette adresse seulement, par exemple 127.255.255.255 pour cet ordinateur (répétable ; par défaut : l’adresse de diffusion de chaque réseau).</translation>
    </message>
    <message>
        <source>--discovery-port wants a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--discovery-port attend un port de 1 à 65535, pas « %1 ».</translation>
    </message>
    <message>
        <source>--discovery-address wants an IPv4 address such as 192.168.1.255, not &quot;%1&quot;.</source>
        <translation>--discovery-address attend une adresse IPv4 comme 192.168.1.255, pas « %1 ».</translation>
    </message>
    <message>
        <source>Place the main window here instead of where it was last time, e.g. 640x560+0+0.</source>
        <translation>Placer la fenêtre principale ici plutôt qu’à sa dernière position, par ex. 640x560+0+0.</translation>
    </message>
    <message>
        <source>--window-geometry wants WIDTHxHEIGHT+X+Y such as 640x560+0+0, not &quot;%1&quot;.</source>
        <translation>--window-geometry attend LARGEURxHAUTEUR+X+Y comme 640x560+0+0, pas « %1 ».</translation>
    </message>
</context>
</TS>
