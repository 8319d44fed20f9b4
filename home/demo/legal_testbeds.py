"""The privacy page's section on contact requests to testbeds (testbeds/contact.py). Kept apart
from legal.py so that the section changes with the feature; the retention period is the code's
(TESTBED_CONTACT_RETENTION_DAYS)."""

from django.conf import settings

from .builder import T


def testbed_contact_row(controller):
    """The section's row in the overview table."""
    days = settings.TESTBED_CONTACT_RETENTION_DAYS
    return [
        T("Kontaktförfrågningar till testbäddar", "Contact requests to testbeds"),
        controller,
        T("Allmänt intresse (artikel 6.1 e)", "Public interest (Article 6(1)(e))"),
        T(
            f"Raderas {days} dagar efter att du skickade förfrågan",
            f"Deleted {days} days after you sent the request",
        ),
    ]


def testbed_contact_section(heading, text):
    days = settings.TESTBED_CONTACT_RETENTION_DAYS
    return [
        heading(T("Kontaktförfrågningar till testbäddar", "Contact requests to testbeds")),
        text(
            "<p><strong>Vad vi sparar:</strong> ditt namn, din e-postadress, din organisation, "
            "vad du vill testa och när, vilken testbädd du skrev till, på vilket språk och när "
            "du godkände att förfrågan hanteras.</p>"
            "<p><strong>Varför:</strong> för att testbäddens kontaktperson ska kunna svara dig "
            "och planera testet med dig. Förfrågan skickas med e-post till testbäddens "
            "kontaktadress och sparas så att medarbetarna kan se att den har besvarats.</p>"
            "<p><strong>Rättslig grund:</strong> allmänt intresse (artikel 6.1 e). Testbäddarna "
            "är en del av kommunernas arbete med att utveckla verksamheten.</p>"
            "<p><strong>Vem som ser uppgifterna:</strong> testbäddens kontaktperson, de "
            "medarbetare i testbäddens kommun som har behörighet att se förfrågningarna, och "
            "webbplatsens systemadministratörer. Förfrågningarna visas aldrig på webbplatsen, i "
            "sökningen eller i de öppna data om testbäddarna.</p>"
            f"<p><strong>Hur länge:</strong> förfrågan och e-posten om den raderas {days} dagar "
            "efter att du skickade den. Vill du att vi raderar den tidigare, kontakta oss, så "
            "raderar vi alla förfrågningar från din e-postadress. Det du och kontaktpersonen "
            "sedan skriver till varandra finns i era e-postlådor.</p>",
            "<p><strong>What we keep:</strong> your name, e-mail address and organisation, what "
            "you want to test and when, which testbed you wrote to, in which language, and when "
            "you agreed to the request being handled.</p>"
            "<p><strong>Why:</strong> so that the testbed's contact person can answer you and "
            "plan the test with you. The request is sent by e-mail to the testbed's contact "
            "address and kept so that staff can see that it has been answered.</p>"
            "<p><strong>Legal basis:</strong> public interest (Article 6(1)(e)). The testbeds "
            "are part of the municipalities' work to improve their services.</p>"
            "<p><strong>Who sees the data:</strong> the testbed's contact person, the staff of "
            "the testbed's municipality who are allowed to see the requests, and the site's "
            "system administrators. Requests are never shown on the site, in search or in the "
            "open data about the testbeds.</p>"
            f"<p><strong>How long:</strong> the request and the e-mail about it are deleted "
            f"{days} days after you sent it. If you want us to delete it sooner, contact us and "
            "we will delete every request from your e-mail address. What you and the contact "
            "person write to each other afterwards is in your mailboxes.</p>",
        ),
    ]
