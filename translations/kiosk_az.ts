<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>ApologyScreen</name>
    <message>
        <source>We are sorry, something went wrong.</source>
        <translation>Bağışlayın, xəta baş verdi.</translation>
    </message>
    <message>
        <source>What you entered has been cleared for your privacy. Anything you already sent is safe. Please start over, or ask a member of staff for help.</source>
        <translation>Məlumatlarınızın qorunması üçün daxil etdikləriniz silindi. Artıq göndərdiyiniz müraciətlər qorunub saxlanılır. Yenidən başlayın və ya əməkdaşdan kömək istəyin.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Yenidən başla</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>Back office</source>
        <translation>Bek-ofis</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>İş növbəsi</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Göstəricilər</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kiosklar</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>İstifadəçilər</translation>
    </message>
    <message>
        <source>Kiosk tokens</source>
        <translation>Kiosk tokenləri</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Daxil ol</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Şifrə</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password. After 5 failed attempts the account is locked for 15 minutes.</source>
        <translation>Daxil olmaq alınmadı. İstifadəçi adını və şifrəni yoxlayın. 5 uğursuz cəhddən sonra hesab 15 dəqiqəlik bağlanır.</translation>
    </message>
    <message>
        <source>This page is for supervisors only.</source>
        <translation>Bu səhifə yalnız rəhbərlər üçündür.</translation>
    </message>
    <message>
        <source>This form has expired. Open the page again and repeat the action.</source>
        <translation>Bu formanın vaxtı bitib. Səhifəni yenidən açın və əməliyyatı təkrarlayın.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Server məşğuldur. Bir azdan yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <source>Open (not final)</source>
        <translation>Açıq (yekun olmayan)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göstər</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Gözləmə günləri</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hədəf</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>hədəfdən artıq</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>İzləmə kodu</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Göstəriləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Cavablar</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Şəkillər</translation>
    </message>
    <message>
        <source>Waiting for the photo</source>
        <translation>Foto gözlənilir</translation>
    </message>
    <message>
        <source>Fee quoted</source>
        <translation>Hesablanmış haqq</translation>
    </message>
    <message>
        <source>Tariff schedule</source>
        <translation>Tarif qərarı</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <source>By</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Keçir</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>İmtina et</translation>
    </message>
    <message>
        <source>Note for staff (the applicant does not see it)</source>
        <translation>İşçilər üçün qeyd (müraciətçi görmür)</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status dəyişdirildi.</translation>
    </message>
    <message>
        <source>Someone else moved this application meanwhile. Its current status is shown below: check it and decide again.</source>
        <translation>Bu arada başqa işçi bu müraciətin statusunu dəyişib. Cari status aşağıda göstərilir: yoxlayın və yenidən qərar verin.</translation>
    </message>
    <message>
        <source>This move is not allowed from the current status.</source>
        <translation>Cari statusdan bu keçidə icazə verilmir.</translation>
    </message>
    <message>
        <source>Choose the reason of the rejection.</source>
        <translation>İmtinanın səbəbini seçin.</translation>
    </message>
    <message>
        <source>This application is in a final status.</source>
        <translation>Bu müraciət yekun statusdadır.</translation>
    </message>
    <message>
        <source>Application not found.</source>
        <translation>Müraciət tapılmadı.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Cəhdlər</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>Messages to applicants, newest first. In development nothing leaves the server: this list shows what would have been sent.</source>
        <translation>Müraciətçilərə mesajlar, ən yenisi əvvəldə. Sınaq mühitində heç nə göndərilmir: bu siyahı nəyin göndəriləcəyini göstərir.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Rəhbər</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiv edilib</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bağlanıb</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Adı, soyadı</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>İstifadəçi əlavə et</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivləşdir</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiv et</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Yeni şifrə</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Şifrəni təyin et</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Yadda saxlanıldı.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Bitmə vaxtı</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Hələ mövcud deyil.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Göndərilməyi gözləyir</translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation>Ən köhnəsi gözləyir (vaxt)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Son göndərmə</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Son siqnal</translation>
    </message>
    <message>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Diqqət tələb edir</translation>
    </message>
    <message>
        <source>All well</source>
        <translation>Qaydasındadır</translation>
    </message>
    <message>
        <source>working</source>
        <translation>işləyir</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>kağız bitib</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>nasazlıq</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>hələ istifadə olunmayıb</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Şifrə ən azı 10 simvoldan ibarət olmalıdır.</translation>
    </message>
    <message>
        <source>This password cannot be used.</source>
        <translation>Bu şifrədən istifadə etmək olmaz.</translation>
    </message>
    <message>
        <source>User name: 2 to 64 small Latin letters, digits, dots, dashes or underscores.</source>
        <translation>İstifadəçi adı: 2-64 kiçik latın hərfi, rəqəm, nöqtə, defis və ya alt xətt.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Bu istifadəçi adı artıq mövcuddur.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Rol seçin.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Belə istifadəçi yoxdur.</translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation>Kiosk əlavə et</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Kioskun identifikatoru</translation>
    </message>
    <message>
        <source>Valid for (days; empty: no end)</source>
        <translation>Etibarlılıq müddəti (gün; boş: müddətsiz)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>The new kiosk&apos;s token, shown only now: put it in that kiosk&apos;s configuration (api_token).</source>
        <translation>Yeni kioskun tokeni yalnız indi göstərilir: onu həmin kioskun konfiqurasiyasına yazın (api_token).</translation>
    </message>
    <message>
        <source>Kiosk id: 1 to 64 characters, as in the kiosk&apos;s configuration (kiosk_id).</source>
        <translation>Kioskun identifikatoru: 1–64 simvol, kioskun konfiqurasiyasındakı kimi (kiosk_id).</translation>
    </message>
    <message>
        <source>Valid for: a number of days from 1 to 3650, or empty.</source>
        <translation>Etibarlılıq müddəti: 1-dən 3650-yə qədər gün sayı və ya boş.</translation>
    </message>
    <message>
        <source>No such kiosk token, or already revoked.</source>
        <translation>Belə kiosk tokeni yoxdur və ya artıq ləğv edilib.</translation>
    </message>
    <message>
        <source>Revoke this kiosk&apos;s token? The kiosk is refused from its next request and can send nothing until it is given a new token.</source>
        <translation>Bu kioskun tokeni ləğv edilsin? Kioskun növbəti sorğusu rədd ediləcək və yeni token verilənə qədər o, heç nə göndərə bilməyəcək.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>Revoked: the kiosk is refused from its next request.</source>
        <translation>Ləğv edildi: kioskun növbəti sorğusu rədd ediləcək.</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Please wait…</source>
        <translation>Bir az gözləyin…</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Take the photo</source>
        <translation>Şəkil çək</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Shop or service point</source>
        <translation>Mağaza və ya xidmət məntəqəsi</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <source>Production or workshop</source>
        <translation>İstehsalat və ya emalatxana</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Kənd təsərrüfatı</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Adi</translation>
    </message>
    <message>
        <source>Accelerated</source>
        <translation>Sürətləndirilmiş</translation>
    </message>
    <message>
        <source>Single-phase (1)</source>
        <translation>1 fazlı</translation>
    </message>
    <message>
        <source>Three-phase (3)</source>
        <translation>3 fazlı</translation>
    </message>
    <message>
        <source>A household (home)</source>
        <translation>Ev təsərrüfatı (məişət)</translation>
    </message>
    <message>
        <source>An entrepreneur or a company</source>
        <translation>Sahibkar və ya şirkət</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Günəş</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Külək</translation>
    </message>
    <message>
        <source>Small hydro</source>
        <translation>Kiçik su elektrik stansiyası</translation>
    </message>
    <message>
        <source>Biomass or biogas</source>
        <translation>Biokütlə və ya bioqaz</translation>
    </message>
    <message>
        <source>Geothermal</source>
        <translation>Geotermal</translation>
    </message>
    <message>
        <source>Another renewable source</source>
        <translation>Digər bərpa olunan mənbə</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Bunun siz olduğunuzu təsdiq edin</translation>
    </message>
    <message>
        <source>We sent a code of 6 digits by SMS to {phone}, the mobile number the registry holds for you. Type it here and your details are filled in.</source>
        <translation>Reyestrdə sizin adınıza olan {phone} mobil nömrəsinə SMS ilə 6 rəqəmli kod göndərdik. Kodu burada yazın, məlumatlarınız doldurulacaq.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Təsdiq et</translation>
    </message>
    <message>
        <source>Type my details myself</source>
        <translation>Məlumatlarımı özüm yazacağam</translation>
    </message>
    <message>
        <source>Send a new code (%1 s)</source>
        <translation>Yeni kod göndər (%1 san.)</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Yeni kod göndər</translation>
    </message>
    <message>
        <source>That code is not right. Tries left: %1.</source>
        <translation>Kod düzgün deyil. Qalan cəhd: %1.</translation>
    </message>
    <message>
        <source>This code is no longer valid. Ask for a new code, or type your details.</source>
        <translation>Bu kod artıq etibarlı deyil. Yeni kod istəyin və ya məlumatlarınızı özünüz yazın.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Ask for a new code, or type your details.</source>
        <translation>Çox sayda səhv kod yazıldı. Yeni kod istəyin və ya məlumatlarınızı özünüz yazın.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Your receipt is not printed</source>
        <translation>Qəbziniz çap olunmayıb</translation>
    </message>
    <message>
        <source>Without the receipt, the tracking code on this screen is the only way to follow your application. Print the receipt, or take a photo of the code and the QR code first.</source>
        <translation>Qəbz olmadan müraciətinizi yalnız bu ekrandakı izləmə kodu ilə izləyə bilərsiniz. Qəbzi çap edin və ya əvvəlcə kodun və QR kodun şəklini çəkin.</translation>
    </message>
    <message>
        <source>Finish without a receipt</source>
        <translation>Qəbzsiz bitir</translation>
    </message>
    <message>
        <source>Stay on this page</source>
        <translation>Bu səhifədə qal</translation>
    </message>
    <message>
        <source>Your application has been registered</source>
        <translation>Müraciətiniz qeydə alındı</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>İzləmə kodunuz:</translation>
    </message>
    <message>
        <source>Scan with your phone to follow your application.</source>
        <translation>Müraciətinizi izləmək üçün telefonunuzla skan edin.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Ödəniş: %1</translation>
    </message>
    <message>
        <source>What to expect: the utility aims to decide and connect within %1 days.</source>
        <translation>Nə gözləməli: xidmət təşkilatı qərar verməyi və qoşulmanı %1 gün ərzində başa çatdırmağı hədəfləyir.</translation>
    </message>
    <message>
        <source>What to expect: the utility checks your application and tells you its decision by SMS.</source>
        <translation>Nə gözləməli: xidmət təşkilatı müraciətinizi yoxlayır və qərarını SMS ilə bildirir.</translation>
    </message>
    <message>
        <source>You will get an SMS about the result. To follow your application, scan the QR code on the receipt with your phone, or use “Track my application” here.</source>
        <translation>Nəticə barədə SMS alacaqsınız. Müraciətinizi izləmək üçün qəbzdəki QR kodu telefonunuzla skan edin və ya burada «Müraciətimi izlə» bölməsinə keçin.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Qəbzi çap et</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>How was the service? Tap a number, if you like.</source>
        <translation>Xidmət necə idi? İstəsəniz, bir rəqəmə toxunun.</translation>
    </message>
    <message>
        <source>1 is very bad, 5 is very good.</source>
        <translation>1 — çox pis, 5 — çox yaxşı.</translation>
    </message>
    <message>
        <source>Rate %1 out of 5</source>
        <translation>5 üzərindən %1 qiymət ver</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Qiymətləndirməyiniz üçün təşəkkür edirik.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO — a demonstration terminal. Applications made here are not sent to a utility.</source>
        <translation>DEMO — nümayiş terminalı. Burada edilən müraciətlər xidmət təşkilatına göndərilmir.</translation>
    </message>
