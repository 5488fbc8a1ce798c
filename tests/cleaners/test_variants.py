"""Generalisation tests: hand-written boilerplate the text rules were not written from.

Every case is a small made-up document of ordinary news paragraphs. Junk cases add one or more
boilerplate lines where real pages put them (a byline under the headline, a caption after the
first paragraph, an appeal at the foot) and check that exactly those lines go, under a fitting
rule id, with the metadata they carry. Look-alike cases add a line of real body text that merely
resembles boilerplate and check that it stays. The people, outlets and events are fictional.
"""

import re
from dataclasses import dataclass

import pytest

from cleaners import clean

# ---------------------------------------------------------------------------------------------
# Body paragraphs: ordinary prose on varied topics. Each starts with a long sentence, so that no
# body opens with a headline-shaped line, and none of them should trigger any rule.
# ---------------------------------------------------------------------------------------------

ECONOMY = (
    "Consumer prices in the eurozone rose 2.4% in February from a year earlier, slightly faster "
    "than economists had expected, as the cost of services continued to climb.",
    "Core inflation, which strips out volatile food and energy prices, eased to 2.6%, its lowest "
    "level in more than three years, according to preliminary figures from the EU statistics "
    "office.",
    "Analysts said the mixed picture was unlikely to stop the European Central Bank from lowering "
    "borrowing costs again at its meeting next week.",
    "“Services inflation remains sticky, but the direction of travel is clear,” said Marta "
    "Lindgren, chief economist at a Stockholm-based bank.",
)

FOOTBALL = (
    "A stoppage-time header from the teenage defender Callum Reid gave Harlow Town a 2-1 win over "
    "Bexley United on Saturday and lifted them out of the relegation zone for the first time "
    "since October.",
    "Bexley had led through a first-half penalty and looked comfortable until the hosts switched "
    "to three at the back with 20 minutes remaining.",
    "Reid, who turned 18 last month, rose highest to meet a corner from the left and send the "
    "home supporters into raptures.",
    "The two sides meet again in the county cup quarter-final in a fortnight.",
)

SCIENCE = (
    "Astronomers using the James Webb Space Telescope have detected water vapour in the "
    "atmosphere of a rocky planet orbiting a small red star about 40 light years from Earth, "
    "researchers reported on Wednesday.",
    "The planet, slightly larger than Earth, completes an orbit every six days and is probably "
    "too hot to hold liquid water on its surface.",
    "Still, the team said the finding showed that some rocky worlds around red dwarfs can keep "
    "an atmosphere despite intense radiation from their stars.",
    "The findings appear in the journal Nature Astronomy.",
)

COUNCIL = (
    "Members of the Ashford County Board of Supervisors voted 4-1 on Tuesday night to approve a "
    "$38 million plan to rebuild the aging water treatment plant on the east side of town.",
    "The vote followed more than three hours of public comment, much of it from residents worried "
    "about the effect on their monthly bills.",
    "Under the plan, the average household will pay about $9 more a month starting in July, with "
    "the increase phased in over two years.",
    "Supervisor Denise Carver, the lone no vote, said the county should have sought more state "
    "and federal grants before raising rates.",
)

COURT = (
    "A federal judge in Boston on Thursday blocked a rule that would have required community "
    "health centers to verify the immigration status of patients, finding that the "
    "administration had likely exceeded its authority.",
    "In a 42-page ruling, the judge wrote that Congress had never authorized the agency to impose "
    "such a condition on grant recipients.",
    "Lawyers for the government said they would appeal the decision to the 1st U.S. Circuit Court "
    "of Appeals.",
    "The rule had been due to take effect on April 1 and would have affected roughly 1,400 "
    "clinics nationwide.",
)

HEALTH = (
    "Hospitals across the region are asking visitors to wear masks again after a sharp rise in "
    "flu and norovirus cases over the past fortnight, health officials said on Monday.",
    "Admissions for flu have almost doubled in two weeks, and several wards have been closed to "
    "new patients to stop the spread of infection.",
    "The trust's medical director, Dr Imran Shah, said the measures were temporary and would be "
    "reviewed at the end of the month.",
    "People with symptoms are being asked not to visit relatives in hospital until they have been "
    "clear for at least 48 hours.",
)

FLOODS = (
    "Heavy rain that fell for more than 30 hours flooded hundreds of homes in the southern "
    "Brazilian state of Rio Grande do Sul, forcing thousands of people to leave, state "
    "authorities said on Monday.",
    "Rivers in the state capital rose to levels not seen in decades, and the main bus station "
    "was closed as water reached the ticket hall.",
    "Forecasters said more rain was expected over the weekend, though at lower intensity.",
    "Scientists have linked the growing frequency of such extreme downpours in the region to a "
    "warming climate.",
)

CHIPS = (
    "The chipmaker said on Wednesday that revenue in its latest quarter rose 18% to $9.6 billion, "
    "beating analysts' forecasts on strong demand for processors used in data centers.",
    "Its shares rose more than 6% in after-hours trading.",
    "The company raised its full-year forecast but warned that export restrictions could weigh on "
    "sales in China in the second half.",
    "Chief executive Laura Brandt told analysts the firm was on track to open its new plant in "
    "Ohio next year.",
)

STRIKE = (
    "Teachers in more than 200 schools across the province walked off the job on Monday after "
    "talks over pay and class sizes broke down late on Sunday night.",
    "The union says its members have gone without a real-terms pay rise for almost a decade and "
    "that classes of 35 or more pupils have become routine.",
    "The education minister called the strike irresponsible and urged both sides to return to the "
    "negotiating table.",
    "Parents were advised to check with their children's schools about arrangements for the rest "
    "of the week.",
)

RAIL = (
    "Commuters faced a second day of disruption on Wednesday after a signal failure near Clapham "
    "Junction forced the cancellation of dozens of trains into London Waterloo.",
    "Network Rail said engineers had worked through the night to replace damaged cables but that "
    "some services would remain suspended until the afternoon.",
    "Passengers were advised to allow extra time for their journeys and to check before travelling.",
)

CINEMA = (
    "The city's oldest independent cinema will reopen in the autumn after a two-year restoration "
    "that uncovered original 1920s plasterwork hidden behind decades of paint.",
    "The 400-seat auditorium has been fitted with new seating and a projector that can show both "
    "digital films and 35mm prints.",
    "The trust that runs the building said it hoped to screen classic films on weekday afternoons "
    "for older residents.",
    "Tickets for the opening season go on sale next month.",
)

