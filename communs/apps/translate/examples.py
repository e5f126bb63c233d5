"""The one example the model sees before each paragraph: a sentence of our own (not from any evaluation set)
with two fact markers, in French and in each language, so that the model sees markers copied in place."""

from __future__ import annotations

FRENCH = "Vous devez envoyer le formulaire à la CAF avant le [F1]. Le montant de l'aide est de [F2] par mois."
EXAMPLES = {
    "fr": FRENCH,
    "en": "You must send the form to the CAF before [F1]. The amount of the aid is [F2] per month.",
    "ar": "يجب عليك إرسال الاستمارة إلى CAF قبل [F1]. مبلغ المساعدة هو [F2] شهريًا.",
    "uk": "Ви повинні надіслати форму до CAF до [F1]. Сума допомоги становить [F2] на місяць.",
    "es": "Debe enviar el formulario a la CAF antes del [F1]. El importe de la ayuda es de [F2] al mes.",
    "pt": "Deve enviar o formulário à CAF antes de [F1]. O montante do apoio é de [F2] por mês.",
    "de": "Sie müssen das Formular vor dem [F1] an die CAF senden. Die Hilfe beträgt [F2] pro Monat.",
    "it": "Deve inviare il modulo alla CAF entro il [F1]. L'importo dell'aiuto è di [F2] al mese.",
    "ru": "Вы должны отправить форму в CAF до [F1]. Сумма пособия составляет [F2] в месяц.",
    "tr": "Formu [F1] tarihinden önce CAF'a göndermeniz gerekir. Yardım tutarı ayda [F2].",
    "ro": "Trebuie să trimiteți formularul la CAF înainte de [F1]. Valoarea ajutorului este de [F2] pe lună.",
    "zh": "您必须在[F1]之前将表格寄给CAF。补助金额为每月[F2]。",
}