</context>
<context>
    <name>DistrictField</name>
    <message>
        <source>Chosen: %1</source>
        <translation>Seçildi: %1</translation>
    </message>
    <message>
        <source>Type to search, then touch the name</source>
        <translation>Axtarmaq üçün yazın, sonra adın üzərinə toxunun</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Problem var</translation>
    </message>
    <message>
        <source>and %1 more, marked on the page below</source>
        <translation>və daha %1, aşağıda səhifədə qeyd olunub</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>VÖEN (taxpayer number)</source>
        <translation>VÖEN (vergi ödəyicisinin eyniləşdirmə nömrəsi)</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Müəssisənin adı</translation>
    </message>
    <message>
        <source>Purpose of the object</source>
        <translation>Obyektin təyinatı</translation>
    </message>
    <message>
        <source>FIN (personal identification number)</source>
        <translation>FİN (fərdi identifikasiya nömrəsi)</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobil nömrə</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Ata adı</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Qeydiyyat ünvanı</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <source>Execution period of the work</source>
        <translation>İşlərin icra müddəti</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Faz</translation>
    </message>
    <message>
        <source>Required power, kW</source>
        <translation>Tələb olunan güc, kVt</translation>
    </message>
    <message>
        <source>District or city</source>
        <translation>Rayon və ya şəhər</translation>
    </message>
    <message>
        <source>Property registry number</source>
        <translation>Daşınmaz əmlakın reyestr nömrəsi</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <source>You apply as</source>
        <translation>Müraciət edən</translation>
    </message>
    <message>
        <source>Azərişıq subscriber code</source>
        <translation>Azərişıq abonent kodu</translation>
    </message>
    <message>
        <source>Connected power of the object, kW</source>
        <translation>Obyektin qoşulmuş gücü, kVt</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Enerji mənbəyi</translation>
    </message>
    <message>
        <source>Station power, kW</source>
        <translation>Stansiyanın gücü, kVt</translation>
    </message>
    <message>
        <source>Address of the object</source>
        <translation>Obyektin ünvanı</translation>
    </message>
    <message>
        <source>Bank account (IBAN) for the year-end payout</source>
        <translation>İlin sonunda ödəniş üçün bank hesabı (IBAN)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefon nömrəsi</translation>
    </message>
    <message>
        <source>Azərsu subscriber code</source>
        <translation>Azərsu abonent kodu</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonent</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <source>Meter factory number</source>
        <translation>Sayğacın zavod nömrəsi</translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation>Plomb nömrəsi</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <source>Date of the reading</source>
        <translation>Göstəricinin tarixi</translation>
    </message>
    <message>
        <source>Photo of the meter</source>
        <translation>Sayğacın şəkli</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Sayğaclar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>(optional)</source>
        <translation>(məcburi deyil)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.iiii</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bu gün</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Photo to follow</source>
        <translation>Foto sonra göndəriləcək</translation>
    </message>
    <message>
        <source>Add it later from your phone: the receipt tells you how.</source>
        <translation>Onu sonra telefonunuzdan əlavə edin: qəbzdə necə ediləcəyi yazılıb.</translation>
    </message>
    <message>
        <source>From my phone</source>
        <translation>Telefonumdan</translation>
    </message>
    <message>
        <source>Send the photo later</source>
        <translation>Fotonu sonra göndərim</translation>
    </message>
    <message>
        <source>Choose from USB stick</source>
        <translation>USB yaddaşdan seç</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Şəkil çək</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Choose the photo of your meter</source>
        <translation>Sayğacınızın şəklini seçin</translation>
    </message>
    <message>
        <source>No photo was found. Insert your USB stick, or ask staff for help.</source>
        <translation>Şəkil tapılmadı. USB yaddaşı taxın və ya əməkdaşdan kömək istəyin.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Fayl seçin</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>Silent: no heartbeat</source>
        <translation>Səssiz: siqnal gəlmir</translation>
    </message>
    <message>
        <source>Applications waiting to be sent for over 30 minutes</source>
        <translation>Müraciətlər 30 dəqiqədən çoxdur göndərilməyi gözləyir</translation>
    </message>
    <message>
        <source>Printer out of paper</source>
        <translation>Printerdə kağız bitib</translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Printer nasazdır</translation>
    </message>
    <message>
        <source>An applicant asked for staff</source>
        <translation>Müraciətçi əməkdaş çağırıb</translation>
    </message>
    <message>
        <source>Staff audit log rewritten: differs from the entries it shipped</source>
        <translation>Əməkdaşların audit jurnalı dəyişdirilib: göndərdiyi qeydlərlə üst-üstə düşmür</translation>
    </message>
