<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ApologyScreen</name>
    <message>
        <source>We are sorry, something went wrong.</source>
        <translation>Извините, что-то пошло не так.</translation>
    </message>
    <message>
        <source>What you entered has been cleared for your privacy. Anything you already sent is safe. Please start over, or ask a member of staff for help.</source>
        <translation>Ради защиты ваших данных всё введённое удалено. Уже отправленные заявки сохранены. Начните заново или обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>Back office</source>
        <translation>Бэк-офис</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Очередь работ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Киоски</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Kiosk tokens</source>
        <translation>Токены киосков</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign-in failed. Check the user name and password. After 5 failed attempts the account is locked for 15 minutes.</source>
        <translation>Не удалось войти. Проверьте имя пользователя и пароль. После 5 неудачных попыток учётная запись блокируется на 15 минут.</translation>
    </message>
    <message>
        <source>This page is for supervisors only.</source>
        <translation>Эта страница только для руководителей.</translation>
    </message>
    <message>
        <source>This form has expired. Open the page again and repeat the action.</source>
        <translation>Срок действия формы истёк. Откройте страницу снова и повторите действие.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Сервер занят. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Open (not final)</source>
        <translation>Открытые (не завершённые)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Дней ожидания</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>over target</source>
        <translation>сверх цели</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Код отслеживания</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Нечего показать.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Waiting for the photo</source>
        <translation>Ожидается фото</translation>
    </message>
    <message>
        <source>Fee quoted</source>
        <translation>Рассчитанная плата</translation>
    </message>
    <message>
        <source>Tariff schedule</source>
        <translation>Тарифное решение</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Note for staff (the applicant does not see it)</source>
        <translation>Заметка для сотрудников (заявитель её не видит)</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Статус изменён.</translation>
    </message>
    <message>
        <source>Someone else moved this application meanwhile. Its current status is shown below: check it and decide again.</source>
        <translation>Тем временем статус этой заявки изменил другой сотрудник. Текущий статус показан ниже: проверьте его и решите снова.</translation>
    </message>
    <message>
        <source>This move is not allowed from the current status.</source>
        <translation>Этот переход из текущего статуса не допускается.</translation>
    </message>
    <message>
        <source>Choose the reason of the rejection.</source>
        <translation>Выберите причину отказа.</translation>
    </message>
    <message>
        <source>This application is in a final status.</source>
        <translation>Эта заявка в завершённом статусе.</translation>
    </message>
    <message>
        <source>Application not found.</source>
        <translation>Заявка не найдена.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Messages to applicants, newest first. In development nothing leaves the server: this list shows what would have been sent.</source>
        <translation>Сообщения заявителям, новые сверху. В среде разработки ничего не отправляется: список показывает, что было бы отправлено.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Пока недоступно.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ждут отправки</translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation>Самое старое ждёт с</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Последняя отправка</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Последний сигнал</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>All well</source>
        <translation>Всё в порядке</translation>
    </message>
    <message>
        <source>working</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>нет бумаги</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>неисправность</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>ещё не использовался</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Пароль должен содержать не менее 10 символов.</translation>
    </message>
    <message>
        <source>This password cannot be used.</source>
        <translation>Этот пароль нельзя использовать.</translation>
    </message>
    <message>
        <source>User name: 2 to 64 small Latin letters, digits, dots, dashes or underscores.</source>
        <translation>Имя пользователя: от 2 до 64 строчных латинских букв, цифр, точек, дефисов или подчёркиваний.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Выберите роль.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation>Добавить киоск</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Идентификатор киоска</translation>
    </message>
    <message>
        <source>Valid for (days; empty: no end)</source>
        <translation>Срок действия (дней; пусто: бессрочно)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>The new kiosk&apos;s token, shown only now: put it in that kiosk&apos;s configuration (api_token).</source>
        <translation>Токен нового киоска показан только сейчас: внесите его в конфигурацию этого киоска (api_token).</translation>
    </message>
    <message>
        <source>Kiosk id: 1 to 64 characters, as in the kiosk&apos;s configuration (kiosk_id).</source>
        <translation>Идентификатор киоска: от 1 до 64 символов, как в конфигурации киоска (kiosk_id).</translation>
    </message>
    <message>
        <source>Valid for: a number of days from 1 to 3650, or empty.</source>
        <translation>Срок действия: число дней от 1 до 3650 или пусто.</translation>
    </message>
    <message>
        <source>No such kiosk token, or already revoked.</source>
        <translation>Такого токена киоска нет, или он уже отозван.</translation>
    </message>
    <message>
        <source>Revoke this kiosk&apos;s token? The kiosk is refused from its next request and can send nothing until it is given a new token.</source>
        <translation>Отозвать токен этого киоска? Следующий запрос киоска будет отклонён, и он ничего не сможет отправить, пока не получит новый токен.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Revoked: the kiosk is refused from its next request.</source>
        <translation>Отозван: следующий запрос киоска будет отклонён.</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Take the photo</source>
        <translation>Сфотографировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Shop or service point</source>
        <translation>Магазин или пункт услуг</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Production or workshop</source>
        <translation>Производство или мастерская</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Accelerated</source>
        <translation>Ускоренный</translation>
    </message>
    <message>
        <source>Single-phase (1)</source>
        <translation>Однофазное (1)</translation>
    </message>
    <message>
        <source>Three-phase (3)</source>
        <translation>Трёхфазное (3)</translation>
    </message>
    <message>
        <source>A household (home)</source>
        <translation>Домохозяйство (жильё)</translation>
    </message>
    <message>
        <source>An entrepreneur or a company</source>
        <translation>Предприниматель или компания</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Солнце</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Ветер</translation>
    </message>
    <message>
        <source>Small hydro</source>
        <translation>Малая гидроэлектростанция</translation>
    </message>
    <message>
        <source>Biomass or biogas</source>
        <translation>Биомасса или биогаз</translation>
    </message>
    <message>
        <source>Geothermal</source>
        <translation>Геотермальная энергия</translation>
    </message>
    <message>
        <source>Another renewable source</source>
        <translation>Другой возобновляемый источник</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Подтвердите, что это вы</translation>
    </message>
    <message>
        <source>We sent a code of 6 digits by SMS to {phone}, the mobile number the registry holds for you. Type it here and your details are filled in.</source>
        <translation>Мы отправили SMS с кодом из 6 цифр на номер {phone}, указанный для вас в реестре. Введите его здесь, и ваши данные будут заполнены.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Type my details myself</source>
        <translation>Введу данные сам</translation>
    </message>
    <message>
        <source>Send a new code (%1 s)</source>
        <translation>Отправить новый код (%1 с)</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Отправить новый код</translation>
    </message>
    <message>
        <source>That code is not right. Tries left: %1.</source>
        <translation>Код неверный. Осталось попыток: %1.</translation>
    </message>
    <message>
        <source>This code is no longer valid. Ask for a new code, or type your details.</source>
        <translation>Этот код больше не действует. Запросите новый код или введите данные сами.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Ask for a new code, or type your details.</source>
        <translation>Слишком много неверных кодов. Запросите новый код или введите данные сами.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Your receipt is not printed</source>
        <translation>Квитанция не распечатана</translation>
    </message>
    <message>
        <source>Without the receipt, the tracking code on this screen is the only way to follow your application. Print the receipt, or take a photo of the code and the QR code first.</source>
        <translation>Без квитанции следить за заявкой можно только по коду отслеживания на этом экране. Распечатайте квитанцию или сначала сфотографируйте код и QR-код.</translation>
    </message>
    <message>
        <source>Finish without a receipt</source>
        <translation>Завершить без квитанции</translation>
    </message>
    <message>
        <source>Stay on this page</source>
        <translation>Остаться на этой странице</translation>
    </message>
    <message>
        <source>Your application has been registered</source>
        <translation>Ваша заявка зарегистрирована</translation>
    </message>
    <message>
        <source>Your tracking code:</source>
        <translation>Ваш код отслеживания:</translation>
    </message>
    <message>
        <source>Scan with your phone to follow your application.</source>
        <translation>Отсканируйте телефоном, чтобы следить за заявкой.</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>К оплате: %1</translation>
    </message>
    <message>
        <source>What to expect: the utility aims to decide and connect within %1 days.</source>
        <translation>Чего ожидать: обслуживающая организация стремится принять решение и выполнить подключение в течение %1 дней.</translation>
    </message>
    <message>
        <source>What to expect: the utility checks your application and tells you its decision by SMS.</source>
        <translation>Чего ожидать: обслуживающая организация проверит заявку и сообщит решение по SMS.</translation>
    </message>
    <message>
        <source>You will get an SMS about the result. To follow your application, scan the QR code on the receipt with your phone, or use “Track my application” here.</source>
        <translation>О результате вы получите SMS. Чтобы следить за заявкой, отсканируйте QR-код на квитанции телефоном или выберите здесь «Отследить заявку».</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Распечатать квитанцию</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>How was the service? Tap a number, if you like.</source>
        <translation>Как вас обслужили? Если хотите, нажмите на цифру.</translation>
    </message>
    <message>
        <source>1 is very bad, 5 is very good.</source>
        <translation>1 — очень плохо, 5 — очень хорошо.</translation>
    </message>
    <message>
        <source>Rate %1 out of 5</source>
        <translation>Оценить на %1 из 5</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Спасибо за вашу оценку.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO — a demonstration terminal. Applications made here are not sent to a utility.</source>
        <translation>ДЕМО — демонстрационный терминал. Заявки, поданные здесь, не отправляются в обслуживающую организацию.</translation>
    </message>
