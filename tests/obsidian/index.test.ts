import { afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { PROPERTY_TIMEOUT } from "../property";
import { App, TFile } from "../mock/obsidian";
import { BROKEN_YAML_MESSAGE } from "../../src/core/words";
import { DEFAULT_SETTINGS, coreSettings, type ManagingUpSettings } from "../../src/settings";
import { makeApp, makeIndex, SAMPLE_VAULT, TODAY } from "./helpers";

afterEach(() => {
	vi.useRealTimers();
});

function file(app: App, path: string): TFile {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`no file ${path}`);
	return found;
}

describe("StakeholderIndex: building", () => {
	it("waits for the layout, then reads every note", async () => {
		const app = await makeApp(SAMPLE_VAULT, { layoutReady: false });
		const { index, read } = makeIndex(app);
		expect(index.isBuilt).toBe(false);
		expect(read).not.toHaveBeenCalled();
		app.workspace.triggerLayoutReady();
		const report = index.report(TODAY);
		expect(report.stakeholders.map((s) => [s.person, s.status])).toEqual([
			["Jane Doe", "overdue"],
			["Sam Lee", "due-soon"],
		]);
		expect(report.stakeholders[1]?.lastContact).toBe("2026-11-10");
		expect(report.followUps.map((f) => [f.kind, f.person, f.due])).toEqual([
			["contact", "Jane Doe", "2026-11-15"],
			["follow-up", "Jane Doe", "2026-11-20"],
			["follow-up", "Sam Lee", "2026-11-24"],
			["contact", "Sam Lee", "2026-11-24"],
		]);
		expect(report.problems).toEqual([]);
	});

	it("rebuilds once when the metadata cache has first resolved every file", async () => {
		const app = await makeApp(SAMPLE_VAULT, { layoutReady: false, cacheReady: false });
		const { index } = makeIndex(app);
		app.workspace.triggerLayoutReady();
		expect(index.report(TODAY).stakeholders).toEqual([]);
		const rebuild = vi.spyOn(index, "rebuild");
		app.metadataCache.finishIndexing();
		expect(index.report(TODAY).stakeholders).toHaveLength(2);
		app.metadataCache.trigger("resolved");
		expect(rebuild).toHaveBeenCalledTimes(1);
	});

	it("reports properties that are not valid YAML as a problem without a key", async () => {
		const app = await makeApp({
			"People/Broken.md": "---\nperson: Broken\nperson: Twice\n---\nbody\n",
			"People/Empty.md": "---\n---\nno properties\n",
		});
		const { index } = makeIndex(app);
		expect(index.report(TODAY).problems).toEqual([
			{ path: "People/Broken.md", key: null, value: null, message: BROKEN_YAML_MESSAGE },
		]);
	});

	it("gives up its subscriptions when unloaded", async () => {
		const app = await makeApp();
		const before = app.metadataCache.listenerCount("changed");
		const { index } = makeIndex(app);
		expect(app.metadataCache.listenerCount("changed")).toBe(before + 1);
		index.unload();
		expect(app.metadataCache.listenerCount("changed")).toBe(before);
		expect(app.metadataCache.listenerCount("resolved")).toBe(0);
		expect(app.vault.listenerCount("rename")).toBe(0);
	});
});

