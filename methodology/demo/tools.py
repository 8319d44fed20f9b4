"""The tools of the managers' toolkit: method cards for workshops and meetings in each phase.

`phases` are indexes into PHASES; `related` are Swedish slugs of tools earlier in the list (a
tool also shows the tools that chose it); `template` says
which downloadable file the loader makes for the tool (see documents.py)."""

from home.demo.builder import T

from .helpers import items, step

BLANK = T("", "")

TOOLS = [
    {
        "title": T("Behovskartan", "The needs map"),
        "slug": T("behovskartan", "the-needs-map"),
        "purpose": T(
            "Hjälper en arbetsgrupp att se vilka behov brukare och medarbetare har, innan "
            "gruppen börjar leta lösningar.",
            "Helps a team see what needs users and staff have, before the team starts looking "
            "for solutions.",
        ),
        "phases": [0],
        "audiences": ["managers", "staff", "idea_coaches"],
        "duration_minutes": 45,
        "group_size": (4, 12),
        "materials": items(
            ("Behovskartan utskriven i A3", "The needs map printed in A3"),
            ("post-it-lappar i två färger", "Sticky notes in two colours"),
            ("Tuschpennor", "Marker pens"),
        ),
        "steps": [
            step(
                T("Välj en situation", "Choose a situation"),
                T(
                    "Välj en vardaglig situation, till exempel morgonen på ett särskilt boende.",
                    "Choose an everyday situation, for example the morning in a care home.",
                ),
                5,
            ),
            step(
                T("Skriv behov", "Write down needs"),
                T(
                    "Var och en skriver behov på lappar: en färg för brukarnas behov, en för "
                    "medarbetarnas. Ett behov per lapp.",
                    "Everyone writes needs on notes: one colour for users' needs, one for "
                    "staff's. One need per note.",
                ),
                15,
            ),
            step(
                T("Sortera och rösta", "Sort and vote"),
                T(
                    "Sätt upp lapparna på kartan, slå ihop liknande behov och markera de tre "
                    "viktigaste.",
                    "Put the notes on the map, group similar needs and mark the three most "
                    "important ones.",
                ),
                15,
            ),
            step(
                T("Formulera behovet", "Put the need into words"),
                T(
                    "Skriv de viktigaste behoven som meningar: Vem behöver vad, och varför?",
                    "Write the most important needs as sentences: who needs what, and why?",
                ),
                10,
            ),
        ],
        "expected_output": T(
            "Tre tydligt formulerade behov som gruppen är överens om och kan lämna in som idéer.",
            "Three clearly worded needs that the group agrees on and can submit as ideas.",
        ),
        "tips": items(
            (
                "Bjud in en brukare eller anhörig att delta en stund.",
                "Invite a user or a relative to take part for a while.",
            ),
            (
                "Fotografera kartan innan ni plockar ner den.",
                "Take a photo of the map before you take it down.",
            ),
        ),
        "pitfalls": items(
            (
                "Att gå direkt till lösningar. Be gruppen vänta med dem.",
                "Jumping straight to solutions. Ask the group to hold them back for now.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Har vi med behov hos både kvinnliga och manliga brukare?",
                "Have we included the needs of both female and male users?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Kan alla i gruppen läsa lapparna och nå kartan?",
                "Can everyone in the group read the notes and reach the map?",
            ),
        ),
        "related": [],
        "template": {
            "format": "xlsx",
            "title": T("Behovskarta – arbetsblad", "Needs map – worksheet"),
            "filename": T("behovskarta", "needs-map"),
            "columns": [
                T("Situation", "Situation"),
                T("Vem har behovet?", "Who has the need?"),
                T("Behov", "Need"),
                T("Varför är det viktigt?", "Why does it matter?"),
                T("Röster", "Votes"),
            ],
            "rows": [
                [
                    T("Morgonen på boendet", "The morning at the care home"),
                    T("Brukare", "User"),
                    T("Få välja när jag vill stiga upp", "Choosing when I get up"),
                    T("Att bestämma själv ger trygghet", "Deciding for oneself feels safe"),
                    "",
                ],
            ],
        },
    },
    {
        "title": T("Idéfika", "Idea coffee break"),
        "slug": T("ide-fika", "idea-coffee-break"),
        "purpose": T(
            "Ett kort och enkelt sätt att samla idéer i arbetsgruppen, utan att boka ett "
            "långt möte.",
            "A short and simple way to collect ideas in the team without booking a long meeting.",
        ),
        "phases": [0],
        "audiences": ["staff", "managers"],
        "duration_minutes": 20,
        "group_size": (3, 10),
        "materials": items(
            ("Fika", "Coffee and something to eat"),
            ("Idékort att fylla i", "Idea cards to fill in"),
        ),
        "steps": [
            step(
                T("Ställ en fråga", "Ask one question"),
                T(
                    "Chefen ställer en öppen fråga, till exempel: Vad tar onödigt mycket tid i "
                    "ditt arbete?",
                    "The manager asks an open question, for example: what takes up too much "
                    "time in your work?",
                ),
                2,
            ),
            step(
                T("Tänk själv", "Think alone"),
                T(
                    "Alla skriver sina svar på idékorten under tystnad.",
                    "Everyone writes their answers on the idea cards in silence.",
                ),
                5,
            ),
            step(
                T("Berätta i tur och ordning", "Take turns to share"),
                T(
                    "Var och en berättar en idé. Ingen diskussion ännu, bara frågor för att "
                    "förstå.",
                    "Each person shares one idea. No discussion yet, only questions to understand.",
                ),
                10,
            ),
            step(
                T("Lämna in", "Submit"),
                T(
                    "Välj tillsammans vilka idéer som ska lämnas in till Idéslussen.",
                    "Choose together which ideas to submit to the idea sluice.",
                ),
                3,
            ),
        ],
        "expected_output": T(
            "En eller flera idéer som lämnas in till Idéslussen samma dag.",
            "One or more ideas submitted to the idea sluice the same day.",
        ),
        "tips": items(
            (
                "Gör det till en vana, till exempel första fikat varje månad.",
                "Make it a habit, for example the first coffee break every month.",
            ),
        ),
        "pitfalls": items(
            (
                "Att chefen pratar mest. Låt chefen tala sist.",
                "The manager doing most of the talking. Let the manager speak last.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Får alla lika mycket tid att berätta?",
                "Does everyone get the same time to share?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Kan den som inte vill skriva berätta sin idé muntligt?",
                "Can someone who does not want to write share their idea out loud?",
            ),
        ),
        "related": ["behovskartan"],
        "template": {
            "format": "csv",
            "title": T("Idékort", "Idea cards"),
            "filename": T("idekort", "idea-cards"),
            "columns": [
                T("Min idé", "My idea"),
                T("Vilket behov möter den?", "Which need does it meet?"),
                T("Vem har nytta av den?", "Who would benefit?"),
                T("Mitt namn (frivilligt)", "My name (optional)"),
            ],
            "rows": [
                [
                    T("Gemensam kalender för besök", "A shared calendar for visits"),
                    T(
                        "Anhöriga vet inte när de kan komma",
                        "Relatives do not know when they can come",
                    ),
                    T("Anhöriga och personal", "Relatives and staff"),
                    "",
                ],
            ],
        },
    },
    {
        "title": T("Idébeskrivning på en sida", "One-page idea description"),
        "slug": T("idebeskrivning-pa-en-sida", "one-page-idea-description"),
        "purpose": T(
            "Beskriver en idé så att den kan bedömas: behovet, vem som har nytta av den och "
            "vad som behövs för att pröva den.",
            "Describes an idea so that it can be assessed: the need, who would benefit and "
            "what it takes to try it out.",
        ),
        "phases": [0, 1],
        "audiences": ["staff", "idea_coaches"],
        "duration_minutes": 30,
        "group_size": (1, 4),
        "materials": items(
            ("Mallen för idébeskrivning", "The idea description template"),
            ("Idén som den lämnades in", "The idea as it was submitted"),
        ),
        "steps": [
            step(
                T("Läs idén", "Read the idea"),
                T(
                    "Läs idén och stryk under det som säger något om behovet.",
                    "Read the idea and underline what says something about the need.",
                ),
                5,
            ),
            step(
                T("Fyll i mallen", "Fill in the template"),
                T(
                    "Svara kort på varje fråga i mallen. Skriv ”vet inte” hellre än att gissa.",
                    'Answer each question in the template briefly. Write "don\'t know" rather '
                    "than guess.",
                ),
                15,
            ),
            step(
                T("Stäm av med förslagsställaren", "Check with the person who proposed it"),
                T(
                    "Ring eller skicka e-post och fråga om beskrivningen stämmer.",
                    "Phone or e-mail and ask whether the description is right.",
                ),
                10,
            ),
        ],
        "expected_output": T(
            "En idébeskrivning på en sida som är klar för bedömning.",
            "A one-page idea description that is ready for assessment.",
        ),
        "tips": items(
            (
                "Använd förslagsställarens egna ord för behovet.",
                "Use the proposer's own words for the need.",
            ),
        ),
        "pitfalls": items(
            (
                "Att skriva om idén till något annat än förslagsställaren menade.",
                "Rewriting the idea into something the proposer did not mean.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Har vi skrivit vilka som har nytta av idén, uppdelat på kvinnor och män där det "
                "är relevant?",
                "Have we written who would benefit, by women and men where relevant?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Är beskrivningen skriven så att förslagsställaren kan läsa och förstå den?",
                "Is the description written so that the proposer can read and understand it?",
            ),
        ),
        "related": ["ide-fika"],
        "template": {
            "format": "xlsx",
            "title": T("Idébeskrivning på en sida – mall", "One-page idea description – template"),
            "filename": T("idebeskrivning", "idea-description"),
            "columns": [T("Fråga", "Question"), T("Svar", "Answer")],
            "rows": [
                [T("Vad heter idén?", "What is the idea called?"), ""],
                [T("Vilket behov möter den?", "Which need does it meet?"), ""],
                [T("Vem har nytta av den?", "Who would benefit?"), ""],
                [T("Vilken verksamhet gäller den?", "Which service does it concern?"), ""],
                [T("Hur gör vi i dag?", "How do we do it today?"), ""],
                [T("Vad behövs för att pröva idén?", "What does it take to try the idea?"), ""],
            ],
        },
    },
    {
        "title": T("Nytta–insats-matrisen", "The benefit–effort matrix"),
        "slug": T("nytta-insats-matrisen", "the-benefit-effort-matrix"),
        "purpose": T(
            "Jämför idéer efter hur stor nytta de kan ge och hur stor insats de kräver, så att "
            "det blir lättare att välja.",
            "Compares ideas by how much benefit they could bring and how much effort they "
            "take, so that choosing is easier.",
        ),
        "phases": [1],
        "audiences": ["managers", "idea_coaches", "politicians"],
        "duration_minutes": 30,
        "group_size": (3, 8),
        "materials": items(
            ("Matrisen utskriven eller på skärm", "The matrix printed or on screen"),
            ("Idébeskrivningarna", "The idea descriptions"),
        ),
        "steps": [
            step(
                T("Gå igenom idéerna", "Go through the ideas"),
                T(
                    "Läs varje idébeskrivning högt och svara på frågor.",
                    "Read each idea description aloud and answer questions.",
                ),
                10,
            ),
            step(
                T("Poängsätt nytta och insats", "Score benefit and effort"),
                T(
                    "Ge varje idé 1–5 poäng för nytta och 1–5 för insats. Skriv en mening om "
                    "varför.",
                    "Give each idea 1–5 points for benefit and 1–5 for effort. Write one "
                    "sentence on why.",
                ),
                10,
            ),
            step(
                T("Placera i matrisen", "Place in the matrix"),
                T(
                    "Idéer med stor nytta och liten insats väljs först. Stor nytta och stor "
                    "insats kräver ett beslut i ledningsgruppen.",
                    "Ideas with high benefit and low effort come first. High benefit and high "
                    "effort need a decision by the management team.",
                ),
                10,
            ),
        ],
        "expected_output": T(
            "En rangordnad lista över idéer med poäng och motivering.",
            "A ranked list of ideas with scores and reasons.",
        ),
        "tips": items(
            (
                "Bestäm före mötet vad 1 och 5 betyder.",
                "Agree before the meeting what 1 and 5 mean.",
            ),
            (
                "Låt alla sätta poäng själva först och jämför sedan.",
                "Let everyone score alone first and then compare.",
            ),
        ),
        "pitfalls": items(
            (
                "Att bara räkna kostnad som insats. Tid och förändring i arbetssätt räknas också.",
                "Counting only cost as effort. Time and changes in ways of working count too.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Räknar vi nytta för både kvinnor och män, som brukare och som anställda?",
                "Do we count benefit for both women and men, as users and as employees?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Räknar vi in kostnaden för att göra lösningen tillgänglig från början?",
                "Do we include the cost of making the solution accessible from the start?",
            ),
        ),
        "related": ["idebeskrivning-pa-en-sida"],
        "template": {
            "format": "xlsx",
            "title": T("Nytta–insats-matris", "Benefit–effort matrix"),
            "filename": T("nytta-insats-matris", "benefit-effort-matrix"),
            "columns": [
                T("Idé", "Idea"),
                T("Nytta (1–5)", "Benefit (1–5)"),
                T("Insats (1–5)", "Effort (1–5)"),
                T("Motivering", "Reasons"),
                T("Beslut", "Decision"),
            ],
            "rows": [
                [
                    T("Digital tillsyn nattetid", "Digital night-time check-ins"),
                    4,
                    3,
                    T(
                        "Färre väckningar för brukare i äldreomsorgen",
                        "Older service users are woken less often at night",
                    ),
                    "",
                ],
            ],
        },
    },
    {
        "title": T("Bedömningssamtalet", "The assessment conversation"),
        "slug": T("bedomningssamtalet", "the-assessment-conversation"),
        "purpose": T(
            "Ett samtal med fem fasta frågor som ger varje idé en rättvis och likadan bedömning.",
            "A conversation with five set questions that gives every idea a fair and equal "
            "assessment.",
        ),
        "phases": [1],
        "audiences": ["idea_coaches", "managers"],
        "duration_minutes": 25,
        "group_size": (2, 6),
        "materials": items(
            ("De fem frågorna", "The five questions"),
            ("Idébeskrivningen", "The idea description"),
        ),
        "steps": [
            step(
                T("Beskriv idén", "Describe the idea"),
                T(
                    "Idécoachen beskriver idén och behovet på två minuter.",
                    "The idea coach describes the idea and the need in two minutes.",
                ),
                3,
            ),
            step(
                T("Gå igenom frågorna", "Go through the questions"),
                T(
                    "Vilket behov? Vem har nytta? Finns det redan? Vad kostar det att pröva? "
                    "Vad händer om vi inte gör något?",
                    "Which need? Who benefits? Does it exist already? What does a trial cost? "
                    "What happens if we do nothing?",
                ),
                15,
            ),
            step(
                T("Föreslå beslut", "Propose a decision"),
                T(
                    "Föreslå om idén ska utvecklas, vänta eller avslutas, och skriv ner skälen.",
                    "Propose whether the idea is developed, paused or closed, and write down "
                    "the reasons.",
                ),
                7,
            ),
        ],
        "expected_output": T(
            "Ett förslag till beslut med skäl, som kan skickas som svar till förslagsställaren.",
            "A proposed decision with reasons that can be sent as an answer to the proposer.",
        ),
        "tips": items(
            (
                "Använd alltid samma fem frågor, så blir bedömningarna jämförbara.",
                "Always use the same five questions so that assessments can be compared.",
            ),
        ),
        "pitfalls": items(
            (
                "Att låta den som pratar mest avgöra.",
                "Letting whoever talks most decide.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Skulle vi bedöma idén likadant om den kom från en annan yrkesgrupp?",
                "Would we assess the idea the same way if it came from another occupation?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Har vi frågat hur idén fungerar för personer med funktionsnedsättning?",
                "Have we asked how the idea works for people with disabilities?",
            ),
        ),
        "related": ["nytta-insats-matrisen", "idebeskrivning-pa-en-sida"],
        "template": {
            "format": "txt",
            "title": T("Bedömningssamtalet – samtalsstöd", "The assessment conversation – guide"),
            "filename": T("bedomningssamtal", "assessment-conversation"),
        },
    },
    {
        "title": T("Prickröstning", "Dot voting"),
        "slug": T("prickrostning", "dot-voting"),
        "purpose": T(
            "Låter en större grupp snabbt visa vilka idéer de tycker är viktigast.",
            "Lets a larger group quickly show which ideas they find most important.",
        ),
        "phases": [1],
        "audiences": ["managers", "staff", "politicians"],
        "duration_minutes": 30,
        "group_size": (5, 30),
        "materials": items(
            ("Idéerna på var sitt papper på väggen", "The ideas on separate sheets on the wall"),
            ("Tre klisterprickar per deltagare", "Three sticky dots per participant"),
        ),
        "steps": [
            step(
                T("Presentera idéerna", "Present the ideas"),
                T(
                    "Varje idé presenteras på högst en minut.",
                    "Each idea is presented in one minute at most.",
                ),
                10,
            ),
            step(
                T("Rösta", "Vote"),
                T(
                    "Alla sätter sina tre prickar på de idéer de vill prioritera. Flera prickar "
                    "på samma idé är tillåtet.",
                    "Everyone puts their three dots on the ideas they want to prioritise. "
                    "Several dots on one idea are allowed.",
                ),
                10,
            ),
            step(
                T("Samtala om resultatet", "Discuss the result"),
                T(
                    "Räkna prickarna och prata om varför de vinnande idéerna fick flest.",
                    "Count the dots and talk about why the winning ideas got the most.",
                ),
                10,
            ),
        ],
        "expected_output": T(
            "En prioriterad lista som ledningsgruppen tar med till sitt beslut.",
            "A prioritised list that the management team takes into its decision.",
        ),
        "tips": items(
            (
                "Låt deltagare som inte kan gå fram rösta genom att säga sina val.",
                "Let participants who cannot walk up vote by saying their choices.",
            ),
        ),
        "pitfalls": items(
            (
                "Att se omröstningen som ett beslut. Den är ett underlag.",
                "Treating the vote as a decision. It is input for one.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Är gruppen som röstar blandad, eller dominerar en grupp?",
                "Is the voting group mixed, or does one group dominate?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Sitter idépapperen på en höjd som alla når?",
                "Are the idea sheets at a height everyone can reach?",
            ),
        ),
        "related": ["nytta-insats-matrisen"],
        "template": {
            "format": "csv",
            "title": T("Röstningslista", "Voting tally"),
            "filename": T("rostningslista", "voting-tally"),
            "columns": [
                T("Idé", "Idea"),
                T("Antal prickar", "Number of dots"),
                T("Kommentar", "Comment"),
            ],
            "rows": [
                [
                    T(
                        "Digital tillsyn nattetid i hemtjänsten, Piteå",
                        "Digital night-time check-ins in home care, Piteå",
                    ),
                    "",
                    "",
                ],
                [
                    T(
                        "Bildstöd för dagens schema i daglig verksamhet, Skellefteå",
                        "Picture support for the day's schedule at daily activity centres, "
                        "Skellefteå",
                    ),
                    "",
                    "",
                ],
                [
                    T(
                        "Gemensam kalender för anhörigas besök",
                        "A shared calendar for relatives' visits",
                    ),
                    "",
                    "",
                ],
            ],
        },
    },
    {
        "title": T("Persona och användarresa", "Personas and user journey"),
        "slug": T("persona-och-anvandarresa", "personas-and-user-journey"),
        "purpose": T(
            "Hjälper gruppen att se förslaget med användarens ögon, steg för steg genom en dag "
            "eller en kontakt med kommunen.",
            "Helps the group see the proposal through the user's eyes, step by step through a "
            "day or a contact with the municipality.",
        ),
        "phases": [2],
        "audiences": ["idea_coaches", "staff"],
        "duration_minutes": 120,
        "group_size": (4, 10),
        "materials": items(
            ("Mall för persona och användarresa", "The persona and user journey template"),
            ("Anteckningar från intervjuer med användare", "Notes from user interviews"),
            ("Stora papper och pennor", "Large sheets of paper and pens"),
        ),
        "steps": [
            step(
                T("Skapa personor", "Create personas"),
                T(
                    "Beskriv två eller tre påhittade men realistiska användare, till exempel "
                    "Aina, 87, som har hemtjänst i Piteå, och Jonas, 24, som har daglig "
                    "verksamhet i Skellefteå.",
                    "Describe two or three invented but realistic users, for example Aina, 87, "
                    "who gets home care in Piteå, and Jonas, 24, who attends a day activity "
                    "centre in Skellefteå.",
                ),
                30,
            ),
            step(
                T("Rita resan", "Draw the journey"),
                T(
                    "Rita varje steg personan tar, från början till slut.",
                    "Draw each step the persona takes, from start to finish.",
                ),
                40,
            ),
            step(
                T("Hitta svåra ställen", "Find the hard points"),
                T(
                    "Markera var det blir svårt, otryggt eller onödigt krångligt.",
                    "Mark where it becomes difficult, unsafe or needlessly complicated.",
                ),
                25,
            ),
            step(
                T("Välj var förslaget gör skillnad", "Choose where the proposal helps"),
                T(
                    "Bestäm vilka svåra ställen förslaget ska lösa.",
                    "Decide which hard points the proposal should solve.",
                ),
                25,
            ),
        ],
        "expected_output": T(
            "Personor och en användarresa som visar var förslaget ska göra skillnad.",
            "Personas and a user journey that show where the proposal should make a difference.",
        ),
        "tips": items(
            (
                "Bygg personorna på verkliga intervjuer, inte på antaganden.",
                "Base the personas on real interviews, not on assumptions.",
            ),
        ),
        "pitfalls": items(
            (
                "Att bara göra en persona som liknar gruppen själv.",
                "Making only one persona that resembles the group itself.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Har vi personor av olika kön, och undviker vi stereotyper?",
                "Do we have personas of different genders, and do we avoid stereotypes?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Har minst en persona en funktionsnedsättning?",
                "Does at least one persona have a disability?",
            ),
        ),
        "related": ["behovskartan"],
        "template": {
            "format": "xlsx",
            "title": T("Persona och användarresa – mall", "Persona and user journey – template"),
            "filename": T("persona-anvandarresa", "persona-user-journey"),
            "columns": [
                T("Steg i resan", "Step of the journey"),
                T("Vad gör personan?", "What does the persona do?"),
                T("Vad känner personan?", "How does the persona feel?"),
                T("Svårt ställe?", "Hard point?"),
            ],
            "rows": [
                [
                    T("1. Morgon", "1. Morning"),
                    T("Väntar på hemtjänsten", "Waits for the home care staff"),
                    T("Osäker på när de kommer", "Unsure when they will arrive"),
                    T("Ja", "Yes"),
                ],
            ],
        },
    },
    {
        "title": T("Snabbprototyp i papper", "Quick paper prototype"),
        "slug": T("snabbprototyp-i-papper", "quick-paper-prototype"),
        "purpose": T(
            "Gör en idé konkret på kort tid, så att användare kan pröva den och säga vad de "
            "tycker innan något byggs på riktigt.",
            "Makes an idea concrete in a short time so that users can try it and say what "
            "they think before anything is built for real.",
        ),
        "phases": [2],
        "audiences": ["staff", "idea_coaches"],
        "duration_minutes": 90,
        "group_size": (3, 12),
        "materials": items(
            ("Papper, sax, tejp och pennor", "Paper, scissors, tape and pens"),
            ("Användarresan från tidigare workshop", "The user journey from an earlier workshop"),
        ),
        "steps": [
            step(
                T("Välj vad som ska prövas", "Choose what to try"),
                T(
                    "Välj det viktigaste ögonblicket i användarresan.",
                    "Choose the most important moment of the user journey.",
                ),
                10,
            ),
            step(
                T("Bygg", "Build"),
                T(
                    "Bygg en enkel modell av papper: en skärm, en blankett eller ett rum.",
                    "Build a simple paper model: a screen, a form or a room.",
                ),
                40,
            ),
            step(
                T("Pröva med användare", "Try it with users"),
                T(
                    "Låt två eller tre användare pröva. Säg så lite som möjligt och anteckna.",
                    "Let two or three users try it. Say as little as possible and take notes.",
                ),
                30,
            ),
            step(
                T("Bestäm ändringar", "Decide on changes"),
                T(
                    "Gå igenom anteckningarna och bestäm vad som ska ändras.",
                    "Go through the notes and decide what to change.",
                ),
                10,
            ),
        ],
        "expected_output": T(
            "En prövad prototyp och en lista över ändringar.",
            "A tried prototype and a list of changes.",
        ),
        "tips": items(
            (
                "Ju fulare prototyp, desto ärligare synpunkter.",
                "The rougher the prototype, the more honest the feedback.",
            ),
        ),
        "pitfalls": items(
            (
                "Att försvara prototypen när användaren kritiserar den.",
                "Defending the prototype when the user criticises it.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Prövar både kvinnor och män prototypen?",
                "Do both women and men try the prototype?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Kan prototypen prövas av någon som ser dåligt eller har svårt att läsa?",
                "Can someone with poor sight or reading difficulties try the prototype?",
            ),
        ),
        "related": ["persona-och-anvandarresa"],
        "template": {
            "format": "csv",
            "title": T("Anteckningar från prototyptest", "Prototype test notes"),
            "filename": T("prototyptest", "prototype-test-notes"),
            "columns": [
                T("Användare", "User"),
                T("Vad gjorde användaren?", "What did the user do?"),
                T("Vad sa användaren?", "What did the user say?"),
                T("Ändring vi gör", "Change we make"),
            ],
            "rows": [
                [T("Användare 1", "User 1"), "", "", ""],
                [T("Användare 2", "User 2"), "", "", ""],
                [T("Användare 3", "User 3"), "", "", ""],
            ],
        },
    },
    {
        "title": T("Testplan på en sida", "One-page test plan"),
        "slug": T("testplan-pa-en-sida", "one-page-test-plan"),
        "purpose": T(
            "Samlar det viktigaste om ett test på en sida: vad ska prövas, var, med vilka, hur "
            "länge och hur ni vet att det fungerade.",
            "Gathers what matters about a test on one page: what is tried, where, with whom, "
            "for how long and how you will know it worked.",
        ),
        "phases": [2, 3],
        "audiences": ["idea_coaches", "managers"],
        "duration_minutes": 60,
        "group_size": (2, 6),
        "materials": items(
            ("Mallen för testplan", "The test plan template"),
        ),
        "steps": [
            step(
                T("Skriv målet", "Write the goal"),
                T(
                    "Vad ska vara bättre efter testet? Skriv det så att det går att mäta.",
                    "What should be better after the test? Write it so that it can be measured.",
                ),
                15,
            ),
            step(
                T("Välj plats och deltagare", "Choose the place and participants"),
                T(
                    "Välj en enhet eller en testbädd och vilka som ska delta.",
                    "Choose a unit or a testbed and who will take part.",
                ),
                15,
            ),
            step(
                T("Bestäm hur ni mäter", "Decide how to measure"),
                T(
                    "Välj två eller tre saker att mäta före och efter testet.",
                    "Choose two or three things to measure before and after the test.",
                ),
                20,
            ),
            step(
                T("Godkänn planen", "Approve the plan"),
                T(
                    "Chefen går igenom planen och godkänner den.",
                    "The manager reviews and approves the plan.",
                ),
                10,
            ),
        ],
        "expected_output": T(
            "En godkänd testplan som alla inblandade har tagit del av.",
            "An approved test plan that everyone involved has seen.",
        ),
        "tips": items(
            (
                "Bestäm redan nu när testet ska utvärderas.",
                "Decide now when the test will be evaluated.",
            ),
        ),
        "pitfalls": items(
            (
                "Att testa för länge utan att stämma av.",
                "Testing for too long without checking in.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Mäter vi resultatet uppdelat på kön?",
                "Do we measure the results by gender?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Är testplatsen tillgänglig för alla deltagare?",
                "Is the test site accessible to all participants?",
            ),
        ),
        "related": ["snabbprototyp-i-papper"],
        "template": {
            "format": "xlsx",
            "title": T("Testplan – mall", "Test plan – template"),
            "filename": T("testplan", "test-plan"),
            "columns": [T("Fråga", "Question"), T("Svar", "Answer")],
            "rows": [
                [T("Vad ska vi pröva?", "What will we try?"), ""],
                [T("Vilket mål har testet?", "What is the goal of the test?"), ""],
                [T("Var och med vilka?", "Where and with whom?"), ""],
                [T("Hur länge?", "For how long?"), ""],
                [T("Vad mäter vi före och efter?", "What do we measure before and after?"), ""],
                [T("Vem är ansvarig?", "Who is responsible?"), ""],
            ],
        },
    },
    {
        "title": T("Testloggen", "The test log"),
        "slug": T("testloggen", "the-test-log"),
        "purpose": T(
            "Ett enkelt sätt för medarbetarna att skriva ner vad som händer under ett test, så "
            "att inget viktigt glöms bort.",
            "A simple way for staff to write down what happens during a test so that nothing "
            "important is forgotten.",
        ),
        "phases": [3],
        "audiences": ["staff", "idea_coaches"],
        "duration_minutes": 15,
        "group_size": (1, 8),
        "materials": items(
            ("Testloggen, på papper eller i datorn", "The test log, on paper or on a computer"),
        ),
        "steps": [
            step(
                T("Skriv datum och vem", "Write the date and who"),
                T("Skriv datum och vem som skriver.", "Write the date and who is writing."),
                1,
            ),
            step(
                T("Beskriv vad som hände", "Describe what happened"),
                T(
                    "Skriv kort vad som fungerade och vad som krånglade.",
                    "Write briefly what worked and what went wrong.",
                ),
                10,
            ),
            step(
                T("Markera det viktiga", "Mark what matters"),
                T(
                    "Markera det som idécoachen behöver veta direkt.",
                    "Mark what the idea coach needs to know right away.",
                ),
                4,
            ),
        ],
        "expected_output": T(
            "En logg som visar hur testet gick, dag för dag.",
            "A log that shows how the test went, day by day.",
        ),
        "tips": items(
            (
                "Ha loggen där arbetet sker, till exempel i personalrummet.",
                "Keep the log where the work happens, for example in the staff room.",
            ),
        ),
        "pitfalls": items(
            (
                "Att bara skriva när något går fel. Skriv också det som fungerar.",
                "Writing only when something goes wrong. Also write what works.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Skriver både kvinnor och män i personalgruppen i loggen?",
                "Do both women and men on the staff write in the log?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Kan man lämna en logganteckning muntligt till en kollega?",
                "Can someone give a log entry out loud to a colleague?",
            ),
        ),
        "related": ["testplan-pa-en-sida"],
        "template": {
            "format": "csv",
            "title": T("Testlogg", "Test log"),
            "filename": T("testlogg", "test-log"),
            "columns": [
                T("Datum", "Date"),
                T("Vem skriver", "Written by"),
                T("Vad fungerade?", "What worked?"),
                T("Vad krånglade?", "What went wrong?"),
                T("Viktigt för idécoachen?", "Important for the idea coach?"),
            ],
            "rows": [
                [
                    T("Dag 1", "Day 1"),
                    T("Undersköterska, kvällspasset", "Assistant nurse, evening shift"),
                    T("Larmet nådde rätt person direkt", "The alarm reached the right person"),
                    T("Appen loggade ut två gånger", "The app logged out twice"),
                    T("Ja", "Yes"),
                ],
                [T("Dag 2", "Day 2"), "", "", "", ""],
            ],
        },
    },
    {
        "title": T("Införandeplanen", "The implementation plan"),
        "slug": T("inforandeplanen", "the-implementation-plan"),
        "purpose": T(
            "En workshop där chef och idécoach planerar hur en testad lösning blir en del av "
            "det vanliga arbetet.",
            "A workshop where the manager and the idea coach plan how a tested solution "
            "becomes part of everyday work.",
        ),
        "phases": [4],
        "audiences": ["managers", "idea_coaches"],
        "duration_minutes": 120,
        "group_size": (3, 10),
        "materials": items(
            ("Sammanställningen av testet", "The test summary"),
            ("Mallen för införandeplan", "The implementation plan template"),
        ),
        "steps": [
            step(
                T("Gå igenom testet", "Review the test"),
                T(
                    "Gå igenom vad testet visade och vad som behöver ändras.",
                    "Review what the test showed and what needs changing.",
                ),
                20,
            ),
            step(
                T("Utse en ägare", "Appoint an owner"),
                T(
                    "Bestäm vem som äger lösningen efter införandet.",
                    "Decide who owns the solution after implementation.",
                ),
                10,
            ),
            step(
                T("Planera aktiviteter", "Plan the activities"),
                T(
                    "Lista vad som behöver göras: rutiner, utbildning, inköp, information.",
                    "List what needs to be done: procedures, training, purchases, information.",
                ),
                60,
            ),
            step(
                T("Bestäm uppföljning", "Decide on follow-up"),
                T(
                    "Bestäm hur och när nyttan följs upp.",
                    "Decide how and when the benefit is followed up.",
                ),
                30,
            ),
        ],
        "expected_output": T(
            "En införandeplan med ägare, aktiviteter, tidplan och uppföljning.",
            "An implementation plan with an owner, activities, a timetable and follow-up.",
        ),
        "tips": items(
            (
                "Ta med någon från den enhet som ska införa lösningen först.",
                "Include someone from the unit that will implement the solution first.",
            ),
        ),
        "pitfalls": items(
            (
                "Att glömma budgeten för drift efter införandet.",
                "Forgetting the running budget after implementation.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Vem får nya arbetsuppgifter, och är fördelningen rimlig?",
                "Who gets new tasks, and is the distribution fair?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Finns utbildningen i format som fungerar för alla medarbetare?",
                "Is the training available in formats that work for all staff?",
            ),
        ),
        "related": ["testplan-pa-en-sida"],
        "template": {
            "format": "xlsx",
            "title": T("Införandeplan – mall", "Implementation plan – template"),
            "filename": T("inforandeplan", "implementation-plan"),
            "columns": [
                T("Aktivitet", "Activity"),
                T("Ansvarig", "Responsible"),
                T("Klart senast", "Done by"),
                T("Status", "Status"),
            ],
            "rows": [
                [T("Uppdatera rutinen", "Update the procedure"), "", "", ""],
                [T("Utbilda medarbetarna", "Train the staff"), "", "", ""],
                [T("Informera brukare och anhöriga", "Inform users and relatives"), "", "", ""],
            ],
        },
    },
    {
        "title": T("Nyttouppföljningen", "The benefit follow-up"),
        "slug": T("nyttouppfoljningen", "the-benefit-follow-up"),
        "purpose": T(
            "Ett möte där chefer och förtroendevalda ser vilken nytta en införd idé har gett och "
            "bestämmer vad som ska spridas vidare.",
            "A meeting where managers and elected representatives see what benefit an "
            "implemented idea has brought and decide what to spread further.",
        ),
        "phases": [4],
        "audiences": ["managers", "politicians"],
        "duration_minutes": 60,
        "group_size": (3, 12),
        "materials": items(
            (
                "Mätningar från före testet och efter införandet",
                "Measurements from before the test and after implementation",
            ),
            ("Mallen för nyttouppföljning", "The benefit follow-up template"),
        ),
        "steps": [
            step(
                T("Visa resultatet", "Present the results"),
                T(
                    "Idécoachen visar mätningarna före och efter.",
                    "The idea coach presents the measurements before and after.",
                ),
                15,
            ),
            step(
                T("Samtala om nyttan", "Discuss the benefit"),
                T(
                    "Vem har fått nytta, och blev det som vi trodde?",
                    "Who has benefited, and did it turn out as we expected?",
                ),
                25,
            ),
            step(
                T("Bestäm om spridning", "Decide on spreading"),
                T(
                    "Bestäm om lösningen ska spridas till fler enheter eller till den andra "
                    "kommunen.",
                    "Decide whether the solution should spread to more units or to the other "
                    "municipality.",
                ),
                20,
            ),
        ],
        "expected_output": T(
            "Ett beslut om spridning och en kort rapport som kan delas med förslagsställaren.",
            "A decision on spreading and a short report that can be shared with the proposer.",
        ),
        "tips": items(
            (
                "Berätta om en verklig person som fått nytta, inte bara siffror.",
                "Tell the story of a real person who benefited, not only figures.",
            ),
        ),
        "pitfalls": items(
            (
                "Att bara följa upp det som gick bra.",
                "Following up only what went well.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Har nyttan fördelats lika mellan kvinnor och män?",
                "Has the benefit been shared equally between women and men?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Har personer med funktionsnedsättning fått samma nytta som andra?",
                "Have people with disabilities got the same benefit as others?",
            ),
        ),
        "related": ["inforandeplanen"],
        "template": {
            "format": "xlsx",
            "title": T("Nyttouppföljning – mall", "Benefit follow-up – template"),
            "filename": T("nyttouppfoljning", "benefit-follow-up"),
            "columns": [
                T("Vad mäter vi?", "What do we measure?"),
                T("Före testet", "Before the test"),
                T("Efter 3 månader", "After 3 months"),
                T("Efter 6 månader", "After 6 months"),
                T("Kommentar", "Comment"),
            ],
            "rows": [
                [T("Tid per besök (minuter)", "Time per visit (minutes)"), "", "", "", ""],
                [T("Nöjda brukare (andel)", "Satisfied users (share)"), "", "", "", ""],
            ],
        },
    },
    {
        "title": T(
            "Jämställdhets- och tillgänglighetskollen",
            "The gender equality and accessibility check",
        ),
        "slug": T(
            "jamstalldhets-och-tillganglighetskollen", "the-equality-and-accessibility-check"
        ),
        "purpose": T(
            "En kort genomgång som kan göras i varje fas, så att idén blir bra för alla oavsett "
            "kön eller funktionsförmåga.",
            "A short review that can be done in every phase so that the idea works for "
            "everyone, whatever their gender or abilities.",
        ),
        "phases": [0, 1, 2, 3, 4],
        "audiences": ["managers", "idea_coaches", "staff", "politicians"],
        "duration_minutes": 30,
        "group_size": (2, 10),
        "materials": items(
            ("Checklistan för kollen", "The checklist for the check"),
        ),
        "steps": [
            step(
                T("Välj fas", "Choose the phase"),
                T(
                    "Välj frågorna för den fas idén är i.",
                    "Choose the questions for the phase the idea is in.",
                ),
                2,
            ),
            step(
                T("Gå igenom frågorna", "Go through the questions"),
                T(
                    "Svara på frågorna om jämställdhet och tillgänglighet. Skriv ja, nej eller "
                    "vet inte.",
                    "Answer the gender equality and accessibility questions. Write yes, no or "
                    "don't know.",
                ),
                20,
            ),
            step(
                T("Bestäm åtgärder", "Decide on actions"),
                T(
                    "För varje nej eller vet inte: bestäm vad ni gör och vem som gör det.",
                    "For every no or don't know: decide what you will do and who does it.",
                ),
                8,
            ),
        ],
        "expected_output": T(
            "Ifylld checklista med åtgärder för det som behöver bli bättre.",
            "A completed checklist with actions for what needs to improve.",
        ),
        "tips": items(
            (
                "Be om stöd från kommunens samordnare för jämställdhet eller tillgänglighet.",
                "Ask the municipality's gender equality or accessibility coordinator for support.",
            ),
        ),
        "pitfalls": items(
            (
                "Att göra kollen först i slutet, när det är dyrt att ändra.",
                "Doing the check only at the end, when changes are expensive.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Vilka kvinnor och män berörs av idén, och på vilket sätt?",
                "Which women and men does the idea affect, and how?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Vilka hinder kan idén skapa eller ta bort för personer med funktionsnedsättning?",
                "What barriers could the idea create or remove for people with disabilities?",
            ),
        ),
        "related": ["bedomningssamtalet", "testplan-pa-en-sida"],
        "template": {
            "format": "xlsx",
            "title": T(
                "Checklista för jämställdhet och tillgänglighet",
                "Gender equality and accessibility checklist",
            ),
            "filename": T("jamstalldhet-tillganglighet", "equality-accessibility"),
            "columns": [
                T("Fråga", "Question"),
                T("Ja / Nej / Vet inte", "Yes / No / Don't know"),
                T("Åtgärd", "Action"),
                T("Ansvarig", "Responsible"),
            ],
            "rows": "perspectives",
        },
    },
    {
        "title": T("Idéer på arbetsplatsträffen", "Ideas at the workplace meeting"),
        "slug": T("ideer-pa-arbetsplatstraffen", "ideas-at-the-workplace-meeting"),
        "purpose": T(
            "En fast punkt på arbetsplatsträffen där chefen berättar vad som hänt med "
            "gruppens idéer och samlar in nya.",
            "A standing item at the workplace meeting where the manager reports what happened "
            "to the team's ideas and collects new ones.",
        ),
        "phases": [0, 4],
        "audiences": ["managers"],
        "duration_minutes": 20,
        "group_size": (5, 25),
        "materials": items(
            (
                "Lista över gruppens idéer och var de är i Idéslussen",
                "A list of the team's ideas and where they are in the idea sluice",
            ),
        ),
        "steps": [
            step(
                T("Berätta vad som hänt", "Report what happened"),
                T(
                    "Gå igenom gruppens idéer och vilket steg de är i.",
                    "Go through the team's ideas and the stage each is in.",
                ),
                8,
            ),
            step(
                T("Tacka", "Say thank you"),
                T(
                    "Lyft fram den som lämnade en idé som kommit vidare eller blivit införd.",
                    "Acknowledge whoever submitted an idea that moved on or was implemented.",
                ),
                2,
            ),
            step(
                T("Samla nya idéer", "Collect new ideas"),
                T(
                    "Fråga om någon har en ny idé och hjälp till att lämna in den.",
                    "Ask whether anyone has a new idea and help to submit it.",
                ),
                10,
            ),
        ],
        "expected_output": T(
            "Medarbetare som vet vad som händer med deras idéer, och nya idéer.",
            "Staff who know what happens to their ideas, and new ideas.",
        ),
        "tips": items(
            (
                "Visa idétavlan på skärm så att alla ser stegen.",
                "Show the idea board on screen so that everyone sees the stages.",
            ),
        ),
        "pitfalls": items(
            (
                "Att hoppa över punkten när tiden är knapp. Är tiden kort, berätta om en enda idé "
                "och fråga efter nya: det är bättre än att stryka punkten.",
                "Skipping the item when time is short. If time is tight, report on one idea and "
                "ask for new ones: that is better than dropping the item.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Lyfter vi fram idéer från alla yrkesgrupper?",
                "Do we highlight ideas from every occupation?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Kan medarbetare som inte är på plats ta del av punkten?",
                "Can staff who are not present follow the item?",
            ),
        ),
        "related": ["ide-fika", "nyttouppfoljningen"],
        "template": {
            "format": "txt",
            "title": T(
                "Idéer på arbetsplatsträffen – dagordning",
                "Ideas at the workplace meeting – agenda",
            ),
            "filename": T("ideer-arbetsplatstraff", "ideas-workplace-meeting"),
        },
    },
]