</context>
<context>
    <name>DistrictField</name>
    <message>
        <source>Chosen: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>Type to search, then touch the name</source>
        <translation>Начните вводить название, затем коснитесь его</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation>Есть проблема</translation>
    </message>
    <message>
        <source>and %1 more, marked on the page below</source>
        <translation>и ещё %1 — отмечены на странице ниже</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>VÖEN (taxpayer number)</source>
        <translation>ВОЕН (идентификационный номер налогоплательщика)</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Purpose of the object</source>
        <translation>Назначение объекта</translation>
    </message>
    <message>
        <source>FIN (personal identification number)</source>
        <translation>ФИН (личный идентификационный номер)</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Мобильный номер</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Execution period of the work</source>
        <translation>Срок выполнения работ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>Required power, kW</source>
        <translation>Требуемая мощность, кВт</translation>
    </message>
    <message>
        <source>District or city</source>
        <translation>Район или город</translation>
    </message>
    <message>
        <source>Property registry number</source>
        <translation>Реестровый номер недвижимости</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>You apply as</source>
        <translation>Вы подаёте заявку как</translation>
    </message>
    <message>
        <source>Azərişıq subscriber code</source>
        <translation>Абонентский код «Азеришыг»</translation>
    </message>
    <message>
        <source>Connected power of the object, kW</source>
        <translation>Подключённая мощность объекта, кВт</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Источник энергии</translation>
    </message>
    <message>
        <source>Station power, kW</source>
        <translation>Мощность станции, кВт</translation>
    </message>
    <message>
        <source>Address of the object</source>
        <translation>Адрес объекта</translation>
    </message>
    <message>
        <source>Bank account (IBAN) for the year-end payout</source>
        <translation>Банковский счёт (IBAN) для выплаты в конце года</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Azərsu subscriber code</source>
        <translation>Абонентский код «Азерсу»</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Meter factory number</source>
        <translation>Заводской номер счётчика</translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation>Номер пломбы</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <source>Date of the reading</source>
        <translation>Дата снятия показания</translation>
    </message>
    <message>
        <source>Photo of the meter</source>
        <translation>Фото счётчика</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>Счётчики</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>(optional)</source>
        <translation>(необязательно)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Photo to follow</source>
        <translation>Фото будет позже</translation>
    </message>
    <message>
        <source>Add it later from your phone: the receipt tells you how.</source>
        <translation>Добавьте его позже с телефона: как это сделать, написано в квитанции.</translation>
    </message>
    <message>
        <source>From my phone</source>
        <translation>С моего телефона</translation>
    </message>
    <message>
        <source>Send the photo later</source>
        <translation>Отправить фото позже</translation>
    </message>
    <message>
        <source>Choose from USB stick</source>
        <translation>Выбрать с USB-флешки</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Сфотографировать</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Choose the photo of your meter</source>
        <translation>Выберите фото счётчика</translation>
    </message>
    <message>
        <source>No photo was found. Insert your USB stick, or ask staff for help.</source>
        <translation>Фото не найдено. Вставьте USB-флешку или обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>Silent: no heartbeat</source>
        <translation>Молчит: нет сигнала</translation>
    </message>
    <message>
        <source>Applications waiting to be sent for over 30 minutes</source>
        <translation>Заявки ждут отправки больше 30 минут</translation>
    </message>
    <message>
        <source>Printer out of paper</source>
        <translation>В принтере закончилась бумага</translation>
    </message>
    <message>
        <source>Printer fault</source>
        <translation>Неисправность принтера</translation>
    </message>
    <message>
        <source>An applicant asked for staff</source>
        <translation>Заявитель вызвал сотрудника</translation>
    </message>
    <message>
        <source>Staff audit log rewritten: differs from the entries it shipped</source>
        <translation>Журнал действий сотрудников изменён: не совпадает с отправленными записями</translation>
    </message>
