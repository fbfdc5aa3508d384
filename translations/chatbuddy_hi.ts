<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>chatbuddy</name>
    <message>
        <source>Please enter a name.</source>
        <translation>कृपया एक नाम दर्ज करें।</translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n characters.</source>
        <translation>
            <numerusform>नाम में अधिकतम %n अक्षर हो सकता है।</numerusform>
            <numerusform>नाम में अधिकतम %n अक्षर हो सकते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>A name may only use letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>नाम में केवल A-Z अक्षर, अंक, &apos;.&apos;, &apos;_&apos; और &apos;-&apos; हो सकते हैं।</translation>
    </message>
    <message>
        <source>A name needs at least one letter or digit.</source>
        <translation>नाम में कम से कम एक अक्षर या अंक होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::ChatSession</name>
    <message>
        <source>Could not reach your friend at %1: no answer.</source>
        <translation>%1 पर आपके मित्र से संपर्क नहीं हो सका: कोई उत्तर नहीं।</translation>
    </message>
    <message>
        <source>The chat could not be set up in time.</source>
        <translation>चैट समय पर शुरू नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Connection to %1 was lost (no answer for a while).</source>
        <translation>%1 से कनेक्शन टूट गया (काफ़ी देर से कोई उत्तर नहीं)।</translation>
    </message>
    <message>
        <source>Trying to reach your friend at %1:%2...</source>
        <translation>%1:%2 पर आपके मित्र से संपर्क किया जा रहा है...</translation>
    </message>
    <message>
        <source>Not encrypted: this is a plain-text chat with an old ChatBuddy program. Anyone on the network can read it, and nobody can prove who is on the other side.</source>
        <translation>एन्क्रिप्ट नहीं: यह पुराने ChatBuddy प्रोग्राम के साथ सादे पाठ वाली चैट है। नेटवर्क पर कोई भी इसे पढ़ सकता है, और कोई साबित नहीं कर सकता कि दूसरी ओर कौन है।</translation>
    </message>
    <message>
        <source>Connection successful! Chat away! When you&apos;re done, just type &apos;EOM&apos;.</source>
        <translation>कनेक्शन सफल! चैट शुरू करें! समाप्त होने पर बस &apos;EOM&apos; टाइप करें।</translation>
    </message>
    <message>
        <source>%1 sent too much before the chat was accepted.</source>
        <translation>चैट स्वीकार होने से पहले %1 ने बहुत अधिक भेजा।</translation>
    </message>
    <message>
        <source>%1 ended the chat.</source>
        <translation>%1 ने चैट समाप्त कर दी।</translation>
    </message>
    <message>
        <source>The other side presented no key.</source>
        <translation>दूसरी ओर से कोई कुंजी प्रस्तुत नहीं की गई।</translation>
    </message>
    <message>
        <source>The person at %1:%2 is not presenting %3&apos;s key. This may be an attack, so the chat was not started.
Expected key: %4
Key presented: %5</source>
        <translation>%1:%2 पर मौजूद व्यक्ति %3 की कुंजी प्रस्तुत नहीं कर रहा है। यह हमला हो सकता है, इसलिए चैट शुरू नहीं की गई।
अपेक्षित कुंजी: %4
प्रस्तुत कुंजी: %5</translation>
    </message>
    <message>
        <source>Connected. Waiting for %1 to accept...</source>
        <translation>कनेक्ट हो गया। %1 के स्वीकार करने की प्रतीक्षा है...</translation>
    </message>
    <message>
        <source>%1 sent something invalid (%2); the chat was closed.</source>
        <translation>%1 ने कुछ अमान्य भेजा (%2); चैट बंद कर दी गई।</translation>
    </message>
    <message>
        <source>%1 sent an unexpected &quot;%2&quot;; the chat was closed.</source>
        <translation>%1 ने अप्रत्याशित &quot;%2&quot; भेजा; चैट बंद कर दी गई।</translation>
    </message>
    <message>
        <source>%1 declined the chat.</source>
        <translation>%1 ने चैट अस्वीकार कर दी।</translation>
    </message>
    <message>
        <source>%1 refused the chat: your key does not match the key registered for your name.</source>
        <translation>%1 ने चैट से इनकार किया: आपकी कुंजी आपके नाम के लिए पंजीकृत कुंजी से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>%1 closed the chat: %2</source>
        <translation>%1 ने चैट बंद कर दी: %2</translation>
    </message>
    <message>
        <source>Someone at %1 used an invalid name; the chat was refused.</source>
        <translation>%1 पर किसी ने अमान्य नाम का उपयोग किया; चैट अस्वीकार कर दी गई।</translation>
    </message>
    <message>
        <source>The person at %1:%2 calls themselves &quot;%3&quot;, not &quot;%4&quot;. This may be an attack, so the chat was closed.</source>
        <translation>%1:%2 पर मौजूद व्यक्ति स्वयं को &quot;%3&quot; कहता है, &quot;%4&quot; नहीं। यह हमला हो सकता है, इसलिए चैट बंद कर दी गई।</translation>
    </message>
    <message>
        <source>Someone at %1:%2 claimed to be %3 but presented a different key than the one registered for that name. This may be an attack, so the chat was refused.
Registered key: %4
Key presented: %5</source>
        <translation>%1:%2 पर किसी ने %3 होने का दावा किया, लेकिन उस नाम के लिए पंजीकृत कुंजी से अलग कुंजी प्रस्तुत की। यह हमला हो सकता है, इसलिए चैट अस्वीकार कर दी गई।
पंजीकृत कुंजी: %4
प्रस्तुत कुंजी: %5</translation>
    </message>
    <message>
        <source>%1 joined! Start chatting! Remember to type &apos;EOM&apos; when you&apos;re finished.</source>
        <translation>%1 जुड़ गए! चैट शुरू करें! समाप्त होने पर &apos;EOM&apos; टाइप करना याद रखें।</translation>
    </message>
    <message>
        <source>You declined the chat with %1.</source>
        <translation>आपने %1 के साथ चैट अस्वीकार कर दी।</translation>
    </message>
    <message>
        <source>%1&apos;s key changed — this may be an attack. Nothing is sent until you check the new key with %1 and accept it.
Key before: %2
Key now: %3</source>
        <translation>%1 की कुंजी बदल गई है — यह हमला हो सकता है। जब तक आप %1 के साथ नई कुंजी जाँचकर उसे स्वीकार नहीं करते, कुछ नहीं भेजा जाएगा।
