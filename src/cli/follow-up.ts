import { isRecord, meetingOf, titleOf, type MeetingRecord } from "../core";
import { followUpMessage } from "../core/follow-up-message";
import { CliError, EXIT } from "./command";
import { parseFrontmatter } from "./frontmatter";
import { failure, readNoteText } from "./note-file";
import { vaultCommand } from "./vault-command";
import { shown, shownList } from "./terminal";
import { vaultReport, type Vault } from "./vault";

/**
 * findMeetingNote finds NOTE among the vault's 1:1 notes: by its vault-relative path (with or
 * without `.md`) or its title, without case. A note that is not a 1:1 note, a title two 1:1
 * notes share, or no such note is a one-line error.
 */
export function findMeetingNote(vault: Vault, wanted: string): MeetingRecord {
	const key = wanted.trim().replace(/\\/g, "/").replace(/^\.\//, "").replace(/\.md$/i, "").toLowerCase();
	const byPath = vault.paths.findIndex((path) => path.replace(/\.md$/i, "").toLowerCase() === key);
	const candidates = byPath >= 0 ? [byPath] : vault.paths.flatMap((path, i) => (titleOf(path).toLowerCase() === key ? [i] : []));
	const meetings = candidates.flatMap((i) => {
		const meeting = meetingOf(vault.readings[i]);
		return meeting === null ? [] : [meeting];
	});
	const [only, ...others] = meetings;
	if (only !== undefined && others.length === 0) return only;
	if (only !== undefined) {
		throw new CliError(`'${shown(wanted)}' names ${meetings.length} 1:1 notes (${shownList(meetings.map((m) => m.path))}); give the note's path instead`);
	}
	const first = candidates[0];
	if (first !== undefined) throw new CliError(`${shown(vault.paths[first] ?? wanted)} is not a 1:1 note: it names no one to follow up with`);
	throw new CliError(`no note named '${shown(wanted)}' in this vault`);
}

/** `managing-up follow-up`: prints the written follow-up of a 1:1 note, as "Write follow-up for this 1:1" copies it. */
export const followUpCommand = vaultCommand({
	usage: "follow-up NOTE [VAULT] [--today YYYY-MM-DD] [--me PERSON]",
	summary: "print the written follow-up of a 1:1 note: thanks, what you agreed, who does what by when",
	arguments: { first: { name: "NOTE", what: "the 1:1 note's vault-relative path or its title" }, today: "the day the follow-up is written", me: true },
	run({ today, vault }, input, io) {
		const meeting = findMeetingNote(vault, input.positionals[0] ?? "");
		let text: string | null;
		try {
			text = readNoteText(vault.root, meeting.path).text;
		} catch (error) {
			throw new CliError(`cannot read ${shown(meeting.path)} (${failure(error)})`);
		}
		if (text === null) throw new CliError(`${shown(meeting.path)} is not UTF-8 text`);
		text = text.replace(/\r\n?/g, "\n");
		const parsed = parseFrontmatter(text);
		const frontmatter = parsed.error === null && isRecord(parsed.data) ? parsed.data : null;
		const message = followUpMessage({ meeting, text, frontmatter, report: vaultReport(vault, today), properties: vault.core.properties });
		io.stdout(message.text);
		return EXIT.ok;
	},
});
