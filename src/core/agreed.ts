import { stripFrontmatter } from "./agenda/tasks";
import { outsideFences } from "./markdown-lines";
import { plainText } from "./plain-text";
import { headingWithHashes } from "./text-scan";

/**
 * What a 1:1 note says was agreed: the list items under a heading such as `## Agreed`,
 * `## Decisions` or `### Decided` (any level, any case, a trailing colon allowed), down to the
 * next heading of the same or a higher level. Tasks are left out: they are commitments, which
 * the commitments reader gives each an owner and a due date. Code blocks are not the note's text.
 */

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t](.*)$/;
/** A task's checkbox, any status: `[ ]`, `[x]`, `[-]`, `[>]`. */
const TASK_BOX = /^\[.\](?:[ \t]|$)/;

/** The headings whose list items are what was agreed, lower-case, without a trailing colon. */
export const AGREED_HEADINGS: ReadonlySet<string> = new Set(["agreed", "agreements", "decisions", "decided", "decision", "what we agreed"]);

/** isAgreedHeading says whether a heading's text names what was agreed. */
export function isAgreedHeading(text: string): boolean {
	return AGREED_HEADINGS.has(plainText(text).replace(/:$/, "").trim().toLowerCase());
}

/** agreedItems lists the non-task list items under the note's agreed headings, as plain text, in note order, each once. */
export function agreedItems(noteText: string): string[] {
	const items: string[] = [];
	const seen = new Set<string>();
	let level: number | null = null;
	for (const { line } of outsideFences(stripFrontmatter(noteText).split("\n"))) {
		const heading = headingWithHashes(line);
		if (heading) {
			const depth = heading.level;
			if (level !== null && depth <= level) level = null;
			if (level === null && isAgreedHeading(heading.text)) level = depth;
			continue;
		}
		if (level === null) continue;
		const item = LIST_ITEM.exec(line);
		const content = item?.[1]?.trim() ?? "";
		if (content === "" || TASK_BOX.test(content)) continue;
		const text = plainText(content);
		const key = text.toLowerCase();
		if (text === "" || seen.has(key)) continue;
		seen.add(key);
		items.push(text);
	}
	return items;
}