</context>
<context>
    <name>GroupField</name>
    <message>
        <source>Meter %1</source>
        <translation>Sayğac %1</translation>
    </message>
    <message>
        <source>Remove this meter</source>
        <translation>Bu sayğacı sil</translation>
    </message>
    <message>
        <source>Add another meter</source>
        <translation>Daha bir sayğac əlavə et</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Bənd %1</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Daha birini əlavə et</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>Bunu sil</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>7 characters on your ID card, e.g. 5ABCD7K</source>
        <translation>Şəxsiyyət vəsiqənizdəki 7 simvol, məsələn 5ABCD7K</translation>
    </message>
    <message>
        <source>An active mobile number: we send the result by SMS</source>
        <translation>İşlək mobil nömrə: nəticəni SMS ilə göndəririk</translation>
    </message>
    <message>
        <source>When the kiosk is online, your details are filled in from the state registry.</source>
        <translation>Kiosk şəbəkəyə qoşulu olanda məlumatlarınız dövlət reyestrindən avtomatik doldurulur.</translation>
    </message>
    <message>
        <source>Optional: we also send the result by e-mail.</source>
        <translation>Məcburi deyil: nəticəni e-poçtla da göndəririk.</translation>
    </message>
    <message>
        <source>Up to 150 kW, with up to 2 decimals, e.g. 7,25</source>
        <translation>150 kVt-a qədər, vergüldən sonra 2 rəqəmə qədər, məsələn 7,25</translation>
    </message>
    <message>
        <source>On the extract from the state property register: letters, digits, / . -</source>
        <translation>Daşınmaz əmlakın dövlət reyestrindən çıxarışda: hərflər, rəqəmlər, / . -</translation>
    </message>
    <message>
        <source>The registration number on the same extract, e.g. 2024/118</source>
        <translation>Həmin çıxarışdakı qeydiyyat nömrəsi, məsələn 2024/118</translation>
    </message>
    <message>
        <source>10 digits, on your tax registration certificate</source>
        <translation>10 rəqəm, vergi uçotu şəhadətnaməsində</translation>
    </message>
    <message>
        <source>For a company; an individual entrepreneur types their name</source>
        <translation>Şirkət üçün; fərdi sahibkar öz adını yazır</translation>
    </message>
    <message>
        <source>15 digits, printed on your electricity bill</source>
        <translation>15 rəqəm, elektrik enerjisi hesabınızda yazılıb</translation>
    </message>
    <message>
        <source>Up to 150 kW and not above the connected power</source>
        <translation>150 kVt-a qədər və qoşulmuş gücdən çox olmamalı</translation>
    </message>
    <message>
        <source>Where the station is, if not your registered address</source>
        <translation>Stansiyanın yeri, qeydiyyat ünvanınızdan fərqlidirsə</translation>
    </message>
    <message>
        <source>28 characters starting with AZ, e.g. AZ21 NABZ 0000 0000 1370 1000 1944</source>
        <translation>AZ ilə başlayan 28 simvol, məsələn AZ21 NABZ 0000 0000 1370 1000 1944</translation>
    </message>
    <message>
        <source>A mobile or a landline number, e.g. 012 345 67 89</source>
        <translation>Mobil və ya şəhər nömrəsi, məsələn 012 345 67 89</translation>
    </message>
    <message>
        <source>Optional: the invoice notice is e-mailed here. Without it, follow your application by SMS (mobile numbers only) or with the code on your receipt.</source>
        <translation>İstəyə bağlı: hesab-faktura bildirişi bu ünvana göndərilir. Onsuz müraciətinizi SMS ilə (yalnız mobil nömrəyə) və ya qəbzdəki kodla izləyin.</translation>
    </message>
    <message>
        <source>Printed on your water bill</source>
        <translation>Su hesabınızda yazılıb</translation>
    </message>
    <message>
        <source>Stamped on the seal (plomb) that closes the meter: letters and digits</source>
        <translation>Sayğacı bağlayan plombun üzərində: hərflər və rəqəmlər</translation>
    </message>
    <message>
        <source>The black digits; up to 3 decimals</source>
        <translation>Qara rəqəmlər; vergüldən sonra 3 rəqəmə qədər</translation>
    </message>
    <message>
        <source>The factory number and the reading must be legible</source>
        <translation>Zavod nömrəsi və göstərici aydın oxunmalıdır</translation>
    </message>
    <message>
        <source>10 digits, on your tax registration certificate; the last is 1 for a company, 2 for an individual entrepreneur</source>
        <translation>Vergi qeydiyyatı şəhadətnaməsindəki 10 rəqəm; sonuncu rəqəm hüquqi şəxs üçün 1, fərdi sahibkar üçün 2-dir</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome! What would you like to do?</source>
        <translation>Xoş gəlmisiniz! Nə etmək istəyirsiniz?</translation>
    </message>
    <message>
        <source>Touch a service to start. You can change the language at any time.</source>
        <translation>Başlamaq üçün xidmətə toxunun. Dili istənilən vaxt dəyişə bilərsiniz.</translation>
    </message>
    <message>
        <source>Track my application</source>
        <translation>Müraciətimi izlə</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt or type its code</source>
        <translation>Qəbzdəki QR kodu skan edin və ya kodu yazın</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Hələ buradasınız?</translation>
    </message>
    <message>
        <source>For your privacy, everything you entered will be cleared in %1 seconds.</source>
        <translation>Məlumatlarınızın qorunması üçün daxil etdikləriniz %1 saniyədən sonra silinəcək.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Mənə vaxt lazımdır</translation>
    </message>
    <message>
        <source>Delete my answers now</source>
        <translation>Cavablarımı indi sil</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>space</source>
        <translation>boşluq</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Start over?</source>
        <translation>Yenidən başlansın?</translation>
    </message>
    <message>
        <source>Everything you have entered will be deleted from this kiosk and you will go back to the start.</source>
        <translation>Daxil etdiyiniz hər şey bu kioskdan silinəcək və əvvələ qayıdacaqsınız.</translation>
    </message>
    <message>
        <source>Yes, delete my answers</source>
        <translation>Bəli, cavablarımı sil</translation>
    </message>
    <message>
        <source>No, go back to my application</source>
        <translation>Xeyr, müraciətimə qayıt</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Applications received</source>
        <translation>Qəbul edilmiş müraciətlər</translation>
    </message>
    <message>
        <source>Applications by channel: %1</source>
        <translation>Kanal üzrə müraciətlər: %1</translation>
    </message>
    <message>
        <source>Share of electronic applications</source>
        <translation>Elektron müraciətlərin payı</translation>
    </message>
    <message>
        <source>Days to connect (median)</source>
        <translation>Qoşulma müddəti, gün (median)</translation>
    </message>
    <message>
        <source>Days to connect (90th percentile)</source>
        <translation>Qoşulma müddəti, gün (90-cı persentil)</translation>
    </message>
    <message>
        <source>Rejections (of decided applications)</source>
        <translation>İmtinalar (qərar verilmiş müraciətlərdən)</translation>
    </message>
    <message>
        <source>Satisfaction (ratings 4 or 5)</source>
        <translation>Məmnunluq (4 və ya 5 qiymətlər)</translation>
    </message>
    <message>
        <source>Average rating (1 to 5)</source>
        <translation>Orta qiymət (1-dən 5-ə)</translation>
    </message>
    <message>
        <source>Applications open past their deadline</source>
        <translation>Müddəti keçmiş açıq müraciətlər</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 gün</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>hələ məlumat yoxdur</translation>
    </message>
    <message>
        <source>not measured here: paper applications are counted by the utility</source>
        <translation>burada ölçülmür: kağız müraciətləri xidmət təşkilatı sayır</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Bu xananı doldurun.</translation>
    </message>
    <message>
        <source>This field does not belong to the form.</source>
        <translation>Bu xana formaya aid deyil.</translation>
    </message>
    <message>
        <source>The FIN has 7 characters.</source>
        <translation>FİN 7 simvoldan ibarətdir.</translation>
    </message>
    <message>
        <source>The FIN has only Latin letters and digits.</source>
        <translation>FİN yalnız latın hərflərindən və rəqəmlərdən ibarətdir.</translation>
    </message>
    <message>
        <source>The FIN has no letters I or O: type the digits 1 or 0.</source>
        <translation>FİN-də I və O hərfləri olmur: 1 və ya 0 rəqəmini yazın.</translation>
    </message>
    <message>
        <source>The VÖEN has only digits.</source>
        <translation>VÖEN yalnız rəqəmlərdən ibarətdir.</translation>
    </message>
    <message>
        <source>The VÖEN has 10 digits.</source>
        <translation>VÖEN 10 rəqəmdən ibarətdir.</translation>
    </message>
    <message>
        <source>The last digit of a VÖEN is 1 or 2.</source>
        <translation>VÖEN-in son rəqəmi 1 və ya 2 olur.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, e.g. 050 123 45 67.</source>
        <translation>Telefon nömrəsi düzgün deyil. Nümunə: 050 123 45 67.</translation>
    </message>
    <message>
        <source>Please give an Azerbaijani mobile number (+994).</source>
        <translation>Azərbaycan mobil nömrəsini (+994) yazın.</translation>
    </message>
    <message>
        <source>This is a landline; please give a mobile number.</source>
        <translation>Bu, stasionar nömrədir; mobil nömrə yazın.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + - ( ) .</source>
        <translation>Telefon nömrəsində yalnız rəqəmlər, boşluqlar və + - ( ) . işarələri olur.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, e.g. 012 345 67 89 or 050 123 45 67.</source>
        <translation>Telefon nömrəsi düzgün deyil. Nümunə: 012 345 67 89 və ya 050 123 45 67.</translation>
    </message>
    <message>
        <source>Please give an Azerbaijani phone number (+994).</source>
        <translation>Azərbaycan telefon nömrəsini (+994) yazın.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>E-poçt ünvanı düzgün deyil.</translation>
    </message>
    <message>
        <source>The subscriber code has only digits.</source>
        <translation>Abonent kodu yalnız rəqəmlərdən ibarətdir.</translation>
    </message>
    <message>
        <source>The subscriber code has %1 digits.</source>
        <translation>Abonent kodu %1 rəqəmdən ibarətdir.</translation>
    </message>
    <message>
        <source>The subscriber code has %1 to %2 digits.</source>
        <translation>Abonent kodu %1–%2 rəqəmdən ibarətdir.</translation>
    </message>
    <message>
        <source>No subscriber with this code was found.</source>
        <translation>Bu kodla abonent tapılmadı.</translation>
    </message>
    <message>
        <source>Use Latin letters and digits, as on the meter.</source>
        <translation>Sayğacda yazıldığı kimi latın hərfləri və rəqəmlərdən istifadə edin.</translation>
    </message>
    <message>
        <source>Please enter a number, e.g. 12,5.</source>
        <translation>Rəqəm yazın, məsələn 12,5.</translation>
    </message>
    <message>
        <source>A reading cannot be negative.</source>
        <translation>Göstərici mənfi ola bilməz.</translation>
    </message>
    <message>
        <source>At most %1 digits after the comma.</source>
        <translation>Vergüldən sonra ən çoxu %1 rəqəm.</translation>
    </message>
    <message>
        <source>This reading is too large.</source>
        <translation>Bu göstərici çox böyükdür.</translation>
    </message>
    <message>
        <source>Meter %1: the reading is lower than the last one (%2). You can send it; the meter will then be checked on site.</source>
        <translation>Sayğac %1: göstərici əvvəlkindən (%2) azdır. Göndərə bilərsiniz; bu halda sayğac yerində yoxlanılacaq.</translation>
    </message>
    <message>
        <source>Please enter a date as dd.mm.yyyy.</source>
        <translation>Tarixi gg.aa.iiii şəklində yazın.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Tarix gələcəkdə ola bilməz.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>Bu tarix çox köhnədir.</translation>
    </message>
    <message>
        <source>The power must be greater than zero.</source>
        <translation>Güc sıfırdan böyük olmalıdır.</translation>
    </message>
    <message>
        <source>At most %1 kW.</source>
        <translation>Ən çoxu %1 kVt.</translation>
    </message>
    <message>
        <source>At most %1 digits after the comma, e.g. 7,25.</source>
        <translation>Vergüldən sonra ən çoxu %1 rəqəm, məsələn 7,25.</translation>
    </message>
    <message>
        <source>Please enter the power as a number.</source>
        <translation>Gücü rəqəmlə yazın.</translation>
    </message>
    <message>
        <source>The station cannot exceed the object&apos;s connected power (%1 kW).</source>
        <translation>Stansiyanın gücü obyektin qoşulmuş gücündən (%1 kVt) çox ola bilməz.</translation>
    </message>
    <message>
        <source>Choose single-phase or three-phase.</source>
        <translation>1 fazlı və ya 3 fazlı seçin.</translation>
    </message>
    <message>
        <source>Choose a district or city from the list.</source>
        <translation>Siyahıdan rayon və ya şəhər seçin.</translation>
    </message>
    <message>
        <source>The Nakhchivan Autonomous Republic has its own electricity supplier, not Azərişıq: please apply to it there.</source>
        <translation>Naxçıvan Muxtar Respublikasının Azərişıqdan ayrı öz elektrik təchizatçısı var: zəhmət olmasa, ora müraciət edin.</translation>
    </message>
    <message>
        <source>The Nakhchivan Autonomous Republic has its own water supplier, not Azərsu: please apply to it there.</source>
        <translation>Naxçıvan Muxtar Respublikasının Azərsudan ayrı öz su təchizatçısı var: zəhmət olmasa, ora müraciət edin.</translation>
    </message>
    <message>
        <source>Please enter the tracking code.</source>
        <translation>İzləmə kodunu yazın.</translation>
    </message>
    <message>
        <source>A tracking code has 16 characters.</source>
        <translation>İzləmə kodu 16 simvoldan ibarətdir.</translation>
    </message>
    <message>
        <source>A tracking code has only Latin letters and digits.</source>
        <translation>İzləmə kodu yalnız latın hərflərindən və rəqəmlərdən ibarətdir.</translation>
    </message>
    <message>
        <source>This code has a typo: please check each character.</source>
        <translation>Kodda səhv var: hər simvolu yoxlayın.</translation>
    </message>
    <message>
        <source>Use letters only.</source>
        <translation>Yalnız hərflərdən istifadə edin.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Ən çoxu %1 simvol.</translation>
    </message>
    <message>
        <source>This text has characters that cannot be used.</source>
        <translation>Mətndə istifadə oluna bilməyən simvollar var.</translation>
    </message>
    <message>
        <source>Use Latin letters, digits and / . -</source>
        <translation>Latın hərfləri, rəqəmlər və / . - işarələrindən istifadə edin</translation>
    </message>
    <message>
        <source>An Azerbaijani IBAN starts with AZ and has 28 characters.</source>
        <translation>Azərbaycan IBAN-ı AZ ilə başlayır və 28 simvoldan ibarətdir.</translation>
    </message>
    <message>
        <source>This IBAN has a typo.</source>
        <translation>Bu IBAN-da səhv var.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Variantlardan birini seçin.</translation>
    </message>
    <message>
        <source>Add at least %1.</source>
        <translation>Ən azı %1 əlavə edin.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Ən çoxu %1.</translation>
    </message>
    <message>
        <source>Please add a photo or a PDF.</source>
        <translation>Şəkil və ya PDF əlavə edin.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fayl boşdur.</translation>
    </message>
    <message>
        <source>The file is too large (at most %1 MB).</source>
        <translation>Fayl çox böyükdür (ən çoxu %1 MB).</translation>
    </message>
    <message>
        <source>Together the photos are too large to send (at most %1 MB): use smaller photos, or fewer.</source>
        <translation>Şəkillər birlikdə göndərmək üçün çox böyükdür (ən çoxu %1 MB): daha kiçik və ya daha az şəkil əlavə edin.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG or PNG files can be used.</source>
        <translation>Yalnız PDF, JPEG və ya PNG faylları qəbul olunur.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a real photo or PDF.</source>
        <translation>Fayl zədələnib və ya əsl şəkil, yaxud PDF deyil.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Faylı oxumaq mümkün deyil.</translation>
    </message>
    <message>
        <source>This kiosk cannot take a photo from a phone now. Use a USB stick, or send the photo later.</source>
        <translation>Bu kiosk hazırda telefondan foto qəbul edə bilmir. USB yaddaş kartından istifadə edin və ya fotonu sonra göndərin.</translation>
    </message>
    <message>
        <source>No tariff is in force for this date.</source>
        <translation>Bu tarixdə qüvvədə olan tarif yoxdur.</translation>
    </message>
    <message>
        <source>The tariff has no fee for this power and supply.</source>
        <translation>Tarifdə bu güc və qoşulma növü üçün haqq nəzərdə tutulmayıb.</translation>
    </message>
    <message>
        <source>This connection period is not offered at present.</source>
        <translation>Bu qoşulma müddəti hazırda təklif olunmur.</translation>
    </message>
    <message>
        <source>This service has no connection fee.</source>
        <translation>Bu xidmət üçün qoşulma haqqı yoxdur.</translation>
    </message>
    <message>
        <source>This service has no fee.</source>
        <translation>Bu xidmət ödənişsizdir.</translation>
    </message>
    <message>
        <source>Give 12 monthly values.</source>
        <translation>12 ayın hər biri üçün rəqəm yazın.</translation>
    </message>
    <message>
        <source>Values cannot be negative.</source>
        <translation>Rəqəmlər mənfi ola bilməz.</translation>
    </message>
    <message>
        <source>Tariffs cannot be negative.</source>
        <translation>Tariflər mənfi ola bilməz.</translation>
    </message>
    <message>
        <source>ASAN kiosk: your code is {code}. It is valid for 5 minutes. Do not tell it to anyone.</source>
        <translation>ASAN kiosk: kodunuz {code}. Kod 5 dəqiqə etibarlıdır. Heç kimə deməyin.</translation>
    </message>