पहले की कुंजी: %2
अभी की कुंजी: %3</translation>
    </message>
    <message>
        <source>You accepted %1&apos;s key %2.</source>
        <translation>आपने %1 की कुंजी %2 स्वीकार की।</translation>
    </message>
    <message>
        <source>You ended the chat.</source>
        <translation>आपने चैट समाप्त की।</translation>
    </message>
    <message>
        <source>You cancelled the chat.</source>
        <translation>आपने चैट रद्द की।</translation>
    </message>
    <message>
        <source>Could not set up a secure chat with %1:%2 (%3). Is it a ChatBuddy client?</source>
        <translation>%1:%2 के साथ सुरक्षित चैट शुरू नहीं हो सकी (%3)। क्या यह ChatBuddy क्लाइंट है?</translation>
    </message>
    <message>
        <source>Could not reach your friend at %1:%2: %3</source>
        <translation>%1:%2 पर आपके मित्र से संपर्क नहीं हो सका: %3</translation>
    </message>
    <message>
        <source>Connection to %1 was lost. Looks like your friend stepped away.</source>
        <translation>%1 से कनेक्शन टूट गया। लगता है आपका मित्र चला गया है।</translation>
    </message>
    <message>
        <source>Connection to %1 was lost before the chat started.</source>
        <translation>चैट शुरू होने से पहले %1 से कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <source>The other side uses a kind of key ChatBuddy does not accept (%1), so the chat was closed.</source>
        <translation>दूसरी ओर ऐसी कुंजी का उपयोग हो रहा है जिसे ChatBuddy स्वीकार नहीं करता (%1), इसलिए चैट बंद कर दी गई।</translation>
    </message>
    <message>
        <source>someone at %1</source>
        <translation>%1 पर कोई</translation>
    </message>
    <message>
        <source>To chat with it anyway, press Chat again as plain text (NOT encrypted).</source>
        <translation>फिर भी चैट करने के लिए &apos;सादे पाठ में फिर से चैट करें&apos; दबाएँ (यह चैट एन्क्रिप्ट नहीं होगी)।</translation>
    </message>
    <message>
        <source>To chat with it anyway, turn on Security ▸ Allow Unencrypted Legacy Chats first (such chats are NOT encrypted).</source>
        <translation>फिर भी चैट करने के लिए, पहले सुरक्षा ▸ बिना एन्क्रिप्शन वाली पुरानी चैट की अनुमति दें चालू करें (ऐसी चैट एन्क्रिप्ट नहीं होतीं)।</translation>
    </message>
    <message>
        <source>%1:%2 answered but does not speak encrypted ChatBuddy: it looks like the original plain-text ChatBuddy.</source>
        <translation>%1:%2 ने उत्तर दिया, लेकिन वह एन्क्रिप्टेड ChatBuddy नहीं बोलता: यह मूल सादे पाठ वाला ChatBuddy लगता है।</translation>
    </message>
    <message>
        <source>Someone at %1 tried to chat using the original plain-text ChatBuddy, which cannot encrypt. Legacy chats are off, so the chat was refused.</source>
        <translation>%1 पर किसी ने मूल सादे पाठ वाले ChatBuddy के ज़रिए चैट करने की कोशिश की, जो एन्क्रिप्ट नहीं कर सकता। पुरानी चैट बंद हैं, इसलिए चैट अस्वीकार कर दी गई।</translation>
    </message>
    <message>
        <source>%1 is not registered with your hub, so nobody vouches for this key.</source>
        <translation>%1 आपके हब पर पंजीकृत नहीं हैं, इसलिए कोई भी इस कुंजी की पुष्टि नहीं करता।</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1&apos;s key (you are not connected to it), so this key is not checked.</source>
        <translation>आपके हब से &quot;%1&quot; की कुंजी के बारे में नहीं पूछा जा सका (आप उससे कनेक्ट नहीं हैं), इसलिए इस कुंजी की जाँच नहीं हुई।</translation>
    </message>
    <message>
        <source>You marked %1 as verified: your safety numbers match.</source>
        <translation>आपने %1 को सत्यापित चिह्नित किया: आपकी सुरक्षा संख्याएँ मेल खाती हैं।</translation>
    </message>
    <message>
        <source>You took the verified mark off %1.</source>
        <translation>आपने %1 से सत्यापित चिह्न हटा दिया।</translation>
    </message>
    <message>
        <source>A file transfer link nobody expected was closed.</source>
        <translation>फ़ाइल भेजने का एक अनपेक्षित कनेक्शन बंद कर दिया गया।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Client</name>
    <message>
        <source>%1 uses the old ChatBuddy program, which cannot encrypt. Turn on &quot;Allow unencrypted legacy chats&quot; to chat with %1 anyway.</source>
        <translation>%1 पुराने ChatBuddy प्रोग्राम का उपयोग करते हैं, जो एन्क्रिप्ट नहीं कर सकता। फिर भी %1 से चैट करने के लिए &quot;बिना एन्क्रिप्शन वाली पुरानी चैट की अनुमति दें&quot; चालू करें।</translation>
    </message>
    <message>
        <source>Plain-text legacy chats are off. Turn on &quot;Allow unencrypted legacy chats&quot; first.</source>
        <translation>सादे पाठ वाली पुरानी चैट बंद हैं। पहले &quot;बिना एन्क्रिप्शन वाली पुरानी चैट की अनुमति दें&quot; चालू करें।</translation>
    </message>
    <message>
        <source>%1 is not online right now. You can chat again when they are back.</source>
        <translation>%1 अभी ऑनलाइन नहीं हैं। उनके लौटने पर आप फिर से चैट कर सकते हैं।</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>यह संपर्क अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>भेजने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>The message is too long (at most %1 bytes).</source>
        <translation>संदेश बहुत लंबा है (अधिकतम %1 बाइट)।</translation>
    </message>
    <message>
        <source>%1 uses the old ChatBuddy program: messages can only be sent while you chat.</source>
        <translation>%1 पुराने ChatBuddy प्रोग्राम का उपयोग करते हैं: संदेश केवल चैट के दौरान भेजे जा सकते हैं।</translation>
    </message>
    <message>
        <source>There is no chat to send the file on.</source>
        <translation>फ़ाइल भेजने के लिए कोई चैट नहीं है।</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>यह व्यक्ति</translation>
    </message>
    <message>
        <source>%1&apos;s ChatBuddy cannot take files; they need a newer version.</source>
        <translation>%1 का ChatBuddy फ़ाइलें नहीं ले सकता; उन्हें नए संस्करण की ज़रूरत है।</translation>
    </message>
    <message>
        <source>%1 takes files of at most %2 MiB.</source>
        <translation>%1 अधिकतम %2 MiB तक की फ़ाइलें लेते हैं।</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: files can only be sent to someone using the encrypted ChatBuddy.</source>
        <translation>%1 मूल सादे पाठ वाला ChatBuddy उपयोग करते हैं: फ़ाइलें केवल एन्क्रिप्टेड ChatBuddy उपयोग करने वाले किसी व्यक्ति को भेजी जा सकती हैं।</translation>
    </message>
    <message>
        <source>Declined automatically: larger than the %1 MiB set in Settings.</source>
        <translation>अपने-आप अस्वीकार की गई: सेटिंग्स में तय %1 MiB से बड़ी है।</translation>
    </message>
    <message>
        <source>Sends you a file: %1</source>
        <translation>आपको एक फ़ाइल भेज रहे हैं: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Courier</name>
    <message>
        <source>The message could not be kept for later: %1</source>
        <translation>संदेश बाद के लिए सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>%1&apos;s name now belongs to a different key. Your queued messages wait until you chat with %1 and check the new key.</source>
        <translation>%1 नाम अब किसी दूसरी कुंजी का है। कतार में रखे आपके संदेश तब तक रुके रहेंगे, जब तक आप %1 से चैट करके नई कुंजी जाँच न लें।</translation>
    </message>
    <message>
        <source>A message that claimed to come from %1 was changed on the way or not sealed by %1. It was discarded.</source>
        <translation>%1 की ओर से होने का दावा करने वाला एक संदेश रास्ते में बदला गया या उसे %1 ने सील नहीं किया था। उसे हटा दिया गया।</translation>
    </message>
    <message>
        <source>A message from &quot;%1&quot; arrived signed by a different key than the one you know for %1. It was not shown. If %1 really has a new key, chat with them and compare the safety number.</source>
        <translation>&quot;%1&quot; का एक संदेश आया, जिस पर %1 की आपकी जानी-पहचानी कुंजी के बजाय किसी दूसरी कुंजी के हस्ताक्षर हैं। उसे दिखाया नहीं गया। अगर %1 की वाकई नई कुंजी है, तो उनसे चैट करें और सुरक्षा संख्या मिलाएँ।</translation>
    </message>
    <message>
        <source>%1 did not come online to collect it in time.</source>
        <translation>%1 इसे लेने के लिए समय पर ऑनलाइन नहीं आए।</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox on the hub is full.</source>
        <translation>हब पर %1 का मेलबॉक्स भरा हुआ है।</translation>
    </message>
    <message>
        <source>You have too many messages waiting at the hub already.</source>
        <translation>हब पर आपके पहले से ही बहुत सारे संदेश प्रतीक्षा में हैं।</translation>
    </message>
    <message>
        <source>Not delivered: &quot;%1&quot;. %2</source>
        <translation>नहीं पहुँचा: &quot;%1&quot;। %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::FileReceiver</name>
    <message>
        <source>%1 has less of the file than was agreed; the transfer starts again.</source>
        <translation>%1 में फ़ाइल का उतना हिस्सा नहीं है जितना तय हुआ था; स्थानांतरण फिर से शुरू होगा।</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>What was received of the file before cannot be read again (%1).</source>
        <translation>फ़ाइल का पहले मिला हिस्सा फिर से पढ़ा नहीं जा सकता (%1)।</translation>
    </message>
    <message>
        <source>The sender ended the file after %1 of %2 bytes.</source>
        <translation>भेजने वाले ने फ़ाइल %2 में से %1 बाइट के बाद ही समाप्त कर दी।</translation>
    </message>
    <message>
        <source>The file did not arrive intact (its SHA-256 does not match), so it was not kept.</source>
        <translation>फ़ाइल सही-सलामत नहीं पहुँची (उसका SHA-256 मेल नहीं खाता), इसलिए उसे रखा नहीं गया।</translation>
    </message>
    <message>
        <source>The sender sent more than the %1 bytes it offered.</source>
        <translation>भेजने वाले ने पेश किए गए %1 बाइट से ज़्यादा भेजा।</translation>
    </message>
    <message>
        <source>The file could not be written (%1); is the disk full?</source>
        <translation>फ़ाइल लिखी नहीं जा सकी (%1); क्या डिस्क भर गई है?</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>अज्ञात त्रुटि</translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (it needs %2 more bytes).</source>
        <translation>%1 के लिए पर्याप्त खाली जगह नहीं है (%2 बाइट और चाहिए)।</translation>
    </message>
    <message>
        <source>The transfer link failed: %1</source>
        <translation>ट्रांसफ़र लिंक विफल हुआ: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::FileSender</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was offered (it has %2 bytes now, not %3).</source>
        <translation>पेश किए जाने के बाद %1 बदल गई है (अब इसमें %3 नहीं, %2 बाइट हैं)।</translation>
    </message>
    <message>
        <source>%1 could not be read again: %2</source>
        <translation>%1 फिर से पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::History</name>
    <message>
        <source>Another ChatBuddy is using this profile&apos;s history, so this window keeps its conversations only until you quit.</source>
        <translation>कोई दूसरा ChatBuddy इस प्रोफ़ाइल का इतिहास उपयोग कर रहा है, इसलिए यह विंडो अपनी बातचीत केवल तब तक रखेगी जब तक आप बाहर नहीं निकलते।</translation>
    </message>
    <message>
        <source>Your chat history cannot be kept: %1 cannot be created (%2).</source>
        <translation>आपका चैट इतिहास नहीं रखा जा सकता: %1 नहीं बनाया जा सकता (%2)।</translation>
    </message>
    <message>
        <source>Your chat history could not be read (%1). It was moved to %2 and a new history was started.</source>
        <translation>आपका चैट इतिहास पढ़ा नहीं जा सका (%1)। उसे %2 में ले जाया गया और नया इतिहास शुरू किया गया।</translation>
    </message>
    <message>
        <source>Your chat history was written by a newer ChatBuddy (%1), so it is left as it is and this window keeps its conversations only until you quit.</source>
        <translation>आपका चैट इतिहास ChatBuddy के किसी नए संस्करण ने लिखा है (%1), इसलिए उसे जैसा है वैसा छोड़ दिया गया है और यह विंडो अपनी बातचीत केवल तब तक रखेगी जब तक आप बाहर नहीं निकलते।</translation>
    </message>
    <message>
        <source>Your chat history cannot be opened (%1), so this window keeps its conversations only until you quit.</source>
        <translation>आपका चैट इतिहास खोला नहीं जा सकता (%1), इसलिए यह विंडो अपनी बातचीत केवल तब तक रखेगी जब तक आप बाहर नहीं निकलते।</translation>
    </message>
    <message>
        <source>Your chat history cannot be written (%1), so this window keeps its conversations only until you quit.</source>
        <translation>आपका चैट इतिहास लिखा नहीं जा सकता (%1), इसलिए यह विंडो अपनी बातचीत केवल तब तक रखेगी जब तक आप बाहर नहीं निकलते।</translation>
    </message>
    <message>
        <source>Your chat history cannot be saved right now (%1). Your conversations stay open and will be saved as soon as it works again.</source>
        <translation>आपका चैट इतिहास अभी सहेजा नहीं जा सकता (%1)। आपकी बातचीत खुली रहेगी और फिर से काम करने पर तुरंत सहेज ली जाएगी।</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>नहीं पहुँचा</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>%1 के साथ बातचीत</translation>
    </message>
    <message>
        <source>no key: plain-text chats</source>
        <translation>कोई कुंजी नहीं: सादे पाठ वाली चैट</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>कुंजी %1</translation>
    </message>
    <message>
        <source>Saved from ChatBuddy on %1</source>
        <translation>%1 को ChatBuddy से सहेजा गया</translation>
    </message>
    <message>
        <source>There is no such conversation.</source>
        <translation>ऐसी कोई बातचीत नहीं है।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 में नहीं लिखा जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::HubConnection</name>
    <message>
        <source>The hub at %1 did not answer in time.</source>
        <translation>%1 पर हब ने समय पर उत्तर नहीं दिया।</translation>
    </message>
    <message>
        <source>The hub stopped answering.</source>
        <translation>हब ने उत्तर देना बंद कर दिया।</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>लॉग इन हो रहा है…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Hub lost, reconnecting…</source>
        <translation>हब से संपर्क टूटा, फिर से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to the hub at %1: %2</source>
        <translation>%1 पर हब से सुरक्षित कनेक्शन नहीं बन सका: %2</translation>
    </message>
    <message>
        <source>Cannot reach the hub at %1: %2</source>
        <translation>%1 पर हब से संपर्क नहीं हो सकता: %2</translation>
    </message>
    <message>
        <source>The hub at %1 presented a different key than before. This may be an attack, so ChatBuddy did not log in.
Pinned key: %2
Key now: %3</source>
        <translation>%1 पर हब ने पहले से अलग कुंजी प्रस्तुत की। यह हमला हो सकता है, इसलिए ChatBuddy ने लॉग इन नहीं किया।
सहेजी गई कुंजी: %2
अभी की कुंजी: %3</translation>
    </message>
    <message>
        <source>The hub sent something ChatBuddy does not understand (%1).</source>
        <translation>हब ने कुछ ऐसा भेजा जिसे ChatBuddy नहीं समझता (%1)।</translation>
    </message>
    <message>
        <source>Connection to the hub was lost.</source>
        <translation>हब से कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <source>The hub at %1 closed the connection.</source>
        <translation>%1 पर हब ने कनेक्शन बंद कर दिया।</translation>
    </message>
    <message>
        <source>The hub sent an invalid message (%1).</source>
        <translation>हब ने एक अमान्य संदेश भेजा (%1)।</translation>
    </message>
    <message>
        <source>Someone named &quot;%1&quot; is already online. Please pick another name.</source>
        <translation>&quot;%1&quot; नाम का कोई व्यक्ति पहले से ऑनलाइन है। कृपया दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; belongs to someone else (another key registered it first). Please pick another name.</source>
        <translation>नाम &quot;%1&quot; किसी और का है (किसी दूसरी कुंजी ने इसे पहले पंजीकृत किया)। कृपया दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>The hub did not accept the name &quot;%1&quot;: %2</source>
        <translation>हब ने नाम &quot;%1&quot; स्वीकार नहीं किया: %2</translation>
    </message>
    <message>
        <source>The hub is full right now. Please try again later.</source>
        <translation>हब अभी भरा हुआ है। कृपया बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>You logged in as &quot;%1&quot; from somewhere else, so this session was signed out.</source>
        <translation>आपने कहीं और से &quot;%1&quot; के रूप में लॉग इन किया, इसलिए यह सत्र साइन आउट कर दिया गया।</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>हब ने अस्वीकार किया: %1</translation>
    </message>
    <message>
        <source>The hub is shutting down.</source>
        <translation>हब बंद हो रहा है।</translation>
    </message>
    <message>
        <source>The hub was shut down. ChatBuddy reconnects when it is back.</source>
        <translation>हब बंद कर दिया गया। उसके लौटने पर ChatBuddy फिर से कनेक्ट करेगा।</translation>
    </message>
    <message>
        <source>The hub at %1 did not show the key it announced on the network. Someone else may be answering in its place, so ChatBuddy did not log in.
Announced key: %2
Key shown: %3</source>
        <translation>%1 पर हब ने वह कुंजी नहीं दिखाई जिसकी उसने नेटवर्क पर घोषणा की थी। हो सकता है कोई और उसकी जगह जवाब दे रहा हो, इसलिए ChatBuddy ने लॉग इन नहीं किया।
