"""The pieces every ``debthelp log`` format shares: labels, field lines, rule lines.

Split from ``log_view`` (the formats) so that the Markdown and JSON exports in
``log_export`` can use them too.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from debthelp.i18n import Lang
from debthelp.i18n import t as _t
from debthelp.lenders import LENDER_LABELS
from debthelp.safetext import printable

Data = dict[str, Any]


@cache
def _label(key: str, lang: Lang) -> str:
    return _t(key, lang)


def t(key: str, lang: Lang, /, **params: Any) -> str:
    """The catalogue's ``t``; words without placeholders are looked up once
    (an export of 100,000 entries asks for the same labels 100,000 times)."""
    return _t(key, lang, **params) if params else _label(key, lang)


CHANNEL_KEYS = {
    "call": "log.channel-call",
    "sms": "log.channel-sms",
    "wechat": "log.channel-wechat",
    "visit": "log.channel-visit",
    "third-party": "log.channel-third-party",
    "public-posting": "log.channel-public-posting",
    "other": "log.channel-other",
}
# A lender type's words: the one table in ``lenders``.
_LENDER_KEYS = LENDER_LABELS


def channel_label(channel: str, lang: Lang) -> str:
    key = CHANNEL_KEYS.get(channel)
    return t(key, lang) if key else channel


def when_label(when: str) -> str:
    """``2026-11-29T23:10:00+08:00`` as ``2026-11-29 23:10 (+08:00)``."""
    return f"{when[:10]} {when[11:16]} ({when[19:] or 'UTC'})" if len(when) >= 19 else when


def verify_lines(verdict: Data, lang: Lang) -> list[str]:
    """The check's sentences and the receipt: in ``verify_view``, shared with ``log verify``."""
    from debthelp.render.verify_view import verify_lines as lines

    return lines(verdict, lang)


def count_lines(data: Data, lang: Lang) -> list[str]:
    labels = {r["id"]: r["label"] for r in data["rules"]}
    lines = [
        t("log.count-item", lang, label=labels[tag], count=n)
        for tag, n in data["counts"].items()
        if n
    ]
    return [*lines, t("log.counts-note", lang)] if lines else [t("log.counts-none", lang)]


def _fields(entry: Data, lang: Lang) -> list[tuple[str, str]]:
    """(label, value) for each field the entry has, values made printable."""
    out = []
    if entry["from"]:
        times = f" ×{entry['times']}" if entry["times"] > 1 else ""
        out.append((t("log.field-from", lang), printable(entry["from"]) + times))
    elif entry["times"] > 1:
        out.append((t("log.field-times", lang), str(entry["times"])))
    if entry["claimed_identity"]:
        out.append((t("log.field-claimed", lang), printable(entry["claimed_identity"])))
    if entry["contacted"]:
        out.append((t("log.field-contacted", lang), printable("; ".join(entry["contacted"]))))
    if entry["note"]:
        out.append((t("log.field-note", lang), printable(entry["note"])))
    if entry.get("lender", "unknown") != "unknown":
        out.append((t("log.field-lender", lang), t(_LENDER_KEYS[entry["lender"]], lang)))
    for attachment in entry["attachments"]:
        out.append((t("log.field-attachments", lang), _attachment(attachment, lang)))
    if entry["corrects"] is not None:
        out.append((t("log.field-corrects", lang, id=entry["corrects"]), ""))
    if entry["corrected_by"]:
        ids = ", ".join(str(i) for i in entry["corrected_by"])
        out.append((t("log.field-corrected-by", lang, ids=ids), ""))
    return out


def _attachment(a: Data, lang: Lang) -> str:
    return t(
        "log.attachment-line", lang, path=printable(a["path"]), size=a["size"], sha=a["sha256"]
    )


def rule_lines(rule: Data, lang: Lang) -> list[str]:
    """A rule in full: each rule it touches (its level and whom it binds), its
    sources, and what can be done, per kind of lender in the log."""
    lines = [f"{part['text']} [{', '.join(part['source'])}]" for part in rule["rules"]]
    if rule["scope"]:  # only the rules that bind the lender, or none binds it
        lines.append(rule["scope"])
    if rule["source"]:
        lines.append(t("log.rule-source", lang, ids=", ".join(rule["source"])))
    colon = "：" if lang == "zh" else ": "
    several = len(rule["do_by_lender"]) > 1
    for item in rule["do_by_lender"]:
        text = f"{item['for']}{colon}{item['do']}" if several else item["do"]
        lines.append(f"{t('log.rule-do', lang, text=text)} [{', '.join(item['source'])}]")
    return lines


def _ids(source: list[str]) -> str:
    """The fact ids after a rule line; nothing when no rule binds the lender (it says so)."""
    return f" [{', '.join(source)}]" if source else ""


def _tag_line(tag: Data, lang: Lang) -> str:
    return f"{tag['label']}{t('label-sep', lang)}{tag['rule']}{_ids(tag['source'])}"


def _heading(entry: Data, lang: Lang) -> str:
    return f"#{entry['id']}  {when_label(entry['when'])}  {channel_label(entry['channel'], lang)}"


def _db_name(data: Data) -> str:
    """The log file's name, not its full path: an export is material for others, and
    /home/NAME/... names the person and the machine (issue 24)."""
    import ntpath
    import posixpath

    db = str(data["verify"]["db"])
    return ntpath.basename(posixpath.basename(db)) or db
