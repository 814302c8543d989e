import { existsSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FactsCache, cacheFolder } from "../../src/cli/cache";
import type { NoteFacts } from "../../src/cli/note-file";
import { DEFAULT_CORE_SETTINGS, type NoteReading } from "../../src/core";
import { PAST, cli, makeCacheHome, makeVault, removeVaults } from "./helpers";
import { listVault, readListing, vaultReport } from "../../src/cli/vault";

/**
 * The CLI's cache of readings: in the user's cache folder, never in the vault; the output is
 * the same without it, with an empty one, with a warm one and after a note changed; a broken
 * cache file is ignored; --no-cache neither reads nor writes it.
 */
afterEach(removeVaults);

/** vaultFolder is the one vault's folder of cache files under a cache home. */
function vaultFolder(home: string): string {
	const [folder = ""] = readdirSync(join(home, "managing-up"));
	return join(home, "managing-up", folder);
}

/**
 * cachedVault is vault() with a cache home of its own, a clock a minute ahead (the notes were not
 * written just now, so the cache keeps them), and `report --json` for the day.
 */
function cachedVault(): { root: string; io: { env: { XDG_CACHE_HOME: string }; now: () => Date }; command: string[] } {
	const root = vault();
	return { root, io: { env: { XDG_CACHE_HOME: makeCacheHome() }, now: () => new Date(Date.now() + 60_000) }, command: ["report", root, "--json", "--today", "2026-11-23"] };
}

function vault(): string {
	const root = makeVault({
		"People/Jane Doe.md": "---\nperson: true\nlast-contact: 2026-10-01\ncadence: 14\ntags: [people]\n---\n# Jane\n",
		"People/Sam.md": "---\nperson: Sam\nlast-contact: 2026-13-45\n---\n",
		"1-1s/2026-11-02 Jane Doe.md": "---\nwith: [[Jane Doe]]\ndate: 2026-11-02\n---\n- [ ] Send the plan #followup\n",
		"Broken.md": "---\nperson: [unclosed\n---\n",
	});
	for (const path of ["People/Jane Doe.md", "People/Sam.md", "1-1s/2026-11-02 Jane Doe.md", "Broken.md"]) utimesSync(join(root, path), PAST, PAST);
	return root;
}