</context>
<context>
    <name>NetmeterPage</name>
    <message>
        <source>January</source>
        <translation>Yanvar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Fevral</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Aprel</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>İyun</translation>
    </message>
    <message>
        <source>July</source>
        <translation>İyul</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Avqust</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Sentyabr</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktyabr</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Noyabr</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dekabr</translation>
    </message>
    <message>
        <source>%1 (billed %2)</source>
        <translation>%1 (hesablandı: %2)</translation>
    </message>
    <message>
        <source>Balance at the end of the year: %1 kWh. Paid to you: %2. Billed during the year: %3.</source>
        <translation>İlin sonunda balans: %1 kVt·saat. Sizə ödəniləcək: %2. İl ərzində hesablanıb: %3.</translation>
    </message>
    <message>
        <source>Connection fee: %1 — active consumers get new technical conditions at their existing power without a fee (decision 346, 3.4).</source>
        <translation>Qoşulma haqqı: %1 — aktiv istehlakçıya mövcud güc daxilində yeni texniki şərtlər ödənişsiz verilir (346 nömrəli qərar, 3.4).</translation>
    </message>
    <message>
        <source>Station power %1 kW: within the object&apos;s connected power (%2 kW) and the 150 kW limit (decision 346, 1.4 and 1.8.1).</source>
        <translation>Stansiyanın gücü %1 kVt: obyektin qoşulmuş gücü (%2 kVt) və 150 kVt həddi daxilindədir (346 nömrəli qərar, 1.4 və 1.8.1).</translation>
    </message>
    <message>
        <source>Estimate your year</source>
        <translation>İlinizi hesablayın</translation>
    </message>
    <message>
        <source>From the panel power</source>
        <translation>Panellərin gücünə görə</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Ay-ay</translation>
    </message>
    <message>
        <source>Panel power, kW</source>
        <translation>Panellərin gücü, kVt</translation>
    </message>
    <message>
        <source>Your use per month, kWh</source>
        <translation>Aylıq istehlakınız, kVt·saat</translation>
    </message>
    <message>
        <source>Sent to the grid, kWh</source>
        <translation>Şəbəkəyə verilən, kVt·saat</translation>
    </message>
    <message>
        <source>Taken from the grid, kWh</source>
        <translation>Şəbəkədən alınan, kVt·saat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Sent, kWh</source>
        <translation>Verilən, kVt·saat</translation>
    </message>
    <message>
        <source>Taken, kWh</source>
        <translation>Alınan, kVt·saat</translation>
    </message>
    <message>
        <source>Balance, kWh</source>
        <translation>Balans, kVt·saat</translation>
    </message>
    <message>
        <source>Each month the balance grows by what you send and shrinks by what you take (5.1); a shortfall is billed at %1 per kWh (5.2.4); a positive balance at the end of the year is paid at %2 per kWh (6.1.2). This is an estimate, not a bill.</source>
        <translation>Hər ay balans şəbəkəyə verdiyiniz qədər artır, şəbəkədən aldığınız qədər azalır (5.1); çatışmayan hissə pərakəndə tariflə, 1 kVt·saat üçün %1 hesablanır (5.2.4); ilin sonunda müsbət balans topdansatış tariflə, 1 kVt·saat üçün %2 ödənilir (6.1.2). Bu, hesab deyil, təxmini hesablamadır.</translation>
    </message>
    <message>
        <source>Households pay by the kWh billed in the month: the rates change at %1 kWh.</source>
        <translation>Məişət istehlakçıları ayda hesablanan kVt·saata görə ödəyir: tarif %1 kVt·saatda dəyişir.</translation>
    </message>
    <message>
        <source>The reporting year runs from 1 January to 31 December (1.8.12): the estimate starts in %1, the first month your station can work, and the balance is settled at the end of December.</source>
        <translation>Hesabat ili 1 yanvardan 31 dekabradək davam edir (1.8.12): hesablama stansiyanızın işləyə biləcəyi ilk ay olan %1 ayından başlayır, balans dekabrın sonunda hesablaşılır.</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Your application is registered. We will tell you the result by SMS.</source>
        <translation>Müraciətiniz qeydə alındı. Nəticə barədə SMS ilə məlumat veriləcək.</translation>
    </message>
    <message>
        <source>Your application is being reviewed. Nothing to do for now.</source>
        <translation>Müraciətə baxılır. Hələlik heç nə etməyiniz lazım deyil.</translation>
    </message>
    <message>
        <source>Pay the connection fee through ASAN Pay or a bank.</source>
        <translation>Qoşulma haqqını ASAN Pay və ya bank vasitəsilə ödəyin.</translation>
    </message>
    <message>
        <source>Payment received. We will call you to agree the time of the works.</source>
        <translation>Ödəniş alındı. İşlərin vaxtını razılaşdırmaq üçün sizə zəng ediləcək.</translation>
    </message>
    <message>
        <source>The line and meter are being installed. Please let the crew onto the site.</source>
        <translation>Xətt və sayğac quraşdırılır. Ustalar gələndə obyektə girişi təmin edin.</translation>
    </message>
    <message>
        <source>We will contact you to sign the purchase contract.</source>
        <translation>Alqı-satqı müqaviləsini imzalamaq üçün sizinlə əlaqə saxlanılacaq.</translation>
    </message>
    <message>
        <source>Your site is connected. Nothing more to do.</source>
        <translation>Obyektiniz şəbəkəyə qoşuldu. Başqa heç nə etməyiniz lazım deyil.</translation>
    </message>
    <message>
        <source>Reading accepted. Your invoice is being prepared.</source>
        <translation>Göstərici qəbul edildi. Hesab-faktura hazırlanır.</translation>
    </message>
    <message>
        <source>The reading does not match our records. Staff will check the meter on site.</source>
        <translation>Göstərici bazadakı məlumatla uyğun gəlmir. Əməkdaş sayğacı yerində yoxlayacaq.</translation>
    </message>
    <message>
        <source>Your invoice is ready. It was sent to your e-mail if you gave one; if not, ask for it at an Azərsu or ASAN centre.</source>
        <translation>Hesab-fakturanız hazırdır. E-poçt ünvanı vermisinizsə, ora göndərilib; verməmisinizsə, onu Azərsu və ya ASAN mərkəzindən ala bilərsiniz.</translation>
    </message>
    <message>
        <source>Your application was rejected. The reason was sent by SMS. You can correct it and apply again.</source>
        <translation>Müraciət rədd edildi. Səbəbi SMS ilə göndərilib. Düzəldib yenidən müraciət edə bilərsiniz.</translation>
    </message>
    <message>
        <source>Your reading is registered. Azərsu staff will check it.</source>
        <translation>Göstəriciniz qeydə alındı. Azərsu əməkdaşı onu yoxlayacaq.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Filled in from the registry. If something is wrong, please ask staff.</source>
        <translation>Məlumatlar reyestrdən dolduruldu. Səhv varsa, əməkdaşa müraciət edin.</translation>
    </message>
    <message>
        <source>Not found in the registry: please type these details yourself. The application will note that you typed them.</source>
        <translation>Reyestrdə tapılmadı: bu məlumatları özünüz yazın. Müraciətdə onları özünüzün yazdığınız qeyd olunacaq.</translation>
    </message>
    <message>
        <source>The registry cannot be reached right now: please type these details yourself. The application will note that you typed them.</source>
        <translation>Reyestr hazırda əlçatan deyil: bu məlumatları özünüz yazın. Müraciətdə onları özünüzün yazdığınız qeyd olunacaq.</translation>
    </message>
    <message>
        <source>Please type these details yourself. The application will note that you typed them.</source>
        <translation>Bu məlumatları özünüz yazın. Müraciətdə onları özünüzün yazdığınız qeyd olunacaq.</translation>
    </message>
    <message>
        <source>The registry holds no mobile number for you, so your details cannot be shown here: please type them yourself.</source>
        <translation>Reyestrdə sizin üçün mobil nömrə yoxdur, ona görə məlumatlarınız burada göstərilə bilməz: onları özünüz yazın.</translation>
    </message>
    <message>
        <source>Too many codes were sent for this number in a short time: please type these details yourself.</source>
        <translation>Qısa müddətdə bu nömrəyə çox sayda kod göndərilib: bu məlumatları özünüz yazın.</translation>
    </message>
    <message>
        <source>Your application could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</source>
        <translation>Müraciətinizi bu kioskda saxlamaq mümkün olmadı. Heç nə göndərilmədi. Əməkdaşdan kömək istəyin.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your application is saved: take a photo of the code above, or ask staff to print the receipt.</source>
        <translation>Qəbzi çap etmək mümkün olmadı. Müraciətiniz saxlanılıb: yuxarıdakı kodun şəklini çəkin və ya əməkdaşdan qəbzi çap etməyi xahiş edin.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Your application is saved: take a photo of the code above, or ask staff to print the receipt.</source>
        <translation>Printerdə kağız qurtarıb. Müraciətiniz saxlanılıb: yuxarıdakı kodun şəklini çəkin və ya əməkdaşdan qəbzi çap etməyi xahiş edin.</translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it.</source>
        <translation>Qəbziniz çap olundu. Zəhmət olmasa, götürün.</translation>
    </message>
    <message>
        <source>Saved on this kiosk: it will be sent automatically as soon as the kiosk is online.</source>
        <translation>Bu kioskda saxlanıldı: kiosk şəbəkəyə qoşulan kimi avtomatik göndəriləcək.</translation>
    </message>
    <message>
        <source>Sent to the utility.</source>
        <translation>Xidmət təşkilatına göndərildi.</translation>
    </message>
    <message>
        <source>Saved on this kiosk. The utility could not accept it as it is: staff will check it and contact you.</source>
        <translation>Bu kioskda saxlanıldı. Xidmət təşkilatı onu bu şəkildə qəbul edə bilmədi: əməkdaşlar yoxlayıb sizinlə əlaqə saxlayacaq.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>%1: %2. Code %3. %4</source>
        <translation>%1: %2. Kod %3. %4</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Səbəb: %1</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>Müraciət %1: %2</translation>
    </message>
    <message>
        <source>Your application has been received.</source>
        <translation>Müraciətiniz qəbul edildi.</translation>
    </message>
    <message>
        <source>The status of your application has changed.</source>
        <translation>Müraciətinizin statusu dəyişdi.</translation>
    </message>
    <message>
        <source>Follow your application: %1</source>
        <translation>Müraciətinizi izləyin: %1</translation>
    </message>
    <message>
        <source>This message was sent automatically; please do not reply to it.</source>
        <translation>Bu məktub avtomatik göndərilib; ona cavab yazmayın.</translation>
    </message>
