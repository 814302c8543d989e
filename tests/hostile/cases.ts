/**
 * The hostile-vault cases of issue 10's acceptance: each a small vault with one hostile note
 * (or file, folder, link, setting) beside a control note that is always a valid stakeholder.
 * Every case is generated from the tables below, deterministically: the same list each run.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The note every vault holds: a valid stakeholder, whatever else the vault does. */
export const CONTROL_PATH = "People/Control Person.md";
export const CONTROL_NAME = "Control Person";
export const CONTROL_LAST_CONTACT = "2026-11-01";
export const CONTROL_NOTE = `---\nperson: ${CONTROL_NAME}\nlast-contact: ${CONTROL_LAST_CONTACT}\n---\n# ${CONTROL_NAME}\n`;

/** A second valid person, whom hostile meetings and links name (never the control person). */
export const OTHER_PATH = "People/Other Person.md";
export const OTHER_NOTE = "---\nperson: Other Person\n---\n";

/** Where the hostile person note and the hostile meeting note live. */
export const PERSON_PATH = "People/Hostile.md";
export const MEETING_PATH = "Meetings/Sync.md";

/** What a case writes and expects. */
export interface HostileCase {
	family: string;
	name: string;
	/** Vault-relative path → text or bytes, written beside the control note. */
	files: Record<string, string | Uint8Array>;
	/** Whatever `files` cannot say: symbolic links, names that are not UTF-8. `outside` is a folder outside the vault. */
	setup?: (root: string, outside: string) => void;
	/** Vault-relative paths ("" for the vault itself) that node:fs fails to read, with the error code (the tests run as root). */
	failing?: Record<string, string>;
	/** A key the plugin reads, holding the hostile value: the note reads it or lists a problem for it. */
	target?: { path: string; key: string };
	/** A stakeholder the case must still report (the hostile note's person, when its other keys are fine). */
	person?: string;
	/** 2 when the vault itself cannot be read; else 0 or 1. */
	exit?: 2;
}

/** The keys the plugin reads, with a valid value of each (YAML), and whether they sit in a person note or a meeting. */
export const READ_KEYS: readonly { key: string; valid: string; note: "person" | "meeting" }[] = [
	{ key: "person", valid: "Hostile Person", note: "person" },
	{ key: "role", valid: "VP Engineering", note: "person" },
	{ key: "job_title", valid: "VP Engineering", note: "person" },
	{ key: "relationship", valid: "peer", note: "person" },
	{ key: "influence", valid: "high", note: "person" },
	{ key: "interest", valid: "3", note: "person" },
	{ key: "last-contact", valid: "2026-10-15", note: "person" },
	{ key: "last_contact", valid: "2026-10-15", note: "person" },
	{ key: "cadence", valid: "2w", note: "person" },
	{ key: "follow-up", valid: "2026-12-01", note: "person" },
	{ key: "snooze-until", valid: "2026-12-01", note: "person" },
	{ key: "reports-to", valid: '"[[Other Person]]"', note: "person" },
	{ key: "cares-about", valid: "[hiring, budget]", note: "person" },
	{ key: "with", valid: '"[[Other Person]]"', note: "meeting" },
	{ key: "date", valid: "2026-10-20", note: "meeting" },
	{ key: "participants", valid: "[Other Person, Zed]", note: "meeting" },
	{ key: "attendees", valid: "[Other Person, Zed]", note: "meeting" },
];

/** frontmatter writes a properties block from its lines. */
function block(lines: readonly string[]): string {
	return `---\n${lines.join("\n")}\n---\nSome text.\n`;
}

/**
 * noteWith is the note that holds `lines` (the hostile key's lines) in place of `key`'s valid
 * line: a person note (`person: Hostile Person` first) or a 1:1 note with Other Person.
 */
