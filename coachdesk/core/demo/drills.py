"""Script drills for the demo teams (core/demo/teams.py): per team a phone script in two versions, a question bank,
eight weeks of drill sessions scored on the default rubric, and audits of real calls — consistent with the stage each
team was built in.

* **Script** — one per team, named after its product: version 1, an older draft (no compliance section, a longer
  opening, a thinner value pitch), and version 2, the unified current version with realistic Chinese text for every
  section (opening, discovery, value, objections, closing, compliance) filled with the team's product facts.
* **Question bank** — ``QUESTIONS``: 36 customer questions and objections (价格太贵, 没时间, 已经有供应商, 你们怎么有我
  电话, 发资料到邮箱吧, 我再考虑考虑, 效果没保障, 合同期太长 …) over every section, both kinds and three difficulties,
  most of them basic, each with a model answer — in Chinese and English (``DemoQuestion.text_en``/``answer_en``).
  The demo is Chinese (``LANG``, like core/demo/lifecycle.py): the loader stores the Chinese texts; the English ones
  stay in the data for a content-language option (``DemoQuestion.texts``).
* **Sessions** — by the team's trainer over the last ``WINDOW_DAYS`` days (the two-week-old team: since its first
  day; the storming team: twelve weeks, since it drilled hard in its first weeks), role-plays, morning contests
  (one representative per group, on the core value) and, for the older teams,
  certification sessions (every basic question, a retake of the ones missed). Each entry is scored on the rubric and
  answered well or not with a probability that follows the rep's skill, so readiness reads as the stage:

  - forming — drilled every working day, but new: mean readiness well below 50 %, nobody certified;
  - storming — middling (50–75 %) and falling: readiness 30 days ago was at least ten points higher; since the
    unified version 2 and the regrouping the answers got worse and the new hires are barely drilled;
  - norming — middle-high, about half the reps certified;
  - performing — high (≥ 75 %), most reps certified.

  A few role-play entries of the three older teams are scored a second time by the manager (``second``) for the
  trainers' agreement; one session of the newest team is left open on the last working day up to ``as_of``
  (entries saved for the first few participants) so the console's resume shows.
* **Audits** — mystery-shopper and call-review audits per team (a few each) over the checklist of script sections,
  with missed points and the odd compliance issue, adherence following the stage.

People are referenced by employee id, questions by their index in ``QUESTIONS``, versions by number. Deterministic for
``seed`` + ``as_of`` (string seeds, like activity.py). Plain data; store/demo/loader.py writes it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coachdesk.core.demo.activity import TRAINING_DAYS, is_day_off
from coachdesk.core.demo.teams import DemoMember, DemoTeam
from coachdesk.core.drills.audits import DEFAULT_CHECKLIST, AuditKind
from coachdesk.core.drills.questions import Difficulty, Kind
from coachdesk.core.drills.rubric_drafts import CriterionDraft, RubricDraft
from coachdesk.core.drills.rubrics import Rubric, default_rubric
from coachdesk.core.drills.scripts import Section
from coachdesk.core.drills.sessions import Mode
from coachdesk.core.roster.model import Role

LANG = "zh"  # the demo's language: the loader stores these texts
WINDOW_DAYS = 56  # sessions over the last eight weeks
OPEN_ENTRIES = 5  # entries saved in the session left open
QUESTIONS_MIN = 30  # the issue asks for a bank of at least this many questions

S = Section
EASY, MEDIUM, HARD = Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD
ASK, OBJ = Kind.QUESTION, Kind.OBJECTION


# --- the team's product, in both languages ---------------------------------------------------------------------

@dataclass(frozen=True)
class ProductFacts:
    """What the script and the model answers say about the product: each fact a (Chinese, English) pair."""

    company: tuple[str, str]
    product_en: str
    offer: tuple[str, str]  # what the customer gets
    value: tuple[str, str]  # the project's core value, tied to the need
    price: tuple[str, str]
    daily: tuple[str, str]  # the price per day
    trial: tuple[str, str]
    contract: tuple[str, str]
    flexible: tuple[str, str]  # the shorter or more flexible option
    guarantee: tuple[str, str]
    case: tuple[str, str]  # a customer like this one
    decider: tuple[str, str]  # who decides
    service: tuple[str, str]
    signup: tuple[str, str]  # what signing up takes
    bonus: tuple[str, str]  # this month's offer
    need: tuple[str, str]  # the discovery question that matters most
    compliance: tuple[str, str]  # the line that must be said


FACTS: dict[str, ProductFacts] = {
    "家庭宽带融合套餐": ProductFacts(
        ("城市通信", "City Telecom"), "home broadband bundle",
        ("千兆宽带加两张手机卡和高清电视", "gigabit broadband, two mobile lines and HD TV"),
        ("一个套餐把全家的宽带、手机和电视都包了，比分开交每月省六十元左右",
         "one bundle covers the family's broadband, mobiles and TV, about 60 yuan a month less than paying "
         "separately"),
        ("每月 129 元", "129 yuan a month"), ("每天四块多钱", "just over 4 yuan a day"),
        ("免费上门测速，先体验网速再决定", "a free home speed test before you decide"),
        ("12 个月合约", "a 12-month contract"),
        ("也有不限期的月付方案，只是每月贵 20 元",
         "there is also a month-to-month plan with no term, 20 yuan a month more"),
        ("装机后 7 天内不满意可以无理由退订", "you can cancel within 7 days of installation, no questions asked"),
        ("您小区已经有三百多户在用", "over 300 households in your neighbourhood already use it"),
        ("家里管缴费的人", "whoever pays the bills at home"),
        ("24 小时报修，城区 4 小时内上门", "a 24-hour repair line and a technician within 4 hours in town"),
        ("报一下身份证号和安装地址，师傅明天就能上门", "your ID number and address; a technician comes tomorrow"),
        ("本月办理送三个月视频会员", "sign up this month and get three months of streaming free"),
        ("家里现在几口人上网，晚上看视频会不会卡？", "how many people are online at home, and does video stall in "
                                                   "the evening?"),
        ("本次通话会录音，套餐资费以合同为准", "this call is recorded and the contract sets the charges"),
    ),
    "少儿英语在线课程": ProductFacts(
        ("启明少儿英语", "Qiming Kids English"), "online English lessons for children",
        ("外教一对一在线课，每节 25 分钟", "one-to-one online lessons with a native teacher, 25 minutes each"),
        ("孩子每周两节一对一，开口说英语的机会比大班课多十倍，三个月能看到变化",
         "two one-to-one lessons a week give a child ten times the speaking time of a big class; you see the "
         "change in three months"),
        ("每节课 68 元起", "from 68 yuan a lesson"), ("每天不到二十元", "under 20 yuan a day"),
        ("免费体验课一节，外教水平您和孩子亲自判断", "a free trial lesson so you and your child judge the teacher"),
        ("48 节课的课包", "a 48-lesson package"),
        ("也可以先报 16 节的小课包", "you can start with a smaller 16-lesson package"),
        ("没上的课时随时可以按比例退费", "unused lessons are refunded pro rata at any time"),
        ("和您孩子同年级的学员，三个月后平均能多说出两百个单词",
         "pupils in your child's grade speak about 200 more words after three months"),
        ("孩子的爸爸妈妈", "the child's parents"),
        ("每个孩子都有专属班主任，课后当天反馈", "every child has a class adviser and same-day feedback"),
        ("留一下孩子的年级和方便上课的时间，我马上帮您约老师", "your child's grade and free times; I book a teacher "
                                                                "right away"),
        ("本月报名多送 4 节课", "four extra lessons if you enrol this month"),
        ("孩子现在几年级，英语主要是哪方面让您担心？", "which grade is your child in, and what about their English "
                                                       "worries you?"),
        ("本次通话会录音，课程退费按合同约定执行", "this call is recorded; refunds follow the contract"),
    ),
    "企业财税软件续费": ProductFacts(
        ("账易通", "ZhangYiTong"), "accounting software renewal",
        ("记账、报税提醒和发票管理一体的财税软件", "accounting, tax reminders and invoice management in one "
                                                   "package"),
        ("续费后新版能自动识别发票、一键报税，财务每月能省出两三天",
         "the renewed version reads invoices and files taxes in one click, saving the accountant two or three "
         "days a month"),
        ("年费 3,980 元", "3,980 yuan a year"), ("每天十块钱左右", "about 10 yuan a day"),
        ("新功能先免费试用 30 天", "a free 30-day trial of the new features"),
        ("一年的续费期", "a one-year renewal"),
        ("也可以按季度续费", "you can renew quarterly instead"),
        ("服务不满意，没用完的月份可以申请退还", "if the service disappoints, unused months are refunded"),
        ("和贵公司规模差不多的客户，九成都续了第三年", "nine in ten companies your size renewed for a third year"),
        ("财务负责人或老板", "the head of finance or the owner"),
        ("专属客服工作日 9 点到 21 点在线，报税高峰期延长", "a dedicated adviser on weekdays 9 to 9, longer at tax "
                                                             "time"),
        ("确认一下开票信息，我把续费单发到您的后台，点确认就生效", "confirm the invoice details; I send the renewal to "
                                                                  "your account and one click completes it"),
        ("本月续费送一年电子发票存储", "renew this month and get a year of e-invoice storage free"),
        ("现在每个月做账和报税大概要花多少时间？", "how much time do bookkeeping and tax filing take each month?"),
        ("本次通话会录音，续费条款以电子合同为准", "this call is recorded; the e-contract sets the renewal terms"),
    ),
    "团体商业保险": ProductFacts(
        ("信和保险", "Xinhe Insurance"), "group commercial insurance",
        ("员工团体意外险加补充医疗", "group accident cover plus supplementary medical insurance"),
        ("员工看病报销比例提高到九成，企业一年的人力风险成本能降三成，招人留人也更有底气",
         "staff get 90 % of medical bills back, the company's people-risk costs fall by a third, and hiring and "
         "keeping staff gets easier"),
        ("人均每月 50 元起", "from 50 yuan per employee a month"), ("每人每天不到两块钱", "under 2 yuan per employee "
                                                                                         "a day"),
        ("免费出一份方案和报价对比", "a free proposal with a price comparison"),
        ("一年的保障期", "a one-year policy"),
        ("也可以先给核心岗位投保，人数随时增减", "you can cover key staff first and change the headcount any time"),
        ("签约后有 15 天犹豫期，不满意全额退保", "there is a 15-day cooling-off period with a full refund"),
        ("和贵公司同行业的两百多家企业都在我们这里投保", "over 200 companies in your industry insure with us"),
        ("人事负责人或老板", "the head of HR or the owner"),
        ("理赔专员一对一跟进，小额理赔三天到账", "a claims officer follows each case; small claims pay in three "
                                                 "days"),
        ("发我一份员工名单和岗位，我今天就出正式方案", "send me the staff list and jobs and I make the proposal "
                                                       "today"),
        ("本月投保免费加一次员工体检", "a free staff health check if you sign this month"),
        ("公司现在多少人，员工出了意外或生病一般怎么处理？", "how many staff do you have, and what happens today when "
                                                              "one has an accident or falls ill?"),
        ("本次通话会录音，保险责任以保险合同条款为准", "this call is recorded; the policy terms set the cover"),
    ),
}
DEFAULT_FACTS = "家庭宽带融合套餐"


def facts_for(product: str) -> ProductFacts:
    return FACTS.get(product, FACTS[DEFAULT_FACTS])


def _fill(template: str, facts: ProductFacts, product: str, lang: int) -> str:
    values = {name: getattr(facts, name)[lang] for name in (
        "company", "offer", "value", "price", "daily", "trial", "contract", "flexible", "guarantee", "case",
        "decider", "service", "signup", "bonus", "need", "compliance")}
    return template.format(product=product if lang == 0 else facts.product_en, **values)


# --- the question bank ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _QuestionTemplate:
    text: str
    answer: str  # with {product}, {price} … placeholders (ProductFacts)
    text_en: str
    answer_en: str
    section: Section
    kind: Kind
    difficulty: Difficulty
    basic: bool
    tags: tuple[str, ...]


def _q(section: Section, kind: Kind, difficulty: Difficulty, basic: bool, tags: str, text: str, answer: str,
       text_en: str, answer_en: str) -> _QuestionTemplate:
    return _QuestionTemplate(text, answer, text_en, answer_en, section, kind, difficulty, basic,
                             tuple(tags.split("、")))


TEMPLATES: tuple[_QuestionTemplate, ...] = (
    # opening
    _q(S.OPENING, OBJ, EASY, True, "信任、隐私", "你们怎么有我电话？",
       "非常理解您的警惕。您的号码是我们的老客户或合作渠道登记的联系方式，我们只用来介绍{product}，您不需要的话我马上"
       "登记不再打扰。耽误您一分钟，我先说说为什么打给您，好吗？",
       "How did you get my number?",
       "I understand the caution. Your number came from a customer or partner registration and is used only to "
       "tell you about the {product}; if you'd rather not, I'll note it and we won't call again. May I take one "
       "minute to say why I'm calling?"),
    _q(S.OPENING, ASK, EASY, True, "开场", "你是哪里的？找我什么事？",
       "您好，我是{company}的客户顾问小王。今天打给您是想告诉您：{value}。想花一分钟了解一下您的情况，方便吗？",
       "Who are you and what do you want?",
       "Hello, I'm Wang, a customer adviser at {company}. I'm calling because {value}. Could I take a minute to "
       "learn about your situation?"),
    _q(S.OPENING, OBJ, EASY, True, "时间、开场", "我现在没时间。",
       "好的，不耽误您。就一句话：{value}。您看今天下午四点还是明天上午十点我再打给您，哪个时间方便？",
       "I don't have time now.",
       "Of course, I won't keep you. In one sentence: {value}. Shall I call back at four this afternoon or ten "
       "tomorrow morning?"),
    _q(S.OPENING, OBJ, MEDIUM, True, "开场、信任", "又是推销的吧？",
       "您说得对，我确实是来介绍产品的，但不是硬推。我先问您一个问题，如果跟您没关系，我马上挂电话：{need}",
       "Another sales call, right?",
       "You're right, I am calling about a product, but I won't push. One question, and if it isn't relevant I'll "
       "hang up straight away: {need}"),
    _q(S.OPENING, OBJ, MEDIUM, True, "信任", "你们是不是骗子？",
       "您有这个顾虑很正常，现在骚扰电话确实多。我们是{company}，您可以挂断后拨打官方客服核实我的工号；我们不会在电话里"
       "让您转账，所有费用都以正式合同为准。",
       "Is this a scam?",
       "That worry is fair; there are many nuisance calls. We are {company}: hang up and call our official line to "
       "check my staff number. We never ask for a transfer over the phone; every charge is in a formal contract."),
    # discovery
    _q(S.DISCOVERY, OBJ, MEDIUM, True, "需求挖掘", "你问这么多干什么？",
       "不好意思，问这些是为了不给您推荐不合适的东西。每家的情况不一样，我想先弄清楚您最在意的是什么，再告诉您{product}"
       "能不能帮上忙。",
       "Why are you asking so many questions?",
       "Sorry; I ask so as not to recommend something that doesn't fit. Every case differs, so I'd like to know "
       "what matters most to you before saying whether the {product} can help."),
    _q(S.DISCOVERY, OBJ, MEDIUM, True, "需求挖掘、现状", "我们现在用得挺好的，不需要。",
       "挺好的，说明您对这块很重视。我想请教一下，现在的方案里有没有哪一点您觉得还能更好？很多客户一开始也这么说，"
       "后来发现{value}。",
       "We're fine as we are; we don't need it.",
       "Good, so this matters to you. May I ask whether anything in your current arrangement could be better? Many "
       "customers said the same at first and then found that {value}."),
    _q(S.DISCOVERY, OBJ, MEDIUM, True, "决策人", "这事我做不了主。",
       "明白，这类事一般是{decider}拿主意。您看我先把要点发给您，您方便的时候帮我约一下，我当面或电话跟他讲十分钟，"
       "可以吗？",
       "I'm not the one who decides.",
       "I see; usually {decider} decides this. Could I send you the key points and ask you to set up ten minutes "
       "with them, in person or by phone?"),
    _q(S.DISCOVERY, ASK, MEDIUM, False, "需求挖掘", "你们这个适合我们这种情况吗？",
       "这正是我想帮您判断的。我问您两个问题：{need}您说完我就能告诉您适不适合，不适合我也会直说。",
       "Does it suit our situation?",
       "That is exactly what I want to help you judge. Two questions: {need} Then I can tell you whether it fits, "
       "and I'll say so plainly if it doesn't."),
    _q(S.DISCOVERY, OBJ, MEDIUM, True, "预算", "我们预算有限。",
       "理解，钱要花在刀刃上。{product}{price}，算下来{daily}，而且{value}。您现在在这块每月大概花多少？我帮您算笔账。",
       "Our budget is tight.",
       "I understand; money has to go where it counts. The {product} is {price}, {daily}, and {value}. What do you "
       "spend on this each month now? Let me do the sums with you."),
    # value
    _q(S.VALUE, ASK, MEDIUM, True, "竞品、核心价值", "你们和别家有什么区别？",
       "最大的区别是：{value}。另外{service}。您最看重哪一点？我重点给您讲。",
       "How are you different from the others?",
       "The biggest difference: {value}. Besides, {service}. Which matters most to you? I'll go into that."),
    _q(S.VALUE, ASK, EASY, True, "信任、公司", "你们公司靠谱吗？",
       "您问得很实在。{company}做这块已经很多年，{case}。所有服务都有正式合同，{guarantee}。",
       "Is your company reliable?",
       "A fair question. {company} has done this for many years and {case}. Everything is under a formal contract, "
       "and {guarantee}."),
    _q(S.VALUE, ASK, EASY, True, "核心价值", "具体能给我带来什么好处？",
       "一句话：{value}。您拿到的是{offer}，{price}。",
       "What's in it for me exactly?",
       "In one sentence: {value}. You get {offer} for {price}."),
    _q(S.VALUE, OBJ, MEDIUM, True, "效果、保障", "效果没保障吧？",
       "您担心花了钱没效果，这很正常。所以我们{trial}，而且{guarantee}。风险在我们这边，您只需要先试一试。",
       "There's no guarantee it works, is there?",
       "Worrying about paying for nothing is natural. That's why we offer {trial}, and {guarantee}. The risk is "
       "ours; you only need to try it."),
    _q(S.VALUE, ASK, EASY, True, "案例", "有没有和我们情况差不多的客户？",
       "有的，{case}。他们当初最关心的也是效果和价格，用了以后的反馈是：{value}。",
       "Do you have customers like us?",
       "Yes: {case}. They too cared most about results and price, and what they tell us now is that {value}."),
    _q(S.VALUE, ASK, EASY, True, "售后", "售后怎么样？出了问题找谁？",
       "这点您放心：{service}。您有任何问题直接找我，我是您的专属顾问。",
       "What about after-sales? Who do I call when something goes wrong?",
       "Rest assured: {service}. And you can always call me directly; I'm your adviser."),
    _q(S.VALUE, OBJ, HARD, False, "口碑、信任", "我看网上评价不太好啊。",
       "谢谢您直说。网上确实有个别差评，我们每条都有专人跟进处理。更能说明问题的是：{case}。您也可以先{trial}，"
       "自己判断。",
       "The reviews online aren't good.",
       "Thank you for saying so. There are a few bad reviews and someone follows up every one. What says more: "
       "{case}. And you can take {trial} and judge for yourself."),
    # objections
    _q(S.OBJECTIONS, OBJ, MEDIUM, True, "价格", "价格太贵了。",
       "理解，谁花钱都想花得值。我们算一下：{price}，平均{daily}。而{value}。您觉得贵，是和哪个方案比的？",
       "It's too expensive.",
       "I understand; everyone wants their money's worth. Let's work it out: {price}, {daily}. And {value}. Too "
       "expensive compared with what?"),
    _q(S.OBJECTIONS, OBJ, MEDIUM, True, "竞品", "我们已经有供应商了。",
       "有合作的就说明您重视这块。我不是让您马上换，只是给您多一个参考：{value}。{trial}，对比一下您再决定，可以吗？",
       "We already have a supplier.",
       "Having one shows you take this seriously. I'm not asking you to switch today, only to have a comparison: "
       "{value}. With {trial} you can compare and then decide. Fair?"),
    _q(S.OBJECTIONS, OBJ, EASY, True, "资料、拖延", "你发个资料到我邮箱吧。",
       "好的，马上发。为了发给您最有用的那部分，我先确认两点：{need}资料发过去后，我明天上午十点给您打个电话，"
       "两分钟说说重点，您看行吗？",
       "Just email me the materials.",
       "Sure, right away. So I send the part that matters, two quick points: {need} After it arrives, may I call "
       "at ten tomorrow morning for two minutes on the essentials?"),
    _q(S.OBJECTIONS, OBJ, MEDIUM, True, "考虑、促成", "我再考虑考虑。",
       "应该的，这是正经事。您主要考虑的是价格、效果，还是要和家人或同事商量？您说出来，我现在就帮您把这点弄清楚。",
       "Let me think about it.",
       "Of course, it's a real decision. Is it mainly the price, the results, or talking it over with someone? "
       "Tell me and I'll help you settle that point now."),
    _q(S.OBJECTIONS, OBJ, MEDIUM, True, "合同、期限", "合同期太长了。",
       "理解，您不想被绑住。{contract}是为了给您锁定现在的价格；如果您更想灵活，{flexible}。另外{guarantee}。",
       "The contract is too long.",
       "I understand you don't want to be tied. Signing for {contract} locks in today's price; if you prefer "
       "flexibility, {flexible}. And {guarantee}."),
    _q(S.OBJECTIONS, OBJ, HARD, True, "价格、竞品", "别家比你们便宜。",
       "价格确实要比。您方便说说别家的方案包含哪些吗？我们{price}，包含{offer}，而且{service}。把这些算进去，"
       "您再看哪个更划算。",
       "Others are cheaper.",
       "Prices should be compared. What does their offer include? Ours is {price} for {offer}, and {service}. Count "
       "all that in, then see which is better value."),
    _q(S.OBJECTIONS, OBJ, MEDIUM, True, "决策人、考虑", "我要和家里人（老板）商量一下。",
       "应该的。商量的时候他们最可能问什么？我先帮您把答案准备好。要不我们约个时间，三方一起通个电话，十分钟讲清楚。",
       "I need to talk it over with my family (my boss).",
       "Of course. What are they most likely to ask? Let me prepare the answers with you. Or let's book ten "
       "minutes on a three-way call."),
    _q(S.OBJECTIONS, OBJ, HARD, False, "效果、经历", "以前用过类似的，没什么用。",
       "这种经历确实让人失望。方便说说当时是哪里没达到预期吗？我们和那种做法最大的不同是：{value}。而且{guarantee}。",
       "We tried something like it before; it didn't help.",
       "That is disappointing. What fell short then? What sets us apart from that: {value}. And {guarantee}."),
    _q(S.OBJECTIONS, OBJ, MEDIUM, False, "价格、优惠", "能不能再便宜点？",
       "价格是统一的，我不能随便改，但能帮您争取最划算的办法：{bonus}。这个名额本月有限，我先帮您预留？",
       "Can you do a better price?",
       "The price is the same for everyone and I can't change it, but I can get you the best deal: {bonus}. Places "
       "are limited this month; shall I hold one for you?"),
    _q(S.OBJECTIONS, OBJ, HARD, False, "时机、预算", "现在经济不好，等等再说吧。",
       "越是这种时候，钱越要花在能见效的地方。{value}。{flexible}，投入小、见效快，您看先从这个开始？",
       "Times are hard; let's wait.",
       "In times like these money should go where it pays off: {value}. And {flexible}: a small outlay, quick "
       "results. Start with that?"),
    # closing
    _q(S.CLOSING, ASK, EASY, True, "办理流程", "怎么办理？要准备什么？",
       "很简单：{signup}。整个过程电话里五分钟就能办完。",
       "How do I sign up? What do I need?",
       "It's simple: {signup}. It takes five minutes on the phone."),
    _q(S.CLOSING, ASK, MEDIUM, False, "优惠、时限", "今天不办，以后还有这个优惠吗？",
       "正价一直有，但{bonus}只到月底。今天定下来最划算，而且{guarantee}，您没有任何损失。",
       "If I don't sign today, will the offer still be there?",
       "The standard price stays, but this month's offer ends with the month: {bonus}. Deciding today is best "
       "value, and {guarantee}, so you lose nothing."),
    _q(S.CLOSING, ASK, MEDIUM, True, "试用、促成", "能不能先试用再付款？",
       "可以，{trial}。体验满意了再正式办理。我现在帮您约时间，您看明天上午还是下午？",
       "Can I try before paying?",
       "Yes: {trial}. Sign up only when you're happy. Shall I book it now, tomorrow morning or afternoon?"),
    _q(S.CLOSING, OBJ, EASY, False, "回访、拖延", "你下周再打给我吧。",
       "好的，我记下了。为了下周不耽误您时间，我们约个准点：下周二上午十点还是周三下午三点？到时我带着为您算好的方案来。",
       "Call me next week.",
       "Noted. So next week doesn't waste your time, let's fix it: Tuesday at ten or Wednesday at three? I'll have "
       "the worked-out proposal ready."),
    # compliance
    _q(S.COMPLIANCE, ASK, EASY, True, "合规、录音", "这个电话录音吗？",
       "是的，为保障您的权益，{compliance}。我说的每一项内容都以合同为准，您可以放心。",
       "Is this call recorded?",
       "Yes; to protect you, {compliance}. Everything I say is bound by the contract."),
    _q(S.COMPLIANCE, ASK, MEDIUM, True, "合规、退订", "签了以后能退吗？",
       "可以，{guarantee}。退订的方式和时限都写在合同里，签约前我会逐条跟您确认。",
       "Can I cancel after signing?",
       "Yes: {guarantee}. How and by when is written in the contract, and I go through it with you before you "
       "sign."),
    _q(S.COMPLIANCE, OBJ, MEDIUM, True, "合规、扣费", "你们会不会乱扣费？",
       "绝对不会。所有费用只有{price}这一项，没有隐藏收费；每次扣费前都会短信通知您，{compliance}。",
       "Will you charge me without asking?",
       "Never. The only charge is {price}, nothing hidden; you get a text before every payment, and {compliance}."),
    _q(S.COMPLIANCE, ASK, MEDIUM, False, "合规、隐私", "我的个人信息你们会不会泄露？",
       "您的信息只用于办理{product}，按规定加密保存，不会提供给任何第三方。需要的话，我可以把隐私条款发给您。",
       "Will you leak my personal data?",
       "Your data is used only for the {product}, stored encrypted as the rules require and never passed to a "
       "third party. I can send you the privacy terms."),
    _q(S.COMPLIANCE, OBJ, EASY, True, "合规、拒绝", "不要再给我打电话了。",
       "好的，非常抱歉打扰您。我现在就把您的号码登记到免打扰名单，以后不会再有我们的推销电话。祝您生活愉快。",
       "Don't call me again.",
       "Of course, and I'm sorry to have disturbed you. I'm adding your number to our do-not-call list now; you "
       "won't get sales calls from us again. Have a good day."),
)


@dataclass(frozen=True)
class DemoQuestion:
    text: str  # Chinese: what the demo stores
    answer: str
    text_en: str
    answer_en: str
    section: Section
    kind: Kind
    difficulty: Difficulty
    basic: bool
    tags: tuple[str, ...]

    def texts(self, lang: str) -> tuple[str, str]:
        """(question, model answer) in ``lang`` ("zh" or "en")."""
        return (self.text_en, self.answer_en) if lang == "en" else (self.text, self.answer)


def question_bank(product: str) -> tuple[DemoQuestion, ...]:
    """The bank for a team selling ``product``: every template with the product's facts in both languages."""
    facts = facts_for(product)
    return tuple(DemoQuestion(t.text, _fill(t.answer, facts, product, 0), t.text_en, _fill(t.answer_en, facts,
                                                                                         product, 1),
                              t.section, t.kind, t.difficulty, t.basic, t.tags) for t in TEMPLATES)