</context>
<context>
    <name>GroupField</name>
    <message>
        <source>Meter %1</source>
        <translation>Счётчик %1</translation>
    </message>
    <message>
        <source>Remove this meter</source>
        <translation>Удалить этот счётчик</translation>
    </message>
    <message>
        <source>Add another meter</source>
        <translation>Добавить ещё счётчик</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Добавить ещё</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>Удалить этот пункт</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>7 characters on your ID card, e.g. 5ABCD7K</source>
        <translation>7 символов на удостоверении личности, например 5ABCD7K</translation>
    </message>
    <message>
        <source>An active mobile number: we send the result by SMS</source>
        <translation>Действующий мобильный номер: результат придёт по SMS</translation>
    </message>
    <message>
        <source>When the kiosk is online, your details are filled in from the state registry.</source>
        <translation>Когда киоск на связи, ваши данные заполняются из государственного реестра.</translation>
    </message>
    <message>
        <source>Optional: we also send the result by e-mail.</source>
        <translation>Необязательно: результат пришлём и по электронной почте.</translation>
    </message>
    <message>
        <source>Up to 150 kW, with up to 2 decimals, e.g. 7,25</source>
        <translation>До 150 кВт, не больше 2 знаков после запятой, например 7,25</translation>
    </message>
    <message>
        <source>On the extract from the state property register: letters, digits, / . -</source>
        <translation>В выписке из государственного реестра недвижимости: буквы, цифры, / . -</translation>
    </message>
    <message>
        <source>The registration number on the same extract, e.g. 2024/118</source>
        <translation>Регистрационный номер в той же выписке, например 2024/118</translation>
    </message>
    <message>
        <source>10 digits, on your tax registration certificate</source>
        <translation>10 цифр, в свидетельстве о налоговой регистрации</translation>
    </message>
    <message>
        <source>For a company; an individual entrepreneur types their name</source>
        <translation>Для компании; индивидуальный предприниматель пишет своё имя</translation>
    </message>
    <message>
        <source>15 digits, printed on your electricity bill</source>
        <translation>15 цифр, указан в счёте за электроэнергию</translation>
    </message>
    <message>
        <source>Up to 150 kW and not above the connected power</source>
        <translation>До 150 кВт и не больше подключённой мощности</translation>
    </message>
    <message>
        <source>Where the station is, if not your registered address</source>
        <translation>Где находится станция, если не по адресу регистрации</translation>
    </message>
    <message>
        <source>28 characters starting with AZ, e.g. AZ21 NABZ 0000 0000 1370 1000 1944</source>
        <translation>28 символов, начиная с AZ, например AZ21 NABZ 0000 0000 1370 1000 1944</translation>
    </message>
    <message>
        <source>A mobile or a landline number, e.g. 012 345 67 89</source>
        <translation>Мобильный или городской номер, например 012 345 67 89</translation>
    </message>
    <message>
        <source>Optional: the invoice notice is e-mailed here. Without it, follow your application by SMS (mobile numbers only) or with the code on your receipt.</source>
        <translation>Необязательно: уведомление о счёте придёт на этот адрес. Без него следите за заявкой по SMS (только на мобильный номер) или по коду с квитанции.</translation>
    </message>
    <message>
        <source>Printed on your water bill</source>
        <translation>Указан в счёте за воду</translation>
    </message>
    <message>
        <source>Stamped on the seal (plomb) that closes the meter: letters and digits</source>
        <translation>Выбит на пломбе, закрывающей счётчик: буквы и цифры</translation>
    </message>
    <message>
        <source>The black digits; up to 3 decimals</source>
        <translation>Чёрные цифры; до 3 знаков после запятой</translation>
    </message>
    <message>
        <source>The factory number and the reading must be legible</source>
        <translation>Заводской номер и показание должны быть хорошо видны</translation>
    </message>
    <message>
        <source>10 digits, on your tax registration certificate; the last is 1 for a company, 2 for an individual entrepreneur</source>
        <translation>10 цифр из свидетельства о налоговой регистрации; последняя — 1 у юридического лица, 2 у индивидуального предпринимателя</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome! What would you like to do?</source>
        <translation>Добро пожаловать! Что вы хотите сделать?</translation>
    </message>
    <message>
        <source>Touch a service to start. You can change the language at any time.</source>
        <translation>Коснитесь услуги, чтобы начать. Язык можно сменить в любой момент.</translation>
    </message>
    <message>
        <source>Track my application</source>
        <translation>Отследить заявку</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt or type its code</source>
        <translation>Отсканируйте QR-код с квитанции или введите код</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>For your privacy, everything you entered will be cleared in %1 seconds.</source>
        <translation>Ради защиты ваших данных всё введённое будет удалено через %1 с.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мне нужно ещё время</translation>
    </message>
    <message>
        <source>Delete my answers now</source>
        <translation>Удалить мои ответы сейчас</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>space</source>
        <translation>пробел</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Start over?</source>
        <translation>Начать заново?</translation>
    </message>
    <message>
        <source>Everything you have entered will be deleted from this kiosk and you will go back to the start.</source>
        <translation>Всё, что вы ввели, будет удалено с этого киоска, и вы вернётесь в начало.</translation>
    </message>
    <message>
        <source>Yes, delete my answers</source>
        <translation>Да, удалить мои ответы</translation>
    </message>
    <message>
        <source>No, go back to my application</source>
        <translation>Нет, вернуться к заявке</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Applications received</source>
        <translation>Получено заявок</translation>
    </message>
    <message>
        <source>Applications by channel: %1</source>
        <translation>Заявки по каналу: %1</translation>
    </message>
    <message>
        <source>Share of electronic applications</source>
        <translation>Доля электронных заявок</translation>
    </message>
    <message>
        <source>Days to connect (median)</source>
        <translation>Срок подключения, дней (медиана)</translation>
    </message>
    <message>
        <source>Days to connect (90th percentile)</source>
        <translation>Срок подключения, дней (90-й процентиль)</translation>
    </message>
    <message>
        <source>Rejections (of decided applications)</source>
        <translation>Отказы (из рассмотренных заявок)</translation>
    </message>
    <message>
        <source>Satisfaction (ratings 4 or 5)</source>
        <translation>Удовлетворённость (оценки 4 или 5)</translation>
    </message>
    <message>
        <source>Average rating (1 to 5)</source>
        <translation>Средняя оценка (от 1 до 5)</translation>
    </message>
    <message>
        <source>Applications open past their deadline</source>
        <translation>Открытые заявки с истёкшим сроком</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>данных пока нет</translation>
    </message>
    <message>
        <source>not measured here: paper applications are counted by the utility</source>
        <translation>здесь не измеряется: бумажные заявки учитывает обслуживающая организация</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>киоск</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <source>This field does not belong to the form.</source>
        <translation>Это поле не относится к форме.</translation>
    </message>
    <message>
        <source>The FIN has 7 characters.</source>
        <translation>ФИН состоит из 7 символов.</translation>
    </message>
    <message>
        <source>The FIN has only Latin letters and digits.</source>
        <translation>ФИН состоит только из латинских букв и цифр.</translation>
    </message>
    <message>
        <source>The FIN has no letters I or O: type the digits 1 or 0.</source>
        <translation>В ФИН нет букв I и O: введите цифру 1 или 0.</translation>
    </message>
    <message>
        <source>The VÖEN has only digits.</source>
        <translation>ВОЕН состоит только из цифр.</translation>
    </message>
    <message>
        <source>The VÖEN has 10 digits.</source>
        <translation>ВОЕН состоит из 10 цифр.</translation>
    </message>
    <message>
        <source>The last digit of a VÖEN is 1 or 2.</source>
        <translation>Последняя цифра ВОЕН — 1 или 2.</translation>
    </message>
    <message>
        <source>This is not a valid phone number, e.g. 050 123 45 67.</source>
        <translation>Неверный номер телефона. Пример: 050 123 45 67.</translation>
    </message>
    <message>
        <source>Please give an Azerbaijani mobile number (+994).</source>
        <translation>Укажите азербайджанский мобильный номер (+994).</translation>
    </message>
    <message>
        <source>This is a landline; please give a mobile number.</source>
        <translation>Это городской номер; укажите мобильный.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + - ( ) .</source>
        <translation>В номере телефона только цифры, пробелы и знаки + - ( ) .</translation>
    </message>
    <message>
        <source>This is not a valid phone number, e.g. 012 345 67 89 or 050 123 45 67.</source>
        <translation>Неверный номер телефона. Пример: 012 345 67 89 или 050 123 45 67.</translation>
    </message>
    <message>
        <source>Please give an Azerbaijani phone number (+994).</source>
        <translation>Укажите азербайджанский номер телефона (+994).</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
    <message>
        <source>The subscriber code has only digits.</source>
        <translation>Абонентский код состоит только из цифр.</translation>
    </message>
    <message>
        <source>The subscriber code has %1 digits.</source>
        <translation>Абонентский код состоит из %1 цифр.</translation>
    </message>
    <message>
        <source>The subscriber code has %1 to %2 digits.</source>
        <translation>Абонентский код состоит из %1–%2 цифр.</translation>
    </message>
    <message>
        <source>No subscriber with this code was found.</source>
        <translation>Абонент с таким кодом не найден.</translation>
    </message>
    <message>
        <source>Use Latin letters and digits, as on the meter.</source>
        <translation>Используйте латинские буквы и цифры, как на счётчике.</translation>
    </message>
    <message>
        <source>Please enter a number, e.g. 12,5.</source>
        <translation>Введите число, например 12,5.</translation>
    </message>
    <message>
        <source>A reading cannot be negative.</source>
        <translation>Показание не может быть отрицательным.</translation>
    </message>
    <message>
        <source>At most %1 digits after the comma.</source>
        <translation>Не больше %1 знаков после запятой.</translation>
    </message>
    <message>
        <source>This reading is too large.</source>
        <translation>Слишком большое показание.</translation>
    </message>
    <message>
        <source>Meter %1: the reading is lower than the last one (%2). You can send it; the meter will then be checked on site.</source>
        <translation>Счётчик %1: показание меньше предыдущего (%2). Его можно отправить; тогда счётчик проверят на месте.</translation>
    </message>
    <message>
        <source>Please enter a date as dd.mm.yyyy.</source>
        <translation>Введите дату в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Дата не может быть в будущем.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>Эта дата слишком давняя.</translation>
    </message>
    <message>
        <source>The power must be greater than zero.</source>
        <translation>Мощность должна быть больше нуля.</translation>
    </message>
    <message>
        <source>At most %1 kW.</source>
        <translation>Не больше %1 кВт.</translation>
    </message>
    <message>
        <source>At most %1 digits after the comma, e.g. 7,25.</source>
        <translation>Не больше %1 знаков после запятой, например 7,25.</translation>
    </message>
    <message>
        <source>Please enter the power as a number.</source>
        <translation>Укажите мощность числом.</translation>
    </message>
    <message>
        <source>The station cannot exceed the object&apos;s connected power (%1 kW).</source>
        <translation>Мощность станции не может превышать подключённую мощность объекта (%1 кВт).</translation>
    </message>
    <message>
        <source>Choose single-phase or three-phase.</source>
        <translation>Выберите однофазное или трёхфазное подключение.</translation>
    </message>
    <message>
        <source>Choose a district or city from the list.</source>
        <translation>Выберите район или город из списка.</translation>
    </message>
    <message>
        <source>The Nakhchivan Autonomous Republic has its own electricity supplier, not Azərişıq: please apply to it there.</source>
        <translation>У Нахчыванской Автономной Республики свой поставщик электроэнергии, не Азеришыг: пожалуйста, обратитесь к нему.</translation>
    </message>
    <message>
        <source>The Nakhchivan Autonomous Republic has its own water supplier, not Azərsu: please apply to it there.</source>
        <translation>У Нахчыванской Автономной Республики свой поставщик воды, не Азерсу: пожалуйста, обратитесь к нему.</translation>
    </message>
    <message>
        <source>Please enter the tracking code.</source>
        <translation>Введите код отслеживания.</translation>
    </message>
    <message>
        <source>A tracking code has 16 characters.</source>
        <translation>Код отслеживания состоит из 16 символов.</translation>
    </message>
    <message>
        <source>A tracking code has only Latin letters and digits.</source>
        <translation>Код отслеживания состоит только из латинских букв и цифр.</translation>
    </message>
    <message>
        <source>This code has a typo: please check each character.</source>
        <translation>В коде опечатка: проверьте каждый символ.</translation>
    </message>
    <message>
        <source>Use letters only.</source>
        <translation>Используйте только буквы.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Не больше %1 символов.</translation>
    </message>
    <message>
        <source>This text has characters that cannot be used.</source>
        <translation>В тексте есть недопустимые символы.</translation>
    </message>
    <message>
        <source>Use Latin letters, digits and / . -</source>
        <translation>Используйте латинские буквы, цифры и знаки / . -</translation>
    </message>
    <message>
        <source>An Azerbaijani IBAN starts with AZ and has 28 characters.</source>
        <translation>Азербайджанский IBAN начинается с AZ и состоит из 28 символов.</translation>
    </message>
    <message>
        <source>This IBAN has a typo.</source>
        <translation>В этом IBAN опечатка.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Выберите один из вариантов.</translation>
    </message>
    <message>
        <source>Add at least %1.</source>
        <translation>Добавьте не меньше %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Не больше %1.</translation>
    </message>
    <message>
        <source>Please add a photo or a PDF.</source>
        <translation>Добавьте фото или PDF.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пустой.</translation>
    </message>
    <message>
        <source>The file is too large (at most %1 MB).</source>
        <translation>Файл слишком большой (не больше %1 МБ).</translation>
    </message>
    <message>
        <source>Together the photos are too large to send (at most %1 MB): use smaller photos, or fewer.</source>
        <translation>Вместе фотографии слишком большие для отправки (не больше %1 МБ): добавьте фотографии поменьше или меньше фотографий.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG or PNG files can be used.</source>
        <translation>Подходят только файлы PDF, JPEG или PNG.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a real photo or PDF.</source>
        <translation>Файл повреждён или не является настоящим фото или PDF.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <source>This kiosk cannot take a photo from a phone now. Use a USB stick, or send the photo later.</source>
        <translation>Сейчас этот киоск не может принять фото с телефона. Используйте USB-накопитель или отправьте фото позже.</translation>
    </message>
    <message>
        <source>No tariff is in force for this date.</source>
        <translation>На эту дату нет действующего тарифа.</translation>
    </message>
    <message>
        <source>The tariff has no fee for this power and supply.</source>
        <translation>В тарифе нет платы для такой мощности и вида подключения.</translation>
    </message>
    <message>
        <source>This connection period is not offered at present.</source>
        <translation>Этот срок подключения сейчас не предлагается.</translation>
    </message>
    <message>
        <source>This service has no connection fee.</source>
        <translation>За эту услугу нет платы за подключение.</translation>
    </message>
    <message>
        <source>This service has no fee.</source>
        <translation>Эта услуга бесплатна.</translation>
    </message>
    <message>
        <source>Give 12 monthly values.</source>
        <translation>Укажите значения за 12 месяцев.</translation>
    </message>
    <message>
        <source>Values cannot be negative.</source>
        <translation>Значения не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>Tariffs cannot be negative.</source>
        <translation>Тарифы не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>ASAN kiosk: your code is {code}. It is valid for 5 minutes. Do not tell it to anyone.</source>
        <translation>Киоск ASAN: ваш код {code}. Действует 5 минут. Никому его не сообщайте.</translation>
    </message>
