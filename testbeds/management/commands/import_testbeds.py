from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from testbeds.importer import ImportFileError, run_import


class Command(BaseCommand):
    help = (
        "Import testbeds from the inventory spreadsheet (CSV or XLSX). Rows are matched by "
        "external id: known ids update their entry, new ids create one. Bad rows are reported "
        "and skipped; the import runs in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to a .csv or .xlsx file.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; change nothing."
        )

    def handle(self, *args, file, dry_run=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            report = run_import(path.read_bytes(), path.name, dry_run=dry_run)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        for row in report.rows:
            line = f"row {row.row_number}: {row.action} {row.external_id or '-'} {row.name}"
            if row.reasons:
                line += " — " + " ".join(row.reasons)
            if row.notes:
                line += " (" + " ".join(row.notes) + ")"
            self.stdout.write(self.style.ERROR(line) if row.reasons else line)
        prefix = "Dry run, nothing changed: " if dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}{len(report.created)} created, {len(report.updated)} updated, "
                f"{len(report.rejected)} rejected."
            )
        )
