/**
 * The lines of a note's text that are prose, not code: what task and heading readers walk.
 * A fence opens with three backticks or tildes and closes with the same marker; the fence
 * lines themselves and everything between them are left out.
 */

const FENCE = /^[ \t]*(```|~~~)/;

/** mayOpenFence says whether a line's first character after spaces and tabs is a backtick or a tilde, as a fence's is. */
function mayOpenFence(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code === 0x60 || code === 0x7e) return true;
		if (code !== 0x20 && code !== 0x09) return false;
	}
	return false;
}

/** outsideFences yields each line outside code fences with its index in `lines`, from `start`. */
export function* outsideFences(lines: readonly string[], start = 0): Generator<{ line: string; index: number }> {
	let fence: string | null = null;
	for (let index = start; index < lines.length; index++) {
		const line = lines[index] ?? "";
		const marker = mayOpenFence(line) ? FENCE.exec(line)?.[1] : undefined;
		if (marker !== undefined) {
			if (fence === null) fence = marker;
			else if (fence === marker) fence = null;
			continue;
		}
		if (fence === null) yield { line, index };
	}
}
