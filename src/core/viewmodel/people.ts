import { compareNames, compareStakeholders, levelRank } from "../report";
import { KNOWN_RELATIONSHIPS, type IsoDate, type OrgChart, type Report, type Stakeholder } from "../types";
import { LEVEL_LABELS, lastContactText, overdueBy } from "../words";
import { dueText } from "./follow-ups";
import { commitmentCounts, openCommitmentsText } from "./commitments";
import { placeLabel, placeOf } from "./map";
import { relationshipText } from "./org";
import { statusChip } from "./tone";
import { PEOPLE_PAGE, type DashboardOptions, type MapModel, type PeopleGroup, type PeopleSection, type PersonRow, type SortKey, type Tone } from "./types";

/** The dashboard's People list: filtered, sorted, grouped, one page at a time. */

function personDue(s: Stakeholder, today: IsoDate): { text: string; tone: Tone } {
	switch (s.status) {
		case "snoozed":
			return { text: s.snoozeUntil === null ? "snoozed" : `snoozed until ${s.snoozeUntil}`, tone: "muted" };
		case "never":
			return { text: "get in touch today", tone: "accent" };
		case "overdue":
			return { text: overdueBy(s.daysOverdue), tone: "danger" };
		case "due-soon":
			return { text: s.nextContact === null ? "due soon" : dueText(s.nextContact, today), tone: "warning" };
		case "ok":
			return { text: s.nextContact === null ? "" : `next contact ${dueText(s.nextContact, today).replace(/^due /, "")}`, tone: "muted" };
	}
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function personRow(s: Stakeholder, today: IsoDate, org: OrgChart | undefined, commitments: Map<string, { me: number; them: number }>): PersonRow {
	const due = personDue(s, today);
	return {
		path: s.path,
		name: s.person,
		role: s.role,
		// What your org implies, marked so, when the note sets none (org.ts).
		relationship: relationshipText(s, org),
		influenceText: s.influence === null ? null : `${LEVEL_LABELS[s.influence]} influence`,
		lastContactText: lastContactText(s.daysSinceContact),
		chip: statusChip(s.status),
		dueText: due.text,
		dueTone: due.tone,
		caresAbout: s.caresAbout,
		commitmentsText: openCommitmentsText(commitments.get(s.path)),
	};
}

/** filterWords splits filter text into the lower-case words that must all match. */
export function filterWords(filter: string): string[] {
	return filter.toLowerCase().split(/\s+/).filter((w) => w !== "");
}

/** matchesFilter says whether a stakeholder's name, role, relationship or cares-about contains every filter word. */
export function matchesFilter(s: Stakeholder, words: readonly string[]): boolean {
	if (words.length === 0) return true;
	const haystack = [s.person, s.role ?? "", s.relationship ?? "", ...s.caresAbout].join("\n").toLowerCase();
	return words.every((word) => haystack.includes(word));
}

function compareLastContact(a: Stakeholder, b: Stakeholder): number {
	// Longest without contact first: never-contacted people, then the oldest last contact.
	if (a.lastContact === b.lastContact) return 0;
	if (a.lastContact === null) return -1;
	if (b.lastContact === null) return 1;
	return a.lastContact < b.lastContact ? -1 : 1;
}

const COMPARATORS: Readonly<Record<SortKey, (a: Stakeholder, b: Stakeholder) => number>> = {
	urgency: compareStakeholders,
	influence: (a, b) => levelRank(a.influence) - levelRank(b.influence) || compareStakeholders(a, b),
	name: (a, b) => compareNames(a.person, b.person) || compareNames(a.path, b.path),
	"last-contact": (a, b) => compareLastContact(a, b) || compareStakeholders(a, b),
};

interface GroupSpec {
	id: string;
	heading: string | null;
	rank: number;
}

const NO_GROUP: GroupSpec = { id: "all", heading: null, rank: 0 };

function relationshipGroup(s: Stakeholder): GroupSpec {
	if (s.relationship === null || s.relationship === "") return { id: "relationship:", heading: "No relationship", rank: 1e6 };
	const known = (KNOWN_RELATIONSHIPS as readonly string[]).indexOf(s.relationship);
	return {
		id: `relationship:${s.relationship}`,
		heading: capitalise(s.relationship),
		rank: known >= 0 ? known : KNOWN_RELATIONSHIPS.length,
	};
}

function influenceGroup(s: Stakeholder): GroupSpec {
	if (s.influence === null) return { id: "influence:", heading: "No influence set", rank: 3 };
	return { id: `influence:${s.influence}`, heading: `${LEVEL_LABELS[s.influence]} influence`, rank: levelRank(s.influence) };
}


/** buildPeople is the People section: the stakeholders that match the filter and the map place, grouped, the first pages built. */
export function buildPeople(report: Report, options: DashboardOptions, map: MapModel): PeopleSection {
	const limit = options.peopleLimit ?? PEOPLE_PAGE;
	const commitments = commitmentCounts(report);
	const words = filterWords(options.filter);
	const place = options.place ?? null;
	const matching =
		words.length === 0 && place === null
			? [...report.stakeholders]
			: report.stakeholders.filter((s) => (place === null || placeOf(s) === place) && matchesFilter(s, words));
	// The report is already in urgency order; sort a copy only for the other orders.
	if (options.sort !== "urgency") matching.sort(COMPARATORS[options.sort]);
	const groupOf = options.group === "relationship" ? relationshipGroup : options.group === "influence" ? influenceGroup : () => NO_GROUP;

	const groups = new Map<string, { spec: GroupSpec; members: Stakeholder[] }>();
	for (const s of matching) {
		const spec = groupOf(s);
		const group = groups.get(spec.id);
		if (group) group.members.push(s);
		else groups.set(spec.id, { spec, members: [s] });
	}
	const ordered = [...groups.values()].sort(
		(a, b) => a.spec.rank - b.spec.rank || compareNames(a.spec.heading ?? "", b.spec.heading ?? ""),
	);
	let budget = limit;
	const result: PeopleGroup[] = ordered.map(({ spec, members }) => {
		const shown = members.slice(0, Math.max(0, budget));
		budget -= shown.length;
		return { id: spec.id, heading: spec.heading, count: members.length, rows: shown.map((s) => personRow(s, report.today, report.org, commitments)) };
	});
	const built = result.reduce((n, g) => n + g.rows.length, 0);
	const hidden = matching.length - built;
	return {
		groups: result,
		total: report.stakeholders.length,
		matched: matching.length,
		hidden,
		more: Math.min(hidden, PEOPLE_PAGE),
		place: place === null ? null : { id: place, label: placeLabel(map, place) },
	};
}
