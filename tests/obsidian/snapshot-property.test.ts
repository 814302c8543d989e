import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PROPERTY_TIMEOUT } from "../property";
import { TFile, type App } from "../mock/obsidian";
import { trackFileStats } from "../mock/file-stats";
import { MemoryQuickStore, MemorySnapshotStore } from "../mock/snapshot-store";
import { coreSettings, DEFAULT_SETTINGS } from "../../src/settings";
import { NO_VAULT_CONFIG } from "../../src/obsidian/vault-config";
import { makeApp, TODAY } from "./helpers";
import { closeSession, firstInputs, freshModel, freshReport, openSession } from "./snapshot-session";
import { storedModel } from "../../src/obsidian/dashboard-model";

// Random edits between two sessions (and during the first): the second session, started from
// the first one's snapshot, must report exactly what an index built from scratch reports.

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
	"Templates/Person.md",
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
	"No properties at all.\n",
	"---\nperson: Jane Doe\naliases: [Me]\n---\n",
	"---\nwith: \"[[Sam Lee]]\"\ndate: 2026-11-10\n---\n## I will\n- [ ] Send notes 📅 2026-11-25\n- [ ] @Ana Book the room\n",
	"---\nwith: \"[[Jane Doe]]\"\ndate: 2026-11-20\n---\n## Agreed\n- [x] Send notes\n- [ ] [[Jane Doe]] Intro (from [[2026-11-10 Sam Lee]])\n- [ ] Review 📅 2026-13-45\n",
	"---\nattendees: Jane Doe, Omar\ndate: 2026-11-21\n---\n## Jane will\n- [ ] Share the plan\n",
	// Dataview fields: a person's (one of them unreadable), a meeting's people and date.
	"---\ntype: person\n---\n- **Role**:: Staff Engineer\nLast Contact:: 2026-11-12\n- [influence:: high]\n",
	"---\nperson: Kim\n---\nrelationship:: peer\ncadence:: often\n",
	"---\ntype: meeting\n---\n- [date:: 2026-11-21 10:00 ]\n- [participants:: [[Jane Doe]], Omar ]\n",
];

const OTHER_SETTINGS = [
	coreSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 2 }, NO_VAULT_CONFIG),
	coreSettings({ ...DEFAULT_SETTINGS, me: "Jane Doe" }, NO_VAULT_CONFIG),
	coreSettings({ ...DEFAULT_SETTINGS, peopleFolders: ["People"] }, NO_VAULT_CONFIG),
	coreSettings(DEFAULT_SETTINGS, { templateFolders: ["Templates"], ignoreFilters: ["Team/"] }),
];

type Edit =
	| { kind: "write"; path: number; content: number }
	/** The text changes, its size too, its time does not (a sync that kept the time). */
	| { kind: "same-time"; path: number; content: number }
	| { kind: "rename"; path: number; to: number }
	| { kind: "delete"; path: number }
	| { kind: "rename-folder" };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ kind: fc.constant("write" as const), path: fc.nat(PATHS.length - 1), content: fc.nat(CONTENTS.length - 1) }),
	fc.record({ kind: fc.constant("same-time" as const), path: fc.nat(PATHS.length - 1), content: fc.nat(CONTENTS.length - 1) }),
	fc.record({ kind: fc.constant("rename" as const), path: fc.nat(PATHS.length - 1), to: fc.nat(PATHS.length - 1) }),
	fc.record({ kind: fc.constant("delete" as const), path: fc.nat(PATHS.length - 1) }),
	fc.record({ kind: fc.constant("rename-folder" as const) }),
);

async function apply(app: App, edit: Edit): Promise<void> {
	const vault = app.vault;
	const existing = vault.getFileByPath(PATHS[edit.kind === "rename-folder" ? 0 : edit.path] ?? "");
	switch (edit.kind) {
		case "write": {
			const text = CONTENTS[edit.content] ?? "";
			if (existing) await vault.modify(existing, text);
			else if (!vault.getAbstractFileByPath(PATHS[edit.path] ?? "")) await vault.create(PATHS[edit.path] ?? "", text);
			return;
		}
		case "same-time": {
			const text = CONTENTS[edit.content] ?? "";
			if (!(existing instanceof TFile) || vault.readSync(existing).length === text.length) return;
			const mtime = existing.stat.mtime;
			await vault.modify(existing, text);
			existing.stat = { ...existing.stat, mtime };
			return;
		}
		case "rename": {
			const to = PATHS[edit.to] ?? "";
			if (existing && !vault.getAbstractFileByPath(to)) await vault.rename(existing, to);
			return;
		}
		case "delete":
			if (existing) await app.fileManager.trashFile(existing);
			return;
		case "rename-folder": {
			const people = vault.getFolderByPath("People");
			if (people && !vault.getFolderByPath("Team")) await vault.rename(people, "Team");
			return;
		}
	}
}

describe("start-up snapshot: random edits between sessions", () => {
	it("a start from the snapshot reports exactly what a fresh build reports", async () => {
		const initial = fc.dictionary(fc.constantFrom(...PATHS), fc.nat(CONTENTS.length - 1), { maxKeys: 8 });
		const settingsArb = fc.option(fc.constantFrom(...OTHER_SETTINGS), { nil: undefined });
		await fc.assert(
			fc.asyncProperty(
				initial,
				fc.array(editArb, { maxLength: 4 }),
				fc.array(editArb, { maxLength: 5 }),
				settingsArb,
				fc.boolean(),
				async (start, during, between, changedSettings, nextDay) => {
					const files = Object.fromEntries(Object.entries(start).map(([path, content]) => [path, CONTENTS[content] ?? ""]));
					const app = await makeApp(files);
					trackFileStats(app);
					const store = new MemorySnapshotStore();
					// The first screen kept in local storage too: offered from there when its key is the start's.
					const quick = new MemoryQuickStore();
					const first = await openSession(app, store, coreSettings(DEFAULT_SETTINGS, NO_VAULT_CONFIG), TODAY, "test", { quick });
					// Edits while the first session runs: its snapshot is of an index kept up to date one note at a time.
					for (const edit of during) await apply(app, edit);
					await closeSession(first, store);

					for (const edit of between) await apply(app, edit);
					const settings = changedSettings ?? coreSettings(DEFAULT_SETTINGS, NO_VAULT_CONFIG);
					const today = nextDay ? "2026-11-24" : TODAY;
					const second = await openSession(app, store, settings, today, "test", { quick });
					const offered = second.offered();
					const firstPaint = second.index.report(today);
					await second.index.tasksRead;
					const fresh = await freshReport(app, settings, today);
					expect(second.index.report(today)).toStrictEqual(fresh);
					// Nothing changed: the first paint was already exact, and no note was read.
					if (between.length === 0 && changedSettings === undefined && !nextDay) {
						expect(firstPaint).toStrictEqual(fresh);
						expect(second.read).not.toHaveBeenCalled();
						expect(offered).not.toBeNull();
					}
					// The first screen drawn before the report is read is the model of a fresh build.
					if (offered !== null) expect(storedModel(offered, firstInputs(today))).toEqual(await freshModel(app, settings, today, firstInputs(today)));
					second.index.unload();
					second.restore();
				},
			),
			{ numRuns: 150 },
		);
	}, PROPERTY_TIMEOUT);
});