</context>
<context>
    <name>OutOfOrder</name>
    <message>
        <source>Terminal temporarily out of order</source>
        <translation>Terminal müvəqqəti işləmir</translation>
    </message>
    <message>
        <source>Please use another terminal or ask ASAN staff.</source>
        <translation>Zəhmət olmasa, başqa terminaldan istifadə edin və ya ASAN əməkdaşına müraciət edin.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Photo for your application</source>
        <translation>Müraciətiniz üçün foto</translation>
    </message>
    <message>
        <source>Take a photo of the meter on which its factory number and reading can be read, or choose one you have taken.</source>
        <translation>Sayğacın zavod nömrəsi və göstəricisi oxunan fotosunu çəkin və ya əvvəl çəkdiyiniz fotonu seçin.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Meter {n}</source>
        <translation>Sayğac {n}</translation>
    </message>
    <message>
        <source>Send the photo</source>
        <translation>Fotonu göndər</translation>
    </message>
    <message>
        <source>JPEG or PNG, up to {max} MB. The photo goes only to your application.</source>
        <translation>JPEG və ya PNG, ən çox {max} MB. Foto yalnız sizin müraciətinizə gedir.</translation>
    </message>
    <message>
        <source>The photo has arrived. You can go on at the kiosk.</source>
        <translation>Foto çatdı. Kioskda davam edə bilərsiniz.</translation>
    </message>
    <message>
        <source>The photo has been added to your application. Thank you.</source>
        <translation>Foto müraciətinizə əlavə edildi. Təşəkkür edirik.</translation>
    </message>
    <message>
        <source>This link has already been used. For another photo, ask the kiosk for a new code.</source>
        <translation>Bu keçiddən artıq istifadə olunub. Başqa foto üçün kioskdan yeni kod alın.</translation>
    </message>
    <message>
        <source>This link has expired. Ask the kiosk for a new code.</source>
        <translation>Bu keçidin vaxtı bitib. Kioskdan yeni kod alın.</translation>
    </message>
    <message>
        <source>This link or code is not valid. Check the code shown on the kiosk.</source>
        <translation>Bu keçid və ya kod etibarsızdır. Kioskda göstərilən kodu yoxlayın.</translation>
    </message>
    <message>
        <source>The photo is too large: at most {max} MB. Choose a smaller photo or take it again at a lower resolution.</source>
        <translation>Foto çox böyükdür: ən çox {max} MB. Daha kiçik foto seçin və ya daha aşağı keyfiyyətlə yenidən çəkin.</translation>
    </message>
    <message>
        <source>This file is not a photo. Choose a JPEG or PNG photo.</source>
        <translation>Bu fayl foto deyil. JPEG və ya PNG foto seçin.</translation>
    </message>
    <message>
        <source>This photo cannot be read, or it is far too large in pixels. Take it again.</source>
        <translation>Bu foto oxunmur və ya pikselləri həddən artıq çoxdur. Yenidən çəkin.</translation>
    </message>
    <message>
        <source>No photo was chosen. Choose or take a photo.</source>
        <translation>Foto seçilməyib. Foto seçin və ya çəkin.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yenidən cəhd edin</translation>
    </message>
    <message>
        <source>Type the code shown on the kiosk</source>
        <translation>Kioskda göstərilən kodu yazın</translation>
    </message>
    <message>
        <source>Code (8 letters and digits)</source>
        <translation>Kod (8 hərf və rəqəm)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>This code is not valid. It has 8 letters and digits, as shown on the kiosk.</source>
        <translation>Bu kod etibarsızdır. Kod kioskda göstərildiyi kimi 8 hərf və rəqəmdən ibarətdir.</translation>
    </message>
    <message>
        <source>Too many requests. Please try again shortly.</source>
        <translation>Sorğular çox oldu. Bir az sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>The photo is used only for your application and is not kept on this page.</source>
        <translation>Foto yalnız müraciətiniz üçün istifadə olunur və bu səhifədə saxlanılmır.</translation>
    </message>
