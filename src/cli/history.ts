import { HISTORY_KIND_LABELS, meetingOf, pathResolver, type MeetingRecord } from "../core";
import { commitmentsByPerson } from "../core/commitments";
import { commitmentEntries } from "../core/history-commitments";
import { historyJson, personHistory, type PersonHistory } from "../core/history";
import { EXIT } from "./command";
import { findPerson } from "./person";
import { json, vaultCommand } from "./vault-command";
import { printable } from "./terminal";
import type { Vault } from "./vault";

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

/** What `history --json` prints. */
const HISTORY_JSON = 'print { "person", "path", "entries": [{ "date", "kind", "path", "summary" }] }';

/** `managing-up history`: one person's timeline, read from their notes. */
export const historyCommand = vaultCommand({
	usage: "history PERSON [VAULT] [--today YYYY-MM-DD] [--json] [--me PERSON]",
	summary: "one person's history: 1:1 notes, meetings, logged contacts, follow-ups and commitments, newest first",
	saved: "history",
	arguments: { first: { name: "PERSON", what: "the person's name, alias, note title or note path" }, today: "the day the report is read for", json: HISTORY_JSON, me: true },
	run(read, input, io) {
		const { today, vault } = read;
		const { person } = findPerson(read, input);
		const ledger = commitmentsByPerson(vault.readings, pathResolver(vault.paths), vault.core, today).get(person.path) ?? null;
		const history = personHistory(person, meetingsOf(vault), commitmentEntries(ledger, today));
		io.stdout(input.options.json === true ? json(historyJson(history)) : formatHistory(history));
		return EXIT.ok;
	},
});
