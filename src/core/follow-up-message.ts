import { agreedItems } from "./agreed";
import { addDaysIso } from "./dates";
import { dayText } from "./day-words";
import { compareNames } from "./directory";
import { FrontmatterReader } from "./frontmatter";
import { plainText } from "./plain-text";
import { displayOfRef, foldName, linkBasename, readDate } from "./values";
import type { Commitment, Frontmatter, IsoDate, MeetingRecord, NoteRef, PropertyLists, Report, Stakeholder } from "./types";

/**
 * The written follow-up of a 1:1 (design.md, "The written follow-up"): a short plain-text
 * message to paste into a chat or a mail — thanks, what we agreed, who does what by when, and
 * when we talk or revisit next. The plugin's command and `managing-up follow-up` both print it.
 */

/** What a follow-up is written from: the note as the index read it, its text and properties, and the report of the day. */
export interface FollowUpInput {
	/** The 1:1 note's record. */
	meeting: MeetingRecord;
	/** The note's text (its frontmatter is skipped). */
	text: string;
	/** The note's properties, for `revisit`; null when it has none. */
	frontmatter: Frontmatter | null;
	/** The report of the day the message is written (its `today`). */
	report: Report;
	/** The names each property is read under. */
	properties: PropertyLists;
}

/** The written follow-up: its text, and who it is for (display names), for the notice. */
export interface FollowUpMessage {
	text: string;
	to: string[];
}

/** What a task without a due date says: mine is for me to fix, theirs is a question. */
const NO_DATE_MINE = "(no date yet)";
const NO_DATE_THEIRS = "(no date yet — could we pick one?)";

/** firstName is how the message addresses someone: "Jane" for "Jane Doe", "Élodie" for "Dubois, Élodie". */
export function firstName(person: string): string {
	const name = plainText(person);
	const comma = name.indexOf(",");
	const given = comma > 0 ? name.slice(comma + 1).trim() : name;
	return given.split(" ")[0] || name;
}

/** joinNames lists names as a sentence does: "Jane", "Jane and Sam", "Jane, Sam and Ali". */
function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? "";
	return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

/** refNames are the names a meeting's link or name could be a person by, folded. */
function refNames(ref: NoteRef): string[] {
	return [ref.target, linkBasename(ref.target), displayOfRef(ref)].map(foldName);
}

/** meetingPeople are the stakeholders a 1:1 note is with, in the order the note names them. */
export function meetingPeople(meeting: MeetingRecord, report: Report): Stakeholder[] {
	const refs = [...meeting.with, ...meeting.attendees].map(refNames);
	const rank = (s: Stakeholder): number => {
		const names = [s.path.replace(/\.md$/i, ""), s.title, s.person, ...s.aliases].map(foldName);
		const at = refs.findIndex((ref) => ref.some((name) => names.includes(name)));
		return at < 0 ? refs.length : at;
	};
	return report.stakeholders
		.filter((s) => s.meetings.some((m) => m.path === meeting.path))
		.map((s) => ({ s, rank: rank(s) }))
		.sort((a, b) => a.rank - b.rank || compareNames(a.s.person, b.s.person))
		.map(({ s }) => s);
}

/** thanksLine thanks the people for the time, by the day of the note: today, yesterday, or its weekday. */
function thanksLine(names: readonly string[], date: IsoDate | null, today: IsoDate): string {
	const when =
		date === today ? " today" : date !== null && addDaysIso(date, 1) === today ? " yesterday" : date !== null && date < today ? ` on ${dayText(date, today)}` : "";
	const who = names.length === 0 ? "" : `, ${joinNames(names)}`;
	return `Thanks for the time${when}${who}.`;
}

/** commitmentLine writes one task with its due date, or says that it has none. */
function commitmentLine(c: Commitment, today: IsoDate): string {
	const when = c.due === null ? (c.owner === "me" ? NO_DATE_MINE : NO_DATE_THEIRS) : `by ${dayText(c.due, today)}`;
	return `- ${plainText(c.text)} ${when}`;
}

/** block writes a heading line and its items, or nothing when there are none. */
function block(heading: string, items: readonly string[]): string[] {
	return items.length === 0 ? [] : [heading, ...items, ""];
}

/** revisitOf reads the note's `revisit` date; an unreadable one counts as absent (it is not the index's to report). */
export function revisitOf(frontmatter: Frontmatter | null, path: string, properties: PropertyLists): IsoDate | null {
	if (frontmatter === null) return null;
	return new FrontmatterReader(path, frontmatter, properties).field("revisit", readDate);
}

/** theirLines are what the others promised: "You will:" for one person, a block per person for several. */
function theirLines(theirs: readonly Commitment[], today: IsoDate): string[] {
	const people = [...new Set(theirs.map((c) => c.person))];
	if (people.length <= 1) return block("You will:", theirs.map((c) => commitmentLine(c, today)));
	return people.flatMap((person) =>
		block(
			`${firstName(person)} will:`,
			theirs.filter((c) => c.person === person).map((c) => commitmentLine(c, today)),
		),
	);
}

/** nextLines say when we talk again (each person's next contact still to come) and when we revisit. */
function nextLines(people: readonly Stakeholder[], input: FollowUpInput): string[] {
	const { meeting, report } = input;
	const today = report.today;
	const lines: string[] = [];
	const ahead = people.filter((s) => s.nextContact !== null && s.nextContact >= today);
	for (const s of ahead) {
		const who = people.length > 1 ? ` with ${firstName(s.person)}` : "";
		lines.push(`Next check-in${who}: ${dayText(s.nextContact ?? today, today)}.`);
	}
	const revisit = revisitOf(input.frontmatter, meeting.path, input.properties);
	const date = revisit ?? meeting.followUp;
	if (date !== null) {
		const about = revisit === null && meeting.followUpNote !== null ? plainText(meeting.followUpNote) : "";
		const said = about === "" ? "" : `: ${about}`;
		lines.push(`Let's revisit on ${dayText(date, today)}${said}${/[.!?]$/.test(said) ? "" : "."}`);
	}
	return lines;
}

/** followUpMessage writes the follow-up of one 1:1 note. */
export function followUpMessage(input: FollowUpInput): FollowUpMessage {
	const { meeting, report } = input;
	const today = report.today;
	const people = meetingPeople(meeting, report);
	const commitments = (report.commitments ?? []).filter((c) => c.path === meeting.path);
	const to = people.length > 0 ? people.map((s) => s.person) : [...new Set(commitments.map((c) => c.person))];
	const mine = commitments.filter((c) => c.owner === "me");
	const theirs = commitments.filter((c) => c.owner === "them");
	const lines = [
		thanksLine(to.map(firstName), meeting.date, today),
		"",
		...block("What we agreed:", agreedItems(input.text).map((item) => `- ${item}`)),
		...block("I will:", mine.map((c) => commitmentLine(c, today))),
		...theirLines(theirs, today),
		...nextLines(people, input),
	];
	while (lines[lines.length - 1] === "") lines.pop();
	return { text: `${lines.join("\n")}\n`, to };
}