</context>
<context>
    <name>PhonePhoto</name>
    <message>
        <source>Send the photo from your phone</source>
        <translation>Fotonu telefonunuzdan göndərin</translation>
    </message>
    <message>
        <source>1. Scan the code with your phone&apos;s camera. 2. Take a photo of the meter on which its factory number and reading can be read, or choose one. 3. Send it: it appears here.</source>
        <translation>1. Kodu telefonunuzun kamerası ilə oxudun. 2. Sayğacın zavod nömrəsi və göstəricisi oxunan fotosunu çəkin və ya seçin. 3. Göndərin: foto burada görünəcək.</translation>
    </message>
    <message>
        <source>No QR reader? Open %1 and type this code:</source>
        <translation>QR oxuyucu yoxdur? %1 ünvanını açın və bu kodu yazın:</translation>
    </message>
    <message>
        <source>Getting a code…</source>
        <translation>Kod alınır…</translation>
    </message>
    <message>
        <source>Waiting for your photo…</source>
        <translation>Fotonuz gözlənilir…</translation>
    </message>
    <message>
        <source>The photo has arrived.</source>
        <translation>Foto çatdı.</translation>
    </message>
    <message>
        <source>The code has expired. Touch “New code” to get another one.</source>
        <translation>Kodun vaxtı bitib. Yenisini almaq üçün “Yeni kod” düyməsinə toxunun.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the network now. You can send the application now and add the photo later from your phone: the receipt tells you how. Your answers are kept.</source>
        <translation>Kiosk hazırda şəbəkəyə qoşula bilmir. Müraciəti indi göndərib fotonu sonra telefonunuzdan əlavə edə bilərsiniz: qəbzdə necə ediləcəyi yazılıb. Cavablarınız saxlanılıb.</translation>
    </message>
    <message>
        <source>The code could not be made. Touch “New code” to try again.</source>
        <translation>Kod yaradıla bilmədi. Yenidən cəhd etmək üçün “Yeni kod” düyməsinə toxunun.</translation>
    </message>
    <message>
        <source>The photo that arrived cannot be used: %1 Send another one with a new code.</source>
        <translation>Gələn fotodan istifadə etmək olmur: %1 Yeni kodla başqa foto göndərin.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Yeni kod</translation>
    </message>
    <message>
        <source>Send the photo later</source>
        <translation>Fotonu sonra göndərim</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>QuotePage</name>
    <message>
        <source>%1 for the first %2 kW, plus %3 for each kW above it.</source>
        <translation>İlk %2 kVt üçün %1, üstəgəl ondan artıq hər kVt üçün %3.</translation>
    </message>
    <message>
        <source>%1 kW × %2 per kW.</source>
        <translation>%1 kVt × 1 kVt üçün %2.</translation>
    </message>
    <message>
        <source>Single-phase supply.</source>
        <translation>1 fazlı qoşulma.</translation>
    </message>
    <message>
        <source>Three-phase supply.</source>
        <translation>3 fazlı qoşulma.</translation>
    </message>
    <message>
        <source>The profitability norm R is not applied to homes on single-phase supply up to 5 kW (methodology, 2.4).</source>
        <translation>5 kVt-a qədər 1 fazlı qoşulan məişət abonentlərinə R gəlirlilik norması tətbiq edilmir (metodologiya, 2.4).</translation>
    </message>
    <message>
        <source>Adjustment × %1: %2</source>
        <translation>Düzəliş × %1: %2</translation>
    </message>
    <message>
        <source>If there is no 0.4 kV grid within 400 m of the object, the fee is %1 (methodology, 2.5). Azərişıq confirms which amount applies.</source>
        <translation>Obyektdən 400 m məsafədə 0,4 kV-luq şəbəkə yoxdursa, haqq %1 olur (metodologiya, 2.5). Hansı məbləğin tətbiq olunduğunu Azərişıq təsdiqləyir.</translation>
    </message>
    <message>
        <source>The nearest 0.4 kV transformer is %1 m from the object, more than 400 m, so the fee is calculated under section 3 of the methodology.</source>
        <translation>Ən yaxın 0,4 kV-luq transformator obyektdən %1 m, yəni 400 m-dən çox məsafədədir, ona görə haqq metodologiyanın 3-cü hissəsi ilə hesablanır.</translation>
    </message>
    <message>
        <source>The nearest 0.4 kV transformer is %1 m from the object.</source>
        <translation>Ən yaxın 0,4 kV-luq transformator obyektdən %1 m məsafədədir.</translation>
    </message>
    <message>
        <source>The connection fee you will pay</source>
        <translation>Ödəyəcəyiniz qoşulma haqqı</translation>
    </message>
    <message>
        <source>What if? Change the power or the phase to see the fee at once. Your application changes only when you touch “Use this power and phase”.</source>
        <translation>Bəs başqa cür olsa? Gücü və ya fazı dəyişin, haqqı dərhal görün. Müraciətiniz yalnız «Bu güc və fazdan istifadə et» toxunduqda dəyişir.</translation>
    </message>
    <message>
        <source>Use this power and phase</source>
        <translation>Bu güc və fazdan istifadə et</translation>
    </message>
    <message>
        <source>With these: %1 (your application: %2)</source>
        <translation>Bunlarla: %1 (müraciətinizdə: %2)</translation>
    </message>
    <message>
        <source>Required power</source>
        <translation>Tələb olunan güc</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Faz</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kVt</translation>
    </message>
    <message>
        <source>Tariff schedule %1: %2</source>
        <translation>Tarif %1: %2</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Application receipt</source>
        <translation>Müraciət qəbzi</translation>
    </message>
    <message>
        <source>DEMO — not a real application. Nothing was sent to a utility.</source>
        <translation>DEMO — həqiqi müraciət deyil. Xidmət təşkilatına heç nə göndərilmədi.</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>Date and time: %1</source>
        <translation>Tarix və vaxt: %1</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>İzləmə kodu</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to see the status</source>
        <translation>Vəziyyətə baxmaq üçün QR kodu telefonunuzla skan edin</translation>
    </message>
    <message>
        <source>Your application has been sent to the utility.</source>
        <translation>Müraciətiniz xidmət təşkilatına göndərildi.</translation>
    </message>
    <message>
        <source>Your application is saved on this kiosk and will be sent to the utility automatically.</source>
        <translation>Müraciətiniz bu kioskda saxlanılıb və xidmət təşkilatına avtomatik göndəriləcək.</translation>
    </message>
    <message>
        <source>Utility reference: %1</source>
        <translation>Xidmət təşkilatında nömrəsi: %1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Müraciət edən</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>FİN</source>
        <translation>FİN</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil nömrə</translation>
    </message>
    <message>
        <source>Connection fee</source>
        <translation>Qoşulma haqqı</translation>
    </message>
    <message>
        <source>%1 kW × %2 per kW</source>
        <translation>%1 kVt × 1 kVt üçün %2</translation>
    </message>
    <message>
        <source>Fixed part: %1</source>
        <translation>Sabit hissə: %1</translation>
    </message>
    <message>
        <source>First %1 kW: %2</source>
        <translation>İlk %1 kVt: %2</translation>
    </message>
    <message>
        <source>%1 kW above %2 kW × %3 per kW</source>
        <translation>%2 kVt-dan artıq %1 kVt × 1 kVt üçün %3</translation>
    </message>
    <message>
        <source>Calculation: %1</source>
        <translation>Hesablama: %1</translation>
    </message>
    <message>
        <source>Tariff %1: %2</source>
        <translation>Tarif %1: %2</translation>
    </message>
    <message>
        <source>Tariff Council fee methodology, section %1</source>
        <translation>Tarif Şurasının qoşulma haqqı metodologiyası, %1-ci bölmə</translation>
    </message>
    <message>
        <source>The utility confirms the amount after reviewing the application. Pay only after you are notified.</source>
        <translation>Məbləği xidmət təşkilatı müraciətə baxdıqdan sonra təsdiqləyir. Yalnız bildiriş aldıqdan sonra ödəyin.</translation>
    </message>
    <message>
        <source>If there is no 0.4 kV grid within 400 m of the object: %1 (methodology, section 3). The utility confirms which amount applies.</source>
        <translation>Obyektdən 400 m məsafədə 0,4 kV-luq şəbəkə yoxdursa: %1 (metodologiya, 3-cü hissə). Hansı məbləğin tətbiq olunduğunu təchizatçı təsdiqləyir.</translation>
    </message>
    <message>
        <source>No 0.4 kV transformer within 400 m of the object (%1 m): section 3 applies.</source>
        <translation>Obyektdən 400 m məsafədə 0,4 kV-luq transformator yoxdur (%1 m): 3-cü hissə tətbiq olunur.</translation>
    </message>
    <message>
        <source>The utility will tell you the connection fee after reviewing the application.</source>
        <translation>Qoşulma haqqını xidmət təşkilatı müraciətə baxdıqdan sonra sizə bildirəcək.</translation>
    </message>
    <message>
        <source>No connection fee: the existing connected power of the object is used.</source>
        <translation>Qoşulma haqqı yoxdur: obyektin mövcud qoşulmuş gücündən istifadə olunur.</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Sayğac göstəriciləri</translation>
    </message>
    <message>
        <source>Meter %1: %2 m³</source>
        <translation>Sayğac %1: %2 m³</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>%1 tarixində götürülüb</translation>
    </message>
    <message>
        <source>photo to follow: add it from your phone with the QR code below</source>
        <translation>foto sonra: onu aşağıdakı QR kodla telefonunuzdan əlavə edin</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Bundan sonra nə olacaq</translation>
    </message>
    <message>
        <source>The utility reviews your application and tells you the fee by SMS. After you pay, the line and the meter are installed and you are notified.</source>
        <translation>Xidmət təşkilatı müraciətinizə baxır və qoşulma haqqını SMS ilə bildirir. Ödənişdən sonra xətt və sayğac quraşdırılır və sizə məlumat verilir.</translation>
    </message>
    <message>
        <source>The utility reviews your application and prepares the technical conditions and the contract. A two-way meter is installed at your own cost.</source>
        <translation>Xidmət təşkilatı müraciətinizə baxır, texniki şərtləri və müqaviləni hazırlayır. İkitərəfli sayğac sizin hesabınıza quraşdırılır.</translation>
    </message>
    <message>
        <source>Azərsu checks your reading. If it differs from the records, the meter is checked on site and that reading is used. Then your invoice is formed.</source>
        <translation>Azərsu göstəricinizi yoxlayır. Bazadakı məlumatdan fərqlənərsə, sayğac yerində yoxlanılır və həmin göstərici əsas götürülür. Sonra hesab-fakturanız hazırlanır.</translation>
    </message>
    <message>
        <source>How to track</source>
        <translation>Necə izləmək olar</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone, or enter the tracking code at any kiosk under “Track my application”.</source>
        <translation>QR kodu telefonunuzla skan edin və ya istənilən kioskda «Müraciətimi izlə» bölməsində izləmə kodunu yazın.</translation>
    </message>
    <message>
        <source>Keep this receipt until your application is completed.</source>
        <translation>Müraciətiniz tamamlanana qədər bu qəbzi saxlayın.</translation>
    </message>
    <message>
        <source>The receipt printer is not available. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>Qəbz printeri əlçatan deyil. Müraciətiniz saxlanılıb: izləmə kodunun şəklini çəkin və ya əməkdaşdan qəbzi yenidən çap etməyi xahiş edin.</translation>
    </message>
    <message>
        <source>The receipt printer is not responding. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>Qəbz printeri cavab vermir. Müraciətiniz saxlanılıb: izləmə kodunun şəklini çəkin və ya əməkdaşdan qəbzi yenidən çap etməyi xahiş edin.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>Qəbz printerində kağız qurtarıb. Müraciətiniz saxlanılıb: izləmə kodunun şəklini çəkin və ya əməkdaşdan qəbzi yenidən çap etməyi xahiş edin.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>Qəbzi çap etmək mümkün olmadı. Müraciətiniz saxlanılıb: izləmə kodunun şəklini çəkin və ya əməkdaşdan qəbzi yenidən çap etməyi xahiş edin.</translation>
    </message>
