import { describe, expect, it } from "vitest";
import { TFile, notices } from "../mock/obsidian";
import { trackFileStats } from "../mock/file-stats";
import { MemoryQuickStore, MemorySnapshotStore } from "../mock/snapshot-store";
import { coreSettings, DEFAULT_SETTINGS } from "../../src/settings";
import { NO_VAULT_CONFIG } from "../../src/obsidian/vault-config";
import { REPORT_RECORD, SNAPSHOT_FORMAT, chunkName, reportRecordOf } from "../../src/obsidian/snapshot";
import { snapshotDatabaseName } from "../../src/obsidian/snapshot-store";
import { makeApp, SAMPLE_VAULT, TODAY, vaultFiles } from "./helpers";
import { closeSession, firstInputs, freshModel, freshReport, openSession } from "./snapshot-session";
import { DashboardControls } from "../../src/obsidian/controls";
import { dashboardInputs, storedModel } from "../../src/obsidian/dashboard-model";

const SETTINGS = coreSettings(DEFAULT_SETTINGS, NO_VAULT_CONFIG);

/** A vault with commitments (1:1 notes whose tasks are read from their text), people and an org. */
const COMMITMENTS = "tests/fixtures/commitments";

async function appWithStats(files: Record<string, string> = SAMPLE_VAULT) {
	const app = await makeApp(files);
	const clock = trackFileStats(app);
	return { app, clock };
}

function file(app: Awaited<ReturnType<typeof makeApp>>, path: string): TFile {
	const found = app.vault.getFileByPath(path);
	if (!(found instanceof TFile)) throw new Error(`no file ${path}`);
	return found;
}

describe("start-up snapshot: a start where nothing changed", () => {
	it("answers with the last session's report at once, reading no note, and equals a fresh build", async () => {
		const { app } = await appWithStats(vaultFiles(COMMITMENTS));
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY), store);
		expect(store.records.has(REPORT_RECORD)).toBe(true);
		expect(store.records.has(chunkName(0))).toBe(true);

		const second = await openSession(app, store, SETTINGS, TODAY);
		const first = second.index.report(TODAY);
		expect(second.read).not.toHaveBeenCalled();
		await second.index.tasksRead;
		// The readings were filled in from the snapshot: still no note read, no text read.
		expect(second.read).not.toHaveBeenCalled();
		expect(second.textReads()).toBe(0);
		const fresh = await freshReport(app, SETTINGS, TODAY);
		expect(fresh.commitments.length).toBeGreaterThan(0);
		// Commitments included from the first paint: the tasks were kept with the readings.
		expect(first).toStrictEqual(fresh);
		expect(second.index.report(TODAY)).toStrictEqual(fresh);
		expect(second.index.reading("People/Jane Doe.md")?.record?.kind).toBe("person");

		// Later changes are incremental again, and still equal a fresh build.
		await app.fileManager.processFrontMatter(file(app, "People/Jane Doe.md"), (fm) => {
			fm["last-contact"] = "2026-11-22";
		});
		expect(second.read).toHaveBeenCalledTimes(1);
		expect(second.index.report(TODAY)).toStrictEqual(await freshReport(app, SETTINGS, TODAY));
		await closeSession(second, store);
	});

	it("answers a note's reading and a person's commitments asked for before the readings were filled in", async () => {
		const { app } = await appWithStats(vaultFiles(COMMITMENTS));
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY), store);
		const second = await openSession(app, store, SETTINGS, TODAY);
		const person = second.index.report(TODAY).stakeholders[0]?.path ?? "";
		// Asked at once, the notes are read from the cache (their texts after), as a start without a snapshot does.
		expect(second.index.reading(person)?.record?.kind).toBe("person");
		second.index.commitmentsOf(person, TODAY);
		await second.index.tasksRead;

		const reference = await openSession(app, new MemorySnapshotStore(), SETTINGS, TODAY);
		await reference.index.tasksRead;
		expect(reference.index.commitmentsOf(person, TODAY)).not.toBeNull();
		expect(second.index.commitmentsOf(person, TODAY)).toStrictEqual(reference.index.commitmentsOf(person, TODAY));
		expect(second.index.report(TODAY)).toStrictEqual(reference.index.report(TODAY));
		reference.index.unload();
		second.index.unload();
	});

	it("takes a change that comes before the readings are filled in", async () => {
		const { app } = await appWithStats();
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY), store);
		const second = await openSession(app, store, SETTINGS, TODAY);
		await app.fileManager.processFrontMatter(file(app, "People/Sam Lee.md"), (fm) => {
			fm.influence = "low";
		});
		await app.vault.rename(file(app, "People/Jane Doe.md"), "People/Jane D.md");
		await second.index.tasksRead;
		expect(second.index.report(TODAY)).toStrictEqual(await freshReport(app, SETTINGS, TODAY));
		second.index.unload();
	});
});

