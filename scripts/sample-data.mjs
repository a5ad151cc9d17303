// A dozen fictional clients of a small California firm, for the demo and the
// benchmarks' realism. Every person and company here is invented.
const DAY = 86_400_000;
const notes = (family = '', interests = '', background = '', howWeMet = '', extra = '') => ({ family, interests, background, howWeMet, notes: extra });
const goal = (text, acceptableOutcome, status = 'open') => ({ id: crypto.randomUUID(), text, acceptableOutcome, status, updatedAt: Date.now() });
const matter = (caseNumber, caseName, court, matterCode) => ({ id: crypto.randomUUID(), caseNumber, caseName, court, matterCode });

export function sampleClients(now = Date.now()) {
  const ago = (days, hours = 0) => now - days * DAY - hours * 3_600_000;
  return [
    {
      client: {
        name: 'Maria Alvarez', preferredName: 'Mari', organisation: 'Alvarez Family Bakery',
        emails: ['maria.alvarez@alvarezbakery.com'], phones: ['(559) 555-0142'], tags: ['business', 'litigation'],
        matters: [matter('22STCV11897', 'Alvarez v. Golden Flour Supply', 'LA Superior Court, Stanley Mosk', 'ALV-2022-01')],
        notes: notes('Married to Luis; daughters Sofia (12) and Ana (9). Sofia plays club soccer on Saturdays.', 'Sourdough competitions; Dodgers season tickets.', 'Third-generation bakery owner in Fresno; expanding to a second location.', 'Referred by Judge Park’s former clerk, 2021 Chamber breakfast.', 'Prefers calls after 2 pm — mornings are bake time.'),
        goals: [goal('Recover the cost of the spoiled flour shipments', 'Settlement of at least $85,000 within six months; would accept $70,000 with a supply credit'), goal('Keep the supplier relationship workable', 'A settlement without a public admission either way')],
        cadence: { idealDays: 14, maxDays: 30 },
      },
      interactions: [
        { kind: 'email-in', at: ago(2, 3), summary: 'Asked whether the deposition can move after the holidays', sentiment: 0 },
        { kind: 'call', at: ago(9), summary: 'Walked through the mediation brief', sentiment: 1 },
        { kind: 'meeting', at: ago(30), summary: 'Case strategy meeting at the bakery', sentiment: 1 },
      ],
    },
    {
      client: {
        name: 'Thomas Becker', preferredName: 'Tom', organisation: 'Becker Logistics GmbH',
        emails: ['tom@beckerlogistics.de'], phones: ['+49 40 5550 1234'], tags: ['business', 'contracts'],
        matters: [matter('3:17-cv-05729-RS', 'Becker Logistics v. Pacific Freight Partners', 'N.D. Cal.', 'BEC-017')],
        notes: notes('Wife Katrin; son Jonas studying at Berkeley.', 'Sailing; Bundesliga (HSV).', 'Runs the US arm of a Hamburg freight forwarder.', 'Met at the German-American Chamber of Commerce dinner.', 'Writes formally; answer in full sentences, no abbreviations.'),
        goals: [goal('Enforce the exclusivity clause', 'Injunction, or a renegotiated contract with a 3-year exclusivity term')],
        cadence: { idealDays: 21, maxDays: 45 },
      },
      interactions: [{ kind: 'email-out', at: ago(26), summary: 'Sent the draft amended complaint', sentiment: 0 }],
    },
    {
      client: {
        name: 'Priya Raman', organisation: '', emails: ['priya.raman@gmail.com'], phones: ['(415) 555-0187'], tags: ['family'],
        matters: [matter('17FL002438', 'In re Marriage of Raman', 'Sonoma Superior Court', 'RAM-FL-01')],
        notes: notes('Two children: Arjun (7) and Meera (4). Her mother helps with pick-ups.', 'Trail running; volunteers at the school library.', 'Software engineer; works remotely.', 'Found us through the State Bar referral service.', 'Anxious before hearings — call the day before.'),
        goals: [goal('Joint legal custody with a stable schedule', 'A 2-2-3 schedule; would accept alternating weeks once the youngest starts school'), goal('Keep the house until the children finish the school year', 'Sale deferred to June', 'revised')],
        cadence: { idealDays: 7, maxDays: 14 },
      },
      interactions: [
        { kind: 'call', at: ago(17), summary: 'Upset about the missed exchange on Sunday', sentiment: -1 },
        { kind: 'email-in', at: ago(18), summary: 'Photos of the calendar messages', sentiment: -1 },
      ],
    },
    {
      client: {
        name: 'Gordon Whitfield', organisation: 'Whitfield Vineyards LLC', emails: ['gordon@whitfieldvineyards.com', 'office@whitfieldvineyards.com'], phones: ['(707) 555-0110'], domains: ['whitfieldvineyards.com'], tags: ['business'],
        matters: [matter('23CV00274', 'Whitfield Vineyards v. County of Napa', 'Napa Superior Court', 'WHIT-23-4')],
        notes: notes('Widower; daughter Claire runs the tasting room.', 'Vintage motorcycles.', 'Family vineyard since 1978.', 'Long-time client of the firm’s founder.', ''),
        goals: [goal('Overturn the permit denial', 'A permit with conditions he can live with (no cap on event days below 40)')],
        cadence: { idealDays: 30, maxDays: 60 },
      },
      interactions: [{ kind: 'meeting', at: ago(75), summary: 'Site visit', sentiment: 0 }],
    },
    {
      client: {
        name: 'Danielle Okafor', organisation: 'Okafor Dental Group', emails: ['dokafor@okafordental.com'], phones: ['(619) 555-0199'], tags: ['employment'],
        matters: [matter('37-2023-00008265-CU-TT-CTL', 'Okafor Dental Group v. Brightsmile Staffing', 'San Diego Superior Court', 'OKA-2023-02')],
        notes: notes('Husband Emeka is also a dentist.', 'Jazz; hosts a book club.', 'Three practices in San Diego County.', 'Spoke at our employment-law webinar.', ''),
        goals: [goal('Recover placement fees for staff who left within 30 days', 'Full refund, or credit toward future placements')],
        cadence: { idealDays: 30, maxDays: 45 },
      },
      interactions: [{ kind: 'call', at: ago(12), summary: 'Reviewed the staffing contract', sentiment: 1 }],
    },
    {
      client: {
        name: 'Henry Liu', emails: ['henry.liu@outlook.com'], phones: ['(510) 555-0133'], tags: ['estate'],
        matters: [matter('CGC-10-501886', 'Estate of Margaret Liu', 'San Francisco Superior Court', 'LIU-EST')],
        notes: notes('Executor of his mother’s estate; brother David in Seattle.', 'Go (the board game); orchids.', 'Retired civil engineer.', 'His mother was a client for 20 years.', 'Hard of hearing — prefers e-mail.'),
        goals: [goal('Close the estate without litigation between the brothers', 'A family settlement agreement; mediation if needed')],
        cadence: { idealDays: 30, maxDays: 60 },
      },
      interactions: [{ kind: 'email-out', at: ago(40), summary: 'Inventory and appraisal filed', sentiment: 0 }],
    },
    {
      client: {
        name: 'Rosa Delgado', organisation: '', emails: ['rosa.delgado@yahoo.com'], phones: ['(213) 555-0165'], tags: ['personal injury'],
        matters: [matter('23SMCV00021', 'Delgado v. Metro Rideshare Inc.', 'LA Superior Court, Santa Monica', 'DEL-PI-01')],
        notes: notes('Single mother; son Mateo (16) drives her to appointments.', 'Church choir.', 'Home health aide; injured in a rideshare collision.', 'Walked in after seeing our bus-bench ad.', 'Spanish preferred for long calls.'),
        goals: [goal('Cover medical bills and lost wages', 'At least policy limits; no trial if an offer covers the bills')],
        cadence: { idealDays: 14, maxDays: 21 },
      },
      interactions: [{ kind: 'call', at: ago(25), summary: 'Physical therapy update', sentiment: 0 }],
    },
    {
      client: {
        name: 'Samuel Greene', preferredName: 'Sam', organisation: 'Greene & Sons Roofing', emails: ['sam@greeneroofing.com'], phones: ['(916) 555-0121'], tags: ['business', 'collections'],
        matters: [matter('17CECG03259', 'Greene & Sons Roofing v. Harlan Properties', 'Fresno Superior Court', 'GRN-COL-3')],
        notes: notes('Sons Marcus and Eli run the crews.', 'Bass fishing at Shasta.', 'Roofing contractor, 40 employees.', 'Referred by his accountant.', ''),
        goals: [goal('Collect the unpaid invoices', 'Payment plan secured by a lien, if the full amount is not possible', 'met')],
        cadence: { idealDays: 45, maxDays: 90 },
      },
      interactions: [{ kind: 'email-in', at: ago(5), summary: 'Thanks for the judgment', sentiment: 2 }],
    },
    {
      client: {
        name: 'Evelyn Park', emails: ['evelyn.park@parkarchitects.com'], phones: ['(310) 555-0177'], organisation: 'Park Architects', tags: ['contracts'],
        matters: [matter('MSC18-00717', 'Park Architects v. Bayview Development', 'Contra Costa Superior Court', 'PARK-18')],
        notes: notes('Partner Jun; twin boys in college.', 'Modernist architecture tours; tennis.', 'Founded her studio in 2005.', 'Met at an AIA continuing-education session we taught.', ''),
        goals: [goal('Get paid for the design phase', 'Fees plus interest; would drop interest for a quick payment')],
        cadence: { idealDays: 30, maxDays: 60 },
      },
      interactions: [],
    },
    {
      client: {
        name: 'Marcus Johnson', emails: ['mjohnson@johnsonfitness.net'], phones: ['(408) 555-0154'], organisation: 'Johnson Fitness Studios', tags: ['employment'],
        matters: [matter('2:20-cv-01234-BBD-dkv', 'Reyes v. Johnson Fitness Studios', 'W.D. Tenn.', 'JFS-2020-01')],
        notes: notes('Engaged to Tasha; wedding in June.', 'Marathons; coaches youth basketball.', 'Four studios in the South Bay.', 'His franchisor recommended us.', ''),
        goals: [goal('Resolve the wage claim quietly', 'Confidential settlement under $40,000')],
        cadence: { idealDays: 21, maxDays: 40 },
      },
      interactions: [{ kind: 'meeting', at: ago(50), summary: 'Deposition prep', sentiment: -1 }],
    },
    {
      client: {
        name: 'Aiko Tanaka', emails: ['aiko@tanakaimports.com'], phones: ['(650) 555-0191'], organisation: 'Tanaka Imports', tags: ['business'],
        matters: [matter('4:13-md-02420-YGR', 'In re Lithium Ion Batteries Antitrust Litigation', 'N.D. Cal.', 'TAN-MDL')],
        notes: notes('Father founded the company; she took over in 2019.', 'Ceramics; Giants games.', 'Imports consumer electronics.', 'Introduced by opposing counsel in an earlier case — a good sign.', ''),
        goals: [goal('Recover overcharges as an indirect purchaser', 'Her share of any class settlement, with minimal staff time')],
        cadence: { idealDays: 60, maxDays: 120 },
      },
      interactions: [{ kind: 'email-out', at: ago(20), summary: 'Claim form instructions', sentiment: 0 }],
    },
    {
      client: {
        name: 'Father Michael O’Brien', preferredName: 'Father Mike', organisation: 'St. Brendan Parish', emails: ['frmike@stbrendanparish.org'], phones: ['(707) 555-0102'], tags: ['nonprofit'],
        matters: [matter('18CV001704', 'St. Brendan Parish v. Napa Valley Paving', 'Napa Superior Court', 'STB-18')],
        notes: notes('Sister Maureen visits from Boston every August.', 'Irish fiddle; the Warriors.', 'Pastor since 2012.', 'Parishioner referral.', 'Decisions go through the parish council — allow a week.'),
        goals: [goal('Repair the parking lot at the contractor’s cost', 'Repair or a cash settlement covering the new bid')],
        cadence: { idealDays: 30, maxDays: 60 },
      },
      interactions: [{ kind: 'call', at: ago(3), summary: 'Council approved the settlement range', sentiment: 1 }],
    },
  ];
}
