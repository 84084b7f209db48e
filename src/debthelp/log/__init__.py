"""The evidence log (``debthelp log``): a private, append-only, hash-chained record
of collectors' contacts, each tagged with the rules it shows were broken.

Pure core: no terminal, prompts or drawing. The modules, in the order data flows:

- ``paths``: where the log file is (``--db``, ``DEBTHELP_HOME``, the user data folder);
- ``store``: the SQLite file (private, created on first write, locked appends);
- ``entry``: one entry, its canonical content and the hash chain;
- ``book``: adding, reading, wiping;
- ``verify``: the chain recomputed, attachments hashed again;
- ``tags``, ``tagrules`` and ``keywords``: which rules each entry touches, whom
  they bind and what to do, by kind of lender (``data/log.yaml``);
- ``timeline``: the entries as data, and ``export_data`` for every export format.
"""

from __future__ import annotations

from debthelp.log.book import NewEntry, Wiped, add_entry, read_entries, wipe
from debthelp.log.entry import CHANNELS, Attachment, Entry
from debthelp.log.paths import default_db_path
from debthelp.log.tagrules import TagRule
from debthelp.log.tags import TAG_IDS, load_tag_rules
from debthelp.log.timeline import export_data, list_data
from debthelp.log.verify import ChainFault, Verdict, verify

__all__ = [
    "CHANNELS",
    "TAG_IDS",
    "Attachment",
    "ChainFault",
    "Entry",
    "NewEntry",
    "TagRule",
    "Verdict",
    "Wiped",
    "add_entry",
    "default_db_path",
    "export_data",
    "list_data",
    "load_tag_rules",
    "read_entries",
    "verify",
    "wipe",
]