INSULIN = (
    "Lawmakers in the state Senate passed a bill late on Thursday that would cap the price of "
    "insulin at $35 a month for people with private insurance, sending the measure to the "
    "governor's desk.",
    "The bill passed 31-7 after an amendment exempting some small employers was added to win over "
    "several Republican members.",
    "The governor has said she supports the cap and is expected to sign it next week.",
    "If signed, the law would take effect on Jan. 1.",
)

WHEAT = (
    "Wheat farmers on the Canadian Prairies are bracing for a smaller harvest after the driest "
    "spring in two decades left crops stunted across much of Saskatchewan and Alberta.",
    "Provincial crop reports released this week rated less than a third of the wheat crop as good "
    "or excellent, compared with more than half at the same point last year.",
    "Some farmers have already begun cutting drought-damaged fields for cattle feed.",
    "Grain prices have risen about 8% since the start of June on concerns about lower supplies.",
)

BURGLARY = (
    "Police have charged a 34-year-old man with burglary after a string of break-ins at shops "
    "along the high street over the Christmas period.",
    "Officers said laptops, phones and more than £3,000 in cash were taken from six businesses "
    "between December 20 and January 2.",
    "The man was arrested at an address in the town on Friday and is due to appear before "
    "magistrates on Monday.",
)

LANDER = (
    "A private lunar lander touched down near the moon's south pole on Thursday, the company that "
    "built it said, making it only the second commercial spacecraft to land intact on the lunar "
    "surface.",
    "Flight controllers in Texas confirmed that the lander was upright and sending data about an "
    "hour after touchdown.",
    "The craft is carrying instruments for NASA that will study the lunar soil and test a new "
    "kind of navigation system.",
    "It is expected to operate for about two weeks, until the sun sets over the landing site.",
)

MARATHON = (
    "Kenya's Ruth Wanjiru won the city marathon on Sunday in 2 hours 18 minutes and 40 seconds, "
    "breaking the course record by almost a minute in cool, calm conditions.",
    "She pulled away from a group of four runners shortly after the 30-kilometre mark and crossed "
    "the line more than a minute ahead of her nearest rival.",
    "More than 38,000 people started the race, the largest field in its 42-year history.",
    "The men's race was won by Ethiopia's Dawit Bekele in 2:05:11.",
)

HOUSING = (
    "House prices in the capital fell for a fourth consecutive month in January as higher "
    "mortgage rates continued to deter first-time buyers, according to figures released on "
    "Thursday by a major lender.",
    "The average price of a home in the city is now about 3% lower than a year ago, while prices "
    "in the rest of the country have risen slightly.",
    "Estate agents said demand had picked up in recent weeks as lenders cut rates on fixed mortgages.",
)

WILDFIRE = (
    "Firefighters were making progress on Sunday against a wildfire that has burned more than "
    "12,000 acres in the hills north of the city and destroyed at least 40 homes.",
    "Fire officials said the blaze was 35% contained after cooler temperatures and lighter winds "
    "overnight allowed crews to cut containment lines.",
    "About 9,000 residents remained under evacuation orders, and several schools were closed.",
    "The cause of the fire is under investigation.",
)

FACTORY = (
    "New orders at U.S. factories fell for a third straight month in February as manufacturers "
    "reported that higher costs for imported steel and components were eating into demand.",
    "The decline was led by orders for machinery and transport equipment, while orders for "
    "computers and electronics edged up.",
    "Several companies said customers were delaying purchases until the outlook for trade policy "
    "became clearer.",
    "Economists expect manufacturing to remain weak through the first half of the year.",
)

FERRY = (
    "Islanders face a week without a regular ferry service after the operator withdrew its "
    "largest vessel from service to repair a fault in one of its engines.",
    "A smaller replacement ship will run a reduced timetable, carrying foot passengers and a "
    "limited number of vehicles on each crossing.",
    "Business owners on the island said the disruption could hardly have come at a worse time, "
    "with the Easter holidays about to begin.",
    "The operator apologised and said priority would be given to essential deliveries.",
)

RESERVOIR = (
    "Water levels at the largest reservoir on the Rio Grande fell to their lowest point on record "
    "this week, prompting officials in several border towns to announce rationing.",
    "The reservoir is now less than 15% full, according to data from the international boundary "
    "commission that manages it.",
    "Farmers downstream have been told to expect sharply reduced allocations for the autumn planting season.",
    "Residents of Del Rio will be limited to watering their lawns once a week from Monday.",
)

FESTIVAL = (
    "Thousands of people lined the quayside on Saturday as the harbour festival returned for the "
    "first time in three years with a parade of tall ships and fishing boats.",
    "Organisers had cancelled the last two festivals after losing their main sponsor and "
    "struggling to cover the cost of insurance.",
    "This year's event was paid for by a grant from the town council and contributions from "
    "local businesses.",
    "A fireworks display over the water closed the first day.",
)

HEATWAVE = (
    "Temperatures topped 40C in parts of Germany and Austria on Tuesday as a heatwave that has "
    "gripped southern Europe for two weeks pushed north.",
    "Authorities in Vienna opened cooling centers and extended the opening hours of public swimming pools.",
    "In Bavaria, farmers were told to stop drawing water from rivers after levels fell below "
    "minimum thresholds.",
    "Meteorologists said the heat would ease from Friday as a band of thunderstorms moves in from the west.",
)


# ---------------------------------------------------------------------------------------------
# Case helpers
# ---------------------------------------------------------------------------------------------

TOP, END = "top", "end"


@dataclass(frozen=True)
class Junk:
    """A boilerplate line, the rule ids that may fairly claim it, and where it sits on the page:
    TOP (above the body), END (below it) or an int n (after the first n body paragraphs)."""

    text: str
    rules: frozenset[str]
    at: str | int


def _kind(*rules: str, at: str | int):
    def make(text: str, at: str | int = at) -> Junk:
        return Junk(text, frozenset(rules), at)

    return make


