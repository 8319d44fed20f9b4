"""The privacy page's section on taking part beyond one's own idea (ideas/participation.py):
confirmed addresses, support, follow, lost links. Kept apart from legal.py so that the section
changes with the feature."""

from .builder import T


def participation_section(heading, text):
    return [
        heading(
            T(
                "Stödja och följa idéer, bekräfta e-post",
                "Supporting and following ideas, confirming e-mail",
            )
        ),
        text(
            "<p><strong>Vad vi sparar:</strong> din e-postadress, när du bekräftade den, vilka "
            "idéer du stöder eller följer och på vilket språk. Vi sparar också när vi skickade en "
            "länk för att bekräfta, men inte själva länken.</p>"
            "<p><strong>Varför:</strong> vi skickar dig bara mer än ett kvitto när du har "
            "bekräftat med en länk att adressen är din. Ett stöd räknas en gång per adress och "
            "idé. Bara antalet stöd visas, aldrig vem som stöder en idé. Om du följer en idé får "
            "du uppdateringar när den går vidare eller när kommunen svarar. Allt detta gör vi med "
            "ditt samtycke (artikel 6.1 a). Om du har tappat länken till din idé kan du få den "
            "skickad igen till den adress du lämnade.</p>"
            "<p><strong>Vem som ser uppgifterna:</strong> ingen idéhandläggare ser vem som stöder "
            "eller följer en idé, bara antalet stöd. Webbplatsens systemadministratörer kan se "
            "uppgifterna.</p>"
            "<p><strong>Hur länge:</strong> en länk som inte används slutar gälla efter två dygn "
            "och raderas då. När en idé har varit avslutad i 365 dagar raderas de som följer den, "
            "och stöden räknas kvar utan adress. Din adress raderas så snart den inte längre hör "
            "ihop med något stöd, någon idé eller någon bevakning. Den e-post vi skickar raderas "
            "efter 90 dagar.</p>"
            "<p><strong>Så slutar du:</strong> varje e-post har en länk som stoppar alla "
            "uppdateringar med ett klick. Ett stöd tar du tillbaka med länken i e-posten där du "
            "bekräftade det. Om du vill att vi raderar allt om din adress, kontakta oss, så "
            "raderar vi adressen med dess stöd och bevakningar.</p>",
            "<p><strong>What we keep:</strong> your e-mail address, when you confirmed it, which "
            "ideas you support or follow and in which language. We also keep when we sent a link "
            "for you to confirm, but not the link itself.</p>"
            "<p><strong>Why:</strong> we send you more than a receipt only once you have "
            "confirmed with a link that the address is yours. A support counts once per address "
            "and idea. Only the number of supporters is shown, never who they are. If you follow "
            "an idea, you get updates when it moves on or when the municipality answers. We do "
            "all this with your consent (Article 6(1)(a)). If you have lost the link to your "
            "idea, you can have it sent again to the address you gave.</p>"
            "<p><strong>Who sees the data:</strong> no idea handler sees who supports or follows "
            "an idea, only the number of supporters. The website's system administrators can see "
            "the data.</p>"
            "<p><strong>How long:</strong> a link that is not used stops working after two days "
            "and is then deleted. When an idea has been finished for 365 days, its followers are "
            "deleted and its supports are kept as a count without addresses. Your address is "
            "deleted as soon as it is no longer tied to any support, idea or follow. The e-mails "
            "we send are deleted after 90 days.</p>"
            "<p><strong>How to stop:</strong> every e-mail has a link that stops all updates with "
            "one click. You withdraw a support with the link in the e-mail in which you confirmed "
            "it. If you want us to erase everything about your address, contact us and we will "
            "delete the address with its supports and follows.</p>",
        ),
    ]
