# ruff: noqa: E501 (the demo content is prose: long lines are kept whole)
"""The course modules of the demo training, written as material a trainer can use: aims, a text to
read (at least 350 words in each language), a case from elderly or disability care, an exercise
with times, questions to discuss and further reading from public bodies, named by organisation and
topic only. The cases are invented and say so."""

from home.demo.builder import T, block


def module(
    title: T,
    slug: T,
    minutes: int,
    intro: T,
    aims: T,
    text: T,
    case: tuple[T, T],
    questions: T,
    exercise: T,
    reading: T,
    extra=(),
):
    case_title, case_text = case
    return {
        "title": title,
        "slug": slug,
        "estimated_minutes": minutes,
        "intro": intro,
        "body": [
            block("heading", {"text": T("Mål med modulen", "Aims of the module"), "level": "h2"}),
            block("text", aims),
            block("heading", {"text": T("Att läsa", "Reading"), "level": "h2"}),
            block("text", text),
            block(
                "heading",
                {"text": T(f"Fall: {case_title.sv}", f"Case: {case_title.en}"), "level": "h2"},
            ),
            block(
                "text",
                T(
                    case_text.sv + "<p><em>Fallet är påhittat för utbildningen.</em></p>",
                    case_text.en + "<p><em>The case is invented for this training.</em></p>",
                ),
            ),
            *extra,
            block("heading", {"text": T("Läs mer", "Further reading"), "level": "h2"}),
            block("text", reading),
        ],
        "discussion_questions": questions,
        "exercise": exercise,
    }


