"""Texts for applicants in Azerbaijani, Russian and English: service and status names, next steps,
and the words of the public tracking page. The wire carries only ids; these are its edges."""

from __future__ import annotations

LANGUAGES = ("az", "ru", "en")
DEFAULT_LANGUAGE = "az"
LANGUAGE_NAMES = {"az": "Azərbaycanca", "ru": "Русский", "en": "English"}

SERVICE_NAMES: dict[str, dict[str, str]] = {
    "household": {
        "az": "Məişət abonentinin elektrik şəbəkəsinə qoşulması",
        "ru": "Подключение бытового абонента к электросети",
        "en": "Household electricity connection",
    },
    "business": {
        "az": "Qeyri-məişət obyektinin elektrik şəbəkəsinə qoşulması",
        "ru": "Подключение небытового объекта к электросети",
        "en": "Business electricity connection",
    },
    "prosumer": {
        "az": "Aktiv istehlakçı kimi qoşulma",
        "ru": "Подключение активного потребителя",
        "en": "Active consumer (own generation)",
    },
    "water_reading": {
        "az": "Su sayğacının göstəricisi",
        "ru": "Показания счётчика воды",
        "en": "Water meter reading",
    },
}

STATUS_NAMES: dict[str, dict[str, str]] = {
    "received": {"az": "Qəbul edildi", "ru": "Принята", "en": "Received"},
    "under_review": {"az": "Baxılır", "ru": "На рассмотрении", "en": "Under review"},
    "fee_to_pay": {
        "az": "Qoşulma haqqı ödənilməlidir",
        "ru": "Ожидает оплаты",
        "en": "Fee to pay",
    },
    "paid": {"az": "Ödənildi", "ru": "Оплачено", "en": "Paid"},
    "works": {
        "az": "Quraşdırma işləri gedir",
        "ru": "Идут монтажные работы",
        "en": "Installation works",
    },
    "contract": {
        "az": "Müqavilə bağlanır",
        "ru": "Заключается договор",
        "en": "Contract being signed",
    },
    "connected": {"az": "Qoşuldu", "ru": "Подключено", "en": "Connected"},
    "accepted": {
        "az": "Göstərici qəbul edildi",
        "ru": "Показания приняты",
        "en": "Reading accepted",
    },
    "onsite_check": {
        "az": "Sayğac yerində yoxlanılır",
        "ru": "Проверка счётчика на месте",
        "en": "On-site meter check",
    },
    "invoice_formed": {
        "az": "Hesab-faktura hazırdır",
        "ru": "Счёт сформирован",
        "en": "Invoice ready",
    },
    "rejected": {"az": "İmtina edildi", "ru": "Отклонена", "en": "Rejected"},
}

