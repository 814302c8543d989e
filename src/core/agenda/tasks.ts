/**
 * Open items of a 1:1 note and how they are carried over to the next agenda.
 *
 * An open item is an unchecked task (`- [ ] …`, also with `*`, `+` or `1.` as the list marker)
 * anywhere in the note outside its frontmatter and code blocks. Checked (`[x]`), cancelled
 * (`[-]`) and every other status are done with, and empty tasks are skipped.
 *
 * A task carried over keeps its origin: a carried item gets a visible marker, ` (from [[Previous
 * note]])`, put in front of any Tasks plugin fields so that its 📅 dates keep working. When the
 * next agenda is made, an item that already has such a marker is carried again with its marker
 * unchanged, so it still names the note it was first written in: an item travels from 1:1 to
 * 1:1 until it gets done or is cancelled, and the commitments reader counts how often it was
 * carried. Items with the same text (ignoring the marker, case and spacing) are carried once.
 * Nested open tasks keep their nesting under carried parents; under a finished parent they move up.
 * A task whose owner only its heading gave (`I will`, `Jane will`) is carried with an owner
 * marker (`@me`, `@Jane`), so that under the agenda's own headings it is still a commitment.
 */

import { headingSide, type HeadingSide } from "../commitments/headings";
import { outsideFences } from "../markdown-lines";
import { carried, headingText, withoutCarried } from "../text-scan";

/** An unchecked task to carry into the next agenda. */
export interface OpenItem {
	/** The task's text after `[ ] `, with Tasks fields (📅 …) as written. */
	text: string;
	/** How many carried open tasks it is nested under. */
	depth: number;
	/**
	 * Who owes it, when only its heading said so (`I will`: "me"; `Jane will`: that name; `They
	 * will`: "them"): carried under another heading it gets an owner marker, so it stays a
	 * commitment. Absent for agenda items, `Agreed` ones and tasks with their own marker.
	 */
	owner?: "me" | "them" | { name: string };
}

// After the box, one space or tab then the text (trimmed by the reader): `[ \t]+(.*)` tried every split of a run of spaces.
const TASK = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+\[(.)\](?:[ \t](.*))?$/;
/** A leading owner marker: `@me`, `@Name`, `[[Person]]`. */
const OWNER_MARKER = /^(?:@[\p{L}\p{N}_]|\[\[)/u;
/** Tasks plugin signifiers that start the fields at the end of a task; descriptions come before them. */
const TASKS_FIELD = /\s(?:📅|⏳|🛫|➕|✅|❌|🔁|⏫|🔼|🔽|⏬|🔺|🆔|⛔|🏁)/u;

/** stripFrontmatter returns a note's text without its leading `---` frontmatter block. */
export function stripFrontmatter(text: string): string {
	const normalised = text.replace(/\r\n?/g, "\n");
	if (!normalised.startsWith("---\n")) return normalised;
	const end = normalised.indexOf("\n---", 3);
	if (end < 0) return normalised;
	const after = normalised.indexOf("\n", end + 4);
	return after < 0 ? "" : normalised.slice(after + 1);
}

/** isCarried says whether a task's text already carries a `(from [[…]])` marker. */
export function isCarried(text: string): boolean {
	return carried(text) !== null;
}

/** itemKey is what makes two items the same: the text without the marker, in lower case, with spaces collapsed. */
export function itemKey(text: string): string {
	return withoutCarried(text).replace(/\s+/g, " ").trim().toLowerCase();
}

function indentWidth(indent: string): number {
	let width = 0;
	for (const ch of indent) width += ch === "\t" ? 4 : 1;
	return width;
}

/** openItems lists the unchecked tasks of a note that are to be carried over, in note order. */
export function openItems(noteText: string): OpenItem[] {
	const lines = stripFrontmatter(noteText).split("\n");
	const items: OpenItem[] = [];
	const seen = new Set<string>();
	const parents: { indent: number; carried: boolean }[] = [];
	const headings: { level: number; side: HeadingSide | null }[] = [];
	for (const { line } of outsideFences(lines)) {
		const heading = headingText(line);
		if (heading !== null) {
			const level = heading.level;
			while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
			headings.push({ level, side: headingSide(heading.text) });
			continue;
		}
		const match = TASK.exec(line);
		if (!match) continue;
		const indent = indentWidth(match[1] ?? "");
		while (parents.length > 0 && (parents[parents.length - 1]?.indent ?? 0) >= indent) parents.pop();
		const text = (match[3] ?? "").trim();
		const key = itemKey(text);
		const carried = match[2] === " " && key !== "" && !seen.has(key);
		if (carried) {
			seen.add(key);
			const item: OpenItem = { text, depth: parents.filter((p) => p.carried).length };
			const side = OWNER_MARKER.test(text) ? null : ([...headings].reverse().find((h) => h.side !== null)?.side ?? null);
			if (side?.side === "me") item.owner = "me";
			else if (side?.side === "them") item.owner = side.name === null ? "them" : { name: side.name };
			items.push(item);
		}
		parents.push({ indent, carried });
	}
	return items;
}

/** markCarried puts ` (from [[link]])` after an item's description, before its Tasks fields; an item already carried keeps its marker. */
export function markCarried(text: string, link: string): string {
	if (isCarried(text)) return text;
	const marker = ` (from ${link})`;
	const field = TASKS_FIELD.exec(text);
	if (!field) return `${text}${marker}`;
	return `${text.slice(0, field.index)}${marker}${text.slice(field.index)}`;
}

/** ownerMarker is the marker that keeps a carried item's owner: `@me`, `@Jane`, `[[Jane Doe]]`, or the person's link for "them". */
function ownerMarker(owner: OpenItem["owner"], person: string | null): string {
	if (owner === undefined) return "";
	if (owner === "me") return "@me ";
	if (owner === "them") return person === null ? "" : `${person} `;
	const name = owner.name;
	if (name.startsWith("[[")) return `${name} `;
	return /^[\p{L}\p{N}_][\p{L}\p{N}_.'-]*$/u.test(name) ? `@${name} ` : `[[${name}]] `;
}

/**
 * carriedTaskLines writes the open items as tasks for the new agenda, each marked with where it
 * came from, and with an owner marker when only its heading said whose it was (`person`, the
 * person's link, stands for `They will`).
 */
export function carriedTaskLines(items: readonly OpenItem[], link: string, indent = "", person: string | null = null): string[] {
	return items.map((item) => `${indent}${"\t".repeat(item.depth)}- [ ] ${ownerMarker(item.owner, person)}${markCarried(item.text, link)}`);
}