def politicians_modules(risk_matrix_block, procurement_block):
    return [
        module(
            T(
                "Vad innovation betyder i kommunal styrning",
                "What innovation means in municipal governance",
            ),
            T("vad-innovation-betyder", "what-innovation-means"),
            90,
            T(
                "Innovation i en kommun är nya sätt att arbeta som gör välfärden bättre för invånarna. Det handlar sällan om teknik först.",
                "Innovation in a municipality means new ways of working that make welfare services better for residents. It is rarely about technology first.",
            ),
            T(
                "<p>Efter modulen kan du</p><ul><li>förklara vad innovation är i en kommun, och vad den inte är</li><li>beskriva varför Piteå och Skellefteå byggde en idésluss</li><li>skilja mellan att styra mot ett behov och att beställa en lösning</li><li>se digitaliseringen som ett medel för invånarnas behov, inte som ett mål i sig</li></ul>",
                "<p>After the module you can</p><ul><li>explain what innovation is in a municipality, and what it is not</li><li>describe why Piteå and Skellefteå built an idea sluice</li><li>tell the difference between governing towards a need and ordering a solution</li><li>see digitalisation as a means to meet residents' needs, not as an end in itself</li></ul>",
            ),
            T(
                "<p>I en kommun betyder innovation något nytt som används och som gör nytta för invånarna. Det kan vara en ny teknik, men oftare är det ett nytt arbetssätt, en ny tjänst eller ett nytt sätt att samarbeta. En idé blir inte en innovation förrän den har prövats och börjat användas. Därför handlar kommunal innovation lika mycket om att ta hand om idéer som om att få dem.</p>"
                "<p>Piteå kommun och Skellefteå kommun startade Idéslussen 2016 med stöd från Vinnova. Skälen var desamma som många kommuner känner igen: fler äldre, svårare att rekrytera personal och invånare som behöver annan service än förr. Kommunerna ville utveckla en kultur och en struktur där nya idéer från invånare och medarbetare tas tillvara, särskilt inom äldreomsorgen i Piteå och funktionshinderomsorgen i Skellefteå.</p>"
                "<p>Digitaliseringen är en stor del av svaret, men den är ett medel. Målet är att ta vara på digitaliseringens möjligheter utifrån invånarnas behov. En digital tjänst som ingen behöver är ingen vinst, medan ett enkelt digitalt stöd som sparar en timme om dagen för en hemtjänstgrupp kan vara det.</p>"
                "<p>För en förtroendevald är den viktigaste frågan därför inte vilken lösning som ska väljas. Den frågan besvaras bäst av dem som känner verksamheten. Nämndens uppgift är att säga vilket behov som ska mötas, vilka ramar som gäller och hur nämnden ska veta att det blev bättre. Det kallas ibland att styra mot effekter i stället för mot aktiviteter.</p>"
                "<p>Innovation innebär också att en del försök misslyckas. Ett försök som visar att en idé inte fungerar är inte slöseri om det var litet, planerat och uppföljt: kommunen har då lärt sig något till en låg kostnad. Det som är dyrt är stora satsningar som ingen vågar avbryta, och goda idéer som aldrig prövas.</p>"
                "<p>Projektets erfarenhet var att kombinationen av tydliga styrsignaler och goda exempel skapade mod och intresse för fler att delta. Det betyder att de förtroendevalda har en roll redan genom vad de frågar efter. En nämnd som frågar hur många idéer som prövats och vad de ledde till visar att det är en del av uppdraget att förnya verksamheten.</p>"
                "<p>Idéslussen ger nämnden ett sätt att följa arbetet: varje idé går genom samma steg, från inkommen till införd eller avslutad, och varje beslut motiveras. Nämnden behöver inte känna till varje idé, men den bör kunna se helheten och fråga efter den.</p>",
                "<p>In a municipality, innovation means something new that is used and that benefits residents. It can be a new technology, but more often it is a new way of working, a new service or a new way of cooperating. An idea does not become an innovation until it has been tried out and put to use. That is why municipal innovation is as much about handling ideas as about getting them.</p>"
                "<p>Piteå Municipality and Skellefteå Municipality started the idea sluice in 2016 with support from Vinnova, Sweden's innovation agency. The reasons are ones that many municipalities recognise: more older people, more difficulty recruiting staff and residents who need different services than before. The municipalities wanted to build a culture and a structure in which new ideas from residents and staff are put to use, especially in elderly care in Piteå and in disability care in Skellefteå.</p>"
                "<p>Digitalisation is a large part of the answer, but it is a means. The aim is to make use of the opportunities of digitalisation, starting from residents' needs. A digital service that nobody needs is no gain, while a simple digital tool that saves a home care team an hour a day may well be.</p>"
                "<p>For an elected representative, the most important question is therefore not which solution to choose. That question is best answered by the people who know the service. The committee's task is to say which need is to be met, what the limits are and how the committee will know that things got better. This is sometimes called governing by outcomes rather than by activities.</p>"
                "<p>Innovation also means that some trials fail. A trial that shows an idea does not work is not a waste if it was small, planned and followed up: the municipality has then learned something at a low cost. What is expensive is a large investment that nobody dares to stop, and good ideas that are never tried.</p>"
                "<p>The project found that the combination of clear signals from the leadership and good examples gave more people the courage and the interest to take part. This means that elected representatives play a part simply through what they ask about. A committee that asks how many ideas have been tried and what they led to shows that renewing the services is part of the job.</p>"
                "<p>The idea sluice gives the committee a way to follow the work: every idea goes through the same stages, from received to implemented or closed, and every decision is explained. The committee does not need to know every idea, but it should be able to see the whole picture and ask about it.</p>",
            ),
            (
                T("Larmet som ingen använde", "The alarm nobody used"),
                T(
                    "<p>En nämnd beslutade att alla boende på kommunens särskilda boenden skulle få ett nytt armbandslarm. Efter ett år visade uppföljningen att många inte bar armbandet: det skavde, var svårt att förstå och påminde om att man var sjuk. Undersköterskorna hade sett problemet tidigt men visste inte vart de skulle vända sig. När verksamheten till sist frågade de boende och deras anhöriga kom flera förslag, bland annat ett larm som satt i en vanlig klocka och en enklare knapp vid sängen.</p>",
                    "<p>A committee decided that everyone living in the municipality's care homes would get a new wrist alarm. A year later, the follow-up showed that many did not wear it: it chafed, was hard to understand and reminded them that they were ill. The assistant nurses had seen the problem early on but did not know whom to tell. When the service finally asked the residents and their relatives, several suggestions came up, among them an alarm built into an ordinary watch and a simpler button by the bed.</p>",
                ),
            ),
            T(
                "Vilken idé från en medarbetare eller invånare har gjort skillnad i din nämnds verksamhet?\n"
                "Vad hade nämnden behövt fråga efter i fallet med armbandslarmet, och när?\n"
                "Vad skulle hända om ett försök i er verksamhet misslyckades – och hur skulle ni prata om det?",
                "Which idea from an employee or a resident has made a difference in your committee's services?\n"
                "What should the committee have asked for in the wrist alarm case, and when?\n"
                "What would happen if a trial in your services failed – and how would you talk about it?",
            ),
            T(
                "<ol><li>Enskilt (10 minuter): välj ett beslut från nämndens senaste sammanträde. Skriv ner vilket behov hos invånarna beslutet skulle möta.</li><li>I par (15 minuter): skriv tillsammans hur ni kommer att veta om behovet blev mött: vad ska mätas, och när?</li><li>I hela gruppen (20 minuter): jämför. Vilka beslut beskrev en lösning och vilka beskrev ett behov?</li></ol>",
                "<ol><li>On your own (10 minutes): pick a decision from your committee's last meeting. Write down which need of residents it was meant to meet.</li><li>In pairs (15 minutes): write down together how you will know whether the need was met: what will be measured, and when?</li><li>With the whole group (20 minutes): compare. Which decisions described a solution and which described a need?</li></ol>",
            ),
            T(
                "<ul><li>Vinnova, Sveriges innovationsmyndighet: material om innovation i offentlig sektor och om idéslussar i kommuner.</li><li>Sveriges Kommuner och Regioner (SKR): stöd om innovation och styrning i kommuner och regioner.</li><li>Myndigheten för digital förvaltning (Digg): om digitalisering av den offentliga förvaltningen.</li></ul>",
                "<ul><li>Vinnova, Sweden's innovation agency: material on innovation in the public sector and on idea sluices in municipalities.</li><li>The Swedish Association of Local Authorities and Regions (SKR): support on innovation and governance in municipalities and regions.</li><li>The Agency for Digital Government (Digg): on the digitalisation of public administration.</li></ul>",
            ),
        ),
        module(
            T("Risk, styrning och uppföljning", "Risk, governance and follow-up"),
            T("risk-styrning-uppfoljning", "risk-governance-follow-up"),
            120,
            T(
                "Att pröva något nytt innebär risk. Den går att hantera med små försök, tydliga mål, tillit till dem som gör jobbet och uppföljning som tål att svaret blir nej.",
                "Trying something new means taking a risk. It can be managed with small trials, clear goals, trust in the people who do the work and follow-up that accepts a no as an answer.",
            ),
            T(
                "<p>Efter modulen kan du</p><ul><li>ställa frågor om mål, tidsgräns och uppföljning när en verksamhet vill pröva något nytt</li><li>förklara vad tillitsbaserad styrning och ledning betyder för nämndens roll</li><li>känna igen när ett försök kräver riskanalys, konsekvensbedömning och samtycke</li><li>använda riskmatrisen tillsammans med förvaltningen</li></ul>",
                "<p>After the module you can</p><ul><li>ask about goals, time limits and follow-up when a service wants to try something new</li><li>explain what trust-based governance and leadership means for the committee's role</li><li>recognise when a trial needs a risk analysis, a data protection impact assessment and consent</li><li>use the risk matrix together with the administration</li></ul>",
            ),
            T(
                "<p>Den som aldrig prövar något nytt tar också en risk: att verksamheten blir sämre rustad för fler äldre och färre som kan arbeta i vården. Frågan för en nämnd är därför inte om risker ska tas, utan vilka, hur stora och hur de hanteras.</p>"
                "<p>Ett försök i liten skala, till exempel under några veckor på en avdelning eller i en testbädd, kostar lite och lär mycket. Nämnden kan styra genom att fråga efter tre saker: vilket mål försöket har, när det ska vara klart och hur resultatet ska mätas. Nämnden behöver däremot inte bestämma metoden i detalj. Det är där tillitsbaserad styrning och ledning kommer in.</p>"
                "<p>Tillitsbaserad styrning och ledning innebär att den som styr litar på medarbetarnas kunskap och omdöme, ger dem utrymme att forma arbetet och följer upp det som spelar roll för invånarna i stället för att kontrollera varje steg. Regeringens tillitsdelegation arbetade med frågan under flera år, och många kommuner har sedan dess gjort den till en del av sin styrning. Tillit är inte detsamma som att avstå från uppföljning: den bygger på att nämnden får veta hur det går, också när det går dåligt.</p>"
                "<p>Vissa försök kräver mer än en enkel plan. När ett försök behandlar personuppgifter, till exempel med kameror, sensorer eller larm i någons hem, gäller dataskyddsförordningen. Innebär behandlingen en hög risk för de personer som berörs ska en konsekvensbedömning avseende dataskydd göras innan försöket börjar, och dataskyddsombudet ska ge råd. Det gäller ofta övervakning i hemmet och uppgifter om hälsa.</p>"
                "<p>Deltagarna ska också ge sitt samtycke. Inom äldreomsorgen och funktionshinderomsorgen deltar ofta personer med kognitiva funktionsnedsättningar. De ska få information på ett sätt de kan förstå, stöd att ta ställning själva och möjlighet att ångra sig. Den som företräder personen, till exempel en god man eller förvaltare, och anhöriga ska vara med i samtalet.</p>"
                "<p>Nämnden behöver inte göra analysen själv, men den bör fråga om den är gjord. Riskmatrisen är ett enkelt stöd: varje risk får en bedömning av sannolikhet och konsekvens, en åtgärd och en ansvarig. Tillsammans med förvaltningen kan nämnden se vilka risker som är rimliga att ta och var gränsen går.</p>"
                "<p>En bra uppföljning visar också det som inte fungerade. Om varje försök redovisas som en framgång lär sig ingen något, och medarbetarna slutar berätta om det som krånglar.</p>",
                "<p>Never trying anything new is also a risk: the services become less prepared for more older people and fewer people who can work in care. The question for a committee is therefore not whether to take risks, but which ones, how large and how they are managed.</p>"
                "<p>A small trial, for example a few weeks on one ward or in a testbed, costs little and teaches a lot. The committee can govern by asking three things: what the trial aims to achieve, when it will be finished and how the results will be measured. The committee does not, however, need to decide the method in detail. This is where trust-based governance and leadership comes in.</p>"
                "<p>Trust-based governance and leadership means that those who govern trust the knowledge and judgement of staff, give them room to shape the work and follow up what matters to residents instead of checking every step. A Swedish government commission on trust-based governance worked on the question for several years, and many municipalities have since made it part of how they govern. Trust does not mean giving up follow-up: it depends on the committee hearing how things are going, including when they are going badly.</p>"
                "<p>Some trials need more than a simple plan. When a trial processes personal data, for example with cameras, sensors or alarms in someone's home, the General Data Protection Regulation applies. If the processing is likely to mean a high risk for the people concerned, a data protection impact assessment must be made before the trial starts, and the data protection officer must give advice. This is often the case with monitoring in the home and with health data.</p>"
                "<p>The participants must also give their consent. In elderly care and disability care, many participants have cognitive impairments. They must get information in a way they can understand, support to decide for themselves and the chance to change their minds. The person who represents them, for example a guardian or trustee, and their relatives should take part in the conversation.</p>"
                "<p>The committee does not have to do the analysis itself, but it should ask whether it has been done. The risk matrix is a simple aid: every risk gets an assessment of likelihood and impact, an action and an owner. Together with the administration, the committee can see which risks are reasonable to take and where the limit lies.</p>"
                "<p>Good follow-up also shows what did not work. If every trial is reported as a success, nobody learns anything, and staff stop reporting what goes wrong.</p>",
            ),
            (
                T("Kameran på natten", "The camera at night"),
                T(
                    "<p>Hemtjänsten vill pröva tillsyn med kamera på natten för tio äldre som vill slippa bli väckta av besök. Tre av dem har en demenssjukdom. Förvaltningen föreslår ett försök på åtta veckor. I underlaget till nämnden står vad kamerorna kostar och hur många besök som kan sparas, men inget om hur bilderna skyddas, vem som får se dem eller hur de tre med demenssjukdom och deras företrädare har fått ta ställning.</p>",
                    "<p>Home care wants to try night-time checks by camera for ten older people who would rather not be woken by visits. Three of them have dementia. The administration proposes an eight-week trial. The report to the committee says what the cameras cost and how many visits could be saved, but nothing about how the images are protected, who may see them or how the three people with dementia and their representatives were given the chance to decide.</p>",
                ),
            ),
            T(
                "Vilka risker är nämnden beredd att ta för att pröva en ny lösning, och vilka inte?\n"
                "Vilka frågor skulle du ställa om underlaget i fallet med kameran på natten?\n"
                "Hur ser en uppföljning ut som också visar det som inte fungerade?\n"
                "Vad behöver medarbetarna för att nämnden ska kunna lita på dem – och vad behöver nämnden för att de ska lita på den?",
                "Which risks is the committee prepared to take to try a new solution, and which not?\n"
                "Which questions would you ask about the report in the night camera case?\n"
                "What does a follow-up look like that also shows what did not work?\n"
                "What do staff need for the committee to be able to trust them – and what does the committee need for them to trust it?",
            ),
            T(
                "<ol><li>I grupper om tre eller fyra (25 minuter): fyll i riskmatrisen för försöket med kameran på natten, eller för ett försök som pågår i er verksamhet. Ge varje risk en åtgärd och en ansvarig.</li><li>I samma grupp (10 minuter): skriv tre frågor som nämnden ska ställa innan försöket börjar och två som den ska ställa när det är klart.</li><li>I hela gruppen (20 minuter): jämför frågorna. Vilka handlar om kontroll och vilka om lärande?</li></ol>",
                "<ol><li>In groups of three or four (25 minutes): fill in the risk matrix for the night camera trial, or for a trial under way in your services. Give every risk an action and an owner.</li><li>In the same group (10 minutes): write three questions the committee should ask before the trial starts and two it should ask when it has finished.</li><li>With the whole group (20 minutes): compare the questions. Which are about control and which about learning?</li></ol>",
            ),
            T(
                "<ul><li>Sveriges Kommuner och Regioner (SKR): stöd om tillitsbaserad styrning och ledning.</li><li>Integritetsskyddsmyndigheten (IMY): vägledning om konsekvensbedömning avseende dataskydd och om kamerabevakning.</li><li>Vinnova: material om att pröva och testa nya lösningar i offentlig verksamhet.</li></ul>",
                "<ul><li>The Swedish Association of Local Authorities and Regions (SKR): support on trust-based governance and leadership.</li><li>The Swedish Authority for Privacy Protection (IMY): guidance on data protection impact assessments and on camera surveillance.</li><li>Vinnova: material on trying out and testing new solutions in public services.</li></ul>",
            ),
            extra=[risk_matrix_block],
        ),
        module(
            T("Idéslussen i ledningssystemet", "The idea sluice in the management system"),
            T("ideslussen-i-ledningssystemet", "the-idea-sluice-in-the-management-system"),
            60,
            T(
                "Idéslussen är inte ett sidospår. Den är en del av hur kommunen planerar, genomför och följer upp sin verksamhet, och av kvalitetsarbetet.",
                "The idea sluice is not a side track. It is part of how the municipality plans, runs and follows up its services, and part of its quality work.",
            ),
            T(
                "<p>Efter modulen kan du</p><ul><li>beskriva stegen som en idé går igenom och vem som ansvarar i varje steg</li><li>förklara hur innovation hänger ihop med det systematiska kvalitetsarbetet</li><li>säga vilken information nämnden behöver för att följa Idéslussen</li></ul>",
                "<p>After the module you can</p><ul><li>describe the stages an idea goes through and who is responsible at each one</li><li>explain how innovation is linked to systematic quality work</li><li>say which information the committee needs to follow the idea sluice</li></ul>",
            ),
            T(
                "<p>Varje idé som kommer in till Idéslussen går igenom samma steg: inkommen, bedömning, konceptutveckling, test och införd. En idé kan också avslutas i vilket steg som helst, med en motivering, eller slås samman med en liknande idé. I varje steg finns en idéhandläggare som ser till att idén inte blir liggande, och förslagsställaren får veta vad som händer.</p>"
                "<p>Ett mål för projektet var att kommunerna skulle ha en fungerande innovationsprocess som är integrerad i kvalitetsarbetet. Det är en viktig poäng. Verksamheter inom vård och omsorg har redan ett ledningssystem för systematiskt kvalitetsarbete: rutiner, avvikelsehantering, egenkontroller och uppföljning. Om arbetet med nya idéer ligger vid sidan av det systemet blir det beroende av eldsjälar och försvinner när de byter jobb.</p>"
                "<p>När innovationen i stället är en del av kvalitetsarbetet hänger sakerna ihop. En avvikelse som återkommer kan bli en idé om ett nytt arbetssätt. Ett förbättringsförslag från en arbetsplatsträff kan gå in i Idéslussen. Och när en idé har prövats och fungerat skrivs det nya arbetssättet in som en rutin, med en ägare och en plan för uppföljning, precis som allt annat i ledningssystemet.</p>"
                "<p>Innovationsledning behöver också sitt sammanhang i styrsystemet, tillsammans med tillitsbaserad styrning och ledning och kommunens digitaliseringsstrategi. Det var en av projektets slutsatser. Mål och budget kan till exempel ange att verksamheterna ska pröva nya arbetssätt inom ett område, utan att bestämma vilka.</p>"
                "<p>För nämnden betyder det att Idéslussen kan följas på samma sätt som annan verksamhet. I verksamhetsberättelsen och i den årliga rapporten kan nämnden se hur många idéer som kommit in, hur många som prövats och införts, hur lång tid de har tagit och vilken nytta de har gett. Det räcker inte att räkna idéer: det viktiga är vad de ledde till för invånarna.</p>"
                "<p>Nämnden behöver inte och ska inte besluta om varje idé. De flesta beslut fattas av chefer i verksamheten. Men när ett införande kräver nya pengar, ändrade regler eller en upphandling, eller när det påverkar många invånare, kommer frågan till de förtroendevalda. Då är det en fördel om idén redan har prövats och följts upp, så att beslutet kan bygga på erfarenhet i stället för på förhoppningar.</p>",
                "<p>Every idea that comes in to the idea sluice goes through the same stages: received, assessment, concept development, testing and implemented. An idea can also be closed at any stage, with reasons, or merged with a similar idea. At every stage an idea handler makes sure the idea does not stall, and the person who proposed it is told what happens.</p>"
                "<p>One of the project's goals was that the municipalities would have a working innovation process that is part of their quality work. This is an important point. Health and social care services already have a management system for systematic quality work: procedures, the handling of reported deviations, internal checks and follow-up. If the work with new ideas sits beside that system, it depends on a few enthusiasts and disappears when they change jobs.</p>"
                "<p>When innovation is instead part of quality work, things fit together. A deviation that keeps coming back can become an idea for a new way of working. A suggestion for improvement from a workplace meeting can go into the idea sluice. And when an idea has been tried and has worked, the new way of working is written down as a procedure, with an owner and a plan for follow-up, just like everything else in the management system.</p>"
                "<p>Leading innovation also needs its place in the municipality's governance, together with trust-based governance and leadership and the municipality's digitalisation strategy. That was one of the project's conclusions. The goals and budget can, for example, say that services are to try new ways of working in a certain area, without deciding which ones.</p>"
                "<p>For the committee, this means that the idea sluice can be followed like any other activity. In the annual report the committee can see how many ideas came in, how many were tried and implemented, how long they took and what benefit they brought. Counting ideas is not enough: what matters is what they led to for residents.</p>"
                "<p>The committee does not need to, and should not, decide on every idea. Most decisions are taken by managers in the services. But when an implementation needs new money, changed rules or a procurement, or when it affects many residents, the question comes to the elected representatives. It then helps if the idea has already been tried and followed up, so that the decision can rest on experience rather than on hope.</p>",
            ),
            (
                T("Bildschemat som fastnade", "The picture schedule that got stuck"),
                T(
                    "<p>På en daglig verksamhet tog personalen fram ett bildschema i surfplattan som hjälpte deltagarna att förbereda sig för dagens aktiviteter. Det fungerade bra, och två andra enheter ville börja använda det. Men ingen visste vem som ägde lösningen, surfplattorna fanns inte i budgeten och arbetssättet stod inte i någon rutin. Efter ett år användes bildschemat bara på den första enheten, och där bara när en viss medarbetare arbetade.</p>",
                    "<p>At a daily activity centre, staff made a picture schedule on a tablet that helped the participants prepare for the day's activities. It worked well, and two other units wanted to start using it. But nobody knew who owned the solution, the tablets were not in the budget and the way of working was not written into any procedure. A year later the picture schedule was used only at the first unit, and there only when one particular employee was at work.</p>",
                ),
            ),
            T(
                "Var i er mål- och budgetprocess syns arbetet med nya idéer i dag?\n"
                "Vad hade behövts för att bildschemat skulle spridas till fler enheter?\n"
                "Vilken information behöver nämnden för att kunna följa Idéslussen utan att styra varje idé?",
                "Where in your goals and budget process does the work on new ideas show today?\n"
                "What would have been needed for the picture schedule to spread to more units?\n"
                "Which information does the committee need to follow the idea sluice without directing every idea?",
            ),
            T(
                "<ol><li>I par (15 minuter): rita hur en idé från en medarbetare når nämnden i dag. Markera var den kan fastna.</li><li>I samma par (10 minuter): markera var i ritningen kvalitetsarbetet finns: avvikelser, rutiner och uppföljning. Var möts de två?</li><li>I hela gruppen (15 minuter): jämför ritningarna och enas om en fråga som nämnden ska ställa vid nästa uppföljning.</li></ol>",
                "<ol><li>In pairs (15 minutes): draw how an idea from an employee reaches the committee today. Mark where it can get stuck.</li><li>In the same pair (10 minutes): mark where quality work appears in the drawing: reported deviations, procedures and follow-up. Where do the two meet?</li><li>With the whole group (15 minutes): compare the drawings and agree on one question the committee will ask at the next follow-up.</li></ol>",
            ),
            T(
                "<ul><li>Socialstyrelsen: föreskrifter och stöd om ledningssystem för systematiskt kvalitetsarbete.</li><li>Sveriges Kommuner och Regioner (SKR): stöd om styrning, uppföljning och innovation i kommuner.</li><li>Vinnova: material om innovationsledning i offentlig sektor.</li></ul>",
                "<ul><li>The National Board of Health and Welfare (Socialstyrelsen): regulations and support on management systems for systematic quality work.</li><li>The Swedish Association of Local Authorities and Regions (SKR): support on governance, follow-up and innovation in municipalities.</li><li>Vinnova: material on leading innovation in the public sector.</li></ul>",
            ),
        ),
        module(
            T(
                "Jämställdhet och tillgänglighet som perspektiv",
                "Gender equality and accessibility as perspectives",
            ),
            T("jamstalldhet-och-tillganglighet", "gender-equality-and-accessibility"),
            90,
            T(
                "En lösning som fungerar för några kan stänga ute andra. Två frågor hör därför till varje beslut om något nytt.",
                "A solution that works for some can shut out others. Two questions therefore belong in every decision about something new.",
            ),
            T(
                "<p>Efter modulen kan du</p><ul><li>ställa frågor om jämställdhet och tillgänglighet till ett underlag</li><li>förklara varför de två perspektiven hör till innovationsarbetet och inte kommer efteråt</li><li>se hur de förtroendevalda kan följa upp perspektiven utan att det blir en formalitet</li></ul>",
                "<p>After the module you can</p><ul><li>ask questions about gender equality and accessibility of a report</li><li>explain why the two perspectives belong in innovation work rather than coming afterwards</li><li>see how elected representatives can follow up the perspectives without it becoming a formality</li></ul>",
            ),
            T(
                "<p>Jämställdhet och tillgänglighet var två perspektiv som Idéslussen skulle ha med i hela innovationsarbetet. Det är inte två extra punkter i slutet av en rapport, utan två frågor som förändrar vad som byggs och för vem.</p>"
                "<p>Den första frågan är: Hur påverkar förslaget kvinnor och män, flickor och pojkar olika? Inom äldreomsorgen och funktionshinderomsorgen är de flesta medarbetare kvinnor, ofta i yrken med låga löner och små möjligheter att påverka. Idéer från dem kan lätt värderas lägre än idéer från chefer eller teknikföretag. Bland brukarna finns också skillnader: kvinnor lever längre och bor oftare ensamma på äldre dagar, och en stor del av omsorgen om äldre ges av anhöriga, oftare kvinnor än män. En lösning som flyttar arbete från hemtjänsten till anhöriga kan se effektiv ut men öka ett obetalt arbete som mest kvinnor gör.</p>"
                "<p>Den andra frågan är: Kan alla använda lösningen, också personer med funktionsnedsättning? Många äldre har nedsatt syn, hörsel eller rörlighet, och många inom funktionshinderomsorgen har kognitiva funktionsnedsättningar. En app som kräver bankid, små knappar och snabba beslut stänger ute dem som skulle ha mest nytta av den. För digitala tjänster finns dessutom krav i lagen om tillgänglighet till digital offentlig service.</p>"
                "<p>Perspektiven gör mest nytta tidigt. Det är billigt att fråga användarna innan något byggs och dyrt att bygga om efteråt. Därför finns frågor om jämställdhet och tillgänglighet i varje fas av Idéslussens metod, från den första idén till uppföljningen av nyttan.</p>"
                "<p>För en förtroendevald handlar det om vad nämnden frågar efter. Statistik uppdelad på kön, en beskrivning av vilka som har fått säga sitt och en plan för hur personer med funktionsnedsättning har varit med i testet säger mer än en mening om att perspektiven har beaktats. Ett underlag som saknar uppgifterna kan skickas tillbaka med en fråga, inte som kritik utan som en signal om vad nämnden tycker är viktigt.</p>"
                "<p>Perspektiven gäller också nämndens eget arbete. Vilka bjuds in när nämnden vill höra invånarnas synpunkter, och hur? Ett möte i stadshuset en vardagskväll når andra än ett besök på en daglig verksamhet eller en mötesplats för seniorer. Den som vill höra alla får gå dit där människor redan finns, och erbjuda tolk, bildstöd och tid.</p>",
                "<p>Gender equality and accessibility were two perspectives that the idea sluice was to include throughout its innovation work. They are not two extra points at the end of a report, but two questions that change what is built and for whom.</p>"
                "<p>The first question is: How does the proposal affect women and men, girls and boys, differently? In elderly care and disability care most staff are women, often in jobs with low pay and little say. Ideas from them can easily be valued lower than ideas from managers or technology companies. There are differences among service users too: women live longer and more often live alone in old age, and much of the care of older people is given by relatives, more often women than men. A solution that moves work from home care to relatives may look efficient but add to unpaid work that is mostly done by women.</p>"
                "<p>The second question is: Can everyone use the solution, including people with disabilities? Many older people have impaired sight, hearing or mobility, and many people in disability care have cognitive impairments. An app that requires electronic identification, small buttons and quick decisions shuts out the very people who would benefit most. For digital services, the law on the accessibility of digital public services also sets requirements.</p>"
                "<p>The perspectives do most good early on. It is cheap to ask users before anything is built and expensive to rebuild afterwards. That is why the idea sluice method has questions on gender equality and accessibility in every phase, from the first idea to the follow-up of the benefit.</p>"
                "<p>For an elected representative, it comes down to what the committee asks for. Figures broken down by gender, a description of who has had their say and a plan for how people with disabilities have taken part in the test say more than a sentence stating that the perspectives have been considered. A report that lacks this information can be sent back with a question, not as criticism but as a signal of what the committee finds important.</p>"
                "<p>The perspectives also apply to the committee's own work. Who is invited when the committee wants to hear residents' views, and how? A meeting at the town hall on a weekday evening reaches different people from a visit to a daily activity centre or a meeting place for seniors. Those who want to hear everyone have to go where people already are, and offer interpreters, picture support and time.</p>",
            ),
            (
                T("Matbeställningen i mobilen", "Ordering meals by phone"),
                T(
                    "<p>Ett företag erbjuder en app där äldre i hemtjänsten kan beställa sina matlådor själva. Underlaget till nämnden visar att beställningarna går snabbare och att hemtjänsten sparar tid. Det visar inte hur många av brukarna som kan använda appen, om den fungerar med skärmläsare eller vem som hjälper den som inte kan. I ett litet test visade det sig att många beställningar gjordes av döttrar och svärdöttrar på sina arbetstider.</p>",
                    "<p>A company offers an app in which older people with home care can order their meals themselves. The report to the committee shows that ordering is quicker and that home care saves time. It does not show how many service users can use the app, whether it works with screen readers or who helps those who cannot. A small test showed that many of the orders were placed by daughters and daughters-in-law during their working hours.</p>",
                ),
            ),
            T(
                "Vems behov syns i underlagen ni får – och vems syns inte?\n"
                "Vilka frågor hade nämnden behövt ställa om appen för matbeställning?\n"
                "Hur kan nämnden fråga efter jämställdhet och tillgänglighet utan att det blir en formalitet?",
                "Whose needs show in the reports you receive – and whose do not?\n"
                "Which questions should the committee have asked about the meal-ordering app?\n"
                "How can the committee ask about gender equality and accessibility without it becoming a formality?",
            ),
            T(
                "<ol><li>Enskilt (15 minuter): läs ett underlag inför nästa sammanträde med de två frågorna i modulen. Notera vad som saknas.</li><li>I grupper om tre (20 minuter): jämför era anteckningar och formulera två frågor som nämnden kan ställa till förvaltningen.</li><li>I hela gruppen (15 minuter): välj de frågor som ni vill ska ställas om alla förslag om något nytt.</li></ol>",
                "<ol><li>On your own (15 minutes): read a report for your next meeting with the two questions of this module in mind. Note what is missing.</li><li>In groups of three (20 minutes): compare your notes and word two questions the committee can put to the administration.</li><li>With the whole group (15 minutes): choose the questions you want asked of every proposal for something new.</li></ol>",
            ),
            T(
                "<ul><li>Sveriges Kommuner och Regioner (SKR): stöd om jämställdhetsintegrering i kommuner och regioner.</li><li>Myndigheten för digital förvaltning (Digg): om kraven på tillgänglighet till digital offentlig service.</li><li>Myndigheten för delaktighet (MFD): om tillgänglighet och delaktighet för personer med funktionsnedsättning.</li></ul>",
                "<ul><li>The Swedish Association of Local Authorities and Regions (SKR): support on gender mainstreaming in municipalities and regions.</li><li>The Agency for Digital Government (Digg): on the accessibility requirements for digital public services.</li><li>The Swedish Agency for Participation (MFD): on accessibility and participation for people with disabilities.</li></ul>",
            ),
        ),
        module(
            T(
                "Upphandling som bjuder in nya lösningar",
                "Procurement that invites new solutions",
            ),
            T("upphandling-for-nya-losningar", "procurement-for-new-solutions"),
            90,
            T(
                "Hur en upphandling skrivs avgör om nya lösningar får en chans. Samskapande upphandling tar fram lösningen i dialog med leverantörer, användare och medarbetare.",
                "How a procurement is written decides whether new solutions get a chance. Co-creative procurement develops the solution in dialogue with suppliers, users and staff.",
            ),
            T(
                "<p>Efter modulen kan du</p><ul><li>förklara skillnaden mellan att upphandla ett behov och att upphandla en färdig lösning</li><li>beskriva vad samskapande upphandling är och när den passar</li><li>ge förvaltningen ett uppdrag som lämnar utrymme för nya lösningar</li></ul>",
                "<p>After the module you can</p><ul><li>explain the difference between procuring for a need and procuring a finished solution</li><li>describe what co-creative procurement is and when it fits</li><li>give the administration a commission that leaves room for new solutions</li></ul>",
            ),
            T(
                "<p>Kommunerna köper varor och tjänster för stora belopp varje år. Hur en upphandling skrivs avgör om nya lösningar får en chans. Om underlaget beskriver exakt hur något ska göras, till exempel ett visst larm med vissa funktioner, kan bara de leverantörer vinna som redan säljer just det. Om underlaget i stället beskriver behovet och det resultat kommunen vill nå, kan leverantörer föreslå andra och ibland bättre sätt.</p>"
                "<p>Idéslussprojektet såg att nya värden uppstod kring samskapande upphandling. Med det menas att kommunen tar fram lösningen tillsammans med andra: leverantörer, forskare, medarbetare och de invånare som ska använda den. Arbetet börjar med behovet, fortsätter med dialog och ofta ett test i liten skala, och först därefter bestämmer kommunen vad som ska köpas och hur.</p>"
                "<p>Lagen om offentlig upphandling ger utrymme för detta. Kommunen får föra dialog med leverantörer före en upphandling, så länge ingen får fördelar som snedvrider konkurrensen. Funktionskrav beskriver vad en lösning ska klara i stället för hur den ska se ut. För behov som ingen lösning på marknaden möter finns förfaranden som innovationspartnerskap, där utveckling och köp hänger ihop. Upphandlingsmyndigheten har stöd för alla dessa sätt.</p>"
                "<p>Samskapande upphandling tar mer tid i början, men den minskar risken att kommunen köper något som ingen använder. Den ställer också krav på förvaltningen: någon måste leda dialogen, och verksamheten måste avsätta tid för att medarbetare och brukare kan delta. Här kommer testbäddarna in. I en testbädd kan en lösning prövas innan kommunen binder sig för flera år.</p>"
                "<p>För nämnden är frågan vilka upphandlingar som borde öppnas för nya lösningar. Det gäller särskilt när ett avtal ska förnyas inom ett område där behoven förändras snabbt, som välfärdsteknik i äldreomsorgen eller stöd för kommunikation i funktionshinderomsorgen. Nämnden kan ge förvaltningen i uppdrag att beskriva behovet i stället för lösningen, att föra dialog med leverantörer och användare och att pröva i liten skala först.</p>"
                "<p>Jämställdhet och tillgänglighet hör också hit. Krav på tillgänglighet för alla användare, och en fråga om hur lösningen påverkar kvinnor och män olika, går att skriva in redan i underlaget. Det är lättare än att ställa krav på en leverantör i efterhand, när avtalet redan är skrivet.</p>",
                "<p>Municipalities buy goods and services for large sums every year. How a procurement is written decides whether new solutions get a chance. If the tender documents say exactly how something is to be done, for example a particular alarm with particular features, only the suppliers who already sell exactly that can win. If the documents instead describe the need and the result the municipality wants, suppliers can propose other and sometimes better ways.</p>"
                "<p>The idea sluice project saw new value arise around co-creative procurement. This means that the municipality develops the solution together with others: suppliers, researchers, staff and the residents who will use it. The work starts with the need, continues with dialogue and often a small-scale test, and only then does the municipality decide what to buy and how.</p>"
                "<p>Swedish public procurement law leaves room for this. A municipality may hold a dialogue with suppliers before a procurement, as long as no one gains an advantage that distorts competition. Functional requirements describe what a solution must achieve rather than what it must look like. For needs that no solution on the market meets, there are procedures such as the innovation partnership, in which development and purchase are linked. The National Agency for Public Procurement (Upphandlingsmyndigheten) offers guidance on all of these.</p>"
                "<p>Co-creative procurement takes more time at the start, but it reduces the risk of buying something nobody uses. It also asks something of the administration: someone has to lead the dialogue, and the service has to set aside time so that staff and service users can take part. This is where testbeds come in. In a testbed, a solution can be tried out before the municipality commits itself for several years.</p>"
                "<p>For the committee, the question is which procurements should be opened to new solutions. This applies especially when a contract is due for renewal in an area where needs change quickly, such as welfare technology in elderly care or communication aids in disability care. The committee can ask the administration to describe the need rather than the solution, to hold a dialogue with suppliers and users, and to try things on a small scale first.</p>"
                "<p>Gender equality and accessibility belong here too. Requirements for accessibility for all users, and a question on how the solution affects women and men differently, can be written into the tender documents from the start. That is easier than making demands of a supplier afterwards, once the contract has been signed.</p>",
            ),
            (
                T("Kommunikationsstödet", "The communication aid"),
                T(
                    "<p>Avtalet för kommunikationsstöd i funktionshinderomsorgen löper ut om ett år. Det gamla underlaget beskrev en viss typ av surfplatta med en viss app. Personalen på två gruppbostäder berättar att flera boende har slutat använda appen och i stället pekar på bilder på papper. En logoped föreslår att kommunen först prövar två eller tre olika lösningar tillsammans med de boende, deras företrädare och personalen innan något nytt avtal skrivs.</p>",
                    "<p>The contract for communication aids in disability care expires in a year. The old tender described a certain type of tablet with a certain app. Staff at two group homes report that several residents have stopped using the app and point at pictures on paper instead. A speech therapist suggests that the municipality first tries two or three different solutions together with the residents, their representatives and the staff before any new contract is signed.</p>",
                ),
            ),
            T(
                "Vilken upphandling skulle kunna öppnas för nya lösningar de kommande åren?\n"
                "Vad behöver förvaltningen från nämnden för att våga göra det?\n"
                "Hur skulle ni ta med de boende i fallet med kommunikationsstödet, och hur får de stöd att säga sitt?",
                "Which procurement could be opened to new solutions in the coming years?\n"
                "What does the administration need from the committee to dare to do so?\n"
                "How would you include the residents in the communication aid case, and how do they get support to have their say?",
            ),
            T(
                "<ol><li>I grupper om tre eller fyra (25 minuter): gå igenom checklistan för en upphandling som nämnden ska besluta om, eller för kommunikationsstödet i fallet.</li><li>I samma grupp (15 minuter): skriv om en mening i underlaget så att den beskriver behovet i stället för lösningen.</li><li>I hela gruppen (15 minuter): vilka av checklistans frågor är svårast att svara ja på, och varför?</li></ol>",
                "<ol><li>In groups of three or four (25 minutes): go through the checklist for a procurement the committee is to decide on, or for the communication aid in the case.</li><li>In the same group (15 minutes): rewrite one sentence of the tender so that it describes the need rather than the solution.</li><li>With the whole group (15 minutes): which of the checklist's questions are hardest to answer yes to, and why?</li></ol>",
            ),
            T(
                "<ul><li>Upphandlingsmyndigheten: stöd om innovationsupphandling, dialog med leverantörer, funktionskrav och innovationspartnerskap.</li><li>Vinnova: material om innovationsupphandling och om att pröva nya lösningar i offentlig verksamhet.</li><li>Myndigheten för digital förvaltning (Digg): om tillgänglighetskrav när kommuner köper digitala tjänster.</li></ul>",
                "<ul><li>The National Agency for Public Procurement (Upphandlingsmyndigheten): guidance on innovation procurement, dialogue with suppliers, functional requirements and innovation partnerships.</li><li>Vinnova: material on innovation procurement and on trying out new solutions in public services.</li><li>The Agency for Digital Government (Digg): on accessibility requirements when municipalities buy digital services.</li></ul>",
            ),
            extra=[procurement_block],
        ),
    ]


