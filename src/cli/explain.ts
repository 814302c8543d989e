import { basename } from "node:path";
import { RULE_WORDS, explain, pathResolver, plural, type Explanation } from "../core";
import { EXIT } from "./command";
import { json, vaultCommand } from "./vault-command";
import { printable } from "./terminal";
import { vaultReport } from "./vault";

/** formatExplanation writes what was found as text: each rule with its count, then what was skipped. */
export function formatExplanation(found: Explanation, vaultName: string): string {
	const lines = [`Managing Up in ${printable(vaultName)}: what it found, and why`, ""];
	lines.push(`${plural(found.people.total, "person", "people")}${found.people.total === 0 ? "" : ", found by"}`);
	for (const { rule, detail, count } of found.people.byRule) lines.push(`  ${String(count).padStart(5)}  ${RULE_WORDS[rule]}${detail === "" ? "" : ` (${printable(detail)})`}`);
	lines.push("", `${plural(found.meetings.total, "meeting or interaction", "meetings and interactions")}${found.meetings.total === 0 ? "" : ", naming people in"}`);
	for (const { key, count } of found.meetings.byKey) lines.push(`  ${String(count).padStart(5)}  ${printable(key)}`);
	lines.push("", `${plural(found.withoutNote.total, "name")} in meetings without a person note${found.withoutNote.total === 0 ? "" : ", most named:"}`);
	for (const name of found.withoutNote.top) lines.push(`  ${String(name.meetings).padStart(5)}  ${printable(name.name)}${name.lastDate === null ? "" : ` (last ${name.lastDate})`}`);
	const linked = found.linkedNotPeople;
	if (linked.total > 0) {
		lines.push("", `${plural(linked.total, "note")} your meetings link to as people ${linked.total === 1 ? "is" : "are"} no one's, most linked:`);
		for (const note of linked.top) lines.push(`  ${String(note.meetings).padStart(5)}  ${printable(note.path)} (${note.why === null ? "" : `${note.why}, `}last ${note.lastDate})`);
		lines.push("  A note is a person's by a person type, tag, property or folder: add its type to the person words if it is one.");
	}
	if (found.me.suggestion !== null) {
		lines.push("", `Is "${printable(found.me.suggestion)}" you? Most meetings name them. Set "me" in the settings so you are never a stakeholder.`);
	} else if (found.me.path !== null) {
		lines.push("", `You: ${printable(found.me.path)} (never a stakeholder)`);
	}
	const { template, excluded, archive, cancelled } = found.skipped;
	const skips = [plural(template, "template"), plural(excluded, "excluded file"), plural(archive, "archived copy", "archived copies")];
	if (cancelled > 0) skips.push(plural(cancelled, "cancelled meeting"));
	lines.push("", `Skipped: ${skips.join(", ")}`);
	lines.push("Nothing in your notes was changed.", "");
	return lines.join("\n");
}

/** `managing-up explain`: how many people and meetings each convention found, and what was skipped. */
export const explainCommand = vaultCommand({
	usage: "explain [VAULT] [--today YYYY-MM-DD] [--json] [--me PERSON]",
	summary: "what it found in the vault (people and meetings by rule), and what it skipped",
	saved: "explain",
	arguments: { today: "the day meetings are counted up to", json: "print the counts as one JSON object", me: true },
	run({ today, vault }, input, io) {
		const byPath = new Map(vault.paths.map((path, i) => [path, vault.readings[i]]));
		const links = { resolve: pathResolver(vault.paths), readingAt: (path: string) => byPath.get(path) };
		const found = explain(vault.readings, vaultReport(vault, today), vault.core.me, links);
		io.stdout(input.options.json === true ? json(found) : formatExplanation(found, basename(vault.root)));
		return EXIT.ok;
	},
});