describe("StakeholderIndex: one file at a time", () => {
	it("updates on a property change without a rebuild, reading only that note", async () => {
		const app = await makeApp();
		const { index, read } = makeIndex(app);
		const revision = index.revision;
		const rebuild = vi.spyOn(index, "rebuild");
		read.mockClear();
		await app.fileManager.processFrontMatter(file(app, "People/Jane Doe.md"), (fm) => {
			fm["last-contact"] = "2026-11-22";
		});
		expect(rebuild).not.toHaveBeenCalled();
		expect(read.mock.calls.map((call) => call[0])).toEqual(["People/Jane Doe.md"]);
		expect(index.revision).toBeGreaterThan(revision);
		const jane = index.report(TODAY).stakeholders.find((s) => s.person === "Jane Doe");
		expect(jane?.lastContact).toBe("2026-11-22");
		expect(jane?.status).toBe("ok");
	});

	it("reads a meeting whose properties name no one again with its text's inline fields, at the build and on each save", async () => {
		const app = await makeApp({
			...SAMPLE_VAULT,
			"Meetings/MoM 20261121.md": "---\ntype: meeting\n---\n- [date:: 2026-11-21 10:00 ]\n- [participants:: [[Sam Lee]] ]\n",
		});
		const { index } = makeIndex(app);
		await index.tasksRead;
		const sam = () => index.report(TODAY).stakeholders.find((s) => s.person === "Sam Lee");
		expect(sam()?.lastContact).toBe("2026-11-21");
		// The settings' preview of the same rules finds the same meetings: it reads the fields the index read.
		const now = index.explanation(TODAY);
		expect(index.preview(coreSettings(DEFAULT_SETTINGS, { templateFolders: [], ignoreFilters: [] }), TODAY).explanation.meetings).toEqual(now.meetings);
		await app.vault.modify(file(app, "Meetings/MoM 20261121.md"), "---\ntype: meeting\n---\n- [date:: 2026-11-22 10:00 ]\n- [participants:: [[Sam Lee]], [[Jane Doe]] ]\n");
		expect(sam()?.lastContact).toBe("2026-11-22");
		expect(index.report(TODAY).stakeholders.find((s) => s.person === "Jane Doe")?.lastContact).toBe("2026-11-22");
	});

	it("reads a person note's Dataview fields once its text is read, and again on each save; a text without any changes no answer", async () => {
		const app = await makeApp({
			...SAMPLE_VAULT,
			"People/Kim Lee.md": "---\ntype: person\n---\n- **Role**:: Staff Engineer\n- Last Contact:: 2026-11-12\n",
		});
		const { index } = makeIndex(app);
		const built = index.report(TODAY);
		await index.tasksRead;
		const kim = () => index.report(TODAY).stakeholders.find((s) => s.person === "Kim Lee");
		expect(kim()).toMatchObject({ role: "Staff Engineer", lastContact: "2026-11-12" });
		// The other person notes' texts gave nothing: they are as the build read them.
		const jane = (report: typeof built) => report.stakeholders.find((s) => s.person === "Jane Doe");
		expect(jane(index.report(TODAY))).toStrictEqual(jane(built));
		await app.vault.modify(file(app, "People/Kim Lee.md"), "---\ntype: person\nrole: Principal Engineer\n---\n- **Role**:: Staff Engineer\n- Relationship:: Peer\n");
		expect(kim()).toMatchObject({ role: "Principal Engineer", relationship: "peer", lastContact: null });
	});

	it("keeps its revision when a save changes nothing it reads", async () => {
		const app = await makeApp();
		const { index } = makeIndex(app);
		// The 1:1 notes' tasks are read after the first build: that is one change, then none.
		await index.tasksRead;
		const revision = index.revision;
		const report = index.report(TODAY);
		const jane = file(app, "People/Jane Doe.md");
		await app.vault.modify(jane, `${app.vault.readSync(jane)}More notes.\n`);
		expect(index.revision).toBe(revision);
		expect(index.report(TODAY)).toBe(report);
	});

	it("follows a rename without a rebuild: new path, new title, 1:1 links resolved again", async () => {
		const app = await makeApp();
		const { index, read } = makeIndex(app);
		const rebuild = vi.spyOn(index, "rebuild");
		read.mockClear();
		await app.vault.rename(file(app, "People/Sam Lee.md"), "People/Samuel Lee.md");
		expect(rebuild).not.toHaveBeenCalled();
		expect(read.mock.calls.map((call) => call[0])).toEqual(["People/Samuel Lee.md"]);
		const report = index.report(TODAY);
		expect(report.stakeholders.map((s) => s.path)).toContain("People/Samuel Lee.md");
		expect(report.stakeholders.map((s) => s.person)).toContain("Samuel Lee");
		// The 1:1 note still links to [[Sam Lee]], which no longer resolves.
		expect(report.problems.map((p) => [p.path, p.key])).toEqual([["1-1s/2026-11-10 Sam Lee.md", "with"]]);
	});

	it("follows a delete without a rebuild or any read", async () => {
		const app = await makeApp();
		const { index, read } = makeIndex(app);
		const rebuild = vi.spyOn(index, "rebuild");
		read.mockClear();
		await app.fileManager.trashFile(file(app, "People/Jane Doe.md"));
		expect(rebuild).not.toHaveBeenCalled();
		expect(read).not.toHaveBeenCalled();
		expect(index.report(TODAY).stakeholders.map((s) => s.person)).toEqual(["Sam Lee"]);
	});

	it("tells listeners at once of the first change, and once more after the rest of a burst", async () => {
		vi.useFakeTimers();
		const app = await makeApp();
		const { index } = makeIndex(app);
		vi.runAllTimers();
		const listener = vi.fn();
		const unsubscribe = index.onChange(listener);
		for (const day of ["2026-11-20", "2026-11-21", "2026-11-22"]) {
			await app.fileManager.processFrontMatter(file(app, "People/Jane Doe.md"), (fm) => {
				fm["last-contact"] = day;
			});
		}
		// The first change after a quiet period at once (leading edge); the two after it, once settled.
		expect(listener).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(60);
		expect(listener).toHaveBeenCalledTimes(2);
		// A change after a quiet period is told at once, and alone it is told once.
		await app.fileManager.processFrontMatter(file(app, "People/Jane Doe.md"), (fm) => {
			fm["last-contact"] = "2026-11-23";
		});
		expect(listener).toHaveBeenCalledTimes(3);
		vi.advanceTimersByTime(60);
		expect(listener).toHaveBeenCalledTimes(3);
		unsubscribe();
		await app.fileManager.trashFile(file(app, "People/Jane Doe.md"));
		vi.advanceTimersByTime(60);
		expect(listener).toHaveBeenCalledTimes(3);
	});

	it("reads everything again when the settings change", async () => {
		const app = await makeApp();
		let settings: ManagingUpSettings = DEFAULT_SETTINGS;
		const { index } = makeIndex(app, () => settings);
		expect(index.report(TODAY).stakeholders).toHaveLength(2);
		settings = { ...DEFAULT_SETTINGS, peopleFolders: ["Team"] };
		index.rebuild();
		expect(index.report(TODAY).stakeholders).toHaveLength(0);
	});
});

