/**
 * The lines of a note's text that are prose, not code: what task and heading readers walk.
 * A fence opens with three backticks or tildes and closes with the same marker; the fence
 * lines themselves and everything between them are left out.
 */

const FENCE = /^[ \t]*(```|~~~)/;

/** outsideFences yields each line outside code fences with its index in `lines`, from `start`. */
export function* outsideFences(lines: readonly string[], start = 0): Generator<{ line: string; index: number }> {
	let fence: string | null = null;
	for (let index = start; index < lines.length; index++) {
		const line = lines[index] ?? "";
		const marker = FENCE.exec(line)?.[1];
		if (marker !== undefined) {
			if (fence === null) fence = marker;
			else if (fence === marker) fence = null;
			continue;
		}
		if (fence === null) yield { line, index };
	}
}