</context>
<context>
    <name>RejectReason</name>
    <message>
        <source>The documents are incomplete or do not match the application.</source>
        <translation>Sənədlər natamamdır və ya müraciətə uyğun gəlmir.</translation>
    </message>
    <message>
        <source>The power asked for is above the limit of this kind of connection.</source>
        <translation>Tələb olunan güc bu növ qoşulmanın həddindən yüksəkdir.</translation>
    </message>
    <message>
        <source>The address is outside the area this utility serves.</source>
        <translation>Ünvan bu təchizatçının xidmət göstərdiyi ərazidən kənardadır.</translation>
    </message>
    <message>
        <source>The meter photo is not legible: the factory number and reading must be readable.</source>
        <translation>Sayğacın şəkli aydın deyil: zavod nömrəsi və göstərici oxunmalıdır.</translation>
    </message>
    <message>
        <source>The same application was already received; the earlier one goes on.</source>
        <translation>Eyni müraciət artıq qəbul edilib; əvvəlki müraciətə baxılır.</translation>
    </message>
    <message>
        <source>The application cannot be accepted as it is. Please contact the utility.</source>
        <translation>Müraciət bu şəkildə qəbul edilə bilməz. Zəhmət olmasa, təchizatçı ilə əlaqə saxlayın.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Not given</source>
        <translation>Göstərilməyib</translation>
    </message>
    <message>
        <source>Photo to follow (from the status page)</source>
        <translation>Foto sonra göndəriləcək (status səhifəsindən)</translation>
    </message>
    <message>
        <source>Please check your answers. Touch “Change” to correct a page.</source>
        <translation>Cavablarınızı yoxlayın. Səhifəni düzəltmək üçün «Dəyiş» düyməsinə toxunun.</translation>
    </message>
    <message>
        <source>From the state registry. If something is wrong, please ask staff: it cannot be changed here.</source>
        <translation>Dövlət reyestrindən. Nəsə səhvdirsə, zəhmət olmasa, əməkdaşa müraciət edin: burada dəyişdirilə bilməz.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Dəyiş</translation>
    </message>
    <message>
        <source>The connection fee has changed: it is now %1 (it was %2 when you saw the fee page). Please check it before you send the application.</source>
        <translation>Qoşulma haqqı dəyişib: indi %1-dir (haqq səhifəsində %2 idi). Zəhmət olmasa, müraciəti göndərməzdən əvvəl yoxlayın.</translation>
    </message>
    <message>
        <source>Connection fee: %1</source>
        <translation>Qoşulma haqqı: %1</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Business electricity connection (up to 150 kW)</source>
        <translation>Qeyri-məişət obyektinin elektrik şəbəkəsinə qoşulması (150 kVt-a qədər)</translation>
    </message>
    <message>
        <source>Connect a shop, office or workshop to the 0.4 kV grid</source>
        <translation>Mağaza, ofis və ya emalatxananı 0,4 kV şəbəkəyə qoşun</translation>
    </message>
    <message>
        <source>Household electricity connection</source>
        <translation>Məişət abonentinin elektrik şəbəkəsinə qoşulması</translation>
    </message>
    <message>
        <source>Connect a home to the electricity grid</source>
        <translation>Evi elektrik şəbəkəsinə qoşun</translation>
    </message>
    <message>
        <source>Active consumer (solar or wind)</source>
        <translation>Aktiv istehlakçı (günəş və ya külək)</translation>
    </message>
    <message>
        <source>Sell your surplus solar or wind energy to the grid</source>
        <translation>Artıq günəş və ya külək enerjisini şəbəkəyə satın</translation>
    </message>
    <message>
        <source>Water-meter reading</source>
        <translation>Su sayğacının göstəricisi</translation>
    </message>
    <message>
        <source>Submit your water-meter readings to Azərsu</source>
        <translation>Su sayğacının göstəricilərini Azərsu-ya göndərin</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>No staff PIN is set up on this kiosk. Set one at the terminal&apos;s console with: kiosk staff set-pin 1</source>
        <translation>Bu kioskda əməkdaş PIN-i təyin olunmayıb. Onu terminalın konsolunda bu əmrlə təyin edin: kiosk staff set-pin 1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Staff mode is locked for %1 min.</source>
        <translation>Səhv PIN çox daxil edildi. Əməkdaş rejimi %1 dəqiqəlik bağlandı.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 attempts left before staff mode is locked.</source>
        <translation>PIN səhvdir. Əməkdaş rejimi bağlanana qədər %1 cəhd qalıb.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Əməkdaş PIN-i</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Təsdiq</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Kioska qayıt</translation>
    </message>
    <message>
        <source>personal data removed</source>
        <translation>şəxsi məlumatlar silinib</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>oxunmur</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>səbəb: %1</translation>
    </message>
    <message>
        <source>The central server did not answer in time.</source>
        <translation>Mərkəzi server vaxtında cavab vermədi.</translation>
    </message>
    <message>
        <source>The central server cannot be reached: check the network cable or Wi-Fi.</source>
        <translation>Mərkəzi serverə qoşulmaq mümkün deyil: şəbəkə kabelini və ya Wi-Fi-ı yoxlayın.</translation>
    </message>
    <message>
        <source>The central server&apos;s certificate was not accepted (check the clock and the CA).</source>
        <translation>Mərkəzi serverin sertifikatı qəbul edilmədi (saatı və CA-nı yoxlayın).</translation>
    </message>
    <message>
        <source>The central server refused this kiosk&apos;s token: ask IT for a new one.</source>
        <translation>Mərkəzi server bu kioskun tokenini qəbul etmədi: İT bölməsindən yenisini istəyin.</translation>
    </message>
    <message>
        <source>The central server is busy and asked the kiosk to wait.</source>
        <translation>Mərkəzi server məşğuldur və kioskdan gözləməyi istədi.</translation>
    </message>
    <message>
        <source>The central server had an internal error.</source>
        <translation>Mərkəzi serverdə daxili xəta baş verdi.</translation>
    </message>
    <message>
        <source>The central server answered with something the kiosk could not read.</source>
        <translation>Mərkəzi server kioskun oxuya bilmədiyi cavab göndərdi.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s outbox had a problem: see below.</source>
        <translation>Kioskun göndərmə növbəsində problem var: aşağıya baxın.</translation>
    </message>
    <message>
        <source>The central server refused a submission&apos;s data: see the list below.</source>
        <translation>Mərkəzi server müraciətin məlumatlarını qəbul etmədi: aşağıdakı siyahıya baxın.</translation>
    </message>
    <message>
        <source>Staff mode has ended. Enter the PIN again.</source>
        <translation>Əməkdaş rejimi başa çatdı. PIN-i yenidən daxil edin.</translation>
    </message>
    <message>
        <source>This field cannot be corrected here.</source>
        <translation>Bu xananı burada düzəltmək olmaz.</translation>
    </message>
    <message>
        <source>Not saved: %1 %2</source>
        <translation>Saxlanılmadı: %1 %2</translation>
    </message>
    <message>
        <source>The schedule from the central server is not valid; nothing was changed.</source>
        <translation>Mərkəzi serverdən gələn tarif cədvəli düzgün deyil; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>This submission is no longer in the outbox.</source>
        <translation>Bu müraciət artıq göndərmə növbəsində deyil.</translation>
    </message>
    <message>
        <source>This submission cannot be put back in its present state.</source>
        <translation>Bu müraciəti indiki vəziyyətində növbəyə qaytarmaq olmaz.</translation>
    </message>
    <message>
        <source>No printer was found.</source>
        <translation>Printer tapılmadı.</translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation>Printer cavab vermir.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>Printerdə kağız qurtarıb.</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>Qəbzi çap etmək mümkün olmadı.</translation>
    </message>
    <message>
        <source>The central server cannot be reached.</source>
        <translation>Mərkəzi serverə qoşulmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>göndərilməyi gözləyir</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>göndərilir</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>göndərildi</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>server qəbul etmədi</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Personal data of sent applications is kept %1 days: removed from %2, due for removal now: %3.</source>
        <translation>Göndərilmiş müraciətlərin şəxsi məlumatları %1 gün saxlanılır: %2 müraciətdən silinib, indi silinməlidir: %3.</translation>
    </message>
    <message>
        <source>Waiting: %1 · Being sent: %2 · Sent: %3 · Refused: %4</source>
        <translation>Gözləyir: %1 · Göndərilir: %2 · Göndərildi: %3 · Qəbul edilmədi: %4</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Son uğurlu sinxronlaşma: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <source>Last error: %1 (%2)</source>
        <translation>Son xəta: %1 (%2)</translation>
    </message>
    <message>
        <source>The outbox has stopped taking submissions: %1</source>
        <translation>Göndərmə növbəsi müraciət qəbulunu dayandırıb: %1</translation>
    </message>
    <message>
        <source>Server&apos;s reason: %1 %2</source>
        <translation>Serverin göstərdiyi səbəb: %1 %2</translation>
    </message>
    <message>
        <source>%1 is back in the queue.</source>
        <translation>%1 yenidən növbəyə qaytarıldı.</translation>
    </message>
    <message>
        <source>Sent: %1 · Refused: %2 · To retry: %3</source>
        <translation>Göndərildi: %1 · Qəbul edilmədi: %2 · Təkrar cəhd: %3</translation>
    </message>
    <message>
        <source>The outbox file has problems: %1</source>
        <translation>Göndərmə növbəsinin faylında problem var: %1</translation>
    </message>
    <message>
        <source>The outbox file is sound.</source>
        <translation>Göndərmə növbəsinin faylı qaydasındadır.</translation>
    </message>
    <message>
        <source>Personal data removed from %1 sent applications.</source>
        <translation>%1 göndərilmiş müraciətdən şəxsi məlumatlar silindi.</translation>
    </message>
    <message>
        <source>The outbox takes submissions again.</source>
        <translation>Göndərmə növbəsi yenidən müraciət qəbul edir.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <source>Check the outbox</source>
        <translation>Göndərmə növbəsini yoxla</translation>
    </message>
    <message>
        <source>Remove old personal data now</source>
        <translation>Köhnə şəxsi məlumatları indi sil</translation>
    </message>
    <message>
        <source>Take submissions again</source>
        <translation>Müraciət qəbulunu bərpa et</translation>
    </message>
    <message>
        <source>Put back in the queue</source>
        <translation>Növbəyə qaytar</translation>
    </message>
    <message>
        <source>Staff mode · slot %1</source>
        <translation>Əməkdaş rejimi · yer %1</translation>
    </message>
    <message>
        <source>the start screen</source>
        <translation>başlanğıc ekranı</translation>
    </message>
    <message>
        <source>the confirmation</source>
        <translation>təsdiq ekranı</translation>
    </message>
    <message>
        <source>Track my application</source>
        <translation>Müraciətimi izlə</translation>
    </message>
    <message>
        <source>the page that says something went wrong</source>
        <translation>«xəta baş verdi» səhifəsi</translation>
    </message>
    <message>
        <source>another screen</source>
        <translation>başqa ekran</translation>
    </message>
    <message>
        <source>An applicant asked for help at %1 (on: %2).</source>
        <translation>Müraciət edən %1-də kömək istədi (ekran: %2).</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Əməkdaş rejimindən çıx</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>İş masasına çıx</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Kömək göstərildi</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Göndərmə növbəsi</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diaqnostika</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariflər</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Tapıldı: %1</translation>
    </message>
    <message>
        <source>Nothing found on this kiosk.</source>
        <translation>Bu kioskda heç nə tapılmadı.</translation>
    </message>
    <message>
        <source>The receipt of %1 is printed.</source>
        <translation>%1 üçün qəbz çap olundu.</translation>
    </message>
    <message>
        <source>Tracking code, mobile number or FIN</source>
        <translation>İzləmə kodu, mobil nömrə və ya FİN</translation>
    </message>
    <message>
        <source>Find by tracking code</source>
        <translation>İzləmə koduna görə axtar</translation>
    </message>
    <message>
        <source>Find by mobile number</source>
        <translation>Mobil nömrəyə görə axtar</translation>
    </message>
    <message>
        <source>Find by FIN</source>
        <translation>FİN-ə görə axtar</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>Qəbzi yenidən çap et</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Kioskun identifikatoru</translation>
    </message>
    <message>
        <source>ASAN centre</source>
        <translation>ASAN mərkəzi</translation>
    </message>
    <message>
        <source>Central API URL</source>
        <translation>Mərkəzi API ünvanı (URL)</translation>
    </message>
    <message>
        <source>Printer (pdf, system, escpos)</source>
        <translation>Printer növü (pdf, system və ya escpos)</translation>
    </message>
    <message>
        <source>Idle time-out, seconds</source>
        <translation>Fəaliyyətsizlik müddəti, saniyə</translation>
    </message>
    <message>
        <source>Default language (az, ru, en)</source>
        <translation>Əsas dil (az, ru, en)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>%1 faylında saxlanıldı</translation>
    </message>
    <message>
        <source>Saved. The new settings apply from the next start.</source>
        <translation>Saxlanıldı. Yeni ayarlar növbəti başlanğıcdan qüvvəyə minir.</translation>
    </message>
    <message>
        <source>An environment variable still overrides: %1</source>
        <translation>Mühit dəyişəni hələ də üstünlük təşkil edir: %1</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Yoxla və saxla</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>hazırdır</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>hazır deyil</translation>
    </message>
    <message>
        <source>Printer: %1 (%2), %3</source>
        <translation>Printer: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>The test receipt is printed.</source>
        <translation>Sınaq qəbzi çap olundu.</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Sınaq qəbzini çap et</translation>
    </message>
    <message>
        <source>Disk: %1 MB free of %2 MB (%3)</source>
        <translation>Disk: %2 MB-dan %1 MB boşdur (%3)</translation>
    </message>
    <message>
        <source>Little disk space is left: tell IT.</source>
        <translation>Diskdə az yer qalıb: İT bölməsinə bildirin.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <source>%1: OK, %2 ms</source>
        <translation>%1: qaydasındadır, %2 ms</translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1: alınmadı (%2)</translation>
    </message>
    <message>
        <source>Central API: %1</source>
        <translation>Mərkəzi API: %1</translation>
    </message>
    <message>
        <source>Name look-up (DNS)</source>
        <translation>Adın tapılması (DNS)</translation>
    </message>
    <message>
        <source>Connection (TCP)</source>
        <translation>Qoşulma (TCP)</translation>
    </message>
    <message>
        <source>Central API answer</source>
        <translation>Mərkəzi API-nin cavabı</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>Şəbəkəni yoxla</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>quraşdırılmış</translation>
    </message>
    <message>
        <source>from the central server</source>
        <translation>mərkəzi serverdən</translation>
    </message>
    <message>
        <source>%1 · in effect from %2 · %3 · %4</source>
        <translation>%1 · %2 tarixindən qüvvədədir · %3 · %4</translation>
    </message>
    <message>
        <source>IN FORCE</source>
        <translation>QÜVVƏDƏDİR</translation>
    </message>
    <message>
        <source>Schedule %1 downloaded and in use.</source>
        <translation>%1 cədvəli yükləndi və istifadədədir.</translation>
    </message>
    <message>
        <source>Schedule %1 is already here.</source>
        <translation>%1 cədvəli artıq buradadır.</translation>
    </message>
    <message>
        <source>Update from the central server</source>
        <translation>Mərkəzi serverdən yenilə</translation>
    </message>
    <message>
        <source>The audit log has been altered: %1</source>
        <translation>Audit jurnalı dəyişdirilib: %1</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>Audit jurnalı toxunulmazdır.</translation>
    </message>
    <message>
        <source>console</source>
        <translation>konsol</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>yer %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Received</source>
        <translation>Qəbul edildi</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Baxılır</translation>
    </message>
    <message>
        <source>Fee to pay</source>
        <translation>Qoşulma haqqı ödənilməlidir</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödənildi</translation>
    </message>
    <message>
        <source>Installation works</source>
        <translation>Quraşdırma işləri gedir</translation>
    </message>
    <message>
        <source>Contract being signed</source>
        <translation>Müqavilə bağlanır</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Qoşuldu</translation>
    </message>
    <message>
        <source>Reading accepted</source>
        <translation>Göstərici qəbul edildi</translation>
    </message>
    <message>
        <source>On-site meter check</source>
        <translation>Sayğac yerində yoxlanılır</translation>
    </message>
    <message>
        <source>Invoice ready</source>
        <translation>Hesab-faktura hazırdır</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>İmtina edildi</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>A member of staff has been asked to come: please stay here</source>
        <translation>Əməkdaş çağırıldı: zəhmət olmasa, burada gözləyin</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Əlaqə yoxlanılır…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <source>Offline: you can still apply</source>
        <translation>Oflayn: müraciət etmək mümkündür</translation>
    </message>
    <message>
        <source>Saved on this kiosk and sent automatically: %1</source>
        <translation>Bu kioskda saxlanılıb, avtomatik göndəriləcək: %1</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Application status</source>
        <translation>Müraciətin vəziyyəti</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>İzləmə kodu</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xidmət</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Növbəti addım</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
    <message>
        <source>Application not found</source>
        <translation>Müraciət tapılmadı</translation>
    </message>
    <message>
        <source>Check the code: it is 16 characters in four groups on your receipt. If you applied just now, look again a little later.</source>
        <translation>Kodu yoxlayın: o, qəbzdə dörd qrupda 16 simvoldur. Müraciəti indicə göndərmisinizsə, bir az sonra yenidən baxın.</translation>
    </message>
    <message>
        <source>Too many requests. Please try again shortly.</source>
        <translation>Sorğular çox oldu. Bir az sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>No personal data is shown on this page.</source>
        <translation>Bu səhifədə şəxsi məlumat göstərilmir.</translation>
    </message>
    <message>
        <source>How was the service?</source>
        <translation>Xidmət necə idi?</translation>
    </message>
    <message>
        <source>1 is very bad, 5 is very good.</source>
        <translation>1 — çox pis, 5 — çox yaxşı.</translation>
    </message>
    <message>
        <source>Rate %1 out of 5</source>
        <translation>5 üzərindən %1 qiymət ver</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Qiymətləndirməyiniz üçün təşəkkür edirik.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5.</source>
        <translation>1-dən 5-ə qədər qiymət seçin.</translation>
    </message>
    <message>
        <source>Back to the application</source>
        <translation>Müraciətə qayıt</translation>
    </message>
    <message>
        <source>A photo is still missing</source>
        <translation>Foto hələ çatışmır</translation>
    </message>
    <message>
        <source>Your application waits for the photo of the meter on which its factory number and reading can be read.</source>
        <translation>Müraciətiniz sayğacın zavod nömrəsi və göstəricisi oxunan fotosunu gözləyir.</translation>
    </message>
    <message>
        <source>Add the missing photo</source>
        <translation>Çatışmayan fotonu əlavə edin</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Your business</source>
        <translation>Müəssisəniz</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Şəxsiyyətiniz</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Məlumatlarınız</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Əlaqə</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Cavablarınızı yoxlayın</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Nə lazımdır</translation>
    </message>
    <message>
        <source>The object</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <source>Connection fee</source>
        <translation>Qoşulma haqqı</translation>
    </message>
    <message>
        <source>Who applies</source>
        <translation>Kim müraciət edir</translation>
    </message>
    <message>
        <source>Your electricity subscription</source>
        <translation>Elektrik abonentliyiniz</translation>
    </message>
    <message>
        <source>Your power station</source>
        <translation>Elektrik stansiyanız</translation>
    </message>
    <message>
        <source>Fee and yearly balance</source>
        <translation>Haqq və illik balans</translation>
    </message>
    <message>
        <source>Contact and payout</source>
        <translation>Əlaqə və ödəniş</translation>
    </message>
    <message>
        <source>Your water subscription</source>
        <translation>Su abonentliyiniz</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Sayğac göstəriciləri</translation>
    </message>