// Random sequences of vault events: the index kept up to date one file at a time must equal
// an index built from scratch on the final vault.

const PATHS = [
	"People/Jane Doe.md",
	"People/Sam Lee.md",
	"People/Ana.md",
	"Team/Ana.md",
	"Jane Doe.md",
	"1-1s/2026-11-10 Sam Lee.md",
	"1-1s/2026-11-20 Jane Doe.md",
	"1-1s/Weekly.md",
	"Notes/Ideas.md",
	"Notes/Ideas.txt",
];

const CONTENTS = [
	"---\nperson: Jane Doe\ninfluence: high\nlast-contact: 2026-11-01\ncadence: 2w\n---\nbody\n",
	"---\ntype: person\nrole: Manager\nrelationship: manager\ninfluence: 4\nfollow-up: 2026-11-24\n---\n",
	"---\nperson: true\nlast-contact: 2026-13-45\ninfluence: huge\nsnooze-until: 2026-12-01\n---\n",
	"---\nperson: \"[[Sam Lee]]\"\nreports-to: \"[[Jane Doe]]\"\ncadence: monthly\n---\n",
	"---\nwith: \"[[Sam Lee]]\"\ndate: 2026-11-10\nfollow-up: 2026-11-22\nfollow-up-note: Send notes\n---\n",
	"---\nwith:\n  - \"[[Jane Doe]]\"\n  - \"[[Ana]]\"\n---\n- [ ] item\n",
	"---\nwith: \"[[Nobody]]\"\ndate: 2026-11-02\n---\n",
	"---\nperson: Broken\nperson: Twice\n---\n",
	"---\n---\n",
	"No properties at all.\n",
	"---\ntags: [a, b]\n---\n",
	// Commitments: the 1:1 notes' tasks, read from the `changed` event's text or after the build.
	"---\nwith: \"[[Sam Lee]]\"\ndate: 2026-11-10\n---\n## I will\n- [ ] Send notes 📅 2026-11-25\n- [ ] @Ana Book the room\n",
	"---\nwith: \"[[Jane Doe]]\"\ndate: 2026-11-20\n---\n## Agreed\n- [x] Send notes\n- [ ] [[Jane Doe]] Intro (from [[2026-11-10 Sam Lee]])\n- [ ] Review 📅 2026-13-45\n",
];