# Each kind of junk with the place real pages usually put it (override with at=...).
donation = _kind("donation_appeal", at=END)
membership = _kind("donation_appeal", "newsletter_appeal", at=END)
newsletter = _kind("newsletter_appeal", at=END)
form_field = _kind("newsletter_appeal", "widget_placeholder", at=END)
channel = _kind("social_follow", "newsletter_appeal", at=END)
social = _kind("social_follow", at=END)
caption = _kind("photo_caption", at=1)
caption_copy = _kind("photo_caption_repeat", "photo_caption", at=1)
byline = _kind("byline", at=TOP)
dateline = _kind("dateline", at=TOP)
share = _kind("share_row", at=TOP)
share_or_widget = _kind("share_row", "widget_placeholder", at=END)
crumb = _kind("breadcrumb", at=TOP)
licence = _kind("license_footer", at=END)
widget = _kind("widget_placeholder", at=2)
gallery = _kind("gallery_counter", at=1)
nav = _kind("trailing_nav", at=END)
pixel = _kind("tracking_pixel", at=END)
markup = _kind("stray_markup", at=TOP)
banner = _kind("page_date_banner", at=TOP)
header = _kind("header_field", at=TOP)
title = _kind("title", at=TOP)


class Variant:
    """A junk case: body paragraphs, the junk laid out around them, the metadata expected.

    meta keys: title, author (exact list), author_includes, sitename, date (ISO prefix),
    license (exact), has_license, categories (exact list).
    """

    def __init__(self, id: str, body: tuple, *junk: Junk, meta=None, spaced: bool = False):
        self.id, self.body, self.junk = id, list(body), list(junk)
        self.meta = meta or {}
        self.spaced = spaced  # blank line between paragraphs in the input

    def lines(self) -> list[str]:
        def placed(at):
            return [j.text for j in self.junk if j.at == at]

        out = placed(TOP)
        for n, paragraph in enumerate(self.body):
            out += [*placed(n), paragraph]
        return out + placed(len(self.body)) + placed(END)

    def render(self) -> str:
        return ("\n\n" if self.spaced else "\n").join(self.lines()) + "\n"


V = Variant

# ---------------------------------------------------------------------------------------------
# 1. Junk variants
# ---------------------------------------------------------------------------------------------

DONATION_CASES = [
    V(
        "donation-public-radio-pledge",
        CINEMA,
        donation(
            "Stories like this are made possible by listeners like you. Make your pledge to "
            "WKRV Public Radio during our spring fund drive."
        ),
    ),
    V(
        "donation-nonprofit-newsroom",
        RESERVOIR,
        donation(
            "The Borderland Report is an independent, nonprofit newsroom. We don't have a "
            "paywall, and we depend on readers to pay for our work. Donate today."
        ),
    ),
    V(
        "donation-reader-funded",
        HEATWAVE,
        donation(
            "We're reader-funded, which means no billionaire owner decides what we cover. If "
            "you're able to, please support us with a contribution of any amount – it takes "
            "less than a minute."
        ),
    ),
    V(
        "donation-coffee-patreon",
        LANDER,
        donation(
            "If you enjoyed this piece, you can buy us a coffee on Ko-fi or back us on Patreon. "
            "Every little bit keeps the site running."
        ),
    ),
    V(
        "membership-become-a-member",
        COUNCIL,
        membership(
            "Become a member of the Highland Courier for $8 a month and help keep independent "
            "local journalism alive."
        ),
    ),
    V(
        "donation-chip-in",
        INSULIN,
        donation("Can you chip in $10 right now to help us reach our goal of 1,500 donors before midnight?"),
    ),
    V(
        "donation-tax-deductible-match",
        WILDFIRE,
        donation(
            "Gifts to the Mountain State Observer are tax-deductible, and until Dec. 31 every "
            "new monthly donation will be matched dollar for dollar."
        ),
    ),
    V(
        "donation-uk-one-off-or-regular",
        BURGLARY,
        donation(
            "Please consider supporting our journalism from as little as £2 – whether it's a "
            "one-off payment or a regular contribution, it makes a real difference. Thank you."
        ),
    ),
    V(
        "donation-india-rupees",
        WHEAT,
        donation(
            "Independent journalism needs independent funding. Support us with a contribution "
            "of ₹500 or more and help us stay free of corporate influence."
        ),
    ),
    V(
        "donation-heading-plus-paragraph",
        STRIKE,
        donation("Support our journalism"),
        donation(
            "Our reporters cover the legislature, the schools and the courts so you don't have "
            "to. If you value that work, make a donation today."
        ),
    ),
    V(
        "donation-inline-mid-body",
        HOUSING,
        donation("Like what you're reading? Donate to keep local news free for everyone.", at=2),
    ),
    V(
        "donation-australian-supporter",
        MARATHON,
        membership("Help us keep telling the stories that matter – become a supporter from just $1 a week."),
    ),
]

NEWSLETTER_CASES = [
    V(
        "newsletter-morning-briefing",
        ECONOMY,
        newsletter(
            "Sign up for The Morning Dispatch, our free weekday briefing on the five stories "
            "you need to know before work."
        ),
    ),
    V(
        "newsletter-to-your-inbox",
        FOOTBALL,
        newsletter(
            "Get the week's best local sport delivered straight to your inbox every Friday – sign up now."
        ),
    ),
    V(
        "subscribe-unlimited-access",
        COUNCIL,
        newsletter(
            "Subscribe to the Valley Courier today for unlimited digital access to local news, "
            "sport and obituaries."
        ),
    ),
    V(
        "paywall-subscribers-only",
        HOUSING,
        newsletter(
            "This article is available to subscribers only. Subscribe now and get your first "
            "three months for $1.",
            at=1,
        ),
    ),
    V(
        "paywall-already-subscriber",
        CHIPS,
        newsletter("Already a subscriber? Log in to keep reading."),
    ),
    V(
        "paywall-free-article-meter",
        COURT,
        newsletter("You have read 4 of your 5 free articles this month.", at=TOP),
    ),
    V(
        "newsletter-mid-body-climate",
        FLOODS,
        newsletter(
            "Want more climate coverage? Sign up for our free weekly newsletter, Hot Planet.",
            at=2,
        ),
    ),
    V(
        "newsletter-form-residue",
        INSULIN,
        newsletter("Get our politics newsletter in your inbox every weekday"),
        form_field("Enter your email address"),
        form_field("Subscribe"),
    ),
]

