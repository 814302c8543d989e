import type { Report } from "../core/types";
import { buildOrgSection } from "../core/viewmodel/org";
import { INDENT, heading, wrap, type Paint } from "./terminal";

/**
 * orgSection is the text report's Org: your chain as the dashboard draws it (the same view
 * model), one line per person indented by level, then the flags, a sentence each. Without `me`
 * it says how to set it, and only in a vault where someone has a `reports-to`.
 */
export function orgSection(report: Report, paint: Paint, lineWidth: number, skipLevelDays: number | undefined): string[] {
	const org = buildOrgSection(report, skipLevelDays === undefined ? {} : { skipLevelDays });
	if (!org.known) {
		if (!report.stakeholders.some((s) => s.reportsTo !== null)) return [];
		return ["", ...heading("Org", paint), paint("Set who you are (me in the settings, or --me PERSON) to see your chain.", "dim")];
	}
	const lines = ["", ...heading("Org", paint)];
	for (const row of org.rows) {
		const indent = INDENT.repeat(row.depth);
		const chip = row.chip === null ? "" : ` · ${row.chip.label}`;
		const text = `${row.name} (${row.roleText.toLowerCase()})${chip}`;
		lines.push(...wrap(text, Math.max(20, lineWidth - indent.length)).map((line, i) => indent + (i === 0 ? line : INDENT + line)));
	}
	for (const text of org.moreText) lines.push(paint(text, "dim"));
	for (const flag of org.flags) {
		// "Open your note" is the dashboard's button; the text names the note.
		const names = flag.id === "no-manager" ? (report.org?.me ?? "") : flag.people.map((p) => p.name).join(", ") + (flag.more > 0 ? ` and ${flag.more} more` : "");
		lines.push(...wrap(`! ${flag.text} ${names}`, lineWidth).map((line, i) => (i === 0 ? paint(line, "yellow") : INDENT + line)));
	}
	return lines;
}
