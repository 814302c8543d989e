import { basename } from "node:path";
import { calendarExport } from "../core/calendar";
import { EXIT } from "./command";
import { vaultCommand } from "./vault-command";
import { vaultReport } from "./vault";

/** `managing-up calendar`: prints the calendar that "Export follow-ups to calendar" writes, as iCalendar text. */
export const calendarCommand = vaultCommand({
	usage: "calendar [VAULT] [--today YYYY-MM-DD] [--me PERSON]",
	summary: "print the follow-ups, dated commitments and high-influence check-ins as an .ics calendar",
	arguments: {
		today: "the day of the report",
		me: true,
		notes: ["Each event links to its note with obsidian://open; the vault's name is its folder's name."],
	},
	run({ today, vault }, _input, io) {
		const now = io.now ? io.now() : new Date();
		io.stdout(calendarExport(vaultReport(vault, today), basename(vault.root), now.toISOString()).text);
		return EXIT.ok;
	},
});