function noteWith(key: string, lines: readonly string[]): { path: string; text: string } {
	const entry = READ_KEYS.find((k) => k.key === key);
	if (entry?.note === "meeting") {
		const base = [`with: "[[Other Person]]"`, "date: 2026-10-20"].filter((line) => !line.startsWith(`${key}:`));
		return { path: MEETING_PATH, text: block([...base, ...lines]) };
	}
	const base = key === "person" ? [] : ["person: Hostile Person"];
	return { path: PERSON_PATH, text: block([...base, ...lines]) };
}

/** keyCase is a case whose hostile value sits under a read key. */
function keyCase(family: string, name: string, key: string, lines: readonly string[], extra: Partial<HostileCase> = {}): HostileCase {
	const note = noteWith(key, lines);
	const files: Record<string, string | Uint8Array> = { [OTHER_PATH]: OTHER_NOTE, [note.path]: note.text };
	return { family, name: `${key}: ${name}`, files, target: { path: note.path, key }, ...extra };
}

/** One hostile way to write a value, given its key and a valid value: the lines that replace `key: valid`. */
type Variant = readonly [name: string, lines: (key: string, valid: string) => string[]];

const TAGS: readonly Variant[] = [
	["!!binary", (k) => [`${k}: !!binary R0lGODlhAQABAAAAACw=`]],
	["!!set", (k) => [`${k}: !!set {a, b}`]],
	["!!omap", (k) => [`${k}: !!omap [a: 1, b: 2]`]],
	["!!timestamp date", (k) => [`${k}: !!timestamp 2026-11-01`]],
	["!!timestamp with a zone", (k) => [`${k}: !!timestamp 2026-11-01T09:30:00+14:00`]],
	["!!float .inf", (k) => [`${k}: !!float .inf`]],
	["!!float .nan", (k) => [`${k}: !!float .nan`]],
	["-.inf", (k) => [`${k}: -.inf`]],
	["unknown !foo scalar", (k) => [`${k}: !foo bar`]],
	["unknown !foo map", (k) => [`${k}: !foo {a: 1}`]],
	["!!str of the valid value", (k, v) => [`${k}: !!str ${v}`]],
	["!!int", (k) => [`${k}: !!int 14`]],
	["!!bool", (k) => [`${k}: !!bool true`]],
	["!!map", (k) => [`${k}: !!map {a: 1}`]],
	["verbatim tag", (k) => [`${k}: !<tag:yaml.org,2002:str> text`]],
	["!!python/object", (k) => [`${k}: !!python/object/apply:os.system [ls]`]],
	["!!js/function", (k) => [`${k}: !!js/function "function () { return 1 }"`]],
];

const ALIASES: readonly Variant[] = [
	["self-referential list", (k) => [`${k}: &r [*r]`]],
	["self-referential map", (k) => [`${k}: &r {x: *r}`]],
	["self-referential list, block", (k) => [`${k}: &r`, "  - a", "  - *r"]],
	["alias of another key's valid value", (k, v) => [`anchor: &v ${v}`, `${k}: *v`]],
	["alias of a map", (k) => [`anchor: &m {a: 1, b: [2, 3]}`, `${k}: *m`]],
	["alias to an anchor not defined", (k) => [`${k}: *nowhere`]],
	["anchor on a key", (k, v) => [`&key ${k}: ${v}`]],
	["merge key of itself", (k) => [`${k}: &m`, "  <<: *m", "  a: 1"]],
	[
		"billion laughs",
		(k) => ["a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]", `${k}: [*d, *d, *d, *d, *d, *d, *d, *d, *d]`],
	],
];