# Next step per status; a (service, status) key overrides the status-wide text.
NEXT_STEPS: dict[str | tuple[str, str], dict[str, str]] = {
    "received": {
        "az": "Müraciətiniz qeydə alındı. Nəticə barədə SMS ilə məlumat veriləcək.",
        "ru": "Заявка зарегистрирована. О результате сообщим по SMS.",
        "en": "Your application is registered. We will tell you the result by SMS.",
    },
    ("water_reading", "received"): {
        "az": "Göstəriciniz qeydə alındı. Azərsu əməkdaşı onu yoxlayacaq.",
        "ru": "Показания зарегистрированы. Сотрудник «Азерсу» их проверит.",
        "en": "Your reading is registered. Azərsu staff will check it.",
    },
    "under_review": {
        "az": "Müraciətə baxılır. Hələlik heç nə etməyiniz lazım deyil.",
        "ru": "Заявка рассматривается. Пока ничего делать не нужно.",
        "en": "Your application is being reviewed. Nothing to do for now.",
    },
    "fee_to_pay": {
        "az": "Qoşulma haqqını ASAN Pay və ya bank vasitəsilə ödəyin.",
        "ru": "Оплатите подключение через ASAN Pay или банк.",
        "en": "Pay the connection fee through ASAN Pay or a bank.",
    },
    "paid": {
        "az": "Ödəniş alındı. İşlərin vaxtını razılaşdırmaq üçün sizə zəng ediləcək.",
        "ru": "Оплата получена. Мы позвоним, чтобы согласовать время работ.",
        "en": "Payment received. We will call you to agree the time of the works.",
    },
    "works": {
        "az": "Xətt və sayğac quraşdırılır. Ustalar gələndə obyektə girişi təmin edin.",
        "ru": "Монтируются линия и счётчик. Обеспечьте мастерам доступ на объект.",
        "en": "The line and meter are being installed. Please let the crew onto the site.",
    },
    "contract": {
        "az": "Alqı-satqı müqaviləsini imzalamaq üçün sizinlə əlaqə saxlanılacaq.",
        "ru": "С вами свяжутся, чтобы подписать договор купли-продажи.",
        "en": "We will contact you to sign the purchase contract.",
    },
    "connected": {
        "az": "Obyektiniz şəbəkəyə qoşuldu. Başqa heç nə etməyiniz lazım deyil.",
        "ru": "Объект подключён к сети. Больше ничего делать не нужно.",
        "en": "Your site is connected. Nothing more to do.",
    },
    "accepted": {
        "az": "Göstərici qəbul edildi. Hesab-faktura hazırlanır.",
        "ru": "Показания приняты. Счёт готовится.",
        "en": "Reading accepted. Your invoice is being prepared.",
    },
    "onsite_check": {
        "az": "Göstərici bazadakı məlumatla uyğun gəlmir. Əməkdaş sayğacı yerində yoxlayacaq.",
        "ru": "Показания не совпадают с базой. Сотрудник проверит счётчик на месте.",
        "en": "The reading does not match our records. Staff will check the meter on site.",
    },
    "invoice_formed": {
        "az": "Hesab-faktura hazırdır və e-poçtunuza göndərildi.",
        "ru": "Счёт готов и отправлен на вашу электронную почту.",
        "en": "Your invoice is ready and was sent to your e-mail.",
    },
    "rejected": {
        "az": "Müraciət rədd edildi. Səbəbi SMS ilə göndərilib. Düzəldib yenidən müraciət edə bilərsiniz.",
        "ru": "Заявка отклонена. Причина отправлена по SMS. Можно исправить данные и подать снова.",
        "en": "Your application was rejected. The reason was sent by SMS. You can correct it and apply again.",
    },
}

PAGE: dict[str, dict[str, str]] = {
    "title": {"az": "Müraciətin vəziyyəti", "ru": "Статус заявки", "en": "Application status"},
    "tracking_code": {"az": "İzləmə kodu", "ru": "Код отслеживания", "en": "Tracking code"},
    "service": {"az": "Xidmət", "ru": "Услуга", "en": "Service"},
    "status": {"az": "Vəziyyət", "ru": "Статус", "en": "Status"},
    "next_step": {"az": "Növbəti addım", "ru": "Что дальше", "en": "Next step"},
    "timeline": {"az": "Tarixçə", "ru": "История", "en": "History"},
    "updated": {"az": "Yenilənib", "ru": "Обновлено", "en": "Updated"},
    "not_found_title": {
        "az": "Müraciət tapılmadı",
        "ru": "Заявка не найдена",
        "en": "Application not found",
    },
    "not_found_text": {
        "az": "Kodu yoxlayın: o, qəbzdə dörd qrupda 16 simvoldur. Müraciəti indicə göndərmisinizsə, "
        "bir az sonra yenidən baxın.",
        "ru": "Проверьте код: на квитанции это 16 символов в четырёх группах. Если вы подали заявку "
        "только что, загляните чуть позже.",
        "en": "Check the code: it is 16 characters in four groups on your receipt. If you applied "
        "just now, look again a little later.",
    },
    "too_many": {
        "az": "Sorğular çox oldu. Bir az sonra yenidən cəhd edin.",
        "ru": "Слишком много запросов. Повторите чуть позже.",
        "en": "Too many requests. Please try again shortly.",
    },
    "privacy": {
        "az": "Bu səhifədə şəxsi məlumat göstərilmir.",
        "ru": "Личные данные на этой странице не показываются.",
        "en": "No personal data is shown on this page.",
    },
}


def language(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def preferred_language(accept_language: str) -> str:
    """The first of az/ru/en in a browser's ``Accept-Language`` (by its q-values), else az."""
    ranked = []
    for position, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        ranked.append((-q, position, tag.strip().lower()[:2]))
    for _, _, code in sorted(ranked):
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def service_name(service: str, lang: str) -> str:
    return SERVICE_NAMES[service][language(lang)]


def status_name(status: str, lang: str) -> str:
    return STATUS_NAMES[status][language(lang)]


def next_step(service: str, status: str, lang: str) -> str:
    texts = NEXT_STEPS.get((service, status)) or NEXT_STEPS[status]
    return texts[language(lang)]


def page_text(key: str, lang: str) -> str:
    return PAGE[key][language(lang)]
