import { addDaysIso } from "../src/core/dates";

/**
 * The synthetic vault of the benchmarks: N person notes written in every property form of the
 * design (a few of them malformed, a few with YAML that does not parse) and 4N 1:1 notes with
 * open tasks and follow-ups. The same seed, size and day always give the same files.
 */

/** One note of a generated vault: its vault-relative path and its text. */
export interface GeneratedNote {
	path: string;
	text: string;
}

/** What to generate. */
export interface VaultOptions {
	/** Number of person notes; the vault has 5 × people notes in all. */
	people: number;
	/** Seed of the pseudo-random choices. */
	seed: number;
	/** The day the vault is "as of": contacts and follow-ups are spread around it. */
	today: string;
}

/** mulberry32 is a small, fast, seedable pseudo-random generator (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FIRST = [
	"Jane", "Sam", "Alex", "Priya", "Wei", "Fatima", "Lars", "Zoë", "José", "Søren", "Chloé", "Łukasz",
	"Ana María", "Kwame", "Aiko", "Mateo", "Olivia", "Noah", "Amara", "Ravi", "Ingrid", "Hiroshi",
	"Nia", "Diego", "Emma", "Yusuf", "Mei", "Tomás", "Sofia", "Omar", "Leila", "Jonas", "Freya",
	"Arjun", "Camille", "Björn", "Elif", "Marcus", "Hana", "Kofi", "Lucía", "Dmitri", "Grace",
	"Ibrahim", "Nora", "Pedro", "Saanvi", "Theo", "Yara", "Ezra",
];
const LAST = [
	"Doe", "Okafor", "Müller", "O'Brien", "García", "Nguyễn", "Kowalski", "Sato", "Andersen", "Rossi",
	"Chen", "Patel", "Dubois", "Schmidt", "Silva", "Kim", "Novak", "Haddad", "Johansson", "Mensah",
	"Fernández", "Ivanova", "Brown", "Tanaka", "Costa", "Yilmaz", "Murphy", "Lindqvist", "Ahmed",
	"Moreau", "Singh", "Larsen", "Park", "Ortiz", "Nakamura", "Jensen", "Wójcik", "Hughes", "Abebe",
	"van der Berg",
];
const TEAMS = ["Engineering", "Product", "Sales & Partnerships", "Design", "Finance", "Leadership", "Données", "Ops"];
const ROLES = [
	"VP Engineering", "Staff Engineer", "Engineering Manager", "Product Manager", "Designer", "CFO",
	"Director of Sales", "Principal Engineer", "Head of Data", "Chief of Staff", "Recruiter", "CTO",
];
const RELATIONSHIPS = ["skip-level", "peer", "sponsor", "mentor", "report", "stakeholder", "Peer", "STAKEHOLDER", "customer"];
const LEVELS: unknown[] = ["low", "medium", "high", "High", "LOW", 1, 2, 3, 4, 5, "4"];
const CADENCES: unknown[] = [14, 30, "2w", "3m", "10d", "weekly", "biweekly", "fortnightly", "monthly", "quarterly", "6 weeks"];
const CARES = [
	"shipping the Q3 launch", "hiring", "reliability", "cost control", "customer retention",
	"developer experience", "the reorg", "data quality", "security review", "roadmap clarity",
];
const WORDS = (
	"we talked about the roadmap and the launch plan next steps owners risks dependencies budget " +
	"promotion packet feedback expectations scope timeline hiring the team morale customer escalation " +
	"migration design review metrics quarterly goals sponsorship visibility"
).split(" ");

/** A note property written as YAML text (already quoted where needed). */
type Yaml = string;

function q(text: string): Yaml {
	return JSON.stringify(text);
}

function yamlValue(value: unknown): Yaml {
	if (typeof value === "string") return /^[\w -]+$/.test(value) && (!/^\d/.test(value) || /^\d+[a-z]+$/.test(value)) ? value : q(value);
	return String(value);
}

