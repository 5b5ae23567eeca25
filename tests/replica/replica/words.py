"""The replica's word pools: invented places and people (real organisations only), the
sentence and title templates, and the texts of the posts that carry a trap.

Plain data; writer.py fills the templates, generate.py makes the posts.
"""

from __future__ import annotations

from dataclasses import dataclass


def _lines(text: str) -> tuple[str, ...]:
    """One entry per non-blank line."""
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


def _list(text: str) -> tuple[str, ...]:
    """Comma-separated entries."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


@dataclass(frozen=True)
class Region:
    countries: tuple[str, ...]
    cities: tuple[str, ...]
    orgs: tuple[str, ...]
    currency: str


REGIONS = {
    "europe": Region(
        _list("Norvania, Estravia, Valdoria, Lusovia, Belmarkia, Tarvonia, Merania, Kelsovia"),
        _list(
            "Korvany, Istrevo, Brackholm, Orlenburg, Kesmark, Lorvest, Velbruck, Asterna,"
            " Merrowick, Tarnis"
        ),
        _list(
            "NATO, the European Union, the European Commission, the OSCE, the Council of Europe,"
            " the United Nations"
        ),
        "euros",
    ),
    "balkans": Region(
        _list("Drevania, Sorvenia, Montavia, Kostrava"),
        _list("Pellagrad, Dravnik, Hadrevo, Zelenpol, Vinsk, Ostrel"),
        _list("NATO, the European Union, the OSCE, the United Nations"),
        "euros",
    ),
    "asia": Region(
        _list("Harunai, Kesang, Lanpuri, Moravay"),
        _list("Sunpao, Karimbe, Tao Vien, Hollan Bay"),
        _list("ASEAN, the United Nations"),
        "dollars",
    ),
    "middle-east": Region(
        _list("Qasrana, Bahrat, Zafiria, Ourmia"),
        _list("Al-Mirath, Darsun, Kefra, Sahbaq"),
        _list("the Arab League, the United Nations, the Gulf Cooperation Council"),
        "dollars",
    ),
    "americas": Region(
        _list("Vellarica, San Caldero, Nortavia, Costa Brava del Sur"),
        _list("Puerto Alvar, Santa Verin, Cordal, Rio Tamas"),
        _list("the Organization of American States, the United Nations"),
        "dollars",
    ),
}
FIRST_NAMES = _list(
    "Marek, Ilona, Tomas, Vesna, Anders, Katrin, Luka, Petra, Jonas, Elena, Dario, Mira,"
    " Stefan, Lena, Oskar, Nadia, Viktor, Sabine, Goran, Helga, Amir, Leila, Kenji, Rosa"
)
LAST_NAMES = _list(
    "Tolvan, Rasmark, Drezan, Velander, Korhaug, Pastrano, Lindqvar, Morvek, Sallistra,"
    " Brenholt, Okrasa, Vintersen, Dalmarov, Feyrak, Quendel, Harvik, Ostrany, Belcourt"
)
AUTHORS = _list(
    "Clara Vintersen, Tomas Brenholt, Ilona Rasmark, Dario Pastrano, Nadia Okrasa,"
    " Jonas Velander, Mira Lindqvar, Stefan Korhaug"
)
AGENCIES = _list("Reuters, AP, AFP, EPA, Getty Images")
TAGS = _list(
    "NATO, Sanctions, Energy Security, Migration, Elections, Defense, Diplomacy,"
    " Cyber Security, EU Enlargement, Border Security, Terrorism, Arms Control"
)
OFFICIALS = _list(
    "Foreign Minister, Defense Minister, Prime Minister, Interior Minister, President"
)
ISSUES = _list(
    "energy security, border management, military cooperation, the gas pipeline project,"
    " cyber defense, the sanctions regime, the peace process, migration policy,"
    " election monitoring, arms exports, air defense, the grain corridor"
)
ACTIONS = _lines("""
    increase its military presence in the north
    suspend the agreement on visa-free travel
    expel two diplomats accused of espionage
    join the regional air defense initiative
    hold a referendum on the new security treaty
    cut its gas imports by half
""")
INSTITUTES = _list(
    "Institute for Strategic Studies, Center for Eastern Policy, Northern Strategy Forum,"
    " Institute for Regional Security"
)
MONTHS = _list(
    "January, February, March, April, May, June, July, August, September, October,"
    " November, December"
)
WEEKDAYS = _list("Monday, Tuesday, Wednesday, Thursday, Friday")


# Body sentences: {slot}s are filled from the lists above (see _Writer._slot_value).
SENTENCES = _lines("""
    {official} {person} said on {weekday} that {country} would {action}.
    The decision follows weeks of negotiations between {country} and {country2} over {issue}.
    Officials in {city} said that {number} military vehicles had moved closer to {country2}.
    Analysts in {city} warned that the dispute could delay progress on {issue} for months.
    The defense ministry of {country} announced an additional budget of {money} for {issue}.
    {org} called on both sides to return to the negotiating table and to avoid escalation.
    Opposition leader {person} criticized the plan during a televised debate in {city}.
    According to local media, the talks in {city} ended late in the evening without a statement.
    The agreement is expected to be signed before the end of {month}.
    Diplomats said the proposal would require the approval of all member states.
    Several thousand people gathered in the central square of {city} to protest.
    The government of {country} has repeatedly denied any involvement in the incident.
    A spokesperson for {org} said the mission would remain in the region until further notice.
    Trade between {country} and {country2} fell by {pct} percent last year, officials said.
    Security forces increased patrols on the railway line between {city} and {city2}.
    {person}, a researcher at the {institute}, said the move reflected concern about {issue}.
    The parliament in {city} is expected to vote on the measure next week.
    Both countries have been urged by {org} to settle their differences through dialogue.
    Police detained {number} people in {city} on suspicion of planning attacks.
    The new law gives the security services broader powers to monitor foreign funding.
    Energy prices in {country} have risen since the pipeline through {country2} closed in {month}.
    {official} {person} is due to visit {city} on {weekday} to discuss {issue}.
    The ministry said that {big} soldiers would take part in the joint exercise near {city}.
    Critics argue that the measures do little to address the root causes of the crisis.
    On {weekday}, the foreign ministry of {country} described the accusations as groundless.
    Observers from {org} reported a number of irregularities at polling stations in {city}.
    The previous round of talks collapsed in {month} after both delegations left {city} early.
    Local authorities in {city2} said the situation had returned to normal by the evening.
