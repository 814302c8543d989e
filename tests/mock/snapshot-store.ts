/**
 * An in-memory SnapshotStore for node tests (the browser tests use the IndexedDB one). Values
 * are copied with structuredClone on the way in and out, as IndexedDB copies them, so a record
 * that cannot be cloned fails here as it would there.
 */
import type { SnapshotStore } from "../../src/obsidian/snapshot-store";

export class MemorySnapshotStore implements SnapshotStore {
	readonly records = new Map<string, unknown>();
	/** How many times each record was read. */
	readonly reads = new Map<string, number>();
	/** The last write, settled once it is stored. */
	lastWrite: Promise<void> = Promise.resolve();
	writes = 0;
	/** When set, every write fails (a full disk). */
	failWrites = false;

	get(name: string): Promise<unknown> {
		this.reads.set(name, (this.reads.get(name) ?? 0) + 1);
		const value = this.records.get(name);
		return Promise.resolve(value === undefined ? undefined : structuredClone(value));
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