def managers_modules(guide_block):
    return [
        module(
            T("Att ta emot en idé", "Receiving an idea"),
            T("ta-emot-en-ide", "receiving-an-idea"),
            60,
            T(
                "Det första samtalet avgör om medarbetaren kommer tillbaka med nästa idé.",
                "The first conversation decides whether the employee comes back with the next idea.",
            ),
            T(
                "<p>Efter modulen kan du</p><ul><li>ta emot en idé så att medarbetaren vill komma med fler</li><li>lyssna efter behovet bakom en idé</li><li>bestämma nästa steg tillsammans med medarbetaren, också när svaret blir nej</li></ul>",
                "<p>After the module you can</p><ul><li>receive an idea so that the employee wants to bring more</li><li>listen for the need behind an idea</li><li>agree on the next step with the employee, also when the answer is no</li></ul>",
            ),
            T(
                "<p>De flesta idéer i en verksamhet föds hos dem som gör arbetet varje dag: undersköterskor, vårdbiträden, boendestödjare och personliga assistenter. De ser vad som krånglar och vad brukarna saknar. Men en idé som ingen tar emot försvinner, och den som har blivit avfärdad en gång kommer sällan tillbaka med nästa.</p>"
                "<p>Chefen har därför en nyckelroll. Det första samtalet om en idé handlar mindre om idén än om relationen. Medarbetaren ska känna sig lyssnad på och veta vad som händer härnäst. Det kostar ofta bara tio minuter, men det avgör om kulturen blir en där idéer delas eller en där de stannar i fikarummet.</p>"
                "<p>Lyssna först efter behovet. En idé kommer ofta som en lösning: ”vi borde ha en app för det här”. Fråga vad medarbetaren har sett, vem som har problemet och hur ofta det händer. Behovet är nästan alltid mer värt att ta vara på än den första lösningen, och det är behovet som Idéslussen bedömer.</p>"
                "<p>Här hjälper tanken bakom tillitsbaserad styrning och ledning. Den som känner arbetet bäst är ofta den som bäst kan utveckla det. Chefens uppgift är att ge förtroende, tid och stöd, inte att själv ha alla svar. Det betyder också att chefen inte behöver tro på en idé för att låta den prövas i liten skala.</p>"
                "<p>Bestäm nästa steg tillsammans. Det finns tre vanliga vägar: idén lämnas till Idéslussen, där en idéhandläggare och en idécoach tar vid; idén prövas direkt i liten skala på arbetsplatsen, om den är enkel och riskfri; eller idén får vänta, med ett besked om varför och när ni tar upp den igen. Oavsett väg ska medarbetaren få veta vad som händer. Idéslussen lovar den som lämnar en idé ett svar inom två veckor, och det är bra om chefen håller samma takt.</p>"
                "<p>Ibland blir svaret nej. Ett nej med en motivering och ett tack gör mindre skada än ett svar som aldrig kommer. Berätta vad som avgjorde, och fråga om medarbetaren ser något annat sätt att möta samma behov.</p>"
                "<p>Arbetsplatsträffen är ett bra ställe att visa att idéer tas på allvar: berätta vad som har hänt med gruppens idéer och fråga efter nya. Verktygslådan har ett färdigt upplägg för det.</p>",
                "<p>Most ideas in a service are born among the people who do the work every day: assistant nurses, care aides, housing support workers and personal assistants. They see what goes wrong and what service users are missing. But an idea that nobody receives disappears, and someone who has been brushed off once rarely comes back with the next one.</p>"
                "<p>The manager therefore plays a key part. The first conversation about an idea is less about the idea than about the relationship. The employee should feel listened to and know what happens next. It often takes only ten minutes, but it decides whether the culture becomes one where ideas are shared or one where they stay in the staff room.</p>"
                '<p>Listen for the need first. An idea often arrives as a solution: "we should have an app for this". Ask what the employee has seen, who has the problem and how often it happens. The need is almost always worth more than the first solution, and it is the need that the idea sluice assesses.</p>'
                "<p>The thinking behind trust-based governance and leadership helps here. The person who knows the work best is often the one best placed to develop it. The manager's task is to give trust, time and support, not to have all the answers. It also means that a manager does not need to believe in an idea to let it be tried on a small scale.</p>"
                "<p>Agree on the next step together. There are three common paths: the idea goes to the idea sluice, where an idea handler and an idea coach take over; the idea is tried directly at the workplace on a small scale, if it is simple and safe; or the idea waits, with an explanation of why and when you will come back to it. Whichever path you choose, the employee should know what happens. The idea sluice promises anyone who submits an idea an answer within two weeks, and it helps if the manager keeps the same pace.</p>"
                "<p>Sometimes the answer is no. A no with reasons and a thank-you does less harm than an answer that never comes. Say what decided the matter, and ask whether the employee sees another way of meeting the same need.</p>"
                "<p>The workplace meeting is a good place to show that ideas are taken seriously: report what has happened to the team's ideas and ask for new ones. The toolkit has a ready-made plan for this.</p>",
            ),
            (
                T("Idén i korridoren", "The idea in the corridor"),
                T(
                    "<p>En personlig assistent stannar sin chef i korridoren och säger att brukaren hon arbetar hos skulle klara mer själv med en röststyrd lampa och påminnelser i mobilen. Chefen är på väg till ett möte och svarar att det låter dyrt och att de kan ta det senare. Tre månader senare har ingen tagit upp det igen. Assistenten har slutat nämna idéer, och brukaren ringer fortfarande efter hjälp för att tända ljuset på natten.</p>",
                    "<p>A personal assistant stops her manager in the corridor and says that the service user she works for could manage more on his own with a voice-controlled lamp and reminders on his phone. The manager is on the way to a meeting and replies that it sounds expensive and that they can take it up later. Three months later nobody has brought it up again. The assistant has stopped mentioning ideas, and the service user still calls for help to switch on the light at night.</p>",
                ),
            ),
            T(
                "Hur tar du emot idéer i dag – på arbetsplatsträffen, i korridoren eller inte alls?\n"
                "Vad hade chefen i fallet kunnat säga på två minuter i korridoren?\n"
                "Vad gör du när du inte tror på en idé?",
                "How do you receive ideas today – at workplace meetings, in the corridor or not at all?\n"
                "What could the manager in the case have said in two minutes in the corridor?\n"
                "What do you do when you do not believe in an idea?",
            ),
            T(
                "<ol><li>I par (15 minuter): spela upp samtalet i korridoren på nytt med samtalsguiden. En är chef och en är assistent, och sedan byter ni.</li><li>I samma par (5 minuter): skriv ner vad som var svårast att göra som chef.</li><li>I hela gruppen (10 minuter): samla de svåraste momenten och ge varandra tips.</li><li>Efter kursen: använd samtalsguiden i ditt nästa samtal om en idé och skriv ner vad du lärde dig.</li></ol>",
                "<ol><li>In pairs (15 minutes): replay the corridor conversation with the conversation guide. One of you is the manager and the other the assistant, and then you swap.</li><li>In the same pair (5 minutes): write down what was hardest to do as the manager.</li><li>With the whole group (10 minutes): collect the hardest moments and give each other tips.</li><li>After the course: use the conversation guide in your next conversation about an idea and write down what you learned.</li></ol>",
            ),
            T(
                "<ul><li>Sveriges Kommuner och Regioner (SKR): stöd om tillitsbaserad styrning och ledning och om medarbetardriven utveckling.</li><li>Vinnova: material om innovation i offentlig sektor och om att ta tillvara medarbetares idéer.</li></ul>",
                "<ul><li>The Swedish Association of Local Authorities and Regions (SKR): support on trust-based governance and leadership and on staff-driven development.</li><li>Vinnova: material on innovation in the public sector and on making use of staff's ideas.</li></ul>",
            ),
            extra=[guide_block],
        ),
        module(
            T("Tid och utrymme att pröva", "Time and room to try things out"),
            T("tid-att-prova", "time-to-try"),
            90,
            T(
                "Ett försök behöver tid i schemat, en plats att pröva på, en analys av riskerna och en plan för uppföljning.",
                "A trial needs time in the rota, a place to try things out, an analysis of the risks and a plan for follow-up.",
            ),
            T(
                "<p>Efter modulen kan du</p><ul><li>planera ett litet försök tillsammans med en idécoach</li><li>avgöra om ett försök kräver riskanalys, konsekvensbedömning och samtycke</li><li>ordna samtycke från personer med kognitiva funktionsnedsättningar och deras företrädare</li><li>bestämma från början hur ni vet om försöket fungerade</li></ul>",
                "<p>After the module you can</p><ul><li>plan a small trial together with an idea coach</li><li>judge whether a trial needs a risk analysis, a data protection impact assessment and consent</li><li>arrange consent from people with cognitive impairments and their representatives</li><li>decide from the start how you will know whether the trial worked</li></ul>",
            ),
            T(
                "<p>En idé som ska prövas behöver mer än entusiasm. Den behöver tid i schemat för dem som deltar, en plats där försöket kan göras och en plan för hur ni vet om det fungerade. Planera försöket tillsammans med en idécoach, och börja litet: en avdelning, några veckor, ett fåtal deltagare.</p>"
                "<p>Testbäddarna i Piteå och Skellefteå gör det möjligt att pröva i en labbmiljö, en simulerad miljö eller en verklig miljö innan något förändras för alla brukare. En osäker lösning kan först prövas i en träningslägenhet utan brukare och flyttas till en verklig miljö när den fungerar där.</p>"
                "<p>Gör en riskanalys innan försöket börjar. Vad kan gå fel för brukarna, för medarbetarna och för verksamheten? Hur troligt är det, och hur allvarligt vore det? Bestäm vad ni gör för att minska varje risk och när försöket ska avbrytas. Riskmatrisen är ett enkelt stöd.</p>"
                "<p>Behandlar försöket personuppgifter, till exempel med kameror, sensorer eller larm i någons hem, gäller dataskyddsförordningen. Ta tidigt kontakt med dataskyddsombudet. När behandlingen kan innebära en hög risk för de personer som berörs, vilket ofta gäller övervakning och uppgifter om hälsa, ska en konsekvensbedömning avseende dataskydd göras innan försöket börjar. Den beskriver vilka uppgifter som behandlas, varför, vilka riskerna är och hur de hanteras.</p>"
                "<p>Deltagarna ska ge sitt samtycke, och det ska vara på riktigt. Förklara försöket muntligt och skriftligt, också på lätt svenska och med bilder. Personer med kognitiva funktionsnedsättningar ska få stöd att förstå och att ta ställning själva så långt det går. Prata också med den som företräder personen, till exempel en god man eller förvaltare, och med anhöriga. Den som säger nej, eller ångrar sig, ska få samma stöd som förut.</p>"
                "<p>Bestäm från början vad som ska mätas. Det kan vara tid, antal larm, hur brukarna sover eller vad medarbetarna tycker. Mät före försöket så att ni har något att jämföra med, och för en testlogg under tiden. Redovisa resultatet uppdelat på kön där det går.</p>"
                "<p>Till sist: skydda tiden. Ett försök som ska göras när det finns tid blir aldrig av. Lägg in tiden i schemat, och bestäm vem som driver försöket och vem som gör det ordinarie arbetet under tiden.</p>",
                "<p>An idea that is to be tried needs more than enthusiasm. It needs time in the rota for those who take part, a place where the trial can be done and a plan for how you will know whether it worked. Plan the trial with an idea coach, and start small: one ward, a few weeks, a handful of participants.</p>"
                "<p>The testbeds in Piteå and Skellefteå make it possible to try things in a lab, a simulated environment or a real-life environment before anything changes for all service users. An uncertain solution can first be tried in a training flat without service users and moved to a real-life environment once it works there.</p>"
                "<p>Analyse the risks before the trial starts. What could go wrong for service users, for staff and for the service? How likely is it, and how serious would it be? Decide what you will do to reduce each risk and when the trial must be stopped. The risk matrix is a simple aid.</p>"
                "<p>If the trial processes personal data, for example with cameras, sensors or alarms in someone's home, the General Data Protection Regulation applies. Contact the data protection officer early. When the processing is likely to mean a high risk for the people concerned, which is often the case with monitoring and health data, a data protection impact assessment must be made before the trial starts. It describes which data is processed, why, what the risks are and how they are handled.</p>"
                "<p>Participants must give their consent, and it must be real. Explain the trial orally and in writing, also in easy-to-read Swedish and with pictures. People with cognitive impairments should get support to understand and to decide for themselves as far as possible. Talk also to the person who represents them, for example a guardian or trustee, and to their relatives. Anyone who says no, or changes their mind, should get the same support as before.</p>"
                "<p>Decide from the start what will be measured. It could be time, the number of alarms, how service users sleep or what staff think. Measure before the trial so that you have something to compare with, and keep a test log along the way. Report the results by gender where possible.</p>"
                "<p>Finally, protect the time. A trial that is to be done when there is time never happens. Put the time into the rota, and decide who leads the trial and who does the ordinary work in the meantime.</p>",
            ),
            (
                T("Sensorerna i gruppbostaden", "The sensors in the group home"),
                T(
                    "<p>Personalen i en gruppbostad vill pröva sensorer som varnar när någon går upp på natten, så att nattpersonalen inte behöver titta in i lägenheterna. Två av de sex boende har svårt att förstå vad en sensor är. En av dem har en god man som bor i en annan kommun. Personalen vill börja nästa vecka.</p>",
                    "<p>Staff at a group home want to try sensors that alert them when someone gets up at night, so that the night staff do not have to look into the flats. Two of the six residents find it hard to understand what a sensor is. One of them has a guardian who lives in another municipality. The staff want to start next week.</p>",
                ),
            ),
            T(
                "Hur mycket tid kan din arbetsgrupp lägga på ett försök under en månad?\n"
                "Vad behöver göras innan försöket med sensorerna kan börja, och vem gör det?\n"
                "Hur vet ni att ett samtycke är på riktigt när någon har svårt att förstå vad försöket innebär?\n"
                "Vem i gruppen kan driva försöket?",
                "How much time can your team spend on a trial in a month?\n"
                "What needs to happen before the sensor trial can start, and who does it?\n"
                "How do you know that consent is real when someone finds it hard to understand what the trial means?\n"
                "Who in the team can lead the trial?",
            ),
            T(
                "<ol><li>Enskilt (10 minuter): skissa ett försök från din arbetsplats på en sida: behov, mål, tid, vem som deltar och hur ni följer upp.</li><li>I par (20 minuter): gå igenom skissen med de frågor som testfasen i Idéslussens metod ställer: risker, personuppgifter och samtycke. Skriv in det som saknas.</li><li>I hela gruppen (20 minuter): gå igenom fallet med sensorerna. Gör en lista över vad som ska göras före start, i vilken ordning och av vem.</li></ol>",
                "<ol><li>On your own (10 minutes): sketch a trial from your workplace on one page: need, goal, time, who takes part and how you will follow it up.</li><li>In pairs (20 minutes): go through the sketch with the questions the testing phase of the idea sluice method asks: risks, personal data and consent. Add what is missing.</li><li>With the whole group (20 minutes): go through the sensor case. Make a list of what must be done before the start, in what order and by whom.</li></ol>",
            ),
            T(
                "<ul><li>Integritetsskyddsmyndigheten (IMY): vägledning om konsekvensbedömning avseende dataskydd, om samtycke och om kamerabevakning.</li><li>Vinnova: material om testbäddar och om att pröva nya lösningar i vård och omsorg.</li><li>Myndigheten för delaktighet (MFD): om delaktighet och stöd i beslutsfattande för personer med funktionsnedsättning.</li></ul>",
                "<ul><li>The Swedish Authority for Privacy Protection (IMY): guidance on data protection impact assessments, on consent and on camera surveillance.</li><li>Vinnova: material on testbeds and on trying out new solutions in health and social care.</li><li>The Swedish Agency for Participation (MFD): on participation and support in decision-making for people with disabilities.</li></ul>",
            ),
        ),
        module(
            T("Att leda införandet", "Leading the implementation"),
            T("leda-inforandet", "leading-the-implementation"),
            90,
            T(
                "När ett försök har fungerat börjar det svåra: att göra det nya till vardag.",
                "When a trial has worked, the hard part begins: making the new way everyday work.",
            ),
            T(
                "<p>Efter modulen kan du</p><ul><li>göra en plan för att införa det som fungerade i försöket</li><li>skriva in det nya arbetssättet i verksamhetens ledningssystem för kvalitetsarbete</li><li>följa upp nyttan efter tre och sex månader</li><li>sprida ett nytt arbetssätt till fler enheter</li></ul>",
                "<p>After the module you can</p><ul><li>make a plan for implementing what worked in the trial</li><li>write the new way of working into the service's quality management system</li><li>follow up the benefit after three and six months</li><li>spread a new way of working to more units</li></ul>",
            ),
            T(
                "<p>Många försök fungerar men blir aldrig vardag. Försöket hade eldsjälar, extra tid och uppmärksamhet. När det är slut återgår allt till det gamla, och ett år senare minns ingen vad som prövades. Att leda införandet är därför ett eget arbete, och det är chefens.</p>"
                "<p>Börja med att bestämma vem som äger lösningen. Ägaren ser till att den fungerar, att den följs upp och att den ändras när behoven ändras. Utan ägare blir lösningen ingens ansvar.</p>"
                "<p>Skriv sedan in det nya arbetssättet i verksamhetens ledningssystem för kvalitetsarbete. Det betyder att rutinerna ändras, att introduktionen av nyanställda tar upp det nya och att uppföljningen mäter det. Här blir innovation en del av kvalitetsarbetet, som Idéslussen är tänkt att fungera. En avvikelse som visar att det nya inte fungerar är inte ett misslyckande, utan en signal att justera.</p>"
                "<p>Tänk på budgeten. Ett försök betalas ofta med projektpengar eller med tid som ingen räknar. Ett införande behöver en plats i den vanliga budgeten: licenser, utrustning, utbildning och den tid det tar. Behövs beslut om nya pengar eller en upphandling går frågan vidare till förvaltningen och ibland till nämnden.</p>"
                "<p>Sprid i steg. Börja med de enheter som liknar testplatsen mest och lär av dem innan ni går vidare. Låt dem som var med i försöket berätta för nästa arbetsgrupp: en kollega som har prövat övertygar mer än en chef som har läst en rapport. Om lösningen är digital, se till att den fungerar för alla som ska använda den, också för medarbetare som är ovana vid tekniken och för brukare med funktionsnedsättning.</p>"
                "<p>Ge medarbetarna inflytande över hur införandet går till. De vet vilka moment som tar tid och var det nya krockar med det gamla. Ett införande som görs tillsammans med arbetsgruppen, och inte över huvudet på den, håller längre. Det bygger också den tillit som gör att nästa idé kommer.</p>"
                "<p>Följ upp nyttan. Mät samma saker som i försöket efter tre och sex månader, så att ni kan jämföra. Fråga om det nya fungerar lika bra för alla brukare och medarbetare, kvinnor som män. Berätta resultatet för den som lämnade idén, för arbetsgruppen och för de förtroendevalda. Ett gott exempel som berättas vidare ger andra mod att pröva.</p>",
                "<p>Many trials work but never become everyday practice. The trial had enthusiasts, extra time and attention. When it ends, everything returns to the old ways, and a year later nobody remembers what was tried. Leading the implementation is therefore a task in its own right, and it belongs to the manager.</p>"
                "<p>Start by deciding who owns the solution. The owner makes sure it works, that it is followed up and that it changes when needs change. Without an owner, the solution is nobody's responsibility.</p>"
                "<p>Then write the new way of working into the service's quality management system. This means that procedures change, that the induction of new staff covers the new way and that follow-up measures it. This is where innovation becomes part of quality work, as the idea sluice is meant to work. A reported deviation showing that the new way does not work is not a failure but a signal to adjust.</p>"
                "<p>Think about the budget. A trial is often paid for with project money or with time that nobody counts. An implementation needs a place in the ordinary budget: licences, equipment, training and the time it takes. If new money or a procurement is needed, the question goes on to the administration and sometimes to the committee.</p>"
                "<p>Spread in steps. Start with the units most like the test site and learn from them before moving on. Let those who took part in the trial tell the next team about it: a colleague who has tried it convinces more than a manager who has read a report. If the solution is digital, make sure it works for everyone who is to use it, including staff who are not used to the technology and service users with disabilities.</p>"
                "<p>Give staff a say in how the implementation is done. They know which tasks take time and where the new way clashes with the old. An implementation done together with the team, rather than over its head, lasts longer. It also builds the trust that makes the next idea come.</p>"
                "<p>Follow up the benefit. Measure the same things as in the trial after three and six months so that you can compare. Ask whether the new way works equally well for all service users and staff, women and men alike. Tell the results to the person who proposed the idea, to the team and to the elected representatives. A good example that is passed on gives others the courage to try.</p>",
            ),
            (
                T("Den digitala nyckeln", "The digital key"),
                T(
                    "<p>Ett försök med digitala nycklar i hemtjänsten fungerade bra i en grupp: personalen slapp hämta nycklar och brukarna slapp oro för borttappade nycklar. Förvaltningen beslutade att införa dem i alla grupper. Ett halvår senare använde hälften av grupperna fortfarande vanliga nycklar. Det fanns ingen rutin för när låset inte fungerade, nyanställda fick ingen utbildning och ingen visste vem som skulle kontakta leverantören.</p>",
                    "<p>A trial of digital keys in home care worked well in one team: staff no longer had to collect keys and service users no longer worried about lost keys. The administration decided to introduce them in every team. Six months later, half of the teams were still using ordinary keys. There was no procedure for when a lock failed, new staff were not trained and nobody knew who should contact the supplier.</p>",
                ),
            ),
            T(
                "Vilka rutiner behöver ändras när det nya ska bli vardag?\n"
                "Vad hade behövts för att de digitala nycklarna skulle användas i alla grupper?\n"
                "Hur ser du till att nyanställda lär sig det nya arbetssättet?\n"
                "Hur berättar ni om resultatet för den som lämnade idén?",
                "Which procedures need to change when the new way becomes everyday work?\n"
                "What would have been needed for the digital keys to be used in every team?\n"
                "How do you make sure new staff learn the new way of working?\n"
                "How do you tell the person who proposed the idea about the results?",
            ),
            T(
                "<ol><li>Enskilt (10 minuter): välj ett försök från din arbetsplats eller fallet med de digitala nycklarna. Lista vad som behöver ändras för att det ska bli en del av det vanliga arbetet: rutiner, introduktion, budget och uppföljning.</li><li>I grupper om tre (20 minuter): gå igenom listorna och bestäm en ägare, en första enhet att sprida till och vad som ska mätas efter tre och sex månader.</li><li>I hela gruppen (15 minuter): vilka steg glöms oftast bort, och hur kan ledningssystemet påminna om dem?</li></ol>",
                "<ol><li>On your own (10 minutes): choose a trial from your workplace or the digital key case. List what needs to change for it to become part of everyday work: procedures, induction, budget and follow-up.</li><li>In groups of three (20 minutes): go through the lists and decide on an owner, a first unit to spread to and what will be measured after three and six months.</li><li>With the whole group (15 minutes): which steps are most often forgotten, and how can the management system remind you of them?</li></ol>",
            ),
            T(
                "<ul><li>Socialstyrelsen: föreskrifter och stöd om ledningssystem för systematiskt kvalitetsarbete.</li><li>Sveriges Kommuner och Regioner (SKR): stöd om välfärdsteknik och om att sprida nya arbetssätt i kommuner.</li><li>Myndigheten för digital förvaltning (Digg): om att införa digitala tjänster i offentlig förvaltning.</li></ul>",
                "<ul><li>The National Board of Health and Welfare (Socialstyrelsen): regulations and support on management systems for systematic quality work.</li><li>The Swedish Association of Local Authorities and Regions (SKR): support on welfare technology and on spreading new ways of working in municipalities.</li><li>The Agency for Digital Government (Digg): on introducing digital services in public administration.</li></ul>",
            ),
        ),
    ]