describe("start-up snapshot: a start after changes", () => {
	it("reads only the notes that changed, and their texts, on a new day", async () => {
		const { app } = await appWithStats(vaultFiles(COMMITMENTS));
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY), store);
		const meeting = app.vault.getMarkdownFiles().find((f) => f.path.includes("1-1"));
		if (meeting === undefined) throw new Error("no 1:1 note");
		await app.vault.modify(meeting, `${app.vault.readSync(meeting)}\n## I will\n- [ ] A new promise 📅 2026-12-01\n`);

		const second = await openSession(app, store, SETTINGS, "2026-11-24");
		await second.index.tasksRead;
		expect(second.read).toHaveBeenCalledTimes(1);
		expect(second.textReads()).toBe(1);
		expect(second.index.report("2026-11-24")).toStrictEqual(await freshReport(app, SETTINGS, "2026-11-24"));
		second.index.unload();
	});

	it("keeps a person note's Dataview fields with its reading: a start under other settings reads no text, and fields of an earlier text are not kept", async () => {
		const { app } = await appWithStats({
			...SAMPLE_VAULT,
			"Team/Kim Lee.md": "---\ntype: person\n---\n- **Role**:: Staff Engineer\n",
			"Team/Ravi.md": "---\ntype: person\n---\n- **Role**:: Director\n",
		});
		const store = new MemorySnapshotStore();
		const first = await openSession(app, store, SETTINGS, TODAY);
		await first.index.tasksRead;
		// Ravi's note stops being a person's (a word of the settings below makes it one again): its old fields must not be kept as this text's.
		await app.vault.modify(file(app, "Team/Ravi.md"), "---\ntype: colleague\n---\n- **Role**:: Intern\n");
		await closeSession(first, store);
		const other = coreSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 2, personWords: ["person", "colleague"] }, NO_VAULT_CONFIG);
		const second = await openSession(app, store, other, TODAY);
		await second.index.tasksRead;
		const role = (name: string) => second.index.report(TODAY).stakeholders.find((s) => s.person === name)?.role;
		expect(role("Kim Lee")).toBe("Staff Engineer");
		expect(role("Ravi")).toBe("Intern");
		expect(second.index.report(TODAY)).toStrictEqual(await freshReport(app, other, TODAY));
		second.index.unload();
	});

	it("reads every note again with other settings, keeping the tasks of unchanged 1:1 notes", async () => {
		const { app } = await appWithStats(vaultFiles(COMMITMENTS));
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY), store);
		const other = coreSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 2, me: "Jane Doe" }, NO_VAULT_CONFIG);
		const second = await openSession(app, store, other, TODAY);
		await second.index.tasksRead;
		expect(second.textReads()).toBe(0);
		const reference = await openSession(app, new MemorySnapshotStore(), other, TODAY);
		await reference.index.tasksRead;
		expect(reference.textReads()).toBeGreaterThan(0);
		expect(second.read).toHaveBeenCalledTimes(reference.read.mock.calls.length);
		reference.index.unload();
		expect(second.index.report(TODAY)).toStrictEqual(await freshReport(app, other, TODAY));
		second.index.unload();
	});

	it("reads a note again whose size changed though its time did not", async () => {
		const { app } = await appWithStats();
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY), store);
		const jane = file(app, "People/Jane Doe.md");
		const mtime = jane.stat.mtime;
		await app.fileManager.processFrontMatter(jane, (fm) => {
			fm.influence = "low";
		});
		jane.stat = { ...jane.stat, mtime };
		const second = await openSession(app, store, SETTINGS, TODAY);
		await second.index.tasksRead;
		expect(second.read).toHaveBeenCalledTimes(1);
		expect(second.index.report(TODAY).stakeholders.find((s) => s.path === jane.path)?.influence).toBe("low");
		second.index.unload();
	});
});

