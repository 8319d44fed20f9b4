"""English dates in one style, "26 September 2026" (Django's default English format is
"Sept. 26, 2026"), and times as "9:00"."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "G:i"
DATETIME_FORMAT = "j F Y, G:i"