# --- the script ------------------------------------------------------------------------------------------------

V1_SECTIONS: dict[Section, str] = {
    S.OPENING: "您好，请问是{customer}吗？\n我是{company}的客户顾问，工号 1024。\n我们公司最近在做{product}的活动，"
               "今天给您打电话就是想给您介绍一下。\n您现在方便听我说几分钟吗？",
    S.DISCOVERY: "请问您现在用的是哪家的？\n用得怎么样？",
    S.VALUE: "我们的{product}包括{offer}。\n价格是{price}，性价比很高。",
    S.OBJECTIONS: "客户说贵：我们的价格已经是最优惠的了。\n客户说考虑一下：好的，那我过两天再联系您。\n"
                  "客户说没时间：那我改天再打。",
    S.CLOSING: "您看要不要办一个？\n办的话我帮您登记。",
}
V2_SECTIONS: dict[Section, str] = {
    S.OPENING: "您好，请问是{customer}吗？\n我是{company}的客户顾问小王，工号 1024。\n"
               "打给您是因为：{value}。\n耽误您一分钟，我简单说说，您看方便吗？",
    S.DISCOVERY: "先请教您一个问题：{need}\n现在的方案里，您最满意和最不满意的分别是什么？\n"
                 "这件事一般是{decider}拿主意，对吗？\n（复述需求）我理解您最在意的是……，我说得对吗？",
    S.VALUE: "针对您刚才说的情况，{product}能帮您解决：{value}。\n您拿到的是{offer}。\n"
             "价格{price}，算下来{daily}。\n{case}。",
    S.OBJECTIONS: "先认同：“您这个顾虑很正常，很多客户一开始也这么想。”\n"
                  "再追问：“您主要担心的是价格、效果，还是……？”\n"
                  "说价格：{price}，{daily}，而且{value}。\n"
                  "说效果：{trial}，而且{guarantee}。\n"
                  "说期限：{contract}锁定现价；想灵活的话，{flexible}。\n"
                  "最后确认：“这样解释，您这方面还有顾虑吗？”",
    S.CLOSING: "那我们就先把名额定下来：{signup}。\n{bonus}，今天办理正好赶上。\n"
               "客户仍犹豫时，约定具体的下一步：明天上午十点还是下午三点我再打给您？",
    S.COMPLIANCE: "通话开始时：{compliance}。\n报价时说明全部费用，不承诺合同以外的优惠。\n"
                  "成交前复述：{guarantee}。\n客户明确拒绝时：立即致歉，登记免打扰，结束通话。",
}
CUSTOMERS: dict[str, str] = {"家庭宽带融合套餐": "张先生", "少儿英语在线课程": "孩子的家长",
                             "企业财税软件续费": "贵公司的财务负责人", "团体商业保险": "贵公司的人事负责人"}
