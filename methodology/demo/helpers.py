"""Small helpers to write the method's demo content compactly."""

from home.demo.builder import T, block


def items(*pairs):
    """A list StreamField: each (Swedish, English) pair becomes one item."""
    return [block("item", T(sv, en)) for sv, en in pairs]


def step(title: T, text: T, minutes=None):
    """One numbered step; the text is one paragraph."""
    return block(
        "step",
        {
            "title": title,
            "text": T(f"<p>{text.sv}</p>", f"<p>{text.en}</p>"),
            "minutes": minutes,
        },
    )


def role(name: T, responsibility: T):
    return block("role", {"role": name, "responsibility": responsibility})
