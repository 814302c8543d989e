import { DEFAULT_PROPERTY_LISTS, type Problem, type PropertyKey, type PropertyLists } from "./types";
import { isEmpty, isRejected, type Reading } from "./values";

const lowered = new Map<string, string>();

/** lowerCase lower-cases a property name, remembering it: the same few dozen names are asked for every note. */
function lowerCase(name: string): string {
	let lower = lowered.get(name);
	if (lower === undefined) {
		lower = name.toLowerCase();
		if (lowered.size < 10000) lowered.set(name, lower);
	}
	return lower;
}

/** How deep a property value may nest before it is not read: frontmatter never needs more. */
const MAX_DEPTH = 100;

/** What is wrong with a value that cannot even be walked: it refers to itself, or nests too deeply. */
type Unwalkable = "cycle" | "deep" | null;

/** holdsNoObject says whether a list or a plain map holds only plain values (`tags: [a, b]`): the common case, walked at once. */
function holdsNoObject(value: object): boolean {
	const children: unknown[] | null = Array.isArray(value) ? value : Object.getPrototypeOf(value) === Object.prototype ? Object.values(value) : null;
	if (children === null) return false;
	for (const child of children) if (typeof child === "object" && child !== null) return false;
	return true;
}

/** unwalkable checks a value without recursion: a YAML alias loop (`&r [*r]`) or a nesting deeper than MAX_DEPTH. */
function unwalkable(value: unknown): Unwalkable {
	if (typeof value !== "object" || value === null || holdsNoObject(value)) return null;
	// An explicit stack: each entry is a container and the path of containers above it.
	const stack: { item: object; depth: number; parents: readonly object[] }[] = [{ item: value, depth: 1, parents: [] }];
	while (stack.length > 0) {
		const top = stack.pop();
		if (top === undefined) break;
		const { item, depth, parents } = top;
		if (depth > MAX_DEPTH) return "deep";
		const children: unknown[] = Array.isArray(item) ? item : item instanceof Map || item instanceof Set ? [...item.values()] : Object.values(item);
		const chain = [...parents, item];
		for (const child of children) {
			if (typeof child !== "object" || child === null) continue;
			if (chain.includes(child)) return "cycle";
			stack.push({ item: child, depth: depth + 1, parents: chain });
		}
	}
	return null;
}

/** What a list of property names is looked up by: one bit per property, and the bits of each name lower-cased. */
interface ListIndex {
	bitOf: Map<string, number>;
	bitsOfLower: Map<string, number>;
}

const listIndexes = new WeakMap<PropertyLists, ListIndex | null>();

/** listIndex indexes the names of each property once per settings (null beyond 31 properties: no bits left). */
function listIndex(lists: PropertyLists): ListIndex | null {
	let index = listIndexes.get(lists);
	if (index === undefined) {
		const properties = Object.keys(lists) as PropertyKey[];
		if (properties.length > 31) index = null;
		else {
			const bitOf = new Map<string, number>();
			const bitsOfLower = new Map<string, number>();
			properties.forEach((property, i) => {
				bitOf.set(property, 1 << i);
				for (const name of lists[property]) {
					const lower = name.toLowerCase();
					bitsOfLower.set(lower, (bitsOfLower.get(lower) ?? 0) | (1 << i));
				}
			});
			index = { bitOf, bitsOfLower };
		}
		listIndexes.set(lists, index);
	}
	return index;
}

/**
 * FrontmatterReader reads one note's properties under the names the settings give each of them
 * (the first present wins; names compare without case, since vaults write `Name:` as often as
 * `name:`), collecting a problem for every value that cannot be read. It reads only the note's
 * own keys (a key named `constructor` is not Object.prototype's), and a value that loops back
 * on itself or nests too deeply is a problem, never a stack overflow.
 */
export class FrontmatterReader {
	readonly problems: Problem[] = [];
	/** The problems of values that cannot even be walked: reported whatever the note turns out to be. */
	readonly unwalkable: Problem[] = [];
	private folded: Map<string, string> | null = null;
	/** Whether each key with an object value can be walked; made when the first such value is read. */
	private checked: Map<string, boolean> | null = null;
	private readonly presentOf = new Map<PropertyKey, { key: string; value: unknown } | null>();
	/** The properties one of whose names a key of the note could be (same letters, any case), as bits; null until asked. */
	private mask: number | null = null;
	private index: ListIndex | null | undefined = undefined;

	constructor(
		readonly path: string,
		private readonly frontmatter: Record<string, unknown>,
		private readonly lists: PropertyLists,
	) {}

	/** keyFor finds the key as written in the note for a name: exactly, else without case. */
	private keyFor(name: string): string | null {
		if (Object.prototype.hasOwnProperty.call(this.frontmatter, name)) return name;
		if (this.folded === null) {
			this.folded = new Map();
			for (const key of Object.keys(this.frontmatter)) {
				const lower = key.toLowerCase();
				// Only keys written with capitals need the map: the exact lookup above finds the rest.
				if (lower !== key && !this.folded.has(lower)) this.folded.set(lower, key);
			}
		}
		if (this.folded.size === 0) return null;
		return this.folded.get(lowerCase(name)) ?? null;
	}

