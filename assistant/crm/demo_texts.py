"""Texts of demo activities: rep–customer chats, call notes and e-mails, in Chinese and English.

Each topic has several phrasings so the demo reads like a real inbox. Placeholders:
``{contact}`` (how the rep addresses the customer), ``{product}``, ``{qty}``,
``{price}``, ``{competitor}``, ``{date}``, ``{rep}``.
"""

from __future__ import annotations

import random

TOPICS_ZH: dict[str, list[str]] = {
    "inquiry": [
        "客户：{contact}这边想问下{product}的最新报价，{qty}件起订的话什么价？\n销售：好的{contact}，我今天整理一份报价单发您，含FOB和CIF两种价格。",
        "客户：你们的{product}有没有新款？我们下季度想上新。\n销售：有的，我把最新的目录和实拍图发您，您看中哪几款我们再安排样品。",
        "客户：{product}能做我们自己的logo吗？包装也要定制。\n销售：可以的，OEM和定制包装都支持，起订量{qty}件，我发您打样流程。",
    ],
    "price_objection": [
        "客户：{product}这个价格比去年高了不少，{competitor}报得比你们便宜8%。\n销售：理解{contact}的顾虑，原材料今年涨了，不过我们可以在{qty}件以上给到阶梯价，我申请一下。",
        "客户：太贵了，预算有限，能不能再降一点？\n销售：{contact}，我们这个价格已经很实在了，如果付款方式改成30%预付，我可以再帮您争取2个点。",
        "客户：别家同样的{product}便宜不少，你们贵在哪里？\n销售：我们用的是A级原料，有检测报告，退货率不到0.5%，我把对比数据发您看看。",
    ],
    "competitor": [
        "客户：最近{competitor}也在找我们，交期比你们快一周。\n销售：明白，我们可以把{product}的生产排期提前，{date}前出货没问题。",
        "客户：我们在对比{competitor}的样品，质量差不多。\n销售：{contact}可以看看我们的验货标准和售后条款，长期合作更有保障。",
    ],
    "delivery_worry": [
        "客户：这批{product}{date}前能到港吗？我们赶旺季上架，晚了就麻烦了。\n销售：{contact}放心，工厂已经排产，我每周给您发生产进度。",
        "客户：上次的货晚到了十天，这次交期一定要保证。\n销售：非常抱歉上次的延误，这次我们提前订舱，{date}前装柜。",
    ],
    "quality": [
        "客户：上批{product}有几箱色差，终端客户有投诉。\n销售：收到，麻烦{contact}拍几张照片给我，我马上和工厂确认，给您补货或者折扣处理。",
        "客户：这次{product}需要提供SGS检测报告和CE认证。\n销售：没问题，报告我这周内发您，认证文件也一起整理。",
    ],
    "sample": [
        "客户：可以先寄几个{product}样品吗？我们要给老板看。\n销售：可以的，样品免费，运费到付，明天就安排寄出，单号发您。",
        "销售：{contact}，样品已经到了吧？您和团队看了觉得怎么样？\n客户：收到了，做工不错，我们内部评估一下，下周给你答复。",
    ],
    "follow_up": [
        "销售：{contact}您好，上次报价的{product}，您这边考虑得怎么样了？\n客户：还在走内部流程，月底前应该能定。",
        "销售：{contact}，节日快乐！新一季的{product}目录已经出来了，发您参考。\n客户：谢谢，我看一下。",
        "销售：{contact}，跟您确认下{date}的电话会议还方便吗？\n客户：可以，到时候我们采购总监也会参加。",
    ],
    "order": [
        "客户：{product}就按上次的规格再下{qty}件，合同发我盖章。\n销售：好的{contact}，合同和PI今天发您，收到预付款就排产。",
        "客户：确认下单，{qty}件{product}，单价{price}美金。\n销售：收到，谢谢{contact}的支持！预计{date}出货。",
    ],
    "payment": [
        "销售：{contact}，上个月那批货的尾款到期了，麻烦财务安排一下。\n客户：这个月资金有点紧，下周付可以吗？",
        "客户：货款已经安排了，水单发你了。\n销售：收到，谢谢{contact}，财务确认到账后通知您。",
    ],
    "complaint": [
        "客户：这次的包装破损很严重，{product}损坏了二十多件，很不满意。\n销售：非常抱歉，我马上核实，下批货免费补发并加固包装。",
    ],
    "reactivation": [
        "销售：{contact}好久不见，最近生意怎么样？我们新上了几款{product}，价格很有竞争力。\n客户：最近订单少，先不考虑了，有需要再联系你。",
    ],
    "violation": [
        "客户：这个认证能过吗？\n销售：放心，我们包过，100%通过，出了问题我负责。",
        "销售：{contact}，以后直接加我私人微信 wx_{rep}888 聊，走我个人账户价格更低。",
        "销售：这单您放心下，稳赚不赔，返点我私下给您个人。",
        "销售：保证交期绝对不会延误，延误了我个人赔您。",
    ],
}