</context>
<context>
    <name>NetmeterPage</name>
    <message>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <source>%1 (billed %2)</source>
        <translation>%1 (к оплате: %2)</translation>
    </message>
    <message>
        <source>Balance at the end of the year: %1 kWh. Paid to you: %2. Billed during the year: %3.</source>
        <translation>Баланс на конец года: %1 кВт·ч. Выплата вам: %2. Начислено за год: %3.</translation>
    </message>
    <message>
        <source>Connection fee: %1 — active consumers get new technical conditions at their existing power without a fee (decision 346, 3.4).</source>
        <translation>Плата за подключение: %1 — активный потребитель получает новые технические условия в пределах имеющейся мощности бесплатно (решение № 346, п. 3.4).</translation>
    </message>
    <message>
        <source>Station power %1 kW: within the object&apos;s connected power (%2 kW) and the 150 kW limit (decision 346, 1.4 and 1.8.1).</source>
        <translation>Мощность станции %1 кВт: в пределах подключённой мощности объекта (%2 кВт) и предела 150 кВт (решение № 346, пп. 1.4 и 1.8.1).</translation>
    </message>
    <message>
        <source>Estimate your year</source>
        <translation>Оцените свой год</translation>
    </message>
    <message>
        <source>From the panel power</source>
        <translation>По мощности панелей</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Panel power, kW</source>
        <translation>Мощность панелей, кВт</translation>
    </message>
    <message>
        <source>Your use per month, kWh</source>
        <translation>Ваше потребление в месяц, кВт·ч</translation>
    </message>
    <message>
        <source>Sent to the grid, kWh</source>
        <translation>Отдано в сеть, кВт·ч</translation>
    </message>
    <message>
        <source>Taken from the grid, kWh</source>
        <translation>Взято из сети, кВт·ч</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Sent, kWh</source>
        <translation>Отдано, кВт·ч</translation>
    </message>
    <message>
        <source>Taken, kWh</source>
        <translation>Взято, кВт·ч</translation>
    </message>
    <message>
        <source>Balance, kWh</source>
        <translation>Баланс, кВт·ч</translation>
    </message>
    <message>
        <source>Each month the balance grows by what you send and shrinks by what you take (5.1); a shortfall is billed at %1 per kWh (5.2.4); a positive balance at the end of the year is paid at %2 per kWh (6.1.2). This is an estimate, not a bill.</source>
        <translation>Каждый месяц баланс растёт на отданное в сеть и уменьшается на взятое из сети (п. 5.1); недостача оплачивается по розничному тарифу %1 за кВт·ч (п. 5.2.4); положительный баланс на конец года выплачивается по оптовому тарифу %2 за кВт·ч (п. 6.1.2). Это оценка, а не счёт.</translation>
    </message>
    <message>
        <source>Households pay by the kWh billed in the month: the rates change at %1 kWh.</source>
        <translation>Домохозяйства платят по начисленным за месяц кВт·ч: тариф меняется на %1 кВт·ч.</translation>
    </message>
    <message>
        <source>The reporting year runs from 1 January to 31 December (1.8.12): the estimate starts in %1, the first month your station can work, and the balance is settled at the end of December.</source>
        <translation>Отчётный год длится с 1 января по 31 декабря (1.8.12): расчёт начинается с месяца «%1», первого месяца работы станции, а баланс рассчитывается в конце декабря.</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Your application is registered. We will tell you the result by SMS.</source>
        <translation>Заявка зарегистрирована. О результате сообщим по SMS.</translation>
    </message>
    <message>
        <source>Your application is being reviewed. Nothing to do for now.</source>
        <translation>Заявка рассматривается. Пока ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Pay the connection fee through ASAN Pay or a bank.</source>
        <translation>Оплатите подключение через ASAN Pay или банк.</translation>
    </message>
    <message>
        <source>Payment received. We will call you to agree the time of the works.</source>
        <translation>Оплата получена. Мы позвоним, чтобы согласовать время работ.</translation>
    </message>
    <message>
        <source>The line and meter are being installed. Please let the crew onto the site.</source>
        <translation>Монтируются линия и счётчик. Обеспечьте мастерам доступ на объект.</translation>
    </message>
    <message>
        <source>We will contact you to sign the purchase contract.</source>
        <translation>С вами свяжутся, чтобы подписать договор купли-продажи.</translation>
    </message>
    <message>
        <source>Your site is connected. Nothing more to do.</source>
        <translation>Объект подключён к сети. Больше ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Reading accepted. Your invoice is being prepared.</source>
        <translation>Показания приняты. Счёт готовится.</translation>
    </message>
    <message>
        <source>The reading does not match our records. Staff will check the meter on site.</source>
        <translation>Показания не совпадают с базой. Сотрудник проверит счётчик на месте.</translation>
    </message>
    <message>
        <source>Your invoice is ready. It was sent to your e-mail if you gave one; if not, ask for it at an Azərsu or ASAN centre.</source>
        <translation>Ваш счёт готов. Если вы указали e-mail, он отправлен туда; если нет, получите его в центре Azərsu или ASAN.</translation>
    </message>
    <message>
        <source>Your application was rejected. The reason was sent by SMS. You can correct it and apply again.</source>
        <translation>Заявка отклонена. Причина отправлена по SMS. Можно исправить данные и подать снова.</translation>
    </message>
    <message>
        <source>Your reading is registered. Azərsu staff will check it.</source>
        <translation>Показания зарегистрированы. Сотрудник «Азерсу» их проверит.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Filled in from the registry. If something is wrong, please ask staff.</source>
        <translation>Данные заполнены из реестра. Если что-то неверно, обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>Not found in the registry: please type these details yourself. The application will note that you typed them.</source>
        <translation>В реестре не найдено: введите эти данные сами. В заявке будет отмечено, что их ввели вы.</translation>
    </message>
    <message>
        <source>The registry cannot be reached right now: please type these details yourself. The application will note that you typed them.</source>
        <translation>Реестр сейчас недоступен: введите эти данные сами. В заявке будет отмечено, что их ввели вы.</translation>
    </message>
    <message>
        <source>Please type these details yourself. The application will note that you typed them.</source>
        <translation>Пожалуйста, введите эти данные сами. В заявлении будет отмечено, что вы ввели их сами.</translation>
    </message>
    <message>
        <source>The registry holds no mobile number for you, so your details cannot be shown here: please type them yourself.</source>
        <translation>В реестре нет вашего мобильного номера, поэтому ваши данные не могут быть показаны здесь: введите их сами.</translation>
    </message>
    <message>
        <source>Too many codes were sent for this number in a short time: please type these details yourself.</source>
        <translation>На этот номер за короткое время отправлено слишком много кодов: введите эти данные сами.</translation>
    </message>
    <message>
        <source>Your application could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</source>
        <translation>Не удалось сохранить заявку на этом киоске. Ничего не отправлено. Обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your application is saved: take a photo of the code above, or ask staff to print the receipt.</source>
        <translation>Не удалось распечатать квитанцию. Заявка сохранена: сфотографируйте код выше или попросите сотрудника распечатать квитанцию.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Your application is saved: take a photo of the code above, or ask staff to print the receipt.</source>
        <translation>В принтере закончилась бумага. Заявка сохранена: сфотографируйте код выше или попросите сотрудника распечатать квитанцию.</translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it.</source>
        <translation>Квитанция распечатана. Возьмите её, пожалуйста.</translation>
    </message>
    <message>
        <source>Saved on this kiosk: it will be sent automatically as soon as the kiosk is online.</source>
        <translation>Сохранено на этом киоске: заявка уйдёт автоматически, как только появится связь.</translation>
    </message>
    <message>
        <source>Sent to the utility.</source>
        <translation>Отправлено в обслуживающую организацию.</translation>
    </message>
    <message>
        <source>Saved on this kiosk. The utility could not accept it as it is: staff will check it and contact you.</source>
        <translation>Сохранено на этом киоске. Обслуживающая организация не смогла принять заявку в таком виде: сотрудники проверят её и свяжутся с вами.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>%1: %2. Code %3. %4</source>
        <translation>%1: %2. Код %3. %4</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Application %1: %2</source>
        <translation>Заявка %1: %2</translation>
    </message>
    <message>
        <source>Your application has been received.</source>
        <translation>Ваша заявка принята.</translation>
    </message>
    <message>
        <source>The status of your application has changed.</source>
        <translation>Статус вашей заявки изменился.</translation>
    </message>
    <message>
        <source>Follow your application: %1</source>
        <translation>Следите за заявкой: %1</translation>
    </message>
    <message>
        <source>This message was sent automatically; please do not reply to it.</source>
        <translation>Это сообщение отправлено автоматически; не отвечайте на него.</translation>
    </message>
