import type { Calendar } from "../contact";
import { compareNames } from "../directory";
import { compareDatesNullLast } from "../order";
import type { Commitment, IsoDate } from "../types";
import type { Occurrence } from "./occurrences";

/**
 * One person's commitments, both ways, from every note they appear in. A commitment is the
 * same across notes when its other side, its owner and its text (agenda's itemKey: no carried
 * marker, case and spacing ignored) are; in date order, the earliest note it appears in is
 * where it was made (or the note its `(from [[…]])` marker names, when that is an earlier
 * 1:1 note), each later note it is open in carried it over, and its latest note says whether
 * it is still open (`[ ]`) or closed: kept (`[x]`) or cancelled (`[-]` and other statuses).
 */

/** A commitment closed in its latest note: kept (checked) or dropped (cancelled). */
export interface ClosedCommitment extends Pick<Commitment, "path" | "line" | "person" | "personPath" | "owner" | "text" | "due" | "firstPath" | "firstDate"> {
	/** True when checked (`[x]`), false when cancelled (`[-]`) or given another status. */
	kept: boolean;
	/** Its `✅ yyyy-MM-dd` done date, else the date of the note where it was closed. */
	closedDate: IsoDate | null;
	/** True when kept by its due date, false when kept late; null without a due date or a done date. */
	onTime: boolean | null;
}

/** Both lists of one person's commitments. */
export interface PersonCommitments {
	person: string;
	personPath: string | null;
	/** Open ones, in due order. */
	open: Commitment[];
	/** Closed ones, latest closed first. */
	closed: ClosedCommitment[];
}

/** compareCommitments is the report's order: due date (undated last), then owner (mine first), person, path, line. */
export function compareCommitments(a: Commitment, b: Commitment): number {
	return (
		compareDatesNullLast(a.due, b.due) ||
		(a.owner === b.owner ? 0 : a.owner === "me" ? -1 : 1) ||
		compareNames(a.person, b.person) ||
		compareNames(a.path, b.path) ||
		a.line - b.line ||
		compareNames(a.personPath ?? "", b.personPath ?? "") ||
		compareNames(a.text, b.text)
	);
}

function compareOccurrences(a: Occurrence, b: Occurrence): number {
	return compareDatesNullLast(a.date, b.date) || compareNames(a.path, b.path) || a.task.line - b.task.line;
}

/**
 * ledgerOf works out one person's commitments from every occurrence of theirs (any order);
 * `dateOf` gives the date of a 1:1 note a carried marker names (null when it is none).
 */
export function ledgerOf(occurrences: readonly Occurrence[], dateOf: (path: string) => IsoDate | null, calendar: Calendar): PersonCommitments | null {
	const first = occurrences[0];
	if (first === undefined) return null;
	const groups = new Map<string, Occurrence[]>();
	for (const o of occurrences) {
		const id = `${o.owner}\u0000${o.key}`;
		const group = groups.get(id);
		if (group === undefined) groups.set(id, [o]);
		else group.push(o);
	}
	const open: Commitment[] = [];
	const closed: ClosedCommitment[] = [];
	for (const group of groups.values()) {
		group.sort(compareOccurrences);
		// One occurrence per note: its first open one, else its first.
		const byNote: Occurrence[] = [];
		for (const o of group) {
			const last = byNote[byNote.length - 1];
			if (last === undefined || last.path !== o.path) byNote.push(o);
			else if (last.task.status !== " " && o.task.status === " ") byNote[byNote.length - 1] = o;
		}
		const earliest = byNote[0];
		const latest = byNote[byNote.length - 1];
		if (earliest === undefined || latest === undefined) continue;
		let firstPath = earliest.path;
		let firstDate = earliest.date;
		for (const o of byNote) {
			if (o.from === null || o.from === firstPath) continue;
			const date = dateOf(o.from);
			if (date !== null && (firstDate === null || date < firstDate)) {
				firstPath = o.from;
				firstDate = date;
			}
		}
		const base = { path: latest.path, line: latest.task.line, person: latest.person, personPath: latest.personPath, owner: latest.owner, text: latest.task.text, due: latest.task.due, firstPath, firstDate };
		if (latest.task.status === " ") {
			const carriedOver = byNote.filter((o) => o.path !== firstPath && o.task.status === " ").length;
			open.push({
				...base,
				overdueDays: base.due === null ? 0 : Math.max(0, calendar.daysSince(base.due)),
				carriedOver,
				ageDays: firstDate === null ? null : calendar.daysSince(firstDate),
				source: latest.task.source,
			});
		} else {
			const kept = latest.task.status === "x" || latest.task.status === "X";
			const closedDate = latest.task.done ?? latest.date;
			const onTime = base.due === null || closedDate === null ? null : closedDate <= base.due;
			closed.push({ ...base, kept, closedDate, onTime });
		}
	}
	open.sort(compareCommitments);
	closed.sort((a, b) => -compareDatesNullLast(a.closedDate, b.closedDate) || compareNames(a.path, b.path) || a.line - b.line || (a.owner === b.owner ? 0 : a.owner === "me" ? -1 : 1));
	return { person: first.person, personPath: first.personPath, open, closed };
}
