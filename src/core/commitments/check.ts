import type { IsoDate } from "../types";

/** Checking a commitment's task off in its note: one line changed, nothing else. */

const OPEN_TASK = /^([ \t]*(?:[-*+]|\d+[.)])[ \t]+)\[ \]/;
/** Tasks plugin emoji fields: a line that uses them gets a `✅` done date, as the Tasks plugin writes it. */
const TASKS_FIELD = /(?:📅|⏳|🛫|➕|✅|❌|🔁|⏫|🔼|🔽|⏬|🔺|🆔|⛔|🏁)/u;

/** checkedLine is a task line checked off (`- [ ]` → `- [x]`), with ` ✅ today` appended only when the line already uses Tasks emoji fields; null when it is no open task. */
export function checkedLine(line: string, today: IsoDate): string | null {
	if (!OPEN_TASK.test(line)) return null;
	const checked = line.replace(OPEN_TASK, "$1[x]");
	return TASKS_FIELD.test(line) && !line.includes("✅") ? `${checked.trimEnd()} ✅ ${today}` : checked;
}

/**
 * checkTaskInText checks off the task on a 1-based line of a note's text, when that line still
 * says `source` (what the index read): every other byte stays as it was, CRLF line endings
 * included. Returns the new text, or null when the line changed since it was read.
 */
export function checkTaskInText(text: string, line: number, source: string, today: IsoDate): string | null {
	let start = 0;
	for (let i = 1; i < line; i++) {
		const next = text.indexOf("\n", start);
		if (next < 0) return null;
		start = next + 1;
	}
	let end = text.indexOf("\n", start);
	if (end < 0) end = text.length;
	const crlf = end > start && text[end - 1] === "\r";
	const current = text.slice(start, crlf ? end - 1 : end);
	if (current !== source) return null;
	const checked = checkedLine(current, today);
	if (checked === null) return null;
	return `${text.slice(0, start)}${checked}${text.slice(crlf ? end - 1 : end)}`;
}
