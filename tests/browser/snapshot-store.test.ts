import { afterEach, describe, expect, it } from "vitest";
import { App, TFile } from "../mock/obsidian";
import { coreSettings, DEFAULT_SETTINGS } from "../../src/settings";
import { NO_VAULT_CONFIG } from "../../src/obsidian/vault-config";
import { REPORT_RECORD, REPORT_TEXT_RECORD, reportOf, reportRecordOf } from "../../src/obsidian/snapshot";
import { IndexedDbSnapshotStore, snapshotDatabaseName, type SnapshotStore } from "../../src/obsidian/snapshot-store";
import { trackFileStats } from "../mock/file-stats";
import { closeSession, freshReport, openSession } from "../obsidian/snapshot-session";
import { VAULT_FILES } from "./snapshot-vault";

/*
 * The start-up snapshot in Chromium's own IndexedDB: what the plugin does in Obsidian's
 * webview (desktop and mobile), with real structured cloning, transactions and failures.
 */

const TODAY = "2026-11-23";
const SETTINGS = coreSettings(DEFAULT_SETTINGS, NO_VAULT_CONFIG);
const opened: IndexedDbSnapshotStore[] = [];
const names: string[] = [];

/** Recording wraps a store so a test can wait for the write the plugin started and did not wait for. */
class Recording implements SnapshotStore {
	lastWrite: Promise<void> = Promise.resolve();
	failures = 0;
	constructor(readonly inner: SnapshotStore) {}
	get(name: string): Promise<unknown> {
		return this.inner.get(name);
	}
	replace(records: readonly (readonly [string, unknown])[]): Promise<void> {
		const write = this.inner.replace(records);
		this.lastWrite = write.catch(() => {
			this.failures++;
		});
		return write;
	}
	close(): void {
		this.inner.close();
	}
}

function store(appId: string): Recording {
	const name = snapshotDatabaseName({ appId, vaultName: "Work", configDir: ".obsidian" });
	names.push(name);
	const idb = new IndexedDbSnapshotStore(name);
	opened.push(idb);
	return new Recording(idb);
}

async function vault(): Promise<App> {
	const app = await App.withFiles(VAULT_FILES);
	app.workspace.triggerLayoutReady();
	trackFileStats(app);
	return app;
}

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => resolve();
		request.onblocked = () => resolve();
	});
}

afterEach(async () => {
	for (const idb of opened.splice(0)) idb.close();
	for (const name of names.splice(0)) await deleteDatabase(name);
});

describe("the snapshot in IndexedDB", () => {
	it("keeps the readings and the report between sessions: the next start reads no note and equals a fresh build", async () => {
		const app = await vault();
		const db = store(`round-trip-${Math.random()}`);
		await closeSession(await openSession(app, db, SETTINGS, TODAY), db);
		expect(db.failures).toBe(0);
		const second = await openSession(app, db, SETTINGS, TODAY);
		expect(second.read).not.toHaveBeenCalled();
		const first = second.index.report(TODAY);
		await second.index.tasksRead;
		expect(second.read).not.toHaveBeenCalled();
		expect(second.textReads()).toBe(0);
		const fresh = await freshReport(app, SETTINGS, TODAY);
		expect(fresh.stakeholders.length).toBeGreaterThan(0);
		expect(fresh.commitments.length).toBeGreaterThan(0);
		expect(first).toStrictEqual(fresh);
		second.index.unload();
		second.restore();
	});

	it("keeps two vaults apart: each database holds its own vault's report", async () => {
		const app = await vault();
		const other = await App.withFiles({ "People/Only One.md": "---\nperson: Only One\n---\n" });
		other.workspace.triggerLayoutReady();
		trackFileStats(other);
		const first = store(`vault-a-${Math.random()}`);
		const second = store(`vault-b-${Math.random()}`);
		await closeSession(await openSession(app, first, SETTINGS, TODAY), first);
		await closeSession(await openSession(other, second, SETTINGS, TODAY), second);
		const a = reportRecordOf(await first.get(REPORT_RECORD), "test");
		const b = reportRecordOf(await second.get(REPORT_RECORD), "test");
		expect(a === null ? null : reportOf(await first.get(REPORT_TEXT_RECORD), a)?.stakeholders.length).toBeGreaterThan(1);
		expect(b === null ? null : reportOf(await second.get(REPORT_TEXT_RECORD), b)?.stakeholders.map((s) => s.person)).toEqual(["Only One"]);
	});

	it("ignores a corrupt record, reads the notes as without a snapshot, and writes a good one over it", async () => {
		const app = await vault();
		const db = store(`corrupt-${Math.random()}`);
		await closeSession(await openSession(app, db, SETTINGS, TODAY), db);
		await db.replace([[REPORT_RECORD, { format: 1, build: "test", key: 42, report: "not a report" }]]);
		const second = await openSession(app, db, SETTINGS, TODAY);
		expect(second.read).toHaveBeenCalled();
		await second.index.tasksRead;
		expect(second.index.report(TODAY)).toStrictEqual(await freshReport(app, SETTINGS, TODAY));
		await closeSession(second, db);
		expect(reportRecordOf(await db.get(REPORT_RECORD), "test")).not.toBeNull();
	});

	it("ignores the snapshot of another build and overwrites it with its own", async () => {
		const app = await vault();
		const db = store(`build-${Math.random()}`);
		await closeSession(await openSession(app, db, SETTINGS, TODAY, "0.1.0"), db);
		const second = await openSession(app, db, SETTINGS, TODAY, "0.2.0");
		expect(second.read).toHaveBeenCalled();
		await closeSession(second, db);
		expect(reportRecordOf(await db.get(REPORT_RECORD), "0.1.0")).toBeNull();
		expect(reportRecordOf(await db.get(REPORT_RECORD), "0.2.0")).not.toBeNull();
	});

	it("a write that fails stores nothing of it and keeps the last snapshot whole (the transaction is undone)", async () => {
		const db = store(`fail-${Math.random()}`);
		await db.replace([["a", { kept: true }]]);
		// A function cannot be cloned: IndexedDB refuses the record, as it refuses one over the quota.
		await expect(db.replace([["b", { ok: 1 }], ["c", { refuse: () => 1 }]])).rejects.toThrow();
		expect(await db.get("a")).toEqual({ kept: true });
		expect(await db.get("b")).toBeUndefined();
	});

	it("without IndexedDB the plugin reads its notes as before, and says nothing", async () => {
		const app = await vault();
		const db = new Recording(new IndexedDbSnapshotStore("unused", null));
		expect(await db.get(REPORT_RECORD)).toBeUndefined();
		const session = await openSession(app, db, SETTINGS, TODAY);
		const jane = app.vault.getFileByPath("People/Jane Doe.md");
		if (!(jane instanceof TFile)) throw new Error("no Jane Doe");
		await app.fileManager.processFrontMatter(jane, (fm) => {
			fm.influence = "low";
		});
		await closeSession(session, db);
		expect(db.failures).toBe(1);
		expect(session.read).toHaveBeenCalled();
	});
});
