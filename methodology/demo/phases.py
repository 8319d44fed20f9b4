"""The five phases of the idea-sluice method: capture ideas, assess and select, develop the
concept, test, and implement and capture the value. Each phase explains one stage of an idea."""

from home.demo.builder import T
from ideas.stages import Stage

from .helpers import items, role, step

PHASES = [
    {
        "title": T("Fånga idéer", "Capture ideas"),
        "slug": T("fanga-ideer", "capture-ideas"),
        "idea_stage": Stage.RECEIVED.value,
        "purpose": T(
            "Ta emot idéer från invånare och medarbetare, bekräfta dem snabbt och beskriva "
            "behovet så tydligt att idén kan bedömas.",
            "Take in ideas from residents and staff, confirm them quickly and describe the need "
            "clearly enough for the idea to be assessed.",
        ),
        "listing_summary": T(
            "Hur Idéslussen tar emot idéer och beskriver behovet bakom dem.",
            "How the idea sluice takes in ideas and describes the need behind them.",
        ),
        "entry_criteria": items(
            (
                "Någon har lämnat en idé på webben, på en arbetsplatsträff eller till en chef.",
                "Someone has submitted an idea on the website, at a workplace meeting or to a "
                "manager.",
            ),
            (
                "Idén gäller kommunens verksamhet i Piteå eller Skellefteå.",
                "The idea concerns the municipality's services in Piteå or Skellefteå.",
            ),
        ),
        "exit_criteria": items(
            (
                "Idén har fått ett referensnummer och den som lämnade den har fått en bekräftelse.",
                "The idea has a reference number and the person who submitted it has received a "
                "confirmation.",
            ),
            (
                "Behovet, vem som har nytta av idén och vilken verksamhet den gäller är beskrivet.",
                "The need, who would benefit from the idea and which service it concerns are "
                "described.",
            ),
        ),
        "steps": [
            step(
                T("Ta emot idén", "Receive the idea"),
                T(
                    "Den som lämnar en idé på webben och anger sin e-postadress får en "
                    "bekräftelse direkt. Idéhandläggaren registrerar idéer som kommer in på "
                    "andra sätt, läser varje idé och svarar förslagsställaren inom två veckor "
                    "med vad som händer härnäst.",
                    "Anyone who submits an idea on the website and gives an e-mail address gets "
                    "a confirmation at once. The idea handler registers ideas that come in other "
                    "ways, reads every idea and tells the person who proposed it what happens "
                    "next within two weeks.",
                ),
                10,
            ),
            step(
                T("Beskriv behovet", "Describe the need"),
                T(
                    "Skriv ner vilket problem idén löser och för vem. Ring gärna den som lämnade "
                    "idén om något är oklart. Använd mallen för idébeskrivning på en sida.",
                    "Write down which problem the idea solves and for whom. Call the person who "
                    "submitted the idea if anything is unclear. Use the one-page idea "
                    "description template.",
                ),
                30,
            ),
            step(
                T("Koppla idén till en verksamhet", "Link the idea to a service"),
                T(
                    "Ta reda på vilken verksamhet idén berör, till exempel äldreomsorgen i Piteå "
                    "eller funktionshinderomsorgen i Skellefteå, och vem som är chef där.",
                    "Find out which service the idea concerns, for example elderly care in Piteå "
                    "or disability care in Skellefteå, and who manages it.",
                ),
                15,
            ),
            step(
                T("Leta efter liknande idéer", "Look for similar ideas"),
                T(
                    "Sök bland tidigare idéer. Finns det redan en liknande idé slår ni ihop dem "
                    "och berättar det för båda förslagsställarna.",
                    "Search earlier ideas. If a similar idea already exists, merge them and tell "
                    "both people who proposed them.",
                ),
                10,
            ),
        ],
        "roles": [
            role(
                T("Idéhandläggare", "Idea handler"),
                T(
                    "Registrerar idén, bekräftar den och ser till att den inte blir liggande.",
                    "Registers the idea, confirms it and makes sure it does not stall.",
                ),
            ),
            role(
                T("Chef", "Manager"),
                T(
                    "Tar emot idéer från sina medarbetare och uppmuntrar dem att lämna fler.",
                    "Receives ideas from their staff and encourages them to submit more.",
                ),
            ),
            role(
                T("Förslagsställare", "Person who proposed the idea"),
                T(
                    "Berättar om behovet och svarar på frågor om idén.",
                    "Explains the need and answers questions about the idea.",
                ),
            ),
        ],
        "checklist": items(
            ("Idén har ett referensnummer.", "The idea has a reference number."),
            (
                "Förslagsställaren har fått ett svar inom två veckor.",
                "The person who proposed the idea got an answer within two weeks.",
            ),
            ("Behovet är beskrivet med egna ord.", "The need is described in plain words."),
            ("Berörd verksamhet och chef är kända.", "The service and its manager are known."),
        ),
        "outputs": items(
            (
                "En registrerad idé med referensnummer.",
                "A registered idea with a reference number.",
            ),
            ("En idébeskrivning på en sida.", "A one-page idea description."),
        ),
        "gender_equality_questions": items(
            (
                "Kommer idéerna från både kvinnor och män, och från yrken där många kvinnor "
                "arbetar, som undersköterskor och vårdbiträden?",
                "Do ideas come from both women and men, and from occupations where many women "
                "work, such as assistant nurses and care aides?",
            ),
            (
                "Tar vi emot alla idéer på samma sätt, oavsett vem som lämnar dem?",
                "Do we treat every idea the same way, whoever submits it?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Kan man lämna en idé utan att skriva, till exempel genom att ringa eller berätta "
                "för sin chef?",
                "Can people submit an idea without writing, for example by phoning or telling "
                "their manager?",
            ),
            (
                "Finns bekräftelsen också på lätt svenska?",
                "Is the confirmation also available in easy-to-read Swedish?",
            ),
        ),
    },
    {
        "title": T("Bedöma och välja", "Assess and select"),
        "slug": T("bedoma-och-valja", "assess-and-select"),
        "idea_stage": Stage.ASSESSMENT.value,
        "purpose": T(
            "Bedöma vilket behov idén möter och vad den kan ge, och välja vilka idéer som ska "
            "utvecklas vidare.",
            "Assess which need the idea meets and what it could bring, and select the ideas to "
            "develop further.",
        ),
        "listing_summary": T(
            "Hur idéer bedöms och väljs ut, med samma frågor för alla idéer.",
            "How ideas are assessed and selected, with the same questions for every idea.",
        ),
        "entry_criteria": items(
            (
                "Idén är registrerad och behovet är beskrivet.",
                "The idea is registered and the need is described.",
            ),
        ),
        "exit_criteria": items(
            (
                "Beslut om idén ska utvecklas, vänta eller avslutas är fattat och motiverat.",
                "A decision to develop, pause or close the idea has been made, with reasons.",
            ),
            (
                "Förslagsställaren har fått kommunens svar.",
                "The person who proposed the idea has received the municipality's answer.",
            ),
        ),
        "steps": [
            step(
                T("Förbered bedömningen", "Prepare the assessment"),
                T(
                    "Idécoachen läser idébeskrivningen och tar fram fakta: hur många berörs och "
                    "vad gör verksamheten i dag?",
                    "The idea coach reads the idea description and gathers facts: how many "
                    "people are affected and what does the service do today?",
                ),
                30,
            ),
            step(
                T("Bedöm nytta och insats", "Assess benefit and effort"),
                T(
                    "Placera idén i nytta–insats-matrisen tillsammans med chefen för verksamheten.",
                    "Place the idea in the benefit–effort matrix together with the manager of "
                    "the service.",
                ),
                30,
            ),
            step(
                T("Välj idéer", "Select ideas"),
                T(
                    "Ledningsgruppen går igenom de bedömda idéerna en gång i månaden och väljer "
                    "vilka som får tid och resurser för konceptutveckling.",
                    "The management team reviews the assessed ideas once a month and selects "
                    "the ones that get time and resources for concept development.",
                ),
                45,
            ),
            step(
                T("Svara förslagsställaren", "Answer the person who proposed the idea"),
                T(
                    "Berätta vad som beslutades och varför. Även ett nej ska motiveras.",
                    "Explain what was decided and why. A no also needs reasons.",
                ),
                15,
            ),
        ],
        "roles": [
            role(
                T("Idécoach", "Idea coach"),
                T(
                    "Förbereder bedömningen och leder samtalet.",
                    "Prepares the assessment and leads the conversation.",
                ),
            ),
            role(
                T("Chef", "Manager"),
                T(
                    "Bedömer vad idén betyder för verksamheten och tar beslut om resurser.",
                    "Judges what the idea means for the service and decides on resources.",
                ),
            ),
            role(
                T("Idéhandläggare", "Idea handler"),
                T(
                    "Flyttar idén till nästa steg och skickar kommunens svar.",
                    "Moves the idea to the next stage and sends the municipality's answer.",
                ),
            ),
        ],
        "checklist": items(
            (
                "Alla idéer bedöms med samma frågor.",
                "Every idea is assessed with the same questions.",
            ),
            ("Chefen för verksamheten har deltagit.", "The manager of the service took part."),
            ("Beslutet och skälen är dokumenterade.", "The decision and its reasons are recorded."),
            ("Svaret är skickat.", "The answer has been sent."),
        ),
        "outputs": items(
            (
                "Ett motiverat beslut för varje idé.",
                "A decision with reasons for every idea.",
            ),
            (
                "En lista över idéer som går vidare till konceptutveckling.",
                "A list of ideas that move on to concept development.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Vem har nytta av idén: kvinnor, män eller båda? Har vi siffror som visar det?",
                "Who benefits from the idea: women, men or both? Do we have figures that show it?",
            ),
            (
                "Värderar vi idéer från kvinnodominerade verksamheter lika högt som andra?",
                "Do we value ideas from services where most staff are women as highly as others?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Gör idén det lättare eller svårare för personer med funktionsnedsättning?",
                "Does the idea make things easier or harder for people with disabilities?",
            ),
            (
                "Har vi frågat någon som själv använder verksamheten?",
                "Have we asked someone who uses the service themselves?",
            ),
        ),
    },
    {
        "title": T("Utveckla koncept", "Develop the concept"),
        "slug": T("utveckla-koncept", "develop-the-concept"),
        "idea_stage": Stage.CONCEPT_DEVELOPMENT.value,
        "purpose": T(
            "Göra om idén till ett konkret förslag som går att pröva, tillsammans med dem som "
            "ska använda det.",
            "Turn the idea into a concrete proposal that can be tried out, together with the "
            "people who will use it.",
        ),
        "listing_summary": T(
            "Hur en vald idé blir ett förslag som går att testa.",
            "How a selected idea becomes a proposal that can be tested.",
        ),
        "entry_criteria": items(
            (
                "Idén är vald och har fått tid och en ansvarig idécoach.",
                "The idea has been selected and given time and a responsible idea coach.",
            ),
        ),
        "exit_criteria": items(
            (
                "Det finns ett förslag som går att visa för användare, till exempel en prototyp.",
                "There is a proposal that can be shown to users, for example a prototype.",
            ),
            (
                "Det finns en plan för hur förslaget ska testas och vad som ska mätas.",
                "There is a plan for how the proposal will be tested and what will be measured.",
            ),
        ),
        "steps": [
            step(
                T("Lär känna användarna", "Get to know the users"),
                T(
                    "Intervjua eller följ några av dem som idén är till för, till exempel "
                    "brukare i hemtjänsten och deras anhöriga.",
                    "Interview or shadow some of the people the idea is for, for example "
                    "service users in home care and their relatives.",
                ),
                120,
            ),
            step(
                T("Ta fram flera lösningar", "Come up with several solutions"),
                T(
                    "Skissa minst tre olika sätt att lösa behovet innan ni väljer ett.",
                    "Sketch at least three different ways of meeting the need before choosing one.",
                ),
                60,
            ),
            step(
                T("Bygg en enkel prototyp", "Build a simple prototype"),
                T(
                    "Gör en version av förslaget som går att visa och pröva, av papper, i en "
                    "presentation eller som ett rollspel.",
                    "Make a version of the proposal that can be shown and tried out, on paper, "
                    "in a slide show or as a role play.",
                ),
                90,
            ),
            step(
                T("Planera testet", "Plan the test"),
                T(
                    "Bestäm var, med vem och hur länge ni ska testa, och hur ni vet om det "
                    "fungerade. Se om en testbädd passar.",
                    "Decide where, with whom and for how long you will test, and how you will "
                    "know whether it worked. Check whether a testbed fits.",
                ),
                60,
            ),
        ],
        "roles": [
            role(
                T("Idécoach", "Idea coach"),
                T(
                    "Leder arbetet och håller ihop gruppen.",
                    "Leads the work and keeps the group together.",
                ),
            ),
            role(
                T("Medarbetare", "Staff"),
                T(
                    "Bidrar med kunskap om hur arbetet går till i dag.",
                    "Contribute knowledge of how the work is done today.",
                ),
            ),
            role(
                T("Brukare och anhöriga", "Service users and relatives"),
                T(
                    "Berättar vad de behöver och ger synpunkter på prototypen.",
                    "Say what they need and give feedback on the prototype.",
                ),
            ),
        ],
        "checklist": items(
            (
                "Minst fem användare har fått säga sitt.",
                "At least five users have had their say.",
            ),
            ("Flera lösningar har jämförts.", "Several solutions have been compared."),
            ("Prototypen har visats för användare.", "The prototype has been shown to users."),
            ("Testplanen är klar.", "The test plan is ready."),
        ),
        "outputs": items(
            ("En prototyp av förslaget.", "A prototype of the proposal."),
            ("En testplan på en sida.", "A one-page test plan."),
        ),
        "gender_equality_questions": items(
            (
                "Har både kvinnor och män fått säga sitt om förslaget?",
                "Have both women and men had their say on the proposal?",
            ),
            (
                "Förändrar förslaget vem som gör det obetalda arbetet, till exempel anhöriga som "
                "vårdar?",
                "Does the proposal change who does unpaid work, for example relatives who "
                "provide care?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Kan förslaget användas av personer med nedsatt syn, hörsel, rörlighet eller "
                "kognitiv förmåga?",
                "Can the proposal be used by people with impaired sight, hearing, mobility or "
                "cognition?",
            ),
            (
                "Har personer med funktionsnedsättning varit med och prövat prototypen?",
                "Have people with disabilities tried the prototype?",
            ),
        ),
    },
    {
        "title": T("Testa", "Test"),
        "slug": T("testa", "test"),
        "idea_stage": Stage.TESTING.value,
        "purpose": T(
            "Pröva förslaget i liten skala i verklig miljö och ta reda på om det ger den nytta "
            "som behövs.",
            "Try the proposal out on a small scale in a real-life environment and find out "
            "whether it brings the benefit that is needed.",
        ),
        "listing_summary": T(
            "Hur förslag prövas i liten skala, ofta i en testbädd.",
            "How proposals are tried out on a small scale, often in a testbed.",
        ),
        "entry_criteria": items(
            (
                "Det finns en prototyp och en testplan som chefen har godkänt.",
                "There is a prototype and a test plan approved by the manager.",
            ),
            (
                "Riskerna är analyserade och, om testet behandlar personuppgifter, är "
                "dataskyddet bedömt.",
                "The risks have been analysed and, if the test processes personal data, data "
                "protection has been assessed.",
            ),
        ),
        "exit_criteria": items(
            (
                "Testet är klart och resultatet är sammanställt.",
                "The test is finished and the results are summarised.",
            ),
            (
                "Det är beslutat om förslaget ska införas, ändras och testas igen, eller avslutas.",
                "It has been decided whether the proposal is implemented, changed and tested "
                "again, or closed.",
            ),
        ),
        "steps": [
            step(
                T("Analysera riskerna", "Analyse the risks"),
                T(
                    "Gå igenom vad som kan gå fel för brukare, medarbetare och verksamheten, hur "
                    "troligt det är och hur allvarligt det vore. Bestäm vad ni gör för att "
                    "minska varje risk och när testet ska avbrytas.",
                    "Go through what could go wrong for service users, staff and the service, "
                    "how likely it is and how serious it would be. Decide what you will do to "
                    "reduce each risk and when the test must be stopped.",
                ),
                60,
            ),
            step(
                T("Bedöm dataskyddet", "Assess data protection"),
                T(
                    "Om testet behandlar personuppgifter, till exempel med kameror, sensorer "
                    "eller larm i någons hem, ta hjälp av dataskyddsombudet. En "
                    "konsekvensbedömning avseende dataskydd krävs när behandlingen kan innebära "
                    "en hög risk för de personer som berörs, vilket ofta gäller övervakning och "
                    "känsliga uppgifter om hälsa.",
                    "If the test processes personal data, for example with cameras, sensors or "
                    "alarms in someone's home, ask the data protection officer for help. A data "
                    "protection impact assessment is required when the processing is likely to "
                    "mean a high risk for the people concerned, which is often the case with "
                    "monitoring and sensitive health data.",
                ),
                90,
            ),
            step(
                T("Inhämta samtycke", "Obtain consent"),
                T(
                    "Förklara testet muntligt och skriftligt, också på lätt svenska och med "
                    "bilder. Den som har en kognitiv funktionsnedsättning ska få stöd att "
                    "förstå och själv ta ställning så långt det går. Prata också med den som "
                    "företräder personen, till exempel en god man eller förvaltare, och med "
                    "anhöriga. Ett samtycke kan alltid tas tillbaka, och den som säger nej får "
                    "samma stöd som förut.",
                    "Explain the test orally and in writing, also in easy-to-read Swedish and "
                    "with pictures. People with cognitive impairments are given support to "
                    "understand and to decide for themselves as far as possible. Talk also to "
                    "the person who represents them, for example a guardian or trustee, and to "
                    "relatives. Consent can always be withdrawn, and anyone who says no gets "
                    "the same support as before.",
                ),
                60,
            ),
            step(
                T("Förbered testplatsen", "Prepare the test site"),
                T(
                    "Informera medarbetare, brukare och anhöriga. Se till att alla vet vem de "
                    "ska vända sig till.",
                    "Inform staff, service users and relatives. Make sure everyone knows whom "
                    "to contact.",
                ),
                60,
            ),
            step(
                T("Genomför testet", "Run the test"),
                T(
                    "Testa under en bestämd tid, till exempel fyra veckor på ett särskilt boende "
                    "i Piteå eller en daglig verksamhet i Skellefteå.",
                    "Test for a set time, for example four weeks in a care home in Piteå or a "
                    "daily activity centre in Skellefteå.",
                ),
            ),
            step(
                T("För testlogg", "Keep a test log"),
                T(
                    "Skriv ner vad som händer, vad som fungerar och vad som krånglar, helst "
                    "varje dag.",
                    "Write down what happens, what works and what goes wrong, preferably every "
                    "day.",
                ),
                15,
            ),
            step(
                T("Utvärdera", "Evaluate"),
                T(
                    "Jämför resultatet med det ni ville uppnå och bestäm hur ni går vidare.",
                    "Compare the results with what you wanted to achieve and decide how to "
                    "proceed.",
                ),
                90,
            ),
        ],
        "roles": [
            role(
                T("Idécoach", "Idea coach"),
                T(
                    "Leder testet och sammanställer resultatet.",
                    "Leads the test and summarises the results.",
                ),
            ),
            role(
                T("Chef", "Manager"),
                T(
                    "Ger medarbetarna tid att testa och beslutar om nästa steg.",
                    "Gives staff time to test and decides on the next step.",
                ),
            ),
            role(
                T("Testbädd", "Testbed"),
                T(
                    "Ger en miljö där förslaget kan prövas säkert.",
                    "Provides an environment where the proposal can be tried out safely.",
                ),
            ),
        ],
        "checklist": items(
            (
                "Riskanalysen är gjord och det är bestämt när testet ska avbrytas.",
                "The risk analysis is done and it is decided when the test must be stopped.",
            ),
            (
                "Dataskyddsombudet har tillfrågats, och en konsekvensbedömning är gjord där "
                "den krävs.",
                "The data protection officer has been consulted, and a data protection impact "
                "assessment has been made where one is required.",
            ),
            (
                "Alla som berörs är informerade och har samtyckt, med stöd och med "
                "företrädare där det behövs.",
                "Everyone affected has been informed and has consented, with support and "
                "with their representatives where needed.",
            ),
            ("Testlogg förs under hela testet.", "A test log is kept throughout the test."),
            ("Resultatet är jämfört med målen.", "The results are compared with the goals."),
            ("Beslut om nästa steg är fattat.", "The next step has been decided."),
        ),
        "outputs": items(
            ("En sammanställning av testet.", "A summary of the test."),
            (
                "Ett beslut om att införa, ändra eller avsluta.",
                "A decision to implement, change or close.",
            ),
        ),
        "gender_equality_questions": items(
            (
                "Redovisar vi resultatet uppdelat på kön där det går?",
                "Do we report the results by gender where possible?",
            ),
            (
                "Påverkar förslaget arbetsmiljön olika för kvinnor och män i personalgruppen?",
                "Does the proposal affect the working environment differently for women and men "
                "on the staff?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Är testmiljön tillgänglig för alla deltagare?",
                "Is the test environment accessible to all participants?",
            ),
            (
                "Har vi ett sätt att ge synpunkter som fungerar utan att läsa och skriva?",
                "Do we have a way to give feedback that works without reading and writing?",
            ),
        ),
    },
    {
        "title": T("Införa och ta hem nyttan", "Implement and capture the value"),
        "slug": T("infora-och-ta-hem-nyttan", "implement-and-capture-the-value"),
        "idea_stage": Stage.IMPLEMENTED.value,
        "purpose": T(
            "Göra det som fungerade till en del av det vanliga arbetet och följa upp att nyttan "
            "verkligen kommer.",
            "Make what worked part of everyday work and follow up that the benefit really arrives.",
        ),
        "listing_summary": T(
            "Hur ett testat förslag blir vardag och hur nyttan följs upp.",
            "How a tested proposal becomes everyday work and how the benefit is followed up.",
        ),
        "entry_criteria": items(
            (
                "Testet visar att förslaget ger nytta, och chefen har beslutat att införa det.",
                "The test shows that the proposal brings benefit, and the manager has decided "
                "to implement it.",
            ),
        ),
        "exit_criteria": items(
            (
                "Förslaget används i det vanliga arbetet och har en ansvarig ägare.",
                "The proposal is used in everyday work and has a responsible owner.",
            ),
            (
                "Nyttan är uppföljd efter sex månader och resultatet är delat.",
                "The benefit has been followed up after six months and the results are shared.",
            ),
        ),
        "steps": [
            step(
                T("Gör en införandeplan", "Make an implementation plan"),
                T(
                    "Bestäm vem som äger lösningen, vad som behöver ändras i rutiner och "
                    "budget, och vem som behöver utbildning. Skriv in det nya arbetssättet i "
                    "verksamhetens ledningssystem för kvalitetsarbete, så att det följs upp "
                    "som allt annat.",
                    "Decide who owns the solution, what needs to change in procedures and "
                    "budget, and who needs training. Write the new way of working into the "
                    "service's quality management system, so that it is followed up like "
                    "everything else.",
                ),
                120,
            ),
            step(
                T("Sprid till fler enheter", "Spread to more units"),
                T(
                    "Börja med de enheter som liknar testplatsen mest och lär av dem innan ni "
                    "går vidare.",
                    "Start with the units most like the test site and learn from them before "
                    "moving on.",
                ),
            ),
            step(
                T("Följ upp nyttan", "Follow up the benefit"),
                T(
                    "Mät samma saker som i testet efter tre och sex månader.",
                    "Measure the same things as in the test after three and six months.",
                ),
                60,
            ),
            step(
                T("Berätta om resultatet", "Share the results"),
                T(
                    "Berätta för förslagsställaren, medarbetarna och de förtroendevalda vad "
                    "idén ledde till.",
                    "Tell the person who proposed the idea, the staff and the elected "
                    "representatives what the idea led to.",
                ),
                30,
            ),
        ],
        "roles": [
            role(
                T("Chef", "Manager"),
                T(
                    "Äger införandet och ser till att det finns tid och pengar.",
                    "Owns the implementation and makes sure there is time and money.",
                ),
            ),
            role(
                T("Förtroendevalda", "Elected representatives"),
                T(
                    "Följer nyttan och tar ställning när ett införande kräver politiska beslut.",
                    "Follow the benefit and take a position when an implementation needs a "
                    "political decision.",
                ),
            ),
            role(
                T("Idéhandläggare", "Idea handler"),
                T(
                    "Markerar idén som införd och publicerar kommunens svar.",
                    "Marks the idea as implemented and publishes the municipality's answer.",
                ),
            ),
        ],
        "checklist": items(
            ("Lösningen har en ägare.", "The solution has an owner."),
            (
                "Rutiner och utbildning är uppdaterade.",
                "Procedures and training are updated.",
            ),
            (
                "Nyttan följs upp efter tre och sex månader.",
                "The benefit is followed up after three and six months.",
            ),
            (
                "Förslagsställaren har fått veta resultatet.",
                "The person who proposed the idea has been told the results.",
            ),
        ),
        "outputs": items(
            ("En införd lösning med en ägare.", "An implemented solution with an owner."),
            ("En uppföljning av nyttan.", "A follow-up of the benefit."),
        ),
        "gender_equality_questions": items(
            (
                "Fördelas tiden och pengarna som lösningen frigör rättvist mellan kvinnor och män?",
                "Are the time and money that the solution frees up shared fairly between women "
                "and men?",
            ),
            (
                "Får både kvinnor och män som arbetade med idén erkännande för den?",
                "Do both the women and the men who worked on the idea get credit for it?",
            ),
        ),
        "accessibility_questions": items(
            (
                "Finns information och utbildning om lösningen i tillgängliga format?",
                "Are information and training about the solution available in accessible formats?",
            ),
            (
                "Följer vi upp nyttan även för personer med funktionsnedsättning?",
                "Do we follow up the benefit for people with disabilities too?",
            ),
        ),
    },
]