</context>
<context>
    <name>OutOfOrder</name>
    <message>
        <source>Terminal temporarily out of order</source>
        <translation>Терминал временно не работает</translation>
    </message>
    <message>
        <source>Please use another terminal or ask ASAN staff.</source>
        <translation>Пожалуйста, воспользуйтесь другим терминалом или обратитесь к сотруднику ASAN.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Photo for your application</source>
        <translation>Фото для вашего заявления</translation>
    </message>
    <message>
        <source>Take a photo of the meter on which its factory number and reading can be read, or choose one you have taken.</source>
        <translation>Сфотографируйте счётчик так, чтобы были видны заводской номер и показание, или выберите уже сделанное фото.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Meter {n}</source>
        <translation>Счётчик {n}</translation>
    </message>
    <message>
        <source>Send the photo</source>
        <translation>Отправить фото</translation>
    </message>
    <message>
        <source>JPEG or PNG, up to {max} MB. The photo goes only to your application.</source>
        <translation>JPEG или PNG, не более {max} МБ. Фото попадёт только в ваше заявление.</translation>
    </message>
    <message>
        <source>The photo has arrived. You can go on at the kiosk.</source>
        <translation>Фото получено. Продолжайте на киоске.</translation>
    </message>
    <message>
        <source>The photo has been added to your application. Thank you.</source>
        <translation>Фото добавлено к вашему заявлению. Спасибо.</translation>
    </message>
    <message>
        <source>This link has already been used. For another photo, ask the kiosk for a new code.</source>
        <translation>Эта ссылка уже использована. Для другого фото получите на киоске новый код.</translation>
    </message>
    <message>
        <source>This link has expired. Ask the kiosk for a new code.</source>
        <translation>Срок действия ссылки истёк. Получите на киоске новый код.</translation>
    </message>
    <message>
        <source>This link or code is not valid. Check the code shown on the kiosk.</source>
        <translation>Ссылка или код недействительны. Проверьте код на экране киоска.</translation>
    </message>
    <message>
        <source>The photo is too large: at most {max} MB. Choose a smaller photo or take it again at a lower resolution.</source>
        <translation>Фото слишком большое: не более {max} МБ. Выберите фото поменьше или переснимите с меньшим разрешением.</translation>
    </message>
    <message>
        <source>This file is not a photo. Choose a JPEG or PNG photo.</source>
        <translation>Этот файл не фото. Выберите фото JPEG или PNG.</translation>
    </message>
    <message>
        <source>This photo cannot be read, or it is far too large in pixels. Take it again.</source>
        <translation>Это фото не читается или в нём слишком много пикселей. Переснимите его.</translation>
    </message>
    <message>
        <source>No photo was chosen. Choose or take a photo.</source>
        <translation>Фото не выбрано. Выберите или сделайте фото.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Type the code shown on the kiosk</source>
        <translation>Введите код с экрана киоска</translation>
    </message>
    <message>
        <source>Code (8 letters and digits)</source>
        <translation>Код (8 букв и цифр)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>This code is not valid. It has 8 letters and digits, as shown on the kiosk.</source>
        <translation>Код недействителен. Он состоит из 8 букв и цифр, как на экране киоска.</translation>
    </message>
    <message>
        <source>Too many requests. Please try again shortly.</source>
        <translation>Слишком много запросов. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>The photo is used only for your application and is not kept on this page.</source>
        <translation>Фото используется только для вашего заявления и не хранится на этой странице.</translation>
    </message>
</context>
<context>
    <name>PhonePhoto</name>
    <message>
        <source>Send the photo from your phone</source>
        <translation>Отправьте фото с телефона</translation>
    </message>
    <message>
        <source>1. Scan the code with your phone&apos;s camera. 2. Take a photo of the meter on which its factory number and reading can be read, or choose one. 3. Send it: it appears here.</source>
        <translation>1. Отсканируйте код камерой телефона. 2. Сфотографируйте счётчик так, чтобы были видны заводской номер и показание, или выберите фото. 3. Отправьте его: фото появится здесь.</translation>
    </message>
    <message>
        <source>No QR reader? Open %1 and type this code:</source>
        <translation>Нет сканера QR? Откройте %1 и введите этот код:</translation>
    </message>
    <message>
        <source>Getting a code…</source>
        <translation>Получаем код…</translation>
    </message>
    <message>
        <source>Waiting for your photo…</source>
        <translation>Ждём ваше фото…</translation>
    </message>
    <message>
        <source>The photo has arrived.</source>
        <translation>Фото получено.</translation>
    </message>
    <message>
        <source>The code has expired. Touch “New code” to get another one.</source>
        <translation>Срок действия кода истёк. Нажмите «Новый код», чтобы получить другой.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the network now. You can send the application now and add the photo later from your phone: the receipt tells you how. Your answers are kept.</source>
        <translation>Киоск сейчас не может подключиться к сети. Вы можете отправить заявление сейчас, а фото добавить позже с телефона: как это сделать, написано в квитанции. Ваши ответы сохранены.</translation>
    </message>
    <message>
        <source>The code could not be made. Touch “New code” to try again.</source>
        <translation>Не удалось получить код. Нажмите «Новый код», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>The photo that arrived cannot be used: %1 Send another one with a new code.</source>
        <translation>Полученное фото нельзя использовать: %1 Отправьте другое с новым кодом.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Новый код</translation>
    </message>
    <message>
        <source>Send the photo later</source>
        <translation>Отправить фото позже</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QuotePage</name>
    <message>
        <source>%1 for the first %2 kW, plus %3 for each kW above it.</source>
        <translation>%1 за первые %2 кВт и %3 за каждый кВт сверх них.</translation>
    </message>
    <message>
        <source>%1 kW × %2 per kW.</source>
        <translation>%1 кВт × %2 за кВт.</translation>
    </message>
    <message>
        <source>Single-phase supply.</source>
        <translation>Однофазное подключение.</translation>
    </message>
    <message>
        <source>Three-phase supply.</source>
        <translation>Трёхфазное подключение.</translation>
    </message>
    <message>
        <source>The profitability norm R is not applied to homes on single-phase supply up to 5 kW (methodology, 2.4).</source>
        <translation>Норма доходности R не применяется к бытовым абонентам с однофазным подключением до 5 кВт (методология, п. 2.4).</translation>
    </message>
    <message>
        <source>Adjustment × %1: %2</source>
        <translation>Поправка × %1: %2</translation>
    </message>
    <message>
        <source>If there is no 0.4 kV grid within 400 m of the object, the fee is %1 (methodology, 2.5). Azərişıq confirms which amount applies.</source>
        <translation>Если в 400 м от объекта нет сети 0,4 кВ, плата составит %1 (методология, 2.5). Какая сумма применяется, подтверждает Азеришыг.</translation>
    </message>
    <message>
        <source>The nearest 0.4 kV transformer is %1 m from the object, more than 400 m, so the fee is calculated under section 3 of the methodology.</source>
        <translation>Ближайший трансформатор 0,4 кВ находится в %1 м от объекта, дальше 400 м, поэтому плата рассчитана по разделу 3 методологии.</translation>
    </message>
    <message>
        <source>The nearest 0.4 kV transformer is %1 m from the object.</source>
        <translation>Ближайший трансформатор 0,4 кВ находится в %1 м от объекта.</translation>
    </message>
    <message>
        <source>The connection fee you will pay</source>
        <translation>Плата за подключение к оплате</translation>
    </message>
    <message>
        <source>What if? Change the power or the phase to see the fee at once. Your application changes only when you touch “Use this power and phase”.</source>
        <translation>А если иначе? Измените мощность или фазу — плата пересчитается сразу. Заявка изменится, только если вы нажмёте «Использовать эту мощность и фазу».</translation>
    </message>
    <message>
        <source>Use this power and phase</source>
        <translation>Использовать эту мощность и фазу</translation>
    </message>
    <message>
        <source>With these: %1 (your application: %2)</source>
        <translation>С этими значениями: %1 (в вашей заявке: %2)</translation>
    </message>
    <message>
        <source>Required power</source>
        <translation>Требуемая мощность</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 кВт</translation>
    </message>
    <message>
        <source>Tariff schedule %1: %2</source>
        <translation>Тариф %1: %2</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Application receipt</source>
        <translation>Квитанция о заявке</translation>
    </message>
    <message>
        <source>DEMO — not a real application. Nothing was sent to a utility.</source>
        <translation>ДЕМО — не настоящая заявка. В обслуживающую организацию ничего не отправлено.</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Киоск %1</translation>
    </message>
    <message>
        <source>Date and time: %1</source>
        <translation>Дата и время: %1</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Код отслеживания</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone to see the status</source>
        <translation>Отсканируйте QR-код телефоном, чтобы узнать статус</translation>
    </message>
    <message>
        <source>Your application has been sent to the utility.</source>
        <translation>Ваша заявка отправлена в обслуживающую организацию.</translation>
    </message>
    <message>
        <source>Your application is saved on this kiosk and will be sent to the utility automatically.</source>
        <translation>Ваша заявка сохранена на этом киоске и будет автоматически отправлена в обслуживающую организацию.</translation>
    </message>
    <message>
        <source>Utility reference: %1</source>
        <translation>Номер в обслуживающей организации: %1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>FİN</source>
        <translation>ФИН</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Connection fee</source>
        <translation>Плата за подключение</translation>
    </message>
    <message>
        <source>%1 kW × %2 per kW</source>
        <translation>%1 кВт × %2 за кВт</translation>
    </message>
    <message>
        <source>Fixed part: %1</source>
        <translation>Фиксированная часть: %1</translation>
    </message>
    <message>
        <source>First %1 kW: %2</source>
        <translation>Первые %1 кВт: %2</translation>
    </message>
    <message>
        <source>%1 kW above %2 kW × %3 per kW</source>
        <translation>%1 кВт сверх %2 кВт × %3 за кВт</translation>
    </message>
    <message>
        <source>Calculation: %1</source>
        <translation>Расчёт: %1</translation>
    </message>
    <message>
        <source>Tariff %1: %2</source>
        <translation>Тариф %1: %2</translation>
    </message>
    <message>
        <source>Tariff Council fee methodology, section %1</source>
        <translation>Методология Тарифного совета по плате за подключение, раздел %1</translation>
    </message>
    <message>
        <source>The utility confirms the amount after reviewing the application. Pay only after you are notified.</source>
        <translation>Сумму подтвердит обслуживающая организация после рассмотрения заявки. Платите только после уведомления.</translation>
    </message>
    <message>
        <source>If there is no 0.4 kV grid within 400 m of the object: %1 (methodology, section 3). The utility confirms which amount applies.</source>
        <translation>Если в 400 м от объекта нет сети 0,4 кВ: %1 (методология, раздел 3). Какая сумма применяется, подтверждает поставщик.</translation>
    </message>
    <message>
        <source>No 0.4 kV transformer within 400 m of the object (%1 m): section 3 applies.</source>
        <translation>В 400 м от объекта нет трансформатора 0,4 кВ (%1 м): применяется раздел 3.</translation>
    </message>
    <message>
        <source>The utility will tell you the connection fee after reviewing the application.</source>
        <translation>О плате за подключение обслуживающая организация сообщит после рассмотрения заявки.</translation>
    </message>
    <message>
        <source>No connection fee: the existing connected power of the object is used.</source>
        <translation>Платы за подключение нет: используется имеющаяся подключённая мощность объекта.</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Показания счётчиков</translation>
    </message>
    <message>
        <source>Meter %1: %2 m³</source>
        <translation>Счётчик %1: %2 м³</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>снято %1</translation>
    </message>
    <message>
        <source>photo to follow: add it from your phone with the QR code below</source>
        <translation>фото позже: добавьте его с телефона по QR-коду ниже</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>The utility reviews your application and tells you the fee by SMS. After you pay, the line and the meter are installed and you are notified.</source>
        <translation>Обслуживающая организация рассмотрит заявку и сообщит плату по SMS. После оплаты установят линию и счётчик, и вас уведомят.</translation>
    </message>
    <message>
        <source>The utility reviews your application and prepares the technical conditions and the contract. A two-way meter is installed at your own cost.</source>
        <translation>Обслуживающая организация рассмотрит заявку и подготовит технические условия и договор. Двунаправленный счётчик устанавливается за ваш счёт.</translation>
    </message>
    <message>
        <source>Azərsu checks your reading. If it differs from the records, the meter is checked on site and that reading is used. Then your invoice is formed.</source>
        <translation>«Азерсу» проверит показание. Если оно расходится с базой, счётчик проверят на месте и учтут это показание. Затем будет сформирован счёт.</translation>
    </message>
    <message>
        <source>How to track</source>
        <translation>Как отследить</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone, or enter the tracking code at any kiosk under “Track my application”.</source>
        <translation>Отсканируйте QR-код телефоном или введите код отслеживания на любом киоске в разделе «Отследить заявку».</translation>
    </message>
    <message>
        <source>Keep this receipt until your application is completed.</source>
        <translation>Сохраните квитанцию до завершения заявки.</translation>
    </message>
    <message>
        <source>The receipt printer is not available. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>Принтер квитанций недоступен. Заявка сохранена: сфотографируйте код отслеживания или попросите сотрудника распечатать квитанцию.</translation>
    </message>
    <message>
        <source>The receipt printer is not responding. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>Принтер квитанций не отвечает. Заявка сохранена: сфотографируйте код отслеживания или попросите сотрудника распечатать квитанцию.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>В принтере квитанций закончилась бумага. Заявка сохранена: сфотографируйте код отслеживания или попросите сотрудника распечатать квитанцию.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your application is saved: take a photo of the tracking code or ask staff to reprint the receipt.</source>
        <translation>Не удалось распечатать квитанцию. Заявка сохранена: сфотографируйте код отслеживания или попросите сотрудника распечатать квитанцию.</translation>
    </message>
