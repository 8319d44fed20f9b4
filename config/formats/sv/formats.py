"""Swedish dates and times as Swedish public-sector writing has them: "3 mars 2026, kl. 9.00"
(Django's own Swedish formats use "09:00")."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "G.i"
DATETIME_FORMAT = r"j F Y, \k\l. G.i"
