import type { PersonCommitments } from "./commitments/ledger";
import type { HistoryEntry } from "./history";
import type { Commitment, CommitmentOwner, IsoDate } from "./types";
import { plural } from "./words";

/**
 * The commitments of one person's history, both ways, from their ledger (commitmentsByPerson):
 *
 * - `commitment-made` for every commitment, open or closed, on the date of the note it was first
 *   written in (`firstPath`; undated when that note has no date): "I owe: Send the deck (due
 *   2026-11-10)" or "Jane owes: …". A commitment carried over is made once, where it began.
 * - `commitment-kept` for every checked one, on the day it was done (its `✅` date, else the date
 *   of the note where it was checked), in that note: "I kept: … (on time, due …)". One kept
 *   after its due date is this entry with "late" ("Jane kept: … (late, due …)"), not a miss too:
 *   it was kept, and the entry says when.
 * - `commitment-missed` for every open one past its due date (the day after it at the earliest),
 *   on its due date, in the note it is open in now: "I missed: … (due …, still open)", with how
 *   many times it was carried over.
 *
 * A cancelled one (`[-]`) keeps its made entry and nothing more: dropping it was a decision.
 */

/** firstName is the name a person is called by in a summary: the first word of their name. */
function firstName(person: string): string {
	return person.trim().split(/\s+/)[0] || person;
}

/** who says whose it is: "I" or the other side's first name. */
function who(owner: CommitmentOwner, person: string): string {
	return owner === "me" ? "I" : firstName(person);
}

function due(c: { due: IsoDate | null }): string {
	return c.due === null ? "" : ` (due ${c.due})`;
}

/** missedSummary is an open commitment past due: whose, what, when it was due, and how often it was carried. */
function missedSummary(c: Commitment): string {
	const carried = c.carriedOver > 0 ? `, carried over ${plural(c.carriedOver, "time")}` : "";
	return `${who(c.owner, c.person)} missed: ${c.text} (due ${c.due ?? ""}, still open${carried})`;
}

/** commitmentEntries are the history entries of one person's commitments (none when `ledger` is null), for `today`. */
export function commitmentEntries(ledger: PersonCommitments | null, today: IsoDate): HistoryEntry[] {
	if (ledger === null) return [];
	const entries: HistoryEntry[] = [];
	for (const c of [...ledger.open, ...ledger.closed]) {
		const owes = c.owner === "me" ? "I owe" : `${firstName(c.person)} owes`;
		entries.push({ date: c.firstDate, kind: "commitment-made", path: c.firstPath, summary: `${owes}: ${c.text}${due(c)}` });
	}
	for (const c of ledger.open) {
		if (c.due !== null && c.due < today) entries.push({ date: c.due, kind: "commitment-missed", path: c.path, summary: missedSummary(c) });
	}
	for (const c of ledger.closed) {
		if (!c.kept) continue;
		const when = c.due === null ? "" : c.onTime === null ? due(c) : ` (${c.onTime ? "on time" : "late"}, due ${c.due})`;
		entries.push({ date: c.closedDate, kind: "commitment-kept", path: c.path, summary: `${who(c.owner, c.person)} kept: ${c.text}${when}` });
	}
	return entries;
}