</context>
<context>
    <name>RejectReason</name>
    <message>
        <source>The documents are incomplete or do not match the application.</source>
        <translation>Документы неполные или не соответствуют заявке.</translation>
    </message>
    <message>
        <source>The power asked for is above the limit of this kind of connection.</source>
        <translation>Запрошенная мощность превышает предел для этого вида подключения.</translation>
    </message>
    <message>
        <source>The address is outside the area this utility serves.</source>
        <translation>Адрес находится вне зоны обслуживания этой компании.</translation>
    </message>
    <message>
        <source>The meter photo is not legible: the factory number and reading must be readable.</source>
        <translation>Фотография счётчика неразборчива: заводской номер и показание должны читаться.</translation>
    </message>
    <message>
        <source>The same application was already received; the earlier one goes on.</source>
        <translation>Такая же заявка уже получена; рассматривается более ранняя.</translation>
    </message>
    <message>
        <source>The application cannot be accepted as it is. Please contact the utility.</source>
        <translation>Заявка не может быть принята в таком виде. Пожалуйста, свяжитесь с компанией.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Photo to follow (from the status page)</source>
        <translation>Фото будет позже (со страницы статуса)</translation>
    </message>
    <message>
        <source>Please check your answers. Touch “Change” to correct a page.</source>
        <translation>Проверьте ответы. Чтобы исправить страницу, коснитесь «Изменить».</translation>
    </message>
    <message>
        <source>From the state registry. If something is wrong, please ask staff: it cannot be changed here.</source>
        <translation>Из государственного реестра. Если что-то неверно, обратитесь к сотруднику: здесь это изменить нельзя.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>The connection fee has changed: it is now %1 (it was %2 when you saw the fee page). Please check it before you send the application.</source>
        <translation>Плата за подключение изменилась: теперь %1 (на странице платы было %2). Пожалуйста, проверьте её перед отправкой заявки.</translation>
    </message>
    <message>
        <source>Connection fee: %1</source>
        <translation>Плата за подключение: %1</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Business electricity connection (up to 150 kW)</source>
        <translation>Подключение небытового объекта к электросети (до 150 кВт)</translation>
    </message>
    <message>
        <source>Connect a shop, office or workshop to the 0.4 kV grid</source>
        <translation>Подключите магазин, офис или мастерскую к сети 0,4 кВ</translation>
    </message>
    <message>
        <source>Household electricity connection</source>
        <translation>Подключение бытового абонента к электросети</translation>
    </message>
    <message>
        <source>Connect a home to the electricity grid</source>
        <translation>Подключите жильё к электросети</translation>
    </message>
    <message>
        <source>Active consumer (solar or wind)</source>
        <translation>Активный потребитель (солнце или ветер)</translation>
    </message>
    <message>
        <source>Sell your surplus solar or wind energy to the grid</source>
        <translation>Продавайте излишки солнечной или ветровой энергии в сеть</translation>
    </message>
    <message>
        <source>Water-meter reading</source>
        <translation>Показания счётчика воды</translation>
    </message>
    <message>
        <source>Submit your water-meter readings to Azərsu</source>
        <translation>Передайте показания счётчика воды в «Азерсу»</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>No staff PIN is set up on this kiosk. Set one at the terminal&apos;s console with: kiosk staff set-pin 1</source>
        <translation>На этом киоске не задан PIN сотрудника. Задайте его в консоли терминала командой: kiosk staff set-pin 1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Staff mode is locked for %1 min.</source>
        <translation>Слишком много неверных PIN. Режим сотрудника заблокирован на %1 мин.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 attempts left before staff mode is locked.</source>
        <translation>Неверный PIN. До блокировки режима сотрудника осталось попыток: %1.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN сотрудника</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Вернуться к киоску</translation>
    </message>
    <message>
        <source>personal data removed</source>
        <translation>личные данные удалены</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>The central server did not answer in time.</source>
        <translation>Центральный сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The central server cannot be reached: check the network cable or Wi-Fi.</source>
        <translation>Центральный сервер недоступен: проверьте сетевой кабель или Wi-Fi.</translation>
    </message>
    <message>
        <source>The central server&apos;s certificate was not accepted (check the clock and the CA).</source>
        <translation>Сертификат центрального сервера не принят (проверьте часы и CA).</translation>
    </message>
    <message>
        <source>The central server refused this kiosk&apos;s token: ask IT for a new one.</source>
        <translation>Центральный сервер отклонил токен киоска: запросите новый у ИТ-отдела.</translation>
    </message>
    <message>
        <source>The central server is busy and asked the kiosk to wait.</source>
        <translation>Центральный сервер занят и попросил киоск подождать.</translation>
    </message>
    <message>
        <source>The central server had an internal error.</source>
        <translation>На центральном сервере внутренняя ошибка.</translation>
    </message>
    <message>
        <source>The central server answered with something the kiosk could not read.</source>
        <translation>Центральный сервер прислал ответ, который киоск не смог прочитать.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s outbox had a problem: see below.</source>
        <translation>В очереди отправки киоска проблема: см. ниже.</translation>
    </message>
    <message>
        <source>The central server refused a submission&apos;s data: see the list below.</source>
        <translation>Центральный сервер отклонил данные заявки: см. список ниже.</translation>
    </message>
    <message>
        <source>Staff mode has ended. Enter the PIN again.</source>
        <translation>Режим сотрудника завершён. Введите PIN снова.</translation>
    </message>
    <message>
        <source>This field cannot be corrected here.</source>
        <translation>Это поле здесь исправить нельзя.</translation>
    </message>
    <message>
        <source>Not saved: %1 %2</source>
        <translation>Не сохранено: %1 %2</translation>
    </message>
    <message>
        <source>The schedule from the central server is not valid; nothing was changed.</source>
        <translation>Тарифное расписание с центрального сервера неверно; ничего не изменено.</translation>
    </message>
    <message>
        <source>This submission is no longer in the outbox.</source>
        <translation>Этой заявки уже нет в очереди отправки.</translation>
    </message>
    <message>
        <source>This submission cannot be put back in its present state.</source>
        <translation>Эту заявку в текущем состоянии нельзя вернуть в очередь.</translation>
    </message>
    <message>
        <source>No printer was found.</source>
        <translation>Принтер не найден.</translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation>Принтер не отвечает.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>В принтере закончилась бумага.</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>Не удалось распечатать квитанцию.</translation>
    </message>
    <message>
        <source>The central server cannot be reached.</source>
        <translation>Центральный сервер недоступен.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>Personal data of sent applications is kept %1 days: removed from %2, due for removal now: %3.</source>
        <translation>Личные данные отправленных заявок хранятся %1 дн.: удалены из %2, подлежат удалению сейчас: %3.</translation>
    </message>
    <message>
        <source>Waiting: %1 · Being sent: %2 · Sent: %3 · Refused: %4</source>
        <translation>Ожидают: %1 · Отправляются: %2 · Отправлено: %3 · Отклонено: %4</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Last error: %1 (%2)</source>
        <translation>Последняя ошибка: %1 (%2)</translation>
    </message>
    <message>
        <source>The outbox has stopped taking submissions: %1</source>
        <translation>Очередь отправки перестала принимать заявки: %1</translation>
    </message>
    <message>
        <source>Server&apos;s reason: %1 %2</source>
        <translation>Причина, указанная сервером: %1 %2</translation>
    </message>
    <message>
        <source>%1 is back in the queue.</source>
        <translation>%1 снова в очереди.</translation>
    </message>
    <message>
        <source>Sent: %1 · Refused: %2 · To retry: %3</source>
        <translation>Отправлено: %1 · Отклонено: %2 · Повторить: %3</translation>
    </message>
    <message>
        <source>The outbox file has problems: %1</source>
        <translation>В файле очереди отправки проблемы: %1</translation>
    </message>
    <message>
        <source>The outbox file is sound.</source>
        <translation>Файл очереди отправки в порядке.</translation>
    </message>
    <message>
        <source>Personal data removed from %1 sent applications.</source>
        <translation>Личные данные удалены из отправленных заявок: %1.</translation>
    </message>
    <message>
        <source>The outbox takes submissions again.</source>
        <translation>Очередь отправки снова принимает заявки.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Check the outbox</source>
        <translation>Проверить очередь отправки</translation>
    </message>
    <message>
        <source>Remove old personal data now</source>
        <translation>Удалить старые личные данные сейчас</translation>
    </message>
    <message>
        <source>Take submissions again</source>
        <translation>Снова принимать заявки</translation>
    </message>
    <message>
        <source>Put back in the queue</source>
        <translation>Вернуть в очередь</translation>
    </message>
    <message>
        <source>Staff mode · slot %1</source>
        <translation>Режим сотрудника · ячейка %1</translation>
    </message>
    <message>
        <source>the start screen</source>
        <translation>начальный экран</translation>
    </message>
    <message>
        <source>the confirmation</source>
        <translation>экран подтверждения</translation>
    </message>
    <message>
        <source>Track my application</source>
        <translation>Отследить заявку</translation>
    </message>
    <message>
        <source>the page that says something went wrong</source>
        <translation>страница «что-то пошло не так»</translation>
    </message>
    <message>
        <source>another screen</source>
        <translation>другой экран</translation>
    </message>
    <message>
        <source>An applicant asked for help at %1 (on: %2).</source>
        <translation>Заявитель попросил помощи в %1 (экран: %2).</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Выйти из режима сотрудника</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Помощь оказана</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь отправки</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>Nothing found on this kiosk.</source>
        <translation>На этом киоске ничего не найдено.</translation>
    </message>
    <message>
        <source>The receipt of %1 is printed.</source>
        <translation>Квитанция %1 напечатана.</translation>
    </message>
    <message>
        <source>Tracking code, mobile number or FIN</source>
        <translation>Код отслеживания, мобильный номер или ФИН</translation>
    </message>
    <message>
        <source>Find by tracking code</source>
        <translation>Найти по коду отслеживания</translation>
    </message>
    <message>
        <source>Find by mobile number</source>
        <translation>Найти по мобильному номеру</translation>
    </message>
    <message>
        <source>Find by FIN</source>
        <translation>Найти по ФИН</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>Напечатать квитанцию повторно</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Идентификатор киоска</translation>
    </message>
    <message>
        <source>ASAN centre</source>
        <translation>Центр ASAN</translation>
    </message>
    <message>
        <source>Central API URL</source>
        <translation>Адрес центрального API (URL)</translation>
    </message>
    <message>
        <source>Printer (pdf, system, escpos)</source>
        <translation>Принтер (pdf, system, escpos)</translation>
    </message>
    <message>
        <source>Idle time-out, seconds</source>
        <translation>Тайм-аут бездействия, секунд</translation>
    </message>
    <message>
        <source>Default language (az, ru, en)</source>
        <translation>Язык по умолчанию (az, ru, en)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Saved. The new settings apply from the next start.</source>
        <translation>Сохранено. Новые настройки действуют со следующего запуска.</translation>
    </message>
    <message>
        <source>An environment variable still overrides: %1</source>
        <translation>Переменная окружения по-прежнему переопределяет: %1</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Проверить и сохранить</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>не готов</translation>
    </message>
    <message>
        <source>Printer: %1 (%2), %3</source>
        <translation>Принтер: %1 (%2), %3</translation>
    </message>
    <message>
        <source>The test receipt is printed.</source>
        <translation>Тестовая квитанция напечатана.</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Напечатать тестовую квитанцию</translation>
    </message>
    <message>
        <source>Disk: %1 MB free of %2 MB (%3)</source>
        <translation>Диск: свободно %1 МБ из %2 МБ (%3)</translation>
    </message>
    <message>
        <source>Little disk space is left: tell IT.</source>
        <translation>На диске мало места: сообщите в ИТ-отдел.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>%1: OK, %2 ms</source>
        <translation>%1: в порядке, %2 мс</translation>
    </message>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1: ошибка (%2)</translation>
    </message>
    <message>
        <source>Central API: %1</source>
        <translation>Центральный API: %1</translation>
    </message>
    <message>
        <source>Name look-up (DNS)</source>
        <translation>Поиск имени (DNS)</translation>
    </message>
    <message>
        <source>Connection (TCP)</source>
        <translation>Соединение (TCP)</translation>
    </message>
    <message>
        <source>Central API answer</source>
        <translation>Ответ центрального API</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>Проверить сеть</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>встроенное</translation>
    </message>
    <message>
        <source>from the central server</source>
        <translation>с центрального сервера</translation>
    </message>
    <message>
        <source>%1 · in effect from %2 · %3 · %4</source>
        <translation>%1 · действует с %2 · %3 · %4</translation>
    </message>
    <message>
        <source>IN FORCE</source>
        <translation>ДЕЙСТВУЕТ</translation>
    </message>
    <message>
        <source>Schedule %1 downloaded and in use.</source>
        <translation>Расписание %1 загружено и используется.</translation>
    </message>
    <message>
        <source>Schedule %1 is already here.</source>
        <translation>Расписание %1 уже есть.</translation>
    </message>
    <message>
        <source>Update from the central server</source>
        <translation>Обновить с центрального сервера</translation>
    </message>
    <message>
        <source>The audit log has been altered: %1</source>
        <translation>Журнал аудита изменён: %1</translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>Журнал аудита не изменялся.</translation>
    </message>
    <message>
        <source>console</source>
        <translation>консоль</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>ячейка %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Received</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Fee to pay</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Installation works</source>
        <translation>Идут монтажные работы</translation>
    </message>
    <message>
        <source>Contract being signed</source>
        <translation>Заключается договор</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Reading accepted</source>
        <translation>Показания приняты</translation>
    </message>
    <message>
        <source>On-site meter check</source>
        <translation>Проверка счётчика на месте</translation>
    </message>
    <message>
        <source>Invoice ready</source>
        <translation>Счёт сформирован</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>A member of staff has been asked to come: please stay here</source>
        <translation>Сотрудник вызван: пожалуйста, оставайтесь здесь</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Проверка связи…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline: you can still apply</source>
        <translation>Нет связи: подать заявку всё равно можно</translation>
    </message>
    <message>
        <source>Saved on this kiosk and sent automatically: %1</source>
        <translation>Сохранено на киоске, будет отправлено автоматически: %1</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Application status</source>
        <translation>Статус заявки</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Код отслеживания</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Application not found</source>
        <translation>Заявка не найдена</translation>
    </message>
    <message>
        <source>Check the code: it is 16 characters in four groups on your receipt. If you applied just now, look again a little later.</source>
        <translation>Проверьте код: на квитанции это 16 символов в четырёх группах. Если вы подали заявку только что, загляните чуть позже.</translation>
    </message>
    <message>
        <source>Too many requests. Please try again shortly.</source>
        <translation>Слишком много запросов. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>No personal data is shown on this page.</source>
        <translation>Личные данные на этой странице не показываются.</translation>
    </message>
    <message>
        <source>How was the service?</source>
        <translation>Как вас обслужили?</translation>
    </message>
    <message>
        <source>1 is very bad, 5 is very good.</source>
        <translation>1 — очень плохо, 5 — очень хорошо.</translation>
    </message>
    <message>
        <source>Rate %1 out of 5</source>
        <translation>Оценить на %1 из 5</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Спасибо за вашу оценку.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Выберите оценку от 1 до 5.</translation>
    </message>
    <message>
        <source>Back to the application</source>
        <translation>Вернуться к заявке</translation>
    </message>
    <message>
        <source>A photo is still missing</source>
        <translation>Не хватает фото</translation>
    </message>
    <message>
        <source>Your application waits for the photo of the meter on which its factory number and reading can be read.</source>
        <translation>Ваше заявление ждёт фото счётчика, на котором видны заводской номер и показание.</translation>
    </message>
    <message>
        <source>Add the missing photo</source>
        <translation>Добавить недостающее фото</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Your business</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <source>Your identity</source>
        <translation>Ваша личность</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Проверьте ответы</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Что нужно</translation>
    </message>
    <message>
        <source>The object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Connection fee</source>
        <translation>Плата за подключение</translation>
    </message>
    <message>
        <source>Who applies</source>
        <translation>Кто подаёт заявку</translation>
    </message>
    <message>
        <source>Your electricity subscription</source>
        <translation>Ваш абонентский договор на электричество</translation>
    </message>
    <message>
        <source>Your power station</source>
        <translation>Ваша электростанция</translation>
    </message>
    <message>
        <source>Fee and yearly balance</source>
        <translation>Плата и годовой баланс</translation>
    </message>
    <message>
        <source>Contact and payout</source>
        <translation>Контакты и выплата</translation>
    </message>
    <message>
        <source>Your water subscription</source>
        <translation>Ваш абонентский договор на воду</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>Показания счётчиков</translation>
    </message>
