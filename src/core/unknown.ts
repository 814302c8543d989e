/** Making sense of values of unknown type: saved data, view state, frontmatter, thrown errors. */

/** isRecord says whether a value is a plain object of properties (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** messageOf is what a thrown value says, on one line: an Error's first line, else the value as text. */
export function messageOf(error: unknown): string {
	return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}
