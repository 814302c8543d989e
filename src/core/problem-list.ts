import { compareNames } from "./directory";
import { insertSorted, removeSorted } from "./sorted";
import type { Problem } from "./types";

const NONE: readonly never[] = Object.freeze([]);

/**
 * ProblemList keeps every note's problems in the report's order (by path; each note's own
 * problems first, then those found beside its reading: its `with` links that find no one, a
 * date after today), updated one note at a time.
 */
export class ProblemList {
	/** The problems found beyond a note's reading. */
	readonly derived = new Map<string, readonly Problem[]>();
	/** Every problem of a note, its reading's first: only notes with problems. */
	private readonly byPath = new Map<string, readonly Problem[]>();
	private paths: string[] = [];
	private flat: Problem[] = [];

	clear(): void {
		this.derived.clear();
		this.byPath.clear();
		this.paths = [];
		this.flat = [];
	}

	/** fileAll files every note's problems at once (a full pass); `own` gives a note's own problems. */
	fileAll(paths: Iterable<string>, own: (path: string) => readonly Problem[]): void {
		for (const path of paths) this.file(path, own(path));
		this.paths = [...this.byPath.keys()].sort(compareNames);
		this.flatten();
	}

	/** update files the problems of the notes that changed; the list is rebuilt only if any did. */
	update(paths: Iterable<string>, own: (path: string) => readonly Problem[]): void {
		let changed = false;
		for (const path of paths) {
			const had = this.byPath.get(path);
			const has = this.file(path, own(path));
			if (had === undefined && has !== undefined) insertSorted(this.paths, path, compareNames);
			else if (had !== undefined && has === undefined) removeSorted(this.paths, path, compareNames);
			changed ||= had !== has;
		}
		if (changed) this.flatten();
	}

	/** list is every problem, in the report's order. */
	list(): Problem[] {
		return this.flat.slice();
	}

	private file(path: string, own: readonly Problem[]): readonly Problem[] | undefined {
		const derived = this.derived.get(path) ?? NONE;
		if (own.length === 0 && derived.length === 0) {
			this.byPath.delete(path);
			return undefined;
		}
		const problems = derived.length === 0 ? own : [...own, ...derived];
		this.byPath.set(path, problems);
		return problems;
	}

	private flatten(): void {
		const problems: Problem[] = [];
		for (const path of this.paths) {
			for (const problem of this.byPath.get(path) ?? NONE) problems.push(problem);
		}
		this.flat = problems;
	}
}

/**
 * mergeProblems adds problems found across notes (a `reports-to` circle, org.ts), sorted by
 * path, to the list in the report's order: for the same note, its own problems come first.
 */
export function mergeProblems(list: readonly Problem[], more: readonly Problem[]): Problem[] {
	if (more.length === 0) return list.slice();
	const out: Problem[] = [];
	let j = 0;
	for (const problem of list) {
		while (j < more.length && compareNames((more[j] as Problem).path, problem.path) < 0) out.push(more[j++] as Problem);
		out.push(problem);
	}
	while (j < more.length) out.push(more[j++] as Problem);
	return out;
}