</context>
<context>
    <name>Tariff</name>
    <message>
        <source>Cabinet of Ministers decision No. 327 of 24 July 2018</source>
        <translation>Решение Кабинета министров № 327 от 24 июля 2018 года</translation>
    </message>
    <message>
        <source>Tariff Council decision No. 4 of 3 May 2024</source>
        <translation>Решение Тарифного совета № 4 от 3 мая 2024 года</translation>
    </message>
    <message>
        <source>Tariff Council decision No. 4 of 3 May 2024, with the liberated-territory concessions from 1 January 2026</source>
        <translation>Решение Тарифного совета № 4 от 3 мая 2024 года с льготами для освобождённых территорий с 1 января 2026 года</translation>
    </message>
    <message>
        <source>Liberated territories: free up to 20 kW single-phase</source>
        <translation>Освобождённые территории: бесплатно до 20 кВт при однофазном подключении</translation>
    </message>
    <message>
        <source>Liberated territories: 65% discount for households above 20 kW</source>
        <translation>Освобождённые территории: скидка 65% для бытовых абонентов свыше 20 кВт</translation>
    </message>
    <message>
        <source>Liberated territories: 65% discount for non-residential objects up to 200 kW, three-phase, 0.4 kV</source>
        <translation>Освобождённые территории: скидка 65% для нежилых объектов до 200 кВт, трёхфазное подключение, 0,4 кВ</translation>
    </message>
    <message>
        <source>Liberated territories: free at medium voltage</source>
        <translation>Освобождённые территории: бесплатно на среднем напряжении</translation>
    </message>
    <message>
        <source>Liberated territories: free at high voltage</source>
        <translation>Освобождённые территории: бесплатно на высоком напряжении</translation>
    </message>
    <message>
        <source>Liberated territories: 65% discount for households on three-phase supply</source>
        <translation>Освобождённые территории: скидка 65% для домохозяйств с трёхфазным питанием</translation>
    </message>
    <message>
        <source>Liberated territories: free above 200 kW</source>
        <translation>Освобождённые территории: бесплатно свыше 200 кВт</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>ASAN self-service</source>
        <translation>ASAN самообслуживание</translation>
    </message>
    <message>
        <source>Larger text / high contrast</source>
        <translation>Крупный шрифт / контраст</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Staff are called</source>
        <translation>Сотрудник вызван</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Вызвать сотрудника</translation>
    </message>