SOCIAL_CASES = [
    V(
        "social-follow-on-x",
        WILDFIRE,
        social("Follow us on X @CountyLiveNews for breaking news as it happens."),
    ),
    V(
        "social-instagram-threads",
        CINEMA,
        social("Follow The Ledger on Instagram and Threads for behind-the-scenes photos from our newsroom."),
    ),
    V(
        "social-like-facebook-page",
        COUNCIL,
        social("Like our Facebook page to get the latest stories from Ashford County in your feed."),
    ),
    V(
        "social-whatsapp-channel",
        FLOODS,
        channel("Join our WhatsApp channel to get the day's top headlines on your phone."),
    ),
    V(
        "social-telegram-channel",
        HEATWAVE,
        channel("Stay updated: join our Telegram channel at t.me/coastnewsdaily"),
    ),
    V(
        "social-mastodon-bluesky",
        SCIENCE,
        social("You can also find us on Mastodon at @newsdesk@mastodon.social and on Bluesky."),
    ),
    V(
        "social-several-networks",
        MARATHON,
        social("Follow Running Weekly on Facebook, X and YouTube"),
    ),
]

CAPTION_CASES = [
    V(
        "caption-reuters-slash-purchase-rights",
        CHIPS,
        caption(
            "A technician inspects a silicon wafer at the company's plant in Hillsboro, "
            "Oregon, U.S., May 14, 2024. REUTERS/Dana Whitfield/File Photo Purchase Licensing "
            "Rights"
        ),
    ),
    V(
        "caption-guardian-photograph-getty",
        FOOTBALL,
        caption(
            "Callum Reid celebrates after scoring the winner in stoppage time. Photograph: "
            "Neil Holden/Getty Images"
        ),
    ),
    V(
        "caption-afp-via-getty",
        FLOODS,
        caption(
            "Residents wade through a flooded street in Porto Alegre on May 6. (Photo by "
            "CARLOS FABRI / AFP) (Photo by CARLOS FABRI/AFP via Getty Images)"
        ),
    ),
    V(
        "caption-epa-efe",
        HEATWAVE,
        caption(
            "People cool off in a fountain in central Vienna, Austria, 15 July 2025. EPA-EFE/MAX HOFBAUER"
        ),
    ),
    V(
        "caption-ap-photo-with-weekday-date",
        WILDFIRE,
        caption(
            "A firefighter monitors flames near a ridge above Pine Valley, Calif., Saturday, "
            "Aug. 9, 2025. (AP Photo/Noah Berger-Lane)"
        ),
    ),
    V(
        "caption-name-slash-agency",
        ECONOMY,
        caption("Shoppers at a market stall in Lisbon. (Inês Carvalho/Bloomberg)"),
    ),
    V(
        "caption-photo-colon-bloomberg",
        CHIPS,
        caption(
            "The company's headquarters in Santa Clara, California. Photo: Kevin Marsh/Bloomberg",
            at=2,
        ),
    ),
    V(
        "caption-credit-colon",
        STRIKE,
        caption(
            "Teachers picket outside a secondary school in Regina on Monday. Credit: Owen "
            "Harcourt/The Canadian Press"
        ),
    ),
    V(
        "caption-nyt-credit-dots",
        COURT,
        caption(
            "The federal courthouse in Boston, where the case was heard.Credit...Sophie Park "
            "for The New York Times"
        ),
    ),
    V(
        "caption-bbc-image-source-and-caption",
        RAIL,
        caption("Image source, PA Media"),
        caption_copy("Image caption, Engineers worked through the night near Clapham Junction"),
    ),
    V(
        "caption-uncredited-copy-then-credited",
        BURGLARY,
        caption_copy("Police outside one of the shops targeted on the high street."),
        caption("Police outside one of the shops targeted on the high street. (Peter Lowry/PA Wire)"),
    ),
    V(
        "caption-photo-by-for-outlet",
        RESERVOIR,
        caption(
            "A dry boat ramp at the reservoir near Del Rio in August. (Photo by Jordan Vance "
            "for the Borderland Report)"
        ),
    ),
    V(
        "caption-aap-image",
        MARATHON,
        caption("Ruth Wanjiru crosses the finish line. AAP Image/Dean Whitaker"),
    ),
    V(
        "caption-getty-images-alone",
        HEALTH,
        caption("A nurse walks along a hospital corridor. Getty Images"),
    ),
]

BYLINE_CASES = [
    V(
        "byline-single-name",
        HEALTH,
        byline("By Priya Raman"),
        meta={"author": ["Priya Raman"]},
    ),
    V(
        "byline-two-names",
        RAIL,
        byline("By Tom Hollis and Aisha Bello"),
        meta={"author": ["Tom Hollis", "Aisha Bello"]},
    ),
    V(
        "byline-capitals-with-outlet",
        WILDFIRE,
        byline("By JONAH PETERSEN, The Coastal Herald"),
        meta={"author": ["Jonah Petersen"], "sitename": "The Coastal Herald"},
    ),
    V(
        "byline-written-by",
        CINEMA,
        byline("Written by Owen Prichard"),
        meta={"author": ["Owen Prichard"]},
    ),
    V(
        "byline-pipe-reuters",
        FLOODS,
        byline("By Lucia Moretti | Reuters"),
        meta={"author": ["Lucia Moretti"], "sitename": "Reuters"},
    ),
    V(
        "byline-at-the-end",
        COUNCIL,
        byline("By Hannah Whitlock, The Oregonian", at=END),
        meta={"author": ["Hannah Whitlock"], "sitename": "The Oregonian"},
    ),
    V(
        "byline-story-by",
        FESTIVAL,
        byline("Story by Felipe Ortega"),
        meta={"author": ["Felipe Ortega"]},
    ),
    V(
        "byline-reuters-reporting-editing-trailer",
        FLOODS,
        byline("Reporting by Gabriel Santos in Brasilia; Editing by Alistair Crane", at=END),
        meta={"author": ["Gabriel Santos"]},
    ),
    V(
        "byline-two-names-and-outlet",
        CHIPS,
        byline("By Chen Wei and Laura Sánchez, Bloomberg"),
        meta={"author": ["Chen Wei", "Laura Sánchez"], "sitename": "Bloomberg"},
    ),
    V(
        "byline-capitals-hyphenated",
        INSULIN,
        byline("BY MARIA DELGADO-RUIZ"),
        meta={"author": ["Maria Delgado-Ruiz"]},
    ),
    V(
        "byline-reuters-multi-reporter-trailer",
        WHEAT,
        byline(
            "Reporting by Rod Nickel in Winnipeg and Ismail Shakil in Ottawa; Writing by Kim "
            "Lacroix; Editing by Paul Simao",
            at=END,
        ),
        meta={"author_includes": ["Rod Nickel", "Ismail Shakil"]},
    ),
]