घोषित कुंजी: %2
दिखाई गई कुंजी: %3</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::HubFinder</name>
    <message>
        <source>Hubs on the network cannot be found: %1</source>
        <translation>नेटवर्क पर हब नहीं खोजे जा सकते: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::PeopleModel</name>
    <message>
        <source>%1 — offline, last seen %2</source>
        <translation>%1 — ऑफ़लाइन, अंतिम बार ऑनलाइन: %2</translation>
    </message>
    <message>
        <source>%1 — offline</source>
        <translation>%1 — ऑफ़लाइन</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Profile</name>
    <message>
        <source>no writable data folder for this user</source>
        <translation>इस उपयोगकर्ता के लिए कोई लिखने योग्य डेटा फ़ोल्डर नहीं</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>&quot;%1&quot; मान्य प्रोफ़ाइल नाम नहीं है (अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos; का उपयोग करें)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 नहीं बनाया जा सकता</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>%1 को निजी नहीं बनाया जा सकता</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>%1 is damaged (it should hold 32 bytes)</source>
        <translation>%1 क्षतिग्रस्त है (इसमें 32 बाइट होने चाहिए)</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::Transfers</name>
    <message>
        <source>Files can only be sent in a chat with a ChatBuddy that takes them.</source>
        <translation>फ़ाइलें केवल ऐसे ChatBuddy के साथ चैट में भेजी जा सकती हैं जो उन्हें लेता हो।</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>The offer could not be sent.</source>
        <translation>प्रस्ताव भेजा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The other side stopped the transfer.</source>
        <translation>दूसरी ओर से स्थानांतरण रोक दिया गया।</translation>
    </message>
    <message>
        <source>This file is no longer offered.</source>
        <translation>यह फ़ाइल अब पेश नहीं की जा रही है।</translation>
    </message>
    <message>
        <source>You declined the file.</source>
        <translation>आपने फ़ाइल अस्वीकार कर दी।</translation>
    </message>
    <message>
        <source>You cancelled the transfer.</source>
        <translation>आपने स्थानांतरण रद्द कर दिया।</translation>
    </message>
    <message>
        <source>The transfer link presented another key than the chat; it was closed.</source>
        <translation>स्थानांतरण कनेक्शन ने चैट से अलग कुंजी दिखाई; उसे बंद कर दिया गया।</translation>
    </message>
    <message>
        <source>The other side did not answer the transfer link.</source>
        <translation>दूसरी ओर से स्थानांतरण कनेक्शन का जवाब नहीं आया।</translation>
    </message>
    <message>
        <source>The chat ended; the file goes on when you chat again.</source>
        <translation>चैट समाप्त हो गई; फिर से चैट करने पर फ़ाइल का स्थानांतरण जारी रहेगा।</translation>
    </message>
    <message>
        <source>The sender cancelled it.</source>
        <translation>भेजने वाले ने इसे रद्द कर दिया।</translation>
    </message>
    <message>
        <source>%1 changed or is gone since it was offered, so it was not sent.</source>
        <translation>पेश किए जाने के बाद से %1 बदल गई है या अब मौजूद नहीं है, इसलिए उसे भेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Files can only be sent to someone who uses ChatBuddy.</source>
        <translation>फ़ाइलें केवल ChatBuddy उपयोग करने वाले किसी व्यक्ति को भेजी जा सकती हैं।</translation>
    </message>
    <message>
        <source>The file was offered again with another size.</source>
        <translation>फ़ाइल फिर से किसी दूसरे आकार के साथ पेश की गई।</translation>
    </message>
    <message>
        <source>The transfer link could not be opened (%1); the file goes on when you chat again.</source>
        <translation>स्थानांतरण कनेक्शन नहीं खुल सका (%1); फिर से चैट करने पर फ़ाइल का स्थानांतरण जारी रहेगा।</translation>
    </message>
    <message>
        <source>The connection was lost; the file goes on from where it stopped when you are both back.</source>
        <translation>कनेक्शन टूट गया; आप दोनों के लौटने पर फ़ाइल वहीं से आगे बढ़ेगी जहाँ रुकी थी।</translation>
    </message>
    <message>
        <source>It is larger than %1 takes.</source>
        <translation>यह %1 द्वारा स्वीकार की जाने वाली सीमा से बड़ी है।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::client::files::FileNames</name>
    <message>
        <source>No folder was chosen for received files.</source>
        <translation>प्राप्त फ़ाइलों के लिए कोई फ़ोल्डर नहीं चुना गया।</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>The file %1 would not be inside %2.</source>
        <translation>फ़ाइल %1, %2 के अंदर नहीं होगी।</translation>
    </message>
    <message>
        <source>Cannot save a file in %1: %2</source>
        <translation>%1 में फ़ाइल सहेजी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>There are already too many files called %1 in %2.</source>
        <translation>%2 में %1 नाम की बहुत सारी फ़ाइलें पहले से हैं।</translation>
    </message>
    <message>
        <source>The received file %1 is missing or was replaced.</source>
        <translation>प्राप्त फ़ाइल %1 नहीं मिली या बदल दी गई।</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 सहेजी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>%1 is not a plain file any more.</source>
        <translation>%1 अब सामान्य फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 खोली नहीं जा सकती: %2</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatHeader</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>सत्यापित करें (&amp;V)…</translation>
    </message>
    <message>
        <source>Verify with the safety number</source>
        <translation>सुरक्षा संख्या से सत्यापित करें</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>Your friend called from %1</source>
        <translation>आपके मित्र ने %1 से कॉल किया</translation>
    </message>
    <message>
        <source>Your friend&apos;s address and chat port</source>
        <translation>आपके मित्र का पता और चैट पोर्ट</translation>
    </message>
    <message>
        <source>Compare the safety number with %1 and mark them verified</source>
        <translation>%1 के साथ सुरक्षा संख्या मिलाएँ और उन्हें सत्यापित चिह्नित करें</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>एन्क्रिप्ट नहीं</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: anyone on your network can read and change these messages. Do not send anything private.</source>
        <translation>%1 मूल सादे पाठ वाला ChatBuddy उपयोग करते हैं: आपके नेटवर्क पर कोई भी इन संदेशों को पढ़ और बदल सकता है। कुछ भी निजी न भेजें।</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>एन्क्रिप्टेड</translation>
    </message>
    <message>
        <source>Encrypted with TLS 1.3 to the key shown: nobody else on the network can read or change these messages.</source>
        <translation>दिखाई गई कुंजी के लिए TLS 1.3 से एन्क्रिप्टेड: नेटवर्क पर कोई और इन संदेशों को पढ़ या बदल नहीं सकता।</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>कोई कुंजी नहीं</translation>
    </message>
    <message>
        <source>The original ChatBuddy has no keys: ChatBuddy cannot check who is at the other end.</source>
        <translation>मूल ChatBuddy में कुंजियाँ नहीं होतीं: ChatBuddy जाँच नहीं सकता कि दूसरी ओर कौन है।</translation>
    </message>
    <message>
        <source>Key: not known yet</source>
        <translation>कुंजी: अभी ज्ञात नहीं</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>कुंजी %1</translation>
    </message>
    <message>
        <source>Full key: %1
Safety number: %2
Compare the safety number with your friend (Verify…); it is the same on both sides.</source>
        <translation>पूरी कुंजी: %1
