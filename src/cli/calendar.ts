import { basename } from "node:path";
import { calendarExport } from "../core/calendar";
import { EXIT, todayOption, type Command } from "./command";
import { ME_DETAIL, NO_CACHE_DETAIL, NO_CACHE_OPTION, VAULT_DETAIL, openVault } from "./report";
import { vaultReport } from "./vault";

/** `managing-up calendar`: prints the calendar that "Export follow-ups to calendar" writes, as iCalendar text. */
export const calendarCommand: Command = {
	usage: "calendar [VAULT] [--today YYYY-MM-DD]",
	summary: "print the follow-ups, dated commitments and high-influence check-ins as an .ics calendar",
	details: [
		VAULT_DETAIL,
		"--today YYYY-MM-DD  the day of the report (default: today's local date)",
		ME_DETAIL,
		NO_CACHE_DETAIL,
		"Each event links to its note with obsidian://open; the vault's name is its folder's name.",
	],
	options: { today: { type: "string" }, me: { type: "string" }, ...NO_CACHE_OPTION },
	positionals: [{ name: "VAULT", required: false }],
	run(input, io) {
		const today = todayOption(input, io);
		const vault = openVault(input, io);
		const now = io.now ? io.now() : new Date();
		io.stdout(calendarExport(vaultReport(vault, today), basename(vault.root), now.toISOString()).text);
		return EXIT.ok;
	},
};
