"""The channels' durable memory: inbound messages, the replies to them, shared state, bind codes.

Channels persist every accepted message here before they acknowledge it, and a background
task turns it into replies. Everything a second process or a restart must see lives in the
database, not in process memory:

* :mod:`.messages` — accept an inbound message once (dedupe on the platform's id), claim it
  for processing with a lease, finish or fail it; stalled claims are found for re-running.
* :mod:`.replies` — the reply parts of one inbound message, recorded before sending and marked
  sent after, so a re-run sends only what was not sent yet.
* :mod:`.state` — a small key/value store with expiry (WeCom ``access_token``), shared by workers.
* :mod:`.binding` — one-time codes that bind a Telegram account to a CRM user.
"""