describe("the cache folder", () => {
	it("follows XDG_CACHE_HOME, then the platform's own folder", () => {
		expect(cacheFolder({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/u" }, "linux")).toBe("/x/cache/managing-up");
		expect(cacheFolder({ XDG_CACHE_HOME: "relative", HOME: "/home/u" }, "linux")).toBe("/home/u/.cache/managing-up");
		expect(cacheFolder({ HOME: "/Users/u" }, "darwin")).toBe("/Users/u/Library/Caches/managing-up");
		expect(cacheFolder({ LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" }, "win32")).toBe("C:\\Users\\u\\AppData\\Local\\managing-up");
		expect(cacheFolder({}, "linux")).toBeNull();
	});
});

describe("report with the cache", () => {
	it.each([["report", "--json"], ["report"], ["check", "--json"], ["explain", "--json"]])("prints the same %s without it, cold, warm and after a change", async (...args) => {
		const root = vault();
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const command = [...args, root, ...(args[0] === "check" ? [] : ["--today", "2026-11-23"])];
		const without = await cli([...command, "--no-cache"], { env });
		expect(existsSync(join(env.XDG_CACHE_HOME, "managing-up"))).toBe(false);
		const cold = await cli(command, { env });
		expect(readdirSync(join(env.XDG_CACHE_HOME, "managing-up"))).toHaveLength(1);
		const warm = await cli(command, { env });
		expect(cold).toEqual(without);
		expect(warm).toEqual(without);

		writeFileSync(join(root, "People/Sam.md"), "---\nrole: not a person any more\n---\n");
		utimesSync(join(root, "People/Sam.md"), new Date("2026-02-01T00:00:00Z"), new Date("2026-02-01T00:00:00Z"));
		const changed = await cli(command, { env });
		expect(changed).toEqual(await cli([...command, "--no-cache"], { env }));
		expect(changed).not.toEqual(without);
		expect(await cli(command, { env })).toEqual(changed);
	});

	it("never writes into the vault, even when the cache folder would be inside it", async () => {
		const root = vault();
		const before = readdirSync(root, { recursive: true }).sort();
		const inside = await cli(["report", root, "--json", "--today", "2026-11-23"], { env: { XDG_CACHE_HOME: join(root, ".cache") } });
		expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
		expect(inside).toEqual(await cli(["report", root, "--json", "--today", "2026-11-23", "--no-cache"]));
	});

	it("ignores broken cache files and writes them anew", async () => {
		const root = vault();
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const command = ["report", root, "--json", "--today", "2026-11-23"];
		const first = await cli(command, { env });
		const folder = vaultFolder(env.XDG_CACHE_HOME);
		expect(readdirSync(folder).sort()).toEqual(["facts.jsonl", "report-json.out", "report.json"]);
		for (const file of readdirSync(folder)) writeFileSync(join(folder, file), "{ not json");
		expect(await cli(command, { env })).toEqual(first);
		expect(readFileSync(join(folder, "facts.jsonl"), "utf8")).not.toBe("{ not json");
		writeFileSync(join(folder, "facts.jsonl"), `${JSON.stringify({ version: 0 })}\n${JSON.stringify(["People/Sam.md", 0, 0, 0, 0, null, null])}\n`);
		rmSync(join(folder, "report-json.out"));
		expect(await cli(command, { env })).toEqual(first);
	});

	it("ignores the whole facts file when one of its lines is broken", async () => {
		const { io, command } = cachedVault();
		const first = await cli(command, io);
		const folder = vaultFolder(io.env.XDG_CACHE_HOME);
		const lines = readFileSync(join(folder, "facts.jsonl"), "utf8").split("\n");
		expect(lines).toHaveLength(6);
		// Jane's line gives her another name; the line after it is cut short.
		const jane = lines.findIndex((line) => line.startsWith('["People/Jane Doe.md"'));
		const broken = lines.map((line, i) => (i === jane ? line.replace('"person":"Jane Doe"', '"person":"Someone Else"') : i === jane + 1 ? line.slice(0, 20) : line));
		writeFileSync(join(folder, "facts.jsonl"), broken.join("\n"));
		rmSync(join(folder, "report-json.out"));
		rmSync(join(folder, "report.json"));
		expect(await cli(command, io)).toEqual(first);
	});

	it("writes back the lines of the notes that did not change as they were, and the same lines as a cache made anew", async () => {
		const { root, io, command } = cachedVault();
		await cli(command, io);
		const folder = vaultFolder(io.env.XDG_CACHE_HOME);
		const notes = (): string[] => readFileSync(join(folder, "facts.jsonl"), "utf8").split("\n").slice(1);
		const before = notes();
		writeFileSync(join(root, "People/Sam.md"), "---\nperson: Sam\nlast-contact: 2026-11-01\n---\n");
		utimesSync(join(root, "People/Sam.md"), PAST, PAST);
		const changed = await cli(command, io);
		expect(changed).toEqual(await cli([...command, "--no-cache"]));
		const after = notes();
		const sam = after.findIndex((line) => line.startsWith('["People/Sam.md"'));
		expect(after[sam]).not.toBe(before[sam]);
		expect(after.filter((_, i) => i !== sam)).toEqual(before.filter((_, i) => i !== sam));
		// A cache made from nothing holds the same lines, heading apart.
		rmSync(folder, { recursive: true });
		expect(await cli(command, io)).toEqual(changed);
		expect(notes()).toEqual(after);
	});

	it("removes the cache files of the layouts before versions 3 and 5", async () => {
		const root = vault();
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const command = ["report", root, "--json", "--today", "2026-11-23"];
		const first = await cli(command, { env });
		const folder = vaultFolder(env.XDG_CACHE_HOME);
		writeFileSync(`${folder}.json`, JSON.stringify({ version: 2, notes: {} }));
		writeFileSync(join(folder, "facts.json"), JSON.stringify({ version: 4, notes: {} }));
		writeFileSync(join(root, "People/Ann.md"), "---\nperson: Ann\n---\n");
		await cli(command, { env });
		expect(existsSync(`${folder}.json`)).toBe(false);
		expect(existsSync(join(folder, "facts.json"))).toBe(false);
		expect(readdirSync(join(env.XDG_CACHE_HOME, "managing-up"))).toHaveLength(1);
		expect(first.code).toBe(0);
	});

	it("keeps the whole report when people share a meeting, so a run where nothing changed reads it back", async () => {
		const root = makeVault({
			"People/Jane Doe.md": "---\nperson: true\n---\n",
			"People/Sam Lee.md": "---\nperson: true\n---\n",
			"Meetings/2026-11-02 Sync.md": "---\nattendees: [\"[[Jane Doe]]\", \"[[Sam Lee]]\"]\n---\n## Agreed\n- [ ] Ship it 📅 2026-11-20\n",
		});
		for (const path of ["People/Jane Doe.md", "People/Sam Lee.md", "Meetings/2026-11-02 Sync.md"]) utimesSync(join(root, path), PAST, PAST);
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const command = ["report", root, "--json", "--today", "2026-11-23"];
		const first = await cli(command, { env });
		const saved = JSON.parse(readFileSync(join(vaultFolder(env.XDG_CACHE_HOME), "report.json"), "utf8")) as { report: unknown };
		expect(saved.report).not.toBeNull();
		rmSync(join(vaultFolder(env.XDG_CACHE_HOME), "report-json.out"));
		expect(await cli(command, { env })).toEqual(first);
		expect(await cli([...command, "--no-cache"])).toEqual(first);
	});

	it("never takes a report made from other facts, whichever file was not written", async () => {
		const { root, io, command } = cachedVault();
		await cli(command, io);
		const folder = vaultFolder(io.env.XDG_CACHE_HOME);
		const before = readFileSync(join(folder, "report.json"), "utf8");
		// Jane Doe was met since: the report of the day changes, with the same notes' paths.
		writeFileSync(join(root, "People/Jane Doe.md"), "---\nperson: true\nlast-contact: 2026-11-20\ncadence: 14\n---\n");
		utimesSync(join(root, "People/Jane Doe.md"), PAST, PAST);
		const changed = await cli(command, io);
		expect(changed).toEqual(await cli([...command, "--no-cache"]));
		// As if the new report had not been written: the old one, for the same day and notes, stays.
		writeFileSync(join(folder, "report.json"), before);
		rmSync(join(folder, "report-json.out"));
		expect(await cli(command, io)).toEqual(changed);
	});

	it("prints the same after a line of prose was added to a person's note, which leaves the reports as they were", async () => {
		const { root, io, command } = cachedVault();
		const first = await cli(command, io);
		writeFileSync(join(root, "People/Jane Doe.md"), "---\nperson: true\nlast-contact: 2026-10-01\ncadence: 14\ntags: [people]\n---\n# Jane\nPrefers short updates.\n");
		utimesSync(join(root, "People/Jane Doe.md"), PAST, new Date(PAST.getTime() + 1000));
		expect(await cli(command, io)).toEqual(first);
		expect(await cli([...command, "--no-cache"])).toEqual(first);
		writeFileSync(join(root, "People/Jane Doe.md"), "---\nperson: true\nlast-contact: 2026-11-20\ncadence: 14\ntags: [people]\n---\n# Jane\nPrefers short updates.\n");
		utimesSync(join(root, "People/Jane Doe.md"), PAST, new Date(PAST.getTime() + 2000));
		const met = await cli(command, io);
		expect(met).not.toEqual(first);
		expect(met).toEqual(await cli([...command, "--no-cache"]));
	});

	it("prints the last output again when a note was only touched, without reading the last report", async () => {
		const { root, io, command } = cachedVault();
		const first = await cli(command, io);
		const folder = vaultFolder(io.env.XDG_CACHE_HOME);
		writeFileSync(join(folder, "report.json"), "{ not read }");
		for (let run = 1; run <= 2; run++) {
			utimesSync(join(root, "People/Sam.md"), PAST, new Date(PAST.getTime() + run * 1000));
			expect(await cli(command, io)).toEqual(first);
		}
		expect(readFileSync(join(folder, "report.json"), "utf8")).toBe("{ not read }");
		// The text form has an output of its own, made once.
		const text = await cli(["report", root, "--today", "2026-11-23"], io);
		expect(text).toEqual(await cli(["report", root, "--today", "2026-11-23", "--no-cache"]));
	});

	it("never prints an output made from other readings", async () => {
		const { root, io, command } = cachedVault();
		await cli(command, io);
		const folder = vaultFolder(io.env.XDG_CACHE_HOME);
		const before = readFileSync(join(folder, "report-json.out"));
		writeFileSync(join(root, "People/Jane Doe.md"), "---\nperson: true\nlast-contact: 2026-11-20\ncadence: 14\n---\n");
		utimesSync(join(root, "People/Jane Doe.md"), PAST, PAST);
		const changed = await cli(command, io);
		// As if the new output had not been written; then a note only touched.
		writeFileSync(join(folder, "report-json.out"), before);
		utimesSync(join(root, "People/Sam.md"), PAST, new Date(PAST.getTime() + 1000));
		expect(await cli(command, io)).toEqual(changed);
		expect(changed).toEqual(await cli([...command, "--no-cache"]));
	});

	it("writes only the report on a new day where no note changed", async () => {
		const root = vault();
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		// A minute from now: the notes were not written just now, so the cache keeps them.
		const io = { env, now: () => new Date(Date.now() + 60_000) };
		await cli(["report", root, "--json", "--today", "2026-11-23"], io);
		const folder = vaultFolder(env.XDG_CACHE_HOME);
		const facts = readFileSync(join(folder, "facts.jsonl"), "utf8");
		const nextDay = ["report", root, "--json", "--today", "2026-11-24"];
		const next = await cli(nextDay, io);
		expect(next).toEqual(await cli([...nextDay, "--no-cache"]));
		expect(readFileSync(join(folder, "facts.jsonl"), "utf8")).toBe(facts);
		expect((JSON.parse(readFileSync(join(folder, "report.json"), "utf8")) as { report: { today: string } }).report.today).toBe("2026-11-24");
		rmSync(join(folder, "report-json.out"));
		expect(await cli(nextDay, io)).toEqual(next);
	});

	it("reads the notes anew under other settings (--me)", async () => {
		const root = vault();
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const command = ["report", root, "--json", "--today", "2026-11-23"];
		await cli(command, { env });
		expect(await cli([...command, "--me", "Jane Doe"], { env })).toEqual(await cli([...command, "--me", "Jane Doe", "--no-cache"]));
	});
});

describe("tasks of notes that are not meetings", () => {
	it("are read when other settings make the note a meeting", async () => {
		const settings = (meetingKeys: boolean): string => JSON.stringify({ rules: { meetingKeys } });
		const root = makeVault({
			"People/Jane Doe.md": "---\nperson: true\n---\n",
			"Notes/2026-11-02 Sync.md": '---\nparticipants: ["[[Jane Doe]]"]\ndate: 2026-11-02\n---\n## Agreed\n- [ ] Ship the plan 📅 2026-11-20\n',
			".obsidian/plugins/managing-up/data.json": settings(false),
		});
		for (const path of ["People/Jane Doe.md", "Notes/2026-11-02 Sync.md"]) utimesSync(join(root, path), PAST, PAST);
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const command = ["report", root, "--json", "--today", "2026-11-23"];
		const commitments = (stdout: string): unknown[] => (JSON.parse(stdout) as { commitments: unknown[] }).commitments;
		// Not a meeting under these settings: its task is not read, and is no commitment.
		expect(commitments((await cli(command, { env })).stdout)).toEqual([]);
		writeFileSync(join(root, ".obsidian/plugins/managing-up/data.json"), settings(true));
		const warm = await cli(command, { env });
		expect(warm).toEqual(await cli([...command, "--no-cache"]));
		expect(JSON.stringify(commitments(warm.stdout))).toContain("Ship the plan");
	});

	it("are never kept as facts, which other settings would read without them", () => {
		const root = makeVault({ "Notes/Sync.md": "---\na: 1\n---\n" });
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const stat = { size: 10, mtimeMs: PAST.getTime(), ctimeMs: PAST.getTime(), ino: 7 };
		// A reading JSON cannot carry (NaN) is the case where the cache keeps facts instead.
		const reading: NoteReading = { record: null, problems: [{ path: "Notes/Sync.md", key: "x", value: Number.NaN, message: "x" }] };
		const facts: NoteFacts = { encoding: null, text: true, data: { a: 1 }, error: null, tooDeep: [], tags: [], tasksUnread: true };
		const first = FactsCache.open(root, env, DEFAULT_CORE_SETTINGS, Date.now());
		first?.reading("Notes/Sync.md", stat, () => facts, () => reading);
		first?.save();
		let reads = 0;
		const other = FactsCache.open(root, env, { ...DEFAULT_CORE_SETTINGS, dueSoonDays: 3 }, Date.now());
		other?.reading("Notes/Sync.md", stat, () => (reads++, facts), () => reading);
		expect(other).not.toBeNull();
		expect(reads).toBe(1);
	});
});

describe("FactsCache", () => {
	it("saved twice in a run keeps the report with the facts it was made from", () => {
		const root = makeVault({ "Notes/Sync.md": "---\na: 1\n---\n" });
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const stat = { size: 10, mtimeMs: PAST.getTime(), ctimeMs: PAST.getTime(), ino: 7 };
		const reading: NoteReading = { record: null, problems: [] };
		const facts: NoteFacts = { encoding: null, text: true, data: { a: 1 }, error: null, tooDeep: [], tags: [] };
		const report = vaultReport(readListing(listVault("example-vault", process.cwd())), "2026-11-23");
		const first = FactsCache.open(root, env, DEFAULT_CORE_SETTINGS, Date.now());
		first?.reading("Notes/Sync.md", stat, () => facts, () => reading);
		first?.report("key", () => report);
		first?.save();
		first?.save();
		let builds = 0;
		const next = FactsCache.open(root, env, DEFAULT_CORE_SETTINGS, Date.now());
		expect(next?.reading("Notes/Sync.md", stat, () => facts, () => ({ record: null, problems: [] }))).toEqual(reading);
		expect(next?.report("key", () => (builds++, report))).toEqual(report);
		expect(builds).toBe(0);
	});
});

describe("FactsCache, a note's file touched or edited", () => {
	const stat = (mtimeMs: number): { size: number; mtimeMs: number; ctimeMs: number; ino: number } => ({ size: 10, mtimeMs, ctimeMs: mtimeMs, ino: 7 });
	const facts: NoteFacts = { encoding: null, text: true, data: { a: 1 }, error: null, tooDeep: [], tags: [] };
	const person = (name: string): NoteReading => ({ record: null, problems: [{ path: "Notes/A.md", key: "a", value: 1, message: `${name} is not a person` }] });
	const report = vaultReport(readListing(listVault("example-vault", process.cwd())), "2026-11-23");

	/** A cache of two notes and a report made from them; then `next` reads them as its run finds them and says how often the report was made. */
	function reportBuilds(next: (cache: FactsCache) => void): number {
		const root = makeVault({ "Notes/A.md": "x", "Notes/B.md": "y" });
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const first = FactsCache.open(root, env, DEFAULT_CORE_SETTINGS, Date.now());
		first?.reading("Notes/A.md", stat(PAST.getTime()), () => facts, () => person("Ann"));
		first?.reading("Notes/B.md", stat(PAST.getTime()), () => facts, () => person("Bo"));
		first?.report("key", () => report);
		first?.save();
		let builds = 0;
		for (let run = 0; run < 2; run++) {
			const cache = FactsCache.open(root, env, DEFAULT_CORE_SETTINGS, Date.now());
			if (cache === null) throw new Error("no cache");
			next(cache);
			cache.report("key", () => (builds++, report));
			cache.save();
		}
		return builds;
	}

	it("keeps the report when the note read again has the reading it had, and after that run too", () => {
		const builds = reportBuilds((cache) => {
			cache.reading("Notes/A.md", stat(PAST.getTime() + 1000), () => facts, () => person("Ann"));
			cache.reading("Notes/B.md", stat(PAST.getTime()), () => facts, () => person("Bo"));
		});
		expect(builds).toBe(0);
	});

	it("keeps the report when a note written just before each run has the reading it had", () => {
		// Each run comes a moment after the note's file was touched: too soon to trust its figures next time.
		const root = makeVault({ "Notes/A.md": "x" });
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		let builds = 0;
		let factsReads = 0;
		for (let run = 0; run < 3; run++) {
			const touched = PAST.getTime() + run * 60_000;
			const cache = FactsCache.open(root, env, DEFAULT_CORE_SETTINGS, touched + 10);
			cache?.reading("Notes/A.md", stat(touched), () => (factsReads++, facts), () => person("Ann"));
			cache?.report("key", () => (builds++, report));
			cache?.save();
		}
		expect(factsReads).toBe(3);
		expect(builds).toBe(1);
	});

	it("makes the report again when the reading changed, the file could not be read, or a note is gone", () => {
		const changed = (cache: FactsCache): void => {
			cache.reading("Notes/A.md", stat(PAST.getTime() + 1000), () => facts, () => person("Someone else"));
			cache.reading("Notes/B.md", stat(PAST.getTime()), () => facts, () => person("Bo"));
		};
		// Made anew in the first run, then taken in the second: nothing changed since.
		expect(reportBuilds(changed)).toBe(1);
		const unreadable = (cache: FactsCache): void => {
			expect(() =>
				cache.reading("Notes/A.md", stat(PAST.getTime() + 1000), () => {
					throw new Error("EACCES");
				}, () => person("Ann")),
			).toThrow("EACCES");
			cache.reading("Notes/B.md", stat(PAST.getTime()), () => facts, () => person("Bo"));
		};
		// Made anew in both runs: the facts file has no reading of a note that could not be read to check the report's by.
		expect(reportBuilds(unreadable)).toBe(2);
		const gone = (cache: FactsCache): void => void cache.reading("Notes/B.md", stat(PAST.getTime()), () => facts, () => person("Bo"));
		expect(reportBuilds(gone)).toBe(1);
	});
});

describe("a cache folder that cannot be made", () => {
	// Node's recursive mkdir spins forever under /proc, which answers ENOENT for a parent that exists.
	it.runIf(existsSync("/proc/self"))("under /proc: the report is printed, no cache is kept, nothing hangs", async () => {
		const { stdout, code } = await cli(["report", "example-vault", "--today", "2026-11-23", "--json"], { env: { XDG_CACHE_HOME: "/proc/forbidden" } });
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ today: "2026-11-23" });
		expect(existsSync("/proc/forbidden")).toBe(false);
	});
});
