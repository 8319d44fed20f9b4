"""The downloadable templates of the demo tools, made as real files (Excel worksheets, CSV
tables, text guides) and stored as Wagtail documents, one per language."""

import io
from functools import partial

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from home import spreadsheets
from home.demo.builder import ensure_document, pick

from .phases import PHASES

LABELS = {
    "sv": {
        "worksheet": "Arbetsblad",
        "steps": "Steg",
        "step": "Steg",
        "minutes": "Minuter",
        "done": "Klart",
        "phase": "Fas",
        "purpose": "Syfte",
        "time": "Tid",
        "group": "Gruppstorlek",
        "people": "personer",
        "materials": "Material",
        "result": "Förväntat resultat",
        "gender": "Frågor om jämställdhet",
        "access": "Frågor om tillgänglighet",
        "checklist": "Checklista",
        "source": "Idéslussen, Piteå kommun och Skellefteå kommun",
    },
    "en": {
        "worksheet": "Worksheet",
        "steps": "Steps",
        "step": "Step",
        "minutes": "Minutes",
        "done": "Done",
        "phase": "Phase",
        "purpose": "Purpose",
        "time": "Time",
        "group": "Group size",
        "people": "people",
        "materials": "Materials",
        "result": "Expected result",
        "gender": "Gender equality questions",
        "access": "Accessibility questions",
        "checklist": "Checklist",
        "source": "The idea sluice, Piteå Municipality and Skellefteå Municipality",
    },
}


def _list_texts(blocks, language):
    return [pick(item["value"], language) for item in blocks]


def _steps(tool, language):
    return [pick(item["value"], language) for item in tool["steps"]]


def _plain(html: str) -> str:
    return html.removeprefix("<p>").removesuffix("</p>")


def _perspective_rows(language):
    """One row per gender-equality and accessibility question of every phase."""
    labels = LABELS[language]
    rows = []
    for phase in PHASES:
        title = pick(phase["title"], language)
        for key, label in (
            ("gender_equality_questions", labels["gender"]),
            ("accessibility_questions", labels["access"]),
        ):
            for question in _list_texts(phase[key], language):
                rows.append([f"{title} – {label}: {question}", "", "", ""])
    return rows


def _table_rows(tool, language):
    rows = tool["template"].get("rows", [])
    if rows == "perspectives":
        return _perspective_rows(language)
    return pick(rows, language)


def tool_workbook(tool, language) -> bytes:
    """An Excel workbook: the worksheet table, and the steps as a checklist."""
    labels = LABELS[language]
    template = tool["template"]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = labels["worksheet"]
    sheet.append([pick(template["title"], language)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([pick(tool["purpose"], language)])
    sheet.append([])
    sheet.append(pick(template["columns"], language))
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for row in _table_rows(tool, language):
        sheet.append(row)
    for _ in range(8):
        sheet.append([])
    for column in "ABCDE":
        sheet.column_dimensions[column].width = 36
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    steps = workbook.create_sheet(labels["steps"])
    steps.append([labels["step"], labels["minutes"], labels["done"]])
    for cell in steps[1]:
        cell.font = Font(bold=True)
    for number, value in enumerate(_steps(tool, language), start=1):
        steps.append([f"{number}. {value['title']}", value["minutes"], "☐"])
    steps.column_dimensions["A"].width = 50
    steps.append([])
    steps.append([labels["source"]])

    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def tool_csv(tool, language) -> bytes:
    """A table to fill in, with a header row, readable by any spreadsheet program."""
    output = io.StringIO()
    writer = spreadsheets.writer(output, delimiter=";")
    writer.writerow(pick(tool["template"]["columns"], language))
    for row in _table_rows(tool, language):
        writer.writerow(row)
    # With a byte order mark, Excel opens the file as UTF-8 (å, ä, ö).
    return ("\ufeff" + output.getvalue()).encode("utf-8")


def tool_text(tool, language) -> bytes:
    """A printable guide: the whole method card as plain text."""
    labels = LABELS[language]
    title = pick(tool["template"]["title"], language)
    lines = [title, "=" * len(title), ""]
    lines += [f"{labels['purpose']}: {pick(tool['purpose'], language)}"]
    lines += [f"{labels['time']}: {tool['duration_minutes']} min"]
    fewest, most = tool["group_size"]
    lines += [f"{labels['group']}: {fewest}–{most} {labels['people']}", ""]
    lines += [f"{labels['materials']}:"]
    lines += [f"- {text}" for text in _list_texts(tool["materials"], language)]
    lines += ["", f"{labels['steps']}:"]
    for number, value in enumerate(_steps(tool, language), start=1):
        minutes = f" ({value['minutes']} min)" if value["minutes"] else ""
        lines += [f"{number}. {value['title']}{minutes}", f"   {_plain(value['text'])}", ""]
    lines += [f"{labels['result']}: {pick(tool['expected_output'], language)}", ""]
    for key, label in (
        ("gender_equality_questions", labels["gender"]),
        ("accessibility_questions", labels["access"]),
    ):
        lines += [f"{label}:"]
        lines += [f"[ ] {text}" for text in _list_texts(tool[key], language)]
        lines += [""]
    lines += [labels["source"], ""]
    return "\n".join(lines).encode("utf-8")


BUILDERS = {"xlsx": tool_workbook, "csv": tool_csv, "txt": tool_text}


def ensure_tool_template(tool, language):
    template = tool["template"]
    filename = f"{pick(template['filename'], language)}.{template['format']}"
    return ensure_document(
        pick(template["title"], language),
        filename,
        partial(BUILDERS[template["format"]], tool, language),
    )


def method_checklist(language) -> bytes:
    """The whole method as one checklist workbook: every phase's checklist and steps."""
    labels = LABELS[language]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = labels["checklist"]
    sheet.append([labels["phase"], labels["checklist"], labels["done"]])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, phase in enumerate(PHASES, start=1):
        title = f"{number}. {pick(phase['title'], language)}"
        for text in _list_texts(phase["checklist"], language):
            sheet.append([title, text, "☐"])
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 60
    sheet.append([])
    sheet.append([labels["source"]])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
