from django.db import migrations

# Expression GIN indexes for the text search, PostgreSQL only.
#
# Pages: modelsearch's query matches `title || body` of its index table, which has GIN indexes
# on each column but not on the two together, so every search read the whole table.
PAGE_VECTOR_INDEX = "search_indexentry_title_body"
#
# Ideas (search/query.py `find_idea_hits`): one per language, on exactly the vector the query computes from the texts the
# board shows (`public_ideas`), for the public ideas only. Without them each search builds the
# vector of every public idea. The expression must stay the one Django writes for the query:
# tests/search/test_idea_search_index.py checks on PostgreSQL that the plan uses each index.


def shown(*columns):
    """SQL of search.query.public_ideas' Coalesce(NullIf(column, ''), ..., '')."""
    texts = ", ".join(f"NULLIF({column}, '')" for column in columns)
    return f"COALESCE(COALESCE({texts}, ''), '')"


IDEA_VECTORS = {
    "search_idea_vector_sv": (
        "swedish",
        [shown("public_title", "title"), shown("public_summary"), shown("public_answer")],
    ),
    "search_idea_vector_en": (
        "english",
        [
            shown("public_title_en", "public_title", "title"),
            shown("public_summary_en", "public_summary"),
            shown("public_answer_en", "public_answer"),
        ],
    ),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {PAGE_VECTOR_INDEX} ON wagtailsearch_indexentry "
        "USING gin ((title || body))"
    )
    for name, (config, texts) in IDEA_VECTORS.items():
        document = " || ' ' || ".join(texts)
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON ideas_idea "
            f"USING gin (to_tsvector('{config}'::regconfig, {document})) WHERE is_public"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in [PAGE_VECTOR_INDEX, *IDEA_VECTORS]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0011_co_submitter_email_and_english_event_notes"),
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