type Op =
	| { kind: "create"; path: number; content: number }
	| { kind: "modify"; path: number; content: number }
	| { kind: "rename"; path: number; to: number }
	| { kind: "delete"; path: number }
	| { kind: "rename-folder" };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant("create" as const), path: fc.nat(PATHS.length - 1), content: fc.nat(CONTENTS.length - 1) }),
	fc.record({ kind: fc.constant("modify" as const), path: fc.nat(PATHS.length - 1), content: fc.nat(CONTENTS.length - 1) }),
	fc.record({ kind: fc.constant("rename" as const), path: fc.nat(PATHS.length - 1), to: fc.nat(PATHS.length - 1) }),
	fc.record({ kind: fc.constant("delete" as const), path: fc.nat(PATHS.length - 1) }),
	fc.record({ kind: fc.constant("rename-folder" as const) }),
);

async function apply(app: App, op: Op): Promise<void> {
	const vault = app.vault;
	switch (op.kind) {
		case "create": {
			const path = PATHS[op.path] ?? "";
			const existing = vault.getFileByPath(path);
			if (existing) await vault.modify(existing, CONTENTS[op.content] ?? "");
			else if (!vault.getAbstractFileByPath(path)) await vault.create(path, CONTENTS[op.content] ?? "");
			return;
		}
		case "modify": {
			const existing = vault.getFileByPath(PATHS[op.path] ?? "");
			if (existing) {
				await app.fileManager.processFrontMatter(existing, (fm) => {
					fm["last-contact"] = "2026-11-0" + String(1 + (op.content % 9));
				}).catch(() => undefined);
			}
			return;
		}
		case "rename": {
			const existing = vault.getFileByPath(PATHS[op.path] ?? "");
			const to = PATHS[op.to] ?? "";
			if (existing && !vault.getAbstractFileByPath(to)) await vault.rename(existing, to);
			return;
		}
		case "delete": {
			const existing = vault.getFileByPath(PATHS[op.path] ?? "");
			if (existing) await app.fileManager.trashFile(existing);
			return;
		}
		case "rename-folder": {
			const people = vault.getFolderByPath("People");
			const team = vault.getFolderByPath("Team");
			if (people && !team) await vault.rename(people, "Team");
			else if (team && !people) await vault.rename(team, "People");
			return;
		}
	}
}

describe("StakeholderIndex: random event sequences", () => {
	it.each([
		["the whole vault", DEFAULT_SETTINGS],
		["a people folder", { ...DEFAULT_SETTINGS, peopleFolders: ["People"] }],
	])("equals a fresh build after any sequence of events (%s)", async (_name, settings) => {
		const initial = fc.dictionary(fc.constantFrom(...PATHS), fc.nat(CONTENTS.length - 1), { maxKeys: 6 });
		await fc.assert(
			// After some events the report is taken (as a visible dashboard would), so the
			// next one is computed from it, one changed note at a time.
			fc.asyncProperty(initial, fc.array(fc.tuple(opArb, fc.boolean()), { maxLength: 25 }), async (start, ops) => {
				const files = Object.fromEntries(Object.entries(start).map(([path, content]) => [path, CONTENTS[content] ?? ""]));
				const app = await makeApp(files, { layoutReady: false });
				const { index } = makeIndex(app, () => settings);
				app.workspace.triggerLayoutReady();
				const check = async (): Promise<void> => {
					const fresh = makeIndex(app, () => settings).index;
					await Promise.all([index.tasksRead, fresh.tasksRead]);
					expect(index.report(TODAY)).toStrictEqual(fresh.report(TODAY));
					fresh.unload();
				};
				await check();
				for (const [op, report] of ops) {
					await apply(app, op);
					if (report) await check();
				}
				await check();
				index.unload();
			}),
			{ numRuns: 300 },
		);
	}, PROPERTY_TIMEOUT);
});

describe("StakeholderIndex: templates", () => {
	it("never reports a template whose properties do not parse", async () => {
		const app = await makeApp({
			"Templates/Person.md": "---\nperson: {{title}\ncreated: <% tp.date.now() %>\n---\n",
			"People/Broken.md": "---\nperson: Broken\nperson: Twice\n---\nbody\n",
		});
		const { index } = makeIndex(app);
		expect(index.report(TODAY).problems.map((p) => p.path)).toEqual(["People/Broken.md"]);
	});
});