DATELINE_CASES = [
    V(
        "dateline-published-day-month-year",
        HOUSING,
        dateline("Published: 14 February 2025"),
        meta={"date": "2025-02-14"},
    ),
    V(
        "dateline-posted-on-at-time",
        FESTIVAL,
        dateline("Posted on November 5, 2024 at 9:14 am"),
        meta={"date": "2024-11-05"},
    ),
    V(
        "dateline-updated-iso",
        RAIL,
        dateline("Updated: 2025-01-27 14:05"),
        meta={"date": "2025-01-27"},
    ),
    V(
        "dateline-abbrev-month-et",
        INSULIN,
        dateline("Sept. 12, 2024 4:31 p.m. ET"),
        meta={"date": "2024-09-12"},
    ),
    V(
        "dateline-cnn-time-first",
        WILDFIRE,
        dateline("Published 10:02 AM EST, Mon December 2, 2024"),
        meta={"date": "2024-12-02"},
    ),
    V(
        "dateline-last-updated-at-end",
        HEALTH,
        dateline("Last updated: 21 June 2024", at=END),
        meta={"date": "2024-06-21"},
    ),
    V(
        "dateline-guardian-first-published",
        ECONOMY,
        dateline("First published on Tue 4 Mar 2025 11.30 GMT"),
        meta={"date": "2025-03-04"},
    ),
]

SHARE_CASES = [
    V("share-four-networks", FOOTBALL, share("Facebook Twitter WhatsApp Email")),
    V("share-on-whatsapp-x-copy-link", HEATWAVE, share("Share on WhatsApp Share on X Copy link")),
    V(
        "share-wordpress-block",
        FESTIVAL,
        share("Share this:", at=END),
        share("Click to share on Facebook (Opens in new window)", at=END),
        share("Click to share on X (Opens in new window)", at=END),
        share_or_widget("Like this:"),
        widget("Like Loading...", at=END),
    ),
    V("share-print-email-row", COURT, share("Print Email Facebook X LinkedIn", at=END)),
    V(
        "share-to-flipboard-reddit",
        LANDER,
        share("Share to Facebook Share to Reddit Share to Flipboard Copy Link"),
    ),
    V("share-this-article", STRIKE, share("Share this article")),
]

BREADCRUMB_CASES = [
    V(
        "breadcrumb-home-gt",
        FOOTBALL,
        crumb("Home > Sport > Football"),
        meta={"categories": ["Sport", "Football"]},
    ),
    V(
        "breadcrumb-guillemet",
        HEATWAVE,
        crumb("World » Europe"),
        meta={"categories": ["World", "Europe"]},
    ),
    V(
        "breadcrumb-single-chevron",
        CHIPS,
        crumb("Business › Technology"),
        meta={"categories": ["Business", "Technology"]},
    ),
    V(
        "breadcrumb-home-slash",
        BURGLARY,
        crumb("Home / Local News / Crime"),
        meta={"categories": ["Local News", "Crime"]},
    ),
]

LICENSE_CASES = [
    V(
        "license-cc-by-spelled-out",
        SCIENCE,
        licence("This work is licensed under a Creative Commons Attribution 4.0 International License."),
        meta={"license": "CC BY 4.0"},
    ),
    V(
        "license-free-to-republish-nd",
        RESERVOIR,
        licence(
            "You are free to republish this story under the Creative Commons "
            "Attribution-NoDerivatives 4.0 licence."
        ),
        meta={"license": "CC BY-ND 4.0"},
    ),
    V(
        "license-republished-from-conversation",
        LANDER,
        licence(
            "This article is republished from The Conversation under a Creative Commons "
            "license. Read the original article."
        ),
        meta={"has_license": True},
    ),
    V(
        "license-cc-by-sa-short",
        WHEAT,
        licence("Licensed under CC BY-SA 4.0 unless otherwise noted."),
        meta={"license": "CC BY-SA 4.0"},
    ),
    V(
        "license-republish-for-free",
        INSULIN,
        licence("Republish this article for free under our Creative Commons license."),
        meta={"has_license": True},
    ),
]

WIDGET_GALLERY_CASES = [
    V("widget-story-continues-below-ad", HOUSING, widget("Story continues below advertisement")),
    V("widget-advertisement-capitals", ECONOMY, widget("ADVERTISEMENT")),
    V("widget-article-continues-after-ad", STRIKE, widget("Article continues after this ad")),
    V("widget-loading-unicode-ellipsis", FOOTBALL, widget("Loading…", at=1)),
    V("widget-scroll-to-continue", CHIPS, widget("Scroll to continue with content", at=1)),
    V("gallery-view-n-photos", FESTIVAL, gallery("View 14 photos")),
    V("gallery-image-n-of-m", WILDFIRE, gallery("Image 3 of 9")),
    V("gallery-heading-and-slide", MARATHON, gallery("Gallery"), gallery("Slide 1 of 20")),
]

TRAILING_NAV_CASES = [
    V(
        "nav-tags-colon-list",
        ECONOMY,
        nav("Tags:"),
        nav("Inflation"),
        nav("European Central Bank"),
        nav("Eurozone"),
    ),
    V(
        "nav-related-stories",
        COUNCIL,
        nav("Related Stories"),
        nav("Ashford County approves new library budget after long debate"),
        nav("Water bills to rise for second year in a row, officials warn"),
    ),
    V(
        "nav-more-from-section",
        SCIENCE,
        nav("More from Science"),
        nav("Why the moon is slowly drifting away from Earth"),
        nav("Record number of exoplanets found in a single survey"),
    ),
    V(
        "nav-you-may-also-like",
        CINEMA,
        nav("You may also like"),
        nav("Ten classic films returning to the big screen this autumn"),
        nav("Inside the restoration of the city's art deco theatres"),
    ),
    V("nav-topics-list", COURT, nav("Topics"), nav("Courts"), nav("Immigration"), nav("Health care")),
    V(
        "nav-most-read",
        BURGLARY,
        nav("Most Read"),
        nav("Town centre car park to close for six months"),
        nav("Family pays tribute to much-loved grandfather"),
        nav("New bus timetable confirmed for spring"),
    ),
]

