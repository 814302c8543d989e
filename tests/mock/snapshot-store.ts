/**
 * An in-memory SnapshotStore for node tests (the browser tests use the IndexedDB one). Values
 * are copied with structuredClone on the way in and out, as IndexedDB copies them, so a record
 * that cannot be cloned fails here as it would there.
 */
import type { QuickStore, SnapshotStore } from "../../src/obsidian/snapshot-store";

export class MemorySnapshotStore implements SnapshotStore {
	readonly records = new Map<string, unknown>();
	/** How many times each record was read. */
	readonly reads = new Map<string, number>();
	/** The last write, settled once it is stored. */
	lastWrite: Promise<void> = Promise.resolve();
	writes = 0;
	/** When set, every write fails (a full disk). */
	failWrites = false;

	/** While held, every read waits (a database still being opened); release lets them through. */
	private held: Promise<void> | null = null;
	release: () => void = () => undefined;

	hold(): void {
		this.held = new Promise((resolve) => {
			this.release = () => {
				this.held = null;
				resolve();
			};
		});
	}

	get holding(): boolean {
		return this.held !== null;
	}

	async get(name: string): Promise<unknown> {
		this.reads.set(name, (this.reads.get(name) ?? 0) + 1);
		if (this.held !== null) await this.held;
		const value = this.records.get(name);
		return value === undefined ? undefined : structuredClone(value);
	}

	replace(records: readonly (readonly [string, unknown])[]): Promise<void> {
		this.writes++;
		const write = this.failWrites
			? Promise.reject(new Error("QuotaExceededError"))
			: Promise.resolve().then(() => {
					const copies = records.map(([name, value]) => [name, structuredClone(value)] as const);
					this.records.clear();
					for (const [name, value] of copies) this.records.set(name, value);
				});
		this.lastWrite = write.catch(() => undefined);
		return write;
	}

	close(): void {}
}

/** An in-memory QuickStore, keeping the JSON text as local storage does. */
export class MemoryQuickStore implements QuickStore {
	text: string | null = null;
	/** When set, every save fails (a full local storage). */
	failSaves = false;

	load(): unknown {
		return this.text === null ? null : (JSON.parse(this.text) as unknown);
	}

	save(record: unknown): void {
		if (this.failSaves) throw new Error("QuotaExceededError");
		this.text = record === null ? null : JSON.stringify(record);
	}
}
