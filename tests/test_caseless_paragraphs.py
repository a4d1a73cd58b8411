"""A copy in a script without case (Arabic, Hebrew, Persian) written one paragraph to a line is cut at each line, as an
English one is: its lines open with letters that are neither capital nor lowercase (sources/reflow.py
opens_sentence).  Every text here is ours."""

import pytest

from idlibsite.sources.blocks import cut_blocks
from idlibsite.sources.reflow import opens_sentence

ARABIC = ("اتفق الرئيسان خلال لقائهما في العاصمة الروسية على وقف لإطلاق النار في منطقة خفض التصعيد اعتباراً من منتصف "
          "الليل، بحسب ما أعلنه الجانبان في مؤتمر صحفي مشترك.",
          "وقال مسؤولون إن دوريات مشتركة ستبدأ على الطريق الدولي خلال الأسبوع المقبل، على أن يقام ممر آمن على جانبيه "
          "بعمق عدة كيلومترات.",
          "من جهتها، رحبت منظمات إغاثية بالاتفاق، لكنها قالت إن مئات آلاف النازحين ما زالوا بحاجة إلى مأوى وغذاء.")
HEBREW = ("נשיאי שתי המדינות הסכימו במוסקבה על הפסקת אש באזור, שתיכנס לתוקף בחצות, כך נמסר במסיבת עיתונאים "
          "משותפת בתום השיחות.",
          "לדברי גורמים רשמיים, סיורים משותפים יחלו לאורך הכביש הראשי בשבוע הבא, ובצדו ייקבע מסדרון ביטחון ברוחב "
          "של כמה קילומטרים.",
          "ארגוני סיוע בירכו על ההסכם, אך אמרו כי מאות אלפי עקורים עדיין זקוקים למחסה ולמזון בימים הקרובים.")
PERSIAN = ("رؤسای جمهور دو کشور در دیدار خود در مسکو بر سر آتش بس در منطقه توافق کردند که از نیمه شب اجرا می شود، "
           "این را دو طرف در یک نشست خبری مشترک اعلام کردند.",
           "مقام ها گفتند گشت های مشترک از هفته آینده در امتداد بزرگراه آغاز می شود و یک کریدور امن در دو سوی آن "
           "ایجاد خواهد شد.",
           "سازمان های امدادی از توافق استقبال کردند اما گفتند صدها هزار آواره هنوز به سرپناه و غذا نیاز دارند.")


@pytest.mark.parametrize("headline, paragraphs", [
    ("أردوغان وبوتين يتفقان على وقف لإطلاق النار في إدلب", ARABIC),
    ("הסכם להפסקת אש במחוז אידליב", HEBREW),
    ("توافق آتش بس در ادلب", PERSIAN),
])
def test_one_paragraph_to_a_line_in_a_caseless_script(headline: str, paragraphs: tuple[str, ...]) -> None:
    blocks = cut_blocks(headline + "\n" + "\n".join(paragraphs) + "\n")
    assert [b.display for b in blocks if b.kind == "body"] == list(paragraphs)
    assert [b.display for b in blocks if b.kind == "title"] == [headline]


def test_a_caseless_paragraph_wrapped_mid_sentence_stays_one() -> None:
    wrapped = ("اتفق الرئيسان خلال لقائهما في العاصمة الروسية على وقف لإطلاق\n"
               "النار في منطقة خفض التصعيد اعتباراً من منتصف الليل، بحسب ما\n"
               "أعلنه الجانبان في مؤتمر صحفي مشترك عقداه في ختام المحادثات.\n")
    assert [b.kind for b in cut_blocks(wrapped)].count("body") == 1


@pytest.mark.parametrize("line, opens", [
    ("Turkey and Russia agreed", True), ("«Nous n'avons", True), ("continued the talks", False),
    ("اتفق الرئيسان", True), ("הסכם", True), ("- a dash", False),
])
def test_what_may_open_a_sentence(line: str, opens: bool) -> None:
    assert opens_sentence(line) is opens
