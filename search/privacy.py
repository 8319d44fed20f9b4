"""Queries that may identify a person are never written to the search log ("Mest sökta",
"Sökningar utan träffar"): something shaped like a Swedish personal identity number, an e-mail
address or a phone number. Erring on the side of not storing is fine: the log is statistics."""

import re

# YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDDNNNN ... (also co-ordination numbers): 6 or 8 digits, an
# optional separator, 4 digits, not part of a longer number.
PERSONAL_IDENTITY_NUMBER = re.compile(r"(?<!\d)(?:\d{2})?\d{6} ?[-+]? ?\d{4}(?!\d)")
# Something@something.something; matched from the "@" so that a long query costs little.
EMAIL_ADDRESS = re.compile(r"[^\s@]@[^\s@]+\.[^\s@]")
# A run of digits with the separators people type in phone numbers: "070-123 45 67",
# "+46 (0)70 123 45 67", "0911-123 45". Whether it is a phone number is decided by its digits.
DIGIT_RUN = re.compile(r"(?:\+|(?<!\d))\d[\d \-()/.]*\d")
MIN_PHONE_DIGITS = 7
# The site's own idea references (IDE-2026-0042) are not phone numbers, whatever follows them.
IDEA_REFERENCE = re.compile(r"\bide-\d{4}-\d{4}\b", re.IGNORECASE)


def looks_like_phone_number(run: str) -> bool:
    """Swedish numbers start with 0 and an area code (070…, 0911…, 08…) or with +46/0046; any
    international number starts with + or 00. Years, references (IDE-2026-0042), postcodes and
    sums ("1 000 000") do not."""
    digits = re.sub(r"\D", "", run)
    if len(digits) < MIN_PHONE_DIGITS:
        return False
    if run.startswith("+") or re.match(r"00[1-9]|0[1-9]", digits):
        return True
    return digits.startswith("46") and len(digits) >= 11


def phone_number_candidates(run: str):
    """The run and each tail of it that starts a new group of digits: in "2026 070 12 34 56"
    the number starts at the second group."""
    yield run
    for match in re.finditer(r"(?<=[ \-()/.])\+?\d", run):
        yield run[match.start() :]


def contains_personal_data(query: str) -> bool:
    """True when the query holds something shaped like a personal identity number, an e-mail
    address or a phone number."""
    if PERSONAL_IDENTITY_NUMBER.search(query) or EMAIL_ADDRESS.search(query):
        return True
    return any(
        looks_like_phone_number(candidate)
        for match in DIGIT_RUN.finditer(IDEA_REFERENCE.sub(" ", query))
        for candidate in phone_number_candidates(match.group())
    )
