import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { readVault } from "../../src/cli/vault";
import { titleOf } from "../../src/core/read";
import type { NoteRecord } from "../../src/core/types";
import { cli } from "../cli/helpers";
import { parseCalendar, physicalLines } from "../core/calendar-helpers";
import { PROPERTY_TIMEOUT } from "../property";
import { SLOW_TIMEOUT } from "../slow";
import { CONTROL_LAST_CONTACT, CONTROL_NAME, CONTROL_NOTE, CONTROL_PATH, HOSTILE_TEXTS, READ_KEYS, hostileCases, type HostileCase } from "./cases";

/**
 * Issue 10's acceptance: every hostile vault goes through `report --json`, `check --json` and
 * the text report. No crash, valid JSON with the contract's keys, the control note always
 * reported, every problem well formed, nothing a terminal would act on, and every hostile value
 * under a key the plugin reads either read or a problem.
 *
 * The tests run as root, which reads every file whatever its permissions: an unreadable file or
 * folder is simulated, as in tests/cli/unreadable.test.ts, by node:fs failing for its path.
 */
const failing = vi.hoisted(() => new Map<string, string>());

vi.mock("node:fs", async (importOriginal) => {
	const fs = await importOriginal<typeof import("node:fs")>();
	const check = (path: unknown, call: string): void => {
		const code = failing.get(String(path));
		if (code !== undefined) throw Object.assign(new Error(`${code}: permission denied, ${call} '${String(path)}'`), { code });
	};
	const readdirSync = ((path: string, options?: unknown) => {
		check(path, "scandir");
		return (fs.readdirSync as (p: string, o?: unknown) => unknown)(path, options);
	}) as typeof fs.readdirSync;
	const readFileSync = ((path: string, options?: unknown) => {
		check(path, "open");
		return (fs.readFileSync as (p: string, o?: unknown) => unknown)(path, options);
	}) as typeof fs.readFileSync;
	return { ...fs, default: { ...fs, readdirSync, readFileSync }, readdirSync, readFileSync };
});

const TODAY = ["--today", "2026-11-23"];
const REPORT_KEYS = ["today", "stakeholders", "followUps", "problems"];
const STAKEHOLDER_KEYS = ["path", "person", "role", "relationship", "influence", "interest", "lastContact", "cadence", "nextContact", "status", "daysOverdue"];
const FOLLOW_UP_KEYS = ["kind", "path", "person", "personPath", "due", "text", "overdueDays"];
/** C0 controls and DEL other than the line feed: raw, they would act on a terminal or break a parser. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;
/** The same and C1 controls (CSI is \u009b), for text meant for a terminal. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

interface ProblemJson {
	path: unknown;
	key: unknown;
	value: unknown;
	message: unknown;
}

const made: string[] = [];
afterAll(() => {
	for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** writeCase writes a case's vault (and a folder outside it) into new temporary folders. */
function writeCase(hostile: HostileCase): string {
	const root = mkdtempSync(join(tmpdir(), "managing-up-hostile-"));
	const outside = mkdtempSync(join(tmpdir(), "managing-up-outside-"));
	made.push(root, outside);
	const files = { [CONTROL_PATH]: CONTROL_NOTE, ...hostile.files };
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	hostile.setup?.(root, outside);
	for (const [path, code] of Object.entries(hostile.failing ?? {})) failing.set(path === "" ? root : join(root, path), code);
	return root;
}

/** Whether a record holds a value for a read key (the key as written in the note). */
function readsKey(record: NoteRecord | null, key: string): boolean {
	if (record === null) return false;
	if (record.kind === "meeting") {
		if (key === "with") return record.with.length > 0;
		if (key === "date") return record.date !== null;
		if (key === "participants" || key === "attendees") return record.attendees.length > 0;
		if (key === "follow-up") return record.followUp !== null;
		return false;
	}
	const fields: Record<string, unknown> = {
		person: record.person !== titleOf(record.path) ? record.person : null,
		role: record.role,
		job_title: record.role,
		relationship: record.relationship,
		influence: record.influence,
		interest: record.interest,
		"last-contact": record.lastContact,
		last_contact: record.lastContact,
		cadence: record.cadence,
		"follow-up": record.followUp,
		"snooze-until": record.snoozeUntil,
		"reports-to": record.reportsTo,
		"cares-about": record.caresAbout.length > 0 ? record.caresAbout : null,
	};
	return fields[key] !== null && fields[key] !== undefined;
}

function expectSafeStderr(stderr: string): void {
	const lines = stderr.split("\n").filter((line) => line !== "");
	expect(lines.length).toBeLessThanOrEqual(5);
	for (const line of lines) expect(line.length).toBeLessThanOrEqual(600);
	expect(stderr).not.toMatch(TERMINAL_CONTROL);
}

function expectProblems(problems: ProblemJson[]): void {
	for (const problem of problems) {
		expect(Object.keys(problem).sort()).toEqual(["key", "message", "path", "value"]);
		expect(typeof problem.path).toBe("string");
		expect(problem.key === null || typeof problem.key === "string").toBe(true);
		expect(typeof problem.message).toBe("string");
		expect(problem.message).not.toBe("");
		if (typeof problem.key === "string") expect(String(problem.message).startsWith(`${problem.key}: `)).toBe(true);
	}
}