	/**
	 * absent says, without looking up each of its names, that a property has none in this note: a
	 * name is found only as written or without case, so some key must lower-case to a name's lower case.
	 */
	private absent(property: PropertyKey): boolean {
		if (this.index === undefined) this.index = listIndex(this.lists);
		const index = this.index;
		const bit = index?.bitOf.get(property);
		if (index === null || bit === undefined) return false;
		if (this.mask === null) {
			let mask = 0;
			for (const key of Object.keys(this.frontmatter)) mask |= index.bitsOfLower.get(key.toLowerCase()) ?? 0;
			this.mask = mask;
		}
		return (this.mask & bit) === 0;
	}

	/** safe gives a key's value, or undefined (and a problem, once) when it cannot be walked. */
	private safe(key: string): unknown {
		const value = this.frontmatter[key];
		if (typeof value !== "object" || value === null) return value;
		this.checked ??= new Map();
		let ok = this.checked.get(key);
		if (ok === undefined) {
			const wrong = unwalkable(value);
			ok = wrong === null;
			this.checked.set(key, ok);
			const message =
				wrong === "cycle"
					? `${key}: is a YAML alias that contains itself (&name … *name); write the value out`
					: // The same words as the CLI's, whose YAML reader stops at the same depth.
						`${key}: is nested too deeply to read (more than ${MAX_DEPTH} levels)`;
			if (wrong !== null) {
				const problem = { path: this.path, key, value: wrong === "cycle" ? "(a value that contains itself)" : null, message };
				this.problems.push(problem);
				this.unwalkable.push(problem);
			}
		}
		return ok ? value : undefined;
	}

	/** own reads one property by a single name (`created`, `title`), as written or without case. */
	own(name: string): unknown {
		const key = this.keyFor(name);
		return key === null ? undefined : this.safe(key);
	}

	/** present is the first of a property's names with a value (not empty), as written in the note. */
	present(property: PropertyKey): { key: string; value: unknown } | null {
		// readNote asks for `type`, `tags` and `date` several times: the answer cannot change.
		if (this.absent(property)) return null;
		let found = this.presentOf.get(property);
		if (found === undefined) {
			found = this.presentIn(this.lists[property]);
			this.presentOf.set(property, found);
		}
		return found;
	}

	private presentIn(names: readonly string[]): { key: string; value: unknown } | null {
		for (const name of names) {
			const key = this.keyFor(name);
			if (key === null) continue;
			const value = this.safe(key);
			if (!isEmpty(value)) return { key, value };
		}
		return null;
	}

	/** allPresent is every one of a property's names that has a value, in the order of the names. */
	allPresent(property: PropertyKey): { key: string; value: unknown }[] {
		const out: { key: string; value: unknown }[] = [];
		if (this.absent(property)) return out;
		for (const name of this.lists[property]) {
			const key = this.keyFor(name);
			if (key === null || out.some((p) => p.key === key)) continue;
			const value = this.safe(key);
			if (!isEmpty(value)) out.push({ key, value });
		}
		return out;
	}

	/** value is the property's value under the first of its names that has one. */
	value(property: PropertyKey): unknown {
		return this.present(property)?.value;
	}

	/** keyOf is the key a property is written under in this note: the first with a value, else the first present at all. */
	keyOf(property: PropertyKey): string | null {
		return this.absent(property) ? null : this.keyIn(this.lists[property]);
	}

	/** keyIn is keyOf for a list of names. */
	keyIn(names: readonly string[]): string | null {
		const present = this.presentIn(names);
		if (present !== null) return present.key;
		for (const name of names) {
			const key = this.keyFor(name);
			if (key !== null) return key;
		}
		return null;
	}

	/** field reads a property with a value reader; an unreadable value becomes a problem and counts as absent. */
	field<T>(property: PropertyKey, reader: (value: unknown) => Reading<T>): T | null {
		const present = this.present(property);
		if (present === null) return null;
		const reading = reader(present.value);
		if (isRejected(reading)) {
			this.problem(present.key, present.value, `${present.key}: ${reading.rejected}`);
			return null;
		}
		return reading;
	}

	/** unread says whether a property is written but does not read: a problem names its key. */
	unread(property: PropertyKey): boolean {
		const key = this.keyOf(property);
		return key !== null && this.problems.some((problem) => problem.key === key);
	}

	problem(key: string | null, value: unknown, message: string): void {
		this.problems.push({ path: this.path, key, value, message });
	}
}

/**
 * keyToWrite is the key a write of a property goes to in a note's frontmatter: the one it is
 * read from (the first of its names with a value, compared without case), else the first of its
 * names already there, else the first name. A vault that writes `last_contact` keeps doing so.
 */
export function keyToWrite(frontmatter: Record<string, unknown>, names: readonly string[]): string {
	return new FrontmatterReader("", frontmatter, DEFAULT_PROPERTY_LISTS).keyIn(names) ?? names[0] ?? "";
}
