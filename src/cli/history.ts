import { HISTORY_KIND_LABELS, meetingOf, pathResolver, type MeetingRecord } from "../core";
import { commitmentsByPerson } from "../core/commitments";
import { commitmentEntries } from "../core/history-commitments";
import { historyJson, personHistory, type PersonHistory } from "../core/history";
import { findStakeholder } from "./agenda";
import { EXIT, todayOption, type Command } from "./command";
import { ME_DETAIL, NO_CACHE_DETAIL, VAULT_DETAIL, VAULT_OPTIONS, json } from "./report";
import { printable } from "./terminal";
import { vaultReport, type Vault } from "./vault";
import { runSaved } from "./vault-command";

/** meetingsOf looks up the meeting records of a vault read from disk, by path. */
function meetingsOf(vault: Vault): (path: string) => MeetingRecord | null {
	const meetings = new Map<string, MeetingRecord>();
	for (const reading of vault.readings) {
		const meeting = meetingOf(reading);
		if (meeting !== null) meetings.set(meeting.path, meeting);
	}
	return (path) => meetings.get(path) ?? null;
}

/** The width of the kind column: the longest label. */
const KIND_WIDTH = Math.max(...Object.values(HISTORY_KIND_LABELS).map((label) => label.length));

/** formatHistory writes a history as text: a heading, then one line per entry (date, kind, note, summary), newest first. */
export function formatHistory(history: PersonHistory): string {
	const count = history.entries.length;
	const lines = [printable(`${history.person} (${history.path}): ${count === 1 ? "1 entry" : `${count} entries`}, newest first`)];
	if (count === 0) lines.push("  nothing yet: no 1:1 notes, meetings, logged contacts, follow-ups or commitments");
	for (const entry of history.entries) {
		const date = entry.date ?? "undated   ";
		lines.push(printable(`  ${date}  ${HISTORY_KIND_LABELS[entry.kind].padEnd(KIND_WIDTH)}  ${entry.path}  ${entry.summary}`));
	}
	return `${lines.join("\n")}\n`;
}

/** `managing-up history`: one person's timeline, read from their notes. */
export const historyCommand: Command = {
	usage: "history PERSON [VAULT] [--today YYYY-MM-DD] [--json] [--me PERSON]",
	summary: "one person's history: 1:1 notes, meetings, logged contacts, follow-ups and commitments, newest first",
	details: [
		"PERSON              the person's name, alias, note title or note path",
		VAULT_DETAIL,
		"--today YYYY-MM-DD  the day the report is read for (default: today's local date)",
		'--json              print { "person", "path", "entries": [{ "date", "kind", "path", "summary" }] }',
		ME_DETAIL,
		NO_CACHE_DETAIL,
	],
	options: VAULT_OPTIONS,
	positionals: [
		{ name: "PERSON", required: true },
		{ name: "VAULT", required: false },
	],
	run(input, io) {
		const today = todayOption(input, io);
		const asJson = input.options.json === true;
		return runSaved(input, io, { slot: asJson ? "history-json" : "history", position: 1, today }, (read, out) => {
			const vault = read();
			const report = vaultReport(vault, today);
			const person = findStakeholder(report.stakeholders, input.positionals[0] ?? "");
			const ledger = commitmentsByPerson(vault.readings, pathResolver(vault.paths), vault.core, today).get(person.path) ?? null;
			const history = personHistory(person, meetingsOf(vault), commitmentEntries(ledger, today));
			out.stdout(asJson ? json(historyJson(history)) : formatHistory(history));
			return EXIT.ok;
		});
	},
};