</context>
<context>
    <name>TrackingScreen</name>
    <message>
        <source>Kept on this kiosk for staff to check.</source>
        <translation>Хранится на этом киоске для проверки сотрудниками.</translation>
    </message>
    <message>
        <source>The utility could not accept it as it is. Staff will check it and contact you; you can also ask staff here.</source>
        <translation>Обслуживающая организация не смогла принять её в таком виде. Сотрудники проверят её и свяжутся с вами; вы также можете обратиться к сотрудникам здесь.</translation>
    </message>
    <message>
        <source>Saved on this kiosk, not yet sent.</source>
        <translation>Сохранено на этом киоске, ещё не отправлено.</translation>
    </message>
    <message>
        <source>It will be sent automatically as soon as the kiosk is online. Nothing more is needed from you.</source>
        <translation>Заявка уйдёт автоматически, как только появится связь. От вас больше ничего не требуется.</translation>
    </message>
    <message>
        <source>The kiosk cannot check right now.</source>
        <translation>Киоск сейчас не может проверить.</translation>
    </message>
    <message>
        <source>The service cannot be reached at the moment. Please try again later, or scan the QR code on your receipt with your phone.</source>
        <translation>Сервис сейчас недоступен. Повторите позже или отсканируйте QR-код на квитанции телефоном.</translation>
    </message>
    <message>
        <source>No application with this code was found.</source>
        <translation>Заявка с таким кодом не найдена.</translation>
    </message>
    <message>
        <source>Please compare the code with your receipt. A new application can take a few minutes to appear.</source>
        <translation>Сверьте код с квитанцией. Новая заявка может появиться через несколько минут.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Что дальше: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Sent to the utility on %1.</source>
        <translation>Отправлено в обслуживающую организацию %1.</translation>
    </message>
    <message>
        <source>Last status known to this kiosk: %1</source>
        <translation>Последний известный киоску статус: %1</translation>
    </message>
    <message>
        <source>The kiosk cannot check for news right now: the service cannot be reached. Please try again later, or scan the QR code on your receipt with your phone.</source>
        <translation>Киоск сейчас не может проверить новости: сервис недоступен. Попробуйте позже или отсканируйте QR-код на квитанции телефоном.</translation>
    </message>
    <message>
        <source>Track my application</source>
        <translation>Отследить заявку</translation>
    </message>
    <message>
        <source>Hold the QR code of your receipt under the scanner, or type the code from the receipt and touch “Check”.</source>
        <translation>Поднесите QR-код квитанции к сканеру или введите код с квитанции и коснитесь «Проверить».</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>В начало</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Send application</source>
        <translation>Отправить заявку</translation>
    </message>
    <message>
        <source>Save and go back to the check</source>
        <translation>Сохранить и вернуться к проверке</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Please correct the marked answers to go on.</source>
        <translation>Чтобы продолжить, исправьте отмеченные ответы.</translation>
    </message>
    <message>
        <source>Touch the problem above to change the answer it comes from, or call staff.</source>
        <translation>Нажмите на проблему выше, чтобы изменить ответ, из-за которого она возникла, или вызовите сотрудника.</translation>
    </message>
    <message>
        <source>This cannot be put right here: please call staff, they will help you.</source>
        <translation>Здесь это исправить нельзя: вызовите сотрудника, он вам поможет.</translation>
    </message>
    <message>
        <source>Please check the marked answer.</source>
        <translation>Проверьте отмеченный ответ.</translation>
    </message>
</context>
</TS>