MARKUP_HEADER_CASES = [
    V(
        "pixel-wp-stats",
        LANDER,
        pixel('<img src="https://pixel.wp.com/g.gif?blog=48213&post=9917" alt="" width="1" height="1" />'),
    ),
    V(
        "pixel-display-none",
        HOUSING,
        pixel(
            '<img src="https://track.newsmetrics.example/open.gif?id=77" style="display:none">',
            at=2,
        ),
    ),
    V(
        "markup-empty-ad-div",
        FLOODS,
        markup('<div class="ad-slot" id="div-gpt-ad-1712"></div>', at=2),
    ),
    V("markup-wp-block-comment", FESTIVAL, markup("<!-- wp:paragraph -->")),
    V("banner-weekday-date-top", STRIKE, banner("Tuesday, February 18, 2025")),
    V("banner-uk-order-top", RAIL, banner("Saturday 8 March 2025")),
    V("header-date-colon", SCIENCE, header("Date: 2024-10-02"), meta={"date": "2024-10-02"}),
    V(
        "title-headline-over-a-dateline",
        FLOODS,
        title("Floods force thousands from their homes in southern Brazil"),
        dateline("Published: 6 May 2024, 09:10"),
        meta={"title": "Floods force thousands from their homes in southern Brazil", "date": "2024-05-06"},
    ),
    V(
        "title-headline-over-a-byline",
        FLOODS,
        title("Thousands leave their homes as rivers rise in Rio Grande do Sul"),
        byline("By Ana Souza"),
        meta={
            "title": "Thousands leave their homes as rivers rise in Rio Grande do Sul",
            "author": ["Ana Souza"],
        },
    ),
]

COMBINED_CASES = [
    V(
        "combined-business-full-header-and-footer",
        FACTORY,
        banner("Thursday, March 6, 2025"),
        crumb("Business » Economy"),
        title("Factory orders fall for a third month as tariff costs bite"),
        share("Share on Facebook Share on X Share via Email"),
        byline("By Rebecca Thornton and Samuel Okafor"),
        dateline("Published March 6, 2025, 7:45 a.m. ET"),
        donation(
            "Our economics coverage is free to read because readers pay for it. Make a contribution today."
        ),
        licence(
            "This article is published under a Creative Commons Attribution-NoDerivatives 4.0 "
            "International licence."
        ),
        social("Follow us on Threads and Bluesky for more economic news."),
        meta={
            "title": "Factory orders fall for a third month as tariff costs bite",
            "author": ["Rebecca Thornton", "Samuel Okafor"],
            "date": "2025-03-06",
            "categories": ["Business", "Economy"],
            "license": "CC BY-ND 4.0",
        },
    ),
    V(
        "combined-uk-broadcaster",
        FERRY,
        crumb("Home > News > Scotland"),
        title("Ferry operator cancels island sailings for a week after engine fault"),
        byline("By Fiona Campbell, BBC Scotland"),
        dateline("Published 14 January 2025"),
        caption("The MV Isle of Torran at the harbour in Brodick last summer. Photo: Jane Barlow/PA"),
        nav("Related topics"),
        nav("Ferries"),
        nav("Isle of Arran"),
        meta={
            "title": "Ferry operator cancels island sailings for a week after engine fault",
            "author": ["Fiona Campbell"],
            "sitename": "BBC Scotland",
            "date": "2025-01-14",
            "categories": ["News", "Scotland"],
        },
        spaced=True,
    ),
    V(
        "combined-nonprofit-newsroom",
        RESERVOIR,
        header("Date: 2024-09-18"),
        title("Border towns brace for water cuts as reservoir hits record low"),
        byline("By MIGUEL ARROYO, Borderland Report"),
        caption(
            "Exposed mud flats at the reservoir near Del Rio. (Photo by Jordan Vance for the "
            "Borderland Report)",
            at=2,
        ),
        donation(
            "Borderland Report is a nonprofit newsroom that relies on readers. Give today – "
            "your gift is tax-deductible."
        ),
        licence("Republish this story for free under our Creative Commons license."),
        meta={
            "title": "Border towns brace for water cuts as reservoir hits record low",
            "author": ["Miguel Arroyo"],
            "sitename": "Borderland Report",
            "date": "2024-09-18",
            "has_license": True,
        },
    ),
    V(
        "combined-wordpress-local-blog",
        FESTIVAL,
        title("Harbour festival returns after three-year break"),
        dateline("Posted on June 14, 2024 at 6:30 pm"),
        gallery("View 12 photos", at=2),
        widget("Advertisement", at=2),
        share("Share this:", at=END),
        share("Facebook", at=END),
        share("X", at=END),
        share("Email", at=END),
        nav("Related"),
        nav("Tall ships to visit the harbour this summer"),
        nav("Council backs plan to restore the old fish market"),
        pixel('<img src="https://stats.example.org/pixel.png" width="1" height="1" alt="">'),
        meta={"title": "Harbour festival returns after three-year break", "date": "2024-06-14"},
    ),
    V(
        "combined-wire-story",
        HEATWAVE,
        byline("By ROSA MARTÍNEZ and DEVIN COLE, Associated Press"),
        dateline("Updated 5:47 PM EDT, Tue July 15, 2025"),
        caption(
            "Tourists shelter from the sun near St. Stephen's Cathedral in Vienna, Tuesday, "
            "July 15, 2025. (AP Photo/Heinz Gruber)",
            at=2,
        ),
        newsletter("Get the day's biggest stories in your inbox: sign up for the Morning Wire."),
        meta={
            "author": ["Rosa Martínez", "Devin Cole"],
            "sitename": "Associated Press",
            "date": "2025-07-15",
        },
    ),
]

JUNK_CASES = (
    DONATION_CASES
    + NEWSLETTER_CASES
    + SOCIAL_CASES
    + CAPTION_CASES
    + BYLINE_CASES
    + DATELINE_CASES
    + SHARE_CASES
    + BREADCRUMB_CASES
    + LICENSE_CASES
    + WIDGET_GALLERY_CASES
    + TRAILING_NAV_CASES
    + MARKUP_HEADER_CASES
    + COMBINED_CASES
)

# ---------------------------------------------------------------------------------------------
# 2. Look-alikes: body lines that resemble boilerplate and must be kept
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LookAlike:
    id: str
    body: tuple
    line: str
    at: int | None = 2  # index in the body to insert the line at; None = last paragraph

    def lines(self) -> list[str]:
        at = len(self.body) if self.at is None else self.at
        return [*self.body[:at], self.line, *self.body[at:]]

    def render(self) -> str:
        return "\n".join(self.lines()) + "\n"


L = LookAlike