class Random {
	readonly next: () => number;
	constructor(seed: number) {
		this.next = mulberry32(seed);
	}
	int(n: number): number {
		return Math.floor(this.next() * n);
	}
	pick<T>(list: readonly T[]): T {
		return list[this.int(list.length)] as T;
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	sentence(words: number): string {
		const out: string[] = [];
		for (let i = 0; i < words; i++) out.push(this.pick(WORDS));
		const text = out.join(" ");
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	}
}

interface Person {
	name: string;
	folder: string;
	path: string;
}

/** A date written in one of the forms the design accepts. */
function dateForm(r: Random, date: string): Yaml {
	const form = r.int(20);
	if (form < 12) return date;
	if (form < 14) return q(date);
	if (form < 16) return `${date}T09:30`;
	if (form < 17) return `${date}T09:30:00+02:00`;
	if (form < 19) return q(`[[${date}]]`);
	return q(`[[Daily/${date}|${date.slice(5)}]]`);
}

/** A link to a person in one of the forms people write. */
function linkForm(r: Random, person: Person, unquotedAllowed: boolean): Yaml {
	const form = r.int(20);
	if (form < 13) return q(`[[${person.name}]]`);
	if (form < 15) return q(`[[${person.folder}/${person.name}|${person.name.split(" ")[0] ?? person.name}]]`);
	if (form < 17 && unquotedAllowed && !/[,#&*!|>'"%@`{}[\]]/.test(person.name)) return `[[${person.name}]]`;
	if (form < 19) return q(`[[${person.name}.md]]`);
	return q(person.name);
}

function personNote(r: Random, person: Person, index: number, people: Person[], today: string): string {
	const lines: string[] = ["---"];
	const form = r.int(20);
	if (form < 8) lines.push(`person: ${yamlValue(person.name)}`);
	else if (form < 11) lines.push("person: true");
	else if (form < 13) lines.push(`person: ${q(`[[${person.name}]]`)}`);
	else if (form < 14) lines.push(`person: ${q(`[[${person.path.slice(0, -3)}|${person.name}]]`)}`);
	else if (form < 15) lines.push(`person:\n  - ${yamlValue(person.name)}\n  - ${q("nickname")}`);
	else if (form < 19) lines.push("type: person");
	else lines.push(`type:\n  - person\n  - contact`);
	if (r.chance(0.9)) lines.push(`role: ${yamlValue(r.pick(ROLES))}`);
	lines.push(`relationship: ${index === 0 ? "manager" : yamlValue(r.pick(RELATIONSHIPS))}`);
	if (r.chance(0.85)) lines.push(`influence: ${yamlValue(r.pick(LEVELS))}`);
	if (r.chance(0.7)) lines.push(`interest: ${yamlValue(r.pick(LEVELS))}`);
	const hasLastContact = r.chance(0.7);
	if (hasLastContact) lines.push(`last-contact: ${dateForm(r, addDaysIso(today, -r.int(200)))}`);
	else if (r.chance(0.2)) lines.push("last-contact:");
	else if (r.chance(0.02)) lines.push(`last-contact: ${q("2026-13-45")}`);
	if (r.chance(0.6)) lines.push(`cadence: ${yamlValue(r.pick(CADENCES))}`);
	if (r.chance(0.2)) {
		lines.push(`follow-up: ${dateForm(r, addDaysIso(today, r.int(40) - 20))}`);
		lines.push(`follow-up-note: ${q(r.sentence(6))}`);
	}
	if (r.chance(0.05)) lines.push(`snooze-until: ${addDaysIso(today, r.int(20) - 5)}`);
	if (index > 0 && r.chance(0.6)) {
		const boss = people[r.int(index)] as Person;
		const key = r.chance(0.15) ? "manager" : "reports-to";
		lines.push(`${key}: ${r.chance(0.9) ? linkForm(r, boss, false) : q(boss.name)}`);
	}
	if (r.chance(0.3)) lines.push(`cares-about: ${q(r.pick(CARES))}`);
	else if (r.chance(0.4)) lines.push(`cares-about:\n  - ${q(r.pick(CARES))}\n  - ${q(r.pick(CARES))}`);
	lines.push(`tags:\n  - people\n  - ${q(person.folder.split("/")[1]?.toLowerCase().replace(/\W+/g, "-") ?? "team")}`);
	// About 2% of person notes hold a value the design rejects: it must become a problem.
	if (r.chance(0.02)) {
		lines.push(
			r.pick([
				"influence: huge",
				"interest: 7",
				"cadence: sometimes",
				`follow-up: ${q("next week")}`,
				"snooze-until: 2026-02-30",
				"role:\n  first: a\n  second: b",
			]),
		);
	}
	// A few in a thousand have YAML that does not parse (a duplicate key): a problem, not a person.
	if (r.chance(0.003)) lines.push("relationship: duplicate");
	lines.push("---", "", `# ${person.name}`, "", "## Context", "", r.sentence(25), r.sentence(18), "", "## Notes", "");
	const paragraphs = 1 + r.int(4);
	for (let i = 0; i < paragraphs; i++) lines.push(`- ${r.sentence(12 + r.int(20))}`);
	lines.push("");
	return lines.join("\n");
}

function meetingNote(r: Random, date: string, people: Person[], who: Person, today: string): string {
	const lines: string[] = ["---"];
	const form = r.int(20);
	if (form < 16) lines.push(`with: ${linkForm(r, who, true)}`);
	else if (form < 18) lines.push(`with:\n  - ${linkForm(r, who, false)}\n  - ${linkForm(r, r.pick(people), false)}`);
	else if (form < 19) lines.push(`with: [${linkForm(r, who, false)}, ${linkForm(r, r.pick(people), false)}]`);
	// About 5% point at someone who has no note: an unresolved `with` is a problem.
	else lines.push(`with: ${q(`[[${who.name} (former)]]`)}`);
	if (r.chance(0.8)) lines.push(`date: ${dateForm(r, date)}`);
	if (r.chance(0.25)) {
		lines.push(`follow-up: ${addDaysIso(date, 3 + r.int(30))}`);
		if (r.chance(0.8)) lines.push(`follow-up-note: ${q(r.sentence(5))}`);
	}
	lines.push("tags: [one-on-one]", "---", "", "## Prep", "");
	lines.push(`- Last time: ${r.sentence(8)}`, "", "## Agenda", "");
	const tasks = 2 + r.int(5);
	for (let i = 0; i < tasks; i++) lines.push(`- [${r.chance(0.4) ? "x" : " "}] ${r.sentence(6 + r.int(6))}`);
	lines.push("", "## Notes", "");
	const notes = 1 + r.int(5);
	for (let i = 0; i < notes; i++) lines.push(`- ${r.sentence(10 + r.int(25))}`);
	lines.push("", "## Follow-ups", "", `- [ ] ${r.sentence(7)}`, "");
	if (date > today) lines.push("(planned)", "");
	return lines.join("\n");
}

/** generateVault returns every note of the synthetic vault, person notes first. */
export function generateVault(options: VaultOptions): GeneratedNote[] {
	const r = new Random(options.seed);
	const people: Person[] = [];
	const taken = new Set<string>();
	for (let i = 0; i < options.people; i++) {
		let name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
		if (taken.has(name.toLowerCase())) {
			const [first, ...rest] = name.split(" ");
			name = `${first ?? ""} ${String.fromCharCode(65 + r.int(26))}. ${rest.join(" ")}`;
		}
		for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${name.replace(/ \d+$/, "")} ${n}`;
		taken.add(name.toLowerCase());
		const folder = `People/${r.pick(TEAMS)}`;
		people.push({ name, folder, path: `${folder}/${name}.md` });
	}
	const notes: GeneratedNote[] = people.map((person, i) => ({
		path: person.path,
		text: personNote(r, person, i, people, options.today),
	}));
	const meetingPaths = new Set<string>();
	for (let i = 0; i < options.people * 4; i++) {
		// Some people are met much more often than others: square the uniform draw.
		const who = people[Math.floor(r.next() ** 2 * people.length)] as Person;
		const date = addDaysIso(options.today, 10 - r.int(400));
		const base = `1-1s/${date.slice(0, 4)}/${date} ${who.name}`;
		let path = `${base}.md`;
		for (let n = 2; meetingPaths.has(path.toLowerCase()); n++) path = `${base} ${n}.md`;
		meetingPaths.add(path.toLowerCase());
		notes.push({ path, text: meetingNote(r, date, people, who, options.today) });
	}
	return notes;
}
