"""A Date: line of meeting minutes does not make them a mail; full-name speaker labels still name speakers."""

from __future__ import annotations

from assistant.text.conversation import parse_conversation

MINUTES = (
    "Meeting notes - Harbour Cafe group, espresso machines\n"
    "Date: Tuesday 9 March 2027, 10:00-11:00\n"
    "Our side: Lucy Grant (sales), Mr. Osei (technician)\n"
    "Customer: Daniel Moss (owner), Ivy Chen (operations)\n"
    "\n"
    "Lucy Grant: Thanks for making time today.\n"
    "Daniel Moss: We need four machines for the new branches.\n"
    "Mr. Osei: We recommend the two-group model for that volume.\n"
)


def test_full_name_labels_after_a_date_line_are_speakers() -> None:
    p = parse_conversation(MINUTES)
    by_text = {s.text: s.speaker for s in p.sentences}
    assert by_text["We need four machines for the new branches."] == "Daniel Moss"
    assert by_text["We recommend the two-group model for that volume."] == "Mr. Osei"
    assert by_text["Thanks for making time today."] == "Lucy Grant"


def test_a_mail_body_line_with_a_spaced_label_stays_the_senders() -> None:
    mail = "From: Anna Berg <anna@example.com>\nSubject: order\n\nHi Tom,\nOne thing: we need 200 mugs.\n"
    p = parse_conversation(mail)
    assert all(s.speaker and s.speaker.startswith("Anna") for s in p.sentences if "200 mugs" in s.text)