describe("start-up snapshot: a store it cannot trust or use", () => {
	it.each([
		["a record that is not one", "garbage"],
		["a record of another format", { format: 0 }],
		["readings that are not rows", null],
	])("ignores %s and reads the notes as without a snapshot, then overwrites it", async (_name, broken) => {
		const { app } = await appWithStats();
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY), store);
		if (broken === null) store.records.set(chunkName(0), { notes: [["x", "not a time"]] });
		else store.records.set(REPORT_RECORD, broken);
		const second = await openSession(app, store, SETTINGS, TODAY);
		await second.index.tasksRead;
		expect(second.read).toHaveBeenCalledTimes(4);
		expect(second.index.report(TODAY)).toStrictEqual(await freshReport(app, SETTINGS, TODAY));
		await closeSession(second, store);
		const third = await openSession(app, store, SETTINGS, TODAY);
		expect(third.read).not.toHaveBeenCalled();
		third.index.unload();
	});

	it("ignores the snapshot of another build of the plugin", async () => {
		const { app } = await appWithStats();
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY, "0.1.0"), store);
		const second = await openSession(app, store, SETTINGS, TODAY, "0.2.0");
		expect(second.read).toHaveBeenCalledTimes(4);
		second.index.unload();
	});

	it("works and says nothing when the store cannot be written (a full disk), and stops trying", async () => {
		const { app } = await appWithStats();
		const store = new MemorySnapshotStore();
		store.failWrites = true;
		const before = notices.length;
		const session = await openSession(app, store, SETTINGS, TODAY);
		await session.index.tasksRead;
		await app.fileManager.processFrontMatter(file(app, "People/Sam Lee.md"), (fm) => {
			fm.influence = "low";
		});
		await closeSession(session, store);
		expect(session.index.isBuilt).toBe(false);
		expect(store.writes).toBeLessThanOrEqual(1);
		expect(notices.length).toBe(before);
	});

	it("saves in the background once the index is quiet", async () => {
		const { app } = await appWithStats();
		const store = new MemorySnapshotStore();
		const session = await openSession(app, store, SETTINGS, TODAY);
		await session.index.tasksRead;
		await expect.poll(() => store.writes, { timeout: 10_000 }).toBe(1);
		await store.lastWrite;
		expect(store.records.has(REPORT_RECORD)).toBe(true);
		session.index.unload();
	});
});

describe("snapshotDatabaseName", () => {
	it("names one database per vault: by the app's id, else by the vault's name and config folder", () => {
		expect(snapshotDatabaseName({ appId: "a1b2c3", vaultName: "Work", configDir: ".obsidian" })).toBe("managing-up-snapshot/a1b2c3");
		expect(snapshotDatabaseName({ vaultName: "Work", configDir: ".obsidian" })).toBe("managing-up-snapshot/Work/.obsidian");
		expect(snapshotDatabaseName({ appId: 42, vaultName: "Work", configDir: ".config" })).toBe("managing-up-snapshot/Work/.config");
	});
});

describe("start-up snapshot: the dashboard's first screen", () => {
	it("is offered before the report is read, and is the model a fresh build gives; other controls draw from the report", async () => {
		const { app } = await appWithStats(vaultFiles(COMMITMENTS));
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY), store);
		const second = await openSession(app, store, SETTINGS, TODAY);
		const offered = second.offered();
		if (offered === null) throw new Error("no first screen offered");
		const model = storedModel(offered, firstInputs(TODAY));
		expect(model?.followUps.buckets.length).toBeGreaterThan(0);
		expect(model?.commitments.total).toBeGreaterThan(0);
		expect(model).toEqual(await freshModel(app, SETTINGS, TODAY, firstInputs(TODAY)));
		const byName = new DashboardControls();
		byName.sort = "name";
		expect(storedModel(offered, dashboardInputs(byName, TODAY, DEFAULT_SETTINGS))).toBeNull();
		expect(storedModel(offered, dashboardInputs(new DashboardControls(), TODAY, { ...DEFAULT_SETTINGS, dueSoonDays: 3 }))).toBeNull();
		// Once built, the index answers with its report and offers no first screen.
		expect(second.index.firstScreen(TODAY)).toBeNull();
		second.index.unload();
		second.restore();
	});
});