V1_NOTE = "初稿：沿用以前的开场和报价说法"
V2_NOTE = "统一版：开场 15 秒内讲价值，需求挖掘改为开放式提问，异议处理按“认同—追问—回应—确认”四步，新增合规话术"


@dataclass(frozen=True)
class DemoVersion:
    number: int
    created_on: dt.date
    note: str
    sections: Mapping[Section, str]


@dataclass(frozen=True)
class DemoScript:
    name: str
    product: str
    versions: tuple[DemoVersion, DemoVersion]  # v1 the draft, v2 the unified current version

    @property
    def current(self) -> int:
        return self.versions[-1].number


def _script_text(template: str, facts: ProductFacts, product: str) -> str:
    return template.format(customer=CUSTOMERS.get(product, "张先生"), company=facts.company[0], product=product,
                           offer=facts.offer[0], value=facts.value[0], price=facts.price[0], daily=facts.daily[0],
                           trial=facts.trial[0], contract=facts.contract[0], flexible=facts.flexible[0],
                           guarantee=facts.guarantee[0], case=facts.case[0], decider=facts.decider[0],
                           signup=facts.signup[0], bonus=facts.bonus[0], need=facts.need[0],
                           compliance=facts.compliance[0])


def build_script(team: DemoTeam, v1_on: dt.date, v2_on: dt.date) -> DemoScript:
    facts = facts_for(team.product)
    v1 = {s: _script_text(t, facts, team.product) for s, t in V1_SECTIONS.items()}
    v2 = {s: _script_text(t, facts, team.product) for s, t in V2_SECTIONS.items()}
    return DemoScript(f"{team.product}电销话术", team.product,
                      (DemoVersion(1, v1_on, V1_NOTE, v1), DemoVersion(2, v2_on, V2_NOTE, v2)))