सुरक्षा संख्या: %2
अपने मित्र के साथ सुरक्षा संख्या मिलाएँ (सत्यापित करें…); यह दोनों ओर एक ही होती है।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatInput</name>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Type your message and press Enter. When you&apos;re done, just type &apos;EOM&apos;.</source>
        <translation>अपना संदेश लिखें और Enter दबाएँ। समाप्त होने पर बस &apos;EOM&apos; टाइप करें।</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>संदेश भेजें</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>संदेश भेजें (Enter)</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>चैट समाप्त करें (&amp;E)</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>चैट समाप्त करें</translation>
    </message>
    <message>
        <source>End the chat for both of you (same as typing EOM)</source>
        <translation>दोनों के लिए चैट समाप्त करें (EOM टाइप करने जैसा)</translation>
    </message>
    <message>
        <source>Chat &amp;again</source>
        <translation>फिर से चैट करें (&amp;A)</translation>
    </message>
    <message>
        <source>Chat again</source>
        <translation>फिर से चैट करें</translation>
    </message>
    <message>
        <source>Start a new chat with the same person</source>
        <translation>उसी व्यक्ति के साथ नई चैट शुरू करें</translation>
    </message>
    <message>
        <source>This message is too long to send (more than %1 bytes). Please shorten it.</source>
        <translation>यह संदेश भेजने के लिए बहुत लंबा है (%1 बाइट से अधिक)। कृपया इसे छोटा करें।</translation>
    </message>
    <message>
        <source>Send fi&amp;le…</source>
        <translation>फ़ाइल भेजें (&amp;L)…</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>फ़ाइल भेजें</translation>
    </message>
    <message>
        <source>Send files (or drop them on the chat, or paste them)</source>
        <translation>फ़ाइलें भेजें (या उन्हें चैट पर छोड़ें, या पेस्ट करें)</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatTabs</name>
    <message>
        <source>Chats</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No chat open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Double-click someone on the left, or select them and press &lt;i&gt;Chat&lt;/i&gt;.&lt;br&gt;When a friend wants to chat with you, ChatBuddy asks you first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;कोई चैट खुली नहीं&lt;/b&gt;&lt;/p&gt;&lt;p&gt;बाईं ओर किसी पर डबल-क्लिक करें, या उन्हें चुनकर &lt;i&gt;चैट&lt;/i&gt; दबाएँ।&lt;br&gt;जब कोई मित्र आपसे चैट करना चाहेगा, ChatBuddy पहले आपसे पूछेगा।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Friends can also reach you directly at port %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;मित्र पोर्ट %1 पर भी आपसे सीधे संपर्क कर सकते हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read this chat.</source>
        <translation>एन्क्रिप्ट नहीं: नेटवर्क पर कोई भी यह चैट पढ़ सकता है।</translation>
    </message>
    <message>
        <source>Their key changed: accept it or end the chat.</source>
        <translation>उनकी कुंजी बदल गई: इसे स्वीकारें या चैट समाप्त करें।</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>यह चैट समाप्त हो गई है।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ChatWidget</name>
    <message>
        <source>Chat &amp;again</source>
        <translation>फिर से चैट करें (&amp;A)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This message is too long to send (%1 bytes; at most %2). Please shorten it.</source>
        <translation>यह संदेश भेजने के लिए बहुत लंबा है (%1 बाइट; अधिकतम %2)। कृपया इसे छोटा करें।</translation>
    </message>
    <message>
        <source>The message could not be sent.</source>
        <translation>संदेश नहीं भेजा जा सका।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Checking their key…</source>
        <translation>उनकी कुंजी जाँची जा रही है…</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept…</source>
        <translation>%1 के स्वीकार करने की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>आपके उत्तर की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Blocked: key changed</source>
        <translation>अवरुद्ध: कुंजी बदली</translation>
    </message>
    <message>
        <source>Chatting</source>
        <translation>चैट जारी</translation>
    </message>
    <message>
        <source>Chat ended</source>
        <translation>चैट समाप्त</translation>
    </message>
    <message>
        <source>Accept %1&apos;s new key or end the chat.</source>
        <translation>%1 की नई कुंजी स्वीकारें या चैट समाप्त करें।</translation>
    </message>
    <message>
        <source>Message (NOT encrypted)</source>
        <translation>संदेश (एन्क्रिप्ट नहीं)</translation>
    </message>
    <message>
        <source>Message (Enter sends, EOM ends the chat)</source>
        <translation>संदेश (Enter भेजता है, EOM चैट समाप्त करता है)</translation>
    </message>
    <message>
        <source>This chat has ended.</source>
        <translation>यह चैट समाप्त हो गई है।</translation>
    </message>
    <message>
        <source>Waiting for the chat to start…</source>
        <translation>चैट शुरू होने की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>To chat without encryption anyway: Security ▸ Allow Unencrypted Legacy Chats, then Chat again.</source>
        <translation>फिर भी बिना एन्क्रिप्शन चैट करने के लिए: सुरक्षा ▸ बिना एन्क्रिप्शन वाली पुरानी चैट की अनुमति दें, फिर &apos;फिर से चैट करें&apos;।</translation>
    </message>
    <message>
        <source>Someone at %1</source>
        <translation>%1 पर कोई</translation>
    </message>
    <message>
        <source>Chat again as &amp;plain text</source>
        <translation>सादे पाठ में फिर से चैट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Offline, last seen %1</source>
        <translation>ऑफ़लाइन, अंतिम बार ऑनलाइन: %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Type a message to start a chat with %1</source>
        <translation>%1 के साथ चैट शुरू करने के लिए संदेश लिखें</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>चैट (&amp;C)</translation>
    </message>
    <message>
        <source>%1 is offline. You can chat again when they are back.</source>
        <translation>%1 ऑफ़लाइन हैं। उनके लौटने पर आप फिर से चैट कर सकते हैं।</translation>
    </message>
    <message>
        <source>This chat has ended. Type to start a new one.</source>
        <translation>यह चैट समाप्त हो गई है। नई चैट शुरू करने के लिए लिखें।</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 टाइप कर रहे हैं…</translation>
    </message>
    <message>
        <source>%1 is offline. Write anyway: it will be delivered when possible.</source>
        <translation>%1 ऑफ़लाइन हैं। फिर भी लिखें: संभव होते ही संदेश पहुँचा दिया जाएगा।</translation>
    </message>
    <message>
        <source>Files can be sent once the chat has started.</source>
        <translation>चैट शुरू होने के बाद फ़ाइलें भेजी जा सकती हैं।</translation>
    </message>
    <message>
        <source>%1 is not online: the files wait on this computer and go when you are both online.</source>
        <translation>%1 ऑनलाइन नहीं हैं: फ़ाइलें इस कंप्यूटर पर रुकी रहेंगी और आप दोनों के ऑनलाइन होने पर भेजी जाएँगी।</translation>
    </message>
    <message>
        <source>Send Files to %1</source>
        <translation>%1 को फ़ाइलें भेजें</translation>
    </message>
    <message>
        <source>The picture could not be kept in %1.</source>
        <translation>चित्र %1 में रखा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Picture %1.png</source>
        <translation>चित्र %1.png</translation>
    </message>
    <message>
        <source>Picture %1 (%2).png</source>
        <translation>चित्र %1 (%2).png</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>चित्र सहेजा नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ConnectAddressDialog</name>
    <message>
        <source>Connect by Address</source>
        <translation>पते से कनेक्ट करें</translation>
    </message>
    <message>
        <source>Enter your friend&apos;s IP address and chat port. They can see their chat port in the status bar of their ChatBuddy window.</source>
        <translation>अपने मित्र का IP पता और चैट पोर्ट दर्ज करें। वे अपना चैट पोर्ट अपनी ChatBuddy विंडो की स्थिति पट्टी में देख सकते हैं।</translation>
    </message>
    <message>
        <source>Friend&apos;s IP address</source>
        <translation>मित्र का IP पता</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20</source>
        <translation>जैसे 192.168.1.20</translation>
    </message>
    <message>
        <source>Friend&apos;s chat port</source>
        <translation>मित्र का चैट पोर्ट</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>IP पता (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;lain-text legacy peer (not encrypted)</source>
        <translation>सादे पाठ वाला पुराना साथी (एन्क्रिप्ट नहीं) (&amp;L)</translation>
    </message>
    <message>
        <source>Plain-text legacy peer, not encrypted</source>
        <translation>सादे पाठ वाला पुराना साथी, एन्क्रिप्ट नहीं</translation>
    </message>
    <message>
        <source>Your friend runs the original ChatBuddy, which cannot encrypt: anyone on the network can read the chat.</source>
        <translation>आपका मित्र मूल ChatBuddy चलाता है, जो एन्क्रिप्ट नहीं कर सकता: नेटवर्क पर कोई भी चैट पढ़ सकता है।</translation>
    </message>
    <message>
        <source>Turn on Security ▸ Allow Unencrypted Legacy Chats first.</source>
        <translation>पहले सुरक्षा ▸ बिना एन्क्रिप्शन वाली पुरानी चैट की अनुमति दें चालू करें।</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>कनेक्ट करें (&amp;C)</translation>
    </message>
    <message>
        <source>Please enter your friend&apos;s IP address.</source>
        <translation>कृपया अपने मित्र का IP पता दर्ज करें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Please enter a numeric address such as 192.168.1.20 (names are not looked up).</source>
        <translation>&quot;%1&quot; IP पता नहीं है। कृपया 192.168.1.20 जैसा संख्यात्मक पता दर्ज करें (नाम नहीं खोजे जाते)।</translation>
    </message>
    <message>
        <source>%1 is not the address of a single computer. Please enter your friend&apos;s address.</source>
        <translation>%1 किसी एक कंप्यूटर का पता नहीं है। कृपया अपने मित्र का पता दर्ज करें।</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>पोर्ट 1 से 65535 तक की कोई संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>That is your own chat port. Please enter your friend&apos;s address and port.</source>
        <translation>यह आपका अपना चैट पोर्ट है। कृपया अपने मित्र का पता और पोर्ट दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ConnectionCheckDialog</name>
    <message>
        <source>Check My Connection</source>
        <translation>मेरा कनेक्शन जाँचें</translation>
    </message>
    <message>
        <source>What works between you, your hub and the people on your network, and what to do when something does not.</source>
        <translation>आपके, आपके हब और आपके नेटवर्क के लोगों के बीच क्या काम करता है, और कुछ काम न करे तो क्या करें।</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>हब:</translation>
    </message>
    <message>
        <source>Hub key:</source>
        <translation>हब की कुंजी:</translation>
    </message>
    <message>
        <source>Your chat port:</source>
        <translation>आपका चैट पोर्ट:</translation>
    </message>
    <message>
        <source>Hubs on your network:</source>
        <translation>आपके नेटवर्क के हब:</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>फिर से जाँचें (&amp;A)</translation>
    </message>
    <message>
        <source>✓ Connected to %1 as %2.</source>
        <translation>✓ %1 से %2 के रूप में जुड़े हैं।</translation>
    </message>
    <message>
        <source>… Connecting to %1.</source>
        <translation>… %1 से जोड़ा जा रहा है।</translation>
    </message>
    <message>
        <source>⚠ The hub at %1 went away; ChatBuddy tries again by itself.</source>
        <translation>⚠ %1 पर हब चला गया; ChatBuddy अपने आप फिर से कोशिश करता है।</translation>
    </message>
    <message>
        <source>✗ Not connected. Without a hub you can still chat with someone by address (Chat ▸ Connect by Address…).</source>
        <translation>✗ जुड़े नहीं हैं। हब के बिना भी आप पते से किसी से चैट कर सकते हैं (चैट ▸ पते से जोड़ें…)।</translation>
    </message>
    <message>
        <source>%1
✓ the key this hub showed when you first connected (pinned)</source>
        <translation>%1
✓ वह कुंजी जो इस हब ने आपके पहली बार जुड़ने पर दिखाई थी (पिन की गई)</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(अभी ज्ञात नहीं)</translation>
    </message>
    <message>
        <source>%1
(pinned)</source>
        <translation>%1
(पिन की गई)</translation>
    </message>
    <message>
        <source>✗ Not accepting chats: %1. Choose another chat port in File ▸ Settings.</source>
        <translation>✗ चैट स्वीकार नहीं हो रहीं: %1। फ़ाइल ▸ सेटिंग्स में कोई दूसरा चैट पोर्ट चुनें।</translation>
    </message>
    <message>
        <source>%1 (the hub checks whether others can reach it once you are connected)</source>
        <translation>%1 (जुड़ने के बाद हब जाँचता है कि दूसरे इस तक पहुँच सकते हैं या नहीं)</translation>
    </message>
    <message>
        <source>%1 (this hub does not check whether others can reach it)</source>
        <translation>%1 (यह हब नहीं जाँचता कि दूसरे इस तक पहुँच सकते हैं या नहीं)</translation>
    </message>
    <message>
        <source>… %1: the hub is trying to connect to it.</source>
        <translation>… %1: हब इससे जुड़ने की कोशिश कर रहा है।</translation>
    </message>
    <message>
        <source>✓ %1: the hub at %2 could connect to it, so others on the network can start chats with you.</source>
        <translation>✓ %1: %2 पर हब इससे जुड़ सका, इसलिए नेटवर्क के दूसरे लोग आपसे चैट शुरू कर सकते हैं।</translation>
    </message>
    <message>
        <source>Not looking: ChatBuddy was started with --no-discovery.</source>
        <translation>खोज बंद है: ChatBuddy --no-discovery के साथ शुरू हुआ था।</translation>
    </message>
    <message>
        <source>✗ Cannot look: UDP port %1 could not be opened.</source>
        <translation>✗ खोज नहीं हो सकती: UDP पोर्ट %1 खोला नहीं जा सका।</translation>
    </message>
    <message>
        <source>… Asking the network.</source>
        <translation>… नेटवर्क से पूछा जा रहा है।</translation>
    </message>
    <message>
        <source>⚠ No hub answered. A hub on another computer may have its announcements (UDP port %1) blocked by a firewall there or here, or was started with --no-announce; you can still type its address.</source>
        <translation>⚠ किसी हब ने जवाब नहीं दिया। हो सकता है किसी दूसरे कंप्यूटर पर चल रहे हब की घोषणाएँ (UDP पोर्ट %1) वहाँ या यहाँ फ़ायरवॉल रोक रहा हो, या वह --no-announce के साथ शुरू हुआ हो; आप फिर भी उसका पता लिख सकते हैं।</translation>
    </message>
    <message>
        <source>%1 (%2:%3)</source>
        <translation>%1 (%2:%3)</translation>
    </message>
    <message>
        <source>✓ Found: %1.</source>
        <translation>✓ मिले: %1।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>इस बातचीत में खोजें</translation>
    </message>
    <message>
        <source>Older match</source>
        <translation>पुराना परिणाम</translation>
    </message>
    <message>
        <source>Older match (Enter)</source>
        <translation>पुराना परिणाम (Enter)</translation>
    </message>
    <message>
        <source>Newer match</source>
        <translation>नया परिणाम</translation>
    </message>
    <message>
        <source>Newer match (Shift+Enter)</source>
        <translation>नया परिणाम (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>खोज पट्टी बंद करें</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>बंद करें (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HistorySearchDialog</name>
    <message>
        <source>ChatBuddy — Find in History</source>
        <translation>ChatBuddy — इतिहास में खोजें</translation>
    </message>
    <message>
        <source>Words to find in all conversations</source>
        <translation>सभी बातचीत में खोजने के लिए शब्द</translation>
    </message>
    <message>
        <source>Find in all conversations</source>
        <translation>सभी बातचीत में खोजें</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>मिले संदेश</translation>
    </message>
    <message>
        <source>You to %1</source>
        <translation>आपने %1 को भेजा</translation>
    </message>
    <message>
        <source>Type words from a message; every word must be in it.</source>
        <translation>किसी संदेश के शब्द लिखें; हर शब्द उसमें होना चाहिए।</translation>
    </message>
    <message>
        <source>No message has these words.</source>
        <translation>किसी भी संदेश में ये शब्द नहीं हैं।</translation>
    </message>
    <message>
        <source>The newest %1 matches. Add a word to narrow them down.</source>
        <translation>सबसे नए %1 परिणाम। इन्हें सीमित करने के लिए एक और शब्द जोड़ें।</translation>
    </message>
    <message>
        <source>Messages found: %1</source>
        <translation>मिले संदेश: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubKeyDialog</name>
    <message>
        <source>Hub Key</source>
        <translation>हब कुंजी</translation>
    </message>
    <message>
        <source>ChatBuddy remembers the hub&apos;s key the first time it connects and refuses to log in if the key ever changes, because someone could be pretending to be the hub.</source>
        <translation>ChatBuddy पहली बार कनेक्ट होने पर हब की कुंजी याद रखता है और कुंजी कभी बदलने पर लॉग इन से इनकार करता है, क्योंकि कोई हब होने का दिखावा कर सकता है।</translation>
    </message>
    <message>
        <source>(not connected to a hub yet)</source>
        <translation>(अभी किसी हब से कनेक्ट नहीं)</translation>
    </message>
    <message>
        <source>The pinned hub key fingerprint</source>
        <translation>सहेजी गई हब कुंजी का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>हब:</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>सहेजी गई कुंजी:</translation>
    </message>
    <message>
        <source>&amp;Forget this hub key…</source>
        <translation>यह हब कुंजी भूल जाएँ (&amp;F)…</translation>
    </message>
    <message>
        <source>Forget this hub key</source>
        <translation>यह हब कुंजी भूल जाएँ</translation>
    </message>
    <message>
        <source>Only if the hub was reinstalled or got a new key on purpose</source>
        <translation>केवल तभी जब हब दोबारा इंस्टॉल हुआ हो या जानबूझकर उसे नई कुंजी दी गई हो</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Forgotten. The next time you connect to %1, ChatBuddy will trust the key the hub shows then.</source>
        <translation>भुला दी गई। अगली बार %1 से कनेक्ट होने पर ChatBuddy उस समय हब द्वारा दिखाई गई कुंजी पर भरोसा करेगा।</translation>
    </message>
    <message>
        <source>No key is pinned for this hub yet; it is pinned when you connect.</source>
        <translation>इस हब के लिए अभी कोई कुंजी सहेजी नहीं गई है; कनेक्ट होने पर सहेजी जाती है।</translation>
    </message>
    <message>
        <source>Not connected: the key is checked the next time you connect.</source>
        <translation>कनेक्ट नहीं: अगली बार कनेक्ट होने पर कुंजी जाँची जाएगी।</translation>
    </message>
    <message>
        <source>✓ The hub is showing this key now.</source>
        <translation>✓ हब अभी यही कुंजी दिखा रहा है।</translation>
    </message>
    <message>
        <source>⚠ The hub is showing a different key now: %1</source>
        <translation>⚠ हब अभी एक अलग कुंजी दिखा रहा है: %1</translation>
    </message>
    <message>
        <source>Forget the Hub Key?</source>
        <translation>हब कुंजी भूल जाएँ?</translation>
    </message>
    <message>
        <source>Forget the key of the hub at %1?</source>
        <translation>%1 पर हब की कुंजी भूल जाएँ?</translation>
    </message>
    <message>
        <source>Do this only if you know the hub was reinstalled or got a new key. The next time you connect, ChatBuddy trusts whatever key the hub shows: it cannot tell an impostor from the real hub then.</source>
        <translation>ऐसा केवल तभी करें जब आपको पता हो कि हब दोबारा इंस्टॉल हुआ या उसे नई कुंजी मिली। अगली बार कनेक्ट होने पर ChatBuddy हब द्वारा दिखाई गई किसी भी कुंजी पर भरोसा करेगा: तब वह नकली और असली हब में अंतर नहीं कर पाएगा।</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>कुंजी भूल जाएँ (&amp;F)</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubList</name>
    <message>
        <source>Announced key:
%1</source>
        <translation>घोषित कुंजी:
%1</translation>
    </message>
    <message>
        <source>%1 — %2:%3 · key %4</source>
        <translation>%1 — %2:%3 · कुंजी %4</translation>
    </message>
    <message>
        <source> · known</source>
        <translation> · जाना-पहचाना</translation>
    </message>
    <message>
        <source> · NOT the key you know</source>
        <translation> · यह आपकी जानी-पहचानी कुंजी नहीं है</translation>
    </message>
    <message>
        <source>Hubs on your network</source>
        <translation>आपके नेटवर्क के हब</translation>
    </message>
    <message>
        <source>A hub is the directory that shows who is online. Chats go directly between you and the other person: the hub never sees them.</source>
        <translation>हब वह निर्देशिका है जो दिखाती है कि कौन ऑनलाइन है। चैट सीधे आपके और दूसरे व्यक्ति के बीच चलती है: हब उसे कभी नहीं देखता।</translation>
    </message>
    <message>
        <source>Choose one, or type another hub&apos;s address below.</source>
        <translation>कोई एक चुनें, या नीचे किसी दूसरे हब का पता लिखें।</translation>
    </message>
    <message>
        <source>No hub has answered yet. If you know a hub&apos;s address, type it below.</source>
        <translation>अभी तक किसी हब ने जवाब नहीं दिया। अगर आपको किसी हब का पता मालूम है, तो उसे नीचे लिखें।</translation>
    </message>
    <message>
        <source>Type the address of your hub below (ask whoever runs it).</source>
        <translation>नीचे अपने हब का पता लिखें (जो उसे चलाता है उससे पूछें)।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::HubStatusBar</name>
    <message>
        <source>&amp;Reconnect</source>
        <translation>फिर से कनेक्ट करें (&amp;R)</translation>
    </message>
    <message>
        <source>Reconnect to the hub</source>
        <translation>हब से फिर से कनेक्ट करें</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>कुंजी %1</translation>
    </message>
    <message>
        <source>The start of your key&apos;s fingerprint. Help → My Identity shows all of it.</source>
        <translation>आपकी कुंजी के फ़िंगरप्रिंट की शुरुआत। सहायता → मेरी पहचान पूरा दिखाता है।</translation>
    </message>
    <message>
        <source>Successfully connected to main server!</source>
        <translation>मुख्य सर्वर से सफलतापूर्वक कनेक्ट हो गया!</translation>
    </message>
    <message>
        <source>Chat port %1</source>
        <translation>चैट पोर्ट %1</translation>
    </message>
    <message>
        <source>Friends can reach you at this port (Connect by address).</source>
        <translation>मित्र इस पोर्ट पर आपसे संपर्क कर सकते हैं (पते से कनेक्ट करें)।</translation>
    </message>
    <message>
        <source>Port %1 was taken, so ChatBuddy picked this one.</source>
        <translation>पोर्ट %1 पहले से उपयोग में था, इसलिए ChatBuddy ने यह चुना।</translation>
    </message>
    <message>
        <source>Not accepting chats</source>
        <translation>चैट स्वीकार नहीं हो रहीं</translation>
    </message>
    <message>
        <source>ChatBuddy could not open a port for incoming chats: %1</source>
        <translation>ChatBuddy आने वाली चैट के लिए पोर्ट नहीं खोल सका: %1</translation>
    </message>
    <message>
        <source>Online · hub %1</source>
        <translation>ऑनलाइन · हब %1</translation>
    </message>
    <message numerus="yes">
        <source>Hub lost, reconnecting in %n s…</source>
        <translation>
            <numerusform>हब से संपर्क टूटा, %n सेकंड में फिर से कनेक्ट होगा…</numerusform>
            <numerusform>हब से संपर्क टूटा, %n सेकंड में फिर से कनेक्ट होगा…</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub key %1</source>
        <translation>हब कुंजी %1</translation>
    </message>
    <message>
        <source>If you know the hub was reinstalled or got a new key, open Security ▸ Hub Key… and forget the old key; otherwise ask whoever runs the hub.</source>
        <translation>अगर आपको पता है कि हब दोबारा इंस्टॉल हुआ या उसे नई कुंजी मिली, तो सुरक्षा ▸ हब कुंजी… खोलें और पुरानी कुंजी भूल जाएँ; अन्यथा हब चलाने वाले से पूछें।</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>फिर से जाँचें (&amp;A)</translation>
    </message>
    <message>
        <source>Ask the hub to try your chat port again (after changing the firewall).</source>
        <translation>हब से अपना चैट पोर्ट फिर से आज़माने को कहें (फ़ायरवॉल बदलने के बाद)।</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>विवरण… (&amp;D)</translation>
    </message>
    <message>
        <source>Others cannot start chats with you: port %1 seems blocked by a firewall (the hub could not connect to it: %2).</source>
        <translation>दूसरे आपसे चैट शुरू नहीं कर सकते: पोर्ट %1 को शायद फ़ायरवॉल रोक रहा है (हब इससे नहीं जुड़ सका: %2)।</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>कोई कारण नहीं बताया गया</translation>
    </message>
    <message>
        <source>Allow incoming TCP connections to port %1 in this computer&apos;s firewall (for example: sudo ufw allow %1/tcp), or choose another chat port in File ▸ Settings. You can still start chats yourself.</source>
        <translation>इस कंप्यूटर के फ़ायरवॉल में पोर्ट %1 पर आने वाले TCP कनेक्शन की अनुमति दें (उदाहरण: sudo ufw allow %1/tcp), या फ़ाइल ▸ सेटिंग्स में कोई दूसरा चैट पोर्ट चुनें। आप ख़ुद चैट फिर भी शुरू कर सकते हैं।</translation>
    </message>
    <message>
        <source>Chat port %1 ⚠</source>
        <translation>चैट पोर्ट %1 ⚠</translation>
    </message>
    <message>
        <source>The hub could not connect to this port: %1</source>
        <translation>हब इस पोर्ट से नहीं जुड़ सका: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::IdentityDialog</name>
    <message>
        <source>My Identity</source>
        <translation>मेरी पहचान</translation>
    </message>
    <message>
        <source>This is your key&apos;s fingerprint. Friends see it next to your name when you chat; if they doubt it is you, read it to them (or compare the safety number shown in the chat).</source>
        <translation>यह आपकी कुंजी का फ़िंगरप्रिंट है। चैट करते समय मित्र इसे आपके नाम के पास देखते हैं; अगर उन्हें शक हो कि यह आप हैं, तो उन्हें पढ़कर सुनाएँ (या चैट में दिखाई गई सुरक्षा संख्या मिलाएँ)।</translation>
    </message>
    <message>
        <source>(not logged in)</source>
        <translation>(लॉग इन नहीं)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>प्रोफ़ाइल:</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>आपकी कुंजी का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>आपकी कुंजी:</translation>
    </message>
    <message>
        <source>The hub&apos;s key fingerprint</source>
        <translation>हब की कुंजी का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Hub %1:</source>
        <translation>हब %1:</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>फ़िंगरप्रिंट कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy your key fingerprint</source>
        <translation>अपनी कुंजी का फ़िंगरप्रिंट कॉपी करें</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी हो गया ✓</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::ImageViewer</name>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>यह चित्र दिखाया नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::IncomingChatPrompt</name>
    <message>
        <source>Someone at %1</source>
        <translation>%1 पर कोई</translation>
    </message>
    <message>
        <source>Chat request</source>
        <translation>चैट अनुरोध</translation>
    </message>
    <message>
        <source>%1 wants to chat</source>
        <translation>%1 चैट करना चाहते हैं</translation>
    </message>
    <message>
        <source>Calling from %1</source>
        <translation>%1 से कॉल</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: %1 uses the original plain-text ChatBuddy. Anyone on your network can read this chat, and nobody can check who this really is.</source>
        <translation>⚠ एन्क्रिप्ट नहीं: %1 मूल सादे पाठ वाला ChatBuddy उपयोग करते हैं। आपके नेटवर्क पर कोई भी यह चैट पढ़ सकता है, और कोई जाँच नहीं सकता कि यह वास्तव में कौन है।</translation>
    </message>
    <message>
        <source>⚠ %1&apos;s key changed — this may be an attack. If you accept, nothing is sent until you also accept the new key.</source>
        <translation>⚠ %1 की कुंजी बदल गई है — यह हमला हो सकता है। स्वीकार करने पर, जब तक आप नई कुंजी भी स्वीकार नहीं करते, कुछ नहीं भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Key before:</source>
        <translation>पहले की कुंजी:</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>अभी की कुंजी:</translation>
    </message>
    <message>
        <source>✓ You verified %1&apos;s key.</source>
        <translation>✓ आपने %1 की कुंजी सत्यापित की है।</translation>
    </message>
    <message>
        <source>✓ The hub confirms this is %1&apos;s key.</source>
        <translation>✓ हब पुष्टि करता है कि यह %1 की कुंजी है।</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>कुंजी %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>स्वीकारें (&amp;A)</translation>
    </message>
    <message>
        <source>Accept the chat</source>
        <translation>चैट स्वीकारें</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>अस्वीकारें (&amp;D)</translation>
    </message>
    <message>
        <source>Decline the chat</source>
        <translation>चैट अस्वीकारें</translation>
    </message>
    <message>
        <source>⚠ Your hub could not be asked who this is (you are not connected to it), so this key is not checked.</source>
        <translation>⚠ आपके हब से यह नहीं पूछा जा सका कि यह कौन है (आप उससे कनेक्ट नहीं हैं), इसलिए इस कुंजी की जाँच नहीं हुई।</translation>
    </message>
    <message>
        <source>⚠ The hub could not confirm who this is: the name %1 is not registered there.</source>
        <translation>⚠ हब पुष्टि नहीं कर सका कि यह कौन है: नाम %1 वहाँ पंजीकृत नहीं है।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::LoginDialog</name>
    <message>
        <source>ChatBuddy — Log In</source>
        <translation>ChatBuddy — लॉग इन</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message>
        <source>Chat directly and securely with people on your network.</source>
        <translation>अपने नेटवर्क के लोगों से सीधे और सुरक्षित चैट करें।</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <source>What should we call you?</source>
        <translation>हम आपको क्या कहकर बुलाएँ?</translation>
    </message>
    <message>
        <source>Up to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>अधिकतम %1 अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos;।</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>हब का पता</translation>
    </message>
    <message>
        <source>Hub address, e.g. 192.168.1.2</source>
        <translation>हब का पता, जैसे 192.168.1.2</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>हब पोर्ट</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>पोर्ट (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>हब (&amp;H):</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>आपका नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Pinned hub key</source>
        <translation>सहेजी गई हब कुंजी</translation>
    </message>
    <message>
        <source>Key the hub shows now</source>
        <translation>हब अभी जो कुंजी दिखा रहा है</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>सहेजी गई कुंजी:</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>अभी की कुंजी:</translation>
    </message>
    <message>
        <source>&amp;Forget the old hub key</source>
        <translation>हब की पुरानी कुंजी भूल जाएँ (&amp;F)</translation>
    </message>
    <message>
        <source>Forget the old hub key</source>
        <translation>हब की पुरानी कुंजी भूल जाएँ</translation>
    </message>
    <message>
        <source>Only if you know the hub was reinstalled or got a new key: the next connection will trust the key it shows.</source>
        <translation>केवल तभी जब आपको पता हो कि हब दोबारा इंस्टॉल हुआ या उसे नई कुंजी मिली: अगला कनेक्शन उसकी दिखाई कुंजी पर भरोसा करेगा।</translation>
    </message>
    <message>
        <source>The old key of %1 was forgotten. Press Connect to trust the key the hub shows now.</source>
        <translation>%1 की पुरानी कुंजी भुला दी गई। हब अभी जो कुंजी दिखा रहा है उस पर भरोसा करने के लिए &apos;कनेक्ट करें&apos; दबाएँ।</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>कनेक्ट करें (&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the hub</source>
        <translation>हब से कनेक्ट करें</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>Please enter the hub&apos;s address.</source>
        <translation>कृपया हब का पता दर्ज करें।</translation>
    </message>
    <message>
        <source>The hub&apos;s port must be a number from 1 to 65535.</source>
        <translation>हब का पोर्ट 1 से 65535 तक की कोई संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Stopped. Press Connect to try again.</source>
        <translation>रोक दिया गया। फिर से प्रयास करने के लिए &apos;कनेक्ट करें&apos; दबाएँ।</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Stop connecting</source>
        <translation>कनेक्ट करना रोकें</translation>
    </message>
    <message>
        <source>Check that the hub is running and that its address and port are right.</source>
        <translation>जाँचें कि हब चल रहा है और उसका पता और पोर्ट सही हैं।</translation>
    </message>
    <message>
        <source>Is this really a ChatBuddy hub?</source>
        <translation>क्या यह वाकई ChatBuddy हब है?</translation>
    </message>
    <message>
        <source>The hub at %1 shows a different key than before. This may be an attack, so ChatBuddy did not log in.
If you know the hub was reinstalled or got a new key, forget the old key and connect again; otherwise ask whoever runs it.</source>
        <translation>%1 पर हब पहले से अलग कुंजी दिखा रहा है। यह हमला हो सकता है, इसलिए ChatBuddy ने लॉग इन नहीं किया।
अगर आपको पता है कि हब दोबारा इंस्टॉल हुआ या उसे नई कुंजी मिली, तो पुरानी कुंजी भूलकर फिर से कनेक्ट करें; अन्यथा उसे चलाने वाले से पूछें।</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(अज्ञात)</translation>
    </message>
    <message>
        <source>Successfully connected to main server!</source>
        <translation>मुख्य सर्वर से सफलतापूर्वक कनेक्ट हो गया!</translation>
    </message>
    <message>
        <source>Host a hub on &amp;this computer</source>
        <translation>इस कंप्यूटर पर हब चलाएँ (&amp;T)</translation>
    </message>
    <message>
        <source>No hub yet? ChatBuddy runs one here, announced on your network, and logs you in to it; others find it in their list. It stops when you quit ChatBuddy.</source>
        <translation>अभी कोई हब नहीं? ChatBuddy यहीं एक हब चलाता है, आपके नेटवर्क पर घोषित, और आपको उसमें लॉग इन करता है; दूसरे उसे अपनी सूची में पाते हैं। ChatBuddy बंद करने पर यह रुक जाता है।</translation>
    </message>
    <message>
        <source>The hub could not start: %1
If another hub already runs on this computer, it is in the list above.</source>
        <translation>हब शुरू नहीं हो सका: %1
अगर इस कंप्यूटर पर पहले से कोई हब चल रहा है, तो वह ऊपर की सूची में है।</translation>
    </message>
    <message>
        <source>First enter your name: %1</source>
        <translation>पहले अपना नाम लिखें: %1</translation>
    </message>
    <message>
        <source>Starting a hub on this computer…</source>
        <translation>इस कंप्यूटर पर हब शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>You host a hub at %1:%2 (key %3); others on your network find it in their list. Logging in…</source>
        <translation>आप %1:%2 पर हब चला रहे हैं (कुंजी %3); आपके नेटवर्क के दूसरे लोग उसे अपनी सूची में पाते हैं। लॉग इन हो रहा है…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hub address. Type a name or an IP address, or the addresses of several hubs of one cluster separated by commas.</source>
        <translation>"%1" हब का पता नहीं है। कृपया कोई नाम या IP पता दर्ज करें, या एक ही क्लस्टर के कई हब के पते अल्पविराम से अलग करके दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reconnect to Hub</source>
        <translation>हब से फिर से कनेक्ट करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>चैट (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Chat with Selected Person</source>
        <translation>चुने गए व्यक्ति से चैट करें (&amp;C)</translation>
    </message>
    <message>
        <source>Connect by &amp;Address…</source>
        <translation>पते से कनेक्ट करें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;End Chat</source>
        <translation>चैट समाप्त करें (&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;lose Chat</source>
        <translation>चैट बंद करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find Person</source>
        <translation>व्यक्ति खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>सुरक्षा (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify Contact…</source>
        <translation>संपर्क सत्यापित करें (&amp;V)…</translation>
    </message>
    <message>
        <source>Compare the safety number with the person in this chat</source>
        <translation>इस चैट के व्यक्ति के साथ सुरक्षा संख्या मिलाएँ</translation>
    </message>
    <message>
        <source>&amp;Hub Key…</source>
        <translation>हब कुंजी (&amp;H)…</translation>
    </message>
    <message>
        <source>Allow &amp;Unencrypted Legacy Chats</source>
        <translation>बिना एन्क्रिप्शन वाली पुरानी चैट की अनुमति दें (&amp;U)</translation>
    </message>
    <message>
        <source>Chat with people who use the original plain-text ChatBuddy. Those chats are NOT encrypted: anyone on your network can read them.</source>
        <translation>मूल सादे पाठ वाले ChatBuddy का उपयोग करने वालों से चैट करें। ये चैट एन्क्रिप्ट नहीं होतीं: आपके नेटवर्क पर कोई भी इन्हें पढ़ सकता है।</translation>
    </message>
    <message>
        <source>Legacy chats allowed. They are NOT encrypted and are marked in red.</source>
        <translation>पुरानी चैट की अनुमति है। वे एन्क्रिप्ट नहीं होतीं और लाल रंग से चिह्नित होती हैं।</translation>
    </message>
    <message>
        <source>Legacy chats are off: only encrypted chats.</source>
        <translation>पुरानी चैट बंद हैं: केवल एन्क्रिप्टेड चैट।</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>My &amp;Identity…</source>
        <translation>मेरी पहचान (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;About ChatBuddy</source>
        <translation>ChatBuddy के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
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
        <translation>यह आप हैं! चैट के लिए किसी और को चुनें।</translation>
    </message>
    <message>
        <source>Select someone in the list first.</source>
        <translation>पहले सूची में किसी को चुनें।</translation>
    </message>
    <message>
        <source>%1 stopped asking to chat.</source>
        <translation>%1 ने चैट का अनुरोध वापस ले लिया।</translation>
    </message>
    <message>
        <source>The key of %1 was forgotten; the next connection pins the key it shows.</source>
        <translation>%1 की कुंजी भुला दी गई; अगला कनेक्शन उस समय दिखाई गई कुंजी सहेजेगा।</translation>
    </message>
    <message>
        <source>About ChatBuddy</source>
        <translation>ChatBuddy के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChatBuddy %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ChatBuddy %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Chat directly with people on your local network.&lt;/p&gt;&lt;p&gt;A small hub knows who is online; your messages go straight to your friend over an encrypted connection (TLS 1.3) and never through the hub. Every person has a key, and ChatBuddy checks it for you.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;अपने स्थानीय नेटवर्क के लोगों से सीधे चैट करें।&lt;/p&gt;&lt;p&gt;एक छोटा हब जानता है कि कौन ऑनलाइन है; आपके संदेश एन्क्रिप्टेड कनेक्शन (TLS 1.3) से सीधे आपके मित्र तक जाते हैं और कभी हब से होकर नहीं। हर व्यक्ति की एक कुंजी होती है, और ChatBuddy आपके लिए उसे जाँचता है।&lt;/p&gt;&lt;p&gt;GNU जनरल पब्लिक लाइसेंस, संस्करण 3 या बाद के अंतर्गत लाइसेंस प्राप्त।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Next Chat</source>
        <translation>अगली चैट (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Chat</source>
        <translation>पिछली चैट (&amp;P)</translation>
    </message>
    <message>
        <source>ChatBuddy is still running</source>
        <translation>ChatBuddy अभी भी चल रहा है</translation>
    </message>
    <message>
        <source>Chats and requests still reach you. Quit from the tray icon&apos;s menu.</source>
        <translation>चैट और अनुरोध आप तक पहुँचते रहेंगे। ट्रे आइकन के मेनू से बाहर निकलें।</translation>
    </message>
    <message>
        <source>Port %1 is taken; friends reach you at port %2 now.</source>
        <translation>पोर्ट %1 उपयोग में है; मित्र अब पोर्ट %2 पर आपसे संपर्क करेंगे।</translation>
    </message>
    <message>
        <source>Friends reach you at port %1 now.</source>
        <translation>मित्र अब पोर्ट %1 पर आपसे संपर्क करेंगे।</translation>
    </message>
    <message>
        <source>Hub &amp;Key…</source>
        <translation>हब कुंजी (&amp;K)…</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>&amp;Save Conversation As…</source>
        <translation>बातचीत इस रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <source>Clea&amp;r Conversation…</source>
        <translation>बातचीत साफ़ करें (&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>संपादन (&amp;D)</translation>
    </message>
    <message>
        <source>Find in &amp;History…</source>
        <translation>इतिहास में खोजें (&amp;H)…</translation>
    </message>
    <message>
        <source>Find in &amp;Conversation</source>
        <translation>बातचीत में खोजें (&amp;C)</translation>
    </message>
    <message>
        <source>Your chat history is saved again.</source>
        <translation>आपका चैट इतिहास फिर से सहेजा जा रहा है।</translation>
    </message>
    <message>
        <source>Chat History</source>
        <translation>चैट इतिहास</translation>
    </message>
    <message>
        <source>Open a conversation first.</source>
        <translation>पहले कोई बातचीत खोलें।</translation>
    </message>
    <message>
        <source>That message is no longer in your history.</source>
        <translation>वह संदेश अब आपके इतिहास में नहीं है।</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>%1 के साथ बातचीत</translation>
    </message>
    <message>
        <source>Save Conversation As</source>
        <translation>बातचीत इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>वेब पेज (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>सादा पाठ (*.txt)</translation>
    </message>
    <message>
        <source>Saved the conversation as %1.</source>
        <translation>बातचीत %1 के रूप में सहेजी गई।</translation>
    </message>
    <message>
        <source>Clear Conversation</source>
        <translation>बातचीत साफ़ करें</translation>
    </message>
    <message>
        <source>Delete your whole conversation with %1 from this computer? This cannot be undone.</source>
        <translation>%1 के साथ अपनी पूरी बातचीत इस कंप्यूटर से मिटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation</source>
        <translation>बातचीत मिटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Remove from Contacts</source>
        <translation>संपर्कों से हटाएँ</translation>
    </message>
    <message>
        <source>Remove %1 from your people list? They come back if you chat again.</source>
        <translation>%1 को अपनी लोगों की सूची से हटाएँ? फिर से चैट करने पर वे वापस आ जाएँगे।</translation>
    </message>
    <message>
        <source>Also delete the conversation</source>
        <translation>बातचीत भी मिटाएँ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Sen&amp;d File…</source>
        <translation>फ़ाइल भेजें (&amp;D)…</translation>
    </message>
    <message>
        <source>Check My &amp;Connection…</source>
        <translation>मेरा कनेक्शन जाँचें… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Host a Hub on This Computer</source>
        <translation>इस कंप्यूटर पर हब चलाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>Run a hub inside ChatBuddy, announced on your network, for people who have no server; it stops when you quit.</source>
        <translation>ChatBuddy के अंदर हब चलाएँ, आपके नेटवर्क पर घोषित, उनके लिए जिनके पास सर्वर नहीं है; बंद करने पर यह रुक जाता है।</translation>
    </message>
    <message>
        <source>Host a Hub</source>
        <translation>हब चलाएँ</translation>
    </message>
    <message>
        <source>The hub could not start: %1</source>
        <translation>हब शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Your hub runs at %1:%2; others on your network find it in their list. Its key: %3</source>
        <translation>आपका हब %1:%2 पर चल रहा है; आपके नेटवर्क के दूसरे लोग उसे अपनी सूची में पाते हैं। उसकी कुंजी: %3</translation>
    </message>
    <message>
        <source>Others use your hub</source>
        <translation>दूसरे आपका हब इस्तेमाल कर रहे हैं</translation>
    </message>
    <message numerus="yes">
        <source>%n other people are logged in to the hub this computer runs. If it stops, they are told and lose the hub (chats already open go on).</source>
        <translation>
            <numerusform>इस कंप्यूटर पर चल रहे हब में %n दूसरा व्यक्ति लॉग इन है। हब रुकने पर उसे बताया जाएगा और हब छूट जाएगा (पहले से खुली चैट चलती रहेंगी)।</numerusform>
            <numerusform>इस कंप्यूटर पर चल रहे हब में %n दूसरे लोग लॉग इन हैं। हब रुकने पर उन्हें बताया जाएगा और हब छूट जाएगा (पहले से खुली चैट चलती रहेंगी)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Delivered ✓</source>
        <translation>पहुँच गया ✓</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>नहीं पहुँचा</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>Read ✓✓</source>
        <translation>पढ़ा गया ✓✓</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::MessageView</name>
    <message>
        <source>Messages</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::Notifier</name>
    <message>
        <source>Someone at %1</source>
        <translation>%1 पर कोई</translation>
    </message>
    <message>
        <source>Do &amp;Not Disturb</source>
        <translation>परेशान न करें (&amp;N)</translation>
    </message>
    <message>
        <source>No desktop notifications; unread messages are still counted</source>
        <translation>कोई डेस्कटॉप सूचना नहीं; अपठित संदेश फिर भी गिने जाते हैं</translation>
    </message>
    <message>
        <source>&amp;Show ChatBuddy</source>
        <translation>ChatBuddy दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>%1 का संदेश</translation>
    </message>
    <message>
        <source>%1 wants to chat</source>
        <translation>%1 चैट करना चाहते हैं</translation>
    </message>
    <message>
        <source>Not encrypted: they use the original plain-text ChatBuddy.</source>
        <translation>एन्क्रिप्ट नहीं: वे मूल सादे पाठ वाला ChatBuddy उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>Open ChatBuddy to accept or decline.</source>
        <translation>स्वीकारने या अस्वीकारने के लिए ChatBuddy खोलें।</translation>
    </message>
    <message>
        <source>ChatBuddy</source>
        <translation>ChatBuddy</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n अपठित संदेश</numerusform>
            <numerusform>%n अपठित संदेश</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>&apos;परेशान न करें&apos; चालू है</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::SecurityBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss the security warning</source>
        <translation>सुरक्षा चेतावनी हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n security warnings; the latest:</source>
        <translation>
            <numerusform>%n सुरक्षा चेतावनी; सबसे नई:</numerusform>
            <numerusform>%n सुरक्षा चेतावनियाँ; सबसे नई:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::SettingsDialog</name>
    <message>
        <source>ChatBuddy — Settings</source>
        <translation>ChatBuddy — सेटिंग्स</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>हब</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>हब का पता</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.2</source>
        <translation>जैसे 192.168.1.2</translation>
    </message>
    <message>
        <source>Hub port</source>
        <translation>हब पोर्ट</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>पोर्ट (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Reconnect to this hub now</source>
        <translation>अभी इस हब से फिर से कनेक्ट करें (&amp;R)</translation>
    </message>
    <message>
        <source>Otherwise the new hub is used at the next login</source>
        <translation>अन्यथा नया हब अगले लॉग इन पर उपयोग होगा</translation>
    </message>
    <message>
        <source>Used for the next login, or now if you reconnect.</source>
        <translation>अगले लॉग इन पर उपयोग होगा, या अभी अगर आप फिर से कनेक्ट करें।</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>A&amp;utomatic (%1 if free)</source>
        <translation>स्वचालित (%1 अगर खाली हो) (&amp;U)</translation>
    </message>
    <message>
        <source>Chat port automatic</source>
        <translation>चैट पोर्ट स्वचालित</translation>
    </message>
    <message>
        <source>&amp;Fixed:</source>
        <translation>निश्चित (&amp;F):</translation>
    </message>
    <message>
        <source>Fixed chat port</source>
        <translation>निश्चित चैट पोर्ट</translation>
    </message>
    <message>
        <source>Chat port number</source>
        <translation>चैट पोर्ट संख्या</translation>
    </message>
    <message>
        <source>Chat port:</source>
        <translation>चैट पोर्ट:</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted legacy chats</source>
        <translation>बिना एन्क्रिप्शन वाली पुरानी चैट की अनुमति दें (&amp;U)</translation>
    </message>
    <message>
        <source>Chats with the original plain-text ChatBuddy are not encrypted: anyone on your network can read them.</source>
        <translation>मूल सादे पाठ वाले ChatBuddy के साथ चैट एन्क्रिप्ट नहीं होतीं: आपके नेटवर्क पर कोई भी उन्हें पढ़ सकता है।</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>डेस्कटॉप सूचनाएँ दिखाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>For chat requests and for messages in chats you are not looking at</source>
        <translation>चैट अनुरोधों और उन चैट के संदेशों के लिए जिन्हें आप नहीं देख रहे</translation>
    </message>
    <message>
        <source>Do &amp;not disturb</source>
        <translation>परेशान न करें (&amp;N)</translation>
    </message>
    <message>
        <source>No notifications for now; unread messages are still counted</source>
        <translation>अभी कोई सूचना नहीं; अपठित संदेश फिर भी गिने जाते हैं</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>विंडो बंद होने पर ट्रे में चलते रहें (&amp;K)</translation>
    </message>
    <message>
        <source>This desktop has no system tray right now: closing the window quits.</source>
        <translation>इस डेस्कटॉप में अभी सिस्टम ट्रे नहीं है: विंडो बंद करने से ChatBuddy बंद हो जाएगा।</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Takes effect the next time ChatBuddy starts.</source>
        <translation>अगली बार ChatBuddy शुरू होने पर लागू होगा।</translation>
    </message>
    <message>
        <source>Friends reach you at port %1 now.</source>
        <translation>मित्र अब पोर्ट %1 पर आपसे संपर्क करेंगे।</translation>
    </message>
    <message>
        <source>ChatBuddy is not accepting chats now.</source>
        <translation>ChatBuddy अभी चैट स्वीकार नहीं कर रहा है।</translation>
    </message>
    <message>
        <source>A new port takes effect at once; ChatBuddy reconnects to the hub to tell it.</source>
        <translation>नया पोर्ट तुरंत लागू होता है; ChatBuddy हब को बताने के लिए फिर से कनेक्ट होता है।</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Keep chat &amp;history on this computer</source>
        <translation>इस कंप्यूटर पर चैट इतिहास रखें (&amp;H)</translation>
    </message>
    <message>
        <source>Conversations and contacts stay after a chat ends and after ChatBuddy quits</source>
        <translation>चैट समाप्त होने और ChatBuddy बंद होने के बाद भी बातचीत और संपर्क बने रहते हैं</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>इतिहास रखने की अवधि</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>हमेशा</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 साल</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 दिन</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 दिन</translation>
    </message>
    <message>
        <source>Kee&amp;p for:</source>
        <translation>रखने की अवधि (&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;lear All History…</source>
        <translation>सारा इतिहास साफ़ करें (&amp;L)…</translation>
    </message>
    <message>
        <source>Clear All History</source>
        <translation>सारा इतिहास साफ़ करें</translation>
    </message>
    <message>
        <source>Delete every conversation kept on this computer? Your contacts stay. This cannot be undone.</source>
        <translation>इस कंप्यूटर पर रखी गई सारी बातचीत मिटाएँ? आपके संपर्क बने रहेंगे। इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>&amp;Delete All Conversations</source>
        <translation>सारी बातचीत मिटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Every conversation was deleted.</source>
        <translation>सारी बातचीत मिटा दी गई।</translation>
    </message>
    <message>
        <source>New chats are not kept. What is kept already stays until you clear it.</source>
        <translation>नई चैट नहीं रखी जातीं। जो पहले से रखा है, वह तब तक रहेगा जब तक आप उसे साफ़ नहीं करते।</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>गोपनीयता</translation>
    </message>
    <message>
        <source>Others see when you are typing, and you see when they are. Turning it off takes effect at once; turning it on, in chats started afterwards.</source>
        <translation>दूसरे देखते हैं कि आप कब टाइप कर रहे हैं, और आप देखते हैं कि वे कब टाइप कर रहे हैं। बंद करना तुरंत लागू होता है; चालू करना बाद में शुरू हुई चैट में।</translation>
    </message>
    <message>
        <source>Others see when you have read their messages, and you see when they have read yours. Turning it off takes effect at once; turning it on, in chats started afterwards.</source>
        <translation>दूसरे देखते हैं कि आपने उनके संदेश कब पढ़े, और आप देखते हैं कि उन्होंने आपके संदेश कब पढ़े। बंद करना तुरंत लागू होता है; चालू करना बाद में शुरू हुई चैट में।</translation>
    </message>
    <message>
        <source>&amp;Send typing notices</source>
        <translation>टाइपिंग की सूचना भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Send read r&amp;eceipts</source>
        <translation>पढ़ने की रसीदें भेजें (&amp;E)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें (&amp;B)…</translation>
    </message>
    <message>
        <source>Save Received Files In</source>
        <translation>प्राप्त फ़ाइलें यहाँ सहेजें</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>यहाँ सहेजें (&amp;I):</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>Always ask</source>
        <translation>हमेशा पूछें</translation>
    </message>
    <message>
        <source>Save &amp;without asking:</source>
        <translation>बिना पूछे सहेजें (&amp;W):</translation>
    </message>
    <message>
        <source>Files from verified contacts up to “Save without asking” are saved at once. Files over “Largest file” are declined, and the sender is told.</source>
        <translation>सत्यापित संपर्कों की “बिना पूछे सहेजें” तक की फ़ाइलें तुरंत सहेज ली जाती हैं। “सबसे बड़ी फ़ाइल” से बड़ी फ़ाइलें अस्वीकार कर दी जाती हैं, और भेजने वाले को बता दिया जाता है।</translation>
    </message>
    <message>
        <source>Lar&amp;gest file:</source>
        <translation>सबसे बड़ी फ़ाइल (&amp;G):</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::TransferStatus</name>
    <message numerus="yes">
        <source>%n file(s): %1 %</source>
        <translation>
            <numerusform>%n फ़ाइल: %1%</numerusform>
            <numerusform>%n फ़ाइलें: %1%</numerusform>
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
            <numerusform>%n सेकंड बाकी</numerusform>
            <numerusform>%n सेकंड बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n मिनट बाकी</numerusform>
            <numerusform>%n मिनट बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>%n घंटा बाकी</numerusform>
            <numerusform>%n घंटे बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s · %2</source>
        <translation>%1/s · %2</translation>
    </message>
    <message>
        <source>Show the picture full size</source>
        <translation>चित्र पूरे आकार में दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>इस रूप में सहेजें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>अस्वीकारें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>फ़ोल्डर में दिखाएँ (&amp;F)</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>दूसरे व्यक्ति</translation>
    </message>
    <message>
        <source>Waiting for %1 to be online; it goes when you both are.</source>
        <translation>%1 के ऑनलाइन होने की प्रतीक्षा; आप दोनों के ऑनलाइन होने पर फ़ाइल भेजी जाएगी।</translation>
    </message>
    <message>
        <source>Stopped; it goes on when %1 is back.</source>
        <translation>रुका हुआ है; %1 के लौटने पर स्थानांतरण जारी रहेगा।</translation>
    </message>
    <message>
        <source>%1 is away; you can answer now and it comes when they are back.</source>
        <translation>%1 अभी मौजूद नहीं हैं; आप अभी जवाब दे सकते हैं, फ़ाइल उनके लौटने पर आएगी।</translation>
    </message>
    <message>
        <source>This file is no longer available here.</source>
        <translation>यह फ़ाइल अब यहाँ उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>%1 · Waiting for %2 to accept…</source>
        <translation>%1 · %2 के स्वीकार करने की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>%1 · %2 wants to send you this file.</source>
        <translation>%1 · %2 आपको यह फ़ाइल भेजना चाहते हैं।</translation>
    </message>
    <message>
        <source>%1 · Starting…</source>
        <translation>%1 · शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Sent: %2 has it.</source>
        <translation>%1 · भेज दी गई: %2 को मिल गई।</translation>
    </message>
    <message>
        <source>%1 · Saved in %2</source>
        <translation>%1 · %2 में सहेजी गई</translation>
    </message>
    <message>
        <source>%1 · %2 declined it.</source>
        <translation>%1 · %2 ने इसे अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>%1 · Cancelled. %2</source>
        <translation>%1 · रद्द कर दी गई। %2</translation>
    </message>
    <message>
        <source>%1 · Not transferred: %2</source>
        <translation>%1 · स्थानांतरित नहीं हुई: %2</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>फ़ाइल सहेजें</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::TrustBanners</name>
    <message>
        <source>Accept &amp;key</source>
        <translation>कुंजी स्वीकारें (&amp;K)</translation>
    </message>
    <message>
        <source>Someone may be pretending to be them, or they set up ChatBuddy again. Nothing is sent until you accept the new key: ask them in person or on a call, and compare the safety number (Verify…).</source>
        <translation>हो सकता है कोई उनका रूप धरकर आया हो, या उन्होंने ChatBuddy फिर से सेट किया हो। जब तक आप नई कुंजी स्वीकार नहीं करते, कुछ नहीं भेजा जाएगा: उनसे मिलकर या कॉल पर पूछें और सुरक्षा संख्या मिलाएँ (सत्यापित करें…)।</translation>
    </message>
    <message>
        <source>Key before</source>
        <translation>पहले की कुंजी</translation>
    </message>
    <message>
        <source>Key now</source>
        <translation>अभी की कुंजी</translation>
    </message>
    <message>
        <source>Key before:</source>
        <translation>पहले की कुंजी:</translation>
    </message>
    <message>
        <source>Key now:</source>
        <translation>अभी की कुंजी:</translation>
    </message>
    <message>
        <source>E&amp;nd chat</source>
        <translation>चैट समाप्त करें (&amp;N)</translation>
    </message>
    <message>
        <source>End the chat</source>
        <translation>चैट समाप्त करें</translation>
    </message>
    <message>
        <source>%1&apos;s key changed — this may be an attack.</source>
        <translation>%1 की कुंजी बदल गई है — यह हमला हो सकता है।</translation>
    </message>
    <message>
        <source>Accept new &amp;key</source>
        <translation>नई कुंजी स्वीकारें (&amp;K)</translation>
    </message>
    <message>
        <source>Accept %1&apos;s new key</source>
        <translation>%1 की नई कुंजी स्वीकारें</translation>
    </message>
    <message>
        <source>Only if %1 confirms the new key (compare the safety number)</source>
        <translation>केवल तभी जब %1 नई कुंजी की पुष्टि करें (सुरक्षा संख्या मिलाएँ)</translation>
    </message>
    <message>
        <source>The hub does not know the name %1, so nobody has confirmed that this key belongs to them.</source>
        <translation>हब %1 नाम को नहीं जानता, इसलिए किसी ने पुष्टि नहीं की है कि यह कुंजी उनकी है।</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1, so nobody has confirmed that this key belongs to them.</source>
        <translation>आपके हब से %1 के बारे में नहीं पूछा जा सका, इसलिए किसी ने पुष्टि नहीं की है कि यह कुंजी उनकी है।</translation>
    </message>
    <message>
        <source>You opened this chat by address, so nobody has confirmed that this key belongs to %1.</source>
        <translation>आपने यह चैट पते से खोली, इसलिए किसी ने पुष्टि नहीं की है कि यह कुंजी %1 की है।</translation>
    </message>
    <message>
        <source>Compare the safety number with them (Verify…), then accept the key: ChatBuddy remembers it and warns you if it ever changes.</source>
        <translation>उनके साथ सुरक्षा संख्या मिलाएँ (सत्यापित करें…), फिर कुंजी स्वीकारें: ChatBuddy इसे याद रखता है और कभी बदलने पर आपको चेतावनी देता है।</translation>
    </message>
    <message>
        <source>%1&apos;s key fingerprint</source>
        <translation>%1 की कुंजी का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Accept %1&apos;s key</source>
        <translation>%1 की कुंजी स्वीकारें</translation>
    </message>
    <message>
        <source>Remember this key for %1</source>
        <translation>%1 के लिए यह कुंजी याद रखें</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::UserDelegate</name>
    <message>
        <source>(you)</source>
        <translation>(आप)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Last seen today at %1</source>
        <translation>अंतिम बार ऑनलाइन: आज %1</translation>
    </message>
    <message>
        <source>Last seen yesterday at %1</source>
        <translation>अंतिम बार ऑनलाइन: कल %1</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>अंतिम बार ऑनलाइन: %1</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::UsersPanel</name>
    <message>
        <source>Filter people by name</source>
        <translation>नाम से लोगों को छाँटें</translation>
    </message>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation>व्यक्ति खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>चैट (&amp;C)</translation>
    </message>
    <message>
        <source>Chat with the selected person</source>
        <translation>चुने गए व्यक्ति से चैट करें</translation>
    </message>
    <message>
        <source>Connect by &amp;address…</source>
        <translation>पते से कनेक्ट करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Connect to a friend by IP address</source>
        <translation>IP पते से किसी मित्र से कनेक्ट करें</translation>
    </message>
    <message>
        <source>Chat with someone by IP address and port, even if they are not on the hub</source>
        <translation>IP पते और पोर्ट से किसी से चैट करें, भले ही वे हब पर न हों</translation>
    </message>
    <message>
        <source>Select someone in the list first.</source>
        <translation>पहले सूची में किसी को चुनें।</translation>
    </message>
    <message>
        <source>That&apos;s you! Pick someone else to chat with.</source>
        <translation>यह आप हैं! चैट के लिए किसी और को चुनें।</translation>
    </message>
    <message>
        <source>Chat with %1 (or double-click them)</source>
        <translation>%1 से चैट करें (या उन पर डबल-क्लिक करें)</translation>
    </message>
    <message>
        <source>Select someone in the list to chat with</source>
        <translation>चैट के लिए सूची में किसी को चुनें</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln online</source>
        <translation>
            <numerusform>%Ln में से %1 ऑनलाइन</numerusform>
            <numerusform>%Ln में से %1 ऑनलाइन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln online</source>
        <translation>
            <numerusform>%Ln ऑनलाइन</numerusform>
            <numerusform>%Ln ऑनलाइन</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody online matches &quot;%1&quot;.</source>
        <translation>कोई ऑनलाइन व्यक्ति &quot;%1&quot; से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Nobody else is here yet. Friends who log in to this hub appear here.</source>
        <translation>अभी यहाँ और कोई नहीं है। इस हब पर लॉग इन करने वाले मित्र यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <source>People</source>
        <translation>लोग</translation>
    </message>
    <message>
        <source>&amp;Chat with %1</source>
        <translation>%1 से चैट करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>बातचीत खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove from Contacts…</source>
        <translation>संपर्कों से हटाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>Offline: open your conversation (or double-click them)</source>
        <translation>ऑफ़लाइन: अपनी बातचीत खोलें (या उन पर डबल-क्लिक करें)</translation>
    </message>
    <message>
        <source>Not connected to the hub, so nobody shows as online. You can still read your conversations and connect to a friend by address.</source>
        <translation>हब से कनेक्ट नहीं है, इसलिए कोई ऑनलाइन नहीं दिखता। आप फिर भी अपनी बातचीत पढ़ सकते हैं और पते से किसी मित्र से कनेक्ट कर सकते हैं।</translation>
    </message>
    <message>
        <source>Showing %1 of %2 people who match. Type more of the name to find the one you want.</source>
        <translation>मेल खाने वाले %2 लोगों में से %1 दिखाए जा रहे हैं। जिसे ढूँढ रहे हैं उसे पाने के लिए नाम का और हिस्सा लिखें।</translation>
    </message>
    <message>
        <source>Many people are on this hub, so the list shows your contacts. Type a name to find anyone else.</source>
        <translation>इस हब पर बहुत लोग हैं, इसलिए सूची में आपके संपर्क दिखते हैं। किसी और को ढूँढने के लिए नाम लिखें।</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::VerifyDialog</name>
    <message>
        <source>Safety number</source>
        <translation>सुरक्षा संख्या</translation>
    </message>
    <message>
        <source>Your key fingerprint</source>
        <translation>आपकी कुंजी का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>आपकी कुंजी:</translation>
    </message>
    <message>
        <source>&amp;Mark as verified</source>
        <translation>सत्यापित चिह्नित करें (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>संख्या कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the safety number</source>
        <translation>सुरक्षा संख्या कॉपी करें</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी हो गया ✓</translation>
    </message>
    <message>
        <source>your friend</source>
        <translation>आपका मित्र</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 को सत्यापित करें</translation>
    </message>
    <message>
        <source>Compare this number with %1 in person or on a call; if it matches on both screens, mark %1 as verified. Nobody else can make both of your screens show the same number.</source>
        <translation>यह संख्या %1 के साथ मिलकर या कॉल पर मिलाएँ; अगर दोनों स्क्रीन पर यह एक जैसी है, तो %1 को सत्यापित चिह्नित करें। कोई और आप दोनों की स्क्रीन पर एक ही संख्या नहीं दिखा सकता।</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(अभी ज्ञात नहीं)</translation>
    </message>
    <message>
        <source>%1&apos;s key:</source>
        <translation>%1 की कुंजी:</translation>
    </message>
    <message>
        <source>%1&apos;s key fingerprint</source>
        <translation>%1 की कुंजी का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Mark as &amp;not verified</source>
        <translation>असत्यापित चिह्नित करें (&amp;N)</translation>
    </message>
    <message>
        <source>Take back the verified mark for %1</source>
        <translation>%1 के लिए सत्यापित चिह्न हटाएँ</translation>
    </message>
    <message>
        <source>Accept new key and mark as &amp;verified</source>
        <translation>नई कुंजी स्वीकारें और सत्यापित चिह्नित करें (&amp;V)</translation>
    </message>
    <message>
        <source>The numbers match: trust %1&apos;s new key</source>
        <translation>संख्याएँ मेल खाती हैं: %1 की नई कुंजी पर भरोसा करें</translation>
    </message>
    <message>
        <source>The numbers match: remember %1 as verified</source>
        <translation>संख्याएँ मेल खाती हैं: %1 को सत्यापित के रूप में याद रखें</translation>
    </message>
</context>
<context>
    <name>chatbuddy::ui::security::TrustPresentation</name>
    <message>
        <source>The hub does not know the name %1, so nobody vouches for this key.</source>
        <translation>हब %1 नाम को नहीं जानता, इसलिए कोई भी इस कुंजी की पुष्टि नहीं करता।</translation>
    </message>
    <message>
        <source>Your hub could not be asked about %1&apos;s key, so nobody vouches for it.</source>
        <translation>आपके हब से %1 की कुंजी के बारे में नहीं पूछा जा सका, इसलिए कोई भी उसकी पुष्टि नहीं करता।</translation>
    </message>
    <message>
        <source>You opened this chat by address, so nobody vouches for this key.</source>
        <translation>आपने यह चैट पते से खोली, इसलिए कोई भी इस कुंजी की पुष्टि नहीं करता।</translation>
    </message>
    <message>
        <source>Waiting for the other side to say who they are…</source>
        <translation>दूसरी ओर के अपनी पहचान बताने की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ सत्यापित</translation>
    </message>
    <message>
        <source>You compared the safety number with %1 for this key.</source>
        <translation>आपने इस कुंजी के लिए %1 के साथ सुरक्षा संख्या मिलाई है।</translation>
    </message>
    <message>
        <source>⚠ Key changed</source>
        <translation>⚠ कुंजी बदली</translation>
    </message>
    <message>
        <source>%1&apos;s key is not the one you chatted with before. Accept the new key only if the safety number matches on both screens.</source>
        <translation>%1 की कुंजी वह नहीं है जिसके साथ आपने पहले चैट की थी। नई कुंजी तभी स्वीकारें जब दोनों स्क्रीन पर सुरक्षा संख्या एक जैसी हो।</translation>
    </message>
    <message>
        <source>Key confirmed by the hub</source>
        <translation>हब द्वारा पुष्ट कुंजी</translation>
    </message>
    <message>
        <source>The hub has this key on record for the name %1. To be sure it is really them, compare the safety number (Verify…).</source>
        <translation>हब के रिकॉर्ड में यह कुंजी %1 नाम के लिए दर्ज है। यह पक्का करने के लिए कि यह वाकई वही हैं, सुरक्षा संख्या मिलाएँ (सत्यापित करें…)।</translation>
    </message>
    <message>
        <source>⚠ Not verified</source>
        <translation>⚠ सत्यापित नहीं</translation>
    </message>
    <message>
        <source>Compare the safety number with %1 to be sure.</source>
        <translation>पक्का करने के लिए %1 के साथ सुरक्षा संख्या मिलाएँ।</translation>
    </message>
    <message>
        <source>You verified %1 by comparing the safety number.</source>
        <translation>आपने सुरक्षा संख्या मिलाकर %1 को सत्यापित किया।</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>एन्क्रिप्ट नहीं</translation>
    </message>
    <message>
        <source>%1 uses the original plain-text ChatBuddy: chats with them are not encrypted.</source>
        <translation>%1 मूल सादे पाठ वाला ChatBuddy उपयोग करते हैं: उनके साथ चैट एन्क्रिप्ट नहीं होतीं।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>अज्ञात भाषा &quot;%1&quot;: इनमें से एक का उपयोग करें: %2।</translation>
    </message>
    <message>
        <source>cannot load the translation for &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; के लिए अनुवाद लोड नहीं हो सकता।</translation>
    </message>
    <message>
        <source>ChatBuddy: secure peer-to-peer chat on your network.</source>
        <translation>ChatBuddy: आपके नेटवर्क पर सुरक्षित पीयर-टू-पीयर चैट।</translation>
    </message>
    <message>
        <source>The hub to log in to (default: as last time, or 127.0.0.1:%1).</source>
        <translation>लॉग इन के लिए हब (डिफ़ॉल्ट: पिछली बार वाला, या 127.0.0.1:%1)।</translation>
    </message>
    <message>
        <source>Use the profile NAME (its own key and settings), so several people can use ChatBuddy on one computer.</source>
        <translation>प्रोफ़ाइल NAME का उपयोग करें (उसकी अपनी कुंजी और सेटिंग्स), ताकि कई लोग एक कंप्यूटर पर ChatBuddy उपयोग कर सकें।</translation>
    </message>
    <message>
        <source>Pre-fill the user name.</source>
        <translation>उपयोगकर्ता नाम पहले से भरें।</translation>
    </message>
    <message>
        <source>Log in at once with the pre-filled name and hub.</source>
        <translation>पहले से भरे नाम और हब से तुरंत लॉग इन करें।</translation>
    </message>
    <message>
        <source>Show ChatBuddy in LANGUAGE (%1) instead of the system&apos;s language.</source>
        <translation>ChatBuddy को सिस्टम की भाषा के बजाय LANGUAGE (%1) में दिखाएँ।</translation>
    </message>
    <message>
        <source>--hub wants HOST:PORT with a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--hub को 1 से 65535 तक के पोर्ट के साथ HOST:PORT चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; मान्य प्रोफ़ाइल नाम नहीं है: 1 से 32 अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos; का उपयोग करें।</translation>
    </message>
    <message>
        <source>cannot open the profile: %1</source>
        <translation>प्रोफ़ाइल नहीं खुल सकी: %1</translation>
    </message>
    <message>
        <source>cannot accept chats: %1</source>
        <translation>चैट स्वीकार नहीं हो सकतीं: %1</translation>
    </message>
    <message>
        <source>Do not look for hubs on the local network.</source>
        <translation>स्थानीय नेटवर्क पर हब न खोजें।</translation>
    </message>
    <message>
        <source>UDP port where hubs announce themselves (default %1).</source>
        <translation>UDP पोर्ट जिस पर हब अपनी घोषणा करते हैं (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>Look for hubs at this address only, such as 127.255.255.255 for this computer (repeatable; default: every network&apos;s broadcast address).</source>
        <translation>सिर्फ़ इसी पते पर हब खोजें, जैसे इस कंप्यूटर के लिए 127.255.255.255 (कई बार दिया जा सकता है; डिफ़ॉल्ट: हर नेटवर्क का ब्रॉडकास्ट पता)।</translation>
    </message>
    <message>
        <source>--discovery-port wants a port from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--discovery-port को 1 से 65535 तक का पोर्ट चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--discovery-address wants an IPv4 address such as 192.168.1.255, not &quot;%1&quot;.</source>
        <translation>--discovery-address को 192.168.1.255 जैसा IPv4 पता चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>Place the main window here instead of where it was last time, e.g. 640x560+0+0.</source>
        <translation>मुख्य विंडो को पिछली बार वाली जगह के बजाय यहाँ रखें, जैसे 640x560+0+0।</translation>
    </message>
    <message>
        <source>--window-geometry wants WIDTHxHEIGHT+X+Y such as 640x560+0+0, not &quot;%1&quot;.</source>
        <translation>--window-geometry को 640x560+0+0 जैसा WIDTHxHEIGHT+X+Y चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
</context>
</TS>
