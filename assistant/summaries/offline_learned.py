"""The learned offline summary engine (SUMMARY_OFFLINE_MODEL=learned): a sentence classifier, values and statements.

Each sentence gets a learned label (need, agreement, concession, done, risk by kind, next step, none), corrected
by a few hard rules; items read as statements with their values. As in the word-list engine, every item quotes
whole sentences at their exact offsets (:mod:`assistant.summaries.evidence`) and next steps belong to whoever
committed (:mod:`assistant.summaries.owners`); each dated line of an action list is a step as listed.
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries import lexicon as lx
from assistant.summaries import noise as nz
from assistant.summaries import statements as st
from assistant.summaries.action_items import action_item_sentences, item_dates, item_parts, join_action_items
from assistant.summaries.agreed_terms import agrees_terms
from assistant.summaries.agreement_words import states_agreement
from assistant.summaries.budget_gaps import file_budget_gaps
from assistant.summaries.catalog import Catalog
from assistant.summaries.clauses import labelled_units
from assistant.summaries.dedupe import dedupe
from assistant.summaries.echo_accepts import takes_offer
from assistant.summaries.evidence import base_summary, is_question, next_step, product_counts, quote_of
from assistant.summaries.frames import frame_or_agenda
from assistant.summaries.gap_quotes import add_gap_quotes
from assistant.summaries.label_rules import lexical_step, quantity_change
from assistant.summaries.labels import label
from assistant.summaries.learned_risks import learned_risks
from assistant.summaries.need_anchors import anchor_deadlines
from assistant.summaries.need_budgets import states_budget
from assistant.summaries.need_counts import add_count_needs
from assistant.summaries.need_heads import need_head
from assistant.summaries.need_markers import drops_item, states_requirement, without_dropped
from assistant.summaries.need_points import need_points
from assistant.summaries.need_prices import price_need_kind, untargeted_price
from assistant.summaries.need_products import named_products
from assistant.summaries.numbers import asked_quantities, find_numbers
from assistant.summaries.order_total_risks import file_order_totals
from assistant.summaries.owners import is_threat, party_of, step_owner
from assistant.summaries.payment_terms import drop_open_terms, file_payment_terms
from assistant.summaries.pleasantries import pleasantry
from assistant.summaries.price_paths import with_paths
from assistant.summaries.price_unmet import file_price_risks
from assistant.summaries.progress_assents import join_assents
from assistant.summaries.progress_claims import claims_only
from assistant.summaries.progress_cues import plain_progress
from assistant.summaries.progress_noise import assent_only, bare, pending_or_refused, subjectless
from assistant.summaries.progress_offers import accepted_offers
from assistant.summaries.progress_pairs import merge_offers
from assistant.summaries.progress_points import group_points
from assistant.summaries.progress_stills import still
from assistant.summaries.receipts import reports_receipt
from assistant.summaries.resolutions import join_resolutions, resolution_labels
from assistant.summaries.risk_needs import price_objection, risk_states_need
from assistant.summaries.risk_rules import past_complaint
from assistant.summaries.risk_signoff import third_party_signoff
from assistant.summaries.schema import Need, NextStep, ProgressItem, SalesSummary
from assistant.summaries.speakers_commitments import commitment_kind
from assistant.summaries.step_consults import consult_due, consult_owner, consults, fold_consults
from assistant.summaries.step_dues import bundled_dues, part_due
from assistant.summaries.step_rules import learned_step_dates
from assistant.summaries.step_split import split_steps
from assistant.summaries.steps_answered import answered
from assistant.summaries.steps_kept import kept_later, report_sentences
from assistant.summaries.thing_counts import lists_things, thing_name
from assistant.text.conversation import Parsed, Sentence

MIN_PROB = 0.4  # below this the classifier's label is not trusted ("none")
# One speaker's progress within this many characters ("好的，灰色1500套，含税送到仓") is one point: dev P .34 -> .38
SAME_TURN_GAP = 30


def _with_labels(parsed: Parsed, items: dict[int, Sentence] | None = None) -> list[tuple[Sentence, str]]:
    """Each sentence with its learned label, corrected by a few hard rules; ``items``: its action-item lines."""
    sents = [s for s in parsed.sentences if len(s.text.strip()) >= 2]
    out: list[tuple[Sentence, str]] = []
    for s, lab in labelled_units(sents, MIN_PROB):
        if (
            nz.off_record(s.text) or nz.colophon(s.text)
            or nz.attachment_note(s.text)
            or nz.heading(s.text)
            or nz.roster(s.text)
            or nz.on_roster_line(parsed.source, s.start)
            or pleasantry(s.text)
            or frame_or_agenda(s.text)
        ):
            out.append((s, "none"))  # "（会前闲聊…，不记录）", "Photos attached.", "Participants: …", "Have a good weekend": no point
            continue
        if lab == "risk:competitor" and lx.OWN_SIDE.search(s.text) and not lx.COMPETITOR_PRICE.search(s.text):
            lab = "none"  # the customer's own hotel, client or a contact's new employer
        if lab in ("none", "need") and (kind := past_complaint(s)):
            lab = f"risk:{kind}"  # "交期拖得太久了": a complaint about what happened, not a need
        elif lab in ("none", "need") and party_of(s) != "we":
            lexical = next((c for c, _, roles, rx in lx.RISKS if s.role in roles and rx.search(s.text)), None)
            if lexical and not lx.NEGATED.search(s.text):
                lab = f"risk:{lx.RISK_KIND.get(lexical, lexical)}"
        if lab == "need" and party_of(s) == "we":  # our questions probe or restate (dev needs P .596 -> .631)
            lab = "none"
        asked = out[-1][0].text if out and out[-1][0].speaker != s.speaker else ""
        if lab in ("none", "need", "next_step") and reports_receipt(s.text, asked):
            lab = "done"  # "样机上周五已经收到了": a deliverable arrived, movement
        elif lab == "none" and lexical_step(s, parsed):
            lab = "next_step"
        elif lab in ("done", "need") and lexical_step(s, parsed) and commitment_kind(s.text) == "self":
            lab = "next_step"  # "付款方式我今天下午回复您", "我们月底前确认数量": a promise still to keep
        if lab in ("done", "agreement", "concession") and quantity_change(s):
            lab = "need"
        if lab == "concession" and party_of(s) == "customer":  # "你们承担来回运费" asks (dev 1-6: 3/29 progress)
            lab = "none"
        if lab in ("none", "need", "next_step", "agreement") and takes_offer(s, [u for u, _ in out]):
            lab = "agreement"  # "行，2.62", "M8可以" in reply to an offer: where the two sides agree
        elif lab == "need" and agrees_terms(s):
            lab = "agreement"  # "账期四十五天我们接受": terms agreed, not asked
        elif lab == "agreement" and nz.bare_assent(s.text):
            lab = "none"  # "烘干机可以" with no offer before it: an assent, no point agreed
        if lab == "need" and (nz.bare_assent(s.text) or nz.asks_our_rule(s.text)):
            lab = "none"  # "对，就这两款", "你们要求用指定的吗？": assent or a question, not what they want
        elif (lab == "need" or lab.startswith("risk:")) and price_objection(s):
            lab = "risk:price_gap"  # "52还是高": an objection naming no target
        if not lab.startswith("risk:") and party_of(s) != "we" and third_party_signoff(s.text):
            # "合同得两个合伙人都签字": who still decides, not a step; "…批下来我再回复你" keeps its step too
            lab = lab if commitment_kind(s.text) != "none" else "risk:decision_chain"
        if lab == "none" and party_of(s) != "we" and (states_budget(s.text) or lists_things(s.text)):
            lab = "need"  # "集团给这条线批的预算是260万", "压缩机两台，冷凝器一台": a budget or an order line
        if is_threat(s):  # "otherwise we will move the volume elsewhere": a churn risk, never a step
            lab = "risk:churn_threat"
        out.append((s, lab))
    return join_action_items(out, action_item_sentences(sents, parsed.source) if items is None else items)


def _needs(labelled: list[tuple[Sentence, str]], catalog: Catalog, lang: str) -> list[Need]:
    found: dict[tuple[object, ...], Need] = {}
    points = [(p, lab, w) for w, lab in labelled for p in (need_points(w) if lab == "need" else [w])]
    said = "\n".join(w.text for w, _ in labelled)  # a head word names a product only if it is named in full
    for s, lab, whole in points:
        if lab not in ("need", "none", "agreement") and not lab.startswith("risk:"):
            continue  # before the catalogue lookup: most clauses end here
        products = named_products([m for m in catalog.find(s.text) if m.kind == "product"], catalog, said)
        names = {m.sku: st.product_name(m, catalog, lang) for m in products}
        counted = product_counts(s, products, names)
        quantities = counted or asked_quantities(s.text)
        cue = lx.MODEL_CODE if lab == "agreement" else lx.ORDER_LINE  # an order line: "2,400 emitters DE-4", "we'll take 16"
        order_line = party_of(s) != "we" and quantities and cue.search(s.text)
        if lab == "agreement" and not order_line:
            continue
        if (
            lab != "need"
            and not order_line
            and not (  # a quantity asked inside an objection is still a need
                party_of(s) != "we" and quantities and products and lx.NEED_CUE.search(s.text)
            )
            and not risk_states_need(s, lab.removeprefix("risk:"), party_of(s))
        ):
            continue
        prices = [n.value for n in find_numbers(s.text) if n.kind in ("amount", "percentage")]
        if (pk := price_need_kind(s.text, party_of(s), bool(prices))) == "skip":
            continue  # our own quote, or the customer's "…above our budget" (a price gap)
        topics = [t for t, rx in lx.NEED_TOPICS if rx.search(without_dropped(s.text))][:2]
        if pk == "target":
            topics = ["price", *(t for t in topics if t != "price")]
        elif quantities:
            topics.insert(0, "quantity")
        topic = topics[0] if topics else "product"
        name = st.product_name(products[0], catalog, lang) if products else thing_name(s.text)
        subject = products[0].sku or name if products else None
        values = quantities if topic == "quantity" else prices
        if untargeted_price(topic, prices, pk, (s.text, whole.text), party_of(s)):
            continue  # a rival's figure, a difference, an approval threshold: no price the customer asks
        if drops_item(s.text) or (
            topic == "product" and not (subject or values or states_requirement(s.text))
        ):
            continue  # "KX-20先不要了", "印花容易掉色": a dropped item or a remark, nothing required
        aspects = topics[1:]  # "2000个，杯身需要激光刻字": an engraving need too, dropped when cancelled
        # One item per point: the same figures for the same product restated merge; otherwise each sentence
        # is its own need (merging a whole topic hid distinct points: dev recall 0.52 -> 0.68).
        key = (topic, subject or name, tuple(values)) if values else (topic, subject, s.start)
        if key in found:
            found[key].quotes.append(quote_of(s))
            continue
        if topic == "price" and prices:
            body = ("客户目标 " if lang == "zh" else "customer target ") + "，".join(prices)
        elif topic == "quantity" and not aspects:
            body = "，".join(quantities) if counted else " ".join(x for x in (name, *quantities) if x)
        else:
            body = st.clean(without_dropped(s.text))  # "样品不用了，交期必须…": only the deadline
        text = st.statement(need_head(topic, body, subject, lang), body, lang)  # "产品" only for a product
        found[key] = Need(
            text=text, topic=topic, subject=subject, values=values, quotes=[quote_of(s)], aspects=aspects
        )
    return list(found.values())


def _progress(
    labelled: list[tuple[Sentence, str]], source: str, catalog: Catalog, lang: str, chains: set[int]
) -> list[ProgressItem]:
    out: list[ProgressItem] = []
    for s, lab in labelled:
        lab = plain_progress(s, lab) or lab  # "漏粉原因查明了，已换回原供应商", "同意加防腐涂层，不另收费"
        if lab not in ("agreement", "concession", "done") or is_question(s) or bare(s.text):
            continue
        if pending_or_refused(s.text):  # "包装费我们再核算一下", "再低就要找老板批了": no movement yet
            continue
        kinds = [k for k, rx in lx.PROGRESS if rx.search(s.text) and k != "commitment"]
        kind = lab if lab != "done" else (kinds[0] if kinds else "stage_signal")
        if lab == "agreement" and "order" in kinds:
            kind = "order"
        who = party_of(s)
        last = out[-1].quotes[-1] if out else None
        if (
            last
            and last.speaker == s.speaker
            and 0 <= s.start - last.end <= SAME_TURN_GAP
            and "\n" not in source[last.end : s.start]
            and out[-1].by == who
            and (s.start in chains) == (out[-1].quotes[0].start in chains)  # a resolution joins only its own chain
        ):
            out[-1].quotes.append(quote_of(s))
            continue
        head = label(kind, lang) + (f"（{label(who, lang)}）" if lang == "zh" else f" ({label(who, lang)})")
        values = st.values_of(s.text, catalog, lang)
        out.append(
            ProgressItem(
                text=st.statement(head, st.clean(s.text), lang, values),
                kind=kind,
                by=who,
                quotes=[quote_of(s)],
            )
        )
    return out


def _next_steps(
    labelled: list[tuple[Sentence, str]], parsed: Parsed, today: dt.date, lang: str, items: dict[int, Sentence]
) -> list[NextStep]:
    out: list[NextStep] = []
    for s, lab in labelled:
        if lab != "next_step" and not consults(s.text):  # "尾款这个我得回去跟财务商量": a risk and a step
            continue
        if party_of(s) == "customer" and is_question(s) and not lx.REQUEST.search(s.text):
            if commitment_kind(s.text) != "request":
                continue  # the customer's "你们那边周几能发货？" asks; our answer is the step
        ref = s.date or parsed.last_date or today
        item = s.start in items  # a line of an action list is one step, whatever it names; a title, a threat… none
        if (dates := item_dates(s, ref) if item else learned_step_dates(s, ref)) is None:
            continue
        for part, own in item_parts(s, dates) if item else split_steps(s, dates):  # "我今天报上去，明天中午前给您回话": two
            if answered(part, parsed):  # "明天上午回您" … next morning "领导同意了…": kept
                continue
            owner = consult_owner(part, step_owner(part, parsed=parsed))  # "I'll ask … whether they can give us"
            due = part_due(part, own, (s, dates), parsed.sentences, ref) or consult_due(part, parsed.sentences, ref)
            action = st.as_said(part.text)  # a statement keeps its punctuation, as in the word-list engine
            out.append(
                next_step(part, owner, action, due, st.statement(label(owner, lang), action, lang), lang)
            )
    reports = report_sentences(parsed) if out else []
    out = fold_consults(out, parsed.sentences)  # "月结我得问下老板" … "好 明天中午前回您": one step
    return bundled_dues([st_ for st_ in out if not kept_later(st_, reports)], parsed.source)


def _noise(item: ProgressItem) -> bool:
    """Whether a one-clause item only assents ("没问题。"), names no subject, agrees nothing or only claims."""
    text = item.quotes[0].text
    agreed = item.kind != "agreement" or states_agreement(text)
    return assent_only(text) or subjectless(text) or not agreed or claims_only(text, item.by)


def summarize_offline(parsed: Parsed, *, today: dt.date, catalog: Catalog, language: str) -> SalesSummary:
    """Build a summary of ``parsed`` with the sentence classifier and value rules (no network).

    Takes the arguments of :func:`assistant.summaries.evidence.base_summary`; duplicate items
    are merged.
    """
    summary = base_summary(parsed, today=today, catalog=catalog, language=language)
    lang = summary.language
    sentences = [s for s in parsed.sentences if len(s.text.strip()) >= 2]
    items = action_item_sentences(sentences, parsed.source)  # "2. Mr. Qiu: report…, by 1 Oct": one step each
    labelled, chains = resolution_labels(_with_labels(parsed, items), parsed.source)  # cause found, fix made: one point
    summary.needs = _needs(labelled, catalog, lang)
    # one item per point: the offers, counters and outcome of a negotiation together (dev P .539 -> .569, R same)
    progress = group_points(merge_offers(_progress(labelled, parsed.source, catalog, lang, chains), lang), lang)
    units = [u for u, _ in labelled]
    progress = join_assents(join_resolutions(progress, chains), units, lang, parsed.sentences)  # "deal 🎉"
    progress = with_paths(progress, labelled, lang)  # "一百八" … "一百六给您": one item per negotiated price
    summary.progress = [p for p in progress if (len(p.quotes) > 1 or not _noise(p)) and not still(p)]  # "being tested"
    summary.progress = accepted_offers(summary.progress, parsed.sentences, lang)  # "19 April works"
    # the customer's payment term against ours is a credit risk, not a need (writers since blind16)
    risks = learned_risks(labelled, catalog, lang, today)
    summary.risks, summary.needs = file_payment_terms(labelled, risks, summary.needs, lang)
    summary.progress = drop_open_terms(labelled, summary.progress)  # their open term is no agreement
    # the customer's target against our latest quote, read over whole sentences ("行，那就这么定，凳子七十九")
    summary.risks, summary.needs = file_price_risks(sentences, summary.risks, summary.needs, lang)
    summary.next_steps = _next_steps(labelled, parsed, summary.conversation_date, lang, items)
    steps = {q.start for s in summary.next_steps for q in s.quotes}  # a step's sentence stays the step's own
    summary.risks = add_gap_quotes(sentences, summary.risks, steps)  # "435我还得想想": the gap said again
    summary.risks = file_budget_gaps(sentences, summary.risks, lang, steps)  # 预算40万 vs our 40.55万, unobjected
    summary.risks = file_order_totals(sentences, summary.risks, lang, steps)  # 24 × 2,060 + 24 × 1,480 > 80,000
    needs = add_count_needs(sentences, summary.needs, lang)  # "so it's twenty-four washers": an order line
    summary.needs = anchor_deadlines(needs, sentences, lang)  # "…opens on 1 October. …installed before that."
    return dedupe(summary, parsed.source)