LOOKALIKE_CASES = [
    L(
        "quote-about-donations",
        FESTIVAL,
        "“Every dollar people donate goes straight into keeping this festival free,” said Carla "
        "Mendes, who chairs the organising committee.",
        at=None,
    ),
    L(
        "charity-fundraising-news",
        MARATHON,
        "The hospital foundation said the race had raised $4.2 million toward a new cancer wing, "
        "with more than 3,000 individual donors contributing.",
        at=None,
    ),
    L(
        "charity-drive-paragraph-addressing-the-reader",
        COUNCIL,
        "The toy appeal at the fire station filled two trucks by Friday, our photographer found "
        "when she dropped by. Organisers were surprised that donations had come from as far as the "
        "coast. If you walk past the station this weekend, you can see the trucks being loaded.",
        at=None,
    ),
    L(
        "by-the-end-of-the-week",
        FLOODS,
        "By the end of the week, more than 40,000 homes were still without power.",
    ),
    L(
        "by-2030",
        HEATWAVE,
        "By 2030, the government wants every large town to have a network of public cooling centres.",
    ),
    L(
        "by-contrast-at-end",
        ECONOMY,
        "By contrast, prices for manufactured goods were broadly flat over the month.",
        at=None,
    ),
    L(
        "by-a-vote-of",
        COURT,
        "By a vote of 7-2, the appeals court last year upheld a similar rule in another state.",
        at=1,
    ),
    L(
        "photo-released-by-ministry",
        BURGLARY,
        "A photo released by the police showed a hooded figure carrying a laptop out of a jeweller's shop.",
    ),
    L(
        "in-a-post-on-x",
        RAIL,
        "In a post on X, the transport secretary said she had asked for an urgent report into the "
        "cause of the failure.",
    ),
    L(
        "urged-instagram-followers",
        INSULIN,
        "The singer, who has type 1 diabetes, urged her two million followers on Instagram to call "
        "the governor's office in support of the bill.",
    ),
    L(
        "subscriptions-rose-business",
        CHIPS,
        "Subscriptions to the company's cloud software rose 12% to 4.1 million in the quarter, it said.",
    ),
    L(
        "newsletter-company-sale",
        HOUSING,
        "The property newsletter, which has 300,000 subscribers, was sold to a media group last "
        "year for an undisclosed sum.",
    ),
    L(
        "getty-images-the-company",
        CINEMA,
        "Getty Images, which licenses photographs and footage to publishers, lent the trust dozens "
        "of archive pictures of the building.",
    ),
    L(
        "reuters-reported-that",
        WHEAT,
        "Reuters reported that several grain traders had already cut their forecasts for Canadian exports.",
    ),
    L(
        "driving-licence-sentence",
        BURGLARY,
        "He was also fined £500 and had his driving licence suspended for 12 months for an "
        "unrelated offence.",
        at=None,
    ),
    L(
        "broadcast-licence",
        CINEMA,
        "The regulator renewed the community radio station's broadcast licence until 2031.",
    ),
    L(
        "creative-commons-in-news",
        SCIENCE,
        "The observatory has released more than 50,000 images under a Creative Commons licence, "
        "allowing anyone to reuse them.",
    ),
    L(
        "published-in-1998",
        FLOODS,
        "Published in 1998, a state report warned that the city's flood barriers would fail in a "
        "storm of this size.",
    ),
    L(
        "updated-figures-released",
        ECONOMY,
        "Updated figures released on Monday showed unemployment in the bloc rising to 6.3%.",
        at=1,
    ),
    L(
        "slash-24-7-helpline",
        HEALTH,
        "A new 24/7 helpline received more than 1,200 calls in its first week, the trust said.",
    ),
    L(
        "slash-in-place-names",
        RAIL,
        "Trains between Woking and London/Waterloo are expected to run every 30 minutes.",
    ),
    L("question-subheading-in-body", STRIKE, "What happens next?"),
    L(
        "related-to-this",
        COUNCIL,
        "Related to this, the board also agreed to review how the county bills for sewer services.",
        at=None,
    ),
    L(
        "tags-on-the-luggage",
        BURGLARY,
        "Tags on the luggage found in the car showed it had been checked in at Frankfurt two days earlier.",
    ),
    L(
        "advertisement-spending",
        CHIPS,
        "Advertisement spending by technology companies fell 6% in the second quarter as brands cut budgets.",
    ),
    L(
        "social-networks-in-news",
        COURT,
        "Facebook, Twitter and Google were all asked to explain how they verify the age of users.",
    ),
    L(
        "become-members-of-cooperative",
        WHEAT,
        "Farmers who become members of the new cooperative will share the cost of storage and "
        "drying equipment, the group said.",
    ),
    L(
        "one-of-twelve-applicants",
        COUNCIL,
        "Only 1 of 12 applicants for the grant program was approved, according to an audit.",
    ),
    L(
        "loading-of-cargo",
        FERRY,
        "Loading of freight resumed on Thursday after the harbour crane was repaired.",
    ),
    L(
        "written-by-the-union",
        STRIKE,
        "The letter, written by the union's general secretary, was sent to all members on Sunday.",
    ),
    L(
        "volunteers-signed-up",
        WILDFIRE,
        "More than 2,000 volunteers signed up to help clear debris once the evacuation orders are lifted.",
    ),
    L(
        "posted-on-a-forum",
        BURGLARY,
        "Posted on a community forum, a video of the break-in has been viewed more than 200,000 times.",
    ),
    L(
        "quote-about-subscribers",
        HOUSING,
        "“People subscribe to property alerts because they are terrified of missing out,” said one "
        "estate agent.",
        at=None,
    ),
    L("reuters-ticker-in-parentheses", CHIPS, "Shares of its main rival (INTC.O) fell 2% on the news."),
    L("follow-the-race-live", MARATHON, "Fans can follow the race live on the city's website from 8 a.m."),
]

# ---------------------------------------------------------------------------------------------
# Assertions
# ---------------------------------------------------------------------------------------------


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def explain(doc) -> str:
    removals = "\n".join(f"  {r.rule}: {r.text!r}" for r in doc.removals) or "  (none)"
    return f"\n--- doc.text ---\n{doc.text}--- removals ---\n{removals}"


def covers(removal, line: str) -> bool:
    """Whether a removal took this line. A short line ("X", "Tags:") must be one of the
    removal's lines, not just a substring of some longer removed text."""
    if len(line) >= 12:
        return line in removal.text
    return line in [part.strip() for part in removal.text.splitlines()]