TOPICS_EN: dict[str, list[str]] = {
    "inquiry": [
        "Customer: Could you send your latest price for {product}, MOQ {qty} pcs?\nRep: Sure {contact}, I'll send a quotation today with FOB and CIF prices.",
        "Customer: Do you have new designs of {product} for next season?\nRep: Yes, I'll share the new catalogue and photos; pick a few and we'll arrange samples.",
        "Customer: Can you print our logo on {product} and do custom packaging?\nRep: Yes, OEM and custom packaging are fine from {qty} pcs. I'll send the sampling process.",
    ],
    "price_objection": [
        "Customer: Your price for {product} went up a lot, {competitor} quoted 8% lower.\nRep: I understand, {contact}. Raw materials rose this year, but above {qty} pcs I can ask for a tiered price.",
        "Customer: It's too expensive for our budget, can you do better?\nRep: If you can pay 30% in advance, I can try to get you another 2% off.",
    ],
    "competitor": [
        "Customer: {competitor} is offering a one-week shorter lead time.\nRep: Understood, we can move your {product} up in the production plan and ship before {date}.",
        "Customer: We are comparing samples from {competitor}; the quality looks similar.\nRep: Please have a look at our inspection standard and after-sales terms; they matter in a long-term partnership.",
    ],
    "delivery_worry": [
        "Customer: Will the {product} arrive before {date}? We need it on shelves for the peak season.\nRep: Don't worry {contact}, production is scheduled and I'll send weekly updates.",
        "Customer: The last shipment was ten days late. This time the delivery date must hold.\nRep: Sorry again for the delay; we booked the vessel early and will load before {date}.",
    ],
    "quality": [
        "Customer: Some cartons of {product} had colour differences and our clients complained.\nRep: Noted. Please send photos; I'll check with the factory and offer a replacement or a discount.",
        "Customer: We need an SGS test report and CE certificate for {product}.\nRep: No problem, I'll send the report this week together with the certificates.",
    ],
    "sample": [
        "Customer: Could you send a few samples of {product}? Our boss wants to see them.\nRep: Sure, samples are free, freight collect. I'll ship tomorrow and send the tracking number.",
        "Rep: Hi {contact}, did the samples arrive? What does your team think?\nCustomer: Yes, the workmanship is good. We'll evaluate internally and reply next week.",
    ],
    "follow_up": [
        "Rep: Hi {contact}, any update on the {product} quotation?\nCustomer: Still in internal approval, we should decide by the end of the month.",
        "Rep: Hi {contact}, our new {product} catalogue is out, sharing it for your reference.\nCustomer: Thanks, I'll have a look.",
        "Rep: {contact}, is our call on {date} still fine for you?\nCustomer: Yes, our sourcing director will join too.",
    ],
    "order": [
        "Customer: Please repeat the last {product} order, {qty} pcs, same spec. Send me the contract.\nRep: Will do, {contact}. Contract and PI today; production starts once we receive the deposit.",
        "Customer: Confirmed: {qty} pcs of {product} at USD {price}.\nRep: Thank you {contact}! Estimated shipment {date}.",
    ],
    "payment": [
        "Rep: {contact}, the balance for last month's shipment is due, could your accounts team arrange it?\nCustomer: Cash is tight this month, is next week OK?",
        "Customer: Payment has been made, I sent you the bank slip.\nRep: Received, thanks {contact}; I'll confirm once it arrives.",
    ],
    "complaint": [
        "Customer: The packaging was badly damaged this time, over twenty {product} broken. Not happy.\nRep: I'm very sorry. I'll verify right away and replace them free in the next shipment with stronger packaging.",
    ],
    "reactivation": [
        "Rep: Hi {contact}, long time no talk! We launched new {product} at very competitive prices.\nCustomer: Orders are slow for us now, maybe later.",
    ],
    "violation": [
        "Customer: Will this pass the certification?\nRep: Guaranteed, 100% pass, I promise.",
        "Rep: {contact}, add my personal WeChat wx_{rep}888, we can do it through my personal account, cheaper.",
        "Rep: This is a risk-free deal, guaranteed profit, and I'll give you a personal kickback.",
    ],
}

TOPIC_WEIGHTS = {
    "inquiry": 14, "price_objection": 10, "competitor": 6, "delivery_worry": 7, "quality": 6, "sample": 7,
    "follow_up": 22, "order": 10, "payment": 8, "complaint": 3, "reactivation": 0, "violation": 0,
}  # fmt: skip


def pick_topic(rng: random.Random, *, declining: bool, dormant_call: bool, violation_rate: float) -> str:
    """Choose what an activity is about; declining customers complain and compare more."""
    if rng.random() < violation_rate:
        return "violation"
    if dormant_call:
        return "reactivation"
    weights = dict(TOPIC_WEIGHTS)
    if declining:
        weights["competitor"] += 10
        weights["price_objection"] += 6
        weights["complaint"] += 4
    topics = list(weights)
    return rng.choices(topics, weights=[weights[t] for t in topics])[0]


def render_text(rng: random.Random, topic: str, language: str, **values: str) -> str:
    """Render one activity text for ``topic`` in ``language`` ("zh" or "en")."""
    pool = (TOPICS_ZH if language == "zh" else TOPICS_EN)[topic]
    return rng.choice(pool).format(**values)