</context>
<context>
    <name>Tariff</name>
    <message>
        <source>Cabinet of Ministers decision No. 327 of 24 July 2018</source>
        <translation>Nazirlər Kabinetinin 24 iyul 2018-ci il tarixli 327 nömrəli qərarı</translation>
    </message>
    <message>
        <source>Tariff Council decision No. 4 of 3 May 2024</source>
        <translation>Tarif Şurasının 3 may 2024-cü il tarixli 4 nömrəli qərarı</translation>
    </message>
    <message>
        <source>Tariff Council decision No. 4 of 3 May 2024, with the liberated-territory concessions from 1 January 2026</source>
        <translation>Tarif Şurasının 3 may 2024-cü il tarixli 4 nömrəli qərarı, 1 yanvar 2026-cı ildən işğaldan azad olunmuş ərazilər üçün güzəştlərlə</translation>
    </message>
    <message>
        <source>Liberated territories: free up to 20 kW single-phase</source>
        <translation>İşğaldan azad olunmuş ərazilər: 1 fazlı 20 kVt-a qədər ödənişsiz</translation>
    </message>
    <message>
        <source>Liberated territories: 65% discount for households above 20 kW</source>
        <translation>İşğaldan azad olunmuş ərazilər: 20 kVt-dan çox məişət abonentlərinə 65% güzəşt</translation>
    </message>
    <message>
        <source>Liberated territories: 65% discount for non-residential objects up to 200 kW, three-phase, 0.4 kV</source>
        <translation>İşğaldan azad olunmuş ərazilər: 200 kVt-a qədər 3 fazlı, 0,4 kV qeyri-yaşayış obyektlərinə 65% güzəşt</translation>
    </message>
    <message>
        <source>Liberated territories: free at medium voltage</source>
        <translation>İşğaldan azad olunmuş ərazilər: orta gərginlikdə ödənişsiz</translation>
    </message>
    <message>
        <source>Liberated territories: free at high voltage</source>
        <translation>İşğaldan azad edilmiş ərazilər: yüksək gərginlikdə pulsuz</translation>
    </message>
    <message>
        <source>Liberated territories: 65% discount for households on three-phase supply</source>
        <translation>İşğaldan azad edilmiş ərazilər: üçfazlı təchizatda məişət abonentlərinə 65% güzəşt</translation>
    </message>
    <message>
        <source>Liberated territories: free above 200 kW</source>
        <translation>İşğaldan azad edilmiş ərazilər: 200 kVt-dan yuxarı pulsuz</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>ASAN self-service</source>
        <translation>ASAN özünəxidmət</translation>
    </message>
    <message>
        <source>Larger text / high contrast</source>
        <translation>Böyük yazı / yüksək kontrast</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Yenidən başla</translation>
    </message>
    <message>
        <source>Staff are called</source>
        <translation>Əməkdaş çağırıldı</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Əməkdaşı çağır</translation>
    </message>
</context>
<context>
    <name>TrackingScreen</name>
    <message>
        <source>Kept on this kiosk for staff to check.</source>
        <translation>Əməkdaşların yoxlaması üçün bu kioskda saxlanılır.</translation>
    </message>
    <message>
        <source>The utility could not accept it as it is. Staff will check it and contact you; you can also ask staff here.</source>
        <translation>Xidmət təşkilatı onu bu şəkildə qəbul edə bilmədi. Əməkdaşlar onu yoxlayıb sizinlə əlaqə saxlayacaq; burada əməkdaşlardan da soruşa bilərsiniz.</translation>
    </message>
    <message>
        <source>Saved on this kiosk, not yet sent.</source>
        <translation>Bu kioskda saxlanılıb, hələ göndərilməyib.</translation>
    </message>
    <message>
        <source>It will be sent automatically as soon as the kiosk is online. Nothing more is needed from you.</source>
        <translation>Kiosk şəbəkəyə qoşulan kimi avtomatik göndəriləcək. Sizdən başqa heç nə tələb olunmur.</translation>
    </message>
    <message>
        <source>The kiosk cannot check right now.</source>
        <translation>Kiosk hazırda yoxlaya bilmir.</translation>
    </message>
    <message>
        <source>The service cannot be reached at the moment. Please try again later, or scan the QR code on your receipt with your phone.</source>
        <translation>Xidmət hazırda əlçatan deyil. Bir qədər sonra yenidən cəhd edin və ya qəbzdəki QR kodu telefonunuzla skan edin.</translation>
    </message>
    <message>
        <source>No application with this code was found.</source>
        <translation>Bu kodla müraciət tapılmadı.</translation>
    </message>
    <message>
        <source>Please compare the code with your receipt. A new application can take a few minutes to appear.</source>
        <translation>Kodu qəbzinizlə müqayisə edin. Yeni müraciətin görünməsi bir neçə dəqiqə çəkə bilər.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Növbəti addım: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Vəziyyət: %1</translation>
    </message>
    <message>
        <source>Sent to the utility on %1.</source>
        <translation>%1 tarixində xidmət təşkilatına göndərilib.</translation>
    </message>
    <message>
        <source>Last status known to this kiosk: %1</source>
        <translation>Bu kioskun bildiyi son status: %1</translation>
    </message>
    <message>
        <source>The kiosk cannot check for news right now: the service cannot be reached. Please try again later, or scan the QR code on your receipt with your phone.</source>
        <translation>Kiosk hazırda yenilikləri yoxlaya bilmir: xidmətlə əlaqə yoxdur. Zəhmət olmasa, sonra yenidən cəhd edin və ya qəbzdəki QR kodu telefonunuzla skan edin.</translation>
    </message>
    <message>
        <source>Track my application</source>
        <translation>Müraciətimi izlə</translation>
    </message>
    <message>
        <source>Hold the QR code of your receipt under the scanner, or type the code from the receipt and touch “Check”.</source>
        <translation>Qəbzdəki QR kodu skanerə tutun və ya qəbzdəki kodu yazıb «Yoxla» düyməsinə toxunun.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Yoxla</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Əvvələ qayıt</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Addım %1 / %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Müraciəti göndər</translation>
    </message>
    <message>
        <source>Save and go back to the check</source>
        <translation>Yadda saxla və yoxlamaya qayıt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <source>Please correct the marked answers to go on.</source>
        <translation>Davam etmək üçün qeyd olunmuş cavabları düzəldin.</translation>
    </message>
    <message>
        <source>Touch the problem above to change the answer it comes from, or call staff.</source>
        <translation>Yuxarıdakı problemə toxunun və onun aid olduğu cavabı dəyişin, ya da əməkdaşı çağırın.</translation>
    </message>
    <message>
        <source>This cannot be put right here: please call staff, they will help you.</source>
        <translation>Bunu burada düzəltmək olmur: əməkdaşı çağırın, sizə kömək edəcək.</translation>
    </message>
    <message>
        <source>Please check the marked answer.</source>
        <translation>Qeyd olunmuş cavabı yoxlayın.</translation>
    </message>
</context>
</TS>