describe("start-up snapshot: the first screen kept in local storage", () => {
	/** A first session over the commitments vault, closed: its snapshot in the store, its first screen in the quick store. */
	async function savedSession() {
		const { app, clock } = await appWithStats(vaultFiles(COMMITMENTS));
		const store = new MemorySnapshotStore();
		const quick = new MemoryQuickStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY, "test", { quick }), store);
		return { app, clock, store, quick };
	}

	it("is drawn before the store is even opened, is the model a fresh build gives, and the stored report follows", async () => {
		const { app, store, quick } = await savedSession();
		expect(quick.text).not.toBeNull();
		store.hold();
		let heldAtOffer: boolean | null = null;
		const second = await openSession(app, store, SETTINGS, TODAY, "test", {
			quick,
			onOffer: () => {
				heldAtOffer = store.holding;
				store.release();
			},
		});
		expect(heldAtOffer).toBe(true);
		const offered = second.offered();
		if (offered === null) throw new Error("no first screen offered");
		expect(storedModel(offered, firstInputs(TODAY))).toEqual(await freshModel(app, SETTINGS, TODAY, firstInputs(TODAY)));
		// The report is the stored one: no note was read for it.
		expect(second.read).not.toHaveBeenCalled();
		expect(second.index.report(TODAY)).toStrictEqual(await freshReport(app, SETTINGS, TODAY));
		second.index.unload();
		second.restore();
	});

	it.each([
		["a note changed while Obsidian was closed", TODAY, "test", true],
		["another day", "2026-11-24", "test", false],
		["another build of the plugin", TODAY, "another build", false],
	])("is not drawn after %s; the notes are read as without it", async (_name, today, build, change) => {
		const { app, store, quick } = await savedSession();
		if (change) {
			const jane = file(app, "People/Jane Doe.md");
			jane.stat = { ...jane.stat, mtime: jane.stat.mtime + 1 };
		}
		const session = await openSession(app, store, SETTINGS, today, build, { quick });
		await session.index.tasksRead;
		if (build === "test" && !change) expect(session.read).not.toHaveBeenCalled();
		// Only the store's first screen of a start where nothing changed is offered: none here.
		expect(session.offered()).toBeNull();
		expect(session.index.report(today)).toStrictEqual(await freshReport(app, SETTINGS, today));
		session.index.unload();
		session.restore();
	});

	it("ignores what local storage holds that is not one, and works without it when it is full", async () => {
		const { app, store, quick } = await savedSession();
		for (const broken of ["garbage", { format: SNAPSHOT_FORMAT, build: "test", key: 1 }, { format: SNAPSHOT_FORMAT, build: "test", key: "x", firstScreen: null }]) {
			quick.text = JSON.stringify(broken);
			const session = await openSession(app, store, SETTINGS, TODAY, "test", { quick });
			// The first screen then comes from the store, as before there was a quick one.
			expect(session.offered()).not.toBeNull();
			expect(session.read).not.toHaveBeenCalled();
			session.index.unload();
			session.restore();
		}
		quick.failSaves = true;
		const full = await openSession(app, store, SETTINGS, TODAY, "test", { quick });
		await app.fileManager.processFrontMatter(file(app, "People/Sam Lee.md"), (fm) => {
			fm.influence = "low";
		});
		await closeSession(full, store);
		expect(reportRecordOf(store.records.get(REPORT_RECORD), "test")?.key).not.toBe("");
	});
});

describe("SnapshotKeeper.open", () => {
	it("matches the same files listed in another order, and not a renamed file of the same time and size", async () => {
		const { app } = await appWithStats();
		const store = new MemorySnapshotStore();
		await closeSession(await openSession(app, store, SETTINGS, TODAY), store);
		const session = await openSession(app, store, SETTINGS, TODAY);
		const keeper = session.keeper;
		const files = app.vault.getMarkdownFiles();
		const reportFor = async (today: string, listed: readonly TFile[]) => (await keeper.open(SETTINGS, today, listed)).report();
		expect(await reportFor(TODAY, files)).not.toBeNull();
		expect(await reportFor(TODAY, [...files].reverse())).not.toBeNull();
		expect(await reportFor("2026-11-24", files)).toBeNull();
		const renamed = files.map((f) => (f.path === "Notes/Ideas.md" ? Object.assign(new TFile("Notes/Idea2.md", app.vault), { stat: f.stat }) : f));
		expect(await reportFor(TODAY, renamed)).toBeNull();
		expect(reportRecordOf(store.records.get(REPORT_RECORD), "test")?.key).not.toBe("");
		session.index.unload();
		session.restore();
	});
});