""")
LINK_SENTENCE = (
    "The dispute has been building for months, as IRIA reported in its coverage of {issue}."
)
HEADINGS = _lines("""
    Reaction in {city}
    Background to the dispute
    What comes next
    Economic impact on {country}
    A fragile ceasefire
    Regional implications
    The view from {city}
""")
LIST_ITEMS = _lines("""
    Additional funding of {money} for {issue}.
    A joint command center in {city}.
    Regular consultations with {org}.
    Stricter checks at the border with {country2}.
    New training programs for the police in {city2}.
    An independent review of {issue} by the end of {month}.
""")
QUOTES = _lines("""
    “We will not accept any decision that threatens our security,” {person} told reporters.
    “Dialogue is the only way to resolve {issue},” a senior diplomat from {country} said.
    “The coming weeks will show whether both sides are serious about peace,” said {person}.
""")
TITLES = _lines("""
    {country} signs defense pact with {country2}
    {org} rejects {country}’s request to deploy troops near {city}
    Protests erupt in {city} over {issue}
    {country} expels {country2} diplomats after espionage row
    {country} to raise spending on {issue}
    Talks on {issue} stall in {city}
    {country} and {country2} agree to reopen border crossing at {city}
    {country}’s interior minister resigns after {city} riots
    {org} extends its mission in {country} for another year
    {country} holds snap election amid concerns over {issue}
    {country} arrests suspects in {city} bombing plot
    {country} unveils plan to strengthen {issue}
    {country2} accuses {country} of cyberattack on {city} airport
    {org} warns {country} over {issue}
    Flooding in {city} prompts state of emergency in {country}
    {country} and {org} launch talks on {issue}
""")
DESCRIPTIONS = _lines("""
    {country} and {country2} remain divided over {issue} as talks in {city} continue.
    An overview of the latest developments on {issue} in {country}.
    What the decision by {org} means for {issue} in the region.
    Officials in {city} respond to growing pressure over {issue}.
""")
CAPTION = "{scene} near {landmark} in {city}, {country}. (Image Credit: {person}/{agency})"
CAPTION_SCENES = _lines("""
    Police officers stand guard
    Soldiers patrol the area
    Protesters gather
    Delegates arrive for talks
    Rescue workers search the rubble
    Members of a peacekeeping force patrol the area
""")
CAPTION_PLACES = _list(
    "the parliament building, the border crossing, the central railway station,"
    " the presidential palace, the harbor"
)
COMMENTERS = _list(
    "Tomasz K., peacewatcher, D. Halloran, Marta from Velbruck, analyst_77, Sven L.,"
    " Ana Mirescu, old_diplomat"
)
# Comments: opinions, never sentences of an article body.
COMMENTS = _lines("""
    I disagree with the analysis of {issue} in this piece.
    Thank you for the clear overview, it helped me understand what is happening in {country}.
    Does anyone know when the next round of talks is scheduled?
    The article leaves out the economic side of {issue}, which matters most to ordinary people.
    Very informative, please keep following the situation in {city}.
    I lived in {city} for six years and this matches what my former neighbours tell me.
    Interesting read, but the figures quoted seem far too optimistic to me.
    Let us hope the authorities handle this peacefully.
""")

# The trap posts' fixed text (slots filled per run). They sound like boilerplate
# (copyright, subscribing) but are article text a good extractor must keep.
VUCIC_TITLE = "Vučić says EU-Serbia talks on energy & trade will resume next month"
VUCIC_PARAGRAPH = (
    "Serbian President Aleksandar Vučić said on {weekday} that the EU-Serbia dialogue on energy "
    "and trade would resume next month in {city}. He told reporters that Belgrade remained "
    "committed to the talks but expected concrete guarantees on {issue}. Diplomats from {org} "
    "described the announcement as a cautious step forward."
)
COPYRIGHT_TITLE = "European Parliament backs copyright reform for online platforms"
COPYRIGHT_PARAGRAPH = (
    "The European Parliament voted on a copyright reform that would oblige large online platforms "
    "to pay news publishers for the use of their articles. Copyright holders in {country} welcomed "
    "the decision, while digital rights groups in {city} warned that the new rules could restrict "
    "the sharing of information. The text must now be approved by national governments before it "
    "enters into force."
)
SUBSCRIBE_TITLE = "Floods in {city} force thousands from their homes"
SUBSCRIBE_PARAGRAPH = (
    "After the floods in {city}, the interior ministry of {country} urged residents to prepare for "
    "further evacuations. Citizens can subscribe to the ministry's emergency alerts by sending a "
    "text message to a free national number, and local radio stations will broadcast updates "
    "every hour. Officials said more than {big} people had already registered for the service."
)
SCRIPT_TITLE = "{country} publishes full text of security agreement with {country2}"
SCRIPT_LINK_PARAGRAPH = (
    "Readers who want the complete statement can follow a link to the ministry archive, which "
    "publishes all official documents in three languages. The archive also holds the earlier "
    "versions of the agreement that were discussed in {city} last year."
)
