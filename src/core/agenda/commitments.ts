import type { Commitment, Report } from "../types";
import { NO_DATE_AGREED, plural } from "../words";

/** The open commitments between the user and one person, as an agenda lists them (`{{commitments}}`, the prep brief). */

/** An open commitment as an agenda shows it. */
export interface AgendaCommitment {
	owner: Commitment["owner"];
	text: string;
	due: Commitment["due"];
	overdueDays: number;
	carriedOver: number;
}

/** agendaCommitments are the report's open commitments with one person, mine first, each in due order. */
export function agendaCommitments(report: Report, personPath: string): AgendaCommitment[] {
	const own = report.commitments.filter((c) => c.personPath === personPath);
	return [...own.filter((c) => c.owner === "me"), ...own.filter((c) => c.owner === "them")].map(({ owner, text, due, overdueDays, carriedOver }) => ({
		owner,
		text,
		due,
		overdueDays,
		carriedOver,
	}));
}

/** commitmentLine says who owes what by when: "I owe: Send the budget (due 2026-11-20, 3 days overdue)". */
export function commitmentLine(c: AgendaCommitment, person: string, escape: (text: string) => string): string {
	const who = c.owner === "me" ? "I owe" : `${escape(person)} owes`;
	const when = c.due === null ? NO_DATE_AGREED : `due ${c.due}${c.overdueDays > 0 ? `, ${plural(c.overdueDays, "day")} overdue` : ""}`;
	const carried = c.carriedOver > 0 ? `, carried over ${plural(c.carriedOver, "time")}` : "";
	return `${who}: ${escape(c.text)} (${when}${carried})`;
}

/** commitmentsBrief is the prep brief's lines about open commitments: a count each way, then one line each. */
export function commitmentsBrief(commitments: readonly AgendaCommitment[], person: string, escape: (text: string) => string): string[] {
	if (commitments.length === 0) return ["> - Open commitments: none"];
	const mine = commitments.filter((c) => c.owner === "me").length;
	const lines = [`> - Open commitments: I owe ${mine}, ${escape(person)} owes ${commitments.length - mine}`];
	for (const c of commitments) lines.push(`>   - ${commitmentLine(c, person, escape)}`);
	return lines;
}