# --- sessions, entries, audits ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DemoSecond:
    """A second trainer's scoring of the same role-play (for the agreement between trainers)."""

    trainer: str
    scores: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class DemoEntry:
    employee_id: str
    at: dt.datetime
    scores: tuple[tuple[str, int], ...]  # criterion key → 1..5
    question: int | None  # index into the bank
    well: bool | None
    note: str = ""
    seconds: int | None = None
    second: DemoSecond | None = None


@dataclass(frozen=True)
class DemoSession:
    mode: Mode
    started_at: dt.datetime
    trainer: str
    version: int  # the script version drilled on
    participants: tuple[str, ...]  # employee ids in calling order
    entries: tuple[DemoEntry, ...]
    ended_at: dt.datetime | None  # None: left open

    @property
    def open(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class DemoAudit:
    employee_id: str
    on: dt.date
    kind: AuditKind
    auditor: str
    points: tuple[tuple[str, bool], ...]  # checklist point → used
    issues: tuple[str, ...] = ()
    score: int | None = None
    note: str = ""


@dataclass(frozen=True)
class DemoDrills:
    script: DemoScript
    questions: tuple[DemoQuestion, ...]
    sessions: tuple[DemoSession, ...]
    audits: tuple[DemoAudit, ...]
    rubrics: tuple[RubricDraft, ...] = ()  # the team's own rubrics (no session scored on them yet)


def _criterion(zh: str, en: str, weight: float, anchors: tuple[tuple[str, str], ...]) -> CriterionDraft:
    a1, a3, a5 = ({"zh": z, "en": e} for z, e in anchors)
    return CriterionDraft({"zh": zh, "en": en}, (a1, a3, a5), weight)


# A settled team's own rubric for the Monday morning contest: short answers on the core value, fast and warm.
MORNING_RUBRIC = RubricDraft({"zh": "晨会快问快答", "en": "Morning quick-fire"}, (
    _criterion("核心价值", "Core value", 2.0, (
        ("讲不出项目核心价值。", "Cannot state the project's core value."),
        ("能讲出核心价值，但不完整。", "States the core value, but not all of it."),
        ("一句话讲清核心价值，并举出客户的例子。", "The core value in one sentence, with a customer's example."))),
    _criterion("反应速度", "Speed", 1.0, (
        ("停顿超过五秒或答不上来。", "Pauses more than five seconds or gives no answer."),
        ("想一想才答上来。", "Answers after a moment's thought."),
        ("脱口而出，不用看话术。", "Answers at once, without the script."))),
    _criterion("语气", "Tone", 1.0, (
        ("生硬、没有感染力。", "Flat, no energy."),
        ("自然但平淡。", "Natural but plain."),
        ("热情自信，让人想听下去。", "Warm and confident: the customer wants to hear more."))),
), 3.0)


@dataclass(frozen=True)
class _Plan:
    """How a stage's team drills and how well its reps answer."""

    window_days: int  # sessions over this many days before as_of (not before the team formed)
    skill: float  # a settled rep's chance of a good answer at the window's start
    skill_end: float  # ... and on as_of (linear in between; the storming team's falls after ``fall_from``)
    fall_from: int  # days before as_of the storming fall starts (0: no fall)
    role_plays_per_week: int
    share_called: float  # share of the settled reps called up in a role-play (new hires always are)
    questions_each: int  # questions per rep in a role-play (new hires get NEW_HIRE_EXTRA more)
    certify: float  # share of settled reps sitting a certification session
    cert_days_back: tuple[int, ...]  # roughly when the certification sessions were (days before as_of)
    seconds: int  # how many role-play entries a second trainer scores
    audits: int
    adherence: float  # the chance a checklist point is used on an audited call
    v2_days_back: int  # when version 2 became the unified one (0: the newest team's first week)
    new_hire_skill: float  # a rep hired after the team formed starts here, gaining NEW_HIRE_GAIN a day


PLANS: dict[str, _Plan] = {
    "forming": _Plan(WINDOW_DAYS, 0.32, 0.62, 0, 5, 1.0, 2, 0.0, (), 0, 4, 0.55, 0, 0.3),
    # the storming team drilled hard in its first weeks; since the regrouping and version 2 the answers slipped
    "storming": _Plan(84, 0.8, 0.35, 28, 3, 0.7, 4, 0.35, (50,), 3, 6, 0.6, 36, 0.3),
    "norming": _Plan(WINDOW_DAYS, 0.8, 0.86, 0, 2, 0.55, 3, 0.55, (40, 19), 4, 6, 0.8, 45, 0.45),
    # the mature team onboards its new hires with extra drills and buddies
    "performing": _Plan(WINDOW_DAYS, 0.9, 0.93, 0, 2, 0.5, 3, 0.85, (47, 33, 12), 5, 8, 0.9, 50, 0.6),
}
NEW_HIRE_GAIN = 0.012  # a new hire's chance rises by this much a day on the team, up to the team's level
NEW_HIRE_EXTRA = 2  # extra questions a new hire gets in a role-play
SETTLED_DAYS = 30  # tenure before a rep sits a certification
MORNING_WEEKDAY = 0  # the morning contest on Mondays
NOTES_GOOD = ("价值点讲得很清楚", "先认同再回应，节奏很好", "追问到了客户的真实顾虑", "促成时机把握得好",
              "语气自信，合规话术自然")
NOTES_WEAK = ("开场太长，客户没耐心", "没有确认客户是否认可", "只会背话术，没结合客户需求", "合规提示漏了",
              "被客户带着走，没问出真实顾虑", "报价后就停住了，没有约下一步")
ISSUES = ("未提示通话录音", "承诺了合同以外的优惠", "客户明确拒绝后仍继续推销", "未说明退订方式")
AUDITORS = {AuditKind.MYSTERY_SHOPPER: "神秘客户（质检部）", AuditKind.CALL_REVIEW: "质检专员 周敏"}
AUDIT_NOTES_GOOD = ("整体流程完整，价值讲得清楚", "开场自然，需求问得细", "异议处理到位，促成果断")
AUDIT_NOTES_WEAK = ("没有按统一版开场，价值点讲漏了", "客户一说贵就降价，没讲价值", "促成太弱，没约下一步",
                    "需求没挖就开始报价")


def _sells_on(member: DemoMember, day: dt.date) -> bool:
    return member.role.sells and member.hired_on <= day and (member.left_on is None or day < member.left_on)


def _nearest(days: Sequence[dt.date], target: dt.date) -> dt.date:
    return min(days, key=lambda d: abs((d - target).days))


def _working_days(start: dt.date, end: dt.date) -> list[dt.date]:
    days = []
    day = start
    while day <= end:
        if not is_day_off(day) and day.weekday() != 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


class _Drill:
    """The running simulation of one team: each rep's answers so far, so the next question and its outcome follow
    what the rep already knows."""

    def __init__(self, team: DemoTeam, plan: _Plan, bank: Sequence[DemoQuestion], rubric: Rubric,
                 as_of: dt.date, start: dt.date, rng: random.Random) -> None:
        self.team, self.plan, self.bank, self.rubric = team, plan, bank, rubric
        self.as_of, self.start, self.rng = as_of, start, rng
        self.talent = {m.employee_id: rng.gauss(0, 0.07) for m in team.members if m.role.sells}
        self.history: dict[str, dict[int, list[bool]]] = {}  # rep → question → answers (well)
        self.basic = [i for i, q in enumerate(bank) if q.basic]

    def skill(self, member: DemoMember, day: dt.date) -> float:
        plan = self.plan
        span = max(1, (self.as_of - self.start).days)
        if plan.fall_from:
            fall_start = self.as_of - dt.timedelta(days=plan.fall_from)
            if day < fall_start:
                level = plan.skill
            else:
                level = plan.skill + (plan.skill_end - plan.skill) * min(1.0, (day - fall_start).days / 14)
        else:
            level = plan.skill + (plan.skill_end - plan.skill) * (day - self.start).days / span
        if (day - member.hired_on).days < 90 and member.hired_on > self.team.formed_on + dt.timedelta(days=7):
            level = min(level, plan.new_hire_skill + NEW_HIRE_GAIN * (day - member.hired_on).days)
        return level + self.talent.get(member.employee_id, 0.0)

    def chance(self, member: DemoMember, question: int, day: dt.date) -> float:
        done = self.history.get(member.employee_id, {}).get(question, [])
        p = self.skill(member, day) - 0.08 * (int(self.bank[question].difficulty) - 1) + 0.04 * sum(done)
        return min(0.97, max(0.05, p))

    def pick(self, member: DemoMember, pool: Sequence[int], asked: set[int], day: dt.date) -> int:
        """A question the rep has not met or last answered badly, mostly; after the storming team's fall the
        trainer re-checks the questions answered well before (version 2 changed the answers)."""
        mine = self.history.get(member.employee_id, {})
        falling = bool(self.plan.fall_from) and day >= self.as_of - dt.timedelta(days=self.plan.fall_from)
        known = 3.0 if falling else 0.6
        weights = []
        for q in pool:
            answers = mine.get(q)
            w = 4.0 if not answers else 3.0 if not answers[-1] else known
            if not self.bank[q].basic:
                w *= 0.5
            weights.append(0.0 if q in asked else w)
        if not any(weights):
            weights = [1.0] * len(pool)
        return self.rng.choices(list(pool), weights=weights, k=1)[0]

    def scores(self, p: float, well: bool, keys: Sequence[str]) -> tuple[tuple[str, int], ...]:
        mean = 1.6 + 3.0 * p + (0.35 if well else -0.35)
        return tuple((k, min(5, max(1, round(self.rng.gauss(mean, 0.6))))) for k in keys)

    def answer(self, member: DemoMember, question: int, at: dt.datetime, keys: Sequence[str],
               force_well: bool = False) -> DemoEntry:
        p = self.chance(member, question, at.date())
        well = force_well or self.rng.random() < p
        self.history.setdefault(member.employee_id, {}).setdefault(question, []).append(well)
        note = ""
        if self.rng.random() < 0.15:
            note = self.rng.choice(NOTES_GOOD if well else NOTES_WEAK)
        return DemoEntry(member.employee_id, at, self.scores(p, well, keys), question, well, note,
                         self.rng.randrange(20, 95))


def _second(rng: random.Random, trainer: str, scores: tuple[tuple[str, int], ...]) -> DemoSecond:
    """The manager scores the same role-play: mostly the same, now and then a point apart (a little harsher)."""
    out = []
    for key, value in scores:
        r = rng.random()
        delta = -1 if r < 0.22 else 1 if r > 0.9 else 0
        out.append((key, min(5, max(1, value + delta))))
    return DemoSecond(trainer, tuple(out))


def build_team_drills(team: DemoTeam, seed: int, as_of: dt.date) -> DemoDrills | None:
    """The team's script, bank, sessions and audits; None for a team without a stage plan, trainer or reps."""
    plan = PLANS.get(team.stage)
    trainer = next((m for m in team.members if m.role is Role.TRAINER), None)
    manager = next((m for m in team.members if m.role is Role.MANAGER), None)
    if plan is None or trainer is None:
        return None
    rng = random.Random(f"coachdesk-demo-drills:{seed}:{as_of.isoformat()}:{team.name}")
    rubric = default_rubric()
    bank = question_bank(team.product)
    start = max(team.formed_on + dt.timedelta(days=1), as_of - dt.timedelta(days=plan.window_days))
    if team.stage == "forming" or plan.v2_days_back == 0:
        v1_on = team.formed_on - dt.timedelta(days=5)
        v2_on = min(as_of, team.formed_on + dt.timedelta(days=4))
    else:
        v1_on = max(team.formed_on, as_of - dt.timedelta(days=400))
        v2_on = as_of - dt.timedelta(days=plan.v2_days_back)
    script = build_script(team, v1_on, v2_on)
    sim = _Drill(team, plan, bank, rubric, as_of, start, rng)
    keys = rubric.keys
    days = _working_days(start, as_of)
    if not days:
        return DemoDrills(script, bank, (), ())
    open_day = days[-1]
    cert_days = {_nearest(days, as_of - dt.timedelta(days=back)) for back in plan.cert_days_back
                 if (as_of - start).days > back}
    sessions: list[DemoSession] = []
    seconds_left = plan.seconds
    value_pool = [i for i, q in enumerate(bank) if q.section in (S.VALUE, S.OPENING)]
    all_pool = list(range(len(bank)))
    per_week = plan.role_plays_per_week
    role_days = {d for d in days if per_week >= 5 or d.weekday() in (1, 3, 4)[:per_week]}
    for day in days:
        version = 2 if day >= script.versions[1].created_on else 1
        sellers = [m for m in team.members if _sells_on(m, day)]
        if not sellers:
            continue
        if day in cert_days:
            sessions.append(_certification(sim, rng, day, trainer.name, version, sellers, keys))
        if day.weekday() == MORNING_WEEKDAY and team.groups:
            sessions.append(_morning(sim, rng, day, trainer.name, version, sellers, value_pool, len(team.groups)))
        if day in role_days:
            fresh = [m for m in sellers if (day - m.hired_on).days < SETTLED_DAYS
                     and m.hired_on > team.formed_on + dt.timedelta(days=7)]
            settled = [m for m in sellers if m not in fresh]
            called = fresh + (settled if plan.share_called >= 1 else rng.sample(
                settled, min(len(settled), max(2, round(plan.share_called * len(settled))))))
            rng.shuffle(called)
            began = dt.datetime.combine(day, dt.time(17, 30) if team.stage != "forming" else dt.time(9, 0))
            at = began
            entries: list[DemoEntry] = []
            is_open = day == open_day and team.stage == "forming"
            for index, member in enumerate(called):
                if is_open and index >= OPEN_ENTRIES:
                    break
                asked: set[int] = set()
                for _ in range(plan.questions_each + (NEW_HIRE_EXTRA if member in fresh else 0)):
                    at += dt.timedelta(seconds=rng.randrange(70, 150))
                    q = sim.pick(member, all_pool, asked, day)
                    asked.add(q)
                    entry = sim.answer(member, q, at, keys)
                    if seconds_left and manager is not None and not is_open and rng.random() < 0.08:
                        entry = DemoEntry(entry.employee_id, entry.at, entry.scores, entry.question, entry.well,
                                          entry.note, entry.seconds, _second(rng, manager.name, entry.scores))
                        seconds_left -= 1
                    entries.append(entry)
            ended = None if is_open else at + dt.timedelta(minutes=3)
            sessions.append(DemoSession(Mode.ROLE_PLAY, began, trainer.name, version,
                                        tuple(m.employee_id for m in called), tuple(entries), ended))
    sessions.sort(key=lambda s: s.started_at)
    own = (MORNING_RUBRIC,) if team.stage != "forming" else ()
    return DemoDrills(script, bank, tuple(sessions), _audits(team, plan, rng, start, as_of), own)


def _certification(sim: _Drill, rng: random.Random, day: dt.date, trainer: str, version: int,
                   sellers: Sequence[DemoMember], keys: Sequence[str]) -> DemoSession:
    """Every basic question to each candidate; a question missed is asked again at the end (the retake), which a
    well-prepared rep passes."""
    settled = [m for m in sellers if (day - m.hired_on).days >= SETTLED_DAYS]
    count = min(len(settled), max(1, round(sim.plan.certify * len(settled)))) if settled else 0
    candidates = sorted(rng.sample(settled, count), key=lambda m: m.employee_id)
    began = dt.datetime.combine(day, dt.time(14, 0))
    at = began
    entries: list[DemoEntry] = []
    for member in candidates:
        order = list(sim.basic)
        rng.shuffle(order)
        missed = []
        for q in order:
            at += dt.timedelta(seconds=rng.randrange(50, 110))
            entry = sim.answer(member, q, at, keys)
            entries.append(entry)
            if not entry.well:
                missed.append(q)
        prepared = sim.skill(member, day) >= 0.7
        for q in missed:
            at += dt.timedelta(seconds=rng.randrange(50, 110))
            entries.append(sim.answer(member, q, at, keys, force_well=prepared and rng.random() < 0.9))
    return DemoSession(Mode.CERTIFICATION, began, trainer, version, tuple(m.employee_id for m in candidates),
                       tuple(entries), at + dt.timedelta(minutes=5))


def _morning(sim: _Drill, rng: random.Random, day: dt.date, trainer: str, version: int,
             sellers: Sequence[DemoMember], pool: Sequence[int], groups: int) -> DemoSession:
    """The morning contest: one representative per group answers a core-value question, scored on opening and
    value."""
    count = min(groups, len(sellers))
    reps = rng.sample(list(sellers), count)
    began = dt.datetime.combine(day, dt.time(8, 40))
    at = began
    entries = []
    for member in reps:
        at += dt.timedelta(seconds=rng.randrange(90, 180))
        entries.append(sim.answer(member, sim.pick(member, pool, set(), day), at, ("opening", "value")))
    return DemoSession(Mode.MORNING, began, trainer, version, tuple(m.employee_id for m in reps), tuple(entries),
                       at + dt.timedelta(minutes=2))


def _audits(team: DemoTeam, plan: _Plan, rng: random.Random, start: dt.date, as_of: dt.date) -> tuple[DemoAudit, ...]:
    """A few audits of real calls (calls start after the new hires' training days), half mystery shopper."""
    found: list[DemoAudit] = []
    first = max(start, team.formed_on + dt.timedelta(days=TRAINING_DAYS + 1))
    days = [d for d in _working_days(first, as_of - dt.timedelta(days=1))]
    if not days:
        return ()
    for index in range(plan.audits):
        day = days[min(len(days) - 1, (index * len(days)) // plan.audits + rng.randrange(0, 3))]
        sellers = [m for m in team.members if _sells_on(m, day) and (day - m.hired_on).days > TRAINING_DAYS]
        if not sellers:
            continue
        member = rng.choice(sellers)
        kind = AuditKind.MYSTERY_SHOPPER if index % 2 == 0 else AuditKind.CALL_REVIEW
        points = tuple((point, rng.random() < plan.adherence) for point in DEFAULT_CHECKLIST)
        if all(used for _p, used in points) and rng.random() < 0.5:
            points = tuple((p, used if p != "closing" else False) for p, used in points)
        flagged = index == 1 and plan.adherence < 0.85  # the less mature teams' QC review heard one for sure
        if flagged:
            points = tuple((p, used and p != "compliance") for p, used in points)
        compliance_missed = not dict(points)["compliance"]
        issues = (rng.choice(ISSUES),) if compliance_missed and (flagged or rng.random() < 0.6) else ()
        share = sum(used for _p, used in points) / len(points)
        score = None if rng.random() < 0.3 else max(0, min(100, round(100 * share + rng.gauss(0, 6))
                                                                 - 10 * len(issues)))
        note = rng.choice(AUDIT_NOTES_GOOD if share >= 0.8 and not issues else AUDIT_NOTES_WEAK)
        found.append(DemoAudit(member.employee_id, day, kind, AUDITORS[kind], points, issues, score, note))
    return tuple(sorted(found, key=lambda a: a.on))


def entry_count(drills: DemoDrills) -> int:
    return sum(len(s.entries) for s in drills.sessions)