/** runCase runs the three commands on a case's vault and checks every rule of the acceptance. */
async function runCase(hostile: HostileCase): Promise<void> {
	const root = writeCase(hostile);
	try {
		const report = await cli(["report", root, ...TODAY, "--json"]);
		const check = await cli(["check", root, "--json"]);
		const text = await cli(["report", root, ...TODAY]);
		for (const run of [report, check, text]) expectSafeStderr(run.stderr);
		if (hostile.exit === 2) {
			for (const run of [report, check, text]) {
				expect(run.code).toBe(2);
				expect(run.stdout).toBe("");
				expect(run.stderr.split("\n")).toHaveLength(2);
			}
			return;
		}
		expect(report.stderr).not.toContain("unexpected error");
		expect(report.code).toBe(0);
		expect(text.code).toBe(0);
		expect(report.stdout).not.toMatch(CONTROL);
		expect(check.stdout).not.toMatch(CONTROL);
		expect(text.stdout).not.toMatch(TERMINAL_CONTROL);
		expect(text.stdout).toContain(CONTROL_NAME);

		const json = JSON.parse(report.stdout) as Record<string, unknown>;
		for (const key of REPORT_KEYS) expect(json).toHaveProperty(key);
		expect(json.today).toBe("2026-11-23");
		const stakeholders = json.stakeholders as Record<string, unknown>[];
		for (const row of stakeholders) expect(Object.keys(row)).toEqual(expect.arrayContaining(STAKEHOLDER_KEYS));
		for (const row of json.followUps as Record<string, unknown>[]) expect(Object.keys(row)).toEqual(expect.arrayContaining(FOLLOW_UP_KEYS));
		expect(stakeholders.filter((s) => s.path === CONTROL_PATH)).toEqual([
			expect.objectContaining({ path: CONTROL_PATH, person: CONTROL_NAME, lastContact: CONTROL_LAST_CONTACT }),
		]);
		if (hostile.person !== undefined) expect(stakeholders.map((s) => s.person)).toContain(hostile.person);
		const problems = json.problems as ProblemJson[];
		expectProblems(problems);

		// The calendar of the same vault: iCalendar that an independent parser reads, folded at 75 octets.
		const calendar = await cli(["calendar", root, ...TODAY]);
		expect(calendar.code).toBe(0);
		const events = parseCalendar(calendar.stdout).events;
		expect(events.length).toBeGreaterThanOrEqual((json.followUps as unknown[]).length > 0 ? 1 : 0);
		for (const line of physicalLines(calendar.stdout)) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);

		const checked = JSON.parse(check.stdout) as { problems: ProblemJson[] };
		expect(Object.keys(checked)).toEqual(["problems"]);
		expect(checked.problems).toEqual(problems);
		expect(check.code).toBe(problems.length > 0 ? 1 : 0);

		if (hostile.target !== undefined) {
			const { path, key } = hostile.target;
			const listed = problems.some((p) => p.path === path && (p.key === key || p.key === null));
			if (!listed) {
				const vault = readVault(root, root);
				const reading = vault.readings[vault.paths.indexOf(path)];
				expect(reading, `${path} is read`).toBeDefined();
				expect(readsKey(reading?.record ?? null, key), `${key} of ${path} is read or a problem`).toBe(true);
			}
		}
	} finally {
		failing.clear();
		rmSync(root, { recursive: true, force: true });
	}
}

const cases = hostileCases();

describe("the hostile-vault suite", () => {
	it("has at least 200 cases with unique names, in every family", () => {
		expect(cases.length).toBeGreaterThanOrEqual(200);
		const names = cases.map((c) => `${c.family}: ${c.name}`);
		expect(new Set(names).size).toBe(names.length);
		expect(new Set(cases.map((c) => c.family))).toEqual(
			new Set(["line endings", "YAML tags", "YAML anchors and aliases", "prototype values", "prototype keys", "huge values", "deep nesting", "blocks", "hostile text", "file names", "encodings", "symbolic links", "permissions", "dates"]),
		);
	});

	describe.each([...new Set(cases.map((c) => c.family))])("%s", (family) => {
		it.each(cases.filter((c) => c.family === family).map((c) => [c.name, c] as const))("%s", async (_name, hostile) => runCase(hostile), SLOW_TIMEOUT);
	});
});

describe("hostile values combined at random", () => {
	it(
		"any hostile text or tag under any read key, with any line ending, keeps every rule",
		async () => {
			// One name per property: beside `last-contact`, `last_contact` is not read at all (the first name present wins).
			const keys = READ_KEYS.filter((k) => k.note === "person" && !["person", "job_title", "last_contact"].includes(k.key));
			const texts = HOSTILE_TEXTS.filter(([name]) => name !== "10,000 characters").map(([, text]) => JSON.stringify(text));
			const values = fc.oneof(fc.constantFrom(...texts), fc.constantFrom("!!binary AAAA", "!!set {a}", "&r [*r]", ".nan", "constructor", "2026-02-29", "{a: [1, {b: 2}]}"), fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => JSON.stringify(s)));
			const note = fc.record({
				lines: fc.array(fc.tuple(fc.constantFrom(...keys.map((k) => k.key)), values), { minLength: 1, maxLength: 4 }),
				eol: fc.constantFrom("\n", "\r\n"),
				bom: fc.boolean(),
			});
			await fc.assert(
				fc.asyncProperty(note, async ({ lines, eol, bom }) => {
					const unique = [...new Map(lines).entries()];
					const text = `${bom ? "\uFEFF" : ""}${["---", "person: Hostile Person", ...unique.map(([k, v]) => `${k}: ${v}`), "---", ""].join(eol)}`;
					// An empty value is an absent one: the first key with something in it must be read or a problem.
					const first = unique.find(([, v]) => !/^"\s*"$/.test(v));
					await runCase({ family: "random", name: "random", files: { "People/Hostile.md": text }, ...(first === undefined ? {} : { target: { path: "People/Hostile.md", key: first[0] } }) });
				}),
				{ numRuns: 60 },
			);
		},
		PROPERTY_TIMEOUT,
	);
});