/** Words Object.prototype knows, as values. */
const PROTOTYPE_WORDS = ["__proto__", "constructor", "Constructor", "3constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];

/** Dates on edges, written under each date key (some valid, some not a day at all). */
const DATES = [
	"2026-01-31",
	"2026-02-28",
	"2026-02-29",
	"2024-02-29",
	"2100-02-29",
	"2000-02-29",
	"2026-04-31",
	"2026-12-31",
	"9999-12-31",
	"0000-01-01",
	"0001-01-01",
	"10000-01-01",
	"+002026-11-01",
	"2026-11-01T09:30+14:00",
	"2026-11-01T23:59:59-12:00",
	"2026-11-01T00:00:00Z",
	"2026-11-01 09:30:00 +01:00",
	"2026-11-01T25:00",
	'"[[2026-02-29]]"',
	"2026-13-45",
];
const DATE_KEYS = ["last-contact", "last_contact", "follow-up", "snooze-until", "date"];

/** Text no terminal or page should act on, as names and values. */
export const HOSTILE_TEXTS: readonly (readonly [string, string])[] = [
	["HTML", "<img src=x onerror=alert(1)>"],
	["ESC sequences", "\u001b[2J\u001b[31mRed\u001b]0;title\u0007"],
	["RTL override", "\u202Eevil\u202C name"],
	["zero-width", "Zero\u200B\u200D\uFEFFWidth"],
	["10,000 characters", "N".repeat(10_000)],
	["NUL and bell", "a\u0000b\u0007c"],
	["a newline", "two\nlines\r\nthree"],
	["C1 controls", "x\u009b31my\u0085z"],
	["line separators", "a\u2028b\u2029c"],
	["a lone surrogate", "half \ud83d emoji"],
];

function utf16be(text: string): Buffer {
	const le = Buffer.from(text, "utf16le");
	for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
	return le;
}

/** A flow list nested `depth` levels deep. */
function flowList(depth: number): string {
	return `${"[".repeat(depth)}x${"]".repeat(depth)}`;
}

/** Block-map lines nested `depth` levels under `key`. */
function blockMap(key: string, depth: number): string[] {
	const lines = [`${key}:`];
	for (let i = 1; i <= depth; i++) lines.push(`${" ".repeat(i)}k:${i === depth ? " x" : ""}`);
	return lines;
}

const PERSON_LINE = "person: Hostile Person";
const LAST = "last-contact: 2026-10-15";

function personCase(family: string, name: string, text: string | Uint8Array, extra: Partial<HostileCase> = {}): HostileCase {
	return { family, name, files: { [PERSON_PATH]: text }, ...extra };
}

function lineEndings(): HostileCase[] {
	const cases: HostileCase[] = [];
	const endings: [string, (lines: string[]) => string][] = [
		["LF", (l) => l.join("\n")],
		["CRLF", (l) => l.join("\r\n")],
		["CR", (l) => l.join("\r")],
		["mixed", (l) => l.map((line, i) => line + (i % 2 === 0 ? "\r\n" : "\n")).join("")],
		["CRLF, no final line break", (l) => l.join("\r\n").replace(/\r\n$/, "")],
	];
	const keys: [string, string][] = [
		["last-contact", "2026-10-15"],
		["cadence", "2w"],
		["role", "VP"],
		["cares-about", "[hiring, budget]"],
	];
	for (const [ending, join] of endings) {
		for (const bom of ["", "\uFEFF"]) {
			for (const [key, value] of keys) {
				const text = bom + join(["---", PERSON_LINE, `${key}: ${value}`, "---", "Body #tag", ""]);
				cases.push(
					personCase("line endings", `${ending}${bom ? " with a BOM" : ""}, ${key}`, text, {
						target: { path: PERSON_PATH, key },
						// A lone CR is no line break to YAML: the block is one line, and may be a problem.
						...(ending === "CR" ? {} : { person: "Hostile Person" }),
					}),
				);
			}
		}
	}
	return cases;
}

function tagsAndAliases(): HostileCase[] {
	const cases: HostileCase[] = [];
	for (const { key, valid } of READ_KEYS) {
		for (const [name, lines] of TAGS) {
			// `person: true` means "use the note's title" (tests/core/read.test.ts): read, but not told apart here.
			if (key === "person" && name === "!!bool") continue;
			cases.push(keyCase("YAML tags", name, key, lines(key, valid)));
		}
		for (const [name, lines] of ALIASES) cases.push(keyCase("YAML anchors and aliases", name, key, lines(key, valid)));
	}
	return cases;
}

function prototypeKeys(): HostileCase[] {
	const cases: HostileCase[] = [];
	for (const { key } of READ_KEYS) {
		for (const word of PROTOTYPE_WORDS) cases.push(keyCase("prototype values", word, key, [`${key}: ${word}`]));
	}
	const asKeys = [...PROTOTYPE_WORDS.map((word) => [`${word}: x`]), ["__proto__: {person: Evil, role: x}"], ["__proto__: null"], ["cares-about: {__proto__: x, constructor: y}"], ["constructor: {prototype: {person: Evil}}"]];
	for (const lines of asKeys) {
		cases.push(personCase("prototype keys", `key ${lines[0] ?? ""}`, block([PERSON_LINE, ...lines, LAST]), { person: "Hostile Person" }));
	}
	// Settings that rename properties to prototype words, or are prototype-shaped.
	const settings = [
		'{"__proto__": {"dueSoonDays": 1000}, "dueSoonDays": {"__proto__": 1}}',
		// A name alone (not a list) is read before the default names, which still read the control note.
		'{"properties": {"person": "constructor", "lastContact": "__proto__", "cadence": "toString"}}',
		'{"properties": {"__proto__": ["person"], "constructor": ["role"]}}',
		'{"peopleFolders": ["People", "__proto__", "constructor"], "templatesFolder": "toString"}',
		"[1, 2, 3]",
		"not json {",
		`{"properties": {"role": [${JSON.stringify("x".repeat(100_000))}]}}`,
	];
	settings.forEach((json, i) => {
		cases.push({
			family: "prototype keys",
			name: `settings ${i + 1}: ${json.slice(0, 40)}`,
			files: { ".obsidian/plugins/managing-up/data.json": json, [PERSON_PATH]: block([PERSON_LINE, "constructor: x", LAST]) },
		});
	});
	return cases;
}

function hugeAndDeep(): HostileCase[] {
	const cases: HostileCase[] = [];
	const mb = "m".repeat(1_000_000);
	const list = (n: number, item: (i: number) => string): string => `[${Array.from({ length: n }, (_, i) => item(i)).join(", ")}]`;
	for (const key of ["person", "role", "cares-about", "relationship", "reports-to", "with", "participants"]) {
		cases.push(keyCase("huge values", "1 MB string", key, [`${key}: ${mb}`]));
	}
	// A key longer than 1,024 characters is not YAML (the spec's limit on implicit keys): the note is a problem.
	cases.push(personCase("huge values", "1 MB key", block([PERSON_LINE, `${mb}: x`, LAST])));
	for (const key of ["cares-about", "with", "participants", "role", "person"]) {
		cases.push(keyCase("huge values", "10,000-item list", key, [`${key}: ${list(10_000, (i) => `item${i}`)}`]));
	}
	cases.push(personCase("huge values", "10,000 aliases", block([PERSON_LINE, `aliases: ${list(10_000, (i) => `a${i}`)}`]), { person: "Hostile Person" }));
	cases.push(personCase("huge values", "10,000 tags", block([PERSON_LINE, `tags: ${list(10_000, (i) => `t${i}`)}`]), { person: "Hostile Person" }));
	const manyKeys = Array.from({ length: 5_000 }, (_, i) => `k${i}: ${i}`);
	cases.push(personCase("huge values", "5,000 keys", block([PERSON_LINE, ...manyKeys, LAST]), { person: "Hostile Person" }));
	cases.push(personCase("huge values", "5,000 keys, one written twice", block([PERSON_LINE, ...manyKeys, "k17: again"])));
	cases.push(personCase("huge values", "1 MB of body text", `${block([PERSON_LINE])}${"body #person ".repeat(90_000)}`, { person: "Hostile Person" }));
	// Lines a pattern that starts or ends with a run (`\s*`, `[ \t]*$`) took minutes over: read in one pass (src/core/text-scan.ts).
	const meeting = `---\nwith: "[[Other Person]]"\ndate: 2026-10-20\n---\n`;
	for (const [name, body] of [
		["a commitment whose due field never closes", `## My commitments\n- [ ] Send it (due::${" ".repeat(1_000_000)}x\n`],
		["a commitment of Dataview fields that never close", `## My commitments\n- [ ] Send it ${"(a::".repeat(250_000)}\n`],
		["a commitment of tags after tags", `## My commitments\n- [ ] Send it @Other Person${" #a".repeat(300_000)} x\n`],
		["a carried marker written again and again", `## My commitments\n- [ ] Send it ${"(from [[".repeat(120_000)}\n`],
		["a heading of spaces above a task", `## Next${" ".repeat(1_000_000)}x\n- [ ] @me send it\n`],
	] as const) {
		cases.push({ family: "huge values", name: `1:1 note: ${name}`, files: { [OTHER_PATH]: OTHER_NOTE, [MEETING_PATH]: `${meeting}${body}` } });
	}
	// A meeting whose properties name no one has its text read for Dataview's inline fields (src/core/inline-fields.ts).
	const unnamed = `---\ntype: meeting\ndate: 2026-10-20\n---\n`;
	for (const [name, body] of [
		["inline fields that never close", `- ${"[participants:: [[".repeat(100_000)}\n`],
		["a 1 MB inline field", `participants:: ${"[[Other Person]], ".repeat(60_000)}\n`],
		["100,000 inline fields", `${"- [participants:: [[Other Person]]]\n".repeat(100_000)}`],
		["a code block that never closes", `\`\`\`\n${"[participants:: x]\n".repeat(50_000)}`],
		// Minutes' people under a heading (`## Attendees`), with a word about each.
		["100,000 attendees under a heading", `## Attendees\n${"- Other Person (PM, Acme)\n".repeat(100_000)}`],
		["a heading of 100,000 words above a list", `## ${"Attendees ".repeat(100_000)}\n- Other Person\n`],
		["brackets that never close in a list of attendees", `## Attendees\n- ${"(Other Person, ".repeat(100_000)}\n`],
	] as const) {
		cases.push({ family: "huge values", name: `meeting without people: ${name}`, files: { [OTHER_PATH]: OTHER_NOTE, [MEETING_PATH]: `${unnamed}${body}` } });
	}
	// A daily note's conversations (src/core/conversations.ts): links that never close, and 100,000 of them.
	const daily = "Daily/2026-10-20.md";
	for (const [name, body] of [
		["conversations whose links never close", `## 🗣️ Conversations\n${"- **09:00** – [[Other Person\n".repeat(100_000)}`],
		["100,000 conversations", `## Conversations\n${"- **09:00** – [[Other Person]]: a word\n".repeat(100_000)}`],
	] as const) {
		cases.push({ family: "huge values", name: `daily note: ${name}`, files: { [OTHER_PATH]: OTHER_NOTE, [daily]: `---\ndate: 2026-10-20\n---\n${body}` } });
	}
	cases.push(keyCase("huge values", "1 MB of template openings", "role", [`role: "${"<%{{".repeat(250_000)}"`]));
	for (const depth of [200, 1_000]) {
		for (const key of ["role", "cares-about", "with", "junk"]) {
			const flow = keyCase("deep nesting", `flow list ${depth} deep`, key, [`${key}: ${flowList(depth)}`]);
			const blockLines = keyCase("deep nesting", `block map ${depth} deep`, key, blockMap(key, depth));
			if (key === "junk") {
				delete flow.target;
				delete blockLines.target;
				flow.person = "Hostile Person";
				blockLines.person = "Hostile Person";
			}
			cases.push(flow, blockLines);
		}
	}
	cases.push(personCase("deep nesting", "a deep list as the whole block", block([flowList(1_000)])));
	return cases;
}

function blocks(): HostileCase[] {
	const texts: [string, string, string?][] = [
		["----", `---\n${PERSON_LINE}\n----\n${LAST}\n---\n`, "last-contact"],
		["---word", `---\n${PERSON_LINE}\n---word\n${LAST}\n---\n`, "last-contact"],
		["--- with trailing spaces", `---  \n${PERSON_LINE}\n${LAST}\n---\t\n`, "last-contact"],
		["--- # comment", `--- # props\n${PERSON_LINE}\n---\n`],
		// No closing line: no properties, as in Obsidian (tests/cli/frontmatter.test.ts), so nothing to read.
		["unclosed", `---\n${PERSON_LINE}\n${LAST}\n`],
		["unclosed, body below", `---\n${PERSON_LINE}\n\n# Heading\nText: with a colon\n`],
		["empty block", "---\n---\n"],
		["block of blank lines", "---\n\n\n---\n"],
		["only ---", "---"],
		["empty file", ""],
		["a list", "---\n- a\n- b\n---\n"],
		["a scalar", "---\nhello\n---\n"],
		["a number", "---\n42\n---\n"],
		["a date", "---\n2026-11-01\n---\n"],
		["null", "---\nnull\n---\n"],
		["... end marker", `---\n${PERSON_LINE}\n...\n`],
		["two documents", `---\n${PERSON_LINE}\n---\n---\nrole: VP\n---\n`],
		["a document marker inside", `---\n${PERSON_LINE}\n--- \nrole: VP\n---\n`],
		["tabs as indentation", `---\n${PERSON_LINE}\ncares-about:\n\t- a\n---\n`, "cares-about"],
		["a key without a value", `---\n${PERSON_LINE}\nrole:\n---\n`],
		["a key written twice", `---\n${PERSON_LINE}\nrole: a\nrole: b\n---\n`],
		["--- not on the first line", `\n---\n${PERSON_LINE}\n---\n`],
		["a BOM before ---, CRLF", `\uFEFF---\r\n${PERSON_LINE}\r\n---\r\n`],
		["YAML directive", `---\n%YAML 1.1\n---\n${PERSON_LINE}\n---\n`],
	];
	return texts.map(([name, text, key]) => personCase("blocks", name, text, key === undefined ? {} : { target: { path: PERSON_PATH, key } }));
}

function hostileText(): HostileCase[] {
	const cases: HostileCase[] = [];
	for (const [name, text] of HOSTILE_TEXTS) {
		const quoted = JSON.stringify(text);
		for (const key of ["person", "role", "relationship", "cares-about", "reports-to", "with", "participants"]) {
			const value = key === "with" || key === "reports-to" ? JSON.stringify(`[[${text}]]`) : quoted;
			cases.push(keyCase("hostile text", name, key, [`${key}: ${value}`]));
		}
		cases.push(personCase("hostile text", `${name} as an alias and a follow-up note`, block([PERSON_LINE, `aliases: [${quoted}]`, `follow-up-note: ${quoted}`, "follow-up: 2026-11-20"]), { person: "Hostile Person" }));
		// As a file name, where the file system allows it (no NUL, no slash, at most 255 bytes).
		const fileName = text.replaceAll("\u0000", "_").replaceAll("/", "_").slice(0, 200);
		if (Buffer.byteLength(fileName) <= 240) {
			cases.push({ family: "hostile text", name: `${name} as a file name`, files: { [`People/${fileName}.md`]: "---\ntype: person\n---\n", [`Meetings/2026-10-20 ${fileName}.md`]: `---\nwith: ${JSON.stringify(`[[${fileName}]]`)}\n---\n` } });
			// A 1:1 that names its person only in its file name (src/core/title-names.ts), and a daily note's conversation with them.
			const conversation = `---\ndate: 2026-10-22\n---\n## Conversations\n- **09:00** – [[${fileName}]]: ${text}\n`;
			cases.push({ family: "hostile text", name: `${name} in a 1:1's file name and a daily note`, files: { [`People/${fileName}.md`]: "---\ntype: person\n---\n", [`Meetings/2026-10-21 1-1 ${fileName}.md`]: `## Attendees\n- ${text}\n`, "Daily/2026-10-22.md": conversation } });
		}
	}
	return cases;
}

function fileNames(): HostileCase[] {
	const names = [
		"Jane Doe with  spaces ",
		"😀 Emoji 👩‍💻",
		"Jose\u0301 NFD",
		`${"Long".repeat(60)}`,
		"..Leading dots",
		"Hash # name",
		"Pipe | name",
		"[[Brackets]]",
		"Odd]]|Name#x",
		"Per%20cent",
		"Caret ^ block",
		"Colon: name",
		"Back\\slash",
		"UPPER.MD",
		".md",
		"-dash---",
	];
	const cases: HostileCase[] = names.map((name) => {
		const file = name.endsWith(".MD") || name === ".md" ? `People/${name}` : `People/${name}.md`;
		return {
			family: "file names",
			name,
			files: { [file]: `---\n${LAST}\n---\n`, [`Meetings/2026-10-20 ${name.slice(0, 30)}.md`]: `---\nwith: ${JSON.stringify(`[[${name}]]`)}\n---\n` },
		};
	});
	cases.push({ family: "file names", name: "a folder named like a note", files: { "People/Folder.md/Inner.md": "---\nperson: Inner\n---\n" }, person: "Inner" });
	cases.push({ family: "file names", name: "a dot-folder and a dot-file", files: { ".hidden/Secret.md": "---\nperson: Secret\n---\n", "People/.Dot.md": "---\nperson: Dot\n---\n" } });
	cases.push({ family: "file names", name: "a deep folder", files: { [`${Array.from({ length: 60 }, (_, i) => `d${i}`).join("/")}/Deep.md`]: "---\nperson: Deep\n---\n" }, person: "Deep" });
	return cases;
}

function encodings(): HostileCase[] {
	const note = "---\nperson: José\nrole: VP\n---\n";
	const bytes: [string, Uint8Array][] = [
		["Latin-1 content", Buffer.from(note, "latin1")],
		["UTF-16 LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(note, "utf16le")])],
		["UTF-16 BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(note)])],
		["UTF-16 LE without a BOM", Buffer.from(note, "utf16le")],
		["UTF-32 LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(Array.from(note).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8, 0, 0]))])],
		["overlong UTF-8", Buffer.concat([Buffer.from("---\nperson: A"), Buffer.from([0xc0, 0xaf]), Buffer.from("\n---\n")])],
		["an encoded surrogate", Buffer.concat([Buffer.from("---\nperson: A"), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from("\n---\n")])],
		["bytes over F4", Buffer.concat([Buffer.from("---\nperson: A"), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from("\n---\n")])],
		["a sequence cut at the end", Buffer.concat([Buffer.from("---\nperson: A\n---\n"), Buffer.from([0xe2, 0x82])])],
		["NUL bytes", Buffer.from("---\nperson: Nul\u0000Byte\nrole: a\u0000b\n---\n\u0000\u0000")],
		["binary noise", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
		["Windows-1252 quotes", Buffer.from([...Buffer.from("---\nperson: "), 0x93, ...Buffer.from("Q"), 0x94, ...Buffer.from("\n---\n")])],
	];
	const cases: HostileCase[] = bytes.map(([name, content]) => personCase("encodings", name, content));
	const latin1Name = (root: string, folder: string, file: string): Buffer => Buffer.concat([Buffer.from(join(root, folder)), Buffer.from("/"), Buffer.from(file, "latin1")]);
	cases.push({
		family: "encodings",
		name: "a Latin-1 file name",
		files: {},
		setup: (root) => {
			mkdirSync(join(root, "People"), { recursive: true });
			writeFileSync(latin1Name(root, "People", "Bé.md"), "---\nperson: Be\n---\n");
		},
	});
	cases.push({
		family: "encodings",
		name: "a Latin-1 folder name",
		files: {},
		setup: (root) => {
			const folder = Buffer.concat([Buffer.from(join(root, "Caf")), Buffer.from([0xe9])]);
			mkdirSync(folder);
			writeFileSync(Buffer.concat([folder, Buffer.from("/Cy.md")]), "---\nperson: Cy\n---\n");
		},
	});
	cases.push({
		family: "encodings",
		name: "a file name with bytes that are no character, not a note",
		files: {},
		setup: (root) => writeFileSync(Buffer.concat([Buffer.from(join(root, "x")), Buffer.from([0xff, 0xfe]), Buffer.from(".txt")]), "x"),
	});
	return cases;
}

function links(): HostileCase[] {
	const cases: [string, (root: string, outside: string) => void, string?][] = [
		["a link to its own folder", (root) => symlinkSync(".", join(root, "People", "loop"))],
		["a link to the vault", (root) => symlinkSync(root, join(root, "People", "vault"))],
		["two links to each other", (root) => {
			symlinkSync(join(root, "b"), join(root, "a"));
			symlinkSync(join(root, "a"), join(root, "b"));
		}],
		["two note links to each other", (root) => {
			symlinkSync(join(root, "y.md"), join(root, "x.md"));
			symlinkSync(join(root, "x.md"), join(root, "y.md"));
		}],
		["a note that links to itself", (root) => symlinkSync(join(root, "self.md"), join(root, "self.md"))],
		["a dangling link", (root) => symlinkSync(join(root, "nothing"), join(root, "People", "Gone.md"))],
		["a link to a folder outside the vault", (root, outside) => {
			writeFileSync(join(outside, "Far.md"), "---\nperson: Far Away\n---\n");
			symlinkSync(outside, join(root, "People", "Outside"));
		}, "Far Away"],
		["a link to a note outside the vault", (root, outside) => {
			writeFileSync(join(outside, "Note.md"), "---\nperson: Linked\n---\n");
			symlinkSync(join(outside, "Note.md"), join(root, "People", "Linked.md"));
		}, "Linked"],
		["a note that is /dev/null", (root) => symlinkSync("/dev/null", join(root, "People", "Null.md"))],
		["a note that is /dev/zero", (root) => symlinkSync("/dev/zero", join(root, "People", "Zero.md"))],
		["a link to /", (root) => symlinkSync("/", join(root, "root"))],
		["a link to the folder that holds the vault", (root) => symlinkSync(dirname(root), join(root, "People", "tmp"))],
		["a link up the tree", (root) => symlinkSync("../..", join(root, "People", "up"))],
	];
	return cases.map(([name, setup, person]) => ({ family: "symbolic links", name, files: {}, setup, ...(person === undefined ? {} : { person }) }));
}

function unreadable(): HostileCase[] {
	const note = { [PERSON_PATH]: block([PERSON_LINE]) };
	return [
		{ family: "permissions", name: "an unreadable note (EACCES)", files: note, failing: { [PERSON_PATH]: "EACCES" } },
		{ family: "permissions", name: "a note that fails to read (EIO)", files: note, failing: { [PERSON_PATH]: "EIO" } },
		{ family: "permissions", name: "an unreadable folder", files: { "Private/Deep/Bo.md": "---\nperson: Bo\n---\n" }, failing: { "Private/Deep": "EACCES" } },
		{ family: "permissions", name: "an unreadable people folder beside the control", files: { "Team/Ann.md": "---\nperson: Ann\n---\n" }, failing: { Team: "EACCES" } },
		{ family: "permissions", name: "an unreadable data.json", files: { ".obsidian/plugins/managing-up/data.json": "{}" }, failing: { ".obsidian/plugins/managing-up/data.json": "EACCES" } },
		{ family: "permissions", name: "an unreadable templates.json", files: { ".obsidian/templates.json": '{"folder": "Templates"}' }, failing: { ".obsidian/templates.json": "EACCES" } },
		{ family: "permissions", name: "an unreadable vault", files: {}, failing: { "": "EACCES" }, exit: 2 },
	];
}

function dates(): HostileCase[] {
	const cases: HostileCase[] = [];
	for (const key of DATE_KEYS) for (const date of DATES) cases.push(keyCase("dates", date, key, [`${key}: ${date}`]));
	return cases;
}

/** Every case, in a fixed order; names are unique. */
export function hostileCases(): HostileCase[] {
	return [...lineEndings(), ...tagsAndAliases(), ...prototypeKeys(), ...hugeAndDeep(), ...blocks(), ...hostileText(), ...fileNames(), ...encodings(), ...links(), ...unreadable(), ...dates()];
}
