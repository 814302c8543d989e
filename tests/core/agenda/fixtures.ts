import { DEFAULT_CORE_SETTINGS, type Report, type Stakeholder } from "../../../src/core";
import { agendaContext, formatMoment, type AgendaContext } from "../../../src/core/agenda";

/** stakeholder builds a stakeholder record with sensible defaults, after Tasks' TaskBuilder. */
export function stakeholder(overrides: Partial<Stakeholder> = {}): Stakeholder {
	return {
		kind: "person",
		path: "People/Jane Doe.md",
		title: "Jane Doe",
		person: "Jane Doe",
		role: "VP Engineering",
		relationship: "skip-level",
		influence: "high",
		interest: "medium",
		lastContact: "2026-11-02",
		ownLastContact: "2026-10-20",
		cadence: { count: 14, unit: "days" },
		cadenceIsDefault: false,
		nextContact: "2026-11-16",
		status: "overdue",
		daysOverdue: 7,
		daysSinceContact: 21,
		followUp: "2026-11-20",
		followUpNote: "Send the hiring plan draft",
		snoozeUntil: null,
		lastContactKey: "last-contact",
		aliases: [],
		foundBy: "person-property",
		foundDetail: "person",
		folder: null,
		subfolder: null,
		contactHistory: [],
		followUpsDone: [],
		reportsTo: null,
		reportsToPath: null,
		caresAbout: ["Platform reliability", "Hiring two staff engineers"],
		meetings: [
			{ path: "1-1s/2026-11-02 Jane Doe.md", date: "2026-11-02" },
			{ path: "1-1s/2026-10-19 Jane Doe.md", date: "2026-10-19" },
		],
		...overrides,
	};
}

/** report builds the report of a day around one stakeholder, with follow-ups on their note and a 1:1 note. */
export function report(person: Stakeholder, today = "2026-11-23"): Report {
	return {
		today,
		stakeholders: [person],
		followUps: [
			{
				kind: "contact",
				path: person.path,
				person: person.person,
				personPath: person.path,
				due: "2026-11-16",
				text: "Get in touch",
				overdueDays: 7,
				influence: person.influence,
			},
			{
				kind: "follow-up",
				path: person.path,
				person: person.person,
				personPath: person.path,
				due: "2026-11-20",
				text: "Send the hiring plan draft",
				overdueDays: 3,
				influence: person.influence,
			},
			{
				kind: "follow-up",
				path: "1-1s/2026-11-02 Jane Doe.md",
				person: person.person,
				personPath: person.path,
				due: "2026-12-01",
				text: "Revisit the promotion case",
				overdueDays: 0,
				influence: person.influence,
			},
			{
				kind: "follow-up",
				path: "People/Sam.md",
				person: "Sam",
				personPath: "People/Sam.md",
				due: "2026-11-21",
				text: "Not about Jane",
				overdueDays: 2,
				influence: null,
			},
		],
		problems: [],
		withoutNote: [],
		me: null,
		commitments: [],
	};
}

/** The previous 1:1 note with Jane: open, done, cancelled, nested and already carried tasks. */
export const PREVIOUS_NOTE = `---
with: "[[Jane Doe]]"
date: 2026-11-02
---
> [!info] Prep brief
> - [ ] a task inside the brief's callout is not an open item

## Agreed
- [ ] Share the incident review 📅 2026-11-10
- [x] Book the offsite room
- [-] Draft the Q3 memo
- [ ] Ask about the staff engineer role
\t- [ ] Find the level guide
\t- [x] Read the old promo packet
- [x] Prepare the roadmap
\t- [ ] Get Sam's numbers
- [ ] Review the on-call rota (from [[2026-10-19 Jane Doe]])
- [ ] Share the incident review 📅 2026-11-10
- [ ]
* [ ] Intro to the data team ⏫ 📅 2026-11-30

\`\`\`
- [ ] code, not a task
\`\`\`
`;

/** context is the agenda context of the fixture person on 2026-11-23, with the previous note's open items. */
export function context(overrides: Partial<Stakeholder> = {}, previousText = PREVIOUS_NOTE): AgendaContext {
	const person = stakeholder(overrides);
	return agendaContext({
		stakeholder: person,
		report: report(person),
		previous: { path: "1-1s/2026-11-02 Jane Doe.md", text: previousText },
		today: "2026-11-23",
		formatDate: formatMoment,
	});
}

export const SETTINGS = DEFAULT_CORE_SETTINGS;