def claimed_by(doc, line: str) -> set[str]:
    """The rule ids of the removals that took this line: one removal that covers it, or else
    several in-line cuts (e.g. an opening and a closing tag) that together take all of it."""
    whole = {r.rule for r in doc.removals if covers(r, line)}
    if whole:
        return whole
    rest, rules = line, set()
    for r in doc.removals:
        piece = r.text.strip()
        if not r.whole_line and piece and piece in rest:
            rest = rest.replace(piece, "", 1)
            rules.add(r.rule)
    return rules if not rest.strip() else set()


def check_meta(doc, meta: dict) -> None:
    md = doc.metadata
    context = explain(doc) + f"\n--- metadata ---\n{md}"
    if "title" in meta:
        assert md.title == meta["title"], context
    if "author" in meta:
        assert md.author == meta["author"], context
    for name in meta.get("author_includes", ()):
        assert name in md.author, context
    if "sitename" in meta:
        assert md.sitename == meta["sitename"], context
    if "date" in meta:
        assert md.date and md.date.startswith(meta["date"]), context
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ][\d:.+\-Z]+)?", md.date), context
    if "license" in meta:
        assert md.license == meta["license"], context
    if meta.get("has_license"):
        assert md.license, context
    if "categories" in meta:
        assert md.categories == meta["categories"], context


def case_params(cases):
    return [pytest.param(case, id=case.id) for case in cases]


@pytest.mark.parametrize("case", case_params(JUNK_CASES))
def test_junk_variant(case: Variant):
    doc = clean(case.render().encode("utf-8"), format="text")
    kept = paragraphs(doc.text)
    for paragraph in case.body:
        assert paragraph in kept, f"body paragraph lost: {paragraph!r}" + explain(doc)
    for junk in case.junk:
        line = junk.text.strip()
        if any(line in paragraph for paragraph in case.body):
            assert line not in kept, f"junk kept: {line!r}" + explain(doc)  # short word
        else:
            assert line not in doc.text, f"junk kept: {line!r}" + explain(doc)
        claimed = claimed_by(doc, line)
        assert claimed & junk.rules, (
            f"{line!r} removed by {sorted(claimed) or 'nothing'}, expected one of "
            f"{sorted(junk.rules)}" + explain(doc)
        )
    check_meta(doc, case.meta)


@pytest.mark.parametrize("case", case_params(JUNK_CASES))
def test_junk_variant_leaves_no_residue(case: Variant):
    """Nothing but the body survives: no half-cut junk line is left behind."""
    doc = clean(case.render().encode("utf-8"), format="text")
    assert paragraphs(doc.text) == case.body, explain(doc)


@pytest.mark.parametrize("case", case_params(LOOKALIKE_CASES))
def test_lookalike_is_kept(case: LookAlike):
    doc = clean(case.render().encode("utf-8"), format="text")
    assert case.line in paragraphs(doc.text), f"look-alike lost: {case.line!r}" + explain(doc)
    taken = [r for r in doc.removals if case.line in r.text]
    assert not taken, f"look-alike claimed by {[r.rule for r in taken]}" + explain(doc)


@pytest.mark.parametrize("case", case_params(LOOKALIKE_CASES))
def test_lookalike_document_is_untouched(case: LookAlike):
    """The whole look-alike document is ordinary prose: nothing in it should go."""
    doc = clean(case.render().encode("utf-8"), format="text")
    assert paragraphs(doc.text) == case.lines(), explain(doc)


# ---------------------------------------------------------------------------------------------
# 3. Whole-document properties
# ---------------------------------------------------------------------------------------------

IDEMPOTENCE_CASES = [pytest.param(case.render(), id=case.id) for case in JUNK_CASES + LOOKALIKE_CASES]


@pytest.mark.parametrize("text", IDEMPOTENCE_CASES)
def test_cleaning_twice_changes_nothing(text: str):
    once = clean(text.encode("utf-8"), format="text").text
    twice = clean(once.encode("utf-8"), format="text").text
    assert twice == once


CLEAN_BODIES = {
    "economy": ECONOMY,
    "football": FOOTBALL,
    "science": SCIENCE,
    "council": COUNCIL,
    "court": COURT,
    "health": HEALTH,
    "floods": FLOODS,
    "chips": CHIPS,
    "strike": STRIKE,
    "rail": RAIL,
    "cinema": CINEMA,
    "insulin": INSULIN,
    "wheat": WHEAT,
    "burglary": BURGLARY,
    "lander": LANDER,
    "marathon": MARATHON,
    "housing": HOUSING,
    "wildfire": WILDFIRE,
    "factory": FACTORY,
    "ferry": FERRY,
    "reservoir": RESERVOIR,
    "festival": FESTIVAL,
    "heatwave": HEATWAVE,
    "two-stories": ECONOMY + HOUSING,
}


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["no-blank-lines", "blank-lines"])
@pytest.mark.parametrize("body", [pytest.param(b, id=k) for k, b in CLEAN_BODIES.items()])
def test_clean_document_passes_through(body: tuple, separator: str):
    text = separator.join(body) + "\n"
    doc = clean(text.encode("utf-8"), format="text")
    assert " ".join(doc.text.split()) == " ".join(" ".join(body).split()), explain(doc)


STANDFIRST_CASES = [
    pytest.param(
        (
            "Officials in several border towns have announced water rationing. Farmers "
            "downstream are being told to expect far smaller allocations this autumn.",
            RESERVOIR,
            2,
        ),
        id="summary-repeated-after-two-paragraphs",
    ),
    pytest.param(
        (
            "Flu admissions have almost doubled in two weeks, and visitors to hospitals across "
            "the region are being asked to wear masks again.",
            HEALTH,
            1,
        ),
        id="summary-repeated-after-first-paragraph",
    ),
]


@pytest.mark.parametrize("case", STANDFIRST_CASES)
def test_repeated_top_paragraph_kept_once(case):
    """A summary paragraph shown at the top and again inside the body is kept once."""
    summary, body, at = case
    text = "\n".join([summary, *body[:at], summary, *body[at:]]) + "\n"
    doc = clean(text.encode("utf-8"), format="text")
    kept = paragraphs(doc.text)
    assert kept.count(summary) == 1, explain(doc)
    for paragraph in body:
        assert paragraph in kept, explain(doc)
    assert doc.metadata.description == summary, explain(doc)
