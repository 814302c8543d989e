/**
 * The lines of a note's text that are prose, not code: what task and heading readers walk.
 * A fence opens with three backticks or tildes and closes with the same marker; the fence
 * lines themselves and everything between them are left out.
 */

const FENCE = /^[ \t]*(```|~~~)/;

/**
 * codeAt is the character code at `i`, or -1 past the end. Line readers that look past a line's
 * end use it: in compiled code, a read past the end throws the code away to compile it again,
 * which a cold run of the command line (every note read once) pays for in full.
 */
export function codeAt(line: string, i: number): number {
	return i < line.length ? line.charCodeAt(i) : -1;
}

/** mayOpenFence says whether a line's first character after spaces and tabs is a backtick or a tilde, as a fence's is. */
function mayOpenFence(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code === 0x60 || code === 0x7e) return true;
		if (code !== 0x20 && code !== 0x09) return false;
	}
	return false;
}

/** Fences follows a note's code fences line by line, for readers that walk the lines themselves. */
export class Fences {
	private open: string | null = null;

	/** code says whether a line is a fence line or inside a fence (not prose), and moves past it. */
	code(line: string): boolean {
		const marker = mayOpenFence(line) ? FENCE.exec(line)?.[1] : undefined;
		if (marker === undefined) return this.open !== null;
		if (this.open === null) this.open = marker;
		else if (this.open === marker) this.open = null;
		return true;
	}
}

/** outsideFences yields each line outside code fences with its index in `lines`, from `start`. */
export function* outsideFences(lines: readonly string[], start = 0): Generator<{ line: string; index: number }> {
	const fences = new Fences();
	for (let index = start; index < lines.length; index++) {
		const line = lines[index] ?? "";
		if (!fences.code(line)) yield { line, index };
	}
}
